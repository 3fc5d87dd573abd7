"""Planned mails -> complete messages -> SMTP, recorded before and after sending.

The guarantee (DESIGN.md): a planned mail is stored *before* it is sent; once the SMTP
server accepted it, a copy goes to the Sent folder and the entry is marked sent. Nothing
is sent whose Message-ID is in the Sent folder already: an entry still "planned" may
have left just before a crash, and a store restored from an older copy plans the very
same Message-IDs again (they are deterministic). The lookup reads the Sent folder's
mails filed since the entries were planned, once per delivery (``sentcheck``), not the
whole folder per mail. RELIABILITY.md names the one window left.

``Outbox`` records, paces and hands over: the message is built in ``compose.py``, the
phases of delivering are ``deliver.py``; the names others import stay here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from inbox_agent.config import Office
from inbox_agent.model import OutgoingMessage, PlannedMail, Reason
from inbox_agent.outbox import compose, limits, reasons
from inbox_agent.outbox.compose import (
    KIND_POLICIES,
    GeneratedAttachment,
    KindPolicy,
    one_line,
)
from inbox_agent.outbox.deliver import (
    FAILED,
    PLANNED,
    SENT,
    SUPPRESSED,
    Delivery,
    DeliveryReport,
    Sender,
    SentFolder,
)
from inbox_agent.outbox.optouts import UNSUBSCRIBE_SUBJECT, is_opted_out
from inbox_agent.outbox.sentcheck import entry_mark
from inbox_agent.outbox.templates import Templates
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import put_task

# Named here for the modules that import them from here.
__all__ = ["FAILED", "KIND_POLICIES", "PLANNED", "SENT", "SUPPRESSED", "DeliveryReport",
           "GeneratedAttachment", "KindPolicy", "Outbox", "Sender", "SentFolder", "limits"]

log = logging.getLogger(__name__)

_PACE_KEY = "bulk_pace"  # meta record: when the rate limit lets the next bulk mail go


@dataclass(frozen=True)
class _EventParts:
    """What one event's mails are composed with."""

    context: dict[str, Any]
    generated: dict[str, tuple[GeneratedAttachment, ...]]
    files: dict[str, Any]
    parts: dict[str, Any]


class Outbox:
    """The office's outgoing mail: planned entries in the store, composed from the
    templates when due, sent, filed in Sent (``deliver``)."""

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
        self._files = compose.load_files(attachments)
        # The files' MIME parts, built once and attached to every mail of their kind:
        # building them (headers parsed, base64) was a third of composing a reply with
        # the programme and the form (BENCHMARKS.md). The parts are never changed.
        self._parts = {kind: compose.attachment_parts(files)
                       for kind, files in self._files.items()}
        # Events with facts, files or generated parts of their own (``add_event``).
        self._events: dict[str, _EventParts] = {}
        # The attachments of one mail of its own (an invoice), made when it is composed.
        self.mail_attachments: Callable[[PlannedMail], Sequence[GeneratedAttachment]] | None = None

    def add_event(self, event_id: str, base_context: Mapping[str, Any],
                  attachments: Mapping[str, Sequence[Path]],
                  generated: Mapping[str, Sequence[GeneratedAttachment]] | None = None) -> None:
        """The template facts, files and generated attachments of the event ``event_id``:
        used for every mail planned for it (``PlannedMail.event``); a mail for another
        event, or for none, gets what the ``Outbox`` was made with."""
        files = compose.load_files(attachments)
        self._events[event_id] = _EventParts(
            dict(base_context), {k: tuple(v) for k, v in (generated or {}).items()}, files,
            {kind: compose.attachment_parts(f) for kind, f in files.items()})

    def _parts_for(self, event_id: str) -> "_EventParts":
        found = self._events.get(event_id)
        if found is None:
            return _EventParts(self.base_context, self._generated, self._files, self._parts)
        return found

    # -- composing ----------------------------------------------------------------

    def compose(self, planned: PlannedMail, now: datetime) -> OutgoingMessage:
        """Render ``planned`` into a complete RFC 5322 message (pure but for the templates)."""
        own = self._parts_for(planned.event)
        generated = tuple(own.generated.get(planned.kind, ()))
        if self.mail_attachments is not None:
            generated += tuple(self.mail_attachments(planned))
        files = own.files.get(planned.kind, ())
        # What is attached, so the text can say so (and not promise what is missing).
        context = {**own.context, **dict(planned.context),
                   "attached_files": [name for name, _, _ in files] + [g.filename for g in generated],
                   **{g.flag: True for g in generated if g.flag}}
        rendered = self.templates.render(planned.kind, planned.language, context)
        policy = self.policy(planned.kind)
        data = compose.write(
            self.office, planned, rendered, policy, now,
            unsubscribe=self.list_unsubscribe(planned.to.email) if policy.bulk else None,
            one_click=bool(self.unsubscribe_url),
            parts=own.parts.get(planned.kind, ()) if files else (), generated=generated)
        return OutgoingMessage(
            message_id=planned.message_id,
            kind=planned.kind,
            sender=self.office.address,
            recipients=(planned.to.email, *(a.email for a in planned.cc)),
            data=data,
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
        withheld = self._withheld(store, planned, cause, now) if limited else None
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
                **reasons.error_fields(withheld, withheld and reasons.german(withheld)),
                "sent_at": None,
                "limited": limited,  # counts against [limits] replies_per_hour
                "event": planned.event,  # the event it is sent for ("": none, the digest)
                # Where the Sent folder stood: a copy can only be filed after this (sentcheck).
                "sent_mark": entry_mark(store),
            },
        )
        return withheld is None

    def _withheld(self, store: Store, planned: PlannedMail, cause: str,
                  now: datetime) -> Reason | None:
        """Why an answer to ``planned.to`` is not sent ([limits] replies_per_address),
        with a task for the office; None: it may go (and counts from now on)."""
        assert self.limits is not None
        withheld = limits.over_address_limit(store, planned.to.email, now, self.limits)
        if withheld is None:
            limits.count_planned(store, planned.to.email, now, self.limits)
            return None
        log.warning("not answering %s automatically (%s): more than %s answers in "
                    "%s h; the office is told", planned.to.email, planned.kind,
                    self.limits.replies_per_address, self.limits.per_address_hours)
        put_task(store, key=f"task:{cause}:reply_limit:{planned.to.email}", task="reply_limit",
                 email=planned.to.email, cause=cause, event=planned.event,
                 summary=reasons.german(withheld), summary_reason=withheld.to_dict(), now=now)
        return withheld

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
        return Delivery(self, store, sender, sent_folder, now).run(self.pending(store, now))

    def delivery(self, store: Store, sender: Sender, sent_folder: SentFolder | None,
                 now: datetime) -> Delivery:
        """A ``deliver`` taken apart for the pipelined poll: ``pick`` what is due
        (``pending``), ``deliver.wire`` it (in another thread), ``record``, ``finish``."""
        return Delivery(self, store, sender, sent_folder, now)

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
        return f"<{one_line(url)}>, {mailto}"

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

    def take_bulk_slot(self, store: Store, now: datetime) -> None:
        """Count a bulk mail that goes now against the rate."""
        recent = self._recent_bulk(store, now)[-(self.bulk_limit - 1):] if self.bulk_limit > 1 else []
        store.put("meta", {"key": _PACE_KEY, "sent": [t.isoformat() for t in (*recent, now)]})
