"""The attendee list as a table: rows, CSV for Excel, XLSX. The only module that imports
openpyxl.

``attendee_rows`` is pure (records + rules + time -> plain rows);
``csv_bytes`` and ``xlsx_bytes`` turn rows into a file's bytes, with the headings, the
state names, yes/no, amounts and dates in the staff language. The CSV is what a German
Excel opens with a double click: UTF-8 *with* BOM (else umlauts come out garbled),
``;`` as separator, CRLF line ends, decimal comma, dates as 25.09.2025.

Names and organisations come from mails, i.e. from strangers: a cell that starts with
``=``, ``+``, ``-``, ``@`` (a formula to a spreadsheet) is written as text — a leading
apostrophe in the CSV, an explicit string cell in the XLSX — so opening the list never
runs anything (CSV/formula injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from inbox_agent import i18n
from inbox_agent.i18n import N_, _, render
from inbox_agent.office.common import plain_amount
from inbox_agent.office.labels import STATE_LABELS, label
from inbox_agent.registrations import (
    Attendee,
    EventRules,
    State,
    compute_fee,
    waitlist_position,
)

# The German state names as a table (``STATE_DE``), for callers that still import it;
# new code uses ``labels.label(STATE_LABELS, state)`` (the staff language).
from inbox_agent.registrations.attendee import STATE_DE

# (key, heading): the order of the columns. Headings are catalogue texts, put into the
# staff language when a file is written (``headings()``).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("email", N_("E-mail")),
    ("title", N_("Title")),
    ("name", N_("Name")),
    ("organization", N_("Organisation")),
    ("state", N_("State")),
    ("persons", N_("Persons")),
    ("people", N_("Attendees")),
    ("member", N_("Member")),
    ("fee", N_("Fee")),
    ("paid", N_("Paid")),
    ("balance", N_("Outstanding")),
    ("payment_due", N_("Payable by")),
    ("invoice", N_("Invoice")),
    ("invoice_amount", N_("Invoice amount")),
    ("paid_on", N_("Paid on")),
    ("option_deadline", N_("Option until")),
    ("waitlist_position", N_("Place on the waiting list")),
    ("since", N_("State since")),
    ("invoice_address", N_("Invoice address")),
    ("language", N_("Language")),
    ("bounced", N_("Undeliverable")),
    ("notes", N_("Notes")),
    ("event", N_("Event")),  # its id (``inbox-agent events``): a file may hold several
)

_STATE_ORDER = ("paid", "registered", "option", "waitlisted", "pending", "cancelled", "lapsed")
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")


def _invoice_of(a: Attendee, invoices: Mapping[str, Mapping[str, Any]] | None) -> dict[str, Any]:
    """The attendee's current invoice (number, amount) and the day of the last payment."""
    found = (invoices or {}).get(a.email) or {}
    last = max((p.at for p in a.payments), default=None)
    return {"invoice": found.get("number", ""),
            "invoice_amount": Decimal(found["total"]) if found.get("total") else None,
            "paid_on": last.date() if last else None}


def attendee_rows(attendees: Iterable[Attendee], rules: EventRules,
                  invoices: Mapping[str, Mapping[str, Any]] | None = None) -> list[dict[str, Any]]:
    """One row per record of ``rules``' event, holders of places first, then by name.
    Values are Python values (str, int, Decimal, date, bool, None); the writers format
    them. Each row names the event (its id), so rows of several events share a file."""
    records = list(attendees)
    rows = []
    for a in records:
        fee = a.fee if a.fee is not None else (compute_fee(a, rules) if a.state.holds_place else None)
        rows.append({
            "email": a.email,
            "title": a.title,
            "name": a.name,
            "organization": a.organization,
            "state": label(STATE_LABELS, a.state.value),
            "state_key": a.state.value,
            "persons": a.persons,
            "people": ", ".join(a.people),
            "member": a.member,
            "fee": fee,
            "paid": a.paid_total,
            "balance": (max(fee - a.paid_total, Decimal(0)) if fee is not None
                        and a.state in (State.REGISTERED, State.PAID) else None),
            "payment_due": a.payment_due,
            **_invoice_of(a, invoices),
            "option_deadline": a.option_deadline if a.state == State.OPTION else None,
            "waitlist_position": (waitlist_position(records, a.email)
                                  if a.state == State.WAITLISTED else None),
            "since": rules.local_date(a.since) if a.since else None,
            "invoice_address": a.invoice_address,
            "language": a.language,
            "bounced": a.bounced,
            "notes": " | ".join(f"{render(n.text)} ({n.by})" for n in a.notes),
            "event": rules.id,
        })
    order = {s: i for i, s in enumerate(_STATE_ORDER)}
    rows.sort(key=lambda r: (order.get(r["state_key"], 99), r["waitlist_position"] or 0,
                             (r["name"] or r["email"]).lower()))
    return rows


def headings() -> list[str]:
    """The column headings in the staff language."""
    return [label(dict(COLUMNS), key) for key, _heading in COLUMNS]


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def _text(key: str, value: Any) -> str:
    """A value as a spreadsheet user of the staff language reads it ("250,00", "ja")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, Decimal):
        return plain_amount(value)  # "1250,00": not grouped, as a spreadsheet reads it
    if isinstance(value, (date, datetime)):
        return i18n.day(value if not isinstance(value, datetime) else value.date())
    return str(value)


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_RISKY_START) else text


def csv_bytes(rows: Sequence[dict[str, Any]],
              progress: Callable[[int], None] | None = None) -> bytes:
    """The rows as an Excel-friendly CSV (UTF-8 with BOM, ``;``, CRLF, decimal comma)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(headings())
    for n, row in enumerate(rows, 1):
        writer.writerow([_safe(_text(key, row.get(key))) for key, _heading in COLUMNS])
        if progress:
            progress(n)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def xlsx_bytes(rows: Sequence[dict[str, Any]], *, title: str | None = None,
               progress: Callable[[int], None] | None = None) -> bytes:
    """The rows as an .xlsx workbook: numbers as numbers, dates as dates, a bold header
    row that stays in view, a filter on every column. The sheet is called ``title``
    (default: "Attendees" in the staff language)."""
    # Imported here, not at the top: openpyxl pulls in numpy, which would add a third
    # of a second to the start of every `inbox-agent` command (BENCHMARKS.md).
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = (title or _("Attendees"))[:31]
    bold = Font(bold=True)
    names = headings()
    for col, heading in enumerate(names, 1):
        cell = ws.cell(row=1, column=col, value=heading)
        cell.font = bold
    widths = [len(heading) for heading in names]
    for r, row in enumerate(rows, 2):
        for c, (key, _heading) in enumerate(COLUMNS, 1):
            value = row.get(key)
            if isinstance(value, bool):
                value = _yes_no(value)
            elif isinstance(value, Decimal):
                value = float(value)
            cell = ws.cell(row=r, column=c)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            elif isinstance(value, float):
                cell.number_format = "#,##0.00"
            elif isinstance(value, date):
                cell.number_format = "DD.MM.YYYY"
            widths[c - 1] = max(widths[c - 1], min(len(_text(key, row.get(key))), 50))
        if progress:
            progress(r - 1)
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width + 2
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


FORMATS = {"csv": csv_bytes, "xlsx": xlsx_bytes}

__all__ = ["STATE_DE", "COLUMNS", "headings", "attendee_rows", "csv_bytes", "xlsx_bytes",
           "FORMATS"]
