"""The organisation in a signature: the body ("Stadt X", "University of Y") and its
units top-down as written ("Stadt X, Dezernat Y, Statistikstelle"), a job title or a
person never taken for one; also whether a text names an organisation at all."""

from __future__ import annotations

import re

from inbox_agent.understanding.signature import (
    CONTACT,
    GREETING,
    ORG,
    STREET,
    UNIT,
    looks_like_name,
    strip_by_order,
)
from inbox_agent.understanding.text import fold
from inbox_agent.understanding.values import title_case

_ROLE = re.compile(r"(?:planung|team|sekretariat|leitung|leiterin|leiter|referent\w*|"
                   r"researcher|manager|officer|assistant)\b", re.I)
# A line that begins a block of units without naming the organisation first.
_UNIT_START = re.compile(r"^(?:lehrstuhl|professur|institut|zentrum|chair|department|faculty|fakultaet|\w*amt\b|"
                         r"referat|dezernat|abteilung|fachbereich|sachgebiet)", re.I)
_PERSON_ROLE = re.compile(r"\b(?:\w*referent\w*|\w*planer(?:in)?|sachbearbeiter\w*|\w*leiter(?:in)?|leitung|"
                          r"assisten\w*|koordinator\w*|\w*beauftragte\w*|mitarbeiter\w*|dezernent\w*|"
                          r"manager|officer|researcher|director|head of|professor\w*|lecturer|coordinator|"
                          r"sekretariat|vorsitzende\w*|geschaeftsfuehr\w*|consultant|advis[eo]r|adviseur|"
                          r"konsulent|specialist|analyst|\w*koordinator\w*|associate|fellow|praktikant\w*|"
                          r"auszubildende\w*|volontaer\w*|trainee)\b", re.I)
# A line that starts with a person's job ("Leiter Fachstelle Alter", "Program Director").
_ROLE_FIRST = re.compile(r"^(?:leiter\w*|stellv\w*|head of|senior|program\w* director|director|"
                         r"executive|\w*referent\w*|sachbearbeiter\w*)\b", re.I)
_UNIT_WORD = re.compile(r"\b(?:\w*amt|\w*aemter|abteilung|\w*stelle|buero|referat|dezernat|sachgebiet|fachbereich|"
                        r"office|unit|department|lehrstuhl|chair|\w*kasse|kaemmerei|buchhaltung|\w*verwaltung|"
                        r"accounts|finance|team)\b", re.I)
# The street part of an address: "Wood Quay 5", "12345 Ort", "Postfach 1160".
_ADDRESS_LINE = re.compile(r"(?<!\w)\d+\s*[a-z]?$|^\s*(?:D-)?\d{4,5}\s|\bpostfach\b|\bp\.?\s?o\.? box\b|^\d+\s"
                           r"|\d\w?,\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+[^\W\d]", re.I)  # "Limmatquai 118, 8001 Zürichsee"
_NUMBERED_UNIT = re.compile(r"^(?:sachgebiet|referat|dezernat|fachbereich|fb|abteilung|amt|fachdienst|"
                            r"geschaeftsbereich|sachbereich|team|bereich)\s+\w*\d+\w*\s*$", re.I)
_UNIT_SPLIT = re.compile(r"\s+[|–—/-]\s+|\s*\|\s*|\s+/\s*")



# --- organisation ------------------------------------------------------------------


def signature_org(sig: list[str], full: bool = True) -> str | None:
    """The organisation in a signature, with its first unit ("Stadt X, Sozialamt").

    ``full=False`` gives the organisation alone, without its units.
    """
    lines = [line for line in sig[:14] if not line.lstrip().startswith(">")]  # a quote's lines are not the sender's
    for i, line in enumerate(lines):
        if not line or GREETING.match(fold(line)) or looks_like_name(line) or STREET.search(line) \
                or CONTACT.search(line) or line.startswith("(") or _is_sentence(line, parts=True):
            continue
        folded = fold(line)
        if not ORG.search(folded):
            continue
        if full and i and _UNIT_START.search(fold(lines[i - 1])) and not _not_org_line(lines[i - 1]) \
                and not ORG.search(fold(lines[i - 1])) and "," not in line:
            return f"{lines[i - 1]}, {line}"  # "Lehrstuhl für Sozialpolitik" above "Universität X"
        above = _unit_above(lines[i - 1]) if full and i else None
        if above:
            return f"{above}, {line}"  # "Policy & Partnerships" above "Vale of Tern Council"
        lowercase = line == line.lower()
        units = [u.strip(" ,") for u in re.split(r",\s*|" + _UNIT_SPLIT.pattern, line) if u.strip(" ,")]
        while len(units) > 1 and is_role_line(units[0]) and not ORG.search(fold(units[0])):
            units = units[1:]  # "Program Director, CivicBridge Fund"
        at = next((k for k, u in enumerate(units) if ORG.search(fold(u))), 0)
        if full and at and all(_is_unit(u, True) or _UNIT_ABOVE.search(fold(u)) for u in units[:at]):
            # "Community Services, Shire of Wattle Creek": as written, and the units below
            return ", ".join([*units, *_units_below([], lines[i + 1:], lowercase)])
        org = units[0]
        if _ROLE.search(fold(org)) and not ORG.search(fold(org)):
            continue
        result = ", ".join([org, *_units_below(units[1:], lines[i + 1:], lowercase, line)]) if full else org
        return title_case(result) if lowercase else result
    return None


