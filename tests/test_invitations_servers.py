"""The June deadline against the real Dovecot and SMTP servers: import an invitee list
with mistakes, announce (killed in the middle and run again), a few invitees
pre-register, one opts out, one bounces, one declines; on the reminder days exactly the
silent ones get exactly one reminder per step, whatever restarts and crashes happen."""

from __future__ import annotations

import email
import email.policy
import json
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
from helpers import OFFICE, ROOT, env_for, make_mail, run_cli, write_config

from devtools.demo import office_today
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once, run_due_jobs
from inbox_agent.clock import FixedClock
from inbox_agent.config import load_config
from inbox_agent.i18n import render
from inbox_agent.invitations.invitees import announcement_id
from inbox_agent.outbox.optouts import is_opted_out
from inbox_agent.registrations import EventRules
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import task_records

INVITEES_CSV = (
    "Name;E-Mail;Organisation;Mitglied;Sprache\r\n"
    "Anna Schmidt;anna.schmidt@stadt-musterhausen.de;Stadt Musterhausen;ja;\r\n"
    "Bernd Meier;bernd.meier@xhausen.de;Stadt Xhausen;nein;\r\n"
    "Clara Vogel;clara.vogel@kreis-nord.example;Kreis Nord;ja;\r\n"
    "Dieter Lang;dieter.lang@bochum.example;Stadt Bochum;;\r\n"
    "Eva Schön;eva.schoen@landkreis-sued.example;Landkreis Süd;ja;\r\n"
    "Frank Miller;frank.miller@region-west.example;Region West;nein;englisch\r\n"
    "Gina Roth;gina.roth@amt-ost.example;Amt Ost;ja;\r\n"
    "Kaputt;kaputt-at-example.org;;;\r\n"
    "Eva Schön;eva.schoen@landkreis-sued.example;Landkreis Süd;ja;\r\n"
    "Heinz Ohne;;Stadt Irgendwo;ja;\r\n"
    ";;;;\r\n"
)
SILENT = {"eva.schoen@landkreis-sued.example", "frank.miller@region-west.example"}
ALL = {"anna.schmidt@stadt-musterhausen.de", "bernd.meier@xhausen.de", "clara.vogel@kreis-nord.example",
       "dieter.lang@bochum.example", "gina.roth@amt-ost.example"} | SILENT


class Crash(BaseException):
    """Stands for the process dying at that point."""


def parsed(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)


def kinds(smtp_sink) -> list[tuple[str, str]]:
    out = []
    for m in smtp_sink.messages():
        msg = parsed(m.data)
        out.append((msg["X-Inbox-Agent-Kind"], msg["To"].addresses[0].addr_spec.lower()))
    return out


def bounce_for(address: str, original_id: str) -> bytes:
    """A Postfix delivery status notification for ``address``."""
    return f"""Return-Path: <>
From: MAILER-DAEMON@mail.vsop.de (Mail Delivery System)
To: {OFFICE}
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Message-Id: <bounce-{abs(hash(address))}@mail.vsop.de>
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{address}>: host mx.bochum.example said: 550 5.1.1 User unknown

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.vsop.de

Final-Recipient: rfc822; {address}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B
Content-Type: text/rfc822-headers

From: {OFFICE}
To: {address}
Message-ID: {original_id}
Subject: Einladung

--B--
""".replace("\n", "\r\n").encode()


def reply(sender: str, body: str, to_id: str | None, subject: str = "Re: Einladung zur VSOP-Jahrestagung") -> bytes:
    headers = {"In-Reply-To": to_id, "References": to_id} if to_id else {}
    return make_mail(sender=sender, subject=subject, body=body, headers=headers)


def services_at(config_path, monkeypatch, imap, at: datetime):
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap.password)
    return bootstrap(load_config(config_path), clock=FixedClock(at))


