"""DEVELOPMENT set 11: pre-registrations and questions in northern voices (Moin, Low German,
dry brevity and long Amtsdeutsch); questions without a question mark beside remarks that
ask nothing."""

from d11_quote import CIRC, apple, circular, p, tb

PRE = dict(intent="pre_registration")
Q = dict(intent="question", questions=1)

MAILS = [
    # --- pre-registrations
    p("p01-moin-kurz.eml", ("Hauke Petersen", "h.petersen@kreis-schwansen.example"),
      "Köln", "Tue, 06 May 2025 07:48:00 +0200", """Moin,

mich bitte für Köln vormerken.

Hauke Petersen
Kreis Schwansen-Förde
Fachdienst Soziales
""", org="Kreis Schwansen-Förde, Fachdienst Soziales", **PRE,
      note="Dry northern brevity: one line, no verb of registering beyond 'vormerken'."),
    p("p02-amtsdeutsch.eml", ("Gesche Thormählen", "gesche.thormaehlen@amt-treeneland.example"),
      "Voranmeldung zur VSOP-Jahrestagung 2025 hier: Teilnahme der Amtsverwaltung", "Wed, 07 May 2025 10:12:00 +0200",
      """Sehr geehrte Damen und Herren,

unter Bezugnahme auf Ihre Vorankündigung wird seitens der Amtsverwaltung Treeneland die unverbindliche Voranmeldung der Unterzeichnenden für die Tagung am 25. und 26. September 2025 in Köln erklärt. Die abschließende Entscheidung über die Dienstreise obliegt dem Amtsdirektor und wird nach Vorlage des Programms getroffen.

Das Amt Treeneland ist institutionelles Mitglied des VSOP.

Mit freundlichen Grüßen
Im Auftrag

Gesche Thormählen
Amt Treeneland – Der Amtsdirektor
Fachbereich Bürgerdienste und Soziales
Sachgebiet Sozialplanung
""", org="Amt Treeneland, Fachbereich Bürgerdienste und Soziales, Sachgebiet Sozialplanung",
      member=True, **PRE,
      note="Long Amtsdeutsch in the passive; '– Der Amtsdirektor' names the head of the authority (a function, not a unit: left out)."),
    p("p03-plattdeutsch.eml", ("Jördis Mahnke", "joerdis.mahnke@diakonie-geestmoor.example"),
      "Wi kaamt!", "Thu, 08 May 2025 16:30:00 +0200", """Moin moin,

ik wull mi geern för de Tagung in Köln vörmarken laten. Dat Programm köönt Se mi denn schicken.

Veel Grööt
Jördis Mahnke
Diakonisches Werk Geestmoor
Eingliederungshilfe – Teilhabeplanung
""", org="Diakonisches Werk Geestmoor, Eingliederungshilfe, Teilhabeplanung", **PRE,
      note="Low German throughout; the subject says 'we' but only she is named (persons 1)."),
    p("p04-zwei-und-frage.eml", ("Malte Jessen", "malte.jessen@hansestadt-ruegenow.example"),
      "Voranmeldung zwei Personen", "Fri, 09 May 2025 09:05:00 +0200", """Guten Morgen,

für die Hansestadt Rüggenow möchte ich mich und meine Kollegin Inken Suhr vormerken lassen. Wir sind beide in der Jugendhilfeplanung.

Ich wüsste gern noch, ob es am Donnerstag eine Mittagsverpflegung gibt oder ob wir uns selbst versorgen müssen.

Viele Grüße aus dem Nordosten
Malte Jessen
Hansestadt Rüggenow
Amt für Jugend, Schule und Soziales
Jugendhilfeplanung
""", org="Hansestadt Rüggenow, Amt für Jugend, Schule und Soziales, Jugendhilfeplanung", persons=2,
      people=["Inken Suhr"], questions=1, **PRE,
      note="Two persons and a question without a question mark ('Ich wüsste gern noch, ob ...')."),
    p("p05-vhs-iphone.eml", ("Tjark Ahlers", "tjark.ahlers@vhs-jadekueste.example"),
      "Tagung 25./26.9.", "Mon, 12 May 2025 21:14:00 +0200", """Hallo, ich hätte Interesse und würde mich schon mal unverbindlich eintragen lassen. Ob ich wirklich kann, klärt sich erst im Juni. Tjark Ahlers, VHS Jadeküste

Von meinem iPhone gesendet
""", client="iphone", org="VHS Jadeküste", **PRE,
      note="One run-on line from the phone; the organisation after the name in the same line."),
    p("p06-fh-mit-bemerkung.eml", ("Kristina Lorenzen", "k.lorenzen@fh-westkueste-nord.example", "Prof. Dr."),
      "Vormerkung Jahrestagung", "Tue, 13 May 2025 11:40:00 +0200", """Sehr geehrte Frau Ohlrogge,

ich melde hiermit mein Interesse an der Tagung an und bitte um Vormerkung. Das Thema der Polarisierung trifft genau das, was wir gerade mit Studierenden in einem Praxisprojekt mit drei Kreisen erleben – insofern freue ich mich sehr auf den Austausch.

Beste Grüße
Prof. Dr. Kristina Lorenzen
Fachhochschule Westküste-Nord
Fachbereich Soziale Arbeit und Gesundheit
""", client="thunderbird", org="Fachhochschule Westküste-Nord, Fachbereich Soziale Arbeit und Gesundheit", **PRE,
      note="A pre-registration with a remark about the theme: no question."),
    p("p07-bezirksamt-hamburg.eml", ("Nele Wischhusen", "nele.wischhusen@bezirksamt-elbwerder.example"),
      "WG: Vorankündigung VSOP-Jahrestagung", "Wed, 14 May 2025 14:22:00 +0200", """Hallo liebe Geschäftsstelle,

mein Kollege hat mir Ihre Ankündigung weitergeleitet. Ich wäre gern dabei, bitte tragen Sie mich vorerst unverbindlich ein. Mitglied bin ich persönlich nicht.

Freundliche Grüße
Nele Wischhusen

Freie und Hansestadt Hamburg
Bezirksamt Elbwerder
Fachamt Sozialraummanagement
""", client="outlook", org="Freie und Hansestadt Hamburg, Bezirksamt Elbwerder, Fachamt Sozialraummanagement",
      member=False, **PRE, note="Hamburg's three-level signature; 'Mitglied bin ich persönlich nicht'."),
    p("p08-antwort-auf-rundbrief.eml", ("Ole Brüning", "ole.bruening@lk-wesermarsch-nord.example"),
      "AW: " + CIRC, "Thu, 12 Jun 2025 08:30:00 +0200", """Moin Frau Ohlrogge,

dann nehme ich das mal zum Anlass: Vormerken für Köln, bitte. Anmeldebogen gern gleich mit.

Gruß
Ole Brüning
Landkreis Wesermarsch-Nord, Jugendamt
""" + tb("11.06.2025 um 16:02", circular()), client="thunderbird",
      org="Landkreis Wesermarsch-Nord, Jugendamt", **PRE,
      note="A reply to the office's circular (which offers the opt-out in its text): a pre-registration, not an opt-out."),
    p("p09-ehrenamt-gmx.eml", ("Rieke Clasen", "rieke.clasen@gmx.example"),
      "Voranmeldung", "Fri, 16 May 2025 19:02:00 +0200", """Guten Abend,

ich engagiere mich ehrenamtlich im Seniorenbeirat unserer Gemeinde und würde mir gern einen Platz für Köln reservieren. Ob der Beirat die Fahrt bezahlt, entscheidet sich in der nächsten Sitzung.

Freundliche Grüße
Rieke Clasen
Seniorenbeirat der Gemeinde Dörpstedt-Heide
""", client="gmx", charset="iso-8859-1", cte="quoted-printable",
      org="Seniorenbeirat der Gemeinde Dörpstedt-Heide", **PRE,
      note="A volunteer's reservation of a place (the announcement's own wording 'Teilnahmeoption reservieren'); GMX, ISO-8859-1 QP."),
    p("p10-planungsbuero.eml", ("Janne Voß", "jv@plan-kontor-nord.example"),
      "Tagung Köln – Voranmeldung Planungsbüro", "Mon, 19 May 2025 10:10:00 +0200", """Hallo zusammen,

wir arbeiten als Planungsbüro für mehrere Kreise in Schleswig-Holstein an Sozialberichten. Ich möchte mich für Köln voranmelden. Gibt es für Büros wie uns eine Möglichkeit, Mitglied zu werden, und was kostet das?

Beste Grüße
Janne Voß
plan.kontor nord – Sozialplanung & Beteiligung
""", org="plan.kontor nord", questions=1, **PRE,
      note="A planning office's pre-registration with a question about membership; the tagline after the dash is no unit."),
    p("p11-senatorin-vorzimmer.eml", ("Frauke Rohlfs", "vorzimmer.abt4@soziales.bremerwarft.example"),
      "Voranmeldung Frau Dr. Rohlfs", "Tue, 20 May 2025 12:00:00 +0200", """Sehr geehrte Damen und Herren,

im Auftrag von Frau Dr. Frauke Rohlfs, Abteilungsleiterin bei der Senatorin für Soziales, Jugend und Integration, bitte ich Sie, Frau Dr. Rohlfs für die Jahrestagung in Köln vorzumerken. Das Programm senden Sie bitte direkt an ihre Adresse frauke.rohlfs@soziales.bremerwarft.example.

Mit freundlichen Grüßen
i. A. Merle Kück
Vorzimmer der Abteilungsleitung
Die Senatorin für Soziales, Jugend und Integration
Freie Hansestadt Bremerwarft
""", org="Die Senatorin für Soziales, Jugend und Integration, Freie Hansestadt Bremerwarft",
      title="Dr.", display="Kück, Merle", email="frauke.rohlfs@soziales.bremerwarft.example", **PRE,
      note="A Vorzimmer writes for the head of department; the attendee's address named in the text. Organisation: the authority as the signature writes it, top-down as written ('Vorzimmer der Abteilungsleitung' is a function, not a unit)."),
    p("p12-kurz-nach-frist.eml", ("Fenja Harms", "fenja.harms@jugendhilfe-haffland.example"),
      "Noch Platz?", "Wed, 04 Jun 2025 15:45:00 +0200", """Hallo,

ich weiß, die Frist zur Voranmeldung war vorgestern. Falls noch Platz ist, schreiben Sie mich bitte trotzdem auf die Liste.

Fenja Harms
Jugendhilfeverbund Haffland e. V.
""", org="Jugendhilfeverbund Haffland e. V.", **PRE,
      note="After the deadline, conditional on a place: a pre-registration (the office decides; no question asked)."),
    p("p13-moin-apple-reply.eml", ("Swantje Kröger", "s.kroeger@kvhs-uecker.example"),
      "Re: " + CIRC, "Fri, 13 Jun 2025 07:15:00 +0200", """Moin,

gern auch mich vormerken. Und wo wir gerade dabei sind: Bitte meinen Kollegen Piet Hansen aus Ihrem Verteiler nehmen, der ist seit April in Rente.

Swantje Kröger
Kreisvolkshochschule Uecker-Haffland
""" + apple("11.06.2025 um 16:02", circular()), client="apple",
      org="Kreisvolkshochschule Uecker-Haffland", needs_human=True, **PRE,
      note="A pre-registration plus an opt-out for a retired colleague: the label format has one intent; the action for herself wins, a person removes the colleague (needs_human, no question)."),
    # --- questions, with and without a question mark
    p("q01-ohne-fragezeichen.eml", ("Bente Lüdemann", "bente.luedemann@kreis-nordstrand.example"),
      "Parken in Köln", "Mon, 26 May 2025 13:00:00 +0200", """Guten Tag,

ich bin angemeldet und komme mit dem Dienstwagen. Bitte teilen Sie mir mit, ob es am Tagungsort Parkmöglichkeiten gibt.

Mit freundlichen Grüßen
Bente Lüdemann
Kreis Nordstrand-Eider
Fachdienst Eingliederungshilfe
""", org="Kreis Nordstrand-Eider, Fachdienst Eingliederungshilfe", **Q,
      note="A question without a question mark ('Bitte teilen Sie mir mit, ob ...')."),
    p("q02-wissen-wollen.eml", ("Hinrich Wendt", "h.wendt@amt-geestland-sued.example"),
      "Zertifikat", "Tue, 27 May 2025 09:30:00 +0200", """Moin,

für unsere Fortbildungsakte bräuchte ich eine Auskunft, ob eine Teilnahmebescheinigung ausgestellt wird und wie viele Stunden darauf stehen.

Gruß
Hinrich Wendt
Amt Geestland-Süd
""", org="Amt Geestland-Süd", **Q,
      note="An indirect question after 'bräuchte ich eine Auskunft, ob'."),
    p("q03-fahrt-gemeinsam.eml", ("Imke Stührmann", "imke.stuehrmann@stadt-kogghafen.example"),
      "Anreise aus dem Norden", "Wed, 28 May 2025 17:20:00 +0200", """Hallo Frau Ohlrogge,

kommen eigentlich noch andere aus Schleswig-Holstein nach Köln? Wir würden sonst eine Fahrgemeinschaft oder eine gemeinsame Bahnbuchung organisieren. Falls Sie die Namen nicht herausgeben dürfen, verstehe ich das natürlich.

Viele Grüße
Imke Stührmann
Stadt Kogghafen, Sozialamt
""", org="Stadt Kogghafen, Sozialamt", **Q,
      note="A question about other attendees (data protection for staff to weigh)."),
    p("q04-rechnung-teilen.eml", ("Arne Feddersen", "arne.feddersen@lebenshilfe-nordfriesland-west.example"),
      "Rechnung", "Thu, 05 Jun 2025 10:45:00 +0200", """Guten Tag,

ich habe mich letzte Woche verbindlich angemeldet. Unsere Verwaltung fragt, ob die Rechnung auf zwei Kostenstellen aufgeteilt werden kann – halb Eingliederungshilfe, halb Geschäftsführung. Ich bitte um kurze Nachricht, ob das möglich ist

Arne Feddersen
Lebenshilfe Nordfriesland-West gGmbH
""", org="Lebenshilfe Nordfriesland-West gGmbH", **Q,
      note="A question after registering, its last sentence without a full stop or question mark."),
    p("q05-rhetorisch-und-echt.eml", ("Thees Lammers", "thees.lammers@lk-altmark-nord.example"),
      "Programm", "Fri, 06 Jun 2025 08:10:00 +0200", """Guten Morgen,

wer kennt das nicht: Alle reden von integrierter Sozialplanung, und im Haus arbeitet jeder für sich. Insofern passt Ihr Thema. Eine konkrete Frage habe ich aber: Wird es Arbeitsgruppen geben, in die man sich vorher eintragen muss?

Gruß aus der Altmark
Thees Lammers
Landkreis Altmark-Nord
Stabsstelle Sozialplanung
""", org="Landkreis Altmark-Nord, Stabsstelle Sozialplanung", **Q,
      note="A rhetorical question ('wer kennt das nicht') beside one real question: questions = 1."),
    p("q06-englisch-nord.eml", ("Marit Sørensen", "marit.sorensen@kommune-graasten.example"),
      "Interpretation at the conference", "Mon, 09 Jun 2025 11:11:00 +0200", """Dear colleagues,

I work for a Danish municipality near the border and my German is passive only. I would like to know whether any sessions in Cologne will be held in English or interpreted.

Kind regards,
Marit Sørensen
Graasten Kommune, Social Planning
""", en=True, org="Graasten Kommune, Social Planning", **Q,
      note="English question without a question mark, from the Danish side of the border."),
    p("q07-zwei-fragen-amt.eml", ("Detlef Möller", "detlef.moeller@amt-probstei-ost.example"),
      "Anfrage zur Tagung", "Tue, 10 Jun 2025 14:00:00 +0200", """Sehr geehrte Damen und Herren,

es wird um Mitteilung gebeten, ob die Teilnahmegebühr die Verpflegung an beiden Tagen einschließt. Ferner wird um Auskunft gebeten, ob eine Stornierung nach dem 4. Juli kostenfrei möglich ist.

Mit freundlichen Grüßen
Im Auftrag
Detlef Möller
Amt Probstei-Ost
Der Amtsvorsteher
Fachbereich 2 – Soziales
""", org="Amt Probstei-Ost, Fachbereich 2 – Soziales", questions=2, intent="question",
      note="Two questions in the passive ('es wird um Mitteilung gebeten, ob'); 'Der Amtsvorsteher' is a function (left out); the unit keeps its inner dash."),
    p("q08-kurz-frage.eml", ("Lasse Tiedemann", "lasse.tiedemann@web.example"),
      "Studierende", "Wed, 11 Jun 2025 22:30:00 +0200", """moin, gibts für studis nen ermäßigten preis? bin im master soziale arbeit in kiel und würd gern kommen

lasse
""", name="Lasse Tiedemann", **Q,
      note="All lowercase, a student's question; the wish to come is no registration yet."),
    p("q09-hotel-frage.eml", ("Anke Brandt", "anke.brandt@diakonie-elbe-altmark.example"),
      "Übernachtung", "Thu, 12 Jun 2025 09:50:00 +0200", """Hallo,

ich komme ja schon am Mittwochabend an. Haben Sie ein Hotelkontingent oder eine Empfehlung in der Nähe des Tagungsorts?

Schöne Grüße
Anke Brandt
Diakonie Elbe-Altmark
Ambulante Hilfen
""", org="Diakonie Elbe-Altmark, Ambulante Hilfen", **Q, note="A hotel question from a registered attendee."),
    p("q10-termin-missverstaendnis.eml", ("Kai-Uwe Ramm", "k.ramm@hansestadt-ruegenow.example"),
      "Datum", "Mon, 16 Jun 2025 07:30:00 +0200", """Moin,

in unserem Kalender steht die Tagung am 24./25.9., im Programm lese ich 25./26.9. Welches stimmt denn nun

Kai-Uwe Ramm
Hansestadt Rüggenow, Bauamt, Stadtentwicklung
""", org="Hansestadt Rüggenow, Bauamt, Stadtentwicklung", **Q,
      note="A question whose question mark is missing at the end."),
]
