"""The adoption's rules without a server: when a mail is history, which Sent mail is the
office's answer to it, what a history record keeps, and the digest's line about it.

The real wiring (rules, registrations, outbox) on a store that is never written; the
mailbox is the simulator's (``MemoryMailbox``: no Sent folder).
"""

from __future__ import annotations

import dataclasses
import os
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers import make_mail, write_config

from inbox_agent import i18n
from inbox_agent.app import adopt, history
from inbox_agent.app.adopt_sent import SentIndex, envelope
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.report import PollReport
from inbox_agent.app.season import MemoryMailbox
from inbox_agent.clock import FixedClock
from inbox_agent.config import load_config
from inbox_agent.office.digest import build_digest
from inbox_agent.registrations import EventRules
from inbox_agent.store.db import Store

START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def services(tmp_path):
    class Nowhere:
        host, port, username, password = "127.0.0.1", 9, "office@example.org", "pw"

    os.environ.setdefault("TEST_IMAP_PASSWORD", "unused")
    config = load_config(write_config(tmp_path, Nowhere, Nowhere, today=date(2026, 11, 1)))
    store = Store(tmp_path / "store.json", lock=False, persist=False).open()
    wired = bootstrap(config, dry_run=True, store=store, clock=FixedClock(START))
    yield wired
    store.close()


def raw_mail(box: MemoryMailbox, when: datetime, n: int, **kw) -> int:
    return box.deliver(make_mail(message_id=f"<m{n}@x.example>", **kw), when)


# -- the moment ------------------------------------------------------------------------


def test_the_first_start_records_the_moment_and_a_restart_keeps_it(services):
    first = adopt.moment(services, record=True)
    assert (first.at, first.before, first.source) == (START, START - timedelta(hours=24), "first_start")
    services.clock.set(START + timedelta(days=7))  # down for a week
    again = adopt.moment(services, record=True)
    assert again == first


def test_a_dry_run_tells_the_moment_without_recording_it(services):
    told = adopt.moment(services, record=False)
    assert told.recorded is False and told.at == START
    assert services.store.get("meta", "adoption") is None


def test_a_store_that_was_polling_before_adopts_nothing(services):
    services.store.put("meta", {"key": "last_poll", "at": (START - timedelta(days=3)).isoformat()})
    m = adopt.moment(services, record=True)
    assert (m.source, m.before) == ("store_in_use", None)
    assert not m.is_history(START - timedelta(days=400)) and not m.was_there(START - timedelta(days=1))


def test_answer_since_is_a_local_time_of_the_event_and_overrides_what_was_recorded(services):
    adopt.moment(services, record=True)
    cfg = services.config
    local = dataclasses.replace(services, config=cfg.model_copy(update={"imap": cfg.imap.model_copy(
        update={"answer_since": datetime(2025, 5, 1, 0, 0)})}))
    m = adopt.moment(local, record=True)
    assert m.source == "answer_since"
    assert m.before == datetime(2025, 5, 1, tzinfo=ZoneInfo("Europe/Berlin"))
    assert m.before.astimezone(UTC) == datetime(2025, 4, 30, 22, 0, tzinfo=UTC)
    assert m.at == START  # the first start stays what it was


# -- one poll's batch ------------------------------------------------------------------


def test_a_batch_keeps_the_old_mail_as_history_and_leaves_the_rest_to_the_pipeline(services):
    box = MemoryMailbox("INBOX")
    old = raw_mail(box, START - timedelta(days=90), 1,
                   sender="Anna Schmidt <anna.schmidt@stadt-musterhausen.de>")
    yesterday = raw_mail(box, START - timedelta(hours=5), 2)
    new = raw_mail(box, START + timedelta(minutes=1), 3)
    folder = box.select("INBOX")
    adoption = adopt.Adoption.start(services, box)
    report = PollReport()
    rest, done = adoption.take(box.fetch(folder, [old, yesterday, new]), report)
    assert [r.uid for r in rest] == [yesterday, new] and done == [old]
    [handled] = report.handled
    assert handled.action.startswith("no reply: adopted as history")
    record = services.store.get("messages", "<m1@x.example>")
    assert record["history"] is True and record["intent"] == "pre_registration"
    assert record["email"] == "anna.schmidt@stadt-musterhausen.de"
    assert record["fields"]["organization"].startswith("Stadt Musterhausen")  # what it told
    assert record["replies"] == [] and record["answered_by_office"] is None
    assert list(services.store.all("attendees")) == []
    # Seen again (a recreated folder): known by its Message-ID, never recorded twice.
    again = PollReport()
    adoption.take(box.fetch(folder, [old]), again)
    assert again.handled[0].intent == "duplicate"


