"""A credit on a bank statement, as our own value (``statements`` reads them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inbox_agent.errors import PermanentError


class StatementError(PermanentError, ValueError):
    """A file that is no bank statement we can read. Raised with a ``Reason`` that says
    what is wrong and what to do (export the statement again), in the staff language
    where it is shown; reading the same file again will not help."""


@dataclass(frozen=True)
class Credit:
    """Money received, as the bank booked it."""

    ident: str
    booked: date
    amount: Decimal
    currency: str
    name: str
    purpose: str
    iban: str = ""


__all__ = ["Credit", "StatementError"]
