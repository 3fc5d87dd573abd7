"""Bank statements read into our own values: the credits (money received) of a
CAMT.053 file (ISO 20022 XML, what German banks export), an MT940 file (``mt940``
module, the mt-940 library) or a CSV export of online banking (Sparkasse, Volksbank,
DKB, ...: ``;``, decimal comma, German column names).

CAMT.053 is read here with the standard library's XML parser: the few fields we need
(amount, credit/debit, booking day, the bank's reference, the debtor's name and IBAN,
the remittance text) sit at fixed ISO 20022 paths in every version (camt.053.001.02
to .08), while the CAMT packages on the index are young one-person projects that
would add a dependency tree for those eight paths.

Every credit has an ``ident``: the bank's own reference where the format has one
(AcctSvcrRef, the MT940 bank reference), else a hash of its fields (with the count of
equal rows before it), so reading the same or an overlapping file again gives the same
idents and changes nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree

from inbox_agent.i18n import N_
from inbox_agent.invoices.credit import Credit, StatementError
from inbox_agent.invoices.mt940 import credits as mt940_credits
from inbox_agent.model import Reason


def read(data: bytes, filename: str) -> list[Credit]:
    """The credits in ``data`` (debits are left out), by the file's content."""
    head = data.lstrip()[:400]
    if head.startswith(b"<") and b"camt.05" in data[:2000]:
        return _identified(_camt(data))
    text = _text(data)
    if re.search(r"^:(20|25|60[FM]):", text, re.M):
        return _identified(mt940_credits(text))
    if filename.lower().endswith((".csv", ".txt")) or ";" in text[:500]:
        return _identified(_csv(text))
    raise StatementError(Reason.of(N_(
        "{file} is neither a CAMT.053 nor an MT940 file nor a CSV export. Export the "
        "statement from online banking in one of these formats and send it again."),
        file=filename))


def _text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _identified(rows: list[tuple[str, Credit]]) -> list[Credit]:
    """Each credit with its ident: the bank's reference, else a hash of its fields."""
    seen: dict[str, int] = {}
    out = []
    for ref, c in rows:
        if ref:
            ident = f"ref:{ref}"
        else:
            base = "|".join((c.booked.isoformat(), str(c.amount), c.currency, c.name.lower(),
                             " ".join(c.purpose.split()).lower(), c.iban))
            digest = hashlib.sha256(base.encode()).hexdigest()[:24]
            seen[digest] = seen.get(digest, 0) + 1
            ident = f"hash:{digest}#{seen[digest]}"
        out.append(Credit(ident, c.booked, c.amount, c.currency, c.name, c.purpose, c.iban))
    return out


# -- CAMT.053 ----------------------------------------------------------------------------


