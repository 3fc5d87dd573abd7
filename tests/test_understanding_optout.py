"""An opt-out read as grammar where no rule knew the words (understanding/optout.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make

from inbox_agent.model import Address, Intent
from inbox_agent.understanding import optout
from inbox_agent.understanding.classify import classify, load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


@pytest.mark.parametrize("sentence", [
    "Wir möchten in Zukunft keine Rundschreiben von Ihnen mehr erhalten.",
    "Bitte entfernen Sie meine E-Mail-Adresse.",
    "Bitte stellen Sie die Zusendung Ihres Newsletters ein.",
    "Nehmen Sie uns bitte aus dem Infoverteiler raus.",
    "Please delete my address from your circulars.",
])
def test_a_sentence_that_asks_the_office_to_stop_its_mail(sentence):
    assert optout.opted_out(f"Guten Tag,\n\n{sentence}\n\nGruß\nB. Lange") == sentence


@pytest.mark.parametrize("text", [
    "Bitte schicken Sie den Rundbrief künftig nicht mehr an diese Adresse, sondern an b.lange@x.example.",
    "Bekomme ich keine Einladung mehr?",                                 # a question
    "Bitte streichen Sie meine Anmeldung zur Tagung.",                   # the conference's place: a cancellation
    "Unsere Post geht bitte an die neue Adresse.",                       # a change, no end
    "Ich habe Ihre Einladung bekommen und freue mich.",
])
def test_no_opt_out(text):
    assert optout.opted_out(text) is None


def test_a_mail_no_rule_knew_that_stops_the_mail_is_an_opt_out_never_answered(rules):
    mail = make("Moin,\n\nwir sind seit Juli nicht mehr für Sozialplanung zuständig. Bitte nehmen Sie "
                "uns aus dem Versand Ihrer Rundmails heraus.\n\nGruß\nB. Lange", subject="Rundmails")
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.OPT_OUT and not verdict.auto_reply
    assert any(h.rule == "grammar:opt-out" for h in verdict.rule_hits)


def test_mass_mail_that_says_the_same_is_no_opt_out(rules):
    mail = replace(make("Liebe Mitglieder,\n\nbitte löschen Sie meine alte Adresse aus Ihren Verteilern.\n\n"
                        "Gruß\nB. Lange", subject="Neue Adresse"), to=(Address("verteiler@x.example"),))
    assert classify(mail, rules, OWN, OWN_DOMAIN).intent is Intent.BULK


def test_an_opt_out_beside_a_registration_told_of_is_an_opt_out(rules):
    mail = make("Hallo,\n\nhiermit bestelle ich Ihren Newsletter ab. Zur Tagung bin ich schon angemeldet, "
                "daran ändert sich nichts.\n\nGruß\nB. Lange", subject="Newsletter")
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.OPT_OUT and not verdict.auto_reply


def test_a_pre_registration_beside_an_opt_out_stays_a_pre_registration(rules):
    mail = make("Hallo,\n\nbitte merken Sie mich für die Tagung vor. Den Newsletter bestelle ich hiermit ab, "
                "der geht an unser Sammelpostfach.\n\nGruß\nB. Lange", subject="Tagung")
    assert classify(mail, rules, OWN, OWN_DOMAIN).intent is Intent.PRE_REGISTRATION
