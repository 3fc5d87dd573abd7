"""What the staff commands do (``inbox-agent status``, ``list``, ``mark-paid``, ...).

The logic lives here and returns data or text; ``cli`` only parses arguments and
prints. Everything a person reads is German.

Sharing the store with a running daemon: a changing command opens the store without
holding its lock and does its work inside ``store.exclusive(LOCK_WAIT)``: it waits for
the daemon's current job (a poll takes a second or two) to end, re-reads what the
daemon committed, checks its input against that, changes, commits and lets go. So the
office never has to stop the daemon, and never overwrites what the daemon just did.
Reading commands (``status``, ``list``, ``show``, ``export``) read the file as it is:
every write replaces it atomically, so a reader always sees one whole commit.

Who did it: every change records ``by`` (``--by``, else ``$INBOX_AGENT_STAFF``, else
the login name) in the attendee's history or notes.
"""

from __future__ import annotations

import getpass
import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from inbox_agent.config import Config
from inbox_agent.errors import InboxAgentError
from inbox_agent.model import Address, PlannedMail
from inbox_agent.office.labels import KIND_LABELS, TASK_LABELS, label
from inbox_agent.office.export import STATE_DE, attendee_rows
from inbox_agent.outbox.optouts import is_opted_out
from inbox_agent.outbox.outbox import DeliveryReport
from inbox_agent.registrations import (
    MAIL_KINDS,
    Attendee,
    EventRules,
    State,
    TransitionError,
    build_context,
    fill_places,
    make_message_id,
    waitlist_position,
)
from inbox_agent.registrations import add_note as _add_note
from inbox_agent.registrations import mark_paid as _mark_paid
from inbox_agent.registrations import set_state as _set_state
from inbox_agent.registrations.context import next_deadline
from inbox_agent.store.db import Store

LOCK_WAIT = 60.0  # seconds a command waits for the daemon's running job
QUEUED = "queued"  # a circular's mail not yet released to the outbox


class StaffError(InboxAgentError, ValueError):
    """The command cannot be done as asked (unknown address, wrong state, ...).
    Nothing was changed; the message says what to do instead."""


