"""The benchmark: the whole pipeline against the floor, a scale curve, reply latency.

``python -m bench`` (see ``--help``) starts a private Dovecot and an SMTP sink on
loopback, and for every size N:

1. fills a fresh mailbox with N realistic mails (``bench.corpus``) over one IMAP
   connection;
2. runs the real command ``inbox-agent poll --once`` as its own process and measures its
   wall time (its CPU time from ``wait4``) and peak RSS (its own ``VmHWM``, sampled);
3. measures the floor on the same mails (``bench.floor``): plain imapclient fetch, plain
   mail-parser parse, and the very replies the agent sent, re-sent with plain aiosmtplib
   over one connection;
4. measures an empty poll on the history just made: the command again (a new process,
   as from cron) and ``poll_once`` inside a running process (as the daemon does it).

Then, with ``--latency K``, it starts ``inbox-agent run`` and sends K pre-registrations
at random intervals, timing each from its arrival in the mailbox (the APPEND completed)
to its reply arriving at the SMTP sink.
"""

from __future__ import annotations

import argparse
import compileall
import imaplib
import json
import os
import platform
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from devtools.demo import local_config, office_today
from devtools.devservers import Dovecot, SmtpSink

from . import corpus, floor, peers

ROOT = Path(__file__).resolve().parents[1]
PASSWORD_ENV = "INBOX_AGENT_BENCH_IMAP_PASSWORD"
PASSWORD = "bench-password"


@dataclass
class SizeResult:
    n: int
    mix: str
    fill_s: float
    poll_s: float
    poll_rss_mb: float
    handled: int
    failed: int
    replies: int
    reply_kinds: dict[str, int]
    floor_fetch_s: float
    floor_parse_s: float
    floor_send_s: float
    empty_poll_process_s: float
    empty_poll_process_rss_mb: float
    empty_poll_inprocess_ms: float
    empty_poll_floor_ms: float
    store_mb: float
    load: str = ""  # the machine's load average during the run (others may share it)
    getmail_s: float | None = None  # the peer getmail6 (retrieval only), if installed
    profile: str = ""
    poll_cpu_s: float = float("nan")  # CPU of the poll command (its worker process included)
    # The worker process's peak RSS, and its peak of memory not shared with the poll
    # (private pages, from smaps_rollup): what the worker adds to the poll's own peak.
    worker_rss_mb: float = 0.0
    worker_private_mb: float = 0.0
    # The poll's RSS and its worker's private memory read at the same moment, at most:
    # the memory the two hold together (what the machine gives the poll).
    both_mb: float = 0.0

    @property
    def floor_s(self) -> float:
        return self.floor_fetch_s + self.floor_parse_s + self.floor_send_s

    @property
    def ratio(self) -> float:
        return self.poll_s / self.floor_s if self.floor_s else float("nan")

    @property
    def ms_per_mail(self) -> float:
        return 1000 * self.poll_s / self.n


@dataclass
class LatencyResult:
    mode: str
    samples_s: list[float] = field(default_factory=list)
    arrived: list[str] = field(default_factory=list)  # wall-clock time of each APPEND
    unanswered: list[str] = field(default_factory=list)  # corpus files of mails without reply

    @property
    def median(self) -> float:
        return statistics.median(self.samples_s)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples_s)
        return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


# -- filling the mailbox ------------------------------------------------------------


def fill(dovecot: Dovecot, user: str, mails: list[bytes]) -> float:
    """APPEND every mail to INBOX over one connection; returns the seconds it took."""
    start = time.perf_counter()
    conn = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=60)
    try:
        conn.login(user, PASSWORD)
        for data in mails:
            typ, resp = conn.append("INBOX", None, None, data)
            if typ != "OK":
                raise RuntimeError(f"APPEND failed: {resp!r}")
    finally:
        conn.logout()
    return time.perf_counter() - start


def append_one(dovecot: Dovecot, user: str, data: bytes) -> None:
    conn = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=30)
    try:
        conn.login(user, PASSWORD)
        typ, resp = conn.append("INBOX", None, None, data)
        if typ != "OK":
            raise RuntimeError(f"APPEND failed: {resp!r}")
    finally:
        conn.logout()


