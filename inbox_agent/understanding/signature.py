"""The signature as a source of fields: the sender's name (signature, closing line,
From display name, address) and organisation ("Stadt X, Sozialamt").

Also where the sender's own text ends: ``signature_lines`` (from the closing greeting
on) and ``body_text`` (what they wrote, the parser's split corrected).
"""

from __future__ import annotations

import re

from inbox_agent.model import Mail
from inbox_agent.understanding.text import fold
from inbox_agent.understanding.written import inline_answers, spoken_punctuation
from inbox_agent.understanding.values import split_title, title_case

# A closing greeting ("Mit freundlichen Grüßen", "Best regards"), on folded text.
GREETING = re.compile(
    r"^(?:(?:danke|vielen dank|thanks)\s*(?:und|&|and)\s*)?(?:mit\s+)?(?:freundlich\w*|beste\w*|viele\w*|liebe\w*|herzlich\w*|sonnige\w*|kollegial\w*|"
    r"schoene\w*|gruss|gruesse|gruessle|mfg|vg|lg|bg|best|kind|warm|regards|cheers|thanks|thank you|"
    r"many thanks|sincerely|yours|all the best|danke und gruss|pfiade|moin moin|tschuess|ciao|"
    r"met vriendelijke\w*|venlig hilsen|hilsen|pozdrawiam|best wishes|greetings|saludos)\b.*$",
    re.I,
)
_NOT_NAME_WORDS = frozenset(fold(w) for w in """
geschäftsstelle team office sekretariat verwaltung stadt landkreis kreis amt gemeinde
referat abteilung fachbereich dezernat info kontakt anmeldung verein ev gmbh university
universität hochschule institut ministerium bezirksamt senatsverwaltung sozialplanung
jugendamt sozialamt fachdienst service support noreply tel telefon fax mobil handy
www http https mail e-mail email und and the der die das im auftrag für von gesendet
meinem iphone ipad mobile region landratsamt senior researcher frau herr herrn
guten hallo moin servus hi hello dear liebe lieber sehr geehrte geehrter
danke thanks gruss gruesse
""".split())  # the last lines: an opening salutation ("Guten Tag,"), a thanks ("Danke, X") is not a name
_PARTICLES = {"von", "van", "de", "der", "zu", "den", "la", "le", "di", "da", "vom", "ten", "ter", "del"}
CONTACT = re.compile(
    r"(?:\b(?:tel|telefon|fon|phone|fax|mobil|mobile|handy|e-?mail|mail|www|web|internet|"
    r"zimmer|raum|room)\b|https?:|@|\+\d|\d{3,}[\s/-]?\d{2,})",
    re.I,
)
STREET = re.compile(r"(?:str\.|straße|strasse|weg|platz|allee|ring|gasse|ufer|damm|square|street|road)\s*\d"
                     r"|^\s*\d{5}\s+\w|^\s*\d+\s+\w+\s+(?:street|road|square)", re.I)
# A line naming an organisation (folded text).
_ORG = re.compile(
    r"\b(?:\w*stadt|jobcenter|agentur|\w{3,}amt(?=\s+(?!fuer\b|der\b|des\b|und\b|im\b|in\b|\w*planung\b)\w)|landkreis|kreis|kreisverwaltung|kreisausschuss|landratsamt|amt(?=\s+(?!fuer\b|der\b|des\b)\w)|"
    r"verwaltungsgemeinschaft|bezirkshauptmannschaft|magistrat|kanton|canton|shire|stad|borough|"
    r"fund|foundation|charity|society|lab|network|commission|collective|forening|"
    r"bezirksamt|bezirk|gemeinde|samtgemeinde|verbandsgemeinde|gemeente|region|regionalverband|"
    r"landschaftsverband|ministerium|senatsverwaltung|landesamt|\w*verband|verein|stiftung|"
    r"universitaet|hochschule|fachhochschule|institut|institute|university|college|"
    r"caritas\w*|diakonie\w*|awo|ggmbh|gmbh|city of|county|council|municipality|ministry|"
    r"markt(?!\s*\d)|centre|center|zentrum|trust|ayuntamiento|redaktion|magazin|verlag|akademie|academy|"
    r"kommune|gemeente|urzad|town of|city office|diakonisches werk|"
    r"\w*regierung|bezirksgemeinschaft|ville de|commune|comune|administration communale|provincia|provincie)\b"
    r"|\be\.\s?v\.(?!\w)",  # "e. V." ends with a dot: no word boundary after it
    re.I,
)
# A unit of an organisation that belongs in "organisation" (not a team or a role).
_UNIT = re.compile(
    r"\b(?:\w*amt|\w*aemter|sachbereich|fachbereich|fb\s*\d+|abteilung|sachgebiet|referat|dezernat|geschaeftsbereich|"
    r"dienststelle|fakultaet|department|departement|division|soziales|jugend|familie|senioren|gesundheit|bildung|"
    r"fachdienst|stabsstelle|sozialverwaltung|"
    r"\w*stelle|\w*buero|kaemmerei|\w*buchhaltung|\w*verwaltung|lehrstuhl|\w*planung|\w*koordination|"
    r"\w*dienste?|direktion\w*|directie|wydzia[lł]|\w*forvaltning\w*|forvaltningen|"
    r"service social|services? sociaux|direction|settore|servizio|servizi|"
    r"section|office|unit|services|directorate|institute|faculty|school|accounting|finance|"
    r"\w*kasse|\w*management|\w*gruppe|\w*wesen|\w*arbeit|\w*eingang|\w*sprengel|afdeling|\w*planning|programmes?)\b",
    re.I,
)
_ROLE = re.compile(r"(?:planung|team|sekretariat|leitung|leiterin|leiter|referent\w*|"
                   r"researcher|manager|officer|assistant)\b", re.I)
