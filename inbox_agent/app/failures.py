"""The mails a poll could not handle: each failure recorded (retried at the next poll,
reported in the digest after ``[imap] max_attempts`` tries), and the mails too large to
fetch left in the mailbox for a human."""

from __future__ import annotations

import logging
import traceback

from inbox_agent.app.report import Handled, PollReport, failed, skipped, who
from inbox_agent.errors import InboxAgentError
from inbox_agent.i18n import N_
from inbox_agent.mail.mailbox import FolderInfo, Mailbox
from inbox_agent.model import Mail, RawMessage, Reason
from inbox_agent.services import Services
from inbox_agent.store.db import Store

log = logging.getLogger(__name__)


def record_failure(services: Services, raw: RawMessage, mail: Mail | None, exc: Exception,
                   key: str) -> Handled:
    """Record that ``raw`` could not be handled (one more attempt) and report it."""
    store = services.store
    previous = store.get("failures", key) or {"attempts": 0}
    attempts = previous["attempts"] + 1
    reason = str(exc) if isinstance(exc, InboxAgentError) else f"{type(exc).__name__}: {exc}"
    # An InboxAgentError keeps what staff read as a Reason (its str() is the English).
    staff_reason = getattr(exc, "reason", None)
    staff_reason = staff_reason if isinstance(staff_reason, Reason) else None
    log.warning("mail UID %s in %s could not be handled (attempt %s): %s",
                raw.uid, raw.folder, attempts, reason)
    log.debug("%s", "".join(traceback.format_exception(exc)))
    store.put("failures", {
        "key": key,
        "folder": raw.folder,
        "uidvalidity": raw.uidvalidity,
        "uid": raw.uid,
        "attempts": attempts,
        "error": reason[:500],
        "error_reason": staff_reason.to_dict() if staff_reason else None,
        "from": who(mail),
        "subject": mail.subject[:300] if mail else "",
        "received_at": raw.internaldate.isoformat(),
        "at": services.clock.now().isoformat(),
    })
    return Handled(raw.uid, mail.key if mail else key, who(mail), mail.subject if mail else "",
                   "error", failed(staff_reason or reason))


def retryable_failures(store: Store, folder: FolderInfo, max_attempts: int) -> list[int]:
    """The UIDs in ``folder`` that failed before and have tries left."""
    return [
        f["uid"] for f in store.all("failures")
        if f.get("folder") == folder.name and f.get("uidvalidity") == folder.uidvalidity
        and f["attempts"] < max_attempts
    ]


def skip_oversized(services: Services, box: Mailbox, folder: FolderInfo, uids: list[int],
                   report: PollReport) -> list[int]:
    """``uids`` without the mails over ``[imap] max_message_mb``: those are recorded as
    failures with no tries left (the digest lists them) and reported as skipped once."""
    limit = int(services.config.imap.max_message_mb * 1024 * 1024)
    sizes = box.sizes(uids) if uids else {}
    keep = []
    for uid in uids:
        size = sizes.get(uid, 0)
        if size <= limit:
            keep.append(uid)
            continue
        key = f"{folder.name}:{folder.uidvalidity}:{uid}"
        if services.store.get("failures", key) is None:
            why = Reason.of(N_("the mail is {size} MB, larger than [imap] max_message_mb = "
                               "{limit}: left untouched in the mailbox for a human"),
                            size=f"{size / 1048576:.1f}", limit=services.config.imap.max_message_mb)
            services.store.put("failures", {
                "key": key, "folder": folder.name, "uidvalidity": folder.uidvalidity,
                "uid": uid, "attempts": services.config.imap.max_attempts,
                "error": why.english(), "from": "", "subject": "",
                "at": services.clock.now().isoformat()})
            report.skipped.append(Handled(uid, key, "", "", "too large", skipped(why)))
    return keep
