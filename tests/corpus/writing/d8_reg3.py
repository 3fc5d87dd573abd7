"""DEVELOPMENT set 8: more binding and pre-registrations with a question riding along, a
Dezernent's office, an Amt registering its team, Open-Xchange and iPhone mail. Written apart
from the rules (README.md)."""

from d8_quote import FORMS, NOTICE, NOTICE_TEXT, tb_quote
from make_corpus import mail

OX = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58")]

MAILS = [
    mail("rg-x01-ox-gemeinde-schwaben.eml",
         frm=("Franziska Leichtle", "f.leichtle@gemeinde-zusamtal.example"),
         subject="Anmeldung Jahrestagung – F. Leichtle", headers=OX, date="Wed, 25 Jun 2025 09:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

mit Genehmigung des Ersten Bürgermeisters nehme ich verbindlich an Ihrer Tagung teil. Als Mitgliedskommune zahlen wir 250 Euro, die Überweisung veranlasst unsere Gemeindekasse nach Rechnungseingang.

Rechnungsanschrift:
Gemeinde Zusamtal
Gemeindekasse
Kirchweg 1
86477 Zusamtal

Gibt es am Donnerstagabend ein gemeinsames Abendessen, und muss man sich dafür extra anmelden?

Mit freundlichen Grüßen
Franziska Leichtle
Gemeinde Zusamtal
Hauptverwaltung – Soziales und Senioren
""",
         intent="registration", questions=1, name="Franziska Leichtle", member=True,
         organization="Gemeinde Zusamtal, Hauptverwaltung, Soziales und Senioren",
         invoice_address="Gemeinde Zusamtal, Gemeindekasse, Kirchweg 1, 86477 Zusamtal", payment_agreement=True,
         note="Open-Xchange; 'Als Mitgliedskommune zahlen wir 250 Euro'; a question about a joint dinner."),

    mail("rg-x02-dezernent-buero.eml",
         frm=("Büro Bürgermeister Dr. Reichenauer", "buero.bgm@stadt-lechhausen.example"),
         subject="Verbindliche Teilnahme Bürgermeister Dr. Reichenauer", client="outlook", date="Mon, 30 Jun 2025 10:45:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit teile ich Ihnen im Auftrag von Herrn Zweiten Bürgermeister Dr. Matthias Reichenauer, Referent für Soziales, mit, dass er verbindlich an der Jahrestagung teilnimmt. Die Stadt ist nicht Mitglied. Die Rechnung wird nach Eingang durch die Stadtkasse beglichen; bitte adressieren Sie sie an:

Stadt Lechhausen
Sozialreferat – Referatsbüro
Rathausplatz 1
86899 Lechhausen

Herr Dr. Reichenauer kommt erst am Donnerstag gegen Mittag an. Ist es möglich, die Unterlagen dann noch am Empfang zu bekommen?

Mit freundlichen Grüßen
i. A. Sabrina Fendt
Stadt Lechhausen
Sozialreferat
""",
         intent="registration", questions=1, name="Matthias Reichenauer", title="Dr.", email=None, member=False,
         organization="Stadt Lechhausen, Sozialreferat",
         invoice_address="Stadt Lechhausen, Sozialreferat – Referatsbüro, Rathausplatz 1, 86899 Lechhausen", payment_agreement=True,
         note="A mayor's office registers the Referent für Soziales; the office's signature gives his organisation and unit ('Referent für Soziales' is a job title); a question about late arrival. The office mailbox is not his address."),

    mail("rg-x03-amt-vier-ox.eml",
         frm=("Amt für Soziales Stadt Weilburg an der Ilm", "sozialamt@weilburg-ilm.example"),
         subject="Anmeldung von vier Mitarbeitenden", headers=OX, date="Thu, 03 Jul 2025 14:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

das Amt für Soziales meldet folgende vier Mitarbeitenden verbindlich an:

a) Regina Strobl, Amtsleitung
b) Michael Ertl, Sozialplanung
c) Aylin Kaya, Integrationsbeauftragte
d) Hannelore Wagenpfeil, Seniorenbeauftragte

Die Stadt ist Mitglied. Die Gebühren werden nach Rechnungslegung über die Stadtkasse überwiesen. Rechnung bitte an: Stadt Weilburg an der Ilm, Amt für Soziales, Stadtplatz 4, 85283 Weilburg an der Ilm.

Frau Kaya ist Rollstuhlnutzerin – ist der Saal ebenerdig zugänglich?

Mit freundlichen Grüßen
i. A. Michael Ertl
Stadt Weilburg an der Ilm
Amt für Soziales
""",
         intent="registration", questions=1, name="Michael Ertl", member=True, persons=4,
         people=["Regina Strobl", "Aylin Kaya", "Hannelore Wagenpfeil"],
         organization="Stadt Weilburg an der Ilm, Amt für Soziales",
         invoice_address="Stadt Weilburg an der Ilm, Amt für Soziales, Stadtplatz 4, 85283 Weilburg an der Ilm", payment_agreement=True,
         note="An Amt registers four in a lettered list; the sender is listed second (the attendee); an accessibility question for one of them."),

    mail("rg-x04-tirol-kollegin-dazu.eml",
         frm=("Lukas Hörtnagl", "lukas.hoertnagl@icloud.example"),
         subject="Noch jemand", client="iphone", date="Wed, 02 Jul 2025 12:10:00 +0200",
         body="""Hallo, bitte nehmts noch meine Kollegin Anna Rainer dazu, verbindlich, gleiche Rechnungsadresse wie bei mir (Stadtkasse Imstal), zahlt auch die Stadtkasse. Ihre Mail ist anna.rainer@imstal.example
