"""Is a reply about to go in the Sent folder already? Asked about the mails filed since
it was planned, not about the whole folder.

Nothing is sent whose Message-ID is in the Sent folder (RELIABILITY.md): a reply still
"planned" may have left just before a crash, and a store restored from an older copy
plans the same Message-IDs again. Searching the whole folder for each chunk of replies
cost the folder's size, which every reply makes larger (issue 17: 0.10 s -> 5.74 s of
a poll from 1,000 to 10,000 mails). So the store keeps a **mark** (meta ``sent_mark``:
the Sent folder's UIDVALIDITY and a UID), and each new outbox entry records the mark of
its moment (``sent_mark``). The mark promises: every mail of ours (X-Inbox-Agent-Kind)
below it is of an entry this store has, or is named in meta ``sent_unknown``. So a
copy of an entry planned at mark M can only be at M or above, or in ``sent_unknown``:

- before the first lookup of a delivery, the mails from the lowest mark among the due
  entries (and the store's mark) on are read: their Message-ID and X-Inbox-Agent-Kind
  (``Mailbox.sent_copies``, on a connection kept in Sent; the whole folder when nothing
  is marked yet or UIDVALIDITY changed);
- ours among them that the store has no entry for (a store restored from an older copy,
  or a new store on an old mailbox) are added to ``sent_unknown``, and the mark moves up
  to the highest UID read: it never passes a copy the store does not know of;
- an entry whose mark is not covered by what was read (planned before the mark existed,
  or in a folder since recreated) is searched for in the whole folder, as before.

A restored store brings its older mark with it, and the mails filed since are read
again from there. The mark is staged with the delivery and committed with it (a lost
commit loses the mark too, never an entry it speaks for).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from inbox_agent.mail.sentsearch import SentCopies
from inbox_agent.store.db import Store

MARK_KEY = "sent_mark"  # meta: {"uidvalidity": V, "uid": M}
UNKNOWN_KEY = "sent_unknown"  # meta: {"ids": [...]}: ours in Sent, no entry here


def entry_mark(store: Store) -> dict[str, int] | None:
    """What a new outbox entry records of the Sent folder: the store's mark (None: none
    yet; such an entry is looked up in the whole folder)."""
    rec = store.get("meta", MARK_KEY)
    return None if rec is None else {"uidvalidity": rec["uidvalidity"], "uid": rec["uid"]}


def _of(entry: Mapping[str, Any]) -> tuple[int, int]:
    mark = entry.get("sent_mark") or {}
    return int(mark.get("uidvalidity", 0)), int(mark.get("uid", 0))


class SentCheck:
    """Is entry ``i`` of the entries about to be sent in the Sent folder already?

    Looked up lazily, only when an entry is really about to go (a bulk mail held back
    by its rate costs no lookup): the mails filed since the entries' marks at once,
    and what they do not cover in chunks of ``CHUNK`` by a SEARCH of the whole folder."""

    CHUNK = 50

    def __init__(self, folder: Any, entries: Sequence[Mapping[str, Any]], store: Store) -> None:
        self.folder, self.store = folder, store
        self.entries = entries
        self.ids = [e["key"] for e in entries]
        self.seen: SentCopies | None = None
        self.unknown: frozenset[str] = frozenset()
        self.covered = 0  # entries [0, covered) have been searched for (the fallback)
        self.found: set[str] = set()

    def __call__(self, index: int) -> bool:
        if self.folder is None:
            return False
        mid = self.ids[index]
        if self.seen is None and hasattr(self.folder, "sent_copies"):
            self.seen = self._read()
        if self.seen is not None and self.seen.covers(*_of(self.entries[index])):
            return mid in self.seen.ids or mid in self.unknown
        if index >= self.covered:
            chunk = self.ids[index:index + self.CHUNK]
            lookup = getattr(self.folder, "sent_message_ids", None)
            if lookup is not None:
                self.found |= set(lookup(chunk))
            else:  # a folder that can only be asked one by one (the simulator's)
                self.found |= {m for m in chunk if self.folder.sent_contains(m)}
            self.covered = index + len(chunk)
        return mid in self.found

    def _read(self) -> SentCopies:
        """Read the mails from the lowest mark on, and move the mark up (staged)."""
        mark = self.store.get("meta", MARK_KEY) or {"uidvalidity": 0, "uid": 1}
        validity, at = int(mark["uidvalidity"]), int(mark["uid"])
        start = min([at, *(uid for v, uid in map(_of, self.entries) if v == validity and uid)])
        seen = self.folder.sent_copies(validity, start)
        self.unknown = self._remember(seen)
        if seen.uidvalidity:  # a Sent folder exists (else nothing is in it)
            top = max(at, seen.next_uid) if seen.uidvalidity == validity else seen.next_uid
            if (seen.uidvalidity, top) != (validity, at):
                self.store.put("meta", {"key": MARK_KEY, "uidvalidity": seen.uidvalidity,
                                        "uid": top})
        return seen

    def _remember(self, seen: SentCopies) -> frozenset[str]:
        """``sent_unknown`` with the copies of ours just read that the store has no entry
        for (after reading the whole folder: only those)."""
        rec = self.store.get("meta", UNKNOWN_KEY) or {}
        before = frozenset(rec.get("ids", ()))
        new = {mid for mid, (_, ours) in seen.ids.items()
               if ours and mid not in before and self.store.get("outbox", mid) is None}
        if seen.start == 1:
            now = frozenset(m for m, (_, ours) in seen.ids.items() if ours and
                            (m in new or m in before))
        else:
            now = before | new
        if now != before:
            self.store.put("meta", {"key": UNKNOWN_KEY, "ids": sorted(now)})
        return now


__all__ = ["MARK_KEY", "UNKNOWN_KEY", "SentCheck", "entry_mark"]
