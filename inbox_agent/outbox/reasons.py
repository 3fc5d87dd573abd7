"""What the outbox tells the office about mails it holds back, files or withholds: kept
as ``Reason``s, put into words where they are shown (the digest, ``show``), in the
staff language (``i18n.render``). German in ``locale/de/outbox.po``.

The records keep the sentence twice: the reason as a dict (``summary_reason`` of a
task, ``error_reason`` of an outbox entry), and under the old field (``summary``,
``error``) the text as records always had it, for readers that do not know reasons.
"""

from __future__ import annotations

from typing import Any

from inbox_agent import i18n
from inbox_agent.i18n import N_
from inbox_agent.model import Reason

# Outbox entries marked sent without being sent (again).
FOUND_IN_SENT = Reason.of(N_("found in the Sent folder"))
ACCEPTED_BEFORE_INTERRUPTION = Reason.of(N_(
    "accepted by the SMTP server before an interruption; copy filed in Sent afterwards"))
# A bulk mail whose recipient opted out after it was planned.
OPTED_OUT = Reason.of(N_("not sent: the recipient opted out meanwhile"))


def withheld(count: int, address: str, hours: float, limit: int) -> Reason:
    """An answer not sent: ``address`` had its share of automatic answers."""
    return Reason.of(N_(
        "not sent: already {count} automatic answers to {address} in {hours} hours "
        "([limits] replies_per_address = {limit}). Someone may have forged the address "
        "as sender; please check and answer by hand if needed."),
        count=count, address=address, hours=f"{hours:g}", limit=limit)


def cap_wait(limit: int) -> Reason:
    """An answer that waits for the hourly cap."""
    return Reason.of(N_("waiting: more than {limit} automatic answers in one hour "
                        "([limits] replies_per_hour)"), limit=limit)


def cap_reached(limit: int, waiting: int, until: str) -> Reason:
    """The office's task when the hourly cap holds answers back (``until``: HH:MM UTC)."""
    return Reason.of(N_(
        "More than {limit} automatic answers in one hour ([limits] replies_per_hour): "
        "{waiting} are waiting and go out one by one from {until} UTC. If this is no wave "
        "of registrations, please check the senders (forged?)."),
        limit=limit, waiting=waiting, until=until)


def german(reason: Reason) -> str:
    """``reason`` in German: the text the old fields (``summary``, ``error``) held
    before reasons were stored, whatever the staff language."""
    with i18n.use_language("de"):
        return i18n.render(reason)


def error_fields(reason: Reason | None, text: str | None) -> dict[str, Any]:
    """The ``error`` and ``error_reason`` of an outbox entry (both None: no error).
    Set together, always: a reason left from an earlier attempt would tell a stale story."""
    return {"error": text, "error_reason": reason.to_dict() if reason is not None else None}
