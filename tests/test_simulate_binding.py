"""``simulate`` of a season of binding registrations as people send them
(tests/seasons/binding/: free text, English, form lines, a PDF form, an unreadable PDF,
a question riding along, a fee instead of a membership, an invoice address "to follow"):
every binding registrant ends registered or in staff's hands; none lapsed; nobody is
asked for what they wrote (issue 13)."""

from __future__ import annotations

import email
import email.policy
from datetime import date
from pathlib import Path

import pytest

from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.simulate import simulate
from inbox_agent.config import load_config
from inbox_agent.registrations import State

HERE = Path(__file__).resolve().parent / "seasons"
BINDING = {"anna.weber", "emma.price", "b.kuehn", "jan.ost", "paul.scan", "dora.lind", "kim.roth"}


@pytest.fixture(scope="module")
def season():
    return simulate(load_config(HERE / "binding.toml"), HERE / "binding", date(2025, 9, 30), wire=bootstrap)


def _who(address: str) -> str:
    return address.split("@")[0]


def test_every_binding_registrant_is_registered_or_with_staff(season):
    people = {_who(a.email): a for a in season.attendees}
    assert set(people) == BINDING
    assert not [who for who, a in people.items() if a.state == State.LAPSED]
    for who, a in people.items():
        in_staffs_hands = a.state == State.OPTION and a.binding_at is not None \
            and "binding-review" in a.reminders_sent
        assert a.state == State.REGISTERED or in_staffs_hands, (who, a.state)
    assert {w for w, a in people.items() if a.state == State.REGISTERED} == \
        BINDING - {"paul.scan", "dora.lind"}
    assert "lapsed" not in {e.get("kind") for e in season.entries if e.event == "outbound"}


def test_nobody_is_asked_for_what_they_wrote(season):
    asked = [(e.get("to"), e) for e in season.entries
             if e.event == "outbound" and e.get("kind") == "missing_fields"]
    assert [_who(to) for to, _ in asked] == ["dora.lind"]  # she wrote "reiche ich nach"
    (dora,) = [m for _, m in season.sender.sent if "dora.lind" in m.recipients[0]
               and m.kind == "missing_fields"]
    body = email.message_from_bytes(dora.data, policy=email.policy.default).get_body(("plain",)).get_content()
    wanted = [line.strip()[2:] for line in body.splitlines() if line.startswith("  - ")]
    assert wanted == ["Rechnungsanschrift"]
    assert "Ihr Platz ist Ihnen sicher" in body


def test_what_was_known_or_quoted_fills_the_record(season):
    people = {_who(a.email): a for a in season.attendees}
    assert people["anna.weber"].member is True and people["anna.weber"].fee == 250  # from the pre-registration
    assert people["anna.weber"].organization.startswith("Stadt Nordheim")
    assert people["emma.price"].member is False  # said in the pre-registration
    assert people["kim.roth"].member is False  # "300 €"
    assert people["paul.scan"].state == State.OPTION  # the unreadable form is with staff
    # The unreadable form asked its sender nothing and reminded him of nothing.
    assert not [e for e in season.entries if e.event == "outbound" and _who(e.get("to")) == "paul.scan"]


def test_the_question_rides_along_with_the_programme(season):
    (programme,) = [m for _, m in season.sender.sent
                    if m.kind == "programme" and "anna.weber" in m.recipients[0]]
    body = email.message_from_bytes(programme.data, policy=email.policy.default).get_body(("plain",)).get_content()
    assert "Ihre Frage „Gibt es am Tagungsort Parkplätze?“ beantworten wir Ihnen persönlich." in body
