"""Each matcher on its own, with plain ``Mail`` values."""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, filled_form, make

from inbox_agent.model import Attachment, Fields
from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.matchers import MATCHERS


def ctx(mail, **kw) -> MailContext:
    return MailContext(mail, OWN, OWN_DOMAIN, **kw)


def check(name, arg, mail, **kw):
    return MATCHERS[name](arg).check(ctx(mail, **kw))


def test_header_present():
    mail = make(headers={"List-Id": "<vsop.lists.example>"})
    assert "list-id" in check("header_present", ["List-Id"], mail)
    assert check("header_present", "List-Post", mail) is None


def test_header_equals_ignores_case_and_spaces():
    mail = make(headers={"Precedence": " Bulk "})
    assert check("header_equals", {"name": "Precedence", "value": ["bulk", "junk"]}, mail)
    assert check("header_equals", {"name": "Precedence", "value": "list"}, mail) is None


def test_header_regex():
    mail = make(headers={"X-Mailer": "Microsoft Outlook 16.0"})
    assert check("header_regex", {"name": "x-mailer", "pattern": r"outlook\s+\d+"}, mail)
    assert check("header_regex", {"name": "x-mailer", "pattern": "thunderbird"}, mail) is None


def test_sender_local_with_wildcards():
    assert check("sender_local", ["owner-*"], make(sender="owner-vsop@lists.example"))
    assert check("sender_local", ["*-request"], make(sender="vsop-request@lists.example"))
    assert check("sender_local", ["mailer-daemon"], make(sender="anna@example.org")) is None


def test_sender_domain_includes_subdomains():
    assert check("sender_domain", ["example.org"], make(sender="a@mail.example.org"))
    assert check("sender_domain", ["example.org"], make(sender="a@notexample.org")) is None


def test_sender_address_and_from_us():
    assert check("sender_address", ["Anna@Example.org"], make(sender="anna@example.org"))
    assert check("from_us", True, make(sender="geschaeftsstelle@vsop.de"))
    assert check("from_us", True, make()) is None


def test_subject_phrase_with_german_normalisation():
    mail = make(subject="Stornierung meiner Anmeldung")
    assert 'subject says "stornieren"' in check("subject_phrase", ["stornieren"], mail)


def test_the_subject_of_a_reply_is_not_the_senders_words():
    for subject in ("AW: Ihre Voranmeldung", "Re: Voranmeldung", "WG: Voranmeldung", "Antwort: Voranmeldung"):
        assert check("subject_phrase", ["voranmeldung"], make(subject=subject)) is None


def test_asks_question():
    assert check("asks_question", True, make("Gibt es ein Programm? Danke."))
    assert check("asks_question", True, make("Wir sind ja Mitglied, oder?")) is None
    assert check("asks_question", True, make("Siehe https://example.org/login?user=1")) is None
    polite = {"except_phrases": ["koennen sie mich ... vormerken"]}
    assert check("asks_question", polite, make("Können Sie mich bitte für Köln vormerken?")) is None
    assert check("asks_question", polite, make("Können Sie mich vormerken? Gibt es ein Hotel?"))


def test_body_phrase_ignores_quote_and_signature():
    mail = make("Vielen Dank.", quoted="Bitte melden Sie sich verbindlich an", signature="Anmeldung GmbH")
    assert check("body_phrase", ["verbindlich anmelden", "anmeldung"], mail) is None
    assert check("body_phrase", ["vielen dank"], mail)


def test_phrase_looks_at_subject_and_text():
    assert check("phrase", ["voranmeldung"], make("Hallo", subject="Voranmeldung"))
    assert check("phrase", ["voranmeldung"], make("meine Voranmeldung", subject="Hallo"))


def test_regex_matchers_also_try_the_folded_text():
    assert check("subject_regex", [r"^unzustellbar"], make(subject="Unzustellbar: Anmeldung"))
    assert check("body_regex", [r"gruesse"], make("Viele Grüße"))


def test_body_shorter_than():
    assert check("body_shorter_than", 5, make("eins zwei drei"))
    assert check("body_shorter_than", 3, make("eins zwei drei")) is None


def test_content_and_attachment_types():
    pdf = Attachment("Anmeldung_Schmidt.pdf", "application/pdf", b"%PDF-1.4")
    mail = make(attachments=(pdf,), content_type="multipart/mixed")
    assert check("content_type", ["multipart/*"], mail)
    assert check("attachment_type", ["application/pdf"], mail)
    assert check("attachment_name", ["*anmeld*.pdf"], mail)
    assert check("attachment_type", ["image/*"], mail) is None


def test_replies_to_us_uses_in_reply_to_and_references():
    ours = "<inbox-agent.0123456789@vsop.de>"
    assert check("replies_to_us", True, make(in_reply_to=(ours,)))
    assert check("replies_to_us", True, make(references=("<x@example.org>", ours)))
    assert check("replies_to_us", True, make(in_reply_to=("<x@vsop.de.evil.example>",))) is None


def test_field_matchers_use_what_the_fields_step_found():
    mail = make()
    fields = Fields(invoice_address="Stadt X", payment_agreement=True)
    assert check("field_present", ["invoice_address"], mail, fields=fields)
    assert check("field_present", ["organization"], mail, fields=fields) is None
    assert check("field_is", {"payment_agreement": True}, mail, fields=fields)
    assert check("field_is", {"member": True}, mail, fields=fields) is None
    assert check("form_lines", 2, mail, form_lines=3)
    assert check("form_lines", 4, mail, form_lines=3) is None
    assert check("pdf_form", True, mail, pdf_form=True)


def test_always():
    assert check("always", True, make())


@pytest.mark.parametrize(
    "name, arg",
    [
        ("header_present", []),
        ("header_present", "bad header:"),
        ("header_equals", {"name": "Precedence"}),
        ("header_regex", {"name": "Subject", "pattern": "("}),
        ("subject_phrase", ""),
        ("body_phrase", ["..."]),
        ("body_shorter_than", 0),
        ("field_present", ["shoe_size"]),
        ("field_is", {"member": "ja"}),
        ("replies_to_us", "yes"),
    ],
)
def test_bad_arguments_are_refused(name, arg):
    with pytest.raises(ValueError):
        MATCHERS[name](arg)


def test_every_matcher_is_documented():
    for name, cls in MATCHERS.items():
        assert cls.name == name
        assert cls.description.strip()


def test_filled_form_helper_gives_a_pdf():
    assert filled_form({"name": "Anna"}).startswith(b"%PDF")
