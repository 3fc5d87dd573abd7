"""DEVELOPMENT set 12: the borders between the desk's intents (binding registrations that
read like pre-registrations and back, actions written as questions, questions that mention
registering, actions that mention cancelling), in voices from Bavaria, Franconia, Hesse and
Baden. Helpers, and the office's mails as a sixth staff member wrote them by hand (a
programme mail, a note on the waiting list, a spring circular), quoted as Outlook, OWA,
Thunderbird and phone apps quote. Written apart from the rules (README.md); measured once,
untouched."""

from make_corpus import mail, person as p  # noqa: F401 (p: used by this set's modules)

PROG = "Jahrestagung Köln 25./26.9.: Programm und Anmeldebogen"
RUND = "VSOP aktuell – Tagung im September, Mitgliederversammlung, Arbeitshilfen"


def programme(name: str) -> list[str]:
    """The programme mail as the staff member typed it."""
    return [f"Guten Tag {name},", "",
            "vielen Dank für Ihre Voranmeldung zur Jahrestagung in Köln.",
            "Anbei bekommen Sie wie versprochen das Tagungsprogramm sowie den Anmeldebogen.",
            "Bitte senden Sie uns den Bogen ausgefüllt spätestens am 4. Juli zurück,",
            "erst dann ist Ihr Platz fest gebucht.",
            "Mitglieder zahlen 250 Euro, Nichtmitglieder 300 Euro; die Rechnung kommt nach der Tagung.", "",
            "Beste Grüße", "Almut Fenselau", "VSOP e.V. – Geschäftsstelle"]


def rundbrief() -> list[str]:
    """The spring circular to members and interested readers."""
    return ["Liebe Kolleginnen und Kollegen,", "",
            "für unsere Kleine Jahrestagung am 25. und 26. September in Köln",
            "sammeln wir ab sofort unverbindliche Voranmeldungen, am besten bis Anfang Juni.",
            "Außerdem finden Sie unten die Einladung zur Mitgliederversammlung.", "",
            "Herzlich, Ihre Geschäftsstelle"]


def ol(when: str, subject: str, to: str, lines: list[str]) -> str:
    """German Outlook: the line and the header block."""
    return ("\n\n-----Ursprüngliche Nachricht-----\nVon: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>\n"
            f"Gesendet: {when}\nAn: {to}\nBetreff: {subject}\n\n" + "\n".join(lines) + "\n")


def owa(when: str, subject: str, to: str, lines: list[str]) -> str:
    """Outlook on the web: an underscore rule and bold-less header lines."""
    return ("\n\n________________________________\nVon: Almut Fenselau <geschaeftsstelle@vsop.de>\n"
            f"Gesendet: {when}\nAn: {to}\nBetreff: {subject}\n\n" + "\n".join(lines) + "\n")


def tb(when: str, lines: list[str]) -> str:
    """Thunderbird's German attribution and '> ' quote."""
    return (f"\n\nAm {when} schrieb VSOP Geschäftsstelle:\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


def phone(when: str, lines: list[str]) -> str:
    """An Android mail app's attribution and '> ' quote."""
    return (f"\n\n-------- Originalnachricht --------\nVon: geschaeftsstelle@vsop.de\nDatum: {when}\n\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


MAILS: list = []  # helpers only
