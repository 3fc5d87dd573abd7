"""DEVELOPMENT set 4: the office's mails as dev4's writers quote them (no mails of its own).

dev4 was written apart from the rules, the understanding code and the other sets: its writers
quote a season of office mails that a second staff member of the Geschäftsstelle wrote by hand
(none of the templates' texts, none of dev3's), as Outlook, Gmail, Thunderbird, iPhone and
Android quote, sometimes the whole thread with several header blocks.
"""

from __future__ import annotations

MAILS: list = []

OFFICE = "VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>"

SUBJECTS = {
    "vorab": "VSOP-Jahrestagung 2025 in Köln – bitte vormerken",
    "unterlagen": "Jahrestagung Köln: Programm und Anmeldebogen",
    "erinnerung": "Erinnerung: feste Anmeldung bis 4. Juli",
    "bestaetigung": "Teilnahmebestätigung Jahrestagung Köln",
    "notice_en": "VSOP annual conference 2025 – Cologne, 25/26 September",
}

TEXTS = {
    "vorab": """Hallo zusammen,

die Jahrestagung 2025 des VSOP rückt näher: Wir treffen uns am 25. und 26. September in Köln.
Wer dabei sein will, schreibt uns einfach kurz zurück; fest ist damit noch nichts.
Die Einzelheiten zur Anmeldung folgen im Frühsommer.

Mit besten Grüßen
Martin Overbeck
Geschäftsstelle VSOP e.V.""",
    "unterlagen": """Guten Tag,

wie versprochen kommen hier Programm und Anmeldebogen für Köln.
Verbindlich wird Ihre Teilnahme, sobald wir eine Rechnungsanschrift und Ihre Zahlungszusage haben; Stichtag ist der 4. Juli.
Der Beitrag liegt bei 250 Euro für Mitglieder und bei 300 Euro für Gäste.

Freundliche Grüße
Martin Overbeck""",
    "erinnerung": """Guten Tag,

Sie hatten sich für Köln vormerken lassen, eine feste Anmeldung liegt uns aber noch nicht vor.
Falls Sie weiterhin kommen möchten, holen Sie das bitte bis zum 4. Juli nach.

Viele Grüße
Martin Overbeck""",
    "bestaetigung": """Guten Tag,

hiermit bestätigen wir Ihre Teilnahme an der Jahrestagung am 25./26. September in Köln.
Die Rechnung geht Ihnen in den nächsten Tagen gesondert zu.

Herzliche Grüße
Martin Overbeck""",
    "notice_en": """Dear all,

our 2025 annual conference will take place in Cologne on 25 and 26 September.
If you want to come, a short reply to this message is enough for now and binds you to nothing.
Booking details follow in early summer.

Best regards
Martin Overbeck, VSOP e.V. office""",
}


def _indent(text: str, mark: str = "> ") -> str:
    return "\n".join(mark + line if line else mark.rstrip() for line in text.splitlines())


def outlook(kind: str, when: str, to: str) -> str:
    """Outlook (German): '-----Ursprüngliche Nachricht-----' and a header block, no '>'."""
    return ("-----Ursprüngliche Nachricht-----\n"
            f"Von: {OFFICE}\nGesendet: {when}\nAn: {to}\nBetreff: {SUBJECTS[kind]}\n\n"
            + TEXTS[kind] + "\n")


def outlook_block(kind: str, when: str, to: str) -> str:
    """New Outlook: a line of underscores, then 'Von:' / 'Gesendet:' / 'An:' / 'Betreff:'."""
    return ("________________________________\n"
            f"Von: {OFFICE}\nGesendet: {when}\nAn: {to}\nBetreff: {SUBJECTS[kind]}\n\n"
            + TEXTS[kind] + "\n")


def outlook_en(kind: str, when: str, to: str) -> str:
    """English Outlook: 'From:' / 'Sent:' / 'To:' / 'Subject:'."""
    return (f"From: {OFFICE}\nSent: {when}\nTo: {to}\nSubject: {SUBJECTS[kind]}\n\n"
            + TEXTS[kind] + "\n")


def gmail(kind: str, when: str) -> str:
    """Gmail: 'Am Mo., 14. Apr. 2025 um 10:02 Uhr schrieb ...:' and '> '."""
    return f"Am {when} schrieb {OFFICE}:\n\n" + _indent(TEXTS[kind]) + "\n"


def gmail_en(kind: str, when: str) -> str:
    return f"On {when} {OFFICE} wrote:\n\n" + _indent(TEXTS[kind]) + "\n"


def thunderbird(kind: str, when: str) -> str:
    return f"Am {when} schrieb VSOP e.V. Geschäftsstelle:\n" + _indent(TEXTS[kind]) + "\n"


def iphone(kind: str, when: str) -> str:
    """iPhone: the device line, then '> Am ... schrieb ...:' with '> ' on every line."""
    return (f"Von meinem iPhone gesendet\n\n> Am {when} schrieb {OFFICE}:\n>\n"
            + _indent(TEXTS[kind]) + "\n")


def own(frm: str, when: str, subject: str, text: str, to: str = OFFICE) -> str:
    """The writer's own earlier mail inside a quoted thread (Outlook header block)."""
    return (f"Von: {frm}\nGesendet: {when}\nAn: {to}\nBetreff: {subject}\n\n" + text.strip() + "\n")
