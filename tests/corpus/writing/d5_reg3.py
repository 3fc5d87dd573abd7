"""DEVELOPMENT set 5: binding registrations (part 3): cost-assumption declarations typed into
the mail, budget lines in invoice blocks, the inline form quoted by Outlook, membership per
person in running text. Written apart (README.md); measured once before any tuning on it."""

from d5_quote import SUBJECTS, form_answered
from make_corpus import form_pdf, mail

PDF = "application/pdf"
PROG = SUBJECTS["programm"]
W2 = "Dienstag, 3. Juni 2025 10:15"
W2T = "03.06.2025 um 10:15"

MAILS = [
    mail("rg-h33-kostenuebernahme-im-text.eml",
         frm=("Fortbildungsstelle Landkreis Gifhorner Heide", "fortbildung@lk-gifhornerheide.example"),
         subject="Kostenübernahmeerklärung / verbindliche Buchung Wöhlke – Vorgang 2025-117", client="outlook",
         date="Wed, 11 Jun 2025 08:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

KOSTENÜBERNAHMEERKLÄRUNG

Der Landkreis Gifhorner Heide übernimmt die Teilnahmegebühr für Herrn Bastian Wöhlke (Amt 50 – Soziales) für die VSOP-Jahrestagung am 25./26.09.2025 in Köln. Der Betrag wird nach Eingang der Rechnung an die unten stehende Anschrift überwiesen. Der Landkreis ist nicht Mitglied im VSOP.

Rechnungsanschrift:
Landkreis Gifhorner Heide
Amt 10 – Fortbildungsstelle
Haushaltsstelle 1.1.1.05.443100
Schlossplatz 1
38500 Gifhorner Heide

Hiermit buchen wir die Teilnahme verbindlich.

Mit freundlichen Grüßen
Fortbildungsstelle
""",
         intent="registration", name="Bastian Wöhlke", email=None, member=False,
         organization="Landkreis Gifhorner Heide, Amt 50 – Soziales",
         invoice_address="Landkreis Gifhorner Heide, Amt 10 – Fortbildungsstelle, Haushaltsstelle 1.1.1.05.443100, Schlossplatz 1, 38500 Gifhorner Heide",
         payment_agreement=True,
         note="A cost-assumption declaration typed into the mail by the training office; budget line in the invoice block; the attendee's address not in this mail; the attendee's unit from his sentence."),

    mail("rg-h34-outlook-inline-ohne-spitzen.eml",
         frm=("Birgül Aydemir", "birguel.aydemir@jobcenter-kreis-weserland.example"),
         subject="AW: " + PROG, client="outlook", date="Thu, 12 Jun 2025 13:00:00 +0200",
         body="Guten Tag, siehe unten. MfG B. Aydemir\n\n"
              + form_answered("Dienstag, 3. Juni 2025 10:15", {
                  "Name, Vorname": "Aydemir, Birgül",
                  "Dienststelle / Organisation": "Jobcenter Kreis Weserland, Kommunale Eingliederungsleistungen",
                  "VSOP-Mitglied (ja/nein)": "nein",
                  "Rechnungsanschrift": "Jobcenter Kreis Weserland\nFinanzen\nBahnhofstr. 20\n32400 Weserland"},
                  ticked=True, mark=""),
         intent="registration", name="Birgül Aydemir", member=False,
         organization="Jobcenter Kreis Weserland, Kommunale Eingliederungsleistungen",
         invoice_address="Jobcenter Kreis Weserland, Finanzen, Bahnhofstr. 20, 32400 Weserland",
         payment_agreement=True,
         note="Inline form answered in a quote without '>' marks, a multi-line invoice address after its label; she had not pre-registered in this set."),

    mail("rg-h35-zwei-mitglied-je-person.eml",
         frm=("Kasimir Oelschläger", "kasimir.oelschlaeger@jobcenter-talaue.example"),
         subject="Nachmeldung Kollegin Oelschläger/Wendt", client="outlook", date="Wed, 25 Jun 2025 09:30:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

zusätzlich zu meiner Anmeldung melde ich meine Kollegin Frau Carina Wendt verbindlich an. Sie ist – anders als ich – persönliches Mitglied im VSOP.

Rechnung bitte wie bei mir an das Jobcenter Talaue, Finanzen / Rechnungsstelle, Kanalstraße 40, 38000 Talaue; die Überweisung erfolgt nach Rechnungserhalt.

Mit freundlichen Grüßen
Kasimir Oelschläger
Jobcenter Talaue
Bereich Markt und Integration
""",
         intent="registration", name="Carina Wendt", email=None, member=True,
         organization="Jobcenter Talaue, Bereich Markt und Integration",
         invoice_address="Jobcenter Talaue, Finanzen / Rechnungsstelle, Kanalstraße 40, 38000 Talaue",
         payment_agreement=True,
         note="A colleague registered in addition (the sender already is): she is the attendee, a member unlike him; invoice in a sentence after 'an das'; she gets his organisation."),

    mail("rg-h36-pdf-und-text-widerspruch.eml",
         frm=("Armin Blessing", "a.blessing@gvv-oberes-murrtal.example"),
         subject="Anmeldung Blessing", date="Mon, 30 Jun 2025 10:45:00 +0200",
         body="""Grüß Gott,

Formular anbei. Die Rechnung bitte an die im Formular genannte Adresse.

Mit freundlichem Gruß
Armin Blessing
""",
         attachments=[("Anmeldung_Blessing.pdf", PDF, form_pdf({
             "name": "Armin Blessing", "email": "a.blessing@gvv-oberes-murrtal.example",
             "organisation": "Gemeindeverwaltungsverband Oberes Murrtal", "personen": "1",
             "rechnungsanschrift": "Gemeindeverwaltungsverband Oberes Murrtal\nKasse\nMarktplatz 5\n71500 Oberes Murrtal",
             "datum": "30.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Armin Blessing", member=True,
         organization="Gemeindeverwaltungsverband Oberes Murrtal",
         invoice_address="Gemeindeverwaltungsverband Oberes Murrtal, Kasse, Marktplatz 5, 71500 Oberes Murrtal",
         payment_agreement=True,
         note="PDF form with both boxes ticked; the mail points to the form's invoice address."),

    mail("rg-h37-privat-foerderverein.eml",
         frm=("Hanne Lüdtke-Brahms", "hanne.luedtke@freenet.example"),
         subject="Verbindliche Anmeldung H. Lüdtke-Brahms", date="Tue, 01 Jul 2025 17:30:00 +0200",
         body="""Liebe Frau Terhorst,

für die Tagung in Köln melde ich mich nun verbindlich an. Ich bin Mitglied; meine Gebühr übernimmt dieses Jahr der Förderverein unseres Stadtteilzentrums. Bitte stellen Sie die Rechnung daher auf

Förderverein Stadtteilzentrum Am Brunnenhof e.V.
z. Hd. Kassenwart Ulf Meier
Brunnenhof 2
30100 Hannover-Süd

aus. Der Verein überweist nach Erhalt.

Herzlich
Hanne Lüdtke-Brahms
""",
         intent="registration", name="Hanne Lüdtke-Brahms", member=True,
         invoice_address="Förderverein Stadtteilzentrum Am Brunnenhof e.V., z. Hd. Kassenwart Ulf Meier, Brunnenhof 2, 30100 Hannover-Süd",
         payment_agreement=True,
         note="A private member whose fee a support association pays: the invoice goes to the association (its block after 'auf' up to the blank line), which is not her organisation; third-person payment."),

    mail("rg-h38-kreisverwaltung-dienstreise-genehmigt-weitergeleitet.eml",
         frm=("Sören Vahlenkamp", "soeren.vahlenkamp@lk-aller-leine.example"),
         subject="WG: Dienstreiseantrag Köln – genehmigt", client="outlook", date="Wed, 02 Jul 2025 11:20:00 +0200",
         body="""Hallo Frau Terhorst,

die Genehmigung ist da (s. u.), damit melde ich mich verbindlich an. Mitglied bin ich nicht. Die Teilnahmegebühr wird nach Rechnungseingang von der Kreiskasse überwiesen.

Rechnungsadresse wie in der Signatur.

Sören Vahlenkamp
Landkreis Aller-Leine
Fachdienst Soziales – Sozialplanung
Kreishausstraße 4
29600 Aller-Leine

Von: Dienstreisestelle <dienstreisen@lk-aller-leine.example>
Gesendet: Mittwoch, 2. Juli 2025 10:58
An: Vahlenkamp, Sören
Betreff: Dienstreiseantrag Köln – genehmigt

Ihr Dienstreiseantrag Nr. 2025/0388 (Köln, 25.–26.09.2025) wurde genehmigt.
""",
         intent="registration", name="Sören Vahlenkamp", member=False,
         organization="Landkreis Aller-Leine, Fachdienst Soziales – Sozialplanung",
         invoice_address="Landkreis Aller-Leine, Fachdienst Soziales – Sozialplanung, Kreishausstraße 4, 29600 Aller-Leine",
         payment_agreement=True,
         note="Forwards the travel approval and registers above it; 'Rechnungsadresse wie in der Signatur' (organisation and postal lines); the approval is internal, not a ticket."),
]
