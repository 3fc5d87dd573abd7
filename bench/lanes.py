"""Who works and who waits in a pipelined poll: each lane's CPU and its waits.

``lanes_poll(config)`` runs ``poll_once`` in this process with a stopwatch around each
stage function, as ``stages`` does, but per thread and with the thread's own CPU time
beside the wall time, and around every ``Future.result`` (the waits: the main thread
for the fetch, the wire, the worker's reads and invoices). A sampler reads each
thread's and the worker process's CPU time from ``/proc`` every 20 ms, so the table
says how much of the burst each core carried. Linux only (``/proc``). The SMTP sink runs in this process too (a thread of its own:
not the poll's CPU, but it takes the GIL from the poll's threads).
"""

from __future__ import annotations

import concurrent.futures
import functools
import os
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .stages import STAGES

# What is timed besides the stages (module, attribute path, label).
LANES: tuple[tuple[str, str, str], ...] = STAGES + (
    ("inbox_agent.app.pipeline", "_decide_batch", "decide a batch (all of it)"),
    ("inbox_agent.app.readlane", "Reads.get", "take a worker's read"),
    ("inbox_agent.app.readlane", "ReadLane.submit", "reads to the worker"),
    ("inbox_agent.app.readlane", "ReadLane.render_ahead", "invoices to the worker"),
    ("inbox_agent.app.pollpipe", "_finish", "finish a batch (wire wait, record, keyword)"),
    ("inbox_agent.app.pollpipe", "_start", "pick + compose a batch"),
    ("inbox_agent.invoices.files", "render", "invoice render"),
    ("inbox_agent.outbox.sentcheck", "SentCheck._read", "Sent check read"),
    ("inbox_agent.app.readlane", "_read_chunk", "read a chunk"),
    ("inbox_agent.mail.mailbox", "Mailbox.append_sent_many", "IMAP append to Sent, many"),
    ("inbox_agent.app.readlane", "_render", "render an invoice"),
    # The parts of composing a reply (main thread, or the worker where it composes).
    ("inbox_agent.outbox.templates", "Templates.render", "compose: templates"),
    ("inbox_agent.outbox.outbox", "compose.write", "compose: write the bytes"),
    ("inbox_agent.outbox.compose", "header", "compose: headers"),
    ("inbox_agent.outbox.compose", "_text_part", "compose: text parts"),
    ("inbox_agent.outbox.compose", "_generated_part", "compose: generated parts"),
)

# The worker process (forked from this one) writes its own figures here, a line a call.
_CHILD_LOG = Path(os.environ.get("TMPDIR", "/tmp")) / f"inbox-agent-lanes-{os.getpid()}"
_PARENT = os.getpid()

_TICK = 1 / os.sysconf("SC_CLK_TCK")


def _cpu_of(stat_path: str) -> tuple[str, float] | None:
    try:
        with open(stat_path, "rb") as fh:
            text = fh.read().decode()
    except OSError:
        return None
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()
    return name, (int(fields[11]) + int(fields[12])) * _TICK


