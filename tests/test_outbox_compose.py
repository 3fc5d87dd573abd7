"""outbox.compose: a reply is a complete, well-formed RFC 5322 message."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

from inbox_agent.config import load_config
from inbox_agent.model import Address, PlannedMail
from inbox_agent.outbox.outbox import Outbox
from inbox_agent.outbox.templates import Templates

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2025, 5, 12, 8, 30, tzinfo=UTC)


def make_outbox() -> Outbox:
    from inbox_agent.outbox.facts import base_context
    from inbox_agent.registrations import EventRules

    config = load_config(ROOT / "config.toml")
    return Outbox(config.office, Templates(config.replies.templates),
                  config.replies.attachments,
                  base_context(config, EventRules.from_config(config)))


def planned(**kw) -> PlannedMail:
    values = dict(
        kind="programme",
        to=Address("anna.schmidt@stadt-musterhausen.de", "Anna Schmidt"),
        language="de",
        message_id="<programme.0123456789abcdef@vsop.de>",
        context=(("attendee", {"name": "Anna Schmidt", "title": "Dr.", "persons": 1}),),
        in_reply_to="<orig-1@stadt-musterhausen.de>",
        references=("<older@x>",),
    )
    values.update(kw)
    return PlannedMail(**values)


def test_programme_reply_headers_parts_and_attachments():
    out = make_outbox().compose(planned(), NOW)
    msg = email.message_from_bytes(out.data, policy=email.policy.default)
    [sender] = msg["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("VSOP e.V. Geschäftsstelle", "geschaeftsstelle@vsop.de")
    [to] = msg["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Anna Schmidt", "anna.schmidt@stadt-musterhausen.de")
    assert msg["Message-ID"] == "<programme.0123456789abcdef@vsop.de>"
    assert msg["In-Reply-To"] == "<orig-1@stadt-musterhausen.de>"
    assert msg["References"] == "<older@x> <orig-1@stadt-musterhausen.de>"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert email.utils.parsedate_to_datetime(msg["Date"]) == NOW
    assert "VSOP-Jahrestagung 2025" in msg["Subject"]
    body = msg.get_body(("plain",)).get_content()
    assert "Guten Tag Dr. Anna Schmidt" in body and "4.7.2025" in body
    html = msg.get_body(("html",)).get_content()
    assert "<strong>bis zum 4.7.2025</strong>" in html
    names = sorted(p.get_filename() for p in msg.iter_attachments())
    assert names == ["anmeldeformular-2025.pdf", "programm-2025.pdf"]
    for part in msg.iter_attachments():
        assert part.get_content_type() == "application/pdf"
        assert part.get_content().startswith(b"%PDF")
    assert out.recipients == ("anna.schmidt@stadt-musterhausen.de",)
    assert out.data.count(b"\r\n") > 10 and b"\r\r" not in out.data


def test_english_reply_for_english_senders():
    out = make_outbox().compose(planned(language="en"), NOW)
    msg = email.message_from_bytes(out.data, policy=email.policy.default)
    assert msg["Content-Language"] == "en"
    assert "Dear Dr. Anna Schmidt" in msg.get_body(("plain",)).get_content()


def test_hostile_display_name_cannot_add_headers_and_html_is_escaped():
    evil = Address("anna@x.de", "Anna\r\nBcc: victim@example.org")
    ctx = (("attendee", {"name": "<script>alert(1)</script>", "title": "", "persons": 1}),)
    out = make_outbox().compose(planned(to=evil, context=ctx), NOW)
    msg = email.message_from_bytes(out.data, policy=email.policy.default)
    assert msg["Bcc"] is None
    assert "victim@example.org" not in str(msg["To"]) or "\n" not in str(msg["To"])
    assert "<script>" not in msg.get_body(("html",)).get_content()
    assert "&lt;script&gt;" in msg.get_body(("html",)).get_content()


def test_mails_of_our_own_accord_are_auto_generated():
    out = make_outbox().compose(planned(in_reply_to=None, references=()), NOW)
    msg = email.message_from_bytes(out.data, policy=email.policy.default)
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["In-Reply-To"] is None
