"""Issue 17, round 8: the invoice page's text set with fewer of fpdf2's calls, the same
marks on the page: a paragraph that fits on one line is one ``cell`` (``multi_cell``
measured the line again for every character it added), the same bytes as
``multi_cell``'s on either side of the line's end; a longer one is still broken into
lines by ``multi_cell``."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from fpdf import FPDF

from inbox_agent.config import load_config
from inbox_agent.invoices import pdf

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
        ours = _page(font, lambda doc: pdf._paragraph(doc, text))
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
        ours = _page(font, lambda doc: pdf._paragraph(doc, text))
        theirs = _page(font, lambda doc: doc.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT"))
        assert ours == theirs, extra
    assert True in fits and False in fits  # one line, then two


@pytest.mark.parametrize("text", ["Steuerfrei. ", "  eingerückt", "zwei  Leerzeichen", "\tTab", ""])
def test_a_paragraph_with_blanks_at_its_ends_is_the_same_as_multi_cell_s(text):
    font = _font()
    ours = _page(font, lambda doc: pdf._paragraph(doc, text))
    theirs = _page(font, lambda doc: doc.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT"))
    assert ours == theirs


def test_a_paragraph_with_a_line_break_is_broken_there():
    font = _font()
    text = "Erste Zeile\nzweite Zeile"
    ours = _page(font, lambda doc: pdf._paragraph(doc, text))
    theirs = _page(font, lambda doc: doc.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT"))
    assert ours == theirs
