"""The attached files' MIME parts are built once per process and reused: every reply must
still carry exactly what ``add_attachment`` would have made (BENCHMARKS.md)."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from test_calendar import _planned  # a real programme reply, from real decisions

from inbox_agent.config import load_config
from inbox_agent.model import Address, PlannedMail
from inbox_agent.outbox.facts import base_context
from inbox_agent.outbox.outbox import Outbox
from inbox_agent.outbox.templates import Templates
from inbox_agent.registrations import EventRules

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2025, 5, 6, 8, 0, tzinfo=UTC)


def _boundless(data: bytes) -> bytes:
    return re.sub(rb"=+\d+==", b"BOUNDARY", data)


def test_reused_parts_give_the_bytes_add_attachment_gives():
    config = load_config(ROOT / "config.toml")
    rules = EventRules.from_config(config)
    outbox = Outbox(config.office, Templates(config.replies.templates),
                    config.replies.attachments, base_context(config, rules))
    planned = _planned(rules, "programme", "de")
    first = outbox.compose(planned, NOW).data
    other = PlannedMail(kind="programme", to=Address("dora@x.de", "Dora Klein"), language="en",
                        message_id="<other@vsop.de>", context=planned.context)
    outbox.compose(other, NOW)
    again = outbox.compose(planned, NOW).data
    assert _boundless(first) == _boundless(again)  # reuse changes nothing

    # The same message built the old way: every file through add_attachment.
    msg = email.message_from_bytes(first, policy=SMTP)
    rebuilt = EmailMessage(policy=SMTP)
    for name, value in msg.items():
        if not name.lower().startswith(("content-", "mime-")):
            rebuilt[name] = value
    body = msg.get_body(("plain",))
    rebuilt.set_content(body.get_content(), subtype="plain", charset="utf-8")
    rebuilt.add_alternative(msg.get_body(("html",)).get_content(), subtype="html", charset="utf-8")
    for path in config.replies.attachments["programme"]:
        rebuilt.add_attachment(Path(path).read_bytes(), maintype="application", subtype="pdf",
                               filename=Path(path).name)
    rebuilt["Content-Language"] = msg["Content-Language"]
    assert _boundless(first) == _boundless(rebuilt.as_bytes(policy=SMTP))
    parsed = email.message_from_bytes(first, policy=email.policy.default)
    assert [(p.get_filename(), p.get_content()) for p in parsed.iter_attachments()] == [
        (Path(p).name, Path(p).read_bytes()) for p in config.replies.attachments["programme"]]
