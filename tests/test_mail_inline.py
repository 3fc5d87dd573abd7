"""A form answered inside the quote: the sender's lines are read as what they wrote."""

from __future__ import annotations

from inbox_agent.mail.inline import answers
from inbox_agent.mail.parse import parse_bytes

HEAD = (b"From: Heike Obermoeller <heike@lk-x.example>\r\nTo: geschaeftsstelle@vsop.de\r\n"
        b"Subject: AW: Programm\r\nMessage-ID: <a1@lk-x.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
ATTRIBUTION = "Am 03.06.2025 um 10:15 schrieb Geschäftsstelle VSOP <geschaeftsstelle@vsop.de>:\r\n"


def parse(text: str):
    return parse_bytes(HEAD + text.encode("utf-8"))


def test_lines_between_quoted_lines_are_the_senders():
    mail = parse("Anbei unten ausgefüllt.\r\n\r\nGruß H. O.\r\n\r\n" + ATTRIBUTION +
                 "> Bitte füllen Sie die Angaben unten aus.\r\n>\r\nName: Obermöller, Heike\r\n"
                 "VSOP-Mitglied: ja\r\n[x] Ich melde mich verbindlich an.\r\n>\r\n> Freundliche Grüße\r\n")
    assert "Name: Obermöller, Heike" in mail.text
    assert "[x] Ich melde mich verbindlich an." in mail.text
    assert "Bitte füllen Sie" not in mail.text  # the quote itself stays a quote
    assert "Bitte füllen Sie" in mail.quoted


def test_the_answer_below_a_quoted_label_joins_it():
    quoted = "> Rechnungsanschrift:\nStadt X, Kämmerei, Markt 1, 12345 X\n> Mitglied:\n> Freundliche Grüße"
    assert answers(quoted) == "Rechnungsanschrift: Stadt X, Kämmerei, Markt 1, 12345 X"


def test_a_quoted_label_left_empty_takes_no_box_as_its_answer():
    quoted = "> Hallo\n> Rechnungsanschrift:\n[x] Ich melde mich verbindlich an.\n> Grüße"
    assert answers(quoted) == "[x] Ich melde mich verbindlich an."


def test_a_quote_without_marks_gives_its_filled_lines_and_ticked_boxes():
    quoted = ("Guten Tag,\n\nbitte füllen Sie die Angaben unten aus. Anmeldeschluss: 4. Juli\n\n"
              "Name, Vorname: Aydemir, Birgül\nRechnungsanschrift: Jobcenter Weserland\nFinanzen\n"
              "32400 Weserland\nTelefon: ____\n[x] Ich melde mich verbindlich an.\n[ ] Ich bin Mitglied.\n\n"
              "Freundliche Grüße\nSabine Terhorst")
    assert answers(quoted).splitlines() == [
        "Name, Vorname: Aydemir, Birgül", "Rechnungsanschrift: Jobcenter Weserland",
        "Finanzen", "32400 Weserland", "[x] Ich melde mich verbindlich an."]


def test_a_quoted_header_block_and_text_below_the_quote_are_no_answers():
    quoted = "> Guten Tag\n> \nVon: Anna <anna@x.example>\nGesendet: Montag\n> Grüße\nAnna Schmidt\nStadt X"
    assert answers(quoted) == ""
    assert answers("Von: Anna <anna@x.example>\nGesendet: Montag\nBetreff: Tagung\n\nHallo") == ""


def test_a_box_left_unticked_in_the_quote_is_no_answer():
    quoted = "> Bitte ausfüllen.\nName: Wollenweber, Jannik\n[ ] Ich melde mich verbindlich an.\n> Grüße"
    assert answers(quoted) == "Name: Wollenweber, Jannik"
