"""The copies lane (``pollpipe.Copies``): a burst's Sent copies are gathered into few
MULTIAPPENDs, each filed once and in order, and nothing waits for the gathering when
the wire's batch is done (``flush``) or the lane closes.

The folder here is a plain recorder of the calls ``Copies`` makes (our own interface,
``Mailbox.append_sent_many``); the same lane against Dovecot runs in every burst of the
server tests (each reply once in Sent: ``test_end_to_end.py``, ``test_crash_kill.py``)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
from trust_support import wait_until

from inbox_agent.app import pollpipe

WHEN = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)


class Folder:
    def __init__(self) -> None:
        self.calls: list[list[bytes]] = []
        self.lock = threading.Lock()

    def append_sent_many(self, sent) -> None:
        with self.lock:
            self.calls.append([data for data, _ in sent])

    def filed(self) -> list[bytes]:
        with self.lock:
            return [data for call in self.calls for data in call]


def _copy(i: int) -> bytes:
    return f"Message-ID: <{i}@vsop.de>\r\n\r\nreply {i}\r\n".encode()


@pytest.fixture
def lane():
    folder = Folder()
    copies = pollpipe.Copies(folder)
    yield folder, copies
    copies.close()


def test_copies_handed_in_one_by_one_as_the_wire_sends_are_filed_in_few_calls(lane):
    folder, copies = lane
    began = time.monotonic()
    for i in range(24):  # a send every 2 ms, as the wire sends a burst's replies
        copies.append_sent(_copy(i), WHEN)
        time.sleep(0.002)
    copies.flush()
    took = time.monotonic() - began
    assert folder.filed() == [_copy(i) for i in range(24)]  # each once, in order
    # At most a call for each GATHER copies or each GATHER_SECONDS of the sending,
    # whichever comes first (a slow machine's sleeps last longer), and the flush's:
    # filed as they came (the code before) made 24.
    most = 24 // pollpipe.GATHER + int(took / pollpipe.GATHER_SECONDS) + 1
    assert len(folder.calls) <= most, ([len(c) for c in folder.calls], took)


def test_a_single_copy_is_filed_without_waiting_for_more(lane):
    folder, copies = lane
    copies.append_sent(_copy(1), WHEN)
    wait_until(folder.filed, 5, "the copy filed")
    assert folder.filed() == [_copy(1)]


@pytest.fixture
def gathering(lane, monkeypatch):
    """A lane that would gather for 30 s (read at each wait): what ends the gathering
    early is seen."""
    monkeypatch.setattr(pollpipe, "GATHER_SECONDS", 30.0)
    return lane


def test_the_end_of_the_wires_batch_files_what_waits_at_once(gathering):
    folder, copies = gathering
    copies.append_sent(_copy(1), WHEN)
    copies.append_sent(_copy(2), WHEN)
    began = time.monotonic()
    copies.flush()
    assert time.monotonic() - began < 10  # not the 30 s of gathering
    assert folder.filed() == [_copy(1), _copy(2)]


def test_closing_the_lane_files_what_waits(gathering):
    folder, copies = gathering
    copies.append_sent(_copy(1), WHEN)
    began = time.monotonic()
    copies.close()
    assert time.monotonic() - began < 10
    assert folder.filed() == [_copy(1)]
