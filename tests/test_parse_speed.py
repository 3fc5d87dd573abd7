"""The faster paths of parsing read exactly what the plain paths read (issue 17, round 6):
mail-parser-reply's header pattern behind its lookahead, and the address headers read
without the standard library's parser, each compared with the plain path; later rounds'
shortcuts (what mail-parser makes that is never read here) the same way."""

from __future__ import annotations

import random
from pathlib import Path

from mailparser_reply.parser import EmailMessage

from inbox_agent.mail import headertext, parse

MAILS = Path(__file__).parent / "mails"


def _plain_header_pattern():
    return EmailMessage(text="", languages=parse._REPLY_PARSER.languages).HEADER_REGEX


def test_the_reply_header_pattern_is_guarded_and_finds_what_the_plain_one_finds() -> None:
    guarded = parse._REPLY_PATTERNS["_header_regex"]
    plain = _plain_header_pattern()
    assert guarded.pattern.startswith(parse._HEADER_START)  # this version's pattern was proved
    texts = [
        "Danke!\n\nAm 03.02.2025 um 10:12 schrieb Geschäftsstelle VSOP <g@vsop.de>:\n> Hallo",
        "ok\nVon: Anna\nGesendet: Montag\nAn: VSOP\nBetreff: Anmeldung\n\nText",
        "ja-----Oprindelig meddelelse-----\nFra: A\nSendt: B\nTil: C\n",  # mid-line: its own start
        "On Mon, 3 Feb 2025, Anna Schmidt wrote:\n> quoted",
        "x\n-----Original Message-----\nFrom: a\nSent: b\n",
        "Od: a\nDW: b",
        "\n\n\n",
    ]
    texts += [path.read_text("utf-8", "replace") for path in sorted(MAILS.glob("*.eml"))]
    rng = random.Random(5)
    pieces = ["Von: a", "An: b", "Fra: c", "Sendt: d", "-----Oprindelig meddelelse-----", "> ", "Am 1. schrieb x:",
              "On x wrote:", "\n", "\n", "text ", "-----Original Message-----", "Od: x", " ", "* ", "**Von:** x",
              "Den 3. jan skrev x:", "3 jan 2020 skrev a:", "Le 2 a écrit :", "El lunes escribió:", "   : x", "À : x",
              "Envoyé : x", "Dnia 1 napisał(a):", "Dne 1 napsal(a):", "VON: x", "ÄMNE: x", "Op 1 schreef x:",
              "Il 2 ha scritto:", "Från: a", "Wysłano: b", "Předmět: c", "Organización: d", "Vedhæftet: e"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(8000)]
    for text in texts:
        assert guarded.findall(text) == plain.findall(text), text


def test_a_reply_is_split_as_mail_parser_reply_splits_it() -> None:
    for path in sorted(MAILS.glob("*.eml")):
        text = path.read_text("utf-8", "replace")
        ours = parse._read_replies(text)
        theirs = parse._REPLY_PARSER.read(text).replies
        assert [(r.headers, r.content, r.signatures, r.disclaimers) for r in ours] == \
            [(r.headers, r.content, r.signatures, r.disclaimers) for r in theirs], path.name


def test_a_quoted_name_is_read_as_the_parser_reads_it() -> None:
    rng = random.Random(3)
    names = ["Yilmaz, Selin", "Dr. Frank Terhorst", "Möllenbeck, Petra", " a  b ", "", "x(y)z", "a;b",
             "<x@y.de>", "a@b.de", "O'Brien, K.", "a:b", "[x]", "a, b, c", "\u00a0x", "..", "äää"]
    addresses = ["anna@x.de", "a.b@a-b.example", "a_b+c@mail.x.co.uk", "A.B%C@x.museum"]
    for _ in range(5000):
        text = f'{rng.choice(["", " "])}"{rng.choice(names)}{rng.choice(["", ",", "ö"])}"' \
               f'{rng.choice(["", " "])}<{rng.choice(addresses)}>{rng.choice(["", " "])}'
        assert headertext._QUOTED_NAME.match(text), text
        assert headertext.header_addresses(text) == headertext._parsed_addresses(text), text


