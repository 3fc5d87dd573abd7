"""The events the office runs, side by side: which are open, which take registrations.

``Events`` is the configured events' ``EventRules`` in file order (``config.toml``: one
``[event]``, or several ``[[event]]``); the first is the default where one event must be
named (the morning digest's time zone, a command without ``--event``). Pure: the time
comes in as an argument.

Where an event stands at a moment (``stage``):

* ``open``: registrations are taken (before the end of the registration deadline's day);
* ``closed``: the registration deadline has passed, the event has not ended yet (mails
  about it still come: cancellations, questions, payments);
* ``past``: the event's last day has ended.

(``erased``, the fourth stage ``inbox-agent events`` shows, is a fact of the store: the
retention ran.) An *open event* in the sense of mail routing is one that is not past.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from inbox_agent.registrations.rules import EventRules

Stage = Literal["open", "closed", "past"]


def stage(rules: EventRules, now: datetime) -> Stage:
    """Where the event ``rules`` stands at ``now`` (see the module docstring)."""
    if now >= rules.deadline_end(rules.ends):
        return "past"
    if now >= rules.deadline_end(rules.registration_deadline):
        return "closed"
    return "open"


@dataclass(frozen=True)
class Events:
    """The configured events (at least one), in the order of the config file."""

    all: tuple[EventRules, ...]

    def __post_init__(self) -> None:
        if not self.all:
            raise ValueError("at least one event is needed")
        ids = [r.id for r in self.all]
        if len(set(ids)) != len(ids):
            raise ValueError(f"event ids must differ: {ids}")

    @classmethod
    def from_config(cls, config: Any) -> "Events":
        """Every event of a validated ``Config`` (duck-typed: no pydantic here)."""
        return cls(tuple(EventRules.from_setup(s, config.office.domain) for s in config.events))

    @classmethod
    def of(cls, *rules: EventRules) -> "Events":
        return cls(tuple(rules))

    # -- looking up -------------------------------------------------------------------

    @property
    def first(self) -> EventRules:
        """The default event: the only one, or the first in the file."""
        return self.all[0]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.all)

    def get(self, event_id: str | None) -> EventRules | None:
        """The event ``event_id``; "" or None is the first (rules built without an id)."""
        if not event_id:
            return self.first
        return next((r for r in self.all if r.id == event_id), None)

    def __getitem__(self, event_id: str) -> EventRules:
        found = self.get(event_id)
        if found is None:
            raise KeyError(event_id)
        return found

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and self.get(event_id) is not None

    def __iter__(self) -> Iterator[EventRules]:
        return iter(self.all)

    def __len__(self) -> int:
        return len(self.all)

    # -- at a moment ------------------------------------------------------------------

    def open_at(self, now: datetime) -> tuple[EventRules, ...]:
        """The events not past at ``now`` (mail may still be about them)."""
        return tuple(r for r in self.all if stage(r, now) != "past")

    def taking_registrations(self, now: datetime) -> tuple[EventRules, ...]:
        """The events whose registration deadline has not passed at ``now``."""
        return tuple(r for r in self.all if stage(r, now) == "open")


__all__ = ["Events", "Stage", "stage"]