def who(by: str | None) -> str:
    """The person acting: ``--by``, else $INBOX_AGENT_STAFF, else the login name."""
    name = (by or os.environ.get("INBOX_AGENT_STAFF") or "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # no login name (a container without passwd entry)
            name = "staff"
    return name


def parse_states(text: str) -> tuple[State, ...]:
    """``option,registered`` -> states; German labels and English names both work."""
    states = []
    by_label = {label.split(" ")[0].lower(): s for s, label in STATE_DE.items()}
    for part in text.split(","):
        word = part.strip().lower()
        if not word:
            continue
        try:
            states.append(State(word))
        except ValueError:
            if word in by_label:
                states.append(State(by_label[word]))
                continue
            raise StaffError(
                f"unbekannter Status {part.strip()!r}; möglich sind: "
                + ", ".join(s.value for s in State)) from None
    if not states:
        raise StaffError("kein Status angegeben; z. B. --state option,registered")
    return tuple(dict.fromkeys(states))


def _local(at: datetime | None, rules: EventRules) -> str:
    if at is None:
        return ""
    return at.astimezone(rules.tz).strftime("%d.%m.%Y %H:%M")


def _day(value: date | str | None) -> str:
    if not value:
        return ""
    d = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _money(value: Decimal | None, currency: str) -> str:
    if value is None:
        return ""
    return f"{value:.2f}".replace(".", ",") + f" {currency}"


# -- the store, for commands ------------------------------------------------------------


def open_store(config: Config) -> Store:
    """The store for a command: read now, locked only inside ``exclusive()``."""
    return Store(config.storage.path).open(hold=False)


def attendees(store: Store) -> dict[str, Attendee]:
    return {rec["key"]: Attendee.from_dict(rec) for rec in store.all("attendees")}


def find(store: Store, email: str) -> Attendee:
    key = email.strip().lower()
    rec = store.get("attendees", key)
    if rec is None:
        hint = _similar(store, key)
        raise StaffError(
            f"{email} steht nicht in der Teilnehmerliste; nichts wurde geändert."
            + (f" Meinten Sie {hint}?" if hint else " `inbox-agent list` zeigt alle Adressen."))
    return Attendee.from_dict(rec)


def _similar(store: Store, key: str) -> str | None:
    local = key.split("@")[0]
    for rec in store.all("attendees"):
        if local and (rec["key"].split("@")[0] == local or key in rec["key"]):
            return rec["key"]
    return None


# -- tables for the terminal ----------------------------------------------------------


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], max_width: int = 40) -> str:
    """A plain text table (no library): columns as wide as their content, capped."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in cells]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# -- status ---------------------------------------------------------------------------


def status(store: Store, config: Config, rules: EventRules, now: datetime) -> dict[str, Any]:
    """The daemon's last poll, places, deadlines and what went wrong, as data."""
    people = list(attendees(store).values())
    last_poll = store.get("meta", "last_poll")
    last_digest = store.get("meta", "last_digest")
    failures = list(store.all("failures"))
    outbox = list(store.all("outbox"))
    taken = sum(a.places for a in people)
    today = rules.local_date(now)
    states = {s.value: sum(1 for a in people if a.state == s) for s in State}
    last_digest_at = datetime.fromisoformat(last_digest["at"]) if last_digest else None
    tasks = [t for t in store.all("meta") if t.get("kind") == "task"
             and (last_digest_at is None or datetime.fromisoformat(t["at"]) > last_digest_at)]
    return {
        "daemon_running": store.daemon_running(),
        "last_poll": last_poll and {"at": last_poll["at"], "handled": last_poll.get("handled", 0),
                                    "failed": last_poll.get("failed", 0)},
        "last_digest": last_digest and last_digest["at"],
        "places": {"capacity": rules.capacity, "taken": taken,
                   "free": max(rules.capacity - taken, 0),
                   "waiting": sum(a.persons for a in people if a.state == State.WAITLISTED)},
        "states": {k: v for k, v in states.items() if v},
        "deadlines": [
            {"what": what, "date": day.isoformat(), "days_left": (day - today).days}
            for what, day in (("pre_registration", rules.pre_registration_deadline),
                              ("registration", rules.registration_deadline),
                              ("event", rules.starts))],
        "errors": {
            "mails_failing": sum(1 for f in failures if f["attempts"] < config.imap.max_attempts),
            "mails_given_up": sum(1 for f in failures if f["attempts"] >= config.imap.max_attempts),
            "sends_failed": sum(1 for e in outbox if e["status"] == "failed"),
            "sends_waiting": sum(1 for e in outbox if e["status"] == "planned"),
            "circular_queued": sum(1 for e in outbox if e["status"] == QUEUED),
        },
        "open_tasks_since_last_digest": len(tasks),
        "forgotten": (store.get("meta", "forgotten") or {}).get("count", 0),
    }


def status_text(data: dict[str, Any], rules: EventRules) -> str:
    p = data["places"]
    filled = min(round(20 * p["taken"] / p["capacity"]), 20) if p["capacity"] else 20
    lp = data["last_poll"]
    lines = [
        f"Daemon:            {'läuft' if data['daemon_running'] else 'läuft NICHT (starten: inbox-agent run)'}",
        "Letzter Abruf:     " + (f"{_local(datetime.fromisoformat(lp['at']), rules)} – "
                                 f"{lp['handled']} Mail(s) bearbeitet, {lp['failed']} mit Fehler"
                                 if lp else "noch nie"),
        "Letzte Übersicht:  " + (_local(datetime.fromisoformat(data["last_digest"]), rules)
                                 if data["last_digest"] else "noch keine"),
        f"Plätze:            [{'█' * filled}{'░' * (20 - filled)}] {p['taken']} von {p['capacity']} "
        f"belegt, {p['free']} frei, {p['waiting']} auf der Warteliste",
        "Status:            " + (", ".join(f"{STATE_DE[k]} {v}" for k, v in data["states"].items())
                                 or "noch niemand"),
    ]
    names = {"pre_registration": "Voranmeldung", "registration": "verbindliche Anmeldung",
             "event": "Tagung"}
    for d in data["deadlines"]:
        left = d["days_left"]
        when = f"noch {left} Tage" if left >= 0 else "vorbei"
        lines.append(f"Frist {names[d['what']] + ':':24s}{_day(d['date'])} ({when})")
    e = data["errors"]
    problems = []
    if e["mails_given_up"]:
        problems.append(f"{e['mails_given_up']} Mail(s) nicht verarbeitbar (von Hand bearbeiten)")
    if e["mails_failing"]:
        problems.append(f"{e['mails_failing']} Mail(s) mit Fehlern, werden erneut versucht")
    if e["sends_failed"]:
        problems.append(f"{e['sends_failed']} Mail(s) nicht zustellbar")
    if e["sends_waiting"]:
        problems.append(f"{e['sends_waiting']} Mail(s) warten auf den Versand")
    if e["circular_queued"]:
        problems.append(f"{e['circular_queued']} Rundschreiben-Mail(s) noch nicht verschickt "
                        f"(notify erneut aufrufen)")
    lines.append("Fehler:            " + ("; ".join(problems) if problems else "keine"))
    lines.append(f"Offene Aufgaben:   {data['open_tasks_since_last_digest']} seit der letzten Übersicht")
    return "\n".join(lines)


