"""The event's rules as the domain logic sees them, and how deadlines are read.

``EventRules`` is a plain frozen value; the pipeline builds it from ``config.toml``
(``EventRules.from_config``), tests build it directly. Nothing here reads a clock.

A deadline is a *date*. It means the end of that day in the event's time zone: a mail
that reached the server at 23:59 Cologne time on 4 July is in time for a 4 July deadline,
one at 00:00 on 5 July is not. ``deadline_end`` returns that first instant *after* the
day, so "in time" is always ``received_at < deadline_end(day, tz)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any, Literal
from zoneinfo import ZoneInfo

LatePreRegistration = Literal["accept", "waitlist", "staff"]
AfterRegistrationDeadline = Literal["staff", "waitlist", "decline"]

_LATE_PRE = ("accept", "waitlist", "staff")
_AFTER_REG = ("staff", "waitlist", "decline")


def _money(value: Any) -> Decimal:
    # Floats from TOML (250.0) become exact decimals via their shortest repr.
    return value if isinstance(value, Decimal) else Decimal(str(value))


@dataclass(frozen=True)
class EventRules:
    """Everything the registration logic needs to know about one event.

    Dates are calendar dates in the event's ``timezone``. Fees are per person.
    ``reminder_days`` count back from the registration deadline (14 = two weeks
    before it); ``payment_reminder_days`` count forward from an attendee's payment
    due date. ``promotion_days`` is how long someone promoted from the waiting list
    after (or shortly before) the registration deadline has to register bindingly.
    ``reminder_hour`` is the local hour from which time-driven reminders go out on
    their day, so nobody gets a reminder at one minute past midnight.
    """

    name: str
    title: str
    starts: date
    ends: date
    venue: str
    capacity: int
    pre_registration_deadline: date
    registration_deadline: date
    start_time: str = ""
    end_time: str = ""
    timezone: str = "Europe/Berlin"
    fee_member: Decimal = Decimal("250")
    fee_non_member: Decimal = Decimal("300")
    currency: str = "EUR"
    reminder_days: tuple[int, ...] = (14, 7, 2)
    late_pre_registration: LatePreRegistration = "staff"
    after_registration_deadline: AfterRegistrationDeadline = "staff"
    payment_due_days: int = 14
    payment_reminder_days: tuple[int, ...] = (7, 21)
    account_holder: str = ""
    iban: str = ""
    bic: str = ""
    reference: str = "{event} {name}"
    promotion_days: int = 7
    reminder_hour: int = 8
    message_id_domain: str = "inbox-agent.invalid"
    # The event's id in the store (``[event] id``, or made from the name and year):
    # every attendee record, message record, outbox entry and task carries it. ""
    # (rules built by hand, as in tests) is the store's first event.
    id: str = ""
    retention_months: int = 12  # personal data kept this long after the event ends

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "fee_member", _money(self.fee_member))
        set_(self, "fee_non_member", _money(self.fee_non_member))
        set_(self, "reminder_days", tuple(sorted({int(d) for d in self.reminder_days}, reverse=True)))
        set_(
            self,
            "payment_reminder_days",
            tuple(sorted({int(d) for d in self.payment_reminder_days})),
        )
        ZoneInfo(self.timezone)  # raises for an unknown zone
        if self.capacity < 0:
            raise ValueError(f"capacity must not be negative, got {self.capacity}")
        if self.ends < self.starts:
            raise ValueError("the event ends before it starts")
        if self.registration_deadline < self.pre_registration_deadline:
            raise ValueError("the registration deadline is before the pre-registration deadline")
        if self.late_pre_registration not in _LATE_PRE:
            raise ValueError(f"late_pre_registration must be one of {_LATE_PRE}")
        if self.after_registration_deadline not in _AFTER_REG:
            raise ValueError(f"after_registration_deadline must be one of {_AFTER_REG}")
        if any(d < 0 for d in (*self.reminder_days, *self.payment_reminder_days)):
            raise ValueError("reminder days must not be negative")
        if not 0 <= self.reminder_hour <= 23:
            raise ValueError("reminder_hour must be between 0 and 23")

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @classmethod
    def from_config(cls, config: Any) -> "EventRules":
        """The rules of the config's first event (its only one, with a single ``[event]``).
        ``Events.from_config`` gives every event's.

        Duck-typed on purpose: this module must not import the config layer (pydantic).
        """
        return cls.from_setup(config.events[0], config.office.domain)

    @classmethod
    def from_setup(cls, setup: Any, domain: str) -> "EventRules":
        """The rules of one ``events_config.EventSetup`` (an event with its sections);
        ``domain`` is the office's, for the Message-IDs."""
        ev, fees, dl, pol, pay = (setup.event, setup.fees, setup.deadlines, setup.policy,
                                  setup.payment)
        return cls(
            id=ev.id,
            retention_months=ev.retention_months,
            name=ev.name,
            title=ev.title,
            starts=ev.starts,
            ends=ev.ends,
            start_time=ev.start_time,
            end_time=ev.end_time,
            venue=ev.venue,
            capacity=ev.capacity,
            timezone=ev.timezone,
            fee_member=_money(fees.member),
            fee_non_member=_money(fees.non_member),
            currency=fees.currency,
            pre_registration_deadline=dl.pre_registration,
            registration_deadline=dl.registration,
            reminder_days=tuple(dl.reminder_days),
            reminder_hour=dl.reminder_hour,
            late_pre_registration=pol.late_pre_registration,
            after_registration_deadline=pol.after_registration_deadline,
            payment_due_days=pay.due_days,
            payment_reminder_days=tuple(pay.reminder_days),
            account_holder=pay.account_holder,
            iban=pay.iban,
            bic=pay.bic,
            reference=pay.reference,
            message_id_domain=domain,
        )

    # --- deadlines -------------------------------------------------------------------

    def deadline_end(self, day: date) -> datetime:
        return deadline_end(day, self.timezone)

    def local_date(self, at: datetime) -> date:
        return local_date(at, self.timezone)

    def local_at(self, day: date, hour: int = 0) -> datetime:
        """``hour``:00 on ``day`` in the event's zone, as an aware UTC datetime."""
        return datetime.combine(day, time(hour), tzinfo=self.tz).astimezone(timezone.utc)

    def option_until(self, recorded: date | None) -> date:
        """The day an option must become binding by: the day recorded on it (what its
        programme or promotion mail said), or the registration deadline if that is
        later. So when the office extends the deadline in config.toml, the options
        already held get the extension too; moving it earlier never shortens what
        people were told."""
        if recorded is None:
            return self.registration_deadline
        return max(recorded, self.registration_deadline)

    @property
    def event_start(self) -> datetime:
        """Midnight at the start of the first event day (no promotions after this)."""
        return self.local_at(self.starts)


def deadline_end(day: date, tz: str | ZoneInfo) -> datetime:
    """The first instant after ``day`` ends in ``tz`` (aware, UTC).

    ``received_at < deadline_end(day, tz)`` means "in time for the deadline ``day``".
    Computed as local midnight of the next day, so daylight-saving changes are right.
    """
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    nxt = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return nxt.astimezone(timezone.utc)


def local_date(at: datetime, tz: str | ZoneInfo) -> date:
    """The calendar date of the instant ``at`` in ``tz``."""
    if at.tzinfo is None:
        raise ValueError(f"need a timezone-aware datetime, got {at!r}")
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    return at.astimezone(zone).date()


__all__ = [
    "EventRules",
    "LatePreRegistration",
    "AfterRegistrationDeadline",
    "deadline_end",
    "local_date",
]