# A line that begins a block of units without naming the organisation first.
_UNIT_START = re.compile(r"^(?:lehrstuhl|professur|institut|zentrum|chair|department|faculty|fakultaet|\w*amt\b|"
                         r"referat|dezernat|abteilung|fachbereich|sachgebiet)", re.I)
_PERSON_ROLE = re.compile(r"\b(?:\w*referent\w*|\w*planer(?:in)?|sachbearbeiter\w*|\w*leiter(?:in)?|leitung|"
                          r"assisten\w*|koordinator\w*|\w*beauftragte\w*|mitarbeiter\w*|dezernent\w*|"
                          r"manager|officer|researcher|director|head of|professor\w*|lecturer|coordinator|"
                          r"sekretariat|vorsitzende\w*|geschaeftsfuehr\w*|consultant|advis[eo]r|adviseur|"
                          r"konsulent|specialist|analyst|\w*koordinator\w*|associate|fellow)\b", re.I)
# A line that starts with a person's job ("Leiter Fachstelle Alter", "Program Director").
_ROLE_FIRST = re.compile(r"^(?:leiter\w*|stellv\w*|head of|senior|program\w* director|director|"
                         r"executive|\w*referent\w*|sachbearbeiter\w*)\b", re.I)
_UNIT_WORD = re.compile(r"\b(?:\w*amt|\w*aemter|abteilung|\w*stelle|buero|referat|dezernat|sachgebiet|fachbereich|"
                        r"office|unit|department|lehrstuhl|chair|\w*kasse|kaemmerei|buchhaltung|\w*verwaltung|"
                        r"accounts|finance|team)\b", re.I)
# The street part of an address: "Wood Quay 5", "12345 Ort", "Postfach 1160".
_ADDRESS_LINE = re.compile(r"(?<!\w)\d+\s*[a-z]?$|^\s*(?:D-)?\d{4,5}\s|\bpostfach\b|\bp\.?\s?o\.? box\b|^\d+\s", re.I)
_NUMBERED_UNIT = re.compile(r"^(?:sachgebiet|referat|dezernat|fachbereich|fb|abteilung|amt|fachdienst|"
                            r"geschaeftsbereich|sachbereich|team|bereich)\s+\w*\d+\w*\s*$", re.I)
_UNIT_SPLIT = re.compile(r"\s+[|–—/-]\s+|\s*\|\s*|\s+/\s*")


def signature_lines(mail: Mail) -> list[str]:
    """The signature from its closing greeting on (or from the top if it has none).

    Falls back to the end of the text when the parser found no signature (a closing
    greeting without a comma, say).
    """
    if any(line.strip() and not _DEVICE_LINE.match(fold(line.strip())) for line in (mail.signature or "").splitlines()):
        lines = mail.signature.splitlines()  # (a phone's "Gesendet von meinem iPhone" alone is none)
        start = _closing(lines)
        return _cells(lines[start or 0:])
    lines = (mail.text or "").splitlines()
    for i in range(len(lines) - 1, max(-1, len(lines) - 16), -1):
        if GREETING.match(fold(lines[i].strip())):
            return _cells(lines[i:])
    # A closing nobody listed ("Glück auf", "Mem fründlije Jroß", "Merci et bonne
    # journée"): the sender's own name on a line near the end starts the signature.
    own = _own_name_line(mail, lines)
    if own is not None:
        return _cells(lines[own:])
    # No greeting at all: a last short paragraph that starts with a name ("Nicole
    # Brandl / Stadt Lindach, Gleichstellungsstelle") is the signature.
    blank = max((i for i, line in enumerate(lines) if not line.strip()), default=-1)
    last = _cells(lines[blank + 1:])
    if 1 < len(last) <= 6 and (looks_like_name(last[0])
                               or _BY_ORDER_LINE.match(fold(last[0])) and looks_like_name(last[1])):
        return last  # also "Im Auftrag" above the name
    return []


