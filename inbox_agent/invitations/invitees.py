"""Invitees: who the conference is announced to, and what became of it (pure).

The office announces the conference to its members and last year's attendees, and
reminds those who have not answered before pre-registration closes. This module names
the domain side of that, without I/O and without a clock (``campaign`` wires it to the
store, the outbox and the pipeline); the code lives in ``csvimport`` (the list),
``standing`` (where each invitee stands, the reach), ``matching`` (matches and inbound
mail) and ``announcement`` (the announcement and the reminders):

- **The list.** ``read_csv`` reads what Excel writes (``;`` or ``,``, UTF-8 with or
  without BOM, Windows-1252, UTF-16; German or English column names) and reports every
  invalid row with its line number; ``plan_import`` turns the valid rows into store
  records (table ``invitees``, key = lower-case address) so that importing the same
  file twice changes nothing, and never touches what happened since (answers, bounces,
  matches) nor the opt-outs, which live in their own table (``optouts``).
- **Where each invitee stands** (``standings``): derived, never stored twice, from the
  invitee record, the attendees, the opt-outs and the outbox (the announcement and each
  reminder are outbox entries with deterministic Message-IDs: ``announcement_id``,
  ``reminder_id``). An invitee who pre-registers is found among the attendees by the
  same address, or, from another address, as the same person of the same organisation
  (``propose_matches``: recorded as "proposed" and shown to staff for confirmation).
- **The announcement** (``plan_announcement``) and **the reminders** before the
  pre-registration deadline (``plan_reminders``, one per configured step, the latest
  due step only, each at most once).
- **What an inbound mail means for the list** (``inbound_effects``): an answer, a
  refusal, an opt-out, a bounce.
- **The announcement's reach** for the digest (``announcement_reach``).
"""

from __future__ import annotations

# The CLI, the pipeline, ``simulate`` and ``check`` import these names from here.
from inbox_agent.invitations.announcement import (
    AnnouncementPlan,
    due_step,
    invitee_context,
    plan_announcement,
    plan_reminders,
    sample_context,
)
from inbox_agent.invitations.csvimport import (
    CsvResult,
    ImportPlan,
    InviteeFileError,
    Problem,
    Row,
    decode,
    plan_import,
    read_csv,
)
from inbox_agent.invitations.matching import (
    InboundEffects,
    Match,
    inbound_effects,
    match_record,
    match_task,
    name_tokens,
    org_tokens,
    propose_matches,
    same_person,
    same_person_reason,
)
from inbox_agent.invitations.standing import (
    ANNOUNCEMENT,
    MAIL_KINDS,
    REMINDER,
    Reach,
    Standing,
    announcement_id,
    announcement_reach,
    reminder_id,
    standings,
)

__all__ = [
    "ANNOUNCEMENT",
    "REMINDER",
    "MAIL_KINDS",
    "InviteeFileError",
    "Row",
    "Problem",
    "CsvResult",
    "decode",
    "read_csv",
    "ImportPlan",
    "plan_import",
    "announcement_id",
    "reminder_id",
    "Standing",
    "standings",
    "Match",
    "name_tokens",
    "org_tokens",
    "same_person",
    "same_person_reason",
    "propose_matches",
    "match_record",
    "match_task",
    "invitee_context",
    "sample_context",
    "AnnouncementPlan",
    "plan_announcement",
    "due_step",
    "plan_reminders",
    "InboundEffects",
    "inbound_effects",
    "Reach",
    "announcement_reach",
]
