"""Outages: the IMAP server goes away and comes back, the SMTP server answers 421/451
(retried later, with growing waits) or 550 (recorded, shown in the digest, never
retried), a connection drops in the middle of a FETCH. The daemon keeps running and
catches up; nothing is lost and nothing sent twice."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from helpers import make_mail, run_cli, write_config
from trust_support import Daemon, Imap, Proxy, sink_ids, store_table

from devtools.devservers import SmtpSink
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once
from inbox_agent.clock import FixedClock
from inbox_agent.config import load_config

DONE = "$InboxAgentDone"


def test_the_daemon_rides_out_an_imap_server_restart(tmp_path, dovecot, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(message_id="<before@ex>"))
    with Daemon(config, imap_account) as daemon:
        smtp_sink.wait_for(1, timeout=30)
        mark = len(daemon.output())
        dovecot.stop()  # the provider's maintenance window
        try:
            daemon.wait_for_output("IMAP", timeout=30, start=mark)  # it noticed, and says so
            time.sleep(1)
            assert daemon.alive()
        finally:
            dovecot.start()
        imap_account.append(make_mail(sender="B <b@example.de>", message_id="<after@ex>"))
        smtp_sink.wait_for(2, timeout=30)  # caught up at the next scheduled poll
        assert daemon.stop() == 0
        output = daemon.output()
    assert "Traceback" not in output
    assert sorted(sink_ids(smtp_sink).values()) == [1, 1]
    assert all(DONE in m.flags for m in imap_account.messages())


@pytest.mark.parametrize("code, text", [(451, "4.3.0 Try again later"),
                                        (421, "4.7.0 Too many connections, closing")])
def test_temporary_smtp_failures_are_retried_with_growing_waits(
        code, text, tmp_path, imap_account, smtp_sink, monkeypatch):
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap_account.password)
    clock = FixedClock(datetime.now(UTC))
    services = bootstrap(load_config(write_config(tmp_path, imap_account, smtp_sink)), clock=clock)
    imap_account.append(make_mail())
    smtp_sink.fail_next(code, text, times=3)
    waits = []
    try:
        for _ in range(3):
            report = poll_once(services)
            assert report.delivery.deferred and not report.delivery.sent
            [entry] = store_table(tmp_path / "store.json", "outbox").values()
            waits.append(datetime.fromisoformat(entry["next_try"]) - clock.now())
            clock.advance(waits[-1] - timedelta(seconds=1))
            assert not poll_once(services).delivery.sent  # not before its time
            clock.advance(timedelta(seconds=2))
        report = poll_once(services)
        assert len(report.delivery.sent) == 1
    finally:
        services.store.close()
    assert waits == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert len(smtp_sink.wait_for(1)) == 1
    [entry] = store_table(tmp_path / "store.json", "outbox").values()
    assert entry["status"] == "sent" and entry["attempts"] == 4
    assert DONE in imap_account.messages()[0].flags  # the inbound mail was handled at once


def test_an_unreachable_smtp_server_keeps_replies_planned_not_lost(
        tmp_path, imap_account, smtp_sink, monkeypatch):
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap_account.password)
    clock = FixedClock(datetime.now(UTC))
    services = bootstrap(load_config(write_config(tmp_path, imap_account, smtp_sink)), clock=clock)
    imap_account.append(make_mail())
    smtp_sink.stop()  # connection refused
    try:
        report = poll_once(services)
        [(_, why)] = report.delivery.deferred
        assert "cannot connect to the SMTP server" in why
        with SmtpSink(port=smtp_sink.port) as back:  # the server is back
            clock.advance(timedelta(minutes=2))
            assert len(poll_once(services).delivery.sent) == 1
            assert len(back.wait_for(1)) == 1
    finally:
        services.store.close()


def test_a_refused_recipient_is_recorded_shown_to_staff_and_not_retried(
        tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(sender="Weg <weg@stadt-musterhausen.de>"))
    imap_account.append(make_mail(sender="Da <da@stadt-musterhausen.de>"))
    smtp_sink.fail_next(550, "5.1.1 <weg@stadt-musterhausen.de>: Recipient address rejected",
                        stage="RCPT")
    first = run_cli(config, imap_account, "poll", "--once")
    assert first.returncode == 0, first.stderr
    assert "could not be sent" in first.stdout and "550" in first.stdout
    assert [r.rcpt_tos for r in smtp_sink.wait_for(1)] == [("da@stadt-musterhausen.de",)]
    for _ in range(2):  # later polls leave it alone
        assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    time.sleep(0.2)
    assert len(smtp_sink.messages()) == 1
    failed = [e for e in store_table(tmp_path / "store.json", "outbox").values()
              if e["status"] == "failed"]
    assert [(e["to"], e["attempts"]) for e in failed] == [("weg@stadt-musterhausen.de", 1)]
    assert "550" in failed[0]["error"]
    digest = run_cli(config, imap_account, "digest", "--print")
    assert digest.returncode == 0, digest.stderr
    assert "weg@stadt-musterhausen.de" in digest.stdout
    assert "nicht zugestellt" in digest.stdout


def test_a_connection_dropped_in_the_middle_of_a_fetch_loses_nothing(
        tmp_path, imap_account, smtp_sink):
    body = "Ich melde mich unverbindlich zur Tagung an.\n" + "Anlage folgt. " * 4000
    with Imap(imap_account) as imap:
        imap.append_all(make_mail(sender=f"P{n} <p{n}@example.de>", body=body,
                                  message_id=f"<big{n}@ex>") for n in range(12))
    with Proxy(imap_account.host, imap_account.port) as proxy:
        config = write_config(tmp_path, imap_account, smtp_sink, batch_size=5)
        config.write_text(config.read_text().replace(f"port = {imap_account.port}",
                                                     f"port = {proxy.port}"))
        proxy.cut_after(400_000)  # in the middle of the second batch's FETCH (~290 kB each)
        cut = run_cli(config, imap_account, "poll", "--once")
        assert proxy.cuts == 1
        assert cut.returncode == 5, (cut.stdout, cut.stderr)
        assert "temporary" in cut.stderr and "Traceback" not in cut.stderr
        answered_before = len(smtp_sink.messages())
        assert 0 < answered_before < 12  # the first batch was complete before the cut

        again = run_cli(config, imap_account, "poll", "--once")
        assert again.returncode == 0, again.stderr
    smtp_sink.wait_for(12)
    time.sleep(0.2)
    assert sorted(set(sink_ids(smtp_sink).values())) == [1]
    assert len(smtp_sink.messages()) == 12
    assert all(DONE in m.flags for m in imap_account.messages())
