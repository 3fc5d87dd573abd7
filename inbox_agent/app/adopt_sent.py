"""What adoption reads of a mail's header, and the office's earlier answers in Sent.

``envelope`` turns the header lines of a mail (``Mailbox.headers``, or the start of a
fetched mail) into an ``Envelope``: who wrote to whom, about what, in which thread,
when it arrived. It is what the first start reads of every history mail, so a plain
ASCII header (most mail) is read with one regular expression and the addresses in their
plain forms; anything else (8-bit bytes, an odd line, a group, a comment) by the email
package, which gives the same (``envelope_by_parser``, tested on both). ``SentIndex`` holds the office's own mails in the Sent folder from
before the first start (not ours: those carry ``X-Inbox-Agent-Kind``) and finds the one
that answers a mail: a reply in its thread (In-Reply-To/References name its
Message-ID), else the first mail to its sender after it arrived.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from inbox_agent.model import Fields

_PARSER = BytesHeaderParser(policy=compat32)  # tolerant: old mail is often odd


@dataclass(frozen=True)
class Envelope:
    """One mail as adoption sees it: its header, and when it reached the server."""

    uid: int
    arrived: datetime
    message_id: str | None
    sender: str  # the From address, lower case ("" if none)
    who: str  # "Name <address>" as the reports show it
    subject: str
    date: datetime | None  # the Date header, as the sender claims it
    recipients: tuple[str, ...] = ()  # To and Cc, lower case
    thread: tuple[str, ...] = ()  # the Message-IDs of In-Reply-To and References
    ours: bool = False  # a mail inbox-agent sent (X-Inbox-Agent-Kind)


@dataclass(frozen=True)
class Answer:
    """The office's earlier answer to a history mail, found in the Sent folder."""

    message_id: str | None
    at: datetime
    how: str  # "thread" (it replies to the mail) or "recipient" (the next mail to the sender)

    def to_dict(self) -> dict[str, Any]:
        return {"message_id": self.message_id, "at": self.at.isoformat(), "how": self.how}


def envelope(uid: int, arrived: datetime, data: bytes) -> Envelope:
    """The ``Envelope`` of a mail from its header lines (or the whole mail)."""
    head = _head(data)
    fields = _fields(head)
    if fields is None:  # not plain: the email package reads it
        return envelope_by_parser(uid, arrived, head)
    text = {name: _plain(value) for name, value in fields.items()}
    named = _addresses(text.get("from", ""))
    name, address = named[0] if named else ("", "")
    recipients = _addresses(text.get("to", "")) + _addresses(text.get("cc", ""))
    return Envelope(
        uid=uid, arrived=arrived,
        message_id=(_ids(text.get("message-id", "")) or (None,))[0],
        sender=address.strip().lower(),
        who=f"{name} <{address}>" if name and address else address,
        subject=text.get("subject", "")[:300],
        date=_date(text.get("date", "")),
        recipients=tuple(a.strip().lower() for _, a in recipients if a),
        thread=tuple(_ids(text.get("in-reply-to", "") + " " + text.get("references", ""))),
        ours="x-inbox-agent-kind" in fields,
    )


def is_ours(data: bytes) -> bool:
    """``envelope(...).ours`` of a mail's header lines, without reading the rest: the
    daemon's own replies in Sent (the Sent scan skips them, 5,000 after a burst)."""
    if b"x-inbox-agent-kind" not in data.lower():
        return False
    head = _head(data)
    fields = _fields(head)
    if fields is None:
        return _PARSER.parsebytes(head).get("x-inbox-agent-kind") is not None
    return "x-inbox-agent-kind" in fields


def _head(data: bytes) -> bytes:
    """The header lines of a mail (all of ``data`` when it is only those)."""
    return data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]


def envelope_by_parser(uid: int, arrived: datetime, head: bytes) -> Envelope:
    """``envelope`` read with the email package (any header; the slower way)."""
    msg = _PARSER.parsebytes(head)
    named = getaddresses([_text(msg, "from")])
    name, address = named[0] if named else ("", "")
    return Envelope(
        uid=uid, arrived=arrived,
        message_id=(_ids(_text(msg, "message-id")) or (None,))[0],
        sender=address.strip().lower(),
        who=f"{name} <{address}>" if name and address else address,
        subject=_text(msg, "subject")[:300],
        date=_date(_text(msg, "date")),
        recipients=tuple(a.strip().lower() for _, a in
                         getaddresses([_text(msg, "to"), _text(msg, "cc")]) if a),
        thread=tuple(_ids(_text(msg, "in-reply-to") + " " + _text(msg, "references"))),
        ours=msg.get("x-inbox-agent-kind") is not None,
    )


# -- the header read fast: what most mail is, else the email package -------------------

_FIELD = re.compile(rb"^(from|to|cc|subject|date|message-id|in-reply-to|references|"
                    rb"x-inbox-agent-kind)[ \t]*:[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)",
                    re.MULTILINE | re.IGNORECASE)
