"""Bulk mail in the outbox (announcement, invitation reminders): the headers that say
what it is and how to opt out, no mail to an opted-out address, and the rate."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path

from inbox_agent.config import load_config
from inbox_agent.invitations.invitees import sample_context
from inbox_agent.model import Address, OutgoingMessage, PlannedMail
from inbox_agent.office.check import sample_context as reply_context
from inbox_agent.outbox.optouts import record_optout
from inbox_agent.outbox.outbox import Outbox
from inbox_agent.outbox.templates import Templates
from inbox_agent.registrations import EventRules
from inbox_agent.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2025, 4, 1, 8, 30, tzinfo=UTC)


def make_outbox(**kw) -> Outbox:
    from inbox_agent.outbox.facts import base_context

    config = load_config(ROOT / "config.toml")
    return Outbox(config.office, Templates(config.replies.templates), config.replies.attachments,
                  base_context(config, EventRules.from_config(config)), **kw)


def announcement(to: str = "eva@bochum.example", language: str = "de") -> PlannedMail:
    rules = EventRules.from_config(load_config(ROOT / "config.toml"))
    context = sample_context("announcement", rules, NOW)
    return PlannedMail(kind="announcement", to=Address(to, "Eva Schön"), language=language,
                       message_id=f"<announcement.{abs(hash(to))}@vsop.de>",
                       context=tuple(context.items()))


def headers(out: OutgoingMessage):
    return email.message_from_bytes(out.data, policy=email.policy.default)


def test_an_announcement_is_bulk_with_list_unsubscribe_and_an_opt_out_line():
    msg = headers(make_outbox().compose(announcement(), NOW))
    assert msg["Precedence"] == "bulk"
    assert msg["Auto-Submitted"] == "auto-generated"  # not an automatic reply
    assert msg["In-Reply-To"] is None
    assert msg["List-Unsubscribe"] == "<mailto:geschaeftsstelle@vsop.de?subject=abmelden>"
    assert msg["List-Unsubscribe-Post"] is None  # no one-click URL configured
    text = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "antworten Sie einfach\nmit dem Wort „abmelden“" in text
    html = msg.get_body(("html",)).get_content()
    assert 'href="mailto:geschaeftsstelle@vsop.de?subject=abmelden"' in html


def test_one_click_unsubscribe_when_a_url_is_configured():
    outbox = make_outbox(unsubscribe_url="https://www.vsop.de/abmelden?adresse={email}")
    msg = headers(outbox.compose(announcement("Eva+Tagung@Bochum.example", "en"), NOW))
    # (folded: it is longer than a line; unfolding leaves the leading space)
    assert msg["List-Unsubscribe"].strip() == ("<https://www.vsop.de/abmelden?adresse=eva%2Btagung%40bochum.example>, "
                                       "<mailto:geschaeftsstelle@vsop.de?subject=abmelden>")
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["Content-Language"] == "en" and "unsubscribe" in msg.get_body(("plain",)).get_content()


def test_replies_stay_as_they_were():
    config = load_config(ROOT / "config.toml")
    planned = PlannedMail(kind="lapsed", to=Address("a@b.example"), language="de",
                          message_id="<lapsed.1@vsop.de>", in_reply_to="<x@b.example>",
                          context=tuple(reply_context(config, "lapsed", NOW).items()))
    outbox = make_outbox()
    assert not outbox.policy("lapsed").bulk and outbox.policy("invitation_reminder").bulk
    assert outbox.list_unsubscribe("a@b.example").startswith("<mailto:")
    msg = headers(outbox.compose(planned, NOW))  # an answer to one person: no list headers
    assert msg["Precedence"] is None and msg["List-Unsubscribe"] is None
    assert msg["Auto-Submitted"] == "auto-replied" and msg["In-Reply-To"] == "<x@b.example>"


class Recorder:
    def __init__(self) -> None:
        self.sent: list[OutgoingMessage] = []

    def send(self, message: OutgoingMessage) -> str:
        self.sent.append(message)
        return "250 ok"


def test_no_bulk_mail_to_an_opted_out_address_recorded_or_sent(tmp_path):
    outbox = make_outbox()
    store = Store(tmp_path / "s.json", lock=False, persist=False).open()
    record_optout(store, "clara@x.example", NOW, "mail")
    assert not outbox.record(store, announcement("Clara@x.example"), "announce", NOW)
    assert outbox.record(store, announcement("eva@x.example"), "announce", NOW)
    record_optout(store, "eva@x.example", NOW, "mail")  # opts out before it leaves
    sender = Recorder()
    report = outbox.deliver(store, sender, None, NOW)
    assert sender.sent == [] and len(report.suppressed) == 1
    [entry] = store.all("outbox")
    assert entry["status"] == "suppressed" and "opted out" in entry["error"]


def test_bulk_mail_leaves_at_the_configured_rate_across_calls(tmp_path):
    outbox = make_outbox(bulk_per_minute=6)  # at most 6 in any 60 seconds
    store = Store(tmp_path / "s.json", lock=False, persist=False).open()
    for n in range(14):
        outbox.record(store, announcement(f"p{n}@x.example"), "announce", NOW)
    sender = Recorder()
    first = outbox.deliver(store, sender, None, NOW)
    assert len(first.sent) == 6 and len(first.paced) == 8
    assert outbox.next_bulk_slot(store, NOW) == NOW + timedelta(seconds=60)
    assert outbox.deliver(store, sender, None, NOW + timedelta(seconds=59)).sent == []
    later = outbox.deliver(store, sender, None, NOW + timedelta(seconds=60))
    assert len(later.sent) == 6
    # the window slides: never more than 6 in any 60 s, also across calls
    assert outbox.deliver(store, sender, None, NOW + timedelta(seconds=100)).sent == []
    rest = outbox.deliver(store, sender, None, NOW + timedelta(seconds=120))
    assert len(rest.sent) == 2 and len(sender.sent) == 14


def test_a_rate_below_one_a_minute(tmp_path):
    outbox = make_outbox(bulk_per_minute=0.5)  # one every two minutes
    store = Store(tmp_path / "s.json", lock=False, persist=False).open()
    for n in range(2):
        outbox.record(store, announcement(f"p{n}@x.example"), "announce", NOW)
    sender = Recorder()
    assert len(outbox.deliver(store, sender, None, NOW).sent) == 1
    assert outbox.next_bulk_slot(store, NOW) == NOW + timedelta(minutes=2)
    assert len(outbox.deliver(store, sender, None, NOW + timedelta(minutes=2)).sent) == 1


def test_bulk_mail_waits_while_adopted_history_is_still_unread(tmp_path):
    from inbox_agent.app.history import Unread

    outbox = make_outbox()
    store = Store(tmp_path / "s.json", lock=False, persist=False).open()
    unread = Unread()
    unread.add("INBOX", 7, [1, 2, 3])  # three old mails whose texts are not read yet
    unread.save(store)
    assert outbox.record(store, announcement("eva@x.example"), "announce", NOW)
    sender = Recorder()
    waiting = outbox.deliver(store, sender, None, NOW)
    assert sender.sent == [] and len(waiting.paced) == 1
    [entry] = store.all("outbox")
    assert entry["status"] == "planned"
    unread.remove([1, 2])
    unread.save(store)
    assert outbox.deliver(store, sender, None, NOW).sent == []  # one is still unread
    record_optout(store, "eva@x.example", NOW, "mail")  # what the last old mail said
    unread.remove([3])
    unread.save(store)
    done = outbox.deliver(store, sender, None, NOW)
    assert sender.sent == [] and len(done.suppressed) == 1  # honoured, not sent
    assert outbox.record(store, announcement("ida@x.example"), "announce", NOW)
    assert len(outbox.deliver(store, sender, None, NOW).sent) == 1
