"""What the invoice page says and where (the words in German and English, the order
of the blocks, the cells): written on a pen that has fpdf2's drawing calls (``cell``,
``multi_cell``, ``ln``, ``set_font_size``, ``get_string_width``), ``pdf._Pen`` (the page
maker, the one module that knows fpdf2, gives it); no library here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from inbox_agent.invoices.record import CREDIT_NOTE, Invoice

WORDS = {
    "de": {"invoice": "Rechnung", "credit_note": "Gutschrift / Stornorechnung",
           "number": "Rechnungsnummer", "date": "Rechnungsdatum", "due": "Zahlbar bis",
           "service": "Leistungszeitraum", "pos": "Pos.", "item": "Leistung",
           "amount": "Betrag", "net": "Summe netto", "vat": "Umsatzsteuer",
           "total": "Gesamtbetrag", "pay": "Bitte überweisen Sie den Betrag bis {due} auf das Konto",
           "ref": "Verwendungszweck", "cancels": "Storniert die Rechnung {number}.",
           "tax_number": "Steuernummer", "vat_id": "USt-IdNr.", "leitweg": "Leitweg-ID",
           "holder": "Kontoinhaber"},
    "en": {"invoice": "Invoice", "credit_note": "Credit note", "number": "Invoice number",
           "date": "Invoice date", "due": "Due by", "service": "Service period",
           "pos": "No.", "item": "Item", "amount": "Amount", "net": "Net total",
           "vat": "VAT", "total": "Total", "pay": "Please transfer the amount by {due} to",
           "ref": "Reference", "cancels": "Cancels invoice {number}.",
           "tax_number": "Tax number", "vat_id": "VAT ID", "leitweg": "Leitweg-ID",
           "holder": "Account holder"},
}


def day(value: date | None, lang: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()


def money(amount: Decimal, currency: str) -> str:
    text = f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text} {'€' if currency == 'EUR' else currency}"


def head(pen: Any, inv: Invoice, words: dict[str, str]) -> None:
    lang = "en" if inv.language.startswith("en") else "de"
    seller = inv.seller
    pen.set_font_size(8)
    pen.cell(0, 5, " · ".join([seller.name, *seller.address]), new_x="LMARGIN", new_y="NEXT")
    pen.ln(4)
    pen.set_font_size(10)
    for line in (inv.buyer.name, *[a for a in inv.buyer.address if a != inv.buyer.name]):
        pen.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    if inv.buyer.leitweg_id:
        pen.cell(0, 5, f"{words['leitweg']}: {inv.buyer.leitweg_id}", new_x="LMARGIN", new_y="NEXT")
    pen.ln(8)
    pen.set_font_size(16)
    pen.cell(0, 9, f"{words[inv.kind]} {inv.number}", new_x="LMARGIN", new_y="NEXT")
    pen.set_font_size(10)
    facts = [(words["number"], inv.number), (words["date"], day(inv.issued, lang))]
    if inv.kind != CREDIT_NOTE:
        facts.append((words["due"], day(inv.due, lang)))
    if inv.service_from:
        facts.append((words["service"], f"{day(inv.service_from, lang)} – {day(inv.service_to, lang)}"))
    for label, value in facts:
        pen.cell(45, 5, label)
        pen.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    if inv.cancels:
        pen.cell(0, 5, words["cancels"].format(number=inv.cancels), new_x="LMARGIN", new_y="NEXT")
    pen.ln(6)


def table(pen: Any, inv: Invoice, words: dict[str, str]) -> None:
    pen.cell(15, 6, words["pos"], border="B")
    pen.cell(125, 6, words["item"], border="B")
    pen.cell(0, 6, words["amount"], border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    for i, line in enumerate(inv.lines, start=1):
        item = ", ".join(p for p in (inv.event_name, line.name, line.detail) if p)
        pen.cell(15, 6, str(i))
        pen.cell(125, 6, item[:90])
        pen.cell(0, 6, money(line.amount, inv.currency), align="R", new_x="LMARGIN", new_y="NEXT")
    pen.ln(2)
    for label, amount in ((words["net"], inv.net),
                          (f"{words['vat']} {inv.vat_rate.normalize()} %", inv.vat),
                          (words["total"], inv.total)):
        pen.cell(140, 6, label, align="R")
        pen.cell(0, 6, money(amount, inv.currency), align="R", new_x="LMARGIN", new_y="NEXT")
    pen.ln(4)
    if inv.vat_note:
        paragraph(pen, inv.vat_note)
        pen.ln(2)


def paragraph(pen: Any, text: str) -> None:
    """``text`` in lines of the page's width: one cell where it fits on one line (the
    same marks on the page as ``multi_cell``'s, which measures the line again for every
    character it adds), else ``multi_cell``."""
    if "\n" not in text and pen.get_string_width(text) + 2 * pen.c_margin <= pen.epw:
        pen.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    else:
        pen.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def foot(pen: Any, inv: Invoice, words: dict[str, str]) -> None:
    lang = "en" if inv.language.startswith("en") else "de"
    if inv.kind != CREDIT_NOTE and inv.iban:
        paragraph(pen, words["pay"].format(due=day(inv.due, lang)) + ":")
        rows = [(words["holder"], inv.account_holder), ("IBAN", inv.iban), ("BIC", inv.bic),
                (words["ref"], inv.number)]
        for label, value in rows:
            if value:
                pen.cell(45, 5, label)
                pen.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pen.ln(6)
    pen.set_font_size(8)
    ids = [f"{words['tax_number']} {inv.seller.tax_number}" if inv.seller.tax_number else "",
           f"{words['vat_id']} {inv.seller.vat_id}" if inv.seller.vat_id else "",
           inv.seller.email]
    pen.cell(0, 4, " · ".join(x for x in ids if x), new_x="LMARGIN", new_y="NEXT")


__all__ = ["WORDS", "head", "table", "foot", "paragraph", "day", "money"]
