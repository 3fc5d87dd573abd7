"""The morning digest for the office: what came in, what was done, what needs a human.

Pure: ``build_digest`` takes the store's records (plain dicts, as stored), the
attendees, the event's rules and the time window, and returns a ``Digest`` value; its
``context()`` is the JSON-safe template context for ``templates/de/digest.*.j2`` (it is
recorded in the outbox like any planned mail). Nothing here reads the clock, the store
or a server.

When a digest is due (``due_slot``): every day at ``[digest] time`` in the event's time
zone. The latest such moment that has passed and is later than the last digest is the
one to send; so a digest missed while the daemon was down goes out once when it comes
back, not once per missed day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from inbox_agent.office.export import STATE_DE
from inbox_agent.registrations import (
    Attendee,
    EventRules,
    State,
    compute_fee,
    waiting_list,
)
from inbox_agent.registrations.context import next_deadline

INTENT_DE: dict[str, str] = {
    "pre_registration": "Voranmeldung",
    "registration": "verbindliche Anmeldung",
    "cancellation": "Absage",
    "question": "Frage",
    "auto_reply": "automatische Antwort (z. B. Abwesenheitsnotiz)",
    "bounce": "Unzustellbarkeitsmeldung",
    "bulk": "Rundmail / Newsletter",
    "other": "sonstige Mail",
    "duplicate": "schon früher bearbeitet",
    "error": "Fehler",
}

KIND_DE: dict[str, str] = {
    "programme": "Programm und Anmeldeformular",
    "waitlisted": "Warteliste",
    "promoted": "Nachrücken von der Warteliste",
    "confirmation": "Anmeldebestätigung",
    "reminder": "Erinnerung an die verbindliche Anmeldung",
    "lapsed": "Option verfallen",
    "cancelled": "Bestätigung der Absage",
    "missing_fields": "Nachfrage fehlender Angaben",
    "payment_reminder": "Zahlungserinnerung",
    "already_registered": "Hinweis: bereits angemeldet",
    "registration_closed": "Anmeldung geschlossen",
    "digest": "Tagesübersicht",
}

TASK_DE: dict[str, str] = {
    "question": "Frage",
    "late_pre_registration": "Voranmeldung nach der Frist",
    "late_registration": "Anmeldung nach der Frist",
    "missing_fields": "Anmeldung unvollständig",
    "change_request": "Änderungswunsch",
    "refund": "Erstattung prüfen",
    "cancellation_terms": "Absage einer verbindlichen Anmeldung",
    "bounce": "Adresse unzustellbar",
    "unknown_cancellation": "Absage von unbekannter Adresse",
    "no_place_for_form": "Formular ohne freien Platz",
    "partial_cancellation": "Teilabsage einer Gruppe",
    "pending": "wartet auf Ihre Entscheidung",
    "promoted_bounced": "Nachgerückt, aber Adresse unzustellbar",
    "no_address": "Mail ohne Absenderadresse",
    "failure": "Mail konnte nicht verarbeitet werden",
    "send_failed": "Mail konnte nicht zugestellt werden",
    "reply_limit": "Automatische Antwort zurückgehalten (Obergrenze je Adresse)",
    "reply_cap": "Stündliche Obergrenze für automatische Antworten erreicht",
    "unclear": "unklar",
    "unknown_bounce": "Unzustellbar (Adresse nicht auf der Liste)",
    "invitee_match": "Voranmeldung von anderer Adresse zuordnen",
    "invitee_declined": "Eingeladene Person hat abgesagt",
    "opt_out_attendee": "Angemeldete Person möchte keine E-Mails mehr",
}

# What the office does about each kind of item (shown before the system's own words).
TODO_DE: dict[str, str] = {
    "question": "Bitte persönlich beantworten.",
    "late_pre_registration": "Zulassen oder ablehnen: inbox-agent set-state E-MAIL option --reason ...",
    "late_registration": "Zulassen oder ablehnen: inbox-agent set-state E-MAIL registered --reason ...",
    "missing_fields": "Die fehlenden Angaben wurden automatisch erfragt; nur im Blick behalten.",
    "change_request": "Änderung prüfen und von Hand eintragen.",
    "refund": "Stornobedingungen und Erstattung prüfen.",
    "cancellation_terms": "Stornobedingungen prüfen.",
    "bounce": "Adresse prüfen; ggf. anders Kontakt aufnehmen (es gehen keine Erinnerungen mehr dorthin).",
    "unknown_cancellation": "Absender zuordnen (andere Adresse?) und ggf. von Hand stornieren.",
    "no_place_for_form": "Steht mit Formular auf der Warteliste; ggf. persönlich informieren.",
    "partial_cancellation": "Gruppe von Hand verkleinern.",
    "pending": "Entscheidung steht noch aus.",
    "promoted_bounced": "Nachgerückte Person anders benachrichtigen.",
    "no_address": "Mail im Postfach ansehen.",
    "failure": "",
    "send_failed": "",
    "unclear": "Mail im Postfach ansehen; vielleicht ist eine Antwort nötig.",
    "unknown_bounce": "Prüfen, welche Mail nicht ankam.",
    "invitee_match": "Zuordnung bestätigen (inbox-agent invitees link ...) oder aufheben (invitees unlink ...).",
    "invitee_declined": "Nur lesen; es gehen keine Erinnerungen mehr dorthin.",
    "opt_out_attendee": "Prüfen, ob eine Absage gemeint war.",
}

# Mails the daemon sends of its own accord (not as an answer to a mail).
SCHEDULED_KINDS = frozenset({"reminder", "payment_reminder", "lapsed", "promoted", "invitation_reminder"})
MAX_MAILS_LISTED = 300
BAR_WIDTH = 20


@dataclass(frozen=True)
class Attention:
    """One item of "Braucht Ihre Aufmerksamkeit"."""

    kind: str
    label: str
    who: str
    subject: str
    excerpt: str
    summary: str
    at: str  # local time, "10.06. 08:15"
    todo: str = ""  # what the office does about it, in German


@dataclass(frozen=True)
class MailLine:
    """One inbound mail of the period and what was done with it."""

    received_at: str  # local time, "10.06. 08:15"
    sender: str
    subject: str
    intent: str
    intent_label: str
    action: str
    why: str


@dataclass(frozen=True)
class Places:
    capacity: int
    taken: int
    free: int
    waiting: int  # persons on the waiting list
    percent: int
    bar: str  # e.g. "██████░░░░" (text version)


@dataclass(frozen=True)
class Money:
    members: int  # persons holding a place
    non_members: int
    unknown: int
    expected: str  # amounts as "1234.00"
    received: str
    outstanding: str
    currency: str


@dataclass(frozen=True)
class OpenItem:
    """Someone who still has to act before a deadline."""

    email: str
    name: str
    state: str
    what: str  # "verbindliche Anmeldung" | "Zahlung"
    deadline: str  # ISO date
    days_left: int


@dataclass(frozen=True)
class SentLine:
    to: str
    kind: str
    label: str
    at: str


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

    @property
    def subject(self) -> str:
        n = len(self.attention)
        return f"{n} brauchen Ihre Aufmerksamkeit" if n else "nichts zu tun"

    def context(self) -> dict[str, Any]:
        """The JSON-safe template context (``digest`` key) for ``templates/de/digest.*``."""
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


def build_digest(
    *,
    messages: Iterable[Mapping[str, Any]],
    failures: Iterable[Mapping[str, Any]],
    tasks: Iterable[Mapping[str, Any]],
    outbox: Iterable[Mapping[str, Any]],
    attendees: Iterable[Attendee],
    rules: EventRules,
    since: datetime | None,
    now: datetime,
    max_attempts: int = 3,
    announcement: Any = None,
) -> Digest:
    """The digest for the period (``since``, ``now``]; ``since=None`` means from the start.
    ``announcement`` is the announcement's reach (``campaign.reach``), if any."""
    people = list(attendees)

    def in_period(value: str | None) -> bool:
        if not value:
            return False
        at = datetime.fromisoformat(value)
        return (since is None or at > since) and at <= now

    outbox_list = list(outbox)
    by_id = {e["key"]: e for e in outbox_list}
    period_messages = sorted((m for m in messages if in_period(m.get("handled_at"))),
                             key=lambda m: m.get("received_at") or "")
    message_by_key = {m["key"]: m for m in period_messages}

    attention: list[Attention] = []
    tasked: set[str] = set()
    for t in sorted((t for t in tasks if in_period(t.get("at"))), key=lambda t: t.get("at", "")):
        cause = t.get("cause") or _cause_from_key(t.get("key", ""))
        msg = message_by_key.get(cause or "")
        if msg is not None:
            tasked.add(msg["key"])
        attention.append(Attention(
            kind=t.get("task", ""), label=TASK_DE.get(t.get("task", ""), t.get("task", "")),
            who=(msg or {}).get("from") or t.get("email", ""),
            subject=(msg or {}).get("subject", ""), excerpt=_excerpt((msg or {}).get("excerpt", "")),
            summary=t.get("summary", ""), at=t.get("at", "")))
    for m in period_messages:
        if m["key"] in tasked:
            continue
        intent = m.get("intent", "")
        kind = {"other": "unclear", "bounce": "unknown_bounce"}.get(intent)
        if kind is None or (intent == "bounce" and not m.get("notes")):
            continue
        attention.append(Attention(
            kind=kind, label=TASK_DE[kind], who=m.get("from", ""), subject=m.get("subject", ""),
            excerpt=_excerpt(m.get("excerpt", "")),
            summary="; ".join(m.get("notes") or ()) or "keine Regel passte sicher",
            at=m.get("handled_at", "")))
    for f in sorted((f for f in failures if in_period(f.get("at"))), key=lambda f: f.get("at", "")):
        attempts = int(f.get("attempts", 1))
        gave_up = attempts >= max_attempts
        attention.append(Attention(
            kind="failure", label=TASK_DE["failure"], who=f.get("from", ""),
            subject=f.get("subject", ""), excerpt="",
            summary=(f"{f.get('error', '')} — Versuch {attempts} von {max_attempts}"
                     + ("; wird nicht mehr automatisch versucht, bitte von Hand bearbeiten "
                        "(die Mail liegt unverändert im Postfach)" if gave_up
                        else "; wird automatisch erneut versucht")),
            at=f.get("at", "")))
    for e in outbox_list:
        if e.get("status") != "failed" or not in_period(e.get("created_at")):
            continue
        attention.append(Attention(
            kind="send_failed", label=TASK_DE["send_failed"], who=e.get("to", ""),
            subject=KIND_DE.get(e.get("kind", ""), e.get("kind", "")), excerpt="",
            summary=f"{e.get('error') or ''} — bitte die Adresse prüfen und ggf. "
                    f"`inbox-agent resend {e.get('to', '')} {e.get('kind', '')}`",
            at=e.get("created_at", "")))

    mails = tuple(_mail_line(m, by_id) for m in period_messages)
    for f in failures:
        if in_period(f.get("at")) and f.get("key") not in message_by_key:
            mails += (MailLine(received_at=f.get("received_at") or f.get("at", ""),
                               sender=f.get("from", ""), subject=f.get("subject", ""),
                               intent="error", intent_label=INTENT_DE["error"],
                               action="nicht verarbeitet", why=f.get("error", "")),)

    scheduled = tuple(
        SentLine(to=e.get("to", ""), kind=e.get("kind", ""),
                 label=KIND_DE.get(e.get("kind", ""), e.get("kind", "")), at=e.get("sent_at") or "")
        for e in sorted(outbox_list, key=lambda e: e.get("sent_at") or "")
        if e.get("status") == "sent" and in_period(e.get("sent_at"))
        and (e.get("kind") in SCHEDULED_KINDS and e.get("cause") == "schedule"))
    sent_replies = sum(1 for e in outbox_list if e.get("status") == "sent"
                       and in_period(e.get("sent_at")) and e.get("kind") != "digest")

    attention = [replace(a, at=_local(a.at, rules), todo=TODO_DE.get(a.kind, ""))
                 for a in attention]
    mails = tuple(replace(m, received_at=_local(m.received_at, rules)) for m in mails)
    scheduled = tuple(replace(s, at=_local(s.at, rules)) for s in scheduled)
    return Digest(
        now=now.isoformat(),
        since=since.isoformat() if since else None,
        day=rules.local_date(now).isoformat(),
        attention=tuple(attention),
        mails=mails[:MAX_MAILS_LISTED],
        mails_total=len(mails),
        places=_places(people, rules),
        money=_money(people, rules),
        states=_states(people),
        open_items=_open_items(people, rules, now),
        deadlines=_deadlines(rules, now),
        scheduled=scheduled,
        sent_replies=sent_replies,
        counts={"mails": len(mails), "attention": len(attention),
                "attendees": len(people)},
        announcement=announcement.as_dict() if announcement is not None and announcement.on_list else None,
    )


