"""compose writes a mail with its own generator (issue 17, round 5): the parts built
once are written once, the repeated headers folded once, the lines of a part written
in one piece. Byte for byte what the email package's plain generator writes with the
plain SMTP policy (but for the random MIME boundaries), mail after mail."""

from __future__ import annotations

import random
import re
from email.message import EmailMessage
from email.policy import SMTP

from inbox_agent.model import Address
from inbox_agent.outbox import compose
from inbox_agent.outbox.compose import GeneratedAttachment
from test_outbox_compose import NOW, make_outbox, planned

_BOUNDARY = re.compile(rb"={15}\d+==")


def _outbox():
    outbox = make_outbox()
    noise = random.Random(7).randbytes(50_000)  # an invoice PDF's size, base64 in the mail
    outbox._generated = {"programme": (
        GeneratedAttachment("termin.ics", "text/calendar",
                            lambda now: f"BEGIN:VCALENDAR\r\nDTSTAMP:{now:%Y%m%d}\r\n".encode(),
                            flag="calendar_attached", params=(("method", "PUBLISH"),)),
        GeneratedAttachment("R-2025-0001.pdf", "application/pdf", lambda now: noise))}
    return outbox


def _mails(outbox) -> list[bytes]:
    mails = [planned(), planned(language="en"),
             planned(to=Address("x@y.example", 'Evil "<a@b>", Name'), message_id="<p.2@vsop.de>"),
             planned(to=Address("m@y.example", "Müller-Lüdenscheidt, Hans-Jürgen " * 3),
                     message_id="<p.3@vsop.de>", references=tuple(f"<r{i}@x>" for i in range(12))),
             planned(in_reply_to=None, references=(), message_id="<a.3@vsop.de>")]
    return [_BOUNDARY.sub(b"B", outbox.compose(p, NOW).data) for p in mails * 3]


def test_the_mails_are_the_bytes_the_plain_generator_writes(monkeypatch):
    outbox = _outbox()
    ours = _mails(outbox)
    monkeypatch.setattr(compose, "_POLICY", SMTP)
    monkeypatch.setattr(compose._Message, "as_bytes", EmailMessage.as_bytes)
    assert _mails(outbox) == ours
    assert b"multipart/mixed" in ours[0] and b"termin.ics" in ours[0]
    assert ours[0].count(b"application/pdf") == 3


def test_a_part_built_once_is_written_once_and_the_same_every_time():
    outbox = make_outbox()
    first = outbox.compose(planned(), NOW).data
    part = outbox._parts["programme"][0]
    written = getattr(part, compose._FROZEN)
    assert len(written) == 1  # one policy, one copy of its bytes
    (data,) = written.values()
    assert data in first and data in outbox.compose(planned(language="en"), NOW).data


def test_a_new_boundary_is_never_in_the_text(monkeypatch):
    monkeypatch.setattr(compose.random, "randrange", lambda _top: 1)
    taken = compose._Generator._make_boundary(None)
    assert re.fullmatch(r"={15}\d{19}==", taken)  # the email package's own form
    tokens = iter([1, 2])
    monkeypatch.setattr(compose.random, "randrange", lambda _top: next(tokens))
    text = b"a line\r\nquoting --" + taken.encode() + b" inside a line\r\n"
    boundary = compose._Generator._make_boundary(text)
    assert boundary != taken and b"--" + boundary.encode() not in text
