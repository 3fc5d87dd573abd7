"""Issue 17, rounds 4 and 6: the invoice page is set in a small copy of the font, made
once per process: the fixed repertoire (Latin-1, Latin Extended-A, the signs) embedded
whole, its font objects made once per process; a letter beyond it in the larger Latin
cut, subset per page; a name outside both (Greek) in the whole font. The same bytes
in every process and whichever invoice came first, valid Factur-X, the text
extractable, the whole font's outlines."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from invoice_support import ROOT, issued_for, office_config

from inbox_agent.invoices import layout, pdf
from inbox_agent.invoices.files import render
from inbox_agent.invoices.zugferd import check_xsd, extract

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
    return office_config()


@pytest.fixture()
def invoice(config, tmp_path):
    return issued_for(
        config, tmp_path, email="claudia.meier@kreis-beispiel.de", name="Claudia Meier",
        member=True, persons=2, people=("Dr. Jens Hartmann",), people_members=(False,),
        invoice_address="Kreis Beispiel – Amt für Straßen\nHauptstr. 1\n50667 Köln",
        fee=Decimal("550"))


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
    _data, chars = pdf.small_font(pdf.font_path(config.invoices.font), pdf.FIXED)
    printed = "".join(w for words in layout.WORDS.values() for w in words.values()) + " ·–:%€"
    assert {ord(c) for c in printed} <= chars
    assert not {ord(c) for c in GREEK} <= chars  # the small font is small


def _font_stream(data: bytes) -> bytes:
    page = PdfReader(io.BytesIO(data)).pages[0]
    (ref,) = page["/Resources"]["/Font"].values()
    descriptor = ref.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
    return descriptor["/FontFile2"].get_object().get_data()


def _whole_font_glyphs(config, chars: str) -> dict[str, tuple]:
    ttf = TTFont(str(pdf.font_path(config.invoices.font)))
    cmap, glyf = ttf.getBestCmap(), ttf["glyf"]
    found = {}
    for char in chars:
        glyph = glyf[cmap[ord(char)]]
        coordinates = tuple(glyph.getCoordinates(glyf)[0]) if glyph.numberOfContours else ()
        found[char] = (coordinates, ttf["hmtx"][cmap[ord(char)]])
    return found


def test_the_page_is_readable_valid_and_set_in_the_whole_fixed_cut(config, invoice):
    """Round 6: an invoice in the fixed repertoire embeds all of it (every glyph picked
    in the same order), with the whole font's outlines and advances."""
    made = render(invoice, config).pdf
    assert made == render(invoice, config).pdf  # same record, same bytes
    assert check_xsd(extract(made))
    text = _text(made)
    assert "Amt für Straßen" in text and "550,00 €" in text and "– 26.09.2025" in text
    glyphs = _glyphs(made)
    _data, fixed = pdf.small_font(pdf.font_path(config.invoices.font), pdf.FIXED)
    assert set(glyphs) == {chr(c) for c in fixed}  # all of the cut, not only what is printed
    assert {"Ł", "ő", "œ", "Ÿ", "€", "–"} <= set(glyphs)
    sample = "AaßÄü€–Łń" + "Kreis Beispiel"
    assert {c: glyphs[c] for c in sample} == _whole_font_glyphs(config, sample)


def test_every_invoice_in_the_fixed_cut_carries_the_same_font_whoever_came_first(
        config, invoice, monkeypatch):
    """The font objects of the first invoice of a process are copied for later ones:
    the same file whether an invoice comes first or later, and the same embedded font
    in a German, a Polish and an English invoice."""
    polish = replace(invoice, number="VSOP-2025-0002",
                     buyer=replace(invoice.buyer, name="Łukasz Wróbel"))
    english = replace(invoice, number="VSOP-2025-0003", language="en")
    monkeypatch.setattr(pdf, "_FONT_OBJECTS", {})
    monkeypatch.setattr(pdf, "_SHARED", {})
    first = [render(x, config).pdf for x in (invoice, polish, english)]
    assert len(pdf._SHARED) == 1  # the later ones shared one font of fpdf2's
    for order in ((polish, english, invoice), (english, invoice, polish)):
        monkeypatch.setattr(pdf, "_FONT_OBJECTS", {})
        monkeypatch.setattr(pdf, "_SHARED", {})
        again = {x.number: render(x, config).pdf for x in order}
        assert [again[x.number] for x in (invoice, polish, english)] == first
    assert len({_font_stream(x) for x in first}) == 1
    assert "Łukasz Wróbel" in _text(first[1]) and "Invoice" in _text(first[2])
    assert all(check_xsd(extract(x)) for x in first)


def test_a_letter_beyond_the_fixed_cut_is_set_in_the_latin_cut_subset_as_before(
        config, invoice):
    """Latin Extended-B (a Romanian "ș" with comma) is not in the fixed cut: that page
    is set in the ``LATIN`` cut and fpdf2 embeds only the glyphs it uses."""
    font = pdf.font_path(config.invoices.font)
    words = layout.WORDS["de"]
    romanian = replace(invoice, buyer=replace(invoice.buyer, name="Ștefan Nicoară"))
    fixed_file, picked = pdf._font_file(font, pdf._characters(invoice, words))
    latin_file, none = pdf._font_file(font, pdf._characters(romanian, words))
    assert picked and not none and len({fixed_file, latin_file, font}) == 3
    made = render(romanian, config).pdf
    assert "Ștefan Nicoară" in _text(made) and check_xsd(extract(made))
    glyphs = _glyphs(made)
    assert "Ș" in glyphs and "Ł" not in glyphs  # a subset of what is printed
    assert {c: glyphs[c] for c in "Ștefan"} == _whole_font_glyphs(config, "Ștefan")
    assert made == render(romanian, config).pdf


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


def test_an_invoice_is_the_same_bytes_after_the_process_prepared_its_renderers(config,
                                                                                invoice):
    """A burst's worker is forked after ``files.prepare`` rendered a sample invoice (the
    font cut and fpdf2's font objects made from it): a real invoice rendered after that,
    in that process or a fresh one, has the same bytes as in a process that did not."""
    import orjson

    record = orjson.dumps(invoice.to_dict())
    prepared = _CHILD.replace("invoice = Invoice", "from inbox_agent.invoices.files import "
                              "prepare\nprepare(load_config(sys.argv[1]))\ninvoice = Invoice")
    hashes = {subprocess.run([sys.executable, "-c", code, str(ROOT / "config.toml")],
                             input=record, capture_output=True, check=True
                             ).stdout.decode().strip() for code in (_CHILD, prepared)}
    assert len(hashes) == 1 and len(hashes.pop()) == 64
