"""Store surprises: a damaged file, a full disk, a read-only folder. The store refuses
or reports, keeps the last good copy, and never loses a decision silently: what was
not saved was not sent, and is done again once the disk is writable."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import date
from enum import Enum, IntEnum
from pathlib import Path

import pytest
from helpers import ROOT, env_for, make_mail, run_cli, write_config
from trust_support import Daemon, sink_ids, store_table, wait_until

from inbox_agent.errors import StoreError
from inbox_agent.store import journal
from inbox_agent.store.db import Store

DONE = "$InboxAgentDone"


# -- in memory: what failed to reach the disk does not live on --------------------------


@pytest.mark.parametrize("what", ["journal", "snapshot"])
def test_a_commit_that_cannot_be_saved_is_not_kept_in_memory_either(tmp_path, monkeypatch, what):
    path = tmp_path / "s.json"
    store = Store(path).open()
    store.put("attendees", {"key": "a@x.de", "state": "option"})
    store.commit()
    if what == "snapshot":
        store.compact()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal, "append", disk_full)
    monkeypatch.setattr(os, "replace", disk_full)
    monkeypatch.setattr("inbox_agent.store.db.MIN_JOURNAL_BYTES", 0 if what == "snapshot" else 1 << 20)
    store.put("attendees", {"key": "a@x.de", "state": "registered"})
    store.put("outbox", {"key": "<r@vsop.de>", "status": "planned"})
    with pytest.raises(StoreError, match="No space left on device.*done again"):
        store.commit()
    # As after a restart: the unsaved decision and its planned reply are gone from
    # memory too, so nothing can be sent on the strength of a record that is not on disk.
    assert store.get("attendees", "a@x.de")["state"] == "option"
    assert store.get("outbox", "<r@vsop.de>") is None
    assert not store.dirty
    monkeypatch.undo()
    store.put("attendees", {"key": "a@x.de", "state": "registered"})
    store.commit()  # the disk has room again: the work is simply done again
    store.close()
    with Store(path) as again:
        assert again.get("attendees", "a@x.de")["state"] == "registered"


def test_a_full_disk_when_noting_an_accepted_reply_is_no_reason_to_send_it_again(
        tmp_path, monkeypatch, caplog):
    store = Store(tmp_path / "s.json").open()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "open", disk_full)
    store.note_sent("<r@vsop.de>")  # does not raise: the reply has left already
    monkeypatch.undo()
    assert "<r@vsop.de>" in store.noted_sent()
    assert "could not note <r@vsop.de> as sent" in caplog.text
    store.close()


# -- through the command line -----------------------------------------------------------


def test_a_damaged_store_is_refused_by_the_cli_and_the_good_copy_kept(
        tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    store = tmp_path / "store.json"
    imap_account.append(make_mail(message_id="<a@ex>"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    with Store(store) as s:
        s.compact()  # a second snapshot: the first becomes the .bak
    backup = store.with_name("store.json.bak")
    assert backup.exists() and json.loads(backup.read_bytes())
    damaged = store.read_bytes()[: len(store.read_bytes()) // 2]  # cut off, as by a full disk
    store.write_bytes(damaged)

    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 3
    assert "damaged" in result.stderr and "store.json.bak" in result.stderr
    assert "Traceback" not in result.stderr
    assert store.read_bytes() == damaged  # left as it was, for a human to look at
    assert json.loads(backup.read_bytes())  # the good copy is still there


def test_a_restored_old_copy_does_not_answer_anyone_twice(tmp_path, imap_account, smtp_sink):
    """The way back after damage: copy the .bak over the store, as the message says. That
    copy is older than what was answered since; the mails after it are read again (they
    carry the done keyword), and every reply found in the Sent folder is not sent again."""
    config = write_config(tmp_path, imap_account, smtp_sink)
    store = tmp_path / "store.json"
    imap_account.append(make_mail(message_id="<first@ex>"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    _compact(store)  # a snapshot of the state after the first mail
    for n in range(3):
        imap_account.append(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<p{n}@ex>"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    assert len(smtp_sink.wait_for(4)) == 4
    _compact(store)  # the next snapshot: the previous one becomes store.json.bak

    store.write_bytes(b"{ damaged")
    refused = run_cli(config, imap_account, "poll", "--once")
    assert refused.returncode == 3 and "store.json.bak" in refused.stderr
    shutil.copy(store.with_name("store.json.bak"), store)
    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("already sent") == 3, result.stdout
    assert sorted(sink_ids(smtp_sink).values()) == [1, 1, 1, 1]
    assert len(store_table(store, "messages")) == 4  # the three later mails are known again
    assert len(store_table(store, "attendees")) == 4


def _compact(path: Path) -> None:
    with Store(path) as store:
        store.compact()


def test_a_full_disk_is_reported_and_nothing_is_sent_until_it_can_be_recorded(
        tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(message_id="<a@ex>"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    smtp_sink.wait_for(1)
    imap_account.append(make_mail(sender="B <b@example.de>", message_id="<b@ex>"))

    full = _run_with_file_size_limit(config, imap_account, "poll", "--once")
    assert full.returncode == 3, full.stderr
    assert "could not save the store" in full.stderr and "File too large" in full.stderr
    assert "done again" in full.stderr and "Traceback" not in full.stderr
    assert len(smtp_sink.messages()) == 1  # B's reply was not sent: it is not recorded
    flags = {m.message["Message-ID"]: m.flags for m in imap_account.messages()}
    assert DONE not in flags["<b@ex>"]

    again = run_cli(config, imap_account, "poll", "--once")
    assert again.returncode == 0, again.stderr
    assert sorted(sink_ids(smtp_sink).values()) == [1, 1]


def test_the_daemon_survives_a_full_disk_and_catches_up_when_there_is_room(
        tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(message_id="<a@ex>"))
    with Daemon(config, imap_account, preexec=_ignore_sigxfsz) as daemon:
        smtp_sink.wait_for(1, timeout=30)
        wait_until(lambda: [e["status"] for e in store_table(tmp_path / "store.json",
                                                               "outbox").values()] == ["sent"],
                   30, "the first reply recorded")
        # The disk fills up under the running daemon (its file size limit drops to 0).
        resource.prlimit(daemon.proc.pid, resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
        mark = len(daemon.output())
        imap_account.append(make_mail(sender="B <b@example.de>", message_id="<b@ex>"))
        daemon.wait_for_output("could not save the store", timeout=30, start=mark)
        assert len(smtp_sink.messages()) == 1
        resource.prlimit(daemon.proc.pid, resource.RLIMIT_FSIZE,
                         (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        smtp_sink.wait_for(2, timeout=30)  # answered at the next poll
        assert daemon.stop() == 0
        output = daemon.output()
    assert "Traceback" not in output
    assert sorted(sink_ids(smtp_sink).values()) == [1, 1]
    assert all(DONE in m.flags for m in imap_account.messages())


def test_a_read_only_store_folder_is_reported(tmp_path, imap_account, smtp_sink):
    """The store's folder cannot be written (wrong owner after a restore, a read-only
    mount). Root may write anywhere: as root the process runs without the capabilities
    that override file permissions (setpriv, from util-linux)."""
    config = write_config(tmp_path, imap_account, smtp_sink)
    folder = tmp_path / "var"
    folder.mkdir()
    config.write_text(config.read_text().replace(str(tmp_path / "store.json"),
                                                 str(folder / "store.json")))
    imap_account.append(make_mail())
    folder.chmod(0o555)
    try:
        result = subprocess.run(
            [*_WITHOUT_ROOT_POWERS, sys.executable, "-m", "inbox_agent", "--config", str(config),
             "poll", "--once"],
            capture_output=True, text=True, env=env_for(imap_account), cwd=ROOT, timeout=60)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 3, (result.stdout, result.stderr)
    assert "Permission denied" in result.stderr and str(folder) in result.stderr
    assert "Traceback" not in result.stderr
    assert smtp_sink.messages() == []
    assert DONE not in imap_account.messages()[0].flags


# -- helpers ------------------------------------------------------------------------------


def _ignore_sigxfsz() -> None:
    # A write beyond the file size limit then fails with EFBIG ("File too large")
    # instead of killing the process: the way a full disk looks to a program.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _run_with_file_size_limit(config, imap, *args: str) -> subprocess.CompletedProcess:
    def limit() -> None:
        _ignore_sigxfsz()
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))

    return subprocess.run([sys.executable, "-m", "inbox_agent", "--config", str(config), *args],
                          capture_output=True, text=True, env=env_for(imap), cwd=ROOT,
                          timeout=60, preexec_fn=limit)


_WITHOUT_ROOT_POWERS = (
    ("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner")
    if os.geteuid() == 0 else ())


@dataclass
class Note:
    n: int


class Plain(Enum):
    A = "a"


class Counted(IntEnum):
    TWO = 2


def test_a_value_the_store_cannot_write_fails_at_put_and_the_batch_still_commits(tmp_path):
    """``put`` refuses what the file cannot hold (NaN, a lone surrogate, a date object)
    at the caller, inside the mail's error boundary: before round 7 a lone surrogate
    was staged and broke the whole batch's commit."""
    with Store(tmp_path / "store.json") as store:
        # (orjson could write a date, a UUID, a dataclass, an Enum: refused all the same)
        for bad in (float("nan"), float("inf"), "text \udc80 from undecodable bytes", Path("x"),
                    date(2026, 1, 2), uuid.UUID(int=7), Note(1), Plain.A):
            with pytest.raises((ValueError, TypeError)):
                store.put("meta", {"key": "bad", "value": [1, {"deep": bad}]})
        store.put("meta", {"key": "good", "value": ["ü😀", 2 ** 70, -0.0, 1e308]})
        store.put("meta", {"key": "json", "value": (1, Counted.TWO, {2: None}), "n": None})
        store.commit()
    with Store(tmp_path / "store.json") as store:
        assert store.get("meta", "bad") is None
        assert store.get("meta", "good")["value"] == ["ü😀", 2 ** 70, -0.0, 1e308]
        assert store.get("meta", "json") == {"key": "json", "value": [1, 2, {"2": None}], "n": None}
