"""DEVELOPMENT set 2: questions, cancellations, other mail and opt-outs. Tune on these."""

from d2_quote import apple_de, outlook_block, thunderbird, webde
from make_corpus import mail

MAILS = [
    # --- questions ---------------------------------------------------------------
    mail("qu-e01-bestaetigung-rechnung-aendern.eml",
         frm=("Thomas Reinhold", "t.reinhold@stadt-boerdeleben.example"),
         subject="AW: Bestätigung Ihrer verbindlichen Anmeldung: VSOP-Jahrestagung 2025",
         date="Wed, 18 Jun 2025 09:00:00 +0200", client="outlook",
         in_reply_to="<confirmation-qe01@vsop.de>",
         body="""Guten Tag,

danke für die Bestätigung. Unsere Kämmerei hat sich gemeldet: Könnten Sie die Rechnung statt an das Dezernat an das Rechnungseingangsbuch der Stadt (Rathausstraße 1, 39387 Bördeleben) adressieren?

Gruß
Thomas Reinhold

""" + outlook_block("confirmation", "Dienstag, 17. Juni 2025 15:41", "Reinhold, Thomas <t.reinhold@stadt-boerdeleben.example>", name="Thomas Reinhold"),
         intent="question", questions=1, name="Thomas Reinhold",
         note="Reply to the confirmation asking to change the invoice addressee: a question (a change) for a person; the quoted confirmation's payment table is the office's."),

    mail("qu-e02-polish-credit-card.eml",
         frm=("Katarzyna Wiśniewska", "k.wisniewska@gorzewo-miasto.example"),
         subject="Question about payment",
         date="Thu, 19 Jun 2025 10:00:00 +0200", client="outlook",
         body="""Dear Madam or Sir,

our treasury asks if it is possible to pay the fee by credit card, because foreign transfers take very long time for us. Or is there a PayPal?

Best regards
Katarzyna Wiśniewska
""",
         intent="question", language="en", questions=1, name="Katarzyna Wiśniewska",
         note="Polish English, one question in two sentences (card or PayPal)."),

    mail("qu-e03-zahlungserinnerung-schon-bezahlt.eml",
         frm=("Ute Rasch", "ute.rasch@amt-oderbruch.example"),
         subject="Re: Zahlungserinnerung: VSOP-Jahrestagung 2025", client="roundcube",
         date="Mon, 28 Jul 2025 08:30:00 +0200",
         in_reply_to="<payrem-qe03@vsop.de>",
         body="""Guten Morgen,

laut unserer Amtskasse ist die Überweisung am 21.07. rausgegangen. Können Sie bitte prüfen, ob der Betrag inzwischen eingegangen ist? Sonst schicke ich Ihnen gern den Zahlungsbeleg.

Freundliche Grüße
Ute Rasch

""" + thunderbird("payment_reminder", "25.07.25 um 07:00", name="Ute Rasch"),
         intent="question", questions=1, name="Ute Rasch",
         note="Answer to the payment reminder: paid already, please check; the quoted reminder's amounts are the office's."),

    mail("qu-e04-danish-interpretation.eml",
         frm=("Rasmus Kjær", "rasmus.kjaer@vestera-kommune.example"),
         subject="English interpretation?",
         date="Tue, 06 May 2025 13:00:00 +0200", client="outlook",
         body="""Hi VSOP,

My colleague Mette is coming to your conference and I consider joining too. My German is not so good – will there be English interpretation of the plenary sessions, or are the slides maybe in English?

Venlig hilsen
Rasmus Kjær
Vesterå Kommune
""",
         intent="question", language="en", questions=1, name="Rasmus Kjær",
         organization="Vesterå Kommune",
         note="Danish English; 'I consider joining' is no pre-registration yet; one question with an alternative."),

    mail("qu-e05-vorabend-get-together.eml",
         frm=("Heike Seifert", "heike.seifert@stadt-zwickenau.example"),
         subject="Anreise am Vorabend?", client="gmx",
         date="Wed, 07 May 2025 17:20:00 +0200",
         body="""Hallo,

lohnt sich die Anreise am 24.9. schon – gibt es am Vorabend ein Get-together oder etwas Ähnliches?

Grüße aus Zwickenau
Heike Seifert
""",
         intent="question", questions=1, name="Heike Seifert",
         note="Plain question about the evening before."),

    mail("qu-e06-sekretariat-status-chef.eml",
         frm=("Vorzimmer Dezernat II", "vorzimmer.dez2@regionalverband-saartal.example"),
         subject="Stand Vormerkung Dr. Schmitt", client="outlook",
         date="Mon, 02 Jun 2025 10:00:00 +0200",
         body="""Guten Tag,

ich bin mir nicht sicher, ob meine Mail vom April bei Ihnen angekommen ist: Ist Herr Beigeordneter Dr. Schmitt für die Tagung vorgemerkt, und bis wann müsste die verbindliche Anmeldung spätestens bei Ihnen sein?

Mit freundlichen Grüßen
Monika Kiefer
Vorzimmer
Regionalverband Saartal
""",
         intent="question", questions=2, name="Schmitt", title="Dr.",
         organization="Regionalverband Saartal",
         note="A secretary asks about her boss's state and the deadline (two questions); the attendee is the boss, named by surname only; email = the office's address."),

    mail("qu-e07-namensschild-maedchenname.eml",
         frm=("Julia Hesse", "julia.hesse@lk-ilmtal.example"),
         subject="Namensschild", client="thunderbird",
         date="Thu, 10 Jul 2025 12:00:00 +0200",
         body="""Guten Tag,

ich habe im Juli geheiratet und heiße jetzt Julia Hesse-Brandl. Können Sie das auf dem Namensschild und der Teilnehmerliste ändern? Die Rechnung ist schon bezahlt und kann bleiben.

Viele Grüße
Julia Hesse-Brandl
""",
         intent="question", questions=1, name="Julia Hesse-Brandl",
         note="A change of name on the badge: a question for a person; new name in the signature."),

    mail("qu-e08-reduced-rate-retired.eml",
         frm=("Fiona MacLeod", "fiona.macleod@glenmorven.example"),
         subject="Reduced rate?",
         date="Thu, 08 May 2025 16:00:00 +0100",
         body="""Hi,

A retired colleague of mine, formerly our Head of Planning, would love to come along. Do you offer a reduced rate for retirees or students?

Thanks ever so much,
Fiona
""",
         intent="question", language="en", questions=1, name="Fiona MacLeod",
         note="Native English question about a reduced fee for someone else."),

    mail("qu-e09-groupwise-weitergeleitet-buergermeister.eml",
         frm=("Sabine Uhlig", "sabine.uhlig@lk-erzgrund.example"),
         subject="Fwd: Frage zur Tagung", headers=[("X-Mailer", "GroupWise 18.4.1")],
         date="Fri, 09 May 2025 09:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

eine Frage unseres Landrats, die ich an Sie weiterreiche (siehe unten).

Mit freundlichen Grüßen
i. A. Sabine Uhlig

>>> Büro Landrat 08.05.2025 16:40 >>>
Frau Uhlig, könnten Sie bitte beim VSOP nachfragen, ob der Landrat dort ein Grußwort halten könnte? Danke, Büro Landrat
""",
         intent="question", questions=1, name="Sabine Uhlig",
         note="A forwarded internal request (GroupWise '>>>'): the question whether the Landrat may give a welcome address."),

    mail("qu-e10-html-ladesaeulen.eml",
         frm=("Marcel Jahn", "marcel.jahn@elbhafen.example"),
         subject="Anreise mit Dienst-E-Auto", client="outlook-web",
         date="Mon, 16 Jun 2025 11:00:00 +0200", html_only=True,
         html="""<html><body dir="ltr"><div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">
<p>Hallo,</p><p>wir kommen mit unserem Dienst-E-Auto nach Köln. Gibt es am Tagungsort oder in der Nähe Ladesäulen?</p>
<p>Freundliche Grüße<br>Marcel Jahn<br>Hansestadt Elbhafen</p></div></body></html>
""",
         intent="question", questions=1, name="Marcel Jahn", organization="Hansestadt Elbhafen",
         note="HTML only, one question (charging points)."),

    mail("qu-e11-zahlungsziel-sechs-wochen.eml",
         frm=("Birte Hammes", "birte.hammes@kreis-eifelgrund.example"),
         subject="Zahlungsziel", client="outlook",
         date="Tue, 24 Jun 2025 09:45:00 +0200",
         body="""Sehr geehrte Damen und Herren,

unsere Kreiskasse benötigt für Zahlungen erfahrungsgemäß sechs Wochen. Wäre ein Zahlungsziel von 42 Tagen statt 14 Tagen für Sie in Ordnung?

Mit freundlichen Grüßen
Birte Hammes
Kreisverwaltung Eifelgrund
""",
         intent="question", questions=1, name="Birte Hammes", organization="Kreisverwaltung Eifelgrund",
         note="A question to change the payment term."),

    mail("qu-e12-forum-moderation-folien.eml",
         frm=("Yvonne Richter", "yvonne.richter@saalweiden.example"),
         subject="Fragen zum Programm", client="thunderbird",
         date="Wed, 25 Jun 2025 14:10:00 +0200",
         body="""Hallo,

zwei Fragen zum Programm: Wer moderiert das Forum 3 am Donnerstagnachmittag? Und werden die Folien der Vorträge im Nachgang zur Verfügung gestellt?

Danke und viele Grüße
Yvonne Richter
""",
         intent="question", questions=2, name="Yvonne Richter",
         note="Two questions about the programme."),

    mail("qu-e13-dutch-intern-fee.eml",
         frm=("Pieter Hoekstra", "p.hoekstra@gemeente-waterland-oost.example"),
         subject="Intern coming along?",
         date="Thu, 26 Jun 2025 10:00:00 +0200", client="outlook",
         body="""Dear VSOP team,

Can I bring my intern to the conference? She is student still, does she also need to pay the full fee of 300 euro or is there something cheaper?

Met vriendelijke groet,
Pieter Hoekstra
""",
         intent="question", language="en", questions=1, name="Pieter Hoekstra",
         note="Dutch English; the fee appears only inside the question (no membership from it)."),

    mail("qu-e14-warteliste-chancen.eml",
         frm=("Wolfgang Sieber", "w.sieber@t-online.example"),
         subject="Re: Ihre Anmeldung: VSOP-Jahrestagung 2025 – Warteliste", client="none",
         date="Fri, 30 May 2025 11:00:00 +0200",
         in_reply_to="<waitlist-qe14@vsop.de>",
         body="""Sehr geehrte Damen und Herren, wie stehen denn meine Chancen, dass ich von Position 3 noch nachrücke? Sollte ich schon ein Hotel buchen oder lieber abwarten? Mit freundlichen Grüßen Wolfgang Sieber

""" + webde("waitlisted", "29.05.2025 16:10", name="Wolfgang Sieber"),
         intent="question", questions=2, name="Wolfgang Sieber",
         note="Answer to the waiting-list mail with two questions in one run-on paragraph."),

    mail("qu-e15-mitglied-seit-mai.eml",
         frm=("Anne Kühnel", "anne.kuehnel@saalweiden.example"),
         subject="Mitgliedertarif?", client="android",
         date="Mon, 30 Jun 2025 20:00:00 +0200",
         body="""Hallo ihr,

unsere Stadt ist seit Mai institutionelles Mitglied bei euch. Gilt dann für mich schon der Mitgliedertarif, oder erst ab nächstem Jahr?

LG Anne
""",
         intent="question", questions=1, name="Anne Kühnel", member=True,
         note="Membership stated ('unsere Stadt ist ... institutionelles Mitglied'), the question is which fee applies."),

    mail("qu-e16-umsatzsteuer-kaemmerei.eml",
         frm=("Stefan Krüger", "stefan.krueger@lk-boerdeland.example"),
         subject="Umsatzsteuer auf der Rechnung", client="outlook",
         date="Tue, 01 Jul 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

unsere Kämmerei fragt nach: Ist die Teilnahmegebühr umsatzsteuerbefreit, oder wird die Umsatzsteuer auf der Rechnung ausgewiesen?

Mit freundlichen Grüßen
Stefan Krüger
Landkreis Bördeland
""",
         intent="question", questions=1, name="Stefan Krüger", organization="Landkreis Bördeland",
         note="A tax question for the treasurer of the association."),

    mail("qu-e17-platz-uebertragen.eml",
         frm=("Carolin Menzel", "c.menzel@lk-ilmtal.example"),
         subject="Übertragung meines Platzes?", client="outlook",
         date="Wed, 02 Jul 2025 13:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ist es möglich, meinen Platz auf meine Kollegin Frau Ramona Vetter zu übertragen? Ich bin zu der Zeit leider auf einer Dienstreise nach Erfurt, sie würde an meiner Stelle kommen.

Mit freundlichen Grüßen
Carolin Menzel
""",
         intent="question", questions=1, name="Carolin Menzel",
         note="Asks whether the place can be transferred: a person decides (neither a plain cancellation nor a registration of the colleague)."),

    mail("qu-e18-mitgliederversammlung.eml",
         frm=("Ruth Adelmann", "r.adelmann@diakonie-moselkirch.example"),
         subject="Mitgliederversammlung am Rande der Tagung", client="apple",
         date="Thu, 03 Jul 2025 10:30:00 +0200",
         body="""Liebe Kolleginnen und Kollegen,

findet am Rande der Tagung wieder eine Mitgliederversammlung statt, und dürfen dort auch Vertreterinnen institutioneller Mitglieder abstimmen?

Herzliche Grüße
Ruth Adelmann
""",
         intent="question", questions=2, name="Ruth Adelmann",
         note="Two questions joined by 'und' in one sentence."),

    mail("qu-e19-rueckruf-gruppe.eml",
         frm=("Daniela Köhler", "daniela.koehler@caritas-saartal.example"),
         subject="Bitte um Rückruf – Gruppenanmeldung", client="outlook",
         date="Fri, 04 Jul 2025 08:10:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir überlegen, mit sechs Ehrenamtlichen aus unseren Migrationsdiensten zu kommen, und haben dazu einige Fragen zu Kosten und Ablauf. Bitte rufen Sie mich doch kurz zurück: 0681 90 31-22.

Mit freundlichen Grüßen
Daniela Köhler
Caritasverband für das Saartal e. V.
""",
         intent="question", questions=1, name="Daniela Köhler",
         organization="Caritasverband für das Saartal e. V.",
         note="A request for a call back about a group: only a person can do that; 'wir überlegen' is no pre-registration."),

    # --- cancellations -------------------------------------------------------------
    mail("ca-e01-auf-bestaetigung-zurueckziehen.eml",
         frm=("Böttcher, Katrin", "k.boettcher@havelwerder.example"),
         subject="AW: Bestätigung Ihrer verbindlichen Anmeldung: VSOP-Jahrestagung 2025",
         date="Mon, 14 Jul 2025 09:00:00 +0200", client="outlook",
         in_reply_to="<confirmation-ce01@vsop.de>",
         body="""Sehr geehrte Damen und Herren,

wegen einer kurzfristig angesetzten Stadtverordnetenversammlung muss ich meine verbindliche Anmeldung leider zurückziehen.

Mit freundlichen Grüßen
i. A. Katrin Böttcher

""" + outlook_block("confirmation", "Montag, 2. Juni 2025 10:30", "Böttcher, Katrin <k.boettcher@havelwerder.example>", name="Katrin Böttcher"),
         intent="cancellation", name="Katrin Böttcher",
         note="Withdraws a binding registration above the quoted confirmation (whose 'Absage teilen Sie uns bitte ... mit' is the office's)."),

    mail("ca-e02-dutch-withdraw.eml",
         frm=("Femke Bakker", "f.bakker@gemeente-dijkveen.example"),
         subject="Withdrawal Sanne Visser",
         date="Tue, 15 Jul 2025 10:00:00 +0200", client="thunderbird",
         body="""Dear VSOP office,

Unfortunately our colleague Sanne Visser has to withdraw her registration, she is on sick leave. Joost and me are still coming.

With kind regards,
Femke Bakker
""",
         intent="cancellation", language="en", name="Sanne Visser", email=None,
         note="Dutch English; cancels one person of a group (not the sender, whose address is not given for her); the others stay."),

    mail("ca-e03-vorzimmer-absage.eml",
         frm=("Vorzimmer Dezernat II", "vorzimmer.dez2@regionalverband-saartal.example"),
         subject="Absage Herr Dr. Schmitt", client="outlook",
         date="Wed, 11 Jun 2025 08:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Herr Beigeordneter Dr. Schmitt lässt seine Vormerkung absagen; die Kreistagssitzung wurde auf den 25.09. gelegt.

Mit freundlichen Grüßen
Monika Kiefer
Vorzimmer
""",
         intent="cancellation", name="Schmitt", title="Dr.", email=None,
         note="A secretary cancels for her boss (surname only): email not labelled."),

    mail("ca-e04-kollegin-springt-ab.eml",
         frm=("Sabine Uhlig", "sabine.uhlig@lk-erzgrund.example"),
         subject="Änderung: Frau Franke sagt ab", headers=[("X-Mailer", "GroupWise 18.4.1")],
         date="Tue, 08 Jul 2025 14:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Frau Doreen Franke kann leider doch nicht nach Köln kommen; bitte stornieren Sie ihre Anmeldung. Meine eigene Anmeldung bleibt bestehen.

Mit freundlichen Grüßen
i. A. Sabine Uhlig
""",
         intent="cancellation", name="Doreen Franke", email=None,
         note="Cancels a colleague of a group registration, not herself."),

    mail("ca-e05-absage-plus-erstattung.eml",
         frm=("Frank Dietze", "f.dietze@havelwerder.example"),
         subject="Stornierung Dietze", client="outlook",
         date="Thu, 17 Jul 2025 11:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich muss meine Teilnahme leider stornieren – familiäre Gründe.

Die Gebühr ist bereits überwiesen: Bekommen wir sie erstattet, und fällt eine Bearbeitungsgebühr an?

Mit freundlichen Grüßen
Frank Dietze
""",
         intent="cancellation", questions=2, name="Frank Dietze",
         note="Cancellation + two questions (refund, handling fee): act on the cancellation, a person answers."),

    mail("ca-e06-klink-mich-aus.eml",
         frm=("Matthias Engel", "engel@quartiersbuero-havelwerder.example"),
         subject="Köln wird nix", client="roundcube",
         date="Fri, 23 May 2025 18:00:00 +0200",
         body="""Moin,

ich klink mich leider aus, Köln wird dieses Jahr nix – Projektantrag mit Frist Ende September. Gebt meinen Platz gern weiter.

Grüße
Matthias
""",
         intent="cancellation", name="Matthias Engel",
         note="Colloquial ('ich klink mich aus', 'wird nix'); full name from the From header."),

    mail("ca-e07-polish-resign.eml",
         frm=("Katarzyna Wiśniewska", "k.wisniewska@gorzewo-miasto.example"),
         subject="Resignation from conference",
         date="Mon, 21 Jul 2025 09:00:00 +0200", client="outlook",
         body="""Dear Madam or Sir,

I am sorry but I must resign from the conference, our mayor has ordered me to other event in this days. My colleague Tomasz Zieliński is still coming.

Best regards
Katarzyna Wiśniewska
""",
         intent="cancellation", language="en", name="Katarzyna Wiśniewska",
         note="Polish English 'resign from the conference' = cancel; only the sender cancels."),

    mail("ca-e08-auf-erinnerung-streichen.eml",
         frm=("Kevin Schulze", "kevin.schulze@amt-oderbruch.example"),
         subject="Re: Erinnerung: verbindliche Anmeldung bis 4.7.2025 – VSOP-Jahrestagung 2025",
         date="Mon, 23 Jun 2025 07:40:00 +0200", client="thunderbird",
         in_reply_to="<reminder-ce08@vsop.de>",
         body="""Hallo,

bitte streichen Sie mich, die Dienstreise wurde nicht genehmigt.

Kevin Schulze

""" + thunderbird("reminder", "20.06.25 um 06:00", name="Kevin Schulze"),
         intent="cancellation", name="Kevin Schulze",
         note="Reply to the reminder (which itself asks 'sagen Sie uns bitte kurz Bescheid'): a short cancellation."),

    mail("ca-e09-danish-waiting-list.eml",
         frm=("Mette Sørensen", "mette.sorensen@vestera-kommune.example"),
         subject="Cancellation – please give my place on",
         date="Wed, 23 Jul 2025 12:00:00 +0200", client="outlook",
         body="""Hi,

I will unfortunately not be able to come after all. Please cancel my place and give it to somebody on the waiting list.

Venlig hilsen
Mette Sørensen
""",
         intent="cancellation", language="en", name="Mette Sørensen",
         note="Danish English; 'give it to somebody on the waiting list' is part of the request, not a question."),

    mail("ca-e10-absage-kollege-statt.eml",
         frm=("Jens Kubitz", "jens.kubitz@lk-spreewald-nord.example"),
         subject="Absage Kubitz – Ersatz?", headers=[("User-Agent", "KMail/5.24.5 (Linux/6.8.0)")],
         date="Thu, 24 Jul 2025 09:30:00 +0200",
         body="""Hallo,

ich muss für Köln absagen. Kann stattdessen mein Kollege Tilo Brückner meinen Platz übernehmen? Er ist ebenfalls Mitglied.

Gruß
Jens Kubitz
""",
         intent="cancellation", questions=1, name="Jens Kubitz",
         note="Cancellation + a question whether a colleague can take the place."),

    mail("ca-e11-iphone-krank.eml",
         frm=("Gisela Fröhlich", "g.froehlich@stadt-muldenfels.example"),
         subject="Absage Tagung – Krankheit", client="iphone",
         date="Mon, 22 Sep 2025 06:50:00 +0200",
         body="""Guten Morgen, leider bin ich erkrankt und kann am Donnerstag nicht nach Köln kommen. Bitte tragen Sie mich aus.
Gisela Fröhlich

Von meinem iPhone gesendet
""",
         intent="cancellation", name="Gisela Fröhlich",
         note="Short cancellation three days before, from a phone ('Bitte tragen Sie mich aus')."),

    mail("ca-e12-html-warteliste-verlassen.eml",
         frm=("Wolfgang Sieber", "w.sieber@t-online.example"),
         subject="Warteliste", client="none",
         date="Tue, 15 Jul 2025 10:00:00 +0200", html_only=True,
         html="""<html><body><font face="Times New Roman" size="3">Sehr geehrte Damen und Herren,<br><br>
bitte nehmen Sie mich von der Warteliste, ich habe inzwischen einen anderen Termin zugesagt.<br><br>
Mit freundlichen Gr&uuml;&szlig;en<br>Wolfgang Sieber</font></body></html>
""",
         intent="cancellation", name="Wolfgang Sieber",
         note="Leaves the waiting list; HTML only with an old <font> tag."),

    # --- other -----------------------------------------------------------------
    mail("ot-e01-danke-bestaetigung.eml",
         frm=("Ruth Adelmann", "r.adelmann@diakonie-moselkirch.example"),
         subject="Re: Bestätigung Ihrer verbindlichen Anmeldung: VSOP-Jahrestagung 2025", client="apple",
         date="Fri, 27 Jun 2025 08:00:00 +0200",
         in_reply_to="<confirmation-oe01@vsop.de>",
         body="""Herzlichen Dank für die schnelle Bestätigung – ich freue mich auf Köln!

Ruth Adelmann

""" + apple_de("confirmation", "26.06.2025 um 14:31", name="Ruth Adelmann"),
         intent="other", name="Ruth Adelmann",
         note="A thank-you to the confirmation: nothing to do, a person may read it."),

    mail("ot-e02-einladung-eigene-fachtagung.eml",
         frm=("Dr. Bernd Vogler", "bernd.vogler@lk-boerdeland.example"),
         subject="Einladung: Fachtag Demografie Bördeland am 12.11.2025", client="notes",
         date="Mon, 08 Sep 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

der Landkreis Bördeland lädt am 12. November 2025 zum Fachtag „Demografie vor Ort“ ein. Vielleicht ist das auch für Ihre Mitglieder interessant; den Flyer finden Sie anbei.

Mit freundlichen Grüßen
Im Auftrag
Dr. Bernd Vogler
""",
         intent="other", name="Bernd Vogler", title="Dr.",
         note="A member invites the association to his own event (an 'Einladung' that is not ours): for a person."),

    mail("ot-e03-ausstellungsstand.eml",
         frm=("Lea Marx", "lea.marx@sozialsoftware-saar.example"),
         subject="Infostand bei der Jahrestagung?", client="outlook",
         date="Wed, 14 May 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir entwickeln Software für die Sozialberichterstattung und würden bei Ihrer Jahrestagung gern mit einem kleinen Infostand vertreten sein. Ich würde mich freuen, wenn sich jemand aus dem Vorstand dazu bei mir meldet.

Mit freundlichen Grüßen
Lea Marx
Sozialsoftware Saar GmbH
""",
         intent="other", name="Lea Marx", organization="Sozialsoftware Saar GmbH",
         note="A one-to-one business request (exhibition stand), written by a person: other, not bulk."),

    mail("ot-e04-ueberweisung-raus.eml",
         frm=("Holger Brandt", "holger.brandt@lk-spreewald-nord.example"),
         subject="Überweisung", client="outlook",
         date="Fri, 11 Jul 2025 13:00:00 +0200",
         body="""Guten Tag,

nur zur Info: Die Überweisung der Teilnahmegebühr ist heute von unserer Kreiskasse angewiesen worden.

Mit freundlichen Grüßen
Holger Brandt
""",
         intent="other", name="Holger Brandt",
         note="Information about a payment made ('angewiesen worden'): no registration, no question."),

    mail("ot-e05-neue-adresse-mensch.eml",
         frm=("Marie Lindemann", "marie.lindemann@lk-unstrut-heide.example"),
         subject="Neue E-Mail-Adresse ab 1. August", client="outlook",
         date="Tue, 22 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ab dem 1. August bin ich unter m.lindemann@unstrut-heide-kreis.example erreichbar; die alte Adresse wird abgeschaltet. Bitte schicken Sie die Tagungsunterlagen an die neue Adresse.

Freundliche Grüße
Marie Lindemann
""",
         intent="other", name="Marie Lindemann",
         note="A human change-of-address notice (not an automatic one): a person updates the record."),

    mail("ot-e06-falscher-empfaenger.eml",
         frm=("Ronny Lehmann", "ronny.lehmann@zwickenau.example"),
         subject="Protokoll AG Sozialplanung", client="iphone",
         date="Wed, 16 Jul 2025 15:30:00 +0200",
         body="""Hallo Jana,

anbei wie besprochen das Protokoll der letzten AG-Sitzung. Sag Bescheid, wenn noch was fehlt.

Ronny
""",
         attachments=[("Protokoll_AG_0707.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04" + bytes(range(120)) * 2)],
         intent="other", name="Ronny Lehmann",
         note="Sent to the office by mistake (addressed to a colleague 'Jana'): a person should tell him."),

    mail("ot-e07-stellenausschreibung-verteilen.eml",
         frm=("Anja Grützner", "anja.gruetzner@hansestadt-elbhafen.example"),
         subject="Stellenausschreibung Sozialplaner/in – Verteilung an Mitglieder?", client="apple",
         date="Mon, 18 Aug 2025 10:00:00 +0200",
         body="""Guten Tag,

die Hansestadt Elbhafen sucht eine Sozialplanerin bzw. einen Sozialplaner (E 11 TVöD). Es wäre toll, wenn Sie die angehängte Ausschreibung über Ihren Mitgliederverteiler streuen könnten.

Mit freundlichen Grüßen
Anja Grützner
""",
         intent="other", name="Anja Grützner",
         note="A request to circulate a job advert among members: for the association's staff, not an attendee matter."),

    # --- opt-outs ---------------------------------------------------------------
    mail("oo-e01-nur-abmelden.eml",
         frm=("Poststelle Gemeinde Niedhausen", "poststelle@gemeinde-niedhausen.example"),
         subject="AW: Einladung zur VSOP-Jahrestagung 2025 in Köln – bitte bis 2.6.2025 voranmelden",
         date="Wed, 23 Apr 2025 08:00:00 +0200", client="outlook",
         in_reply_to="<announce-oo01@vsop.de>",
         body="""abmelden

""" + outlook_block("announcement", "Dienstag, 22. April 2025 09:00", "poststelle@gemeinde-niedhausen.example"),
         intent="opt_out", name=None,
         note="Only the word the office's footer asks for, above the quoted announcement (no name)."),

    mail("oo-e02-dutch-mailing-list.eml",
         frm=("Joost van Dam", "j.vandam@gemeente-dijkveen.example"),
         subject="Remove from mailing list",
         date="Thu, 24 Apr 2025 09:00:00 +0200", client="outlook",
         body="""Hello,

Please remove my address from your mailing list. I have changed to another department and this theme is not anymore my work.

Regards,
Joost van Dam
""",
         intent="opt_out", language="en", name="Joost van Dam",
         note="Dutch English opt-out with a reason."),

    mail("oo-e03-funktionsadresse-unbesetzt.eml",
         frm=("Stadt Moselkirch – Sozialplanung", "sozialplanung@stadt-moselkirch.example"),
         subject="Keine weiteren Einladungen an diese Adresse", client="outlook",
         date="Fri, 25 Apr 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die Stelle der Sozialplanung ist derzeit unbesetzt. Bitte senden Sie an diese Funktionsadresse keine Einladungen mehr.

Mit freundlichen Grüßen
Hauptamt Stadt Moselkirch
""",
         intent="opt_out", name=None,
         note="A function address asks for no more invitations; no person's name."),

    mail("oo-e04-verteiler-austragen-reminder.eml",
         frm=("Uwe Brettschneider", "uwe.brettschneider@lk-spreewald-nord.example"),
         subject="Re: Erinnerung: Voranmeldung zur VSOP-Jahrestagung 2025 bis 2.6.2025",
         date="Mon, 26 May 2025 09:10:00 +0200", client="thunderbird",
         in_reply_to="<invrem-oo04@vsop.de>",
         body="""Bitte nehmen Sie mich aus Ihrem Einladungsverteiler, ich gehe Ende Juni in Rente.

U. Brettschneider

""" + thunderbird("invitation_reminder", "26.05.25 um 08:00", name="Uwe Brettschneider"),
         intent="opt_out", name="Uwe Brettschneider",
         note="Opt-out above the quoted invitation reminder; the reminder's own 'nicht dabei sein' sentence is the office's."),
]
