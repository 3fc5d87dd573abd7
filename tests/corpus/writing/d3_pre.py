"""DEVELOPMENT set 3: pre-registrations (Bavaria/Franconia, Hesse, Bremen, Schleswig-Holstein,
Austria, Switzerland; English of several kinds). Written apart; tune on these after dev3's
first measure was recorded."""

from d3_quote import apple, mobile_en, notes, owa, owa_en, roundcube
from make_corpus import mail

STD = "Save the Date: VSOP-Jahrestagung 25./26. September 2025 in Köln"
STD_EN = "Save the date: VSOP annual conference, Cologne, 25-26 September 2025"

MAILS = [
    mail("pr-f01-owa-landratsamt-franken.eml",
         frm=("Hufnagel, Regina (LRA AM)", "regina.hufnagel@lra-altmuehlfranken.example"),
         subject="AW: " + STD, client="outlook-web",
         date="Tue, 15 Apr 2025 08:47:00 +0200",
         body="""Guten Morgen Frau Wendt,

bitte halten Sie mir einen Platz frei, ich plane fest mit Köln. Die Reisegenehmigung hole ich noch ein.

Freundliche Grüße
Regina Hufnagel

Landratsamt Altmühlfranken
Sachgebiet 24 – Soziale Planung und Senioren
Ringstraße 3, 91781 Weißenbrück
Telefon 09141 902-417

""" + owa("savethedate", "Montag, 14. April 2025 10:02", "Hufnagel, Regina (LRA AM)", STD),
         intent="pre_registration", name="Regina Hufnagel",
         organization="Landratsamt Altmühlfranken, Sachgebiet 24 – Soziale Planung und Senioren",
         note="OWA reply above the quoted save-the-date; display name 'Surname, Firstname (LRA AM)' with an office tag; 'Platz freihalten' = pre-registration."),

    mail("pr-f02-servus-oberpfalz.eml",
         frm=("Sepp Kranzberger", "sepp.kranzberger@markt-hirschau-ost.example"),
         subject="Jahrestagung", client="android",
         date="Tue, 15 Apr 2025 19:33:00 +0200",
         body="""Servus miteinander,

mi dürfts scho amoi vormerka fia Köln, i bin im Verein ja Mitglied. Ob i wirklich kimm, sog i eich im Juni.

Pfiade
Sepp Kranzberger
Markt Hirschau-Ost, Bürgerbüro
""",
         intent="pre_registration", name="Sepp Kranzberger", member=True,
         organization="Markt Hirschau-Ost, Bürgerbüro",
         note="Bavarian dialect written as spoken ('mi dürfts scho amoi vormerka', 'i bin ... Mitglied'); Android, no footer."),

    mail("pr-f03-sekretariat-buergermeister-hessen.eml",
         frm=("Sekretariat Bürgermeister", "sekretariat.bm@lahnfelden.example"),
         subject="Voranmeldung Bürgermeister Prof. Dr. Armin Weigand", client="outlook",
         date="Wed, 16 Apr 2025 10:15:00 +0200",
         body="""Sehr geehrte Frau Wendt,

Herr Bürgermeister Prof. Dr. Armin Weigand lässt sich für die Jahrestagung in Köln vormerken. Bitte richten Sie alle weiteren Nachrichten direkt an ihn: armin.weigand@lahnfelden.example.

Mit freundlichen Grüßen
im Auftrag

Petra Seibel
Sekretariat des Bürgermeisters
Universitätsstadt Lahnfelden
Rathaus, Marktplatz 1, 35390 Lahnfelden
""",
         intent="pre_registration", name="Armin Weigand", title="Prof. Dr.",
         email="armin.weigand@lahnfelden.example", organization="Universitätsstadt Lahnfelden",
         note="Secretary for the mayor; his address in the text is the attendee's; 'Bürgermeister' is an office; the secretary's office line is not his organisation (the town is)."),

    mail("pr-f04-moin-kreis-nordsee.eml",
         frm=("Hauke Petersen", "h.petersen@kreis-eiderland.example"),
         subject="Moin – Köln im September", client="thunderbird",
         date="Wed, 16 Apr 2025 13:02:00 +0200",
         body="""Moin Frau Wendt,

kurz und knapp: Ich wär gern dabei, schreiben Sie mich bitte erstmal unverbindlich auf. Mitglied bin ich nicht, unser Kreis auch nicht.

Moin moin
Hauke Petersen
Kreis Eiderland | Fachdienst Eingliederungshilfe
Am Hafen 9 | 25813 Husumer Koog
""",
         intent="pre_registration", name="Hauke Petersen", member=False,
         organization="Kreis Eiderland, Fachdienst Eingliederungshilfe",
         note="Northern colloquial ('Ich wär gern dabei', 'schreiben Sie mich ... auf'); units after '|'; 'Mitglied bin ich nicht' word order."),

    mail("pr-f05-magistrat-wien-art.eml",
         frm=("Mag.a Elisabeth Pointner", "elisabeth.pointner@magistrat-innauen.example"),
         subject="Voranmeldung Jahrestagung", client="outlook",
         date="Thu, 17 Apr 2025 09:20:00 +0200",
         body="""Sehr geehrte Damen und Herren!

Ich ersuche höflich um eine unverbindliche Voranmeldung für Ihre Jahrestagung im September. Eine Mitgliedschaft beim VSOP besteht nicht.

Mit freundlichen Grüßen

Mag.a Elisabeth Pointner
Magistrat der Stadt Innauen
Abteilung Soziales und Gesundheit
Rathausplatz 2, A-6020 Innauen
""",
         intent="pre_registration", name="Elisabeth Pointner", member=False,
         organization="Magistrat der Stadt Innauen, Abteilung Soziales und Gesundheit",
         note="Austrian formal ('Ich ersuche höflich um', '!' after the greeting); 'Mag.a' is an Austrian academic degree but not a title of the label's kind (Dr./Prof.) — left out."),

    mail("pr-f06-gruezi-schweiz.eml",
         frm=("Beat Zürcher", "beat.zuercher@aarwil.example"),
         subject="Anmeldung (provisorisch) Jahrestagung Köln", client="apple",
         date="Thu, 17 Apr 2025 14:44:00 +0200",
         body="""Grüezi Frau Wendt

Gerne melde ich mich provisorisch für die Tagung an. Definitiv entscheiden kann ich erst nach den Sommerferien des Stadtrats, ich hoffe, das ist in Ordnung so.

Freundliche Grüsse
Beat Zürcher
Leiter Fachstelle Alter
Stadt Aarwil, Departement Soziales
""",
         intent="pre_registration", name="Beat Zürcher",
         organization="Stadt Aarwil, Departement Soziales",
         note="Swiss German ('Grüezi', 'Grüsse' without ß, 'provisorisch', 'definitiv'); 'Leiter Fachstelle Alter' is a job title line."),

    mail("pr-f07-english-irish-two.eml",
         frm=("Aoife Brennan", "aoife.brennan@corrib-county.example"),
         subject="Re: " + STD_EN, client="outlook-web",
         date="Fri, 18 Apr 2025 11:05:00 +0100",
         body="""Hi Sabine,

Lovely to hear from you. Could you pencil in myself and my colleague Ciarán Duffy? We're both keen but it depends on travel approval, so nothing firm yet.

All the best,
Aoife

Aoife Brennan
Senior Social Inclusion Officer
Corrib County Council, Community Development Section

""" + owa_en("invite_en", "14 April 2025 10:05", "Aoife Brennan", STD_EN),
         intent="pre_registration", language="en", name="Aoife Brennan", persons=2,
         people=["Ciarán Duffy"], organization="Corrib County Council, Community Development Section",
         note="Irish English ('pencil in myself and my colleague'); 'nothing firm yet'; English OWA header block below."),

    mail("pr-f08-roundcube-verein-bremen.eml",
         frm=("Dörte Lüders", "doerte.lueders@nachbarschaftshilfe-weserhaven.example"),
         subject="Re: " + STD, client="roundcube",
         date="Fri, 18 Apr 2025 16:30:00 +0200",
         body="""Hallo Frau Wendt,

wir als kleiner Verein würden gern mit zwei Leuten kommen: ich selbst und unsere Kassenwartin Ilka Brandt. Bitte erst mal nur vormerken, der Vorstand muss noch zustimmen. Wir sind seit letztem Jahr Mitglied.

Herzliche Grüße
Dörte Lüders
Nachbarschaftshilfe Weserhaven e. V.

""" + roundcube("savethedate", "2025-04-14 10:02"),
         intent="pre_registration", name="Dörte Lüders", member=True, persons=2,
         people=["Ilka Brandt"], organization="Nachbarschaftshilfe Weserhaven e. V.",
         note="Roundcube reply above the quote; association as member ('Wir sind ... Mitglied'); a colleague with her role before the name."),

    mail("pr-f09-iphone-kurz.eml",
         frm=("Lukas Höfler", "lukas.hoefler@stadt-regnitzau.example"),
         subject="Re: " + STD, client="iphone",
         date="Sat, 19 Apr 2025 08:12:00 +0200",
         body="""Bin dabei, bitte vormerken!

Lukas Höfler
Stadt Regnitzau – Stabsstelle Integration

Von meinem iPhone gesendet

""" + apple("savethedate", "14.04.2025 um 10:02"),
         intent="pre_registration", name="Lukas Höfler",
         organization="Stadt Regnitzau – Stabsstelle Integration",
         note="Two-word sentence without a subject ('Bin dabei'); iPhone quoting."),

    mail("pr-f10-notes-bezirk.eml",
         frm=("Gunda Reißmann/Bezirk/DE", "gunda.reissmann@bezirk-mainfranken.example"),
         subject="Antwort: Save the Date: VSOP-Jahrestagung 25./26. September 2025 in Köln", client="notes",
         date="Mon, 21 Apr 2025 09:41:00 +0200",
         body="""Sehr geehrte Frau Wendt,

für unsere Sozialverwaltung nehmen voraussichtlich zwei Kolleginnen teil: Frau Gunda Reißmann (ich) und Frau Dr. Hannelore Vierling. Wir bitten um unverbindliche Vormerkung. Der Bezirk ist institutionelles Mitglied.

Mit freundlichen Grüßen
Gunda Reißmann
Bezirk Mainfranken
Sozialverwaltung, Referat S2
""" + notes("savethedate", "14.04.2025 10:02"),
         intent="pre_registration", name="Gunda Reißmann", member=True, persons=2,
         people=["Dr. Hannelore Vierling"],
         organization="Bezirk Mainfranken, Sozialverwaltung, Referat S2",
         note="Notes 'Antwort:' subject and Notes display name with a hierarchy; 'Frau ... (ich)'; institutional membership; 'Kolleginnen'."),

    mail("pr-f11-us-english-nonprofit.eml",
         frm=("Danielle Whitaker", "dwhitaker@civicbridge-fund.example"),
         subject="Conference in Cologne - hold a seat?",
         date="Mon, 21 Apr 2025 15:10:00 -0400", client="apple",
         body="""Hello there,

I heard about your conference from a German colleague and would love to attend. Could you hold a seat for me? I'm not a member of VSOP. I'll confirm once our board approves the travel budget.

Thanks so much!
Danielle Whitaker
Program Director, CivicBridge Fund (example)
Philadelphia, PA
""",
         intent="pre_registration", language="en", name="Danielle Whitaker", member=False,
         organization="CivicBridge Fund (example)",
         note="American English, a request to hold a seat; 'Program Director,' before the organisation on the same line."),

    mail("pr-f12-weitergeleitet-kollegin.eml",
         frm=("Martina Schwab", "martina.schwab@kreis-vogelsberg-sued.example"),
         subject="WG: " + STD, client="outlook",
         date="Tue, 22 Apr 2025 08:30:00 +0200",
         body="""Liebe Frau Wendt,

ich leite Ihre Nachricht weiter, weil meine Kollegin Nora Eckhardt (nora.eckhardt@kreis-vogelsberg-sued.example) gern teilnehmen würde – ich selbst kann leider nicht. Bitte merken Sie Frau Eckhardt unverbindlich vor.

Viele Grüße
Martina Schwab
Kreis Vogelsberg-Süd, Fachbereich Jugend und Familie

-----Ursprüngliche Nachricht-----
Von: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>
Gesendet: Montag, 14. April 2025 10:02
An: Schwab, Martina
Betreff: """ + STD + """

Liebe Kolleginnen und Kollegen,

merken Sie sich bitte den 25. und 26. September 2025 vor: Unsere Jahrestagung findet dieses Mal in Köln statt.
""",
         intent="pre_registration", name="Nora Eckhardt", email="nora.eckhardt@kreis-vogelsberg-sued.example",
         organization="Kreis Vogelsberg-Süd, Fachbereich Jugend und Familie",
         note="A colleague forwards for another, who is the attendee (address in the text); the sender herself will not come; organisation from the sender's signature (same office)."),

    mail("pr-f13-html-only-verband.eml",
         frm=("Jana Ostermann", "jana.ostermann@awo-unterweser.example"),
         subject="Vormerkung Jahrestagung",
         date="Tue, 22 Apr 2025 12:12:00 +0200", html_only=True,
         html="""<html><body><div style="font-family:Arial">Sehr geehrte Damen und Herren,<br><br>
hiermit bitte ich darum, mich für die Jahrestagung vorzumerken.&nbsp;Eine verbindliche Anmeldung folgt, sobald unsere Geschäftsführung zugestimmt hat.<br><br>
Mit freundlichen Grüßen<br>
<b>Jana Ostermann</b><br>
Referentin Quartiersarbeit<br>
AWO Kreisverband Unterweser e.&nbsp;V.<br>
Abteilung Soziale Dienste<br>
</div></body></html>
""",
         intent="pre_registration", name="Jana Ostermann",
         organization="AWO Kreisverband Unterweser e. V., Abteilung Soziale Dienste",
         note="HTML-only with &nbsp; inside 'e. V.'; job title line above the organisation."),

    mail("pr-f14-gruppe-gedankenstriche.eml",
         frm=("Ralf Birkenstock", "ralf.birkenstock@stadt-fuldatal-ost.example"),
         subject="Voranmeldung – 3 Personen Sozialamt", client="thunderbird",
         date="Wed, 23 Apr 2025 10:10:00 +0200",
         body="""Sehr geehrte Frau Wendt,

aus unserem Sozialamt möchten folgende Personen vorangemeldet werden:

- Ralf Birkenstock (Mitglied)
- Simone Kehl (Mitglied)
- Yusuf Demir (kein Mitglied)

Die endgültige Anmeldung reichen wir im Juni nach.

Mit freundlichen Grüßen
Ralf Birkenstock
Stadt Fuldatal-Ost
Sozialamt
""",
         intent="pre_registration", name="Ralf Birkenstock", member=True, persons=3,
         people=["Simone Kehl", "Yusuf Demir"], people_members=[True, False],
         organization="Stadt Fuldatal-Ost, Sozialamt",
         note="Dashed list incl. the sender, membership in parentheses per person."),

    mail("pr-f15-iso-gmx-privat.eml",
         frm=("Renate Kögel", "renate.koegel@gmx.example"),
         subject="Tagung Köln", client="gmx", charset="iso-8859-1", cte="quoted-printable",
         date="Wed, 23 Apr 2025 20:40:00 +0200",
         body="""Guten Abend,

ich würde gerne an der Tagung teilnehmen und bitte um eine Voranmeldung. Ich komme privat, bin aber Mitglied.

Mit freundlichen Grüßen
Renate Kögel
""",
         intent="pre_registration", name="Renate Kögel", member=True,
         note="Private GMX address, ISO-8859-1 quoted-printable; no organisation."),

    mail("pr-f16-chefin-selbst-mit-frage.eml",
         frm=("Prof. Dr. Ursula Kammerlander", "u.kammerlander@hs-donauries.example"),
         subject="Vormerkung + Frage zur Barrierefreiheit", client="outlook",
         date="Thu, 24 Apr 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

bitte nehmen Sie mich in die Liste der Vorangemeldeten auf.

Ist der Tagungsort stufenlos erreichbar? Ich bin seit einer Operation auf einen Rollator angewiesen.

Mit besten Grüßen
Prof. Dr. Ursula Kammerlander
Hochschule Donauries
Fakultät Soziale Arbeit
""",
         intent="pre_registration", questions=1, name="Ursula Kammerlander", title="Prof. Dr.",
         organization="Hochschule Donauries, Fakultät Soziale Arbeit",
         note="Pre-registration plus an accessibility question for a person; title from the display name and the signature."),

    mail("pr-f17-swiss-english.eml",
         frm=("Reto Bachmann", "reto.bachmann@kanton-limmatgau.example"),
         subject="Pre-registration R. Bachmann",
         date="Thu, 24 Apr 2025 11:11:00 +0200", client="outlook",
         body="""Dear Ms Wendt

I would like to register myself provisionally for the annual meeting in Cologne. Please excuse my English, my German is only Swiss German :-)

Kind regards
Reto Bachmann
Canton of Limmatgau
Office for Social Security
""",
         intent="pre_registration", language="en", name="Reto Bachmann",
         organization="Canton of Limmatgau, Office for Social Security",
         note="Swiss writing English; 'register myself provisionally'; no comma after the greeting."),

    mail("pr-f18-assistentin-fuer-dezernentin-mit-adresse.eml",
         frm=("Tanja Rupprecht", "tanja.rupprecht@stadt-pegnitzau.example"),
         cc=("Dr. Friederike Mahr", "friederike.mahr@stadt-pegnitzau.example"),
         subject="Vormerkung für Frau Referentin Dr. Mahr", client="outlook",
         date="Fri, 25 Apr 2025 10:40:00 +0200",
         body="""Sehr geehrte Damen und Herren,

in Vertretung für Frau Berufsmäßige Stadträtin Dr. Friederike Mahr bitte ich um eine vorläufige Platzreservierung. Frau Dr. Mahr steht in Kopie; die weitere Korrespondenz bitte an friederike.mahr@stadt-pegnitzau.example.

Mit freundlichen Grüßen
Tanja Rupprecht
Assistenz des Referats für Soziales
Stadt Pegnitzau
Referat 5 – Soziales, Jugend und Senioren
""",
         intent="pre_registration", name="Friederike Mahr", title="Dr.",
         email="friederike.mahr@stadt-pegnitzau.example",
         organization="Stadt Pegnitzau, Referat 5 – Soziales, Jugend und Senioren",
         note="Franconian 'Berufsmäßige Stadträtin' (an office) before the name; assistant's signature gives the body; boss in Cc and in the text."),

    mail("pr-f19-english-german-assistant.eml",
         frm=("Office Dr. Lindqvist", "office.lindqvist@nordic-welfare-lab.example"),
         subject="Pre-registration for Dr. Henrik Lindqvist",
         date="Fri, 25 Apr 2025 13:30:00 +0200", client="outlook",
         body="""Dear VSOP team,

on behalf of Dr. Henrik Lindqvist I would like to pre-register him for your conference. He is not a member. Please send further information to henrik.lindqvist@nordic-welfare-lab.example.

Best regards
Ingrid Holm
Executive Assistant
Nordic Welfare Lab (example)
""",
         intent="pre_registration", language="en", name="Henrik Lindqvist", title="Dr.",
         email="henrik.lindqvist@nordic-welfare-lab.example", member=False,
         organization="Nordic Welfare Lab (example)",
         note="Assistant for her boss in English, his address in the text; the role mailbox display name."),

    mail("pr-f20-hessisch-locker.eml",
         frm=("Bernd Hofmeister", "bernd.hofmeister@gemeinde-kinzigbach.example"),
         subject="Köln - ich will mit!", client="gmx",
         date="Sat, 26 Apr 2025 11:00:00 +0200",
         body="""Ei gude Frau Wendt,

isch will da unbedingt mit hin. Mache Se mer schonmal e Kreuzsche uff de Liste, fest mache mer's dann im Juni.

Gruß aus de Wetterau
Bernd Hofmeister
Gemeinde Kinzigbach, Seniorenbüro
""",
         intent="pre_registration", name="Bernd Hofmeister",
         organization="Gemeinde Kinzigbach, Seniorenbüro",
         note="Hessian dialect ('Ei gude', 'Mache Se mer ... e Kreuzsche uff de Liste'); 'fest mache mer's dann im Juni' = not binding yet."),

    mail("pr-f21-tabelle-vier-personen.eml",
         frm=("Kerstin Vollmer", "kerstin.vollmer@lk-rhoen-saale.example"),
         subject="Voranmeldung Team Sozialplanung", client="outlook",
         date="Mon, 28 Apr 2025 09:30:00 +0200",
         body="""Guten Tag Frau Wendt,

vier Kolleg*innen aus unserem Team möchten sich vorab anmelden:

Name               | Mitglied
Kerstin Vollmer    | ja
Florian Leupold    | ja
Aylin Çelik        | nein
Dr. Georg Stadler  | nein

Verbindlich melden wir uns bis Anfang Juli.

Viele Grüße
Kerstin Vollmer
Landratsamt Rhön-Saale
Fachbereich Soziales – Team Sozialplanung
""",
         intent="pre_registration", name="Kerstin Vollmer", member=True, persons=4,
         people=["Florian Leupold", "Aylin Çelik", "Dr. Georg Stadler"], people_members=[True, False, False],
         organization="Landratsamt Rhön-Saale, Fachbereich Soziales – Team Sozialplanung",
         note="'Kolleg*innen', a plain-text table with '|', sender listed first."),

    mail("pr-f22-english-forward-outlook.eml",
         frm=("Gareth Pryce", "gareth.pryce@valecouncil.example"),
         subject="FW: " + STD_EN, client="outlook",
         date="Mon, 28 Apr 2025 14:00:00 +0100",
         body="""Hello,

forwarding this back to you as our events inbox sent it to me — please count me in provisionally. I'll firm it up in June.

Cheers,
Gareth Pryce
Policy & Partnerships
Vale of Tern Council

From: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>
Sent: 14 April 2025 09:05
To: events@valecouncil.example
Subject: """ + STD_EN + """

Dear colleagues,

please save 25 and 26 September 2025 for our annual conference, this year hosted in Cologne.
""",
         intent="pre_registration", language="en", name="Gareth Pryce",
         organization="Policy & Partnerships, Vale of Tern Council",
         note="Welsh-English forward with the English Outlook header block; 'count me in provisionally'; unit line above the council (label as written)."),

    mail("pr-f23-zwei-dinge-hotel.eml",
         frm=("Anja Pfister", "anja.pfister@stadt-ansbachtal.example"),
         subject="Voranmeldung und Hotelfrage", client="roundcube",
         date="Tue, 29 Apr 2025 10:20:00 +0200",
         body="""Hallo Frau Wendt,

ich melde mich hiermit unverbindlich an.

Gibt es ein Hotelkontingent für Tagungsgäste, und bis wann müsste man da buchen?

Danke und Grüße
Anja Pfister
Stadt Ansbachtal | Amt für Familie und Soziales
""",
         intent="pre_registration", questions=1, name="Anja Pfister",
         organization="Stadt Ansbachtal, Amt für Familie und Soziales",
         note="Pre-registration and a hotel question (one question in two clauses)."),

    mail("pr-f24-mobil-englisch-reply.eml",
         frm=("Priya Raman", "priya.raman@eastmoor-trust.example"),
         subject="Re: " + STD_EN, client="android",
         date="Tue, 29 Apr 2025 22:05:00 +0100",
         body="""Yes please, put me down for a place (not binding). Non-member.
Priya

Sent from my Galaxy

""" + mobile_en("invite_en", "Mon, 14 Apr 2025, 10:05"),
         intent="pre_registration", language="en", name="Priya Raman", member=False,
         note="Very short mobile reply in English; 'Non-member.' as a one-word sentence; the name only from the display name."),

    mail("pr-f25-oesterreich-bh-zwei.eml",
         frm=("Ing. Markus Gruber", "markus.gruber@bh-murtal.example"),
         subject="Voranmeldung BH Murtal", client="outlook",
         date="Wed, 30 Apr 2025 08:05:00 +0200",
         body="""Grüß Gott,

seitens der Bezirkshauptmannschaft Murtal möchten ich und meine Kollegin DSA Sabine Haider uns unverbindlich für die Jahrestagung vormerken lassen.

Mit freundlichen Grüßen
Markus Gruber
Bezirkshauptmannschaft Murtal
Referat Soziales
""",
         intent="pre_registration", name="Markus Gruber", persons=2, people=["Sabine Haider"],
         organization="Bezirkshauptmannschaft Murtal, Referat Soziales",
         note="Austrian 'Grüß Gott', 'seitens', 'Ing.' and 'DSA' (Austrian professional designations, not academic titles of the label's kind); 'ich und meine Kollegin ... uns'."),

    mail("pr-f26-apple-mail-diakonie.eml",
         frm=("Christiane Lorenzen", "christiane.lorenzen@diakonie-schlei.example"),
         subject="Re: " + STD, client="apple",
         date="Wed, 30 Apr 2025 15:45:00 +0200",
         body="""Liebe Frau Wendt,

sehr gern! Ich hätte gerne einen vorläufigen Platz. Der Diakonieverein ist Mitglied, ich selbst nicht – zählt das?

Herzlich
Christiane Lorenzen
Diakonieverein an der Schlei e. V.
Beratungsstelle Kappeln-Süd

""" + apple("savethedate", "14.04.2025 um 10:02"),
         intent="pre_registration", questions=1, name="Christiane Lorenzen",
         organization="Diakonieverein an der Schlei e. V., Beratungsstelle Kappeln-Süd",
         note="Asks whether the association's membership counts for her: a question for a person; membership left unlabelled (unclear)."),

    mail("pr-f27-gemeindeverwaltungsverband.eml",
         frm=("Heike Ramsauer", "h.ramsauer@vg-frankenhoehe.example"),
         subject="Voranmeldung", client="outlook",
         date="Fri, 02 May 2025 09:10:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir, die Verwaltungsgemeinschaft Frankenhöhe, würden gern eine Person zur Tagung schicken, voraussichtlich mich. Bitte merken Sie mich unverbindlich vor.

Mit freundlichem Gruß
Heike Ramsauer
Geschäftsleitung
Verwaltungsgemeinschaft Frankenhöhe
""",
         intent="pre_registration", name="Heike Ramsauer",
         organization="Verwaltungsgemeinschaft Frankenhöhe",
         note="'voraussichtlich mich' — the sender is the person; 'Geschäftsleitung' is a role line above the body."),

    mail("pr-f28-base64-outlook-mac.eml",
         frm=("Sönke Thomsen", "soenke.thomsen@amt-treenetal.example"),
         subject="Vorab-Anmeldung Thomsen", cte="base64",
         headers=[("X-Mailer", "Microsoft Outlook for Mac 16.84")],
         date="Fri, 02 May 2025 11:55:00 +0200",
         body="""Guten Tag zusammen,

hiermit melde ich mich vorab für die Tagung an, die feste Zusage folgt nach der Haushaltssitzung.

Beste Grüße
Sönke Thomsen
Amt Treenetal – Ordnungs- und Sozialamt
""",
         intent="pre_registration", name="Sönke Thomsen",
         organization="Amt Treenetal – Ordnungs- und Sozialamt",
         note="Base64 body from Outlook for Mac; 'Vorab-Anmeldung' with a hyphen."),

    mail("pr-f29-nur-betreff.eml",
         frm=("Wiebke Carstens", "w.carstens@stadt-schleibruck.example"),
         subject="Bitte vormerken: Wiebke Carstens, Stadt Schleibrück (Mitglied)", client="iphone",
         date="Sat, 03 May 2025 07:50:00 +0200",
         body="""Von meinem iPhone gesendet
""",
         intent="pre_registration", name="Wiebke Carstens", member=True,
         organization="Stadt Schleibrück",
         note="Everything is in the subject; the body is only the iPhone footer."),

    mail("pr-f30-english-dutch-flemish.eml",
         frm=("Wouter Claes", "wouter.claes@stad-leiebrugge.example"),
         subject="Preliminary inscription VSOP conference",
         date="Mon, 05 May 2025 10:00:00 +0200", client="outlook",
         body="""Dear,

Hereby I make a preliminary inscription for the conference in Cologne, for myself and for Lotte Verhaegen. We are both no members.

Met vriendelijke groeten / Kind regards
Wouter Claes
Stad Leiebrugge – Dienst Welzijn
""",
         intent="pre_registration", language="en", name="Wouter Claes", member=False, persons=2,
         people=["Lotte Verhaegen"], people_members=[False],
         organization="Stad Leiebrugge – Dienst Welzijn",
         note="Flemish English ('Dear,', 'preliminary inscription', 'We are both no members')."),

    mail("pr-f31-secretary-no-address.eml",
         frm=("Vorzimmer Sozialdezernat", "vorzimmer.soz@kreis-bergstrasse-nord.example"),
         subject="Vormerkung Herr Kreisbeigeordneter Sommer", client="outlook",
         date="Mon, 05 May 2025 13:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Herr Kreisbeigeordneter Jochen Sommer möchte gern vorgemerkt werden. Er ist Mitglied des VSOP.

Freundliche Grüße
i. A. Birgit Weyand
Kreis Bergstraße-Nord
Dezernat III
""",
         intent="pre_registration", name="Jochen Sommer", member=True,
         organization="Kreis Bergstraße-Nord, Dezernat III",
         note="Secretary for the Kreisbeigeordneter without his address: email stays the sender's; third person 'möchte ... vorgemerkt werden'."),

    mail("pr-f32-verspaetet-nach-frist.eml",
         frm=("Oliver Brandl", "oliver.brandl@markt-isarwinkel.example"),
         subject="Noch Voranmeldung möglich?", client="thunderbird",
         date="Wed, 04 Jun 2025 09:45:00 +0200",
         body="""Hallo,

ich weiß, die Frist war am Montag – falls noch möglich, merken Sie mich bitte trotzdem unverbindlich vor.

Grüße
Oliver Brandl
Markt Isarwinkel, Hauptverwaltung
""",
         intent="pre_registration", name="Oliver Brandl",
         organization="Markt Isarwinkel, Hauptverwaltung",
         note="A late pre-registration; the subject is phrased as a question but the body asks to be pencilled in (a request the agent fulfils)."),

    mail("pr-f33-kollegen-fliesstext.eml",
         frm=("Stefanie Görlitz", "stefanie.goerlitz@stadt-werratal.example"),
         subject="Voranmeldungen Stadt Werratal", client="outlook",
         date="Tue, 06 May 2025 08:20:00 +0200",
         body="""Guten Morgen,

für die Stadt Werratal melde ich unverbindlich mich selbst sowie meinen Kollegen Timo Rauschenberger und unsere Amtsleiterin Dr. Claudia Fenske an. Wir alle drei sind Mitglieder.

Mit freundlichen Grüßen
Stefanie Görlitz
Stadt Werratal, Amt für Soziales und Integration
""",
         intent="pre_registration", name="Stefanie Görlitz", member=True, persons=3,
         people=["Timo Rauschenberger", "Dr. Claudia Fenske"], people_members=[True, True],
         organization="Stadt Werratal, Amt für Soziales und Integration",
         note="Three persons in running text (no list); 'unsere Amtsleiterin' a role before the name; membership for all."),

    mail("pr-f34-australian-english.eml",
         frm=("Mick O'Halloran", "mick.ohalloran@shire-of-wattle.example"),
         subject="Cologne conference",
         date="Wed, 07 May 2025 07:30:00 +1000", client="gmx",
         body="""G'day,

I'll be in Europe in September and would be stoked to drop in on your conference. Can you put my name down for now? Happy to pay the non-member rate if I end up coming.

Cheers
Mick O'Halloran
Community Services, Shire of Wattle Creek (Australia)
""",
         intent="pre_registration", language="en", name="Mick O'Halloran", member=False,
         organization="Community Services, Shire of Wattle Creek (Australia)",
         note="Australian English; 'put my name down'; 'non-member rate' stated as his; unit before the body on one line (label as written)."),

    mail("pr-f35-lettered-list-en.eml",
         frm=("Helen Forsyth", "helen.forsyth@lothian-east.example"),
         subject="Provisional places x2",
         date="Thu, 08 May 2025 12:00:00 +0100", client="outlook",
         body="""Dear Ms Wendt,

Please could you note provisional places for:

a) Helen Forsyth – member
b) Callum Reid – not a member