class _Sampler:
    """Every thread's and every child process's CPU, read from /proc until stopped."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple[str, float]] = {}
        # What the threads alive now had used before the poll (the bench's imports, the
        # filling of the mailbox in the main thread): not the poll's, subtracted.
        self._read()
        self.before = {key: cpu for key, (_name, cpu) in self.seen.items()}
        self.seen = {}
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        me = os.getpid()
        names = {t.native_id: t.name for t in threading.enumerate()}
        for tid in os.listdir(f"/proc/{me}/task"):
            got = _cpu_of(f"/proc/{me}/task/{tid}/stat")
            if got is not None:
                name = names.get(int(tid), self.seen.get(f"thread {tid}", (got[0],))[0])
                self.seen[f"thread {tid}"] = (name, got[1])
        try:
            with open(f"/proc/{me}/task/{me}/children") as fh:
                children = fh.read().split()
        except OSError:
            children = []
        for pid in children:
            got = _cpu_of(f"/proc/{pid}/stat")
            if got is not None:
                self.seen[f"process {pid}"] = (f"worker {got[0]}", got[1])

    def _run(self) -> None:
        while not self.stopping.wait(0.02):
            self._read()

    def stop(self) -> dict[str, tuple[str, float]]:
        self._read()
        self.stopping.set()
        self.thread.join()
        return {key: (name, cpu - self.before.get(key, 0.0))
                for key, (name, cpu) in self.seen.items()}


Totals = dict[tuple[str, str], list[float]]  # (thread, label) -> [wall, cpu, calls]


def _lane() -> str:
    name = threading.current_thread().name
    return "main" if name == "MainThread" else name.rsplit("_", 1)[0]


def _timed(fn: Callable[..., Any], label: str, totals: Totals) -> Callable[..., Any]:
    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            wall, used = time.perf_counter() - start, time.thread_time() - cpu
            if os.getpid() != _PARENT:  # in the worker: its figures go back by file
                with open(_CHILD_LOG, "a") as fh:
                    fh.write(f"{label}\t{wall}\t{used}\n")
            else:
                entry = totals[(_lane(), label)]
                entry[0] += wall
                entry[1] += used
                entry[2] += 1
    return timed


def _child_totals(totals: Totals) -> None:
    if not _CHILD_LOG.exists():
        return
    for line in _CHILD_LOG.read_text().splitlines():
        label, wall, used = line.split("\t")
        entry = totals[("worker", label)]
        entry[0] += float(wall)
        entry[1] += float(used)
        entry[2] += 1
    _CHILD_LOG.unlink()


@contextmanager
def _stopwatches(totals: Totals) -> Iterator[None]:
    from bench.stages import patched

    restore = patched(LANES, lambda fn, label: _timed(fn, label, totals))
    result = concurrent.futures.Future.result

    def waited(self: concurrent.futures.Future, timeout: float | None = None) -> Any:
        caller = sys._getframe(1).f_code.co_name
        start = time.perf_counter()
        try:
            return result(self, timeout)
        finally:
            entry = totals[(_lane(), f"wait in {caller}")]
            entry[0] += time.perf_counter() - start
            entry[2] += 1

    concurrent.futures.Future.result = waited  # type: ignore[method-assign]
    restore.append((concurrent.futures.Future, "result", result))
    try:
        yield
    finally:
        for owner, name, original in reversed(restore):
            setattr(owner, name, original)


def lanes_poll(config: Path, password_env: str, password: str) -> tuple[float, float, Totals,
                                                                         dict]:
    """One ``poll_once`` timed per lane: (wall, CPU of the process and its children,
    {(lane, stage): [wall, cpu, calls]}, {thread or process: (name, cpu)})."""
    from inbox_agent.app.bootstrap import bootstrap
    from inbox_agent.app.pipeline import poll_once
    from inbox_agent.config import load_config

    os.environ[password_env] = password
    totals: Totals = defaultdict(lambda: [0.0, 0.0, 0])
    services = bootstrap(load_config(config))
    try:
        with _stopwatches(totals):
            sampler = _Sampler()
            before = os.times()
            start = time.perf_counter()
            poll_once(services)
            wall = time.perf_counter() - start
            after = os.times()
            cpus = sampler.stop()
        _child_totals(totals)
    finally:
        services.store.close()
    cpu = sum(after[:4]) - sum(before[:4])
    return wall, cpu, dict(totals), cpus


def render_lanes(wall: float, cpu: float, totals: Totals, cpus: dict) -> str:
    lines = [f"poll_once in-process: {wall:.2f} s wall, {cpu:.2f} s CPU (children that "
             "ended included)", "", "| thread or process | CPU s |", "|---|---:|"]
    for key, (name, seconds) in sorted(cpus.items(), key=lambda kv: -kv[1][1]):
        if seconds >= 0.01:
            lines.append(f"| {name} ({key}) | {seconds:.2f} |")
    lines += ["", "| lane | stage | wall s | CPU s | calls |", "|---|---|---:|---:|---:|"]
    for (lane, label), (seconds, cpu_s, calls) in sorted(
            totals.items(), key=lambda kv: (kv[0][0] != "main", kv[0][0], -kv[1][0])):
        lines.append(f"| {lane} | {label} | {seconds:.2f} | {cpu_s:.2f} | {int(calls)} |")
    return "\n".join(lines)
