"""Template context for planned mails: plain data, no formatting.

A ``PlannedMail`` is recorded before it is sent and may be rendered after a restart, so
its context is JSON-safe (str, int, bool, None, lists and dicts of those). Dates are
ISO strings and amounts decimal strings ("250.00"); the templates format them with the
outbox's filters (``date_de``/``date_en``, ``money``), the same way the programme mail
does, so every mail writes a date or a fee alike.

The outbox puts ``office``, ``fees`` and the same ``event``/``deadlines``/``payment``
from the configuration under this context; the keys here win where they overlap and
carry at least the same sub-keys.

Context keys:

``kind``, ``language``
``event``       name, title, starts, ends (ISO), start_time, end_time, venue, timezone
``deadlines``   pre_registration, registration (ISO)
``attendee``    email, name, title, display_name, organization, member, persons,
                people, invoice_address, language, state, binding (a binding
                registration is on file), details_missing (what it lacks)
``fee``         per_person, total, paid, balance (amounts), currency, member
                (bool|None; None counts as non-member), persons
``payment``     due_days, due_date (ISO or None before registration), account_holder,
                iban, bic, reference, days_overdue
``next_deadline``  the deadline that concerns the reader now, or None:
                kind ("registration" | "payment"), date (ISO), days_left, passed
``registration_open`` (the registration deadline has not passed),
``waitlist_position`` (int|None), ``missing`` (field names as in ``Fields``),
``missing_labels`` (those fields in words, in the mail's language),
``details_missing_labels`` (what a binding registration still lacks, in words),
``questions`` (the questions of the mail answered, quoted: a person answers them), ``late``,
``promoted``, ``form_received``, ``was_binding`` (bools), ``reminder_step`` (int|None);
``previous_state`` only in ``cancelled`` mails. A template may test
``calendar_attached is defined`` if the outbox attaches an iCalendar file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from inbox_agent.registrations.attendee import Attendee, State, waitlist_position
from inbox_agent.registrations.rules import EventRules

# Names as in ``model.Fields`` -> what the reader is asked for.
MISSING_LABELS: dict[str, dict[str, str]] = {
    "name": {"de": "Vor- und Nachname", "en": "first and last name"},
    "title": {"de": "Titel / Anrede", "en": "title"},
    "email": {"de": "E-Mail-Adresse", "en": "e-mail address"},
    "organization": {"de": "Organisation / Dienststelle", "en": "organisation"},
    "member": {
        "de": "Angabe, ob Sie Mitglied des Vereins sind (ja/nein)",
        "en": "whether you are a member of the association (yes/no)",
    },
    "persons": {"de": "Anzahl der teilnehmenden Personen", "en": "number of participants"},
    "people": {"de": "Namen aller teilnehmenden Personen", "en": "names of all participants"},
    "invoice_address": {"de": "Rechnungsanschrift", "en": "invoice address"},
    "payment_agreement": {
        "de": "Ihre Zustimmung zur Zahlungsvereinbarung",
        "en": "your agreement to the payment terms",
    },
}


def _lang(language: str) -> str:
    return "en" if language.lower().startswith("en") else "de"


def _amount(amount: Decimal) -> str:
    return str(Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def compute_fee(attendee: Attendee, rules: EventRules) -> Decimal:
    """The sum of ``fee_lines``: per person the member or non-member fee. Unknown
    membership counts as non-member (the binding form asks for it; the office can
    correct the fee by hand)."""
    return sum((amount for _, _, amount in fee_lines(attendee, rules)), Decimal(0))


def fee_lines(attendee: Attendee, rules: EventRules) -> list[tuple[str, bool | None, Decimal]]:
    """One (name, member, fee) per person: the attendee with their membership, then the
    further ``people`` with theirs where the mail gave it per person (else the
    attendee's); persons beyond the names listed are counted like the attendee."""
    def fee(member: bool | None) -> Decimal:
        return rules.fee_member if member is True else rules.fee_non_member

    lines = [(attendee.display_name(), attendee.member, fee(attendee.member))]
    others = list(attendee.people)[: max(attendee.persons - 1, 0)]
    members = list(attendee.people_members) + [None] * len(others)
    for name, member in zip(others, members):
        member = attendee.member if member is None else member
        lines.append((name, member, fee(member)))
    while len(lines) < attendee.persons:
        lines.append(("", attendee.member, fee(attendee.member)))
    return lines


class _Keep(dict):
    """Format values where an unknown placeholder stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def payment_reference(attendee: Attendee, rules: EventRules) -> str:
    """The configured reference with {event}, {name}, {email} filled in; unknown
    placeholders stay as written rather than failing a mail."""
    values = _Keep(event=rules.name, name=attendee.name or attendee.email, email=attendee.email)
    try:
        return rules.reference.format_map(values)
    except (ValueError, IndexError):  # a stray brace in the configured text
        return rules.reference


def next_deadline(a: Attendee, rules: EventRules) -> tuple[str, date] | None:
    """The deadline that concerns this attendee now, as (kind, day), or None."""
    if a.state == State.OPTION:
        return "registration", rules.option_until(a.option_deadline)
    if a.state == State.WAITLISTED:
        return "registration", rules.registration_deadline
    if a.state == State.REGISTERED and a.payment_due and (a.balance is None or a.balance > 0):
        return "payment", a.payment_due
    return None


def deadline_info(kind: str, day: date, rules: EventRules, now: datetime) -> dict[str, Any]:
    return {
        "kind": kind,
        "date": day.isoformat(),
        "days_left": (day - rules.local_date(now)).days,
        "passed": now >= rules.deadline_end(day),
    }


def event_info(rules: EventRules) -> dict[str, Any]:
    return {
        "name": rules.name,
        "title": rules.title,
        "starts": rules.starts.isoformat(),
        "ends": rules.ends.isoformat(),
        "start_time": rules.start_time,
        "end_time": rules.end_time,
        "venue": rules.venue,
        "timezone": rules.timezone,
    }


def attendee_info(a: Attendee) -> dict[str, Any]:
    return {
        "email": a.email,
        "name": a.name,
        "title": a.title,
        "display_name": " ".join(p for p in (a.title, a.name) if p),
        "organization": a.organization,
        "member": a.member,
        "persons": a.persons,
        "people": list(a.people),
        "invoice_address": a.invoice_address,
        "language": a.language,
        "state": a.state.value,
        "binding": a.binding_at is not None,
        "details_missing": list(a.details_missing),
    }


def fee_info(a: Attendee, rules: EventRules) -> dict[str, Any]:
    """The fee as agreed (or as it would be now), what was paid and what is open."""
    fee = a.fee if a.fee is not None else compute_fee(a, rules)
    paid = a.paid_total
    lines = fee_lines(a, rules)
    return {
        "lines": [{"name": n, "member": m, "amount": _amount(x)} for n, m, x in lines],
        "mixed": len({x for _, _, x in lines}) > 1,
        "per_person": _amount(fee / a.persons),
        "total": _amount(fee),
        "paid": _amount(paid),
        "balance": _amount(max(fee - paid, Decimal(0))),
        "currency": rules.currency,
        "member": a.member,
        "persons": a.persons,
    }


def payment_info(a: Attendee, rules: EventRules, now: datetime) -> dict[str, Any]:
    """How and by when to pay (``due_date`` None before the registration is binding)."""
    due = a.payment_due
    return {
        "due_days": rules.payment_due_days,
        "due_date": due.isoformat() if due else None,
        "account_holder": rules.account_holder,
        "iban": rules.iban,
        "bic": rules.bic,
        "reference": payment_reference(a, rules),
        "days_overdue": max((rules.local_date(now) - due).days, 0) if due else 0,
    }


def build_context(
    kind: str,
    attendee: Attendee,
    rules: EventRules,
    now: datetime,
    attendees: Iterable[Attendee] = (),
    *,
    language: str | None = None,
    deadline: tuple[str, date] | None = None,
    missing: tuple[str, ...] = (),
    **flags: Any,
) -> tuple[tuple[str, Any], ...]:
    """The pairs for ``PlannedMail.context`` (see the module docstring).

    ``deadline`` overrides the attendee's next deadline; ``flags`` are extra keys
    (``late``, ``promoted``, ``form_received``, ``was_binding``, ``reminder_step``).
    """
    lang = _lang(language or attendee.language)
    nd = deadline if deadline is not None else next_deadline(attendee, rules)
    position = None
    if attendee.state == State.WAITLISTED:
        position = waitlist_position(attendees, attendee.email)
    context: dict[str, Any] = {
        "kind": kind,
        "language": lang,
        "event": event_info(rules),
        "deadlines": {
            "pre_registration": rules.pre_registration_deadline.isoformat(),
            "registration": rules.registration_deadline.isoformat(),
        },
        "attendee": attendee_info(attendee),
        "fee": fee_info(attendee, rules),
        "payment": payment_info(attendee, rules, now),
        "next_deadline": deadline_info(nd[0], nd[1], rules, now) if nd else None,
        "registration_open": now < rules.deadline_end(rules.registration_deadline),
        "waitlist_position": position,
        "missing": list(missing),
        "missing_labels": [MISSING_LABELS.get(m, {}).get(lang, m) for m in missing],
        "details_missing_labels": [MISSING_LABELS.get(m, {}).get(lang, m)
                                   for m in attendee.details_missing],
        "questions": [],
        "late": False,
        "promoted": False,
        "form_received": attendee.form_received_at is not None,
        "was_binding": False,
        "reminder_step": None,
    }
    context.update(flags)
    return tuple(context.items())


__all__ = [
    "build_context",
    "compute_fee",
    "fee_lines",
    "payment_reference",
    "deadline_info",
    "event_info",
    "attendee_info",
    "fee_info",
    "payment_info",
    "next_deadline",
    "MISSING_LABELS",
]
