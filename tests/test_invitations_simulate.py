"""simulate covers the June deadline: the announcement, the reminders on their days, and
the reach, through the daemon's own code, the same on every run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "inbox_agent", "--config", str(ROOT / "demo/season.toml"), "simulate",
         "--mails", str(ROOT / "demo/season"), "--until", "2025-06-10", "--json",
         "--invitees", str(ROOT / "demo/season-invitees.csv"), *extra],
        capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_simulate_announces_reminds_and_reports_the_reach():
    first = run("--announce-on", "2025-03-03")
    assert first.returncode == 0, first.stderr
    events = [json.loads(line) for line in first.stdout.splitlines()]
    sent = [(e["at"][:10], e["kind"], e["to"]) for e in events if e["event"] == "outbound"]
    announced = [s for s in sent if s[1] == "announcement"]
    assert len(announced) == 8 and {day for day, _, _ in announced} == {"2025-03-03"}
    reminders = sorted((day, to) for day, kind, to in sent if kind == "invitation_reminder")
    silent = ["fritz.spaet@gemeinde-spaetdorf.example", "hans.wolter@stadt-musterhausen.example",
              "maria.lorenz@landkreis-nord.example", "peter.brandt@stadt-suedheim.example"]
    # 7 and 1 days before 2 June, to those who have not pre-registered (a question is no
    # pre-registration), once each
    assert reminders == [("2025-05-26", to) for to in silent] + [("2025-06-01", to) for to in silent]
    summary = events[-1]
    assert summary["event"] == "summary"
    assert {k: summary["invitations"][k] for k in ("on_list", "invited", "pre_registered", "silent",
                                                    "reminders_sent")} == {
        "on_list": 8, "invited": 8, "pre_registered": 5, "silent": 2, "reminders_sent": 8}
    assert run("--announce-on", "2025-03-03").stdout == first.stdout  # deterministic


def test_simulate_with_a_broken_invitee_file_says_what_to_fix(tmp_path):
    bad = tmp_path / "liste.csv"
    bad.write_text("Name;Telefon\nAnna;0221\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "inbox_agent", "--config", str(ROOT / "demo/season.toml"), "simulate",
         "--mails", str(ROOT / "demo/season"), "--until", "2025-04-01", "--invitees", str(bad)],
        capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 2 and "keine Spalte für die E-Mail-Adresse" in result.stderr
