"""What the sender wrote where the parser does not look: their own lines written into
the quote (a form answered inline below the quoted programme mail), dictated mail with
its punctuation spoken, and HTML from Word with a blank line after every line."""

from __future__ import annotations

import re

_SPOKEN = re.compile(r"[ \t]+(komma|punkt|doppelpunkt)\b[ \t]*", re.I)
_MARKS = {"komma": ", ", "punkt": ". ", "doppelpunkt": ": "}


def spoken_punctuation(text: str) -> str:
    """Dictated mail with its punctuation spoken ("Lindhorst Ost Komma Fachbereich X
    Komma Am Markt 2 Punkt"): the marks written, once two of the words show it."""
    if len(_SPOKEN.findall(text)) < 2:
        return text
    return _SPOKEN.sub(lambda m: _MARKS[m.group(1).lower()], text)


def inline_answers(quoted: str) -> str:
    """The sender's own lines written into the quote, between quoted lines ("> Name:"
    answered by "Name, Vorname: Obermöller, Heike" below the quoted programme mail)."""
    lines = quoted.splitlines()
    marked = [i for i, line in enumerate(lines) if line.lstrip().startswith(">")]
    if not marked:
        return ""
    own = [line for line in lines[marked[0]:marked[-1]] if line.strip() and not line.lstrip().startswith(">")]
    return "\n".join(own)


def single_spaced(text: str) -> str:
    """HTML from Word read as text: a blank line after every line ("Rechnungsanschrift:",
    "", "Landkreis X", "", "Fachdienst Y"), a paragraph's end three. The short lines of a
    block (an address) together again, one blank line between paragraphs; other text as
    it is."""
    lines = text.splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 4 or any(b - a == 1 for a, b in zip(filled, filled[1:])):
        return text
    lines = re.sub(r"(?:\n[ \t]*){4,}", "\n\n\n", text).split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip() and 0 < i < len(lines) - 1 and _short(lines[i - 1]) and _short(lines[i + 1]) \
                and lines[i - 1].strip() and lines[i + 1].strip():
            continue  # between two lines of a block (an address), not between paragraphs
        out.append(line)
    return "\n".join(out)


def _short(line: str) -> bool:
    return len(line.split()) <= 7 and not line.rstrip().endswith((".", "?", "!"))
