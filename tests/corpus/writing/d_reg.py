"""DEVELOPMENT set: binding registrations. Tune on these (never on the test set)."""

from make_corpus import form_pdf, mail

REMINDER = """Guten Tag,

Sie haben sich zur VSOP-Jahrestagung 2025 vorangemeldet – vielen Dank!
Bitte denken Sie an Ihre verbindliche Anmeldung mit Zahlungsvereinbarung bis zum 04.07.2025.
Ohne verbindliche Anmeldung können wir Ihren Platz nach diesem Tag nicht mehr freihalten.
Das Anmeldeformular finden Sie noch einmal im Anhang.

Mit freundlichen Grüßen
VSOP e.V. – Geschäftsstelle"""


def gt(text: str) -> str:
    return "\n".join(">" + (" " + line if line else "") for line in text.splitlines())


PDF = "application/pdf"

MAILS = [
    mail("rg-d01-stadtkasse-uebernimmt.eml",
         frm=("Veronika Hubmann", "veronika.hubmann@lra-bergstetten.example"),
         subject="Verbindliche Anmeldung Hubmann", client="outlook",
         date="Tue, 3 Jun 2025 08:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die Genehmigung liegt vor: Hiermit bestätige ich meine Teilnahme verbindlich. Die Zahlung übernimmt die Kreiskasse nach Rechnungsstellung.

Rechnungsanschrift:
Landratsamt Bergstetten
Sachgebiet 22 – Soziales und Senioren
Landratsamtsplatz 1
87600 Bergstetten

Mit freundlichen Grüßen
Veronika Hubmann
""",
         intent="registration", name="Veronika Hubmann",
         organization="Landratsamt Bergstetten, Sachgebiet 22 – Soziales und Senioren",
         invoice_address="Landratsamt Bergstetten, Sachgebiet 22 – Soziales und Senioren, Landratsamtsplatz 1, 87600 Bergstetten",
         payment_agreement=True,
         note="'bestätige meine Teilnahme verbindlich'; 'Die Zahlung übernimmt die Kreiskasse nach Rechnungsstellung' (third person)."),

    mail("rg-d02-landeshauptkasse-angewiesen.eml",
         frm=("Dr. Walter Freudenreich", "walter.freudenreich@sozialministerium-land.example"),
         subject="Anmeldung zur Jahrestagung (verbindlich)", client="outlook",
         date="Tue, 3 Jun 2025 11:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

zur Jahrestagung melde ich mich hiermit verbindlich an. Der Betrag wird von der Landeshauptkasse nach Rechnungserhalt angewiesen.

Rechnungsanschrift:
Ministerium für Soziales und Integration (example)
Referat 31 – Sozialplanung, Armutsprävention
Postfach 10 34 43
70029 Stuttgart

Mit freundlichen Grüßen
Dr. Walter Freudenreich
Referatsleiter
""",
         intent="registration", name="Walter Freudenreich", title="Dr.",
         organization="Ministerium für Soziales und Integration (example), Referat 31 – Sozialplanung, Armutsprävention",
         invoice_address="Ministerium für Soziales und Integration (example), Referat 31 – Sozialplanung, Armutsprävention, Postfach 10 34 43, 70029 Stuttgart",
         payment_agreement=True,
         note="State ministry; passive with agent ('wird von der Landeshauptkasse angewiesen'); organisation only in the invoice address."),

    mail("rg-d03-english-finance-department.eml",
         frm=("Siobhán O'Connor", "siobhan.oconnor@dublincity.example"),
         subject="Confirming my place – binding registration", client="outlook",
         date="Wed, 4 Jun 2025 10:00:00 +0100",
         body="""Dear VSOP colleagues,

Approval has come through, so I'm happy to confirm my registration as binding. I'm not a member.

Please address the invoice to:
Dublin City Council (example)
Community Planning Unit
Civic Offices, Wood Quay
Dublin 8, D08 RF3F
Ireland

Our finance department will pay upon receipt of the invoice.

Warm regards,
Siobhán O'Connor
""",
         intent="registration", language="en", name="Siobhán O'Connor", member=False,
         organization="Dublin City Council (example), Community Planning Unit",
         invoice_address="Dublin City Council (example), Community Planning Unit, Civic Offices, Wood Quay, Dublin 8, D08 RF3F, Ireland",
         payment_agreement=True,
         note="Native English; payment by 'our finance department' upon receipt."),

    mail("rg-d04-einverstanden-zahlungsvereinbarung.eml",
         frm=("Ludwig Maierhofer", "l.maierhofer@gemeinde-tannweiler.example"),
         subject="Verbindliche Anmeldung Maierhofer", client="outlook",
         date="Wed, 4 Jun 2025 14:30:00 +0200",
         body="""Grüß Gott,

ich melde mich hiermit verbindlich an und bin mit der Zahlungsvereinbarung (Überweisung binnen 14 Tagen nach Rechnungserhalt) einverstanden.

Rechnungsadresse:
Gemeinde Tannweiler
Kämmerei
Rathausgasse 2
88364 Tannweiler

Mit freundlichen Grüßen
Ludwig Maierhofer
""",
         intent="registration", name="Ludwig Maierhofer",
         organization="Gemeinde Tannweiler, Kämmerei",
         invoice_address="Gemeinde Tannweiler, Kämmerei, Rathausgasse 2, 88364 Tannweiler",
         payment_agreement=True,
         note="'mit der Zahlungsvereinbarung einverstanden'."),

    mail("rg-d05-nichtmitglied-300-eur.eml",
         frm=("Nicole Brandl", "nicole.brandl@web-post.example"),
         subject="Anmeldung verbindlich",
         date="Thu, 5 Jun 2025 19:00:00 +0200",
         body="""Hallo,

jetzt verbindlich: Ich nehme teil und zahle die 300 EUR nach Eingang der Rechnung. Rechnung bitte an die Stadt Lindach, Gleichstellungsstelle, Rathausplatz 1, 89150 Lindach.

Nicole Brandl
""",
         intent="registration", name="Nicole Brandl", member=False,
         organization="Stadt Lindach, Gleichstellungsstelle",
         invoice_address="Stadt Lindach, Gleichstellungsstelle, Rathausplatz 1, 89150 Lindach",
         payment_agreement=True,
         note="Member only from the fee (300 EUR); invoice inline after 'an die'."),

    mail("rg-d06-institutionell-verband.eml",
         frm=("Tobias Mairhofer", "t.mairhofer@caritas-altmuehl.example"),
         subject="Verbindliche Anmeldung Caritas Altmühlgrund", client="outlook",
         date="Thu, 5 Jun 2025 09:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

als institutionelles Mitglied melden wir Herrn Tobias Mairhofer verbindlich zur Jahrestagung an.

Die Rechnung senden Sie bitte an:
Caritasverband für den Landkreis Altmühlgrund e. V.
Buchhaltung
Domplatz 4
85072 Altmühlgrund

Rechnungsbeträge begleichen wir innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Tobias Mairhofer
""",
         intent="registration", name="Tobias Mairhofer", member=True,
         organization="Caritasverband für den Landkreis Altmühlgrund e. V., Buchhaltung",
         invoice_address="Caritasverband für den Landkreis Altmühlgrund e. V., Buchhaltung, Domplatz 4, 85072 Altmühlgrund",
         payment_agreement=True,
         note="'als institutionelles Mitglied'; writes about himself in the third person; organisation from the invoice address."),

    mail("rg-d07-gruppe-tabelle.eml",
         frm=("Sibylle Rapp", "sibylle.rapp@kreis-donaueck.example"),
         subject="Verbindliche Anmeldung Kreis Donaueck – 3 Personen", client="thunderbird",
         date="Fri, 6 Jun 2025 10:00:00 +0200",
         body="""Hallo VSOP-Team,

hier unsere verbindliche Anmeldung:

Name              | Mitglied
------------------+---------
Sibylle Rapp      | ja
Andreas Kästle    | ja
Elif Kaya         | nein

Rechnungsanschrift:
Kreis Donaueck
Stabsstelle Sozialplanung
Donaustraße 12
89407 Donaueck

Die Teilnahmegebühren überweisen wir nach Rechnungseingang.

Beste Grüße
Sibylle Rapp
""",
         intent="registration", name="Sibylle Rapp", member=True, persons=3,
         people=["Andreas Kästle", "Elif Kaya"], people_members=[True, False],
         organization="Kreis Donaueck, Stabsstelle Sozialplanung",
         invoice_address="Kreis Donaueck, Stabsstelle Sozialplanung, Donaustraße 12, 89407 Donaueck",
         payment_agreement=True,
         note="Persons and membership as a plain-text table."),

    mail("rg-d08-adresse-fehlt.eml",
         frm=("Hanna Wörle", "hanna.woerle@kreis-donaueck.example"),
         subject="Feste Zusage Wörle", client="thunderbird",
         date="Fri, 6 Jun 2025 15:00:00 +0200",
         body="""Liebes Team,

hiermit sage ich meine Teilnahme verbindlich zu. Die Gebühr wird nach Rechnungseingang überwiesen; die Rechnungsadresse schicke ich Ihnen nächste Woche, sobald ich die Kostenstelle habe.

Herzliche Grüße
Hanna Wörle
""",
         intent="registration", name="Hanna Wörle", payment_agreement=True,
         note="Binding, payment agreed, invoice address promised later: missing [invoice_address]."),

    mail("rg-d09-zahlung-fehlt.eml",
         frm=("Juergen Woerle", "j.woerle@stadt-lindach.example"),
         subject="Verbindliche Anmeldung", client="roundcube",
         date="Mon, 9 Jun 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich moechte mich hiermit verbindlich anmelden. Rechnungsanschrift: Stadt Lindach, Amt fuer Jugend und Soziales, Rathausplatz 1, 89150 Lindach

Mit freundlichen Gruessen
Juergen Woerle
""",
         intent="registration", name="Juergen Woerle",
         invoice_address="Stadt Lindach, Amt fuer Jugend und Soziales, Rathausplatz 1, 89150 Lindach",
         organization="Stadt Lindach, Amt fuer Jugend und Soziales",
         note="Binding with invoice address, no payment statement: missing [payment_agreement]."),

    mail("rg-d10-nur-fix.eml",
         frm=("Flo Eder", "florian.eder@markt-oberau.example"),
         subject="Jetzt fix", client="iphone",
         date="Mon, 9 Jun 2025 20:00:00 +0200",
         body="""Servus, Bürgermeister hat unterschrieben – ich bin fix dabei, also verbindlich! Florian

Gesendet von meinem iPhone
""",
         intent="registration", name="Florian Eder",
         note="Binding in dialect ('fix dabei, also verbindlich'), nothing else: missing both."),

    mail("rg-d11-antwort-auf-erinnerung-apple.eml",
         frm=("Marlene Zöller", "marlene.zoeller@stadt-weissenhain.example"),
         subject="Re: Erinnerung: verbindliche Anmeldung bis 4. Juli", client="apple",
         in_reply_to="<reminder-d11@vsop.de>",
         date="Tue, 10 Jun 2025 09:15:00 +0200",
         body=f"""Guten Tag,

danke für die Erinnerung. Ich melde mich verbindlich an; die Rechnung bitte an Stadt Weißenhain, Sozialamt, Kirchplatz 3, 89264 Weißenhain. Bezahlt wird über unsere Stadtkasse, sobald die Rechnung eingegangen ist.

Freundliche Grüße
Marlene Zöller

> Am 09.06.2025 um 07:00 schrieb VSOP e.V. – Geschäftsstelle <geschaeftsstelle@vsop.de>:
>
{gt(REMINDER)}
""",
         intent="registration", name="Marlene Zöller",
         organization="Stadt Weißenhain, Sozialamt",
         invoice_address="Stadt Weißenhain, Sozialamt, Kirchplatz 3, 89264 Weißenhain",
         payment_agreement=True,
         note="Reply to the reminder (quoted, with 'verbindliche Anmeldung' and 'Zahlungsvereinbarung' in it)."),

    mail("rg-d12-pdf-formular.eml",
         frm=("Karl-Heinz Obermeier", "kh.obermeier@lra-bergstetten.example"),
         subject="Anmeldeformular Obermeier", client="notes",
         date="Tue, 10 Jun 2025 11:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

in der Anlage übersende ich das ausgefüllte Formular.

Mit freundlichen Grüßen
Karl-Heinz Obermeier
""",
         attachments=[("Formular_Obermeier.pdf", PDF, form_pdf({
             "name": "Karl-Heinz Obermeier", "email": "kh.obermeier@lra-bergstetten.example",
             "organisation": "Landratsamt Bergstetten – Sachgebiet 21 Jugendhilfeplanung",
             "personen": "1",
             "rechnungsanschrift": "Landratsamt Bergstetten\nSachgebiet 21\nLandratsamtsplatz 1\n87600 Bergstetten",
             "datum": "10.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Karl-Heinz Obermeier", member=True,
         organization="Landratsamt Bergstetten – Sachgebiet 21 Jugendhilfeplanung",
         invoice_address="Landratsamt Bergstetten, Sachgebiet 21, Landratsamtsplatz 1, 87600 Bergstetten",
         payment_agreement=True,
         note="Filled form, both boxes ticked."),

    mail("rg-d13-pdf-ohne-haekchen.eml",
         frm=("Dominik Seitz", "dominik.seitz@stadt-weissenhain.example"),
         subject="Formular", client="android",
         date="Wed, 11 Jun 2025 07:40:00 +0200",
         body="""Anbei das Formular. Seitz

Gesendet von Outlook für Android
""",
         attachments=[("scan_formular.pdf", PDF, form_pdf({
             "name": "Dominik Seitz", "email": "dominik.seitz@stadt-weissenhain.example",
             "organisation": "Stadt Weißenhain", "personen": "1",
             "rechnungsanschrift": "Stadt Weißenhain\nHauptamt\nKirchplatz 1\n89264 Weißenhain",
             "datum": "11.06.2025"}))],
         intent="registration", name="Dominik Seitz", member=False,
         organization="Stadt Weißenhain",
         invoice_address="Stadt Weißenhain, Hauptamt, Kirchplatz 1, 89264 Weißenhain",
         payment_agreement=False,
         note="Filled form with the payment box explicitly unticked: payment_agreement false and missing [payment_agreement]; member box unticked = non-member."),

    mail("rg-d14-kaputtes-pdf.eml",
         frm=("Ramona Fischbacher", "ramona.fischbacher@markt-oberau.example"),
         subject="Verbindliche Anmeldung (Formular anbei)", client="thunderbird",
         date="Wed, 11 Jun 2025 13:00:00 +0200",
         body="""Grüß Gott,

anbei unser ausgefülltes Formular für Sabine Wurm und mich – damit verbindlich.

Freundliche Grüße
Ramona Fischbacher
""",
         attachments=[("Anmeldung_Oberau.pdf", PDF, b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AcroForm")],
         intent="registration", needs_human=True, name="Ramona Fischbacher", persons=2,
         people=["Sabine Wurm"], missing_unknown=True,
         note="A broken (truncated) PDF form: binding, staff must look at it; 'missing' not labelled."),

    mail("rg-d15-leitweg-xrechnung.eml",
         frm=("Birgit Leitner", "birgit.leitner@kreis-sulzbach-hochland.example"),
         subject="Verbindliche Anmeldung – Rechnung nur als XRechnung", client="outlook",
         date="Thu, 12 Jun 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich verbindlich an (kein Mitglied).

Rechnungen nehmen wir nur noch elektronisch an. Bitte an:
Landratsamt Sulzbach-Hochland
Kreisjugendamt
Leitweg-ID 09371-0001-27
Marktplatz 8
92237 Sulzbach-Hochland

Zahlung innerhalb von 14 Tagen nach Rechnungseingang ist zugesagt.

Mit freundlichen Grüßen
Birgit Leitner
""",
         intent="registration", name="Birgit Leitner", member=False,
         organization="Landratsamt Sulzbach-Hochland, Kreisjugendamt",
         invoice_address="Landratsamt Sulzbach-Hochland, Kreisjugendamt, Leitweg-ID 09371-0001-27, Marktplatz 8, 92237 Sulzbach-Hochland",
         payment_agreement=True,
         note="Leitweg-ID line without colon inside the block; 'Zahlung ... ist zugesagt'."),

    mail("rg-d16-assistenz-buergermeisterin.eml",
         frm=("Büro der Bürgermeisterin", "buergermeisterin@stadt-rosenfels.example"),
         subject="Verbindliche Anmeldung Frau Dr. Kaltenbach", client="outlook",
         date="Thu, 12 Jun 2025 14:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Frau Bürgermeisterin Dr. Ingrid Kaltenbach nimmt nun verbindlich an der Jahrestagung teil. Die Stadt Rosenfels ist Mitglied im VSOP.

Rechnungsanschrift:
Stadt Rosenfels
Büro der Oberbürgermeisterin
Marktplatz 1
72108 Rosenfels

Die Rechnung wird von der Stadtkasse fristgerecht beglichen.

Im Auftrag
Stefanie Renner
""",
         intent="registration", name="Ingrid Kaltenbach", title="Dr.", member=True,
         organization="Stadt Rosenfels, Büro der Oberbürgermeisterin",
         invoice_address="Stadt Rosenfels, Büro der Oberbürgermeisterin, Marktplatz 1, 72108 Rosenfels",
         payment_agreement=True,
         note="Assistant registers the mayor bindingly; membership via the city; passive payment."),

    mail("rg-d17-plus-bescheinigung-und-wlan.eml",
         frm=("Lars Fendt", "lars.fendt@kreis-sulzbach-hochland.example"),
         subject="Anmeldung Fendt (verbindlich)", client="outlook",
         date="Fri, 13 Jun 2025 08:00:00 +0200",
         body="""Hallo,

verbindliche Anmeldung für mich, Mitglied. Rechnung bitte an Landratsamt Sulzbach-Hochland, Kreisjugendamt, Marktplatz 8, 92237 Sulzbach-Hochland – wir zahlen nach Erhalt.

Gibt es vor Ort WLAN für Teilnehmende?

Gruß
Lars Fendt
""",
         intent="registration", questions=1, name="Lars Fendt", member=True,
         organization="Landratsamt Sulzbach-Hochland, Kreisjugendamt",
         invoice_address="Landratsamt Sulzbach-Hochland, Kreisjugendamt, Marktplatz 8, 92237 Sulzbach-Hochland",
         payment_agreement=True,
         note="Compact registration + one question (Wi-Fi)."),

    mail("rg-d18-html-only-gmx.eml",
         frm=("Cornelia Haas", "cornelia.haas@gmx-mail.example"),
         subject="Verbindlich angemeldet", client="gmx",
         date="Fri, 13 Jun 2025 19:30:00 +0200", html_only=True,
         html="""<html><body><div style="font-family: Verdana;font-size: 12.0px;">
<div>Guten Abend,</div><div>&nbsp;</div>
<div>meine Anmeldung ist hiermit verbindlich. Die Rechnung bitte an:</div>
<div>Bezirk Unterwaldau<br/>Sozialverwaltung<br/>Schlossplatz 2<br/>84028 Unterwaldau</div>
<div>&nbsp;</div><div>Der Bezirk &uuml;berweist nach Rechnungseingang.</div>
<div>&nbsp;</div><div>Viele Gr&uuml;&szlig;e<br/>Cornelia Haas</div></div></body></html>
""",
         intent="registration", name="Cornelia Haas",
         organization="Bezirk Unterwaldau, Sozialverwaltung",
         invoice_address="Bezirk Unterwaldau, Sozialverwaltung, Schlossplatz 2, 84028 Unterwaldau",
         payment_agreement=True,
         note="HTML only (GMX), entities; 'Der Bezirk überweist nach Rechnungseingang'."),

    mail("rg-d19-latin1-8bit.eml",
         frm=("Ursula Kienle", "ursula.kienle@stadt-hellbach.example"),
         subject="Verbindliche Anmeldung Kienle", charset="iso-8859-1", cte="8bit",
         header_charset="iso-8859-1", client="outlook",
         date="Mon, 16 Jun 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich hiermit verbindlich zur Jahrestagung an. Ich bin Nichtmitglied.

Rechnungsanschrift:
Kreisstadt Hellbach
Amt für Soziales
Schloßstraße 1
74523 Hellbach

Die Begleichung der Rechnung erfolgt nach Eingang.

Freundliche Grüße
Ursula Kienle
""",
         intent="registration", name="Ursula Kienle", member=False,
         organization="Kreisstadt Hellbach, Amt für Soziales",
         invoice_address="Kreisstadt Hellbach, Amt für Soziales, Schloßstraße 1, 74523 Hellbach",
         payment_agreement=True,
         note="ISO-8859-1 8bit body; 'Nichtmitglied' as one word; 'Die Begleichung der Rechnung erfolgt nach Eingang' (noun style)."),

    mail("rg-d20-schluessel-wert-englisch.eml",
         frm=("Maarten de Vries", "m.devries@gemeente-zwolland.example"),
         subject="Registration form (in text)", client="outlook",
         date="Mon, 16 Jun 2025 13:00:00 +0200",
         body="""Dear Sir/Madam,

I could not open the PDF, so here my data for the binding registration:

Name: Maarten de Vries
Organisation: Gemeente Zwolland, Team Sociaal Domein
Member: no
Persons: 1
Invoice address: Gemeente Zwolland, Team Sociaal Domein, Postbus 10007, 8000 GA Zwolland, Netherlands
Payment: yes, we transfer within 14 days after invoice

Kind regards,
Maarten de Vries
""",
         intent="registration", language="en", name="Maarten de Vries", member=False,
         organization="Gemeente Zwolland, Team Sociaal Domein",
         invoice_address="Gemeente Zwolland, Team Sociaal Domein, Postbus 10007, 8000 GA Zwolland, Netherlands",
         payment_agreement=True,
         note="English key-value lines (Member/Persons/Invoice address/Payment)."),

    mail("rg-d21-adresse-siehe-unten.eml",
         frm=("Sophia Dietl", "sophia.dietl@stadt-kirchheim-lauter.example"),
         subject="Verbindliche Anmeldung Dietl", client="outlook",
         date="Tue, 17 Jun 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich verbindlich an. Für die Rechnung verwenden Sie bitte die Anschrift aus meiner Signatur; die Zahlung erfolgt nach Rechnungseingang.

Mit freundlichen Grüßen
i. A. Sophia Dietl

________________________________
Stadt Kirchheim am Lauter
Amt für Soziale Dienste
Marktstraße 14
73230 Kirchheim am Lauter
""",
         intent="registration", name="Sophia Dietl",
         organization="Stadt Kirchheim am Lauter, Amt für Soziale Dienste",
         invoice_address="Stadt Kirchheim am Lauter, Amt für Soziale Dienste, Marktstraße 14, 73230 Kirchheim am Lauter",
         payment_agreement=True,
         note="'die Anschrift aus meiner Signatur' as the invoice address."),

    mail("rg-d22-kumpel-ton.eml",
         frm=("Jonas Weidinger", "jonas.weidinger@stadt-lindach.example"),
         subject="Ich komm fix!", client="iphone",
         date="Tue, 17 Jun 2025 21:00:00 +0200",
         body="""Hey zusammen, jetzt ist's amtlich: ich meld mich verbindlich an. Rechnung an Stadt Lindach, Amt für Jugend und Soziales, Rathausplatz 1, 89150 Lindach – unsere Kasse zahlt, sobald sie da ist. Jonas

Von meinem iPhone gesendet
""",
         intent="registration", name="Jonas Weidinger",
         organization="Stadt Lindach, Amt für Jugend und Soziales",
         invoice_address="Stadt Lindach, Amt für Jugend und Soziales, Rathausplatz 1, 89150 Lindach",
         payment_agreement=True,
         note="Colloquial; 'unsere Kasse zahlt, sobald sie da ist'."),

    mail("rg-d23-english-spanish-speaker.eml",
         frm=("Lucía Fernández", "lucia.fernandez@ayto-vallehermoso.example"),
         subject="Binding registration for 2 persons",
         date="Wed, 18 Jun 2025 10:00:00 +0200", client="outlook",
         body="""Dear organizers,

Now we make our registration binding: me (Lucía Fernández) and Pablo Ruiz, both non-members.

Invoice to: Ayuntamiento de Vallehermoso, Servicios Sociales, Plaza Mayor 1, 38840 Vallehermoso, Spain. VAT ES-P3805100A.

The city will pay the invoice by bank transfer when it arrives.

Best regards,
Lucía Fernández
""",
         intent="registration", language="en", name="Lucía Fernández", member=False,
         persons=2, people=["Pablo Ruiz"], people_members=[False],
         organization="Ayuntamiento de Vallehermoso, Servicios Sociales",
         invoice_address="Ayuntamiento de Vallehermoso, Servicios Sociales, Plaza Mayor 1, 38840 Vallehermoso, Spain",
         payment_agreement=True,
         note="Non-native English, two persons; the VAT sentence after the address is not part of it; 'The city will pay ... when it arrives'."),

    mail("rg-d24-vorangemeldet-kein-org.eml",
         frm=("Agnieszka Kowalczyk", "agnieszka.kowalczyk@stadt-hellbach.example"),
         subject="Verbindliche Anmeldung", client="outlook",
         date="Wed, 18 Jun 2025 14:00:00 +0200",
         body="""Guten Tag,

nach meiner Platzreservierung im Mai melde ich mich nun verbindlich an. Rechnung an:

Stadt Hellbach
Personalamt – Fortbildung
Schloßstraße 1
74523 Hellbach

Der Betrag wird nach Rechnungserhalt überwiesen.

Viele Grüße
Agnieszka Kowalczyk
""",
         intent="registration", name="Agnieszka Kowalczyk",
         organization="Stadt Hellbach, Personalamt – Fortbildung",
         invoice_address="Stadt Hellbach, Personalamt – Fortbildung, Schloßstraße 1, 74523 Hellbach",
         payment_agreement=True,
         note="Follows a pre-registration; the invoice goes to the training department (organisation taken from it)."),

    mail("rg-d25-kostenstelle-auftragsnummer.eml",
         frm=("Markus Zehetmair", "markus.zehetmair@stadt-muehlbach.example"),
         subject="Jahrestagung: verbindliche Anmeldung", client="outlook",
         date="Thu, 19 Jun 2025 08:45:00 +0200",
         body="""Guten Tag,

für die Jahrestagung gilt meine Anmeldung ab sofort als verbindlich.

Bitte unbedingt folgende Rechnungsanschrift verwenden:
Stadt Mühlbach an der Enz
Amt für Soziales, Jugend und Sport
Kostenstelle 4100 / Auftrag 2025-77
Postfach 1160
75417 Mühlbach an der Enz

Wir überweisen den Rechnungsbetrag fristgerecht.

Freundliche Grüße
Markus Zehetmair
""",
         intent="registration", name="Markus Zehetmair",
         organization="Stadt Mühlbach an der Enz, Amt für Soziales, Jugend und Sport",
         invoice_address="Stadt Mühlbach an der Enz, Amt für Soziales, Jugend und Sport, Kostenstelle 4100 / Auftrag 2025-77, Postfach 1160, 75417 Mühlbach an der Enz",
         payment_agreement=True,
         note="Cost centre line in the block; 'fristgerecht'."),

    mail("rg-d26-team-fuenf-personen.eml",
         frm=("Georg Pfister", "georg.pfister@stadt-hellbach.example"),
         subject="Verbindliche Anmeldung Team Hellbach", client="outlook",
         date="Thu, 19 Jun 2025 13:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

folgende Personen melde ich verbindlich an:

1) Georg Pfister – kein Mitglied
2) Agnieszka Kowalczyk – kein Mitglied
3) Dr. Heinrich Moosbrugger – Mitglied
4) Carina Eichinger – kein Mitglied

Alle vier kommen aus dem Amt für Soziales. Rechnung an: Kreisstadt Hellbach, Amt für Soziales, Schloßstraße 1, 74523 Hellbach. Die Zahlung erfolgt gesammelt nach Rechnungseingang.

Mit freundlichen Grüßen
Georg Pfister
""",
         intent="registration", name="Georg Pfister", member=False, persons=4,
         people=["Agnieszka Kowalczyk", "Dr. Heinrich Moosbrugger", "Carina Eichinger"],
         people_members=[False, True, False],
         organization="Kreisstadt Hellbach, Amt für Soziales",
         invoice_address="Kreisstadt Hellbach, Amt für Soziales, Schloßstraße 1, 74523 Hellbach",
         payment_agreement=True,
         note="Four persons '1)' list with dashes and membership; one invoice."),

    mail("rg-d27-storno-frage-bei-anmeldung.eml",
         frm=("Natascha Beck", "natascha.beck@vg-wiesental.example"),
         subject="Verbindliche Anmeldung – Frage Ersatzperson", client="thunderbird",
         date="Fri, 20 Jun 2025 09:00:00 +0200",
         body="""Guten Morgen,

ich melde mich verbindlich an. Rechnung bitte an: Verbandsgemeinde Wiesental, Fachbereich 2 Soziales, Hauptstraße 40, 67700 Wiesental. Die Gebühr zahlen wir nach Erhalt der Rechnung.

Falls ich krank werde: Dürfte dann eine Kollegin an meiner Stelle kommen?

Viele Grüße
Natascha Beck
""",
         intent="registration", questions=1, name="Natascha Beck",
         organization="Verbandsgemeinde Wiesental, Fachbereich 2 Soziales",
         invoice_address="Verbandsgemeinde Wiesental, Fachbereich 2 Soziales, Hauptstraße 40, 67700 Wiesental",
         payment_agreement=True,
         note="Registration + substitution question."),

    mail("rg-d28-base64-apple.eml",
         frm=("Dr. Emre Şahin", "emre.sahin@institut-stadtgesellschaft.example"),
         subject="Verbindliche Anmeldung Şahin", client="apple", cte="base64",
         date="Fri, 20 Jun 2025 16:00:00 +0200",
         body="""Liebes VSOP-Team,

hiermit verbindlich angemeldet. Rechnung an:
Institut für Stadtgesellschaft gGmbH
Buchhaltung
Lindenstraße 9
10969 Berlin

Überweisung erfolgt nach Rechnungseingang.

Viele Grüße
Emre Şahin
""",
         intent="registration", name="Emre Şahin", title="Dr.",
         organization="Institut für Stadtgesellschaft gGmbH, Buchhaltung",
         invoice_address="Institut für Stadtgesellschaft gGmbH, Buchhaltung, Lindenstraße 9, 10969 Berlin",
         payment_agreement=True,
         note="Base64 from Apple Mail; title only in the display name."),

    mail("rg-d29-mitglied-aus-250.eml",
         frm=("Raphael Stöckl", "raphael.stoeckl@gemeinde-tannweiler.example"),
         subject="verbindlich", client="android",
         date="Mon, 23 Jun 2025 07:00:00 +0200",
         body="""hallo, verbindliche anmeldung von mir. die 250 € zahlt die gemeinde nach rechnung. rechnung an gemeinde tannweiler, kämmerei, rathausgasse 2, 88364 tannweiler. raphael stöckl
""",
         intent="registration", name="Raphael Stöckl", member=True,
         organization="gemeinde tannweiler, kämmerei",
         invoice_address="gemeinde tannweiler, kämmerei, rathausgasse 2, 88364 tannweiler",
         payment_agreement=True,
         note="All lower case; member only from the fee; 'zahlt die gemeinde nach rechnung'."),

    mail("rg-d30-zahlungsbedingungen-akzeptiert.eml",
         frm=("Cornelius Brenninger", "c.brenninger@lra-sulzbach-hochland.example"),
         subject="Verbindliche Anmeldung Brenninger", client="outlook",
         date="Mon, 23 Jun 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit erkläre ich meine verbindliche Anmeldung. Die Zahlungsbedingungen (14 Tage nach Rechnungsdatum) akzeptieren wir.

Rechnungsanschrift:
Landratsamt Sulzbach-Hochland
Sachgebiet 41 – Soziales
Marktplatz 8
92237 Sulzbach-Hochland

Mit freundlichen Grüßen
Cornelius Brenninger
""",
         intent="registration", name="Cornelius Brenninger",
         organization="Landratsamt Sulzbach-Hochland, Sachgebiet 41 – Soziales",
         invoice_address="Landratsamt Sulzbach-Hochland, Sachgebiet 41 – Soziales, Marktplatz 8, 92237 Sulzbach-Hochland",
         payment_agreement=True,
         note="'Die Zahlungsbedingungen akzeptieren wir' (object first)."),

    mail("rg-d31-gmail-zitat-programm.eml",
         frm=("Stefan Gruber", "stefan.gruber@stadt-kirchheim-lauter.example"),
         subject="Re: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         in_reply_to="<programme-d31@vsop.de>",
         date="Tue, 24 Jun 2025 09:00:00 +0200",
         body=f"""Guten Tag,

verbindlich angemeldet! Rechnung an die Stadt Kirchheim am Lauter, Amt für Soziale Dienste, Marktstraße 14, 73230 Kirchheim am Lauter. Zahlung nach Rechnungseingang.

Stefan Gruber

Am Do., 15. Mai 2025 um 19:05 Uhr schrieb VSOP e.V. – Geschäftsstelle <geschaeftsstelle@vsop.de>:

{gt(REMINDER)}
""",
         intent="registration", name="Stefan Gruber",
         organization="Stadt Kirchheim am Lauter, Amt für Soziale Dienste",
         invoice_address="Stadt Kirchheim am Lauter, Amt für Soziale Dienste, Marktstraße 14, 73230 Kirchheim am Lauter",
         payment_agreement=True,
         note="Gmail quoting; binding in two words."),

    mail("rg-d32-english-native-on-receipt.eml",
         frm=("Tom Baker", "tom.baker@civicplanning.example"),
         subject="Firm booking – Tom Baker",
         date="Tue, 24 Jun 2025 17:00:00 +0100",
         body="""Hiya,

Right, it's official – please make my booking firm.

Bill to:
Civic Planning Trust (example)
Finance Office
12 Queen Street
Bristol BS1 4DJ
UK

We'll pay on receipt of invoice.

Cheers,
Tom
""",
         intent="registration", language="en", name="Tom Baker",
         organization="Civic Planning Trust (example), Finance Office",
         invoice_address="Civic Planning Trust (example), Finance Office, 12 Queen Street, Bristol BS1 4DJ, UK",
         payment_agreement=True,
         note="British colloquial ('make my booking firm', 'Bill to:', 'pay on receipt of invoice')."),

    mail("rg-d33-weiterleitung-fuer-kollegen.eml",
         frm=("Andreas Kästle", "andreas.kaestle@kreis-donaueck.example"),
         subject="WG: Anmeldung Jahrestagung – Elif Kaya", client="outlook",
         date="Wed, 25 Jun 2025 10:00:00 +0200",
         body="""Hallo VSOP,

ich leite Ihnen die verbindliche Anmeldung meiner Kollegin weiter, sie ist diese Woche im Außendienst.

Gruß
Andreas Kästle

From: Kaya, Elif <elif.kaya@kreis-donaueck.example>
Sent: Tuesday, June 24, 2025 4:12 PM
To: Kästle, Andreas <andreas.kaestle@kreis-donaueck.example>
Subject: Anmeldung Jahrestagung

Hallo Andreas, kannst du das bitte an den VSOP schicken?

Ich melde mich verbindlich an (kein Mitglied). Rechnung: Kreis Donaueck, Stabsstelle Sozialplanung, Donaustraße 12, 89407 Donaueck. Überweisung nach Rechnungseingang.

Elif Kaya
""",
         intent="registration", name="Elif Kaya", member=False,
         email="elif.kaya@kreis-donaueck.example",
         organization="Kreis Donaueck, Stabsstelle Sozialplanung",
         invoice_address="Kreis Donaueck, Stabsstelle Sozialplanung, Donaustraße 12, 89407 Donaueck",
         payment_agreement=True,
         note="Forward with an English Outlook header block; the attendee is the colleague below."),

    mail("qu-d19-erinnerung-schon-angemeldet.eml",
         frm=("Birgit Leitner", "birgit.leitner@kreis-sulzbach-hochland.example"),
         subject="AW: Erinnerung: verbindliche Anmeldung bis 4. Juli", client="outlook",
         in_reply_to="<reminder-d34@vsop.de>",
         date="Wed, 25 Jun 2025 15:00:00 +0200",
         body=f"""Sehr geehrte Damen und Herren,

die verbindliche Anmeldung hatte ich Ihnen bereits am 12.06. geschickt (mit Leitweg-ID). Bitte prüfen Sie das noch einmal – ist sie bei Ihnen angekommen?

Mit freundlichen Grüßen
Birgit Leitner

Von: VSOP e.V. – Geschäftsstelle <geschaeftsstelle@vsop.de>
Gesendet: Montag, 23. Juni 2025 07:00
An: Leitner, Birgit <birgit.leitner@kreis-sulzbach-hochland.example>
Betreff: Erinnerung: verbindliche Anmeldung bis 4. Juli

{REMINDER}
""",
         intent="question", questions=1, auto_reply=False, name="Birgit Leitner",
         note="Answers the reminder: says she already registered and asks whether it arrived; no new registration data: a person checks."),

    mail("rg-d35-passiv-durch-uns.eml",
         frm=("Xaver Huber", "Xaver.Huber@lra-altmuehlgrund.example"),
         subject="Antwort: verbindliche Anmeldung", client="notes",
         date="Thu, 26 Jun 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit erfolgt meine verbindliche Anmeldung zur Jahrestagung.

Rechnungsanschrift:
Landratsamt Altmühlgrund
Sachgebiet Senioren
Residenzplatz 1
85072 Altmühlgrund

Die Teilnahmegebühr wird durch uns nach Rechnungserhalt innerhalb von 14 Tagen überwiesen.

Mit freundlichen Grüßen
Xaver Huber
""",
         intent="registration", name="Xaver Huber",
         organization="Landratsamt Altmühlgrund, Sachgebiet Senioren",
         invoice_address="Landratsamt Altmühlgrund, Sachgebiet Senioren, Residenzplatz 1, 85072 Altmühlgrund",
         payment_agreement=True,
         note="'hiermit erfolgt meine verbindliche Anmeldung' (noun); passive 'wird durch uns überwiesen'."),

    mail("rg-d36-zwei-fragen-und-anmeldung.eml",
         frm=("Theresa Gschwendtner", "theresa.gschwendtner@lra-altmuehlgrund.example"),
         subject="Verbindliche Anmeldung + Fragen", client="outlook",
         date="Thu, 26 Jun 2025 13:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die Haushaltsfreigabe ist da, ich melde mich verbindlich an (VSOP-Mitglied).
Rechnung an: Landratsamt Altmühlgrund, Jugend und Familie, Residenzplatz 1, 85072 Altmühlgrund.
Bezahlung per Überweisung nach Rechnung ist für uns in Ordnung.

Zwei Fragen noch: Wann bekommen wir die Rechnung? Und ist das Abendessen am 25. im Preis enthalten?

Freundliche Grüße
Theresa Gschwendtner
""",
         intent="registration", questions=2, name="Theresa Gschwendtner", member=True,
         organization="Landratsamt Altmühlgrund, Jugend und Familie",
         invoice_address="Landratsamt Altmühlgrund, Jugend und Familie, Residenzplatz 1, 85072 Altmühlgrund",
         payment_agreement=True,
         note="Registration + two questions; 'Bezahlung per Überweisung nach Rechnung ist in Ordnung'."),

    mail("rg-d37-formular-zeilen-gruppe.eml",
         frm=("Ludwig Maierhofer", "l.maierhofer@gemeinde-tannweiler.example"),
         subject="Anmeldung – Nachmeldung Kollege", client="outlook",
         date="Fri, 27 Jun 2025 09:00:00 +0200",
         body="""Grüß Gott,

zusätzlich zu meiner Anmeldung vom 4. Juni melde ich verbindlich noch meinen Kollegen an:

Name: Matthias Brunnhuber
Mitglied: nein
Rechnungsanschrift: wie bei mir (Gemeinde Tannweiler, Kämmerei, Rathausgasse 2, 88364 Tannweiler)
Zahlung: nach Rechnungserhalt

Mit freundlichen Grüßen
Ludwig Maierhofer
""",
         intent="registration", name="Matthias Brunnhuber", member=False,
         organization="Gemeinde Tannweiler, Kämmerei",
         invoice_address="Gemeinde Tannweiler, Kämmerei, Rathausgasse 2, 88364 Tannweiler",
         payment_agreement=True,
         note="Registers a colleague (not himself) in key-value lines; 'wie bei mir (...)' gives the address in parentheses. The attendee is the colleague; email = the sender's (none other named)."),

    mail("rg-d38-english-german-direct.eml",
         frm=("Dr. Walter Freudenreich", "walter.freudenreich@sozialministerium-land.example"),
         subject="Registration for our guest", client="outlook",
         date="Mon, 30 Jun 2025 10:00:00 +0200",
         body="""Dear colleagues,

I hereby register our guest from the Czech ministry, Mrs. Jana Dvořáková, binding for your conference. The ministry (see invoice address) pays the fee after receiving the invoice.

Invoice address:
Ministerium für Soziales und Integration (example)
Referat 31
Postfach 10 34 43
70029 Stuttgart

Please send the confirmation to her: jana.dvorakova@mpsv-example.cz

Best regards
Dr. Walter Freudenreich
""",
         intent="registration", language="en", name="Jana Dvořáková",
         email="jana.dvorakova@mpsv-example.cz",
         organization="Ministerium für Soziales und Integration (example), Referat 31",
         invoice_address="Ministerium für Soziales und Integration (example), Referat 31, Postfach 10 34 43, 70029 Stuttgart",
         payment_agreement=True,
         note="English by a German official for a guest: attendee is the guest ('Mrs.' is no title), her address named; payment by the ministry."),

    mail("rg-d39-anmeldung-ohne-verbindlich-wort.eml",
         frm=("Sarah Whitfield", "s.whitfield@leedsmet.example"),
         subject="Registration – Sarah Whitfield", client="apple",
         date="Tue, 1 Jul 2025 09:00:00 +0100",
         body="""Hello,

Following my provisional registration, I can now confirm that I will attend. Please find my details below.

Invoice address: Leeds Metropolitan Research Centre (example), Accounts, 1 City Square, Leeds LS1 2ES, UK
Payment: by bank transfer within 14 days of the invoice

Many thanks,
Sarah Whitfield
""",
         intent="registration", language="en", name="Sarah Whitfield",
         organization="Leeds Metropolitan Research Centre (example), Accounts",
         invoice_address="Leeds Metropolitan Research Centre (example), Accounts, 1 City Square, Leeds LS1 2ES, UK",
         payment_agreement=True,
         note="'I can now confirm that I will attend' after a provisional one = binding; no word 'binding'."),

    mail("rg-d40-nichtmitglied-fragt-mitgliedschaft.eml",
         frm=("Ramona Fischbacher", "ramona.fischbacher@markt-oberau.example"),
         subject="Formular nochmal als Text", client="thunderbird",
         date="Wed, 2 Jul 2025 08:00:00 +0200",
         body="""Grüß Gott,

da das PDF wohl kaputt war, hier unsere verbindliche Anmeldung als Text:

1. Ramona Fischbacher (kein Mitglied)
2. Sabine Wurm (Mitglied)

Rechnungsanschrift:
Markt Oberau
Hauptverwaltung
Marktplatz 1
82496 Oberau

Der Markt überweist nach Rechnungseingang.

Freundliche Grüße
Ramona Fischbacher
""",
         intent="registration", name="Ramona Fischbacher", member=False, persons=2,
         people=["Sabine Wurm"], people_members=[True], organization="Markt Oberau, Hauptverwaltung",
         invoice_address="Markt Oberau, Hauptverwaltung, Marktplatz 1, 82496 Oberau",
         payment_agreement=True,
         note="Second try after a broken PDF; numbered list; 'Der Markt überweist' (the municipality 'Markt')."),
]