def test_june_deadline_with_the_real_servers(tmp_path, imap_account, smtp_sink, monkeypatch):
    today = office_today()
    config = write_config(tmp_path, imap_account, smtp_sink, today=today)
    config.write_text(config.read_text(encoding="utf-8") + (
        '\n[announce]\nper_minute = 600\n'
        'unsubscribe_url = "https://www.vsop.de/abmelden?adresse={email}"\n'), encoding="utf-8")
    cfg = load_config(config)
    rules = EventRules.from_config(cfg)
    csv_file = tmp_path / "einladungsliste.csv"
    csv_file.write_bytes(INVITEES_CSV.encode("cp1252"))  # as Excel saves "CSV (Trennzeichen-getrennt)"

    # -- import: mistakes reported with their line numbers, the rest imported once ------------
    first = run_cli(config, imap_account, "invitees", "import", str(csv_file))
    assert first.returncode == 0, first.stderr
    assert "windows-1252" in first.stdout
    assert "Zeile 9: 'kaputt-at-example.org' ist keine gültige E-Mail-Adresse" in first.stdout
    assert "Zeile 10: eva.schoen@landkreis-sued.example steht schon in Zeile 6" in first.stdout
    assert "Zeile 11: keine E-Mail-Adresse" in first.stdout
    assert "Neu: 7, geändert: 0, unverändert: 0, übersprungen: 3." in first.stdout
    again = run_cli(config, imap_account, "invitees", "import", str(csv_file))
    assert again.returncode == 0 and "Nichts zu ändern" in again.stdout

    # -- the announcement: a dry run first, then a run that dies in the middle ------------------
    dry = run_cli(config, imap_account, "announce", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.count("würde senden:") == 7 and "Probelauf" in dry.stdout
    assert "Betreff: Einladung zur VSOP-Jahrestagung in Köln" in dry.stdout
    assert smtp_sink.messages() == []
    killed = subprocess.run(
        [sys.executable, "-m", "inbox_agent", "--config", str(config), "announce", "--yes"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**env_for(imap_account), "INBOX_AGENT_FAULT": "after-sent-copy:3"})
    assert killed.returncode == -9, killed.stderr  # SIGKILL: nothing after the 3rd Sent copy ran
    assert len(smtp_sink.wait_for(3)) == 3
    rerun = run_cli(config, imap_account, "announce", "--yes")
    assert rerun.returncode == 0, rerun.stderr
    assert "Verschickt: 4 Einladung(en)" in rerun.stdout
    assert "7 Einladung(en) eines früheren, unterbrochenen Laufs warten" in rerun.stdout
    assert "3 waren vor einer Unterbrechung schon verschickt" in rerun.stdout
    announced = smtp_sink.wait_for(7)
    time.sleep(0.2)
    assert sorted(to for kind, to in kinds(smtp_sink)) == sorted(ALL)  # each exactly once
    assert run_cli(config, imap_account, "announce", "--yes").stdout.strip().endswith("Nichts zu verschicken.")

    msg = next(parsed(m.data) for m in announced if "frank" in parsed(m.data)["To"])
    assert msg["Precedence"] == "bulk" and msg["Auto-Submitted"] == "auto-generated"
    assert "mailto:geschaeftsstelle@vsop.de?subject=abmelden" in msg["List-Unsubscribe"]
    assert "adresse=frank.miller%40region-west.example" in msg["List-Unsubscribe"]
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["Content-Language"] == "en" and msg["Subject"].startswith("Invitation:")
    assert "unsubscribe" in msg.get_body(("plain",)).get_content()
    sent_copies = imap_account.messages("Sent")
    assert len(sent_copies) == 7

    # -- answers: two pre-register (one from another address), one opts out, one bounces,
    #    one declines; two stay silent -----------------------------------------------------------
    aid = lambda who: announcement_id(who, rules)  # noqa: E731
    imap_account.append(reply("Anna Schmidt <anna.schmidt@stadt-musterhausen.de>",
                              "Hiermit melde ich mich unverbindlich zur Tagung an.\n\nAnna Schmidt\n"
                              "Stadt Musterhausen", aid("anna.schmidt@stadt-musterhausen.de")))
    imap_account.append(make_mail(sender="Bernd Meier <b.meier@xhausen.de>", subject="Voranmeldung Jahrestagung 2025",
                                  body="Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich "
                                       "unverbindlich zur VSOP-Jahrestagung in Köln an.\n\nMit "
                                       "freundlichen Grüßen\nBernd Meier\nStadt Xhausen\n"))
    imap_account.append(reply("Clara Vogel <clara.vogel@kreis-nord.example>", "abmelden\n",
                              aid("clara.vogel@kreis-nord.example")))
    imap_account.append(bounce_for("dieter.lang@bochum.example", aid("dieter.lang@bochum.example")))
    imap_account.append(reply("Gina Roth <gina.roth@amt-ost.example>",
                              "Ich kann dieses Jahr leider nicht teilnehmen.\n\nGina Roth",
                              aid("gina.roth@amt-ost.example")))
    now = datetime.now(timezone.utc)
    services = services_at(config, monkeypatch, imap_account, now)
    try:
        report = poll_once(services)
        run_due_jobs(services)
        store = services.store
        assert is_opted_out(store, "Clara.Vogel@kreis-nord.example")
        assert store.get("invitees", "dieter.lang@bochum.example")["bounced_at"]
        assert store.get("invitees", "gina.roth@amt-ost.example")["declined_at"]
        match = store.get("invitees", "bernd.meier@xhausen.de")["match"]
        assert (match["attendee"], match["status"]) == ("b.meier@xhausen.de", "proposed")
        tasks = {r["task"]: r for r in task_records(store)}
        assert "invitees link bernd.meier@xhausen.de b.meier@xhausen.de" in render(tasks["invitee_match"]["summary"])
        assert "(eingeladen) hat abgesagt" in render(tasks["invitee_declined"]["summary"])
    finally:
        services.store.close()
    actions = {h.sender.split("<")[-1].rstrip(">"): h.action for h in report.handled}
    assert actions["clara.vogel@kreis-nord.example"].startswith("no reply: an opt-out")
    smtp_sink.wait_for(9)
    time.sleep(0.3)
    replies = kinds(smtp_sink)[7:]
    assert sorted(replies) == [("programme", "anna.schmidt@stadt-musterhausen.de"),
                               ("programme", "b.meier@xhausen.de")]

    # -- the reminder days: exactly the silent ones, once per step, whatever restarts -------------
    deadline = rules.pre_registration_deadline
    day7 = rules.local_at(deadline - timedelta(days=7), 9)
    for attempt in range(2):  # the second run is a restart on the same day: nothing new
        services = services_at(config, monkeypatch, imap_account, day7 + timedelta(hours=attempt))
        try:
            run_due_jobs(services)
            poll_once(services)
        finally:
            services.store.close()
    smtp_sink.wait_for(11)
    time.sleep(0.3)
    reminders = [(k, to) for k, to in kinds(smtp_sink) if k == "invitation_reminder"]
    assert sorted(to for _, to in reminders) == sorted(SILENT)
    frank = next(parsed(m.data) for m in smtp_sink.messages()
                 if parsed(m.data)["X-Inbox-Agent-Kind"] == "invitation_reminder" and "frank" in parsed(m.data)["To"])
    assert frank["Subject"].startswith("Reminder: pre-registration") and frank["List-Unsubscribe"]
    assert "that is for another\n7 days" in frank.get_body(("plain",)).get_content().replace("\r\n", "\n")

    # a day between the steps: nothing
    services = services_at(config, monkeypatch, imap_account, day7 + timedelta(days=3))
    try:
        assert not run_due_jobs(services).delivery.sent
    finally:
        services.store.close()

    # the last step, and a crash right after sending it, before the store knew
    day1 = rules.local_at(deadline - timedelta(days=1), 10)
    services = services_at(config, monkeypatch, imap_account, day1)
    real_write, writes = services.store._write, []

    def write_then_crash():
        writes.append(1)
        if len(writes) == 2:  # the reminders were planned (write 1) and sent: die now
            raise Crash()
        real_write()

    monkeypatch.setattr(services.store, "_write", write_then_crash)
    with pytest.raises(Crash):
        run_due_jobs(services)
    services.store.close()
    smtp_sink.wait_for(13)
    for hours in (0, 1):
        services = services_at(config, monkeypatch, imap_account, day1 + timedelta(hours=hours))
        try:
            poll_once(services)  # repairs: the planned reminders are found in Sent
            run_due_jobs(services)
        finally:
            services.store.close()
    time.sleep(0.5)
    reminders = sorted((to, k) for k, to in kinds(smtp_sink) if k == "invitation_reminder")
    assert reminders == sorted((to, "invitation_reminder") for to in SILENT for _ in (7, 1))
    assert len(smtp_sink.messages()) == 13

    # -- what the office sees; an older list imported again does not undo the opt-out ----------
    listed = run_cli(config, imap_account, "invitees", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    status = {row["email"]: row["status"] for row in data["invitees"]}
    assert status == {
        "anna.schmidt@stadt-musterhausen.de": "pre-registered",
        "bernd.meier@xhausen.de": "pre-registered (match to confirm)",
        "clara.vogel@kreis-nord.example": "opted out",
        "dieter.lang@bochum.example": "bounced",
        "eva.schoen@landkreis-sued.example": "silent",
        "frank.miller@region-west.example": "silent",
        "gina.roth@amt-ost.example": "declined",
    }
    assert {row["email"]: row["reminders"] for row in data["invitees"]}["eva.schoen@landkreis-sued.example"] == [7, 1]
    reach = data["reach"]
    assert {k: reach[k] for k in ("on_list", "invited", "answered", "pre_registered", "opted_out",
                                  "bounced", "declined", "silent", "reminders_sent")} == {
        "on_list": 7, "invited": 7, "answered": 4, "pre_registered": 2, "opted_out": 1,
        "bounced": 1, "declined": 1, "silent": 2, "reminders_sent": 4}
    digest = run_cli(config, imap_account, "digest", "--print")
    assert digest.returncode == 0, digest.stderr
    assert "== Einladung und Voranmeldung ==" in digest.stdout
    assert "7 auf der Einladungsliste, 7 eingeladen" in digest.stdout
    assert ("reagiert: 4 – vorangemeldet 2 (davon verbindlich 0), abgesagt 1, abgemeldet 1"
            in digest.stdout)
    assert "unzustellbar: 1, noch ohne Antwort: 2, Erinnerungen verschickt: 4" in digest.stdout
    assert f"Frist zur Voranmeldung: {deadline.day}.{deadline.month}.{deadline.year} (noch " in digest.stdout
    assert "Voranmeldung von anderer Adresse zuordnen" in digest.stdout
    text = run_cli(config, imap_account, "invitees", "list").stdout
    assert "abgemeldet" in text and "eingeladen, noch keine Antwort" in text and "→ b.meier@xhausen.de" in text

    reimport = run_cli(config, imap_account, "invitees", "import", str(csv_file))
    assert "bleibt abgemeldet: clara.vogel@kreis-nord.example" in reimport.stdout
    linked = run_cli(config, imap_account, "invitees", "link", "bernd.meier@xhausen.de", "b.meier@xhausen.de")
    assert linked.returncode == 0 and "Bestätigt" in linked.stdout
    with Store(cfg.storage.path) as store:
        assert is_opted_out(store, "clara.vogel@kreis-nord.example")
        assert store.get("invitees", "bernd.meier@xhausen.de")["match"]["status"] == "confirmed"
    assert len(smtp_sink.messages()) == 13
