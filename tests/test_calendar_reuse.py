"""The .ics attachment is built once per process and only its DTSTAMP changes per mail:
what it returns must be byte for byte what a fresh build gives (BENCHMARKS.md: building
the file cost milliseconds per confirmation)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from inbox_agent.config import load_config
from inbox_agent.outbox.calendar import calendar_attachment, event_ics
from inbox_agent.registrations import EventRules

ROOT = Path(__file__).resolve().parents[1]
NAME, ADDRESS = "VSOP e.V. Geschäftsstelle", "geschaeftsstelle@vsop.de"


def test_each_mail_gets_the_file_a_fresh_build_gives_with_its_own_stamp():
    rules = EventRules.from_config(load_config(ROOT / "config.toml"))
    make = calendar_attachment(rules, organizer_name=NAME, organizer_address=ADDRESS).make
    first = datetime(2025, 5, 6, 8, 0, 0, 123456, tzinfo=UTC)
    stamps = [first, first + timedelta(seconds=1), first + timedelta(days=40, hours=17),
              datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC), first]
    for stamp in stamps:
        fresh = event_ics(rules, organizer_name=NAME, organizer_address=ADDRESS, stamp=stamp)
        assert make(stamp) == fresh
    assert make(stamps[1]) != make(stamps[2])