def _camt(data: bytes) -> list[tuple[str, Credit]]:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise StatementError(Reason.of(N_(
            "The CAMT file is not well-formed XML ({detail}); it may be cut off. Export "
            "it from online banking again."), detail=str(exc))) from None
    ns = {"c": root.tag[1:].split("}")[0]} if root.tag.startswith("{") else {"c": ""}
    out = []
    for entry in root.iter(f"{{{ns['c']}}}Ntry"):
        if _t(entry, "c:CdtDbtInd", ns) != "CRDT" or _t(entry, "c:RvslInd", ns) == "true":
            continue
        amount_el = entry.find("c:Amt", ns)
        booked = _t(entry, "c:BookgDt/c:Dt", ns) or _t(entry, "c:BookgDt/c:DtTm", ns)[:10]
        ref = _t(entry, "c:AcctSvcrRef", ns)
        details = entry.findall("c:NtryDtls/c:TxDtls", ns) or [entry]
        for i, tx in enumerate(details):
            tx_amount = tx.find("c:Amt", ns) if tx is not entry else None
            value = tx_amount if tx_amount is not None else amount_el
            purpose = " ".join(e.text or "" for e in tx.findall("c:RmtInf/c:Ustrd", ns))
            purpose = purpose or _t(tx, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref", ns) \
                or _t(entry, "c:AddtlNtryInf", ns)
            tx_ref = _t(tx, "c:Refs/c:AcctSvcrRef", ns) or (f"{ref}/{i}" if ref and len(details) > 1 else ref)
            out.append((tx_ref, Credit(
                "", date.fromisoformat(booked), _money(value.text if value is not None else ""),
                value.get("Ccy", "EUR") if value is not None else "EUR",
                _t(tx, "c:RltdPties/c:Dbtr/c:Nm", ns) or _t(tx, "c:RltdPties/c:Dbtr/c:Pty/c:Nm", ns),
                " ".join(purpose.split()),
                _t(tx, "c:RltdPties/c:DbtrAcct/c:Id/c:IBAN", ns))))
    return out


def _t(node, path: str, ns: dict[str, str]) -> str:
    found = node.find(path, ns)
    return (found.text or "").strip() if found is not None else ""


def _money(text: str) -> Decimal:
    raw = text.strip().replace(" ", "")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise StatementError(Reason.of(N_(
            "{text} is not an amount. Check the amount column of the export, or export "
            "the statement again as CAMT.053."), text=repr(text))) from None


# -- CSV exports -----------------------------------------------------------------------

_COLUMNS = {
    "booked": ("buchungstag", "buchungsdatum", "datum", "valutadatum", "wertstellung", "date"),
    "amount": ("betrag", "betrag (eur)", "umsatz", "amount", "betrag in eur"),
    "name": ("beguenstigter/zahlungspflichtiger", "name zahlungsbeteiligter",
             "zahlungspflichtige*r", "auftraggeber / begünstigter", "auftraggeber/empfänger",
             "auftraggeber", "name", "payer"),
    "purpose": ("verwendungszweck", "buchungstext verwendungszweck", "purpose", "vorgang/verwendungszweck"),
    "iban": ("kontonummer/iban", "iban zahlungsbeteiligter", "iban", "iban auftraggeber"),
    "ref": ("bankreferenz", "kundenreferenz", "referenz", "end-to-end-referenz"),
    "currency": ("waehrung", "währung", "currency"),
}


def _csv(text: str) -> list[tuple[str, Credit]]:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if _header(line)), None)
    if start is None:
        raise StatementError(Reason.of(N_(
            "The CSV file has no header line with a date, an amount and a purpose. "
            "Export it with column headings, or as CAMT.053.")))
    delimiter = ";" if lines[start].count(";") >= lines[start].count(",") else ","
    reader = csv.DictReader(io.StringIO("\n".join(lines[start:])), delimiter=delimiter)
    cols = {key: next((h for h in reader.fieldnames or () if h and h.strip().lower() in names), None)
            for key, names in _COLUMNS.items()}
    out = []
    for row in reader:
        raw = (row.get(cols["amount"]) or "").strip() if cols["amount"] else ""
        if not raw:
            continue
        amount = _money(raw)
        if amount <= 0:
            continue
        out.append((row.get(cols["ref"]) or "" if cols["ref"] else "", Credit(
            "", _day((row.get(cols["booked"]) or "").strip()), amount,
            (row.get(cols["currency"]) or "EUR").strip() if cols["currency"] else "EUR",
            (row.get(cols["name"]) or "").strip() if cols["name"] else "",
            " ".join((row.get(cols["purpose"]) or "").split()) if cols["purpose"] else "",
            (row.get(cols["iban"]) or "").strip() if cols["iban"] else "")))
    return out


def _header(line: str) -> bool:
    cells = {c.strip().strip('"').lower() for c in re.split(r"[;,]", line)}
    return bool(cells & set(_COLUMNS["amount"])) and bool(cells & set(_COLUMNS["booked"]))


def _day(text: str) -> date:
    for fmt in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise StatementError(Reason.of(N_(
        "{text} in the CSV file is not a date. Export the statement again, or as "
        "CAMT.053."), text=repr(text)))


__all__ = ["Credit", "read", "StatementError"]
