"""The morning digest's job: built from the store as it is, recorded in the outbox for
every ``[digest] recipients`` address and sent like every mail (moved out of
``pipeline``, which keeps the poll)."""

from __future__ import annotations

from datetime import datetime

from inbox_agent.app import adopt, staffmail
from inbox_agent.invitations import campaign
from inbox_agent.outbox import optouts
from inbox_agent.outbox.outbox import DeliveryReport
from inbox_agent.services import Services, sender_for
from inbox_agent.store.tasks import task_records


def build_current_digest(services: Services, now: datetime | None = None):
    """The digest for the period since the last one, from the store as it is (pure read)."""
    from inbox_agent.office.digest import build_digest
    from inbox_agent.office.digest_events import event_parts

    store = services.store
    now = now or services.clock.now()
    last = store.get("meta", "last_digest")
    since = datetime.fromisoformat(last["at"]) if last else None
    return build_digest(
        messages=store.all("messages"), failures=store.all("failures"),
        tasks=task_records(store),
        outbox=store.all("outbox"), **event_parts(store, services.events, now),
        rules=services.event, since=since, now=now,
        max_attempts=services.config.imap.max_attempts,
        announcement=campaign.reach(store, services.event, now),
        adopted_before=adopt.moment(services, record=False).before,
        history_unread=optouts.history_unread(store),
        **staffmail.digest_extras(services, now))


def digest_due(services: Services) -> datetime | None:
    """The scheduled digest moment that is due now and not yet sent, or None."""
    from inbox_agent.office.digest import due_slot

    last = services.store.get("meta", "last_digest")
    return due_slot(services.clock.now(), services.config.digest.hour_minute,
                    services.event.timezone,
                    datetime.fromisoformat(last["at"]) if last else None)


def send_digest(services: Services, *, scheduled: bool = True) -> DeliveryReport:
    """Record the digest for every ``[digest] recipients`` address in the outbox, then
    send it like any mail (Message-ID per digest day and recipient, so it never goes
    out twice). ``scheduled``: only if one is due (the daemon's job; a digest missed
    while the daemon was down goes out once); otherwise now (``digest --send``).
    Call it inside ``store.exclusive()``."""
    from inbox_agent.model import Address, PlannedMail
    from inbox_agent.office.digest import slot_key
    from inbox_agent.registrations import make_message_id

    store, cfg = services.store, services.config
    now = services.clock.now()
    report = DeliveryReport()
    if not cfg.digest.recipients:
        return report
    if scheduled:
        slot = digest_due(services)
        if slot is None:
            return report
        seed = f"digest|{slot_key(slot, services.event)}"
    else:
        seed = f"digest|manual|{now.isoformat(timespec='seconds')}"
    context = tuple(build_current_digest(services, now).context().items())
    for recipient in cfg.digest.recipients:
        planned = PlannedMail(
            kind="digest", to=Address(recipient), language=cfg.office.language,
            message_id=make_message_id("digest", f"{seed}|{recipient.lower()}",
                                       cfg.office.domain),
            context=context)
        services.outbox.record(store, planned, cause="digest", now=now)
    store.put("meta", {"key": "last_digest", "at": now.isoformat(), "seed": seed})
    store.commit()  # recorded before sending, as every mail
    with services.open_mailbox() as box, sender_for(services) as sender:
        sent_folder = None if services.dry_run else box
        report = services.outbox.deliver(store, sender, sent_folder, now)
    store.commit()
    return report


__all__ = ["build_current_digest", "digest_due", "send_digest"]
