"""The benchmark's memory sampler (``bench.run._PeakSampler``): what it reports of a
process and of its child, and of the two together, now that the child's private memory
is read only every tenth time (its ``smaps_rollup`` costs the measured machine CPU)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.run import _PeakSampler

pytestmark = pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(),
                                reason="needs Linux's /proc")

# A parent that holds 60 MB and a child that holds 80 MB of its own, both for 1.5 s.
_FAMILY = """
import os, time
held = bytearray(60 * 2**20)
if os.fork() == 0:
    own = bytearray(80 * 2**20)
    time.sleep(1.5)
    os._exit(0)
time.sleep(1.5)
os.wait()
"""


def test_the_peaks_of_a_process_and_of_its_child_and_the_childs_private_memory():
    family = subprocess.Popen([sys.executable, "-c", _FAMILY])
    try:
        sampler = _PeakSampler(family.pid)
        time.sleep(1.0)
        sampler.stop()
    finally:
        family.wait(timeout=10)
    assert sampler.mb >= 60
    assert sampler.child_mb >= 80 + 60 * 0.9  # its VmHWM counts what it shares too
    assert 80 <= sampler.child_private_mb < 80 + 30  # the 80 MB it wrote; not the 60 shared
    # Together: the parent's 60 MB (and its interpreter) once, the child's own 80 MB.
    assert 60 + 80 <= sampler.both_mb < 60 + 80 + 40
    assert sampler.both_mb < sampler.mb + sampler.child_mb  # the shared 60 MB not twice


def test_the_childs_private_memory_is_read_at_most_every_tenth_time(monkeypatch):
    """``smaps_rollup`` makes the kernel walk the whole worker (~0.6 ms); read with
    every 10 ms sample it took ~0.3 CPU-s of the measured poll's two cores."""
    reads: list[str] = []
    read_text = Path.read_text

    def counted(path: Path, *args, **kwargs) -> str:
        reads.append(path.name)
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counted)
    family = subprocess.Popen([sys.executable, "-c", _FAMILY])
    try:
        time.sleep(0.3)  # the child forked
        sampler = _PeakSampler(family.pid)
        time.sleep(0.6)
        sampler.stop()
    finally:
        family.wait(timeout=10)
    samples = reads.count("children")
    assert samples >= 20
    assert 1 <= reads.count("smaps_rollup") <= samples // _PeakSampler.PRIVATE_EVERY + 1