We expect to confirm by the end of June.

Kind regards,
Helen Forsyth
Head of Service, Adult Social Care
East Lothian Borough Council (example)
""",
         intent="pre_registration", language="en", name="Helen Forsyth", member=True, persons=2,
         people=["Callum Reid"], people_members=[False],
         organization="Adult Social Care, East Lothian Borough Council (example)",
         note="Lettered list with membership after a dash; 'Head of Service,' (a job title) before the unit on one line; label as written."),

    mail("pr-f36-zwei-dinge-vegetarisch.eml",
         frm=("Lea Wunderlich", "lea.wunderlich@jugendhilfe-mainbogen.example"),
         subject="Voranmeldung", client="outlook-web",
         date="Fri, 09 May 2025 14:30:00 +0200",
         body="""Liebe Frau Wendt,

gerne melde ich mich unverbindlich an. Wird es bei der Verpflegung auch eine vegane Option geben?

Liebe Grüße
Lea Wunderlich
Jugendhilfe Mainbogen gGmbH
""",
         intent="pre_registration", questions=1, name="Lea Wunderlich",
         organization="Jugendhilfe Mainbogen gGmbH",
         note="Pre-registration plus a catering question."),

    mail("pr-f37-kollege-ausser-haus-vertretung.eml",
         frm=("Jürgen Aumüller", "juergen.aumueller@stadt-altmuehlhausen.example"),
         subject="Voranmeldung für Kollegin Weinzierl", client="outlook",
         date="Mon, 12 May 2025 09:00:00 +0200",
         body="""Grüß Gott Frau Wendt,

