"""A pre-registration mail (internal; the rules are in ``lifecycle``'s docstring).

From an unknown or ended address: an ``option`` with the programme while places are
free, else the waiting list; late ones by policy (``late``). From an address already on
the list: no second record, an ``already_registered`` mail, or a task when it asks for
another number of persons or the office is deciding on it anyway.
"""

from __future__ import annotations

from inbox_agent.i18n import N_
from inbox_agent.model import Reason, ReasonText
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.labels import state_reason, state_word
from inbox_agent.registrations.late import after_deadline, pending, phase
from inbox_agent.registrations.mailcase import MailCase, enter, merge, persons_of

# States in which a new number of persons needs the office.
_COUNTED = (State.OPTION, State.WAITLISTED, State.REGISTERED, State.PAID)


def pre_registration(m: MailCase, a: Attendee | None) -> None:
    """Handle a pre-registration (see the module docstring)."""
    if a is not None and not a.state.ended:
        _known(m, a)
        return
    rules = m.b.rules
    when = phase(rules, m.at)
    if when == "early" or (when == "late" and rules.late_pre_registration == "accept"):
        admit(m, a, late=when == "late")
    elif when == "late" and rules.late_pre_registration == "waitlist":
        a = enter(m, a, State.WAITLISTED, "pre-registration after its deadline; policy: waiting list")
        m.reply("waitlisted", a, late=True)
    elif when == "late":
        pending(m, a, "late_pre_registration", "pre-registration after its deadline")
    else:
        after_deadline(m, a, complete_form=False)


def _known(m: MailCase, a: Attendee) -> None:
    """A pre-registration from an address that is already on the list."""
    b = m.b
    a = b.put(merge(a, m.fields, persons=False))
    wanted = persons_of(m.fields, a.persons)
    if wanted != a.persons and a.state in _COUNTED:
        b.task("change_request", a.email, Reason.of(
            N_("{name} ({state}) pre-registered again, now for {wanted} instead of {persons} person(s)"),
            name=a.display_name(), state=state_reason(a.state), wanted=wanted, persons=a.persons,
        ))
        b.note(ReasonText.of(N_("{email}: already {state}; asks for {n} person(s), left to the office"), email=a.email, state=state_word(a.state), n=wanted))
        return
    if a.state == State.PENDING:
        b.note(ReasonText.of(N_("{email}: wrote again while the office decides on them"), email=a.email))
        b.task("pending", a.email, Reason.of(
            N_("{name} wrote again; still waiting for your decision"), name=a.display_name()))
        return
    b.note(ReasonText.of(N_("{email}: already {state}, no second record"), email=a.email, state=state_word(a.state)))
    m.reply("already_registered", a)


def admit(m: MailCase, a: Attendee | None, *, late: bool = False, reply: bool = True) -> Attendee:
    """A place as an option if enough are free, else the waiting list."""
    persons = persons_of(m.fields, a.persons if a else 1)
    if m.b.free() >= persons:
        a = enter(
            m, a, State.OPTION,
            "pre-registration after its deadline; policy: accept" if late else "pre-registration",
            option_deadline=m.b.rules.registration_deadline,
        )
        if reply:
            m.reply("programme", a, late=late)
    else:
        a = enter(m, a, State.WAITLISTED, f"no place free for {persons} person(s)")
        if reply:
            m.reply("waitlisted", a)  # the reason is the full house, not the date
    return a


__all__ = ["pre_registration", "admit"]
