"""An opt-out read as grammar where no rule knew the words: a sentence that asks the
office to stop its mail to the writer.

People word it every way ("ich möchte künftig keine Einladungen zu Ihren Veranstaltungen
mehr bekommen", "Bitte löschen Sie meine Adresse", "Bitte stellen Sie den Versand ein",
Low German "mi bitte ut den Verdeeler rutnehmen"); the rules' phrases
(``rules/intents.toml``, ``opt-out-words``) cannot list them all. A sentence is an
opt-out when it names the office's mail or the writer's address on its list (a noun of
mailing: Rundbrief, Rundmail, Newsletter, Einladungen, Mails, Verteiler, Versand, "meine
Adresse"), a way of stopping it (keine ... mehr, nicht mehr bekommen, einstellen,
löschen, streichen, austragen, herausnehmen, abbestellen, kündigen) and a request or the
writer's wish ("bitte", "Sie", "ich möchte"). Not an opt-out: a change of address ("nicht
mehr an diese Adresse, sondern an ..."), a question, a sentence about the conference's
places (a cancellation is the rules' business). ``classify`` asks only for a mail no
rule and no loop-guard signal knew, written to the office as a person writes to it.
"""

from __future__ import annotations

import re

from inbox_agent.i18n import N_
from inbox_agent.model import ReasonText, RuleHit
from inbox_agent.understanding.text import fold

_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_MAILING = re.compile(
    r"\b(?:\w*rundbrie\w*|\w*rundbreef\w*|\w*rundschreiben|\w*rundmails?|\w*newsletter\w*|\w*einladungen|"
    r"(?:e-)?mails|\w*infomails?|\w*verteiler\w*|\w*verdeeler\w*|\w*mailingliste\w*|versand\w*|zusendung\w*|"
    r"aussendung\w*|\w*post\b|(?:meine|unsere|diese|die) (?:e-?mail-?)?adresse|circulars?|newsletters?|mailings?|"
    r"mailing list|(?:my|this) (?:e-?mail )?address)")
_STOPPING = re.compile(
    r"\bkeine\b[^.!?]{0,60}\bmehr\b|\bnicht mehr\b[^.!?]{0,40}\b(?:bekommen|erhalten|zusenden|zuschicken|schicken|"
    r"senden|anschreiben)\b|\b(?:bekommen|erhalten|zusenden|zuschicken|schicken|senden)\b[^.!?]{0,20}\bnicht mehr\b|"
    r"\beinstellen\b|\beinzustellen\b|\bstell\w*\b[^.!?]{0,60}\bein\b|\bkuendig\w*|\babbestell\w*|\bbestell\w*\b[^.!?]{0,60}\bab\b|\bloeschen\b|"
    r"\bstreichen\b|\bentfernen\b|\baustragen\b|\b(?:raus|heraus|rut|herut)nehm\w*|\bnehm\w* (?:sie|uns|mich)\b[^.!?]{0,40}\b(?:he)?raus\b|"
    r"\bstop\b|\bno (?:more|longer)\b|\bremove\b|\bdelete\b")
_ASKING = re.compile(r"\b(?:bitte|bittet|bitten|sie|ihr|please|kindly|you|hiermit|hereby|ich moechte|wir moechten|i would like|"
                     r"ich will|wir wollen|i want|we want)\b|\bmi\b")
# A change of address, not an end ("nicht mehr an diese Adresse, sondern an ...").
_CHANGE = re.compile(r"\b(?:sondern|stattdessen|instead|neue adresse|new address|ab sofort an)\b")
# The conference's places: a cancellation, not the mail's end.
_PLACES = re.compile(r"\b(?:tagung\w*|teilnahme\w*|anmeldung\w*|voranmeldung\w*|vormerkung\w*|teilnehmerliste|"
                     r"conference|registration|attendance)\b")


def opted_out(text: str) -> str | None:
    """The sentence of ``text`` that asks the office to stop its mail, or None."""
    for sentence in _SENTENCES.split(text):
        if not sentence.strip() or sentence.rstrip().endswith("?"):
            continue
        folded = " ".join(fold(sentence).split())
        if _CHANGE.search(folded) or _PLACES.search(folded):
            continue
        if _MAILING.search(folded) and _STOPPING.search(folded) and _ASKING.search(folded):
            return " ".join(sentence.split())
    return None


def hit(text: str) -> RuleHit | None:
    """The rule hit for the sentence of ``text`` that opts out, or None."""
    sentence = opted_out(text)
    if sentence is None:
        return None
    return RuleHit("grammar:opt-out", ReasonText.of(
        N_("no rule knew the words, but a sentence asks the office to stop its mail: {sentence}"),
        sentence=sentence[:120]))


__all__ = ["opted_out", "hit"]
