"""People in lists, each with their membership: "1. Claudia Meier, VSOP-Mitglied
2. Dr. Jens Hartmann, kein Mitglied", "- Anna Schmidt (Mitglied)", "Weitere Personen:
Dr. Jens Hartmann (kein Mitglied)". A numbered list may also run on one line.

``listed`` reads such a list into (name, membership) pairs; ``split_membership`` cuts one
item into the name and what it says about membership (``None``: nothing).
"""

from __future__ import annotations

import re

from inbox_agent.understanding.organization import is_role_line
from inbox_agent.understanding.signature import looks_like_name
from inbox_agent.understanding.text import fold, normalise
from inbox_agent.understanding.values import ADDRESS, yes_no
from inbox_agent.understanding.vocabulary import FieldConfig

# "1. X", "2) X", "- X", "• X", and lettered: "a) X", "b. X".
# Also the marks people type for bullets: "***", "-->", "=>", "»", "→", "+".
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zA-Z]\)|[a-h]\.|\*{1,3}|-+>|=>|[-*•–»→+·▪])\s+(.+?)\s*$")
# "1. A, Mitglied 2. B, kein Mitglied" on one line: a new item starts at " 2. X".
_INLINE_ITEM = re.compile(r"\s+(?=\d{1,2}[.)]\s+\S)")
# Where a name ends and what is said about the person begins.
_TAIL = re.compile(r"\s*(?:,|;|\(|\[|\s[–—-]\s|:|/)\s*")
_MAYBE_ITEM = re.compile(r"\d[.)]\s|^\s*(?:[-*•–»→+·▪]|\*{1,3}|-+>|=>|[a-zA-Z]\)|[a-h]\.)\s")
# "Frau", "Herr" before a listed name: the salutation is not part of it.
_SALUTATION = re.compile(r"^(?:frau|herrn?|mr\.?|ms\.?|mrs\.?)\s+", re.I)
# A name in a sentence with its membership in brackets right after it.
_NAME_WITH_MEMBERSHIP = re.compile(
    r"(?:\b(?:Frau|Herrn?|Mr\.?|Ms\.?|Mrs\.?)[ \t]+)?"
    r"((?:(?:Prof\.|Dr\.)[ \t]+)*[A-ZÄÖÜ][\w'-]+(?:[ \t]+(?:[A-ZÄÖÜ][\w'-]+|von|van|de|der|zu)){1,3})"
    r"[ \t]*\(([^()\n]{0,40}(?i:mitglied|member)[^()\n]{0,30})\)")
_ELLIPTIC_NO = frozenset({"nicht", "nein", "kein", "keine", "no", "not", "non", "auch nicht", "not either"})
_MEMBER_WORD = re.compile(r"\b(?:mitglied\w*|member\w*|vsop mitglied)\b")


def split_membership(item: str, config: FieldConfig) -> tuple[str, bool | None]:
    """("Dr. Jens Hartmann", False) from "Dr. Jens Hartmann, kein Mitglied"; the item
    without addresses; membership None when the item says nothing about it."""
    item = ADDRESS.sub(" ", item).strip()
    parts = _TAIL.split(item, maxsplit=1)
    name = _SALUTATION.sub("", parts[0].strip(" ,.-–—"))
    tail = parts[1] if len(parts) > 1 else ""
    return " ".join(name.split()), item_member(tail, config)


def item_member(tail: str, config: FieldConfig) -> bool | None:
    """What "kein Mitglied", "VSOP-Mitglied", "(Mitglied)", "non-member" says, or None."""
    if not tail.strip():
        return None
    if fold(tail).strip(" ()[].,;") in _ELLIPTIC_NO:
        return False  # "(Mitglied) und Frau X (nicht)": the word of the item before left out
    norm = normalise(tail)
    if config.says("member_no", norm):
        return False
    if config.says("member_yes", norm) or _MEMBER_WORD.search(fold(tail).replace("-", " ")):
        return True
    return None


def _name_lines(text: str) -> list[tuple[str, bool | None]]:
    """Names one to a line without a mark, at least two, under a line that ends with a
    colon ("jetzt verbindlich für uns drei:" over "Yvonne Schnellbach", "Cem Aksoy")."""
    out: list[tuple[str, bool | None]] = []
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines[:-2]):
        if not line.endswith(":"):
            continue
        block = lines[i + 1:]
        block = block[1:] if block and not block[0] else block
        names = []
        for item in block:
            name = _SALUTATION.sub("", item)
            if not looks_like_name(name):
                break
            names.append(" ".join(name.split()))
        if len(names) >= 2:
            out += [(name, None) for name in names]
    return out


