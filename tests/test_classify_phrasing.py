"""Ways of saying it that an office worker understands at once (found in review)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.understanding.classify import classify, load_rules

RULES = load_rules(Path(__file__).resolve().parents[1] / "rules")


def verdict(subject: str, body: str, **headers: str):
    msg = EmailMessage()
    msg["From"] = "Eva Berg <eva.berg@stadt-x.de>"
    msg["To"] = "geschaeftsstelle@vsop.de"
    msg["Subject"] = subject
    msg["Message-ID"] = "<t1@stadt-x.de>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return classify(parse_bytes(bytes(msg)), RULES, own_addresses=frozenset({"geschaeftsstelle@vsop.de"}),
                    own_domain="vsop.de")


@pytest.mark.parametrize("subject, body, intent", [
    ("Jahrestagung", "Guten Tag,\n\nhiermit melde ich mich unverbindlich zur VSOP-Jahrestagung in Köln an.\n\nViele Grüße\nEva Berg", "pre_registration"),
    ("Tagung", "Hallo, ich würde gerne an der Tagung in Köln teilnehmen. Gruß Eva", "pre_registration"),
    ("Anmeldung", "Ich nehme an der Jahrestagung teil. Eva Berg", "pre_registration"),
])
def test_plain_wishes_to_come(subject, body, intent):
    assert verdict(subject, body).intent == intent


@pytest.mark.parametrize("body", [
    "Ich kann leider nicht teilnehmen.\n\nEva Berg",
    "Leider bin ich an dem Termin verhindert.\nEva Berg",
    "Sorry, I cannot attend after all.\nEva",
])
def test_a_short_no_to_our_programme_mail_is_a_cancellation(body):
    v = verdict("Re: Ihre Voranmeldung: VSOP-Jahrestagung – Programm und Anmeldeformular", body,
                In_Reply_To="<programme.abc@vsop.de>", References="<programme.abc@vsop.de>")
    assert v.intent == "cancellation"


def test_a_colleague_instead_is_not_a_plain_cancellation():
    v = verdict("Re: Ihre Voranmeldung", "Ich kann leider nicht teilnehmen, meine Kollegin Frau Roth kommt stattdessen.",
                In_Reply_To="<programme.abc@vsop.de>")
    assert v.intent != "cancellation" or not v.auto_reply


@pytest.mark.parametrize("subject, body", [
    ("Währung", "Guten Tag,\n\nunsere Kasse fragt, ob die Rechnung auch in Franken gestellt werden kann.\n\nEva Berg"),
    ("Tagung", "Hallo,\n\nich wüsste gern, ob es am Donnerstagabend ein gemeinsames Abendessen gibt.\n\nEva Berg"),
    ("Conference", "Dear all,\n\nI was wondering whether the talks will be recorded for later viewing.\n\nEva Berg"),
    ("Kurze Bitte", "Hallo,\n\nwir haben ein paar Fragen zu den Kosten für eine Gruppe. Bitte rufen Sie mich kurz zurück.\n\nEva Berg"),
    ("Anmeldebogen", "Guten Tag,\n\ngibt es den Anmeldebogen auch als Word-Datei?\n\nEva Berg"),
    ("Overpaid?", "Hello,\n\nour treasurer says the payment left on Monday. Could you check that the amount arrived?\n\nEva Berg"),
])
def test_questions_told_or_about_money_forms_and_language(subject, body):
    """An indirect question without "?", and questions on topics beyond the programme
    (payment, currency, forms, reduced rates), are questions for a person."""
    assert verdict(subject, body).intent == "question"


@pytest.mark.parametrize("body", [
    "Hello,\n\nwe are an SEO agency. Shall I send you a free audit and our price list?\n\nBest, Tom",
    "Hallo,\n\nkönnten Sie für das Jugendamt der Stadt Eibenau gleich zwei Plätze blocken? Wer fährt, ist offen.\n\nEva",
])
def test_a_price_list_or_places_to_block_are_no_question_for_the_office(body):
    assert verdict("Anfrage", body).intent != "question"
