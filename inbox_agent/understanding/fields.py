"""What a mail tells about the attendee: name, title, e-mail, organisation, membership,
persons, invoice address, payment agreement.

Three sources, in order of trust: the filled-in PDF form, form lines in what the
sender wrote ("Name: ...", "VSOP-Mitglied: ja"), and free text (the signature, the
From display name, sentences like "ich bin kein Mitglied"). Quoted text is never
read: a reply quoting our blank form must not look filled in.

Labels and the phrases for membership, payment agreement and "on behalf of" are
data: the built-in ones below plus what ``rules/fields.toml`` adds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from inbox_agent.model import Address, Fields, Mail
from inbox_agent.understanding.pdfform import read_form
from inbox_agent.understanding.text import fold, normalise, phrase_pattern

# --- built-in vocabulary (rules/fields.toml adds to it) -----------------------------

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
                     "arbeitgeber", "einrichtung", "kommune", "firma", "traeger",
                     "organisation institution", "organisation dienststelle", "employer",
                     "organisation kommune", "institution organisation"),
    "member": ("vsop mitglied", "mitglied", "mitgliedschaft", "vsop mitgliedschaft",
               "mitglied im vsop", "member", "vsop member", "membership"),
    "persons": ("personen", "anzahl personen", "anzahl der personen", "anzahl teilnehmende",
                "anzahl teilnehmer", "anzahl", "teilnehmerzahl", "persons", "number of persons",
                "number of participants", "participants", "people"),
    "people": ("weitere personen", "weitere teilnehmende", "weitere teilnehmer",
               "weitere teilnehmerinnen", "begleitung", "further persons", "further participants",
               "additional participants", "other participants"),
    "invoice_address": ("rechnungsanschrift", "rechnungsadresse", "rechnungsempfaenger",
                        "anschrift fuer die rechnung", "invoice address", "billing address",
                        "rechnungsanschrift falls abweichend", "rechnung an"),
    "payment_agreement": ("zahlungsvereinbarung", "zahlungsvereinbarung akzeptiert",
                          "zahlungsvereinbarung zugestimmt", "payment agreement", "payment terms",
                          "zahlung nach rechnungserhalt", "zahlung"),
    "date": ("datum", "date"),
    "remarks": ("bemerkungen", "bemerkung", "anmerkungen", "anmerkung", "remarks", "comments"),
}

# Phrases (see text.phrase_pattern) that state a field in free text.
DEFAULT_PHRASES: dict[str, tuple[str, ...]] = {
    "member_no": (
        "kein mitglied", "keine mitglieder", "kein vsop mitglied", "keine vsop mitglieder",
        "nicht mitglied", "nicht vsop mitglied", "nichtmitglied", "nicht im vsop",
        "mitglied ... bin ich nicht", "mitglied ... sind wir nicht", "not a member", "not members",
        "non member", "not a vsop member",
    ),
    "member_yes": (
        "bin ... mitglied", "sind ... mitglied", "ich mitglied bin", "wir mitglied sind",
        "als mitglied", "mitglied im vsop", "mitglied des vsop", "mitglied beim vsop",
        "ist ... mitglied", "vsop mitglied nr", "mitglied nr", "mitgliedsnummer", "institutionelles mitglied",
        "bin mitgleid", "i am a member", "i'm a member", "we are members", "as a member",
    ),
    "payment_agreement": (
        "akzeptiere ... zahlungsvereinbarung", "zahlungsvereinbarung ... akzeptiere",
        "zahlungsvereinbarung ... einverstanden", "einverstanden ... zahlungsvereinbarung",
        "stimme ... zahlungsvereinbarung zu", "zahlungsvereinbarung ... zu",
        "ueberweise ... nach rechnung*", "ueberweisen ... nach rechnung*",
        "ueberweisen ... nach eingang der rechnung", "ueberweise ... nach eingang der rechnung",
        "zahlung erfolgt nach rechnung*", "zahlen ... nach rechnung*",
        "ueberweise ... innerhalb von 14 tagen", "ueberweisen ... innerhalb von 14 tagen",
        "agree to pay", "will pay the fee", "agree to the payment", "accept the payment",
    ),
    # The sender registers someone else ...
    "on_behalf": (
        "meine kollegin", "meinen kollegen", "meine mitarbeiterin", "meinen mitarbeiter",
        "melde ich frau", "melde ich herrn", "melde ... frau ... an", "melde ... herrn ... an",
        "fuer frau", "fuer herrn", "im auftrag von", "in vertretung fuer",
        "herr ... aus meiner abteilung", "frau ... aus meiner abteilung", "merken sie ihn",
        "merken sie sie", "unterlagen bitte direkt an", "on behalf of", "my colleague",
    ),
    # ... unless they come too.
    "group": ("und ich", "mich und", "ich und", "uns beide", "wir beide", "and i", "and me"),
    # The colleague works in the sender's own department.
    "same_department": (
        "aus meiner abteilung", "aus meinem team", "aus meinem amt", "aus unserem team",
        "aus unserer abteilung", "mein mitarbeiter", "meine mitarbeiterin", "from my team",
    ),
}

MULTILINE = frozenset({"invoice_address", "people", "remarks"})
# PDF form field names of templates/attachments/anmeldeformular-*.pdf.
PDF_FIELDS = {
    "name": "name", "titel": "title", "email": "email", "organisation": "organization",
    "vsop_mitglied": "member", "personen": "persons", "weitere_personen": "people",
    "rechnungsanschrift": "invoice_address", "zahlungsvereinbarung": "payment_agreement",
    "datum": "date", "bemerkungen": "remarks",
}


@dataclass(frozen=True)
class FieldConfig:
    """Labels and phrases, compiled once when the rules are loaded."""

    labels: Mapping[str, str]  # {label_key: field}
    phrases: Mapping[str, re.Pattern[str]]

    def says(self, key: str, normalised: str) -> bool:
        pattern = self.phrases.get(key)
        return bool(pattern and pattern.search(normalised))


def label_key(label: str) -> str:
    """How labels are compared: folded, parentheses dropped, only letters and spaces."""
    label = re.sub(r"\(.*?\)", " ", fold(label))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", label).split())


def build_config(labels: Mapping[str, Iterable[str]] = {},
                 phrases: Mapping[str, Iterable[str]] = {}) -> FieldConfig:
    """The built-in vocabulary plus ``labels`` and ``phrases`` (from rules/fields.toml).

    Raises ValueError for a phrase without words.
    """
    index: dict[str, str] = {}
    for source in (DEFAULT_LABELS, labels):
        for name, items in source.items():
            for label in items:
                index[label_key(label)] = name
    compiled = {}
    for key in DEFAULT_PHRASES.keys() | phrases.keys():
        items = list(DEFAULT_PHRASES.get(key, ())) + list(phrases.get(key, ()))
        compiled[key] = re.compile("|".join(f"(?:{phrase_pattern(p)})" for p in items))
    return FieldConfig(index, compiled)


DEFAULT_CONFIG = build_config()


@dataclass
class Extracted:
    """The fields, plus how they were found (the rules look at that)."""

    fields: Fields  # about the attendee (a colleague, if the sender registers someone)
    sender_fields: Fields  # about the sender, whatever the mail says about others
    form_lines: int = 0
    pdf_form: bool = False
    on_behalf: bool = False
    sources: dict[str, str] = field(default_factory=dict)  # field -> "pdf" / "form" / "text"


# --- patterns ----------------------------------------------------------------------

_TITLE = re.compile(
    r"^(?:(?:univ\.-)?prof\.(?:\s*em\.)?|dr\.(?:\s*-?\s*ing\.|\s*med\.|\s*phil\.|\s*rer\.\s*\w+\.|\s*jur\.)?"
    r"|dipl\.-\s*\w+\.?|pd|apl\.\s*prof\.)(?:\s+|$)",
    re.I,
)
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_LINE = re.compile(
    r"^\s*(?:[-*•>]\s*)?([^\W\d][^:=|\n]{0,50}?)\s*(?:\(.{0,40}\))?\s*\*?\s*(?:[:=]|\|)\s*\|?\s*(.*?)\s*\|?\s*$")
_LABEL_LIKE = re.compile(r"^\s*[^\W\d][\w .()/-]{0,40}:\s")
_YES = re.compile(r"^(?:ja|j|yes|y|x|\[x\]|☒|☑|✓|✔|zutreffend|akzeptiert|zugestimmt|einverstanden|agreed|"
                  r"accepted|i agree|stimme zu|ok|okay|o\.k\.)\b", re.I)
_NO = re.compile(r"^(?:nein|n|no|\[ \]|☐|nicht zutreffend|kein\w*|nicht\b.*|none)\b", re.I)
_NUMBERS = {
    "eine": 1, "einer": 1, "ein": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3,
    "vier": 4, "four": 4, "fuenf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7, "seven": 7,
    "acht": 8, "eight": 8, "neun": 9, "nine": 9, "zehn": 10, "ten": 10,
}
_ZU = {"zweit": 2, "dritt": 3, "viert": 4, "fuenft": 5, "sechst": 6}
_GREETING = re.compile(
    r"^(?:(?:danke|vielen dank|thanks)\s*(?:und|&|and)\s*)?(?:mit\s+)?(?:freundlich\w*|beste\w*|viele\w*|liebe\w*|herzlich\w*|sonnige\w*|kollegial\w*|"
    r"schoene\w*|gruss|gruesse|gruessle|mfg|vg|lg|bg|best|kind|warm|regards|cheers|thanks|thank you|"
    r"many thanks|sincerely|yours|all the best|danke und gruss)\b.*$",
    re.I,
)
_NOT_NAME_WORDS = frozenset(fold(w) for w in """
geschäftsstelle team office sekretariat verwaltung stadt landkreis kreis amt gemeinde
referat abteilung fachbereich dezernat info kontakt anmeldung verein ev gmbh university
universität hochschule institut ministerium bezirksamt senatsverwaltung sozialplanung
jugendamt sozialamt fachdienst service support noreply tel telefon fax mobil handy
www http https mail e-mail email und and the der die das im auftrag für von gesendet
meinem iphone ipad mobile region landratsamt senior researcher frau herr herrn
""".split())
_PARTICLES = {"von", "van", "de", "der", "zu", "den", "la", "le", "di", "da", "vom", "ten", "ter", "del"}
_CONTACT = re.compile(
    r"(?:\b(?:tel|telefon|fon|phone|fax|mobil|mobile|handy|e-?mail|mail|www|web|internet|"
    r"zimmer|raum|room)\b|https?:|@|\+\d|\d{3,}[\s/-]?\d{2,})",
    re.I,
)
_STREET = re.compile(r"(?:str\.|straße|strasse|weg|platz|allee|ring|gasse|ufer|damm|square|street|road)\s*\d"
                     r"|^\s*\d{5}\s+\w|^\s*\d+\s+\w+\s+(?:street|road|square)", re.I)
# A line naming an organisation (folded text).
_ORG = re.compile(
    r"\b(?:stadt|landeshauptstadt|hansestadt|kreisstadt|landkreis|kreis|kreisverwaltung|landratsamt|"
    r"bezirksamt|bezirk|gemeinde|samtgemeinde|verbandsgemeinde|gemeente|region|regionalverband|"
    r"landschaftsverband|ministerium|senatsverwaltung|landesamt|\w*verband|verein|stiftung|"
    r"universitaet|hochschule|fachhochschule|institut|institute|university|college|"
    r"caritas\w*|diakonie\w*|awo|ggmbh|gmbh|e\.\s?v\.|city of|county|council|municipality|ministry)\b",
    re.I,
)
# A unit of an organisation that belongs in "organisation" (not a team or a role).
_UNIT = re.compile(
    r"\b(?:\w*amt|\w*aemter|fachbereich|fb\s*\d+|abteilung|sachgebiet|referat|dezernat|geschaeftsbereich|"
    r"dienststelle|fakultaet|department|division|soziales|jugend|familie|senioren|gesundheit|bildung)\b",
    re.I,
)
_ROLE = re.compile(r"(?:planung|team|sekretariat|stabsstelle|fachdienst|leitung|leiterin|leiter|referent\w*|"
                   r"researcher|manager|officer|assistant)\b", re.I)
_UNIT_SPLIT = re.compile(r"\s+[|–—/-]\s+|\s*\|\s*|\s+/\s*")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+(.+?)\s*$")
_COLLEAGUE = re.compile(
    r"\b(?i:kollegin|kollegen|kollege|mitarbeiterin|mitarbeiter|colleague)\s+(?i:(?:frau|herrn?|ms\.?|mr\.?)\s+)?"
    r"((?:(?i:prof\.|dr\.)\s+)*[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){1,2})")
_PERSONS = re.compile(
    r"\b(\d{1,2}|eine|einer|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|two|three|four|five|six)"
    r"\s+(?:\w+\s+)?(?:personen|teilnehmende|teilnehmer(?:innen)?|plaetze|people|persons|participants|places|seats)\b",
    re.I,
)
_ME_AND_N = re.compile(
    r"\b(?:mich|me)\s+(?:und|and)\s+(\d|zwei|drei|vier|fuenf|sechs|two|three|four|five)\s+"
    r"(?:\w+\s+)?(?:kolleg\w*|mitarbeiter\w*|colleagues)", re.I)
_N_AND_I = re.compile(r"\b(\d|zwei|drei|vier|fuenf|two|three|four|five)\s+(?:colleagues|kolleg\w*)\s+(?:and i|und ich)\b", re.I)
_ZU_N = re.compile(r"\bzu\s+(zweit|dritt|viert|fuenft|sechst)\b", re.I)
_INVOICE_INLINE = re.compile(r"\b(?:rechnungsanschrift|rechnungsadresse|invoice address|billing address)\s*:\s*(\S.*)", re.I)
_INVOICE_CUE = re.compile(r"rechnung\w*\b.*\b(?:an|auf|to)\s*:\s*$|^(?:invoice|rechnung)\s+(?:to|an)\s*:", re.I)
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})\.(?:\s+(?=\D)|\s*$)")


# --- entry point -------------------------------------------------------------------


def extract(mail: Mail, config: FieldConfig | None = None,
            own_addresses: frozenset[str] = frozenset()) -> Extracted:
    """Every field the mail gives; see the module docstring for the sources."""
    config = config or DEFAULT_CONFIG
    own = {a.lower() for a in own_addresses}
    text = body_text(mail)
    sig = signature_lines(mail)
    norm = normalise(text)

    values: dict[str, str] = {}
    sources: dict[str, str] = {}
    pdf = _pdf_values(mail)
    for key, value in pdf.items():
        values[key] = value
        sources[key] = "pdf"
    form = _form_lines(text, config.labels)
    for key, value in form.items():
        if key not in values and value:
            values[key] = value
            sources[key] = "form"

    # The sender.
    name = values.get("name")
    if not name and (values.get("first_name") or values.get("last_name")):
        name = " ".join(v for v in (values.get("first_name"), values.get("last_name")) if v)
    sender_name = _sender_name(mail, sig, text)
    if not name:
        name = sender_name
    title = values.get("title")
    found_title, name = split_title(name) if name else (None, None)
    title = title or found_title

    email = _first_address(values.get("email", ""))
    if not email and mail.reply_to and mail.reply_to[0].key not in own:
        email = mail.reply_to[0].key
    if not email and mail.sender and mail.sender.key not in own:
        email = mail.sender.key

    organization = values.get("organization") or _signature_org(sig, full=True)

    member = _yes_no(values["member"]) if "member" in values else None
    if member is None:
        member = _text_member(norm + normalise("\n".join(sig[:12])), config)
    agreement = _yes_no(values["payment_agreement"]) if "payment_agreement" in values else None
    if agreement is None and config.says("payment_agreement", normalise(values.get("payment_agreement", ""))):
        agreement = True
    if agreement is None and config.says("payment_agreement", norm):
        agreement = True

    people = _people(values.get("people", ""))
    if not people:
        people = _text_people(mail, text, name or "")
    explicit = _number(values.get("persons", "")) or _text_persons(text) or _text_persons(fold(mail.subject or ""))
    persons = explicit
    if persons is None and people:
        persons = len(people) + 1

    invoice = values.get("invoice_address") or _text_invoice(text)

    sender_fields = Fields(
        name=name or None, title=(title or "").strip() or None, email=email.lower() if email else None,
        organization=_tidy(organization) if organization else None, member=member,
        persons=persons, people=people,
        invoice_address=_tidy_block(invoice) if invoice else None, payment_agreement=agreement,
    )

    # Someone registered by the sender.
    fields = sender_fields
    behalf = None
    if "name" not in values and "email" not in values and not config.says("group", norm) \
            and config.says("on_behalf", norm):
        behalf = _on_behalf(mail, text, own)
    if behalf:
        behalf_name, behalf_email = behalf
        behalf_title, behalf_name = split_title(behalf_name) if behalf_name else (None, None)
        same = config.says("same_department", norm)
        org = values.get("organization") or _signature_org(sig, full=same)
        surname = fold(behalf_name).split()[-1] if behalf_name else ""
        others = tuple(p for p in people if fold(p).split()[-1] != surname)
        fields = replace(sender_fields, name=behalf_name or None, title=behalf_title,
                         email=behalf_email, organization=_tidy(org) if org else None,
                         people=others, persons=explicit or (len(others) + 1 if others else None))
        sources.update(name="text", email="text")

    return Extracted(fields, sender_fields, sum(1 for v in form.values() if v), bool(pdf),
                     bool(behalf), sources)


# --- the text and the signature -------------------------------------------------------


def signature_lines(mail: Mail) -> list[str]:
    """The signature from its closing greeting on (or from the top if it has none).

    Falls back to the end of the text when the parser found no signature (a closing
    greeting without a comma, say).
    """
    if (mail.signature or "").strip():
        lines = mail.signature.splitlines()
        for i, line in enumerate(lines[:15]):
            if _GREETING.match(fold(line.strip())):
                return [x.strip() for x in lines[i:]]
        return [x.strip() for x in lines]
    lines = (mail.text or "").splitlines()
    for i in range(len(lines) - 1, max(-1, len(lines) - 16), -1):
        if _GREETING.match(fold(lines[i].strip())):
            return [x.strip() for x in lines[i:]]
    return []


def body_text(mail: Mail) -> str:
    """What the sender wrote: the text, plus any lines the parser put into the
    signature although they come before the closing greeting (e.g. "- " bullets)."""
    text = mail.text or ""
    signature = (mail.signature or "").splitlines()
    for i, line in enumerate(signature[:15]):
        if _GREETING.match(fold(line.strip())):
            head = [x for x in signature[:i] if x.strip() not in ("--", "-- ", "")]
            if head:
                text = text + "\n" + "\n".join(signature[:i])
            break
    return text


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
            while i < len(lines) and lines[i].strip() and not _LABEL_LIKE.match(lines[i]) \
                    and not _is_label(lines[i], index):
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
    """ "______", "...", "-", "[bitte ausfüllen]", "ja/nein": a blank left blank."""
    folded = fold(value).strip()
    return (not re.search(r"[a-z0-9]", folded)
            or folded in ("ja/nein", "ja / nein", "yes/no", "yes / no", "bitte ausfuellen",
                          "[bitte ausfuellen]", "ja nein", "(ja/nein)", "(ja)", "(optional)"))


# --- values ------------------------------------------------------------------------


def _yes_no(value: str) -> bool | None:
    folded = fold(value.strip().strip(".!").strip())
    if not folded:
        return None
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
        item = re.sub(r"\(.*?\)", "", _ADDRESS.sub("", item)).strip(" ()<>,-")
        if item and not _is_placeholder(item) and fold(item) not in ("keine", "none", "nein"):
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


def _title_case(line: str) -> str:
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


# --- names -------------------------------------------------------------------------


def _looks_like_name(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 60 or _CONTACT.search(line) or any(ch.isdigit() for ch in line):
        return False
    if _ORG.search(fold(line)):
        return False  # "Urban Research Institute", "Landratsamt Beispielkreis"
    _, rest = split_title(line)
    rest = _strip_by_order(rest)
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


def _strip_by_order(line: str) -> str:
    return re.sub(r"^(?:i\.\s?a\.|i\.\s?v\.|ppa?\.)\s*", "", line.strip(), flags=re.I)


def _sender_name(mail: Mail, sig: list[str], text: str) -> str | None:
    """The sender's name: signature, closing line, From display name, address."""
    local = mail.sender.key.partition("@")[0] if mail.sender else ""
    display = _display_name(mail.sender.name) if mail.sender and mail.sender.name else None
    candidates = []
    for line in sig[:8]:
        if _GREETING.match(fold(line)):
            continue
        if _looks_like_name(line):
            candidates.append(" ".join(_strip_by_order(line).split()))
            break
        if local and re.sub(r"[^a-z]", "", fold(line)) == re.sub(r"[^a-z]", "", fold(local)) and " " in line.strip():
            candidates.append(_title_case(line.strip()))  # "ulrike hoffmann-rehse"
            break
    for name in candidates:
        # "T. Brandt" in the signature, "Tobias Brandt" in From: the fuller one.
        if display and re.search(r"\b\w\.\s", name) and display.split()[-1] == name.split()[-1]:
            return display
        return name
    if display:
        return display
    return _name_from_local(local)


