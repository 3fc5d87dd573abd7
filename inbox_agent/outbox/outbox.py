"""Planned mails -> complete messages -> SMTP, recorded before and after sending.

The guarantee (DESIGN.md): a planned mail is stored *before* it is sent; once the SMTP
server accepted it, a copy goes to the Sent folder and the entry is marked sent. Nothing
is sent whose Message-ID is in the Sent folder already: an entry still "planned" may
have left just before a crash, and a store restored from an older copy plans the very
same Message-IDs again (they are deterministic). The lookup is one IMAP SEARCH per
chunk of mails about to go, not one per mail. RELIABILITY.md names the one window left.
"""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from inbox_agent.config import Office
from inbox_agent.errors import ConfigError, SendError, SendRefused
from inbox_agent.faults import point
from inbox_agent.model import Address, OutgoingMessage, PlannedMail
from inbox_agent.outbox import limits
from inbox_agent.outbox.optouts import UNSUBSCRIBE_SUBJECT, is_opted_out
from inbox_agent.outbox.templates import Templates
from inbox_agent.store.db import Store

log = logging.getLogger(__name__)

PLANNED, SENT, FAILED = "planned", "sent", "failed"
# Backoff for temporary SMTP failures: 1, 2, 4, ... minutes, at most an hour.
_BACKOFF_MAX = timedelta(hours=1)


class Sender(Protocol):
    def send(self, message: OutgoingMessage) -> str: ...


class SentFolder(Protocol):
    def append_sent(self, data: bytes, when: datetime) -> None: ...
    def sent_contains(self, message_id: str) -> bool: ...
    # Optional, for speed: which of these are there (``Mailbox`` has it; one SEARCH).
    # def sent_message_ids(self, message_ids: Sequence[str]) -> set[str]: ...


class _SentCheck:
    """Is entry ``i`` of the entries about to be sent in the Sent folder already?

    Looked up lazily, for the next ``CHUNK`` entries at once, and only when an entry is
    really about to go (a bulk mail held back by its rate costs no lookup)."""

    CHUNK = 50

    def __init__(self, folder: SentFolder | None, entries: Sequence[Mapping[str, Any]]) -> None:
        self.folder = folder
        self.ids = [e["key"] for e in entries]
        self.covered = 0  # entries [0, covered) have been looked up
        self.found: set[str] = set()

    def __call__(self, index: int) -> bool:
        if self.folder is None:
            return False
        if index >= self.covered:
            chunk = self.ids[index:index + self.CHUNK]
            lookup = getattr(self.folder, "sent_message_ids", None)
            if lookup is not None:
                self.found |= set(lookup(chunk))
            else:
                self.found |= {m for m in chunk if self.folder.sent_contains(m)}
            self.covered = index + len(chunk)
        return self.ids[index] in self.found


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
SUPPRESSED = "suppressed"  # an outbox status: withheld (opted out, or [limits])
_PACE_KEY = "bulk_pace"  # meta record: when the rate limit lets the next bulk mail go


@dataclass
class DeliveryReport:
    sent: list[OutgoingMessage] = field(default_factory=list)
    reconciled: list[str] = field(default_factory=list)  # found in Sent: not re-sent
    deferred: list[tuple[str, str]] = field(default_factory=list)  # (message_id, why)
    failed: list[tuple[str, str]] = field(default_factory=list)
    paced: list[str] = field(default_factory=list)  # bulk mails held back by the rate
    suppressed: list[str] = field(default_factory=list)  # withheld: the recipient opted out


