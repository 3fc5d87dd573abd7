"""One inbound mail being decided on, and the record steps every handler shares
(internal to the registrations package; ``lifecycle`` says what the handlers decide).

``MailCase`` holds the working ``Batch`` and the mail's facts and plans replies;
``enter`` creates a record or starts a new round for an ended one; ``merge`` lays what
a mail says over what we had; ``find``/``address_of`` say which record a mail is about.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from inbox_agent.i18n import N_
from inbox_agent.model import Address, Fields, Intent, Reason, ReasonText, Verdict
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.batch import Batch
from inbox_agent.registrations.decision import InboundRef
from inbox_agent.registrations.known import complete, still_missing, with_guess


@dataclass
class MailCase:
    """One inbound mail being decided on: the batch plus the mail's facts."""

    b: Batch
    inbound: InboundRef
    verdict: Verdict
    known: Fields | None = None  # what earlier mails of the person said (``known``)
    record: Attendee | None = None  # the record the mail is about, as found

    @property
    def at(self) -> datetime:
        return self.inbound.received_at

    @property
    def cause(self) -> str:
        return f"mail:{self.inbound.key}"

    @property
    def fields(self) -> Fields:
        """What the mail says, completed with what the office knows (``known``); for a
        binding registration that lacks the organisation, the mail domain's guess."""
        fields = complete(self.verdict.fields, self.known, self.record, self.b.rules)
        if self._guess:
            fields = with_guess(fields, self.inbound.sender.key)
        return fields

    @property
    def _guess(self) -> bool:
        """Guess the organisation from the domain? Only for a binding registration that
        lacks it, and never beside an unreadable form (staff read the form)."""
        return (self.verdict.intent is Intent.REGISTRATION and "organization" in self.verdict.missing
                and not self.verdict.unreadable_form)

    def missing(self, a: Attendee | None) -> tuple[str, ...]:
        """What the binding registration really lacks: of what the mail lacks, what
        neither the office's knowledge nor the record ``a`` gives."""
        # What the mail gives was judged by understanding; only the other sources
        # (earlier mails, the record, the quoted fee, the domain) can fill the rest.
        own = self.verdict.fields
        others = complete(Fields(email=own.email, persons=own.persons, fee_quoted=own.fee_quoted),
                          self.known, a, self.b.rules)
        if self._guess:
            others = with_guess(others, self.inbound.sender.key)
        return still_missing(self.verdict.missing, others, a)

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
        """Plan mail ``kind`` as the answer to this mail, if answers are allowed."""
        if not self.verdict.auto_reply:
            why = self.verdict.suppressed_reason or Reason.of(
                N_("automatic replies are not allowed for this mail"))
            self.b.note(ReasonText.of(N_("{email}: no '{kind}' reply ({why})"), email=attendee.email,
                                      kind=kind, why=why))
            return
        if self.verdict.questions:  # the reply says that a person will answer them
            context.setdefault("questions", list(self.verdict.questions))
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


def enter(
    m: MailCase,
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
        a = Attendee(email=address_of(m.inbound, m.fields), state=to, language=m.verdict.language or "de")
        a = touch(a, m.inbound, m.verdict)
    else:
        a = replace(
            a,
            reminders_sent=frozenset(),
            reminders_skipped=frozenset(),
            option_deadline=None,
            form_received_at=None,
            fee=None,
            payment_due=None,
            binding_at=None,
            details_missing=(),
        )
    a = merge(a, m.fields)
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


def address_of(inbound: InboundRef, fields: Fields) -> str:
    """The key of a new record: the attendee's address as the mail gives it (a form,
    Reply-To, or a colleague registered on someone's behalf), else who wrote."""
    return (fields.email or "").strip().lower() or inbound.reply_to.key or inbound.sender.key


def find(b: Batch, inbound: InboundRef, fields: Fields) -> Attendee | None:
    """The record this mail is about: by sender, then Reply-To, then the form's address."""
    for key in ((fields.email or "").strip().lower(), inbound.reply_to.key, inbound.sender.key):
        found = b.get(key) if key else None
        if found is not None:
            return found
    return None


def touch(a: Attendee, inbound: InboundRef, verdict: Verdict) -> Attendee:
    """Remember the mail in the thread, the language it was written in, and that the
    address works again if it had bounced."""
    a = a.with_thread(inbound.message_id)
    if a.binding_at is None and a.state == State.OPTION and \
            (verdict.binding or verdict.intent is Intent.REGISTRATION):
        # Someone who wrote "verbindlich" is never lapsed: staff look at it first.
        a = replace(a, binding_at=inbound.received_at)
    if verdict.language and verdict.language != a.language:
        a = replace(a, language=verdict.language)
    if a.bounced and inbound.sender.key == a.email:
        a = replace(a, bounced=False).with_note(inbound.received_at, "system", "wrote to us again: bounce mark cleared")
    return a


def merge(a: Attendee, f: Fields, *, persons: bool = True) -> Attendee:
    """What the mail says overrides what we had; what it does not say stays. A guess
    (``Fields.guessed``) never replaces a value we have; a stated value ends a guess."""
    changes: dict[str, object] = {}
    guessed = set(a.guessed)
    for name in ("name", "title", "organization", "invoice_address"):
        value = getattr(f, name)
        if not value:
            continue
        if name in f.guessed:
            if getattr(a, name) and name not in a.guessed:
                continue
            guessed.add(name)
        else:
            guessed.discard(name)
        changes[name] = value.strip()
    if guessed != set(a.guessed):
        changes["guessed"] = tuple(sorted(guessed))
    if f.member is not None:
        changes["member"] = f.member
    if f.payment_agreement is not None:
        changes["payment_agreement"] = f.payment_agreement
    if f.people:
        changes["people"] = tuple(f.people)
        changes["people_members"] = tuple(f.people_members)
    if persons:
        changes["persons"] = persons_of(f, a.persons)
    return replace(a, **changes) if changes else a


def persons_of(f: Fields, default: int) -> int:
    """How many persons the mail names (a number, else the people listed), else ``default``."""
    if f.persons is not None and f.persons >= 1:
        return f.persons
    if f.people:
        return len(f.people)
    return default


def transient(m: MailCase) -> Attendee:
    """A record that is never stored: the context for a reply to someone we do not keep."""
    a = Attendee(email=address_of(m.inbound, m.fields), state=State.LAPSED, language=m.verdict.language or "de")
    return merge(a, m.fields)


__all__ = ["MailCase", "enter", "address_of", "find", "touch", "merge", "persons_of", "transient"]
