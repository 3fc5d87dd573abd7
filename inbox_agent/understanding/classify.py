"""Understanding one mail: ``Mail`` + rules -> ``Verdict``. Pure: no I/O but the rule files.

    rules = load_rules(Path("rules"))        # ConfigError names file, rule and reason
    verdict = classify(mail, rules, own_addresses=frozenset({"geschaeftsstelle@vsop.de"}),
                       own_domain="vsop.de")

The steps, each recorded in ``Verdict.rule_hits``:

1. **Loop guard** (``loopguard``, code on purpose): RFC 3834 / RFC 5230
   signals that the mail comes from a machine, a list or ourselves.
2. **Fields** (``fields``): PDF form, form lines, free text; read when first asked
   for, a step at a time (``_Context``: the form, the payment agreement, the rest), so
   machine mail is mostly decided without them.
3. **Rules** (``rules/*.toml``, data): every rule is checked, the first that hits
   decides the intent among the rules.
4. **Decision**: machine evidence beats words (bounce > auto_reply > bulk); then the
   rules' intent; nothing at all means ``other``. Bounces get their failed addresses.
5. **Questions that ride along** (``questions``): the question sentences are quoted
   in ``Verdict.questions``; when the rules took the mail for a question, they are
   asked again without those sentences, and an action they then find (a
   pre-registration, registration or cancellation) is the intent, the questions
   riding along. ``needs_human`` says a person must read the mail (questions, an
   unreadable PDF form, question or other). A substitution said as a fact ("statt
   mir kommt meine Kollegin") is the sender's cancellation, with the sender's fields,
   for a person to settle (no automatic answer); a withdrawal beside a colleague's
   binding registration in the third person is her registration, for a person to see.
   A mail written to someone else with the office only in copy asks the office for
   nothing: other, for a person. Beside a question, the loosest pre-registration rule
   counts only if a clause asks for a place (``wishes``), not a word of registering alone.
6. **May we answer?** Not a machine, not ourselves, and an intent that a template can
   answer (question and other need a human; an opt-out is recorded, never answered).
   Why not is kept as a ``Reason``
   (``Verdict.suppressed_reason``, shown to staff in their language) and in English
   (``Verdict.suppressed_because``, the same words: logs, ``classify --json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property

from inbox_agent.i18n import N_
from inbox_agent.model import Fields, Intent, Mail, Reason, ReasonText, RuleHit, Verdict
from inbox_agent.understanding import addressed, language, loopguard, optout, questions, wishes
from inbox_agent.understanding import aside as stepping
from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.feequote import fee_quoted
from inbox_agent.understanding.machinemail import MACHINE_PRIORITY as _MACHINE_PRIORITY
from inbox_agent.understanding.machinemail import machine_evidence
from inbox_agent.understanding.fields import (Extracted, Filled, Reading, extract, filled, invoice_given,
                                              no_invoice_given, payment_agreement, reading)
from inbox_agent.understanding.ruleset import Rule, RuleSet, load_rules
from inbox_agent.understanding.text import fold

__all__ = ["RuleSet", "load_rules", "classify", "REQUIRED_FOR_REGISTRATION", "missing_fields"]

# What a binding registration must tell us; the reply asks for exactly what is missing.
REQUIRED_FOR_REGISTRATION = ("name", "organization", "member", "invoice_address", "payment_agreement")

_ABOUT_ATTENDANCE = (Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION)
_NEEDS_HUMAN = {Intent.QUESTION: N_("a question: needs a human answer"),
                Intent.OTHER: N_("not a registration matter the agent can answer: needs a human")}
# "No more mails, please" is recorded for good (``inbox_agent.optouts``): no reply confirms it.
_OPT_OUT = N_("an opt-out: recorded, no more announcements or circulars go there")
_MACHINE_WORDS = {Intent.BOUNCE: N_("a delivery failure report (bounce)"),
                  Intent.AUTO_REPLY: N_("an automatic reply"),
                  Intent.BULK: N_("a mailing list or mass mail")}


class _Context(MailContext):
    """The mail as the rules see it, its fields read when something first asks for
    them, each step once: the form it fills in (``form_lines``, ``pdf_form``), the
    payment agreement and whether an invoice address is given (``field``: rules ask
    them of every mail), then all of them (``found``, ``fields``: another field
    matcher, the questions' second reading, the verdict of a person's mail). Mail from
    a machine (a quarter of the office's) mostly asks for no more than the first
    steps: all its fields would be thrown away (``_fields_for``)."""

    def __init__(self, mail: Mail, own: frozenset[str], own_domain: str, rules: RuleSet) -> None:
        super().__init__(mail, own, own_domain)
        del self.fields, self.form_lines, self.pdf_form  # answered by the properties below
        self._config = rules.field_config

    @cached_property
    def filled(self) -> Filled:
        return filled(self.mail, self._config, self.body)

    @cached_property
    def reading(self) -> Reading:
        return reading(self.mail, self._config, self.own_addresses, form=self.filled)

    @cached_property
    def found(self) -> Extracted:
        return extract(self.mail, self._config, self.own_addresses, read=self.reading)

    @cached_property
    def fields(self) -> Fields:  # type: ignore[override]
        return self.found.fields

    @cached_property
    def form_lines(self) -> int:  # type: ignore[override]
        return self.filled.form_lines

    @cached_property
    def pdf_form(self) -> bool:  # type: ignore[override]
        return bool(self.filled.pdf)

    def field(self, name: str) -> object:
        """``fields``'s ``name``; the payment agreement, and the invoice address of a
        mail that gives none, without reading the rest (``fields`` reads them alike)."""
        if "found" not in self.__dict__:
            if name == "payment_agreement":
                return payment_agreement(self.reading)
            if name == "invoice_address" and not invoice_given(self.reading):
                return no_invoice_given(self.reading)
        return getattr(self.fields, name)


def classify(mail: Mail, rules: RuleSet, own_addresses: Iterable[str] = frozenset(),
             own_domain: str = "") -> Verdict:
    """Decide what ``mail`` is, what it tells, and whether the agent may answer it."""
    own = frozenset(a.strip().lower() for a in own_addresses)
    ctx = _Context(mail, own, own_domain.strip().lower(), rules)
    signals = loopguard.signals(ctx)
    hits = [RuleHit(f"loop-guard:{s.name}", ReasonText(s.why)) for s in signals]

    rule_hits = rules.evaluate(ctx)
    hits += [hit for _rule, hit in rule_hits]
    first: Rule | None = rule_hits[0][0] if rule_hits else None

    machine, report, bounce_hit = machine_evidence(mail, own, signals, first)
    if bounce_hit is not None:
        hits.append(bounce_hit)
    intent = next((i for i in _MACHINE_PRIORITY if i in machine), None)
    asked: tuple[str, ...] = ()
    if intent is None:
        intent = first.intent if first is not None else Intent.OTHER
        asked = questions.asked(ctx.body, questions.polite_patterns(rules))
        first, intent = _loose_beside_question(ctx, rules, first, intent, rule_hits)
        if intent is Intent.QUESTION and (asked or questions.asks_by_mark(first)):
            first, intent, asked = _besides_questions(ctx, rules, first, asked, hits)
    if intent not in (*_MACHINE_PRIORITY, Intent.OTHER) and any(s.name == "calendar-reply" for s in signals):
        # A calendar program's "accepted" is no registration and no question.
        intent, asked = Intent.OTHER, ()
    if intent is Intent.OTHER and not rule_hits and not signals:
        intent, asked = _wished(ctx, hits, asked)
    decided = [rule for rule, _hit in rule_hits]
    intent, aside = stepping.copied(ctx, *stepping.aside(ctx, rules, intent, decided, hits), hits)
    substitution = aside == "substitution"
    own_question = _own_question(ctx, intent, bool(rule_hits or signals), asked)
    if own_question is not None:
        intent = Intent.QUESTION
        hits.append(own_question)
    if intent is Intent.OTHER and not rule_hits:
        hits.append(RuleHit("default:other", ReasonText.of(N_("no rule hit"))))

    fields = _fields_for(intent, ctx, own_only=substitution)
    if intent in _ABOUT_ATTENDANCE and fields.fee_quoted is None:
        fields = replace(fields, fee_quoted=fee_quoted(ctx.body))
    why = _suppressed(intent, signals, first) or stepping.reason(aside)
    unreadable = intent not in _MACHINE_PRIORITY and _unreadable_form(mail, ctx.found)
    return Verdict(
        intent=intent,
        auto_reply=why is None,
        fields=fields,
        rule_hits=tuple(hits),
        language=_language(mail, intent),
        suppressed_because=why.english() if why is not None else None,
        suppressed_reason=why,
        bounced_addresses=tuple(sorted(report.permanent)),
        missing=missing_fields(fields) if intent is Intent.REGISTRATION else (),
        questions=asked,
        needs_human=bool(asked) or unreadable or bool(aside) or intent in _NEEDS_HUMAN,
        unreadable_form=unreadable,
        binding=intent not in _MACHINE_PRIORITY and (intent is Intent.REGISTRATION
                                                     or _says_binding(ctx.body)),
    )


# "verbindlich" / "binding", but not "unverbindlich", "nicht verbindlich", "non-binding".
_BINDING = re.compile(r"(?<![\w-])(?:verbindlich\w*|binding(?:ly)?)\b")
_NOT_BINDING = re.compile(r"\b(?:nicht|noch nicht|not|not yet|non)[\s-]+$")


def _says_binding(body: str) -> bool:
    """Does the sender write that they register bindingly (in any sentence)?"""
    folded = fold(body)
    return any(not _NOT_BINDING.search(folded[max(0, m.start() - 12):m.start()])
               for m in _BINDING.finditer(folded))


def _action_besides(ctx: MailContext, rules: RuleSet, asked: tuple[str, ...],
                    own: frozenset[str], own_domain: str) -> tuple[Rule, RuleHit] | None:
    """The rule that hits first on the mail without its questions, if it asks for an
    action (pre-registration, registration, cancellation): "Ich melde mich
    unverbindlich an. Gibt es Parkplätze?" is a pre-registration with a question.
    Conservative on purpose (no action found: the mail stays a question, as before):
    the subject loses the words the questions use, sentences that only lead up to a
    question go (``questions.without``; polite requests that are the action stay), the
    rest must have words that perform an action
    (``questions.ACT``), and a negation of the action or of coming keeps it from being a
    (pre-)registration."""
    text = questions.without(ctx.body, questions.polite_patterns(rules))
    if not questions.ACT.search(fold(text)):
        return None
    rest = replace(ctx.mail, text=text, signature="",
                   subject=questions.subject_besides(ctx.mail.subject or "", asked))
    again = MailContext(rest, own, own_domain)
    again.fields, again.form_lines, again.pdf_form = ctx.fields, ctx.form_lines, ctx.pdf_form
    found = rules.evaluate(again)
    if not found or found[0][0].intent not in _ABOUT_ATTENDANCE:
        return None
    if found[0][0].intent is not Intent.CANCELLATION and questions.negates_action(text):
        return None
    if found[0][0].loose and wishes.wanted(
            text, "", anchored=True, invoice=bool(ctx.fields.invoice_address)) is None:
        # only a word of registering, no clause that asks for a place ("ich bin angemeldet,
        # kann aber nicht", "an invoice for a conference registration"): the question stays
        return None
    return found[0]


def _besides_questions(ctx: MailContext, rules: RuleSet, first: Rule | None,
                       asked: tuple[str, ...], hits: list[RuleHit]) -> tuple[Rule | None, Intent, tuple[str, ...]]:
    """A mail the rules took for a question: an action it asks for besides (a rule's,
    else read as grammar) is the intent, the questions riding along (hits recorded)."""
    action = _action_besides(ctx, rules, asked, ctx.own_addresses, ctx.own_domain)
    if action is None:
        intent, asked, wish_hit = _wish_besides(ctx, rules, asked)
        hits += wish_hit
        if intent is Intent.QUESTION and asked and questions.asks_by_mark(first) \
                and all(questions.offers(q) for q in asked):
            # "Darf ich Sie anrufen?" in a mail that names our conference: an offer, no question
            hits.append(RuleHit("questions:offer", ReasonText.of(
                N_("its only questions offer the sender's service or ask for our time: not a question"))))
            return first, Intent.OTHER, asked
        return first, intent, asked
    hits.append(RuleHit("questions:ride-along", ReasonText.of(
        N_("the mail also asks for a {intent} ({rule}); its questions go to a person"),
        intent=action[0].intent.value, rule=action[0].name)))
    return action[0], action[0].intent, asked


def _loose_beside_question(ctx: MailContext, rules: RuleSet, first: Rule | None, intent: Intent,
                           rule_hits: list[tuple[Rule, RuleHit]]) -> tuple[Rule | None, Intent]:
    """The loosest rule of coming beside a question rule ("ich bin angemeldet. Bitte teilen
    Sie mir mit, ob ..."): it counts only where a clause outside the questions asks for a
    place (``wishes``), as when the question rule comes first; else a question."""
    asking = next((rule for rule, _hit in rule_hits if rule.intent is Intent.QUESTION), None)
    if first is None or not first.loose or intent not in _ABOUT_ATTENDANCE or asking is None \
            or _wish(ctx, questions.without(ctx.body, questions.polite_patterns(rules)), acting=True):
        return first, intent
    return asking, Intent.QUESTION


def _wished(ctx: MailContext, hits: list[RuleHit],
            asked: tuple[str, ...]) -> tuple[Intent, tuple[str, ...]]:
    """No rule knew the words: what a sentence asks for, read as grammar (a place, or an
    end to the office's mail: ``optout``), else other; only in mail written to the office
    as a person writes to it (``addressed``). A
    question that is itself the request ("Könnten Sie meine Kollegin dazunehmen?") is
    no question beside it."""
    why = addressed.not_addressed(ctx)
    if why is not None:
        hits.append(RuleHit("grammar:not-addressed", ReasonText(why)))
        return Intent.OTHER, asked
    wish = _wish(ctx, addressed.own_part(ctx.body))
    if wish is None:  # ... or a sentence that asks the office to stop its mail (``optout``)
        stop = optout.hit(addressed.own_part(ctx.body))
        hits += [stop] if stop is not None else []
        return (Intent.OTHER if stop is None else Intent.OPT_OUT), asked
    asked = tuple(q for q in asked if _wish(ctx, q, acting=True) is None)
    hits.append(RuleHit("grammar:wish", ReasonText.of(
        N_("no rule knew the words, but a sentence asks for a {intent}: {clause}"),
        intent=wish.intent.value, clause=wish.clause)))
    return wish.intent, asked


def _wish(ctx: MailContext, text: str, acting: bool = False) -> wishes.Wish | None:
    """What the writer wants about coming, read as grammar (``wishes``)."""
    # About our event: a reply to us, the conference named, or an invoice address given.
    about = bool(ctx.replies_to_us or ctx.fields.invoice_address) or wishes.anchored(
        f"{ctx.mail.subject or ''}\n{ctx.body}")
    return wishes.wanted(text, ctx.mail.subject or "", anchored=about,
                         invoice=bool(ctx.fields.invoice_address), acting=acting)


def _wish_besides(ctx: MailContext, rules: RuleSet,
                  asked: tuple[str, ...]) -> tuple[Intent, tuple[str, ...], list[RuleHit]]:
    """A question the rules found, read again as grammar: the sentences besides the
    questions, or a question that is a request to the office ("could you pop my name on
    the provisional list?"), may ask for a place or cancel one; the questions ride along."""
    text = questions.without(ctx.body, questions.polite_patterns(rules))
    wish = _wish(ctx, text, acting=True)
    requests = tuple(q for q in asked if _wish(ctx, q, acting=True) is not None)
    if wish is None and requests:
        wish = _wish(ctx, "\n\n".join(requests), acting=True)
    if wish is None:
        granted = _granted(ctx.body, asked)
        if granted is None:
            return Intent.QUESTION, asked, []
        wish, requests = granted
    if wish is None or (wish.intent is Intent.CANCELLATION
                        and any(questions.SUBSTITUTION.search(fold(q)) for q in asked)):
        # "Ich kann nicht kommen. Kann meine Kollegin stattdessen kommen?": a person decides
        return Intent.QUESTION, asked, []
    return wish.intent, tuple(q for q in asked if q not in requests), [RuleHit("questions:ride-along", ReasonText.of(
        N_("the mail also asks for a {intent} ({rule}); its questions go to a person"),
        intent=wish.intent.value, rule="grammar"))]


# "Ist noch eine Vormerkung möglich? Falls ja, bitte für mich" / "? Dann hätte ich ihn gern":
# the answer granted beforehand makes the question the request.
_GRANTED_PLEASE = re.compile(r"\b(?:falls|wenn|if) (?:ja|so|yes)\b[^.?!\n]{0,12}\b(?:bitte|please)\b"
                             r"|\?\s+(?:dann|then)\b[^.?!\n]{0,30}\b(?:gern|gerne|bitte|please)\b")


def _granted(body: str, asked: tuple[str, ...]) -> tuple[wishes.Wish, tuple[str, ...]] | None:
    """The action a question asks whether it is possible, when the mail says "if so,
    please" after it: a pre-registration (a registration if it is binding), the
    questions that name an action no longer questions."""
    if not _GRANTED_PLEASE.search(fold(body)):
        return None
    acts = tuple(q for q in asked if questions.ACT.search(fold(q)))
    if not acts:
        return None
    intent = Intent.REGISTRATION if any(_says_binding(q) for q in acts) else Intent.PRE_REGISTRATION
    return wishes.Wish(intent, acts[0]), acts


def _own_question(ctx: MailContext, intent: Intent, decided: bool, asked: tuple[str, ...]) -> RuleHit | None:
    """No rule knew the words, but the writer asks a question of their own: in a reply
    to one of our mails any, in a new mail one that offers nothing ("Shall I send you
    our price list?" and "Hätten Sie Zeit?" stay other): a structural cue, not a word list."""
    if intent is not Intent.OTHER or decided or not asked:
        return None
    if ctx.replies_to_us:
        return RuleHit("questions:own", ReasonText.of(
            N_("no rule hit, but the sender asks a question of their own in a reply to our mail")))
    if any(questions.offers(q) for q in asked):
        return None
    return RuleHit("questions:own", ReasonText.of(N_("no rule hit, but the sender asks a question of their own")))


def _unreadable_form(mail: Mail, found: Extracted) -> bool:
    """A PDF is attached but yields no form fields (a scan, a broken file)."""
    if found.pdf_form:
        return False
    return any(a.content_type == "application/pdf" or a.filename.lower().endswith(".pdf")
               for a in mail.attachments)


def _fields_for(intent: Intent, ctx: _Context, own_only: bool = False) -> Fields:
    """A registration or cancellation is about the person it names; a question or
    anything else is the sender's own, and so is the cancellation of a substitution
    (``own_only``); a machine's "name" is nobody's."""
    if intent in _MACHINE_PRIORITY:
        return Fields()
    found = ctx.found
    if intent not in _ABOUT_ATTENDANCE:
        return found.sender_fields
    fields = replace(found.sender_fields, persons=1, people=(), people_members=()) if own_only else found.fields
    if fields.persons is None:
        # Someone who (pre-)registers or cancels without a number speaks for themselves
        # and the people they name.
        fields = replace(fields, persons=1 + len(fields.people))
    return fields


def _language(mail: Mail, intent: Intent) -> str:
    """The sender's language. A bounce's own words come first; what follows is the
    returned mail (ours, in German)."""
    text = mail.text or ""
    if intent is Intent.BOUNCE:
        return language.detect(text[:800], mail.subject or "")
    if intent is Intent.BULK:
        # A list's language is its content, not the list software's boilerplate;
        # the messages of a digest end up in ``quoted``.
        return language.detect(f"{text}\n{mail.quoted or ''}", mail.subject or "")
    return language.detect(text, mail.subject or "")


def _suppressed(intent: Intent, signals: list[loopguard.Signal], first: Rule | None) -> Reason | None:
    """Why no automatic answer may go out, in plain words; None if one may."""
    signalled = _joined([s.why for s in signals])
    if intent in _MACHINE_WORDS:
        what = Reason.of(_MACHINE_WORDS[intent])
        if signalled is None:
            return what
        return Reason.of(N_("{what} ({signals})"), what=what, signals=signalled)
    if signalled is not None:
        return signalled
    if intent in _NEEDS_HUMAN:
        return Reason.of(_NEEDS_HUMAN[intent])
    if intent is Intent.OPT_OUT:
        return Reason.of(_OPT_OUT)
    if first is not None and first.auto_reply is False:
        return Reason.of(N_("rule {rule} says a human answers this"), rule=repr(first.name))
    return None


def _joined(reasons: list[Reason]) -> Reason | None:
    """ "a; b; c" as one Reason (each part translated on its own), or None."""
    if not reasons:
        return None
    joined = reasons[-1]
    for reason in reversed(reasons[:-1]):
        joined = Reason.of(N_("{first}; {rest}"), first=reason, rest=joined)
    return joined


def missing_fields(fields: Fields) -> tuple[str, ...]:
    """The required registration fields that ``fields`` lacks (payment: must be agreed)."""
    out = []
    for name in REQUIRED_FOR_REGISTRATION:
        value = getattr(fields, name)
        if name == "payment_agreement":
            if value is not True:
                out.append(name)
        elif value is None or value == "":
            out.append(name)
    return tuple(out)

