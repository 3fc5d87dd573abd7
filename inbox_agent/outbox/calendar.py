"""The event as an iCalendar file (RFC 5545), attached to the confirmation. The only
module that imports icalendar.

Why it looks like this:
- ``METHOD:PUBLISH`` (RFC 5546): the file is information, not an invitation, so mail
  programs offer "add to calendar" and send no acceptance back to the office (which
  would be one more mail for the loop guard to swallow).
- The times are local times with ``TZID=Europe/Berlin`` (the event's zone) and a
  ``VTIMEZONE`` for them in the file, so Outlook, Apple Calendar and Thunderbird show
  10:00 in Cologne as 10:00 in Cologne, whatever zone the reader's device is in. The
  VTIMEZONE covers only the years around the event: small, and exact for them.
- The ``UID`` depends only on the event's name and the office's domain: every
  confirmation of the same event carries the same UID, so a second confirmation (or one
  sent after the dates were corrected) updates the calendar entry instead of adding a
  second one.
- Without ``start_time``/``end_time`` in ``[event]`` the entry is an all-day event over
  the event's days.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, time, timedelta, timezone

from inbox_agent.errors import ConfigError
from inbox_agent.outbox.outbox import GeneratedAttachment
from inbox_agent.registrations import EventRules

PRODID = "-//VSOP e.V.//inbox-agent//DE"
CONTENT_TYPE = "text/calendar"


def _clock_time(value: str, key: str) -> time:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", value)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise ConfigError(
            f"[event] {key}: {value!r} is not a time of day; write it as \"HH:MM\", e.g. \"10:00\""
        )
    return time(int(match[1]), int(match[2]))


def event_uid(rules: EventRules) -> str:
    """The UID of the event's calendar entry: the same for every mail about this event."""
    digest = hashlib.sha256(rules.name.strip().lower().encode("utf-8")).hexdigest()[:24]
    return f"event-{digest}@{rules.message_id_domain}"


def calendar_filename(rules: EventRules) -> str:
    """A file name the reader recognises: the event's name, e.g. ``VSOP-Jahrestagung-2025.ics``."""
    slug = re.sub(r"[^0-9A-Za-zÄÖÜäöüß._-]+", "-", rules.name).strip("-._") or "veranstaltung"
    return f"{slug}.ics"


def event_span(rules: EventRules) -> tuple[datetime, datetime] | tuple[date, date]:
    """(start, end) of the entry: aware local datetimes, or dates for an all-day entry
    (the end date exclusive, as RFC 5545 wants it). Raises ``ConfigError`` for a time
    that cannot be read."""
    if rules.start_time.strip() and rules.end_time.strip():
        start = datetime.combine(rules.starts, _clock_time(rules.start_time, "start_time"), tzinfo=rules.tz)
        end = datetime.combine(rules.ends, _clock_time(rules.end_time, "end_time"), tzinfo=rules.tz)
        if end <= start:
            raise ConfigError(
                f"[event] end_time {rules.end_time!r} on {rules.ends} is not after start_time "
                f"{rules.start_time!r} on {rules.starts}: correct the times or the days"
            )
        return start, end
    return rules.starts, rules.ends + timedelta(days=1)


def event_ics(rules: EventRules, *, organizer_name: str, organizer_address: str,
              stamp: datetime) -> bytes:
    """The event as a complete iCalendar file (CRLF lines, UTF-8).

    ``stamp`` becomes DTSTAMP (when this copy was made): pass the time the mail is
    composed, so the same mail composed again is byte for byte the same.
    """
    # Imported when the first file is made: icalendar takes a quarter of a second to
    # import, which every start of `inbox-agent` would otherwise pay (BENCHMARKS.md).
    import icalendar

    start, end = event_span(rules)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("calscale", "GREGORIAN")
    ev = icalendar.Event()
    ev.add("uid", event_uid(rules))
    ev.add("dtstamp", stamp.astimezone(timezone.utc))
    ev.add("dtstart", start)
    ev.add("dtend", end)
    ev.add("summary", rules.name)
    if rules.title and rules.title != rules.name:
        ev.add("description", rules.title)
    ev.add("location", rules.venue)
    organizer = icalendar.vCalAddress(f"mailto:{organizer_address}")
    if organizer_name:
        organizer.params["cn"] = icalendar.vText(organizer_name)
    ev.add("organizer", organizer)
    ev.add("status", "CONFIRMED")
    ev.add("transp", "OPAQUE")
    ev.add("sequence", 0)
    cal.add_component(ev)
    if isinstance(start, datetime):
        # Only the years around the event: a short VTIMEZONE that is exact for them.
        cal.add_missing_timezones(first_date=date(rules.starts.year - 1, 1, 1),
                                  last_date=date(rules.ends.year + 2, 1, 1))
    return cal.to_ical()


def _dtstamp_line(stamp: datetime) -> bytes:
    """The DTSTAMP property as icalendar writes it (UTC, whole seconds)."""
    return b"\r\nDTSTAMP:" + stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ").encode() + b"\r\n"


def calendar_attachment(rules: EventRules, *, organizer_name: str,
                        organizer_address: str) -> GeneratedAttachment:
    """The .ics attachment for the outbox (made afresh, with DTSTAMP = the compose time,
    for each mail). Checks the event's times now, so a wrong ``[event] start_time``
    stops the program at start, not at the first confirmation."""
    event_span(rules)
    first: list[tuple[bytes, bytes]] = []  # (DTSTAMP line, the whole file), made once

    def make(now: datetime) -> bytes:
        # Only DTSTAMP differs from one mail to the next; building the file (above all
        # its VTIMEZONE) costs milliseconds per confirmation, so it is built once and
        # the stamp replaced (tests check this is byte for byte what event_ics makes).
        if not first:
            data = event_ics(rules, organizer_name=organizer_name,
                             organizer_address=organizer_address, stamp=now)
            first.append((_dtstamp_line(now), data))
        line, data = first[0]
        if line not in data:  # not the expected form: never send a stale stamp
            return event_ics(rules, organizer_name=organizer_name,
                             organizer_address=organizer_address, stamp=now)
        return data.replace(line, _dtstamp_line(now), 1)

    return GeneratedAttachment(
        filename=calendar_filename(rules),
        content_type=CONTENT_TYPE,
        make=make,
        flag="calendar_attached",
        params=(("method", "PUBLISH"),),
    )


__all__ = ["calendar_attachment", "event_ics", "event_uid", "event_span", "calendar_filename", "CONTENT_TYPE", "PRODID"]
