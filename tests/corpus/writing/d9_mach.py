"""DEVELOPMENT set 9: machines that look like people (an out-of-office written by hand, a
ticket system echoing the text it got, delivery reports with the whole original inside,
newsletters with a personal greeting, calendar and read receipts in English and German)."""

from d9_quote import EVENT, PROG_EN, REM_DE, programme_en
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

PROG_DE = "Ihre Voranmeldung: " + EVENT + " – Programm und Anmeldeformular"
AUTO = [("Auto-Submitted", "auto-replied")]
EXO = [("X-MS-Exchange-Inbox-Rules-Loop", "x@example"), ("X-Auto-Response-Suppress", "All")]

_PROG_TEXT_DE = """Guten Tag,

danke für Ihre Voranmeldung, für die VSOP-Jahrestagung 2025 ist Ihnen ein Platz vorgemerkt.
Bitte senden Sie uns das ausgefüllte Anmeldeformular bis zum 04.07.2025 zurück – damit melden Sie
sich verbindlich an und treffen die Zahlungsvereinbarung.

Die Teilnahmegebühr beträgt 250,00 € für VSOP-Mitglieder und 300,00 € für Nicht-Mitglieder.
"""


def _orig(to: str, subject: str, date: str, text: str = "Guten Tag,\n") -> str:
    return (f"From: VSOP e.V. Geschäftsstelle <{OFFICE}>\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
            "Message-ID: <d9.office.2025@vsop.de>\nContent-Type: text/plain; charset=utf-8\n\n" + text)


