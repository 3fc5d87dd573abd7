"""``inbox-agent notify``: a circular to everyone in some states, from the office's own
template (``templates/de/<name>.txt.j2``), sent slowly and never twice to anyone.
A circular goes to one event's list (``plan_circular`` per event; the command plans one
for every open event, or for ``--event ID``), with that event's facts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from inbox_agent.i18n import N_, _
from inbox_agent.model import Address, PlannedMail, Reason
from inbox_agent.office.common import LOCK_WAIT, QUEUED, StaffError
from inbox_agent.outbox.optouts import is_opted_out
from inbox_agent.registrations import (
    MAIL_KINDS,
    Attendee,
    EventRules,
    State,
    build_context,
    make_message_id,
)
from inbox_agent.store.db import Store
from inbox_agent.store.events import home_event, records_of


@dataclass
class Circular:
    """A circular to a group: who gets it, who got it already, what it looks like."""

    circular_id: str
    template: str
    planned: list[PlannedMail]
    already_sent: list[str]
    skipped_bounced: list[str]  # bounced or opted out: not written to
    preview_subject: str
    preview_text: str


def _check_template(outbox: Any, template: str) -> None:
    """A circular needs an own template, not one of the agent's mails."""
    if template in MAIL_KINDS or template == "digest":
        raise StaffError(Reason.of(N_(
            "{template} is a mail of the process, not a circular; own templates go "
            "into templates/de/<name>.txt.j2"), template=repr(template)))
    if not (outbox.templates.folder / "de" / f"{template}.txt.j2").is_file():
        have = sorted(k for lang, k in outbox.templates.kinds()
                      if lang == "de" and k not in MAIL_KINDS and k != "digest")
        if have:
            raise StaffError(Reason.of(N_(
                "no template templates/de/{template}.txt.j2; there are: {have}"),
                template=template, have=", ".join(have)))
        raise StaffError(Reason.of(N_(
            "no template templates/de/{template}.txt.j2; there are none"), template=template))


def plan_circular(store: Store, rules: EventRules, outbox: Any, states: Sequence[State],
                  template: str, circular_id: str, now: datetime) -> Circular:
    """Everyone on the list of ``rules``' event in ``states`` (bounced addresses left
    out), each with their Message-ID seeded by circular and address (and the event, but
    for the store's home event: a circular sent before events is not sent again); those
    who already got it are listed apart."""
    _check_template(outbox, template)
    everyone = {a.email: a for a in (Attendee.from_dict({**r, "email": r.get("email") or r["key"]})
                                     for r in records_of(store, "attendees", rules.id))}
    home = home_event(store)
    scope = "" if not rules.id or rules.id == home else f"{rules.id}|"
    wanted = set(states)
    planned, sent, bounced = [], [], []
    for a in sorted(everyone.values(), key=lambda r: r.email):
        if a.state not in wanted:
            continue
        if a.bounced or is_opted_out(store, a.email):
            bounced.append(a.email)
            continue
        mid = make_message_id("circular", f"{circular_id}|{scope}{a.email}",
                              rules.message_id_domain)
        entry = store.get("outbox", mid)
        if entry is not None and entry["status"] == "sent":
            sent.append(a.email)
            continue
        planned.append(PlannedMail(
            kind=template, to=Address(a.email, a.display_name() if a.name else ""),
            language=a.language, message_id=mid, event=rules.id,
            context=build_context(template, a, rules, now, everyone.values(),
                                  circular=circular_id)))
    subject, text = _preview(outbox, planned[0], now) if planned else ("", "")
    return Circular(circular_id, template, planned, sent, bounced, subject, text)


def _preview(outbox: Any, planned: PlannedMail, now: datetime) -> tuple[str, str]:
    """The subject and plain text of the first recipient's mail."""
    import email as _email
    import email.policy as _policy

    message = outbox.compose(planned, now)
    parsed = _email.message_from_bytes(message.data, policy=_policy.default)
    body = parsed.get_body(("plain",))
    return str(parsed["Subject"]), (body.get_content() if body is not None else "")


def _queue(store: Store, services: Any, circular: Circular) -> None:
    """Record every mail of the circular, held back (``QUEUED``) until it is sent here."""
    now = services.clock.now()
    with store.exclusive(LOCK_WAIT):
        for planned in circular.planned:
            if store.get("outbox", planned.message_id) is None:
                services.outbox.record(store, planned, cause=f"circular:{circular.circular_id}",
                                       now=now)
                store.put("outbox", {**store.get("outbox", planned.message_id), "status": QUEUED})
        store.commit()


def send_circular(store: Store, services: Any, circular: Circular, per_minute: float,
                  on_progress: Callable[[str, str], None] | None = None,
                  sleep: Callable[[float], None] = time.sleep) -> dict[str, int]:
    """Queue the circular (durably), then release and send one mail at a time at
    ``per_minute``. Each mail is recorded before it is sent, and one that an earlier,
    interrupted run may have sent is looked up in the Sent folder first: nobody gets
    a circular twice. Interrupted, the rest stays queued (the daemon does not send
    it); running the same command again continues."""
    from inbox_agent.services import sender_for

    _queue(store, services, circular)
    counts = {"sent": 0, "reconciled": 0, "failed": 0, "deferred": 0}
    gap = 60.0 / per_minute
    with services.open_mailbox() as box, sender_for(services) as sender:
        for n, planned in enumerate(circular.planned):
            if n:
                sleep(gap)
            report = _send_one(store, services, planned.message_id, sender, box)
            if report is None:
                continue  # sent meanwhile (an earlier run, or the daemon's repair)
            _count(counts, report, planned)
            if on_progress:
                mid = planned.message_id
                on_progress(planned.to.email,
                            _("sent") if mid in {m.message_id for m in report.sent}
                            else _("already sent") if mid in report.reconciled else _("ERROR"))
    return counts


def _send_one(store: Store, services: Any, mid: str, sender: Any, box: Any) -> Any:
    """Release one queued mail and send it; None if it is no longer waiting."""
    from inbox_agent.outbox.outbox import PLANNED

    with store.exclusive(LOCK_WAIT):
        entry = store.get("outbox", mid)
        if entry is None or entry["status"] not in (QUEUED, PLANNED):
            return None
        reconcile = [mid] if entry["status"] == PLANNED else []
        if entry["status"] == QUEUED:
            store.put("outbox", {**entry, "status": PLANNED})
            store.commit()  # released: from here on it is an ordinary planned mail
        report = services.outbox.deliver(store, sender, box, services.clock.now(),
                                         reconcile=reconcile)
        store.commit()
    return report


def _count(counts: dict[str, int], report: Any, planned: PlannedMail) -> None:
    """Add one mail's outcome; stop the run (``SendError``) when the server defers it."""
    from inbox_agent.errors import SendError

    mid = planned.message_id
    counts["sent"] += sum(1 for m in report.sent if m.message_id == mid)
    counts["reconciled"] += sum(1 for m in report.reconciled if m == mid)
    counts["failed"] += sum(1 for m, _why in report.failed if m == mid)
    deferred = [why for m, why in report.deferred if m == mid]
    if deferred:
        counts["deferred"] += 1
        raise SendError(Reason.of(N_(
            "the mail server accepts nothing at the moment ({why}); {sent} sent. The mail "
            "to {email} is sent again automatically; the same command sends the rest later "
            "without writing to anybody twice."),
            why=deferred[0], sent=counts["sent"], email=planned.to.email))


__all__ = ["Circular", "plan_circular", "send_circular"]
