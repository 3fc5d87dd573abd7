"""DEVELOPMENT set 6: binding registrations, part 3 (PDF forms, forwards in English, partial
inline answers, groups in HTML and running text). Written apart (README.md); measured once,
untouched."""

from d6_build import SUBJECTS, alternative, reply
from make_corpus import form_pdf, leaf, mail

PDF = "application/pdf"

FORMS = SUBJECTS["forms"]

MAILS = [
    mail("rg-h36-pdf-zwei-personen-frage.eml",
         frm=("Ingrid Vossberg", "ingrid.vossberg@stadt-hamelmund.example"),
         subject="Anmeldeformular Vossberg + Kollege", client="outlook", date="Thu, 03 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Vollmar,

anbei das Formular für mich und Herrn Jovanović. Können wir beide Rechnungen getrennt bekommen? Herr Jovanović wird aus einem anderen Budget bezahlt.

Freundliche Grüße
Ingrid Vossberg
Stadt Hamelmund | Sozialdezernat | Sozialplanung
""",
         attachments=[("Anmeldung_Vossberg.pdf", PDF, form_pdf({
             "name": "Ingrid Vossberg", "email": "ingrid.vossberg@stadt-hamelmund.example",
             "organisation": "Stadt Hamelmund, Sozialdezernat, Sozialplanung", "personen": "2",
             "weitere_personen": "Nikola Jovanović",
             "rechnungsanschrift": "Stadt Hamelmund\nSozialdezernat\nOsterstraße 1\n31785 Hamelmund",
             "datum": "02.07.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Ingrid Vossberg", member=True,
         organization="Stadt Hamelmund, Sozialdezernat, Sozialplanung", persons=2, people=["Nikola Jovanović"],
         invoice_address="Stadt Hamelmund, Sozialdezernat, Osterstraße 1, 31785 Hamelmund",
         payment_agreement=True, questions=1,
         note="PDF form for two persons plus a question whether the invoices can be split."),

    mail("rg-h37-ohne-haekchen.eml",
         frm=("Christoph Pauly", "christoph.pauly@kreis-eifelrand.example"),
         subject="Anmeldung Pauly", date="Thu, 03 Jul 2025 16:40:00 +0200",
         body="""Hallo,

Formular anbei. Das Häkchen bei der Zahlung habe ich bewusst nicht gesetzt: unsere Kasse zahlt nur gegen Vorlage einer Rechnung mit Leistungsdatum, bitte so ausstellen.

Christoph Pauly
""",
         attachments=[("Formular_Pauly.pdf", PDF, form_pdf({
             "name": "Christoph Pauly", "email": "christoph.pauly@kreis-eifelrand.example",
             "organisation": "Kreis Eifelrand, Sozialdezernat, Sozialplanung", "personen": "1",
             "rechnungsanschrift": "Kreis Eifelrand\nSozialdezernat\nTrierer Straße 4\n54550 Eifelrand",
             "datum": "03.07.2025"}, checked=("vsop_mitglied",)))],
         intent="registration", name="Christoph Pauly", member=True,
         organization="Kreis Eifelrand, Sozialdezernat, Sozialplanung",
         invoice_address="Kreis Eifelrand, Sozialdezernat, Trierer Straße 4, 54550 Eifelrand",
         payment_agreement=False, questions=1, needs_human=True,
         note="Payment box left unticked on purpose with a condition a person must read (invoice with service date)."),

    mail("rg-h38-dutch-reply-quote.eml",
         frm=("Femke de Graaf", "femke.degraaf@gemeente-maasdal.example"),
         subject="Re: " + FORMS, date="Fri, 04 Jul 2025 08:50:00 +0200",
         body="""Dear Ms Vollmar,

the trip is approved, so please register me definitively. The municipality will pay after receiving your invoice. Can the reference below be printed on the invoice? Our system rejects invoices without it.

Invoice address:
Gemeente Maasdal
Crediteurenadministratie
Postbus 100
5300 AC Maasdal
The Netherlands
Reference: SD-2025-077

Kind regards,
Femke de Graaf
Gemeente Maasdal | Team Sociaal Domein
""" + reply("forms", "nl", "2 jun. 2025, om 10:00"),
         intent="registration", language="en", name="Femke de Graaf",
         organization="Gemeente Maasdal, Team Sociaal Domein",
         invoice_address="Gemeente Maasdal, Crediteurenadministratie, Postbus 100, 5300 AC Maasdal, The Netherlands, Reference: SD-2025-077",
         payment_agreement=True, questions=1,
         note="Dutch client quote line ('Op ... schreef') on the deadline day; a reference line in the invoice block."),
    mail("rg-h39-kenya-fw-finance.eml",
         frm=("Wanjiru Kamau", "wanjiru.kamau@habitat-bridges.example"),
         subject="FW: Invoice details for Cologne conference", client="outlook",
         date="Tue, 24 Jun 2025 10:30:00 +0200",
         body="""Dear Henrike,

I am hereby registering for the VSOP annual meeting. We are not members. As per our finance team (see below), please invoice our Berlin office – they will settle it by bank transfer within 30 days of receipt.

Best,
Wanjiru Kamau
Habitat Bridges e.V. – Urban Programmes

From: Finance Team <finance@habitat-bridges.example>
Sent: Monday, June 23, 2025 4:12 PM
To: Wanjiru Kamau <wanjiru.kamau@habitat-bridges.example>
Subject: Invoice details for Cologne conference

Hi Wanjiru,

please give them this address:

Habitat Bridges e.V.
Finance
Oranienstraße 88
10969 Berlin

Thanks, Jonas
""",
         intent="registration", language="en", name="Wanjiru Kamau", member=False,
         organization="Habitat Bridges e.V., Urban Programmes",
         invoice_address="Habitat Bridges e.V., Finance, Oranienstraße 88, 10969 Berlin",
         payment_agreement=True,
         note="Kenyan expat in Berlin; the invoice address is in an English Outlook forward below ('As per our finance team')."),

    mail("rg-h40-inline-en-partial.eml",
         frm=("Chukwuemeka Eze", "c.eze@abuja-urbanlab.example"),
         subject="Re: " + SUBJECTS["missing_en"], date="Wed, 25 Jun 2025 09:00:00 +0100",
         in_reply_to="<missing-eze.0624@vsop.de>",
         body="""Dear Henrike,

Visa granted, thank you for the letter! My answers are below.

> Invoice address:

I will send this next week; our bursary office is moving and the new address is not final.

> Confirmation that you will pay by bank transfer once invoiced:

Yes, we will pay by transfer once we have the invoice.

Best regards,
Chukwuemeka Eze
Abuja Urban Lab
""",
         intent="registration", language="en", name="Chukwuemeka Eze", organization="Abuja Urban Lab",
         payment_agreement=True,
         note="Inline answers: payment confirmed, the invoice address promised for later (still missing)."),

    mail("rg-h41-lothringen-gruppe.eml",
         frm=("Anne-Sophie Reuter", "as.reuter@ville-sarrebourg-est.example"),
         subject="Re: " + FORMS, client="thunderbird", date="Thu, 26 Jun 2025 14:15:00 +0200",
         body="""Bonjour Madame Vollmar,

jetzt verbindlich: ich und mein Kollege Herr Yannick Lambert (nicht Mitglied, ich selbst auch nicht). Die Stadt zahlt beide nach Rechnung.

Rechnungsadresse:
Ville de Sarrebourg-Est
CCAS – Comptabilité
12, rue de la Paix
F-57400 Sarrebourg-Est

Anne-Sophie Reuter
Ville de Sarrebourg-Est, CCAS
""" + reply("forms", "fr", "02/06/2025 à 10:00"),
         intent="registration", name="Anne-Sophie Reuter", member=False,
         organization="Ville de Sarrebourg-Est, CCAS", persons=2, people=["Yannick Lambert"],
         people_members=[False],
         invoice_address="Ville de Sarrebourg-Est, CCAS – Comptabilité, 12, rue de la Paix, F-57400 Sarrebourg-Est",
         payment_agreement=True,
         note="Lorraine, French quote line; a group of two in running text, membership for both in one parenthesis."),

    mail("rg-h42-suedtirol-html-gruppe.eml",
         frm=("Florian Tschurtschenthaler", "florian.tsch@bzg-pustertal-west.example"),
         subject="Verbindliche Anmeldung Bezirksgemeinschaft Pustertal-West", client="outlook",
         date="Fri, 27 Jun 2025 08:45:00 +0200",
         content=alternative(leaf("text/plain", ""), """<html><body style="font-family:Verdana;font-size:10pt">
<p>Sehr geehrte Frau Vollmar,</p>
<p>wir melden uns zu dritt verbindlich an. Die Bezirksgemeinschaft ist institutionelles Mitglied. Die Zahlung erfolgt nach Eingang der elektronischen Rechnung.</p>
<table border="1" cellpadding="4"><tr><th>Teilnehmer/in</th><th>Dienst</th></tr>
<tr><td>Florian Tschurtschenthaler</td><td>Sozialplanung</td></tr>
<tr><td>Dr. Maria Oberhofer</td><td>Sozialsprengel Bruneck-Land</td></tr>
<tr><td>Thomas Mair am Tinkhof</td><td>Sozialsprengel Taufers</td></tr></table>
<p><b>Rechnungsadresse:</b><br>Bezirksgemeinschaft Pustertal-West<br>Rechnungswesen<br>Dantestraße 2<br>39031 Bruneck-West<br>Italien<br>Codice destinatario BZPW7X1</p>
<p>Mit freundlichen Grüßen / Cordiali saluti<br>Florian Tschurtschenthaler<br>Bezirksgemeinschaft Pustertal-West &ndash; Sozialplanung</p>
</body></html>
""", "rg-h42"),
         intent="registration", name="Florian Tschurtschenthaler", member=True,
         organization="Bezirksgemeinschaft Pustertal-West, Sozialplanung", persons=3,
         people=["Dr. Maria Oberhofer", "Thomas Mair am Tinkhof"],
         invoice_address="Bezirksgemeinschaft Pustertal-West, Rechnungswesen, Dantestraße 2, 39031 Bruneck-West, Italien, Codice destinatario BZPW7X1",
         payment_agreement=True,
         note="Empty text part, HTML group table with units per person; institutional membership (stated once, not per person: no people_members); a South Tyrolean double surname."),

    mail("rg-h43-bengaluru-yahoo.eml",
         frm=("Arjun Hegde", "arjun.hegde@yahoo.example"),
         subject="Registration – Arjun Hegde (non-member)", date="Mon, 30 Jun 2025 19:40:00 +0530",
         content=alternative(leaf("text/plain", """Dear VSOP team,

I am registering for the annual meeting in Cologne as a non-member and will pay the fee of 300 euro by bank transfer after I receive your invoice. Please address the invoice to me personally:

Arjun Hegde
c/o Gästehaus der Universität Rheinau
Zimmer 214
Am Botanischen Garten 5
50999 Rheinau

I am a visiting researcher at the Institute of Urban Studies, University of Rheinau, till December.

Warm regards,
Arjun

Sent from Yahoo Mail for Android
"""), """<html><body><div>Dear VSOP team,</div><div><br></div><div>I am registering for the annual meeting in Cologne as a non-member and will pay the fee of 300 euro by bank transfer after I receive your invoice. Please address the invoice to me personally:</div><div><br></div><div>Arjun Hegde<br>c/o Gästehaus der Universität Rheinau<br>Zimmer 214<br>Am Botanischen Garten 5<br>50999 Rheinau</div><div><br></div><div>I am a visiting researcher at the Institute of Urban Studies, University of Rheinau, till December.</div><div><br></div><div>Warm regards,<br>Arjun</div><div><br></div><div>Sent from Yahoo Mail for Android</div></body></html>
""", "rg-h43"),
         intent="registration", language="en", name="Arjun Hegde", member=False,
         organization="University of Rheinau, Institute of Urban Studies",
         invoice_address="Arjun Hegde, c/o Gästehaus der Universität Rheinau, Zimmer 214, Am Botanischen Garten 5, 50999 Rheinau",
         payment_agreement=True,
         note="Private Yahoo address, invoice to a person c/o a guest house; organisation only from a sentence ('visiting researcher at the Institute ..., University of ...': body first, unit after)."),
]