Lukas

Von meinem iPhone gesendet
""",
         intent="registration", name="Anna Rainer", email="anna.rainer@imstal.example",
         invoice_address="Stadtkasse Imstal", payment_agreement=True,
         note="Tyrolean 'nehmts dazu' (ihr-imperative): a colleague added bindingly, the invoice address only by reference ('gleiche ... wie bei mir (Stadtkasse Imstal)'). The attendee is the colleague."),

    mail("rg-x05-lux-ohne-rechnung-frage.eml",
         frm=("Jeff Kieffer", "jeff.kieffer@wellerbaach.example"),
         subject="Verbindlech / verbindlich", date="Wed, 02 Jul 2025 16:30:00 +0200",
         body="""Moien,

ich komme fix. Überweisen tun wir nach der Rechnung. An wen genau soll ich die Rechnungsadresse schicken, an euch oder an die Buchhaltung vom VSOP?

Jeff Kieffer
Gemeindeverwaltung Wëllerbaach – Service social
""",
         intent="registration", questions=1, name="Jeff Kieffer",
         organization="Gemeindeverwaltung Wëllerbaach, Service social", payment_agreement=True,
         note="Binding with payment agreement but without an invoice address (missing), and a question where to send it."),

    mail("pr-x01-bh-tb-zwei-fragen.eml",
         frm=("Christina Zechmeister", "christina.zechmeister@bh-almtal.example"),
         subject="Re: " + NOTICE, client="thunderbird", date="Tue, 27 May 2025 10:35:00 +0200",
         body="""Sehr geehrte Frau Ostendorp,

bitte merken Sie mich vor. Zwei Fragen hätte ich: Wird die Tagung aufgezeichnet oder gibt es Folien zum Nachlesen? Und ist eine Teilnahme auch nur am ersten Tag möglich?

Freundliche Grüße
Christina Zechmeister
Bezirkshauptmannschaft Almtal
Fachgebiet Sozialhilfe und Pflege
""" + tb_quote(NOTICE_TEXT, "12.05.2025 um 09:30"),
         intent="pre_registration", questions=2, name="Christina Zechmeister",
         organization="Bezirkshauptmannschaft Almtal, Fachgebiet Sozialhilfe und Pflege",
         note="Pre-registration with two questions (recording/slides, first day only)."),

    mail("pr-x02-paritaetischer-landesverband.eml",
         frm=("Dr. Konstantin Hirschvogel", "k.hirschvogel@paritaet-franken.example"),
         subject="Voranmeldung Paritätischer", client="outlook", date="Thu, 29 May 2025 08:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich bitte darum, mich und meinen Kollegen Herrn Emre Yilmaz vorläufig auf die Teilnehmerliste zu setzen. Wir sind beide nicht Mitglied.

Mit freundlichen Grüßen
Dr. Konstantin Hirschvogel
Der Paritätische in Franken – Bezirksverband Oberfranken
Referat Sozialplanung und Verbandsentwicklung
""",
         intent="pre_registration", name="Konstantin Hirschvogel", title="Dr.", member=False, persons=2,
         people=["Emre Yilmaz"],
         organization="Der Paritätische in Franken, Bezirksverband Oberfranken, Referat Sozialplanung und Verbandsentwicklung",
         note="'ich bitte darum, mich und meinen Kollegen ... zu setzen': a formal infinitive, two persons."),

    mail("qu-11-stiftung-foerderung.eml",
         frm=("Hedwig Stadelmann", "h.stadelmann@stiftung-sonnenhalde.example"),
         subject="Unterstützung Ihrer Tagung", client="apple", date="Tue, 03 Jun 2025 15:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

unsere Stiftung unterstützt gelegentlich Fachveranstaltungen zur Armutsprävention. Hätten Sie Interesse an einer Förderung, etwa für Reisekosten von Teilnehmenden aus kleinen Gemeinden? An wen dürfte ich mich dafür wenden?

Mit freundlichen Grüßen
Hedwig Stadelmann
Stiftung Sonnenhalde
Programmbereich Teilhabe
""",
         intent="question", questions=2, name="Hedwig Stadelmann", organization="Stiftung Sonnenhalde, Programmbereich Teilhabe",
         note="A foundation offering support: two questions, no registration."),

    mail("ca-09-jobcenter-ersatz-offen.eml",
         frm=("Karl-Heinz Rieß", "karl-heinz.riess@jobcenter-ge.example"),
         subject="Absage Rieß", client="outlook", date="Mon, 08 Sep 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich muss meine Teilnahme leider absagen, da ich ab September in ein anderes Jobcenter wechsle. Wird die Gebühr erstattet, oder kann eine Kollegin aus meinem bisherigen Team den Platz übernehmen?

Mit freundlichen Grüßen
Karl-Heinz Rieß
""",
         intent="cancellation", questions=1, name="Karl-Heinz Rieß",
         note="Cancels and asks refund or substitute (one question with two alternatives)."),

    mail("ar-12-ox-urlaub.eml", frm=("Franziska Leichtle", "f.leichtle@gemeinde-zusamtal.example"),
         subject="Abwesenheit: " + FORMS, date="Thu, 05 Jun 2025 14:02:40 +0200",
         headers=[("Auto-Submitted", "auto-replied")] + OX,
         body="""Bis 13. Juni bin ich im Urlaub. Post für die Seniorenbeauftragte bitte an rathaus@gemeinde-zusamtal.example.
""", intent="auto_reply", note="Open-Xchange vacation notice."),
]
