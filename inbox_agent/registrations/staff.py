"""What the office does by hand (used by the CLI): pure functions on one record.

Each returns the changed record, with the action in its history or notes and the
person who did it (``by``) in the cause, so the attendee list always says who changed
what. They do not plan mails or move the waiting list: after an action that frees
places, call ``fill_places`` (``lifecycle``) with the same time and a cause naming it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from inbox_agent.registrations.attendee import Attendee, Payment, State, TransitionError
from inbox_agent.registrations.context import compute_fee
from inbox_agent.registrations.rules import EventRules


def mark_paid(attendee: Attendee, amount: Decimal | int | str, by: str, now: datetime, note: str = "") -> Attendee:
    """Record a payment. The record becomes ``paid`` once the payments cover the fee
    fixed at registration (or at once if no fee was fixed); a part payment is noted
    and the record stays ``registered`` (payment reminders go on)."""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        raise TransitionError(f"{amount!r} is not an amount of money") from None
    if value <= 0:
        raise TransitionError(f"a payment must be positive, got {value}")
    if attendee.state not in (State.REGISTERED, State.PAID):
        raise TransitionError(
            f"{attendee.email} is {attendee.state}: only a binding registration can be paid "
            f"(set it to 'registered' first)"
        )
    by = _who(by)
    paid = replace(attendee, payments=(*attendee.payments, Payment(_aware(now), value, by, note)))
    if attendee.state == State.PAID:
        return paid.with_note(now, by, f"further payment of {value} recorded")
    if paid.fee is None or paid.paid_total >= paid.fee:
        return paid.moved(State.PAID, now, f"staff:{by}", f"payment of {value} received")
    return paid.with_note(now, by, f"part payment of {value}; {paid.balance} still open")


def set_state(
    attendee: Attendee,
    state: State | str,
    reason: str,
    by: str,
    now: datetime,
    *,
    rules: EventRules | None = None,
    deadline: date | None = None,
) -> Attendee:
    """Put a record into ``state`` by hand (the office overrides the rules).

    ``reason`` is required and kept in the history. To ``option``: the option runs
    until ``deadline`` (else the record's, else the registration deadline from
    ``rules``) and its registration reminders start afresh. To ``registered``: the fee
    and payment due date are fixed from ``rules`` unless already fixed.
    """
    to = State(state)
    if to == attendee.state:
        raise TransitionError(f"{attendee.email} is already {to}")
    if not reason.strip():
        raise TransitionError("say why (the reason is kept in the attendee's history)")
    changes: dict[str, object] = {}
    if to == State.OPTION:
        day = deadline or attendee.option_deadline or (rules.registration_deadline if rules else None)
        if day is None:
            raise TransitionError("an option needs a deadline: pass deadline= or rules=")
        changes.update(
            option_deadline=day,
            reminders_sent=frozenset(k for k in attendee.reminders_sent if not k.startswith("registration-")),
            reminders_skipped=frozenset(
                k for k in attendee.reminders_skipped if not k.startswith("registration-")
            ),
        )
    if to == State.REGISTERED and rules is not None:
        if attendee.fee is None:
            changes["fee"] = compute_fee(attendee, rules)
        if attendee.payment_due is None:
            changes["payment_due"] = rules.local_date(now) + timedelta(days=rules.payment_due_days)
    base = replace(attendee, **changes) if changes else attendee
    return base.moved(to, now, f"staff:{_who(by)}", reason.strip())


def add_note(attendee: Attendee, text: str, by: str, now: datetime) -> Attendee:
    """Attach a remark (shown by the CLI and kept in the store)."""
    if not text.strip():
        raise TransitionError("an empty note says nothing")
    return attendee.with_note(now, _who(by), text.strip())


def add_attendee(
    email: str,
    state: State | str,
    reason: str,
    by: str,
    now: datetime,
    *,
    rules: EventRules | None = None,
    deadline: date | None = None,
    **fields: object,
) -> Attendee:
    """A record the office creates by hand (e.g. a registration by phone)."""
    to = State(state)
    if not reason.strip():
        raise TransitionError("say why (the reason is kept in the attendee's history)")
    a = Attendee(email=email, state=to, **fields)  # type: ignore[arg-type]
    changes: dict[str, object] = {}
    if to == State.OPTION:
        day = deadline or (rules.registration_deadline if rules else None)
        if day is None:
            raise TransitionError("an option needs a deadline: pass deadline= or rules=")
        changes["option_deadline"] = day
    if to == State.REGISTERED and rules is not None:
        changes["fee"] = compute_fee(a, rules)
        changes["payment_due"] = rules.local_date(now) + timedelta(days=rules.payment_due_days)
    if changes:
        a = replace(a, **changes)
    return a.moved(to, now, f"staff:{_who(by)}", reason.strip())


def _who(by: str) -> str:
    who = by.strip()
    if not who:
        raise TransitionError("say who does this (by=)")
    return who


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise TransitionError("the time of a staff action must be timezone-aware")
    return now.astimezone(timezone.utc)


__all__ = ["mark_paid", "set_state", "add_note", "add_attendee"]
