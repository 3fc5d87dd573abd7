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

History is read, parsed and classified like any mail and kept as a message record with
``history: true`` (sender, intent, fields, date, the office's answer if one is found), so
a later mail of the same person is understood in context; nothing is decided: no reply,
no task, no attendee record, no reminder. It gets the done keyword (read with
BODY.PEEK, so the staff's unread marks stay), and a mail that cannot be read is kept as
far as it can be, never as a failure for staff to handle. The office's earlier answers
are found in the Sent folder (``adopt_sent``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from inbox_agent.app.adopt_sent import (
    Answer,
    Envelope,
    SentIndex,
    envelope,
    fields_record,
)
from inbox_agent.app.readlane import Read, Reads
from inbox_agent.app.report import ALREADY_HANDLED, Handled, PollReport, who
from inbox_agent.errors import MailboxError
from inbox_agent.i18n import N_
from inbox_agent.mail.mailbox import FolderInfo, Mailbox
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Intent, Mail, RawMessage, Reason, Verdict, reason_of
from inbox_agent.outbox.optouts import is_unsubscribe_subject, record_optout
from inbox_agent.services import Services
from inbox_agent.understanding.classify import classify

log = logging.getLogger(__name__)

GRACE = timedelta(hours=24)  # mail of the last day before the first start is answered
META_KEY = "adoption"
ADOPTED = Reason.of(N_("no reply: adopted as history (in the mailbox before the adoption)"))


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

    @classmethod
    def start(cls, services: Services, box: Mailbox) -> "Adoption":
        """At the start of a poll: the moment, recorded now if this is the first start."""
        return cls(services, box, moment(services, record=True))

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

    def take(self, raws: Sequence[RawMessage], report: PollReport,
             reads: Reads | None = None) -> tuple[list[RawMessage], list[int]]:
        """Record the history among ``raws`` (a poll's batch): the mails left to handle
        as always, and the UIDs recorded as history. ``reads``: what a burst's worker
        process parsed and classified of the batch (``readlane``), used, not read again."""
        rest: list[RawMessage] = []
        done: list[int] = []
        m = self.moment
        for raw in raws:
            if m.is_history(raw.internaldate) or m.was_there(raw.internaldate):
                env = envelope(raw.uid, raw.internaldate, raw.data)
                history, answer = self.judge(env)
                if history:
                    answer, loser = self._linked(env, answer)
                    if loser is not None:
                        _unlink(self.services, loser)
                    read = reads.get(raw) if reads is not None else None
                    report.handled.append(record(self.services, raw, answer, read))
                    done.append(raw.uid)
                    continue
            rest.append(raw)
        return rest, done

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

    @property
    def answered(self) -> int:
        return sum(1 for _, answer in self.history if answer is not None)


def record(services: Services, raw: RawMessage, answer: Answer | None,
           read: Read | None = None) -> Handled:
    """Keep one history mail as a message record; decide nothing. ``read``: the mail
    already parsed and classified (by the worker process), else both are done here."""
    store = services.store
    failure_key = f"{raw.folder}:{raw.uidvalidity}:{raw.uid}"
    now = services.clock.now()
    mail: Mail | None = None
    try:
        mail = read[0] if read is not None else parse_bytes(raw.data, received_at=raw.internaldate)
        if store.get("messages", mail.key) is not None:
            store.delete("failures", failure_key)  # recreated folder, copied back: known
            return Handled(raw.uid, mail.key, who(mail), mail.subject, "duplicate",
                           ALREADY_HANDLED)
        cfg = services.config
        verdict = read[1] if read is not None else classify(
            mail, services.rules, own_addresses=cfg.office.own_addresses,
            own_domain=cfg.office.domain)
    except Exception as exc:  # history is kept as far as it can be read, never a failure
        log.info("history mail UID %s could not be read in full: %s", raw.uid, exc)
        key = mail.key if mail is not None else failure_key
        store.put("messages", _record(raw, mail, None, answer, now) | {"key": key})
        store.delete("failures", failure_key)
        return Handled(raw.uid, key, who(mail), mail.subject if mail else "", "history", ADOPTED)
    store.put("messages", _record(raw, mail, verdict, answer, now))
    store.delete("failures", failure_key)
    _honour_optout(services, mail, verdict, raw.internaldate)
    return Handled(raw.uid, mail.key, who(mail), mail.subject, str(verdict.intent), ADOPTED)


def _honour_optout(services: Services, mail: Mail, verdict: Verdict, at: datetime) -> None:
    """An opt-out is honoured forever, also one written before the adoption: history is
    not answered, but nobody who asked for no more circulars gets one."""
    sender = mail.sender.key if mail.sender else ""
    asked = verdict.intent is Intent.OPT_OUT or (
        is_unsubscribe_subject(mail.subject) and verdict.intent is not Intent.BOUNCE)
    if asked and sender and sender not in services.config.office.own_addresses:
        record_optout(services.store, sender, at, "mail", f"history:{mail.key}")


def _unlink(services: Services, mail: Envelope) -> None:
    """The office's answer went to a later mail of the same sender: not to this one."""
    rec = services.store.get("messages", mail.message_id or "")
    if rec is not None and rec.get("history") and rec.get("answered_by_office"):
        services.store.put("messages", {**rec, "answered_by_office": None})


def _record(raw: RawMessage, mail: Mail | None, verdict: Verdict | None,
            answer: Answer | None, now: datetime) -> dict:
    """A history mail's message record: who wrote what, when, and the office's answer."""
    sender = mail.sender.key if mail is not None and mail.sender else ""
    return {
        "key": mail.key if mail is not None else "",
        "history": True,
        "folder": raw.folder, "uidvalidity": raw.uidvalidity, "uid": raw.uid,
        "received_at": raw.internaldate.isoformat(),
        "handled_at": now.isoformat(),
        "date": mail.date.isoformat() if mail is not None and mail.date else None,
        "from": who(mail), "email": sender,
        "subject": mail.subject[:300] if mail is not None else "",
        "intent": str(verdict.intent) if verdict else "other",
        "auto_reply": False,
        "language": verdict.language if verdict else None,
        "fields": fields_record(verdict.fields) if verdict else {},
        "rules": [Reason.of(N_("{rule}: {why}"), rule=h.rule, why=reason_of(h.reason)).to_dict()
                  for h in (verdict.rule_hits if verdict else ())],
        "replies": [], "needs_human": [], "notes": [],
        "answered_by_office": answer.to_dict() if answer else None,
        "excerpt": mail.text[:400] if mail is not None else "",
    }


def adopt(services: Services, box: Mailbox, folder: FolderInfo, state: dict,
          progress: Callable[[int, int], None] | None = None) -> Plan:
    """``inbox-agent adopt``: record the moment (if not yet) and every history mail that
    the next poll would read, now, answering nothing; a dry run (``services.dry_run``)
    only tells what would be done, through the same judgement."""
    uids = box.uids_after(state["last_uid"])
    adoption = Adoption(services, box, moment(services, record=not services.dry_run))
    plan = adoption.plan(uids)
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
        if progress is not None:
            progress(min(start + size, len(todo)), len(todo))
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


__all__ = ["Adoption", "Moment", "Plan", "GRACE", "moment", "adopt", "record", "ADOPTED"]