# -- list and show --------------------------------------------------------------------


def list_rows(store: Store, rules: EventRules, states: Sequence[State] = ()) -> list[dict[str, Any]]:
    rows = attendee_rows(attendees(store).values(), rules)
    if states:
        wanted = {s.value for s in states}
        rows = [r for r in rows if r["state_key"] in wanted]
    return rows


def list_text(rows: Sequence[dict[str, Any]], currency: str) -> str:
    if not rows:
        return "Keine Einträge."
    body = [(r["email"], " ".join(p for p in (r["title"], r["name"]) if p), r["organization"],
             r["state"], r["persons"],
             {True: "ja", False: "nein", None: "?"}[r["member"]],
             _money(r["fee"], currency), _money(r["balance"], currency) if r["balance"] else "")
            for r in rows]
    return table(["E-Mail", "Name", "Organisation", "Status", "Pers.", "Mitgl.", "Gebühr", "offen"],
                 body) + f"\n{len(rows)} Einträge, {sum(r['persons'] for r in rows)} Personen"


def json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def show(store: Store, email: str, rules: EventRules, now: datetime) -> dict[str, Any]:
    """One record with its whole history, its mails out and in (as data)."""
    a = find(store, email)
    people = attendees(store)
    mails_out = sorted((e for e in store.all("outbox") if e.get("to", "").lower() == a.email),
                       key=lambda e: e.get("created_at") or "")
    mails_in = sorted((m for m in store.all("messages") if a.email in (m.get("from") or "").lower()),
                      key=lambda m: m.get("received_at") or "")
    nd = next_deadline(a, rules)
    return {
        "record": a.to_dict(),
        "state_label": STATE_DE.get(a.state.value, a.state.value),
        "waitlist_position": waitlist_position(people.values(), a.email),
        "next_deadline": nd and {"what": nd[0], "date": nd[1].isoformat(),
                                 "days_left": (nd[1] - rules.local_date(now)).days},
        "balance": str(a.balance) if a.balance is not None else None,
        "mails_out": [{"at": e.get("sent_at") or e.get("created_at"), "kind": e["kind"],
                       "status": e["status"], "message_id": e["key"], "error": e.get("error")}
                      for e in mails_out],
        "mails_in": [{"at": m.get("received_at"), "subject": m.get("subject"),
                      "intent": m.get("intent")} for m in mails_in],
    }


