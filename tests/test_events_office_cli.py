"""The office's commands with events (issue 14), each run as its own process as staff
run them: ``events`` (German and English), ``status`` and ``export`` per event,
``notify --event``, and ``invitees import --from-event``. No server is contacted."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from devtools.demo import office_today
from inbox_agent.office import retention
from inbox_agent.registrations import Attendee, EventRules, State
from inbox_agent.registrations.events import Events
from inbox_agent.store.db import Store
from inbox_agent.store.events import attendee_key, migrate, note_event

ROOT = Path(__file__).resolve().parent.parent
TODAY = office_today()
ANNA, BERND, CLARA, DORA = ("anna@stadt.de", "bernd@kreis.de", "clara@land.de", "dora@amt.de")


def day(n: int) -> str:
    return (TODAY + timedelta(days=n)).isoformat()


# Last year's conference ended 12 months less 10 days ago: its data goes in 10 days.
LAST_ENDS = retention.add_months(TODAY, -12) + timedelta(days=10)
LAST = EventRules(
    id="jt-alt", name="VSOP-Jahrestagung (Vorjahr)", title="Sozialplanung",
    starts=LAST_ENDS - timedelta(days=1), ends=LAST_ENDS, venue="Köln", capacity=60,
    pre_registration_deadline=LAST_ENDS - timedelta(days=90),
    registration_deadline=LAST_ENDS - timedelta(days=60))


def config_text(store: Path, language: str = "de") -> str:
    return f"""
[office]
address = "tagung@vsop.de"
name = "VSOP e.V. Geschäftsstelle"
language = "{language}"

[imap]
host = "127.0.0.1"
username = "tagung@vsop.de"

[smtp]
host = "127.0.0.1"

[storage]
path = "{store}"

[replies]
templates = "{ROOT / 'templates'}"
rules = "{ROOT / 'rules'}"

[deadlines]
pre_registration = {day(30)}
registration = {day(60)}

[[event]]
id = "jt"
name = "VSOP-Jahrestagung"
title = "Sozialplanung"
starts = {day(120)}
ends = {day(121)}
venue = "Leipzig"
capacity = 80

[[event]]
id = "ws"
name = "Workshop Datenschutz"
title = "Datenschutz"
starts = {day(40)}
ends = {day(40)}
venue = "Bonn"
capacity = 20
[event.deadlines]
pre_registration = {day(10)}
registration = {day(20)}
[event.fees]
member = 90
non_member = 120
"""


def person(email: str, state: State, **fields) -> Attendee:
    at = datetime.now(timezone.utc) - timedelta(days=3)
    return Attendee(email=email, state=state, **fields).moved(state, at, "mail:x")


def office(tmp_path: Path, language: str = "de") -> Path:
    """A config with a conference and a workshop open, and a store that also holds
    last year's conference (no longer configured)."""
    store_path = tmp_path / "store.json"
    store = Store(store_path).open()
    migrate(store, LAST.id, datetime.now(timezone.utc).isoformat())
    for event_id in ("jt", "ws"):
        note_event(store, event_id)
    retention.remember(store, Events.of(LAST))
    for event, a in [
            (LAST.id, person(ANNA, State.PAID, name="Anna Alt", member=True, organization="Stadt")),
            (LAST.id, person(BERND, State.REGISTERED, name="Bernd Berg", member=False)),
            (LAST.id, person(DORA, State.CANCELLED, name="Dora Dorn")),
            ("jt", person(ANNA, State.OPTION, name="Anna Alt", member=True)),
            ("jt", person(CLARA, State.REGISTERED, name="Clara Vogel", persons=2)),
            ("ws", person(BERND, State.OPTION, name="Bernd Berg", member=False))]:
        store.put("attendees", {"key": attendee_key(store, event, a.email), "event": event,
                                **a.to_dict()})
    store.commit()
    store.close()
    config = tmp_path / "config.toml"
    config.write_text(config_text(store_path, language), encoding="utf-8")
    return config


def cli(config: Path, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "inbox_agent", "--config", str(config), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "INBOX_AGENT_IMAP_PASSWORD": "x"})
    return done


def test_events_lists_each_event_with_its_state_dates_counts_and_erasure(tmp_path):
    config = office(tmp_path)
    done = cli(config, "events")
    assert done.returncode == 0, done.stderr
    blocks = {b.split()[0]: b for b in done.stdout.strip().split("\n\n")}
    assert list(blocks) == ["jt", "ws", "jt-alt"]
    assert blocks["jt"].startswith("jt  VSOP-Jahrestagung – offen für Anmeldungen")
    assert "2 Einträge, 3 Personen: Option (vorangemeldet) 1, verbindlich angemeldet 2" in blocks["jt"]
    assert "Die Daten werden am" in blocks["jt"] and "(12 Monate nach dem Ende)" in blocks["jt"]
    old = blocks["jt-alt"]
    assert "vorbei (nicht mehr in config.toml)" in old
    assert ("(in 10 Tagen): 3 Einträge, 0 eingegangene und 0 verschickte Mails, 0 Aufgaben"
            in old)

    data = json.loads(cli(config, "events", "--json").stdout)["events"]
    by_id = {e["id"]: e for e in data}
    assert [e["stage"] for e in data] == ["open", "open", "past"]
    assert by_id["jt-alt"]["erase_on"] == retention.add_months(LAST_ENDS, 12).isoformat()
    assert by_id["jt-alt"]["days_to_erasure"] == 10
    assert by_id["jt-alt"]["would_erase"]["attendees"] == 3
    assert by_id["ws"]["counts"]["states"] == {"option": 1}


