"""An invitee's answers: a pre-registration from another address matched to its
invitee, and what an inbound mail (an answer, a refusal, an opt-out, a bounce) means
for the list (pure).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from inbox_agent.i18n import N_, render
from inbox_agent.invitations.csvimport import fold
from inbox_agent.model import Reason
from inbox_agent.outbox.optouts import optout_record
from inbox_agent.registrations.decision import HumanTask, StaffText

# Intents (``model.Intent`` values) that a machine sent: they are no answer.
_MACHINE_INTENTS = frozenset({"bounce", "auto_reply", "bulk"})


# --- matching a pre-registration to its invitee ---------------------------------------------

_TITLES = frozenset("dr prof professor herr frau mr mrs ms miss dipl ing med phil rer nat jur pol "
                    "oec soz paed mag ba ma msc bsc mba ll m".split())
# Addresses at these domains are private: the same domain says nothing about the employer.
_FREEMAIL = frozenset("""gmail.com googlemail.com web.de gmx.de gmx.net gmx.at gmx.ch t-online.de
yahoo.com yahoo.de outlook.com outlook.de hotmail.com hotmail.de live.com live.de posteo.de
mailbox.org icloud.com me.com aol.com freenet.de arcor.de email.de online.de vodafone.de
protonmail.com proton.me""".split())
_ORG_NOISE = frozenset("der die das des den dem und fuer von the of and e v ev".split())


def name_tokens(name: str) -> frozenset[str]:
    """A name as a set of words without titles: "Dr. Weber, Petra" = "Petra Weber"."""
    words = re.findall(r"[a-z]+", fold(name))
    return frozenset(w for w in words if w not in _TITLES and len(w) > 1)


def org_tokens(organization: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", fold(organization))
    return frozenset(w for w in words if w not in _ORG_NOISE)


def _domain(email: str) -> str:
    return email.rpartition("@")[2].lower()


def same_person(invitee: Mapping[str, Any], attendee: Mapping[str, Any]) -> str | None:
    """Why ``attendee`` (at another address) is probably ``invitee``, in the staff
    language, or None (see ``same_person_reason``)."""
    why = same_person_reason(invitee, attendee)
    return render(why) if why is not None else None


def same_person_reason(invitee: Mapping[str, Any], attendee: Mapping[str, Any]) -> Reason | None:
    """Why ``attendee`` (at another address) is probably ``invitee``, or None.

    The same name (titles and word order aside) and the same organisation: the same
    organisation name, or the same address domain unless it is a private mail provider.
    A colleague of the same organisation with another name is not a match.
    """
    names = name_tokens(invitee.get("name") or "")
    if len(names) < 2 or names != name_tokens(attendee.get("name") or ""):
        return None
    inv_domain, att_domain = _domain(invitee["email"]), _domain(attendee["email"])
    if inv_domain == att_domain and inv_domain not in _FREEMAIL:
        return Reason.of(N_("same name, same domain @{domain}"), domain=inv_domain)
    orgs = org_tokens(invitee.get("organization") or "")
    if orgs and orgs == org_tokens(attendee.get("organization") or ""):
        return Reason.of(N_("same name, same organisation ({organization})"),
                         organization=invitee.get("organization") or "")
    return None


@dataclass(frozen=True)
class Match:
    """A proposal: ``attendee`` (another address) is probably ``invitee``.

    ``reason`` is why, in the staff language of the moment it was found; ``why`` the
    same as a ``Reason`` (stored and shown in the reader's language)."""

    invitee: str
    attendee: str
    reason: str
    why: Reason | None = field(default=None, compare=False)


def propose_matches(
    invitees: Iterable[Mapping[str, Any]], attendees: Iterable[Mapping[str, Any]]
) -> list[Match]:
    """Invitees without an attendee record of their own who pre-registered from another
    address: each gets at most one proposal, and only an unambiguous one (exactly one
    candidate, not claimed by another invitee, not itself on the list)."""
    invitee_list = list(invitees)
    listed = {inv["email"] for inv in invitee_list}
    attendee_list = list(attendees)
    attendee_emails = {a["email"] for a in attendee_list}
    claimed = {(inv.get("match") or {}).get("attendee") for inv in invitee_list
               if (inv.get("match") or {}).get("status") in ("proposed", "confirmed")}
    # Indexed by the name's words: one look-up per invitee, not a comparison with everyone.
    candidates: dict[frozenset[str], list[Mapping[str, Any]]] = {}
    for a in attendee_list:
        tokens = name_tokens(a.get("name") or "")
        if len(tokens) >= 2 and a["email"] not in listed and a["email"] not in claimed:
            candidates.setdefault(tokens, []).append(a)
    found: dict[str, list[tuple[str, Reason]]] = {}
    for inv in invitee_list:
        if inv["email"] in attendee_emails or inv.get("match"):
            continue  # pre-registered under this address, or decided before (also "rejected")
        for att in candidates.get(name_tokens(inv.get("name") or ""), ()):
            why = same_person_reason(inv, att)
            if why is not None:
                found.setdefault(inv["email"], []).append((att["email"], why))
    by_attendee: dict[str, int] = {}
    for hits in found.values():
        for att_email, _why in hits:
            by_attendee[att_email] = by_attendee.get(att_email, 0) + 1
    out = []
    for inv_email, hits in sorted(found.items()):
        if len(hits) == 1 and by_attendee[hits[0][0]] == 1:
            out.append(Match(inv_email, hits[0][0], render(hits[0][1]), hits[0][1]))
    return out


def match_record(match: Match, at: datetime, status: str = "proposed") -> dict[str, Any]:
    """The ``match`` of an invitee record (its reason kept as a ``Reason``)."""
    reason = match.why.to_dict() if match.why is not None else match.reason
    return {"attendee": match.attendee, "reason": reason, "status": status, "at": at.isoformat()}


def match_task(match: Match, invitee: Mapping[str, Any]) -> HumanTask:
    """The task asking staff to confirm (or undo) ``match``."""
    return HumanTask("invitee_match", match.invitee, Reason.of(N_(
        "Has {who} (invited as {invitee}) pre-registered as {attendee}? ({why}). No more "
        "invitation reminders go to {invitee}. Confirm: `inbox-agent invitees link {invitee} "
        "{attendee}`; if it is not the same person: `inbox-agent invitees unlink {invitee}`."),
        who=invitee.get("name") or match.invitee, invitee=match.invitee,
        attendee=match.attendee, why=match.why if match.why is not None else match.reason))

# --- what an inbound mail means for the list ---------------------------------------------------------


@dataclass(frozen=True)
class InboundEffects:
    """Changes an inbound mail makes to the invitee list and the opt-outs."""

    invitees: tuple[dict[str, Any], ...] = ()  # changed invitee records
    optout: dict[str, Any] | None = None  # a new opt-out record
    tasks: tuple[HumanTask, ...] = ()
    notes: tuple[StaffText, ...] = ()  # for staff (the digest shows them with the mail)

    @property
    def empty(self) -> bool:
        return not (self.invitees or self.optout or self.tasks or self.notes)


def inbound_effects(
    *,
    sender: str,
    intent: str,
    opt_out: bool,
    bounced: Iterable[str],
    invitees: Mapping[str, Mapping[str, Any]],
    already_opted_out: bool,
    holds_registration: bool,
    has_attendee: bool,
    at: datetime,
    cause: str,
) -> InboundEffects:
    """What one understood mail changes on the list.

    ``opt_out`` says the mail asks for no more mail (intent ``opt_out``, or the subject
    a List-Unsubscribe mailto uses); ``holds_registration`` whether the sender holds a
    registration (then the opt-out concerns circulars only, and staff are asked whether
    a cancellation was meant); ``has_attendee`` whether the mail made or found an
    attendee record for the sender. ``bounced`` are the failed addresses of a bounce.
    """
    sender = sender.strip().lower()
    if intent == "bounce":
        return _bounced(bounced, invitees, at)
    tasks: list[HumanTask] = []
    notes: list[StaffText] = []
    optout = None
    if opt_out and sender:
        if not already_opted_out:
            optout = optout_record(sender, at, "mail", cause)
            notes.append(StaffText.of(N_("{email}: opted out of announcements, reminders and circulars"),
                                   email=sender))
        if holds_registration:
            tasks.append(HumanTask("opt_out_attendee", sender, Reason.of(N_(
                "{email} wants no more e-mails but is registered: invitations and circulars no "
                "longer go there, e-mails about the registration still do. If a cancellation "
                "was meant, please cancel by hand (inbox-agent set-state {email} cancelled "
                "--reason ...)."), email=sender)))
    changed = _answered(invitees.get(sender), intent, has_attendee, at, notes)
    return InboundEffects(changed, optout, tuple(tasks), tuple(notes))


def _bounced(bounced: Iterable[str], invitees: Mapping[str, Mapping[str, Any]],
             at: datetime) -> InboundEffects:
    """Invitees whose address a bounce names get no further invitations."""
    changed = []
    notes: list[StaffText] = []
    for address in sorted({b.strip().lower() for b in bounced}):
        inv = invitees.get(address)
        if inv is not None and not inv.get("bounced_at"):
            changed.append({**inv, "bounced_at": at.isoformat()})
            notes.append(StaffText.of(N_("{email}: invitee address bounced; no further invitations"),
                                   email=address))
    return InboundEffects(tuple(changed), None, (), tuple(notes))


def _answered(inv: Mapping[str, Any] | None, intent: str, has_attendee: bool, at: datetime,
              notes: list[StaffText]) -> tuple[dict[str, Any], ...]:
    """The invitee record ``inv`` after a mail from it (a person's, not a machine's):
    answered; declined, if it cancels without holding a registration."""
    if inv is None or intent in _MACHINE_INTENTS:
        return ()
    stamp = at.isoformat()
    new = dict(inv)
    if not inv.get("answered_at"):
        new["answered_at"] = stamp
    new["answered_intent"] = intent
    if intent == "cancellation" and not has_attendee and not inv.get("declined_at"):
        new["declined_at"] = stamp
        notes.append(StaffText.of(N_("{email}: invitee declined; no further invitation reminders"),
                               email=inv["email"]))
    return (new,) if new != inv else ()