_MAX_UNIT_LINES = 3
_MEMBERSHIP = re.compile(r"\b(?:mitglied\w*|member\w*|im auftrag|in vertretung)\b", re.I)
# A function under the units is the person's field of work, not a unit ("Sekretariat",
# "Leitung"). A planning team or unit is a unit like any other ("Team Sozialplanung",
# "Fachdienst Sozialplanung", "Jugendhilfeplanung": the corpus convention, which tests/mails
# follows since round 2 of issue 13; an invoice address needs the whole chain).
_FIELD_OF_WORK = re.compile(r"sekretariat|leitung", re.I)
# A planning unit ("Sozialplanung", "Team Planung und Steuerung") is a unit, not a role.
_PLANNING_UNIT = re.compile(r"^(?:(?:team|stabsstelle|fachdienst|abteilung|sachgebiet|referat|bereich)\s+)?"
                            r"[\w-]*planung\b", re.I)


_HEAD_OF_BODY = re.compile(r"(?:der|die)\s+(?:landr\w*|\w*buergermeister\w*|praesident\w*|direktor\w*)$")


def _units_below(inline: list[str], below: list[str], lenient: bool, org_line: str = "") -> list[str]:
    """The units that follow an organisation, top-down as written: the rest of its line
    ("Stadt X | Dezernat Y | Statistikstelle") and the lines under it ("Fachbereich 3 –
    Jugend, Soziales", a dash or comma inside a unit's name staying), up to a street,
    contact data, a person, a job title, a blank line, a sentence or a field of work.
    ``org_line`` is the organisation's line as written (its separators)."""
    units: list[str] = []
    parts_by_line = [inline] + [[p.strip(" ,") for p in _UNIT_SPLIT.split(line.strip()) if p.strip(" ,")]
                                for line in below[:_MAX_UNIT_LINES]]
    for n, parts in enumerate(parts_by_line):
        line = " – ".join(parts)
        if n and "·" in line and all(ORG.match(fold(p.strip())) for p in line.split("·")):
            continue  # the member municipalities of a Verwaltungsgemeinschaft: "Markt X · Gemeinde Y"
        if n and (not line or _not_org_line(line) or is_role_line(line) or _is_address_line(line)
                  or _is_sentence(line) or _MEMBERSHIP.search(fold(line)) or line.startswith((">", "-", "_", "*"))):
            break
        # "Kreis X – Der Landrat": the body's head is no unit.
        for i, part in enumerate(p for p in parts if not _HEAD_OF_BODY.match(fold(p))):
            first = not units
            # On the organisation's own line ("Gemeente X | Directie Y", "Stad X – Dienst Y")
            # what follows a bar or a dash is a unit by its place.
            if not _unit_part(part, lenient or not first, n > 0 and i > 0) or (first and not _first_unit(part, org_line if n == 0 else "")) \
                    or (not first and _FIELD_OF_WORK.search(fold(part))) or _tagline(part, org_line):
                return units
            units.append(part if i == 0 or n == 0 else units.pop() + " – " + part)
    return units


_COMPANY = re.compile(r"\b(?:gmbh|ag|kg|ug|llc|ltd|inc|plc)\b", re.I)


def _tagline(part: str, org_line: str) -> bool:
    """What a company says it does beside its name ("X GmbH | Beratung für Kommunen"):
    a phrase with "für" / "for" and no unit's word, on a company's line."""
    folded = fold(part)
    return bool(_COMPANY.search(org_line)) and re.search(r"\b(?:fuer|for)\b", folded) is not None \
        and not UNIT.search(folded) and not _UNIT_WORD.search(folded)


