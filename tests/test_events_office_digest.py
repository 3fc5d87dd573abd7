"""The morning digest with events (issue 14): one section per open event (places, fees,
deadlines, who is open), every item and mail naming its event; with one event it looks
as it always did; an erasure ahead is announced from 14 days before."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from inbox_agent import i18n
from inbox_agent.office import retention
from inbox_agent.office.digest import build_digest
from inbox_agent.office.digest_events import event_parts
from inbox_agent.outbox.templates import Templates
from inbox_agent.registrations import Attendee, EventRules, State
from inbox_agent.registrations.events import Events
from inbox_agent.store.db import Store
from inbox_agent.store.events import attendee_key, migrate, note_event

TEMPLATES = Templates(Path(__file__).resolve().parent.parent / "templates")
BERLIN = ZoneInfo("Europe/Berlin")
CONF = EventRules(
    id="jt2026", name="VSOP-Jahrestagung 2026", title="Sozialplanung", starts=date(2026, 11, 24),
    ends=date(2026, 11, 25), venue="Leipzig", capacity=80,
    pre_registration_deadline=date(2026, 10, 1), registration_deadline=date(2026, 11, 2))
WORKSHOP = EventRules(
    id="ws2026", name="Workshop Datenschutz", title="Datenschutz", starts=date(2026, 10, 20),
    ends=date(2026, 10, 20), venue="Bonn", capacity=20,
    pre_registration_deadline=date(2026, 9, 20), registration_deadline=date(2026, 10, 5),
    fee_member="90", fee_non_member="120")
LAST = EventRules(
    id="jt2025", name="VSOP-Jahrestagung 2025", title="Sozialplanung", starts=date(2025, 9, 25),
    ends=date(2025, 9, 26), venue="Köln", capacity=60,
    pre_registration_deadline=date(2025, 6, 2), registration_deadline=date(2025, 7, 4))


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN).astimezone(timezone.utc)


def person(email: str, state: State, **fields) -> Attendee:
    return Attendee(email=email, state=state, **fields).moved(state, local(2026, 9, 1, 9), "mail:x")


def store_with_two_events(path) -> Store:
    store = Store(path).open()
    migrate(store, LAST.id, local(2025, 5, 1, 9).isoformat())
    for rules in (CONF, WORKSHOP):
        note_event(store, rules.id)
    for event, a in [(CONF.id, person("anna@stadt.de", State.OPTION, name="Anna", member=True)),
                     (CONF.id, person("bernd@kreis.de", State.REGISTERED, name="Bernd",
                                      persons=2, member=False)),
                     (WORKSHOP.id, person("clara@land.de", State.OPTION, name="Clara",
                                          member=True))]:
        store.put("attendees", {"key": attendee_key(store, event, a.email), "event": event,
                                **a.to_dict()})
    at = local(2026, 9, 9, 15).isoformat()
    for key, event, sender, subject in [("<w@x>", WORKSHOP.id, "clara@land.de", "Frage Workshop"),
                                        ("<c@x>", CONF.id, "anna@stadt.de", "Frage Tagung"),
                                        ("<n@x>", "", "dora@amt.de", "Anmeldung")]:
        store.put("messages", {"key": key, "event": event, "from": sender, "subject": subject,
                               "intent": "question", "handled_at": at, "received_at": at,
                               "replies": [], "rules": [], "notes": [], "excerpt": "..."})
        store.put("meta", {"key": f"task:{key}:question:{sender}", "kind": "task",
                           "task": "which_event" if not event else "question", "event": event,
                           "email": sender, "cause": key, "summary": "?", "at": at})
    store.commit()
    return store


def rendered(store: Store, events: Events, now: datetime, language: str = "de"):
    with i18n.use_language(language):
        digest = build_digest(messages=store.all("messages"), failures=(),
                              tasks=[t for t in store.all("meta") if t.get("kind") == "task"],
                              outbox=(), rules=events.first, since=None, now=now,
                              **event_parts(store, events, now))
        context = {"event": {"name": events.first.name}, "office": {"name": "VSOP"},
                   **digest.context()}
        return digest, TEMPLATES.render("digest", language, context)


def test_two_open_events_have_a_section_each_and_every_item_names_its_event(tmp_path):
    store = store_with_two_events(tmp_path / "store.json")
    digest, mail = rendered(store, Events.of(CONF, WORKSHOP), local(2026, 9, 10, 7, 30))
    text = mail.text
    assert [s.id for s in digest.events] == ["jt2026", "ws2026"]
    assert mail.subject.startswith("Tagesübersicht 10.9.2026 – VSOP-Jahrestagung 2026 / "
                                   "Workshop Datenschutz:")
    conference = text.split("=== VSOP-Jahrestagung 2026 ===")[1].split("=== Workshop")[0]
    workshop = text.split("=== Workshop Datenschutz ===")[1].split("== Automatisch")[0]
    assert "belegt 3 von 80" in conference and "anna@stadt.de" in conference
    assert "Erwartete Gebühren: 850 EUR" in conference  # 250 + 2 x 300
    assert "belegt 1 von 20" in workshop and "clara@land.de" in workshop
    assert "Erwartete Gebühren: 90 EUR" in workshop and "anna@stadt.de" not in workshop
    attention = text.split("== Braucht Ihre Aufmerksamkeit")[1].split("=== ")[0]
    clara = attention.split("clara@land.de")[1].split("\n\n")[0]
    assert "Veranstaltung: Workshop Datenschutz" in clara
    dora = attention.split("Welche Veranstaltung? – dora@amt.de")[1].split("\n\n")[0]
    assert "Veranstaltung:" not in dora  # a mail no event could be told for
    mails = text.split("== Alle eingegangenen Mails")[1]
    assert "Betreff: Frage Tagung\n   Veranstaltung: VSOP-Jahrestagung 2026" in mails
    assert "<h2" in mail.html and "Workshop Datenschutz</h2>" in mail.html
    store.close()


def test_with_one_open_event_the_digest_has_no_event_headings(tmp_path):
    store = store_with_two_events(tmp_path / "store.json")
    # The workshop is over: only the conference is open.
    digest, mail = rendered(store, Events.of(CONF, WORKSHOP), local(2026, 10, 21, 7, 30))
    assert [s.id for s in digest.events] == ["jt2026"]
    assert "===" not in mail.text and "Veranstaltung:" not in mail.text
    assert "Tagesübersicht 21.10.2026 – VSOP-Jahrestagung 2026\n" in mail.text
    assert "belegt 3 von 80" in mail.text
    store.close()


def test_the_digest_announces_an_erasure_from_fourteen_days_before(tmp_path):
    store = store_with_two_events(tmp_path / "store.json")
    retention.remember(store, Events.of(LAST))  # last season's conference, not configured now
    events = Events.of(CONF, WORKSHOP)
    _digest, early = rendered(store, events, local(2026, 9, 11, 7, 30))  # 15 days before
    assert "gelöscht" not in early.text
    _digest, due = rendered(store, events, local(2026, 9, 12, 7, 30))
    assert ("In 14 Tagen werden die Daten der Veranstaltung VSOP-Jahrestagung 2025 gelöscht "
            "(am 26.09.2026)") in due.text
    _digest, english = rendered(store, events, local(2026, 9, 25, 7, 30), "en")
    assert ("In 1 day the personal data of the event VSOP-Jahrestagung 2025 will be erased "
            "(on 26 Sep 2026)") in english.text
    store.close()
