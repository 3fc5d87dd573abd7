"""Adopting a mailbox: the mail that was there before the first start is history.

An office mailbox in use for years holds mail nobody wants answered again (issue 12:
three pre-registrations from May 2023 received the 2027 programme on the first start).
So at the first start on a store the *adoption moment* is recorded (meta ``adoption``),
and every mail is judged by when it reached the server (IMAP INTERNALDATE, the time the
deadlines use too):

- mail that arrived before the **cut-off** is history: ``[imap] answer_since`` when it is
  set (a local time of the event's time zone), else the first start less ``GRACE``
  (24 hours). A mail of the last day before the first start is the office's open
  backlog and is answered, as a mail dropped into a new mailbox is;
- mail that was there before the first start and that the office has answered already
  (its reply is in the Sent folder) is history as well, whatever the cut-off says;
- everything else is handled as always. The cut-off never moves: not at a restart (a
  daemon down for a week answers what came meanwhile, once), not for a recreated folder
  (new UIDVALIDITY). A store that was polling before adoption existed adopts nothing.

History is kept as a message record with ``history: true``, so a later mail of the
same person is understood in context; nothing is decided: no reply, no task, no
attendee record, no reminder. At the first start a history mail is recorded from its
header (``history``: sender, subject, dates, the thread, the office's answer from the
Sent folder, ``adopt_sent``), which costs about what fetching it costs; its body (what
it told, its intent, an opt-out) is read in the polls that follow, a batch at a time
(``Adoption.read_some``: up to ``BUDGET`` seconds at the start of a poll, none while new
mail waits), and at once where it matters sooner: a mail whose header says it may be
an opt-out (its subject, a reply to an announcement), and the history of a writer whose
new mail is about to be decided. A burst's worker process is given no mail from before
the cut-off (``may_be_history``): it would read every body ahead of the header record.
``inbox-agent adopt`` reads them all at once. The result is the record a full read at
the first start made. A history mail gets the done keyword (read with BODY.PEEK, so the
staff's unread marks stay), and a mail that cannot be read is kept as far as it can
be, never as a failure for staff to handle.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from inbox_agent.app import history as hist
from inbox_agent.app.adopt_sent import Answer, Envelope, SentIndex, envelope
from inbox_agent.app.readlane import ReadLane, Reads
from inbox_agent.app.report import PollReport
from inbox_agent.errors import MailboxError
from inbox_agent.mail.mailbox import FolderInfo, Mailbox
from inbox_agent.model import RawMessage
from inbox_agent.services import Services

log = logging.getLogger(__name__)

GRACE = timedelta(hours=24)  # mail of the last day before the first start is answered
# Seconds of history reading at the start of a poll (``Adoption.read_some``; it stops
# at once when new mail comes in). About 2,500 of the benchmark's mails: 10,000 are read
# in four polls.
BUDGET = 10.0
META_KEY = "adoption"


@dataclass(frozen=True)
class Moment:
    """When this store adopted its mailbox, and the cut-off that follows from it."""

    at: datetime  # the first start (now, when it is not recorded yet)
    before: datetime | None  # mail that arrived before this is history; None: none is
    source: str  # "answer_since", "first_start" or "store_in_use"
    recorded: bool = True  # False: a dry run tells what the first start would record

    def is_history(self, arrived: datetime) -> bool:
        """Did a mail that arrived then come before the cut-off?"""
        return self.before is not None and arrived < self.before

    def was_there(self, arrived: datetime) -> bool:
        """Was a mail that arrived then in the mailbox at the first start?"""
        return self.source != "store_in_use" and arrived < self.at


def moment(services: Services, *, record: bool) -> Moment:
    """The adoption moment of this store; at the first start it is recorded now (with
    ``record``; a dry run only tells what it would be). ``[imap] answer_since`` sets the
    cut-off whatever was recorded."""
    store = services.store
    rec = store.get("meta", META_KEY)
    recorded = rec is not None
    if rec is None:
        now = services.clock.now()
        # A store that was polling before this version: its mail was handled then.
        in_use = store.get("meta", "last_poll") is not None
        rec = {"key": META_KEY, "at": now.isoformat(),
               "before": None if in_use else (now - GRACE).isoformat(),
               "source": "store_in_use" if in_use else "first_start"}
        if record:
            # Staged: durable with the first commit of the poll, which is also the first
            # that records anything judged by it (a crash before leaves nothing to judge).
            store.put("meta", rec)
            recorded = True
            log.info("adoption moment recorded: %s (mail before %s is history)",
                     rec["at"], rec["before"])
    before = datetime.fromisoformat(rec["before"]) if rec.get("before") else None
    source = rec["source"]
    since = services.config.imap.answer_since
    if since is not None:
        before = since if since.tzinfo else since.replace(tzinfo=ZoneInfo(services.event.timezone))
        source = "answer_since"
    return Moment(datetime.fromisoformat(rec["at"]), before, source, recorded)


class Adoption:
    """The adoption as one poll (or ``adopt``) applies it: the moment, and the office's
    earlier answers from the Sent folder (read once, when the first mail from before
    the first start comes by; after the adoption no poll reads it)."""

    def __init__(self, services: Services, box: Mailbox, at: Moment) -> None:
        self.services = services
        self.box = box
        self.moment = at
        self._sent: SentIndex | None = None
        self.bodies_read = 0  # history bodies read at the start of this poll

    @classmethod
    def start(cls, services: Services, box: Mailbox) -> "Adoption":
        """At the start of a poll: the moment, recorded now if this is the first start,
        and the next history bodies read (``read_some``)."""
        adoption = cls(services, box, moment(services, record=True))
        adoption.bodies_read = adoption.read_some()
        return adoption

    def sent(self) -> SentIndex:
        """The office's mails in the Sent folder, from before the first start."""
        if self._sent is None:
            cfg = self.services.config
            read = getattr(self.box, "headers", None)  # a simulated mailbox has no Sent folder
            rows = read(folder=cfg.imap.sent_folder) if read is not None else []
            self._sent = SentIndex((envelope(*row) for row in rows), until=self.moment.at,
                                   own=cfg.office.own_addresses)
        return self._sent

    def judge(self, env: Envelope) -> tuple[bool, Answer | None]:
        """Is this mail history, and which earlier answer of the office it has."""
        m = self.moment
        if not (m.is_history(env.arrived) or m.was_there(env.arrived)):
            return False, None  # came after the first start: handled as always
        answer = self.sent().answer(env)
        return m.is_history(env.arrived) or answer is not None, answer

    def _linked(self, env: Envelope, answer: Answer | None) -> tuple[Answer | None, Envelope | None]:
        """``answer`` as ``env`` keeps it, and the mail that loses it to ``env``."""
        return self.sent().claim(env, answer) if answer is not None else (None, None)

    def may_be_history(self, raw: RawMessage) -> bool:
        """``raw`` arrived before the cut-off, so it is history (recorded from its header
        by ``take``): not worth a full read ahead. (A mail of the last day the office
        answered is history too, but that takes the Sent folder to know; it is read.)"""
        return self.moment.is_history(raw.internaldate)

    def take(self, raws: Sequence[RawMessage], report: PollReport,
             reads: Reads | None = None) -> tuple[list[RawMessage], list[int]]:
        """Record the history among ``raws`` (a poll's batch): the mails left to handle
        as always, and the UIDs recorded as history. A history mail is recorded from its
        header (``history.light_record``), its body read later (``read_some``), unless
        ``reads`` has it: what a burst's worker process parsed and classified of the
        batch (``readlane``), used, not read again. A writer of the rest who has history
        still unread gets it read now, before their new mail is decided."""
        rest: list[RawMessage] = []
        done: list[int] = []
        light: list[int] = []
        m = self.moment
        for raw in raws:
            # A mail that was there at the first start is history only if the office
            # answered it: with nothing in Sent its header need not be read.
            if m.is_history(raw.internaldate) or (m.was_there(raw.internaldate)
                                                  and not self.sent().answers_none()):
                env = envelope(raw.uid, raw.internaldate, raw.data)
                history, answer = self.judge(env)
                if history:
                    answer, loser = self._linked(env, answer)
                    if loser is not None:
                        _unlink(self.services, loser)
                    read = reads.get(raw) if reads is not None else None
                    handled = (hist.record(self.services, raw, answer, read)
                               if read is not None or hist.read_now(env)
                               else hist.record_light(self.services, raw, env, answer))
                    if handled.intent == hist.UNREAD:
                        light.append(raw.uid)
                    report.add(handled)
                    done.append(raw.uid)
                    continue
            rest.append(raw)
        if light or rest:
            unread = hist.Unread.of(self.services.store)
            if light:
                unread.add(raws[0].folder, raws[0].uidvalidity, light)
            if rest and unread:
                self._read_writers(rest, unread)
            unread.save(self.services.store)
        return rest, done

    def _read_writers(self, raws: Sequence[RawMessage], unread: hist.Unread) -> None:
        """The unread history of the writers of ``raws``, read now (issue 13: a later
        mail is understood with what the writer told before)."""
        raw = raws[0]
        if not unread.of_folder(raw.folder, raw.uidvalidity):
            _given_up(unread, raw.folder)
            return
        store = self.services.store
        writers = {envelope(r.uid, r.internaldate, r.data).sender for r in raws} - {""}
        uids = sorted({rec["uid"] for w in writers for rec in store.find("messages", email=w)
                       if rec.get(hist.UNREAD) and rec.get("uid") in unread
                       and unread.of_folder(rec.get("folder", ""), rec.get("uidvalidity", 0))})
        if uids:
            folder = FolderInfo(raw.folder, raw.uidvalidity, None, 0, True)
            hist.read_unread(self.services, self.box, folder, unread, uids)

    def read_some(self, *, everything: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> int:
        """At the start of a poll: the next history mails whose bodies are unread, a
        batch at a time, each batch committed, for up to ``BUDGET`` seconds, and not
        while new mail waits (it is asked before each batch: new mail goes first, the
        history after it). ``everything``: all of them, as ``adopt`` does. Returns how
        many were read."""
        services, store = self.services, self.services.store
        unread = hist.Unread.of(store)
        if not unread or services.dry_run or unread.folder != services.config.imap.folder:
            return 0
        folder = self.box.select(unread.folder)
        if folder.uidvalidity != unread.uidvalidity:
            _given_up(unread, unread.folder)
            unread.save(store)
            store.commit()
            return 0
        state = store.get("folders", folder.name)
        until = None if everything else time.monotonic() + BUDGET
        total, count, size = len(unread), 0, services.config.imap.batch_size
        # All of it at once (``adopt``): on both cores where the machine has one to spare,
        # the worker given the next batch while this process records the one before.
        with ReadLane.for_burst(services.config, services.rules,
                                -(-total // size) if everything else 0) as lane:
            ahead: tuple[list[int], hist.Fetched] | None = None
            while unread and (until is None or time.monotonic() < until or not count):
                if until is not None and state is not None and self.box.uids_after(state["last_uid"]):
                    break  # new mail waits
                uids = unread.first(size)
                fetched = ahead[1] if ahead is not None and ahead[0] == uids else \
                    hist.fetch_unread(self.box, folder, uids, lane)
                later = unread.first(2 * size)[len(uids):] if lane.pool is not None else []
                ahead = (later, hist.fetch_unread(self.box, folder, later, lane)) if later else None
                count += hist.read_unread(services, self.box, folder, unread, uids, fetched)
                unread.save(store)
                store.commit()
                if progress is not None:
                    progress(total - len(unread), total)
        return count

    def plan(self, uids: Sequence[int]) -> "Plan":
        """What would be history and what would be handled among ``uids`` (headers only)."""
        plan = Plan(self.moment)
        where: dict[int, int] = {}  # UID -> its place in plan.history
        for row in self.box.headers(uids):
            env = envelope(*row)
            history, answer = self.judge(env)
            if history:
                answer, loser = self._linked(env, answer)
                if loser is not None and loser.uid in where:
                    plan.history[where[loser.uid]] = (loser, None)
                where[env.uid] = len(plan.history)
                plan.history.append((env, answer))
            else:
                plan.handle.append(env)
        return plan


@dataclass
class Plan:
    """``inbox-agent adopt``: what is history (with the office's answer, if found) and
    what the next poll handles as new mail."""

    moment: Moment
    history: list[tuple[Envelope, Answer | None]] = field(default_factory=list)
    handle: list[Envelope] = field(default_factory=list)
    recorded: int = 0  # history mails recorded now (0 in a dry run)
    unread: int = 0  # history recorded from the header, the body still to be read
    read: int = 0  # history bodies read now (0 in a dry run)

    @property
    def answered(self) -> int:
        return sum(1 for _, answer in self.history if answer is not None)


def _given_up(unread: hist.Unread, folder: str) -> None:
    """The folder was recreated (a new UIDVALIDITY) before every history body was read:
    the UIDs name nothing any more; those mails stay recorded from their headers."""
    log.warning("%s was recreated before %d history mail(s) were read in full; they stay "
                "recorded from their headers", folder, len(unread))
    unread.clear()


def _unlink(services: Services, mail: Envelope) -> None:
    """The office's answer went to a later mail of the same sender: not to this one."""
    rec = services.store.get("messages", mail.message_id or "")
    if rec is not None and rec.get("history") and rec.get("answered_by_office"):
        services.store.put("messages", {**rec, "answered_by_office": None})


def adopt(services: Services, box: Mailbox, folder: FolderInfo, state: dict,
          progress: Callable[[int, int], None] | None = None) -> Plan:
    """``inbox-agent adopt``: record the moment (if not yet) and every history mail that
    the next poll would read, now, answering nothing; a dry run (``services.dry_run``)
    only tells what would be done, through the same judgement."""
    uids = box.uids_after(state["last_uid"])
    adoption = Adoption(services, box, moment(services, record=not services.dry_run))
    plan = adoption.plan(uids)
    plan.unread = len(hist.Unread.of(services.store))
    if services.dry_run:
        return plan
    services.store.commit()  # the moment, recorded now
    todo = [env.uid for env, _ in plan.history]
    report = PollReport()
    size = services.config.imap.batch_size
    adopted: set[int] = set()
    for start in range(0, len(todo), size):
        _, done = adoption.take(box.fetch(folder, todo[start:start + size]), report)
        plan.recorded += len(done)
        adopted.update(done)
        state = _advance(services, box, state, uids, adopted, done)
    plan.read = adoption.read_some(everything=True, progress=progress)  # the bodies too
    plan.unread = len(hist.Unread.of(services.store))
    return plan


def _advance(services: Services, box: Mailbox, state: dict, uids: Iterable[int],
             adopted: set[int], done: list[int]) -> dict:
    """After a batch: the folder position moves over the history recorded so far, never
    past a mail still to handle (a poll would read history above it again and know it
    by its Message-ID); the batch is durable, then gets the done keyword."""
    store = services.store
    last = state["last_uid"]
    for uid in sorted(u for u in uids if u > last):
        if uid not in adopted:
            break
        last = uid
    state = {**state, "last_uid": last,
             "unflagged": sorted(set(state.get("unflagged", [])) | set(done))}
    store.put("folders", state)
    store.commit()
    try:
        box.mark_done(state["unflagged"])
    except MailboxError as exc:  # keywords are a convenience; the store is the record
        log.warning("could not set the done keyword: %s", exc)
        return state
    state = {**state, "unflagged": []}
    store.put("folders", state)
    store.commit()
    return state


ADOPTED = hist.ADOPTED
record = hist.record

__all__ = ["Adoption", "Moment", "Plan", "GRACE", "moment", "adopt", "record", "ADOPTED"]
