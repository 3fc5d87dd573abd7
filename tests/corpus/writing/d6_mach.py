"""DEVELOPMENT set 6: machines (out-of-offices, ticket systems of Jira Service Management,
HubSpot, Salesforce and Zammad, read receipts in other languages, calendar answers, bounces
from the big mailbox providers and a German Postfix, newsletters of Mailchimp, Brevo and
CleverReach, a survey, phishing posing as the office). Written apart (README.md); measured
once, untouched."""

from d6_build import SUBJECTS, flowed
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

NOTICE = SUBJECTS["notice"]
NOTICE_EN = SUBJECTS["notice_en"]
FORMS = SUBJECTS["forms"]
AUTO = [("Auto-Submitted", "auto-replied")]


def sent(to: str, subject: str, msgid: str, date: str = "Mon, 14 Apr 2025 09:12:00 +0200") -> str:
    """The office's mail as a delivery report returns it."""
    return (f"From: VSOP e.V. <{OFFICE}>\nTo: {to}\nSubject: {subject}\nMessage-ID: {msgid}\n"
            f"Date: {date}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "Liebe Kolleginnen und Kollegen,\n\nmerken Sie sich bitte schon jetzt den 25. und 26. September vor.\n")


MAILS = [
    # --- out-of-office -----------------------------------------------------------------
    mail("ar-h01-ooo-india.eml",
         frm=("Deepa Krishnamurthy", "deepa.k@urbanpolicy-chennai.example"),
         subject="Out of Office: " + NOTICE_EN, client="outlook", date="Mon, 14 Apr 2025 12:43:00 +0530",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
         body="""Dear Sender,

I am on leave from 10th April to 28th April with limited access to mails. For any urgent matter kindly contact the office at admin@urbanpolicy-chennai.example.

Regards,
Deepa
""",
         intent="auto_reply", note="Indian English out-of-office with Auto-Submitted."),

    mail("ar-h02-ooo-lux-zweisprachig-ohne-header.eml",
         frm=("Carole Weis", "carole.weis@commune-mersch-ouest.example"),
         subject="Absence / Abwesenheit", date="Mon, 14 Apr 2025 09:12:50 +0200",
         headers=[("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")],
         body="""Je suis absente jusqu'au 22 avril. Ich bin bis zum 22. April abwesend; Ihre Nachricht wird nicht weitergeleitet. Pour les inscriptions aux formations, veuillez contacter le service RH.

Carole Weis
""",
         intent="auto_reply",
         note="French/German out-of-office without Auto-Submitted, mentions 'inscriptions' (registrations) to other trainings."),

    mail("ar-h03-ooo-html-word.eml",
         frm=("Kramer, Bettina", "bettina.kramer@lk-moorgeest.example"),
         subject="Automatische Antwort: " + FORMS, client="outlook", date="Mon, 02 Jun 2025 10:00:30 +0200",
         headers=[("Auto-Submitted", "auto-generated")], html_only=True,
         html="""<html><head><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style></head>
<body><div class=WordSection1><p class=MsoNormal>Vielen Dank f&uuml;r Ihre Nachricht.<o:p></o:p></p>
<p class=MsoNormal>Ich bin bis 16. Juni im Urlaub. Anmeldungen zu Fortbildungen leite ich nach meiner R&uuml;ckkehr weiter; in dringenden F&auml;llen wenden Sie sich bitte an fortbildung@lk-moorgeest.example.<o:p></o:p></p>
<p class=MsoNormal>Bettina Kramer<o:p></o:p></p></div></body></html>
""",
         intent="auto_reply", note="Word-HTML out-of-office that talks about 'Anmeldungen'."),

    mail("ar-h04-ooo-flowed-canada.eml",
         frm=("Brent MacKinnon", "bmackinnon@halton-ridge.example"),
         subject="Auto: " + NOTICE_EN, client="thunderbird", date="Mon, 14 Apr 2025 03:13:00 -0400",
         headers=AUTO,
         content=flowed("""Thanks for your email. I'm at a planning retreat until April 22 and checking messages only occasionally. To register for the Region's fall community forums, please use the online portal; for anything else I'll get back to you when I'm back.

Brent
"""),
         intent="auto_reply", note="format=flowed out-of-office from Canada that says 'To register for ...' (another event)."),

    # --- ticket systems ----------------------------------------------------------------
    mail("ar-h05-jira-sm-received.eml",
         frm=("Social Services Help Centre", "jira@socialservices-northmere.atlassian.example"),
         subject="[JIRA] (SSH-4821) Cologne – count me in (tentatively)",
         date="Tue, 15 Apr 2025 16:05:40 -0400",
         headers=[("Auto-Submitted", "auto-generated"), ("X-JIRA-FingerPrint", "3f1c2a9d")],
         body="""Your request has been received.

Reference: SSH-4821
Summary: Cologne – count me in (tentatively)

An agent will pick it up within two business days. You can view and comment on your request in the portal.

Powered by Jira Service Management
""",
         intent="auto_reply", note="Jira Service Management acknowledgement repeating a pre-registration subject."),

    mail("ar-h06-hubspot-ticket-no-header.eml",
         frm=("Te Puna District Council", "help@tepuna-council.example"),
         subject="We've received your message – ticket #88213", date="Thu, 17 Apr 2025 07:31:00 +1200",
         headers=[("X-HubSpot-Message-Id", "b81f1e9c-4e2a")],
         body="""Kia ora,

Thanks for getting in touch with Te Puna District Council. Your ticket number is #88213. One of our customer services team will be in touch within 5 working days.

Please don't reply to this email.

Te Puna District Council Customer Services
""",
         intent="auto_reply", note="HubSpot ticket acknowledgement without Auto-Submitted."),

    mail("ar-h07-salesforce-case.eml",
         frm=("Customer Care", "noreply@lagoscommunity-trust.example"),
         subject="Case 00041977: EXPRESSION OF INTEREST: VSOP ANNUAL CONFERENCE 2025 [ ref:_00D5j1234._5005j98765:ref ]",
         date="Wed, 16 Apr 2025 08:16:00 +0100",
         headers=[("Auto-Submitted", "auto-replied"), ("X-SFDC-LK", "00D5j0000012345")],
         body="""Dear Customer,

Thank you for contacting Lagos Community Development Trust. Case 00041977 has been created and assigned to the appropriate team.

Please quote the case number in any further correspondence.

ref:_00D5j1234._5005j98765:ref
""",
         intent="auto_reply", note="Salesforce case acknowledgement with the sender's own subject and a thread ref."),

    mail("ar-h08-zammad-de.eml",
         frm=("Servicestelle Bürgeranliegen", "service@stadt-rheinfurt.example"),
         subject="[Ticket#2025041710000417] Voranmeldung", date="Wed, 07 May 2025 10:00:20 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Zammad-Ticket-Number", "2025041710000417")],
         body="""Guten Tag,

Ihre Anfrage ist bei uns eingegangen und wurde unter der Nummer 2025041710000417 erfasst. Wir bearbeiten sie so schnell wie möglich.

Ihre Servicestelle Bürgeranliegen
""",
         intent="auto_reply", note="Zammad acknowledgement from a town's service desk, subject 'Voranmeldung'."),

    # --- read receipts -----------------------------------------------------------------
    mdn("ar-h09-mdn-francais.eml",
        frm=("Odile Schwartz", "odile.schwartz@ville-haguenau-nord.example"),
        subject="Lu : " + FORMS, date="Mon, 02 Jun 2025 11:20:00 +0200",
        human="""Votre message

À : Odile Schwartz
Objet : Köln 2025 – Tagungsprogramm und Formular zur festen Anmeldung
Envoyé : lundi 2 juin 2025 10:00:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le lundi 2 juin 2025 11:19:52 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", original_id="<forms.0602@vsop.de>", final="odile.schwartz@ville-haguenau-nord.example",
        note="French Outlook read receipt of the forms mail (the subject names 'festen Anmeldung')."),

    mdn("ar-h10-mdn-nederlands.eml",
        frm=("Femke de Graaf", "femke.degraaf@gemeente-maasdal.example"),
        subject="Gelezen: " + NOTICE_EN, date="Tue, 15 Apr 2025 08:00:00 +0200",
        human="""Uw bericht

Aan: Femke de Graaf
Onderwerp: Save the date: VSOP annual meeting, Cologne, 25-26 Sept 2025
Verzonden: maandag 14 april 2025 09:12:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op dinsdag 15 april 2025 07:59:41.
""", original_id="<notice-en.0414@vsop.de>", final="femke.degraaf@gemeente-maasdal.example",
        note="Dutch read receipt."),

    mdn("ar-h11-mdn-italiano-eliminato.eml",
        frm=("Francesca Benedetti", "f.benedetti@comune-montelupo-alto.example"),
        subject="Non letto: " + NOTICE_EN, date="Wed, 30 Apr 2025 17:00:00 +0200",
        disposition="manual-action/MDN-sent-manually; deleted",
        human="""Il messaggio

A: Francesca Benedetti
Oggetto: Save the date: VSOP annual meeting, Cologne, 25-26 Sept 2025

è stato eliminato senza essere letto il giorno mercoledì 30 aprile 2025 16:59.
""", original_id="<notice-en.0414@vsop.de>", final="f.benedetti@comune-montelupo-alto.example",
        note="Italian 'deleted without being read' receipt."),

    # --- calendar answers --------------------------------------------------------------
    ical_reply("ar-h12-imip-google-accepted.eml",
               frm=("Kwame Asante-Boateng", "kwame.asante@accra-cityplan.example"),
               subject="Accepted: VSOP annual meeting Cologne", date="Tue, 15 Apr 2025 10:00:00 +0000",
               text="Kwame Asante-Boateng has accepted this invitation.\n\nVSOP annual meeting Cologne\nThu 25 Sep 2025 - Fri 26 Sep 2025\n\nInvitation from Google Calendar\n",
               partstat="ACCEPTED", uid="vsop-2025-cgn@vsop.de", client="none",
               prodid="-//Google Inc//Google Calendar 70.9054//EN",
               note="Google Calendar 'Accepted' (iMIP REPLY): a calendar's answer, not a registration."),

    ical_reply("ar-h13-imip-outlook-vorbehalt.eml",
               frm=("Pichler Lukas", "lukas.pichler@bzgvinschgau-ost.example"),
               subject="Mit Vorbehalt angenommen: VSOP Jahrestagung Köln", date="Tue, 22 Apr 2025 08:06:00 +0200",
               text="Mit Vorbehalt angenommen – ich muss noch die Ermächtigung einholen.\n",
               partstat="TENTATIVE", uid="vsop-2025-cgn@vsop.de",
               note="Outlook tentative iMIP reply with a typed comment that sounds like a pre-registration; still a calendar answer."),

    ical_reply("ar-h14-imip-apple-declined.eml",
               frm=("Birte Jessen", "birte.jessen@sydslesvig-forening.example"),
               subject="Abgelehnt: VSOP Jahrestagung Köln", date="Mon, 28 Apr 2025 09:21:00 +0200",
               text="Birte Jessen hat die Einladung abgelehnt.\n", partstat="DECLINED",
               uid="vsop-2025-cgn@vsop.de", client="apple", prodid="-//Apple Inc.//macOS 15.4//EN",
               note="Apple Calendar decline of the calendar item (she pre-registered by mail the same hour)."),

    # --- bounces -----------------------------------------------------------------------
    dsn("bo-h01-gmail-not-found.eml",
        frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
        subject="Delivery Status Notification (Failure)", date="Mon, 14 Apr 2025 09:12:30 +0200",
        human="""** Address not found **

Your message wasn't delivered to chinedu.obi.planning@gmail.example because the address couldn't be found, or is unable to receive mail.

Remote server reply:
550 5.1.1 Recipient mailbox does not exist here (gmail.example).
""", status="5.1.1", recipients=["chinedu.obi.planning@gmail.example"],
        original=sent("chinedu.obi.planning@gmail.example", NOTICE_EN, "<notice-en.0414@vsop.de>"),
        reporting="mx.googlemail.example", note="Gmail-style DSN."),

    dsn("bo-h02-outlookcom-ndr.eml",
        frm=("Microsoft Outlook", "postmaster@outlook.example"),
        subject="Undeliverable: " + NOTICE_EN, date="Mon, 14 Apr 2025 09:12:35 +0200",
        human="""Your message couldn't be delivered to these recipients:

priya.r.home@outlook.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: DB8PR01MB0001.eurprd01.prod.outlook.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", status="5.1.10", recipients=["priya.r.home@outlook.example"],
        original=sent("priya.r.home@outlook.example", NOTICE_EN, "<notice-en.0414@vsop.de>"),
        reporting="DB8PR01MB0001.eurprd01.prod.outlook.example", note="Outlook.com NDR."),

    mail("bo-h03-yahoo-plain.eml",
         frm=("MAILER-DAEMON@yahoo.example", "MAILER-DAEMON@yahoo.example"),
         subject="Failure Notice", date="Mon, 14 Apr 2025 09:13:00 +0200",
         body="""We're sorry, your message could not be delivered to this address:

<margit.sellner@yahoo.example>:
554: delivery error: dd Not a valid recipient - atlas221.free.mail.gq1.yahoo.example

--- A copy of your message is below.

From: VSOP e.V. <geschaeftsstelle@vsop.de>
To: margit.sellner@yahoo.example
Subject: Save the date: VSOP-Jahrestagung 25./26.9.2025, Köln

Liebe Kolleginnen und Kollegen,
""",
         intent="bounce", bounced=["margit.sellner@yahoo.example"],
         note="Yahoo plain-text failure notice without DSN parts."),

    dsn("bo-h04-gmx-de.eml",
        frm=("Mail Delivery System", "mailer-daemon@gmx.example"),
        subject="Mail delivery failed: returning message to sender", date="Mon, 14 Apr 2025 09:13:10 +0200",
        human="""Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Die Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden. Fehlgeschlagen ist:

  rolf.hessler@gmx.example
    Postfach voll (mailbox quota exceeded)
""", status="5.2.2", recipients=["rolf.hessler@gmx.example"],
        original=sent("rolf.hessler@gmx.example", NOTICE, "<notice.0414@vsop.de>"),
        reporting="mout.gmx.example", note="GMX German bounce: mailbox full."),

    dsn("bo-h05-tonline.eml",
        frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mailout.t-online.example"),
        subject="Unzustellbar: " + NOTICE, date="Mon, 14 Apr 2025 09:13:20 +0200",
        human="""|------------------------- Fehlermeldung ------------------------|
Die E-Mail konnte nicht zugestellt werden, weil das Empfängerpostfach nicht existiert.
|------------------------- Empfänger ----------------------------|
h.kolb-ellerbrock@t-online.example
""", status="5.1.1", recipients=["h.kolb-ellerbrock@t-online.example"],
        original=sent("h.kolb-ellerbrock@t-online.example", NOTICE, "<notice.0414@vsop.de>"),
        reporting="mailout.t-online.example", note="T-Online style German bounce with a framed text."),

    dsn("bo-h06-postfix-deutsch.eml",
        frm=("MAILER-DAEMON (Mail Delivery System)", "MAILER-DAEMON@mx1.kreis-ostfehn.example"),
        subject="Unzustellbare Nachricht zurückgesandt", date="Tue, 15 Apr 2025 07:00:00 +0200",
        human="""Hier spricht das Postfix-Mailsystem auf dem Rechner mx1.kreis-ostfehn.example.

Ihre Nachricht konnte leider nicht an alle Empfänger zugestellt werden. Weitere Angaben finden Sie im Anhang.

<jugendhilfe-alt@kreis-ostfehn.example>: unbekannter Benutzer
""", status="5.1.1", recipients=["jugendhilfe-alt@kreis-ostfehn.example"],
        original=sent("jugendhilfe-alt@kreis-ostfehn.example", NOTICE, "<notice.0414@vsop.de>"),
        reporting="mx1.kreis-ostfehn.example", note="Postfix bounce with the German locale template."),

    dsn("bo-h07-webde-delay.eml",
        frm=("Mail Delivery System", "mailer-daemon@web.example"),
        subject="Warnung: Nachricht noch nicht zugestellt", date="Tue, 03 Jun 2025 10:00:00 +0200",
        human="""Ihre Nachricht konnte seit 24 Stunden nicht zugestellt werden. Wir versuchen es weiter bis zu fünf Tage lang; Sie müssen nichts tun.

Empfänger: hans-peter.mauch@web.example
""", status="4.4.7", recipients=["hans-peter.mauch@web.example"], action="delayed",
        original=sent("hans-peter.mauch@web.example", FORMS, "<forms.0602@vsop.de>", "Mon, 02 Jun 2025 10:00:00 +0200"),
        reporting="mout.web.example", note="web.de delay warning: no failed address yet."),

    dsn("bo-h08-outlook-delay-en.eml",
        frm=("Microsoft Outlook", "postmaster@ekurhuleni-north.example"),
        subject="Delivery delayed: " + FORMS, date="Tue, 03 Jun 2025 14:00:00 +0200",
        human="""Delivery is delayed to these recipients or groups:

scm.invoices@ekurhuleni-north.example

This message hasn't been delivered yet. Delivery will continue to be attempted. The server will keep trying to deliver this message for the next 1 days, 19 hours and 54 minutes. You'll be notified if the message can't be delivered by that time.
""", status="4.4.1", recipients=["scm.invoices@ekurhuleni-north.example"], action="delayed",
        original=sent("scm.invoices@ekurhuleni-north.example", FORMS, "<forms.0602@vsop.de>", "Mon, 02 Jun 2025 10:00:00 +0200"),
        reporting="JNB1.ekurhuleni-north.example", note="Exchange Online delay in English."),

    dsn("bo-h09-zwei-empfaenger-verschachtelt.eml",
        frm=("Mail Gateway", "postmaster@gw.stadt-odermuende.example"),
        subject="Zustellung fehlgeschlagen (2 Empfänger)", date="Wed, 16 Apr 2025 06:30:00 +0200",
        human="""Die Zustellung an folgende Empfänger ist endgültig gescheitert:

sozialplanung-alt@stadt-odermuende.example
m.wegner@stadt-odermuende.example
""", status="5.1.1", nested=True,
        wrapper="Hinweis des Mail-Gateways der Stadt Odermünde: Die angehängte Meldung betrifft eine Nachricht von Ihnen.\n",
        recipients=["sozialplanung-alt@stadt-odermuende.example", "m.wegner@stadt-odermuende.example"],
        original=sent("sozialplanung-alt@stadt-odermuende.example", NOTICE, "<notice.0414@vsop.de>"),
        reporting="gw.stadt-odermuende.example", note="A gateway's report nested in multipart/mixed with two failed recipients."),
]
