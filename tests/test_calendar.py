"""The event as an iCalendar file, and the confirmation that carries it."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from test_registrations_support import Office, berlin

from inbox_agent.config import load_config
from inbox_agent.errors import ConfigError
from inbox_agent.model import Intent, PlannedMail
from inbox_agent.outbox.calendar import (
    calendar_attachment,
    calendar_filename,
    event_ics,
    event_uid,
)
from inbox_agent.outbox.facts import base_context
from inbox_agent.outbox.outbox import Outbox
from inbox_agent.outbox.templates import Templates
from inbox_agent.registrations import EventRules

ROOT = Path(__file__).resolve().parents[1]
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 5, 6, 8, 0, tzinfo=UTC)
FORM = dict(member=True, invoice_address="Marktplatz 1, 12345 Musterhausen", payment_agreement=True)


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "config.toml")


@pytest.fixture(scope="module")
def rules(config):
    return EventRules.from_config(config)


def ics(rules: EventRules, stamp: datetime = NOW) -> bytes:
    return event_ics(rules, organizer_name="VSOP e.V. Geschäftsstelle",
                     organizer_address="geschaeftsstelle@vsop.de", stamp=stamp)


def test_the_event_in_cologne_time_with_its_time_zone(rules):
    data = ics(rules)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # CRLF lines only
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["METHOD"]) == "PUBLISH" and str(cal["VERSION"]) == "2.0"
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Berlin"
    [event] = cal.walk("VEVENT")
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    # 10:00 to 14:00 in Cologne, whatever zone the reader is in (CEST in September: UTC+2).
    assert start == datetime(2025, 9, 25, 10, 0, tzinfo=BERLIN)
    assert end == datetime(2025, 9, 26, 14, 0, tzinfo=BERLIN)
    assert start.astimezone(UTC) == datetime(2025, 9, 25, 8, 0, tzinfo=UTC)
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert str(event["SUMMARY"]) == "VSOP-Jahrestagung 2025"
    assert str(event["LOCATION"]) == "Köln"
    assert "Integrierte Sozialplanung" in str(event["DESCRIPTION"])
    assert str(event["ORGANIZER"]) == "mailto:geschaeftsstelle@vsop.de"
    assert event["DTSTAMP"].dt == NOW


def test_the_uid_is_stable_for_the_event_and_differs_between_events(rules):
    later = datetime(2025, 7, 1, 12, 0, tzinfo=UTC)
    uid = str(icalendar.Calendar.from_ical(ics(rules)).walk("VEVENT")[0]["UID"])
    assert uid == str(icalendar.Calendar.from_ical(ics(rules, later)).walk("VEVENT")[0]["UID"])
    assert uid == event_uid(rules) and uid.endswith("@vsop.de")
    # Corrected dates keep the UID (the calendar entry is updated, not doubled) ...
    moved = replace(rules, starts=date(2025, 9, 26), ends=date(2025, 9, 27))
    assert event_uid(moved) == uid
    # ... next year's conference is another entry.
    assert event_uid(replace(rules, name="VSOP-Jahrestagung 2026")) != uid
    assert calendar_filename(rules) == "VSOP-Jahrestagung-2025.ics"


def test_without_times_it_is_an_all_day_entry(rules):
    allday = replace(rules, start_time="", end_time="")
    [event] = icalendar.Calendar.from_ical(ics(allday)).walk("VEVENT")
    assert event["DTSTART"].dt == date(2025, 9, 25)
    assert event["DTEND"].dt == date(2025, 9, 27)  # exclusive: both days


@pytest.mark.parametrize("start,end,words", [
    ("10 Uhr", "14:00", "start_time"),
    ("10:00", "25:00", "end_time"),
])
def test_a_time_that_cannot_be_read_stops_the_start_with_the_key(rules, start, end, words):
    with pytest.raises(ConfigError, match=words) as info:
        calendar_attachment(replace(rules, start_time=start, end_time=end),
                            organizer_name="x", organizer_address="x@vsop.de")
    assert "HH:MM" in str(info.value)


def test_an_end_before_the_start_is_refused(rules):
    same_day = replace(rules, ends=rules.starts, start_time="14:00", end_time="10:00")
    with pytest.raises(ConfigError, match="not after"):
        calendar_attachment(same_day, organizer_name="x", organizer_address="x@vsop.de")


def _outbox(config, rules) -> Outbox:
    attachment = calendar_attachment(rules, organizer_name=config.office.name,
                                     organizer_address=config.office.address)
    return Outbox(config.office, Templates(config.replies.templates), config.replies.attachments,
                  base_context(config, rules), generated={"confirmation": [attachment]})


def _planned(rules: EventRules, kind: str, language: str) -> PlannedMail:
    o = Office(replace(rules, capacity=1))
    o.mail("anna@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 10), name="Anna Schmidt", language=language)
    o.mail("dora@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 11), name="Dora Klein", language=language)
    o.mail("anna@x.de", Intent.REGISTRATION, berlin(2025, 5, 6), name="Anna Schmidt", language=language, **FORM)
    return next(p for _, p in o.sent if p.kind == kind)


@pytest.mark.parametrize("language,sentence", [
    ("de", "Einen Kalendereintrag für die Tagung finden Sie im Anhang."),
    ("en", "A calendar entry for the conference is attached."),
])
def test_the_confirmation_carries_the_ics_and_says_so(config, rules, language, sentence):
    out = _outbox(config, rules).compose(_planned(rules, "confirmation", language), NOW)
    msg = email.message_from_bytes(out.data, policy=email.policy.default)
    [part] = [p for p in msg.iter_attachments() if p.get_filename().endswith(".ics")]
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "PUBLISH"
    assert part.get_filename() == "VSOP-Jahrestagung-2025.ics"
    [event] = icalendar.Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
    assert event["DTSTART"].dt == datetime(2025, 9, 25, 10, 0, tzinfo=BERLIN)
    assert event["DTSTAMP"].dt == NOW
    assert sentence in msg.get_body(("plain",)).get_content()
    assert sentence.split(".")[0] in msg.get_body(("html",)).get_content()


def test_other_mails_carry_no_ics_and_do_not_mention_one(config, rules):
    outbox = _outbox(config, rules)
    for kind in ("programme", "waitlisted"):
        out = outbox.compose(_planned(rules, kind, "de"), NOW)
        msg = email.message_from_bytes(out.data, policy=email.policy.default)
        assert not [p for p in msg.iter_attachments() if p.get_content_type() == "text/calendar"]
        assert "Kalendereintrag" not in msg.get_body(("plain",)).get_content()


def test_the_same_confirmation_composed_twice_carries_the_same_ics(config, rules):
    planned = _planned(rules, "confirmation", "de")
    outbox = _outbox(config, rules)

    def ics_of(data: bytes) -> bytes:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        [part] = [p for p in msg.iter_attachments() if p.get_content_type() == "text/calendar"]
        return part.get_payload(decode=True)

    assert ics_of(outbox.compose(planned, NOW).data) == ics_of(outbox.compose(planned, NOW).data)


def test_the_promotion_carries_programme_and_form_and_says_so(config, rules):
    o = Office(replace(rules, capacity=1))
    o.mail("anna@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 10), name="Anna Schmidt")
    o.mail("dora@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 11), name="Dora Klein")
    o.mail("anna@x.de", Intent.CANCELLATION, berlin(2025, 5, 6))
    promoted = next(p for _, p in o.sent if p.kind == "promoted")
    out = _outbox(config, rules).compose(promoted, NOW)
    msg = email.message_from_bytes(out.data, policy=email.policy.default)
    names = sorted(p.get_filename() for p in msg.iter_attachments())
    assert names == ["anmeldeformular-2025.pdf", "programm-2025.pdf"]
    text = msg.get_body(("plain",)).get_content()
    assert "Tagungsprogramm und das Anmeldeformular finden Sie im Anhang" in text
    assert "schicken es Ihnen gern noch einmal" not in text
