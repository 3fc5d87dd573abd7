"""A mail forwarded as an attachment (message/rfc822, Outlook's "forward as
attachment"): a secretariat sends on a colleague's registration with a line of its
own ("im Anhang die Anmeldung unserer Kollegin"). The attached mail is what the
mail says; its writer is the person it is about.

``is_colleagues`` decides when the attached mail is read as the mail: its sender is a
person of the forwarder's own organisation (the same mail domain), not the forwarder,
and the forwarder only adds a short line (``is_note``; a request of their own keeps
the attached mail as its context).
Anything else attached (a bounce's returned mail, someone else's mail forwarded for
information) stays an attachment. ``read_as_forward`` then gives the forwarder's line
and the attached mail's text, its signature and quote, and its writer as the one to
answer (unless the forwarder named a Reply-To).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from email.message import Message

from inbox_agent.model import Address, Attachment, Mail

FORWARD_TYPES = ("message/rfc822", "message/global")


def forwarded(attachments: tuple[Attachment, ...]) -> bytes | None:
    """The bytes of the one attached mail, if exactly one is attached."""
    found = [a.data for a in attachments
             if a.content_type.lower() in FORWARD_TYPES or a.filename.lower().endswith(".eml")]
    return found[0] if len(found) == 1 else None


def _domain(address: Address | None) -> str:
    return address.key.rpartition("@")[2] if address else ""


def is_colleagues(forwarder: Address | None, inner: Mail) -> bool:
    """Is ``inner`` a colleague's mail: another person at the forwarder's domain?"""
    writer = inner.sender
    if forwarder is None or writer is None or writer.key == forwarder.key:
        return False
    mine, theirs = _domain(forwarder), _domain(writer)
    return bool(mine) and (mine == theirs or mine.endswith("." + theirs) or theirs.endswith("." + mine))


# A messenger's line ("im Anhang die Anmeldung unserer Kollegin") is short; a longer text
# is the forwarder's own request, with the attached mail as its context.
NOTE_MAX = 200


def is_note(text: str) -> bool:
    """Is the forwarder's own text only a line that passes the attached mail on?"""
    return len(" ".join(text.split())) <= NOTE_MAX


def own_parts(msg: Message, kind: str) -> Iterator[Message]:
    """The parts of ``kind`` that belong to ``msg`` itself, not to an attached mail."""
    if msg.get_content_maintype() == "message":
        return
    if msg.is_multipart():
        for part in msg.get_payload():
            yield from own_parts(part, kind)
    elif msg.get_content_type() == kind and msg.get_content_disposition() != "attachment":
        yield msg


def own_texts(msg: Message, kind: str, part_text: Callable[[Message], str]) -> list[str]:
    return [part_text(part) for part in own_parts(msg, kind)]


def read_as_forward(mail: Mail, inner: Mail) -> Mail:
    """``mail`` read as the colleague's mail it carries: the forwarder's own line
    first, then the attached mail's words, signature and quote."""
    note = (mail.text or "").strip()
    text = f"{note}\n\n{inner.text}".strip() if note else inner.text
    reply_to = mail.reply_to or inner.reply_to or ((inner.sender,) if inner.sender else ())
    return replace(mail, text=text, signature=inner.signature, quoted=inner.quoted,
                   quote_heads=inner.quote_heads, reply_to=reply_to)
