"""Each mail to its event, never a guess (registrations.routing, understanding.events),
and what a returning attendee's record tells (registrations.known) (issue 14)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from inbox_agent.model import Fields, Intent
from inbox_agent.registrations import Attendee, EventRules, State
from inbox_agent.registrations.events import Events, stage
from inbox_agent.registrations.known import known_with_records
from inbox_agent.registrations.routing import route
from inbox_agent.understanding.events import named_events


def _rules(id_: str, name: str, title: str, starts: date, venue: str, pre: date, reg: date) -> EventRules:
    return EventRules(id=id_, name=name, title=title, starts=starts, ends=starts, venue=venue,
                      capacity=20, pre_registration_deadline=pre, registration_deadline=reg)


CONFERENCE = _rules("jt2026", "VSOP-Jahrestagung 2026", "Integrierte Sozialplanung zwischen "
                    "Anspruch und Praxis", date(2026, 9, 24), "Köln", date(2026, 6, 1),
                    date(2026, 7, 3))
WORKSHOP = _rules("ws2026", "VSOP-Werkstatt Datenschutz", "Datenschutz in der kommunalen "
                  "Planung", date(2026, 3, 12), "Kassel", date(2026, 2, 1), date(2026, 2, 20))
LAST_YEAR = _rules("jt2025", "VSOP-Jahrestagung 2025", "Integrierte Sozialplanung zwischen "
                   "Anspruch und Praxis", date(2025, 9, 25), "Köln", date(2025, 6, 2),
                   date(2025, 7, 4))
BOTH = Events.of(CONFERENCE, WORKSHOP)
JANUARY = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("subject, text, named", [
    ("Anmeldung", "Hiermit melde ich mich zur Werkstatt an.", ("ws2026",)),
    ("Anmeldung Jahrestagung", "Ich komme gern.", ("jt2026",)),
    ("Anmeldung", "Ich komme am 12.03. nach Kassel.", ("ws2026",)),
    ("Anmeldung", "Ich komme am 24. September.", ("jt2026",)),
    ("VSOP", "Ich möchte mich anmelden. 2026 passt gut.", ()),  # both are VSOP's, both in 2026
    ("Frage", "Gibt es Parkplätze?", ()),
    ("Frage", "Wie halten Sie es mit der Sozialplanung?", ()),  # one title word is not enough
    ("Anmeldung", "Sozialplanung zwischen Anspruch und Praxis: da will ich hin.", ("jt2026",)),
    ("Beides", "Werkstatt und Jahrestagung, bitte.", ("jt2026", "ws2026")),
])
def test_what_names_an_event(subject, text, named):
    assert named_events(subject, text, BOTH.all) == named


def test_the_year_tells_this_years_conference_from_next_years():
    seasons = (LAST_YEAR, CONFERENCE)
    assert named_events("Anmeldung", "zur Jahrestagung 2026", seasons) == ("jt2026",)
    assert named_events("Anmeldung", "zur Jahrestagung", seasons) == ()


def _route(intent=Intent.PRE_REGISTRATION, *, thread=None, named=(), records=None, at=JANUARY,
           events=BOTH):
    return route(events, at, intent, thread=thread, named=named, records=records or {})


def test_one_event_takes_every_mail():
    assert _route(events=Events.of(CONFERENCE)).event == "jt2026"
    assert _route(Intent.QUESTION, events=Events.of(CONFERENCE), at=datetime(2027, 1, 1, tzinfo=UTC)).event == "jt2026"


def test_a_reply_belongs_to_the_mail_it_answers_unless_it_names_another_event():
    assert _route(thread="ws2026", named=()).how == "thread"
    assert _route(thread="ws2026", named=("ws2026",)).event == "ws2026"
    assert _route(thread="ws2026", named=("jt2026",)).event == "jt2026"
    after = datetime(2026, 4, 1, tzinfo=UTC)  # the workshop is past: its thread counts no more
    assert stage(WORKSHOP, after) == "past"
    assert _route(thread="ws2026", at=after).event == "jt2026"


def test_a_mail_naming_one_event_or_several():
    assert _route(named=("jt2026",)).event == "jt2026"
    found = _route(named=("jt2026", "ws2026"))
    assert found.event is None and found.how == "ambiguous"


def test_the_writers_list_counts_for_everything_but_a_pre_registration():
    option = Attendee(email="a@x.de", state=State.OPTION)
    records = {"ws2026": option, "jt2026": None}
    assert _route(Intent.CANCELLATION, records=records).event == "ws2026"
    assert _route(Intent.REGISTRATION, records=records).event == "ws2026"
    assert _route(Intent.PRE_REGISTRATION, records=records).event is None
    gone = {"ws2026": Attendee(email="a@x.de", state=State.CANCELLED)}
    assert _route(Intent.CANCELLATION, records=gone).event is None


def test_only_one_event_taking_registrations_takes_the_rest():
    march = datetime(2026, 3, 1, tzinfo=UTC)  # the workshop's registration has closed
    assert [r.id for r in BOTH.taking_registrations(march)] == ["jt2026"]
    assert _route(at=march).event == "jt2026" and _route(at=march).how == "only"
    assert _route(at=JANUARY).event is None and _route(at=JANUARY).how == "unknown"


def test_last_seasons_record_is_known_but_the_mails_win():
    last = Attendee(email="a@x.de", state=State.PAID, organization="Stadt Nordheim", member=True,
                    invoice_address="Stadt Nordheim, Markt 1").moved(
        State.PAID, datetime(2025, 5, 1, tzinfo=UTC), "mail:x")
    known = known_with_records(Fields(organization="Kreis Süd"), [last])
    assert known.organization == "Kreis Süd" and known.member is True
    assert known.invoice_address == "Stadt Nordheim, Markt 1"
    assert known_with_records(None, []) is None
