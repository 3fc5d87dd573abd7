"""Events against the real servers (issue 14, "Done when"): next year's conference after a
binding registration in this year's, and a conference and a workshop open at once.
Each poll is ``inbox-agent poll --once`` as its own process, as the daemon does it."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

from helpers import make_mail, run_cli, write_config

from devtools.demo import office_today
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import task_records

ANNA = "anna.weber@stadt-nordheim.example"
BERND = "b.weber@kreis-beispiel.de"
CLARA = "c.vogel@landkreis-nord.de"
DORA = "dora.lind@gemeinde-sued.example"


def _mail(sender: str, subject: str, body: str, reply_to: str | None = None) -> bytes:
    headers = {"In-Reply-To": reply_to, "References": reply_to} if reply_to else None
    return make_mail(sender=sender, subject=subject, body=body, headers=headers)


def _poll(config: Path, imap, smtp_sink, *mails: bytes, replies: int) -> list:
    """Deliver ``mails``, poll once, wait until ``replies`` mails were sent in all."""
    for data in mails:
        imap.append(data)
    polled = run_cli(config, imap, "poll", "--once")
    assert polled.returncode == 0, polled.stderr
    return smtp_sink.wait_for(replies, timeout=20)


def _body(item) -> str:
    return item.message.get_body(("plain",)).get_content()


def _json(config: Path, imap, *args: str):
    done = run_cli(config, imap, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# -- next year's conference ----------------------------------------------------------------


def _next_season(config: Path) -> tuple[str, str]:
    """Replace [event] and [deadlines] by next year's conference (as the office does it);
    the old and the new event's ids (made from name and year: no id in the file)."""
    text = config.read_text(encoding="utf-8")
    starts = date.fromisoformat(re.search(r"^starts = (\S+)$", text, re.M).group(1))
    later = {k: date.fromisoformat(re.search(rf"^{k} = (\S+)$", text, re.M).group(1))
             + timedelta(days=364) for k in ("starts", "ends", "pre_registration", "registration")}
    for key, day in later.items():
        text = re.sub(rf"^{key} = \S+$", f"{key} = {day.isoformat()}", text, flags=re.M)
    text = text.replace('name = "VSOP-Jahrestagung"',
                        f'name = "VSOP-Jahrestagung {later["starts"].year}"')
    config.write_text(text, encoding="utf-8")
    return f"vsop-jahrestagung-{starts.year}", f"vsop-jahrestagung-{later['starts'].year}"


