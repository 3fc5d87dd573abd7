"""config.toml is validated before anything runs; errors name file, key and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from inbox_agent.config import load_config
from inbox_agent.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = (ROOT / "config.toml").read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_example_is_valid_and_paths_are_relative_to_it():
    config = load_config(ROOT / "config.toml")
    assert config.office.address == "geschaeftsstelle@vsop.de"
    assert config.deadlines.pre_registration.isoformat() == "2025-06-02"
    assert config.deadlines.registration.isoformat() == "2025-07-04"
    assert config.fees.member == 250 and config.fees.non_member == 300
    assert config.storage.path == ROOT / "var" / "inbox-agent.json"
    for files in config.replies.attachments.values():
        for f in files:
            assert f.is_file(), f"attachment named in config.toml is missing: {f}"


def test_a_wrong_value_is_reported_with_file_key_and_reason(tmp_path):
    path = write(tmp_path, EXAMPLE.replace("port = 993", 'port = "imap"'))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    text = str(err.value)
    assert str(path) in text
    assert "[imap] port" in text
    assert "'imap'" in text


def test_unknown_and_missing_keys_are_reported_together(tmp_path):
    text = EXAMPLE.replace('host = "imap.example.org"', 'hots = "imap.example.org"')
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    message = str(err.value)
    assert "[imap] host: is required but missing" in message
    assert "[imap] hots: is not a known setting" in message


@pytest.mark.parametrize(
    "old, new, key",
    [
        ('security = "tls"                           # "tls" (993)', 'security = "ssl" #', "[imap] security"),
        ("capacity = 60", "capacity = 0", "[event] capacity"),
        ('timezone = "Europe/Berlin"', 'timezone = "Europe/Koeln"', "[event] timezone"),
        ("registration = 2025-07-04", "registration = 2025-05-01", "[deadlines]"),
        ("# reminder_hour = 8 ", "reminder_hour = 24 #", "[deadlines] reminder_hour"),
        ('password_env = "INBOX_AGENT_IMAP_PASSWORD"', 'password_env = "my password"', "[imap] password_env"),
    ],
)
def test_bad_values(tmp_path, old, new, key):
    assert old in EXAMPLE
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, EXAMPLE.replace(old, new, 1)))
    assert key in str(err.value)


def test_not_toml_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[office\naddress = 1"))
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml")


def test_passwords_come_only_from_the_environment(tmp_path, monkeypatch):
    config = load_config(ROOT / "config.toml")
    monkeypatch.delenv("INBOX_AGENT_IMAP_PASSWORD", raising=False)
    assert "INBOX_AGENT_IMAP_PASSWORD" in config.missing_secrets()
    with pytest.raises(ConfigError, match="INBOX_AGENT_IMAP_PASSWORD"):
        config.imap_password()
    monkeypatch.setenv("INBOX_AGENT_IMAP_PASSWORD", "s3cret")
    assert config.imap_password() == "s3cret"
    # the password is not part of the config's text form
    assert "s3cret" not in repr(config)


@pytest.mark.parametrize("table, key", [
    ('[staff]\naddresses = ["not an address"]\n', "[staff] addresses"),
    ("[staff]\nremind_after_days = 0\n", "[staff] remind_after_days"),
    ('[staff]\ntoken_dayz = 3\n', "[staff] token_dayz"),
])
def test_a_wrong_staff_value_is_reported_with_its_key(tmp_path, table, key):
    text = EXAMPLE.split("[staff]")[0] + table  # the shipped [staff] table replaced
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text + EXAMPLE.split("[staff]")[1].split("\n\n", 1)[1]))
    assert key in str(err.value)


def test_trusted_authserv_ids_default_to_the_office_domain_and_its_subdomains(tmp_path):
    config = load_config(ROOT / "config.toml")
    assert config.office.trusted_ids == ("vsop.de", ".vsop.de")
    assert config.staff.remind_after_days == 3 and config.staff.addresses == ()
    given = EXAMPLE.replace('language = "de"  ', 'trusted_authserv_ids = ["MX.Provider.net"]\nlanguage = "de"  ', 1)
    assert load_config(write(tmp_path, given)).office.trusted_ids == ("mx.provider.net",)
