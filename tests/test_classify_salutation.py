"""An opening salutation is never taken for the sender's name (a short mail without a
blank line and without a closing greeting: the whole text looks like a signature)."""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR
from helpers import make_mail

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.understanding.classify import classify, load_rules

RULES = load_rules(RULES_DIR)


@pytest.mark.parametrize("greeting", ["Guten Tag,", "Hallo Zusammen,", "Sehr geehrte Damen und Herren,",
                                      "Liebe Kolleginnen,", "Dear Sir or Madam,", "Moin Moin,"])
def test_a_salutation_is_not_a_name(greeting):
    body = f"{greeting}\nhiermit melde ich mich unverbindlich zur Jahrestagung an.\nBernd Weber\n"
    mail = parse_bytes(make_mail(sender="Bernd Weber <b.weber@kreis-beispiel.de>", body=body))
    assert classify(mail, RULES, OWN, OWN_DOMAIN).fields.name == "Bernd Weber"