def test_the_office_s_answer_to_a_sender_is_linked_to_their_last_mail_before_it(services):
    box = MemoryMailbox("INBOX")
    anna = "Anna Schmidt <anna.schmidt@stadt-musterhausen.de>"
    first = raw_mail(box, START - timedelta(days=20), 1, sender=anna)
    second = raw_mail(box, START - timedelta(days=19), 2, sender=anna)
    sent_at = START - timedelta(days=18)
    box.headers = lambda uids=None, folder=None: [  # the Sent folder, as Mailbox.headers reads it
        (1, sent_at, header(To=anna, Message_ID="<s1@vsop.de>"))] if folder == "Sent" else []
    adoption = adopt.Adoption.start(services, box)
    adoption.take(box.fetch(box.select("INBOX"), [first]), PollReport())
    assert services.store.get("messages", "<m1@x.example>")["answered_by_office"]["how"] == "recipient"
    adoption.take(box.fetch(box.select("INBOX"), [second]), PollReport())
    assert services.store.get("messages", "<m1@x.example>")["answered_by_office"] is None
    assert services.store.get("messages", "<m2@x.example>")["answered_by_office"] == {
        "message_id": "<s1@vsop.de>", "at": sent_at.isoformat(), "how": "recipient"}


def test_an_unreadable_history_mail_is_kept_as_far_as_it_goes_never_a_failure(services, monkeypatch):
    box = MemoryMailbox("INBOX")
    uid = raw_mail(box, START - timedelta(days=30), 9)

    def broken(*args, **kwargs):
        raise ValueError("rules exploded")

    monkeypatch.setattr(history, "classify", broken)
    adoption = adopt.Adoption.start(services, box)
    folder = box.select("INBOX")
    rest, done = adoption.take(box.fetch(folder, [uid]), PollReport())
    assert rest == [] and done == [uid]
    assert services.store.get("messages", "<m9@x.example>")["intent"] == "unread"
    unread = history.Unread.of(services.store)
    assert history.read_unread(services, box, folder, unread, [uid]) == 1
    record = services.store.get("messages", "<m9@x.example>")
    assert record["history"] is True and record["intent"] == "other" and "unread" not in record
    assert list(services.store.all("failures")) == [] and len(unread) == 0


def test_the_unread_history_is_kept_as_ranges_of_uids():
    unread = history.Unread()
    unread.add("INBOX", 7, [5, 1, 2, 3, 9, 4])
    assert unread.ranges == [[1, 5], [9, 9]] and len(unread) == 6
    unread.add("INBOX", 7, [8, 6, 7])
    assert unread.ranges == [[1, 9]] and 9 in unread and 10 not in unread
    unread.remove([3, 9, 1, 11])
    assert unread.ranges == [[2, 2], [4, 8]] and unread.first(3) == [2, 4, 5]
    unread.add("INBOX", 8, [1])  # a recreated folder: the old UIDs name nothing
    assert unread.ranges == [[1, 1]] and unread.of_folder("INBOX", 8)


# -- the office's answers in Sent ------------------------------------------------------


def header(**fields: str) -> bytes:
    return "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in fields.items()).encode()


def test_the_answer_in_the_thread_wins_else_the_next_mail_to_the_sender():
    mail = envelope(1, START - timedelta(days=10), header(
        From="=?utf-8?q?J=C3=BCrgen_B=C3=A4r?= <J.Baer@Amt.example>", Subject="=?utf-8?q?Anmeldung_f=C3=BCr_K=C3=B6ln?=",
        Message_ID="<q1@amt.example>"))
    assert (mail.sender, mail.who, mail.subject) == ("j.baer@amt.example", "Jürgen Bär <J.Baer@Amt.example>",
                                                     "Anmeldung für Köln")
    before = envelope(2, START - timedelta(days=11), header(To="j.baer@amt.example", Message_ID="<s0@vsop.de>"))
    later = envelope(3, START - timedelta(days=9), header(To="Jürgen <j.baer@amt.example>", Message_ID="<s1@vsop.de>"))
    thread = envelope(4, START - timedelta(days=8), header(
        To="someone@else.example", In_Reply_To="<q1@amt.example>", References="<a@b> <q1@amt.example>",
        Message_ID="<s2@vsop.de>"))
    ours = envelope(5, START - timedelta(days=9, hours=12), header(
        To="j.baer@amt.example", X_Inbox_Agent_Kind="programme", Message_ID="<s3@vsop.de>"))
    assert ours.ours and not later.ours
    assert thread.thread == ("<q1@amt.example>", "<a@b>", "<q1@amt.example>")
    index = SentIndex([before, later, thread, ours], until=START)
    answer = index.answer(mail)
    assert (answer.message_id, answer.how) == ("<s2@vsop.de>", "thread")
    index = SentIndex([before, later, ours], until=START)
    answer = index.answer(mail)
    assert (answer.message_id, answer.how, answer.at) == ("<s1@vsop.de>", "recipient", later.arrived)
    # Only what the office sent before the first start counts; our own mails never.
    assert SentIndex([later, ours], until=later.arrived).answer(mail) is None
    assert SentIndex([ours], until=START).answer(mail) is None
    # An index with none of the office's mails answers no mail (take skips the header).
    assert SentIndex([ours], until=START).answers_none() and SentIndex([], until=START).answers_none()
    assert not SentIndex([later], until=START).answers_none()
    # Mail from the office's own addresses is not answered "by recipient".
    own = envelope(6, START - timedelta(days=10), header(From="geschaeftsstelle@vsop.de"))
    staff = envelope(7, START - timedelta(days=9), header(To="geschaeftsstelle@vsop.de"))
    assert SentIndex([staff], until=START, own=frozenset({"geschaeftsstelle@vsop.de"})).answer(own) is None


