"""Understanding one mail: ``Mail`` + rules -> ``Verdict``. Pure: no I/O but the rule files.

    rules = load_rules(Path("rules"))        # ConfigError names file, rule and reason
    verdict = classify(mail, rules, own_addresses=frozenset({"geschaeftsstelle@vsop.de"}),
                       own_domain="vsop.de")

The steps, each recorded in ``Verdict.rule_hits``:

1. **Loop guard** (``rules_engine.loopguard``, code on purpose): RFC 3834 / RFC 5230
   signals that the mail comes from a machine, a list or ourselves.
2. **Fields** (``rules_engine.fields``): PDF form, form lines, free text.
3. **Rules** (``rules/*.toml``, data): every rule is checked, the first that hits
   decides the intent among the rules.
4. **Decision**: machine evidence beats words (bounce > auto_reply > bulk); then the
   rules' intent; nothing at all means ``other``. Bounces get their failed addresses.
5. **May we answer?** Not a machine, not ourselves, and an intent that a template can
   answer (question and other need a human).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from inbox_agent.model import Fields, Intent, Mail, RuleHit, Verdict
from inbox_agent.understanding import bounces, language, loopguard
from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.fields import extract
from inbox_agent.understanding.ruleset import Rule, RuleSet, load_rules

__all__ = ["RuleSet", "load_rules", "classify", "REQUIRED_FOR_REGISTRATION", "missing_fields"]

# What a binding registration must tell us; the reply asks for exactly what is missing.
REQUIRED_FOR_REGISTRATION = ("name", "organization", "member", "invoice_address", "payment_agreement")

_ABOUT_ATTENDANCE = (Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION)
_MACHINE_PRIORITY = (Intent.BOUNCE, Intent.AUTO_REPLY, Intent.BULK)
_KIND_INTENT = {loopguard.BOUNCE: Intent.BOUNCE, loopguard.AUTO_REPLY: Intent.AUTO_REPLY,
                loopguard.BULK: Intent.BULK}
_NEEDS_HUMAN = {Intent.QUESTION: "a question: needs a human answer",
                Intent.OTHER: "not a registration matter the agent can answer: needs a human"}
_MACHINE_WORDS = {Intent.BOUNCE: "a delivery failure report (bounce)",
                  Intent.AUTO_REPLY: "an automatic reply",
                  Intent.BULK: "a mailing list or mass mail"}

def classify(mail: Mail, rules: RuleSet, own_addresses: Iterable[str] = frozenset(),
             own_domain: str = "") -> Verdict:
    """Decide what ``mail`` is, what it tells, and whether the agent may answer it."""
    own = frozenset(a.strip().lower() for a in own_addresses)
    ctx = MailContext(mail, own, own_domain.strip().lower())
    hits: list[RuleHit] = []

    signals = loopguard.signals(ctx)
    hits += [RuleHit(f"loop-guard:{s.name}", s.reason) for s in signals]

    found = extract(mail, rules.field_config, own)
    ctx.fields, ctx.form_lines, ctx.pdf_form = found.fields, found.form_lines, found.pdf_form

    rule_hits = rules.evaluate(ctx)
    hits += [hit for _, hit in rule_hits]
    first: Rule | None = rule_hits[0][0] if rule_hits else None

    # Machine evidence from the loop guard and from the deciding rule.
    machine = {_KIND_INTENT[s.kind] for s in signals if s.kind in _KIND_INTENT}
    if first is not None and first.intent in _MACHINE_PRIORITY:
        machine.add(first.intent)
    suppressors = [s for s in signals if s.kind in (loopguard.MACHINE, loopguard.OWN)]

    report = bounces.BounceReport()
    if machine or suppressors:
        # Only machine mail is scanned: flufl.bounce's heuristics also "find" failed
        # addresses in ordinary replies. An automatic reply stays one even if a
        # heuristic finds an address in it: taking an out-of-office note for a bounce
        # would stop all further mail to a working address.
        report = bounces.failed_recipients(mail, own)
        if (report.permanent or report.temporary) and Intent.AUTO_REPLY not in machine:
            machine.add(Intent.BOUNCE)
        if report.source:
            hits.append(RuleHit("bounce:recipients", f"failed recipients found {report.source}: "
                                + ", ".join(report.permanent + report.temporary)))

    intent = next((i for i in _MACHINE_PRIORITY if i in machine), None)
    if intent is None:
        intent = first.intent if first is not None else Intent.OTHER
    if intent is Intent.OTHER and not rule_hits:
        hits.append(RuleHit("default:other", "no rule hit"))

    # A registration or cancellation is about the person it names; a question or
    # anything else is the sender's own.
    fields = found.fields if intent in _ABOUT_ATTENDANCE else found.sender_fields
    if intent in _MACHINE_PRIORITY:
        fields = Fields()  # a machine's "name" and "organisation" are not an attendee's
    elif intent in _ABOUT_ATTENDANCE and fields.persons is None:
        # Someone who (pre-)registers or cancels without a number speaks for themselves
        # and the people they name.
        fields = replace(fields, persons=1 + len(fields.people))

    suppressed = _suppressed(intent, signals, first)
    missing = missing_fields(fields) if intent is Intent.REGISTRATION else ()
    return Verdict(
        intent=intent,
        auto_reply=suppressed is None,
        fields=fields,
        rule_hits=tuple(hits),
        language=_language(mail, intent),
        suppressed_because=suppressed,
        bounced_addresses=tuple(sorted(report.permanent)),
        missing=missing,
    )


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


def _suppressed(intent: Intent, signals: list[loopguard.Signal], first: Rule | None) -> str | None:
    """Why no automatic answer may go out, in plain words; None if one may."""
    if intent in _MACHINE_WORDS:
        reasons = "; ".join(s.reason for s in signals)
        return _MACHINE_WORDS[intent] + (f" ({reasons})" if reasons else "")
    if signals:
        return "; ".join(s.reason for s in signals)
    if intent in _NEEDS_HUMAN:
        return _NEEDS_HUMAN[intent]
    if first is not None and first.auto_reply is False:
        return f"rule {first.name!r} says a human answers this"
    return None


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

