"""Invoices made and numbered: one per binding registration (per invoice address: a
group gets one invoice with a line per person), staged with the decision that makes
the registration binding, so the number and the record are in the same store commit
as the confirmation (a crash loses both or neither: the numbers stay gapless).

Numbers: ``[invoices] number`` with ``{year}`` (the issue year, in the event's time
zone) and ``{seq}``, the running number of that year, kept in the ``meta`` record
``invoice_seq:<year>``; a credit note takes the next number too; none is ever reused.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from inbox_agent.config import Config
from inbox_agent.invoices.record import (
    CANCELLED,
    CREDIT_NOTE,
    INVOICE,
    OPEN,
    Invoice,
    Line,
    Party,
    address_lines,
    cents,
    leitweg_id,
)
from inbox_agent.model import PlannedMail
from inbox_agent.registrations import Decision
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.context import fee_lines, payment_reference
from inbox_agent.registrations.rules import EventRules
from inbox_agent.store.db import Store

TABLE = "invoices"
BILLED = (State.REGISTERED, State.PAID)


def next_number(store: Store, config: Config, year: int) -> tuple[str, int]:
    """Stage the next number of ``year``: (number, seq)."""
    key = f"invoice_seq:{year}"
    record = store.get("meta", key) or {"key": key, "last": 0}
    seq = int(record["last"]) + 1
    store.put("meta", {**record, "last": seq})
    return config.invoices.number.format(year=year, seq=seq), seq


def current(store: Store, event: str, email: str) -> Invoice | None:
    """The open invoice of ``email`` in ``event`` (not a credit note), or None."""
    found = [Invoice.from_dict(r) for r in store.find(TABLE, email=email)
             if r.get("event") == event and r.get("kind") == INVOICE and r.get("status") == OPEN]
    return found[-1] if found else None


def by_email(store: Store, event: str) -> dict[str, dict[str, Any]]:
    """The current (not cancelled) invoice record of every attendee of ``event``."""
    return {r["email"]: r for r in store.all(TABLE)
            if r.get("event") == event and r.get("kind") == INVOICE and r.get("status") == OPEN}


def of_attendee(store: Store, email: str, event: str | None = None) -> list[Invoice]:
    """Every invoice and credit note of ``email`` (in ``event``), in number order."""
    found = [Invoice.from_dict(r) for r in store.find(TABLE, email=email)
             if event is None or r.get("event") == event]
    return sorted(found, key=lambda i: (i.year, i.seq))


def get(store: Store, number: str) -> Invoice | None:
    record = store.get(TABLE, number)
    return Invoice.from_dict(record) if record else None


def put(store: Store, invoice: Invoice) -> None:
    store.put(TABLE, invoice.to_dict())


def build(config: Config, rules: EventRules, a: Attendee, number: str, seq: int,
          issued: date) -> Invoice:
    """The invoice of ``a``'s binding registration (pure but for the number given)."""
    inv_cfg, office = config.invoices, config.office
    lang = "en" if a.language.startswith("en") else "de"
    lines = tuple(Line(name or a.display_name(), _rate(member, lang), cents(amount))
                  for name, member, amount in fee_lines(a, rules))
    if a.fee is not None and sum(x.amount for x in lines) != cents(a.fee):
        lines = (Line(a.display_name(), f"{a.persons} × {rules.name}", cents(a.fee)),)
    buyer_lines = address_lines(a.invoice_address) or tuple(
        x for x in (a.organization, a.display_name()) if x)
    buyer = Party(name=buyer_lines[0] if buyer_lines else a.email, address=buyer_lines[1:],
                  email=a.email, leitweg_id=leitweg_id(a.invoice_address))
    seller = Party(name=rules.account_holder or office.name,
                   address=address_lines(inv_cfg.issuer_address), country=inv_cfg.issuer_country,
                   email=office.address, tax_number=inv_cfg.tax_number, vat_id=inv_cfg.vat_id)
    xr = inv_cfg.xrechnung == "always" or (inv_cfg.xrechnung == "auto" and bool(buyer.leitweg_id))
    return Invoice(
        number=number, kind=INVOICE, event=rules.id, event_name=rules.name, email=a.email,
        issued=issued, due=a.payment_due or issued, currency=rules.currency, lines=lines,
        seller=seller, buyer=buyer, iban=rules.iban, bic=rules.bic,
        account_holder=rules.account_holder or office.name,
        reference=payment_reference(a, rules), vat_rate=Decimal(str(inv_cfg.vat_rate)),
        vat_note=inv_cfg.vat_note, service_from=rules.starts, service_to=rules.ends,
        language=lang, xrechnung=xr, year=issued.year, seq=seq)


