"""The fee a mail quotes ("300 €", "250,00 EUR", "€ 300", "300,- Euro"): the one amount,
if it quotes exactly one. A fallback until the fields step reads it
(``Fields.fee_quoted``); registrations judge what it means (membership from the fee)."""

from __future__ import annotations

import re
from decimal import Decimal

_AMOUNT = re.compile(r"(?<![\d.,])(\d{2,4})(?:,(?:00|-{1,2})|\.00)?\s*(?:€|eur\b|euro\b)"
                     r"|(?:€|eur\b)\s*(\d{2,4})(?:,(?:00|-{1,2})|\.00)?(?![\d.,])", re.I)


def fee_quoted(body: str) -> Decimal | None:
    """The one amount ``body`` quotes, if it quotes exactly one; else None."""
    found = {m.group(1) or m.group(2) for m in _AMOUNT.finditer(body)}
    return Decimal(found.pop()) if len(found) == 1 else None


__all__ = ["fee_quoted"]
