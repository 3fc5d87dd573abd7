"""The invoice as a page people read (fpdf2 and its fontTools; the one module that imports
them). The font is embedded (a TrueType font with umlauts and the euro sign: ``[invoices]
font``, else DejaVu Sans from the system), as PDF/A wants; the dates inside come from the
record, so the same invoice always gives the same bytes.

fpdf2 parses the whole font file for every document and subsets it at output (DejaVu
Sans: ~700 KB, ~6,000 glyphs). So the font is cut to a fixed repertoire (``FIXED``:
ASCII, Latin-1, Latin Extended-A, the usual signs; 344 glyphs, the same bytes in every
process), once: ``fontfiles`` keeps the cut beside the store for later processes. An
invoice whose characters are all in it gets every glyph of it picked in the same order
before the page is set, so its font objects (the embedded font, its widths, its maps)
are the same in every such invoice: fpdf2 cuts and writes them for the first invoice of
the process, later invoices get copies of those objects (``_Output``). An invoice with a
character outside it is set from ``LATIN`` (Latin Extended-B too, ~700 glyphs) or,
beyond that (a name in Greek letters, say), the whole font, and fpdf2 subsets that to
the glyphs the page uses, as before.

What the page says is ``layout``'s; it is written on a ``_Pen``, which sets each cell of
a page in the fixed cut as fpdf2's ``cell`` would (the same bytes, from the cut's glyph
tables made once per process) and leaves everything else to fpdf2.
"""

from __future__ import annotations

import copy
import hashlib
import logging
from collections.abc import Iterator
from datetime import datetime, time, timezone
from io import BytesIO
from pathlib import Path
from typing import Any

import fontTools

from fontTools import subset as ftsubset
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import PageMode
from fpdf.fonts import TTFFont
from fpdf.output import OutputProducer
from fpdf.syntax import PDFArray
from fpdf.util import escape_parens

from inbox_agent.errors import ConfigError
from inbox_agent.invoices import fontfiles, layout
from inbox_agent.invoices.record import Invoice
from inbox_agent.invoices.zugferd import FacturX

FONT_PLACES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
)

# What the small font covers: Latin (Basic, Latin-1, Extended-A and -B), general
# punctuation (the dashes, "·") and the currency signs ("€"): every word and format
# below, and the names and addresses of nearly every invoice.
LATIN = ((0x20, 0x7E), (0xA0, 0x24F), (0x2000, 0x206F), (0x20A0, 0x20CF))
# ASCII, Latin-1, the dashes, quotes, bullet and ellipsis, "€" (every word above).
CORE = ((0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x20AC, 0x20AC))
# The fixed repertoire nearly every invoice fits: CORE and Latin Extended-A (the Polish,
# Czech, Hungarian, Baltic and Turkish letters, French "œ" and "Ÿ"). Embedded whole.
FIXED = CORE + ((0x100, 0x17F),)
CUTS = (FIXED, LATIN)  # tried in this order; FIXED embedded whole, LATIN subset by fpdf2

log = logging.getLogger(__name__)



