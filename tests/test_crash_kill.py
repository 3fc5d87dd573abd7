"""Crash anywhere: the daemon is killed with SIGKILL again and again while a burst of a
few hundred mails arrives, and restarted each time. In the end every mail is handled
exactly once, every expected reply reached the SMTP server, and the store is valid.

The kills come at random moments and at named points (``INBOX_AGENT_FAULT``, see
``inbox_agent/faults.py``): while fetching, in the middle of the store write, between
the store write and the send, right before the SMTP transaction, after the Sent copy,
around the IMAP keyword. What is expected comes from a reference run of the same mails
without any kill.

A reply the SMTP server accepted is noted at once (``<store>.sent``), so a kill between
the server's 250 and the Sent copy sends nothing twice. What is left (RELIABILITY.md) is
the instant between the 250 and that note, and a connection lost after the last byte
of the mail but before the 250 arrived. After every kill the test looks from outside
(SMTP sink, Sent folder, store files) for a reply that was accepted but is unknown to
the agent; only such a reply may arrive twice, and the test reports how often.
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter

from helpers import make_mail, run_cli, write_config
from trust_support import Daemon, Imap, last_poll, sink_ids, store_table, wait_for_a_poll, wait_until

from devtools.devservers import SmtpSink
from inbox_agent.faults import POINTS
from inbox_agent.store.db import Store

DONE = "$InboxAgentDone"
PEOPLE = 200
# More kills for a measurement run: INBOX_AGENT_CRASH_KILLS=400 pytest tests/test_crash_kill.py -s
KILLS = int(os.environ.get("INBOX_AGENT_CRASH_KILLS", "40"))
SEED = int(os.environ.get("INBOX_AGENT_CRASH_SEED", "20250602"))
# How often a point is passed per life: once per poll, per batch, per reply.
HITS = {"repair": 1, "fetched": 2, "store-write": 3, "after-commit-1": 2, "before-smtp": 3,
        "after-smtp": 3, "after-sent-copy": 3, "before-flag": 2, "after-flag": 2,
        "after-commit-2": 2}

REGISTRATION = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur Jahrestagung an:

Name: {name}
E-Mail: {email}
Organisation: Stadt Musterhausen, Sozialamt
VSOP-Mitglied (ja/nein): ja
Anzahl Personen: 1
Rechnungsanschrift: Stadt Musterhausen, Marktplatz 1, 12345 Musterhausen
Zahlungsvereinbarung (ja): ja

Mit freundlichen Grüßen
{name}
"""


def burst(rng: random.Random) -> list[bytes]:
    """~300 mails in arrival order: pre-registrations, later binding registrations and
    repeated pre-registrations of some of them, questions, and machines (out-of-office
    replies, list mail, bounces) that must get no answer."""
    mails: list[tuple[float, bytes]] = []
    for i in range(PEOPLE):
        name, email = f"Person {i}", f"person{i}@stadt{i % 17}.example"
        mails.append((i, make_mail(sender=f"{name} <{email}>", message_id=f"<pre-{i}@ex>")))
        if i % 5 == 0:
            body = REGISTRATION.format(name=name, email=email)
            mails.append((i + 20 + rng.random() * 40, make_mail(
                sender=f"{name} <{email}>", subject="Verbindliche Anmeldung", body=body,
                message_id=f"<reg-{i}@ex>")))
        if i % 23 == 0:
            mails.append((i + 5.5, make_mail(sender=f"{name} <{email}>",
                                             message_id=f"<again-{i}@ex>")))
        if i % 9 == 0:
            mails.append((i + 0.5, make_mail(
                sender=f"{name} <{email}>", subject="Automatische Antwort: Tagung",
                body="Ich bin nicht im Büro.", headers={"Auto-Submitted": "auto-replied"},
                message_id=f"<ooo-{i}@ex>")))
        if i % 11 == 0:
            mails.append((i + 0.7, make_mail(
                sender="Sozialplanung-L <sozialplanung-l@lists.example>",
                subject="[Sozialplanung-L] Anmeldung", body="Ich melde mich unverbindlich an.",
                headers={"List-Id": "<sozialplanung-l.lists.example>", "Precedence": "list"},
                message_id=f"<list-{i}@ex>")))
        if i % 13 == 0:
            mails.append((i + 0.9, make_mail(
                sender=f"{name} <{email}>", subject="Frage zum Hotel",
                body=f"Guten Tag, gibt es ein Hotelkontingent in der Nähe? Viele Grüße, {name}",
                message_id=f"<q-{i}@ex>")))
        if i % 17 == 0:
            mails.append((i + 0.3, make_mail(
                sender="Mail Delivery System <MAILER-DAEMON@mx.example>",
                subject="Undelivered Mail Returned to Sender",
                body=f"This is the mail system.\n\n<{email}>: host mx.example said: 550 5.1.1 "
                     f"User unknown\n", headers={"Auto-Submitted": "auto-replied"},
                message_id=f"<bounce-{i}@ex>")))
    return [data for _, data in sorted(mails, key=lambda m: m[0])]


