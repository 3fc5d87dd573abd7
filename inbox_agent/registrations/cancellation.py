"""Cancellations and bounces (internal; the rules are in ``lifecycle``'s docstring).

A cancellation ends the whole record and frees its places (the waiting list moves up
afterwards); a partial one for a group, or one from an unknown address, goes to the
office, and so does the cancellation of a binding or paid registration (terms, refund).
A bounce marks the known addresses so that no reminders go there.
"""

from __future__ import annotations

from dataclasses import replace

from inbox_agent.i18n import N_
from inbox_agent.model import Fields, Reason, ReasonText
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.labels import state_reason, state_word
from inbox_agent.registrations.mailcase import MailCase


def cancellation(m: MailCase, a: Attendee | None) -> None:
    """Handle a cancellation (see the module docstring)."""
    b = m.b
    if a is None:
        sender = m.inbound.sender
        b.task("unknown_cancellation", sender.key, Reason.of(
            N_("Cancellation from {sender} (“{subject}”), an address that is not on the list"),
            sender=str(sender), subject=m.inbound.subject,
        ))
        b.note(ReasonText.of(N_("{email}: cancellation from an unknown address, left to the office"), email=sender.key))
        return
    if a.state.ended:
        b.note(ReasonText.of(N_("{email}: already {state}; cancellation repeated"), email=a.email, state=state_word(a.state)))
        return
    if a.persons > 1 and _partial(a, m.fields):
        b.task("partial_cancellation", a.email, Reason.of(
            N_("{name} (group of {persons}) cancels for only part of the group: {which}"),
            name=a.display_name(), persons=a.persons,
            which=m.fields.persons or ", ".join(m.fields.people),
        ))
        b.note(ReasonText.of(N_("{email}: partial cancellation left to the office"), email=a.email))
        return
    was = a.state
    a = b.move(a, State.CANCELLED, m.cause, f"cancelled by mail (was {was})")
    b.note(ReasonText.of(N_("{email}: cancelled (was {was}), {n} place(s) freed"), email=a.email,
                         was=state_word(was), n=a.persons) if was.holds_place
           else ReasonText.of(N_("{email}: cancelled (was {was})"), email=a.email, was=state_word(was)))
    binding = was in (State.REGISTERED, State.PAID)
    if binding or a.paid_total > 0:
        # The amount as the record keeps it ("250.00"), as this task has always said it.
        b.task("refund" if a.paid_total > 0 else "cancellation_terms", a.email, Reason.of(
            N_("{name} cancelled a binding registration (was: {state}, paid: {paid} {currency}): "
               "check the cancellation terms / refund"),
            name=a.display_name(), state=state_reason(was), paid=a.paid_total, currency=b.rules.currency,
        ))
    m.reply("cancelled", a, was_binding=binding, previous_state=was.value)


def _partial(a: Attendee, f: Fields) -> bool:
    """Does the mail name fewer persons, or only some of the group's people?"""
    if f.persons is not None and 0 < f.persons < a.persons:
        return True
    if f.people and a.people:
        named = {p.strip().lower() for p in f.people}
        group = {p.strip().lower() for p in a.people}
        return named < group
    return False


def bounce(m: MailCase, a: Attendee | None) -> None:
    """Mark the bounced addresses we know; tell the office about each."""
    b = m.b
    found = False
    for address in m.verdict.bounced_addresses:
        rec = b.get(address)
        if rec is None:
            continue
        found = True
        if rec.bounced:
            continue
        rec = replace(rec, bounced=True).with_note(m.at, "system", f"mail bounced ({m.inbound.key})")
        b.put(rec)
        b.task("bounce", rec.email, Reason.of(
            N_("Mail to {name} <{email}> bounced; no more reminders go there"),
            name=rec.display_name(), email=rec.email,
        ))
        b.note(ReasonText.of(N_("{email}: marked as bounced"), email=rec.email))
    if not found:  # the digest shows this note with the mail: a sentence for staff
        addresses = ", ".join(m.verdict.bounced_addresses)
        b.note(Reason.of(N_("bounce for {addresses}: not on the list"), addresses=addresses) if addresses
               else Reason(N_("bounce without a recognisable address: nothing on the list to mark")))


__all__ = ["cancellation", "bounce"]
