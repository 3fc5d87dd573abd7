"""What goes into the registration logic (``InboundRef``) and what comes out (``Decision``)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from inbox_agent.i18n import render
from inbox_agent.model import Address, PlannedMail, Reason
from inbox_agent.registrations.attendee import Attendee, Transition

if TYPE_CHECKING:  # only for the convenience constructor
    from inbox_agent.model import Mail


@dataclass(frozen=True)
class InboundRef:
    """The facts about one inbound mail that the lifecycle needs (not its text).

    ``received_at`` is when the mail reached our server (IMAP INTERNALDATE): every
    deadline decision uses it, never the Date header (the sender controls that) and
    never the time we happen to process the mail.
    """

    message_id: str | None
    key: str  # the mail's stable identity (Mail.key): seeds the reply's Message-ID
    sender: Address
    reply_to: Address  # where a reply goes (Reply-To, else From)
    subject: str
    received_at: datetime
    references: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.received_at.tzinfo is None:
            raise ValueError("InboundRef.received_at must be timezone-aware")
        object.__setattr__(self, "received_at", self.received_at.astimezone(timezone.utc))

    @classmethod
    def from_mail(cls, mail: "Mail") -> "InboundRef":
        """Take the facts from a parsed ``Mail``. A mail without a usable From gets an
        empty sender: ``decide_mail`` then leaves it to the office (task ``no_address``)."""
        sender = mail.sender or Address(email="")
        return cls(
            message_id=mail.message_id,
            key=mail.key,
            sender=sender,
            reply_to=mail.reply_address or sender,
            subject=mail.subject,
            received_at=mail.received_at,
            references=tuple(mail.references),
        )


class StaffText(Reason):
    """A sentence for staff (a task's summary, a note the digest shows): a ``Reason``
    (stored with ``to_dict``, shown with ``i18n.render``) that also reads like the
    sentence it renders to in the staff language, for code that looks into it:
    ``"Parken?" in task.summary``, ``str(task.summary)``."""

    @classmethod
    def of_reason(cls, reason: Reason) -> "StaffText":
        return reason if isinstance(reason, StaffText) else cls(reason.text, reason.values)

    def __str__(self) -> str:
        return render(self)

    def __contains__(self, part: str) -> bool:
        return part in render(self)


@dataclass(frozen=True)
class HumanTask:
    """Something the office has to look at (listed in the morning digest).

    ``kind`` is a short stable word, e.g. ``question``, ``late_pre_registration``,
    ``late_registration``, ``missing_fields``, ``change_request``, ``refund``,
    ``bounce``, ``unknown_cancellation``, ``no_place_for_form``.
    """

    kind: str
    email: str
    # What the office reads: a ``Reason`` (kept as a ``StaffText``; put into the staff
    # language where it is shown, stored as ``to_dict()``) or, from older code, a string.
    summary: "str | Reason"

    def __post_init__(self) -> None:
        if isinstance(self.summary, Reason):
            object.__setattr__(self, "summary", StaffText.of_reason(self.summary))


@dataclass(frozen=True)
class Decision:
    """The outcome of one call into the registration logic.

    ``attendees`` are the new or changed records (store them all, in one write);
    ``planned`` the mails to send; ``needs_human`` tasks for the digest; ``notes``
    say in words what was done and why (English for logs; a ``StaffText`` where the
    digest shows the note to staff, e.g. for a mail about nothing we handle); ``transitions`` list the state changes made
    by this decision as (email, transition), in order, for timelines and logs.
    """

    attendees: tuple[Attendee, ...] = ()
    planned: tuple[PlannedMail, ...] = ()
    needs_human: tuple[HumanTask, ...] = ()
    notes: "tuple[str | StaffText, ...]" = ()
    transitions: tuple[tuple[str, Transition], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.attendees or self.planned or self.needs_human or self.transitions)


def make_message_id(kind: str, seed: str, domain: str) -> str:
    """A deterministic Message-ID: the same decision always plans the same mail.

    ``seed`` is the inbound mail's key plus the kind (for replies) or the attendee's
    address plus the step (for time-driven mails); the outbox relies on this to never
    send the same mail twice across crashes and re-runs.
    """
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24]
    return f"<{kind}.{digest}@{domain}>"


__all__ = ["InboundRef", "HumanTask", "StaffText", "Decision", "make_message_id"]
