"""Reading one field's value: yes/no, a number, a list of people, a name's title, an
address; and tidying a value for the record. Shared by every source of the fields step.
"""

from __future__ import annotations

import re

from inbox_agent.understanding.text import fold

TITLE = re.compile(
    r"^(?:(?:univ\.-)?prof\.(?:\s*em\.)?|dr\.(?:\s*-?\s*ing\.|\s*med\.|\s*phil\.|\s*rer\.\s*\w+\.|\s*jur\.)?"
    r"|dr\.in|mag\.(?:a\.?|\s*\(fh\))?|dipl\.-\s*\w+\.?|pd|apl\.\s*prof\.)(?:\s+|$)",
    re.I,
)
ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_YES = re.compile(r"^(?:ja|j|yes|y|x|\[x\]|☒|☑|✓|✔|zutreffend|akzeptiert|zugestimmt|einverstanden|agreed|"
                  r"accepted|i agree|stimme zu|ok|okay|o\.k\.)\b", re.I)
_NO = re.compile(r"^(?:nein|n|no|\[ \]|☐|nicht zutreffend|kein\w*|nicht\b.*|none)\b", re.I)
# A list item that only tells the membership of the name before it ("..., VSOP-Mitglied").
_MEMBERSHIP_ONLY = re.compile(r"^(?:(?:kein|keine|nicht|non|not a)[ -]?)?(?:vsop[ -]?)?(?:mitglied\w*|member\w*)$")
# A line of an invoice block that looks like a label but belongs to the address: a
# reference the office must quote ("Leitweg-ID: 16-...", "Kostenstelle 4711", "PO 1234",
# "EAN", "NIP", "z. Hd. Frau X", "Attn:") (folded text).
_REFERENCE = re.compile(
    r"^\s*(?:leitweg|kostenstelle|kostentraeger|kst\b|bestell|auftrag|order|purchase order|po\b|p\.\s?o\.|"
    r"ean\b|gln\b|nip\b|ust|vat\b|referenz|reference|ref\b|buchungs|kassenzeichen|aktenzeichen|az\b|"
    r"z\.\s?hd|zhd|zu haenden|attn|attention|c/o|cost cent|projekt|sachkonto|haushaltsstelle|vorgang|"
    r"verwendungszweck|codice|cig\b|cup\b|uid\b|mwst|steuernummer|empfaengerkodex|tax id|vat)")
_NUMBERS = {
    "eine": 1, "einer": 1, "ein": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3,
    "vier": 4, "four": 4, "fuenf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7, "seven": 7,
    "acht": 8, "eight": 8, "neun": 9, "nine": 9, "zehn": 10, "ten": 10,
}
_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(_NUMBERS)})\b")
_DIGITS = re.compile(r"\d+")


def is_placeholder(value: str) -> bool:
    """ "______", "...", "-", "[bitte ausfüllen]", "ja/nein": a blank left blank."""
    folded = fold(value).strip()
    return (not re.search(r"[a-z0-9]", folded)
            or folded in ("ja/nein", "ja / nein", "yes/no", "yes / no", "bitte ausfuellen",
                          "[bitte ausfuellen]", "ja nein", "(ja/nein)", "(ja)", "(optional)"))


def is_prose(line: str) -> bool:
    """A sentence, not a line of an address or a form value."""
    words = line.split()
    return len(words) > 9 or (len(words) >= 4 and line.rstrip().endswith((".", "!", "?"))
                              and not re.search(r"\b\d{4,5}\b|e\.\s?V\.$", line))


def is_reference(line: str) -> bool:
    """A line of an invoice address that carries a reference ("Leitweg-ID: ...",
    "Kostenstelle: ...", "z. Hd. ..."), not a new label."""
    return bool(_REFERENCE.match(fold(line)))


def yes_no(value: str) -> bool | None:
    """ "ja", "x", "☑" -> True; "nein", "kein ..." -> False; anything else -> None."""
    folded = fold(value.strip().strip(".!").strip())
    if not folded:
        return None
    if _NO.match(folded):
        return False
    if _YES.match(folded):
        return True
    return None


def number(value: str) -> int | None:
    """A number of persons in digits or words ("2", "zwei"), 1 to 99; else None."""
    folded = fold(value)
    found = _DIGITS.search(folded)
    if found:
        n = int(found.group(0))
        return n if 0 < n < 100 else None
    # Every number word the text has as a word, in one search; the first in _NUMBERS wins.
    words = set(_NUMBER_WORD.findall(folded))
    return next((n for word, n in _NUMBERS.items() if word in words), None)


def people_list(value: str) -> tuple[str, ...]:
    """The names in a "further persons" value: one a line, or split at ";", "," and "und"."""
    if not value.strip():
        return ()
    items = re.split(r"\n|;|,(?![^()]*\))| und | and ", value)
    out = []
    for item in items:
        item = re.sub(r"^\s*(?:\d+[.)]|[-*•])\s*", "", item).strip()
        item = re.sub(r"\(.*?\)", "", ADDRESS.sub("", item)).strip(" ()<>,-")
        if item and not is_placeholder(item) and fold(item) not in ("keine", "none", "nein") \
                and not _MEMBERSHIP_ONLY.match(fold(item)):
            out.append(" ".join(item.split()))
    return tuple(out)


def split_title(name: str) -> tuple[str | None, str]:
    """("Prof. Dr.", "Anna Schmidt") from "Prof. Dr. Anna Schmidt"."""
    name = " ".join(name.split())
    titles = []
    while True:
        match = TITLE.match(name)
        if not match or not match.group(0).strip():
            break
        titles.append(match.group(0).strip())
        name = name[match.end():]
    return (" ".join(titles) or None), name.strip(" ,")


def first_address(value: str) -> str | None:
    """The first mail address in ``value``, or None."""
    found = ADDRESS.search(value or "")
    return found.group(0).rstrip(".") if found else None


def tidy(value: str) -> str:
    """One line, single spaces, no trailing commas."""
    return " ".join(value.split()).strip(" ,;")


def tidy_block(value: str) -> str:
    """An address on one line, its lines joined by commas: "Stadt X, Amt Y, Markt 1, 12345 X"."""
    lines = [" ".join(line.split()).strip(" ,;") for line in value.splitlines()]
    return ", ".join(line for line in lines if line)


def title_case(line: str) -> str:
    """ "landkreis beispielland, jugend und soziales" -> "Landkreis Beispielland, Jugend und Soziales"."""
    small = {"und", "für", "fuer", "der", "die", "das", "des", "von", "im", "am", "an", "and", "of", "the", "zu"}
    words = line.split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word in small:
            out.append(word)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)

