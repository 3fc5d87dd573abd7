"""What a poll reports (``PollReport``: each mail and what was done with it) and how
the pipeline keeps a sentence for staff in a record.

What was done with a mail is a ``Reason`` (``Handled.outcome``): English msgids,
German in ``locale/de/app.po``, rendered in the reader's language where it is shown;
``Handled.action`` is its English, for logs and the poll's output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from inbox_agent.i18n import N_
from inbox_agent.model import Mail, OutgoingMessage, Reason, ReasonText, Verdict
from inbox_agent.outbox.outbox import DeliveryReport
from inbox_agent.registrations import Decision


@dataclass(slots=True)
class Handled:
    """One inbound mail and what was done with it (for logs, --dry-run and the digest).

    ``outcome`` is what was done as a catalogue text (``render(h.outcome)`` in the
    staff language); ``action`` is the same in English ("replied: programme",
    "no reply: ...", "failed: ...", "skipped: ..."), for logs and the poll's output.

    A poll keeps one for every mail until it ends: without a ``__dict__`` (slots), and
    the intents, outcomes and rule lists most mails share kept once (``_shared``): a
    burst of 10,000 mails held ~13 MB of them (BENCHMARKS.md, round 5).
    """

    uid: int
    key: str
    sender: str
    subject: str
    intent: str
    outcome: Reason
    reason: str = ""  # the rules that matched

    def __post_init__(self) -> None:
        self.intent, self.reason = _shared(self.intent), _shared(self.reason)
        self.outcome = _shared(self.outcome)

    @property
    def action(self) -> str:
        return self.outcome.english()


@dataclass
class PollReport:
    """What one poll did. ``tell``, where set, is given each handled mail and each sent
    reply as it comes, and they are counted (``handled_count``, ``sent_count``) instead
    of kept in ``handled`` and ``delivery.sent``: ``poll --once`` spools its lines
    (``cli.mailwork``), and a burst of 10,000 mails no longer keeps ~6 MB of them until
    it ends (BENCHMARKS.md, round 19). The failed and skipped mails are kept always."""

    handled: list[Handled] = field(default_factory=list)
    failed: list[Handled] = field(default_factory=list)
    skipped: list[Handled] = field(default_factory=list)
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    history_read: int = 0  # adopted history mails whose bodies this poll read
    history_unread: int = 0  # and how many are left after it
    tell: Callable[[Handled | OutgoingMessage], None] | None = None
    told: int = 0  # handled mails given to ``tell``
    told_sent: int = 0  # and sent replies

    @property
    def handled_count(self) -> int:
        return len(self.handled) + self.told

    @property
    def sent_count(self) -> int:
        return len(self.delivery.sent) + self.told_sent

    def add(self, handled: Handled) -> None:
        """A mail handled (not failed): told, or kept."""
        if self.tell is None:
            self.handled.append(handled)
        else:
            self.told += 1
            self.tell(handled)

    def merge(self, other: DeliveryReport) -> None:
        # Keep who got what, not the bytes: a burst of 10,000 mails kept every reply with
        # its attachments in memory until the poll ended (over 200 MB, BENCHMARKS.md).
        if self.tell is None:
            self.delivery.sent += [replace(m, data=b"") for m in other.sent]
        else:
            for sent in other.sent:
                self.told_sent += 1
                self.tell(sent)
        self.delivery.reconciled += other.reconciled
        self.delivery.deferred += other.deferred
        self.delivery.failed += other.failed


_SHARED: dict = {}
_SHARED_MAX = 4096  # distinct values kept; beyond, each mail keeps its own


def _shared(value):
    """``value``, or an equal one kept before (values are immutable: a ``str`` or a
    frozen ``Reason``; a subclass of ``str`` keeps more than its text and is not
    shared)."""
    if type(value) not in (str, Reason):
        return value
    try:
        kept = _SHARED.get(value)
    except TypeError:  # a Reason with a value that cannot be hashed
        return value
    if kept is not None:
        return kept
    if len(_SHARED) < _SHARED_MAX:
        _SHARED[value] = value
    return value


def outcome(verdict: Verdict, decision: Decision) -> Reason:
    """What was done with a handled mail: the replies planned, or why there is none."""
    kinds = [p.kind for p in decision.planned]
    if kinds:
        return Reason.of(N_("replied: {kinds}"), kinds=", ".join(kinds))
    # suppressed_reason is the staff-language twin of the English suppressed_because.
    why = verdict.suppressed_reason or verdict.suppressed_because or _why_silent(verdict)
    return Reason.of(N_("no reply: {why}"), why=why)


ALREADY_HANDLED = Reason.of(N_("no reply: already handled earlier"))


def failed(error: Reason | str) -> Reason:
    """A mail that could not be handled (it stays in the mailbox and is tried again)."""
    return Reason.of(N_("failed: {error}"), error=error)


def skipped(why: Reason) -> Reason:
    """A mail left untouched (too large)."""
    return Reason.of(N_("skipped: {why}"), why=why)


_SILENT = {
    "question": N_("a question: left for a human"),
    "opt_out": N_("an opt-out: recorded, no more announcements or circulars go there"),
}


def _why_silent(verdict: Verdict) -> Reason:
    """Why a mail that nothing held back gets no reply."""
    return Reason.of(_SILENT.get(str(verdict.intent), N_("nothing to answer")))


def stored(text: str | Reason) -> str | dict:
    """A sentence for staff as a record keeps it: a ``Reason`` as its dict (rendered in
    the reader's language where it is shown), a plain string as it is."""
    if isinstance(text, ReasonText):  # English that keeps its catalogue text
        return text.reason.to_dict()
    return text.to_dict() if isinstance(text, Reason) else text


def who(mail: Mail | None) -> str:
    """The sender as reports and records name it: ``Name <address>``, or ""."""
    return str(mail.sender) if mail and mail.sender else ""
