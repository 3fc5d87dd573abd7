"""A pipelined burst lets the wire and fetch lanes at the GIL within 0.2 ms (issue 17,
round 5): their round trips waited up to 5 ms each behind a busy main thread; and its
garbage collector waits for more new objects (round 13). The process's own settings
are back after the poll (the daemon's other threads)."""

from __future__ import annotations

import gc
import sys
from datetime import UTC, datetime

import pytest
from helpers import make_mail, write_config
from trust_support import Imap, sink_ids

from inbox_agent.app import collector, pollpipe
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once
from inbox_agent.clock import FixedClock
from inbox_agent.config import load_config


def _twelve_mails(tmp_path, imap_account, smtp_sink, monkeypatch, tag):
    """A config with batches of 5 and twelve pre-registrations in the inbox."""
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap_account.password)
    config = load_config(write_config(tmp_path, imap_account, smtp_sink, batch_size=5))
    with Imap(imap_account) as imap:
        imap.append_all(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<{tag}{n}@ex>")
                        for n in range(12))
    return config


def test_a_burst_runs_with_a_short_switch_interval_and_a_later_collection_and_restores_both(
        tmp_path, imap_account, smtp_sink, monkeypatch):
    config = _twelve_mails(tmp_path, imap_account, smtp_sink, monkeypatch, "s")
    seen: list[tuple[str, float]] = []
    points = pollpipe.point
    monkeypatch.setattr(pollpipe, "point", lambda name: (
        seen.append((name, sys.getswitchinterval(), gc.get_threshold()[0])), points(name)))
    services = bootstrap(config, clock=FixedClock(datetime.now(UTC)))
    before, collecting = sys.getswitchinterval(), gc.get_threshold()
    try:
        sys.setswitchinterval(0.004)
        gc.set_threshold(700, 10, 10)
        report = poll_once(services)
        after, collected = sys.getswitchinterval(), gc.get_threshold()
    finally:
        sys.setswitchinterval(before)
        gc.set_threshold(*collecting)
        services.store.close()
    assert len(report.delivery.sent) == 12
    smtp_sink.wait_for(12)
    assert sorted(sink_ids(smtp_sink).values()) == [1] * 12
    assert {name for name, _, _ in seen} >= {"fetched", "after-commit-1", "after-commit-2"}
    assert all(interval == pytest.approx(pollpipe.SWITCH_SECONDS) for _, interval, _ in seen), seen
    assert all(young == collector.YOUNG for _, _, young in seen), seen  # round 13
    assert after == 0.004
    assert collected == (700, 10, 10)


def test_each_reply_goes_to_the_wire_as_soon_as_it_is_composed(
        tmp_path, imap_account, smtp_sink, monkeypatch):
    """Round 7: the wire sends a batch's first reply while its last is still composed
    (``pollpipe.Handover``); every reply still goes once, in order."""
    import threading
    import time

    from inbox_agent.mail import smtp

    config = _twelve_mails(tmp_path, imap_account, smtp_sink, monkeypatch, "h")
    events: list[tuple[str, str]] = []
    lock = threading.Lock()
    send = smtp.SmtpSender.send

    def sent(self, message):
        answer = send(self, message)
        with lock:
            events.append(("sent", message.message_id))
        return answer

    monkeypatch.setattr(smtp.SmtpSender, "send", sent)
    services = bootstrap(config, clock=FixedClock(datetime.now(UTC)))
    compose = services.outbox.compose

    def composed(planned, now):
        time.sleep(0.03)  # a slow compose: the wire has time to send meanwhile
        out = compose(planned, now)
        with lock:
            events.append(("composed", out.message_id))
        return out

    monkeypatch.setattr(services.outbox, "compose", composed)
    try:
        report = poll_once(services)
    finally:
        services.store.close()
    assert len(report.delivery.sent) == 12
    first = [mid for what, mid in events if what == "composed"][:5]  # the first batch
    assert events.index(("sent", first[0])) < events.index(("composed", first[-1]))
    assert [m for w, m in events if w == "sent"] == [m for w, m in events if w == "composed"]
