"""Delivering the outbox: the due entries, one by one, through the same phases.

1. pick: what is due and may go now (the bulk rate, an address that opted out
   meanwhile, the hourly cap of automatic answers hold an entry back);
2. reconcile: an entry whose Message-ID is in the Sent folder already (looked up
   among the mails filed since it was planned, ``sentcheck``), or that the SMTP server
   accepted just before an interruption (``Store.noted_sent``), is marked sent, not
   sent again;
3. send: compose it and hand it to the SMTP server;
4. note it at once (``Store.note_sent``: the server said 250), then copy it to Sent;
5. record: stage the entry as sent (the caller commits once afterwards).

The order of 3 to 5 is the guarantee RELIABILITY.md describes, and the crash tests
kill the process between each of them: do not change it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from inbox_agent import i18n
from inbox_agent.errors import SendError, SendRefused
from inbox_agent.faults import point, unkillable
from inbox_agent.model import OutgoingMessage, PlannedMail, Reason
from inbox_agent.outbox import limits, reasons
from inbox_agent.outbox.compose import KindPolicy, planned_from
from inbox_agent.outbox.optouts import history_unread, is_opted_out
from inbox_agent.outbox.sentcheck import SentCheck
from inbox_agent.store.db import Store

log = logging.getLogger(__name__)

PLANNED, SENT, FAILED = "planned", "sent", "failed"
SUPPRESSED = "suppressed"  # an outbox status: withheld (opted out, or [limits])
# Backoff for temporary SMTP failures: 1, 2, 4, ... minutes, at most an hour.
_BACKOFF_MAX = timedelta(hours=1)


class Sender(Protocol):
    def send(self, message: OutgoingMessage) -> str: ...


class SentFolder(Protocol):
    def append_sent(self, data: bytes, when: datetime) -> None: ...
    def sent_contains(self, message_id: str) -> bool: ...
    # Optional, for speed (``Mailbox`` has both; ``sentcheck`` uses them):
    # def sent_copies(self, uidvalidity: int, start: int) -> SentCopies: ...
    # def sent_message_ids(self, message_ids: Sequence[str]) -> set[str]: ...


class Mailer(Protocol):
    """What delivering needs of the ``Outbox``."""

    limits: limits.LimitSettings | None

    def compose(self, planned: PlannedMail, now: datetime) -> OutgoingMessage: ...
    def policy(self, kind: str) -> KindPolicy: ...
    def next_bulk_slot(self, store: Store, now: datetime) -> datetime: ...
    def take_bulk_slot(self, store: Store, now: datetime) -> None: ...


@dataclass
class DeliveryReport:
    sent: list[OutgoingMessage] = field(default_factory=list)
    reconciled: list[str] = field(default_factory=list)  # found in Sent: not re-sent
    deferred: list[tuple[str, str]] = field(default_factory=list)  # (message_id, why)
    failed: list[tuple[str, str]] = field(default_factory=list)
    paced: list[str] = field(default_factory=list)  # bulk mails held back by the rate
    suppressed: list[str] = field(default_factory=list)  # withheld: the recipient opted out


class Delivery:
    """One ``Outbox.deliver``: every result is staged in ``store``, nothing committed."""

    def __init__(self, outbox: Mailer, store: Store, sender: Sender,
                 sent_folder: SentFolder | None, now: datetime) -> None:
        self.outbox, self.store, self.sender = outbox, store, sender
        self.sent_folder, self.now = sent_folder, now
        self.report = DeliveryReport()
        self.noted = store.noted_sent()
        self.capped: list[str] = []  # waiting for the hourly cap
        self.picked = 0  # answers under the hourly cap picked, not yet recorded

    def run(self, due: Sequence[dict]) -> DeliveryReport:
        """Deliver ``due`` in order; stop at the first temporary SMTP failure."""
        for job in self.pick(due):
            if not self.record(wire([job], self.sender, self.sent_folder, self.store, self.now)):
                break  # the server is in trouble: the rest waits for the next poll
        return self.finish()

    def pick(self, due: Sequence[dict]) -> Iterator[Job]:
        """The entries of ``due`` that go now, each composed (phases 1 and 2; what is
        held back or found sent is staged here). Consumed one by one (``run``) each is
        recorded before the next is picked; taken all at once (the pipelined poll) the
        hourly cap counts the ones picked and not yet recorded."""
        in_sent = SentCheck(self.sent_folder, due, self.store)
        for index, entry in enumerate(due):
            if self._held(entry, lambda index=index: in_sent(index)):
                continue
            if self.outbox.policy(entry["kind"]).bulk:
                self.outbox.take_bulk_slot(self.store, self.now)
            if entry.get("limited"):
                self.picked += 1
            yield Job(entry, self.outbox.compose(planned_from(entry), self.now))

    def record(self, results: Sequence[Wired]) -> bool:
        """Stage what ``wire`` did with the picked jobs (phase 5); False after a
        temporary SMTP failure (the jobs after it were not tried and stay planned)."""
        for done in results:
            entry, mid = done.job.entry, done.job.entry["key"]
            if entry.get("limited"):
                self.picked -= 1
            if isinstance(done.error, SendRefused):
                self.store.put("outbox", {**entry, "status": FAILED, **_failure(done.error),
                                          "attempts": entry["attempts"] + 1})
                self.report.failed.append((mid, str(done.error)))
            elif done.error is not None:
                attempts = entry["attempts"] + 1
                wait = min(timedelta(minutes=2 ** (attempts - 1)), _BACKOFF_MAX)
                self.store.put("outbox", {**entry, "attempts": attempts, **_failure(done.error),
                                          "next_try": (self.now + wait).isoformat()})
                self.report.deferred.append((mid, str(done.error)))
                return False
            else:
                self._record_sent(entry, done.job.message, done.answer)
        return True

    def finish(self) -> DeliveryReport:
        self._tell_about_cap()
        return self.report

    # -- pick and reconcile ---------------------------------------------------------

    def _held(self, entry: dict, in_sent: Callable[[], bool]) -> bool:
        """True if ``entry`` does not go now: held back, or sent already (then it is
        marked sent). Checked in this order: the rate first, so a paced bulk mail
        costs no Sent lookup."""
        mid = entry["key"]
        bulk = self.outbox.policy(entry["kind"]).bulk
        if bulk and (self.outbox.next_bulk_slot(self.store, self.now) > self.now
                     or history_unread(self.store)):
            # stays planned; goes when the rate allows, and not before every adopted
            # history mail is read (an opt-out may be in one of them)
            self.report.paced.append(mid)
            return True
        if in_sent():
            self._reconcile(entry, reasons.FOUND_IN_SENT)
            return True
        if mid in self.noted:  # accepted by SMTP just before an interruption (note_sent)
            self._file_late_copy(entry)
            self._reconcile(entry, reasons.ACCEPTED_BEFORE_INTERRUPTION)
            return True
        if bulk and is_opted_out(self.store, entry["to"]):
            self.store.put("outbox", {**entry, "status": SUPPRESSED, "context": {},
                                      **_error(reasons.OPTED_OUT)})
            self.report.suppressed.append(mid)
            return True
        return self._waits_for_cap(entry)

    def _reconcile(self, entry: dict, why: Reason) -> None:
        self.store.put("outbox", {**entry, "status": SENT, "sent_at": self.now.isoformat(),
                                  "context": {}, **_error(why)})
        self.report.reconciled.append(entry["key"])

    def _waits_for_cap(self, entry: dict) -> bool:
        """The hourly cap: an answer over it waits, planned, for its turn."""
        settings = self.outbox.limits
        if not entry.get("limited") or settings is None:
            return False
        slot = limits.next_send_slot(self.store, self.now, settings, extra=self.picked)
        if slot is None:
            return False
        why = reasons.cap_wait(settings.replies_per_hour)
        self.store.put("outbox", {**entry, "next_try": slot.isoformat(),
                                  **reasons.error_fields(why, reasons.german(why))})
        self.report.deferred.append((entry["key"], i18n.render(why)))
        self.capped.append(entry["key"])
        return True

    def _file_late_copy(self, entry: Mapping[str, Any]) -> None:
        """The Sent copy of a reply whose run stopped between the SMTP server's 250 and
        the copy: composed again (the same message, a new Date) and filed now."""
        if self.sent_folder is None:
            return
        try:
            message = self.outbox.compose(planned_from(entry), self.now)
            self.sent_folder.append_sent(message.data, self.now)
        except Exception as exc:  # the reply went out; a missing copy is no reason to fail
            log.warning("could not file the copy of %s in the Sent folder: %s", entry["key"], exc)

    # -- record ---------------------------------------------------------------------

    def _record_sent(self, entry: dict, message: OutgoingMessage, answer: str) -> None:
        self.store.put("outbox", {**entry, "status": SENT, "sent_at": self.now.isoformat(),
                                  "attempts": entry["attempts"] + 1, **_error(None),
                                  "context": {}, "smtp_answer": answer[:200]})
        if entry.get("limited") and self.outbox.limits is not None:
            limits.count_sent(self.store, self.now, self.outbox.limits)
        self.report.sent.append(message)

    def _tell_about_cap(self) -> None:
        settings = self.outbox.limits
        if not self.capped or settings is None:
            return
        until = limits.next_send_slot(self.store, self.now, settings) or self.now
        log.warning("%s automatic answer(s) wait: more than %s in an hour ([limits] "
                    "replies_per_hour); they go from %s", len(self.capped),
                    settings.replies_per_hour, until.isoformat(timespec="minutes"))
        limits.cap_task(self.store, self.now, len(self.capped), until, settings)


@dataclass(frozen=True)
class Job:
    """An entry that goes now and its composed message."""

    entry: dict
    message: OutgoingMessage


@dataclass(frozen=True)
class Wired:
    """What the wire did with a job: the server's answer, or its refusal or trouble."""

    job: Job
    answer: str = ""
    error: SendError | SendRefused | None = None


