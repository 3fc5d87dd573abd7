"""A planned mail as a complete RFC 5322 message: headers, bodies, attachments.

``Outbox.compose`` renders the template and hands the pieces to ``write``, which writes
the message's bytes directly: the bytes the email package gives for the message
``build`` makes (but for the random MIME boundaries; the tests hold the two together),
at a third of the cost (BENCHMARKS.md, round 7). Everything here is pure (no store, no
network, no clock but the ``now`` handed in). The kinds'
policies (reply or bulk mail) decide the headers that tell robots not to answer and
how to opt out.
"""

from __future__ import annotations

import base64
import functools
import mimetypes
import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.generator import NLCRE as _NEWLINES
from email.generator import BytesGenerator
from email.headerregistry import Address as HeaderAddress
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email.policy import SMTP
from io import BytesIO
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

from inbox_agent.config import Office
from inbox_agent.errors import ConfigError
from inbox_agent.model import Address, PlannedMail
from inbox_agent.outbox.templates import Rendered
from inbox_agent.outbox.textcoding import encode_text

Files = list[tuple[str, str, bytes]]  # (file name, content type, data)

# Headers every mail of a kind carries with the same value (From, the MIME headers of
# the parts, the subject of most kinds, ...; Date: every mail of one delivery): folded
# once, the bytes reused.
_REPEATED = frozenset({"from", "date", "subject", "auto-submitted", "x-auto-response-suppress",
                       "x-inbox-agent-kind", "precedence", "list-unsubscribe-post",
                       "mime-version", "content-type", "content-transfer-encoding",
                       "content-language", "content-disposition"})
_NL = b"\r\n"
_MAXLEN = SMTP.max_line_length
# A value the SMTP policy writes as it is ("Name: value"): printable ASCII words with
# single spaces, no encoded word, on one line (``_plain``); the headers the policy
# parses further only in the forms it gives back unchanged.
_WORDS = re.compile(r"[!-~]+(?: [!-~]+)*")
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_SPEC = rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
# A display name of atoms, or quoted as ``formataddr`` quotes one with a comma or a dot
# ("Seidel, Torsten", "Dr. Anna Berg"; no quote or backslash inside): the policy writes
# either as it is.
_FORMS = {"from": re.compile(
              rf'(?:{_ATOM}(?: {_ATOM})* <{_SPEC}>|"[ !#-\[\]-~]+" <{_SPEC}>|{_SPEC})'),
          "message-id": re.compile(rf"<{_SPEC}>")}
_FORMS["to"] = _FORMS["from"]
_PARSED = frozenset({"date", "sender", "cc", "bcc", "reply-to", "mime-version",
                     "content-type", "content-disposition", "content-transfer-encoding",
                     "resent-date", "resent-from", "resent-sender", "resent-to",
                     "resent-cc", "resent-bcc", "orig-date"})  # never written as they are
_folded: dict[tuple[str, str], bytes] = {}
_FROZEN = "_inbox_agent_bytes"  # a prebuilt part's bytes (``attachment_parts``)
_WIDTH = len(repr(sys.maxsize - 1))  # the generator's boundary: "=" * 15, digits, "=="
_SAMPLE = "=" * 15 + "0" * _WIDTH + "=="  # a boundary's form, for folding once


def _plain(name: str, value: str) -> bool:
    """True if the SMTP policy writes ``name: value`` unchanged on one line."""
    lower = name.lower()
    if lower in _PARSED or len(name) + 2 + len(value) > _MAXLEN or "=?" in value:
        return False
    form = _FORMS.get(lower, _WORDS)
    return form.fullmatch(value) is not None


