"""Registrations: the attendee list and the event's rules over time (pure domain logic).

No I/O, no clock reading, no third-party imports: the pipeline hands in the stored
records, the facts of a mail and the time, and gets back a ``Decision`` (changed
records, planned mails, tasks for the office, notes). See DESIGN.md, "Attendee
lifecycle", and the docstrings of ``lifecycle`` (mails) and ``reminders`` (time).

Modules: ``rules`` (EventRules, deadlines), ``attendee`` (records, states, waiting
list), ``labels`` (state and field names for staff, in their language), ``decision``
(inputs/outputs, Message-IDs), ``context`` (template values), ``lifecycle``
(decide_mail) with its handlers in ``pre_registration``, ``registration``,
``cancellation`` and ``late``, ``reminders`` (decide_time), ``staff`` (actions by hand);
internal: ``batch`` (the working copy a decision is built on), ``mailcase`` (the mail
being decided on). Texts for the office are ``model.Reason`` s; their German is in
``locale/de/registrations.po``.
"""

from inbox_agent.registrations.attendee import (
    ENDED,
    HOLDS_PLACE,
    Attendee,
    Note,
    Payment,
    State,
    Transition,
    TransitionError,
    free_places,
    places_taken,
    waiting_list,
    waitlist_position,
)
from inbox_agent.registrations.context import (
    build_context,
    compute_fee,
    payment_reference,
)
from inbox_agent.registrations.decision import (
    Decision,
    HumanTask,
    InboundRef,
    StaffText,
    make_message_id,
)
from inbox_agent.registrations.labels import STATE_LABELS, state_label, state_reason
from inbox_agent.registrations.lifecycle import PERSONAL, decide_mail, fill_places
from inbox_agent.registrations.reminders import decide_time
from inbox_agent.registrations.rules import EventRules, deadline_end, local_date
from inbox_agent.registrations.staff import add_attendee, add_note, mark_paid, set_state

# Every kind of mail this package plans (templates/<lang>/<kind>.txt.j2 and .html.j2).
MAIL_KINDS = (
    "programme",
    "waitlisted",
    "promoted",
    "confirmation",
    "reminder",
    "lapsed",
    "cancelled",
    "missing_fields",
    "payment_reminder",
    "already_registered",
    "registration_closed",
)

__all__ = [
    "PERSONAL",
    "Attendee",
    "State",
    "Transition",
    "Payment",
    "Note",
    "TransitionError",
    "HOLDS_PLACE",
    "ENDED",
    "places_taken",
    "free_places",
    "waiting_list",
    "waitlist_position",
    "STATE_LABELS",
    "state_label",
    "state_reason",
    "EventRules",
    "deadline_end",
    "local_date",
    "InboundRef",
    "HumanTask",
    "StaffText",
    "Decision",
    "make_message_id",
    "decide_mail",
    "decide_time",
    "fill_places",
    "mark_paid",
    "set_state",
    "add_note",
    "add_attendee",
    "build_context",
    "compute_fee",
    "payment_reference",
    "MAIL_KINDS",
]
