"""Form lines in what the sender wrote: "Name: Anna Schmidt", "VSOP-Mitglied: ja",
"| Personen | 2 |". A label is known when ``rules/fields.toml`` or the built-in
vocabulary (``vocabulary.DEFAULT_LABELS``) names it; a multi-line value (an invoice
address, further people) continues on the lines below.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from inbox_agent.understanding.values import is_placeholder, is_prose, is_reference
from inbox_agent.understanding.vocabulary import label_key

MULTILINE = frozenset({"invoice_address", "people", "remarks"})
# "Label: value", "- Label (optional) = value", "| Label | value |".
LINE = re.compile(
    r"^\s*(?:[-*•>]\s*)?([^\W\d][^:=|\n]{0,50}?)\s*(?:\(.{0,40}\))?\s*\*?\s*(?:[:=]|\|)\s*\|?\s*(.*?)\s*\|?\s*$")
LABEL_LIKE = re.compile(r"^\s*[^\W\d][\w .()/-]{0,40}:\s")


def form_lines(text: str, index: Mapping[str, str]) -> dict[str, str]:
    """{field: value} from "Label: value" lines; multi-line values continue below."""
    found: dict[str, str] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = LINE.match(lines[i])
        key = index.get(label_key(match.group(1))) if match else None
        if key is None:
            i += 1
            continue
        value = match.group(2).strip().strip("_").strip()
        i += 1
        if value and (index.get(label_key(value)) is not None or _rule_below(lines, i) or _row_below(lines, i, index)
                      or ("|" in value and any(index.get(label_key(cell)) is not None for cell in value.split("|")))):
            continue  # a table's header ("Name | Mitglied", "Name | Bereich" over "---|---", "Name| Mitglied| Gebühr")
        if key in MULTILINE or not value:
            block = [value] if value else []
            while i < len(lines) and lines[i].strip() \
                    and (not LABEL_LIKE.match(lines[i]) or (key == "invoice_address" and is_reference(lines[i]))) \
                    and not _is_label(lines[i], index) and not (block and is_prose(lines[i])) \
                    and not (key == "invoice_address" and _after_town(block, lines[i])):
                if key not in MULTILINE and block:
                    break
                block.append(lines[i].strip())
                i += 1
            value = "\n".join(block)
        if value and is_placeholder(value):
            value = ""
        if key not in found or not found[key]:
            found[key] = value
    return found


# The town of an address ("12345 Ort", "CH-8090 Ort").
_TOWN = re.compile(r"\b(?:[DA]-|CH-)?\d{4,5}\s+[^\W\d_]")


def _after_town(block: list[str], line: str) -> bool:
    """Whether ``line`` comes after the address's town and is no part of it: what
    follows the town is a reference ("Kostenstelle 5010") or a country, not a sentence
    ("Zahlung nach Rechnungseingang.")."""
    if not block or not _TOWN.search(block[-1].split(",")[-1]) or is_reference(line):
        return False
    words = line.split()
    return len(words) > 3 or line.rstrip().endswith(".") or any(ch.isdigit() for ch in line)


def _rule_below(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a table's rule ("------|------"): the line above is its header."""
    return i < len(lines) and "|" in lines[i] and bool(re.fullmatch(r"[-=+|:\s]*-[-=+|:\s]*", lines[i].strip()))


def _row_below(lines: list[str], i: int, index: Mapping[str, str]) -> bool:
    """Whether line ``i`` is a data row with as many bars as the line above ("Teilnehmer/in| Dienst"
    over "Florian X| Sozialplanung"): the line above is the table's header, not a form line
    (a form laid out as a table has a label in every row's first cell)."""
    bars = lines[i - 1].strip().strip("|").count("|") if i else 0
    return bool(bars) and i < len(lines) and lines[i].strip().strip("|").count("|") == bars \
        and not _is_label(lines[i], index)


def _is_label(line: str, index: Mapping[str, str]) -> bool:
    match = LINE.match(line)
    return bool(match and label_key(match.group(1)) in index)

