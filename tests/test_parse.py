"""parse: bytes from the server -> Mail, whatever the sender did to them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from inbox_agent.errors import ParseError
from inbox_agent.mail.flowed import unflow
from inbox_agent.mail.parse import parse_bytes

WHEN = datetime(2025, 5, 12, 8, 0, tzinfo=UTC)


def mail(headers: str, body: bytes | str, ctype: str = "text/plain; charset=utf-8") -> bytes:
    if isinstance(body, str):
        body = body.encode("utf-8")
    head = headers.strip().replace("\n", "\r\n")
    return (head + f"\r\nContent-Type: {ctype}\r\n\r\n").encode("utf-8") + body


def test_encoded_headers_addresses_and_internaldate():
    m = parse_bytes(mail(
        "From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@stadt-musterhausen.de>\n"
        "Reply-To: Sekretariat <sek@stadt-musterhausen.de>\n"
        "To: geschaeftsstelle@vsop.de\n"
        "Subject: =?iso-8859-1?q?Voranmeldung_f=FCr?= die Tagung\n"
        "Message-ID: <abc@stadt-musterhausen.de>\n"
        "References: <x1@vsop.de> <x2@vsop.de>\n"
        "Date: Mon, 12 May 2025 10:00:00 +0200",
        "Hallo"), received_at=WHEN)
    assert m.sender.name == "Jürgen Müller" and m.sender.email == "jm@stadt-musterhausen.de"
    assert m.reply_address.email == "sek@stadt-musterhausen.de"
    assert m.subject == "Voranmeldung für die Tagung"
    assert m.key == m.message_id == "<abc@stadt-musterhausen.de>"
    assert m.references == ("<x1@vsop.de>", "<x2@vsop.de>")
    assert m.received_at == WHEN  # the server's time, not the sender's Date header
    assert m.date.utcoffset().total_seconds() == 7200


def test_quote_and_signature_are_kept_apart_from_what_the_sender_wrote():
    body = (
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich verbindlich an.\n\n"
        "Mit freundlichen Grüßen\nAnna Schmidt\nStadt Musterhausen\n\n"
        "Am 03.06.2025 um 10:12 schrieb VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>:\n"
        "> vielen Dank für Ihre Voranmeldung\n> Bitte senden Sie das Formular\n"
    )
    m = parse_bytes(mail("From: a@b.de\nSubject: Re: Ihre Voranmeldung", body))
    assert "verbindlich an" in m.text
    assert "Voranmeldung" not in m.text
    assert "vielen Dank für Ihre Voranmeldung" in m.quoted
    assert "Anna Schmidt" in m.signature


def test_html_only_mail_yields_text_with_umlauts():
    html = "<html><body><p>ich melde mich <b>unverbindlich</b> an.</p><p>Gr&uuml;&szlig;e<br>J&ouml;rg</p></body></html>"
    m = parse_bytes(mail("From: a@b.de\nSubject: x", html, "text/html; charset=utf-8"))
    assert "ich melde mich unverbindlich an." in m.text + m.signature
    assert "Jörg" in m.text + m.signature


def test_unknown_charset_and_latin1_do_not_raise():
    m = parse_bytes(mail("From: a@b.de\nSubject: x", b"Gr\xfc\xdfe aus K\xf6ln", "text/plain; charset=x-unknown-42"))
    assert "aus K" in m.text
    m = parse_bytes(mail("From: a@b.de\nSubject: x", b"Gr\xfc\xdfe aus K\xf6ln", "text/plain; charset=iso-8859-1"))
    assert "Grüße aus Köln" in m.text


def test_header_injection_is_flattened():
    raw = b"From: a@b.de\r\nSubject: =?utf-8?q?Hallo=0D=0ABcc:_victim@evil.example?=\r\n\r\nx"
    m = parse_bytes(raw)
    assert "\n" not in m.subject and "\r" not in m.subject


def test_no_message_id_gives_a_stable_content_key():
    raw = mail("From: a@b.de\nSubject: ohne ID", "Text")
    assert parse_bytes(raw).key == parse_bytes(raw).key
    assert parse_bytes(raw).key.startswith("sha256:")
    assert parse_bytes(raw).message_id is None


def test_attachments_are_decoded():
    raw = (
        b"From: a@b.de\r\nSubject: Formular\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nanbei\r\n"
        b"--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"form.pdf\"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--XX--\r\n"
    )
    m = parse_bytes(raw)
    assert [(a.filename, a.content_type, a.data) for a in m.attachments] == [
        ("form.pdf", "application/pdf", b"%PDF-1.4\n")
    ]


@pytest.mark.parametrize("raw", [b"", b"   \r\n"])
def test_empty_input_is_a_clear_parse_error(raw):
    with pytest.raises(ParseError, match="empty"):
        parse_bytes(raw)


def test_header_only_mail_has_empty_text():
    m = parse_bytes(b"From: a@b.de\r\nSubject: (kein Text)\r\n\r\n")
    assert m.text == "" and m.subject == "(kein Text)"


def test_raw_8bit_headers_are_read_as_utf8_or_windows_1252():
    m = parse_bytes("From: Martin Krüger <mk@x.de>\r\nSubject: Anmeldung läuft\r\n\r\nx".encode("utf-8"))
    assert (m.sender.name, m.subject) == ("Martin Krüger", "Anmeldung läuft")
    m = parse_bytes("From: Martin Krüger <mk@x.de>\r\nSubject: Grüße\r\n\r\nx".encode("cp1252"))
    assert (m.sender.name, m.subject) == ("Martin Krüger", "Grüße")
    m = parse_bytes(b"From: =?utf-8?q?J=C3=BCrgen?= M\xc3\xbcller <a@b.de>\r\nSubject: x\r\n\r\nx")
    assert m.sender.name == "Jürgen Müller"


def test_encoded_display_name_with_a_comma_keeps_the_whole_name():
    m = parse_bytes(b"From: =?utf-8?q?M=C3=B6llenbeck=2C_Petra?= <p@x.de>\r\n"
                    b"To: a@b.de, =?utf-8?q?J=C3=BCrgen?= <j@c.de>\r\nSubject: x\r\n\r\nx")
    assert (m.sender.name, m.sender.email) == ("Möllenbeck, Petra", "p@x.de")
    assert [a.email for a in m.to] == ["a@b.de", "j@c.de"]


def test_format_flowed_text_is_unwrapped_as_its_writer_typed_it():
    # Thunderbird: soft breaks end in a space, kept between the words (no delsp).
    body = ("Hallo,\r\n\r\nhiermit melde ich mich verbindlich an. Die Rechnung bitte an \r\n"
            "Stadt Musterhausen, Amt f\u00fcr Jugend, Markt 1, \r\n12345 Musterhausen.\r\n"
            "-- \r\nAnna Schmidt\r\n")
    m = parse_bytes(mail("From: a@b.de\nSubject: Anmeldung", body,
                         "text/plain; charset=utf-8; format=flowed"))
    assert ("Die Rechnung bitte an Stadt Musterhausen, Amt für Jugend, Markt 1, 12345 "
            "Musterhausen.") in m.text
    assert "Anna Schmidt" in m.signature and "Anna Schmidt" not in m.text
    # delsp=yes (Apple Mail, phones): the space before a soft break is the program's.
    m = parse_bytes(mail("From: a@b.de\nSubject: Anmeldung", "Wir kommen zu zweit: Claudia Mei \r\ner "
                         "und Jens Hartmann.\r\n", "text/plain; charset=utf-8; format=flowed; delsp=yes"))
    assert m.text == "Wir kommen zu zweit: Claudia Meier und Jens Hartmann."
    # Without format=flowed a trailing space is only a trailing space: lines stay lines.
    m = parse_bytes(mail("From: a@b.de\nSubject: x", "Name: Anna Schmidt \r\nMitglied: ja\r\n"))
    assert [line.strip() for line in m.text.splitlines()] == ["Name: Anna Schmidt", "Mitglied: ja"]


def test_unflow_keeps_hard_breaks_quote_depth_and_the_signature_separator():
    text = "a \nb\n> quoted \n> on\n>> deeper\nc \n-- \nsig"
    assert unflow(text) == "a b\n> quoted on\n>> deeper\nc \n-- \nsig"
    assert unflow(" From here \non\n", delsp=True) == "From hereon"  # space-stuffing removed


def test_html_only_mail_keeps_its_words_and_its_signature_separator():
    html = ("<p>Sehr geehrte Damen und Herren,</p><p>wir melden an:<br>1. Claudia Meier<br>"
            "2. Jens Hartmann + Begleitung</p><p>-- <br>Anna Schmidt<br>Stadt Musterhausen<br>"
            '<a href="mailto:anna@stadt.de">anna@stadt.de</a></p>')
    m = parse_bytes(mail("From: a@b.de\nSubject: x", html, "text/html; charset=utf-8"))
    assert "1. Claudia Meier\n2. Jens Hartmann + Begleitung" in m.text  # no Markdown escapes
    assert "\\" not in m.text + m.signature
    assert "Stadt Musterhausen" in m.signature and "Stadt Musterhausen" not in m.text
    assert "anna@stadt.de" in m.signature and "mailto:" not in m.signature


def _alternative(plain: str, html: str) -> bytes:
    body = ("--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + plain +
            "\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b--\r\n")
    return mail("From: a@b.de\nSubject: x\nMIME-Version: 1.0", body, 'multipart/alternative; boundary="b"')


@pytest.mark.parametrize("plain", ["", "This message is best viewed in HTML. Please see the HTML version.",
                                   "Ihr E-Mail-Programm kann diese Nachricht nicht anzeigen."])
def test_an_empty_or_see_html_text_part_gives_way_to_the_html(plain):
    html = "<p>Dear office,</p><p>I would like to be provisionally registered for the conference.</p><p>Priya</p>"
    m = parse_bytes(_alternative(plain, html))
    assert "provisionally registered" in m.text


def test_a_text_part_with_words_of_its_own_is_kept():
    m = parse_bytes(_alternative("Ich melde mich an (Termin siehe HTML-Kalender).", "<p>Kalender: 12.9.</p>" * 20))
    assert m.text == "Ich melde mich an (Termin siehe HTML-Kalender)."


@pytest.mark.parametrize("ctype", ["text/plain; charset=utf-8", "text/plain"])
def test_latin1_sent_as_utf8_or_undeclared_is_read_as_latin1(ctype):
    body = "Ich melde mich verbindlich an. Wir überweisen nach Rechnungserhalt.\r\n\r\nGrüße\r\nJürgen Häußler\r\n"
    m = parse_bytes(mail("From: a@b.de\nSubject: Anmeldung", body.encode("cp1252"), ctype))
    assert "Wir überweisen nach Rechnungserhalt." in m.text
    assert "\ufffd" not in m.text + m.signature


def test_mojibake_is_repaired_once_in_the_text_and_the_subject():
    body = "Rechnung an: Stadt Bergheide, Königstraße 4\r\n\r\nÜberweisung nach Rechnungseingang.\r\n"
    twice = body.encode("utf-8").decode("cp1252").encode("utf-8")
    subject = "=?utf-8?q?Anmeldung_K=C3=83=C2=BChnel?="
    m = parse_bytes(mail(f"From: a@b.de\nSubject: {subject}", twice))
    assert "Königstraße 4" in m.text and "Überweisung nach Rechnungseingang." in m.text
    assert m.subject == "Anmeldung Kühnel"


def test_right_text_in_other_charsets_stays_as_written():
    body = "Grüße aus Köln – “quoted” façade, São Paulo, ação, Øresund, naïve\r\n"
    assert parse_bytes(mail("From: a@b.de\nSubject: x", body)).text == body.strip()
    latin = "Grüße aus Köln\r\n".encode("iso-8859-15")
    assert parse_bytes(mail("From: a@b.de\nSubject: x", latin, "text/plain; charset=iso-8859-15")).text == "Grüße aus Köln"


@pytest.mark.parametrize("attribution", ["Le 02/06/2025 à 10:00, VSOP e.V. <geschaeftsstelle@vsop.de> a écrit :",
                                         "Il giorno 2 giu 2025, alle ore 10:00, VSOP e.V. <geschaeftsstelle@vsop.de> ha scritto:"])
def test_a_quote_below_a_french_or_italian_attribution_is_a_quote(attribution):
    body = f"Jetzt verbindlich: ich komme.\r\n\r\nAnne\r\n\r\n{attribution}\r\n\r\n> Liebe Vorgemerkte,\r\n> anbei das Programm.\r\n"
    m = parse_bytes(mail("From: a@b.fr\nSubject: Re: Programm", body))
    assert "Vorgemerkte" not in m.text + m.signature
    assert "Vorgemerkte" in m.quoted


def test_word_paragraphs_are_lines_and_its_empty_paragraphs_blank_lines():
    html = ('<html><body><p class=MsoNormal>Hallo,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<p class=MsoNormal><b>Rechnungsanschrift:</b></p><p class=MsoNormal>Landkreis Moorgeest</p>'
            '<p class=MsoNormal>Am Kreishaus 1</p><p class=MsoNormal>27432 Moorgeest</p></body></html>')
    m = parse_bytes(mail("From: a@b.de\nSubject: x", html, "text/html; charset=utf-8"))
    assert "Hallo,\n\nRechnungsanschrift:\nLandkreis Moorgeest\nAm Kreishaus 1\n27432 Moorgeest" in m.text


def test_an_html_table_keeps_its_rows_without_a_markdown_rule():
    html = "<p>Wir kommen zu zweit:</p><table><tr><th>Name</th><th>Dienst</th></tr><tr><td>Anna B</td><td>Soziales</td></tr></table>"
    m = parse_bytes(mail("From: a@b.de\nSubject: x", html, "text/html; charset=utf-8"))
    assert "---" not in m.text and "Anna B" in m.text


def test_an_inline_pgp_signature_loses_its_armour():
    body = ("-----BEGIN PGP SIGNED MESSAGE-----\r\nHash: SHA256\r\n\r\nHallo,\r\n\r\nbitte merkt mich vor.\r\n\r\n"
            "- -- \r\nMalte Iversen\r\n-----BEGIN PGP SIGNATURE-----\r\n\r\niQEzBAEBCAAdFiEE\r\n=abcd\r\n"
            "-----END PGP SIGNATURE-----\r\n")
    m = parse_bytes(mail("From: a@b.de\nSubject: x", body))
    assert m.text == "Hallo,\n\nbitte merkt mich vor."
    assert "PGP" not in m.text + m.signature and "iQEz" not in m.signature
    assert "Malte Iversen" in m.signature
