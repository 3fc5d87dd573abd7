"""Store.find_each: what find() yields, made once per record and kept until a record
with the value changes (issue 17: a writer's earlier mails are not decoded per mail)."""

from __future__ import annotations

import pytest

from inbox_agent.store.db import Store

CALLS: list[str] = []


def subject_of(record: dict) -> str | None:
    CALLS.append(record["key"])
    return record.get("subject") or None


def _each(store: Store, email: str) -> list:
    return list(store.find_each("messages", "email", email, subject_of))


def _find(store: Store, email: str) -> list:
    return [r["subject"] for r in store.find("messages", email=email) if r.get("subject")]


def test_find_each_follows_every_change_and_decodes_once(tmp_path):
    store = Store(tmp_path / "store.json").open()
    try:
        store.put_many("messages", [{"key": f"m{i}", "email": "a@x.example", "subject": f"s{i}"}
                                    for i in range(5)])
        store.put("messages", {"key": "other", "email": "b@x.example", "subject": "b"})
        store.put("messages", {"key": "empty", "email": "a@x.example", "subject": ""})
        assert _each(store, "a@x.example") == _find(store, "a@x.example")  # staged only
        store.commit()
        CALLS.clear()
        assert _each(store, "a@x.example") == ["s0", "s1", "s2", "s3", "s4"]
        assert len(CALLS) == 6
        CALLS.clear()
        assert _each(store, "a@x.example") == ["s0", "s1", "s2", "s3", "s4"]
        assert CALLS == []  # kept
        store.put("messages", {"key": "m2", "email": "a@x.example", "subject": "changed"})
        store.put("messages", {"key": "m9", "email": "a@x.example", "subject": "new"})
        store.delete("messages", "m0")
        assert _each(store, "a@x.example") == _find(store, "a@x.example") == [
            "s1", "s3", "s4", "changed", "new"]
        store.commit()
        assert _each(store, "a@x.example") == _find(store, "a@x.example")
        store.put("messages", {"key": "m3", "email": "b@x.example", "subject": "moved"})
        store.commit()
        assert _each(store, "a@x.example") == _find(store, "a@x.example")
        assert _each(store, "b@x.example") == _find(store, "b@x.example") == ["moved", "b"]
        store.close()
        store = Store(tmp_path / "store.json").open()  # read back from the files
        assert _each(store, "a@x.example") == _find(store, "a@x.example") == [
            "s1", "changed", "s4", "new"]
        with pytest.raises(ValueError):
            list(store.find_each("messages", "subject", "s1", subject_of))
    finally:
        store.close()


def test_a_new_or_changed_record_is_made_alone_the_others_are_kept(tmp_path):
    """A writer's next mail makes only itself: the memo follows each commit (issue 17,
    round 8: a sender of a thousand mails made all of them again for every new one)."""
    with Store(tmp_path / "store.json") as store:
        for i in range(4):
            store.put("messages", {"key": f"m{i}", "email": "a@x.example", "subject": f"s{i}"})
            store.commit()
            CALLS.clear()
            assert _each(store, "a@x.example") == [f"s{j}" for j in range(i + 1)]
            assert CALLS == [f"m{i}"]
        store.put("messages", {"key": "m1", "email": "a@x.example", "subject": "again"})
        store.commit()
        CALLS.clear()
        assert _each(store, "a@x.example") == _find(store, "a@x.example") == ["s0", "again", "s2", "s3"]
        assert CALLS == ["m1"]
        store.delete("messages", "m2")
        store.put("messages", {"key": "m3", "email": "b@x.example", "subject": "moved"})
        store.commit()
        CALLS.clear()
        assert _each(store, "a@x.example") == _find(store, "a@x.example") == ["s0", "again"]
        assert CALLS == []
        assert _each(store, "b@x.example") == _find(store, "b@x.example") == ["moved"]
