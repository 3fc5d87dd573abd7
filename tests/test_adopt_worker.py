"""Adopting a mailbox with the burst's worker process (issue 17): the worker is given
no mail that may be history (it would read every body at the first start, which records
history from its header); the bodies are read once, in the polls after; once all are
read the records are the same as without the worker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers import write_config
from trust_support import store_table

from inbox_agent.app import history
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once
from inbox_agent.config import load_config
from inbox_agent.services import Services

MAILS = Path(__file__).parent / "mails"


def _services(folder: Path, imap_account, smtp_sink, monkeypatch, worker: bool,
              batch_size: int) -> tuple[Services, list[int]]:
    """The office's services with the worker on or off, and a list that counts the
    history bodies this process parses itself."""
    folder.mkdir()
    config = write_config(folder, imap_account, smtp_sink, batch_size=batch_size)
    config.write_text(config.read_text(encoding="utf-8").replace(
        f"batch_size = {batch_size}",
        f"batch_size = {batch_size}\nread_worker = {str(worker).lower()}"), encoding="utf-8")
    read_here: list[int] = []
    real = history.parse_bytes
    monkeypatch.setattr(history, "parse_bytes", lambda *a, **k: read_here.append(1) or real(*a, **k))
    return bootstrap(load_config(config)), read_here



def _history(imap_account, monkeypatch) -> list[Path]:
    """The test mails in the mailbox, dated months before the first start: history."""
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap_account.password)
    files = sorted(MAILS.glob("*.eml"))
    months_back = datetime.now(UTC) - timedelta(days=120)
    for n, path in enumerate(files):
        imap_account.append(path.read_bytes(), internaldate=months_back + timedelta(minutes=n))
    return files


def _records(folder: Path) -> dict:
    """The store's message records, but when each was handled."""
    records = store_table(folder / "store.json", "messages")
    return {k: {**r, "handled_at": None} for k, r in records.items()}

def _first_start(folder: Path, imap_account, smtp_sink, monkeypatch, worker: bool) -> tuple[int, dict]:
    services, read_here = _services(folder, imap_account, smtp_sink, monkeypatch, worker, 20)
    try:
        report = poll_once(services)
        polls = 0
        while (services.store.get("meta", history.META_KEY) or {"count": 0})["count"]:
            assert not poll_once(services).handled  # the history's bodies, nothing new
            polls += 1
            assert polls < 20
    finally:
        services.store.close()
    assert len(report.handled) == len(list(MAILS.glob("*.eml"))) and not report.failed
    return len(read_here), _records(folder)


def test_the_worker_reads_no_history_ahead_and_the_records_are_the_same(
        tmp_path, imap_account, smtp_sink, monkeypatch):
    files = _history(imap_account, monkeypatch)

    alone, without = _first_start(tmp_path / "alone", imap_account, smtp_sink, monkeypatch, False)
    here, with_worker = _first_start(tmp_path / "worker", imap_account, smtp_sink, monkeypatch, True)
    assert alone == len(files)  # every history mail read once, in the polls after the first
    assert here == len(files)  # the same: the worker read none of the history ahead
    assert all(r["history"] for r in with_worker.values())
    assert with_worker == without
    assert not smtp_sink.messages()


def _adopted(folder: Path, imap_account, smtp_sink, monkeypatch, worker: bool) -> tuple[int, dict]:
    """``inbox-agent adopt`` (``adopt_mailbox``): every history mail recorded and every
    body read at once. How many bodies this process parsed itself, and the records."""
    from inbox_agent.app.pipeline import adopt_mailbox

    services, read_here = _services(folder, imap_account, smtp_sink, monkeypatch, worker, 10)
    try:
        plan = adopt_mailbox(services)
    finally:
        services.store.close()
    assert plan.unread == 0 and plan.read == len(list(MAILS.glob("*.eml")))
    return len(read_here), _records(folder)


def test_adopt_reads_the_bodies_on_both_cores_and_the_records_are_the_same(
        tmp_path, imap_account, smtp_sink, monkeypatch):
    """Round 14: ``inbox-agent adopt`` reads the history's bodies with a worker process
    beside its own (``[imap] read_worker``), as a burst is read: the same records."""
    files = _history(imap_account, monkeypatch)

    alone, without = _adopted(tmp_path / "alone", imap_account, smtp_sink, monkeypatch, False)
    here, with_worker = _adopted(tmp_path / "worker", imap_account, smtp_sink, monkeypatch, True)
    assert alone == len(files)  # one core: every body parsed in this process
    assert here < len(files)  # the worker read some of them
    assert all(r["history"] and not r.get(history.UNREAD) for r in with_worker.values())
    assert with_worker == without
    assert not smtp_sink.messages()
