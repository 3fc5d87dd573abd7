"""What the reading commands show (``status``, ``list``, ``show``): the data (stable
English keys and ids, for ``--json``) and the text for the terminal, in the staff
language. Nothing here changes the store.

Events: ``status`` and ``list`` show the event ``rules`` names (``rules.id``; the
command's ``--event``, else the configuration's first); ``show`` shows the person's
record in that event (or in the one other event they are on) and, under "Other
events", their record in every other event (``events`` in the data).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from inbox_agent.config import Config
from inbox_agent.i18n import N_, _, ngettext, render
from inbox_agent.invoices import issue as invoicing
from inbox_agent.office import eventpick
from inbox_agent.office.common import QUEUED, day, local, money, table
from inbox_agent.office.export import attendee_rows
from inbox_agent.office.labels import DEADLINE_LABELS, KIND_LABELS, STATE_LABELS, label
from inbox_agent.registrations import Attendee, EventRules, State, waitlist_position
from inbox_agent.registrations.context import next_deadline
from inbox_agent.store.db import Store
from inbox_agent.store.events import event_of, home_event, records_of
from inbox_agent.store.tasks import task_records

BAR_WIDTH = 20
STATUS_LABEL_WIDTH = 19  # "Letzter Abruf:     " and the values in one column
SHOW_LABEL_WIDTH = 15
DEADLINE_LABEL_WIDTH = 30  # "Frist verbindliche Anmeldung: " and the dates in one column

# What became of a mail to the attendee (``show``).
OUT_STATUS_LABELS: dict[str, str] = {
    "sent": N_("sent"),
    "planned": N_("waiting"),
    "failed": N_("NOT delivered"),
    QUEUED: N_("circular, not sent yet"),
}

# What changed a state (a transition's cause before the ':').
CAUSE_LABELS: dict[str, str] = {
    "mail": N_("mail"),
    "deadline": N_("deadline"),
    "promotion": N_("moving up"),
}


def attendees(store: Store, event_id: str = "") -> dict[str, Attendee]:
    """The attendee list of the event ``event_id`` ("": the home event), by address."""
    return {r.get("email") or r["key"]: Attendee.from_dict(r)
            for r in records_of(store, "attendees", event_id)}


def _days_left(n: int) -> str:
    return ngettext("{n} day left", "{n} days left", n).format(n=n)


# -- status ---------------------------------------------------------------------------


def status(store: Store, config: Config, rules: EventRules, now: datetime,
           more: Sequence[EventRules] = ()) -> dict[str, Any]:
    """The daemon's last poll, places, deadlines and what went wrong, as data. Places,
    states and deadlines are of ``rules``' event at the top level; ``events`` has them
    for it and each event of ``more`` (``status`` without ``--event``: every open one)."""
    last_poll = store.get("meta", "last_poll")
    last_digest = store.get("meta", "last_digest")
    failures = list(store.all("failures"))
    outbox = list(store.all("outbox"))
    last_digest_at = datetime.fromisoformat(last_digest["at"]) if last_digest else None
    tasks = [t for t in task_records(store) if t.get("status", "open") == "open"]
    new = [t for t in tasks
           if last_digest_at is None or datetime.fromisoformat(t["at"]) > last_digest_at]
    events = [event_status(store, r, now) for r in (rules, *more)]
    first = {k: v for k, v in events[0].items() if k in ("places", "states", "deadlines")}
    return {
        "daemon_running": store.daemon_running(),
        "last_poll": last_poll and {"at": last_poll["at"], "handled": last_poll.get("handled", 0),
                                    "failed": last_poll.get("failed", 0)},
        "last_digest": last_digest and last_digest["at"],
        **first,
        "errors": {
            "mails_failing": sum(1 for f in failures if f["attempts"] < config.imap.max_attempts),
            "mails_given_up": sum(1 for f in failures if f["attempts"] >= config.imap.max_attempts),
            "sends_failed": sum(1 for e in outbox if e["status"] == "failed"),
            "sends_waiting": sum(1 for e in outbox if e["status"] == "planned"),
            "circular_queued": sum(1 for e in outbox if e["status"] == QUEUED),
        },
        "open_tasks": len(tasks),  # open now, however old (closed ones do not count)
        "open_tasks_since_last_digest": len(new),
        "forgotten": (store.get("meta", "forgotten") or {}).get("count", 0),
        "event": rules.id,
        "events": events,
    }


def event_status(store: Store, rules: EventRules, now: datetime) -> dict[str, Any]:
    """One event's part of ``status``: its places, states and deadlines."""
    people = list(attendees(store, rules.id).values())
    taken = sum(a.places for a in people)
    today = rules.local_date(now)
    states = {s.value: sum(1 for a in people if a.state == s) for s in State}
    return {
        "id": rules.id, "name": rules.name,
        "places": {"capacity": rules.capacity, "taken": taken,
                   "free": max(rules.capacity - taken, 0),
                   "waiting": sum(a.persons for a in people if a.state == State.WAITLISTED)},
        "states": {k: v for k, v in states.items() if v},
        "deadlines": [
            {"what": what, "date": due.isoformat(), "days_left": (due - today).days}
            for what, due in (("pre_registration", rules.pre_registration_deadline),
                              ("registration", rules.registration_deadline),
                              ("event", rules.starts))],
    }


