"""DEVELOPMENT set 6: pre-registrations, part 1 (international senders: English from India,
Canada, Nigeria, Singapore, New Zealand, South Africa; German from Luxembourg, South Tyrol,
Liechtenstein, East Belgium, Alsace). Written apart (README.md); measured once, untouched."""

from d6_build import SUBJECTS, alternative, flowed, reply, smime_signed, vcard
from make_corpus import leaf, mail

NOTICE = SUBJECTS["notice"]
NOTICE_EN = SUBJECTS["notice_en"]
W_DE = "14.04.2025 um 09:12"
W_EN = "Mon, 14 Apr 2025 at 09:12"

MAILS = [
    mail("pr-h01-india-kindly-block.eml",
         frm=("Raghunathan Subramaniam", "r.subramaniam@urbanpolicy-chennai.example"),
         subject="Re: " + NOTICE_EN, client="outlook", date="Tue, 15 Apr 2025 11:40:00 +0530",
         body="""Respected Madam,

Greetings from Chennai. Kindly block one seat in my name for the annual meeting at Cologne. I am presently doing a research stay in Germany till October and shall be very happy to attend. Formal registration I will do once my institute gives the sanction. Kindly also inform whether the presentations will be shared with participants afterwards.

Thanking you,
With warm regards,
Dr. Raghunathan Subramaniam
Visiting Fellow
Centre for Urban Welfare Policy, Chennai
""" + reply("notice_en", "en", W_EN),
         intent="pre_registration", language="en", name="Raghunathan Subramaniam", title="Dr.",
         organization="Centre for Urban Welfare Policy, Chennai", questions=1,
         note="Indian English ('Kindly block one seat', 'shall', 'sanction'); binding later; 'Kindly also inform whether' is an indirect question."),

    mail("pr-h02-canada-flowed.eml",
         frm=("Geneviève Tremblay-Ross", "gtremblayross@cityofnorthmere.example"),
         subject="Cologne in September – count me in (tentatively)", client="thunderbird",
         date="Tue, 15 Apr 2025 16:05:00 -0400",
         content=flowed("""Hi there,

I'm a social planner with the City of Northmere (Ontario) and will be in Germany on an exchange placement this fall, so the timing of your meeting in Cologne is just about perfect. Please put me down as interested; I'll confirm for real once my placement host signs off on the travel budget, which should happen in May.

Merci et à bientôt,
Geneviève

-- 
Geneviève Tremblay-Ross, MCIP RPP
Senior Planner, Social Development
City of Northmere | Community Services
""", delsp=False),
         intent="pre_registration", language="en", name="Geneviève Tremblay-Ross",
         organization="City of Northmere, Community Services",
         note="Canadian, format=flowed delsp=no with long soft-wrapped lines; a French closing; 'MCIP RPP' is no academic title."),

    mail("pr-h03-nigeria-html-only.eml",
         frm=("Oluwaseun Adeyemi-Bakare", "seun.adeyemi@lagoscommunity-trust.example"),
         subject="EXPRESSION OF INTEREST: VSOP ANNUAL CONFERENCE 2025", client="outlook-web",
         date="Wed, 16 Apr 2025 08:15:00 +0100", html_only=True,
         html="""<html><body><div style="font-family:Tahoma;font-size:10pt">
<p>Dear Sir/Ma,</p>
<p>I write to humbly express my interest in participating in the forthcoming VSOP Annual Conference holding in Cologne on 25th&ndash;26th September 2025.</p>
<p>Please register my interest accordingly. I shall revert with the formal registration as soon as my travel documents are in order.</p>
<p>Yours faithfully,<br><b>Oluwaseun Adeyemi-Bakare (Mrs.)</b><br>Programme Officer, Urban Inclusion<br>Lagos Community Development Trust</p>
</div></body></html>
""",
         intent="pre_registration", language="en", name="Oluwaseun Adeyemi-Bakare",
         organization="Lagos Community Development Trust",
         note="Nigerian English ('holding in Cologne', 'revert', 'Sir/Ma'), HTML only; '(Mrs.)' is no title; programme name is a job line."),

    mail("pr-h04-singapore-phone.eml",
         frm=("Tan Wei Ling", "weiling.tan@sg-socialplan.example"),
         subject="Re: " + NOTICE_EN, client="iphone", date="Wed, 16 Apr 2025 22:48:00 +0800",
         body="""Hi, can chope a place for me ah? Will be in Europe that week anyway. Confirm later.

Wei Ling

Sent from my iPhone
""" + reply("notice_en", "en", W_EN),
         intent="pre_registration", language="en", name="Tan Wei Ling",
         note="Singlish one-liner from a phone ('chope a place'); name in Chinese order."),

    mail("pr-h05-nz-kia-ora.eml",
         frm=("Aroha Whaanga-Millar", "aroha.millar@tepuna-council.example"),
         subject="Kia ora – interested in Cologne", date="Thu, 17 Apr 2025 07:30:00 +1200",
         body="""Kia ora koutou,

Keen as to come along to your hui in Cologne in September – I'll be over in Europe for a study tour. Could you pencil me in? Nothing's locked in on my side yet. Also – will the sessions be recorded, so colleagues back home can watch them later?

Ngā mihi,
Aroha Whaanga-Millar
Community Wellbeing Advisor
Te Puna District Council
""",
         intent="pre_registration", language="en", name="Aroha Whaanga-Millar",
         organization="Te Puna District Council", questions=1,
         note="New Zealand English with te reo greetings ('hui', 'Ngā mihi')."),

    mail("pr-h06-southafrica-howzit.eml",
         frm=("Thandeka Mokoena", "t.mokoena@ekurhuleni-north.example"),
         subject="Reservation of interest – Cologne 2025", client="outlook",
         date="Thu, 17 Apr 2025 10:20:00 +0200",
         body="""Good day

I would like to reserve a provisional place at the conference. I am currently seconded to a partner municipality in NRW, so Cologne is close by. I will only know by end of May whether the secondment budget covers it.

I have attached my contact card.

Kind regards
Thandeka Mokoena
Deputy Director: Social Planning
Metropolitan Municipality of Ekurhuleni North
Tel +27 11 000 0000
""",
         attachments=[("Thandeka Mokoena.vcf", "text/vcard",
                       vcard("Thandeka Mokoena", "Metropolitan Municipality of Ekurhuleni North",
                             "t.mokoena@ekurhuleni-north.example", "+27 11 000 0000").encode())],
         intent="pre_registration", language="en", name="Thandeka Mokoena",
         organization="Metropolitan Municipality of Ekurhuleni North",
         note="South African English; a vCard attached; job title with a colon ('Deputy Director: Social Planning')."),

    mail("pr-h07-expat-denglish.eml",
         frm=("Ryan O'Sullivan-Krämer", "ryan.osullivan@stadt-lindenbrunn.example"),
         subject="Vormerkung / pre-registration", date="Fri, 18 Apr 2025 09:00:00 +0200",
         body="""Hallo liebes VSOP-Team,

sorry, my German is still work in progress, so I write in English: I'd like to be vorgemerkt for Köln. I work in the Sozialplanung of Stadt Lindenbrunn since January. Die Dienstreise is not approved yet.

Thanks a lot & viele Grüße
Ryan O'Sullivan-Krämer
Stadt Lindenbrunn – Sozialplanung
""",
         intent="pre_registration", language="en", name="Ryan O'Sullivan-Krämer",
         organization="Stadt Lindenbrunn, Sozialplanung",
         note="Expat in Germany writing English with German words ('vorgemerkt', 'Dienstreise'); apostrophe in the name."),

    mail("pr-h08-luxembourg.eml",
         frm=("Mireille Hoffmann-Schaus", "mireille.hoffmann@commune-mersch-ouest.example"),
         subject="Voranmeldung Jahrestagung", client="outlook", date="Fri, 18 Apr 2025 11:10:00 +0200",
         body="""Moien,

hiermit möchte ich mich unverbindlich für die Tagung in Köln vormerken lassen. Die Gemeinde muss die Teilnahme noch im Schöffenrat freigeben. Gibt es für Gemeinden aus dem Ausland eine Mitgliedschaft, oder zahlen wir den Gästepreis?

Villmools merci an e schéine Gruss
Mireille Hoffmann-Schaus
Administration communale de Mersch-Ouest
Service social
""",
         intent="pre_registration", name="Mireille Hoffmann-Schaus",
         organization="Administration communale de Mersch-Ouest, Service social", questions=1,
         note="Luxembourg: German body with Luxembourgish greeting and closing, French organisation name; 'Schöffenrat'."),

    mail("pr-h09-suedtirol.eml",
         frm=("Lukas Pichler", "lukas.pichler@bzgvinschgau-ost.example"),
         subject="Tagung Köln – Vormerkung", date="Tue, 22 Apr 2025 08:05:00 +0200",
         body="""Sehr geehrte Frau Vollmar,

gerne würde ich an der Tagung teilnehmen und bitte darum, mich vorzumerken. Die Ermächtigung für die Dienstreise ins Ausland muss bei uns der Generalsekretär unterschreiben, das dauert erfahrungsgemäß ein paar Wochen.

Mit freundlichen Grüßen / Distinti saluti
Lukas Pichler
Bezirksgemeinschaft Vinschgau-Ost
Sozialsprengel Obervinschgau
""",
         intent="pre_registration", name="Lukas Pichler",
         organization="Bezirksgemeinschaft Vinschgau-Ost, Sozialsprengel Obervinschgau",
         note="South Tyrol: 'Ermächtigung', bilingual closing."),

    mail("pr-h10-liechtenstein-s-mime.eml",
         frm=("Corinne Büchel", "corinne.buechel@gemeinde-triesnerberg-sued.example"),
         subject="Voranmeldung Jahrestagung 2025", client="outlook",
         date="Tue, 22 Apr 2025 14:30:00 +0200",
         content=smime_signed(leaf("text/plain", """Grüezi miteinander

Gerne melde ich mich provisorisch für die Jahrestagung in Köln an. Definitiv kann ich erst zusagen, wenn das Budget 2025 der Gemeinde freigegeben ist.

Freundliche Grüsse
Corinne Büchel
Gemeinde Triesnerberg-Süd
Soziale Dienste
"""), "pr-h10"),
         intent="pre_registration", name="Corinne Büchel",
         organization="Gemeinde Triesnerberg-Süd, Soziale Dienste",
         note="Liechtenstein ('provisorisch anmelden', 'Grüsse'); S/MIME signed (multipart/signed with smime.p7s)."),

    mail("pr-h11-ostbelgien-gmail.eml",
         frm=("Jérôme Kessler", "jerome.kessler.eupen@gmail.example"),
         subject="Re: " + NOTICE, date="Wed, 23 Apr 2025 19:45:00 +0200",
         body="""Guten Abend,

ich wäre gern dabei, bitte notieren Sie mich mal. Dienstlich schreibe ich von unterwegs, meine Adresse beim ÖSHZ ist jerome.kessler@oeshz-raeren.example – dorthin bitte alles Weitere.

Bis dann
Jérôme Kessler
ÖSHZ Raeren
""" + reply("notice", "de", W_DE),
         intent="pre_registration", name="Jérôme Kessler", email="jerome.kessler@oeshz-raeren.example",
         organization="ÖSHZ Raeren",
         note="East Belgium; writes from a private address and names his work address in the text."),

    mail("pr-h12-elsass-franzoesisch.eml",
         frm=("Odile Schwartz", "odile.schwartz@ville-haguenau-nord.example"),
         subject="Préinscription / Voranmeldung Köln", date="Thu, 24 Apr 2025 10:00:00 +0200",
         body="""Bonjour,

je souhaite me préinscrire à la journée annuelle à Cologne. Ich kann auch Deutsch lesen und schreiben, Sie können mir gern auf Deutsch antworten.

Cordialement
Odile Schwartz
Ville de Haguenau-Nord
Direction de la cohésion sociale
""",
         intent="pre_registration", name="Odile Schwartz",
         organization="Ville de Haguenau-Nord, Direction de la cohésion sociale",
         note="Alsace: French mail with one German line asking for German answers -> language de."),

    mail("pr-h13-italiano-english-line.eml",
         frm=("Francesca Benedetti", "f.benedetti@comune-montelupo-alto.example"),
         subject="Convegno Colonia – preiscrizione", date="Thu, 24 Apr 2025 12:15:00 +0200",
         body="""Buongiorno,

vorrei segnalare il mio interesse per il convegno di settembre a Colonia.
(Sorry, I don't speak German – English is fine for me. Please note me down as interested.)

Cordiali saluti
Francesca Benedetti
Comune di Montelupo Alto – Servizi Sociali
""",
         intent="pre_registration", language="en", name="Francesca Benedetti",
         organization="Comune di Montelupo Alto, Servizi Sociali",
         note="Italian with an English line that asks for English -> language en."),

    mail("pr-h14-lerner-deutsch.eml",
         frm=("Ewa Nowakowska", "ewa.nowakowska@stadt-odermuende.example"),
         subject="Anmeldung vorher", date="Fri, 25 Apr 2025 08:45:00 +0200",
         body="""Guten Tag,

ich möchte mich vorher anmelden für die Tagung in Köln, noch nicht fest. Mein Chef muss noch ja sagen. Ich hoffe das ist so richtig geschrieben. Ist die Tagung auch gut für Anfänger in Sozialplanung?

Viele Grüße
Ewa Nowakowska
Stadt Odermünde, Amt für Integration
""",
         intent="pre_registration", name="Ewa Nowakowska",
         organization="Stadt Odermünde, Amt für Integration", questions=1,
         note="Learner's German ('mich vorher anmelden', 'noch nicht fest') and a question whether it suits beginners."),

    mail("pr-h15-maschinenuebersetzt.eml",
         frm=("Mehmet Yılmaz", "m.yilmaz@kreis-wupperhang.example"),
         subject="Vorbestellung Konferenz", date="Fri, 25 Apr 2025 13:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Ich möchte meine Teilnahme an der Jahreskonferenz vorläufig reservieren. Die endgültige Bestätigung wird nach der Genehmigung durch meinen Vorgesetzten erfolgen. Vielen Dank im Voraus für Ihre Freundlichkeit.

Mit freundlichen Grüßen,
Mehmet Yılmaz
Kreis Wupperhang, Integrationsplanung
""",
         intent="pre_registration", name="Mehmet Yılmaz",
         organization="Kreis Wupperhang, Integrationsplanung",
         note="Machine-translated German ('Teilnahme vorläufig reservieren', 'Vielen Dank im Voraus für Ihre Freundlichkeit'); Turkish dotless ı in the name."),

    mail("pr-h16-daenische-minderheit.eml",
         frm=("Birte Jessen", "birte.jessen@sydslesvig-forening.example"),
         subject="Vormerkung", date="Mon, 28 Apr 2025 09:20:00 +0200",
         body="""Kære alle / Liebe Kolleginnen und Kollegen,

ich würde gern nach Köln kommen, bitte merkt mich vor. Ob ich fahren kann, entscheidet unser Vorstand im Mai.

Venlig hilsen / Viele Grüße
Birte Jessen
Sydslesvigsk Forening for Socialt Arbejde
Flensborg
""",
         intent="pre_registration", name="Birte Jessen",
         organization="Sydslesvigsk Forening for Socialt Arbejde",
         note="Danish minority in Schleswig: bilingual greeting and closing, Danish organisation name; the town line is not part of it."),

    mail("pr-h17-html-leerer-textteil.eml",
         frm=("Jasper Lindqvist", "jasper.lindqvist@stadt-auenwalde.example"),
         subject="Voranmeldung", client="apple", date="Mon, 28 Apr 2025 11:00:00 +0200",
         content=alternative(leaf("text/plain", "\n"), """<html><body>
<div>Liebes VSOP-Team,</div><div><br></div>
<div>ich melde mich schon mal <b>unverbindlich</b> für die Tagung im September in Köln an.</div>
<div><br></div><div>Beste Grüße</div><div>Jasper Lindqvist</div>
<div style="color:#666">Stadt Auenwalde · Jugendhilfeplanung</div>
</body></html>
""", "pr-h17"),
         intent="pre_registration", name="Jasper Lindqvist",
         organization="Stadt Auenwalde, Jugendhilfeplanung",
         note="multipart/alternative whose text part is empty; the HTML carries everything; '·' between units."),

    mail("pr-h18-see-html.eml",
         frm=("Priya Raghavan", "priya.raghavan@unihochfeld.example"),
         subject="Interest – annual conference", date="Tue, 29 Apr 2025 15:20:00 +0200",
         content=alternative(leaf("text/plain",
             "This message is best viewed in HTML. Please see the HTML version.\n"), """<html><body style="font-family:Arial">
<p>Dear VSOP office,</p>
<p>I am a postdoc at the University of Hochfeld (Institute for Social Policy) and would like to be provisionally registered for the annual meeting in Cologne. My department will confirm the funding in June.</p>
<p>Best wishes,<br>Dr. Priya Raghavan<br>University of Hochfeld<br>Institute for Social Policy</p>
</body></html>
""", "pr-h18"),
         intent="pre_registration", language="en", name="Priya Raghavan", title="Dr.",
         organization="University of Hochfeld, Institute for Social Policy",
         note="Text part says only 'see the HTML version'; everything is in the HTML."),

    mail("pr-h19-word-paste.eml",
         frm=("Kerstin Ahlborn", "kerstin.ahlborn@lk-moorgeest.example"),
         subject="Voranmeldung VSOP 2025", client="outlook", date="Tue, 29 Apr 2025 16:40:00 +0200",
         html_only=True, charset="windows-1252", cte="quoted-printable",
         html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style><!-- p.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang=DE><div class=WordSection1>
<p class=MsoNormal>Sehr geehrte Frau Vollmar,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>hiermit melde ich mich f&uuml;r die Jahrestagung in K&ouml;ln <span style='mso-bidi-font-weight:bold'>unverbindlich</span> an.&nbsp;Ob die Dienstreise genehmigt wird, ist noch offen.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
<p class=MsoNormal>Kerstin Ahlborn<o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:gray'>Landkreis Moorgeest<br>Fachdienst Soziales<br>Sozialplanung<o:p></o:p></span></p>
</div></body></html>
""",
         intent="pre_registration", name="Kerstin Ahlborn",
         organization="Landkreis Moorgeest, Fachdienst Soziales, Sozialplanung",
         note="Word-pasted HTML only (mso styles, <o:p>, &nbsp;), windows-1252 quoted-printable."),
]
