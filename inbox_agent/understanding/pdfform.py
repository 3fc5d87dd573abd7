"""The filled-in registration form as a PDF: read its AcroForm fields.

The only module that imports pypdf. A PDF that is not a form, is encrypted, broken or
too big gives ``None``: the mail is then judged by its text alone. ``pdf_values`` is
the first source of the fields step: the form's fields under the names of ``Fields``.
"""

from __future__ import annotations

import logging
from io import BytesIO
from typing import Any

from inbox_agent.model import Mail

log = logging.getLogger(__name__)
logging.getLogger("pypdf").setLevel(logging.ERROR)  # warns about every odd PDF

_MAX_BYTES = 10 * 1024 * 1024
_CHECKED = {"/yes", "/on", "/ja", "/1", "/true", "yes", "on", "ja", "true", "1", "x"}
_UNCHECKED = {"/off", "off", "", "/no", "/nein", "no", "nein"}
# PDF form field names of templates/attachments/anmeldeformular-*.pdf.
PDF_FIELDS = {
    "name": "name", "titel": "title", "email": "email", "organisation": "organization",
    "vsop_mitglied": "member", "personen": "persons", "weitere_personen": "people",
    "rechnungsanschrift": "invoice_address", "zahlungsvereinbarung": "payment_agreement",
    "datum": "date", "bemerkungen": "remarks",
}


def read_form(data: bytes) -> dict[str, str] | None:
    """The form fields of a PDF as {lower-case field name: value}, or None.

    Text fields give their text; check boxes give "ja" or "nein". Only fields with
    a value are returned, so an unfilled blank form gives an empty dict.
    """
    if not data.startswith(b"%PDF") or len(data) > _MAX_BYTES:
        return None
    # Imported on the first PDF, not at start-up: pypdf pulls in Pillow, a noticeable
    # part of the start of every `inbox-agent` command, most of which see no PDF.
    from pypdf import PdfReader

    try:
        # Closed after (pypdf clears what it read): its objects refer to the reader and
        # the reader to them, so left open they wait for the garbage collector.
        with PdfReader(BytesIO(data)) as reader:
            if reader.is_encrypted:
                return None
            return _values(reader.get_fields() or {})
    except Exception as exc:  # pypdf raises many kinds on broken files
        log.debug("cannot read the PDF form: %s", exc)
        return None


def prepare() -> None:
    """Import pypdf now (a large burst's worker process, forked after, then shares it
    with the poll instead of importing it a second time: ``app.readlane``)."""
    import pypdf  # noqa: F401


def _values(fields: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, spec in fields.items():
        value = spec.get("/V") if hasattr(spec, "get") else None
        kind = spec.get("/FT") if hasattr(spec, "get") else None
        if value is None:
            continue
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        text = str(value).strip()
        if kind == "/Btn":
            low = text.lower()
            if low in _CHECKED:
                text = "ja"
            elif low in _UNCHECKED:
                text = "nein"
        if text:
            out[str(name).strip().lower()] = text
    return out


def pdf_values(mail: Mail) -> dict[str, str]:
    """{field: value} of the first filled-in registration form attached as a PDF."""
    for attachment in mail.attachments:
        if attachment.content_type != "application/pdf" and not attachment.filename.lower().endswith(".pdf"):
            continue
        form = read_form(attachment.data)
        if not form:
            continue
        values = {PDF_FIELDS[k]: v for k, v in form.items() if k in PDF_FIELDS}
        # A blank form (only the defaults "1 person", unticked boxes) tells nothing.
        if any(values.get(k) for k in ("name", "email", "organization", "invoice_address")):
            return values
    return {}

