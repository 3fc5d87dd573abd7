"""The digest's sections after "needs your attention": places, members and fees, the
states, who still has to act before a deadline, the deadlines, what was sent of its own
accord and every mail that came in. Pure: records and rules in, plain values out, every
word in the staff language (``i18n``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from inbox_agent.i18n import _, amount, day_month, render
from inbox_agent.office.labels import (
    DEADLINE_LABELS,
    INTENT_LABELS,
    KIND_LABELS,
    SEND_STATUS_LABELS,
    STATE_LABELS,
    label,
)
from inbox_agent.registrations import Attendee, EventRules, State, compute_fee, waiting_list
from inbox_agent.registrations.context import next_deadline

BAR_WIDTH = 20


@dataclass(frozen=True)
class MailLine:
    """One inbound mail of the period and what was done with it."""

    received_at: str  # local time, "10.06. 08:15"
    sender: str
    subject: str
    intent: str
    intent_label: str
    action: str
    why: str
    event: str = ""  # the name of the event the mail was routed to ("" for none)


@dataclass(frozen=True)
class Places:
    capacity: int
    taken: int
    free: int
    waiting: int  # persons on the waiting list
    percent: int
    bar: str  # e.g. "██████░░░░" (text version)


@dataclass(frozen=True)
class Money:
    members: int  # persons holding a place
    non_members: int
    unknown: int
    expected: str  # amounts as "1234.00"
    received: str
    outstanding: str
    currency: str
    # The same amounts as the staff language writes them, with the currency
    # ("1,234.00 EUR"); the German template keeps its own ``money`` filter.
    expected_text: str = ""
    received_text: str = ""
    outstanding_text: str = ""
    # Invoiced (every binding registration has its invoice, issue 16) and overdue
    # (binding, past the payment day, not paid in full): amounts and how many.
    invoiced: str = "0.00"
    invoiced_count: int = 0
    overdue: str = "0.00"
    overdue_count: int = 0
    invoiced_text: str = ""
    overdue_text: str = ""


@dataclass(frozen=True)
class OpenItem:
    """Someone who still has to act before a deadline."""

    email: str
    name: str
    state: str  # the state's name in the staff language
    what: str  # "binding registration" | "payment", in the staff language
    deadline: str  # ISO date
    days_left: int
    state_key: str = ""  # the state's id ("option")
    kind: str = ""  # "registration" or "payment"
    amount: str = ""  # a payment's open balance ("250.00"; "" if unknown)
    actions: tuple[tuple[str, str], ...] = ()  # (label, mailto: URL), digest_actions


@dataclass(frozen=True)
class EventSection:
    """One open event's part of the digest: places, members and fees, states,
    deadlines, who still has to act."""

    id: str
    name: str
    places: Places
    money: Money
    states: tuple[tuple[str, str, int], ...]  # (state, label, records)
    open_items: tuple[OpenItem, ...]
    deadlines: tuple[tuple[str, str, int], ...]  # (what, ISO date, days left), upcoming only


@dataclass(frozen=True)
class SentLine:
    to: str
    kind: str
    label: str
    at: str


def local_time(iso: str, rules: EventRules) -> str:
    """An ISO time as the office reads it: local day and time, "10.06. 08:15"."""
    if not iso:
        return ""
    try:
        at = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    at = at.astimezone(rules.tz)
    return f"{day_month(at)} {at:%H:%M}"


def mail_line(m: Mapping[str, Any], outbox: Mapping[str, Mapping[str, Any]],
              names: Mapping[str, str] | None = None) -> MailLine:
    """What came in (``m``, a message record) and what the agent did about it; ``names``
    (event id -> name) names the event it was routed to."""
    intent = m.get("intent", "")
    why = "; ".join([*(render(r) for r in (m.get("rules") or ())[:2]),
                     *(render(n) for n in (m.get("notes") or ())[:2])])
    return MailLine(received_at=m.get("received_at", ""), sender=m.get("from", ""),
                    subject=m.get("subject", ""), intent=intent,
                    intent_label=label(INTENT_LABELS, intent), action=_action(m, outbox),
                    why=why, event=event_name(m, names))


def event_name(record: Mapping[str, Any], names: Mapping[str, str] | None) -> str:
    """The name of the event a record belongs to ("" for none, or without ``names``)."""
    event_id = record.get("event") or ""
    if not event_id or not names:
        return ""
    return names.get(event_id, event_id)


def _action(m: Mapping[str, Any], outbox: Mapping[str, Mapping[str, Any]]) -> str:
    done = []
    for mid in m.get("replies") or ():
        entry = outbox.get(mid)
        if entry is None:
            done.append(_("reply planned"))
            continue
        done.append(_("reply “{label}” to {to} ({status})").format(
            label=label(KIND_LABELS, entry.get("kind", "")), to=entry.get("to", ""),
            status=label(SEND_STATUS_LABELS, entry.get("status", ""))))
    if done:
        return "; ".join(done)
    held_back = m.get("suppressed_reason") or m.get("suppressed_because")
    if held_back:
        return _("no reply: {why}").format(why=render(held_back))
    if m.get("intent") == "question":
        return _("no reply: a question for you")
    return _("no reply needed")


def failed_mail_line(f: Mapping[str, Any]) -> MailLine:
    """A mail that could not be processed (a failure record without a message record)."""
    return MailLine(received_at=f.get("received_at") or f.get("at", ""),
                    sender=f.get("from", ""), subject=f.get("subject", ""), intent="error",
                    intent_label=label(INTENT_LABELS, "error"), action=_("not processed"),
                    why=render(f.get("error_reason") or f.get("error", "")))


def sent_line(e: Mapping[str, Any]) -> SentLine:
    """A mail the agent sent of its own accord (a reminder, a promotion, ...)."""
    return SentLine(to=e.get("to", ""), kind=e.get("kind", ""),
                    label=label(KIND_LABELS, e.get("kind", "")), at=e.get("sent_at") or "")


def places(people: list[Attendee], rules: EventRules) -> Places:
    """How full the conference is, with a bar for the text version."""
    taken = sum(a.places for a in people)
    waiting = sum(a.persons for a in waiting_list(people))
    free = max(rules.capacity - taken, 0)
    percent = min(round(100 * taken / rules.capacity), 100) if rules.capacity else 100
    filled = min(round(BAR_WIDTH * taken / rules.capacity), BAR_WIDTH) if rules.capacity else BAR_WIDTH
    return Places(capacity=rules.capacity, taken=taken, free=free, waiting=waiting,
                  percent=percent, bar="█" * filled + "░" * (BAR_WIDTH - filled))


def money(people: list[Attendee], rules: EventRules, now: datetime | None = None) -> Money:
    """Members and fees of those holding a place: expected, received, outstanding."""
    holders = [a for a in people if a.state.holds_place]
    expected = sum((a.fee if a.fee is not None else compute_fee(a, rules) for a in holders),
                   Decimal(0))
    received = sum((a.paid_total for a in people), Decimal(0))
    binding = [a for a in holders if a.state in (State.REGISTERED, State.PAID)]
    outstanding = sum((a.balance or Decimal(0) for a in binding), Decimal(0))
    cur = rules.currency
    invoiced = sum((a.fee or Decimal(0) for a in binding), Decimal(0))
    today = rules.local_date(now) if now is not None else None
    late = [a for a in binding if today and a.payment_due and a.payment_due < today
            and (a.balance or Decimal(0)) > 0]
    overdue = sum((a.balance or Decimal(0) for a in late), Decimal(0))
    return Money(
        invoiced=f"{invoiced:.2f}", invoiced_count=len(binding), overdue=f"{overdue:.2f}",
        overdue_count=len(late), invoiced_text=f"{amount(invoiced)} {cur}",
        overdue_text=f"{amount(overdue)} {cur}",
        members=sum(a.persons for a in holders if a.member is True),
        non_members=sum(a.persons for a in holders if a.member is False),
        unknown=sum(a.persons for a in holders if a.member is None),
        expected=f"{expected:.2f}", received=f"{received:.2f}",
        outstanding=f"{outstanding:.2f}", currency=cur,
        expected_text=f"{amount(expected)} {cur}", received_text=f"{amount(received)} {cur}",
        outstanding_text=f"{amount(outstanding)} {cur}")


def states(people: list[Attendee]) -> tuple[tuple[str, str, int], ...]:
    """(state id, its name, records) for every state somebody is in."""
    out = []
    for state in State:
        n = sum(1 for a in people if a.state == state)
        if n:
            out.append((state.value, label(STATE_LABELS, state.value), n))
    return tuple(out)


def open_items(people: list[Attendee], rules: EventRules, now: datetime) -> tuple[OpenItem, ...]:
    """Options and binding registrations with a deadline ahead (or overdue), soonest first."""
    today = rules.local_date(now)
    items = []
    for a in people:
        if a.state not in (State.OPTION, State.REGISTERED):
            continue
        nd = next_deadline(a, rules)
        if nd is None:
            continue
        kind, due = nd
        items.append(OpenItem(
            email=a.email, name=a.display_name(), state=label(STATE_LABELS, a.state.value),
            what=label(DEADLINE_LABELS, "registration" if kind == "registration" else "payment"),
            deadline=due.isoformat(), days_left=(due - today).days, state_key=a.state.value,
            kind="registration" if kind == "registration" else "payment",
            amount=f"{a.balance:.2f}" if kind != "registration" and a.balance else ""))
    items.sort(key=lambda i: (i.deadline, i.name.lower()))
    return tuple(items)


def event_section(people: list[Attendee], rules: EventRules, now: datetime) -> EventSection:
    """The digest's part for one event and its attendees."""
    return EventSection(id=rules.id, name=rules.name, places=places(people, rules),
                        money=money(people, rules, now), states=states(people),
                        open_items=open_items(people, rules, now),
                        deadlines=deadlines(rules, now))


def deadlines(rules: EventRules, now: datetime) -> tuple[tuple[str, str, int], ...]:
    """(what, ISO date, days left) of the event's deadlines still ahead."""
    today = rules.local_date(now)
    out = []
    for what, due in (("pre_registration", rules.pre_registration_deadline),
                      ("registration", rules.registration_deadline),
                      ("event", rules.starts)):
        if due >= today:
            out.append((label(DEADLINE_LABELS, what), due.isoformat(), (due - today).days))
    return tuple(out)


__all__ = ["MailLine", "Places", "Money", "OpenItem", "EventSection", "SentLine", "BAR_WIDTH",
           "local_time", "mail_line", "event_name", "event_section", "failed_mail_line",
           "sent_line", "places", "money", "states", "open_items", "deadlines"]
