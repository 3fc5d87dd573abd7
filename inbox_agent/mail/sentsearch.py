"""What the Sent folder is asked before a reply goes, and what its answers mean.

Pure helpers of ``mailbox`` (which alone talks IMAP): the SEARCH criteria for a list
of Message-IDs, and ``SentCopies``, the Message-IDs of the Sent folder's mails from one
UID on, read from a FETCH of two header fields.

Why from one UID on (issue 17): a copy of a reply can only be in the Sent folder after
the reply was planned, so the outbox keeps with each entry where the folder stood
(its UIDVALIDITY and a UID below every mail filed after that, ``outbox.sentcheck``)
and asks only about the mails from there on; before, every check searched the whole
folder, whose size grows with every reply (0.10 s -> 5.74 s from 1,000 to 10,000 mails).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

MSGID = re.compile(rb"<[^<>\s]+>")
# The FETCH item ``Mailbox.sent_copies`` reads: the Message-ID, and the header that says
# a mail is one of ours (every mail ``outbox.compose`` builds carries it).
COPY_FIELDS = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID X-INBOX-AGENT-KIND)]"


@dataclass(frozen=True)
class SentCopies:
    """The mails of the Sent folder with UIDs from ``start`` on, as one FETCH saw them."""

    uidvalidity: int  # 0: there is no Sent folder
    start: int  # the first UID looked at (1: the whole folder)
    next_uid: int  # one above the highest UID seen (``start`` when none was)
    ids: Mapping[str, tuple[int, bool]] = field(default_factory=dict)  # Message-ID -> (UID, ours)

    def covers(self, uidvalidity: int, uid: int) -> bool:
        """Would a mail filed at or after ``uid`` (of that UIDVALIDITY) be seen here?"""
        return self.uidvalidity != 0 and (
            self.start == 1 or (uidvalidity == self.uidvalidity and uid >= self.start))


def copies(uidvalidity: int, start: int, fetched: Mapping[int, Mapping[bytes, object]]) -> SentCopies:
    """``SentCopies`` from a ``UID FETCH start:*`` answer. ``start:*`` always names the
    folder's highest UID, also when it is below ``start`` (RFC 3501: ``*`` is the
    largest UID in use, and ``n:m`` is the same as ``m:n``): such a mail is left out."""
    ids: dict[str, tuple[int, bool]] = {}
    top = start - 1
    for uid in sorted(u for u in fetched if u >= start):
        top = uid
        for key, value in fetched[uid].items():
            if key.startswith(b"BODY[HEADER") and isinstance(value, bytes):
                mid, ours = _read_fields(value)
                if mid:
                    ids[mid] = (uid, ours)
    return SentCopies(uidvalidity, start, top + 1, ids)


def _read_fields(lines: bytes) -> tuple[str, bool]:
    """The Message-ID and whether an X-Inbox-Agent-Kind is there, from header lines."""
    unfolded = re.sub(rb"\r?\n[ \t]+", b" ", lines)
    mid, ours = "", False
    for line in unfolded.splitlines():
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"message-id" and not mid:
            found = MSGID.search(value)
            mid = found.group().decode("ascii", "replace") if found else ""
        elif name == b"x-inbox-agent-kind":
            ours = True
    return mid, ours


def found_ids(answers: Iterable[Mapping[bytes, object]]) -> set[str]:
    """The Message-IDs in the header lines of a FETCH answer."""
    found = set()
    for data in answers:
        for key, value in data.items():
            if key.startswith(b"BODY[HEADER") and isinstance(value, bytes):
                found.update(m.decode("ascii", "replace") for m in MSGID.findall(value))
    return found


def searchable(message_id: str) -> bool:
    # Our Message-IDs are plain ASCII; anything else is not looked up (and not found).
    return message_id.isascii() and message_id.isprintable() and '"' not in message_id


def any_message_id(ids: Sequence[str]) -> list:
    """SEARCH criteria matching any of ``ids``: a balanced tree of ORs, so even a long
    list nests only a few levels deep."""
    if len(ids) == 1:
        return ["HEADER", "Message-ID", ids[0]]
    half = len(ids) // 2
    return ["OR", any_message_id(ids[:half]), any_message_id(ids[half:])]


__all__ = ["COPY_FIELDS", "SentCopies", "any_message_id", "copies", "found_ids", "searchable"]
