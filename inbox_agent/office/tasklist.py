"""``inbox-agent tasks``: the office's tasks with their numbers (open ones, or all with
``--all``), and ``tasks done N``: one closed by hand. The records are
``store.tasks``'; what the digest shows of them is ``digest_attention``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from inbox_agent.i18n import N_, _, render
from inbox_agent.model import Reason
from inbox_agent.office.common import LOCK_WAIT, StaffError, local
from inbox_agent.office.labels import TASK_LABELS, TODO_LABELS, label, text_of
from inbox_agent.registrations import EventRules
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import close_task, find_task, task_records

STATUS_LABELS = {"open": N_("open"), "done": N_("done"), "dismissed": N_("dismissed")}


def task_rows(store: Store, *, everything: bool = False) -> list[dict[str, Any]]:
    """The tasks as rows (English keys; ``--json``), open ones only unless ``everything``."""
    rows = []
    for t in task_records(store):
        status = t.get("status", "open")
        if status != "open" and not everything:
            continue
        rows.append({"no": t.get("no"), "kind": t.get("task", ""), "status": status,
                     "email": t.get("email", ""), "event": t.get("event", ""),
                     "at": t.get("at", ""), "summary": render(t.get("summary")),
                     "done_by": t.get("done_by", ""), "done_at": t.get("done_at", ""),
                     "done_how": render(t.get("done_how")) if t.get("done_how") else ""})
    return sorted(rows, key=lambda r: (r["no"] is None, r["no"] or 0))


def tasks_text(rows: list[dict[str, Any]], rules: EventRules) -> str:
    """The rows as the staff read them, one task a paragraph; times in the event's
    time zone, written as the digest writes them ("01.12.2026 13:25")."""
    if not rows:
        return _("No open tasks.")

    def when(iso: str) -> str:
        try:
            return local(datetime.fromisoformat(iso), rules) if iso else "?"
        except ValueError:
            return iso

    out = []
    for r in rows:
        head = f"#{r['no']}  {label(TASK_LABELS, r['kind'])}  {r['email']}".rstrip()
        status = label(STATUS_LABELS, r["status"])
        line = f"{head}  ({status}, {when(r['at'])})"
        if r["status"] != "open":
            line += "\n    " + _("closed by {who} on {at}: {how}").format(
                who=r["done_by"] or "?", at=when(r["done_at"]), how=r["done_how"])
        todo = text_of(TODO_LABELS, r["kind"]) if r["status"] == "open" else ""
        out.append(line + "\n    " + r["summary"] + (f"\n    → {todo}" if todo else ""))
    return "\n".join(out)


def mark_done(store: Store, no: str, by: str, now: datetime, how: str = "") -> dict[str, Any]:
    """Close task ``no`` by hand (``tasks done N``). Commit included."""
    with store.exclusive(LOCK_WAIT):
        task = find_task(store, no)
        if task is None:
            raise StaffError(Reason.of(N_("there is no task {no}; `inbox-agent tasks --all` "
                                          "lists them"), no=no))
        if task.get("status", "open") != "open":
            raise StaffError(Reason.of(N_("task {no} is closed already ({by}, {at})"),
                                       no=no, by=task.get("done_by", "?"),
                                       at=str(task.get("done_at", ""))[:16]))
        reason = how or Reason.of(N_("marked done with inbox-agent tasks done")).to_dict()
        closed = close_task(store, no, by=by, how=reason, now=now, via="cli")
        store.commit()
        assert closed is not None
        return closed


__all__ = ["task_rows", "tasks_text", "mark_done", "STATUS_LABELS"]
