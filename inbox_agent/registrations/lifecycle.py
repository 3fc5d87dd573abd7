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

Mails are planned only when ``verdict.auto_reply`` is true; the state changes happen
either way. Mails to *other* people caused by this one (a promotion) are not replies and
go out regardless.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from inbox_agent.model import Address, Fields, Intent, Verdict
from inbox_agent.registrations.attendee import STATE_DE, Attendee, State
from inbox_agent.registrations.batch import Batch
from inbox_agent.registrations.context import MISSING_LABELS
from inbox_agent.registrations.decision import Decision, InboundRef
from inbox_agent.registrations.rules import EventRules


@dataclass
class _Mail:
    """One inbound mail being decided on: the batch plus the mail's facts."""

    b: Batch
    inbound: InboundRef
    verdict: Verdict

    @property
    def at(self) -> datetime:
        return self.inbound.received_at

    @property
    def cause(self) -> str:
        return f"mail:{self.inbound.key}"

    @property
    def fields(self) -> Fields:
        return self.verdict.fields

    def _recipient(self, attendee: Attendee) -> Address:
        """Who wrote (Reply-To first) — unless they wrote for a colleague: the
        programme, form and confirmation then go to the attendee."""
        writer = self.inbound.reply_to
        if attendee.email and attendee.email != writer.key and attendee.email != self.inbound.sender.key:
            return Address(attendee.email, attendee.display_name() if attendee.name else "")
        return writer

    def _copy_to(self, attendee: Attendee) -> tuple[Address, ...]:
        """Whoever registered a colleague gets a copy of what we send her."""
        to = self._recipient(attendee)
        writer = self.inbound.reply_to
        return (writer,) if writer.key and writer.key != to.key else ()

    def reply(self, kind: str, attendee: Attendee, **context: object) -> None:
        if not self.verdict.auto_reply:
            why = self.verdict.suppressed_because or "automatic replies are not allowed for this mail"
            self.b.note(f"{attendee.email}: no '{kind}' reply ({why})")
            return
        self.b.plan(
            kind,
            attendee,
            f"{self.inbound.key}|{kind}",
            inbound=self.inbound,
            to=self._recipient(attendee),
            cc=self._copy_to(attendee),
            language=self.verdict.language,
            **context,
        )


Handler = Callable[[_Mail, "Attendee | None"], None]


def decide_mail(
    attendees: Mapping[str, Attendee],
    inbound: InboundRef,
    verdict: Verdict,
    rules: EventRules,
    now: datetime,
) -> Decision:
    """Decide what one understood mail does (see the module docstring).

    ``attendees`` maps lower-case address -> record, as stored. ``now`` is only used
    for what the reply says (days left); deadlines use ``inbound.received_at``.
    """
    b = Batch(attendees, rules, now, at=inbound.received_at)
    m = _Mail(b, inbound, verdict)
    handler = HANDLERS.get(verdict.intent, _other)
    attendee = None
    if verdict.intent in _HUMAN and not _address(inbound, verdict.fields):
        b.task("no_address", "", f"Mail {inbound.key} („{inbound.subject}“) hat keine brauchbare Absenderadresse")
        b.note(f"mail {inbound.key}: no sender address, nothing decided")
        return b.decision()
    if verdict.intent in _HUMAN:
        attendee = _find(b, inbound, verdict.fields)
        if attendee is not None:
            attendee = b.put(_touch(attendee, inbound, verdict))
    handler(m, attendee)
    if b.released:
        b.fill(m.cause)
    return b.decision()


# --- handlers ------------------------------------------------------------------------