# -- running the real command --------------------------------------------------------


@dataclass
class ProcessRun:
    seconds: float
    rss_mb: float
    stdout: str
    stderr: str
    cpu_s: float = float("nan")  # user + system, the process and the children it waited for
    worker_rss_mb: float = 0.0  # its worker process (a child), if it had one: peak RSS
    worker_private_mb: float = 0.0  # and the peak of its private memory
    both_mb: float = 0.0  # the process's RSS + its worker's private memory, at one moment


def _compiled() -> None:
    """The package's bytecode written, as ``pip install`` writes it for an installation:
    the commands run here start as they start in the office, not compiling ~170 modules
    from source each time (~0.25 s a process) where the environment sets
    PYTHONDONTWRITEBYTECODE (some CI and container images do)."""
    compileall.compile_dir(ROOT / "inbox_agent", quiet=1)


def run_command(config: Path, *args: str, timeout: float = 3600) -> ProcessRun:
    """``inbox-agent --config CONFIG ARGS`` as its own process: wall time and peak RSS.
    Its environment lets it read the bytecode ``_compiled`` wrote."""
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "inbox_agent", "--config", str(config), *args],
            stdout=out, stderr=err, env=env, cwd=ROOT,
        )
        # wait4 gives this one child's CPU time. Its ru_maxrss is no measure of the
        # command: Linux keeps the high-water mark across exec, so it starts at this
        # process's own size (the bench holds every mail and reply). The child's own
        # peak is VmHWM, reset at exec, sampled until it exits.
        peak = _PeakSampler(proc.pid)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        peak.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"inbox-agent {' '.join(args)} exited with {proc.returncode}:\n"
                           f"{stderr[-3000:]}")
    rss_mb = peak.mb if peak.mb else usage.ru_maxrss / 1024  # no /proc: the old figure
    return ProcessRun(seconds, rss_mb, stdout, stderr, usage.ru_utime + usage.ru_stime,
                      peak.child_mb, peak.child_private_mb, peak.both_mb)


class _PeakSampler:
    """The peak RSS of process ``pid`` as it reports it (``VmHWM`` in /proc), read every
    10 ms in a thread until ``stop``; VmHWM only grows, so the last read is the peak
    up to the last 10 ms of the process. Its children's (the read worker's) VmHWM is
    read as often; their private memory (``smaps_rollup``) only every
    ``PRIVATE_EVERY``-th time: the kernel walks the whole process for it (~0.6 ms for
    the worker), and read every 10 ms that took ~0.3 CPU-s of the two cores the
    measured poll runs on (BENCHMARKS.md, round 17). At those times ``both_mb`` adds
    the process's current RSS and its children's private memory: the most the two held
    together (their peaks need not fall at the same moment)."""

    PRIVATE_EVERY = 10  # reads of /proc/<pid>/status between two of smaps_rollup

    def __init__(self, pid: int) -> None:
        self.mb = 0.0
        self.child_mb = self.child_private_mb = 0.0  # its children (the read worker)
        self.both_mb = 0.0  # its RSS + its children's private memory, read together
        self._rss_mb = 0.0  # its RSS at the last read
        self._path = Path(f"/proc/{pid}/status")
        self._children = Path(f"/proc/{pid}/task/{pid}/children")
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        reads = 0
        while not self._done.is_set():
            try:
                for line in self._path.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        self.mb = max(self.mb, int(line.split()[1]) / 1024)
                    elif line.startswith("VmRSS:"):
                        self._rss_mb = int(line.split()[1]) / 1024
            except (OSError, ValueError, IndexError):
                pass  # not started yet, or gone
            self._sample_children(private=reads % self.PRIVATE_EVERY == 0)
            reads += 1
            self._done.wait(0.01)

    def _sample_children(self, private: bool) -> None:
        try:
            children = self._children.read_text().split()
        except OSError:
            return
        together = self._rss_mb
        for child in children:
            try:
                status = Path(f"/proc/{child}/status").read_text()
                rollup = Path(f"/proc/{child}/smaps_rollup").read_text() if private else ""
            except OSError:
                continue  # gone meanwhile
            kb = {line.split(":")[0]: line.split()[1] for line in (status + rollup).splitlines()
                  if line.split(":")[0] in ("VmHWM", "Private_Clean", "Private_Dirty")}
            self.child_mb = max(self.child_mb, int(kb.get("VmHWM", 0)) / 1024)
            if private:
                mine = int(kb.get("Private_Clean", 0)) + int(kb.get("Private_Dirty", 0))
                self.child_private_mb = max(self.child_private_mb, mine / 1024)
                together += mine / 1024
        if private:
            self.both_mb = max(self.both_mb, together)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def write_config(folder: Path, dovecot: Dovecot, sink: SmtpSink, user: str, *,
                 batch_size: int, extra_imap: str = "") -> Path:
    text = local_config(imap_host=dovecot.host, imap_port=dovecot.port, username=user,
                        smtp_port=sink.port, store_path=folder / "store.json",
                        today=office_today(), password_env=PASSWORD_ENV,
                        capacity=1_000_000, batch_size=batch_size)
    if extra_imap and extra_imap.split("=")[0].strip() + " =" not in text:
        text = text.replace("[imap]\n", "[imap]\n" + extra_imap.rstrip() + "\n", 1)
    if "[limits]" not in text and _has_limits():
        # The hourly cap on automatic answers (200 by default) spreads a burst over
        # hours; the benchmark measures throughput, so every answer goes at once.
        text += "\n[limits]\nreplies_per_hour = 100000\n"
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _has_limits() -> bool:
    from inbox_agent.config import Config

    return "limits" in getattr(Config, "model_fields", {})


