"""Whether a mail is written to the office as a person writes to it: the test the
grammar fallback (``wishes``) must pass before it may turn a mail no rule knew into a
registration that is answered.

Structure, not words: a reply to one of our mails is addressed to us; a mail that
does not name the office among its recipients (sent blind to a list), that goes to
many recipients at once (a circular), or that holds only a forwarded mail (someone
else's circular, someone else's event) is not, and its sentences are not the
writer's wishes. The text the grammar may read is what the writer wrote above a
forwarded mail (``own_part``).
"""

from __future__ import annotations

import re

from inbox_agent.i18n import N_
from inbox_agent.model import Reason
from inbox_agent.understanding.context import MailContext

# A circular: this many recipients in To and Cc, or more.
MANY = 5
# The head of a forwarded mail inside the text (Thunderbird, Gmail, Outlook, Apple Mail).
_FORWARDED = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:weitergeleitete nachricht|forwarded message|original message|urspr(?:ü|ue)ngliche "
    r"nachricht|message transf(?:é|e)r(?:é|e))[ \t]*-{2,}|(?:anfang der weitergeleiteten nachricht|begin forwarded "
    r"message)[ \t]*:)", re.I | re.M)


def not_addressed(ctx: MailContext) -> Reason | None:
    """Why the mail is not written to the office as a person would, or None if it is."""
    if ctx.replies_to_us:
        return None
    recipients = {a.key for a in (*ctx.mail.to, *ctx.mail.cc)}
    if (ctx.own_addresses or ctx.own_domain) and not any(_ours(ctx, a) for a in recipients):
        return Reason.of(N_("no rule knew the words, and the office is not among the recipients "
                            "(sent blind, to a list): not read as a wish"))
    if len(recipients) >= MANY:
        return Reason.of(N_("no rule knew the words, and the mail went to {count} recipients at once "
                            "(a circular): not read as a wish"), count=len(recipients))
    if not own_part(ctx.body).strip() and _FORWARDED.search(ctx.body):
        return Reason.of(N_("no rule knew the words, and the mail only forwards someone else's mail: "
                            "not read as a wish"))
    return None


def copied_only(ctx: MailContext) -> Reason | None:
    """Why the office is only informed: it stands in Cc, and the mail is written To
    someone else (an invoice passed to the accounts department "with the office in
    copy"): a person reads it, nothing is answered on its words. None if not so."""
    if not (ctx.own_addresses or ctx.own_domain):
        return None
    to = {a.key for a in ctx.mail.to}
    if not to or any(_ours(ctx, a) for a in to) or not any(_ours(ctx, a.key) for a in ctx.mail.cc):
        return None
    return Reason.of(N_("the office is only in copy of a mail written to someone else: for a person to read"))


def own_part(text: str) -> str:
    """What the writer wrote above a forwarded mail in ``text`` (all of it if none)."""
    found = _FORWARDED.search(text)
    return text[: found.start()] if found else text


def _ours(ctx: MailContext, address: str) -> bool:
    return address in ctx.own_addresses or bool(ctx.own_domain and address.endswith("@" + ctx.own_domain))


__all__ = ["not_addressed", "copied_only", "own_part", "MANY"]
