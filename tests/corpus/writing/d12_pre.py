"""DEVELOPMENT set 12: pre-registrations that read like binding ones ("ich melde mich schon
mal an", "merken Sie mich vor", interest with a fee question), written as questions, for a
team, or mentioning a cancellation or another colleague; Bavarian and Franconian voices."""

from d12_quote import RUND, p, rundbrief, tb

PRE = dict(intent="pre_registration")

MAILS = [
    p("p01-schon-mal-anmelden.eml", ("Korbinian Stadlmayr", "k.stadlmayr@lra-isarwinkel.example"),
      "Jahrestagung Köln", "Mon, 07 Apr 2025 08:12:40 +0200", """Grüß Gott,

ich melde mich schon mal an für Köln im September, fest wird es bei uns erst, wenn der Dienstreiseantrag genehmigt ist. Den Anmeldebogen schicke ich dann, wenn Sie ihn mir zuschicken.

Mit freundlichen Grüßen
Korbinian Stadlmayr
Landratsamt Isarwinkel
Sachgebiet 23 – Soziale Angelegenheiten und Sozialplanung
""", client="outlook", org="Landratsamt Isarwinkel, Sachgebiet 23 – Soziale Angelegenheiten und Sozialplanung", **PRE,
      note="'ich melde mich schon mal an' plus 'fest wird es erst': a pre-registration although the verb sounds binding."),
    p("p02-vormerken-servus.eml", ("Vroni Haslbeck", "vroni.haslbeck@markt-ebersried.example"),
      "Vormerken bitte", "Mon, 07 Apr 2025 13:40:02 +0200", """Servus zusammen,

merkt's mich bitte für die Tagung in Köln vor, ich tät gern kommen.

Pfiat eich
Vroni Haslbeck
Markt Ebersried – Bürgerbüro und Soziales
""", client="iphone", org="Markt Ebersried, Bürgerbüro und Soziales", **PRE,
      note="Bavarian dialect 'merkt's mich vor', 'ich tät gern kommen': a pre-registration."),
    p("p03-frage-platz-frei.eml", ("Gerlinde Wöhrl", "gerlinde.woehrl@stadt-rothenbuehl.example"),
      "Platz frei?", "Tue, 08 Apr 2025 09:05:51 +0200", """Sehr geehrte Damen und Herren,

ist für die Jahrestagung in Köln noch ein Platz frei für mich? Dann melde ich mich hiermit unverbindlich an.

Mit freundlichen Grüßen

Gerlinde Wöhrl
Stadt Rothenbühl
Amt für Jugend, Familie und Senioren
""", client="outlook", org="Stadt Rothenbühl, Amt für Jugend, Familie und Senioren", **PRE,
      note="A question that grants itself ('? Dann melde ich mich hiermit unverbindlich an'): the action, no question left."),
    p("p04-gebuehr-frage.eml", ("Matthias Dörfler", "doerfler@bezirk-obermainland.example"),
      "Interesse Jahrestagung", "Tue, 08 Apr 2025 11:31:07 +0200", """Hallo liebes VSOP-Team,

ich hätte großes Interesse an der Tagung im September und bitte um Vormerkung. Eine Frage vorab: ist der Bezirk als Körperschaft bei Ihnen Mitglied, oder muss ich mit den 300 Euro rechnen? Ich finde bei uns keine Unterlagen dazu.

Viele Grüße aus Bayreuth-Land
Matthias Dörfler
Bezirk Obermainland
Sozialverwaltung – Referat Planung und Steuerung
""", client="thunderbird", org="Bezirk Obermainland, Sozialverwaltung, Referat Planung und Steuerung", questions=1, **PRE,
      note="Interest plus a membership question: the fee is inside the question, so member stays out."),
    p("p05-vorzimmer-chef.eml", ("Sieglinde Obermüller", "s.obermueller@lra-rottachgau.example"),
      "Voranmeldung Dr. Brandhuber", "Wed, 09 Apr 2025 10:14:22 +0200", """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Wolfgang Brandhuber bitte ich Sie, ihn für die Jahrestagung in Köln vorzumerken. Ob er beide Tage teilnimmt, entscheidet sich nach der Kreistagssitzung im Juni.

Für die Unterlagen nutzen Sie bitte seine Adresse wolfgang.brandhuber@lra-rottachgau.example.

Mit freundlichen Grüßen
i. A. Sieglinde Obermüller (Vorzimmer)
Landratsamt Rottachgau
Abteilung 4 – Soziales und Senioren
""", client="outlook", display="Obermüller, Sieglinde", org="Landratsamt Rottachgau, Abteilung 4 – Soziales und Senioren",
      name="Wolfgang Brandhuber", title="Dr.", email="wolfgang.brandhuber@lra-rottachgau.example", **PRE,
      note="A front office pre-registering her head of department, his address named in the text; the label's name is the attendee."),
    p("p06-team-drei-franken.eml", ("Anja Pfründer", "a.pfruender@lra-main-steigerwald.example"),
      "Vormerkung Team Sozialplanung (3)", "Wed, 09 Apr 2025 15:02:44 +0200", """Liebe VSOP-Geschäftsstelle,

wir würden gern zu dritt nach Köln kommen und bitten um Vormerkung für:

1. Anja Pfründer
2. Lukas Eichelsdörfer
3. Hatice Yavuzkaya

Die Dienstreisen beantragen wir gesammelt, sobald das Programm da ist.

Herzliche Grüße
Anja Pfründer
Landratsamt Main-Steigerwald
Fachbereich Jugend, Familie und Soziales
Koordinierungsstelle Sozialplanung
""", client="outlook-web", org="Landratsamt Main-Steigerwald, Fachbereich Jugend, Familie und Soziales, Koordinierungsstelle Sozialplanung",
      persons=3, people=["Lukas Eichelsdörfer", "Hatice Yavuzkaya"], **PRE,
      note="A training coordinator pre-registering her team of three in a numbered list, herself first."),
    p("p07-letztes-jahr-abgesagt.eml", ("Roswitha Kellermann", "r.kellermann@caritas-ebersried.example"),
      "Köln 2025", "Thu, 10 Apr 2025 08:47:19 +0200", """Guten Morgen,

letztes Jahr musste ich leider kurzfristig absagen, das soll diesmal nicht passieren. Bitte nehmen Sie mich auf die Liste der Voranmeldungen für Köln.

Freundliche Grüße
Roswitha Kellermann
Caritasverband für den Landkreis Ebersried e.V.
Fachdienst Gemeindecaritas
""", client="outlook", org="Caritasverband für den Landkreis Ebersried e.V., Fachdienst Gemeindecaritas", **PRE,
      note="Mentions last year's cancellation; the mail itself pre-registers."),
    p("p08-statt-kollegin.eml", ("Benedikt Rauscher", "benedikt.rauscher@stadt-kronach-au.example"),
      "Vormerkung statt Frau Lindl", "Thu, 10 Apr 2025 14:20:33 +0200", """Sehr geehrte Frau Fenselau,

unsere Kollegin Frau Lindl hat sich bei Ihnen schon vorgemerkt. Sie bleibt auch angemeldet – ich möchte mich bitte zusätzlich vormerken lassen, weil unser Amtsleiter gern zwei Leute aus der Planung dabei hätte.

Mit freundlichen Grüßen
Benedikt Rauscher
Stadt Kronach-Au
Amt für Soziales, Sachgebiet Sozialplanung
""", client="outlook", org="Stadt Kronach-Au, Amt für Soziales, Sachgebiet Sozialplanung", **PRE,
      note="Another colleague is named but stays registered: no substitution, one new pre-registration of the sender."),
    p("p09-handy-dabei.eml", ("Jonas Kreitmair", "jonas.kreitmair@gmail.example"),
      "Köln", "Thu, 10 Apr 2025 21:58:00 +0200", """Hi, würd mich gern schon mal vormerken lassen für die Tagung. Bin beim BRK in der Jugendsozialarbeit. Gruß Jonas Kreitmair

Von meinem Samsung Galaxy Smartphone gesendet
""", client="android", org="BRK, Jugendsozialarbeit", **PRE,
      note="One line from a phone, private address; the employer only in a sentence ('beim BRK in der Jugendsozialarbeit')."),
    p("p10-mitglied-voranmeldung-noetig.eml", ("Elfriede Zapf", "e.zapf@diakonie-mainspessart.example"),
      "Anmeldung Jahrestagung", "Fri, 11 Apr 2025 09:30:12 +0200", """Sehr geehrte Damen und Herren,

hiermit möchte ich mich vorläufig für die Jahrestagung anmelden. Wir sind institutionelles Mitglied. Brauche ich trotzdem später noch den Anmeldebogen, oder reicht Ihnen diese Mail?

Mit freundlichen Grüßen
Elfriede Zapf
Diakonisches Werk Mainspessart e.V.
Bereich Soziale Dienste
""", client="outlook", org="Diakonisches Werk Mainspessart e.V., Bereich Soziale Dienste", member=True, questions=1, **PRE,
      note="'vorläufig anmelden' with membership stated and a question about the form: pre-registration plus one question."),
    p("p11-rundbrief-antwort.eml", ("Thekla Gmeiner", "thekla.gmeiner@lra-inntal-nord.example"),
      "AW: " + RUND, "Mon, 14 Apr 2025 10:02:55 +0200", """Bitte vormerken, danke!

Thekla Gmeiner
Landratsamt Inntal-Nord | Kreisjugendamt | Jugendhilfeplanung
""" + tb("11.04.2025 um 16:00", rundbrief()), client="thunderbird",
      org="Landratsamt Inntal-Nord, Kreisjugendamt, Jugendhilfeplanung", **PRE,
      note="Two words above the quoted circular; the units separated by bars."),
    p("p12-en-pencil.eml", ("Siobhan Carrick", "s.carrick@stadt-offenbrunn.example"),
      "Annual conference Cologne", "Mon, 14 Apr 2025 12:44:10 +0200", """Dear VSOP team,

my German is still work in progress, so I hope English is fine. I'm the new data analyst in our social planning unit and my manager suggested I come along to Cologne. Could you please put me down for a provisional place? I'd confirm properly once the travel request has gone through.

Many thanks,
Siobhan Carrick
City of Offenbrunn
Social Planning and Statistics
""", client="outlook", org="City of Offenbrunn, Social Planning and Statistics", en=True, **PRE,
      note="International staff at a Hessian city writing English; a request in question form that the office fulfils."),
    p("p13-vormerkung-fuer-chefin-und-mich.eml", ("Katrin Hufnagel", "k.hufnagel@kreis-lahndill.example"),
      "Vormerkung Jahrestagung – zwei Personen", "Tue, 15 Apr 2025 08:55:48 +0200", """Guten Morgen,

bitte merken Sie für die Tagung in Köln meine Chefin, Frau Dr. Bettina Roßbach, und mich vor. Wir sind beide beim Kreisausschuss in der Sozialplanung.

Gibt es für Leute, die nur am ersten Tag können, einen günstigeren Preis?

Viele Grüße
Katrin Hufnagel
Kreisausschuss des Lahn-Dill-Hochkreises
Fachdienst Sozialplanung und Integration
""", client="outlook-web", org="Kreisausschuss des Lahn-Dill-Hochkreises, Fachdienst Sozialplanung und Integration",
      persons=2, people=["Dr. Bettina Roßbach"], questions=1, **PRE,
      note="Two persons in a sentence (sender listed second), plus a question about a one-day fee."),
]
