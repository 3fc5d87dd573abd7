"""decide_time: reminders, lapses, payment reminders — exactly once, on the right days."""

from __future__ import annotations

from datetime import date, timedelta

from test_registrations_support import Office, berlin, ctx, make_rules

from inbox_agent.model import Intent
from inbox_agent.registrations import State, decide_time

PRE, REG = Intent.PRE_REGISTRATION, Intent.REGISTRATION
FORM = dict(name="Anna Schmidt", member=True, invoice_address="Marktplatz 1", payment_agreement=True)


def with_option(**over) -> Office:
    o = Office(make_rules(**over))
    o.mail("a@x.de", PRE, berlin(2025, 4, 10, 9))
    return o


def test_reminders_go_out_exactly_on_the_configured_days_and_once():
    o = with_option()
    # Every hour of every day from May to the deadline: what it sends must not depend on
    # how often the job runs.
    o.days(date(2025, 5, 1), date(2025, 7, 4), hours=tuple(range(24)))
    assert o.log("reminder") == [
        (date(2025, 6, 20), "reminder", "a@x.de"),
        (date(2025, 6, 27), "reminder", "a@x.de"),
        (date(2025, 7, 2), "reminder", "a@x.de"),
    ]
    sent_at = [at for at, p in o.sent if p.kind == "reminder"]
    assert all(at.astimezone(berlin(2025, 1, 1).tzinfo).hour >= 0 for at in sent_at)
    assert sent_at[0] == berlin(2025, 6, 20, 8)  # from 08:00 local (reminder_hour)
    steps = [ctx(p)["reminder_step"] for _, p in o.sent if p.kind == "reminder"]
    assert steps == [14, 7, 2]
    days_left = [ctx(p)["next_deadline"]["days_left"] for _, p in o.sent if p.kind == "reminder"]
    assert days_left == [14, 7, 2]
    assert o.attendees["a@x.de"].reminders_sent == {"registration-14", "registration-7", "registration-2"}


def test_calling_twice_at_the_same_time_plans_nothing_new():
    o = with_option()
    now = berlin(2025, 6, 20, 9)
    first = o.tick(now)
    assert [p.kind for p in first.planned] == ["reminder"]
    again = decide_time(o.attendees, o.rules, now)
    assert again.empty and not again.planned


def test_after_a_restart_the_stored_records_plan_nothing_new():
    o = with_option()
    o.tick(berlin(2025, 6, 20, 9))
    o.restart()
    assert decide_time(o.attendees, o.rules, berlin(2025, 6, 20, 9)).empty
    assert decide_time(o.attendees, o.rules, berlin(2025, 6, 26, 23)).empty


def test_after_downtime_only_the_latest_due_step_goes_out_and_the_rest_are_skipped():
    o = with_option()
    o.tick(berlin(2025, 6, 1, 9))  # nothing due yet
    o.tick(berlin(2025, 6, 29, 9))  # down from 1 June: 14 and 7 are due
    assert [ctx(p)["reminder_step"] for _, p in o.sent if p.kind == "reminder"] == [7]
    a = o.attendees["a@x.de"]
    assert a.reminders_sent == {"registration-7"} and a.reminders_skipped == {"registration-14"}
    o.days(date(2025, 6, 29), date(2025, 7, 4))
    assert [ctx(p)["reminder_step"] for _, p in o.sent if p.kind == "reminder"] == [7, 2]


def test_downtime_over_the_deadline_sends_no_reminder_only_the_lapse():
    o = with_option()
    d = o.tick(berlin(2025, 7, 6, 9))
    assert [p.kind for p in d.planned] == ["lapsed"]
    assert o.state("a@x.de") == State.LAPSED


def test_no_reminders_to_bounced_addresses_nor_after_registering():
    o = with_option(capacity=10)
    o.mail("b@x.de", PRE, berlin(2025, 4, 11))
    o.mail("mailer-daemon@x.de", Intent.BOUNCE, berlin(2025, 5, 1), bounced=("b@x.de",), auto_reply=False)
    o.days(date(2025, 6, 1), date(2025, 6, 21))
    o.mail("a@x.de", REG, berlin(2025, 6, 22), **FORM)
    o.days(date(2025, 6, 22), date(2025, 7, 10))
    assert o.kinds("a@x.de") == ["programme", "reminder", "confirmation"]
    assert o.kinds("b@x.de") == ["programme"]  # no reminders, and no lapse mail either
    assert o.state("b@x.de") == State.LAPSED


def test_an_option_that_began_on_or_after_a_step_day_skips_that_step():
    o = Office(make_rules(late_pre_registration="accept"))
    o.mail("late@x.de", PRE, berlin(2025, 6, 27, 10))  # the day of the 7-day step
    o.days(date(2025, 6, 27), date(2025, 7, 4))
    assert [ctx(p)["reminder_step"] for _, p in o.sent if p.kind == "reminder"] == [2]
    assert o.attendees["late@x.de"].reminders_skipped == {"registration-14", "registration-7"}


