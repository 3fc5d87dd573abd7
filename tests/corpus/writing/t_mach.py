"""TEST set: machines and near-machines (auto-replies, receipts, calendar answers,
bounces, newsletters, sales mails). Never tune the rules on these (README.md)."""

from make_corpus import OFFICE, dsn, ical_reply, leaf, mail, mdn, multipart


def ours(to: str, subject: str, msgid: str, date: str = "Mon, 05 May 2025 09:00:00 +0200") -> str:
    """The headers (and first lines) of a mail the office sent, as a bounce returns it."""
    return (f"From: VSOP Geschäftsstelle <{OFFICE}>\nTo: {to}\nSubject: {subject}\n"
            f"Date: {date}\nMessage-ID: {msgid}\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "Guten Tag,\n\nvielen Dank für Ihre Voranmeldung zur VSOP-Jahrestagung 2025.\n")


MAILS = [
    # --- auto-replies --------------------------------------------------------------
    mail("ar-t01-exchange-abwesend.eml",
         frm=("Behrendt, Lukas", "lukas.behrendt@stadt-kellinghusen-nord.example"),
         subject="Automatische Antwort: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         date="Mon, 5 May 2025 09:01:12 +0200", in_reply_to="<programme-ar-t01@vsop.de>",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", "lukas.behrendt@stadt-kellinghusen-nord.example")],
         body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.05.2025 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Amtes unter 04821 600-100.

Mit freundlichen Grüßen
Lukas Behrendt
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Exchange out-of-office with Auto-Submitted and X-Auto-Response-Suppress."),

    mail("ar-t02-abwesenheit-ohne-header.eml",
         frm=("Ines Marquardt", "ines.marquardt@lk-wendisch.example"),
         subject="Abwesenheitsnotiz",
         date="Tue, 6 May 2025 10:00:00 +0200", client="outlook",
         body="""Guten Tag,

ich befinde mich bis zum 19. Mai im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht lese ich nach meiner Rückkehr. In dringenden Angelegenheiten erreichen Sie meine Vertretung, Herrn Kowalski, unter sozialplanung@lk-wendisch.example.

Viele Grüße
Ines Marquardt
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Out-of-office without any auto header: recognised by its words only; names a deputy's address (not an attendee)."),

    mail("ar-t03-english-ooo.eml",
         frm=("Rebecca Holt", "rholt@urbaninstitute.example"),
         subject="Out of Office: Re: Your pre-registration",
         date="Wed, 7 May 2025 03:12:00 +0200",
         headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
         body="""Thank you for your email. I am out of the office until May 19 with limited access to email. For urgent matters, please contact my colleague at programs@urbaninstitute.example.

Rebecca
""",
         intent="auto_reply", auto_reply=False, language="en",
         note="English out-of-office with X-Autoreply."),

    mail("ar-t04-ticket-eingangsbestaetigung.eml",
         frm=("Bürgerservice Landkreis Hohenwarth", "service@landkreis-hohenwarth.example"),
         subject="[Ticket#2025051210000123] Eingangsbestätigung: Ihre Voranmeldung: VSOP-Jahrestagung 2025",
         date="Mon, 12 May 2025 08:15:00 +0200",
         headers=[("Auto-Submitted", "auto-replied"), ("X-OTRS-Loop", "yes"), ("Precedence", "bulk")],
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer 2025051210000123 erfasst und wird schnellstmöglich bearbeitet. Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an.

Ihr Bürgerservice
Landkreis Hohenwarth
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Ticket system acknowledgement with loop headers; 'Rückfragen' is no question."),

    mail("ar-t05-vorgangsnummer-ohne-header.eml",
         frm=("Poststelle Stadt Uelzingen", "poststelle@stadt-uelzingen.example"),
         subject="Ihre Nachricht ist bei uns eingegangen (Vorgang BS-2025-04411)",
         date="Mon, 12 May 2025 08:16:40 +0200",
         body="""Dies ist eine automatisch erzeugte Eingangsbestätigung.

Ihre Nachricht an die Stadtverwaltung Uelzingen ist unter der Vorgangsnummer BS-2025-04411 eingegangen und wurde an die zuständige Stelle weitergeleitet. Bitte antworten Sie nicht auf diese E-Mail.

Stadtverwaltung Uelzingen – Zentrale Poststelle
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Central mailbox acknowledgement without auto headers; 'Bitte antworten Sie nicht'."),

    mdn("ar-t06-lesebestaetigung-outlook.eml",
        frm=("Meier, Claudia", "claudia.meier@stadt-uelzingen.example"),
        subject="Gelesen: Ihre Anmeldung zur VSOP-Jahrestagung 2025",
        date="Fri, 6 Jun 2025 10:02:00 +0200", client="outlook",
        original_id="<confirmation-ar-t06@vsop.de>", final="claudia.meier@stadt-uelzingen.example",
        human="""Ihre Nachricht

  An: Meier, Claudia
  Betreff: Ihre Anmeldung zur VSOP-Jahrestagung 2025
  Gesendet: Freitag, 6. Juni 2025 09:45:00 (UTC+01:00) Amsterdam, Berlin

wurde am Freitag, 6. Juni 2025 10:01:57 (UTC+01:00) Amsterdam, Berlin gelesen.
""",
        auto_reply=False, language="de",
        note="Outlook read receipt: multipart/report; report-type=disposition-notification."),

    mdn("ar-t07-return-receipt-thunderbird.eml",
        frm=("Fiona McAllister", "f.mcallister@glasgow-uni.example"),
        subject="Return Receipt (displayed) - Your registration for the VSOP annual conference 2025",
        date="Thu, 5 Jun 2025 08:00:00 +0100", client="thunderbird",
        original_id="<confirmation-ar-t07@vsop.de>", final="f.mcallister@glasgow-uni.example",
        human="""This is a Return Receipt for the mail that you sent to f.mcallister@glasgow-uni.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""",
        auto_reply=False, language="en",
        note="Thunderbird MDN in English."),

    ical_reply("ar-t08-kalender-angenommen.eml",
               frm=("Kai-Uwe Reimers", "kaiuwe.reimers@amt-kirchwerder.example"),
               subject="Angenommen: VSOP-Jahrestagung 2025",
               date="Thu, 26 Jun 2025 16:00:00 +0200", partstat="ACCEPTED",
               uid="vsop-2025-kaiuwe.reimers@vsop.de",
               text="Kai-Uwe Reimers hat diese Besprechung angenommen.\n",
               auto_reply=False, language="de",
               note="Outlook calendar answer (iMIP METHOD:REPLY) to the office's invitation: no human text, nothing to answer."),

    ical_reply("ar-t09-kalender-vorbehalt.eml",
               frm=("Stefan Albrecht", "stefan.albrecht@stadt-hameloh.example"),
               subject="Mit Vorbehalt angenommen: VSOP-Jahrestagung 2025",
               date="Fri, 27 Jun 2025 09:30:00 +0200", partstat="TENTATIVE",
               uid="vsop-2025-stefan.albrecht@vsop.de",
               text="",
               auto_reply=False, language="de",
               note="Tentative calendar answer with an empty text part: not a cancellation, not a question."),

    mail("ar-t10-elternzeit.eml",
         frm=("Svenja Dreyer", "svenja.dreyer@kreis-lemgau.example"),
         subject="Elternzeit – Ihre Nachricht an Svenja Dreyer",
         date="Mon, 8 Sep 2025 09:00:00 +0200", client="outlook",
         body="""Guten Tag,

ich bin vom 1. September 2025 bis zum 31. August 2026 in Elternzeit. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich in Angelegenheiten der Jugendhilfeplanung an jugendamt@kreis-lemgau.example.

Mit freundlichen Grüßen
Svenja Dreyer
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Parental-leave notice without auto headers."),

    mail("ar-t11-adresse-nicht-mehr-aktiv.eml",
         frm=("Manfred Oltrogge", "manfred.oltrogge@stadt-hameloh.example"),
         subject="Diese E-Mail-Adresse ist nicht mehr aktiv",
         date="Tue, 9 Sep 2025 10:00:00 +0200",
         body="""Diese E-Mail-Adresse wird nicht mehr genutzt. Ihre Nachricht wurde nicht zugestellt und wird nicht gelesen. Bitte richten Sie Anfragen künftig an sozialamt@stadt-hameloh.example.

Stadt Hameloh
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="'Address no longer active' notice sent by the mailbox, not a bounce report (no DSN); says 'nicht zugestellt' in prose."),

    mail("ar-t12-landratsamt-postfach.eml",
         frm=("Landratsamt Eichenried", "poststelle@lk-eichenried.example"),
         subject="Eingangsbestätigung",
         date="Wed, 10 Sep 2025 07:45:00 +0200",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""Sehr geehrte Damen und Herren,

Ihre E-Mail ist im zentralen Postfach des Landratsamts eingegangen. Bitte beachten Sie, dass auf diesem Weg keine fristwahrenden Erklärungen abgegeben werden können.

Ihr Landratsamt Eichenried
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Central authority mailbox acknowledgement."),

    mail("ar-t13-sieve-zweisprachig.eml",
         frm=("Dr. Matthias Quandt", "quandt@sozialplanung-quandt.example"),
         subject="Auto: Re: Ihre Anmeldung zur VSOP-Jahrestagung 2025",
         date="Mon, 11 Aug 2025 12:00:00 +0200",
         headers=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
         body="""Ich bin bis 25. August im Urlaub. / I am on holiday until 25 August.

Matthias Quandt
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Sieve vacation, German and English in one line."),

    mail("ar-t14-html-abwesend-suppress.eml",
         frm=("Harms, Wiebke", "wiebke.harms@kreis-moorland.example"),
         subject="Abwesend: Ihre Anmeldung zur VSOP-Jahrestagung 2025",
         date="Tue, 12 Aug 2025 08:00:00 +0200", html_only=True,
         headers=[("X-Auto-Response-Suppress", "All")],
         html="""<html><body><p>Sehr geehrte Damen und Herren,</p>
<p>vielen Dank für Ihre Nachricht. Ich bin ab dem 25.08.2025 wieder erreichbar.</p>
<p>Mit freundlichen Grüßen<br>Wiebke Harms<br>Kreis Moorland</p></body></html>
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="HTML-only out-of-office with only X-Auto-Response-Suppress; subject prefix 'Abwesend:'."),

    mail("ar-t15-aw-automatische-antwort-im-text.eml",
         frm=("Corinna Lüders", "corinna.lueders@stadt-bad-wennigsen.example"),
         subject="AW: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         date="Thu, 8 May 2025 10:06:00 +0200", in_reply_to="<programme-ar-t15@vsop.de>",
         body="""Dies ist eine automatische Antwort.

Vielen Dank für Ihre E-Mail. Ich bin derzeit auf einer Fortbildung und ab Montag, dem 12. Mai, wieder im Büro.

Corinna Lüders
Stadt Bad Wennigsen
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Looks like a reply ('AW:') but is an automatic answer, said only in the text."),

    mail("ar-t16-ooo-zitiert-unsere-mail.eml",
         frm=("Maik Pohlmann", "maik.pohlmann@kreis-ostheide.example"),
         subject="Automatische Antwort: Erinnerung: verbindliche Anmeldung bis 4. Juli",
         date="Mon, 23 Jun 2025 08:00:00 +0200",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""Ich bin bis 27.06. nicht erreichbar.

-----Ursprüngliche Nachricht-----
Von: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>
Betreff: Erinnerung: verbindliche Anmeldung bis 4. Juli

bitte denken Sie an Ihre verbindliche Anmeldung mit Zahlungsvereinbarung bis zum 4. Juli 2025. Ich melde mich verbindlich an – so beginnt das Formular.
""",
         intent="auto_reply", auto_reply=False, language="de",
         note="Out-of-office that quotes our reminder (with 'verbindlich anmelden' words in the quote)."),

    # --- bounces -------------------------------------------------------------------
    dsn("bo-t01-postfix-user-unknown.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx01.kreis-talheim.example"),
        subject="Undelivered Mail Returned to Sender", date="Mon, 5 May 2025 09:00:30 +0200",
        human="""This is the mail system at host mx01.kreis-talheim.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<a.wiebe@kreis-talheim.example>: host mail.kreis-talheim.example[10.0.0.5] said:
    550 5.1.1 <a.wiebe@kreis-talheim.example>: Recipient address rejected:
    User unknown in virtual mailbox table
""",
        status="5.1.1", recipients=["a.wiebe@kreis-talheim.example"],
        reporting="mx01.kreis-talheim.example",
        original=ours("a.wiebe@kreis-talheim.example", "Ihre Voranmeldung: VSOP-Jahrestagung 2025", "<programme-bo-t01@vsop.de>"),
        note="Postfix DSN (multipart/report; delivery-status)."),

    dsn("bo-t02-verschachtelt-gateway.eml",
        frm=("Mail Gateway", "postmaster@gw.stadt-frankenau.example"),
        subject="Delivery failure notification", date="Tue, 6 May 2025 11:20:00 +0200",
        human="Your message could not be delivered to the following recipient:\n\n  d.roth@stadt-frankenau.example\n",
        status="5.1.1", recipients=["d.roth@stadt-frankenau.example"],
        reporting="gw.stadt-frankenau.example", nested=True,
        original=ours("d.roth@stadt-frankenau.example", "Ihre Voranmeldung: VSOP-Jahrestagung 2025", "<programme-bo-t02@vsop.de>"),
        note="The delivery report nested inside multipart/mixed (a security gateway wraps it)."),

    dsn("bo-t03-exchange-unzustellbar.eml",
        frm=("Microsoft Outlook", "postmaster@stadt-lohmar-sued.example"),
        subject="Unzustellbar: Ihre Voranmeldung: VSOP-Jahrestagung 2025", date="Wed, 30 Apr 2025 12:00:00 +0200",
        human="""Ihre Nachricht hat folgende Empfänger bzw. Gruppen nicht erreicht:

tobias.engel@stadt-lohmar-sued.example
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.
""",
        status="5.1.10", recipients=["tobias.engel@stadt-lohmar-sued.example"],
        reporting="EX02.stadt-lohmar-sued.example",
        original=ours("tobias.engel@stadt-lohmar-sued.example", "Ihre Voranmeldung: VSOP-Jahrestagung 2025", "<programme-bo-t03@vsop.de>"),
        note="German Exchange NDR ('Unzustellbar:')."),

    mail("bo-t04-exim-text.eml",
         frm=("Mail Delivery System", "Mailer-Daemon@mail.gemeinde-tarnow.example"),
         subject="Mail delivery failed: returning message to sender",
         date="Thu, 24 Apr 2025 09:10:00 +0200",
         headers=[("X-Failed-Recipients", "info@gemeinde-tarnow.example"), ("Auto-Submitted", "auto-replied")],
         body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@gemeinde-tarnow.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>
To: info@gemeinde-tarnow.example
Subject: Einladung: VSOP-Jahrestagung 2025
""",
         intent="bounce", auto_reply=False, bounced=["info@gemeinde-tarnow.example"],
         note="Exim plain-text bounce (no report part), X-Failed-Recipients."),

    dsn("bo-t05-verzoegert.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@vsop.de"),
        subject="Delayed Mail (still being retried)", date="Wed, 7 May 2025 13:00:00 +0200",
        human="""This is the mail system at host mail.vsop.de.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.
""",
        status="4.4.1", action="delayed", recipients=["r.olbrich@gemeinde-tarnow.example"],
        reporting="mail.vsop.de",
        original=ours("r.olbrich@gemeinde-tarnow.example", "Ihre Voranmeldung: VSOP-Jahrestagung 2025", "<programme-bo-t05@vsop.de>"),
        note="Delay warning (Action: delayed): a bounce with no failed address."),

    mail("bo-t06-qmail.eml",
         frm=("", "MAILER-DAEMON@mail.amt-geestland.example"),
         subject="failure notice", date="Tue, 6 May 2025 10:15:00 +0200",
         body="""Hi. This is the qmail-send program at mail.amt-geestland.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<j.heitmann@amt-geestland.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

From: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>
Subject: Ihre Voranmeldung: VSOP-Jahrestagung 2025
""",
         intent="bounce", auto_reply=False, bounced=["j.heitmann@amt-geestland.example"],
         note="qmail bounce, plain text."),

    dsn("bo-t07-gmail-address-not-found.eml",
        frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        subject="Delivery Status Notification (Failure)", date="Fri, 9 May 2025 20:34:00 +0200",
        human="""** Address not found **

Your message wasn't delivered to melanie.kurz1984@freemail.example because the address couldn't be found, or is unable to receive mail.
""",
        status="5.1.1", recipients=["melanie.kurz1984@freemail.example"], reporting="mx.google.com",
        original=ours("melanie.kurz1984@freemail.example", "Ihre Voranmeldung: VSOP-Jahrestagung 2025", "<programme-bo-t07@vsop.de>"),
        note="Gmail-style DSN."),

    dsn("bo-t08-postfach-voll-deutsch.eml",
        frm=("Mailer-Daemon", "mailer-daemon@mx.freemail.example"),
        subject="Unzustellbare Nachricht", date="Tue, 13 May 2025 06:00:00 +0200",
        human="""Die Nachricht konnte nicht zugestellt werden.

Das Postfach des Empfängers p.reents@freemail.example ist voll. Die Nachricht wurde nicht zugestellt.
""",
        status="5.2.2", recipients=["p.reents@freemail.example"], reporting="mx.freemail.example",
        original=ours("p.reents@freemail.example", "Ihre Voranmeldung: VSOP-Jahrestagung 2025", "<programme-bo-t08@vsop.de>"),
        note="German mailbox-full DSN."),

    dsn("bo-t09-zwei-empfaenger.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.stadt-uelzingen.example"),
        subject="Undelivered Mail Returned to Sender", date="Thu, 17 Apr 2025 10:51:00 +0200",
        human="I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n",
        status="5.1.1", recipients=["j.hartmann@stadt-uelzingen.example", "a.demir@stadt-uelzingen.example"],
        reporting="mx.stadt-uelzingen.example",
        original=ours("j.hartmann@stadt-uelzingen.example, a.demir@stadt-uelzingen.example",
                      "Ihre Voranmeldung: VSOP-Jahrestagung 2025", "<programme-bo-t09@vsop.de>"),
        note="One report for two failed recipients."),

    mail("bo-t10-rfc822-headers.eml",
         frm=("Postmaster", "postmaster@kreis-hasetal.example"),
         subject="Non-delivery report", date="Mon, 12 May 2025 09:00:00 +0200",
         content=multipart("report", [
             leaf("text/plain", "Delivery has failed to these recipients or groups:\n\nmelanie.kurz@kreis-hasetal.example\nThe recipient's mailbox is disabled.\n"),
             b"Content-Type: message/delivery-status\n\nReporting-MTA: dns;mx.kreis-hasetal.example\n\n"
             b"Final-Recipient: rfc822;melanie.kurz@kreis-hasetal.example\nAction: failed\nStatus: 5.2.1\n",
             b"Content-Type: text/rfc822-headers\n\nFrom: VSOP Gesch\xc3\xa4ftsstelle <geschaeftsstelle@vsop.de>\n"
             b"To: melanie.kurz@kreis-hasetal.example\nSubject: Ihre Voranmeldung\n",
         ], "----=_rep_t10_hasetal", "; report-type=delivery-status"),
         intent="bounce", auto_reply=False, bounced=["melanie.kurz@kreis-hasetal.example"],
         note="NDR with text/rfc822-headers instead of the full original; mailbox disabled."),

    # --- bulk ----------------------------------------------------------------------
    mail("bk-t01-newsletter-list-header.eml",
         frm=("Deutscher Verein – Newsletter", "newsletter@deutscher-verein-news.example"),
         subject="Newsletter 05/2025: Sozialplanung, Pflege, Kinderschutz",
         date="Thu, 15 May 2025 06:00:00 +0200", html=True,
         headers=[("List-Id", "<newsletter.deutscher-verein-news.example>"),
                  ("List-Unsubscribe", "<https://deutscher-verein-news.example/unsub?u=8812>"),
                  ("Precedence", "bulk")],
         body="""Liebe Leserinnen und Leser,

in dieser Ausgabe: Neue Empfehlungen zur Sozialplanung, Termine im Juni, Stellenbörse.

Veranstaltungshinweis: Melden Sie sich jetzt an für unseren Fachtag am 3. Juli!

Newsletter abbestellen: https://deutscher-verein-news.example/unsub?u=8812
""",
         intent="bulk", auto_reply=False,
         note="Newsletter with List-Id/List-Unsubscribe; 'Melden Sie sich an' is advertising."),

    mail("bk-t02-newsletter-ohne-list-header.eml",
         frm=("Kommunalakademie Nord", "info@kommunalakademie-nord.example"),
         subject="Neue Seminare im Herbst – jetzt Plätze sichern",
         date="Fri, 16 May 2025 07:30:00 +0200", html_only=True,
         html="""<html><body style="font-family:Arial"><table width="600"><tr><td>
<h1>Seminarprogramm Herbst 2025</h1>
<p>Sehr geehrte Damen und Herren,</p>
<p>unser neues Programm ist da: Sozialraumorientierung, Datenschutz in der Jugendhilfe, Haushaltsrecht kompakt. Sichern Sie sich jetzt Ihren Platz – die Plätze sind begrenzt!</p>
<p><a href="https://kommunalakademie-nord.example/programm">Zum Programm</a></p>
</td></tr><tr><td style="font-size:10px;color:#888">
Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. <a href="https://kommunalakademie-nord.example/abmelden?id=55">Vom Newsletter abmelden</a> | Impressum | Datenschutz
</td></tr></table></body></html>
""",
         intent="bulk", auto_reply=False,
         note="Newsletter without List-* headers; only the footer ('Vom Newsletter abmelden') shows it; must never become an opt-out of its sender."),

    mail("bk-t03-attendee-list-sale.eml",
         frm=("Emily Carter", "emily.carter@conference-leads.example"),
         subject="VSOP Jahrestagung 2025 Attendee List",
         date="Mon, 19 May 2025 15:22:00 +0200",
         body="""Hi,

Would you be interested in acquiring the attendee list of VSOP Jahrestagung 2025?

List includes: Name, Job Title, Company, Email, Phone, Address. We have 2,340 verified contacts.

Please let me know if you are interested and I will send you the pricing.

Regards,
Emily Carter
Marketing Executive

If you do not wish to receive further emails, reply with "Remove".
""",
         intent="bulk", auto_reply=False,
         note="Sales mail offering 'the attendee list' (ends with a question): spam, not a question and not an opt-out."),

    mail("bk-t04-teilnehmerliste-kaufen.eml",
         frm=("Daten-Service Schulz", "vertrieb@adressen-schulz.example"),
         subject="Teilnehmerdaten Ihrer Jahrestagung",
         date="Tue, 20 May 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir bieten Ihnen die aktuellen Kontaktdaten aller Teilnehmerinnen und Teilnehmer der VSOP Jahrestagung 2025 an – DSGVO-konform, sofort lieferbar. Interesse? Antworten Sie einfach auf diese Mail.

Mit freundlichen Grüßen
Ihr Daten-Service-Team

Abmeldung: Antworten Sie mit „STOP“.
""",
         intent="bulk", auto_reply=False,
         note="German variant of the attendee-list sale."),

    mail("bk-t05-webinar-anbieter.eml",
         frm=("SozialData Software", "events@sozialdata.example"),
         subject="Einladung: Webinar „Sozialberichterstattung automatisieren“",
         date="Wed, 21 May 2025 09:00:00 +0200", html_only=True,
         html="""<html><body><p>Guten Tag,</p>
<p>melden Sie sich jetzt kostenlos zu unserem Webinar am 12. Juni an und erfahren Sie, wie Kommunen ihre Sozialberichte auf Knopfdruck erstellen.</p>
<p><a href="https://sozialdata.example/webinar">Jetzt anmelden</a></p>
<p style="font-size:9px">Wenn Sie keine weiteren E-Mails von uns erhalten möchten, klicken Sie <a href="https://sozialdata.example/optout">hier</a>.</p></body></html>
""",
         intent="bulk", auto_reply=False,
         note="Vendor webinar invitation, HTML only, opt-out link in the footer, no List-* headers; 'anmelden' is theirs."),

    mail("bk-t06-umfrage-precedence.eml",
         frm=("Institut für Kommunalforschung", "umfrage@ifk-forschung.example"),
         subject="Ihre Meinung zählt: Umfrage zur Sozialplanung in Kommunen",
         date="Thu, 22 May 2025 08:00:00 +0200",
         headers=[("Precedence", "bulk")],
         body="""Sehr geehrte Damen und Herren,

im Auftrag des Bundesministeriums führen wir eine Befragung zur Sozialplanung in deutschen Kommunen durch. Die Teilnahme dauert ca. 15 Minuten: https://ifk-forschung.example/umfrage

Vielen Dank für Ihre Unterstützung!
Ihr IfK-Team
""",
         intent="bulk", auto_reply=False,
         note="Mass survey invitation with Precedence: bulk."),

    mail("bk-t07-andere-tagung-liste.eml",
         frm=("Forum Sozialraum", "forum@lists.sozialraum-netz.example"),
         subject="[sozialraum-l] Call for Papers: Fachtagung Sozialraum 2026",
         date="Fri, 23 May 2025 11:00:00 +0200",
         headers=[("List-Id", "Forum Sozialraum <sozialraum-l.lists.sozialraum-netz.example>"),
                  ("List-Post", "<mailto:sozialraum-l@lists.sozialraum-netz.example>"),
                  ("Sender", "sozialraum-l-bounces@lists.sozialraum-netz.example")],
         body="""Liebe Listenmitglieder,

für die Fachtagung Sozialraum 2026 suchen wir Beiträge. Einreichungen bis 30. September. Anmeldung zur Tagung ab Januar.

--
sozialraum-l mailing list
Abmelden: https://lists.sozialraum-netz.example/listinfo/sozialraum-l
""",
         intent="bulk", auto_reply=False,
         note="A mailing-list post about another conference (List-Id, List-Post)."),

    mail("bk-t08-hotel-marketing.eml",
         frm=("Hotel am Rhein Köln", "marketing@hotel-am-rhein.example"),
         subject="Tagen am Rhein: Ihr Angebot für Herbst-Events",
         date="Mon, 26 May 2025 10:00:00 +0200", html=True,
         body="""Liebe Veranstalterinnen und Veranstalter,

planen Sie Ihre nächste Tagung mit Blick auf den Dom! Tagungspauschalen ab 59 € pro Person. Jetzt unverbindlich anfragen.

Hotel am Rhein Köln · Rheinufer 10 · 50668 Köln
Sie möchten keine Angebote mehr erhalten? Hier abbestellen: https://hotel-am-rhein.example/abbestellen
""",
         intent="bulk", auto_reply=False,
         note="Marketing mail without List-* headers; 'unverbindlich' and 'Tagung' are theirs; unsubscribe footer."),

    mail("bk-t09-fachzeitschrift-text.eml",
         frm=("Zeitschrift Sozialplanung aktuell", "redaktion@sozialplanung-aktuell.example"),
         subject="Sozialplanung aktuell – Ausgabe 3/2025 ist erschienen",
         date="Tue, 27 May 2025 06:30:00 +0200",
         body="""Sehr geehrte Abonnentinnen und Abonnenten,

die neue Ausgabe ist online: Schwerpunkt Integrierte Sozialplanung. Außerdem: Interview mit dem Vorstand des VSOP zur Jahrestagung in Köln.

Zum Heft: https://sozialplanung-aktuell.example/3-2025

--
Newsletter abbestellen: https://sozialplanung-aktuell.example/newsletter/abbestellen
""",
         intent="bulk", auto_reply=False,
         note="Plain-text journal newsletter mentioning our conference; footer only."),

    mail("bk-t10-phishing-postfach.eml",
         frm=("Webmail Administrator", "admin@mailbox-security-check.example"),
         subject="Ihr Postfach ist zu 98 % voll",
         date="Wed, 28 May 2025 02:14:00 +0200",
         body="""Sehr geehrter Benutzer,

Ihr Postfach hat sein Speicherlimit fast erreicht. Bestätigen Sie Ihr Konto innerhalb von 24 Stunden, um den Verlust eingehender Nachrichten zu vermeiden:

https://mailbox-security-check.example/verify

Webmail-Team
""",
         intent="bulk", auto_reply=False,
         note="Phishing: spam, never answered; mentions a full mailbox but is no bounce."),

    mail("bk-t11-sponsoring-english.eml",
         frm=("Jason Miller", "jason@expo-partners.example"),
         subject="Exhibit at VSOP Annual Conference 2025?",
         date="Thu, 29 May 2025 16:00:00 +0200",
         body="""Hello Team,

We help organizations like yours grow their events. Are you looking for exhibitors or sponsors for VSOP Annual Conference 2025? We can also provide the complete attendee list with email addresses.

Looking forward to hearing from you.

Best,
Jason Miller
Event Growth Specialist

Reply "not interested" to opt out.
""",
         intent="bulk", auto_reply=False,
         note="Event-sales spam in English with a question and an opt-out line."),

    mail("bk-t12-stiftung-mailchimp.eml",
         frm=("Stiftung Lebendige Kommune", "news@stiftung-lebendige-kommune.example"),
         subject="Ausschreibung Förderpreis 2025",
         date="Fri, 30 May 2025 09:00:00 +0200", html=True,
         headers=[("List-Unsubscribe", "<mailto:unsubscribe@mc.stiftung-lebendige-kommune.example?subject=unsubscribe>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID5a8b2c**")],
         body="""Liebe Freundinnen und Freunde der Stiftung,

der Förderpreis „Lebendige Kommune“ 2025 ist ausgeschrieben. Bewerbungen bis 31. August.

Sie erhalten diese E-Mail als Abonnent*in unseres Newsletters. Abmelden | Einstellungen ändern
""",
         intent="bulk", auto_reply=False,
         note="Mailchimp newsletter with List-Unsubscribe and Precedence: bulk."),
]
