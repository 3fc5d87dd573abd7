"""The floor: the same I/O and parsing done with the bare libraries, nothing else.

Fetching the mails with plain imapclient, parsing them with plain mail-parser and
sending the same replies (already rendered) with plain aiosmtplib over one connection
is the least any program built on these libraries must spend on the same machine. The
pipeline's time divided by this is the overhead of everything the agent adds:
classification, decisions, templates, the store, the Sent copies, the keywords.

The product keeps each library inside one wrapper module; the benchmark's floor calls
the libraries directly on purpose, so it is the one place outside ``inbox_agent`` that
imports them.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Sequence
from dataclasses import dataclass

import aiosmtplib
import mailparser
from imapclient import IMAPClient


@dataclass
class FloorTimes:
    fetch: float  # seconds for UID SEARCH + FETCH BODY.PEEK[] of every mail
    parse: float  # seconds for mailparser.parse_from_bytes of every mail
    send: float  # seconds for sending every reply over one SMTP connection
    mails: int
    replies: int

    @property
    def total(self) -> float:
        return self.fetch + self.parse + self.send


def fetch_all(host: str, port: int, user: str, password: str, batch: int) -> list[bytes]:
    """Every mail of INBOX with BODY.PEEK[], ``batch`` UIDs per FETCH (as the agent)."""
    with IMAPClient(host, port=port, ssl=False) as client:
        client.login(user, password)
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["ALL"]))
        out: list[bytes] = []
        for start in range(0, len(uids), batch):
            got = client.fetch(uids[start:start + batch], ["BODY.PEEK[]"])
            out.extend(got[uid][b"BODY[]"] for uid in sorted(got))
        client.logout()
    return out


def empty_poll(host: str, port: int, user: str, password: str, repeat: int = 5) -> float:
    """Median milliseconds of what any poll must do with no new mail: connect, log in,
    select INBOX, ask for UIDs above the highest one (as the agent does), log out."""
    import statistics

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        with IMAPClient(host, port=port, ssl=False) as client:
            client.login(user, password)
            info = client.select_folder("INBOX")
            client.search(["UID", f"{int(info[b'UIDNEXT'])}:*"])
            client.logout()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def parse_all(mails: Sequence[bytes]) -> int:
    """Parse every mail with mail-parser; returns how many had a text body."""
    with_text = 0
    for data in mails:
        parsed = mailparser.parse_from_bytes(data)
        with_text += bool(parsed.text_plain or parsed.text_html)
    return with_text


async def _send_all(host: str, port: int, messages: Sequence[bytes]) -> None:
    client = aiosmtplib.SMTP(hostname=host, port=port, use_tls=False, start_tls=False)
    await client.connect()
    try:
        for data in messages:
            sender, recipients = _envelope(data)
            await client.sendmail(sender, recipients, data)
    finally:
        await client.quit()


def _envelope(data: bytes) -> tuple[str, list[str]]:
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    fields: dict[str, str] = {}
    for line in head.replace("\r\n ", " ").replace("\r\n\t", " ").split("\r\n"):
        name, _, value = line.partition(":")
        fields.setdefault(name.strip().lower(), value.strip())
    sender = email.utils.parseaddr(fields.get("from", ""))[1]
    recipients = [a for _, a in email.utils.getaddresses([fields.get("to", "")]) if a]
    return sender, recipients


def send_all(host: str, port: int, messages: Sequence[bytes]) -> None:
    """Send the pre-rendered ``messages`` over one SMTP connection."""
    asyncio.run(_send_all(host, port, messages))


def measure(host: str, imap_port: int, user: str, password: str, smtp_port: int,
            replies: Sequence[bytes], batch: int) -> FloorTimes:
    """Time the three floors one after the other (fetch, parse, send)."""
    t0 = time.perf_counter()
    mails = fetch_all(host, imap_port, user, password, batch)
    t1 = time.perf_counter()
    parse_all(mails)
    t2 = time.perf_counter()
    send_all(host, smtp_port, replies)
    t3 = time.perf_counter()
    return FloorTimes(fetch=t1 - t0, parse=t2 - t1, send=t3 - t2, mails=len(mails),
                      replies=len(replies))