class _Registry(HeaderRegistry):
    """The SMTP policy's header registry, but the class for a header name made once:
    the registry makes a new class each time it is asked (the same class, the same
    header objects)."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        made = self._classes.get(name)
        if made is None:
            made = self._classes[name] = super().__getitem__(name)
        return made


_FACTORY = _Registry()


def header(name: str, value: Any) -> bytes:
    """``name: value`` as the email package's SMTP policy folds it (its bytes, CRLF
    at the end): written directly where that is the value as it is, else folded by the
    policy; a repeated header's bytes from memory. An ``Address`` is folded as its
    ``str`` (the policy parses that string: ``"Seidel, Torsten" <t@x.de>``)."""
    if isinstance(value, HeaderAddress):
        value = str(value)
    if isinstance(value, str):
        key = (name, value)
        hit = _folded.get(key)  # only repeated headers are kept: looked up first
        if hit is not None:
            return hit
        if _plain(name, value):
            made = f"{name}: {value}\r\n".encode("ascii")
        else:
            made = SMTP.fold_binary(name, _FACTORY(name, value))
        if name.lower() in _REPEATED:
            if len(_folded) >= 512:
                _folded.clear()
            _folded[key] = made
        return made
    return SMTP.fold_binary(name, _FACTORY(name, value))


def _boundary(text: bytes) -> str:
    """A new boundary in the email generator's own format; "--boundary" anywhere in
    the parts (not only on a line of its own, as the generator checks) means another
    is drawn."""
    while True:
        boundary = "=" * 15 + "%0*d" % (_WIDTH, random.randrange(sys.maxsize)) + "=="
        if b"--" + boundary.encode("ascii") not in text:
            return boundary


def _multipart(subtype: str, parts: Sequence[bytes]) -> tuple[bytes, bytes]:
    """The Content-Type header and the body of a multipart of ``parts``, as the email
    generator writes them (every boundary has the same length: folded once)."""
    boundary = _boundary(_NL.join(parts))
    form = header("Content-Type", f'multipart/{subtype}; boundary="{_SAMPLE}"')
    line = b"--" + boundary.encode("ascii")
    body = [line, _NL, parts[0]]
    for part in parts[1:]:
        body += [_NL, line, _NL, part]
    body += [_NL, line, b"--", _NL]
    return form.replace(_SAMPLE.encode("ascii"), boundary.encode("ascii")), b"".join(body)


def _text_part(text: str, subtype: str, version: bool) -> tuple[bytes, bytes]:
    """The headers (``version``: with MIME-Version) and body of a text part, as
    ``set_content(text, subtype=..., charset="utf-8")`` makes them."""
    cte, payload = encode_text(text)
    head = (header("Content-Type", f'text/{subtype}; charset="utf-8"')
            + header("Content-Transfer-Encoding", cte)
            + (header("MIME-Version", "1.0") if version else b""))
    return head, _NEWLINES.sub("\r\n", payload).encode("ascii", "surrogateescape")


_made_heads: dict[tuple, bytes] = {}
# A file name the email package writes as it is, quoted, where a name of the same length
# is: letters, digits, dots, dashes and underscores (no quoting, no RFC 2231 encoding).
_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,59}")


def _generated_part(item: "GeneratedAttachment", data: bytes) -> bytes:
    """An attachment made now, as ``add_attachment`` makes it: its headers made once per
    type and file name by the email package (a plain file name, an invoice's that is new
    in every mail: once per type and length, the name put in), its data in base64
    lines."""
    head = None
    if _PLAIN_NAME.fullmatch(item.filename):
        stand_in = "a" * len(item.filename)
        shape, written = _head(item, stand_in), b'filename="%s"' % stand_in.encode("ascii")
        if shape.count(written) == 1:  # else folded or encoded: made for the name itself
            head = shape.replace(written, b'filename="%s"' % item.filename.encode("ascii"))
    if head is None:
        head = _head(item, item.filename)
    # The generator's base64 lines: 57 bytes (76 characters) each, as encodebytes writes
    # them (the SMTP policy's 78 characters a line, rounded down to whole groups).
    return head + _NL + base64.encodebytes(data).replace(b"\n", _NL)


def _head(item: "GeneratedAttachment", filename: str) -> bytes:
    """The part's headers for ``filename`` as the email package writes them (made once)."""
    key = (filename, item.content_type, item.params)
    head = _made_heads.get(key)
    if head is None:
        scratch = EmailMessage(policy=SMTP)
        maintype, subtype = item.content_type.split("/", 1)
        scratch.set_content(b"", maintype=maintype, subtype=subtype,
                            filename=filename, params=dict(item.params))
        if len(_made_heads) >= 512:
            _made_heads.clear()
        head = _made_heads[key] = b"".join(SMTP.fold_binary(n, v) for n, v in scratch.raw_items())
    return head


