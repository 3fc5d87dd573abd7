"""DEVELOPMENT set 2: binding registrations (eastern and western regions). Tune on these."""

from d2_quote import android, apple_de, gmail_en, groupwise, outlook_block, thunderbird, webde
from make_corpus import form_pdf, mail, scanned_pdf

PDF = "application/pdf"

MAILS = [
    mail("rg-e01-outlook-programm-stadtkasse.eml",
         frm=("Böttcher, Katrin", "k.boettcher@havelwerder.example"),
         subject="AW: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         date="Mon, 02 Jun 2025 10:05:00 +0200", client="outlook",
         in_reply_to="<programme-e01@vsop.de>",
         body="""Sehr geehrte Damen und Herren,

die Dienstreise ist genehmigt – ich nehme damit verbindlich teil. Ich bin Mitglied im VSOP.

Rechnungsanschrift:
Stadt Havelwerder
Fachbereich 3 – Jugend, Soziales und Gesundheit
Markt 1
14770 Havelwerder

Die Teilnahmegebühr überweist unsere Stadtkasse nach Rechnungseingang.

Mit freundlichen Grüßen
i. A. Katrin Böttcher

""" + outlook_block("programme", "Mittwoch, 16. April 2025 09:13", "Böttcher, Katrin <k.boettcher@havelwerder.example>", name="Katrin Böttcher"),
         intent="registration", name="Katrin Böttcher", member=True,
         organization="Stadt Havelwerder, Fachbereich 3 – Jugend, Soziales und Gesundheit",
         invoice_address="Stadt Havelwerder, Fachbereich 3 – Jugend, Soziales und Gesundheit, Markt 1, 14770 Havelwerder",
         payment_agreement=True,
         note="Binding reply above the quoted programme mail (its fees and 'Zahlungsvereinbarung' are the office's); payment in the third person ('überweist unsere Stadtkasse'); organisation from the invoice block (no signature block)."),

    mail("rg-e02-dutch-gmail-programme-en.eml",
         frm=("Femke Bakker", "f.bakker@gemeente-dijkveen.example"),
         subject="Re: Your pre-registration: VSOP-Jahrestagung 2025 – programme and registration form",
         date="Tue, 03 Jun 2025 09:40:00 +0200",
         in_reply_to="<programme-e02@vsop.de>",
         body="""Dear VSOP office,

Our director has signed, so I hereby register definitively for me and my two colleagues Joost van Dam and Sanne Visser. None of us is member.

Invoice to:
Gemeente Dijkveen
attn. Femke Bakker, Sociaal Domein
Postbus 100
6660 AA Dijkveen
The Netherlands

Payment by bank transfer after receiving the invoice.

Kind regards,
Femke Bakker

""" + gmail_en("programme", "Fri, 18 Apr 2025 at 10:31", name="Femke Bakker"),
         intent="registration", language="en", name="Femke Bakker", member=False, persons=3,
         people=["Joost van Dam", "Sanne Visser"], people_members=[False, False],
         organization="Gemeente Dijkveen",
         invoice_address="Gemeente Dijkveen, attn. Femke Bakker, Sociaal Domein, Postbus 100, 6660 AA Dijkveen, The Netherlands",
         payment_agreement=True,
         note="Dutch English, three persons in a sentence, 'None of us is member' for all; 'Invoice to:' block; organisation from the invoice block."),

    mail("rg-e03-notes-pdf-beide-haken.eml",
         frm=("Dr. Bernd Vogler", "bernd.vogler@lk-boerdeland.example"),
         subject="Anmeldeformular VSOP-Jahrestagung", client="notes",
         date="Wed, 04 Jun 2025 08:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

anliegend erhalten Sie das ausgefüllte Anmeldeformular.

Mit freundlichen Grüßen
Im Auftrag
Dr. Bernd Vogler
""",
         attachments=[("Anmeldeformular_Vogler.pdf", PDF, form_pdf({
             "name": "Bernd Vogler", "titel": "Dr.", "email": "bernd.vogler@lk-boerdeland.example",
             "organisation": "Landkreis Bördeland, Stabsstelle Planung und Steuerung",
             "personen": "1",
             "rechnungsanschrift": "Landkreis Bördeland\nStabsstelle Planung und Steuerung\nKostenstelle 50110\nKarl-Marx-Straße 20\n39340 Bördeland",
             "datum": "04.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Bernd Vogler", title="Dr.", member=True,
         organization="Landkreis Bördeland, Stabsstelle Planung und Steuerung",
         invoice_address="Landkreis Bördeland, Stabsstelle Planung und Steuerung, Kostenstelle 50110, Karl-Marx-Straße 20, 39340 Bördeland",
         payment_agreement=True,
         note="Filled PDF form, both boxes ticked, title in its own field, a cost centre in the invoice address."),

    mail("rg-e04-pdf-mitglied-leer.eml",
         frm=("Marcel Jahn", "marcel.jahn@elbhafen.example"),
         subject="Anmeldung Jahn (Formular)", client="outlook-web",
         date="Thu, 05 Jun 2025 13:20:00 +0200",
         body="""Hallo,

im Anhang mein Formular.

Gruß
Marcel Jahn
""",
         attachments=[("VSOP_Anmeldung_Jahn.pdf", PDF, form_pdf({
             "name": "Marcel Jahn", "email": "marcel.jahn@elbhafen.example",
             "organisation": "Hansestadt Elbhafen – Amt für Soziales und Wohnen",
             "personen": "1",
             "rechnungsanschrift": "Hansestadt Elbhafen\nAmt für Soziales und Wohnen\nBreiter Weg 12\n39104 Elbhafen",
             "datum": "05.06.2025"}, checked=("zahlungsvereinbarung",)))],
         intent="registration", name="Marcel Jahn", member=False,
         organization="Hansestadt Elbhafen – Amt für Soziales und Wohnen",
         invoice_address="Hansestadt Elbhafen, Amt für Soziales und Wohnen, Breiter Weg 12, 39104 Elbhafen",
         payment_agreement=True,
         note="Form with the payment box ticked and the member box left empty: non-member."),

    mail("rg-e05-scan-kopierer.eml",
         frm=("Gisela Fröhlich", "g.froehlich@stadt-muldenfels.example"),
         subject="Anmeldeformular unterschrieben (Scan)", client="thunderbird-old",
         date="Thu, 05 Jun 2025 15:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

anbei das unterschriebene Anmeldeformular als Scan – hiermit verbindlich.

Mit freundlichem Gruß
Gisela Fröhlich
Große Kreisstadt Muldenfels
Amt für Wohnen und Soziales
""",
         attachments=[("Scan_0605_1458.pdf", PDF, scanned_pdf("e05"))],
         intent="registration", needs_human=True, name="Gisela Fröhlich",
         organization="Große Kreisstadt Muldenfels, Amt für Wohnen und Soziales",
         missing_unknown=True,
         note="A scanned form (no text, no fields): binding, but nobody can read the details; staff's task, 'missing' not labelled."),

    mail("rg-e06-iphone-kaputtes-pdf.eml",
         frm=("Ronny Lehmann", "ronny.lehmann@zwickenau.example"),
         subject="Formular verbindlich", client="iphone",
         date="Fri, 06 Jun 2025 07:12:00 +0200",
         body="""Formular im Anhang, ist verbindlich.
R. Lehmann

Von meinem iPhone gesendet
""",
         attachments=[("Formular.pdf", PDF, b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n4 0 obj\n<< /Filter /FlateDecode /Length 2210 >>\nstream\nx\x9c\xed")],
         intent="registration", needs_human=True, name="Ronny Lehmann", missing_unknown=True,
         note="A truncated PDF from a phone: binding, unreadable; staff must look at it."),

    mail("rg-e07-leitweg-amtskasse.eml",
         frm=("Carolin Menzel", "c.menzel@lk-ilmtal.example"),
         subject="Verbindliche Anmeldung Menzel – XRechnung", client="outlook",
         date="Mon, 09 Jun 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

zur Jahrestagung 2025 nehme ich verbindlich teil.

Bitte stellen Sie die Rechnung als XRechnung aus:
Landkreis Ilmtal
Gesundheitsamt
Leitweg-ID: 16-0670000000-47
Bahnhofstraße 7
99310 Ilmtal

Die Zahlung erfolgt nach Eingang der Rechnung über unsere Amtskasse.

Mit freundlichen Grüßen
Carolin Menzel
Psychiatriekoordinatorin
Landkreis Ilmtal
Gesundheitsamt
""",
         intent="registration", name="Carolin Menzel",
         organization="Landkreis Ilmtal, Gesundheitsamt",
         invoice_address="Landkreis Ilmtal, Gesundheitsamt, Leitweg-ID: 16-0670000000-47, Bahnhofstraße 7, 99310 Ilmtal",
         payment_agreement=True,
         note="Invoice block under a cue line that is no 'Rechnungsanschrift:' ('als XRechnung aus:'), with a Leitweg-ID; payment in the passive voice ('Die Zahlung erfolgt ...')."),

    mail("rg-e08-tabelle-drei-gesammelt.eml",
         frm=("Jens Kubitz", "jens.kubitz@lk-spreewald-nord.example"),
         subject="Verbindliche Anmeldung Fachdienst Sozialplanung (3 Personen)",
         headers=[("User-Agent", "KMail/5.24.5 (Linux/6.8.0)")],
         date="Tue, 10 Jun 2025 10:00:00 +0200",
         body="""Hallo,

jetzt verbindlich, wie im Mai angekündigt:

Name                 VSOP-Mitglied   Gebühr
-------------------  -------------   ------
Jens Kubitz          ja              250 €
Marit Ohlsen         nein            300 €
Uwe Brettschneider   ja              250 €

Rechnungsanschrift:
Landkreis Spreewald-Nord
Fachdienst Sozialplanung
Bestellnummer 2025-0815
Lindenallee 3
15907 Lübbenau-Nord

Die Gebühren werden nach Rechnungsstellung gesammelt überwiesen.

Gruß
Jens Kubitz
Landkreis Spreewald-Nord, Fachdienst Sozialplanung
""",
         intent="registration", name="Jens Kubitz", member=True, persons=3,
         people=["Marit Ohlsen", "Uwe Brettschneider"], people_members=[False, True],
         organization="Landkreis Spreewald-Nord, Fachdienst Sozialplanung",
         invoice_address="Landkreis Spreewald-Nord, Fachdienst Sozialplanung, Bestellnummer 2025-0815, Lindenallee 3, 15907 Lübbenau-Nord",
         payment_agreement=True,
         note="Plain-text table with membership and fee per person; order number in the invoice block; passive payment."),

    mail("rg-e09-passiv-kreiskasse-satz.eml",
         frm=("Stefan Krüger", "stefan.krueger@lk-boerdeland.example"),
         subject="Verbindliche Anmeldung", client="outlook",
         date="Tue, 10 Jun 2025 14:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

verbindlich melde ich mich zur Jahrestagung an. Der Teilnahmebeitrag wird nach Rechnungseingang von der Kreiskasse beglichen. Rechnung bitte an den Landkreis Bördeland, Fachdienst Jugend, Karl-Marx-Straße 20, 39340 Bördeland.

Mit freundlichen Grüßen
Stefan Krüger
""",
         intent="registration", name="Stefan Krüger",
         organization="Landkreis Bördeland, Fachdienst Jugend",
         invoice_address="Landkreis Bördeland, Fachdienst Jugend, Karl-Marx-Straße 20, 39340 Bördeland",
         payment_agreement=True,
         note="German this time; invoice address in a sentence ('Rechnung bitte an den ...': base form 'Landkreis'); passive 'wird ... beglichen'."),

    mail("rg-e10-polish-confirm-binding.eml",
         frm=("Katarzyna Wiśniewska", "k.wisniewska@gorzewo-miasto.example"),
         subject="Odp: Your pre-registration: VSOP-Jahrestagung 2025 – programme and registration form",
         date="Wed, 11 Jun 2025 09:10:00 +0200", client="outlook",
         in_reply_to="<programme-e10@vsop.de>",
         body="""Dear Madam or Sir,

I confirm binding the participation of me and Tomasz Zieliński. Invoice please for:

Urząd Miasta Gorzewo
Wydział Polityki Społecznej
ul. Rynek 1
66-400 Gorzewo
Poland
NIP 599-000-00-00

We pay after invoice by bank transfer.

Best regards
Katarzyna Wiśniewska

""" + outlook_block("programme", "czwartek, 17 kwietnia 2025 11:41", "Katarzyna Wiśniewska <k.wisniewska@gorzewo-miasto.example>", lang="en", name="Katarzyna Wiśniewska", words="pl"),
         intent="registration", language="en", name="Katarzyna Wiśniewska", persons=2,
         people=["Tomasz Zieliński"],
         organization="Urząd Miasta Gorzewo, Wydział Polityki Społecznej",
         invoice_address="Urząd Miasta Gorzewo, Wydział Polityki Społecznej, ul. Rynek 1, 66-400 Gorzewo, Poland, NIP 599-000-00-00",
         payment_agreement=True,
         note="Polish English ('I confirm binding', 'Invoice please for:'); invoice block in Polish with a tax number; membership not repeated (known from the pre-registration)."),

    mail("rg-e11-danish-ean.eml",
         frm=("Mette Sørensen", "mette.sorensen@vestera-kommune.example"),
         subject="Binding registration Mette Sørensen",
         date="Wed, 11 Jun 2025 11:30:00 +0200", client="outlook",
         body="""Hello again,

Hereby I register bindingly for the conference. My municipality will transfer the fee when the invoice is received.

Invoice address:
Vesterå Kommune
Social- og Sundhedsforvaltningen
Rådhuspladsen 1
8900 Vesterå
Denmark
EAN 5798000123456

Venlig hilsen / Kind regards
Mette Sørensen
""",
         intent="registration", language="en", name="Mette Sørensen",
         organization="Vesterå Kommune, Social- og Sundhedsforvaltningen",
         invoice_address="Vesterå Kommune, Social- og Sundhedsforvaltningen, Rådhuspladsen 1, 8900 Vesterå, Denmark, EAN 5798000123456",
         payment_agreement=True,
         note="Danish English; payment in the third person ('My municipality will transfer'); a Danish EAN number in the invoice block."),

    mail("rg-e12-antwort-auf-fehlende-angaben.eml",
         frm=("Holger Brandt", "holger.brandt@lk-spreewald-nord.example"),
         subject="AW: Ihre Anmeldung: bitte noch ergänzen – VSOP-Jahrestagung 2025",
         date="Thu, 12 Jun 2025 08:45:00 +0200", client="outlook",
         in_reply_to="<missing-e12@vsop.de>",
         body="""Guten Morgen,

hier die fehlenden Angaben:

Rechnungsanschrift:
Landkreis Spreewald-Nord
Fachdienst Soziales und Wohngeld
Lindenallee 3
15907 Lübbenau-Nord

Mit der Zahlungsvereinbarung bin ich einverstanden; der Betrag wird nach Rechnungserhalt überwiesen.

Mit freundlichen Grüßen
Holger Brandt

""" + outlook_block("missing_fields", "Mittwoch, 11. Juni 2025 16:02", "Brandt, Holger <holger.brandt@lk-spreewald-nord.example>", name="Holger Brandt"),
         intent="registration", name="Holger Brandt",
         organization="Landkreis Spreewald-Nord, Fachdienst Soziales und Wohngeld",
         invoice_address="Landkreis Spreewald-Nord, Fachdienst Soziales und Wohngeld, Lindenallee 3, 15907 Lübbenau-Nord",
         payment_agreement=True,
         note="Answer to the office's 'bitte noch ergänzen' mail: both details, quoted list of missing labels below."),

    mail("rg-e13-thunderbird-erinnerung-signatur.eml",
         frm=("Yvonne Richter", "yvonne.richter@saalweiden.example"),
         subject="Re: Erinnerung: verbindliche Anmeldung bis 4.7.2025 – VSOP-Jahrestagung 2025",
         date="Fri, 27 Jun 2025 12:00:00 +0200", client="thunderbird",
         in_reply_to="<reminder-e13@vsop.de>",
         body="""Hallo,

danke fürs Erinnern – hiermit verbindlich! Rechnungsadresse wie in meiner Signatur, Zahlung dann nach Rechnung.

Freundliche Grüße
Yvonne Richter
Stadt Saalweiden
Fachbereich Bildung, Jugend und Soziales
Marktplatz 1
07318 Saalweiden

""" + thunderbird("reminder", "20.06.25 um 06:00", name="Yvonne Richter"),
         intent="registration", name="Yvonne Richter",
         organization="Stadt Saalweiden, Fachbereich Bildung, Jugend und Soziales",
         invoice_address="Stadt Saalweiden, Fachbereich Bildung, Jugend und Soziales, Marktplatz 1, 07318 Saalweiden",
         payment_agreement=True,
         note="'Rechnungsadresse wie in meiner Signatur': the signature's organisation and postal lines; Thunderbird quoting of the reminder."),

    mail("rg-e14-scottish-po-number.eml",
         frm=("Fiona MacLeod", "fiona.macleod@glenmorven.example"),
         subject="Re: Reminder: binding registration by 4 July 2025 – VSOP-Jahrestagung 2025",
         date="Mon, 30 Jun 2025 10:20:00 +0100",
         in_reply_to="<reminder-e14@vsop.de>",
         body="""Hi there,

Apologies for the delay – please treat this as my firm booking. Our finance team will settle on receipt of invoice.

Invoice to:
Glenmorven Council
Finance – Accounts Payable
PO number 4500123456
PO Box 12
Glenmorven GM1 2AB
Scotland

Cheers,
Fiona

""" + gmail_en("reminder", "Fri, 20 Jun 2025 at 06:00", name="Fiona MacLeod"),
         intent="registration", language="en", name="Fiona MacLeod",
         organization="Glenmorven Council, Finance – Accounts Payable",
         invoice_address="Glenmorven Council, Finance – Accounts Payable, PO number 4500123456, PO Box 12, Glenmorven GM1 2AB, Scotland",
         payment_agreement=True,
         note="British 'firm booking', 'settle on receipt of invoice'; a PO number; organisation from the invoice block (the signature is just 'Fiona'); full name from the From header."),

    mail("rg-e15-vorzimmer-dezernentin.eml",
         frm=("Sekretariat Dezernat 5", "sekretariat.dez5@stadt-moselkirch.example"),
         subject="Verbindliche Anmeldung Frau Dezernentin Dr. Brauer", client="outlook",
         date="Mon, 16 Jun 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit melde ich Frau Dezernentin Dr. Angelika Brauer verbindlich zur Jahrestagung an. Frau Dr. Brauer ist Mitglied des VSOP.

Bitte adressieren Sie die Rechnung so:
Stadt Moselkirch
Dezernat 5 – Soziales, Jugend und Schulen
z. Hd. Frau Dr. Brauer
Rathausplatz 1
54470 Moselkirch

Der Betrag wird nach Erhalt der Rechnung angewiesen.

Mit freundlichen Grüßen
Im Auftrag
Jasmin Theis
Sekretariat Dezernat 5
""",
         intent="registration", name="Angelika Brauer", title="Dr.", member=True,
         organization="Stadt Moselkirch, Dezernat 5 – Soziales, Jugend und Schulen",
         invoice_address="Stadt Moselkirch, Dezernat 5 – Soziales, Jugend und Schulen, z. Hd. Frau Dr. Brauer, Rathausplatz 1, 54470 Moselkirch",
         payment_agreement=True,
         note="Secretary registers the Dezernentin (an office, not a name part); 'Bitte adressieren Sie die Rechnung so:'; 'wird ... angewiesen'; email = the office's address."),

    mail("rg-e16-plus-fortbildungspunkte.eml",
         frm=("Julia Hesse", "julia.hesse@lk-ilmtal.example"),
         subject="Verbindliche Anmeldung + Teilnahmebescheinigung", client="thunderbird",
         date="Tue, 17 Jun 2025 11:11:00 +0200",
         body="""Guten Tag,

hiermit melde ich mich verbindlich an; die Zahlung erfolgt nach Rechnungsstellung durch den Landkreis.

Rechnungsanschrift:
Landkreis Ilmtal
Jugendhilfeplanung
Bahnhofstraße 7
99310 Ilmtal

Bekomme ich nach der Tagung eine Teilnahmebescheinigung, die für Fortbildungspunkte anerkannt wird?

Viele Grüße
Julia Hesse
""",
         intent="registration", questions=1, name="Julia Hesse",
         organization="Landkreis Ilmtal, Jugendhilfeplanung",
         invoice_address="Landkreis Ilmtal, Jugendhilfeplanung, Bahnhofstraße 7, 99310 Ilmtal",
         payment_agreement=True,
         note="Binding registration + a question (certificate for training credits)."),

    mail("rg-e17-plus-stornobedingungen.eml",
         frm=("Thomas Reinhold", "t.reinhold@stadt-boerdeleben.example"),
         subject="Anmeldung verbindlich – und eine Frage", client="outlook",
         date="Tue, 17 Jun 2025 15:40:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich verbindlich an. Die Gebühr wird von der Stadtkasse Bördeleben nach Rechnungseingang überwiesen.

Rechnung an:
Stadt Bördeleben
Dezernat Bürgerdienste und Soziales
Rathausstraße 1
39387 Bördeleben

Welche Stornobedingungen gelten, falls ich kurzfristig krank werde?

Thomas Reinhold
Stadt Bördeleben | Dezernat Bürgerdienste und Soziales | Statistikstelle
""",
         intent="registration", questions=1, name="Thomas Reinhold",
         organization="Stadt Bördeleben, Dezernat Bürgerdienste und Soziales, Statistikstelle",
         invoice_address="Stadt Bördeleben, Dezernat Bürgerdienste und Soziales, Rathausstraße 1, 39387 Bördeleben",
         payment_agreement=True,
         note="Binding + a question about cancellation terms: still a registration, a person answers the question."),

    mail("rg-e18-nur-verbindlich.eml",
         frm=("Anne Kühnel", "anne.kuehnel@saalweiden.example"),
         subject="Jetzt fest!", client="android",
         date="Wed, 18 Jun 2025 19:02:00 +0200",
         body="""Hallo ihr Lieben,

Genehmigung ist da – ich bin jetzt fest angemeldet für Köln!

LG Anne Kühnel

Von meinem Huawei-Telefon gesendet
""",
         intent="registration", name="Anne Kühnel",
         note="Binding in colloquial words ('jetzt fest angemeldet'); neither invoice address nor payment agreement: both missing."),

    mail("rg-e19-adresse-aber-keine-zahlung.eml",
         frm=("Birte Hammes", "birte.hammes@kreis-eifelgrund.example"),
         subject="Verbindliche Anmeldung Hammes", client="outlook",
         date="Thu, 19 Jun 2025 10:10:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich verbindlich zur Tagung an.

Rechnungsanschrift:
Kreisverwaltung Eifelgrund
Abteilung 4 – Soziales und Teilhabe
Trierer Straße 25
54634 Eifelgrund

Mit freundlichen Grüßen
Birte Hammes
Kreisverwaltung Eifelgrund
Abteilung 4 – Soziales und Teilhabe
""",
         intent="registration", name="Birte Hammes",
         organization="Kreisverwaltung Eifelgrund, Abteilung 4 – Soziales und Teilhabe",
         invoice_address="Kreisverwaltung Eifelgrund, Abteilung 4 – Soziales und Teilhabe, Trierer Straße 25, 54634 Eifelgrund",
         note="Invoice address but no word on payment: missing [payment_agreement]."),

    mail("rg-e20-zahlung-aber-keine-adresse.eml",
         frm=("Marie Lindemann", "marie.lindemann@lk-unstrut-heide.example"),
         subject="Verbindliche Anmeldung Lindemann und Dr. Rieger", client="outlook",
         date="Thu, 19 Jun 2025 14:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit melden wir uns verbindlich an: Frau Dr. Claudia Rieger und ich. Beide Gebühren überweisen wir nach Rechnungserhalt.

Freundliche Grüße
Marie Lindemann
Landkreis Unstrut-Heide
Sozialamt – Sachgebiet Eingliederungshilfe
""",
         intent="registration", name="Marie Lindemann", persons=2, people=["Dr. Claudia Rieger"],
         organization="Landkreis Unstrut-Heide, Sozialamt – Sachgebiet Eingliederungshilfe",
         payment_agreement=True,
         note="Two persons binding, payment agreed, no invoice address: missing [invoice_address]."),

    mail("rg-e21-mitgliedsgebuehr-250.eml",
         frm=("Ute Rasch", "ute.rasch@amt-oderbruch.example"),
         subject="Anmeldung Rasch – verbindlich", client="roundcube",
         date="Fri, 20 Jun 2025 09:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich nehme verbindlich teil. Die Mitgliedergebühr von 250 € wird von uns nach Rechnungslegung überwiesen.

Rechnungsanschrift:
Amt Oderbruch-Mitte
Sachbereich Soziales
Bahnhofstraße 2
15320 Oderbruch

Freundliche Grüße
Ute Rasch
""",
         intent="registration", name="Ute Rasch", member=True,
         organization="Amt Oderbruch-Mitte, Sachbereich Soziales",
         invoice_address="Amt Oderbruch-Mitte, Sachbereich Soziales, Bahnhofstraße 2, 15320 Oderbruch",
         payment_agreement=True,
         note="Membership only from the fee she quotes as her own (250 €); 'wird von uns ... überwiesen'."),

    mail("rg-e22-300-euro-nach-rechnung.eml",
         frm=("Daniela Köhler", "daniela.koehler@caritas-saartal.example"),
         subject="Verbindliche Anmeldung Köhler", client="outlook",
         date="Fri, 20 Jun 2025 11:45:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit verbindlich: Den Betrag von 300 Euro zahlen wir nach Rechnung.

Rechnung bitte an:
Caritasverband für das Saartal e. V.
Buchhaltung
Kostenstelle 4410 Migration
Am Markt 3
66111 Saarbrück

Mit freundlichen Grüßen
Daniela Köhler
Caritasverband für das Saartal e. V.
Fachdienst Migration
""",
         intent="registration", name="Daniela Köhler", member=False,
         organization="Caritasverband für das Saartal e. V., Fachdienst Migration",
         invoice_address="Caritasverband für das Saartal e. V., Buchhaltung, Kostenstelle 4410 Migration, Am Markt 3, 66111 Saarbrück",
         payment_agreement=True,
         note="Non-member from the 300 € quoted; invoice to the association's accounts with a cost centre; organisation from the signature (comes before the invoice block)."),

    mail("rg-e23-landkreis-institutionell.eml",
         frm=("Sabine Uhlig", "sabine.uhlig@lk-erzgrund.example"),
         subject="Antw: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         date="Mon, 23 Jun 2025 08:30:00 +0200", headers=[("X-Mailer", "GroupWise 18.4.1")],
         in_reply_to="<programme-e23@vsop.de>",
         body="""Sehr geehrte Damen und Herren,

für Frau Franke und mich melde ich uns nun verbindlich an. Der Landkreis ist seit diesem Jahr institutionelles Mitglied, damit gilt für uns beide der Mitgliedertarif.

Rechnungsanschrift:
Landkreis Erzgrund
Geschäftsbereich II – Soziales
Annaberger Straße 40
09477 Erzgrund

Die Überweisung erfolgt durch die Kreiskasse, sobald die Rechnung vorliegt.

Mit freundlichen Grüßen
i. A. Sabine Uhlig

""" + groupwise("programme", "26.05.2025 08:05", name="Sabine Uhlig"),
         intent="registration", name="Sabine Uhlig", member=True, persons=2,
         people=["Franke"], people_members=[True],
         organization="Landkreis Erzgrund, Geschäftsbereich II – Soziales",
         invoice_address="Landkreis Erzgrund, Geschäftsbereich II – Soziales, Annaberger Straße 40, 09477 Erzgrund",
         payment_agreement=True,
         note="'institutionelles Mitglied' of the county applies to both (earlier 'kein Mitglied' for Frau Franke is outdated); the colleague named only 'Frau Franke'; passive payment by the Kreiskasse."),

    mail("rg-e24-organisation-nur-in-rechnung.eml",
         frm=("Nico Bender", "nico.bender@stadt-moselkirch.example"),
         subject="Anmeldung", client="apple",
         date="Mon, 23 Jun 2025 13:00:00 +0200",
         body="""Hallo,

ich melde mich hiermit verbindlich an und bin damit einverstanden, nach Rechnungseingang zu überweisen.

Rechnungsanschrift:
Stadt Moselkirch
Amt 50 – Soziales
z. Hd. Herrn Nico Bender
Rathausplatz 1
54470 Moselkirch

Gruß
Nico
""",
         intent="registration", name="Nico Bender",
         organization="Stadt Moselkirch, Amt 50 – Soziales",
         invoice_address="Stadt Moselkirch, Amt 50 – Soziales, z. Hd. Herrn Nico Bender, Rathausplatz 1, 54470 Moselkirch",
         payment_agreement=True,
         note="Organisation only in the invoice block; 'z. Hd.' line kept in the address; the full name from the From header and the z. Hd. line."),

    mail("rg-e25-arbeitgeber-in-klammern.eml",
         frm=("Lisa Marschall", "lisa.marschall@vg-hunsrueckhoehe.example"),
         subject="Verbindliche Anmeldung Marschall", client="outlook",
         date="Tue, 24 Jun 2025 08:50:00 +0200",
         body="""Guten Morgen,

für Köln bin ich jetzt verbindlich angemeldet. Die Gebühr überweist mein Arbeitgeber (Verbandsgemeinde Hunsrückhöhe, Fachbereich 2), sobald die Rechnung da ist.

Viele Grüße
Lisa Marschall
""",
         intent="registration", name="Lisa Marschall",
         organization="Verbandsgemeinde Hunsrückhöhe, Fachbereich 2",
         payment_agreement=True,
         note="Organisation only in a parenthesis after 'mein Arbeitgeber'; payment in the third person; no invoice address: missing [invoice_address]."),

    mail("rg-e26-nummeriert-mitgliedschaft.eml",
         frm=("Heike Seifert", "heike.seifert@stadt-zwickenau.example"),
         subject="Verbindliche Anmeldung Sozialamt Zwickenau (3)", client="gmx",
         date="Tue, 24 Jun 2025 12:10:00 +0200",
         body="""Guten Tag,

hiermit melden wir uns verbindlich an:

1. Heike Seifert, VSOP-Mitglied
2. Dr. Andreas Pohl, kein Mitglied
3. Nguyen Thi Lan, kein Mitglied

Der Rechnungsbetrag wird nach Rechnungseingang überwiesen.

Rechnungsanschrift:
Stadt Zwickenau
Sozialamt
Hauptmarkt 1
08056 Zwickenau

Mit freundlichen Grüßen
Heike Seifert
""",
         intent="registration", name="Heike Seifert", member=True, persons=3,
         people=["Dr. Andreas Pohl", "Nguyen Thi Lan"], people_members=[False, False],
         organization="Stadt Zwickenau, Sozialamt",
         invoice_address="Stadt Zwickenau, Sozialamt, Hauptmarkt 1, 08056 Zwickenau",
         payment_agreement=True,
         note="Numbered list with per-person membership after a comma; a Vietnamese name in family-name-first order as written; the invoice block after the payment sentence."),

    mail("rg-e27-german-english-kreiskasse.eml",
         frm=("Sandra Pietsch", "sandra.pietsch.lk@gmail.example"),
         subject="Binding registration",
         date="Wed, 25 Jun 2025 07:30:00 +0200",
         body="""Hello,

herewith I register binding for the Jahrestagung. The invoice please to:

Landkreis Unstrut-Heide
Jugendamt
Schlossplatz 1
06618 Unstrut-Heide

The payment makes our Kreiskasse after the invoice came.

Greetings
Sandra Pietsch
""",
         intent="registration", language="en", name="Sandra Pietsch",
         organization="Landkreis Unstrut-Heide, Jugendamt",
         invoice_address="Landkreis Unstrut-Heide, Jugendamt, Schlossplatz 1, 06618 Unstrut-Heide",
         payment_agreement=True,
         note="German-English ('register binding', 'The payment makes our Kreiskasse after the invoice came'): English answer; private Gmail address."),

    mail("rg-e28-schluessel-wert-zeilen.eml",
         frm=("Kevin Schulze", "kevin.schulze@amt-oderbruch.example"),
         subject="Anmeldung Schulze", client="thunderbird",
         date="Wed, 25 Jun 2025 16:20:00 +0200",
         body="""Hallo,

meine Anmeldung, wie im Formular:

Name: Kevin Schulze
Organisation: Amt Oderbruch-Mitte, Sachbereich Ordnung und Soziales
VSOP-Mitglied: nein
Personen: 1
Rechnungsanschrift: Amt Oderbruch-Mitte, Bahnhofstraße 2, 15320 Oderbruch
Zahlungsvereinbarung: akzeptiert

Viele Grüße
Kevin
""",
         intent="registration", name="Kevin Schulze", member=False,
         organization="Amt Oderbruch-Mitte, Sachbereich Ordnung und Soziales",
         invoice_address="Amt Oderbruch-Mitte, Bahnhofstraße 2, 15320 Oderbruch",
         payment_agreement=True,
         note="The form's fields typed as key: value lines; the invoice address on the label line itself."),

    mail("rg-e29-html-outlook-tabelle.eml",
         frm=("Tanja Wolff", "tanja.wolff@stadt-bliesweiler.example"),
         subject="Verbindliche Anmeldung Frau Petzold", client="outlook",
         date="Thu, 26 Jun 2025 10:00:00 +0200",
         body="""Guten Tag,

für meine Kollegin Nadine Petzold melde ich verbindlich an:

Teilnehmerin: Nadine Petzold, nadine.petzold@stadt-bliesweiler.example
Mitglied: ja
Rechnungsanschrift: Kreisstadt Bliesweiler, Amt für Soziales, Jugend und Senioren, Am Rathaus 2, 66440 Bliesweiler
Zahlung: nach Rechnungseingang durch die Stadtkasse

Freundliche Grüße
Tanja Wolff
""",
         html="""<html><body style="font-family:Arial;font-size:10pt"><p>Guten Tag,</p>
<p>für meine Kollegin Nadine Petzold melde ich verbindlich an:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Teilnehmerin</b></td><td>Nadine Petzold, nadine.petzold@stadt-bliesweiler.example</td></tr>
<tr><td><b>Mitglied</b></td><td>ja</td></tr>
<tr><td><b>Rechnungsanschrift</b></td><td>Kreisstadt Bliesweiler, Amt für Soziales, Jugend und Senioren, Am Rathaus 2, 66440 Bliesweiler</td></tr>
<tr><td><b>Zahlung</b></td><td>nach Rechnungseingang durch die Stadtkasse</td></tr>
</table><p>Freundliche Grüße<br>Tanja Wolff</p></body></html>
""",
         intent="registration", name="Nadine Petzold", email="nadine.petzold@stadt-bliesweiler.example",
         member=True,
         organization="Kreisstadt Bliesweiler, Amt für Soziales, Jugend und Senioren",
         invoice_address="Kreisstadt Bliesweiler, Amt für Soziales, Jugend und Senioren, Am Rathaus 2, 66440 Bliesweiler",
         payment_agreement=True,
         note="A colleague registers another person, with her address; Outlook HTML table with a plain-text twin; 'Zahlung: nach Rechnungseingang durch die Stadtkasse'."),

    mail("rg-e30-apple-base64-bestellnummer.eml",
         frm=("Ruth Adelmann", "r.adelmann@diakonie-moselkirch.example"),
         subject="Verbindliche Anmeldung Adelmann", client="apple", cte="base64",
         date="Thu, 26 Jun 2025 14:30:00 +0200",
         body="""Liebe Kolleginnen und Kollegen,

hiermit melde ich mich für unser Werk verbindlich an. Bitte geben Sie auf der Rechnung unsere Bestellnummer an; bezahlt wird nach Rechnungseingang.

Rechnungsadresse:
Diakonisches Werk im Kirchenkreis Moselkirch e. V.
Finanzbuchhaltung
Bestell-Nr. DW-2025-117
Kirchgasse 3
54470 Moselkirch

Herzliche Grüße
Ruth Adelmann
""",
         intent="registration", name="Ruth Adelmann",
         organization="Diakonisches Werk im Kirchenkreis Moselkirch e. V., Finanzbuchhaltung",
         invoice_address="Diakonisches Werk im Kirchenkreis Moselkirch e. V., Finanzbuchhaltung, Bestell-Nr. DW-2025-117, Kirchgasse 3, 54470 Moselkirch",
         payment_agreement=True,
         note="UTF-8 base64 from Apple Mail; 'Rechnungsadresse:' with an order number; 'bezahlt wird nach Rechnungseingang' (impersonal passive)."),

    mail("rg-e31-cp1252-qp-auftragsnummer.eml",
         frm=("Frank Dietze", "f.dietze@havelwerder.example"),
         subject="Verbindliche Anmeldung – Büro für Integration", client="outlook",
         charset="windows-1252", cte="quoted-printable", header_charset="windows-1252",
         date="Fri, 27 Jun 2025 09:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich verbindlich an – Mitglied bin ich nicht. Die Stadt übernimmt die Gebühr und zahlt nach Rechnungseingang.

Rechnungsanschrift:
Stadt Havelwerder
Büro für Integration und Teilhabe
Auftragsnummer 61-2025-044
Markt 1
14770 Havelwerder

Mit freundlichen Grüßen
Frank Dietze
Integrationsbeauftragter
""",
         intent="registration", name="Frank Dietze", member=False,
         organization="Stadt Havelwerder, Büro für Integration und Teilhabe",
         invoice_address="Stadt Havelwerder, Büro für Integration und Teilhabe, Auftragsnummer 61-2025-044, Markt 1, 14770 Havelwerder",
         payment_agreement=True,
         note="windows-1252 quoted-printable; 'Mitglied bin ich nicht' (word order); 'Die Stadt ... zahlt nach Rechnungseingang'."),

    mail("rg-e32-weitergeleitet-fuer-kollegin.eml",
         frm=("Klaus Gerber", "k.gerber@vg-hunsrueckhoehe.example"),
         subject="WG: Anmeldung Tagung", client="outlook",
         date="Mon, 30 Jun 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Frau Kuhn hat ihre Anmeldung versehentlich nur an mich geschickt – ich leite sie hiermit weiter.

Mit freundlichen Grüßen
Klaus Gerber
Büroleiter

________________________________
Von: Kuhn, Melanie <melanie.kuhn@vg-hunsrueckhoehe.example>
Gesendet: Freitag, 27. Juni 2025 17:45
An: Gerber, Klaus <k.gerber@vg-hunsrueckhoehe.example>
Betreff: Anmeldung Tagung

Hallo Klaus,

hier meine verbindliche Anmeldung für die VSOP-Tagung, kannst du die bitte weiterleiten? Rechnung an die Verbandsgemeindeverwaltung Hunsrückhöhe, Brühlstraße 2, 55481 Hunsrückhöhe; bezahlt wird wie immer über die Verbandsgemeindekasse nach Rechnung.

Danke!
Melanie Kuhn
Verbandsgemeindeverwaltung Hunsrückhöhe
Fachbereich 2 – Bürgerdienste und Soziales
""",
         intent="registration", name="Melanie Kuhn", email="melanie.kuhn@vg-hunsrueckhoehe.example",
         organization="Verbandsgemeindeverwaltung Hunsrückhöhe, Fachbereich 2 – Bürgerdienste und Soziales",
         invoice_address="Verbandsgemeindeverwaltung Hunsrückhöhe, Brühlstraße 2, 55481 Hunsrückhöhe",
         payment_agreement=True,
         note="The boss forwards a colleague's registration: the attendee is the forwarded writer, her address from the forwarded header; 'kannst du die bitte weiterleiten?' is no question for the office."),

    mail("rg-e33-czech-programme-en.eml",
         frm=("Jana Dvořáková", "dvorakova@hornilipova-mesto.example"),
         subject="RE: Your pre-registration: VSOP-Jahrestagung 2025 – programme and registration form",
         date="Mon, 30 Jun 2025 10:30:00 +0200", client="outlook",
         in_reply_to="<programme-e33@vsop.de>",
         body="""Dear organisers,

my trip is approved now, so I register finally and binding. Bank transfer after invoice is fine for us. Invoice address:

Town of Horní Lipová
Department of Social Affairs
Náměstí Míru 1
790 00 Horní Lipová
Czech Republic

Best regards,
Jana Dvořáková

""" + outlook_block("programme", "Wednesday, May 7, 2025 9:06 AM", "Jana Dvořáková <dvorakova@hornilipova-mesto.example>", lang="en", name="Jana Dvořáková", words="en"),
         intent="registration", language="en", name="Jana Dvořáková",
         organization="Town of Horní Lipová, Department of Social Affairs",
         invoice_address="Town of Horní Lipová, Department of Social Affairs, Náměstí Míru 1, 790 00 Horní Lipová, Czech Republic",
         payment_agreement=True,
         note="Czech English ('register finally and binding'); 'Invoice address:' at the end of a sentence line; English Outlook header above the English programme mail."),

    mail("rg-e34-zwei-fragen-gepaeck-aufzeichnung.eml",
         frm=("Matthias Engel", "engel@quartiersbuero-havelwerder.example"),
         subject="Verbindlich + 2 Fragen", client="roundcube",
         date="Tue, 01 Jul 2025 09:00:00 +0200",
         body="""Moin,

ich bin jetzt verbindlich dabei. Rechnung bitte an die Stadtteilwerkstatt Havelwerder gGmbH, Am Anger 9, 14770 Havelwerder – wir überweisen nach Rechnungseingang.

Zwei Fragen noch:
- Kann man am Abreisetag irgendwo Gepäck abstellen?
- Werden die Vorträge aufgezeichnet?

Grüße
Matthias

-- 
Matthias Engel
Quartiersmanagement Havelwerder-Nord
Stadtteilwerkstatt Havelwerder gGmbH
""",
         intent="registration", questions=2, name="Matthias Engel",
         organization="Quartiersmanagement Havelwerder-Nord, Stadtteilwerkstatt Havelwerder gGmbH",
         invoice_address="Stadtteilwerkstatt Havelwerder gGmbH, Am Anger 9, 14770 Havelwerder",
         payment_agreement=True,
         note="Binding + two dashed questions; invoice address in a sentence before a dash."),

    mail("rg-e35-wie-vorangemeldet.eml",
         frm=("Dr. Bernd Vogler", "bernd.vogler@lk-boerdeland.example"),
         subject="Nachtrag: Kollegin Frau Sommer", client="notes",
         date="Tue, 01 Jul 2025 11:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wie von mir bereits angekündigt, wird Frau Katharina Sommer aus meiner Stabsstelle ebenfalls verbindlich teilnehmen. Ihre Adresse: k.sommer@lk-boerdeland.example. Die Rechnungsanschrift ist dieselbe wie bei meiner Anmeldung; die Gebühr wird ebenso nach Rechnungseingang überwiesen.

Mit freundlichen Grüßen
Im Auftrag
Dr. Bernd Vogler
""",
         intent="registration", name="Katharina Sommer", email="k.sommer@lk-boerdeland.example",
         payment_agreement=True,
         note="A head registers a colleague bindingly with her address; the invoice address only by reference to his own registration (not in this mail: missing [invoice_address]); organisation not stated for her."),

    mail("rg-e36-kollegen-dash-eigene-adressen.eml",
         frm=("Birte Hammes", "birte.hammes@kreis-eifelgrund.example"),
         subject="Verbindliche Anmeldung – Nachmeldung zwei Kolleg*innen", client="outlook",
         date="Wed, 02 Jul 2025 08:40:00 +0200",
         body="""Sehr geehrte Damen und Herren,

zusätzlich zu meiner Anmeldung melde ich verbindlich an:
- Selin Aydın (selin.aydin@kreis-eifelgrund.example), Nichtmitglied
- Marco Wendling (marco.wendling@kreis-eifelgrund.example), Nichtmitglied

Rechnungsanschrift wie bei mir:
Kreisverwaltung Eifelgrund
Abteilung 4 – Soziales und Teilhabe
Trierer Straße 25
54634 Eifelgrund

Die Kreiskasse zahlt, sobald die Rechnung vorliegt.

Mit freundlichen Grüßen
Birte Hammes
""",
         intent="registration", name="Selin Aydın", email="selin.aydin@kreis-eifelgrund.example",
         persons=2, people=["Marco Wendling"], people_members=[False], member=False,
         organization="Kreisverwaltung Eifelgrund, Abteilung 4 – Soziales und Teilhabe",
         invoice_address="Kreisverwaltung Eifelgrund, Abteilung 4 – Soziales und Teilhabe, Trierer Straße 25, 54634 Eifelgrund",
         payment_agreement=True,
         note="Sender registers two others (she is already registered and not listed): the attendee is the first listed, with her address; 'Rechnungsanschrift wie bei mir:' cue line; 'Die Kreiskasse zahlt, sobald die Rechnung vorliegt'."),

    mail("rg-e37-saechsisch-fest.eml",
         frm=("Ronny Lehmann", "ronny.lehmann@zwickenau.example"),
         subject="Re: Ihre Anmeldung: bitte noch ergänzen – VSOP-Jahrestagung 2025", client="iphone",
         date="Wed, 02 Jul 2025 17:00:00 +0200",
         in_reply_to="<missing-e37@vsop.de>",
         body="""Nu klar, ich bin fest dabei! Rechnung schickt ihr bitte an: Stadt Zwickenau, Amt für Jugend und Familie, Hauptmarkt 1, 08056 Zwickenau. Bezahlt wird dann von unserer Buchhaltung.

Ronny

Von meinem iPhone gesendet

""" + apple_de("missing_fields", "09.06.2025 um 07:15", name="Ronny Lehmann"),
         intent="registration", name="Ronny Lehmann",
         organization="Stadt Zwickenau, Amt für Jugend und Familie",
         invoice_address="Stadt Zwickenau, Amt für Jugend und Familie, Hauptmarkt 1, 08056 Zwickenau",
         payment_agreement=True,
         note="Colloquial Saxon ('Nu klar', 'ihr'); answer to the missing-details mail after the unreadable PDF; address in a sentence after 'an:'; 'Bezahlt wird ... von unserer Buchhaltung'."),

    mail("rg-e38-android-programm.eml",
         frm=("Anja Grützner", "anja.gruetzner@hansestadt-elbhafen.example"),
         subject="AW: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         date="Thu, 03 Jul 2025 12:25:00 +0200", client="android",
         in_reply_to="<programme-e38@vsop.de>",
         body="""Verbindlich angemeldet. Zahlung nach Rechnungserhalt durch die Stadtkasse.

Rechnungsanschrift:
Hansestadt Elbhafen
Jobcenter-Koordination
Breiter Weg 12
39104 Elbhafen

Anja Grützner

Gesendet von Outlook für Android

""" + android("programme", "22.05.25 08:01 (GMT+01:00)", "Anja Grützner <anja.gruetzner@hansestadt-elbhafen.example>", name="Anja Grützner"),
         intent="registration", name="Anja Grützner",
         organization="Hansestadt Elbhafen, Jobcenter-Koordination",
         invoice_address="Hansestadt Elbhafen, Jobcenter-Koordination, Breiter Weg 12, 39104 Elbhafen",
         payment_agreement=True,
         note="Telegraphic; Android's 'Ursprüngliche Nachricht' block above the programme mail; her hotel question is not repeated."),

    mail("rg-e39-danish-pa-director.eml",
         frm=("Direktionssekretariat", "direktion.sekretariat@vestera-kommune.example"),
         subject="Registration Director Lars Holm", client="outlook",
         date="Thu, 03 Jul 2025 14:00:00 +0200",
         body="""Dear VSOP,

Please register our director Lars Holm bindingly for the conference. His e-mail is lars.holm@vestera-kommune.example. The invoice will be paid within 30 days of receipt.

Invoice address:
Vesterå Kommune
Direktionen
Rådhuspladsen 1
8900 Vesterå
Denmark

Med venlig hilsen
Ida Lund
Direktionssekretær
""",
         intent="registration", language="en", name="Lars Holm", email="lars.holm@vestera-kommune.example",
         organization="Vesterå Kommune, Direktionen",
         invoice_address="Vesterå Kommune, Direktionen, Rådhuspladsen 1, 8900 Vesterå, Denmark",
         payment_agreement=True,
         note="A Danish secretary registers her director with his address; 'will be paid within 30 days of receipt' is the payment agreement."),

    mail("rg-e40-antwort-bereits-vorliegend.eml",
         frm=("Steffi Wagner", "steffi.wagner@stadt-bliesweiler.example"),
         subject="Re: Ihre Anmeldung liegt uns bereits vor: VSOP-Jahrestagung 2025", client="gmx",
         date="Fri, 04 Jul 2025 09:30:00 +0200",
         in_reply_to="<already-e40@vsop.de>",
         body="""hallo, ok dann jetzt eben verbindlich :) rechnung an kreisstadt bliesweiler, sozialamt, am rathaus 2, 66440 bliesweiler, zahlt die stadtkasse wenn die rechnung da ist.
lg steffi

""" + webde("already_registered", "03.07.2025 18:02", name="Steffi Wagner"),
         intent="registration", name="Steffi Wagner",
         organization="kreisstadt bliesweiler, sozialamt",
         invoice_address="kreisstadt bliesweiler, sozialamt, am rathaus 2, 66440 bliesweiler",
         payment_agreement=True,
         note="Lower case on the deadline day, answering the office's 'liegt uns bereits vor' mail; invoice address and payment in one run-on sentence."),

    mail("rg-e41-pdf-gruppe-weitere.eml",
         frm=("Petra Naumann", "p.naumann@lk-erzgrund.example"),
         subject="Anmeldeformular Naumann / Tänzer",
         headers=[("X-Mailer", "Zimbra 10.0.6_GA_4575 (ZimbraWebClient - FF126 (Win)/10.0.6_GA_4575)")],
         date="Mon, 16 Jun 2025 10:00:00 +0200",
         body="""Hallo,

anbei unser gemeinsames Formular.

Petra Naumann
""",
         attachments=[("Formular_Jobcenter_Erzgrund.pdf", PDF, form_pdf({
             "name": "Petra Naumann", "email": "p.naumann@lk-erzgrund.example",
             "organisation": "Landkreis Erzgrund – Jobcenter, Team Planung",
             "personen": "2", "weitere_personen": "Ralf Tänzer",
             "rechnungsanschrift": "Jobcenter Erzgrund\nTeam Finanzen\nAnnaberger Straße 40\n09477 Erzgrund",
             "datum": "16.06.2025", "bemerkungen": "Beide Mitglied."}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Petra Naumann", member=True, persons=2,
         people=["Ralf Tänzer"], people_members=[True],
         organization="Landkreis Erzgrund – Jobcenter, Team Planung",
         invoice_address="Jobcenter Erzgrund, Team Finanzen, Annaberger Straße 40, 09477 Erzgrund",
         payment_agreement=True,
         note="PDF form for two persons (weitere_personen), both boxes ticked, a remark field; the invoice goes to another unit than the organisation field."),
]
