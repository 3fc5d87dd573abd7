"""The June deadline at work: the invitee list, the announcement, the reminders before
pre-registration closes, opt-outs, and what inbound mail means for them.

This module wires the pure decisions of ``invitees`` to the store, the outbox and the
pipeline; it imports no external library. What it guarantees, and how:

- **Each invitee gets the announcement at most once**, even when ``announce`` is
  interrupted and run again: every announcement is recorded in the outbox with a
  Message-ID seeded by the event and the address *before* anything is sent, and the
  outbox looks an entry up in the Sent folder before it sends one that an earlier run
  recorded. Sending is paced (``[announce] per_minute``, kept in the store), and what
  an interrupted run leaves planned goes out with the daemon's next polls, paced the
  same way.
- **One reminder per step, at most once** (``run_due``, from ``pipeline.run_due_jobs``):
  the reminder to (invitee, step) has its own deterministic Message-ID, so a restart,
  a second daemon run or a re-run of the same day plans nothing new.
- **Opt-outs are honoured forever**: kept in their own table (``optouts``), never
  touched by an import, and enforced again by the outbox for every bulk mail.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inbox_agent.i18n import N_
from inbox_agent.invitations.invitees import (
    ANNOUNCEMENT,
    AnnouncementPlan,
    InboundEffects,
    InviteeFileError,
    Reach,
    Standing,
    announcement_reach,
    inbound_effects,
    match_record,
    match_task,
    plan_announcement,
    plan_import,
    plan_reminders,
    propose_matches,
    read_csv,
    standings,
)
from inbox_agent.invitations.reports import AnnounceReport, ImportOutcome
from inbox_agent.invitations.texts import (
    STATUS_LABELS,
    announce_preview_text,
    announce_result_text,
    import_text,
    list_text,
    reach_text,
    standing_row,
    status_text,
)
from inbox_agent.model import Intent, Mail, Reason, Verdict
from inbox_agent.outbox.optouts import (
    TABLE as OPTOUTS,
)
from inbox_agent.outbox.optouts import (
    is_opted_out,
    is_unsubscribe_subject,
    opted_out_keys,
    record_optout,
)
from inbox_agent.outbox.outbox import PLANNED, DeliveryReport
from inbox_agent.registrations import Decision, EventRules, HumanTask, StaffText
from inbox_agent.store.events import records_of

if TYPE_CHECKING:  # the pipeline imports this module; only its types are needed here
    from inbox_agent.services import Services
    from inbox_agent.store.db import Store

INVITEES = "invitees"
_HOLDING = frozenset({"pending", "option", "waitlisted", "registered", "paid"})


# --- the list ---------------------------------------------------------------------------------


def import_file(store: "Store", path: Path, now: datetime) -> ImportOutcome:
    """Read ``path`` and stage its valid rows in the store (the caller commits once:
    nothing is half-imported). Raises ``InviteeFileError`` for an unusable file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InviteeFileError(Reason.of(N_(
            "{file}: cannot be read ({error}); please check the path (and whether the file is "
            "still open in Excel). Nothing was imported."),
            file=str(path), error=exc.strerror or str(exc))) from None
    found = read_csv(data, Path(path).name)
    existing = {r["key"]: r for r in store.all(INVITEES)}
    plan = plan_import(existing, found.rows, source=Path(path).name, at=now,
                       optout_keys=opted_out_keys(store.all(OPTOUTS)))
    store.put_many(INVITEES, plan.put)
    return ImportOutcome(found, plan)


def current_standings(store: "Store", rules: EventRules, steps: Iterable[int] = ()) -> list[Standing]:
    """Where every invitee stands, from the store as it is."""
    return standings(store.all(INVITEES), _attendees(store, rules), opted_out_keys(store.all(OPTOUTS)),
                     {e["key"]: e for e in store.all("outbox")}, rules, steps)


def _attendees(store: "Store", rules: EventRules) -> list[dict]:
    """The attendee records of the event being announced: someone on last year's list
    has not answered this year's invitation."""
    return list(records_of(store, "attendees", rules.id))


def remove(store: "Store", email: str) -> bool:
    """Take ``email`` off the list (staged). Its opt-out, if any, stays; so does the
    record of its announcement, so a later import does not announce it again."""
    key = email.strip().lower()
    if store.get(INVITEES, key) is None:
        return False
    store.delete(INVITEES, key)
    return True


def opt_out(store: "Store", email: str, now: datetime, via: str = "staff") -> bool:
    """Record an opt-out by hand (a phone call, a web form); False if it existed."""
    return record_optout(store, email, now, via)


