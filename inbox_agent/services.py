"""The services bag every unit of work is given, and the sender it sends through.

``Services`` holds the wired adapters (config, store, rules, outbox, the events' rules,
clock, and the factories that open the IMAP and SMTP connections); ``app.bootstrap``
wires the real ones, tests and ``simulate`` wire their own.

Events: ``services.events`` is every configured event (``registrations.Events``, in
file order); ``services.event`` is the first one's ``EventRules`` (the only one with a
single ``[event]``), which code that knows of one event keeps using. ``services.rules_for``
gives one event's rules by id. ``sender_for`` hands out the SMTP
sender a unit of work uses: opened lazily on the first mail, or a dry-run collector.
It lives below the poll, the invitations and the office so that each of them can take
it without importing another.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

from inbox_agent.clock import Clock
from inbox_agent.config import Config
from inbox_agent.mail.mailbox import Mailbox
from inbox_agent.model import OutgoingMessage
from inbox_agent.outbox.outbox import Outbox, Sender
from inbox_agent.registrations import Decision, EventRules
from inbox_agent.registrations.events import Events
from inbox_agent.store.db import Store
from inbox_agent.understanding.classify import RuleSet


@dataclass
class Services:
    """Everything a poll needs, wired by ``app.bootstrap.bootstrap`` (or by tests)."""

    config: Config
    store: Store
    rules: RuleSet
    outbox: Outbox
    event: EventRules
    clock: Clock
    open_mailbox: Callable[[], AbstractContextManager[Mailbox]]
    open_sender: Callable[[], AbstractContextManager[Sender]]
    dry_run: bool = False
    # Told of every decision as it is staged (``simulate`` builds its timeline from it).
    observe: Callable[[Decision], None] | None = None
    # Every configured event; None: just ``event`` (services wired by hand).
    all_events: Events | None = None

    @property
    def events(self) -> Events:
        """Every configured event, the first (``event``) first."""
        return self.all_events if self.all_events is not None else Events.of(self.event)

    def rules_for(self, event_id: str | None) -> EventRules:
        """The rules of the event ``event_id`` ("" or None: the first); ``KeyError`` for an
        id the configuration does not name (an event of an earlier season)."""
        return self.events[event_id or ""]


class DryRunSender:
    """Collects what would be sent; sends nothing (``--dry-run``)."""

    def __init__(self) -> None:
        self.messages: list[OutgoingMessage] = []

    def send(self, message: OutgoingMessage) -> str:
        self.messages.append(message)
        return "dry run: not sent"


class LazySender:
    """Opens the SMTP connection on the first mail to send, not before: an empty poll
    costs no SMTP connection, and nothing is sent before it was recorded."""

    def __init__(self, open_sender: Callable[[], AbstractContextManager[Sender]]) -> None:
        self._open = open_sender
        self._cm: AbstractContextManager[Sender] | None = None
        self._sender: Sender | None = None

    def __enter__(self) -> "LazySender":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._cm is not None:
            cm, self._cm, self._sender = self._cm, None, None
            cm.__exit__(None, None, None)

    def send(self, message: OutgoingMessage) -> str:
        if self._sender is None:
            cm = self._open()
            self._sender = cm.__enter__()
            self._cm = cm
        return self._sender.send(message)


def sender_for(services: Services) -> AbstractContextManager[Sender]:
    if services.dry_run:
        return nullcontext(DryRunSender())
    return LazySender(services.open_sender)
