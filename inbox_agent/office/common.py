"""What every staff command shares: its error, who acts, the store opened for a command,
finding a record, the state names on the command line, and the formats of a time, a
day and an amount in the staff language.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from inbox_agent import i18n
from inbox_agent.config import Config
from inbox_agent.errors import InboxAgentError
from inbox_agent.i18n import N_
from inbox_agent.model import Reason
from inbox_agent.office.labels import STATE_LABELS, label
from inbox_agent.registrations import Attendee, EventRules, State
from inbox_agent.store.db import Store

LOCK_WAIT = 60.0  # seconds a command waits for the daemon's running job
QUEUED = "queued"  # a circular's mail not yet released to the outbox


class StaffError(InboxAgentError, ValueError):
    """The command cannot be done as asked (unknown address, wrong state, ...).
    Nothing was changed; the message (a ``Reason``) says what to do instead."""


def who(by: str | None) -> str:
    """The person acting: ``--by``, else $INBOX_AGENT_STAFF, else the login name."""
    name = (by or os.environ.get("INBOX_AGENT_STAFF") or "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # no login name (a container without passwd entry)
            name = "staff"
    return name


def _state_words() -> dict[str, str]:
    """The first word of every state's name, in each staff language -> state id."""
    words: dict[str, str] = {}
    ambiguous: set[str] = set()  # "waiting" (for a decision / list) names no one state
    for language in i18n.LANGUAGES:
        with i18n.use_language(language):
            for state in STATE_LABELS:
                word = label(STATE_LABELS, state).split(" ")[0].lower()
                if words.setdefault(word, state) != state:
                    ambiguous.add(word)
    return {w: s for w, s in words.items() if w not in ambiguous}


def parse_states(text: str) -> tuple[State, ...]:
    """``option,registered`` -> states; state ids and the first word of their names
    (German or English: "warteliste", "bezahlt") both work."""
    states = []
    by_label = _state_words()
    for part in text.split(","):
        word = part.strip().lower()
        if not word:
            continue
        try:
            states.append(State(word))
        except ValueError:
            if word in by_label:
                states.append(State(by_label[word]))
                continue
            raise StaffError(Reason.of(N_("unknown state {state}; possible are: {known}"),
                                       state=repr(part.strip()),
                                       known=", ".join(s.value for s in State))) from None
    if not states:
        raise StaffError(Reason.of(N_("no state given; e.g. --state option,registered")))
    return tuple(dict.fromkeys(states))


# -- formats ------------------------------------------------------------------------------


def local(at: datetime | None, rules: EventRules) -> str:
    """A moment in the event's time zone: "25.11.2026 19:03" / "25 Nov 2026 19:03"."""
    if at is None:
        return ""
    return i18n.day_time(at.astimezone(rules.tz))


def day(value: date | str | None) -> str:
    """A day: "25.11.2026" / "25 Nov 2026"; "" for none."""
    if not value:
        return ""
    return i18n.day(date.fromisoformat(value) if isinstance(value, str) else value)


def plain_amount(value: Decimal) -> str:
    """Two decimals with the staff language's decimal mark, not grouped: "1250,00"."""
    text = i18n.amount(value)
    whole, decimals = text[:-3], text[-3:]
    return "".join(c for c in whole if c.isdigit() or c == "-") + decimals


def money(value: Decimal | None, currency: str) -> str:
    """An amount with its currency ("199,50 EUR"); "" for none."""
    if value is None:
        return ""
    return f"{plain_amount(value)} {currency}"


# -- the store, for commands ------------------------------------------------------------


def open_store(config: Config) -> Store:
    """The store for a command: read now, locked only inside ``exclusive()``."""
    return Store(config.storage.path).open(hold=False)


def attendees(store: Store) -> dict[str, Attendee]:
    """Every record of the store, by address."""
    return {rec["key"]: Attendee.from_dict(rec) for rec in store.all("attendees")}


def find(store: Store, email: str) -> Attendee:
    """The record of ``email``; a ``StaffError`` (with a similar address) if there is none."""
    key = email.strip().lower()
    rec = store.get("attendees", key)
    if rec is None:
        hint = _similar(store, key)
        if hint:
            raise StaffError(Reason.of(N_(
                "{email} is not on the list of attendees; nothing was changed. "
                "Did you mean {hint}?"), email=email, hint=hint))
        raise StaffError(Reason.of(N_(
            "{email} is not on the list of attendees; nothing was changed. "
            "`inbox-agent list` shows every address."), email=email))
    return Attendee.from_dict(rec)


def _similar(store: Store, key: str) -> str | None:
    local_part = key.split("@")[0]
    for rec in store.all("attendees"):
        if local_part and (rec["key"].split("@")[0] == local_part or key in rec["key"]):
            return rec["key"]
    return None


# -- output -------------------------------------------------------------------------------


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], max_width: int = 40) -> str:
    """A plain text table (no library): columns as wide as their content, capped."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in cells]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def json_safe(value: Any) -> Any:
    """``value`` with Decimals, dates and times as strings (for ``--json``)."""
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


__all__ = ["LOCK_WAIT", "QUEUED", "StaffError", "who", "parse_states", "local", "day",
           "plain_amount", "money", "open_store", "attendees", "find", "table", "json_safe"]
