"""How long adopting a mailbox takes: ``python -m bench.adopt [--count 10000]``.

Starts a private Dovecot and an SMTP sink, fills INBOX with ``--count`` mails dated
months back (INTERNALDATE and Date one to 400 days before now; the benchmark's corpus
mix, ``bench.corpus``, or ``--small`` one-line pre-registrations) and the Sent folder
with an office answer to every tenth, then times, each as its own process as an office
runs them:

1. ``inbox-agent adopt --dry-run`` (headers only: what would be history);
2. ``inbox-agent poll --once``: the first start, which adopts every mail as history,
   recorded from its header (a mail that may be an opt-out read in full at once);
3. ``inbox-agent adopt``: the bodies of the history left (what the polls after the
   first start read a batch at a time), all read in one process;
4. ``inbox-agent poll --once`` again (an empty poll on the adopted store).

and checks that nothing was sent, every mail is history and every body was read.
Then the **floor** on the same mailbox (``bench.floor``, as ``python -m bench`` measures
it): plain imapclient ``FETCH BODY.PEEK[]`` of every mail in batches of 50 (what the
first start fetches) and plain ``mailparser.parse_from_bytes`` of each; issue 17 wants
the first start within 1.5x of it. Prints one line per step; ``--json FILE`` keeps the
figures.
"""

from __future__ import annotations

import argparse
import imaplib
import json
import logging
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from devtools.devservers import Dovecot, SmtpSink
from inbox_agent.app.adopt_sent import envelope

from . import corpus, floor
from .run import PASSWORD, run_command, write_config

USER = "office-adopt@example.org"