meine Kollegin Franziska Weinzierl ist diese Woche im Urlaub und bat mich, sie vormerken zu lassen. Sie ist kein Mitglied. Erreichbar ist sie ab Montag unter franziska.weinzierl@stadt-altmuehlhausen.example.

Mit freundlichen Grüßen
Jürgen Aumüller
Stadt Altmühlhausen
Amt für Soziales, Senioren und Integration
""",
         intent="pre_registration", name="Franziska Weinzierl",
         email="franziska.weinzierl@stadt-altmuehlhausen.example", member=False,
         organization="Stadt Altmühlhausen, Amt für Soziales, Senioren und Integration",
         note="A colleague writes for a colleague on leave; her address in the text."),

    mail("pr-f38-english-thunderbird-student.eml",
         frm=("Tomás Ferreira", "tomas.ferreira@uni-weserhaven.example"),
         subject="pre-registration",
         date="Tue, 13 May 2025 16:20:00 +0200", client="thunderbird",
         body="""Hello,

i am a PhD student and would like to preregister for the conference. I am not member.

best
Tomás Ferreira
University of Weserhaven, Institute of Social Policy
""",
         intent="pre_registration", language="en", name="Tomás Ferreira", member=False,
         organization="University of Weserhaven, Institute of Social Policy",
         note="Portuguese-English, lower-case 'i', 'preregister' without a hyphen, 'I am not member'."),

    mail("pr-f39-notes-kreisausschuss.eml",
         frm=("Dieter Wagenknecht", "dieter.wagenknecht@kreisausschuss-schwalm.example"),
         subject="Jahrestagung 2025", client="notes",
         date="Wed, 14 May 2025 10:30:00 +0200",
         body="""Sehr geehrte Frau Wendt,

