"""What a staff command by mail does (``commands.Command``), and how it is undone.

Each command calls the same office function as the shell command (``actions.mark_paid``,
``set_state``, ``campaign.link``, ``store.tasks.close_task``). Around it the records it
may change are read before and after (the attendees, the tasks, the invitee), and what
changed is kept as an *action* (table ``actions``, numbered 1, 2, 3 … without gaps):
who, when, the command, and the before- and after-image of every changed record.
``rückgängig N`` puts the before-images back, unless a record changed again since (then
it says so and changes nothing). Who may give a command is ``app.staffmail``'s
question; this module only does it, inside the caller's ``store.exclusive()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from inbox_agent.errors import InboxAgentError
from inbox_agent.i18n import N_, _, render
from inbox_agent.invitations import campaign
from inbox_agent.model import Reason
from inbox_agent.office import actions as office_actions
from inbox_agent.office import eventpick
from inbox_agent.office.commands import Command, Vocabulary
from inbox_agent.office.common import StaffError
from inbox_agent.office.labels import STATE_LABELS, TASK_LABELS, label
from inbox_agent.registrations.late import phase
from inbox_agent.services import Services
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import close_task, find_task, open_tasks

TABLE = "actions"
COUNTER = "actions:next"
_WATCHED = ("attendees", "tasks")
# The tasks a decision settles, by command.
_SETTLES = {"admit": ("late_pre_registration", "late_registration", "no_place_for_form", "pending"),
            "waitlist": ("late_pre_registration", "late_registration", "pending"),
            "confirm_cancellation": ("cancellation_terms", "refund", "partial_cancellation"),
            "confirm_match": ("invitee_match",)}
_PAYMENT_TASKS = ("payment_partial", "payment_unclear", "payment_unmatched")


@dataclass(frozen=True)
class Outcome:
    """What came of one command: done or not, in words (staff language), the action's
    number (to undo it) and whom it was about."""

    command: Command
    done: bool
    text: str
    no: int | None = None
    email: str = ""


def execute(services: Services, cmd: Command, *, by: str, now: datetime,
            vocabulary: Vocabulary) -> Outcome:
    """Do ``cmd`` for the staff member ``by``; commits. Never raises for a command
    that cannot be done (the ``Outcome`` says why)."""
    store = services.store
    if cmd.problem is not None:
        return Outcome(cmd, False, render(cmd.problem))
    if cmd.action == "help":
        return Outcome(cmd, True, help_text(vocabulary, services.config.office.language))
    if cmd.action == "undo":
        return _undo(store, cmd, by, now)
    watched = (*_WATCHED, "invitees") if cmd.action == "confirm_match" else _WATCHED
    before = _images(store, watched)
    try:
        text, email = _DO[cmd.action](services, cmd, by, now)
    except (StaffError, InboxAgentError) as exc:  # raised before anything was staged
        return Outcome(cmd, False, render(getattr(exc, "reason", None) or str(exc)))
    changes = _changed(before, _images(store, watched))
    no = _record(store, cmd, by, now, email, changes)
    store.commit()
    return Outcome(cmd, True, text, no, email)


# -- the commands ------------------------------------------------------------------------


def _paid(services: Services, cmd: Command, by: str, now: datetime) -> tuple[str, str]:
    email, amount = cmd.args[0], (cmd.args[1] if len(cmd.args) > 1 else None)
    changed = office_actions.mark_paid(services.store, email, amount, by, now,
                                       note=_("by mail"))
    _settle_payment(services.store, changed.email, by, now)
    return _("{email}: payment recorded; now {state}").format(
        email=changed.email, state=label(STATE_LABELS, changed.state.value)), changed.email


def _done(services: Services, cmd: Command, by: str, now: datetime) -> tuple[str, str]:
    task = find_task(services.store, cmd.args[0])
    if task is None or task.get("status", "open") != "open":
        raise StaffError(Reason.of(N_("there is no open task {no}"), no=cmd.args[0]))
    close_task(services.store, cmd.args[0], by=by, now=now, via="mail",
               how=Reason.of(N_("marked done by mail")).to_dict())
    services.store.commit()
    return _("task {no} ({kind}) closed").format(
        no=task.get("no"), kind=label(TASK_LABELS, task.get("task", ""))), task.get("email", "")


def _state(state_of: Callable[[Services, str, str, datetime], str]):
    def do(services: Services, cmd: Command, by: str, now: datetime) -> tuple[str, str]:
        email = cmd.args[0]
        a, event = eventpick.pick(services.store, email, services.event.id)
        rules = services.rules_for(event)
        state = state_of(services, a.email, rules.id, now)
        change = office_actions.set_state(services.store, a.email, state, _("by mail"), by,
                                          now, rules, services.outbox)
        _settle(services.store, cmd.action, a.email, by, now)
        return _("{email}: now {state}").format(
            email=a.email, state=label(STATE_LABELS, change.attendee.state.value)), a.email
    return do


def _admitted(services: Services, email: str, event: str, now: datetime) -> str:
    """Admitted as an option in the pre-registration phase (or when the task says it was
    a late pre-registration), else as a binding registration."""
    kinds = {t.get("task") for t in open_tasks(services.store) if t.get("email") == email}
    if "late_pre_registration" in kinds:
        return "option"
    if "late_registration" in kinds:
        return "registered"
    return "option" if phase(services.rules_for(event), now) == "early" else "registered"


def _match(services: Services, cmd: Command, by: str, now: datetime) -> tuple[str, str]:
    invitee, attendee = cmd.args
    campaign.link(services.store, invitee, attendee, now)
    _settle(services.store, cmd.action, invitee, by, now)
    services.store.commit()
    return _("{invitee} is {attendee}: match confirmed").format(
        invitee=invitee, attendee=attendee), attendee


def _settle(store: Store, action: str, email: str, by: str, now: datetime) -> None:
    """Close the open tasks about ``email`` that the decision ``action`` settles."""
    for t in open_tasks(store):
        if t.get("email", "").lower() == email.lower() and t.get("task") in _SETTLES[action]:
            close_task(store, t["key"], by=by, now=now, via="mail",
                       how=Reason.of(N_("decided by mail: {command}"), command=action).to_dict())


def _settle_payment(store: Store, email: str, by: str, now: datetime) -> None:
    """Close the open payment tasks a payment recorded for ``email`` answers: those
    about ``email`` or offering it as a candidate (``money``'s ``pay``)."""
    email = email.lower()
    for t in open_tasks(store):
        if t.get("task") in _PAYMENT_TASKS and (t.get("email", "").lower() == email or any(
                p.get("email", "").lower() == email for p in t.get("pay") or ())):
            close_task(store, t["key"], by=by, now=now, via="mail",
                       how=Reason.of(N_("decided by mail: {command}"), command="paid").to_dict())


_DO: dict[str, Callable[[Services, Command, str, datetime], tuple[str, str]]] = {
    "paid": _paid, "done": _done, "confirm_match": _match,
    "waitlist": _state(lambda *_: "waitlisted"), "admit": _state(_admitted),
    "confirm_cancellation": _state(lambda *_: "cancelled"),
}


# -- before, after, undo -----------------------------------------------------------------


def _images(store: Store, tables: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    return {t: {r["key"]: r for r in store.all(t)} for t in tables}


def _changed(before: dict, after: dict) -> dict[str, dict[str, list]]:
    """table -> key -> [before, after] (None: no record) of every record that changed."""
    out: dict[str, dict[str, list]] = {}
    for table, old in before.items():
        new = after[table]
        for key in old.keys() | new.keys():
            if old.get(key) != new.get(key):
                out.setdefault(table, {})[key] = [old.get(key), new.get(key)]
    return out


def _record(store: Store, cmd: Command, by: str, now: datetime, email: str,
            changes: dict) -> int:
    counter = store.get("meta", COUNTER) or {"key": COUNTER, "next": 1}
    no = int(counter["next"])
    store.put("meta", {**counter, "next": no + 1})
    store.put(TABLE, {"key": str(no), "no": no, "action": cmd.action, "args": list(cmd.args),
                      "line": cmd.line, "by": by, "at": now.isoformat(), "email": email,
                      "changes": changes, "undone_by": "", "undone_at": ""})
    return no


def _undo(store: Store, cmd: Command, by: str, now: datetime) -> Outcome:
    record = store.get(TABLE, cmd.args[0].lstrip("#"))
    if record is None:
        return Outcome(cmd, False, _("there is no action {no}").format(no=cmd.args[0]))
    if record.get("undone_at"):
        return Outcome(cmd, False, _("action {no} was undone already ({by})").format(
            no=record["no"], by=record["undone_by"]))
    changes = record.get("changes") or {}
    moved = [key for table, keys in changes.items() for key, (_old, new) in keys.items()
             if store.get(table, key) != new]
    if moved:
        return Outcome(cmd, False, _("action {no} cannot be undone: {keys} changed since; "
                                     "please correct it by hand").format(
            no=record["no"], keys=", ".join(sorted(moved))))
    for table, keys in changes.items():
        for key, (old, _new) in keys.items():
            if old is None:
                store.delete(table, key)
            else:
                store.put(table, old)
    store.put(TABLE, {**record, "undone_by": by, "undone_at": now.isoformat()})
    store.commit()
    return Outcome(cmd, True, _("action {no} undone ({line})").format(
        no=record["no"], line=record.get("line", "")), None, record.get("email", ""))


def erase_actions(store: Store, mentions: Callable[[dict], bool]) -> int:
    """Delete the actions whose records name someone being erased (``retention``;
    ``forget`` deletes them with every other table's)."""
    gone = [a["key"] for a in store.all(TABLE) if mentions(a)]
    for key in gone:
        store.delete(TABLE, key)
    return len(gone)


def help_text(vocabulary: Vocabulary, language: str) -> str:
    """Every command with its words, one a line."""
    w = lambda action: vocabulary.first_word(action, language)  # noqa: E731
    return "\n".join((
        _("{w} E-MAIL [AMOUNT]: record a payment").format(w=w("paid")),
        _("{w} N: close task N").format(w=w("done")),
        _("{w} E-MAIL: put on the waiting list").format(w=w("waitlist")),
        _("{w} E-MAIL: admit (also beyond the places)").format(w=w("admit")),
        _("{w} INVITEE ATTENDEE: confirm a match").format(w=w("confirm_match")),
        _("{w} E-MAIL: confirm a cancellation").format(w=w("confirm_cancellation")),
        _("{w} N: undo action N").format(w=w("undo")),
        _("{w}: this list").format(w=w("help")),
    ))


__all__ = ["Outcome", "TABLE", "execute", "help_text", "erase_actions"]
