"""Raw bytes -> ``Mail``. The only module that imports mail-parser, mail-parser-reply
and html2text.

Parsing never trusts the sender: every header is decoded defensively, a broken
charset becomes replacement characters rather than an exception (Latin-1 sent as
UTF-8 or undeclared is read as Latin-1, mojibake repaired: ``charset``), ``format=flowed``
text is unwrapped (``flowed``), HTML-only mails are turned into text as written (no
Markdown escapes, an address link is the address), a form answered inside the quote is
read as the sender's (``inline``), an inline PGP signature loses its armour (``armor``), and what the sender quoted or put in the signature is kept apart
from what they wrote, so it cannot leak into a decision.
"""

from __future__ import annotations

import base64
import binascii
import email.message
import functools
import hashlib
import logging
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import html2text
import mailparser
from mailparser.const import ADDRESSES_HEADERS
from mailparser.utils import get_addresses
from mailparser_reply import EmailReplyParser
from mailparser_reply.parser import EmailMessage

from inbox_agent.errors import ParseError
from inbox_agent.i18n import N_
from inbox_agent.mail import attached, signoff
from inbox_agent.mail.armor import unarmored
from inbox_agent.mail.charset import decode, repair
from inbox_agent.mail.flowed import unflow
from inbox_agent.mail.headertext import MAX_HEADER, addresses, clean, decoded
from inbox_agent.mail.headertext import header_addresses  # noqa: F401  (understanding.context reads it here)
from inbox_agent.mail.inline import answers
from inbox_agent.model import Address, Attachment, Mail, Reason

log = logging.getLogger(__name__)

# mail-parser logs a warning for every part type it does not handle; that is noise
# in an office daemon's log, the defects are recorded on the Mail instead.
logging.getLogger("mailparser").setLevel(logging.ERROR)

_REPLY_PARSER = EmailReplyParser(languages=["de", "en", "fr", "nl", "it", "es", "da", "sv", "pl", "cs"])
_MSGID = re.compile(r"<[^<>\s]+>")


class _Parser(mailparser.MailParser):
    """mail-parser without the two dicts of every header and part it builds at the end
    of each parse for its own ``mail`` and ``mail_partial`` (``_make_mail``, a getter
    each, ~13 % of its parse): nothing here reads them; what is read (``message``,
    ``attachments``, ``text_plain``, ``text_html``, ``defects_categories``) is made
    before, as it was (tests/test_parse_speed.py)."""

    def _make_mail(self, complete: bool = True) -> dict:
        return {}

    # Its check of the address headers (a forensic parse of each value, ~a third of its
    # header work; only ``defects_categories`` is read of it here) is made once for each
    # distinct value: the office's own Delivered-To and To come in nearly every mail.
    # Its ``_reset`` is given the index without them, then they are read as it reads them.
    def _build_header_index(self) -> dict:
        self._index = super()._build_header_index()
        return {name: values for name, values in self._index.items() if name not in ADDRESSES_HEADERS}

    # Nor is its analysis of the Received headers (each hop's parts, addresses and dates,
    # ~9 % of a parse; its only trace here would be "ReceivedHeaderDefect" among the
    # defects): its ``_reset`` is given the headers without them, every other as it is.
    def _reset(self) -> None:
        message = self._message
        if message is not None:
            message.raw_items = functools.partial(_without_hops, message)  # type: ignore[method-assign]
        try:
            super()._reset()
        finally:
            if message is not None:
                del message.raw_items
        self._header_index = self._index
        for header in sorted(ADDRESSES_HEADERS):
            for occurrence, value in enumerate(self._header_index.get(header, [])):
                addresses, diagnostics = _address_header(value)
                if occurrence == 0:
                    self._address_headers[header] = addresses
                for defect in diagnostics:
                    self._address_header_defects.append({**defect, "header": header, "occurrence": occurrence})
        if self._address_header_defects:
            self._has_defects = True
            self._defects_categories.add("AddressHeaderDefect")
            self._defects.append({"address-headers": [
                f"AddressHeaderDefect: {d['header']}[{d['occurrence']}]: {d['reason']}"
                for d in self._address_header_defects]})


def _without_hops(message: email.message.Message) -> list[tuple[str, Any]]:
    return [(name, value) for name, value in email.message.Message.raw_items(message)
            if name.lower() != "received"]


_ADDRESS_HEADERS: dict[str, tuple[list, tuple[dict, ...]]] = {}