def test_lapse_at_the_deadline_tells_the_person_and_promotes_from_the_waiting_list():
    o = with_option(capacity=1, promotion_days=7)
    o.mail("w@x.de", PRE, berlin(2025, 4, 11))
    o.tick(berlin(2025, 7, 4, 23, 59))
    assert o.state("a@x.de") == State.OPTION  # still the deadline day
    d = o.tick(berlin(2025, 7, 5, 0, 0))
    assert o.state("a@x.de") == State.LAPSED and o.state("w@x.de") == State.OPTION
    assert [(p.kind, p.to.email) for p in d.planned] == [("lapsed", "a@x.de"), ("promoted", "w@x.de")]
    w = o.attendees["w@x.de"]
    assert w.option_deadline == date(2025, 7, 12)  # promoted after the deadline: 7 days
    assert ctx(d.planned[1])["next_deadline"]["date"] == "2025-07-12"
    assert d.transitions[0][1].cause == "deadline:2025-07-04"
    # The promoted option gets its own reminder (the 2-day step) and lapses in turn.
    o.days(date(2025, 7, 5), date(2025, 7, 14))
    assert o.log()[-2:] == [(date(2025, 7, 10), "reminder", "w@x.de"), (date(2025, 7, 13), "lapsed", "w@x.de")]


def test_payment_reminders_after_the_due_date_until_paid():
    from inbox_agent.registrations import mark_paid

    o = Office(make_rules(capacity=10))
    o.mail("a@x.de", REG, berlin(2025, 5, 5, 10), **FORM)
    o.mail("b@x.de", REG, berlin(2025, 5, 5, 11), **FORM)
    assert o.attendees["a@x.de"].payment_due == date(2025, 5, 19)
    o.days(date(2025, 5, 5), date(2025, 5, 30))
    o.attendees["a@x.de"] = mark_paid(o.attendees["a@x.de"], 250, "kasse", berlin(2025, 5, 30, 10))
    o.days(date(2025, 5, 31), date(2025, 7, 31))
    assert o.log("payment_reminder") == [
        (date(2025, 5, 26), "payment_reminder", "a@x.de"),
        (date(2025, 5, 26), "payment_reminder", "b@x.de"),
        (date(2025, 6, 9), "payment_reminder", "b@x.de"),
    ]
    p = o.sent[-1][1]
    assert ctx(p)["payment"]["days_overdue"] == 21 and ctx(p)["fee"]["balance"] == "250.00"


def test_decide_time_before_anything_is_due_is_empty():
    o = with_option()
    assert decide_time(o.attendees, o.rules, berlin(2025, 5, 1)).empty
    assert decide_time({}, o.rules, berlin(2025, 7, 5)).empty


def test_hourly_and_daily_runs_give_the_same_mails():
    def season(hours):
        o = Office(make_rules(capacity=2), roundtrip=True)
        o.mail("a@x.de", PRE, berlin(2025, 4, 10))
        o.mail("b@x.de", PRE, berlin(2025, 4, 11))
        o.mail("w@x.de", PRE, berlin(2025, 4, 12))
        o.mail("b@x.de", REG, berlin(2025, 5, 1), **FORM)
        o.days(date(2025, 5, 1), date(2025, 7, 31), hours=hours)
        return [(at.astimezone(berlin(2025, 1, 1).tzinfo).date(), p.kind, p.to.email, p.message_id)
                for at, p in o.sent]

    assert season((9,)) == season(tuple(range(8, 24))) == season((9, 9, 13, 21))
    assert season((9,))[-1][1:3] == ("lapsed", "w@x.de")


def test_promotions_stop_when_the_event_begins():
    rules = make_rules(capacity=1, registration_deadline=date(2025, 9, 24), pre_registration_deadline=date(2025, 6, 2))
    o = Office(rules)
    o.mail("a@x.de", PRE, berlin(2025, 4, 10))
    o.mail("w@x.de", PRE, berlin(2025, 4, 11))
    d = o.tick(berlin(2025, 9, 25, 9))
    assert o.state("a@x.de") == State.LAPSED and o.state("w@x.de") == State.WAITLISTED
    assert [p.kind for p in d.planned] == ["lapsed"]
    assert timedelta(0) < berlin(2025, 9, 25, 9) - rules.event_start


def test_an_extended_deadline_holds_for_the_options_already_given():
    from dataclasses import replace

    o = with_option()  # the programme mail said: by 4 July
    o.days(date(2025, 5, 1), date(2025, 6, 19))
    # The office extends the registration deadline to 18 July in config.toml.
    o.rules = replace(o.rules, registration_deadline=date(2025, 7, 18))
    o.days(date(2025, 6, 20), date(2025, 7, 19))
    assert o.log("reminder") == [
        (date(2025, 7, 4), "reminder", "a@x.de"),
        (date(2025, 7, 11), "reminder", "a@x.de"),
        (date(2025, 7, 16), "reminder", "a@x.de"),
    ]
    assert o.log("lapsed") == [(date(2025, 7, 19), "lapsed", "a@x.de")]
    assert o.transitions[-1][3] == "deadline:2025-07-18"


def test_an_earlier_deadline_does_not_shorten_what_an_option_was_told():
    from dataclasses import replace

    o = with_option()  # told: by 4 July
    o.rules = replace(o.rules, registration_deadline=date(2025, 6, 30))
    o.days(date(2025, 6, 25), date(2025, 7, 4))
    assert o.state("a@x.de") == State.OPTION
    o.days(date(2025, 7, 5), date(2025, 7, 5))
    assert o.state("a@x.de") == State.LAPSED
    # A form that arrives on 3 July is in time for this option.
    p = with_option()
    p.rules = replace(p.rules, registration_deadline=date(2025, 6, 30))
    p.mail("a@x.de", REG, berlin(2025, 7, 3, 10), **FORM)
    assert p.state("a@x.de") == State.REGISTERED
