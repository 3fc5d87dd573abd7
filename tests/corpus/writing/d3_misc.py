"""DEVELOPMENT set 3: questions, cancellations, other mail and opt-outs. Written apart; tune
on these after dev3's first measure was recorded."""

from d3_quote import apple, owa
from make_corpus import mail

PROG = "Ihre Voranmeldung – Programm und Anmeldebogen Jahrestagung 2025"
STD = "Save the Date: VSOP-Jahrestagung 25./26. September 2025 in Köln"

MAILS = [
    # --- questions -------------------------------------------------------------------
    mail("qu-f01-parken-bahnhof.eml",
         frm=("Walter Eisenreich", "walter.eisenreich@stadt-naabburg-west.example"),
         subject="Anreise", client="outlook",
         date="Tue, 22 Apr 2025 10:00:00 +0200",
         body="""Grüß Gott,

wie weit ist der Tagungsort vom Kölner Hauptbahnhof entfernt, und kann man dort mit dem Auto parken?

Freundliche Grüße
Walter Eisenreich
Stadt Naabburg-West
""",
         intent="question", questions=1, name="Walter Eisenreich",
         note="Two clauses of one travel question; no registration."),

    mail("qu-f02-rechnung-splitten.eml",
         frm=("Ralf Birkenstock", "ralf.birkenstock@stadt-fuldatal-ost.example"),
         subject="Rechnung aufteilen?", client="thunderbird",
         date="Wed, 11 Jun 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

unsere Kasse möchte für jede Person eine eigene Rechnung. Wäre das für Sie machbar?

Mit freundlichen Grüßen
Ralf Birkenstock
""",
         intent="question", questions=1, name="Ralf Birkenstock",
         note="A change to the invoices (one per person): for a person."),

    mail("qu-f03-english-certificate.eml",
         frm=("Aoife Brennan", "aoife.brennan@corrib-county.example"),
         subject="CPD certificate?",
         date="Wed, 11 Jun 2025 12:00:00 +0100", client="outlook-web",
         body="""Hi Sabine,

quick one: will there be a certificate of attendance? Our HR needs it for CPD hours.

Thanks a million,
Aoife
""",
         intent="question", language="en", questions=1, name="Aoife Brennan",
         note="Irish English; question about a certificate."),

    mail("qu-f04-programm-vortrag-einreichen.eml",
         frm=("Dr. Mechthild Rosenbaum", "m.rosenbaum@institut-sozialplanung-kassel.example"),
         subject="Beitrag zur Tagung", client="apple",
         date="Thu, 24 Apr 2025 15:00:00 +0200",
         body="""Liebe Frau Wendt,

besteht noch die Möglichkeit, einen kurzen Praxisbeitrag im Forum „Quartiersentwicklung" einzubringen? Ich würde über unser Projekt in Nordhessen berichten.

Herzliche Grüße
Dr. Mechthild Rosenbaum
Institut für Sozialplanung Nordhessen (example)
""",
         intent="question", questions=1, name="Mechthild Rosenbaum", title="Dr.",
         note="Offer of a talk phrased as a question; no registration."),

    mail("qu-f05-schweiz-waehrung.eml",
         frm=("Beat Zürcher", "beat.zuercher@aarwil.example"),
         subject="Rechnung in CHF?", client="apple",
         date="Mon, 16 Jun 2025 10:00:00 +0200",
         body="""Grüezi Frau Wendt

Unsere Buchhaltung fragt, ob die Rechnung auch in Franken gestellt werden kann oder ob wir in Euro überweisen müssen.

Freundliche Grüsse
Beat Zürcher
""",
         intent="question", questions=1, name="Beat Zürcher",
         note="Indirect question ('fragt, ob ...') without a question mark."),

    mail("qu-f06-abendveranstaltung-begleitung.eml",
         frm=("Sönke Thomsen", "soenke.thomsen@amt-treenetal.example"),
         subject="Abendprogramm", client="outlook",
         date="Tue, 01 Jul 2025 09:00:00 +0200",
         body="""Moin,

darf man zum Abendessen am ersten Tag eine Begleitperson mitbringen, und was würde das kosten?

Beste Grüße
Sönke Thomsen
""",
         intent="question", questions=1, name="Sönke Thomsen",
         note="A question about a companion at the dinner (and its price)."),

    mail("qu-f07-us-visa-letter.eml",
         frm=("Danielle Whitaker", "dwhitaker@civicbridge-fund.example"),
         subject="Invitation letter",
         date="Tue, 17 Jun 2025 09:00:00 -0400", client="apple",
         body="""Hello,

would it be possible to get a short letter of invitation on your letterhead? Our finance people want one for the travel file.

Best,
Danielle
""",
         intent="question", language="en", questions=1, name="Danielle Whitaker",
         note="Request only a person can fulfil (a letter), phrased as a question."),

    mail("qu-f08-formular-word.eml",
         frm=("Dieter Wagenknecht", "dieter.wagenknecht@kreisausschuss-schwalm.example"),
         subject="Anmeldebogen als Word-Datei?", client="notes",
         date="Wed, 30 Apr 2025 10:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

gibt es den Anmeldebogen auch als Word-Datei? Unser System lässt das Ausfüllen von PDF-Formularen nicht zu.

Mit freundlichen Grüßen
Im Auftrag
Dieter Wagenknecht
""",
         intent="question", questions=1, name="Dieter Wagenknecht",
         note="Question about the form's file format."),

    mail("qu-f09-mitglied-werden.eml",
         frm=("Hauke Petersen", "h.petersen@kreis-eiderland.example"),
         subject="Mitgliedschaft", client="thunderbird",
         date="Mon, 05 May 2025 14:00:00 +0200",
         body="""Moin Frau Wendt,

wenn unser Kreis jetzt noch Mitglied wird – gilt dann schon für die Tagung der Mitgliedspreis? Und was kostet eine institutionelle Mitgliedschaft im Jahr?

Moin moin
Hauke Petersen
""",
         intent="question", questions=2, name="Hauke Petersen",
         note="Two questions about membership and fees; no membership stated."),

    mail("qu-f10-reply-programm-uhrzeit.eml",
         frm=("Regina Hufnagel", "regina.hufnagel@lra-altmuehlfranken.example"),
         subject="AW: " + PROG, client="outlook-web",
         date="Fri, 02 May 2025 08:00:00 +0200",
         body="""Guten Morgen Frau Wendt,

um wie viel Uhr endet die Tagung am zweiten Tag ungefähr? Ich muss meinen Rückzug buchen.

Freundliche Grüße
Regina Hufnagel

""" + owa("programm", "Donnerstag, 17. April 2025 11:30", "Hufnagel, Regina (LRA AM)", PROG),
         intent="question", questions=1, name="Regina Hufnagel",
         note="Reply above the quoted programme mail (which talks of the binding registration): a time question; 'Rückzug' typo for 'Rückzug/Rückfahrt'."),

    mail("qu-f11-oesterreich-foerderung.eml",
         frm=("Mag.a Elisabeth Pointner", "elisabeth.pointner@magistrat-innauen.example"),
         subject="Anfrage Teilnahmebestätigung", client="outlook",
         date="Mon, 07 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Wendt!

Für die Abrechnung meiner Dienstreise benötige ich nach der Tagung eine Teilnahmebestätigung. Ist das bei Ihnen vorgesehen?

Mit freundlichen Grüßen
Mag.a Elisabeth Pointner
""",
         intent="question", questions=1, name="Elisabeth Pointner",
         note="Austrian; question about a certificate of attendance."),

    mail("qu-f12-html-online-teilnahme.eml",
         frm=("Jana Ostermann", "jana.ostermann@awo-unterweser.example"),
         subject="Hybride Teilnahme", html_only=True,
         date="Tue, 06 May 2025 11:00:00 +0200",
         html="""<html><body><p>Hallo Frau Wendt,</p><p>wird es einen Livestream geben? Zwei Kolleginnen können nicht reisen, würden aber gern online zuschauen.</p><p>Viele Grüße<br>Jana Ostermann</p></body></html>
""",
         intent="question", questions=1, name="Jana Ostermann",
         note="HTML-only; a question about online participation."),

    mail("qu-f13-status-anmeldung.eml",
         frm=("Wiebke Carstens", "w.carstens@stadt-schleibruck.example"),
         subject="Ist meine Anmeldung angekommen?", client="iphone",
         date="Tue, 24 Jun 2025 07:30:00 +0200",
         body="""Hallo,

ich habe vor zwei Wochen den Bogen geschickt, aber noch keine Bestätigung bekommen. Ist alles angekommen?

Wiebke Carstens

Von meinem iPhone gesendet
""",
         intent="question", questions=1, name="Wiebke Carstens",
         note="A status question ('Ist alles angekommen?') mentioning the form; no new registration."),

    mail("qu-f14-english-dietary-and-badge.eml",
         frm=("Helen Forsyth", "helen.forsyth@lothian-east.example"),
         subject="Two small things",
         date="Mon, 30 Jun 2025 10:00:00 +0100", client="outlook",
         body="""Dear Ms Wendt,

Could you please change the spelling on Callum's badge to "Calum"? He tells me we had it wrong all along. Also, is there a gluten-free option at lunch?

Kind regards,
Helen Forsyth
""",
         intent="question", language="en", questions=2, name="Helen Forsyth",
         note="Two questions: a badge change (a person must do it) and catering."),

    mail("qu-f15-rechnung-nicht-erhalten.eml",
         frm=("Heike Ramsauer", "h.ramsauer@vg-frankenhoehe.example"),
         subject="Rechnung noch nicht da", client="outlook",
         date="Mon, 28 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die Rechnung für meine Teilnahme ist bei uns bisher nicht eingegangen. Können Sie sie bitte noch einmal schicken, gern als PDF?

Mit freundlichem Gruß
Heike Ramsauer
""",
         intent="question", questions=1, name="Heike Ramsauer",
         note="The invoice has not arrived; a person must resend it."),

    mail("qu-f16-dutch-english-programme-language.eml",
         frm=("Wouter Claes", "wouter.claes@stad-leiebrugge.example"),
         subject="Language of the sessions",
         date="Tue, 06 May 2025 13:00:00 +0200", client="outlook",
         body="""Dear,

Are the sessions only in German or is there also something in English? My colleague speaks only little German.

Met vriendelijke groeten
Wouter Claes
""",
         intent="question", language="en", questions=1, name="Wouter Claes",
         note="Flemish English question about the language of the sessions."),

    mail("qu-f17-gruppe-rabatt.eml",
         frm=("Kerstin Vollmer", "kerstin.vollmer@lk-rhoen-saale.example"),
         subject="Gruppenrabatt?", client="outlook",
         date="Wed, 07 May 2025 09:00:00 +0200",
         body="""Guten Tag Frau Wendt,

gibt es ab vier Personen aus einer Behörde einen Nachlass? Das würde unserer Kämmerei die Entscheidung erleichtern.

Viele Grüße
Kerstin Vollmer
""",
         intent="question", questions=1, name="Kerstin Vollmer",
         note="A discount question; four persons mentioned but not registered."),

    mail("qu-f18-umbuchung-person.eml",
         frm=("Martina Schwab", "martina.schwab@kreis-vogelsberg-sued.example"),
         subject="Umbuchung auf andere Kollegin möglich?", client="outlook",
         date="Mon, 14 Jul 2025 10:00:00 +0200",
         body="""Liebe Frau Wendt,

Frau Eckhardt ist leider länger erkrankt. Könnte statt ihr unsere Kollegin Sarah Weil teilnehmen, ohne dass eine neue Gebühr anfällt?

Viele Grüße
Martina Schwab
""",
         intent="question", questions=1, name="Martina Schwab",
         note="A substitution request phrased as a question: a person decides (not a cancellation, not a registration)."),

    mail("qu-f19-mobil-wlan.eml",
         frm=("Priya Raman", "priya.raman@eastmoor-trust.example"),
         subject="wifi + slides",
         date="Mon, 15 Sep 2025 21:00:00 +0100", client="android",
         body="""Hi, will there be wifi at the venue, and will the slides be shared afterwards? Thanks! Priya

Sent from my Galaxy
""",
         intent="question", language="en", questions=2, name="Priya Raman",
         note="Two questions in one line from a phone."),

    # --- cancellations ---------------------------------------------------------------
    mail("ca-f01-krank-absage.eml",
         frm=("Lukas Höfler", "lukas.hoefler@stadt-regnitzau.example"),
         subject="Absage Höfler", client="iphone",
         date="Mon, 08 Sep 2025 07:10:00 +0200",
         body="""Hallo Frau Wendt,

leider muss ich meine Teilnahme absagen, ich bin für mehrere Wochen krankgeschrieben.

Lukas Höfler

Von meinem iPhone gesendet
""",
         intent="cancellation", name="Lukas Höfler",
         note="Plain cancellation for illness."),

    mail("ca-f02-sekretariat-storniert-chef.eml",
         frm=("Sekretariat Bürgermeister", "sekretariat.bm@lahnfelden.example"),
         subject="Stornierung Prof. Dr. Weigand", client="outlook",
         date="Tue, 09 Sep 2025 10:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

aufgrund einer kurzfristig anberaumten Stadtverordnetenversammlung muss Herr Bürgermeister Prof. Dr. Armin Weigand seine Teilnahme leider stornieren.

Mit freundlichen Grüßen
im Auftrag
Petra Seibel
""",
         intent="cancellation", name="Armin Weigand", title="Prof. Dr.", email=None,
         note="Secretary cancels for the mayor; his address not given in this mail."),

    mail("ca-f03-english-with-fee-question.eml",
         frm=("Gareth Pryce", "gareth.pryce@valecouncil.example"),
         subject="Cancellation - Gareth Pryce",
         date="Wed, 20 Aug 2025 09:00:00 +0100", client="outlook",
         body="""Hello,

I'm afraid I have to cancel my place - our restructure has landed right on top of the conference dates. Is there any fee for cancelling at this stage?

Cheers,
Gareth Pryce
""",
         intent="cancellation", language="en", questions=1, name="Gareth Pryce",
         note="British cancellation plus a question about fees: act and ask a person."),

    mail("ca-f04-dialekt-absage.eml",
         frm=("Sepp Kranzberger", "sepp.kranzberger@markt-hirschau-ost.example"),
         subject="Wird nix", client="android",
         date="Thu, 11 Sep 2025 19:00:00 +0200",
         body="""Servus Frau Wendt,

leider wird's nix mit Köln, mi hots mit'm Knie derwischt. Bitte streichts mi wieder.

Pfiade
Sepp Kranzberger
""",
         intent="cancellation", name="Sepp Kranzberger",
         note="Bavarian dialect ('wird's nix', 'streichts mi wieder')."),

    mail("ca-f05-kollegin-faellt-aus-gruppe.eml",
         frm=("Ralf Birkenstock", "ralf.birkenstock@stadt-fuldatal-ost.example"),
         subject="Abmeldung Yusuf Demir", client="thunderbird",
         date="Mon, 01 Sep 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

Herr Yusuf Demir muss seine Teilnahme leider zurückziehen. Frau Kehl und ich kommen wie angemeldet.

Mit freundlichen Grüßen
Ralf Birkenstock
""",
         intent="cancellation", name="Yusuf Demir", email=None,
         note="The sender withdraws one person of his group, not himself; no address of Herr Demir."),

    mail("ca-f06-swiss-abmeldung.eml",
         frm=("Reto Bachmann", "reto.bachmann@kanton-limmatgau.example"),
         subject="Withdrawal R. Bachmann",
         date="Fri, 05 Sep 2025 10:00:00 +0200", client="outlook",
         body="""Dear Ms Wendt

Unfortunately I must withdraw my registration, the canton has put a stop on all foreign travel until the end of the year.

Kind regards
Reto Bachmann
""",
         intent="cancellation", language="en", name="Reto Bachmann",
         note="Swiss English 'withdraw my registration'."),

    mail("ca-f07-voranmeldung-zurueckziehen.eml",
         frm=("Bernd Hofmeister", "bernd.hofmeister@gemeinde-kinzigbach.example"),
         subject="Doch net", client="gmx",
         date="Wed, 28 May 2025 12:00:00 +0200",
         body="""Ei gude Frau Wendt,

des Kreuzsche uff de Liste könne Se wieder wegmache, es klappt doch net.

Gruß
Bernd Hofmeister
""",
         intent="cancellation", name="Bernd Hofmeister",
         note="Hessian dialect withdrawal of a pre-registration ('könne Se wieder wegmache')."),

    mail("ca-f08-reply-apple-absage.eml",
         frm=("Christiane Lorenzen", "christiane.lorenzen@diakonie-schlei.example"),
         subject="Re: " + STD, client="apple",
         date="Tue, 27 May 2025 16:00:00 +0200",
         body="""Liebe Frau Wendt,

ich muss meine Vormerkung leider zurücknehmen – bei uns hat sich die Personalsituation geändert.

Herzlich
Christiane Lorenzen

""" + apple("savethedate", "14.04.2025 um 10:02"),
         intent="cancellation", name="Christiane Lorenzen",
         note="Withdraws a pre-registration ('Vormerkung zurücknehmen') above the quoted save-the-date."),

    mail("ca-f09-oesterreich-stornierung-ersatz-frage.eml",
         frm=("Ing. Markus Gruber", "markus.gruber@bh-murtal.example"),
         subject="Stornierung DSA Haider", client="outlook",
         date="Mon, 15 Sep 2025 08:00:00 +0200",
         body="""Grüß Gott,

Frau DSA Sabine Haider muss ihre Teilnahme leider stornieren. Wird die Gebühr in diesem Fall rückerstattet?

Mit freundlichen Grüßen
Markus Gruber
""",
         intent="cancellation", questions=1, name="Sabine Haider", email=None,
         note="Cancels for a colleague plus a refund question."),

    mail("ca-f10-roundcube-kurz.eml",
         frm=("Dörte Lüders", "doerte.lueders@nachbarschaftshilfe-weserhaven.example"),
         subject="Absage Ilka Brandt", client="roundcube",
         date="Tue, 16 Sep 2025 09:00:00 +0200",
         body="""Hallo Frau Wendt,

Ilka kann nun doch nicht mit. Bitte nehmen Sie sie von der Liste, ich selbst bleibe angemeldet.

Herzliche Grüße
Dörte Lüders
""",
         intent="cancellation", name="Ilka Brandt", email=None,
         note="Removes a colleague by first name in the text (full name from the earlier mails is not here: the subject gives it); sender stays."),

    mail("ca-f11-english-us-cancel.eml",
         frm=("Danielle Whitaker", "dwhitaker@civicbridge-fund.example"),
         subject="Need to cancel",
         date="Mon, 18 Aug 2025 09:00:00 -0400", client="apple",
         body="""Hello,

I'm so sorry, but I need to cancel my registration. A family matter came up and I won't be able to travel in September.

Best,
Danielle Whitaker
""",
         intent="cancellation", language="en", name="Danielle Whitaker",
         note="American cancellation."),

    mail("ca-f12-notes-abmeldung-bezirk.eml",
         frm=("Gunda Reißmann/Bezirk/DE", "gunda.reissmann@bezirk-mainfranken.example"),
         subject="Abmeldung", client="notes",
         date="Wed, 10 Sep 2025 10:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

hiermit melde ich mich von der Jahrestagung ab. Frau Dr. Vierling nimmt weiterhin teil.

Mit freundlichen Grüßen
Gunda Reißmann
""",
         intent="cancellation", name="Gunda Reißmann",
         note="'melde mich ... ab' (separable verb); the colleague stays."),

    # --- other -----------------------------------------------------------------------
    mail("ot-f01-danke-bestaetigung.eml",
         frm=("Nele Hansen", "nele.hansen@kiel-foerde-hilfe.example"),
         subject="Danke!", client="android",
         date="Fri, 04 Jul 2025 08:00:00 +0200",
         body="""Danke für die schnelle Bestätigung, freu mich auf Köln! 😊
LG Nele
""",
         intent="other", name="Nele Hansen",
         note="A thank-you after the confirmation: nothing to do, but a person reads it."),

    mail("ot-f02-adressaenderung.eml",
         frm=("Tomás Ferreira", "tomas.ferreira@uni-weserhaven.example"),
         subject="new e-mail address",
         date="Mon, 01 Sep 2025 09:00:00 +0200", client="thunderbird",
         body="""Hello,

from October my university address will stop working. Please use tomas.ferreira@posteo.example for anything after the conference.

best
Tomás
""",
         intent="other", language="en", name="Tomás Ferreira",
         note="An address change for later: for a person, no action of the agent's kind."),

    mail("ot-f03-referentin-folien.eml",
         frm=("Dr. Mechthild Rosenbaum", "m.rosenbaum@institut-sozialplanung-kassel.example"),
         subject="Folien für das Forum", client="apple",
         date="Mon, 22 Sep 2025 17:00:00 +0200",
         attachments=[("Rosenbaum_Forum3.pdf", "application/pdf", b"%PDF-1.4\n% slides placeholder\n")],
         body="""Liebe Frau Wendt,

anbei meine Folien für das Forum am Donnerstag, wie besprochen.

Herzliche Grüße
Mechthild Rosenbaum
""",
         intent="other", name="Mechthild Rosenbaum",
         note="A speaker sends slides (a PDF that is no form)."),

    mail("ot-f04-rueckmeldung-nach-tagung.eml",
         frm=("Aoife Brennan", "aoife.brennan@corrib-county.example"),
         subject="Thank you!",
         date="Mon, 29 Sep 2025 10:00:00 +0100", client="outlook-web",
         body="""Hi Sabine,

just a note to say thanks for a brilliant two days in Cologne. Ciarán and I came home full of ideas.

All the best,
Aoife
""",
         intent="other", language="en", name="Aoife Brennan",
         note="Feedback after the event."),

    mail("ot-f05-kooperationsangebot.eml",
         frm=("Jörg Lindemeyer", "j.lindemeyer@fachverlag-kommunal.example"),
         subject="Medienpartnerschaft Jahrestagung", client="outlook",
         date="Wed, 14 May 2025 11:00:00 +0200",
         body="""Sehr geehrte Frau Wendt,

wir würden Ihre Jahrestagung gern in unserer Fachzeitschrift ankündigen und einen Nachbericht bringen. Darf ich Sie dazu nächste Woche kurz anrufen?

Mit freundlichen Grüßen
Jörg Lindemeyer
Redaktion „Kommunale Sozialpolitik" (example)
""",
         intent="other", name="Jörg Lindemeyer",
         note="A personal media-partnership offer (not a mass mailing): for a person; its question is part of the offer."),

    mail("ot-f06-weiterleitung-intern-falsch.eml",
         frm=("Sabine Wendt", "sabine.wendt@t-online.example"),
         subject="Fwd: Kinderbetreuung im Rathaus", client="apple",
         date="Sat, 10 May 2025 10:00:00 +0200",
         body="""Zur Ablage – kam bei mir privat an.

Sabine

Anfang der weitergeleiteten Nachricht:

Von: Elternbeirat Kita Sonnenblume <elternbeirat@kita-sonnenblume.example>
Betreff: Kinderbetreuung im Rathaus
Datum: 9. Mai 2025 um 18:03:12 MESZ

Liebe Eltern, am Samstag fällt die Betreuung aus.
""",
         intent="other", name="Sabine Wendt",
         note="Staff forwards something unrelated from a private address."),

    mail("ot-f07-hotel-anfrage-gast.eml",
         frm=("Familie Öztürk", "oeztuerk.familie@web.example"),
         subject="Zimmer frei?", client="gmx",
         date="Sun, 11 May 2025 20:00:00 +0200",
         body="""Hallo,

haben Sie vom 24. bis 27. September noch ein Doppelzimmer frei? Wir sind zu zweit mit Hund.

Gruß
Familie Öztürk
""",
         intent="other", name="Familie Öztürk",
         note="Mistaken for a hotel: no attendee; a person reads it (its question is not about the conference)."),

    # --- opt-outs ---------------------------------------------------------------------
    mail("oo-f01-bitte-austragen.eml",
         frm=("Hans-Peter Vogt", "hp.vogt@gemeinde-ohmtal.example"),
         subject="Verteiler", client="outlook",
         date="Wed, 16 Apr 2025 09:00:00 +0200",
         body="""Guten Tag,

bitte nehmen Sie mich aus Ihrem Verteiler, ich bin seit März im Ruhestand.

Freundliche Grüße
H.-P. Vogt
""",
         intent="opt_out", name="Hans-Peter Vogt",
         note="Opt-out for retirement; name from the display name."),

    mail("oo-f02-english-unsubscribe-reply.eml",
         frm=("Rhys Morgan", "rhys.morgan@valecouncil.example"),
         subject="Re: " + "Save the date: VSOP annual conference, Cologne, 25-26 September 2025",
         date="Thu, 17 Apr 2025 10:00:00 +0100", client="outlook",
         body="""Please remove me from this mailing list - I've moved to a different role.

Rhys Morgan
""",
         intent="opt_out", language="en", name="Rhys Morgan",
         note="English opt-out reply."),

    mail("oo-f03-dialekt-keine-mails.eml",
         frm=("Vroni Stadlbauer", "vroni.stadlbauer@markt-hirschau-ost.example"),
         subject="koane Mails mehr", client="android",
         date="Fri, 18 Apr 2025 12:00:00 +0200",
         body="""Griaß Eana, bitte schickts ma koane Einladungen mehr, i bin ned zuständig. Dankschee
Vroni Stadlbauer
""",
         intent="opt_out", name="Vroni Stadlbauer",
         note="Bavarian dialect opt-out ('schickts ma koane Einladungen mehr')."),

    mail("oo-f04-sekretariat-adresse-loeschen.eml",
         frm=("Poststelle Kreis Eiderland", "poststelle@kreis-eiderland.example"),
         subject="Löschung aus Ihrem Mailverteiler", client="outlook",
         date="Tue, 22 Apr 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir bitten darum, die Adresse poststelle@kreis-eiderland.example aus Ihrem Verteiler zu löschen. Einladungen senden Sie bitte direkt an die Fachdienste.

Mit freundlichen Grüßen
Poststelle
Kreis Eiderland
""",
         intent="opt_out", name=None,
         note="A mailroom asks to delete its address from the list; no person's name."),
]
