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
