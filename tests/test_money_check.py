"""`inbox-agent check` says what every invoice still needs from the config, with its key."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from inbox_agent import i18n
from inbox_agent.config import load_config
from inbox_agent.office.check import _invoices
from inbox_agent.errors import ConfigError

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2025, 3, 1, tzinfo=timezone.utc)


def _config(tmp_path: Path, **invoices: str):
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    for key, value in invoices.items():
        text = text.replace(f'\n{key} = ""', f'\n{key} = "{value}"', 1)
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def test_the_shipped_config_is_told_the_issuer_address_is_missing(tmp_path):
    with pytest.raises(ConfigError) as err, i18n.use_language("de"):
        _invoices(_config(tmp_path), NOW)
    with i18n.use_language("de"):
        said = i18n.render(err.value.reason)
    assert "[invoices] issuer_address" in said and "config.toml" in said


def test_an_address_without_tax_number_or_vat_id_is_not_enough(tmp_path):
    config = _config(tmp_path, issuer_address="Musterweg 1, 50667 Köln")
    with pytest.raises(ConfigError) as err:
        _invoices(config, NOW)
    assert "tax_number" in str(err.value) and "vat_id" in str(err.value)


def test_address_and_vat_id_pass_and_name_the_first_number(tmp_path):
    config = _config(tmp_path, issuer_address="Musterweg 1, 50667 Köln", vat_id="DE123456789")
    with i18n.use_language("en"):
        said = _invoices(config, NOW)
    assert "VSOP-2025-0001" in said and ".ttf" in said
