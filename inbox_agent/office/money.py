"""The office's money (issue 16): invoices shown, sent again, cancelled with a credit
note; bank statements imported and matched (``import_statement``, which the command
``payments import`` and, later, a statement mailed to the office call).

What an import does: each credit of the file is matched (``invoices.matching``);
a match is recorded as a payment on the registration (paid, or a part payment with the
balance kept open) with a receipt "Zahlungseingang bestätigt"; a short or surplus
payment, an ambiguous or an unmatched credit becomes a task with the candidates. Every
credit is recorded under its transaction identity (table ``payments``), so the same or
an overlapping file imported again changes nothing. A dry run shows the same plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from inbox_agent.i18n import N_, _
from inbox_agent.invoices import files as invoice_files
from inbox_agent.invoices import issue, matching, statements
from inbox_agent.invoices.record import INVOICE, OPEN, Invoice
from inbox_agent.model import Address, PlannedMail, Reason
from inbox_agent.office import eventpick
from inbox_agent.office.common import LOCK_WAIT, StaffError, day, plain_amount
from inbox_agent.registrations import make_message_id, mark_paid
from inbox_agent.registrations.attendee import Attendee
from inbox_agent.registrations.context import build_context
from inbox_agent.services import Services, sender_for
from inbox_agent.store.events import attendee_key
from inbox_agent.store.tasks import put_task

TASKS = {matching.PARTIAL: "payment_partial", matching.OVERPAID: "payment_overpaid",
         matching.AMBIGUOUS: "payment_unclear", matching.UNMATCHED: "payment_unmatched"}


@dataclass(frozen=True)
class StatementResult:
    """What an import did (or, dry, would do): one ``Match`` per credit in the file."""

    filename: str
    matches: tuple[matching.Match, ...]
    dry_run: bool
    receipts: tuple[str, ...] = ()  # Message-IDs of the receipts planned

    def count(self, outcome: str) -> int:
        return sum(1 for m in self.matches if m.outcome == outcome)


def _attendee(store, inv: Invoice) -> Attendee | None:
    record = store.get("attendees", attendee_key(store, inv.event, inv.email))
    return Attendee.from_dict(record) if record else None


def open_invoices(store) -> list[matching.Open]:
    """Every open invoice with what is still owed on its registration."""
    out = []
    for r in store.all("invoices"):
        if r.get("kind") != INVOICE or r.get("status") != OPEN:
            continue
        inv = Invoice.from_dict(r)
        a = _attendee(store, inv)
        balance = a.balance if a is not None and a.balance is not None else inv.total
        names = (inv.buyer.name, *(n for n in ((a.name, a.organization) if a else ()) if n))
        out.append(matching.Open(inv.number, inv.email, inv.event, balance, names, inv.reference))
    return out


def import_statement(services: Services, data: bytes, filename: str,
                     dry_run: bool) -> StatementResult:
    """Read, match and (unless ``dry_run``) book the statement ``data``; receipts are
    recorded and sent like every mail. ``StatementError`` for a file we cannot read."""
    store = services.store
    with store.exclusive(LOCK_WAIT):
        result = book_statement(services, data, filename, dry_run)
        if dry_run:
            return result
        store.commit()
    if result.receipts:
        with services.open_mailbox() as box, sender_for(services) as sender:
            services.outbox.deliver(store, sender, None if services.dry_run else box,
                                    services.clock.now())
        store.commit()
    return result


def book_statement(services: Services, data: bytes, filename: str,
                   dry_run: bool = False) -> StatementResult:
    """``import_statement``'s booking, staged only (the caller holds the lock, commits
    and sends the receipts: the command above, or the poll for a statement mailed by
    staff, ``office.statementmail``)."""
    store, now = services.store, services.clock.now()
    credits = statements.read(data, filename)
    known = {r["key"] for r in store.all("payments")}
    matches = tuple(matching.match(credits, open_invoices(store), known))
    if dry_run:
        return StatementResult(filename, matches, True)
    receipts = tuple(m for m in (_book(services, x, filename, now) for x in matches) if m)
    return StatementResult(filename, matches, False, receipts)


def _book(services: Services, m: matching.Match, filename: str, now: datetime) -> str:
    """Record one credit; the receipt's Message-ID if one is planned, else ""."""
    store, c = services.store, m.credit
    if m.outcome == matching.KNOWN:
        return ""
    store.put("payments", {"key": c.ident, "booked": c.booked.isoformat(), "amount": str(c.amount),
                           "currency": c.currency, "name": c.name, "purpose": c.purpose,
                           "iban": c.iban, "outcome": m.outcome, "candidates": list(m.candidates),
                           "invoice": m.invoice.number if m.invoice else "",
                           "email": m.invoice.email if m.invoice else "",
                           "event": m.invoice.event if m.invoice else "",
                           "file": filename, "imported_at": now.isoformat()})
    planned = ""
    if m.invoice is not None:
        planned = _pay(services, m, now)
    if m.outcome in TASKS:
        _task(services, m, now)
    return planned