def _address_header(value) -> tuple[list, tuple[dict, ...]]:
    """mail-parser's addresses of one address header value and its diagnostics."""
    kept = _ADDRESS_HEADERS.get(value) if isinstance(value, str) else None
    if kept is None:
        diagnostics: list[dict] = []
        kept = get_addresses(value, defects=diagnostics, decode_names=True), tuple(diagnostics)
        if isinstance(value, str) and len(value) <= MAX_HEADER:
            if len(_ADDRESS_HEADERS) >= 512:
                _ADDRESS_HEADERS.clear()
            _ADDRESS_HEADERS[value] = kept
    return list(kept[0]), kept[1]
_MAX_HEADERS = 500


def parse_bytes(data: bytes, received_at: datetime | None = None, *, _inner: bool = False) -> Mail:
    """Parse one mail.

    ``received_at`` is when the server received it (IMAP INTERNALDATE); without it
    (a file on disk) the Date header is used, and failing that, now.
    Raises ``ParseError`` only when nothing at all can be made of the bytes; its
    ``.reason`` says why in words for staff (``str()`` is the English sentence).
    """
    if not data or not data.strip():
        raise ParseError(Reason.of(N_("the mail is empty (0 bytes of content)")))
    try:
        parsed = _Parser.from_bytes(data)
    except Exception as exc:  # mail-parser raises many kinds; all mean "unreadable"
        raise ParseError(Reason.of(N_("mail-parser could not read the mail: {error}"), error=str(exc))) from exc
    msg = parsed.message
    if msg is None:
        raise ParseError(Reason.of(N_("the mail has no readable headers or body")))

    headers = _headers(msg)
    first = {}
    for name, value in headers:
        first.setdefault(name, value)

    date = _date(first.get("date"))
    attachments = _attachments(parsed.attachments)
    sender = _first(addresses(msg, "from"))
    inner = None if _inner else _colleagues_mail(sender, attachments)
    html, (text, quoted, signature, quote_heads) = _bodies(msg, parsed, own_only=inner is not None)
    if inner is not None and not attached.is_note(text):
        # The forwarder writes a request of their own: the attached mail is context.
        inner = None
        html, (text, quoted, signature, quote_heads) = _bodies(msg, parsed, own_only=False)

    message_id = _first_msgid(first.get("message-id"))
    mail = Mail(
        key=message_id or "sha256:" + hashlib.sha256(data).hexdigest(),
        message_id=message_id,
        subject=repair(clean(first.get("subject", ""))),
        sender=sender,
        reply_to=addresses(msg, "reply-to"),
        to=addresses(msg, "to"),
        cc=addresses(msg, "cc"),
        date=date,
        received_at=received_at or date or datetime.now(UTC),
        text=text,
        quoted=quoted,
        quote_heads=quote_heads,
        signature=signature,
        html=html,
        attachments=attachments,
        headers=headers,
        in_reply_to=tuple(_MSGID.findall(first.get("in-reply-to", ""))),
        references=tuple(_MSGID.findall(first.get("references", ""))),
        content_type=msg.get_content_type(),
        defects=tuple(sorted(parsed.defects_categories)),
        raw=data,
    )
    return attached.read_as_forward(mail, inner) if inner is not None else mail


def _bodies(msg, parsed, *, own_only: bool) -> tuple[str, tuple[str, str, str, str]]:
    """(the HTML, the text to read split as ``_split_reply``): every text part as
    mail-parser found it, or with ``own_only`` the mail's own parts without those of an
    attached mail."""
    if own_only:
        texts_html = attached.own_texts(msg, "text/html", _part_text)
        texts_plain = attached.own_texts(msg, "text/plain", _part_text)
    else:
        texts_html = _decoded(msg, parsed.text_html, "text/html")
        texts_plain = _decoded(msg, parsed.text_plain, "text/plain")
    html = "\n".join(texts_html)
    plain = "\n".join(_unflowed(msg, texts_plain))
    return html, _split_reply(unarmored(repair(_readable(plain, html))))


def _colleagues_mail(sender: Address | None, attachments: tuple[Attachment, ...]) -> Mail | None:
    """A colleague's mail attached to this one (``attached``), parsed; else None."""
    data = attached.forwarded(attachments)
    if data is None:
        return None
    try:
        inner = parse_bytes(data, _inner=True)
    except ParseError:
        return None
    return inner if attached.is_colleagues(sender, inner) else None


def _headers(msg) -> tuple[tuple[str, str], ...]:
    out = []
    for name, value in msg.items()[:_MAX_HEADERS]:
        out.append((str(name).strip().lower(), clean(decoded(value))[:MAX_HEADER]))
    return tuple(out)


def _first(items: tuple[Address, ...]) -> Address | None:
    return items[0] if items else None


