"""DEVELOPMENT set 8: German-speaking senders from Austria, Switzerland, South Tyrol,
Luxembourg, East Belgium and small Bavarian, Franconian and Swabian places. The office's
mails as a fourth staff member wrote them (short notes, quoted as Outlook, Notes and
Thunderbird quote). Written apart from the rules (README.md); measured once, untouched."""

EVENT = "VSOP-Jahrestagung 2025"
NOTICE = "Vorankündigung: Kleine Jahrestagung des VSOP am 25./26.9.2025 in Köln"
FORMS = "Tagungsprogramm und Anmeldebogen zur VSOP-Jahrestagung (Köln, 25./26.9.)"
LAST = "Letzte Gelegenheit zur verbindlichen Anmeldung – Jahrestagung Köln"

NOTICE_TEXT = """Liebe Kolleginnen und Kollegen,

unsere diesjährige Fachtagung widmet sich dem Spannungsfeld zwischen dem Leitbild der
integrierten Sozialplanung und dem, was in Verwaltungen tatsächlich gelingt.
Termin ist Donnerstag/Freitag, 25./26. September, Tagungsort Köln.
Weil der Saal klein ist, bitten wir bis 2. Juni um eine formlose Voranmeldung per Mail.
Mitglieder zahlen 250 Euro, alle anderen 300 Euro.

Herzliche Grüße aus der Geschäftsstelle
Miriam Ostendorp"""

FORMS_TEXT = """Guten Tag,

wie versprochen schicke ich Ihnen heute das Programm und den Anmeldebogen.
Wer verbindlich teilnehmen möchte, schickt den Bogen bitte bis 4. Juli zurück
und nennt uns eine Rechnungsadresse.

Viele Grüße
Miriam Ostendorp
VSOP e.V. | Geschäftsstelle"""


def outlook_quote(text: str, sent: str, to: str, subject: str) -> str:
    """A quote below a German Outlook reply (Von/Gesendet/An/Betreff)."""
    return ("\n\n-----Ursprüngliche Nachricht-----\nVon: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>\n"
            f"Gesendet: {sent}\nAn: {to}\nBetreff: {subject}\n\n{text}\n")


def notes_quote(text: str, when: str, subject: str) -> str:
    """A quote as HCL Notes writes it."""
    return (f"\n\n\n\nVon:\t\"VSOP Geschäftsstelle\" <geschaeftsstelle@vsop.de>\nDatum:\t{when}\n"
            f"Betreff:\t{subject}\n\n{text}\n")


def tb_quote(text: str, when: str) -> str:
    """A quote as Thunderbird writes it (German)."""
    lines = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return f"\n\nAm {when} schrieb VSOP Geschäftsstelle:\n{lines}\n"


MAILS: list = []  # helpers only
