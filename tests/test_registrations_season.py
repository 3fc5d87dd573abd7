"""A whole season, day by day, with a controlled clock — and the same season with a
restart after every step, which must change nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from test_registrations_support import Office, berlin, ctx, make_rules

from inbox_agent.model import Intent
from inbox_agent.registrations import State, mark_paid

PRE, REG, CANCEL = Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION
FORM = dict(member=True, invoice_address="Marktplatz 1, 12345 Musterhausen", payment_agreement=True)


def run_season(roundtrip: bool) -> Office:
    """Five places; policies: late pre-registrations to the office, late forms waitlisted."""
    o = Office(
        make_rules(capacity=5, late_pre_registration="staff", after_registration_deadline="waitlist"),
        roundtrip=roundtrip,
    )

    def until(day: date) -> None:
        o.days(o_day[0], day)
        o_day[0] = date.fromordinal(day.toordinal() + 1)

    o_day = [date(2025, 4, 1)]
    # Early pre-registrations fill the house (a group of three counts three).
    until(date(2025, 4, 9))
    o.mail("anna@stadt.de", PRE, berlin(2025, 4, 10, 9), name="Anna Schmidt")
    o.mail("team@kreis.de", PRE, berlin(2025, 4, 11, 9), persons=3, name="Jan Becker")
    o.mail("carl@amt.de", PRE, berlin(2025, 4, 12, 9), name="Carl Vogel")
    # Full: two go on the waiting list, in order of arrival.
    o.mail("dora@verein.de", PRE, berlin(2025, 4, 13, 9), name="Dora Klein")
    o.mail("emil@bund.de", PRE, berlin(2025, 4, 14, 9), name="Emil Roth")
    # Anna is unsure whether her mail arrived.
    o.mail("anna@stadt.de", PRE, berlin(2025, 4, 15, 9))
    until(date(2025, 5, 4))
    # The group returns its form: binding, members, 3 × 250.
    o.mail("team@kreis.de", REG, berlin(2025, 5, 5, 10), persons=3, name="Jan Becker", **FORM)
    until(date(2025, 5, 19))
    # Carl cancels: Dora moves up.
    o.mail("carl@amt.de", CANCEL, berlin(2025, 5, 20, 11))
    until(date(2025, 5, 27))
    # The group pays (due 19 May) after its first payment reminder.
    o.attendees["team@kreis.de"] = mark_paid(o.attendees["team@kreis.de"], Decimal("750"), "kasse",
                                             berlin(2025, 5, 28, 10))
    until(date(2025, 6, 2))
    # A late pre-registration: the office decides.
    o.mail("fritz@spaet.de", PRE, berlin(2025, 6, 3, 8), name="Fritz Spät")
    until(date(2025, 6, 24))
    # Dora returns her form between two reminders.
    o.mail("dora@verein.de", REG, berlin(2025, 6, 25, 10), name="Dora Klein", **{**FORM, "member": False})
    until(date(2025, 7, 5))
    # A late form under the "waitlist" policy.
    o.mail("gina@neu.de", REG, berlin(2025, 7, 6, 10), name="Gina Neu", **FORM)
    until(date(2025, 9, 30))
    return o


@pytest.fixture(scope="module")
def season() -> Office:
    return run_season(roundtrip=False)


def test_final_states(season):
    assert {e: a.state.value for e, a in season.attendees.items()} == {
        "anna@stadt.de": "lapsed",
        "team@kreis.de": "paid",
        "carl@amt.de": "cancelled",
        "dora@verein.de": "registered",
        "emil@bund.de": "lapsed",
        "fritz@spaet.de": "pending",
        "gina@neu.de": "registered",
    }


def test_every_mail_on_its_day(season):
    assert season.log() == [
        (date(2025, 4, 10), "programme", "anna@stadt.de"),
        (date(2025, 4, 11), "programme", "team@kreis.de"),
        (date(2025, 4, 12), "programme", "carl@amt.de"),
        (date(2025, 4, 13), "waitlisted", "dora@verein.de"),
        (date(2025, 4, 14), "waitlisted", "emil@bund.de"),
        (date(2025, 4, 15), "already_registered", "anna@stadt.de"),
        (date(2025, 5, 5), "confirmation", "team@kreis.de"),
        (date(2025, 5, 20), "cancelled", "carl@amt.de"),
        (date(2025, 5, 20), "promoted", "dora@verein.de"),
        # The group's payment was due 19 May; the first reminder comes 7 days later ...
        (date(2025, 5, 26), "payment_reminder", "team@kreis.de"),
        # ... and pays on 28 May: no 21-day reminder.
        (date(2025, 6, 20), "reminder", "anna@stadt.de"),
        (date(2025, 6, 20), "reminder", "dora@verein.de"),
        (date(2025, 6, 25), "confirmation", "dora@verein.de"),
        (date(2025, 6, 27), "reminder", "anna@stadt.de"),
        (date(2025, 7, 2), "reminder", "anna@stadt.de"),
        # Anna's option lapses at midnight; Emil, next on the list, gets her place and
        # a week to register (he was promoted after the deadline).
        (date(2025, 7, 5), "lapsed", "anna@stadt.de"),
        (date(2025, 7, 5), "promoted", "emil@bund.de"),
        (date(2025, 7, 6), "waitlisted", "gina@neu.de"),
        (date(2025, 7, 10), "reminder", "emil@bund.de"),
        # Emil lets his week pass: the place goes to Gina, whose form is on file.
        (date(2025, 7, 13), "lapsed", "emil@bund.de"),
        (date(2025, 7, 13), "confirmation", "gina@neu.de"),
        # Dora's payment (due 9 July) is reminded on day 7 and day 21, Gina's (due 27 July) too.
        (date(2025, 7, 16), "payment_reminder", "dora@verein.de"),
        (date(2025, 7, 30), "payment_reminder", "dora@verein.de"),
        (date(2025, 8, 3), "payment_reminder", "gina@neu.de"),
        (date(2025, 8, 17), "payment_reminder", "gina@neu.de"),
    ]


def test_the_late_pre_registration_waits_for_the_office(season):
    assert "late_pre_registration" in season.task_kinds("fritz@spaet.de")
    assert season.kinds("fritz@spaet.de") == []


def test_the_group_holds_three_places_and_pays_for_three(season):
    team = season.attendees["team@kreis.de"]
    assert team.persons == 3 and team.fee == Decimal("750") and team.places == 3
    confirmation = next(p for _, p in season.sent if p.kind == "confirmation" and p.to.email == "team@kreis.de")
    assert ctx(confirmation)["fee"]["total"] == "750.00" and ctx(confirmation)["fee"]["per_person"] == "250.00"


def test_history_records_every_transition_with_its_cause(season):
    dora = season.attendees["dora@verein.de"]
    assert [(t.from_state, t.to_state) for t in dora.history] == [
        (None, State.WAITLISTED),
        (State.WAITLISTED, State.OPTION),
        (State.OPTION, State.REGISTERED),
    ]
    assert dora.history[1].cause.startswith("promotion:mail:")
    anna = season.attendees["anna@stadt.de"]
    assert anna.history[-1].cause == "deadline:2025-07-04"
    assert anna.history[-1].at == berlin(2025, 7, 5, 0, 0)


def test_capacity_is_never_exceeded(season):
    assert sum(a.places for a in season.attendees.values()) <= season.rules.capacity


def test_a_restart_after_every_step_changes_nothing(season):
    again = run_season(roundtrip=True)
    assert [(p.kind, p.to.email, p.message_id) for _, p in again.sent] == [
        (p.kind, p.to.email, p.message_id) for _, p in season.sent
    ]
    assert again.attendees == season.attendees
    assert again.transitions == season.transitions
