"""compose: the repeated headers are parsed once and reused (issue 17); the mails are
byte for byte what the plain SMTP policy makes (but for the random MIME boundaries)."""

from __future__ import annotations

import re
from email.policy import SMTP

from inbox_agent.model import Address
from inbox_agent.outbox import compose
from test_outbox_compose import NOW, make_outbox, planned

_BOUNDARY = re.compile(rb"={15}\d+==")


def _mails(outbox) -> list[bytes]:
    mails = [planned(), planned(language="en"),
             planned(to=Address("x@y.example", 'Evil "<a@b>", Name'), message_id="<p.2@vsop.de>"),
             planned(in_reply_to=None, references=(),
                     message_id="<a.3@vsop.de>")]
    return [_BOUNDARY.sub(b"B", outbox.compose(p, NOW).data) for p in mails * 2]


def test_reused_headers_give_the_bytes_the_smtp_policy_gives(monkeypatch):
    outbox = make_outbox()
    reused = _mails(outbox)
    monkeypatch.setattr(compose, "_POLICY", SMTP)
    assert _mails(outbox) == reused
    assert b"From: " in reused[0] and b"multipart/mixed" in reused[0]


def test_a_repeated_header_is_made_once():
    made = compose._POLICY.header_factory
    first = made("Content-Transfer-Encoding", "quoted-printable")
    assert made("Content-Transfer-Encoding", "quoted-printable") is first
    assert made("To", "a@b.example") is not made("To", "a@b.example")
