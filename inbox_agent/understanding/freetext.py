"""Free text as a source of fields: sentences that state membership ("ich bin kein
Mitglied"), a number of persons ("zu dritt", "mich und zwei Kollegen"), further people
(a list, "meine Kollegin X und ich", Cc) and an invoice address ("Rechnung bitte an:").

The phrases are data (``vocabulary.DEFAULT_PHRASES`` plus ``rules/fields.toml``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from inbox_agent.model import Mail
from inbox_agent.understanding.formlines import LABEL_LIKE
from inbox_agent.understanding.organization import is_organization
from inbox_agent.understanding.signature import CONTACT, GREETING, display_name, looks_like_name
from inbox_agent.understanding.text import fold, normalise
from inbox_agent.understanding.values import is_prose, is_reference, number
from inbox_agent.understanding.vocabulary import FieldConfig

_ZU = {"zweit": 2, "dritt": 3, "viert": 4, "fuenft": 5, "sechst": 6}
_COLLEAGUE = re.compile(
    r"\b(?i:kollegin|kollegen|kollege|mitarbeiterin|mitarbeiter|colleague)\s+(?i:(?:frau|herrn?|ms\.?|mr\.?)\s+)?"
    r"((?:(?i:prof\.|dr\.|mag\.a|mag\.\s*\(fh\)|mag\.)\s+)*[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){1,2})")
_NAME = r"(?:(?:Prof\.|Dr\.)\s+)*[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){1,2}"
# "my two colleagues Joost van Dam and Sanne Visser", "meine Kolleg*innen A, B und C":
# the names after a plural, up to the end of the sentence.
_COLLEAGUES = re.compile(r"\b(?i:kolleginnen|kolleg\*innen|kolleg:innen|kollegen|colleagues)\s+"
                         r"((?:[A-ZÄÖÜ]|(?:Prof|Dr)\.)[^.;:!?\n()]{2,120})")
# "für Frau Franke und mich": a person named by the surname alone, beside the sender.
_SURNAME_WITH_ME = re.compile(r"\b(?:Frau|Herrn?|Ms\.?|Mr\.?|Mrs\.?)\s+((?:(?:Prof\.|Dr\.)\s+)*[A-ZÄÖÜ][\w'-]+)"
                              r"\s+(?:und|and)\s+(?:ich|mich|me|myself|I)\b")
_WITH_ME = re.compile(
    rf"({_NAME}(?:,\s*{_NAME})*)\s+(?:und|and)\s+(?:ich|mich|me|myself|I)\b"
    rf"|\b(?:ich|mich|me|myself|I)\s*(?:\([^()]*\))?\s+(?:und|and)\s+({_NAME})")
_PERSONS = re.compile(
    r"\b(\d{1,2}|eine|einer|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|two|three|four|five|six)"
    r"\s+(?:\w+\s+)?(?:personen|teilnehmende|teilnehmer(?:innen)?|plaetze|people|persons|participants|places|seats)\b",
    re.I,
)
_ME_AND_N = re.compile(
    r"\b(?:mich|me)\s+(?:und|and)\s+(?:(?:my|our|meine|meinen|unsere|unseren)\s+)?"
    r"(\d|zwei|drei|vier|fuenf|sechs|two|three|four|five)\s+"
    r"(?:\w+\s+)?(?:kolleg\w*|mitarbeiter\w*|colleagues)", re.I)
_N_AND_I = re.compile(r"\b(\d|zwei|drei|vier|fuenf|two|three|four|five)\s+(?:colleagues|kolleg\w*)\s+(?:and i|und ich)\b", re.I)
_ZU_N = re.compile(r"\bzu\s+(zweit|dritt|viert|fuenft|sechst)\b", re.I)
# "Rechnungsanschrift: X", "Rechnung bitte an: X", "Rechnung schickt ihr bitte an: X".
_INVOICE_INLINE = re.compile(
    r"\b(?:rechnungsanschrift|rechnungsadresse|rechnungsempf(?:ä|ae)nger|invoice address|billing address|"
    r"(?:die\s+)?rechnung(?:\s+[^\W\d]+){0,4}?\s+(?:an|auf)|invoice(?:\s+[^\W\d]+){0,4}?\s+(?:to|on|for)|bill\s+to"
    r"|rechnung\w*(?:\s+[^\W\d]+){0,2},?\s+(?:adresse|anschrift)|invoice,?\s+address)\s*:\s*(\S.*)",  # "nach Rechnung, Adresse: X"
    re.I)
_INVOICE_CUE = re.compile(r"rechnung\w*\b.*\b(?:an|auf|to)\s*:\s*$|^(?:invoice|rechnung)\s+(?:to|an)\s*:", re.I)
_INVOICE_WORD = re.compile(r"rechnung|invoice|billing|\bbill\b")
# "Rechnung bitte an die Stadt X, ..." in a sentence (the rest must hold a postcode).
# "Die Rechnung richten Sie bitte an die X", "Rechnungsadresse ist X", "Invoice to X".
_INVOICE_SENTENCE = re.compile(
    r"\b(?:(?:rechnung|invoice)\w*(?:\s+[^\W\d]+){0,4}?\s+(?:an|to)|"
    r"(?:rechnungsanschrift|rechnungsadresse|invoice address|billing address)\s+(?:ist|lautet|is)"
    # "Please invoice X, ...", "Bill my company please (X, ...)"
    r"|\bplease invoice|\bbill (?:my company|us|me|our \w+)(?: please)?\s*\(?)\s+(?!:)(\S.*)", re.I)
# "an meine Privatadresse: X": the label before the address is not part of it.
_ADDRESS_LABEL = re.compile(r"^(?:(?:meine|unsere|die|my|our)\s+)?[\w-]*(?:adresse|anschrift|address)\s*:\s*", re.I)
# A German/Austrian/Swiss postcode and town ("12345 Ort", "CH-8090 Ort") or a British one ("BD1 4QT").
# Also an Irish Eircode ("H91 R2E3"), a US state's or Australian ZIP ("MA 01060", "QLD 4870"), six digits ("107190 X").
_POSTCODE = re.compile(r"\b(?:[DABLI]-|CH-)?\d{4,6}\s+[^\W\d_]|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
                       r"|\b[A-Z]\d{2}\s[A-Z\d]{4}\b|\b(?!EUR|CHF|USD|GBP|AUD|CAD)[A-Z]{2,3}\s\d{4,5}\b")  # not "EUR 1200"
# "die Anschrift aus meiner Signatur", "address in my signature" (folded).
_SEE_SIGNATURE = re.compile(r"(?:anschrift|adresse|address)\w*\b[^.]{0,30}\b(?:signatur|signature|unten|below)")
# "die Zahl der Teilnehmenden": the stem of "Zahlung" without it (folded, not stemmed).
_A_NUMBER = re.compile(r"\b(?:die|der|eine|einer|the)\s+(?:an)?zahl\b")
_SENTENCES = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+|(?<=\)[.!])\s+|(?<=[?!])\s+|\n[ \t]*\n")
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})(?<![Ss]tr)\.(?:\s+(?=\D)|\s*$)")  # not "Str. Unirii 3"


def text_member(normalised: str, config: FieldConfig) -> bool | None:
    """False for "kein Mitglied" (which wins), True for "bin Mitglied", else None."""
    if config.says("member_no", normalised):
        return False
    if config.says("member_yes", normalised):
        return True
    return None


# "Mitglied" on its own as an item of what the sender lists about themselves:
# "(Stadt X, Amt Y, Mitglied)", "verbindlich angemeldet (Mitglied).", "..., Mitglied."
_BARE_MEMBER = re.compile(r"(?:[(,;]|\s[–-])\s*(?:vsop[- ]?)?(mitglied|member|nichtmitglied|non-member)\s*(?:[),;]|\.?\s*$)",
                          re.I | re.M)


# "Mitglied: nein" inside a line of text ("Iwan Imboden, Gemeinde X. Mitglied: nein.")
_MEMBER_SAID = re.compile(r"\b(?:vsop[- ]?)?(?:mitglied(?:schaft)?|member(?:ship)?)\s*:\s*(ja|nein|yes|no)\b", re.I)


def bare_member(text: str) -> bool | None:
    """True for "Mitglied" alone in a bracket or at the end of an enumeration, False for
    "Nichtmitglied" there, else None; also "Mitglied: nein" inside a line."""
    said = _MEMBER_SAID.search(text)
    if said:
        return fold(said.group(1)) in ("ja", "yes")
    match = _BARE_MEMBER.search(text)
    if not match:
        return None
    return not fold(match.group(1)).startswith("n")


def text_payment(text: str, config: FieldConfig, normalised: str | None = None) -> bool:
    """True if a sentence says the fee will be paid and when, in any voice ("die Gebühr
    überweist mein Arbeitgeber nach Rechnungseingang", "wird nach Erhalt der Rechnung
    überwiesen", "bank transfer after invoice", "Bezahlt wird von unserer Buchhaltung"):
    a ``payment_verb`` and a ``payment_when`` or ``payment_by`` phrase (when, or who pays),
    and no ``payment_not``, in a sentence that asks nothing."""
    if not config.says("payment_verb", normalised if normalised is not None else normalise(text)):
        return False
    for sentence in re.split(rf"{_SENTENCES.pattern}|\n(?=\s*(?:\[[ xX]?\]|☒|☑|☐))", text):  # a ticked box: its own
        if not sentence or sentence.rstrip().endswith("?"):
            continue
        norm = normalise(sentence)
        aside_out = normalise(re.sub(r"\([^()]*\)", " ", sentence))  # "(Nicht-Mitglied, 300 €)" negates nothing
        if config.says("payment_verb", norm) \
                and (config.says("payment_when", norm) or config.says("payment_by", norm)) \
                and not config.says("payment_not", aside_out) and not _A_NUMBER.search(fold(sentence)):
            return True
    return False


def text_persons(text: str) -> int | None:
    """How many come: "mich und zwei Kollegen" (3), "3 Personen", "zu zweit"; else None."""
    folded = fold(text)
    for pattern in (_ME_AND_N, _N_AND_I):
        match = pattern.search(folded)
        if match:
            others = number(match.group(1))
            return others + 1 if others else None
    match = next((m for m in _PERSONS.finditer(folded)  # not "die uebrigen drei Personen bleiben angemeldet"
                  if not re.search(r"\b(?:uebrigen|restlichen|anderen|other|remaining)\s+$", folded[:m.start()])),
                 None)
    if match:
        return number(match.group(1))
    match = _ZU_N.search(folded)
    if match:
        return _ZU[match.group(1)]
    return None


def text_people(mail: Mail, text: str, own_name: str, listed_names: list[str]) -> tuple[str, ...]:
    """Further people a group mail names: a list (``listed_names``, see ``persons``),
    "meine Kollegin X und ich", or Cc."""
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

    for item in listed_names:
        add(item)
    if not people:
        for match in _COLLEAGUES.finditer(text):
            for candidate in re.split(r",\s*|\s+(?:und|and|sowie)\s+", match.group(1)):
                if looks_like_name(candidate.strip()):
                    add(candidate.strip())
    if not people:
        for match in _COLLEAGUE.finditer(text):
            candidate = re.split(r"\s+(?:und|and)\b", match.group(1))[0]
            if looks_like_name(candidate):
                add(candidate)
    if not people:  # "Sabine Wurm und mich", "me (Lucía Fernández) and Pablo Ruiz", "(A, B und ich)"
        for match in _WITH_ME.finditer(text):
            if match.group(1) and re.search(r"\b(?:of|the|von|der|des|bei|beim|at|with)\s+$", text[:match.start()]):
                continue  # "a planner with the City of Port Marrin and I'll be ...": a place, not a person
            for candidate in re.split(r",\s*|\s+(?:und|and)\s+", match.group(1) or match.group(2) or ""):
                if looks_like_name(candidate.strip()):
                    add(candidate.strip())
    folded_text = fold(text)
    for address in mail.cc:
        display = display_name(address.name) if address.name else None
        if display and re.search(rf"\b{re.escape(fold(display.split()[-1]))}\b", folded_text):
            add(display)
    if not people:  # the surname alone, when nothing names the person more fully
        for match in _SURNAME_WITH_ME.finditer(text):
            add(match.group(1))
    return tuple(people)


def text_invoice(text: str, signature: list[str] = ()) -> str | None:
    """The invoice address in prose: "Rechnungsanschrift: X, Y.", "Rechnung bitte an die
    Stadt X, ..., 12345 X.", the lines below "Rechnung bitte an:" or "Please address the
    invoice to:", or the signature's address when the text points there."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        low = (lines[i - 1] + line).lower() if i else line.lower()
        if "rechnung" not in low and "invoice" not in low and "bill" not in low:
            continue  # every cue names the invoice (a cheap test first: most lines do not)
        inline = _INVOICE_INLINE.search(line)
        if inline and inline.group(1).strip():
            return address_value(inline.group(1))
        previous = lines[i - 1].strip() if i else ""
        folded = fold(line.strip())
        if _INVOICE_CUE.search(folded) or (folded.endswith(":") and _INVOICE_WORD.search(folded)) \
                or (line.strip().endswith(":") and _INVOICE_CUE.search(fold(f"{previous} {line.strip()}"))):
            block = address_block(lines[i + 1:])
            if block:
                return block
        sentence = _INVOICE_SENTENCE.search(line)
        if sentence and _POSTCODE.search(sentence.group(1)):
            return address_value(_ADDRESS_LABEL.sub("", sentence.group(1)))
    block = block_after_pointer(lines)
    if block:
        return block
    if signature and _SEE_SIGNATURE.search(fold(text)):
        return _signature_address(signature)
    return None


# A line that points at the address below it: it names the invoice ("Rechnungsadresse
# kommt unten"), or ends in "an", "to" or a colon ("Rechnugn an", misspelt).
_POINTER = re.compile(r"(?:\b(?:an|to|auf)|:)\s*$")


def block_after_pointer(lines: list[str]) -> str | None:
    """An address block with a postcode right below a line that points at it."""
    for i, line in enumerate(lines):
        folded = fold(line.strip())
        if not folded or "?" in folded or not (_INVOICE_WORD.search(folded) or _POINTER.search(folded)):
            continue
        block = address_block(lines[i + 1:])
        if block and len(block.splitlines()) >= 2 and _POSTCODE.search(block.splitlines()[-1]):
            rows = block.splitlines()  # the sender's name over an organisation: not for the invoice
            return "\n".join(rows[1:]) if looks_like_name(rows[0]) and is_organization(rows[1]) else block
    return None


_INVOICE_HEADING = re.compile(r"(?:rechnungsanschrift|rechnungsadresse|invoice address|billing address)\s*:?")


def address_block(lines: list[str]) -> str | None:
    """The address lines at the top of ``lines`` (blank lines before it skipped), up to
    an empty line, a greeting, a label or a sentence."""
    block: list[str] = []
    for following in lines:
        if not following.strip():
            if block:
                break
            continue
        if GREETING.match(fold(following.strip())) or is_prose(following) \
                or (LABEL_LIKE.match(following) and not is_reference(following)):
            break  # a "Leitweg-ID:" or "z. Hd." line is part of the address
        if not block and _INVOICE_HEADING.fullmatch(fold(following.strip())):
            continue  # "Rechnungsanschrift" alone over the address: its heading, not its first line
        block.append(re.sub(r"(?<=[^\W\d_]{2})\.$", "", following.strip()))
        if len(block) >= 7:
            break
    return "\n".join(block) or None


def address_value(value: str) -> str:
    """An address written in a sentence, up to its end: "Stadt X, Amt Y, Markt 1, 12345 X"
    from "die Stadt X, Amt Y, Markt 1, 12345 X – unsere Kasse zahlt"; "wie bei mir (X)" is X."""
    same = re.match(r"^(?:wie|same as|siehe|see)\b[^()]*\((.+)\)\s*\.?\s*$", value.strip(), re.I)
    if same:
        value = same.group(1)
    value = re.sub(r"^(?:die|den|das|der|the)\s+", "", value.strip())
    bracket = re.match(r"^\(([^()]+)\)", value)  # "Bill my company please (X, 88 Elm Street, ...)"
    value = bracket.group(1) if bracket else value
    dash = re.search(r"\s+[-–—]\s+(?=[a-z])", value)  # "..., Galway H91 R2E3 - payment by EFT on receipt"
    if dash and _POSTCODE.search(value[:dash.start()]):
        value = value[:dash.start()]
    end = _SENTENCE_END.search(value)
    value = value[: end.start()] if end else value
    pieces = re.split(r"\s+[–—]\s+|;\s+", value)
    # up to the first piece with the town: "Fachbereich 50 – Soziales, Rathausring 1,
    # 49000 X – unsere Kasse zahlt" keeps the unit's dash
    town = next((i for i, piece in enumerate(pieces) if _POSTCODE.search(piece)), 0)
    value = " – ".join(pieces[:town + 1])
    return _up_to_town(value.strip().rstrip(".").strip())


def _up_to_town(value: str) -> str:
    """The address without a clause that runs on after its postcode and town ("...,
    66440 Bliesweiler, zahlt die Stadtkasse wenn die Rechnung da ist"); what follows
    the town is kept only if it is a reference or a country ("Leitweg-ID ...", "Germany")."""
    parts = value.split(", ")
    town = next((i for i in range(len(parts) - 1, -1, -1) if _POSTCODE.search(parts[i])), None)
    if town is None:
        return value
    kept = parts[: town + 1]
    for part in parts[town + 1:]:
        head = re.split(r"\.\s+(?=\S)", part, maxsplit=1)  # "UK. We'll pay by BACS ..."
        if is_reference(part):  # "MwSt.-Nr. BE 0207.123.456", "UID: ATU..."
            kept.append(_SENTENCE_END.split(part)[0].rstrip("."))
            break
        if not (is_reference(head[0]) or len(head[0].split()) <= 2):
            break
        kept.append(head[0].rstrip("."))
        if len(head) > 1:
            break
    return ", ".join(kept)


def _signature_address(signature: list[str]) -> str | None:
    """The address in a signature: from its first organisation line to the postcode."""
    lines = [line.strip() for line in signature]
    for i, line in enumerate(lines):
        if is_organization(line) and not looks_like_name(line):
            block = []
            for following in lines[i:]:
                if _POSTCODE.search(following):  # the last line (before a phone number would be)
                    return "\n".join([*block, following])
                if not following or CONTACT.search(following):
                    break
                block.append(following)
            return None
    return None


# An amount of money: "300 €", "250,- EUR", "EUR 250", "€ 300,00", "1.200 Euro".
_AMOUNT = re.compile(
    r"(?:(?:€|\beur\b|\beuro\b)\s*(\d{1,3}(?:\.\d{3})+|\d{1,5})(?:,(?:\d{2}|-{1,2}))?(?![\d.,]*\d)"
    r"|(\d{1,3}(?:\.\d{3})+|\d{1,5})(?:,(?:\d{2}|-{1,2})|\.\d{2})?\s*(?:€|\beur\b|\beuro\b))", re.I)
_CURRENCY = re.compile(r"€|\beur|euro", re.I)
_FEE_WORDS = re.compile(r"gebuehr|beitrag|preis|kosten|betrag|tarif|entgelt|\bfee|\brate\b|price|cost|teilnahme", re.I)


def text_fee(text: str) -> Decimal | None:
    """The fee a mail quotes ("Teilnahmegebühr von 300 €", "250,- EUR"): the first
    amount in a sentence about a fee, else the first amount at all; None if none."""
    first: Decimal | None = None
    if not _CURRENCY.search(text):
        return None
    for sentence in _SENTENCES.split(text):
        for match in _AMOUNT.finditer(sentence):
            value = Decimal((match.group(1) or match.group(2)).replace(".", ""))
            if not 0 < value < 100000:
                continue
            if _FEE_WORDS.search(fold(sentence)):
                return value
            first = first if first is not None else value
    return first


def statements(text: str) -> str:
    """``text`` without its questions: what a sentence ending in "?" says is not said,
    except a statement before a dash or semicolon that starts the question ("Wir sind kein
    Mitglied, überlegen aber einen Beitritt – was kostet die Mitgliedschaft?")."""
    kept = []
    for sentence in _SENTENCES.split(text):
        if sentence.rstrip().endswith("?"):
            sentence = re.split(r"\s+[–—-]\s+|;\s+", sentence)[0] if re.search(r"\s[–—-]\s|;\s", sentence) else ""
        if sentence and not sentence.rstrip().endswith("?"):
            kept.append(sentence)
    return "\n".join(kept)


# "mein Arbeitgeber (Stadt X, Amt für Soziales)", "Dienststelle: Landkreis Y", "ich arbeite
# bei der Stadt Z im Sozialamt", "I work for the City of X".
_ORG_SAID = re.compile(
    r"\b(?:arbeitgeber(?:in)?|dienststelle|behörde|behoerde|einrichtung|organisation|employer|organi[sz]ation)"
    r"(?:\s+(?:ist|is))?\s*(?:\(([^()\n]{3,90})\)|[:–—-]\s*([^.;()\n]{3,90}))"
    r"|\b(?:ich arbeite|wir arbeiten|arbeite|tätig|taetig|beschäftigt|beschaeftigt|i work|we work|i am working|"
    r"i'm working|we are working|i write|i am writing|i'm writing)\s+(?:as\s+(?:an?\s+)?[\w-]+\s+)?"
    r"(?:(?:aber|auch|jetzt|derzeit|currently|now)\s+)?"  # "arbeite aber beim Landkreis X im Jugendamt"
    r"(?:beim|bei|für|fuer|im|am|in|for|at|from)\s+(?:der|dem|den|die|the)?\s*([^.;()\n]{3,90})"
    r"|\b(?:beim|bei der|bei dem|bei|im|am)\s+([A-ZÄÖÜ][^;,()\n]{2,80}?)(?:\s+(?:als|für|fuer)\s+(?:die|das|den)?\s*\S+)?"
    r"\s+(?:tätig|taetig|zuständig|zustaendig|beschäftigt|beschaeftigt|angestellt)\b"
    r"|\b(?:we are|i am|i'm|we're) (?:from|with) (?:the )?([^.;\n]{3,90})"
    # "ich bin Sozialarbeiter bei der Stadt X", "I am a planner at the City of X"
    r"|\b(?:ich bin|bin|i am|i'm)\s+(?:an?\s+)?(?:[\w-]+\s+){1,3}?(?:bei der|bei dem|beim|bei|at|with)\s+(?:the\s+)?([^.;()\n]{3,90})",
    re.I)
# "für die Gemeinde X im Sozialsprengel tätig": the body, then its unit.
_BODY_AND_UNIT = re.compile(r"\b(?:für|fuer|bei)\s+(?:die|den|das|der|dem)\s+([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]+){0,3})"
                            r"\s+(?:im|in der|am)\s+([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){0,3})\s+"
                            r"(?:tätig|taetig|zuständig|zustaendig|beschäftigt|beschaeftigt|angestellt)\b")


def text_organization(text: str, is_org) -> str | None:
    """The organisation a sentence names ("mein Arbeitgeber (Stadt X, Amt für ...)"),
    if ``is_org`` accepts it; else None."""
    both = _BODY_AND_UNIT.search(text)
    if both and is_org(both.group(1)):
        return f"{both.group(1)}, {both.group(2)}"
    for match in _ORG_SAID.finditer(text):
        value = (match.group(1) or "").strip(" ,")
        if not value:  # a phrase running on in the sentence: up to its next clause
            value = next((g for g in match.groups()[1:] if g), "").strip(" ,")
            value = re.split(r"\s+(?:und|and|als|as|seit|since|wo|where)\s+|,\s*(?:ich|wir|i|we|und|so|but|aber|which|weil|denn)\b",
                             value)[0].strip(" ,")
            # "at the Landkreis X in the Fachdienst Y": the body, then its unit
            value = re.sub(r"\s+(?:in the|im|in der)\s+(?=[A-ZÄÖÜ])", ", ", value)
            value = re.split(r"\s+(?:tätig|taetig|zuständig|zustaendig|beschäftigt|beschaeftigt|angestellt)\b"
                             r"|,\s*(?:till|until|since|bis|seit)\b", value)[0].strip(" ,")
            # "social services of X": the body, then its unit (as the signatures are labelled)
            unit = re.match(r"^(?:the\s+)?((?:[a-z]+\s+){0,3}[a-z]+)\s+of\s+(?:the\s+)?(?=[A-ZÄÖÜ])", value)
            value = f"{value[unit.end():]}, {unit.group(1)}" if unit else value
        if value and is_org(value):
            return value
    return None
