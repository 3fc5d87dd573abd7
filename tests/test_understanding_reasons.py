"""Why no automatic answer goes out, and why a mail cannot be read, in the staff's
language: ``Verdict.suppressed_reason`` (and ``ParseError.reason``) say in words what
``suppressed_because`` (and ``str()``) say in English, and the same words in German."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR
from helpers import make_mail

from inbox_agent import i18n
from inbox_agent.errors import ParseError
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Intent, Reason
from inbox_agent.understanding.classify import classify, load_rules

MAILS = Path(__file__).resolve().parent / "mails"

OUT_OF_OFFICE = make_mail(
    sender="Bernd Meier <b.meier@landkreis-beispiel.de>",
    subject="Automatische Antwort: Jahrestagung",
    body="Vielen Dank für Ihre Nachricht. Ich bin bis zum 14. März nicht im Büro.\n",
    headers={"Auto-Submitted": "auto-replied"},
)
LIST_MAIL = make_mail(
    sender="Sozialplanung-Forum <forum@lists.example.org>",
    subject="[Forum] Neue Beiträge",
    body="Guten Tag,\n\nhier die neuen Beiträge der Woche.\n",
    headers={"List-Id": "<forum.lists.example.org>", "Precedence": "list"},
)
OWN_MAIL = make_mail(sender="VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>",
                     subject="Programm", body="Anbei das Programm.\n")
QUESTION = make_mail(subject="Frage zur Anreise",
                     body="Guten Tag,\n\ngibt es in der Nähe des Tagungsorts Parkplätze?\n\n"
                          "Mit freundlichen Grüßen\nAnna Schmidt\n")

# (mail, expected intent, English words of our own that German must not contain,
#  German words it must contain). Header values ("auto-replied", "list-id") stay.
CASES = {
    "out-of-office": (OUT_OF_OFFICE, Intent.AUTO_REPLY, ["an automatic reply", "automatic", "reply",
                                                         "sent by a program"],
                      ["eine automatische Antwort", "von einem Programm verschickt"]),
    "list": (LIST_MAIL, Intent.BULK, ["mailing list", "mass mail", "header", "or newsletter"],
             ["eine Mailingliste oder Massenmail", "Kopfzeile list-id"]),
    "mailer-daemon": ((MAILS / "bnc-001-postfix-user-unknown.eml").read_bytes(), Intent.BOUNCE,
                      ["delivery failure report", "delivery report", "sender", "system address",
                       "not a person", "sent by a program"],
                      ["eine Unzustellbarkeitsmeldung (Bounce)", "ist eine Systemadresse, kein Mensch",
                       "ein Zustellbericht"]),
    "own address": (OWN_MAIL, None, ["sent from our own address"],
                    ["von unserer eigenen Adresse geschaeftsstelle@vsop.de verschickt"]),
    "question": (QUESTION, Intent.QUESTION, ["a question", "needs a human answer"],
                 ["eine Frage: braucht eine persönliche Antwort"]),
}


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def _has(text: str, words: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_reason_for_no_answer_is_the_english_text_and_reads_german_in_german(case, rules):
    data, intent, english_words, german_words = CASES[case]
    verdict = classify(parse_bytes(data), rules, OWN, OWN_DOMAIN)
    if intent is not None:
        assert verdict.intent is intent
    assert verdict.auto_reply is False
    assert isinstance(verdict.suppressed_reason, Reason)
    assert verdict.suppressed_reason.english() == verdict.suppressed_because

    with i18n.use_language("en"):
        assert i18n.render(verdict.suppressed_reason) == verdict.suppressed_because
    with i18n.use_language("de"):
        german = i18n.render(verdict.suppressed_reason)
        # As the pipeline stores it and the digest reads it back.
        assert i18n.render(verdict.suppressed_reason.to_dict()) == german
    assert german != verdict.suppressed_because
    assert [w for w in english_words if _has(german, w)] == [], german
    assert [w for w in german_words if w not in german] == [], german
    assert all(_has(verdict.suppressed_because, w) for w in english_words)


def test_the_default_staff_language_is_german(rules):
    verdict = classify(parse_bytes(OUT_OF_OFFICE), rules, OWN, OWN_DOMAIN)
    assert i18n.render(verdict.suppressed_reason).startswith(
        "eine automatische Antwort (Auto-Submitted: auto-replied (von einem Programm verschickt")


def test_an_answerable_mail_has_no_reason(rules):
    verdict = classify(parse_bytes(make_mail()), rules, OWN, OWN_DOMAIN)
    assert verdict.auto_reply is True
    assert verdict.suppressed_because is None and verdict.suppressed_reason is None


@pytest.mark.parametrize("data", [b"", b"  \r\n\r\n  "])
def test_an_empty_mail_says_so_in_the_staff_language(data):
    with pytest.raises(ParseError) as caught:
        parse_bytes(data)
    error = caught.value
    assert str(error) == "the mail is empty (0 bytes of content)"
    assert error.reason is not None and error.reason.english() == str(error)
    with i18n.use_language("en"):
        assert i18n.render(error.reason) == str(error)
    with i18n.use_language("de"):
        assert i18n.render(error.reason) == "die Mail ist leer (0 Bytes Inhalt)"
