"""A (pre-)registration after its deadline, by the configured policy (internal).

``phase`` says where a mail's arrival falls (before the pre-registration deadline,
between the two deadlines, after the registration deadline). After the registration
deadline ``after_deadline`` applies ``EventRules.after_registration_deadline``: ask the
office (``pending`` and a task), the waiting list, or decline with a
``registration_closed`` mail. ``pending`` is also what the ``staff`` policy for a late
pre-registration uses.
"""

from __future__ import annotations

from datetime import datetime

from inbox_agent.i18n import N_
from inbox_agent.model import Intent, Reason, ReasonText
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.mailcase import MailCase, address_of, enter, transient
from inbox_agent.registrations.rules import EventRules

# The reasons ``pending`` is given (English, for notes and history) -> as the office reads them.
_WHAT = {"registration": N_("registration"), "pre-registration": N_("pre-registration")}
_WHY: dict[str, str] = {
    "pre-registration after its deadline": N_("pre-registration after the pre-registration deadline"),
    "registration after the registration deadline": N_("registration after the registration deadline"),
    "pre-registration after the registration deadline": N_("pre-registration after the registration deadline"),
}


def phase(rules: EventRules, at: datetime) -> str:
    """``early`` (before the pre-registration deadline ended), ``late`` (before the
    registration deadline ended) or ``closed``."""
    if at < rules.deadline_end(rules.pre_registration_deadline):
        return "early"
    if at < rules.deadline_end(rules.registration_deadline):
        return "late"
    return "closed"


def pending(m: MailCase, a: Attendee | None, kind: str, why: str, form: bool = False) -> None:
    """Leave the (pre-)registration to the office: state ``pending`` and a task ``kind``."""
    a = enter(m, a, State.PENDING, f"{why}; policy: ask the office", form=form)
    m.b.task(kind, a.email, Reason.of(
        N_("{name}: {why} (received {at} UTC); please decide by hand"),
        name=a.display_name(), why=Reason(_WHY.get(why, why)), at=f"{m.at:%d.%m.%Y %H:%M}",
    ))
    m.b.note(ReasonText.of(N_("{email}: {why}, waiting for the office"), email=a.email,
                            why=Reason(_WHY.get(why, why))))


def after_deadline(m: MailCase, a: Attendee | None, *, complete_form: bool) -> None:
    """A (pre-)registration after the registration deadline, by policy."""
    b, policy = m.b, m.b.rules.after_registration_deadline
    what = "registration" if m.verdict.intent == Intent.REGISTRATION else "pre-registration"
    if policy == "staff":
        pending(m, a, "late_registration", f"{what} after the registration deadline", form=complete_form)
    elif policy == "waitlist":
        # An option past its deadline that writes now goes to the end of the list; the
        # place it gives up goes to those already waiting, not straight back to it.
        b.hold.add(a.email if a else address_of(m.inbound, m.fields))
        a = enter(
            m, a, State.WAITLISTED, f"{what} after the registration deadline; policy: waiting list",
            form=complete_form,
        )
        m.reply("waitlisted", a, late=True, form_received=complete_form)
    else:
        _decline(m, a, what)


def _decline(m: MailCase, a: Attendee | None, what: str) -> None:
    """Policy ``decline``: an open option lapses, and the writer hears that registration is closed."""
    b = m.b
    day = b.rules.registration_deadline
    if a is not None and a.state == State.OPTION:
        day = b.rules.option_until(a.option_deadline)
        a = b.move(a, State.LAPSED, m.cause, f"{what} after the deadline; policy: decline")
    b.note(ReasonText.of(N_("{email}: {what} after the deadline declined"),
                        email=a.email if a else m.inbound.sender.key, what=Reason(_WHAT[what])))
    shown = a or transient(m)
    m.reply("registration_closed", shown, deadline=("registration", day))


__all__ = ["phase", "pending", "after_deadline"]
