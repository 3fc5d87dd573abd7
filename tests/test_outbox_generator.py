"""compose writes a mail directly (issue 17, round 7): no message object, each header
written once, the text parts encoded by the email package's own function, the prebuilt
parts from memory. Byte for byte what the email package builds and writes with the
SMTP policy (``compose.build``, ``as_bytes``), but for the random MIME boundaries: for
every kind and language of the shipped templates, hostile and long names, copies,
bulk mail, generated attachments, mail after mail."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from email.policy import SMTP
from pathlib import Path

import pytest

from inbox_agent.config import load_config
from inbox_agent.model import Address, PlannedMail
from inbox_agent.office.check import sample_context
from inbox_agent.outbox import compose
from inbox_agent.outbox.compose import GeneratedAttachment, KindPolicy
from inbox_agent.outbox.templates import Rendered, Templates
from test_outbox_compose import NOW, make_outbox, planned

ROOT = Path(__file__).resolve().parents[1]
_BOUNDARY = re.compile(rb"={15}\d+==")
_NOISE = random.Random(7).randbytes(50_000)  # an invoice PDF's size, base64 in the mail
_ICS = GeneratedAttachment("VSOP-Jahrestagung-2025.ics", "text/calendar",
                           lambda now: f"BEGIN:VCALENDAR\r\nDTSTAMP:{now:%Y%m%d}\r\n".encode(),
                           flag="calendar_attached", params=(("method", "PUBLISH"),))
_PDF = GeneratedAttachment("VSOP-2025-0001.pdf", "application/pdf", lambda now: _NOISE)
_EMPTY = GeneratedAttachment("leer.txt", "text/plain", lambda now: b"")
_TO = [Address("anna.schmidt@stadt-musterhausen.de", "Anna Schmidt"),
       Address("x@y.example", 'Evil "<a@b>", Name'),
       Address("dr@y.example", "Dr. Hans O'Brien (Amt 51)"),
       Address("m@y.example", "Müller-Lüdenscheidt, Hans-Jürgen " * 3),
       Address("plain@y.example", ""),
       Address("t.seidel@stadt.example", "Seidel, Torsten"),  # quoted, written as it is
       Address("a" * 60 + "@" + "b" * 30 + ".example", "Very Long Display Name Indeed")]


def _both(office, plan: PlannedMail, rendered: Rendered, policy: KindPolicy, parts,
          generated) -> tuple[bytes, bytes]:
    kw = dict(unsubscribe="<mailto:geschaeftsstelle@vsop.de?subject=abmelden>, "
              "<https://vsop.de/abmelden?e=" + "x" * 40 + ">" if policy.bulk else None,
              one_click=policy.bulk, parts=parts, generated=generated)
    ours = compose.write(office, plan, rendered, policy, NOW, **kw)
    theirs = compose.build(office, plan, rendered, policy, NOW, **kw).as_bytes(policy=SMTP)
    return _BOUNDARY.sub(b"B", ours), _BOUNDARY.sub(b"B", theirs)


def test_every_kind_and_language_is_the_bytes_the_email_package_writes():
    config = load_config(ROOT / "config.toml")
    templates, outbox = Templates(config.replies.templates), make_outbox()
    now = datetime(2025, 5, 12, 8, 30, tzinfo=UTC)
    compared = 0
    for language, kind in templates.kinds():
        context = {**sample_context(config, kind, now), "attached_files": []}
        rendered = templates.render(kind, language, context)
        parts = outbox._parts.get(kind, ())
        for index, to in enumerate(_TO):
            cc = (Address("c@d.de", "Carla Copy"), Address("e@f.de", "")) if index % 2 else ()
            plan = planned(kind=kind, to=to, cc=cc, language=language,
                           in_reply_to=None if index == 4 else "<orig-1@stadt-musterhausen.de>",
                           references=tuple(f"<r{i}@x.example>" for i in range(index * 3)))
            for bulk in (False, True):
                generated = [(), (_ICS,), (_ICS, _PDF), (_EMPTY,)][index % 4]
                ours, theirs = _both(outbox.office, plan, rendered, KindPolicy(bulk=bulk),
                                     parts if index % 3 else (), generated)
                assert ours == theirs, (language, kind, to)
                compared += 1
    assert compared >= 2 * 6 * 30  # both languages, every kind


def test_the_text_alone_and_with_html_only_are_written_as_the_package_does():
    outbox = make_outbox()
    for html in ("", "<p>Grüße</p>\n", "<p>" + "x" * 200 + "</p>\n"):
        for text in ("Hallo\n", "Grüße aus Köln\n", "a" * 120 + "\n" + "ü" * 90 + "\n",
                     "\n".join(f"Zeile {i} mit Umlaut ä" * 5 for i in range(30)) + "\n",
                     "From the office\n.\n"):
            rendered = Rendered(subject="Betreff: Äpfel – und mehr " * 3, text=text,
                                html=html, language="de")
            ours, theirs = _both(outbox.office, planned(), rendered, KindPolicy(), (), ())
            assert ours == theirs


_NAMES = ["Subject", "To", "From", "Message-ID", "In-Reply-To", "References",
          "List-Unsubscribe", "X-Inbox-Agent-Kind", "Content-Language"]
_ALPHABET = "aZ09 .,;:<>@\"'()[]\\=?!#-_~äé\t"


def _address_like(draw: random.Random) -> str:
    """Mostly what ``formataddr`` and the planner write, now and then something else."""
    def word(chars: str) -> str:
        return "".join(draw.choice(chars) for _ in range(draw.randint(1, 12)))

    atext, odd = "abcXYZ019!#$%&'*+/=?^_`{|}~-", "abc.@<>\"()[],;: äé"
    local = ".".join(word(atext) for _ in range(draw.randint(1, 3)))
    domain = ".".join(word("abz09-") for _ in range(draw.randint(1, 3)))
    spec = f"{local}@{domain}" if draw.random() < 0.9 else word(atext + odd)
    if draw.random() < 0.3:
        return draw.choice([spec, f"<{spec}>"])
    name = " ".join(word(atext if draw.random() < 0.8 else atext + odd)
                    for _ in range(draw.randint(1, 4)))
    return f"{name} <{spec}>" if draw.random() < 0.8 else f'"{name}" <{spec}>'


@pytest.mark.parametrize("name", _NAMES)
def test_a_header_is_folded_as_the_smtp_policy_folds_it(name):
    draw = random.Random(name)
    values = ["Anna Schmidt <anna@x.de>", "anna@x.de", "<a.b@c.de>", "=?utf-8?q?x?=",
              "Re: Anmeldung", "x" * 76, "Name <" + "a" * 70 + "@b.de>"]
    for _ in range(400):
        size = draw.choice([5, 20, 60, 70, 74, 76, 80, 120])
        values.append("".join(draw.choice(_ALPHABET) for _ in range(size)).strip())
        values.append(_address_like(draw))
    plain = 0
    for value in values:
        value = compose.one_line(value)
        if not value:
            continue
        try:
            theirs = SMTP.fold_binary(name, SMTP.header_factory(name, value))
        except Exception:  # the policy cannot write it either: never written directly
            assert not compose._plain(name, value)
            continue
        assert compose.header(name, value) == theirs, value
        plain += compose._plain(name, value)
    assert plain >= 40  # written directly, and the same
    if name in ("To", "From"):  # a quoted display name too
        assert compose._plain(name, '"Seidel, Torsten" <t.seidel@stadt.example>')

def test_a_part_built_once_is_written_once_and_the_same_every_time():
    outbox = make_outbox()
    first = outbox.compose(planned(), NOW).data
    part = outbox._parts["programme"][0]
    data = getattr(part, compose._FROZEN)
    assert data.startswith(b"Content-Type: application/pdf\r\n")
    assert data in first and data in outbox.compose(planned(language="en"), NOW).data


def test_a_new_boundary_is_never_in_the_text(monkeypatch):
    tokens = iter([1, 1, 2])
    monkeypatch.setattr(compose.random, "randrange", lambda _top: next(tokens))
    taken = compose._boundary(b"")
    assert re.fullmatch(r"={15}\d{19}==", taken)  # the email package's own form
    text = b"a line\r\nquoting --" + taken.encode() + b" inside a line\r\n"
    boundary = compose._boundary(text)
    assert boundary != taken and b"--" + boundary.encode() not in text
