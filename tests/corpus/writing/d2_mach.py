"""DEVELOPMENT set 2: machines and near-machines. Tune on these (never on the test set)."""

from d2_quote import office
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

ANNOUNCE = office("announcement")[0]
PROGRAMME = office("programme")[0]
REMINDER = office("reminder")[0]
INVREM = office("invitation_reminder")[0]


def original(to: str, subject: str, msgid: str, kind: str = "announcement") -> str:
    """The office's mail as a delivery report returns it (headers and the start of the text)."""
    text = office(kind)[1].split("\n\n", 3)
    return (f"Return-Path: <{OFFICE}>\nFrom: =?utf-8?q?VSOP_e=2EV=2E_Gesch=C3=A4ftsstelle?= <{OFFICE}>\n"
            f"To: {to}\nSubject: {subject}\nMessage-ID: {msgid}\nDate: Tue, 22 Apr 2025 09:00:00 +0200\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + "\n\n".join(text[:3]) + "\n")


AUTO = [("Auto-Submitted", "auto-replied")]

MAILS = [
    # --- auto-replies --------------------------------------------------------------
    mail("ar-e01-outlook-nicht-im-haus.eml",
         frm=("Reinhold, Thomas", "t.reinhold@stadt-boerdeleben.example"),
         subject="Automatische Antwort: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         date="Tue, 22 Apr 2025 16:21:00 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
         body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Mai nicht im Haus. Ihre E-Mail wird nicht weitergeleitet; in dringenden Fällen wenden Sie sich bitte an statistik@stadt-boerdeleben.example.

Thomas Reinhold
""",
         intent="auto_reply",
         note="Exchange 'Automatische Antwort:' with the office's programme subject (which says 'Anmeldeformular')."),

    mail("ar-e02-danish-ferie.eml",
         frm=("Mette Sørensen", "mette.sorensen@vestera-kommune.example"),
         subject="Autosvar: Reminder: binding registration by 4 July 2025 – VSOP-Jahrestagung 2025",
         date="Fri, 20 Jun 2025 06:01:00 +0200", headers=AUTO,
         body="""Jeg er på ferie til og med 7. juli og læser ikke mails.
I am on holiday until 7 July and will not read my e-mails.

Venlig hilsen / Kind regards
Mette Sørensen
""",
         intent="auto_reply",
         note="Danish/English holiday notice ('Autosvar:') to a reminder that asks for a binding registration."),

    mail("ar-e03-dutch-afwezig.eml",
         frm=("Pieter Hoekstra", "p.hoekstra@gemeente-waterland-oost.example"),
         subject="Automatisch antwoord: Your pre-registration: VSOP-Jahrestagung 2025 – programme and registration form",
         date="Fri, 09 May 2025 13:40:00 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
         body="""Beste afzender,

Ik ben afwezig tot en met maandag 19 mei. Uw e-mail wordt niet doorgestuurd.

Dear sender, I am out of the office until Monday 19 May. Your e-mail will not be forwarded.

Pieter Hoekstra
""",
         intent="auto_reply",
         note="Dutch/English out-of-office ('Automatisch antwoord:')."),

    mail("ar-e04-polish-automatyczna.eml",
         frm=("Katarzyna Wiśniewska", "k.wisniewska@gorzewo-miasto.example"),
         subject="Automatyczna odpowiedź: Invitation: VSOP-Jahrestagung 2025 in Köln – please pre-register by 2 June 2025",
         date="Tue, 22 Apr 2025 09:00:30 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Dzień dobry, jestem na urlopie do 25.04.2025.
Good morning, I am on leave until 25.04.2025. In urgent matters please contact sekretariat@gorzewo-miasto.example.
""",
         intent="auto_reply",
         note="Polish/English out-of-office to the English announcement."),

    mdn("ar-e05-gelesen-outlook-de.eml",
        frm=("Böttcher, Katrin", "k.boettcher@havelwerder.example"),
        subject="Gelesen: " + PROGRAMME,
        date="Wed, 16 Apr 2025 09:30:00 +0200", client="outlook",
        original_id="<programme-ar-e05@vsop.de>", final="k.boettcher@havelwerder.example",
        human="""Ihre Nachricht

    An: Böttcher, Katrin
    Betreff: """ + PROGRAMME + """
    Gesendet: Mittwoch, 16. April 2025 09:13:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Mittwoch, 16. April 2025 09:30:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""",
        auto_reply=False, note="German Outlook read receipt ('Gelesen:') of the programme mail."),

    mdn("ar-e06-read-english-confirmation.eml",
        frm=("Fiona MacLeod", "fiona.macleod@glenmorven.example"),
        subject="Read: Confirmation of your binding registration: VSOP-Jahrestagung 2025",
        date="Tue, 01 Jul 2025 09:00:00 +0100", client="outlook",
        original_id="<confirmation-ar-e06@vsop.de>", final="fiona.macleod@glenmorven.example",
        human="""Your message

    To: Fiona MacLeod
    Subject: Confirmation of your binding registration: VSOP-Jahrestagung 2025
    Sent: 30 June 2025 11:00

was read on 01 July 2025 09:00.
""",
        auto_reply=False, note="English Outlook read receipt of the English confirmation."),

    mdn("ar-e07-geloescht-ohne-lesen-notes.eml",
        frm=("Dr. Bernd Vogler", "bernd.vogler@lk-boerdeland.example"),
        subject="Nicht gelesen: " + REMINDER,
        date="Fri, 20 Jun 2025 10:00:00 +0200", client="notes", ua="HCL Notes 12.0.2",
        original_id="<reminder-ar-e07@vsop.de>", final="bernd.vogler@lk-boerdeland.example",
        disposition="automatic-action/MDN-sent-automatically; deleted",
        human="""Ihr Dokument: """ + REMINDER + """
wurde von Bernd Vogler/LK-Boerdeland am 20.06.2025 10:00:00 ungelesen gelöscht.
""",
        auto_reply=False, note="Notes 'deleted without reading' MDN of a reminder (whose subject says 'verbindliche Anmeldung')."),

    ical_reply("ar-e08-apple-kalender-zugesagt.eml",
               frm=("Ruth Adelmann", "r.adelmann@diakonie-moselkirch.example"),
               subject="Zugesagt: VSOP-Jahrestagung 2025", client="apple",
               date="Fri, 27 Jun 2025 08:05:00 +0200", partstat="ACCEPTED",
               uid="vsop-2025-r.adelmann@vsop.de", prodid="-//Apple Inc.//macOS 14.5//EN",
               text="Ruth Adelmann hat die Einladung angenommen.\n",
               auto_reply=False, note="Apple Calendar accepts the confirmation's calendar entry (METHOD:REPLY)."),

    ical_reply("ar-e09-google-abgelehnt.eml",
               frm=("Sandra Pietsch", "sandra.pietsch.lk@gmail.example"),
               subject="Abgelehnt: VSOP-Jahrestagung 2025", client="none",
               date="Thu, 26 Jun 2025 19:00:00 +0200", partstat="DECLINED",
               uid="vsop-2025-sandra.pietsch@vsop.de", prodid="-//Google Inc//Google Calendar 70.9054//EN",
               text="Sandra Pietsch hat diese Einladung abgelehnt.\n\nEinladung von Google Kalender\n",
               auto_reply=False,
               note="A calendar 'declined' answer is the calendar client's, not a cancellation (the person may simply have removed the entry)."),

    ical_reply("ar-e10-outlook-mit-vorbehalt.eml",
               frm=("Birte Hammes", "birte.hammes@kreis-eifelgrund.example"),
               subject="Mit Vorbehalt angenommen: VSOP-Jahrestagung 2025",
               date="Mon, 23 Jun 2025 11:00:00 +0200", partstat="TENTATIVE",
               uid="vsop-2025-birte.hammes@vsop.de",
               text="\n", auto_reply=False,
               note="Outlook 'Mit Vorbehalt angenommen' (tentative) with an empty text part."),

    mail("ar-e11-otrs-eingangsbestaetigung.eml",
         frm=("Bürgerservice Kreisstadt Bliesweiler", "buergerservice@stadt-bliesweiler.example"),
         subject="[Ticket#2025042210000417] Eingangsbestätigung: " + ANNOUNCE,
         date="Tue, 22 Apr 2025 09:00:40 +0200",
         headers=[("X-OTRS-Loop", "yes"), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer 2025042210000417 erfasst und wird schnellstmöglich bearbeitet. Bitte geben Sie bei Rückfragen die Ticketnummer im Betreff an.

Ihr Bürgerservice der Kreisstadt Bliesweiler
""",
         intent="auto_reply", note="OTRS/Znuny ticket acknowledgement in German; 'Bitte ... bei Rückfragen' is a formula."),

    mail("ar-e12-freshdesk-english.eml",
         frm=("Glenmorven Council Customer Service", "support@glenmorven.freshdesk.example"),
         subject="Ticket Received - " + "Invitation: VSOP-Jahrestagung 2025 in Köln – please pre-register by 2 June 2025",
         date="Tue, 22 Apr 2025 08:01:00 +0100",
         headers=[("X-Freshdesk-Ticket-Id", "58213")],
         body="""Dear Customer,

We would like to acknowledge that we have received your request and a ticket has been created. A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).

To view the status of the ticket or add comments, please visit https://glenmorven.freshdesk.example/helpdesk/tickets/58213

Thank you for your patience.

Sincerely,
Glenmorven Council Customer Service
""",
         intent="auto_reply",
         note="Freshdesk acknowledgement in English without Auto-Submitted; only a vendor header tells."),

    mail("ar-e13-poststelle-zugangseroeffnung.eml",
         frm=("Poststelle Landkreis Erzgrund", "poststelle@lk-erzgrund.example"),
         subject="Eingangsbestätigung Ihrer Nachricht", date="Tue, 22 Apr 2025 09:01:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Ihre Nachricht ist im zentralen Postfach des Landkreises Erzgrund eingegangen und wird an die zuständige Stelle weitergeleitet.

Bitte beachten Sie: Für die Übermittlung elektronischer Dokumente mit qualifizierter elektronischer Signatur ist ausschließlich die Adresse poststelle-qes@lk-erzgrund.example eröffnet.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
         intent="auto_reply", note="An authority's central mailbox acknowledgement with a legal note."),

    mail("ar-e14-abwesend-rhetorische-frage.eml",
         frm=("Lisa Marschall", "lisa.marschall@vg-hunsrueckhoehe.example"),
         subject="Abwesenheitsnotiz: Einladung zur VSOP-Jahrestagung 2025 in Köln – bitte bis 2.6.2025 voranmelden",
         date="Tue, 22 Apr 2025 09:00:15 +0200", headers=AUTO,
         body="""Guten Tag,

ich bin bis zum 28.04. im Urlaub. Ist Ihr Anliegen dringend? Dann wenden Sie sich bitte an das Bürgerbüro unter 06761 80-0.

Lisa Marschall
""",
         intent="auto_reply", note="Out-of-office with a rhetorical question: no question for a person."),

    mail("ar-e15-adresse-nicht-mehr-genutzt.eml",
         frm=("Marie Lindemann", "marie.lindemann@lk-unstrut-heide.example"),
         subject="Diese Adresse wird nicht mehr genutzt", date="Mon, 04 Aug 2025 07:00:00 +0200",
         headers=AUTO,
         body="""Dieses Postfach ist seit dem 1. August stillgelegt; Ihre Nachricht wird dort weder gelesen noch weitergeleitet. Bitte schreiben Sie künftig an m.lindemann@unstrut-heide-kreis.example.
""",
         intent="auto_reply", note="Automatic 'address no longer used' notice naming a new address."),

    mail("ar-e16-gmail-vacation-english.eml",
         frm=("Outi Virtanen", "outi.virtanen@jarvela.example"),
         subject="Re: Your pre-registration: VSOP-Jahrestagung 2025 – programme and registration form",
         date="Wed, 30 Apr 2025 10:00:00 +0300", headers=AUTO,
         body="""Hello, and thanks for your message!

I'm away on summer leave and back on 12 May. I'll get back to you as soon as I can.

Outi
""",
         intent="auto_reply", note="Vacation responder with an ordinary 'Re:' subject; only Auto-Submitted tells."),

    # --- bounces ---------------------------------------------------------------------
    dsn("bo-e01-exchange-unzustellbar-de.eml",
        frm=("Microsoft Outlook", "MicrosoftExchange7c21f0ba1f3e4cb9@stadt-moselkirch.example"),
        subject="Unzustellbar: " + ANNOUNCE, date="Tue, 22 Apr 2025 09:00:20 +0200",
        human="""Ihre Nachricht hat folgende Empfänger nicht erreicht:

jugendamt@stadt-moselkirch.example

Die E-Mail-Adresse wurde im Zielsystem nicht gefunden (5.1.10 RESOLVER.ADR.RecipientNotFound).
""",
        status="5.1.10", recipients=["jugendamt@stadt-moselkirch.example"], reporting="FR3P281MB.stadt-moselkirch.example",
        original=original("jugendamt@stadt-moselkirch.example", ANNOUNCE, "<announce-bo-e01@vsop.de>"),
        note="German Exchange Online NDR ('Unzustellbar:', 5.1.10)."),

    dsn("bo-e02-postfix-english.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx1.gemeinde-niedhausen.example"),
        subject="NOTICE: mail delivery status.", date="Tue, 22 Apr 2025 09:00:25 +0200",
        human="""This is a delivery status notification from mx1.gemeinde-niedhausen.example,
running the Courier mail server, version 1.3.12.

The original message was received on Tue, 22 Apr 2025 09:00:20 +0200
from mail.vsop.de [198.51.100.7]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<hauptamt@gemeinde-niedhausen.example>:
    mx1.gemeinde-niedhausen.example [192.0.2.17]:
>>> RCPT TO:<hauptamt@gemeinde-niedhausen.example>
<<< 550 User unknown
""",
        status="5.1.1", recipients=["hauptamt@gemeinde-niedhausen.example"], reporting="mx1.gemeinde-niedhausen.example",
        original=original("hauptamt@gemeinde-niedhausen.example", ANNOUNCE, "<announce-bo-e02@vsop.de>"),
        note="Courier DSN in English (a different MTA wording)."),

    mail("bo-e03-exim-plain.eml",
         frm=("Mail Delivery System", "Mailer-Daemon@mail.caritas-saartal.example"),
         subject="Mail delivery failed: returning message to sender", date="Tue, 22 Apr 2025 09:01:00 +0200",
         headers=[("X-Failed-Recipients", "r.ney@caritas-saartal.example"), ("Auto-Submitted", "auto-replied")],
         body="""Diese Nachricht wurde von der Zustellsoftware des Servers automatisch erzeugt.

Ihre Nachricht konnte mindestens einem Empfänger nicht zugestellt werden.
Der Fehler ist dauerhaft. Betroffen ist folgende Adresse:

  r.ney@caritas-saartal.example
    Postfach voll: Zeitlimit für weitere Versuche überschritten

------ Es folgt eine Kopie der Nachricht samt aller Kopfzeilen. ------

From: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>
To: r.ney@caritas-saartal.example
Subject: """ + ANNOUNCE + """
""",
         intent="bounce", bounced=["r.ney@caritas-saartal.example"],
         note="Exim plain-text bounce localised in German (no report part) with X-Failed-Recipients; the returned copy has our announcement's headers."),

    mail("bo-e04-qmail.eml",
         frm="MDaemon@mail.saalweiden.example",
         subject="Permanent Delivery Failure", date="Tue, 22 Apr 2025 09:01:30 +0200",
         body="""The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has been removed from the mail queue on this server. The number and frequency of delivery attempts are determined by local configuration parameters.

YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!

--- Session Transcript ---
 Attempting SMTP connection to [mail.saalweiden.example : 25]
 RCPT TO:<ordnungsamt@saalweiden.example>
 550 <ordnungsamt@saalweiden.example>... no such user here
--- End Transcript ---

: Message contains [1] file attachments

From: geschaeftsstelle@vsop.de
Subject: """ + ANNOUNCE + """
""",
         intent="bounce", bounced=["ordnungsamt@saalweiden.example"],
         note="MDaemon's plain-text failure, no display name in From."),

    dsn("bo-e05-verzoegert.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@relay.lk-ilmtal.example"),
        subject="Warnung: Nachricht noch nicht zugestellt", date="Wed, 23 Apr 2025 09:00:00 +0200",
        human="""Ihre Nachricht an sozialamt@lk-ilmtal.example ist seit 24 Stunden unterwegs und konnte noch nicht zugestellt werden.

Dies ist nur eine Warnung; Sie müssen die Nachricht nicht erneut senden. Der Server versucht die Zustellung weiter, bis zu fünf Tage lang.
""",
        status="4.4.1", recipients=["sozialamt@lk-ilmtal.example"], action="delayed", reporting="relay.lk-ilmtal.example",
        original=original("sozialamt@lk-ilmtal.example", ANNOUNCE, "<announce-bo-e05@vsop.de>"),
        note="A delay warning (Action: delayed): a bounce with no failed address."),

    dsn("bo-e06-hornet-verschachtelt.eml",
        frm=("Hornetsecurity", "noreply@hornet-gw.lk-spreewald-nord.example"),
        subject="Zustellung fehlgeschlagen / Delivery failed", date="Tue, 22 Apr 2025 09:02:00 +0200",
        human="Die Nachricht konnte dem Empfänger nicht zugestellt werden.\nThe message could not be delivered.\n\n  gleichstellung@lk-spreewald-nord.example\n",
        status="5.1.1", recipients=["gleichstellung@lk-spreewald-nord.example"], nested=True,
        wrapper="Hornetsecurity Gateway – automatische Benachrichtigung / automatic notification\n",
        reporting="hornet-gw.lk-spreewald-nord.example",
        original=original("gleichstellung@lk-spreewald-nord.example", ANNOUNCE, "<announce-bo-e06@vsop.de>"),
        note="A security gateway wraps the DSN in multipart/mixed; bilingual text."),

    mail("bo-e07-rueckläufer-postfach-voll.eml",
         frm=("Postmaster Hansestadt Elbhafen", "postmaster@elbhafen.example"),
         subject="Nicht zustellbar: " + INVREM, date="Mon, 26 May 2025 08:00:30 +0200",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""Ihre Nachricht an

    seniorenbuero@elbhafen.example

konnte nicht zugestellt werden, weil das Postfach des Empfängers voll ist (552 5.2.2 Mailbox full).
Die Nachricht wurde nicht zugestellt und wird nicht erneut versendet.

Betreff der Nachricht: """ + INVREM + """
""",
         intent="bounce", bounced=["seniorenbuero@elbhafen.example"],
         note="German plain-text 'Rückläufer' (mailbox full) without a report part; the reminder's subject asks to pre-register."),

    dsn("bo-e08-zwei-empfaenger.eml",
        frm=("Mail Delivery Subsystem", "mailer-daemon@mx.stadt-zwickenau.example"),
        subject="Returned mail: see transcript for details", date="Tue, 22 Apr 2025 09:03:00 +0200",
        human="""The original message was received at Tue, 22 Apr 2025 09:00:00 +0200
from mail.vsop.de [198.51.100.7]

Delivery to these two recipients failed for good (no such mailbox):
    kita-fachberatung@stadt-zwickenau.example
    jugendhilfeplanung@stadt-zwickenau.example
""",
        status="5.1.1", recipients=["kita-fachberatung@stadt-zwickenau.example", "jugendhilfeplanung@stadt-zwickenau.example"],
        reporting="mx.stadt-zwickenau.example",
        original=original("kita-fachberatung@stadt-zwickenau.example, jugendhilfeplanung@stadt-zwickenau.example", ANNOUNCE, "<announce-bo-e08@vsop.de>"),
        note="Sendmail DSN with two failed recipients."),

    dsn("bo-e09-google-address-not-found.eml",
        frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
        subject="Delivery Status Notification (Failure)", date="Mon, 26 May 2025 08:00:40 +0200",
        human="""** Address not found **

Your message wasn't delivered to sozialraum.saalweiden@gmail.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""",
        status="5.1.1", recipients=["sozialraum.saalweiden@gmail.example"], reporting="mx.googlemail.example",
        original=original("sozialraum.saalweiden@gmail.example", INVREM, "<invrem-bo-e09@vsop.de>", "invitation_reminder"),
        note="Gmail-style 'Address not found' DSN of a reminder."),

    dsn("bo-e10-notes-delivery-failure.eml",
        frm=("Mail Router", "postmaster@notes.lk-boerdeland.example"),
        subject="DELIVERY FAILURE: User Heike Brenner (heike.brenner@lk-boerdeland.example) not listed in Domino Directory",
        date="Tue, 22 Apr 2025 09:04:00 +0200",
        human="""Ihr Dokument:  """ + ANNOUNCE + """
wurde nicht zugestellt an:  heike.brenner@lk-boerdeland.example
weil:  User Heike Brenner (heike.brenner@lk-boerdeland.example) not listed in Domino Directory
""",
        status="5.0.0", recipients=["heike.brenner@lk-boerdeland.example"], reporting="notes.lk-boerdeland.example",
        original=original("heike.brenner@lk-boerdeland.example", ANNOUNCE, "<announce-bo-e10@vsop.de>"),
        headers=[("X-Mailer", "HCL Notes Release 12.0.2")],
        note="Domino 'DELIVERY FAILURE' with a person's name in the subject."),

    # --- bulk -----------------------------------------------------------------------
    mail("bk-e01-landesamt-newsletter-footer.eml",
         frm=("Statistisches Landesamt – Newsletter", "newsletter@statistik-land.example"),
         subject="Neue Daten: Bevölkerungsvorausberechnung 2040 für alle Kreise", date="Thu, 15 May 2025 10:00:00 +0200",
         body="""Sehr geehrte Abonnentin, sehr geehrter Abonnent,

ab sofort steht die 8. regionalisierte Bevölkerungsvorausberechnung bis 2040 für alle Landkreise und kreisfreien Städte zum Download bereit. Außerdem: Neue Tabellen zur Pflegestatistik und ein Webinar am 3. Juni.

Zu den Daten: https://statistik-land.example/bv2040

--
Sie erhalten diesen Newsletter, weil Sie ihn auf statistik-land.example abonniert haben.
Newsletter abbestellen: https://statistik-land.example/newsletter/abbestellen?id=8812
Impressum | Datenschutz
""",
         intent="bulk", note="Authority newsletter recognised only by its unsubscribe footer (no List-* headers); 'abbestellen' is not an opt-out of ours."),

    mail("bk-e02-attendee-list-offer.eml",
         frm=("Megan Clarke", "megan.clarke@conference-leads.example"),
         subject="VSOP Jahrestagung 2025 - Attendees Contact List",
         date="Wed, 21 May 2025 15:00:00 +0000",
         body="""Hi,

Would you be interested in acquiring the Attendees Contact List of VSOP Jahrestagung 2025?

We have 1,240 verified contacts with name, title, organisation, e-mail and phone. Let me know if you are interested and I will send you the pricing.

Regards,
Megan Clarke
Marketing Coordinator

If you don't want to hear from us, reply "Leave Out".
""",
         intent="bulk", note="Sales mail offering 'the attendee list', with questions that are not for a person of ours."),

    mail("bk-e03-phishing-postfach-voll.eml",
         frm=("Webmail Administrator", "admin@mailbox-verwaltung.example"),
         subject="WARNUNG: Ihr Postfach hat das Speicherlimit erreicht", date="Sat, 31 May 2025 03:12:00 +0200",
         html_only=True,
         html="""<html><body><p>Sehr geehrter Benutzer geschaeftsstelle@vsop.de,</p>
<p>Ihr Postfach hat 99% seiner Kapazität erreicht. Eingehende Nachrichten werden in 24 Stunden <b>gelöscht</b>.</p>
<p><a href="http://mailbox-verwaltung.example/verify?u=geschaeftsstelle">Jetzt Postfach bestätigen</a></p>
<p>IT-Abteilung</p></body></html>
""",
         intent="bulk", note="Phishing (mailbox quota); HTML only."),

    mail("bk-e04-phishing-paket.eml",
         frm=("DHL Paket", "noreply@dhl-sendungsverfolgung.example"),
         subject="Ihre Sendung konnte nicht zugestellt werden – Zollgebühr 1,99 €", date="Tue, 10 Jun 2025 06:40:00 +0200",
         body="""Guten Tag,

Ihre Sendung 00340434161094203577 konnte nicht zugestellt werden, da eine Zollgebühr von 1,99 € offen ist. Bitte bestätigen Sie die Zahlung innerhalb von 48 Stunden, sonst geht das Paket an den Absender zurück:

https://dhl-sendungsverfolgung.example/zahlung

Ihr DHL-Team
""",
         intent="bulk", note="Parcel phishing asking for a payment (not our payment)."),

    mail("bk-e05-webinar-software.eml",
         frm=("KommunalData Events", "events@kommunaldata.example"),
         subject="Webinar: Sozialplanung mit KI – jetzt kostenlos anmelden!", date="Tue, 13 May 2025 11:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://kommunaldata.example/unsub?c=7741>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
         body="""Guten Tag,

melden Sie sich jetzt verbindlich zu unserem kostenlosen Webinar „Sozialplanung mit KI“ am 5. Juni an! Die Plätze sind begrenzt.

Jetzt anmelden: https://kommunaldata.example/webinar

Ihr KommunalData-Team
Abmelden: https://kommunaldata.example/unsub?c=7741
""",
         intent="bulk", note="Marketing that itself says 'melden Sie sich ... verbindlich an' and 'Abmelden'."),

    mail("bk-e06-stiftung-newsletter-list-id.eml",
         frm=("Stiftung Lebendige Nachbarschaft", "info@stiftung-nachbarschaft.example"),
         subject="Newsletter Juni: Förderprogramm Quartier 2026 startet", date="Wed, 04 Jun 2025 09:00:00 +0200",
         headers=[("List-Id", "Newsletter <newsletter.stiftung-nachbarschaft.example>"), ("Precedence", "list"),
                  ("X-Mailer", "MailPoet")],
         html=True,
         body="""Liebe Freundinnen und Freunde der Nachbarschaft,

das Förderprogramm „Quartier 2026“ startet: Anträge sind ab sofort bis 30. September möglich. Außerdem im Juni: unser Netzwerktreffen in Erfurt.

Mehr unter stiftung-nachbarschaft.example/quartier2026

Sie möchten diesen Newsletter nicht mehr erhalten? Hier abmelden.
""",
         intent="bulk", note="Foundation newsletter with List-Id, text and HTML; a rhetorical question in the footer."),

    mail("bk-e07-hotel-tagungspauschale.eml",
         frm=("Hotel Am Rheinufer – Sales", "sales@hotel-rheinufer.example"),
         subject="Ihre nächste Tagung 2026: Tagungspauschale ab 59 €", date="Mon, 07 Jul 2025 10:00:00 +0200",
         headers=[("Precedence", "bulk")],
         body="""Sehr geehrte Veranstaltungsplaner,

planen Sie schon Ihre Tagung 2026? Unsere Tagungspauschale inklusive Raummiete, Technik und Verpflegung gibt es ab 59 € pro Person. Fragen Sie jetzt unverbindlich an!

Ihr Sales-Team
Hotel Am Rheinufer

Sie erhalten diese Information als Veranstalter. Wenn Sie keine weiteren Angebote wünschen, klicken Sie hier.
""",
         intent="bulk", note="Hotel marketing with 'unverbindlich' and a rhetorical question."),

    mail("bk-e08-umfrage-easyfeedback.eml",
         frm=("Landesarbeitsgemeinschaft Sozialplanung Ost", "umfrage@lag-sozialplanung-ost.example"),
         subject="Kurze Umfrage: Wie arbeiten Sozialplanungen 2025? (5 Minuten)", date="Tue, 17 Jun 2025 08:00:00 +0200",
         headers=[("X-Mailer", "easyfeedback Mailer"), ("Precedence", "bulk")],
         body="""Liebe Kolleginnen und Kollegen,

wie sind Sozialplanungen in Ostdeutschland aufgestellt? Helfen Sie uns mit 5 Minuten Ihrer Zeit:

https://easyfeedback.example/umfrage/sozialplanung-2025

Vielen Dank!
Ihre LAG Sozialplanung Ost

Sie erhalten diese Einladung einmalig. Keine weiteren Erinnerungen: https://easyfeedback.example/optout/44812
""",
         intent="bulk", note="Survey invitation (bulk), its questions are not for a person."),

    mail("bk-e09-ticketshop-marketing-en.eml",
         frm=("EventTix", "news@eventtix.example"),
         subject="Your event is trending – boost your ticket sales now!", date="Thu, 22 May 2025 14:00:00 +0000",
         headers=[("List-Unsubscribe", "<mailto:unsubscribe@eventtix.example?subject=unsubscribe>")],
         html_only=True,
         html="""<html><body style="font-family:Helvetica"><h1>Your event is trending!</h1>
<p>Event organisers like you sell 32% more tickets with EventTix Promote. Start your free trial today.</p>
<p><a href="https://eventtix.example/promote">Try it free</a></p>
<p style="font-size:10px">You are receiving this because you created an event page. <a href="https://eventtix.example/unsubscribe">Unsubscribe</a></p></body></html>
""",
         intent="bulk", note="English marketing from a ticket platform, HTML only."),

    mail("bk-e10-vorschussbetrug-en.eml",
         frm=("Barrister James Okafor", "j.okafor.chambers@freemail-int.example"),
         subject="CONFIDENTIAL BUSINESS PROPOSAL", date="Sun, 08 Jun 2025 02:30:00 +0000",
         body="""Dear Friend,

I am Barrister James Okafor, personal attorney to a late client who died without next of kin, leaving the sum of USD 7,500,000.00. I seek your consent to present you as beneficiary. Kindly reply with your full name, phone and bank details for further procedure.

Yours faithfully,
Barrister James Okafor
""",
         intent="bulk", note="Advance-fee spam with a request for details (not a question for us)."),

    mail("bk-e11-verteiler-stellenanzeige.eml",
         frm=("Jens Kubitz via sozialplanung-ost", "sozialplanung-ost@lists.lag-sozialplanung-ost.example"),
         reply_to="sozialplanung-ost@lists.lag-sozialplanung-ost.example",
         subject="[sozialplanung-ost] Stellenausschreibung Jugendhilfeplaner/in Spreewald-Nord", date="Mon, 16 Jun 2025 12:00:00 +0200",
         headers=[("List-Id", "<sozialplanung-ost.lists.lag-sozialplanung-ost.example>"), ("Precedence", "list"),
                  ("List-Post", "<mailto:sozialplanung-ost@lists.lag-sozialplanung-ost.example>")],
         body="""Liebe Liste,

der Landkreis Spreewald-Nord sucht zum 1.10. eine Jugendhilfeplanerin / einen Jugendhilfeplaner. Die Ausschreibung hängt an; gern weiterverbreiten!

Gruß
Jens Kubitz

_______________________________________________
sozialplanung-ost Mailingliste
Abmelden: https://lists.lag-sozialplanung-ost.example/mailman/listinfo/sozialplanung-ost
""",
         intent="bulk", note="A mailing-list post by a known attendee (via the list): bulk, not his mail to us."),

    mail("bk-e12-newsletter-html-mailjet-footer.eml",
         frm=("Fachverlag Kommunalpraxis", "redaktion@kommunalpraxis-verlag.example"),
         subject="Kommunalpraxis kompakt 06/2025", date="Fri, 06 Jun 2025 07:00:00 +0200",
         headers=[("X-Mailer", "Mailjet Mailer")],
         html_only=True,
         html="""<html><body><table width="600" align="center"><tr><td>
<h2>Kommunalpraxis kompakt – Juni 2025</h2>
<p>Themen: Haushaltssicherung und freiwillige Leistungen · Neues zum Bundesteilhabegesetz · Termine im Herbst.</p>
<p><a href="https://kommunalpraxis-verlag.example/kompakt/2025-06">Online lesen</a></p>
<hr><p style="font-size:9px;color:#888">Wenn Sie diesen Newsletter nicht mehr erhalten möchten, klicken Sie bitte <a href="https://kommunalpraxis-verlag.example/abmelden">hier</a>.<br>
Fachverlag Kommunalpraxis GmbH · Verlagsstraße 1 · 04109 Leipzig</p>
</td></tr></table></body></html>
""",
         intent="bulk", note="HTML-only newsletter; only its footer ('nicht mehr erhalten möchten') tells."),
]