# -- parts ---------------------------------------------------------------------------


def _local(iso: str, rules: EventRules) -> str:
    """An ISO time as the office reads it: local date and time, "10.06. 08:15"."""
    if not iso:
        return ""
    try:
        at = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(rules.tz).strftime("%d.%m. %H:%M")


def _cause_from_key(key: str) -> str | None:
    # task:<cause>:<kind>:<email>; the cause itself may contain ':'
    if not key.startswith("task:"):
        return None
    parts = key[len("task:"):].rsplit(":", 2)
    return parts[0] if len(parts) == 3 else None


def _excerpt(text: str, limit: int = 240) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _mail_line(m: Mapping[str, Any], outbox: Mapping[str, Mapping[str, Any]]) -> MailLine:
    intent = m.get("intent", "")
    replies = [outbox.get(mid) for mid in m.get("replies") or ()]
    done = []
    for mid, entry in zip(m.get("replies") or (), replies):
        if entry is None:
            done.append("Antwort geplant")
            continue
        label = KIND_DE.get(entry.get("kind", ""), entry.get("kind", ""))
        status = {"sent": "gesendet", "failed": "NICHT zugestellt",
                  "planned": "wird gesendet",
                  "suppressed": "zurückgehalten"}.get(entry.get("status", ""), entry.get("status", ""))
        done.append(f"Antwort „{label}“ an {entry.get('to', '')} ({status})")
    if done:
        action = "; ".join(done)
    elif m.get("suppressed_because"):
        action = f"keine Antwort: {m['suppressed_because']}"
    elif intent == "question":
        action = "keine Antwort: Frage für Sie"
    else:
        action = "keine Antwort nötig"
    notes = [n for n in m.get("notes") or ()]
    rules = [r for r in m.get("rules") or ()]
    why = "; ".join([*rules[:2], *notes[:2]])
    return MailLine(received_at=m.get("received_at", ""), sender=m.get("from", ""),
                    subject=m.get("subject", ""), intent=intent,
                    intent_label=INTENT_DE.get(intent, intent), action=action, why=why)


