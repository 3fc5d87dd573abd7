"""A burst's fetch lane keeps up to ``FETCH_AHEAD`` batches ahead of the one decided
while they are small (issue 17, round 13): the worker has mail to read when it is
faster than the main thread. Large mails keep to one batch ahead; a fetch ahead that
fails is raised when its batch is due, after the batches before it are answered."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from datetime import UTC, datetime

import pytest
from helpers import make_mail, write_config
from trust_support import Imap, sink_ids

from inbox_agent.app import fetchlane, pollpipe
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once
from inbox_agent.clock import FixedClock
from inbox_agent.config import load_config
from inbox_agent.errors import MailboxError
from inbox_agent.mail.mailbox import Mailbox
from inbox_agent.model import RawMessage


class _Lane:
    """A fetch lane that records what it is asked and leaves each future to the test."""

    def __init__(self) -> None:
        self.asked: list[list[int]] = []
        self.futures: list[Future] = []

    def submit(self, call, uids):
        self.asked.append(uids)
        self.futures.append(Future())
        return self.futures[-1]


def _in(future: Future, size: int) -> None:
    raw = RawMessage(folder="INBOX", uidvalidity=1, uid=1, data=b"x" * size, size=size,
                     internaldate=datetime(2026, 3, 2, tzinfo=UTC))
    future.set_result(([raw], None))


BATCHES = [[n] for n in range(6)]


def _ahead() -> tuple[_Lane, fetchlane.Ahead]:
    lane = _Lane()
    return lane, fetchlane.Ahead(lane, None, BATCHES)


def test_one_batch_ahead_before_the_first_is_in_then_up_to_three_while_small():
    lane, ahead = _ahead()
    ahead._top_up()
    assert lane.asked == [[0]]  # nothing is known of the mails' size yet
    _in(lane.futures[0], 1000)
    ahead.take()
    assert lane.asked == [[0], [1], [2], [3]]  # three ahead of batch 0
    for future in lane.futures[1:]:
        _in(future, 1000)
    ahead.take()
    assert lane.asked == BATCHES[:5] and len(ahead.futures) == fetchlane.FETCH_AHEAD == 3


def test_each_batch_is_asked_for_once_in_order_and_none_beyond_the_last():
    lane, ahead = _ahead()
    for _ in BATCHES:
        ahead._top_up()
        for future in lane.futures:
            if not future.done():
                _in(future, 10)
        ahead.take()
    assert lane.asked == BATCHES and not ahead.futures
    ahead._top_up()
    assert lane.asked == BATCHES


def test_large_batches_keep_the_lane_to_one_ahead():
    lane, ahead = _ahead()
    ahead._top_up()
    _in(lane.futures[0], fetchlane.AHEAD_BYTES // 2 + 1)
    ahead.take()
    assert lane.asked == [[0], [1]]  # the next one is always asked for
    _in(lane.futures[1], 10)
    ahead.take()
    assert lane.asked == [[0], [1], [2]]  # the one on the way counts as the largest


def test_a_failed_fetch_ahead_stops_the_asking_and_is_raised_in_its_turn():
    lane, ahead = _ahead()
    ahead._top_up()
    _in(lane.futures[0], 10)
    ahead.take()
    lane.futures[1].set_exception(MailboxError("connection lost"))
    ahead._top_up()  # does not raise here, and asks for nothing more
    assert lane.asked == [[0], [1], [2], [3]]
    with pytest.raises(MailboxError):
        ahead.take()


def _mails(tmp_path, imap_account, smtp_sink, monkeypatch, tag, count):
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap_account.password)
    config = load_config(write_config(tmp_path, imap_account, smtp_sink, batch_size=5))
    with Imap(imap_account) as imap:
        imap.append_all(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<{tag}{n}@ex>")
                        for n in range(count))
    return config


def _poll(config):
    """One ``poll_once`` on a store of its own, closed after it (also when it raises)."""
    services = bootstrap(config, clock=FixedClock(datetime.now(UTC)))
    try:
        return poll_once(services)
    finally:
        services.store.close()


def test_a_burst_fetches_ahead_and_answers_every_mail_once(
        tmp_path, imap_account, smtp_sink, monkeypatch):
    config = _mails(tmp_path, imap_account, smtp_sink, monkeypatch, "a", 30)
    fetched_when: list[tuple[int, int]] = []  # (batches decided so far, its first UID)
    decided = [0]
    fetch, point = Mailbox.fetch, pollpipe.point

    def fetching(self, folder, uids):
        fetched_when.append((decided[0], min(uids)))
        return fetch(self, folder, uids)

    def counted(name):
        if name == "after-commit-1":
            decided[0] += 1
        point(name)

    monkeypatch.setattr(Mailbox, "fetch", fetching)
    monkeypatch.setattr(pollpipe, "point", counted)
    report = _poll(config)
    assert len(report.delivery.sent) == 30
    smtp_sink.wait_for(30)
    assert sorted(sink_ids(smtp_sink).values()) == [1] * 30
    ahead = [nth for nth, (done, _uid) in enumerate(fetched_when) if nth - done > 1]
    assert ahead, fetched_when  # a batch fetched more than one ahead of the one decided
    assert all(nth - done <= fetchlane.FETCH_AHEAD for nth, (done, _) in enumerate(fetched_when))


def test_a_fetch_ahead_that_fails_answers_the_batches_before_it_then_the_rest(
        tmp_path, imap_account, smtp_sink, monkeypatch):
    config = _mails(tmp_path, imap_account, smtp_sink, monkeypatch, "f", 25)
    fetch, calls, lock = Mailbox.fetch, [0], threading.Lock()

    def failing(self, folder, uids):
        with lock:
            calls[0] += 1
            nth = calls[0]
        if nth == 4 and threading.current_thread() is not threading.main_thread():
            raise MailboxError("the connection was lost")
        return fetch(self, folder, uids)

    monkeypatch.setattr(Mailbox, "fetch", failing)
    with pytest.raises(MailboxError):
        _poll(config)
    smtp_sink.wait_for(15)
    assert sorted(sink_ids(smtp_sink).values()) == [1] * 15  # batches 1-3, once each
    monkeypatch.setattr(Mailbox, "fetch", fetch)
    report = _poll(config)
    assert len(report.delivery.sent) == 10
    smtp_sink.wait_for(25)
    assert sorted(sink_ids(smtp_sink).values()) == [1] * 25