def link(store: "Store", invitee: str, attendee: str, now: datetime) -> None:
    """Staff confirm that ``attendee`` is ``invitee`` (pre-registered from another address)."""
    inv = _invitee(store, invitee)
    if store.get("attendees", attendee.strip().lower()) is None:
        raise InviteeFileError(Reason.of(N_(
            "{email} is not on the attendee list; nothing was changed. `inbox-agent list` "
            "shows every address."), email=attendee))
    match = {"attendee": attendee.strip().lower(),
             "reason": Reason.of(N_("confirmed by the office")).to_dict(),
             "status": "confirmed", "at": now.isoformat()}
    store.put(INVITEES, {**inv, "match": match})


def unlink(store: "Store", invitee: str, now: datetime) -> None:
    """Staff say the proposed match was wrong: the invitee is reminded again (if still
    due) and never matched automatically again."""
    inv = _invitee(store, invitee)
    old = inv.get("match") or {}
    store.put(INVITEES, {**inv, "match": {**old, "status": "rejected", "at": now.isoformat()}})


def _invitee(store: "Store", email: str) -> dict:
    inv = store.get(INVITEES, email.strip().lower())
    if inv is None:
        raise InviteeFileError(Reason.of(N_(
            "{email} is not on the invitation list; nothing was changed. `inbox-agent invitees "
            "list` shows every address."), email=email))
    return inv


def reach(store: "Store", rules: EventRules, now: datetime) -> Reach:
    """The announcement's reach (for the digest) from the store as it is."""
    return announcement_reach(store.all(INVITEES), _attendees(store, rules), store.all(OPTOUTS),
                              store.all("outbox"), rules, now)


# --- the announcement ---------------------------------------------------------------------------


def plan(services: "Services", now: datetime) -> AnnouncementPlan:
    """What ``announce`` would send now (nothing is staged)."""
    store = services.store
    found = current_standings(store, services.event)
    invitees = {r["key"]: r for r in store.all(INVITEES)}
    return plan_announcement(found, invitees, services.event, now)


def record_announcement(services: "Services", now: datetime) -> AnnouncementPlan:
    """Plan the announcement and stage every mail of it in the outbox (the caller
    commits: recorded before anything is sent). ``simulate`` calls this as well."""
    planned = plan(services, now)
    for mail in planned.planned:
        services.outbox.record(services.store, mail, cause="announce", now=now)
    return planned



def announce(
    services: "Services",
    *,
    sleep: Callable[[float], None] = time.sleep,
    progress: Callable[[int, int], None] | None = None,
    lock_timeout: float = 120,
) -> AnnounceReport:
    """Record the announcement for everyone due, then send it at the configured rate.

    Each turn holds the store only while it sends what the rate allows and commits, so
    a running daemon keeps working in between. Ends when no announcement is left
    planned, or when the mail server fails temporarily (what is left goes out with the
    daemon's next polls, or with the next ``announce``). ``progress(sent, total)``.
    """
    store = services.store
    with store.exclusive(timeout=lock_timeout):
        now = services.clock.now()
        planned = record_announcement(services, now)
        store.commit()
    report = AnnounceReport(planned)
    total = _planned_announcements(store)
    if total == 0:
        return report
    done = 0
    with services.open_mailbox() as box, _lazy(services) as sender:
        while True:
            with store.exclusive(timeout=lock_timeout):
                now = services.clock.now()
                delivery = services.outbox.deliver(store, sender, box, now)
                store.commit()
                left = _planned_announcements(store)
                next_slot = services.outbox.next_bulk_slot(store, now)
            _merge(report.delivery, delivery)
            done = total - left
            if progress is not None:
                progress(done, total)
            report.left = left
            if not left:
                break
            if delivery.deferred:
                report.stopped = delivery.deferred[-1][1]
                break
            sleep(max((next_slot - now).total_seconds(), 0.05))
    return report


def _planned_announcements(store: "Store") -> int:
    return sum(1 for e in store.all("outbox") if e["kind"] == ANNOUNCEMENT and e["status"] == PLANNED)


def _merge(into: DeliveryReport, other: DeliveryReport) -> None:
    into.sent += other.sent
    into.reconciled += other.reconciled
    into.deferred += other.deferred
    into.failed += other.failed
    into.suppressed += other.suppressed


def _lazy(services: "Services"):
    from inbox_agent.services import (
        sender_for,  # the same lazy SMTP connection a poll uses
    )

    return sender_for(services)


# --- the daemon's part: matches and reminders -------------------------------------------------------


