"""The announcement and the invitation reminders before the pre-registration
deadline (pure): who gets which mail with which template values.

``plan_announcement`` plans the announcement to everyone who may get it, nothing after
the pre-registration deadline; ``plan_reminders`` one reminder per configured step, the
latest due step only, each at most once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from inbox_agent.invitations.standing import (
    ANNOUNCEMENT,
    REMINDER,
    Standing,
    announcement_id,
    reminder_id,
)
from inbox_agent.model import Address, PlannedMail
from inbox_agent.outbox.optouts import UNSUBSCRIBE_SUBJECT
from inbox_agent.registrations.context import deadline_info, event_info
from inbox_agent.registrations.rules import EventRules

# --- the announcement and the reminders ---------------------------------------------------------


def invitee_context(kind: str, standing: Standing, inv: Mapping[str, Any], rules: EventRules,
                    now: datetime, *, reminder_step: int | None = None) -> tuple[tuple[str, Any], ...]:
    """JSON-safe template values for ``kind`` (see templates/*/announcement.txt.j2)."""
    lang = "en" if standing.language == "en" else "de"
    member = inv.get("member")
    fee = rules.fee_member if member is True else rules.fee_non_member
    name = " ".join(p for p in (inv.get("title") or "", inv.get("name") or "") if p)
    context = {
        "kind": kind,
        "language": lang,
        "event": event_info(rules),
        "deadlines": {"pre_registration": rules.pre_registration_deadline.isoformat(),
                      "registration": rules.registration_deadline.isoformat()},
        "invitee": {"email": standing.email, "name": inv.get("name") or "",
                    "title": inv.get("title") or "", "display_name": name,
                    "organization": inv.get("organization") or "", "member": member},
        "fee": {"member": str(rules.fee_member), "non_member": str(rules.fee_non_member),
                "yours": str(fee) if member is not None else None, "currency": rules.currency},
        "next_deadline": deadline_info("pre_registration", rules.pre_registration_deadline, rules, now),
        "optout": {"subject": UNSUBSCRIBE_SUBJECT},
        "reminder_step": reminder_step,
    }
    return tuple(context.items())


def _planned(kind: str, message_id: str, standing: Standing, inv: Mapping[str, Any], rules: EventRules,
             now: datetime, **extra: Any) -> PlannedMail:
    name = " ".join(p for p in (inv.get("title") or "", inv.get("name") or "") if p)
    return PlannedMail(
        kind=kind,
        to=Address(standing.email, name),
        language="en" if standing.language == "en" else "de",
        message_id=message_id,
        context=invitee_context(kind, standing, inv, rules, now, **extra),
    )


def sample_context(kind: str, rules: EventRules, now: datetime) -> dict[str, Any]:
    """The values ``kind`` gets, for a made-up invitee (``inbox-agent check``, tests)."""
    inv = {"email": "erika.mustermann@example.org", "name": "Erika Mustermann", "title": "Dr.",
           "organization": "Stadt Beispiel", "member": True, "language": "de"}
    standing = Standing(email=inv["email"], name=inv["name"], organization=inv["organization"],
                        member=True, language="de", announcement=None, announced_at=None,
                        opted_out=False, bounced=False, attendee=None, attendee_state=None,
                        match="", answered=False, declined=False, reminders=())
    step = 7 if kind == REMINDER else None
    return dict(invitee_context(kind, standing, inv, rules, now, reminder_step=step))


@dataclass(frozen=True)
class AnnouncementPlan:
    planned: tuple[PlannedMail, ...]
    skipped: tuple[tuple[str, str], ...]  # (address, why not)
    deadline_passed: bool


def plan_announcement(
    standing_list: Sequence[Standing],
    invitees: Mapping[str, Mapping[str, Any]],
    rules: EventRules,
    now: datetime,
) -> AnnouncementPlan:
    """The announcement to every invitee who has not had it, has not opted out, has not
    bounced and has not pre-registered already. Nothing after the pre-registration
    deadline (the mail asks for a pre-registration by then)."""
    passed = now >= rules.deadline_end(rules.pre_registration_deadline)
    planned: list[PlannedMail] = []
    skipped: list[tuple[str, str]] = []
    for s in standing_list:
        why = _not_to_announce(s)
        if why is None and passed:
            why = f"the pre-registration deadline {rules.pre_registration_deadline.isoformat()} has passed"
        if why:
            skipped.append((s.email, why))
            continue
        planned.append(_planned(ANNOUNCEMENT, announcement_id(s.email, rules), s, invitees[s.email], rules, now))
    return AnnouncementPlan(tuple(planned), tuple(skipped), passed)


def _not_to_announce(s: Standing) -> str | None:
    if s.announcement is not None:
        return {"sent": "already announced", "planned": "announcement waiting to be sent",
                "failed": "the announcement was refused by the mail server",
                "suppressed": "announcement withheld (opted out)"}.get(s.announcement, "already announced")
    if s.opted_out:
        return "opted out"
    if s.bounced:
        return "the address bounced"
    if s.pre_registered:
        return f"already pre-registered ({s.attendee})"
    if s.declined:
        return "declined already"
    return None


def due_step(steps: Iterable[int], rules: EventRules, now: datetime, announced_day: date) -> int | None:
    """The reminder step due at ``now``: the latest step whose day (that many days
    before the pre-registration deadline) has reached ``rules.reminder_hour``, if that
    day is after the day of the announcement and the deadline has not ended. Earlier
    steps are overtaken by it (a daemon that was down sends one reminder, not two)."""
    deadline = rules.pre_registration_deadline
    if now >= rules.deadline_end(deadline):
        return None
    due = [n for n in set(steps) if now >= rules.local_at(deadline - timedelta(days=n), rules.reminder_hour)]
    if not due:
        return None
    latest = min(due)  # fewest days before the deadline = the latest day
    return latest if deadline - timedelta(days=latest) > announced_day else None


def plan_reminders(
    standing_list: Sequence[Standing],
    invitees: Mapping[str, Mapping[str, Any]],
    rules: EventRules,
    steps: Iterable[int],
    now: datetime,
    recorded: frozenset[str] | set[str],
) -> list[PlannedMail]:
    """One reminder per due step to every invitee who got the announcement and has
    neither pre-registered, registered, declined, bounced nor opted out. ``recorded``
    holds the Message-IDs already in the outbox: each (invitee, step) at most once."""
    steps = tuple(steps)
    out = []
    for s in standing_list:
        if not s.invited or s.opted_out or s.bounced or s.pre_registered or s.declined:
            continue
        assert s.announced_at is not None
        n = due_step(steps, rules, now, rules.local_date(s.announced_at))
        if n is None:
            continue
        mid = reminder_id(s.email, n, rules)
        if mid in recorded:
            continue
        out.append(_planned(REMINDER, mid, s, invitees[s.email], rules, now, reminder_step=n))
    return out
