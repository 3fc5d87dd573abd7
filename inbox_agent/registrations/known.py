"""Everything the office knows about a person, laid under what one mail says.

A binding registration often leaves out what the person told us before: the
organisation and membership in the pre-registration, the invoice address in an earlier
reply. Before anything is asked, the mail's ``Fields`` are completed (``complete``):

1. what the mail says wins;
2. what earlier mails of the same person said (``known``: the pipeline gathers it from
   their message records, ``fields_from_dict``), then the attendee record;
3. membership from the fee the mail quotes (``fee_quoted``; 250 = member, 300 =
   non-member, per person or for the whole group, from the configured fees);
4. the organisation from the mail domain, only as a last resort and marked as a guess
   (``guessed``; never for a freemail address).

``still_missing`` then lists only what is really missing. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from inbox_agent.model import Fields
from inbox_agent.registrations.attendee import Attendee
from inbox_agent.registrations.rules import EventRules

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

# Carried over from earlier mails when a mail does not say them.
CARRIED = ("name", "title", "organization", "member", "invoice_address")

# Mail domains that name no organisation.
FREEMAIL = frozenset({
    "gmail.com", "googlemail.com", "web.de", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "t-online.de",
    "yahoo.com", "yahoo.de", "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "live.com",
    "live.de", "icloud.com", "me.com", "mac.com", "posteo.de", "mailbox.org", "aol.com", "aol.de",
    "freenet.de", "arcor.de", "online.de", "email.de", "proton.me", "protonmail.com", "gmx.com",
})
# Labels of a domain that say nothing about the organisation.
_NOISE = frozenset({"www", "mail", "email", "post", "de", "com", "org", "net", "eu", "info", "example"})


def complete(fields: Fields, known: Fields | None, record: Attendee | None,
             rules: EventRules) -> Fields:
    """``fields`` with what it leaves open filled from ``known``, the record and the
    quoted fee (steps 1-3 of the module docstring; the guess is ``with_guess``)."""
    changes: dict[str, Any] = {}
    guessed = list(fields.guessed)
    for name in CARRIED:
        if _given(getattr(fields, name)):
            continue
        if known is not None and _given(getattr(known, name)):
            changes[name] = getattr(known, name)
        elif record is not None and _given(getattr(record, name)):
            changes[name] = getattr(record, name)
            if name in record.guessed:
                guessed.append(name)
    if fields.member is None and "member" not in changes:
        member = member_from_fee(fields.fee_quoted, fields.persons, rules)
        if member is not None:
            changes["member"] = member
    if tuple(guessed) != fields.guessed:
        changes["guessed"] = tuple(guessed)
    return replace(fields, **changes) if changes else fields


def with_guess(fields: Fields, email: str) -> Fields:
    """``fields`` with the organisation guessed from the mail domain if it has none
    (step 4: the last resort, marked in ``guessed``)."""
    if _given(fields.organization):
        return fields
    guess = organization_from_domain(fields.email or email)
    if not guess:
        return fields
    return replace(fields, organization=guess, guessed=(*fields.guessed, "organization"))


def member_from_fee(fee: Decimal | None, persons: int | None, rules: EventRules) -> bool | None:
    """True if ``fee`` is the member fee (per person or for all), False if the
    non-member fee, None otherwise (or if both fees are the same)."""
    if fee is None or rules.fee_member == rules.fee_non_member:
        return None
    for count in {1, persons or 1}:
        if fee == rules.fee_member * count:
            return True
        if fee == rules.fee_non_member * count:
            return False
    return None


def organization_from_domain(email: str) -> str | None:
    """A readable guess from the mail domain ("sozialamt@stadt-musterhausen.de" ->
    "Stadt Musterhausen"), or None for freemail and odd addresses."""
    domain = email.rpartition("@")[2].strip().lower()
    if not domain or domain in FREEMAIL or "." not in domain:
        return None
    labels = [x for x in domain.split(".")[:-1] if x not in _NOISE]
    if not labels:
        return None
    words = " ".join(labels[-1:] if len(labels) > 1 else labels).replace("-", " ").split()
    return " ".join(w.capitalize() for w in words) or None


def still_missing(asked: Iterable[str], fields: Fields, record: Attendee | None) -> tuple[str, ...]:
    """Of the fields ``asked`` (names as in ``Fields``), those neither ``fields`` nor the
    record give (payment: must be agreed)."""
    out = []
    for name in asked:
        value = getattr(fields, name, None)
        held = getattr(record, name, None) if record is not None else None
        if name == "payment_agreement":
            if value is not True and held is not True:
                out.append(name)
        elif name == "persons":
            if value is None and record is None:
                out.append(name)
        elif not _given(value) and not _given(held):
            out.append(name)
    return tuple(out)


# -- message records --------------------------------------------------------------------


def fields_to_dict(fields: Fields) -> dict[str, Any]:
    """A JSON-safe dict of ``fields`` (the pipeline keeps it in the message record)."""
    return fields.to_dict()


def fields_from_dict(data: Mapping[str, Any] | None) -> Fields:
    """The inverse of ``fields_to_dict``; unknown keys are ignored, bad values dropped."""
    if not data:
        return Fields()
    values: dict[str, Any] = {}
    for f in dataclass_fields(Fields):
        if f.name not in data or data[f.name] is None:
            continue
        value = data[f.name]
        if f.name == "fee_quoted":
            try:
                value = Decimal(str(value))
            except InvalidOperation:
                continue
        elif isinstance(value, list):
            value = tuple(value)
        values[f.name] = value
    return Fields(**values)


def gather(earlier: Iterable[Fields]) -> Fields:
    """What earlier mails said, oldest first: a later mail's value wins."""
    values: dict[str, Any] = {}
    for fields in earlier:
        for name in CARRIED:
            value = getattr(fields, name)
            if _given(value) and name not in fields.guessed:
                values[name] = value
    return Fields(**values)