def _pre_registration(m: _Mail, a: Attendee | None) -> None:
    b, rules = m.b, m.b.rules
    if a is not None and not a.state.ended:
        a = b.put(_merge(a, m.fields, persons=False))
        wanted = _persons(m.fields, a.persons)
        if wanted != a.persons and a.state in (State.OPTION, State.WAITLISTED, State.REGISTERED, State.PAID):
            b.task(
                "change_request",
                a.email,
                f"{a.display_name()} ({_de(a.state)}) hat sich erneut vorangemeldet, jetzt für "
                f"{wanted} statt {a.persons} Person(en)",
            )
            b.note(f"{a.email}: already {a.state}; asks for {wanted} person(s), left to the office")
            return
        if a.state == State.PENDING:
            b.note(f"{a.email}: wrote again while the office decides on them")
            b.task("pending", a.email, f"{a.display_name()} hat erneut geschrieben; wartet weiter auf Ihre Entscheidung")
            return
        b.note(f"{a.email}: already {a.state}, no second record")
        m.reply("already_registered", a)
        return
    phase = _phase(rules, m.at)
    if phase == "early" or (phase == "late" and rules.late_pre_registration == "accept"):
        _admit(m, a, late=phase == "late")
    elif phase == "late" and rules.late_pre_registration == "waitlist":
        a = _enter(m, a, State.WAITLISTED, "pre-registration after its deadline; policy: waiting list")
        m.reply("waitlisted", a, late=True)
    elif phase == "late":
        _pending(m, a, "late_pre_registration", "pre-registration after its deadline")
    else:
        _after_deadline(m, a, complete_form=False)


def _registration(m: _Mail, a: Attendee | None) -> None:
    b, rules = m.b, m.b.rules
    complete = not m.verdict.missing
    if a is not None and a.state in (State.REGISTERED, State.PAID):
        diff = _differences(a, m.fields)
        if diff:
            b.task(
                "change_request",
                a.email,
                f"{a.display_name()} ({_de(a.state)}) hat das Formular erneut geschickt, mit "
                f"Änderungen: {'; '.join(diff)}",
            )
            b.note(f"{a.email}: already {a.state}; changes left to the office")
        else:
            b.note(f"{a.email}: already {a.state}; form repeated")
            m.reply("already_registered", a)
        return
    if a is not None and a.state == State.PENDING:
        b.put(_merge(a, m.fields))
        b.task("pending", a.email, f"{a.display_name()} hat das Formular geschickt; wartet weiter auf Ihre Entscheidung")
        return
    if a is not None and a.state == State.WAITLISTED:
        a = _merge(a, m.fields)
        if complete:
            a = replace(a, form_received_at=m.at)
        a = b.put(a)
        if complete:
            b.note(f"{a.email}: binding form on file while waitlisted; takes effect on promotion")
            m.reply("waitlisted", a, form_received=True)
        else:
            _ask_missing(m, a)
        return
    deadline = rules.registration_deadline
    if a is not None and a.state in (State.OPTION, State.LAPSED):
        deadline = rules.option_until(a.option_deadline)
    if m.at >= rules.deadline_end(deadline):
        _after_deadline(m, a, complete_form=complete)
        return
    if not complete:
        if a is not None and a.state == State.OPTION:
            a = _grow_option(m, a)
            if a is None:
                return
        else:
            a = _admit(m, a, reply=False)
        _ask_missing(m, a)
        return
    if a is not None and a.state == State.OPTION:
        grown = _grow_option(m, a)
        if grown is None:
            return
        a = b.register(grown, m.cause, "binding registration with payment agreement received")
        m.reply("confirmation", a)
        return
    # New, cancelled or lapsed (a lapsed option whose form reached us in time lands here).
    persons = _persons(m.fields, a.persons if a else 1)
    if b.free() >= persons:
        base = _enter(m, a, State.OPTION, "", record=False)
        a = b.register(base, m.cause, "binding registration with payment agreement received")
        m.reply("confirmation", a)
    else:
        a = _enter(m, a, State.WAITLISTED, "binding form received, no place free", form=True)
        if a.history and len(a.history) > 1 and a.history[-2].to_state == State.LAPSED:
            b.task(
                "no_place_for_form",
                a.email,
                f"Das Formular von {a.display_name()} kam rechtzeitig, aber erst nachdem die "
                f"Option verfallen und der Platz weitergegeben war; jetzt auf der Warteliste",
            )
        m.reply("waitlisted", a, form_received=True)