def _first_msgid(value: str | None) -> str | None:
    if not value:
        return None
    found = _MSGID.findall(value)
    return found[0] if found else None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _unflowed(msg, texts: list[str]) -> list[str]:
    """mail-parser's text/plain bodies, each ``format=flowed`` one unwrapped (RFC 3676).
    mail-parser keeps no part's parameters beside its text, so a body is matched to
    its part by its lines; a body no flowed part matches stays as it is."""
    flowed: dict[tuple[str, ...], bool] = {}
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and _param(part, "format") == "flowed":
            flowed[tuple(_part_text(part).splitlines())] = _param(part, "delsp") == "yes"
    if not flowed:
        return texts
    out = []
    for text in texts:
        delsp = flowed.get(tuple(text.splitlines()))
        out.append(text if delsp is None else unflow(text, delsp))
    return out


def _param(part, name: str) -> str:
    value = part.get_param(name, "")
    return str(value[2] if isinstance(value, tuple) else value).strip().lower()


def _part_text(part) -> str:
    return decode(part.get_payload(decode=True) or b"", part.get_content_charset())


def _decoded(msg, texts: list[str], kind: str) -> list[str]:
    """mail-parser's bodies of ``kind``; if it met bytes that do not fit the declared
    charset (Latin-1 sent as UTF-8 or undeclared: replacement characters), each part
    of that kind read again by ``charset.decode``."""
    if not any("\ufffd" in text for text in texts):
        return texts
    again = [_part_text(part) for part in msg.walk()
             if part.get_content_type() == kind and part.get_content_disposition() != "attachment"]
    return again or texts


class _MailText(html2text.HTML2Text):
    """html2text for mail: the words as written. A mail is not Markdown, so nothing
    is escaped ("-- " stays the signature separator, "1." and "- " stay as typed) and
    an address link is just the address."""

    def handle_data(self, data: str, entity_char: bool = False) -> None:
        super().handle_data(data, entity_char=True)  # html2text escapes all but entities


# Word writes every line as a paragraph without margins (``class=MsoNormal``) and a blank
# line as an empty one: read as lines, not as paragraphs apart.
_WORD_PARAGRAPH = re.compile(r"<p\b[^>]*\bclass=[\"']?MsoNormal\b[^>]*>(.*?)</p\s*>", re.I | re.S)
# html2text's Markdown row under a table's head ("---|---"): not what the mail shows.
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")


def _html_to_text(html: str) -> str:
    if not html.strip():
        return ""
    html = _WORD_PARAGRAPH.sub(lambda m: m.group(1) + "<br>", html)
    converter = _MailText()
    converter.unicode_snob = True  # keep ä, ö, ü, ß instead of ASCII look-alikes
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_mailto_links = True
    converter.body_width = 0  # keep lines as written: form lines must stay intact
    try:
        text = converter.handle(html)
    except Exception:  # html2text on hostile markup: fall back to stripping tags
        return re.sub(r"<[^>]+>", " ", html)
    # A <br> ends its line with Markdown's two spaces: the line as written has none.
    return "\n".join("-- " if line.rstrip() == "--" else line.rstrip().replace("\xa0", " ").rstrip()
                     for line in text.splitlines() if not _TABLE_RULE.match(line)).strip()


# A text part that only points at the HTML part: "best viewed in HTML", "Ihr
# E-Mail-Programm kann diese Nachricht nicht anzeigen", "view it in your browser".
_SEE_HTML = re.compile(
    r"view(?:ed)? (?:it |this (?:message|e-?mail) )?(?:in|as|with) (?:html|your browser|a browser)|html[ -]?(?:version|format|part)"
    r"|see the html|(?:not|cannot|can't|unable to) (?:support|display|show)|nicht (?:anzeigen|darstellen|unterst(?:ü|ue)tzt)"
    r"|im browser (?:an)?(?:sehen|zeigen|ansehen|lesen)|html-(?:ansicht|darstellung|nachricht)", re.I)


def _readable(plain: str, html: str) -> str:
    """The text part, unless it is empty or only a stub pointing at the HTML part
    ("This message is best viewed in HTML"): then the HTML, read as text."""
    stub = plain.strip()
    if not html.strip() or (stub and (len(stub) > 300 or not _SEE_HTML.search(stub))):
        return plain
    from_html = _html_to_text(html)
    return from_html if len(from_html.strip()) > len(stub) else plain


