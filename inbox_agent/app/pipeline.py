"""One poll of the inbox: mailbox -> parse -> classify -> registrations -> outbox.

This module wires the stages in their one direction and owns the order of the
durable steps; it imports no external library. Per batch of mails:

1. fetch the batch (BODY.PEEK: the staff's unread marks stay);
2. each mail inside its own error boundary: parse, classify, decide; a mail that
   fails is recorded as a failure (retried next poll, reported after N tries) and
   does not stop the others;
3. commit #1: message records, attendee changes, planned replies, folder position;
4. send the planned replies (each copied to Sent right after SMTP accepted it);
5. set the done keyword on the handled mails; commit #2: sent states.

A crash between 3 and 5 is repaired on the next poll: planned replies are looked up
in the Sent folder before anything is re-sent, keywords are set again. A burst of
several batches runs the same steps in a pipeline (``pollpipe``: the replies of batch
k-1 sent while batch k is decided, their Sent copies filed by a lane of their own, the
batches after k fetched (``fetchlane``) and read by the worker process meanwhile), in the
same durable order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from inbox_agent.app import adopt, cores, fetchlane, mailroute, pollpipe, readlane, staffmail
from inbox_agent.app.failures import record_failure, retryable_failures, skip_oversized
from inbox_agent.app.report import (
    ALREADY_HANDLED,
    Handled,
    PollReport,
    outcome,
    stored,
    who,
)
from inbox_agent.faults import point
from inbox_agent.i18n import N_
from inbox_agent.invitations import campaign
from inbox_agent.invoices import issue as invoicing
from inbox_agent.mail.mailbox import FolderInfo, Mailbox
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.office import retention
from inbox_agent.model import Mail, RawMessage, Verdict, reason_of
from inbox_agent.outbox.optouts import history_unread
from inbox_agent.outbox.outbox import Sender
from inbox_agent.registrations.known import fields_to_dict
from inbox_agent.registrations.roster import Roster
from inbox_agent.registrations import (
    PERSONAL,
    Attendee,
    Decision,
    InboundRef,
    decide_mail,
    decide_time,
)
from inbox_agent.services import Services, sender_for
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import put_task
from inbox_agent.store.events import attendee_key, home_event
from inbox_agent.understanding.classify import classify

log = logging.getLogger(__name__)


def poll_once(services: Services,
              progress: Callable[[int, int], None] | None = None,
              began: cores.Probe | None = None,
              tell: Callable[[Any], None] | None = None) -> PollReport:
    """Handle every new mail in the configured folder once. Raises ``MailboxError`` when
    the IMAP server cannot be reached (the daemon retries at the next interval).
    ``progress(done, total)`` is told after each batch (a first import's progress bar).
    ``began``: the machine as the command began (``poll --once``), else as this poll does:
    a burst's "is a core free" is measured from there, over the work done meanwhile,
    instead of being slept for. ``tell``: given each handled mail and sent reply as it
    comes, which the report then counts instead of keeping (``PollReport``)."""
    cfg = services.config
    report = PollReport(tell=tell)
    began = began or cores.probe()
    with services.open_mailbox() as opened:
        box = fetchlane.Serialised(opened)  # a burst's fetch lane shares it (pollpipe)
        folder = box.select(cfg.imap.folder)
        state = _folder_state(services.store, folder)
        sender_cm = sender_for(services)
        with sender_cm as sender:
            _repair(services, box, folder, state, sender, report)
            # Mail that was there before the first start is history, never answered.
            adoption = adopt.Adoption.start(services, box)
            report.history_read = adoption.bodies_read
            report.history_unread = history_unread(services.store)
            uids = box.uids_after(state["last_uid"])
            retry = retryable_failures(services.store, folder, cfg.imap.max_attempts)
            todo = sorted(set(uids) | set(retry))
            todo = skip_oversized(services, box, folder, todo, report)
            # Loaded once per poll and kept current by _handle_one: loading it per batch
            # made each batch cost the whole attendee list (quadratic, see BENCHMARKS.md).
            attendees = mailroute.book(services) if todo else {}
            state = _batches(services, box, folder, state, list(_chunks(todo, cfg.imap.batch_size)),
                             sender, report, attendees, adoption, progress, began)
            staffmail.scan_sent(services, box)  # staff answers in Sent close questions
        services.store.put("meta", {"key": "last_poll", "at": services.clock.now().isoformat(),
                                    "handled": report.handled_count, "failed": len(report.failed)})
        services.store.commit()
    return report


def run_due_jobs(services: Services) -> PollReport:
    """Reminders, lapses and payment reminders that are due now (``decide_time``), for
    every configured event."""
    report = PollReport()
    now = services.clock.now()
    planned = False
    for event_id, attendees in mailroute.book(services).items():
        decision = decide_time(attendees, services.rules_for(event_id), now)
        _stage_decision(services, decision, cause="schedule", now=now, event=event_id)
        planned = planned or bool(decision.planned)
    invitations = campaign.run_due(services, now)  # reminders before pre-registration closes
    _stage_decision(services, invitations, cause="schedule", now=now, event=services.event.id)
    services.store.commit()
    retention.run_due(services.store, services.events, now)  # GDPR: past events' data, once
    if planned or invitations.planned:
        with services.open_mailbox() as box, sender_for(services) as sender:
            sent_folder = None if services.dry_run else box
            report.merge(services.outbox.deliver(services.store, sender, sent_folder, now))
        services.store.commit()
    return report


def adopt_mailbox(services: Services,
                  progress: Callable[[int, int], None] | None = None) -> adopt.Plan:
    """``inbox-agent adopt``: the mail the next poll would read that is history, recorded
    now and answered never; the rest is left to the poll. With ``services.dry_run`` only
    what would be done (the folder opened read-only, nothing saved)."""
    with services.open_mailbox() as box:
        folder = box.select(services.config.imap.folder, readonly=services.dry_run)
        state = _folder_state(services.store, folder)
        return adopt.adopt(services, box, folder, state, progress=progress)


# -- the steps ---------------------------------------------------------------------


def _batches(services: Services, box: Mailbox, folder: FolderInfo, state: dict,
             batches: list[list[int]], sender: Sender, report: PollReport,
             attendees: mailroute.Book, adoption: adopt.Adoption,
             progress: Callable[[int, int], None] | None,
             began: cores.Probe | None = None) -> dict:
    """Every batch: one alone in order, several in the pipeline (``pollpipe``)."""
    total, done = sum(map(len, batches)), 0

    def told(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    if len(batches) == 1:
        state = _one_batch(services, box, folder, state, batches[0], sender, report,
                           attendees, adoption)
        told(len(batches[0]))
    elif batches:
        state = pollpipe.run(services, box, folder, state, batches, sender, report,
                             lambda raws, uids, st, reads: _decide_batch(
                                 services, st, uids, raws, report, attendees, adoption,
                                 reads),
                             told, to_read=lambda raw: not adoption.may_be_history(raw),
                             since=began)
    return state


def _one_batch(services: Services, box: Mailbox, folder: FolderInfo, state: dict,
               uids: list[int], sender: Sender, report: PollReport,
               attendees: dict[str, Attendee], adoption: adopt.Adoption) -> dict:
    """One batch from fetch to keyword, the steps in order (a poll of one batch)."""
    store = services.store
    now = services.clock.now()
    raws = box.fetch(folder, uids)
    point("fetched")
    state, _done = _decide_batch(services, state, uids, raws, report, attendees, adoption)
    point("after-commit-1")
    sent_folder = None if services.dry_run else box
    report.merge(services.outbox.deliver(store, sender, sent_folder, now))
    pollpipe.flag_done(services, box, state)
    store.commit()  # commit #2
    point("after-commit-2")
    return state


def _decide_batch(services: Services, state: dict, uids: list[int], raws: list[RawMessage],
                  report: PollReport, attendees: mailroute.Book,
                  adoption: adopt.Adoption,
                  reads: readlane.Reads | None = None) -> tuple[dict, list[int]]:
    """Steps 2 and 3 for a fetched batch: each mail handled, the folder position staged,
    commit #1. Returns the new folder state and the UIDs handled (keyword due).
    ``reads``: the mails parsed and classified by a burst's worker process."""
    store = services.store
    raws, done = adoption.take(raws, report, reads)  # history: recorded, never answered
    for raw in raws:
        handled = _handle_one(services, raw, attendees,
                              read=reads.get(raw) if reads is not None else None,
                              ahead=reads)
        if handled.action.startswith("failed"):
            report.failed.append(handled)
        else:
            report.add(handled)
            done.append(raw.uid)
    if uids:
        state = {**state, "last_uid": max(state["last_uid"], max(uids)),
                 "unflagged": sorted(set(state.get("unflagged", [])) | set(done))}
        store.put("folders", state)
    store.commit()  # commit #1: decisions and planned replies are durable before sending
    return state, done


def _handle_one(services: Services, raw: RawMessage, attendees: mailroute.Book,
                read: readlane.Read | None = None,
                ahead: readlane.Reads | None = None) -> Handled:
    """Everything for one mail, inside its own error boundary. Stages store changes
    only when the mail was handled completely. ``read``: the mail already parsed and
    classified (by the worker process, ``readlane``), else both are done here;
    ``ahead``: the worker takes the invoices of its replies to render meanwhile."""
    store = services.store
    failure_key = f"{raw.folder}:{raw.uidvalidity}:{raw.uid}"
    mail: Mail | None = None
    try:
        mail = read[0] if read is not None else parse_bytes(raw.data,
                                                            received_at=raw.internaldate)
        if store.get("messages", mail.key) is not None:
            # Seen before (folder recreated, mail copied back, ...): never answer twice.
            store.discard("failures", failure_key)
            return Handled(raw.uid, mail.key, who(mail), mail.subject, "duplicate",
                           ALREADY_HANDLED)
        cfg = services.config
        verdict = read[1] if read is not None else classify(
            mail, services.rules, own_addresses=cfg.office.own_addresses,
            own_domain=cfg.office.domain)
        now = services.clock.now()
        taken = staffmail.intercept(services, raw, mail, verdict, now)  # staff, forged
        if taken is not None:
            store.discard("failures", failure_key)
            return taken
        decisions, found = _decide(services, mail, verdict, attendees, now)
    except Exception as exc:  # the error boundary: record, keep the mail, go on
        return record_failure(services, raw, mail, exc, failure_key)
    for event_id, (decision, invitee_effects) in decisions.items():
        staged = _stage_decision(services, decision, cause=mail.key, now=now,
                                 answers_mail=True, event=event_id)
        if ahead is not None:
            ahead.render_ahead(store, staged.planned)
        campaign.stage(store, invitee_effects)
        for attendee in decision.attendees:
            attendees.setdefault(event_id, Roster())[attendee.email] = attendee
    decision = _merged(d for d, _ in decisions.values())
    event = next((e for e in decisions if e), "")
    store.put("messages", _message_record(raw, mail, verdict, decision, now, event, found.how))
    store.discard("failures", failure_key)
    return Handled(raw.uid, mail.key, who(mail), mail.subject, str(verdict.intent),
                   outcome(verdict, decision), "; ".join(h.rule for h in verdict.rule_hits))



_RULE_HIT = N_("{rule}: {why}")  # a message record's rule hit (a Reason's text)


def _message_record(raw: RawMessage, mail: Mail, verdict: Verdict, decision: Decision,
                    now: datetime, event: str, how: str) -> dict[str, Any]:
    """What the store keeps of a handled mail (the key makes it never answered twice).
    ``event``: the event it was decided for ("": staff decide which; a machine's mail
    no rule places: the first event's); ``how``: how that was found
    (``registrations.routing.HOW``, or "bounce" / "machine" from ``app.mailroute``)."""
    return {
        "key": mail.key,
        "folder": raw.folder,
        "uidvalidity": raw.uidvalidity,
        "uid": raw.uid,
        "received_at": raw.internaldate.isoformat(),
        "handled_at": now.isoformat(),
        "from": who(mail),
        "subject": mail.subject[:300],
        "intent": str(verdict.intent),
        "auto_reply": verdict.auto_reply,
        "language": verdict.language,
        "suppressed_because": verdict.suppressed_because,
        "suppressed_reason": verdict.suppressed_reason.to_dict() if verdict.suppressed_reason else None,
        # Reason.of(_RULE_HIT, rule=h.rule, why=reason_of(h.reason)).to_dict(), written out
        "rules": [{"text": _RULE_HIT, "values": {"rule": str(h.rule),
                                                 "why": reason_of(h.reason).to_dict()}}
                  for h in verdict.rule_hits],
        "replies": [p.message_id for p in decision.planned],
        "needs_human": [stored(t.summary) for t in decision.needs_human],
        "notes": [stored(n) for n in decision.notes],
        "excerpt": mail.text[:400],
        # What the mail said (earlier mails' fields are never asked again), its
        # questions, and whether a person must read it (issue 13).
        "email": mail.sender.key if mail.sender else "",
        "fields": fields_to_dict(verdict.fields),
        "questions": list(verdict.questions),
        "needs_reading": verdict.needs_human,
        "unreadable_form": verdict.unreadable_form,
        "event": event,
        "event_how": how,
    }


def _decide(services: Services, mail: Mail, verdict: Verdict, lists: mailroute.Book,
            now: datetime) -> tuple[dict[str, tuple[Decision, Any]], Any]:
    """The decision for each event the mail goes to (``mailroute.targets``); a mail whose
    event cannot be told gets the task ``which_event`` and no answer (event "")."""
    found, targets = mailroute.targets(services, mail, verdict, lists)
    out: dict[str, tuple[Decision, Any]] = {}
    for target in targets:
        rules = services.rules_for(target.event)
        event_list = lists.setdefault(target.event, Roster())
        # What the office knows of the writer: only a person's mail reads it.
        known = (mailroute.known(services.store, mail, lists, target.event)
                 if verdict.intent in PERSONAL else None)
        decision = decide_mail(event_list, InboundRef.from_mail(mail), verdict, rules, now,
                               known=known)
        # Invitees: an answer, a refusal, a bounce, an opt-out (issue 8).
        out[target.event] = campaign.on_mail(services, mail, verdict, decision, event_list, now)
    if not targets:
        names = {r.id: r.name for r in services.events}
        out[""] = campaign.on_mail(services, mail, verdict,
                                   mailroute.which_event(mail, found, names), {}, now)
    return out, found


def _merged(decisions: Iterable[Decision]) -> Decision:
    """One mail's decisions (one per event it went to) as one, for its message record."""
    parts = list(decisions)
    if len(parts) == 1:
        return parts[0]
    return Decision(attendees=tuple(a for d in parts for a in d.attendees),
                    planned=tuple(p for d in parts for p in d.planned),
                    needs_human=tuple(t for d in parts for t in d.needs_human),
                    notes=tuple(n for d in parts for n in d.notes),
                    transitions=tuple(t for d in parts for t in d.transitions))


def _stage_decision(services: Services, decision: Decision, cause: str, now: datetime,
                    answers_mail: bool = False, event: str = "") -> Decision:
    """Stage what ``decision`` (for the event ``event``) changed, plans and asks; the
    decision as staged (its invoices numbered)."""
    store = services.store
    if services.observe is not None:
        services.observe(decision)
    home = home_event(store)
    # Invoices: numbered and staged in this same commit (gapless across crashes).
    decision = invoicing.stage(store, services.config, services.events.get(event or home),
                               decision, now)
    for attendee in decision.attendees:
        store.put("attendees", {"key": attendee_key(store, event, attendee.email),
                                **attendee.to_dict(), "event": event or home})
    for planned in decision.planned:
        services.outbox.record(store, planned, cause=cause, now=now, answers_mail=answers_mail)
    for task in decision.needs_human:
        # A bounce may ask about one address in two events: the other event's own key.
        suffix = f":{event}" if event and home and event != home else ""
        put_task(store, key=f"task:{cause}:{task.kind}:{task.email}{suffix}", task=task.kind,
                 email=task.email, cause=cause, event=event or home,
                 summary=stored(task.summary), now=now)
    return decision


def _repair(services: Services, box: Mailbox, folder: FolderInfo, state: dict,
            sender: Sender, report: PollReport) -> None:
    """Finish what an interrupted run left: unsent planned replies, unset keywords."""
    point("repair")
    now = services.clock.now()
    leftovers = [e["key"] for e in services.outbox.pending(services.store, now)]
    if leftovers:
        sent_folder = None if services.dry_run else box
        report.merge(services.outbox.deliver(services.store, sender, sent_folder, now,
                                             reconcile=leftovers))
    pollpipe.flag_done(services, box, state)
    services.store.commit()


def _folder_state(store: Store, folder: FolderInfo) -> dict:
    state = store.get("folders", folder.name)
    if state is None or state.get("uidvalidity") != folder.uidvalidity:
        if state is not None:
            log.warning("UIDVALIDITY of %s changed (%s -> %s): the folder was recreated; "
                        "re-reading it, mails handled before are recognised by Message-ID",
                        folder.name, state.get("uidvalidity"), folder.uidvalidity)
        state = {"key": folder.name, "uidvalidity": folder.uidvalidity, "last_uid": 0,
                 "unflagged": []}
    return state


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
