"""DEVELOPMENT set 2: how mail programs quote the office's mails (no mails of its own).

Each helper returns the block a program puts below (or, for bottom-posters, above) the
writer's text: its attribution line or header block and the office mail, indented or
not as that program does it. The office mails are those of ``d2_office`` (rendered
from the templates); ``@@NAME@@`` becomes the addressee's name, or the greeting without
a name when there is none.
"""

from __future__ import annotations

from d2_office import OFFICE_MAILS

MAILS: list = []

OFFICE_NAME = "VSOP e.V. Geschäftsstelle"
OFFICE_ADDR = "geschaeftsstelle@vsop.de"


def office(kind: str, lang: str = "de", name: str | None = None) -> tuple[str, str]:
    """The office's mail of ``kind`` in ``lang`` to ``name``: (subject, text)."""
    subject, text = OFFICE_MAILS[(lang, kind)]
    if name:
        return subject, text.replace("@@NAME@@", name)
    blank = "Sehr geehrte Damen und Herren," if lang == "de" else "Dear Sir or Madam,"
    first, rest = text.split("\n", 1)
    return subject, blank + "\n" + rest.replace(" @@NAME@@", "")


def _indent(text: str, mark: str = "> ", empty: str = ">") -> str:
    return "\n".join(mark + line if line else empty for line in text.splitlines())


def gmail_de(kind: str, when: str, lang: str = "de", name: str | None = None) -> str:
    """Gmail in German: 'Am Di., 6. Mai 2025 um 10:14 Uhr schrieb ...:' and '> '."""
    _, text = office(kind, lang, name)
    return (f"Am {when} schrieb {OFFICE_NAME} <\n{OFFICE_ADDR}>:\n\n" + _indent(text) + "\n")


def gmail_en(kind: str, when: str, lang: str = "en", name: str | None = None) -> str:
    """Gmail in English: 'On Tue, 6 May 2025 at 10:14, ... wrote:'."""
    _, text = office(kind, lang, name)
    return f"On {when}, {OFFICE_NAME} <{OFFICE_ADDR}> wrote:\n\n" + _indent(text) + "\n"


def thunderbird(kind: str, when: str, lang: str = "de", name: str | None = None) -> str:
    """Thunderbird: 'Am 06.05.25 um 10:14 schrieb VSOP ...:' and '>' without space on blanks."""
    _, text = office(kind, lang, name)
    intro = (f"Am {when} schrieb {OFFICE_NAME}:" if lang == "de"
             else f"On {when}, {OFFICE_NAME} wrote:")
    return intro + "\n" + _indent(text) + "\n"


def apple_de(kind: str, when: str, lang: str = "de", name: str | None = None) -> str:
    """Apple Mail / iPhone: the attribution itself quoted, '> ' on every line."""
    _, text = office(kind, lang, name)
    return (f"> Am {when} schrieb {OFFICE_NAME} <{OFFICE_ADDR}>:\n> \n"
            + _indent(text, "> ", "> ") + "\n")


def webde(kind: str, when: str, lang: str = "de", name: str | None = None) -> str:
    """web.de / GMX / Open-Xchange: '... hat am 06.05.2025 10:14 geschrieben:'."""
    _, text = office(kind, lang, name)
    return (f"> {OFFICE_NAME} <{OFFICE_ADDR}> hat am {when} geschrieben:\n>\n"
            + _indent(text) + "\n")


def outlook_block(kind: str, when: str, to: str, lang: str = "de", name: str | None = None,
                  words: str = "de", rule: str = "_" * 32) -> str:
    """Outlook's header block above the unindented office mail, in the program's language.

    ``words``: de, en, nl (Dutch Outlook), pl (Polish), da (Danish), old-de
    ('-----Ursprüngliche Nachricht-----').
    """
    subject, text = office(kind, lang, name)
    keys = {"de": ("Von", "Gesendet", "An", "Betreff"),
            "old-de": ("Von", "Gesendet", "An", "Betreff"),
            "en": ("From", "Sent", "To", "Subject"),
            "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
            "pl": ("Od", "Wysłano", "Do", "Temat"),
            "da": ("Fra", "Sendt", "Til", "Emne")}[words]
    top = "-----Ursprüngliche Nachricht-----" if words == "old-de" else rule
    return (f"{top}\n{keys[0]}: {OFFICE_NAME} <{OFFICE_ADDR}>\n{keys[1]}: {when}\n"
            f"{keys[2]}: {to}\n{keys[3]}: {subject}\n\n{text}\n")


def notes_block(kind: str, when: str, to: str, lang: str = "de", name: str | None = None) -> str:
    """HCL Notes: aligned 'Von: / An: / Datum: / Betreff:' and the mail unindented."""
    subject, text = office(kind, lang, name)
    return (f"\n\n\nVon:        \"{OFFICE_NAME}\" <{OFFICE_ADDR}>\nAn:        {to}\n"
            f"Datum:        {when}\nBetreff:        {subject}\n\n\n\n{text}\n")


def groupwise(kind: str, when: str, lang: str = "de", name: str | None = None) -> str:
    """GroupWise: '>>> "VSOP ..." <addr> 06.05.2025 10:14 >>>' and the mail unindented."""
    _, text = office(kind, lang, name)
    return f">>> \"{OFFICE_NAME}\" <{OFFICE_ADDR}> {when} >>>\n{text}\n"


def zimbra(kind: str, when: str, to: str, lang: str = "de", name: str | None = None) -> str:
    """Zimbra: '----- Ursprüngliche Mail -----' and the header block, the mail '> '."""
    subject, text = office(kind, lang, name)
    return (f"----- Ursprüngliche Mail -----\nVon: \"{OFFICE_NAME}\" <{OFFICE_ADDR}>\n"
            f"An: \"{to}\"\nGesendet: {when}\nBetreff: {subject}\n\n" + _indent(text) + "\n")


def android(kind: str, when: str, to: str, lang: str = "de", name: str | None = None) -> str:
    """Samsung / Android mail: '-------- Ursprüngliche Nachricht --------'."""
    subject, text = office(kind, lang, name)
    head = ("-------- Ursprüngliche Nachricht --------\nVon: {o} <{a}>\nDatum: {w}\nAn: {t}\nBetreff: {s}"
            if lang == "de" else
            "-------- Original message --------\nFrom: {o} <{a}>\nDate: {w}\nTo: {t}\nSubject: {s}")
    return head.format(o=OFFICE_NAME, a=OFFICE_ADDR, w=when, t=to, s=subject) + "\n\n" + text + "\n"
