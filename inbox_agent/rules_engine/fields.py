"""What a mail tells about the attendee: name, title, e-mail, organisation, membership,
persons, invoice address, payment agreement.

Three sources, in order of trust: the filled-in PDF form, form lines in what the
sender wrote ("Name: ...", "VSOP-Mitglied: ja"), and free text (the signature, the
From display name, sentences like "ich bin kein Mitglied"). Quoted text is never
read: a reply quoting our blank form must not look filled in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..model import Fields, Mail
from .pdfform import read_form
from .text import fold

# Built-in form labels (folded, see ``_label_key``); rules/fields.toml adds more.
DEFAULT_LABELS: dict[str, tuple[str, ...]] = {
    "name": ("name", "vor und nachname", "vor und zuname", "teilnehmer", "teilnehmerin",
             "teilnehmende", "teilnehmender", "full name", "your name", "participant",
             "name teilnehmer", "name der teilnehmerin", "name des teilnehmers"),
    "first_name": ("vorname", "first name", "given name"),
    "last_name": ("nachname", "familienname", "zuname", "last name", "surname", "family name"),
    "title": ("titel", "akademischer titel", "title", "anrede titel"),
    "email": ("e mail", "email", "mail", "e mail adresse", "email adresse", "mailadresse",
              "e mail address", "email address"),
    "organization": ("organisation", "organization", "institution", "dienststelle", "behoerde",
                     "arbeitgeber", "einrichtung", "verwaltung", "kommune", "firma", "traeger",
                     "organisation institution", "organisation dienststelle", "employer",
                     "organisation kommune", "institution organisation"),
    "member": ("vsop mitglied", "mitglied", "mitgliedschaft", "vsop mitgliedschaft",
               "mitglied im vsop", "member", "vsop member", "membership"),
    "persons": ("personen", "anzahl personen", "anzahl der personen", "anzahl teilnehmende",
                "anzahl teilnehmer", "anzahl", "teilnehmerzahl", "persons", "number of persons",
                "number of participants", "participants", "people"),
    "people": ("weitere personen", "weitere teilnehmende", "weitere teilnehmer",
               "weitere teilnehmerinnen", "begleitung", "further participants",
               "additional participants", "other participants"),
    "invoice_address": ("rechnungsanschrift", "rechnungsadresse", "rechnungsempfaenger",
                        "anschrift fuer die rechnung", "invoice address", "billing address",
                        "rechnungsanschrift falls abweichend", "rechnung an"),
    "payment_agreement": ("zahlungsvereinbarung", "zahlungsvereinbarung akzeptiert",
                          "zahlungsvereinbarung zugestimmt", "payment agreement", "payment terms"),
    "date": ("datum", "date"),
    "remarks": ("bemerkungen", "bemerkung", "anmerkungen", "anmerkung", "remarks", "comments"),
}
MULTILINE = frozenset({"invoice_address", "people", "remarks"})
# PDF form field names of templates/attachments/anmeldeformular-*.pdf.
PDF_FIELDS = {
    "name": "name", "titel": "title", "email": "email", "organisation": "organization",
    "vsop_mitglied": "member", "personen": "persons", "weitere_personen": "people",
    "rechnungsanschrift": "invoice_address", "zahlungsvereinbarung": "payment_agreement",
    "datum": "date", "bemerkungen": "remarks",
}

_TITLE = re.compile(
    r"^(?:(?:univ\.-)?prof\.(?:\s*em\.)?|dr\.(?:\s*-?\s*ing\.|\s*med\.|\s*phil\.|\s*rer\.\s*\w+\.|\s*jur\.)?"
    r"|dipl\.-\s*\w+\.?|pd|apl\.\s*prof\.|m\.\s*a\.|b\.\s*a\.)\s*",
    re.I,
)
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_LINE = re.compile(r"^\s*(?:[-*•>]\s*)?([^\W\d][^:=|\n]{0,50}?)\s*(?:\(.{0,40}\))?\s*\*?\s*(?:[:=]|\|)\s*\|?\s*(.*?)\s*\|?\s*$")
_YES = re.compile(r"^(?:ja|j|yes|y|x|\[x\]|☒|☑|✓|✔|zutreffend|ja,.*|yes,.*|ja\b.*|yes\b.*|akzeptiert|zugestimmt|"
                  r"einverstanden|agreed|accepted|bin mitglied|i agree|ich stimme zu|stimme zu|"
                  r"wird akzeptiert|ist akzeptiert|ok|okay)$", re.I)
_NO = re.compile(r"^(?:nein|n|no|\[ \]|☐|nicht zutreffend|nein,.*|no,.*|nein\b.*|no\b.*|kein.*|nicht.*|none)$", re.I)
_NUMBERS = {
    "eine": 1, "einer": 1, "ein": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3,
    "vier": 4, "four": 4, "fuenf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7, "seven": 7,
    "acht": 8, "eight": 8, "neun": 9, "nine": 9, "zehn": 10, "ten": 10,
}
_ZU = {"zweit": 2, "dritt": 3, "viert": 4, "fuenft": 5, "sechst": 6}

_GREETING = re.compile(
    r"^(?:mit\s+)?(?:freundlich\w*|beste\w*|viele\w*|liebe\w*|herzlich\w*|sonnige\w*|kollegial\w*|"
    r"schoene\w*|gruss|gruesse|gruessle|mfg|vg|lg|bg|best|kind|warm|regards|cheers|thanks|thank you|"
    r"many thanks|sincerely|yours|all the best)\b.*$|^(?:gruss|gruesse|regards)\b.*$",
    re.I,
)
_NOT_NAME_WORDS = frozenset(fold(w) for w in """
geschäftsstelle team office sekretariat verwaltung stadt landkreis kreis amt gemeinde
referat abteilung fachbereich dezernat info kontakt anmeldung verein ev gmbh university
universität hochschule institut ministerium bezirksamt senatsverwaltung sozialplanung
jugendamt sozialamt fachdienst service support noreply tel telefon fax mobil handy
www http https mail e-mail email und and the der die das im auftrag für von
""".split())
_ORG_WORDS = re.compile(
    r"\b(?:stadt|landeshauptstadt|hansestadt|kreisstadt|landkreis|kreis|kreisverwaltung|"
    r"bezirksamt|bezirk|gemeinde|samtgemeinde|verbandsgemeinde|amt|aemter|ministerium|"
    r"senatsverwaltung|landesamt|landschaftsverband|regionalverband|region|"
    r"universitaet|hochschule|fachhochschule|institut|stiftung|verband|verein|"
    r"caritas|diakonie|awo|paritaet\w*|gmbh|ggmbh|e\.\s?v\.|ev|ag|kg|"
    r"behoerde|dezernat|fachbereich|referat|jugendamt|sozialamt|sozialreferat|"
    r"city of|county|council|university|institute|ministry|municipality|department)\b",
    re.I,
)
_CONTACT = re.compile(
    r"(?:\b(?:tel|telefon|fon|phone|fax|mobil|mobile|handy|e-?mail|mail|www|web|internet|"
    r"zimmer|raum|room)\b|https?:|@|\+\d|\d{3,}[\s/-]?\d{2,})",
    re.I,
)
_STREET = re.compile(r"(?:str\.|straße|strasse|weg|platz|allee|ring|gasse|ufer|damm)\s*\d|^\s*\d{5}\s+\w", re.I)
_ON_BEHALF = re.compile(
    r"\b(?:fuer meine[nr]? |fuer unsere[nr]? |fuer (?:frau|herrn?) |meine[nr]? (?:kolleg|mitarbeiter)|"
    r"unsere[nr]? (?:kolleg|mitarbeiter)|im auftrag|in vertretung|on behalf of|my colleague|"
    r"(?:frau|herrn?) \S+ (?:\S+ )?(?:moechte|wuerde|anmelden)|anmeldung (?:fuer|von) )",
    re.I,
)


@dataclass
class Extracted:
    """Fields plus what the rules want to know about how they were found."""

    fields: Fields
    form_lines: int = 0
    pdf_form: bool = False
    sources: dict[str, str] = field(default_factory=dict)  # field -> "pdf" / "form" / "text"


def label_key(label: str) -> str:
    """How labels are compared: folded, parentheses dropped, only letters and spaces."""
    label = re.sub(r"\(.*?\)", " ", fold(label))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", label).split())


def build_label_index(extra: Mapping[str, tuple[str, ...]] = {}) -> dict[str, str]:
    """{folded label: field} from the built-in labels plus those of rules/fields.toml."""
    index: dict[str, str] = {}
    for name, labels in DEFAULT_LABELS.items():
        for label in labels:
            index[label_key(label)] = name
    for name, labels in extra.items():
        for label in labels:
            index[label_key(label)] = name
    return index


_DEFAULT_INDEX = build_label_index()


def extract(mail: Mail, labels: Mapping[str, str] | None = None,
            own_addresses: frozenset[str] = frozenset()) -> Extracted:
    """Every field the mail gives; see the module docstring for the sources."""
    index = labels or _DEFAULT_INDEX
    values: dict[str, str] = {}
    sources: dict[str, str] = {}

    pdf = _pdf_values(mail)
    for key, value in pdf.items():
        values[key] = value
        sources[key] = "pdf"
    form = _form_lines(mail.text or "", index)
    for key, value in form.items():
        if key not in values and value:
            values[key] = value
            sources[key] = "form"

    result: dict[str, object] = {}
    own = {a.lower() for a in own_addresses}

    # Name and title.
    name = values.get("name")
    if not name and (values.get("first_name") or values.get("last_name")):
        name = " ".join(v for v in (values.get("first_name"), values.get("last_name")) if v)
    title = values.get("title")
    behalf = _on_behalf(mail.text or "", own, mail)
    if not name and behalf and behalf[0]:
        name = behalf[0]
        sources["name"] = "text"
    if not name:
        name = _signature_name(mail.signature or "") or _closing_name(mail.text or "")
        if name:
            sources["name"] = "signature"
    if not name and mail.sender and mail.sender.name:
        name = _display_name(mail.sender.name)
        if name:
            sources["name"] = "from"
    if name:
        found_title, name = split_title(name)
        title = title or found_title
    result["name"] = name or None
    result["title"] = (title or "").strip() or None

    # E-mail: form line, an address named for a colleague, Reply-To, From.
    email = _first_address(values.get("email", ""))
    if not email and behalf and behalf[1]:
        email = behalf[1]
        sources["email"] = "text"
    if not email and mail.reply_to and mail.reply_to[0].key not in own:
        email = mail.reply_to[0].key
        sources.setdefault("email", "reply-to")
    if not email and mail.sender and mail.sender.key not in own:
        email = mail.sender.key
        sources.setdefault("email", "from")
    result["email"] = email.lower() if email else None

    # Organisation.
    organization = values.get("organization") or _signature_org(mail.signature or "") or _text_org(mail.text or "")
    if organization and "organization" not in sources:
        sources["organization"] = "text"
    result["organization"] = _tidy(organization) if organization else None

    # Membership and payment agreement.
    member = _yes_no(values["member"]) if "member" in values else None
    if member is None:
        member = _text_member(mail.text or "")
        if member is not None:
            sources["member"] = "text"
    result["member"] = member
    agreement = _yes_no(values["payment_agreement"]) if "payment_agreement" in values else None
    if agreement is None:
        agreement = _text_agreement(mail.text or "")
        if agreement is not None:
            sources["payment_agreement"] = "text"
    result["payment_agreement"] = agreement

    # People and persons.
    people = _people(values.get("people", ""))
    result["people"] = people
    persons = _number(values.get("persons", ""))
    if persons is None:
        persons = _text_persons(mail.text or "")
        if persons is not None:
            sources["persons"] = "text"
    if persons is None and people:
        persons = len(people) + 1
    result["persons"] = persons

    # Invoice address.
    invoice = values.get("invoice_address") or _text_invoice(mail.text or "")
    result["invoice_address"] = _tidy_block(invoice) if invoice else None

    filled_form = sum(1 for k in form if form[k])
    return Extracted(Fields(**result), filled_form, bool(pdf), sources)


# --- PDF ---------------------------------------------------------------------------


def _pdf_values(mail: Mail) -> dict[str, str]:
    for attachment in mail.attachments:
        if attachment.content_type != "application/pdf" and not attachment.filename.lower().endswith(".pdf"):
            continue
        form = read_form(attachment.data)
        if not form:
            continue
        values = {PDF_FIELDS[k]: v for k, v in form.items() if k in PDF_FIELDS}
        # A blank form (only the defaults "1 person", unticked boxes) tells nothing.
        if any(values.get(k) for k in ("name", "email", "organization", "invoice_address")):
            return values
    return {}


# --- form lines --------------------------------------------------------------------


def _form_lines(text: str, index: Mapping[str, str]) -> dict[str, str]:
    """{field: value} from "Label: value" lines; multi-line values continue below."""
    found: dict[str, str] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = _LINE.match(lines[i])
        key = index.get(label_key(match.group(1))) if match else None
        if key is None:
            i += 1
            continue
        value = match.group(2).strip().strip("_").strip()
        i += 1
        if key in MULTILINE or not value:
            block = [value] if value else []
            while i < len(lines) and lines[i].strip() and not _is_label(lines[i], index):
                if key not in MULTILINE and block:
                    break
                block.append(lines[i].strip())
                i += 1
            value = "\n".join(block)
        if value and _is_placeholder(value):
            value = ""
        if key not in found or not found[key]:
            found[key] = value
    return found


def _is_label(line: str, index: Mapping[str, str]) -> bool:
    match = _LINE.match(line)
    return bool(match and label_key(match.group(1)) in index)


def _is_placeholder(value: str) -> bool:
    """ "______", "...", "[bitte ausfüllen]", "ja/nein": a blank left blank."""
    folded = fold(value).strip()
    return (not re.search(r"[a-z0-9]", folded)
            or folded in ("ja/nein", "ja / nein", "yes/no", "yes / no", "bitte ausfuellen", "[bitte ausfuellen]",
                          "ja nein", "(ja/nein)"))


# --- values ------------------------------------------------------------------------


def _yes_no(value: str) -> bool | None:
    value = value.strip().strip(".!").strip()
    if not value:
        return None
    folded = fold(value)
    if _NO.match(folded):
        return False
    if _YES.match(folded):
        return True
    return None


def _number(value: str) -> int | None:
    folded = fold(value)
    found = re.search(r"\d+", folded)
    if found:
        number = int(found.group(0))
        return number if 0 < number < 100 else None
    for word, number in _NUMBERS.items():
        if re.search(rf"\b{word}\b", folded):
            return number
    return None


def _people(value: str) -> tuple[str, ...]:
    if not value.strip():
        return ()
    items = re.split(r"\n|;|,(?![^()]*\))| und | and ", value)
    out = []
    for item in items:
        item = re.sub(r"^\s*(?:\d+[.)]|[-*•])\s*", "", item).strip()
        item = _ADDRESS.sub("", item).strip(" ()<>,-")
        if item and not _is_placeholder(item) and fold(item) not in ("keine", "none", "-", "nein"):
            out.append(" ".join(item.split()))
    return tuple(out)


def split_title(name: str) -> tuple[str | None, str]:
    """("Prof. Dr.", "Anna Schmidt") from "Prof. Dr. Anna Schmidt"."""
    name = " ".join(name.split())
    titles = []
    while True:
        match = _TITLE.match(name)
        if not match or not match.group(0).strip():
            break
        titles.append(match.group(0).strip())
        name = name[match.end():]
    return (" ".join(titles) or None), name.strip(" ,")


def _first_address(value: str) -> str | None:
    found = _ADDRESS.search(value or "")
    return found.group(0).rstrip(".") if found else None


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" ,;")


def _tidy_block(value: str) -> str:
    """An address on one line, its lines joined by commas: "Stadt X, Amt Y, Markt 1, 12345 X"."""
    lines = [" ".join(line.split()).strip(" ,;") for line in value.splitlines()]
    return ", ".join(line for line in lines if line)


# --- free text ---------------------------------------------------------------------


def _looks_like_name(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 60 or _CONTACT.search(line) or any(ch.isdigit() for ch in line):
        return False
    _, rest = split_title(line)
    rest = re.sub(r"^(?:i\.\s?a\.|i\.\s?v\.|ppa?\.)\s*", "", rest, flags=re.I)
    words = rest.replace(",", " ").split()
    if not 2 <= len(words) <= 4:
        return False
    particles = {"von", "van", "de", "der", "zu", "den", "la", "le", "di", "da", "vom", "ten", "ter"}
    for word in words:
        if fold(word) in _NOT_NAME_WORDS:
            return False
        if word in particles:
            continue
        if not (word[0].isupper() and re.fullmatch(r"[^\W\d_][\w'.-]*", word)):
            return False
    return True


def _clean_name(line: str) -> str:
    line = re.sub(r"^(?:i\.\s?a\.|i\.\s?v\.|ppa?\.)\s*", "", line.strip(), flags=re.I)
    return " ".join(line.split())


def _signature_name(signature: str) -> str | None:
    """The first name-like line of the signature, after the closing greeting."""
    lines = [line.strip() for line in signature.splitlines() if line.strip() and line.strip() not in ("--", "-- ")]
    for line in lines[:4]:
        if _GREETING.match(fold(line)):
            continue
        if _looks_like_name(line):
            return _clean_name(line)
    return None


def _closing_name(text: str) -> str | None:
    """A name right after a closing greeting at the end of the text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for i in range(len(lines) - 1, max(-1, len(lines) - 5), -1):
        if _GREETING.match(fold(lines[i])) and i + 1 < len(lines):
            if _looks_like_name(lines[i + 1]):
                return _clean_name(lines[i + 1])
    return None