def waves(mails: list[bytes], rng: random.Random, lives: int) -> list[list[bytes]]:
    """A big first burst, then the rest spread over the other lives, so that every life
    has work to be killed in."""
    first, rest = mails[:80], mails[80:]
    out = [first]
    for life in range(1, lives):
        left = lives - life
        n = len(rest) if left == 1 else max(1, round(len(rest) / left * rng.uniform(0.6, 1.4)))
        out.append(rest[:n])
        rest = rest[n:]
    return [w for w in out if w]


def reference(tmp_path, dovecot, mails: list[bytes]) -> dict[str, tuple[str, ...]]:
    """{Message-ID: recipients} of every reply a run without kills sends."""
    account = dovecot.create_account(f"reference-{time.time_ns()}@example.org", "ref-secret")
    folder = tmp_path / "reference"
    folder.mkdir()
    with SmtpSink() as sink, Imap(account) as imap:
        imap.append_all(mails)
        result = run_cli(write_config(folder, account, sink, capacity=1000, batch_size=10),
                         account, "poll", "--once")
        assert result.returncode == 0, result.stderr
        replies = {}
        for received in sink.messages():
            mid = received.message["Message-ID"]
            assert mid not in replies, "the reference run itself sent a reply twice"
            replies[mid] = received.rcpt_tos
    return replies


