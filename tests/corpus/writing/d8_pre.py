"""DEVELOPMENT set 8: pre-registrations (part 1), Austria and Switzerland: Magistrat,
Bezirkshauptmannschaft, Amt der Landesregierung, Kanton, Sozialamt der Stadt; formal and
conditional wishes to be put down. Written apart from the rules (README.md)."""

from d8_quote import NOTICE, NOTICE_TEXT, outlook_quote, tb_quote
from make_corpus import mail

MAILS = [
    mail("pr-a01-magistrat-vorbehalt.eml",
         frm=("Huemer Theresia, Mag.a", "theresia.huemer@magistrat-ennsfeld.example"),
         subject="Voranmeldung Jahrestagung – vorbehaltlich Genehmigung", client="outlook",
         date="Tue, 13 May 2025 08:47:00 +0200",
         body="""Sehr geehrte Damen und Herren,

vorbehaltlich der Genehmigung durch die Abteilungsleitung ersuche ich, mich für die Tagung am 25. und 26. September vorzumerken. Die Dienstreise muss bei uns erst durch den Magistratsdirektor freigegeben werden, was erfahrungsgemäß einige Wochen dauert.

Mit freundlichen Grüßen

Mag.a Theresia Huemer
Referentin für Sozialplanung
Magistrat der Stadt Ennsfeld
Abteilung Soziales, Jugend und Familie
Hauptplatz 1, 4471 Ennsfeld
Tel. +43 7223 8810-412
""" + outlook_quote(NOTICE_TEXT, "Montag, 12. Mai 2025 09:30", "Huemer Theresia, Mag.a", NOTICE),
         intent="pre_registration", name="Theresia Huemer", title="Mag.a",
         organization="Magistrat der Stadt Ennsfeld, Abteilung Soziales, Jugend und Familie",
         note="Austrian 'ersuche, mich vorzumerken' under the condition of approval; the job line above the body, units below it; Outlook German quote."),

    mail("pr-a02-bh-zwei-personen.eml",
         frm=("BH Kremstal-Land, Sozialreferat", "sozialreferat.bhkl@bh-kremstal.example"),
         subject="Tagung Köln 2025", client="notes",
         date="Wed, 14 May 2025 10:12:00 +0200",
         body="""Sehr geehrtes Team des VSOP,

die Bezirkshauptmannschaft Kremstal-Land möchte zwei Plätze für heuer unverbindlich reservieren, und zwar für

DSA Herbert Pichlmayr
Mag. (FH) Sandra Wögerbauer

Beide sind in der Sozialhilfeplanung tätig. Ob wir tatsächlich reisen können, entscheidet sich erst nach dem Budgetgespräch Ende Juni.

Für den Bezirkshauptmann
i. A. Sandra Wögerbauer

Bezirkshauptmannschaft Kremstal-Land
Referat Soziales
Bahnhofstraße 4, 3541 Kremstal
""",
         intent="pre_registration", name="Sandra Wögerbauer", title="Mag. (FH)", persons=2, people=["DSA Herbert Pichlmayr"],
         organization="Bezirkshauptmannschaft Kremstal-Land, Referat Soziales",
         note="A Bezirkshauptmannschaft reserves two places; the sender is one of the two (the attendee, listed second); 'heuer'; a functional mailbox from Notes; 'Mag. (FH)' is her academic title, 'DSA' a professional one (kept in the name as written)."),

    mail("pr-a03-landesregierung-kurz.eml",
         frm=("Gstöttner Franz", "franz.gstoettner@ooe-landesamt.example"),
         subject="AW: " + NOTICE, client="outlook",
         date="Thu, 15 May 2025 13:03:00 +0200",
         body="""Bitte um Vormerkung.

Franz Gstöttner
Amt der Landesregierung Traunviertel
Direktion Soziales und Gesundheit
Abteilung Sozialplanung und Pflege
""" + outlook_quote(NOTICE_TEXT, "Montag, 12. Mai 2025 09:30", "Gstöttner Franz", NOTICE),
         intent="pre_registration", name="Franz Gstöttner",
         organization="Amt der Landesregierung Traunviertel, Direktion Soziales und Gesundheit, Abteilung Sozialplanung und Pflege",
         note="Three words above an Outlook quote; an Austrian state government with Direktion and Abteilung."),

    mail("pr-a04-wien-frage-hotel.eml",
         frm=("Katharina Brunnbauer", "k.brunnbauer@fsw-donaustadt.example"),
         subject="Anfrage bzgl. Teilnahme", client="thunderbird",
         date="Fri, 16 May 2025 11:40:00 +0200",
         body="""Liebe Frau Ostendorp,

ich würde mich gerne unverbindlich vormerken lassen. Ich reise mit dem Nachtzug aus Wien an und komme am Donnerstag erst knapp vor zehn an – gibt es beim Tagungsort eine Möglichkeit, das Gepäck abzustellen?

Liebe Grüße
Katharina Brunnbauer

Fonds Soziales Donaustadt
Stabsstelle Planung und Entwicklung
""" + tb_quote(NOTICE_TEXT, "12.05.2025 um 09:30"),
         intent="pre_registration", questions=1, name="Katharina Brunnbauer",
         organization="Fonds Soziales Donaustadt, Stabsstelle Planung und Entwicklung",
         note="Unverbindlich vormerken plus a question about luggage (night train from Vienna)."),

    mail("pr-a05-steiermark-gemeinde.eml",
         frm=("Gemeindeamt Pöllerndorf", "gemeinde@poellerndorf.example"),
         subject="Vormerkung für Kleine Jahrestagung", date="Mon, 19 May 2025 07:55:00 +0200",
         body="""Sehr geehrte Damen und Herren!

Unser Amtsleiter, Herr Ing. Robert Kaltenegger, ersucht um Vormerkung für die Tagung in Köln. Er ist unter robert.kaltenegger@poellerndorf.example direkt erreichbar.

Hochachtungsvoll
Martina Lechner
Sekretariat
Marktgemeinde Pöllerndorf
""",
         intent="pre_registration", name="Robert Kaltenegger", email="robert.kaltenegger@poellerndorf.example",
         organization="Marktgemeinde Pöllerndorf",
         note="A secretary of an Austrian Marktgemeinde pre-registers the Amtsleiter; his own address in the text. 'Ing.' is an Austrian professional title, written before the name (no academic title label)."),

    mail("pr-a06-tirol-iphone.eml",
         frm=("Lukas Hörtnagl", "lukas.hoertnagl@icloud.example"),
         subject="Köln September", client="iphone", date="Mon, 19 May 2025 21:14:00 +0200",
         body="""Hallo, ich bin Sozialarbeiter bei der Stadt Imstal und würde gern kommen. Könnt ihr mich mal auf die Liste setzen? Genehmigung kommt dann hoffentlich im Juni.
Danke, Lukas

Von meinem iPhone gesendet
""",
         intent="pre_registration", name="Lukas Hörtnagl", organization="Stadt Imstal",
         note="iPhone, du-form, private address; the employer only in a sentence ('bei der Stadt Imstal')."),

    mail("pr-a07-kaernten-jaenner.eml",
         frm=("Sabine Ogris", "sabine.ogris@avs-karawanken.example"),
         subject="Voranmeldung", date="Tue, 20 May 2025 09:02:00 +0200", client="outlook",
         body="""Guten Morgen,

ich darf mich hiermit für die Jahrestagung voranmelden. Wir sind seit Jänner 2024 Mitglied beim VSOP (institutionell über unseren Verein).

Mit besten Grüßen
Sabine Ogris, BA
Arbeitsvereinigung der Sozialhilfe Karawanken
Fachbereich Sozialraumplanung
""",
         intent="pre_registration", name="Sabine Ogris", member=True,
         organization="Arbeitsvereinigung der Sozialhilfe Karawanken, Fachbereich Sozialraumplanung",
         note="'Jänner', membership through the association ('institutionell'); 'BA' after the name is a degree, not a title before the name."),

    mail("pr-a08-salzburg-formell-zwei.eml",
         frm=("Dr. Wolfgang Pirnbacher", "w.pirnbacher@stadt-salzachau.example"),
         subject="Jahrestagung VSOP – Interessensbekundung der Stadt Salzachau", client="outlook",
         date="Wed, 21 May 2025 14:26:00 +0200",
         body="""Sehr geehrte Frau Ostendorp,

namens der Sozialabteilung darf ich Ihnen mitteilen, dass ich selbst sowie meine Kollegin Frau Mag.a Elisabeth Gruber an der Tagung teilnehmen möchten. Die Teilnahme steht unter dem Vorbehalt, dass der Gemeinderat den Nachtragsvoranschlag beschließt. Bitte merken Sie uns beide vor.

Mit vorzüglicher Hochachtung

Dr. Wolfgang Pirnbacher
Leiter der Sozialabteilung
Stadt Salzachau
""",
         intent="pre_registration", name="Wolfgang Pirnbacher", title="Dr.", persons=2,
         people=["Mag.a Elisabeth Gruber"], organization="Stadt Salzachau",
         note="Formal Austrian 'namens der Sozialabteilung darf ich mitteilen', a colleague in running text, conditional on the council; the unit is only in the job title."),

    mail("pr-a09-caritas-wien.eml",
         frm=("Renate Steinwendtner", "renate.steinwendtner@caritas-weinviertel.example"),
         subject="Platz freihalten?", date="Thu, 22 May 2025 16:48:00 +0200", client="thunderbird",
         body="""Sehr geehrte Damen und Herren,

ist es möglich, dass Sie mir einen Platz freihalten, bis unsere Geschäftsführung über das Fortbildungsbudget entschieden hat? Das wird frühestens Mitte Juni der Fall sein.

Freundliche Grüße
Renate Steinwendtner
Caritas der Diözese Weinviertel
Bereich Soziale Dienste – Sozialplanung
""",
         intent="pre_registration", name="Renate Steinwendtner",
         organization="Caritas der Diözese Weinviertel, Bereich Soziale Dienste, Sozialplanung",
         note="A pre-registration phrased as a question ('ist es möglich, dass Sie mir einen Platz freihalten'): the office does it, no question for a person."),

    mail("pr-a10-burgenland-zweimal.eml",
         frm=("Nikolaus Horvath", "n.horvath@gv-leithaland.example"),
         subject="Anmeldung (unverbindlich)", date="Fri, 23 May 2025 10:05:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich möchte mich unverbindlich zur Tagung anmelden. Ist die Tagungsgebühr heuer wieder über Erlagschein zu bezahlen oder nur per Überweisung aus dem Ausland? Und wird es eine Teilnahmebestätigung geben, die ich beim Land für die Fortbildungspflicht einreichen kann?

Danke und beste Grüße
Nikolaus Horvath
Gemeindeverband Leithaland
Sozialhilfeverband
""",
         intent="pre_registration", questions=2, name="Nikolaus Horvath",
         organization="Gemeindeverband Leithaland, Sozialhilfeverband",
         note="Two questions beside the pre-registration: Erlagschein vs. transfer from abroad, and a certificate of attendance."),

    # --- Switzerland
    mail("pr-c01-kanton-ss.eml",
         frm=("Reto Caflisch", "reto.caflisch@kt-rheinwald.example"),
         subject="Voranmeldung VSOP-Tagung", client="outlook", date="Tue, 13 May 2025 15:20:00 +0200",
         body="""Sehr geehrte Frau Ostendorp

Gerne melde ich mich provisorisch für die Tagung in Köln an. Die definitive Zusage kann ich Ihnen erst geben, wenn das Gesuch um Weiterbildungsurlaub bewilligt ist.

Freundliche Grüsse

Reto Caflisch
Wissenschaftlicher Mitarbeiter
Kanton Rheinwald
Departement Volkswirtschaft und Soziales
Amt für Soziales, Abteilung Planung
Grabenstrasse 12, 7401 Rheinwald

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der vorgesehene Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht. Das Kopieren oder die Weitergabe an Dritte ist nicht gestattet.
""",
         intent="pre_registration", name="Reto Caflisch",
         organization="Kanton Rheinwald, Departement Volkswirtschaft und Soziales, Amt für Soziales, Abteilung Planung",
         note="Swiss: 'provisorisch anmelden' until the 'definitive Zusage', 'Grüsse', a canton with Departement, Amt and Abteilung; a Swiss disclaimer."),

    mail("pr-c02-sozialamt-stadt.eml",
         frm=("Beatrice Zünd", "beatrice.zuend@seewilen.example"),
         subject="Tagung 25./26.9. – Reservation", date="Wed, 14 May 2025 08:10:00 +0200",
         body="""Guten Tag

Für das Sozialamt der Stadt Seewilen möchte ich zwei Plätze reservieren: für mich und für unseren Leiter, Herrn Urs Gisler. Wir wissen noch nicht, ob die Reise bewilligt wird, möchten uns die Plätze aber sichern.

Beste Grüsse
Beatrice Zünd
Sozialamt der Stadt Seewilen
Fachstelle Sozialplanung
""",
         intent="pre_registration", name="Beatrice Zünd", persons=2, people=["Urs Gisler"],
         organization="Sozialamt der Stadt Seewilen, Fachstelle Sozialplanung",
         note="'Sozialamt der Stadt X' as the body, a Swiss 'Reservation' for herself and her head."),

    mail("pr-c03-fachhochschule-en-de.eml",
         frm=("Prof. Dr. Andrea Rüegsegger", "andrea.ruegsegger@fhnw-lindental.example"),
         subject="Teilnahme Jahrestagung", client="apple", date="Fri, 16 May 2025 19:31:00 +0200",
         body="""Liebe Kolleginnen und Kollegen

Ich möchte mich gerne für die Jahrestagung vormerken lassen und, falls es noch Platz hat, zwei Masterstudierende mitbringen (Namen folgen). Gibt es für Studierende eine reduzierte Gebühr?

Herzliche Grüsse
Andrea Rüegsegger

Prof. Dr. Andrea Rüegsegger
Fachhochschule Lindental
Hochschule für Soziale Arbeit
Institut Sozialplanung und Stadtentwicklung
""",
         intent="pre_registration", questions=1, name="Andrea Rüegsegger", title="Prof. Dr.",
         organization="Fachhochschule Lindental, Hochschule für Soziale Arbeit, Institut Sozialplanung und Stadtentwicklung",
         persons=1,
         note="A professor pre-registers herself, students without names may follow ('falls es noch Platz hat': Swiss); a question about a student fee. Persons 1: the students are not yet named or registered."),

    mail("pr-c04-basel-notes-sekretariat.eml",
         frm=("Sekretariat Departement Soziales", "sekretariat.ds@stadt-birsau.example"),
         subject="Vormerkung Herr Dr. Meury", client="notes", date="Mon, 19 May 2025 11:00:00 +0200",
         body="""Sehr geehrte Damen und Herren

Im Auftrag von Herrn Dr. Stephan Meury, Departementsvorsteher, bitte ich Sie, ihn für die VSOP-Jahrestagung vorzumerken. Korrespondenz bitte an seine Adresse stephan.meury@stadt-birsau.example, mit Kopie an das Sekretariat.

Freundliche Grüsse
Corinne Stöcklin
Sekretariat
Stadt Birsau | Departement Soziales
""",
         intent="pre_registration", name="Stephan Meury", title="Dr.", email="stephan.meury@stadt-birsau.example",
         organization="Stadt Birsau, Departement Soziales",
         note="Swiss secretariat for a Departementsvorsteher, his address in the text; units after a bar."),

    mail("pr-c05-verein-zug-html.eml",
         frm=("Fabienne Iten", "f.iten@spitex-aegeri.example"),
         subject="Tagung Köln", date="Tue, 20 May 2025 12:34:00 +0200", client="outlook", html=True,
         body="""Hallo zusammen

Ich bin bei uns für die Bedarfsplanung zuständig und würde mich gerne auf die Warteliste bzw. Vormerkliste setzen lassen. Bis wann müsste ich definitiv zusagen?

Gruss
Fabienne Iten
Spitex-Verein Ägerital
""",
         intent="pre_registration", questions=1, name="Fabienne Iten", organization="Spitex-Verein Ägerital",
         note="Swiss 'Gruss', a home-care association; asks for the binding deadline (a person answers: the date is in the announcement but she asks)."),

    mail("pr-c06-wallis-kurz.eml",
         frm=("Iwan Imboden", "iwan.imboden@gemeinde-saastal.example"),
         subject="Voranmeldung Imboden", date="Wed, 21 May 2025 06:58:00 +0200",
         body="""Bitte vormerken: Iwan Imboden, Gemeinde Saastal, Sozialdienst. Mitglied: nein.

Gruss I. Imboden
""",
         intent="pre_registration", name="Iwan Imboden", member=False,
         organization="Gemeinde Saastal, Sozialdienst",
         note="One line with name, organisation and 'Mitglied: nein'."),

    mail("pr-c07-stiftung-zuerich.eml",
         frm=("Dr. Simone Wehrli-Bachmann", "s.wehrli@stiftung-limmatblick.example"),
         subject="Interesse an Ihrer Tagung", client="outlook", date="Thu, 22 May 2025 17:15:00 +0200",
         body="""Sehr geehrte Damen und Herren

Unsere Stiftung fördert seit einigen Jahren Projekte der Sozialraumplanung in kleineren Gemeinden, und das Tagungsthema passt sehr genau zu unserer Arbeit. Ich würde daher gerne teilnehmen und bitte um eine unverbindliche Vormerkung.

Freundliche Grüsse

Dr. Simone Wehrli-Bachmann
Geschäftsführerin
Stiftung Limmatblick
Förderbereich Soziales
""",
         intent="pre_registration", name="Simone Wehrli-Bachmann", title="Dr.",
         organization="Stiftung Limmatblick, Förderbereich Soziales",
         note="A Swiss foundation's managing director; double surname."),

    mail("pr-c08-thurgau-kollegin-dazu.eml",
         frm=("Martin Brüschweiler", "martin.brueschweiler@kt-thurgrund.example"),
         subject="AW: Ihre Voranmeldung", client="outlook", date="Mon, 26 May 2025 09:41:00 +0200",
         body="""Guten Tag Frau Ostendorp

Ich bin ja bereits vorgemerkt. Könnten Sie bitte noch meine Kollegin Frau Nadja Keller (nadja.keller@kt-thurgrund.example) dazunehmen? Sie arbeitet ebenfalls im Amt für Gesellschaft und Integration.

Danke und freundliche Grüsse
Martin Brüschweiler
Kanton Thurgrund
Amt für Gesellschaft und Integration
""",
         intent="pre_registration", name="Nadja Keller", email="nadja.keller@kt-thurgrund.example",
         organization="Kanton Thurgrund, Amt für Gesellschaft und Integration",
         note="Adds a colleague to his own earlier pre-registration: the attendee is the colleague, her address in the text; 'Könnten Sie bitte ... dazunehmen' is a request the office fulfils."),
]
