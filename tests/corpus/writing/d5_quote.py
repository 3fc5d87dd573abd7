"""DEVELOPMENT set 5: the office's mails as dev5's writers quote them (no mails of its own).

dev5 was written apart from the rules, the understanding code and the other sets: its
writers quote a season of office mails that a third staff member of the Geschäftsstelle
wrote by hand (none of the templates' texts, none of dev3's or dev4's), among them a
programme mail with the registration form typed into the mail, which people answer inline.
"""

from __future__ import annotations

MAILS: list = []

OFFICE = "Geschäftsstelle VSOP <geschaeftsstelle@vsop.de>"

SUBJECTS = {
    "info": "Vorinfo: VSOP-Jahrestagung 25./26.09.2025 in Köln",
    "programm": "VSOP-Jahrestagung Köln – Programm, Anmeldung bis 04.07.",
    "danke": "Ihre Anmeldung zur Jahrestagung ist eingegangen",
}

TEXTS = {
    "info": """Liebe Mitglieder, liebe Interessierte,

am 25. und 26. September 2025 findet unsere Jahrestagung in Köln statt (Beginn am Donnerstag um 10 Uhr, Ende am Freitag gegen 14 Uhr).
Die Plätze sind knapp. Wenn Sie Interesse haben, genügt bis 2. Juni eine formlose Antwort auf diese Mail, die Sie zu nichts verpflichtet.
Wer vorgemerkt ist, bekommt später das Programm und die Unterlagen zur festen Anmeldung.

Herzlich
Sabine Terhorst
VSOP e.V. – Geschäftsstelle""",
    "programm": """Guten Tag,

anbei erhalten Sie das Tagungsprogramm. Für die feste Anmeldung füllen Sie bitte die Angaben unten aus und schicken Sie uns die Mail zurück, spätestens am 4. Juli 2025.
Die Gebühr beträgt 250 € (Mitglieder) bzw. 300 € (Nichtmitglieder) je Person, Rechnung folgt nach Anmeldung.

Name, Vorname:
Dienststelle / Organisation:
VSOP-Mitglied (ja/nein):
Rechnungsanschrift:
[ ] Ich melde mich verbindlich an und überweise den Betrag nach Erhalt der Rechnung.

Freundliche Grüße
Sabine Terhorst
VSOP e.V. – Geschäftsstelle""",
    "danke": """Guten Tag,

vielen Dank, Ihre Anmeldung liegt uns vor. Die Rechnung erhalten Sie in den kommenden zwei Wochen per Mail.

Herzlich
Sabine Terhorst""",
}


def _indent(text: str, mark: str = "> ") -> str:
    return "\n".join(mark + line if line else mark.rstrip() for line in text.splitlines())


def outlook(kind: str, when: str, to: str) -> str:
    """Outlook (German): a header block under 'Von:', the text without '>'."""
    return (f"Von: {OFFICE}\nGesendet: {when}\nAn: {to}\nBetreff: {SUBJECTS[kind]}\n\n"
            + TEXTS[kind] + "\n")


def original(kind: str, when: str) -> str:
    """Webmail of public bodies: '-------- Original-Nachricht --------' and a header block."""
    return ("-------- Original-Nachricht --------\n"
            f"Betreff: {SUBJECTS[kind]}\nDatum: {when}\nVon: {OFFICE}\n\n" + TEXTS[kind] + "\n")


def quoted(kind: str, when: str) -> str:
    """Thunderbird / GMX: 'Am ... schrieb ...:' and '> ' on every line."""
    return f"Am {when} schrieb {OFFICE}:\n" + _indent(TEXTS[kind]) + "\n"


def form_answered(when: str, answers: dict[str, str], ticked: bool, mark: str = "> ") -> str:
    """The programme mail quoted with the form's lines answered inline (unquoted answers)."""
    out = [f"Am {when} schrieb {OFFICE}:"]
    for line in TEXTS["programm"].splitlines():
        key = line.rstrip(":")
        if line.startswith("[ ]"):
            out.append(("[x]" if ticked else "[ ]") + line[3:])
        elif line.endswith(":") and key in answers:
            out.append(line + " " + answers[key])
        else:
            out.append(mark + line if line else mark.rstrip())
    return "\n".join(out) + "\n"
