"""The fields read a step at a time (issue 17, round 7): what ``classify`` asks of the
first steps (the form, the payment agreement, an invoice address not given) is what
the whole extraction gives, on every mail of the corpora; and machine mail is decided
without the whole extraction, with the verdict it had."""

from __future__ import annotations

from pathlib import Path

import pytest

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.errors import ParseError
from inbox_agent.understanding import classify as classifying
from inbox_agent.understanding import fields
from inbox_agent.understanding.classify import classify, load_rules

from classify_support import OWN, OWN_DOMAIN, RULES_DIR

TESTS = Path(__file__).parent
CORPORA = [TESTS / "mails", *sorted(p for p in (TESTS / "corpus").glob("dev*") if p.is_dir())]
RULES = load_rules(RULES_DIR)


def _mails(folders: list[Path]):
    for folder in folders:
        for path in sorted(folder.glob("*.eml")):
            try:
                yield path, parse_bytes(path.read_bytes())
            except ParseError:
                continue


def test_each_step_gives_what_the_whole_extraction_gives() -> None:
    config = RULES.field_config
    checked = given_none = 0
    for path, mail in _mails(CORPORA):
        form = fields.filled(mail, config)
        read = fields.reading(mail, config, OWN, form=form)
        whole = fields.extract(mail, config, OWN)
        assert (form.form_lines, bool(form.pdf)) == (whole.form_lines, whole.pdf_form), path.name
        assert fields.payment_agreement(read) == whole.fields.payment_agreement, path.name
        assert fields.extract(mail, config, OWN, read=read) == whole, path.name
        if not fields.invoice_given(read):
            given_none += 1
            assert fields.no_invoice_given(read) == whole.fields.invoice_address, path.name
        checked += 1
    assert checked > 1000 and 0 < given_none < checked


@pytest.mark.parametrize("kind", ["ar", "bulk"])
def test_machine_mail_is_decided_without_reading_all_its_fields(kind: str, monkeypatch) -> None:
    mails = [mail for _path, mail in _mails([TESTS / "mails"]) if _path.name.startswith(f"{kind}-")]
    assert mails
    before = [classify(mail, RULES, own_addresses=OWN, own_domain=OWN_DOMAIN) for mail in mails]

    def never(*_args, **_kw):
        raise AssertionError("the whole extraction was asked for")

    monkeypatch.setattr(classifying, "extract", never)
    after = [classify(mail, RULES, own_addresses=OWN, own_domain=OWN_DOMAIN) for mail in mails]
    assert after == before
    assert all(v.intent.value in ("auto_reply", "bulk") for v in after)
