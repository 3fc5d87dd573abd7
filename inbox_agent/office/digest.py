"""The morning digest for the office: what came in, what was done, what needs a human.

Pure: ``build_digest`` takes the store's records (plain dicts, as stored), the
attendees, the event's rules and the time window, and returns a ``Digest`` value; its
``context()`` is the JSON-safe template context for ``templates/<language>/digest.*.j2``
(it is recorded in the outbox like any planned mail). Nothing here reads the clock, the
store or a server. Every word in the value is in the staff language (``i18n``) at the
time it is built; the template of the same language (``[office] language``) frames it.

The sections are built in ``digest_attention`` (what needs a human) and
``digest_sections`` (places, money, states, deadlines, mails); the names of things are
in ``labels``.

Open tasks older than ``[staff] remind_after_days`` come first, whenever they were
filed; tasks closed in the period are listed once ("answered by … on …"); with
``links`` every decision carries its prepared mail (``digest_actions``), and the help
line says how to give commands by mail.

When a digest is due (``due_slot``): every day at ``[digest] time`` in the event's time
zone. The latest such moment that has passed and is later than the last digest is the
one to send; so a digest missed while the daemon was down goes out once when it comes
back, not once per missed day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from inbox_agent.i18n import _, day_time, ngettext
from inbox_agent.i18n import day as i18n_day
from inbox_agent.office import digest_sections as sections_
from inbox_agent.office.digest_actions import Links
from inbox_agent.office.digest_attention import (
    Attention,
    Closed,
    attention_items,
    closed_items,
    todo,
)
from inbox_agent.office.digest_sections import (
    EventSection,
    MailLine,
    Money,
    OpenItem,
    Places,
    SentLine,
    local_time,
)
from inbox_agent.office.labels import INTENT_LABELS, KIND_LABELS, TASK_LABELS, TODO_LABELS
from inbox_agent.registrations import Attendee, EventRules

# Mails the daemon sends of its own accord (not as an answer to a mail).
SCHEDULED_KINDS = frozenset({"reminder", "payment_reminder", "lapsed", "promoted", "invitation_reminder"})
MAX_MAILS_LISTED = 300


@dataclass(frozen=True)
class Digest:
    """Everything the morning digest says, as plain values."""

    now: str
    since: str | None
    day: str  # the local date the digest is for (ISO)
    attention: tuple[Attention, ...]
    mails: tuple[MailLine, ...]
    mails_total: int
    places: Places
    money: Money
    states: tuple[tuple[str, str, int], ...]  # (state, label, records)
    open_items: tuple[OpenItem, ...]
    deadlines: tuple[tuple[str, str, int], ...]  # (what, ISO date, days left), upcoming only
    scheduled: tuple[SentLine, ...]
    sent_replies: int
    counts: Mapping[str, int] = field(default_factory=dict)
    # The announcement's reach (``invitees.Reach.as_dict()``); None without invitees.
    announcement: Mapping[str, Any] | None = None
    # Mails of the period adopted as history (``app.adopt``), and that said in words.
    adopted: int = 0
    adopted_line: str = ""
    # The open events, one section each (the fields above from places to deadlines are
    # the first one's); the templates show a heading per event only for more than one.
    events: tuple[EventSection, ...] = ()
    # Erasures of past events' data ahead (``retention``), one line each.
    erasures: tuple[str, ...] = ()
    # Tasks closed in the period ("answered by … on …"), shown once.
    closed: tuple[Closed, ...] = ()
    # How to give commands by mail (``digest_actions.help_line``).
    help_line: str = ""

    @property
    def subject(self) -> str:
        """The subject's tail, in the staff language: "3 need your attention"."""
        n = len(self.attention)
        if not n:
            return _("nothing to do")
        return ngettext("{n} needs your attention", "{n} need your attention", n).format(n=n)

    def context(self) -> dict[str, Any]:
        """The JSON-safe template context (``digest`` key) for ``templates/*/digest.*``."""
        data = asdict(self)
        data["counts"] = dict(self.counts)
        return {"digest": data}


def due_slot(now: datetime, at: tuple[int, int], tz: str, last: datetime | None) -> datetime | None:
    """The digest moment that is due at ``now``, or None.

    That is the latest daily ``at`` (hour, minute; local time in ``tz``) not after
    ``now``, provided no digest went out since: a digest missed on several days is sent
    once, for the latest of them.
    """
    zone = ZoneInfo(tz)
    local = now.astimezone(zone)
    slot = datetime.combine(local.date(), time(*at), tzinfo=zone)
    if slot > local:
        slot = datetime.combine(local.date() - timedelta(days=1), time(*at), tzinfo=zone)
    slot = slot.astimezone(timezone.utc)
    if last is not None and last >= slot:
        return None
    return slot


