"""The organisation outside the signature: at the head of an address block (an invoice
address), on the line that gives the sender's name ("bitte vormerken: Reinhard
Terborg, Landkreis Emsheide, Fachdienst Teilhabe (Mitglied)"), and in brackets or after
"alle" / "beide" in a sentence ("Alle Gemeinde Moorhusen, Fachbereich Soziales."), a
unit in the genitive ("Stabsstelle Sozialplanung des Kreises Eiderland")."""

from __future__ import annotations

import re

from inbox_agent.understanding.organization import UNIT_WORD, is_address_line, signature_org
from inbox_agent.understanding.signature import CONTACT, ORG, STREET, UNIT, looks_like_name
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
    """The organisation that follows the sender's name on a line of the text ("Vormerken
    bitte, Wessendorf, Kreis Lahnhöhe / Jugendamt", "viele Grüße Heike Obermöller
    Landkreis Wesermarschen"), with its units."""
    surname = name.split()[-1] if name and name.split() else ""
    if not surname:
        return None
    for line in text.splitlines():
        if line.lstrip().startswith(">") or len(line.split()) > 40:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", line, re.I):
            rest = line[match.end():].lstrip(" ,/–-:")
            rest = re.split(r"(?<![\s.][^\W\d])\.\s+(?=[A-ZÄÖÜ])", rest)[0]  # "..., Sozialdienst. Mitglied: nein."
            first = rest.split(",")[0]
            if rest and len(first.split()) <= 6 and ORG.match(fold(first)):
                return signature_org([_TAIL.sub("", rest)])
    return None


# Where a sentence names the organisation by itself: in brackets ("ich möchte mich
# vormerken lassen (Stadt X, Amt für Y, Mitglied)") or after "alle", "beide" ("Alle
# Gemeinde X, Fachbereich Soziales.", "beide Bezirksamt X, Fachamt Y, Mitglied.").
_SAID_APART = re.compile(r"\(([^()\n]{5,120})\)"
                         r"|(?:^|[.:!]\s+)(?:alle|beide|both|all of us|wir alle)\s+(?:vom\s+|von\s+der\s+|von\s+|from\s+)?"
                         r"([^.\n]{5,120})", re.I | re.M)
_MEMBERSHIP = re.compile(r"\b(?:mitglied\w*|member\w*|nichtmitglied\w*|non member\w*)\b")


def apart_org(text: str) -> str | None:
    """The organisation a sentence names in brackets or after "alle" / "beide", with its
    units, what it says about membership left out."""
    for match in _SAID_APART.finditer(text):
        said = re.sub(r"^(?:alle|beide|both|all)\s+", "", (match.group(1) or match.group(2)).strip(), flags=re.I)
        parts = [p.strip() for p in re.split(r"[,;]", said)]
        parts = [p for p in parts if p and not _MEMBERSHIP.search(fold(p).replace("-", " "))]
        # from the part that names the body: "(6. Semester, Hochschule Oderwalde)"
        at = next((k for k, p in enumerate(parts) if len(p.split()) <= 6 and ORG.match(fold(p))), None)
        if at is None:
            continue
        found = signature_org([", ".join(parts[at:])])
        if found:
            return found
    return None


# A unit "of" its body in the genitive ("in der Stabsstelle Sozialplanung des Kreises
# Eiderland") or the body after "vom", "von der", "aus dem" ("marco vom kreis lipperland").
_GENITIVE = {"kreises": "Kreis", "landkreises": "Landkreis", "bezirksamts": "Bezirksamt",
             "bezirksamtes": "Bezirksamt", "stadt": "Stadt", "gemeinde": "Gemeinde", "samtgemeinde": "Samtgemeinde"}
_UNIT_OF = re.compile(r"\b((?:Stabsstelle|Fachbereich|Fachdienst|Abteilung|Referat|Sachgebiet|Team|[A-ZÄÖÜ]\w*amt)"
                      r"(?:\s+[A-ZÄÖÜ][\w-]+){0,3})\s+(?:des|der)\s+(" + "|".join(_GENITIVE) + r")\s+"
                      r"([A-ZÄÖÜ][\w-]+(?:-[A-ZÄÖÜ][\w-]+)?)", re.I)
_FROM_BODY = re.compile(r"\b(?:vom|von der|aus dem|aus der)\s+((?:kreis|landkreis|bezirksamt|jobcenter|stadt|gemeinde)"
                        r"\s+[^\W\d][\w-]+)", re.I)


def body_of_org(text: str) -> str | None:
    """The organisation a phrase names with its unit in the genitive ("Kreis Eiderland,
    Stabsstelle Sozialplanung"), or the body the writer is "vom" ("Kreis Lipperland")."""
    match = _UNIT_OF.search(text)
    if match and match.group(1)[0].isupper():
        return f"{_GENITIVE[match.group(2).lower()]} {match.group(3)}, {match.group(1)}"
    match = _FROM_BODY.search(text)
    return match.group(1) if match else None
