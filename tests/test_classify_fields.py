"""Fields from form lines, the PDF form, the signature, the From name and free text."""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, filled_form, make

from inbox_agent.model import Attachment, Fields, Intent
from inbox_agent.understanding.classify import classify, load_rules, missing_fields
from inbox_agent.understanding.fields import extract, split_title
from inbox_agent.understanding.pdfform import read_form


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


FORM_REPLY = """Hallo,

anbei meine Angaben:

Name: Prof. Dr. Anna Schmidt
E-Mail: a.schmidt@kreis-beispiel.de
Organisation: Kreis Beispiel, Sozialplanung
VSOP-Mitglied (ja/nein): nein
Anzahl Personen: 2
Weitere Personen: Bernd Meier
Rechnungsanschrift: Kreis Beispiel
Fachdienst Soziales
Hauptstraße 5
12345 Beispielstadt
Zahlungsvereinbarung (ja): ja
"""


def test_form_lines():
    fields = extract(make(FORM_REPLY)).fields
    assert fields.name == "Anna Schmidt"
    assert fields.title == "Prof. Dr."
    assert fields.email == "a.schmidt@kreis-beispiel.de"
    assert fields.organization == "Kreis Beispiel, Sozialplanung"
    assert fields.member is False
    assert fields.persons == 2
    assert fields.people == ("Bernd Meier",)
    assert fields.invoice_address == "Kreis Beispiel, Fachdienst Soziales, Hauptstraße 5, 12345 Beispielstadt"
    assert fields.payment_agreement is True


def test_blank_form_lines_stay_blank():
    blank = "Name:\nTitel (optional):\nE-Mail:\nOrganisation:\nVSOP-Mitglied (ja/nein):\nRechnungsanschrift:\n"
    fields = extract(make("Ich melde mich an.\n" + blank, sender_name="")).fields
    assert fields.organization is None and fields.member is None and fields.invoice_address is None


def test_quoted_form_does_not_count(rules):
    mail = make("Danke für die Infos!", quoted=FORM_REPLY, signature="")
    verdict = classify(mail, rules, OWN, OWN_DOMAIN)
    assert verdict.fields.organization is None
    assert verdict.fields.invoice_address is None
    assert verdict.intent is not Intent.REGISTRATION


def test_pdf_form():
    pdf = filled_form({"name": "Dr. Bernd Meier", "email": "b.meier@stadt-musterhausen.de",
                       "organisation": "Stadt Musterhausen", "vsop_mitglied": "/Yes",
                       "personen": "1", "rechnungsanschrift": "Stadt Musterhausen\nMarkt 1\n12345 Musterhausen",
                       "zahlungsvereinbarung": "/Yes"})
    assert read_form(pdf)["vsop_mitglied"] == "ja"
    found = extract(make("Anbei das Formular.", attachments=(Attachment("anmeldung.pdf", "application/pdf", pdf),)))
    assert found.pdf_form
    fields = found.fields
    assert (fields.name, fields.title) == ("Bernd Meier", "Dr.")
    assert fields.email == "b.meier@stadt-musterhausen.de"
    assert fields.member is True and fields.payment_agreement is True
    assert fields.invoice_address == "Stadt Musterhausen, Markt 1, 12345 Musterhausen"


def test_a_pdf_form_read_leaves_nothing_for_the_garbage_collector():
    """Round 15: pypdf's objects refer to their reader and the reader to them; the
    reader is closed after the form is read, so they go when the values are taken
    (left open, ~700 objects a form waited for the collector's next pass)."""
    import gc

    pdf = filled_form({"name": "Dr. Bernd Meier", "vsop_mitglied": "/Yes", "personen": "2"})
    read_form(pdf)  # pypdf imported, its caches made
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            assert read_form(pdf)["personen"] == "2"
        left = gc.collect()
    finally:
        gc.enable()
    assert left < 100, left  # the reader left open: ~3,500


def test_blank_or_broken_pdf_is_not_a_form():
    blank = (RULES_DIR.parent / "templates" / "attachments" / "anmeldeformular-2025.pdf").read_bytes()
    assert not extract(make(attachments=(Attachment("f.pdf", "application/pdf", blank),))).pdf_form
    assert read_form(b"%PDF-1.4 garbage") is None
    assert read_form(b"not a pdf") is None