def test_an_answer_to_the_sender_answers_their_last_mail_before_it_only():
    first = envelope(1, START - timedelta(days=10), header(From="a@x.example", Message_ID="<1@x>"))
    second = envelope(2, START - timedelta(days=9), header(From="a@x.example", Message_ID="<2@x>"))
    office = envelope(3, START - timedelta(days=8), header(To="a@x.example", Message_ID="<s@vsop.de>"))
    index = SentIndex([office], until=START)
    kept, loser = index.claim(first, index.answer(first))
    assert kept.message_id == "<s@vsop.de>" and loser is None
    kept, loser = index.claim(second, index.answer(second))
    assert kept.message_id == "<s@vsop.de>" and loser is first
    assert index.claim(first, index.answer(first)) == (None, None)  # read again: the later keeps it


# -- the digest says it once ---------------------------------------------------------------


RULES = EventRules(
    name="VSOP-Jahrestagung", title="Sozialplanung", starts=date(2027, 9, 25),
    ends=date(2027, 9, 26), venue="Köln", capacity=10,
    pre_registration_deadline=date(2027, 6, 2), registration_deadline=date(2027, 7, 4),
    message_id_domain="vsop.de")


def test_the_digest_counts_the_history_once_and_lists_none_of_it():
    at = START.isoformat()
    history = [{"key": f"<h{n}@x>", "history": True, "handled_at": at, "received_at": at,
                "from": "Alt <a@x.de>", "subject": "2023", "intent": "other", "replies": [],
                "notes": []} for n in range(3)]
    new = {"key": "<n@x>", "handled_at": at, "received_at": at, "from": "Neu <n@x.de>",
           "subject": "Voranmeldung", "intent": "pre_registration", "replies": [], "notes": []}

    def digest(since):
        return build_digest(messages=[*history, new], failures=[], tasks=[], outbox=[],
                            attendees=[], rules=RULES, since=since,
                            now=START + timedelta(hours=1), adopted_before=START - timedelta(days=1))

    first = digest(None)
    assert (first.adopted, first.mails_total, len(first.attention)) == (3, 1, 0)
    assert first.adopted_line == ("3 Mails als Verlauf übernommen (vor dem 29.11.2026 09:00 eingegangen "
                                  "oder schon von der Geschäftsstelle beantwortet), keine davon beantwortet")
    with i18n.use_language("en"):
        assert digest(None).adopted_line.startswith("3 mails adopted as history (arrived before 29 Nov 2026 09:00")
    later = digest(START + timedelta(minutes=30))
    assert (later.adopted, later.adopted_line) == (0, "")
    assert first.context()["digest"]["adopted"] == 3
    one = build_digest(messages=history[:1], failures=[], tasks=[], outbox=[], attendees=[],
                       rules=RULES, since=None, now=START + timedelta(hours=1))
    assert one.adopted_line == "1 Mail als Verlauf übernommen, nicht beantwortet"


def test_the_digest_says_how_much_history_is_still_being_read_until_it_is_done():
    at = START.isoformat()
    history = [{"key": f"<h{n}@x>", "history": True, "handled_at": at, "received_at": at,
                "from": "Alt <a@x.de>", "subject": "2023", "intent": "unread", "unread": True,
                "replies": [], "notes": []} for n in range(3)]

    def digest(messages, since, unread):
        return build_digest(messages=messages, failures=[], tasks=[], outbox=[], attendees=[],
                            rules=RULES, since=since, now=START + timedelta(hours=1),
                            history_unread=unread)

    first = digest(history, None, 3)
    assert first.adopted_line == (
        "3 Mails als Verlauf übernommen, keine davon beantwortet. 3 Mails des Verlaufs werden "
        "noch gelesen (ihre Texte: Angaben und Abmeldungen); Rundschreiben warten, bis das "
        "erledigt ist.")
    # the next day: nothing adopted in the period, one mail still unread
    assert digest([], START + timedelta(minutes=30), 1).adopted_line == (
        "1 Mail des Verlaufs wird noch gelesen (ihr Text: Angaben und Abmeldungen); "
        "Rundschreiben warten, bis das erledigt ist.")
    with i18n.use_language("en"):
        assert digest([], START, 2).adopted_line.startswith(
            "2 mails of the history are still being read")
    assert digest([], START, 0).adopted_line == ""


