"""DEVELOPMENT set 6: binding registrations, part 1 (international senders and the form as
text, table or PDF). Written apart (README.md); measured once, untouched."""

from d6_build import (SUBJECTS, alternative, flowed, outlook_quote, reply, smime_signed,
                      with_parts, tnef, rfc822, inner_mail)
from make_corpus import form_pdf, leaf, mail

PDF = "application/pdf"
FORMS = SUBJECTS["forms"]
W_FEN = "Mon, 2 Jun 2025 at 10:00"

MAILS = [
    mail("rg-h01-india-po-number.eml",
         frm=("Raghunathan Subramaniam", "r.subramaniam@urbanpolicy-chennai.example"),
         subject="Re: " + FORMS, client="outlook", date="Tue, 03 Jun 2025 10:05:00 +0530",
         body="""Respected Madam,

Further to my earlier mail, the sanction has come. I hereby confirm my registration as a non-member. Please raise the invoice on the address below; payment will be effected by wire transfer on receipt of the invoice.

Invoice address:
Centre for Urban Welfare Policy
Accounts Section
PO No. CUWP/2025/0412
14 Lake View Road
Chennai 600034
India

Thanking you,
Dr. Raghunathan Subramaniam
Centre for Urban Welfare Policy, Chennai
""" + reply("forms", "en", W_FEN),
         intent="registration", language="en", name="Raghunathan Subramaniam", title="Dr.", member=False,
         organization="Centre for Urban Welfare Policy, Chennai",
         invoice_address="Centre for Urban Welfare Policy, Accounts Section, PO No. CUWP/2025/0412, 14 Lake View Road, Chennai 600034, India",
         payment_agreement=True,
         note="Indian English ('payment will be effected', 'raise the invoice'); a PO number in the invoice block; the German office mail quoted."),

    mail("rg-h02-canada-flowed-bill-to.eml",
         frm=("Geneviève Tremblay-Ross", "gtremblayross@cityofnorthmere.example"),
         subject="Re: Cologne – confirmed!", client="thunderbird", date="Wed, 04 Jun 2025 09:15:00 -0400",
         content=flowed("""Hello again,

Good news: the travel budget went through, so please make my registration for Cologne official. I'm not a VSOP member, so the 300 euro fee applies. We will pay by wire transfer as soon as the invoice arrives; our accounts payable folks are used to European invoices. Could the invoice be issued in English rather than German? Our auditors will ask otherwise.

Bill to:
City of Northmere
Community Services – Accounts Payable
100 Queen Street West
Northmere, ON  K0L 2X0
Canada

Merci!
Geneviève Tremblay-Ross
Senior Planner, Social Development
City of Northmere | Community Services
"""),
         intent="registration", language="en", name="Geneviève Tremblay-Ross", member=False,
         organization="City of Northmere, Community Services", questions=1,
         invoice_address="City of Northmere, Community Services – Accounts Payable, 100 Queen Street West, Northmere, ON K0L 2X0, Canada",
         payment_agreement=True,
         note="format=flowed; 'Bill to:' as the invoice label; a Canadian postal code."),

    mail("rg-h03-nigeria-no-address.eml",
         frm=("Oluwaseun Adeyemi-Bakare", "seun.adeyemi@lagoscommunity-trust.example"),
         subject="RE: EXPRESSION OF INTEREST: VSOP ANNUAL CONFERENCE 2025", client="outlook-web",
         date="Thu, 05 Jun 2025 08:40:00 +0100",
         body="""Dear Sir/Ma,

Further to my earlier expression of interest, kindly note that I am now formally registering for the conference. The Trust will make payment immediately your invoice is received. The invoicing details will be forwarded by our finance unit under separate cover.

Yours faithfully,
Oluwaseun Adeyemi-Bakare (Mrs.)
Programme Officer, Urban Inclusion
Lagos Community Development Trust
""",
         intent="registration", language="en", name="Oluwaseun Adeyemi-Bakare",
         organization="Lagos Community Development Trust", payment_agreement=True,
         note="Nigerian English ('immediately your invoice is received', 'under separate cover'): binding with payment, the invoice address still missing."),

    mail("rg-h04-html-tabelle-formular.eml",
         frm=("Ralf Ottersbach", "ralf.ottersbach@stadt-weserbogen.example"),
         subject="Verbindliche Anmeldung – Formular", client="outlook", date="Thu, 05 Jun 2025 11:00:00 +0200",
         html_only=True,
         html="""<html><body><div style="font-family:Calibri;font-size:11pt">
<p>Sehr geehrte Frau Vollmar,</p><p>ich habe das Formular abgetippt, der Scanner streikt:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>Ralf Ottersbach</td></tr>
<tr><td><b>Organisation</b></td><td>Stadt Weserbogen, Fachbereich Jugend und Familie</td></tr>
<tr><td><b>E-Mail</b></td><td>ralf.ottersbach@stadt-weserbogen.example</td></tr>
<tr><td><b>VSOP-Mitglied</b></td><td>ja</td></tr>
<tr><td><b>Rechnungsanschrift</b></td><td>Stadt Weserbogen<br>Fachbereich Jugend und Familie<br>Kostenstelle 51100<br>Am Markt 3<br>37671 Weserbogen</td></tr>
<tr><td><b>Zahlungsvereinbarung</b></td><td>[x] Ich melde mich verbindlich an und überweise die Gebühr nach Rechnungserhalt.</td></tr>
</table><p>Mit freundlichen Grüßen<br>Ralf Ottersbach</p></div></body></html>
""",
         intent="registration", name="Ralf Ottersbach", member=True,
         organization="Stadt Weserbogen, Fachbereich Jugend und Familie",
         invoice_address="Stadt Weserbogen, Fachbereich Jugend und Familie, Kostenstelle 51100, Am Markt 3, 37671 Weserbogen",
         payment_agreement=True,
         note="HTML-only Outlook mail with the form typed into a two-column table."),

    mail("rg-h05-pdf-luxembourg.eml",
         frm=("Mireille Hoffmann-Schaus", "mireille.hoffmann@commune-mersch-ouest.example"),
         subject="Anmeldung Jahrestagung – Formular anbei", client="outlook", date="Fri, 06 Jun 2025 09:30:00 +0200",
         body="""Moien,

anbei das ausgefüllte Formular, der Schöffenrat hat zugestimmt.

Schéine Gruss
Mireille Hoffmann-Schaus
""",
         attachments=[("Formulaire_VSOP_Hoffmann.pdf", PDF, form_pdf({
             "name": "Mireille Hoffmann-Schaus", "email": "mireille.hoffmann@commune-mersch-ouest.example",
             "organisation": "Administration communale de Mersch-Ouest, Service social", "personen": "1",
             "rechnungsanschrift": "Administration communale de Mersch-Ouest\nRecette communale\n2, Place de l'Église\nL-7533 Mersch-Ouest\nLuxembourg",
             "datum": "05.06.2025"}, checked=("zahlungsvereinbarung",)))],
         intent="registration", name="Mireille Hoffmann-Schaus", member=False,
         organization="Administration communale de Mersch-Ouest, Service social",
         invoice_address="Administration communale de Mersch-Ouest, Recette communale, 2, Place de l'Église, L-7533 Mersch-Ouest, Luxembourg",
         payment_agreement=True,
         note="Filled PDF form, member box unticked, payment box ticked; a Luxembourg address with a comma inside a line."),

    mail("rg-h06-suedtirol-split-payment.eml",
         frm=("Lukas Pichler", "lukas.pichler@bzgvinschgau-ost.example"),
         subject="Verbindliche Anmeldung Pichler", date="Tue, 10 Jun 2025 08:20:00 +0200",
         body="""Sehr geehrte Frau Vollmar,

die Ermächtigung liegt vor, ich melde mich hiermit verbindlich an. Die Bezirksgemeinschaft ist Mitglied im VSOP. Die Zahlung erfolgt nach Erhalt der elektronischen Rechnung; bitte beachten Sie, dass öffentliche Körperschaften in Italien dem Split-Payment unterliegen.

Rechnungsadresse:
Bezirksgemeinschaft Vinschgau-Ost
Buchhaltung
Hauptplatz 5
39028 Schlanders-Ost
Italien
Steuernummer 91001230219

Mit freundlichen Grüßen
Lukas Pichler
Bezirksgemeinschaft Vinschgau-Ost
Sozialsprengel Obervinschgau
""",
         intent="registration", name="Lukas Pichler", member=True,
         organization="Bezirksgemeinschaft Vinschgau-Ost, Sozialsprengel Obervinschgau",
         invoice_address="Bezirksgemeinschaft Vinschgau-Ost, Buchhaltung, Hauptplatz 5, 39028 Schlanders-Ost, Italien, Steuernummer 91001230219",
         payment_agreement=True,
         note="South Tyrol: institutional membership, Italian split payment mentioned (a remark, not a question)."),

    mail("rg-h07-liechtenstein-smime.eml",
         frm=("Corinne Büchel", "corinne.buechel@gemeinde-triesnerberg-sued.example"),
         subject="Definitive Anmeldung Jahrestagung", client="outlook", date="Tue, 10 Jun 2025 10:45:00 +0200",
         content=smime_signed(leaf("text/plain", """Grüezi Frau Vollmar

Das Budget ist freigegeben, ich melde mich definitiv an. Die Gemeinde überweist den Betrag nach Erhalt der Rechnung.

Rechnungsadresse:
Gemeinde Triesnerberg-Süd
Gemeindekasse
Dorfstrasse 12
9498 Triesnerberg-Süd
Liechtenstein

Freundliche Grüsse
Corinne Büchel
Gemeinde Triesnerberg-Süd
Soziale Dienste
""", cte="quoted-printable"), "rg-h07"),
         intent="registration", name="Corinne Büchel",
         organization="Gemeinde Triesnerberg-Süd, Soziale Dienste",
         invoice_address="Gemeinde Triesnerberg-Süd, Gemeindekasse, Dorfstrasse 12, 9498 Triesnerberg-Süd, Liechtenstein",
         payment_agreement=True,
         note="S/MIME signed, quoted-printable inside the signed part; 'definitiv' is binding."),

    mail("rg-h08-missing-teilweise.eml",
         frm=("Sven Harder", "sven.harder@gemeinde-lutterbach.example"),
         subject="AW: " + SUBJECTS["missing"], client="outlook", date="Wed, 11 Jun 2025 14:10:00 +0200",
         in_reply_to="<missing-harder.0611@vsop.de>",
         body="""Hallo Frau Vollmar,

Rechnungsadresse kommt unten, die Zahlungsfrage muss ich mit der Kasse klären, das dauert noch.

Gemeinde Lutterbach
Hauptamt
Schulstraße 2
77770 Lutterbach

Gruß
Sven Harder
""" + outlook_quote("missing", "Dienstag, 10. Juni 2025 16:00", "Harder, Sven"),
         intent="registration", name="Sven Harder", organization="Gemeinde Lutterbach, Hauptamt",
         invoice_address="Gemeinde Lutterbach, Hauptamt, Schulstraße 2, 77770 Lutterbach",
         note="Reply to the office's missing-details mail answering only one of two points; the address block has no label of its own."),

    mail("rg-h09-missing-inline.eml",
         frm=("Marlene Thiessen", "marlene.thiessen@kreis-ostfehn.example"),
         subject="Re: " + SUBJECTS["missing"], client="thunderbird", date="Wed, 11 Jun 2025 15:30:00 +0200",
         in_reply_to="<missing-thiessen.0611@vsop.de>",
         body="""Am 10.06.2025 um 16:05 schrieb VSOP e.V.:
> Guten Tag,
>
> danke für Ihre Nachricht zur Tagung in Köln. Zwei Dinge brauchen wir noch von Ihnen:
>
> Rechnungsadresse:

Landkreis Ostfehn
Amt für Familie und Soziales
Postfach 1140
26601 Ostfehn

> Zusage, dass Sie nach Rechnung überweisen:

Ja, wir überweisen nach Rechnung.

> Sie können einfach unter die Punkte schreiben und zurückschicken.

Danke, Marlene Thiessen
""",
         intent="registration", name="Marlene Thiessen",
         organization="Landkreis Ostfehn, Amt für Familie und Soziales",
         invoice_address="Landkreis Ostfehn, Amt für Familie und Soziales, Postfach 1140, 26601 Ostfehn",
         payment_agreement=True,
         note="Answers inline between the quoted points ('> Rechnungsadresse:' then the address)."),

    mail("rg-h10-missing-inline-en.eml",
         frm=("Kwame Asante-Boateng", "kwame.asante@accra-cityplan.example"),
         subject="Re: " + SUBJECTS["missing_en"], date="Thu, 12 Jun 2025 09:00:00 +0000",
         in_reply_to="<missing-asante.0612@vsop.de>",
         body="""> Invoice address:
Accra Metropolitan Planning Unit, Finance Desk, PMB 12, Accra, Ghana

> Confirmation that you will pay by bank transfer once invoiced:
Confirmed.

Kwame
""",
         intent="registration", language="en", name="Kwame Asante-Boateng",
         organization="Accra Metropolitan Planning Unit, Finance Desk",
         invoice_address="Accra Metropolitan Planning Unit, Finance Desk, PMB 12, Accra, Ghana",
         payment_agreement=True,
         note="English inline answers with no greeting and no attribution line; 'Confirmed.' answers the payment point."),

    mail("rg-h11-weitergeleitet-anhang.eml",
         frm=("Büro Bürgermeisterin", "buero.bm@stadt-fichtelsee.example"),
         subject="WG: Anmeldung Jahrestagung", client="outlook", date="Thu, 12 Jun 2025 11:20:00 +0200",
         content=with_parts(leaf("text/plain", """Guten Tag,

im Anhang die Anmeldung unserer Kollegin, die sie irrtümlich an uns geschickt hat.

Mit freundlichen Grüßen
Büro der Bürgermeisterin
Stadt Fichtelsee
"""), "rg-h11", rfc822(inner_mail(
             "Wunderlich, Tanja <tanja.wunderlich@stadt-fichtelsee.example>",
             "Büro Bürgermeisterin <buero.bm@stadt-fichtelsee.example>",
             "Anmeldung Jahrestagung", "Wed, 11 Jun 2025 17:45:00 +0200",
             """Hiermit melde ich mich verbindlich zur VSOP-Jahrestagung an (Mitglied, 250 EUR). Die Stadtkasse überweist nach Rechnungseingang.

Rechnungsanschrift:
Stadt Fichtelsee
Amt für Soziales
Marktplatz 1
95700 Fichtelsee

Tanja Wunderlich
Stadt Fichtelsee, Amt für Soziales
""", "<tw.0611@stadt-fichtelsee.example>"), "Anmeldung Jahrestagung.eml")),
         intent="registration", name="Tanja Wunderlich", email="tanja.wunderlich@stadt-fichtelsee.example",
         member=True, organization="Stadt Fichtelsee, Amt für Soziales",
         invoice_address="Stadt Fichtelsee, Amt für Soziales, Marktplatz 1, 95700 Fichtelsee",
         payment_agreement=True,
         note="Forwarded as attachment (message/rfc822) by the mayor's office; the registration is inside."),

    mail("rg-h12-tnef-plain.eml",
         frm=("Gerlinde Maus", "gerlinde.maus@lk-spessartvorland.example"),
         subject="Verbindliche Anmeldung", client="outlook", date="Fri, 13 Jun 2025 08:10:00 +0200",
         content=with_parts(leaf("text/plain", """Sehr geehrte Frau Vollmar,

hiermit melde ich mich verbindlich für die Jahrestagung in Köln an. Die Rechnung richten Sie bitte an das Landratsamt Spessartvorland, Sachgebiet Soziales, Brückenstraße 9, 63739 Spessartvorland. Wir überweisen nach Erhalt.

Mit freundlichen Grüßen
Gerlinde Maus
Landratsamt Spessartvorland
Sachgebiet 21 – Soziales
""", charset="windows-1252", cte="quoted-printable"), "rg-h12", tnef("rg-h12")),
         intent="registration", name="Gerlinde Maus",
         organization="Landratsamt Spessartvorland, Sachgebiet 21 – Soziales",
         invoice_address="Landratsamt Spessartvorland, Sachgebiet Soziales, Brückenstraße 9, 63739 Spessartvorland",
         payment_agreement=True,
         note="winmail.dat beside a windows-1252 QP plain part; invoice address in a sentence."),

    mail("rg-h13-gruppe-fliesstext.eml",
         frm=("Heike Rademacher", "heike.rademacher@kreis-niersland.example"),
         subject="Feste Anmeldung für uns drei", date="Mon, 16 Jun 2025 10:00:00 +0200",
         body="""Guten Tag Frau Vollmar,

wir machen es fest: ich (Mitglied), Frau Selin Demirtas (auch Mitglied) und Frau Carola Wedekind, die nicht Mitglied ist. Die Kreiskasse zahlt alle drei nach Rechnung. Bekommen wir eine Sammelrechnung oder drei einzelne?

Rechnung an:
Kreis Niersland
Fachbereich Jugend
Kapellenstraße 20
47608 Niersland

Viele Grüße
Heike Rademacher
Kreis Niersland, Fachbereich Jugend
""",
         intent="registration", name="Heike Rademacher", member=True,
         organization="Kreis Niersland, Fachbereich Jugend", persons=3,
         people=["Selin Demirtas", "Carola Wedekind"], people_members=[True, False],
         invoice_address="Kreis Niersland, Fachbereich Jugend, Kapellenstraße 20, 47608 Niersland",
         payment_agreement=True, questions=1,
         note="Group in running text with membership in parentheses and in a relative clause."),

    mail("rg-h14-tabs-tabelle.eml",
         frm=("Uwe Brockhaus", "uwe.brockhaus@stadt-dinkelsee.example"),
         subject="Verbindlich: Stadt Dinkelsee (2 Personen)", client="outlook", date="Mon, 16 Jun 2025 13:20:00 +0200",
         body="""Hallo Frau Vollmar,

von unseren vier Vorgemerkten fahren nun zwei, verbindlich:

Name\tMitglied\tGebühr
Uwe Brockhaus\tja\t250
Tiago Ferreira\tnein\t300

Die Stadtkasse überweist nach Rechnungseingang. Rechnungsanschrift: Stadt Dinkelsee, Fachbereich 3, Postfach 210, 91550 Dinkelsee.

Gruß
Uwe Brockhaus
Stadt Dinkelsee, Sozialplanung
""",
         intent="registration", name="Uwe Brockhaus", member=True,
         organization="Stadt Dinkelsee, Sozialplanung", persons=2,
         people=["Tiago Ferreira"], people_members=[False],
         invoice_address="Stadt Dinkelsee, Fachbereich 3, Postfach 210, 91550 Dinkelsee",
         payment_agreement=True,
         note="Tab table with fee per person; invoice address on the label line itself."),

    mail("rg-h15-singapore-mixed-gst.eml",
         frm=("Tan Wei Ling", "weiling.tan@sg-socialplan.example"),
         subject="Confirming Cologne", date="Tue, 17 Jun 2025 21:05:00 +0800",
         body="""Hi Henrike,

Confirming my place for Cologne. Invoice to:
Social Planning Collective Pte Ltd
Attn: Finance
21 Kallang Way, #05-02
Singapore 349210

We pay by TT once invoice is in. Question: can the invoice show our GST registration number (M90012345X)? Our auditors need it.

Thanks!
Wei Ling
Social Planning Collective
""",
         intent="registration", language="en", name="Tan Wei Ling", organization="Social Planning Collective",
         invoice_address="Social Planning Collective Pte Ltd, Attn: Finance, 21 Kallang Way, #05-02, Singapore 349210",
         payment_agreement=True, questions=1,
         note="Singapore; 'TT' (telegraphic transfer) as payment; a question to change the invoice."),

    mail("rg-h16-nz-mixed-dietary.eml",
         frm=("Aroha Whaanga-Millar", "aroha.millar@tepuna-council.example"),
         subject="Cologne – locking it in", date="Wed, 18 Jun 2025 08:00:00 +1200",
         body="""Kia ora Henrike,

Study tour's confirmed, so I'm locking in my registration. Council will pay on invoice – send it to:

Te Puna District Council
Accounts Payable
Private Bag 3001
Te Puna 3176
New Zealand

One more thing: is there a vegetarian option at the conference dinner, and is the dinner included in the fee?

Ngā mihi,
Aroha Whaanga-Millar
Te Puna District Council
""",
         intent="registration", language="en", name="Aroha Whaanga-Millar",
         organization="Te Puna District Council",
         invoice_address="Te Puna District Council, Accounts Payable, Private Bag 3001, Te Puna 3176, New Zealand",
         payment_agreement=True, questions=2,
         note="Binding registration plus two questions (vegetarian option, dinner included)."),

    mail("rg-h17-southafrica-html-table-form.eml",
         frm=("Thandeka Mokoena", "t.mokoena@ekurhuleni-north.example"),
         subject="Registration form – T Mokoena", client="outlook", date="Wed, 18 Jun 2025 12:30:00 +0200",
         content=alternative(leaf("text/plain", "Please see the HTML version of this message.\n"), """<html><body style="font-family:Arial;font-size:10pt">
<p>Good day</p><p>Please find my registration below. I confirm that I will pay after receiving the invoice.</p>
<table border="1" cellpadding="3"><tr><th align="left">Field</th><th align="left">Details</th></tr>
<tr><td>Name</td><td>Thandeka Mokoena</td></tr>
<tr><td>Organisation</td><td>Metropolitan Municipality of Ekurhuleni North</td></tr>
<tr><td>Member</td><td>No</td></tr>
<tr><td>Invoice address</td><td>Metropolitan Municipality of Ekurhuleni North<br>Supply Chain Management<br>Order No. 4500123987<br>PO Box 25<br>Kempton North 1619<br>South Africa</td></tr>
</table><p>Kind regards<br>Thandeka Mokoena</p></body></html>
""", "rg-h17"),
         intent="registration", language="en", name="Thandeka Mokoena", member=False,
         organization="Metropolitan Municipality of Ekurhuleni North",
         invoice_address="Metropolitan Municipality of Ekurhuleni North, Supply Chain Management, Order No. 4500123987, PO Box 25, Kempton North 1619, South Africa",
         payment_agreement=True,
         note="Text part only 'see the HTML version'; the form as an HTML table in English with an order number."),
]
