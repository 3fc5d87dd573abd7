"""The README's demo works: servers start, the sample mails are understood, one reply
each where one is due, nothing twice."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT


def test_demo_answers_the_two_pre_registrations_and_nothing_else(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "devtools.demo", "--out", str(out)],
                            capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    text = result.stdout
    assert text.count("replied: programme") == 2
    assert "auto_reply: no reply" in text and "bulk: no reply" in text
    assert "question: no reply" in text
    assert "The SMTP server received 2 mail(s)" in text
    assert "No new mail." in text  # the second poll
    assert sorted(p.name for p in out.iterdir()) == ["reply-1.eml", "reply-2.eml"]
    assert "Language: en" in text  # the English sender is answered in English
