"""On behalf of someone: the sender registers a colleague ("hiermit melde ich meine
Kollegin Frau Dr. Anna Schmidt, anna.schmidt@..., an"). Then the attendee is the
colleague, named by an address in the text; the sender's own fields stay apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from inbox_agent.model import Address, Fields, Mail
from inbox_agent.understanding.signature import display_name, looks_like_name
from inbox_agent.understanding.text import fold
from inbox_agent.understanding.values import ADDRESS, TITLE, split_title, tidy


def colleague_fields(sender: Fields, colleague: tuple[str | None, str], organization: str | None,
                     explicit_persons: int | None) -> Fields:
    """The attendee's fields: the colleague's name and address, the organisation
    ``organization``, and the sender's other answers (membership, invoice, ...)."""
    name, email = colleague
    title, name = split_title(name) if name else (None, None)
    surname = fold(name).split()[-1] if name else ""
    others = tuple(p for p in sender.people if fold(p).split()[-1] != surname)
    return replace(sender, name=name or None, title=title, email=email,
                   organization=tidy(organization) if organization else None, people=others,
                   persons=explicit_persons or (len(others) + 1 if others else None))


def on_behalf(mail: Mail, text: str, own: set[str]) -> tuple[str | None, str] | None:
    """(name, address) of the colleague the sender registers, if the text names one."""
    sender = mail.sender.key if mail.sender else ""
    for match in ADDRESS.finditer(text):
        address = match.group(0).rstrip(".").lower()
        if address in own or address == sender:
            continue
        return _name_for(address, mail) or _name_before(text, match.start()), address
    return None


def _name_for(address: str, mail: Mail) -> str | None:
    """The display name that goes with ``address`` in the headers or an attached mail."""
    known: list[Address] = [*mail.to, *mail.cc, *mail.reply_to]
    for attachment in mail.attachments:
        if attachment.content_type == "message/rfc822":
            head = attachment.data[:4000].decode("utf-8", "replace").split("\n\n", 1)[0]
            for line in head.splitlines():
                if line.lower().startswith(("from:", "sender:")):
                    value = line.split(":", 1)[1]
                    found = re.match(r'\s*"?([^"<]*)"?\s*<([^>]+)>', value)
                    if found:
                        known.append(Address(found.group(2).strip(), found.group(1).strip()))
    for item in known:
        if item.key == address and item.name:
            name = display_name(item.name)
            if name:
                return name
    return None


def _name_before(text: str, position: int) -> str | None:
    """ "Frau Dr. Anna Schmidt, anna.schmidt@..." -> "Dr. Anna Schmidt"."""
    before = text[max(0, position - 80):position]
    before = re.split(r"[\n:;]", before)[-1]
    before = re.sub(r"[(<\[,\s]+$", "", before)
    words: list[str] = []
    for word in reversed(before.split()):
        clean = word.strip("(),")
        if fold(clean) in ("frau", "herr", "herrn", "kollegin", "kollegen", "kollege", "ms.", "mr.", "mrs."):
            break
        if clean[:1].isupper() or TITLE.match(clean + " "):
            words.insert(0, clean)
            if len(words) >= 5:
                break
        else:
            break
    name = " ".join(words)
    return name if name and looks_like_name(name) else None