def _cancellation(m: _Mail, a: Attendee | None) -> None:
    b = m.b
    if a is None:
        sender = m.inbound.sender
        b.task(
            "unknown_cancellation",
            sender.key,
            f"Absage von {sender} („{m.inbound.subject}“), eine Adresse, die nicht auf der Liste steht",
        )
        b.note(f"{sender.key}: cancellation from an unknown address, left to the office")
        return
    if a.state.ended:
        b.note(f"{a.email}: already {a.state}; cancellation repeated")
        return
    if a.persons > 1 and _partial(a, m.fields):
        b.task(
            "partial_cancellation",
            a.email,
            f"{a.display_name()} (Gruppe mit {a.persons} Personen) sagt nur für einen Teil ab: "
            f"{m.fields.persons or ', '.join(m.fields.people)}",
        )
        b.note(f"{a.email}: partial cancellation left to the office")
        return
    was = a.state
    a = b.move(a, State.CANCELLED, m.cause, f"cancelled by mail (was {was})")
    b.note(f"{a.email}: cancelled (was {was}), {a.persons} place(s) freed" if was.holds_place
           else f"{a.email}: cancelled (was {was})")
    binding = was in (State.REGISTERED, State.PAID)
    if binding or a.paid_total > 0:
        b.task(
            "refund" if a.paid_total > 0 else "cancellation_terms",
            a.email,
            f"{a.display_name()} hat eine verbindliche Anmeldung storniert (war: {_de(was)}, "
            f"bezahlt: {a.paid_total} {b.rules.currency}): Stornobedingungen / Erstattung prüfen",
        )
    m.reply("cancelled", a, was_binding=binding, previous_state=was.value)


def _bounce(m: _Mail, a: Attendee | None) -> None:
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
        b.task("bounce", rec.email, f"Mail an {rec.display_name()} <{rec.email}> kam unzustellbar zurück; dorthin gehen keine Erinnerungen mehr")
        b.note(f"{rec.email}: marked as bounced")
    if not found:
        b.note(f"bounce for {', '.join(m.verdict.bounced_addresses) or 'no known address'}: not on the list")


def _question(m: _Mail, a: Attendee | None) -> None:
    who = a.email if a else m.inbound.sender.key
    state = f" ({_de(a.state)})" if a else ""
    m.b.task("question", who, f"Frage von {m.inbound.sender}{state}: „{m.inbound.subject}“")


def _other(m: _Mail, a: Attendee | None) -> None:
    m.b.note(f"{m.inbound.sender.key}: mail not about a registration ({m.verdict.intent}), nothing done")


def _machine(m: _Mail, a: Attendee | None) -> None:
    m.b.note(f"{m.inbound.sender.key}: {m.verdict.intent}, ignored")


HANDLERS: dict[Intent, Handler] = {
    Intent.PRE_REGISTRATION: _pre_registration,
    Intent.REGISTRATION: _registration,
    Intent.CANCELLATION: _cancellation,
    Intent.BOUNCE: _bounce,
    Intent.QUESTION: _question,
    Intent.OTHER: _other,
    Intent.AUTO_REPLY: _machine,
    Intent.BULK: _machine,
}

# Intents that come from a person (and so touch that person's record).
_HUMAN = frozenset({Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION, Intent.QUESTION, Intent.OTHER})


# --- steps shared by the handlers ----------------------------------------------------


def _admit(m: _Mail, a: Attendee | None, *, late: bool = False, reply: bool = True) -> Attendee:
    """A place as an option if enough are free, else the waiting list."""
    persons = _persons(m.fields, a.persons if a else 1)
    if m.b.free() >= persons:
        a = _enter(
            m, a, State.OPTION,
            "pre-registration after its deadline; policy: accept" if late else "pre-registration",
            option_deadline=m.b.rules.registration_deadline,
        )
        if reply:
            m.reply("programme", a, late=late)
    else:
        a = _enter(m, a, State.WAITLISTED, f"no place free for {persons} person(s)")
        if reply:
            m.reply("waitlisted", a)  # the reason is the full house, not the date
    return a


