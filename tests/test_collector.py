"""The garbage collector during a burst (``app.collector``, issue 17 round 13): a young
collection waits for more new objects while a burst runs, in the poll's process and in
the worker forked within it; the process's own thresholds are back afterwards."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from inbox_agent.app import collector
from inbox_agent.app.readlane import ReadLane
from inbox_agent.understanding.classify import load_rules

RULES = Path(__file__).parent.parent / "rules"


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_a_burst_raises_the_young_threshold_and_gives_the_old_ones_back(thresholds):
    gc.set_threshold(700, 11, 12)
    with collector.burst():
        assert gc.get_threshold() == (collector.YOUNG, 11, 12)
    assert gc.get_threshold() == (700, 11, 12)


def test_a_higher_threshold_set_by_the_program_is_kept(thresholds):
    gc.set_threshold(collector.YOUNG * 3, 10, 10)
    with collector.burst():
        assert gc.get_threshold()[0] == collector.YOUNG * 3
    assert gc.get_threshold() == (collector.YOUNG * 3, 10, 10)


def test_the_thresholds_come_back_when_the_burst_fails(thresholds):
    gc.set_threshold(700, 10, 10)
    with pytest.raises(RuntimeError), collector.burst():
        raise RuntimeError("a mailbox error")
    assert gc.get_threshold() == (700, 10, 10)


def test_the_worker_forked_in_a_burst_collects_as_the_burst_does(thresholds):
    gc.set_threshold(700, 10, 10)
    with collector.burst(), ReadLane.start(load_rules(RULES), (), "") as lane:
        assert lane.pool is not None
        assert lane.pool.submit(gc.get_threshold).result() == (collector.YOUNG, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)
