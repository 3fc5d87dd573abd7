"""DEVELOPMENT set 7: the machines of 2026 answering the season's mails (out-of-offices,
tickets, read receipts, calendar answers, NDRs, newsletters)."""

from d7_quote import EVENT, PROG, REMIND_DE
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
M365 = [("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Organization-AuthSource", "AM0PR04MB7123.eurprd04.prod.outlook.com")]
GWS = [("X-Google-Smtp-Source", "AGHT+IF3q9XkLm2c8s0bVnR1w4yZ")]


def _orig(to: str, subject: str, date: str) -> str:
    return (f"From: VSOP Geschäftsstelle <{OFFICE}>\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
            "Message-ID: <season.2025@vsop.de>\n\nGuten Tag,\n")


MAILS = [
    # --- out-of-offices
    mail("m01-m365-abwesend-de.eml", frm=("Greta Schoppmeier", "g.schoppmeier@kreis-eggegebirge.example"),
         subject="Automatische Antwort: " + PROG, date="Tue, 20 May 2025 09:12:30 +0200",
         headers=AUTO + M365, client="outlook-web",
         body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30. Mai außer Haus und lese meine E-Mails erst danach. In dringenden Fällen wenden Sie sich bitte an sozialplanung@kreis-eggegebirge.example.

Freundliche Grüße
Greta Schoppmeier
""", intent="auto_reply", note="Microsoft 365 out-of-office in German with its usual headers."),
    mail("m02-gws-ooo-en.eml", frm=("Sarah O'Connell", "s.oconnell@migrationlab.example"),
         subject="Out of Office: " + PROG, date="Wed, 21 May 2025 10:00:00 +0200",
         headers=[("Auto-Submitted", "auto-replied")] + GWS,
         body="""Hi there,

I'm on annual leave until 2 June with no access to email. For anything urgent, reach our office at hello@migrationlab.example.

Sarah
""", intent="auto_reply", note="Google Workspace vacation responder in English, a person of the season away."),
    mail("m03-outlook-ohne-header.eml", frm=("Wittkamp, Jonas", "jonas.wittkamp@lennebrueck.example"),
         subject="Abwesend: " + REMIND_DE, date="Wed, 25 Jun 2025 08:00:40 +0200", client="outlook",
         body="""Ich bin vom 23.06. bis 27.06. auf Fortbildung. Ihre Mail wird nicht weitergeleitet. Ab dem 30.06. bin ich wieder erreichbar.
""", intent="auto_reply", note="Outlook 'Abwesend:' without any auto header."),
    mail("m04-elternzeit-vertretung.eml", frm=("Dagmar Krämer", "d.kraemer@stadt-siegtal.example"),
         subject="Automatische Antwort: Ihre Rechnung zur " + EVENT, date="Mon, 15 Sep 2025 10:00:05 +0200",
         headers=AUTO + M365,
         body="""Guten Tag,

ich befinde mich bis voraussichtlich Juli 2026 in Elternzeit. Meine Vertretung übernimmt Frau Hatice Yıldız, h.yildiz@stadt-siegtal.example. Ihre Nachricht wird nicht automatisch weitergeleitet.

Dagmar Krämer
""", intent="auto_reply", note="Parental leave naming her substitute: still a machine's answer, the substitute is no registration."),
    # --- tickets
    mail("m05-hubspot-ticket.eml", frm=("Kundenservice Migration Policy Lab", "support@migrationlab-help.example"),
         subject="[Ticket #48213] Re: Invoice VSOP 2025-0388", date="Tue, 29 Jul 2025 09:00:00 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("X-HubSpot-Message-Type", "ticket-auto-reply")],
         body="""Thanks for reaching out!

We've received your message and created ticket #48213. Our team usually replies within two business days. You can reply to this email to add information to your ticket.

— The Migration Policy Lab team
Powered by HubSpot Service Hub
""", intent="auto_reply", note="HubSpot ticket acknowledgement after the office wrote about an invoice."),
    mail("m06-zendesk-geloest.eml", frm=("Service-Center Hochschule Weserbergland", "servicecenter@hs-weserbergland.example"),
         subject="[HSW-20917] Ihre Anfrage wurde gelöst", date="Wed, 08 Oct 2025 12:00:00 +0200",
         headers=[("X-Zendesk-From-Account-Id", "a81c3f")],
         body="""##- Antwort bitte oberhalb dieser Linie schreiben -##

Ihre Anfrage (HSW-20917) wurde als gelöst markiert. Antworten Sie auf diese E-Mail, um sie erneut zu öffnen.

Service-Center der Hochschule Weserbergland
Dieser Service wird von Zendesk bereitgestellt.
""", intent="auto_reply", note="Zendesk status change 'gelöst' without any auto header."),
    mail("m07-poststelle-eingang.eml", frm=("Digitale Poststelle Region Deisterland", "poststelle@region-deisterland.example"),
         subject="Eingangsbestätigung: AW: " + PROG, date="Wed, 04 Jun 2025 08:40:20 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Ihre Nachricht ist bei der Region Deisterland eingegangen und wurde unter dem Aktenzeichen EP-2025-118842 erfasst. Sie wird an die zuständige Stelle weitergeleitet. Auf diese Mail kann nicht geantwortet werden.
""", intent="auto_reply", note="A Region's digital mailroom acknowledgement."),
    # --- read receipts and calendar answers
    mdn("m08-mdn-outlook-gelesen.eml", frm=("Adelmann, Kerstin", "k.adelmann@main-vogelsberg-kreis.example"),
        subject="Gelesen: " + PROG, date="Mon, 02 Jun 2025 15:41:00 +0200",
        human="Ihre Nachricht\n\n  An: Adelmann, Kerstin\n  Betreff: " + PROG + "\n\nwurde am 02.06.2025 15:41 gelesen.\n",
        original_id="<prog.adelmann@vsop.de>", final="k.adelmann@main-vogelsberg-kreis.example",
        note="Outlook read receipt (MDN, displayed)."),
    mdn("m09-mdn-thunderbird-geloescht.eml", frm=("Rüdiger Gottschalk", "gottschalk@lra-schwarzatal.example"),
        subject="Zurückgeschickt: " + REMIND_DE, date="Thu, 26 Jun 2025 07:01:00 +0200",
        human="Dies ist eine Empfangsbestätigung für eine Nachricht an gottschalk@lra-schwarzatal.example. Die Nachricht wurde ungelesen gelöscht.\n",
        original_id="<rem.gottschalk@vsop.de>", final="gottschalk@lra-schwarzatal.example",
        disposition="manual-action/MDN-sent-manually; deleted", ua="Thunderbird 128.5",
        note="Thunderbird MDN for a message deleted unread."),
    ical_reply("m10-teams-zugesagt.eml", frm=("Björn Hagedorn", "bjoern.hagedorn@lk-wesermarschheide.example"),
               subject="Zugesagt: " + EVENT, date="Thu, 26 Jun 2025 09:00:00 +0200",
               text="Björn Hagedorn hat diese Besprechung angenommen.\n", partstat="ACCEPTED",
               uid="vsop-2025-hagedorn", prodid="Microsoft Exchange Server 2019",
               note="Exchange/Teams 'Zugesagt:' to the office's calendar invitation (iMIP REPLY): not a registration."),
    ical_reply("m11-google-declined-en.eml", frm=("Tunde Akinola", "t.akinola@caritas-rheinberg.example"),
               subject="Declined: " + EVENT + " @ Thu 25 Sep 2025 - Fri 26 Sep 2025", date="Tue, 23 Sep 2025 07:06:00 +0200",
               text="Tunde Akinola has declined this invitation.\n\nInvitation from Google Calendar\n", partstat="DECLINED",
               uid="vsop-2025-akinola", prodid="-//Google Inc//Google Calendar 70.9054//EN", client="none",
               note="Google Calendar decline: a machine's answer even though he also cancels by mail."),
    # --- bounces
    dsn("m12-m365-ndr-de.eml", frm=("Microsoft Outlook", "postmaster@outlook.example"),
        subject="Unzustellbar: " + REMIND_DE, date="Wed, 25 Jun 2025 08:01:10 +0200",
        human="""Folgende Empfänger haben Ihre Nachricht nicht erhalten: carolin.weingaertner@erfurtheim.example

Die E-Mail-Adresse des Empfängers existiert in der Zieldomäne nicht. Prüfen Sie die Schreibweise der Adresse oder wenden Sie sich an den Empfänger auf einem anderen Weg.

Diagnoseinformationen für Administratoren:
Generierender Server: FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
""", status="5.1.10", recipients=["carolin.weingaertner@erfurtheim.example"],
        original=_orig("carolin.weingaertner@erfurtheim.example", REMIND_DE, "Wed, 25 Jun 2025 08:00:00 +0200"),
        reporting="FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM", headers=M365,
        note="Microsoft 365 NDR in German (5.1.10): the person used another spelling of her address."),
    dsn("m13-gws-bounce-en.eml", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
        subject="Delivery Status Notification (Failure)", date="Mon, 28 Jul 2025 14:40:00 +0200",
        human="""** Address not found **

Your message wasn't delivered to finance@migrationlab.example because the address couldn't be found, or is unable to receive mail.

Remote server said:
550 5.1.1 No such user here (finance@migrationlab.example).
""", status="5.1.1", recipients=["finance@migrationlab.example"],
        original=_orig("finance@migrationlab.example", "Rechnung / Invoice 2025-0388", "Mon, 28 Jul 2025 14:39:00 +0200"),
        reporting="mx.googlemail.example", headers=GWS,
        note="Google Workspace bounce for an invoice sent to a finance address."),
    dsn("m14-postfach-voll.eml", frm=("MAILER-DAEMON", "mailer-daemon@mail.kyffhaeuser-sued.example"),
        subject="Warnung: Nachricht konnte noch nicht zugestellt werden", date="Fri, 04 Jul 2025 06:00:00 +0200",
        human="""Die Zustellung Ihrer Nachricht an t.bachmann@kyffhaeuser-sued.example verzögert sich, weil das Postfach des Empfängers derzeit voll ist. Der Server versucht es bis zu fünf Tage lang weiter. Sie müssen nichts tun.
""", status="4.2.2", action="delayed", recipients=["t.bachmann@kyffhaeuser-sued.example"],
        original=_orig("t.bachmann@kyffhaeuser-sued.example", "Ihre verbindliche Anmeldung – fehlende Angaben", "Thu, 03 Jul 2025 22:00:00 +0200"),
        reporting="mail.kyffhaeuser-sued.example",
        note="A delay warning (mailbox full): bounced is empty."),
    dsn("m15-gateway-nested-zwei.eml", frm=("Mailgateway Landschaftsverband", "postmaster@lv-bergland.example"),
        subject="Nicht zustellbar: Programm " + EVENT, date="Tue, 08 Apr 2025 11:03:00 +0200",
        human="Die Nachricht konnte an zwei Empfänger nicht zugestellt werden (Konto aufgelöst).\n",
        status="5.1.1", recipients=["planung-alt@lv-bergland.example", "m.overbeck@lv-bergland.example"],
        original=_orig("planung-alt@lv-bergland.example, m.overbeck@lv-bergland.example", PROG, "Tue, 08 Apr 2025 11:02:00 +0200"),
        reporting="gw01.lv-bergland.example", nested=True,
        wrapper="Automatisch erzeugte Meldung des zentralen Mailgateways des Landschaftsverbands.\n",
        note="A security gateway's nested report for two old addresses."),
    mail("m16-rueckläufer-text.eml", frm=("Postmaster Samtgemeinde", "postmaster@samtgemeinde-oste-mitte.example"),
         subject="Rückläufer: Ihre Nachricht an info-alt@samtgemeinde-oste-mitte.example", date="Mon, 30 Jun 2025 08:00:30 +0200",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""Ihre E-Mail an info-alt@samtgemeinde-oste-mitte.example konnte nicht zugestellt werden. Das Postfach ist zum Jahreswechsel stillgelegt worden. Bitte nutzen Sie buergerservice@samtgemeinde-oste-mitte.example.
""", intent="bounce", bounced=["info-alt@samtgemeinde-oste-mitte.example"],
         note="A plain-text German Rückläufer from a closed mailbox (no DSN part)."),
    # --- bulk
    mail("m17-newsletter-kommunal.eml", frm=("KommunalDigital Newsletter", "news@kommunaldigital.example"),
         subject="KommunalDigital 06/2025: KI im Sozialamt, Förderprogramme, Termine", date="Tue, 10 Jun 2025 06:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://kommunaldigital.example/abmelden?u=88f1>"), ("Precedence", "bulk")],
         html=True,
         body="""KommunalDigital – der Newsletter für die digitale Verwaltung

Themen dieser Ausgabe:
• Chatbots im Bürgerbüro: was die ersten Landkreise lernen
• Förderaufruf Sozialraumdaten 2025
• Termine: u. a. die VSOP-Jahrestagung im September in Köln

Diesen Newsletter bekommen Sie als Abonnentin oder Abonnent. Abmelden: kommunaldigital.example/abmelden
""", intent="bulk", note="A newsletter that lists our conference among its dates."),
    mail("m18-linkedin-event.eml", frm=("LinkedIn", "messages-noreply@linkedin.example"),
         subject="Dagmar Krämer und 3 weitere Personen interessieren sich für VSOP-Jahrestagung 2025", date="Thu, 19 Jun 2025 19:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://linkedin.example/unsub>")],
         html=True, body="""Ihr Netzwerk ist aktiv

Dagmar Krämer und 3 weitere Personen interessieren sich für die Veranstaltung VSOP-Jahrestagung 2025.
Veranstaltung ansehen

Sie erhalten Benachrichtigungs-E-Mails. Abbestellen
""", intent="bulk", note="A social network's notification naming a person of the season and our event."),
    mail("m19-umfrage.eml", frm=("Institut für Kommunalforschung", "umfrage@ifk-kassel.example"),
         subject="Ihre Meinung zählt: Befragung Sozialplanung 2025 (10 Minuten)", date="Mon, 14 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

im Rahmen eines Forschungsprojekts befragen wir alle Sozialplanungsstellen in Deutschland. Der Fragebogen dauert etwa zehn Minuten: https://ifk-kassel.example/s/sp25

Ihre Angaben werden anonym ausgewertet. Wenn Sie keine weiteren Einladungen wünschen, klicken Sie hier.

Institut für Kommunalforschung Kassel
""", intent="bulk", note="A research survey sent to many offices."),
    mail("m20-phishing-m365.eml", frm=("Microsoft 365 Admin", "admin@m365-security-check.example"),
         subject="Aktion erforderlich: Ihr Postfach geschaeftsstelle@vsop.de wird gesperrt", date="Wed, 16 Jul 2025 03:33:00 +0200",
         html=True, body="""Ihr Kennwort läuft heute ab.

Um eine Sperrung Ihres Postfachs zu vermeiden, bestätigen Sie Ihr Konto innerhalb von 24 Stunden:
Konto jetzt bestätigen

Microsoft 365 Sicherheitsteam
""", intent="bulk", note="Phishing dressed as a Microsoft 365 notice (bulk)."),
    mail("m21-teilnehmerliste-scam-en.eml", frm=("Olivia Grant", "olivia@eventleads-data.example"),
         subject="VSOP-Jahrestagung 2025 attendee list", date="Tue, 05 Aug 2025 16:00:00 +0200",
         body="""Hi,

We hold a fresh contact file of delegates of VSOP-Jahrestagung 2025 - want it? Contacts include names, job titles and verified email addresses. Let me know and I will share the count and pricing.

Regards,
Olivia Grant
Reply "remove" to opt out.
""", intent="bulk", note="The attendee-list scam, in English."),
]