# The reasons _pending is given, as the office reads them.
_WHY_DE = {
    "pre-registration after its deadline": "Voranmeldung nach Ablauf der Voranmeldefrist",
    "registration after the registration deadline": "Anmeldung nach Ablauf der Anmeldefrist",
    "pre-registration after the registration deadline": "Voranmeldung nach Ablauf der Anmeldefrist",
}


def _de(state: State) -> str:
    return STATE_DE.get(state.value, state.value)


def _pending(m: _Mail, a: Attendee | None, kind: str, why: str, form: bool = False) -> None:
    a = _enter(m, a, State.PENDING, f"{why}; policy: ask the office", form=form)
    m.b.task(kind, a.email, f"{a.display_name()}: {_WHY_DE.get(why, why)} (eingegangen {m.at:%d.%m.%Y %H:%M} UTC); bitte von Hand entscheiden")
    m.b.note(f"{a.email}: {why}, waiting for the office")


def _after_deadline(m: _Mail, a: Attendee | None, *, complete_form: bool) -> None:
    """A (pre-)registration after the registration deadline, by policy."""
    b, policy = m.b, m.b.rules.after_registration_deadline
    what = "registration" if m.verdict.intent == Intent.REGISTRATION else "pre-registration"
    if policy == "staff":
        _pending(m, a, "late_registration", f"{what} after the registration deadline", form=complete_form)
    elif policy == "waitlist":
        # An option past its deadline that writes now goes to the end of the list; the
        # place it gives up goes to those already waiting, not straight back to it.
        b.hold.add(a.email if a else _address(m.inbound, m.fields))
        a = _enter(
            m, a, State.WAITLISTED, f"{what} after the registration deadline; policy: waiting list",
            form=complete_form,
        )
        m.reply("waitlisted", a, late=True, form_received=complete_form)
    else:  # decline
        day = b.rules.registration_deadline
        if a is not None and a.state == State.OPTION:
            day = b.rules.option_until(a.option_deadline)
            a = b.move(a, State.LAPSED, m.cause, f"{what} after the deadline; policy: decline")
        b.note(f"{(a.email if a else m.inbound.sender.key)}: {what} after the deadline declined")
        shown = a or _transient(m)
        m.reply("registration_closed", shown, deadline=("registration", day))


def _ask_missing(m: _Mail, a: Attendee) -> None:
    missing = tuple(m.verdict.missing)
    m.b.task(
        "missing_fields",
        a.email,
        f"Der Anmeldung von {a.display_name()} fehlt: "
        f"{', '.join(MISSING_LABELS.get(x, {}).get('de', x) for x in missing)} (automatisch nachgefragt)",
    )
    m.reply("missing_fields", a, missing=missing)


def _grow_option(m: _Mail, a: Attendee) -> Attendee | None:
    """Merge the form into an option; None if it wants more places than are free."""
    persons = _persons(m.fields, a.persons)
    extra = persons - a.persons
    if extra > m.b.free():
        m.b.put(_merge(a, m.fields, persons=False))
        m.b.task(
            "change_request",
            a.email,
            f"{a.display_name()} meldet jetzt {persons} statt {a.persons} Person(en) an, "
            f"aber nur {m.b.free()} weitere(r) Platz/Plätze frei",
        )
        m.b.note(f"{a.email}: form for {persons} person(s) does not fit, left to the office")
        return None
    return m.b.put(_merge(a, m.fields))


