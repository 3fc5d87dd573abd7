"""The text parts ``compose.write`` encodes itself (``textcoding``: quoted-printable lines
from memory) are the bytes the email package's own encoder gives, for any text."""

from __future__ import annotations

from email.contentmanager import _encode_text as email_encode_text
from email.policy import SMTP

from hypothesis import given, settings
from hypothesis import strategies as st

from inbox_agent.outbox import textcoding

# Characters that stress the encoder: line breaks of every kind, "=" near the soft
# breaks, trailing blanks, umlauts, control and non-Latin characters.
_CHARS = st.sampled_from(list("aZ =\t\r\n\x0b\x0c\x1c\x85\u2028äöüßé€😀-.") + ["="])
_LINE = st.text(_CHARS, max_size=200)
# Mostly ASCII, so that quoted-printable wins over base64: long lines, "=" and blanks
# at the soft breaks and at the ends, an umlaut now and then.
_PROSE = st.text(st.sampled_from(list("abcdefgh ") * 6 + list("=\t ü")), min_size=70,
                 max_size=240)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_LINE, st.text(max_size=120)), max_size=16))
def test_any_text_is_encoded_as_the_email_package_encodes_it(lines):
    text = "\n".join(lines)
    assert textcoding.encode_text(text) == email_encode_text(text, "utf-8", None, SMTP)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PROSE, _PROSE, st.text(st.sampled_from(list("ab =\tü")), max_size=30)),
                min_size=1, max_size=16))
def test_long_lines_of_prose_are_quoted_printable_as_the_email_package_writes_them(lines):
    text = "\n".join(lines)
    assert textcoding.encode_text(text) == email_encode_text(text, "utf-8", None, SMTP)


def test_long_german_lines_in_many_mails_give_the_same_bytes_each_time():
    para = ("Vielen Dank für Ihre Anmeldung zur Fachtagung der Sozialplanerinnen und "
            "Sozialplaner – wir freuen uns auf Sie, {}! ")
    for name in ("Anna Berg", "Jörg Müller", "Zoë Weiß ", "A" * 90 + "=", ""):
        text = "\n".join([para.format(name) * 3, "", "Mit freundlichen Grüßen", name + "\t"] * 6)
        expected = email_encode_text(text, "utf-8", None, SMTP)
        assert expected[0] == "quoted-printable"
        assert textcoding.encode_text(text) == expected
    short = "Grüße\nvon Anna\n"
    assert textcoding.encode_text(short) == email_encode_text(short, "utf-8", None, SMTP)
    assert textcoding.encode_text(short)[0] == "8bit"


# A generated attachment's headers (an invoice's file name is new in every mail) are
# made once per type and length of a plain name, the name put in (issue 17, round 13).
_NAME = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,70}", fullmatch=True)
_TYPES = st.sampled_from([("application/pdf", ()), ("application/xml", ()),
                          ("text/calendar", (("method", "PUBLISH"),))])


def _email_package_part(filename, content_type, params, data):
    from email.message import EmailMessage

    scratch = EmailMessage(policy=SMTP)
    maintype, subtype = content_type.split("/", 1)
    scratch.set_content(b"", maintype=maintype, subtype=subtype, filename=filename,
                        params=dict(params))
    head = b"".join(SMTP.fold_binary(n, v) for n, v in scratch.raw_items())
    import base64
    return head + b"\r\n" + base64.encodebytes(data).replace(b"\n", b"\r\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=4), _TYPES, st.binary(max_size=200))
def test_a_generated_part_has_the_headers_the_email_package_writes_for_its_name(
        names, kind, data):
    from inbox_agent.outbox import compose

    content_type, params = kind
    for name in names:  # one after the other: the shapes made before are used
        item = compose.GeneratedAttachment(name, content_type, lambda now: data,
                                           params=params)
        assert compose._generated_part(item, data) == _email_package_part(
            name, content_type, params, data)
