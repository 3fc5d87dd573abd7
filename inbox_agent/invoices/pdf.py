"""The invoice as a page people read (fpdf2; the one module that imports it). The font
is embedded (a TrueType font with umlauts and the euro sign: ``[invoices] font``, else
DejaVu Sans from the system), as PDF/A wants; the dates inside come from the record,
so the same invoice always gives the same bytes.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from decimal import Decimal
from pathlib import Path

from fpdf import FPDF

from inbox_agent.errors import ConfigError
from inbox_agent.invoices.record import CREDIT_NOTE, Invoice

FONT_PLACES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
)

_WORDS = {
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


def font_path(configured: Path | None) -> Path:
    """The TrueType font the invoice is set in; ``ConfigError`` if there is none."""
    for candidate in ((configured,) if configured else FONT_PLACES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise ConfigError("[invoices] font: no TrueType font with umlauts and € found "
                      "(install fonts-dejavu-core or name a .ttf file)")


def readable_pdf(invoice: Invoice, font: Path) -> bytes:
    """The invoice's page(s) as PDF bytes (no XML yet: ``zugferd.embed`` adds it)."""
    words = _WORDS["en" if invoice.language.startswith("en") else "de"]
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.combine(invoice.issued, time(12), tzinfo=timezone.utc))
    pdf.set_title(f"{words[invoice.kind]} {invoice.number}")
    pdf.set_author(invoice.seller.name)
    pdf.set_lang("en" if invoice.language.startswith("en") else "de")
    pdf.add_font("Body", fname=str(font))
    pdf.set_font("Body", size=10)
    pdf.add_page()
    _head(pdf, invoice, words)
    _table(pdf, invoice, words)
    _foot(pdf, invoice, words)
    return bytes(pdf.output())


def _day(value: date | None, lang: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()


def _money(amount: Decimal, currency: str) -> str:
    text = f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text} {'€' if currency == 'EUR' else currency}"


def _head(pdf: FPDF, inv: Invoice, words: dict[str, str]) -> None:
    lang = "en" if inv.language.startswith("en") else "de"
    seller = inv.seller
    pdf.set_font_size(8)
    pdf.cell(0, 5, " · ".join([seller.name, *seller.address]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font_size(10)
    for line in (inv.buyer.name, *[a for a in inv.buyer.address if a != inv.buyer.name]):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    if inv.buyer.leitweg_id:
        pdf.cell(0, 5, f"{words['leitweg']}: {inv.buyer.leitweg_id}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font_size(16)
    pdf.cell(0, 9, f"{words[inv.kind]} {inv.number}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(10)
    facts = [(words["number"], inv.number), (words["date"], _day(inv.issued, lang))]
    if inv.kind != CREDIT_NOTE:
        facts.append((words["due"], _day(inv.due, lang)))
    if inv.service_from:
        facts.append((words["service"], f"{_day(inv.service_from, lang)} – {_day(inv.service_to, lang)}"))
    for label, value in facts:
        pdf.cell(45, 5, label)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    if inv.cancels:
        pdf.cell(0, 5, words["cancels"].format(number=inv.cancels), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)


def _table(pdf: FPDF, inv: Invoice, words: dict[str, str]) -> None:
    pdf.cell(15, 6, words["pos"], border="B")
    pdf.cell(125, 6, words["item"], border="B")
    pdf.cell(0, 6, words["amount"], border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    for i, line in enumerate(inv.lines, start=1):
        item = ", ".join(p for p in (inv.event_name, line.name, line.detail) if p)
        pdf.cell(15, 6, str(i))
        pdf.cell(125, 6, item[:90])
        pdf.cell(0, 6, _money(line.amount, inv.currency), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, amount in ((words["net"], inv.net),
                          (f"{words['vat']} {inv.vat_rate.normalize()} %", inv.vat),
                          (words["total"], inv.total)):
        pdf.cell(140, 6, label, align="R")
        pdf.cell(0, 6, _money(amount, inv.currency), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if inv.vat_note:
        pdf.multi_cell(0, 5, inv.vat_note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


def _foot(pdf: FPDF, inv: Invoice, words: dict[str, str]) -> None:
    lang = "en" if inv.language.startswith("en") else "de"
    if inv.kind != CREDIT_NOTE and inv.iban:
        pdf.multi_cell(0, 5, words["pay"].format(due=_day(inv.due, lang)) + ":",
                       new_x="LMARGIN", new_y="NEXT")
        rows = [(words["holder"], inv.account_holder), ("IBAN", inv.iban), ("BIC", inv.bic),
                (words["ref"], inv.number)]
        for label, value in rows:
            if value:
                pdf.cell(45, 5, label)
                pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font_size(8)
    ids = [f"{words['tax_number']} {inv.seller.tax_number}" if inv.seller.tax_number else "",
           f"{words['vat_id']} {inv.seller.vat_id}" if inv.seller.vat_id else "",
           inv.seller.email]
    pdf.cell(0, 4, " · ".join(x for x in ids if x), new_x="LMARGIN", new_y="NEXT")


__all__ = ["readable_pdf", "font_path"]
