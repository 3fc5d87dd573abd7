"""MT940 statements (SWIFT, still what many German banks export) read with the mt-940
library: the one module that imports it, when the first statement is read (~25 ms that
a command which reads none, every poll among them, does not spend). Gives
``statements`` its rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from inbox_agent.i18n import N_
from inbox_agent.invoices.credit import Credit, StatementError
from inbox_agent.model import Reason


def credits(text: str) -> list[tuple[str, Credit]]:
    """(bank reference, credit) for every credit booking in ``text``."""
    import mt940

    try:
        transactions = mt940.parse(text)
    except Exception as exc:  # the library raises plain errors on broken input
        raise StatementError(Reason.of(N_(
            "The MT940 file cannot be read ({detail}). Export the statement from online "
            "banking again, or as CAMT.053."), detail=str(exc))) from None
    out = []
    for tx in transactions:
        d = tx.data
        if d.get("status") not in ("C", "RD"):  # C: credit; RD: a reversed debit
            continue
        amount = d["amount"]
        ref = d.get("bank_reference") or ""
        if ref.upper() == "NONREF":
            ref = ""
        booked = d.get("entry_date") or d.get("date")
        purpose = " ".join(str(d.get(k) or "") for k in ("purpose", "additional_purpose")).strip()
        out.append((ref, Credit(
            "", date(booked.year, booked.month, booked.day), Decimal(str(amount.amount)),
            str(amount.currency or d.get("currency") or "EUR"),
            str(d.get("applicant_name") or ""), " ".join(purpose.split()),
            str(d.get("applicant_iban") or ""))))
    return out


__all__ = ["credits"]