def _pay(services: Services, m: matching.Match, now: datetime) -> str:
    store, c = services.store, m.credit
    inv = issue.get(store, m.invoice.number)
    a = _attendee(store, inv) if inv else None
    if inv is None or a is None:
        return ""
    rules = services.events.get(inv.event)
    paid = mark_paid(a, c.amount, "bank", now, note=f"{inv.number} {c.booked.isoformat()} {c.ident}")
    eventpick.put(store, paid, inv.event)
    if rules is None:
        return ""
    context = build_context("payment_received", paid, rules, now,
                            received={"amount": str(c.amount), "date": c.booked.isoformat()},
                            invoice=issue.context_of(inv))
    planned = PlannedMail(
        kind="payment_received", to=Address(paid.email, paid.display_name() if paid.name else ""),
        language=paid.language, context=context, event=inv.event,
        message_id=make_message_id("payment_received", f"{c.ident}|{inv.number}",
                                   rules.message_id_domain),
        in_reply_to=paid.thread_root, references=(paid.thread_root,) if paid.thread_root else ())
    services.outbox.record(store, planned, cause=f"payment:{c.ident}", now=now)
    return planned.message_id


_TASK_TEXT = {
    matching.PARTIAL: N_("Part payment of {amount} from {name} for {number}; {balance} still open"),
    matching.OVERPAID: N_("{name} paid {amount} for {number}, more than was open: refund or keep?"),
    matching.AMBIGUOUS: N_("Payment of {amount} from {name} ({purpose}): which invoice? "
                           "Candidates: {candidates}"),
    matching.UNMATCHED: N_("Payment of {amount} from {name} ({purpose}) matches no open invoice"
                           "{candidates}"),
}


def _task(services: Services, m: matching.Match, now: datetime) -> None:
    c = m.credit
    balance = m.invoice.balance - c.amount if m.invoice else Decimal(0)
    if m.outcome == matching.UNMATCHED:
        cands = f" ({', '.join(m.candidates)}?)" if m.candidates else ""
    else:
        cands = ", ".join(m.candidates)
    summary = Reason.of(_TASK_TEXT[m.outcome], amount=f"{c.amount} {c.currency}",
                        name=c.name or "?", number=m.invoice.number if m.invoice else "",
                        balance=f"{max(balance, Decimal(0))} {c.currency}",
                        purpose=c.purpose[:80], candidates=cands)
    put_task(services.store, key=f"task:payment:{c.ident}", task=TASKS[m.outcome],
             email=m.invoice.email if m.invoice else "", cause=f"payment:{c.ident}",
             event=m.invoice.event if m.invoice else services.event.id,
             summary=summary.to_dict(), now=now, candidates=list(m.candidates),
             pay=_payable(services, m, balance))


def _payable(services: Services, m: matching.Match, balance: Decimal) -> list[dict[str, str]]:
    """What the task's "record as paid" links offer (``digest_actions``): a part
    payment's rest; for an unclear or unmatched credit, its amount on each candidate."""
    if m.outcome == matching.PARTIAL and m.invoice is not None and balance > 0:
        return [{"email": m.invoice.email, "amount": str(balance), "invoice": m.invoice.number}]
    if m.outcome not in (matching.AMBIGUOUS, matching.UNMATCHED):
        return []
    out = []
    for number in m.candidates:
        inv = issue.get(services.store, number)
        if inv is not None and inv.email:
            out.append({"email": inv.email, "amount": str(m.credit.amount), "invoice": number})
    return out


def plan_lines(result: StatementResult) -> list[str]:
    """The plan (or what was done), one line per credit, in the staff language."""
    words = {matching.PAID: _("paid"), matching.PARTIAL: _("part payment, balance open"),
             matching.OVERPAID: _("paid more than open (task)"),
             matching.AMBIGUOUS: _("unclear (task)"), matching.UNMATCHED: _("unmatched (task)"),
             matching.KNOWN: _("imported before, nothing to do")}
    lines = []
    for m in result.matches:
        c = m.credit
        target = m.invoice.number if m.invoice else ", ".join(m.candidates)
        lines.append(f"{day(c.booked)}  {plain_amount(c.amount):>10} {c.currency}  "
                     f"{c.name[:30]:30}  {target + ': ' if target else ''}{words[m.outcome]}")
    return lines


# -- invoice show / resend / cancel --------------------------------------------------


def find_invoice(store, number: str) -> Invoice:
    """The invoice ``number`` as the staff type it (the case does not matter)."""
    inv = issue.get(store, number.strip()) or issue.get(store, number.strip().upper())
    if inv is None:
        raise StaffError(Reason.of(N_("there is no invoice {number}; `inbox-agent show E-MAIL` "
                                      "lists a person's invoices"), number=number))
    return inv