def font_path(configured: Path | None) -> Path:
    """The TrueType font the invoice is set in; ``ConfigError`` if there is none."""
    for candidate in ((configured,) if configured else FONT_PLACES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise ConfigError("[invoices] font: no TrueType font with umlauts and € found "
                      "(install fonts-dejavu-core or name a .ttf file)")


def readable_pdf(invoice: Invoice, font: Path, facturx: FacturX | None = None,
                 cache: Path | None = None) -> bytes:
    """The invoice's page(s) as PDF bytes; with ``facturx``, a Factur-X PDF/A-3: its XML
    embedded as the associated file, its XMP packet and document information. The font
    cut is kept in ``cache`` for later processes (``_cut_file``)."""
    words = layout.WORDS["en" if invoice.language.startswith("en") else "de"]
    pdf = FPDF(format="A4")
    noon = datetime.combine(invoice.issued, time(12), tzinfo=timezone.utc)
    pdf.set_creation_date(noon)
    pdf.set_title(f"{words[invoice.kind]} {invoice.number}")
    pdf.set_author(invoice.seller.name)
    pdf.set_lang("en" if invoice.language.startswith("en") else "de")
    if facturx is not None:
        _factur_x(pdf, facturx, noon)
    glyphs = _body_font(pdf, font, _characters(invoice, words), cache)
    pdf.set_font("Body", size=10)
    pdf.add_page()
    pen = _Pen(pdf, glyphs)
    layout.head(pen, invoice, words)
    layout.table(pen, invoice, words)
    layout.foot(pen, invoice, words)
    return bytes(pdf.output(output_producer_class=_Output))


# A cut's glyph tables: character -> its advance width (font units), and char code ->
# its glyph code as a PDF string holds it (two bytes, escaped)
Glyphs = tuple[dict[str, int], dict[int, str]]


class _Pen:
    """fpdf2's drawing calls for the page, and its ``cell`` for a page set in the fixed
    cut written the way fpdf2 writes it, without its general machinery (fragments,
    graphics states, the text measured twice: ~0.03 ms a cell, ~35 a page): the same
    marks on the page (``tests/test_money_pdf_page.py`` compares whole files). What it
    does not do itself it leaves to fpdf2: a page set in another font, an empty cell,
    a cell that breaks the page, the page-count alias."""

    def __init__(self, pdf: FPDF, glyphs: Glyphs | None) -> None:
        plain = (not pdf.text_shaping and not pdf._fallback_font_ids and not pdf.underline
                 and not pdf.strikethrough and pdf.char_spacing == 0
                 and pdf.font_stretching == 100 and not pdf._record_text_quad_points)
        self.pdf, self.glyphs = pdf, glyphs if plain else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pdf, name)

    def cell(self, w: float, h: float, text: str = "", border: int | str = 0,
             align: str = "L", new_x: str = "RIGHT", new_y: str = "TOP") -> None:
        pdf = self.pdf
        alias = pdf.str_alias_nb_pages
        if (self.glyphs is None or not text or (alias and alias in text) or w is None
                or pdf.will_page_break(h) or border not in (0, "B") or align not in ("L", "R")
                or new_x not in ("RIGHT", "LMARGIN") or new_y not in ("TOP", "NEXT")):
            pdf.cell(w, h, text, border=border, align=align, new_x=new_x, new_y=new_y)
            return
        widths, codes = self.glyphs
        try:
            units = sum(map(widths.__getitem__, text))
        except KeyError:  # a character the cut lacks (none of the record's texts)
            pdf.cell(w, h, text, border=border, align=align, new_x=new_x, new_y=new_y)
            return
        k, size_pt = pdf.k, pdf.font_size_pt
        width = units * size_pt * 0.001 / k
        x, y = pdf.x, pdf.y
        if w == 0:
            w = pdf.w - pdf.r_margin - x
        marks = []
        if border == "B":
            bottom = (pdf.h - (y + h)) * k
            marks.append(f"{x * k:.2f} {bottom:.2f} m {(x + w) * k:.2f} {bottom:.2f} l S")
        dx = w - pdf.c_margin - width if align == "R" else pdf.c_margin
        marks.append(f"BT {(x + dx) * k:.2f} "
                     f"{(pdf.h - y - 0.5 * h - 0.3 * (size_pt / k)) * k:.2f} Td")
        if not pdf.current_font_is_set_on_page:
            pdf._out(pdf._set_font_for_page(pdf.current_font, size_pt))
        marks.append(f"({text.translate(codes)}) Tj ET")
        pdf._out(" ".join(marks))
        pdf._lasth = h or pdf.font_size
        pdf.x = pdf.l_margin if new_x == "LMARGIN" else x + w
        if new_y == "NEXT":
            pdf.y = y + h


# fixed cut file -> its glyph tables (the same codes in every document set in it)
_GLYPHS: dict[str, Glyphs] = {}


def _glyphs(font: Any, chars: tuple[int, ...]) -> Glyphs:
    widths = {chr(c): font.cw[c] for c in chars}
    codes = {c: escape_parens(chr(font.subset.pick(c)).encode("utf-16-be").decode("latin-1"))
             for c in chars}
    return widths, codes


Ranges = tuple[tuple[int, int], ...]

# (font file (path, mtime, size), ranges) -> (the cut font's bytes, the characters it
# has); (None, empty) when it could not be made: then it is never used
_SMALL: dict[tuple[str, int, int, Ranges], tuple[bytes | None, frozenset[int]]] = {}


def small_font(font: Path, ranges: Ranges = LATIN) -> tuple[bytes | None, frozenset[int]]:
    """``font`` cut to ``ranges`` (made once per process, font file and ranges): its
    bytes and the characters it has."""
    stat = font.stat()
    key = (str(font), stat.st_mtime_ns, stat.st_size, ranges)
    if key not in _SMALL:
        _SMALL[key] = _cut(font, ranges)
    return _SMALL[key]


