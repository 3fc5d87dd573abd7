"""The digest's first section: what needs a human. The office's open tasks of the period,
mails no rule understood, bounces nobody could place, mails that could not be processed
and mails that could not be delivered; each with who, what it was about and what to do.

Stored sentences (a task's summary, a failure's error, a message's notes) are either
``Reason`` dicts or, in older records, plain strings: ``i18n.render`` takes both. Where
a record keeps the reason beside the old text (``summary_reason`` next to ``summary``,
``error_reason`` next to ``error``), the reason is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from inbox_agent.i18n import _, render
from inbox_agent.office.digest_sections import event_name
from inbox_agent.office.labels import KIND_LABELS, TASK_LABELS, TODO_LABELS, label, text_of

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Attention:
    """One item of "needs your attention"."""

    kind: str
    label: str
    who: str
    subject: str
    excerpt: str
    summary: str
    at: str  # local time, "10.06. 08:15"
    todo: str = ""  # what the office does about it, in the staff language
    event: str = ""  # the name of the event it is about ("" for none or one event only)
    no: int | None = None  # the task's number ("erledigt 17")
    open_days: int = 0  # open this many days: longer than [staff] remind_after_days
    actions: tuple[tuple[str, str], ...] = ()  # (label, mailto: URL), digest_actions


@dataclass(frozen=True)
class Closed:
    """A task closed in the period (shown once): who closed it, when, how."""

    no: int | None
    label: str
    who: str
    by: str
    at: str  # local time once the digest is built
    how: str
    answered: bool = False  # a staff reply closed it ("answered by … on …")


# Kinds of task that are only for reading: shown in the digest of their period; every
# other open task is shown in each digest until it is closed.
FOR_READING = frozenset({"invitee_declined", "reply_cap", "missing_fields"})

# Kinds of task that ask for an answer by mail: a reply in Sent closes them.
ANSWERABLE = frozenset({"question", "unclear", "which_event", "change_request"})


def todo(kind: str) -> str:
    """What the office does about an item of ``kind`` ("" if its summary says it)."""
    return text_of(TODO_LABELS, kind)


def attention_items(*, period_messages: list[Record], failures: Iterable[Record],
                    tasks: Iterable[Record], outbox: list[Record],
                    in_period: Callable[[str | None], bool], max_attempts: int,
                    names: Mapping[str, str] | None = None,
                    age: Callable[[str | None], int] | None = None,
                    remind_days: int = 3) -> list[Attention]:
    """Every item that needs a human, tasks first (times still ISO): every open task
    (those only for reading: of the period), the ones older than ``remind_days`` (``age``:
    days since an ISO time) at the top; then the period's mails, failures, failed sends. With ``names`` (event id -> name; several events) each
    item names its event."""
    message_by_key = {m["key"]: m for m in period_messages}
    items, tasked = _from_tasks(tasks, message_by_key, in_period, names, age, remind_days)
    items += [item for m in period_messages if m["key"] not in tasked
              for item in _from_message(m, names)]
    items += [_from_failure(f, max_attempts)
              for f in sorted((f for f in failures if in_period(f.get("at"))),
                              key=lambda f: f.get("at", ""))]
    items += [_from_failed_send(e, names) for e in outbox
              if e.get("status") == "failed" and in_period(e.get("created_at"))]
    return items


def _from_tasks(tasks: Iterable[Record], message_by_key: Mapping[str, Record],
                in_period: Callable[[str | None], bool], names: Mapping[str, str] | None,
                age: Callable[[str | None], int] | None,
                remind_days: int) -> tuple[list[Attention], set[str]]:
    """The office's open tasks, the overdue ones first, and the keys of the mails they
    are about."""
    items: list[Attention] = []
    overdue: list[Attention] = []
    tasked: set[str] = set()
    for t in sorted(tasks, key=lambda t: t.get("at", "")):
        if t.get("status", "open") != "open":
            if in_period(t.get("at")):
                tasked.add(t.get("cause") or "")
            continue
        days = age(t.get("at")) if age is not None else 0
        late = days >= remind_days and t.get("task") not in FOR_READING
        if not in_period(t.get("at")) and t.get("task") in FOR_READING:
            continue  # read once; the others stay until someone closes them
        cause = t.get("cause") or cause_from_key(t.get("key", ""))
        msg = message_by_key.get(cause or "") or {}
        if msg:
            tasked.add(msg["key"])
        kind = t.get("task", "")
        (overdue if late else items).append(Attention(
            kind=kind, label=label(TASK_LABELS, kind), who=msg.get("from") or t.get("email", ""),
            subject=msg.get("subject", ""), excerpt=excerpt(msg.get("excerpt", "")),
            summary=render(t.get("summary_reason") or t.get("summary")), at=t.get("at", ""),
            event=event_name(t, names), no=t.get("no"), open_days=days if late else 0))
    return overdue + items, tasked


def closed_items(tasks: Iterable[Record], in_period: Callable[[str | None], bool]) -> list[Closed]:
    """The tasks closed in the period, by the time they were closed (times still ISO)."""
    done = [t for t in tasks if t.get("status", "open") != "open" and in_period(t.get("done_at"))]
    return [Closed(no=t.get("no"), label=label(TASK_LABELS, t.get("task", "")),
                   who=t.get("email", ""), by=t.get("done_by", ""), at=t.get("done_at", ""),
                   how=render(t.get("done_how")) if t.get("done_how") else "",
                   answered=t.get("done_via") == "answered")
            for t in sorted(done, key=lambda t: t.get("done_at", ""))]


def _from_message(m: Record, names: Mapping[str, str] | None) -> list[Attention]:
    """A mail no rule understood, or a bounce nobody could place (no task made for it)."""
    intent = m.get("intent", "")
    kind = {"other": "unclear", "bounce": "unknown_bounce"}.get(intent)
    if kind is None or (intent == "bounce" and not m.get("notes")):
        return []
    notes = "; ".join(render(n) for n in m.get("notes") or ())
    return [Attention(
        kind=kind, label=label(TASK_LABELS, kind), who=m.get("from", ""),
        subject=m.get("subject", ""), excerpt=excerpt(m.get("excerpt", "")),
        summary=notes or _("no rule matched with certainty"), at=m.get("handled_at", ""),
        event=event_name(m, names))]


def _from_failure(f: Record, max_attempts: int) -> Attention:
    """A mail that could not be processed: tried again, or given up after ``max_attempts``."""
    attempt = int(f.get("attempts", 1))
    error = render(f.get("error_reason") or f.get("error", ""))
    if attempt >= max_attempts:
        summary = _("{error} — attempt {attempt} of {max}; will not be tried again "
                    "automatically, please handle it by hand (the mail is still in the "
                    "mailbox, unchanged)")
    else:
        summary = _("{error} — attempt {attempt} of {max}; will be tried again automatically")
    return Attention(
        kind="failure", label=label(TASK_LABELS, "failure"), who=f.get("from", ""),
        subject=f.get("subject", ""), excerpt="",
        summary=summary.format(error=error, attempt=attempt, max=max_attempts),
        at=f.get("at", ""))


def _from_failed_send(e: Record, names: Mapping[str, str] | None) -> Attention:
    """A mail of ours the server refused for good."""
    error = render(e.get("error_reason") or e.get("error") or "")
    summary = _("{error} — please check the address and if need be "
                "`inbox-agent resend {to} {kind}`")
    return Attention(
        kind="send_failed", label=label(TASK_LABELS, "send_failed"), who=e.get("to", ""),
        subject=label(KIND_LABELS, e.get("kind", "")), excerpt="",
        summary=summary.format(error=error, to=e.get("to", ""), kind=e.get("kind", "")),
        at=e.get("created_at", ""), event=event_name(e, names))


def cause_from_key(key: str) -> str | None:
    """The cause (a message's key) in a task key ``task:<cause>:<kind>:<email>``."""
    if not key.startswith("task:"):
        return None
    parts = key[len("task:"):].rsplit(":", 2)  # the cause itself may contain ':'
    return parts[0] if len(parts) == 3 else None


def excerpt(text: str, limit: int = 240) -> str:
    """The start of a mail's text on one line, at most ``limit`` characters."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


__all__ = ["Attention", "Closed", "ANSWERABLE", "attention_items", "closed_items", "todo", "cause_from_key", "excerpt"]
