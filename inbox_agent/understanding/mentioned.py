"""Cancelling mentioned, not done: a mail that tells of an earlier cancellation and asks
for a place now.

"Letztes Jahr musste ich leider absagen, ... bitte nehmen Sie mich auf die Liste", "mein
Kollege hat abgesagt ... ich würde mich stattdessen vormerken lassen", "den
Gemeinderatstermin habe ich abgesagt – ... melde mich verbindlich an", "unsere Absage von
neulich betraf die Mitgliederversammlung": the cancelling words tell of a step done
before (a participle, a past tense, a word of past time), by someone, for something; the
mail is read by what it asks now. Structure, not a list of mails: the clauses that tell of
a cancellation are taken out (and a cancelling noun the subject negates, "keine Absage"),
the rules read the rest again, and an attendance rule that then decides (and that hit
before) is the intent; a loose rule counts only where a clause asks for a place
(``wishes``). Nothing is taken out where the mail cancels "hiermit" or cancels nothing
but in such clauses.
"""

from __future__ import annotations

import re
from dataclasses import replace

from inbox_agent.i18n import N_
from inbox_agent.model import Intent, ReasonText, RuleHit
from inbox_agent.understanding import wishes
from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.ruleset import Rule, RuleSet
from inbox_agent.understanding.text import fold

# Words of cancelling, in any form (folded).
_CANCELLING = re.compile(r"\b(?:ab(?:ge)?sag\w*|absage\w*|stornier\w*|storno\w*|ab(?:ge)?meld\w*|zurueckgez\w*"
                         r"|zurueckgenommen|cancel\w*|withdr\w*)\b")
# ... told as done before: a participle with its auxiliary, a past tense, a word of past time.
_DONE = re.compile(r"\b(?:abgesagt|storniert|abgemeldet|zurueckgezogen|zurueckgenommen|cancelled|canceled"
                   r"|withdrew|withdrawn)\b")
_PAST = re.compile(r"\b(?:musste|mussten|konnte|konnten|hatte|hatten|neulich|damals|vorhin|betraf|betrifft"
                   r"|(?:letzte[nsr]?|vorige[nsr]?|vergangene[nsr]?) (?:jahr|woche|monat|mal)"
                   r"|last (?:year|week|month|time))\b")
_AUX = re.compile(r"\b(?:habe|hab|hat|haben|hatte|hatten|ist|sind|wurde|wurden|have|has|had|was|were)\b")
# Said as done now: "hiermit", "hereby" (a cancellation in the perfect: "hiermit storniert").
_NOW = re.compile(r"\b(?:hiermit|hereby)\b")
# A clause ends at a sentence mark, a line break, a comma, semicolon, colon or a dash.
_CLAUSES = re.compile(r"(?<=[.!?;:,])\s+|\n|\s[–—-]\s")
# "keine Absage", "nicht storniert" in the subject: no cancellation named there.
_NEGATED = re.compile(r"\b(?:keine|kein|nicht|no|not)\s+(?=\S*(?:absage|storn|abmeld|cancel))")

_ATTENDANCE = (Intent.PRE_REGISTRATION, Intent.REGISTRATION)
RETOLD = N_("the mail tells of a cancellation before ({clause}) and asks for a {intent} now ({rule})")


def _told(clause: str) -> bool:
    """Does ``clause`` (folded) tell of a cancellation done before, not make one now?"""
    if not _CANCELLING.search(clause) or _NOW.search(clause):
        return False
    return bool((_DONE.search(clause) and _AUX.search(clause)) or _PAST.search(clause))


def _subject(subject: str) -> str:
    """The subject without a cancelling noun it negates ("Tagung Köln / keine Absage")."""
    folded = fold(subject)
    found = _NEGATED.search(folded)
    if found is None:
        return subject
    words = [w for w in subject.split() if not _CANCELLING.search(fold(w))]
    return " ".join(words)


def asked_now(ctx: MailContext, rules: RuleSet, decided: list[Rule], hits: list[RuleHit]) -> Intent | None:
    """The attendance intent a mail the rules read as a cancellation asks for now, when
    its cancelling words only tell of an earlier step; None if it cancels."""
    if not any(r.intent in _ATTENDANCE for r in decided):
        return None
    body = ctx.body
    parts = _CLAUSES.split(body)
    told = [p for p in parts if _told(fold(p))]
    subject = _subject(ctx.mail.subject or "")
    if not told and subject == (ctx.mail.subject or ""):
        return None
    rest = body
    for part in told:
        rest = rest.replace(part, " " * len(part))
    if _NOW.search(fold(rest)) and _CANCELLING.search(fold(rest)):
        return None
    again = MailContext(replace(ctx.mail, text=rest, signature="", subject=subject),
                        ctx.own_addresses, ctx.own_domain)
    again.fields, again.form_lines, again.pdf_form = ctx.fields, ctx.form_lines, ctx.pdf_form
    found = rules.evaluate(again)
    if not found or found[0][0].intent not in _ATTENDANCE or found[0][0].name not in {r.name for r in decided}:
        return None
    rule = found[0][0]
    if rule.loose and wishes.wanted(rest, "", anchored=True, invoice=bool(ctx.fields.invoice_address)) is None:
        return None
    hits.append(RuleHit("grammar:cancelling-told", ReasonText.of(
        RETOLD, clause=" ".join((told or [ctx.mail.subject or ""])[0].split())[:80],
        intent=rule.intent.value, rule=rule.name)))
    return rule.intent


__all__ = ["asked_now", "RETOLD"]
