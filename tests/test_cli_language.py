"""The command line speaks the office's language: German by default, English with
``[office] language = "en"``; its own sentences (results, prompts, error prefixes,
check's marks) switch, its JSON keys do not. Run as the office runs it, in a process of
its own; no server is needed (the servers' port is closed)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import pytest

from devtools.demo import local_config, office_today

ROOT = Path(__file__).resolve().parents[1]


def _config(folder: Path, language: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = local_config(imap_host="127.0.0.1", imap_port=9, username="office", smtp_port=9,
                        store_path=folder / "store.json", today=office_today(),
                        password_env="NOT_SET_ANYWHERE")
    if language is not None:
        assert "[office]\n" in text
        text = text.replace("[office]\n", f'[office]\nlanguage = "{language}"\n', 1)
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def english(tmp_path) -> Path:
    return _config(tmp_path / "en", "en")


@pytest.fixture
def german(tmp_path) -> Path:
    return _config(tmp_path / "de", None)  # no language given: the default


def cli(config: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inbox_agent", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_invitee_changes_are_reported_in_english_when_the_office_says_so(english):
    missing = cli(english, "invitees", "remove", "niemand@x.example")
    assert missing.returncode == 1
    assert "niemand@x.example is not on the invitee list; nothing was changed." in missing.stderr
    assert "Einladungsliste" not in missing.stderr
    first = cli(english, "invitees", "opt-out", "Bernd@X.example")
    assert first.returncode == 0 and "bernd@x.example has opted out: no more" in first.stdout
    again = cli(english, "invitees", "opt-out", "bernd@x.example")
    assert "bernd@x.example had opted out already; nothing changed." in again.stdout


def test_the_same_commands_speak_german_by_default(german):
    missing = cli(german, "invitees", "remove", "niemand@x.example")
    assert missing.returncode == 1
    assert "niemand@x.example steht nicht auf der Einladungsliste; nichts wurde geändert." in missing.stderr
    first = cli(german, "invitees", "opt-out", "bernd@x.example")
    assert "bernd@x.example ist abgemeldet: keine Einladungen" in first.stdout
    again = cli(german, "invitees", "opt-out", "bernd@x.example")
    assert "bernd@x.example war schon abgemeldet; nichts geändert." in again.stdout


@pytest.mark.parametrize("language, words", [
    ("en", {"dry": "Dry run: nothing sent, nothing saved.", "refused": "Not possible: ",
            "exported": "0 entries written to", "no_recipients": "no recipients: set [digest]"}),
    (None, {"dry": "Probelauf: nichts verschickt, nichts gespeichert.", "refused": "Nicht möglich: ",
            "exported": "0 Einträge nach", "no_recipients": "keine Empfänger: bitte [digest]"}),
])
def test_results_prompts_and_error_prefixes_follow_the_language(tmp_path, language, words):
    config = _config(tmp_path, language)
    dry = cli(config, "announce", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert words["dry"] in dry.stdout
    refused = cli(config, "show", "niemand@example.org")
    assert refused.returncode == 1 and refused.stderr.startswith(words["refused"]), refused.stderr
    exported = cli(config, "export", "--format", "csv", "--output", str(tmp_path / "list.csv"))
    assert exported.returncode == 0, exported.stderr
    assert words["exported"] in exported.stdout
    no_recipients = cli(config, "digest", "--send")
    assert no_recipients.returncode == 2 and words["no_recipients"] in no_recipients.stderr


def test_check_marks_and_sums_up_in_the_language_and_json_keys_stay(english, german):
    # Nothing answers on port 9: IMAP and SMTP fail, the other checks pass.
    en, de = cli(english, "check"), cli(german, "check")
    assert en.returncode == de.returncode == 1
    assert "ERROR  IMAP" in en.stdout and "check(s) failed: please fix as described." in en.stdout
    assert "FEHLER IMAP" in de.stdout and "Prüfung(en) fehlgeschlagen" in de.stdout
    assert "FEHLER" not in en.stdout and "ERROR" not in de.stdout
    keys = {json.dumps(sorted(json.loads(cli(c, "status", "--json").stdout))) for c in (english, german)}
    assert len(keys) == 1  # the same keys in both languages


def test_the_daemons_jobs_run_in_the_staff_language_in_the_schedulers_thread():
    """APScheduler runs the jobs in a worker thread, which starts in the default
    language: each job is wrapped to speak the office's."""
    from inbox_agent import i18n
    from inbox_agent.cli.mailwork import _daemon_job

    @contextmanager
    def exclusive(timeout):
        yield

    services = SimpleNamespace(
        config=SimpleNamespace(office=SimpleNamespace(language="en"),
                               schedule=SimpleNamespace(poll_seconds=60)),
        store=SimpleNamespace(exclusive=exclusive))
    seen: list[str] = []
    job = _daemon_job("poll", lambda: seen.append(i18n.current_language()), services)
    worker = threading.Thread(target=job)
    worker.start()
    worker.join(timeout=10)
    assert seen == ["en"]
    assert i18n.current_language() == "de"  # this thread's language is untouched
