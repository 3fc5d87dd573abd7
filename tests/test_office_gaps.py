"""Small gaps between the office's mail work and its money (issues 15 and 16), as plain
values: ``status`` counts the tasks open now (a task closed since the last digest is not
open), ..."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from inbox_agent import i18n
from inbox_agent.office.reports import status, status_text
from inbox_agent.registrations import EventRules
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import close_task, put_task

NOW = datetime(2025, 6, 11, 8, 0, tzinfo=timezone.utc)
RULES = EventRules(
    name="VSOP-Jahrestagung", title="Sozialplanung", starts=date(2025, 9, 25),
    ends=date(2025, 9, 26), venue="Köln", capacity=10,
    pre_registration_deadline=date(2025, 6, 2), registration_deadline=date(2025, 7, 4),
    message_id_domain="vsop.de")


class _Config:
    class imap:
        max_attempts = 3


def _task(store: Store, key: str, at: datetime) -> None:
    put_task(store, key=key, task="question", email=f"{key}@x.de", cause=f"<{key}@x>",
             event="e", summary="why", now=at)


def test_status_counts_the_open_tasks_not_those_closed_since_the_last_digest(tmp_path):
    with Store(tmp_path / "s.json") as store:
        _task(store, "old", NOW - timedelta(days=5))  # before the digest, still open
        _task(store, "a", NOW - timedelta(hours=2))
        _task(store, "b", NOW - timedelta(hours=1))
        store.put("meta", {"key": "last_digest", "at": (NOW - timedelta(days=1)).isoformat()})
        store.commit()
        close_task(store, 2, by="petra@vsop.de", how="answered", now=NOW)  # "a": done
        store.commit()
        data = status(store, _Config, RULES, NOW)
        assert data["open_tasks"] == 2  # "old" and "b"
        assert data["open_tasks_since_last_digest"] == 1  # "b" only: "a" is closed
        with i18n.use_language("de"):
            assert "Offene Aufgaben: 2 (1 neu seit der letzten Übersicht)" in " ".join(
                status_text(data, RULES).split())
        with i18n.use_language("en"):
            assert "Open tasks: 2 (1 new since the last digest)" in " ".join(
                status_text(data, RULES).split())