@dataclass(frozen=True)
class GeneratedAttachment:
    """An attachment made when the mail is composed (e.g. the event's .ics file).

    ``make(now)`` returns the bytes; ``flag`` names a template context key that is set
    to True in the mails that carry it (``calendar_attached``), so the text can say so.
    """

    filename: str
    content_type: str
    make: Callable[[datetime], bytes]
    flag: str = ""
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class KindPolicy:
    """How the mails of one kind present themselves, and the rules they go out under.

    The default fits replies and notices about the reader's own registration. A
    ``bulk`` mail (the announcement, the invitation reminders) goes to a list of people
    of the office's own accord: it says ``Precedence: bulk`` and ``Auto-Submitted:
    auto-generated`` (it is no answer to anything), carries ``List-Unsubscribe`` (RFC
    2369: a mail to the office with the subject "abmelden"; RFC 8058 one-click when
    ``[announce] unsubscribe_url`` is set), is never recorded nor sent for an opted-out
    address (``optouts``), and leaves at ``[announce] per_minute``.
    """

    bulk: bool = False

    @property
    def auto_submitted(self) -> str | None:
        return "auto-generated" if self.bulk else None  # None: decided by In-Reply-To


# Kinds that are not plain replies; every other kind gets ``KindPolicy()``.
KIND_POLICIES: Mapping[str, KindPolicy] = {
    "announcement": KindPolicy(bulk=True),
    "invitation_reminder": KindPolicy(bulk=True),
}


def load_files(attachments: Mapping[str, Sequence[Path]]) -> dict[str, Files]:
    """The files ``[replies.attachments]`` names, read once, per kind."""
    files: dict[str, Files] = {}
    for kind, paths in attachments.items():
        loaded = []
        for path in paths:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                raise ConfigError(
                    f"[replies.attachments] {kind}: cannot read {path}: {exc.strerror}"
                ) from None
            ctype = mimetypes.guess_type(str(path))[0] or "application/octet-stream"
            loaded.append((Path(path).name, ctype, data))
        files[kind] = loaded
    return files


def attachment_parts(files: Sequence[tuple[str, str, bytes]]) -> list[EmailMessage]:
    """The parts ``EmailMessage.add_attachment`` would make for ``files``, each with its
    bytes as the SMTP policy writes it (attribute ``_FROZEN``: written once, into every
    mail that carries it; the parts are never changed)."""
    scratch = EmailMessage(policy=SMTP)
    scratch.set_content("")
    for name, ctype, data in files:
        maintype, subtype = ctype.split("/", 1)
        scratch.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    parts = list(scratch.iter_attachments())
    for part in parts:
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=SMTP).flatten(part)
        setattr(part, _FROZEN, out.getvalue())
    return parts


def write(office: Office, planned: PlannedMail, rendered: Rendered, policy: KindPolicy,
          now: datetime, *, unsubscribe: str | None, one_click: bool,
          parts: Sequence[EmailMessage], generated: Sequence[GeneratedAttachment]) -> bytes:
    """The bytes ``build(...).as_bytes(policy=SMTP)`` gives (but for the random MIME
    boundaries), written directly: each header once, the text parts encoded by the
    email package's own function, the prebuilt parts from memory, no message object."""
    top = b"".join(header(n, v) for n, v in _top_headers(office, planned, rendered.subject,
                                                         policy, now, unsubscribe, one_click))
    language = header("Content-Language", rendered.language)
    version = header("MIME-Version", "1.0")
    text_head, text_body = _text_part(rendered.text, "plain", False)
    files = [getattr(p, _FROZEN) for p in parts]
    files += [_generated_part(item, item.make(now)) for item in generated]
    if not rendered.html and not files:  # a single part: set_content on the message
        return top + text_head + version + language + _NL + text_body
    inner = text_head + _NL + text_body
    if rendered.html:  # add_alternative: the html part has a MIME-Version of its own
        html_head, html_body = _text_part(rendered.html, "html", True)
        head, body = _multipart("alternative", [inner, html_head + _NL + html_body])
        if not files:
            return top + version + head + language + _NL + body
        inner = head + _NL + body
    head, body = _multipart("mixed", [inner, *files])  # make_mixed, then the files
    return top + version + head + language + _NL + body


