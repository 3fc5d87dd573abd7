"""History recorded from its header, and the mails whose bodies are still to be read.

Adopting a mailbox (``app.adopt``) records every history mail at the first start from
what its header says (``light_record``: sender, subject, dates, the thread, the office's
answer found in Sent) and leaves the body (the fields, the intent, an opt-out) for
later: the first start then costs about what fetching the mails costs, not what
understanding 10,000 of them costs. Which mails are still to be read is kept in one
meta record, ``history_unread``: the folder, its UIDVALIDITY and the UIDs as ranges
(history is mostly one run of UIDs, so the record stays a few bytes however large the
mailbox). ``app.adopt`` reads them a batch at a time in the polls that follow, and at
once those of a writer who writes again (so a new mail is decided knowing what they
told before). A read history record is exactly what reading it at the first start
made; an unread one carries ``"unread": true`` and the intent ``"unread"``.
"""

from __future__ import annotations

import hashlib
import logging
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from inbox_agent.app.adopt_sent import Answer, Envelope, envelope, fields_record
from inbox_agent.app.readlane import Read, ReadLane, Reads
from inbox_agent.app.report import ALREADY_HANDLED, Handled, who
from inbox_agent.i18n import N_
from inbox_agent.mail.mailbox import FolderInfo, Mailbox
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Intent, Mail, RawMessage, Reason, Verdict, reason_of
from inbox_agent.outbox.optouts import HISTORY_UNREAD, is_unsubscribe_subject, record_optout
from inbox_agent.outbox.outbox import KIND_POLICIES
from inbox_agent.services import Services
from inbox_agent.understanding.classify import classify

log = logging.getLogger(__name__)

META_KEY = HISTORY_UNREAD
UNREAD = "unread"  # the intent of a history record whose body is not read yet
ADOPTED = Reason.of(N_("no reply: adopted as history (in the mailbox before the adoption)"))


class Unread:
    """The history mails of one folder (and UIDVALIDITY) whose bodies are not read yet."""

    def __init__(self, folder: str = "", uidvalidity: int = 0,
                 ranges: Iterable[Iterable[int]] = ()) -> None:
        self.folder = folder
        self.uidvalidity = uidvalidity
        self.ranges: list[list[int]] = [list(r) for r in ranges]  # sorted, disjoint [lo, hi]
        self.changed = False

    @classmethod
    def of(cls, store: Any) -> "Unread":
        rec = store.get("meta", META_KEY)
        if rec is None:
            return cls()
        return cls(rec["folder"], rec["uidvalidity"], rec["ranges"])

    def save(self, store: Any) -> None:
        """Staged with the records it describes (committed by the caller), if changed;
        kept with ``count`` 0 when every body is read."""
        if self.changed:
            store.put("meta", {"key": META_KEY, "folder": self.folder,
                               "uidvalidity": self.uidvalidity, "ranges": self.ranges,
                               "count": len(self)})
            self.changed = False

    def __len__(self) -> int:
        return sum(hi - lo + 1 for lo, hi in self.ranges)

    def __contains__(self, uid: int) -> bool:
        i = bisect_left(self.ranges, [uid + 1]) - 1
        return i >= 0 and self.ranges[i][0] <= uid <= self.ranges[i][1]

    def uids(self) -> Iterator[int]:
        for lo, hi in self.ranges:
            yield from range(lo, hi + 1)

    def first(self, n: int) -> list[int]:
        out: list[int] = []
        for uid in self.uids():
            if len(out) >= n:
                break
            out.append(uid)
        return out

    def of_folder(self, folder: str, uidvalidity: int) -> bool:
        return (self.folder, self.uidvalidity) == (folder, uidvalidity)

    def add(self, folder: str, uidvalidity: int, uids: Iterable[int]) -> None:
        """Mails of ``folder`` to be read. A new UIDVALIDITY replaces what the old
        folder left: its UIDs name nothing any more (those records stay unread)."""
        if not self.of_folder(folder, uidvalidity):
            self.folder, self.uidvalidity, self.ranges = folder, uidvalidity, []
        self.changed = True
        for uid in sorted(uids):
            if uid in self:
                continue
            i = bisect_left(self.ranges, [uid])
            if i > 0 and self.ranges[i - 1][1] == uid - 1:
                self.ranges[i - 1][1] = uid
                if i < len(self.ranges) and self.ranges[i][0] == uid + 1:
                    self.ranges[i - 1][1] = self.ranges.pop(i)[1]
            elif i < len(self.ranges) and self.ranges[i][0] == uid + 1:
                self.ranges[i][0] = uid
            else:
                self.ranges.insert(i, [uid, uid])

    def remove(self, uids: Iterable[int]) -> None:
        self.changed = True
        for uid in uids:
            i = bisect_left(self.ranges, [uid + 1]) - 1
            if i < 0 or not self.ranges[i][0] <= uid <= self.ranges[i][1]:
                continue
            lo, hi = self.ranges[i]
            parts = [p for p in ([lo, uid - 1], [uid + 1, hi]) if p[0] <= p[1]]
            self.ranges[i:i + 1] = parts

    def clear(self) -> None:
        self.ranges, self.changed = [], True


