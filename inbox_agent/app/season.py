"""What the season simulator replays and where it replays it (``app.simulate``): the
folder of mails in the order of their Date headers, the mailbox and the sender in
memory, and the stops of the simulated clock on each day.

Everything here depends only on the files and the calendar, never on the wall clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from inbox_agent.clock import FixedClock
from inbox_agent.errors import InboxAgentError
from inbox_agent.mail.mailbox import FolderInfo
from inbox_agent.model import OutgoingMessage, RawMessage
from inbox_agent.registrations import EventRules

UIDVALIDITY = 1


class SeasonError(InboxAgentError, ValueError):
    """The folder of mails (or --out) cannot be used; the message says what to fix."""


# -- the mails -----------------------------------------------------------------------


@dataclass(frozen=True)
class SeasonMail:
    """One .eml file of the folder and when it reaches the (simulated) server."""

    file: str
    data: bytes
    arrives: datetime  # aware, UTC: the Date header


def load_season(folder: Path, zone: Any) -> list[SeasonMail]:
    """Every ``*.eml`` in ``folder``, in the order of their Date headers (file name
    breaks ties). A Date without a zone is read as local time of the event."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SeasonError(f"{folder} is not a folder: give --mails the folder that holds the .eml files")
    files = sorted(p for p in folder.glob("*.eml") if p.is_file())
    if not files:
        raise SeasonError(f"no .eml files in {folder}: save the mails of the season there "
                          f"(in a mail program: 'Save as' / drag them into the folder)")
    mails = []
    for path in files:
        data = path.read_bytes()
        mails.append(SeasonMail(path.name, data, _arrival(path.name, data, zone)))
    return sorted(mails, key=lambda m: (m.arrives, m.file))


def _arrival(name: str, data: bytes, zone: Any) -> datetime:
    """The mail's Date header in UTC (local time of the event when it names no zone)."""
    header = BytesHeaderParser(policy=compat32).parsebytes(data).get("Date")
    try:
        when = parsedate_to_datetime(str(header)) if header else None
    except (TypeError, ValueError, IndexError):
        when = None
    if when is None:
        raise SeasonError(f"{name}: no readable Date header ({header!r}); the simulator "
                          f"replays mails in the order of their Date: add one, e.g. "
                          f"'Date: Mon, 10 Mar 2025 09:14:00 +0100'")
    if when.tzinfo is None:
        when = when.replace(tzinfo=zone)
    return when.astimezone(timezone.utc)


def prepare_out(out: Path) -> None:
    """Make ``--out`` a folder that holds no .eml files of an earlier run."""
    if out.exists() and not out.is_dir():
        raise SeasonError(f"--out {out} is a file: give a folder for the outgoing mails")
    if out.is_dir() and any(out.glob("*.eml")):
        raise SeasonError(f"--out {out} already holds .eml files (from an earlier run?): "
                          f"delete them or give another folder, so the two runs do not mix")
    out.mkdir(parents=True, exist_ok=True)


# -- the edges, in memory --------------------------------------------------------------


class MemoryMailbox:
    """The office mailbox without a server: what the pipeline uses of ``Mailbox``."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.messages: dict[int, RawMessage] = {}
        self.done: set[int] = set()
        self.sent: list[bytes] = []
        self._sent_ids: set[str] = set()

    def deliver(self, data: bytes, arrives: datetime) -> int:
        uid = len(self.messages) + 1
        self.messages[uid] = RawMessage(self.folder, UIDVALIDITY, uid, arrives, len(data), data)
        return uid

    def select(self, folder: str) -> FolderInfo:
        return FolderInfo(name=folder, uidvalidity=UIDVALIDITY, uidnext=len(self.messages) + 1,
                          exists=len(self.messages), keywords_allowed=True)

    def uids_after(self, last_uid: int) -> list[int]:
        return sorted(uid for uid in self.messages if uid > last_uid)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        return {uid: self.messages[uid].size for uid in uids if uid in self.messages}

    def fetch(self, folder: FolderInfo, uids: Sequence[int]) -> list[RawMessage]:
        return [self.messages[uid] for uid in sorted(uids) if uid in self.messages]

    def mark_done(self, uids: Sequence[int]) -> None:
        self.done.update(uids)

    def append_sent(self, data: bytes, when: datetime) -> None:
        self.sent.append(data)
        header = BytesHeaderParser(policy=compat32).parsebytes(data).get("Message-ID")
        if header:
            self._sent_ids.add(str(header).strip())

    def sent_contains(self, message_id: str) -> bool:
        return message_id in self._sent_ids

    def news(self, folder: str, last_uid: int) -> tuple[int, list[tuple[int, datetime, bytes]]]:
        """The Sent folder's mails after ``last_uid`` (``Mailbox.news``): ours only."""
        start = datetime(1970, 1, 1, tzinfo=timezone.utc)
        return UIDVALIDITY, [(uid, start, data) for uid, data in enumerate(self.sent, 1)
                             if uid > last_uid]


class RecordingSender:
    """Sends nothing: records each message with the time it would have gone out, and
    writes it to ``out`` (if given) as ``NNN-<date>-<kind>-<recipient>.eml``."""

    def __init__(self, clock: FixedClock, out: Path | None, zone: Any) -> None:
        self.clock = clock
        self.out = out
        self.zone = zone
        self.sent: list[tuple[datetime, OutgoingMessage]] = []
        self._listeners: list[Callable[[datetime, OutgoingMessage], None]] = []

    def listen(self, listener: Callable[[datetime, OutgoingMessage], None]) -> None:
        """``listener(when, message)`` is told of every message sent from now on."""
        self._listeners.append(listener)

    def send(self, message: OutgoingMessage) -> str:
        now = self.clock.now()
        self.sent.append((now, message))
        if self.out is not None:
            day = now.astimezone(self.zone).date().isoformat()
            who = re.sub(r"[^0-9A-Za-z@._-]+", "_", ",".join(message.recipients))
            name = f"{len(self.sent):03d}-{day}-{message.kind}-{who}.eml"
            (self.out / name).write_bytes(message.data)
        for listen in self._listeners:
            listen(now, message)
        return "250 simulated: not sent"


# -- the clock's stops -----------------------------------------------------------------


def checkpoints(day: date, rules: EventRules, arrivals: Sequence[datetime],
                digest_at: tuple[int, int] | None = None) -> list[datetime]:
    """When the clock stops on ``day``: local midnight, the reminder hour, the digest's
    time of day (if any), each arrival."""
    fixed = {rules.local_at(day, 0), rules.local_at(day, rules.reminder_hour)}
    if digest_at is not None:
        fixed.add(digest_time(day, rules, digest_at))
    return sorted(fixed | set(arrivals))


def digest_time(day: date, rules: EventRules, digest_at: tuple[int, int]) -> datetime:
    """``[digest] time`` on ``day`` (local time of the event), in UTC."""
    local = datetime.combine(day, time(*digest_at), tzinfo=rules.tz)
    return local.astimezone(timezone.utc)
