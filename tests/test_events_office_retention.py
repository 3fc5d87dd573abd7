"""Retention (issue 14, GDPR Art. 5(1)(e)): a past event's personal data is erased by
the daemon on its day, once, against the clock; anonymous counts stay; an open event
is never touched; the erasure survives a restart and is not repeated."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from inbox_agent.clock import FixedClock
from inbox_agent.office import retention
from inbox_agent.office.forget import ERASED
from inbox_agent.registrations import Attendee, EventRules, State
from inbox_agent.registrations.events import Events
from inbox_agent.store.db import Store
from inbox_agent.store.events import BACKUP_SUFFIX, attendee_key, migrate, note_event

BERLIN = ZoneInfo("Europe/Berlin")
LAST = EventRules(
    id="jt2025", name="VSOP-Jahrestagung 2025", title="Sozialplanung", starts=date(2025, 9, 25),
    ends=date(2025, 9, 26), venue="Köln", capacity=60,
    pre_registration_deadline=date(2025, 6, 2), registration_deadline=date(2025, 7, 4))
NEXT = EventRules(
    id="jt2026", name="VSOP-Jahrestagung 2026", title="Sozialplanung", starts=date(2026, 11, 24),
    ends=date(2026, 11, 25), venue="Leipzig", capacity=80,
    pre_registration_deadline=date(2026, 10, 1), registration_deadline=date(2026, 11, 2))
ANNA = "anna.schmidt@stadt-musterhausen.de"  # on both lists
BERND = "bernd.weber@kreis-beispiel.de"  # only last year's
CLARA = "clara.vogel@landkreis-nord.de"  # only next year's


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN).astimezone(timezone.utc)


def person(email: str, state: State, **fields) -> Attendee:
    return Attendee(email=email, state=state, **fields).moved(state, local(2025, 5, 2, 9), "mail:x")


def put_attendee(store: Store, event: str, a: Attendee) -> None:
    store.put("attendees", {"key": attendee_key(store, event, a.email), "event": event,
                            **a.to_dict()})


def seeded(path) -> Store:
    """A store holding last year's conference (the home event) and next year's."""
    store = Store(path).open()
    migrate(store, LAST.id, local(2025, 5, 1, 9).isoformat())
    note_event(store, NEXT.id)
    put_attendee(store, LAST.id, person(ANNA, State.PAID, name="Anna Schmidt", member=True))
    put_attendee(store, LAST.id, person(BERND, State.REGISTERED, name="Bernd Weber",
                                        member=False, persons=2, organization="Kreis Beispiel"))
    put_attendee(store, LAST.id, person("x@y.de", State.CANCELLED, name="Xaver"))
    put_attendee(store, NEXT.id, person(ANNA, State.OPTION, name="Anna Schmidt", member=True))
    put_attendee(store, NEXT.id, person(CLARA, State.OPTION, name="Clara Vogel"))
    at = local(2025, 6, 1, 10).isoformat()
    for n, (event, sender) in enumerate([(LAST.id, BERND), (LAST.id, ANNA), (NEXT.id, CLARA),
                                         ("", BERND), ("", CLARA)]):
        store.put("messages", {"key": f"<m{n}@x>", "event": event, "from": f"X <{sender}>",
                               "email": sender, "subject": f"Anmeldung {sender}",
                               "excerpt": "Sehr geehrte ...", "fields": {"name": "Name"},
                               "handled_at": at, "received_at": at, "intent": "registration",
                               "notes": [], "rules": [], "replies": []})
    for n, (event, to) in enumerate([(LAST.id, BERND), (NEXT.id, CLARA)]):
        store.put("outbox", {"key": f"<o{n}@vsop.de>", "event": event, "kind": "confirmation",
                             "to": to, "to_name": "X", "cc": [], "context": {"name": to},
                             "subject_hint": "", "status": "sent", "created_at": at,
                             "sent_at": at})
    for event, email in [(LAST.id, BERND), (NEXT.id, CLARA)]:
        store.put("meta", {"key": f"task:<t>:question:{email}", "kind": "task", "event": event,
                           "task": "question", "email": email, "summary": "Frage",
                           "at": at, "done": False})
    store.commit()
    return store


def test_the_day_of_erasure_is_the_retention_after_the_end():
    assert retention.erase_on(LAST) == date(2026, 9, 26)
    assert retention.add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert retention.add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)


def test_a_past_event_is_erased_on_its_day_once_counts_kept_the_open_one_untouched(
        tmp_path, caplog):
    store = seeded(tmp_path / "store.json")
    events = Events.of(NEXT)  # this year's config names only next year's conference
    clock = FixedClock(local(2026, 9, 25, 23, 59))
    retention.remember(store, Events.of(LAST))  # what the daemon saw last season
    store.commit()

    assert retention.run_due(store, events, clock.now()) == []  # the day before: nothing
    assert store.get("attendees", BERND) is not None

    clock.set(local(2026, 9, 26, 0, 15))
    with caplog.at_level(logging.WARNING, logger="inbox_agent.office.retention"):
        [made] = retention.run_due(store, events, clock.now())
    assert "jt2025" in caplog.text and "erased" in caplog.text

    # Last year's list is gone; next year's (Anna again, Clara) is intact.
    assert list(retention.records_of(store, "attendees", LAST.id)) == []
    assert {r["email"] for r in retention.records_of(store, "attendees", NEXT.id)} == {ANNA, CLARA}
    # The mails of last year keep their keys, not their contents; next year's are intact.
    m0, m2 = store.get("messages", "<m0@x>"), store.get("messages", "<m2@x>")
    assert m0["from"] == ERASED and m0["fields"] == {} and m0["email"] == ""
    assert m2["from"] == f"X <{CLARA}>"
    # A mail routed to no event that names Bernd (on no other list) is blanked; one
    # naming Clara (on next year's list) is not.
    assert store.get("messages", "<m3@x>")["from"] == ERASED
    assert store.get("messages", "<m4@x>")["from"] == f"X <{CLARA}>"
    assert store.get("outbox", "<o0@vsop.de>")["to"] == ERASED
    assert store.get("outbox", "<o1@vsop.de>")["to"] == CLARA
    assert store.get("meta", f"task:<t>:question:{BERND}") is None
    assert store.get("meta", f"task:<t>:question:{CLARA}") is not None

    # Anonymous counts stay, and the event is "erased" from now on.
    kept = made["counts"]
    assert (kept["records"], kept["persons"], kept["registered"], kept["paid"],
            kept["cancelled"], kept["members"], kept["non_members"]) == (3, 4, 3, 1, 1, 1, 2)
    [last, nxt] = sorted(retention.overview(store, events, clock.now()), key=lambda v: v.id)
    assert (last.stage, last.erased_at, last.counts["registered"]) == ("erased", made["at"], 3)
    assert nxt.stage == "open" and nxt.counts["records"] == 2

    # Run again (the due jobs run every few minutes): nothing more happens.
    clock.advance(timedelta(days=30))
    assert retention.run_due(store, events, clock.now()) == []
    assert store.get("meta", "retention:jt2025")["at"] == made["at"]
    store.close()


def test_the_erasure_survives_a_restart_no_file_keeps_the_data_and_it_is_not_repeated(tmp_path):
    path = tmp_path / "store.json"
    store = seeded(path)
    store.write_copy(path.with_name(path.name + BACKUP_SUFFIX))  # as the migration leaves it
    events = Events.of(LAST, NEXT)
    now = local(2026, 10, 1, 9)  # the daemon was down on the day: it catches up
    [made] = retention.run_due(store, events, now)
    store.close()

    for file in tmp_path.iterdir():
        if file.is_file() and not file.name.endswith(".lock"):
            assert BERND not in file.read_text(errors="replace"), file.name
    assert not path.with_name(path.name + BACKUP_SUFFIX).exists()

    again = Store(path).open()  # the daemon restarts
    assert again.get("meta", "retention:jt2025")["rewritten"] is True
    assert retention.run_due(again, events, now + timedelta(days=1)) == []
    assert again.get("meta", "retention:jt2025")["at"] == made["at"]
    assert again.get("attendees", attendee_key(again, NEXT.id, ANNA))["state"] == "option"
    again.close()


def test_nothing_is_erased_for_an_event_that_is_open_or_not_yet_due(tmp_path):
    store = seeded(tmp_path / "store.json")
    events = Events.of(LAST, NEXT)
    # Years after next year's deadlines but with the 2026 event not past: only 2025 goes.
    views = {v.id: v for v in retention.overview(store, events, local(2026, 11, 24, 12))}
    assert views["jt2026"].stage == "closed"
    assert views["jt2026"].erase_on == date(2027, 11, 25)
    assert views["jt2026"].would_erase == {"attendees": 2, "messages": 1, "outbox": 1, "tasks": 1}
    before = {r["key"]: r for r in retention.records_of(store, "attendees", NEXT.id)}
    retention.run_due(store, events, local(2026, 11, 24, 12))
    assert {r["key"]: r for r in retention.records_of(store, "attendees", NEXT.id)} == before
    # Past, but not yet its day: kept.
    assert retention.run_due(store, events, local(2027, 11, 24, 12)) == []
    assert len(list(retention.records_of(store, "attendees", NEXT.id))) == 2
    store.close()


def test_the_digest_is_told_from_fourteen_days_before():
    past = EventRules(**{**{f: getattr(LAST, f) for f in (
        "id", "name", "title", "starts", "ends", "venue", "capacity",
        "pre_registration_deadline", "registration_deadline")}})
    view = lambda now: retention.EventView(  # noqa: E731
        past, "past", True, retention.erase_on(past),
        (retention.erase_on(past) - past.local_date(now)).days)
    assert retention.notices([view(local(2026, 9, 11, 9))]) == []
    [notice] = retention.notices([view(local(2026, 9, 12, 9))])
    assert notice.days_to_erasure == 14


def test_the_daemon_s_due_jobs_erase_a_past_event_once_and_not_again_after_a_restart(tmp_path):
    from contextlib import contextmanager
    from pathlib import Path

    from inbox_agent.app.bootstrap import bootstrap
    from inbox_agent.app.pipeline import run_due_jobs
    from inbox_agent.config import load_config

    root = Path(__file__).resolve().parent.parent
    store = seeded(tmp_path / "store.json")
    retention.remember(store, Events.of(LAST))  # the daemon saw it last season
    store.commit()
    store.close()
    config = tmp_path / "config.toml"  # this season: next year's conference only
    config.write_text(f"""
