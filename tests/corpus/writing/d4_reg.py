"""DEVELOPMENT set 4: binding registrations. Written apart (README.md); measured once before
any tuning on it."""

from d4_quote import SUBJECTS, gmail, iphone, outlook, outlook_block, outlook_en, own
from make_corpus import form_pdf, mail

PDF = "application/pdf"
VORAB = SUBJECTS["vorab"]
UNTER = SUBJECTS["unterlagen"]
ERINN = SUBJECTS["erinnerung"]
NOTICE = SUBJECTS["notice_en"]
W1 = "Montag, 14. April 2025 10:00"
W2 = "Mittwoch, 21. Mai 2025 09:00"
W3 = "Freitag, 20. Juni 2025 08:30"

MAILS = [
    mail("rg-g01-amtsdeutsch-erklaert.eml",
         frm=("Sommerkamp, Hiltrud Dr.", "h.sommerkamp@lk-peenetal.example"),
         subject="Jahrestagung 2025 – verbindliche Anmeldung", client="outlook",
         date="Mon, 02 Jun 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit wird die verbindliche Anmeldung der Unterzeichnerin zur o. g. Veranstaltung erklärt. Die Teilnahmegebühr in Höhe von 250,00 EUR wird nach Eingang der Rechnung auf das dort angegebene Konto angewiesen.

Rechnungsanschrift:
Landkreis Peenetal
Dezernat III
Stabsstelle Sozialplanung
Am Schloßpark 4
17389 Peenetal

Im Auftrag
Dr. Hiltrud Sommerkamp
Landkreis Peenetal | Dezernat III | Stabsstelle Sozialplanung
""",
         intent="registration", name="Hiltrud Sommerkamp", title="Dr.", member=True,
         organization="Landkreis Peenetal, Dezernat III, Stabsstelle Sozialplanung",
         invoice_address="Landkreis Peenetal, Dezernat III, Stabsstelle Sozialplanung, Am Schloßpark 4, 17389 Peenetal",
         payment_agreement=True,
         note="Passive Amtsdeutsch ('wird die verbindliche Anmeldung ... erklärt', 'wird ... angewiesen'); the member fee quoted as her own."),

    mail("rg-g02-android-ein-satz.eml",
         frm=("Tim Kowalski", "t.kowalski@stadt-emscherbruch.example"),
         subject="AW: " + UNTER, client="android", date="Tue, 03 Jun 2025 07:20:00 +0200",
         body="Fest dabei. Rechnung an Stadt Emscherbruch, FB 50, Kirchplatz 1, 45899 Emscherbruch. Zahlen wir nach Rechnung. Tim\n\nGesendet von Outlook für Android\n"
              + outlook_block("unterlagen", W2, "Kowalski, Tim"),
         intent="registration", name="Tim Kowalski",
         invoice_address="Stadt Emscherbruch, FB 50, Kirchplatz 1, 45899 Emscherbruch",
         payment_agreement=True,
         note="Mobile: everything in three short sentences above a quote that names both fees and 'Rechnungsanschrift'."),

    mail("rg-g03-nur-betreff.eml",
         frm=("Birgit Hollenhorst", "birgit.hollenhorst@kreis-haarstrang.example"),
         subject="Feste Anmeldung: Birgit Hollenhorst – Zahlung nach Rechnung",
         date="Tue, 03 Jun 2025 08:00:00 +0200", body="",
         intent="registration", name="Birgit Hollenhorst", payment_agreement=True,
         note="Only a subject: binding, payment after the invoice; the invoice address is missing."),

    mail("rg-g04-ganzer-thread.eml",
         frm=("Elke Rosendahl", "elke.rosendahl@stadt-tecklenheide.example"),
         subject="AW: " + UNTER, client="outlook", date="Wed, 04 Jun 2025 10:15:00 +0200",
         body="""Guten Tag Herr Overbeck,

hiermit melde ich mich für Köln verbindlich an. Die Rechnung bitte an:

Stadt Tecklenheide
Sozialamt
Marktstraße 8
49545 Tecklenheide

Wir überweisen nach Rechnungseingang.

Viele Grüße
Elke Rosendahl

""" + outlook("unterlagen", W2, "Rosendahl, Elke") + "\n"
             + own("Rosendahl, Elke", "Freitag, 2. Mai 2025 10:30", "AW: AW: " + VORAB,
                   "Guten Tag,\n\nnach Rücksprache mit der Amtsleitung: Bitte merken Sie mich vor.\n\nViele Grüße\nElke Rosendahl")
             + "\n" + outlook("vorab", W1, "Rosendahl, Elke"),
         intent="registration", name="Elke Rosendahl", organization="Stadt Tecklenheide, Sozialamt",
         invoice_address="Stadt Tecklenheide, Sozialamt, Marktstraße 8, 49545 Tecklenheide",
         payment_agreement=True,
         note="The whole thread below (office mail with fees, her pre-registration, the first notice); organisation from the invoice block."),

    mail("rg-g05-html-tabelle-gruppe.eml",
         frm=("Annegret Vosskuhl", "a.vosskuhl@kreis-hellwegboerde.example"),
         subject="Verbindliche Anmeldung Kreis Hellwegbörde (3 Personen)", client="outlook-web",
         date="Wed, 04 Jun 2025 13:30:00 +0200", html_only=True,
         html="""<html><head><meta charset="utf-8"></head><body>
<div>Guten Tag Herr Overbeck,</div><div>&nbsp;</div>
<div>wir drei melden uns hiermit verbindlich an:</div>
<table border="1" cellpadding="3"><tr><th>Name</th><th>Mitglied</th><th>Gebühr</th></tr>
<tr><td>Annegret Vosskuhl</td><td>ja</td><td>250 €</td></tr>
<tr><td>Mehmet Arslan</td><td>ja</td><td>250 €</td></tr>
<tr><td>Dr. Jasmin Ufer</td><td>nein</td><td>300 €</td></tr></table>
<div>&nbsp;</div><div><b>Rechnungsanschrift:</b><br>Kreis Hellwegbörde<br>Fachbereich Soziales und Integration<br>Hansaring 12<br>59555 Hellwegbörde</div>
<div>&nbsp;</div><div>Die Gebühren überweisen wir nach Erhalt der Rechnung.</div>
<div>&nbsp;</div><div>Freundliche Grüße<br>Annegret Vosskuhl</div>
</body></html>
""",
         intent="registration", name="Annegret Vosskuhl", member=True,
         organization="Kreis Hellwegbörde, Fachbereich Soziales und Integration",
         persons=3, people=["Mehmet Arslan", "Dr. Jasmin Ufer"], people_members=[True, False],
         invoice_address="Kreis Hellwegbörde, Fachbereich Soziales und Integration, Hansaring 12, 59555 Hellwegbörde",
         payment_agreement=True,
         note="HTML-only group with a table (membership and fee per person) and a bold label line."),

    mail("rg-g06-weitergeleitete-rechnungsdaten.eml",
         frm=("Szymanski, Detlef", "detlef.szymanski@stadt-emscherbruch.example"),
         subject="WG: Rechnungsadresse Dienstreise", client="outlook", date="Thu, 05 Jun 2025 09:05:00 +0200",
         body="""Hallo Herr Overbeck,

ich melde mich hiermit fest an. Die Rechnungsdaten hat mir unsere Haushaltsabteilung geschickt, siehe unten. Bezahlt wird nach Rechnung.

Detlef Szymanski
Stadt Emscherbruch, Fachbereich 50 Soziales

-----Ursprüngliche Nachricht-----
Von: Haushalt FB 50
Gesendet: Mittwoch, 4. Juni 2025 15:40
An: Szymanski, Detlef
Betreff: Rechnungsadresse Dienstreise

Hallo Detlef,
bitte folgende Rechnungsanschrift angeben:

Stadt Emscherbruch
Fachbereich 50 – Haushalt
Buchungskreis 5000
Kirchplatz 1
45899 Emscherbruch

Gruß Moni
""",
         intent="registration", name="Detlef Szymanski",
         organization="Stadt Emscherbruch, Fachbereich 50 Soziales",
         invoice_address="Stadt Emscherbruch, Fachbereich 50 – Haushalt, Buchungskreis 5000, Kirchplatz 1, 45899 Emscherbruch",
         payment_agreement=True,
         note="The invoice address is in a forwarded internal mail below ('siehe unten'); passive payment."),

    mail("rg-g07-koelsch-zwei.eml",
         frm=("Frank Pützfeld", "frank.puetzfeld@stadt-rheinkassel.example"),
         subject="Jetz es et fass", date="Thu, 05 Jun 2025 11:30:00 +0200",
         body="""Jode Morje Här Overbeck,

jetz es et fass: mer kumme beids, ich un de Gaby Nettesheim. Rechnung bitte an:
Stadt Rheinkassel
Amt für Soziales
Rathausstraße 2
51149 Rheinkassel

Bezahlt weed, wann de Rechnung do es.

Frank Pützfeld
""",
         intent="registration", name="Frank Pützfeld", organization="Stadt Rheinkassel, Amt für Soziales",
         persons=2, people=["Gaby Nettesheim"],
         invoice_address="Stadt Rheinkassel, Amt für Soziales, Rathausstraße 2, 51149 Rheinkassel",
         payment_agreement=True,
         note="Kölsch ('jetz es et fass', 'Bezahlt weed, wann de Rechnung do es')."),

    mail("rg-g08-schwaebisch-kostenstelle.eml",
         frm=("Gottlieb Häberle", "gottlieb.haeberle@lra-albvorland.example"),
         subject="Jetzt fescht", date="Fri, 06 Jun 2025 08:40:00 +0200",
         body="""Grüß Gott Herr Overbeck,

jetzt isch's fescht, i komm. D' Rechnung goht an:
Landratsamt Albvorland
Sozialdezernat
Kostenstelle 5010
Lindenstraße 7
72622 Albvorland

Zahla dädet mir nach dr Rechnung, wie sich's gheert.

Gottlieb Häberle
Landratsamt Albvorland, Sozialdezernat
""",
         intent="registration", name="Gottlieb Häberle", organization="Landratsamt Albvorland, Sozialdezernat",
         invoice_address="Landratsamt Albvorland, Sozialdezernat, Kostenstelle 5010, Lindenstraße 7, 72622 Albvorland",
         payment_agreement=True,
         note="Swabian ('jetzt isch's fescht', 'D' Rechnung goht an:', 'Zahla dädet mir nach dr Rechnung')."),

    mail("rg-g09-denglisch-invoice-bitte.eml",
         frm=("Jule Brandenburg", "jule.brandenburg@hs-ruhrtal.example"),
         subject="Köln – it's official", date="Fri, 06 Jun 2025 15:00:00 +0200",
         body="""Hi Martin,

the final go ist da! Ich melde mich hiermit binding an. Invoice bitte an:
Hochschule Ruhrtal
Social Planning Lab
z. Hd. Jule Brandenburg
Campusallee 3
44801 Ruhrtal

Payment dann per Überweisung nach Rechnung, as usual.

Cheers,
Jule Brandenburg
Social Planning Lab | Hochschule Ruhrtal
""",
         intent="registration", name="Jule Brandenburg", organization="Social Planning Lab, Hochschule Ruhrtal",
         invoice_address="Hochschule Ruhrtal, Social Planning Lab, z. Hd. Jule Brandenburg, Campusallee 3, 44801 Ruhrtal",
         payment_agreement=True,
         note="German with English words ('binding an', 'Invoice bitte an:', 'Payment ... nach Rechnung'): German."),

    mail("rg-g10-canada-wire-transfer.eml",
         frm=("Marie-Claude Tremblay", "mc.tremblay@riviere-aux-saules.example"),
         subject="Cologne - it's a go", date="Mon, 09 Jun 2025 10:00:00 -0400",
         body="""Hi again,

it's a go! Please register me for Cologne. Invoice to:
City of Riviere-aux-Saules
Community Services Department
Attn: Accounts Payable
455 Rue Principale
Riviere-aux-Saules, QC J0K 1A0
Canada

We'll pay by wire transfer once we receive the invoice. I'm not a VSOP member, so the 300 EUR rate applies.

Marie-Claude
""",
         intent="registration", language="en", name="Marie-Claude Tremblay", member=False,
         organization="City of Riviere-aux-Saules, Community Services Department",
         invoice_address="City of Riviere-aux-Saules, Community Services Department, Attn: Accounts Payable, 455 Rue Principale, Riviere-aux-Saules, QC J0K 1A0, Canada",
         payment_agreement=True,
         note="Canadian address (town, province and postcode on one line); 'Attn:' line; non-member by statement and fee."),

    mail("rg-g11-indian-remitted.eml",
         frm=("Dr. Ananya Deshpande", "ananya.deshpande@dipa-pune.example"),
         subject="Confirmation of participation", date="Mon, 09 Jun 2025 12:15:00 +0530",
         body="""Respected Sir,

I am happy to inform that sanction has been received. Kindly register my name for the conference. The fee will be remitted by our accounts section after receipt of invoice.

Billing address:
Deccan Institute of Public Administration
Accounts Section
Ganeshkhind Road
Pune 411007
India

Thanks and regards,
Dr. Ananya Deshpande
Centre for Urban Social Policy
Deccan Institute of Public Administration
""",
         intent="registration", language="en", name="Ananya Deshpande", title="Dr.",
         organization="Centre for Urban Social Policy, Deccan Institute of Public Administration",
         invoice_address="Deccan Institute of Public Administration, Accounts Section, Ganeshkhind Road, Pune 411007, India",
         payment_agreement=True,
         note="Indian English ('sanction has been received', 'will be remitted ... after receipt of invoice'); 'Billing address:'."),

    mail("rg-g12-norwegian-reference.eml",
         frm=("Ingrid Solbakken", "ingrid.solbakken@nordre-fjellvik.kommune.example"),
         subject="Binding registration, 2 persons", date="Tue, 10 Jun 2025 09:00:00 +0200",
         body="""Hello again,

we now register bindingly for two persons, me and Sindre Haugland. Please send one invoice to:
Nordre Fjellvik kommune
Helse- og velferdsavdelingen
Postboks 44
8290 Fjellvik
Norway
Reference: 2025-HV-118

We will pay the invoice by bank transfer.

Ingrid Solbakken
""",
         intent="registration", language="en", name="Ingrid Solbakken",
         organization="Nordre Fjellvik kommune, Helse- og velferdsavdelingen",
         persons=2, people=["Sindre Haugland"],
         invoice_address="Nordre Fjellvik kommune, Helse- og velferdsavdelingen, Postboks 44, 8290 Fjellvik, Norway, Reference: 2025-HV-118",
         payment_agreement=True,
         note="Norwegian English; a reference line at the end of the invoice block; 'We will pay the invoice by bank transfer' (no 'after')."),

    mail("rg-g13-amtsdeutsch-ohne-zahlung.eml",
         frm=("Dreckmann, Rolf", "rolf.dreckmann@bezreg-arnsfeld.example"),
         subject="Jahrestagung VSOP 2025; hier: verbindliche Anmeldung", client="outlook",
         date="Tue, 10 Jun 2025 11:00:00 +0200",
         body="""Sehr geehrter Herr Overbeck,

die verbindliche Anmeldung des Unterzeichners wird hiermit erklärt.

Rechnungsanschrift:
Bezirksregierung Arnsfeld
Dezernat 34
Seibertzstraße 1
59821 Arnsfeld

Im Auftrag
Rolf Dreckmann
""",
         intent="registration", name="Rolf Dreckmann", organization="Bezirksregierung Arnsfeld, Dezernat 34",
         invoice_address="Bezirksregierung Arnsfeld, Dezernat 34, Seibertzstraße 1, 59821 Arnsfeld",
         note="Passive declaration; no payment agreement (missing payment_agreement)."),

    mail("rg-g14-adresse-folgt.eml",
         frm=("Jens Wiechers", "jens.wiechers@gemeinde-halternheide.example"),
         subject="fest dabei", client="android", date="Wed, 11 Jun 2025 07:30:00 +0200",
         body="hallo herr overbeck, ich bin jetzt fest dabei und zahle nach rechnung. die adresse schick ich nach, die kämmerei sucht noch die kostenstelle raus. mfg jens wiechers\n",
         intent="registration", name="Jens Wiechers", payment_agreement=True,
         note="Lower case mobile; payment agreed, invoice address to follow (missing invoice_address)."),

    mail("rg-g15-pdf-beide-suedtirol.eml",
         frm=("Dr. Martina Oberhollenzer", "martina.oberhollenzer@bzg-eisacktal-sued.example"),
         subject="Anmeldebogen", date="Wed, 11 Jun 2025 09:45:00 +0200",
         body="""Grüß Gott,

anbei der ausgefüllte Bogen.

Freundliche Grüße
Martina Oberhollenzer
""",
         attachments=[("Anmeldebogen_Oberhollenzer.pdf", PDF, form_pdf({
             "name": "Dr. Martina Oberhollenzer", "email": "martina.oberhollenzer@bzg-eisacktal-sued.example",
             "organisation": "Bezirksgemeinschaft Eisacktal-Süd, Sozialdienste", "personen": "1",
             "rechnungsanschrift": "Bezirksgemeinschaft Eisacktal-Süd\nSozialdienste\nLauben 12\n39042 Brixen-Süd\nItalien\nMwSt.-Nr. IT00112233445",
             "datum": "11.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Martina Oberhollenzer", title="Dr.", member=True,
         organization="Bezirksgemeinschaft Eisacktal-Süd, Sozialdienste",
         invoice_address="Bezirksgemeinschaft Eisacktal-Süd, Sozialdienste, Lauben 12, 39042 Brixen-Süd, Italien, MwSt.-Nr. IT00112233445",
         payment_agreement=True,
         note="Filled PDF form, both boxes ticked; a VAT number in the invoice address; the title in the form's name field."),

    mail("rg-g16-pdf-nur-zahlung-notes.eml",
         frm=("Luc Heinen", "luc.heinen@dg-ministerium.example"),
         subject="Anmeldung Jahrestagung – Formular", client="notes", date="Thu, 12 Jun 2025 10:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

in der Anlage erhalten Sie das ausgefüllte Anmeldeformular.

Hochachtungsvoll
Luc Heinen
""",
         attachments=[("Formular_Heinen.pdf", PDF, form_pdf({
             "name": "Luc Heinen", "email": "luc.heinen@dg-ministerium.example",
             "organisation": "Ministerium der Deutschsprachigen Gemeinschaft, Fachbereich Familie und Soziales",
             "personen": "1",
             "rechnungsanschrift": "Ministerium der Deutschsprachigen Gemeinschaft\nBuchhaltung\nGospertstraße 1\n4700 Eupen-Nord\nBelgien",
             "datum": "12.06.2025"}, checked=("zahlungsvereinbarung",)))],
         intent="registration", name="Luc Heinen", member=False,
         organization="Ministerium der Deutschsprachigen Gemeinschaft, Fachbereich Familie und Soziales",
         invoice_address="Ministerium der Deutschsprachigen Gemeinschaft, Buchhaltung, Gospertstraße 1, 4700 Eupen-Nord, Belgien",
         payment_agreement=True,
         note="Notes; form with only the payment box ticked (member box unticked: false)."),

    mail("rg-g17-sekretariat-chefin-stadtkasse.eml",
         frm=("Lüke, Petra", "petra.lueke@stadt-lennehagen.example"),
         subject="AW: " + UNTER, client="outlook", date="Thu, 12 Jun 2025 14:00:00 +0200",
         body="""Sehr geehrter Herr Overbeck,

Frau Dr. Wiltrud Esser-Kamphues nimmt nun verbindlich teil. Die Rechnung richten Sie bitte an die Stadt Lennehagen, Dezernat IV, Postfach 10 04 40, 58089 Lennehagen. Der Betrag wird nach Rechnungseingang von der Stadtkasse überwiesen.

Mit freundlichen Grüßen
i. A. Petra Lüke
Stadt Lennehagen | Dezernat IV – Soziales und Jugend

""" + outlook("unterlagen", W2, "Esser-Kamphues, Wiltrud Dr."),
         intent="registration", name="Wiltrud Esser-Kamphues", title="Dr.", email=None,
         organization="Stadt Lennehagen, Dezernat IV – Soziales und Jugend",
         invoice_address="Stadt Lennehagen, Dezernat IV, Postfach 10 04 40, 58089 Lennehagen",
         payment_agreement=True,
         note="Secretary registers her boss (no address of the boss in this mail); invoice address in a sentence; the city treasury pays (third person, passive)."),

    mail("rg-g18-znuny-mensch-zwei-mitglieder.eml",
         frm=("Servicestelle Sozialplanung", "sozialplanung@kreis-berkelland.example"),
         subject="[Ticket#2025061210000911] AW: " + UNTER, date="Thu, 12 Jun 2025 15:20:00 +0200",
         headers=[("X-Mailer", "Znuny Mail Service")],
         body="""Sehr geehrter Herr Overbeck,

hiermit melden wir Frau Sandra Kuhlmann und Herrn Bernd Ostendorf verbindlich an. Beide sind über den Kreis Mitglied.

Rechnung an:
Kreis Berkelland
Servicestelle Sozialplanung
Burgstraße 2
48653 Berkelland

Die Zahlung erfolgt nach Rechnungsstellung.

Mit freundlichen Grüßen
i. A. Sandra Kuhlmann
Kreis Berkelland – Servicestelle Sozialplanung

--
Diese Nachricht wurde über unser Ticketsystem versendet. Bitte lassen Sie die Ticketnummer im Betreff stehen.
""",
         intent="registration", name="Sandra Kuhlmann", member=True,
         organization="Kreis Berkelland, Servicestelle Sozialplanung",
         persons=2, people=["Bernd Ostendorf"], people_members=[True],
         invoice_address="Kreis Berkelland, Servicestelle Sozialplanung, Burgstraße 2, 48653 Berkelland",
         payment_agreement=True,
         note="A person writing through her office's ticket system (ticket number, footer, no Auto-Submitted): a binding registration of two."),

    mail("rg-g19-platt.eml",
         frm=("Hinnerk Pahl", "hinnerk.pahl@amt-warnowniederung.example"),
         subject="Nu is dat fast", date="Fri, 13 Jun 2025 10:10:00 +0200",
         body="""Moin Herr Overbeck,

nu is dat fast: ick kaam. Rekenung an:
Amt Warnowniederung
Kämmerie
Am Markt 5
18196 Warnowniederung

Betahlt warrt, wenn de Rekenung dor is.

Gröten
Hinnerk Pahl
Amt Warnowniederung
""",
         intent="registration", name="Hinnerk Pahl", organization="Amt Warnowniederung",
         invoice_address="Amt Warnowniederung, Kämmerie, Am Markt 5, 18196 Warnowniederung",
         payment_agreement=True,
         note="Low German ('ick kaam', 'Rekenung an:', 'Betahlt warrt, wenn de Rekenung dor is')."),

    mail("rg-g20-mit-essensfrage.eml",
         frm=("Nina Terhorst", "nina.terhorst@familienzentrum-lippeaue.example"),
         subject="Verbindliche Anmeldung Terhorst", date="Mon, 16 Jun 2025 09:30:00 +0200",
         body="""Hallo Herr Overbeck,

hiermit melde ich mich verbindlich an; Lisa kommt leider doch nicht mit.

Rechnungsadresse:
Familienzentrum Lippeaue e. V.
Auenweg 14
59227 Lippeaue

Wir zahlen nach Rechnungseingang. Kann ich am zweiten Tag ein veganes Mittagessen bekommen?

Liebe Grüße
Nina Terhorst
Familienzentrum Lippeaue e. V.
""",
         intent="registration", questions=1, name="Nina Terhorst",
         organization="Familienzentrum Lippeaue e. V.",
         invoice_address="Familienzentrum Lippeaue e. V., Auenweg 14, 59227 Lippeaue",
         payment_agreement=True,
         note="Binding for herself only (the colleague drops out in a half sentence); a catering question for a person."),

    mail("rg-g21-malta-vat-question.eml",
         frm=("Maria Camilleri", "maria.camilleri@fsws-malta.example"),
         subject="Registration confirmed", date="Mon, 16 Jun 2025 11:00:00 +0200",
         body="""Dear Sir/Madam,

I hereby confirm my registration.

Invoice address:
Foundation for Social Welfare Services
Finance Unit
12 Triq il-Kbira
Ħamrun-West HMR 1010
Malta

Payment will be made by bank transfer upon receipt of the invoice. Could the invoice show our VAT number MT12345678?

Regards
Maria Camilleri
Foundation for Social Welfare Services
""",
         intent="registration", language="en", questions=1, name="Maria Camilleri",
         organization="Foundation for Social Welfare Services",
         invoice_address="Foundation for Social Welfare Services, Finance Unit, 12 Triq il-Kbira, Ħamrun-West HMR 1010, Malta",
         payment_agreement=True,
         note="Maltese address; a question to change the invoice counts as a question."),

    mail("rg-g22-iphone-wie-signatur.eml",
         frm=("Dirk Hülsmann", "dirk.huelsmann@stadt-bergkamen-ost.example"),
         subject="Re: " + ERINN, client="iphone", date="Tue, 17 Jun 2025 18:00:00 +0200",
         body="""Ja, fest. Rechnungsadresse wie in der Signatur, wir zahlen nach Rechnung.

Dirk Hülsmann
Stadt Bergkamen-Ost
Fachbereich Jugend und Soziales
Rathausplatz 1
59199 Bergkamen-Ost

""" + iphone("erinnerung", "17.06.2025 um 08:30"),
         intent="registration", name="Dirk Hülsmann",
         organization="Stadt Bergkamen-Ost, Fachbereich Jugend und Soziales",
         invoice_address="Stadt Bergkamen-Ost, Fachbereich Jugend und Soziales, Rathausplatz 1, 59199 Bergkamen-Ost",
         payment_agreement=True,
         note="'Ja, fest.' to the reminder; invoice address as in the signature."),

    mail("rg-g23-french-english-thread.eml",
         frm=("Élodie Marchand", "elodie.marchand@ville-saint-orme.example"),
         subject="RE: " + UNTER, client="outlook", date="Tue, 17 Jun 2025 10:40:00 +0200",
         body="""Dear Mister Overbeck,

now I can confirm: I register definitively. Please address the invoice to:
Ville de Saint-Orme
Direction de la cohésion sociale
2 place de l'Hôtel de Ville
60100 Saint-Orme
France

The payment will be done by administrative transfer after reception of the invoice.

Cordially,
Élodie Marchand

""" + outlook_en("unterlagen", "Wednesday, May 21, 2025 9:00 AM", "Marchand Elodie") + "\n"
             + own("Marchand Elodie", "Thursday, May 8, 2025 11:11 AM", "RE: " + NOTICE,
                   "Dear Mister Overbeck,\n\nI am very interested by your conference and I would like to reserve a place, without engagement for the moment. I am member of VSOP since 2021.\n\nCordially,\nÉlodie Marchand")
             + "\n" + outlook_en("notice_en", "Monday, April 14, 2025 10:00 AM", "Marchand Elodie"),
         intent="registration", language="en", name="Élodie Marchand",
         organization="Ville de Saint-Orme, Direction de la cohésion sociale",
         invoice_address="Ville de Saint-Orme, Direction de la cohésion sociale, 2 place de l'Hôtel de Ville, 60100 Saint-Orme, France",
         payment_agreement=True,
         note="French English; the whole thread below (German office mail with fees, her own earlier mail stating membership: quoted, so membership is not labelled)."),

    mail("rg-g24-luxemburg-fee.eml",
         frm=("Carole Weydert", "carole.weydert@sauerdall.example"),
         subject="Anmeldung verbindlich", date="Wed, 18 Jun 2025 09:10:00 +0200",
         body="""Bonjour Herr Overbeck,

ich bestätige meine Teilnahme verbindlich. Die 250 € überweisen wir nach Erhalt der Rechnung.

Rechnungsadresse:
Administration communale de Sauerdall
Service social
1, rue de l'Église
L-9392 Sauerdall
Luxembourg

Merci!
Carole Weydert
""",
         intent="registration", name="Carole Weydert", member=True,
         organization="Administration communale de Sauerdall, Service social",
         invoice_address="Administration communale de Sauerdall, Service social, 1, rue de l'Église, L-9392 Sauerdall, Luxembourg",
         payment_agreement=True,
         note="Luxembourg: a French address with a comma after the house number and an 'L-' postcode; the member fee as her own."),

    mail("rg-g25-kollege-fuer-kollegin-urlaub.eml",
         frm=("Brockhoff, Ulrich", "ulrich.brockhoff@stadt-warendorf-ems.example"),
         subject="Anmeldung Frau Lohmöller", client="outlook", date="Wed, 18 Jun 2025 13:25:00 +0200",
         body="""Guten Tag Herr Overbeck,

meine Kollegin Katharina Lohmöller ist im Urlaub und bat mich, sie verbindlich anzumelden. Die Rechnung geht bitte an

Stadt Warendorf-Ems
Amt für Kinder, Jugendliche und Familien
Wilhelmsplatz 2
48231 Warendorf-Ems

Die Überweisung erfolgt nach Eingang der Rechnung.

Mit freundlichen Grüßen
Ulrich Brockhoff
Stadt Warendorf-Ems
Amt für Kinder, Jugendliche und Familien
""",
         intent="registration", name="Katharina Lohmöller", email=None,
         organization="Stadt Warendorf-Ems, Amt für Kinder, Jugendliche und Familien",
         invoice_address="Stadt Warendorf-Ems, Amt für Kinder, Jugendliche und Familien, Wilhelmsplatz 2, 48231 Warendorf-Ems",
         payment_agreement=True,
         note="A colleague registers a colleague on leave (her address not given); 'Die Rechnung geht bitte an' without a colon."),

    mail("rg-g26-italian-intestated.eml",
         frm=("Giulia Marchetti", "giulia.marchetti@comune-valsorda.example"),
         subject="FW: Conference Cologne - confirmation", date="Thu, 19 Jun 2025 09:00:00 +0200",
         body="""Good morning,

we confirm our participation (me and Dr. Paola Ferrandi). The invoice must be intestated to:
Comune di Valsorda
Settore Politiche Sociali
Piazza Municipio 1
12030 Valsorda (CN)
Italy
Codice fiscale 00123450049

We will pay after the invoice, by bank transfer.

Best regards
Giulia Marchetti

From: Paola Ferrandi <paola.ferrandi@comune-valsorda.example>
Sent: Wednesday, June 18, 2025 17:02
To: Giulia Marchetti <giulia.marchetti@comune-valsorda.example>
Subject: Conference Cologne - confirmation

Giulia, the director signed. You can confirm for both of us. Paola
""",
         intent="registration", language="en", name="Giulia Marchetti",
         organization="Comune di Valsorda, Settore Politiche Sociali",
         persons=2, people=["Dr. Paola Ferrandi"],
         invoice_address="Comune di Valsorda, Settore Politiche Sociali, Piazza Municipio 1, 12030 Valsorda (CN), Italy, Codice fiscale 00123450049",
         payment_agreement=True,
         note="Italian English ('must be intestated to:'); a forwarded internal mail below; a tax code in the invoice block."),

    mail("rg-g27-gmail-reply-ohne-rechnung.eml",
         frm=("Hannah Kötter", "hannah.koetter@gmail.example"),
         subject="Re: " + UNTER, date="Fri, 20 Jun 2025 21:00:00 +0200",
         body="""Hallo Herr Overbeck,

ich komme sicher und melde mich hiermit fest an. Ich bin Mitglied. Meine Privatanschrift für die Rechnung schicke ich Ihnen noch.

Liebe Grüße
Hannah Kötter

""" + gmail("unterlagen", "Mi., 21. Mai 2025 um 09:00 Uhr"),
         intent="registration", name="Hannah Kötter", member=True,
         note="Binding; the address is announced, not given, and nothing is said about paying: both missing."),

    mail("rg-g28-ruhr-html-alternative.eml",
         frm=("Birgit Hollenhorst", "birgit.hollenhorst@kreis-haarstrang.example"),
         subject="Nachtrag Rechnungsanschrift Hollenhorst", date="Mon, 23 Jun 2025 08:10:00 +0200",
         body="""Guten Morgen,

zu meiner festen Anmeldung noch die Rechnungsanschrift:

Kreis Haarstrang
Fachbereich Soziales
Hohe Straße 9
59494 Haarstrang

Viele Grüße
Birgit Hollenhorst
""", html=True,
         intent="registration", name="Birgit Hollenhorst", organization="Kreis Haarstrang, Fachbereich Soziales",
         invoice_address="Kreis Haarstrang, Fachbereich Soziales, Hohe Straße 9, 59494 Haarstrang",
         note="Sends only the missing invoice address for a registration made earlier (plain and HTML); payment not in this mail."),

    mail("rg-g29-paritaet-gruppe-gebuehren.eml",
         frm=("Kerstin Lemke", "k.lemke@paritaet-uckerheide.example"),
         subject="Verbindlich: 2 Personen Paritätischer Uckerheide", date="Tue, 24 Jun 2025 10:00:00 +0200",
         body="""Hallo Herr Overbeck,

von unseren drei Vormerkungen werden zwei verbindlich:
1. Kerstin Lemke – Mitglied – 250 €
2. Torsten Maaß – Mitglied – 250 €
Frau Fiedler kommt nicht mit.

Die Rechnung bitte an unsere Geschäftsstelle:
Paritätischer Kreisverband Uckerheide e. V.
Buchhaltung
Prenzlauer Chaussee 21
17291 Uckerheide

Wir begleichen den Betrag nach Rechnungseingang.

Beste Grüße
Kerstin Lemke
""",
         intent="registration", name="Kerstin Lemke", member=True,
         organization="Paritätischer Kreisverband Uckerheide e. V., Buchhaltung",
         persons=2, people=["Torsten Maaß"], people_members=[True],
         invoice_address="Paritätischer Kreisverband Uckerheide e. V., Buchhaltung, Prenzlauer Chaussee 21, 17291 Uckerheide",
         payment_agreement=True,
         note="Numbered list with membership and fee; a third person drops out in a sentence; organisation from the invoice block (no signature lines)."),

    mail("rg-g30-nz-short.eml",
         frm=("Ngaire Wilson", "ngaire.wilson@waikare-dc.example"),
         subject="Confirming Cologne", client="apple", date="Wed, 25 Jun 2025 08:00:00 +1200",
         body="""Kia ora Martin,

locking it in - I'm coming. Bill us at:
Waikare District Council
Community Wellbeing
PO Box 310
Waikare 3740
New Zealand

We'll pay on invoice as usual.

Ngā mihi
Ngaire
""",
         intent="registration", language="en", name="Ngaire Wilson",
         organization="Waikare District Council, Community Wellbeing",
         invoice_address="Waikare District Council, Community Wellbeing, PO Box 310, Waikare 3740, New Zealand",
         payment_agreement=True,
         note="NZ English ('locking it in', 'Bill us at:', 'pay on invoice')."),
]
