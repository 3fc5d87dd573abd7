"""Cancelling and registering asked about or told of, not done: a question for a person."""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make

from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


@pytest.mark.parametrize("text", [
    "Sehr geehrte Damen und Herren,\n\nwir bitten um Mitteilung, ob eine Stornierung nach dem 1. Juli "
    "kostenfrei möglich ist.\n\nIm Auftrag\nK. Paulsen",
    "Hallo,\n\nich wüsste gern, ob ich meine Anmeldung zur Tagung noch kostenlos absagen könnte.\n\nGruß\nK. Paulsen",
])
def test_a_cancellation_asked_about_is_no_cancellation(rules, text):
    verdict = classify(make(text, subject="Anfrage zur Tagung"), rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.QUESTION and not verdict.auto_reply


@pytest.mark.parametrize("text", [
    "Hallo,\n\nich bin schon angemeldet und reise mit dem Rad an. Teilen Sie mir bitte mit, ob es am "
    "Tagungsort Fahrradständer gibt.\n\nGruß\nK. Paulsen",
    "Hallo,\n\nich wüsste gern, ob eine Anmeldung zur Tagung auch für Nichtmitglieder offen ist.\n\nGruß\nK. Paulsen",
])
def test_a_registering_word_beside_a_question_rule_is_a_question(rules, text):
    verdict = classify(make(text, subject="Tagung"), rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.QUESTION and not verdict.auto_reply


def test_a_place_asked_for_beside_a_question_stays_the_action(rules):
    verdict = classify(make("Hallo,\n\nbitte merken Sie mich für die Tagung vor. Eine Frage noch: gibt es "
                            "vegetarisches Essen?\n\nGruß\nK. Paulsen", subject="Tagung"), rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.PRE_REGISTRATION and verdict.needs_human and verdict.questions


@pytest.mark.parametrize("text", [
    "Guten Tag,\n\nich habe mich im Mai verbindlich angemeldet. Unsere Kasse fragt, ob die Rechnung auch "
    "an zwei Stellen gehen kann.\n\nGruß\nK. Paulsen",
    "Guten Tag,\n\nich bin fest angemeldet, reise aber erst am zweiten Tag an. Darf meine Kollegin am "
    "ersten Tag an meiner Stelle kommen?\n\nGruß\nK. Paulsen",
])
def test_a_registration_told_as_done_beside_a_question_is_a_question(rules, text):
    verdict = classify(make(text, subject="Tagung"), rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.QUESTION and not verdict.auto_reply
    assert any(h.rule == "questions:told-registered" for h in verdict.rule_hits)


@pytest.mark.parametrize("text, intent", [
    ("Guten Tag,\n\nich bin schon vorgemerkt. Könnten Sie bitte auch meinen Kollegen Ole Hansen "
     "dazunehmen?\n\nGruß\nK. Paulsen", Intent.PRE_REGISTRATION),                  # the question is the request
    ("Guten Tag,\n\nich bin schon vorgemerkt. Jetzt melde ich mich verbindlich an. Gibt es Parkplätze?\n\n"
     "Gruß\nK. Paulsen", Intent.REGISTRATION),
])
def test_a_request_beside_a_registration_told_of_stays_the_action(rules, text, intent):
    assert classify(make(text, subject="Tagung"), rules, OWN, OWN_DOMAIN).intent is intent


@pytest.mark.parametrize("text", [
    "Moin,\n\nim Flyer steht Raum 2, auf der Website Raum 4. Welcher gilt denn jetzt\n\nGruß\nK. Paulsen",
    "Moin,\n\nich bräuchte für die Personalabteilung eine Auskunft, ob es eine Teilnahmebestätigung gibt.\n\n"
    "Gruß\nK. Paulsen",
])
def test_a_question_without_its_mark_is_a_question(rules, text):
    verdict = classify(make(text, subject="Tagung"), rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.QUESTION and not verdict.auto_reply


def test_a_report_before_the_action_in_one_sentence_leaves_the_action_beside_a_question(rules):
    verdict = classify(make("Liebe Frau Berg,\n\nwir hatten telefoniert – wie verabredet melde ich mich hiermit "
                            "vor. Wir sind Mitglied, also 250 €, stimmt das?\n\nGruß\nK. Paulsen",
                            subject="Voranmeldung"), rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.PRE_REGISTRATION and verdict.needs_human and verdict.questions
