"""DEVELOPMENT set 7: threads of a whole season. Helpers and the office's mails as the
templates in ``templates/`` render them (programme mail, reminder), quoted as mail programs
quote. Written apart from the rules (README.md); measured once, untouched."""

from make_corpus import mail

EVENT = "VSOP-Jahrestagung 2025"
TITLE = "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
PROG = "Ihre Voranmeldung: " + EVENT + " – Programm und Anmeldeformular"
REMIND_EN = "Reminder: binding registration by 4 July 2025 – " + EVENT
REMIND_DE = "Erinnerung: verbindliche Anmeldung bis 4. Juli 2025 – " + EVENT


def programme_de(name: str) -> list[str]:
    """The programme mail (templates/de/programme.txt.j2) as rendered for one person."""
    return [
        f"Guten Tag {name},", "", "",
        "vielen Dank für Ihre Voranmeldung zur", "",
        f"{EVENT}: „{TITLE}“",
        "25.09.2025 (ab 10:00 Uhr) bis 26.09.2025 (bis 14:00 Uhr), Köln", "",
        "Wir haben Ihnen einen Platz vorgemerkt. Die Voranmeldung ist unverbindlich;",
        "so können Sie in Ruhe z. B. die Dienstreisegenehmigung klären.", "",
        "Im Anhang finden Sie das ausführliche Tagungsprogramm und das Anmeldeformular.",
        "Bitte senden Sie uns das ausgefüllte Anmeldeformular bis zum 04.07.2025",
        "zurück (als Antwort auf diese E-Mail) – damit melden Sie sich verbindlich an und",
        "treffen die Zahlungsvereinbarung.", "",
        "Die Teilnahmegebühr beträgt 250,00 € für VSOP-Mitglieder",
        "und 300,00 € für Nicht-Mitglieder (pro Person).", "",
        "Mit freundlichen Grüßen",
        "VSOP e.V. – Geschäftsstelle",
    ]


def reminder_en(name: str) -> list[str]:
    """The English reminder (templates/en/reminder.txt.j2) before the deadline."""
    return [
        f"Dear {name},", "", "",
        "A place is reserved for you at", "",
        f"{EVENT}: “{TITLE}”",
        "25 September 2025 (from 10:00) to 26 September 2025 (until 14:00), Cologne", "",
        "but we have not yet received your binding registration.", "",
        "Please return the completed registration form by 4 July 2025, within the next 9 days.",
        "This makes your registration binding and is the payment agreement.", "",
        "Kind regards",
        "VSOP e.V. – Office",
    ]


def reminder_de(name: str) -> list[str]:
    """The German reminder before the deadline, as rendered."""
    return [
        f"Guten Tag {name},", "", "",
        "für Sie ist ein Platz vorgemerkt bei der", "",
        f"{EVENT}: „{TITLE}“", "",
        "aber Ihre verbindliche Anmeldung liegt uns noch nicht vor.",
        "Bitte senden Sie das ausgefüllte Anmeldeformular bis zum 04.07.2025 zurück.", "",
        "Mit freundlichen Grüßen",
        "VSOP e.V. – Geschäftsstelle",
    ]


def tb(when: str, lines: list[str]) -> str:
    """Thunderbird's German quote: an attribution line and '> ' before every line."""
    return (f"\n\nAm {when} schrieb VSOP Geschäftsstelle:\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


def gm_en(when: str, lines: list[str]) -> str:
    """Gmail's English quote."""
    return (f"\n\nOn {when} VSOP Geschäftsstelle <geschaeftsstelle@vsop.de> wrote:\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


def ol(when: str, subject: str, to: str, lines: list[str]) -> str:
    """Outlook's German header block, the quote unprefixed."""
    return ("\n\nVon: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>\n"
            f"Gesendet: {when}\nAn: {to}\nBetreff: {subject}\n\n" + "\n".join(lines) + "\n")


def p(person: dict, file: str, subject: str, date: str, body: str, **label):
    """A person's mail of the season, with the person's usual program and label defaults."""
    label.setdefault("name", person["name"])
    if person.get("title"):
        label.setdefault("title", person["title"])
    if person.get("org") and "organization" not in label:
        label["organization"] = person["org"]
    if label.get("organization") == "":
        label.pop("organization")
    if person.get("lang") == "en":
        label.setdefault("language", "en")
    return mail(file, frm=(person["name"] if not person.get("title") else person["title"] + " " + person["name"],
                           person["email"]) if not person.get("display") else (person["display"], person["email"]),
                subject=subject, date=date, body=body, client=person.get("client", "none"), **label)


MAILS: list = []  # helpers only
