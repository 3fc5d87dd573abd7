"""What the office does by hand: payments, state changes, notes, filling places."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from test_registrations_support import Office, berlin, make_rules

from inbox_agent.model import Intent
from inbox_agent.registrations import (
    State,
    TransitionError,
    add_attendee,
    add_note,
    decide_time,
    fill_places,
    mark_paid,
    set_state,
)

FORM = dict(name="Anna Schmidt", member=True, invoice_address="Marktplatz 1", payment_agreement=True)
NOW = berlin(2025, 6, 1, 10)


def registered(persons: int = 1) -> Office:
    o = Office(make_rules())
    o.mail("a@x.de", Intent.REGISTRATION, berlin(2025, 5, 5), persons=persons, **FORM)
    return o


def test_full_payment_marks_paid():
    o = registered()
    a = mark_paid(o.attendees["a@x.de"], "250", "kasse", NOW)
    assert a.state == State.PAID and a.balance == 0
    assert a.history[-1].cause == "staff:kasse" and a.payments[0].amount == Decimal("250")


def test_a_part_payment_keeps_the_reminders_going():
    o = registered(persons=2)
    a = mark_paid(o.attendees["a@x.de"], 200, "kasse", NOW)
    assert a.state == State.REGISTERED and a.balance == Decimal("300")
    assert "part payment" in a.notes[-1].text
    a = mark_paid(a, Decimal("300"), "kasse", NOW)
    assert a.state == State.PAID


def test_payments_only_for_binding_registrations_and_positive_amounts():
    o = Office(make_rules())
    o.mail("a@x.de", Intent.PRE_REGISTRATION, berlin(2025, 5, 5))
    with pytest.raises(TransitionError):
        mark_paid(o.attendees["a@x.de"], 250, "kasse", NOW)
    o = registered()
    for bad in (0, -5, "abc"):
        with pytest.raises(TransitionError):
            mark_paid(o.attendees["a@x.de"], bad, "kasse", NOW)
    with pytest.raises(TransitionError):
        mark_paid(o.attendees["a@x.de"], 250, " ", NOW)


def test_set_state_records_who_and_why():
    o = Office(make_rules(late_pre_registration="staff"))
    o.mail("late@x.de", Intent.PRE_REGISTRATION, berlin(2025, 6, 10))
    assert o.state("late@x.de") == State.PENDING
    a = set_state(o.attendees["late@x.de"], "option", "Vorstand hat zugestimmt", "anna", NOW, rules=o.rules)
    assert a.state == State.OPTION and a.option_deadline == date(2025, 7, 4)
    assert (a.history[-1].cause, a.history[-1].detail) == ("staff:anna", "Vorstand hat zugestimmt")
    with pytest.raises(TransitionError):
        set_state(a, State.OPTION, "again", "anna", NOW)
    with pytest.raises(TransitionError):
        set_state(a, State.CANCELLED, "  ", "anna", NOW)
    r = set_state(a, State.REGISTERED, "per Telefon", "anna", NOW, rules=o.rules)
    assert r.fee == Decimal("300") and r.payment_due == date(2025, 6, 15)


def test_an_option_set_by_hand_gets_its_reminders_afresh():
    o = Office(make_rules(late_pre_registration="staff"))
    o.mail("late@x.de", Intent.PRE_REGISTRATION, berlin(2025, 6, 10))
    o.attendees["late@x.de"] = set_state(o.attendees["late@x.de"], State.OPTION, "ok", "anna",
                                         berlin(2025, 6, 11, 9), rules=o.rules)
    o.days(date(2025, 6, 11), date(2025, 7, 5))
    assert o.kinds("late@x.de") == ["reminder", "reminder", "reminder", "lapsed"]


def test_notes_and_records_made_by_hand():
    a = add_attendee("Tel@X.de", State.REGISTERED, "Anmeldung per Telefon", "anna", NOW,
                     rules=make_rules(), name="Tel Kunde", persons=2, member=False)
    assert a.email == "tel@x.de" and a.fee == Decimal("600") and a.history[0].from_state is None
    a = add_note(a, "kommt mit Rollstuhl", "anna", NOW)
    assert a.notes[-1].text == "kommt mit Rollstuhl" and a.notes[-1].by == "anna"
    with pytest.raises(TransitionError):
        add_note(a, " ", "anna", NOW)


def test_places_freed_by_hand_go_to_the_waiting_list_with_fill_places():
    o = Office(make_rules(capacity=1))
    o.mail("a@x.de", Intent.PRE_REGISTRATION, berlin(2025, 5, 1))
    o.mail("w@x.de", Intent.PRE_REGISTRATION, berlin(2025, 5, 2))
    o.attendees["a@x.de"] = set_state(o.attendees["a@x.de"], State.CANCELLED, "rief an", "anna", NOW)
    d = fill_places(o.attendees, o.rules, NOW, cause="staff:anna:2025-06-01")
    o.apply(d, NOW)
    assert o.state("w@x.de") == State.OPTION and [p.kind for p in d.planned] == ["promoted"]
    assert fill_places(o.attendees, o.rules, NOW).empty
    # A raised capacity is filled the same way.
    o.mail("x@x.de", Intent.PRE_REGISTRATION, berlin(2025, 5, 3))
    bigger = make_rules(capacity=2)
    assert o.state("x@x.de") == State.WAITLISTED
    d = fill_places(o.attendees, bigger, NOW, cause="capacity")
    assert [p.to.email for p in d.planned] == ["x@x.de"]
    assert decide_time(o.attendees, o.rules, NOW).empty