# One open event with its attendees (the digest has a section for each).
Section = tuple[EventRules, Iterable[Attendee]]


def build_digest(
    *,
    messages: Iterable[Mapping[str, Any]],
    failures: Iterable[Mapping[str, Any]],
    tasks: Iterable[Mapping[str, Any]],
    outbox: Iterable[Mapping[str, Any]],
    attendees: Iterable[Attendee] = (),
    rules: EventRules,
    since: datetime | None,
    now: datetime,
    max_attempts: int = 3,
    announcement: Any = None,
    adopted_before: datetime | None = None, history_unread: int = 0,
    sections: Sequence[Section] | None = None,
    erasures: Sequence[tuple[str, date, int]] = (),
    remind_after_days: int = 3, links: Links | None = None, help_line: str = "",
) -> Digest:
    """The digest for the period (``since``, ``now``]; ``since=None`` means from the start.
    ``sections`` are the open events with their attendees, one section each (default:
    ``rules`` with ``attendees``); with more than one, every item and mail names its
    event. ``announcement`` is the announcement's reach (``campaign.reach``), if any. Mails
    adopted as history are counted, not listed (``adopted_before``: the cut-off);
    ``history_unread``: how many of them are still to be read (``app.history``).
    ``erasures`` (event name, day, days left) are the erasures ahead (``retention``).
    Its words are in the staff language of the calling context (``i18n.use_language``)."""
    parts = [(r, list(people)) for r, people in (sections or [(rules, attendees)])]
    names = {r.id: r.name for r, _people in parts} if len(parts) > 1 else None
    failures, tasks = list(failures), list(tasks)
    in_period = _period(since, now)
    outbox_list = list(outbox)
    by_id = {e["key"]: e for e in outbox_list}
    period_messages, adopted = _period_messages(messages, in_period)
    attention = _attention(attention_items(
        period_messages=period_messages, failures=failures, tasks=tasks, outbox=outbox_list,
        in_period=in_period, max_attempts=max_attempts, names=names,
        age=lambda at: _days_since(at, now), remind_days=remind_after_days), tasks, links, rules)
    mails = [replace(m, received_at=local_time(m.received_at, rules))
             for m in _mail_lines(period_messages, failures, by_id, in_period, names)]
    sent = [e for e in outbox_list if e.get("status") == "sent" and in_period(e.get("sent_at"))]
    events = tuple(_with_links(sections_.event_section(people, r, now), links)
                   for r, people in parts)
    first = events[0]
    return Digest(
        now=now.isoformat(), since=since.isoformat() if since else None,
        day=rules.local_date(now).isoformat(),
        attention=tuple(attention),
        mails=tuple(mails[:MAX_MAILS_LISTED]), mails_total=len(mails),
        places=first.places, money=first.money, states=first.states, open_items=first.open_items,
        deadlines=first.deadlines,
        scheduled=_scheduled(sent, rules),
        sent_replies=sum(1 for e in sent if e.get("kind") != "digest"),
        counts={"mails": len(mails), "attention": len(attention),
                "attendees": sum(len(people) for _r, people in parts)},
        announcement=(announcement.as_dict()
                      if announcement is not None and announcement.on_list else None),
        adopted=adopted, adopted_line=_adopted_line(adopted, adopted_before, rules, history_unread),
        events=events,
        erasures=tuple(erasure_line(*e) for e in erasures),
        closed=tuple(replace(c, at=local_time(c.at, rules)) for c in closed_items(tasks, in_period)),
        help_line=help_line)


def _attention(items: list[Attention], tasks: list[Mapping[str, Any]], links: Links | None,
               rules: EventRules) -> list[Attention]:
    """The items in local time, with what to do and (tasks) their links."""
    by_no = {t.get("no"): t for t in tasks if t.get("no")}
    return [replace(a, at=local_time(a.at, rules), todo=todo(a.kind),
                    actions=links.for_task(by_no[a.no])
                    if links is not None and a.no in by_no else ())
            for a in items]


def _days_since(at: str | None, now: datetime) -> int:
    """Whole days from the ISO time ``at`` to ``now`` (0 if unknown)."""
    try:
        return max(0, (now - datetime.fromisoformat(at or "")).days)
    except (TypeError, ValueError):
        return 0


