"""A server that cannot be reached is reported in the staff language, with what to check."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _config(tmp_path: Path, language: str) -> Path:
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    text = re.sub(r'(?m)^host = "imap\.example\.org".*$', 'host = "127.0.0.1"', text)
    text = re.sub(r'(?m)^host = "smtp\.example\.org".*$', 'host = "127.0.0.1"', text)
    text = re.sub(r'(?m)^port = (993|465)$', "port = 1", text)  # nothing listens on port 1
    text = re.sub(r'(?m)^security = "(tls|starttls)"', 'security = "none"', text)
    text = text.replace('language = "de"', f'language = "{language}"', 1)
    text = text.replace('templates = "templates"', f'templates = "{ROOT / "templates"}"')
    text = text.replace('rules = "rules"', f'rules = "{ROOT / "rules"}"')
    path = tmp_path / "config.toml"
    path.write_text(text.replace("templates/attachments", str(ROOT / "templates/attachments")),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("language, imap, smtp", [
    ("de", "dort antwortet nichts", "keine Verbindung zum SMTP-Server"),
    ("en", "nothing answers there", "cannot connect to the SMTP server"),
])
def test_check_says_in_the_staff_language_what_to_check(tmp_path, language, imap, smtp):
    env = {**os.environ, "INBOX_AGENT_IMAP_PASSWORD": "x", "INBOX_AGENT_SMTP_PASSWORD": "x"}
    done = subprocess.run([sys.executable, "-m", "inbox_agent", "--config",
                           str(_config(tmp_path, language)), "check"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert imap in done.stdout and smtp in done.stdout, done.stdout
    assert "[imap] host" in done.stdout  # the key to fix, in both languages
