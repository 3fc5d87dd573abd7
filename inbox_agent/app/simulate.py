"""The season simulator: ``inbox-agent simulate --mails DIR --until DATE``.

Staff rehearse a configuration before going live: a folder of .eml files is replayed
against a fresh, temporary store, with a simulated clock that runs day by day through
``--until``, and the timeline shows what the daemon would have done: every mail that
came in and how it was understood, every change of an attendee's state and why, every
mail that would have gone out.

It runs the daemon's own code, not a model of it: ``pipeline.poll_once`` and
``pipeline.run_due_jobs`` with the real parse, classify, registrations and outbox
stages, wired by ``cli.bootstrap``. Only the edges are replaced:

* the IMAP server by ``MemoryMailbox``: each mail is delivered at the time of its Date
  header (which becomes its INTERNALDATE, the time every deadline is judged by);
* the SMTP server by ``RecordingSender``: nothing is sent; each message is recorded
  (and written to ``--out`` as an .eml file, exactly the bytes that would have gone out);
* the store by an in-memory one (nothing is written to disk);
* the clock by a ``FixedClock`` that the simulator moves.

When the clock stops (the checkpoints of a day), as the daemon would:

* at local midnight (deadlines end then: options lapse, places go to the waiting list);
* at ``EventRules.reminder_hour`` (reminders and payment reminders are due from then);
* at ``[digest] time`` (if ``[digest] recipients`` are set): the daily digest job;
* at each mail's arrival: the poll runs at once, then the due jobs.

At every stop the poll and the due jobs run (the daemon runs them every few minutes;
what they do depends on the calendar, not on how often they run); the digest job runs
at its time of day, as the daemon's daily trigger fires it. (The daemon also tries
the digest once when it starts, to catch up on one missed while it was down; a
simulated season has no "before", so that one is left out.)

Everything depends only on the files and the configuration: the same folder gives
the same timeline on every run (Message-IDs, times and the order of events are derived
from the mails and the calendar, never from the wall clock or from chance).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from inbox_agent.app.pipeline import poll_once, run_due_jobs, send_digest
from inbox_agent.clock import FixedClock
from inbox_agent.config import Config
from inbox_agent.errors import InboxAgentError
from inbox_agent.invitations import campaign
from inbox_agent.invitations.invitees import Reach
from inbox_agent.mail.mailbox import FolderInfo
from inbox_agent.model import OutgoingMessage, RawMessage
from inbox_agent.registrations import Attendee, Decision, EventRules, State, compute_fee
from inbox_agent.services import Services
from inbox_agent.store.db import Store

UIDVALIDITY = 1


class SeasonError(InboxAgentError, ValueError):
    """The folder of mails (or --out) cannot be used; the message says what to fix."""


# -- the mails -----------------------------------------------------------------------


@dataclass(frozen=True)
class SeasonMail:
    """One .eml file of the folder and when it reaches the (simulated) server."""

    file: str
    data: bytes
    arrives: datetime  # aware, UTC: the Date header


def load_season(folder: Path, zone: Any) -> list[SeasonMail]:
    """Every ``*.eml`` in ``folder``, in the order of their Date headers (file name
    breaks ties). A Date without a zone is read as local time of the event."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SeasonError(f"{folder} is not a folder: give --mails the folder that holds the .eml files")
    files = sorted(p for p in folder.glob("*.eml") if p.is_file())
    if not files:
        raise SeasonError(f"no .eml files in {folder}: save the mails of the season there "
                          f"(in a mail program: 'Save as' / drag them into the folder)")
    mails = []
    for path in files:
        data = path.read_bytes()
        header = BytesHeaderParser(policy=compat32).parsebytes(data).get("Date")
        try:
            when = parsedate_to_datetime(str(header)) if header else None
        except (TypeError, ValueError, IndexError):
            when = None
        if when is None:
            raise SeasonError(f"{path.name}: no readable Date header ({header!r}); the simulator "
                              f"replays mails in the order of their Date: add one, e.g. "
                              f"'Date: Mon, 10 Mar 2025 09:14:00 +0100'")
        if when.tzinfo is None:
            when = when.replace(tzinfo=zone)
        mails.append(SeasonMail(path.name, data, when.astimezone(timezone.utc)))
    return sorted(mails, key=lambda m: (m.arrives, m.file))


# -- the edges, in memory --------------------------------------------------------------


