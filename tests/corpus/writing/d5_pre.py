"""DEVELOPMENT set 5: pre-registrations, German office life (personnel departments booking
for staff, private and retired members, trainees, freelancers, welfare associations,
Berlin and Hamburg district offices, how people really type). Written apart (README.md);
measured once before any tuning on it."""

from d5_quote import SUBJECTS, outlook, quoted
from make_corpus import mail

INFO = SUBJECTS["info"]
W1 = "Montag, 7. April 2025 09:30"
W1T = "07.04.2025 um 09:30"

MAILS = [
    mail("pr-h01-kleinschreibung-ohne-punkt.eml",
         frm=("Jannik Wollenweber", "j.wollenweber@ba-havelufer.berlin.example"),
         subject="AW: " + INFO, date="Mon, 07 Apr 2025 11:12:00 +0200",
         body="""hallo frau terhorst

ich haette interesse und wuerde gern vorgemerkt werden bin seit februar neu in der sozialraumplanung beim bezirksamt und kenne die tagung noch nicht

gruss jannik wollenweber
bezirksamt havelufer von berlin
abt. jugend und gesundheit
qpk sozialraumorientierte planungskoordination
""" + outlook("info", W1, "Wollenweber, Jannik"),
         intent="pre_registration", name="Jannik Wollenweber",
         organization="bezirksamt havelufer von berlin, abt. jugend und gesundheit, qpk sozialraumorientierte planungskoordination",
         note="All lowercase, no punctuation, umlauts as ae/ue; Berlin district office, QPK unit; organisation from a lowercase signature."),

    mail("pr-h02-diktiert-komma.eml",
         frm=("Heike Obermöller", "heike.obermoeller@lk-wesermarschen.example"),
         subject="Re: " + INFO, client="iphone", date="Mon, 07 Apr 2025 17:46:00 +0200",
         body="""Hallo Frau Terhorst Komma ich möchte mich gerne für die Jahrestagung in Köln vormerken lassen Punkt ich bin Mitglied Punkt viele Grüße Heike Obermöller Landkreis Wesermarschen

Von meinem iPhone gesendet
""",
         intent="pre_registration", name="Heike Obermöller", organization="Landkreis Wesermarschen",
         member=True,
         note="Voice dictation on the phone: 'Komma' and 'Punkt' written out, one run-on line; organisation after the name on the same line."),

    mail("pr-h03-personalentwicklung-drei.eml",
         frm=("Personalentwicklung Stadt Lauterbrunn", "fortbildung@lauterbrunn.example"),
         subject="Voranmeldung von drei Beschäftigten – Jahrestagung VSOP", client="outlook",
         date="Tue, 08 Apr 2025 08:55:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

für die Jahrestagung 2025 merken Sie bitte folgende Beschäftigte der Stadt Lauterbrunn unverbindlich vor:

  •  Frau Annegret Schwientek, Sozialplanung
  •  Herr Murat Yıldız, Jugendhilfeplanung
  •  Frau Dr. Corinna Fehrle, Altenhilfeplanung

Die Buchung der Fortbildung läuft über unsere Stelle; die verbindliche Anmeldung schicken wir nach Freigabe der Mittel. Eine Kostenübernahmeerklärung reichen wir dann ebenfalls nach.

Mit freundlichen Grüßen
i. A. Petra Kühnhold

Stadt Lauterbrunn
Haupt- und Personalamt
Sachgebiet Personalentwicklung und Fortbildung
Rathausplatz 1
74861 Lauterbrunn
""",
         intent="pre_registration", name="Annegret Schwientek", email=None,
         organization="Stadt Lauterbrunn, Haupt- und Personalamt, Sachgebiet Personalentwicklung und Fortbildung",
         persons=3, people=["Murat Yıldız", "Dr. Corinna Fehrle"],
         note="The training office books three employees (bullets with odd characters), none of them the sender; the first listed is the attendee, their addresses not given; the binding step and a Kostenübernahmeerklärung promised for later."),

    mail("pr-h04-rentner-privat.eml",
         frm=("Wolf-Dieter Kranich", "wd.kranich@posteo.example"),
         subject="Vormerkung", date="Tue, 08 Apr 2025 10:03:00 +0200",
         body="""Liebe Frau Terhorst,

auch als Ruheständler bleibe ich dem Verein treu und möchte in Köln gern wieder dabei sein. Bitte notieren Sie mich – Mitglied bin ich ja weiterhin, jetzt eben privat.

Herzliche Grüße aus dem Garten
Wolf-Dieter Kranich
Lindenweg 14
29553 Bienenbüttel-Ost
""",
         intent="pre_registration", name="Wolf-Dieter Kranich", member=True,
         note="Retired private member: no organisation (a private postal address is no organisation)."),

    mail("pr-h05-studentin-praktikum.eml",
         frm=("lea.brandhorst", "lea.brandhorst@stud.hs-oderwalde.example"),
         subject="Anfrage Teilnahme als Studentin", date="Tue, 08 Apr 2025 22:41:00 +0200",
         body="""Guten Abend,

ich bin Studentin der Sozialen Arbeit (6. Semester, Hochschule Oderwalde) und mache gerade mein Praxissemester in der Sozialplanung des Landkreises Uckerwiesen. Meine Anleiterin hat mir die Tagung empfohlen und ich würde mich gern schon mal unverbindlich vormerken lassen.

Gibt es für Studierende einen ermäßigten Beitrag? Die 300 € kann ich privat leider kaum stemmen.

Viele Grüße
Lea Brandhorst
""",
         intent="pre_registration", questions=1, name="Lea Brandhorst",
         organization="Hochschule Oderwalde",
         note="A student in her placement: pre-registers and asks for a student rate (a person answers); the 300 € appears only inside the question, so no membership; organisation from 'Hochschule' in a sentence (the placement's Landkreis is not her employer)."),

    mail("pr-h06-planungsbuero-einzelunternehmerin.eml",
         frm=("Büro Stadtteilwerk | Ines Rautenberg", "kontakt@stadtteilwerk-rautenberg.example"),
         subject="Vormerkung Jahrestagung", client="apple", date="Wed, 09 Apr 2025 07:30:00 +0200",
         body="""Hallo Frau Terhorst,

ich arbeite als freie Planerin überwiegend für kleinere Kommunen in Südniedersachsen und würde mir gern einen Platz in Köln sichern, erst einmal unverbindlich.

Beste Grüße

Ines Rautenberg
Dipl.-Ing. Stadtplanung
Stadtteilwerk – Büro für Sozialraum und Beteiligung
Inhaberin: Ines Rautenberg
Am Mühlgraben 3a · 37154 Northeimer Land
""",
         intent="pre_registration", name="Ines Rautenberg",
         organization="Stadtteilwerk – Büro für Sozialraum und Beteiligung",
         note="Freelance planner (sole proprietor): the office's name is the organisation; 'Dipl.-Ing.' is a degree, not a title in the label's sense; Inhaberin line is no unit."),

    mail("pr-h07-diakonie-zwei-kolleginnen.eml",
         frm=("Schmied-Albers, Gesine", "g.schmied-albers@diakonie-ostheide.example"),
         subject="AW: " + INFO, client="outlook", date="Wed, 09 Apr 2025 09:14:00 +0200",
         body="""Liebe Frau Terhorst,

wir würden gerne zu zweit kommen: ich selbst und meine Kollegin Maren Tietjen aus der Quartiersarbeit. Bitte erstmal nur vormerken, unser Vorstand muss noch zustimmen.

Herzliche Grüße
Gesine Schmied-Albers
Referentin Sozialplanung

Diakonisches Werk Ostheide e.V.
Fachbereich Soziale Dienste
Kirchstraße 9 | 29525 Ostheide

Diakonisches Werk Ostheide e.V., Sitz Ostheide, Amtsgericht Lüneheide VR 1234. Vorstand: Pastor Heinrich Rolfes.
""" + outlook("info", W1, "Schmied-Albers, Gesine"),
         intent="pre_registration", name="Gesine Schmied-Albers",
         organization="Diakonisches Werk Ostheide e.V., Fachbereich Soziale Dienste",
         persons=2, people=["Maren Tietjen"],
         note="Welfare association (Diakonie), two persons; 'Vorstand muss noch zustimmen' keeps it a pre-registration; a register footer after the signature."),

    mail("pr-h08-caritas-kurz.eml",
         frm=("Tobias Lenzinger", "tobias.lenzinger@caritas-bodenried.example"),
         subject="WG: Vorinfo Jahrestagung", date="Wed, 09 Apr 2025 13:20:00 +0200",
         body="""Hallo,
mich bitte auch vormerken.
Danke und Gruß
T. Lenzinger
Caritasverband für die Region Bodenried e.V. – Fachdienst Gemeinwesen
""",
         intent="pre_registration", name="Tobias Lenzinger",
         organization="Caritasverband für die Region Bodenried e.V., Fachdienst Gemeinwesen",
         note="Short, forwarded to himself by a colleague ('WG:') without the quote; initial only in the signature, the full first name in From: the fullest form (the display name) is the name.",
         ),

    mail("pr-h09-awo-tippfehler.eml",
         frm=("Sandra Pietrzyk", "s.pietrzyk@awo-kv-marschland.example"),
         subject="voranmledung", date="Thu, 10 Apr 2025 06:58:00 +0200",
         body="""Hallo liebes VSOP-Tem,

hiermit melde ich mich schnmal unverbindich für die Tagnug in Köln an. Bin Mitgleid über meinen Arbeitgeber (AWO Kreisverband Marschland).

Grüße Sandra Pietrzyk
""",
         intent="pre_registration", name="Sandra Pietrzyk", organization="AWO Kreisverband Marschland",
         member=True,
         note="Strong typos everywhere ('voranmledung', 'unverbindich', 'Mitgleid'); membership via the employer; organisation in brackets in a sentence."),

    mail("pr-h10-jobcenter-sachgebiet.eml",
         frm=("Kasimir Oelschläger", "kasimir.oelschlaeger@jobcenter-talaue.example"),
         subject="Interesse an der Jahrestagung", client="outlook", date="Thu, 10 Apr 2025 08:40:00 +0200",
         body="""Sehr geehrte Damen und Herren,

das Jobcenter Talaue plant, sich stärker in die kommunale Sozialplanung einzubringen. Ich würde daher gern an Ihrer Jahrestagung teilnehmen und bitte um Vormerkung. Wir sind kein Mitglied.

Freundliche Grüße

Kasimir Oelschläger
Jobcenter Talaue
Bereich Markt und Integration
Team Netzwerkkoordination
""",
         intent="pre_registration", name="Kasimir Oelschläger",
         organization="Jobcenter Talaue, Bereich Markt und Integration, Team Netzwerkkoordination",
         member=False, note="Jobcenter; 'kein Mitglied' stated."),

    mail("pr-h11-hamburg-bezirksamt.eml",
         frm=("Birte Hansing", "birte.hansing@elbmarsch.hamburg.example"),
         subject="Re: " + INFO, client="thunderbird", date="Thu, 10 Apr 2025 10:05:00 +0200",
         body="""Moin Frau Terhorst,

ich nehme das Angebot gern an – bitte für mich einen Platz reservieren (unverbindlich).

Moin moin
Birte Hansing

Freie und Hansestadt Hamburg
Bezirksamt Elbmarsch
Dezernat Soziales, Jugend und Gesundheit
Fachamt Sozialraummanagement
""" + quoted("info", W1T),
         intent="pre_registration", name="Birte Hansing",
         organization="Freie und Hansestadt Hamburg, Bezirksamt Elbmarsch, Dezernat Soziales, Jugend und Gesundheit, Fachamt Sozialraummanagement",
         note="Hamburg district office with four levels; 'Moin moin' as closing."),

    mail("pr-h12-landesministerium-referat.eml",
         frm=("Dr. Friederike Anschütz", "friederike.anschuetz@msti.land.example"),
         subject="Jahrestagung 2025 – Vormerkung", client="outlook", date="Thu, 10 Apr 2025 14:22:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

aus dem Ministerium würde ich gern an der Tagung teilnehmen; eine Vormerkung wäre sehr freundlich. Über die Dienstreise wird erst im Sommer entschieden.

Mit freundlichen Grüßen
Im Auftrag
Dr. Friederike Anschütz

Ministerium für Soziales, Teilhabe und Integration
Referat 32 – Sozialberichterstattung, Armutsprävention
""",
         intent="pre_registration", name="Friederike Anschütz", title="Dr.",
         organization="Ministerium für Soziales, Teilhabe und Integration, Referat 32 – Sozialberichterstattung, Armutsprävention",
         note="State ministry, Referat with a dash inside its name; the business trip decided later."),

    mail("pr-h13-kommunalverband-zwei-mit-frage.eml",
         frm=("Ralf Dettenhausen", "dettenhausen@kvjs-nord.example"),
         subject="Vormerkung für zwei Personen + Frage Barrierefreiheit", client="outlook",
         date="Fri, 11 Apr 2025 09:09:00 +0200",
         body="""Guten Tag Frau Terhorst,

bitte merken Sie Frau Svenja Kallweit und mich für Köln vor.

Frau Kallweit ist Rollstuhlfahrerin. Ist der Tagungsort barrierefrei zugänglich, auch die Räume für die Arbeitsgruppen und die Toiletten?

Danke und freundliche Grüße
Ralf Dettenhausen
Kommunalverband für Jugend und Soziales Nordwürttemberg
Dezernat Jugend – Landesjugendamt
""",
         intent="pre_registration", questions=1, name="Ralf Dettenhausen",
         organization="Kommunalverband für Jugend und Soziales Nordwürttemberg, Dezernat Jugend – Landesjugendamt",
         persons=2, people=["Svenja Kallweit"],
         note="Two persons plus a question on accessibility (a person answers)."),

    mail("pr-h14-kinderbetreuung-frage.eml",
         frm=("Merle Gotthardt", "merle.gotthardt@gemeinde-lindhorst-ost.example"),
         subject="Köln vormerken / Kinderbetreuung?", client="android", date="Fri, 11 Apr 2025 12:31:00 +0200",
         body="""Hallo!

Ich möchte mich gerne vormerken lassen. Ich habe eine kleine Tochter (1 Jahr) – gibt es vor Ort eine Kinderbetreuung oder darf ich sie ggf. mitbringen?

LG Merle Gotthardt
Samtgemeinde Lindhorst-Ost, Fachbereich Bürgerdienste und Soziales

Von meinem Galaxy gesendet
""",
         intent="pre_registration", questions=1, name="Merle Gotthardt",
         organization="Samtgemeinde Lindhorst-Ost, Fachbereich Bürgerdienste und Soziales",
         note="Lower Saxony Samtgemeinde; pre-registration plus a childcare question."),

    mail("pr-h15-feldbeschriftungen-kopiert.eml",
         frm=("Thorsten Quandt", "t.quandt@stadt-kirchwerder.example"),
         subject="Voranmeldung", date="Mon, 14 Apr 2025 08:02:00 +0200",
         body="""Voranmeldung VSOP-Jahrestagung 2025

Organisation: Stadt Kirchwerder, Fachbereich 5 Soziales
Mitglied: nein
Name: Quandt, Thorsten
E-Mail: t.quandt@stadt-kirchwerder.example
Anzahl: 1

Gruß T. Quandt
""",
         intent="pre_registration", name="Thorsten Quandt",
         organization="Stadt Kirchwerder, Fachbereich 5 Soziales", member=False,
         note="Field labels typed like a form in an odd order, name as 'Quandt, Thorsten'."),

    mail("pr-h16-ae-oe-ue-ohne-sz.eml",
         frm=("Guenther Hoessle", "g.hoessle@lra-filsgau.example"),
         subject="Vormerkung Jahrestagung", date="Mon, 14 Apr 2025 09:17:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

gerne moechte ich mich fuer die Jahrestagung 2025 in Koeln vormerken lassen. Als Mitglied freue ich mich schon auf die Gespraeche.

Mit freundlichen Gruessen
Guenther Hoessle
Landratsamt Filsgau
Dezernat 3 - Soziales und Gesundheit
Stabsstelle Sozialplanung
Strasse der Einheit 12, 73000 Filsgau
""",
         intent="pre_registration", name="Guenther Hoessle", member=True,
         organization="Landratsamt Filsgau, Dezernat 3 - Soziales und Gesundheit, Stabsstelle Sozialplanung",
         note="Umlauts as ae/oe/ue and no ß (Strasse, Gruessen) from an old system; Baden-Württemberg Landratsamt."),

    mail("pr-h17-nur-ein-tag-frage.eml",
         frm=("Kerstin Adomeit", "k.adomeit@region-leinebergland.example"),
         subject="Vormerkung – nur Donnerstag möglich?", client="outlook", date="Mon, 14 Apr 2025 11:45:00 +0200",
         body="""Liebe Frau Terhorst,

ich würde mich gern vormerken lassen, kann aber am Freitag (26.9.) wegen einer Ausschusssitzung voraussichtlich nicht. Kann man auch nur den ersten Tag buchen, und ändert sich dann die Gebühr?

Viele Grüße
Kerstin Adomeit
Region Leinebergland – Fachbereich Soziales – Team Sozialplanung
""",
         intent="pre_registration", questions=1, name="Kerstin Adomeit",
         organization="Region Leinebergland, Fachbereich Soziales, Team Sozialplanung",
         note="Pre-registration with a question about a one-day booking and its fee (counted as one question about one topic)."),

    mail("pr-h18-bildungsurlaub-privat.eml",
         frm=("Nadine Wróbel", "nadine.wrobel@web.example"),
         subject="Vormerkung + Bildungsurlaub", client="gmx", date="Mon, 14 Apr 2025 19:50:00 +0200",
         charset="iso-8859-1", cte="quoted-printable",
         body="""Hallo Frau Terhorst,

ich bin Sozialarbeiterin bei einem kleinen freien Träger und würde die Tagung privat besuchen. Bitte merken Sie mich vor.

Ist die Veranstaltung als Bildungsurlaub nach dem Niedersächsischen Bildungsurlaubsgesetz anerkannt? Sonst müsste ich Urlaub nehmen.

Mit freundlichen Grüßen
Nadine Wróbel
""",
         intent="pre_registration", questions=1, name="Nadine Wróbel",
         note="Private attendee, employer unnamed (no organisation); question on Bildungsurlaub; GMX ISO-8859-1 quoted-printable."),
]
