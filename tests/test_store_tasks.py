"""The tasks table (issue 15): numbers without gaps, open/done/dismissed with who, when
and why, and an older store's tasks (kept in ``meta``) moved over at the first start."""

from __future__ import annotations

from datetime import datetime, timezone

from inbox_agent.store.db import Store
from inbox_agent.store.tasks import (
    close_task,
    find_task,
    migrate_tasks,
    open_tasks,
    put_task,
    task_records,
)

NOW = datetime(2026, 6, 10, 8, 0, tzinfo=timezone.utc)


def _file(store: Store, key: str, email: str = "a@x.de") -> None:
    put_task(store, key=key, task="question", email=email, cause="<m@x>", event="e",
             summary="why", now=NOW)


def test_tasks_are_numbered_without_gaps_and_keep_their_number(tmp_path):
    with Store(tmp_path / "s.json") as store:
        _file(store, "task:a")
        _file(store, "task:b")
        store.rollback()  # a batch that failed gives its numbers back
        _file(store, "task:c")
        _file(store, "task:d")
        store.commit()
        _file(store, "task:c")  # filed again: same number
        store.commit()
        assert [(t["key"], t["no"]) for t in task_records(store)] == [("task:c", 1), ("task:d", 2)]
    with Store(tmp_path / "s.json") as store:  # as saved
        _file(store, "task:e")
        store.commit()
        assert find_task(store, "3")["key"] == "task:e"
        assert find_task(store, "#2")["key"] == "task:d"


def test_a_closed_task_says_who_when_and_why_and_is_no_longer_open(tmp_path):
    with Store(tmp_path / "s.json") as store:
        _file(store, "task:a")
        _file(store, "task:b")
        store.commit()
        closed = close_task(store, 1, by="petra@vsop.de", how="answered", now=NOW)
        store.commit()
        assert closed["status"] == "done" and closed["done_by"] == "petra@vsop.de"
        assert closed["done_at"] == NOW.isoformat() and closed["done_how"] == "answered"
        assert [t["no"] for t in open_tasks(store)] == [2]
        # the first close counts; a second one changes nothing
        again = close_task(store, 1, by="other", how="x", now=NOW)
        assert again["done_by"] == "petra@vsop.de"
        assert close_task(store, 99, by="x", how="x", now=NOW) is None


def test_an_old_store_s_tasks_move_from_meta_into_the_table(tmp_path):
    path = tmp_path / "old.json"
    with Store(path) as store:  # as a store before the table kept them
        for n, email in enumerate(["a@x.de", "b@x.de"]):
            store.put("meta", {"key": f"task:<m{n}>:question:{email}", "kind": "task",
                               "task": "question", "email": email, "cause": f"<m{n}>",
                               "summary": "old", "at": NOW.isoformat(), "done": False})
        store.put("meta", {"key": "last_poll", "at": NOW.isoformat()})
        store.commit()
    with Store(path) as store:
        assert [t["email"] for t in open_tasks(store)] == ["a@x.de", "b@x.de"]  # read before
        assert migrate_tasks(store) == 2
        store.commit()
    with Store(path) as store:
        assert [(t["no"], t["email"], t["status"]) for t in task_records(store)] == [
            (1, "a@x.de", "open"), (2, "b@x.de", "open")]
        assert not any(r.get("kind") == "task" for r in store.all("meta"))
        assert store.get("meta", "last_poll") is not None
        assert migrate_tasks(store) == 0  # once
        _file(store, "task:new")
        store.commit()
        assert find_task(store, 3)["key"] == "task:new"


def test_the_first_start_on_an_old_store_moves_its_tasks_and_makes_the_token_key(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from helpers import write_config

    from inbox_agent.app.bootstrap import bootstrap
    from inbox_agent.config import load_config

    server = SimpleNamespace(host="127.0.0.1", port=1, username="u")
    config = load_config(write_config(tmp_path, server, server))
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "x")
    with Store(config.storage.path) as store:  # an older store: its task among the facts
        store.put("meta", {"key": "task:<m>:question:a@x.de", "kind": "task", "task": "question",
                           "email": "a@x.de", "cause": "<m>", "summary": "old",
                           "at": NOW.isoformat(), "done": False})
        store.put("meta", {"key": "events", "home": config.events[0].id, "known": []})
        store.commit()
    services = bootstrap(config)
    try:
        [task] = list(task_records(services.store))
        assert (task["no"], task["status"]) == (1, "open")
        assert services.store.get("meta", "task:<m>:question:a@x.de") is None
    finally:
        services.store.close()
    key = config.storage.path.with_name("staff-token.key")
    assert key.exists() and oct(key.stat().st_mode & 0o777) == "0o600"