class MemoryMailbox:
    """The office mailbox without a server: what the pipeline uses of ``Mailbox``."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.messages: dict[int, RawMessage] = {}
        self.done: set[int] = set()
        self.sent: list[bytes] = []
        self._sent_ids: set[str] = set()

    def deliver(self, data: bytes, arrives: datetime) -> int:
        uid = len(self.messages) + 1
        self.messages[uid] = RawMessage(self.folder, UIDVALIDITY, uid, arrives, len(data), data)
        return uid

    def select(self, folder: str) -> FolderInfo:
        return FolderInfo(name=folder, uidvalidity=UIDVALIDITY, uidnext=len(self.messages) + 1,
                          exists=len(self.messages), keywords_allowed=True)

    def uids_after(self, last_uid: int) -> list[int]:
        return sorted(uid for uid in self.messages if uid > last_uid)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        return {uid: self.messages[uid].size for uid in uids if uid in self.messages}

    def fetch(self, folder: FolderInfo, uids: Sequence[int]) -> list[RawMessage]:
        return [self.messages[uid] for uid in sorted(uids) if uid in self.messages]

    def mark_done(self, uids: Sequence[int]) -> None:
        self.done.update(uids)

    def append_sent(self, data: bytes, when: datetime) -> None:
        self.sent.append(data)
        header = BytesHeaderParser(policy=compat32).parsebytes(data).get("Message-ID")
        if header:
            self._sent_ids.add(str(header).strip())

    def sent_contains(self, message_id: str) -> bool:
        return message_id in self._sent_ids


class RecordingSender:
    """Sends nothing: records each message with the time it would have gone out, and
    writes it to ``out`` (if given) as ``NNN-<date>-<kind>-<recipient>.eml``."""

    def __init__(self, clock: FixedClock, out: Path | None, zone: Any) -> None:
        self.clock = clock
        self.out = out
        self.zone = zone
        self.sent: list[tuple[datetime, OutgoingMessage]] = []
        self._listeners: list[Callable[[datetime, OutgoingMessage], None]] = []

    def send(self, message: OutgoingMessage) -> str:
        now = self.clock.now()
        self.sent.append((now, message))
        if self.out is not None:
            day = now.astimezone(self.zone).date().isoformat()
            who = re.sub(r"[^0-9A-Za-z@._-]+", "_", ",".join(message.recipients))
            name = f"{len(self.sent):03d}-{day}-{message.kind}-{who}.eml"
            (self.out / name).write_bytes(message.data)
        for listen in self._listeners:
            listen(now, message)
        return "250 simulated: not sent"


# -- the timeline ----------------------------------------------------------------------


_RANK = {"inbound": 0, "transition": 1, "outbound": 2}


@dataclass(frozen=True)
class Entry:
    """One line of the timeline. ``data`` holds the event's keys after ``at``/``event``."""

    at: datetime
    event: str  # inbound | transition | outbound
    data: tuple[tuple[str, Any], ...]

    def get(self, key: str) -> Any:
        return dict(self.data).get(key)


@dataclass
class SeasonResult:
    entries: list[Entry]
    attendees: list[Attendee]
    rules: EventRules
    first_day: date | None
    until: date
    not_replayed: list[str] = field(default_factory=list)  # files dated after --until
    mailbox: MemoryMailbox | None = None
    sender: RecordingSender | None = None
    reach: Reach | None = None  # the announcement's reach (with --invitees)

    def summary(self) -> dict[str, Any]:
        summary = {"event": "summary", "attendees": [_summary_row(a, self.rules) for a in self.attendees]}
        if self.reach is not None:
            summary["invitations"] = self.reach.as_dict()
        return summary

    def json_lines(self) -> Iterator[str]:
        """One JSON object per line, the summary last (see ``inbox-agent simulate``)."""
        for entry in self.entries:
            yield json.dumps({"at": _local_iso(entry.at, self.rules), "event": entry.event,
                              **dict(entry.data)}, ensure_ascii=False)
        yield json.dumps(self.summary(), ensure_ascii=False)

    def text_lines(self) -> Iterator[str]:
        """The timeline for a person: one line per event, local time, then the list."""
        for entry in self.entries:
            yield f"{_local(entry.at, self.rules):%Y-%m-%d %H:%M}  {entry.event:<10}  {_describe(entry)}"
        yield ""
        rows = [_summary_row(a, self.rules) for a in self.attendees]
        taken = sum(a.places for a in self.attendees)
        waiting = sum(a.persons for a in self.attendees if a.state == State.WAITLISTED)
        yield (f"After {self.until.isoformat()}: {len(rows)} registration(s), "
               f"{taken} of {self.rules.capacity} place(s) taken, {waiting} person(s) waiting")
        if rows:
            width = max(len(r["email"]) for r in rows)
            nwidth = max(len(r["name"] or "-") for r in rows)
            for r in rows:
                fee = "-" if r["fee"] is None else f"{r['fee']} {self.rules.currency}"
                yield (f"  {r['email']:<{width}}  {r['name'] or '-':<{nwidth}}  {r['state']:<10}  "
                       f"{r['persons']} person(s)  {fee}")
        if self.reach is not None:
            r = self.reach
            yield (f"Invitees: {r.on_list}, invited {r.invited}, answered {r.answered} (pre-registered "
                   f"{r.pre_registered}, declined {r.declined}, opted out {r.opted_out}), bounced "
                   f"{r.bounced}, silent {r.silent}, invitation reminders sent {r.reminders_sent}")
        if self.not_replayed:
            yield f"Not replayed (dated after {self.until.isoformat()}): {', '.join(self.not_replayed)}"