def run_due(services: "Services", now: datetime) -> Decision:
    """Stage the matches of invitees who pre-registered from another address, and
    return the invitation reminders due at ``now`` as a ``Decision`` (with the staff
    tasks for the matches) for the pipeline to stage like any other."""
    store, rules = services.store, services.event
    invitee_list = list(store.all(INVITEES))
    if not invitee_list:
        return Decision()
    tasks = []
    by_email = {r["key"]: r for r in invitee_list}
    attendees = _attendees(store, rules)
    for match in propose_matches(invitee_list, attendees):
        inv = by_email[match.invitee]
        by_email[match.invitee] = {**inv, "match": match_record(match, now)}
        store.put(INVITEES, by_email[match.invitee])
        tasks.append(match_task(match, inv))
    steps = services.config.deadlines.pre_registration_reminder_days
    outbox = {e["key"]: e for e in store.all("outbox")}
    found = standings(by_email.values(), attendees, opted_out_keys(store.all(OPTOUTS)),
                      outbox, rules, steps)
    planned = plan_reminders(found, by_email, rules, steps, now, set(outbox))
    notes = [StaffText.of(N_("{email}: invitation reminder, {days} day(s) before the "
                             "pre-registration deadline"),
                          email=m.to.email, days=dict(m.context)["reminder_step"]) for m in planned]
    notes += [StaffText.of(N_("{email}: matched to a pre-registration from another address "
                              "(to confirm)"), email=t.email) for t in tasks]
    return Decision(planned=tuple(planned), needs_human=tuple(tasks), notes=tuple(notes))


# --- inbound mail ------------------------------------------------------------------------------------


def on_mail(services: "Services", mail: Mail, verdict: Verdict, decision: Decision,
            attendees: Mapping[str, Any], now: datetime) -> tuple[Decision, InboundEffects]:
    """What ``mail`` means for the invitee list and the opt-outs. Returns ``decision``
    with the tasks and notes added, and the effects to ``stage`` after it."""
    store = services.store
    sender = mail.sender.key if mail.sender else ""
    own = services.config.office.own_addresses
    intent = str(verdict.intent)
    # The List-Unsubscribe mailto (and the opt-out line of every bulk mail) asks for a
    # mail with the subject "abmelden": that is a request even when the client that
    # sends it marks it as machine-made. Never from ourselves; never a bounce.
    asked = verdict.intent is Intent.OPT_OUT or (
        is_unsubscribe_subject(mail.subject) and verdict.intent is not Intent.BOUNCE)
    asked = asked and bool(sender) and sender not in own
    if verdict.intent is Intent.BOUNCE:
        relevant = {a.strip().lower() for a in verdict.bounced_addresses}
    else:
        relevant = {sender} if sender else set()
    invitees = {a: r for a in relevant if (r := store.get(INVITEES, a)) is not None}
    if not invitees and not asked:
        return decision, InboundEffects()
    record = next((a for a in decision.attendees if a.email == sender), None) or attendees.get(sender)
    state = getattr(record, "state", None)
    effects = inbound_effects(
        sender=sender, intent=intent, opt_out=asked, bounced=verdict.bounced_addresses,
        invitees=invitees, already_opted_out=is_opted_out(store, sender),
        holds_registration=state is not None and str(state) in _HOLDING,
        has_attendee=record is not None, at=now, cause=mail.key)
    tasks = tuple(_declined_task(t, mail) if t.kind == "unknown_cancellation" and t.email == sender
                  and sender in invitees else t for t in decision.needs_human)
    merged = replace(decision, needs_human=tasks + effects.tasks, notes=decision.notes + effects.notes)
    return merged, effects


def _declined_task(task: HumanTask, mail: Mail) -> HumanTask:
    # The registration logic sees a cancellation from an address not on the attendee
    # list; for an invitee that is an answer to the invitation, and the office reads it.
    return HumanTask("invitee_declined", task.email, Reason.of(N_(
        "{sender} (invited) has declined: “{subject}”. No more reminders to this address; "
        "please read it in case it asks for something."), sender=str(mail.sender), subject=mail.subject))


def stage(store: "Store", effects: InboundEffects) -> None:
    """Stage what ``on_mail`` found (in the same commit as the mail's other records)."""
    store.put_many(INVITEES, effects.invitees)
    if effects.optout is not None and store.get(OPTOUTS, effects.optout["key"]) is None:
        store.put(OPTOUTS, effects.optout)



__all__ = [
    "ImportOutcome",
    "import_file",
    "current_standings",
    "remove",
    "opt_out",
    "link",
    "unlink",
    "reach",
    "plan",
    "record_announcement",
    "AnnounceReport",
    "announce",
    "run_due",
    "on_mail",
    "stage",
    "STATUS_LABELS",
    "import_text",
    "standing_row",
    "status_text",
    "list_text",
    "reach_text",
    "announce_preview_text",
    "announce_result_text",
]
