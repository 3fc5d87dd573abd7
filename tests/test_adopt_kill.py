"""Adopting a mailbox while the daemon is killed again and again (SIGKILL).

400 mails dated months back (the office answered some of them, in Sent) and three new
ones: the daemon adopts the old ones as history, recorded from their headers, reads
their bodies in the polls after, and answers the new ones, while it is killed at random
moments and in the middle of its store writes, and restarted each time. In the end no
old mail was answered, each new one exactly once, and every history record is read in
full, with what the mail says.
"""

from __future__ import annotations

import imaplib
import random
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from helpers import OFFICE, make_mail, write_config
from trust_support import Daemon, last_poll, store_table, wait_for_a_poll, wait_until

OLD = 400


def _old(n: int, when: datetime) -> bytes:
    body = ("Hiermit melde ich mich unverbindlich zur Jahrestagung an.\n\nPerson {n}"
            if n % 3 else "Gibt es in diesem Jahr wieder ein Abendprogramm?\n\nPerson {n}")
    mail = make_mail(sender=f"Person {n} <person{n}@amt-{n % 7}.example>",
                     subject=f"Tagung ({n})", body=body.format(n=n),
                     message_id=f"<old-{n}@amt.example>")
    return mail.replace(b"Date: ", f"Date: {format_datetime(when)}\nX-Old-Date: ".encode(), 1)


def _fill(imap) -> None:
    now = datetime.now(UTC)
    with imaplib.IMAP4(imap.host, imap.port) as conn:
        conn.login(imap.username, imap.password)
        conn.create("Sent")
        for n in range(OLD):
            when = now - timedelta(days=OLD + 50 - n)
            conn.append("INBOX", None, imaplib.Time2Internaldate(when), _old(n, when))
            if n % 10 == 0:
                answer = make_mail(sender=f"VSOP <{OFFICE}>", subject=f"Re: Tagung ({n})",
                                   body="Danke!", headers={"In-Reply-To": f"<old-{n}@amt.example>"})
                conn.append("Sent", "(\\Seen)",
                            imaplib.Time2Internaldate(when + timedelta(hours=2)), answer)
        for n in range(3):
            conn.append("INBOX", None, imaplib.Time2Internaldate(now),
                        make_mail(sender=f"Neu {n} <neu{n}@kreis.example>",
                                  message_id=f"<new-{n}@kreis.example>"))


def _unread(store_path) -> int:
    rec = store_table(store_path, "meta").get("history_unread")
    return rec["count"] if rec else -1


def test_adoption_survives_kills_answers_no_old_mail_and_reads_every_body(
        tmp_path, imap_account, smtp_sink):
    rng = random.Random(20261201)
    config = write_config(tmp_path, imap_account, smtp_sink, batch_size=10)
    store_path = tmp_path / "store.json"
    _fill(imap_account)
    killed_unread = 0  # lives killed while history bodies were still unread
    for life in range(10):
        if life % 2 == 0:
            spec = f"store-write:{rng.randint(1, 40)}"
            with Daemon(config, imap_account, env={"INBOX_AGENT_FAULT": spec},
                        log=tmp_path / f"life-{life}.log") as daemon:
                try:
                    wait_until(lambda: not daemon.alive(), 20, f"fault {spec}")
                except AssertionError:  # nothing left that writes the store
                    pass
                daemon.kill()
        else:
            with Daemon(config, imap_account, log=tmp_path / f"life-{life}.log") as daemon:
                time.sleep(rng.uniform(0.2, 1.2))
                daemon.kill()
        killed_unread += _unread(store_path) > 0
    assert killed_unread >= 2  # the kills came while the bodies were being read

    before = last_poll(store_path)
    with Daemon(config, imap_account, log=tmp_path / "life-last.log") as daemon:
        wait_for_a_poll(store_path, before)
        wait_until(lambda: _unread(store_path) == 0, 120, "every history body read")
        wait_until(lambda: len(smtp_sink.messages()) >= 3, 60, "the three new mails answered")
        time.sleep(0.5)  # anything sent twice would arrive now
        assert daemon.stop() == 0, daemon.output()
        assert "Traceback" not in daemon.output()

    got = sorted(m.rcpt_tos for m in smtp_sink.messages())
    assert got == [(f"neu{n}@kreis.example",) for n in range(3)]  # each once, no old mail
    messages = store_table(store_path, "messages")
    history = {k: m for k, m in messages.items() if m.get("history")}
    assert len(history) == OLD and len(messages) == OLD + 3
    for n in range(OLD):
        rec = history[f"<old-{n}@amt.example>"]
        assert "unread" not in rec
        assert rec["intent"] == ("pre_registration" if n % 3 else "question"), rec
        if n % 3:
            assert rec["fields"].get("email") == f"person{n}@amt-{n % 7}.example"
        assert (rec["answered_by_office"] or {}).get("how") == ("thread" if n % 10 == 0 else None)
    assert store_table(store_path, "attendees").keys() == {f"neu{n}@kreis.example" for n in range(3)}
    assert store_table(store_path, "failures") == {}