def empty_poll_inprocess(config: Path, repeat: int = 5) -> float:
    """Median milliseconds of ``poll_once`` with no new mail, the store already loaded
    (what the daemon pays at every interval)."""
    from inbox_agent.app.bootstrap import bootstrap
    from inbox_agent.app.pipeline import poll_once
    from inbox_agent.config import load_config

    os.environ[PASSWORD_ENV] = PASSWORD
    services = bootstrap(load_config(config))
    try:
        poll_once(services)  # warm: connection set-up paths, imports
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            report = poll_once(services)
            times.append(time.perf_counter() - start)
            if report.handled or report.failed:
                raise RuntimeError("the empty poll found mail")
    finally:
        services.store.close()
    return 1000 * statistics.median(times)


def profile_poll(config: Path, top: int = 25) -> str:
    """Run ``poll_once`` in this process under cProfile; the top functions by total time."""
    import cProfile
    import io
    import pstats

    from inbox_agent.app.bootstrap import bootstrap
    from inbox_agent.app.pipeline import poll_once
    from inbox_agent.config import load_config

    os.environ[PASSWORD_ENV] = PASSWORD
    services = bootstrap(load_config(config))
    profiler = cProfile.Profile()
    dump = os.environ.get("BENCH_PROFILE_DUMP")  # keep the raw profile for pstats
    try:
        profiler.enable()
        poll_once(services)
        profiler.disable()
    finally:
        services.store.close()
    if dump:
        profiler.dump_stats(dump)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def _read_worker(value: str) -> str:
    if not value:
        return ""
    return 'read_worker = "auto"' if value == "auto" else f"read_worker = {value}"


_SENT = re.compile(r"^sent: (\S+) to ", re.MULTILINE)