def test_the_digest_mail_says_it_in_the_office_s_language(services):
    from inbox_agent.app.digestjob import build_current_digest

    adopt.moment(services, record=True)
    services.store.put("messages", {"key": "<h@x>", "history": True, "handled_at": START.isoformat(),
                                    "received_at": START.isoformat(), "intent": "other"})
    for language, words in (("de", "1 Mail als Verlauf übernommen (vor dem 29.11.2026 09:00"),
                            ("en", "1 mail adopted as history (arrived before 29 Nov 2026 09:00")):
        with i18n.use_language(language):
            context = {**services.outbox.base_context, **build_current_digest(services).context()}
        rendered = services.outbox.templates.render("digest", language, context)
        assert words in rendered.text and words in rendered.html


# -- the header read fast --------------------------------------------------------------


HOSTILE = [
    b'From: Anna Schmidt <anna@x.example>\r\nTo: a@b.example, "Doe, J." <j@d.example>\r\n',
    b'From: "Evil <boss@x.example>" <evil@y.example>\r\nSubject: hi\r\n',
    b"From: =?utf-8?q?M=C3=BCller=2C_Anna?= <mueller@x.example>\r\nSubject: =?iso-8859-1?q?Gr=FC=DFe?=\r\n",
    b"From: anna@x.example (Anna im Amt)\r\nCc: undisclosed-recipients:;\r\n",
    b"from: lower@x.example\r\nSUBJECT: Laut\r\nMessage-ID: <a@b>\r\nMessage-ID: <second@b>\r\n",
    b"From: Folded\r\n Name <folded@x.example>\r\nReferences: <r1@x>\r\n\t<r2@x>\r\nIn-Reply-To: <r3@x>\r\n",
    "From: Jörg Ümlaut <joerg@x.example>\r\nSubject: Grüße\r\n".encode(),
    b"From: Anna <anna@x.example>\r\nthis line is no header\r\nSubject: after it\r\n",
    b" Subject: starts folded\r\nFrom: a@x.example\r\n",
    b"From: <>\r\nTo: Team: a@x.example, b@x.example;\r\nDate: Mon, 30 Nov 2026 08:00:00 +0100\r\n",
    b"From: a@b@c.example\r\nTo: ,,x@y.example\r\nX-Inbox-Agent-Kind: programme\r\n",
    b"Subject: nobody\r\nDate: yesterday\r\n",
]


def test_the_fast_header_read_gives_what_the_email_package_gives():
    from pathlib import Path

    from inbox_agent.app import adopt_sent

    mails = [p.read_bytes() for p in sorted((Path(__file__).parent / "mails").glob("*.eml"))]
    fast = 0
    for n, data in enumerate(mails + [h + b"\r\nbody\r\n" for h in HOSTILE]):
        head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
        fast += adopt_sent._fields(head) is not None
        assert envelope(n, START, data) == adopt_sent.envelope_by_parser(n, START, head), data[:200]
    assert fast > len(mails) // 2  # most mail takes the fast way


def test_the_sent_scan_tells_the_daemon_s_own_copies_as_the_envelope_does():
    """Round 9: the Sent scan skips the daemon's own copies (most of a burst's Sent)
    from their header alone; ``is_ours`` says what ``envelope(...).ours`` says, for
    plain headers, headers the email package reads, and the name only in a value."""
    from inbox_agent.app.adopt_sent import is_ours

    ours = b"From: VSOP <anmeldung@vsop.de>\r\nX-Inbox-Agent-Kind: programme\r\nSubject: x\r\n\r\n"
    heads = [
        ours,
        ours.lower(),
        ours.replace(b"Subject: x", "Subject: Grüße".encode()),  # not ASCII: the parser
        b"X-Inbox-Agent-Kind:confirmation\nFrom: a@b.example\n\n",
        b"From: Staff <a@vsop.de>\r\nSubject: Re: x-inbox-agent-kind\r\n\r\n",  # a value
        b"From: Staff <a@vsop.de>\r\nIn-Reply-To: <q1@amt.example>\r\n\r\n",
        b"From: Staff <a@vsop.de>\r\n\r\nX-Inbox-Agent-Kind: in the body\r\n",
        b"odd line\r\nX-Inbox-Agent-Kind: programme\r\n\r\n",  # after a line that is no field
        b"",
    ]
    told = [is_ours(h) for h in heads]
    assert told == [envelope(1, START, h).ours for h in heads]
    assert told[:4] == [True] * 4 and told[4:7] == [False] * 3
