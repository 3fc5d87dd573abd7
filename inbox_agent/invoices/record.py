"""The invoice as our own value: what is printed on the PDF, carried in the XML and kept
in the store (table ``invoices``, key = the number). Pure: no I/O, no clock.

An invoice is made once, when the registration becomes binding, and never changes: the
seller's data (from ``[office]``, ``[payment]``, ``[invoices]``) and the buyer's are
copied into it, so a later change of the configuration or of the attendee does not
rewrite what was sent; the PDF and the XML are rendered from the record alone, so the
same record always gives the same bytes. A correction is a credit note (its own number,
``cancels`` the old one, amounts negative in meaning, positive on paper) and, where
the registration goes on, a new invoice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

INVOICE = "invoice"  # EN 16931 type code 380
CREDIT_NOTE = "credit_note"  # type code 381
TYPE_CODES = {INVOICE: "380", CREDIT_NOTE: "381"}

OPEN, CANCELLED = "open", "cancelled"  # an invoice's status; a credit note is "open" too

# A Leitweg-ID (the routing id of a German public buyer, XRechnung BT-10):
# coarse address - fine address (optional) - check digits, e.g. "05315-12345-67".
LEITWEG = re.compile(r"\b(\d{2,12}(?:-[A-Za-z0-9]{1,30})?-\d{2})\b")
_LEITWEG_LINE = re.compile(r"(?im)^\s*(?:leitweg[\s-]*id|leitweg-?nr\.?|buyer reference)\s*[:.]?\s*(\S+)\s*$")


def cents(value: Decimal | str | int) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Party:
    """Seller or buyer: a name, the address lines, and what identifies them."""

    name: str
    address: tuple[str, ...] = ()
    country: str = "DE"
    email: str = ""
    tax_number: str = ""
    vat_id: str = ""
    leitweg_id: str = ""  # buyer only

    def postcode_city(self) -> tuple[str, str]:
        """(postcode, city) from the last address line that starts with a postcode."""
        for line in reversed(self.address):
            found = re.match(r"^\s*(?:D-)?(\d{4,5})\s+(.+)$", line)
            if found:
                return found.group(1), found.group(2).strip()
        return "", self.address[-1] if self.address else ""

    def street(self) -> str:
        """The address line before the postcode line (the street), or ""."""
        lines = list(self.address)
        for i, line in enumerate(lines):
            if re.match(r"^\s*(?:D-)?\d{4,5}\s+\S", line):
                return lines[i - 1] if i > 0 else ""
        return lines[1] if len(lines) > 1 else ""


@dataclass(frozen=True)
class Line:
    """One position: a person's participation at the member or non-member fee."""

    name: str
    detail: str
    amount: Decimal