def old_mails(count: int, small: bool, seed: int) -> list[tuple[bytes, datetime]]:
    """``count`` mails, each with an arrival time 1-400 days back (in that order)."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    whens = sorted(now - timedelta(days=rng.uniform(1.5, 400)) for _ in range(count))
    if small:
        datas = [(f"From: Person {n} <p{n}@amt{n % 97}.example>\r\nTo: geschaeftsstelle@vsop.de\r\n"
                  f"Subject: Voranmeldung\r\nMessage-ID: <small-{n}@amt.example>\r\n"
                  f"Date: {format_datetime(whens[n])}\r\n\r\nHiermit melde ich mich unverbindlich "
                  f"zur Jahrestagung an.\r\nPerson {n}\r\n").encode() for n in range(count)]
    else:
        datas = [s.data for s in corpus.generate(count, seed)]
    return list(zip(datas, whens))


def fill(dovecot: Dovecot, mails: list[tuple[bytes, datetime]]) -> float:
    """APPEND the mails to INBOX with their old INTERNALDATE, and an office answer to
    every tenth to Sent (half in the thread, half only to the sender), over one
    connection; the seconds it took."""
    start = time.perf_counter()
    conn = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=120)
    try:
        conn.login(USER, PASSWORD)
        conn.create("Sent")
        for n, (data, when) in enumerate(mails):
            conn.append("INBOX", None, imaplib.Time2Internaldate(when), data)
            original = envelope(n, when, data)
            if n % 10 == 0 and original.sender:
                later = when + timedelta(hours=2)
                thread = f"In-Reply-To: {original.message_id}\r\n" if n % 20 == 0 else ""
                answer = (f"From: geschaeftsstelle@vsop.de\r\nTo: {original.sender}\r\n{thread}"
                          f"Subject: Re: Ihre Mail\r\nMessage-ID: <answer-{n}@vsop.de>\r\n"
                          f"Date: {format_datetime(later)}\r\n\r\nDanke!\r\n").encode()
                conn.append("Sent", "(\\Seen)", imaplib.Time2Internaldate(later), answer)
    finally:
        conn.logout()
    return time.perf_counter() - start


def _floor(dovecot: Dovecot, figures: dict) -> None:
    """Fetch and parse every mail with the bare libraries; the first start's ratio."""
    logging.getLogger("mailparser").setLevel(logging.ERROR)  # "content ... not handled"
    start, cpu = time.perf_counter(), time.process_time()
    mails = floor.fetch_all(dovecot.host, dovecot.port, USER, PASSWORD, 50)
    fetched = time.perf_counter()
    floor.parse_all(mails)
    parsed = time.perf_counter()
    figures["floor_cpu_s"] = round(time.process_time() - cpu, 2)
    figures["floor_fetch_s"] = round(fetched - start, 2)
    figures["floor_parse_s"] = round(parsed - fetched, 2)
    figures["floor_s"] = round(parsed - start, 2)
    figures["first_start_ratio"] = round(figures["first_start_s"] / (parsed - start), 2)
    figures["first_start_cpu_ratio"] = round(figures["first_start_cpu_s"] / figures["floor_cpu_s"], 2)
    whole, whole_cpu = (figures["first_start_s"] + figures.get("read_rest_s", 0),
                        figures["first_start_cpu_s"] + figures.get("read_rest_cpu_s", 0))
    figures["whole_ratio"] = round(whole / (parsed - start), 2)
    figures["whole_cpu_ratio"] = round(whole_cpu / figures["floor_cpu_s"], 2)
    print(f"floor: {parsed - start:.2f} s (fetch {fetched - start:.2f} + parse "
          f"{parsed - fetched:.2f}), CPU {figures['floor_cpu_s']:.2f} s; the first start "
          f"{figures['first_start_ratio']:.2f}x ({figures['first_start_cpu_ratio']:.2f}x in CPU); "
          f"with the rest of the bodies {figures['whole_ratio']:.2f}x "
          f"({figures['whole_cpu_ratio']:.2f}x in CPU)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--small", action="store_true", help="one-line mails instead of the corpus mix")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--read-worker", choices=("auto", "true", "false"), default="auto",
                        help="[imap] read_worker of the first start (auto: a worker process "
                             "only when a core is spare)")
    args = parser.parse_args(argv)
    figures: dict[str, float | int | str] = {"count": args.count,
                                             "mails": "small" if args.small else "corpus mix"}
    with tempfile.TemporaryDirectory(prefix="bench-adopt-") as tmp, Dovecot() as dovecot, \
            SmtpSink() as sink:
        dovecot.add_user(USER, PASSWORD)
        mails = old_mails(args.count, args.small, args.seed)
        figures["fill_s"] = round(fill(dovecot, mails), 2)
        worker = args.read_worker if args.read_worker != "auto" else '"auto"'
        config = write_config(Path(tmp), dovecot, sink, USER, batch_size=50,
                              extra_imap=f"read_worker = {worker}")
        figures["read_worker"] = args.read_worker
        for step, cmd in (("dry_run", ("adopt", "--dry-run", "--json")),
                          ("first_start", ("poll", "--once")),
                          ("read_rest", ("adopt", "--json")),
                          ("empty_poll", ("poll", "--once"))):
            run = run_command(config, *cmd)
            figures[f"{step}_s"], figures[f"{step}_rss_mb"] = round(run.seconds, 2), round(run.rss_mb)
            figures[f"{step}_cpu_s"] = round(run.cpu_s, 2)
            print(f"{step}: {run.seconds:.2f} s, CPU {run.cpu_s:.2f} s, peak RSS {run.rss_mb:.0f} MB",
                  flush=True)
            if step == "dry_run":
                shown = json.loads(run.stdout)
                figures["planned_history"] = shown["history"]
                figures["answered_by_office"] = shown["answered_by_office"]
            if step == "read_rest":
                shown = json.loads(run.stdout)
                figures["read_after_first_start"] = shown["read_now"]
                assert shown["unread"] == 0, shown
        _floor(dovecot, figures)
        store = Path(tmp) / "store.json"
        figures["sent"] = len(sink.messages())
        figures["store_mb"] = round(sum(p.stat().st_size for p in Path(tmp).glob("store.json*")) / 1e6, 1)
        assert figures["sent"] == 0, "adoption sent mail"
        assert figures["planned_history"] == args.count, figures
        assert store.exists()
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