def test_name_from_signature_then_from_display_name():
    signed = make("Ich komme gern.", signature="Viele Grüße\nDr. Carla Weber\nStadt Musterhausen – Jugendamt\nTel. 0123 4567",
                  sender_name="Sozialamt")
    fields = extract(signed).fields
    assert (fields.name, fields.title) == ("Carla Weber", "Dr.")
    assert fields.organization == "Stadt Musterhausen, Jugendamt"
    assert extract(make("Ich komme gern.", sender_name="Weber, Carla")).fields.name == "Carla Weber"
    assert extract(make("Ich komme gern.", sender="sozialamt@example.org",
                        sender_name="Stadt Musterhausen")).fields.name is None
    # No name anywhere but a first.last address:
    assert extract(make("Ich komme gern.", sender="ulrike.hoffmann-rehse@example.org",
                        sender_name="")).fields.name == "Ulrike Hoffmann-Rehse"


def test_email_reply_to_and_on_behalf():
    assert extract(make("x", reply_to="privat@example.org")).fields.email == "privat@example.org"
    assert extract(make("x")).fields.email == "anna.schmidt@stadt-musterhausen.de"
    behalf = make("Hiermit melde ich meine Kollegin Frau Dr. Eva Roth (eva.roth@stadt-musterhausen.de) an.")
    fields = extract(behalf, own_addresses=OWN).fields
    assert fields.email == "eva.roth@stadt-musterhausen.de"
    assert (fields.name, fields.title) == ("Eva Roth", "Dr.")


@pytest.mark.parametrize(
    "text, member",
    [("Ich bin VSOP-Mitglied.", True), ("Ich bin kein Mitglied.", False), ("als Mitglied des VSOP", True),
     ("Ich bin nicht Mitglied im VSOP.", False), ("I am not a member.", False), ("Hallo", None)],
)
def test_membership_in_free_text(text, member):
    assert extract(make(text)).fields.member is member


@pytest.mark.parametrize(
    "text, persons",
    [("Wir kommen mit 3 Personen.", 3), ("Wir kommen zu zweit.", 2), ("two participants", 2), ("Hallo", None)],
)
def test_persons_in_free_text(text, persons):
    assert extract(make(text)).fields.persons == persons


def test_payment_agreement_and_invoice_in_free_text():
    text = ("Ich akzeptiere die Zahlungsvereinbarung.\n\nDie Rechnung bitte an:\nKreis Beispiel\nPostfach 1\n"
            "12345 Beispielstadt\n\nDanke")
    fields = extract(make(text)).fields
    assert fields.payment_agreement is True
    assert fields.invoice_address == "Kreis Beispiel, Postfach 1, 12345 Beispielstadt"


def test_split_title():
    assert split_title("Prof. Dr. Anna Schmidt") == ("Prof. Dr.", "Anna Schmidt")
    assert split_title("Dr.-Ing. Bo Li") == ("Dr.-Ing.", "Bo Li")
    assert split_title("Anna Schmidt") == (None, "Anna Schmidt")


def test_missing_fields():
    assert missing_fields(Fields()) == ("name", "organization", "member", "invoice_address", "payment_agreement")
    complete = Fields(name="A B", organization="X", member=False, invoice_address="Y", payment_agreement=True)
    assert missing_fields(complete) == ()
    assert missing_fields(Fields(name="A B", organization="X", member=True, invoice_address="Y",
                                 payment_agreement=False)) == ("payment_agreement",)


def test_registration_verdict_lists_missing(rules):
    verdict = classify(make("Hiermit melde ich mich verbindlich an. Ich bin VSOP-Mitglied.",
                            signature="Grüße\nAnna Schmidt"), rules, OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.REGISTRATION
    assert verdict.missing == ("organization", "invoice_address", "payment_agreement")


def test_machine_mail_gives_no_fields(rules):
    verdict = classify(make("Name: Mailer\nOrganisation: Example", headers={"List-Id": "<l.example>"}),
                       rules, OWN, OWN_DOMAIN)
    assert verdict.fields == Fields()