def known_from_records(records: Iterable[Mapping[str, Any]], emails: Iterable[str]) -> Fields | None:
    """What earlier message records (``"email"``: who wrote, ``"fields"``: what the mail
    said, as ``fields_to_dict`` or the adoption's ``fields_record`` keeps it) tell about
    the person writing from ``emails``; a mail about someone else (a colleague
    registered on their behalf) is left out. None if they tell nothing."""
    wanted = {e.strip().lower() for e in emails if e}
    earlier = []
    for record in records:
        if str(record.get("email") or "").lower() not in wanted or not record.get("fields"):
            continue
        fields = fields_from_dict(record["fields"])
        if fields.email and fields.email.lower() not in wanted:
            continue
        earlier.append(fields)
    found = gather(earlier)
    return found if found != Fields() else None


def told_by(record: Mapping[str, Any]) -> tuple[str, str, tuple[tuple[str, Any], ...]] | None:
    """What one message record can add to ``known_from_records``, compact: (who wrote,
    the fields' own email, the carried values it gives), or None if it gives none. The
    store keeps these per writer (``Store.find_each``) instead of decoding every earlier
    record of the writer for each new mail."""
    if not record.get("fields"):
        return None
    fields = fields_from_dict(record["fields"])
    carried = tuple((name, getattr(fields, name)) for name in CARRIED
                    if _given(getattr(fields, name)) and name not in fields.guessed)
    if not carried:
        return None
    return str(record.get("email") or "").lower(), (fields.email or "").lower(), carried


def known_from_told(told: Iterable[tuple[str, str, tuple[tuple[str, Any], ...]]],
                    emails: Iterable[str]) -> Fields | None:
    """``known_from_records`` of the records that ``told`` was made of (``told_by``)."""
    wanted = {e.strip().lower() for e in emails if e}
    values: dict[str, Any] = {}
    for writer, email, carried in told:
        if writer in wanted and not (email and email not in wanted):
            values.update(carried)
    found = Fields(**values)
    return found if found != Fields() else None


def from_record(record: Attendee) -> Fields:
    """What an attendee record (of an earlier event: last year's conference) tells about
    the person: name, title, organisation, membership, invoice address (not a guess)."""
    values = {name: getattr(record, name) for name in CARRIED
              if _given(getattr(record, name)) and name not in record.guessed}
    return Fields(**values)


def known_with_records(known: Fields | None, earlier: Iterable[Attendee]) -> Fields | None:
    """``known`` (what the person's mails said) completed with their records in other
    events, the latest last (its values win over older records, the mails' over all):
    a returning attendee is not asked again for what last season's list holds."""
    layers = [from_record(r) for r in sorted(earlier, key=lambda r: r.since or _EPOCH)]
    found = gather([*layers, *([known] if known is not None else [])])
    return found if found != Fields() else None


def _given(value: object) -> bool:
    return value is not None and value != "" and value != ()


__all__ = ["complete", "still_missing", "member_from_fee", "organization_from_domain",
           "with_guess", "fields_to_dict", "fields_from_dict", "gather", "known_from_records",
           "told_by", "known_from_told",
           "from_record", "known_with_records", "CARRIED", "FREEMAIL"]
