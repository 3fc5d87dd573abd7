"""The organisation outside the signature: at the head of an address block (an invoice
address) and on the line that gives the sender's name ("bitte vormerken: Reinhard
Terborg, Landkreis Emsheide, Fachdienst Teilhabe (Mitglied)")."""

from __future__ import annotations

import re

from inbox_agent.understanding.signature import (
    CONTACT,
    ORG,
    STREET,
    UNIT,
    UNIT_WORD,
    is_address_line,
    looks_like_name,
    signature_org,
)
from inbox_agent.understanding.text import fold
from inbox_agent.understanding.values import title_case

# Who an address is for inside the body: the organisation ends before it.
_ATTENTION = re.compile(r"(?:^|\s)(?:z\.\s?hd\.?|zu h(?:ä|ae)nden|attn\b\.?:?|attention\b|c/o\b|fao\b)", re.I)


def address_org(lines: list[str]) -> str | None:
    """The organisation at the head of an address block (an invoice address): its lines
    up to the street, as written ("Institut für Stadtgesellschaft gGmbH, Buchhaltung")."""
    lines = [line.strip(" ,") for line in lines if line.strip(" ,")]
    if not lines or looks_like_name(lines[0]) and len(lines) < 2:
        return None
    if looks_like_name(lines[0]):
        lines = lines[1:]  # "z. Hd." of a person first
    block: list[str] = []
    for line in lines:
        attention = _ATTENTION.search(line)
        if attention:  # "z. Hd. Ilka Brandt (Kasse)", "Attn: Accounts Payable": a person or desk, not the body
            if line[:attention.start()].strip(" ,"):
                block.append(line[:attention.start()].strip(" ,"))
            break
        if STREET.search(line) or CONTACT.search(line) or is_address_line(line):
            break
        folded = fold(line)
        if block and not (ORG.search(folded) or UNIT.search(folded) or UNIT_WORD.search(folded)
                          or re.search(r"\b(?:services|sociales|soziales|accounts)\b", folded)):
            break  # "Civic Offices, Wood Quay": the street part of the address
        block.append(line)
    if not block or not any(ORG.search(fold(x)) or UNIT.search(fold(x)) for x in block):
        return None
    result = ", ".join(block)
    return title_case(result) if result == result.lower() else result



# What ends an organisation named on a line of text: a remark in brackets, the sentence's end.
_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*[.!;:]*\s*$")


def name_line_org(text: str, name: str | None) -> str | None:
    """The organisation that follows the sender's name on a line of the text, after a
    comma ("Vormerken bitte, Wessendorf, Kreis Lahnhöhe / Jugendamt"), with its units."""
    surname = fold(name).split()[-1] if name and name.split() else ""
    if not surname:
        return None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(">") or len(line.split()) > 20:
            continue
        parts = [p.strip() for p in line.split(",")]
        for k, part in enumerate(parts[1:], 1):
            if len(part.split()) > 6 or not ORG.search(fold(part)):
                continue
            if re.search(rf"\b{re.escape(surname)}\b", fold(",".join(parts[:k]))):
                return signature_org([_TAIL.sub("", ", ".join(parts[k:]))])
            break
    return None