def _places(people: list[Attendee], rules: EventRules) -> Places:
    taken = sum(a.places for a in people)
    waiting = sum(a.persons for a in waiting_list(people))
    free = max(rules.capacity - taken, 0)
    percent = min(round(100 * taken / rules.capacity), 100) if rules.capacity else 100
    filled = min(round(BAR_WIDTH * taken / rules.capacity), BAR_WIDTH) if rules.capacity else BAR_WIDTH
    return Places(capacity=rules.capacity, taken=taken, free=free, waiting=waiting,
                  percent=percent, bar="█" * filled + "░" * (BAR_WIDTH - filled))


def _money(people: list[Attendee], rules: EventRules) -> Money:
    holders = [a for a in people if a.state.holds_place]
    expected = sum((a.fee if a.fee is not None else compute_fee(a, rules) for a in holders),
                   Decimal(0))
    received = sum((a.paid_total for a in people), Decimal(0))
    binding = [a for a in holders if a.state in (State.REGISTERED, State.PAID)]
    outstanding = sum((a.balance or Decimal(0) for a in binding), Decimal(0))
    return Money(
        members=sum(a.persons for a in holders if a.member is True),
        non_members=sum(a.persons for a in holders if a.member is False),
        unknown=sum(a.persons for a in holders if a.member is None),
        expected=f"{expected:.2f}", received=f"{received:.2f}",
        outstanding=f"{outstanding:.2f}", currency=rules.currency)


