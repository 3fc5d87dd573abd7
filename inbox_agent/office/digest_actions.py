"""The digest's actions: for every item that needs a decision, links that open a
prepared mail to the office (``mailto:``, RFC 6068: subject and body filled in; the
body is the command line with its action token, ``commands.line`` and ``tokens``).
Sending that mail performs the action (``app.staffmail``). Pure: the key and the day
the tokens run out are handed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from inbox_agent.i18n import N_, _
from inbox_agent.office import tokens
from inbox_agent.office.commands import Vocabulary, line

Action = tuple[str, str]  # (label in the staff language, mailto: URL)

LABELS = {
    "paid": N_("Record as paid"),
    "admit": N_("Admit (overbooking)"),
    "waitlist": N_("Put on the waiting list"),
    "confirm_match": N_("Confirm the match"),
    "done": N_("Done"),
    "confirm_cancellation": N_("Confirm the cancellation"),
}

# Which decisions a task of each kind offers (every numbered task offers "done" too).
_BY_KIND: Mapping[str, tuple[str, ...]] = {
    "late_pre_registration": ("admit", "waitlist"),
    "late_registration": ("admit", "waitlist"),
    "no_place_for_form": ("admit",),
    "pending": ("admit", "waitlist"),
    "invitee_match": ("confirm_match",),
    "cancellation_terms": ("confirm_cancellation",),
    "refund": ("confirm_cancellation",),
    "partial_cancellation": ("confirm_cancellation",),
}


def mailto(to: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068): every character outside the unreserved set is
    percent-encoded as UTF-8, a space as %20, a line break as %0D%0A."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return (f"mailto:{quote(to, safe='@')}?subject={quote(subject, safe='')}"
            f"&body={quote(body, safe='')}")


@dataclass(frozen=True)
class Links:
    """What the links need: the office's address, the token key, the last day the
    tokens are good for, the vocabulary and the staff language."""

    office: str
    key: bytes
    until: date
    vocabulary: Vocabulary
    language: str

    def action(self, action: str, args: tuple[str, ...]) -> Action:
        """The labelled link for ``action`` on ``args``."""
        token = tokens.make(self.key, action, " ".join(args), self.until)
        command = line(self.vocabulary, action, args, token, self.language)
        label = _(LABELS[action])
        subject = f"{label}: {' '.join(a for a in args if not a.isdigit()) or '#' + args[0]}"
        body = command + "\n\n" + _("(Just send this mail: inbox-agent does it and confirms.)")
        return label, mailto(self.office, subject, body)

    def for_task(self, task: Mapping[str, Any]) -> tuple[Action, ...]:
        """The links of a task: its decisions, then "done" (needs its number)."""
        kind, email, no = task.get("task", ""), task.get("email", ""), task.get("no")
        out = []
        for action in _BY_KIND.get(kind, ()) if email else ():
            if action == "confirm_match":
                attendee = _value(task.get("summary"), "attendee")
                if attendee:
                    out.append(self.action(action, (email, attendee)))
            else:
                out.append(self.action(action, (email,)))
        for pay in task.get("pay") or ():  # a payment task: the balance, or a candidate
            if pay.get("email"):
                out.append(self.action("paid", (pay["email"], pay["amount"])))
        if no:
            out.append(self.action("done", (str(no),)))
        return tuple(out)

    def for_payment(self, email: str, amount: str) -> tuple[Action, ...]:
        """The link that records a payment of ``amount`` (the open balance)."""
        return (self.action("paid", (email, amount) if amount else (email,)),)


def _value(summary: Any, name: str) -> str:
    """A value of a stored ``Reason`` dict ("" if none)."""
    if isinstance(summary, Mapping):
        value = (summary.get("values") or {}).get(name)
        return value if isinstance(value, str) else ""
    return ""


def help_line(office: str, vocabulary: Vocabulary, language: str) -> str:
    """The digest's last line: how to give commands by mail."""
    words = ", ".join(vocabulary.first_word(a, language) for a in
                      ("paid", "done", "waitlist", "admit", "undo", "help"))
    return _("Commands by mail to {office} from your staff address, one per line: {words} "
             "(\u201c{help}\u201d lists them).").format(
        office=office, words=words, help=vocabulary.first_word("help", language))


__all__ = ["Action", "LABELS", "Links", "mailto", "help_line"]