def wire(jobs: Iterable[Job], sender: Sender, sent_folder: SentFolder | None, store: Store,
         now: datetime) -> list[Wired]:
    """Phases 3 and 4 for ``jobs`` in order (each taken as it comes: the pipelined poll
    hands them over as they are composed): send, note at once, copy to Sent. Stops
    after the first temporary failure. Touches the store only through ``note_sent``
    (thread-safe), so the pipelined poll runs it in its wire thread."""
    out = []
    for job in jobs:
        point("before-smtp")
        with unkillable():  # from the 250 to its note (faults: the window SMTP leaves)
            try:
                answer = sender.send(job.message)
            except SendRefused as exc:
                out.append(Wired(job, error=exc))
                continue
            except SendError as exc:
                out.append(Wired(job, error=exc))
                break
            # Accepted by SMTP: say so at once (a local append, microseconds), then
            # file the copy in Sent. A crash from here on does not send it again.
            store.note_sent(job.entry["key"])
        point("after-smtp")
        _copy_to_sent(sent_folder, job.entry["key"], job.message, now)
        out.append(Wired(job, answer=answer))
    return out


def _copy_to_sent(folder: SentFolder | None, mid: str, message: OutgoingMessage,
                  now: datetime) -> None:
    if folder is None:
        return
    try:
        folder.append_sent(message.data, now)
    except Exception as exc:  # a missing Sent copy must not cause a resend
        log.warning("could not copy %s to the Sent folder: %s", mid, exc)
    point("after-sent-copy")


def _error(reason: Reason | None) -> dict[str, Any]:
    """``error`` as it always was for these (English) and the reason to render."""
    return reasons.error_fields(reason, reason.english() if reason is not None else None)


def _failure(exc: SendError | SendRefused) -> dict[str, Any]:
    """The SMTP server's refusal or trouble: its words, and its reason if it gave one."""
    return reasons.error_fields(exc.reason, str(exc))
