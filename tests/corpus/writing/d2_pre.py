"""DEVELOPMENT set 2: pre-registrations (eastern and western regions). Tune on these."""

from d2_quote import apple_de, gmail_de, groupwise, outlook_block, webde, zimbra
from make_corpus import mail

MAILS = [
    mail("pr-e01-fachdienst-havelwerder.eml",
         frm=("Böttcher, Katrin", "k.boettcher@havelwerder.example"),
         subject="Tagungsplatz sichern – Jahrestagung Köln", client="outlook",
         date="Wed, 16 Apr 2025 09:12:00 +0200",
         body="""Sehr geehrte Damen und Herren,

gern möchte ich mir schon jetzt einen Tagungsplatz sichern lassen. Meine Dienstreise ist beantragt, die Genehmigung steht noch aus.

Mit freundlichen Grüßen
i. A. Katrin Böttcher

Sozialraumkoordinatorin
Stadt Havelwerder
Fachbereich 3 – Jugend, Soziales und Gesundheit
Fachdienst Sozialplanung
Markt 1 | 14770 Havelwerder
Tel. 03381 58-2214
""",
         intent="pre_registration", name="Katrin Böttcher",
         organization="Stadt Havelwerder, Fachbereich 3 – Jugend, Soziales und Gesundheit, Fachdienst Sozialplanung",
         note="'Tagungsplatz sichern lassen' with the approval pending; 'i. A.' before the name; From 'Surname, Firstname'."),

    mail("pr-e02-polish-outlook-two.eml",
         frm=("Katarzyna Wiśniewska", "k.wisniewska@gorzewo-miasto.example"),
         subject="Odp: Invitation: VSOP-Jahrestagung 2025 in Köln – please pre-register by 2 June 2025",
         date="Thu, 17 Apr 2025 11:40:00 +0200", client="outlook",
         in_reply_to="<announce-e02@vsop.de>",
         body="""Dear Madam or Sir,

thank you for invitation. I would like to make preliminary registration for me and for my colleague Tomasz Zieliński. We both are not members of VSOP.

Best regards
Katarzyna Wiśniewska
Social Policy Department
City Office of Gorzewo (Poland)

""" + outlook_block("announcement", "środa, 16 kwietnia 2025 10:00", "Katarzyna Wiśniewska <k.wisniewska@gorzewo-miasto.example>", lang="en", name="Katarzyna Wiśniewska", words="pl"),
         intent="pre_registration", language="en", name="Katarzyna Wiśniewska", member=False,
         persons=2, people=["Tomasz Zieliński"], people_members=[False],
         organization="Social Policy Department, City Office of Gorzewo (Poland)",
         note="Polish English ('make preliminary registration', 'We both are not members'); Polish Outlook header (Od/Wysłano/Do/Temat) above the English announcement, whose fees do not count."),

    mail("pr-e03-danish-sv-reminder.eml",
         frm=("Mette Sørensen", "mette.sorensen@vestera-kommune.example"),
         subject="SV: Reminder: pre-registration for VSOP-Jahrestagung 2025 by 2 June 2025",
         date="Mon, 26 May 2025 14:05:00 +0200", client="outlook",
         in_reply_to="<invrem-e03@vsop.de>",
         body="""Hi,

Thank you for the reminder. Yes, I am interested to join, please note me down for a place. I am member since 2023 (personal membership).

Venlig hilsen / Kind regards

Mette Sørensen
Chefkonsulent | Senior Consultant
Vesterå Kommune · Social- og Sundhedsforvaltningen
+45 87 13 40 22

""" + outlook_block("invitation_reminder", "26. maj 2025 08:00", "Mette Sørensen <mette.sorensen@vestera-kommune.example>", lang="en", name="Mette Sørensen", words="da"),
         intent="pre_registration", language="en", name="Mette Sørensen", member=True,
         organization="Vesterå Kommune, Social- og Sundhedsforvaltningen",
         note="Danish English ('interested to join', 'I am member since'); bilingual job title line; Danish Outlook block (Fra/Sendt/Til/Emne) above the English reminder."),

    mail("pr-e04-dutch-team-three.eml",
         frm=("Femke Bakker", "f.bakker@gemeente-dijkveen.example"),
         subject="Preregistration three persons Gemeente Dijkveen",
         date="Fri, 18 Apr 2025 10:30:00 +0200", client="thunderbird",
         body="""Good morning,

We would like to pre-register with three persons from our team for the conference in Cologne:

1. Femke Bakker
2. Joost van Dam
3. Sanne Visser

Final confirmation we can give in June, after our director has signed.

With kind regards,

Femke Bakker
Beleidsadviseur Sociaal Domein
Gemeente Dijkveen
""",
         intent="pre_registration", language="en", name="Femke Bakker", persons=3,
         people=["Joost van Dam", "Sanne Visser"],
         organization="Gemeente Dijkveen",
         note="Dutch English; numbered list incl. the sender; 'Final confirmation we can give in June' = not binding yet; Dutch job title line is no organisation."),

    mail("pr-e05-vorzimmer-beigeordneter.eml",
         frm=("Vorzimmer Dezernat II", "vorzimmer.dez2@regionalverband-saartal.example"),
         subject="Vormerkung Herr Beigeordneter Dr. Schmitt", client="outlook",
         date="Tue, 22 Apr 2025 08:55:00 +0200",
         body="""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Beigeordneten Dr. Peter Schmitt bitte ich Sie, ihn für Ihre Jahrestagung in Köln unverbindlich vorzumerken. Ob der Termin wahrgenommen werden kann, klärt sich nach der Sitzungsplanung des Kreistags.

Mit freundlichen Grüßen

Monika Kiefer
Vorzimmer
Regionalverband Saartal
Dezernat II – Soziales und Jugend
Schlossplatz 4
66111 Saarbrück
""",
         intent="pre_registration", name="Peter Schmitt", title="Dr.",
         organization="Regionalverband Saartal, Dezernat II – Soziales und Jugend",
         note="Secretary for the Beigeordneter (an office, not a name part); no address of his, so email = sender."),

    mail("pr-e06-ihr-lieben-huawei.eml",
         frm=("Anne Kühnel", "anne.kuehnel@saalweiden.example"),
         subject="Köln 🙂", client="android",
         date="Wed, 23 Apr 2025 21:17:00 +0200",
         body="""Hallo ihr Lieben,

tragt mich doch bitte schon mal vorläufig für Köln ein! Genehmigt ist noch nix, aber ich bin guter Dinge.

Liebe Grüße aus Thüringen
Anne Kühnel
Stadt Saalweiden – Team Sozialraumentwicklung

Von meinem Huawei-Telefon gesendet
""",
         intent="pre_registration", name="Anne Kühnel",
         organization="Stadt Saalweiden – Team Sozialraumentwicklung",
         note="Colloquial ('tragt mich ... vorläufig ein', 'nix'); emoji subject; Huawei footer."),

    mail("pr-e07-vorab-plus-kinderbetreuung.eml",
         frm=("Julia Hesse", "julia.hesse@lk-ilmtal.example"),
         subject="Vorabanmeldung + Kinderbetreuung?", client="thunderbird",
         date="Thu, 24 Apr 2025 12:00:00 +0200",
         body="""Guten Tag,

hiermit möchte ich mich vorab (noch unverbindlich) für die Jahrestagung anmelden.

Ich reise mit meinem Sohn (2 Jahre) an. Gibt es während der Tagung eine Kinderbetreuung oder einen Still- und Wickelraum?

Viele Grüße
Julia Hesse
Landkreis Ilmtal
Jugendhilfeplanung
""",
         intent="pre_registration", questions=1, name="Julia Hesse",
         organization="Landkreis Ilmtal, Jugendhilfeplanung",
         note="Pre-registration + one question (childcare) only a person answers."),

    mail("pr-e08-outlook-block-announcement.eml",
         frm=("Thomas Reinhold", "t.reinhold@stadt-boerdeleben.example"),
         subject="AW: Einladung zur VSOP-Jahrestagung 2025 in Köln – bitte bis 2.6.2025 voranmelden",
         date="Tue, 22 Apr 2025 16:20:00 +0200", client="outlook",
         in_reply_to="<announce-e08@vsop.de>",
         body="""Komme gern mit, vorerst unverbindlich. Mitglied: ja.

Thomas Reinhold
Stadt Bördeleben | Dezernat Bürgerdienste und Soziales | Statistikstelle

""" + outlook_block("announcement", "Dienstag, 22. April 2025 09:00", "Reinhold, Thomas <t.reinhold@stadt-boerdeleben.example>", name="Thomas Reinhold"),
         intent="pre_registration", name="Thomas Reinhold", member=True,
         organization="Stadt Bördeleben, Dezernat Bürgerdienste und Soziales, Statistikstelle",
         note="Two lines above the quoted announcement (fees and the opt-out word 'abmelden' are the office's, not his)."),

    mail("pr-e09-gmail-reminder-jugendamt.eml",
         frm=("Sandra Pietsch", "sandra.pietsch.lk@gmail.example"),
         subject="Re: Erinnerung: Voranmeldung zur VSOP-Jahrestagung 2025 bis 2.6.2025",
         date="Tue, 27 May 2025 07:48:00 +0200",
         in_reply_to="<invrem-e09@vsop.de>",
         body="""Ja, gern! Bitte einen Platz für mich reservieren. Ich bin kein Mitglied, arbeite aber beim Landkreis Unstrut-Heide im Jugendamt.

Sandra Pietsch

""" + gmail_de("invitation_reminder", "Di., 27. Mai 2025 um 06:30 Uhr", name="Sandra Pietsch"),
         intent="pre_registration", name="Sandra Pietsch", member=False,
         organization="Landkreis Unstrut-Heide, Jugendamt",
         note="Private Gmail; organisation only in a sentence ('beim Landkreis ... im Jugendamt'); Gmail quoting."),

    mail("pr-e10-iphone-bitte-vormerken.eml",
         frm=("Ronny Lehmann", "ronny.lehmann@zwickenau.example"),
         subject="Re: Einladung zur VSOP-Jahrestagung 2025 in Köln – bitte bis 2.6.2025 voranmelden",
         date="Sat, 26 Apr 2025 10:02:00 +0200", client="iphone",
         in_reply_to="<announce-e10@vsop.de>",
         body="""Bitte vormerken! Gruß R. Lehmann

Von meinem iPhone gesendet

""" + apple_de("announcement", "22.04.2025", name="Ronny Lehmann"),
         intent="pre_registration", name="Ronny Lehmann",
         note="Two words and an initial; the full name only in the From display name; Apple quoting of the announcement."),

    mail("pr-e11-groupwise-zwei-kolleginnen.eml",
         frm=("Sabine Uhlig", "sabine.uhlig@lk-erzgrund.example"),
         subject="Antw: Erinnerung: Voranmeldung zur VSOP-Jahrestagung 2025 bis 2.6.2025",
         date="Mon, 26 May 2025 13:30:00 +0200", headers=[("X-Mailer", "GroupWise 18.4.1")],
         in_reply_to="<invrem-e11@vsop.de>",
         body="""Sehr geehrte Damen und Herren,

wir melden hiermit zwei Kolleginnen vorläufig an: Frau Sabine Uhlig (Mitglied) und Frau Doreen Franke (kein Mitglied).

Mit freundlichen Grüßen
i. A. Sabine Uhlig

Landkreis Erzgrund
Geschäftsbereich II – Soziales
Referat Sozialplanung und Controlling

""" + groupwise("invitation_reminder", "26.05.2025 08:00", name="Sabine Uhlig"),
         intent="pre_registration", name="Sabine Uhlig", member=True, persons=2,
         people=["Doreen Franke"], people_members=[False],
         organization="Landkreis Erzgrund, Geschäftsbereich II – Soziales, Referat Sozialplanung und Controlling",
         note="Two persons in one sentence, membership in parentheses; the sender is one of them (third person 'Frau Sabine Uhlig'); GroupWise 'Antw:' and '>>>' quoting."),

    mail("pr-e12-scottish-put-my-name-down.eml",
         frm=("Fiona MacLeod", "fiona.macleod@glenmorven.example"),
         subject="Cologne conference - provisional",
         date="Mon, 28 Apr 2025 15:10:00 +0100", client="outlook",
         body="""Hello there,

Could you put my name down provisionally for the Cologne conference? I'm fairly keen but need sign-off from our Head of Service first.

Many thanks,
Fiona

Fiona MacLeod | Policy and Partnership Officer
Glenmorven Council | Communities and Place
""",
         intent="pre_registration", language="en", name="Fiona MacLeod",
         organization="Glenmorven Council, Communities and Place",
         note="Scottish English 'put my name down provisionally'; 'Could you' is a request the agent fulfils; signature with '|'."),

    mail("pr-e13-owa-html-only.eml",
         frm=("Marcel Jahn", "marcel.jahn@elbhafen.example"),
         subject="Voranmeldung Jahrestagung", client="outlook-web",
         date="Tue, 29 Apr 2025 09:45:00 +0200", html_only=True,
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head>
<body dir="ltr"><div style="font-family:Aptos,Arial,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Guten Morgen,</p><p><br></p>
<p>ich möchte mich gerne vorab für die VSOP-Jahrestagung anmelden.</p><p><br></p>
<p>Freundliche Grüße</p></div>
<table style="border-collapse:collapse"><tr><td style="border-right:2px solid #005ea5;padding-right:8px"><img src="cid:wappen001" alt="Wappen"></td>
<td style="padding-left:8px;font-size:9pt"><b>Marcel Jahn</b><br>Sachbearbeiter Sozialberichterstattung<br>Hansestadt Elbhafen<br>Amt für Soziales und Wohnen<br>Breiter Weg 12, 39104 Elbhafen</td></tr></table>
</body></html>
""",
         intent="pre_registration", name="Marcel Jahn",
         organization="Hansestadt Elbhafen, Amt für Soziales und Wohnen",
         note="New Outlook, HTML only, signature in a table next to an image; job title and street not part of the organisation."),

    mail("pr-e14-latin1-qp-wohnungsamt.eml",
         frm=("Gisela Fröhlich", "g.froehlich@stadt-muldenfels.example"),
         subject="Voranmeldung Fröhlich", header_charset="iso-8859-1",
         charset="iso-8859-1", cte="quoted-printable", client="thunderbird-old",
         date="Wed, 30 Apr 2025 11:11:00 +0200",
         body="""Sehr geehrte Damen und Herren,

für die Jahrestagung in Köln möchte ich mich vormerken lassen. Ich bin persönliches Mitglied im VSOP.

Mit freundlichem Gruß
Gisela Fröhlich
Große Kreisstadt Muldenfels
Amt für Wohnen und Soziales
""",
         intent="pre_registration", name="Gisela Fröhlich", member=True,
         organization="Große Kreisstadt Muldenfels, Amt für Wohnen und Soziales",
         note="ISO-8859-1 quoted-printable; 'persönliches Mitglied im VSOP'."),

    mail("pr-e15-parken-und-rechnung-verein.eml",
         frm=("Holger Brandt", "holger.brandt@lk-spreewald-nord.example"),
         subject="Anmeldung (unverbindlich) – zwei Rückfragen", client="outlook",
         date="Fri, 02 May 2025 10:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

für die Jahrestagung trage ich mich hiermit unverbindlich ein.

Zwei Rückfragen habe ich:
a) Gibt es am Tagungsort Parkplätze, oder sollte ich besser mit der Bahn kommen?
b) Kann die Rechnung später auf unseren Förderverein statt auf den Landkreis ausgestellt werden?

Mit freundlichen Grüßen
Holger Brandt
Landkreis Spreewald-Nord
Fachdienst Soziales und Wohngeld
""",
         intent="pre_registration", questions=2, name="Holger Brandt",
         organization="Landkreis Spreewald-Nord, Fachdienst Soziales und Wohngeld",
         note="Pre-registration + two lettered questions (parking, invoice addressee)."),

    mail("pr-e16-weiterleitung-der-weiterleitung.eml",
         frm=("Lisa Marschall", "lisa.marschall@vg-hunsrueckhoehe.example"),
         subject="WG: WG: Einladung zur VSOP-Jahrestagung 2025 in Köln – bitte bis 2.6.2025 voranmelden",
         date="Mon, 05 May 2025 08:30:00 +0200", client="outlook",
         body="""Guten Morgen,

mein Büroleiter hat mir Ihre Einladung weitergereicht – bitte melden Sie mich an, zunächst unverbindlich.

Beste Grüße
Lisa Marschall
Verbandsgemeindeverwaltung Hunsrückhöhe
Fachbereich 2 – Bürgerdienste und Soziales

________________________________
Von: Gerber, Klaus <k.gerber@vg-hunsrueckhoehe.example>
Gesendet: Freitag, 2. Mai 2025 15:02
An: Marschall, Lisa <lisa.marschall@vg-hunsrueckhoehe.example>
Betreff: WG: Einladung zur VSOP-Jahrestagung 2025 in Köln – bitte bis 2.6.2025 voranmelden

Frau Marschall, wäre das was für Sie? Ich würde die Reise genehmigen. Gruß K. Gerber

""" + outlook_block("announcement", "Dienstag, 22. April 2025 09:00", "Gerber, Klaus <k.gerber@vg-hunsrueckhoehe.example>", name="Klaus Gerber"),
         intent="pre_registration", name="Lisa Marschall",
         organization="Verbandsgemeindeverwaltung Hunsrückhöhe, Fachbereich 2 – Bürgerdienste und Soziales",
         note="A forward of a forward: the boss's note and the announcement to him below; the attendee is the final sender, not the boss nor the announcement's addressee."),

    mail("pr-e17-diakonie-institutionell.eml",
         frm=("Ruth Adelmann", "r.adelmann@diakonie-moselkirch.example"),
         subject="Voranmeldung Diakonisches Werk", client="apple",
         date="Tue, 06 May 2025 14:00:00 +0200",
         body="""Liebe Kolleginnen und Kollegen in der Geschäftsstelle,

unser Werk ist institutionelles Mitglied im VSOP – ich würde gern für uns an der Jahrestagung teilnehmen und bitte um eine Vormerkung.

Herzliche Grüße
Ruth Adelmann
Referentin Gemeinwesenarbeit

Diakonisches Werk im Kirchenkreis Moselkirch e. V.
Fachbereich Gemeinwesen und Quartier
Kirchgasse 3
54470 Moselkirch
www.diakonie-moselkirch.example
""",
         intent="pre_registration", name="Ruth Adelmann", member=True,
         organization="Diakonisches Werk im Kirchenkreis Moselkirch e. V., Fachbereich Gemeinwesen und Quartier",
         note="'institutionelles Mitglied' of the employer = member; a free welfare organisation, 'e. V.' in the name."),

    mail("pr-e18-czech-english.eml",
         frm=("Jana Dvořáková", "dvorakova@hornilipova-mesto.example"),
         subject="Preliminary registration - Jana Dvorakova",
         date="Wed, 07 May 2025 09:05:00 +0200", client="thunderbird",
         body="""Dear organisers,

I am interested for joining your annual conference in September. Please register me as preliminary, the official approval of my trip will come later.

Thank you and best regards,

Jana Dvořáková
Department of Social Affairs
Town of Horní Lipová, Czech Republic
""",
         intent="pre_registration", language="en", name="Jana Dvořáková",
         organization="Department of Social Affairs, Town of Horní Lipová, Czech Republic",
         note="Czech English; subject without diacritics, name with them."),

    mail("pr-e19-tabelle-drei-spreewald.eml",
         frm=("Jens Kubitz", "jens.kubitz@lk-spreewald-nord.example"),
         subject="Voranmeldung Fachdienst Sozialplanung (3 Pers.)", headers=[("User-Agent", "KMail/5.24.5 (Linux/6.8.0)")],
         date="Thu, 08 May 2025 10:00:00 +0200",
         body="""Hallo,

für die Jahrestagung möchten wir uns zu dritt vormerken lassen:

Name                 Funktion                  VSOP-Mitglied
-------------------  ------------------------  -------------
Jens Kubitz          Sozialplaner              ja
Marit Ohlsen         Jugendhilfeplanerin       nein
Uwe Brettschneider   Fachdienstleiter          ja

Verbindlich melden wir uns nach der Haushaltsfreigabe.

Gruß
Jens Kubitz
Landkreis Spreewald-Nord, Fachdienst Sozialplanung
""",
         intent="pre_registration", name="Jens Kubitz", member=True, persons=3,
         people=["Marit Ohlsen", "Uwe Brettschneider"], people_members=[False, True],
         organization="Landkreis Spreewald-Nord, Fachdienst Sozialplanung",
         note="Plain-text table with a job column and per-person membership; 'Verbindlich melden wir uns nach ...' is future, not binding."),

    mail("pr-e20-dutch-online-option.eml",
         frm=("Pieter Hoekstra", "p.hoekstra@gemeente-waterland-oost.example"),
         subject="Pre registration + question online",
         date="Fri, 09 May 2025 13:33:00 +0200", client="outlook",
         body="""Dear VSOP team,

Hereby I pre-register for the conference. In case my travel is not approved, is there a possibility to follow the conference online?

Met vriendelijke groet / Kind regards,
Pieter Hoekstra
Senior beleidsmedewerker
Gemeente Waterland-Oost
""",
         intent="pre_registration", language="en", questions=1, name="Pieter Hoekstra",
         organization="Gemeente Waterland-Oost",
         note="Dutch English; pre-registration + a question (online participation)."),

    mail("pr-e21-saechsisch-ooch.eml",
         frm=("Heike Seifert", "heike.seifert@stadt-zwickenau.example"),
         subject="Tagung – ich wär ooch gern dabei", client="gmx",
         date="Mon, 12 May 2025 18:40:00 +0200",
         body="""Hallo nach Köln,

ich wär ooch gern dabei! Machen Se mich doch bitte erstmal vormerken, das Verbindliche kommt dann, wenn der Chef unterschrieben hat.

Schönen Abend noch
Heike Seifert
Stadt Zwickenau, Sozialamt
""",
         intent="pre_registration", name="Heike Seifert", organization="Stadt Zwickenau, Sozialamt",
         note="Saxon colloquial ('ooch', 'Machen Se mich ... vormerken'); binding announced for later."),

    mail("pr-e22-passiv-haushaltsmittel.eml",
         frm=("Dr. Bernd Vogler", "bernd.vogler@lk-boerdeland.example"),
         subject="Teilnahme Jahrestagung 2025", client="notes",
         date="Tue, 13 May 2025 08:10:00 +0200",
         body="""Sehr geehrte Damen und Herren,

eine Teilnahme an der Jahrestagung 2025 wird angestrebt. Die verbindliche Zusage erfolgt nach Freigabe der Haushaltsmittel; bis dahin wird um Vormerkung gebeten.

Mit freundlichen Grüßen
Im Auftrag

Dr. Bernd Vogler
Landkreis Bördeland
Dezernat III – Jugend, Soziales und Gesundheit
Stabsstelle Planung und Steuerung
""",
         intent="pre_registration", name="Bernd Vogler", title="Dr.",
         organization="Landkreis Bördeland, Dezernat III – Jugend, Soziales und Gesundheit, Stabsstelle Planung und Steuerung",
         note="Administrative passive throughout ('wird angestrebt', 'wird um Vormerkung gebeten'); 'verbindliche Zusage erfolgt nach' is future."),

    mail("pr-e23-vertretung-kollegin-adresse.eml",
         frm=("Tanja Wolff", "tanja.wolff@stadt-bliesweiler.example"),
         subject="Vormerkung für Frau Petzold", client="outlook",
         date="Wed, 14 May 2025 11:25:00 +0200",
         body="""Guten Tag,

ich schreibe in Vertretung für meine Kollegin Frau Nadine Petzold, die gerade im Urlaub ist. Sie hat mich gebeten, sie für Ihre Jahrestagung vormerken zu lassen. Ihre Mailadresse ist nadine.petzold@stadt-bliesweiler.example.

Danke und freundliche Grüße
Tanja Wolff
Kreisstadt Bliesweiler
Amt für Soziales, Jugend und Senioren
""",
         intent="pre_registration", name="Nadine Petzold", email="nadine.petzold@stadt-bliesweiler.example",
         organization="Kreisstadt Bliesweiler, Amt für Soziales, Jugend und Senioren",
         note="A colleague writes for someone on holiday and gives her address: that address is the attendee's; the organisation is the shared office's."),

    mail("pr-e24-privat-reply-to-dienst.eml",
         frm=("Frank Dietze", "frank.dietze@posteo.example"),
         reply_to=("Frank Dietze", "f.dietze@havelwerder.example"),
         subject="Vormerkung", client="thunderbird",
         date="Thu, 15 May 2025 20:10:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich schreibe von zu Hause, bitte antworten Sie an meine Dienstadresse. Für die Tagung im September möchte ich mich gern unverbindlich vormerken lassen.

Frank Dietze
Stadt Havelwerder, Büro für Integration und Teilhabe
""",
         intent="pre_registration", name="Frank Dietze", email="f.dietze@havelwerder.example",
         organization="Stadt Havelwerder, Büro für Integration und Teilhabe",
         note="Sent privately with Reply-To the work address: the attendee's address is the Reply-To."),

    mail("pr-e25-nur-betreff-disclaimer.eml",
         frm=("Carolin Menzel", "c.menzel@lk-ilmtal.example"),
         subject="Voranmeldung Jahrestagung – C. Menzel", client="outlook",
         date="Fri, 16 May 2025 07:55:00 +0200",
         body="""

Carolin Menzel
Psychiatriekoordinatorin
Landkreis Ilmtal
Gesundheitsamt
Bahnhofstraße 7, 99310 Ilmtal
Telefon: 03628 73-512
www.lk-ilmtal.example

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
Bitte prüfen Sie, ob der Ausdruck dieser Mail erforderlich ist.
""",
         intent="pre_registration", name="Carolin Menzel", organization="Landkreis Ilmtal, Gesundheitsamt",
         note="Everything is in the subject; the body is only the signature and a long disclaimer."),

    mail("pr-e26-mitgliedsnummer.eml",
         frm=("Ute Rasch", "ute.rasch@amt-oderbruch.example"),
         subject="Voranmeldung (Mitgl.-Nr. 0471)", client="roundcube",
         date="Mon, 19 May 2025 09:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

unter meiner Mitgliedsnummer 0471 möchte ich mich für die Jahrestagung vormerken lassen.

Freundliche Grüße
Ute Rasch
Amt Oderbruch-Mitte, Sachbereich Soziales
""",
         intent="pre_registration", name="Ute Rasch", member=True,
         organization="Amt Oderbruch-Mitte, Sachbereich Soziales",
         note="Membership only as a membership number; 'Amt' here is a body (Brandenburg), not a unit."),

    mail("pr-e27-german-english.eml",
         frm=("Stefan Krüger", "stefan.krueger@lk-boerdeland.example"),
         subject="Pre-registration Krüger",
         date="Mon, 19 May 2025 14:14:00 +0200", client="outlook",
         body="""Dear Ladies and Gentlemen,

hereby I register myself unbindingly for the Jahrestagung. I am working at the Landkreis Bördeland in the Fachdienst Jugend. A membership I do not have.

With friendly greetings
Stefan Krüger
""",
         intent="pre_registration", language="en", name="Stefan Krüger", member=False,
         organization="Landkreis Bördeland, Fachdienst Jugend",
         note="German-English ('register myself unbindingly', 'With friendly greetings', 'A membership I do not have'): answer in English; organisation from a sentence."),

    mail("pr-e28-seniorenbeirat-privat.eml",
         frm=("Wolfgang Sieber", "w.sieber@t-online.example"),
         subject="Tagung in Köln", client="none",
         date="Tue, 20 May 2025 16:45:00 +0200",
         body="""Sehr geehrte Damen und Herren, ich bin Mitglied im Seniorenbeirat der Stadt Zwickenau und würde gern an Ihrer Tagung teilnehmen, wenn noch ein Platz frei ist, verbindlich kann ich mich erst nach der nächsten Beiratssitzung äußern, bitte merken Sie mich aber schon einmal vor. Mit freundlichen Grüßen Wolfgang Sieber
""",
         intent="pre_registration", name="Wolfgang Sieber",
         organization="Seniorenbeirat der Stadt Zwickenau",
         note="One paragraph, no line breaks; 'Mitglied im Seniorenbeirat' is not VSOP membership (member not labelled); organisation from the sentence."),

    mail("pr-e29-vier-mit-buchstaben.eml",
         frm=("Birte Hammes", "birte.hammes@kreis-eifelgrund.example"),
         subject="Voranmeldung Kreisverwaltung Eifelgrund – 4 Personen", client="outlook",
         date="Wed, 21 May 2025 10:10:00 +0200",
         body="""Sehr geehrte Damen und Herren,

folgende Kolleg*innen möchten wir vormerken lassen:

a) Birte Hammes – Mitglied
b) Dr. Klaus Ewertz – Mitglied
c) Selin Aydın – Nichtmitglied
d) Marco Wendling – Nichtmitglied

Die verbindlichen Anmeldungen schicken wir gesammelt bis Anfang Juli.

Mit freundlichen Grüßen
Birte Hammes
Kreisverwaltung Eifelgrund
Abteilung 4 – Soziales und Teilhabe
""",
         intent="pre_registration", name="Birte Hammes", member=True, persons=4,
         people=["Dr. Klaus Ewertz", "Selin Aydın", "Marco Wendling"], people_members=[True, False, False],
         organization="Kreisverwaltung Eifelgrund, Abteilung 4 – Soziales und Teilhabe",
         note="Lettered list with dashes and per-person membership; 'Kolleg*innen'; binding ones announced for July."),

    mail("pr-e30-hotelkontingent.eml",
         frm=("Anja Grützner", "anja.gruetzner@hansestadt-elbhafen.example"),
         subject="Voranmeldung und Frage Hotel", client="apple",
         date="Thu, 22 May 2025 08:00:00 +0200",
         body="""Guten Morgen,

bitte notieren Sie mich unverbindlich für die Jahrestagung.

Haben Sie ein Zimmerkontingent in einem Hotel in der Nähe reserviert, auf das wir uns beziehen können?

Mit besten Grüßen
Anja Grützner
Hansestadt Elbhafen · Jobcenter-Koordination
""",
         intent="pre_registration", questions=1, name="Anja Grützner",
         organization="Hansestadt Elbhafen, Jobcenter-Koordination",
         note="Pre-registration + a hotel question; '·' between units."),

    mail("pr-e31-chefin-und-ich.eml",
         frm=("Marie Lindemann", "marie.lindemann@lk-unstrut-heide.example"),
         subject="Vormerkung für zwei Personen", client="outlook",
         date="Fri, 23 May 2025 09:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

meine Amtsleiterin Frau Dr. Claudia Rieger und ich möchten gern an der Tagung teilnehmen. Bitte merken Sie uns beide vor; die Dienstreiseanträge laufen.

Freundliche Grüße
Marie Lindemann
Landkreis Unstrut-Heide
Sozialamt – Sachgebiet Eingliederungshilfe
""",
         intent="pre_registration", name="Marie Lindemann", persons=2, people=["Dr. Claudia Rieger"],
         organization="Landkreis Unstrut-Heide, Sozialamt – Sachgebiet Eingliederungshilfe",
         note="'meine Amtsleiterin Frau Dr. X und ich': the sender and one further person with title."),

    mail("pr-e32-handy-kleinschreibung.eml",
         frm=("Steffi Wagner", "steffi.wagner@stadt-bliesweiler.example"),
         subject="tagung", client="android",
         date="Sat, 24 May 2025 12:30:00 +0200",
         body="""hallo, bitte mich vormerkn für die tagung in köln, fest kommt später. danke!!
lg steffi wagner
stadt bliesweiler
sozialamt
""",
         intent="pre_registration", name="Steffi Wagner", organization="stadt bliesweiler, sozialamt",
         note="All lower case, a typo ('vormerkn'), mobile; organisation compared case-insensitively."),

    mail("pr-e33-finnish-outlook-en.eml",
         frm=("Outi Virtanen", "outi.virtanen@jarvela.example"),
         subject="RE: Invitation: VSOP-Jahrestagung 2025 in Köln – please pre-register by 2 June 2025",
         date="Tue, 29 Apr 2025 09:00:00 +0300", client="outlook",
         in_reply_to="<announce-e33@vsop.de>",
         body="""Hello,

Thank you for the kind invitation. I would be happy to participate, please reserve a place for me. I am not a member of VSOP but our city has a partnership with Köln.

Best wishes,
Outi Virtanen
Development Manager
Wellbeing Services
City of Järvelä, Finland

""" + outlook_block("announcement", "Tuesday, April 22, 2025 10:00 AM", "Outi Virtanen <outi.virtanen@jarvela.example>", lang="en", name="Outi Virtanen", words="en"),
         intent="pre_registration", language="en", name="Outi Virtanen", member=False,
         organization="Wellbeing Services, City of Järvelä, Finland",
         note="Finnish English above the English announcement (English Outlook header block); the job title line is no organisation."),

    mail("pr-e34-frage-zuerst.eml",
         frm=("Kevin Schulze", "kevin.schulze@amt-oderbruch.example"),
         subject="Berufseinsteiger – Tagung", client="thunderbird",
         date="Tue, 27 May 2025 15:15:00 +0200",
         body="""Hallo,

ist die Tagung auch für Berufseinsteiger geeignet, oder richtet sie sich eher an erfahrene Planer? Ich würde mich jedenfalls schon mal unverbindlich vormerken lassen.

Viele Grüße
Kevin Schulze
Amt Oderbruch-Mitte
""",
         intent="pre_registration", questions=1, name="Kevin Schulze", organization="Amt Oderbruch-Mitte",
         note="The question comes first, the pre-registration after it."),

    mail("pr-e35-300-euro-kein-problem.eml",
         frm=("Daniela Köhler", "daniela.koehler@caritas-saartal.example"),
         subject="Vormerkung Köhler, Caritasverband", client="outlook",
         date="Wed, 28 May 2025 10:40:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich möchte mich gern vormerken lassen. Ich bin kein Mitglied; die 300 € Teilnahmebeitrag sind aber mit meinem Arbeitgeber schon abgestimmt.

Mit freundlichen Grüßen
Daniela Köhler
Caritasverband für das Saartal e. V.
Fachdienst Migration
""",
         intent="pre_registration", name="Daniela Köhler", member=False,
         organization="Caritasverband für das Saartal e. V., Fachdienst Migration",
         note="'kein Mitglied' and the non-member fee in her own words; 'abgestimmt' is no binding registration."),

    mail("pr-e36-roundcube-sigdash.eml",
         frm=("Matthias Engel", "engel@quartiersbuero-havelwerder.example"),
         subject="Vorläufige Anmeldung", client="roundcube",
         date="Thu, 29 May 2025 13:05:00 +0200",
         body="""Moin aus Brandenburg,

ich melde mich vorläufig für die Jahrestagung an.

Grüße
Matthias

-- 
Matthias Engel
Quartiersmanagement Havelwerder-Nord
Stadtteilwerkstatt Havelwerder gGmbH
Am Anger 9 · 14770 Havelwerder
Fon 03381 40 22 17 · Mobil 0171 000 00 00
https://quartiersbuero-havelwerder.example
Instagram: @quartier.hvw
""",
         intent="pre_registration", name="Matthias Engel",
         organization="Quartiersmanagement Havelwerder-Nord, Stadtteilwerkstatt Havelwerder gGmbH",
         note="Signature after '-- ' with postal, phone and social lines (not organisation); the greeting only a first name."),

    mail("pr-e37-pa-dutch-director.eml",
         frm=("Office of the Director Social Domain", "secretariaat.sd@gemeente-dijkveen.example"),
         subject="Provisional registration Dr. Anneke Jansen", client="outlook",
         date="Thu, 29 May 2025 16:00:00 +0200",
         body="""Dear Sir/Madam,

On behalf of our director Dr. Anneke Jansen I kindly ask you to reserve a place for her at the VSOP conference. Her participation will be confirmed definitely after the summer planning.

Kind regards,
Ingrid Mulder
Management Assistant
Gemeente Dijkveen | Directie Sociaal Domein
""",
         intent="pre_registration", language="en", name="Anneke Jansen", title="Dr.",
         organization="Gemeente Dijkveen, Directie Sociaal Domein",
         note="A Dutch management assistant reserves for her director; email = sender (no address of the director)."),

    mail("pr-e38-programm-bitte-keine-frage.eml",
         frm=("Yvonne Richter", "yvonne.richter@saalweiden.example"),
         subject="Voranmeldung + Programm", client="thunderbird",
         date="Fri, 30 May 2025 08:20:00 +0200",
         body="""Guten Tag,

ich möchte mich unverbindlich anmelden und bitte um Zusendung des Programms und des Anmeldeformulars, damit ich die Dienstreise beantragen kann. Für Rückfragen erreichen Sie mich unter 03671 55-130.

Freundliche Grüße
Yvonne Richter
Stadt Saalweiden | Fachbereich Bildung, Jugend und Soziales
""",
         intent="pre_registration", name="Yvonne Richter",
         organization="Stadt Saalweiden, Fachbereich Bildung, Jugend und Soziales",
         note="A request the agent fulfils (programme and form) and a formula ('Für Rückfragen erreichen Sie mich') are no questions."),

    mail("pr-e39-zimbra-reminder-gruppe.eml",
         frm=("Petra Naumann", "p.naumann@lk-erzgrund.example"),
         subject="Re: Erinnerung: Voranmeldung zur VSOP-Jahrestagung 2025 bis 2.6.2025",
         date="Fri, 30 May 2025 11:50:00 +0200", headers=[("X-Mailer", "Zimbra 10.0.6_GA_4575 (ZimbraWebClient - FF126 (Win)/10.0.6_GA_4575)")],
         in_reply_to="<invrem-e39@vsop.de>",
         body="""Hallo,

danke für die Erinnerung. Bitte merken Sie mich und meinen Kollegen Ralf Tänzer vor, wir sind beide Mitglied.

Petra Naumann
Landkreis Erzgrund – Jobcenter, Team Planung

""" + zimbra("invitation_reminder", "Freitag, 30. Mai 2025 06:00:02", "Petra Naumann", name="Petra Naumann"),
         intent="pre_registration", name="Petra Naumann", member=True, persons=2,
         people=["Ralf Tänzer"], people_members=[True],
         organization="Landkreis Erzgrund – Jobcenter, Team Planung",
         note="'wir sind beide Mitglied' covers both; Zimbra quoting of the reminder."),

    mail("pr-e40-webde-kurz-mit-zitat.eml",
         frm=("Renate Hoffmann", "renate.hoffmann@web-de.example"),
         subject="Re: Einladung zur VSOP-Jahrestagung 2025 in Köln – bitte bis 2.6.2025 voranmelden",
         date="Sun, 01 Jun 2025 19:30:00 +0200", client="gmx",
         in_reply_to="<announce-e40@vsop.de>",
         body="""Guten Abend,

auf den letzten Drücker: ich möchte gern vorangemeldet werden. Ich arbeite freiberuflich als Moderatorin für Bürgerbeteiligung und bin kein VSOP-Mitglied.

Renate Hoffmann

""" + webde("announcement", "22.04.2025 09:00", name="Renate Hoffmann"),
         intent="pre_registration", name="Renate Hoffmann", member=False,
         note="Freelancer (no organisation); web.de quoting ('hat am ... geschrieben:'); the day before the deadline."),
]
