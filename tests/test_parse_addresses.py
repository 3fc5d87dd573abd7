"""Who is answered comes from the raw address header, never from a decoded display name.

parse reads From, Reply-To and Sender with the standard library's RFC 5322 parser
before any encoded word is decoded, and takes an address only if it is written
literally outside every display name. Property tests: whatever the display name holds
(any text, any encoding, CR/LF, quotes, angle brackets, commas, @ signs), the answer
goes to the address; the same end to end, through ``poll --once`` to the SMTP sink.
"""

from __future__ import annotations

import base64
import time

import pytest
from helpers import make_mail, run_cli, write_config
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inbox_agent.mail.parse import header_addresses, parse_bytes

ADDRESSES = ("eve@kreis.de", "a.b-c+tag@stadt-musterhausen.de", "X_Y@sub.example.org")
# Text that tries hardest to look like an address or a header break.
NASTY = st.sampled_from(['<', '>', '"', "\\", ",", ";", ":", "@", "\r", "\n", "\r\n", "(", ")",
                         "x@y.org", "<x@y.org>", "Bcc: v@evil.example", "=?", "?=", " ", "\t"])
NAMES = st.lists(st.one_of(NASTY, st.text(max_size=8)), max_size=8).map("".join)


def _q(text: str) -> str:
    """RFC 2047 Q-encoding of UTF-8 text: everything but letters and digits as =XX."""
    return "".join(ch if ch.isascii() and ch.isalnum() else
                   "".join(f"={b:02X}" for b in ch.encode("utf-8")) for ch in text).replace("=20", "_")


def _quoted(text: str) -> str:
    """A quoted-string display name, as a sender's program writes one (no raw CR/LF:
    a raw line break ends the header, no name can hold one)."""
    text = text.replace("\r", " ").replace("\n", " ")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


ENCODINGS = {
    "q": lambda name: f"=?utf-8?q?{_q(name)}?=",
    "b": lambda name: "=?utf-8?b?" + base64.b64encode(name.encode("utf-8", "surrogatepass")).decode() + "?=",
    "Q-latin1": lambda name: "=?iso-8859-1?Q?" + "".join(f"={b:02X}" for b in name.encode("latin-1", "replace")) + "?=",
    "quoted": _quoted,
    "two words": lambda name: f"=?utf-8?q?{_q(name[:3])}?= =?utf-8?b?"
                              + base64.b64encode(name[3:].encode("utf-8", "surrogatepass")).decode() + "?=",
    "word and quote": lambda name: f"=?utf-8?q?{_q(name)}?= {_quoted(name)}",
}


def _header(name: str, encoding: str, address: str) -> bytes:
    shown = ENCODINGS[encoding](name)
    return f"{shown} <{address}>".encode("utf-8", "surrogatepass")


def _mail(from_header: bytes, reply_to: bytes | None = None) -> bytes:
    head = b"From: " + from_header + b"\r\n"
    if reply_to is not None:
        head += b"Reply-To: " + reply_to + b"\r\n"
    return head + (b"To: geschaeftsstelle@vsop.de\r\nSubject: Voranmeldung\r\nMessage-ID: <p@x>\r\n"
                   b"\r\nHiermit melde ich mich unverbindlich an.\r\n")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, encoding=st.sampled_from(sorted(ENCODINGS)), address=st.sampled_from(ADDRESSES))
def test_no_display_name_changes_who_is_answered(name, encoding, address):
    mail = parse_bytes(_mail(_header(name, encoding, address)))
    assert mail.sender is not None and mail.sender.email == address
    assert mail.reply_address.email == address
    assert "\r" not in mail.sender.name and "\n" not in mail.sender.name


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, other=NAMES, encoding=st.sampled_from(sorted(ENCODINGS)))
def test_no_display_name_in_reply_to_changes_who_is_answered(name, other, encoding):
    mail = parse_bytes(_mail(_header(name, encoding, "eve@kreis.de"),
                             _header(other, encoding, "sek@kreis.de")))
    assert mail.sender.email == "eve@kreis.de"
    assert [a.email for a in mail.reply_to] == ["sek@kreis.de"]
    assert mail.reply_address.email == "sek@kreis.de"


