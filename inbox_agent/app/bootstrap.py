"""The one place that wires the real adapters (IMAP, SMTP, store, rules, templates)
into ``Services``; tests and ``simulate`` wire their own."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from inbox_agent.clock import Clock, SystemClock
from inbox_agent.config import Config
from inbox_agent.errors import ConfigError
from inbox_agent.mail.mailbox import Mailbox
from inbox_agent.mail.oauth import login_secret  # the password, or an OAuth2 token source
from inbox_agent.mail.smtp import SmtpSender
from inbox_agent.office.export import attendee_rows, csv_bytes, xlsx_bytes
from inbox_agent.office.tokens import key_path, load_key
from inbox_agent.outbox.calendar import calendar_attachment
from inbox_agent.outbox.facts import base_context
from inbox_agent.invoices import files as invoice_files
from inbox_agent.invoices import issue as invoicing
from inbox_agent.outbox.outbox import GeneratedAttachment, Outbox
from inbox_agent.outbox.templates import Templates
from inbox_agent.registrations import Attendee
from inbox_agent.registrations.events import Events
from inbox_agent.services import Services
from inbox_agent.store.db import Store
from inbox_agent.store.events import migrate, note_event, records_of
from inbox_agent.store.tasks import migrate_tasks
from inbox_agent.understanding.classify import load_rules

log = logging.getLogger(__name__)

# Seconds to wait for the store when another process (the daemon) is in a unit of work.
LOCK_WAIT = 30


def bootstrap(config: Config, *, dry_run: bool = False, clock: Clock | None = None,
              store: Store | None = None,
              open_mailbox: Callable[[], AbstractContextManager[Any]] | None = None,
              open_sender: Callable[[], AbstractContextManager[Any]] | None = None) -> Services:
    """Wire the real adapters. Validates rules, templates and secrets before any server
    is contacted; opens (and locks) the store unless one is given. ``open_mailbox`` and
    ``open_sender`` replace the IMAP and SMTP adapters (``simulate``); with both given
    no password is needed."""
    missing = config.missing_secrets() if open_mailbox is None or open_sender is None else []
    if missing:
        raise ConfigError(
            "missing password environment variable(s): " + ", ".join(missing)
            + " (config.toml names them in password_env; set them before starting)"
        )
    # A quoted fee is compared with this office's fees, not the defaults.
    rules = load_rules(config.replies.rules).with_fees(config.fees.member, config.fees.non_member)
    # Compiled templates beside the store (not in a dry run, which writes nothing).
    cache = None if dry_run else Path(config.storage.path).parent / "cache"
    templates = Templates(config.replies.templates, cache)
    invoice_files.use_cache(cache)  # and the invoice font's cut
    events = Events.from_config(config)
    event = events.first
    calendar = calendar_attachment(event, organizer_name=config.office.name,
                                   organizer_address=config.office.address)
    wired: dict[str, Store] = {}
    outbox = Outbox(config.office, templates, config.events[0].attachments,
                    base_context(config, event),
                    generated={"confirmation": [calendar],
                               "digest": digest_attachments(events, lambda: wired["store"])})
    for setup, rules_of_event in zip(config.events[1:], events.all[1:]):
        # Every further event's mails carry its own facts, files and calendar entry.
        outbox.add_event(setup.id, base_context(config, rules_of_event), setup.attachments,
                         {"confirmation": [calendar_attachment(
                             rules_of_event, organizer_name=config.office.name,
                             organizer_address=config.office.address)]})
    outbox.set_bulk(config.announce.per_minute, config.announce.unsubscribe_url)
    outbox.limits = config.limits
    outbox.mail_attachments = invoice_files.attachments_for(lambda: wired["store"], config)
    if store is None:
        store = Store(config.storage.path, lock=not dry_run, persist=not dry_run).open()
    wired["store"] = store
    start_events(store, events, (clock or SystemClock()).now())
    if not dry_run:  # the key of the digest's action links, made at the first start
        load_key(key_path(config.storage.path, config.staff.token_key_file), create=True)

    @contextmanager
    def real_mailbox() -> Iterator[Mailbox]:
        with Mailbox(config.imap, login_secret(config, "imap")) as box:
            yield box

    @contextmanager
    def real_sender() -> Iterator[SmtpSender]:
        with SmtpSender(config.smtp, login_secret(config, "smtp")) as sender:
            yield sender

    return Services(config=config, store=store, rules=rules, outbox=outbox, event=event,
                    clock=clock or SystemClock(), open_mailbox=open_mailbox or real_mailbox,
                    open_sender=open_sender or real_sender, dry_run=dry_run, all_events=events)


def start_events(store: Store, events: Events, now: datetime) -> None:
    """A store from before events is migrated (backup first: ``store.events.migrate``;
    its records belong to the first configured event), and the store learns of every
    configured event."""
    with store.exclusive(timeout=LOCK_WAIT):
        backup = migrate(store, events.first.id, now.isoformat())
        if backup is not None:
            log.warning("the store %s was written before events: its records now belong "
                        "to the event %r; the store as it was is kept in %s",
                        store.path, events.first.id, backup)
        for rules in events:
            note_event(store, rules.id)
        moved = migrate_tasks(store)  # tasks from before the tasks table (store.tasks)
        if moved:
            log.warning("the store %s kept %d task(s) among its small facts: moved into "
                        "the tasks table and numbered", store.path, moved)
        store.commit()


def digest_attachments(events: Events, store: Callable[[], Store]) -> list:
    """The attendee lists of every event not yet past (the digest covers each of them;
    each row names its event) as CSV and XLSX, made from the store when the digest is
    composed; the first event's when all are past."""
    def rows(now: datetime) -> list[dict]:
        out: list[dict] = []
        for rules in events.open_at(now) or (events.first,):
            records = records_of(store(), "attendees", rules.id)
            out += attendee_rows((Attendee.from_dict(r) for r in records), rules,
                                 invoicing.by_email(store(), rules.id))
        return out

    return [
        GeneratedAttachment("teilnehmende.csv", "text/csv", lambda now: csv_bytes(rows(now)),
                            params=(("charset", "utf-8"),)),
        GeneratedAttachment(
            "teilnehmende.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            lambda now: xlsx_bytes(rows(now))),
    ]
