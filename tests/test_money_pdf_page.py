"""Issue 17, round 8: the invoice page's text set with fewer of fpdf2's calls, the same
marks on the page: a paragraph that fits on one line is one ``cell`` (``multi_cell``
measured the line again for every character it added), the same bytes as
``multi_cell``'s on either side of the line's end; a longer one is still broken into
lines by ``multi_cell``. The cells of a page in the fixed cut are written by
``pdf._Pen`` as fpdf2's ``cell`` writes them: whole invoice files compared."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader

from inbox_agent.config import load_config
from inbox_agent.invoices import layout, pdf

ROOT = Path(__file__).resolve().parents[1]


def _font() -> Path:
    """The fixed cut (parsed faster than the whole font; the same widths)."""
    whole = pdf.font_path(load_config(ROOT / "config.toml").invoices.font)
    return pdf._font_file(whole, {ord("a")})[0]


def _fits(font: Path, text: str) -> bool:
    doc = FPDF(format="A4")
    doc.add_font("Body", fname=str(font))
    doc.set_font("Body", size=10)
    return doc.get_string_width(text) + 2 * doc.c_margin <= doc.epw


def _page(font: Path, write) -> bytes:
    doc = FPDF(format="A4")
    doc.set_creation_date(datetime(2025, 6, 2, 12, tzinfo=timezone.utc))
    doc.add_font("Body", fname=str(font))
    doc.set_font("Body", size=10)
    doc.add_page()
    write(doc)
    doc.cell(0, 5, "after", new_x="LMARGIN", new_y="NEXT")  # where the paragraph left off
    return bytes(doc.output())


@pytest.mark.parametrize("words", [1, 5, 10, 14, 15, 16, 17, 18, 20, 30])
def test_a_paragraph_makes_the_page_multi_cell_makes(words):
    font = _font()
    for word in ("Umsatzsteuer", "gemäß", "ii", "W"):
        text = " ".join([word] * words * (3 if len(word) < 3 else 1))
        ours = _page(font, lambda doc: layout.paragraph(doc, text))
        theirs = _page(font, lambda doc: doc.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT"))
        assert ours == theirs, (word, words)


def test_a_paragraph_at_the_line_s_end_is_the_same_as_multi_cell_s():
    """The widths around the end of the line, one character at a time."""
    font = _font()
    base = "Bitte überweisen Sie den Betrag bis 16.06.2025 auf das Konto "
    fits = []
    for extra in range(28, 48):
        text = base + "x" * extra
        fits.append(_fits(font, text))
        ours = _page(font, lambda doc: layout.paragraph(doc, text))
        theirs = _page(font, lambda doc: doc.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT"))
        assert ours == theirs, extra
    assert True in fits and False in fits  # one line, then two


@pytest.mark.parametrize("text", ["Steuerfrei. ", "  eingerückt", "zwei  Leerzeichen", "\tTab", ""])
def test_a_paragraph_with_blanks_at_its_ends_is_the_same_as_multi_cell_s(text):
    font = _font()
    ours = _page(font, lambda doc: layout.paragraph(doc, text))
    theirs = _page(font, lambda doc: doc.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT"))
    assert ours == theirs


def test_a_paragraph_with_a_line_break_is_broken_there():
    font = _font()
    text = "Erste Zeile\nzweite Zeile"
    ours = _page(font, lambda doc: layout.paragraph(doc, text))
    theirs = _page(font, lambda doc: doc.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT"))
    assert ours == theirs


# The pen's cells against fpdf2's own, whole invoice files: records in the fixed cut with
# what a cell can meet (markup and PDF string characters, "{nb}", blanks, an empty name,
# long texts, both languages, credit notes, a page break, a long VAT note).
NAMES = ["Claudia Meier", "Müller (Söhne) \\ Partner", "Łukasz Wróbel", "{nb} Seiten", "",
         "  Dr.  Jens  Hartmann ", "Café Œuvre – Straße · Ÿ", "x" * 140, "Kreis Beispiel – Amt für Straßen"]


def _invoices():
    import random
    from datetime import date
    from decimal import Decimal

    from inbox_agent.invoices.record import CREDIT_NOTE, INVOICE, Invoice, Line, Party

    rng = random.Random(7)
    for i in range(40):
        buyer = Party(rng.choice(NAMES), tuple(rng.sample(NAMES[:4] + ["Hauptstr. 1", "50667 Köln"],
                                                          rng.randint(0, 4))),
                      email="a@example.org", leitweg_id=rng.choice(["", "05315-12345-67"]))
        seller = Party("VSOP e.V.", rng.choice([(), ("Musterweg 1", "50667 Köln")]),
                       email="office@vsop.de", tax_number=rng.choice(["", "123/456/789"]),
                       vat_id=rng.choice(["", "DE123456789"]))
        count = 70 if i % 10 == 3 else rng.randint(1, 3)
        lines = tuple(Line(rng.choice(NAMES), rng.choice(["", "Mitgliedertarif"]),
                           Decimal(rng.choice(["250.00", "1234567.50", "0.00"])))
                      for _ in range(count))
        kind = rng.choice([INVOICE, INVOICE, CREDIT_NOTE])
        start = rng.choice([None, date(2025, 9, 25)])
        yield Invoice(
            number=f"VSOP-2025-{i:04}", kind=kind, event="conf",
            event_name=rng.choice(["VSOP-Jahrestagung 2025", ""]), email="a@example.org",
            issued=date(2025, 6, 2), due=date(2025, 6, 16), currency=rng.choice(["EUR", "CHF"]),
            lines=lines, seller=seller, buyer=buyer, iban=rng.choice(["", "DE00 0000 0000"]),
            bic=rng.choice(["", "COLSDE33"]), account_holder=rng.choice(["", "VSOP e.V."]),
            vat_rate=rng.choice([Decimal("0"), Decimal("19")]),
            vat_note=rng.choice(["", "Umsatzsteuerfrei gemäß § 4 Nr. 22 a UStG.", "lang " * 60]),
            service_from=start, service_to=date(2025, 9, 26) if start else None,
            language=rng.choice(["de", "en"]), cancels="VSOP-2025-0001" if kind == CREDIT_NOTE else "")


def test_the_pen_s_cells_make_the_files_fpdf2_s_cells_make(monkeypatch):
    from fpdf import FPDF as Fpdf

    font = pdf.font_path(load_config(ROOT / "config.toml").invoices.font)
    invoices = list(_invoices())
    calls = []
    cell = Fpdf.cell
    monkeypatch.setattr(Fpdf, "cell", lambda self, *a, **kw: calls.append(1) or cell(self, *a, **kw))
    ours = [pdf.readable_pdf(x, font) for x in invoices]
    left_to_fpdf2 = len(calls)
    monkeypatch.setattr(pdf._Pen, "cell", lambda self, *a, **kw: self.pdf.cell(*a, **kw))
    theirs = [pdf.readable_pdf(x, font) for x in invoices]
    assert len(calls) - left_to_fpdf2 > 20 * left_to_fpdf2  # the pen set nearly every cell
    pages = [len(PdfReader(io.BytesIO(x)).pages) for x in theirs]
    assert max(pages) > 1  # a page break among them
    for invoice, mine, fpdf2s in zip(invoices, ours, theirs):
        assert mine == fpdf2s, invoice.number
