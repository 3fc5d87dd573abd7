"""Helpers shared by the tests that run the agent against the real servers."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OFFICE = "geschaeftsstelle@vsop.de"


def write_config(tmp_path: Path, imap, smtp, *, today: date | None = None, **overrides) -> Path:
    """A config.toml for the test servers, with deadlines ahead of ``today``."""
    from devtools.demo import local_config

    path = tmp_path / "config.toml"
    path.write_text(local_config(imap_host=imap.host, imap_port=imap.port, username=imap.username,
                                 smtp_port=smtp.port, store_path=tmp_path / "store.json",
                                 today=today, password_env="TEST_IMAP_PASSWORD", **overrides),
                    encoding="utf-8")
    return path


def env_for(imap) -> dict[str, str]:
    return {**os.environ, "TEST_IMAP_PASSWORD": imap.password}


def run_cli(config: Path, imap, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``inbox-agent --config CONFIG ARGS`` as its own process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "inbox_agent", "--config", str(config), *args],
        capture_output=True, text=True, env=env_for(imap), timeout=timeout, cwd=ROOT,
    )


def make_mail(
    sender: str = "Anna Schmidt <anna.schmidt@stadt-musterhausen.de>",
    subject: str = "Voranmeldung Jahrestagung",
    body: str = (
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich unverbindlich zur "
        "VSOP-Jahrestagung in Köln an.\n\nMit freundlichen Grüßen\nAnna Schmidt\n"
        "Stadt Musterhausen, Sozialplanung\n"
    ),
    headers: dict[str, str] | None = None,
    message_id: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = OFFICE
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = message_id or make_msgid(domain="stadt-musterhausen.de")
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return bytes(msg)
