"""A whole season with the real daemon code against the real servers, on a controlled clock.

The sample season (``demo/season/``, 6 places) is delivered into Dovecot mail by mail,
each with its Date as INTERNALDATE, while a ``FixedClock`` walks from March to the end of
September in two-hour steps. At every step the daemon's due jobs run (``run_due_jobs``,
as the daemon's reminder job does); when a mail has arrived the poll runs first
(``poll_once``). Replies and reminders go out through the real SMTP server (the sink)
and into the Sent folder. In the middle the daemon is restarted (new services on the
same store file) and runs its jobs again at the same moment: nothing may change.

What came out must be exactly what ``simulate`` predicts for the same folder, which
``test_simulate`` pins down mail by mail: so the rehearsal tool and the daemon agree.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from helpers import env_for, write_config

from devtools.demo import office_today
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once, run_due_jobs
from inbox_agent.app.simulate import simulate
from inbox_agent.clock import FixedClock
from inbox_agent.config import Config, load_config
from inbox_agent.registrations import Attendee, EventRules
from inbox_agent.services import Services
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import task_records

ROOT = Path(__file__).resolve().parents[1]
SEASON = ROOT / "demo" / "season"
CONFIG = ROOT / "demo" / "season.toml"
DONE = "$InboxAgentDone"


def season_config(tmp_path: Path, imap, smtp, **policy: str) -> Config:
    """demo/season.toml, pointed at the test servers (and a store file in tmp_path)."""
    local = load_config(write_config(tmp_path, imap, smtp))
    season = load_config(CONFIG)
    update: dict = {"imap": local.imap, "smtp": local.smtp, "storage": local.storage}
    if policy:
        update["policy"] = season.policy.model_copy(update=policy)
    return season.model_copy(update=update)


def arrivals(names: list[str] | None = None) -> list[tuple[datetime, str, bytes]]:
    found = []
    for path in sorted(SEASON.glob("*.eml")):
        if names is not None and path.name not in names:
            continue
        data = path.read_bytes()
        header = next(line for line in data.split(b"\r\n") if line.startswith(b"Date: "))
        found.append((parsedate_to_datetime(header[6:].decode()), path.name, data))
    return sorted(found)


class Daemon:
    """What ``inbox-agent run`` does, one step of the clock at a time."""

    def __init__(self, config: Config, clock: FixedClock, monkeypatch, imap) -> None:
        monkeypatch.setenv("TEST_IMAP_PASSWORD", imap.password)
        self.config, self.clock = config, clock
        self.services: Services = bootstrap(config, clock=clock)

    def step(self, *, poll: bool) -> None:
        if poll:
            poll_once(self.services)
        run_due_jobs(self.services)

    def restart(self) -> None:
        self.services.store.close()
        self.services = bootstrap(self.config, clock=self.clock)

    def attendees(self) -> dict[str, Attendee]:
        return {r["key"]: Attendee.from_dict(r) for r in self.services.store.all("attendees")}

    def close(self) -> None:
        self.services.store.close()


def sent(smtp_sink, rules: EventRules) -> list[tuple[str, str, str]]:
    out = []
    for item in smtp_sink.messages():
        msg = item.message
        at = parsedate_to_datetime(msg["Date"]).astimezone(rules.tz)
        [rcpt] = item.rcpt_tos
        out.append((f"{at:%Y-%m-%d %H:%M}", msg["X-Inbox-Agent-Kind"], rcpt))
    return out


def test_a_whole_season_through_the_real_servers_is_what_simulate_predicts(
    tmp_path, imap_account, smtp_sink, monkeypatch
):
    config = season_config(tmp_path, imap_account, smtp_sink)
    rules = EventRules.from_config(config)
    mails = arrivals()
    first, last = date(2025, 3, 10), date(2025, 9, 30)
    clock = FixedClock(rules.local_at(first))
    daemon = Daemon(config, clock, monkeypatch, imap_account)
    restarts = {rules.local_at(date(2025, 6, 20), 8), rules.local_at(date(2025, 7, 5), 0),
                rules.local_at(date(2025, 5, 12), 14)}
    try:
        day = first
        while day <= last:
            steps = {rules.local_at(day) + timedelta(hours=h) for h in range(0, 24, 2)}
            steps |= {at for at, _, _ in mails if rules.local_date(at) == day}
            for at in sorted(steps):
                clock.set(at)
                arrived = [(name, data) for when, name, data in mails if when == at]
                for _, data in arrived:
                    imap_account.append(data, internaldate=at)
                daemon.step(poll=bool(arrived) or (day.weekday() == 0 and at.astimezone(rules.tz).hour == 12))
                if at in restarts:
                    before = len(smtp_sink.messages())
                    stored = daemon.attendees()
                    daemon.restart()
                    daemon.step(poll=True)  # the same moment again, by a fresh process
                    assert len(smtp_sink.messages()) == before, f"restart at {at} sent again"
                    assert daemon.attendees() == stored, f"restart at {at} changed the attendees"
            day += timedelta(days=1)
        smtp_sink.wait_for(32)
        final = daemon.attendees()
    finally:
        daemon.close()

    predicted = simulate(load_config(CONFIG), SEASON, last, wire=bootstrap)
    expected = [(f"{e.at.astimezone(rules.tz):%Y-%m-%d %H:%M}", e.get("kind"), e.get("to"))
                for e in predicted.entries if e.event == "outbound"]
    assert sent(smtp_sink, rules) == expected
    assert len(expected) == 32
    # The same attendee records, history, reminder keys and thread included.
    assert final == {a.email: a for a in predicted.attendees}

    # Reminders exactly on the configured days before 4 July, from the reminder hour.
    anna = [at for at, kind, to in sent(smtp_sink, rules) if kind == "reminder" and to.startswith("anna")]
    deadline = rules.registration_deadline
    assert anna == [f"{deadline - timedelta(days=n)} 08:00" for n in rules.reminder_days]
    # The lapse at the deadline's end, the place going to the first on the list.
    assert final["anna.schmidt@stadt-musterhausen.example"].history[-1].at == rules.deadline_end(deadline)
    assert final["emil.roth@landkreis-beispiel.example"].history[1].cause == "promotion:deadline:2025-07-04"

    # Every inbound mail handled (keyword, still unread), a copy of every reply in Sent.
    inbox = imap_account.messages("INBOX")
    assert len(inbox) == 16 and all(DONE in m.flags and "\\Seen" not in m.flags for m in inbox)
    assert len(imap_account.messages("Sent")) == 32


FRITZ = ("12-spaet-voranmeldung.eml", "fritz.spaet@gemeinde-spaetdorf.example")  # 5 June
GINA = ("15-neumann-anmeldung-nach-frist.eml", "gina.neumann@bezirksamt-beispiel.example")  # 8 July


@pytest.mark.parametrize("late_pre,after_reg,fritz,gina", [
    # policy for a pre-registration after 2 June, for a binding form after 4 July,
    # and what each of the two then is, and is told
    ("accept", "staff", ("option", ["programme"]), ("pending", [])),
    ("waitlist", "waitlist", ("waitlisted", ["waitlisted"]), ("waitlisted", ["waitlisted"])),
    ("staff", "decline", ("pending", []), (None, ["registration_closed"])),
])
def test_late_mails_follow_the_policy(tmp_path, imap_account, smtp_sink, monkeypatch,
                                      late_pre, after_reg, fritz, gina):
    config = season_config(tmp_path, imap_account, smtp_sink, late_pre_registration=late_pre,
                           after_registration_deadline=after_reg)
    mails = arrivals([FRITZ[0], GINA[0]])
    clock = FixedClock(mails[0][0])
    daemon = Daemon(config, clock, monkeypatch, imap_account)
    outcome = []
    try:
        for (at, _, data), (_, who) in zip(mails, [FRITZ, GINA]):
            clock.set(at)
            imap_account.append(data, internaldate=at)
            before = len(smtp_sink.messages())
            daemon.step(poll=True)
            record = daemon.attendees().get(who)
            told = [m.message["X-Inbox-Agent-Kind"] for m in smtp_sink.messages()[before:]
                    if m.rcpt_tos == (who,)]
            outcome.append((record.state.value if record else None, told))
        tasks = {(t["task"], t["email"]) for t in task_records(daemon.services.store)}
    finally:
        daemon.close()
    assert outcome == [fritz, gina]
    # Whatever the office has to decide is on its list (the digest shows it).
    assert (("late_pre_registration", FRITZ[1]) in tasks) == (late_pre == "staff")
    assert (("late_registration", GINA[1]) in tasks) == (after_reg == "staff")


def test_the_daemon_sends_a_due_reminder_on_the_real_clock(tmp_path, imap_account, smtp_sink):
    """``inbox-agent run`` drives the reminders itself (its due-jobs job, SystemClock)."""
    today = office_today()
    # The registration deadline is six days from now: the 7-day reminder is due (the
    # 14-day one is overtaken by it).
    config = write_config(tmp_path, imap_account, smtp_sink, today=today - timedelta(days=54))
    deadline = load_config(config).deadlines.registration
    assert deadline == today + timedelta(days=6)
    # The store as an earlier run left it: an option taken 30 days ago, nothing else.
    began = datetime.now(UTC) - timedelta(days=30)
    anna = Attendee(email="anna.schmidt@stadt-musterhausen.de", state="option", name="Anna Schmidt")
    anna = anna.moved("option", began, "mail:<vr-1@stadt-musterhausen.de>", "pre-registration")
    with Store(load_config(config).storage.path) as store:
        store.put("attendees", {"key": anna.email, **anna.to_dict()})
        store.commit()
    proc = subprocess.Popen([sys.executable, "-m", "inbox_agent", "--config", str(config), "run"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env_for(imap_account), cwd=ROOT)
    try:
        [got] = smtp_sink.wait_for(1, timeout=30)
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, output
    reminder = got.message
    assert got.rcpt_tos == ("anna.schmidt@stadt-musterhausen.de",)
    assert reminder["X-Inbox-Agent-Kind"] == "reminder"
    assert reminder["Auto-Submitted"] == "auto-generated"
    assert f"{deadline.day}.{deadline.month}.{deadline.year}" in reminder.get_body(("plain",)).get_content()
    with Store(load_config(config).storage.path) as store:
        stored = Attendee.from_dict(store.get("attendees", anna.email))
    assert stored.reminders_sent == {"registration-7"} and stored.reminders_skipped == {"registration-14"}
    time.sleep(0.3)  # anything sent twice would have arrived by now
    assert len(smtp_sink.messages()) == 1