def _display_name(display: str) -> str | None:
    """A person's name from a From display name: "Schmidt, Anna" -> "Anna Schmidt"."""
    display = display.strip().strip("\"'")
    display = re.split(r"\s+[|/–-]\s+|\s*\(", display)[0].strip()
    if "," in display:
        last, _, first = display.partition(",")
        if first.strip() and " " not in last.strip():
            title, first = split_title(first.strip())
            display = f"{title + ' ' if title else ''}{first} {last.strip()}"
    if _looks_like_name(display) or (len(display.split()) == 1 and False):
        return display
    return None


def _signature_org(signature: str) -> str | None:
    lines = [line.strip() for line in signature.splitlines() if line.strip()]
    for line in lines[1:10]:
        if _GREETING.match(fold(line)) or _looks_like_name(line):
            continue
        if _STREET.search(line) or re.search(r"\b(?:tel|fax|mobil|e-?mail|www|http)", line, re.I) or "@" in line:
            continue
        if _ORG_WORDS.search(fold(line)):
            return line.strip(" –-|")
    return None


_ORG_IN_TEXT = re.compile(
    r"\b(?:von der|vom|bei der|beim|fuer die|fuer den|for the|from the|at the|with the)\s+"
    r"((?:stadt|landeshauptstadt|hansestadt|landkreis|kreis|bezirksamt|gemeinde|"
    r"universitaet|hochschule|city of|university of|county)\b[^.,;\n]{2,60})",
    re.I,
)


