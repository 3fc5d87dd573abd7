"""IMAP IDLE: new mail is answered within seconds; IDLE is renewed before servers drop
it; without IDLE, or when it breaks, the daemon polls on its schedule. Against the
real Dovecot (which offers IDLE); a TCP proxy takes IDLE away or cuts the connection."""

from __future__ import annotations

import threading
import time

from helpers import make_mail, write_config
from trust_support import Daemon, Proxy, store_table, wait_until

from inbox_agent.config import Imap as ImapSettings
from inbox_agent.mail.mailbox import Mailbox
from inbox_agent.mail.watch import Watcher


def settings_for(account, host=None, port=None) -> ImapSettings:
    return ImapSettings(host=host or account.host, port=port or account.port, security="none",
                        username=account.username, timeout_seconds=10)


def slow_schedule(config, seconds: int = 600) -> None:
    """Poll on the schedule only every ``seconds``: whatever is faster is IDLE's doing."""
    config.write_text(config.read_text().replace("poll_seconds = 10", f"poll_seconds = {seconds}"))


def test_a_pre_registration_is_answered_within_seconds(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    slow_schedule(config)
    with Daemon(config, imap_account) as daemon:
        wait_until(lambda: store_table(tmp_path / "store.json", "meta").get("last_poll"), 30,
                   "the first poll")
        latencies = []
        for n in range(3):
            time.sleep(0.3)
            arrived = time.monotonic()
            imap_account.append(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<i{n}@ex>"))
            smtp_sink.wait_for(n + 1, timeout=10)
            latencies.append(time.monotonic() - arrived)
        assert daemon.stop() == 0
        output = daemon.output()
    assert max(latencies) < 5, latencies
    assert output.count("new mail reported by the IMAP server (IDLE)") >= 3
    assert "Traceback" not in output
    print(f"\nIDLE: replies {', '.join(f'{t:.2f}' for t in latencies)} s after the mail arrived "
          f"(scheduled polls every 600 s)")


def test_sigterm_stops_a_daemon_waiting_in_idle_promptly(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    slow_schedule(config)
    with Daemon(config, imap_account) as daemon:
        wait_until(lambda: store_table(tmp_path / "store.json", "meta").get("last_poll"), 30,
                   "the first poll")
        time.sleep(0.5)  # in IDLE now
        asked = time.monotonic()
        assert daemon.stop(timeout=15) == 0
        took = time.monotonic() - asked
        output = daemon.output()
    assert took < 5, f"stopping took {took:.1f} s"
    assert "stopped" in output and "Traceback" not in output


def test_mail_arriving_between_watch_and_wait_is_reported(imap_account):
    with Mailbox(settings_for(imap_account), imap_account.password) as box:
        assert box.supports_idle()
        box.watch("INBOX")
        imap_account.append(make_mail())  # e.g. while the poll was running
        started = time.monotonic()
        assert box.wait_for_mail(10) is True
        assert time.monotonic() - started < 2


def test_flag_changes_are_not_new_mail_and_the_wait_ends_on_time(imap_account):
    uid = imap_account.append(make_mail())
    with Mailbox(settings_for(imap_account), imap_account.password) as box, \
            Mailbox(settings_for(imap_account), imap_account.password) as other:
        box.watch("INBOX")
        other.select("INBOX")
        threading.Timer(0.3, lambda: other.mark_done([uid])).start()  # our own keyword
        started = time.monotonic()
        assert box.wait_for_mail(1.5) is False
        assert 1.4 < time.monotonic() - started < 3


def test_idle_is_renewed_and_still_reports_mail(imap_account):
    with Mailbox(settings_for(imap_account), imap_account.password) as box:
        box.watch("INBOX")
        threading.Timer(1.6, lambda: imap_account.append(make_mail())).start()
        assert box.wait_for_mail(10, renew_seconds=0.5, tick=0.2) is True
        assert box.idle_renewals >= 2  # ended and begun again, as before a server's 30 min


def test_without_idle_the_watcher_polls_once_and_leaves_it_to_the_schedule(imap_account, caplog):
    with Proxy(imap_account.host, imap_account.port) as proxy:
        # Take IDLE out of the server's CAPABILITY (same length: literals stay intact).
        proxy.rewrite = lambda data: data.replace(b" IDLE", b" IDLX")
        polls = []
        watcher = Watcher(lambda: Mailbox(settings_for(imap_account, proxy.host, proxy.port),
                                          imap_account.password),
                          "INBOX", poll=lambda: polls.append(time.monotonic()))
        started = time.monotonic()
        with caplog.at_level("INFO", logger="inbox_agent.mail.watch"):
            watcher.run(30)
            watcher.run(30)
    assert len(polls) == 2 and time.monotonic() - started < 5  # no waiting without IDLE
    assert caplog.text.count("does not offer IDLE") == 1  # said once, not at every poll


def test_a_broken_idle_connection_falls_back_to_polling(imap_account, caplog):
    with Proxy(imap_account.host, imap_account.port) as proxy:
        polls = []
        watcher = Watcher(lambda: Mailbox(settings_for(imap_account, proxy.host, proxy.port),
                                          imap_account.password),
                          "INBOX", poll=lambda: polls.append(time.monotonic()))
        threading.Timer(0.8, proxy.cut_all).start()  # a NAT box forgets the connection
        started = time.monotonic()
        with caplog.at_level("INFO", logger="inbox_agent.mail.watch"):
            watcher.run(4)
        took = time.monotonic() - started
        assert len(polls) == 2  # the first poll, and one right after the break
        assert polls[1] - started < 2.5
        assert 3.5 < took < 6  # then it waits for the schedule, as plain polling does
        assert "IMAP IDLE failed" in caplog.text and "polling now" in caplog.text

        # The next scheduled run tries IDLE again, and it works.
        threading.Timer(0.8, lambda: imap_account.append(make_mail())).start()
        watcher.run(4)
        assert len(polls) == 4  # the scheduled poll, and the one for the new mail


def test_a_poll_with_work_left_is_followed_by_the_next_at_once_then_idle(imap_account):
    # The daemon's poll says True while adopted history is still being read: the
    # watcher polls again without waiting, and waits in IDLE once it says False.
    answers = [True, True, False]
    polls = []

    def poll():
        polls.append(time.monotonic())
        return answers.pop(0) if answers else False

    watcher = Watcher(lambda: Mailbox(settings_for(imap_account), imap_account.password),
                      "INBOX", poll=poll)
    started = time.monotonic()
    threading.Timer(2.0, lambda: imap_account.append(make_mail())).start()
    watcher.run(4)
    assert len(polls) == 4  # three at once, then one for the new mail
    assert polls[2] - started < 1.5  # the first three did not wait
    assert polls[3] - started > 1.9  # the fourth came with the new mail, from IDLE
