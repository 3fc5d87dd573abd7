"""What the invitation commands did, as values the commands print (``texts``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from inbox_agent.invitations.announcement import AnnouncementPlan
from inbox_agent.invitations.csvimport import CsvResult, ImportPlan
from inbox_agent.invitations.standing import ANNOUNCEMENT
from inbox_agent.outbox.outbox import DeliveryReport


@dataclass(frozen=True)
class ImportOutcome:
    file: CsvResult
    plan: ImportPlan


@dataclass
class AnnounceReport:
    plan: AnnouncementPlan
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    left: int = 0  # announcements still planned when the run ended
    stopped: str = ""  # why the run ended with mails left (a temporary server problem)

    @property
    def sent(self) -> list[str]:
        return [m.recipients[0] for m in self.delivery.sent if m.kind == ANNOUNCEMENT]
