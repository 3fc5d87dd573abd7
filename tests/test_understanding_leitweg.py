"""The Leitweg-ID written anywhere in a mail (issue 16): the format and its MOD 97-10
check digits, only after the word "Leitweg", added to the invoice address block so the
invoice takes it; a house number or a wrong check digit is never taken."""

from __future__ import annotations

from helpers import make_mail

from inbox_agent.invoices.record import address_lines, leitweg_id
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.understanding.fields import extract
from inbox_agent.understanding.leitweg import check_digits, leitweg_in, valid, with_leitweg


def test_the_check_digits_are_mod_97_10_as_the_format_defines_them():
    # The examples of the KoSIT format specification and the XRechnung test suite.
    assert check_digits("04011000-1234512345") == 6 and valid("04011000-1234512345-06")
    assert valid("991-33333TEST-33") and valid("991-33333test-33")  # letters as written
    assert valid("04011000-12345-03") and valid("05315-12345-85")
    assert not valid("05315-12345-67")  # one typo: not taken
    assert not valid("1-12345-85") and not valid("05315_12345-85") and not valid("12-14")


def test_only_an_id_after_the_word_leitweg_is_taken():
    assert leitweg_in("Unsere Leitweg-ID lautet 04011000-1234512345-06.") == "04011000-1234512345-06"
    assert leitweg_in("Leitweg-Nr.: 991-33333TEST-33") == "991-33333TEST-33"
    assert leitweg_in("Leitwegnummer 04011000-12345-03 (bitte angeben)") == "04011000-12345-03"
    assert leitweg_in("Telefon 0221-12345-85, Hauptstr. 12-14") == ""  # no "Leitweg" before
    assert leitweg_in("Leitweg-ID: 05315-12345-67") == ""  # check digits do not fit
    assert leitweg_in("Leitweg-ID: folgt", "", "Leitweg-ID 05315-12345-85") == "05315-12345-85"


def test_the_block_gets_a_leitweg_line_unless_it_carries_one():
    block = "Stadt A\nMarkt 1\n50667 Köln"
    said = "Leitweg-ID: 05315-12345-85"
    assert with_leitweg(block, said) == block + "\nLeitweg-ID: 05315-12345-85"
    assert with_leitweg(None, said) == "Leitweg-ID: 05315-12345-85"
    assert with_leitweg(block, "nichts") == block and with_leitweg(None, "") is None
    inside = "Stadt A\nLeitweg-ID: 08-1234567-99"
    assert with_leitweg(inside, said) == inside  # the block's own, as the buyer wrote it


def test_the_invoice_reads_the_id_after_the_word_not_a_house_number_before_it():
    one_line = "Stadt A, Hauptstr. 12-14, 50667 Köln, Leitweg-ID: 05315-12345-85"
    assert leitweg_id(one_line) == "05315-12345-85"
    assert address_lines(one_line) == ("Stadt A", "Hauptstr. 12-14", "50667 Köln")


def test_a_leitweg_id_in_the_text_or_the_signature_reaches_the_invoice_address():
    body = ("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich verbindlich zur "
            "VSOP-Jahrestagung an. Ich bin VSOP-Mitglied.\n\nRechnungsanschrift:\nStadt A\n"
            "Markt 1\n50667 Köln\n\nDie Rechnung bitte als XRechnung, unsere Leitweg-ID "
            "lautet 05315-12345-85.\n\nMit freundlichen Grüßen\nAnna Schmidt\n")
    mail = parse_bytes(make_mail(body=body))
    address = extract(mail).fields.invoice_address
    assert address == "Stadt A, Markt 1, 50667 Köln, Leitweg-ID: 05315-12345-85"
    assert leitweg_id(address) == "05315-12345-85"
    signed = body.replace("unsere Leitweg-ID lautet 05315-12345-85", "danke") + (
        "Stadt A, Sozialamt\nLeitweg-ID 991-33333TEST-33\n")
    address = extract(parse_bytes(make_mail(body=signed))).fields.invoice_address
    assert address.endswith("Leitweg-ID: 991-33333TEST-33"), address