def _status_row(name: str, value: str) -> str:
    return f"{name:<{STATUS_LABEL_WIDTH}}{value}"


def status_text(data: dict[str, Any], rules: EventRules) -> str:
    """``status`` for the terminal: one line per part, in the staff language; with
    several events their places, states and deadlines under each one's name."""
    lp = data["last_poll"]
    lines = [
        _status_row(_("Daemon:"), _("running") if data["daemon_running"]
                    else _("NOT running (start it: inbox-agent run)")),
        _status_row(_("Last poll:"), _("{at} – {handled} mail(s) handled, {failed} with errors").format(
            at=local(datetime.fromisoformat(lp["at"]), rules), handled=lp["handled"],
            failed=lp["failed"]) if lp else _("never")),
        _status_row(_("Last digest:"), local(datetime.fromisoformat(data["last_digest"]), rules)
                    if data["last_digest"] else _("none yet")),
    ]
    events = data.get("events") or [data]
    for event in events:
        if len(events) > 1:
            lines.append(f"\n{event['name']} ({event['id']}):")
        lines += _event_lines(event)
    if len(events) > 1:
        lines.append("")
    lines.append(_status_row(_("Errors:"), "; ".join(_problems(data["errors"])) or _("none")))
    lines.append(_status_row(_("Open tasks:"), _("{n} ({new} new since the last digest)").format(
        n=data.get("open_tasks", 0), new=data["open_tasks_since_last_digest"])))
    return "\n".join(lines)


def _event_lines(e: dict[str, Any]) -> list[str]:
    """An event's places (with a bar), states and deadlines, a line each."""
    p = e["places"]
    filled = min(round(BAR_WIDTH * p["taken"] / p["capacity"]), BAR_WIDTH) if p["capacity"] else BAR_WIDTH
    bar = "█" * filled + "░" * (BAR_WIDTH - filled)
    lines = [
        _status_row(_("Places:"), f"[{bar}] " + _(
            "{taken} of {capacity} taken, {free} free, {waiting} on the waiting list").format(
            taken=p["taken"], capacity=p["capacity"], free=p["free"], waiting=p["waiting"])),
        _status_row(_("States:"), ", ".join(f"{label(STATE_LABELS, k)} {v}"
                                            for k, v in e["states"].items())
                    or _("nobody yet")),
    ]
    for d in e["deadlines"]:
        left = d["days_left"]
        name = _("Deadline {what}:").format(what=label(DEADLINE_LABELS, d["what"]))
        when = _days_left(left) if left >= 0 else _("over")
        lines.append(f"{name:<{DEADLINE_LABEL_WIDTH - 1}} {day(d['date'])} ({when})")
    return lines


def _problems(e: dict[str, int]) -> list[str]:
    texts = (
        ("mails_given_up", _("{n} mail(s) could not be processed (handle them by hand)")),
        ("mails_failing", _("{n} mail(s) with errors, will be tried again")),
        ("sends_failed", _("{n} mail(s) undeliverable")),
        ("sends_waiting", _("{n} mail(s) waiting to be sent")),
        ("circular_queued", _("{n} circular mail(s) not sent yet (run notify again)")),
    )
    return [text.format(n=e[key]) for key, text in texts if e[key]]


# -- list -----------------------------------------------------------------------------