def _text_org(text: str) -> str | None:
    match = _ORG_IN_TEXT.search(fold(text))
    if not match:
        return None
    start, end = match.span(1)
    # Give it back in the sender's spelling: the folded text has the same words.
    original = _unfold_span(text, fold(text), start, end)
    original = re.split(r"\s+(?:und|and|an|teil|zur|zum|to|an der)\b", original)[0]
    return original.strip()


def _unfold_span(text: str, folded: str, start: int, end: int) -> str:
    """The part of ``text`` that folds to folded[start:end] (umlauts fold to 2 letters)."""
    pos = 0
    out_start = out_end = None
    for index, char in enumerate(text):
        if out_start is None and pos >= start:
            out_start = index
        pos += len(fold(char))
        if pos >= end:
            out_end = index + 1
            break
    if out_start is None:
        return folded[start:end]
    return text[out_start:out_end]


_MEMBER_NO = re.compile(
    r"\b(?:kein(?:e)?\s+(?:vsop-?)?mitglied|nicht\s+(?:vsop-?)?mitglied|nichtmitglied|nicht-mitglied|"
    r"(?:noch\s+)?nicht\s+im\s+vsop|not\s+an?\s+(?:vsop\s+)?member|non-?member|no\s+member)",
    re.I,
)
_MEMBER_YES = re.compile(
    r"\b(?:(?:ich\s+bin|wir\s+sind|bin|sind|als)\s+(?:\w+\s+){0,3}?(?:vsop-?)?mitglied(?:er|erin)?"
    r"|(?:vsop-?)?mitglied(?:\s+\w+){0,3}\s+(?:im|des|beim)\s+vsop|mitgliedsbeitrag|mitgliedspreis|"
    r"i\s+am\s+an?\s+(?:vsop\s+)?member|we\s+are\s+(?:vsop\s+)?members|as\s+an?\s+(?:vsop\s+)?member)",
    re.I,
)


