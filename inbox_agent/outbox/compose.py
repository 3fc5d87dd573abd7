"""A planned mail as a complete RFC 5322 message: headers, bodies, attachments.

``Outbox.compose`` renders the template and hands the pieces to ``build``; everything
here is pure (no store, no network, no clock but the ``now`` handed in). The kinds'
policies (reply or bulk mail) decide the headers that tell robots not to answer and
how to opt out.
"""

from __future__ import annotations

import mimetypes
import random
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.generator import NLCRE as _NEWLINES
from email.generator import BytesGenerator
from email.headerregistry import Address as HeaderAddress
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email.policy import SMTP, Policy
from io import BytesIO
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

from inbox_agent.config import Office
from inbox_agent.errors import ConfigError
from inbox_agent.model import Address, PlannedMail
from inbox_agent.outbox.templates import Rendered

Files = list[tuple[str, str, bytes]]  # (file name, content type, data)

# Headers every mail of a kind carries with the same value (From, the MIME headers of
# the parts, ...; Date: every mail of one delivery): parsed once and the header object
# reused (they are immutable).
_REPEATED = frozenset({"from", "date", "auto-submitted", "x-auto-response-suppress",
                       "x-inbox-agent-kind", "precedence", "list-unsubscribe-post",
                       "mime-version", "content-type", "content-transfer-encoding",
                       "content-language", "content-disposition"})


