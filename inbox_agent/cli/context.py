"""What a command needs before it can work: the configuration (which also sets the staff
language), the store, the event's rules, services that can send, the time now.

Shared by every command module; it imports none of them (no import circle)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import click

from inbox_agent import i18n
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.clock import SystemClock
from inbox_agent.config import Config, load_config
from inbox_agent.errors import ConfigError
from inbox_agent.i18n import N_
from inbox_agent.model import Reason
from inbox_agent.places import find_config
from inbox_agent.registrations import EventRules
from inbox_agent.services import Services
from inbox_agent.store.db import Store


def load(ctx: click.Context) -> Config:
    """The configuration named by ``--config``, else ``$INBOX_AGENT_CONFIG``, else
    ``./config.toml``, else ``/etc/inbox-agent/config.toml`` (``places.find_config``);
    from here on the command speaks the office's language (``[office] language``)."""
    config = load_config(find_config(ctx.obj["config_path"]))
    i18n.set_language(config.office.language)
    return config


def now() -> datetime:
    return SystemClock().now()


def office(ctx: click.Context) -> tuple[Config, Store, EventRules]:
    """Config, the store (read now, locked only while changing) and the event's rules."""
    from inbox_agent.office.staff import open_store

    config = load(ctx)
    return config, open_store(config), EventRules.from_config(config)


def sending(config: Config, store: Store) -> Services:
    """Services that can send (passwords needed), on the command's store."""
    return bootstrap(config, store=store)


def invitee_store(config: Config, *, dry_run: bool = False) -> Store:
    """Read now, locked only while changing (``exclusive``): works while the daemon runs.
    A dry run reads without the lock and saves nothing."""
    if dry_run:
        return Store(config.storage.path, lock=False, persist=False).open()
    return Store(config.storage.path).open(hold=False)


@contextmanager
def no_server() -> Iterator[Any]:
    """Stands in for a mailbox or sender where a command must contact no server."""
    raise ConfigError(Reason.of(N_("this command does not contact a server")))
    yield  # pragma: no cover


@contextmanager
def not_connected() -> Iterator[Any]:
    """Stands in for a mailbox or sender during a dry run."""
    raise ConfigError(Reason.of(N_("a dry run contacts no server")))
    yield  # pragma: no cover


by_option = click.option("--by", default=None, metavar="NAME",
                         help="Who does this (kept in the history); default $INBOX_AGENT_STAFF "
                              "or the login name.")
