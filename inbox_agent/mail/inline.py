"""What the sender wrote inside the mail they quote: a form answered inline.

People answer our programme mail's form where it stands: below the quote's "> "
lines with the marks taken off ("Name, Vorname: Obermöller, Heike" between quoted
lines), under a quoted label ("> Rechnungsanschrift:" and the answer on the next line),
or, in a program that quotes without marks, as filled "Label: value" lines and a
ticked "[x]" box in the middle of the quoted text. Those lines are the sender's own
words; ``answers`` returns them as the form's lines, so the readers of intent and fields
see them as if written above the quote. The rest of the quote stays a quote.
"""

from __future__ import annotations

import re

# "Label: value" with a label of a few words and a value that is not blank or "____".
_FILLED = re.compile(r"^\s*([^\W\d][^:\n]{0,50}?)\s*(?:\(.{0,40}\))?\s*:\s*(\S.*)$")
_LABEL_ONLY = re.compile(r"^\s*([^\W\d][^:\n]{0,50}?)\s*(?:\(.{0,40}\))?\s*:\s*[_.\s]*$")
_BLANK_VALUE = re.compile(r"^[_.\-\s…]*$")
_TICKED = re.compile(r"^\s*(?:\[\s*[xX✓✔]\s*\]|\([xX]\)|[☒☑✓✔])\s*\S")
_BOX = re.compile(r"^\s*(?:\[[\s xX✓✔]?\]|\([\s xX]?\)|[☐☒☑])")
# The lines of a quoted mail's header block ("Von: ...", "Sent: ...") are no answers.
_HEADER_LABEL = re.compile(
    r"^\s*(?:von|an|cc|bcc|gesendet|datum|betreff|from|to|sent|date|subject|de|à|objet|envoyé|"
    r"van|aan|onderwerp|verzonden|reply-to|antwort an|wichtigkeit|importance)\s*:", re.I)
_MARK = re.compile(r"^\s*>")


def answers(quoted: str) -> str:
    """The sender's own lines inside ``quoted`` (what followed the attribution line),
    as form lines; "" when the quote holds none."""
    lines = quoted.splitlines()
    if any(_MARK.match(line) for line in lines):
        found = _between_marks(lines)
    else:
        found = _filled_unmarked(lines)
    return "\n".join(found).strip()


def _between_marks(lines: list[str]) -> list[str]:
    """Lines without "> " between quoted lines, and the answer below a quoted label."""
    marked = [i for i, line in enumerate(lines) if _MARK.match(line)]
    out: list[str] = []
    taken: set[int] = set()
    for i, line in enumerate(lines):
        if _MARK.match(line):
            inner = line.lstrip("> \t")
            label = _LABEL_ONLY.match(inner)
            if label and not _HEADER_LABEL.match(inner) and _answers(lines, i + 1):
                out.append(f"{label.group(1).strip()}: {lines[i + 1].strip()}")
                taken.add(i + 1)
            continue
        if i in taken or not line.strip() or not marked[0] < i < marked[-1] or _HEADER_LABEL.match(line):
            continue  # above or below the whole quote: a signature or another mail, not an answer
        if _BOX.match(line) and not _TICKED.match(line):
            continue  # a box left unticked is the quoted form's own line, not an answer
        out.append(line.rstrip())
    return out


def _answers(lines: list[str], i: int) -> bool:
    """Is the line ``i``, right below a quoted label, its answer (unmarked, and not
    itself a label or a box)?"""
    below = lines[i] if i < len(lines) else ""
    return bool(below.strip()) and not (_MARK.match(below) or _BOX.match(below)
                                        or _FILLED.match(below) or _LABEL_ONLY.match(below))


def _filled_unmarked(lines: list[str]) -> list[str]:
    """A quote without marks: the filled "Label: value" lines with the lines that
    continue them (a multi-line address), and ticked boxes; at least two of them, so one
    stray "Anmeldeschluss: 4. Juli" of the quoted mail alone is not taken for an answer."""
    out: list[str] = []
    filled = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _FILLED.match(line)
        if _TICKED.match(line):
            out.append(line.strip())
            filled += 1
        elif match and not _HEADER_LABEL.match(line) and not _BLANK_VALUE.match(match.group(2)) \
                and not _BOX.match(line):
            out.append(line.strip())
            filled += 1
            while i + 1 < len(lines) and _continues(lines[i + 1]):
                i += 1
                out.append(lines[i].strip())
        i += 1
    return out if filled >= 2 else []


def _continues(line: str) -> bool:
    """A line that goes on with the value above (a multi-line address): not blank,
    not a label, not a box, and short."""
    return bool(line.strip()) and not _FILLED.match(line) and not _LABEL_ONLY.match(line) \
        and not _BOX.match(line) and len(line.strip()) <= 60