def _first_unit(part: str, line: str) -> bool:
    """The first unit under an organisation or after it on its ``line``: a unit's word
    ("Referat", "Kreiskasse"), several words ("Sozialsprengel Obervinschgau"), an
    acronym ("Ville de X, CCAS"), or by its place what follows a bar or a dash on the
    organisation's line ("Stadt X – Team Y"); a single other word after a comma is a
    town ("X Institute, Dublin")."""
    if _is_unit(part, True) or re.fullmatch(r"[A-ZÄÖÜ]{2,6}", part) or ORG.fullmatch(fold(part)):
        return True  # also a body of its own ("Gemeindeverband X" over "Sozialhilfeverband")
    return bool(line) and re.search(rf"(?:\s[|–—/-]\s*|\|\s*){re.escape(part)}", line) is not None


def _unit_part(part: str, lenient: bool, continued: bool = False) -> bool:
    """One part of a signature's organisation line that may be a unit: not a job
    title, not contact data, not a street; not a person, unless it continues a unit
    line ("Referat 32 – Sozialberichterstattung, Armutsprävention")."""
    if not part or CONTACT.search(part) or STREET.search(part) or is_role_line(part) \
            or (looks_like_name(part) and not continued):
        return False
    return _is_unit(part, lenient) or bool(ORG.search(fold(part))) or len(part.split()) <= 6


# English units written above their organisation ("Policy & Partnerships", "Adult Social Care").
_UNIT_ABOVE = re.compile(r"\b(?:services|care|partnerships|policy|section|department|unit|office|"
                         r"directorate|division|team)\b", re.I)


def _unit_above(line: str) -> str | None:
    """An English unit on the line above the organisation, without a job title before it."""
    parts = [p.strip() for p in line.split(",") if p.strip()]
    while parts and (is_role_line(parts[0]) or _ROLE_FIRST.match(fold(parts[0]))):
        parts = parts[1:]
    unit = ", ".join(parts)
    if not unit or len(unit.split()) > 6 or _not_org_line(unit) or ORG.search(fold(unit)) \
            or not _UNIT_ABOVE.search(fold(unit)) or _is_sentence(unit):
        return None
    return unit


def _is_address_line(line: str) -> bool:
    """A street, postcode or box line; "Sachgebiet 24" and "Referat S2" are units."""
    last = re.split(r"\s+[–—-]\s+", line.strip())[-1]  # "Der Landrat – Fachbereich 5"
    return bool(_ADDRESS_LINE.search(line)) and not _NUMBERED_UNIT.match(fold(last))


def _not_org_line(line: str) -> bool:
    """Empty, a greeting, a person, a street, contact data or a remark in parentheses."""
    return (not line or GREETING.match(fold(line)) is not None or looks_like_name(line)
            or STREET.search(line) is not None or CONTACT.search(line) is not None
            or line.startswith("(") or strip_by_order(line) != line.strip())


def is_role_line(line: str) -> bool:
    """A person's job ("Sozialplanerin", "Persönliche Referentin"), not a unit."""
    folded = fold(line)
    if _ROLE_FIRST.match(folded) and not ORG.search(folded):
        return True
    return len(line.split()) <= 5 and bool(_PERSON_ROLE.search(folded)) and not _UNIT_WORD.search(folded)


_CONNECTORS = frozenset("und für fuer der die das des den dem of and for the de di du la le am im von zu".split())


def _is_sentence(line: str, parts: bool = False) -> bool:
    """A sentence, not a line of a signature; with ``parts`` a long line whose parts are
    short ("Stadt X – Haupt- und Personalamt – Sachgebiet Y und Z") is none."""
    words = line.split()
    if parts and len(words) > 9:  # a sentence has words of its own beyond a name's "und", "für"
        return sum(1 for w in words if w[0].islower() and w.strip(".,") not in _CONNECTORS) >= 3
    return len(words) > 9 or (len(words) >= 4 and line.endswith((".", "!", "?")) and not line.endswith("V."))


def _is_unit(text: str, lenient: bool = False) -> bool:
    folded = fold(text)
    if _PLANNING_UNIT.match(folded.strip()):
        return True
    if _ROLE.search(folded) and not re.search(r"\b(?:\w*amt|fachbereich|abteilung|sachgebiet|\w*stelle|koordination)\b", folded):
        return False
    return bool(UNIT.search(folded)) or (lenient and len(text.split()) > 1)


def is_organization(text: str) -> bool:
    """Whether ``text`` names an organisation or a unit of one ("Stadt X", "Amt für ...")
    and not a person."""
    folded = fold(text)
    return bool(ORG.search(folded) or UNIT.search(folded)) and not looks_like_name(text)


# The vocabulary for the module that reads organisations elsewhere (``orgtext``).
UNIT_WORD = _UNIT_WORD
is_address_line = _is_address_line
