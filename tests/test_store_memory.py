"""Issue 17, round 4: the store in memory costs about what its file does. Records are
held as their JSON bytes (``store/tables.py``); each must hold its own size, not the
encoder's write buffer (orjson's is 16 KB or more, whatever the record), and loading
reads the snapshot a record at a time (``store/snapshot.py``: a record a line)."""

from __future__ import annotations

import gc
import json
import tracemalloc

import pytest

from inbox_agent.errors import StoreError
from inbox_agent.store.db import Store

RECORDS = 3000


def _fill(path, start=0, count=RECORDS):
    with Store(path) as store:
        for i in range(start, start + count):
            store.put("messages", {"key": f"<m{i}@x>", "email": f"w{i % 300}@x.de",
                                   "text": "Guten Tag, ich melde mich an. " * 20,
                                   "rules": [f"rule-{j}" for j in range(8)]})
            if i % 100 == 99:
                store.commit()
        store.commit()


def _held(path) -> tuple[int, int]:
    """(bytes traced while the store is open, the files' size)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        store = Store(path).open()
        held = tracemalloc.get_traced_memory()[0] - before
        store.close()
    finally:
        tracemalloc.stop()
    files = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")
                if not p.name.endswith((".lock", ".bak")))
    return held, files


def test_a_loaded_store_holds_about_its_files_size(tmp_path):
    path = tmp_path / "s.json"
    _fill(path)
    held, files = _held(path)
    assert files > RECORDS * 600
    assert held < 2 * files, (held, files)  # with orjson's buffers: ~16 KB a record


def test_records_committed_in_this_process_hold_their_own_size_too(tmp_path):
    path = tmp_path / "s.json"
    _fill(path, count=10)
    gc.collect()
    tracemalloc.start()
    try:
        store = Store(path).open()
        before = tracemalloc.get_traced_memory()[0]
        for i in range(RECORDS):
            store.put("messages", {"key": f"<n{i}@x>", "text": "Guten Tag. " * 60})
            if i % 100 == 99:
                store.commit()
        grown = tracemalloc.get_traced_memory()[0] - before
        store.close()
    finally:
        tracemalloc.stop()
    assert grown < RECORDS * 2000, grown  # a record is ~700 bytes as JSON


def _many_small_objects(path, count=2000):
    with Store(path) as store:
        for i in range(count):
            store.put("messages", {"key": f"<m{i}@x>", "email": f"w{i % 300}@x.de",
                                   "rules": [{"text": "{rule}: {why}", "values": [["rule", f"r{j}"]]}
                                             for j in range(12)]})
        store.compact()


def test_loading_reads_a_record_at_a_time_not_the_whole_tree(tmp_path):
    """The snapshot has a record a line; loading never holds the whole store as one
    tree of objects (which is ~10x the file for message records)."""
    path = tmp_path / "s.json"
    _many_small_objects(path)
    size = path.stat().st_size
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        store = Store(path).open()
        peak = tracemalloc.get_traced_memory()[1] - before
        assert store.get("messages", "<m7@x>")["rules"][3]["values"] == [["rule", "r3"]]
        store.close()
    finally:
        tracemalloc.stop()
    assert peak < 3 * size, (peak, size)  # read whole: ~12x this file


def test_the_snapshot_is_plain_json_and_an_older_one_is_still_read(tmp_path):
    path = tmp_path / "s.json"
    _many_small_objects(path, count=50)
    tree = json.loads(path.read_bytes())  # any JSON reader reads it
    assert len(tree["messages"]) == 50 and tree["_format"]["1"]["version"] == 1
    with Store(path) as store:
        records = list(store.all("messages"))
    old = tmp_path / "old.json"  # as earlier versions wrote it: one line, no layout
    old.write_bytes(json.dumps(tree, separators=(",", ":")).encode())
    with Store(old) as store:
        assert list(store.all("messages")) == records
        assert list(store.find("messages", email="w7@x.de")) == [records[7]]
        store.put("messages", {"key": "<new@x>", "email": "w7@x.de"})
        store.compact()
    assert old.read_bytes().startswith(b"{\n")  # written anew in the line layout
    with Store(old) as store:
        assert [r["key"] for r in store.find("messages", email="w7@x.de")] == ["<m7@x>", "<new@x>"]


def test_a_damaged_record_line_is_refused_with_the_way_back(tmp_path):
    path = tmp_path / "s.json"
    _many_small_objects(path, count=5)
    lines = path.read_bytes().split(b"\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(b'"3":'))
    lines[at] = lines[at].replace(b'"rules"', b'"rules', 1)
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(StoreError, match="damaged and was not touched"):
        Store(path).open()