def show_text(data: dict[str, Any], rules: EventRules) -> str:
    r = data["record"]
    cur = rules.currency

    def when(iso: str | None) -> str:
        return _local(datetime.fromisoformat(iso), rules) if iso else ""

    name = " ".join(p for p in (r["title"], r["name"]) if p) or "(kein Name)"
    lines = [f"{name} <{r['email']}>",
             f"  Status:        {data['state_label']}"
             + (f" (Platz {data['waitlist_position']} der Warteliste)" if data["waitlist_position"] else ""),
             f"  Organisation:  {r['organization'] or '-'}",
             f"  Personen:      {r['persons']}" + (f" ({', '.join(r['people'])})" if r["people"] else ""),
             f"  Mitglied:      {({True: 'ja', False: 'nein', None: 'unbekannt'})[r['member']]}",
             f"  Sprache:       {r['language']}"]
    if r["fee"] is not None:
        paid = sum(Decimal(p["amount"]) for p in r["payments"])
        lines.append(f"  Gebühr:        {_money(Decimal(r['fee']), cur)}, bezahlt {_money(paid, cur)}"
                     + (f", zahlbar bis {_day(r['payment_due'])}" if r["payment_due"] else ""))
    if data["next_deadline"]:
        nd = data["next_deadline"]
        what = "verbindliche Anmeldung" if nd["what"] == "registration" else "Zahlung"
        lines.append(f"  Nächste Frist: {what} bis {_day(nd['date'])} (noch {nd['days_left']} Tage)")
    if r["invoice_address"]:
        lines.append(f"  Rechnung an:   {r['invoice_address']}")
    if r["bounced"]:
        lines.append("  ACHTUNG:       Mails an diese Adresse kommen zurück (unzustellbar)")
    lines.append("\nVerlauf:")
    for t in r["history"]:
        frm = STATE_DE.get(t["from"], t["from"]) if t["from"] else "neu"
        lines.append(f"  {when(t['at'])}  {frm} -> {STATE_DE.get(t['to'], t['to'])}"
                     f"  ({_cause(t['cause'])}{': ' + t['detail'] if t['detail'] else ''})")
    if r["payments"]:
        lines.append("\nZahlungen:")
        for p in r["payments"]:
            lines.append(f"  {when(p['at'])}  {_money(Decimal(p['amount']), cur)}  von {p['by']}"
                         + (f" – {p['note']}" if p["note"] else ""))
    if r["notes"]:
        lines.append("\nNotizen:")
        for n in r["notes"]:
            lines.append(f"  {when(n['at'])}  {n['by']}: {n['text']}")
    if data["mails_in"]:
        lines.append("\nMails von ihr/ihm:")
        for m in data["mails_in"]:
            lines.append(f"  {when(m['at'])}  {m['subject']!r} ({m['intent']})")
    if data["mails_out"]:
        lines.append("\nMails an sie/ihn:")
        status_de = {"sent": "gesendet", "planned": "wartet", "failed": "NICHT zugestellt",
                     QUEUED: "Rundschreiben, noch nicht gesendet"}
        for m in data["mails_out"]:
            lines.append(f"  {when(m['at'])}  {label(KIND_LABELS, m['kind'])} – "
                         f"{status_de.get(m['status'], m['status'])}")
    return "\n".join(lines)


def _cause(cause: str) -> str:
    kind, _, rest = cause.partition(":")
    if kind == "staff":
        return f"von Hand durch {rest}"
    return {"mail": "Mail", "deadline": "Frist", "promotion": "Nachrücken"}.get(kind, cause)


# -- changes ----------------------------------------------------------------------------


def _translated(exc: TransitionError) -> StaffError:
    return StaffError(f"nicht möglich, nichts wurde geändert: {exc}")


def mark_paid(store: Store, email: str, amount: str | None, by: str, now: datetime,
              note: str = "") -> Attendee:
    """Record a payment (the balance if no amount is given). Commit included."""
    with store.exclusive(LOCK_WAIT):
        a = find(store, email)
        if amount is None:
            if a.balance is None or a.balance <= 0:
                raise StaffError(
                    f"für {a.email} ist kein offener Betrag bekannt ({STATE_DE[a.state.value]}); "
                    f"geben Sie ihn mit --amount an")
            value = a.balance
        else:
            try:
                value = Decimal(amount.replace(",", "."))
            except InvalidOperation:
                raise StaffError(f"{amount!r} ist kein Betrag; z. B. --amount 250 oder 250,00") from None
        try:
            changed = _mark_paid(a, value, by, now, note)
        except TransitionError as exc:
            raise _translated(exc) from None
        store.put("attendees", {"key": changed.email, **changed.to_dict()})
        store.commit()
        return changed