# A reply to one of our bulk mails (``<announcement.…@…>``) is where opt-outs come from.
_REPLY = re.compile(r"^(\s*(re|aw|antw|wg|fwd?)\s*:)+\s*", re.IGNORECASE)
_BULK_REPLY = tuple(f"<{kind}." for kind, policy in KIND_POLICIES.items() if policy.bulk)


def read_now(env: Envelope) -> bool:
    """Is this history mail read in full at once, not later? When its header says it
    may be an opt-out: the subject of one ("abmelden"), or a reply to a bulk mail of
    ours. So the opt-outs people asked for in the way our mails offer are honoured from
    the first start on; any other is honoured when its body is read."""
    return is_unsubscribe_subject(_REPLY.sub("", env.subject)) or any(
        ref.startswith(_BULK_REPLY) for ref in env.thread)


def light_record(raw: RawMessage, env: Envelope, answer: Answer | None,
                 now: datetime) -> dict[str, Any]:
    """A history mail's message record from its header alone; the body follows
    (``adopt.read_unread``), which replaces it with the whole record."""
    return {
        "key": env.message_id or raw_key(raw),
        "history": True, UNREAD: True,
        "folder": raw.folder, "uidvalidity": raw.uidvalidity, "uid": raw.uid,
        "received_at": raw.internaldate.isoformat(),
        "handled_at": now.isoformat(),
        "date": env.date.isoformat() if env.date else None,
        "from": env.who, "email": env.sender,
        "subject": env.subject,
        "intent": UNREAD,
        "auto_reply": False, "language": None, "fields": {}, "rules": [],
        "replies": [], "needs_human": [], "notes": [],
        "answered_by_office": answer.to_dict() if answer else None,
        "excerpt": "",
    }


def record(services: Services, raw: RawMessage, answer: Answer | dict | None,
           read: Read | None = None, *, light: str | None = None) -> Handled:
    """Keep one history mail as a message record; decide nothing. ``read``: the mail
    already parsed and classified (by the worker process), else both are done here.
    ``light``: the key of its record from the header (``history.light_record``), which
    this one replaces."""
    store = services.store
    failure_key = f"{raw.folder}:{raw.uidvalidity}:{raw.uid}"
    now = services.clock.now()
    answered = answer.to_dict() if isinstance(answer, Answer) else answer
    mail: Mail | None = None
    try:
        mail = read[0] if read is not None else parse_bytes(raw.data, received_at=raw.internaldate)
        if mail.key != light and store.get("messages", mail.key) is not None:
            _forget_light(store, light)
            store.discard("failures", failure_key)  # recreated folder, copied back: known
            return Handled(raw.uid, mail.key, who(mail), mail.subject, "duplicate",
                           ALREADY_HANDLED)
        cfg = services.config
        verdict = read[1] if read is not None else classify(
            mail, services.rules, own_addresses=cfg.office.own_addresses,
            own_domain=cfg.office.domain)
    except Exception as exc:  # history is kept as far as it can be read, never a failure
        log.info("history mail UID %s could not be read in full: %s", raw.uid, exc)
        key = mail.key if mail is not None else failure_key
        if key != light:
            _forget_light(store, light)
        store.put("messages", _record(raw, mail, None, answered, now) | {"key": key})
        store.discard("failures", failure_key)
        return Handled(raw.uid, key, who(mail), mail.subject if mail else "", "history", ADOPTED)
    if mail.key != light:
        _forget_light(store, light)
    store.put("messages", _record(raw, mail, verdict, answered, now))
    store.discard("failures", failure_key)
    _honour_optout(services, mail, verdict, raw.internaldate)
    return Handled(raw.uid, mail.key, who(mail), mail.subject, str(verdict.intent), ADOPTED)


