"""DEVELOPMENT set 2: the office's own mails as the templates render them, to be quoted.

Rendered once from templates/<lang>/*.txt.j2 (config.toml's event, fees and deadlines;
``@@NAME@@`` stands for the addressee). No mails of its own: ``MAILS`` is empty.
"""
from __future__ import annotations

MAILS: list = []

OFFICE_MAILS: dict[tuple[str, str], tuple[str, str]] = {
    ('de', 'announcement'): (
        "Einladung zur VSOP-Jahrestagung 2025 in Köln – bitte bis 2.6.2025 voranmelden",
        """Guten Tag @@NAME@@,

herzlich laden wir Sie zur

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.9.2025 (ab 10:00 Uhr) bis 26.9.2025 (bis 14:00 Uhr), Köln

ein.

Bitte melden Sie sich bis zum 2.6.2025 unverbindlich vor. Es genügt
eine kurze Antwort auf diese E-Mail, zum Beispiel „Hiermit melde ich mich unverbindlich
zur Tagung an“, mit Ihrem Namen, Ihrer Organisation und der Angabe, ob Sie Mitglied
sind. Sie können auch Kolleginnen und Kollegen mit anmelden; nennen Sie uns dann
bitte deren Namen.

Die Voranmeldung reserviert Ihnen eine Teilnahmeoption, bis Ihr Arbeitgeber die
Dienstreise genehmigt hat. Alle Vorangemeldeten erhalten das ausführliche Programm
und das Anmeldeformular. Die verbindliche Anmeldung mit Zahlungsvereinbarung ist bis
zum 4.7.2025 nötig.

Der Teilnahmebeitrag beträgt 250 EUR für Mitglieder und 300 EUR für
Nichtmitglieder (pro Person).

Die Zahl der Plätze ist begrenzt; Voranmeldungen werden in der Reihenfolge ihres
Eingangs berücksichtigt.

Wir freuen uns auf Sie!

Mit freundlichen Grüßen
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

--
Sie erhalten diese E-Mail, weil Sie auf der Einladungsliste der VSOP e.V. Geschäftsstelle
stehen. Möchten Sie keine Einladungen mehr von uns erhalten, antworten Sie einfach
mit dem Wort „abmelden“ (oder schreiben Sie eine E-Mail mit dem Betreff
„abmelden“ an geschaeftsstelle@vsop.de).
"""),
    ('de', 'invitation_reminder'): (
        "Erinnerung: Voranmeldung zur VSOP-Jahrestagung 2025 bis 2.6.2025",
        """Guten Tag @@NAME@@,

wir haben Sie zur

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.9.2025 (ab 10:00 Uhr) bis 26.9.2025 (bis 14:00 Uhr), Köln

eingeladen. Die unverbindliche Voranmeldung ist noch bis zum 2.6.2025 möglich, also noch
7 Tage.

Wenn Sie teilnehmen möchten, antworten Sie einfach kurz auf diese E-Mail, mit Ihrem
Namen, Ihrer Organisation und der Angabe, ob Sie Mitglied sind. Die Voranmeldung
reserviert Ihnen eine Teilnahmeoption, bis Ihr Arbeitgeber die Dienstreise genehmigt
hat; danach erhalten Sie das Programm und das Anmeldeformular.

Können Sie in diesem Jahr nicht dabei sein, sagen Sie uns gern kurz Bescheid; dann
erinnern wir Sie nicht noch einmal.

Mit freundlichen Grüßen
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

--
Sie erhalten diese E-Mail, weil Sie auf der Einladungsliste der VSOP e.V. Geschäftsstelle
stehen. Möchten Sie keine Einladungen mehr von uns erhalten, antworten Sie einfach
mit dem Wort „abmelden“ (oder schreiben Sie eine E-Mail mit dem Betreff
„abmelden“ an geschaeftsstelle@vsop.de).
"""),
    ('de', 'programme'): (
        "Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
        """Guten Tag @@NAME@@,

vielen Dank für Ihre Voranmeldung zur

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.9.2025 (ab 10:00 Uhr) bis 26.9.2025 (bis 14:00 Uhr), Köln

Wir haben Ihnen einen Platz vorgemerkt. Die Voranmeldung ist unverbindlich;
so können Sie in Ruhe z. B. die Dienstreisegenehmigung klären.

Im Anhang finden Sie das ausführliche Tagungsprogramm und das Anmeldeformular.
Bitte senden Sie uns das ausgefüllte Anmeldeformular bis zum 4.7.2025
zurück (als Antwort auf diese E-Mail) – damit melden Sie sich verbindlich an und
treffen die Zahlungsvereinbarung.

Die Teilnahmegebühr beträgt 250 EUR für VSOP-Mitglieder
und 300 EUR für Nicht-Mitglieder (pro Person).

Mit freundlichen Grüßen
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

Diese Nachricht wurde automatisch erstellt. Sie können einfach auf diese E-Mail antworten;
Ihre Antwort erreicht die Geschäftsstelle.
"""),
    ('de', 'missing_fields'): (
        "Ihre Anmeldung: bitte noch ergänzen – VSOP-Jahrestagung 2025",
        """Guten Tag @@NAME@@,

vielen Dank für Ihre Anmeldung zur

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.9.2025 (ab 10:00 Uhr) bis 26.9.2025 (bis 14:00 Uhr), Köln

Damit wir sie als verbindliche Anmeldung bearbeiten können, fehlen uns noch
folgende Angaben:

  - Rechnungsanschrift
  - Zahlungsvereinbarung

Bitte schicken Sie uns diese Angaben als Antwort auf diese E-Mail bis zum
4.7.2025 – am einfachsten mit dem vollständig ausgefüllten Anmeldeformular.
Ihr Platz bleibt bis dahin für Sie reserviert.

Mit freundlichen Grüßen
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

Diese Nachricht wurde automatisch erstellt. Sie können einfach auf diese E-Mail antworten;
Ihre Antwort erreicht die Geschäftsstelle.
"""),
    ('de', 'confirmation'): (
        "Bestätigung Ihrer verbindlichen Anmeldung: VSOP-Jahrestagung 2025",
        """Guten Tag @@NAME@@,

vielen Dank für Ihre verbindliche Anmeldung. Wir bestätigen Ihre Teilnahme an der

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.9.2025 (ab 10:00 Uhr) bis 26.9.2025 (bis 14:00 Uhr), Köln

Teilnahmegebühr und Zahlungsvereinbarung
----------------------------------------
Gebühr:            250 EUR pro Person (Mitgliedertarif)
Gesamtbetrag:      250 EUR
Zahlbar bis:       18.7.2025
Kontoinhaber:      VSOP e.V.
IBAN:              DE00 0000 0000 0000 0000 00
Verwendungszweck:  VSOP-Jahrestagung 2025 @@NAME@@

Mit Ihrer Anmeldung haben Sie die Zahlungsvereinbarung getroffen: Bitte
überweisen Sie den Gesamtbetrag bis zum 18.7.2025 unter Angabe des
Verwendungszwecks.

Bitte prüfen Sie Ihre Angaben. Änderungen oder eine Absage teilen Sie uns bitte
per E-Mail mit.
Einen Kalendereintrag für die Tagung finden Sie im Anhang.

Wir freuen uns, Sie am 25.9.2025 in Köln zu begrüßen!

Mit freundlichen Grüßen
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

Diese Nachricht wurde automatisch erstellt. Sie können einfach auf diese E-Mail antworten;
Ihre Antwort erreicht die Geschäftsstelle.
"""),
    ('de', 'reminder'): (
        "Erinnerung: verbindliche Anmeldung bis 4.7.2025 – VSOP-Jahrestagung 2025",
        """Guten Tag @@NAME@@,

für Sie ist ein Platz bei der

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.9.2025 (ab 10:00 Uhr) bis 26.9.2025 (bis 14:00 Uhr), Köln

reserviert. Ihre verbindliche Anmeldung liegt uns aber noch nicht vor.

Bitte senden Sie uns das ausgefüllte Anmeldeformular bis zum 4.7.2025
zurück, also innerhalb der nächsten 7 Tage. Damit melden Sie sich
verbindlich an und treffen die Zahlungsvereinbarung. Ohne verbindliche Anmeldung
verfällt Ihre Reservierung nach diesem Tag, und wir geben den Platz an die
Warteliste weiter.

Können Sie nicht teilnehmen, sagen Sie uns bitte kurz Bescheid; dann können wir
den Platz schon jetzt weitergeben. Liegt Ihnen das Anmeldeformular nicht mehr
vor, antworten Sie einfach auf diese E-Mail; wir schicken es Ihnen gern noch einmal.

Mit freundlichen Grüßen
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

Diese Nachricht wurde automatisch erstellt. Sie können einfach auf diese E-Mail antworten;
Ihre Antwort erreicht die Geschäftsstelle.
"""),
    ('de', 'waitlisted'): (
        "Ihre Anmeldung: VSOP-Jahrestagung 2025 – Warteliste",
        """Guten Tag @@NAME@@,

vielen Dank für Ihr Interesse an der

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.9.2025 (ab 10:00 Uhr) bis 26.9.2025 (bis 14:00 Uhr), Köln

Leider sind zurzeit alle Plätze vergeben. Wir haben Sie auf die
Warteliste gesetzt.
Sie stehen dort an Position 3.

Sobald ein Platz frei wird, vergeben wir ihn in der Reihenfolge der Warteliste
und benachrichtigen Sie sofort. Sie erhalten dann eine Frist für Ihre
verbindliche Anmeldung.

Wer vorangemeldet ist, meldet sich bis zum 4.7.2025 verbindlich an.
Plätze, die bis dahin oder danach frei werden, geben wir an die Warteliste weiter.

Wenn Sie nicht mehr auf der Warteliste stehen möchten, antworten Sie bitte kurz
auf diese E-Mail.

Mit freundlichen Grüßen
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

Diese Nachricht wurde automatisch erstellt. Sie können einfach auf diese E-Mail antworten;
Ihre Antwort erreicht die Geschäftsstelle.
"""),
    ('de', 'payment_reminder'): (
        "Zahlungserinnerung: VSOP-Jahrestagung 2025",
        """Guten Tag @@NAME@@,

für Ihre verbindliche Anmeldung zur

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.9.2025 (ab 10:00 Uhr) bis 26.9.2025 (bis 14:00 Uhr), Köln

war die Teilnahmegebühr laut Zahlungsvereinbarung am 18.7.2025 fällig.
Bei uns ist bisher noch keine Zahlung eingegangen.

Offener Betrag:    250 EUR
Kontoinhaber:      VSOP e.V.
IBAN:              DE00 0000 0000 0000 0000 00
Verwendungszweck:  VSOP-Jahrestagung 2025 @@NAME@@

Bitte überweisen Sie den offenen Betrag umgehend, spätestens aber vor Beginn der
Tagung am 25.9.2025.

Haben Sie die Zahlung in den letzten Tagen bereits veranlasst, betrachten Sie
diese Erinnerung bitte als gegenstandslos. Bei Fragen zur Rechnung antworten Sie
einfach auf diese E-Mail.

Mit freundlichen Grüßen
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

Diese Nachricht wurde automatisch erstellt. Sie können einfach auf diese E-Mail antworten;
Ihre Antwort erreicht die Geschäftsstelle.
"""),
    ('de', 'already_registered'): (
        "Ihre Anmeldung liegt uns bereits vor: VSOP-Jahrestagung 2025",
        """Guten Tag @@NAME@@,

vielen Dank für Ihre Nachricht. Ihre Voranmeldung zur

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.9.2025 (ab 10:00 Uhr) bis 26.9.2025 (bis 14:00 Uhr), Köln

liegt uns bereits vor; eine erneute Anmeldung ist nicht nötig. Der aktuelle Stand:

Für Sie ist ein Platz reserviert. Bitte melden Sie sich bis zum
4.7.2025 verbindlich an, indem Sie uns das ausgefüllte Anmeldeformular
zurücksenden; damit treffen Sie zugleich die Zahlungsvereinbarung.

Mit freundlichen Grüßen
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

Diese Nachricht wurde automatisch erstellt. Sie können einfach auf diese E-Mail antworten;
Ihre Antwort erreicht die Geschäftsstelle.
"""),
    ('en', 'announcement'): (
        "Invitation: VSOP-Jahrestagung 2025 in Köln – please pre-register by 2 June 2025",
        """Dear @@NAME@@,

we would like to invite you to

VSOP-Jahrestagung 2025: "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
25 September 2025 (from 10:00) to 26 September 2025 (until 14:00), Köln

Please pre-register by 2 June 2025; it is not yet binding. A short
reply to this e-mail is enough, for example "I would like to pre-register for the
conference", with your name, your organisation and whether you are a member. You may
pre-register colleagues as well; please give us their names.

A pre-registration reserves a place for you until your employer has approved the
trip. Everyone pre-registered receives the detailed programme and the registration
form. The binding registration with the payment agreement is needed by
4 July 2025.

The fee is 250 EUR for members and 300 EUR for non-members (per person).

Places are limited; pre-registrations are taken in the order they arrive.

We look forward to seeing you!

Kind regards,
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

--
You receive this e-mail because you are on the invitation list of VSOP e.V. Geschäftsstelle.
If you do not want any further invitations from us, simply reply with the word
"unsubscribe" (or send an e-mail with the subject "unsubscribe" to geschaeftsstelle@vsop.de).
"""),
    ('en', 'invitation_reminder'): (
        "Reminder: pre-registration for VSOP-Jahrestagung 2025 by 2 June 2025",
        """Dear @@NAME@@,

we have invited you to

VSOP-Jahrestagung 2025: "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
25 September 2025 (from 10:00) to 26 September 2025 (until 14:00), Köln

Pre-registration (not yet binding) is open until 2 June 2025, that is for another
7 days.

If you would like to attend, simply reply to this e-mail with your name, your
organisation and whether you are a member. The pre-registration reserves a place
for you until your employer has approved the trip; you will then receive the
programme and the registration form.

If you cannot come this year, we would be glad to hear it; we will not remind you
again.

Kind regards,
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

--
You receive this e-mail because you are on the invitation list of VSOP e.V. Geschäftsstelle.
If you do not want any further invitations from us, simply reply with the word
"unsubscribe" (or send an e-mail with the subject "unsubscribe" to geschaeftsstelle@vsop.de).
"""),
    ('en', 'programme'): (
        "Your pre-registration: VSOP-Jahrestagung 2025 – programme and registration form",
        """Dear @@NAME@@,

Thank you for pre-registering for

VSOP-Jahrestagung 2025: "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
25 September 2025 (from 10:00) to 26 September 2025 (until 14:00), Köln

We have reserved a place for you. The pre-registration is not binding,
so you can settle e.g. your travel approval first.

Attached are the detailed programme and the registration form (in German).
Please return the completed registration form by 4 July 2025
(simply reply to this e-mail): this makes your registration binding and is
the payment agreement.

The fee is 250 EUR for VSOP members and
300 EUR for non-members (per person).

Kind regards,
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

This message was generated automatically. Simply reply to this e-mail; your answer
reaches the office.
"""),
    ('en', 'missing_fields'): (
        "Your registration: a few details missing – VSOP-Jahrestagung 2025",
        """Dear @@NAME@@,

Thank you for registering for

VSOP-Jahrestagung 2025: "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
25 September 2025 (from 10:00) to 26 September 2025 (until 14:00), Köln

To process it as a binding registration we still need the following:

  - Rechnungsanschrift
  - Zahlungsvereinbarung

Please send us these details in reply to this e-mail by
4 July 2025 – the easiest way is the completed registration form.
Your place stays reserved until then.

Kind regards,
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

This message was generated automatically. Simply reply to this e-mail; your answer
reaches the office.
"""),
    ('en', 'confirmation'): (
        "Confirmation of your binding registration: VSOP-Jahrestagung 2025",
        """Dear @@NAME@@,

Thank you for your binding registration. We confirm your participation in

VSOP-Jahrestagung 2025: "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
25 September 2025 (from 10:00) to 26 September 2025 (until 14:00), Köln

Fee and payment agreement
-------------------------
Fee:               250 EUR per person (member rate)
Total:             250 EUR
Due by:            18 July 2025
Account holder:    VSOP e.V.
IBAN:              DE00 0000 0000 0000 0000 00
Reference:         VSOP-Jahrestagung 2025 @@NAME@@

With your registration you have made the payment agreement: please transfer
the total by 18 July 2025, quoting the reference.

Please check your details. Send us any changes or a cancellation by e-mail.
A calendar entry for the conference is attached.

We look forward to welcoming you in Köln on 25 September 2025!

Kind regards,
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

This message was generated automatically. Simply reply to this e-mail; your answer
reaches the office.
"""),
    ('en', 'reminder'): (
        "Reminder: binding registration by 4 July 2025 – VSOP-Jahrestagung 2025",
        """Dear @@NAME@@,

A place is reserved for you at

VSOP-Jahrestagung 2025: "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
25 September 2025 (from 10:00) to 26 September 2025 (until 14:00), Köln

but we have not yet received your binding registration.

Please return the completed registration form by 4 July 2025, within the next 7 days. This makes your registration
binding and is the payment agreement. Without a binding registration your
reservation expires after that day and the place goes to the waiting list.

If you cannot attend, please let us know, so that we can pass the place on now.
If you no longer have the registration form, just reply to this e-mail and we
will send it again.

Kind regards,
VSOP e.V. Geschäftsstelle
geschaeftsstelle@vsop.de

This message was generated automatically. Simply reply to this e-mail; your answer
reaches the office.
"""),
}