def test_what_the_quick_path_leaves_goes_to_the_parser() -> None:
    for text in ['"a\\"b" <x@y.de>', '"=?utf-8?q?Eve_=3Cx@y.org=3E?=" <e@x.de>', '"a" <a..b@x.de>',
                 '"a" <.a@x.de>', '"x" <a@b.de>, "y" <c@d.de>', '"a\tb" <a@b.de>']:
        assert not headertext._QUOTED_NAME.match(text), text
    assert headertext.header_addresses('"x" <a@b.de>, "y" <c@d.de>') == (
        headertext.Address("a@b.de", "x"), headertext.Address("c@d.de", "y"))


def test_a_plain_header_is_what_decoding_it_gives() -> None:
    from email.header import decode_header, make_header

    def plain(value: str) -> str:  # the decoding of an ASCII value without encoded words
        return str(make_header([(headertext.bytes_to_text(c.encode("utf-8", "surrogateescape")), None)
                                for c, _charset in decode_header(value)]))

    rng = random.Random(1)
    values = ["".join(chr(rng.randrange(128)) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    values += ["Anmeldung\r\n zur Tagung", "  x  ", "a\tb", "Re: Fwd: [VSOP] 12 %"]
    for value in values:
        if "=?" not in value:
            assert headertext.decoded(value) == plain(value) == value, repr(value)


def test_mail_parser_without_its_own_dicts_reads_the_same_parts() -> None:
    import mailparser

    def read(parser_class, data: bytes) -> tuple:
        random.seed(0)  # mail-parser names an unnamed attachment at random
        parsed = parser_class.from_bytes(data)
        return (parsed.text_plain, parsed.text_html, parsed.attachments, parsed.defects_categories,
                parsed.message.as_bytes())

    for path in sorted(MAILS.glob("*.eml")):
        data = path.read_bytes()
        assert read(parse._Parser, data) == read(mailparser.MailParser, data), path.name


def test_each_address_header_value_is_checked_once_as_mail_parser_checks_it() -> None:
    """Round 7: mail-parser's forensic check of the address headers, made once for each
    distinct value (``parse._address_header``), finds what its own finds, the defects of
    a value it has seen before as well."""
    import mailparser

    def read(parser_class, data: bytes) -> tuple:
        parsed = parser_class.from_bytes(data)
        return (parsed.defects_categories, parsed._address_headers, parsed.address_header_defects,
                parsed.date_header_defects, parsed.received_header_defects,
                sorted(map(repr, parsed.defects)), parsed.has_defects)

    rng = random.Random(9)
    pieces = ['"Schmidt, Anna"', "Anna", " ", "<", ">", "anna@x.de", "a@b", ",", ";", ":", "(c)", "(", ")", '"',
              "=?utf-8?q?M=C3=BCller?=", "Gruppe:", "@", "[1.2.3.4]", "\\", "ä", ".", "\r\n ", "x" * 80]
    values = ["VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>", "undisclosed-recipients:;", "a@b.de (Anna)",
              '"a" <a@b.de>, <c@d.de>', "<<a@b.de>>", "Anna <a@b.de> x", "a@", "@b.de", "Liste: a@b.de;"]
    values += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(400)]
    mails = [path.read_bytes() for path in sorted(MAILS.glob("*.eml"))]
    for value in values:
        header = value.replace("\r\n ", " ").encode("utf-8")
        mails.append(b"From: " + header + b"\r\nTo: " + header + b"\r\nCc: a@b.de, " + header +
                     b"\r\nSubject: x\r\n\r\nText\r\n")
    for data in mails + mails:  # the second time, every value has been seen
        assert read(parse._Parser, data) == read(mailparser.MailParser, data), data[:200]
    assert any("AddressHeaderDefect" in read(parse._Parser, data)[0] for data in mails)


def _without_received(data: bytes) -> bytes:
    head, sep, body = data.partition(b"\r\n\r\n") if b"\r\n\r\n" in data else data.partition(b"\n\n")
    lines, kept, skipping = head.splitlines(keepends=True), [], False
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                kept.append(line)
            continue
        skipping = line.lower().startswith(b"received:")
        if not skipping:
            kept.append(line)
    return b"".join(kept) + sep + body


def test_the_received_headers_are_not_analysed_and_everything_else_is_read_as_before() -> None:
    """Round 15: mail-parser's analysis of the Received headers (hops, addresses, dates)
    is left out: what it reads of a mail is what it reads of the same mail without them
    (its defects too), and the Received headers themselves are still the mail's."""
    import mailparser

    def read(parser_class, data: bytes) -> tuple:
        random.seed(0)  # mail-parser names an unnamed attachment at random
        parsed = parser_class.from_bytes(data)
        return (parsed.text_plain, parsed.text_html, parsed.attachments, parsed.defects_categories,
                parsed.date_header_defects, parsed.address_header_defects, parsed.received)

    broken = (b"Received: from [300.1.2.3] (helo=) by ; Mon, 99 Foo 2025 99:99:99 +9999\r\n"
              b"Received: by mx.example.org with ESMTP id 1; Tue, 4 Feb 2025 10:00:00 +0100\r\n"
              b"From: Anna <anna@example.org>\r\nTo: office@example.org\r\nSubject: x\r\n"
              b"Date: Tue, 4 Feb 2025 10:00:00 +0100\r\n\r\nText\r\n")
    mails = [broken] + [path.read_bytes() for path in sorted(MAILS.glob("*.eml"))]
    plain = mailparser.MailParser.from_bytes(broken)  # a defect it finds in a Received date:
    assert plain.defects_categories == {"DateHeaderDefect"} and plain.received
    assert not mailparser.MailParser.from_bytes(_without_received(broken)).defects_categories
    for data in mails:
        assert read(parse._Parser, data) == read(mailparser.MailParser, _without_received(data))
    mail = parse.parse_bytes(broken)
    assert [v for n, v in mail.headers if n == "received"][1].startswith("by mx.example.org")
    assert mail.defects == () and mail.text.strip() == "Text"


def test_mojibake_is_looked_for_as_ftfy_looks_for_it() -> None:
    """Round 8: ``charset.repair`` asks ftfy only of a text its test for mojibake could
    find some in (a sequence at a time, only where the text has a character of each
    class the sequence needs): the same answer as ftfy's whole pattern, the same text."""
    import ftfy
    from ftfy.badness import BADNESS_RE

    from inbox_agent.mail import charset

    sequences = charset._prefilter()[0]
    assert sequences is not None  # this Python and this ftfy: the fast path is taken
    texts = []
    for folder in [MAILS, *sorted((MAILS.parent / "corpus").glob("dev*"))]:
        for path in sorted(folder.glob("*.eml")):
            data = path.read_bytes()
            texts += [data.decode("utf-8", "replace"), data.decode("cp1252", "replace")]
    lines = [line for text in texts[::2] for line in text.splitlines() if not line.isascii()]
    texts += [line.encode("utf-8").decode("cp1252", "replace") for line in lines]  # made mojibake
    texts += [line.encode("utf-8").decode("latin-1") for line in lines]
    classes = sorted({c for needed, _pattern in sequences for chars in needed for c in chars})
    pool = classes + list("aeZ \n\t.,!?-_/") + ["Ã", "Â", "â€", "ä", "ü", "–", "„", "“", "€"]
    rng = random.Random(11)
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 8))) for _ in range(60000)]
    bad = 0
    for text in texts:
        found = bool(BADNESS_RE.search(text))
        assert charset._may_be_mojibake(text) == found, repr(text[:200])
        bad += found
    for text in texts[:4000] + texts[-4000:]:
        assert charset.repair(text) == ftfy.fix_encoding(text), repr(text[:200])
    assert bad > 1000  # the edges were reached: many texts are mojibake to ftfy
