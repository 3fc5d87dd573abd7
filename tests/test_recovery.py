"""Crash safety of the outbox, and the daemon's clean stop, against the real servers."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from helpers import ROOT, env_for, make_mail, write_config

from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once
from inbox_agent.config import load_config
from inbox_agent.store.db import Store


class Crash(BaseException):
    """Stands for the process dying at that very point (not an ordinary error)."""


def services_for(config_path, monkeypatch, imap):
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap.password)
    return bootstrap(load_config(config_path))


def test_crash_after_sending_but_before_recording_it_does_not_send_twice(
    tmp_path, imap_account, smtp_sink, monkeypatch
):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail())
    services = services_for(config, monkeypatch, imap_account)
    real_write = services.store._write
    writes = []

    def write_then_crash():
        writes.append(1)
        if len(writes) == 2:  # commit #2: the reply went out and is in Sent, not yet marked
            raise Crash()
        real_write()

    monkeypatch.setattr(services.store, "_write", write_then_crash)
    with pytest.raises(Crash):
        poll_once(services)
    services.store.close()
    assert len(smtp_sink.wait_for(1)) == 1

    restarted = services_for(config, monkeypatch, imap_account)
    try:
        report = poll_once(restarted)
        [entry] = list(restarted.store.all("outbox"))
    finally:
        restarted.store.close()
    time.sleep(0.3)
    assert len(smtp_sink.messages()) == 1, "the reply was sent a second time"
    assert report.delivery.reconciled == [entry["key"]]
    assert entry["status"] == "sent"
    assert all("$InboxAgentDone" in m.flags for m in imap_account.messages())


def test_crash_after_planning_but_before_sending_still_sends_once(
    tmp_path, imap_account, smtp_sink, monkeypatch
):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail())
    services = services_for(config, monkeypatch, imap_account)

    def crash():
        raise Crash()

    monkeypatch.setattr(services, "open_sender", crash)
    with pytest.raises(Crash):
        poll_once(services)
    services.store.close()
    with Store(load_config(config).storage.path) as store:
        [entry] = list(store.all("outbox"))
        assert entry["status"] == "planned"  # recorded before the send was attempted
    assert smtp_sink.messages() == []

    restarted = services_for(config, monkeypatch, imap_account)
    try:
        poll_once(restarted)
        poll_once(restarted)
    finally:
        restarted.store.close()
    time.sleep(0.3)
    assert len(smtp_sink.messages()) == 1


def test_smtp_temporary_failure_is_retried_later_not_lost(
    tmp_path, imap_account, smtp_sink, monkeypatch
):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail())
    smtp_sink.fail_next(451, "4.3.0 Try again later")
    services = services_for(config, monkeypatch, imap_account)
    try:
        report = poll_once(services)
        assert report.delivery.deferred and not report.delivery.sent
        [entry] = list(services.store.all("outbox"))
        assert entry["status"] == "planned" and entry["attempts"] == 1
        # the backoff is in the store; pretend the time has come
        services.store.put("outbox", {**entry, "next_try": None})
        report = poll_once(services)
        assert len(report.delivery.sent) == 1
    finally:
        services.store.close()
    assert len(smtp_sink.wait_for(1)) == 1


def test_daemon_answers_and_stops_cleanly_on_sigterm(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail())
    proc = subprocess.Popen(
        [sys.executable, "-m", "inbox_agent", "--config", str(config), "run"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env_for(imap_account),
        cwd=ROOT,
    )
    try:
        assert len(smtp_sink.wait_for(1, timeout=30)) == 1
        # a second daemon on the same store is refused with a clear message
        second = subprocess.run(
            [sys.executable, "-m", "inbox_agent", "--config", str(config), "poll", "--once"],
            capture_output=True, text=True, env=env_for(imap_account), timeout=60)
        assert second.returncode == 3 and "already working" in second.stderr
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, output
    assert "stopped" in output
    assert "Traceback" not in output
