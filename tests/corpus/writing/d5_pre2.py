"""DEVELOPMENT set 5: pre-registrations (part 2), German office life (personnel departments booking
for staff, private and retired members, trainees, freelancers, welfare associations,
Berlin and Hamburg district offices, how people really type). Written apart (README.md);
measured once before any tuning on it."""

from d5_quote import SUBJECTS, original
from make_corpus import mail

INFO = SUBJECTS["info"]
W1 = "Montag, 7. April 2025 09:30"
W1T = "07.04.2025 um 09:30"

MAILS = [
    mail("pr-h19-sekretariat-fuer-amtsleiter.eml",
         frm=("Vorzimmer Sozialamt", "vorzimmer.sozialamt@stadt-rosenheide.example"),
         subject="Vormerkung Herr Dr. Baltzer", client="outlook", date="Tue, 15 Apr 2025 08:12:00 +0200",
         body="""Guten Morgen,

Herr Amtsleiter Dr. Jochen Baltzer bittet um Vormerkung für die Jahrestagung. Für Rückfragen erreichen Sie ihn direkt unter jochen.baltzer@stadt-rosenheide.example.

Mit freundlichen Grüßen
Ilona Krämer
Sekretariat
Stadt Rosenheide – Amt für Soziales und Wohnen
""",
         intent="pre_registration", name="Jochen Baltzer", title="Dr.",
         email="jochen.baltzer@stadt-rosenheide.example",
         organization="Stadt Rosenheide, Amt für Soziales und Wohnen",
         note="Secretary for her head of office, his address in the text; 'Amtsleiter' is an office, not part of the name."),

    mail("pr-h20-vegan-hotel-zwei-fragen.eml",
         frm=("Jonas Feldkirchner", "jonas.feldkirchner@stadt-neckarhalde.example"),
         subject="Vormerkung und zwei Fragen", date="Tue, 15 Apr 2025 10:10:00 +0200",
         body="""Hallo,

ich möchte mich vormerken lassen (Stadt Neckarhalde, Amt für Familie und Soziales, Mitglied).

Zwei Fragen noch:
- gibt es vegane Verpflegung?
- haben Sie ein Hotelkontingent in der Nähe des Tagungsorts?

Besten Dank
Jonas Feldkirchner
""",
         intent="pre_registration", questions=2, name="Jonas Feldkirchner",
         organization="Stadt Neckarhalde, Amt für Familie und Soziales", member=True,
         note="Organisation and membership in brackets; two questions (vegan food, hotel)."),

    mail("pr-h21-gleich-drei-kollegen-tabelle.eml",
         frm=("Yvonne Schnellbach", "y.schnellbach@paritaet-landesverband.example"),
         subject="Vormerkungen Paritätischer", client="outlook", date="Tue, 15 Apr 2025 13:33:00 +0200",
         body="""Liebe Frau Terhorst,

für den Landesverband möchten wir gern folgende Plätze vormerken:

Name                  | Bereich
----------------------|-------------------------
Yvonne Schnellbach    | Sozialpolitik
Cem Aksoy             | Migration und Teilhabe
Ulrike Brenninkmeyer  | Altenhilfe und Pflege

Viele Grüße
Yvonne Schnellbach
Der Paritätische Landesverband Nordmark e.V.
Abteilung Sozialpolitik und Grundsatzfragen
""",
         intent="pre_registration", name="Yvonne Schnellbach",
         organization="Der Paritätische Landesverband Nordmark e.V., Abteilung Sozialpolitik und Grundsatzfragen",
         persons=3, people=["Cem Aksoy", "Ulrike Brenninkmeyer"],
         note="Three persons in a plain-text table, the sender listed first."),

    mail("pr-h22-agentur-fuer-arbeit.eml",
         frm=("Agentur für Arbeit Weserbogen, Ostrowski Jana", "weserbogen.bca@arbeitsagentur.example"),
         subject="Tagung Köln - Interessensbekundung", date="Tue, 15 Apr 2025 15:00:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

als Beauftragte für Chancengleichheit am Arbeitsmarkt interessiere ich mich sehr für Ihre Tagung und bekunde hiermit mein Interesse an einer Teilnahme. Bitte halten Sie mir einen Platz frei; verbindlich kann ich erst nach Rücksprache mit der Geschäftsführung zusagen.

Mit freundlichen Grüßen
Jana Ostrowski
Agentur für Arbeit Weserbogen
""",
         intent="pre_registration", name="Jana Ostrowski", organization="Agentur für Arbeit Weserbogen",
         note="An interest declared, 'einen Platz frei halten'; From display name 'Agentur ..., Ostrowski Jana'; a job title in a sentence."),

    mail("pr-h23-bezirksamt-berlin-sie-und-kollege.eml",
         frm=("Dunja Karabulut", "dunja.karabulut@ba-wuhletal.berlin.example"),
         subject="AW: " + INFO, client="outlook-web", date="Wed, 16 Apr 2025 09:28:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

mein Kollege Herr Sven-Ole Brummund und ich hätten gern eine Vormerkung.

Freundliche Grüße
Dunja Karabulut

Bezirksamt Wuhletal von Berlin
Abteilung Stadtentwicklung, Soziales und Gesundheit
Organisationseinheit Sozialraumorientierte Planungskoordination
""" + original("info", "07.04.2025 09:30"),
         intent="pre_registration", name="Dunja Karabulut",
         organization="Bezirksamt Wuhletal von Berlin, Abteilung Stadtentwicklung, Soziales und Gesundheit, Organisationseinheit Sozialraumorientierte Planungskoordination",
         persons=2, people=["Sven-Ole Brummund"],
         note="Berlin district office; webmail '-------- Original-Nachricht --------' quote."),

    mail("pr-h24-azubi.eml",
         frm=("Finn Dahlhaus", "finn.dahlhaus@kreis-eiderland.example"),
         subject="Teilnahme Auszubildender", date="Wed, 16 Apr 2025 11:15:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

ich bin Verwaltungsfachangestellter in Ausbildung (2. Lehrjahr) und aktuell in der Stabsstelle Sozialplanung des Kreises Eiderland eingesetzt. Mein Ausbilder, Herr Pohlmann, hat vorgeschlagen, dass ich mitkomme. Ich bitte um eine unverbindliche Vormerkung.

Mit freundlichen Grüßen
Finn Dahlhaus
""",
         intent="pre_registration", name="Finn Dahlhaus",
         organization="Kreis Eiderland, Stabsstelle Sozialplanung",
         note="Trainee; organisation only in a sentence ('in der Stabsstelle Sozialplanung des Kreises Eiderland': base form, unit after); Herr Pohlmann is not coming."),

    mail("pr-h25-landkreis-emsheide-teilhabe.eml",
         frm=("Reinhard Terborg", "reinhard.terborg@emsheide.example"),
         subject="Vormerkung", client="notes", date="Wed, 16 Apr 2025 14:02:00 +0200",
         body="""Guten Tag,

bitte vormerken: Reinhard Terborg, Landkreis Emsheide, Fachdienst Teilhabe (Mitglied).

Ich bin ab Mai im Sabbatical; die feste Anmeldung macht dann meine Vertretung mit mir zusammen.

Gruß
Reinhard Terborg
""",
         intent="pre_registration", name="Reinhard Terborg",
         organization="Landkreis Emsheide, Fachdienst Teilhabe", member=True,
         note="Everything on one line after 'bitte vormerken:'; a remark about the binding step later (no question)."),

    mail("pr-h26-html-only-outlook.eml",
         frm=("Christina Vogelsang", "c.vogelsang@stadt-schwarzachtal.example"),
         subject="AW: " + INFO, date="Wed, 16 Apr 2025 16:40:00 +0200", html_only=True,
         html="""<html><body><div style="font-family:Aptos,sans-serif">
<p>Liebe Frau Terhorst,</p>
<p>ja, bitte – ich möchte gern vorgemerkt werden!</p>
<p>Herzlichst<br>Christina Vogelsang</p>
<table><tr><td><b>Stadt Schwarzachtal</b><br>Amt für Jugend, Senioren und Soziales<br>Sachgebiet Sozialplanung</td></tr></table>
<hr><p><b>Von:</b> Geschäftsstelle VSOP &lt;geschaeftsstelle@vsop.de&gt;<br><b>Gesendet:</b> Montag, 7. April 2025 09:30<br><b>Betreff:</b> Vorinfo: VSOP-Jahrestagung 25./26.09.2025 in Köln</p>
<p>Liebe Mitglieder, liebe Interessierte,</p><p>am 25. und 26. September 2025 findet unsere Jahrestagung in Köln statt.</p>
</div></body></html>
""",
         intent="pre_registration", name="Christina Vogelsang",
         organization="Stadt Schwarzachtal, Amt für Jugend, Senioren und Soziales, Sachgebiet Sozialplanung",
         note="HTML only; the signature in a table cell, the quote as an HTML block."),

    mail("pr-h27-gruss-mit-sternchen-liste.eml",
         frm=("Anke Wiegmann-Lüth", "anke.wiegmann@gemeinde-moorhusen.example"),
         subject="Vorinfo – wir kommen wohl zu dritt", date="Thu, 17 Apr 2025 08:20:00 +0200",
         body="""Hallo Frau Terhorst,

aus Moorhusen wollen voraussichtlich drei Leute kommen, bitte vormerken:

*** Anke Wiegmann-Lüth (ich)
*** Holger Deppe
*** Swantje Rieckhof

Alle Gemeinde Moorhusen, Fachbereich Soziales. Mitglied sind wir nicht.

Schöne Ostertage!
Anke Wiegmann-Lüth
""",
         intent="pre_registration", name="Anke Wiegmann-Lüth",
         organization="Gemeinde Moorhusen, Fachbereich Soziales", member=False,
         persons=3, people=["Holger Deppe", "Swantje Rieckhof"],
         note="Asterisk bullets; the sender marked '(ich)'; organisation and non-membership in a sentence for all."),

    mail("pr-h28-run-on-handy.eml",
         frm=("Marco Stahlschmidt", "marco.stahlschmidt@t-online.example"),
         subject="Tagung", client="android", date="Thu, 17 Apr 2025 21:07:00 +0200",
         body="""hi sabine hier marco vom kreis lipperland ihr kennt mich ja schreib mich mal auf für köln wie letztes mal wird bestimmt gut bis dann

Gesendet von meinem Huawei
""",
         intent="pre_registration", name="Marco Stahlschmidt", organization="Kreis Lipperland",
         note="Run-on phone message, du-form, private address; organisation 'vom kreis lipperland' in a sentence (base form capitalised as the body's name)."),

    mail("pr-h29-dienstreise-offen-frage-teilnahmebescheinigung.eml",
         frm=("Ludger Brockhoff", "l.brockhoff@stadt-vechtegau.example"),
         subject="Voranmeldung Jahrestagung 2025", client="outlook", date="Tue, 22 Apr 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

ich melde mich hiermit unverbindlich für Köln an.

Bekommt man eine Teilnahmebescheinigung? Für unsere Fortbildungsnachweise brauche ich die Angabe der Stunden.

Mit freundlichen Grüßen
Ludger Brockhoff
Stadt Vechtegau
Fachbereich 50 – Soziales
""",
         intent="pre_registration", questions=1, name="Ludger Brockhoff",
         organization="Stadt Vechtegau, Fachbereich 50 – Soziales",
         note="Pre-registration plus a question on a certificate of attendance with hours."),

    mail("pr-h30-ehrenamt-verein.eml",
         frm=("Hildegard Osterkamp", "hildegard.osterkamp@seniorenbeirat-bramstedt.example"),
         subject="Voranmeldung Seniorenbeirat", date="Tue, 22 Apr 2025 15:25:00 +0200",
         body="""Sehr geehrte Damen und Herren,

als Vorsitzende des Seniorenbeirats möchte ich mich für die Jahrestagung vormerken lassen. Unser Beirat ist ehrenamtlich tätig, wir sind kein Mitglied.

Freundliche Grüße
Hildegard Osterkamp
Seniorenbeirat der Stadt Bramstedt-Nord
""",
         intent="pre_registration", name="Hildegard Osterkamp",
         organization="Seniorenbeirat der Stadt Bramstedt-Nord", member=False,
         note="Volunteer advisory council chair; 'Vorsitzende' is an office."),

    mail("pr-h31-nachtrag-kollege-dazu.eml",
         frm=("Dunja Karabulut", "dunja.karabulut@ba-wuhletal.berlin.example"),
         subject="Nachtrag zur Vormerkung Wuhletal", client="outlook-web", date="Thu, 24 Apr 2025 10:02:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

kleiner Nachtrag zu meiner Mail vom 16.04.: Es möchte noch eine weitere Kollegin mitkommen, Frau Imke Sassenberg (Gesundheits- und Sozialplanung). Bitte auch sie vormerken.

Freundliche Grüße
Dunja Karabulut
Bezirksamt Wuhletal von Berlin
""",
         intent="pre_registration", name="Imke Sassenberg", email=None,
         organization="Bezirksamt Wuhletal von Berlin",
         note="An addition to an earlier pre-registration: the new colleague is the attendee (her address not given); she gets the sender's organisation."),

    mail("pr-h32-doppelt-gemoppelt.eml",
         frm=("Sven Kühlewind", "sven.kuehlewind@stadt-ahlenbruch.example"),
         subject="Re: " + INFO, client="thunderbird-old", date="Fri, 25 Apr 2025 12:12:00 +0200",
         body="""> Wenn Sie Interesse haben, genügt bis 2. Juni eine formlose Antwort auf diese Mail, die Sie zu nichts verpflichtet.

Dann hiermit formlos: Interesse!

Sven Kühlewind
Stadt Ahlenbruch | Sozialamt | Sozialplanung
""",
         intent="pre_registration", name="Sven Kühlewind",
         organization="Stadt Ahlenbruch, Sozialamt, Sozialplanung",
         note="Quotes one sentence of the office mail and answers below it; units with bars."),

    mail("pr-h33-nicht-sicher-vielleicht.eml",
         frm=("Carola Mittelstädt", "carola.mittelstaedt@lk-harzvorland.example"),
         subject="vielleicht", date="Mon, 28 Apr 2025 07:45:00 +0200",
         body="""Guten Morgen,

ich weiß noch nicht sicher, ob es klappt, aber nehmen Sie mich doch bitte vorsichtshalber mal mit auf. Absagen kann ich ja dann immer noch.

Grüße
Carola Mittelstädt
Landkreis Harzvorland
""",
         intent="pre_registration", name="Carola Mittelstädt", organization="Landkreis Harzvorland",
         note="Hedged ('vorsichtshalber mal mit auf'), yet a pre-registration."),

    mail("pr-h34-englische-mitarbeiterin-de-verwaltung.eml",
         frm=("Siobhan Kettler", "siobhan.kettler@stadt-wendland-mitte.example"),
         subject="Pre-registration Cologne", date="Mon, 28 Apr 2025 11:11:00 +0200",
         body="""Dear Ms Terhorst,

I joined the social planning team of the Stadt Wendland-Mitte last autumn and my German is still a bit shaky, so I hope English is fine. Please put me down provisionally for the conference in Cologne.

Kind regards,
Siobhan Kettler
Stadt Wendland-Mitte
Fachbereich Soziales, Sozialplanung
""",
         intent="pre_registration", language="en", name="Siobhan Kettler",
         organization="Stadt Wendland-Mitte, Fachbereich Soziales, Sozialplanung",
         note="An English-speaking employee of a German town writes English: answer in English."),

    mail("pr-h35-fortbildungsportal-text.eml",
         frm=("Fortbildungsstelle Landkreis Gifhorner Heide", "fortbildung@lk-gifhornerheide.example"),
         subject="Buchungsanfrage Externe Fortbildung Nr. 2025-117", client="outlook",
         date="Tue, 29 Apr 2025 09:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

über unser Fortbildungsportal ist folgender Antrag auf externe Fortbildung eingegangen:

Teilnehmer/in: Bastian Wöhlke
Dienststelle: Landkreis Gifhorner Heide, Amt 50 – Soziales
Veranstaltung: VSOP-Jahrestagung, 25.–26.09.2025, Köln
E-Mail Teilnehmer/in: bastian.woehlke@lk-gifhornerheide.example

Wir bitten zunächst um unverbindliche Reservierung eines Platzes. Die verbindliche Buchung erfolgt nach Genehmigung durch die Amtsleitung.

Mit freundlichen Grüßen
Fortbildungsstelle
""",
         intent="pre_registration", name="Bastian Wöhlke", email="bastian.woehlke@lk-gifhornerheide.example",
         organization="Landkreis Gifhorner Heide, Amt 50 – Soziales",
         note="A training office's booking request, copy of the portal's fields; the attendee's address in the text; the ticket-like number is a case number, not a ticket system."),

    mail("pr-h36-evangelische-hochschule-lehrende.eml",
         frm=("Prof. Dr. Wiebke Hallermann", "hallermann@eh-nordwald.example"),
         subject="Vormerkung", client="apple", date="Wed, 30 Apr 2025 18:03:00 +0200",
         body="""Liebe Frau Terhorst,

ich würde gern mit zwei Studierenden aus meinem Masterseminar kommen – Namen reiche ich nach. Können Sie uns drei schon mal vormerken?

Herzlich, Wiebke Hallermann

--
Prof. Dr. Wiebke Hallermann
Evangelische Hochschule Nordwald
Fachbereich Soziale Arbeit und Diakonie
""",
         intent="pre_registration", name="Wiebke Hallermann", title="Prof. Dr.",
         organization="Evangelische Hochschule Nordwald, Fachbereich Soziale Arbeit und Diakonie",
         persons=3,
         note="Three places, two unnamed students (persons 3, no people); 'Können Sie uns ... vormerken?' is a request, not a question."),
]