_BY_ORDER_LINE = re.compile(r"(?:im auftrag|in vertretung|i\.\s?a\.|i\.\s?v\.)$")


def _own_name_line(mail: Mail, lines: list[str]) -> int | None:
    """The index of a line among the text's last ones that is the From display name's
    person ("Frank Pützfeld", also "Dr. Martina Oberhollenzer", "Florian Eder" for
    "Flo Eder"), followed by at most six lines, if any."""
    name = display_name(mail.sender.name or "") if mail.sender and mail.sender.name else None
    if not name:
        return None
    wanted = fold(split_title(name)[1] or name)
    for i in range(len(lines) - 1, max(-1, len(lines) - 8), -1):
        _, rest = split_title(lines[i].strip())
        # the whole name, or a name with the same surname ("Florian Eder", From "Flo Eder")
        if rest and (fold(rest) == wanted or (looks_like_name(rest) and fold(rest).split()[-1] == wanted.split()[-1])):
            return i if 0 < len(lines) - i <= 7 else None
    return None


_TABLE_RULE = re.compile(r"[-|:+=\s]*\|[-|:+=\s]*")


def _cells(lines: list[str]) -> list[str]:
    """The lines stripped, a signature laid out as an HTML table read as its text: a
    cell's bars dropped ("| Marcel Jahn"), a rule between rows ("---|---") blank."""
    out = []
    for line in lines:
        line = line.strip()
        if "|" in line:
            line = "" if _TABLE_RULE.fullmatch(line) else line.strip("|").strip()
        out.append(line)
    return out


# A phone's line below the text: no words of the sender's own.
_DEVICE_LINE = re.compile(r"(?:von meinem \S+ gesendet|gesendet von \S.*|sent from my \S.*|get outlook for \S.*"
                          r"|envoye de mon \S.*|verstuurd vanaf mijn \S.*)$")
_REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|antw|antwort|wg|fw|fwd|sv|vs|tr|wtr)\s*(?:\[\d+\])?\s*:", re.I)


def own_words(text: str) -> bool:
    """Does ``text`` hold a line of the sender's own (not only a greeting, a closing or
    the phone's "Von meinem iPhone gesendet")?"""
    for line in text.splitlines():
        folded = fold(line.strip())
        if folded and not _DEVICE_LINE.match(folded) and not GREETING.match(folded):
            return True
    return False


def body_text(mail: Mail) -> str:
    """What the sender wrote: the text, plus any lines the parser put into the
    signature although they come before the closing greeting (e.g. "- " bullets).
    Someone who writes only a subject ("Voranmeldung Köln: Birgit Hollenhorst,
    Mitglied") wrote it there: then the subject is the text (not a reply's subject,
    which is the words of whoever wrote first)."""
    text = mail.text or ""
    subject = (mail.subject or "").strip()
    if subject and not own_words(text) and not _REPLY_SUBJECT.match(subject):
        text = f"{subject}\n{text}" if text.strip() else subject
    text = spoken_punctuation(text)
    inline = inline_answers(mail.quoted or "")
    if inline:
        text = f"{text}\n\n{inline}"
    signature = (mail.signature or "").splitlines()
    i = _closing(signature)
    if i and [x for x in signature[:i] if x.strip() not in ("--", "-- ", "")]:
        text = text + "\n" + "\n".join(signature[:i])
    return text


def _closing(lines: list[str]) -> int | None:
    """Where the closing starts in the parser's signature: the greeting among its first
    lines, else an "Im Auftrag" above a name (what comes before it is the text: a list,
    sentences, an address block), else None."""
    for i, line in enumerate(lines[:15]):
        if GREETING.match(fold(line.strip())):
            return i
    for i in range(len(lines) - 2, 0, -1):
        if _BY_ORDER_LINE.match(fold(lines[i].strip())) and looks_like_name(lines[i + 1]):
            return i
    return None


