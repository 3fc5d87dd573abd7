"""What the passing of time does: ``decide_time`` (lapses, reminders, payment reminders).

Pure and idempotent: it looks only at the stored records, the rules and ``now``.
Whatever it decides is written into the records it returns (state, reminder keys), so
calling it again at the same ``now``, or after a restart with the stored attendees,
plans nothing new. It can be called as often as the daemon likes (every poll, hourly,
daily); what it does depends on the calendar, not on how often it runs.

Per call, in this order:

1. **Lapse.** An option whose holder registered bindingly before its deadline (a
   binding form that lacked details, or a mail that said "verbindlich":
   ``binding_at``) never lapses: on the deadline's last day, staff get a
   ``binding_open`` task, once. Any other option whose deadline (the registration deadline, or the personal one
   of someone promoted late) has ended becomes ``lapsed`` and is told so; the places
   go to the waiting list (``promoted`` mails, or ``confirmation`` for someone whose
   binding form was on file).
2. **Registration reminders** for the remaining options: step ``n`` of
   ``rules.reminder_days`` is due from ``reminder_hour`` (local) on the day ``n`` days
   before the option's deadline. Each (attendee, step) goes out at most once: its key
   ``registration-<n>`` is stored in ``reminders_sent``. If several steps are due at once
   (the daemon was down), only the latest goes out and the earlier ones are marked as
   skipped (``reminders_skipped``). A step whose day is not after the day the option
   began is skipped too: the programme or promotion mail has just said it all. Nothing
   goes to bounced addresses (their steps stay open, in case the address works again).
3. **Payment reminders** for registered, unpaid records: step ``n`` of
   ``rules.payment_reminder_days`` is due ``n`` days after the payment due date, same
   rules (key ``payment-<n>``, latest step only, none to bounced addresses).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta

from inbox_agent.i18n import N_
from inbox_agent.model import Reason, ReasonText
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.batch import Batch
from inbox_agent.registrations.decision import Decision
from inbox_agent.registrations.labels import field_reason, listing
from inbox_agent.registrations.rules import EventRules

# Kept in ``reminders_sent`` once the missing details were asked for (asked once).
DETAILS_ASKED = "details-asked"
# Kept in ``reminders_sent`` once staff were told of an open binding registration.
BINDING_REVIEW = "binding-review"


def decide_time(attendees: Mapping[str, Attendee], rules: EventRules, now: datetime) -> Decision:
    """Everything that is due at ``now`` and has not been done yet (see module docstring)."""
    b = Batch(attendees, rules, now)
    _lapse(b)
    _registration_reminders(b)
    _payment_reminders(b)
    return b.decision()


def _lapse(b: Batch) -> None:
    # A lapse happens at the deadline, whenever the job notices it: the transition, and
    # the promotions it causes, carry the deadline's end as their time. So what follows
    # (a promoted person's deadline, the Message-IDs) depends on the calendar, not on
    # how often or how late the job ran.
    ends: list[datetime] = []
    for a in sorted(b.current.values(), key=lambda r: r.email):
        if a.state != State.OPTION:
            continue
        day = b.rules.option_until(a.option_deadline)
        end = b.rules.deadline_end(day)
        if a.binding_at is not None and a.binding_at < end:
            _binding_to_staff(b, a, day)
            continue
        if b.now < end:
            continue
        ends.append(end)
        began = a.since.isoformat() if a.since else ""
        b.at = end
        a = b.move(a, State.LAPSED, f"deadline:{day.isoformat()}", "no binding registration by the deadline")
        b.note(ReasonText.of(N_("{email}: option lapsed at the end of {day}, {n} place(s) freed"), email=a.email, day=day.isoformat(), n=a.persons))
        if a.bounced:
            b.note(ReasonText.of(N_("{email}: lapse not mailed (address bounced)"), email=a.email))
        else:
            b.plan("lapsed", a, f"{a.email}|lapsed|{day.isoformat()}|{began}", deadline=("registration", day))
    if ends and b.released:
        b.at = max(ends)
        b.fill(f"deadline:{b.rules.local_date(b.at - timedelta(seconds=1)).isoformat()}")
    b.at = b.now


def _binding_to_staff(b: Batch, a: Attendee, day: date) -> None:
    """An option whose holder registered bindingly (or wrote "verbindlich") never
    lapses: from the morning of its last day on, staff decide, told once."""
    if a.reminder_done(BINDING_REVIEW) or b.now < b.rules.local_at(day, b.rules.reminder_hour):
        return
    b.put(replace(a, reminders_sent=a.reminders_sent | {BINDING_REVIEW}))
    missing = listing([field_reason(x) for x in a.details_missing]) if a.details_missing \
        else Reason.of(N_("(nothing named)"))
    b.task("binding_open", a.email, Reason.of(
        N_("{name} registered bindingly, but the registration is not complete (missing: "
           "{fields}); the deadline {day} ends: the place is kept, please decide"),
        name=a.display_name(), fields=missing, day=day.isoformat()))
    b.note(ReasonText.of(N_("{email}: binding registration open at the deadline, left to the office"),
                         email=a.email))


def _registration_reminders(b: Batch) -> None:
    for a in sorted(b.current.values(), key=lambda r: r.email):
        if a.state != State.OPTION or a.bounced:
            continue
        if a.details_missing and not a.reminder_done(DETAILS_ASKED):
            continue  # an unreadable form: staff have it, the sender is not reminded
        deadline = b.rules.option_until(a.option_deadline)
        if b.now >= b.rules.deadline_end(deadline):
            continue
        began = a.entered(State.OPTION)
        began_day = b.rules.local_date(began) if began else None
        steps = [(n, f"registration-{n}", deadline - timedelta(days=n)) for n in b.rules.reminder_days]
        _send_latest(b, a, steps, "reminder", began_day, deadline=("registration", deadline))


def _payment_reminders(b: Batch) -> None:
    for a in sorted(b.current.values(), key=lambda r: r.email):
        if a.state != State.REGISTERED or a.bounced or a.payment_due is None:
            continue
        if a.balance is not None and a.balance <= 0:
            continue
        steps = [(n, f"payment-{n}", a.payment_due + timedelta(days=n)) for n in b.rules.payment_reminder_days]
        _send_latest(b, a, steps, "payment_reminder", None, deadline=("payment", a.payment_due))


def _send_latest(
    b: Batch,
    a: Attendee,
    steps: list[tuple[int, str, date]],
    kind: str,
    void_until: date | None,
    deadline: tuple[str, date],
) -> None:
    """Send the latest due, not yet done step; mark earlier due ones as skipped.

    A step on or before ``void_until`` (the day the option began) is skipped instead.
    """
    due = [
        (n, key, day)
        for n, key, day in steps
        if not a.reminder_done(key) and b.now >= b.rules.local_at(day, b.rules.reminder_hour)
    ]
    if not due:
        return
    live = [s for s in due if void_until is None or s[2] > void_until]
    send = max(live, key=lambda s: s[2]) if live else None
    skipped = frozenset(key for _, key, _ in due if send is None or key != send[1])
    sent = frozenset({send[1]}) if send else frozenset()
    a = b.put(
        replace(a, reminders_sent=a.reminders_sent | sent, reminders_skipped=a.reminders_skipped | skipped)
    )
    if skipped:
        b.note(ReasonText.of(N_("{email}: {steps} skipped (overtaken by a later step, or not after "
                                "the day the option began)"), email=a.email, steps=", ".join(sorted(skipped))))
    if send is not None:
        n, key, _ = send
        # The round (when the current state began) is part of the seed: someone who
        # cancels and comes back gets the same step again, as a different mail.
        round_ = a.since.isoformat() if a.since else ""
        b.plan(kind, a, f"{a.email}|{key}|{round_}", deadline=deadline, reminder_step=n)
        b.note(ReasonText.of(N_("{email}: {kind} {key}"), email=a.email, kind=kind, key=key))


__all__ = ["decide_time"]
