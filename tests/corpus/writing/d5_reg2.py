"""DEVELOPMENT set 5: binding registrations (part 2): private and freelance attendees,
students, welfare associations, substitutes named at once, questions riding along, PDF
forms. Written apart (README.md); measured once before any tuning on it."""

from d5_quote import SUBJECTS, quoted
from make_corpus import form_pdf, mail, scanned_pdf

PDF = "application/pdf"
PROG = SUBJECTS["programm"]
W2 = "Dienstag, 3. Juni 2025 10:15"
W2T = "03.06.2025 um 10:15"

MAILS = [
    mail("rg-h19-freie-planerin-eigene-rechnung.eml",
         frm=("Büro Stadtteilwerk | Ines Rautenberg", "kontakt@stadtteilwerk-rautenberg.example"),
         subject="Anmeldung Rautenberg", client="apple", date="Tue, 01 Jul 2025 08:00:00 +0200",
         body="""Hallo Frau Terhorst,

hiermit melde ich mich fest an. Ich bin seit diesem Jahr Mitglied (persönlich).
Rechnungsadresse wie in der Signatur, bitte ohne meinen Titel. Ich überweise direkt nach Rechnungserhalt.

Beste Grüße

Ines Rautenberg
Stadtteilwerk – Büro für Sozialraum und Beteiligung
Am Mühlgraben 3a · 37154 Northeimer Land
""",
         intent="registration", name="Ines Rautenberg", member=True,
         organization="Stadtteilwerk – Büro für Sozialraum und Beteiligung",
         invoice_address="Stadtteilwerk – Büro für Sozialraum und Beteiligung, Am Mühlgraben 3a, 37154 Northeimer Land",
         payment_agreement=True,
         note="Freelancer: 'Rechnungsadresse wie in der Signatur' (the label takes the signature's organisation and postal lines, '·' as a line break)."),

    mail("rg-h20-studentin-ermaessigt-frage.eml",
         frm=("lea.brandhorst", "lea.brandhorst@stud.hs-oderwalde.example"),
         subject="Verbindliche Anmeldung Lea Brandhorst", date="Wed, 02 Jul 2025 21:15:00 +0200",
         body="""Guten Abend Frau Terhorst,

auch ohne Antwort zur Ermäßigung: ich melde mich jetzt verbindlich an, sonst ist die Frist um. Rechnung bitte an mich privat, Gartenstraße 5, 16200 Oderwalde. Überweisen werde ich nach Rechnungserhalt.

Falls es doch einen Studierendentarif gibt, würden Sie dann den Betrag anpassen?

Viele Grüße
Lea Brandhorst
""",
         intent="registration", questions=1, name="Lea Brandhorst",
         invoice_address="Lea Brandhorst, Gartenstraße 5, 16200 Oderwalde",
         payment_agreement=True,
         note="A student registers before the deadline and asks again about a reduced rate; a private invoice address in a sentence ('an mich privat': her name is its first line); no organisation stated in this mail."),

    mail("rg-h21-bezirksamt-pdf-weitere.eml",
         frm=("Dunja Karabulut", "dunja.karabulut@ba-wuhletal.berlin.example"),
         subject="Anmeldeformular Bezirksamt Wuhletal (3 Personen)", client="outlook-web",
         date="Wed, 02 Jul 2025 09:40:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

anbei das ausgefüllte Formular für uns drei.

Freundliche Grüße
Dunja Karabulut
Bezirksamt Wuhletal von Berlin
""",
         attachments=[("Formular_Wuhletal.pdf", PDF, form_pdf({
             "name": "Dunja Karabulut", "email": "dunja.karabulut@ba-wuhletal.berlin.example",
             "organisation": "Bezirksamt Wuhletal von Berlin, Abteilung Stadtentwicklung, Soziales und Gesundheit",
             "personen": "3", "weitere_personen": "Sven-Ole Brummund\nImke Sassenberg",
             "rechnungsanschrift": "Bezirksamt Wuhletal von Berlin\nSE Finanzen – Rechnungseingangsstelle\n12600 Berlin",
             "datum": "02.07.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Dunja Karabulut", member=True,
         organization="Bezirksamt Wuhletal von Berlin, Abteilung Stadtentwicklung, Soziales und Gesundheit",
         persons=3, people=["Sven-Ole Brummund", "Imke Sassenberg"],
         invoice_address="Bezirksamt Wuhletal von Berlin, SE Finanzen – Rechnungseingangsstelle, 12600 Berlin",
         payment_agreement=True,
         note="PDF form with two further persons, both boxes ticked."),

    mail("rg-h22-scan-unleserlich.eml",
         frm=("Hildegard Osterkamp", "hildegard.osterkamp@seniorenbeirat-bramstedt.example"),
         subject="Anmeldung Seniorenbeirat", date="Thu, 03 Jul 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

mein Enkel hat mir das Formular eingescannt, ich hoffe, es ist lesbar.

Freundliche Grüße
Hildegard Osterkamp
""",
         attachments=[("Scan_0001.pdf", PDF, scanned_pdf("Scan_0001"))],
         intent="registration", needs_human=True, missing_unknown=True, name="Hildegard Osterkamp",
         note="A copier scan without text: a registration nobody can read automatically; missing left out."),

    mail("rg-h23-substitution-gleich-mit-daten.eml",
         frm=("Ralf Dettenhausen", "dettenhausen@kvjs-nord.example"),
         subject="Anmeldung Kallweit (für mich selbst nicht mehr)", client="outlook",
         date="Thu, 03 Jul 2025 13:30:00 +0200",
         body="""Guten Tag Frau Terhorst,

ich selbst kann leider nicht kommen. Frau Svenja Kallweit meldet sich hiermit verbindlich an; sie ist erreichbar unter svenja.kallweit@kvjs-nord.example.

Rechnungsanschrift:
Kommunalverband für Jugend und Soziales Nordwürttemberg
Referat Finanzen
Lindenspürstraße 39
70000 Landeshauptstadt

Wir überweisen nach Rechnungseingang. Wir sind Mitglied.

Freundliche Grüße
Ralf Dettenhausen
Kommunalverband für Jugend und Soziales Nordwürttemberg
Dezernat Jugend – Landesjugendamt
""",
         intent="registration", needs_human=True, name="Svenja Kallweit",
         email="svenja.kallweit@kvjs-nord.example", member=True,
         organization="Kommunalverband für Jugend und Soziales Nordwürttemberg, Dezernat Jugend – Landesjugendamt",
         invoice_address="Kommunalverband für Jugend und Soziales Nordwürttemberg, Referat Finanzen, Lindenspürstraße 39, 70000 Landeshauptstadt",
         payment_agreement=True,
         note="Of two pre-registered, one withdraws and the other registers bindingly in one mail: the action labelled is her registration; his withdrawal needs a person (needs_human). The label format cannot hold two actions."),

    mail("rg-h24-awo-tippfehler-anmeldung.eml",
         frm=("Sandra Pietrzyk", "s.pietrzyk@awo-kv-marschland.example"),
         subject="verbindlich anmeldnug", date="Fri, 04 Jul 2025 06:40:00 +0200",
         body="""Halo,

hiermit verbindlcih angemeldet, Rechnugn an

AWO Kreisverband Marschland e.V.
Buchhatlung
Deichstr. 8
25000 Marschland

überweisung nach rechnug, 250 € Mitgleid.

Grüße Sandra Pietrzyk
""",
         intent="registration", name="Sandra Pietrzyk", member=True,
         organization="AWO Kreisverband Marschland e.V.",
         invoice_address="AWO Kreisverband Marschland e.V., Buchhatlung, Deichstr. 8, 25000 Marschland",
         payment_agreement=True,
         note="Typos throughout, the label 'Rechnugn an' misspelt; the address kept as written ('Buchhatlung'); member fee as her own."),

    mail("rg-h25-letzter-tag-frist-zwei-fragen.eml",
         frm=("Siobhan Kettler", "siobhan.kettler@stadt-wendland-mitte.example"),
         subject="Binding registration – Kettler", date="Fri, 04 Jul 2025 16:55:00 +0200",
         body="""Dear Ms Terhorst,

just in time, I hope: I hereby register bindingly for Cologne. Our town is a member.

Invoice address:
Stadt Wendland-Mitte
Fachbereich Soziales
Am Rathaus 1
29400 Wendland-Mitte

We will pay by bank transfer once we have the invoice.

Two questions: will the sessions be in German only, and can I get a certificate of attendance in English for my CPD record?

Kind regards,
Siobhan Kettler
""",
         intent="registration", language="en", questions=2, name="Siobhan Kettler", member=True,
         organization="Stadt Wendland-Mitte, Fachbereich Soziales",
         invoice_address="Stadt Wendland-Mitte, Fachbereich Soziales, Am Rathaus 1, 29400 Wendland-Mitte",
         payment_agreement=True,
         note="English from a German town's employee; organisation from the invoice block; two questions (language of sessions, English certificate)."),

    mail("rg-h26-direkt-ohne-vormerkung-hamburg.eml",
         frm=("Okko Petersen-Raabe", "okko.petersen-raabe@alsterhude.hamburg.example"),
         subject="Anmeldung zur Jahrestagung", client="outlook", date="Mon, 16 Jun 2025 10:30:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

ich habe die Vorinfo verpasst, möchte mich aber direkt verbindlich anmelden, falls noch Platz ist.

Bezirksamt Alsterhude
Fachamt Jugend- und Familienhilfe – Jugendhilfeplanung
Rechnung an die Zentrale Buchhaltung des Bezirksamts, Kümmellstraße 7, 20200 Hamburg

Überweisung nach Rechnungseingang. Kein Mitglied.

Mit freundlichen Grüßen
Okko Petersen-Raabe
""",
         intent="registration", name="Okko Petersen-Raabe", member=False,
         organization="Bezirksamt Alsterhude, Fachamt Jugend- und Familienhilfe – Jugendhilfeplanung",
         invoice_address="Zentrale Buchhaltung des Bezirksamts, Kümmellstraße 7, 20200 Hamburg",
         payment_agreement=True,
         note="Registers without a pre-registration; 'falls noch Platz ist' is no question; the invoice address in a sentence after 'Rechnung an die'; organisation from the lines above it."),

    mail("rg-h27-diakonie-pdf-nur-mitglied.eml",
         frm=("Maren Tietjen", "m.tietjen@diakonie-ostheide.example"),
         subject="Mein Formular", date="Tue, 17 Jun 2025 12:00:00 +0200",
         body="Liebe Frau Terhorst,\n\nzur Sicherheit noch mein eigenes Formular.\n\nViele Grüße\nMaren Tietjen\n",
         attachments=[("Tietjen_Anmeldung.pdf", PDF, form_pdf({
             "name": "Maren Tietjen", "email": "m.tietjen@diakonie-ostheide.example",
             "organisation": "Diakonisches Werk Ostheide e.V., Quartiersarbeit", "personen": "1",
             "rechnungsanschrift": "", "datum": "17.06.2025"}, checked=("vsop_mitglied",)))],
         intent="registration", name="Maren Tietjen", member=True,
         organization="Diakonisches Werk Ostheide e.V., Quartiersarbeit",
         note="A PDF form with only the member box ticked, no invoice address, payment box unticked: payment false, both missing. (She is also named in her colleague's group mail, which states non-membership: the office must reconcile.)",
         payment_agreement=False),

    mail("rg-h28-stadt-groupware-einzeiler.eml",
         frm=("Marco Stahlschmidt", "marco.stahlschmidt@kreis-lipperland.example"),
         subject="fest anmelden", client="android", date="Wed, 18 Jun 2025 18:20:00 +0200",
         body="""hi sabine jetzt fest für köln rechnung wie immer an kreis lipperland fachbereich soziales kreishaus 1 32700 lipperland zahlen tun wir nach rechnung marco

Gesendet von meinem Huawei
""",
         intent="registration", name="Marco Stahlschmidt", organization="kreis lipperland, fachbereich soziales",
         invoice_address="kreis lipperland, fachbereich soziales, kreishaus 1, 32700 lipperland",
         payment_agreement=True,
         note="One run-on lowercase line; the invoice address after 'rechnung ... an' without commas (its parts as lines); 'zahlen tun wir nach rechnung' as the payment agreement."),

    mail("rg-h29-awo-gruppe-mit-kinderbetreuung.eml",
         frm=("Ayşe Demirtaş", "ayse.demirtas@awo-niederrhein-sued.example"),
         subject="Anmeldung AWO – 2 Personen", client="outlook", date="Thu, 19 Jun 2025 11:11:00 +0200",
         body="""Hallo,

wir melden uns verbindlich an: Ayşe Demirtaş und Paul Kremers (beide AWO Unterbezirk Niederrhein-Süd, Fachbereich Migration; kein Mitglied).

Rechnungsadresse:
AWO Unterbezirk Niederrhein-Süd
Finanzen
Hülser Weg 12
47800 Niederrhein-Süd

Betrag wird nach Rechnungserhalt überwiesen.

Gibt es eine Kinderbetreuung am Donnerstag? Paul würde sonst seinen Sohn (4) nicht unterbringen können.

Viele Grüße
Ayşe Demirtaş
""",
         intent="registration", questions=1, name="Ayşe Demirtaş", member=False,
         organization="AWO Unterbezirk Niederrhein-Süd, Fachbereich Migration",
         persons=2, people=["Paul Kremers"],
         invoice_address="AWO Unterbezirk Niederrhein-Süd, Finanzen, Hülser Weg 12, 47800 Niederrhein-Süd",
         payment_agreement=True,
         note="Two persons in a sentence with organisation and membership in brackets; a childcare question."),

    mail("rg-h30-kommunalverband-niedersachsen-thunderbird.eml",
         frm=("Dr. Helmut Wiechers", "wiechers@kommunalverband-weserbergland.example"),
         subject="Re: " + PROG, client="thunderbird", date="Fri, 20 Jun 2025 08:08:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

hiermit verbindlich angemeldet (Mitglied). Die Gebühr wird nach Rechnungserhalt durch unsere Verbandskasse beglichen.

Rechnungsanschrift:
Kommunalverband Weserbergland
Verbandskasse
z. Hd. Frau Bökemeier
Am Klüt 4
31700 Weserbergland

Mit freundlichen Grüßen
Dr. Helmut Wiechers
Kommunalverband Weserbergland
Geschäftsbereich Soziales und Integration
""" + quoted("programm", W2T),
         intent="registration", name="Helmut Wiechers", title="Dr.", member=True,
         organization="Kommunalverband Weserbergland, Geschäftsbereich Soziales und Integration",
         invoice_address="Kommunalverband Weserbergland, Verbandskasse, z. Hd. Frau Bökemeier, Am Klüt 4, 31700 Weserbergland",
         payment_agreement=True,
         note="Reply above the quoted programme mail (whose form and fees are only quoted); 'z. Hd.' line in the invoice address."),

    mail("rg-h31-wohlfahrt-vorbehalt-gremium.eml",
         frm=("Bettina Klöckner-Ruf", "b.kloeckner-ruf@caritas-kinzigtal.example"),
         subject="Anmeldung unter Vorbehalt", client="outlook", date="Mon, 23 Jun 2025 15:45:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

ich melde mich unter dem Vorbehalt an, dass unser Finanzausschuss am 8. Juli die Mittel freigibt. Sollte das nicht passieren, würde ich kostenfrei zurücktreten können?

Rechnung an: Caritasverband Kinzigtal e.V., Rechnungswesen, Hauptstraße 40, 77700 Kinzigtal
Zahlung nach Rechnungseingang.

Freundliche Grüße
Bettina Klöckner-Ruf
Caritasverband Kinzigtal e.V.
Fachbereich Gemeindecaritas
""",
         intent="registration", auto_reply=False, questions=1, name="Bettina Klöckner-Ruf",
         organization="Caritasverband Kinzigtal e.V., Fachbereich Gemeindecaritas",
         invoice_address="Caritasverband Kinzigtal e.V., Rechnungswesen, Hauptstraße 40, 77700 Kinzigtal",
         payment_agreement=True,
         note="A registration under a condition that falls after the deadline, plus a question whether she could withdraw free of charge: a person decides (no automatic answer)."),

    mail("rg-h32-bezirksamt-html-tabelle.eml",
         frm=("Lutz Grabowski", "lutz.grabowski@ba-spreebogen.berlin.example"),
         subject="Verbindliche Anmeldung BA Spreebogen", date="Tue, 24 Jun 2025 09:00:00 +0200",
         html_only=True,
         html="""<html><body style="font-family:Arial">
<p>Sehr geehrte Frau Terhorst,</p>
<p>hiermit melden wir uns verbindlich an. Die Teilnahmegebühren werden nach Rechnungseingang überwiesen.</p>
<table border="1" cellpadding="3">
<tr><th>Name</th><th>Mitglied</th></tr>
<tr><td>Lutz Grabowski</td><td>ja</td></tr>
<tr><td>Nele Schirrmacher</td><td>nein</td></tr>
</table>
<p>Rechnungsanschrift:<br>Bezirksamt Spreebogen von Berlin<br>Serviceeinheit Finanzen<br>Rechnungseingang<br>10500 Berlin</p>
<p>Mit freundlichen Grüßen<br>Lutz Grabowski<br>Bezirksamt Spreebogen von Berlin<br>Abteilung Soziales und Bürgerdienste<br>Steuerungsdienst – Sozialplanung</p>
</body></html>
""",
         intent="registration", name="Lutz Grabowski", member=True,
         organization="Bezirksamt Spreebogen von Berlin, Abteilung Soziales und Bürgerdienste, Steuerungsdienst – Sozialplanung",
         persons=2, people=["Nele Schirrmacher"], people_members=[False],
         invoice_address="Bezirksamt Spreebogen von Berlin, Serviceeinheit Finanzen, Rechnungseingang, 10500 Berlin",
         payment_agreement=True,
         note="HTML-only with a table of membership per person (the attendee a member, the colleague not)."),
]
