"""DEVELOPMENT set 9: the borders between intents, and English. Helpers, and the office's
mails as the templates in ``templates/`` render them (English programme mail, German
confirmation, German missing-details mail, German reminder), quoted the way Outlook (English),
Gmail, Apple Mail and Thunderbird quote. Written apart from the rules (README.md); measured
once, untouched."""

from make_corpus import mail, person as p  # noqa: F401 (p: used by this set's modules)

EVENT = "VSOP-Jahrestagung 2025"
TITLE = "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
PROG_EN = "Your pre-registration: " + EVENT + " – programme and registration form"
CONF_DE = "Bestätigung Ihrer verbindlichen Anmeldung: " + EVENT
CONF_EN = "Confirmation of your binding registration: " + EVENT
MISS_DE = "Ihre Anmeldung: bitte noch ergänzen – " + EVENT
REM_DE = "Erinnerung: verbindliche Anmeldung bis 4. Juli 2025 – " + EVENT
SIG_DE = ["Mit freundlichen Grüßen", "VSOP e.V. Geschäftsstelle", "geschaeftsstelle@vsop.de", "",
          "Diese Nachricht wurde automatisch erstellt. Sie können einfach auf diese E-Mail antworten;",
          "Ihre Antwort erreicht die Geschäftsstelle."]
SIG_EN = ["Kind regards,", "VSOP e.V. Geschäftsstelle", "geschaeftsstelle@vsop.de", "",
          "This message was generated automatically. Simply reply to this e-mail; your answer",
          "reaches the office."]


def programme_en(name: str) -> list[str]:
    """templates/en/programme.txt.j2 as rendered for one person."""
    return [f"Dear {name},", "", "", "Thank you for pre-registering for", "",
            f"{EVENT}: \"{TITLE}\"",
            "25 September 2025 (from 10:00) to 26 September 2025 (until 14:00), Cologne", "",
            "We have reserved a place for you. The pre-registration is not binding,",
            "so you can settle e.g. your travel approval first.", "",
            "Attached are the detailed programme and the registration form (in German).",
            "Please return the completed registration form by 4 July 2025",
            "(simply reply to this e-mail): this makes your registration binding and is",
            "the payment agreement.", "",
            "The fee is 250.00 EUR for VSOP members and", "300.00 EUR for non-members (per person).", ""] + SIG_EN


def confirmation_de(name: str, fee: str = "250,00 €", member: bool = True) -> list[str]:
    """templates/de/confirmation.txt.j2 as rendered for one person."""
    tarif = "Mitgliedertarif" if member else "Tarif für Nicht-Mitglieder"
    return [f"Guten Tag {name},", "", "",
            "vielen Dank für Ihre verbindliche Anmeldung. Wir bestätigen Ihre Teilnahme an der", "",
            f"{EVENT}: „{TITLE}“", "25.09.2025 (ab 10:00 Uhr) bis 26.09.2025 (bis 14:00 Uhr), Köln", "",
            "Teilnahmegebühr und Zahlungsvereinbarung", "----------------------------------------",
            f"Gebühr:            {fee} pro Person ({tarif})", f"Gesamtbetrag:      {fee}",
            "Zahlbar bis:       30.06.2025", "Kontoinhaber:      VSOP e.V.",
            "IBAN:              DE00 0000 0000 0000 0000 00",
            f"Verwendungszweck:  {EVENT} {name}", "",
            "Mit Ihrer Anmeldung haben Sie die Zahlungsvereinbarung getroffen: Bitte",
            "überweisen Sie den Gesamtbetrag bis zum 30.06.2025 unter Angabe des", "Verwendungszwecks.", "",
            "Bitte prüfen Sie Ihre Angaben. Änderungen oder eine Absage teilen Sie uns bitte", "per E-Mail mit.", "",
            "Wir freuen uns, Sie am 25.09.2025 in Köln zu begrüßen!", ""] + SIG_DE


def missing_de(name: str, missing: list[str]) -> list[str]:
    """templates/de/missing_fields.txt.j2 as rendered (a binding registration that lacks details)."""
    return [f"Guten Tag {name},", "", "", "vielen Dank für Ihre Anmeldung zur", "",
            f"{EVENT}: „{TITLE}“", "25.09.2025 (ab 10:00 Uhr) bis 26.09.2025 (bis 14:00 Uhr), Köln", "",
            "Damit wir sie als verbindliche Anmeldung bearbeiten können, fehlen uns noch", "folgende Angaben:", ""]\
        + [f"  - {m}" for m in missing] + ["",
            "Bitte schicken Sie uns diese Angaben als Antwort auf diese E-Mail bis zum",
            "04.07.2025 – am einfachsten mit dem vollständig ausgefüllten Anmeldeformular.",
            "Ihr Platz bleibt bis dahin für Sie reserviert.", ""] + SIG_DE


def reminder_de(name: str) -> list[str]:
    """templates/de/reminder.txt.j2 as rendered (the binding registration is still open)."""
    return [f"Guten Tag {name},", "", "", "für Sie ist ein Platz vorgemerkt bei der", "",
            f"{EVENT}: „{TITLE}“", "25.09.2025 (ab 10:00 Uhr) bis 26.09.2025 (bis 14:00 Uhr), Köln", "",
            "aber Ihre verbindliche Anmeldung liegt uns noch nicht vor.",
            "Bitte senden Sie das ausgefüllte Anmeldeformular bis zum 04.07.2025 zurück.", ""] + SIG_DE


def outlook_en(when: str, subject: str, to: str, lines: list[str]) -> str:
    """English Outlook: a separator line, the header block, the quote unprefixed."""
    return ("\n\n________________________________\nFrom: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>\n"
            f"Sent: {when}\nTo: {to}\nSubject: {subject}\n\n" + "\n".join(lines) + "\n")


def outlook_de(when: str, subject: str, to: str, lines: list[str]) -> str:
    """German Outlook: the header block, the quote unprefixed."""
    return ("\n\nVon: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>\n"
            f"Gesendet: {when}\nAn: {to}\nBetreff: {subject}\n\n" + "\n".join(lines) + "\n")


def gmail_en(when: str, lines: list[str]) -> str:
    """Gmail's English attribution and '> ' quote."""
    return (f"\n\nOn {when} VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de> wrote:\n\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


def apple_en(when: str, lines: list[str]) -> str:
    """Apple Mail's English attribution and '> ' quote."""
    return (f"\n\n> On {when}, VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de> wrote:\n>\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


def tb_de(when: str, lines: list[str]) -> str:
    """Thunderbird's German attribution and '> ' quote."""
    return (f"\n\nAm {when} schrieb VSOP e.V. Geschäftsstelle:\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


MAILS: list = []  # helpers only
