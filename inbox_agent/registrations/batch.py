"""The working copy one decision is built on (internal to the registrations package).

A ``Batch`` starts from the stored attendees, collects changes, planned mails, tasks
and notes, and turns them into one immutable ``Decision``. It is mutable only inside a
single call to ``decide_mail``/``decide_time``/``fill_places``; nothing outside sees it.
It also owns the two rules every decision shares: places freed in a batch go to the
waiting list (``fill``), and a promotion is told to the promoted person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

from inbox_agent.i18n import N_
from inbox_agent.model import Address, PlannedMail, Reason, ReasonText
from inbox_agent.registrations.attendee import (
    Attendee,
    State,
    waiting_list,
)
from inbox_agent.registrations.context import build_context, compute_fee
from inbox_agent.registrations.decision import (
    Decision,
    HumanTask,
    InboundRef,
    StaffText,
    make_message_id,
)
from inbox_agent.registrations.roster import Overlay, Waiting
from inbox_agent.registrations.rules import EventRules


class Batch:
    def __init__(
        self,
        attendees: Mapping[str, Attendee],
        rules: EventRules,
        now: datetime,
        at: datetime | None = None,
    ) -> None:
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        self.rules = rules
        self.now = now.astimezone(timezone.utc)
        # The time the batch's transitions carry: a mail's arrival, or the clock's now.
        self.at = (at or now).astimezone(timezone.utc)
        # The list as handed in with this decision's changes laid over it (no copy).
        self.current = Overlay(attendees)
        self.changed: dict[str, Attendee] = {}
        self.planned: list[PlannedMail] = []
        self.tasks: list[HumanTask] = []
        self.notes: list[str | StaffText] = []
        self.transitions: list[tuple[str, Any]] = []
        self.released = False  # did any record give up places in this batch?
        self.hold: set[str] = set()  # not to be promoted in this batch

    # --- records -------------------------------------------------------------------

    def get(self, email: str | None) -> Attendee | None:
        return self.current.get(email.strip().lower()) if email else None

    def put(self, attendee: Attendee) -> Attendee:
        old = self.current.get(attendee.email)
        if old is not None and attendee.places < old.places:
            self.released = True
        if old == attendee:
            return attendee
        self.current.put(attendee)
        self.changed[attendee.email] = attendee
        return attendee

    def move(self, attendee: Attendee, to: State, cause: str, detail: str = "", **changes: Any) -> Attendee:
        """Put ``attendee`` into state ``to`` (at the batch's time), applying ``changes``."""
        new = replace(attendee, **changes).moved(to, self.at, cause, detail)
        self.transitions.append((new.email, new.history[-1]))
        return self.put(new)

    def create(self, email: str, to: State, cause: str, detail: str = "", **fields: Any) -> Attendee:
        fresh = Attendee(email=email, state=to, **fields)
        new = fresh.moved(to, self.at, cause, detail)
        self.transitions.append((new.email, new.history[-1]))
        return self.put(new)

    def free(self) -> int:
        return max(self.rules.capacity - self.current.places(), 0)

    def waiting(self) -> list[Attendee]:
        """The waiting list in order (``attendee.waiting_list``)."""
        return waiting_list(self.current.waiting())

    # --- outputs -------------------------------------------------------------------

    def task(self, kind: str, email: str, summary: str | Reason) -> None:
        """A task for the office; ``summary`` a ``Reason`` (put into words where shown)."""
        self.tasks.append(HumanTask(kind, email, summary))

    def note(self, text: str | Reason) -> None:
        """A note on what was done: English (logs), or a ``Reason`` when staff read it."""
        self.notes.append(StaffText.of_reason(text) if isinstance(text, Reason) else text)

    def plan(
        self,
        kind: str,
        attendee: Attendee,
        seed: str,
        *,
        inbound: InboundRef | None = None,
        to: Address | None = None,
        cc: tuple[Address, ...] = (),
        language: str | None = None,
        **context: Any,
    ) -> PlannedMail:
        """Plan mail ``kind`` to ``attendee`` (or ``to``), threaded under ``inbound``
        when it answers a mail, else under the attendee's first mail."""
        if inbound is not None:
            in_reply_to = inbound.message_id
            refs = tuple(dict.fromkeys((*inbound.references, *([inbound.message_id] if inbound.message_id else []))))
            subject_hint = inbound.subject
        else:
            in_reply_to = attendee.thread_root
            refs = (attendee.thread_root,) if attendee.thread_root else ()
            subject_hint = ""
        recipient = to or Address(attendee.email, attendee.display_name() if attendee.name else "")
        mail = PlannedMail(
            kind=kind,
            to=recipient,
            cc=cc,
            language=language or attendee.language,
            message_id=make_message_id(kind, seed, self.rules.message_id_domain),
            context=build_context(
                kind, attendee, self.rules, self.now, Waiting(self.current), language=language, **context
            ),
            in_reply_to=in_reply_to,
            references=refs,
            subject_hint=subject_hint,
            event=self.rules.id,
        )
        self.planned.append(mail)
        return mail

    def decision(self) -> Decision:
        return Decision(
            attendees=tuple(self.changed.values()),
            planned=tuple(self.planned),
            needs_human=tuple(self.tasks),
            notes=tuple(self.notes),
            transitions=tuple(self.transitions),
        )

    # --- shared domain rules ---------------------------------------------------------

    def register(self, attendee: Attendee, cause: str, detail: str) -> Attendee:
        """Make ``attendee`` binding: fix the fee and the payment due date now."""
        due = self.rules.local_date(self.at) + timedelta(days=self.rules.payment_due_days)
        return self.move(
            attendee,
            State.REGISTERED,
            cause,
            detail,
            fee=compute_fee(attendee, self.rules),
            payment_due=due,
            form_received_at=attendee.form_received_at or self.at,
            option_deadline=None,
            details_missing=(),
        )

    def promotion_deadline(self) -> date:
        """By when someone promoted now must register bindingly: the registration
        deadline, but never fewer than ``promotion_days`` from today, and never later
        than the day before the event."""
        today = self.rules.local_date(self.at)
        day = max(self.rules.registration_deadline, today + timedelta(days=self.rules.promotion_days))
        last = self.rules.starts - timedelta(days=1)
        return max(min(day, last), today)

    def fill(self, cause: str) -> None:
        """Give free places to the waiting list, in order.

        First fit: a group that needs more places than are free keeps its position
        and the next one that fits moves up (noted for the office), so no place stays
        empty while someone who fits is waiting. No promotions once the event began.
        """
        # Judged by ``now``: the promotion mail would go out now, and after the event
        # has begun a place is of no use any more.
        if self.now >= self.rules.event_start:
            if self.current.waiting() and self.free():
                self.note(ReasonText.of(N_("places are free but the event has begun: nobody promoted")))
            return
        for waiting in self.waiting():
            if waiting.email in self.hold:
                continue
            free = self.free()
            if free <= 0:
                break
            if waiting.persons > free:
                self.note(ReasonText.of(
                    N_("{email} (group of {persons}) keeps its place on the waiting list: "
                       "only {free} place(s) free"), email=waiting.email, persons=waiting.persons,
                    free=free))
                continue
            self.promote(waiting, cause)

    def promote(self, waiting: Attendee, cause: str) -> Attendee:
        seed = f"{waiting.email}|promoted|{cause}"
        if waiting.form_received_at is not None:
            # They already sent the binding form: it takes effect now.
            new = self.register(
                waiting, f"promotion:{cause}", "a place became free; the binding form on file takes effect"
            )
            kind = "confirmation"
            self.note(ReasonText.of(N_("{email}: promoted from the waiting list and registered (form on file)"), email=new.email))
        else:
            deadline = self.promotion_deadline()
            new = self.move(
                waiting,
                State.OPTION,
                f"promotion:{cause}",
                f"a place became free; option until {deadline.isoformat()}",
                option_deadline=deadline,
                reminders_sent=frozenset(k for k in waiting.reminders_sent if not k.startswith("registration-")),
                reminders_skipped=frozenset(
                    k for k in waiting.reminders_skipped if not k.startswith("registration-")
                ),
            )
            kind = "promoted"
            self.note(ReasonText.of(N_("{email}: promoted from the waiting list, option until {day}"), email=new.email, day=deadline.isoformat()))
        if new.bounced:
            self.task("promoted_bounced", new.email, Reason.of(
                N_("{name} moved up from the waiting list, but mail to {email} bounced: "
                   "please let them know another way"),
                name=new.display_name(), email=new.email,
            ))
        else:
            self.plan(kind, new, seed, promoted=True)
        return new


__all__ = ["Batch"]
