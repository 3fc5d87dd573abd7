"""What the sender wrote where the parser does not look: their own lines written into
the quote (a form answered inline below the quoted programme mail), and dictated mail
with its punctuation spoken."""

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
