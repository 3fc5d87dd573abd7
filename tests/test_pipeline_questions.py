"""Against the real servers (Dovecot in, aiosmtpd out), each run its own process: a
pre-registration with a question gets the programme AND a task with the quoted
question, and the reply says that a person will answer it; a binding mail that does
not repeat what the pre-registration said is confirmed without asking for it (issue 13)."""

from __future__ import annotations

import time
from pathlib import Path

from helpers import make_mail, run_cli, write_config

from inbox_agent import i18n
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import task_records

JAN = "Jan Becker <jan.becker@kreis-nord.de>"
PRE = ("Sehr geehrte Damen und Herren,\n\nich melde mich unverbindlich zur Jahrestagung in Köln an. "
       "Ich bin VSOP-Mitglied.\nGibt es am Tagungsort Parkplätze?\n\nMit freundlichen Grüßen\n"
       "Jan Becker\nKreis Nord, Jugendamt\n")
BINDING = ("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich verbindlich zur Jahrestagung an.\n\n"
           "Rechnungsanschrift: Kreis Nord, Jugendamt, Postfach 12, 12345 Nordstadt\n\n"
           "Der Zahlungsvereinbarung stimme ich zu.\n\nViele Grüße\nJan Becker\n")


def replies(smtp_sink, n: int, settle: float = 0.3):
    time.sleep(settle)
    got = smtp_sink.messages()
    assert len(got) == n, [m.message["Subject"] for m in got]
    return got


def tasks(store_path: Path) -> list[dict]:
    store = Store(store_path, lock=False, persist=False).open()
    try:
        return list(task_records(store))
    finally:
        store.close()


def test_a_question_riding_along_and_nothing_asked_twice(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(sender=JAN, subject="Voranmeldung Jahrestagung", body=PRE))
    first = run_cli(config, imap_account, "poll", "--once")
    assert first.returncode == 0, first.stderr

    (programme,) = replies(smtp_sink, 1)
    text = programme.message.get_body(("plain",)).get_content()
    assert "Voranmeldung" in programme.message["Subject"]
    assert "Ihre Frage „Gibt es am Tagungsort Parkplätze?“ beantworten wir Ihnen persönlich." in text
    html = programme.message.get_body(("html",)).get_content()
    assert "beantworten wir Ihnen persönlich" in html
    [question] = [t for t in tasks(tmp_path / "store.json") if t["task"] == "question"]
    assert question["email"] == "jan.becker@kreis-nord.de"
    assert "„Gibt es am Tagungsort Parkplätze?“" in i18n.render(question["summary"])

    # The binding mail names neither the organisation nor the membership: we know both.
    imap_account.append(make_mail(sender=JAN, subject="Anmeldung Jahrestagung", body=BINDING))
    second = run_cli(config, imap_account, "poll", "--once")
    assert second.returncode == 0, second.stderr
    _, confirmation = replies(smtp_sink, 2)
    assert "replied: confirmation" in second.stdout, second.stdout
    body = confirmation.message.get_body(("plain",)).get_content()
    assert "Mitgliedertarif" in body and "250" in body, body
    assert not [t for t in tasks(tmp_path / "store.json") if t["task"] == "missing_fields"]
