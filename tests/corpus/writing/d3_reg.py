"""DEVELOPMENT set 3: binding registrations. Written apart; tune on these after dev3's first
measure was recorded."""

from d3_quote import apple, notes, owa, roundcube
from make_corpus import form_pdf, mail, scanned_pdf

PDF = "application/pdf"
PROG = "Ihre Voranmeldung – Programm und Anmeldebogen Jahrestagung 2025"
NACH = "Rückfrage zu Ihrer Anmeldung – Jahrestagung 2025"

MAILS = [
    mail("rg-f01-owa-lra-franken-kasse.eml",
         frm=("Hufnagel, Regina (LRA AM)", "regina.hufnagel@lra-altmuehlfranken.example"),
         subject="AW: " + PROG, client="outlook-web",
         date="Tue, 03 Jun 2025 09:12:00 +0200",
         body="""Guten Morgen Frau Wendt,

die Genehmigung liegt vor, ich melde mich hiermit fest an.

Rechnung bitte an:
Landratsamt Altmühlfranken
Sachgebiet 24
Kostenstelle 4310.0102
Ringstraße 3
91781 Weißenbrück

Den Betrag begleicht unsere Kreiskasse, sobald die Rechnung eingegangen ist.

Freundliche Grüße
Regina Hufnagel

""" + owa("programm", "Donnerstag, 17. April 2025 11:30", "Hufnagel, Regina (LRA AM)", PROG),
         intent="registration", name="Regina Hufnagel",
         organization="Landratsamt Altmühlfranken, Sachgebiet 24",
         invoice_address="Landratsamt Altmühlfranken, Sachgebiet 24, Kostenstelle 4310.0102, Ringstraße 3, 91781 Weißenbrück",
         payment_agreement=True,
         note="'fest anmelden'; 'Rechnung bitte an:' block with a cost centre; payment in the third person ('begleicht unsere Kreiskasse, sobald ...'); organisation only from the invoice block; quoted fees are the office's."),

    mail("rg-f02-bavarian-colloquial-member.eml",
         frm=("Sepp Kranzberger", "sepp.kranzberger@markt-hirschau-ost.example"),
         subject="Jetzt fix: Anmeldung Kranzberger", client="android",
         date="Wed, 04 Jun 2025 18:20:00 +0200",
         body="""Servus Frau Wendt,

jetzt is fix, i kimm. Rechnung geht an:
Markt Hirschau-Ost
Bürgerbüro
Marktplatz 2
92242 Hirschau-Ost

Zahlt wird nach Rechnung, is eh klar.

Pfiade
Sepp Kranzberger
""",
         intent="registration", name="Sepp Kranzberger",
         organization="Markt Hirschau-Ost, Bürgerbüro",
         invoice_address="Markt Hirschau-Ost, Bürgerbüro, Marktplatz 2, 92242 Hirschau-Ost",
         payment_agreement=True,
         note="Dialect ('jetzt is fix, i kimm'); passive payment ('Zahlt wird nach Rechnung'); membership not repeated (known from the pre-registration, not this mail)."),

    mail("rg-f03-pdf-beide-angekreuzt.eml",
         frm=("Kerstin Vollmer", "kerstin.vollmer@lk-rhoen-saale.example"),
         subject="Anmeldebogen Vollmer", client="outlook",
         date="Mon, 02 Jun 2025 10:00:00 +0200",
         body="""Guten Tag Frau Wendt,

anbei mein ausgefüllter Anmeldebogen. Die Kolleg*innen schicken ihre eigenen.

Viele Grüße
Kerstin Vollmer
""",
         attachments=[("Anmeldebogen_Vollmer.pdf", PDF, form_pdf({
             "name": "Kerstin Vollmer", "email": "kerstin.vollmer@lk-rhoen-saale.example",
             "organisation": "Landratsamt Rhön-Saale, Fachbereich Soziales",
             "personen": "1",
             "rechnungsanschrift": "Landratsamt Rhön-Saale\nFachbereich Soziales\nObere Marktstraße 6\n97616 Rhönbrück",
             "datum": "02.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Kerstin Vollmer", member=True,
         organization="Landratsamt Rhön-Saale, Fachbereich Soziales",
         invoice_address="Landratsamt Rhön-Saale, Fachbereich Soziales, Obere Marktstraße 6, 97616 Rhönbrück",
         payment_agreement=True,
         note="Filled PDF form with both boxes ticked."),

    mail("rg-f04-pdf-zahlung-nicht-angekreuzt.eml",
         frm=("Hauke Petersen", "h.petersen@kreis-eiderland.example"),
         subject="Anmeldung Petersen – Formular anbei", client="thunderbird",
         date="Tue, 03 Jun 2025 14:10:00 +0200",
         body="""Moin,

Formular hängt an.

Hauke Petersen
Kreis Eiderland | Fachdienst Eingliederungshilfe
""",
         attachments=[("Anmeldung_Petersen.pdf", PDF, form_pdf({
             "name": "Hauke Petersen", "email": "h.petersen@kreis-eiderland.example",
             "organisation": "Kreis Eiderland, Fachdienst Eingliederungshilfe",
             "personen": "1",
             "rechnungsanschrift": "Kreis Eiderland\nFachdienst Eingliederungshilfe\nAm Hafen 9\n25813 Husumer Koog",
             "datum": "03.06.2025"}))],
         intent="registration", name="Hauke Petersen", member=False,
         organization="Kreis Eiderland, Fachdienst Eingliederungshilfe",
         invoice_address="Kreis Eiderland, Fachdienst Eingliederungshilfe, Am Hafen 9, 25813 Husumer Koog",
         payment_agreement=False,
         note="Form with neither box ticked: non-member, payment agreement explicitly not given; missing payment_agreement."),

    mail("rg-f05-scan-bizhub.eml",
         frm=("Dieter Wagenknecht", "dieter.wagenknecht@kreisausschuss-schwalm.example"),
         subject="Anmeldung (eingescannt)", client="notes",
         date="Wed, 04 Jun 2025 11:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

nach Freigabe durch den Fachbereichsleiter übersende ich den unterschriebenen Anmeldebogen eingescannt.

Mit freundlichen Grüßen
Im Auftrag
Dieter Wagenknecht
Kreisausschuss des Schwalm-Kreises
""",
         attachments=[("SKM_C30025060411000.pdf", PDF, scanned_pdf("f05"))],
         intent="registration", needs_human=True, name="Dieter Wagenknecht",
         organization="Kreisausschuss des Schwalm-Kreises", missing_unknown=True,
         note="A scanned, signed form (no text layer): binding but unreadable; for staff."),

    mail("rg-f06-kaputtes-pdf-owa.eml",
         frm=("Jana Ostermann", "jana.ostermann@awo-unterweser.example"),
         subject="Verbindliche Anmeldung Ostermann", client="outlook-web",
         date="Thu, 05 Jun 2025 08:40:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die Geschäftsführung hat zugestimmt. Im Anhang finden Sie den ausgefüllten Bogen.

Mit freundlichen Grüßen
Jana Ostermann
""",
         attachments=[("Anmeldebogen.pdf", PDF, b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R")],
         intent="registration", needs_human=True, name="Jana Ostermann", missing_unknown=True,
         note="A cut-off PDF (upload broke): binding, nobody can read it; for staff."),

    mail("rg-f07-leitweg-hessen-passiv.eml",
         frm=("Martina Schwab", "martina.schwab@kreis-vogelsberg-sued.example"),
         subject="Verbindliche Anmeldung Nora Eckhardt", client="outlook",
         date="Fri, 06 Jun 2025 09:30:00 +0200",
         body="""Liebe Frau Wendt,

hiermit melden wir unsere Kollegin Nora Eckhardt (nora.eckhardt@kreis-vogelsberg-sued.example) verbindlich zur Jahrestagung an. Frau Eckhardt ist kein Mitglied.

Rechnungsempfänger:
Kreis Vogelsberg-Süd
Fachbereich Jugend und Familie
Leitweg-ID 06-0535000000-12
Postfach 1120
36341 Lauterbrück

Der Rechnungsbetrag wird nach Erhalt überwiesen.

Viele Grüße
Martina Schwab
""",
         intent="registration", name="Nora Eckhardt", email="nora.eckhardt@kreis-vogelsberg-sued.example",
         member=False, organization="Kreis Vogelsberg-Süd, Fachbereich Jugend und Familie",
         invoice_address="Kreis Vogelsberg-Süd, Fachbereich Jugend und Familie, Leitweg-ID 06-0535000000-12, Postfach 1120, 36341 Lauterbrück",
         payment_agreement=True,
         note="A colleague registers another (her address in the text); 'Rechnungsempfänger:' label; Leitweg-ID; passive payment; organisation from the invoice block."),

    mail("rg-f08-gruppe-nummeriert-kreiskasse.eml",
         frm=("Ralf Birkenstock", "ralf.birkenstock@stadt-fuldatal-ost.example"),
         subject="Verbindliche Anmeldung Sozialamt Fuldatal-Ost (3)", client="thunderbird",
         date="Mon, 09 Jun 2025 10:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

wie angekündigt melden wir nun verbindlich an:

1. Ralf Birkenstock, Mitglied
2. Simone Kehl, Mitglied
3. Yusuf Demir, Nichtmitglied

Rechnungsanschrift:
Stadt Fuldatal-Ost
Sozialamt
Am Rathaus 4
36110 Fuldatal-Ost

Die Stadtkasse überweist die Gebühren nach Rechnungseingang.

Mit freundlichen Grüßen
Ralf Birkenstock
Stadt Fuldatal-Ost
Sozialamt
""",
         intent="registration", name="Ralf Birkenstock", member=True, persons=3,
         people=["Simone Kehl", "Yusuf Demir"], people_members=[True, False],
         organization="Stadt Fuldatal-Ost, Sozialamt",
         invoice_address="Stadt Fuldatal-Ost, Sozialamt, Am Rathaus 4, 36110 Fuldatal-Ost",
         payment_agreement=True,
         note="Numbered list with membership after a comma ('Nichtmitglied' one word); payment in the third person."),

    mail("rg-f09-english-irish-council.eml",
         frm=("Aoife Brennan", "aoife.brennan@corrib-county.example"),
         subject="Re: Booking form - Cologne", client="outlook-web",
         date="Tue, 10 Jun 2025 12:00:00 +0100",
         body="""Hi Sabine,

Travel's approved, so please book both of us in for definite: myself and Ciarán Duffy. Neither of us is a member.

Please invoice:
Corrib County Council
Finance Department – Accounts Payable
PO 4500219877
County Buildings, Prospect Hill
Galway H91 XX00, Ireland

We'll pay by bank transfer once we have the invoice.

All the best,
Aoife
""",
         intent="registration", language="en", name="Aoife Brennan", member=False, persons=2,
         people=["Ciarán Duffy"], people_members=[False],
         organization="Corrib County Council, Finance Department – Accounts Payable",
         invoice_address="Corrib County Council, Finance Department – Accounts Payable, PO 4500219877, County Buildings, Prospect Hill, Galway H91 XX00, Ireland",
         payment_agreement=True,
         note="Irish English ('book both of us in for definite'); 'Please invoice:' block with a PO number; organisation from the invoice block."),

    mail("rg-f10-rechnung-wie-signatur.eml",
         frm=("Stefanie Görlitz", "stefanie.goerlitz@stadt-werratal.example"),
         subject="Feste Anmeldung Görlitz", client="outlook",
         date="Wed, 11 Jun 2025 08:15:00 +0200",
         body="""Guten Morgen Frau Wendt,

ich melde mich verbindlich an; die Rechnungsadresse entspricht der Signatur. Überwiesen wird nach Rechnungserhalt.

Mit freundlichen Grüßen
Stefanie Görlitz
Stadt Werratal
Amt für Soziales und Integration
Marktstraße 15
37269 Werratal
""",
         intent="registration", name="Stefanie Görlitz",
         organization="Stadt Werratal, Amt für Soziales und Integration",
         invoice_address="Stadt Werratal, Amt für Soziales und Integration, Marktstraße 15, 37269 Werratal",
         payment_agreement=True,
         note="'Rechnungsadresse entspricht der Signatur' (another wording); passive 'Überwiesen wird ...'."),

    mail("rg-f11-fehlt-zahlung.eml",
         frm=("Beat Zürcher", "beat.zuercher@aarwil.example"),
         subject="Definitive Anmeldung", client="apple",
         date="Wed, 11 Jun 2025 16:00:00 +0200",
         body="""Grüezi Frau Wendt

Hiermit melde ich mich definitiv für die Tagung an.

Rechnungsadresse:
Stadt Aarwil
Departement Soziales
Rathausgasse 1
CH-5000 Aarwil

Freundliche Grüsse
Beat Zürcher
""",
         intent="registration", name="Beat Zürcher",
         organization="Stadt Aarwil, Departement Soziales",
         invoice_address="Stadt Aarwil, Departement Soziales, Rathausgasse 1, CH-5000 Aarwil",
         note="Swiss 'definitiv anmelden'; no payment agreement: missing payment_agreement."),

    mail("rg-f12-fehlt-adresse-mitglied-250.eml",
         frm=("Lukas Höfler", "lukas.hoefler@stadt-regnitzau.example"),
         subject="Re: " + PROG, client="iphone",
         date="Thu, 12 Jun 2025 07:40:00 +0200",
         body="""Hallo Frau Wendt,

hiermit verbindlich angemeldet. Die 250 € überweisen wir nach Rechnung.

Lukas Höfler

Von meinem iPhone gesendet

""" + apple("programm", "17.04.2025 um 11:30"),
         intent="registration", name="Lukas Höfler", member=True, payment_agreement=True,
         note="Fee quoted as his own (250 € = member); no invoice address: missing invoice_address; quoted programme mail has both fees."),

    mail("rg-f13-secretary-for-mayor.eml",
         frm=("Sekretariat Bürgermeister", "sekretariat.bm@lahnfelden.example"),
         subject="Verbindliche Anmeldung Prof. Dr. Weigand", client="outlook",
         date="Fri, 13 Jun 2025 10:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

Herr Bürgermeister Prof. Dr. Armin Weigand nimmt verbindlich an der Jahrestagung teil. Er ist persönliches Mitglied.

Rechnungsanschrift:
Universitätsstadt Lahnfelden
Büro des Bürgermeisters
Marktplatz 1
35390 Lahnfelden

Die Teilnahmegebühr wird nach Rechnungsstellung durch die Stadtkasse beglichen.

Mit freundlichen Grüßen
im Auftrag
Petra Seibel
Sekretariat des Bürgermeisters
""",
         intent="registration", name="Armin Weigand", title="Prof. Dr.", member=True,
         email=None, organization="Universitätsstadt Lahnfelden, Büro des Bürgermeisters",
         invoice_address="Universitätsstadt Lahnfelden, Büro des Bürgermeisters, Marktplatz 1, 35390 Lahnfelden",
         payment_agreement=True,
         note="Secretary for her boss, his address not in this mail (email not labelled); passive with 'durch die Stadtkasse'; organisation from the invoice block."),

    mail("rg-f14-us-english-check.eml",
         frm=("Danielle Whitaker", "dwhitaker@civicbridge-fund.example"),
         subject="Confirming my registration",
         date="Mon, 16 Jun 2025 10:00:00 -0400", client="apple",
         body="""Hello again,

Our board approved it, so please consider this my firm registration for Cologne.

Billing address:
CivicBridge Fund (example)
Attn: Accounts Payable
1800 Market Street, Suite 400
Philadelphia, PA 19103
USA

We will wire the non-member fee as soon as we receive your invoice.

Best,
Danielle Whitaker
""",
         intent="registration", language="en", name="Danielle Whitaker", member=False,
         organization="CivicBridge Fund (example)",
         invoice_address="CivicBridge Fund (example), Attn: Accounts Payable, 1800 Market Street, Suite 400, Philadelphia, PA 19103, USA",
         payment_agreement=True,
         note="American English ('firm registration', 'Billing address:', 'wire ... as soon as we receive your invoice'); membership from 'the non-member fee'."),

    mail("rg-f15-oesterreich-magistrat.eml",
         frm=("Mag.a Elisabeth Pointner", "elisabeth.pointner@magistrat-innauen.example"),
         subject="Verbindliche Anmeldung Pointner", client="outlook",
         date="Tue, 17 Jun 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Wendt!

Hiermit melde ich mich verbindlich an. Die Rechnung ersuche ich an folgende Adresse zu richten:

Magistrat der Stadt Innauen
Abteilung Soziales und Gesundheit
z. Hd. Mag.a Pointner
Rathausplatz 2
A-6020 Innauen

Die Überweisung erfolgt nach Rechnungslegung durch unsere Buchhaltung.

Mit freundlichen Grüßen
Mag.a Elisabeth Pointner
""",
         intent="registration", name="Elisabeth Pointner",
         organization="Magistrat der Stadt Innauen, Abteilung Soziales und Gesundheit",
         invoice_address="Magistrat der Stadt Innauen, Abteilung Soziales und Gesundheit, z. Hd. Mag.a Pointner, Rathausplatz 2, A-6020 Innauen",
         payment_agreement=True,
         note="Austrian ('ersuche ich ... zu richten', 'Rechnungslegung'); address block after a sentence ending in ':'."),

    mail("rg-f16-zwei-dinge-storno-frage.eml",
         frm=("Oliver Brandl", "oliver.brandl@markt-isarwinkel.example"),
         subject="Anmeldung + Frage Ersatzperson", client="thunderbird",
         date="Wed, 18 Jun 2025 11:30:00 +0200",
         body="""Hallo,

ich melde mich verbindlich an und überweise nach Rechnung. Rechnungsanschrift: Markt Isarwinkel, Hauptverwaltung, Kirchplatz 1, 83646 Isarwinkel.

Falls ich im September krank werde: Kann dann ein Kollege meinen Platz übernehmen?

Grüße
Oliver Brandl
Markt Isarwinkel, Hauptverwaltung
""",
         intent="registration", questions=1, name="Oliver Brandl",
         organization="Markt Isarwinkel, Hauptverwaltung",
         invoice_address="Markt Isarwinkel, Hauptverwaltung, Kirchplatz 1, 83646 Isarwinkel",
         payment_agreement=True,
         note="Binding + a question about a substitute; invoice address in one line after the label."),

    mail("rg-f17-english-dutch-flemish-two.eml",
         frm=("Wouter Claes", "wouter.claes@stad-leiebrugge.example"),
         subject="Definitive inscription 2 persons",
         date="Thu, 19 Jun 2025 10:10:00 +0200", client="outlook",
         body="""Dear,

Hereby we confirm definitively our inscription: Wouter Claes and Lotte Verhaegen, both no members.

Invoice address:
Stad Leiebrugge
Dienst Welzijn
Markt 1
8500 Leiebrugge
Belgium
VAT BE 0207.451.xxx

The payment will be done by transfer after reception of the invoice.

Met vriendelijke groeten
Wouter Claes
""",
         intent="registration", language="en", name="Wouter Claes", member=False, persons=2,
         people=["Lotte Verhaegen"], people_members=[False],
         organization="Stad Leiebrugge, Dienst Welzijn",
         invoice_address="Stad Leiebrugge, Dienst Welzijn, Markt 1, 8500 Leiebrugge, Belgium, VAT BE 0207.451.xxx",
         payment_agreement=True,
         note="Flemish English ('confirm definitively our inscription', 'payment will be done by transfer after reception'); VAT line in the block."),

    mail("rg-f18-fliesstext-rechnung-satz.eml",
         frm=("Heike Ramsauer", "h.ramsauer@vg-frankenhoehe.example"),
         subject="Anmeldung Ramsauer verbindlich", client="outlook",
         date="Fri, 20 Jun 2025 09:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit bestätige ich meine Teilnahme verbindlich. Die Rechnung richten Sie bitte an die Verwaltungsgemeinschaft Frankenhöhe, Hauptstraße 12, 91578 Frankenhöhe; der Betrag wird nach Eingang angewiesen.

Mit freundlichem Gruß
Heike Ramsauer
Verwaltungsgemeinschaft Frankenhöhe
""",
         intent="registration", name="Heike Ramsauer",
         organization="Verwaltungsgemeinschaft Frankenhöhe",
         invoice_address="Verwaltungsgemeinschaft Frankenhöhe, Hauptstraße 12, 91578 Frankenhöhe",
         payment_agreement=True,
         note="Invoice address inside a sentence ('richten Sie bitte an die ...', base form without 'die'); 'wird ... angewiesen' (Bavarian administrative word for paying)."),

    mail("rg-f19-reply-nachfrage-nur-zahlung.eml",
         frm=("Anja Pfister", "anja.pfister@stadt-ansbachtal.example"),
         subject="Re: " + NACH, client="roundcube",
         date="Mon, 23 Jun 2025 10:00:00 +0200",
         body="""Hallo Frau Wendt,

klar: Wir zahlen nach Rechnungserhalt. Rechnungsadresse ist Stadt Ansbachtal, Amt für Familie und Soziales, Schlossgasse 3, 91522 Ansbachtal.

Grüße
Anja Pfister

""" + roundcube("nachfrage", "2025-06-20 14:15"),
         intent="registration", name="Anja Pfister",
         organization="Stadt Ansbachtal, Amt für Familie und Soziales",
         invoice_address="Stadt Ansbachtal, Amt für Familie und Soziales, Schlossgasse 3, 91522 Ansbachtal",
         payment_agreement=True,
         note="Answer to the office's 'Rückfrage' with the missing details; 'Rechnungsadresse ist ...' in a sentence; organisation from it."),

    mail("rg-f20-kolleginnen-gemischt-tabelle.eml",
         frm=("Gunda Reißmann/Bezirk/DE", "gunda.reissmann@bezirk-mainfranken.example"),
         subject="Antwort: Programm und Anmeldebogen", client="notes",
         date="Tue, 24 Jun 2025 08:30:00 +0200",
         body="""Sehr geehrte Frau Wendt,

wir melden uns verbindlich an:

Gunda Reißmann           Mitglied (institutionell)
Dr. Hannelore Vierling   Mitglied (institutionell)

Rechnung an:
Bezirk Mainfranken
Sozialverwaltung
Leitweg-ID 09-6700000000-33
Silcherstraße 5
97074 Mainfranken

Zahlung erfolgt nach Rechnungseingang.

Mit freundlichen Grüßen
Gunda Reißmann
""" + notes("programm", "17.04.2025 11:30"),
         intent="registration", name="Gunda Reißmann", member=True, persons=2,
         people=["Dr. Hannelore Vierling"], people_members=[True],
         organization="Bezirk Mainfranken, Sozialverwaltung",
         invoice_address="Bezirk Mainfranken, Sozialverwaltung, Leitweg-ID 09-6700000000-33, Silcherstraße 5, 97074 Mainfranken",
         payment_agreement=True,
         note="Table without separators; Notes quoting the programme mail; organisation from the invoice block."),

    mail("rg-f21-html-outlook-verband.eml",
         frm=("Christiane Lorenzen", "christiane.lorenzen@diakonie-schlei.example"),
         subject="Verbindliche Anmeldung", client="apple",
         date="Wed, 25 Jun 2025 15:00:00 +0200", html=True,
         body="""Liebe Frau Wendt,

prima, das hilft mir weiter! Somit bin ich zum Mitgliedspreis fest angemeldet.

Rechnungsadresse:
Diakonieverein an der Schlei e. V.
Beratungsstelle Kappeln-Süd
Hafenstraße 20
24376 Kappeln-Süd

Der Verein überweist, sobald die Rechnung da ist.

Herzlich
Christiane Lorenzen
""",
         intent="registration", name="Christiane Lorenzen", member=True,
         organization="Diakonieverein an der Schlei e. V., Beratungsstelle Kappeln-Süd",
         invoice_address="Diakonieverein an der Schlei e. V., Beratungsstelle Kappeln-Süd, Hafenstraße 20, 24376 Kappeln-Süd",
         payment_agreement=True,
         note="HTML + text; membership from 'zum Mitgliedspreis'; 'fest angemeldet'; payment in the third person; organisation from the invoice block."),

    mail("rg-f22-english-scottish-po.eml",
         frm=("Helen Forsyth", "helen.forsyth@lothian-east.example"),
         subject="Firm booking: Forsyth and Reid",
         date="Thu, 26 Jun 2025 09:00:00 +0100", client="outlook",
         body="""Dear Ms Wendt,

Further to my earlier e-mail, please treat this as our binding registration for Helen Forsyth (member) and Callum Reid (non-member).

Invoices should be addressed to:
East Lothian Borough Council (example)
Adult Social Care – Business Support
Purchase Order 88120476
John Muir House
Haddington EH41 3HA

Payment will follow on receipt of invoice.

Kind regards,
Helen Forsyth
""",
         intent="registration", language="en", name="Helen Forsyth", member=True, persons=2,
         people=["Callum Reid"], people_members=[False],
         organization="East Lothian Borough Council (example), Adult Social Care – Business Support",
         invoice_address="East Lothian Borough Council (example), Adult Social Care – Business Support, Purchase Order 88120476, John Muir House, Haddington EH41 3HA",
         payment_agreement=True,
         note="British ('Further to my earlier e-mail', 'Invoices should be addressed to:', 'Payment will follow on receipt of invoice'); per-person membership in parentheses."),

    mail("rg-f23-nur-freitext-verein-privat.eml",
         frm=("Renate Kögel", "renate.koegel@gmx.example"),
         subject="feste Anmeldung", client="gmx", charset="iso-8859-1",
         date="Thu, 26 Jun 2025 20:10:00 +0200",
         body="""Guten Abend,

ich melde mich fest an. Die Rechnung bitte an meine Privatadresse: Renate Kögel, Lindenweg 7, 95444 Bayreuthen. Ich zahle dann sofort nach Erhalt.

Mit freundlichen Grüßen
Renate Kögel
""",
         intent="registration", name="Renate Kögel",
         invoice_address="Renate Kögel, Lindenweg 7, 95444 Bayreuthen",
         payment_agreement=True,
         note="Private person; invoice address in a sentence after ':'; 'Ich zahle dann sofort nach Erhalt'."),

    mail("rg-f24-dialekt-hessisch-fehlt-beides.eml",
         frm=("Bernd Hofmeister", "bernd.hofmeister@gemeinde-kinzigbach.example"),
         subject="Jetzt aber fest!", client="gmx",
         date="Fri, 27 Jun 2025 11:00:00 +0200",
         body="""Ei gude,

des is jetzt verbindlich, isch komm nach Köln! Mitglied simmer net.

Gruß
Bernd Hofmeister
Gemeinde Kinzigbach, Seniorenbüro
""",
         intent="registration", name="Bernd Hofmeister", member=False,
         organization="Gemeinde Kinzigbach, Seniorenbüro",
         note="Hessian dialect ('des is jetzt verbindlich', 'Mitglied simmer net' = not members); both details missing."),

    mail("rg-f25-forward-kaemmerei.eml",
         frm=("Sönke Thomsen", "soenke.thomsen@amt-treenetal.example"),
         subject="WG: Rechnungsdaten für Anmeldung Thomsen", client="outlook",
         date="Mon, 30 Jun 2025 08:45:00 +0200",
         body="""Guten Morgen,

die Haushaltssitzung war positiv – ich bin verbindlich dabei. Unten die Rechnungsdaten von unserer Kämmerei.

Beste Grüße
Sönke Thomsen

Von: Kämmerei Amt Treenetal <kaemmerei@amt-treenetal.example>
Gesendet: Freitag, 27. Juni 2025 14:02
An: Thomsen, Sönke <soenke.thomsen@amt-treenetal.example>
Betreff: Rechnungsdaten

Moin Sönke,

Rechnungsanschrift:
Amt Treenetal
Kämmerei
Auftragsnummer 2025/0443
Marktplatz 1
24878 Treenetal

Die Kämmerei zahlt nach Eingang der Rechnung.

Gruß
Kämmerei
""",
         intent="registration", name="Sönke Thomsen",
         organization="Amt Treenetal, Kämmerei",
         invoice_address="Amt Treenetal, Kämmerei, Auftragsnummer 2025/0443, Marktplatz 1, 24878 Treenetal",
         payment_agreement=True,
         note="Binding plus a forwarded mail from the treasury with the invoice block and the payment sentence; organisation from the invoice block."),

    mail("rg-f26-english-australian-card.eml",
         frm=("Mick O'Halloran", "mick.ohalloran@shire-of-wattle.example"),
         subject="Re: Cologne conference - I'm in",
         date="Tue, 01 Jul 2025 06:00:00 +1000", client="gmx",
         body="""G'day again,

Flights are booked, so count me in for real this time. Send the invoice to:

Shire of Wattle Creek
Community Services
PO Box 12
Wattle Creek VIC 3799
Australia

I'll sort out the transfer as soon as it lands in my inbox.

Cheers
Mick O'Halloran
""",
         intent="registration", language="en", name="Mick O'Halloran",
         organization="Shire of Wattle Creek, Community Services",
         invoice_address="Shire of Wattle Creek, Community Services, PO Box 12, Wattle Creek VIC 3799, Australia",
         payment_agreement=True,
         note="Australian colloquial ('count me in for real', 'sort out the transfer as soon as it lands in my inbox'); organisation from the invoice block."),

    mail("rg-f27-assistent-fuer-chefin-mit-adresse.eml",
         frm=("Tanja Rupprecht", "tanja.rupprecht@stadt-pegnitzau.example"),
         subject="Verbindliche Anmeldung Dr. Mahr", client="outlook",
         date="Tue, 01 Jul 2025 10:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

für Frau Berufsmäßige Stadträtin Dr. Friederike Mahr (friederike.mahr@stadt-pegnitzau.example) melde ich hiermit verbindlich an. Sie ist Mitglied des VSOP.

Rechnungsanschrift:
Stadt Pegnitzau
Referat 5 – Soziales, Jugend und Senioren
Hauptmarkt 1
91257 Pegnitzau

Die Stadtkasse überweist nach Rechnungserhalt.

Mit freundlichen Grüßen
Tanja Rupprecht
Assistenz des Referats für Soziales
""",
         intent="registration", name="Friederike Mahr", title="Dr.", member=True,
         email="friederike.mahr@stadt-pegnitzau.example",
         organization="Stadt Pegnitzau, Referat 5 – Soziales, Jugend und Senioren",
         invoice_address="Stadt Pegnitzau, Referat 5 – Soziales, Jugend und Senioren, Hauptmarkt 1, 91257 Pegnitzau",
         payment_agreement=True,
         note="Assistant for her boss (address in parentheses); organisation from the invoice block."),

    mail("rg-f28-formular-zeile-im-text.eml",
         frm=("Tomás Ferreira", "tomas.ferreira@uni-weserhaven.example"),
         subject="Registration form (text)",
         date="Wed, 02 Jul 2025 09:00:00 +0200", client="thunderbird",
         body="""Hello,

my PDF reader cannot fill the form, so here are the fields:

Name: Tomás Ferreira
Organisation: University of Weserhaven, Institute of Social Policy
VSOP member: no
Persons: 1
Invoice address: University of Weserhaven, Institute of Social Policy, Third-party funds office, Bibliotheksstraße 1, 28359 Weserhaven
[x] I register bindingly and will pay after receiving the invoice

best
Tomás
""",
         intent="registration", language="en", name="Tomás Ferreira", member=False,
         organization="University of Weserhaven, Institute of Social Policy",
         invoice_address="University of Weserhaven, Institute of Social Policy, Third-party funds office, Bibliotheksstraße 1, 28359 Weserhaven",
         payment_agreement=True,
         note="The form's fields typed as text lines in English, with a ticked box line."),

    mail("rg-f29-vier-personen-drei-kommen.eml",
         frm=("Kerstin Vollmer", "kerstin.vollmer@lk-rhoen-saale.example"),
         subject="Verbindlich: Florian Leupold und Aylin Çelik", client="outlook",
         date="Thu, 03 Jul 2025 09:00:00 +0200",
         body="""Guten Tag Frau Wendt,

mein Formular haben Sie schon. Für zwei weitere Kolleg*innen melde ich hiermit verbindlich an:

Florian Leupold (Mitglied)
Aylin Çelik (kein Mitglied)

Dr. Stadler kommt leider doch nicht.

Rechnung wie bei mir an das Landratsamt Rhön-Saale, Fachbereich Soziales, Obere Marktstraße 6, 97616 Rhönbrück. Die Kreiskasse bezahlt nach Rechnungseingang.

Viele Grüße
Kerstin Vollmer
""",
         intent="registration", name="Florian Leupold", email=None, member=True, persons=2,
         people=["Aylin Çelik"], people_members=[False],
         organization="Landratsamt Rhön-Saale, Fachbereich Soziales",
         invoice_address="Landratsamt Rhön-Saale, Fachbereich Soziales, Obere Marktstraße 6, 97616 Rhönbrück",
         payment_agreement=True,
         note="The sender registers two others, not herself (already registered): first listed is the attendee, no address of theirs; a third person drops out; invoice address in a sentence."),

    mail("rg-f30-zahlung-passiv-kurz-mobil.eml",
         frm=("Nele Hansen", "nele.hansen@kiel-foerde-hilfe.example"),
         subject="Jetzt verbindlich", client="android",
         date="Thu, 03 Jul 2025 21:00:00 +0200",
         body="""Hi,

bin jetzt verbindlich dabei. Rechnung an Förde-Hilfe Kiel-Süd e.V., Ostring 4, 24143 Kiel-Süd – wird nach Rechnung überwiesen.

LG Nele
""",
         intent="registration", name="Nele Hansen",
         organization="Förde-Hilfe Kiel-Süd e.V.",
         invoice_address="Förde-Hilfe Kiel-Süd e.V., Ostring 4, 24143 Kiel-Süd",
         payment_agreement=True,
         note="Subject-less 'bin jetzt verbindlich dabei'; invoice address and passive payment on one line separated by a dash."),

    mail("rg-f31-dsa-oesterreich-gruppe.eml",
         frm=("Ing. Markus Gruber", "markus.gruber@bh-murtal.example"),
         subject="Verbindliche Anmeldung BH Murtal (2 Personen)", client="outlook",
         date="Fri, 04 Jul 2025 08:00:00 +0200",
         body="""Grüß Gott,

wir melden uns hiermit verbindlich an: Markus Gruber und DSA Sabine Haider, beide keine Mitglieder.

Rechnungsadresse:
Bezirkshauptmannschaft Murtal
Referat Soziales
Bahnhofstraße 10
A-8750 Murtal

Die Bezahlung erfolgt nach Erhalt der Rechnung.

Mit freundlichen Grüßen
Markus Gruber
""",
         intent="registration", name="Markus Gruber", member=False, persons=2,
         people=["Sabine Haider"], people_members=[False],
         organization="Bezirkshauptmannschaft Murtal, Referat Soziales",
         invoice_address="Bezirkshauptmannschaft Murtal, Referat Soziales, Bahnhofstraße 10, A-8750 Murtal",
         payment_agreement=True,
         note="Deadline day; 'beide keine Mitglieder'; 'Die Bezahlung erfolgt'."),

    mail("rg-f32-bremen-traeger-leitweg-fehlt-zahlung.eml",
         frm=("Dörte Lüders", "doerte.lueders@nachbarschaftshilfe-weserhaven.example"),
         subject="Verbindlich: Lüders und Brandt", client="roundcube",
         date="Mon, 16 Jun 2025 17:30:00 +0200",
         body="""Hallo Frau Wendt,

der Vorstand hat zugestimmt, wir kommen beide verbindlich: Dörte Lüders und Ilka Brandt.

Rechnungsanschrift:
Nachbarschaftshilfe Weserhaven e. V.
z. Hd. Ilka Brandt (Kasse)
Deichstraße 33
28217 Weserhaven

Herzliche Grüße
Dörte Lüders
""",
         intent="registration", name="Dörte Lüders", persons=2, people=["Ilka Brandt"],
         organization="Nachbarschaftshilfe Weserhaven e. V.",
         invoice_address="Nachbarschaftshilfe Weserhaven e. V., z. Hd. Ilka Brandt (Kasse), Deichstraße 33, 28217 Weserhaven",
         note="Two persons in a sentence after ':'; no payment agreement: missing; membership not repeated."),

    mail("rg-f33-gmail-english-native-uk-charity.eml",
         frm=("Priya Raman", "priya.raman@eastmoor-trust.example"),
         subject="Booking - Priya Raman",
         date="Tue, 17 Jun 2025 08:00:00 +0100", client="android",
         body="""Hi,

Confirming I'm coming - please book me in. Invoice to Eastmoor Community Trust, 14 Mill Lane, Bradford BD1 4QT, UK. We'll pay by BACS when the invoice arrives.

Priya Raman
Eastmoor Community Trust

Sent from my Galaxy
""",
         intent="registration", language="en", name="Priya Raman",
         organization="Eastmoor Community Trust",
         invoice_address="Eastmoor Community Trust, 14 Mill Lane, Bradford BD1 4QT, UK",
         payment_agreement=True,
         note="British charity; 'book me in'; invoice address in a sentence; 'pay by BACS when the invoice arrives'."),

    mail("rg-f34-pdf-mitglied-zahlung-weitere.eml",
         frm=("Jürgen Aumüller", "juergen.aumueller@stadt-altmuehlhausen.example"),
         subject="Anmeldebogen Weinzierl/Aumüller", client="outlook",
         date="Wed, 18 Jun 2025 13:00:00 +0200",
         body="""Grüß Gott Frau Wendt,

anbei der Bogen für meine Kollegin und mich.

Mit freundlichen Grüßen
Jürgen Aumüller
""",
         attachments=[("Bogen_Altmuehlhausen.pdf", PDF, form_pdf({
             "name": "Jürgen Aumüller", "email": "juergen.aumueller@stadt-altmuehlhausen.example",
             "organisation": "Stadt Altmühlhausen, Amt für Soziales, Senioren und Integration",
             "personen": "2", "weitere_personen": "Franziska Weinzierl",
             "rechnungsanschrift": "Stadt Altmühlhausen\nAmt für Soziales, Senioren und Integration\nRathausplatz 1\n84028 Altmühlhausen",
             "datum": "18.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Jürgen Aumüller", member=True, persons=2,
         people=["Franziska Weinzierl"],
         organization="Stadt Altmühlhausen, Amt für Soziales, Senioren und Integration",
         invoice_address="Stadt Altmühlhausen, Amt für Soziales, Senioren und Integration, Rathausplatz 1, 84028 Altmühlhausen",
         payment_agreement=True,
         note="PDF form for two persons ('weitere_personen' field)."),

    mail("rg-f35-swiss-english-bank.eml",
         frm=("Reto Bachmann", "reto.bachmann@kanton-limmatgau.example"),
         subject="Binding registration R. Bachmann",
         date="Thu, 19 Jun 2025 10:00:00 +0200", client="outlook",
         body="""Dear Ms Wendt

Herewith I register bindingly for the annual meeting. Please address the invoice to:

Canton of Limmatgau
Office for Social Security
Accounting
Stampfenbachstrasse 30
CH-8090 Limmatgau

The office will transfer the amount after getting the invoice.

Kind regards
Reto Bachmann
""",
         intent="registration", language="en", name="Reto Bachmann",
         organization="Canton of Limmatgau, Office for Social Security, Accounting",
         invoice_address="Canton of Limmatgau, Office for Social Security, Accounting, Stampfenbachstrasse 30, CH-8090 Limmatgau",
         payment_agreement=True,
         note="Swiss English ('Herewith I register bindingly'); third-person payment ('The office will transfer')."),

    mail("rg-f36-kreisbeigeordneter-sekretariat-kein-mail.eml",
         frm=("Vorzimmer Sozialdezernat", "vorzimmer.soz@kreis-bergstrasse-nord.example"),
         subject="Verbindliche Anmeldung Kreisbeigeordneter Sommer", client="outlook",
         date="Fri, 20 Jun 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Herr Kreisbeigeordneter Jochen Sommer nimmt nun verbindlich teil. Die Rechnungsanschrift lautet:

Kreis Bergstraße-Nord
Dezernat III
Gräffstraße 5
64646 Bergstraße-Nord

Die Kreiskasse wird den Betrag nach Rechnungseingang überweisen.

Freundliche Grüße
i. A. Birgit Weyand
""",
         intent="registration", name="Jochen Sommer", email=None,
         organization="Kreis Bergstraße-Nord, Dezernat III",
         invoice_address="Kreis Bergstraße-Nord, Dezernat III, Gräffstraße 5, 64646 Bergstraße-Nord",
         payment_agreement=True,
         note="Secretary for the Kreisbeigeordneter; 'Die Rechnungsanschrift lautet:'; future tense third person ('wird ... überweisen')."),

    mail("rg-f37-englisch-irischer-kollege-nur-name.eml",
         frm=("Gareth Pryce", "gareth.pryce@valecouncil.example"),
         subject="Confirmed: Gareth Pryce", client="outlook",
         date="Mon, 23 Jun 2025 09:30:00 +0100",
         body="""Hello,

Firming up my provisional place now - I'm definitely coming. Our accounts team will pay on invoice; please send it to accounts.payable@valecouncil.example and quote cost code SOC-2291.

Cheers,
Gareth Pryce
Policy & Partnerships
Vale of Tern Council
""",
         intent="registration", language="en", name="Gareth Pryce",
         organization="Policy & Partnerships, Vale of Tern Council",
         payment_agreement=True,
         note="Binding ('Firming up my provisional place', 'definitely coming'); payment by the accounts team; only an invoice e-mail, no postal invoice address: missing invoice_address."),

    mail("rg-f38-hochschule-prof-mitfrage.eml",
         frm=("Prof. Dr. Ursula Kammerlander", "u.kammerlander@hs-donauries.example"),
         subject="Verbindliche Anmeldung Kammerlander", client="outlook",
         date="Tue, 24 Jun 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

vielen Dank für die Auskunft zum Tagungsort. Ich melde mich hiermit verbindlich an.

Bitte stellen Sie die Rechnung aus auf:
Hochschule Donauries
Fakultät Soziale Arbeit
Drittmittelverwaltung
Am Hochschulcampus 1
86609 Donauries

Die Hochschulkasse überweist nach Rechnungseingang.

Könnten Sie mir außerdem sagen, ob es vor Ort eine Garderobe gibt?

Mit besten Grüßen
Prof. Dr. Ursula Kammerlander
""",
         intent="registration", questions=1, name="Ursula Kammerlander", title="Prof. Dr.",
         organization="Hochschule Donauries, Fakultät Soziale Arbeit, Drittmittelverwaltung",
         invoice_address="Hochschule Donauries, Fakultät Soziale Arbeit, Drittmittelverwaltung, Am Hochschulcampus 1, 86609 Donauries",
         payment_agreement=True,
         note="Binding + a question about a cloakroom; 'Bitte stellen Sie die Rechnung aus auf:' cue; organisation from the invoice block (the signature has only the name)."),

    mail("rg-f39-us-assistant-for-director.eml",
         frm=("Office Dr. Lindqvist", "office.lindqvist@nordic-welfare-lab.example"),
         subject="Binding registration - Dr. Henrik Lindqvist",
         date="Wed, 25 Jun 2025 14:00:00 +0200", client="outlook",
         body="""Dear VSOP team,

on behalf of Dr. Henrik Lindqvist (henrik.lindqvist@nordic-welfare-lab.example) I confirm his binding registration.

Invoice address:
Nordic Welfare Lab (example)
Finance
Box 7045
SE-11122 Stockholm
Sweden

The invoice will be paid by bank transfer within 30 days.

Best regards
Ingrid Holm
Executive Assistant
""",
         intent="registration", language="en", name="Henrik Lindqvist", title="Dr.",
         email="henrik.lindqvist@nordic-welfare-lab.example",
         organization="Nordic Welfare Lab (example), Finance",
         invoice_address="Nordic Welfare Lab (example), Finance, Box 7045, SE-11122 Stockholm, Sweden",
         payment_agreement=True,
         note="Assistant for her boss in English, his address in parentheses; passive 'will be paid'; organisation from the invoice block."),

    mail("rg-f40-ohne-voranmeldung-jugendhilfe.eml",
         frm=("Lea Wunderlich", "lea.wunderlich@jugendhilfe-mainbogen.example"),
         subject="AW: " + NACH, client="outlook-web",
         date="Thu, 26 Jun 2025 11:00:00 +0200",
         body="""Liebe Frau Wendt,

sorry für die Verzögerung! Hier die fehlenden Angaben: Rechnung an die Jugendhilfe Mainbogen gGmbH, Verwaltung, Mainufer 8, 63739 Mainbogen. Bezahlung nach Rechnungserhalt geht klar.

Liebe Grüße
Lea Wunderlich

""" + owa("nachfrage", "Dienstag, 24. Juni 2025 09:30", "Lea Wunderlich", NACH),
         intent="registration", name="Lea Wunderlich",
         organization="Jugendhilfe Mainbogen gGmbH, Verwaltung",
         invoice_address="Jugendhilfe Mainbogen gGmbH, Verwaltung, Mainufer 8, 63739 Mainbogen",
         payment_agreement=True,
         note="Answer to the office's 'Rückfrage' above the OWA quote; colloquial 'geht klar'; organisation from the invoice sentence."),
]