def add_note(store: Store, email: str, text: str, by: str, now: datetime) -> Attendee:
    with store.exclusive(LOCK_WAIT):
        a = find(store, email)
        try:
            changed = _add_note(a, text, by, now)
        except TransitionError as exc:
            raise _translated(exc) from None
        store.put("attendees", {"key": changed.email, **changed.to_dict()})
        store.commit()
        return changed


@dataclass
class Change:
    """What a staff change did: the record, places handed on, mails planned."""

    attendee: Attendee
    promoted: list[str] = field(default_factory=list)
    planned: list[PlannedMail] = field(default_factory=list)


def set_state(store: Store, email: str, state: str, reason: str, by: str, now: datetime,
              rules: EventRules, outbox: Any) -> Change:
    """Put a record into ``state`` by hand; places it frees go to the waiting list (the
    promotion mails are recorded in the outbox, to be sent by ``deliver``)."""
    to = parse_states(state)
    if len(to) != 1:
        raise StaffError("genau einen Status angeben, z. B. registered")
    if not reason.strip():
        raise StaffError("bitte mit --reason sagen, warum (steht dann im Verlauf)")
    with store.exclusive(LOCK_WAIT):
        a = find(store, email)
        try:
            changed = _set_state(a, to[0], reason, by, now, rules=rules)
        except TransitionError as exc:
            raise _translated(exc) from None
        store.put("attendees", {"key": changed.email, **changed.to_dict()})
        result = Change(changed)
        if changed.places < a.places:
            everyone = attendees(store)
            everyone[changed.email] = changed
            decision = fill_places(everyone, rules, now,
                                   cause=f"staff:{by}:{now.isoformat(timespec='seconds')}")
            for other in decision.attendees:
                store.put("attendees", {"key": other.email, **other.to_dict()})
                if other.email != changed.email:
                    result.promoted.append(other.email)
            for planned in decision.planned:
                outbox.record(store, planned, cause=f"staff:{by}", now=now)
                result.planned.append(planned)
        store.commit()
        return result


def resend(store: Store, email: str, kind: str, by: str, now: datetime, rules: EventRules,
           outbox: Any) -> PlannedMail:
    """Plan mail ``kind`` to the attendee again, with today's facts (a new Message-ID);
    noted in the record. Sent by ``deliver``."""
    if kind not in MAIL_KINDS:
        raise StaffError(f"unbekannte Mail-Art {kind!r}; möglich sind: {', '.join(MAIL_KINDS)}")
    with store.exclusive(LOCK_WAIT):
        a = find(store, email)
        everyone = attendees(store)
        extra: dict[str, Any] = {}
        nd = next_deadline(a, rules)
        if nd is not None:
            extra["deadline"] = nd
        planned = PlannedMail(
            kind=kind, to=Address(a.email, a.display_name() if a.name else ""),
            language=a.language,
            message_id=make_message_id(kind, f"{a.email}|resend|{kind}|{now.isoformat()}",
                                       rules.message_id_domain),
            context=build_context(kind, a, rules, now, everyone.values(), **extra),
            in_reply_to=a.thread_root, references=(a.thread_root,) if a.thread_root else ())
        outbox.compose(planned, now)  # a template problem shows here, before anything is stored
        outbox.record(store, planned, cause=f"staff:{by}", now=now)
        changed = a.with_note(now, by, f"Mail '{kind}' erneut geschickt")
        store.put("attendees", {"key": changed.email, **changed.to_dict()})
        store.commit()
        return planned


def deliver(store: Store, services: Any) -> DeliveryReport:
    """Send what is planned in the outbox now (inside the store lock), like a poll does."""
    from inbox_agent.services import sender_for

    now = services.clock.now()
    with store.exclusive(LOCK_WAIT):
        with services.open_mailbox() as box, sender_for(services) as sender:
            report = services.outbox.deliver(store, sender, None if services.dry_run else box, now)
        store.commit()
    return report


# -- forget (GDPR Art. 17) ------------------------------------------------------------------

ERASED = "[gelöscht]"


