"""Adopting a mailbox that has been in use for years, against the real servers.

A mailbox with 200 mails dated months back, some of them answered by the office (the
answers are in the Sent folder): the first start answers none of them and keeps each as
history, linked to the office's answer; the digest says so once; a new mail is then
answered; the daemon stopped for a day and started again answers what came meanwhile,
exactly once. ``[imap] answer_since`` moves the cut-off; ``adopt --dry-run`` changes
nothing at all. The clock is a ``FixedClock`` two days in the past, so that every
INTERNALDATE the test gives the server lies in the past, as real mail's does.
"""

from __future__ import annotations

import hashlib
import imaplib
import json
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers import OFFICE, make_mail, run_cli, write_config

from inbox_agent import i18n
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.digestjob import build_current_digest
from inbox_agent.app.pipeline import poll_once, run_due_jobs
from inbox_agent.clock import FixedClock
from inbox_agent.config import load_config
from inbox_agent.store.tasks import task_records

DONE = "$InboxAgentDone"
START = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)  # the first start


def person(n: int) -> str:
    return f"Person {n} <person{n}@amt-{n % 7}.example>"


def dated(data: bytes, when: datetime) -> bytes:
    """``data`` with its Date header set to ``when``."""
    head, body = data.split(b"\n\n", 1)
    lines = [f"Date: {format_datetime(when)}".encode() if line.startswith(b"Date: ") else line
             for line in head.split(b"\n")]
    return b"\n".join(lines) + b"\n\n" + body


def old_mail(n: int, when: datetime) -> bytes:
    """A pre-registration or a question, written ``when`` (its Date header too)."""
    body = ("Hiermit melde ich mich unverbindlich zur Jahrestagung an.\n\nPerson {n}"
            if n % 3 else "Gibt es in diesem Jahr wieder ein Abendprogramm?\n\nPerson {n}")
    return dated(make_mail(sender=person(n), subject=f"Tagung {2025 - n % 2} ({n})",
                           body=body.format(n=n), message_id=f"<old-{n}@amt.example>"), when)


def office_answer(to: str, subject: str, when: datetime, replying_to: str | None) -> bytes:
    """A reply the staff wrote by hand, as their mail program put it into Sent."""
    headers = {"In-Reply-To": replying_to, "References": replying_to} if replying_to else {}
    mail = dated(make_mail(sender=f"VSOP Geschäftsstelle <{OFFICE}>", subject=subject,
                           body="Vielen Dank, wir haben Sie vorgemerkt.", headers=headers), when)
    return mail.replace(f"To: {OFFICE}".encode(), f"To: {to}".encode(), 1)


def fill_history(imap, count: int = 200) -> dict[int, tuple[str, datetime, str]]:
    """``count`` mails 60 to 260 days before the first start; the office answered every
    tenth in its thread and every tenth+5 by a new mail to the sender. Returns
    {n: (Message-ID of the answer, when, how)} of the answered ones."""
    answered = {}
    with imaplib.IMAP4(imap.host, imap.port) as conn:
        conn.login(imap.username, imap.password)
        conn.create("Sent")
        for n in range(count):
            when = START - timedelta(days=260 - n, hours=n % 5)
            conn.append("INBOX", None, imaplib.Time2Internaldate(when), old_mail(n, when))
            if n % 10 in (0, 5):
                later = when + timedelta(hours=3)
                how = "thread" if n % 10 == 0 else "recipient"
                answer = office_answer(person(n), f"Re: Tagung ({n})", later,
                                       f"<old-{n}@amt.example>" if how == "thread" else None)
                conn.append("Sent", "(\\Seen)", imaplib.Time2Internaldate(later), answer)
                mid = answer.split(b"Message-ID: ", 1)[1].split(b"\n", 1)[0].strip().decode()
                answered[n] = (mid, later, how)
    return answered


