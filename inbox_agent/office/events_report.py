"""``inbox-agent events``: every event the office runs or ran, where it stands (open,
closed, past, erased), its dates and counts, and when its personal data is erased
(``retention``) — for a past event also what the erasure will take (the dry run of an
irreversible step). The data is ``retention.overview``; this puts it into words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from inbox_agent.i18n import N_, _, ngettext
from inbox_agent.office.common import day
from inbox_agent.office.labels import STATE_LABELS, label
from inbox_agent.office.retention import EventView

STAGE_LABELS: dict[str, str] = {
    "open": N_("open for registration"),
    "closed": N_("registration closed"),
    "past": N_("over"),
    "erased": N_("over, personal data erased"),
}

# The counts kept after an erasure, as the office reads them.
KEPT_LABELS: dict[str, str] = {
    "registered": N_("registered (binding)"),
    "paid": N_("paid"),
    "cancelled": N_("cancelled"),
    "members": N_("members"),
    "non_members": N_("non-members"),
}


def events_json(views: Iterable[EventView]) -> dict[str, Any]:
    """``events --json``: stable English keys and stage ids."""
    return {"events": [v.as_dict() for v in views]}


def events_text(views: Iterable[EventView]) -> str:
    """``events`` for the terminal, a block per event, in the staff language."""
    blocks = [_block(v) for v in views]
    return "\n\n".join(blocks) if blocks else _("No events.")


def _block(v: EventView) -> str:
    r = v.rules
    head = f"{r.id}  {r.name} – {label(STAGE_LABELS, v.stage)}"
    if not v.configured:
        head += " " + _("(no longer in config.toml)")
    lines = [head, "  " + _("{starts} to {ends}, {venue}; binding registration by {deadline}").format(
        starts=day(r.starts), ends=day(r.ends), venue=r.venue, deadline=day(r.registration_deadline))]
    if v.stage == "erased":
        lines.append("  " + _("Personal data erased on {day}; kept: {counts}").format(
            day=day((v.erased_at or "")[:10]), counts=_kept(v.counts)))
        return "\n".join(lines)
    lines.append("  " + _people(v.counts))
    lines.append("  " + _erasure(v))
    return "\n".join(lines)


def _people(counts: dict[str, Any]) -> str:
    """"12 entries, 15 persons: option 3, registered (binding) 9"."""
    n = counts.get("records", 0)
    text = ngettext("{n} entry, {persons} persons", "{n} entries, {persons} persons", n).format(
        n=n, persons=counts.get("persons", 0))
    states = ", ".join(f"{label(STATE_LABELS, s)} {k}" for s, k in counts.get("states", {}).items())
    return f"{text}: {states}" if states else text


def _erasure(v: EventView) -> str:
    """When the data goes, and for a past event what it is (the dry run)."""
    months = v.rules.retention_months
    if v.stage != "past":
        return _("Personal data will be erased on {day} ({months} months after the end).").format(
            day=day(v.erase_on), months=months)
    w = v.would_erase
    what = _("{attendees} entries, {messages} mails received, {outbox} mails sent, "
             "{tasks} tasks").format(**{k: w.get(k, 0) for k in
                                       ("attendees", "messages", "outbox", "tasks")})
    if v.days_to_erasure <= 0:
        return _("Personal data is erased at the daemon's next run: {what}.").format(what=what)
    return ngettext(
        "Personal data will be erased on {day} (in {n} day): {what}.",
        "Personal data will be erased on {day} (in {n} days): {what}.",
        v.days_to_erasure).format(day=day(v.erase_on), n=v.days_to_erasure, what=what)


def _kept(counts: dict[str, Any]) -> str:
    """The anonymous counts kept after an erasure."""
    parts = [_people({"records": counts.get("records", 0), "persons": counts.get("persons", 0)})]
    parts += [f"{label(KEPT_LABELS, k)} {counts[k]}" for k in KEPT_LABELS if k in counts]
    return ", ".join(parts)


__all__ = ["STAGE_LABELS", "KEPT_LABELS", "events_json", "events_text"]
