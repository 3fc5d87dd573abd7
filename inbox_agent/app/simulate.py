"""The season simulator: ``inbox-agent simulate --mails DIR --until DATE``.

Staff rehearse a configuration before going live: a folder of .eml files is replayed
against a fresh, temporary store, with a simulated clock that runs day by day through
``--until``, and the timeline shows what the daemon would have done: every mail that
came in and how it was understood, every change of an attendee's state and why, every
mail that would have gone out.

It runs the daemon's own code, not a model of it: ``pipeline.poll_once`` and
``pipeline.run_due_jobs`` with the real parse, classify, registrations and outbox
stages, wired by ``app.bootstrap``. Only the edges are replaced:

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

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from inbox_agent.app.digestjob import send_digest
from inbox_agent.app.pipeline import PollReport, poll_once, run_due_jobs
from inbox_agent.app.season import (
    MemoryMailbox,
    RecordingSender,
    SeasonError,
    SeasonMail,
    checkpoints,
    digest_time,
    load_season,
    prepare_out,
)
from inbox_agent.app.timeline import (
    RANK,
    Entry,
    SeasonResult,
    inbound,
    outbound,
    transition,
    with_files,
)
from inbox_agent.clock import FixedClock
from inbox_agent.config import Config
from inbox_agent.invitations import campaign
from inbox_agent.invitations.invitees import Reach
from inbox_agent.model import OutgoingMessage
from inbox_agent.registrations import Attendee, Decision, EventRules
from inbox_agent.services import Services
from inbox_agent.store.db import Store


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

    ``wire`` is ``app.bootstrap``: it builds the daemon's services from ``config`` with
    the simulator's clock, store, mailbox and sender. With ``invitees`` (a CSV file as
    ``invitees import`` reads it) the list is imported first and the announcement goes
    out at the reminder hour of ``announce_on`` (default: the first day), paced as
    ``inbox-agent announce`` sends it; the invitation reminders follow on their days.
    """
    rules = EventRules.from_config(config)
    mails = load_season(mails_dir, rules.tz)
    if out is not None:
        prepare_out(Path(out))
    plan = _Plan.of(config, rules, mails, until, invitees, announce_on)
    with tempfile.TemporaryDirectory(prefix="inbox-agent-simulate-") as tmp:
        store = Store(Path(tmp) / "season.json", lock=False, persist=False).open()
        try:
            replay = _Replay(config, plan, store, wire, Path(out) if out is not None else None)
            if invitees is not None:
                campaign.import_file(store, invitees, replay.clock.now())
                store.commit()
            replay.through_the_season()
            attendees = [Attendee.from_dict(r) for r in store.all("attendees")]
            reach = campaign.reach(store, rules, replay.clock.now()) if invitees is not None else None
        finally:
            store.close()
    return replay.result(attendees, reach)


@dataclass(frozen=True)
class _Plan:
    """What is replayed, from which day through which, and when the office acts."""

    rules: EventRules
    replay: list[SeasonMail]  # the mails dated through ``until``
    not_replayed: list[str]  # the files dated after it
    first_day: date | None  # None: nothing to replay and no announcement
    until: date
    invitees: bool  # an invitee list was imported: the announcement goes out
    announce_on: date | None
    digest_at: tuple[int, int] | None  # [digest] time, if there are recipients

    @classmethod
    def of(cls, config: Config, rules: EventRules, mails: list[SeasonMail], until: date,
           invitees: Path | None, announce_on: date | None) -> _Plan:
        replay = [m for m in mails if rules.local_date(m.arrives) <= until]
        not_replayed = [m.file for m in mails if rules.local_date(m.arrives) > until]
        first_day = rules.local_date(replay[0].arrives) if replay else None
        if invitees is not None:  # the announcement day may come before the first mail
            announce_on = announce_on or first_day or until
            first_day = min(announce_on, first_day or announce_on)
        digest_at = config.digest.hour_minute if config.digest.recipients else None
        return cls(rules, replay, not_replayed, first_day, until, invitees is not None,
                   announce_on, digest_at)

    def announces(self, day: date, at: datetime) -> bool:
        """``inbox-agent announce`` is run by the office at the reminder hour of its day."""
        return (self.invitees and day == self.announce_on
                and at == self.rules.local_at(day, self.rules.reminder_hour))


