"""The digest and the attendee export as pure functions: when a digest is due, what it
says about a period, and files that open safely in Excel."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

from inbox_agent.office.digest import build_digest, due_slot
from inbox_agent.office.export import attendee_rows, csv_bytes, xlsx_bytes
from inbox_agent.registrations import Attendee, EventRules, State

BERLIN = ZoneInfo("Europe/Berlin")
RULES = EventRules(
    name="VSOP-Jahrestagung", title="Sozialplanung", starts=date(2025, 9, 25),
    ends=date(2025, 9, 26), venue="Köln", capacity=10,
    pre_registration_deadline=date(2025, 6, 2), registration_deadline=date(2025, 7, 4),
    message_id_domain="vsop.de")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN).astimezone(timezone.utc)


def person(email: str, state: State, at: datetime, **fields) -> Attendee:
    return Attendee(email=email, state=state, **fields).moved(state, at, "mail:x", "")


# -- when ----------------------------------------------------------------------------


def test_the_first_digest_is_due_at_once_then_daily_at_the_configured_local_time():
    now = local(2025, 6, 10, 9, 0)
    assert due_slot(now, (7, 30), "Europe/Berlin", None) == local(2025, 6, 10, 7, 30)
    sent = now
    assert due_slot(local(2025, 6, 11, 7, 29), (7, 30), "Europe/Berlin", sent) is None
    assert due_slot(local(2025, 6, 11, 7, 30), (7, 30), "Europe/Berlin", sent) == local(2025, 6, 11, 7, 30)


def test_a_digest_missed_on_several_days_is_due_once_for_the_latest_day():
    last = local(2025, 6, 10, 7, 30)
    back = local(2025, 6, 14, 12, 0)  # the daemon was down from the 11th to the 14th
    slot = due_slot(back, (7, 30), "Europe/Berlin", last)
    assert slot == local(2025, 6, 14, 7, 30)
    assert due_slot(back + timedelta(minutes=1), (7, 30), "Europe/Berlin", back) is None
    # Back before the day's time: the previous day's digest goes now, today's at 07:30.
    early = local(2025, 6, 14, 6, 0)
    assert due_slot(early, (7, 30), "Europe/Berlin", last) == local(2025, 6, 13, 7, 30)


def test_the_digest_time_is_local_time_across_daylight_saving():
    winter = due_slot(local(2025, 1, 10, 8, 0), (7, 30), "Europe/Berlin", None)
    summer = due_slot(local(2025, 7, 10, 8, 0), (7, 30), "Europe/Berlin", None)
    assert (winter.hour, winter.minute) == (6, 30)  # UTC+1
    assert (summer.hour, summer.minute) == (5, 30)  # UTC+2


# -- what ----------------------------------------------------------------------------


def test_a_period_s_digest_lists_only_what_happened_since_the_last_one():
    since = local(2025, 6, 10, 7, 30)
    now = local(2025, 6, 11, 7, 30)
    inside, before = local(2025, 6, 10, 15, 0).isoformat(), local(2025, 6, 9, 15, 0).isoformat()
    messages = [
        {"key": "<q@x>", "handled_at": inside, "received_at": inside, "from": "Clara <c@x.de>",
         "subject": "Frage zur Anreise", "intent": "question", "excerpt": "Gibt es   Parkplätze?",
         "replies": [], "rules": ["question: asks"], "notes": []},
        {"key": "<old@x>", "handled_at": before, "received_at": before, "from": "Alt <a@x.de>",
         "subject": "Alte Mail", "intent": "pre_registration", "replies": [], "notes": []},
        {"key": "<o@x>", "handled_at": inside, "received_at": inside, "from": "Otto <o@x.de>",
         "subject": "Werbung", "intent": "other", "excerpt": "Kaufen Sie", "replies": [],
         "notes": ["o@x.de: mail not about a registration"]},
    ]
    tasks = [
        {"key": "task:<q@x>:question:c@x.de", "kind": "task", "task": "question",
         "email": "c@x.de", "summary": "question from Clara", "at": inside, "cause": "<q@x>"},
        {"key": "task:<old@x>:question:a@x.de", "kind": "task", "task": "question",
         "email": "a@x.de", "summary": "old", "at": before, "status": "done",
         "done_at": before, "done_by": "petra"},  # closed before the period (issue 15)
    ]
    failures = [{"key": "INBOX:1:9", "attempts": 3, "error": "the mail is empty", "from": "",
                 "subject": "", "at": inside}]
    outbox = [
        {"key": "<r1@vsop.de>", "kind": "reminder", "to": "anna@x.de", "status": "sent",
         "sent_at": inside, "created_at": inside, "cause": "schedule"},
        {"key": "<c1@vsop.de>", "kind": "confirmation", "to": "weg@x.de", "status": "failed",
         "created_at": inside, "error": "550 no such user", "cause": "<m@x>"},
    ]
    people = [
        person("anna@x.de", State.OPTION, since, name="Anna", option_deadline=date(2025, 7, 4)),
        person("ben@x.de", State.REGISTERED, since, name="Ben", member=True, fee=Decimal(250),
               payment_due=date(2025, 6, 20)),
        person("carl@x.de", State.PAID, since, member=False, persons=2, fee=Decimal(600)),
        person("dora@x.de", State.WAITLISTED, since, persons=3),
    ]
    people[2] = Attendee.from_dict({**people[2].to_dict(), "payments": [
        {"at": inside, "amount": "600", "by": "Petra", "note": ""}]})

    d = build_digest(messages=messages, failures=failures, tasks=tasks, outbox=outbox,
                     attendees=people, rules=RULES, since=since, now=now, max_attempts=3)

    kinds = [a.kind for a in d.attention]
    assert kinds == ["question", "unclear", "failure", "send_failed"]
    question = d.attention[0]
    assert question.who == "Clara <c@x.de>" and question.subject == "Frage zur Anreise"
    assert question.excerpt == "Gibt es Parkplätze?" and question.at == "10.06. 15:00"
    assert question.todo == "Bitte persönlich beantworten."
    assert "von Hand bearbeiten" in d.attention[2].summary  # gave up after 3 attempts
    assert "resend weg@x.de confirmation" in d.attention[3].summary
    assert [m.subject for m in d.mails] == ["Frage zur Anreise", "Werbung", ""]
    assert d.mails[0].action == "keine Antwort: Frage für Sie"
    assert [(s.to, s.label) for s in d.scheduled] == [
        ("anna@x.de", "Erinnerung an die verbindliche Anmeldung")]
    assert (d.places.taken, d.places.free, d.places.waiting) == (4, 6, 3)
    assert d.places.bar == "████████░░░░░░░░░░░░"
    assert (d.money.members, d.money.non_members, d.money.unknown) == (1, 2, 1)
    assert d.money.expected == "1150.00"  # 250 + 600 + Anna's option at the non-member fee
    assert (d.money.received, d.money.outstanding) == ("600.00", "250.00")
    assert [(o.email, o.what, o.days_left) for o in d.open_items] == [
        ("ben@x.de", "Zahlung", 9), ("anna@x.de", "verbindliche Anmeldung", 23)]
    assert d.context()["digest"]["places"]["taken"] == 4  # JSON-safe for the outbox


def test_the_attendee_list_opens_in_excel_without_running_anything():
    at = local(2025, 6, 1, 10, 0)
    people = [
        person("evil@x.de", State.OPTION, at, name="=HYPERLINK(\"http://x\")",
               organization="+Stadt", option_deadline=date(2025, 7, 4)),
        person("jörg@x.de", State.PAID, at, name="Jörg Müller", member=True, fee=Decimal("250")),
    ]
    rows = attendee_rows(people, RULES)
    assert [r["email"] for r in rows] == ["jörg@x.de", "evil@x.de"]  # paid first
    data = csv_bytes(rows)
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    header = table[0]
    joerg, evil = (dict(zip(header, r)) for r in table[1:])
    assert joerg["Name"] == "Jörg Müller" and joerg["Gebühr"] == "250,00"
    assert joerg["Status"] == "bezahlt" and joerg["Mitglied"] == "ja"
    assert evil["Name"].startswith("'=") and evil["Organisation"] == "'+Stadt"
    assert evil["Option bis"] == "04.07.2025"

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx_bytes(rows))).active
    cells = {sheet.cell(1, c).value: sheet.cell(3, c) for c in range(1, sheet.max_column + 1)}
    assert cells["Name"].data_type == "s" and cells["Name"].value.startswith("=HYPERLINK")
    assert sheet.cell(2, 9).value == 250.0  # the fee as a number
