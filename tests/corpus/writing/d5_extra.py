"""DEVELOPMENT set 5: a last round of actions with questions riding along (online option,
reduced fee for one day, Bildungsurlaub, interns), an empty field of the inline form, and a
few machines. Written apart (README.md); measured once before any tuning on it."""

from d5_quote import SUBJECTS, form_answered
from make_corpus import OFFICE, dsn, mail

INFO = SUBJECTS["info"]
PROG = SUBJECTS["programm"]
W1T = "07.04.2025 um 09:30"
W2T = "03.06.2025 um 10:15"

MAILS = [
    mail("pr-h43-praktikantin-mitbringen.eml",
         frm=("Derya Çelik", "derya.celik@paritaet-stadtteilmuetter.example"),
         subject="Vormerkung + Praktikantin", date="Thu, 17 Apr 2025 15:30:00 +0200",
         body="""Hallo Frau Terhorst,

ich leite das Projekt Stadtteilmütter beim Paritätischen Kreisverband Hellwegbörde und möchte mich gern vormerken lassen.

Darf meine Praktikantin kostenlos mitkommen, oder muss sie die volle Gebühr zahlen?

Viele Grüße
Derya Çelik
""",
         intent="pre_registration", questions=1, name="Derya Çelik",
         organization="Paritätischer Kreisverband Hellwegbörde",
         note="Pre-registration plus a question about an intern's fee; organisation in a sentence ('beim Paritätischen Kreisverband ...', base form)."),

    mail("pr-h44-pfeile-zwei-hamburg.eml",
         frm=("Gunnar Thießen", "gunnar.thiessen@wandsmoor.hamburg.example"),
         subject="Vormerkung Bezirksamt Wandsmoor", date="Fri, 18 Apr 2025 09:45:00 +0200",
         body="""Moin,

bitte vormerken:
--> Gunnar Thießen
--> Leonie Brandt

beide Bezirksamt Wandsmoor, Fachamt Sozialraummanagement, Mitglied.

Gruß Gunnar Thießen
""",
         intent="pre_registration", name="Gunnar Thießen",
         organization="Bezirksamt Wandsmoor, Fachamt Sozialraummanagement", member=True,
         persons=2, people=["Leonie Brandt"],
         note="Arrow bullets; organisation and membership in one line for both."),

    mail("pr-h45-siehe-betreff.eml",
         frm=("Wiebke Sandkuhl", "w.sandkuhl@lk-hasetal.example"),
         subject="Vormerkung Jahrestagung: Wiebke Sandkuhl, Landkreis Hasetal, Jugendamt", date="Tue, 22 Apr 2025 08:01:00 +0200",
         body="s. Betreff\n\nW. Sandkuhl\n",
         intent="pre_registration", name="Wiebke Sandkuhl", organization="Landkreis Hasetal, Jugendamt",
         note="'s. Betreff': everything in the subject."),

    mail("pr-h46-online-option-frage.eml",
         frm=("Roswitha Eberle", "roswitha.eberle@caritas-hohenlohe-land.example"),
         subject="Vormerkung / hybride Teilnahme?", client="outlook", date="Wed, 23 Apr 2025 10:10:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

ich lasse mich gern vormerken. Wird es eine Möglichkeit geben, online teilzunehmen? Die Anreise aus Hohenlohe ist für zwei Tage recht aufwendig.

Freundliche Grüße
Roswitha Eberle
Caritasverband Hohenlohe-Land e.V.
Fachdienst Sozialraumorientierung
""",
         intent="pre_registration", questions=1, name="Roswitha Eberle",
         organization="Caritasverband Hohenlohe-Land e.V., Fachdienst Sozialraumorientierung",
         note="Pre-registration plus a question about online participation."),

    mail("rg-h39-bildungsurlaub-privat-anmeldung.eml",
         frm=("Nadine Wróbel", "nadine.wrobel@web.example"),
         subject="Anmeldung N. Wróbel", client="gmx", date="Mon, 30 Jun 2025 20:00:00 +0200",
         charset="iso-8859-1", cte="quoted-printable",
         body="""Hallo Frau Terhorst,

ich melde mich verbindlich an (Nichtmitglied). Rechnung bitte an:

Nadine Wróbel
Sielwall 71
28200 Bremen-Ost

Ich überweise nach Erhalt der Rechnung. Mein Arbeitgeber verlangt für den Bildungsurlaub eine Bescheinigung über die Anerkennung - können Sie mir die mit der Rechnung zuschicken?

Mit freundlichen Grüßen
Nadine Wróbel
""",
         intent="registration", questions=1, name="Nadine Wróbel", member=False,
         invoice_address="Nadine Wróbel, Sielwall 71, 28200 Bremen-Ost",
         payment_agreement=True,
         note="Private attendee registers, a private invoice address, and asks for a Bildungsurlaub certificate (a person answers); ISO-8859-1 QP."),

    mail("rg-h40-nur-donnerstag-ermaessigung.eml",
         frm=("Wenke Asmussen", "wenke.asmussen@elbmarsch.hamburg.example"),
         subject="Anmeldung Dr. Asmussen – nur 25.09.", client="outlook", date="Tue, 24 Jun 2025 12:00:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

ich nehme verbindlich teil, allerdings nur am Donnerstag. Gibt es dafür einen reduzierten Beitrag?

Rechnungsanschrift:
Freie und Hansestadt Hamburg
Bezirksamt Elbmarsch
Büro der Bezirksamtsleitung
Leitweg-ID 02-E1234-10
21000 Hamburg

Die Zahlung erfolgt nach Rechnungseingang.

Mit freundlichen Grüßen
Dr. Wenke Asmussen
Bezirksamtsleiterin
""",
         intent="registration", questions=1, name="Wenke Asmussen", title="Dr.",
         organization="Freie und Hansestadt Hamburg, Bezirksamt Elbmarsch, Büro der Bezirksamtsleitung",
         invoice_address="Freie und Hansestadt Hamburg, Bezirksamt Elbmarsch, Büro der Bezirksamtsleitung, Leitweg-ID 02-E1234-10, 21000 Hamburg",
         payment_agreement=True,
         note="Binding for one day only, with a question about a reduced fee; her job title below the name is no organisation; organisation from the invoice address."),

    mail("rg-h41-rechnungsempfaenger-kassenzeichen.eml",
         frm=("Nele Schirrmacher", "nele.schirrmacher@qm-spreebogen.example"),
         subject="Meine Angaben zur Anmeldung", date="Thu, 26 Jun 2025 09:20:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

wie von Herrn Grabowski angekündigt, hier meine eigenen Angaben:

Rechnungsempfänger:
Quartiersmanagement Spreebogen-Nord
c/o Stadtteilbüro
Wilhelminenhofweg 3
10500 Berlin
Verwendungszweck: QM-SBN 2025/17

Zahlung per Überweisung innerhalb von 30 Tagen nach Rechnungsstellung. Mitglied bin ich nicht.

Freundliche Grüße
Nele Schirrmacher
Quartiersmanagement Spreebogen-Nord
""",
         intent="registration", name="Nele Schirrmacher", member=False,
         organization="Quartiersmanagement Spreebogen-Nord",
         invoice_address="Quartiersmanagement Spreebogen-Nord, c/o Stadtteilbüro, Wilhelminenhofweg 3, 10500 Berlin, Verwendungszweck: QM-SBN 2025/17",
         payment_agreement=True,
         note="'Rechnungsempfänger:' as the label; a reference line in the block; she completes a registration a colleague made for her (the office merges)."),

    mail("rg-h42-inline-rechnung-leer.eml",
         frm=("Ina Hußmann", "ina.hussmann@stadt-kreuztal-ost.example"),
         subject="Re: " + PROG, client="thunderbird", date="Fri, 27 Jun 2025 14:14:00 +0200",
         body="Hallo,\n\nhier meine Anmeldung, die Rechnungsadresse reiche ich nach.\n\nLG Ina Hußmann\n\n"
              + form_answered(W2T, {
                  "Name, Vorname": "Hußmann, Ina",
                  "Dienststelle / Organisation": "Stadt Kreuztal-Ost, Fachdienst Sozialplanung",
                  "VSOP-Mitglied (ja/nein)": "ja"}, ticked=True),
         intent="registration", name="Ina Hußmann", member=True,
         organization="Stadt Kreuztal-Ost, Fachdienst Sozialplanung",
         payment_agreement=True,
         note="Inline form with the invoice line left empty, the box ticked: invoice address missing."),

    mail("qu-h14-bar-zahlen.eml",
         frm=("Friedhelm Bruns", "friedhelm.bruns@kreis-ammerland-sued.example"),
         subject="Zahlung vor Ort?", date="Thu, 03 Jul 2025 08:00:00 +0200",
         body="""Moin nochmal,

kann ich die Gebühr auch vor Ort bar oder mit Karte zahlen? Unsere Kasse braucht sonst ewig.

Friedhelm Bruns
Kreis Ammerland-Süd
""",
         intent="question", questions=1, name="Friedhelm Bruns", organization="Kreis Ammerland-Süd",
         note="A payment-method question."),

    mail("ca-h10-kollegin-erkrankt.eml",
         frm=("Hauke Rickmers", "hauke.rickmers@elbmarsch.hamburg.example"),
         subject="Absage Birte Hansing", client="thunderbird", date="Mon, 08 Sep 2025 08:30:00 +0200",
         body="""Moin Frau Terhorst,

Frau Hansing ist längerfristig erkrankt und kann an der Tagung nicht teilnehmen. Wir sagen ihre Teilnahme daher ab; Ersatz können wir leider nicht stellen.

Beste Grüße
Hauke Rickmers
Bezirksamt Elbmarsch, Fachamt Sozialraummanagement
""",
         intent="cancellation", name="Birte Hansing", email=None,
         organization="Bezirksamt Elbmarsch, Fachamt Sozialraummanagement",
         note="A colleague cancels for a sick colleague (her address not in the mail); no substitute."),

    mail("ar-h14-adresse-umgezogen.eml",
         frm=("Postmaster Stadt Kirchwerder", "no-reply@stadt-kirchwerder.example"),
         subject="Adressänderung: " + INFO, date="Mon, 07 Apr 2025 09:37:00 +0200",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""Diese Adresse wird seit 01.03.2025 nicht mehr verwendet. Ihre Nachricht wurde NICHT weitergeleitet.
Bitte nutzen Sie künftig soziales@kirchwerder.example.
""",
         intent="auto_reply", note="An automatic 'address moved' notice (delivered, not forwarded): an auto-reply, not a bounce."),

    dsn("bo-h08-provider-privat-unbekannt.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@smtp.kabelmail.example"),
        subject="Mail delivery failed: returning message to sender", date="Mon, 07 Apr 2025 09:38:00 +0200",
        human="""Diese Nachricht wurde vom Mailsystem des Anbieters erzeugt.

Für den folgenden Empfänger ist die Zustellung endgültig gescheitert:

  g.oltmanns@kabelmail.example
    Mailbox unbekannt
""",
        status="5.1.1", recipients=["g.oltmanns@kabelmail.example"],
        original=(f"From: {OFFICE}\nTo: g.oltmanns@kabelmail.example\nSubject: {INFO}\n\nLiebe Mitglieder, liebe Interessierte,\n"),
        reporting="smtp.kabelmail.example",
        note="A private provider's German DSN (Exim-like), mailbox unknown."),

    mail("bu-h09-umfrage-verband.eml",
         frm=("Deutscher Fachkreis Sozialberichterstattung", "umfrage@fachkreis-sozialbericht.example"),
         subject="Ihre Meinung zählt: Umfrage zur kommunalen Sozialplanung 2025", date="Tue, 20 May 2025 10:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://fachkreis-sozialbericht.example/optout>")],
         body="""Sehr geehrte Damen und Herren,

wie ist Sozialplanung in Ihrer Kommune organisiert? Nehmen Sie an unserer Umfrage teil (ca. 10 Minuten) und helfen Sie uns, ein aktuelles Bild zu zeichnen.

Zur Umfrage: https://fachkreis-sozialbericht.example/umfrage2025

Vielen Dank!
Ihr Fachkreis
""",
         intent="bulk", note="A survey invitation of another body ('Nehmen Sie ... teil')."),
]
