"""Sending over SMTP (``mail/smtp.py``) to the real aiosmtpd sink: a composed mail, in
CRLF lines, goes as it is (dot-stuffed, without aiosmtplib's normalising passes) and
arrives byte for byte; anything else takes aiosmtplib's own ``sendmail``; the server's
refusals and trouble are told apart as before, and the next mail still goes."""

from __future__ import annotations

import random

import aiosmtplib
import pytest
from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings

from inbox_agent.config import Smtp
from inbox_agent.errors import SendError, SendRefused
from inbox_agent.mail import smtp
from inbox_agent.mail.smtp import SmtpSender
from inbox_agent.model import OutgoingMessage

OFFICE = "geschaeftsstelle@vsop.de"


def _message(data: bytes, to: str = "anna@example.org") -> OutgoingMessage:
    return OutgoingMessage(message_id="<m@vsop.de>", kind="programme", sender=OFFICE,
                           recipients=(to,), data=data)


def _mail(*body: bytes) -> bytes:
    head = b"From: VSOP <geschaeftsstelle@vsop.de>\r\nTo: anna@example.org\r\nSubject: x\r\n\r\n"
    return head + b"".join(line + b"\r\n" for line in body)


@pytest.fixture
def sender(smtp_sink):
    settings = Smtp(host=smtp_sink.host, port=smtp_sink.port, security="none", username="")
    with SmtpSender(settings, None) as sending:
        yield sending


@pytest.fixture
def own_ways(monkeypatch):
    """How often aiosmtplib's own ``sendmail`` was taken."""
    calls = []
    original = aiosmtplib.SMTP.sendmail

    async def counted(self, *args, **kwargs):
        calls.append(args)
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(aiosmtplib.SMTP, "sendmail", counted)
    return calls


def test_stuffed_is_what_aiosmtplib_sends_for_crlf_lines():
    pieces = [b".", b"..", b"a", b".b", b" .", b"\r\n", b"\r\n.", b"=2E", b"x.y", b"\xc3\xa4"]
    rng = random.Random(17)
    for _ in range(3000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12))) + b"\r\n"
        if b"\r" in data.replace(b"\r\n", b"") or b"\n" in data.replace(b"\r\n", b""):
            continue
        expected = PERIOD_REGEX.sub(b"..", normalize_message_line_endings(data)) + b".\r\n"
        assert smtp._stuffed(data) == expected, data


@pytest.mark.parametrize("data", [b"a\nb\r\n", b"a\rb\r\n", b"a\r\n\rb\r\n", b"a\r\nb",
                                  b"a\r\r\nb\r\n", b"\n"])
def test_other_line_endings_are_left_to_aiosmtplib(data):
    assert smtp._stuffed(data) is None


def test_a_composed_mail_arrives_byte_for_byte_without_aiosmtplib_sendmail(
        sender, smtp_sink, own_ways):
    data = _mail(b"Hallo Anna,", b".", b"..zwei Punkte", b".eine Zeile", b"", b"Gruss", b".")
    answer = sender.send(_message(data))
    sender.send(_message(data.replace(b"Anna", b"Ben"), to="ben@example.org"))
    assert answer == "Message accepted for delivery"  # the server's answer to the data
    got = smtp_sink.messages()
    assert [m.data for m in got] == [data, data.replace(b"Anna", b"Ben")]
    assert [m.rcpt_tos for m in got] == [("anna@example.org",), ("ben@example.org",)]
    assert got[0].mail_from == OFFICE
    assert own_ways == []


def test_bare_line_feeds_go_through_aiosmtplib_normalised(sender, smtp_sink, own_ways):
    sender.send(_message(b"Subject: x\n\n.a\nb\n"))
    assert smtp_sink.messages()[0].data == b"Subject: x\r\n\r\n.a\r\nb\r\n"
    assert len(own_ways) == 1


def test_refusals_and_trouble_are_told_apart_and_the_next_mail_goes(sender, smtp_sink):
    data = _mail(b"Hallo")
    smtp_sink.fail_next(550, "no such user", stage="RCPT")
    with pytest.raises(SendRefused, match="550"):
        sender.send(_message(data))
    smtp_sink.fail_next(451, "try again later", stage="DATA")
    with pytest.raises(SendError, match="451"):
        sender.send(_message(data))
    smtp_sink.fail_next(554, "rejected", stage="DATA")
    with pytest.raises(SendRefused, match="554"):
        sender.send(_message(data))
    sender.send(_message(data))  # the envelope was reset each time
    assert [m.data for m in smtp_sink.messages()] == [data]


def test_a_server_gone_is_a_send_error(smtp_sink):
    settings = Smtp(host=smtp_sink.host, port=smtp_sink.port, security="none", username="")
    with SmtpSender(settings, None) as sending:
        sending.send(_message(_mail(b"eins")))
        smtp_sink.stop()
        with pytest.raises(SendError):
            sending.send(_message(_mail(b"zwei")))