ich beabsichtige, an der Jahrestagung teilzunehmen, und bitte um Vormerkung. Die Anmeldung im Sinne einer festen Buchung erfolgt nach Freigabe durch den Fachbereichsleiter.

Mit freundlichen Grüßen

Im Auftrag
Dieter Wagenknecht

Kreisausschuss des Schwalm-Kreises
Fachbereich 4 Soziales
Sachgebiet Sozialplanung
""",
         intent="pre_registration", name="Dieter Wagenknecht",
         organization="Kreisausschuss des Schwalm-Kreises, Fachbereich 4 Soziales, Sachgebiet Sozialplanung",
         note="Hessian authority style ('Kreisausschuss'); 'Anmeldung im Sinne einer festen Buchung erfolgt nach ...' = not yet binding."),

    mail("pr-f40-vorname-nur-mitglied-250.eml",
         frm=("Nele Hansen", "nele.hansen@kiel-foerde-hilfe.example"),
         subject="Platz reservieren", client="android",
         date="Thu, 15 May 2025 18:00:00 +0200",
         body="""Hi,

reserviert mir bitte mal einen Platz, 250 € passt für mich als Mitglied. Verbindlich sag ich später zu.

LG Nele
Förde-Hilfe Kiel-Süd e.V.
""",
         intent="pre_registration", name="Nele Hansen", member=True,
         organization="Förde-Hilfe Kiel-Süd e.V.",
         note="du-form plural ('reserviert mir'), the member fee quoted as hers; name from the display name (signature gives the first name only)."),
]
