"""DEVELOPMENT set 3: machines and near-machines. Written apart; tune on these after dev3's
first measure was recorded."""

from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

STD = "Save the Date: VSOP-Jahrestagung 25./26. September 2025 in Köln"
STD_EN = "Save the date: VSOP annual conference, Cologne, 25-26 September 2025"
PROG = "Ihre Voranmeldung – Programm und Anmeldebogen Jahrestagung 2025"
NACH = "Rückfrage zu Ihrer Anmeldung – Jahrestagung 2025"


def original(to: str, subject: str, msgid: str) -> str:
    """The office's save-the-date as a delivery report returns it."""
    return (f"Return-Path: <{OFFICE}>\nFrom: VSOP e.V. =?utf-8?q?Gesch=C3=A4ftsstelle?= <{OFFICE}>\n"
            f"To: {to}\nSubject: {subject}\nMessage-ID: {msgid}\nDate: Mon, 14 Apr 2025 10:02:00 +0200\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "Liebe Kolleginnen und Kollegen,\n\nmerken Sie sich bitte den 25. und 26. September 2025 vor.\n")


AUTO = [("Auto-Submitted", "auto-replied")]

MAILS = [
    # --- auto-replies ------------------------------------------------------------------
    mail("ar-f01-owa-abwesend-vertretung.eml",
         frm=("Hufnagel, Regina (LRA AM)", "regina.hufnagel@lra-altmuehlfranken.example"),
         subject="Automatische Antwort: " + PROG, date="Thu, 17 Apr 2025 11:30:40 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
         body="""Ich bin bis 25.04. im Urlaub. Meine Vertretung, Herr Kolb, erreichen Sie unter sg24@lra-altmuehlfranken.example. Bitte melden Sie sich bei ihm auch verbindlich an, falls es um die Jugendhilfeplanung geht.
""",
         intent="auto_reply",
         note="OWA out-of-office whose text says 'melden Sie sich ... verbindlich an' (an instruction, not a registration)."),

    mail("ar-f02-english-ooo-no-header.eml",
         frm=("Helen Forsyth", "helen.forsyth@lothian-east.example"),
         subject="Out of Office: " + STD_EN, date="Mon, 14 Apr 2025 10:06:00 +0100",
         body="""Thank you for your email. I am out of the office until Tuesday 22 April with limited access to email. For urgent matters please contact asc.support@lothian-east.example.

Helen
""",
         intent="auto_reply",
         note="'Out of Office:' subject only, no Auto-Submitted header."),

    mail("ar-f03-schweiz-abwesenheit.eml",
         frm=("Beat Zürcher", "beat.zuercher@aarwil.example"),
         subject="Abwesenheitsnotiz: " + PROG, date="Thu, 17 Apr 2025 11:31:00 +0200",
         headers=AUTO,
         body="""Guten Tag

Ich bin bis am 28. April abwesend. Ihre Nachricht wird nicht weitergeleitet.

Freundliche Grüsse
Beat Zürcher
""",
         intent="auto_reply", note="Swiss out-of-office ('bis am 28. April')."),

    mail("ar-f04-notes-abwesenheit.eml",
         frm=("Dieter Wagenknecht", "dieter.wagenknecht@kreisausschuss-schwalm.example"),
         subject="Dieter Wagenknecht ist außer Haus", client="notes",
         date="Mon, 14 Apr 2025 10:03:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Ich werde ab 14.04.2025 nicht im Büro sein. Ich kehre zurück am 22.04.2025.

Ich werde Ihre Nachricht nach meiner Rückkehr beantworten.
""",
         intent="auto_reply", note="Notes out-of-office with its own subject ('ist außer Haus')."),

    mail("ar-f05-ticket-buergerservice.eml",
         frm=("Bürgerservice Stadt Regnitzau", "noreply-ticket@stadt-regnitzau.example"),
         subject="[Ticket#2025041410000123] Ihre Anfrage: " + STD, date="Mon, 14 Apr 2025 10:04:00 +0200",
         headers=[("Auto-Submitted", "auto-replied"), ("X-OTRS-Loop", "yes")],
         body="""Sehr geehrte Damen und Herren,

Ihre Zuschrift ist eingegangen und trägt die Vorgangsnummer im Betreff. Wir kümmern uns so bald wie möglich darum. Auf diese automatisch versandte Mitteilung kann nicht geantwortet werden.

Ihr Bürgerservice
""",
         intent="auto_reply", note="Ticket system acknowledgement."),

    mail("ar-f06-zendesk-english-no-auto.eml",
         frm=("Eastmoor Trust Support", "support@eastmoor-trust.example"),
         subject="[Request received] " + STD_EN, date="Mon, 14 Apr 2025 10:05:30 +0100",
         headers=[("X-Mailer", "Zendesk Mailer")],
         body="""Hi there,

Thanks for getting in touch! We've received your request (#48211) and a member of our team will be in touch within 3 working days.

You can reply to this email to add more information to your request.

Eastmoor Community Trust Support
""",
         intent="auto_reply",
         note="Zendesk acknowledgement without Auto-Submitted or Precedence; 'reply to add more information' is no question."),

    mdn("ar-f07-gelesen-owa.eml",
        frm=("Martina Schwab", "martina.schwab@kreis-vogelsberg-sued.example"),
        subject="Gelesen: " + STD, date="Mon, 14 Apr 2025 11:00:00 +0200",
        original_id="<std-f07@vsop.de>", final="martina.schwab@kreis-vogelsberg-sued.example",
        human="""Ihre Nachricht

  An: Schwab, Martina
  Betreff: """ + STD + """
  Gesendet: Montag, 14. April 2025 10:02:00 (UTC+01:00)

wurde am Montag, 14. April 2025 11:00:00 (UTC+01:00) gelesen.
""",
        auto_reply=False, note="Outlook read receipt."),

    mdn("ar-f08-read-notes-english.eml",
        frm=("Gareth Pryce", "gareth.pryce@valecouncil.example"),
        subject="Read: " + STD_EN, date="Mon, 14 Apr 2025 12:00:00 +0100",
        original_id="<std-f08@vsop.de>", final="gareth.pryce@valecouncil.example",
        ua="HCL Notes 12.0", client="notes",
        human="""Your document:    """ + STD_EN + """
was read by Gareth Pryce/VTC on 14/04/2025 12:00:00.
""",
        auto_reply=False, note="English Notes read receipt."),

    mdn("ar-f09-thunderbird-angezeigt.eml",
        frm=("Hauke Petersen", "h.petersen@kreis-eiderland.example"),
        subject="Empfangsbestätigung (angezeigt) - " + PROG, date="Thu, 17 Apr 2025 12:00:00 +0200",
        original_id="<prog-f09@vsop.de>", final="h.petersen@kreis-eiderland.example",
        ua="Mozilla Thunderbird", client="thunderbird",
        human="""Empfangsbestätigung: Ihre Nachricht an h.petersen@kreis-eiderland.example wurde auf dem Bildschirm des Empfängers angezeigt.

(Ob sie auch gelesen wurde, lässt sich daraus nicht schließen.)
""",
        auto_reply=False, note="Thunderbird MDN ('Empfangsbestätigung (angezeigt)')."),

    mdn("ar-f10-geloescht-outlook.eml",
        frm=("Jana Ostermann", "jana.ostermann@awo-unterweser.example"),
        subject="Nicht gelesen: " + NACH, date="Fri, 27 Jun 2025 09:00:00 +0200",
        original_id="<nach-f10@vsop.de>", final="jana.ostermann@awo-unterweser.example",
        disposition="manual-action/MDN-sent-manually; deleted",
        human="""Ihre Nachricht

  An: Jana Ostermann
  Betreff: """ + NACH + """

wurde am 27.06.2025 09:00 ungelesen gelöscht.
""",
        auto_reply=False, note="Deleted without reading, of the office's 'Rückfrage' (which asks for details)."),

    ical_reply("ar-f11-outlook-zugesagt.eml",
               frm=("Kerstin Vollmer", "kerstin.vollmer@lk-rhoen-saale.example"),
               subject="Zugesagt: VSOP-Jahrestagung 2025 Köln", date="Thu, 03 Jul 2025 09:05:00 +0200",
               text="Kerstin Vollmer hat diese Besprechung angenommen.\n", partstat="ACCEPTED",
               uid="vsop-2025-f11", auto_reply=False,
               note="Outlook's iMIP acceptance: 'Zugesagt' is not a registration."),

    ical_reply("ar-f12-google-declined-en.eml",
               frm=("Priya Raman", "priya.raman@eastmoor-trust.example"),
               subject="Declined: VSOP annual conference @ Thu 25 Sep 2025 - Fri 26 Sep 2025",
               date="Fri, 19 Sep 2025 09:00:00 +0100",
               text="Priya Raman has declined this invitation.\n", partstat="DECLINED",
               uid="vsop-2025-f12", client="none", prodid="-//Google Inc//Google Calendar 70.9054//EN",
               auto_reply=False, note="Google Calendar decline: not a cancellation."),

    ical_reply("ar-f13-apple-tentative.eml",
               frm=("Christiane Lorenzen", "christiane.lorenzen@diakonie-schlei.example"),
               subject="Mit Vorbehalt: VSOP-Jahrestagung 2025", date="Tue, 15 Apr 2025 08:00:00 +0200",
               text="Christiane Lorenzen hat die Einladung mit Vorbehalt angenommen.\n", partstat="TENTATIVE",
               uid="vsop-2025-f13", client="apple", prodid="-//Apple Inc.//macOS 14.4//EN",
               auto_reply=False, note="Apple tentative iMIP: not a pre-registration."),

    mail("ar-f14-poststelle-eingang-egvp.eml",
         frm=("Poststelle Bezirk Mainfranken", "poststelle@bezirk-mainfranken.example"),
         subject="Eingangsbestätigung: " + STD, date="Mon, 14 Apr 2025 10:02:30 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
         body="""Ihre E-Mail ist bei der zentralen Poststelle des Bezirks Mainfranken eingegangen und wird an die zuständige Stelle weitergeleitet.

Hinweis: Für rechtsverbindliche Erklärungen nutzen Sie bitte das besondere elektronische Behördenpostfach.
""",
         intent="auto_reply",
         note="An authority's mailroom acknowledgement mentioning 'rechtsverbindliche Erklärungen'."),

    mail("ar-f15-ooo-english-question-rhetoric.eml",
         frm=("Danielle Whitaker", "dwhitaker@civicbridge-fund.example"),
         subject="Automatic reply: Re: Confirming my registration", date="Mon, 16 Jun 2025 10:02:00 -0400",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""Hi! I'm at a conference until June 23. Need something urgently? Try my colleague Sam at sam@civicbridge-fund.example.

Danielle
""",
         intent="auto_reply",
         note="Out-of-office with a rhetorical question; subject contains 'registration'."),

    mail("ar-f16-postfach-aufgeloest.eml",
         frm=("Stadt Naabburg-West", "noreply@stadt-naabburg-west.example"),
         subject="Ihre Nachricht an sozialamt@stadt-naabburg-west.example", date="Mon, 14 Apr 2025 10:02:40 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Dieses Postfach wird nicht mehr genutzt. Bitte wenden Sie sich künftig an soziales@stadt-naabburg-west.example.

Diese Nachricht wurde automatisch erstellt.
""",
         intent="auto_reply", note="A retired mailbox's notice (auto-generated)."),

    # --- bounces -----------------------------------------------------------------------
    dsn("bo-f01-exchange-onprem-de.eml",
        frm=("Microsoft Outlook", "postmaster@lahnfelden.example"),
        subject="Unzustellbar: " + STD, date="Mon, 14 Apr 2025 10:02:10 +0200",
        human="""Folgender Empfänger hat Ihre Nachricht nicht bekommen:

ordnungsamt@lahnfelden.example
Diese Adresse gibt es in unserer Organisation nicht (mehr).
""",
        status="5.1.1", recipients=["ordnungsamt@lahnfelden.example"], reporting="EX01.lahnfelden.example",
        original=original("ordnungsamt@lahnfelden.example", STD, "<std-bo-f01@vsop.de>"),
        note="German Exchange on-premises NDR."),

    dsn("bo-f02-postfix-zwei.eml",
        frm=("MAILER-DAEMON", "MAILER-DAEMON@mx.bh-murtal.example"),
        subject="Undelivered Mail Returned to Sender", date="Mon, 14 Apr 2025 10:02:15 +0200",
        human="""Mail system of mx.bh-murtal.example reporting.

Your message was returned: the recipients below do not exist here.

                   postmaster
""",
        status="5.1.1", recipients=["soziales@bh-murtal.example", "jugend@bh-murtal.example"],
        reporting="mx.bh-murtal.example",
        original=original("soziales@bh-murtal.example, jugend@bh-murtal.example", STD, "<std-bo-f02@vsop.de>"),
        note="Postfix bounce for two recipients."),

    dsn("bo-f03-verzoegert-de.eml",
        frm=("Mail Delivery Subsystem", "mailer-daemon@relay.kreis-eiderland.example"),
        subject="Warnung: Nachricht konnte bisher nicht zugestellt werden", date="Tue, 15 Apr 2025 14:00:00 +0200",
        human="""Ihre Nachricht konnte seit 28 Stunden nicht zugestellt werden. Der Server versucht es weiterhin bis zu 5 Tage lang. Sie müssen nichts tun.
""",
        status="4.4.7", recipients=["jugendhilfe@kreis-eiderland.example"], action="delayed",
        reporting="relay.kreis-eiderland.example",
        original=original("jugendhilfe@kreis-eiderland.example", STD, "<std-bo-f03@vsop.de>"),
        note="German delay warning: no failed recipient yet."),

    dsn("bo-f04-nested-gateway.eml",
        frm=("Sicherheitsgateway", "gateway@mailsec.stadt-pegnitzau.example"),
        subject="Zustellungsfehler / delivery failure", date="Mon, 14 Apr 2025 10:03:00 +0200",
        human="Delivery to the following recipient failed permanently:\n\n    info-senioren@stadt-pegnitzau.example\n",
        status="5.1.1", recipients=["info-senioren@stadt-pegnitzau.example"], nested=True,
        wrapper="Diese Nachricht wurde vom Sicherheitsgateway der Stadt erzeugt. / This message was generated by the city's security gateway.\n",
        reporting="mailsec.stadt-pegnitzau.example",
        original=original("info-senioren@stadt-pegnitzau.example", STD, "<std-bo-f04@vsop.de>"),
        note="A DSN nested in multipart/mixed by a security gateway."),

    mail("bo-f05-plain-exim-english.eml",
         frm=("Mail Delivery System", "Mailer-Daemon@mail.corrib-county.example"),
         subject="Mail delivery failed: returning message to sender", date="Mon, 14 Apr 2025 10:05:10 +0100",
         headers=[("X-Failed-Recipients", "housing@corrib-county.example"), ("Auto-Submitted", "auto-replied")],
         body="""Automatic notice from the mail relay of corrib-county.example.

Permanent failure for the address below, delivery abandoned:

  housing@corrib-county.example
    host mx.corrib-county.example [203.0.113.20]
    remote server said: 550 5.1.1 no such user

--- original message headers follow ---

Subject: """ + STD_EN + """
""",
         intent="bounce", bounced=["housing@corrib-county.example"],
         note="Plain-text Exim bounce (no DSN part)."),

    mail("bo-f06-rueckläufer-quota.eml",
         frm=("Postmaster", "postmaster@markt-isarwinkel.example"),
         subject="Rückläufer: Postfach voll", date="Mon, 14 Apr 2025 10:05:30 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Ihre Nachricht an rathaus@markt-isarwinkel.example konnte nicht zugestellt werden, da das Postfach des Empfängers seine Speichergrenze überschritten hat.

Betreff: """ + STD + """
""",
         intent="bounce", bounced=["rathaus@markt-isarwinkel.example"],
         note="Plain German bounce (mailbox full), the address in the text."),

    dsn("bo-f07-google-english.eml",
        frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        subject="Delivery Status Notification (Failure)", date="Mon, 14 Apr 2025 10:06:00 +0200",
        human="""** Address not found **

Your message wasn't delivered to k.thiele@jugendhilfe-mainbogen.example because the address couldn't be found, or is unable to receive mail.
""",
        status="5.1.1", recipients=["k.thiele@jugendhilfe-mainbogen.example"], reporting="mx.google.com",
        original=original("k.thiele@jugendhilfe-mainbogen.example", STD, "<std-bo-f07@vsop.de>"),
        note="Google DSN."),

    mail("bo-f08-domino-plain.eml",
         frm=("Mail Router", "mailrouter@kreisausschuss-schwalm.example"),
         subject="DELIVERY FAILURE: User sozialplanung not listed in Domino Directory",
         date="Mon, 14 Apr 2025 10:07:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Your message

  Subject: """ + STD + """

was not delivered to:

  sozialplanung@kreisausschuss-schwalm.example

because:

  User sozialplanung (sozialplanung@kreisausschuss-schwalm.example) not listed in Domino Directory
""",
         intent="bounce", bounced=["sozialplanung@kreisausschuss-schwalm.example"],
         note="Domino plain-text failure report."),

    dsn("bo-f09-mdaemon-de.eml",
        frm=("MDaemon", "MDaemon@vg-frankenhoehe.example"),
        subject="Zustellung fehlgeschlagen", date="Mon, 14 Apr 2025 10:08:00 +0200",
        human="""Die Nachricht konnte an folgende Adresse nicht zugestellt werden:

   kasse@vg-frankenhoehe.example

Fehler: Benutzerkonto existiert nicht.
""",
        status="5.1.1", recipients=["kasse@vg-frankenhoehe.example"], reporting="mail.vg-frankenhoehe.example",
        original=original("kasse@vg-frankenhoehe.example", STD, "<std-bo-f09@vsop.de>"),
        note="MDaemon German DSN."),

    mail("bo-f10-qmail-en.eml",
         frm=("MAILER-DAEMON", "MAILER-DAEMON@mx.shire-of-wattle.example"),
         subject="failure notice", date="Mon, 14 Apr 2025 18:10:00 +1000",
         body="""mx.shire-of-wattle.example (qmail) here.
Delivery to the address below failed for good, no further attempts.

<library@shire-of-wattle.example>:
unknown user (#5.1.1)
""",
         intent="bounce", bounced=["library@shire-of-wattle.example"],
         note="qmail bounce without Auto-Submitted."),

    # --- bulk --------------------------------------------------------------------------
    mail("bk-f01-newsletter-footer-abmelden.eml",
         frm=("Fachstelle Altenhilfe Franken", "info@fachstelle-altenhilfe-franken.example"),
         subject="Newsletter April: Neue Förderprogramme für Seniorenbüros", html=True,
         date="Tue, 15 Apr 2025 07:00:00 +0200",
         body="""Liebe Leserinnen und Leser,

in dieser Ausgabe: neue Förderprogramme, ein Rückblick auf den Fachtag in Nürnberg und Termine für Juni. Melden Sie sich jetzt für unseren Fachtag an!

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website eingetragen haben. Newsletter abbestellen: https://fachstelle-altenhilfe-franken.example/abmelden
""",
         intent="bulk",
         note="Newsletter recognisable only by its footer; 'Melden Sie sich jetzt ... an!' is a call to action, not a registration; no List-* headers."),

    mail("bk-f02-teilnehmerliste-verkauf.eml",
         frm=("Lisa Carter", "lisa.carter@eventleads-data.example"),
         subject="VSOP-Jahrestagung 2025 attendee list",
         date="Wed, 16 Apr 2025 15:00:00 +0000",
         body="""Hi,

Would you be interested in acquiring the attendee list of VSOP-Jahrestagung 2025? We have 2,140 verified contacts with name, title, organisation and email.

Let me know and I will send pricing details.

Regards,
Lisa Carter
Lead Generation Manager
""",
         intent="bulk", note="Attendee-list scam with a question."),

    mail("bk-f03-phishing-mailbox-de.eml",
         frm=("IT-Support", "it-support@vsop-de.mailbox-check.example"),
         subject="Ihr Postfach wird heute deaktiviert", date="Thu, 17 Apr 2025 03:00:00 +0200",
         html=True,
         body="""Sehr geehrter Nutzer,

Ihr Postfach geschaeftsstelle@vsop.de hat das Speicherlimit erreicht und wird in 24 Stunden deaktiviert. Bestätigen Sie jetzt Ihr Konto: https://vsop-de.mailbox-check.example/login

IT-Support
""",
         intent="bulk", note="Phishing."),

    mail("bk-f04-hotel-angebot.eml",
         frm=("Tagungshotel am Rhein", "events@tagungshotel-rhein.example"),
         subject="Ihr Tagungsangebot für 2026 – jetzt unverbindlich anfragen!",
         date="Fri, 18 Apr 2025 09:00:00 +0200", html=True,
         headers=[("Precedence", "bulk")],
         body="""Sehr geehrte Damen und Herren,

planen Sie schon Ihre Jahrestagung 2026? Sichern Sie sich jetzt unverbindlich unsere Frühbucherpauschale ab 59 € pro Person!

Ihr Team vom Tagungshotel am Rhein

Wenn Sie keine weiteren Angebote erhalten möchten, klicken Sie hier.
""",
         intent="bulk",
         note="Hotel marketing with 'unverbindlich', 'Jahrestagung' and a question; Precedence: bulk."),

    mail("bk-f05-umfrage-limesurvey.eml",
         frm=("Hochschule Donauries – Umfrage", "survey@hs-donauries.example"),
         subject="Einladung zur Befragung: Sozialplanung in Kommunen",
         date="Mon, 21 Apr 2025 08:00:00 +0200",
         headers=[("X-Mailer", "LimeSurvey")],
         body="""Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserer Online-Befragung ein. Die Teilnahme dauert etwa 15 Minuten: https://umfrage.hs-donauries.example/index.php/815

Wenn Sie nicht an dieser Umfrage teilnehmen und keine weiteren Einladungen erhalten möchten, klicken Sie bitte hier: https://umfrage.hs-donauries.example/optout/815
""",
         intent="bulk", note="A survey invitation (LimeSurvey) with an opt-out link."),

    mail("bk-f06-mailingliste-post.eml",
         frm=("Forum Sozialplanung", "forum-sozialplanung@lists.sozialplanung.example"),
         subject="[forum-sozialplanung] Stellenausschreibung Sozialplaner/in (m/w/d)",
         date="Tue, 22 Apr 2025 10:00:00 +0200",
         headers=[("List-Id", "<forum-sozialplanung.lists.sozialplanung.example>"),
                  ("List-Unsubscribe", "<mailto:forum-sozialplanung-leave@lists.sozialplanung.example>"),
                  ("Precedence", "list")],
         body="""Liebe Liste,

die Stadt Regnitzau sucht zum 1. Juli eine/n Sozialplaner/in. Bewerbungen bitte bis 15. Mai.

Gruß
Moderation
""",
         intent="bulk", note="A mailing-list post with List-Id."),

    mail("bk-f07-software-webinar-en.eml",
         frm=("Kommunalsoft Events", "events@kommunalsoft.example"),
         subject="Webinar: Digital registration management for associations",
         date="Wed, 23 Apr 2025 14:00:00 +0000", html=True,
         body="""Hello,

Join our free webinar on 6 May and see how associations automate their event registrations. Register now - seats are limited!

Unsubscribe | Manage preferences
""",
         intent="bulk", note="Software marketing in English with 'Register now'."),

    mail("bk-f08-spam-erbschaft.eml",
         frm=("Barrister James Okoro", "j.okoro@legalchambers-intl.example"),
         subject="URGENT: unclaimed funds",
         date="Thu, 24 Apr 2025 02:00:00 +0000",
         body="""Dear Friend,

I am contacting you about the unclaimed sum of USD 4,500,000 left by a late client who shares your surname. Kindly reply with your full name and telephone number so we can proceed.

Barrister James Okoro
""",
         intent="bulk", note="Advance-fee spam asking to reply."),

    mail("bk-f09-verband-rundschreiben.eml",
         frm=("Landesarbeitsgemeinschaft Soziale Stadt Hessen", "rundschreiben@lag-sozialestadt-hessen.example"),
         subject="Rundschreiben 04/2025", date="Fri, 25 Apr 2025 09:00:00 +0200",
         headers=[("Precedence", "bulk")],
         body="""Sehr geehrte Mitglieder,

anbei erhalten Sie unser Rundschreiben 04/2025 mit Hinweisen zur Förderperiode und zur Mitgliederversammlung am 12. Juni in Wiesbaden. Bitte melden Sie sich bis 30. Mai verbindlich zur Versammlung an.

Mit freundlichen Grüßen
Die Geschäftsstelle der LAG

Sie erhalten dieses Rundschreiben als Mitglied der LAG. Abmeldung vom Verteiler: rundschreiben-abmelden@lag-sozialestadt-hessen.example
""",
         intent="bulk",
         note="Another association's circular asking ITS members to register bindingly for its own meeting; Precedence: bulk."),

    mail("bk-f10-paket-phishing.eml",
         frm=("DHL Paket", "noreply@dhl-sendungsverfolgung.example"),
         subject="Ihre Sendung konnte nicht zugestellt werden",
         date="Sat, 26 Apr 2025 06:00:00 +0200",
         body="""Guten Tag,

Ihre Sendung 00340434161094032175 konnte nicht zugestellt werden. Bitte bestätigen Sie Ihre Adresse und zahlen Sie die Zollgebühr von 1,99 €: https://dhl-sendungsverfolgung.example/track

Ihr DHL-Team
""",
         intent="bulk", note="Parcel phishing that reads like a delivery failure."),

    mail("bk-f11-mailchimp-stiftung.eml",
         frm=("Stiftung Nachbarschaft Nord", "news@stiftung-nachbarschaft-nord.example"),
         subject="Einladung: Fachtag Quartier am 3. Juli",
         date="Mon, 28 Apr 2025 10:00:00 +0200", html=True,
         headers=[("X-Mailer", "Mailchimp Mailer - **CIDv7b12345**"),
                  ("List-Unsubscribe", "<https://stiftung-nachbarschaft-nord.us21.list-manage.example/unsubscribe?u=1>")],
         body="""Hallo aus der Stiftung,

am 3. Juli treffen sich in Kiel Engagierte aus Quartiersprojekten zum Fachtag Quartier. Jetzt anmelden!

© 2025 Stiftung Nachbarschaft Nord · Impressum · Datenschutz
Keine Post mehr von uns gewünscht? Hier abmelden.
""",
         intent="bulk", note="Mailchimp invitation to someone else's event, with a rhetorical footer question."),

    mail("bk-f12-linkedin-en.eml",
         frm=("LinkedIn", "messages-noreply@linkedin.example"),
         subject="Sabine, you appeared in 9 searches this week",
         date="Tue, 29 Apr 2025 07:00:00 +0000", html=True,
         headers=[("List-Unsubscribe", "<https://www.linkedin.example/e/unsub>")],
         body="""You appeared in 9 searches this week. See who's looking at your profile.

You are receiving notification emails. Unsubscribe.
""",
         intent="bulk", note="Social network notification."),
]