def test_events_speaks_english_when_the_office_does(tmp_path):
    done = cli(office(tmp_path, "en"), "events")
    assert done.returncode == 0, done.stderr
    assert "jt  VSOP-Jahrestagung – open for registration" in done.stdout
    assert "over (no longer in config.toml)" in done.stdout
    assert "Personal data will be erased on" in done.stdout and "(in 10 days)" in done.stdout


def test_status_shows_every_open_event_or_the_one_asked_for(tmp_path):
    config = office(tmp_path)
    both = cli(config, "status")
    assert both.returncode == 0, both.stderr
    assert "VSOP-Jahrestagung (jt):" in both.stdout and "Workshop Datenschutz (ws):" in both.stdout
    workshop = both.stdout.split("Workshop Datenschutz (ws):")[1]
    assert "1 von 20 belegt" in workshop and "von 80" not in workshop
    one = cli(config, "status", "--event", "ws")
    assert one.returncode == 0, one.stderr
    assert "(ws):" not in one.stdout and "1 von 20 belegt" in one.stdout
    assert "von 80" not in one.stdout
    data = json.loads(cli(config, "status", "--json").stdout)
    assert [e["id"] for e in data["events"]] == ["jt", "ws"]
    assert data["places"]["capacity"] == 80 and data["events"][1]["places"]["taken"] == 1
    unknown = cli(config, "status", "--event", "xx")
    assert unknown.returncode == 1 and "xx" in unknown.stderr


def test_export_has_an_event_column_and_takes_one_event(tmp_path):
    config = office(tmp_path)
    every = tmp_path / "alle.csv"
    assert cli(config, "export", "--format", "csv", "--output", str(every)).returncode == 0
    rows = list(csv.reader(io.StringIO(every.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][-1] == "Veranstaltung"
    assert sorted((r[0], r[-1]) for r in rows[1:]) == [(ANNA, "jt"), (BERND, "ws"), (CLARA, "jt")]
    one = tmp_path / "alt.csv"
    done = cli(config, "export", "--format", "csv", "--output", str(one), "--event", "jt-alt")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(one.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert sorted((r[0], r[-1]) for r in rows[1:]) == [(ANNA, "jt-alt"), (BERND, "jt-alt"),
                                                      (DORA, "jt-alt")]


def test_notify_goes_to_each_open_event_s_list_or_to_the_one_asked_for(tmp_path):
    config = office(tmp_path)
    args = ("notify", "--state", "option", "--template", "programme_update", "--dry-run")
    both = cli(config, *args)
    assert both.returncode == 0, both.stderr
    assert "Veranstaltung VSOP-Jahrestagung (jt):" in both.stdout
    assert "Veranstaltung Workshop Datenschutz (ws):" in both.stdout
    one = cli(config, *args, "--event", "ws")
    assert one.returncode == 0, one.stderr
    assert BERND in one.stdout and ANNA not in one.stdout


def test_last_year_s_attendees_become_this_year_s_invitees(tmp_path):
    config = office(tmp_path)
    dry = cli(config, "invitees", "import", "--from-event", "jt-alt", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "2 Teilnehmende der Veranstaltung jt-alt" in dry.stdout
    assert json.loads(cli(config, "invitees", "list", "--json").stdout)["invitees"] == []
    done = cli(config, "invitees", "import", "--from-event", "jt-alt")
    assert done.returncode == 0, done.stderr
    listed = json.loads(cli(config, "invitees", "list", "--json").stdout)["invitees"]
    assert {(i["email"], i["organization"], i["member"]) for i in listed} == {
        (ANNA, "Stadt", True), (BERND, "", False)}  # Dora cancelled: not invited
    again = cli(config, "invitees", "import", "--from-event", "jt-alt")
    assert "Neu: 0, geändert: 0, unverändert: 2" in again.stdout
    cancelled = cli(config, "invitees", "import", "--from-event", "jt-alt", "--states", "cancelled")
    assert cancelled.returncode == 0 and DORA in json.dumps(
        json.loads(cli(config, "invitees", "list", "--json").stdout))
    assert cli(config, "invitees", "import", "--from-event", "nope").returncode == 1


def test_simulate_rehearses_one_event_alone(tmp_path):
    from email.message import EmailMessage
    from email.utils import format_datetime

    config = office(tmp_path)
    mails = tmp_path / "season"
    mails.mkdir()
    msg = EmailMessage()
    msg["From"], msg["To"] = "Eva Ernst <eva@gemeinde.de>", "tagung@vsop.de"
    msg["Subject"], msg["Message-ID"] = "Voranmeldung", "<eva-1@gemeinde.de>"
    msg["Date"] = format_datetime(datetime.now(timezone.utc) + timedelta(days=1))
    msg.set_content("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich unverbindlich "
                    "an.\n\nMit freundlichen Grüßen\nEva Ernst\n")
    (mails / "01.eml").write_bytes(bytes(msg))

    def summary(*args: str) -> dict:
        done = cli(config, "simulate", "--mails", str(mails), "--until", day(2), "--json", *args)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    # Two events open, the mail names neither: the office is asked, nobody is registered.
    assert summary()["attendees"] == []
    # The workshop rehearsed alone: it is the one event, the mail is its pre-registration.
    [eva] = summary("--event", "ws")["attendees"]
    assert eva["email"] == "eva@gemeinde.de" and eva["state"] == "option"
    assert cli(config, "simulate", "--mails", str(mails), "--until", day(2),
               "--event", "xx").returncode == 2
