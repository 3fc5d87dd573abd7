"""``inbox-agent simulate``: a season replayed through the daemon's own code, offline.

The sample season (``demo/season/`` with ``demo/season.toml``: 6 places, late
pre-registrations waitlisted, registrations after the deadline declined) tells a known
story; these tests check that the timeline tells it, on the right days, the same way
on every run, and that nothing leaves the machine.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.simulate import SeasonError, load_season, simulate
from inbox_agent.config import load_config

ROOT = Path(__file__).resolve().parents[1]
SEASON = ROOT / "demo" / "season"
CONFIG = ROOT / "demo" / "season.toml"
UNTIL = date(2025, 9, 30)


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """``inbox-agent --config demo/season.toml simulate ...`` as its own process, with no
    password in the environment (simulate must not need one)."""
    clean = {k: v for k, v in (env or os.environ).items() if "PASSWORD" not in k}
    return subprocess.run([sys.executable, "-m", "inbox_agent", "--config", str(CONFIG), "simulate",
                           *args], capture_output=True, text=True, env=clean, cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def season():
    return simulate(load_config(CONFIG), SEASON, UNTIL, wire=bootstrap)


def outbound(result) -> list[tuple[str, str, str]]:
    return [(f"{e.at.astimezone(result.rules.tz):%Y-%m-%d %H:%M}", e.get("kind"), e.get("to").split("@")[0])
            for e in result.entries if e.event == "outbound"]


def test_the_timeline_is_the_same_on_every_run():
    # Two processes (different hash seeds, different temporary stores): byte for byte.
    first, second = cli("--mails", str(SEASON), "--until", "2025-09-30", "--json"), \
        cli("--mails", str(SEASON), "--until", "2025-09-30", "--json")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert lines[-1]["event"] == "summary"
    assert {line["event"] for line in lines[:-1]} == {"inbound", "transition", "outbound"}
    keys = {"inbound": {"at", "event", "file", "intent", "from"},
            "transition": {"at", "event", "email", "from", "to", "cause"},
            "outbound": {"at", "event", "kind", "to"}}
    for line in lines[:-1]:
        assert set(line) == keys[line["event"]], line
    assert all(set(a) == {"email", "name", "state", "persons", "fee"} for a in lines[-1]["attendees"])
    # The text form tells the same story.
    text = cli("--mails", str(SEASON), "--until", "2025-09-30")
    assert text.returncode == 0, text.stderr
    assert text.stdout.count(" outbound ") == sum(1 for line in lines if line["event"] == "outbound")
    assert "6 of 6 place(s) taken" in text.stdout


def test_every_mail_on_its_day(season):
    assert outbound(season) == [
        ("2025-03-10 09:14", "programme", "anna.schmidt"),
        ("2025-03-12 11:02", "programme", "jan.becker"),  # a group of three
        ("2025-03-20 14:30", "programme", "emma.clarke"),  # English
        ("2025-04-02 10:05", "programme", "carl.vogel"),  # 6 of 6 places
        ("2025-04-15 08:47", "waitlisted", "dora.klein"),  # full house
        ("2025-04-22 16:20", "waitlisted", "emil.roth"),
        # (16:21 Emil's out-of-office, 2 May a question: no answer)
        ("2025-05-06 10:12", "confirmation", "jan.becker"),  # PDF form, 3 × 250
        ("2025-05-12 13:40", "cancelled", "carl.vogel"),
        ("2025-05-12 13:40", "promoted", "dora.klein"),  # Carl's place
        ("2025-05-20 15:05", "confirmation", "emma.clarke"),  # text lines, English
        ("2025-05-27 08:00", "payment_reminder", "jan.becker"),  # due 20 May + 7
        ("2025-06-05 09:30", "waitlisted", "fritz.spaet"),  # late: policy "waitlist"
        ("2025-06-10 08:00", "payment_reminder", "emma.clarke"),
        ("2025-06-10 08:00", "payment_reminder", "jan.becker"),  # + 21
        ("2025-06-16 11:11", "missing_fields", "dora.klein"),  # no invoice address
        ("2025-06-20 08:00", "reminder", "anna.schmidt"),  # 14 days before 4 July
        ("2025-06-20 08:00", "reminder", "dora.klein"),
        ("2025-06-24 08:00", "payment_reminder", "emma.clarke"),
        ("2025-06-24 10:00", "confirmation", "dora.klein"),  # the PDF with the address
        ("2025-06-27 08:00", "reminder", "anna.schmidt"),  # 7 days
        ("2025-07-02 08:00", "reminder", "anna.schmidt"),  # 2 days
        ("2025-07-05 00:00", "lapsed", "anna.schmidt"),  # the deadline's end
        ("2025-07-05 00:00", "promoted", "emil.roth"),  # option until 12 July
        ("2025-07-08 14:00", "registration_closed", "gina.neumann"),  # policy "decline"
        ("2025-07-10 08:00", "reminder", "emil.roth"),  # 2 days before his deadline
        ("2025-07-13 00:00", "lapsed", "emil.roth"),
        ("2025-07-13 00:00", "promoted", "fritz.spaet"),
        ("2025-07-15 08:00", "payment_reminder", "dora.klein"),
        ("2025-07-16 09:20", "confirmation", "fritz.spaet"),
        ("2025-07-29 08:00", "payment_reminder", "dora.klein"),
        ("2025-08-06 08:00", "payment_reminder", "fritz.spaet"),
        ("2025-08-20 08:00", "payment_reminder", "fritz.spaet"),
    ]


def test_transitions_carry_their_cause(season):
    moves = [(e.get("email").split("@")[0], e.get("from"), e.get("to"), e.get("cause"))
             for e in season.entries if e.event == "transition"]
    assert ("carl.vogel", "option", "cancelled", "mail:10-vogel-absage.eml") in moves
    assert ("dora.klein", "waitlisted", "option", "promotion:mail:10-vogel-absage.eml") in moves
    assert ("anna.schmidt", "option", "lapsed", "deadline:2025-07-04") in moves
    assert ("emil.roth", "waitlisted", "option", "promotion:deadline:2025-07-04") in moves
    assert ("emil.roth", "option", "lapsed", "deadline:2025-07-12") in moves
    # A cancellation comes before the promotion it causes, an inbound mail before both.
    events = [(e.event, e.get("file") or e.get("email")) for e in season.entries]
    i = events.index(("inbound", "10-vogel-absage.eml"))
    assert [x[0] for x in events[i:i + 5]] == ["inbound", "transition", "transition", "outbound", "outbound"]


def test_the_summary_lists_everyone_with_state_persons_and_fee(season):
    rows = {r["email"].split("@")[0]: (r["state"], r["persons"], r["fee"])
            for r in season.summary()["attendees"]}
    assert rows == {
        "anna.schmidt": ("lapsed", 1, None),
        "jan.becker": ("registered", 3, 750),
        "emma.clarke": ("registered", 1, 300),
        "carl.vogel": ("cancelled", 1, None),
        "dora.klein": ("registered", 1, 300),
        "emil.roth": ("lapsed", 1, None),
        "fritz.spaet": ("registered", 1, 250),
    }
    # Gina was declined after the deadline: no record. Hans asked a question: no record.
    assert [r["email"] for r in season.summary()["attendees"]][0].startswith("anna.schmidt")


def test_nothing_is_sent_and_out_gets_exactly_what_would_have_been(tmp_path):
    out = tmp_path / "out"
    run = cli("--mails", str(SEASON), "--until", "2025-09-30", "--out", str(out))
    assert run.returncode == 0, run.stderr
    files = sorted(out.glob("*.eml"))
    assert len(files) == run.stdout.count(" outbound ") == 32
    assert files[6].name == "007-2025-05-06-confirmation-jan.becker@kreis-beispiel.example.eml"
    msg = email.message_from_bytes(files[6].read_bytes(), policy=email.policy.default)
    assert msg["To"].addresses[0].addr_spec == "jan.becker@kreis-beispiel.example"
    assert msg["X-Inbox-Agent-Kind"] == "confirmation"
    assert email.utils.parsedate_to_datetime(msg["Date"]).isoformat() == "2025-05-06T08:12:00+00:00"
    # The confirmation carries the calendar entry and, since issue 16, the invoice.
    assert [p.get_filename() for p in msg.iter_attachments()] == ["VSOP-Jahrestagung-2025.ics",
                                                                  "VSOP-2025-0001.pdf"]
    total = [line for line in msg.get_body(("plain",)).get_content().splitlines() if "Gesamtbetrag:" in line]
    assert len(total) == 1 and "750" in total[0] and "EUR" in total[0]  # 3 × 250, members
    promoted = email.message_from_bytes(files[8].read_bytes(), policy=email.policy.default)
    assert promoted["X-Inbox-Agent-Kind"] == "promoted"
    assert sorted(p.get_filename() for p in promoted.iter_attachments()) == [
        "anmeldeformular-2025.pdf", "programm-2025.pdf"]
    # A second run into the same folder would mix two runs: refused, nothing written.
    again = cli("--mails", str(SEASON), "--until", "2025-09-30", "--out", str(out))
    assert again.returncode == 2 and "already holds .eml files" in again.stderr
    assert len(list(out.glob("*.eml"))) == 32
    # And the store named in the config was never created.
    assert not (ROOT / "var" / "season-not-used.json").exists()


def test_until_stops_the_clock_and_later_mails_are_not_replayed(tmp_path):
    result = simulate(load_config(CONFIG), SEASON, date(2025, 7, 4), wire=bootstrap)
    assert [e for e in result.entries if e.at.astimezone(result.rules.tz).date() > date(2025, 7, 4)] == []
    assert result.not_replayed == ["15-neumann-anmeldung-nach-frist.eml", "16-spaet-anmeldung.eml"]
    states = {a.email.split("@")[0]: a.state.value for a in result.attendees}
    assert states["anna.schmidt"] == "option"  # lapses only when 4 July has ended
    # The same run through a later day starts over and sees the lapse.
    later = simulate(load_config(CONFIG), SEASON, date(2025, 7, 5), wire=bootstrap)
    assert {a.email.split("@")[0]: a.state.value for a in later.attendees}["anna.schmidt"] == "lapsed"


def test_mails_are_replayed_by_their_date_not_their_file_name(tmp_path):
    folder = tmp_path / "mails"
    folder.mkdir()
    # The cancellation is named so that it sorts first; by Date it comes after the option.
    shutil.copy(SEASON / "04-vogel-voranmeldung.eml", folder / "b.eml")
    shutil.copy(SEASON / "10-vogel-absage.eml", folder / "a.eml")
    result = simulate(load_config(CONFIG), folder, UNTIL, wire=bootstrap)
    assert [m.file for m in load_season(folder, result.rules.tz)] == ["b.eml", "a.eml"]
    assert [(e.get("kind")) for e in result.entries if e.event == "outbound"] == ["programme", "cancelled"]


def test_unusable_folders_say_what_to_do(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    run = cli("--mails", str(empty), "--until", "2025-09-30")
    assert run.returncode == 2 and "no .eml files" in run.stderr
    undated = tmp_path / "undated"
    undated.mkdir()
    (undated / "x.eml").write_bytes(b"From: a@b.example\r\nSubject: hi\r\n\r\nVoranmeldung\r\n")
    run = cli("--mails", str(undated), "--until", "2025-09-30")
    assert run.returncode == 2 and "x.eml: no readable Date header" in run.stderr
    with pytest.raises(SeasonError, match="add one"):
        load_season(undated, None)
    run = cli("--mails", str(SEASON), "--until", "30.09.2025")
    assert run.returncode == 2 and "--until" in run.stderr


def test_the_morning_digest_goes_out_once_a_day_at_its_time():
    config = load_config(CONFIG)
    config = config.model_copy(update={"digest": config.digest.model_copy(update={
        "recipients": ("geschaeftsstelle@vsop.de", "kasse@vsop.de"), "time": "07:30"})})
    result = simulate(config, SEASON, date(2025, 4, 30), wire=bootstrap)
    digests = [(e.at.astimezone(result.rules.tz), e.get("to")) for e in result.entries
               if e.event == "outbound" and e.get("kind") == "digest"]
    days = (date(2025, 4, 30) - date(2025, 3, 10)).days + 1  # from the first mail's day
    assert len(digests) == 2 * days
    assert {f"{at:%H:%M}" for at, _ in digests} == {"07:30"}
    assert {at.date() for at, _ in digests} == {date.fromordinal(date(2025, 3, 10).toordinal() + n)
                                                for n in range(days)}
    assert {to for _, to in digests} == {"geschaeftsstelle@vsop.de", "kasse@vsop.de"}
    # The rest of the timeline is the same as without a digest.
    plain = simulate(load_config(CONFIG), SEASON, date(2025, 4, 30), wire=bootstrap)
    assert [e for e in result.entries if e.get("kind") != "digest"] == plain.entries