def _cut(font: Path, ranges: Ranges) -> tuple[bytes | None, frozenset[int]]:
    try:  # fpdf2's own output options, without the hinting instructions (half the
        # bytes; the outlines are the same); the head table (bounding box, dates) as it is
        ttf = TTFont(str(font), recalcTimestamp=False, recalcBBoxes=False)
        options = ftsubset.Options(notdef_outline=True, recommended_glyphs=True,
                                   glyph_names=True, name_IDs=["*"], name_languages=["*"],
                                   layout_features=[], hinting=False)
        options.drop_tables += ["FFTM", "GDEF", "GPOS", "GSUB", "MATH", "hdmx", "meta"]
        cutter = ftsubset.Subsetter(options)
        cutter.populate(unicodes=[c for low, high in ranges for c in range(low, high + 1)])
        cutter.subset(ttf)
        out = BytesIO()
        ttf.save(out)
        return out.getvalue(), frozenset(ttf.getBestCmap() or ())
    except Exception as exc:  # fontTools raises many kinds; the whole font still works
        log.warning("invoice font %s: no small copy (%s); using the whole font", font, exc)
        return None, frozenset()


def _characters(invoice: Invoice, words: dict[str, str]) -> set[int]:
    """Every character the page can show: the record's texts and the words (more
    than is printed, never less)."""
    found: set[int] = set()
    for text in _texts(invoice.to_dict()):
        found.update(map(ord, text))
    for text in words.values():
        found.update(map(ord, text))
    return found


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


# (font file (path, mtime, size), ranges) -> that cut's file for fpdf2 and its characters
_FILES: dict[tuple[str, int, int, Ranges], tuple[Path, frozenset[int]]] = {}
# What shapes a cut besides the font file and the ranges (``_cut``): a kept cut made by
# another fontTools or other options is not taken. Raise the number when ``_cut`` changes.
_CUT_TAG = hashlib.sha256(repr((fontTools.version, 1)).encode()).hexdigest()[:12]


def _font_file(font: Path, text: set[int], cache: Path | None = None
               ) -> tuple[Path, tuple[int, ...]]:
    """The font file for fpdf2 (which reads fonts from files only): the first of
    ``CUTS`` that has every character of ``text``, else the whole font; with it, for
    ``FIXED``, its characters in order (every one is picked)."""
    for ranges in CUTS:
        path, chars = _cut_file(font, ranges, cache)
        if text <= chars:
            if ranges is FIXED:
                _FIXED_FILES.add(str(path))
                return path, tuple(sorted(chars))
            return path, ()
    return font, ()


def _cut_file(font: Path, ranges: Ranges, cache: Path | None) -> tuple[Path, frozenset[int]]:
    """The cut's file and its characters, once per process. It is kept in
    ``cache/fonts-<tag>`` (``files.use_cache``: beside the store), where every later
    process and a burst's worker take it as it is instead of cutting the font again
    (~0.09 s); without a usable cache folder it is written into a private temporary
    folder, removed when the process that made it ends (a burst's worker too). No cut
    (an error of fontTools, no file): no characters, the whole font is used."""
    key, name = _cut_key(font, ranges)
    made = _FILES.get(key)
    if made is not None and made[0].is_file():
        return made
    folder = fontfiles.cache_folder(cache, _CUT_TAG)
    made = fontfiles.kept(folder, name) if folder is not None else None
    if made is None:
        data, chars = small_font(font, ranges)
        if data is None:
            return font, frozenset()
        path = ((fontfiles.keep(folder, name, data, chars) if folder is not None else None)
                or fontfiles.temporary(data))
        if path is None:
            return font, frozenset()
        made = (path, chars)
    _FILES[key] = made
    return made


def _cut_key(font: Path, ranges: Ranges) -> tuple[tuple[str, int, int, Ranges], str]:
    """The cut's key in this process (font file and ranges) and its kept file's name."""
    stat = font.stat()
    key = (str(font), stat.st_mtime_ns, stat.st_size, ranges)
    return key, hashlib.sha256(repr(key).encode()).hexdigest()[:24]


def cut_kept(font: Path, cache: Path | None) -> bool:
    """Whether the cut nearly every invoice is set in (``FIXED``) is kept in ``cache``
    (``files.prepare_apart``)."""
    folder = fontfiles.cache_folder(cache, _CUT_TAG)
    return folder is not None and fontfiles.kept(folder, _cut_key(font, FIXED)[1]) is not None


