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
from functools import lru_cache
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


@dataclass(frozen=True)
class _Named:
    """What names one event among the others: its marks no other candidate has."""

    id: str
    strong: frozenset[str]
    title: frozenset[str]
    days: frozenset[date]


@dataclass(frozen=True)
class _Compiled:
    """An event set's marks, made once for it (``_compiled``), not for each mail."""

    events: tuple[_Named, ...]
    # Each day that names one event alone, with the one pattern that finds it written.
    days: tuple[tuple[date, re.Pattern[str]], ...]


def named_events(subject: str, text: str, events: Sequence[EventFacts]) -> tuple[str, ...]:
    """The ids of the ``events`` the mail (its subject and what the sender wrote, not the
    quoted mail) names, in the order given; () when it names none of them."""
    if not events:
        return ()
    compiled = _compiled(tuple((e.id, e.name, e.title, e.starts, e.ends, e.venue) for e in events))
    said = f"{subject}\n{text}"
    words = frozenset(tokens(said))
    folded = fold(said) if compiled.days else ""
    days = {day for day, pattern in compiled.days if pattern.search(folded)}
    return tuple(e.id for e in compiled.events
                 if e.strong & words or len(e.title & words) >= 2 or e.days & days)


@lru_cache(maxsize=16)
def _compiled(facts: tuple[tuple[str, str, str, date, date, str], ...]) -> _Compiled:
    """The marks of each event of a set (``facts``: id, name, title, starts, ends, venue),
    less those another candidate has too; and the day patterns of the days left."""
    marks = {f[0]: _marks(*f[1:]) for f in facts}
    named = []
    for event_id, *_rest in facts:
        own = marks[event_id]
        others = [m for i, m in marks.items() if i != event_id]
        common = _union(m.strong | m.title for m in others)
        named.append(_Named(event_id, own.strong - common, own.title - common,
                            frozenset(own.days) - {d for m in others for d in m.days}))
    days = sorted({d for e in named for d in e.days})
    return _Compiled(tuple(named), tuple((day, _day_pattern(day)) for day in days))


def _marks(name: str, title: str, starts: date, ends: date, venue: str) -> _Marks:
    year = str(starts.year)
    name_words = {w for w in tokens(name) if _distinctive(w) and w != year}
    venue_words = {w for w in tokens(venue) if _distinctive(w)}
    title_words = {w for w in tokens(title) if _distinctive(w) and len(w) >= 5}
    return _Marks(frozenset(name_words | venue_words | {year}),
                  frozenset(title_words - name_words - venue_words), tuple(sorted({starts, ends})))


def _distinctive(word: str) -> bool:
    return word not in _COMMON and word != "|" and (len(word) >= 4 or word.isdigit())


def _union(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for s in sets:
        out |= s
    return out


def _day_pattern(day: date) -> re.Pattern[str]:
    """How a folded text names ``day``: 24.09.(2026), 24.9., 24. September, 2026-09-24,
    September 24(th)."""
    months = f"0?{day.month}\\.|{_MONTHS[day.month - 1]}|{_MONTHS_EN[day.month - 1]}"
    numeric = rf"(?<![\d.])0?{day.day}\.\s*(?:{months})"
    iso = rf"\b{day.isoformat()}\b"
    english = rf"\b(?:{_MONTHS_EN[day.month - 1]})\s+0?{day.day}(?:st|nd|rd|th)?\b"
    return re.compile(f"{numeric}|{iso}|{english}")


__all__ = ["EventFacts", "named_events"]