def record_light(services: Services, raw: RawMessage, env: Envelope,
                  answer: Answer | None) -> Handled:
    """Keep one history mail from its header (``history.light_record``); its body is
    read later (``read_unread``). A mail known already (a copy) is left alone."""
    store = services.store
    rec = light_record(raw, env, answer, services.clock.now())
    if store.get("messages", rec["key"]) is not None:
        store.discard("failures", f"{raw.folder}:{raw.uidvalidity}:{raw.uid}")
        return Handled(raw.uid, rec["key"], env.who, env.subject, "duplicate", ALREADY_HANDLED)
    store.put("messages", rec)
    return Handled(raw.uid, rec["key"], env.who, env.subject, UNREAD, ADOPTED)


Fetched = tuple[list[RawMessage], "Reads | None"]


def fetch_unread(box: Mailbox, folder: FolderInfo, uids: Sequence[int],
                 lane: ReadLane | None = None) -> Fetched:
    """The history mails ``uids``, handed to ``lane``'s worker process at once (it
    parses and classifies them while this process records the batch before)."""
    raws = list(box.fetch(folder, uids))
    return raws, lane.submit(raws) if lane is not None else None


def read_unread(services: Services, box: Mailbox, folder: FolderInfo,
                unread: Unread, uids: Sequence[int], fetched: Fetched | None = None) -> int:
    """Read the bodies of the history mails ``uids`` (of ``unread``) and replace their
    records from the header with the whole ones; staged, and ``uids`` taken out of
    ``unread`` (one that vanished from the folder meanwhile stays recorded from its
    header). ``fetched``: those mails as ``fetch_unread`` gave them, with the worker's
    reads (the records are the same). Returns how many were read."""
    store = services.store
    count = 0
    raws, reads = fetched if fetched is not None else fetch_unread(box, folder, uids)
    for raw in raws:
        env = envelope(raw.uid, raw.internaldate, raw.data)
        key = env.message_id or raw_key(raw)
        light = store.get("messages", key)
        if light is not None and light.get(UNREAD) and light.get("uid") == raw.uid:
            record(services, raw, light.get("answered_by_office"),
                   reads.get(raw) if reads is not None else None, light=key)
            count += 1
    unread.remove(uids)
    return count


def _forget_light(store: Any, key: str | None) -> None:
    if key is not None:
        store.delete("messages", key)


def _honour_optout(services: Services, mail: Mail, verdict: Verdict, at: datetime) -> None:
    """An opt-out is honoured forever, also one written before the adoption: history is
    not answered, but nobody who asked for no more circulars gets one."""
    sender = mail.sender.key if mail.sender else ""
    asked = verdict.intent is Intent.OPT_OUT or (
        is_unsubscribe_subject(mail.subject) and verdict.intent is not Intent.BOUNCE)
    if asked and sender and sender not in services.config.office.own_addresses:
        record_optout(services.store, sender, at, "mail", f"history:{mail.key}")


def _record(raw: RawMessage, mail: Mail | None, verdict: Verdict | None,
            answered: dict | None, now: datetime) -> dict:
    """A history mail's message record: who wrote what, when, and the office's answer."""
    sender = mail.sender.key if mail is not None and mail.sender else ""
    return {
        "key": mail.key if mail is not None else "",
        "history": True,
        "folder": raw.folder, "uidvalidity": raw.uidvalidity, "uid": raw.uid,
        "received_at": raw.internaldate.isoformat(),
        "handled_at": now.isoformat(),
        "date": mail.date.isoformat() if mail is not None and mail.date else None,
        "from": who(mail), "email": sender,
        "subject": mail.subject[:300] if mail is not None else "",
        "intent": str(verdict.intent) if verdict else "other",
        "auto_reply": False,
        "language": verdict.language if verdict else None,
        "fields": fields_record(verdict.fields) if verdict else {},
        "rules": [Reason.of(N_("{rule}: {why}"), rule=h.rule, why=reason_of(h.reason)).to_dict()
                  for h in (verdict.rule_hits if verdict else ())],
        "replies": [], "needs_human": [], "notes": [],
        "answered_by_office": answered,
        "excerpt": mail.text[:400] if mail is not None else "",
    }


def raw_key(raw: RawMessage) -> str:
    """The key of a mail without a Message-ID, as ``parse_bytes`` makes it."""
    return "sha256:" + hashlib.sha256(raw.data).hexdigest()


__all__ = ["Unread", "META_KEY", "UNREAD", "ADOPTED", "light_record", "raw_key", "read_now", "record",
           "record_light", "fetch_unread", "read_unread"]
