"""Opt-outs: addresses that asked for no more announcements, reminders or circulars.

Honoured forever: an opt-out is never removed by an import of the invitee list (it
lives in its own table, ``optouts``) and the outbox refuses to record or send a bulk
mail (``outbox.KIND_POLICIES``) to an opted-out address. Mails about a registration
the person holds still go out: they are not bulk.

Each record is keyed by ``optout_key(email)``, a SHA-256 of the normalised address,
and carries the address in plain text only for the staff's lists. So erasing a person
(GDPR, ``forget``) can drop the plain address and keep the key: the opt-out is still
honoured, and nobody can read from the store who it was. (An unsalted hash of an
address is not secret against someone who guesses the address; it only stops the
store from listing it.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol

# The subject of the opt-out mail that List-Unsubscribe (mailto) and the opt-out line
# of every bulk mail ask for. Kept short and in German; "unsubscribe" works as well.
UNSUBSCRIBE_SUBJECT = "abmelden"
# A mail whose whole subject is one of these is an opt-out request, whatever else it
# looks like (a List-Unsubscribe client may add machine headers to it).
UNSUBSCRIBE_SUBJECTS = frozenset({"abmelden", "unsubscribe", "abbestellen", "austragen"})

TABLE = "optouts"


class _Records(Protocol):
    def get(self, table: str, key: str) -> dict | None: ...
    def put(self, table: str, record: dict[str, Any]) -> None: ...
    def all(self, table: str) -> Iterable[dict]: ...


def normalise(email: str) -> str:
    return email.strip().lower()


def optout_key(email: str) -> str:
    """The store key of an address's opt-out (stable, not reversible)."""
    digest = hashlib.sha256(normalise(email).encode("utf-8")).hexdigest()
    return f"sha256:{digest}"


# The meta record of the adopted history whose bodies are not read yet (``app.history``
# writes it, with ``count``): an opt-out may still hide in them, so bulk mail waits.
HISTORY_UNREAD = "history_unread"


def history_unread(store: _Records) -> int:
    """How many adopted history mails are still to be read (0 once all are)."""
    rec = store.get("meta", HISTORY_UNREAD)
    return int(rec.get("count", 0)) if rec else 0


def is_opted_out(store: _Records, email: str) -> bool:
    return bool(email) and store.get(TABLE, optout_key(email)) is not None


def opted_out_keys(records: Iterable[dict]) -> frozenset[str]:
    """The keys of every opt-out record (for pure functions that check many addresses)."""
    return frozenset(r["key"] for r in records)


def optout_record(email: str, at: datetime, via: str, cause: str = "") -> dict[str, Any]:
    """A new opt-out record. ``via``: "mail" (a reply asked for it), "unsubscribe"
    (List-Unsubscribe / the subject "abmelden"), "staff" (entered by hand)."""
    return {"key": optout_key(email), "email": normalise(email), "at": at.isoformat(),
            "via": via, "cause": cause}


def record_optout(store: _Records, email: str, at: datetime, via: str, cause: str = "") -> bool:
    """Stage an opt-out for ``email``; False if it was opted out already (kept as it was)."""
    if is_opted_out(store, email):
        return False
    store.put(TABLE, optout_record(email, at, via, cause))
    return True


def is_unsubscribe_subject(subject: str | None) -> bool:
    """Is this the subject a List-Unsubscribe mailto (or our opt-out line) asks for?"""
    words = " ".join((subject or "").replace("/", " ").split()).strip(" .!").lower()
    return words in UNSUBSCRIBE_SUBJECTS


__all__ = [
    "UNSUBSCRIBE_SUBJECT",
    "UNSUBSCRIBE_SUBJECTS",
    "optout_key",
    "is_opted_out",
    "opted_out_keys",
    "optout_record",
    "record_optout",
    "is_unsubscribe_subject",
]