def _top_headers(office: Office, planned: PlannedMail, subject: str, policy: KindPolicy,
                 now: datetime, unsubscribe: str | None, one_click: bool
                 ) -> list[tuple[str, Any]]:
    """The message's own headers in ``build``'s order (the MIME ones aside)."""
    items: list[tuple[str, Any]] = [("From", _address(office.name, office.address)),
                                    ("To", _address(planned.to.name, planned.to.email))]
    if planned.cc:
        items.append(("Cc", ", ".join(str(_address(a.name, a.email)) for a in planned.cc)))
    items += [("Subject", one_line(subject)), ("Date", format_datetime(now)),
              ("Message-ID", planned.message_id)]
    if planned.in_reply_to:
        refs = [r for r in planned.references if r != planned.in_reply_to]
        items += [("In-Reply-To", planned.in_reply_to),
                  ("References", " ".join([*refs[-10:], planned.in_reply_to]))]
    # RFC 3834: answers to a mail are "auto-replied", mails of our own accord
    # (reminders, notices) "auto-generated". Either way no robot should answer.
    items += [("Auto-Submitted", policy.auto_submitted or (
                  "auto-replied" if planned.in_reply_to else "auto-generated")),
              ("X-Auto-Response-Suppress", "All")]  # Exchange: no out-of-office to us
    if policy.bulk:
        items += [("Precedence", "bulk"), ("List-Unsubscribe", unsubscribe or "")]
        if one_click:
            items.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))  # RFC 8058
    items.append(("X-Inbox-Agent-Kind", planned.kind))
    return items


def build(office: Office, planned: PlannedMail, rendered: Rendered, policy: KindPolicy,
          now: datetime, *, unsubscribe: str | None, one_click: bool,
          parts: Sequence[EmailMessage], generated: Sequence[GeneratedAttachment]
          ) -> EmailMessage:
    """The message of ``planned`` with the ``rendered`` texts, built by the email
    package: what ``write`` writes directly (the tests hold the two together).
    ``unsubscribe`` is the List-Unsubscribe value of a bulk mail (``one_click``: it
    starts with an https URL); ``parts`` are the prebuilt parts of the kind's files,
    ``generated`` made now."""
    msg = EmailMessage(policy=SMTP)
    for name, value in _top_headers(office, planned, rendered.subject, policy, now,
                                    unsubscribe, one_click):
        msg[name] = value
    msg.set_content(rendered.text, subtype="plain", charset="utf-8")
    if rendered.html:
        msg.add_alternative(rendered.html, subtype="html", charset="utf-8")
    _attach(msg, parts, generated, now)
    # Set after the parts: making the message multipart moves Content-* headers inward.
    msg["Content-Language"] = rendered.language
    return msg


@functools.lru_cache(maxsize=1024)  # a pure function; the office's From in every mail
def _address(name: str | None, email: str) -> str | HeaderAddress:
    """The header value for ``name <email>``. A display name that holds "@", "<", "," or
    other specials goes in as an ``Address`` object, which the policy quotes or encodes
    whole, so no mail program can read part of the name as a recipient; every other name
    as ``formataddr`` writes it (the folding mail programs are used to)."""
    name = one_line(name or "")
    if any(c in name for c in '@<>,;:"[]\\'):
        local, _, domain = email.rpartition("@")
        return HeaderAddress(display_name=name, username=local, domain=domain)
    return formataddr((name, email))


def _attach(msg: EmailMessage, parts: Sequence[EmailMessage],
            generated: Sequence[GeneratedAttachment], now: datetime) -> None:
    if parts:
        if msg.get_content_type() != "multipart/mixed":
            msg.make_mixed()
        for part in parts:
            msg.attach(part)  # the same as add_attachment(data, ...), built once
    for item in generated:
        maintype, subtype = item.content_type.split("/", 1)
        msg.add_attachment(item.make(now), maintype=maintype, subtype=subtype,
                           filename=item.filename, params=dict(item.params))


def planned_from(entry: Mapping[str, Any]) -> PlannedMail:
    """The planned mail an outbox entry keeps (to compose it when it is due)."""
    return PlannedMail(
        kind=entry["kind"],
        to=Address(email=entry["to"], name=entry.get("to_name") or ""),
        cc=tuple(Address(email=e, name=n) for e, n in entry.get("cc") or ()),
        language=entry.get("language") or "de",
        message_id=entry["key"],
        context=tuple((entry.get("context") or {}).items()),
        in_reply_to=entry.get("in_reply_to"),
        references=tuple(entry.get("references") or ()),
        subject_hint=entry.get("subject_hint") or "",
        event=entry.get("event") or "",
    )


def one_line(value: str) -> str:
    """No CR/LF or control characters ever reach a header we write."""
    return " ".join("".join(ch if ch >= " " else " " for ch in value).split())
