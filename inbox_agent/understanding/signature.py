"""The signature as a source of fields: the sender's name (signature, closing line,
From display name, address); the words that make a line an organisation's (``ORG``,
``UNIT``), read by ``organization`` ("Stadt X, Sozialamt").

Also where the sender's own text ends: ``signature_lines`` (from the closing greeting
on) and ``body_text`` (what they wrote, the parser's split corrected).
"""

from __future__ import annotations

import re
from functools import lru_cache

from inbox_agent.model import Mail
from inbox_agent.understanding.text import fold
from inbox_agent.understanding.written import inline_answers, spoken_punctuation
from inbox_agent.understanding.values import split_title, title_case

# A closing greeting ("Mit freundlichen Grüßen", "Best regards"), on folded text.
GREETING = re.compile(
    r"^(?:(?:danke|vielen dank|thanks)\s*(?:und|&|and)\s*)?(?:mit\s+)?(?:freundlich\w*|beste[nrs]?|viele\w*|liebe\w*|herzlich\w*|sonnige\w*|kollegial\w*|"
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
accounts payable receivable buchhaltung finanzen finance datenschutz vorzimmer poststelle rathaus
personalabteilung kasse
""".split())  # a shared mailbox's words ("Accounts Payable Easthaven", "Vorzimmer Abteilung 4")  # the last lines: an opening salutation ("Guten Tag,"), a thanks ("Danke, X") is not a name
_PARTICLES = {"von", "van", "de", "der", "zu", "den", "la", "le", "di", "da", "vom", "ten", "ter", "del", "am"}
CONTACT = re.compile(
    r"(?:\b(?:tel|telefon|fon|phone|fax|mobil|mobile|handy|e-?mail|mail|www|web|internet|"
    r"zimmer|raum|room)\b|https?:|@|\+\d|\d{3,}[\s/-]?\d{2,})",
    re.I,
)
STREET = re.compile(r"(?:str\.|straße|strasse|weg|platz|allee|ring|gasse|ufer|damm|square|street|road)\s*\d"
                     r"|^\s*\d{5}\s+\w|^\s*\d+\s+\w+\s+(?:street|road|square)", re.I)


class _Caseless:
    """A pattern written in lower case, matched as with ``re.IGNORECASE`` but without
    it, on the text lower-cased (2.5x faster on the long ``ORG`` and ``UNIT``). The same
    answers: for every code point, a letter of these patterns (and ``\\w``, ``\\s``,
    ``\\d``) matches it ignoring case exactly when it matches the lower-cased one, but
    for "İ", "ı" (matched by "i") and "ſ" (by "s"), spelled so first
    (tests/test_understanding_speed.py). The match is on the lower-cased text."""

    _SPECIAL = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})

    def __init__(self, *sources: str) -> None:
        self.pattern = "".join(sources)
        self._exact = re.compile(self.pattern)

    def search(self, text: str) -> re.Match[str] | None:
        return self._exact.search(text.translate(self._SPECIAL).lower())

    def match(self, text: str) -> re.Match[str] | None:
        return self._exact.match(text.translate(self._SPECIAL).lower())

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self._exact.fullmatch(text.translate(self._SPECIAL).lower())


# A line naming an organisation (folded text).
ORG = _Caseless(
    r"\b(?:\w*stadt|jobcenter|agentur|\w{3,}amt(?=\s+(?!fuer\b|der\b|des\b|und\b|im\b|in\b|\w*planung\b)\w)|landkreis|kreis|kreisverwaltung|kreisausschuss|landratsamt|amt(?=\s+(?!fuer\b|der\b|des\b)\w)|"
    r"verwaltungsgemeinschaft|bezirkshauptmannschaft|magistrat|kanton|canton|shire|stad|borough|"
    r"fund|foundation|charity|society|lab|network|commission|collective|forening|"
    r"bezirksamt|bezirk|\w*gemeinde|\w*(?:gemeinde|stadt|bezirks|landes)verwaltung|gemeente|region|regionalverband|"
    r"landschaftsverband|ministerium|senatsverwaltung|landesamt|\w*verband|verein|\w*vereinigung|\w*stiftung|"
    r"universitaet|hochschule|fachhochschule|institut|institute|university|college|"
    r"caritas\w*|diakonie\w*|awo|ggmbh|gmbh|city of|county|council|municipality|ministry|"
    r"markt(?!\s*\d)|centre|center|zentrum|trust|ayuntamiento|redaktion|magazin|verlag|akademie|academy|"
    r"kommune|gemeente|urzad|town of|city office|diakonisches werk|"
    # welfare bodies of Austria, South Tyrol, Switzerland, Luxembourg, East Belgium
    r"\w*sprengel|syndicat|office social|oeshz|cpas|ocmw|spitex|psychosozial\w* dienst|paritaetisch\w*|"
    r"primaria|asl|lra|clg|llc|ltd|limited|inc|plc|forum|"
    r"\w*regierung|bezirksgemeinschaft|ville de|commune|comune|administration communale|provincia|provincie)\b"
    r"|\be\.\s?v\.(?!\w)",  # "e. V." ends with a dot: no word boundary after it
)
# A unit of an organisation that belongs in "organisation" (not a team or a role).
UNIT = _Caseless(
    r"\b(?:\w*amt|\w*aemter|\w*bereich|fb\s*\d+|abteilung|sachgebiet|\w*referat|dezernat|geschaeftsbereich|"
    r"dienststelle|fakultaet|department|departement|division|soziales|jugend|familie|senioren|gesundheit|bildung|"
    r"fachdienst|stabsstelle|sozialverwaltung|"
    r"\w*stelle|\w*buero|kaemmerei|\w*buchhaltung|\w*verwaltung|lehrstuhl|\w*planung|\w*koordination|"
    r"\w*dienste?|direktion\w*|directie|wydzia[lł]|\w*forvaltning\w*|forvaltningen|"
    r"service social|services? sociaux|direction|settore|servizio|servizi|"
    r"section|office|unit|services|directorate|institute|faculty|school|accounting|finance|"
    r"\w*kasse|\w*dezernat|\w*management|\w*gruppe|\w*wesen|\w*arbeit|\w*eingang|\w*sprengel|afdeling|\w*planning|programmes?)\b",
)
def signature_lines(mail: Mail) -> list[str]:
    """The signature from its closing greeting on (or from the top if it has none).

    Falls back to the end of the text when the parser found no signature (a closing
    greeting without a comma, say).
    """
    if any(line.strip() and not _DEVICE_LINE.match(fold(line.strip())) for line in (mail.signature or "").splitlines()):
        lines = mail.signature.splitlines()  # (a phone's "Gesendet von meinem iPhone" alone is none)
        start = _closing(lines)
        return _cells(lines[start or 0:])
    lines = _before_quote((mail.text or "").splitlines())
    for i in range(len(lines) - 1, max(-1, len(lines) - 16), -1):
        if GREETING.match(fold(lines[i].strip())):
            return _cells(lines[i:])
    # A closing nobody listed ("Glück auf", "Mem fründlije Jroß", "Merci et bonne
    # journée"): the sender's own name on a line near the end starts the signature.
    own = _own_name_line(mail, lines)
    if own is not None:
        return _cells(lines[own:])
    # "i. A. Sandra X" (or "Im Auftrag" over the name) among the last lines, from a mailbox
    # whose display name is no person's: the signature starts there.
    for i in range(len(lines) - 1, max(-1, len(lines) - 8), -1):
        line = lines[i].strip()
        if (strip_by_order(line) != line and looks_like_name(strip_by_order(line))) or (
                _BY_ORDER_LINE.match(fold(line)) and i + 1 < len(lines) and looks_like_name(lines[i + 1])):
            return _cells(lines[i:])
    # No greeting at all: a last short paragraph that starts with a name ("Nicole
    # Brandl / Stadt Lindach, Gleichstellungsstelle") is the signature.
    blank = max((i for i, line in enumerate(lines) if not line.strip()), default=-1)
    last = _cells(lines[blank + 1:])
    if 1 < len(last) <= 6 and (looks_like_name(last[0])
                               or _BY_ORDER_LINE.match(fold(last[0])) and looks_like_name(last[1])):
        return last  # also "Im Auftrag" above the name
    return []


_BY_ORDER_LINE = re.compile(r"(?:im auftrag|in vertretung|i\.\s?a\.|i\.\s?v\.)$")


def _before_quote(lines: list[str]) -> list[str]:
    """The text's lines before a quote the parser left at its end ("Le 14/04/2025 à
    09:12, X a écrit :" over "> ..."): the quote's head and the quote cut off."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled or not lines[filled[-1]].lstrip().startswith(">"):
        return lines  # no quote at the end (one above the answer stays)
    first = filled[-1]
    while first > 0 and (lines[first - 1].lstrip().startswith(">") or not lines[first - 1].strip()):
        first -= 1
    head = lines[:first]
    while head and not head[-1].strip():
        head.pop()
    if head and head[-1].rstrip().endswith(":"):
        head.pop()
    return head


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
        # also the name in the other order ("Franz Gstöttner", From "Gstöttner Franz")
        if rest and (fold(rest) == wanted or (looks_like_name(rest) and (fold(rest).split()[-1] == wanted.split()[-1]
                                                                        or sorted(fold(rest).split()) == sorted(wanted.split())))):
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
    """Two to four capitalised words, no contact data, no organisation: a person.

    Kept for the last few hundred lines: the steps of one mail ask it of the same
    signature lines and names several times (a quarter of the calls)."""
    return _looks_like_name(line) if len(line) <= 200 else _looks_like_name.__wrapped__(line)


@lru_cache(maxsize=256)
def _looks_like_name(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 60 or CONTACT.search(line) or any(map(str.isdigit, line)):
        return False
    # Every test says no on its own: the cheap ones first, the two long patterns last.
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
    folded = fold(line)
    # "Urban Research Institute", "Landratsamt Beispielkreis", "Fakultät Soziale Arbeit"
    return not (ORG.search(folded) or UNIT.search(folded))


_BY_ORDER_PREFIX = re.compile(r"^(?:i\.\s?a\.|i\.\s?v\.|ppa?\.)\s*", re.I)


def strip_by_order(line: str) -> str:
    """The line without a leading "i. A.", "i. V.", "ppa." (signing for someone)."""
    return _BY_ORDER_PREFIX.sub("", line.strip())


def sender_name(mail: Mail, sig: list[str], text: str) -> str | None:
    """The sender's name: signature, closing line, From display name, address."""
    local = mail.sender.key.partition("@")[0] if mail.sender else ""
    display = display_name(mail.sender.name) if mail.sender and mail.sender.name else None
    candidates = []
    for line in sig[:8]:
        if GREETING.match(fold(line)):
            continue
        line = re.sub(r"^(?:Ihr|Ihre|Euer|Eure|Dein|Deine)\s+(?=[A-ZÄÖÜ])", "", line.strip())  # "Ihr Heinz-Dieter X"
        if looks_like_name(line):  # without letters after the name ("X, MCIP RPP", "X, PhD")
            candidates.append(" ".join(re.sub(r",(?:\s*(?:[A-Z]{2,}|Ph\.?D\.?|M\.?A\.?))+$", "", strip_by_order(line)).split()))
            break
        if local and re.sub(r"[^a-z]", "", fold(line)) == re.sub(r"[^a-z]", "", fold(local)) and " " in line.strip():
            candidates.append(title_case(line.strip()))  # "ulrike hoffmann-rehse"
            break
    for name in candidates:
        # "T. Brandt" in the signature, "Tobias Brandt" in From: the fuller one; also a
        # short form signed ("Kuni Dorsch", From "Kunigunde Dorsch").
        if display and display.split()[-1] == name.split()[-1] and (re.search(r"\b\w\.\s", name) or (
                len(display.split()) == len(name.split()) and _short_form(name.split()[0], display.split()[0]))):
            return display
        # "Wei Ling" signed, "Tan Wei Ling" in From: the whole name
        if display and len(display.split()) > len(name.split()) and f" {name} " in f" {display} " \
                and all(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß'-]+", w) for w in f" {display} ".replace(f" {name} ", " ").split()):
            return display  # (not a professional title: "Mag.a", "Ing.", "DSA")
        return name
    if display:
        return display
    return _name_from_local(local)


def _short_form(short: str, full: str) -> bool:
    """ "Kuni" of "Kunigunde", "Flo" of "Florian": a first name's beginning (3+ letters)."""
    return 3 <= len(fold(short)) < len(fold(full)) and fold(full).startswith(fold(short))


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