@pytest.mark.parametrize("raw, address, name", [
    ("=?utf-8?q?Eve_=3Cx@y.org=3E?= <eve@kreis.de>", "eve@kreis.de", "Eve <x@y.org>"),
    ("=?utf-8?q?Eve_=3Cx@y.org=3E=0D=0A?= <eve@kreis.de>", "eve@kreis.de", None),
    ("=?utf-8?q?Eve=0D=0A_x@y.org?= <eve@kreis.de>", "eve@kreis.de", None),
    ("=?utf-8?b?RXZlIDx4QHkub3JnPg==?= <eve@kreis.de>", "eve@kreis.de", "Eve <x@y.org>"),
    ('"Eve <x@y.org>" <eve@kreis.de>', "eve@kreis.de", "Eve <x@y.org>"),
    ("eve@kreis.de (=?utf-8?q?x@y.org?=)", "eve@kreis.de", None),
    ("=?utf-8?q?M=C3=B6llenbeck=2C_Petra?= <p@x.de>", "p@x.de", "Möllenbeck, Petra"),
    ("=?utf-8?q?=22a=22_=3Cb@c.de=3E=2C_d@e.de?= <eve@kreis.de>", "eve@kreis.de", None),
    # An address written as an encoded word is no address at all.
    ("=?utf-8?q?evil?=@x.de", None, None),
    ("=?utf-8?b?PGFAYi5kZT4=?=@kreis.de", None, None),
])
def test_hostile_from_headers(raw, address, name):
    found = header_addresses(raw)
    assert (found[0].email if found else None) == address
    if name is not None:
        assert found[0].name == name
    mail = parse_bytes(_mail(raw.encode()))
    assert (mail.reply_address.email if mail.reply_address else None) == address


def test_the_sender_header_is_read_the_same_way():
    found = header_addresses("=?utf-8?q?list=40evil.example?= <bounces@lists.example.org>")
    assert [a.email for a in found] == ["bounces@lists.example.org"]


# -- end to end, against the real servers ------------------------------------------------

HOSTILE_FROM = {
    "eve1@kreis.example": b"=?utf-8?q?Eve_=3Cx@y.org=3E?= <eve1@kreis.example>",
    "eve2@kreis.example": b"=?utf-8?q?Eve_=3Cx@y.org=3E=0D=0ABcc:_v@evil.example?= <eve2@kreis.example>",
    "eve3@kreis.example": b"=?utf-8?b?IkEiIDxiQGMuZGU+LCBkQGUuZGU=?= <eve3@kreis.example>",
    "eve4@kreis.example": b'"Eve, <x@y.org> \\"quoted\\"" <eve4@kreis.example>',
    "eve5@kreis.example": b"=?utf-8?q?x=40y.org?= =?iso-8859-1?q?M=FCller?= <eve5@kreis.example>",
    "eve6@kreis.example": b"eve6@kreis.example (=?utf-8?q?x@y.org=0A?=)",
}


def test_hostile_display_names_end_to_end(tmp_path, imap_account, smtp_sink):
    """A handful of hostile From headers through ``poll --once``: every answer goes to
    the address written in the header, to nobody else."""
    config = write_config(tmp_path, imap_account, smtp_sink)
    for number, (address, header) in enumerate(HOSTILE_FROM.items()):
        data = make_mail(sender="Platzhalter <platz@halter.example>",
                         message_id=f"<hostile-{number}@kreis.example>")
        data = data.replace(b"From: Platzhalter <platz@halter.example>", b"From: " + header)
        assert header in data
        imap_account.append(data)
    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 0, result.stderr
    smtp_sink.wait_for(len(HOSTILE_FROM))
    time.sleep(0.3)  # anything sent twice or elsewhere would have arrived by now
    received = smtp_sink.messages()
    assert sorted(r.rcpt_tos for r in received) == sorted((a,) for a in HOSTILE_FROM)
    assert all(r.message["Bcc"] is None for r in received)  # no header was injected