class Office:
    """The daemon on a controlled clock: each ``poll`` is what its poll job does."""

    def __init__(self, config_path: Path, clock: FixedClock, monkeypatch, imap) -> None:
        monkeypatch.setenv("TEST_IMAP_PASSWORD", imap.password)
        self.config_path, self.clock = config_path, clock
        self.services = bootstrap(load_config(config_path), clock=clock)

    def poll(self):
        report = poll_once(self.services)
        run_due_jobs(self.services)
        return report

    def restart(self) -> None:
        self.services.store.close()
        self.services = bootstrap(load_config(self.config_path), clock=self.clock)

    def history(self) -> dict[str, dict]:
        return {m["key"]: m for m in self.services.store.all("messages") if m.get("history")}

    def unread(self) -> int:
        rec = self.services.store.get("meta", "history_unread")
        return rec["count"] if rec else 0

    def read_history(self) -> int:
        """Poll until every history body is read; how many polls it took."""
        polls = 0
        while self.unread():
            self.poll()
            polls += 1
            assert polls < 50
        return polls

    def close(self) -> None:
        self.services.store.close()


@pytest.fixture
def office(tmp_path, imap_account, smtp_sink, monkeypatch):
    clock = FixedClock(START)
    agent = Office(write_config(tmp_path, imap_account, smtp_sink), clock, monkeypatch,
                   imap_account)
    yield agent
    agent.close()


def test_the_first_start_keeps_200_old_mails_as_history_and_answers_what_comes_after(
    office, imap_account, smtp_sink
):
    answered = fill_history(imap_account)
    report = office.poll()

    # Nothing answered, nothing decided: no reply, no attendee, no task, no planned mail.
    assert smtp_sink.messages() == []
    assert len(report.handled) == 200 and report.failed == []
    store = office.services.store
    assert list(store.all("attendees")) == [] and list(store.all("outbox")) == []
    assert list(task_records(store)) == []
    adoption = store.get("meta", "adoption")
    assert datetime.fromisoformat(adoption["at"]) == START

    # Each mail kept as history from its header: who wrote when, the office's answers linked;
    # the bodies (fields, intent) are read in the polls that follow, answering nothing.
    light = office.history()
    assert len(light) == 200 and office.unread() == 200
    assert (light["<old-4@amt.example>"]["email"], light["<old-4@amt.example>"]["intent"],
            light["<old-4@amt.example>"]["fields"]) == ("person4@amt-4.example", "unread", {})
    assert office.read_history() >= 1
    assert smtp_sink.messages() == [] and list(store.all("outbox")) == []
    history = office.history()
    assert len(history) == 200 and not any(m.get("unread") for m in history.values())
    four = history["<old-4@amt.example>"]
    assert (four["email"], four["intent"]) == ("person4@amt-4.example", "pre_registration")
    assert four["fields"] == {"email": "person4@amt-4.example", "persons": 1}
    assert datetime.fromisoformat(four["received_at"]) == START - timedelta(days=256, hours=4)
    assert datetime.fromisoformat(four["date"]) == START - timedelta(days=256, hours=4)
    assert four["replies"] == [] and four["answered_by_office"] is None
    assert history["<old-3@amt.example>"]["intent"] == "question"  # no task made for it
    for n, (mid, at, how) in answered.items():
        link = history[f"<old-{n}@amt.example>"]["answered_by_office"]
        assert (link["message_id"], datetime.fromisoformat(link["at"]), link["how"]) == (mid, at, how)
    assert sum(1 for m in history.values() if m["answered_by_office"]) == 40

    # Marked as read by the agent, still unread for the staff.
    inbox = imap_account.messages("INBOX")
    assert len(inbox) == 200 and all(DONE in m.flags and "\\Seen" not in m.flags for m in inbox)

    # The digest says it once, and lists none of them.
    digest = build_current_digest(office.services)
    assert digest.adopted == 200 and digest.mails_total == 0 and digest.attention == ()
    assert digest.adopted_line.startswith("200 Mails als Verlauf übernommen (vor dem ")
    with i18n.use_language("en"):
        assert build_current_digest(office.services).adopted_line.startswith(
            "200 mails adopted as history (arrived before ")
    office.services.store.put("meta", {"key": "last_digest", "at": START.isoformat()})
    office.services.store.commit()

    # A new mail an hour later is answered as always.
    office.clock.set(START + timedelta(hours=1))
    imap_account.append(make_mail(sender=person(3), message_id="<new-1@amt.example>"),
                        internaldate=START + timedelta(hours=1))
    office.poll()
    [reply] = smtp_sink.wait_for(1)
    assert reply.rcpt_tos == ("person3@amt-3.example",)
    assert reply.message["In-Reply-To"] == "<new-1@amt.example>"
    later = build_current_digest(office.services)
    assert later.adopted == 0 and later.adopted_line == "" and later.mails_total == 1

    # Stopped for a day: what came meanwhile is answered when it starts again, once.
    office.close()
    for hours, n in ((5, 1), (20, 2)):
        imap_account.append(make_mail(sender=person(1000 + n), message_id=f"<gap-{n}@amt.example>"),
                            internaldate=START + timedelta(hours=hours))
    office.clock.set(START + timedelta(days=1, hours=2))
    office.restart()
    office.poll()
    got = smtp_sink.wait_for(3)
    assert sorted(m.rcpt_tos[0] for m in got[1:]) == ["person1001@amt-0.example",
                                                      "person1002@amt-1.example"]
    office.restart()
    assert office.poll().handled == []
    time.sleep(0.3)  # anything sent twice would have arrived by now
    assert len(smtp_sink.messages()) == 3
    assert office.services.store.get("meta", "adoption") == adoption  # the restart moved nothing