def list_rows(store: Store, rules: EventRules, states: Sequence[State] = ()) -> list[dict[str, Any]]:
    """The attendee list's rows (``export.attendee_rows``) of ``rules``' event, only
    ``states`` if given."""
    rows = attendee_rows(attendees(store, rules.id).values(), rules,
                         invoicing.by_email(store, rules.id or home_event(store)))
    if states:
        wanted = {s.value for s in states}
        rows = [r for r in rows if r["state_key"] in wanted]
    return rows


def _yes_no(value: bool | None, unknown: str = "?") -> str:
    return {True: _("yes"), False: _("no"), None: unknown}[value]


def list_text(rows: Sequence[dict[str, Any]], currency: str) -> str:
    """The rows as a terminal table, with a count at the end."""
    if not rows:
        return _("No entries.")
    body = [(r["email"], " ".join(p for p in (r["title"], r["name"]) if p), r["organization"],
             r["state"], r["persons"], _yes_no(r["member"]),
             money(r["fee"], currency), money(r["balance"], currency) if r["balance"] else "")
            for r in rows]
    headers = [_("E-mail"), _("Name"), _("Organisation"), _("State"), _("Pers."),
               _("Memb."), _("Fee"), _("due")]
    n = len(rows)
    return table(headers, body) + "\n" + ngettext(
        "{n} entry, {persons} persons", "{n} entries, {persons} persons", n).format(
        n=n, persons=sum(r["persons"] for r in rows))


# -- show -----------------------------------------------------------------------------


def show(store: Store, email: str, rules: EventRules, now: datetime,
         names: dict[str, str] | None = None) -> dict[str, Any]:
    """One record with its whole history, its mails out and in (as data); ``events``:
    the person's record in every event (``names``: event id -> name, for the text)."""
    a, event = eventpick.pick(store, email, rules.id)
    people = attendees(store, event)
    mails_out = sorted((e for e in store.all("outbox") if e.get("to", "").lower() == a.email),
                       key=lambda e: e.get("created_at") or "")
    mails_in = sorted((m for m in store.all("messages") if a.email in (m.get("from") or "").lower()),
                      key=lambda m: m.get("received_at") or "")
    nd = next_deadline(a, rules) if event == (rules.id or home_event(store)) else None
    return {
        "event": event,
        "events": _every_event(store, a.email, event, names or {}),
        "record": a.to_dict(),
        "state_key": a.state.value,
        "state_label": label(STATE_LABELS, a.state.value),
        "waitlist_position": waitlist_position(people.values(), a.email),
        "next_deadline": nd and {"what": nd[0], "date": nd[1].isoformat(),
                                 "days_left": (nd[1] - rules.local_date(now)).days},
        "balance": str(a.balance) if a.balance is not None else None,
        "mails_out": [{"at": e.get("sent_at") or e.get("created_at"), "kind": e["kind"],
                       "status": e["status"], "message_id": e["key"], "error": e.get("error")}
                      for e in mails_out],
        "mails_in": [{"at": m.get("received_at"), "subject": m.get("subject"),
                      "intent": m.get("intent")} for m in mails_in],
        "invoices": [{"number": r["number"], "kind": r["kind"], "issued": r["issued"],
                      "total": r["total"], "status": r["status"], "cancels": r.get("cancels", "")}
                     for r in store.find("invoices", email=a.email) if r.get("event") == event],
    }


def _every_event(store: Store, email: str, shown: str,
                 names: dict[str, str]) -> list[dict[str, Any]]:
    """The person's record in each event, the one shown first."""
    home = home_event(store)
    out = []
    for event_id, record in eventpick.records_by_event(store, email).items():
        a = Attendee.from_dict(record)
        out.append({"event": event_of(record, home), "name": names.get(event_id, event_id),
                    "shown": event_id == shown, "state_key": a.state.value,
                    "state_label": label(STATE_LABELS, a.state.value),
                    "since": a.since.isoformat() if a.since else None,
                    "persons": a.persons, "record": a.to_dict()})
    return sorted(out, key=lambda e: not e["shown"])


def _show_row(name: str, value: str) -> str:
    return f"  {name:<{SHOW_LABEL_WIDTH}}{value}"


