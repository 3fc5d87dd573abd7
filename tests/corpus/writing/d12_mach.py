"""DEVELOPMENT set 12: machines (out-of-offices from a Landratsamt, a Magistrat and a Caritas
office that mention registrations and cancellations, a Bürgerservice ticket, read receipts, a
calendar answer, delivery reports) and mass mail (a partner's circular that asks its readers to
register, a hotel, an event platform, a newsletter, phishing)."""

from d12_quote import PROG, RUND, programme, rundbrief
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

AUTO = [("Auto-Submitted", "auto-replied")]
EXO = [("X-MS-Exchange-Inbox-Rules-Loop", "x@example"), ("X-Auto-Response-Suppress", "All")]
LIST = [("List-Unsubscribe", "<https://mailing.example/abmelden?id=77>"), ("Precedence", "bulk")]


def _orig(to: str, subject: str, date: str, lines: list[str]) -> str:
    return (f"From: VSOP Geschäftsstelle <{OFFICE}>\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
            "Message-ID: <d12.office.2025@vsop.de>\nContent-Type: text/plain; charset=utf-8\n\n"
            + "\n".join(lines) + "\n")


MAILS = [
    mail("a01-urlaub-anmeldungen.eml", frm=("Stadlmayr Korbinian", "k.stadlmayr@lra-isarwinkel.example"),
         subject="Automatische Antwort: " + PROG, date="Wed, 14 May 2025 11:02:40 +0200", headers=AUTO + EXO,
         body="""Grüß Gott,

ich bin bis 23. Mai nicht im Haus. Ihre Nachricht wird nicht weitergeleitet. Anmeldungen zu Fortbildungen bearbeite ich nach meiner Rückkehr; Absagen von Terminen richten Sie bitte an sg23@lra-isarwinkel.example.

Korbinian Stadlmayr
Landratsamt Isarwinkel
""", intent="auto_reply", note="An out-of-office that speaks of registrations and cancellations: a machine all the same."),
    mail("a02-magistrat-ohne-header.eml", frm=("Schwalbach, Dieter", "d.schwalbach@magistrat-friedbergen.example"),
         subject="Abwesenheitsnotiz: " + PROG, date="Wed, 14 May 2025 11:03:05 +0200",
         body="""Vielen Dank für Ihre E-Mail. Ich bin ab dem 26. Mai wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Amtes für Soziales und Teilhabe, Tel. 06031 000 410.
""", intent="auto_reply", note="An out-of-office without any auto header; 'Abwesenheitsnotiz' subject."),
    mail("a03-caritas-en-de.eml", frm=("Kellermann Roswitha", "r.kellermann@caritas-ebersried.example"),
         subject="Abwesend: " + PROG, date="Wed, 14 May 2025 11:03:30 +0200", headers=AUTO,
         body="""Ich bin bis zum 19.05. im Urlaub und kann mich nicht um Ihr Anliegen kümmern. Bitte sagen Sie Termine mit mir nicht ab, ich melde mich nach meiner Rückkehr.

I am on leave until 19 May and will answer after my return.
""", intent="auto_reply", note="A bilingual out-of-office: 'sagen Sie ... nicht ab' is no cancellation."),
    mail("a04-buergerservice-ticket.eml", frm=("Bürgerservice Stadt Hanauerbach", "buergerservice@stadt-hanauerbach.example"),
         subject="[Anliegen #2025-05-88412] " + PROG, date="Wed, 14 May 2025 11:04:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Guten Tag,

Ihr Anliegen ist bei uns eingegangen und hat die Nummer 2025-05-88412 erhalten. Die zuständige Stelle meldet sich bei Ihnen. Antworten auf diese Eingangsmeldung erreichen niemanden.

Ihr Bürgerservice der Stadt Hanauerbach
""", intent="auto_reply", note="A town's citizen service acknowledgement with a ticket number."),
    mdn("a05-gelesen-outlook.eml", frm=("Pfründer Anja", "a.pfruender@lra-main-steigerwald.example"),
        subject="Gelesen: " + PROG, date="Wed, 14 May 2025 13:20:00 +0200",
        human="Ihre Nachricht\n\n  An: Pfründer Anja\n  Betreff: " + PROG + "\n  Gesendet: 14.05.2025 11:02\n\nist am 14.05.2025 13:20 gelesen worden.\n",
        original_id="<d12.office.2025@vsop.de>", final="a.pfruender@lra-main-steigerwald.example",
        note="An Outlook read receipt in German, after the programme mail."),
    mdn("a06-geloescht.eml", frm=("Peter Hümmer", "p.huemmer@stadt-pegnitztal.example"),
        subject="Nicht gelesen: " + RUND, date="Mon, 14 Apr 2025 09:30:00 +0200",
        human="Die Nachricht \"" + RUND + "\" wurde ohne Lesen entfernt.\n",
        disposition="manual-action/MDN-sent-manually; deleted", ua="Thunderbird",
        original_id="<d12.rund.2025@vsop.de>", final="p.huemmer@stadt-pegnitztal.example",
        note="A 'removed without reading' receipt for the circular: no opt-out."),
    ical_reply("a07-kalender-vorlaeufig.eml", frm=("Katrin Hufnagel", "k.hufnagel@kreis-lahndill.example"),
               subject="Mit Vorbehalt angenommen: VSOP-Jahrestagung Köln", date="Thu, 15 May 2025 08:00:00 +0200",
               text="Katrin Hufnagel hat die Einladung mit Vorbehalt angenommen.\n", partstat="TENTATIVE",
               uid="d12-jt-koeln-2025@vsop.de",
               note="A calendar 'tentative' answer: the client's answer, not a pre-registration."),
    mail("a08-nicht-mehr-zustaendig-auto.eml", frm=("Sozialplanung Markt Ebersried", "soziales@markt-ebersried.example"),
         subject="Automatische Antwort: " + RUND, date="Fri, 11 Apr 2025 16:01:00 +0200", headers=AUTO,
         body="""Dieses Postfach wird seit 1. April nicht mehr gelesen. Frau Haslbeck erreichen Sie unter vroni.haslbeck@markt-ebersried.example.
""", intent="auto_reply", note="A 'mailbox no longer read' notice that names a new address: a machine, not a bounce or opt-out."),
    # --- delivery reports
    dsn("b01-postfix-unbekannt.eml", frm=("Mail Delivery System", "MAILER-DAEMON@mx.vsop.de"),
        subject="Undelivered Mail Returned to Sender", date="Fri, 11 Apr 2025 16:02:30 +0200",
        human="Leider ging Ihre Mail an einen Empfänger nicht raus.\n\n<a.wunderlich@vg-ahorntal.example>: Adresse existiert nicht\n",
        status="5.1.1", recipients=["a.wunderlich@vg-ahorntal.example"],
        original=_orig("verteiler@vsop.de", RUND, "Fri, 11 Apr 2025 16:00:00 +0200", rundbrief()),
        reporting="mx.vsop.de", note="A DSN for the circular with a German human part."),
    dsn("b02-exchange-voll.eml", frm=("Microsoft Outlook", "postmaster@kreis-vogelsgrund.example"),
        subject="Unzustellbar: " + RUND, date="Fri, 11 Apr 2025 16:03:10 +0200",
        human="Die Zustellung an diesen Empfänger ist fehlgeschlagen, sein Postfach hat das Speicherlimit erreicht:\n\nr.appel@kreis-vogelsgrund.example\n",
        status="5.2.2", recipients=["r.appel@kreis-vogelsgrund.example"],
        original=_orig("r.appel@kreis-vogelsgrund.example", RUND, "Fri, 11 Apr 2025 16:00:00 +0200", rundbrief()),
        reporting="exch2.kreis-vogelsgrund.example", note="Mailbox over quota, an Exchange report in German."),
    dsn("b03-verzoegerung.eml", frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mx.vsop.de"),
        subject="Delayed Mail (still being retried)", date="Thu, 15 May 2025 03:02:00 +0200",
        human="Zustellung verzögert: der Zielserver antwortet seit 16 Stunden nicht. Weitere Versuche folgen automatisch.\n",
        status="4.4.1", action="delayed", recipients=["jugendhilfe@vg-steinwaldau.example"],
        original=_orig("jugendhilfe@vg-steinwaldau.example", PROG, "Wed, 14 May 2025 11:02:00 +0200", programme("Herr Greiner")),
        reporting="mx.vsop.de", note="A delay warning for the programme mail: bounced is empty."),
    dsn("b04-kommunalnetz-verschachtelt.eml", frm=("Gateway Bayerisches Kommunalnetz", "gateway@kommunalnetz-bay.example"),
        subject="Nachricht nicht zustellbar", date="Fri, 11 Apr 2025 16:05:55 +0200",
        human="Zwei Empfänger des Behördennetzes sind nicht bekannt.\n",
        status="5.1.1", recipients=["sozialamt@markt-hollfeldau-alt.example", "b.zettl@markt-hollfeldau-alt.example"],
        original=_orig("sozialamt@markt-hollfeldau-alt.example", RUND, "Fri, 11 Apr 2025 16:00:00 +0200", rundbrief()),
        nested=True, wrapper="Meldung des Übergabepunktes zum Kommunalnetz. Bei Fragen wenden Sie sich an Ihren IT-Dienstleister.\n",
        reporting="gw.kommunalnetz-bay.example", note="A nested gateway report for two recipients."),
    mail("b05-plain-ruecklaeufer.eml", frm=("Postmaster Gemeinde Ahorntal", "postmaster@vg-ahorntal.example"),
         subject="Ihre Nachricht konnte nicht zugestellt werden", date="Wed, 14 May 2025 11:05:00 +0200",
         body="""Dies ist eine Rückmeldung des Mailservers der Verwaltungsgemeinschaft Ahorntal.

Folgender Empfänger ist bei uns nicht (mehr) eingerichtet:

    h.kraus@vg-ahorntal.example

Betreff der ursprünglichen Nachricht: """ + PROG + """
""", intent="bounce", bounced=["h.kraus@vg-ahorntal.example"],
         note="A plain-text bounce without a delivery-status part."),
    # --- mass mail
    mail("k01-partner-rundschreiben.eml", frm=("Landesarbeitsgemeinschaft Sozialplanung Bayern", "info@lag-sozialplanung-bay.example"),
         subject="Einladung: Frühjahrsforum Sozialplanung am 3. Juli in Regensburg-Land", date="Tue, 22 Apr 2025 09:00:00 +0200",
         headers=LIST,
         body="""Liebe Mitglieder der LAG,

wir laden herzlich zu unserem Frühjahrsforum ein. Bitte melden Sie sich bis 20. Juni verbindlich über unser Online-Formular an; die Teilnahme ist für Mitglieder kostenfrei.

Hinweis: Auch die VSOP-Jahrestagung im September in Köln empfehlen wir ausdrücklich.

Ihre LAG Sozialplanung Bayern
Abmelden: https://mailing.example/abmelden?id=77
""", intent="bulk", note="A partner's circular asking its readers to register for its own event and naming ours: mass mail."),
    mail("k02-hotel.eml", frm=("Gruppenbuchung Hotel Domblick", "gruppen@hotel-domblick.example"),
         subject="Zimmer für Ihre Teilnehmenden im September", date="Mon, 28 Apr 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

für Ihre Jahrestagung im September halten wir gern ein Abrufkontingent von 30 Zimmern bereit, ab 119 € pro Nacht inklusive Frühstück. Gerne senden wir Ihnen ein unverbindliches Angebot.

Mit besten Grüßen
Gruppenbuchung Hotel Domblick Köln
""", intent="bulk", note="A hotel's sales offer without list headers: bulk (vendor offers, README convention)."),
    mail("k03-eventplattform.eml", frm=("Veranstaltungsportal Kommunal", "noreply@vportal-kommunal.example"),
         subject="Ihre Anmeldung: Webseminar Sozialraumdaten am 12.06.", date="Wed, 07 May 2025 14:00:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Hallo,

Ihre Anmeldung zum Webseminar "Sozialraumdaten richtig lesen" ist bestätigt. Den Zugangslink erhalten Sie einen Tag vorher.

Ihr Veranstaltungsportal Kommunal
""", intent="bulk", note="An event platform confirming someone's registration for another event: bulk (README convention)."),
    mail("k04-newsletter.eml", frm=("Statistik-Newsletter Hessen", "newsletter@statistik-hessen.example"),
         subject="Neue Kreisdaten 2024 online", date="Thu, 08 May 2025 07:00:00 +0200", html=True,
         body="""Neu in unserem Datenportal: Bevölkerungsstand der Kreise und kreisfreien Städte zum 31.12.2024.

Dieser Newsletter kommt zu Ihnen, weil Sie sich im Datenportal eingetragen haben. Abbestellen können Sie ihn in Ihrem Nutzerkonto.
""", intent="bulk", note="A statistics newsletter recognisable only by its footer."),
    mail("k05-phishing.eml", frm=("Postfach-Verwaltung", "admin@secure-mailbox-check.example"),
         subject="Ihr Postfach wird in 24 Stunden gesperrt", date="Fri, 16 May 2025 02:14:00 +0200",
         body="""Sehr geehrter Nutzer,

Ihr Postfach geschaeftsstelle@vsop.de hat das Limit überschritten. Bestätigen Sie jetzt Ihre Zugangsdaten, sonst werden eingehende Anmeldungen gelöscht:

https://secure-mailbox-check.example/login
""", intent="bulk", note="Phishing that mentions 'Anmeldungen': bulk."),
]
