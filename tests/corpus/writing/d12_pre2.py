"""DEVELOPMENT set 12: more pre-registrations on the borders (Hessian and Baden voices):
"Können Sie mich bitte anmelden?", a team booked by a coordinator, a pre-registration that
names another date or a colleague who cancelled, one that asks when the programme comes."""

from d12_quote import p

PRE = dict(intent="pre_registration")

MAILS = [
    p("p14-koennen-sie-anmelden.eml", ("Dieter Schwalbach", "d.schwalbach@magistrat-friedbergen.example"),
      "Anmeldung?", "Tue, 15 Apr 2025 10:20:05 +0200", """Guten Tag,

können Sie mich bitte für die Kölner Tagung im September vormerken? Die Genehmigung vom Dezernenten habe ich noch nicht, aber ich gehe davon aus.

Freundliche Grüße
Dieter Schwalbach
Magistrat der Stadt Friedbergen
Amt für Soziales und Teilhabe
""", client="outlook", org="Magistrat der Stadt Friedbergen, Amt für Soziales und Teilhabe", **PRE,
      note="A request in question form ('können Sie mich bitte ... vormerken?'): the office fulfils it, no question."),
    p("p15-hessisch.eml", ("Heike Blumenröder", "heike.blumenroeder@stadt-hanauerbach.example"),
      "Tagung Köln – ich wär dabei", "Wed, 16 Apr 2025 12:01:17 +0200", """Hallo ihr Lieben,

des klingt gut mit Köln, do wär ich gern dabei. Schreibt mich emol uff, gell? Fest mache mer's, wenn's Programm do is.

Liebe Grüß
Heike Blumenröder
Stadt Hanauerbach – Fachbereich Soziales, Stadtteilarbeit
""", client="thunderbird", org="Stadt Hanauerbach, Fachbereich Soziales, Stadtteilarbeit", **PRE,
      note="Hessian dialect ('schreibt mich emol uff', 'fest mache mer's'): a pre-registration."),
    p("p16-programm-wann.eml", ("Ralf Schönhals", "r.schoenhals@lra-ortenau-sued.example"),
      "Voranmeldung und Programm", "Wed, 16 Apr 2025 14:35:40 +0200", """Sehr geehrte Damen und Herren,

bitte tragen Sie mich als Interessenten für die Jahrestagung ein. Wann ungefähr wird das Programm verschickt? Ich muss es meiner Dienststelle vorlegen, bevor ich fest zusagen kann.

Mit freundlichen Grüßen
Ralf Schönhals
Landratsamt Ortenau-Süd
Dezernat III – Soziales, Jugend und Versorgung
""", client="outlook", org="Landratsamt Ortenau-Süd, Dezernat III – Soziales, Jugend und Versorgung", questions=1, **PRE,
      note="A pre-registration plus a question about when the programme comes (Baden)."),
    p("p17-zwei-termine.eml", ("Monika Eberhardt", "monika.eberhardt@stadt-kehlbach.example"),
      "Jahrestagung – Vormerkung", "Thu, 17 Apr 2025 09:12:03 +0200", """Sehr geehrtes Team der Geschäftsstelle,

für den 25. September habe ich eigentlich schon einen Termin im Gemeinderat, den ich aber verschieben kann. Deshalb bitte ich um eine Vormerkung; am zweiten Tag bin ich sicher dabei.

Mit freundlichen Grüßen
Monika Eberhardt
Stadt Kehlbach
Sozial- und Jugendamt
""", client="outlook", org="Stadt Kehlbach, Sozial- und Jugendamt", **PRE,
      note="Mentions another date she may move; the mail asks for a pre-registration."),
    p("p18-ersatz-fuer-abgesagten.eml", ("Florian Weidinger", "f.weidinger@jugendamt-schwanbach.example"),
      "Vormerkung", "Thu, 17 Apr 2025 16:48:29 +0200", """Servus,

mein Kollege Herr Brunnhuber hat letzte Woche bei Ihnen abgesagt, weil er in Elternzeit geht. Ich würde mich stattdessen gern schon mal vormerken lassen – als eigene Vormerkung, nicht als seine (er war ja noch gar nicht fest angemeldet).

Schöne Grüße
Florian Weidinger
Stadtjugendamt Schwanbach
Jugendhilfeplanung
""", client="outlook", org="Stadtjugendamt Schwanbach, Jugendhilfeplanung", **PRE,
      note="A colleague's earlier cancellation is mentioned; this mail is a new pre-registration of the sender, not a substitution."),
    p("p19-koordinatorin-fuenf.eml", ("Sabrina Lautenschläger", "s.lautenschlaeger@rp-wetterau.example"),
      "Vormerkung für 5 Personen aus dem RP", "Fri, 18 Apr 2025 11:11:11 +0200", """Sehr geehrte Damen und Herren,

ich koordiniere bei uns die Fortbildungen und möchte folgende Kolleginnen und Kollegen für Ihre Jahrestagung vormerken lassen (ich selbst fahre nicht mit):

- Herr Jörg Ziegenhain
- Frau Yvonne Batzer
- Frau Dr. Miriam Okonkwo
- Herr Till Vollrath
- Frau Esra Demirtaş

Bitte schicken Sie das Programm an mich, ich verteile es.

Mit freundlichen Grüßen
Sabrina Lautenschläger
Regierungspräsidium Wetterau
Abteilung V – Soziales, Fortbildungskoordination
""", client="outlook", org="Regierungspräsidium Wetterau, Abteilung V – Soziales, Fortbildungskoordination",
      name="Jörg Ziegenhain", email=None, persons=5,
      people=["Yvonne Batzer", "Dr. Miriam Okonkwo", "Till Vollrath", "Esra Demirtaş"], **PRE,
      note="A coordinator books five colleagues and not herself: the attendee is the first listed, whose address the mail does not give; people without Frau/Herr (as names are labelled)."),
    p("p20-kurz-betreff.eml", ("Bernhard Kolb", "bernhard.kolb@vg-ahorntal.example"),
      "Vormerkung Jahrestagung Köln – Bernhard Kolb, VG Ahorntal", "Mon, 21 Apr 2025 07:30:00 +0200", """
""", client="outlook", **PRE,
      note="Everything is in the subject, the body is empty; the organisation only as 'VG Ahorntal' in the subject is left out."),
    p("p21-mitglied-schon-gemerkt.eml", ("Ursula Heckmann", "ursula.heckmann@diakonie-odenwaldkreis.example"),
      "Voranmeldung Köln", "Tue, 22 Apr 2025 13:05:26 +0200", """Liebe Frau Fenselau,

wir haben telefoniert – wie besprochen melde ich mich hiermit vor. Mitglied sind wir seit 2019, also 250 €, richtig?

Herzliche Grüße
Ursula Heckmann
Diakonisches Werk Odenwaldkreis
Gemeinwesenarbeit und Quartiersentwicklung
""", client="apple", org="Diakonisches Werk Odenwaldkreis, Gemeinwesenarbeit und Quartiersentwicklung", member=True, questions=1, **PRE,
      note="'melde ich mich hiermit vor' plus membership stated; the fee in a question ('also 250 €, richtig?') is the one question."),
    p("p22-nachmeldung-juni.eml", ("Tobias Ruppert", "t.ruppert@stadt-waldmichel.example"),
      "Noch Vormerkung möglich?", "Wed, 04 Jun 2025 09:44:00 +0200", """Guten Tag,

ich habe die Frist 2. Juni verpasst, sorry. Falls es noch geht, merken Sie mich bitte trotzdem vor.

Beste Grüße
Tobias Ruppert
Stadt Waldmichelbach-Ost
Fachdienst Senioren und Inklusion
""", client="outlook", org="Stadt Waldmichelbach-Ost, Fachdienst Senioren und Inklusion", **PRE,
      note="After the pre-registration deadline, 'falls es noch geht': a hedged request, still a pre-registration."),
    p("p23-en-team.eml", ("Marek Nowicki", "marek.nowicki@kreis-bergstrasse-ost.example"),
      "Pre-registration, 2 people", "Wed, 23 Apr 2025 15:15:15 +0200", """Hello,

please note two of us for the Cologne meeting: myself and my colleague Annika Sauerwein. We're from the district's integration office. Is the event fully in German, or are some sessions in English?

Best regards
Marek Nowicki
Kreis Bergstraße-Ost
Integration Office / Migration and Participation
""", client="outlook", org="Kreis Bergstraße-Ost, Integration Office, Migration and Participation", en=True,
      persons=2, people=["Annika Sauerwein"], questions=1, **PRE,
      note="English from a Polish colleague in Hesse, two persons and a language question."),
    p("p24-gmx-privat.eml", ("Waltraud Schmuck", "waltraud.schmuck@gmx.example"),
      "Tagung", "Thu, 24 Apr 2025 20:02:31 +0200", """Sehr geehrte Damen und Herren,

ich bin Gemeinderätin in Gößweinstetten und ehrenamtlich im Seniorenbeirat. Gerne möchte ich mich für Ihre Tagung im September vormerken lassen. Ich zahle selbst, da mich niemand schickt.

Mit freundlichen Grüßen
Waltraud Schmuck
""", client="gmx", charset="iso-8859-1", cte="quoted-printable", **PRE,
      note="A councillor writing privately (GMX, ISO-8859-1 QP); 'ich zahle selbst' is no agreement to pay after an invoice; no organisation."),
    p("p25-tippfehler.eml", ("Stefanie Götzelmann", "s.goetzelmann@lra-hassgau.example"),
      "vormerkung", "Fri, 25 Apr 2025 12:58:08 +0200", """hallo,

bitte vormekren für Köln, danke. ich schau dann obs klappt mit der genemigung

gruß s. götzelmann
Landratsamt Haßgau, Gesundheitsamt, Gesundheitsplanung
""", client="outlook-web", name="Stefanie Götzelmann", org="Landratsamt Haßgau, Gesundheitsamt, Gesundheitsplanung", **PRE,
      note="Typos and lower case ('vormekren'); the full name only in the From header."),
    p("p26-nicht-absagen-sondern.eml", ("Helmut Eckstein", "h.eckstein@brk-trauntal.example"),
      "Tagung Köln / keine Absage", "Mon, 28 Apr 2025 10:31:50 +0200", """Sehr geehrte Damen und Herren,

bitte nicht wundern: unsere Absage von neulich betraf die Mitgliederversammlung, nicht die Tagung. Für Köln möchte ich mich ausdrücklich vormerken lassen.

Mit freundlichen Grüßen
Helmut Eckstein
Bayerisches Rotes Kreuz, Kreisverband Trauntal
Sozialarbeit und Wohlfahrtspflege
""", client="outlook", org="Bayerisches Rotes Kreuz, Kreisverband Trauntal, Sozialarbeit und Wohlfahrtspflege", **PRE,
      note="Subject and first sentence speak of a cancellation ('Absage') of something else; the mail pre-registers."),
]
