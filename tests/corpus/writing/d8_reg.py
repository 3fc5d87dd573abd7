"""DEVELOPMENT set 8: binding registrations (part 1), Austria, Switzerland, South Tyrol,
Luxembourg, East Belgium: officialese, invoices to a Stadtkasse or a Kanton, Erlagschein.
Written apart from the rules (README.md)."""

from d8_quote import FORMS, FORMS_TEXT, outlook_quote, tb_quote
from make_corpus import form_pdf, mail

PDF = "application/pdf"

MAILS = [
    mail("rg-a01-magistrat-dienstreise.eml",
         frm=("Huemer Theresia, Mag.a", "theresia.huemer@magistrat-ennsfeld.example"),
         subject="AW: " + FORMS, client="outlook", date="Tue, 17 Jun 2025 09:10:00 +0200",
         body="""Sehr geehrte Frau Ostendorp,

mein Dienstreiseantrag wurde genehmigt, ich melde mich daher verbindlich an. Die Teilnahmegebühr für Nichtmitglieder (300 €) wird nach Erhalt der Rechnung vom Magistrat überwiesen.

Die Rechnung bitte an:
Magistrat der Stadt Ennsfeld
Finanzabteilung – Buchhaltung
Hauptplatz 1
4471 Ennsfeld
Österreich
UID: ATU12345678

Mit freundlichen Grüßen

Mag.a Theresia Huemer
Magistrat der Stadt Ennsfeld
Abteilung Soziales, Jugend und Familie
""" + outlook_quote(FORMS_TEXT, "Donnerstag, 5. Juni 2025 14:02", "Huemer Theresia, Mag.a", FORMS),
         intent="registration", name="Theresia Huemer", title="Mag.a", member=False,
         organization="Magistrat der Stadt Ennsfeld, Abteilung Soziales, Jugend und Familie",
         invoice_address="Magistrat der Stadt Ennsfeld, Finanzabteilung – Buchhaltung, Hauptplatz 1, 4471 Ennsfeld, Österreich, UID: ATU12345678",
         payment_agreement=True,
         note="Austrian 'Die Rechnung bitte an:' block with a UID number; fee quoted as her own (300 € → not a member); payment by the Magistrat in the passive."),

    mail("rg-a02-bh-erlagschein.eml",
         frm=("BH Kremstal-Land, Sozialreferat", "sozialreferat.bhkl@bh-kremstal.example"),
         subject="Verbindliche Anmeldung DSA Pichlmayr", client="notes", date="Wed, 25 Jun 2025 10:40:00 +0200",
         body="""Sehr geehrtes Team,

nach positivem Budgetgespräch wird Herr DSA Herbert Pichlmayr verbindlich angemeldet. Frau Wögerbauer kann leider nicht teilnehmen.

Wir ersuchen um Übermittlung einer Rechnung samt Erlagschein bzw. IBAN; die Zahlung erfolgt nach Rechnungslegung.

Rechnungsadresse:
Bezirkshauptmannschaft Kremstal-Land
Fachgebiet Finanzen
Bahnhofstraße 4
3541 Kremstal

i. A. Sandra Wögerbauer
Bezirkshauptmannschaft Kremstal-Land
Referat Soziales
""",
         intent="registration", needs_human=True, auto_reply=False, name="Herbert Pichlmayr", email=None,
         organization="Bezirkshauptmannschaft Kremstal-Land, Referat Soziales",
         invoice_address="Bezirkshauptmannschaft Kremstal-Land, Fachgebiet Finanzen, Bahnhofstraße 4, 3541 Kremstal",
         payment_agreement=True,
         note="One of the two pre-registered is registered, the sender withdraws herself in the same mail: a registration with needs_human (the label format has no place for the withdrawal); 'Erlagschein'; 'DSA' is a professional title, not academic."),

    mail("rg-a03-landesregierung-mittelabruf.eml",
         frm=("Gstöttner Franz", "franz.gstoettner@ooe-landesamt.example"),
         subject="Verbindliche Anmeldung – Gstöttner", client="outlook", date="Mon, 30 Jun 2025 08:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

der Mittelabruf für die Fortbildung ist erfolgt, ich melde mich somit verbindlich zur Jahrestagung an. Das Land ist nicht Mitglied.

Rechnungsanschrift:
Amt der Landesregierung Traunviertel
Direktion Soziales und Gesundheit
z. H. Herrn Franz Gstöttner
Landhausplatz 1
4021 Traunstadt

Die Überweisung erfolgt nach Rechnungseingang durch die Landesbuchhaltung.

Franz Gstöttner
Amt der Landesregierung Traunviertel
Direktion Soziales und Gesundheit
Abteilung Sozialplanung und Pflege
""",
         intent="registration", name="Franz Gstöttner", member=False,
         organization="Amt der Landesregierung Traunviertel, Direktion Soziales und Gesundheit, Abteilung Sozialplanung und Pflege",
         invoice_address="Amt der Landesregierung Traunviertel, Direktion Soziales und Gesundheit, z. H. Herrn Franz Gstöttner, Landhausplatz 1, 4021 Traunstadt",
         payment_agreement=True,
         note="'Mittelabruf ist erfolgt'; 'z. H.' line in the invoice block; payment by the Landesbuchhaltung."),

    mail("rg-a04-wien-formular-pdf.eml",
         frm=("Katharina Brunnbauer", "k.brunnbauer@fsw-donaustadt.example"),
         subject="Re: " + FORMS, client="thunderbird", date="Fri, 27 Jun 2025 13:00:00 +0200",
         body="""Liebe Frau Ostendorp,

anbei mein ausgefülltes Formular. Danke auch für den Tipp mit der Garderobe!

Liebe Grüße
Katharina Brunnbauer
""" + tb_quote(FORMS_TEXT, "05.06.2025 um 14:02"),
         attachments=[("Anmeldung_Brunnbauer.pdf", PDF, form_pdf({
             "name": "Katharina Brunnbauer", "organisation": "Fonds Soziales Donaustadt, Stabsstelle Planung und Entwicklung",
             "email": "k.brunnbauer@fsw-donaustadt.example",
             "rechnungsanschrift": "Fonds Soziales Donaustadt, Rechnungswesen, Donaufelder Straße 80, 1220 Wien"},
             checked=("zahlungsvereinbarung",)))],
         intent="registration", name="Katharina Brunnbauer", member=False,
         organization="Fonds Soziales Donaustadt, Stabsstelle Planung und Entwicklung",
         invoice_address="Fonds Soziales Donaustadt, Rechnungswesen, Donaufelder Straße 80, 1220 Wien",
         payment_agreement=True,
         note="The PDF form filled in, payment box ticked, member box unticked (false)."),

    mail("rg-a05-tirol-stadtkasse.eml",
         frm=("Lukas Hörtnagl", "lukas.hoertnagl@icloud.example"),
         subject="Verbindlich!", client="iphone", date="Thu, 19 Jun 2025 20:02:00 +0200",
         body="""Hallo nochmal, Genehmigung ist da 🙂 Ich meld mich hiermit fix an. Zahlung erfolgt über unsere Stadtkasse nach Rechnung, Adresse: Stadt Imstal, Stadtkasse, Rathausplatz 2, 6460 Imstal.
Lukas

Von meinem iPhone gesendet
""",
         intent="registration", name="Lukas Hörtnagl", organization="Stadt Imstal",
         invoice_address="Stadt Imstal, Stadtkasse, Rathausplatz 2, 6460 Imstal", payment_agreement=True,
         note="Phone one-liner: 'fix anmelden' (Austrian for binding); invoice address in a sentence after 'Adresse:'; the organisation from the invoice address's organisation line (no signature)."),

    mail("rg-a06-kaernten-tabelle-vier.eml",
         frm=("Sabine Ogris", "sabine.ogris@avs-karawanken.example"),
         subject="Verbindliche Anmeldung – 4 Personen", client="outlook", date="Tue, 24 Jun 2025 11:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir melden folgende Personen verbindlich an (alle über unsere institutionelle Mitgliedschaft):

| Name                 | Funktion                 | E-Mail                                 |
|----------------------|--------------------------|----------------------------------------|
| Sabine Ogris         | Sozialraumplanung        | sabine.ogris@avs-karawanken.example    |
| Mag. Peter Wutte     | Geschäftsführung         | peter.wutte@avs-karawanken.example     |
| Daniela Kropfitsch   | Pflegeplanung            | d.kropfitsch@avs-karawanken.example    |
| Ing. Martin Sabitzer | Controlling              | m.sabitzer@avs-karawanken.example      |

Bitte eine Sammelrechnung an den Verein; wir überweisen nach Erhalt.

Arbeitsvereinigung der Sozialhilfe Karawanken
Buchhaltung
10.-Oktober-Straße 15
9020 Klagenfurt-Land

Mit besten Grüßen
Sabine Ogris, BA
Arbeitsvereinigung der Sozialhilfe Karawanken
Fachbereich Sozialraumplanung
""",
         intent="registration", name="Sabine Ogris", member=True, persons=4,
         people=["Mag. Peter Wutte", "Daniela Kropfitsch", "Ing. Martin Sabitzer"],
         organization="Arbeitsvereinigung der Sozialhilfe Karawanken, Fachbereich Sozialraumplanung",
         invoice_address="Arbeitsvereinigung der Sozialhilfe Karawanken, Buchhaltung, 10.-Oktober-Straße 15, 9020 Klagenfurt-Land",
         payment_agreement=True,
         note="A whole association registers four in a Markdown-like table; the invoice block has no label line (it follows 'Sammelrechnung an den Verein'); membership for all."),

    mail("rg-a07-salzburg-nur-einer.eml",
         frm=("Dr. Wolfgang Pirnbacher", "w.pirnbacher@stadt-salzachau.example"),
         subject="Jahrestagung – verbindliche Anmeldung und Rückzug", client="outlook", date="Wed, 02 Jul 2025 09:05:00 +0200",
         body="""Sehr geehrte Frau Ostendorp,

der Nachtragsvoranschlag ist beschlossen. Frau Mag.a Gruber muss ihre Teilnahme aus dienstlichen Gründen leider zurückziehen; ich bleibe angemeldet und melde mich hiermit verbindlich an.

Rechnung an: Stadt Salzachau, Sozialabteilung, Rathausgasse 3, 5020 Salzachau. Die Begleichung erfolgt binnen 30 Tagen nach Rechnungserhalt.

Mit vorzüglicher Hochachtung
Dr. Wolfgang Pirnbacher
Leiter der Sozialabteilung
Stadt Salzachau
""",
         intent="registration", needs_human=True, auto_reply=False, name="Wolfgang Pirnbacher", title="Dr.",
         organization="Stadt Salzachau",
         invoice_address="Stadt Salzachau, Sozialabteilung, Rathausgasse 3, 5020 Salzachau", payment_agreement=True,
         note="Binding registration of the sender while his colleague withdraws in the same mail: needs a person for the withdrawal (dev5's convention)."),

    mail("rg-a08-caritas-kostenuebernahme.eml",
         frm=("Renate Steinwendtner", "renate.steinwendtner@caritas-weinviertel.example"),
         subject="Verbindliche Anmeldung Steinwendtner", client="thunderbird", date="Mon, 23 Jun 2025 15:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die Geschäftsführung hat zugestimmt. Beiliegend die unterschriebene Kostenübernahmeerklärung; ich melde mich damit verbindlich an.

Rechnung bitte an:
Caritas der Diözese Weinviertel
Rechnungseingang – Kostenstelle 4410
Kirchenplatz 6
2130 Weinviertel

Freundliche Grüße
Renate Steinwendtner
Caritas der Diözese Weinviertel
Bereich Soziale Dienste – Sozialplanung
""",
         attachments=[("Kostenuebernahme_VSOP.pdf", PDF, b"%PDF-1.4\n% signed declaration scan\n%%EOF\n")],
         intent="registration", name="Renate Steinwendtner",
         organization="Caritas der Diözese Weinviertel, Bereich Soziale Dienste, Sozialplanung",
         invoice_address="Caritas der Diözese Weinviertel, Rechnungseingang – Kostenstelle 4410, Kirchenplatz 6, 2130 Weinviertel",
         payment_agreement=True,
         note="A signed Kostenübernahmeerklärung attached (textless PDF) and named in the text: the employer declares it pays, a payment agreement in other words."),

    # --- Switzerland
    mail("rg-c01-kanton-definitiv.eml",
         frm=("Reto Caflisch", "reto.caflisch@kt-rheinwald.example"),
         subject="Definitive Anmeldung", client="outlook", date="Wed, 18 Jun 2025 10:10:00 +0200",
         body="""Sehr geehrte Frau Ostendorp

Das Gesuch ist bewilligt, hiermit melde ich mich definitiv an. Der Kanton ist kein Mitglied des VSOP.

Rechnungsadresse:
Kanton Rheinwald
Amt für Soziales
Kreditorenbuchhaltung
Referenz: AfS-Weiterbildung 2025
Grabenstrasse 12
7401 Rheinwald
Schweiz

Die Rechnung wird nach Eingang innert 30 Tagen beglichen. Bitte in EUR, wir bezahlen über die Kantonalbank.

Freundliche Grüsse
Reto Caflisch
Kanton Rheinwald
Departement Volkswirtschaft und Soziales
Amt für Soziales, Abteilung Planung
""",
         intent="registration", name="Reto Caflisch", member=False,
         organization="Kanton Rheinwald, Departement Volkswirtschaft und Soziales, Amt für Soziales, Abteilung Planung",
         invoice_address="Kanton Rheinwald, Amt für Soziales, Kreditorenbuchhaltung, Referenz: AfS-Weiterbildung 2025, Grabenstrasse 12, 7401 Rheinwald, Schweiz",
         payment_agreement=True,
         note="Swiss 'definitiv', 'innert 30 Tagen beglichen', a reference line in the invoice block."),

    mail("rg-c02-sozialamt-zwei-mwst.eml",
         frm=("Beatrice Zünd", "beatrice.zuend@seewilen.example"),
         subject="Definitive Anmeldung Zünd / Gisler", date="Thu, 26 Jun 2025 08:30:00 +0200",
         body="""Guten Tag

Hiermit melden wir uns beide definitiv an: Beatrice Zünd und Urs Gisler. Die Gebühr von je 300 Euro überweisen wir nach Erhalt der Rechnung.

Rechnung an:
Stadt Seewilen
Sozialamt
Seestrasse 41
8712 Seewilen

Eine Frage noch: Können Sie die Rechnung ohne deutsche Mehrwertsteuer ausstellen, da wir eine ausländische Behörde sind?

Beste Grüsse
Beatrice Zünd
Sozialamt der Stadt Seewilen
Fachstelle Sozialplanung
""",
         intent="registration", questions=1, name="Beatrice Zünd", persons=2, people=["Urs Gisler"], member=False,
         organization="Sozialamt der Stadt Seewilen, Fachstelle Sozialplanung",
         invoice_address="Stadt Seewilen, Sozialamt, Seestrasse 41, 8712 Seewilen", payment_agreement=True,
         note="Two persons, fee quoted 'je 300 Euro' (not members), and a VAT question for a foreign authority."),

    mail("rg-c03-birsau-sekretariat-notes.eml",
         frm=("Sekretariat Departement Soziales", "sekretariat.ds@stadt-birsau.example"),
         subject="Definitive Anmeldung Dr. S. Meury", client="notes", date="Fri, 27 Jun 2025 14:40:00 +0200",
         body="""Sehr geehrte Damen und Herren

Herr Dr. Meury nimmt definitiv an der Tagung teil. Die Zahlung erfolgt über die Stadtkasse nach Rechnungsstellung. Rechnungsadresse wie in der Signatur.

Freundliche Grüsse
Corinne Stöcklin
Sekretariat
Stadt Birsau | Departement Soziales
Marktplatz 9
4001 Birsau
""",
         intent="registration", name="S. Meury", title="Dr.", email=None,
         organization="Stadt Birsau, Departement Soziales",
         invoice_address="Stadt Birsau, Departement Soziales, Marktplatz 9, 4001 Birsau", payment_agreement=True,
         note="The secretariat registers her Departementsvorsteher bindingly; 'Rechnungsadresse wie in der Signatur' (the signature's organisation and postal lines); his first name only as 'S.' in the subject (fullest form of this mail); his address not given."),

    mail("rg-c04-spitex-html.eml",
         frm=("Fabienne Iten", "f.iten@spitex-aegeri.example"),
         subject="Anmeldung definitiv", date="Tue, 01 Jul 2025 12:00:00 +0200", client="outlook", html=True,
         body="""Hallo zusammen

Ich komme definitiv. Rechnungsadresse: Spitex-Verein Ägerital, Administration, Dorfstrasse 7, 6314 Ägerital. Zahlung per Banküberweisung nach Rechnungserhalt.

Gruss
Fabienne Iten
Spitex-Verein Ägerital
""",
         intent="registration", name="Fabienne Iten", organization="Spitex-Verein Ägerital",
         invoice_address="Spitex-Verein Ägerital, Administration, Dorfstrasse 7, 6314 Ägerital", payment_agreement=True,
         note="Short Swiss HTML+text mail with the address after 'Rechnungsadresse:' in the sentence."),

    mail("rg-c05-stiftung-ohne-zahlung.eml",
         frm=("Dr. Simone Wehrli-Bachmann", "s.wehrli@stiftung-limmatblick.example"),
         subject="Verbindliche Anmeldung", client="outlook", date="Mon, 30 Jun 2025 16:20:00 +0200",
         body="""Sehr geehrte Damen und Herren

Hiermit gilt meine Anmeldung als verbindlich.

Freundliche Grüsse

Dr. Simone Wehrli-Bachmann
Geschäftsführerin
Stiftung Limmatblick
Förderbereich Soziales
Limmatquai 118, 8001 Zürichsee

Stiftung Limmatblick · Die Stiftung ist im Handelsregister eingetragen. Diese Nachricht ist ausschliesslich für den Adressaten bestimmt.
""",
         intent="registration", name="Simone Wehrli-Bachmann", title="Dr.",
         organization="Stiftung Limmatblick, Förderbereich Soziales",
         note="A bare binding registration: no invoice address, no payment agreement (both missing); a Swiss footer."),
]