def balance_of(store, inv: Invoice) -> Decimal | None:
    """What is still owed on the registration of an open invoice (None: nothing to say)."""
    if inv.kind != INVOICE or inv.status != OPEN:
        return None
    a = _attendee(store, inv)
    return a.balance if a is not None and a.balance is not None else inv.total


def invoice_text(inv: Invoice, balance: Decimal | None = None) -> str:
    """``invoice show``: the facts of one invoice or credit note, as the office reads
    them (days and amounts in the staff language)."""
    cur = inv.currency
    lines = [f"{inv.number}  ({_('credit note') if inv.kind != INVOICE else _('invoice')})",
             _("Issued: {day}, due: {due}").format(day=day(inv.issued), due=day(inv.due)),
             _("Buyer: {name}").format(name=", ".join((inv.buyer.name, *inv.buyer.address))),
             _("Sent to: {email}").format(email=inv.email),
             _("Total: {total} {currency}").format(total=plain_amount(inv.total), currency=cur)]
    lines += [f"  {plain_amount(x.amount):>10}  {x.name} ({x.detail})" for x in inv.lines]
    if inv.kind == INVOICE:  # what the invoice asks the payer to write (its PDF and XML)
        lines.append(_("Payment reference: {reference}").format(reference=inv.number))
    if balance is not None:
        lines.append(_("Still open: {amount} {currency}").format(amount=plain_amount(balance),
                                                                currency=cur)
                     if balance > 0 else _("Paid in full."))
    if inv.cancels:
        lines.append(_("Cancels: {number}").format(number=inv.cancels))
    if inv.cancelled_by:
        lines.append(_("Cancelled by: {number}").format(number=inv.cancelled_by))
    if inv.replaced_by:
        lines.append(_("Corrected invoice: {number}").format(number=inv.replaced_by))
    return "\n".join(lines)


def send_invoice(services: Services, inv: Invoice, by: str, now: datetime) -> PlannedMail:
    """Plan the mail ``invoice`` with ``inv`` attached (a new Message-ID); stage only."""
    store = services.store
    a = _attendee(store, inv)
    rules = services.events.get(inv.event)
    if a is None or rules is None:
        raise StaffError(Reason.of(N_("the registration of invoice {number} is gone"),
                                   number=inv.number))
    planned = PlannedMail(
        kind="invoice", to=Address(a.email, a.display_name() if a.name else ""),
        language=a.language, event=inv.event,
        context=build_context("invoice", a, rules, now, invoice=issue.context_of(inv)),
        message_id=make_message_id("invoice", f"{inv.number}|{by}|{now.isoformat()}",
                                   rules.message_id_domain),
        in_reply_to=a.thread_root, references=(a.thread_root,) if a.thread_root else ())
    services.outbox.compose(planned, now)  # a template problem shows before anything is stored
    services.outbox.record(store, planned, cause=f"staff:{by}", now=now)
    return planned


def cancel_invoice(services: Services, number: str, by: str, now: datetime) -> Invoice:
    """The credit note for invoice ``number`` (its own number), sent to the attendee."""
    store = services.store
    with store.exclusive(LOCK_WAIT):
        inv = find_invoice(store, number)
        if inv.kind != INVOICE or inv.status != OPEN:
            raise StaffError(Reason.of(N_("invoice {number} is not open"), number=number))
        rules = services.events.get(inv.event)
        if rules is None:
            raise StaffError(Reason.of(N_("the event of invoice {number} is not configured"),
                                       number=number))
        note = issue.cancel(store, services.config, inv, now, rules)
        send_invoice(services, note, by, now)
        store.commit()
    if store.persist:
        invoice_files.keep(note, services.config, target=store.path.parent / "invoices")
    return note


def resend_invoice(services: Services, number: str, by: str, now: datetime) -> PlannedMail:
    store = services.store
    with store.exclusive(LOCK_WAIT):
        planned = send_invoice(services, find_invoice(store, number), by, now)
        store.commit()
    return planned


def as_json(result: StatementResult) -> dict[str, Any]:
    return {"file": result.filename, "dry_run": result.dry_run, "credits": [
        {"ident": m.credit.ident, "booked": m.credit.booked.isoformat(),
         "amount": str(m.credit.amount), "name": m.credit.name, "outcome": m.outcome,
         "invoice": m.invoice.number if m.invoice else None, "candidates": list(m.candidates)}
        for m in result.matches]}


__all__ = ["import_statement", "book_statement", "open_invoices", "StatementResult", "plan_lines", "invoice_text",
           "cancel_invoice", "resend_invoice", "find_invoice", "as_json", "TASKS"]
