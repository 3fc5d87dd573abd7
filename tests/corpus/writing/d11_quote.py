"""DEVELOPMENT set 11: the borders between mass mail and a person's other mail, opt-outs
worded every way, remarks and questions without a question mark, in voices from northern
Germany (Schleswig-Holstein, Hamburg, Bremen, Mecklenburg-Vorpommern, the Lower Saxon coast,
the north of Saxony-Anhalt). Helpers, and the office's mails as a sixth staff member wrote
them by hand (a short programme mail and the early-summer circular), quoted as Outlook,
Thunderbird and Apple Mail quote. Written apart from the rules (README.md); measured once,
untouched."""

from make_corpus import mail, person as p  # noqa: F401 (p: used by this set's modules)

PROG = "Köln im September: Programm und Anmeldebogen"
CIRC = "VSOP-Rundbrief Juni – Tagung Köln, Arbeitskreise, Termine"


def programme(name: str) -> list[str]:
    """The programme mail as the sixth staff member typed it."""
    return [f"Guten Tag {name},", "",
            "vielen Dank für Ihre Voranmeldung zur Kleinen Jahrestagung.",
            "Anbei finden Sie das Tagungsprogramm und den Anmeldebogen als PDF.",
            "Die feste Anmeldung mit Zahlungszusage erbitten wir bis Freitag, 4. Juli.",
            "Mitglieder zahlen 250 Euro, Nichtmitglieder 300 Euro; die Rechnung folgt nach der Anmeldung.", "",
            "Mit freundlichen Grüßen", "Wiebke Ohlrogge", "Geschäftsstelle VSOP e.V."]


def circular() -> list[str]:
    """The office's June circular to members and interested readers."""
    return ["Liebe Leserinnen und Leser,", "",
            "kurz vor der Sommerpause das Wichtigste aus dem Verband in aller Kürze:",
            "Für Köln (25./26. September) sind noch Plätze frei, Anmeldebogen auf Anfrage.",
            "Die Arbeitskreise Nord und Ost treffen sich wieder nach den Ferien.",
            "Wer diesen Rundbrief nicht mehr erhalten möchte, antwortet einfach kurz.", "",
            "Beste Grüße", "Wiebke Ohlrogge für die Geschäftsstelle"]


def ol_de(when: str, subject: str, to: str, lines: list[str]) -> str:
    """German Outlook: 'Von: / Gesendet: / An: / Betreff:' under a rule."""
    return ("\n\n________________________________\nVon: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>\n"
            f"Gesendet: {when}\nAn: {to}\nBetreff: {subject}\n\n" + "\n".join(lines) + "\n")


def tb(when: str, lines: list[str]) -> str:
    """Thunderbird's German attribution and '> ' quote."""
    return (f"\n\nAm {when} schrieb VSOP Geschäftsstelle:\n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


def apple(when: str, lines: list[str]) -> str:
    """Apple Mail's German attribution and '> ' quote."""
    return (f"\n\n> Am {when} schrieb VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>:\n> \n"
            + "\n".join(("> " + l).rstrip() for l in lines) + "\n")


MAILS: list = []  # helpers only
