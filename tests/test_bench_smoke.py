"""The benchmark (``python -m bench``, BENCHMARKS.md) with a tiny inbox, so it cannot rot.

The real benchmark is not part of the suite (it takes many minutes); this runs the same
command end to end with 20 mails (twice: ``--repeat``) and one latency sample, and checks
that it measured what it claims: every mail handled, replies sent, the floor taken, the
spread of the two runs' ratios, a latency figure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_benchmark_runs_end_to_end_with_a_tiny_inbox(tmp_path):
    out = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, "-m", "bench", "--sizes", "20", "--repeat", "2", "--latency", "1",
         "--max-gap", "0", "--json", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "| 20 |" in run.stdout and "reply latency" in run.stdout
    figures = json.loads(out.read_text())
    first, size = figures["sizes"]
    assert first["n"] == 20 and first["handled"] == 20  # the second run: a new mailbox
    ratios = [f"{x:.2f}" for x in sorted(r["ratio"] for r in (first, size))]
    assert "N=20 over 2 runs: ratio median" in run.stdout
    assert f"; {', '.join(ratios)})" in run.stdout
    assert size["n"] == 20 and size["handled"] == 20 and size["failed"] == 0
    assert size["replies"] > 0 and sum(size["reply_kinds"].values()) == size["replies"]
    assert size["poll_s"] > 0 and size["floor_s"] > 0 and size["ratio"] > 0
    assert 0 < size["poll_rss_mb"] < 1000
    assert size["empty_poll_process_s"] > 0 and size["empty_poll_inprocess_ms"] > 0
    assert len(figures["latency"]["samples_s"]) == 1
    assert figures["machine"] and figures["date"]
