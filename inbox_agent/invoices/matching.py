"""Credits matched to open invoices (pure): first by an invoice number in the purpose
text (spaces and dashes as the bank wrote them do not matter), then by the payment
reference, then by amount and name. What is not clear is never guessed: several
candidates, or none, go to the office with the candidates named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from inbox_agent.invoices.credit import Credit

PAID, PARTIAL, OVERPAID = "paid", "partial", "overpaid"
AMBIGUOUS, UNMATCHED, KNOWN = "ambiguous", "unmatched", "known"


@dataclass(frozen=True)
class Open:
    """An open invoice as matching sees it."""

    number: str
    email: str
    event: str
    balance: Decimal
    names: tuple[str, ...]  # the attendee's and the buyer's names
    reference: str = ""


@dataclass(frozen=True)
class Match:
    credit: Credit
    outcome: str
    invoice: Open | None = None
    candidates: tuple[str, ...] = ()  # invoice numbers, for the office
    how: str = ""  # "number", "reference", "amount and name"


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _words(names: tuple[str, ...]) -> set[str]:
    return {w for n in names for w in re.findall(r"[a-zäöüß]{4,}", n.lower())
            if w not in {"kreis", "stadt", "landkreis", "gemeinde", "sozialamt", "verein"}}


def match(credits: list[Credit], invoices: list[Open], known: set[str]) -> list[Match]:
    """One ``Match`` per credit; ``known`` idents (imported before) change nothing.
    Balances are taken down as credits are matched, so two transfers for one invoice
    in the same file are seen as such."""
    left = {i.number: i.balance for i in invoices}
    out = []
    for credit in credits:
        if credit.ident in known:
            out.append(Match(credit, KNOWN))
            continue
        found = _one(credit, invoices, left)
        if found.invoice is not None:
            left[found.invoice.number] -= credit.amount
        out.append(found)
    return out


def _one(credit: Credit, invoices: list[Open], left: dict[str, Decimal]) -> Match:
    purpose = _squash(credit.purpose)
    by_number = [i for i in invoices if _squash(i.number) and _squash(i.number) in purpose]
    if len(by_number) == 1:
        return _settled(credit, by_number[0], left, "number")
    if len(by_number) > 1:
        return Match(credit, AMBIGUOUS, candidates=tuple(i.number for i in by_number), how="number")
    by_ref = [i for i in invoices if len(_squash(i.reference)) >= 8 and _squash(i.reference) in purpose]
    if len(by_ref) == 1:
        return _settled(credit, by_ref[0], left, "reference")
    text = f"{credit.name} {credit.purpose}".lower()
    named = [i for i in invoices if left[i.number] > 0 and any(w in text for w in _words(i.names))]
    exact = [i for i in named if left[i.number] == credit.amount]
    if len(exact) == 1:
        return _settled(credit, exact[0], left, "amount and name")
    if named:
        return Match(credit, AMBIGUOUS, candidates=tuple(i.number for i in named), how="name")
    same = [i.number for i in invoices if left[i.number] == credit.amount]
    return Match(credit, UNMATCHED, candidates=tuple(same))


def _settled(credit: Credit, invoice: Open, left: dict[str, Decimal], how: str) -> Match:
    balance = left[invoice.number]
    outcome = PAID if credit.amount == balance else PARTIAL if credit.amount < balance else OVERPAID
    return Match(credit, outcome, invoice, (invoice.number,), how)


__all__ = ["Open", "Match", "match", "PAID", "PARTIAL", "OVERPAID", "AMBIGUOUS",
           "UNMATCHED", "KNOWN"]
