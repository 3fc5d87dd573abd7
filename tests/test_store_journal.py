"""The store's journal: a commit costs the size of its change, not of the history;
crashes and damage are handled as the snapshot's are."""

from __future__ import annotations

import os
import stat

import pytest

from inbox_agent.errors import StoreError
from inbox_agent.store import db as store_module
from inbox_agent.store.db import Store


def _journal(path):
    return path.with_name(path.name + ".journal")


def _fill(store: Store, n: int, prefix: str = "m") -> None:
    for i in range(n):
        store.put("messages", {"key": f"<{prefix}{i}@x>", "excerpt": "x" * 300})
    store.commit()


def test_a_commit_appends_its_change_and_leaves_the_snapshot_alone(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        _fill(store, 2000)  # the first commit writes the snapshot
        snapshot = path.read_bytes()
        before = _journal(path).stat().st_size
        store.put("attendees", {"key": "a@x.de", "state": "option"})
        store.commit()
        grown = _journal(path).stat().st_size - before
        assert path.read_bytes() == snapshot
        assert 0 < grown < 200  # one small line, however large the history
    with Store(path) as store:
        assert store.get("attendees", "a@x.de") == {"key": "a@x.de", "state": "option"}
        assert store.count("messages") == 2000


def test_updates_and_deletes_replay_in_order(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("meta", {"key": "first"})
        store.commit()
        store.put("attendees", {"key": "a@x.de", "state": "option"})
        store.put("attendees", {"key": "b@x.de", "state": "option"})
        store.commit()
        store.put("attendees", {"key": "a@x.de", "state": "registered"})
        store.delete("attendees", "b@x.de")
        store.commit()
    with Store(path) as store:
        assert [r["state"] for r in store.all("attendees")] == ["registered"]
        store.put("attendees", {"key": "b@x.de", "state": "waitlisted"})
        store.commit()
    with Store(path) as store:
        assert {r["key"]: r["state"] for r in store.all("attendees")} == {
            "a@x.de": "registered", "b@x.de": "waitlisted"}


def test_the_journal_is_folded_into_a_new_snapshot_when_it_grows(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "MIN_JOURNAL_BYTES", 4096)
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("meta", {"key": "start"})
        store.commit()
        for batch in range(40):
            _fill(store, 5, prefix=f"b{batch}-")
            assert _journal(path).stat().st_size <= max(path.stat().st_size, 4096) + 100
    assert path.with_name("s.json.bak").exists()  # snapshots were written meanwhile
    with Store(path) as store:
        assert store.count("messages") == 200


def test_a_commit_cut_off_by_a_crash_is_dropped(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("attendees", {"key": "a@x.de", "state": "option"})
        store.commit()
        store.put("attendees", {"key": "a@x.de", "state": "registered"})
        store.commit()
    good = _journal(path).read_bytes()
    with open(_journal(path), "ab") as f:  # half a line, as a kill in mid-write leaves it
        f.write(b'{"attendees":{"a@x.de":{"key":"a@x.de","sta')
    with Store(path) as store:
        assert store.get("attendees", "a@x.de")["state"] == "registered"
        assert _journal(path).read_bytes() == good  # the torn line is cut off
        store.put("attendees", {"key": "a@x.de", "state": "paid"})
        store.commit()
    with Store(path) as store:
        assert store.get("attendees", "a@x.de")["state"] == "paid"


def test_a_failed_append_is_not_confirmed_and_leaves_no_half_line(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("attendees", {"key": "a@x.de", "state": "option"})
        store.commit()
        before = _journal(path).read_bytes()

        def boom(fd):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "fsync", boom)
        store.put("attendees", {"key": "a@x.de", "state": "registered"})
        with pytest.raises(StoreError, match="No space left.*done again"):
            store.commit()
        monkeypatch.undo()
        assert _journal(path).read_bytes() == before
    with Store(path) as store:
        assert store.get("attendees", "a@x.de")["state"] == "option"


def test_a_damaged_line_in_the_middle_is_refused(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        for state in ("option", "registered", "paid"):
            store.put("attendees", {"key": "a@x.de", "state": state})
            store.commit()
    lines = _journal(path).read_bytes().splitlines(keepends=True)
    lines[1] = b"{garbage\n"
    _journal(path).write_bytes(b"".join(lines))
    with pytest.raises(StoreError) as err:
        Store(path).open()
    assert "journal" in str(err.value) and "damaged" in str(err.value)
    assert "move the journal away" in str(err.value)


def test_a_journal_of_an_older_snapshot_is_ignored(tmp_path):
    """A crash after a new snapshot, before the new journal: the old journal's commits
    are in the snapshot already and must not be applied again."""
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("attendees", {"key": "a@x.de", "state": "option"})
        store.commit()
        store.put("attendees", {"key": "a@x.de", "state": "registered"})
        store.commit()
        old_journal = _journal(path).read_bytes()
        store.delete("attendees", "a@x.de")
        store.compact()
    _journal(path).write_bytes(old_journal)
    with Store(path) as store:
        assert store.get("attendees", "a@x.de") is None


def test_the_journal_is_private_to_its_owner(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("meta", {"key": "x"})
        store.commit()
    assert stat.S_IMODE(os.stat(_journal(path)).st_mode) == 0o600


def test_another_process_commit_to_the_journal_is_seen(tmp_path):
    """Turn-taking (open(hold=False) + exclusive()) notices a commit that only grew the
    journal, not the snapshot."""
    path = tmp_path / "s.json"
    with Store(path) as first:
        first.put("meta", {"key": "x"})
        first.commit()
    daemon = Store(path).open(hold=False)
    staff = Store(path).open(hold=False)
    try:
        with staff.exclusive():
            staff.put("attendees", {"key": "a@x.de", "state": "paid"})
            staff.commit()
        with daemon.exclusive():
            assert daemon.get("attendees", "a@x.de")["state"] == "paid"
    finally:
        daemon.close()
        staff.close()


def test_find_by_an_indexed_field_is_what_a_scan_finds_in_the_same_order(tmp_path):
    """outbox.status is indexed (an empty poll asks for the planned entries among all
    sent ones); the answers must be those of a plain scan, through updates, deletes,
    staged changes, a reopen and the journal."""
    path = tmp_path / "s.json"

    def scan(store, status):
        return [r for r in store.all("outbox") if r.get("status") == status]

    with Store(path) as store:
        for i in range(30):
            store.put("outbox", {"key": f"<{i}@x>", "status": "planned", "n": i})
        store.commit()
        for i in range(0, 30, 3):
            store.put("outbox", {"key": f"<{i}@x>", "status": "sent", "n": i})
        store.delete("outbox", "<4@x>")
        store.commit()
        store.put("outbox", {"key": "<4@x>", "status": "planned", "n": 4})  # back, at the end
        store.put("outbox", {"key": "<5@x>", "status": "failed", "n": 5})  # staged only
        store.put("outbox", {"key": "<odd@x>", "status": ["not", "hashable"]})
        for status in ("planned", "sent", "failed", "nothing"):
            assert list(store.find("outbox", status=status)) == scan(store, status)
        store.commit()
    with Store(path) as store:
        planned = list(store.find("outbox", status="planned"))
        assert planned == scan(store, "planned")
        assert planned[-1]["key"] == "<4@x>" and len(planned) == 19
        assert list(store.find("outbox", status="sent", n=3)) == [
            {"key": "<3@x>", "status": "sent", "n": 3}]