def bench_size(dovecot: Dovecot, sink: SmtpSink, n: int, *, workdir: Path, seed: int,
               batch_size: int, profile: str = "", log=print, extra_imap: str = "",
               run_no: int = 1) -> SizeResult:
    user = f"bench-{n}-{seed}-{int(time.time() * 1000) % 100000}@example.org"
    dovecot.add_user(user, PASSWORD)
    samples = corpus.generate(n, seed=seed)
    load_before = os.getloadavg()[0]
    log(f"N={n}: {corpus.describe(samples)}; filling the inbox ...")
    fill_s = fill(dovecot, user, [s.data for s in samples])
    folder = workdir / (f"n{n}" if run_no == 1 else f"n{n}-run{run_no}")
    folder.mkdir(parents=True, exist_ok=True)
    config = write_config(folder, dovecot, sink, user, batch_size=batch_size,
                          extra_imap=extra_imap)

    sink.clear()
    profile_text = ""
    if profile == "cprofile":
        log(f"N={n}: poll_once under cProfile (in this process) ...")
        start = time.perf_counter()
        profile_text = profile_poll(config)
        run = ProcessRun(time.perf_counter() - start, float("nan"), "", "")
    elif profile == "stages":
        from .stages import render_stages, timed_poll

        log(f"N={n}: poll_once with a stopwatch per stage (in this process) ...")
        wall, totals = timed_poll(config, PASSWORD_ENV, PASSWORD)
        profile_text = render_stages(wall, totals)
        run = ProcessRun(wall, float("nan"), "", "")
    elif profile == "lanes":
        from .lanes import lanes_poll, render_lanes

        log(f"N={n}: poll_once timed per lane (in this process) ...")
        wall, cpu, lanes, cpus = lanes_poll(config, PASSWORD_ENV, PASSWORD)
        profile_text = render_lanes(wall, cpu, lanes, cpus)
        run = ProcessRun(wall, float("nan"), "", "", cpu)
    else:
        log(f"N={n}: inbox-agent poll --once ...")
        run = run_command(config, "poll", "--once")
    replies = [m.data for m in sink.messages()]
    kinds: dict[str, int] = {}
    for kind in _SENT.findall(run.stdout):
        kinds[kind] = kinds.get(kind, 0) + 1
    handled = len(re.findall(r"^UID \d+: ", run.stdout, re.MULTILINE))
    failed = run.stdout.count("(the mail stays in the mailbox and is tried again)")

    log(f"N={n}: empty polls ...")
    empty = run_command(config, "poll", "--once")
    if "No new mail." not in empty.stdout:
        raise RuntimeError(f"the second poll was not empty:\n{empty.stdout[:2000]}")
    empty_inproc = empty_poll_inprocess(config)
    empty_floor = floor.empty_poll(dovecot.host, dovecot.port, user, PASSWORD)

    log(f"N={n}: the floor ...")
    sink.clear()
    times = floor.measure(dovecot.host, dovecot.port, user, PASSWORD, sink.port, replies,
                          batch=batch_size)
    if times.mails != n:
        raise RuntimeError(f"the floor fetched {times.mails} mails, expected {n}")
    peer = peers.getmail_seconds(dovecot.host, dovecot.port, user, PASSWORD, folder, n)
    store_mb = sum(p.stat().st_size for p in folder.glob("store.json*")
                   if not p.name.endswith((".bak", ".lock"))) / 1e6
    return SizeResult(
        n=n, mix=corpus.describe(samples), fill_s=fill_s, poll_s=run.seconds,
        poll_rss_mb=run.rss_mb, poll_cpu_s=run.cpu_s, worker_rss_mb=run.worker_rss_mb,
        worker_private_mb=run.worker_private_mb, both_mb=run.both_mb, handled=handled,
        failed=failed, replies=len(replies),
        reply_kinds=kinds, floor_fetch_s=times.fetch, floor_parse_s=times.parse,
        floor_send_s=times.send, empty_poll_process_s=empty.seconds,
        empty_poll_process_rss_mb=empty.rss_mb, empty_poll_inprocess_ms=empty_inproc,
        empty_poll_floor_ms=empty_floor,
        store_mb=store_mb, profile=profile_text, getmail_s=peer,
        load=f"{load_before:.1f} -> {os.getloadavg()[0]:.1f}",
    )


# -- latency ---------------------------------------------------------------------------


def _idle_key() -> bool:
    """Does this version of inbox-agent have an ``[imap] idle`` switch?"""
    from inbox_agent.config import Imap

    return "idle" in getattr(Imap, "model_fields", {})