class _Replay:
    """The daemon's code on a simulated clock, with the edges in memory; collects the
    timeline as the stages report what they do."""

    def __init__(self, config: Config, plan: _Plan, store: Store,
                 wire: Callable[..., Services], out: Path | None) -> None:
        self.plan = plan
        self.clock = FixedClock(plan.rules.local_at(plan.first_day or plan.until))
        self.mailbox = MemoryMailbox(config.imap.folder)
        self.sender = RecordingSender(self.clock, out, plan.rules.tz)
        self.entries: list[Entry] = []
        self.step: list[Entry] = []  # the events of the current stop of the clock
        self.files: dict[int, str] = {}  # uid -> file
        self.keys: dict[str, str] = {}  # Mail.key -> file
        self.services = wire(config, clock=self.clock, store=store,
                             open_mailbox=self._open_mailbox, open_sender=self._open_sender)
        self.services.observe = self._observe
        self.sender.listen(self._sent)

    @contextmanager
    def _open_mailbox(self) -> Iterator[MemoryMailbox]:
        yield self.mailbox

    @contextmanager
    def _open_sender(self) -> Iterator[RecordingSender]:
        yield self.sender

    def _observe(self, decision: Decision) -> None:
        for email, t in decision.transitions:
            self.step.append(transition(t.at, email, t.from_state.value if t.from_state else None,
                                        t.to_state.value, t.cause))

    def _sent(self, now: datetime, message: OutgoingMessage) -> None:
        self.step.append(outbound(now, message.kind, message.recipients))

    def through_the_season(self) -> None:
        """Day by day from the first day through ``until``, each day's mails on it."""
        rules, pending, day = self.plan.rules, list(self.plan.replay), self.plan.first_day
        while day is not None and day <= self.plan.until:
            self._day(day, [m for m in pending if rules.local_date(m.arrives) == day])
            pending = [m for m in pending if rules.local_date(m.arrives) > day]
            day += timedelta(days=1)

    def _day(self, day: date, today: list[SeasonMail]) -> None:
        """Every stop of the clock on ``day``: midnight, the reminder hour, the digest,
        each arrival."""
        rules, digest_at = self.plan.rules, self.plan.digest_at
        digest = digest_time(day, rules, digest_at) if digest_at else None
        for at in checkpoints(day, rules, [m.arrives for m in today], digest_at):
            self._stop(day, at, [m for m in today if m.arrives == at], digest=at == digest)

    def _stop(self, day: date, at: datetime, arriving: list[SeasonMail], *, digest: bool) -> None:
        """The clock at ``at``: the mails arrive, the daemon's jobs run in its order
        (poll, due jobs, the digest), and what they did joins the timeline."""
        self.clock.set(at)
        for mail in arriving:
            self.files[self.mailbox.deliver(mail.data, mail.arrives)] = mail.file
        self.step.clear()
        if self.plan.announces(day, at):
            campaign.announce(self.services, sleep=lambda s: self.clock.advance(timedelta(seconds=s)))
        report = poll_once(self.services)
        run_due_jobs(self.services)
        if digest:
            send_digest(self.services)
        self._inbound(at, report)
        self.entries.extend(sorted(self.step, key=lambda e: (e.at, RANK[e.event])))

    def _inbound(self, at: datetime, report: PollReport) -> None:
        """The season's mails the poll handled, failed or skipped at ``at``."""
        for h in [*report.handled, *report.failed, *report.skipped]:
            if h.uid in self.files:
                self.keys[h.key] = self.files[h.uid]
                self.step.append(inbound(at, self.files[h.uid], h.intent, h.sender))

    def result(self, attendees: list[Attendee], reach: Reach | None) -> SeasonResult:
        """The timeline, causes naming files, and the attendees in order of arrival."""
        far = datetime.max.replace(tzinfo=timezone.utc)
        attendees.sort(key=lambda a: (a.history[0].at if a.history else far, a.email))
        entries = [with_files(e, self.keys) for e in self.entries]
        plan = self.plan
        return SeasonResult(entries, attendees, plan.rules, plan.first_day, plan.until,
                            plan.not_replayed, self.mailbox, self.sender, reach)


__all__ = ["simulate", "load_season", "checkpoints", "SeasonResult", "SeasonMail", "Entry",
           "MemoryMailbox", "RecordingSender", "SeasonError"]
