"""Never answer a machine: each loop-guard signal, and that it wins over the words."""

from __future__ import annotations

from dataclasses import replace

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make

from inbox_agent.model import Address, Attachment, Intent
from inbox_agent.understanding import loopguard
from inbox_agent.understanding.classify import classify, load_rules
from inbox_agent.understanding.context import MailContext

REGISTRATION_TEXT = "Hiermit melde ich mich verbindlich zur Jahrestagung an."


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def signals(mail):
    return {s.name: s for s in loopguard.signals(MailContext(mail, OWN, OWN_DOMAIN))}


@pytest.mark.parametrize(
    "headers, name, kind",
    [
        ({"Auto-Submitted": "auto-replied"}, "auto-submitted", loopguard.AUTO_REPLY),
        ({"Auto-Submitted": "auto-generated; type=vacation"}, "auto-submitted", loopguard.AUTO_REPLY),
        ({"Auto-Submitted": "auto-notified"}, "auto-submitted", loopguard.AUTO_REPLY),
        ({"List-Id": "<vsop.lists.example>"}, "list-headers", loopguard.BULK),
        ({"List-Unsubscribe": "<mailto:x@example.org>"}, "list-headers", loopguard.BULK),
        ({"X-Mailing-List": "vsop@example.org"}, "list-headers", loopguard.BULK),
        ({"Precedence": "bulk"}, "precedence", loopguard.BULK),
        ({"Precedence": "junk"}, "precedence", loopguard.BULK),
        ({"Precedence": "list"}, "precedence", loopguard.BULK),
        ({"Precedence": "auto_reply"}, "precedence", loopguard.AUTO_REPLY),
        ({"X-Auto-Response-Suppress": "All"}, "x-auto-response-suppress", loopguard.MACHINE),
        ({"X-Auto-Response-Suppress": "DR, OOF, RN"}, "x-auto-response-suppress", loopguard.MACHINE),
        ({"X-Autoreply": "yes"}, "x-autoreply", loopguard.AUTO_REPLY),
        ({"X-Autorespond": "Out of office"}, "x-autoreply", loopguard.AUTO_REPLY),
        ({"Return-Path": "<>"}, "null-return-path", loopguard.MACHINE),
        ({"Content-Type": "multipart/report; report-type=delivery-status; boundary=x"}, "report", loopguard.BOUNCE),
        ({"Content-Type": "multipart/report; report-type=disposition-notification"}, "report", loopguard.MACHINE),
    ],
)
def test_header_signals(headers, name, kind, rules):
    mail = make(REGISTRATION_TEXT, headers=headers)
    found = signals(mail)
    assert name in found and found[name].kind == kind
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.auto_reply is False
    assert verdict.suppressed_because
    assert any(hit.rule == f"loop-guard:{name}" for hit in verdict.rule_hits)


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto-Submitted": "no"},
        {"Precedence": "normal"},
        {"X-Auto-Response-Suppress": "None"},
        {"Return-Path": "<anna.schmidt@stadt-musterhausen.de>"},
    ],
)
def test_harmless_values_do_not_suppress(headers, rules):
    verdict = classify(make(REGISTRATION_TEXT, headers=headers), rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.REGISTRATION
    assert verdict.auto_reply is True, verdict.suppressed_because


@pytest.mark.parametrize(
    "sender",
    ["MAILER-DAEMON@mx.example.org", "postmaster@example.org", "noreply@example.org", "no-reply@example.org"],
)
def test_system_senders(sender, rules):
    mail = make(REGISTRATION_TEXT, sender=sender, sender_name="")
    assert signals(mail)["system-sender"].kind == loopguard.MACHINE
    assert classify(mail, rules, OWN, OWN_DOMAIN).auto_reply is False


@pytest.mark.parametrize(
    "sender",
    ["owner-vsop@lists.example", "vsop-owner@lists.example", "vsop-request@lists.example",
     "vsop-bounces+anna=example.org@lists.example", "listserv@example.org", "majordomo@example.org"],
)
def test_list_senders(sender, rules):
    mail = make(REGISTRATION_TEXT, sender=sender, sender_name="")
    assert signals(mail)["list-sender"].kind == loopguard.BULK
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.BULK and verdict.auto_reply is False


def test_own_address_and_own_message_id(rules):
    from_us = make(REGISTRATION_TEXT, sender="Geschaeftsstelle@VSOP.de")
    assert signals(from_us)["own-address"].kind == loopguard.OWN
    assert classify(from_us, rules, OWN, OWN_DOMAIN).auto_reply is False

    our_id = make(REGISTRATION_TEXT, message_id="<inbox-agent.abc123@vsop.de>")
    assert signals(our_id)["own-message-id"].kind == loopguard.OWN
    verdict = classify(our_id, rules, OWN, OWN_DOMAIN)
    assert verdict.auto_reply is False
    assert "is ours" in verdict.suppressed_because


def test_reply_to_our_mail_is_not_our_own_mail(rules):
    mail = make(REGISTRATION_TEXT, in_reply_to=("<inbox-agent.abc123@vsop.de>",))
    assert "own-message-id" not in signals(mail)
    assert classify(mail, rules, OWN, OWN_DOMAIN).auto_reply is True


def test_delivery_status_part_makes_a_bounce(rules):
    dsn = Attachment("details.txt", "message/delivery-status",
                     b"Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; gone@example.org\n"
                     b"Action: failed\nStatus: 5.1.1\n")
    mail = make("Delivery failed.", sender="MAILER-DAEMON@mx.example.org", sender_name="",
                subject="Hallo", attachments=(dsn,))
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.BOUNCE
    assert verdict.auto_reply is False
    assert verdict.bounced_addresses == ("gone@example.org",)


def test_machine_evidence_beats_the_words(rules):
    listed = make(REGISTRATION_TEXT, headers={"List-Id": "<x.example.org>"})
    assert classify(listed, rules, OWN, OWN_DOMAIN).intent is Intent.BULK
    replied = make(REGISTRATION_TEXT, headers={"Auto-Submitted": "auto-replied"})
    assert classify(replied, rules, OWN, OWN_DOMAIN).intent is Intent.AUTO_REPLY


@pytest.mark.parametrize(
    "subject, text",
    [
        ("Abwesenheitsnotiz: Jahrestagung", "Ich bin nicht im Büro."),
        ("Automatische Antwort: Anmeldung", "Danke für Ihre Nachricht."),
        ("Out of Office: registration", "Thanks for your mail."),
        ("Re: Jahrestagung", "Vielen Dank für Ihre Nachricht. Ich bin bis zum 12. Mai nicht im Büro. "
                             "In dringenden Fällen wenden Sie sich bitte an meine Kollegin."),
        ("Re: conference", "I am currently out of the office with limited access to email and will be "
                           "back on 12 May."),
    ],
)
def test_out_of_office_texts_without_headers(subject, text, rules):
    verdict = classify(make(text, subject=subject), rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.AUTO_REPLY
    assert verdict.auto_reply is False


def test_every_check_is_named_and_documented():
    names = [check.name for check in loopguard.CHECKS]
    assert len(names) == len(set(names))
    assert all(check.description for check in loopguard.CHECKS)


@pytest.mark.parametrize("sender", ["geschaeftsstelle@vsop-tagung-zahlung.example",
                                    "geschaeftsstelle@vs0p.de", "geschaeftsstelle@vsop.de.example"])
def test_the_office_on_a_lookalike_domain_is_phishing(sender, rules):
    """Our mailbox name on a domain that wears our name: never read as a cancellation."""
    mail = make("Ihre Anmeldung zur Jahrestagung wird storniert, wenn Sie Ihre Zahlungsdaten "
                "nicht bestätigen.", sender=sender, sender_name="VSOP Geschäftsstelle",
                reply_to="zahlung@example.net")
    assert signals(mail)["own-lookalike"].kind == loopguard.BULK
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.BULK and verdict.auto_reply is False


@pytest.mark.parametrize("sender, name", [
    ("anna.schmidt@vsop-bayern.example", "Anna Schmidt"),  # a branch's member: not posing as us
    ("geschaeftsstelle@stadt-musterhausen.de", "Geschäftsstelle Sozialamt"),  # not our name
    ("geschaeftsstelle@tagung.vsop.de", "VSOP Geschäftsstelle"),  # below our own domain
])
def test_a_name_like_ours_alone_is_no_lookalike(sender, name, rules):
    mail = make(REGISTRATION_TEXT, sender=sender, sender_name=name)
    assert "own-lookalike" not in signals(mail)
    assert classify(mail, rules, OWN, OWN_DOMAIN).intent is Intent.REGISTRATION


@pytest.mark.parametrize("to, cc", [
    ((), ()),                                                    # "undisclosed-recipients:;"
    (("verteiler-planung@kreis-x.example",), ()),                # a distribution list
    (("pfarramt@kirche-x.example",), ("gemeinde@kirche-x.example",)),
])
def test_a_mail_that_names_not_the_office_is_sent_blind(to, cc, rules):
    # "eine Anmeldung ist nicht nötig" in a parish letter to undisclosed recipients: no
    # registration, never answered (RFC 5230 4.5: only mail that names the mailbox).
    mail = replace(make("Liebe Freundinnen und Freunde,\n\nwer mag, kommt am 6. September zum "
                        "Sozialforum; eine Anmeldung ist nicht nötig.\n\nIhre Almut Clausen"),
                   to=tuple(Address(a) for a in to), cc=tuple(Address(a) for a in cc))
    found = signals(mail)
    assert found["sent-blind"].kind == loopguard.BULK
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.BULK and verdict.auto_reply is False


@pytest.mark.parametrize("to, cc, in_reply_to", [
    (("geschaeftsstelle@vsop.de",), (), ()),
    (("kollegin@kreis-x.example",), ("geschaeftsstelle@vsop.de",), ()),  # the office in copy
    (("Geschaeftsstelle@VSOP.de",), (), ()),
    (("tagung@vsop.de",), (), ()),                                        # another address of our domain
    (("kollegin@kreis-x.example",), (), ("<reply-1@vsop.de>",)),          # answers one of our mails
])
def test_a_mail_that_names_the_office_or_answers_ours_is_not_sent_blind(to, cc, in_reply_to, rules):
    mail = replace(make(REGISTRATION_TEXT, in_reply_to=in_reply_to),
                   to=tuple(Address(a) for a in to), cc=tuple(Address(a) for a in cc))
    ctx = MailContext(mail, OWN, OWN_DOMAIN)
    assert "sent-blind" not in {s.name for s in loopguard.signals(ctx)}
