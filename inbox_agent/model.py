"""Immutable values passed between the stages (see DESIGN.md, "Data flow").

No library type crosses a stage boundary: the mailbox hands out ``RawMessage``, parse
returns ``Mail``, classify returns ``Verdict``, registrations returns ``Decision`` with
``PlannedMail`` values, and the outbox turns those into ``OutgoingMessage`` bytes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from typing import Any


class Intent(enum.StrEnum):
    """What the sender of a mail wants (or that no human sent it)."""

    PRE_REGISTRATION = "pre_registration"
    REGISTRATION = "registration"
    CANCELLATION = "cancellation"
    QUESTION = "question"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    BULK = "bulk"
    OPT_OUT = "opt_out"  # "no more mails, please": recorded for good (inbox_agent.optouts)
    OTHER = "other"


@dataclass(frozen=True)
class Address:
    """A mail address with its display name. ``key`` is what we compare on."""

    email: str
    name: str = ""

    @property
    def key(self) -> str:
        return self.email.strip().lower()

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class RawMessage:
    """One mail as fetched from the server, untouched."""

    folder: str
    uidvalidity: int
    uid: int
    internaldate: datetime  # when it reached the server; timezone-aware
    size: int
    data: bytes
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class Mail:
    """A parsed mail: what the stages after ``parse`` know about a message.

    ``text`` is what the sender wrote in this mail; quoted earlier mails and the
    signature are kept apart in ``quoted`` and ``signature`` so they cannot leak into
    a decision. ``headers`` holds every header as (lower-case name, decoded value).
    """

    key: str  # stable identity across UIDVALIDITY changes: Message-ID or content hash
    message_id: str | None
    subject: str
    sender: Address | None  # From
    reply_to: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: datetime | None  # the Date header, as the sender claims it
    received_at: datetime  # when the server got it (IMAP INTERNALDATE)
    text: str
    quoted: str = ""
    quote_heads: str = ""  # the quoted mails' header blocks / attribution lines ("Von: ...")
    signature: str = ""
    html: str = ""
    attachments: tuple[Attachment, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    content_type: str = "text/plain"
    defects: tuple[str, ...] = ()
    raw: bytes = field(default=b"", repr=False)  # the bytes as fetched, for bounce parsers

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key == wanted:
                return value
        return None

    def has_header(self, name: str) -> bool:
        return self.header(name) is not None

    @property
    def reply_address(self) -> Address | None:
        """Where an answer goes: Reply-To if given, else From."""
        if self.reply_to:
            return self.reply_to[0]
        return self.sender


@dataclass(frozen=True)
class Reason:
    """A sentence for staff, kept as its catalogue text and values so that it is put
    into words where it is shown, in the reader's language (``i18n.render``).

    ``text`` is English with ``{fields}`` and is marked where it is written
    (``Reason.of(N_("mail to {name} bounced"), name=...)``); a value is a plain string
    or another ``Reason`` (e.g. a state's name, translated too). Stored as a dict.
    """

    text: str
    values: tuple[tuple[str, "str | Reason"], ...] = ()

    @classmethod
    def of(cls, text: str, **values: "str | int | Reason") -> "Reason":
        return cls(text, tuple((k, v if isinstance(v, Reason) else str(v))
                               for k, v in values.items()))

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text,
                "values": {k: v.to_dict() if isinstance(v, Reason) else v
                           for k, v in self.values}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Reason":
        return cls(data["text"], tuple(
            (k, cls.from_dict(v) if isinstance(v, dict) else str(v))
            for k, v in (data.get("values") or {}).items()))

    def english(self) -> str:
        """The sentence in English (logs, ``--json``)."""
        return self.text.format(**{k: v.english() if isinstance(v, Reason) else v
                                   for k, v in self.values})


class ReasonText(str):
    """An English sentence that is a plain ``str`` everywhere (logs, ``classify``,
    ``--json``, comparisons) and also keeps the ``Reason`` it was made from, so that
    where staff read it, it is put into their language (``.reason``)."""

    reason: Reason

    def __new__(cls, reason: Reason) -> "ReasonText":
        text = super().__new__(cls, reason.english())
        text.reason = reason
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # pickled as its Reason (the parse worker)
        return (ReasonText, (self.reason,))

    @classmethod
    def of(cls, text: str, **values: "str | int | Reason") -> "ReasonText":
        return cls(Reason.of(text, **values))


def reason_of(text: str) -> Reason:
    """The ``Reason`` behind ``text`` (a ``ReasonText``), or one that shows the text as
    it is (never used as a catalogue text: it may hold braces)."""
    return text.reason if isinstance(text, ReasonText) else Reason("{text}", (("text", text),))


@dataclass(frozen=True)
class RuleHit:
    """A rule that matched, and why (shown by ``classify`` and in the digest)."""

    rule: str
    reason: str  # English; a ``ReasonText`` where the matcher gave its catalogue text


@dataclass(frozen=True)
class Fields:
    """What a mail tells about the attendee. ``None`` means the mail does not say.

    - ``name``, ``title``, ``email``, ``organization``: the attendee (the sender, or the
      colleague the sender registers); ``title`` apart from the name ("Dr.").
    - ``member``: the attendee's membership: True, False, or None (not said).
    - ``persons``: how many come in all, the attendee included.
    - ``people``: the FURTHER people (never the attendee), names as written, without
      their membership ("Dr. Jens Hartmann").
    - ``people_members``: the membership of each of ``people``, same order and same
      length ("1. Claudia Meier, VSOP-Mitglied  2. Dr. Jens Hartmann, kein Mitglied"
      from Claudia Meier: ``people=("Dr. Jens Hartmann",)``, ``people_members=(False,)``,
      ``member=True``); empty when the mail says nothing per person; None for a person
      whose membership the list does not give.
    - ``invoice_address``: the block as written (lines joined with "\n").
    - ``payment_agreement``: True when the mail agrees to pay (in any voice: "ich
      überweise", "die Gebühr überweist mein Arbeitgeber", "bank transfer after invoice").
    - ``fee_quoted``: the per-person fee the mail quotes ("300 €", "250,- EUR"), as
      written, in the event's currency; None if none. Understanding only reports it;
      registrations derives membership from it against the configured fees
      (``[fees]``) when ``member`` is None.
    - ``guessed``: the names of fields whose value is a guess, not something the mail
      states (e.g. ``("organization",)`` when it was taken from the mail domain as a
      last resort); staff see such values marked as a guess.
    """

    name: str | None = None
    title: str | None = None
    email: str | None = None
    organization: str | None = None
    member: bool | None = None
    persons: int | None = None
    people: tuple[str, ...] = ()
    invoice_address: str | None = None
    payment_agreement: bool | None = None
    people_members: tuple[bool | None, ...] = ()
    fee_quoted: Decimal | None = None
    guessed: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Every field as JSON: tuples as lists, the fee as a string (records, ``--json``)."""
        return {f.name: (str(v) if isinstance(v, Decimal) else list(v) if isinstance(v, tuple)
                         else v)
                for f in fields(self) for v in (getattr(self, f.name),)}


@dataclass(frozen=True)
class Verdict:
    """The outcome of ``classify``.

    ``intent`` is the ACTION the mail asks for (pre_registration, registration,
    cancellation, ...) even when questions ride along (``questions``); ``needs_human``
    says a person must read it too. ``auto_reply`` says whether an automatic answer is
    allowed at all; when it is False, ``suppressed_because`` says why (loop guard,
    bounce, list, ...).
    """

    intent: Intent
    auto_reply: bool
    fields: Fields = field(default_factory=Fields)
    rule_hits: tuple[RuleHit, ...] = ()
    language: str = "de"
    suppressed_because: str | None = None  # English, for logs and ``classify``
    # The same as a catalogue text, for what staff read (the digest) in their language.
    suppressed_reason: Reason | None = None
    bounced_addresses: tuple[str, ...] = ()
    # For a binding registration: the required fields the mail does not give
    # (names as in ``Fields``), so the reply can ask for exactly those.
    missing: tuple[str, ...] = ()
    # The questions the mail asks, each sentence quoted as written ("Gibt es
    # Parkplätze?"); they ride along with the action ``intent`` names
    # (pre_registration + a question) or are the whole mail (``Intent.QUESTION``).
    # A machine's mail never has questions.
    questions: tuple[str, ...] = ()
    # True for every mail a person must read: a question rides along, the intent is
    # question or other, or the mail is unclear. The agent may still act (``intent``).
    needs_human: bool = False
    # The mail has a PDF attachment that yields no form fields (a scan, a broken file):
    # staff read the form; the sender is not asked for what it may hold.
    unreadable_form: bool = False
    # The mail says the sender registers bindingly ("verbindlich", "binding"), whatever
    # the intent: such a person's option is never lapsed without staff looking at it.
    binding: bool = False


@dataclass(frozen=True)
class PlannedMail:
    """A reply or notice that registrations decided to send; not yet rendered."""

    kind: str  # template name, e.g. "programme"
    to: Address
    language: str
    message_id: str  # deterministic, so a re-run plans the very same mail
    context: tuple[tuple[str, Any], ...] = ()  # extra template values
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    subject_hint: str = ""  # the subject of the mail we answer, for "Re: ..."
    cc: tuple[Address, ...] = ()  # e.g. who registered a colleague on her behalf
    event: str = ""  # the event it is sent for (``EventRules.id``; "" none, or the first)


@dataclass(frozen=True)
class OutgoingMessage:
    """A complete RFC 5322 message, ready for SMTP and the Sent folder."""

    message_id: str
    kind: str
    sender: str  # envelope sender
    recipients: tuple[str, ...]
    data: bytes
