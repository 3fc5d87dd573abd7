"""Header values as text: RFC 2047 decoded, one clean line, and the addresses of an
address header read from the raw value (a display name never decides who is answered).
Used by ``parse``; the standard library only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from email.header import Header, decode_header, make_header
from email.headerregistry import HeaderRegistry
from email.utils import getaddresses

from inbox_agent.model import Address

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A single header value longer than this is cut: nobody writes such a subject, and
# a hostile one should not cost memory in every later stage.
MAX_HEADER = 4096
# What we accept as an address to answer: local@domain.tld, nothing that could confuse
# an SMTP envelope (no spaces, brackets, quotes, commas or a second "@").
_ADDR_SPEC = re.compile(r"^[^\s<>()\[\],;:\\\"@]+@[^\s<>()\[\],;:\\\"@]+\.[^\s<>()\[\],;:\\\"@.]+$")
_BRACKETED = re.compile(r"<([^<>\s]+)>")
_REGISTRY = HeaderRegistry()
# A plain name of words (no quotes, encoded words or specials) and one clean address.
_SIMPLE = re.compile(r"^\s*(?:([\w' -]+(?:\.[\w' -]+)*\.?)?\s*<([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})>"
                     r"|<?([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})>?)\s*$")
# A quoted name without escapes, encoded words or controls, and one plain address
# (a dot-atom: the parser quotes no other): what the parser reads of it, read at once.
_QUOTED_NAME = re.compile(r'^\s*"([^"\\\x00-\x1f\x7f=]*)"\s*<([A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*'
                          r'@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})>\s*$')
_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bBqQ]\?[^?\s]*\?=")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")


def decoded(value) -> str:
    """Decode an RFC 2047 header; unknown charsets and bad bytes never raise.

    Raw 8-bit headers (common: UTF-8 names written straight into From/Subject) arrive
    from the parser as "unknown-8bit" chunks; they are read as UTF-8, else Windows-1252.
    """
    if isinstance(value, str) and value.isascii() and "=?" not in value:
        return value  # no encoded word, no 8-bit byte: what the decoding gives back
    try:
        chunks = []
        for chunk, charset in decode_header(value if isinstance(value, Header) else str(value)):
            if isinstance(chunk, bytes) and (charset is None or charset == "unknown-8bit"):
                chunks.append((bytes_to_text(chunk), None))
            elif isinstance(chunk, bytes):
                try:
                    chunks.append((chunk.decode(charset, "replace"), None))
                except LookupError:  # a charset Python does not know
                    chunks.append((bytes_to_text(chunk), None))
            else:
                chunks.append((bytes_to_text(chunk.encode("utf-8", "surrogateescape")), None))
        text = str(make_header(chunks))
        if isinstance(value, Header) and "=?" in text:
            # 8-bit bytes and encoded words in one header: decode the words now.
            return decoded(text)
        return text
    except Exception:  # HeaderParseError and friends: keep what we can read
        return str(value).encode("utf-8", "replace").decode("utf-8")


def bytes_to_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def clean(value: str) -> str:
    """One line, no control characters: CR/LF in a header never becomes a header of ours."""
    return " ".join(_CONTROL.sub(" ", value).replace("\r", " ").replace("\n", " ").split())


def addresses(msg, header: str) -> tuple[Address, ...]:
    """Every address in every ``header`` field of ``msg``, read from the raw header."""
    out: list[Address] = []
    for name, value in msg.raw_items():
        if str(name).strip().lower() == header:
            out.extend(header_addresses(raw_header_text(value)))
    return tuple(out)


def raw_header_text(value) -> str:
    """The header as the sender wrote it, encoded words still encoded; raw 8-bit bytes
    (arriving as surrogates) read as UTF-8, else Windows-1252."""
    if not isinstance(value, str):
        value = str(value)
    if _has_surrogates(value):
        value = bytes_to_text(value.encode("utf-8", "surrogateescape"))
    return value


def header_addresses(raw: str) -> tuple[Address, ...]:
    """The addresses in one undecoded address header (From, Reply-To, Sender, To, Cc).

    The standard library's RFC 5322 parser (``email.headerregistry``) splits the raw
    header into mailboxes before any display name is decoded, so an encoded name such
    as ``=?utf-8?q?Eve_=3Cx@y.org=3E?=`` or ``"Möllenbeck, Petra"`` stays a name. An
    address is only taken if it is written literally in the header outside every
    display name, quoted string and encoded word: whatever a name decodes to (another
    address, CR/LF, a comma) never decides who is answered.
    """
    return _addresses_in(_unfold(raw)[:MAX_HEADER])


# The same few headers come again and again (the office's own address in To, as each
# mail program encodes its name): each is read once. The values are immutable.
@lru_cache(maxsize=512)
def _addresses_in(text: str) -> tuple[Address, ...]:
    simple = _SIMPLE.match(text)
    if simple:  # the common "Anna Schmidt <anna@x.de>": nothing to decode, nothing hidden
        return (Address(email=simple.group(2) or simple.group(3), name=" ".join((simple.group(1) or "").split())),)
    quoted = _QUOTED_NAME.match(text)
    if quoted:  # '"Schmidt, Anna" <anna@x.de>': the parser's reading, without the parser
        return (Address(email=quoted.group(2), name=clean(quoted.group(1))),)
    return _parsed_addresses(text)


def _parsed_addresses(text: str) -> tuple[Address, ...]:
    """``header_addresses`` of an unfolded header by the standard library's parser."""
    outside = _names_blanked(text).lower()
    out: list[Address] = []
    try:
        mailboxes = [(a.display_name, a.addr_spec) for a in _REGISTRY("from", text).addresses]
    except Exception:  # a name decoding to CR/LF and other hostile input
        mailboxes = []
    for name, email in mailboxes:
        email = email.strip()
        if _ADDR_SPEC.match(email) and email.lower() in outside:
            out.append(Address(email=email, name=clean(raw_header_text(name))))
    if out:
        return tuple(out)
    # The strict parser found nothing usable (a broken header: '"unclosed <a@b <x@y.de>',
    # 'x <y> <anna@x.de>'): look for addresses written outside the names, and keep only a
    # clean <address> from a fragment, so no fragment becomes a recipient.
    for _name, email in getaddresses([_names_blanked(text)]):
        email = clean(email)
        if not _ADDR_SPEC.match(email):
            found = _BRACKETED.findall(email)
            if not found or not _ADDR_SPEC.match(found[-1]):
                continue
            email = found[-1]
        out.append(Address(email=email))
    return tuple(out)


def _unfold(value: str) -> str:
    """One line: folding undone, any other CR or LF a space."""
    return _LINE_BREAK.sub(" ", _FOLDING.sub("", value))


_FOLDING = re.compile(r"\r?\n(?=[ \t])")
_LINE_BREAK = re.compile(r"[\r\n]")


def _names_blanked(text: str) -> str:
    """``text`` with every encoded word, quoted string and comment replaced by spaces
    (same length): what is left is written literally, outside any display name."""
    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    text = _ENCODED_WORD.sub(blank, text)
    text = _QUOTED.sub(blank, text)
    return _COMMENT.sub(blank, text)


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)
