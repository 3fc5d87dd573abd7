"""The changing commands: ``mark-paid``, ``note``, ``set-state``, ``resend`` and
``deliver``. Each works inside ``store.exclusive(LOCK_WAIT)`` (see ``staff``), checks
its input against what the daemon committed, changes, commits; a ``StaffError`` means
nothing was changed.

Each changes one record of one event: ``event`` names it (the CLI's ``--event``, else
the configuration's first event); "" takes the record as ``eventpick.pick`` finds it
(the person's only record, or the home event's).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from inbox_agent.i18n import N_, _
from inbox_agent.model import Address, PlannedMail, Reason
from inbox_agent.office import eventpick
from inbox_agent.office.common import LOCK_WAIT, StaffError, parse_states
from inbox_agent.outbox.outbox import DeliveryReport
from inbox_agent.registrations import (
    MAIL_KINDS,
    Attendee,
    EventRules,
    TransitionError,
    build_context,
    fill_places,
    make_message_id,
)
from inbox_agent.registrations import add_note as _add_note
from inbox_agent.registrations import mark_paid as _mark_paid
from inbox_agent.registrations import set_state as _set_state
from inbox_agent.registrations.context import next_deadline
from inbox_agent.registrations.labels import state_reason
from inbox_agent.store.db import Store
from inbox_agent.store.events import records_of


def _translated(exc: TransitionError) -> StaffError:
    """A refused change as the staff read it (the domain's own reason inside)."""
    why = exc.reason if getattr(exc, "reason", None) is not None else str(exc)
    return StaffError(Reason.of(N_("not possible, nothing was changed: {why}"), why=why))


def _amount(a: Attendee, amount: str | None) -> Decimal:
    """The amount given (``250`` or ``250,00``), else the record's open balance."""
    if amount is None:
        if a.balance is None or a.balance <= 0:
            raise StaffError(Reason.of(
                N_("no open amount is known for {email} ({state}); give it with --amount"),
                email=a.email, state=state_reason(a.state.value)))
        return a.balance
    try:
        return Decimal(amount.replace(",", "."))
    except InvalidOperation:
        raise StaffError(Reason.of(N_("{amount} is not an amount; e.g. --amount 250 or 250.00"),
                                   amount=repr(amount))) from None


def _find(store: Store, email: str, event: str) -> tuple[Attendee, str]:
    """The record of ``email`` in ``event`` ("" as ``eventpick.pick`` finds it)."""
    return eventpick.pick(store, email, event, event or None)


def _list(store: Store, event: str) -> dict[str, Attendee]:
    """The attendee list of ``event``, by address."""
    return {r.get("email") or r["key"]: Attendee.from_dict(r)
            for r in records_of(store, "attendees", event)}


def mark_paid(store: Store, email: str, amount: str | None, by: str, now: datetime,
              note: str = "", *, event: str = "") -> Attendee:
    """Record a payment (the balance if no amount is given). Commit included."""
    with store.exclusive(LOCK_WAIT):
        a, event = _find(store, email, event)
        value = _amount(a, amount)
        try:
            changed = _mark_paid(a, value, by, now, note)
        except TransitionError as exc:
            raise _translated(exc) from None
        eventpick.put(store, changed, event)
        store.commit()
        return changed


def add_note(store: Store, email: str, text: str, by: str, now: datetime, *,
             event: str = "") -> Attendee:
    """Add a staff note to the record. Commit included."""
    with store.exclusive(LOCK_WAIT):
        a, event = _find(store, email, event)
        try:
            changed = _add_note(a, text, by, now)
        except TransitionError as exc:
            raise _translated(exc) from None
        eventpick.put(store, changed, event)
        store.commit()
        return changed


@dataclass
class Change:
    """What a staff change did: the record, places handed on, mails planned."""

    attendee: Attendee
    promoted: list[str] = field(default_factory=list)
    planned: list[PlannedMail] = field(default_factory=list)


def set_state(store: Store, email: str, state: str, reason: str, by: str, now: datetime,
              rules: EventRules, outbox: Any) -> Change:
    """Put a record into ``state`` by hand; places it frees go to the waiting list (the
    promotion mails are recorded in the outbox, to be sent by ``deliver``). The record
    is the one of ``rules``' event."""
    to = parse_states(state)
    if len(to) != 1:
        raise StaffError(Reason.of(N_("give exactly one state, e.g. registered")))
    if not reason.strip():
        raise StaffError(Reason.of(N_("please say why with --reason (it is kept in the history)")))
    with store.exclusive(LOCK_WAIT):
        a, event = _find(store, email, rules.id)
        try:
            changed = _set_state(a, to[0], reason, by, now, rules=rules)
        except TransitionError as exc:
            raise _translated(exc) from None
        eventpick.put(store, changed, event)
        result = Change(changed)
        if changed.places < a.places:
            _hand_on_places(store, result, event, by, now, rules, outbox)
        store.commit()
        return result


def _hand_on_places(store: Store, result: Change, event: str, by: str, now: datetime,
                    rules: EventRules, outbox: Any) -> None:
    """Places freed by a change go to the event's waiting list; the mails are recorded."""
    changed = result.attendee
    everyone = _list(store, event)
    everyone[changed.email] = changed
    decision = fill_places(everyone, rules, now,
                           cause=f"staff:{by}:{now.isoformat(timespec='seconds')}")
    for other in decision.attendees:
        eventpick.put(store, other, event)
        if other.email != changed.email:
            result.promoted.append(other.email)
    for planned in decision.planned:
        outbox.record(store, planned, cause=f"staff:{by}", now=now)
        result.planned.append(planned)


def resend(store: Store, email: str, kind: str, by: str, now: datetime, rules: EventRules,
           outbox: Any) -> PlannedMail:
    """Plan mail ``kind`` to the attendee again, with today's facts (a new Message-ID);
    noted in the record (of ``rules``' event). Sent by ``deliver``."""
    if kind not in MAIL_KINDS:
        raise StaffError(Reason.of(N_("unknown kind of mail {kind}; possible are: {known}"),
                                   kind=repr(kind), known=", ".join(MAIL_KINDS)))
    with store.exclusive(LOCK_WAIT):
        a, event = _find(store, email, rules.id)
        everyone = _list(store, event)
        extra: dict[str, Any] = {}
        nd = next_deadline(a, rules)
        if nd is not None:
            extra["deadline"] = nd
        planned = PlannedMail(
            kind=kind, to=Address(a.email, a.display_name() if a.name else ""),
            language=a.language,
            message_id=make_message_id(kind, f"{a.email}|resend|{kind}|{now.isoformat()}",
                                       rules.message_id_domain),
            context=build_context(kind, a, rules, now, everyone.values(), **extra),
            in_reply_to=a.thread_root, references=(a.thread_root,) if a.thread_root else (),
            event=rules.id)
        outbox.compose(planned, now)  # a template problem shows here, before anything is stored
        outbox.record(store, planned, cause=f"staff:{by}", now=now)
        # A note is plain text (``Note.text``): written in the staff language of today.
        changed = a.with_note(now, by, _("Mail '{kind}' sent again").format(kind=kind))
        eventpick.put(store, changed, event)
        store.commit()
        return planned


def deliver(store: Store, services: Any) -> DeliveryReport:
    """Send what is planned in the outbox now (inside the store lock), like a poll does."""
    from inbox_agent.services import sender_for

    now = services.clock.now()
    with store.exclusive(LOCK_WAIT):
        with services.open_mailbox() as box, sender_for(services) as sender:
            report = services.outbox.deliver(store, sender, None if services.dry_run else box, now)
        store.commit()
    return report


__all__ = ["mark_paid", "add_note", "Change", "set_state", "resend", "deliver"]
