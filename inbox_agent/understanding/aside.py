"""Someone steps aside for someone else, and mail the office is only copied on.

A substitution said as a fact ("statt mir kommt meine Kollegin", "An seiner Stelle kommt
Frau B.") is the sender's cancellation, for a person to settle (no automatic answer); a
withdrawal beside a colleague's binding registration in the third person is her
registration; a registration that withdraws a colleague named in the third person is a
registration, for a person (no automatic answer), and so is a binding registration under
a condition ("vorbehaltlich", "subject to approval"); a mail written to someone else with
the office only in copy asks the office for nothing (``addressed.copied_only``): other.
A (pre-)registration found only in one told as done ("ich bin fest angemeldet") beside
a question is the question; a cancellation only told of is read by what the mail asks
now (``mentioned``).
``classify`` calls ``aside`` and then ``copied`` once its intent is decided.
"""

from __future__ import annotations

import re

from inbox_agent.i18n import N_
from inbox_agent.model import Intent, Reason, ReasonText, RuleHit
from inbox_agent.understanding import addressed, mentioned, optout, questions, wishes
from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.ruleset import Rule, RuleSet
from inbox_agent.understanding.text import fold

MACHINES = (Intent.BOUNCE, Intent.AUTO_REPLY, Intent.BULK)
_ABOUT_ATTENDANCE = (Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION)


# Someone comes in the sender's place ("statt mir kommt meine Kollegin", "X will attend
# in my place"): the sender cancels, and who comes instead is for a person to settle.
_SUBSTITUTE = re.compile(
    r"\b(?:(?:an)?statt (?:mir|meiner)|anstelle (?:von )?mir|an meiner stelle|in my place|instead of me|"
    r"in place of me|vertritt mich|mich vertreten|fuer mich (?:kommt|teilnimmt|faehrt|geht)|"
    # ... or in a named colleague's place ("Herr G. kann nicht. An seiner Stelle kommt Frau B.")
    r"an (?:seiner|ihrer) stelle|(?:an)?statt (?:ihm|ihr|seiner|ihrer)|in (?:his|her) place|instead of (?:him|her)|"
    # ... or the place passed on to someone named ("mein Platz geht an Frau R. S.")
    r"mein(?:en)? platz (?:geht|gebe\w*|ueberlasse\w*) (?:\w+ )?an|platz an (?:frau|herrn?|meine kollegin|meinen kollegen)|"
    r"(?:give|pass) my (?:place|spot|seat) to)\b")
SUBSTITUTED = N_("someone comes in the sender's place: a person settles the substitution")


# ... said as a fact, not offered ("sie würde an meiner Stelle kommen", "if she could").
_PROPOSED = re.compile(r"\b(?:wuerde\w*|koennte\w*|duerfte\w*|falls|wenn|ob|would|could|might|if|whether)\b")


# Someone else registers in the sender's mail, in the third person ("Frau Svenja Kallweit
# meldet sich hiermit verbindlich an"): beside the sender's own withdrawal, her registration.
_THIRD_REGISTERS = re.compile(
    r"\b(?:frau|herr|herrn|kollegin|kollege|mrs|mr|ms|dr)\b[^.!?\n]{0,60}\b(?:meldet sich|melden sich|wird sich)"
    r"[^.!?\n]{0,40}\b(?:verbindlich|fest)\b")


# A colleague named in the third person withdraws ("Frau W. kann leider nicht teilnehmen",
# "Frau G. muss ihre Teilnahme zurückziehen", "Frau B. und Herr V. kommen nicht mit") ...
_THIRD_WITHDRAWS = re.compile(
    r"\b(?:frau|herr|herrn|kollegin|kollege|mrs|mr|ms)\b[^!?\n]{0,60}\b(?:kann|koennen|muss|muessen|wird|werden|kommt|kommen)\b"
    r"[^.!?\n]{0,70}\b(?:nicht|zurueckziehen|zurueckzuziehen|absagen|abmelden)\b")
# ... while the writer does not ("ich kann nicht", "wir sagen ab").
_SELF_WITHDRAWS = re.compile(r"\b(?:ich|wir)\b[^.!?\n]{0,40}\b(?:nicht|absagen|stornier\w*|abmelden|zurueck\w*)\b")
WITHDRAWN = N_("one person registers and another withdraws in the same mail: a person settles it")
# A binding registration made under a condition ("unter dem Vorbehalt, dass der Haushalt
# freigegeben wird", "subject to approval"): a person decides whether it holds.
_RESERVATION = re.compile(r"\b(?:unter (?:dem |einem )?vorbehalt|vorbehaltlich|subject to (?:the )?(?:approval|confirmation)"
                          r"|on condition that|provided that)\b")
CONDITIONAL = N_("a binding registration under a condition: a person decides whether it holds")


# A registration told as done ("ich bin fest angemeldet", "habe mich letzte Woche
# verbindlich angemeldet", "I am already registered"): a state, no step asked for.
_TOLD_REGISTERED = re.compile(
    r"\b(?:bin|sind|habe|haben|hab|bereits|schon|am|are|have|already)\b[^.!?\n]{0,40}"
    r"\b(?:angemeldet|vorangemeldet|vorgemerkt|registriert|registered|signed up)\b")
_HEREBY = re.compile(r"\b(?:hiermit|hereby)\b")
TOLD = N_("the mail tells of a registration made before and asks something: a question")