# --- names -------------------------------------------------------------------------


def looks_like_name(line: str) -> bool:
    """Two to four capitalised words, no contact data, no organisation: a person."""
    line = line.strip()
    if not line or len(line) > 60 or CONTACT.search(line) or any(ch.isdigit() for ch in line):
        return False
    if _ORG.search(fold(line)) or _UNIT.search(fold(line)):
        return False  # "Urban Research Institute", "Landratsamt Beispielkreis", "Fakultät Soziale Arbeit"
    _, rest = split_title(line)
    rest = strip_by_order(rest)
    words = rest.replace(",", " ").split()
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        if fold(word).strip(".") in _NOT_NAME_WORDS:
            return False
        if word in _PARTICLES:
            continue
        if not (word[0].isupper() and re.fullmatch(r"[^\W\d_][\w'.-]*", word)):
            return False
    return True


def strip_by_order(line: str) -> str:
    """The line without a leading "i. A.", "i. V.", "ppa." (signing for someone)."""
    return re.sub(r"^(?:i\.\s?a\.|i\.\s?v\.|ppa?\.)\s*", "", line.strip(), flags=re.I)


def sender_name(mail: Mail, sig: list[str], text: str) -> str | None:
    """The sender's name: signature, closing line, From display name, address."""
    local = mail.sender.key.partition("@")[0] if mail.sender else ""
    display = display_name(mail.sender.name) if mail.sender and mail.sender.name else None
    candidates = []
    for line in sig[:8]:
        if GREETING.match(fold(line)):
            continue
        if looks_like_name(line):  # without letters after the name ("X, MCIP RPP", "X, PhD")
            candidates.append(" ".join(re.sub(r",(?:\s*(?:[A-Z]{2,}|Ph\.?D\.?|M\.?A\.?))+$", "", strip_by_order(line)).split()))
            break
        if local and re.sub(r"[^a-z]", "", fold(line)) == re.sub(r"[^a-z]", "", fold(local)) and " " in line.strip():
            candidates.append(title_case(line.strip()))  # "ulrike hoffmann-rehse"
            break
    for name in candidates:
        # "T. Brandt" in the signature, "Tobias Brandt" in From: the fuller one.
        if display and re.search(r"\b\w\.\s", name) and display.split()[-1] == name.split()[-1]:
            return display
        return name
    if display:
        return display
    return _name_from_local(local)


def display_name(display: str) -> str | None:
    """A person's name from a From display name: "Schmidt, Anna" -> "Anna Schmidt"."""
    display = display.strip().strip("\"'")
    display = re.split(r"\s+[|–-]\s+|\s*\(|/", display)[0].strip()
    if "," in display:
        last, _, first = display.partition(",")
        first = first.strip()
        if first and " " not in last.strip():
            trailing = re.search(r"\s+((?:(?:prof|dr)\.\s*)+)$", first, re.I)
            title = trailing.group(1).strip() if trailing else ""
            first = first[: trailing.start()] if trailing else first
            lead, first = split_title(first)
            title = " ".join(t for t in (lead, title) if t)
            display = f"{title + ' ' if title else ''}{first} {last.strip()}"
    return display if looks_like_name(display) else None


def _name_from_local(local: str) -> str | None:
    """ "ulrike.hoffmann-rehse" -> "Ulrike Hoffmann-Rehse" (only for first.last)."""
    parts = local.split(".")
    if len(parts) == 2 and all(re.fullmatch(r"[a-z]{2,}(?:-[a-z]{2,})?", p) for p in parts):
        return title_case(" ".join(parts))
    return None


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
        if not _ORG.search(folded):
            continue
        if full and i and _UNIT_START.search(fold(lines[i - 1])) and not _not_org_line(lines[i - 1]) \
                and not _ORG.search(fold(lines[i - 1])) and "," not in line:
            return f"{lines[i - 1]}, {line}"  # "Lehrstuhl für Sozialpolitik" above "Universität X"
        above = _unit_above(lines[i - 1]) if full and i else None
        if above:
            return f"{above}, {line}"  # "Policy & Partnerships" above "Vale of Tern Council"
        lowercase = line == line.lower()
        units = [u.strip(" ,") for u in re.split(r",\s*|" + _UNIT_SPLIT.pattern, line) if u.strip(" ,")]
        while len(units) > 1 and is_role_line(units[0]) and not _ORG.search(fold(units[0])):
            units = units[1:]  # "Program Director, CivicBridge Fund"
        at = next((k for k, u in enumerate(units) if _ORG.search(fold(u))), 0)
        if full and at and all(_is_unit(u, True) for u in units[:at]):
            return ", ".join(units)  # "Community Services, Shire of Wattle Creek": as written
        org = units[0]
        if _ROLE.search(fold(org)) and not _ORG.search(fold(org)):
            continue
        result = ", ".join([org, *_units_below(units[1:], lines[i + 1:], lowercase)]) if full else org
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


