"""What the invoice tests share: the project's configuration and an invoice issued
for an attendee in a store of its own (as ``invoices.issue`` issues it), a registered
attendee's by default (``issued_for``)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from inbox_agent.config import Config, load_config
from inbox_agent.invoices import issue
from inbox_agent.invoices.record import Invoice
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.rules import EventRules
from inbox_agent.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)


def office_config() -> Config:
    return load_config(ROOT / "config.toml")


def issued(config: Config, folder: Path, attendee: Attendee) -> Invoice:
    """The invoice of ``attendee``, issued at ``NOW`` in a store in ``folder``."""
    with Store(folder / "store.json").open() as store:
        return issue.issue(store, config, EventRules.from_config(config), attendee, NOW)


def issued_for(config: Config, folder: Path, **attendee: Any) -> Invoice:
    """The invoice of a registered attendee with ``attendee``'s values, payment due on
    16 June 2025 unless they say otherwise."""
    values = {"state": State.REGISTERED, "payment_due": date(2025, 6, 16), **attendee}
    return issued(config, folder, Attendee(**values))
