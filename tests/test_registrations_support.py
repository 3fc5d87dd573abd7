"""A tiny in-memory office for the registration tests (holds no tests itself).

``Office`` keeps the stored attendees the way the pipeline does (a dict of records,
optionally pushed through ``to_dict``/JSON/``from_dict`` to play a restart), feeds
``decide_mail`` and ``decide_time`` plain values, and records what came out: every
planned mail (``sent``), task and transition. Like the outbox, it refuses a Message-ID
it has seen before, so a test fails loudly if the logic plans the same mail twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from inbox_agent.model import Address, Fields, Intent, PlannedMail, Verdict
from inbox_agent.registrations import (
    Attendee,
    Decision,
    EventRules,
    HumanTask,
    InboundRef,
    State,
    decide_mail,
    decide_time,
)

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc


def berlin(y: int, m: int, d: int, hh: int = 12, mm: int = 0) -> datetime:
    """A Cologne wall-clock time as an aware UTC datetime."""
    return datetime(y, m, d, hh, mm, tzinfo=BERLIN).astimezone(UTC)


def make_rules(**over: object) -> EventRules:
    """The 2025 conference with a small house (5 places) unless told otherwise."""
    values: dict[str, object] = dict(
        name="VSOP-Jahrestagung 2025",
        title="Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung",
        starts=date(2025, 9, 25),
        ends=date(2025, 9, 26),
        start_time="10:00",
        end_time="14:00",
        venue="Köln",
        capacity=5,
        timezone="Europe/Berlin",
        fee_member=250,
        fee_non_member=300,
        currency="EUR",
        pre_registration_deadline=date(2025, 6, 2),
        registration_deadline=date(2025, 7, 4),
        reminder_days=(14, 7, 2),
        late_pre_registration="staff",
        after_registration_deadline="staff",
        payment_due_days=14,
        payment_reminder_days=(7, 21),
        account_holder="VSOP e.V.",
        iban="DE02 1203 0000 0000 2020 51",
        bic="BYLADEM1001",
        reference="{event} {name}",
        message_id_domain="vsop.de",
    )
    values.update(over)
    return EventRules(**values)  # type: ignore[arg-type]


def verdict(intent: Intent, *, auto_reply: bool = True, missing: tuple[str, ...] = (),
            language: str = "de", bounced: tuple[str, ...] = (), **fields: object) -> Verdict:
    return Verdict(
        intent=intent,
        auto_reply=auto_reply,
        fields=Fields(**fields),  # type: ignore[arg-type]
        language=language,
        missing=missing,
        bounced_addresses=bounced,
        suppressed_because=None if auto_reply else "Auto-Submitted: auto-generated",
    )


@dataclass
class Office:
    rules: EventRules
    roundtrip: bool = False  # store through JSON after every step (a restart each time)
    attendees: dict[str, Attendee] = field(default_factory=dict)
    sent: list[tuple[datetime, PlannedMail]] = field(default_factory=list)
    tasks: list[HumanTask] = field(default_factory=list)
    transitions: list[tuple[str, str | None, str, str]] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)
    _n: int = 0

    # --- driving -------------------------------------------------------------------

    def mail(self, who: str, intent: Intent, at: datetime, *, display: str = "",
             subject: str = "Tagung", now: datetime | None = None, **kw: object) -> Decision:
        """One inbound mail from ``who`` that reached the server at ``at``."""
        self._n += 1
        ref = InboundRef(
            message_id=f"<in{self._n}@{who.split('@')[1]}>",
            key=f"key-{self._n}",
            sender=Address(who, display),
            reply_to=Address(who, display),
            subject=subject,
            received_at=at,
        )
        d = decide_mail(self.attendees, ref, verdict(intent, **kw), self.rules, now or at)
        return self.apply(d, now or at)

    def tick(self, now: datetime) -> Decision:
        return self.apply(decide_time(self.attendees, self.rules, now), now)

    def days(self, first: date, last: date, hours: tuple[int, ...] = (9,)) -> None:
        """Run the time job at ``hours`` (local) on every day from ``first`` to ``last``."""
        day = first
        while day <= last:
            for hour in hours:
                self.tick(datetime.combine(day, time(hour), tzinfo=BERLIN).astimezone(UTC))
            day += timedelta(days=1)

    def apply(self, d: Decision, now: datetime) -> Decision:
        for a in d.attendees:
            self.attendees[a.email] = a
        for p in d.planned:
            assert p.message_id not in self._seen, f"planned twice: {p.kind} to {p.to.email}"
            self._seen.add(p.message_id)
            json.dumps(dict(p.context))  # the context must be JSON-safe
            self.sent.append((now, p))
        self.tasks.extend(d.needs_human)
        for email, t in d.transitions:
            self.transitions.append((email, t.from_state and t.from_state.value, t.to_state.value, t.cause))
        if self.roundtrip:
            self.restart()
        return d

    def restart(self) -> None:
        """What the daemon sees after a restart: the records as stored."""
        stored = json.loads(json.dumps({e: a.to_dict() for e, a in self.attendees.items()}))
        self.attendees = {e: Attendee.from_dict(r) for e, r in stored.items()}

    # --- looking -------------------------------------------------------------------

    def state(self, email: str) -> State:
        return self.attendees[email].state

    def kinds(self, email: str) -> list[str]:
        return [p.kind for _, p in self.sent if p.to.email == email]

    def log(self, kind: str | None = None) -> list[tuple[date, str, str]]:
        """(local date, kind, recipient) of the planned mails, in order."""
        return [
            (at.astimezone(BERLIN).date(), p.kind, p.to.email)
            for at, p in self.sent
            if kind is None or p.kind == kind
        ]

    def task_kinds(self, email: str | None = None) -> list[str]:
        return [t.kind for t in self.tasks if email is None or t.email == email]


def ctx(p: PlannedMail) -> dict:
    return dict(p.context)