def _idle_supported() -> bool:
    """Does this version of inbox-agent wait in IMAP IDLE (a switch, or a Mailbox method)?"""
    from inbox_agent.mail.mailbox import Mailbox

    return _idle_key() or any("idle" in name.lower() for name in dir(Mailbox))


def bench_latency(dovecot: Dovecot, sink: SmtpSink, count: int, *, workdir: Path, seed: int,
                  poll_seconds: int, max_gap: float, log=print) -> LatencyResult:
    """Start ``inbox-agent run``; send ``count`` pre-registrations at random intervals;
    seconds from each mail's arrival in the mailbox to its reply at the SMTP sink."""
    user = f"latency-{seed}-{int(time.time() * 1000) % 100000}@example.org"
    dovecot.add_user(user, PASSWORD)
    folder = workdir / "latency"
    folder.mkdir(parents=True, exist_ok=True)
    idle = _idle_supported()
    config = write_config(folder, dovecot, sink, user, batch_size=50,
                          extra_imap="idle = true" if _idle_key() else "")
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"poll_seconds = \d+", f"poll_seconds = {poll_seconds}", text),
                      encoding="utf-8")
    mode = (f"IMAP IDLE, poll_seconds = {poll_seconds}" if idle
            else f"polling every {poll_seconds} s: this version has no IMAP IDLE")
    rng = random.Random(seed)
    pool = [s for s in corpus.generate(count * 20, seed=seed + 1000) if s.kind == "pre"]
    pool = [s for s in pool if s.source not in _NOT_ANSWERED][:count + 1]
    if len(pool) < count + 1:
        raise RuntimeError("not enough pre-registrations generated")

    sink.clear()
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    daemon = subprocess.Popen(
        [sys.executable, "-m", "inbox_agent", "--config", str(config), "run"],
        stdout=subprocess.DEVNULL, stderr=open(folder / "daemon.log", "wb"), env=env, cwd=ROOT,
    )
    result = LatencyResult(mode=mode)
    try:
        # Warm-up: the first reply proves the daemon is up and connected.
        append_one(dovecot, user, pool[0].data)
        sink.wait_for(1, timeout=60 + poll_seconds)
        log(f"latency: daemon up ({mode}); {count} mails at random intervals ...")
        for sample in pool[1:count + 1]:
            time.sleep(rng.uniform(0.0, max_gap))
            expected = len(sink.messages()) + 1
            append_one(dovecot, user, sample.data)
            arrived = time.perf_counter()
            result.arrived.append(datetime.now(timezone.utc).isoformat(timespec="milliseconds"))
            try:
                sink.wait_for(expected, timeout=30 + poll_seconds)
            except TimeoutError:
                result.unanswered.append(sample.source)
                log(f"latency: no reply to a copy of {sample.source} within "
                    f"{30 + poll_seconds} s (see {folder / 'daemon.log'})")
                continue
            result.samples_s.append(time.perf_counter() - arrived)
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=30)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
    return result


# Pre-registrations in the corpus whose copies do not each get a reply of their own: after
# the deadline, and mails on behalf of / forwarded from someone whose address (inside a
# forwarded message) stays the same in every copy, so the per-address limit stops them.
_NOT_ANSWERED = frozenset({"pre-014-after-deadline.eml", "pre-006-on-behalf.eml",
                           "pre-010-forward-rfc822.eml", "pre-011-forward-inline-announcement.eml"})


# -- report ----------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1048576:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    dovecot = subprocess.run(["dovecot", "--version"], capture_output=True, text=True,
                             env={**os.environ, "PATH": os.environ.get("PATH", "") + ":/usr/sbin"})
    return (f"{cpu}, {os.cpu_count()} CPUs{mem}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; Dovecot {dovecot.stdout.strip() or '?'}")


def _runs_of(results: list[SizeResult]) -> dict[int, list[SizeResult]]:
    runs: dict[int, list[SizeResult]] = {}
    for r in results:
        runs.setdefault(r.n, []).append(r)
    return runs