class Outbox:
    def __init__(
        self,
        office: Office,
        templates: Templates,
        attachments: Mapping[str, Sequence[Path]],
        base_context: Mapping[str, Any],
        generated: Mapping[str, Sequence[GeneratedAttachment]] | None = None,
        *,
        policies: Mapping[str, KindPolicy] = KIND_POLICIES,
        bulk_per_minute: float = 20,
        unsubscribe_url: str = "",
    ) -> None:
        self.office = office
        self.templates = templates
        self.base_context = dict(base_context)
        self.policies = dict(policies)
        self.set_bulk(bulk_per_minute, unsubscribe_url)
        # [limits]: answers to mail per address and per hour (limits.py); None: no limits.
        self.limits: limits.LimitSettings | None = None
        self._generated = {kind: tuple(items) for kind, items in (generated or {}).items()}
        self._files: dict[str, list[tuple[str, str, bytes]]] = {}
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
            self._files[kind] = loaded
        # The files' MIME parts, built once and attached to every mail of their kind:
        # building them (headers parsed, base64) was a third of composing a reply with
        # the programme and the form (BENCHMARKS.md). The parts are never changed.
        self._parts = {kind: _attachment_parts(files) for kind, files in self._files.items()}

    # -- composing ----------------------------------------------------------------

    def compose(self, planned: PlannedMail, now: datetime) -> OutgoingMessage:
        """Render ``planned`` into a complete RFC 5322 message (pure but for the templates)."""
        generated = self._generated.get(planned.kind, ())
        files = self._files.get(planned.kind, ())
        # What is attached, so the text can say so (and not promise what is missing).
        context = {**self.base_context, **dict(planned.context),
                   "attached_files": [name for name, _, _ in files] + [g.filename for g in generated],
                   **{g.flag: True for g in generated if g.flag}}
        rendered = self.templates.render(planned.kind, planned.language, context)
        msg = EmailMessage(policy=SMTP)
        msg["From"] = formataddr((self.office.name, self.office.address))
        msg["To"] = formataddr((_one_line(planned.to.name), planned.to.email))
        if planned.cc:
            msg["Cc"] = ", ".join(formataddr((_one_line(a.name), a.email)) for a in planned.cc)
        msg["Subject"] = _one_line(rendered.subject)
        msg["Date"] = format_datetime(now)
        msg["Message-ID"] = planned.message_id
        if planned.in_reply_to:
            msg["In-Reply-To"] = planned.in_reply_to
            refs = [r for r in planned.references if r != planned.in_reply_to]
            msg["References"] = " ".join([*refs[-10:], planned.in_reply_to])
        policy = self.policy(planned.kind)
        # RFC 3834: answers to a mail are "auto-replied", mails of our own accord
        # (reminders, notices) "auto-generated". Either way no robot should answer.
        msg["Auto-Submitted"] = policy.auto_submitted or (
            "auto-replied" if planned.in_reply_to else "auto-generated")
        msg["X-Auto-Response-Suppress"] = "All"  # Exchange: no out-of-office to us
        if policy.bulk:
            msg["Precedence"] = "bulk"
            msg["List-Unsubscribe"] = self.list_unsubscribe(planned.to.email)
            if self.unsubscribe_url:
                msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
        msg["X-Inbox-Agent-Kind"] = planned.kind
        msg.set_content(rendered.text, subtype="plain", charset="utf-8")
        if rendered.html:
            msg.add_alternative(rendered.html, subtype="html", charset="utf-8")
        if files:
            if msg.get_content_type() != "multipart/mixed":
                msg.make_mixed()
            for part in self._parts[planned.kind]:
                msg.attach(part)  # the same as add_attachment(data, ...), built once
        for item in generated:
            maintype, subtype = item.content_type.split("/", 1)
            msg.add_attachment(item.make(now), maintype=maintype, subtype=subtype,
                               filename=item.filename, params=dict(item.params))
        # Set after the parts: making the message multipart moves Content-* headers inward.
        msg["Content-Language"] = rendered.language
        return OutgoingMessage(
            message_id=planned.message_id,
            kind=planned.kind,
            sender=self.office.address,
            recipients=(planned.to.email, *(a.email for a in planned.cc)),
            data=msg.as_bytes(policy=SMTP),
        )

    # -- recording ----------------------------------------------------------------

    def record(self, store: Store, planned: PlannedMail, cause: str, now: datetime, *,
               answers_mail: bool = False) -> bool:
        """Stage ``planned`` in the store. False if the same Message-ID exists already,
        if it is a bulk mail to an address that opted out, or if it answers a mail
        (``answers_mail``) and that address had its share of automatic answers
        (``[limits]``): then it is staged as ``suppressed``, with a task for the office."""
        if store.get("outbox", planned.message_id) is not None:
            return False
        if self.policy(planned.kind).bulk and is_opted_out(store, planned.to.email):
            return False
        limited = answers_mail and self.limits is not None and not self.policy(planned.kind).bulk
        withheld = None
        if limited:
            withheld = limits.over_address_limit(store, planned.to.email, now, self.limits)
            if withheld is None:
                limits.count_planned(store, planned.to.email, now, self.limits)
            else:
                log.warning("not answering %s automatically (%s): more than %s answers in "
                            "%s h; the office is told", planned.to.email, planned.kind,
                            self.limits.replies_per_address, self.limits.per_address_hours)
                store.put("meta", {
                    "key": f"task:{cause}:reply_limit:{planned.to.email}", "kind": "task",
                    "task": "reply_limit", "email": planned.to.email, "cause": cause,
                    "summary": withheld, "at": now.isoformat(), "done": False})
        store.put(
            "outbox",
            {
                "key": planned.message_id,
                "kind": planned.kind,
                "to": planned.to.email,
                "to_name": planned.to.name,
                "cc": [[a.email, a.name] for a in planned.cc],
                "language": planned.language,
                "in_reply_to": planned.in_reply_to,
                "references": list(planned.references),
                "subject_hint": planned.subject_hint,
                "context": dict(planned.context),
                "cause": cause,
                "status": PLANNED if withheld is None else SUPPRESSED,
                "attempts": 0,
                "created_at": now.isoformat(),
                "next_try": None,
                "error": withheld,
                "sent_at": None,
                "limited": limited,  # counts against [limits] replies_per_hour
            },
        )
        return withheld is None

    # -- delivering ---------------------------------------------------------------

    def pending(self, store: Store, now: datetime) -> list[dict]:
        due = []
        # find() compares before copying: only the few planned entries are copied,
        # not every reply ever sent (this runs once per batch).
        for entry in store.find("outbox", status=PLANNED):
            if entry.get("next_try") and datetime.fromisoformat(entry["next_try"]) > now:
                continue
            due.append(entry)
        return due

    def deliver(
        self,
        store: Store,
        sender: Sender,
        sent_folder: SentFolder | None,
        now: datetime,
        *,
        reconcile: Sequence[str] = (),
    ) -> DeliveryReport:
        """Send every due planned entry whose Message-ID is not in ``sent_folder`` yet
        (one found there is marked sent, not sent again). ``reconcile`` is no longer
        needed (every entry is looked up) and is accepted for older callers.

        Each result is staged in the store; the caller commits once afterwards.
        """
        report = DeliveryReport()
        due = self.pending(store, now)
        in_sent = _SentCheck(sent_folder, due)
        noted = store.noted_sent()
        capped: list[str] = []
        for index, entry in enumerate(due):
            mid = entry["key"]
            bulk = self.policy(entry["kind"]).bulk
            if bulk and self.next_bulk_slot(store, now) > now:
                report.paced.append(mid)  # stays planned; goes when the rate allows
                continue
            if in_sent(index):
                store.put("outbox", {**entry, "status": SENT, "sent_at": now.isoformat(),
                                     "context": {}, "error": "found in the Sent folder"})
                report.reconciled.append(mid)
                continue
            if mid in noted:  # accepted by SMTP just before an interruption (note_sent)
                self._file_late_copy(entry, sent_folder, now)
                store.put("outbox", {**entry, "status": SENT, "sent_at": now.isoformat(),
                                     "context": {}, "error": "accepted by the SMTP server "
                                     "before an interruption; copy filed in Sent afterwards"})
                report.reconciled.append(mid)
                continue
            if bulk and is_opted_out(store, entry["to"]):
                store.put("outbox", {**entry, "status": SUPPRESSED, "context": {},
                                     "error": "not sent: the recipient opted out meanwhile"})
                report.suppressed.append(mid)
                continue
            if entry.get("limited") and self.limits is not None:
                slot = limits.next_send_slot(store, now, self.limits)
                if slot is not None:  # the hourly cap: it waits, planned, for its turn
                    why = (f"wartet: mehr als {self.limits.replies_per_hour} automatische "
                           f"Antworten in einer Stunde ([limits] replies_per_hour)")
                    store.put("outbox", {**entry, "next_try": slot.isoformat(), "error": why})
                    report.deferred.append((mid, why))
                    capped.append(mid)
                    continue
            if bulk:
                self._take_bulk_slot(store, now)
            message = self.compose(_planned_from(entry), now)
            point("before-smtp")
            try:
                answer = sender.send(message)
            except SendRefused as exc:
                store.put("outbox", {**entry, "status": FAILED, "error": str(exc),
                                     "attempts": entry["attempts"] + 1})
                report.failed.append((mid, str(exc)))
                continue
            except SendError as exc:
                attempts = entry["attempts"] + 1
                wait = min(timedelta(minutes=2 ** (attempts - 1)), _BACKOFF_MAX)
                store.put("outbox", {**entry, "attempts": attempts, "error": str(exc),
                                     "next_try": (now + wait).isoformat()})
                report.deferred.append((mid, str(exc)))
                break  # the server is in trouble: the rest waits for the next poll
            # Accepted by SMTP: say so at once (a local append, microseconds), then file
            # the copy in Sent. A crash from here on does not send it again.
            store.note_sent(mid)
            point("after-smtp")
            if sent_folder is not None:
                try:
                    sent_folder.append_sent(message.data, now)
                except Exception as exc:  # a missing Sent copy must not cause a resend
                    log.warning("could not copy %s to the Sent folder: %s", mid, exc)
                point("after-sent-copy")
            store.put("outbox", {**entry, "status": SENT, "sent_at": now.isoformat(),
                                 "attempts": entry["attempts"] + 1, "error": None,
                                 "context": {}, "smtp_answer": answer[:200]})
            if entry.get("limited") and self.limits is not None:
                limits.count_sent(store, now, self.limits)
            report.sent.append(message)
        if capped and self.limits is not None:
            until = limits.next_send_slot(store, now, self.limits) or now
            log.warning("%s automatic answer(s) wait: more than %s in an hour ([limits] "
                        "replies_per_hour); they go from %s", len(capped),
                        self.limits.replies_per_hour, until.isoformat(timespec="minutes"))
            limits.cap_task(store, now, len(capped), until, self.limits)
        return report


    def _file_late_copy(self, entry: Mapping[str, Any], sent_folder: SentFolder | None,
                        now: datetime) -> None:
        """The Sent copy of a reply whose run stopped between the SMTP server's 250 and
        the copy: composed again (the same message, a new Date) and filed now."""
        if sent_folder is None:
            return
        try:
            sent_folder.append_sent(self.compose(_planned_from(entry), now).data, now)
        except Exception as exc:  # the reply went out; a missing copy is no reason to fail
            log.warning("could not file the copy of %s in the Sent folder: %s", entry["key"], exc)

    # -- bulk mail: policy, opt-out header, rate ----------------------------------

    def policy(self, kind: str) -> KindPolicy:
        return self.policies.get(kind, KindPolicy())

    def set_bulk(self, per_minute: float, unsubscribe_url: str = "") -> None:
        """The rate of bulk mails and the one-click opt-out URL (``[announce]``).

        At most ``per_minute`` bulk mails in any 60 seconds (a sliding window, which is
        how providers count): 20 a minute may leave at once, then the next ones once the
        first are a minute old. Below one a minute: one per ``60 / per_minute`` seconds."""
        self.bulk_limit = max(int(per_minute), 1)
        self.bulk_window = timedelta(seconds=60 * self.bulk_limit / per_minute)
        self.unsubscribe_url = unsubscribe_url

    def list_unsubscribe(self, recipient: str) -> str:
        """The List-Unsubscribe value for ``recipient``: the one-click URL (if
        configured) first, as RFC 8058 clients use the first https URI, then a mail to
        the office with the subject "abmelden", which ``classify`` understands."""
        mailto = f"<mailto:{self.office.address}?subject={quote(UNSUBSCRIBE_SUBJECT)}>"
        if not self.unsubscribe_url:
            return mailto
        url = self.unsubscribe_url.replace("{email}", quote(recipient.strip().lower(), safe=""))
        return f"<{_one_line(url)}>, {mailto}"

    def next_bulk_slot(self, store: Store, now: datetime) -> datetime:
        """When the rate limit lets the next bulk mail go (``now`` if at once).

        The store keeps the times of the bulk mails of the last window (``meta`` record
        ``bulk_pace``), so the rate holds across runs, processes and restarts."""
        recent = self._recent_bulk(store, now)
        if len(recent) < self.bulk_limit:
            return now
        return max(recent[-self.bulk_limit] + self.bulk_window, now)

    def _recent_bulk(self, store: Store, now: datetime) -> list[datetime]:
        record = store.get("meta", _PACE_KEY) or {}
        times = sorted(datetime.fromisoformat(t) for t in record.get("sent", ()))
        return [t for t in times if t > now - self.bulk_window]

    def _take_bulk_slot(self, store: Store, now: datetime) -> None:
        recent = self._recent_bulk(store, now)[-(self.bulk_limit - 1):] if self.bulk_limit > 1 else []
        store.put("meta", {"key": _PACE_KEY, "sent": [t.isoformat() for t in (*recent, now)]})


def _attachment_parts(files: Sequence[tuple[str, str, bytes]]) -> list[EmailMessage]:
    """The parts ``EmailMessage.add_attachment`` would make for ``files``."""
    scratch = EmailMessage(policy=SMTP)
    scratch.set_content("")
    for name, ctype, data in files:
        maintype, subtype = ctype.split("/", 1)
        scratch.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return list(scratch.iter_attachments())


def _planned_from(entry: Mapping[str, Any]) -> PlannedMail:
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
    )


def _one_line(value: str) -> str:
    """No CR/LF or control characters ever reach a header we write."""
    return " ".join("".join(ch if ch >= " " else " " for ch in value).split())