def _rate(member: bool | None, lang: str) -> str:
    if lang == "en":
        return "member rate" if member else "non-member rate"
    return "Mitgliedertarif" if member else "Tarif für Nicht-Mitglieder"


def issue(store: Store, config: Config, rules: EventRules, a: Attendee,
          now: datetime) -> Invoice:
    """Number, build and stage the invoice of ``a`` now."""
    issued = rules.local_date(now)
    number, seq = next_number(store, config, issued.year)
    invoice = build(config, rules, a, number, seq, issued)
    put(store, invoice)
    return invoice


def cancel(store: Store, config: Config, invoice: Invoice, now: datetime, rules: EventRules,
           replaced_by: str = "") -> Invoice:
    """Stage the credit note that cancels ``invoice`` (its own number); the invoice is
    marked cancelled. Returns the credit note."""
    issued = rules.local_date(now)
    number, seq = next_number(store, config, issued.year)
    note = invoice.credit_note(number, issued.year, seq, issued)
    put(store, note)
    put(store, replace(invoice, status=CANCELLED, cancelled_by=number, replaced_by=replaced_by))
    return note


def needs_new(invoice: Invoice, config: Config, rules: EventRules, a: Attendee) -> bool:
    """Whether ``a``'s registration changed what ``invoice`` bills (persons, membership,
    fee or invoice address)."""
    fresh = build(config, rules, a, invoice.number, invoice.seq, invoice.issued)
    return (fresh.lines, fresh.buyer) != (invoice.lines, invoice.buyer)


def stage(store: Store, config: Config, rules: EventRules | None, decision: Decision,
          now: datetime) -> Decision:
    """The invoices ``decision`` calls for, staged; the confirmation mails it plans get
    their invoice (``invoice`` in the context, the files attached when composed). A
    binding registration without an invoice gets one; one whose persons, membership or
    address changed gets a credit note and a corrected invoice."""
    made: dict[str, Invoice] = {}
    if rules is None:  # an event no longer configured: nothing is billed for it
        return decision
    for a in decision.attendees:
        if a.state not in BILLED or a.fee is None:
            continue
        old = current(store, rules.id, a.email)
        if old is None:
            made[a.email] = issue(store, config, rules, a, now)
        elif needs_new(old, config, rules, a):
            fresh = issue(store, config, rules, a, now)
            cancel(store, config, old, now, rules, replaced_by=fresh.number)
            made[a.email] = fresh
    planned = tuple(_with_invoice(p, _invoice_for(store, rules.id, p, made))
                    for p in decision.planned)
    return replace(decision, planned=planned) if planned != decision.planned else decision


def _invoice_for(store: Store, event: str, planned: PlannedMail,
                 made: dict[str, Invoice]) -> Invoice | None:
    """The invoice a mail about an attendee carries (the one made now, else the open one)."""
    if planned.kind not in ATTACH_KINDS:
        return None
    email = (dict(planned.context).get("attendee") or {}).get("email") or planned.to.email
    return made.get(email.lower()) or current(store, event, email.lower())


ATTACH_KINDS = ("confirmation", "payment_reminder", "promoted")


def context_of(invoice: Invoice) -> dict[str, Any]:
    """What templates know of an invoice (``invoice`` in a mail's context)."""
    return {"number": invoice.number, "issued": invoice.issued.isoformat(),
            "due": invoice.due.isoformat(), "total": str(invoice.total),
            "currency": invoice.currency, "xrechnung": invoice.xrechnung,
            "kind": invoice.kind, "cancels": invoice.cancels}


def _with_invoice(planned: PlannedMail, invoice: Invoice | None) -> PlannedMail:
    if invoice is None or dict(planned.context).get("invoice"):
        return planned
    context = {**dict(planned.context), "invoice": context_of(invoice)}
    return replace(planned, context=tuple(context.items()))


__all__ = ["TABLE", "stage", "issue", "cancel", "current", "of_attendee", "get", "put",
           "build", "next_number", "context_of", "needs_new", "CREDIT_NOTE", "ATTACH_KINDS"]
