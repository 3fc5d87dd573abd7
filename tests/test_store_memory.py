"""Issue 17, round 4: the store in memory costs about what its file does. Records are
held as their JSON bytes (``store/tables.py``); each must hold its own size, not the
encoder's write buffer (orjson's is 16 KB or more, whatever the record)."""

from __future__ import annotations

import gc
import tracemalloc

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
