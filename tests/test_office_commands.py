"""The staff commands through their command line, against the real servers: each
command's normal use, wrong arguments, an unknown address (clear message, non-zero
exit, nothing changed), and the commands working while the daemon runs."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import ROOT, env_for, make_mail, run_cli, write_config

ANNA = "anna.schmidt@stadt-musterhausen.de"
BERND = "b.weber@kreis-beispiel.de"
CLARA = "c.vogel@landkreis-nord.de"
UNKNOWN = "niemand@example.org"


def pre_registration(name: str, address: str) -> bytes:
    return make_mail(sender=f"{name} <{address}>",
                     body=f"Guten Tag,\nhiermit melde ich mich unverbindlich zur Jahrestagung an.\n{name}\n")


@pytest.fixture
def office(tmp_path, imap_account, smtp_sink):
    """Two options and one on the waiting list (capacity 2), their replies sent."""
    config = write_config(tmp_path, imap_account, smtp_sink, capacity=2)
    imap_account.append(make_mail())
    imap_account.append(pre_registration("Bernd Weber", BERND))
    imap_account.append(pre_registration("Clara Vogel", CLARA))
    polled = run_cli(config, imap_account, "poll", "--once")
    assert polled.returncode == 0, polled.stderr
    smtp_sink.wait_for(3, timeout=20)
    return config


def store_bytes(config: Path) -> bytes:
    return (config.parent / "store.json").read_bytes()


def cli(config, imap, *args):
    return run_cli(config, imap, *args)


def test_status_list_show_and_export(office, imap_account, tmp_path):
    status = cli(office, imap_account, "status")
    assert status.returncode == 0, status.stderr
    assert "2 von 2 belegt, 0 frei, 1 auf der Warteliste" in status.stdout
    assert "Daemon:            läuft NICHT" in status.stdout
    data = json.loads(cli(office, imap_account, "status", "--json").stdout)
    assert data["places"] == {"capacity": 2, "taken": 2, "free": 0, "waiting": 1}
    assert data["last_poll"]["handled"] == 3

    listed = cli(office, imap_account, "list")
    assert listed.returncode == 0
    assert ANNA in listed.stdout and "Warteliste" in listed.stdout
    assert "3 Einträge, 3 Personen" in listed.stdout
    options = json.loads(cli(office, imap_account, "list", "--state", "option", "--json").stdout)
    assert sorted(r["email"] for r in options) == [ANNA, BERND]
    wrong = cli(office, imap_account, "list", "--state", "angemeldett")
    assert wrong.returncode == 1 and "unbekannter Status 'angemeldett'" in wrong.stderr

    shown = cli(office, imap_account, "show", CLARA)
    assert shown.returncode == 0
    assert "Platz 1 der Warteliste" in shown.stdout and "Verlauf:" in shown.stdout
    assert "Warteliste – gesendet" in shown.stdout  # the mail she got
    as_json = json.loads(cli(office, imap_account, "show", ANNA.upper(), "--json").stdout)
    assert as_json["record"]["state"] == "option" and as_json["mails_out"][0]["kind"] == "programme"

    before = store_bytes(office)
    missing = cli(office, imap_account, "show", UNKNOWN)
    assert missing.returncode == 1
    assert f"{UNKNOWN} steht nicht in der Teilnehmerliste" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert store_bytes(office) == before

    out_csv, out_xlsx = tmp_path / "liste.csv", tmp_path / "liste.xlsx"
    exported = cli(office, imap_account, "export", "--format", "csv", "--output", str(out_csv))
    assert exported.returncode == 0, exported.stderr
    assert "3 Einträge nach" in exported.stdout
    assert "Export: 3/3" in exported.stderr  # plain progress lines when not on a terminal
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbfE-Mail;Titel;Name;")
    assert cli(office, imap_account, "export", "--format", "xlsx",
               "--output", str(out_xlsx)).returncode == 0
    from openpyxl import load_workbook

    assert load_workbook(out_xlsx).active.max_row == 4
    bad = cli(office, imap_account, "export", "--format", "pdf", "--output", str(out_csv))
    assert bad.returncode == 2 and "'pdf' is not one of 'csv', 'xlsx'" in bad.stderr


def test_staff_actions_are_recorded_with_who_and_why(office, imap_account, smtp_sink):
    # An option cannot be paid; a wrong amount is refused; nothing changes either way.
    before = store_bytes(office)
    refused = cli(office, imap_account, "mark-paid", ANNA, "--amount", "250")
    assert refused.returncode == 1 and "only a binding registration can be paid" in refused.stderr
    assert cli(office, imap_account, "mark-paid", UNKNOWN).returncode == 1
    assert cli(office, imap_account, "set-state", UNKNOWN, "registered",
               "--reason", "x").returncode == 1
    assert cli(office, imap_account, "note", UNKNOWN, "Hallo").returncode == 1
    no_reason = cli(office, imap_account, "set-state", ANNA, "registered")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    assert store_bytes(office) == before

    registered = cli(office, imap_account, "set-state", ANNA, "registered",
                     "--reason", "Anmeldung per Telefon", "--by", "Petra")
    assert registered.returncode == 0, registered.stderr
    assert "jetzt verbindlich angemeldet" in registered.stdout
    wrong_amount = cli(office, imap_account, "mark-paid", ANNA, "--amount", "zweihundert")
    assert wrong_amount.returncode == 1 and "ist kein Betrag" in wrong_amount.stderr
    part = cli(office, imap_account, "mark-paid", ANNA, "--amount", "100,50", "--by", "Petra")
    assert part.returncode == 0 and "offen noch 199.50 EUR" in part.stdout
    paid = cli(office, imap_account, "mark-paid", ANNA, "--by", "Jonas", "--note", "Kontoauszug 12")
    assert paid.returncode == 0 and "Status jetzt: bezahlt" in paid.stdout
    noted = cli(office, imap_account, "note", ANNA, "Braucht vegetarisches Essen", "--by", "Jonas")
    assert noted.returncode == 0

    shown = cli(office, imap_account, "show", ANNA).stdout
    assert "von Hand durch Petra: Anmeldung per Telefon" in shown
    assert "199,50 EUR  von Jonas – Kontoauszug 12" in shown
    assert "Jonas: Braucht vegetarisches Essen" in shown

    # Cancelling Bernd by hand frees his place: Clara moves up and is told at once.
    cancelled = cli(office, imap_account, "set-state", BERND, "cancelled",
                    "--reason", "hat telefonisch abgesagt", "--by", "Petra")
    assert cancelled.returncode == 0, cancelled.stderr
    assert f"nachgerückt von der Warteliste: {CLARA}" in cancelled.stdout
    got = smtp_sink.wait_for(4, timeout=20)
    assert got[-1].rcpt_tos == (CLARA,) and got[-1].message["X-Inbox-Agent-Kind"] == "promoted"
    assert json.loads(cli(office, imap_account, "show", CLARA, "--json").stdout)[
        "record"]["state"] == "option"


def test_resend_sends_a_new_copy_and_refuses_unknown_kinds(office, imap_account, smtp_sink):
    before = store_bytes(office)
    bad_kind = cli(office, imap_account, "resend", ANNA, "postkarte")
    assert bad_kind.returncode == 1 and "unbekannte Mail-Art 'postkarte'" in bad_kind.stderr
    assert cli(office, imap_account, "resend", UNKNOWN, "programme").returncode == 1
    assert store_bytes(office) == before

    again = cli(office, imap_account, "resend", ANNA, "programme", "--by", "Petra")
    assert again.returncode == 0, again.stderr
    assert "„programme“ erneut verschickt" in again.stdout
    mails = [m for m in smtp_sink.wait_for(4, timeout=20) if m.rcpt_tos == (ANNA,)]
    assert len(mails) == 2
    assert mails[0].message["Message-ID"] != mails[1].message["Message-ID"]
    assert len([a for a in mails[1].message.iter_attachments()]) == 2
    assert "Petra: Mail 'programme' erneut geschickt" in cli(office, imap_account, "show", ANNA).stdout


def test_notify_previews_then_sends_each_recipient_once_even_when_interrupted(
    office, imap_account, smtp_sink
):
    args = ("notify", "--state", "option,waitlisted", "--template", "programme_update")
    preview = cli(office, imap_account, *args, "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "3 Empfänger" in preview.stdout and "Betreff: Aktualisiertes Programm" in preview.stdout
    assert "Probelauf: nichts verschickt" in preview.stdout
    no_template = cli(office, imap_account, "notify", "--state", "option", "--template", "gibtsnicht")
    assert no_template.returncode == 1 and "programme_update" in no_template.stderr
    not_confirmed = cli(office, imap_account, *args)  # no terminal to say yes: nothing sent
    assert not_confirmed.returncode == 1
    time.sleep(0.3)
    assert len(smtp_sink.messages()) == 3

    # Interrupted (killed) after the first mail, then run again: everyone gets it once.
    proc = subprocess.Popen([sys.executable, "-m", "inbox_agent", "--config", str(office), *args,
                             "--yes", "--per-minute", "20"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env_for(imap_account), cwd=ROOT)
    try:
        smtp_sink.wait_for(4, timeout=20)
        time.sleep(0.5)  # within the 3 s gap before the next mail
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert len(smtp_sink.messages()) == 4
    status = json.loads(cli(office, imap_account, "status", "--json").stdout)
    assert status["errors"]["circular_queued"] == 2  # the daemon leaves them alone

    resumed = cli(office, imap_account, *args, "--yes", "--per-minute", "600")
    assert resumed.returncode == 0, resumed.stderr
    assert "2 Empfänger, 1 haben es schon" in resumed.stdout
    time.sleep(0.3)
    circulars = [m.rcpt_tos[0] for m in smtp_sink.messages()
                 if m.message["X-Inbox-Agent-Kind"] == "programme_update"]
    assert sorted(circulars) == sorted([ANNA, BERND, CLARA])
    third = cli(office, imap_account, *args, "--yes")
    assert "Nichts zu verschicken" in third.stdout


def test_forget_asks_first_then_erases_everything_but_a_count(office, imap_account, tmp_path):
    before = store_bytes(office)
    unasked = cli(office, imap_account, "forget", BERND)  # no terminal to confirm
    assert unasked.returncode == 1 and "Aborted" in unasked.stderr
    assert cli(office, imap_account, "forget", UNKNOWN, "--yes").returncode == 1
    assert store_bytes(office) == before

    erased = cli(office, imap_account, "forget", BERND, "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "im Postfach" in erased.stdout
    copies = sorted(tmp_path.glob("store.json*"))  # the store, its journal, its last copy
    assert copies
    for path in copies:
        data = path.read_bytes().decode("utf-8", "replace").lower()
        assert BERND not in data and "bernd" not in data, path
    assert cli(office, imap_account, "show", BERND).returncode == 1
    assert json.loads(cli(office, imap_account, "status", "--json").stdout)["forgotten"] == 1
    # His mail is still known as handled: polling again answers nobody twice.
    assert "No new mail" in cli(office, imap_account, "poll", "--once").stdout


def test_digest_print_and_wrong_use(office, imap_account):
    printed = cli(office, imap_account, "digest", "--print")
    assert printed.returncode == 0, printed.stderr
    assert "Betreff: Tagesübersicht" in printed.stdout and "Warteliste 1 Person(en)" in printed.stdout
    html = cli(office, imap_account, "digest", "--print", "--html")
    assert html.stdout.lstrip().startswith("<!DOCTYPE html>")
    neither = cli(office, imap_account, "digest")
    assert neither.returncode == 2 and "--print or --send" in neither.stderr
    no_recipients = cli(office, imap_account, "digest", "--send")
    assert no_recipients.returncode == 2 and "[digest] recipients" in no_recipients.stderr


def test_check_reports_each_part_and_fails_on_a_wrong_password(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    good = run_cli(config, imap_account, "check")
    assert good.returncode == 0, good.stdout + good.stderr
    for part in ("Konfiguration", "Regeln", "Vorlagen", "IMAP", "SMTP"):
        assert f"ok     {part}" in good.stdout
    assert "Alles in Ordnung" in good.stdout

    env = {**env_for(imap_account), "TEST_IMAP_PASSWORD": "falsch"}
    bad = subprocess.run([sys.executable, "-m", "inbox_agent", "--config", str(config), "check"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert bad.returncode == 1
    assert "FEHLER IMAP" in bad.stdout and "password_env" in bad.stdout
    assert "ok     SMTP" in bad.stdout  # the other checks still ran


def test_staff_commands_work_while_the_daemon_runs(office, imap_account, smtp_sink):
    proc = subprocess.Popen([sys.executable, "-m", "inbox_agent", "--config", str(office), "run"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env_for(imap_account), cwd=ROOT)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    log: list[str] = []

    def wait_for_log(text: str, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while not any(text in x for x in log) and time.monotonic() < end:
            try:
                log.append(lines.get(timeout=0.5))
            except queue.Empty:
                pass
        assert any(text in x for x in log), "".join(log)

    try:
        wait_for_log("inbox-agent running")
        status = json.loads(cli(office, imap_account, "status", "--json").stdout)
        assert status["daemon_running"] is True
        noted = cli(office, imap_account, "note", ANNA, "Rückruf erbeten", "--by", "Petra")
        assert noted.returncode == 0, noted.stderr
        # The daemon answers a new mail afterwards and keeps the note (it re-read the store).
        imap_account.append(pre_registration("Dora Klein", "d.klein@stadt-west.de"))
        got = smtp_sink.wait_for(4, timeout=30)
        assert got[-1].rcpt_tos == ("d.klein@stadt-west.de",)
        wait_for_log("sent waitlisted to d.klein@stadt-west.de")
        assert "Petra: Rückruf erbeten" in cli(office, imap_account, "show", ANNA).stdout
        refused = cli(office, imap_account, "poll", "--once")
        assert refused.returncode == 3 and "daemon is already working" in refused.stderr
        second = subprocess.run([sys.executable, "-m", "inbox_agent", "--config", str(office), "run"],
                                capture_output=True, text=True, env=env_for(imap_account),
                                cwd=ROOT, timeout=60)
        assert second.returncode == 3 and "daemon is already running" in second.stderr
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert proc.returncode == 0
    assert json.loads(cli(office, imap_account, "status", "--json").stdout)["daemon_running"] is False


def test_a_long_poll_reports_its_progress_in_plain_lines_off_a_terminal(
    tmp_path, imap_account, smtp_sink
):
    config = write_config(tmp_path, imap_account, smtp_sink, batch_size=2)
    for n in range(5):
        imap_account.append(pre_registration(f"Person {n}", f"p{n}@stadt-ost.de"))
    polled = run_cli(config, imap_account, "poll", "--once")
    assert polled.returncode == 0, polled.stderr
    assert ["Mails: 2/5", "Mails: 4/5", "Mails: 5/5"] == [
        line for line in polled.stderr.splitlines() if line.startswith("Mails:")]