def _told_registered(ctx: MailContext, rules: RuleSet, intent: Intent, decided: list[Rule]) -> bool:
    """A (pre-)registration the rules found only in a registration told as done, beside a
    question ("Ich bin fest angemeldet ... Darf eine Kollegin ...?"), with no form, no
    invoice address and no clause outside the questions that asks for a place."""
    if intent not in (Intent.PRE_REGISTRATION, Intent.REGISTRATION) or ctx.form_lines or ctx.pdf_form \
            or ctx.fields.invoice_address:
        return False
    polite = questions.polite_patterns(rules)
    asked = questions.asked(ctx.body, polite)
    if not asked and not any(r.intent is Intent.QUESTION for r in decided):
        return False
    rest = ctx.body
    for question in asked:
        rest = rest.replace(question, " ")
    folded = fold(ctx.body)
    # ... and no question that is itself the request ("Könnten Sie meine Kollegin dazunehmen?")
    return bool(_TOLD_REGISTERED.search(folded)) and not _HEREBY.search(folded) and not any(
        wishes.wanted(text, "", anchored=True, acting=True) for text in (rest, *asked))


def _opted_out_beside(ctx: MailContext, intent: Intent, decided: list[Rule]) -> RuleHit | None:
    """The loosest rule of coming took a mail that asks the office to stop its mail
    ("hiermit kündige ich den Bezug Ihres Rundbriefs. Für die Tagung bin ich bereits
    angemeldet"): with no clause that asks for a place, the opt-out is what it asks."""
    if intent not in (Intent.PRE_REGISTRATION, Intent.REGISTRATION) or not decided or not decided[0].loose:
        return None
    text = addressed.own_part(ctx.body)
    if wishes.wanted(text, "", anchored=True) is not None:
        return None
    return optout.hit(text)


def aside(ctx: MailContext, rules: RuleSet, intent: Intent, decided: list[Rule],
           hits: list[RuleHit]) -> tuple[Intent, str]:
    """A mail in which someone steps aside for someone else: a substitution said as a
    fact is the sender's cancellation; a withdrawal beside a colleague's binding
    registration in the third person is her registration. Either way a person looks
    at it ("substitution", "handover"; "" for neither). A cancellation that only tells
    of an earlier one is read by what the mail asks now (``mentioned``)."""
    if intent is Intent.CANCELLATION:
        intent = mentioned.asked_now(ctx, rules, decided, hits) or intent
    stop = _opted_out_beside(ctx, intent, decided)
    if stop is not None:
        hits.append(stop)
        return Intent.OPT_OUT, ""
    if _told_registered(ctx, rules, intent, decided):
        hits.append(RuleHit("questions:told-registered", ReasonText.of(TOLD)))
        return Intent.QUESTION, ""
    if intent not in (*MACHINES, Intent.REGISTRATION) and _substitution(ctx, rules, hits):
        return Intent.CANCELLATION, "substitution"
    if intent is Intent.CANCELLATION and any(r.intent is Intent.REGISTRATION for r in decided) \
            and _THIRD_REGISTERS.search(fold(ctx.body)):
        hits.append(RuleHit("grammar:handover", ReasonText.of(
            N_("the sender withdraws, and someone else registers bindingly in the same mail: her registration, for a person"))))
        return Intent.REGISTRATION, "handover"
    folded = fold(ctx.body)
    if intent is Intent.REGISTRATION and _RESERVATION.search(folded):
        hits.append(RuleHit("grammar:reservation", ReasonText.of(CONDITIONAL)))
        return intent, "conditional"
    registers = intent is Intent.REGISTRATION or (
        intent is Intent.CANCELLATION and any(r.intent is Intent.REGISTRATION for r in decided))
    if registers and _THIRD_WITHDRAWS.search(folded) and not _SELF_WITHDRAWS.search(folded):
        hits.append(RuleHit("grammar:withdrawn", ReasonText.of(WITHDRAWN)))
        return Intent.REGISTRATION, "withdrawal"
    return intent, ""


def copied(ctx: MailContext, intent: Intent, aside: str, hits: list[RuleHit]) -> tuple[Intent, str]:
    """Written to someone else, the office in copy (``addressed.copied_only``): no action
    of the office's is asked, whatever the words say; other, for a person."""
    copied = addressed.copied_only(ctx) if intent in _ABOUT_ATTENDANCE else None
    if copied is None:
        return intent, aside
    hits.append(RuleHit("structure:copied-only", ReasonText(copied)))
    return Intent.OTHER, ""


def _substitution(ctx: MailContext, rules: RuleSet, hits: list[RuleHit]) -> bool:
    """Does the sender name someone who comes in their place (said, not asked or offered)?"""
    text = fold(ctx.body)
    for question in questions.asked(ctx.body, questions.polite_patterns(rules)):
        text = text.replace(fold(question), " ")
    found = next((m for sentence in re.split(r"[.!?\n]", text) if not _PROPOSED.search(sentence)
                  for m in [_SUBSTITUTE.search(sentence)] if m), None)
    if found is None:
        return False
    hits.append(RuleHit("grammar:substitution", ReasonText.of(
        N_("someone comes in the sender's place ({words}): the sender's cancellation, for a person"),
        words=found.group(0))))
    return True


def reason(kind: str) -> Reason | None:
    """Why a mail someone steps aside in gets no automatic answer ("substitution",
    "withdrawal"), or None ("handover": her registration is answered)."""
    found = {"substitution": SUBSTITUTED, "withdrawal": WITHDRAWN, "conditional": CONDITIONAL}.get(kind)
    return Reason.of(found) if found is not None else None


__all__ = ["aside", "copied", "reason", "SUBSTITUTED", "WITHDRAWN"]