def _text_member(text: str) -> bool | None:
    folded = fold(text)
    if _MEMBER_NO.search(folded):
        return False
    if _MEMBER_YES.search(folded):
        return True
    return None


_AGREE = re.compile(
    r"(?:zahlungsvereinbarung|zahlungsbedingungen|teilnahmegebuehr|payment\s+(?:agreement|terms))"
    r"[^.\n]{0,80}?\b(?:akzeptier|zustimm|stimme|einverstanden|erkenne|bestaetig|an\b|agree|accept|zu\b)"
    r"|(?:akzeptiere|bestaetige|stimme|erkenne|agree to|accept)[^.\n]{0,60}?"
    r"(?:zahlungsvereinbarung|zahlungsbedingungen|payment\s+(?:agreement|terms))",
    re.I,
)


def _text_agreement(text: str) -> bool | None:
    return True if _AGREE.search(fold(text)) else None


_PERSONS = re.compile(
    r"\b(\d{1,2}|eine|einer|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|two|three|four|five|six)"
    r"\s+(?:\w+\s+)?(?:personen|teilnehmende|teilnehmer(?:innen)?|plaetze|people|persons|participants|places|seats)\b",
    re.I,
)
_ZU_N = re.compile(r"\bzu\s+(zweit|dritt|viert|fuenft|sechst)\b", re.I)


