"""A display name never becomes another recipient in the headers we write: a mail
program reading To/Cc of our reply finds exactly the address we meant."""

from __future__ import annotations

import email
import email.policy

import pytest
from test_outbox_compose import NOW, make_outbox, planned

from inbox_agent.model import Address

HOSTILE = ["x@y.org Müller", "Eve <x@y.org>", "a@b.c, d@e.f", "Vogt, Matthias (50.3)",
           '"quoted" x@y.org', "Jürgen Müller", ""]


@pytest.mark.parametrize("name", HOSTILE)
def test_to_and_cc_show_only_the_address_we_meant(name):
    out = make_outbox().compose(planned(to=Address("eve@kreis.de", name),
                                        cc=(Address("bob@amt.de", name),)), NOW)
    msg = email.message_from_bytes(out.data, policy=email.policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == ["eve@kreis.de"]
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["bob@amt.de"]
    assert msg["To"].addresses[0].display_name == name
    assert out.recipients == ("eve@kreis.de", "bob@amt.de")
