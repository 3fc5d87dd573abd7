"""What an understood mail does to the attendee list: ``decide_mail``.

Pure: stored attendees + one inbound mail's facts + its ``Verdict`` + the rules + the
time -> a ``Decision``. Deadlines are judged by when the mail reached the server
(``InboundRef.received_at``), never by when we process it.

One handler per intent, looked up by name (``HANDLERS``). The choices, and why:

* **Pre-registration** from an unknown address (or one whose earlier registration
  was cancelled or lapsed): an ``option`` with the programme mail while places are
  free, else ``waitlisted`` with an honest waiting-list mail. After the
  pre-registration deadline the ``late_pre_registration`` policy decides (accept as
  usual / waiting list / ``pending`` for the office); after the registration deadline
  the ``after_registration_deadline`` policy. A pre-registration from an address that
  is already on the list creates no second record: like Indico ("you are already
  registered") it gets an ``already_registered`` mail that states where they stand.
  If it asks for a different number of persons, the office decides (``change_request``).
* **Registration** (the binding form) turns an option, or a new/ended address while
  places are free, into ``registered`` with the ``confirmation`` (fee and payment
  terms). With no place free it goes on the waiting list *with its form*: when a place
  frees up, that form becomes the binding registration. If the form lacks fields
  (``Verdict.missing``) the place is held as an option (or waiting-list entry), the
  ``missing_fields`` mail asks for exactly those, and the office is told. A form
  from someone already registered changes nothing automatically: identical -> an
  ``already_registered`` mail, different -> a task for the office. A form received in
  time but processed after the option lapsed (the daemon was down) still counts.
* **Cancellation** cancels the whole record, frees its places, and the waiting list
  moves up. For a group, a mail naming fewer persons or only some of the people is a
  partial cancellation and goes to the office. Cancelling a binding or paid
  registration also creates a task (cancellation terms, refund).
* **Bounce** marks the addresses as bounced (no reminders go there) and tells the office.
  A later mail *from* that address clears the mark.
* **Question** -> a task; **other** -> a note; **auto_reply**, **bulk** -> nothing.
* **Questions that ride along** (``Verdict.questions`` with an action): the action is
  taken, the reply says that a person will answer the question, and the question,
  quoted, is a ``question`` task. A question or other mail from someone whose binding
  registration lacks details completes it when it brings them (``details_arrived``).

Mails are planned only when ``verdict.auto_reply`` is true; the state changes happen
either way. Mails to *other* people caused by this one (a promotion) are not replies and
go out regardless.

Where the handlers live: ``pre_registration``, ``registration``, ``cancellation``
(cancellations and bounces), ``late`` (after a deadline, by policy); ``mailcase`` holds
the mail being decided on and the record steps they share. Task texts for the office are
``Reason`` s (catalogue ``locale/<language>/registrations.po``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from inbox_agent.i18n import N_
from inbox_agent.model import Fields, Intent, Reason, ReasonText, Verdict
from inbox_agent.registrations.attendee import Attendee
from inbox_agent.registrations.batch import Batch
from inbox_agent.registrations.cancellation import bounce, cancellation
from inbox_agent.registrations.decision import Decision, InboundRef
from inbox_agent.registrations.labels import intent_word, state_reason
from inbox_agent.registrations.mailcase import MailCase, address_of, find, touch
from inbox_agent.registrations.pre_registration import pre_registration
from inbox_agent.registrations.registration import details_arrived, registration
from inbox_agent.registrations.rules import EventRules

Handler = Callable[[MailCase, "Attendee | None"], None]


def decide_mail(
    attendees: Mapping[str, Attendee],
    inbound: InboundRef,
    verdict: Verdict,
    rules: EventRules,
    now: datetime,
    known: Fields | None = None,
) -> Decision:
    """Decide what one understood mail does (see the module docstring).

    ``attendees`` maps lower-case address -> record, as stored. ``now`` is only used
    for what the reply says (days left); deadlines use ``inbound.received_at``.
    ``known`` is what earlier mails of the sender said (``known.gather``): nothing
    they told us is asked again.
    """
    b = Batch(attendees, rules, now, at=inbound.received_at)
    m = MailCase(b, inbound, verdict, known=known)
    handler = HANDLERS.get(verdict.intent, _other)
    attendee = None
    if verdict.intent in _HUMAN and not address_of(inbound, verdict.fields):
        b.task("no_address", "", Reason.of(
            N_("Mail {key} (“{subject}”) has no usable sender address"),
            key=inbound.key, subject=inbound.subject,
        ))
        b.note(ReasonText.of(N_("mail {key}: no sender address, nothing decided"), key=inbound.key))
        return b.decision()
    if verdict.intent in _HUMAN:
        attendee = find(b, inbound, verdict.fields)
        if attendee is not None:
            attendee = b.put(touch(attendee, inbound, verdict))
    m.record = attendee
    if verdict.intent in (Intent.QUESTION, Intent.OTHER) and details_arrived(m, attendee):
        handler = _question if verdict.questions else _nothing
    handler(m, attendee)
    if verdict.questions and verdict.intent in _ACTIONS:
        _questions_ride_along(m, b.get(attendee.email) if attendee else b.get(address_of(inbound, verdict.fields)))
    if b.released:
        b.fill(m.cause)
    return b.decision()


def _question(m: MailCase, a: Attendee | None) -> None:
    who = a.email if a else m.inbound.sender.key
    sender, subject = str(m.inbound.sender), m.inbound.subject
    if a is not None:
        summary = Reason.of(N_("Question from {sender} ({state}): “{subject}”"),
                            sender=sender, state=state_reason(a.state), subject=subject)
    else:
        summary = Reason.of(N_("Question from {sender}: “{subject}”"), sender=sender, subject=subject)
    m.b.task("question", who, summary)


def _questions_ride_along(m: MailCase, a: Attendee | None) -> None:
    """The questions of a mail the agent acted on go to a person, quoted."""
    sender = str(m.inbound.sender)
    quoted = " ".join(f"„{q}“" for q in m.verdict.questions)
    m.b.task("question", a.email if a else m.inbound.sender.key, Reason.of(
        N_("Question from {sender} ({state}; the mail was handled as {intent}): {questions}"),
        sender=sender, state=state_reason(a.state) if a else Reason("{text}", (("text", "-"),)),
        intent=intent_word(m.verdict.intent), questions=quoted))


def _nothing(m: MailCase, a: Attendee | None) -> None:
    """The mail brought missing details (``details_arrived`` did it all)."""


def _other(m: MailCase, a: Attendee | None) -> None:
    # The digest shows this note with the mail ("unclear"): a sentence for staff.
    m.b.note(Reason.of(N_("{sender}: mail not about a registration, nothing done"),
                       sender=m.inbound.sender.key))


def _machine(m: MailCase, a: Attendee | None) -> None:
    m.b.note(ReasonText.of(N_("{email}: {intent}, ignored"), email=m.inbound.sender.key, intent=intent_word(m.verdict.intent)))


HANDLERS: dict[Intent, Handler] = {
    Intent.PRE_REGISTRATION: pre_registration,
    Intent.REGISTRATION: registration,
    Intent.CANCELLATION: cancellation,
    Intent.BOUNCE: bounce,
    Intent.QUESTION: _question,
    Intent.OTHER: _other,
    Intent.AUTO_REPLY: _machine,
    Intent.BULK: _machine,
}

# Intents the agent acts on; questions riding along with them go to a person.
_ACTIONS = frozenset({Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION})

# Intents that come from a person (and so touch that person's record). Only these
# read ``known``: the caller need not look it up for the others (``PERSONAL``).
_HUMAN = frozenset({Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION, Intent.QUESTION, Intent.OTHER})
PERSONAL = _HUMAN


def fill_places(
    attendees: Mapping[str, Attendee],
    rules: EventRules,
    now: datetime,
    cause: str = "staff",
) -> Decision:
    """Give free places to the waiting list now (after a staff change or a raised capacity).

    ``cause`` goes into the transitions and seeds the promotion mails' Message-IDs, so
    give each staff action its own (e.g. ``staff:anna:2025-06-10T09:00``).
    """
    b = Batch(attendees, rules, now)
    b.fill(cause)
    return b.decision()


__all__ = ["decide_mail", "fill_places", "HANDLERS", "PERSONAL"]
