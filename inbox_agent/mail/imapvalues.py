"""Our values for what an IMAP server answers: pure helpers of ``mailbox`` (which alone
talks IMAP), kept apart so that module stays readable in one sitting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class FolderInfo:
    name: str
    uidvalidity: int
    uidnext: int | None
    exists: int
    keywords_allowed: bool  # may we set our own keyword (PERMANENTFLAGS has \* )?


# The header fields ``headers`` reads: who wrote to whom, about what, in which thread;
# X-Inbox-Agent-Kind tells our own mails in the Sent folder from the office's.
ENVELOPE_FIELDS = ("FROM", "TO", "CC", "SUBJECT", "DATE", "MESSAGE-ID", "IN-REPLY-TO",
                   "REFERENCES", "X-INBOX-AGENT-KIND")


def arrival(data: dict) -> datetime:
    """A FETCH response's INTERNALDATE in UTC (now, should a server not send it)."""
    when = data.get(b"INTERNALDATE") or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def has_new_mail(responses: Sequence[tuple]) -> bool:
    # "* 12 EXISTS": the folder has grown. FETCH (flag changes, e.g. our own keyword set
    # by the poll) and "* OK Still here" keep-alives are not new mail.
    return any(len(r) >= 2 and r[1] == b"EXISTS" for r in responses)


def flag_text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def error_text(exc: BaseException) -> str:
    """What an IMAP library error says, as text."""
    msg = exc.args[0] if exc.args else exc
    if isinstance(msg, bytes):
        msg = msg.decode("utf-8", "replace")
    return str(msg) or type(exc).__name__


__all__ = ["ENVELOPE_FIELDS", "FolderInfo", "arrival", "error_text", "flag_text", "has_new_mail"]
