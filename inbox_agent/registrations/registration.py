"""The binding registration form (internal; the rules are in ``lifecycle``'s docstring).

An option, or a new/ended address while places are free, becomes ``registered`` with
the confirmation; with no place free the form waits on the waiting list and takes
effect on promotion. A form that lacks fields holds the place and asks for them. A
form from someone already registered changes nothing by itself.

A binding registration is never lost (issue 13): what it lacks is counted after
merging everything the office knows (``known``); the option it holds then carries
``binding_at`` and ``details_missing`` and does not lapse; the details are asked once;
an unreadable form (a scan, a broken PDF) is a task for staff, not a question to the
sender; a later mail that brings the details completes the registration.
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
from inbox_agent.registrations.known import still_missing
from inbox_agent.registrations.late import after_deadline
from inbox_agent.registrations.mailcase import MailCase, enter, merge, persons_of
from inbox_agent.registrations.pre_registration import admit
from inbox_agent.registrations.reminders import DETAILS_ASKED

_BINDING = "binding registration with payment agreement received"



def registration(m: MailCase, a: Attendee | None) -> None:
    """Handle a binding registration form (see the module docstring)."""
    rules = m.b.rules
    missing = m.missing(a)
    if "organization" in m.fields.guessed and "organization" not in missing:
        # Shown in the digest as a task: the value is a guess, staff check it.
        m.b.task("organization_guessed", a.email if a else m.inbound.sender.key, Reason.of(
            N_("{email}: organisation “{organization}” guessed from the mail domain"),
            email=a.email if a else m.inbound.sender.key, organization=m.fields.organization or ""))
    if a is not None and a.state in (State.REGISTERED, State.PAID):
        _repeated(m, a)
        return
    if a is not None and a.state == State.PENDING:
        m.b.put(merge(a, m.fields))
        m.b.task("pending", a.email, Reason.of(
            N_("{name} sent the form; still waiting for your decision"), name=a.display_name()))
        return
    if a is not None and a.state == State.WAITLISTED:
        _while_waiting(m, a, missing)
        return
    deadline = rules.registration_deadline
    if a is not None and a.state in (State.OPTION, State.LAPSED):
        deadline = rules.option_until(a.option_deadline)
    if m.at >= rules.deadline_end(deadline):
        after_deadline(m, a, complete_form=not missing)
    elif missing:
        _incomplete(m, a, missing)
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


def _while_waiting(m: MailCase, a: Attendee, missing: tuple[str, ...]) -> None:
    """A form while on the waiting list: kept on file (if complete) for the promotion."""
    complete = not missing
    a = merge(a, m.fields)
    if complete:
        a = replace(a, form_received_at=m.at)
    a = m.b.put(a)
    if complete:
        m.b.note(ReasonText.of(N_("{email}: binding form on file while waitlisted; takes effect on promotion"), email=a.email))
        m.reply("waitlisted", a, form_received=True)
    else:
        _ask_once(m, a, missing)


def _incomplete(m: MailCase, a: Attendee | None, missing: tuple[str, ...]) -> None:
    """A binding form in time that lacks details: the place (or the waiting-list entry)
    is held and never lapses (``binding_at``); the details are asked once, or staff
    read an unreadable form."""
    if a is not None and a.state == State.OPTION:
        a = _grow_option(m, a)
        if a is None:
            return
    else:
        a = admit(m, a, reply=False)
    _ask_once(m, a, missing)


def _ask_once(m: MailCase, a: Attendee, missing: tuple[str, ...]) -> None:
    """Keep the binding registration with what it lacks; ask the writer once, and
    never for what an unreadable form may hold: that is for staff."""
    asked = a.reminder_done(DETAILS_ASKED)
    a = m.b.put(replace(a, binding_at=a.binding_at or m.at, details_missing=missing))
    if m.verdict.unreadable_form:
        m.b.task("unreadable_form", a.email, Reason.of(
            N_("Form not readable: the form {name} sent (a scan or a damaged PDF) could not be "
               "read; the registration is kept as binding; please read the form and add: {fields}"),
            name=a.display_name(), fields=listing([field_reason(x) for x in missing])))
    elif asked:
        m.b.task("missing_fields", a.email, Reason.of(
            N_("The binding registration of {name} still lacks: {fields} (asked once already; "
               "not asked again)"),
            name=a.display_name(), fields=listing([field_reason(x) for x in missing])))
    else:
        m.b.put(replace(a, reminders_sent=a.reminders_sent | {DETAILS_ASKED}))
        ask_missing(m, m.b.get(a.email) or a, missing)


def details_arrived(m: MailCase, a: Attendee | None) -> bool:
    """A mail (of any intent) from someone whose binding registration lacked details:
    what it gives is merged; complete now -> registered with the confirmation. True if
    the mail brought any of the details."""
    if a is None or a.state != State.OPTION or not a.details_missing:
        return False
    merged = merge(a, m.fields, persons=False)
    left = still_missing(a.details_missing, m.fields, merged)
    if left == a.details_missing:
        return False
    if left:
        a = m.b.put(replace(merged, details_missing=left))
        m.b.task("missing_fields", a.email, Reason.of(
            N_("{name} sent some of the missing details; still missing: {fields}"),
            name=a.display_name(), fields=listing([field_reason(x) for x in left])))
        return True
    m.reply("confirmation", m.b.register(merged, m.cause, _BINDING))
    return True


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


def ask_missing(m: MailCase, a: Attendee, missing: tuple[str, ...] | None = None) -> None:
    """Ask the writer for the fields the form lacks, and tell the office."""
    missing = tuple(m.verdict.missing if missing is None else missing)
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


__all__ = ["registration", "ask_missing", "details_arrived", "DETAILS_ASKED"]