def _with_links(section: EventSection, links: Links | None) -> EventSection:
    """A section whose payments due carry the link that records them."""
    if links is None:
        return section
    items = tuple(replace(o, actions=links.for_payment(o.email, o.amount))
                  if o.kind == "payment" else o for o in section.open_items)
    return replace(section, open_items=items)


def _period(since: datetime | None, now: datetime) -> Callable[[str | None], bool]:
    """Whether an ISO time is in the period (``since``, ``now``]."""
    def in_period(value: str | None) -> bool:
        if not value:
            return False
        at = datetime.fromisoformat(value)
        return (since is None or at > since) and at <= now

    return in_period


def _scheduled(sent: list[Mapping[str, Any]], rules: EventRules) -> tuple[SentLine, ...]:
    """What was sent of the agent's own accord in the period, by time (local)."""
    return tuple(replace(sections_.sent_line(e), at=local_time(e.get("sent_at") or "", rules))
                 for e in sorted(sent, key=lambda e: e.get("sent_at") or "")
                 if e.get("kind") in SCHEDULED_KINDS and e.get("cause") == "schedule")


def erasure_line(name: str, day: date, days_left: int) -> str:
    """The digest's notice of an erasure ahead (``retention``), in the staff language."""
    if days_left <= 0:
        return _("Today the personal data of the event {name} will be erased; the "
                 "anonymous counts are kept (inbox-agent events).").format(name=name)
    return ngettext(
        "In {n} day the personal data of the event {name} will be erased (on {day}); the "
        "anonymous counts are kept (inbox-agent events shows what goes).",
        "In {n} days the personal data of the event {name} will be erased (on {day}); the "
        "anonymous counts are kept (inbox-agent events shows what goes).", days_left).format(
            n=days_left, name=name, day=i18n_day(day))


def _period_messages(messages: Iterable[Mapping[str, Any]],
                     in_period: Callable[[str | None], bool]) -> tuple[list, int]:
    """The mails handled in the period, by arrival, and how many more were adopted as
    history (counted, never listed: there may be 10,000 of them)."""
    period = [m for m in messages if in_period(m.get("handled_at"))]
    return (sorted((m for m in period if not m.get("history")),
                   key=lambda m: m.get("received_at") or ""),
            sum(1 for m in period if m.get("history")))


def _adopted_line(n: int, before: datetime | None, rules: EventRules, unread: int = 0) -> str:
    """"200 mails adopted as history (arrived before ...)", once: in the period they were;
    and, while some are still to be read, how many (until then circulars wait)."""
    line = ""
    if n and before is None:
        line = ngettext("{n} mail adopted as history, not answered",
                        "{n} mails adopted as history, none of them answered", n).format(n=n)
    elif n:
        line = ngettext(
            "{n} mail adopted as history (arrived before {moment} or already answered by the "
            "office), not answered",
            "{n} mails adopted as history (arrived before {moment} or already answered by the "
            "office), none of them answered", n).format(
                n=n, moment=day_time(before.astimezone(rules.tz)))
    if unread:
        more = ngettext(
            "{n} mail of the history is still being read (its text: details and opt-outs); "
            "circulars wait until it is done.",
            "{n} mails of the history are still being read (their texts: details and "
            "opt-outs); circulars wait until it is done.", unread).format(n=unread)
        line = f"{line}. {more}" if line else more
    return line


def _mail_lines(period_messages: list[Mapping[str, Any]], failures: list[Mapping[str, Any]],
                outbox: Mapping[str, Mapping[str, Any]],
                in_period: Callable[[str | None], bool],
                names: Mapping[str, str] | None) -> list[MailLine]:
    """Every mail of the period, and those that could not be processed at all."""
    known = {m["key"] for m in period_messages}
    return ([sections_.mail_line(m, outbox, names) for m in period_messages]
            + [sections_.failed_mail_line(f) for f in failures
               if in_period(f.get("at")) and f.get("key") not in known])


def slot_key(slot: datetime, rules: EventRules) -> str:
    """The day a scheduled digest is for (seeds its Message-ID: one per day)."""
    return rules.local_date(slot).isoformat()


__all__ = ["Digest", "Attention", "MailLine", "Places", "Money", "OpenItem", "SentLine",
           "EventSection", "Section", "build_digest", "erasure_line", "due_slot", "slot_key", "INTENT_LABELS", "KIND_LABELS",
           "TASK_LABELS", "TODO_LABELS"]