def test_the_last_day_before_the_first_start_is_answered_unless_the_office_did(
    office, imap_account, smtp_sink
):
    """The cut-off is the first start less 24 hours: yesterday's mail is the backlog."""
    fresh = START - timedelta(hours=3)
    imap_account.append(make_mail(sender=person(1), message_id="<open@amt.example>"),
                        internaldate=fresh)
    imap_account.append(make_mail(sender=person(2), message_id="<done@amt.example>"),
                        internaldate=fresh)
    imap_account.append(office_answer(person(2), "Re: Voranmeldung", fresh + timedelta(hours=1),
                                      "<done@amt.example>"), folder="Sent",
                        internaldate=fresh + timedelta(hours=1))
    imap_account.append(make_mail(sender=person(3), message_id="<old@amt.example>"),
                        internaldate=START - timedelta(hours=25))
    office.poll()
    [reply] = smtp_sink.wait_for(1)
    assert reply.rcpt_tos == ("person1@amt-1.example",)
    assert set(office.history()) == {"<done@amt.example>", "<old@amt.example>"}
    assert office.history()["<done@amt.example>"]["answered_by_office"]["how"] == "thread"


def test_answer_since_sets_the_cut_off(tmp_path, imap_account, smtp_sink, monkeypatch):
    since = START - timedelta(days=10)
    config = write_config(tmp_path, imap_account, smtp_sink)
    local = since.astimezone(ZoneInfo(load_config(config).event.timezone))  # a local time
    text = config.read_text(encoding="utf-8").replace(
        'folder = "INBOX"', f'folder = "INBOX"\nanswer_since = {local:%Y-%m-%dT%H:%M:%S}')
    config.write_text(text, encoding="utf-8")
    for n, days in ((1, 30), (2, 11), (3, 9), (4, 5)):
        imap_account.append(make_mail(sender=person(n), message_id=f"<m{n}@amt.example>"),
                            internaldate=START - timedelta(days=days))
    agent = Office(config, FixedClock(START), monkeypatch, imap_account)
    try:
        agent.poll()
        assert sorted(agent.history()) == ["<m1@amt.example>", "<m2@amt.example>"]
    finally:
        agent.close()
    got = smtp_sink.wait_for(2)
    assert sorted(m.rcpt_tos[0] for m in got) == ["person3@amt-3.example", "person4@amt-4.example"]


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith(".lock")}


