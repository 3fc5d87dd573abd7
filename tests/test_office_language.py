"""The office reads its digest, its commands' texts, the attendee list and ``check`` in
the staff language: English with ``[office] language = "en"``, German by default (as
before). Stored sentences (reasons, older plain strings) come out in the reader's
language too."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from inbox_agent import i18n
from inbox_agent.model import Reason
from inbox_agent.office.digest import build_digest
from inbox_agent.office.export import attendee_rows, csv_bytes
from inbox_agent.outbox.templates import Templates
from inbox_agent.registrations import Attendee, EventRules, State
from inbox_agent.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
BERLIN = ZoneInfo("Europe/Berlin")
RULES = EventRules(
    name="VSOP-Jahrestagung", title="Sozialplanung", starts=date(2025, 9, 25),
    ends=date(2025, 9, 26), venue="Köln", capacity=10,
    pre_registration_deadline=date(2025, 6, 2), registration_deadline=date(2025, 7, 4),
    message_id_domain="vsop.de")

# Words of the German digest (frame and values) that must not show in the English one.
GERMAN_DIGEST_WORDS = (
    "Tagesübersicht", "Braucht Ihre Aufmerksamkeit", "Plätze", "Mitglieder", "Gebühren",
    "Fristen", "keine Antwort", "Erledigt", "Erkannt", "Warum", "Betreff", "Versuch",
    "Warteliste", "verbindlich", "Zahlung", "Erinnerung", "Antwort", "Bitte persönlich",
    "Noch offen", "Automatisch verschickt", "Alle eingegangenen", "nichts zu tun",
    "Frage", "unklar", "Obergrenze", "alter Text", "zurückgehalten", "gesendet", "Mail konnte nicht", "Tagung",
    "Teilnehmerliste", "bezahlt", "wartet", "Option (vorangemeldet)",
)
ENGLISH_SECTIONS = (
    "== Needs your attention (", "== Places ==", "== Members and fees ==", "== Deadlines ==",
    "== Still open before the deadline (", "== Sent automatically", "== All mails received (",
)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN).astimezone(timezone.utc)


SINCE, NOW = local(2025, 6, 10, 7, 30), local(2025, 6, 11, 7, 30)
INSIDE = local(2025, 6, 10, 15, 0).isoformat()


def person(email: str, state: State, **fields) -> Attendee:
    return Attendee(email=email, state=state, **fields).moved(state, SINCE, "mail:x", "")


def people() -> list[Attendee]:
    return [
        person("anna@x.de", State.OPTION, name="Anna", option_deadline=date(2025, 7, 4)),
        person("ben@x.de", State.REGISTERED, name="Ben", member=True, fee=Decimal(1250),
               payment_due=date(2025, 6, 20)),
        person("carl@x.de", State.PAID, member=False, fee=Decimal(600)),
        person("dora@x.de", State.WAITLISTED, persons=3),
    ]


def records() -> dict:
    """Mails, tasks, failures and sent mails of one day, of several kinds; some stored
    sentences as reasons (dicts), some as older plain strings."""
    held_back = Reason("held back").to_dict()  # a catalogue text: "zurückgehalten"
    return {
        "messages": [
            {"key": "<q@x>", "handled_at": INSIDE, "received_at": INSIDE, "from": "Clara <c@x.de>",
             "subject": "Arrival?", "intent": "question", "excerpt": "Is there parking?",
             "replies": [], "rules": ["question: asks"], "notes": []},
            {"key": "<o@x>", "handled_at": INSIDE, "received_at": INSIDE, "from": "Otto <o@x.de>",
             "subject": "Offer", "intent": "other", "replies": [], "notes": []},
            {"key": "<a@x>", "handled_at": INSIDE, "received_at": INSIDE,
             "from": "Anna <anna@x.de>", "subject": "Pre-registration",
             "intent": "pre_registration", "replies": ["<p1@vsop.de>", "<later@vsop.de>"],
             "rules": ["pre_registration: says so"], "notes": []},
            {"key": "<auto@x>", "handled_at": INSIDE, "received_at": INSIDE, "from": "d@x.de",
             "subject": "Away", "intent": "auto_reply", "replies": [],
             "suppressed_reason": held_back, "suppressed_because": "held back", "notes": []},
            {"key": "<b@x>", "handled_at": INSIDE, "received_at": INSIDE, "from": "MAILER",
             "subject": "Undelivered", "intent": "bounce", "replies": [],
             "notes": [Reason("Check which mail did not arrive.").to_dict()]},
        ],
        "tasks": [
            {"key": "task:<q@x>:question:c@x.de", "kind": "task", "task": "question",
             "email": "c@x.de", "at": INSIDE, "cause": "<q@x>",
             "summary": Reason("Please answer in person.").to_dict()},
            {"key": "task:<z@x>:late_registration:z@x.de", "kind": "task",
             "task": "late_registration", "email": "z@x.de", "at": INSIDE,
             "summary": "late by two days"},  # an older record: a plain string
            {"key": "task:cap:reply_cap:", "kind": "task", "task": "reply_cap", "at": INSIDE,
             "summary": "Stündliche Obergrenze erreicht (alter Text)",  # the old field ...
             "summary_reason": Reason("Hourly limit for automatic replies reached").to_dict()},
        ],
        "failures": [
            {"key": "INBOX:1:9", "attempts": 3, "error": "the mail is empty", "at": INSIDE,
             "error_reason": Reason("Mail could not be processed").to_dict()},
            {"key": "INBOX:1:10", "attempts": 1, "error": "timeout", "at": INSIDE,
             "from": "x@y.de", "subject": "S"},
        ],
        "outbox": [
            {"key": "<r1@vsop.de>", "kind": "reminder", "to": "anna@x.de", "status": "sent",
             "sent_at": INSIDE, "created_at": INSIDE, "cause": "schedule"},
            {"key": "<p1@vsop.de>", "kind": "programme", "to": "anna@x.de", "status": "sent",
             "sent_at": INSIDE, "created_at": INSIDE, "cause": "<a@x>"},
            {"key": "<c1@vsop.de>", "kind": "confirmation", "to": "weg@x.de",
             "status": "failed", "created_at": INSIDE, "error": "550 no such user"},
        ],
    }


def digest_mail(language: str):
    """The digest built and rendered as the daemon does, in ``language``."""
    d = build_digest(**records(), attendees=people(), rules=RULES, since=SINCE, now=NOW)
    context = {"event": {"name": RULES.name}, "office": {"name": "VSOP"}, **d.context()}
    return d, Templates(ROOT / "templates").render("digest", language, context)


def test_the_english_digest_has_no_german_words():
    with i18n.use_language("en"):
        d, mail = digest_mail("en")
    assert mail.language == "en"
    assert mail.subject == "Daily digest 11 June 2025 – VSOP-Jahrestagung: 8 need your attention"
    for title in ENGLISH_SECTIONS:
        assert title in mail.text, title
    for html_title in ("Needs your attention (8)", "Places", "Members and fees", "Deadlines"):
        assert html_title in mail.html
    assert 'lang="en"' in mail.html
    for word in GERMAN_DIGEST_WORDS:
        assert word not in mail.text, word
        assert word not in mail.html, word
    # The values in the digest, stored reasons included, are English too.
    assert "Please answer in person." in mail.text
    assert "no reply: held back" in mail.text  # a stored suppressed_reason
    assert "Mail could not be processed — attempt 3 of 3" in mail.text  # error_reason
    assert "Check which mail did not arrive." in mail.text  # a note stored as a reason
    assert "late by two days" in mail.text  # an older plain string, as it is
    assert "alter Text" not in mail.text  # ... the reason beside it wins
    assert "reply “programme and registration form” to anna@x.de (sent)" in mail.text
    assert "Expected fees: 2,150.00 EUR" in mail.text
    assert [o.what for o in d.open_items] == ["payment", "binding registration"]
    assert [o.state_key for o in d.open_items] == ["registered", "option"]


def test_the_digest_stays_german_by_default():
    assert i18n.current_language() == "de"
    d, mail = digest_mail("de")
    assert mail.language == "de"
    assert mail.subject == ("Tagesübersicht 11.6.2025 – VSOP-Jahrestagung: "
                            "8 brauchen Ihre Aufmerksamkeit")
    for title in ("== Braucht Ihre Aufmerksamkeit (8) ==", "== Plätze ==",
                  "== Mitglieder und Gebühren ==", "== Fristen =="):
        assert title in mail.text
    assert "Bitte persönlich beantworten." in mail.text  # the reason, in German
    assert "keine Antwort: zurückgehalten" in mail.text
    assert "Stündliche Obergrenze für automatische Antworten erreicht" in mail.text
    assert "Mail konnte nicht verarbeitet werden — Versuch 3 von 3" in mail.text
    assert "Antwort „Programm und Anmeldeformular“ an anna@x.de (gesendet)" in mail.text
    assert "Erwartete Gebühren: 2.150 EUR" in mail.text
    for title in ENGLISH_SECTIONS:
        assert title not in mail.text
    assert [o.what for o in d.open_items] == ["Zahlung", "verbindliche Anmeldung"]


def test_the_attendee_list_has_english_headings_and_values_in_english():
    rows = attendee_rows(people(), RULES)
    with i18n.use_language("en"):
        table = list(csv.reader(io.StringIO(csv_bytes(rows).decode("utf-8-sig")), delimiter=";"))
    ben = dict(zip(table[0], table[2]))
    assert table[0][:5] == ["E-mail", "Title", "Name", "Organisation", "State"]
    assert ben["Fee"] == "1250.00" and ben["Member"] == "yes" and ben["Payable by"] == "20 Jun 2025"
    german = list(csv.reader(io.StringIO(csv_bytes(rows).decode("utf-8-sig")), delimiter=";"))
    assert german[0][:5] == ["E-Mail", "Titel", "Name", "Organisation", "Status"]
    assert dict(zip(german[0], german[2]))["Gebühr"] == "1250,00"


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "store.json").open(hold=False)
    with s.exclusive():
        for a in people():
            s.put("attendees", {"key": a.email, **a.to_dict()})
        for e in records()["outbox"]:
            s.put("outbox", e)
        s.commit()
    yield s
    s.close()


def test_the_staff_commands_speak_english_and_json_keeps_ids(store):
    from inbox_agent.office.staff import (
        StaffError, list_rows, list_text, parse_states, show, show_text, status, status_text)

    class Config:
        class imap:
            max_attempts = 3

    with i18n.use_language("en"):
        text = status_text(status(store, Config, RULES, NOW), RULES)
        listed = list_text(list_rows(store, RULES), "EUR")
        shown = show_text(show(store, "ben@x.de", RULES, NOW), RULES)
        with pytest.raises(StaffError) as refused:
            parse_states("angemeldett")
        message = i18n.render(refused.value.reason)
    assert "3 of 10 taken, 7 free, 3 on the waiting list" in text
    assert "Deadline binding registration: 4 Jul 2025 (23 days left)" in text
    assert "4 entries, 6 persons" in listed and "registered (binding)" in listed
    assert "Next deadline: payment by 20 Jun 2025 (9 days left)" in shown
    assert "History:" in shown
    assert message.startswith("unknown state 'angemeldett'; possible are:")
    for word in ("Plätze", "belegt", "Frist", "Verlauf", "Einträge", "unbekannter", "Zahlung"):
        assert word not in text + listed + shown + message, word
    # --json: ids, whatever the language.
    with i18n.use_language("en"):
        data = show(store, "ben@x.de", RULES, NOW)
        rows = list_rows(store, RULES, parse_states("registered"))
    assert data["state_key"] == "registered" and data["record"]["state"] == "registered"
    assert data["state_label"] == "registered (binding)"
    assert [r["state_key"] for r in rows] == ["registered"]
    # And German by default, as before.
    assert "3 von 10 belegt" in status_text(status(store, Config, RULES, NOW), RULES)
    assert "Verlauf:" in show_text(show(store, "ben@x.de", RULES, NOW), RULES)


def test_check_reports_in_english_without_any_server(tmp_path):
    from devtools.demo import local_config
    from inbox_agent.config import load_config
    from inbox_agent.office.check import run_checks

    path = tmp_path / "config.toml"
    path.write_text(local_config(imap_host="127.0.0.1", imap_port=1, username="u",
                                 smtp_port=2, store_path=tmp_path / "store.json",
                                 password_env="INBOX_AGENT_TEST_NO_SUCH_PASSWORD"),
                    encoding="utf-8")
    config = load_config(path)
    with i18n.use_language("en"):
        english = list(run_checks(config, NOW))
    german = list(run_checks(config, NOW))
    lines = [f"{r.name}: {r.detail}" for r in english]
    assert [r.name for r in english][:4] == ["Configuration", "Passwords", "Rules", "Templates"]
    templates = next(r for r in english if r.name == "Templates")
    assert templates.ok, templates.detail  # the English digest template renders too
    assert any("not checked: set the passwords first" in line for line in lines)
    for word in ("Konfiguration", "Passwörter", "Vorlagen", "Speicher", "gelesen", "fehlt",
                 "nicht geprüft", "Regeln", "Einträge", "angelegt"):
        assert not any(word in line for line in lines), word
    assert [r.name for r in german][:4] == ["Konfiguration", "Passwörter", "Regeln", "Vorlagen"]
    assert any("nicht geprüft: erst die Passwörter setzen" in r.detail for r in german)
