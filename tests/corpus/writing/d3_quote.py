"""DEVELOPMENT set 3: the office's mails as dev3's writers quote them (no mails of its own).

dev3 was written apart from the other sets: its writers quote the office mails of a
season as a staff member of the Geschäftsstelle wrote them by hand (not the templates,
not the announcement the other sets quote), so no quoted sentence is shared with them.
"""

from __future__ import annotations

MAILS: list = []

OFFICE_NAME = "VSOP e.V. Geschäftsstelle"
OFFICE_ADDR = "geschaeftsstelle@vsop.de"

TEXTS = {
    "savethedate": """Liebe Kolleginnen und Kollegen,

merken Sie sich bitte den 25. und 26. September 2025 vor: Unsere Jahrestagung findet dieses Mal in Köln statt.
Eine unverbindliche Voranmeldung nehmen wir gern bis zum 2. Juni entgegen, formlos per Antwort auf diese Nachricht.
Das Programm und den Anmeldebogen schicken wir allen Vorangemeldeten rechtzeitig zu.

Herzliche Grüße aus der Geschäftsstelle
Ihre Sabine Wendt
VSOP e.V.""",
    "programm": """Guten Tag,

schön, dass Sie dabei sein möchten! Anbei finden Sie das Tagungsprogramm und den Anmeldebogen.
Für die feste Anmeldung bis zum 4. Juli brauchen wir Ihre Rechnungsadresse und Ihre Zusage, dass Sie nach Erhalt der Rechnung überweisen.
Mitglieder zahlen 250 Euro, alle anderen 300 Euro je Person.

Viele Grüße
Sabine Wendt
VSOP e.V. – Geschäftsstelle""",
    "nachfrage": """Guten Tag,

vielen Dank für Ihre Anmeldung zur Jahrestagung in Köln. Damit wir die Rechnung ausstellen können, fehlt uns leider noch etwas.
Schicken Sie uns bitte die vollständige Rechnungsanschrift und bestätigen Sie kurz, dass die Zahlung nach Rechnungserhalt erfolgt.

Beste Grüße
Sabine Wendt""",
    "invite_en": """Dear colleagues,

please save 25 and 26 September 2025 for our annual conference, this year hosted in Cologne.
Just reply to this e-mail by 2 June if you would like us to keep a seat for you; it does not commit you to anything.
Everyone who replies will get the agenda and the booking form in time.

Warm wishes from the office
Sabine Wendt, VSOP e.V.""",
}


def _indent(text: str, mark: str = "> ", empty: str = ">") -> str:
    return "\n".join(mark + line if line else empty for line in text.splitlines())


def roundcube(kind: str, when: str) -> str:
    """Roundcube: 'Am 2025-04-14 10:02, schrieb ...:' and '> '."""
    return f"Am {when}, schrieb {OFFICE_NAME}:\n" + _indent(TEXTS[kind]) + "\n"


def owa(kind: str, when: str, to: str, subject: str) -> str:
    """Outlook on the web (German): a rule line and the header block, not indented."""
    return ("________________________________\n"
            f"Von: {OFFICE_NAME} <{OFFICE_ADDR}>\nGesendet: {when}\nAn: {to}\n"
            f"Betreff: {subject}\n\n" + TEXTS[kind] + "\n")


def owa_en(kind: str, when: str, to: str, subject: str) -> str:
    """Outlook on the web (English)."""
    return ("________________________________\n"
            f"From: {OFFICE_NAME} <{OFFICE_ADDR}>\nSent: {when}\nTo: {to}\n"
            f"Subject: {subject}\n\n" + TEXTS[kind] + "\n")


def notes(kind: str, when: str) -> str:
    """HCL Notes: 'Von: ... An: ... Datum:' as Notes writes it, not indented."""
    return (f"\n\n\nVon:        \"{OFFICE_NAME}\" <{OFFICE_ADDR}>\nAn:        \n"
            f"Datum:        {when}\nBetreff:        Jahrestagung 2025\n\n\n" + TEXTS[kind] + "\n")


def apple(kind: str, when: str) -> str:
    """Apple Mail: the attribution quoted too."""
    return f"> Am {when} schrieb {OFFICE_NAME} <{OFFICE_ADDR}>:\n> \n" + _indent(TEXTS[kind], "> ", "> ") + "\n"


def mobile_en(kind: str, when: str) -> str:
    """A phone's mail app in English: 'On ..., ... wrote:'."""
    return f"On {when}, {OFFICE_NAME} <{OFFICE_ADDR}> wrote:\n\n" + _indent(TEXTS[kind]) + "\n"