def _text_persons(text: str) -> int | None:
    folded = fold(text)
    match = _PERSONS.search(folded)
    if match:
        return _number(match.group(1))
    match = _ZU_N.search(folded)
    if match:
        return _ZU[match.group(1)]
    return None


_INVOICE = re.compile(
    r"(?:rechnung\w*\s+(?:bitte\s+)?(?:an|geht an|an folgende (?:adresse|anschrift))\b"
    r"|rechnungs(?:anschrift|adresse)\s+(?:ist|lautet)|invoice\s+(?:to|address is)\b)",
    re.I,
)


def _text_invoice(text: str) -> str | None:
    """The lines after "Rechnung bitte an:" and the like, up to a blank line."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not _INVOICE.search(fold(line)):
            continue
        block = []
        if ":" in line:
            rest = line.split(":", 1)[1].strip()
            if rest:
                block.append(rest)
        for following in lines[i + 1:]:
            if not following.strip():
                if block:
                    break
                continue
            if _GREETING.match(fold(following.strip())):
                break
            block.append(following.strip())
            if len(block) >= 6:
                break
        return "\n".join(block) or None
    return None


def _on_behalf(text: str, own: set[str], mail: Mail) -> tuple[str | None, str | None] | None:
    """(name, address) of a colleague the sender registers, when the text says so."""
    folded = fold(text)
    cue = _ON_BEHALF.search(folded)
    if not cue:
        return None
    sender = mail.sender.key if mail.sender else ""
    for match in _ADDRESS.finditer(text):
        address = match.group(0).rstrip(".").lower()
        if address in own or address == sender:
            continue
        before = text[max(0, match.start() - 80):match.start()]
        before = re.split(r"[\n:;]", before)[-1]
        before = re.sub(r"[(<\[,\s]+$", "", before)
        words = before.split()
        name_words: list[str] = []
        for word in reversed(words):
            clean = word.strip("(),")
            if clean[:1].isupper() or _TITLE.match(clean + " "):
                if fold(clean) in ("frau", "herr", "herrn", "kollegin", "kollegen", "kollege", "ms.", "mr.", "mrs."):
                    break
                name_words.insert(0, clean)
                if len(name_words) >= 5:
                    break
            else:
                break
        name = " ".join(name_words) or None
        if name and not _looks_like_name(name):
            name = None
        return name, address
    return None
