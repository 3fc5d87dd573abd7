"""What the registration logic leaves to the office is put into the staff language where
it is read: German by default (word for word as before), English with ``[office]
language = "en"``, also after the task was stored as JSON and read back."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from test_registrations_support import Office, berlin, make_rules

from inbox_agent import i18n
from inbox_agent.model import Intent, Reason
from inbox_agent.registrations import STATE_LABELS, State, mark_paid, state_label, state_reason
from inbox_agent.registrations.attendee import STATE_DE

PRE, REG, CANCEL = Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION
EARLY = berlin(2025, 4, 10, 9)
FORM = dict(name="Anna Schmidt", organization="Stadt Musterhausen", member=True,
            invoice_address="Marktplatz 1, 12345 Musterhausen", payment_agreement=True)

# Words (and marks) that only German task texts contain.
GERMAN = re.compile(r"[äöüßÄÖÜ„]|\b(Mail an|unzustellbar|Erinnerungen|Anmeldung|Anmeldefrist|"
                    r"eingegangen|bitte|Hand|verbindlich|angemeldet|Warteliste|bezahlt|storniert|"
                    r"fehlt|Gruppe|Frage|Absage)\b")


def _task(decision, kind):
    (task,) = [t for t in decision.needs_human if t.kind == kind]
    return task


def _stored(task) -> dict:
    """The summary as the store keeps it (JSON), read back."""
    return json.loads(json.dumps(task.summary.to_dict()))


def _bounce_task():
    o = Office(make_rules())
    o.mail("a@x.de", PRE, EARLY, display="Anna Schmidt", name="Anna Schmidt")
    d = o.mail("mailer-daemon@x.de", Intent.BOUNCE, berlin(2025, 4, 11), bounced=("a@x.de",),
               auto_reply=False)
    return _task(d, "bounce")


def _late_registration_task():
    o = Office(make_rules(after_registration_deadline="staff"))
    d = o.mail("y@x.de", REG, berlin(2025, 7, 10), **dict(FORM, name="Yve Bauer"))
    return _task(d, "late_registration")


def test_a_bounce_task_reads_german_by_default_and_english_when_asked():
    task = _bounce_task()
    german = "Mail an Anna Schmidt <a@x.de> kam unzustellbar zurück; dorthin gehen keine Erinnerungen mehr"
    assert i18n.render(task.summary) == german
    assert i18n.render(_stored(task)) == german
    with i18n.use_language("en"):
        english = i18n.render(_stored(task))
    assert english == "Mail to Anna Schmidt <a@x.de> bounced; no more reminders go there"
    assert not GERMAN.search(english)


def test_a_late_registration_task_reads_german_by_default_and_english_when_asked():
    task = _late_registration_task()
    assert i18n.render(_stored(task)) == (
        "Yve Bauer: Anmeldung nach Ablauf der Anmeldefrist (eingegangen 10.07.2025 10:00 UTC); "
        "bitte von Hand entscheiden")
    with i18n.use_language("en"):
        english = i18n.render(_stored(task))
    assert english == ("Yve Bauer: registration after the registration deadline "
                       "(received 10.07.2025 10:00 UTC); please decide by hand")
    assert not GERMAN.search(english)


def test_a_state_inside_a_task_is_translated_too():
    o = Office(make_rules())
    o.mail("a@x.de", REG, EARLY, **FORM)
    o.attendees["a@x.de"] = mark_paid(o.attendees["a@x.de"], Decimal("250.00"), "anna", berlin(2025, 4, 20))
    task = _task(o.mail("a@x.de", CANCEL, berlin(2025, 4, 21)), "refund")
    assert i18n.render(_stored(task)) == (
        "Anna Schmidt hat eine verbindliche Anmeldung storniert (war: bezahlt, bezahlt: 250.00 EUR): "
        "Stornobedingungen / Erstattung prüfen")
    with i18n.use_language("en"):
        english = i18n.render(_stored(task))
    assert "(was: paid, paid: 250.00 EUR)" in english and not GERMAN.search(english)


def test_the_fields_a_form_lacks_are_named_in_the_staff_language():
    o = Office(make_rules())
    d = o.mail("x@x.de", REG, EARLY, missing=("invoice_address", "member"), **dict(FORM, name="Xaver"))
    task = _task(d, "missing_fields")
    assert i18n.render(_stored(task)) == (
        "Der Anmeldung von Xaver fehlt: Rechnungsanschrift, Angabe, ob Sie Mitglied des Vereins "
        "sind (ja/nein) (automatisch nachgefragt)")
    with i18n.use_language("en"):
        assert i18n.render(_stored(task)) == (
            "The registration of Xaver lacks: invoice address, membership of the association "
            "(yes/no) (asked for automatically)")


def test_a_summary_reads_like_its_text_in_the_staff_language():
    task = _bounce_task()
    assert "unzustellbar" in task.summary and str(task.summary).startswith("Mail an ")
    with i18n.use_language("en"):
        assert "bounced" in task.summary and "unzustellbar" not in task.summary


@pytest.mark.parametrize("state", list(State))
def test_every_state_has_a_label_in_both_languages(state):
    assert state_label(state) == STATE_DE[state.value]  # the German table cannot drift
    with i18n.use_language("en"):
        english = state_label(state)
        assert english == STATE_LABELS[state.value] and not GERMAN.search(english)
        assert i18n.render(state_reason(state)) == english
    assert english != STATE_DE[state.value]


def test_the_german_state_table_and_the_labels_name_the_same_states():
    assert set(STATE_DE) == set(STATE_LABELS) == {s.value for s in State}
    assert {k: state_label(k) for k in STATE_LABELS} == STATE_DE
    assert state_label("unheard-of") == "unheard-of"
    assert i18n.render(Reason.of("{s}", s=state_reason("option"))) == "Option (vorangemeldet)"


def test_the_notes_the_digest_shows_with_a_mail_are_in_the_staff_language():
    o = Office(make_rules())
    other = o.mail("o@x.de", Intent.OTHER, EARLY)
    bounce = o.mail("mailer-daemon@x.de", Intent.BOUNCE, EARLY, bounced=("fremd@y.de",), auto_reply=False)
    stored = [json.loads(json.dumps(d.notes[0].to_dict())) for d in (other, bounce)]
    assert [i18n.render(n) for n in stored] == [
        "o@x.de: Mail betrifft keine Anmeldung, nichts unternommen",
        "Unzustellbar-Meldung für fremd@y.de: nicht auf der Liste"]
    with i18n.use_language("en"):
        assert [i18n.render(n) for n in stored] == [
            "o@x.de: mail not about a registration, nothing done",
            "bounce for fremd@y.de: not on the list"]
