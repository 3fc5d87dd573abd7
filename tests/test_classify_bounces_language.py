"""Bounce addresses (DSN, flufl.bounce, German Exchange prose) and the reply language."""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make

from inbox_agent.model import Intent
from inbox_agent.understanding.bounces import failed_recipients
from inbox_agent.understanding.classify import classify, load_rules
from inbox_agent.understanding.language import detect

POSTFIX_DSN = b"""Return-Path: <>
From: MAILER-DAEMON@mail.vsop.de (Mail Delivery System)
To: geschaeftsstelle@vsop.de
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.vsop.de

Final-Recipient: rfc822; weg@stadt-musterhausen.de
Action: failed
Status: 5.1.1

--B--
"""


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def test_dsn_from_raw_bytes(rules):
    mail = make("I'm sorry to have to inform you that your message could not be delivered.",
                sender="MAILER-DAEMON@mail.vsop.de", sender_name="Mail Delivery System",
                subject="Undelivered Mail Returned to Sender",
                headers={"Return-Path": "<>", "Auto-Submitted": "auto-replied",
                         "Content-Type": "multipart/report; report-type=delivery-status; boundary=B"},
                content_type="multipart/report", raw=POSTFIX_DSN)
    assert failed_recipients(mail, OWN).permanent == ("weg@stadt-musterhausen.de",)
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.BOUNCE
    assert verdict.bounced_addresses == ("weg@stadt-musterhausen.de",)
    assert verdict.auto_reply is False


def test_german_exchange_report_in_prose(rules):
    text = ("Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\n"
            "Carla Weber (carla.weber@kreis-beispiel.de)\n"
            "Die E-Mail-Adresse wurde nicht gefunden.\n\n"
            "Diagnoseinformationen für Administratoren:\nGenerierender Server: EX01.kreis-beispiel.local\n"
            "carla.weber@kreis-beispiel.de\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound'\n\n"
            "Ursprüngliche Nachrichtenkopfzeilen:\nReceived: from mail.vsop.de\n"
            "From: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>\nMessage-ID: <inbox-agent.1@vsop.de>\n")
    mail = make(text, sender="postmaster@kreis-beispiel.de", sender_name="Microsoft Outlook",
                subject="Unzustellbar: Ihre Voranmeldung zur VSOP-Jahrestagung 2025")
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.BOUNCE
    assert verdict.bounced_addresses == ("carla.weber@kreis-beispiel.de",)


def test_human_mail_is_not_scanned_for_bounces(rules):
    mail = make("I sent the form to xxx@hotmail.com as you said, but it came back as undeliverable. "
                "Which address should I use instead? Kind regards, Sarah")
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.intent is not Intent.BOUNCE
    assert verdict.bounced_addresses == ()


@pytest.mark.parametrize(
    "text, language",
    [
        ("Sehr geehrte Damen und Herren, hiermit melde ich mich an. Mit freundlichen Grüßen", "de"),
        ("Dear Sir or Madam, I would like to register for the conference. Kind regards", "en"),
        ("Hi, please register me. Thanks!", "en"),
        ("Hallo, bitte um Anmeldung. Danke", "de"),
        ("", "de"),
        ("OK", "de"),
    ],
)
def test_language(text, language):
    assert detect(text) == language
