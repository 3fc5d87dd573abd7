"""A binding registration is never lost; nothing the office knows is asked again; the
questions that ride along with an action go to a person (issue 13). Plain values in,
plain values out, through ``decide_mail`` and ``decide_time``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from inbox_agent.model import Address, Fields, Intent, Verdict
from inbox_agent.registrations import InboundRef, State, decide_mail
from inbox_agent.registrations.known import (
    fields_to_dict,
    known_from_records,
    member_from_fee,
    organization_from_domain,
)
from tests.test_registrations_support import Office, berlin, ctx, make_rules

EARLY = berlin(2025, 4, 10)
COMPLETE = dict(name="Dora Klein", organization="Caritas Beispielstadt", member=False,
                invoice_address="Caritas, Weg 1, 50667 Köln", payment_agreement=True)
REQUIRED = ("name", "organization", "member", "invoice_address", "payment_agreement")


def send(o: Office, who: str, intent: Intent, at, *, missing=(), questions=(), unreadable=False,
         known: Fields | None = None, binding: bool = False, language: str = "de", **fields):
    """One mail through ``decide_mail`` with the verdict a classifier would give."""
    o._n += 1
    ref = InboundRef(message_id=f"<in{o._n}@x.de>", key=f"key-{o._n}", sender=Address(who),
                     reply_to=Address(who), subject="Tagung", received_at=at)
    verdict = Verdict(intent=intent, auto_reply=True, fields=Fields(**fields), language=language,
                      missing=tuple(missing), questions=tuple(questions), unreadable_form=unreadable,
                      needs_human=bool(questions) or unreadable, binding=binding)
    return o.apply(decide_mail(o.attendees, ref, verdict, o.rules, at, known=known), at)


def test_a_binding_registration_with_details_missing_never_lapses():
    o = Office(make_rules())
    send(o, "dora@caritas.de", Intent.PRE_REGISTRATION, EARLY, name="Dora Klein")
    partial = {**COMPLETE, "invoice_address": None}
    d = send(o, "dora@caritas.de", Intent.REGISTRATION, berlin(2025, 6, 16),
             missing=("invoice_address",), **partial)
    assert [p.kind for p in d.planned] == ["missing_fields"]
    assert ctx(d.planned[0])["missing"] == ["invoice_address"]
    dora = o.attendees["dora@caritas.de"]
    assert dora.state == State.OPTION and dora.binding_at is not None
    assert dora.details_missing == ("invoice_address",)
    o.days(date(2025, 6, 17), date(2025, 7, 20))
    assert o.state("dora@caritas.de") == State.OPTION  # never lapsed
    assert "lapsed" not in o.kinds("dora@caritas.de")
    assert o.task_kinds("dora@caritas.de").count("binding_open") == 1  # staff, told once
    # The reminders it got do not ask for the form again.
    for _, p in o.sent:
        if p.kind == "reminder" and p.to.email == "dora@caritas.de":
            assert ctx(p)["attendee"]["binding"] is True


def test_the_missing_details_are_asked_once():
    o = Office(make_rules())
    send(o, "eva@kreis.de", Intent.PRE_REGISTRATION, EARLY)
    first = send(o, "eva@kreis.de", Intent.REGISTRATION, berlin(2025, 5, 2), missing=("member",),
                 **{**COMPLETE, "member": None})
    again = send(o, "eva@kreis.de", Intent.REGISTRATION, berlin(2025, 5, 9), missing=("member",),
                 **{**COMPLETE, "member": None})
    assert [p.kind for p in first.planned] == ["missing_fields"]
    assert again.planned == () and [t.kind for t in again.needs_human] == ["missing_fields"]
    assert "not asked again" in i18n_english(again.needs_human[0].summary)


def i18n_english(reason) -> str:
    from inbox_agent import i18n
    with i18n.use_language("en"):
        return i18n.render(reason)


def test_an_unreadable_form_is_a_task_for_staff_not_a_question_to_the_sender():
    o = Office(make_rules())
    d = send(o, "scan@amt.de", Intent.REGISTRATION, EARLY, unreadable=True,
             missing=REQUIRED, name="Paul Scan")
    assert d.planned == ()  # nobody is asked for what the form may hold
    assert [t.kind for t in d.needs_human] == ["unreadable_form"]
    assert "Formular nicht lesbar" in str(d.needs_human[0].summary)
    rec = o.attendees["scan@amt.de"]
    assert rec.state == State.OPTION and rec.binding_at is not None
    o.days(date(2025, 4, 11), date(2025, 7, 10))
    assert o.state("scan@amt.de") == State.OPTION and "lapsed" not in o.kinds("scan@amt.de")


def test_fields_of_the_pre_registration_are_not_asked_again():
    o = Office(make_rules())
    send(o, "jan@stadt.de", Intent.PRE_REGISTRATION, EARLY, name="Jan Becker",
         organization="Stadt Beispiel, Sozialamt", member=True)
    # The binding mail names only the invoice address and agrees to pay.
    d = send(o, "jan@stadt.de", Intent.REGISTRATION, berlin(2025, 5, 5),
             missing=("organization", "member"), name="Jan Becker",
             invoice_address="Stadt Beispiel, Markt 1", payment_agreement=True)
    assert [p.kind for p in d.planned] == ["confirmation"]
    jan = o.attendees["jan@stadt.de"]
    assert jan.state == State.REGISTERED and jan.organization == "Stadt Beispiel, Sozialamt"
    assert jan.fee == Decimal("250")


def test_fields_of_earlier_mails_without_a_record_are_not_asked_again():
    # An earlier question told the organisation and membership (its message record).
    records = [{"email": "kim@kreis.de", "fields": fields_to_dict(Fields(
        name="Kim Wolf", email="kim@kreis.de", organization="Kreis Nord, Jugendamt", member=False))},
        {"email": "kim@kreis.de", "fields": fields_to_dict(Fields(
            name="Lea Kollegin", email="lea@kreis.de", organization="Someone else"))}]
    known = known_from_records(records, ["kim@kreis.de"])
    assert known.organization == "Kreis Nord, Jugendamt" and known.member is False
    o = Office(make_rules())
    d = send(o, "kim@kreis.de", Intent.REGISTRATION, EARLY, missing=("organization", "member"),
             known=known, name="Kim Wolf", invoice_address="Kreis Nord, Postfach 1", payment_agreement=True)
    assert [p.kind for p in d.planned] == ["confirmation"]
    assert o.attendees["kim@kreis.de"].fee == Decimal("300")


def test_membership_from_the_quoted_fee():
    rules = make_rules()
    assert member_from_fee(Decimal("250"), 1, rules) is True
    assert member_from_fee(Decimal("300"), 1, rules) is False
    assert member_from_fee(Decimal("600"), 2, rules) is False
    assert member_from_fee(Decimal("99"), 1, rules) is None
    o = Office(rules)
    d = send(o, "fee@kreis.de", Intent.REGISTRATION, EARLY, missing=("member",),
             fee_quoted=Decimal("300"), **{**COMPLETE, "member": None})
    assert [p.kind for p in d.planned] == ["confirmation"]
    assert o.attendees["fee@kreis.de"].member is False


def test_the_organisation_from_the_domain_is_a_marked_guess_and_never_from_freemail():
    assert organization_from_domain("a@stadt-musterhausen.de") == "Stadt Musterhausen"
    assert organization_from_domain("a@gmail.com") is None and organization_from_domain("a@web.de") is None
    o = Office(make_rules())
    d = send(o, "ute@stadt-musterhausen.de", Intent.REGISTRATION, EARLY, missing=("organization",),
             **{**COMPLETE, "organization": None})
    assert [p.kind for p in d.planned] == ["confirmation"]
    ute = o.attendees["ute@stadt-musterhausen.de"]
    assert ute.organization == "Stadt Musterhausen" and ute.guessed == ("organization",)
    (guess,) = [t for t in d.needs_human if t.kind == "organization_guessed"]
    assert "Stadt Musterhausen" in str(guess.summary) and "vermutet" in str(guess.summary)
    d = send(o, "ann@gmail.com", Intent.REGISTRATION, EARLY, missing=("organization",),
             **{**COMPLETE, "organization": None})
    assert [p.kind for p in d.planned] == ["missing_fields"]


def test_a_later_mail_with_the_details_completes_the_registration():
    o = Office(make_rules())
    send(o, "dora@caritas.de", Intent.REGISTRATION, EARLY, missing=("invoice_address",),
         **{**COMPLETE, "invoice_address": None})
    d = send(o, "dora@caritas.de", Intent.OTHER, berlin(2025, 4, 20),
             invoice_address="Caritas, Weg 1, 50667 Köln")
    assert [p.kind for p in d.planned] == ["confirmation"]
    assert o.state("dora@caritas.de") == State.REGISTERED
    assert o.attendees["dora@caritas.de"].details_missing == ()


def test_an_option_of_someone_who_wrote_verbindlich_goes_to_staff_not_to_lapsed():
    o = Office(make_rules())
    send(o, "max@amt.de", Intent.PRE_REGISTRATION, EARLY)
    send(o, "max@amt.de", Intent.QUESTION, berlin(2025, 6, 1), binding=True,
         questions=("Reicht es, wenn ich mich verbindlich per Mail anmelde?",))
    o.days(date(2025, 6, 2), date(2025, 7, 10))
    assert o.state("max@amt.de") == State.OPTION and "lapsed" not in o.kinds("max@amt.de")
    assert "binding_open" in o.task_kinds("max@amt.de")


def test_an_option_without_a_binding_word_still_lapses():
    o = Office(make_rules())
    send(o, "old@amt.de", Intent.PRE_REGISTRATION, EARLY)
    o.days(date(2025, 7, 1), date(2025, 7, 6))
    assert o.state("old@amt.de") == State.LAPSED


def test_a_question_riding_along_is_a_task_and_the_reply_says_a_person_answers():
    o = Office(make_rules())
    d = send(o, "eva@kreis.de", Intent.PRE_REGISTRATION, EARLY, questions=("Gibt es Parkplätze?",))
    assert [p.kind for p in d.planned] == ["programme"]
    assert ctx(d.planned[0])["questions"] == ["Gibt es Parkplätze?"]
    (task,) = d.needs_human
    assert task.kind == "question" and "„Gibt es Parkplätze?“" in str(task.summary)
    d = send(o, "eva@kreis.de", Intent.CANCELLATION, berlin(2025, 5, 1),
             questions=("fallen Stornogebühren an?",))
    assert [p.kind for p in d.planned] == ["cancelled"] and o.state("eva@kreis.de") == State.CANCELLED
    assert [t.kind for t in d.needs_human] == ["question"]


def test_records_keep_the_new_fields_through_a_restart():
    o = Office(make_rules(), roundtrip=True)
    send(o, "dora@caritas.de", Intent.REGISTRATION, EARLY, missing=("invoice_address",),
         **{**COMPLETE, "invoice_address": None})
    dora = o.attendees["dora@caritas.de"]
    assert dora.binding_at == EARLY and dora.details_missing == ("invoice_address",)
    o.days(date(2025, 7, 3), date(2025, 7, 6))
    assert o.state("dora@caritas.de") == State.OPTION  # the mark survived every restart
