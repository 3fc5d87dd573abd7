"""A planned mail as a complete RFC 5322 message: headers, bodies, attachments.

``Outbox.compose`` renders the template and hands the pieces to ``build``; everything
here is pure (no store, no network, no clock but the ``now`` handed in). The kinds'
policies (reply or bulk mail) decide the headers that tell robots not to answer and
how to opt out.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

from inbox_agent.config import Office
from inbox_agent.errors import ConfigError
from inbox_agent.model import Address, PlannedMail
from inbox_agent.outbox.templates import Rendered

Files = list[tuple[str, str, bytes]]  # (file name, content type, data)

# Headers every mail of a kind carries with the same value (From, the MIME headers of
# the parts, ...): parsed once and the header object reused (they are immutable).
_REPEATED = frozenset({"from", "auto-submitted", "x-auto-response-suppress",
                       "x-inbox-agent-kind", "precedence", "list-unsubscribe-post",
                       "mime-version", "content-type", "content-transfer-encoding",
                       "content-language", "content-disposition"})


class _KnownHeaders(HeaderRegistry):
    """The SMTP policy's header registry, making each repeated header once per value:
    parsing them was a good part of composing a reply (BENCHMARKS.md). Same objects,
    same bytes."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[tuple[str, str], Any] = {}

    def __call__(self, name: str, value: Any) -> Any:
        if not isinstance(value, str) or name.lower() not in _REPEATED:
            return super().__call__(name, value)
        made = self._made.get((name, value))
        if made is None:
            if len(self._made) >= 512:
                self._made.clear()
            made = self._made[(name, value)] = super().__call__(name, value)
        return made


_POLICY = SMTP.clone(header_factory=_KnownHeaders())


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
    return list(scratch.iter_attachments())


def build(office: Office, planned: PlannedMail, rendered: Rendered, policy: KindPolicy,
          now: datetime, *, unsubscribe: str | None, one_click: bool,
          parts: Sequence[EmailMessage], generated: Sequence[GeneratedAttachment]
          ) -> EmailMessage:
    """The message of ``planned`` with the ``rendered`` texts. ``unsubscribe`` is the
    List-Unsubscribe value of a bulk mail (``one_click``: it starts with an https URL);
    ``parts`` are the prebuilt parts of the kind's files, ``generated`` made now."""
    msg = EmailMessage(policy=_POLICY)
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
