"""DEVELOPMENT set 6: bulk (newsletters of Mailchimp, Brevo and CleverReach, a survey, a
social network, sales, a directory scam, phishing posing as the office). Written apart
(README.md); measured once, untouched."""

from make_corpus import mail

BULK = [("Precedence", "bulk")]

MAILS = [
    # --- bulk --------------------------------------------------------------------------
    mail("bk-h01-mailchimp-international.eml",
         frm=("European Social Planning Network", "news@espn-network.example"),
         subject="📣 Call for participants: Summer School on Local Welfare Planning 2025",
         date="Wed, 23 Apr 2025 15:00:00 +0000",
         headers=[("List-Unsubscribe", "<https://espn-network.us1.list-manage.example/unsubscribe?u=1a2b>"),
                  ("List-Id", "ESPN members <a1b2c3.espn-network.us1.list-manage.example>"),
                  ("X-Mailer", "MailChimp Mailer - **CID4c3e2b1a**")] + BULK,
         html=True, body="""Dear members and friends,

Registration is now open for our Summer School on Local Welfare Planning (Porto, 7-11 July). Register before 15 May to get the early-bird rate.

Register now: https://espn-network.example/summer-school

You are receiving this email because you opted in via our website.
Unsubscribe from this list | Update your preferences
""",
         intent="bulk", note="Mailchimp newsletter that says 'Register now' for another event."),

    mail("bk-h02-brevo-webinar.eml",
         frm=("Urban Data Institute", "events@urbandata-institute.example"),
         subject="Webinar invitation: Small-area data for social planners",
         date="Thu, 08 May 2025 10:00:00 +0200",
         headers=[("List-Unsubscribe", "<mailto:unsubscribe@sendibt3.example?subject=unsub>"),
                  ("X-Mailer", "Sendinblue"), ("X-Sib-Id", "A1b2C3d4")],
         html_only=True,
         html="""<html><body><table width="600"><tr><td>
<h2>Small-area data for social planners</h2>
<p>Join our free 60-minute webinar on 12 June, 14:00 CEST. Seats are limited – save your seat today.</p>
<p><a href="https://urbandata-institute.example/webinar">Save my seat</a></p>
<p style="font-size:9px">This email was sent to geschaeftsstelle@vsop.de. <a href="#">Unsubscribe here</a>. Sent with Brevo.</p>
</td></tr></table></body></html>
""",
         intent="bulk", note="Brevo (ex-Sendinblue) HTML-only webinar invitation."),

    mail("bk-h03-cleverreach-newsletter.eml",
         frm=("Fachverband Gemeinwesenarbeit", "newsletter@fv-gemeinwesen.example"),
         subject="Newsletter Mai 2025: Fachtage, Ausschreibungen, Personalia",
         date="Tue, 13 May 2025 09:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://fv-gemeinwesen.cleverreach.example/unsub>"),
                  ("X-Mailer", "CleverReach Mailer")] + BULK,
         html=True, body="""Liebe Leserinnen und Leser,

in dieser Ausgabe: unser Fachtag Quartiersarbeit im Oktober (Anmeldung ab sofort), zwei Stellenausschreibungen und neue Gesichter im Vorstand.

Auch die VSOP-Jahrestagung in Köln im September möchten wir Ihnen ans Herz legen.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://fv-gemeinwesen.example/abmelden
""",
         intent="bulk", note="CleverReach newsletter of another association naming our conference and 'Anmeldung'."),

    mail("bk-h04-surveymonkey.eml",
         frm=("Kommunalforschung Nord via SurveyMonkey", "member@surveymonkeyuser.example"),
         subject="Ihre Meinung zählt: Umfrage zur Sozialberichterstattung (10 Minuten)",
         date="Wed, 21 May 2025 08:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://surveymonkey.example/optout>")],
         html=True, body="""Guten Tag,

wir untersuchen, wie Kommunen Sozialberichte erstellen, und bitten Sie um 10 Minuten Ihrer Zeit.

Zur Umfrage: https://surveymonkey.example/r/KFN2025

Bitte leiten Sie diese Nachricht nicht weiter. Wenn Sie keine Umfragen mehr erhalten möchten, klicken Sie hier.
""",
         intent="bulk", note="Survey invitation sent via SurveyMonkey."),

    mail("bk-h05-phishing-office.eml",
         frm=("VSOP Geschäftsstelle", "geschaeftsstelle@vsop-tagung-zahlung.example"),
         reply_to="zahlung@vsop-tagung-zahlung.example",
         subject="Dringend: Ihre Anmeldung zur Jahrestagung wird storniert", date="Thu, 26 Jun 2025 03:14:00 +0200",
         html_only=True,
         html="""<html><body><p>Sehr geehrter Teilnehmer,</p>
<p>Ihre Zahlung für die Jahrestagung in Köln konnte nicht zugeordnet werden. Ihre Anmeldung wird innerhalb von 24 Stunden storniert, wenn Sie Ihre Zahlungsdaten nicht bestätigen.</p>
<p><a href="https://vsop-tagung-zahlung.example/login">Zahlungsdaten jetzt bestätigen</a></p>
<p>Mit freundlichen Grüßen<br>Ihre VSOP Geschäftsstelle</p></body></html>
""",
         intent="bulk", note="Phishing posing as the office (look-alike domain, 'Anmeldung wird storniert'); sent to the office itself."),

    mail("bk-h06-hotel-offer.eml",
         frm=("Rheinblick Tagungshotel Köln", "sales@rheinblick-tagungshotel.example"),
         subject="Zimmerkontingent für Ihre Tagung am 25./26.09.",
         date="Mon, 05 May 2025 11:00:00 +0200",
         headers=[("List-Unsubscribe", "<mailto:optout@rheinblick-tagungshotel.example>")],
         body="""Sehr geehrte Damen und Herren,

wir haben gesehen, dass Sie im September eine Tagung in Köln ausrichten. Gern reservieren wir für Ihre Teilnehmenden ein Zimmerkontingent zum Vorzugspreis ab 119 Euro.

Ihr Sales-Team
Rheinblick Tagungshotel Köln

Keine Angebote mehr gewünscht? Kurze Antwort mit ABMELDEN genügt.
""",
         intent="bulk", note="Hotel sales mail for the conference dates ('reservieren', 'Teilnehmenden')."),

    mail("bk-h07-linkedin-event.eml",
         frm=("LinkedIn", "notifications-noreply@linkedin.example"),
         subject="Priya Raghavan lädt Sie zu einer Veranstaltung ein: Data for Social Planning Meetup",
         date="Fri, 16 May 2025 18:00:00 +0000",
         headers=[("List-Unsubscribe", "<https://linkedin.example/unsub>"), ("X-LinkedIn-Class", "EVENT-INVITE")],
         html=True, body="""Priya Raghavan hat Sie zu einer Veranstaltung eingeladen.

Data for Social Planning Meetup
Online · 3. Juni 2025

Teilnehmen

Diese E-Mail ist für VSOP Geschäftsstelle bestimmt. Abmelden
""",
         intent="bulk", note="A social network's event invitation naming a known person (no mail of hers)."),

    mail("bk-h08-fake-invoice.eml",
         frm=("Accounts Department", "billing@eu-conference-register.example"),
         subject="Invoice INV-77120 – Listing of your event in the European Conference Register",
         date="Tue, 24 Jun 2025 09:00:00 +0000",
         attachments=[("INV-77120.pdf", "application/pdf", b"%PDF-1.4\n% fake\n")],
         body="""Dear Sir or Madam,

Please find attached the invoice for the listing of "VSOP Jahrestagung 2025" in the European Conference Register 2025/26. Amount due: EUR 1,290.00 within 8 days.

By paying you confirm the annual entry. Terms: eu-conference-register.example/terms
""",
         intent="bulk", note="Directory scam with an 'invoice' and payment words."),

    mail("bk-h09-mailchimp-verein-aufruf.eml",
         frm=("Landesarbeitsgemeinschaft Sozialplanung", "info@lag-sozialplanung.example"),
         subject="Erinnerung: Melden Sie sich jetzt verbindlich zur VSOP-Tagung an!",
         date="Mon, 30 Jun 2025 12:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://lag-sozialplanung.us5.list-manage.example/unsubscribe>"),
                  ("X-Mailer", "MailChimp Mailer - **CID7e6d5c4b**")] + BULK,
         html=True, body="""Liebe Mitglieder der LAG,

bis zum 4. Juli läuft die Frist für die verbindliche Anmeldung zur VSOP-Jahrestagung. Wer noch nicht angemeldet ist: bitte direkt bei der VSOP-Geschäftsstelle anmelden!

Ihr LAG-Team

Abmelden | Einstellungen ändern
""",
         intent="bulk", note="Another association's Mailchimp circular urging its members to register with us."),
]
