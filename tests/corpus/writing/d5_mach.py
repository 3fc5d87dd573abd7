"""DEVELOPMENT set 5: machines German offices really get (Outlook vacation replies without
headers, read and deleted receipts, calendar notices, portal and ticket acknowledgements,
Microsoft 365 NDRs in the current German layout, security-gateway quarantine notices,
social-network notifications, other associations' newsletters and webinars). Written apart
(README.md); measured once before any tuning on it."""

from d5_quote import SUBJECTS
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

INFO = SUBJECTS["info"]
PROG = SUBJECTS["programm"]
AUTO = [("Auto-Submitted", "auto-replied")]
MSGID_INFO = "<vorinfo-2025.0407@vsop.de>"
MSGID_PROG = "<programm-2025.0603@vsop.de>"


def original(to: str, subject: str = INFO, msgid: str = MSGID_INFO) -> str:
    """The office's mail as a delivery report returns it (headers and the first lines)."""
    return (f"From: =?utf-8?q?Gesch=C3=A4ftsstelle?= VSOP <{OFFICE}>\nTo: {to}\n"
            f"Subject: {subject}\nMessage-ID: {msgid}\nDate: Mon, 07 Apr 2025 09:30:00 +0200\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "Liebe Mitglieder, liebe Interessierte,\n\nam 25. und 26. September 2025 findet unsere Jahrestagung in Köln statt.\n")


MAILS = [
    # --- auto-replies ----------------------------------------------------------------
    mail("ar-h01-outlook-abwesend-ohne-header.eml",
         frm=("Brunhilde Sökefeld", "b.soekefeld@stadt-ahlenbruch.example"),
         subject="Abwesend: " + INFO, client="outlook", date="Mon, 07 Apr 2025 09:30:50 +0200",
         body="""Ich bin vom 07.04. bis 22.04.2025 nicht im Dienst. Ihre Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Sozialamts, Tel. 02381 000-500.
""",
         intent="auto_reply",
         note="Outlook rule reply 'Abwesend:' without any Auto-Submitted or X-Auto header."),

    mail("ar-h02-elternzeit-vertretung.eml",
         frm=("Tanja Rehbock", "tanja.rehbock@lk-harzvorland.example"),
         subject="Automatische Antwort: " + INFO, client="outlook", date="Mon, 07 Apr 2025 09:31:10 +0200",
         headers=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")],
         body="""Guten Tag,

ich befinde mich bis voraussichtlich Ende Januar 2026 in Elternzeit. Anfragen zur Sozialplanung und Anmeldungen zu Tagungen richten Sie bitte an carola.mittelstaedt@lk-harzvorland.example.

Freundliche Grüße
Tanja Rehbock
""",
         intent="auto_reply", note="Parental-leave reply naming 'Anmeldungen zu Tagungen' and a colleague's address."),

    mail("ar-h03-funktionspostfach-eingang.eml",
         frm=("Poststelle Landratsamt Filsgau", "poststelle@lra-filsgau.example"),
         subject="Eingangsbestätigung: " + INFO, date="Mon, 07 Apr 2025 09:32:00 +0200",
         body="""Ihre E-Mail ist bei der zentralen Poststelle des Landratsamts Filsgau eingegangen und wird an die zuständige Stelle weitergeleitet. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

Diese Nachricht wurde automatisch erstellt.
""",
         intent="auto_reply", note="A central post office's acknowledgement without auto headers."),

    mail("ar-h04-portal-postfach-hinweis.eml",
         frm=("Behördenpostfach Kreis Eiderland", "noreply@portal.kreis-eiderland.example"),
         subject="Ihre Nachricht wurde zugestellt – Vorgangsnummer E-2025-044817", date="Mon, 07 Apr 2025 09:33:00 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
         body="""Sehr geehrte Absenderin, sehr geehrter Absender,

Ihre Nachricht wurde dem elektronischen Behördenpostfach des Kreises Eiderland zugestellt.
Vorgangsnummer: E-2025-044817
Eingang: 07.04.2025, 09:32 Uhr

Bitte beachten Sie: Antworten auf diese Benachrichtigung werden nicht gelesen.
""",
         intent="auto_reply", note="A public-authority mailbox portal's delivery notice (beBPo-like): an acknowledgement."),

    mdn("ar-h05-geloescht-ohne-lesen.eml",
        frm=("Kühnhold, Petra", "fortbildung@lauterbrunn.example"),
        subject="Nicht gelesen: " + PROG, date="Wed, 18 Jun 2025 07:00:00 +0200",
        human="""Ihre Nachricht

  An: Fortbildung Stadt Lauterbrunn
  Betreff: VSOP-Jahrestagung Köln – Programm, Anmeldung bis 04.07.
  Gesendet: Dienstag, 3. Juni 2025 10:15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Mittwoch, 18. Juni 2025 07:00:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien ungelesen gelöscht.
""",
        original_id=MSGID_PROG, final="fortbildung@lauterbrunn.example",
        disposition="manual-action/MDN-sent-automatically; deleted",
        note="Exchange 'Nicht gelesen:' – deleted without being read."),

    mail("ar-h06-gelesen-klartext.eml",
         frm=("Gerda Lüpkes", "gerda.luepkes@emsheide.example"),
         subject="Gelesen: " + PROG, client="notes", date="Wed, 04 Jun 2025 08:10:00 +0200",
         body="""Ihre Nachricht

An: gerda.luepkes@emsheide.example
Betreff: VSOP-Jahrestagung Köln – Programm, Anmeldung bis 04.07.
Gesendet: 03.06.2025 10:15

wurde am 04.06.2025 08:10 gelesen.
""",
         intent="auto_reply", note="A read receipt as plain text (no disposition-notification part)."),

    mail("ar-h07-teams-kalender-angenommen.eml",
         frm=("Microsoft Outlook", "noreply@stadt-schwarzachtal.example"),
         subject="Angenommen: VSOP-Jahrestagung Köln (25.09.2025)", date="Mon, 07 Apr 2025 10:15:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Christina Vogelsang hat Ihre Besprechung angenommen.

VSOP-Jahrestagung Köln (25.09.2025)
Donnerstag, 25. September 2025 10:00–17:00
Ort: Köln

Microsoft Teams-Besprechung: Mitglied werden? Klicken Sie hier, um an der Besprechung teilzunehmen.
""",
         intent="auto_reply", note="A calendar acceptance notice as text (no iMIP part), Teams boilerplate with 'Mitglied'."),

    ical_reply("ar-h08-ical-vorlaeufig.eml",
               frm=("Sören Vahlenkamp", "soeren.vahlenkamp@lk-aller-leine.example"),
               subject="Mit Vorbehalt angenommen: VSOP-Jahrestagung 2025", date="Tue, 08 Apr 2025 08:00:00 +0200",
               text="Sören Vahlenkamp hat die Einladung mit Vorbehalt angenommen.\n",
               partstat="TENTATIVE", uid="vsop-jt-2025-koeln",
               note="iMIP tentative acceptance ('Mit Vorbehalt angenommen') – a calendar answer, not a pre-registration."),

    mail("ar-h09-ticket-it-dienstleister.eml",
         frm=("Servicedesk Kommunale IT Nordmark", "servicedesk@kit-nordmark.example"),
         subject="[#KIT-558120] Ihre Anfrage ist eingegangen: " + INFO, date="Mon, 07 Apr 2025 09:34:00 +0200",
         body="""Guten Tag,

Ihre Anfrage wurde unter der Ticketnummer KIT-558120 erfasst. Ein Mitarbeiter des Servicedesks wird sich mit Ihnen in Verbindung setzen.

Bitte ändern Sie bei Antworten den Betreff nicht.

Ihr Servicedesk
Kommunale IT Nordmark AöR
""",
         intent="auto_reply", note="A municipal IT provider's ticket acknowledgement without auto headers, repeating our subject."),

    mail("ar-h10-nicht-mehr-im-haus.eml",
         frm=("Holger Deppe", "holger.deppe@gemeinde-moorhusen.example"),
         subject="Automatische Antwort: " + PROG, client="outlook", date="Tue, 03 Jun 2025 10:16:00 +0200",
         headers=AUTO,
         body="""Herr Deppe ist nicht mehr bei der Gemeinde Moorhusen beschäftigt. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich an soziales@gemeinde-moorhusen.example.
""",
         intent="auto_reply", note="'No longer employed' notice for a person named in a group pre-registration."),

    mail("ar-h11-mimecast-anhang-entfernt.eml",
         frm=("Mimecast", "postmaster@stadt-rosenheide.example"),
         subject="Hinweis: Anhang aus Ihrer Nachricht entfernt", date="Tue, 03 Jun 2025 10:17:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Ihre Nachricht „VSOP-Jahrestagung Köln – Programm, Anmeldung bis 04.07.“ an vorzimmer.sozialamt@stadt-rosenheide.example wurde zugestellt.

Der Anhang „Programm_Jahrestagung_2025.pdf“ wurde gemäß der Richtlinie für aktive Inhalte entfernt und durch diesen Hinweis ersetzt.

Dies ist eine automatisch erzeugte Nachricht des Sicherheitsgateways.
""",
         intent="auto_reply", note="A gateway notice: the mail was delivered, an attachment removed (no failed recipient, so not a bounce)."),

    # --- bounces -----------------------------------------------------------------------
    dsn("bo-h01-m365-nicht-zustellbar.eml",
        frm=("Microsoft Outlook", "MicrosoftExchange1a2b3c4d5e6f@lk-wesermarschen.example"),
        subject="Unzustellbar: " + INFO, date="Mon, 07 Apr 2025 09:30:30 +0200",
        human="""Ihre Nachricht konnte diesen Empfängern nicht übermittelt werden:

j.hinrichsen@lk-wesermarschen.example

Die von Ihnen angegebene Adresse existiert in der Organisation des Empfängers nicht. Prüfen Sie die Schreibweise, oder entfernen Sie den Empfänger und senden Sie die Nachricht erneut.

Informationen für IT-Fachleute:
Remoteserver: DB9PR04MB1234.eurprd04.prod.outlook.example
Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound
""",
        status="5.1.10", recipients=["j.hinrichsen@lk-wesermarschen.example"],
        original=original("j.hinrichsen@lk-wesermarschen.example"),
        reporting="DB9PR04MB1234.eurprd04.prod.outlook.example",
        note="Microsoft 365 NDR in the current German layout (its first sentence reworded: dev2 has it verbatim)."),

    dsn("bo-h02-m365-blockiert-gruppe.eml",
        frm=("Microsoft Outlook", "postmaster@ba-havelufer.berlin.example"),
        subject="Unzustellbar: " + PROG, date="Tue, 03 Jun 2025 10:15:40 +0200",
        human="""Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:

sozialplanung-verteiler@ba-havelufer.berlin.example
Die Gruppe nimmt nur Nachrichten von Absendern innerhalb der Organisation an. Bitte wenden Sie sich an den Besitzer der Gruppe.
""",
        status="5.7.1", recipients=["sozialplanung-verteiler@ba-havelufer.berlin.example"],
        original=original("sozialplanung-verteiler@ba-havelufer.berlin.example", PROG, MSGID_PROG),
        note="NDR for a restricted distribution group (5.7.1)."),

    dsn("bo-h03-proofpoint-abgewiesen.eml",
        frm=("Mail Delivery Subsystem", "MAILER-DAEMON@pps.stadt-kirchwerder.example"),
        subject="Zustellung fehlgeschlagen: " + INFO, date="Mon, 07 Apr 2025 09:31:00 +0200",
        human="""Die Nachricht konnte einem oder mehreren Empfängern nicht zugestellt werden.

<sozialamt@stadt-kirchwerder.example>: vom Sicherheitsfilter abgelehnt (Richtlinie: externe Massenmail). Wenden Sie sich bei Fragen an Ihre IT.
""",
        status="5.7.0", recipients=["sozialamt@stadt-kirchwerder.example"],
        original=original("sozialamt@stadt-kirchwerder.example"), reporting="pps.stadt-kirchwerder.example",
        note="A security gateway (Proofpoint-like) rejects the mail as bulk: a bounce."),

    mail("bo-h04-sophos-quarantaene.eml",
         frm=("Sophos Email", "do-not-reply@sophos.lk-aller-leine.example"),
         subject="Nachricht in Quarantäne: " + PROG, date="Tue, 03 Jun 2025 10:16:30 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Ihre Nachricht an soeren.vahlenkamp@lk-aller-leine.example wurde nicht zugestellt und in Quarantäne verschoben.

Grund: Anhang vom Typ PDF mit Formularfeldern (aktive Inhalte)
Aufbewahrung: 14 Tage

Der Empfänger wurde nicht benachrichtigt. Wenn Sie der Meinung sind, dass es sich um einen Fehler handelt, wenden Sie sich an den Empfänger auf anderem Weg.
""",
         intent="bounce", bounced=["soeren.vahlenkamp@lk-aller-leine.example"],
         note="Plain-text quarantine notice: not delivered, so a bounce with the held recipient (the label format has no 'quarantined' kind)."),

    dsn("bo-h05-postfach-voll-verzoegert.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.caritas-bodenried.example"),
        subject="Warnung: Zustellung verzögert – " + INFO, date="Tue, 08 Apr 2025 09:30:00 +0200",
        human="""Dies ist nur eine Warnung, Sie müssen die Nachricht nicht erneut senden.

Das Postfach des Empfängers ist voll. Der Server versucht die Zustellung weitere vier Tage lang.
""",
        status="4.2.2", action="delayed", recipients=["tobias.lenzinger@caritas-bodenried.example"],
        original=original("tobias.lenzinger@caritas-bodenried.example"), reporting="mx.caritas-bodenried.example",
        note="Delay warning (mailbox full, 4.2.2): bounced []."),

    mail("bo-h06-rueckläufer-kommunal-plain.eml",
         frm=("Mailserver Samtgemeinde Lindhorst-Ost", "postmaster@gemeinde-lindhorst-ost.example"),
         subject="Unzustellbare Nachricht", date="Mon, 07 Apr 2025 09:35:00 +0200",
         body="""Hallo, hier ist der Mailserver der Samtgemeinde Lindhorst-Ost.

Ihre Nachricht konnte nicht zugestellt werden, weil das Postfach
   alte-kaemmerei@gemeinde-lindhorst-ost.example
seit der Umstellung auf die neue Domain nicht mehr existiert.

--- Kopfzeilen der ursprünglichen Nachricht ---
From: Geschäftsstelle VSOP <geschaeftsstelle@vsop.de>
To: alte-kaemmerei@gemeinde-lindhorst-ost.example
Subject: Vorinfo: VSOP-Jahrestagung 25./26.09.2025 in Köln
""",
         intent="bounce", bounced=["alte-kaemmerei@gemeinde-lindhorst-ost.example"],
         note="A plain-text municipal 'Rückläufer' without a DSN part."),

    dsn("bo-h07-zwei-empfaenger-verschachtelt.eml",
        frm=("Mail Delivery System", "MAILER-DAEMON@relay.kvjs-nord.example"),
        subject="Returned mail: see transcript for details", date="Mon, 07 Apr 2025 09:36:00 +0200",
        human="""Die folgenden Adressen sind ungültig:

  planung@kvjs-nord.example
  h.sieber@kvjs-nord.example
""",
        status="5.1.1", recipients=["planung@kvjs-nord.example", "h.sieber@kvjs-nord.example"],
        original=original("planung@kvjs-nord.example, h.sieber@kvjs-nord.example"), reporting="relay.kvjs-nord.example",
        nested=True, wrapper="Automatische Mitteilung des Relays der Kommunalverbands-IT.\n",
        note="A nested report (gateway wrapper) with two failed recipients."),

    # --- bulk --------------------------------------------------------------------------
    mail("bu-h01-xing-benachrichtigung.eml",
         frm=("XING", "mailrobot@mail.xing.example"),
         subject="Sabine, 3 Personen haben Ihr Profil besucht", date="Wed, 09 Apr 2025 06:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://xing.example/unsubscribe>"), ("Precedence", "bulk")],
         body="""Hallo Sabine Terhorst,

diese Woche haben 3 Personen Ihr Profil angesehen, darunter eine Person aus dem Bereich Öffentliche Verwaltung.

Jetzt ansehen: https://xing.example/profile/visits

Sie erhalten diese Benachrichtigung, weil Sie Mitglied bei XING sind. Benachrichtigungen abbestellen: https://xing.example/settings
""",
         intent="bulk", note="A social-network notification ('weil Sie Mitglied ... sind')."),

    mail("bu-h02-linkedin-einladung.eml",
         frm=("LinkedIn", "invitations@linkedin.example"),
         subject="Jannik Wollenweber möchte sich mit Ihnen vernetzen", date="Tue, 08 Apr 2025 18:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://linkedin.example/unsub>")],
         html=True,
         body="""Jannik Wollenweber
Sozialraumkoordinator bei Bezirksamt Havelufer von Berlin

Einladung annehmen: https://linkedin.example/accept

Sie erhalten Einladungen zum Vernetzen. Abbestellen: https://linkedin.example/unsub
""",
         intent="bulk", note="A network invitation naming a real attendee of the set."),

    mail("bu-h03-newsletter-anderer-verband.eml",
         frm=("Fachverband Quartiersarbeit e.V.", "newsletter@fv-quartier.example"),
         subject="Rundbrief 4/2025: Jetzt anmelden zur Herbsttagung in Kassel", date="Thu, 24 Apr 2025 10:00:00 +0200",
         headers=[("Precedence", "list")],
         body="""Liebe Mitglieder,

die Anmeldung zu unserer Herbsttagung am 13./14. November 2025 in Kassel ist eröffnet. Mitglieder zahlen 180 €, Nichtmitglieder 220 €. Melden Sie sich verbindlich über unser Online-Formular an.

Außerdem in diesem Rundbrief: Förderprogramm Quartier 2026, neue Arbeitshilfe Beteiligung.

Sie erhalten den Rundbrief als Mitglied. Abmelden: antworten Sie mit „Abmelden“ im Betreff.
Fachverband Quartiersarbeit e.V. | Vereinsregister Kassel VR 9999
""",
         intent="bulk", note="Another association's circular asking its members to register bindingly for its own event."),

    mail("bu-h04-webinar-einladung.eml",
         frm=("Kommunalakademie Digital", "events@kommunalakademie-digital.example"),
         subject="Einladung: Webinar „Sozialberichterstattung mit Dashboards“ am 15.05.", date="Tue, 29 Apr 2025 08:00:00 +0200",
         headers=[("List-Unsubscribe", "<mailto:unsubscribe@kommunalakademie-digital.example>")],
         html=True,
         body="""Guten Tag,

in unserem kostenfreien Webinar zeigen wir, wie Kommunen Sozialdaten in Dashboards aufbereiten. Sichern Sie sich jetzt Ihren Platz!

Jetzt anmelden: https://kommunalakademie-digital.example/webinar/0515

Sie möchten keine Einladungen mehr? Hier abmelden.
""",
         intent="bulk", note="A webinar invitation ('Sichern Sie sich jetzt Ihren Platz', 'anmelden')."),

    mail("bu-h05-teams-webinar-registriert.eml",
         frm=("Microsoft Teams", "noreply@email.teams.example"),
         subject="Sie sind registriert: Fachtag Pflegeplanung 2025", date="Fri, 02 May 2025 12:00:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Hallo Sabine Terhorst,

Sie sind für „Fachtag Pflegeplanung 2025“ registriert.
Datum: 20.05.2025, 09:00–12:30

Teilnehmen: https://teams.example/l/meetup-join/xyz

Sie können Ihre Registrierung jederzeit stornieren.
""",
         intent="bulk", note="A webinar platform's registration confirmation for someone else's event ('registriert', 'stornieren'): bulk."),

    mail("bu-h06-phishing-postfach.eml",
         frm=("IT-Service Postfachverwaltung", "admin@postfach-update.example"),
         subject="Ihr Postfach ist zu 98% voll – Bestätigung erforderlich", date="Sat, 10 May 2025 03:12:00 +0200",
         body="""Sehr geehrter Benutzer,

Ihr Postfach geschaeftsstelle@vsop.de hat das Speicherlimit fast erreicht. Bestätigen Sie Ihr Konto innerhalb von 24 Stunden, sonst werden eingehende Nachrichten abgewiesen.

Konto jetzt bestätigen: http://postfach-update.example/login

IT-Service
""",
         intent="bulk", note="Phishing that looks like a mailbox-full warning (not a bounce: nothing of ours failed)."),

    mail("bu-h07-teilnehmerliste-verkauf.eml",
         frm=("Eventdata Solutions", "sales@eventdata-solutions.example"),
         subject="Teilnehmerliste VSOP Jahrestagung 2025", date="Mon, 16 Jun 2025 15:00:00 +0200",
         body="""Hallo,

wir bieten Ihnen die aktuelle Teilnehmerliste der VSOP Jahrestagung 2025 mit 1.250 verifizierten Kontakten an (Name, Funktion, E-Mail, Telefon). Bei Interesse nennen wir Ihnen gern Preis und Beispieldaten.

Mit freundlichen Grüßen
Vanessa Moore
Eventdata Solutions
""",
         intent="bulk", note="German attendee-list scam naming our conference; its question is a sales pitch."),
]
