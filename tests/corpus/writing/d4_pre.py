"""DEVELOPMENT set 4: pre-registrations. Written apart (README.md); measured once before any
tuning on it."""

from d4_quote import (SUBJECTS, gmail, gmail_en, outlook, outlook_block, outlook_en,
                      own, thunderbird)
from make_corpus import mail

VORAB = SUBJECTS["vorab"]
NOTICE = SUBJECTS["notice_en"]
W1 = "Montag, 14. April 2025 10:00"

MAILS = [
    mail("pr-g01-android-bin-dabei.eml",
         frm=("Tim Kowalski", "t.kowalski@stadt-emscherbruch.example"),
         subject="AW: " + VORAB, client="android", date="Mon, 14 Apr 2025 10:41:00 +0200",
         body="Bin dabei!\n\nTim\n\nGesendet von Outlook für Android\n"
              + outlook_block("vorab", W1, "Kowalski, Tim"),
         intent="pre_registration", name="Tim Kowalski",
         note="Three words above a new-Outlook quote; the name only in the display name."),

    mail("pr-g02-nur-betreff-mitglied.eml",
         frm=("Birgit Hollenhorst", "birgit.hollenhorst@kreis-haarstrang.example"),
         subject="Voranmeldung Köln: Birgit Hollenhorst, Kreis Haarstrang, Mitglied",
         date="Tue, 15 Apr 2025 07:58:00 +0200", body="",
         intent="pre_registration", name="Birgit Hollenhorst", organization="Kreis Haarstrang",
         member=True,
         note="Everything in the subject, an empty body."),

    mail("pr-g03-nur-betreff-iphone.eml",
         frm=("Ole Brüggemann", "ole.brueggemann@gemeinde-eggeheide.example"),
         subject="Vormerkung Jahrestagung bitte – Ole Brüggemann", client="iphone",
         date="Tue, 15 Apr 2025 21:14:00 +0200", body="\n\nVon meinem iPhone gesendet\n",
         intent="pre_registration", name="Ole Brüggemann",
         note="The request in the subject, the body only the device line."),

    mail("pr-g04-amtsdeutsch-landkreis.eml",
         frm=("Sommerkamp, Hiltrud Dr.", "h.sommerkamp@lk-peenetal.example"),
         subject="Jahrestagung 2025 – Teilnahmeabsicht", client="outlook",
         date="Wed, 16 Apr 2025 09:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

unter Bezugnahme auf Ihr Rundschreiben vom 14. April 2025 zeige ich hiermit die beabsichtigte Teilnahme der Unterzeichnerin an der Jahrestagung 2025 an. Eine verbindliche Anmeldung erfolgt nach Erteilung der Dienstreisegenehmigung durch die Dienststellenleitung.

Die Mitgliedschaft des Landkreises im VSOP e.V. besteht unverändert fort.

Im Auftrag

Dr. Hiltrud Sommerkamp

Landkreis Peenetal
Dezernat III – Jugend, Soziales und Gesundheit
Stabsstelle Sozialplanung
Am Schloßpark 4
17389 Peenetal
Telefon: 03971 555-3120
""",
         intent="pre_registration", name="Hiltrud Sommerkamp", title="Dr.",
         organization="Landkreis Peenetal, Dezernat III – Jugend, Soziales und Gesundheit, Stabsstelle Sozialplanung",
         member=True,
         note="Amtsdeutsch ('zeige ... die beabsichtigte Teilnahme der Unterzeichnerin an'); the binding step named as future; institutional membership in a sentence of its own; 'Sommerkamp, Hiltrud Dr.' display name."),

    mail("pr-g05-koelsch-zwei.eml",
         frm=("Frank Pützfeld", "frank.puetzfeld@stadt-rheinkassel.example"),
         subject="Köln – mer sin dobei", date="Wed, 16 Apr 2025 11:02:00 +0200",
         body="""Jode Morje zosamme,

mer sin dobei! Dat heiß: ich un ming Kolleje Gaby Nettesheim. Schrievt uns ens vürläufig op die Liss, fass is noch nix.

Mem fründlije Jroß
Frank Pützfeld
Stadt Rheinkassel – Amt für Soziales
""",
         intent="pre_registration", name="Frank Pützfeld",
         organization="Stadt Rheinkassel, Amt für Soziales", persons=2, people=["Gaby Nettesheim"],
         note="Kölsch ('mer sin dobei', 'vürläufig op die Liss', 'fass is noch nix')."),

    mail("pr-g06-schwaebisch.eml",
         frm=("Gottlieb Häberle", "gottlieb.haeberle@lra-albvorland.example"),
         subject="Vormerka für Köln", date="Thu, 17 Apr 2025 08:15:00 +0200",
         body="""Grüß Gott,

i däd mi gern scho mol vormerka lassa für Köln. Ob's klappt, woiß i erscht em Juli.

Schöne Grüß
Gottlieb Häberle
Landratsamt Albvorland
Sozialdezernat
""",
         intent="pre_registration", name="Gottlieb Häberle",
         organization="Landratsamt Albvorland, Sozialdezernat",
         note="Swabian ('i däd mi gern ... vormerka lassa')."),

    mail("pr-g07-ruhrdeutsch.eml",
         frm=("Detlef Szymanski", "detlef.szymanski@stadt-emscherbruch.example"),
         subject="Re: " + VORAB, client="thunderbird", date="Thu, 17 Apr 2025 13:40:00 +0200",
         body="""Tach auch,

ich komm wohl mit, schreib mich ma vorläufich auf. Wat fest is, sach ich euch bis Juli.

Glück auf
Detlef Szymanski
Stadt Emscherbruch, Fachbereich 50 Soziales

""" + thunderbird("vorab", "14.04.25 um 10:00"),
         intent="pre_registration", name="Detlef Szymanski",
         organization="Stadt Emscherbruch, Fachbereich 50 Soziales",
         note="Ruhr German ('schreib mich ma vorläufich auf'); Thunderbird quote below."),

    mail("pr-g08-platt-mitglied.eml",
         frm=("Hinnerk Pahl", "hinnerk.pahl@amt-warnowniederung.example"),
         subject="Jahrestagung", date="Fri, 18 Apr 2025 10:05:00 +0200",
         body="""Moin,

ick wull mi för de Jahrestagung vörmarken laten. Ick bün Mitglied bi ju.

Gröten
Hinnerk Pahl
Amt Warnowniederung
""",
         intent="pre_registration", name="Hinnerk Pahl", organization="Amt Warnowniederung",
         member=True, note="Low German ('vörmarken laten', 'Ick bün Mitglied')."),

    mail("pr-g09-denglisch-hochschule.eml",
         frm=("Jule Brandenburg", "jule.brandenburg@hs-ruhrtal.example"),
         subject="Köln – count me in (vorläufig)", date="Fri, 18 Apr 2025 16:30:00 +0200",
         body="""Hi Martin,

ich bin definitely interested und würde gern einen Platz blocken für Köln. Das final go kommt von meinem Boss erst im Juni.

Cheers,
Jule Brandenburg
Social Planning Lab | Hochschule Ruhrtal
""",
         intent="pre_registration", name="Jule Brandenburg",
         organization="Social Planning Lab, Hochschule Ruhrtal",
         note="German with English words ('definitely interested', 'einen Platz blocken'): answered in German."),

    mail("pr-g10-english-expat-german-words.eml",
         frm=("Grace Okonkwo-Meyer", "g.okonkwo-meyer@kv-moorbrueck.example"),
         subject="Jahrestagung - interest", date="Sat, 19 Apr 2025 09:12:00 +0200",
         body="""Dear Mr Overbeck,

I'd like to register my interest for the Jahrestagung. I work as a Sozialplanerin at the Kreisverwaltung Moorbrück, so the topic is very much my Alltag. Please keep a place for me, nothing verbindlich yet.

Kind regards
Grace Okonkwo-Meyer
""",
         intent="pre_registration", language="en", name="Grace Okonkwo-Meyer",
         organization="Kreisverwaltung Moorbrück",
         note="English with German words ('nothing verbindlich yet'); organisation in a sentence."),

    mail("pr-g11-html-tabelle-drei.eml",
         frm=("Annegret Vosskuhl", "a.vosskuhl@kreis-hellwegboerde.example"),
         subject="Vorläufige Anmeldung Kreis Hellwegbörde", client="outlook-web",
         date="Tue, 22 Apr 2025 10:10:00 +0200", html_only=True,
         html="""<html><head><meta charset="utf-8"></head><body style="font-family:Aptos,sans-serif">
<div>Guten Tag Herr Overbeck,</div><div>&nbsp;</div>
<div>wir möchten uns zu dritt vorläufig für Köln anmelden:</div><div>&nbsp;</div>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Aufgabe</th><th>VSOP-Mitglied</th></tr>
<tr><td>Annegret Vosskuhl</td><td>Sozialplanung</td><td>ja</td></tr>
<tr><td>Mehmet Arslan</td><td>Jugendhilfeplanung</td><td>ja</td></tr>
<tr><td>Dr. Jasmin Ufer</td><td>Gesundheitsplanung</td><td>nein</td></tr>
</table><div>&nbsp;</div>
<div>Freundliche Grüße</div><div>Annegret Vosskuhl</div>
<div>Kreis Hellwegbörde<br>Fachbereich Soziales und Integration</div>
</body></html>
""",
         intent="pre_registration", name="Annegret Vosskuhl", member=True,
         organization="Kreis Hellwegbörde, Fachbereich Soziales und Integration",
         persons=3, people=["Mehmet Arslan", "Dr. Jasmin Ufer"], people_members=[True, False],
         note="HTML-only with a table (name, task, membership per person), sender in the first row."),

    mail("pr-g12-weitergeleitet-kollege-thread.eml",
         frm=("Lohmöller, Katharina", "katharina.lohmoeller@stadt-warendorf-ems.example"),
         subject="AW: WG: " + VORAB, client="outlook", date="Tue, 22 Apr 2025 14:22:00 +0200",
         body="""Guten Tag Herr Overbeck,

mein Kollege hat mir Ihre Mail weitergeleitet. Ich möchte mich gerne unverbindlich vormerken lassen.

Mit freundlichen Grüßen
Katharina Lohmöller
Stadt Warendorf-Ems
Amt für Kinder, Jugendliche und Familien

-----Ursprüngliche Nachricht-----
Von: Brockhoff, Ulrich
Gesendet: Dienstag, 15. April 2025 08:03
An: Lohmöller, Katharina
Betreff: WG: """ + VORAB + """

Hallo Katharina,
wäre das nicht was für dich? Ich selbst kann leider nicht, ich bin im September in Reha.
Ulrich

""" + outlook("vorab", W1, "Brockhoff, Ulrich"),
         intent="pre_registration", name="Katharina Lohmöller",
         organization="Stadt Warendorf-Ems, Amt für Kinder, Jugendliche und Familien",
         note="Reply above an internal forward above the office's mail: the colleague's 'kann leider nicht' is quoted, not hers."),

    mail("pr-g13-sekretariat-kette.eml",
         frm=("Lüke, Petra", "petra.lueke@stadt-lennehagen.example"),
         subject="WG: WG: " + VORAB, client="outlook", date="Wed, 23 Apr 2025 09:30:00 +0200",
         body="""Sehr geehrter Herr Overbeck,

Frau Beigeordnete Dr. Wiltrud Esser-Kamphues bittet um Vormerkung für die Jahrestagung (s. u.). Ihre Adresse lautet w.esser-kamphues@stadt-lennehagen.example.

Mit freundlichen Grüßen
i. A. Petra Lüke
Stadt Lennehagen | Dezernat IV – Soziales und Jugend

-----Ursprüngliche Nachricht-----
Von: Esser-Kamphues, Wiltrud Dr.
Gesendet: Dienstag, 22. April 2025 18:47
An: Lüke, Petra
Betreff: WG: """ + VORAB + """

Bitte für mich vormerken lassen. WEK

""" + outlook("vorab", W1, "Esser-Kamphues, Wiltrud Dr."),
         intent="pre_registration", name="Wiltrud Esser-Kamphues", title="Dr.",
         email="w.esser-kamphues@stadt-lennehagen.example",
         organization="Stadt Lennehagen, Dezernat IV – Soziales und Jugend",
         note="Secretary forwards a chain (two header blocks) for her boss, whose address is in the text; 'Beigeordnete' is an office, not a name."),

    mail("pr-g14-canada-maybe-yes.eml",
         frm=("Marie-Claude Tremblay", "mc.tremblay@riviere-aux-saules.example"),
         subject="Cologne - put me down", date="Wed, 23 Apr 2025 15:10:00 -0400",
         body="""Hi there,

Put me down as a maybe-yes for Cologne. I'll be in Europe that week anyway on a study tour, so chances are good. I understand this isn't binding.

All the best,
Marie-Claude Tremblay
Social Development Planner
City of Riviere-aux-Saules, Community Services Department
""",
         intent="pre_registration", language="en", name="Marie-Claude Tremblay",
         organization="City of Riviere-aux-Saules, Community Services Department",
         note="Canadian English 'put me down as a maybe-yes'; a job title line above the organisation."),

    mail("pr-g15-new-zealand-pop-my-name.eml",
         frm=("Ngaire Wilson", "ngaire.wilson@waikare-dc.example"),
         subject="Re: " + NOTICE, client="apple", date="Thu, 24 Apr 2025 08:45:00 +1200",
         body="""Kia ora,

keen to come along to Cologne - could you pop my name on the provisional list? Cheers.

Ngaire Wilson
Waikare District Council | Community Wellbeing

""" + gmail_en("notice_en", "Mon, 14 Apr 2025 at 20:00"),
         intent="pre_registration", language="en", name="Ngaire Wilson",
         organization="Waikare District Council, Community Wellbeing",
         note="NZ English; 'could you pop my name on ...' is a request the agent fulfils, not a question."),

    mail("pr-g16-indian-english-kindly.eml",
         frm=("Dr. Ananya Deshpande", "ananya.deshpande@dipa-pune.example"),
         subject="Request for enrolment in preliminary list", date="Thu, 24 Apr 2025 11:30:00 +0530",
         body="""Respected Sir/Madam,

I am interested to attend the VSOP annual conference at Cologne. Kindly do the needful and enrol my name in the preliminary list. I will confirm the participation after getting sanction from my department.

Thanks and regards,
Dr. Ananya Deshpande
Associate Professor
Centre for Urban Social Policy
Deccan Institute of Public Administration
""",
         intent="pre_registration", language="en", name="Ananya Deshpande", title="Dr.",
         organization="Centre for Urban Social Policy, Deccan Institute of Public Administration",
         note="Indian English ('Kindly do the needful', 'enrol my name'); job title line not part of the organisation."),

    mail("pr-g17-norwegian-two-nonmembers.eml",
         frm=("Ingrid Solbakken", "ingrid.solbakken@nordre-fjellvik.kommune.example"),
         subject="Pre-registration Cologne", date="Fri, 25 Apr 2025 09:00:00 +0200",
         body="""Hello,

We from Nordre Fjellvik kommune would like to make a pre-registration for two persons: me and my colleague Sindre Haugland. Neither of us is a member of VSOP.

Best regards
Ingrid Solbakken
Nordre Fjellvik kommune, Helse- og velferdsavdelingen
""",
         intent="pre_registration", language="en", name="Ingrid Solbakken",
         organization="Nordre Fjellvik kommune, Helse- og velferdsavdelingen", member=False,
         persons=2, people=["Sindre Haugland"], people_members=[False],
         note="Norwegian English; both non-members in one sentence."),

    mail("pr-g18-luxemburg-gemischt.eml",
         frm=("Carole Weydert", "carole.weydert@sauerdall.example"),
         subject="Jahrestagung – Vormerkung", date="Fri, 25 Apr 2025 14:00:00 +0200",
         body="""Bonjour,

hiermit möchte ich mich für die Jahrestagung vormerken lassen. Je suis coordinatrice sociale bei der Gemeinde, ich komme also beruflich.

Merci et bonne journée
Carole Weydert
Administration communale de Sauerdall
Service social
""",
         intent="pre_registration", name="Carole Weydert",
         organization="Administration communale de Sauerdall, Service social",
         note="Luxembourg: German and French mixed; answered in German; French organisation lines."),

    mail("pr-g19-suedtirol.eml",
         frm=("Dr. Martina Oberhollenzer", "martina.oberhollenzer@bzg-eisacktal-sued.example"),
         subject="Vorläufige Anmeldung", date="Mon, 28 Apr 2025 08:30:00 +0200",
         body="""Grüß Gott,

für die Bezirksgemeinschaft möchte ich mich vorläufig anmelden. Die Genehmigung der Dienstreise steht noch aus.

Freundliche Grüße
Dr. Martina Oberhollenzer
Bezirksgemeinschaft Eisacktal-Süd – Sozialdienste
Lauben 12, 39042 Brixen-Süd
""",
         intent="pre_registration", name="Martina Oberhollenzer", title="Dr.",
         organization="Bezirksgemeinschaft Eisacktal-Süd, Sozialdienste",
         note="South Tyrol; the address line (street and postcode on one line) is not part of the organisation."),

    mail("pr-g20-ostbelgien-hochachtungsvoll.eml",
         frm=("Luc Heinen", "luc.heinen@dg-ministerium.example"),
         subject="Vormerkung Jahrestagung 2025", date="Mon, 28 Apr 2025 10:45:00 +0200",
         body="""Sehr geehrte Damen und Herren,

als Mitarbeiter des Ministeriums der Deutschsprachigen Gemeinschaft, Fachbereich Familie und Soziales, bitte ich um eine unverbindliche Vormerkung für Ihre Tagung in Köln.

Hochachtungsvoll
Luc Heinen
""",
         intent="pre_registration", name="Luc Heinen",
         organization="Ministerium der Deutschsprachigen Gemeinschaft, Fachbereich Familie und Soziales",
         note="East Belgium; the organisation only in a sentence, in the genitive ('des Ministeriums'); 'Hochachtungsvoll'."),

    mail("pr-g21-thread-frage-beantwortet.eml",
         frm=("Sven Ahlers", "sven.ahlers@freiraum-jugend.example"),
         subject="AW: AW: " + VORAB, client="outlook", date="Tue, 29 Apr 2025 12:05:00 +0200",
         body="""Danke für die schnelle Antwort, dann bitte vormerken!

Gruß
Sven Ahlers

-----Ursprüngliche Nachricht-----
Von: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>
Gesendet: Dienstag, 29. April 2025 11:20
An: Sven Ahlers <sven.ahlers@freiraum-jugend.example>
Betreff: AW: """ + VORAB + """

Hallo Herr Ahlers,
ja, die Tagung steht allen offen, Gäste zahlen 300 Euro.
Gruß, Martin Overbeck

""" + own("Sven Ahlers <sven.ahlers@freiraum-jugend.example>", "Dienstag, 29. April 2025 10:02", "AW: " + VORAB,
          "Hallo, kann man auch als Nichtmitglied teilnehmen? Wir sind ein kleiner Jugendverein.") + "\n"
             + outlook("vorab", W1, "Sven Ahlers"),
         intent="pre_registration", name="Sven Ahlers",
         note="Whole thread quoted: his own earlier question and the office's answer (with a fee) are quoted; the new text only asks to be noted."),

    mail("pr-g22-apple-kurz-zu-zweit.eml",
         frm=("Nina Terhorst", "nina.terhorst@familienzentrum-lippeaue.example"),
         subject="Köln", client="iphone", date="Tue, 29 Apr 2025 19:33:00 +0200",
         body="Hallo, wir kommen zu zweit: ich und Lisa Brökelmann. Vorläufig! LG Nina\n\nVon meinem iPhone gesendet\n",
         intent="pre_registration", name="Nina Terhorst", persons=2, people=["Lisa Brökelmann"],
         note="One mobile line: two persons, 'Vorläufig!'."),

    mail("pr-g23-znuny-mensch-ticketnummer.eml",
         frm=("Servicestelle Sozialplanung", "sozialplanung@kreis-berkelland.example"),
         subject="[Ticket#2025043010000457] AW: " + VORAB, date="Wed, 30 Apr 2025 10:12:00 +0200",
         headers=[("X-Mailer", "Znuny Mail Service")],
         body="""Sehr geehrter Herr Overbeck,

für unsere Servicestelle merken Sie bitte Frau Sandra Kuhlmann und Herrn Bernd Ostendorf vor.

Mit freundlichen Grüßen

Ihr Team der Servicestelle Sozialplanung
i. A. Sandra Kuhlmann
Kreis Berkelland – Servicestelle Sozialplanung

--
Diese Nachricht wurde über unser Ticketsystem versendet. Bitte lassen Sie die Ticketnummer im Betreff stehen.
""",
         intent="pre_registration", name="Sandra Kuhlmann",
         organization="Kreis Berkelland, Servicestelle Sozialplanung",
         persons=2, people=["Bernd Ostendorf"],
         note="A PERSON writing through her office's ticket system (ticket number in the subject, a ticket footer, no Auto-Submitted): a pre-registration, not a machine."),

    mail("pr-g24-amtsdeutsch-passiv-vorbehalt.eml",
         frm=("Dreckmann, Rolf", "rolf.dreckmann@bezreg-arnsfeld.example"),
         subject="Jahrestagung VSOP 2025; hier: Platzreservierung", client="outlook",
         date="Wed, 30 Apr 2025 13:00:00 +0200",
         body="""Sehr geehrter Herr Overbeck,

vorbehaltlich der Zustimmung der Behördenleitung wird um Reservierung eines Teilnahmeplatzes für den Unterzeichner gebeten.

Mit vorzüglicher Hochachtung
Im Auftrag
Rolf Dreckmann
Regierungsamtsrat

Bezirksregierung Arnsfeld
Dezernat 34 – Sozialplanung und Inklusion
""",
         intent="pre_registration", name="Rolf Dreckmann",
         organization="Bezirksregierung Arnsfeld, Dezernat 34 – Sozialplanung und Inklusion",
         note="Passive Amtsdeutsch ('wird um Reservierung ... gebeten'), 'hier:' in the subject; 'Regierungsamtsrat' is a rank, not part of the name."),

    mail("pr-g25-klein-tippfehler.eml",
         frm=("Jens Wiechers", "jens.wiechers@gemeinde-halternheide.example"),
         subject="köln", client="android", date="Thu, 01 May 2025 07:12:00 +0200",
         body="hallo herr overbeck, merken sie mich bitte vor fur köln. mfg jens wiechers\n",
         intent="pre_registration", name="Jens Wiechers",
         note="All lower case, a typo ('fur'), one line."),

    mail("pr-g26-thread-wir-ueberlegen-noch.eml",
         frm=("Elke Rosendahl", "elke.rosendahl@stadt-tecklenheide.example"),
         subject="AW: AW: " + VORAB, client="outlook", date="Fri, 02 May 2025 10:30:00 +0200",
         body="""Guten Tag,

nach Rücksprache mit der Amtsleitung: Bitte merken Sie mich vor.

Viele Grüße
Elke Rosendahl
Stadt Tecklenheide, Sozialamt

""" + own("Rosendahl, Elke", "Dienstag, 15. April 2025 09:10", "AW: " + VORAB,
          "Guten Tag Herr Overbeck,\n\nwir überlegen noch, ob wir überhaupt jemanden schicken können. Ich melde mich wieder.\n\nViele Grüße\nElke Rosendahl")
             + "\n" + outlook("vorab", W1, "Rosendahl, Elke"),
         intent="pre_registration", name="Elke Rosendahl", organization="Stadt Tecklenheide, Sozialamt",
         note="Her own hesitant earlier mail quoted in the thread below the decision."),

    mail("pr-g27-paritaet-drei-fliesstext.eml",
         frm=("Kerstin Lemke", "k.lemke@paritaet-uckerheide.example"),
         subject="Vorläufig drei Plätze", date="Fri, 02 May 2025 15:45:00 +0200",
         body="""Hallo Herr Overbeck,

bitte notieren Sie für uns vorläufig drei Personen: mich (Mitglied), unseren Geschäftsführer Torsten Maaß (ebenfalls Mitglied) und die Praktikantin Leonie Fiedler (kein Mitglied).

Beste Grüße
Kerstin Lemke
Paritätischer Kreisverband Uckerheide e. V.
""",
         intent="pre_registration", name="Kerstin Lemke", member=True,
         organization="Paritätischer Kreisverband Uckerheide e. V.",
         persons=3, people=["Torsten Maaß", "Leonie Fiedler"], people_members=[True, False],
         note="Three persons in running text with roles before the names and membership in parentheses."),

    mail("pr-g28-italian-english-collegue.eml",
         frm=("Giulia Marchetti", "giulia.marchetti@comune-valsorda.example"),
         subject="Conference Cologne - preliminary", date="Mon, 05 May 2025 09:25:00 +0200",
         body="""Good morning,

I write from the Comune di Valsorda, Settore Politiche Sociali. I would like to be inserted in the list of the pre-registered for the conference in Cologne. Also my collegue Dr. Paola Ferrandi wants to come.

Best regards
Giulia Marchetti
""",
         intent="pre_registration", language="en", name="Giulia Marchetti",
         organization="Comune di Valsorda, Settore Politiche Sociali",
         persons=2, people=["Dr. Paola Ferrandi"],
         note="Italian English ('be inserted in the list of the pre-registered', 'collegue'); organisation in a sentence."),

    mail("pr-g29-gmail-option.eml",
         frm=("Hannah Kötter", "hannah.koetter@gmail.example"),
         subject="Re: " + VORAB, date="Mon, 05 May 2025 20:10:00 +0200",
         body="""Liebe VSOP-Geschäftsstelle,

ich würde mir gern eine Teilnahmeoption reservieren.

Liebe Grüße
Hannah Kötter

""" + gmail("vorab", "Mo., 14. Apr. 2025 um 10:00 Uhr"),
         intent="pre_registration", name="Hannah Kötter",
         note="'Teilnahmeoption reservieren'; private address, no organisation."),

    mail("pr-g30-betreff-zwei-namen.eml",
         frm=("Reinhild Schulte", "reinhild.schulte@gemeinde-eggeheide.example"),
         subject="Vormerken: Jahrestagung – 2 Personen (Schulte, Kampmann)",
         date="Tue, 06 May 2025 08:05:00 +0200",
         body="""Mit freundlichen Grüßen

Reinhild Schulte
Gemeinde Eggeheide
Fachbereich Bürgerdienste und Soziales
""",
         intent="pre_registration", name="Reinhild Schulte",
         organization="Gemeinde Eggeheide, Fachbereich Bürgerdienste und Soziales",
         persons=2, people=["Kampmann"],
         note="The request and both names in the subject; the body only a signature."),

    mail("pr-g31-frage-kinderbetreuung.eml",
         frm=("Sarah Böckenholt", "sarah.boeckenholt@web-post.example"),
         subject="Vormerkung + Frage", date="Tue, 06 May 2025 12:30:00 +0200",
         body="""Guten Tag,

ich merke mich gerne vor. Gibt es vor Ort eine Kinderbetreuung?

Grüße
Sarah Böckenholt
""",
         intent="pre_registration", questions=1, name="Sarah Böckenholt",
         note="Pre-registration plus one question (childcare)."),

    mail("pr-g32-malta-interpretation.eml",
         frm=("Maria Camilleri", "maria.camilleri@fsws-malta.example"),
         subject="Preliminary list", date="Wed, 07 May 2025 10:00:00 +0200",
         body="""Hello,

please add me to the preliminary list. Will the sessions be interpreted into English, or is it all in German?

Regards
Maria Camilleri
Foundation for Social Welfare Services
""",
         intent="pre_registration", language="en", questions=1, name="Maria Camilleri",
         organization="Foundation for Social Welfare Services",
         note="Maltese English: an action and a question about interpretation."),

    mail("pr-g33-html-signaturtabelle.eml",
         frm=("Dirk Hülsmann", "dirk.huelsmann@stadt-bergkamen-ost.example"),
         subject="Unverbindliche Anmeldung Jahrestagung", date="Wed, 07 May 2025 14:20:00 +0200",
         html_only=True,
         html="""<html><body>
<p>Sehr geehrte Damen und Herren,</p>
<p>hiermit melde ich mich unverbindlich für die Jahrestagung in Köln an.</p>
<p>Mit freundlichen Grüßen</p>
<table cellspacing="0" cellpadding="0"><tr>
<td style="padding-right:12px"><img src="cid:wappen" alt="Wappen"></td>
<td><b>Dirk Hülsmann</b><br>Stadt Bergkamen-Ost<br>Fachbereich Jugend und Soziales<br>Rathausplatz 1 · 59199 Bergkamen-Ost<br>T 02307 555-410</td>
</tr></table>
<p style="font-size:8pt;color:#888">Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.</p>
</body></html>
""",
         intent="pre_registration", name="Dirk Hülsmann",
         organization="Stadt Bergkamen-Ost, Fachbereich Jugend und Soziales",
         note="HTML-only; the signature in a table beside a crest image; address line with '·'."),

    mail("pr-g34-forward-anschliessen.eml",
         frm=("Tobias Hengstenberg", "tobias.hengstenberg@kreis-sauerland-mitte.example"),
         subject="Fwd: AW: " + VORAB, date="Thu, 08 May 2025 09:40:00 +0200",
         body="""Hallo,

ich würde mich meiner Kollegin anschließen – bitte auch mich vormerken.

Tobias Hengstenberg
Kreis Sauerland-Mitte, Jugendamt

---------- Forwarded message ---------
Von: Lena Rüther <lena.ruether@kreis-sauerland-mitte.example>
Date: Di., 15. Apr. 2025 um 09:12 Uhr
Subject: AW: """ + VORAB + """
To: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>

Guten Tag, bitte merken Sie mich für Köln vor. Lena Rüther

""" + gmail("vorab", "Mo., 14. Apr. 2025 um 10:00 Uhr"),
         intent="pre_registration", name="Tobias Hengstenberg",
         organization="Kreis Sauerland-Mitte, Jugendamt",
         note="Forwards his colleague's pre-registration (already with the office) and adds only himself: one person, the colleague is not his group."),

    mail("pr-g35-outlook-en-french.eml",
         frm=("Élodie Marchand", "elodie.marchand@ville-saint-orme.example"),
         subject="RE: " + NOTICE, client="outlook", date="Thu, 08 May 2025 11:11:00 +0200",
         body="""Dear Mister Overbeck,

I am very interested by your conference and I would like to reserve a place, without engagement for the moment. I am member of VSOP since 2021.

Cordially,
Élodie Marchand
Ville de Saint-Orme – Direction de la cohésion sociale

""" + outlook_en("notice_en", "Monday, April 14, 2025 10:00 AM", "Marchand Elodie"),
         intent="pre_registration", language="en", name="Élodie Marchand", member=True,
         organization="Ville de Saint-Orme, Direction de la cohésion sociale",
         note="French English ('without engagement', 'I am member of VSOP since 2021'); English Outlook quote."),
]
