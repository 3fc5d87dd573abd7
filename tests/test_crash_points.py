"""Kills and crashes at single, chosen points, and what the next run makes of them.

``test_crash_kill.py`` kills the daemon at many moments in a row; these tests pin
down one point each, so a regression names its place.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest
from helpers import env_for, make_mail, run_cli, write_config
from trust_support import Imap, sink_ids, store_table

from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once
from inbox_agent.clock import FixedClock
from inbox_agent.config import load_config
from inbox_agent.faults import ENV, parse


class Crash(BaseException):
    """Stands for the process dying at that very point."""


def poll_with_fault(config, imap, spec: str):
    import subprocess
    import sys

    from helpers import ROOT

    return subprocess.run(
        [sys.executable, "-m", "inbox_agent", "--config", str(config), "poll", "--once"],
        capture_output=True, text=True, env={**env_for(imap), ENV: spec}, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("spec", ["fetched", "after-commit-1", "before-smtp", "after-sent-copy",
                                  "before-flag", "after-flag", "store-write:2"])
def test_a_kill_at_each_point_loses_nothing_and_sends_nothing_twice(
        spec, tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    for n in range(3):
        imap_account.append(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<k{n}@ex>"))
    killed = poll_with_fault(config, imap_account, f"{spec}")
    assert killed.returncode == -9, (killed.stdout, killed.stderr)

    again = run_cli(config, imap_account, "poll", "--once")
    assert again.returncode == 0, again.stderr
    smtp_sink.wait_for(3)
    assert sorted(sink_ids(smtp_sink).values()) == [1, 1, 1]
    assert len(imap_account.messages("Sent")) == 3
    assert all("$InboxAgentDone" in m.flags for m in imap_account.messages())
    outbox = store_table(tmp_path / "store.json", "outbox")
    assert [e["status"] for e in outbox.values()] == ["sent"] * 3


def test_a_kill_right_after_the_smtp_server_accepted_sends_no_second_copy(
        tmp_path, imap_account, smtp_sink):
    """The SMTP server said 250, the process died before the copy reached the Sent
    folder and before the store recorded it. The note written the moment the 250
    arrived (``<store>.sent``) tells the next run: it files the missing copy in Sent
    and does not send again."""
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(message_id="<window@ex>"))
    killed = poll_with_fault(config, imap_account, "after-smtp")
    assert killed.returncode == -9
    [first] = smtp_sink.wait_for(1)
    assert imap_account.messages("Sent") == []
    assert first.message["Message-ID"] in (tmp_path / "store.json.sent").read_text()

    again = run_cli(config, imap_account, "poll", "--once")
    assert again.returncode == 0, again.stderr
    assert "already sent" in again.stdout
    time.sleep(0.3)
    assert len(smtp_sink.messages()) == 1
    [copy] = imap_account.messages("Sent")
    assert copy.message["Message-ID"] == first.message["Message-ID"]
    [entry] = store_table(tmp_path / "store.json", "outbox").values()
    assert entry["status"] == "sent"
    assert (tmp_path / "store.json.sent").read_text() == ""  # recorded: the note is cleared


def test_the_window_left_a_power_cut_right_after_the_smtp_server_accepted(
        tmp_path, imap_account, smtp_sink):
    """The documented limit (RELIABILITY.md): the note is not fsynced (that would cost a
    disk flush per reply). A power cut in the moment after the 250 loses it, and with
    it the only trace of the reply: the next run sends it again (at-least-once, since a
    lost programme is worse than a second one). The copy is identical, with the same
    Message-ID, so threading mail programs and Gmail show it once."""
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(message_id="<window@ex>"))
    assert poll_with_fault(config, imap_account, "after-smtp").returncode == -9
    (tmp_path / "store.json.sent").write_text("")  # what the power cut takes with it
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    copies = smtp_sink.wait_for(2)
    assert copies[0].message["Message-ID"] == copies[1].message["Message-ID"]
    assert len(imap_account.messages("Sent")) == 1


def test_a_leftover_is_looked_up_in_sent_even_when_an_smtp_failure_interrupts_the_repair(
        tmp_path, imap_account, smtp_sink, monkeypatch):
    """Leftovers of a crashed run: one never sent (it was deferred), one sent and filed
    in Sent but not recorded. The repair tries the first, the SMTP server answers 451;
    the second must still not be sent blindly by the batch that follows."""
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap_account.password)
    config = load_config(write_config(tmp_path, imap_account, smtp_sink))
    clock = FixedClock(datetime.now(UTC))

    imap_account.append(make_mail(sender="U <u@example.de>", message_id="<u@ex>"))
    smtp_sink.fail_next(451, "4.3.0 Try again later")
    first = bootstrap(config, clock=clock)
    assert poll_once(first).delivery.deferred  # U waits (backoff)
    imap_account.append(make_mail(sender="S <s@example.de>", message_id="<s@ex>"))
    real_write, writes = first.store._write, []

    def write_then_crash():
        writes.append(1)
        if len(writes) == 2:  # commit #2: S went out and is in Sent, not yet recorded
            raise Crash()
        real_write()

    monkeypatch.setattr(first.store, "_write", write_then_crash)
    with pytest.raises(Crash):
        poll_once(first)
    first.store.close()
    assert len(smtp_sink.wait_for(1)) == 1

    clock.advance(timedelta(minutes=5))
    imap_account.append(make_mail(sender="C <c@example.de>", message_id="<c@ex>"))
    smtp_sink.fail_next(451, "4.3.0 Try again later")
    restarted = bootstrap(config, clock=clock)
    try:
        report = poll_once(restarted)
        assert len(report.delivery.reconciled) == 1  # S: found in Sent, not sent again
        clock.advance(timedelta(minutes=5))
        poll_once(restarted)  # U's backoff is over
    finally:
        restarted.store.close()
    counts = sink_ids(smtp_sink)
    assert sorted(counts.values()) == [1, 1, 1], counts
    assert {e["status"] for e in store_table(tmp_path / "store.json", "outbox").values()} == {"sent"}


def test_fault_spec_typos_are_errors_not_silence():
    assert parse("after-commit-1:3, before-smtp") == {"after-commit-1": 3, "before-smtp": 1}
    with pytest.raises(ValueError, match="unknown fault point"):
        parse("after-comit-1")
    with pytest.raises(ValueError, match="whole number"):
        parse("fetched:x")
    assert os.environ.get(ENV) is None  # the test process itself is never armed


def test_the_sent_lookup_finds_exactly_the_replies_that_are_there(tmp_path, imap_account):
    from inbox_agent.config import Imap as ImapSettings
    from inbox_agent.mail.mailbox import Mailbox

    present = [f"<programme.{n:024x}@vsop.de>" for n in range(60)]
    with Imap(imap_account) as imap:
        imap.append_all([make_mail(message_id=mid) for mid in [*present, "<other@ex>"]], "Sent")
    settings = ImapSettings(host=imap_account.host, port=imap_account.port, security="none",
                    username=imap_account.username)
    asked = present[::3] + [f"<programme.{n:024x}@vsop.de>" for n in range(60, 80)]
    asked += ["<programme.1@vsop.de", 'x"y', "<ümlaut@x>"]  # nothing odd breaks the search
    with Mailbox(settings, imap_account.password) as box:
        box.select("INBOX")
        assert box.sent_message_ids(asked) == set(present[::3])
        assert box.sent_message_ids([]) == set()
        assert box.uids_after(0) == []  # the INBOX is selected again afterwards


@pytest.mark.parametrize("spec", ["after-commit-1:2", "before-smtp:3", "after-smtp:2",
                                  "after-sent-copy:3", "after-flag:1", "after-commit-2:1"])
def test_a_pipelined_burst_keeps_the_durable_order_at_every_kill(
        spec, tmp_path, imap_account, smtp_sink):
    """Seven mails in batches of two: the poll pipelines them (``app.pollpipe``: batch
    k+1 decided while the replies of batch k go out from the wire thread). Killed at any
    point, what the process left obeys the order: a mail's done keyword only after its
    reply went, a reply only for a decision on disk. The next poll finishes the rest,
    every mail answered once."""
    config = write_config(tmp_path, imap_account, smtp_sink, batch_size=2)
    for n in range(7):
        imap_account.append(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<q{n}@ex>"))
    killed = poll_with_fault(config, imap_account, spec)
    assert killed.returncode == -9, (killed.stdout, killed.stderr)

    time.sleep(0.3)
    answered = {m.message["In-Reply-To"] for m in smtp_sink.messages()}
    flagged = {m.message["Message-ID"] for m in imap_account.messages()
               if "$InboxAgentDone" in m.flags}
    assert flagged <= answered  # the keyword only after the reply
    recorded = {e["in_reply_to"] for e in store_table(tmp_path / "store.json", "outbox").values()}
    assert answered <= recorded  # a reply only for a committed decision

    again = run_cli(config, imap_account, "poll", "--once")
    assert again.returncode == 0, again.stderr
    smtp_sink.wait_for(7)
    assert sorted(sink_ids(smtp_sink).values()) == [1] * 7
    assert len(imap_account.messages("Sent")) == 7
    assert all("$InboxAgentDone" in m.flags for m in imap_account.messages())
    outbox = store_table(tmp_path / "store.json", "outbox")
    assert [e["status"] for e in outbox.values()] == ["sent"] * 7


def test_a_pipelined_burst_answers_every_mail_once_in_order(tmp_path, imap_account, smtp_sink):
    """Without a fault: the pipelined poll sends the replies in the order of the mails,
    each with its copy in Sent, and sets every keyword."""
    config = write_config(tmp_path, imap_account, smtp_sink, batch_size=3)
    for n in range(10):
        imap_account.append(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<o{n}@ex>"))
    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 0, result.stderr
    replies = smtp_sink.wait_for(10)
    assert [m.message["In-Reply-To"] for m in replies] == [f"<o{n}@ex>" for n in range(10)]
    assert len(imap_account.messages("Sent")) == 10
    assert all("$InboxAgentDone" in m.flags for m in imap_account.messages())