def _enter(
    m: _Mail,
    a: Attendee | None,
    to: State,
    detail: str,
    *,
    form: bool = False,
    record: bool = True,
    option_deadline: date | None = None,
) -> Attendee:
    """Create the record, or start a new round for an ended one, in state ``to``.

    With ``record=False`` only the merged record is returned (the caller moves it).
    A new round starts clean: reminders, option deadline and fee of the old round go.
    """
    b = m.b
    if a is None:
        a = Attendee(email=_address(m.inbound, m.fields), state=to, language=m.verdict.language or "de")
        a = _touch(a, m.inbound, m.verdict)
    else:
        a = replace(
            a,
            reminders_sent=frozenset(),
            reminders_skipped=frozenset(),
            option_deadline=None,
            form_received_at=None,
            fee=None,
            payment_due=None,
        )
    a = _merge(a, m.fields)
    changes: dict[str, object] = {}
    if form:
        changes["form_received_at"] = m.at
    if option_deadline is not None:
        changes["option_deadline"] = option_deadline
    if changes:
        a = replace(a, **changes)
    if not record:
        return a
    if not a.history:
        new = a.moved(to, m.at, m.cause, detail)
        b.transitions.append((new.email, new.history[-1]))
        return b.put(new)
    return b.move(a, to, m.cause, detail)


def _address(inbound: InboundRef, fields: Fields) -> str:
    """The key of a new record: the attendee's address as the mail gives it (a form,
    Reply-To, or a colleague registered on someone's behalf), else who wrote."""
    return (fields.email or "").strip().lower() or inbound.reply_to.key or inbound.sender.key


def _find(b: Batch, inbound: InboundRef, fields: Fields) -> Attendee | None:
    """The record this mail is about: by sender, then Reply-To, then the form's address."""
    for key in ((fields.email or "").strip().lower(), inbound.reply_to.key, inbound.sender.key):
        found = b.get(key) if key else None
        if found is not None:
            return found
    return None


def _touch(a: Attendee, inbound: InboundRef, verdict: Verdict) -> Attendee:
    """Remember the mail in the thread, the language it was written in, and that the
    address works again if it had bounced."""
    a = a.with_thread(inbound.message_id)
    if verdict.language and verdict.language != a.language:
        a = replace(a, language=verdict.language)
    if a.bounced and inbound.sender.key == a.email:
        a = replace(a, bounced=False).with_note(inbound.received_at, "system", "wrote to us again: bounce mark cleared")
    return a


def _merge(a: Attendee, f: Fields, *, persons: bool = True) -> Attendee:
    """What the mail says overrides what we had; what it does not say stays."""
    changes: dict[str, object] = {}
    for name in ("name", "title", "organization", "invoice_address"):
        value = getattr(f, name)
        if value:
            changes[name] = value.strip()
    if f.member is not None:
        changes["member"] = f.member
    if f.payment_agreement is not None:
        changes["payment_agreement"] = f.payment_agreement
    if f.people:
        changes["people"] = tuple(f.people)
    if persons:
        changes["persons"] = _persons(f, a.persons)
    return replace(a, **changes) if changes else a


def _persons(f: Fields, default: int) -> int:
    if f.persons is not None and f.persons >= 1:
        return f.persons
    if f.people:
        return len(f.people)
    return default


def _differences(a: Attendee, f: Fields) -> list[str]:
    """Changes a repeated form makes to a binding registration (those the office must see)."""
    diff = []
    persons = _persons(f, a.persons)
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


def _partial(a: Attendee, f: Fields) -> bool:
    if f.persons is not None and 0 < f.persons < a.persons:
        return True
    if f.people and a.people:
        named = {p.strip().lower() for p in f.people}
        group = {p.strip().lower() for p in a.people}
        return named < group
    return False


def _phase(rules: EventRules, at: datetime) -> str:
    if at < rules.deadline_end(rules.pre_registration_deadline):
        return "early"
    if at < rules.deadline_end(rules.registration_deadline):
        return "late"
    return "closed"


def _transient(m: _Mail) -> Attendee:
    """A record that is never stored: the context for a reply to someone we do not keep."""
    a = Attendee(email=_address(m.inbound, m.fields), state=State.LAPSED, language=m.verdict.language or "de")
    return _merge(a, m.fields)


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


__all__ = ["decide_mail", "fill_places", "HANDLERS"]