# A line that neither starts a field (RFC 5322: printable name, colon) nor goes on one.
_ODD_LINE = re.compile(rb"^(?![ \t])(?![!-9;-~]+[ \t]*:)[^\n]+", re.MULTILINE)
# One address as most mail writes it: ``addr``, ``Name <addr>``, ``"Name" <addr>``.
_ADDR = r"[^\s<>()\[\],;:\"\\@]+@[^\s<>()\[\],;:\"\\@]+"
_ONE = re.compile(rf'\s*(?:(?:"(?P<quoted>[^"\\]*)"|(?P<name>[^"<>()\[\],;:\\@]*?))\s*<(?P<angle>{_ADDR})>'
                  rf"|(?P<bare>{_ADDR}))\s*")


def _fields(head: bytes) -> dict[str, str] | None:
    """The first value of each header ``envelope`` reads, as the email package gives it
    (compat32: the lines as they are, the name and the space after the colon off), or
    None when the header is not plain ASCII header syntax (the email package reads it)."""
    head = head.replace(b"\r\n", b"\n")
    if not head.isascii() or head[:1] in (b" ", b"\t") or _ODD_LINE.search(head):
        return None
    out: dict[str, str] = {}
    for match in _FIELD.finditer(head):
        out.setdefault(match.group(1).decode().lower(), match.group(2).decode())
    return out


def _plain(value: str) -> str:
    """A header value on one line, RFC 2047 words decoded (as ``_text``)."""
    if "=?" in value:
        try:
            value = str(make_header(decode_header(value)))
        except (ValueError, LookupError, UnicodeError):
            pass
    return " ".join(value.split())


def _addresses(value: str) -> list[tuple[str, str]]:
    """``getaddresses([value])``, without its parser for the plain forms."""
    if not value:
        return getaddresses([value])
    found, start = [], 0
    while True:
        match = _ONE.match(value, start)
        if match is None:
            return getaddresses([value])
        if match.group("bare") is not None:
            found.append(("", match.group("bare")))
        else:
            name = match.group("quoted") if match.group("quoted") is not None else match.group("name")
            found.append((" ".join(name.split()), match.group("angle")))
        start = match.end()
        if start == len(value):
            return found
        if value[start] != ",":
            return getaddresses([value])
        start += 1


class SentIndex:
    """The office's mails in the Sent folder sent before ``until`` (the first start),
    by the Message-IDs they reply to and by recipient, each list in time order."""

    def __init__(self, sent: Iterable[Envelope], *, until: datetime,
                 own: frozenset[str] = frozenset()) -> None:
        self.own = own
        self.by_thread: dict[str, list[Envelope]] = {}
        self.by_recipient: dict[str, list[Envelope]] = {}
        self.claims: dict[str, Envelope] = {}  # an answer "by recipient" -> the mail it answers
        for env in sorted((e for e in sent if not e.ours and e.arrived < until),
                          key=lambda e: e.arrived):
            for ref in env.thread:
                self.by_thread.setdefault(ref, []).append(env)
            for address in env.recipients:
                self.by_recipient.setdefault(address, []).append(env)

    def answers_none(self) -> bool:
        """No mail of the office's is held: ``answer`` is None for every mail."""
        return not self.by_thread and not self.by_recipient

    def answer(self, mail: Envelope) -> Answer | None:
        """The office's answer to ``mail``: a reply in its thread, else its first mail to
        the sender after the mail arrived (not for mail from the office's own addresses)."""
        replies = self.by_thread.get(mail.message_id or "", [])
        if replies:
            return Answer(replies[0].message_id, replies[0].arrived, "thread")
        if not mail.sender or mail.sender in self.own:
            return None
        later = next((e for e in self.by_recipient.get(mail.sender, ())
                      if e.arrived > mail.arrived), None)
        return Answer(later.message_id, later.arrived, "recipient") if later else None

    def claim(self, mail: Envelope, answer: Answer) -> tuple[Answer | None, Envelope | None]:
        """An answer "by recipient" answers one mail: the sender's last before it. So
        ``mail`` keeps ``answer`` unless a later mail of the sender holds it already;
        returns what ``mail`` keeps, and the earlier mail that loses it (if any)."""
        if answer.how != "recipient" or answer.message_id is None:
            return answer, None
        holder = self.claims.get(answer.message_id)
        if holder is not None and holder.arrived > mail.arrived:
            return None, None
        self.claims[answer.message_id] = mail
        return answer, holder


def fields_record(fields: Fields) -> dict[str, Any]:
    """What a mail told about the attendee, as a record keeps it (only what it said)."""
    return {k: v for k, v in fields.to_dict().items() if v is not None and v != []}


def _text(msg: Message, name: str) -> str:
    """A header's value, RFC 2047 words decoded, on one line ("" if absent)."""
    value = msg.get(name)
    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except (ValueError, LookupError, UnicodeError):
        text = str(value)
    return " ".join(text.split())


def _ids(value: str) -> list[str]:
    """The ``<...>`` Message-IDs in a header value, in order."""
    out, rest = [], value
    while "<" in rest and ">" in rest.split("<", 1)[1]:
        inner, rest = rest.split("<", 1)[1].split(">", 1)
        if inner.strip() and " " not in inner.strip():
            out.append(f"<{inner.strip()}>")
    return out


def _date(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError, IndexError):
        return None


__all__ = ["Envelope", "Answer", "SentIndex", "envelope", "is_ours", "fields_record"]