MAILS = [
    # --- out-of-offices and acknowledgements
    mail("m01-abwesend-von-hand.eml", frm=("Heike Brandenbusch", "h.brandenbusch@stadt-oldenwerth.example"),
         subject="AW: " + PROG_DE, date="Tue, 06 May 2025 08:00:12 +0200", client="outlook",
         body="""Guten Tag,

ich bin bis 12.5. nicht erreichbar, in dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Tegeler (m.tegeler@stadt-oldenwerth.example). Nach meiner Rückkehr kümmere ich mich um Ihre Mail.

Heike Brandenbusch
""", intent="auto_reply",
         note="An out-of-office written like a person's reply: no auto header, the plain 'AW:' of our mail, a colleague named."),
    mail("m02-uk-ooo.eml", frm=("Oakes, Rhiannon", "rhiannon.oakes@brackenmoor.gov.example"),
         subject="Automatic reply: " + PROG_EN, date="Wed, 07 May 2025 09:00:00 +0100", headers=AUTO + EXO,
         body="""Thank you for your email. I am currently out of the office on annual leave, returning on Monday 19 May, with limited access to email. If your matter is urgent, please contact phi@brackenmoor.gov.example.

Rhiannon Oakes
Public Health Intelligence
""", intent="auto_reply", note="English Exchange out-of-office of a UK council."),
    mail("m03-italian-risposta.eml", frm=("Giorgio Santangelo", "g.santangelo@asl-montebruno.example"),
         subject="Risposta automatica: " + REM_DE, date="Mon, 23 Jun 2025 09:01:00 +0200", headers=AUTO,
         body="""Sono fuori ufficio fino al 30 giugno. Per urgenze scrivere a segreteria@asl-montebruno.example.

I am out of the office until 30 June. For urgent matters please write to segreteria@asl-montebruno.example.
""", intent="auto_reply", note="Italian and English out-of-office."),
    mail("m04-ticket-echo-de.eml", frm=("Bürgerservice Kreis Weserheide", "servicedesk@kreis-weserheide.example"),
         subject="[Vorgang #2025061800417] " + PROG_DE, date="Wed, 18 Jun 2025 10:00:03 +0200",
         headers=[("X-OTRS-Loop", "no")],
         body="""Guten Tag,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2025061800417 erfasst. Zur Kontrolle hier Ihr Text:

----- Ihre Nachricht -----
""" + _PROG_TEXT_DE + """--------------------------

Wir bearbeiten Ihr Anliegen so schnell wie möglich.
Ihr Bürgerservice
""", intent="auto_reply",
         note="A ticket system echoing the office's own text (with 'melden Sie sich verbindlich an' and both fees) and no auto header: a machine."),
    mail("m05-uk-crm-ack.eml", frm=("Marshfield District Council", "no-reply@marshfield.gov.example"),
         subject="We have received your enquiry - ref CRM-448120", date="Mon, 30 Jun 2025 10:31:00 +0100",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Dear Customer,

Thank you for contacting Marshfield District Council. Your reference number is CRM-448120. We aim to respond to all enquiries within 10 working days.

Replies to this address are not read.
""", intent="auto_reply", note="A UK council's CRM acknowledgement."),
    mail("m06-left-organisation.eml", frm=("Priya Ramanathan", "priya.ramanathan@northwold.gov.example"),
         subject="Re: " + EVENT + " - invoice", date="Mon, 08 Sep 2025 08:00:00 +0100", headers=AUTO,
         body="""Thank you for your email. Priya Ramanathan has now left Northwold County Council and this mailbox is no longer monitored. Your message will not be forwarded. For conference matters please contact intelligence@northwold.gov.example.
""", intent="auto_reply", note="'has left' notice: a machine, no cancellation even though it means she will not come."),
    mdn("m07-mdn-read-en.eml", frm=("Siobhan Ferrier", "siobhan.ferrier@easthaven.gov.example"),
        subject="Read: " + PROG_EN, date="Mon, 16 Jun 2025 09:40:00 +0100",
        human="Your message\n\n  To: Siobhan Ferrier\n  Subject: " + PROG_EN + "\n  Sent: 16 June 2025 09:15\n\nwas read on 16 June 2025 09:40.\n",
        original_id="<prog.ferrier@vsop.de>", final="siobhan.ferrier@easthaven.gov.example",
        note="English Outlook read receipt."),
    mdn("m08-mdn-lesebestaetigung.eml", frm=("Rolf Brakelmann", "rolf.brakelmann@kreis-weserheide.example"),
        subject="Lesebestätigung: " + REM_DE, date="Tue, 24 Jun 2025 11:00:00 +0200",
        human="Ihre Nachricht an Rolf Brakelmann mit dem Betreff \"" + REM_DE + "\" wurde am 24.06.2025 um 11:00 geöffnet.\n",
        original_id="<rem.brakelmann@vsop.de>", final="rolf.brakelmann@kreis-weserheide.example",
        ua="HCL Notes 12", note="German read receipt (Notes wording)."),
    ical_reply("m09-accepted-en.eml", frm=("Callum Whitlock", "callum.whitlock@marshfield.gov.example"),
               subject="Accepted: " + EVENT, date="Wed, 02 Jul 2025 10:10:00 +0100",
               text="Callum Whitlock has accepted this meeting.\n", partstat="ACCEPTED", uid="vsop-2025-whitlock",
               note="English Outlook 'Accepted:' to the calendar entry: not a registration."),
    ical_reply("m10-vorbehalt-google.eml", frm=("Ines Pöppelmann", "i.poeppelmann@stadt-falkenried.example"),
               subject="Mit Vorbehalt angenommen: " + EVENT, date="Thu, 03 Jul 2025 12:00:00 +0200",
               text="Ines Pöppelmann hat diese Einladung mit Vorbehalt angenommen.\n\nEinladung von Google Kalender\n",
               partstat="TENTATIVE", uid="vsop-2025-poeppelmann", prodid="-//Google Inc//Google Calendar 70.9054//EN",
               client="none", note="Google Calendar tentative answer in German: a machine, not a pre-registration."),
    # --- bounces
    dsn("b01-dsn-programm-inside.eml", frm=("Mail Delivery System", "MAILER-DAEMON@mx.hansestadt-lauenmark.example"),
        subject="Undelivered Mail Returned to Sender", date="Fri, 11 Apr 2025 10:00:20 +0200",
        human="""This is the mail system at host mx.hansestadt-lauenmark.example.

Your message could not be delivered to the recipient listed below; the original follows.

<d.wuestenhagen@hansestadt-lauenmark.example>: user unknown
""", status="5.1.1", recipients=["d.wuestenhagen@hansestadt-lauenmark.example"],
        original=_orig("d.wuestenhagen@hansestadt-lauenmark.example", PROG_DE, "Fri, 11 Apr 2025 10:00:00 +0200", _PROG_TEXT_DE),
        reporting="mx.hansestadt-lauenmark.example",
        note="A Postfix bounce with our whole programme mail inside (registration words and fees): a bounce."),
    mail("b02-exim-plain.eml", frm=("Mail Delivery System", "Mailer-Daemon@mail.comune-valdarno.example"),
         subject="Mail delivery failed: returning message to sender", date="Mon, 23 Jun 2025 09:00:40 +0200",
         headers=AUTO, body="""This notice was generated by the mail server of comune-valdarno.example.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  protocollo-vecchio@comune-valdarno.example
    mailbox is full: retry timeout exceeded

------ Below is a copy of the returned message ------

From: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>
To: protocollo-vecchio@comune-valdarno.example
Subject: """ + REM_DE + """

Guten Tag,

für Sie ist ein Platz vorgemerkt, aber Ihre verbindliche Anmeldung liegt uns noch nicht vor.
""", intent="bounce", bounced=["protocollo-vecchio@comune-valdarno.example"],
         note="Exim's plain-text bounce with the original copied in (no DSN part)."),
    dsn("b03-exchange-ndr-en.eml", frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwold.gov.example"),
        subject="Undeliverable: " + EVENT + " - invoice", date="Mon, 08 Sep 2025 08:00:05 +0100",
        human="""Your message to finance-old@northwold.gov.example couldn't be delivered.

finance-old wasn't found at northwold.gov.example.

Action Required: Recipient
Unknown To address
""", status="5.1.1", recipients=["finance-old@northwold.gov.example"],
        original=_orig("finance-old@northwold.gov.example", EVENT + " - invoice", "Mon, 08 Sep 2025 08:00:00 +0100"),
        reporting="AS8PR10MB6011.EURPRD10.PROD.OUTLOOK.COM",
        note="English Exchange Online NDR."),
    dsn("b04-delay-en.eml", frm=("Mail Delivery Subsystem", "mailer-daemon@mx.shire-of-banksia-flat.example"),
        subject="Delivery delayed: " + PROG_EN, date="Tue, 17 Jun 2025 02:00:00 +1000",
        human="""Delivery to the following recipient has been delayed:

     bronwyn.keogh@shire-of-banksia-flat.example

Message will be retried for 2 more day(s). No action is required on your part.
""", status="4.4.7", action="delayed", recipients=["bronwyn.keogh@shire-of-banksia-flat.example"],
        original=_orig("bronwyn.keogh@shire-of-banksia-flat.example", PROG_EN, "Mon, 16 Jun 2025 09:15:00 +0200",
                       "\n".join(programme_en("Bronwyn Keogh")) + "\n"),
        reporting="mx.shire-of-banksia-flat.example", note="A delay warning: bounced is empty."),
    dsn("b05-gateway-de-nested.eml", frm=("Postmaster Landkreis Buchenland", "postmaster@landkreis-buchenland.example"),
        subject="Unzustellbar: Rechnung 2025-0231", date="Fri, 11 Jul 2025 08:00:00 +0200",
        human="Ihre Nachricht konnte nicht zugestellt werden: Das Postfach kreiskasse-alt@landkreis-buchenland.example existiert nicht mehr.\n",
        status="5.1.1", recipients=["kreiskasse-alt@landkreis-buchenland.example"],
        original=_orig("kreiskasse-alt@landkreis-buchenland.example", "Rechnung 2025-0231", "Fri, 11 Jul 2025 07:59:00 +0200"),
        reporting="gw.landkreis-buchenland.example", nested=True,
        wrapper="Diese Meldung wurde vom zentralen E-Mail-Gateway des Landkreises erzeugt.\n",
        note="A German gateway's nested report for an old treasury address."),
    mail("b06-returned-mail-quota.eml", frm=("Mail Administrator", "postmaster@dimos-kalamonas.example"),
         subject="Returned mail: see transcript for details", date="Wed, 25 Jun 2025 10:00:00 +0300",
         body="""The original message was received at Wed, 25 Jun 2025 09:58:00 +0300

   ----- Permanent errors for these recipients -----
<social.policy@dimos-kalamonas.example>
    (reason: 552 5.2.2 Mailbox quota exceeded)
""", intent="bounce", bounced=["social.policy@dimos-kalamonas.example"],
         note="A sendmail-style returned mail without DSN parts or auto headers."),
    # --- bulk
    mail("k01-newsletter-persoenlich.eml", frm=("Katja vom Fachportal Sozialplanung", "katja@fachportal-sozialplanung.example"),
         subject="Liebe Frau Brandes, Ihre Themen im Juni", date="Tue, 03 Jun 2025 07:00:00 +0200",
         headers=[("List-Unsubscribe", "<mailto:unsubscribe@fachportal-sozialplanung.example>"), ("Precedence", "bulk")],
         html=True, body="""Liebe Frau Brandes,

schön, dass Sie dabei sind! Diesen Monat haben wir für Sie ausgesucht:
– Sozialberichte lesbar machen: fünf Beispiele
– Termine: Fachtage im Herbst, u. a. in Köln
– Neu im Shop: Handbuch Quartiersplanung

Herzlich, Ihre Katja

Sie bekommen diese Post, weil Sie das Fachportal abonniert haben. Abmelden
""", intent="bulk", note="A newsletter with a personal greeting (a first-name sender, 'Liebe Frau Brandes'): bulk."),
    mail("k02-other-forum-register.eml", frm=("European Social Planning Forum", "events@espf.example"),
         subject="Register now: European Social Planning Forum 2025 in Lisbon", date="Thu, 08 May 2025 10:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://espf.example/unsub>")],
         html=True, body="""Dear colleague,

Registration for the European Social Planning Forum is now open. Secure your place before 30 June to benefit from the early-bird rate, and let us know if you would like to join one of the study visits.

Register now

You are receiving this email because you attended a previous forum. Unsubscribe
""", intent="bulk", note="Another conference's registration call: bulk, even though it says 'Register now' and 'secure your place'."),
    mail("k03-webinar-firstname.eml", frm=("Jake from DataVista", "jake@datavista-gov.example"),
         subject="Jutta, quick question about your reporting", date="Wed, 14 May 2025 15:00:00 +0200",
         headers=[("X-Mailgun-Sid", "WyI1ZTM4YSIsICJnZXNjaGFlZnRzc3RlbGxlQHZzb3AuZGUiXQ==")],
         body="""Hi Jutta,

Would you be open to a 20-minute demo of our social reporting dashboards next week? Many German districts already use DataVista to publish their social atlases.

Best,
Jake Morrison
Account Executive, DataVista

If you don't want to hear from me again, just let me know.
""", intent="bulk", note="A sales mail faked as a personal question ('quick question', a first name): bulk."),
    mail("k04-phishing-invoice.eml", frm=("Buchhaltung", "rechnung@vsop-de.example"),
         subject="Offene Rechnung Nr. 88120 – letzte Mahnung", date="Sat, 12 Jul 2025 04:12:00 +0200",
         html=True, body="""Sehr geehrte Kundin, sehr geehrter Kunde,

trotz Erinnerung ist die Rechnung Nr. 88120 noch offen. Die Rechnung und die Zahlungsdaten finden Sie im Kundenportal:
Rechnung ansehen

Ohne Zahlung innerhalb von 48 Stunden übergeben wir den Vorgang an ein Inkassobüro.
""", intent="bulk", note="Phishing dressed as a dunning letter from a look-alike domain."),
    mail("k05-call-for-papers.eml", frm=("Zeitschrift für Kommunale Planung", "redaktion@zkp-journal.example"),
         subject="Call for Papers: Heft 2/2026 „Planung unter Druck“", date="Mon, 19 May 2025 09:00:00 +0200",
         headers=[("Precedence", "list"), ("List-Id", "<autoren.zkp-journal.example>")],
         body="""Liebe Kolleginnen und Kollegen,

für das Themenheft „Planung unter Druck“ suchen wir Beiträge aus Wissenschaft und Praxis. Abstracts (max. 2.000 Zeichen) bitte bis zum 31. August an die Redaktion.

Die Redaktion

Sie erhalten diese Mail über den Autorinnen- und Autorenverteiler der ZKP.
""", intent="bulk", note="A call for papers over a mailing list."),
    mail("k06-hotel-angebot.eml", frm=("Tagungshotel Rheinblick", "sales@rheinblick-hotel.example"),
         subject="Ihre Tagung am 25./26.09. in Köln – unser Angebot", date="Fri, 23 May 2025 11:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir haben gesehen, dass Sie im September eine Fachtagung in Köln ausrichten. Gern reservieren wir für Ihre Teilnehmenden ein Zimmerkontingent zum Sonderpreis; sprechen Sie uns einfach an.

Mit freundlichen Grüßen
Vertriebsteam Tagungshotel Rheinblick

Wenn Sie keine Angebote mehr von uns erhalten möchten, antworten Sie mit „Abmelden“.
""", intent="bulk", note="A hotel's sales mail that offers to 'reserve' rooms: bulk, not a pre-registration."),
    mail("k07-namensschilder.eml", frm=("Lisa Hoffmann", "lisa.hoffmann@badge-print24.example"),
         subject="Namensschilder für die VSOP-Jahrestagung?", date="Tue, 10 Jun 2025 13:00:00 +0200",
         body="""Hallo,

ich habe Ihre Jahrestagung im Netz gesehen. Sollen wir Ihnen Namensschilder für alle Teilnehmenden drucken? Sie schicken uns die Liste, wir liefern in drei Tagen – ab 50 Stück 20 % Rabatt.

Viele Grüße
Lisa Hoffmann
badge-print24 | Abmeldung: einfach kurz antworten
""", intent="bulk", note="A cold sales mail in a person's voice that asks a question: bulk."),
]
