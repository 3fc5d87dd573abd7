"""Issue 17, round 4: the invoice page is set in a small copy of the font (Latin,
punctuation, currency signs), made once per process. The same bytes as with the whole
font and in every process, valid Factur-X, the text extractable; a name with a
character outside the small font is set in the whole font."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from inbox_agent.config import load_config
from inbox_agent.invoices import issue, pdf
from inbox_agent.invoices.files import render
from inbox_agent.invoices.zugferd import check_xsd, extract
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.rules import EventRules
from inbox_agent.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
GREEK = "Ελένη Παπαδοπούλου"

# Renders the invoice of the record printed by test_..._every_process, prints the hash.
_CHILD = """
import hashlib, sys
from inbox_agent.config import load_config
from inbox_agent.invoices.files import render
from inbox_agent.invoices.record import Invoice
import orjson
invoice = Invoice.from_dict(orjson.loads(sys.stdin.buffer.read()))
print(hashlib.sha256(render(invoice, load_config(sys.argv[1])).pdf).hexdigest())
"""


@pytest.fixture()
def config():
    return load_config(ROOT / "config.toml")


@pytest.fixture()
def invoice(config, tmp_path):
    attendee = Attendee(
        email="claudia.meier@kreis-beispiel.de", state=State.REGISTERED, name="Claudia Meier",
        member=True, persons=2, people=("Dr. Jens Hartmann",), people_members=(False,),
        invoice_address="Kreis Beispiel – Amt für Straßen\nHauptstr. 1\n50667 Köln",
        fee=Decimal("550"), payment_due=date(2025, 6, 16))
    with Store(tmp_path / "store.json").open() as store:
        return issue.issue(store, config, EventRules.from_config(config), attendee, NOW)


def _text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _glyphs(data: bytes) -> dict[str, tuple]:
    """Each character the embedded font has: its outline and advance."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    font = page["/Resources"]["/Font"]
    (ref,) = font.values()
    descriptor = ref.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
    ttf = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
    glyphs = {}
    for code, name in ttf.getBestCmap().items():
        glyph = ttf["glyf"][name]
        coordinates = tuple(glyph.getCoordinates(ttf["glyf"])[0]) if glyph.numberOfContours else ()
        glyphs[chr(code)] = (coordinates, ttf["hmtx"][name])
    return glyphs


def test_the_small_font_has_every_word_and_sign_the_page_prints(config):
    _data, chars = pdf.small_font(pdf.font_path(config.invoices.font))
    printed = "".join(w for words in pdf._WORDS.values() for w in words.values()) + " ·–:%€"
    assert {ord(c) for c in printed} <= chars
    assert not {ord(c) for c in GREEK} <= chars  # the small font is small


def test_the_page_is_the_one_the_whole_font_gives_readable_and_valid(config, invoice, monkeypatch):
    small = render(invoice, config).pdf
    assert small == render(invoice, config).pdf  # same record, same bytes
    assert check_xsd(extract(small))
    text = _text(small)
    assert "Amt für Straßen" in text and "550,00 €" in text and "– 26.09.2025" in text
    monkeypatch.setattr(pdf, "small_font", lambda font, ranges=pdf.LATIN: (None, frozenset()))
    whole = render(invoice, config).pdf
    assert small == whole  # fpdf2 embeds the same subset of either: the very same file


def test_each_invoice_is_set_in_the_smallest_cut_that_has_its_characters(config, invoice,
                                                                         monkeypatch):
    """Round 5: most invoices fit ``CORE`` (Latin-1); a Polish name needs ``LATIN``.
    Either way the very PDF the whole font gives."""
    font = pdf.font_path(config.invoices.font)
    polish = replace(invoice, buyer=replace(invoice.buyer, name="Łukasz Wróbel"))
    words = pdf._WORDS["de"]
    core = pdf._font_file(font, pdf._characters(invoice, words))
    latin = pdf._font_file(font, pdf._characters(polish, words))
    assert len({core, latin, font}) == 3
    assert len(pdf.small_font(font, pdf.CORE)[1]) < len(pdf.small_font(font, pdf.LATIN)[1]) / 2
    made = [render(invoice, config).pdf, render(polish, config).pdf]
    assert "Łukasz Wróbel" in _text(made[1])
    monkeypatch.setattr(pdf, "small_font", lambda font, ranges=pdf.LATIN: (None, frozenset()))
    assert [render(invoice, config).pdf, render(polish, config).pdf] == made


def test_a_name_outside_the_small_font_is_set_in_the_whole_font(config, invoice, caplog):
    greek = replace(invoice, buyer=replace(invoice.buyer, name=GREEK))
    with caplog.at_level("WARNING"):
        made = render(greek, config).pdf
    assert GREEK in _text(made)
    assert not [r for r in caplog.records if "missing" in r.getMessage()]  # every glyph there
    glyphs = _glyphs(made)
    assert set(GREEK) - {" "} <= set(glyphs) and all(glyphs[c][0] for c in GREEK if c != " ")
    assert check_xsd(extract(made))
    assert made == render(greek, config).pdf


def test_the_same_record_gives_the_same_bytes_in_every_process(config, invoice):
    """The worker process renders invoices ahead (``app.readlane``); the poll takes its
    bytes as its own. So: the same bytes whatever the process and its hash seed."""
    import orjson

    here = hashlib.sha256(render(invoice, config).pdf).hexdigest()
    record = orjson.dumps(invoice.to_dict())
    for seed in ("0", "12345"):
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(ROOT / "config.toml")], input=record,
            capture_output=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert child.stdout.decode().strip() == here