def forget(store: Store, email: str, now: datetime) -> dict[str, int]:
    """Erase everything the store knows about ``email``; keep an anonymous count.

    The attendee record and the office's tasks about them are deleted. Records that
    must stay so that nothing is answered twice (handled mails, sent mails: their keys
    are Message-IDs) keep only their keys and technical fields; every personal value in
    them is replaced. The store's previous copy (``.bak``) is overwritten as well. The
    mails themselves stay in the IMAP mailbox: delete them there by hand.
    """
    key = email.strip().lower()
    counts = {"attendee": 0, "messages": 0, "outbox": 0, "tasks": 0, "failures": 0, "other": 0}
    with store.exclusive(LOCK_WAIT):
        a = find(store, key)
        names = {n.lower() for n in (a.name, a.display_name()) if n and len(n) > 3}
        store.delete("attendees", key)
        counts["attendee"] = 1

        def mentions(record: dict) -> bool:
            text = json.dumps(record, ensure_ascii=False).lower()
            return key in text or any(n in text for n in names)

        for m in store.all("messages"):
            if mentions(m):
                store.put("messages", {**m, "from": ERASED, "subject": ERASED, "excerpt": "",
                                       "notes": [], "needs_human": [], "rules": []})
                counts["messages"] += 1
        for e in store.all("outbox"):
            if mentions(e):
                store.put("outbox", {**e, "to": ERASED, "to_name": "", "context": {},
                                     "subject_hint": "", "error": e.get("error") and ERASED})
                counts["outbox"] += 1
        for f in store.all("failures"):
            if mentions(f):
                store.put("failures", {**f, "from": ERASED, "subject": ERASED})
                counts["failures"] += 1
        for t in store.all("meta"):
            if t.get("kind") == "task" and mentions(t):
                store.delete("meta", t["key"])
                counts["tasks"] += 1
        from inbox_agent.store.db import TABLES

        for table_name in TABLES:
            if table_name in ("attendees", "messages", "outbox", "failures", "meta", "folders"):
                continue
            for rec in store.all(table_name):  # e.g. invitees: the person's own entries
                if table_name == "optouts":
                    # An opt-out is honoured after the erasure too: its key is a hash of
                    # the address (optouts.py); only the readable address goes.
                    if mentions(rec):
                        store.put("optouts", {**rec, "email": "", "cause": ""})
                        counts["other"] += 1
                    continue
                if rec.get("key", "").lower() == key or mentions(rec):
                    store.delete(table_name, rec["key"])
                    counts["other"] += 1
        previous = store.get("meta", "forgotten") or {"key": "forgotten", "count": 0}
        store.put("meta", {**previous, "count": previous["count"] + 1, "at": now.isoformat()})
        store.commit()
        # The files may still name the person: a journal of commits, and the previous
        # copy (``.bak``) every full write keeps. Two full writes leave only erased
        # copies behind.
        compact = getattr(store, "compact", None)
        for n in range(2):
            store.put("meta", {**store.get("meta", "forgotten"), "rewritten": n})
            store.commit()
            if compact is not None:
                compact()
    return counts


# -- circulars (notify) ---------------------------------------------------------------------


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


def plan_circular(store: Store, rules: EventRules, outbox: Any, states: Sequence[State],
                  template: str, circular_id: str, now: datetime) -> Circular:
    """Everyone in ``states`` (bounced addresses left out), each with their Message-ID
    seeded by circular and address; those who already got it are listed apart."""
    if template in MAIL_KINDS or template == "digest":
        raise StaffError(f"{template!r} ist eine Mail des Ablaufs, kein Rundschreiben; eigene "
                         f"Vorlagen liegen als templates/de/<name>.txt.j2 bereit")
    if not (outbox.templates.folder / "de" / f"{template}.txt.j2").is_file():
        have = sorted(k for lang, k in outbox.templates.kinds()
                      if lang == "de" and k not in MAIL_KINDS and k != "digest")
        raise StaffError(f"keine Vorlage templates/de/{template}.txt.j2; vorhanden: "
                         + (", ".join(have) or "keine"))
    everyone = attendees(store)
    wanted = set(states)
    planned, sent, bounced = [], [], []
    for a in sorted(everyone.values(), key=lambda r: r.email):
        if a.state not in wanted:
            continue
        if a.bounced or is_opted_out(store, a.email):
            bounced.append(a.email)
            continue
        mid = make_message_id("circular", f"{circular_id}|{a.email}", rules.message_id_domain)
        entry = store.get("outbox", mid)
        if entry is not None and entry["status"] == "sent":
            sent.append(a.email)
            continue
        planned.append(PlannedMail(
            kind=template, to=Address(a.email, a.display_name() if a.name else ""),
            language=a.language, message_id=mid,
            context=build_context(template, a, rules, now, everyone.values(),
                                  circular=circular_id)))
    subject = text = ""
    if planned:
        message = outbox.compose(planned[0], now)
        import email as _email
        import email.policy as _policy

        parsed = _email.message_from_bytes(message.data, policy=_policy.default)
        subject = str(parsed["Subject"])
        body = parsed.get_body(("plain",))
        text = body.get_content() if body is not None else ""
    return Circular(circular_id, template, planned, sent, bounced, subject, text)


