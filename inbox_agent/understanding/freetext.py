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
from inbox_agent.understanding.signature import GREETING, display_name, looks_like_name
from inbox_agent.understanding.text import fold, normalise
from inbox_agent.understanding.values import number
from inbox_agent.understanding.vocabulary import FieldConfig

_ZU = {"zweit": 2, "dritt": 3, "viert": 4, "fuenft": 5, "sechst": 6}
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
_SENTENCES = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+|(?<=[?!])\s+|\n[ \t]*\n")
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})\.(?:\s+(?=\D)|\s*$)")


def text_member(normalised: str, config: FieldConfig) -> bool | None:
    """False for "kein Mitglied" (which wins), True for "bin Mitglied", else None."""
    if config.says("member_no", normalised):
        return False
    if config.says("member_yes", normalised):
        return True
    return None


def text_payment(text: str, config: FieldConfig) -> bool:
    """True if a sentence says the fee will be paid and when, in any voice ("die Gebühr
    überweist mein Arbeitgeber nach Rechnungseingang", "wird nach Erhalt der Rechnung
    überwiesen", "bank transfer after invoice"): a ``payment_verb`` and a
    ``payment_when`` phrase, and no ``payment_not``, in a sentence that asks nothing."""
    if not config.says("payment_verb", normalise(text)):
        return False
    for sentence in _SENTENCES.split(text):
        if sentence.rstrip().endswith("?"):
            continue
        norm = normalise(sentence)
        if config.says("payment_verb", norm) and config.says("payment_when", norm) \
                and not config.says("payment_not", norm):
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
    match = _PERSONS.search(folded)
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
        for match in _COLLEAGUE.finditer(text):
            candidate = re.split(r"\s+(?:und|and)\b", match.group(1))[0]
            if looks_like_name(candidate):
                add(candidate)
    folded_text = fold(text)
    for address in mail.cc:
        display = display_name(address.name) if address.name else None
        if display and re.search(rf"\b{re.escape(fold(display.split()[-1]))}\b", folded_text):
            add(display)
    return tuple(people)


def text_invoice(text: str) -> str | None:
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
            if GREETING.match(fold(following.strip())) or LABEL_LIKE.match(following):
                break
            block.append(following.strip())
            if len(block) >= 7:
                break
        return "\n".join(block) or None
    return None



# An amount of money: "300 €", "250,- EUR", "EUR 250", "€ 300,00", "1.200 Euro".
_AMOUNT = re.compile(
    r"(?:(?:€|\beur\b|\beuro\b)\s*(\d{1,3}(?:\.\d{3})+|\d{1,5})(?:,(?:\d{2}|-{1,2}))?(?![\d.,]*\d)"
    r"|(\d{1,3}(?:\.\d{3})+|\d{1,5})(?:,(?:\d{2}|-{1,2})|\.\d{2})?\s*(?:€|\beur\b|\beuro\b))", re.I)
_FEE_WORDS = re.compile(r"gebuehr|beitrag|preis|kosten|betrag|tarif|entgelt|\bfee|\brate\b|price|cost|teilnahme", re.I)


def text_fee(text: str) -> Decimal | None:
    """The fee a mail quotes ("Teilnahmegebühr von 300 €", "250,- EUR"): the first
    amount in a sentence about a fee, else the first amount at all; None if none."""
    first: Decimal | None = None
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
    """``text`` without its questions: what a sentence ending in "?" says is not said."""
    return "\n".join(s for s in _SENTENCES.split(text) if not s.rstrip().endswith("?"))


# "mein Arbeitgeber (Stadt X, Amt für Soziales)", "Dienststelle: Landkreis Y", "ich arbeite
# bei der Stadt Z im Sozialamt", "I work for the City of X".
_ORG_SAID = re.compile(
    r"\b(?:arbeitgeber(?:in)?|dienststelle|behörde|behoerde|einrichtung|organisation|employer|organi[sz]ation)"
    r"(?:\s+(?:ist|is))?\s*(?:\(([^()\n]{3,90})\)|[:–—-]\s*([^.;()\n]{3,90}))"
    r"|\b(?:ich arbeite|wir arbeiten|arbeite|tätig|taetig|beschäftigt|beschaeftigt|i work|we work)\s+"
    r"(?:bei|für|fuer|im|am|in|for|at)\s+(?:der|dem|den|die|the)?\s*([^.;()\n]{3,90})", re.I)


def text_organization(text: str, is_org) -> str | None:
    """The organisation a sentence names ("mein Arbeitgeber (Stadt X, Amt für ...)"),
    if ``is_org`` accepts it; else None."""
    for match in _ORG_SAID.finditer(text):
        value = (match.group(1) or "").strip(" ,")
        if not value:  # a phrase running on in the sentence: up to its next clause
            value = (match.group(2) or match.group(3) or "").strip(" ,")
            value = re.split(r"\s+(?:und|and|als|as|seit|since|wo|where)\s+|,\s*(?:ich|wir|i|we|und)\b",
                             value)[0].strip(" ,")
        if value and is_org(value):
            return value
    return None
