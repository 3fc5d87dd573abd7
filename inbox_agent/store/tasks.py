"""The office's tasks: what needs a person (a question, a bounce nobody could place, an
answer held back by a limit, ...). The one module that writes and reads their records,
so every wing files a task the same way and the digest, ``status``, ``forget`` and the
retention find them all.

A task record: ``key`` (unique; a task filed again under its key replaces the old one),
``task`` (its kind, e.g. "question"), ``email`` (whom it is about, may be ""), ``cause``
(the mail or job it came from), ``event`` (the event's id), ``summary`` (a stored
sentence: a ``Reason`` dict, or plain text of older records), ``at`` (ISO time), ``done``.
Further fields given to ``put_task`` are kept as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from inbox_agent.store.db import Store

TABLE = "meta"  # tasks live among the small facts, marked kind = "task"


def put_task(store: Store, *, key: str, task: str, email: str, cause: str, event: str,
             summary: str | dict, now: datetime, **extra: Any) -> None:
    """Stage the task ``key`` (committed with the caller's other changes)."""
    store.put(TABLE, {"key": key, "kind": "task", "task": task, "email": email,
                      "cause": cause, "event": event, "summary": summary,
                      "at": now.isoformat(), "done": False, **extra})


def task_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every task record, open or done, in the order they were filed."""
    return (r for r in store.all(TABLE) if r.get("kind") == "task")


def has_task(store: Store, key: str) -> bool:
    """Whether a task ``key`` was filed (open or done)."""
    record = store.get(TABLE, key)
    return record is not None and record.get("kind") == "task"


def delete_task(store: Store, key: str) -> None:
    """Stage the removal of the task ``key`` (an erasure: ``forget``, retention)."""
    store.delete(TABLE, key)


__all__ = ["put_task", "task_records", "has_task", "delete_task"]