def _show_head(data: dict[str, Any], currency: str) -> list[str]:
    """The record's name, state and facts."""
    r = data["record"]
    name = " ".join(p for p in (r["title"], r["name"]) if p) or _("(no name)")
    place = data["waitlist_position"]
    lines = [f"{name} <{r['email']}>",
             _show_row(_("State:"), data["state_label"] + (
                 _(" (place {n} on the waiting list)").format(n=place) if place else "")),
             _show_row(_("Organisation:"), r["organization"] or "-"),
             _show_row(_("Persons:"), str(r["persons"])
                       + (f" ({', '.join(r['people'])})" if r["people"] else "")),
             _show_row(_("Member:"), _yes_no(r["member"], _("unknown"))),
             _show_row(_("Language:"), r["language"])]
    if r["fee"] is not None:
        paid = sum(Decimal(p["amount"]) for p in r["payments"])
        lines.append(_show_row(_("Fee:"), _("{fee}, paid {paid}").format(
            fee=money(Decimal(r["fee"]), currency), paid=money(paid, currency))
            + (_(", payable by {day}").format(day=day(r["payment_due"])) if r["payment_due"] else "")))
    if data["next_deadline"]:
        nd = data["next_deadline"]
        what = label(DEADLINE_LABELS, "registration" if nd["what"] == "registration" else "payment")
        lines.append(_show_row(_("Next deadline:"), _("{what} by {day} ({left})").format(
            what=what, day=day(nd["date"]), left=_days_left(nd["days_left"]))))
    if r["invoice_address"]:
        lines.append(_show_row(_("Invoice to:"), r["invoice_address"]))
    if r["bounced"]:
        lines.append(_show_row(_("WARNING:"), _("mails to this address come back (undeliverable)")))
    return lines


def show_text(data: dict[str, Any], rules: EventRules) -> str:
    """``show`` for the terminal: the facts, the history, payments, notes and mails."""
    r = data["record"]
    cur = rules.currency

    def when(iso: str | None) -> str:
        return local(datetime.fromisoformat(iso), rules) if iso else ""

    lines = _show_head(data, cur)
    lines.append("\n" + _("History:"))
    for t in r["history"]:
        frm = label(STATE_LABELS, t["from"]) if t["from"] else _("new")
        detail = render(t["detail"])
        lines.append(f"  {when(t['at'])}  {frm} -> {label(STATE_LABELS, t['to'])}"
                     f"  ({_cause(t['cause'])}{': ' + detail if detail else ''})")
    if r["payments"]:
        lines.append("\n" + _("Payments:"))
        for p in r["payments"]:
            note = render(p["note"])
            lines.append(f"  {when(p['at'])}  {money(Decimal(p['amount']), cur)}  "
                         + _("from {who}").format(who=p["by"]) + (f" – {note}" if note else ""))
    if data.get("invoices"):
        lines.append("\n" + _("Invoices:"))
        lines += [f"  {i['number']}  {i['issued']}  {money(Decimal(i['total']), cur)}  "
                  f"{_('credit note') if i['kind'] == 'credit_note' else _('invoice')}"
                  f"{' – ' + _('cancelled') if i['status'] == 'cancelled' else ''}"
                  for i in data["invoices"]]
    if r["notes"]:
        lines.append("\n" + _("Notes:"))
        lines += [f"  {when(n['at'])}  {n['by']}: {render(n['text'])}" for n in r["notes"]]
    if data["mails_in"]:
        lines.append("\n" + _("Mails from them:"))
        lines += [f"  {when(m['at'])}  {m['subject']!r} ({m['intent']})" for m in data["mails_in"]]
    if data["mails_out"]:
        lines.append("\n" + _("Mails to them:"))
        lines += [f"  {when(m['at'])}  {label(KIND_LABELS, m['kind'])} – "
                  f"{label(OUT_STATUS_LABELS, m['status'])}" for m in data["mails_out"]]
    return "\n".join(lines + _other_events(data, when))


def _other_events(data: dict[str, Any], when: Any) -> list[str]:
    """The person's records in other events (said only when there are any)."""
    events = data.get("events") or []
    if len(events) < 2:
        return []
    lines = ["\n" + _("Events:")]
    for e in events:
        mark = "*" if e["shown"] else " "
        lines.append(f" {mark}{e['name']} ({e['event']}): {e['state_label']}"
                     + (_(", since {at}").format(at=when(e["since"])) if e["since"] else ""))
    return lines


def _cause(cause: str) -> str:
    kind, _sep, rest = cause.partition(":")
    if kind == "staff":
        return _("by hand, by {who}").format(who=rest)
    return label(CAUSE_LABELS, kind) if kind in CAUSE_LABELS else cause


__all__ = ["status", "event_status", "status_text", "list_rows", "list_text", "show", "show_text"]
