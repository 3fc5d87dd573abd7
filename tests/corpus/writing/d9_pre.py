"""DEVELOPMENT set 9: pre-registrations in German at the borders (mostly questions, hurried,
conditional, for someone else), written apart from the rules; measured once, untouched."""

from d9_quote import p

PRE = dict(intent="pre_registration")

MAILS = [
    p("v01-fast-nur-fragen.eml", ("Henrike Sauerbrey", "h.sauerbrey@stadt-wendelsau.example"),
      "Jahrestagung September – ein paar Fragen", "Tue, 08 Apr 2025 09:14:22 +0200", """Guten Tag,

bevor ich mich festlege, hätte ich einige Punkte: Gibt es vor Ort eine Kinderbetreuung oder einen Still- und Ruheraum? Sind die Räume ohne Stufen erreichbar (ich bin nach einer OP noch auf Krücken)? Und werden die Präsentationen hinterher verschickt?

Vormerken dürfen Sie mich aber gern jetzt schon.

Freundliche Grüße
Henrike Sauerbrey
Stadt Wendelsau
Sozialamt, Sachgebiet Sozialplanung
""", client="outlook", org="Stadt Wendelsau, Sozialamt, Sachgebiet Sozialplanung", questions=3, **PRE,
      note="Three questions first, the pre-registration in one short sentence at the end: a hurried reader calls it a question."),
    p("v02-tragt-mich-ein.eml", ("Malte Ohlendorf", "malte.ohlendorf@posteo.example"),
      "Köln", "Wed, 09 Apr 2025 22:41:03 +0200", """Moin zusammen,

tragt mich doch bitte schon mal vorläufig ein, ich kläre das mit meinem Chef nach Ostern. Freu mich, dass es wieder eine kleine Tagung gibt!

Malte
""", client="android", **PRE,
      note="Colloquial ihr-form, 'vorläufig ein(tragen)': a pre-registration without the word; no organisation."),
    p("v03-dank-vorankuendigung.eml", ("Birte Lorenzen-Haack", "b.lorenzen-haack@kreis-nordmoor.example"),
      "AW: Vorankündigung VSOP-Jahrestagung 2025", "Thu, 10 Apr 2025 11:02:55 +0200", """Sehr geehrte Damen und Herren,

herzlichen Dank für die frühzeitige Ankündigung – das Thema Polarisierung beschäftigt uns im Kreis gerade sehr. Ich möchte mir eine Teilnahmeoption sichern, bis meine Dienstreise genehmigt ist.

Mit freundlichen Grüßen

i. V. Birte Lorenzen-Haack
Kreis Nordmoor
Fachdienst 50 – Soziales und Teilhabe
Rathausplatz 3, 25899 Nordmoor
""", client="outlook", org="Kreis Nordmoor, Fachdienst 50 – Soziales und Teilhabe", **PRE,
      note="Thanks for the announcement first; 'eine Teilnahmeoption sichern' borrows the announcement's word."),
    p("v04-zwei-personen.eml", ("Ole Brinkhus", "o.brinkhus@hansestadt-lauenmark.example"),
      "Voranmeldung für zwei", "Fri, 11 Apr 2025 08:30:00 +0200", """Hallo,

meine Kollegin Dana Wüstenhagen und ich würden gern nach Köln kommen. Können Sie uns beide unverbindlich vormerken? Das Programm und das Formular gern an mich, ich leite es weiter.

Viele Grüße
Ole Brinkhus
Hansestadt Lauenmark | Amt für Jugend und Familie | Jugendhilfeplanung
""", client="thunderbird", org="Hansestadt Lauenmark, Amt für Jugend und Familie, Jugendhilfeplanung",
      persons=2, people=["Dana Wüstenhagen"], **PRE,
      note="'Können Sie uns beide ... vormerken?' is a request, not a question; a colleague by name; units behind bars."),
    p("v05-sekretariat-chefin.eml", ("Sekretariat Dezernat III", "sekretariat.dez3@stadt-kranichfurt.example"),
      "Vormerkung Frau Dr. Kessebohm", "Mon, 14 Apr 2025 10:05:41 +0200", """Sehr geehrte Damen und Herren,

im Auftrag von Frau Dr. Almut Kessebohm, Beigeordnete für Soziales, bitte ich um eine unverbindliche Vormerkung für Ihre Jahrestagung im September. Die Unterlagen senden Sie bitte direkt an Frau Dr. Kessebohm (a.kessebohm@stadt-kranichfurt.example).

Mit freundlichen Grüßen
Gisela Wehmeyer
Sekretariat Dezernat III
Stadt Kranichfurt
""", client="outlook", name="Almut Kessebohm", title="Dr.", email="a.kessebohm@stadt-kranichfurt.example",
      organization="Stadt Kranichfurt, Dezernat III", **PRE,
      note="A secretary for her boss, the boss's address in the text; 'Beigeordnete' is an office, not a unit."),
    p("v06-handy-interesse.eml", ("Tamara Ilić", "tamara.ilic@gmx.example"),
      "Interesse!", "Tue, 15 Apr 2025 07:12:09 +0200", """Bitte vormerken, bin interessiert 🙂
Gruß T. Ilić

Von meinem iPhone gesendet
""", client="iphone", **PRE, note="Four words from a phone, an emoji; the name from the From header."),
    p("v07-haushaltssperre.eml", ("Jens-Uwe Pahlke", "pahlke@amt-seenplatte-nord.example"),
      "Anmeldung (vorerst unverbindlich)", "Wed, 16 Apr 2025 13:48:30 +0200", """Guten Tag,

ich melde mich schon mal an – allerdings nur vorläufig, weil bei uns eine Haushaltssperre gilt und ich erst im Juni weiß, ob die Reisekosten genehmigt werden. Falls es nicht klappt, sage ich rechtzeitig ab.

Mit freundlichem Gruß
Jens-Uwe Pahlke
Amt Seenplatte-Nord, Fachbereich Bürgerdienste
""", org="Amt Seenplatte-Nord, Fachbereich Bürgerdienste", **PRE,
      note="'ich melde mich ... an' but 'nur vorläufig': a pre-registration; the cancellation is only a possibility."),
    p("v08-hotel-frage.eml", ("Frauke Deppermann", "frauke.deppermann@diakonie-hunte-delme.example"),
      "Voranmeldung + Übernachtung", "Thu, 17 Apr 2025 16:20:00 +0200", """Liebes Team der Geschäftsstelle,

ich hätte gern einen Platz reserviert. Eine Frage noch: haben Sie ein Zimmerkontingent in einem Hotel in Tagungsnähe, oder muss ich mich selbst kümmern?

Herzliche Grüße
Frauke Deppermann
Diakonisches Werk Hunte-Delme e.V.
Referat Sozialplanung und Quartiersarbeit
""", client="apple", org="Diakonisches Werk Hunte-Delme e.V., Referat Sozialplanung und Quartiersarbeit",
      questions=1, **PRE, note="A pre-registration with one question about a hotel quota."),
    p("v09-html-gruppe.eml", ("Katrin Almstedt", "k.almstedt@landkreis-hoheward.example"),
      "Vormerkung Team Sozialplanung", "Fri, 18 Apr 2025 09:55:12 +0200", """Guten Morgen,

bitte merken Sie uns drei schon einmal vor:

1. Katrin Almstedt
2. Benedikt Rauschning
3. Nilüfer Aydoğan

Wir sind alle im Team Sozialplanung. Die verbindliche Anmeldung folgt, sobald die Fortbildungsmittel freigegeben sind.

Beste Grüße
Katrin Almstedt
Landkreis Hoheward – Fachbereich Soziales – Team Sozialplanung
""", client="outlook-web", html=True, org="Landkreis Hoheward, Fachbereich Soziales, Team Sozialplanung",
      persons=3, people=["Benedikt Rauschning", "Nilüfer Aydoğan"], **PRE,
      note="A numbered list of three, HTML and text, the sender first; the binding registration is announced, not made."),
    p("v10-mitglied-seit-januar.eml", ("Christoph Meinhövel", "c.meinhoevel@sozialwerk-lippetal.example"),
      "Platz vormerken / Beitrag", "Tue, 22 Apr 2025 10:10:10 +0200", """Hallo,

bitte merken Sie mich für Köln vor. Wir sind seit Januar Mitglied im VSOP – gilt für mich dann schon der Mitgliedsbeitrag von 250 Euro, auch wenn die Mitgliedsnummer noch nicht da ist?

Gruß
Christoph Meinhövel
Sozialwerk Lippetal gGmbH
""", org="Sozialwerk Lippetal gGmbH", member=True, questions=1, **PRE,
      note="Membership stated ('seit Januar Mitglied'); the fee appears inside the question and the question rides along."),
    p("v11-koennten-sie-mich.eml", ("Ursula Gravenhorst", "ursula.gravenhorst@stadt-bramsche-ost.example"),
      "Tagung 25./26.9.", "Wed, 23 Apr 2025 14:33:48 +0200", """Sehr geehrte Frau oder Herr,

könnten Sie mich bitte auf Ihre Liste der Interessierten setzen? Ob ich verbindlich komme, entscheidet sich nach der Sitzung des Sozialausschusses im Mai.

Mit freundlichen Grüßen
Ursula Gravenhorst
Stadt Bramsche-Ost
Fachbereich 3 – Familie, Bildung, Soziales
""", client="outlook", org="Stadt Bramsche-Ost, Fachbereich 3 – Familie, Bildung, Soziales", **PRE,
      note="A polite request in question form ('könnten Sie mich ... setzen?') that is a pre-registration, not a question."),
    p("v12-dank-und-vormerken.eml", ("Sönke Jessen", "soenke.jessen@kreis-eiderstedt-land.example"),
      "Danke!", "Thu, 24 Apr 2025 08:02:00 +0200", """Moin,

danke für die Einladung, die kam genau richtig – wir bauen gerade unsere integrierte Planung neu auf. Ich wäre gern dabei, merkt mich vor.

Sönke Jessen
Kreis Eiderstedt-Land, Stabsstelle Sozialplanung
""", org="Kreis Eiderstedt-Land, Stabsstelle Sozialplanung", **PRE,
      note="Subject 'Danke!' and mostly thanks: the pre-registration is 'Ich wäre gern dabei, merkt mich vor'."),
    p("v13-praktikantin.eml", ("Lea-Sophie Kranz", "lea.kranz@uni-hohenrain.example"),
      "Teilnahme als Studentin?", "Mon, 28 Apr 2025 19:40:51 +0200", """Hallo,

ich schreibe gerade meine Masterarbeit zur Sozialberichterstattung und würde sehr gern teilnehmen. Ich würde mich jetzt schon vormerken lassen. Gibt es einen ermäßigten Beitrag für Studierende? Und kann ich als Nicht-Mitglied überhaupt kommen?

Viele Grüße
Lea-Sophie Kranz
Universität Hohenrain, Institut für Sozialwissenschaften
""", org="Universität Hohenrain, Institut für Sozialwissenschaften", questions=2, **PRE,
      note="Subject is a question, the mail pre-registers and asks two questions; 'Nicht-Mitglied' is inside a question, membership left open."),
    p("v14-leider-erst.eml", ("Reinhild Oberwelland", "r.oberwelland@lv-senne.example"),
      "Voranmeldung trotz Urlaub", "Tue, 29 Apr 2025 12:00:00 +0200", """Guten Tag,

ich bin ab morgen drei Wochen im Urlaub und will die Frist am 2. Juni nicht verpassen: bitte reservieren Sie mir einen Platz. Mitglied sind wir über den Landschaftsverband.

Freundliche Grüße
Reinhild Oberwelland
Landschaftsverband Ostwestfalen-Senne
Abteilung Soziales
""", client="outlook", org="Landschaftsverband Ostwestfalen-Senne, Abteilung Soziales", member=True, **PRE,
      note="Mentions her own leave (a hurried reader thinks of an out-of-office), but it is a person pre-registering; institutional membership."),
    p("v15-nachtrag-kollege.eml", ("Arne Feddersen", "arne.feddersen@stadt-sielwarden.example"),
      "Nachtrag zu meiner Voranmeldung", "Wed, 30 Apr 2025 15:25:00 +0200", """Hallo nochmal,

zu meiner Vormerkung von letzter Woche: bitte setzen Sie auch meinen Kollegen Piet Ketelsen mit auf die Liste, er ist ebenfalls interessiert.

Danke und Gruß
Arne Feddersen
""", persons=2, people=["Piet Ketelsen"], **PRE,
      note="An addition to an earlier pre-registration: a colleague is pre-registered too (persons 2)."),
    p("v16-wenn-noch-platz.eml", ("Gülcan Demirtaş", "g.demirtas@integrationsrat-eschfeld.example"),
      "Anmeldung", "Mon, 05 May 2025 09:09:09 +0200", """Guten Tag,

falls noch Plätze frei sind, möchte ich mich unverbindlich anmelden. Ich bin ehrenamtlich im Integrationsrat der Stadt Eschfeld tätig.

Mit besten Grüßen
Gülcan Demirtaş
""", organization="Integrationsrat der Stadt Eschfeld", **PRE,
      note="Conditional ('falls noch Plätze frei sind') but a wish to pre-register; organisation from a sentence."),
    p("v17-platzhalter-mit-fragen.eml", ("Dr. Bernhard Quast", "quast@sozialforschung-rheinaue.example"),
      "Jahrestagung", "Tue, 06 May 2025 17:02:33 +0200", """Sehr geehrte Damen und Herren,

ich interessiere mich für die Tagung und bitte um Vormerkung. Drei Dinge wüsste ich gern vorab: Wer sind die Referentinnen und Referenten? Gibt es einen Abendtermin am 25.? Und ist die Teilnahme als Fortbildung anerkannt (Bescheinigung)?

Mit freundlichen Grüßen
Dr. Bernhard Quast
Institut für Sozialforschung Rheinaue
""", name="Bernhard Quast", title="Dr.", display="Dr. Bernhard Quast",
      org="Institut für Sozialforschung Rheinaue", questions=3, **PRE,
      note="Mostly questions, the wish in 'bitte um Vormerkung'; the title in the display name."),
]
