"""A credit on a bank statement, as our own value (``statements`` reads them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inbox_agent.errors import InboxAgentError


class StatementError(InboxAgentError, ValueError):
    """A file that is no bank statement we can read (with the reason)."""


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