def _body_font(pdf: FPDF, font: Path, text: set[int], cache: Path | None) -> Glyphs | None:
    """The font "Body" for ``text``. In the fixed cut every glyph is picked, in the
    same order (the same codes in every document); once its font objects are made
    (``_Output``), every document shares one font of fpdf2's, made and picked once per
    process and only read from then on (fpdf2 parses a font file for every
    ``add_font``: 2-3 ms). For the fixed cut: its glyph tables (``_Pen``)."""
    body, fixed = _font_file(font, text, cache)
    key = str(body)
    if fixed and key in _FONT_OBJECTS:
        pdf.fonts["body"] = _SHARED.get(key) or _SHARED.setdefault(key, _picked(body, fixed))
    else:
        pdf.add_font("Body", fname=key)
        if not fixed:
            return None
        _pick(pdf.fonts["body"], fixed)
    if key not in _GLYPHS:
        _GLYPHS[key] = _glyphs(pdf.fonts["body"], fixed)
    return _GLYPHS[key]


def _picked(body: Path, fixed: tuple[int, ...]) -> Any:
    scratch = FPDF()
    scratch.add_font("Body", fname=str(body))
    shared = scratch.fonts["body"]
    _pick(shared, fixed)
    shared.close()  # never cut or written: its objects are copies of the first document's
    return shared  # its picks cannot grow: every glyph of the cut is picked, fpdf2 picks
    # nothing for a character the cut lacks


def _pick(font: Any, chars: tuple[int, ...]) -> None:
    for char in chars:  # every glyph of the cut, in the same order: the same codes
        font.subset.pick(char)


# fixed cut file -> the font every document set in it shares, once its objects are made
_SHARED: dict[str, Any] = {}
# The cut files whose documents have every glyph picked in the same order (``FIXED``)
_FIXED_FILES: set[str] = set()
# such a file -> (its glyph count, the top font object, every font object in order) of
# the first document set in it in this process: copied for every later one
_FONT_OBJECTS: dict[str, tuple[int, Any, tuple[Any, ...]]] = {}


class _Output(OutputProducer):
    """fpdf2's output, except that a document set in the fixed cut gets copies of the
    font objects fpdf2 made for the first such document (its font is not cut, written
    and compressed again: ~7 of 11 ms of a page)."""

    def _add_fonts(self, *args: Any) -> dict[int, Any]:
        fonts = list(self.fpdf.fonts.values())
        font = fonts[0] if len(fonts) == 1 and isinstance(fonts[0], TTFFont) else None
        key = str(font.ttffile) if font is not None else ""
        if key not in _FIXED_FILES:
            return super()._add_fonts(*args)
        made = _FONT_OBJECTS.get(key)
        if made is None or made[0] != len(font.subset):
            start = len(self.pdf_objs)
            objects = super()._add_fonts(*args)
            if made is None:
                _FONT_OBJECTS[key] = (len(font.subset), objects[font.i],
                                      tuple(self.pdf_objs[start:]))
            return objects
        _count, top, originals = made
        twins = {id(o): copy.copy(o) for o in originals}
        for original in originals:
            twin = twins[id(original)]
            for name, value in vars(twin).items():
                if id(value) in twins:
                    setattr(twin, name, twins[id(value)])
                elif isinstance(value, PDFArray):
                    setattr(twin, name, PDFArray(twins.get(id(v), v) for v in value))
            self._add_pdf_obj(twin, "fonts")
        if font is not _SHARED.get(key):
            font.subset.pick.cache_clear()
            font.subset.get_glyph.cache_clear()
            font.close()
        return {font.i: twins[id(top)]}


def _factur_x(pdf: FPDF, parts: FacturX, noon: datetime) -> None:
    pdf.pdf_version = "1.7"  # PDF/A-3 is ISO 32000-1
    pdf.set_title(parts.title)
    pdf.set_subject(parts.subject)
    pdf.set_author(parts.author)
    pdf.set_keywords(parts.keywords)
    pdf.set_creator(parts.creator)
    pdf.producer = parts.producer
    pdf.set_xmp_metadata(parts.xmp)
    pdf.page_mode = PageMode.USE_ATTACHMENTS
    pdf.embed_file(bytes=parts.xml, basename=parts.file_name, desc=parts.description,
                   modification_date=noon, mime_type="text/xml",
                   associated_file_relationship="Data", compress=True)


__all__ = ["readable_pdf", "font_path", "small_font", "LATIN", "CORE", "FIXED", "CUTS"]
