"""DEVELOPMENT set 10: pre-registrations that ask one thing on the side, that look binding,
that are written as questions or for a whole team; eastern and south-western voices."""

from d10_quote import CIRC, PROG, circular, ol_de, p, tb

PRE = dict(intent="pre_registration")

MAILS = [
    p("p01-vormerken-zweiter-tag.eml", ("Ines Rabenhorst", "i.rabenhorst@lk-muldenaue.example"),
      "Vormerkung Köln", "Mon, 07 Apr 2025 08:41:10 +0200", """Guten Morgen,

bitte notieren Sie mich für die Tagung im September. Muss ich für den zweiten Tag gesondert Bescheid geben, oder gilt die Vormerkung automatisch für beide Tage?

Mit freundlichen Grüßen
Ines Rabenhorst
Landratsamt Muldenaue
Sozialamt | Sachgebiet Sozialplanung
""", client="outlook", org="Landratsamt Muldenaue, Sozialamt, Sachgebiet Sozialplanung", questions=1, **PRE,
      note="A pre-registration that asks whether the second day needs its own notice: one question rides along."),
    p("p02-gern-dabei.eml", ("Toralf Kühnemund", "kuehnemund@stadt-roetzschenbach.example"),
      "Jahrestagung", "Mon, 07 Apr 2025 11:15:00 +0200", """Hallo VSOP,

ich wär gern in Köln mit dabei, schreibt mich bitte auf.

Toralf Kühnemund
Stadtverwaltung Rötzschenbach, Amt für Familie und Soziales
""", client="thunderbird", org="Stadtverwaltung Rötzschenbach, Amt für Familie und Soziales", **PRE,
      note="Saxon informal 'ich wär gern ... dabei, schreibt mich auf': a pre-registration without the word."),
    p("p03-sieht-verbindlich-aus.eml", ("Gundula Pätzold", "g.paetzold@kv-moselhoehe.example"),
      "Anmeldung zur Jahrestagung 2025", "Tue, 08 Apr 2025 09:02:33 +0200", """Sehr geehrte Damen und Herren,

hiermit melde ich mein Interesse an der Teilnahme an. Fest zusagen kann ich erst, wenn die Dienstreise durch ist; das Anmeldeformular schicke ich dann nach.

Mit freundlichen Grüßen
Gundula Pätzold
Kreisverwaltung Moselhöhe
Abteilung 5 – Jugend, Familie und Soziales
""", client="outlook", org="Kreisverwaltung Moselhöhe, Abteilung 5 – Jugend, Familie und Soziales", **PRE,
      note="Subject 'Anmeldung', 'hiermit melde ich ... an' - but what is announced is interest; the form follows: a pre-registration."),
    p("p04-team-drei.eml", ("Sabine Wurzbacher", "s.wurzbacher@bezirksamt-lindenhain.example"),
      "Vormerkung für unser Team (3 Personen)", "Tue, 08 Apr 2025 14:27:45 +0200", """Liebes Team der Geschäftsstelle,

aus der Planungs- und Koordinierungsstelle Gesundheit würden gerne drei Leute kommen. Bitte merken Sie vor:

- Sabine Wurzbacher
- Kemal Yıldırım
- Friederike Osterloh-Brandt

Ob alle drei die Genehmigung bekommen, wissen wir im Mai.

Viele Grüße
Sabine Wurzbacher
Bezirksamt Lindenhain von Berlin
Abteilung Soziales und Gesundheit
Planungs- und Koordinierungsstelle Gesundheit
""", client="outlook-web", org="Bezirksamt Lindenhain von Berlin, Abteilung Soziales und Gesundheit, Planungs- und Koordinierungsstelle Gesundheit",
      persons=3, people=["Kemal Yıldırım", "Friederike Osterloh-Brandt"], **PRE,
      note="A Berlin Bezirksamt pre-registering three in a dashed list, the sender first."),
    p("p05-ohne-mitgliedschaft.eml", ("Marlies Hoffmeister", "hoffmeister@jugendhilfe-ostharz.example"),
      "Teilnahme", "Wed, 09 Apr 2025 10:50:12 +0200", """Guten Tag,

wir sind kein Mitglied im VSOP, ich möchte mich aber trotzdem schon mal vormerken lassen. Ist das so in Ordnung, oder nehmen Sie Nichtmitglieder erst später auf, wenn noch Plätze frei sind?

Freundliche Grüße
Marlies Hoffmeister
Kinder- und Jugendhilfeverbund Ostharz gGmbH
Bereichsleitung Ambulante Hilfen
""", org="Kinder- und Jugendhilfeverbund Ostharz gGmbH, Bereichsleitung Ambulante Hilfen", member=False,
      questions=1, **PRE,
      note="States 'kein Mitglied' outside the question, pre-registers and asks whether non-members get a place now."),
    p("p06-iphone-kurz.eml", ("Robby Gleisberg", "robby.gleisberg@web.example"),
      "Köln Sept", "Wed, 09 Apr 2025 21:03:00 +0200", """Nehmt mich mal mit auf die Liste für Köln. LG Robby

Von meinem iPhone gesendet
""", client="iphone", **PRE, note="One line from a phone, 'auf die Liste'; the surname only in the From header."),
    p("p07-frage-form-vormerkung.eml", ("Heidrun Scheibe", "heidrun.scheibe@hs-elsterland.example", "Prof. Dr."),
      "Ist noch was frei?", "Thu, 10 Apr 2025 12:12:12 +0200", """Liebe Kolleginnen und Kollegen,

gibt es für die Kölner Tagung noch einen Platz für mich? Dann hätte ich ihn gern – vorläufig, bis die Fakultät die Reisemittel bestätigt.

Beste Grüße
Heidrun Scheibe

Prof. Dr. Heidrun Scheibe
Hochschule Elsterland – University of Applied Sciences
Fakultät Soziale Arbeit
""", client="apple", org="Hochschule Elsterland – University of Applied Sciences, Fakultät Soziale Arbeit", **PRE,
      note="Opens as a question ('noch einen Platz?') but asks for the place provisionally: a pre-registration. The university's English name after a dash is part of its name."),
    p("p08-saarland-platt.eml", ("Edgar Lauer", "e.lauer@kreisstadt-bliesweiler.example"),
      "Tagung Köln", "Fri, 11 Apr 2025 07:44:00 +0200", """Gudd Morje,

isch hätt gäre e Platz vorgemerkt fer die Tagung in Köln. Meld misch dann, wann isch's genau weeß.

Scheene Gruß
Edgar Lauer
Kreisstadt Bliesweiler – Fachbereich Bürgerdienste und Soziales
""", org="Kreisstadt Bliesweiler, Fachbereich Bürgerdienste und Soziales", **PRE,
      note="Saarland dialect: 'isch hätt gäre e Platz vorgemerkt'."),
    p("p09-rundbrief-antwort.eml", ("Jana Zschiesche", "jana.zschiesche@diakonie-wettinaue.example"),
      "AW: " + CIRC, "Mon, 14 Apr 2025 09:30:00 +0200", """Liebe Frau Wolkenhauer,

danke für den Rundbrief! Die Arbeitshilfe haben wir schon verteilt. Für Köln können Sie mich gerne vormerken.

Herzlich
Jana Zschiesche
Diakonisches Werk im Kirchenkreis Wettinaue e.V.
Fachstelle Sozialraum
""" + ol_de("Freitag, 11. April 2025 16:02", CIRC, "verteiler@vsop.de", circular()), client="outlook",
      org="Diakonisches Werk im Kirchenkreis Wettinaue e.V., Fachstelle Sozialraum", **PRE,
      note="A reply to the office's circular: mostly thanks, the pre-registration in one sentence."),
    p("p10-kollege-fragt-mit.eml", ("Matthias Reichenbächer", "m.reichenbaecher@ilmbrueck.example"),
      "Voranmeldung + Frage Barrierefreiheit", "Mon, 14 Apr 2025 13:05:19 +0200", """Sehr geehrte Damen und Herren,

ich möchte mich unverbindlich für die Jahrestagung voranmelden. Da ich Rollstuhlfahrer bin: Ist der Tagungsort stufenlos zugänglich und gibt es ein barrierefreies WC?

Mit freundlichen Grüßen
Matthias Reichenbächer
Stadtverwaltung Ilmbrück
Fachdienst Soziales, Sozialplanung
""", client="outlook", org="Stadtverwaltung Ilmbrück, Fachdienst Soziales, Sozialplanung", questions=1, **PRE,
      note="Pre-registration plus one question about access (two sub-questions on one topic count once)."),
    p("p11-beratung.eml", ("Nadine Eschrich", "eschrich@planwerk-sozialraum.example"),
      "Interesse an Ihrer Tagung", "Tue, 15 Apr 2025 10:20:00 +0200", """Guten Tag,

als Beraterin begleite ich mehrere Landkreise bei der integrierten Planung und würde die Tagung gern besuchen. Reservieren Sie mir bitte eine Option.

Beste Grüße
Nadine Eschrich
Planwerk Sozialraum GmbH
Beratung für Kommunen | Leipziger Straße 14 | 04179 Leipzig
""", org="Planwerk Sozialraum GmbH", **PRE,
      note="A consultant, not a municipality; 'reservieren Sie mir ... eine Option'; the tagline and street line are not organisation."),
    p("p12-forwarded-tipp.eml", ("Claudia Seifarth", "c.seifarth@landkreis-havelheide.example"),
      "WG: Vorankündigung VSOP Jahrestagung", "Wed, 16 Apr 2025 08:12:40 +0200", """Hallo,

meine Kollegin hat mir Ihre Ankündigung weitergeleitet. Ich melde hiermit vorläufig Interesse für mich an.

Claudia Seifarth
Landkreis Havelheide
Dezernat II – Jugend und Soziales
Stabsstelle Planung und Controlling

-----Ursprüngliche Nachricht-----
Von: Seidel, Romy
Gesendet: Dienstag, 15. April 2025 17:40
An: Seifarth, Claudia
Betreff: WG: Vorankündigung VSOP Jahrestagung

Wär das nicht was für dich? Voranmeldung bis 2. Juni.
""", client="outlook", org="Landkreis Havelheide, Dezernat II – Jugend und Soziales, Stabsstelle Planung und Controlling", **PRE,
      note="A colleague's internal forward quoted below; the sender pre-registers only herself ('für mich')."),
    p("p13-wir-buchen-vorlaeufig.eml", ("Dörte Wendland", "d.wendland@caritas-spreewitz.example"),
      "Buchung zwei Plätze (vorläufig)", "Wed, 16 Apr 2025 15:55:00 +0200", """Hallo,

wir buchen vorläufig zwei Plätze: für mich und für unseren Fachbereichsleiter Herrn Uwe Sänger. Verbindlich wird es, sobald der Vorstand den Haushalt beschlossen hat. Ich melde mich dann mit dem Formular.

Viele Grüße
Dörte Wendland
Caritasverband Spreewitz e.V.
Fachbereich Soziale Dienste
""", org="Caritasverband Spreewitz e.V., Fachbereich Soziale Dienste", persons=2, people=["Uwe Sänger"], **PRE,
      note="'wir buchen' - but 'vorläufig' and the binding step is announced: a pre-registration for two."),
    p("p14-frage-bis-wann.eml", ("Steffen Bräutigam", "s.braeutigam@vg-hunsrueckeck.example"),
      "Voranmeldung", "Thu, 17 Apr 2025 11:11:00 +0200", """Guten Tag,

bitte für mich einen Platz vormerken. Bis wann brauchen Sie dann die feste Zusage – reicht Ende Juli noch?

Gruß
Steffen Bräutigam
Verbandsgemeindeverwaltung Hunsrückeck
Fachbereich 2 – Bürgerdienste
""", org="Verbandsgemeindeverwaltung Hunsrückeck, Fachbereich 2 – Bürgerdienste", questions=1, **PRE,
      note="A pre-registration asking the binding deadline (which is 4 July: a person answers 'no')."),
    p("p15-html-landesamt.eml", ("Katharina Pohlmann-Weiß", "katharina.pohlmann-weiss@lafs.example", "Dr."),
      "Jahrestagung 2025 – Vormerkung", "Thu, 17 Apr 2025 14:00:00 +0200", """Sehr geehrte Damen und Herren,

ich bitte um Vormerkung für die Jahrestagung 2025.

Mit freundlichen Grüßen
Im Auftrag
Dr. Katharina Pohlmann-Weiß

Landesamt für Familie und Soziales
Referat 23 – Sozialberichterstattung, Armutsprävention
""", client="outlook", html=True, name="Katharina Pohlmann-Weiß",
      org="Landesamt für Familie und Soziales, Referat 23 – Sozialberichterstattung, Armutsprävention", **PRE,
      note="A Landesamt's 'Im Auftrag' signature; the title only in the display name and signature; HTML and text."),
    p("p16-kirchenkreis.eml", ("Pfarrer Benedikt Hauschild", "benedikt.hauschild@kirchenkreis-saaletal.example"),
      "Tagung integrierte Sozialplanung", "Fri, 18 Apr 2025 09:09:09 +0200", """Sehr geehrte Damen und Herren,

unser Kirchenkreis plant gerade seine diakonische Arbeit in den Dörfern neu. Ich würde deshalb gern teilnehmen und bitte darum, mich vorzumerken. Wäre es auch möglich, nur am ersten Tag zu kommen, und würde sich die Gebühr dann ändern?

Mit freundlichen Grüßen
Benedikt Hauschild, Pfarrer
Evangelischer Kirchenkreis Saaletal
Superintendentur
""", name="Benedikt Hauschild", org="Evangelischer Kirchenkreis Saaletal, Superintendentur", questions=2, **PRE,
      note="A church body; 'Pfarrer' is a job title, not a title or name; two questions (one day, its fee)."),
    p("p17-zweite-mail-kollegin.eml", ("Yvonne Lehmbeck", "y.lehmbeck@lk-havelheide.example"),
      "Noch eine Vormerkung", "Tue, 22 Apr 2025 10:40:00 +0200", """Hallo,

bitte merken Sie zusätzlich meine Kollegin Antje Fiebig vor, ebenfalls aus der Jugendhilfeplanung. Ihre Adresse: a.fiebig@lk-havelheide.example.

Danke und Gruß
Yvonne Lehmbeck
""", name="Antje Fiebig", email="a.fiebig@lk-havelheide.example", **PRE,
      note="Only the colleague is pre-registered (the sender presumably already is): the attendee is the colleague with her address; the unit is named in a sentence without the body, so no organisation."),
    p("p18-gmx-iso.eml", ("Ralf Pietzsch", "ralf.pietzsch@gmx.example"),
      "Tagung", "Tue, 22 Apr 2025 19:22:00 +0200", """Hallo,

ich bin ehrenamtlich im Seniorenbeirat unserer Gemeinde und hätte großes Interesse. Bitte tragen Sie mich unverbindlich ein. Darf man als Ehrenamtlicher überhaupt teilnehmen?

Ralf Pietzsch
""", client="gmx", charset="iso-8859-1", cte="quoted-printable", questions=1, **PRE,
      note="A volunteer from a GMX address, ISO-8859-1 quoted-printable; the Seniorenbeirat is not named as his organisation (no place given)."),
    p("p19-zusage-vor-programm.eml", ("Konstanze Ebert", "k.ebert@stadt-kamenau.example"),
      "Zusage", "Wed, 23 Apr 2025 08:05:00 +0200", """Guten Tag,

ich sage für Köln zu. Schicken Sie mir bitte das Programm und das Formular, dann melde ich mich richtig an.

Konstanze Ebert
Stadt Kamenau | Sozialamt
""", org="Stadt Kamenau, Sozialamt", **PRE,
      note="'ich sage zu' sounds binding, but the form is asked for and the real registration announced: a pre-registration."),
    p("p20-wuerden-sie-uns.eml", ("Holger Thiele", "h.thiele@awo-elbland.example"),
      "Anfrage Plätze", "Wed, 23 Apr 2025 13:30:00 +0200", """Guten Tag,

würden Sie für die AWO Elbland zwei Plätze vorhalten? Wer fährt, entscheiden wir im Juni – ich selbst bin aber auf jeden Fall einer davon.

Viele Grüße
Holger Thiele
AWO Kreisverband Elbland e.V.
Abteilung Sozialplanung und Qualität
""", org="AWO Kreisverband Elbland e.V., Abteilung Sozialplanung und Qualität", persons=2, **PRE,
      note="A request in question form ('würden Sie ... vorhalten?'): pre-registration of two, the second person not yet named."),
    p("p21-tb-zitiert-rundbrief.eml", ("Franziska Lindemann", "lindemann@hs-unstrut.example"),
      "Re: " + CIRC, "Thu, 24 Apr 2025 17:17:00 +0200", """Ich bitte um Vormerkung, auch für meinen Kollegen Prof. Dr. Aurel Sternkopf.

F. Lindemann
--
Hochschule Unstrut-Hainich
Fachbereich Sozialwesen
""" + tb("11.04.2025 um 16:02", circular()), client="thunderbird", name="Franziska Lindemann",
      org="Hochschule Unstrut-Hainich, Fachbereich Sozialwesen", persons=2, people=["Prof. Dr. Aurel Sternkopf"], **PRE,
      note="One line above a Thunderbird quote of the circular; the full first name from the From header; a colleague with his title."),
    p("p22-jugendamt-leitung.eml", ("Bernd Kaltofen", "bernd.kaltofen@saale-wipfra.example"),
      "Jahrestagung VSOP", "Mon, 28 Apr 2025 08:30:00 +0200", """Sehr geehrte Damen und Herren,

wie in den Vorjahren möchte ich mir einen Platz sichern. Wir sind über den Landkreis institutionelles Mitglied.

Mit freundlichen Grüßen
Bernd Kaltofen
Amtsleiter
Landratsamt Saale-Wipfra
Jugendamt
""", org="Landratsamt Saale-Wipfra, Jugendamt", member=True, **PRE,
      note="Institutional membership through the county; 'Amtsleiter' is a job title."),
    p("p23-zwei-dinge-rechnung.eml", ("Melanie Kunze", "m.kunze@stadt-zeitzgrund.example"),
      "Voranmeldung und Frage zur Rechnung", "Mon, 28 Apr 2025 11:45:00 +0200", """Hallo liebes VSOP-Team,

für Köln melde ich mich schon mal unverbindlich an. Kann die Rechnung später auf zwei Haushaltsstellen aufgeteilt werden (Jugend und Soziales je zur Hälfte)?

Liebe Grüße
Melanie Kunze
Stadt Zeitzgrund
Fachbereich Jugend, Soziales und Integration
""", org="Stadt Zeitzgrund, Fachbereich Jugend, Soziales und Integration", questions=1, **PRE,
      note="A pre-registration with a question about splitting the invoice later."),
    p("p24-assistenz.eml", ("Büro der Sozialdezernentin", "buero.dezernat3@kreis-westrich.example"),
      "Vormerkung Frau Beigeordnete Rupp", "Tue, 29 Apr 2025 09:20:00 +0200", """Sehr geehrte Damen und Herren,

für Frau Beigeordnete Sigrid Rupp bitte ich Sie, einen Platz vorzumerken. Post für Frau Rupp bitte an s.rupp@kreis-westrich.example.

Freundliche Grüße
i. A. Pia Kohlhaas
Kreisverwaltung Westrich
Geschäftsbereich 3 – Soziales, Jugend, Gesundheit
""", client="outlook", name="Sigrid Rupp", email="s.rupp@kreis-westrich.example",
      org="Kreisverwaltung Westrich, Geschäftsbereich 3 – Soziales, Jugend, Gesundheit", **PRE,
      note="An assistant for the Beigeordnete (an office, not a name); her address in the text."),
    p("p25-android-plural.eml", ("Mandy Oehme", "mandy.oehme@freenet.example"),
      "Wir kommen!", "Tue, 29 Apr 2025 22:10:00 +0200", """Hallo, meine Kollegin Sandra und ich wollen unbedingt kommen, merkt uns bitte beide vor. Die Genehmigung kommt sicher erst im Juni.
Mandy

Gesendet von meinem Galaxy
""", client="android", persons=2, people=["Sandra"], **PRE,
      note="'Wir kommen!' sounds firm; the approval is pending and 'vormerken' is asked: pre-registration of two, a first name only."),
    p("p26-bitte-keine-bestaetigung.eml", ("Olaf Wenzlaff", "o.wenzlaff@lk-oderbruchland.example"),
      "Platzreservierung", "Wed, 30 Apr 2025 10:02:00 +0200", """Guten Tag,

reservieren Sie mir bitte einen Tagungsplatz. Eine Frage habe ich: werden die Vorträge aufgezeichnet? Meine Kolleginnen könnten sonst nicht teilhaben.

MfG
Olaf Wenzlaff
Landkreis Oderbruchland
Amt für Soziales und Wohnen, SG Sozialplanung
""", org="Landkreis Oderbruchland, Amt für Soziales und Wohnen, SG Sozialplanung", questions=1, **PRE,
      note="Pre-registration with a question about recordings."),
    p("p27-studentin-team.eml", ("Leonie Fuchsberger", "leonie.fuchsberger@stud.hs-elsterland.example"),
      "Vormerkung Studierende", "Fri, 02 May 2025 12:00:00 +0200", """Hallo,

wir sind drei Studierende im Master Sozialplanung und würden gern hospitieren: Leonie Fuchsberger, Malik Demirci und Johanna Steudel. Bitte merken Sie uns vor!

Viele Grüße
Leonie
""", persons=3, people=["Malik Demirci", "Johanna Steudel"], **PRE,
      note="Three students in running text; the university only in the domain (not labelled)."),
    p("p28-moselfraenkisch.eml", ("Hildegard Schommers", "h.schommers@vg-saarmosel.example"),
      "Köln", "Mon, 05 May 2025 08:15:00 +0200", """Hallo zusammen,

ich hätte gern eine Vormerkung. Ich wäre voraussichtlich nur am Donnerstag da.

Gruß Hildegard Schommers
VG Saar-Mosel, Fachbereich Soziales
""", org="VG Saar-Mosel, Fachbereich Soziales", **PRE,
      note="A pre-registration that says (not asks) she comes on the first day only; no question."),
    p("p29-bewerbung-klingt-fest.eml", ("Ronny Hentschel", "ronny.hentschel@kjr-erzvorland.example"),
      "Teilnahme an der Jahrestagung", "Tue, 06 May 2025 14:44:00 +0200", """Sehr geehrte Damen und Herren,

hiermit möchte ich mich gern zur Tagung vormerken lassen. Ich komme sicher, sofern der Vorstand zustimmt.

Hochachtungsvoll
Ronny Hentschel
Kreisjugendring Erzvorland e.V.
""", org="Kreisjugendring Erzvorland e.V.", **PRE,
      note="'Ich komme sicher, sofern ...': certain-sounding but conditional, and 'vormerken lassen' is asked."),
    p("p30-zwei-fragen-und-vormerken.eml", ("Anett Böhmer", "a.boehmer@stadt-weissbachtal.example"),
      "Frage zur Tagung", "Wed, 07 May 2025 09:48:00 +0200", """Guten Tag,

zwei Fragen vorab: Gibt es ein vegetarisches Mittagessen, und ist am Donnerstagabend ein gemeinsames Essen geplant? So oder so – setzen Sie mich bitte auf die Liste.

Anett Böhmer
Stadt Weißbachtal, Sachgebiet Soziales und Senioren
""", org="Stadt Weißbachtal, Sachgebiet Soziales und Senioren", questions=2, **PRE,
      note="Subject 'Frage', two questions first, the pre-registration at the end."),
    p("p31-leitung-nennt-vertretung.eml", ("Uta Marschner", "u.marschner@lk-vogtlandhoehe.example"),
      "Voranmeldung Sozialplanung", "Thu, 08 May 2025 10:10:00 +0200", """Hallo,

ich melde mich hiermit vorab an. Sollte ich doch verhindert sein, schicke ich meine Vertretung.

Mit freundlichen Grüßen
Uta Marschner
Landratsamt Vogtlandhöhe
Geschäftsbereich Soziales
Koordinierungsstelle Sozialplanung
""", client="outlook", org="Landratsamt Vogtlandhöhe, Geschäftsbereich Soziales, Koordinierungsstelle Sozialplanung", **PRE,
      note="'melde mich hiermit vorab an': a pre-registration; a possible substitute is no second person."),
    p("p32-html-only-quartier.eml", ("Pascal Brömme", "p.broemme@quartiersnetz-frankenhain.example"),
      "Vormerkung", "Mon, 12 May 2025 15:30:00 +0200", "",
      html_only=True, client="outlook",
      html="""<html><body><p>Guten Tag,</p><p>bitte merken Sie mich für die Tagung im September vor. Gibt es für gemeinnützige Träger einen Nachlass?</p>
<p>Freundliche Grüße<br>Pascal Brömme<br><b>Quartiersnetz Frankenhain e.V.</b><br>Projektleitung Gemeinwesenarbeit</p></body></html>
""", org="Quartiersnetz Frankenhain e.V.", questions=1, **PRE,
      note="HTML only; a question about a discount for charities; 'Projektleitung Gemeinwesenarbeit' is a job, not a unit."),
    p("p33-nach-programm-noch-nicht.eml", ("Carola Niebergall", "c.niebergall@stadt-birkenfelden.example"),
      "AW: " + PROG, "Tue, 20 May 2025 08:20:00 +0200", """Hallo Frau Wolkenhauer,

danke für die Unterlagen! Lassen Sie mich bitte noch vorgemerkt – den Bogen schicke ich, sobald meine Dienstreise genehmigt ist.

Carola Niebergall
Stadt Birkenfelden, Amt 50
""" + ol_de("Montag, 19. Mai 2025 14:10", PROG, "Carola Niebergall", ["Hallo Frau Niebergall,", ""] + [
        "schön, dass Sie nach Köln kommen möchten – wir haben Sie notiert."]), client="outlook",
      org="Stadt Birkenfelden, Amt 50", **PRE,
      note="A reply to the programme mail that is NOT the binding registration: she stays pre-registered."),
    p("p34-kuendigt-an.eml", ("Detlef Gerstenberger", "d.gerstenberger@jobcenter-havelheide.example"),
      "VSOP Tagung September", "Wed, 21 May 2025 13:00:00 +0200", """Moin,

bin noch rechtzeitig vor dem 2. Juni? Dann bitte vormerken.

Detlef Gerstenberger
Jobcenter Landkreis Havelheide
Team Markt und Integration
""", org="Jobcenter Landkreis Havelheide, Team Markt und Integration", **PRE,
      note="A rhetorical deadline question with 'Dann bitte vormerken': the request is the action; no question to answer."),
    p("p35-sachsen-sie-form.eml", ("Evelin Tröger", "evelin.troeger@erzgebirgsvorland.example"),
      "Sozialplanertagung", "Thu, 22 May 2025 09:00:00 +0200", """Sehr geehrte Frau Wolkenhauer,

wir hatten uns im letzten Jahr in Leipzig kurz unterhalten. Ich möchte die Tagung in Köln gern vormerken lassen und habe noch eine Bitte: Könnten Sie mir sagen, ob auch Beiträge aus der Praxis gesucht werden? Ich würde unser Projekt zur Pflegestrukturplanung gern vorstellen.

Herzliche Grüße
Evelin Tröger
Landkreis Erzgebirgsvorland
Referat Pflege und Senioren
""", org="Landkreis Erzgebirgsvorland, Referat Pflege und Senioren", questions=1, **PRE,
      note="A pre-registration and an offer to present (a person must answer)."),
    p("p36-pfalz-zwei.eml", ("Thorsten Brunck", "t.brunck@kv-donnersberg-sued.example"),
      "Vormerkung 2 Personen Kreisverwaltung", "Fri, 23 May 2025 11:30:00 +0200", """Guten Tag,

für die Kreisverwaltung möchten wir zwei Plätze vormerken:
a) Thorsten Brunck (Sozialplanung)
b) Melanie Scherer (Jugendhilfeplanung)

Wir sind Mitglied.

Gruß
Thorsten Brunck
Kreisverwaltung Donnersberg-Süd, Abteilung 4 – Soziales
""", org="Kreisverwaltung Donnersberg-Süd, Abteilung 4 – Soziales", member=True, persons=2,
      people=["Melanie Scherer"], **PRE,
      note="A lettered list with roles in brackets (not part of the names); membership stated for the body."),
]
