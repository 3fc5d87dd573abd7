"""What the outbox tells the office is kept as reasons: the digest and ``show`` put them
into the staff language, while the old fields keep the very text they always had."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from test_calendar import _planned
from test_outbox_bulk import NOW, ROOT, Recorder, announcement, make_outbox

from inbox_agent import i18n
from inbox_agent.config import load_config
from inbox_agent.errors import SendError
from inbox_agent.model import Address, OutgoingMessage, PlannedMail, Reason
from inbox_agent.outbox.optouts import record_optout
from inbox_agent.registrations import EventRules
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import task_records


@dataclass
class Limits:
    replies_per_address: int = 100
    per_address_hours: float = 24
    replies_per_hour: int = 100


PROGRAMME = _planned(EventRules.from_config(load_config(ROOT / "config.toml")), "programme", "de")


def reply(n: int, to: str = "victim@example.org") -> PlannedMail:
    """A programme reply (a real one, from real decisions) to ``to``."""
    return replace(PROGRAMME, to=Address(to, "Opfer"), message_id=f"<reply.{n}@vsop.de>",
                   in_reply_to=f"<in.{n}@example.org>")


def in_both(value: dict | None) -> tuple[str, str]:
    with i18n.use_language("en"):
        english = i18n.render(value)
    return i18n.render(value), english


def store(tmp_path) -> Store:
    return Store(tmp_path / "s.json", lock=False, persist=False).open()


def test_a_withheld_answer_keeps_the_german_text_and_a_reason_for_either_language(tmp_path):
    outbox, s = make_outbox(), store(tmp_path)
    outbox.limits = Limits(replies_per_address=1, per_address_hours=1.5)
    assert outbox.record(s, reply(1), "mail-1", NOW, answers_mail=True)
    assert not outbox.record(s, reply(2), "mail-2", NOW, answers_mail=True)
    entry = s.get("outbox", "<reply.2@vsop.de>")
    [task] = [t for t in task_records(s) if t.get("task") == "reply_limit"]
    german = ("nicht gesendet: schon 1 automatische Antworten an victim@example.org in 1.5 "
              "Stunden ([limits] replies_per_address = 1). Vielleicht hat jemand die Adresse "
              "als Absender gefälscht; bitte prüfen und bei Bedarf von Hand antworten.")
    assert entry["status"] == "suppressed" and entry["error"] == german == task["summary"]
    assert entry["error_reason"] == task["summary_reason"]
    de, en = in_both(task["summary_reason"])
    assert de == german
    assert en.startswith("not sent: already 1 automatic answers to victim@example.org in 1.5 hours")
    assert "forged" in en


def test_the_hourly_cap_speaks_the_staff_language_and_its_reason_goes_once_sent(tmp_path):
    outbox, s = make_outbox(), store(tmp_path)
    outbox.limits = Limits(replies_per_hour=1)
    for n in range(3):
        outbox.record(s, reply(n, f"p{n}@example.org"), f"mail-{n}", NOW, answers_mail=True)
    with i18n.use_language("en"):
        report = outbox.deliver(s, Recorder(), None, NOW)
    assert len(report.sent) == 1 and len(report.deferred) == 2
    assert report.deferred[0][1] == ("waiting: more than 1 automatic answers in one hour "
                                     "([limits] replies_per_hour)")
    waiting = s.get("outbox", "<reply.1@vsop.de>")
    assert waiting["error"].startswith("wartet: mehr als 1 automatische Antworten")
    assert in_both(waiting["error_reason"])[0] == waiting["error"]
    [task] = [t for t in task_records(s) if t.get("task") == "reply_cap"]
    assert "2 warten und gehen ab" in task["summary"] == in_both(task["summary_reason"])[0]
    assert "2 are waiting and go out one by one from" in in_both(task["summary_reason"])[1]

    outbox.deliver(s, Recorder(), None, NOW + timedelta(hours=1, minutes=1))
    sent = s.get("outbox", "<reply.1@vsop.de>")
    assert sent["status"] == "sent" and sent["error"] is None and sent["error_reason"] is None


def test_an_opt_out_after_planning_is_told_in_german_too(tmp_path):
    outbox, s = make_outbox(), store(tmp_path)
    outbox.record(s, announcement("eva@x.example"), "announce", NOW)
    record_optout(s, "eva@x.example", NOW, "mail")
    outbox.deliver(s, Recorder(), None, NOW)
    [entry] = s.all("outbox")
    assert entry["error"] == "not sent: the recipient opted out meanwhile"  # as before
    assert in_both(entry["error_reason"]) == (
        "nicht gesendet: der Empfänger hat sich inzwischen abgemeldet", entry["error"])


class Troubled:
    def __init__(self, error: SendError) -> None:
        self.error = error

    def send(self, message: OutgoingMessage) -> str:
        raise self.error


def test_a_send_error_keeps_the_servers_reason_and_replaces_an_older_one(tmp_path):
    outbox, s = make_outbox(), store(tmp_path)
    outbox.limits = Limits(replies_per_hour=1)
    outbox.record(s, reply(0, "a@example.org"), "mail-0", NOW, answers_mail=True)
    outbox.record(s, reply(1, "b@example.org"), "mail-1", NOW, answers_mail=True)
    outbox.deliver(s, Recorder(), None, NOW)  # the second waits for the cap
    assert s.get("outbox", "<reply.1@vsop.de>")["error_reason"] is not None
    later = NOW + timedelta(hours=1, minutes=1)
    outbox.deliver(s, Troubled(SendError("the SMTP server answered 451 busy")), None, later)
    entry = s.get("outbox", "<reply.1@vsop.de>")
    assert entry["error"] == "the SMTP server answered 451 busy"
    assert entry["error_reason"] is None  # no stale "waiting for the cap"
    because = Reason.of("sending failed: {why}", why="busy")  # a reason of the mail wing
    outbox.deliver(s, Troubled(SendError(because)), None, later + timedelta(minutes=5))
    assert s.get("outbox", "<reply.1@vsop.de>")["error_reason"] == because.to_dict()
