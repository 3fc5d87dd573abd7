"""DEVELOPMENT set 6: binding registrations, part 2 (mobile, charsets, headers, assistants,
shared mailboxes, groups, replies in several clients, mails that also ask). Written apart
(README.md); measured once, untouched."""

from d6_build import (SUBJECTS, flowed, outlook_quote, pgp_inline, raw_text, reply,
                      with_parts, attach_text, vcard)
from make_corpus import form_pdf, leaf, mail

PDF = "application/pdf"
FORMS = SUBJECTS["forms"]
W_F = "02.06.2025 um 10:00"

MAILS = [
    mail("rg-h18-iphone-einzeiler.eml",
         frm=("Sandra Quirmbach", "s.quirmbach@stadt-ahrweiden.example"),
         subject="AW: " + FORMS, client="iphone", date="Thu, 19 Jun 2025 07:40:00 +0200",
         body="""Verbindlich! Rechnung an Stadt Ahrweiden, Amt 50, Markt 1, 53470 Ahrweiden – überweisen wir dann.

Von meinem iPhone gesendet
""" + reply("forms", "de", W_F),
         intent="registration", name="Sandra Quirmbach", organization="Stadt Ahrweiden, Amt 50",
         invoice_address="Stadt Ahrweiden, Amt 50, Markt 1, 53470 Ahrweiden",
         payment_agreement=True,
         note="Phone one-liner above the quoted forms mail (which names both fees)."),

    mail("rg-h19-android-ohne-zahlung.eml",
         frm=("Dirk Wessendorf", "dirk.wessendorf@kreis-lahnhoehe.example"),
         subject="RE: " + FORMS, client="android", date="Thu, 19 Jun 2025 12:00:00 +0200",
         body="""Melde mich hiermit fest an. Rechnungsadresse: Kreis Lahnhöhe, Jugendamt, Schlossplatz 4, 65549 Lahnhöhe
Wessendorf

Sent from Outlook for Android
""" + outlook_quote("forms", "Monday, June 2, 2025 10:00:12 AM", "Wessendorf, Dirk", "en"),
         intent="registration", name="Dirk Wessendorf", organization="Kreis Lahnhöhe, Jugendamt",
         invoice_address="Kreis Lahnhöhe, Jugendamt, Schlossplatz 4, 65549 Lahnhöhe",
         note="Android: binding with an invoice address, no payment agreement."),

    mail("rg-h20-ostbelgien-pdf-privat.eml",
         frm=("Jérôme Kessler", "jerome.kessler.eupen@gmail.example"),
         subject="Anmeldung Kessler (Formular)", date="Fri, 20 Jun 2025 20:10:00 +0200",
         body="""Guten Abend,

anbei das Formular, unterschrieben. Bitte an die Dienstadresse antworten (steht im Formular). Kann man am Tagungsort parken, und kostet das extra?

Jérôme Kessler
""",
         attachments=[("scan_formular_kessler.pdf", PDF, form_pdf({
             "name": "Jérôme Kessler", "email": "jerome.kessler@oeshz-raeren.example",
             "organisation": "ÖSHZ Raeren", "personen": "1",
             "rechnungsanschrift": "ÖSHZ Raeren\nBuchhaltung\nHauptstraße 26\n4730 Raeren-Mitte\nBelgien",
             "datum": "20.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Jérôme Kessler", email="jerome.kessler@oeshz-raeren.example",
         member=True, organization="ÖSHZ Raeren",
         invoice_address="ÖSHZ Raeren, Buchhaltung, Hauptstraße 26, 4730 Raeren-Mitte, Belgien",
         payment_agreement=True, questions=1,
         note="Private address sends a PDF form naming the work address; both boxes ticked."),

    mail("rg-h21-elsass-fr-de.eml",
         frm=("Odile Schwartz", "odile.schwartz@ville-haguenau-nord.example"),
         subject="Inscription définitive / Verbindliche Anmeldung", date="Mon, 23 Jun 2025 09:30:00 +0200",
         body="""Bonjour,

je confirme mon inscription. Auf Deutsch: Ich melde mich verbindlich an, die Stadt zahlt nach Rechnung (Mandat administratif).

Adresse de facturation / Rechnungsadresse:
Ville de Haguenau-Nord
Service des finances
1, place de la Mairie
F-67500 Haguenau-Nord
France

Cordialement
Odile Schwartz
Ville de Haguenau-Nord
Direction de la cohésion sociale
""",
         intent="registration", name="Odile Schwartz",
         organization="Ville de Haguenau-Nord, Direction de la cohésion sociale",
         invoice_address="Ville de Haguenau-Nord, Service des finances, 1, place de la Mairie, F-67500 Haguenau-Nord, France",
         payment_agreement=True,
         note="Alsace: French and German in one mail, bilingual invoice label; answer in German as she asked before."),

    mail("rg-h22-italiano-inglese.eml",
         frm=("Francesca Benedetti", "f.benedetti@comune-montelupo-alto.example"),
         subject="Registrazione definitiva – Colonia", date="Mon, 23 Jun 2025 11:45:00 +0200",
         body="""Buongiorno,

confermo la mia partecipazione. In English: I register bindingly as a non-member; the municipality pays after receiving the invoice (electronic invoice, code below). Can you also put our CIG tender code on the invoice? I will send it as soon as the office issues it.

Invoice address:
Comune di Montelupo Alto
Ufficio Ragioneria
Piazza del Municipio 1
50056 Montelupo Alto (FI)
Italia
Codice Univoco Ufficio UF9K2L

Cordiali saluti
Francesca Benedetti
Comune di Montelupo Alto – Servizi Sociali
""",
         intent="registration", language="en", name="Francesca Benedetti", member=False,
         organization="Comune di Montelupo Alto, Servizi Sociali",
         invoice_address="Comune di Montelupo Alto, Ufficio Ragioneria, Piazza del Municipio 1, 50056 Montelupo Alto (FI), Italia, Codice Univoco Ufficio UF9K2L",
         payment_agreement=True, questions=1,
         note="Italian and English; Italian e-invoice office code in the invoice block."),

    mail("rg-h23-daenisch-flowed-delsp.eml",
         frm=("Birte Jessen", "birte.jessen@sydslesvig-forening.example"),
         subject="Verbindliche Anmeldung", client="apple", date="Tue, 24 Jun 2025 10:00:00 +0200",
         content=flowed("""Liebe Frau Vollmar,

unser Vorstand hat zugestimmt, ich melde mich hiermit verbindlich an. Wir sind nicht Mitglied. Der Verein überweist den Betrag, sobald Ihre Rechnung bei uns eingegangen ist.

Rechnungsadresse:
Sydslesvigsk Forening for Socialt Arbejde
Kasserer
Nørregade 7
24937 Flensborg

Venlig hilsen
Birte Jessen
""", delsp=True),
         intent="registration", name="Birte Jessen", member=False,
         organization="Sydslesvigsk Forening for Socialt Arbejde",
         invoice_address="Sydslesvigsk Forening for Socialt Arbejde, Kasserer, Nørregade 7, 24937 Flensborg",
         payment_agreement=True,
         note="format=flowed delsp=yes, soft breaks inside words; organisation only in the invoice block."),

    mail("rg-h24-lerner-ohne-adresse.eml",
         frm=("Ewa Nowakowska", "ewa.nowakowska@stadt-odermuende.example"),
         subject="Anmeldung jetzt fest", date="Tue, 24 Jun 2025 14:20:00 +0200",
         body="""Guten Tag,

mein Chef hat ja gesagt, ich melde mich jetzt fest an. Wir bezahlen, wenn die Rechnung kommt. Die Adresse für Rechnung schicke ich morgen, ich muss fragen in der Buchhaltung.

Viele Grüße
Ewa Nowakowska
Stadt Odermünde, Amt für Integration
""",
         intent="registration", name="Ewa Nowakowska", organization="Stadt Odermünde, Amt für Integration",
         payment_agreement=True,
         note="Learner's German: binding with payment, address to follow."),

    mail("rg-h25-maschinenuebersetzt.eml",
         frm=("Mehmet Yılmaz", "m.yilmaz@kreis-wupperhang.example"),
         subject="Endgültige Registrierung", date="Wed, 25 Jun 2025 09:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Hiermit bestätige ich meine endgültige Registrierung für die Jahreskonferenz. Die Zahlung erfolgt per Banküberweisung nach Erhalt der Rechnung. Bitte senden Sie die Rechnung an folgende Adresse:

Kreis Wupperhang
Integrationsplanung
Friedrich-Ebert-Platz 2
42899 Wupperhang

Mit freundlichen Grüßen,
Mehmet Yılmaz
""",
         intent="registration", name="Mehmet Yılmaz", organization="Kreis Wupperhang, Integrationsplanung",
         invoice_address="Kreis Wupperhang, Integrationsplanung, Friedrich-Ebert-Platz 2, 42899 Wupperhang",
         payment_agreement=True,
         note="Machine-translated German ('endgültige Registrierung', 'Jahreskonferenz'); no signature block, organisation from the invoice block."),

    mail("rg-h26-latin1-als-utf8.eml",
         frm=("Jürgen Häußler", "juergen.haeussler@stadt-moosbrunn.example"),
         subject="Verbindliche Anmeldung", client="thunderbird-old", date="Wed, 25 Jun 2025 11:00:00 +0200",
         content=raw_text("""Sehr geehrte Damen und Herren,

der Bürgermeister hat zugestimmt: Ich melde mich verbindlich an (Nichtmitglied, 300 EUR). Wir überweisen nach Rechnungserhalt.

Rechnungsanschrift:
Stadt Moosbrunn
Sozialamt
Rathausgasse 3
84489 Moosbrunn

Mit freundlichen Grüßen
Jürgen Häußler
Stadt Moosbrunn, Sozialamt
""", declared="utf-8", actual="latin-1"),
         intent="registration", name="Jürgen Häußler", member=False,
         organization="Stadt Moosbrunn, Sozialamt",
         invoice_address="Stadt Moosbrunn, Sozialamt, Rathausgasse 3, 84489 Moosbrunn",
         payment_agreement=True,
         note="Latin-1 bytes declared UTF-8; non-member stated and the fee quoted as 'EUR'."),

    mail("rg-h27-mojibake.eml",
         frm=("Thorsten Kühnel", "thorsten.kuehnel@stadt-bergheide.example"),
         subject="Verbindliche Anmeldung KÃ¼hnel", date="Thu, 26 Jun 2025 08:30:00 +0200",
         body="""Hallo Frau Vollmar,

hiermit verbindlich angemeldet. Rechnung an:
Stadt Bergheide
Fachbereich Soziales
KÃ¶nigstraÃŸe 4
32130 Bergheide

Ãœberweisung nach Rechnungseingang.

GrÃ¼ÃŸe
Thorsten KÃ¼hnel
""",
         intent="registration", name="Thorsten Kühnel", organization="Stadt Bergheide, Fachbereich Soziales",
         invoice_address="Stadt Bergheide, Fachbereich Soziales, Königstraße 4, 32130 Bergheide",
         payment_agreement=True,
         note="Mojibake in the text (double-encoded UTF-8): the office reads 'Königstraße' and 'Überweisung'."),

    mail("rg-h28-reply-to-assistent.eml",
         frm=("Vorzimmer Dezernat II", "vorzimmer.dez2@stadt-kronach-west.example"),
         reply_to=("Dr. Matthias Grünwald", "matthias.gruenwald@stadt-kronach-west.example"),
         subject="Verbindliche Anmeldung Dr. Grünwald", client="outlook", date="Thu, 26 Jun 2025 13:00:00 +0200",
         body="""Sehr geehrte Frau Vollmar,

für Herrn Dr. Grünwald melde ich hiermit verbindlich an. Die Stadt ist Mitglied. Die Gebühr wird nach Eingang der Rechnung überwiesen.

Rechnungsanschrift:
Stadt Kronach-West
Dezernat II
Buchungsstelle 4.1.2
Rathausplatz 1
96317 Kronach-West

i. A. Monika Seitz
Stadt Kronach-West
Dezernat II – Jugend, Soziales, Gesundheit
""",
         intent="registration", name="Matthias Grünwald", title="Dr.",
         email="matthias.gruenwald@stadt-kronach-west.example", member=True,
         organization="Stadt Kronach-West, Dezernat II – Jugend, Soziales, Gesundheit",
         invoice_address="Stadt Kronach-West, Dezernat II, Buchungsstelle 4.1.2, Rathausplatz 1, 96317 Kronach-West",
         payment_agreement=True,
         note="Assistant from the Vorzimmer mailbox, Reply-To the boss; institutional membership."),

    mail("rg-h29-info-postfach.eml",
         frm=("Info Diakonie Wetterau-Süd", "info@diakonie-wetterau-sued.example"),
         subject="Anmeldung Jahrestagung", date="Fri, 27 Jun 2025 09:45:00 +0200",
         body="""Guten Tag,

hiermit melde ich mich für die VSOP-Jahrestagung im September verbindlich an. Bitte die Rechnung an unsere Verwaltung, wir zahlen nach Erhalt:
Diakonisches Werk Wetterau-Süd e. V.
Verwaltung
Kirchgasse 11
61169 Wetterau-Süd

Für Rückfragen bin ich direkt erreichbar: paulina.richter@diakonie-wetterau-sued.example

Paulina Richter
Diakonisches Werk Wetterau-Süd e. V.
Gemeinwesenarbeit
""",
         intent="registration", name="Paulina Richter", email="paulina.richter@diakonie-wetterau-sued.example",
         organization="Diakonisches Werk Wetterau-Süd e. V., Gemeinwesenarbeit",
         invoice_address="Diakonisches Werk Wetterau-Süd e. V., Verwaltung, Kirchgasse 11, 61169 Wetterau-Süd",
         payment_agreement=True,
         note="Sent through the info@ mailbox, signed by a person who gives her own address."),

    mail("rg-h30-csv-gruppe.eml",
         frm=("Daniela Sperling", "daniela.sperling@caritas-hohenlohe-west.example"),
         subject="Verbindliche Anmeldung Caritas (2)", date="Mon, 30 Jun 2025 08:15:00 +0200",
         body="""Guten Morgen,

fest für Köln, wieder als CSV:

name;vorname;mitglied;gebuehr
Sperling;Daniela;nein;300
Okafor;Chidi;nein;300

Rechnung an: Caritasverband Hohenlohe-West e. V., Buchhaltung, Kirchplatz 2, 74653 Hohenlohe-West
Bezahlung nach Rechnung per Überweisung.

Herzliche Grüße
Daniela Sperling
Caritasverband Hohenlohe-West e. V., Fachdienst Gemeinwesen
""",
         intent="registration", name="Daniela Sperling", member=False,
         organization="Caritasverband Hohenlohe-West e. V., Fachdienst Gemeinwesen", persons=2,
         people=["Chidi Okafor"], people_members=[False],
         invoice_address="Caritasverband Hohenlohe-West e. V., Buchhaltung, Kirchplatz 2, 74653 Hohenlohe-West",
         payment_agreement=True,
         note="CSV group with fees, invoice address on the label line."),

    mail("rg-h31-word-html-mixed.eml",
         frm=("Kerstin Ahlborn", "kerstin.ahlborn@lk-moorgeest.example"),
         subject="Verbindliche Anmeldung Ahlborn", client="outlook", date="Mon, 30 Jun 2025 15:00:00 +0200",
         html_only=True, charset="windows-1252", cte="quoted-printable",
         html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang=DE><div class=WordSection1>
<p class=MsoNormal>Sehr geehrte Frau Vollmar,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>die Dienstreise ist genehmigt, ich melde mich hiermit verbindlich an. Der Landkreis ist Mitglied und &uuml;berweist nach Rechnungserhalt.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Rechnungsanschrift:</b><o:p></o:p></p>
<p class=MsoNormal>Landkreis Moorgeest<o:p></o:p></p><p class=MsoNormal>Fachdienst Soziales<o:p></o:p></p>
<p class=MsoNormal>Leitweg-ID 03355-0001-12<o:p></o:p></p><p class=MsoNormal>Am Kreishaus 1<o:p></o:p></p>
<p class=MsoNormal>27432 Moorgeest<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Ist die Tagung barrierefrei zug&auml;nglich? Ich bin auf einen Rollstuhl angewiesen.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
<p class=MsoNormal>Kerstin Ahlborn<o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:gray'>Landkreis Moorgeest<br>Fachdienst Soziales<br>Sozialplanung<o:p></o:p></span></p>
</div></body></html>
""",
         intent="registration", name="Kerstin Ahlborn", member=True,
         organization="Landkreis Moorgeest, Fachdienst Soziales, Sozialplanung",
         invoice_address="Landkreis Moorgeest, Fachdienst Soziales, Leitweg-ID 03355-0001-12, Am Kreishaus 1, 27432 Moorgeest",
         payment_agreement=True, questions=1,
         note="Word HTML with one <p> per address line and a Leitweg-ID; a question about wheelchair access."),

    mail("rg-h32-pgp-freiberufler.eml",
         frm=("Malte Iversen", "malte.iversen@posteo.example"),
         subject="Verbindlich: Iversen", client="thunderbird", date="Tue, 01 Jul 2025 10:30:00 +0200",
         body=pgp_inline("""Hallo,

hiermit verbindlich. Ich bin kein Mitglied, zahle nach Rechnung.

Rechnung an:
Büro Iversen Sozialraumanalysen
Malte Iversen
Hafenstraße 19
24837 Schleiwik

USt-IdNr. folgt, falls nötig.

Gruß
Malte Iversen
""", "rg-h32"),
         intent="registration", name="Malte Iversen", member=False,
         organization="Büro Iversen Sozialraumanalysen",
         invoice_address="Büro Iversen Sozialraumanalysen, Malte Iversen, Hafenstraße 19, 24837 Schleiwik",
         payment_agreement=True,
         note="Inline PGP signed; a person's name inside the invoice block (kept, it is a line of the block)."),

    mail("rg-h33-vcard-en-expat.eml",
         frm=("Ryan O'Sullivan-Krämer", "ryan.osullivan@stadt-lindenbrunn.example"),
         subject="Verbindliche Anmeldung / binding registration", date="Tue, 01 Jul 2025 14:00:00 +0200",
         content=with_parts(leaf("text/plain", """Hi again,

Dienstreise approved! So I register binding now. Stadt Lindenbrunn is VSOP member I was told. The Stadtkasse will pay when the invoice arrives.

Invoice to:
Stadt Lindenbrunn
Sozialplanung
Kirchstraße 5
56370 Lindenbrunn

My contact card is attached.

Cheers
Ryan
"""), "rg-h33", attach_text("text/x-vcard", vcard("Ryan O'Sullivan-Krämer", "Stadt Lindenbrunn",
                                               "ryan.osullivan@stadt-lindenbrunn.example", "+49 2600 000 000"),
                          "Ryan O'Sullivan-Krämer.vcf")),
         intent="registration", language="en", name="Ryan O'Sullivan-Krämer", member=True,
         organization="Stadt Lindenbrunn, Sozialplanung",
         invoice_address="Stadt Lindenbrunn, Sozialplanung, Kirchstraße 5, 56370 Lindenbrunn",
         payment_agreement=True,
         note="Expat English with German words; full name only in the From header and the vCard; institutional membership."),

    mail("rg-h34-encoded-subject-only.eml",
         frm=("Björn Ødegård-Schulz", "bjoern.schulz@kreis-holmfelde.example"),
         from_raw="=?ISO-8859-1?Q?Bj=F6rn_=D8deg=E5rd-Schulz?= <bjoern.schulz@kreis-holmfelde.example>",
         subject="=?UTF-8?B?VmVyYmluZGxpY2hlIEFubWVsZHVuZyDDmGRlZ8OlcmQtU2NodWx6IOKAkyBSZWNobnVu?=\n =?UTF-8?B?ZyBhbiBLcmVpcyBIb2xtZmVsZGUsIFNvemlhbHBsYW51bmcsIFBvc3RmYWNoIDExLCAyNDgw?=\n =?UTF-8?B?MCBIb2xtZmVsZGUg4oCTIFphaGx1bmcgbmFjaCBSZWNobnVuZw==?=",
         date="Wed, 02 Jul 2025 08:00:00 +0200", body="\n-- \nBjörn Ødegård-Schulz\nKreis Holmfelde, Sozialplanung\n",
         intent="registration", name="Björn Ødegård-Schulz", organization="Kreis Holmfelde, Sozialplanung",
         invoice_address="Kreis Holmfelde, Sozialplanung, Postfach 11, 24800 Holmfelde",
         payment_agreement=True,
         note="Everything in a long base64 subject split over three encoded words (one split inside a character); the body is only a signature."),

    mail("rg-h35-emoji-zwsp.eml",
         frm=("Lea Sternberg", "lea.sternberg@jugendring-altmarkt.example"),
         subject="Köln ✅ fest!", client="iphone", date="Wed, 02 Jul 2025 19:30:00 +0200",
         body="""Hallo ihr 😊

der Vorstand hat genickt 🙌 – ich melde mich\u00a0verbindlich an. Wir sind kein Mitglied. Rechnung\u200b bitte an:
Kreisjugendring Altmarkt e.\u00a0V.
Geschäftsstelle
Bahnhofstraße\u00a012
39576 Altmarkt

Zahlen wir nach Rechnung 👍

LG Lea Sternberg
""",
         intent="registration", name="Lea Sternberg", member=False,
         organization="Kreisjugendring Altmarkt e. V., Geschäftsstelle",
         invoice_address="Kreisjugendring Altmarkt e. V., Geschäftsstelle, Bahnhofstraße 12, 39576 Altmarkt",
         payment_agreement=True,
         note="Emoji, non-breaking and zero-width spaces inside the invoice block."),
]
