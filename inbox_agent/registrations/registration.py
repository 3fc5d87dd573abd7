"""The binding registration form (internal; the rules are in ``lifecycle``'s docstring).

An option, or a new/ended address while places are free, becomes ``registered`` with
the confirmation; with no place free the form waits on the waiting list and takes
effect on promotion. A form that lacks fields holds the place and asks for them. A
form from someone already registered changes nothing by itself.
"""

from __future__ import annotations

from dataclasses import replace

from inbox_agent.i18n import N_
from inbox_agent.model import Fields, Reason, ReasonText
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.labels import (
    field_reason,
    listing,
    state_reason,
    state_word,
)
from inbox_agent.registrations.late import after_deadline
from inbox_agent.registrations.mailcase import MailCase, enter, merge, persons_of
from inbox_agent.registrations.pre_registration import admit

_BINDING = "binding registration with payment agreement received"


def registration(m: MailCase, a: Attendee | None) -> None:
    """Handle a binding registration form (see the module docstring)."""
    rules = m.b.rules
    if a is not None and a.state in (State.REGISTERED, State.PAID):
        _repeated(m, a)
        return
    if a is not None and a.state == State.PENDING:
        m.b.put(merge(a, m.fields))
        m.b.task("pending", a.email, Reason.of(
            N_("{name} sent the form; still waiting for your decision"), name=a.display_name()))
        return
    if a is not None and a.state == State.WAITLISTED:
        _while_waiting(m, a)
        return
    deadline = rules.registration_deadline
    if a is not None and a.state in (State.OPTION, State.LAPSED):
        deadline = rules.option_until(a.option_deadline)
    if m.at >= rules.deadline_end(deadline):
        after_deadline(m, a, complete_form=not m.verdict.missing)
    elif m.verdict.missing:
        _incomplete(m, a)
    elif a is not None and a.state == State.OPTION:
        grown = _grow_option(m, a)
        if grown is not None:
            m.reply("confirmation", m.b.register(grown, m.cause, _BINDING))
    else:
        _new_binding(m, a)


def _repeated(m: MailCase, a: Attendee) -> None:
    """A form from someone registered already: the same -> a mail, changed -> the office."""
    diff = _differences(a, m.fields)
    if diff:
        m.b.task("change_request", a.email, Reason.of(
            N_("{name} ({state}) sent the form again, with changes: {changes}"),
            name=a.display_name(), state=state_reason(a.state), changes="; ".join(diff),
        ))
        m.b.note(ReasonText.of(N_("{email}: already {state}; changes left to the office"), email=a.email, state=state_word(a.state)))
    else:
        m.b.note(ReasonText.of(N_("{email}: already {state}; form repeated"), email=a.email, state=state_word(a.state)))
        m.reply("already_registered", a)


def _while_waiting(m: MailCase, a: Attendee) -> None:
    """A form while on the waiting list: kept on file (if complete) for the promotion."""
    complete = not m.verdict.missing
    a = merge(a, m.fields)
    if complete:
        a = replace(a, form_received_at=m.at)
    a = m.b.put(a)
    if complete:
        m.b.note(ReasonText.of(N_("{email}: binding form on file while waitlisted; takes effect on promotion"), email=a.email))
        m.reply("waitlisted", a, form_received=True)
    else:
        ask_missing(m, a)


def _incomplete(m: MailCase, a: Attendee | None) -> None:
    """A form in time that lacks fields: hold the place (or a waiting-list entry), ask."""
    if a is not None and a.state == State.OPTION:
        a = _grow_option(m, a)
        if a is None:
            return
    else:
        a = admit(m, a, reply=False)
    ask_missing(m, a)


def _new_binding(m: MailCase, a: Attendee | None) -> None:
    """A complete form from a new, cancelled or lapsed address (a lapsed option whose
    form reached us in time lands here): registered if the places are free, else the
    waiting list with the form on file."""
    b = m.b
    persons = persons_of(m.fields, a.persons if a else 1)
    if b.free() >= persons:
        base = enter(m, a, State.OPTION, "", record=False)
        m.reply("confirmation", b.register(base, m.cause, _BINDING))
        return
    a = enter(m, a, State.WAITLISTED, "binding form received, no place free", form=True)
    if a.history and len(a.history) > 1 and a.history[-2].to_state == State.LAPSED:
        b.task("no_place_for_form", a.email, Reason.of(
            N_("The form from {name} arrived in time, but only after the option had lapsed "
               "and the place had gone to someone else; now on the waiting list"),
            name=a.display_name(),
        ))
    m.reply("waitlisted", a, form_received=True)


def ask_missing(m: MailCase, a: Attendee) -> None:
    """Ask the writer for the fields the form lacks, and tell the office."""
    missing = tuple(m.verdict.missing)
    m.b.task("missing_fields", a.email, Reason.of(
        N_("The registration of {name} lacks: {fields} (asked for automatically)"),
        name=a.display_name(), fields=listing([field_reason(x) for x in missing]),
    ))
    m.reply("missing_fields", a, missing=missing)


def _grow_option(m: MailCase, a: Attendee) -> Attendee | None:
    """Merge the form into an option; None if it wants more places than are free."""
    persons = persons_of(m.fields, a.persons)
    extra = persons - a.persons
    if extra > m.b.free():
        m.b.put(merge(a, m.fields, persons=False))
        m.b.task("change_request", a.email, Reason.of(
            N_("{name} now registers {persons} instead of {before} person(s), "
               "but only {free} more place(s) are free"),
            name=a.display_name(), persons=persons, before=a.persons, free=m.b.free(),
        ))
        m.b.note(ReasonText.of(N_("{email}: form for {persons} person(s) does not fit, left to the office"), email=a.email, persons=persons))
        return None
    return m.b.put(merge(a, m.fields))


def _differences(a: Attendee, f: Fields) -> list[str]:
    """Changes a repeated form makes to a binding registration (those the office must see)."""
    diff = []
    persons = persons_of(f, a.persons)
    if persons != a.persons:
        diff.append(f"persons {a.persons} -> {persons}")
    if f.member is not None and f.member != a.member:
        diff.append(f"member {a.member} -> {f.member}")
    if f.people and tuple(f.people) != a.people:
        diff.append(f"people {', '.join(a.people) or '-'} -> {', '.join(f.people)}")
    if f.invoice_address and f.invoice_address.strip() != a.invoice_address:
        diff.append("invoice address")
    if f.organization and f.organization.strip() != a.organization:
        diff.append(f"organization {a.organization or '-'} -> {f.organization}")
    return diff


__all__ = ["registration", "ask_missing"]
