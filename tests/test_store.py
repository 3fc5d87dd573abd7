"""The store: atomic, batched writes; a lock against a second process; damage refused."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from inbox_agent.errors import StoreError
from inbox_agent.store.db import Store


def test_staged_writes_reach_the_disk_only_on_commit(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("attendees", {"key": "a@x.de", "state": "option"})
        assert store.get("attendees", "a@x.de")["state"] == "option"  # visible in memory
        assert not path.exists()
        store.commit()
        assert path.exists()
        store.put("attendees", {"key": "a@x.de", "state": "registered"})
        store.put("attendees", {"key": "b@x.de", "state": "option"})
        store.delete("attendees", "b@x.de")
        store.commit()
    with Store(path) as store:
        assert [r["state"] for r in store.all("attendees")] == ["registered"]


def test_one_file_write_per_commit_not_per_record(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    writes = []
    with Store(path) as store:
        real = store._write
        monkeypatch.setattr(store, "_write", lambda: (writes.append(1), real()))
        for i in range(200):
            store.put("messages", {"key": f"<m{i}@x>", "n": i})
        store.commit()
        assert len(writes) == 1
        assert store.count("messages") == 200


def test_file_is_private_to_its_owner(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("meta", {"key": "x"})
        store.commit()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_a_second_process_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "s.json"
    with Store(path):
        code = (
            "import sys; from inbox_agent.store.db import Store\n"
            f"try:\n    Store({str(path)!r}).open()\nexcept Exception as e:\n    print(type(e).__name__, e); sys.exit(1)\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert out.returncode == 1
        assert "StoreLockedError" in out.stdout and "already working" in out.stdout
    Store(path).open().close()  # free again once the first one closed


def test_a_damaged_file_is_refused_and_the_last_good_copy_kept(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("attendees", {"key": "a@x.de", "state": "option"})
        store.commit()
        store.put("attendees", {"key": "a@x.de", "state": "registered"})
        store.compact()  # a new snapshot (commits go to the journal until it is large)
    good = json.loads(path.with_name("s.json.bak").read_text())
    assert "option" in json.dumps(good)
    path.write_text(path.read_text()[:20])  # truncated, as by a full disk
    with pytest.raises(StoreError) as err:
        Store(path).open()
    assert "damaged" in str(err.value) and "s.json.bak" in str(err.value)
    assert path.read_text().startswith(path.read_text()[:20])  # not overwritten


def test_a_crash_during_the_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    with Store(path) as store:
        store.put("attendees", {"key": "a@x.de", "state": "option"})
        store.commit()
        before = path.read_bytes()

        def boom(*a, **k):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", boom)
        store.put("attendees", {"key": "a@x.de", "state": "registered"})
        with pytest.raises(StoreError, match="No space left"):
            store.compact()  # writing a new snapshot
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_values_that_cannot_be_stored_fail_at_put(tmp_path):
    with Store(tmp_path / "s.json") as store:
        with pytest.raises(TypeError):
            store.put("meta", {"key": "x", "v": object()})
        with pytest.raises(ValueError):
            store.put("meta", {"v": 1})


def test_discard_deletes_what_is_there_and_stages_nothing_for_a_key_that_names_nothing(tmp_path):
    with Store(tmp_path / "s.json") as store:
        store.put("failures", {"key": "a", "attempts": 1})
        store.commit()
        store.discard("failures", "none")  # nothing there: nothing staged, nothing written
        assert not store.dirty
        store.put("failures", {"key": "b", "attempts": 1})
        store.discard("failures", "b")  # staged only: gone before any commit
        store.discard("failures", "a")  # committed: deleted at the next commit
        store.commit()
        assert store.get("failures", "a") is None and store.get("failures", "b") is None
    with Store(tmp_path / "s.json") as store:
        assert list(store.all("failures")) == []