[office]
address = "tagung@vsop.de"
name = "VSOP"
[imap]
host = "127.0.0.1"
username = "tagung@vsop.de"
[smtp]
host = "127.0.0.1"
[storage]
path = "{tmp_path / 'store.json'}"
[replies]
templates = "{root / 'templates'}"
rules = "{root / 'rules'}"
[event]
id = "jt2026"
name = "VSOP-Jahrestagung 2026"
title = "Sozialplanung"
starts = 2026-11-24
ends = 2026-11-25
venue = "Leipzig"
capacity = 80
[deadlines]
pre_registration = 2026-10-01
registration = 2026-11-02
""", encoding="utf-8")

    @contextmanager
    def no_server():
        raise AssertionError("no server is needed")
        yield

    def due_jobs_at(at: datetime) -> Store:
        services = bootstrap(load_config(config), clock=FixedClock(at),
                             open_mailbox=no_server, open_sender=no_server)
        with services.store.exclusive():
            run_due_jobs(services)
        return services.store

    daemon = due_jobs_at(local(2026, 9, 25, 12))  # the day before: nothing
    assert daemon.get("attendees", BERND) is not None
    assert daemon.get("meta", "retention:jt2025") is None
    daemon.close()
    daemon = due_jobs_at(local(2026, 9, 26, 8, 15))
    done = daemon.get("meta", "retention:jt2025")
    assert done is not None and done["counts"]["registered"] == 3
    assert daemon.get("attendees", BERND) is None
    daemon.close()
    daemon = due_jobs_at(local(2026, 10, 3, 8))  # restarted a week later
    assert daemon.get("meta", "retention:jt2025")["at"] == done["at"]
    assert daemon.get("attendees", attendee_key(daemon, NEXT.id, ANNA)) is not None
    daemon.close()


def test_forget_erases_the_person_s_record_in_every_event(tmp_path):
    from inbox_agent.office.forget import forget

    store = seeded(tmp_path / "store.json")
    store.close()
    store = Store(tmp_path / "store.json").open(hold=False)
    counts = forget(store, ANNA, local(2026, 1, 5, 9))
    assert counts["attendee"] == 2
    assert [r for r in store.all("attendees") if r["email"] == ANNA] == []
    assert store.get("messages", "<m1@x>")["from"] == ERASED
    assert {r["email"] for r in store.all("attendees")} == {BERND, "x@y.de", CLARA}
    store.close()
