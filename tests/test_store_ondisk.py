"""Issue 17, round 5: the message log stays on disk (and the outbox, tasks, invoices).
A message record is written once and read rarely; the store keeps in memory only its
key, its indexed fields and where its bytes are in the snapshot or the journal
(``store/ondisk.py``), and reads it on demand. The files are the same as before: plain JSON, the journal as it was."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tracemalloc

from inbox_agent.store.db import Store

TEXT = "Guten Tag, hiermit melde ich mich verbindlich an. " * 40  # ~2 KB, as in the bench


def _message(i: int, **extra) -> dict:
    return {"key": f"<m{i}@x>", "email": f"w{i % 50}@x.de", "excerpt": TEXT,
            "rules": [{"text": "{rule}: {why}", "values": [["rule", f"r{j}"]]} for j in range(5)],
            **extra}


def _fill(store: Store, start: int, count: int, every: int = 100) -> None:
    for i in range(start, start + count):
        store.put("tasks", {"key": f"t{i}", "task": TEXT[:200]})  # tables in another order
        store.put("messages", _message(i))
        store.put("outbox", {"key": f"<r{i}@x>", "status": "sent", "body": TEXT[:300]})
        if i % every == every - 1:
            store.commit()
    store.commit()


def _traced(make):
    """(what ``make()`` returns, bytes it left allocated)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        made = make()
        gc.collect()
        return made, tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_committed_messages_are_not_held_in_memory(tmp_path):
    path = tmp_path / "s.json"
    store = Store(path).open()
    _fill(store, 0, 10)
    size = len(json.dumps(_message(1))) + 600  # with its reply and its task
    _, grown = _traced(lambda: _fill(store, 10, 2000))
    assert grown < 2000 * size / 3, (grown, size)  # held as bytes: 2000 * size and more
    assert store.get("messages", "<m1500@x>") == _message(1500)
    assert [r["key"] for r in store.find("messages", email="w7@x.de")][:3] == [
        "<m7@x>", "<m57@x>", "<m107@x>"]
    store.close()
    reopened, held = _traced(lambda: Store(path).open())
    assert held < path.stat().st_size / 2.5, (held, path.stat().st_size)  # was ~1x
    assert list(reopened.all("messages")) == [_message(i) for i in range(2010)]
    assert reopened.get("outbox", "<r7@x>")["status"] == "sent"
    reopened.close()


def test_records_read_the_same_from_journal_snapshot_and_after_reopening(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        _fill(store, 0, 120, every=7)  # a snapshot, then journal lines
        store.put("messages", _message(3, excerpt="changed"))
        store.delete("messages", "<m4@x>")
        store.put("outbox", {"key": "o1", "status": "planned"})
        store.commit()
        seen = list(store.all("messages"))
        assert store.get("messages", "<m3@x>")["excerpt"] == "changed"
        assert store.get("messages", "<m4@x>") is None
        store.compact()  # every record moves into the new snapshot
        assert list(store.all("messages")) == seen
        _fill(store, 200, 5)
        seen = list(store.all("messages"))
    with Store(path) as store:  # from the snapshot and a replayed journal
        assert list(store.all("messages")) == seen
        assert [r["key"] for r in store.find("messages", email="w3@x.de")] == [
            r["key"] for r in seen if r["email"] == "w3@x.de"]
        store.put("messages", _message(5, excerpt="again"))
        store.commit()
    with Store(path) as store:
        assert store.get("messages", "<m5@x>")["excerpt"] == "again"
    json.loads(path.read_bytes())  # the snapshot is plain JSON, as before


def test_a_journal_of_another_encoder_is_read_and_the_next_commit_writes_a_snapshot(tmp_path):
    path = tmp_path / "s.json"
    with Store(path) as store:
        _fill(store, 0, 3)
    journal = path.with_name(path.name + ".journal")
    with open(journal, "a", encoding="utf-8") as out:  # spaces, \u escapes: not ours
        out.write(json.dumps({"messages": {"<old@x>": _message(9, key="<old@x>", excerpt="ä")}})
                  + "\n")
    with Store(path) as store:
        assert store.get("messages", "<old@x>")["excerpt"] == "ä"
        store.put("meta", {"key": "x"})
        store.commit()
    assert journal.read_bytes().count(b"\n") == 1  # a new snapshot, an empty journal
    with Store(path) as store:
        assert store.get("messages", "<old@x>")["excerpt"] == "ä"
        assert store.count("messages") == 4


def test_a_reader_keeps_reading_while_another_store_writes_a_new_snapshot(tmp_path):
    """Two processes take turns (the daemon and a staff command): the places one holds
    point into the files it opened, which a new snapshot of the other renames over."""
    path = tmp_path / "s.json"
    with Store(path) as store:
        _fill(store, 0, 50)
    daemon = Store(path).open(hold=False)
    staff = Store(path).open(hold=False)
    with staff.exclusive():
        staff.put("messages", _message(1, excerpt="by staff"))
        staff.compact()
    assert daemon.get("messages", "<m1@x>") == _message(1)  # what it saw, intact
    with daemon.exclusive():  # its next turn sees the other's commit
        assert daemon.get("messages", "<m1@x>")["excerpt"] == "by staff"
        daemon.put("messages", _message(2, excerpt="by the daemon"))
        daemon.commit()
    with staff.exclusive():
        assert staff.get("messages", "<m2@x>")["excerpt"] == "by the daemon"
        assert list(staff.all("messages")) == list(daemon.all("messages"))
    daemon.close()
    staff.close()


def test_the_store_files_hold_no_handles_after_close(tmp_path):
    path = tmp_path / "s.json"
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(3):
        with Store(path) as store:
            _fill(store, 0, 30, every=4)
            store.compact()
    assert len(os.listdir("/proc/self/fd")) == before



_FRAGMENTED = """
import os, sys
from inbox_agent.store import ondisk
from inbox_agent.store.db import Store

def rss():
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmRSS"))

store = Store(sys.argv[1]).open()
kept, freed = [], []
for i in range(600):  # 64 KB pieces (below the mmap threshold) between kept ones
    freed.append(bytearray(os.urandom(1)) * (64 << 10))
    kept.append(bytearray(1000))  # from the C heap too (over 512 bytes)
del freed
before = rss()
ondisk._trimmed[0] = 0.0
store.put("meta", {"key": "x"})
store.commit()
print(ondisk._TRIM is not None, before, rss())
"""


def test_a_commit_gives_the_freed_memory_back(tmp_path):
    """glibc keeps freed pages inside its heap; after a commit the store asks it to
    return them (``ondisk.give_back``), so a burst's peak does not keep every batch's."""
    done = subprocess.run([sys.executable, "-c", _FRAGMENTED, str(tmp_path / "s.json")],
                          capture_output=True, text=True, check=True)
    glibc, before, after = done.stdout.split()
    if glibc == "True":
        assert int(after) < int(before) - 20_000, (before, after)  # ~37 MB were free
