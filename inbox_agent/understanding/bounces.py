"""Who could not be reached: the failed recipients of a bounce.

The only module that imports flufl.bounce. Three sources, most reliable first:
flufl.bounce's detectors (RFC 3464 delivery-status parts and the many non-standard
MTA formats), our own reading of delivery-status parts where flufl.bounce gives up
("Original-/Final-Recipient" with "Action: failed"), and the text of German and English
Exchange/Outlook reports ("Unzustellbar", "Die Zustellung an folgende Empfänger ist
fehlgeschlagen"), which name the address in prose.

flufl.bounce is only asked about mails already known to be machine mail: its heuristic
detectors find "failed addresses" in ordinary replies too.
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
from dataclasses import dataclass
from email.message import Message

from flufl.bounce import all_failures

from inbox_agent.i18n import N_
from inbox_agent.model import Mail

log = logging.getLogger(__name__)
# flufl.bounce logs a full traceback whenever one of its detectors trips over a
# malformed mail; we handle that ourselves, so its log is noise.
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)

_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_SYSTEM = re.compile(r"^(?:mailer[-_]?daemon|postmaster|no[-_.]?reply|bounces?|root)(?:[-+.].*)?@", re.I)
# Sentences in a report's prose that are followed by (or contain) the failed address.
_CUES = re.compile(
    r"zustellung an folgende empf|konnte nicht zugestellt|nicht zugestellt werden|"
    r"folgende\(?r?\)? empf\S* (?:kann|konnte)|nicht erreicht|unzustellbar|fehlgeschlagen|"
    r"delivery (?:has )?failed|could not be delivered|couldn't be delivered|undeliverable|"
    r"following (?:recipients?|addresses?)|permanent(?:ly)? (?:error|fatal)|user unknown|"
    r"does not exist|mailbox unavailable|wurde nicht gefunden|existiert nicht|unbekannt",
    re.I,
)
# Where the report's own prose ends and the returned original starts.
_ORIGINAL = re.compile(
    r"^(?:-{2,}.*(?:original|urspr|weitergeleitet|forwarded).*|.*original message.*|"
    r"(?:received|message-id|return-path|x-[\w-]+):.*)$",
    re.I | re.M,
)
# Lines that name someone other than the failed recipient.
_NOT_RECIPIENT = re.compile(r"^\s*(?:from|von|absender|sender|reply-to|message-id|antwort an)\s*:", re.I)


@dataclass(frozen=True)
class BounceReport:
    permanent: tuple[str, ...] = ()  # failed for good: never write there again
    temporary: tuple[str, ...] = ()  # delayed; the MTA still tries
    source: str = ""  # how they were found, for the rule hit: "by flufl.bounce", ...


def failed_recipients(mail: Mail, ignore: frozenset[str] = frozenset()) -> BounceReport:
    """The recipients a bounce says failed, lower-case, without ``ignore`` (our own)."""
    skip = set(ignore)
    if mail.sender:
        skip.add(mail.sender.key)
    message = _message(mail)
    if message is not None:
        permanent, temporary = _flufl(message)
        if permanent or temporary:
            return _report(permanent, temporary, skip, N_("by flufl.bounce"))
        permanent, temporary = _dsn_parts(message)
        if permanent or temporary:
            return _report(permanent, temporary, skip, N_("in the delivery-status part"))
    for attachment in mail.attachments:
        if attachment.content_type.lower() in ("message/delivery-status", "message/global-delivery-status"):
            permanent, temporary = _dsn_text(attachment.data.decode("utf-8", "replace"))
            if permanent or temporary:
                return _report(permanent, temporary, skip, N_("in the delivery-status part"))
    permanent = _prose(mail)
    return _report(permanent, [], skip, N_("in the report's text"))


def _report(permanent, temporary, skip, source) -> BounceReport:
    def clean(items):
        out = []
        for item in items:
            address = item.strip().strip("<>").lower()
            if "@" in address and address not in skip and not _SYSTEM.match(address) and address not in out:
                out.append(address)
        return tuple(out)

    permanent_out = clean(permanent)
    temporary_out = tuple(a for a in clean(temporary) if a not in permanent_out)
    return BounceReport(permanent_out, temporary_out, source if permanent_out or temporary_out else "")


def _message(mail: Mail) -> Message | None:
    raw = getattr(mail, "raw", b"") or b""
    if not raw:
        return None
    try:
        return email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:  # the stdlib parser is lenient; this is only a safety net
        return None


def _flufl(message: Message) -> tuple[list[str], list[str]]:
    try:
        temporary, permanent = all_failures(message)
    except Exception as exc:  # its detectors raise on missing From, 8-bit headers, ...
        log.debug("flufl.bounce could not scan the mail: %s", exc)
        return [], []
    return [_text(a) for a in permanent], [_text(a) for a in temporary]


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _dsn_parts(message: Message) -> tuple[list[str], list[str]]:
    permanent: list[str] = []
    temporary: list[str] = []
    for part in message.walk():
        if part.get_content_type() not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        payload = part.get_payload()
        if isinstance(payload, list):  # the stdlib parses the fields as header blocks
            text = "\n\n".join(p.as_string() if isinstance(p, Message) else str(p) for p in payload)
        else:
            raw = part.get_payload(decode=True) or b""
            text = raw.decode("utf-8", "replace")
        found = _dsn_text(text)
        permanent += found[0]
        temporary += found[1]
    return permanent, temporary


def _dsn_text(text: str) -> tuple[list[str], list[str]]:
    """Final-Recipient/Original-Recipient + Action per recipient block (RFC 3464)."""
    permanent: list[str] = []
    temporary: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        fields: dict[str, str] = {}
        for line in block.splitlines():
            name, sep, value = line.partition(":")
            if sep:
                fields.setdefault(name.strip().lower(), value.strip())
        # The original recipient is the address we wrote to; the final one may be
        # an internal alias of the receiving system.
        recipient = fields.get("original-recipient") or fields.get("final-recipient")
        if not recipient:
            continue
        address = recipient.partition(";")[2].strip() or recipient
        action = fields.get("action", "failed").lower()
        status = fields.get("status", "")
        if action.startswith("failed") or status.startswith("5"):
            permanent.append(address)
        elif action.startswith("delayed") or status.startswith("4"):
            temporary.append(address)
    return permanent, temporary


def _prose(mail: Mail) -> list[str]:
    """Addresses a human-readable report names near a failure sentence.

    Only the report's own prose counts (up to where the returned original begins),
    and not its From/Von lines, so the original's sender and Message-ID are not
    mistaken for failed recipients.
    """
    text = "\n".join(t for t in (mail.text, mail.quoted) if t)
    cut = _ORIGINAL.search(text)
    prose = text[: cut.start()] if cut else text
    if not _CUES.search(prose):
        return []
    found: list[str] = []
    for line in prose.splitlines():
        if _NOT_RECIPIENT.match(line):
            continue
        for address in _ADDRESS.findall(line):
            address = address.rstrip(".")
            if address.lower() not in (f.lower() for f in found):
                found.append(address)
    return found