def _states(people: list[Attendee]) -> tuple[tuple[str, str, int], ...]:
    out = []
    for state in State:
        n = sum(1 for a in people if a.state == state)
        if n:
            out.append((state.value, STATE_DE.get(state.value, state.value), n))
    return tuple(out)


def _open_items(people: list[Attendee], rules: EventRules, now: datetime) -> tuple[OpenItem, ...]:
    today = rules.local_date(now)
    items = []
    for a in people:
        if a.state not in (State.OPTION, State.REGISTERED):
            continue
        nd = next_deadline(a, rules)
        if nd is None:
            continue
        kind, day = nd
        items.append(OpenItem(
            email=a.email, name=a.display_name(), state=STATE_DE.get(a.state.value, a.state.value),
            what="verbindliche Anmeldung" if kind == "registration" else "Zahlung",
            deadline=day.isoformat(), days_left=(day - today).days))
    items.sort(key=lambda i: (i.deadline, i.name.lower()))
    return tuple(items)


def _deadlines(rules: EventRules, now: datetime) -> tuple[tuple[str, str, int], ...]:
    today = rules.local_date(now)
    out = []
    for what, day in (("Voranmeldung", rules.pre_registration_deadline),
                      ("verbindliche Anmeldung", rules.registration_deadline),
                      ("Tagung", rules.starts)):
        if day >= today:
            out.append((what, day.isoformat(), (day - today).days))
    return tuple(out)


def slot_key(slot: datetime, rules: EventRules) -> str:
    """The day a scheduled digest is for (seeds its Message-ID: one per day)."""
    return rules.local_date(slot).isoformat()


__all__ = ["Digest", "Attention", "MailLine", "Places", "Money", "OpenItem", "SentLine",
           "build_digest", "due_slot", "slot_key", "INTENT_DE", "KIND_DE", "TASK_DE"]