def _summary_row(a: Attendee, rules: EventRules) -> dict[str, Any]:
    # The fee the confirmation fixed; for an option the fee it would come to; none for
    # those who hold no place (waiting, cancelled, lapsed, pending): what a cancelled
    # binding registration still owes is the office's decision, not the simulator's.
    fee: Decimal | None = None
    if a.state in (State.REGISTERED, State.PAID):
        fee = a.fee if a.fee is not None else compute_fee(a, rules)
    elif a.state == State.OPTION:
        fee = compute_fee(a, rules)
    return {"email": a.email, "name": a.display_name() if a.name else "", "state": a.state.value,
            "persons": a.persons, "fee": _number(fee)}


def _number(amount: Decimal | None) -> int | float | None:
    if amount is None:
        return None
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _local(at: datetime, rules: EventRules) -> datetime:
    return at.astimezone(rules.tz)


def _local_iso(at: datetime, rules: EventRules) -> str:
    return _local(at, rules).isoformat()


def _describe(entry: Entry) -> str:
    d = dict(entry.data)
    if entry.event == "inbound":
        return f"{d['file']}: {d['intent']} from {d['from'] or '(no sender)'}"
    if entry.event == "transition":
        return f"{d['email']}: {d['from'] or 'new'} -> {d['to']}  ({d['cause']})"
    return f"{d['kind']} to {d['to']}"


# -- the run ---------------------------------------------------------------------------


def checkpoints(day: date, rules: EventRules, arrivals: Sequence[datetime],
                digest_at: tuple[int, int] | None = None) -> list[datetime]:
    """When the clock stops on ``day``: local midnight, the reminder hour, the digest's
    time of day (if any), each arrival."""
    fixed = {rules.local_at(day, 0), rules.local_at(day, rules.reminder_hour)}
    if digest_at is not None:
        fixed.add(digest_time(day, rules, digest_at))
    return sorted(fixed | set(arrivals))


def digest_time(day: date, rules: EventRules, digest_at: tuple[int, int]) -> datetime:
    local = datetime.combine(day, time(*digest_at), tzinfo=rules.tz)
    return local.astimezone(timezone.utc)


