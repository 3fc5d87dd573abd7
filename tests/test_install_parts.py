"""The parts of going live that need no installed copy: where the config is found, the
password files, the log lines under systemd, and the config ``init`` writes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from inbox_agent import i18n
from inbox_agent.cli.setup import PLACEHOLDERS, config_text
from inbox_agent.config import load_config
from inbox_agent.errors import ConfigError
from inbox_agent.office.check import run_checks
from inbox_agent.places import SYSTEM_CONFIG, find_config, shipped
from tests.helpers import ROOT, write_config

EXAMPLE = (ROOT / "config.toml").read_text(encoding="utf-8")


# ------------------------------------------------------------------ the config file

def test_the_config_is_the_flag_else_the_variable_else_here_else_etc(tmp_path):
    flag, named = tmp_path / "flag.toml", tmp_path / "named.toml"
    assert find_config(flag, {"INBOX_AGENT_CONFIG": str(named)}, tmp_path) == flag
    assert find_config(None, {"INBOX_AGENT_CONFIG": str(named)}, tmp_path) == named
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    assert find_config(None, {}, tmp_path) == tmp_path / "config.toml"


def test_no_config_anywhere_names_the_four_places_and_init(tmp_path):
    if SYSTEM_CONFIG.exists():
        pytest.skip(f"{SYSTEM_CONFIG} exists on this machine")
    with pytest.raises(ConfigError) as error:
        find_config(None, {}, tmp_path)
    german = i18n.render(error.value.reason)
    for place in ("--config", "INBOX_AGENT_CONFIG", str(tmp_path / "config.toml"),
                  str(SYSTEM_CONFIG), "inbox-agent init"):
        assert place in german and place in str(error.value)
    assert german.startswith("keine Konfiguration gefunden")


def test_an_office_folder_without_rules_and_templates_uses_the_shipped_ones(tmp_path):
    (tmp_path / "config.toml").write_text(EXAMPLE, encoding="utf-8")
    config = load_config(tmp_path / "config.toml")
    assert config.replies.rules == shipped("rules")
    assert config.replies.templates == shipped("templates")
    assert all(f.is_file() for files in config.replies.attachments.values() for f in files)
    (tmp_path / "rules").mkdir()
    assert load_config(tmp_path / "config.toml").replies.rules == tmp_path / "rules"
    # A folder named otherwise must exist: a typo is not papered over with the defaults.
    (tmp_path / "config.toml").write_text(EXAMPLE.replace('rules = "rules"', 'rules = "regeln"'),
                                          encoding="utf-8")
    assert load_config(tmp_path / "config.toml").replies.rules == tmp_path / "regeln"


# ------------------------------------------------------------------ passwords

def _with_password_file(tmp_path: Path, value: str) -> Path:
    text = EXAMPLE.replace('# password_file = "imap-password"', f"password_file = {value}")
    assert text != EXAMPLE
    path = tmp_path / "office" / "config.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_password_file_beside_the_config_or_in_the_credentials_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    monkeypatch.setenv("INBOX_AGENT_IMAP_PASSWORD", "from-the-environment")
    config = load_config(_with_password_file(tmp_path, '"imap-password"'))
    (tmp_path / "office" / "imap-password").write_text("beside the config\n", encoding="utf-8")
    assert config.imap_password() == "beside the config"  # the file wins; newline stripped
    assert config.password_source("imap") == tmp_path / "office" / "imap-password"

    credentials = tmp_path / "credentials"
    credentials.mkdir()
    (credentials / "imap-password").write_text("pass word \r\n", encoding="utf-8")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    assert config.imap_password() == "pass word "  # only the line end is taken off
    monkeypatch.delenv("INBOX_AGENT_SMTP_PASSWORD", raising=False)
    assert config.missing_secrets() == ["INBOX_AGENT_SMTP_PASSWORD"]  # IMAP has its file
    absolute = load_config(_with_password_file(tmp_path, f'"{tmp_path / "office/imap-password"}"'))
    assert absolute.imap_password() == "beside the config"


@pytest.mark.parametrize("content, says", [(None, "does not exist"), ("\n", "is empty"),
                                           (b"\xff\xfegeheim", "cannot be read")])
def test_a_bad_password_file_stops_before_any_login(tmp_path, monkeypatch, content, says):
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    monkeypatch.setenv("INBOX_AGENT_SMTP_PASSWORD", "x")
    config = load_config(_with_password_file(tmp_path, '"imap-password"'))
    secret = tmp_path / "office" / "imap-password"
    if isinstance(content, bytes):
        secret.write_bytes(content)
    elif content is not None:
        secret.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        config.missing_secrets()  # what bootstrap asks before it opens any connection
    text = str(error.value)
    assert "[imap] password_file" in text and str(secret) in text and says in text
    assert "geheim" not in text and "\\xff" not in text
    passwords = next(r for r in run_checks(config) if r.name == "Passwörter")
    assert not passwords.ok and str(secret) in passwords.detail
    assert any(r.name == "IMAP" and "nicht geprüft" in r.detail for r in run_checks(config))


def test_check_says_where_each_password_comes_from(tmp_path, monkeypatch):
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    monkeypatch.setenv("INBOX_AGENT_SMTP_PASSWORD", "x")
    config = load_config(_with_password_file(tmp_path, '"imap-password"'))
    (tmp_path / "office" / "imap-password").write_text("s3cret", encoding="utf-8")
    with i18n.use_language("en"):
        english = next(r for r in run_checks(config) if r.name == "Passwords")
    assert english.ok and english.detail == (
        f"IMAP from the file {tmp_path / 'office' / 'imap-password'}; "
        "SMTP from the environment variable INBOX_AGENT_SMTP_PASSWORD")
    assert "s3cret" not in english.detail


# ------------------------------------------------------------------ the journal

def _daemon_log(tmp_path: Path, journal_stream: str | None) -> list[str]:
    """Log lines of ``inbox-agent run`` against an IMAP port where nothing answers (a
    warning at the first poll), its stderr a file; stopped with SIGTERM."""
    from devtools.devservers import free_port

    port = free_port()
    config = write_config(tmp_path, SimpleNamespace(host="127.0.0.1", port=port, username="u"),
                          SimpleNamespace(port=free_port()))
    log = tmp_path / "stderr.log"
    with open(log, "w") as stderr:
        stat = os.fstat(stderr.fileno())
        stream = f"{stat.st_dev}:{stat.st_ino}" if journal_stream is None else journal_stream
        env = {**os.environ, "TEST_IMAP_PASSWORD": "x", "JOURNAL_STREAM": stream}
        daemon = subprocess.Popen([sys.executable, "-m", "inbox_agent", "--config", str(config),
                                   "run"], stdout=subprocess.DEVNULL, stderr=stderr, env=env,
                                  cwd=tmp_path)
        try:
            end = time.monotonic() + 30
            while "WARNING" not in log.read_text() and time.monotonic() < end:
                time.sleep(0.1)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(30)
    return log.read_text().splitlines()


def test_under_systemd_log_lines_carry_priorities_and_no_time_stamps(tmp_path):
    lines = _daemon_log(tmp_path, None)
    warning = next(line for line in lines if "will try again at the next run" in line)
    assert warning.startswith("<4>WARNING inbox_agent.app.daemon: poll: "), warning
    assert any(line.startswith("<6>INFO ") for line in lines)
    assert all(re.match(r"<[0-7]>", line) for line in lines), lines
    assert not any(re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", line[:40]) for line in lines)


def test_a_redirected_stderr_logs_as_on_a_terminal(tmp_path):
    # A child of the service whose stderr goes elsewhere inherits JOURNAL_STREAM only.
    lines = _daemon_log(tmp_path, "1:2")
    warning = next(line for line in lines if "will try again at the next run" in line)
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ WARNING ", warning), warning
    assert not any(line.startswith("<") for line in lines)


# ------------------------------------------------------------------ what init writes

def test_init_writes_the_commented_config_with_placeholders():
    written = config_text(dict(PLACEHOLDERS))
    for line in EXAMPLE.splitlines():  # every comment of the real config.toml is kept
        if "#" in line:
            assert line[line.index("#"):] in written, line
    assert "geschaeftsstelle@vsop.de" not in written and "office@example.org" in written
    # Each comment stays in its column.
    original = next(x for x in EXAMPLE.splitlines() if x.startswith("address = "))
    placed = next(x for x in written.splitlines() if x.startswith("address = "))
    assert placed.index("#") == original.index("#")