class _KnownHeaders(HeaderRegistry):
    """The SMTP policy's header registry, making each repeated header once per value,
    and folding it once per policy: parsing and folding them was most of composing a
    plain reply (BENCHMARKS.md). Same objects, same bytes."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[tuple[str, str], Any] = {}
        self._ids: dict[int, Any] = {}  # id -> header object, of those in ``_made``
        self._folds: dict[tuple[int, tuple], tuple[Any, bytes]] = {}
        self._classes: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        # The registry makes a new class for every header it is asked for (and the
        # policy asks twice per header set); the same class per name does the same.
        made = self._classes.get(name)
        if made is None:
            made = self._classes[name] = super().__getitem__(name)
        return made

    def __call__(self, name: str, value: Any) -> Any:
        # A multipart's Content-Type with its (random) boundary is never made twice.
        if (not isinstance(value, str) or name.lower() not in _REPEATED
                or "boundary=" in value):
            return super().__call__(name, value)
        made = self._made.get((name, value))
        if made is None:
            if len(self._made) >= 512:
                self._made.clear()
                self._ids.clear()
                self._folds.clear()
            made = self._made[(name, value)] = super().__call__(name, value)
            self._ids[id(made)] = made
        return made

    def fold_binary(self, policy: Policy, name: str, value: Any) -> bytes:
        """``policy.fold_binary(name, value)``, from memory for a header made here."""
        if self._ids.get(id(value)) is not value:
            return policy.fold_binary(name, value)
        key = (id(value), _policy_key(policy))
        hit = self._folds.get(key)
        if hit is None or hit[0] is not value:
            hit = self._folds[key] = (value, policy.fold_binary(name, value))
        return hit[1]


def _policy_key(policy: Any) -> tuple:
    """What of a policy a header's or a part's bytes depend on."""
    return (policy.linesep, policy.max_line_length, policy.utf8, policy.cte_type,
            policy.refold_source, policy.mangle_from_)


_HEADERS = _KnownHeaders()
_POLICY = SMTP.clone(header_factory=_HEADERS)

# The parts built once and attached to many mails (``attachment_parts``) carry this
# attribute: {policy key: the part's bytes}. They are never changed after they are
# made, so their bytes are written once per policy, for every mail that carries them.
_FROZEN = "_inbox_agent_bytes"
_WIDTH = len(repr(sys.maxsize - 1))  # the generator's boundary: "=" * 15, digits, "=="


class _Generator(BytesGenerator):
    """``BytesGenerator`` that writes the frozen parts and the repeated headers from
    memory, and checks a new boundary without compiling a pattern for it. The same
    bytes (but the random boundaries, as always)."""

    def _write(self, msg: Any) -> None:
        frozen = getattr(msg, _FROZEN, None)
        if frozen is None:
            super()._write(msg)
            return
        key = _policy_key(self.policy)
        data = frozen.get(key)
        if data is None:
            buffer, self._fp = self._fp, BytesIO()
            try:
                super()._write(msg)
                data = frozen[key] = self._fp.getvalue()
            finally:
                self._fp = buffer
        self._fp.write(data)

    def _write_headers(self, msg: Any) -> None:
        for name, value in msg.raw_items():
            self._fp.write(_HEADERS.fold_binary(self.policy, name, value))
        self.write(self._NL)

    def _write_lines(self, lines: str) -> None:
        # The generator's, in one write instead of two per line (a PDF's base64).
        if lines:
            self.write(self._NL.join(_NEWLINES.split(lines)))

    @classmethod
    def _make_boundary(cls, text: Any = None) -> str:
        # The generator's own format; "--boundary" anywhere in the text (not only on
        # a line of its own, as the generator checks) means another is drawn.
        while True:
            boundary = "=" * 15 + "%0*d" % (_WIDTH, random.randrange(sys.maxsize)) + "=="
            if text is None or b"--" + boundary.encode("ascii") not in text:
                return boundary


class _Message(EmailMessage):
    """A composed mail: ``as_bytes`` through ``_Generator``."""

    def as_bytes(self, unixfrom: bool = False, policy: Policy | None = None) -> bytes:
        out = BytesIO()
        _Generator(out, mangle_from_=False,
                   policy=self.policy if policy is None else policy).flatten(
                       self, unixfrom=unixfrom)
        return out.getvalue()


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
    """The parts ``EmailMessage.add_attachment`` would make for ``files``."""
    scratch = EmailMessage(policy=SMTP)
    scratch.set_content("")
    for name, ctype, data in files:
        maintype, subtype = ctype.split("/", 1)
        scratch.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    parts = list(scratch.iter_attachments())
    for part in parts:  # never changed from here on: their bytes are written once
        setattr(part, _FROZEN, {})
    return parts


def build(office: Office, planned: PlannedMail, rendered: Rendered, policy: KindPolicy,
          now: datetime, *, unsubscribe: str | None, one_click: bool,
          parts: Sequence[EmailMessage], generated: Sequence[GeneratedAttachment]
          ) -> EmailMessage:
    """The message of ``planned`` with the ``rendered`` texts. ``unsubscribe`` is the
    List-Unsubscribe value of a bulk mail (``one_click``: it starts with an https URL);
    ``parts`` are the prebuilt parts of the kind's files, ``generated`` made now."""
    msg = _Message(policy=_POLICY)
    _headers(msg, office, planned, rendered.subject, now)
    # RFC 3834: answers to a mail are "auto-replied", mails of our own accord
    # (reminders, notices) "auto-generated". Either way no robot should answer.
    msg["Auto-Submitted"] = policy.auto_submitted or (
        "auto-replied" if planned.in_reply_to else "auto-generated")
    msg["X-Auto-Response-Suppress"] = "All"  # Exchange: no out-of-office to us
    if policy.bulk:
        msg["Precedence"] = "bulk"
        msg["List-Unsubscribe"] = unsubscribe or ""
        if one_click:
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
    msg["X-Inbox-Agent-Kind"] = planned.kind
    msg.set_content(rendered.text, subtype="plain", charset="utf-8")
    if rendered.html:
        msg.add_alternative(rendered.html, subtype="html", charset="utf-8")
    _attach(msg, parts, generated, now)
    # Set after the parts: making the message multipart moves Content-* headers inward.
    msg["Content-Language"] = rendered.language
    return msg


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


def _headers(msg: EmailMessage, office: Office, planned: PlannedMail, subject: str,
             now: datetime) -> None:
    """From, To, Cc, Subject, Date, Message-ID and the thread it answers."""
    # No display name can be read back as another recipient (``_address``).
    msg["From"] = _address(office.name, office.address)
    msg["To"] = _address(planned.to.name, planned.to.email)
    if planned.cc:
        msg["Cc"] = ", ".join(str(_address(a.name, a.email)) for a in planned.cc)
    msg["Subject"] = one_line(subject)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = planned.message_id
    if planned.in_reply_to:
        msg["In-Reply-To"] = planned.in_reply_to
        refs = [r for r in planned.references if r != planned.in_reply_to]
        msg["References"] = " ".join([*refs[-10:], planned.in_reply_to])


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
