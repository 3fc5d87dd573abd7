"""The office's tasks: what needs a person (a question, a bounce nobody could place, an
answer held back by a limit, ...). The one module that writes and reads their records,
so every wing files a task the same way and the digest, ``status``, ``forget``, the
retention and the staff's commands (``tasks``, ``erledigt N`` by mail) find them all.

They live in the table ``tasks``. A task record: ``key`` (unique; a task filed again
under its key replaces the old one and keeps its number), ``no`` (its number: 1, 2, 3 …
without gaps, the one staff write in "erledigt 17"), ``task`` (its kind, e.g.
"question"), ``email`` (whom it is about, may be ""), ``cause`` (the mail or job it came
from), ``event`` (the event's id), ``summary`` (a stored sentence: a ``Reason`` dict, or
plain text of older records), ``at`` (ISO time), ``status`` (``open``, ``done`` or
``dismissed``), and once closed ``done_by`` (who), ``done_at`` (ISO time), ``done_how``
(why: a ``Reason`` dict or plain text), ``done_via`` ("answered": a staff reply
closed it; "mail": a command by mail; "cli"). ``done`` (a bool) stays for older readers.
Further fields given to ``put_task`` are kept as they are.

A store written before this table kept its tasks in ``meta`` (kind ``task``, no
number): ``migrate_tasks`` moves them over (at the first start, ``app.bootstrap``), and
until then ``task_records`` reads them where they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from inbox_agent.store.db import Store

TABLE = "tasks"
LEGACY_TABLE = "meta"  # before the table: among the small facts, marked kind = "task"
COUNTER = "tasks:next"  # the meta record holding the next task number
STATUSES = ("open", "done", "dismissed")


def _next_number(store: Store) -> int:
    """The next task number, staged with the caller's changes (so a rolled-back batch
    gives its numbers back: the numbers stay gapless)."""
    record = store.get("meta", COUNTER) or {"key": COUNTER, "next": 1}
    no = int(record.get("next") or 1)
    store.put("meta", {**record, "next": no + 1})
    return no


def put_task(store: Store, *, key: str, task: str, email: str, cause: str, event: str,
             summary: str | dict, now: datetime, **extra: Any) -> None:
    """Stage the task ``key`` (committed with the caller's other changes). A task filed
    again under its key keeps its number and is open again."""
    old = store.get(TABLE, key)
    if old is None and has_task(store, key):  # filed before the table: moved over now
        delete_task(store, key)
    no = int(old["no"]) if old and old.get("no") else _next_number(store)
    store.put(TABLE, {"key": key, "no": no, "task": task, "email": email,
                      "cause": cause, "event": event, "summary": summary,
                      "at": now.isoformat(), "status": "open", "done": False, **extra})


def _legacy(store: Store) -> Iterator[dict[str, Any]]:
    """Tasks of a store not yet migrated (``meta`` records of kind ``task``)."""
    for r in store.all(LEGACY_TABLE):
        if r.get("kind") == "task":
            yield {**r, "status": r.get("status") or ("done" if r.get("done") else "open")}


def task_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every task record, open or closed, in the order they were filed."""
    yield from store.all(TABLE)
    yield from _legacy(store)


def open_tasks(store: Store) -> list[dict[str, Any]]:
    """The open tasks, oldest first."""
    return [t for t in task_records(store) if t.get("status", "open") == "open"]


def has_task(store: Store, key: str) -> bool:
    """Whether a task ``key`` was filed (open or done)."""
    if store.get(TABLE, key) is not None:
        return True
    record = store.get(LEGACY_TABLE, key)
    return record is not None and record.get("kind") == "task"


def find_task(store: Store, no_or_key: int | str) -> dict[str, Any] | None:
    """The task with the number (``17``, ``"17"``) or key ``no_or_key``, or None."""
    if isinstance(no_or_key, int) or str(no_or_key).strip().lstrip("#").isdigit():
        no = int(str(no_or_key).strip().lstrip("#"))
        return next((t for t in store.all(TABLE) if t.get("no") == no), None)
    record = store.get(TABLE, str(no_or_key))
    if record is None:
        legacy = store.get(LEGACY_TABLE, str(no_or_key))
        record = legacy if legacy and legacy.get("kind") == "task" else None
    return record


def close_task(store: Store, no_or_key: int | str, *, by: str, how: str | dict,
               now: datetime, status: str = "done", via: str = "") -> dict[str, Any] | None:
    """Stage closing the task ``no_or_key`` (``status`` done or dismissed; ``by`` who,
    ``how`` why, ``via`` how it came: "answered" for a staff reply, "mail", "cli"). Returns the closed record, or None if there is no such task. A task
    closed already stays as it was closed (the first answer counts)."""
    if status not in STATUSES[1:]:
        raise ValueError(f"a task is closed as done or dismissed, not {status!r}")
    migrate_tasks(store)
    record = find_task(store, no_or_key)
    if record is None:
        return None
    if record.get("status", "open") != "open":
        return record
    closed = {**record, "status": status, "done": True, "done_by": by,
              "done_at": now.isoformat(), "done_how": how, "done_via": via}
    store.put(TABLE, closed)
    return closed


def delete_task(store: Store, key: str) -> None:
    """Stage the removal of the task ``key`` (an erasure: ``forget``, retention)."""
    store.delete(TABLE, key)
    legacy = store.get(LEGACY_TABLE, key)
    if legacy is not None and legacy.get("kind") == "task":
        store.delete(LEGACY_TABLE, key)


def migrate_tasks(store: Store) -> int:
    """Move the tasks of an older store from ``meta`` into the table (staged; the caller
    commits), numbered in the order they were filed. Returns how many moved."""
    moved = 0
    for record in list(_legacy(store)):
        fields = {k: v for k, v in record.items() if k != "kind"}
        store.put(TABLE, {**fields, "no": _next_number(store)})
        store.delete(LEGACY_TABLE, record["key"])
        moved += 1
    return moved


__all__ = ["TABLE", "STATUSES", "put_task", "task_records", "open_tasks", "has_task",
           "find_task", "close_task", "delete_task", "migrate_tasks"]