def _display_name(display: str) -> str | None:
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
    return display if _looks_like_name(display) else None


def _name_from_local(local: str) -> str | None:
    """ "ulrike.hoffmann-rehse" -> "Ulrike Hoffmann-Rehse" (only for first.last)."""
    parts = local.split(".")
    if len(parts) == 2 and all(re.fullmatch(r"[a-z]{2,}(?:-[a-z]{2,})?", p) for p in parts):
        return _title_case(" ".join(parts))
    return None


# --- organisation ------------------------------------------------------------------


def _signature_org(sig: list[str], full: bool = True) -> str | None:
    """The organisation in a signature, with its first unit ("Stadt X, Sozialamt").

    ``full=False`` gives the organisation alone (for a colleague registered by the
    sender: the colleague's department is not the sender's).
    """
    lines = [line for line in sig[:14]]
    for i, line in enumerate(lines):
        if not line or _GREETING.match(fold(line)) or _looks_like_name(line) or _STREET.search(line) \
                or _CONTACT.search(line) or line.startswith("("):
            continue
        folded = fold(line)
        if not _ORG.search(folded):
            continue
        lowercase = line == line.lower()
        units = [u.strip(" ,") for u in re.split(r",\s*|" + _UNIT_SPLIT.pattern, line) if u.strip(" ,")]
        org = units[0]
        if _ROLE.search(fold(org)) and not _ORG.search(fold(org)):
            continue
        second = None
        if full and len(units) > 1:
            second = units[1] if _is_unit(units[1], lenient=lowercase) else None
        elif full and len(units) == 1 and i + 1 < len(lines) and lines[i + 1]:
            following = _UNIT_SPLIT.split(lines[i + 1])[0].strip()
            if following and not _STREET.search(following) and not _CONTACT.search(following) \
                    and _is_unit(following):
                second = following
        result = f"{org}, {second}" if second else org
        return _title_case(result) if lowercase else result
    return None