def simulate(
    config: Config,
    mails_dir: Path,
    until: date,
    *,
    wire: Callable[..., Services],
    out: Path | None = None,
    invitees: Path | None = None,
    announce_on: date | None = None,
) -> SeasonResult:
    """Replay the season in ``mails_dir`` through ``until`` (see the module docstring).

    ``wire`` is ``cli.bootstrap``: it builds the daemon's services from ``config`` with
    the simulator's clock, store, mailbox and sender. With ``invitees`` (a CSV file as
    ``invitees import`` reads it) the list is imported first and the announcement goes
    out at the reminder hour of ``announce_on`` (default: the first day), paced as
    ``inbox-agent announce`` sends it; the invitation reminders follow on their days.
    """
    rules = EventRules.from_config(config)
    mails = load_season(mails_dir, rules.tz)
    if out is not None:
        _prepare_out(Path(out))
    replay = [m for m in mails if rules.local_date(m.arrives) <= until]
    not_replayed = [m.file for m in mails if rules.local_date(m.arrives) > until]
    first_day = rules.local_date(replay[0].arrives) if replay else None
    if invitees is not None:  # the announcement day may come before the first mail
        announce_on = announce_on or first_day or until
        first_day = min(announce_on, first_day or announce_on)
    digest_at = config.digest.hour_minute if config.digest.recipients else None

    clock = FixedClock(rules.local_at(first_day or until))
    mailbox = MemoryMailbox(config.imap.folder)
    sender = RecordingSender(clock, Path(out) if out is not None else None, rules.tz)

    @contextmanager
    def open_mailbox() -> Iterator[MemoryMailbox]:
        yield mailbox

    @contextmanager
    def open_sender() -> Iterator[RecordingSender]:
        yield sender

    entries: list[Entry] = []
    files: dict[int, str] = {}  # uid -> file
    keys: dict[str, str] = {}  # Mail.key -> file

    with tempfile.TemporaryDirectory(prefix="inbox-agent-simulate-") as tmp:
        store = Store(Path(tmp) / "season.json", lock=False, persist=False).open()
        services = wire(config, clock=clock, store=store, open_mailbox=open_mailbox,
                        open_sender=open_sender)
        step: list[Entry] = []

        def observe(decision: Decision) -> None:
            for email, t in decision.transitions:
                step.append(Entry(t.at, "transition", (
                    ("email", email), ("from", t.from_state.value if t.from_state else None),
                    ("to", t.to_state.value), ("cause", t.cause))))

        def sent(now: datetime, message: OutgoingMessage) -> None:
            step.append(Entry(now, "outbound", (("kind", message.kind),
                                                ("to", ", ".join(message.recipients)))))

        services.observe = observe
        sender._listeners.append(sent)
        if invitees is not None:
            campaign.import_file(store, invitees, clock.now())
            store.commit()
        try:
            pending = list(replay)
            day = first_day
            while day is not None and day <= until:
                today = [m for m in pending if rules.local_date(m.arrives) == day]
                digest = digest_time(day, rules, digest_at) if digest_at else None
                for at in checkpoints(day, rules, [m.arrives for m in today], digest_at):
                    clock.set(at)
                    for mail in (m for m in today if m.arrives == at):
                        files[mailbox.deliver(mail.data, mail.arrives)] = mail.file
                    step.clear()
                    if invitees is not None and day == announce_on and at == rules.local_at(day, rules.reminder_hour):
                        # ``inbox-agent announce``, run by the office that morning.
                        campaign.announce(services, sleep=lambda s: clock.advance(timedelta(seconds=s)))
                    # The daemon's jobs, in its order: poll, due jobs, the digest.
                    report = poll_once(services)
                    run_due_jobs(services)
                    if at == digest:
                        send_digest(services)
                    for h in [*report.handled, *report.failed, *report.skipped]:
                        if h.uid in files:
                            keys[h.key] = files[h.uid]
                            step.append(Entry(at, "inbound", (
                                ("file", files[h.uid]), ("intent", h.intent),
                                ("from", _address_of(h.sender)))))
                    entries.extend(sorted(step, key=lambda e: (e.at, _RANK[e.event])))
                pending = [m for m in pending if rules.local_date(m.arrives) > day]
                day += timedelta(days=1)
            attendees = [Attendee.from_dict(r) for r in store.all("attendees")]
            reach = campaign.reach(store, rules, clock.now()) if invitees is not None else None
        finally:
            store.close()

    far = datetime.max.replace(tzinfo=timezone.utc)
    attendees.sort(key=lambda a: (a.history[0].at if a.history else far, a.email))
    entries = [_with_files(e, keys) for e in entries]
    return SeasonResult(entries, attendees, rules, first_day, until, not_replayed, mailbox, sender,
                        reach)


def _address_of(sender: str) -> str:
    """The address in ``Name <address>`` (the pipeline reports senders that way)."""
    match = re.search(r"<([^<>]*)>\s*$", sender)
    return (match[1] if match else sender).strip()


def _with_files(entry: Entry, keys: dict[str, str]) -> Entry:
    """Causes name the mail by its file (``mail:05-absage.eml``), not its Message-ID."""
    if entry.event != "transition":
        return entry
    cause = entry.get("cause") or ""
    head, sep, key = cause.partition("mail:")
    if sep and key in keys:
        cause = f"{head}mail:{keys[key]}"
    return Entry(entry.at, entry.event, tuple((k, cause if k == "cause" else v) for k, v in entry.data))


def _prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise SeasonError(f"--out {out} is a file: give a folder for the outgoing mails")
    if out.is_dir() and any(out.glob("*.eml")):
        raise SeasonError(f"--out {out} already holds .eml files (from an earlier run?): "
                          f"delete them or give another folder, so the two runs do not mix")
    out.mkdir(parents=True, exist_ok=True)


__all__ = ["simulate", "load_season", "checkpoints", "SeasonResult", "SeasonMail", "Entry",
           "MemoryMailbox", "RecordingSender", "SeasonError"]
