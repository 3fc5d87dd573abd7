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


def test_an_unclear_payment_task_offers_record_as_paid_for_each_candidate():
    from urllib.parse import parse_qs, urlsplit

    from inbox_agent.office import tokens
    from inbox_agent.office.commands import load_vocabulary, parse
    from inbox_agent.office.digest_actions import Links

    key, words, until = bytes(range(32)), load_vocabulary(None), date(2025, 6, 20)
    links = Links("office@vsop.de", key, until, words, "de")
    task = {"no": 7, "task": "payment_unclear", "email": "", "summary": "?",
            "pay": [{"email": "anna@x.de", "amount": "300.00", "invoice": "VSOP-2025-0001"},
                    {"email": "bernd@x.de", "amount": "300.00", "invoice": "VSOP-2025-0002"}]}
    with i18n.use_language("de"):
        actions = links.for_task(task)
    assert [label for label, _url in actions] == ["Als bezahlt eintragen"] * 2 + ["Erledigt"]
    bodies = [parse_qs(urlsplit(url).query)["body"][0] for _label, url in actions[:2]]
    commands = [parse(b, words)[0] for b in bodies]
    assert [(c.action, c.args) for c in commands] == [
        ("paid", ("anna@x.de", "300.00")), ("paid", ("bernd@x.de", "300.00"))]
    assert all(tokens.check(key, c.token, c.action, c.item, until) is tokens.Check.VALID
               for c in commands)
    # A payment task with nothing to pay (paid more than was open) offers "done" only.
    with i18n.use_language("de"):
        assert [a for a, _u in links.for_task({"no": 8, "task": "payment_overpaid",
                                               "email": "anna@x.de", "pay": []})] == ["Erledigt"]