def test_next_years_conference_after_a_binding_registration(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    sender = f"Anna Weber <{ANNA}>"
    [programme] = _poll(config, imap_account, smtp_sink, _mail(
        sender, "Voranmeldung", "Sehr geehrte Damen und Herren,\n\nich melde mich unverbindlich "
        "zur Jahrestagung in Köln an. Ich bin VSOP-Mitglied.\n\nMit freundlichen Grüßen\n"
        "Anna Weber\nStadt Nordheim, Sozialplanung\n"), replies=1)
    assert programme.message["X-Inbox-Agent-Kind"] == "programme"
    confirmation = _poll(config, imap_account, smtp_sink, _mail(
        sender, "AW: Ihre Voranmeldung", "Sehr geehrte Damen und Herren,\n\nhiermit melde ich "
        "mich verbindlich zur Jahrestagung an.\n\nRechnungsanschrift: Stadt Nordheim, "
        "Sozialplanung, Marktplatz 1, 11111 Nordheim\n\nDer Zahlungsvereinbarung stimme ich "
        "zu.\n\nViele Grüße\nAnna Weber\n", reply_to=programme.message["Message-ID"]),
        replies=2)[-1]
    assert confirmation.message["X-Inbox-Agent-Kind"] == "confirmation"
    this_year, next_year = _next_season(config)

    # The same person pre-registers for next year: its programme, not "already registered".
    [*_, again] = _poll(config, imap_account, smtp_sink, _mail(
        sender, "Anmeldung", "Guten Tag,\n\nich melde mich gern wieder unverbindlich zur "
        "Jahrestagung an.\n\nAnna Weber\n"), replies=3)
    assert again.message["X-Inbox-Agent-Kind"] == "programme"
    assert f"VSOP-Jahrestagung {next_year[-4:]}" in _body(again)

    # Next year's list has her as an option, with what she told last year; this year's
    # registration is intact, and show says both.
    [new] = _json(config, imap_account, "list")
    assert new["email"] == ANNA and new["state_key"] == "option"
    assert new["organization"].startswith("Stadt Nordheim") and new["member"] is True
    [old] = _json(config, imap_account, "list", "--event", this_year)
    assert old["email"] == ANNA and old["state_key"] == "registered"
    shown = _json(config, imap_account, "show", ANNA)
    assert shown["event"] == next_year
    assert [(e["event"], e["state_key"]) for e in shown["events"]] == [
        (next_year, "option"), (this_year, "registered")]
    assert shown["events"][1]["record"]["invoice_address"].startswith("Stadt Nordheim")
    text = run_cli(config, imap_account, "show", ANNA).stdout
    assert "Veranstaltungen:" in text and "verbindlich angemeldet" in text

    # Her binding registration for next year names no invoice address: last year's is
    # known, so nothing is asked again.
    [*_, confirmed] = _poll(config, imap_account, smtp_sink, _mail(
        sender, "AW: Programm", "Hiermit melde ich mich verbindlich an. Der "
        "Zahlungsvereinbarung stimme ich zu.\n\nAnna Weber\n",
        reply_to=again.message["Message-ID"]), replies=4)
    assert confirmed.message["X-Inbox-Agent-Kind"] == "confirmation"
    [new] = _json(config, imap_account, "list")
    assert new["state_key"] == "registered"
    [old] = _json(config, imap_account, "list", "--event", this_year)
    assert old["state_key"] == "registered"


# -- a conference and a workshop at once ----------------------------------------------------


WORKSHOP = """
[[event]]
id = "ws"
name = "Werkstatt Datenschutz"
title = "Datenschutz in der kommunalen Planung"
starts = {starts}
ends = {starts}
venue = "Kassel"
capacity = 15

[event.deadlines]
pre_registration = {pre}
registration = {reg}

[event.fees]
member = 90
non_member = 120
"""


def _two_events(tmp_path: Path, imap, smtp) -> Path:
    """The test config with its [event] as the conference ``jt`` and a workshop ``ws``."""
    config = write_config(tmp_path, imap, smtp)
    text = config.read_text(encoding="utf-8").replace("[event]\n", '[[event]]\nid = "jt"\n', 1)
    today = office_today()
    config.write_text(text + WORKSHOP.format(starts=today + timedelta(days=90),
                                             pre=today + timedelta(days=40),
                                             reg=today + timedelta(days=70)), encoding="utf-8")
    return config


def _records(config: Path) -> dict[tuple[str, str], dict]:
    with Store(config.parent / "store.json", lock=False, persist=False) as store:
        return {(r["event"], r["email"]): r for r in store.all("attendees")}


def test_a_conference_and_a_workshop_open_at_once(tmp_path, imap_account, smtp_sink):
    config = _two_events(tmp_path, imap_account, smtp_sink)
    bernd, clara = f"Bernd Weber <{BERND}>", f"Clara Vogel <{CLARA}>"
    sent = _poll(config, imap_account, smtp_sink,
                 _mail(bernd, "Anmeldung Werkstatt", "Guten Tag,\n\nich melde mich unverbindlich "
                       "zur Werkstatt Datenschutz an. Ich bin Mitglied.\n\nBernd Weber\n"),
                 _mail(clara, "Voranmeldung", "Guten Tag,\n\nhiermit melde ich mich unverbindlich "
                       "zur Jahrestagung an.\n\nClara Vogel\n"), replies=2)
    to = {item.rcpt_tos[0]: item for item in sent}
    assert to[BERND].message["X-Inbox-Agent-Kind"] == "programme"
    assert "Werkstatt Datenschutz" in _body(to[BERND])
    assert "Werkstatt Datenschutz" not in _body(to[CLARA]) and "Jahrestagung" in _body(to[CLARA])
    assert set(_records(config)) == {("ws", BERND), ("jt", CLARA)}

    # His binding registration answers the workshop's programme: the workshop's fee.
    confirmation = _poll(config, imap_account, smtp_sink, _mail(
        bernd, "AW: Programm", "Hiermit melde ich mich verbindlich an.\n\nRechnungsanschrift: "
        "Kreis Beispiel, Schlossplatz 2, 22222 Beispielstadt\n\nDer Zahlungsvereinbarung stimme "
        "ich zu.\n\nBernd Weber\nKreis Beispiel\n", reply_to=to[BERND].message["Message-ID"]),
        replies=3)[-1]
    assert confirmation.message["X-Inbox-Agent-Kind"] == "confirmation"
    assert "90 EUR pro Person" in _body(confirmation)
    # A reply to the workshop's confirmation goes to the workshop.
    cancelled = _poll(config, imap_account, smtp_sink, _mail(
        bernd, "AW: Bestätigung", "Guten Tag,\n\nleider muss ich meine Teilnahme absagen.\n\n"
        "Bernd Weber\n", reply_to=confirmation.message["Message-ID"]), replies=4)[-1]
    assert cancelled.message["X-Inbox-Agent-Kind"] == "cancelled"
    records = _records(config)
    assert records[("ws", BERND)]["state"] == "cancelled"
    assert records[("jt", CLARA)]["state"] == "option" and ("jt", BERND) not in records

    # A mail naming neither, with both open for registration: a task, no answer.
    imap_account.append(_mail(f"Dora Lind <{DORA}>", "Anmeldung",
                              "Guten Tag,\n\nich möchte mich gern unverbindlich anmelden.\n\n"
                              "Dora Lind\n"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    assert len(smtp_sink.messages()) == 4
    with Store(config.parent / "store.json", lock=False, persist=False) as store:
        tasks = [t for t in task_records(store) if t["email"] == DORA]
        [message] = [m for m in store.all("messages") if m.get("email") == DORA]
    assert [t["task"] for t in tasks] == ["which_event"]
    assert message["event"] == "" and message["replies"] == []
    assert [(k[0]) for k in _records(config) if k[1] == DORA] == []
    # The lists are the events' own; classify --json names the event a mail names.
    assert [r["email"] for r in _json(config, imap_account, "list", "--event", "ws")] == [BERND]
    eml = tmp_path / "werkstatt.eml"
    eml.write_bytes(_mail(clara, "Werkstatt", "Ich komme gern auch zur Werkstatt Datenschutz."))
    assert _json(config, imap_account, "classify", str(eml))["event"] == "ws"