def _is_unit(text: str, lenient: bool = False) -> bool:
    folded = fold(text)
    if _ROLE.search(folded) and not re.search(r"\b(?:\w*amt|fachbereich|abteilung|sachgebiet)\b", folded):
        return False
    return bool(_UNIT.search(folded)) or (lenient and len(text.split()) > 1)


# --- membership, persons, people, invoice -----------------------------------------------


def _text_member(normalised: str, config: FieldConfig) -> bool | None:
    if config.says("member_no", normalised):
        return False
    if config.says("member_yes", normalised):
        return True
    return None


def _text_persons(text: str) -> int | None:
    folded = fold(text)
    for pattern in (_ME_AND_N, _N_AND_I):
        match = pattern.search(folded)
        if match:
            number = _number(match.group(1))
            return number + 1 if number else None
    match = _PERSONS.search(folded)
    if match:
        return _number(match.group(1))
    match = _ZU_N.search(folded)
    if match:
        return _ZU[match.group(1)]
    return None


def _text_people(mail: Mail, text: str, own_name: str) -> tuple[str, ...]:
    """Further people a group mail names: a list, "meine Kollegin X und ich", or Cc."""
    own = fold(own_name).split()[-1:] if own_name else []
    sender_local = mail.sender.key.partition("@")[0] if mail.sender else ""
    people: list[str] = []

    def add(name: str) -> None:
        name = " ".join(name.split()).strip(" ,.")
        surname = fold(name).split()[-1] if name else ""
        if not name or (own and surname == own[0]) or surname in sender_local.replace(".", " ").split():
            return
        if all(fold(p).split()[-1] != surname for p in people):
            people.append(name)

    for line in text.splitlines():
        match = _LIST_ITEM.match(line)
        if match:
            item = re.sub(r"\(.*?\)|<.*?>", "", _ADDRESS.sub("", match.group(1))).strip(" ,-")
            if _looks_like_name(item):
                add(item)
    if not people:
        for match in _COLLEAGUE.finditer(text):
            candidate = re.split(r"\s+(?:und|and)\b", match.group(1))[0]
            if _looks_like_name(candidate):
                add(candidate)
    folded_text = fold(text)
    for address in mail.cc:
        display = _display_name(address.name) if address.name else None
        if display and re.search(rf"\b{re.escape(fold(display.split()[-1]))}\b", folded_text):
            add(display)
    return tuple(people)


