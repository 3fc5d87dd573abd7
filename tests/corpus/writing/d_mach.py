"""DEVELOPMENT set: machines and near-machines. Tune on these (never on the test set)."""

from make_corpus import OFFICE, dsn, ical_reply, leaf, mail, mdn, multipart


def sent(to: str, subject: str, msgid: str) -> str:
    """Our original message as a report attaches it."""
    return (f"Return-Path: <{OFFICE}>\nFrom: \"VSOP e.V. - Geschaeftsstelle\" <{OFFICE}>\nTo: <{to}>\n"
            f"Subject: {subject}\nMessage-ID: {msgid}\nDate: Tue, 15 Apr 2025 09:00:00 +0200\n"
            "Content-Type: text/plain; charset=utf-8\n\nLiebe Kolleginnen und Kollegen,\n"
            "der VSOP lädt herzlich zur Jahrestagung 2025 nach Köln ein.\n")


MAILS = [
    # --- auto-replies --------------------------------------------------------------
    mail("ar-d01-exchange-english-ooo.eml",
         frm=("O'Connor, Siobhán", "siobhan.oconnor@dublincity.example"),
         subject="Automatic reply: Your pre-registration: VSOP-Jahrestagung 2025",
         date="Fri, 18 Apr 2025 09:00:00 +0100",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
         body="""I am currently on annual leave, returning on Monday 28 April. I will have no access to email during this time.

For urgent queries please contact communityplanning@dublincity.example.
""",
         intent="auto_reply", auto_reply=False, language="en",
         note="Exchange 'Automatic reply:' in English."),

    mail("ar-d02-urlaub-nur-text.eml",
         frm=("Theresa Gschwendtner", "theresa.gschwendtner@lra-altmuehlgrund.example"),
         subject="Re: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         date="Thu, 24 Apr 2025 10:12:00 +0200", client="outlook",
         in_reply_to="<programme-ar-d02@vsop.de>",
         body="""Vielen Dank für Ihre E-Mail!

Ich bin vom 22.04. bis einschließlich 02.05.2025 im Urlaub. Ihre Nachricht wird nach meiner Rückkehr bearbeitet. In dringenden Fällen wenden Sie sich bitte an jugend-familie@lra-altmuehlgrund.example.

Freundliche Grüße
Theresa Gschwendtner
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Vacation notice with an ordinary 'Re:' subject and no auto headers."),

    mail("ar-d03-zammad-ticket.eml",
         frm=("Service-Center Stadt Hellbach", "servicecenter@stadt-hellbach.example"),
         subject="[#88412] Ihre Anfrage wurde erstellt (Einladung zur VSOP-Jahrestagung 2025)",
         date="Tue, 15 Apr 2025 09:01:00 +0200",
         headers=[("X-Zammad-Ticket-Number", "88412"), ("X-Loop", "yes"), ("Auto-Submitted", "auto-generated")],
         body="""Hallo,

Ihre Anfrage (#88412) wurde erfolgreich in unser Ticketsystem aufgenommen. Wir melden uns bei Ihnen.

Ihr Service-Center der Stadt Hellbach
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Zammad ticket creation notice."),

    mail("ar-d04-ticket-ohne-header-englisch.eml",
         frm=("Support Desk", "helpdesk@civicplanning.example"),
         subject="We have received your request [CPT-20931]",
         date="Tue, 15 Apr 2025 08:02:00 +0100",
         body="""This is an automated message.

Thank you for contacting the Civic Planning Trust. Your request has been logged with the reference CPT-20931. A member of our team will be in touch within 5 working days.

Please do not reply to this email.
""",
         intent="auto_reply", auto_reply=False, language="en",
         note="Helpdesk acknowledgement without auto headers, English."),

    mdn("ar-d05-lesebestaetigung-thunderbird-de.eml",
        frm=("Hanna Wörle", "hanna.woerle@kreis-donaueck.example"),
        subject="Lesebestätigung (angezeigt) - Ihre Voranmeldung: VSOP-Jahrestagung 2025",
        date="Wed, 30 Apr 2025 09:15:00 +0200", client="thunderbird",
        original_id="<programme-ar-d05@vsop.de>", final="hanna.woerle@kreis-donaueck.example",
        human="""Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an hanna.woerle@kreis-donaueck.example gesendet haben.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
""",
        auto_reply=False, language="de",
        note="Thunderbird MDN in German."),

    mdn("ar-d06-nicht-gelesen-geloescht.eml",
        frm=("Kienle, Ursula", "ursula.kienle@stadt-hellbach.example"),
        subject="Nicht gelesen: Erinnerung: verbindliche Anmeldung bis 4. Juli",
        date="Mon, 30 Jun 2025 10:00:00 +0200", client="outlook",
        original_id="<reminder-ar-d06@vsop.de>", final="ursula.kienle@stadt-hellbach.example",
        disposition="manual-action/MDN-sent-automatically; deleted",
        human="""Ihre Nachricht

  An: Kienle, Ursula
  Betreff: Erinnerung: verbindliche Anmeldung bis 4. Juli

wurde am 30.06.2025 10:00 ungelesen gelöscht.
""",
        auto_reply=False, language="de",
        note="Outlook 'Nicht gelesen' (deleted without reading) MDN; quotes 'verbindliche Anmeldung' in its subject."),

    ical_reply("ar-d07-google-calendar-accepted.eml",
               frm=("Tom Baker", "tom.baker@civicplanning.example"),
               subject="Accepted: VSOP-Jahrestagung 2025", client="none",
               date="Wed, 25 Jun 2025 18:00:00 +0100", partstat="ACCEPTED",
               uid="vsop-2025-tom.baker@vsop.de",
               text="Tom Baker has accepted this invitation.\n\nInvitation from Google Calendar\n",
               auto_reply=False, language="en",
               note="Google-calendar-style acceptance (METHOD:REPLY) in English."),

    ical_reply("ar-d08-kalender-zugesagt-de.eml",
               frm=("Markus Zehetmair", "markus.zehetmair@stadt-muehlbach.example"),
               subject="Zugesagt: VSOP-Jahrestagung 2025",
               date="Fri, 20 Jun 2025 12:00:00 +0200", partstat="ACCEPTED",
               uid="vsop-2025-markus.zehetmair@vsop.de",
               text="Ich nehme teil.\n",
               auto_reply=False, language="de",
               note="Calendar acceptance whose text part says 'Ich nehme teil' (the client's default note): still a calendar answer, not a registration."),

    mail("ar-d09-mutterschutz.eml",
         frm=("Stefanie Renner", "stefanie.renner@stadt-rosenfels.example"),
         subject="Mutterschutz / Abwesenheit",
         date="Mon, 1 Sep 2025 09:00:00 +0200", client="outlook",
         body="""Sehr geehrte Damen und Herren,

ich befinde mich ab sofort im Mutterschutz und anschließend in Elternzeit. E-Mails an diese Adresse werden nicht gelesen. Bitte wenden Sie sich an buergermeisterin@stadt-rosenfels.example.

Stefanie Renner
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Maternity-leave notice, no headers."),

    mail("ar-d10-neue-adresse-auto.eml",
         frm=("Sozialamt Lindach", "sozialamt-alt@stadt-lindach.example"),
         subject="Automatische Benachrichtigung: Postfach umgezogen",
         date="Tue, 2 Sep 2025 09:00:00 +0200",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""Dieses Postfach wird seit dem 1. Juli 2025 nicht mehr betreut. Bitte senden Sie Ihre Nachricht erneut an soziales@stadt-lindach.example.
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Mailbox moved notice with Auto-Submitted."),

    mail("ar-d11-precedence-auto-reply.eml",
         frm=("Brenninger, Cornelius", "c.brenninger@lra-sulzbach-hochland.example"),
         subject="Abwesenheit bis 15.08.",
         date="Mon, 4 Aug 2025 07:00:00 +0200",
         headers=[("Precedence", "auto_reply")],
         body="""Ich bin bis zum 15.08. nicht im Hause. Ihre E-Mail wird nicht weitergeleitet.
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="'Precedence: auto_reply' only."),

    mail("ar-d12-mobile-abwesend-kurz.eml",
         frm=("Jonas Weidinger", "jonas.weidinger@stadt-lindach.example"),
         subject="Abwesend",
         date="Mon, 11 Aug 2025 08:00:00 +0200",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""Bin bis 22.8. im Urlaub, Mails lese ich danach. LG Jonas
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Very short colloquial vacation reply."),

    mail("ar-d13-html-english-ooo-no-headers.eml",
         frm=("Lucía Fernández", "lucia.fernandez@ayto-vallehermoso.example"),
         subject="Out of office / Fuera de la oficina",
         date="Mon, 4 Aug 2025 09:00:00 +0200", html_only=True,
         html="""<html><body><p>Thank you for your message. I am out of the office until 25 August.</p>
<p>Gracias por su mensaje. Estaré fuera de la oficina hasta el 25 de agosto.</p>
<p>Lucía Fernández</p></body></html>
""",
         intent="auto_reply", auto_reply=False, language="en",
         note="Bilingual English/Spanish HTML-only out-of-office without headers."),

    mail("ar-d14-empfangsbestaetigung-kreis.eml",
         frm=("Kreis Donaueck – Poststelle", "noreply@kreis-donaueck.example"),
         subject="Empfangsbestätigung Ihrer Nachricht",
         date="Tue, 15 Apr 2025 09:03:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Ihre Nachricht ist beim Kreis Donaueck eingegangen. Diese Bestätigung wurde automatisch erzeugt; Antworten an diese Adresse werden nicht gelesen.
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="noreply receipt."),

    mail("ar-d15-ooo-mit-frage-im-text.eml",
         frm=("Dr. Emre Şahin", "emre.sahin@institut-stadtgesellschaft.example"),
         subject="Automatische Antwort: Ihre Anmeldung zur VSOP-Jahrestagung 2025",
         date="Tue, 1 Jul 2025 09:00:00 +0200",
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")],
         body="""Ich bin bis 14. Juli auf Dienstreise. Haben Sie ein dringendes Anliegen? Dann rufen Sie bitte das Sekretariat an: 030 555 0190.
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Out-of-office with a rhetorical question ('Haben Sie ein dringendes Anliegen?'): never a question."),

    mail("ar-d16-sieve-vacation-en.eml",
         frm=("Sarah Whitfield", "s.whitfield@leedsmet.example"),
         subject="Away: Your registration for the VSOP annual conference",
         date="Mon, 7 Jul 2025 09:00:00 +0100",
         headers=[("Auto-Submitted", "auto-replied (vacation)")],
         body="""I'm away until 21 July with patchy email access. I'll get back to you when I return.

Sarah
""",
         intent="auto_reply", auto_reply=False, language="en",
         note="Sieve vacation, English 'Away:' subject."),

    # --- bounces -------------------------------------------------------------------
    dsn("bo-d01-exchange-undeliverable-en.eml",
        frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@dublincity.example"),
        subject="Undeliverable: Einladung zur VSOP-Jahrestagung 2025", date="Tue, 15 Apr 2025 09:01:00 +0100",
        human="""Your message to p.murphy@dublincity.example couldn't be delivered.

p.murphy wasn't found at dublincity.example.
""",
        status="5.1.1", recipients=["p.murphy@dublincity.example"], reporting="DB9PR01MB.dublincity.example",
        original=sent("p.murphy@dublincity.example", "Einladung zur VSOP-Jahrestagung 2025", "<einladung-bo-d01@vsop.de>"),
        note="Exchange Online NDR from a MicrosoftExchange… sender (no MAILER-DAEMON in the address)."),

    dsn("bo-d02-postfix-deutsch.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@mail.markt-oberau.example"),
        subject="Unzustellbar: Einladung zur VSOP-Jahrestagung 2025", date="Tue, 15 Apr 2025 09:02:00 +0200",
        human="""Dies ist das Mailsystem auf mail.markt-oberau.example.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht zugestellt werden.

<kaemmerei@markt-oberau.example>: Empfänger unbekannt
""",
        status="5.1.1", recipients=["kaemmerei@markt-oberau.example"], reporting="mail.markt-oberau.example",
        original=sent("kaemmerei@markt-oberau.example", "Einladung zur VSOP-Jahrestagung 2025", "<einladung-bo-d02@vsop.de>"),
        note="German-localised Postfix DSN."),

    dsn("bo-d03-verschachtelt-sophos.eml",
        frm=("Sophos Email", "do-not-reply@sophos-gw.lra-bergstetten.example"),
        subject="Message delivery failed", date="Wed, 16 Apr 2025 10:00:00 +0200",
        human="Die Nachricht konnte nicht zugestellt werden:\n\n  sozialplanung@lra-bergstetten.example\n",
        status="5.7.1", recipients=["sozialplanung@lra-bergstetten.example"], nested=True,
        wrapper="Automatisch erzeugt vom Sophos-E-Mail-Gateway des Landratsamts.\n",
        reporting="sophos-gw.lra-bergstetten.example",
        original=sent("sozialplanung@lra-bergstetten.example", "Einladung zur VSOP-Jahrestagung 2025", "<einladung-bo-d03@vsop.de>"),
        note="Report nested in multipart/mixed from a security gateway with a do-not-reply sender."),

    mail("bo-d04-yahoo-failure-text.eml",
         frm=("MAILER-DAEMON", "MAILER-DAEMON@yahoo-mail.example"),
         subject="Failure Notice", date="Tue, 15 Apr 2025 09:05:00 +0200",
         body="""Sorry, we were unable to deliver your message to the following address.

<helga.b@yahoo-mail.example>:
554: delivery error: dd This user doesn't have a yahoo-mail.example account (helga.b@yahoo-mail.example) [0] - mta1002.mail.example

--- Original message follows.

From: "VSOP e.V." <geschaeftsstelle@vsop.de>
Subject: Einladung zur VSOP-Jahrestagung 2025
""",
         intent="bounce", auto_reply=False, bounced=["helga.b@yahoo-mail.example"],
         note="Yahoo-style plain-text failure notice."),

    dsn("bo-d05-exchange-delay.eml",
        frm=("Microsoft Outlook", "postmaster@stadt-muehlbach.example"),
        subject="Zustellung verzögert: Einladung zur VSOP-Jahrestagung 2025", date="Tue, 15 Apr 2025 13:00:00 +0200",
        human="""Die Zustellung an folgende Empfänger bzw. Gruppen ist verzögert:

poststelle@stadt-muehlbach.example

Der Server wird weiterhin versuchen, die Nachricht zuzustellen. Sie müssen nichts unternehmen.
""",
        status="4.4.7", action="delayed", recipients=["poststelle@stadt-muehlbach.example"],
        reporting="EX01.stadt-muehlbach.example",
        original=sent("poststelle@stadt-muehlbach.example", "Einladung zur VSOP-Jahrestagung 2025", "<einladung-bo-d05@vsop.de>"),
        note="Exchange delay notice in German: bounced []."),

    dsn("bo-d06-drei-empfaenger.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.kreis-donaueck.example"),
        subject="Undelivered Mail Returned to Sender", date="Tue, 15 Apr 2025 09:04:00 +0200",
        human="Your message could not be delivered to some recipients.\n",
        status="5.1.1",
        recipients=["a.mueller@kreis-donaueck.example", "b.schmid@kreis-donaueck.example", "c.wagner@kreis-donaueck.example"],
        reporting="mx.kreis-donaueck.example",
        original=sent("a.mueller@kreis-donaueck.example", "Einladung zur VSOP-Jahrestagung 2025", "<einladung-bo-d06@vsop.de>"),
        note="Three failed recipients in one report."),

    mail("bo-d07-quota-text-deutsch.eml",
         frm=("Postmaster", "postmaster@gemeinde-bachtal.example"),
         subject="Nachricht konnte nicht zugestellt werden", date="Wed, 16 Apr 2025 09:00:00 +0200",
         headers=[("X-Failed-Recipients", "buergermeister@gemeinde-bachtal.example"), ("Auto-Submitted", "auto-replied")],
         body="""Ihre Nachricht an buergermeister@gemeinde-bachtal.example konnte nicht zugestellt werden.

Grund: Das Postfach hat die Speichergrenze überschritten (552 5.2.2 Mailbox full).

Dies ist eine automatisch erzeugte Nachricht.
""",
         intent="bounce", auto_reply=False, bounced=["buergermeister@gemeinde-bachtal.example"],
         note="German plain-text bounce with X-Failed-Recipients."),

    dsn("bo-d08-dsn-utf8-smtputf8.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.stadt-weissenhain.example"),
        subject="Undelivered Mail Returned to Sender", date="Thu, 17 Apr 2025 09:00:00 +0200",
        human="I'm sorry to have to inform you that your message could not be delivered.\n",
        status="5.4.4", recipients=["info@weissenhain-tourismus.example"], reporting="mx.stadt-weissenhain.example",
        original=sent("info@weissenhain-tourismus.example", "Einladung zur VSOP-Jahrestagung 2025", "<einladung-bo-d08@vsop.de>"),
        note="Domain not found (5.4.4)."),

    mail("bo-d09-zurueck-an-absender-deutsch-ohne-report.eml",
         frm=("Mail-Server Kreis Sulzbach-Hochland", "mailer-daemon@lra-sulzbach-hochland.example"),
         subject="Rückläufer: Einladung zur VSOP-Jahrestagung 2025", date="Tue, 15 Apr 2025 09:10:00 +0200",
         body="""Die folgende Nachricht konnte nicht zugestellt werden, da der Empfänger unbekannt ist:

    ehemals.lindner@lra-sulzbach-hochland.example

--- Originalnachricht ---
Betreff: Einladung zur VSOP-Jahrestagung 2025
""",
         intent="bounce", auto_reply=False, bounced=["ehemals.lindner@lra-sulzbach-hochland.example"],
         note="German 'Rückläufer' without a report part."),

    mail("bo-d10-report-ohne-delivery-status-text.eml",
         frm=("Mail Delivery Subsystem", "mailer-daemon@relay.example"),
         subject="Returned mail: see transcript for details", date="Wed, 16 Apr 2025 03:00:00 +0200",
         content=multipart("report", [
             leaf("text/plain", "The original message was received at Tue, 15 Apr 2025 09:00:00 +0200\n\n   ----- The following addresses had permanent fatal errors -----\n<j.dvorakova@mpsv-example.cz>\n    (reason: 550 5.1.1 User unknown)\n"),
             b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; relay.example\n\n"
             b"Final-Recipient: RFC822; j.dvorakova@mpsv-example.cz\nAction: failed\nStatus: 5.1.1\n"
             b"Remote-MTA: DNS; mx.mpsv-example.cz\nDiagnostic-Code: SMTP; 550 5.1.1 User unknown\n",
         ], "----=_rep_d10_relay", "; report-type=delivery-status"),
         intent="bounce", auto_reply=False, bounced=["j.dvorakova@mpsv-example.cz"],
         note="Sendmail-style 'Returned mail' with a report but no attached original."),

    # --- bulk ----------------------------------------------------------------------
    mail("bk-d01-newsletter-ohne-list-text.eml",
         frm=("Netzwerk Quartiersarbeit", "post@netzwerk-quartier.example"),
         subject="Quartiersbrief Mai 2025",
         date="Thu, 15 May 2025 07:00:00 +0200",
         body="""Liebe Quartiersmenschen,

im Mai stellen wir drei Projekte aus Bayern vor, außerdem Termine und eine Buchempfehlung.

Viel Spaß beim Lesen!
Ihr Netzwerk Quartiersarbeit

Sie möchten den Quartiersbrief nicht mehr erhalten? Dann schreiben Sie uns kurz oder klicken Sie hier: https://netzwerk-quartier.example/austragen
""",
         intent="bulk", auto_reply=False,
         note="Plain-text newsletter without List-* headers; 'nicht mehr erhalten' in the footer is theirs, not an opt-out from us."),

    mail("bk-d02-attendee-list-second-mail.eml",
         frm=("Rachel Adams", "rachel.adams@b2b-datahub.example"),
         subject="RE: VSOP Annual Conference 2025 - Attendees Data",
         date="Mon, 19 May 2025 16:00:00 +0200",
         body="""Hi,

Just following up on my previous email. We have the attendees list of VSOP Annual Conference 2025 – 1,870 contacts with opt-in emails. Shall I send over the counts and pricing?

Regards,
Rachel Adams
Lead Generation Manager

To unsubscribe reply with "Leave Out" in the subject line.
""",
         intent="bulk", auto_reply=False,
         note="Follow-up sales spam with a fake 'RE:' and a question; not a question, not an opt-out."),

    mail("bk-d03-linkedin-benachrichtigung.eml",
         frm=("LinkedIn", "messages-noreply@linkedin-mail.example"),
         subject="Sie haben 3 neue Einladungen",
         date="Tue, 20 May 2025 06:00:00 +0200", html=True,
         headers=[("List-Unsubscribe", "<https://linkedin-mail.example/unsub>"), ("X-LinkedIn-Class", "INVITATION")],
         body="""Hallo VSOP Geschäftsstelle,

Sie haben 3 neue Kontaktanfragen. Jetzt ansehen.

Diese E-Mail wurde an geschaeftsstelle@vsop.de gesendet. Abbestellen
""",
         intent="bulk", auto_reply=False,
         note="Social-network notification with List-Unsubscribe."),

    mail("bk-d04-messeverzeichnis-abzocke.eml",
         frm=("Internationales Veranstaltungsverzeichnis", "eintrag@event-register.example"),
         subject="Aktualisierung Ihres Eintrags: VSOP Jahrestagung 2025",
         date="Wed, 21 May 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

bitte prüfen Sie Ihre Daten für den Eintrag im Veranstaltungsverzeichnis 2025/2026 und senden Sie das beigefügte Formular unterschrieben zurück. Die Aktualisierung ist kostenlos.*

*Mit Ihrer Unterschrift beauftragen Sie einen Eintrag zum Preis von 1.271 € jährlich für drei Jahre.
""",
         attachments=[("Eintragsformular.pdf", "application/pdf", b"%PDF-1.4\n%directory form\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")],
         intent="bulk", auto_reply=False,
         note="Directory scam with a PDF 'form' (not our form); mentions 'Formular', 'Unterschrift', a price."),

    mail("bk-d05-crm-vendor-list-unsubscribe.eml",
         frm=("VeranstaltungsProfi", "news@veranstaltungsprofi.example"),
         subject="Teilnehmermanagement leicht gemacht – 30 Tage gratis",
         date="Thu, 22 May 2025 09:00:00 +0200", html=True,
         headers=[("List-Unsubscribe", "<mailto:unsubscribe@veranstaltungsprofi.example>"), ("Precedence", "bulk")],
         body="""Guten Tag,

Anmeldungen, Zahlungen und Stornierungen Ihrer Tagung automatisch verwalten? Mit VeranstaltungsProfi geht das in Minuten. Jetzt 30 Tage kostenlos testen!

Abmelden | Datenschutz
""",
         intent="bulk", auto_reply=False,
         note="Vendor mail full of our vocabulary (Anmeldungen, Stornierungen, Fragezeichen)."),

    mail("bk-d06-seo-angebot.eml",
         frm=("Kevin", "kevin@top-ranking-seo.example"),
         subject="Quick question about vsop.de",
         date="Fri, 23 May 2025 03:00:00 +0200",
         body="""Hi,

I was checking vsop.de and noticed a few issues that keep it from ranking on Google's first page. Would you like me to send you a free audit?

Thanks,
Kevin

If you don't want me to contact you again, just reply "no".
""",
         intent="bulk", auto_reply=False,
         note="SEO spam ('Quick question')."),

    mail("bk-d07-verband-rundschreiben-liste.eml",
         frm=("Landesverband Sozialplanung RLP", "rundschreiben@lists.landesverband-rlp.example"),
         subject="[Rundschreiben 07/2025] Fördermittel, Termine, Jahrestagungen",
         date="Mon, 26 May 2025 08:00:00 +0200",
         headers=[("List-Id", "<rundschreiben.lists.landesverband-rlp.example>"),
                  ("List-Unsubscribe", "<mailto:rundschreiben-leave@lists.landesverband-rlp.example>"),
                  ("Precedence", "list")],
         body="""Liebe Mitglieder,

Termine: VSOP-Jahrestagung am 25./26.9. in Köln (Voranmeldung bis 2. Juni), unsere Herbsttagung am 13.11. in Mainz (Anmeldung ab sofort).

Mit besten Grüßen
Die Geschäftsstelle
""",
         intent="bulk", auto_reply=False,
         note="Mailing-list circular that advertises our conference (Voranmeldung words)."),

    mail("bk-d08-gewinnspiel-html.eml",
         frm=("Bürobedarf Direkt", "angebote@buerobedarf-direkt.example"),
         subject="🎁 Nur heute: 20 % auf Namensschilder & Tagungsmappen",
         date="Tue, 27 May 2025 10:00:00 +0200", html_only=True,
         html="""<html><body><h2>Tagungszeit ist Namensschildzeit!</h2>
<p>Jetzt 20 % sparen auf Namensschilder, Lanyards und Tagungsmappen – nur heute.</p>
<p><a href="https://buerobedarf-direkt.example/shop">Zum Shop</a></p>
<p style="font-size:8pt">Sie erhalten diese E-Mail als Kunde von Bürobedarf Direkt. Wenn Sie keine Angebote mehr wünschen, können Sie sich <a href="https://buerobedarf-direkt.example/abmelden">hier abmelden</a>.</p></body></html>
""",
         intent="bulk", auto_reply=False,
         note="HTML-only shop marketing with an emoji subject; footer opt-out link only."),

    mail("bk-d09-umfrage-uni.eml",
         frm=("Projekt KommSoz", "kommsoz-umfrage@uni-hellbach.example"),
         subject="Erinnerung: Befragung kommunale Sozialplanung (nur noch 1 Woche)",
         date="Wed, 28 May 2025 09:00:00 +0200",
         headers=[("Precedence", "bulk"), ("X-Mailer", "LimeSurvey")],
         body="""Sehr geehrte Damen und Herren,

vor zwei Wochen haben wir Sie zu unserer Befragung eingeladen. Falls Sie noch nicht teilgenommen haben: Der Link ist noch bis 4. Juni aktiv.

https://umfrage.uni-hellbach.example/kommsoz

Wenn Sie keine weiteren Erinnerungen wünschen, klicken Sie hier: https://umfrage.uni-hellbach.example/optout
""",
         intent="bulk", auto_reply=False,
         note="Survey reminder (LimeSurvey) with Precedence: bulk."),

    mail("bk-d10-phishing-rechnung.eml",
         frm=("Buchhaltung", "invoice@secure-docs-share.example"),
         subject="Offene Rechnung Nr. 2025-4471 – Zahlungserinnerung",
         date="Thu, 29 May 2025 02:00:00 +0200",
         body="""Guten Tag,

anbei erhalten Sie die offene Rechnung. Bitte begleichen Sie den Betrag innerhalb von 3 Tagen. Dokument ansehen: https://secure-docs-share.example/view?id=4471

Mit freundlichen Grüßen
Buchhaltung
""",
         intent="bulk", auto_reply=False,
         note="Invoice phishing (payment words, 'Rechnung'), never a registration."),

    mail("bk-d11-event-app-english.eml",
         frm=("EventHub Partnerships", "partners@eventhub-app.example"),
         subject="Boost attendance at VSOP Jahrestagung 2025",
         date="Fri, 30 May 2025 15:00:00 +0200", html=True,
         body="""Hello VSOP team,

Event organizers using EventHub see 35% more registrations. Want a 15-minute demo next week?

Best,
The EventHub Partnerships Team

You are receiving this because your event is listed publicly. Unsubscribe: https://eventhub-app.example/u/8812
""",
         intent="bulk", auto_reply=False,
         note="English event-app sales with an unsubscribe footer, no List-* headers."),

    mail("bk-d12-behoerden-newsletter.eml",
         frm=("Bundesamt für Familie (Newsletter)", "newsletter@bundesamt-familie.example"),
         subject="Newsletter Juni: Neue Förderrichtlinie Sozialraum",
         date="Mon, 2 Jun 2025 06:00:00 +0200", html=True,
         headers=[("List-Unsubscribe", "<https://bundesamt-familie.example/newsletter/abmelden>")],
         body="""Sehr geehrte Damen und Herren,

die neue Förderrichtlinie Sozialraum ist veröffentlicht. Anträge können ab 1. Juli gestellt werden.

Newsletter abbestellen: https://bundesamt-familie.example/newsletter/abmelden
""",
         intent="bulk", auto_reply=False,
         note="Authority newsletter with List-Unsubscribe only."),
]
