"""What machine mail a verdict rests on: the intents the loop guard's signals and the
deciding rule point to, and the failed recipients of a bounce (``bounces``, asked only
of mail that can be one: ``not_a_bounce``)."""

from __future__ import annotations

from inbox_agent.i18n import N_
from inbox_agent.model import Intent, Mail, Reason, ReasonText, RuleHit
from inbox_agent.understanding import bounces, loopguard
from inbox_agent.understanding.ruleset import Rule

# The machine intents, strongest first: a bounce that is also an automatic reply is a
# bounce; list mail that is also an automatic reply an automatic reply.
MACHINE_PRIORITY = (Intent.BOUNCE, Intent.AUTO_REPLY, Intent.BULK)
KIND_INTENT = {loopguard.BOUNCE: Intent.BOUNCE, loopguard.AUTO_REPLY: Intent.AUTO_REPLY,
               loopguard.BULK: Intent.BULK}


def machine_evidence(mail: Mail, own: frozenset[str], signals: list[loopguard.Signal],
                     first: Rule | None) -> tuple[set[Intent], bounces.BounceReport, RuleHit | None]:
    """The machine intents the loop guard and the deciding rule point to, the failed
    recipients if it is machine mail, and the rule hit that names them."""
    machine = {KIND_INTENT[s.kind] for s in signals if s.kind in KIND_INTENT}
    if first is not None and first.intent in MACHINE_PRIORITY:
        machine.add(first.intent)
    if not_a_bounce(machine, signals):
        return machine, bounces.BounceReport(), None
    report = bounces.failed_recipients(mail, own)
    # An automatic reply stays one even if a heuristic finds an address in it: taking
    # an out-of-office note for a bounce would stop all further mail to a working address.
    if (report.permanent or report.temporary) and Intent.AUTO_REPLY not in machine:
        machine.add(Intent.BOUNCE)
    hit = None
    if report.source:
        hit = RuleHit("bounce:recipients", ReasonText.of(
            N_("failed recipients found {source}: {addresses}"), source=Reason(report.source),
            addresses=", ".join(report.permanent + report.temporary)))
    return machine, report, hit


def not_a_bounce(machine: set[Intent], signals: list[loopguard.Signal]) -> bool:
    """Mail flufl.bounce is not asked about: what is no machine's (it "finds" failed
    addresses in ordinary replies too), an automatic reply (it stays one whatever is
    found: ``machine_evidence``), and list mail (List-* headers: a list or a newsletter, never a
    delivery report). Mail from a mail system or from us is always scanned."""
    if any(s.kind in (loopguard.MACHINE, loopguard.OWN) for s in signals):
        return False
    if Intent.BULK in machine and not any(s.name == loopguard.LIST_CHECK for s in signals):
        return False  # "Precedence: bulk" alone: some mail servers' reports carry it
    return machine <= {Intent.AUTO_REPLY, Intent.BULK}
