"""TEST set: pre-registrations (non-binding), some with a question riding along.

Written as senders write; never tune the rules on these (tests/corpus/README.md).
"""

from make_corpus import mail

ANNOUNCEMENT = """Vorankündigung VSOP-Jahrestagung 2025

Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung

25.9. (ab 10 Uhr) – 26.9.2025 (bis 14 Uhr);  Köln
Teilnahmegebühr: 250 € VSOP-Mitglieder; 300 € Nicht-Mitglieder

Wir bitten aufgrund der begrenzten Plätze auf dieser “Kleinen Jahrestagung” um eine
unverbindliche Voranmeldung bis zum 2. Juni 2025 unter geschaeftsstelle@vsop.de.
Alle Vorangemeldeten erhalten zeitnah ein detailliertes Tagungsprogramm und ein
Anmeldeformular. Ihre verbindliche Anmeldung mit Zahlungsvereinbarung benötigen wir
bis zum 4. Juli 2025."""


def q(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


MAILS = [
    mail("pr-t01-outlook-amt-signatur.eml",
         frm=("Vollmer, Katrin", "katrin.vollmer@brueckenfeld.example"),
         subject="Voranmeldung VSOP-Jahrestagung 2025", client="outlook",
         date="Tue, 15 Apr 2025 09:12:44 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit möchte ich mich unverbindlich für die VSOP-Jahrestagung am 25./26. September in Köln voranmelden.

Mit freundlichen Grüßen

Katrin Vollmer
Sozialplanerin

Stadt Brückenfeld
Amt für Soziales und Senioren
Rathausplatz 3
24999 Brückenfeld
Tel. 04321 55-312
katrin.vollmer@brueckenfeld.example
""",
         intent="pre_registration", name="Katrin Vollmer",
         organization="Stadt Brückenfeld, Amt für Soziales und Senioren",
         note="Plain formal pre-registration; organisation as two signature lines between job title and street."),

    mail("pr-t02-du-mitglied-kurz.eml",
         frm=("Hannes Brodersen", "hannes.brodersen@kreis-nordmarsch.example"),
         subject="Köln – bin dabei!", client="thunderbird",
         date="Tue, 15 Apr 2025 21:40:03 +0200",
         body="""Hallo ihr Lieben,

trag mich doch schon mal für Köln ein, ich will auf jeden Fall mitkommen. Verbindlich wird's erst, wenn mein Chef unterschrieben hat, aber das wird schon.

Mitglied bin ich ja seit Jahren, falls das für euch wichtig ist.

Liebe Grüße
Hannes
--
Hannes Brodersen
Kreis Nordmarsch | Fachdienst Jugend und Familie
""",
         intent="pre_registration", name="Hannes Brodersen", member=True,
         organization="Kreis Nordmarsch, Fachdienst Jugend und Familie",
         note="Colloquial (ihr), no word 'Voranmeldung': 'trag mich schon mal ein', binding only later; member said in passing; organisation on one line split by '|'."),

    mail("pr-t03-english-native.eml",
         frm=("Fiona McAllister", "f.mcallister@glasgow-uni.example"),
         subject="Annual conference in Cologne – provisional registration",
         date="Wed, 16 Apr 2025 11:03:19 +0100", client="apple",
         body="""Dear colleagues,

I came across your announcement of the VSOP annual conference on integrated social planning and would like to put my name down provisionally. I'm currently comparing local social planning in Scotland and Germany, so the topic could hardly be a better fit.

I understand this is non-binding for now – I'll confirm once my travel funding is sorted.

Kind regards,
Fiona McAllister
Research Fellow
School of Social and Political Sciences
University of Glasgow (example)
""",
         intent="pre_registration", language="en", name="Fiona McAllister",
         organization="School of Social and Political Sciences, University of Glasgow (example)",
         note="Native English, 'put my name down provisionally'; job title line, then school and university (bottom-up order as written)."),

    mail("pr-t04-german-english.eml",
         frm=("Oliver Stahmer", "oliver.stahmer@stadt-meldorf-ost.example"),
         subject="pre registration", client="outlook",
         date="Wed, 16 Apr 2025 14:27:51 +0200",
         body="""Hello,

my colleague from Hamburg told me about your meeting in Cologne in september. I want to make a pre-registration for me, please. I am not member of VSOP.

With best regards
Oliver Stahmer

City of Meldorf-Ost
Department for Social Affairs
""",
         intent="pre_registration", language="en", name="Oliver Stahmer", member=False,
         organization="City of Meldorf-Ost, Department for Social Affairs",
         note="German-English; 'not member' without article."),

    mail("pr-t05-sekretariat-fuer-dezernent.eml",
         frm=("Sekretariat Dezernat III", "sekretariat.dez3@landkreis-hohenwarth.example"),
         subject="Vormerkung Herr Dr. Lohmeyer – Jahrestagung Köln", client="notes",
         date="Thu, 17 Apr 2025 08:05:37 +0200",
         body="""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Bernd Lohmeyer, Dezernent für Jugend, Soziales und Gesundheit, bitte ich darum, ihn für die Jahrestagung im September vorzumerken. Eine verbindliche Zusage kann Herr Dr. Lohmeyer erst nach Abstimmung seiner Termine geben.

Bitte schicken Sie die weiteren Unterlagen direkt an ihn: bernd.lohmeyer@landkreis-hohenwarth.example

Mit freundlichen Grüßen
i. A. Sabine Kruse

Landkreis Hohenwarth
Dezernat III
Am Schlossgarten 1
29411 Hohenwarth
""",
         intent="pre_registration", name="Bernd Lohmeyer", title="Dr.",
         email="bernd.lohmeyer@landkreis-hohenwarth.example",
         organization="Landkreis Hohenwarth, Dezernat III",
         note="Secretary writes for her boss; attendee is the boss, his address named in the text."),

    mail("pr-t06-gruppe-nummeriert-mitgliedschaft.eml",
         frm=("Meier, Claudia", "claudia.meier@stadt-uelzingen.example"),
         subject="Voranmeldung für drei Personen", client="outlook",
         date="Thu, 17 Apr 2025 10:44:02 +0200",
         body="""Guten Morgen,

für unsere Abteilung melde ich folgende Personen unverbindlich zur Jahrestagung an:

1. Claudia Meier, VSOP-Mitglied
2. Dr. Jens Hartmann, kein Mitglied
3. Aylin Demir, kein Mitglied

Die verbindliche Anmeldung folgt, sobald die Dienstreisen genehmigt sind.

Viele Grüße
Claudia Meier

Stadt Uelzingen
Sozialamt – Abteilung Planung und Steuerung
""",
         intent="pre_registration", name="Claudia Meier", member=True, persons=3,
         people=["Dr. Jens Hartmann", "Aylin Demir"], people_members=[False, False],
         organization="Stadt Uelzingen, Sozialamt – Abteilung Planung und Steuerung",
         note="Numbered list of persons, each with membership; the sender is person 1."),

    mail("pr-t07-parkplaetze-frage.eml",
         frm=("Rüdiger Olbrich", "r.olbrich@gemeinde-tarnow.example"),
         subject="Anmeldung Jahrestagung / Anreise",
         date="Fri, 18 Apr 2025 12:31:10 +0200", client="thunderbird",
         body="""Guten Tag,

ich melde mich unverbindlich für die Jahrestagung an. Gibt es am Tagungsort Parkplätze, oder sollte ich besser mit der Bahn kommen?

Freundliche Grüße
Rüdiger Olbrich
Gemeinde Tarnow, Hauptamt
""",
         intent="pre_registration", questions=1, name="Rüdiger Olbrich",
         organization="Gemeinde Tarnow, Hauptamt",
         note="Two things in one mail: the pre-registration (act) and a parking question (a person answers)."),

    mail("pr-t08-ohne-umlaute.eml",
         frm=("Joerg Paulsen", "jpaulsen@amt-suederholm.example"),
         subject="Voranmeldung fuer Koeln",
         date="Sat, 19 Apr 2025 07:58:45 +0200", client="roundcube",
         body="""Guten Tag,

hiermit moechte ich mich fuer die Jahrestagung in Koeln vormerken lassen. Ueber die Zusendung des Programms wuerde ich mich freuen.

Gruesse aus dem Norden
Joerg Paulsen
Amt Suederholm - Sozialverwaltung
""",
         intent="pre_registration", name="Joerg Paulsen",
         organization="Amt Suederholm - Sozialverwaltung",
         note="No umlauts (ae/oe/ue), 'vormerken lassen'; the programme request is what the agent sends anyway (no question)."),

    mail("pr-t09-latin1-qp.eml",
         frm=("Gisela Wöhrmann", "gisela.woehrmann@stadt-altenkamp.example"),
         subject="Teilnahme an der Jahrestagung - Voranmeldung", header_charset="iso-8859-1",
         date="Mon, 21 Apr 2025 10:15:00 +0200", charset="iso-8859-1", cte="quoted-printable",
         client="outlook",
         body="""Sehr geehrtes Team der Geschäftsstelle,

ich würde gern an der Jahrestagung 2025 in Köln teilnehmen und melde mich hiermit vorab an. Die Genehmigung der Dienstreise durch unseren Bürgermeister steht noch aus; ich gehe aber fest davon aus, dass es klappt.

Mit freundlichen Grüßen
Gisela Wöhrmann

Stadt Altenkamp
Fachbereich Bildung, Soziales und Integration
Schulstraße 12 · 31199 Altenkamp
""",
         intent="pre_registration", name="Gisela Wöhrmann",
         organization="Stadt Altenkamp, Fachbereich Bildung, Soziales und Integration",
         note="ISO-8859-1, quoted-printable, encoded display name; 'melde mich vorab an'."),

    mail("pr-t10-html-only-owa.eml",
         frm=("Tamara Jovanović", "tamara.jovanovic@kreis-ostheide.example"),
         subject="AW: Vorankündigung VSOP-Jahrestagung 2025", client="outlook-web",
         date="Mon, 21 Apr 2025 15:02:33 +0200", html_only=True,
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
Liebes VSOP-Team,<br><br>
sehr gerne möchte ich mir einen Platz für die Tagung reservieren. Bitte betrachten Sie dies als meine unverbindliche Voranmeldung.<br><br>
Beste Grüße<br>Tamara Jovanović</div>
<div style="font-family:Aptos,sans-serif;font-size:9pt;color:#555">Kreis Ostheide<br>Stabsstelle Sozialplanung<br>Kreishaus, Zimmer 2.14</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>Von:</b> VSOP Geschäftsstelle &lt;geschaeftsstelle@vsop.de&gt;<br>
<b>Gesendet:</b> Montag, 14. April 2025 08:00<br><b>Betreff:</b> Vorankündigung VSOP-Jahrestagung 2025</font></div>
<div>Wir bitten aufgrund der begrenzten Plätze um eine unverbindliche Voranmeldung bis zum 2. Juni 2025. Ihre verbindliche Anmeldung mit Zahlungsvereinbarung benötigen wir bis zum 4. Juli 2025. Teilnahmegebühr: 250 € VSOP-Mitglieder; 300 € Nicht-Mitglieder</div>
</body></html>
""",
         intent="pre_registration", name="Tamara Jovanović",
         organization="Kreis Ostheide, Stabsstelle Sozialplanung",
         note="HTML only (Outlook on the web), reply above the quoted announcement (fees and 'verbindliche Anmeldung' only in the quote)."),

    mail("pr-t11-antwort-auf-ankuendigung-thunderbird.eml",
         frm=("Dr. Matthias Quandt", "quandt@sozialplanung-quandt.example"),
         subject="Re: Vorankündigung VSOP-Jahrestagung 2025", client="thunderbird",
         in_reply_to="<ankuendigung-2025@vsop.de>",
         date="Tue, 22 Apr 2025 09:48:27 +0200",
         body=f"""Hiermit melde ich mich vor. Ich bin freiberuflich als Berater für Kommunen tätig und Mitglied im VSOP.

Dr. Matthias Quandt
Büro für kommunale Sozialplanung, Quandt & Partner

Am 14.04.25 um 08:00 schrieb VSOP Geschäftsstelle:
{q(ANNOUNCEMENT)}
""",
         intent="pre_registration", name="Matthias Quandt", title="Dr.", member=True,
         organization="Büro für kommunale Sozialplanung, Quandt & Partner",
         note="Thunderbird reply above the quoted announcement, which itself mentions fees and deadlines; title in the display name."),

    mail("pr-t12-iphone-kurz.eml",
         frm=("Nadine Fröhlich", "nadine.froehlich@kreis-ostheide.example"),
         subject="Tagung Köln", client="iphone",
         date="Tue, 22 Apr 2025 18:22:09 +0200",
         body="""Bitte merken Sie mich für Köln vor! Danke und Gruß, N. Fröhlich

Von meinem iPhone gesendet
""",
         intent="pre_registration", name="Nadine Fröhlich",
         note="One line from a phone; the text gives only initial + surname, the display name the full name; no organisation stated (the domain is not a statement)."),

    mail("pr-t13-weiterleitung-der-chefin.eml",
         frm=("Lea Hinrichsen", "lea.hinrichsen@stadt-brueckenfeld.example"),
         subject="WG: Vorankündigung VSOP-Jahrestagung 2025", client="outlook",
         date="Wed, 23 Apr 2025 11:11:11 +0200",
         body=f"""Sehr geehrte Damen und Herren,

meine Amtsleiterin hat mir Ihre Vorankündigung weitergeleitet (siehe unten). Ich würde mich gern für die Tagung vormerken lassen.

Freundliche Grüße
Lea Hinrichsen
Stadt Brückenfeld, Jugendamt

-----Ursprüngliche Nachricht-----
Von: Albers, Petra <petra.albers@stadt-brueckenfeld.example>
Gesendet: Dienstag, 22. April 2025 16:40
An: Hinrichsen, Lea <lea.hinrichsen@stadt-brueckenfeld.example>
Betreff: WG: Vorankündigung VSOP-Jahrestagung 2025

Liebe Lea, wäre das was für dich? Ich würde die Reise genehmigen. Petra

-----Ursprüngliche Nachricht-----
Von: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>
Gesendet: Montag, 14. April 2025 08:00
Betreff: Vorankündigung VSOP-Jahrestagung 2025

{ANNOUNCEMENT}
""",
         intent="pre_registration", name="Lea Hinrichsen",
         organization="Stadt Brückenfeld, Jugendamt",
         note="Outlook forward chain: the boss's note and the announcement below '-----Ursprüngliche Nachricht-----'; only the top counts."),

    mail("pr-t14-zu-zweit-unbenannt.eml",
         frm=("Bettina Lorenzen", "b.lorenzen@amt-kirchwerder.example"),
         subject="Voranmeldung 2 Personen",
         date="Wed, 23 Apr 2025 13:05:48 +0200", client="thunderbird-old",
         body="""Hallo zusammen,

wir kommen voraussichtlich zu zweit – meine Kollegin aus der Jugendhilfeplanung und ich. Bitte reservieren Sie uns vorläufig zwei Plätze. Den Namen meiner Kollegin reiche ich nach.

Gruß
Bettina Lorenzen
Amt Kirchwerder
""",
         intent="pre_registration", name="Bettina Lorenzen", persons=2,
         organization="Amt Kirchwerder",
         note="Two persons, the second not named (no people)."),

    mail("pr-t15-hotel-und-vegetarisch.eml",
         frm=("Ines Marquardt", "ines.marquardt@lk-wendisch.example"),
         subject="Voranmeldung und zwei Fragen",
         date="Thu, 24 Apr 2025 08:30:12 +0200", client="outlook",
         body="""Sehr geehrte Damen und Herren,

ich möchte mich gerne für die Jahrestagung voranmelden.

Zwei Fragen hätte ich noch: Haben Sie ein Hotelkontingent in der Nähe des Tagungsortes? Und wird es beim Mittagessen auch eine vegane Option geben?

Herzliche Grüße
Ines Marquardt
Landkreis Wendisch
Fachdienst Sozialplanung und Controlling
""",
         intent="pre_registration", questions=2, name="Ines Marquardt",
         organization="Landkreis Wendisch, Fachdienst Sozialplanung und Controlling",
         note="Pre-registration with two questions riding along (hotel, vegan food)."),

    mail("pr-t16-institutionelles-mitglied.eml",
         frm=("Frank Tiedemann", "frank.tiedemann@landkreis-schaumwald.example"),
         subject="Jahrestagung 2025 – Vormerkung",
         date="Thu, 24 Apr 2025 14:50:00 +0200", client="outlook",
         body="""Guten Tag,

der Landkreis Schaumwald ist institutionelles Mitglied im VSOP. Ich würde gern für uns einen Platz auf der Tagung vormerken lassen; wer genau fährt, klären wir intern noch, vermutlich werde ich das sein.

Mit freundlichem Gruß
Frank Tiedemann
Landkreis Schaumwald – Der Landrat
Amt 50 – Soziales
""",
         intent="pre_registration", name="Frank Tiedemann", member=True,
         organization="Landkreis Schaumwald – Der Landrat, Amt 50 – Soziales",
         note="Membership only as 'institutionelles Mitglied' of the county."),

    mail("pr-t17-platz-reservieren-dienstreise.eml",
         frm=("Kerstin Ahlers", "kerstin.ahlers@stadt-wittenmoor.example"),
         subject="Platz für Köln",
         date="Fri, 25 Apr 2025 10:20:31 +0200", client="outlook",
         body="""Liebe Kolleginnen und Kollegen vom VSOP,

meine Dienstreisegenehmigung läuft noch durch die Hausspitze, aber ich möchte mir gern schon einmal einen Platz sichern, bevor alles voll ist.

Viele Grüße aus Wittenmoor
Kerstin Ahlers
Stadt Wittenmoor, Büro für Sozialplanung
""",
         intent="pre_registration", name="Kerstin Ahlers",
         organization="Stadt Wittenmoor, Büro für Sozialplanung",
         note="No 'Voranmeldung' word: 'einen Platz sichern' while the trip approval is pending."),

    mail("pr-t18-android-base64.eml",
         frm=("Sven Carstensen", "sven.carstensen@gemeinde-hollerup.example"),
         subject="Voranmeldung", client="android", cte="base64",
         date="Fri, 25 Apr 2025 19:03:44 +0200",
         body="""Hallo,
ich möchte mich gern unverbindlich anmelden für die Tagung im September.
Sven Carstensen, Gemeinde Hollerup

Von meinem Samsung Galaxy Smartphone gesendet.
""",
         intent="pre_registration", name="Sven Carstensen", organization="Gemeinde Hollerup",
         note="Base64 body from a phone; organisation after the name on one line."),

    mail("pr-t19-lange-signatur-disclaimer.eml",
         frm=("Dorothea Kempf", "dorothea.kempf@kreis-gandersheim-land.example"),
         subject="Unverbindliche Voranmeldung – VSOP-Jahrestagung", client="outlook",
         date="Mon, 28 Apr 2025 08:14:56 +0200",
         body="""Sehr geehrte Damen und Herren,

bitte notieren Sie mich als Interessentin für die Jahrestagung am 25. und 26. September 2025. Ich melde mich hiermit unverbindlich an.

Mit freundlichen Grüßen
Im Auftrag

Dorothea Kempf
Referentin für Sozial- und Pflegeplanung

Landkreis Gandersheim-Land
Dezernat 2 – Gesundheit, Soziales und Integration
Fachbereich 50 – Soziales
Sachgebiet 50.1 – Planung und Steuerung
Bahnhofstraße 4
37580 Gandersheim
Telefon: 05382 70-1540 | Telefax: 05382 70-1599
E-Mail: dorothea.kempf@kreis-gandersheim-land.example
Internet: www.kreis-gandersheim-land.example

Öffnungszeiten: Mo–Fr 8.30–12.00 Uhr, Do 14.00–17.30 Uhr

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
""",
         intent="pre_registration", name="Dorothea Kempf",
         organization="Landkreis Gandersheim-Land, Dezernat 2 – Gesundheit, Soziales und Integration, Fachbereich 50 – Soziales, Sachgebiet 50.1 – Planung und Steuerung",
         note="Long signature: Dezernat, Fachbereich, Sachgebiet, phone, opening hours, disclaimer ('vertrauliche', 'Absender')."),

    mail("pr-t20-english-remote-question.eml",
         frm=("Anna Lindqvist", "anna.lindqvist@malmo-stad.example"),
         subject="Registration of interest – VSOP conference",
         date="Mon, 28 Apr 2025 13:37:20 +0200", client="outlook",
         body="""Hello,

Please register my interest in attending the VSOP conference in September (pre-registration only for now).

Is there any possibility to follow parts of the programme remotely, in case my trip is not approved?

Best wishes,
Anna Lindqvist
Senior Analyst, Social Services Administration
City of Malmö (example)
""",
         intent="pre_registration", language="en", questions=1, name="Anna Lindqvist",
         organization="Social Services Administration, City of Malmö (example)",
         note="English pre-registration plus a question about remote participation."),

    mail("pr-t21-tippfehler.eml",
         frm=("Mehmet Yıldız", "m.yildiz@stadt-grevenbrock.example"),
         subject="Vorranmeldung Tagung",
         date="Tue, 29 Apr 2025 07:12:05 +0200", client="gmx",
         body="""Halo,

hirmit möchet ich mich vorregistriren für die tagung in köln im septmber. bin kein mitgleid.

mfg Mehmet Yıldız
Stadt Grevenbrock Sozialamt
""",
         intent="pre_registration", name="Mehmet Yıldız", member=False,
         organization="Stadt Grevenbrock Sozialamt",
         note="Many typos ('Vorranmeldung', 'vorregistriren', 'mitgleid'), lower case."),

    mail("pr-t22-sekretariat-team-sternchen.eml",
         frm=("Vorzimmer Fachbereichsleitung", "fbl-soziales@stadt-lohmar-sued.example"),
         subject="Voranmeldung Kolleg*innen FB Soziales",
         date="Tue, 29 Apr 2025 11:46:39 +0200", client="outlook",
         body="""Sehr geehrte Damen und Herren,

für den Fachbereich Soziales der Stadt Lohmar-Süd melde ich folgende Kolleg*innen vorläufig zur Jahrestagung an:

- Frau Miriam Schütte
- Herrn Tobias Engel
- Frau Dr. Renate Vogt

Ich selbst nehme nicht teil. Bitte senden Sie Programm und Formular an diese Sammeladresse.

Mit freundlichen Grüßen
i. A. Heike Sommer
Vorzimmer der Fachbereichsleitung
""",
         intent="pre_registration", name="Miriam Schütte", persons=3,
         people=["Tobias Engel", "Dr. Renate Vogt"],
         organization="Stadt Lohmar-Süd, Fachbereich Soziales",
         note="Front office registers three colleagues, not herself; 'Kolleg*innen'; 'Frau/Herrn' are salutations, not part of the names; organisation only in a sentence ('für den Fachbereich Soziales der Stadt Lohmar-Süd', written as Stadt first)."),

    mail("pr-t23-verein-im-satz.eml",
         frm=("Ulrike Brenner", "ulrike.brenner@paritaet-niedersachsen.example"),
         subject="Jahrestagung Sozialplanung",
         date="Wed, 30 Apr 2025 16:25:14 +0200", client="thunderbird",
         body="""Hallo liebes VSOP-Team,

ich arbeite beim Paritätischen Wohlfahrtsverband Niedersachsen und begleite dort mehrere Kreise bei der Sozialplanung. Für Ihre Tagung möchte ich mich deshalb gern vormerken lassen – unverbindlich, die Freigabe kommt erst im Juni.

Beste Grüße
Ulrike Brenner
""",
         intent="pre_registration", name="Ulrike Brenner",
         organization="Paritätischer Wohlfahrtsverband Niedersachsen",
         note="Organisation only in a sentence, inflected ('beim Paritätischen ...'); label is the nominative."),

    mail("pr-t24-kein-mitglied-gmail-zitat.eml",
         frm=("Christoph Wendland", "christoph.wendland@kreis-rodenberg.example"),
         subject="Re: Vorankündigung VSOP-Jahrestagung 2025",
         in_reply_to="<ankuendigung-2025@vsop.de>",
         date="Wed, 30 Apr 2025 20:01:55 +0200",
         body=f"""Guten Abend,

ich bin zwar (noch) kein Mitglied, würde aber gern teilnehmen und melde mich deshalb schon einmal unverbindlich an.

Christoph Wendland
Kreis Rodenberg, Koordinierungsstelle Integration

Am Mo., 14. Apr. 2025 um 08:00 Uhr schrieb VSOP Geschäftsstelle <
geschaeftsstelle@vsop.de>:

{q(ANNOUNCEMENT)}
""",
         intent="pre_registration", name="Christoph Wendland", member=False,
         organization="Kreis Rodenberg, Koordinierungsstelle Integration",
         note="Gmail quoting with the attribution broken over two lines; '(noch) kein Mitglied'."),

    mail("pr-t25-prof-apple-mail.eml",
         frm=("Prof. Dr. Heike Landwehr", "landwehr@hs-oberweser.example"),
         subject="Voranmeldung zur VSOP-Jahrestagung", client="apple",
         date="Fri, 2 May 2025 09:09:09 +0200",
         body="""Liebe Kolleginnen und Kollegen,

ich melde mich gern für die Jahrestagung vor und würde, falls gewünscht, auch ein paar Ergebnisse aus unserem Forschungsprojekt zur integrierten Planung mitbringen.

Herzliche Grüße
Heike Landwehr

—
Prof. Dr. Heike Landwehr
Hochschule Oberweser
Fakultät Soziale Arbeit und Gesundheit
""",
         intent="pre_registration", name="Heike Landwehr", title="Prof. Dr.",
         organization="Hochschule Oberweser, Fakultät Soziale Arbeit und Gesundheit",
         note="Professor; an offer (not a question) to contribute; title only in the signature block."),

    mail("pr-t26-interesse-programm-schicken.eml",
         frm=("Benedikt Ruhnau", "benedikt.ruhnau@stadt-hameloh.example"),
         subject="Interesse an der Jahrestagung",
         date="Fri, 2 May 2025 11:40:41 +0200", client="outlook",
         body="""Sehr geehrte Damen und Herren,

ich habe Interesse an einer Teilnahme an Ihrer Jahrestagung und bitte Sie, mir das Programm und das Anmeldeformular zuzusenden. Betrachten Sie das gern als Voranmeldung.

Mit freundlichen Grüßen
Benedikt Ruhnau
Stadt Hameloh – Amt für Familie und Soziales
""",
         intent="pre_registration", name="Benedikt Ruhnau",
         organization="Stadt Hameloh – Amt für Familie und Soziales",
         note="Interest + 'Programm zusenden', explicitly meant as pre-registration."),

    mail("pr-t27-fortbildung-anerkannt.eml",
         frm=("Svenja Dreyer", "svenja.dreyer@kreis-lemgau.example"),
         subject="Voranmeldung + Fortbildungsnachweis?",
         date="Mon, 5 May 2025 08:22:10 +0200", client="outlook",
         body="""Guten Morgen,

ich möchte mich für die Jahrestagung voranmelden.

Könnten Sie mir sagen, ob die Teilnahme als Fortbildung anerkannt wird bzw. ob es eine Teilnahmebescheinigung mit Stundenumfang gibt? Das brauche ich für den Antrag bei unserer Personalabteilung.

Viele Grüße
Svenja Dreyer
Kreis Lemgau, Jugendamt
""",
         intent="pre_registration", questions=1, name="Svenja Dreyer",
         organization="Kreis Lemgau, Jugendamt",
         note="Pre-registration + one question (certificate/continuing education), asked politely as 'Könnten Sie mir sagen'."),

    mail("pr-t28-notes-weiterleitung.eml",
         frm=("Jürgen Hasselbach", "Juergen.Hasselbach@kreis-talheim.example"),
         subject="Fw: Vorankündigung VSOP-Jahrestagung 2025", client="notes",
         date="Mon, 5 May 2025 13:58:02 +0200",
         body=f"""Hallo,

bitte merken Sie mich und meinen Kollegen Arne Wiebe für die Tagung vor.

Gruß
Jürgen Hasselbach
Kreis Talheim - Sozialplanung

----- Weitergeleitet von Jürgen Hasselbach/Kreis am 05.05.2025 13:55 -----

Von:    "VSOP Geschäftsstelle" <geschaeftsstelle@vsop.de>
An:     juergen.hasselbach@kreis-talheim.example
Datum:  14.04.2025 08:00
Betreff:        Vorankündigung VSOP-Jahrestagung 2025

{ANNOUNCEMENT}
""",
         intent="pre_registration", name="Jürgen Hasselbach", persons=2, people=["Arne Wiebe"],
         organization="Kreis Talheim - Sozialplanung",
         note="HCL Notes forward header ('----- Weitergeleitet von ...'), two persons, the colleague named in a sentence."),

    mail("pr-t29-zwei-personen-mitgliedschaft-locker.eml",
         frm=("Maren Thode", "maren.thode@amt-geestland.example"),
         subject="Wir zwei für Köln",
         date="Tue, 6 May 2025 10:10:10 +0200", client="thunderbird",
         body="""Moin VSOP,

Jan Heitmann und ich würden gern mitkommen – erstmal unverbindlich. Ich bin Mitglied, Jan (noch) nicht.

Schönen Gruß
Maren Thode
Amt Geestland
""",
         intent="pre_registration", name="Maren Thode", member=True, persons=2,
         people=["Jan Heitmann"], people_members=[False], organization="Amt Geestland",
         note="Two persons with per-person membership in a sentence, not a list."),

    mail("pr-t30-moin-emoji.eml",
         frm=("Paula Reents", "paula.reents@stadt-norderhafen.example"),
         subject="Bin dabei 🙂",
         date="Tue, 6 May 2025 22:47:36 +0200", client="iphone",
         body="""Moin! Ich wär gern bei der Jahrestagung dabei, bitte setzt mich auf die Liste der Vorangemeldeten 🙂

Paula

Von meinem iPhone gesendet
""",
         intent="pre_registration", name="Paula Reents",
         note="Informal, emoji in subject and body; first name in the text, full name only in the display name."),

    mail("pr-t31-english-two-persons.eml",
         frm=("Katarzyna Nowak", "k.nowak@stadt-frankenau.example"),
         subject="Registration for two persons",
         date="Wed, 7 May 2025 09:30:00 +0200", client="outlook",
         body="""Dear Sir or Madam,

we are two persons from the city of Frankenau, social planning department, and we would like to pre-register for the annual meeting in Cologne: me (Katarzyna Nowak) and my colleague Daniel Roth. We are both not members.

Best regards
Katarzyna Nowak
""",
         intent="pre_registration", language="en", name="Katarzyna Nowak", member=False,
         persons=2, people=["Daniel Roth"], people_members=[False],
         organization="City of Frankenau, social planning department",
         note="German-English; organisation in a sentence ('from the city of Frankenau, social planning department'); both non-members."),

    mail("pr-t32-cp1252-qp-gedankenstrich.eml",
         frm=("Wiebke Harms", "wiebke.harms@kreis-moorland.example"),
         subject="Voranmeldung – Jahrestagung 2025", header_charset="windows-1252",
         date="Wed, 7 May 2025 14:14:14 +0200", charset="windows-1252", cte="quoted-printable",
         client="outlook",
         body="""Sehr geehrte Damen und Herren,

ich möchte mich – zunächst unverbindlich – für die Jahrestagung „Integrierte Sozialplanung“ anmelden.

Mit freundlichen Grüßen

Wiebke Harms
Kreis Moorland
Der Landrat – Sozialamt
""",
         intent="pre_registration", name="Wiebke Harms",
         organization="Kreis Moorland, Der Landrat – Sozialamt",
         note="windows-1252 quoted-printable with typographic dashes and quotes."),

    mail("pr-t33-minimal.eml",
         frm=("Arne Petersen", "arne.petersen@gemeinde-luettjenburg.example"),
         subject="Köln",
         date="Thu, 8 May 2025 07:45:00 +0200",
         body="""Ich bin dabei – vorerst unverbindlich.
A. Petersen
""",
         intent="pre_registration", name="Arne Petersen",
         note="Minimal mail, subject only 'Köln'."),

    mail("pr-t34-300-euro-eingeplant.eml",
         frm=("Corinna Lüders", "corinna.lueders@stadt-bad-wennigsen.example"),
         subject="Voranmeldung Jahrestagung",
         date="Thu, 8 May 2025 10:05:23 +0200", client="outlook",
         body="""Guten Tag,

die 300 € Teilnahmegebühr sind bei uns im Haushalt eingeplant, daher melde ich mich schon einmal unverbindlich an. Die verbindliche Anmeldung schicke ich Ihnen im Juni.

Freundliche Grüße
Corinna Lüders
Stadt Bad Wennigsen, Fachbereich 3
""",
         intent="pre_registration", name="Corinna Lüders", member=False,
         organization="Stadt Bad Wennigsen, Fachbereich 3",
         note="Membership only from the fee quoted (300 € = non-member); mentions the later binding registration (future, not now)."),

    mail("pr-t35-barrierefreiheit.eml",
         frm=("Thomas Grabowski", "thomas.grabowski@lk-eichenried.example"),
         subject="Voranmeldung / Barrierefreiheit",
         date="Fri, 9 May 2025 09:19:44 +0200", client="outlook",
         body="""Sehr geehrte Damen und Herren,

hiermit melde ich mich unverbindlich zur Jahrestagung an. Ich bin Rollstuhlfahrer: Ist der Tagungsraum barrierefrei erreichbar?

Mit freundlichen Grüßen
Thomas Grabowski
Landkreis Eichenried, Behindertenbeauftragter
""",
         intent="pre_registration", questions=1, name="Thomas Grabowski",
         organization="Landkreis Eichenried",
         note="Pre-registration + accessibility question; 'Behindertenbeauftragter' is his role, not an organisational unit."),

    mail("pr-t36-dienstadresse-nennen.eml",
         frm=("Melanie Kurz", "melanie.kurz1984@freemail.example"),
         subject="Voranmeldung (bitte an Dienstadresse antworten)",
         date="Fri, 9 May 2025 20:33:12 +0200", client="gmx",
         body="""Hallo,

ich schreibe von privat, weil unser Dienstpostfach gerade streikt. Ich möchte mich für die Jahrestagung vormerken lassen. Bitte schicken Sie alles an meine Dienstadresse: melanie.kurz@kreis-hasetal.example

Danke!
Melanie Kurz
Kreis Hasetal, Sozialplanung
""",
         intent="pre_registration", name="Melanie Kurz",
         email="melanie.kurz@kreis-hasetal.example",
         organization="Kreis Hasetal, Sozialplanung",
         note="Private sender address; the mail names the work address to answer."),

    mail("pr-t37-english-count-me-in.eml",
         frm=("Rebecca Holt", "rholt@urbaninstitute.example"),
         subject="Count me in (tentatively)",
         date="Mon, 12 May 2025 15:55:02 +0200",
         body="""Hi there,

Count me in for Cologne – tentatively! I'll send the binding form as soon as my director signs off on the trip.

Cheers,
Rebecca Holt
Urban Policy Institute (example)
""",
         intent="pre_registration", language="en", name="Rebecca Holt",
         organization="Urban Policy Institute (example)",
         note="Colloquial English; the binding form is mentioned as future."),

    mail("pr-t38-auf-die-liste.eml",
         frm=("Gerd Wellmann", "gerd.wellmann@stadt-kaltenhusen.example"),
         subject="Jahrestagung",
         date="Tue, 13 May 2025 08:08:08 +0200", client="outlook",
         body="""Guten Morgen Frau Sievers,

Sie können mich gerne schon mal auf die Liste für Köln setzen. Wie immer als Mitglied.

Gruß aus Kaltenhusen
Gerd Wellmann
""",
         intent="pre_registration", name="Gerd Wellmann", member=True,
         note="Addresses a staff member by name; 'auf die Liste setzen'; 'als Mitglied'."),

    mail("pr-t39-sekretariat-englisch-boss.eml",
         frm=("Office of the Director", "director.office@euro-social-network.example"),
         subject="Pre-registration on behalf of Dr. Marc Dubois",
         date="Tue, 13 May 2025 11:21:37 +0200", client="outlook",
         body="""Dear VSOP team,

On behalf of Dr. Marc Dubois, Director of the European Social Network (example), I would like to pre-register him for your annual conference in Cologne. Please send the programme and further information to his address, marc.dubois@euro-social-network.example.

Kind regards,
Julie Martin
Executive Assistant
""",
         intent="pre_registration", language="en", name="Marc Dubois", title="Dr.",
         email="marc.dubois@euro-social-network.example",
         organization="European Social Network (example)",
         note="English secretary writing for her director, his address named."),

    mail("pr-t40-qp-rueckfragen-formel.eml",
         frm=("Sabine Oltmanns", "sabine.oltmanns@stadt-wiesmoor-nord.example"),
         subject="Voranmeldung", cte="quoted-printable", client="thunderbird",
         date="Wed, 14 May 2025 12:12:12 +0200",
         body="""Hallo,

für die Tagung im September merke ich mich gern vor. Ich freue mich schon auf den Austausch mit Kolleginnen und Kollegen aus anderen Kommunen – bei uns ist das Thema integrierte Sozialplanung gerade ganz oben auf der Agenda.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Viele Grüße
Sabine Oltmanns
Stadt Wiesmoor-Nord
Fachdienst Soziales und Wohnen
""",
         intent="pre_registration", name="Sabine Oltmanns",
         organization="Stadt Wiesmoor-Nord, Fachdienst Soziales und Wohnen",
         note="UTF-8 quoted-printable; 'Für Rückfragen stehe ich zur Verfügung' is a formula, not a question."),
]
