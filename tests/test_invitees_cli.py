"""The invitee commands through the command line, as the office types them: wrong
files and unknown addresses give a clear German message, a non-zero exit and change
nothing; a dry run saves nothing. No server is needed for any of them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from devtools.demo import local_config, office_today

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(local_config(imap_host="127.0.0.1", imap_port=9, username="office",
                                 smtp_port=9, store_path=tmp_path / "store.json",
                                 today=office_today(), password_env="NOT_SET_ANYWHERE"),
                    encoding="utf-8")
    return path


def cli(config: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inbox_agent", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_invitee_commands_and_their_mistakes(config, tmp_path):
    store = tmp_path / "store.json"
    good = tmp_path / "liste.csv"
    good.write_text("\ufeffName,Email,Organisation,Member\nAnna Schmidt,anna@x.example,Stadt X,yes\n"
                    "Bernd Meier,bernd@x.example,Stadt X,no\n", encoding="utf-8")
    dry = cli(config, "invitees", "import", "--dry-run", str(good))
    assert dry.returncode == 0 and "Neu: 2" in dry.stdout and "Probelauf" in dry.stdout
    assert not store.exists()

    wrong = tmp_path / "telefon.csv"
    wrong.write_text("Name;Telefon\nAnna;0221\n", encoding="utf-8")
    refused = cli(config, "invitees", "import", str(wrong))
    assert refused.returncode == 1 and "keine Spalte für die E-Mail-Adresse" in refused.stderr
    assert "Traceback" not in refused.stderr and not store.exists()
    missing = cli(config, "invitees", "import", str(tmp_path / "fehlt.csv"))
    assert missing.returncode == 2

    assert cli(config, "invitees", "import", str(good)).returncode == 0
    before = store.read_bytes()
    for args in (("remove", "niemand@x.example"), ("link", "niemand@x.example", "anna@x.example"),
                 ("link", "anna@x.example", "niemand@x.example"), ("unlink", "niemand@x.example")):
        result = cli(config, "invitees", *args)
        assert result.returncode == 1, args
        assert "nichts wurde geändert" in result.stderr, (args, result.stderr)
    assert store.read_bytes() == before

    assert "abgemeldet" in cli(config, "invitees", "opt-out", "Bernd@X.example").stdout
    assert "schon abgemeldet" in cli(config, "invitees", "opt-out", "bernd@x.example").stdout
    assert cli(config, "invitees", "remove", "anna@x.example").returncode == 0
    listed = json.loads(cli(config, "invitees", "list", "--json").stdout)
    assert [(r["email"], r["status"]) for r in listed["invitees"]] == [("bernd@x.example", "opted out")]

    # announce --dry-run contacts no server and needs no password
    assert cli(config, "invitees", "import", str(good)).returncode == 0
    preview = cli(config, "announce", "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "Einladung an 1 neue Empfänger; 1 ausgelassen:" in preview.stdout
    assert "abgemeldet: 1 (bernd@x.example)" in preview.stdout
    assert "würde senden: anna@x.example" in preview.stdout and "Als Mitglied zahlen Sie 250 EUR" in preview.stdout
