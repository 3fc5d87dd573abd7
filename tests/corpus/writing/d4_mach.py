"""DEVELOPMENT set 4: machines and near-machines (out-of-offices in several languages, ticket
systems of many vendors with and without Auto-Submitted, delivery reports, digests,
invitations to other events). Written apart (README.md); measured once before any tuning."""

from d4_quote import SUBJECTS
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

VORAB = SUBJECTS["vorab"]
UNTER = SUBJECTS["unterlagen"]
NOTICE = SUBJECTS["notice_en"]
AUTO = [("Auto-Submitted", "auto-replied")]


def original(to: str, subject: str, msgid: str) -> str:
    """The office's first notice as a delivery report returns it."""
    return (f"Return-Path: <{OFFICE}>\nFrom: VSOP e.V. =?utf-8?q?Gesch=C3=A4ftsstelle?= <{OFFICE}>\n"
            f"To: {to}\nSubject: {subject}\nMessage-ID: {msgid}\nDate: Mon, 14 Apr 2025 10:00:00 +0200\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "Hallo zusammen,\n\ndie Jahrestagung 2025 des VSOP rückt näher.\n")


MAILS = [
    # --- out-of-office in several languages ------------------------------------------
    mail("ar-g01-ooo-de-vertretung-anmeldung.eml",
         frm=("Kampmann, Ute", "ute.kampmann@gemeinde-eggeheide.example"),
         subject="Automatische Antwort: " + VORAB, client="outlook", date="Mon, 14 Apr 2025 10:00:40 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
         body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Mai nicht im Büro.

Anmeldungen zu Fortbildungen und Tagungen bearbeitet in dieser Zeit Frau Schulte (reinhild.schulte@gemeinde-eggeheide.example).
""",
         intent="auto_reply",
         note="Out-of-office naming 'Anmeldungen zu ... Tagungen' and a deputy."),

    mail("ar-g02-ooo-en-no-header.eml",
         frm=("Callum Fraser", "callum.fraser@harbourside-council.example"),
         subject="Automatic reply: " + NOTICE, date="Mon, 14 Apr 2025 10:01:00 +0100",
         body="""Thanks for your message. I'm on annual leave and will be back on Monday 28 April. I'll reply as soon as I can after that.

Callum
""",
         intent="auto_reply", note="English out-of-office without any auto header."),

    mail("ar-g03-ooo-fr.eml",
         frm=("Élodie Marchand", "elodie.marchand@ville-saint-orme.example"),
         subject="Réponse automatique : " + NOTICE, date="Mon, 14 Apr 2025 10:01:10 +0200",
         headers=AUTO,
         body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 25 avril inclus. En cas d'urgence, vous pouvez contacter le secrétariat de la direction au 03 44 00 00 00.

Cordialement,
Élodie Marchand
""",
         intent="auto_reply", note="French out-of-office."),

    mail("ar-g04-ooo-nl.eml",
         frm=("Bram Verhoeven", "bram.verhoeven@gemeente-lingedal.example"),
         subject="Automatisch antwoord: " + NOTICE, date="Mon, 14 Apr 2025 10:01:20 +0200",
         headers=AUTO,
         body="""Beste afzender,

Ik ben tot en met 28 april afwezig en lees mijn e-mail niet. Voor dringende zaken kunt u terecht bij het team Sociaal Domein.

Met vriendelijke groet,
Bram Verhoeven
""",
         intent="auto_reply", note="Dutch out-of-office."),

    mail("ar-g05-ooo-it.eml",
         frm=("Giulia Marchetti", "giulia.marchetti@comune-valsorda.example"),
         subject="Risposta automatica: " + NOTICE, date="Mon, 14 Apr 2025 10:01:30 +0200",
         headers=AUTO,
         body="""Gentile mittente,

sono fuori ufficio fino al 5 maggio con accesso limitato alla posta. Risponderò al mio rientro.

Cordiali saluti
Giulia Marchetti
""",
         intent="auto_reply", note="Italian out-of-office."),

    mail("ar-g06-ooo-es-sin-cabecera.eml",
         frm=("Marta Olivares", "marta.olivares@ayto-rioseco.example"),
         subject="Respuesta automática: " + NOTICE, date="Mon, 14 Apr 2025 10:01:40 +0200",
         body="""Estaré fuera de la oficina hasta el 22 de abril. Para asuntos urgentes, escriba a servicios.sociales@ayto-rioseco.example.

Un saludo,
Marta Olivares
""",
         intent="auto_reply", note="Spanish out-of-office, no auto header."),

    mail("ar-g07-ooo-pl.eml",
         frm=("Tomasz Zieliński", "tomasz.zielinski@um-brzezno.example"),
         subject="Odpowiedź automatyczna: " + NOTICE, date="Mon, 14 Apr 2025 10:01:50 +0200",
         headers=AUTO, charset="iso-8859-2", cte="quoted-printable",
         body="""Dzień dobry,

jestem na urlopie do 30 kwietnia. W pilnych sprawach proszę kontaktować się z sekretariatem wydziału.

Pozdrawiam
Tomasz Zieliński
""",
         intent="auto_reply", note="Polish out-of-office in ISO-8859-2 quoted-printable."),

    mail("ar-g08-ooo-de-ohne-alles.eml",
         frm=("Lena Rüther", "lena.ruether@kreis-sauerland-mitte.example"),
         subject="Re: " + VORAB, date="Mon, 14 Apr 2025 10:02:00 +0200",
         body="""Guten Tag,

ich bin bis einschließlich 25.04. nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet; ich melde mich nach meiner Rückkehr.

Lena Rüther
""",
         intent="auto_reply",
         note="Out-of-office with no auto header and a plain 'Re:' subject; 'ich melde mich' is no registration."),

    mail("ar-g09-ausgeschieden.eml",
         frm=("Stadt Tecklenheide", "noreply@stadt-tecklenheide.example"),
         subject="Unzustellbar an Empfänger: Herr Jansen", date="Mon, 14 Apr 2025 10:02:10 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Herr Jansen ist nicht mehr bei der Stadt Tecklenheide beschäftigt. Ihre Nachricht wurde nicht weitergeleitet. Bitte wenden Sie sich an sozialamt@stadt-tecklenheide.example.
""",
         intent="auto_reply",
         note="'No longer with us' notice (auto-generated), worded like a bounce in the subject."),

    # --- ticket systems ---------------------------------------------------------------
    mail("ar-g10-zendesk-de-auto.eml",
         frm=("Kundenservice Lippeaue Wohnen", "hilfe@lippeaue-wohnen.example"),
         subject="[Anfrage erhalten] Re: " + VORAB, date="Mon, 14 Apr 2025 10:02:20 +0200",
         headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer")],
         body="""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##

Hallo,

Ihre Anfrage (73310) ist bei uns eingegangen und wird von unserem Team bearbeitet. Sie können auf diese E-Mail antworten, um weitere Informationen hinzuzufügen.

Ihr Kundenservice
""",
         intent="auto_reply", note="Zendesk (German) with Auto-Submitted and the reply-above marker."),

    mail("ar-g11-zendesk-en-none.eml",
         frm=("Harbourside Council Help", "help@harbourside-council.example"),
         subject="Your request #73311 has been received", date="Mon, 14 Apr 2025 10:02:30 +0100",
         headers=[("X-Mailer", "Zendesk Mailer")],
         body="""##- Please type your reply above this line -##

Your request (#73311) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Harbourside Council Help.
""",
         intent="auto_reply", note="Zendesk (English) without Auto-Submitted or Precedence."),

    mail("ar-g12-znuny-auto.eml",
         frm=("Servicestelle Kreis Berkelland", "service@kreis-berkelland.example"),
         subject="[Ticket#2025041410000877] Eingangsbestätigung: " + VORAB, date="Mon, 14 Apr 2025 10:02:40 +0200",
         headers=[("Auto-Submitted", "auto-replied"), ("X-OTRS-Loop", "yes"), ("X-Mailer", "Znuny Mail Service")],
         body="""Guten Tag,

Ihre E-Mail wurde unter der oben genannten Vorgangsnummer erfasst. Wir bearbeiten Ihr Anliegen schnellstmöglich.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.

Ihre Servicestelle
""",
         intent="auto_reply", note="Znuny acknowledgement with auto headers."),

    mail("ar-g13-znuny-geschlossen-ohne-header.eml",
         frm=("Servicestelle Kreis Berkelland", "service@kreis-berkelland.example"),
         subject="[Ticket#2025041410000877] Ihr Anliegen wurde abgeschlossen", date="Wed, 16 Apr 2025 09:00:00 +0200",
         headers=[("X-Mailer", "Znuny Mail Service")],
         body="""Guten Tag,

der Status Ihres Vorgangs wurde auf „erfolgreich geschlossen“ gesetzt. Sollte Ihr Anliegen nicht erledigt sein, antworten Sie einfach auf diese Nachricht; der Vorgang wird dann wieder geöffnet.

Ihre Servicestelle

--
Diese Nachricht wurde automatisch vom Ticketsystem erzeugt.
""",
         intent="auto_reply",
         note="A ticket status change ('geschlossen') without Auto-Submitted; 'antworten Sie einfach' is no question."),

    mail("ar-g14-jira-received.eml",
         frm=("IT-Servicedesk Stadt Lennehagen", "jira@stadt-lennehagen.example"),
         subject="[JIRA] (SD-4471) VSOP-Jahrestagung 2025 in Köln – bitte vormerken", date="Mon, 14 Apr 2025 10:02:50 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("X-JIRA-FingerPrint", "8c1f3e1d0a5b6c7d")],
         body="""Ihre Anfrage SD-4471 wurde erstellt.

Vorgang: SD-4471
Zusammenfassung: VSOP-Jahrestagung 2025 in Köln – bitte vormerken
Status: Offen
Anfragetyp: E-Mail-Anfrage

Antworten Sie über dieser Linie, um einen Kommentar hinzuzufügen.
Anfrage anzeigen · Benachrichtigungen deaktivieren
""",
         intent="auto_reply",
         note="Jira Service Management request created; the office's subject ('bitte vormerken') in the summary."),

    mail("ar-g15-jira-resolved-no-auto.eml",
         frm=("IT-Servicedesk Stadt Lennehagen", "jira@stadt-lennehagen.example"),
         subject="[JIRA] (SD-4471) Status geändert: Erledigt", date="Tue, 15 Apr 2025 16:00:00 +0200",
         headers=[("X-JIRA-FingerPrint", "8c1f3e1d0a5b6c7d")],
         body="""Petra Lüke hat SD-4471 erledigt.

Status: Offen → Erledigt
Lösung: An Fachbereich weitergeleitet

Antworten Sie über dieser Linie, um einen Kommentar hinzuzufügen.
Diese Nachricht wurde von Jira Service Management gesendet.
""",
         intent="auto_reply",
         note="Jira status change naming a person as actor ('Petra Lüke hat ... erledigt'); no Auto-Submitted."),

    mail("ar-g16-freshdesk-en-none.eml",
         frm=("Waikare DC Customer Services", "support@waikare-dc.freshdesk.example"),
         subject="Ticket Received - " + NOTICE, date="Mon, 14 Apr 2025 20:03:00 +1200",
         body="""Dear VSOP e.V. Geschäftsstelle,

We would like to acknowledge that we have received your request and a ticket has been created with Ticket ID - 55812.
A support representative will be reviewing your request and will send you a personal response (usually within 5 working days).

To view the status of the ticket or add comments, please visit the portal.

Thank you for your patience.

Sincerely,
Waikare DC Customer Services
""",
         intent="auto_reply", note="Freshdesk acknowledgement, no auto headers."),

    mail("ar-g17-servicenow-erfasst.eml",
         frm=("Bürgerservice Rheinkassel", "rheinkassel@service-now.example"),
         subject="INC0048213 – Ihre Anfrage wurde erfasst", date="Mon, 14 Apr 2025 10:03:10 +0200",
         body="""Guten Tag,

Ihre Anfrage wurde unter der Nummer INC0048213 erfasst und der zuständigen Gruppe zugewiesen.

Kurzbeschreibung: VSOP-Jahrestagung 2025 in Köln – bitte vormerken
Priorität: 4 – Niedrig

Sie erhalten eine weitere Nachricht, sobald sich der Status ändert.

Ref:MSG0091377
""",
         intent="auto_reply", note="ServiceNow incident created, no auto header; 'Ref:MSG' watermark."),

    mail("ar-g18-servicenow-resolved-en.eml",
         frm=("Harbourside Council Service Desk", "harbourside@service-now.example"),
         subject="Incident INC0077120 has been resolved", date="Thu, 17 Apr 2025 11:00:00 +0100",
         body="""Your incident INC0077120 has been resolved.

Short description: VSOP annual conference 2025 – Cologne, 25/26 September
Resolution notes: Forwarded to Community Services.

If you feel the issue has not been resolved, reply to this email with 'reopen' in the first line within 7 days.

Ref:MSG0203311
""",
         intent="auto_reply", note="ServiceNow resolution notice in English, no auto header."),

    mdn("ar-g19-gelesen-apple.eml",
        frm=("Carole Weydert", "carole.weydert@sauerdall.example"),
        subject="Gelesen: " + UNTER, date="Wed, 21 May 2025 12:00:00 +0200",
        original_id="<unterlagen-g19@vsop.de>", final="carole.weydert@sauerdall.example",
        ua="Apple Mail", client="apple",
        human="Diese Nachricht wurde am 21.05.2025 um 12:00 Uhr geöffnet.\n",
        auto_reply=False, note="Apple read receipt."),

    ical_reply("ar-g20-outlook-abgelehnt.eml",
               frm=("Tobias Hengstenberg", "tobias.hengstenberg@kreis-sauerland-mitte.example"),
               subject="Abgelehnt: VSOP-Jahrestagung 2025 Köln", date="Tue, 01 Jul 2025 09:00:00 +0200",
               text="Tobias Hengstenberg hat diese Besprechung abgelehnt.\n", partstat="DECLINED",
               uid="vsop-2025-g20", auto_reply=False,
               note="Outlook iMIP decline: not a cancellation."),

    # --- bounces ------------------------------------------------------------------------
    dsn("bo-g01-exchange-online-en.eml",
        frm=("Microsoft Outlook", "postmaster@harbourside-council.example"),
        subject="Undeliverable: " + NOTICE, date="Mon, 14 Apr 2025 10:00:20 +0100",
        human="""Your message to a.mcbride@harbourside-council.example couldn't be delivered.

a.mcbride wasn't found at harbourside-council.example.

Office 365 checked the address and it does not exist.
""",
        status="5.1.10", recipients=["a.mcbride@harbourside-council.example"],
        original=original("a.mcbride@harbourside-council.example", NOTICE, "<notice-g01@vsop.de>"),
        reporting="AM0PR07MB1234.eurprd07.prod.outlook.example",
        note="Exchange Online NDR (5.1.10)."),

    dsn("bo-g02-postfach-voll-de.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.lk-peenetal.example"),
        subject="Zustellung fehlgeschlagen: Postfach voll", date="Mon, 14 Apr 2025 10:00:30 +0200",
        human="""Die Nachricht an die folgende Adresse konnte nicht zugestellt werden, weil das Postfach des Empfängers seine Speichergrenze erreicht hat:

    b.pagel@lk-peenetal.example
""",
        status="5.2.2", recipients=["b.pagel@lk-peenetal.example"],
        original=original("b.pagel@lk-peenetal.example", VORAB, "<vorab-g02@vsop.de>"),
        reporting="mx.lk-peenetal.example", note="Mailbox full (5.2.2), German wording."),

    mail("bo-g03-klartext-ohne-dsn.eml",
         frm=("Mail Delivery Subsystem", "mailer-daemon@mail.amt-warnowniederung.example"),
         subject="Returned mail: see transcript for details", date="Mon, 14 Apr 2025 10:00:40 +0200",
         body="""The original message was received at Mon, 14 Apr 2025 10:00:35 +0200
from mout.vsop.example [192.0.2.10]

   ----- These addresses had permanent fatal errors -----
<g.raddatz@amt-warnowniederung.example>
    (reason: 550 5.1.1 mailbox unavailable)

   ----- Transcript of session follows -----
... while talking to mail.amt-warnowniederung.example.:
>>> RCPT To:<g.raddatz@amt-warnowniederung.example>
<<< 550 5.1.1 mailbox unavailable
""",
         intent="bounce", bounced=["g.raddatz@amt-warnowniederung.example"],
         note="Sendmail-style plain text bounce without a delivery-status part."),

    dsn("bo-g04-verzoegert.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@relay.stadt-rheinkassel.example"),
        subject="Delayed Mail (still being retried)", date="Tue, 15 Apr 2025 14:00:00 +0200",
        human="""This is an automated warning from relay.stadt-rheinkassel.example.

Your message has not reached all recipients yet. The server will keep trying for 4 more days; you do not need to send it again.
""",
        status="4.4.7", recipients=["rathaus@stadt-rheinkassel.example"], action="delayed",
        original=original("rathaus@stadt-rheinkassel.example", VORAB, "<vorab-g04@vsop.de>"),
        reporting="relay.stadt-rheinkassel.example", note="A delay warning: nothing bounced yet."),

    dsn("bo-g05-gateway-verschachtelt.eml",
        frm=("Secure Mail Gateway", "gateway@smg.kreis-haarstrang.example"),
        subject="Mail nicht zugestellt (Richtlinie)", date="Mon, 14 Apr 2025 10:00:50 +0200",
        human="""Die Nachricht wurde von der Richtlinie 'Externe Massenmails' abgewiesen.

Empfänger: poststelle-alt@kreis-haarstrang.example
""",
        status="5.7.1", recipients=["poststelle-alt@kreis-haarstrang.example"], nested=True,
        wrapper="Hinweis des Mail-Gateways des Kreises Haarstrang: Anbei der Zustellbericht.\n",
        original=original("poststelle-alt@kreis-haarstrang.example", VORAB, "<vorab-g05@vsop.de>"),
        reporting="smg.kreis-haarstrang.example", note="Nested gateway DSN (policy rejection)."),

    mail("bo-g06-gmail-klartext.eml",
         frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
         subject="Delivery Status Notification (Failure)", date="Mon, 14 Apr 2025 10:01:00 +0200",
         body="""** Die Adresse wurde nicht gefunden **

Ihre Nachricht wurde nicht an hk.koetter@gmail.example zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.

Die Antwort war:
550 5.1.1 The account you tried to reach is unknown here.
""",
         intent="bounce", bounced=["hk.koetter@gmail.example"],
         note="A Gmail-style bounce as plain text (German), no delivery-status part."),

    dsn("bo-g07-zwei-empfaenger.eml",
        frm=("Postmaster", "postmaster@stadt-lennehagen.example"),
        subject="Non delivery report: " + VORAB, date="Mon, 14 Apr 2025 10:01:10 +0200",
        human="""Your message could not be delivered to these recipients:

jugendhilfeplanung@stadt-lennehagen.example
sozialplanung-alt@stadt-lennehagen.example
""",
        status="5.1.1", recipients=["jugendhilfeplanung@stadt-lennehagen.example",
                                     "sozialplanung-alt@stadt-lennehagen.example"],
        original=original("jugendhilfeplanung@stadt-lennehagen.example", VORAB, "<vorab-g07@vsop.de>"),
        reporting="mail.stadt-lennehagen.example", note="Two failed recipients in one report."),

    # --- bulk: digests, other events, marketing ----------------------------------------
    mail("bk-g01-mailman-digest.eml",
         frm=("sozialplanung-nrw-request@lists.sozialplanung-nrw.example", "sozialplanung-nrw-request@lists.sozialplanung-nrw.example"),
         subject="Sozialplanung-NRW Digest, Vol 42, Issue 7", date="Tue, 15 Apr 2025 12:00:00 +0200",
         headers=[("List-Id", "<sozialplanung-nrw.lists.sozialplanung-nrw.example>"), ("Precedence", "list"),
                  ("List-Unsubscribe", "<mailto:sozialplanung-nrw-request@lists.sozialplanung-nrw.example?subject=unsubscribe>")],
         body="""Send Sozialplanung-NRW mailing list submissions to
	sozialplanung-nrw@lists.sozialplanung-nrw.example

Today's Topics:

   1. Re: VSOP-Jahrestagung in Köln (Detlef Szymanski)
   2. Suche Kennzahlen Pflegeplanung (Ute Kampmann)

----------------------------------------------------------------------

Message: 1
Date: Tue, 15 Apr 2025 09:10:00 +0200
From: Detlef Szymanski
Subject: Re: VSOP-Jahrestagung in Köln

Ich hab mich schon vormerken lassen, wer kommt noch mit? Dann fahren wir zusammen.

------------------------------

Message: 2
Date: Tue, 15 Apr 2025 10:30:00 +0200
From: Ute Kampmann
Subject: Suche Kennzahlen Pflegeplanung

Hat jemand eine aktuelle Kennzahlensammlung zur Pflegeplanung, die er teilen mag?

------------------------------

End of Sozialplanung-NRW Digest, Vol 42, Issue 7
""",
         intent="bulk",
         note="Mailman digest: posts mention pre-registering and ask questions, addressed to the list."),

    mail("bk-g02-forum-wochenuebersicht.eml",
         frm=("Fachforum Quartier", "noreply@fachforum-quartier.example"),
         subject="Ihre Wochenübersicht: 3 neue Beiträge", date="Mon, 21 Apr 2025 06:00:00 +0200",
         html=True,
         body="""Hallo,

das ist neu in Ihren abonnierten Themen:

• „Anmeldung zur VSOP-Tagung – fährt jemand aus dem Münsterland?“ – 4 Antworten
• „Sozialraumanalyse mit offenen Daten“ – 2 Antworten
• „Stellenbörse: Sozialplaner:in (m/w/d) gesucht“ – neu

Zum Forum

Sie erhalten diese Übersicht, weil Sie Themen abonniert haben. Benachrichtigungen können Sie in Ihrem Profil ändern.
""",
         intent="bulk", note="A forum's weekly digest, no List-* headers; topic titles about registering and a question."),

    mail("bk-g03-google-groups-digest.eml",
         frm=("fachnetz-planung@googlegroups.example", "fachnetz-planung@googlegroups.example"),
         subject="Digest for fachnetz-planung@googlegroups.example - 2 updates in 2 topics",
         date="Wed, 23 Apr 2025 03:00:00 +0000",
         headers=[("List-Id", "<fachnetz-planung.googlegroups.example>"), ("Precedence", "list")],
         body="""fachnetz-planung@googlegroups.example	Google Groups
Topic digest
View all topics

  * Mitfahrgelegenheit Köln September - 1 Update
  * Bitte um Rückmeldung: Fragebogen Teilhabeplanung - 1 Update

Mitfahrgelegenheit Köln September
Jule Brandenburg: Apr 22 04:12PM +0200

Ich fahre am 25.9. früh ab Ruhrtal nach Köln, zwei Plätze frei. Wer will?

Back to top

You received this digest because you're subscribed to updates for this group.
""",
         intent="bulk", note="Google Groups digest: a member's question to the list."),

    mail("bk-g04-fachtag-einladung-html.eml",
         frm=("LAG Inklusion NRW", "veranstaltungen@lag-inklusion-nrw.example"),
         subject="Einladung: Fachtag Inklusive Quartiere am 12. November – jetzt anmelden",
         date="Tue, 06 May 2025 09:00:00 +0200", html_only=True,
         html="""<html><body>
<table width="600" align="center"><tr><td>
<h1>Fachtag Inklusive Quartiere</h1>
<p>12. November 2025, Dortmund-West, 10 bis 16 Uhr</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>wir laden Sie herzlich zu unserem Fachtag ein. Melden Sie sich bis zum 15. Oktober verbindlich an – die Plätze sind begrenzt. Die Teilnahme kostet 80 Euro, für Mitglieder 50 Euro.</p>
<table><tr><td style="background:#0a6;padding:10px"><a href="https://lag-inklusion-nrw.example/anmeldung" style="color:#fff">Jetzt anmelden</a></td></tr></table>
<p style="font-size:9px">Sie möchten keine Einladungen mehr erhalten? <a href="https://lag-inklusion-nrw.example/abmelden">Hier abmelden</a>.</p>
</td></tr></table></body></html>
""",
         intent="bulk",
         note="Another association's event invitation (HTML layout tables, 'verbindlich anmelden', fees, an unsubscribe question)."),

    mail("bk-g05-webinar-en.eml",
         frm=("Civic Data Academy", "events@civicdata-academy.example"),
         subject="You're invited: Data-driven social planning (free webinar, 3 June)",
         date="Wed, 07 May 2025 15:00:00 +0000",
         headers=[("List-Unsubscribe", "<https://civicdata-academy.example/u/8812>")],
         html=True,
         body="""Hi there,

Join our free 60-minute webinar on data-driven social planning on 3 June. Save your seat today - spaces are limited!

Can't make it live? Register anyway and we'll send you the recording.

Civic Data Academy · 12 Harbour Street · Leith
Unsubscribe | Manage preferences
""",
         intent="bulk", note="A webinar invitation (English, 'Save your seat', a rhetorical question)."),

    mail("bk-g06-mitgliederversammlung-andere.eml",
         frm=("Landesarbeitsgemeinschaft Soziale Dienste MV", "info@lag-soziale-dienste-mv.example"),
         subject="Einladung zur Mitgliederversammlung am 8. Oktober", date="Thu, 15 May 2025 10:00:00 +0200",
         body="""Liebe Mitglieder,

hiermit laden wir fristgerecht zur ordentlichen Mitgliederversammlung am 8. Oktober 2025 in Güstrow-Heide ein. Bitte melden Sie Ihre Teilnahme bis zum 20. September an, damit wir planen können.

Tagesordnung:
1. Bericht des Vorstands
2. Kassenbericht
3. Wahlen

Mit freundlichen Grüßen
Der Vorstand

--
Sie erhalten diese E-Mail als Mitglied der LAG. Abmeldung vom Mitgliederverteiler: info@lag-soziale-dienste-mv.example
""",
         intent="bulk",
         note="Another association's invitation to its own general meeting, sent to all its members; no bulk headers."),

    mail("bk-g07-ticket-anderes-event.eml",
         frm=("Eventplattform Tixly", "noreply@tixly.example"),
         subject="Deine Anmeldung: Urban Futures Forum 2025 – Ticket Nr. 2025-88172",
         date="Fri, 16 May 2025 14:00:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Hallo,

vielen Dank für deine Anmeldung zum Urban Futures Forum 2025 am 4. Oktober in Leipzig-Süd. Dein Ticket findest du im Anhang.

Bestellnummer: 2025-88172
Betrag: 0,00 €

Dies ist eine automatisch versandte E-Mail, bitte antworte nicht darauf.
""",
         intent="bulk",
         note="A ticket platform's confirmation of SOMEONE ELSE's event (the office registered somewhere): machine-made, no action."),

    mail("bk-g08-newsletter-footer.eml",
         frm=("Kommunalforum aktuell", "redaktion@kommunalforum-aktuell.example"),
         subject="Kommunalforum aktuell 05/2025: Haushalt, Pflege, Sozialplanung",
         date="Tue, 20 May 2025 07:00:00 +0200",
         body="""Kommunalforum aktuell – Ausgabe Mai 2025

Themen dieser Ausgabe:
- Haushaltssicherung und freiwillige Leistungen
- Pflegeplanung im ländlichen Raum
- Termine: VSOP-Jahrestagung 25./26. September in Köln, Voranmeldung bei der Geschäftsstelle

Impressum: Kommunalforum Verlag, Lindenallee 4, 10115 Berlin-Mitte
Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abbestellen: https://kommunalforum-aktuell.example/abbestellen
""",
         intent="bulk", note="A newsletter recognisable only by its footer; it names our conference."),

    mail("bk-g09-phishing-speicher.eml",
         frm=("Postfach-Verwaltung", "admin@mailquota-service.example"),
         subject="Ihr Postfach hat 98 % Speicherplatz erreicht", date="Wed, 21 May 2025 03:14:00 +0200",
         body="""Sehr geehrter Benutzer von geschaeftsstelle@vsop.de,

Ihr Postfach hat fast sein Limit erreicht. Eingehende Nachrichten werden in 24 Stunden abgewiesen. Bestätigen Sie Ihr Konto jetzt, um den Speicher kostenlos zu erweitern:

https://mailquota-service.example/verify?u=geschaeftsstelle

IT-Abteilung
""",
         intent="bulk", note="Phishing dressed as a quota warning."),

    mail("bk-g10-teilnehmerliste-en.eml",
         frm=("Maya Collins", "maya.collins@attendee-insights.example"),
         subject="VSOP Jahrestagung 2025 attendees list", date="Thu, 22 May 2025 16:00:00 +0000",
         body="""Hi,

Would you be interested in acquiring the VSOP Jahrestagung 2025 attendee list? It includes 1,250 verified contacts with name, title, company and email.

Let me know if you're interested and I'll send pricing.

Best,
Maya Collins
Reply 'NO' to opt out.
""",
         intent="bulk", note="Attendee-list scam with questions."),

    mail("bk-g11-xing-event.eml",
         frm=("XING Events", "events@mail.xing.example"),
         subject="Katja Brandt lädt Sie zu „Sozialplanung trifft KI“ ein", date="Mon, 26 May 2025 08:00:00 +0200",
         headers=[("Precedence", "bulk")], html=True,
         body="""Katja Brandt hat Sie zu einem Event eingeladen:

Sozialplanung trifft KI
Donnerstag, 26. Juni 2025, online

Zusagen · Vielleicht · Absagen

Sie erhalten diese E-Mail, weil Sie Einladungen von Kontakten erlauben. Einstellungen ändern
""",
         intent="bulk", note="A social network's event invitation with 'Zusagen/Absagen' buttons."),

    mail("bk-g12-umfrage-verband.eml",
         frm=("Deutsches Netzwerk Sozialplanung", "umfrage@dn-sozialplanung.example"),
         subject="Ihre Meinung zählt: Umfrage zu Fortbildungen 2026", date="Tue, 03 Jun 2025 10:00:00 +0200",
         headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://dn-sozialplanung.example/abmelden>")],
         body="""Liebe Kolleginnen und Kollegen,

welche Fortbildungen wünschen Sie sich für 2026? Die Umfrage dauert fünf Minuten:
https://dn-sozialplanung.example/umfrage2026

Vielen Dank!
Ihr Netzwerk-Team
""",
         intent="bulk", note="A survey invitation with a question."),
]
