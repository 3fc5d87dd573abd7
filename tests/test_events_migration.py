"""A store written by the release before events (tests/fixtures/store-v1, made by
tests/fixtures/make_store_v1.py with that release's code) is migrated at the first
start: a backup copy beside it first, then every record kept, given the configured
event; nothing is answered again (issue 14)."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once, run_due_jobs
from inbox_agent.app.season import MemoryMailbox, RecordingSender, load_season
from inbox_agent.clock import FixedClock
from inbox_agent.config import Storage, load_config
from inbox_agent.errors import ConfigError
from inbox_agent.mail.mailbox import FolderInfo
from inbox_agent.model import RawMessage
from inbox_agent.office.staff import list_rows, show
from inbox_agent.store.db import Store
from inbox_agent.store.events import BACKUP_SUFFIX, home_event, records_of
from inbox_agent.store.tasks import task_records

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "store-v1"
SEASON = HERE / "seasons"
THE_EVENT = "vsop-jahrestagung-2025"  # [event] of binding.toml has no id: name and year
TABLES = ("attendees", "messages", "outbox", "meta", "folders", "invitees", "optouts")


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "store"
    shutil.copytree(FIXTURE, target)
    return target / "inbox-agent.json"


def _read(path: Path) -> dict[str, dict[str, dict]]:
    with Store(path, lock=False, persist=False) as store:
        return {t: {r["key"]: r for r in store.all(t)} for t in TABLES}


def _config(store_path: Path, text: str | None = None, tmp_path: Path | None = None):
    source = SEASON / "binding.toml"
    if text is not None:
        source = tmp_path / "seasons" / "binding-events.toml"
        source.parent.mkdir(exist_ok=True)
        source.write_text(text, encoding="utf-8")
    config = load_config(source)
    return config.model_copy(update={"storage": Storage(path=store_path)})


class _RecreatedFolder(MemoryMailbox):
    """The inbox after the folder was recreated (a new UIDVALIDITY): every mail of the
    season is read again, as after a restore or a mail server move."""

    def deliver(self, data: bytes, arrives: datetime) -> int:
        uid = len(self.messages) + 1
        self.messages[uid] = RawMessage(self.folder, 77, uid, arrives, len(data), data)
        return uid

    def select(self, folder: str) -> FolderInfo:
        return FolderInfo(name=folder, uidvalidity=77, uidnext=len(self.messages) + 1,
                          exists=len(self.messages), keywords_allowed=True)


def _wire(config, at: datetime):
    clock = FixedClock(at)
    box = _RecreatedFolder(config.imap.folder)
    sender = RecordingSender(clock, None, "Europe/Berlin")

    @contextmanager
    def mailbox():
        yield box

    @contextmanager
    def smtp():
        yield sender

    services = bootstrap(config, clock=clock, open_mailbox=mailbox, open_sender=smtp)
    return services, box, sender


AT = datetime.fromisoformat("2025-07-10T16:00:00+00:00")  # where the fixture's season stopped


def test_the_fixture_is_a_store_from_before_events():
    before = _read(FIXTURE / "inbox-agent.json")
    assert len(before["attendees"]) == 7 and len(before["messages"]) == 9
    assert len(before["outbox"]) == 21
    assert not any("event" in r for t in ("attendees", "messages", "outbox") for r in before[t].values())
    assert "events" not in before["meta"]


def test_every_record_survives_the_migration_and_the_backup_is_left_beside_it(tmp_path):
    path = _copy(tmp_path)
    before = _read(path)
    services, _box, sender = _wire(_config(path), AT)
    try:
        assert home_event(services.store) == THE_EVENT
        for table in ("attendees", "messages", "outbox"):
            after = {r["key"]: r for r in services.store.all(table)}
            assert set(after) == set(before[table]), table
            for key, record in before[table].items():
                assert after[key] == {**record, "event": THE_EVENT}, (table, key)
        tasks = list(task_records(services.store))
        assert tasks and all(t["event"] == THE_EVENT for t in tasks)
        rows = list_rows(services.store, services.event)
        assert sorted(r["email"] for r in rows) == sorted(before["attendees"])
        anna = next(k for k in before["attendees"] if k.startswith("anna.weber"))
        shown = show(services.store, anna, services.event, AT)
        assert shown["record"] == {k: v for k, v in before["attendees"][anna].items() if k != "key"}
        assert [e["event"] for e in shown["events"]] == [THE_EVENT]
    finally:
        services.store.close()
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    assert backup.exists()
    assert _read(backup) == before  # the store as the old release left it, whole
    assert sender.sent == []


def test_nothing_is_answered_twice_after_the_migration(tmp_path):
    path = _copy(tmp_path)
    config = _config(path)
    services, box, sender = _wire(config, AT)
    try:
        outbox_before = services.store.count("outbox")
        for mail in load_season(SEASON / "binding", services.event.tz):
            box.deliver(mail.data, mail.arrives)
        report = poll_once(services)
        run_due_jobs(services)
        assert len(report.handled) == 9 and {h.intent for h in report.handled} == {"duplicate"}
        assert sender.sent == [] and services.store.count("outbox") == outbox_before
    finally:
        services.store.close()
    # A second start migrates nothing and leaves the backup as it was.
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    written = backup.stat().st_mtime_ns
    services, _box, sender = _wire(config, AT)
    services.store.close()
    assert backup.stat().st_mtime_ns == written and sender.sent == []


TWO_EVENTS = """
[[event]]
id = "jt2025"
name = "VSOP-Jahrestagung 2025"
title = "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
starts = 2025-09-25
ends = 2025-09-26
venue = "Köln"
capacity = 20

[[event]]
id = "ws2025"
name = "Werkstatt Datenschutz"
title = "Datenschutz in der kommunalen Planung"
starts = 2025-11-12
ends = 2025-11-12
venue = "Kassel"
capacity = 15

[event.deadlines]
pre_registration = 2025-10-01
registration = 2025-10-20
"""


def test_with_several_events_an_old_store_belongs_to_the_first(tmp_path):
    text = (SEASON / "binding.toml").read_text(encoding="utf-8")
    start, end = text.index("[event]"), text.index("[fees]")
    text = text[:start] + text[end:] + TWO_EVENTS
    text = text.replace('"../../', f'"{HERE.parent}/')  # the paths, from tmp_path
    path = _copy(tmp_path)
    before = _read(path)
    services, _box, _sender = _wire(_config(path, text, tmp_path), AT)
    try:
        assert [r.id for r in services.events] == ["jt2025", "ws2025"]
        first = {r["key"] for r in records_of(services.store, "attendees", "jt2025")}
        assert first == set(before["attendees"])
        assert list(records_of(services.store, "attendees", "ws2025")) == []
    finally:
        services.store.close()


def test_a_new_store_is_not_backed_up(tmp_path):
    path = tmp_path / "new" / "inbox-agent.json"
    services, _box, _sender = _wire(_config(path), AT)
    services.store.close()
    assert not path.with_name(path.name + BACKUP_SUFFIX).exists()
    with Store(path, lock=False, persist=False) as store:
        assert home_event(store) == THE_EVENT


def test_each_event_table_needs_an_id(tmp_path):
    text = (SEASON / "binding.toml").read_text(encoding="utf-8")
    start, end = text.index("[event]"), text.index("[fees]")
    text = text[:start] + text[end:] + TWO_EVENTS.replace('id = "ws2025"\n', "")
    source = tmp_path / "c.toml"
    source.write_text(text.replace('"../../', f'"{HERE.parent}/'), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(source)
    assert "[[event]] number 2" in str(err.value) and "needs an id" in str(err.value)
