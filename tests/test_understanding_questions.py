"""Several things in one mail: the action the mail asks for, and the questions that ride
along (quoted as written, for a person to answer). Mails of our own writing, German and
English, as people write them; plain values in, plain values out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules
from inbox_agent.understanding.explain import as_json_line
from tests.helpers import make_mail

RULES = load_rules(Path(__file__).resolve().parents[1] / "rules")
OWN = frozenset({"geschaeftsstelle@vsop.de"})


def verdict(body: str, subject: str = "Jahrestagung 2025", sender: str = "Eva Lang <eva.lang@kreis-nord.de>",
            headers: dict[str, str] | None = None):
    mail = parse_bytes(make_mail(sender=sender, subject=subject, body=body, headers=headers))
    return classify(mail, RULES, own_addresses=OWN, own_domain="vsop.de")


# (subject, body, action intent, the questions quoted)
MIXED = [
    ("Voranmeldung Jahrestagung",
     "Guten Tag,\n\nich melde mich unverbindlich an. Gibt es Parkplätze?\n\nViele Grüße\nEva Lang\n",
     Intent.PRE_REGISTRATION, ("Gibt es Parkplätze?",)),
    ("Stornierung meiner Anmeldung zur Jahrestagung",
     "Hallo,\n\nich muss leider stornieren – fallen Stornogebühren an?\n\nGruß\nEva Lang\n",
     Intent.CANCELLATION, ("fallen Stornogebühren an?",)),
    ("Pre-registration annual conference",
     "Dear colleagues,\n\nplease put me down for the conference in Cologne. Is there a vegetarian "
     "option at lunch?\n\nBest regards\nEva Lang\n",
     Intent.PRE_REGISTRATION, ("Is there a vegetarian option at lunch?",)),
    ("Voranmeldung",
     "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich unverbindlich zur Jahrestagung in Köln an.\n"
     "Wie weit ist der Tagungsort vom Hauptbahnhof entfernt? Und gibt es eine Garderobe?\n\n"
     "Mit freundlichen Grüßen\nEva Lang\n",
     Intent.PRE_REGISTRATION,
     ("Wie weit ist der Tagungsort vom Hauptbahnhof entfernt?", "Und gibt es eine Garderobe?")),
    ("Cancellation",
     "Hello,\n\nI have to cancel my registration for the conference, sadly. Will the fee be refunded?\n\n"
     "Kind regards\nEva Lang\n",
     Intent.CANCELLATION, ("Will the fee be refunded?",)),
    ("Anmeldung für uns zwei",
     "Guten Tag,\n\nwir machen es fest: ich (Mitglied) und Frau Carola Wedekind, die nicht Mitglied ist. "
     "Die Kreiskasse zahlt nach Rechnung. Bekommen wir eine Sammelrechnung?\n\nRechnung an:\nKreis Nord\n"
     "Kapellenstraße 20\n47608 Nordstadt\n\nViele Grüße\nEva Lang\n",
     Intent.REGISTRATION, ("Bekommen wir eine Sammelrechnung?",)),
    ("Cologne",
     "Hi,\n\nconfirming my place for Cologne. Invoice to: Kreis Nord, Finance, Kapellenstraße 20, 47608 Nordstadt. "
     "We pay by bank transfer once the invoice is in. Can the invoice show our PO number?\n\nThanks\nEva Lang\n",
     Intent.REGISTRATION, ("Can the invoice show our PO number?",)),
]

# Mails that only ask: they stay questions (a person answers; no action of their own).
ONLY_ASKING = [
    ("Frage zur Anmeldung",
     "Hallo,\n\nbis wann ist eine Anmeldung zur Jahrestagung möglich?\n\nGruß\nEva Lang\n"),
    ("Barrierefreiheit",
     "Guten Tag,\n\nbevor ich mich voranmelde, eine Frage: Ist der Tagungsort in Köln barrierefrei?\n\n"
     "Viele Grüße\nEva Lang\n"),
    ("Vertretung Jahrestagung",
     "Hallo,\n\nich kann nicht an der Jahrestagung teilnehmen. Kann meine Kollegin stattdessen kommen?\n\n"
     "Gruß\nEva Lang\n"),
    ("Question about the conference",
     "Dear Sir or Madam,\n\nwe might want to register for the conference. Before we do: is there "
     "simultaneous interpreting?\n\nBest\nEva Lang\n"),
    ("Jahrestagung",
     "Hallo,\n\nich kann leider nicht teilnehmen, meine Kollegin ist auch kein Mitglied. Wäre eine Vertretung "
     "möglich?\n\nGruß\nEva Lang\n"),
]


@pytest.mark.parametrize("subject,body,intent,questions", MIXED, ids=[m[0] for m in MIXED])
def test_the_action_and_the_questions_that_ride_along(subject, body, intent, questions):
    v = verdict(body, subject)
    assert v.intent is intent
    assert v.questions == questions
    assert v.needs_human is True
    assert v.auto_reply is True  # the agent acts; a person answers the question


@pytest.mark.parametrize("subject,body", ONLY_ASKING, ids=[m[0] for m in ONLY_ASKING])
def test_a_mail_that_only_asks_stays_a_question(subject, body):
    v = verdict(body, subject)
    assert v.intent is Intent.QUESTION
    assert v.questions and v.needs_human and not v.auto_reply


def test_a_plain_pre_registration_needs_nobody():
    v = verdict("Guten Tag,\n\nich melde mich unverbindlich zur Jahrestagung an.\n\nViele Grüße\nEva Lang\n",
                "Voranmeldung")
    assert v.intent is Intent.PRE_REGISTRATION and v.questions == () and v.needs_human is False


def test_polite_requests_the_programme_answers_are_no_questions():
    v = verdict("Hallo,\n\nich möchte mich unverbindlich anmelden. Können Sie mir das Programm zusenden?\n\n"
                "Gruß\nEva Lang\n", "Voranmeldung Jahrestagung")
    assert v.intent is Intent.PRE_REGISTRATION and v.questions == () and not v.needs_human


def test_tag_questions_and_quoted_questions_ask_nothing():
    v = verdict("Hallo,\n\nich melde mich unverbindlich an, das geht doch per Mail, oder?\n\n"
                "> Gibt es noch Plätze?\n\nGruß\nEva Lang\n", "Voranmeldung Jahrestagung")
    assert v.intent is Intent.PRE_REGISTRATION and v.questions == ()


def test_a_machine_never_has_questions():
    v = verdict("Ich bin bis 20. Mai nicht im Büro. Haben Sie Fragen? Wenden Sie sich an Herrn Mai.",
                "Automatische Antwort: Jahrestagung", headers={"Auto-Submitted": "auto-replied"})
    assert v.intent is Intent.AUTO_REPLY and v.questions == () and v.needs_human is False


def test_other_and_question_always_need_a_person():
    assert verdict("Vielen Dank!\n\nEva", "Danke").needs_human is True


def test_classify_json_has_the_documented_keys():
    v = verdict(MIXED[0][1], MIXED[0][0])
    line = json.loads(as_json_line("a.eml", v))
    assert list(line)[:9] == ["file", "intent", "auto_reply", "needs_human", "questions", "event",
                              "fields", "missing", "rule_hits"]
    assert line["intent"] == "pre_registration" and line["questions"] == ["Gibt es Parkplätze?"]
    assert line["needs_human"] is True and line["event"] is None
    assert "questions:ride-along" in line["rule_hits"]


@pytest.mark.parametrize("subject,body", [
    ("Programm",
     "Guten Morgen,\n\nbevor ich mich überhaupt vormerken lasse, hätte ich gern gewusst, ob es am zweiten Tag "
     "Arbeitsgruppen gibt.\n\nViele Grüße\nEva Lang\n"),
    ("Query regarding conference",
     "Dear Sir,\n\nI wish to know whether participants from abroad can also attend the annual meeting.\n\n"
     "Regards\nEva Lang\n"),
    ("wann kommt das programm",
     "hallo\n\nich bin vorgemerkt, habe aber noch kein programm bekommen, unsere dienstreisestelle will das sehen "
     "wann ist mit dem programm zu rechnen\n\neva lang\n"),
])
def test_a_question_told_without_a_question_mark_is_a_question(subject, body):
    """ "bevor ich mich vormerken lasse" weighs a step, "ich bin vorgemerkt" reports one: the mail asks."""
    v = verdict(body, subject=subject)
    assert v.intent is Intent.QUESTION and v.needs_human