def test_sigkill_at_any_moment_loses_nothing_and_answers_once(tmp_path, dovecot, imap_account,
                                                              smtp_sink):
    rng = random.Random(SEED)
    mails = burst(rng)
    expected = reference(tmp_path, dovecot, mails)
    assert len(mails) >= 300 and len(expected) >= 200

    config = write_config(tmp_path, imap_account, smtp_sink, capacity=1000, batch_size=5)
    store_path = tmp_path / "store.json"
    targets = list(POINTS)  # the named points, each several times
    pending_waves = waves(mails, rng, KILLS)
    unknown_copies: Counter = Counter()  # Message-ID -> copies accepted but unknown to the agent
    kills: Counter = Counter()
    with Imap(imap_account) as imap:
        for life in range(KILLS):
            if pending_waves:
                imap.append_all(pending_waves.pop(0))
            if life % 2 == 0:
                point = targets[(life // 2) % len(targets)]
                spec = f"{point}:{rng.randint(1, HITS[point])}"
                with Daemon(config, imap_account, env={"INBOX_AGENT_FAULT": spec},
                            log=tmp_path / f"life-{life:02d}.log") as daemon:
                    try:
                        wait_until(lambda: not daemon.alive(), 4, f"fault {spec}")
                        kills[point] += 1
                    except AssertionError:  # nothing left to do that reaches the point
                        kills["(point not reached: killed idle)"] += 1
                    daemon.kill()
                    assert daemon.proc.returncode == -9, daemon.output()
            else:
                with Daemon(config, imap_account, log=tmp_path / f"life-{life:02d}.log") as daemon:
                    time.sleep(rng.uniform(0.2, 1.6))
                    daemon.kill()
                    kills["random moment"] += 1
            _settle(smtp_sink)
            # Look from outside for replies the SMTP server accepted but the agent cannot
            # know of: not in the Sent folder, not marked sent in the store.
            got = sink_ids(smtp_sink)
            filed = imap.header_ids("Sent")
            outbox = store_table(store_path, "outbox")
            noted = _noted(store_path)
            for mid, count in got.items():
                if (mid not in filed and mid not in noted
                        and outbox.get(mid, {}).get("status") != "sent"):
                    unknown_copies[mid] = max(unknown_copies[mid], count)
        assert not pending_waves, "every wave of mail arrived while the daemon was being killed"

        # The last life: no fault. It must finish everything.
        before = last_poll(store_path)
        with Daemon(config, imap_account, log=tmp_path / "life-last.log") as daemon:
            wait_for_a_poll(store_path, before)
            wait_until(lambda: _all_done(imap, store_path), 60, "all mail handled")
            assert daemon.stop() == 0, daemon.output()
            assert "Traceback" not in daemon.output()
        _settle(smtp_sink)

        # Every mail handled exactly once, marked, and still there (nothing deleted).
        flags = imap.flags("INBOX")
        assert len(flags) == len(mails)
        assert all(DONE in f for f in flags.values())
        assert "\\Seen" not in set().union(*flags.values())
        inbox_ids = imap.header_ids("INBOX")
        messages = store_table(store_path, "messages")
        assert set(messages) == set(inbox_ids) and len(messages) == len(mails)
        assert store_table(store_path, "failures") == {}

        # Every expected reply arrived, to the right address; a second copy only where
        # a kill fell between the SMTP server's acceptance and the Sent copy.
        got = sink_ids(smtp_sink)
        assert set(got) == set(expected), (set(expected) - set(got), set(got) - set(expected))
        rcpts = {r.message["Message-ID"]: r.rcpt_tos for r in smtp_sink.messages()}
        assert rcpts == expected
        unexplained = {mid: n for mid, n in got.items() if n > 1 + unknown_copies[mid]}
        assert unexplained == {}, f"replies sent twice without a kill in the window: {unexplained}"
        duplicates = sum(n - 1 for n in got.values())
        # Exactly one copy of each reply in the Sent folder, each marked sent.
        assert imap.header_ids("Sent") == Counter(dict.fromkeys(expected, 1))
        outbox = store_table(store_path, "outbox")
        assert set(outbox) == set(expected)
        assert {e["status"] for e in outbox.values()} == {"sent"}

    # The store opens cleanly, and no half-written temporary file was left behind.
    with Store(store_path) as store:
        assert store.count("messages") == len(mails)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

    window = sum(1 for mid in unknown_copies)
    print(f"\ncrash test: survived {sum(kills.values())} SIGKILLs "
          f"({', '.join(f'{k}: {v}' for k, v in sorted(kills.items()))}); "
          f"{len(mails)} mails, each handled exactly once, none lost; "
          f"{len(expected)} replies, each delivered; "
          f"{'no duplicate reply' if duplicates == 0 else f'{duplicates} duplicate(s)'}; "
          f"{window} kill(s) fell where a reply was accepted but not yet noted")


def _settle(sink, quiet: float = 0.15) -> None:
    """Wait until the SMTP sink has received nothing new for ``quiet`` seconds (a
    killed client's last DATA may still be in flight)."""
    last = -1
    while True:
        now = len(sink.messages())
        if now == last:
            return
        last = now
        time.sleep(quiet)


def _noted(store_path) -> set[str]:
    """Replies the store noted as accepted by the SMTP server (see Store.note_sent)."""
    path = store_path.with_name(store_path.name + ".sent")
    return set(path.read_text().split()) if path.exists() else set()


def _all_done(imap: Imap, store_path) -> bool:
    flags = imap.flags("INBOX")
    if not flags or not all(DONE in f for f in flags.values()):
        return False
    outbox = store_table(store_path, "outbox")
    return all(e["status"] == "sent" for e in outbox.values())
