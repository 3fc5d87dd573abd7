"""DEVELOPMENT set 10: mail that is hard to tell apart (questions about registering beside
registrations, mass mail that looks personal or like business, opt-outs beside cancellations
and out-of-offices), in voices from Saxony, Thuringia, Brandenburg, Berlin, Saarland and
Rhineland-Palatinate. Helpers, and the office's mails as a fifth staff member wrote them by
hand (a programme mail, a missing-details follow-up, a circular), quoted as Outlook,
Thunderbird and phone apps quote. Written apart from the rules (README.md); measured once,
untouched."""

from make_corpus import mail, person as p  # noqa: F401 (p: used by this set's modules)

EVENT = "VSOP-Jahrestagung 2025"
PROG = "Unterlagen zur Kleinen Jahrestagung in Köln (25./26.09.)"
MISS = "Noch zwei Angaben zu Ihrer Anmeldung – Jahrestagung Köln"
CIRC = "Rundbrief Frühjahr: Kleine Jahrestagung und Neues aus dem Verband"


def programme(name: str) -> list[str]:
    """The programme mail as the staff member typed it."""
    return [f"Hallo {name},", "",
            "schön, dass Sie nach Köln kommen möchten – wir haben Sie notiert.",
            "Im Anhang stecken das ausführliche Programm und der Bogen für die feste Anmeldung.",
            "Wer sicher dabei ist, schickt den ausgefüllten Bogen bitte bis zum 4. Juli an uns zurück.",
            "Für Mitglieder kostet die Tagung 250 Euro, für alle anderen 300 Euro.", "",
            "Herzliche Grüße aus der Geschäftsstelle", "Annegret Wolkenhauer", "VSOP e.V."]


def missing(name: str, what: list[str]) -> list[str]:
    """The missing-details follow-up as the staff member typed it."""
    return [f"Hallo {name},", "", "danke für Ihre Rückmeldung zur Tagung in Köln!",
            "Damit wir die Anmeldung festmachen können, brauchen wir noch:"] \
        + [f"* {w}" for w in what] + ["", "Eine kurze Antwort auf diese Mail genügt.", "",
                                      "Viele Grüße", "Annegret Wolkenhauer", "VSOP e.V."]


def circular() -> list[str]:
    """The office's spring circular to its distribution list."""
    return ["Liebe Mitglieder, liebe Interessierte,", "",
            "in diesem Rundbrief: unsere Kleine Jahrestagung im September in Köln,",
            "die neue Arbeitshilfe zur Sozialberichterstattung und zwei Stellenausschreibungen.",
            "Voranmeldungen für Köln nehmen wir formlos per Mail entgegen.", "",
            "Ihre VSOP-Geschäftsstelle"]


def ol_de(when: str, subject: str, to: str, lines: list[str]) -> str:
    """German Outlook: '-----Ursprüngliche Nachricht-----' and the header block."""
    return ("\n\n-----Ursprüngliche Nachricht-----\nVon: Annegret Wolkenhauer <geschaeftsstelle@vsop.de>\n"
            f"Gesendet: {when}\nAn: {to}\nBetreff: {subject}\n\n" + "\n".join(lines) + "\n")


def tb(when: str, lines: list[str]) -> str:
    """Thunderbird's German attribution and '> ' quote."""
    return (f"\n\nAm {when} schrieb Annegret Wolkenhauer:\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


def phone(when: str, lines: list[str]) -> str:
    """iPhone's German attribution and '> ' quote."""
    return (f"\n\n> Am {when} schrieb VSOP e.V. <geschaeftsstelle@vsop.de>:\n>\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


MAILS: list = []  # helpers only
