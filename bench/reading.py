"""The CPU of reading mail: parse + classify (``app.readlane.read``, what the poll's read
worker does with each mail) on the benchmark's mix, without IMAP, SMTP or the store.

    PYTHONPATH=. .venv/bin/python -m bench.reading [MAILS] [--profile]

Prints the process CPU time for MAILS generated mails (1,000 unless given; each read
once to warm up first), the wall time per kind of mail, and with ``--profile`` the 40
most expensive functions (cProfile, by own time). Compare two trees in one session,
alternating runs: the figures drift with the machine's load.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.corpus import generate
from inbox_agent.app.readlane import read
from inbox_agent.config import load_config
from inbox_agent.understanding.classify import load_rules

OWN = ("anmeldung@vsop.de",)
DOMAIN = "vsop.de"


def main(argv: list[str]) -> None:
    count = int(next((a for a in argv if a.isdigit()), "1000"))
    config = load_config(Path(__file__).resolve().parents[1] / "config.toml")
    rules = load_rules(config.replies.rules).with_fees(config.fees.member, config.fees.non_member)
    samples = generate(count)
    now = datetime.now(UTC)
    for sample in samples:
        read(sample.data, now, rules, OWN, DOMAIN)
    start = time.process_time()
    for sample in samples:
        read(sample.data, now, rules, OWN, DOMAIN)
    print(f"read: {time.process_time() - start:.3f} s CPU for {count} mails")
    by_kind: dict[str, list[float]] = {}
    for sample in samples:
        begun = time.perf_counter()
        read(sample.data, now, rules, OWN, DOMAIN)
        by_kind.setdefault(sample.kind, []).append(time.perf_counter() - begun)
    for kind, took in sorted(by_kind.items()):
        print(f"  {kind}: {len(took)} mails, {sum(took) / len(took) * 1000:.2f} ms each")
    if "--profile" in argv:
        profile = cProfile.Profile()
        profile.runcall(lambda: [read(s.data, now, rules, OWN, DOMAIN) for s in samples])
        pstats.Stats(profile).sort_stats("tottime").print_stats(40)


if __name__ == "__main__":
    main(sys.argv[1:])
