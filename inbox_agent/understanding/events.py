"""Which of the open events a mail names: its name, words of its title, its year, its
dates or its venue. Pure; the pipeline decides what to do with the answer
(``registrations.routing``).

Only what tells the events apart counts: a word every candidate has ("VSOP" in the
conference's and the workshop's name, the year both take place in) names none of them.
What counts for an event, among the words no other candidate has:

* a word of its name (not the year): "Jahrestagung", "Workshop", "Datenschutz";
* its venue ("Köln"), its year ("2026"), its first or last day ("24.09.", "24. September");
* two words of its title ("Sozialplanung ... Polarisierung"): one is too common in mail.

A mail that names more than one event names none in particular (``named_events`` gives
them all; the caller asks staff).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from inbox_agent.understanding.text import fold, tokens

# Words too common to name an event (after stemming, as ``tokens`` gives them).
_COMMON = frozenset(tokens(
    "und oder der die das des dem den ein eine einer eines fuer mit von zur zum bei "
    "zwischen sowie ueber unter nach and the for with from of veranstaltung tagung event "
    "e.v. verein ev jahr"))
_MONTHS = ("januar", "februar", "maerz", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "dezember")
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")


class EventFacts(Protocol):
    """What an event is called and when and where it is (``EventRules`` has it)."""

    id: str
    name: str
    title: str
    starts: date
    ends: date
    venue: str


@dataclass(frozen=True)
class _Marks:
    strong: frozenset[str]  # one of them names the event
    title: frozenset[str]  # two of them do
    days: tuple[date, ...]


def named_events(subject: str, text: str, events: Sequence[EventFacts]) -> tuple[str, ...]:
    """The ids of the ``events`` the mail (its subject and what the sender wrote, not the
    quoted mail) names, in the order given; () when it names none of them."""
    if not events:
        return ()
    marks = {e.id: _marks(e) for e in events}
    said = f"{subject}\n{text}"
    words = frozenset(tokens(said))
    days = _days_named(fold(said), {d for m in marks.values() for d in m.days})
    found = []
    for event in events:
        own = marks[event.id]
        others = [m for i, m in marks.items() if i != event.id]
        strong = own.strong - _union(m.strong | m.title for m in others)
        title = own.title - _union(m.strong | m.title for m in others)
        own_days = set(own.days) - {d for m in others for d in m.days}
        if strong & words or len(title & words) >= 2 or own_days & days:
            found.append(event.id)
    return tuple(found)


def _marks(event: EventFacts) -> _Marks:
    year = str(event.starts.year)
    name = {w for w in tokens(event.name) if _distinctive(w) and w != year}
    venue = {w for w in tokens(event.venue) if _distinctive(w)}
    title = {w for w in tokens(event.title) if _distinctive(w) and len(w) >= 5}
    return _Marks(frozenset(name | venue | {year}), frozenset(title - name - venue),
                  tuple(sorted({event.starts, event.ends})))


def _distinctive(word: str) -> bool:
    return word not in _COMMON and word != "|" and (len(word) >= 4 or word.isdigit())


def _union(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for s in sets:
        out |= s
    return out


def _days_named(folded: str, days: set[date]) -> set[date]:
    """Which of ``days`` the text names: 24.09.(2026), 24.9., 24. September, 2026-09-24."""
    found = set()
    for day in days:
        months = f"0?{day.month}\\.|{_MONTHS[day.month - 1]}|{_MONTHS_EN[day.month - 1]}"
        numeric = rf"(?<![\d.])0?{day.day}\.\s*(?:{months})"
        iso = rf"\b{day.isoformat()}\b"
        english = rf"\b(?:{_MONTHS_EN[day.month - 1]})\s+0?{day.day}(?:st|nd|rd|th)?\b"
        if re.search(numeric, folded) or re.search(iso, folded) or re.search(english, folded):
            found.add(day)
    return found


__all__ = ["EventFacts", "named_events"]
