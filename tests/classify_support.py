"""Plain ``Mail`` values for the classify unit tests (no parsing involved)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from inbox_agent.model import Address, Attachment, Mail

OWN = frozenset({"geschaeftsstelle@vsop.de"})
OWN_DOMAIN = "vsop.de"
RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
FORM_PDF = Path(__file__).resolve().parents[1] / "templates" / "attachments" / "anmeldeformular-2025.pdf"


def make(
    text: str = "",
    *,
    subject: str = "Jahrestagung",
    sender: str = "anna.schmidt@stadt-musterhausen.de",
    sender_name: str = "Anna Schmidt",
    headers: dict[str, str] | None = None,
    signature: str = "",
    quoted: str = "",
    reply_to: str | None = None,
    message_id: str = "<m1@stadt-musterhausen.de>",
    in_reply_to: tuple[str, ...] = (),
    references: tuple[str, ...] = (),
    attachments: tuple[Attachment, ...] = (),
    content_type: str = "text/plain",
    raw: bytes = b"",
) -> Mail:
    header_items = tuple((k.lower(), v) for k, v in (headers or {}).items())
    return Mail(
        key=message_id,
        message_id=message_id,
        subject=subject,
        sender=Address(sender, sender_name) if sender else None,
        reply_to=(Address(reply_to),) if reply_to else (),
        to=(Address("geschaeftsstelle@vsop.de"),),
        cc=(),
        date=datetime(2025, 5, 5, 10, tzinfo=UTC),
        received_at=datetime(2025, 5, 5, 10, tzinfo=UTC),
        text=text,
        quoted=quoted,
        signature=signature,
        attachments=attachments,
        headers=header_items,
        in_reply_to=in_reply_to,
        references=references,
        content_type=content_type,
        raw=raw,
    )


def filled_form(values: dict[str, str]) -> bytes:
    """The office's blank PDF form, filled in as a sender's PDF viewer would."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(FORM_PDF))
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