def listed(text: str, config: FieldConfig) -> list[tuple[str, bool | None]]:
    """The people of every list or table in ``text`` whose items are names, with
    membership."""
    out: list[tuple[str, bool | None]] = table(text) if "|" in text or ";" in text or _GAP.search(text) else []
    for line in text.splitlines():
        if not _MAYBE_ITEM.search(line):
            continue
        pieces = [p for p in _INLINE_ITEM.split(line) if LIST_ITEM.match(p)]
        if not LIST_ITEM.match(line) and len(pieces) < 2:
            continue  # "am 2. Juli": no list; "...: 1. A, Mitglied 2. B" is one
        for piece in pieces:
            match = LIST_ITEM.match(piece)
            name, member = split_membership(re.sub(r"<.*?>", "", match.group(1)), config)
            if looks_like_name(name):
                out.append((name, member))
    known = {surname(name) for name, _ in out}
    out += [item for item in _name_lines(text) if surname(item[0]) not in known]
    if "(" in text:  # "Frau Sabine Uhlig (Mitglied) und Frau Doreen Franke (kein Mitglied)"
        known = {surname(name) for name, _ in out}
        for match in _NAME_WITH_MEMBERSHIP.finditer(text):
            member = item_member(match.group(2), config)
            words = match.group(1).split()
            # "Kollege Herr Yannick Lambert": the name is the end of the capitalised words
            if len(words) > 2 and is_role_line(words[0]):
                words = words[1:]  # "unseren Geschäftsführer Torsten Maaß (Mitglied)": the job is no name
            name = next((" ".join(words[k:]) for k in range(len(words) - 1) if looks_like_name(" ".join(words[k:]))),
                        " ".join(words))
            if member is not None and looks_like_name(name) and surname(name) not in known:
                known.add(surname(name))
                out.append((name, member))
    return out


# A plain-text table: cells apart by two spaces or a tab; a rule under its header.
_GAP = re.compile(r"\S(?: {2,}|\t)\S")
_RULE = re.compile(r"[-=+|:\s]*[-=][-=+|:\s]*")
_NAME_KEYS = ("name", "vor und nachname", "teilnehmer", "teilnehmerin", "teilnehmende", "person",
              "nachname", "familienname", "surname", "last name", "participant", "attendee")
_FIRST_KEYS = ("vorname", "first name", "firstname", "given name")


def _cells(line: str) -> list[str]:
    """A table row's cells: "| A | B |", "A;B;C" (a CSV line) or "A      B" (two spaces
    or a tab apart)."""
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if ";" in line and "\t" not in line:
        return [c.strip() for c in line.strip().split(";")]
    return [c.strip() for c in re.split(r" {2,}|\t+", line.strip())]


def _header(cells: list[str]) -> tuple[int, int | None, int | None] | None:
    """(name column, first-name column, membership column) of a table's header row
    ("Name | Mitglied", "Name<TAB>Vorname<TAB>Bereich<TAB>Mitglied", "Teilnehmer/in | Dienst")."""
    keys = [re.sub(r"\s*(?:/in|/innen|\*in|\*innen|\(in\)|:)$", "", fold(c).replace("-", " ")).strip() for c in cells]
    name = next((i for i, k in enumerate(keys) if k in _NAME_KEYS), None)
    if name is None:
        return None
    first = next((i for i, k in enumerate(keys) if k in _FIRST_KEYS), None)
    member = next((i for i, k in enumerate(keys) if _MEMBER_WORD.search(k) and len(k.split()) <= 3), None)
    return name, first, member


def table(text: str) -> list[tuple[str, bool | None]]:
    """The rows of a table of people ("Name | Mitglied", then "Sibylle Rapp | ja"; columns
    set apart by spaces or tabs, a rule of dashes under the header; CSV lines with
    "name;vorname;mitglied"), with the membership column read as yes/no."""
    out: list[tuple[str, bool | None]] = []
    header: tuple[int, int | None, int | None] | None = None
    for line in text.splitlines():
        if line.strip() and _RULE.fullmatch(line.strip()):
            continue  # "------  ------", "|---|---|"
        cells = _cells(line)
        if len(cells) < 2:
            header = None if out or header is None else header
            continue
        found = _header(cells)
        if found is not None and (found[1] is not None or found[2] is not None or not out):
            header = found
            continue
        if header is None or len(cells) <= max(i for i in header if i is not None):
            continue
        name_at, first_at, member_at = header
        name = cells[name_at] if first_at is None else f"{cells[first_at]} {cells[name_at]}"
        if looks_like_name(name):
            out.append((" ".join(name.split()), yes_no(cells[member_at]) if member_at is not None else None))
    return out


def members_of(people: tuple[str, ...], known: list[tuple[str, bool | None]]) -> tuple[bool | None, ...]:
    """The membership of each of ``people`` as ``known`` gives it (matched on the
    surname); empty when it gives none of them."""
    by_surname = {surname(name): member for name, member in known}
    found = tuple(by_surname.get(surname(p)) for p in people)
    return found if any(m is not None for m in found) else ()


def member_of(name: str | None, known: list[tuple[str, bool | None]]) -> bool | None:
    """The membership ``known`` gives for ``name`` (matched on the surname), or None."""
    if not name:
        return None
    own = surname(name)
    return next((member for other, member in known if surname(other) == own), None)


def surname(name: str) -> str:
    words = fold(name).split()
    return words[-1].strip(".,") if words else ""
