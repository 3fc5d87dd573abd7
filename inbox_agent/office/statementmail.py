"""A bank statement mailed to the office by a staff member (issues 15 and 16).

A genuine staff mail (``app.staffmail`` decides who may: a staff address the office's
own server authenticated) with a CAMT.053, MT940 or CSV attachment is imported through
the same booking as ``payments import`` (``money.book_statement``, never a dry run):
matched credits paid with a receipt to the attendee, part payments kept open with a
task, the rest filed as tasks. Every credit is recorded under its transaction identity,
so the same file mailed twice changes nothing. What came of each file goes back to the
staff member in the one answer to the mail (``staff_reply``): ``summary`` is what that
template shows. The caller holds the store's lock and commits.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from inbox_agent.errors import InboxAgentError
from inbox_agent.i18n import render
from inbox_agent.invoices import matching
from inbox_agent.model import Attachment, Mail
from inbox_agent.office.money import StatementResult, book_statement, open_invoices
from inbox_agent.services import Services

# What a bank's export is called or sent as; anything else attached is not looked at.
SUFFIXES = (".xml", ".camt", ".sta", ".mt940", ".940", ".csv")
TYPES = ("text/csv", "application/csv", "application/xml", "text/xml",
         "application/vnd.ms-excel")
MAX_BYTES = 5_000_000
MAX_OPEN_SHOWN = 30


def statements_in(mail: Mail) -> list[Attachment]:
    """The attachments of ``mail`` that may be bank statements (by name or type)."""
    return [a for a in mail.attachments
            if (a.filename.lower().endswith(SUFFIXES) or a.content_type in TYPES)
            and 0 < a.size <= MAX_BYTES]


def import_mailed(services: Services, attachment: Attachment) -> dict[str, Any]:
    """Book one mailed statement; what the staff reply says about it."""
    try:
        result = book_statement(services, attachment.data, attachment.filename)
    except InboxAgentError as exc:  # StatementError: not a statement we can read
        why = render(exc.reason) if exc.reason is not None else str(exc)
        return {"file": attachment.filename, "done": False, "error": why}
    return summary(services, result)


def refused(attachment: Attachment, why: str) -> dict[str, Any]:
    """The staff reply's entry for a statement that was not imported."""
    return {"file": attachment.filename, "done": False, "error": why}


def summary(services: Services, result: StatementResult) -> dict[str, Any]:
    """A file's outcome as plain values: paid, part payments (with what stays open),
    unclear, unmatched, imported before; and the invoices still open afterwards."""
    groups: dict[str, list[dict[str, str]]] = {
        "paid": [], "partial": [], "unclear": [], "unmatched": []}
    known = 0
    for m in result.matches:
        if m.outcome == matching.KNOWN:
            known += 1
            continue
        group = {matching.PAID: "paid", matching.PARTIAL: "partial",
                 matching.UNMATCHED: "unmatched"}.get(m.outcome, "unclear")
        groups[group].append(_credit(m))
    still = [o for o in open_invoices(services.store) if o.balance > 0]
    return {"file": result.filename, "done": True, "error": "", **groups, "known": known,
            "credits": len(result.matches), "receipts": len(result.receipts),
            "still_open": [{"number": o.number, "email": o.email, "balance": str(o.balance)}
                           for o in still[:MAX_OPEN_SHOWN]],
            "still_open_count": len(still),
            "still_open_total": str(sum((o.balance for o in still), Decimal(0)))}


def _credit(m: matching.Match) -> dict[str, str]:
    c = m.credit
    owed = m.invoice.balance - c.amount if m.invoice is not None else Decimal(0)
    return {"amount": str(c.amount), "currency": c.currency, "name": c.name or "?",
            "booked": c.booked.isoformat(), "purpose": " ".join(c.purpose.split())[:80],
            "invoice": m.invoice.number if m.invoice else "",
            "email": m.invoice.email if m.invoice else "",
            "balance": str(max(owed, Decimal(0))),
            "candidates": ", ".join(m.candidates)}


__all__ = ["statements_in", "import_mailed", "refused", "summary", "SUFFIXES"]