def _units_below(inline: list[str], below: list[str], lenient: bool) -> list[str]:
    """The units that follow an organisation, top-down as written: the rest of its line
    ("Stadt X | Dezernat Y | Statistikstelle") and the lines under it ("Fachbereich 3 –
    Jugend, Soziales", a dash or comma inside a unit's name staying), up to a street,
    contact data, a person, a job title, a blank line, a sentence or a field of work."""
    units: list[str] = []
    parts_by_line = [inline] + [[p.strip(" ,") for p in _UNIT_SPLIT.split(line.strip()) if p.strip(" ,")]
                                for line in below[:_MAX_UNIT_LINES]]
    for n, parts in enumerate(parts_by_line):
        line = " – ".join(parts)
        if n and (not line or _not_org_line(line) or is_role_line(line) or _is_address_line(line)
                  or _is_sentence(line) or _MEMBERSHIP.search(fold(line)) or line.startswith((">", "-", "_", "*"))):
            break
        # "Kreis X – Der Landrat": the body's head is no unit.
        for i, part in enumerate(p for p in parts if not _HEAD_OF_BODY.match(fold(p))):
            first = not units
            # On the organisation's own line ("Gemeente X | Directie Y", "Stad X – Dienst Y")
            # what follows a bar or a dash is a unit by its place.
            if not _unit_part(part, lenient or not first, n > 0 and i > 0) or (first and not _first_unit(part, n)) \
                    or (not first and _FIELD_OF_WORK.search(fold(part))):
                return units
            units.append(part if i == 0 or n == 0 else units.pop() + " – " + part)
    return units


def _first_unit(part: str, n: int) -> bool:
    """The first unit under an organisation: a unit's word ("Referat", "Kreiskasse"), or
    by its place what follows the organisation on its own line ("Centre X, Chennai"), or
    a line of several words under it ("Sozialsprengel Obervinschgau", "Afdeling X")."""
    return n == 0 or _is_unit(part, True)


def _unit_part(part: str, lenient: bool, continued: bool = False) -> bool:
    """One part of a signature's organisation line that may be a unit: not a job
    title, not contact data, not a street; not a person, unless it continues a unit
    line ("Referat 32 – Sozialberichterstattung, Armutsprävention")."""
    if not part or CONTACT.search(part) or STREET.search(part) or is_role_line(part) \
            or (looks_like_name(part) and not continued):
        return False
    return _is_unit(part, lenient) or bool(_ORG.search(fold(part))) or len(part.split()) <= 6


# English units written above their organisation ("Policy & Partnerships", "Adult Social Care").
_UNIT_ABOVE = re.compile(r"\b(?:services|care|partnerships|policy|section|department|unit|office|"
                         r"directorate|division|team)\b", re.I)


def _unit_above(line: str) -> str | None:
    """An English unit on the line above the organisation, without a job title before it."""
    parts = [p.strip() for p in line.split(",") if p.strip()]
    while parts and (is_role_line(parts[0]) or _ROLE_FIRST.match(fold(parts[0]))):
        parts = parts[1:]
    unit = ", ".join(parts)
    if not unit or len(unit.split()) > 6 or _not_org_line(unit) or _ORG.search(fold(unit)) \
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
    if _ROLE_FIRST.match(folded) and not _ORG.search(folded):
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
    if _ROLE.search(folded) and not re.search(r"\b(?:\w*amt|fachbereich|abteilung|sachgebiet|\w*stelle)\b", folded):
        return False
    return bool(_UNIT.search(folded)) or (lenient and len(text.split()) > 1)


def is_organization(text: str) -> bool:
    """Whether ``text`` names an organisation or a unit of one ("Stadt X", "Amt für ...")
    and not a person."""
    folded = fold(text)
    return bool(_ORG.search(folded) or _UNIT.search(folded)) and not looks_like_name(text)


# The vocabulary for the modules that read organisations elsewhere (``orgtext``).
ORG, UNIT, UNIT_WORD = _ORG, _UNIT, _UNIT_WORD
is_address_line = _is_address_line
