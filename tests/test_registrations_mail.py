"""decide_mail: what one understood mail does to the attendee list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from test_registrations_support import Office, berlin, ctx, make_rules

from inbox_agent.model import Intent
from inbox_agent.registrations import State

PRE, REG, CANCEL = Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION
EARLY = berlin(2025, 4, 10, 9)
FORM = dict(name="Anna Schmidt", organization="Stadt Musterhausen", member=True,
            invoice_address="Marktplatz 1, 12345 Musterhausen", payment_agreement=True)


def office(**over) -> Office:
    return Office(make_rules(**over))


def test_early_pre_registration_reserves_an_option_and_sends_the_programme():
    o = office()
    d = o.mail("Anna.Schmidt@Stadt.de", PRE, EARLY, display="Anna Schmidt", subject="Voranmeldung")
    a = o.attendees["anna.schmidt@stadt.de"]
    assert a.state == State.OPTION and a.option_deadline == date(2025, 7, 4)
    assert a.places == 1 and a.thread == ("<in1@Stadt.de>",)
    (p,) = d.planned
    assert p.kind == "programme" and p.language == "de"
    assert p.in_reply_to == "<in1@Stadt.de>" and p.references == ("<in1@Stadt.de>",)
    assert p.subject_hint == "Voranmeldung"
    c = ctx(p)
    assert c["next_deadline"] == {"kind": "registration", "date": "2025-07-04", "days_left": 85, "passed": False}
    assert c["event"]["venue"] == "Köln" and c["event"]["starts"] == "2025-09-25"
    assert c["deadlines"] == {"pre_registration": "2025-06-02", "registration": "2025-07-04"}
    assert d.transitions[0][1].cause == "mail:key-1" and d.transitions[0][1].from_state is None


def test_the_same_mail_decided_twice_plans_the_same_message_id():
    o1, o2 = office(), office()
    d1 = o1.mail("a@x.de", PRE, EARLY)
    d2 = o2.mail("a@x.de", PRE, EARLY)
    assert d1.planned[0].message_id == d2.planned[0].message_id
    assert d1.planned[0].message_id.endswith("@vsop.de>")


def test_a_full_house_puts_people_on_the_waiting_list_and_says_where_they_stand():
    o = office(capacity=3)
    o.mail("group@x.de", PRE, EARLY, persons=2)
    o.mail("one@x.de", PRE, berlin(2025, 4, 11))
    d = o.mail("late1@x.de", PRE, berlin(2025, 4, 12))
    o.mail("late2@x.de", PRE, berlin(2025, 4, 13))
    assert o.state("group@x.de") == State.OPTION and o.attendees["group@x.de"].places == 2
    assert o.state("late1@x.de") == State.WAITLISTED
    assert d.planned[0].kind == "waitlisted" and ctx(d.planned[0])["waitlist_position"] == 1
    assert ctx(o.sent[-1][1])["waitlist_position"] == 2


def test_a_group_needs_one_place_per_person():
    o = office(capacity=3)
    o.mail("one@x.de", PRE, EARLY)
    d = o.mail("group@x.de", PRE, berlin(2025, 4, 11), people=("A", "B", "C"))
    assert o.attendees["group@x.de"].persons == 3
    assert o.state("group@x.de") == State.WAITLISTED and d.planned[0].kind == "waitlisted"


def test_a_second_pre_registration_makes_no_second_record():
    o = office()
    o.mail("a@x.de", PRE, EARLY)
    d = o.mail("A@X.de", PRE, berlin(2025, 4, 20), organization="Landkreis")
    assert list(o.attendees) == ["a@x.de"]
    assert [p.kind for p in d.planned] == ["already_registered"]
    assert o.attendees["a@x.de"].organization == "Landkreis"
    assert len(o.attendees["a@x.de"].history) == 1 and not d.transitions


def test_a_second_pre_registration_for_more_persons_goes_to_the_office():
    o = office()
    o.mail("a@x.de", PRE, EARLY)
    d = o.mail("a@x.de", PRE, berlin(2025, 4, 20), persons=3)
    assert not d.planned and o.attendees["a@x.de"].persons == 1
    assert [t.kind for t in d.needs_human] == ["change_request"]


def test_a_complete_form_makes_the_option_binding_with_fee_and_payment_terms():
    o = office()
    o.mail("a@x.de", PRE, EARLY)
    d = o.mail("a@x.de", REG, berlin(2025, 5, 6, 10), **FORM, persons=2, people=("Anna Schmidt", "Ben Meier"))
    a = o.attendees["a@x.de"]
    assert a.state == State.REGISTERED and a.persons == 2
    assert a.fee == Decimal("500") and a.payment_due == date(2025, 5, 20)
    (p,) = d.planned
    assert p.kind == "confirmation"
    c = ctx(p)
    assert c["fee"]["per_person"] == "250.00" and c["fee"]["total"] == "500.00"
    assert c["payment"]["due_date"] == "2025-05-20" and c["payment"]["iban"].startswith("DE02")
    assert c["payment"]["reference"] == "VSOP-Jahrestagung 2025 Anna Schmidt"
    assert c["next_deadline"]["kind"] == "payment"


def test_non_members_and_unknown_membership_pay_the_non_member_fee():
    o = office()
    o.mail("n@x.de", REG, EARLY, **{**FORM, "member": False})
    o.mail("u@x.de", REG, EARLY, **{**FORM, "member": None})
    assert o.attendees["n@x.de"].fee == Decimal("300")
    assert o.attendees["u@x.de"].fee == Decimal("300")


def test_a_form_without_pre_registration_registers_directly_while_places_are_free():
    o = office(capacity=1)
    d1 = o.mail("a@x.de", REG, EARLY, **FORM)
    d2 = o.mail("b@x.de", REG, berlin(2025, 4, 11), **FORM)
    assert o.state("a@x.de") == State.REGISTERED and d1.planned[0].kind == "confirmation"
    b = o.attendees["b@x.de"]
    assert b.state == State.WAITLISTED and b.form_received_at is not None
    assert d2.planned[0].kind == "waitlisted" and ctx(d2.planned[0])["form_received"] is True


def test_missing_fields_are_asked_for_exactly_and_the_office_is_told():
    o = office()
    o.mail("a@x.de", PRE, EARLY)
    d = o.mail("a@x.de", REG, berlin(2025, 5, 6), name="Anna", missing=("invoice_address", "member"))
    assert o.state("a@x.de") == State.OPTION  # the place stays reserved
    (p,) = d.planned
    assert p.kind == "missing_fields"
    assert ctx(p)["missing"] == ["invoice_address", "member"]
    assert ctx(p)["missing_labels"][0] == "Rechnungsanschrift"
    assert [t.kind for t in d.needs_human] == ["missing_fields"]
    # An incomplete form from a new address still holds a place.
    d = o.mail("new@x.de", REG, berlin(2025, 5, 6), missing=("name",), language="en")
    assert o.state("new@x.de") == State.OPTION
    assert d.planned[0].kind == "missing_fields" and d.planned[0].language == "en"
    assert ctx(d.planned[0])["missing_labels"] == ["first and last name"]


def test_a_repeated_form_from_a_registered_attendee():
    o = office()
    o.mail("a@x.de", REG, EARLY, **FORM)
    same = o.mail("a@x.de", REG, berlin(2025, 4, 12), **FORM)
    assert [p.kind for p in same.planned] == ["already_registered"]
    changed = o.mail("a@x.de", REG, berlin(2025, 4, 13), **{**FORM, "persons": 3})
    assert not changed.planned and [t.kind for t in changed.needs_human] == ["change_request"]
    assert o.attendees["a@x.de"].persons == 1 and o.attendees["a@x.de"].fee == Decimal("250")


def test_a_cancellation_frees_the_place_and_promotes_the_first_on_the_waiting_list():
    o = office(capacity=1)
    o.mail("a@x.de", PRE, EARLY)
    o.mail("b@x.de", PRE, berlin(2025, 4, 11))
    o.mail("c@x.de", PRE, berlin(2025, 4, 12))
    d = o.mail("a@x.de", CANCEL, berlin(2025, 5, 2))
    assert o.state("a@x.de") == State.CANCELLED
    assert o.state("b@x.de") == State.OPTION and o.state("c@x.de") == State.WAITLISTED
    assert [(p.kind, p.to.email) for p in d.planned] == [("cancelled", "a@x.de"), ("promoted", "b@x.de")]
    promoted = d.planned[1]
    assert promoted.in_reply_to == "<in2@x.de>"  # threaded under b's own first mail
    assert ctx(promoted)["next_deadline"]["date"] == "2025-07-04"
    b = o.attendees["b@x.de"]
    assert b.history[-1].cause == "promotion:mail:key-4" and b.option_deadline == date(2025, 7, 4)


def test_a_promoted_waiter_with_a_form_on_file_is_registered_at_once():
    o = office(capacity=1)
    o.mail("a@x.de", PRE, EARLY)
    o.mail("b@x.de", REG, berlin(2025, 4, 11), **FORM)
    d = o.mail("a@x.de", CANCEL, berlin(2025, 5, 2))
    assert o.state("b@x.de") == State.REGISTERED
    assert [(p.kind, p.to.email) for p in d.planned] == [("cancelled", "a@x.de"), ("confirmation", "b@x.de")]
    assert ctx(d.planned[1])["promoted"] is True
    assert o.attendees["b@x.de"].payment_due == date(2025, 5, 16)


def test_a_group_that_does_not_fit_keeps_its_position_and_the_next_who_fits_moves_up():
    o = office(capacity=2)
    o.mail("a@x.de", PRE, EARLY)
    o.mail("b@x.de", PRE, EARLY)
    o.mail("group@x.de", PRE, berlin(2025, 4, 11), persons=3)
    o.mail("single@x.de", PRE, berlin(2025, 4, 12))
    d = o.mail("a@x.de", CANCEL, berlin(2025, 5, 2))
    assert o.state("single@x.de") == State.OPTION and o.state("group@x.de") == State.WAITLISTED
    assert any("group of 3" in n for n in d.notes)


def test_cancelling_a_binding_registration_tells_the_office():
    o = office()
    o.mail("a@x.de", REG, EARLY, **FORM)
    d = o.mail("a@x.de", CANCEL, berlin(2025, 5, 2))
    assert o.state("a@x.de") == State.CANCELLED
    assert [t.kind for t in d.needs_human] == ["cancellation_terms"]
    assert ctx(d.planned[0])["was_binding"] is True


def test_partial_cancellation_of_a_group_goes_to_the_office():
    o = office()
    o.mail("g@x.de", PRE, EARLY, people=("A", "B", "C"))
    d = o.mail("g@x.de", CANCEL, berlin(2025, 5, 2), people=("B",))
    assert o.state("g@x.de") == State.OPTION and not d.planned
    assert [t.kind for t in d.needs_human] == ["partial_cancellation"]
    o.mail("g@x.de", CANCEL, berlin(2025, 5, 3))
    assert o.state("g@x.de") == State.CANCELLED


def test_cancellations_from_strangers_and_repeats():
    o = office()
    d = o.mail("who@x.de", CANCEL, EARLY)
    assert not d.attendees and not d.planned and [t.kind for t in d.needs_human] == ["unknown_cancellation"]
    o.mail("a@x.de", PRE, EARLY)
    o.mail("a@x.de", CANCEL, berlin(2025, 4, 12))
    d = o.mail("a@x.de", CANCEL, berlin(2025, 4, 13))
    assert not d.planned and not d.transitions


def test_someone_who_cancelled_may_come_back():
    o = office()
    o.mail("a@x.de", PRE, EARLY)
    o.mail("a@x.de", CANCEL, berlin(2025, 4, 12))
    d = o.mail("a@x.de", PRE, berlin(2025, 4, 20))
    assert o.state("a@x.de") == State.OPTION and d.planned[0].kind == "programme"
    assert [t.to_state for t in o.attendees["a@x.de"].history] == [State.OPTION, State.CANCELLED, State.OPTION]


def test_no_reply_when_automatic_replies_are_not_allowed_but_the_state_still_changes():
    o = office()
    d = o.mail("a@x.de", PRE, EARLY, auto_reply=False)
    assert o.state("a@x.de") == State.OPTION and not d.planned
    assert any("no 'programme' reply" in n for n in d.notes)


@pytest.mark.parametrize("intent", [Intent.AUTO_REPLY, Intent.BULK, Intent.OTHER])
def test_machines_and_other_mail_change_nothing(intent):
    o = office()
    d = o.mail("a@x.de", intent, EARLY)
    assert not d.attendees and not d.planned and not d.needs_human and d.notes


def test_a_question_is_a_task_for_the_office():
    o = office()
    o.mail("a@x.de", PRE, EARLY)
    d = o.mail("a@x.de", Intent.QUESTION, berlin(2025, 4, 11), subject="Parken?")
    assert not d.planned and [t.kind for t in d.needs_human] == ["question"]
    assert "Parken?" in d.needs_human[0].summary


def test_a_bounce_marks_the_address_and_a_new_mail_from_it_clears_the_mark():
    o = office()
    o.mail("a@x.de", PRE, EARLY)
    d = o.mail("mailer-daemon@x.de", Intent.BOUNCE, berlin(2025, 4, 11), bounced=("A@x.de",), auto_reply=False)
    assert o.attendees["a@x.de"].bounced and not d.planned
    assert [t.kind for t in d.needs_human] == ["bounce"]
    assert "mailer-daemon@x.de" not in o.attendees
    o.mail("a@x.de", Intent.QUESTION, berlin(2025, 4, 12))
    assert not o.attendees["a@x.de"].bounced


def test_a_form_sent_from_another_address_finds_the_record_by_the_address_in_the_form():
    o = office()
    o.mail("anna@privat.de", PRE, EARLY)
    o.mail("sekretariat@stadt.de", REG, berlin(2025, 5, 2), **FORM, email="Anna@Privat.de")
    assert list(o.attendees) == ["anna@privat.de"]
    assert o.state("anna@privat.de") == State.REGISTERED
    assert o.sent[-1][1].to.email == "anna@privat.de"  # the confirmation goes to the attendee


def test_a_colleague_registered_on_behalf_gets_her_own_record_not_the_writer():
    o = office()
    o.mail("sekretariat@stadt.de", PRE, EARLY, email="anna.schmidt@stadt.de", name="Anna Schmidt")
    assert list(o.attendees) == ["anna.schmidt@stadt.de"]
    assert o.attendees["anna.schmidt@stadt.de"].name == "Anna Schmidt"
    assert o.sent[-1][1].to.email == "anna.schmidt@stadt.de"
    assert [a.email for a in o.sent[-1][1].cc] == ["sekretariat@stadt.de"]  # the writer gets a copy
    # the secretary's own pre-registration later is a record of its own
    o.mail("sekretariat@stadt.de", PRE, berlin(2025, 5, 3), name="Sabine Sekretariat")
    assert sorted(o.attendees) == ["anna.schmidt@stadt.de", "sekretariat@stadt.de"]
    assert o.attendees["anna.schmidt@stadt.de"].name == "Anna Schmidt"


# --- late mails, under each policy ---------------------------------------------------

LATE_PRE = berlin(2025, 6, 3, 0, 1)  # one minute after the pre-registration deadline
IN_TIME = berlin(2025, 6, 2, 23, 59)


def test_a_pre_registration_at_23_59_on_the_deadline_is_in_time():
    o = office(late_pre_registration="staff")
    o.mail("a@x.de", PRE, IN_TIME)
    assert o.state("a@x.de") == State.OPTION


def test_late_pre_registration_accept():
    o = office(late_pre_registration="accept")
    d = o.mail("a@x.de", PRE, LATE_PRE)
    assert o.state("a@x.de") == State.OPTION and d.planned[0].kind == "programme"
    assert ctx(d.planned[0])["late"] is True


def test_late_pre_registration_waitlist():
    o = office(late_pre_registration="waitlist")
    d = o.mail("a@x.de", PRE, LATE_PRE)
    assert o.state("a@x.de") == State.WAITLISTED and d.planned[0].kind == "waitlisted"
    assert ctx(d.planned[0])["late"] is True


def test_late_pre_registration_staff():
    o = office(late_pre_registration="staff")
    d = o.mail("a@x.de", PRE, LATE_PRE)
    assert o.state("a@x.de") == State.PENDING and o.attendees["a@x.de"].places == 0
    assert not d.planned and [t.kind for t in d.needs_human] == ["late_pre_registration"]


def test_the_deadline_is_judged_by_arrival_not_by_processing_time():
    o = office(late_pre_registration="staff")
    o.mail("a@x.de", PRE, IN_TIME, now=berlin(2025, 6, 5))  # processed days later
    assert o.state("a@x.de") == State.OPTION


LATE_REG = berlin(2025, 7, 5, 0, 1)


def test_after_registration_deadline_staff():
    o = office(after_registration_deadline="staff")
    d = o.mail("a@x.de", REG, LATE_REG, **FORM)
    assert o.state("a@x.de") == State.PENDING and not d.planned
    assert [t.kind for t in d.needs_human] == ["late_registration"]
    assert o.attendees["a@x.de"].form_received_at is not None


def test_after_registration_deadline_waitlist():
    o = office(after_registration_deadline="waitlist")
    d = o.mail("a@x.de", REG, LATE_REG, **FORM)
    assert o.state("a@x.de") == State.WAITLISTED
    assert d.planned[0].kind == "waitlisted" and ctx(d.planned[0])["late"] is True
    assert ctx(d.planned[0])["form_received"] is True


def test_after_registration_deadline_decline():
    o = office(after_registration_deadline="decline")
    d = o.mail("a@x.de", REG, LATE_REG, **FORM)
    assert "a@x.de" not in o.attendees
    assert [p.kind for p in d.planned] == ["registration_closed"]
    d = o.mail("b@x.de", PRE, LATE_REG)
    assert [p.kind for p in d.planned] == ["registration_closed"] and "b@x.de" not in o.attendees


def test_a_late_form_from_an_option_not_yet_lapsed_follows_the_policy():
    o = office(after_registration_deadline="decline")
    o.mail("a@x.de", PRE, EARLY)
    d = o.mail("a@x.de", REG, LATE_REG, **FORM)
    assert o.state("a@x.de") == State.LAPSED and d.planned[0].kind == "registration_closed"


def test_a_form_that_arrived_in_time_counts_even_if_the_option_lapsed_meanwhile():
    from inbox_agent.registrations import decide_time

    o = office()
    o.mail("a@x.de", PRE, EARLY)
    o.tick(berlin(2025, 7, 5, 9))  # the daemon lapses the option first ...
    assert o.state("a@x.de") == State.LAPSED
    d = o.mail("a@x.de", REG, berlin(2025, 7, 4, 23, 0), now=berlin(2025, 7, 5, 9), **FORM)
    assert o.state("a@x.de") == State.REGISTERED  # ... but the form came in time
    assert d.planned[0].kind == "confirmation"
    assert not decide_time(o.attendees, o.rules, berlin(2025, 7, 5, 10)).planned


def test_a_late_form_from_an_overdue_option_under_waitlist_goes_behind_those_waiting():
    o = office(capacity=1, after_registration_deadline="waitlist")
    o.mail("a@x.de", PRE, EARLY)
    o.mail("w@x.de", PRE, berlin(2025, 4, 11))
    d = o.mail("a@x.de", REG, LATE_REG, **FORM)  # before the time job lapsed the option
    assert o.state("w@x.de") == State.OPTION and o.state("a@x.de") == State.WAITLISTED
    assert [(p.kind, p.to.email) for p in d.planned] == [("waitlisted", "a@x.de"), ("promoted", "w@x.de")]


def test_alone_on_the_list_a_late_overdue_option_is_not_promoted_back_by_its_own_place():
    o = office(capacity=1, after_registration_deadline="waitlist")
    o.mail("a@x.de", PRE, EARLY)
    d = o.mail("a@x.de", REG, LATE_REG, **FORM)
    assert o.state("a@x.de") == State.WAITLISTED and [p.kind for p in d.planned] == ["waitlisted"]


def test_full_house_after_the_pre_registration_deadline_under_accept_is_not_called_late():
    o = office(capacity=1, late_pre_registration="accept")
    o.mail("a@x.de", PRE, EARLY)
    d = o.mail("b@x.de", PRE, LATE_PRE)
    assert o.state("b@x.de") == State.WAITLISTED and ctx(d.planned[0])["late"] is False


def test_a_mail_without_any_address_decides_nothing():
    from test_registrations_support import verdict

    from inbox_agent.model import Address
    from inbox_agent.registrations import InboundRef, decide_mail

    ref = InboundRef(None, "k", Address(""), Address(""), "?", EARLY)
    d = decide_mail({}, ref, verdict(PRE), make_rules(), EARLY)
    assert not d.attendees and not d.planned and [t.kind for t in d.needs_human] == ["no_address"]


def test_a_mail_without_any_sender_address_is_left_to_the_office():
    from inbox_agent.mail.parse import parse_bytes
    from inbox_agent.registrations import InboundRef

    mail = parse_bytes(b"To: geschaeftsstelle@vsop.de\r\nSubject: Voranmeldung\r\n"
                       b"Message-ID: <nf@x>\r\n\r\nIch melde mich unverbindlich an.\r\n")
    inbound = InboundRef.from_mail(mail)
    assert inbound.sender.email == "" and inbound.reply_to.email == ""
