"""The building blocks: deadlines, the clock, records and their store round trip."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from test_registrations_support import berlin, make_rules

from inbox_agent.clock import Clock, FixedClock, SystemClock
from inbox_agent.registrations import (
    Attendee,
    EventRules,
    Payment,
    State,
    Transition,
    deadline_end,
    free_places,
    local_date,
    make_message_id,
    waiting_list,
    waitlist_position,
)

UTC = timezone.utc


def test_a_deadline_ends_at_midnight_in_the_event_time_zone():
    # Summer time: Cologne is UTC+2, so 4 July ends at 22:00 UTC.
    assert deadline_end(date(2025, 7, 4), "Europe/Berlin") == datetime(2025, 7, 4, 22, 0, tzinfo=UTC)
    # Winter time: UTC+1.
    assert deadline_end(date(2025, 1, 10), "Europe/Berlin") == datetime(2025, 1, 10, 23, 0, tzinfo=UTC)
    # The day the clocks go back (26 Oct 2025): the day has 25 hours, its end is still midnight.
    assert deadline_end(date(2025, 10, 26), "Europe/Berlin") == datetime(2025, 10, 26, 23, 0, tzinfo=UTC)
    end = deadline_end(date(2025, 7, 4), "Europe/Berlin")
    assert berlin(2025, 7, 4, 23, 59) < end <= berlin(2025, 7, 5, 0, 0)


def test_local_date_is_the_calendar_day_in_the_event_zone():
    late_evening_utc = datetime(2025, 7, 4, 22, 30, tzinfo=UTC)  # 00:30 on 5 July in Cologne
    assert local_date(late_evening_utc, "Europe/Berlin") == date(2025, 7, 5)
    with pytest.raises(ValueError):
        local_date(datetime(2025, 7, 4, 12), "Europe/Berlin")


def test_rules_are_checked_and_normalised():
    rules = make_rules(reminder_days=(2, 14, 7, 7), payment_reminder_days=(21, 7))
    assert rules.reminder_days == (14, 7, 2)
    assert rules.payment_reminder_days == (7, 21)
    assert rules.fee_member == Decimal("250") and isinstance(rules.fee_member, Decimal)
    with pytest.raises(ValueError):
        make_rules(late_pre_registration="maybe")
    with pytest.raises(ValueError):
        make_rules(after_registration_deadline="accept")
    with pytest.raises(ValueError):
        make_rules(registration_deadline=date(2025, 5, 1))
    with pytest.raises(Exception):
        make_rules(timezone="Mars/Olympus")


def test_rules_from_the_shipped_config():
    from pathlib import Path

    from inbox_agent.config import load_config

    config = load_config(Path(__file__).resolve().parents[1] / "config.toml")
    rules = EventRules.from_config(config)
    assert rules.registration_deadline == date(2025, 7, 4)
    assert rules.fee_member == Decimal("250") and rules.fee_non_member == Decimal("300")
    assert rules.message_id_domain == "vsop.de"
    assert rules.capacity == config.event.capacity


def test_fixed_clock_moves_only_when_told():
    clock = FixedClock(berlin(2025, 5, 1, 9))
    assert isinstance(clock, Clock) and isinstance(SystemClock(), Clock)
    assert clock.now() == clock.now() == berlin(2025, 5, 1, 9)
    assert clock.advance(timedelta(days=1)) == berlin(2025, 5, 2, 9)
    assert clock.set(berlin(2025, 4, 1)) == berlin(2025, 4, 1)
    assert clock.now().tzinfo == UTC
    with pytest.raises(ValueError):
        clock.advance(timedelta(seconds=-1))
    with pytest.raises(ValueError):
        FixedClock(datetime(2025, 5, 1))
    assert SystemClock().now().tzinfo is not None


def test_message_ids_are_deterministic_and_distinct():
    a = make_message_id("programme", "key-1|programme", "vsop.de")
    assert a == make_message_id("programme", "key-1|programme", "vsop.de")
    assert a.startswith("<programme.") and a.endswith("@vsop.de>") and len(a.split(".")[1].split("@")[0]) == 24
    assert a != make_message_id("programme", "key-2|programme", "vsop.de")


def _full_record() -> Attendee:
    t0 = berlin(2025, 4, 10, 9)
    return Attendee(
        email="Anna.Schmidt@Stadt-Musterhausen.DE",
        state=State.REGISTERED,
        name="Anna Schmidt",
        title="Dr.",
        organization="Stadt Musterhausen, Sozialamt",
        member=True,
        persons=2,
        people=("Anna Schmidt", "Ben Meier"),
        invoice_address="Stadt Musterhausen\nMarktplatz 1\n12345 Musterhausen",
        payment_agreement=True,
        language="de",
        history=(
            Transition(t0, None, State.OPTION, "mail:key-1", "pre-registration"),
            Transition(t0 + timedelta(days=20), State.OPTION, State.REGISTERED, "mail:key-2", "form"),
        ),
        reminders_sent=frozenset({"registration-14"}),
        reminders_skipped=frozenset({"payment-7"}),
        bounced=False,
        thread=("<a@x>", "<b@x>"),
        option_deadline=date(2025, 7, 4),
        form_received_at=t0 + timedelta(days=20),
        fee=Decimal("500"),
        payment_due=date(2025, 5, 14),
        payments=(Payment(t0 + timedelta(days=30), Decimal("200.50"), "anna"),),
    ).with_note(t0, "system", "hello")


def test_round_trip_through_json_is_exact():
    a = _full_record()
    assert a.email == "anna.schmidt@stadt-musterhausen.de"
    data = json.loads(json.dumps(a.to_dict()))
    assert Attendee.from_dict(data) == a
    assert data["history"][0]["at"] == "2025-04-10T07:00:00+00:00"
    assert data["fee"] == "500" and data["payments"][0]["amount"] == "200.50"
    assert a.balance == Decimal("299.50") and a.places == 2
    # Older records without the newer keys still load.
    minimal = Attendee.from_dict({"email": "x@y.de", "state": "option"})
    assert minimal.persons == 1 and minimal.history == ()


def test_places_and_waiting_list_order():
    t = berlin(2025, 5, 1)

    def rec(email, state, persons=1, at=t):
        return Attendee(email=email, state=state, persons=persons).moved(state, at, "test")

    people = [
        rec("a@x", State.OPTION, 2),
        rec("b@x", State.REGISTERED),
        rec("c@x", State.PAID),
        rec("d@x", State.WAITLISTED, at=t + timedelta(hours=2)),
        rec("e@x", State.WAITLISTED, at=t + timedelta(hours=1)),
        rec("f@x", State.CANCELLED, 3),
        rec("g@x", State.PENDING),
    ]
    assert free_places(people, 5) == 1
    assert free_places(people, 2) == 0  # never negative
    assert [a.email for a in waiting_list(people)] == ["e@x", "d@x"]
    assert waitlist_position(people, "D@X") == 2 and waitlist_position(people, "a@x") is None


def test_persons_must_be_positive():
    with pytest.raises(ValueError):
        Attendee(email="a@x", state=State.OPTION, persons=0)