def _text_invoice(text: str) -> str | None:
    """ "Rechnungsanschrift: X, Y." in prose, or the lines after "Rechnung bitte an:"."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        inline = _INVOICE_INLINE.search(line)
        if inline:
            value = inline.group(1)
            end = _SENTENCE_END.search(value)
            return value[: end.start()] if end else value
        previous = lines[i - 1].strip() if i else ""
        if not _INVOICE_CUE.search(fold(line.strip())) \
                and not (line.strip().endswith(":") and _INVOICE_CUE.search(fold(f"{previous} {line.strip()}"))):
            continue
        block: list[str] = []
        for following in lines[i + 1:]:
            if not following.strip():
                if block:
                    break
                continue
            if _GREETING.match(fold(following.strip())) or _LABEL_LIKE.match(following):
                break
            block.append(following.strip())
            if len(block) >= 7:
                break
        return "\n".join(block) or None
    return None


# --- on behalf -----------------------------------------------------------------------


def _on_behalf(mail: Mail, text: str, own: set[str]) -> tuple[str | None, str] | None:
    """(name, address) of the colleague the sender registers, if the text names one."""
    sender = mail.sender.key if mail.sender else ""
    for match in _ADDRESS.finditer(text):
        address = match.group(0).rstrip(".").lower()
        if address in own or address == sender:
            continue
        return _name_for(address, mail) or _name_before(text, match.start()), address
    return None


def _name_for(address: str, mail: Mail) -> str | None:
    """The display name that goes with ``address`` in the headers or an attached mail."""
    known: list[Address] = [*mail.to, *mail.cc, *mail.reply_to]
    for attachment in mail.attachments:
        if attachment.content_type == "message/rfc822":
            head = attachment.data[:4000].decode("utf-8", "replace").split("\n\n", 1)[0]
            for line in head.splitlines():
                if line.lower().startswith(("from:", "sender:")):
                    value = line.split(":", 1)[1]
                    found = re.match(r'\s*"?([^"<]*)"?\s*<([^>]+)>', value)
                    if found:
                        known.append(Address(found.group(2).strip(), found.group(1).strip()))
    for item in known:
        if item.key == address and item.name:
            name = _display_name(item.name)
            if name:
                return name
    return None


def _name_before(text: str, position: int) -> str | None:
    """ "Frau Dr. Anna Schmidt, anna.schmidt@..." -> "Dr. Anna Schmidt"."""
    before = text[max(0, position - 80):position]
    before = re.split(r"[\n:;]", before)[-1]
    before = re.sub(r"[(<\[,\s]+$", "", before)
    words: list[str] = []
    for word in reversed(before.split()):
        clean = word.strip("(),")
        if fold(clean) in ("frau", "herr", "herrn", "kollegin", "kollegen", "kollege", "ms.", "mr.", "mrs."):
            break
        if clean[:1].isupper() or _TITLE.match(clean + " "):
            words.insert(0, clean)
            if len(words) >= 5:
                break
        else:
            break
    name = " ".join(words)
    return name if name and _looks_like_name(name) else None
