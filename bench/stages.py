"""Where a poll spends its time, stage by stage, without a profiler's overhead.

``timed_poll(config)`` runs ``poll_once`` in this process with a stopwatch around each
stage function (wrapped for the duration of the call, restored afterwards), so the
figures add up to the poll's wall time within a few percent.
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# (module path, attribute path, label): what is timed.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("inbox_agent.mail.mailbox", "Mailbox.fetch", "IMAP fetch"),
    ("inbox_agent.mail.mailbox", "Mailbox.sizes", "IMAP sizes"),
    ("inbox_agent.mail.mailbox", "Mailbox.append_sent", "IMAP append to Sent"),
    ("inbox_agent.mail.mailbox", "Mailbox.mark_done", "IMAP keyword"),
    ("inbox_agent.mail.mailbox", "Mailbox.sent_message_ids", "IMAP Sent check"),
    ("inbox_agent.mail.mailbox", "Mailbox.sent_copies", "IMAP Sent check"),
    ("inbox_agent.outbox.outbox", "limits.next_send_slot", "hourly cap check"),
    ("inbox_agent.outbox.outbox", "limits.count_sent", "hourly cap count"),
    ("inbox_agent.app.pipeline", "parse_bytes", "parse"),
    ("inbox_agent.app.pipeline", "classify", "classify"),
    ("inbox_agent.app.pipeline", "decide_mail", "decide"),
    ("inbox_agent.app.pipeline", "_attendees", "load attendees"),
    ("inbox_agent.outbox.outbox", "Outbox.compose", "compose reply"),
    ("inbox_agent.outbox.outbox", "Outbox.pending", "outbox scan"),
    ("inbox_agent.mail.smtp", "SmtpSender.send", "SMTP send"),
    ("inbox_agent.store.db", "Store.commit", "store commit"),
    ("inbox_agent.store.db", "Store.put", "store put"),
    ("inbox_agent.store.db", "Store.get", "store get"),
)


def patched(table: Any, wrap: Callable[[Callable[..., Any], str], Callable[..., Any]]
            ) -> list[tuple[Any, str, Any]]:
    """Each ``(module, attribute path, label)`` of ``table`` replaced by ``wrap(original,
    label)``; what to set back (a name not in this version of inbox-agent is passed over)."""
    import importlib

    restore: list[tuple[Any, str, Any]] = []
    for module_name, attr_path, label in table:
        owner: Any = importlib.import_module(module_name)
        *parents, name = attr_path.split(".")
        for parent in parents:
            owner = getattr(owner, parent, None)
        original = getattr(owner, name, None)
        if original is None:
            continue
        setattr(owner, name, wrap(original, label))
        restore.append((owner, name, original))
    return restore


@contextmanager
def _stopwatches(totals: dict[str, list[float]]) -> Iterator[None]:
    def wrap(fn: Callable[..., Any], label: str) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                entry = totals[label]
                entry[0] += time.perf_counter() - start
                entry[1] += 1

        return timed

    restore = patched(STAGES, wrap)
    try:
        yield
    finally:
        for owner, name, original in reversed(restore):
            setattr(owner, name, original)


def timed_poll(config: Path, password_env: str, password: str) -> tuple[float, dict[str, list[float]]]:
    """Run one ``poll_once`` with stopwatches; (wall seconds, {stage: [seconds, calls]})."""
    import os

    from inbox_agent.app.bootstrap import bootstrap
    from inbox_agent.app.pipeline import poll_once
    from inbox_agent.config import load_config

    os.environ[password_env] = password
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    services = bootstrap(load_config(config))
    try:
        with _stopwatches(totals):
            start = time.perf_counter()
            poll_once(services)
            wall = time.perf_counter() - start
    finally:
        services.store.close()
    return wall, dict(totals)


def render_stages(wall: float, totals: dict[str, list[float]]) -> str:
    lines = [f"poll_once in-process: {wall:.2f} s", "| stage | seconds | share | calls |",
             "|---|---:|---:|---:|"]
    for label, (seconds, calls) in sorted(totals.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"| {label} | {seconds:.2f} | {100 * seconds / wall:.0f}% | {calls} |")
    return "\n".join(lines)