def send_circular(store: Store, services: Any, circular: Circular, per_minute: float,
                  on_progress: Callable[[str, str], None] | None = None,
                  sleep: Callable[[float], None] = time.sleep) -> dict[str, int]:
    """Queue the circular (durably), then release and send one mail at a time at
    ``per_minute``. Each mail is recorded before it is sent, and one that an earlier,
    interrupted run may have sent is looked up in the Sent folder first: nobody gets
    a circular twice. Interrupted, the rest stays queued (the daemon does not send
    it); running the same command again continues."""
    from inbox_agent.errors import SendError
    from inbox_agent.outbox.outbox import PLANNED
    from inbox_agent.services import sender_for

    now = services.clock.now()
    with store.exclusive(LOCK_WAIT):
        for planned in circular.planned:
            if store.get("outbox", planned.message_id) is None:
                services.outbox.record(store, planned, cause=f"circular:{circular.circular_id}", now=now)
                store.put("outbox", {**store.get("outbox", planned.message_id), "status": QUEUED})
        store.commit()
    counts = {"sent": 0, "reconciled": 0, "failed": 0, "deferred": 0}
    gap = 60.0 / per_minute
    with services.open_mailbox() as box, sender_for(services) as sender:
        for n, planned in enumerate(circular.planned):
            if n:
                sleep(gap)
            mid = planned.message_id
            with store.exclusive(LOCK_WAIT):
                entry = store.get("outbox", mid)
                if entry is None or entry["status"] not in (QUEUED, PLANNED):
                    continue  # sent meanwhile (an earlier run, or the daemon's repair)
                reconcile = [mid] if entry["status"] == PLANNED else []
                if entry["status"] == QUEUED:
                    store.put("outbox", {**entry, "status": PLANNED})
                    store.commit()  # released: from here on it is an ordinary planned mail
                report = services.outbox.deliver(store, sender, box, services.clock.now(),
                                                 reconcile=reconcile)
                store.commit()
            counts["sent"] += sum(1 for m in report.sent if m.message_id == mid)
            counts["reconciled"] += sum(1 for m in report.reconciled if m == mid)
            counts["failed"] += sum(1 for m, _ in report.failed if m == mid)
            if any(m == mid for m, _ in report.deferred):
                counts["deferred"] += 1
                why = next(w for m, w in report.deferred if m == mid)
                raise SendError(
                    f"der Mailserver nimmt gerade nichts an ({why}); {counts['sent']} verschickt. "
                    f"Die Mail an {planned.to.email} wird automatisch nachgeholt; den Rest "
                    f"verschickt derselbe Befehl später, ohne jemanden doppelt anzuschreiben.")
            if on_progress:
                on_progress(planned.to.email, "gesendet" if mid in {m.message_id for m in report.sent}
                            else "war schon gesendet" if mid in report.reconciled else "FEHLER")
    return counts


__all__ = ["StaffError", "LOCK_WAIT", "who", "parse_states", "open_store", "find", "table",
           "status", "status_text", "list_rows", "list_text", "show", "show_text", "mark_paid",
           "add_note", "set_state", "resend", "deliver", "forget", "plan_circular",
           "send_circular", "Circular", "Change", "json_safe", "TASK_LABELS"]