def _medians(results: list[SizeResult]) -> list[SizeResult]:
    """Per size, the run whose ratio is the median (the lower middle one of an even
    number): the figures compared from one size to the next."""
    out = []
    for runs in _runs_of(results).values():
        ordered = sorted(runs, key=lambda r: r.ratio)
        out.append(ordered[(len(ordered) - 1) // 2])
    return out


def _repeated(results: list[SizeResult]) -> list[str]:
    """For a size run more than once (``--repeat``): the spread of the ratio, the poll
    and the floor over its runs, each run's ratio taken within that run."""
    lines = []
    for n, runs in _runs_of(results).items():
        if len(runs) < 2:
            continue
        ratios = sorted(r.ratio for r in runs)
        polls = [r.poll_s for r in runs]
        floors = [r.floor_s for r in runs]
        lines.append(
            f"N={n:,} over {len(runs)} runs: ratio median {statistics.median(ratios):.2f}x "
            f"(min {ratios[0]:.2f}x, max {ratios[-1]:.2f}x; "
            f"{', '.join(f'{x:.2f}' for x in ratios)}); poll median "
            f"{statistics.median(polls):.2f} s ({min(polls):.2f}-{max(polls):.2f}); floor "
            f"median {statistics.median(floors):.2f} s ({min(floors):.2f}-{max(floors):.2f})")
    return lines


def render(results: list[SizeResult], latency: LatencyResult | None) -> str:
    lines = [
        f"inbox-agent benchmark, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"machine: {machine()}",
        "",
    ]
    if results:
        lines += [
            "| N | poll --once | per mail | peak RSS | floor (fetch + parse + send) | ratio "
            "| empty poll: process | empty poll: in daemon (IMAP floor) | store |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
    for r in results:
        lines.append(
            f"| {r.n:,} | {r.poll_s:.2f} s | {r.ms_per_mail:.2f} ms | {r.poll_rss_mb:.0f} MB "
            f"| {r.floor_s:.2f} s ({r.floor_fetch_s:.2f} + {r.floor_parse_s:.2f} + "
            f"{r.floor_send_s:.2f}) | {r.ratio:.2f}x | {r.empty_poll_process_s:.2f} s, "
            f"{r.empty_poll_process_rss_mb:.0f} MB | {r.empty_poll_inprocess_ms:.1f} ms "
            f"({r.empty_poll_floor_ms:.1f} ms) | {r.store_mb:.1f} MB |"
        )
    lines.append("")
    for r in results:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(r.reply_kinds.items()))
        lines.append(f"N={r.n:,}: {r.handled} handled, {r.failed} failed, {r.replies} replies "
                     f"({kinds}); CPU of the poll (its worker included) {r.poll_cpu_s:.2f} s; "
                     f"inbox filled in {r.fill_s:.1f} s; load average {r.load}; "
                     f"mix {r.mix}")
        if r.worker_rss_mb:
            lines.append(f"N={r.n:,}: the poll's worker process: peak RSS {r.worker_rss_mb:.0f} MB, "
                         f"of it private (not shared with the poll) at most "
                         f"{r.worker_private_mb:.0f} MB; the poll and its worker together "
                         f"(RSS + private, read at the same moment) at most {r.both_mb:.0f} MB")
        if r.getmail_s is not None:
            lines.append(f"N={r.n:,}: getmail6 (retrieval into a Maildir only) {r.getmail_s:.2f} s, "
                         f"{1000 * r.getmail_s / r.n:.2f} ms a mail; the agent "
                         f"{r.poll_s / r.getmail_s:.2f}x that")
        else:
            lines.append(f"N={r.n:,}: getmail6 not installed (pip install getmail6): no peer")
    lines += _repeated(results)
    by_size = _medians(results)
    if len(by_size) >= 2:
        first, last = by_size[0], by_size[-1]
        lines.append(
            f"time per mail {first.n:,} -> {last.n:,}: {last.ms_per_mail / first.ms_per_mail:.2f}x; "
            f"empty poll after {last.n:,} vs {first.n:,}: process "
            f"{last.empty_poll_process_s / first.empty_poll_process_s:.2f}x, in daemon "
            f"{last.empty_poll_inprocess_ms / first.empty_poll_inprocess_ms:.2f}x"
        )
    if latency is not None and latency.samples_s:
        lines.append(
            f"reply latency ({latency.mode}), {len(latency.samples_s)} mails: median "
            f"{latency.median:.2f} s, p95 {latency.p95:.2f} s, max {max(latency.samples_s):.2f} s"
            + (f"; NO REPLY to {len(latency.unanswered)}: {', '.join(latency.unanswered)}"
               if latency.unanswered else "")
        )
    for r in results:
        if r.profile:
            lines += ["", f"Profile of poll_once at N={r.n:,}:", r.profile]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Benchmark inbox-agent against the floor of this machine.")
    parser.add_argument("--sizes", default="100,1000,10000",
                        help="comma-separated inbox sizes N (default: %(default)s)")
    parser.add_argument("--latency", type=int, default=50, metavar="K",
                        help="mails for the latency measurement, 0 to skip (default: 50)")
    parser.add_argument("--max-gap", type=float, default=4.0,
                        help="longest random pause between latency mails, seconds")
    parser.add_argument("--poll-seconds", type=int, default=120,
                        help="[schedule] poll_seconds of the latency daemon (default 120, as "
                             "in config.toml: the replies then come from IDLE alone)")
    parser.add_argument("--batch-size", type=int, default=50, help="[imap] batch_size")
    parser.add_argument("--read-worker", choices=("auto", "true", "false"), default="",
                        help="[imap] read_worker of the poll (default: the config's, auto: "
                             "the worker process only when a core is spare)")
    parser.add_argument("--repeat", type=int, default=1, metavar="R",
                        help="run each size R times, each run a new mailbox and store, and "
                             "report the spread of the ratio (on a machine whose speed "
                             "drifts, one run's ratio can be off by a third)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", choices=("cprofile", "stages", "lanes"), default="",
                        help="run the first poll in this process, under cProfile, with a "
                             "stopwatch per stage, or per lane (each thread's and the worker's "
                             "CPU and waits), instead of the command (no RSS figure)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="keep configs and stores in DIR (default: a temporary folder)")
    args = parser.parse_args(argv)
    # SIGTERM unwinds like Ctrl+C, so the private Dovecot and the temporary folder go too.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    def log(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    results: list[SizeResult] = []
    latency = None
    _compiled()
    with tempfile.TemporaryDirectory(prefix="inbox-agent-bench-") as tmp, \
            Dovecot() as dovecot, SmtpSink() as sink:
        workdir = args.keep or Path(tmp)
        for n in sizes:
            for run_no in range(1, max(1, args.repeat) + 1):
                results.append(bench_size(dovecot, sink, n, workdir=workdir, seed=args.seed,
                                          batch_size=args.batch_size, profile=args.profile,
                                          log=log, extra_imap=_read_worker(args.read_worker),
                                          run_no=run_no))
                log(f"N={n}: poll {results[-1].poll_s:.2f} s, floor "
                    f"{results[-1].floor_s:.2f} s")
        if results:
            print(render(results, None), flush=True)  # kept even if the latency part fails
            if args.json:
                _write_json(args.json, results, None)
        if args.latency:
            latency = bench_latency(dovecot, sink, args.latency, workdir=workdir,
                                    seed=args.seed, poll_seconds=args.poll_seconds,
                                    max_gap=args.max_gap, log=log)
    if latency is not None:
        print(render([], latency))
    if args.json:
        _write_json(args.json, results, latency)
    return 0


def _write_json(path: Path, results: list[SizeResult], latency: LatencyResult | None) -> None:
    if True:
        payload = {
            "machine": machine(), "date": datetime.now(timezone.utc).isoformat(),
            "sizes": [{**asdict(r), "floor_s": r.floor_s, "ratio": r.ratio,
                       "ms_per_mail": r.ms_per_mail} for r in results],
            "latency": None if latency is None or not latency.samples_s else {
                "mode": latency.mode, "samples_s": latency.samples_s,
                "arrived": latency.arrived, "unanswered": latency.unanswered,
                "median_s": latency.median, "p95_s": latency.p95},
        }
        path.write_text(json.dumps(payload, indent=2), encoding="utf-8")
