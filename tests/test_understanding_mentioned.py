"""Cancelling mentioned, not done (understanding/mentioned.py): a mail that tells of an
earlier cancellation is read by what it asks now; a mail that cancels stays a
cancellation."""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make

from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules

PRE, REG, CAN = Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def verdict(rules, text, subject="Jahrestagung"):
    return classify(make(text, subject=subject), rules, OWN, OWN_DOMAIN)


@pytest.mark.parametrize("text, subject, intent", [
    ("Guten Tag,\n\nvoriges Jahr musste ich leider absagen, diesmal klappt es. Bitte merken Sie mich "
     "für die Tagung vor.\n\nGruß\nUte Berg", "Jahrestagung", PRE),                     # her own, last year
    ("Hallo,\n\nmeine Kollegin hat bei Ihnen abgesagt. Ich möchte mich stattdessen für die Tagung "
     "vormerken lassen.\n\nViele Grüße\nJan Ott", "Vormerkung", PRE),                   # a colleague's
    ("Sehr geehrte Damen und Herren,\n\ndie Kreistagssitzung habe ich abgesagt – damit melde ich mich "
     "verbindlich zur Tagung an. Wir sind Mitglied.\n\nMit freundlichen Grüßen\nEva Kern",
     "Anmeldung", REG),                                                                 # another appointment
    ("Hallo,\n\nunsere Absage neulich betraf den Workshop, nicht die Tagung. Für Köln merke ich mich "
     "gern vor.\n\nGruß\nOle Brandt", "Köln / keine Absage", PRE),
])
def test_a_cancellation_told_of_is_read_by_what_the_mail_asks_now(rules, text, subject, intent):
    found = verdict(rules, text, subject)
    assert found.intent is intent
    assert any(h.rule == "grammar:cancelling-told" for h in found.rule_hits)


@pytest.mark.parametrize("text", [
    "Guten Tag,\n\nich muss meine Anmeldung zur Tagung leider absagen.\n\nGruß\nUte Berg",
    "Hallo,\n\nhiermit habe ich meine Voranmeldung für Köln storniert.\n\nGruß\nJan Ott",
    # told of before, and cancelled now as well
    "Hallo,\n\nletztes Jahr musste ich schon absagen, und leider muss ich auch meine Voranmeldung "
    "für dieses Jahr absagen.\n\nGruß\nOle Brandt",
])
def test_a_mail_that_cancels_stays_a_cancellation(rules, text):
    assert verdict(rules, text, "Tagung").intent is CAN


def test_a_registration_that_strikes_two_named_colleagues_is_a_registration_for_a_person(rules):
    found = verdict(rules, "Sehr geehrte Damen und Herren,\n\nvon den vier vorgemerkten Personen nehmen zwei "
                    "verbindlich teil: Jörg Ahrens und Tina Voss, beide Mitglied.\n\nFrau Lenz und Herr Kahl "
                    "kommen nicht mit; bitte streichen Sie die beiden.\n\nMit freundlichen Grüßen\nAnke Sommer",
                    "Verbindliche Anmeldung")
    assert found.intent is REG and found.needs_human and not found.auto_reply
