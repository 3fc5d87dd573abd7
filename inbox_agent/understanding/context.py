"""What the matchers look at: one ``Mail`` plus the office's identity, with the
expensive views (normalised text, sender parts) computed once and only when asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from inbox_agent.mail.parse import header_addresses
from inbox_agent.model import Fields, Mail
from inbox_agent.understanding.signature import body_text
from inbox_agent.understanding.text import fold, normalise

_PART_TYPE = re.compile(rb"^content-type:[ \t]*([a-z0-9.+-]+/[a-z0-9.+-]+)", re.I | re.M)
# multipart/report; report-type=... (the parameter may be on a folded line)
_REPORT_TYPE = re.compile(rb"^content-type:[ \t]*multipart/report\s*;(?:[^\n]|\n[ \t])*?report-type\s*=\s*\"?([a-z0-9-]+)",
                          re.I | re.M)
_RAW_SCAN = 512 * 1024  # report parts come first; no need to scan huge attachments
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|antw|antwort|wg|fw|fwd|sv|vs|tr)\s*(?:\[\d+\])?\s*:", re.I)
_HEADER_END = re.compile(rb"\r?\n\r?\n")
# The line that introduces a quoted mail: a header block's From, or "... schrieb/wrote".
_ATTRIBUTION = re.compile(r"(?:von|from|de|van|od)\s*:|.*\b(?:schrieb|wrote|a écrit|schreef|napisał)\b", re.I)
_ENVELOPE_HEADER = re.compile(rb"^(sender|return-path):[ \t]*((?:[^\r\n]|\r?\n[ \t])*)", re.I | re.M)


@dataclass(eq=False)
class MailContext:
    """One mail as the rules see it. Only ``mail.text`` (what the sender wrote now)
    counts as the body: quoted text and the signature never decide anything."""

    mail: Mail
    own_addresses: frozenset[str] = frozenset()
    own_domain: str = ""
    fields: Fields = field(default_factory=Fields)
    form_lines: int = 0  # how many "Label: value" form lines the fields step found
    pdf_form: bool = False  # a filled registration form came as PDF
    # The loop guard's signals (names, kinds), worked out on first use by a matcher.
    machine_signals: tuple[tuple[str, str], ...] | None = None

    @cached_property
    def body_norm(self) -> str:
        return normalise(self.body)

    @cached_property
    def body(self) -> str:
        return body_text(self.mail)

    @cached_property
    def footer(self) -> str:
        """What the sender wrote with the signature and whatever follows it (a
        newsletter's footer), still without quotes."""
        return f"{self.body}\n{self.mail.signature or ''}"

    @cached_property
    def footer_norm(self) -> str:
        """``footer`` normalised: the text's own normal form, a sentence end, the rest."""
        signature = self.mail.signature or ""
        return f"{self.body_norm}|{normalise(signature)}" if signature.strip() else self.body_norm

    @cached_property
    def body_folded(self) -> str:
        return fold(self.body)

    @cached_property
    def subject_norm(self) -> str:
        """The subject's words, if the sender chose them: the subject of a reply or a
        forward ("AW: Ihre Voranmeldung ...") is the words of whoever wrote first."""
        subject = self.mail.subject or ""
        if _REPLY_PREFIX.match(subject):
            return " "
        return normalise(subject)

    @cached_property
    def subject_folded(self) -> str:
        return fold(self.mail.subject or "")

    @cached_property
    def sender_email(self) -> str:
        return self.mail.sender.key if self.mail.sender else ""

    @cached_property
    def sender_local(self) -> str:
        return self.sender_email.rpartition("@")[0]

    @cached_property
    def sender_domain(self) -> str:
        return self.sender_email.rpartition("@")[2]

    @cached_property
    def own_suffix(self) -> str:
        """How our Message-IDs end: "@vsop.de>"."""
        return f"@{self.own_domain.lower()}>" if self.own_domain else ""

    def is_our_message_id(self, message_id: str | None) -> bool:
        if not message_id or not self.own_suffix:
            return False
        value = message_id.strip().lower()
        if not value.endswith(">"):
            value += ">"
        return value.endswith(self.own_suffix)

    @cached_property
    def raw_parts(self) -> tuple[bytes, ...]:
        """The raw bytes and every attached mail (message/rfc822, a forwarded .eml),
        each cut to the first part of it: where report parts would be."""
        raw = getattr(self.mail, "raw", b"") or b""
        found = [raw[:_RAW_SCAN]]
        for attachment in self.mail.attachments:
            kind = attachment.content_type.lower()
            if kind in ("message/rfc822", "message/global") or attachment.filename.lower().endswith(".eml"):
                found.append(attachment.data[:_RAW_SCAN])
        return tuple(found)

    @cached_property
    def part_types(self) -> frozenset[str]:
        """Content types of every MIME part, from the raw bytes (parse does not keep
        report parts such as message/delivery-status), also inside attached or
        forwarded mails, plus the attachments'."""
        found = {m.decode("ascii", "replace").lower() for raw in self.raw_parts
                 for m in _PART_TYPE.findall(raw)}
        found.update(a.content_type.lower() for a in self.mail.attachments)
        found.add((self.mail.content_type or "").lower())
        return frozenset(found)

    @cached_property
    def report_types(self) -> frozenset[str]:
        """The report-type of every multipart/report part anywhere in the mail
        ("delivery-status", "disposition-notification", "feedback-report")."""
        return frozenset(m.decode("ascii", "replace").lower() for raw in self.raw_parts
                         for m in _REPORT_TYPE.findall(raw))

    @cached_property
    def envelope_senders(self) -> tuple[str, ...]:
        """The Sender and Return-Path addresses, read from the raw header (lower case):
        a list or mass mailer puts its own bounce address there."""
        raw = getattr(self.mail, "raw", b"") or b""
        end = _HEADER_END.search(raw, 0, _RAW_SCAN)
        head = raw[: end.start() if end else min(len(raw), 65536)]
        out = []
        for _name, value in _ENVELOPE_HEADER.findall(head):
            text = value.decode("utf-8", "replace")
            out.extend(a.key for a in header_addresses(text))
        return tuple(out)

    @cached_property
    def replies_to_us(self) -> str | None:
        """The id of a mail we sent that this mail answers (In-Reply-To, References)."""
        for message_id in (*self.mail.in_reply_to, *reversed(self.mail.references)):
            if self.is_our_message_id(message_id):
                return message_id
        return self.quotes_us

    @cached_property
    def quotes_us(self) -> str | None:
        """Our address in the attribution or header block of the quote the sender
        replies above ("Am ... schrieb VSOP ... <geschaeftsstelle@vsop.de>:", "Von: ...",
        "From: ..."): a reply to our mail whose program dropped In-Reply-To."""
        heads = (getattr(self.mail, "quote_heads", "") or "")[:4000]
        for line in heads.splitlines()[:60]:
            line = line.lstrip("> \t")
            if not _ATTRIBUTION.match(line):
                continue
            for address in self.own_addresses:
                if address and address in line.lower():
                    return address
        return None