# mail-parser-reply builds and compiles its three patterns again for every mail, and its
# header pattern (the "Am ... schrieb:" and "Von: ... Gesendet:" blocks of ten languages)
# tries its 21 branches at every character: 0.46 of its 0.55 ms a mail. Its patterns are
# made once here and handed to each message; the header pattern is guarded by lookaheads
# for where one of its branches can start at all: a line start or a line break (the
# Danish "-----Oprindelig meddelelse-----" anywhere: its only branch without one), then,
# after quote marks, a word one of the branches begins with ("Am ", "Von:", "-----").
# Only for the pattern this was proved on (its hash); another version's is used as it
# comes (tests/test_parse_speed.py compares the two).
_HEADER_PATTERN = "ead40a192c5b02b57d5d00440c13fc32b0a69ceb5ff0bb26457c96596b703689"
_WROTE = r"am\s|on\s|le\s|op\s|il\s|el\s|den|man|mån|tir|tis|ons|tor|fre|lør|lör|søn|sön|[0-9]|dnia\s|dne\s"
_FROM = (r"von|gesendet|an|betreff|datum|cc|organisation|from|sent|to|subject|date|organization"
         r"|de |envoy\u00e9 |\u00c0 |objet |  |cc |van|verzonden|aan|onderwerp|da|inviato|a|oggetto|data"
         r"|de|enviado|para|asunto|fecha|organización|fra|sendt|til|emne|dato|kopi|vedhæftet"
         r"|från|skickat|till|ämne|kopia|od|wysłano|do|temat|dw|odesláno|komu|předmět|kopie")
_HEADER_START = (rf"(?=^|\n|-----oprindelig meddelelse-----)"
                 rf"(?=\n?(?:> ?)*(?:{_WROTE}|[* ]*(?:{_FROM}):|-{{5}}))")


def _reply_patterns() -> dict[str, re.Pattern[str]]:
    made = EmailMessage(text="", languages=_REPLY_PARSER.languages)
    header = made.HEADER_REGEX
    if hashlib.sha256(header.pattern.encode()).hexdigest() == _HEADER_PATTERN:
        header = re.compile(f"{_HEADER_START}(?:{header.pattern})", header.flags)
    patterns = {"_header_regex": header, "_signature_regex": made.SIGNATURE_REGEX,
                "_disclaimers_regex": made.DISCLAIMERS_REGEX}
    EmailMessage(text="", languages=_REPLY_PARSER.languages, **patterns)  # takes them
    return patterns


try:
    _REPLY_PATTERNS: dict[str, re.Pattern[str]] | None = _reply_patterns()
except (AttributeError, TypeError):  # a mail-parser-reply without these: as it comes
    _REPLY_PATTERNS = None


def _read_replies(text: str) -> list:
    """mail-parser-reply's ``EmailReplyParser.read(text).replies``, its patterns made once."""
    if _REPLY_PATTERNS is None:
        return _REPLY_PARSER.read(text).replies
    return EmailMessage(text=text, languages=_REPLY_PARSER.languages, **_REPLY_PATTERNS).read().replies


def _split_reply(full_text: str) -> tuple[str, str, str, str]:
    """(what the sender wrote, what they quoted, their signature, the quotes' header
    blocks and attribution lines)."""
    if not full_text.strip():
        return "", "", "", ""
    try:
        replies = _read_replies(full_text)
    except Exception:  # the splitter is a heuristic; never let it lose the text
        return full_text.strip(), "", "", ""
    if not replies:
        return full_text.strip(), "", "", ""
    latest = replies[0]
    text = (latest.body or "").strip()
    signature = (latest.signatures or "").strip()
    quoted = "\n\n".join((r.full_body or "").strip() for r in replies[1:]).strip()
    heads = "\n".join((r.headers or "").strip() for r in replies[1:]).strip()
    if not text and not signature:
        # Everything looked like a quote (e.g. a bare forward): judge the quote.
        return full_text.strip(), "", "", ""
    text, signature = signoff.repaired(text, signature)
    inline = answers(quoted)
    if inline:
        # A form answered inside the quote: the sender's lines, read as if written above.
        text = f"{text}\n\n{inline}".strip()
    return text, quoted, signature, heads


def _attachments(items: list[dict]) -> tuple[Attachment, ...]:
    out = []
    for item in items:
        payload = item.get("payload") or ""
        if item.get("binary"):
            try:
                data = base64.b64decode(payload, validate=False)
            except (binascii.Error, ValueError):
                data = payload.encode("utf-8", "replace")
        else:
            data = payload.encode("utf-8", "replace")
        out.append(
            Attachment(
                filename=clean(item.get("safe_filename") or item.get("filename") or "attachment"),
                content_type=(item.get("mail_content_type") or "application/octet-stream").lower(),
                data=data,
            )
        )
    return tuple(out)