def test_adopt_dry_run_changes_nothing_and_adopt_records_the_history(
    tmp_path, imap_account, smtp_sink
):
    config = write_config(tmp_path, imap_account, smtp_sink)
    now = datetime.now(UTC)
    for n in range(30):
        imap_account.append(old_mail(n, now - timedelta(days=90 + n)),
                            internaldate=now - timedelta(days=90 + n))
    imap_account.append(office_answer(person(4), "Re: Tagung", now - timedelta(days=90),
                                      "<old-4@amt.example>"), folder="Sent",
                        internaldate=now - timedelta(days=90))
    for n in (1, 2):
        imap_account.append(make_mail(sender=person(100 + n)))
    flags = [(m.uid, m.flags) for m in imap_account.messages("INBOX")]

    dry = run_cli(config, imap_account, "adopt", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Verlauf (wird nie beantwortet): 30, davon 1 schon von der Geschäftsstelle" in dry.stdout
    assert "Beim nächsten Abruf als neue Mail bearbeitet: 2" in dry.stdout
    assert "der erste Start, also jetzt" in dry.stdout
    assert "Person 0 <person0@amt-0.example>" in dry.stdout  # the first few, with sender
    assert dry.stdout.rstrip().endswith("Probelauf: nichts wurde geändert.")
    assert not (tmp_path / "store.json").exists()
    assert [(m.uid, m.flags) for m in imap_account.messages("INBOX")] == flags

    done = run_cli(config, imap_account, "adopt")
    assert done.returncode == 0, done.stderr
    assert "30 Mail(s) als Verlauf übernommen; nichts wurde verschickt." in done.stdout
    assert smtp_sink.messages() == []
    inbox = imap_account.messages("INBOX")
    assert [DONE in m.flags for m in inbox] == [True] * 30 + [False] * 2

    # A dry run on the store now: byte for byte the same afterwards, and it says so.
    before, flags = _files(tmp_path), [(m.uid, m.flags) for m in inbox]
    again = run_cli(config, imap_account, "adopt", "--dry-run", "--json")
    assert again.returncode == 0, again.stderr
    shown = json.loads(again.stdout)
    assert (shown["history"], shown["handle"], shown["source"], shown["recorded"]) == (0, 2, "first_start", True)
    assert _files(tmp_path) == before
    assert [(m.uid, m.flags) for m in imap_account.messages("INBOX")] == flags

    # The poll answers the two new mails and none of the history.
    poll = run_cli(config, imap_account, "poll", "--once")
    assert poll.returncode == 0, poll.stderr
    got = smtp_sink.wait_for(2)
    assert sorted(m.rcpt_tos[0] for m in got) == ["person101@amt-3.example", "person102@amt-4.example"]


def test_a_recreated_folder_does_not_move_the_moment(tmp_path, imap_account, smtp_sink, monkeypatch):
    config = write_config(tmp_path, imap_account, smtp_sink)
    config.write_text(config.read_text(encoding="utf-8").replace(
        'folder = "INBOX"', 'folder = "Anmeldungen"'), encoding="utf-8")
    old = [(old_mail(n, START - timedelta(days=40 + n)), START - timedelta(days=40 + n)) for n in range(3)]
    for data, when in old:
        imap_account.append(data, folder="Anmeldungen", internaldate=when)
    agent = Office(config, FixedClock(START), monkeypatch, imap_account)
    try:
        agent.poll()
        moment = agent.services.store.get("meta", "adoption")
        with imaplib.IMAP4(imap_account.host, imap_account.port) as conn:  # staff rebuild it
            conn.login(imap_account.username, imap_account.password)
            conn.delete("Anmeldungen")
        agent.clock.set(START + timedelta(days=3))
        for data, when in [*old, (old_mail(50, START - timedelta(days=9)), START - timedelta(days=9))]:
            imap_account.append(data, folder="Anmeldungen", internaldate=when)  # copied back
        imap_account.append(make_mail(sender=person(7)), folder="Anmeldungen",
                            internaldate=START + timedelta(days=2))
        agent.restart()
        agent.poll()
        assert agent.services.store.get("meta", "adoption") == moment
        assert len(agent.history()) == 4  # the three known ones stay, the one copied back joins
    finally:
        agent.close()
    [reply] = smtp_sink.wait_for(1)
    assert reply.rcpt_tos == ("person7@amt-0.example",)


def test_an_opt_out_written_before_the_adoption_is_honoured(office, imap_account):
    """History is not answered, but an old "abmelden" still keeps circulars away: the
    opt-outs our mails ask for (the subject, a reply to an announcement) from the first
    start on, any other once its body is read."""
    from inbox_agent.outbox.optouts import is_opted_out

    when = START - timedelta(days=400)
    olds = [("Rita Alt <rita.alt@kreis.example>", "abmelden", "Bitte keine weiteren E-Mails.", {}),
            ("Otto Ab <otto.ab@kreis.example>", "Re: Einladung zur Jahrestagung", "abmelden",
             {"In-Reply-To": "<announcement.0123456789abcdef01234567@vsop.example>"}),
            ("Vera Weg <vera.weg@kreis.example>", "Ihre Einladung",
             "Bitte nehmen Sie mich aus Ihrem Verteiler.", {})]
    with imaplib.IMAP4(imap_account.host, imap_account.port) as conn:
        conn.login(imap_account.username, imap_account.password)
        for n, (sender, subject, body, headers) in enumerate(olds):
            old = dated(make_mail(sender=sender, subject=subject, body=body, headers=headers,
                                  message_id=f"<optout-{n}@kreis.example>"), when)
            conn.append("INBOX", None, imaplib.Time2Internaldate(when), old)
    office.poll()
    assert {f"<optout-{n}@kreis.example>" for n in range(3)} <= set(office.history())
    store = office.services.store
    assert is_opted_out(store, "rita.alt@kreis.example")  # read at the first start
    assert is_opted_out(store, "otto.ab@kreis.example")
    assert office.history()["<optout-2@kreis.example>"]["intent"] == "unread"
    office.read_history()
    assert office.history()["<optout-2@kreis.example>"]["intent"] == "opt_out"
    assert is_opted_out(store, "vera.weg@kreis.example")


def test_a_writer_with_unread_history_has_it_read_before_their_new_mail(
    office, imap_account, smtp_sink, monkeypatch
):
    """Issue 13: a new mail is decided with what its writer told before, also when the
    bodies of the history are still being read a batch per poll."""
    from inbox_agent.app import adopt

    monkeypatch.setattr(adopt, "BUDGET", 0.0)  # one batch of 50 per poll without new mail
    fill_history(imap_account)
    office.poll()
    assert office.unread() == 200
    office.clock.set(START + timedelta(hours=1))
    imap_account.append(make_mail(sender=person(151), message_id="<new-151@amt.example>"),
                        internaldate=START + timedelta(hours=1))
    office.poll()
    history = office.history()
    assert history["<old-151@amt.example>"]["intent"] == "pre_registration"  # the writer's
    assert history["<old-10@amt.example>"]["intent"] == "unread"  # new mail first
    assert office.unread() == 200 - 1
    [reply] = smtp_sink.wait_for(1)
    assert reply.rcpt_tos == ("person151@amt-4.example",)
    assert office.read_history() == 4  # a batch of 50 per poll
    assert history["<old-151@amt.example>"] == office.history()["<old-151@amt.example>"]
    assert len(smtp_sink.messages()) == 1


def test_the_bodies_read_later_give_the_records_reading_them_at_once_gives(
    office, imap_account
):
    """Every labelled mail as history: after the polls that read the bodies, each record
    holds what parsing and classifying the mail at the first start held (issue 12)."""
    from inbox_agent.app.adopt_sent import fields_record
    from inbox_agent.mail.parse import parse_bytes
    from inbox_agent.understanding.classify import classify

    files = sorted((Path(__file__).parent / "mails").glob("*.eml"))
    back = START - timedelta(days=120)
    for n, path in enumerate(files):
        imap_account.append(path.read_bytes(), internaldate=back + timedelta(minutes=n))
    office.poll()
    office.read_history()
    cfg, rules = office.services.config, office.services.rules
    records = {m["uid"]: m for m in office.history().values()}
    assert len(records) == len(files)
    for n, path in enumerate(files, start=1):
        mail = parse_bytes(path.read_bytes(), received_at=back + timedelta(minutes=n - 1))
        verdict = classify(mail, rules, own_addresses=cfg.office.own_addresses,
                           own_domain=cfg.office.domain)
        rec = records[n]
        assert "unread" not in rec, path.name
        assert (rec["key"], rec["from"], rec["subject"], rec["excerpt"]) == (
            mail.key, str(mail.sender) if mail.sender else "", mail.subject[:300],
            mail.text[:400]), path.name
        assert (rec["intent"], rec["language"], rec["fields"]) == (
            str(verdict.intent), verdict.language, fields_record(verdict.fields)), path.name
