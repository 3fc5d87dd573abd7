"""The long-running worker. The only module that imports APScheduler.

Jobs run one at a time (a single worker thread: the store is not shared between
threads), each at most once concurrently, and missed runs are coalesced into one.
SIGTERM and SIGINT stop the scheduler after the job that is running has finished.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from inbox_agent.errors import PermanentError, StoreError, TransientError

log = logging.getLogger(__name__)


def _guarded(name: str, job: Callable[[], object]) -> Callable[[], None]:
    """A job that logs its failures instead of killing the scheduler thread."""

    def run() -> None:
        try:
            job()
        except TransientError as exc:
            log.warning("%s: %s (will try again at the next run)", name, exc)
        except PermanentError as exc:
            log.error("%s: %s (fix this; trying again at the next run)", name, exc)
        except StoreError as exc:  # disk full, folder read-only: nothing of the run was kept
            log.error("%s: %s (trying again at the next run)", name, exc)
        except Exception:  # a bug: keep the daemon alive, make the failure visible
            log.exception("%s failed unexpectedly", name)

    return run


def run_forever(
    poll: Callable[[], object],
    due_jobs: Callable[[], object],
    *,
    poll_seconds: int,
    due_jobs_seconds: int = 900,
    stop: threading.Event | None = None,
    digest: Callable[[], object] | None = None,
    digest_at: tuple[int, int] = (7, 30),
    digest_timezone: str = "UTC",
) -> None:
    """Run ``poll`` every ``poll_seconds`` and ``due_jobs`` every ``due_jobs_seconds``
    until SIGTERM/SIGINT or until ``stop`` is set. A signal sets ``stop``: a job that
    waits (the poll job waits in IMAP IDLE) looks at it and returns within a second, and
    the scheduler then stops after the running job. ``digest`` runs daily at
    ``digest_at`` (hour, minute in ``digest_timezone``) and once at start: it decides
    itself whether one is due, so a digest missed while the daemon was down goes out
    once when it is back."""
    scheduler = _scheduler(poll, due_jobs, poll_seconds, due_jobs_seconds, digest, digest_at,
                           digest_timezone)
    stopping = stop if stop is not None else threading.Event()
    _stop_on_signals(stopping)

    def watch() -> None:
        # Not in the signal handler: shutdown(wait=True) waits for the running job,
        # and the handler runs in the thread that has to keep the scheduler going.
        stopping.wait()
        scheduler.shutdown(wait=True)

    threading.Thread(target=watch, daemon=True).start()
    log.info("inbox-agent running: polling every %s s; stop with Ctrl+C or SIGTERM", poll_seconds)
    scheduler.start()
    log.info("inbox-agent stopped")


def _scheduler(poll: Callable[[], object], due_jobs: Callable[[], object], poll_seconds: int,
               due_jobs_seconds: int, digest: Callable[[], object] | None,
               digest_at: tuple[int, int], digest_timezone: str) -> BlockingScheduler:
    """The jobs on one worker thread, each run first right away (see ``run_forever``)."""
    scheduler = BlockingScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        timezone=timezone.utc,
    )
    now = datetime.now(timezone.utc)
    scheduler.add_job(_guarded("poll", poll), IntervalTrigger(seconds=poll_seconds),
                      id="poll", next_run_time=now)
    scheduler.add_job(_guarded("reminders", due_jobs), IntervalTrigger(seconds=due_jobs_seconds),
                      id="due_jobs", next_run_time=now)
    if digest is not None:
        hour, minute = digest_at
        scheduler.add_job(_guarded("digest", digest),
                          CronTrigger(hour=hour, minute=minute, timezone=ZoneInfo(digest_timezone)),
                          id="digest", next_run_time=now)
    return scheduler


def _stop_on_signals(stopping: threading.Event) -> None:
    """SIGTERM and SIGINT set ``stopping`` (signals reach the main thread only)."""

    def shutdown(signum: int, _frame: object) -> None:
        log.info("received %s: stopping after the running job", signal.Signals(signum).name)
        stopping.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, shutdown)
        signal.signal(signal.SIGINT, shutdown)