@dataclass(frozen=True)
class Invoice:
    number: str
    kind: str
    event: str
    event_name: str
    email: str
    issued: date
    due: date
    currency: str
    lines: tuple[Line, ...]
    seller: Party
    buyer: Party
    iban: str = ""
    bic: str = ""
    account_holder: str = ""
    reference: str = ""
    vat_rate: Decimal = Decimal("0")
    vat_note: str = ""
    service_from: date | None = None
    service_to: date | None = None
    language: str = "de"
    xrechnung: bool = False
    cancels: str = ""  # a credit note: the number of the invoice it cancels
    status: str = OPEN
    replaced_by: str = ""  # a cancelled invoice: the corrected one, if any
    cancelled_by: str = ""  # a cancelled invoice: its credit note
    year: int = 0
    seq: int = 0
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def net(self) -> Decimal:
        return cents(sum((line.amount for line in self.lines), Decimal(0)))

    @property
    def vat(self) -> Decimal:
        return cents(self.net * self.vat_rate / Decimal(100))

    @property
    def total(self) -> Decimal:
        return self.net + self.vat

    @property
    def type_code(self) -> str:
        return TYPE_CODES[self.kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.number, "number": self.number, "kind": self.kind,
            "event": self.event, "event_name": self.event_name, "email": self.email,
            "issued": self.issued.isoformat(), "due": self.due.isoformat(),
            "currency": self.currency,
            "lines": [{"name": x.name, "detail": x.detail, "amount": str(x.amount)}
                      for x in self.lines],
            "seller": _party_out(self.seller), "buyer": _party_out(self.buyer),
            "iban": self.iban, "bic": self.bic, "account_holder": self.account_holder,
            "reference": self.reference, "vat_rate": str(self.vat_rate),
            "vat_note": self.vat_note,
            "service_from": self.service_from.isoformat() if self.service_from else None,
            "service_to": self.service_to.isoformat() if self.service_to else None,
            "language": self.language, "xrechnung": self.xrechnung, "cancels": self.cancels,
            "status": self.status, "replaced_by": self.replaced_by,
            "cancelled_by": self.cancelled_by, "year": self.year, "seq": self.seq,
            "total": str(self.total), **self.extra,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Invoice":
        known = {f for f in cls.__dataclass_fields__} | {"key", "total"}
        return cls(
            number=d["number"], kind=d["kind"], event=d.get("event", ""),
            event_name=d.get("event_name", ""), email=d.get("email", ""),
            issued=date.fromisoformat(d["issued"]), due=date.fromisoformat(d["due"]),
            currency=d.get("currency", "EUR"),
            lines=tuple(Line(x["name"], x.get("detail", ""), Decimal(x["amount"]))
                        for x in d.get("lines", ())),
            seller=_party_in(d["seller"]), buyer=_party_in(d["buyer"]),
            iban=d.get("iban", ""), bic=d.get("bic", ""),
            account_holder=d.get("account_holder", ""), reference=d.get("reference", ""),
            vat_rate=Decimal(d.get("vat_rate", "0")), vat_note=d.get("vat_note", ""),
            service_from=date.fromisoformat(d["service_from"]) if d.get("service_from") else None,
            service_to=date.fromisoformat(d["service_to"]) if d.get("service_to") else None,
            language=d.get("language", "de"), xrechnung=bool(d.get("xrechnung")),
            cancels=d.get("cancels", ""), status=d.get("status", OPEN),
            replaced_by=d.get("replaced_by", ""), cancelled_by=d.get("cancelled_by", ""),
            year=int(d.get("year", 0)), seq=int(d.get("seq", 0)),
            extra={k: v for k, v in d.items() if k not in known},
        )

    def credit_note(self, number: str, year: int, seq: int, issued: date) -> "Invoice":
        """The credit note that cancels this invoice (same lines, same parties)."""
        return replace(self, number=number, kind=CREDIT_NOTE, issued=issued, due=issued,
                       cancels=self.number, status=OPEN, replaced_by="", cancelled_by="",
                       year=year, seq=seq, extra={})


def _party_out(p: Party) -> dict[str, Any]:
    return {"name": p.name, "address": list(p.address), "country": p.country,
            "email": p.email, "tax_number": p.tax_number, "vat_id": p.vat_id,
            "leitweg_id": p.leitweg_id}


def _party_in(d: dict[str, Any]) -> Party:
    return Party(name=d.get("name", ""), address=tuple(d.get("address", ())),
                 country=d.get("country", "DE"), email=d.get("email", ""),
                 tax_number=d.get("tax_number", ""), vat_id=d.get("vat_id", ""),
                 leitweg_id=d.get("leitweg_id", ""))


def address_lines(text: str) -> tuple[str, ...]:
    """An address as written ("\\n" or ", " between its parts) as lines, without a
    Leitweg-ID line."""
    parts = re.split(r"\n|,\s+(?=\S)", text or "")
    return tuple(p.strip() for p in parts if p.strip() and not _LEITWEG_LINE.match(p))


def leitweg_id(*texts: str) -> str:
    """The Leitweg-ID a buyer gave ("Leitweg-ID: 05315-12345-67"), or ""."""
    for text in texts:
        for line in (text or "").splitlines():
            low = line.lower()
            at = low.find("leitweg") if "leitweg" in low else low.find("buyer reference")
            if at >= 0:  # what follows the word: "Hauptstr. 12-14, Leitweg-ID: ..." is no id
                found = LEITWEG.search(line[at:])
                if found:
                    return found.group(1)
    return ""


__all__ = ["INVOICE", "CREDIT_NOTE", "OPEN", "CANCELLED", "Invoice", "Line", "Party",
           "address_lines", "leitweg_id", "cents"]
