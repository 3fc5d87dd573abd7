"""The poll's part of the office working from its mail program (issue 15).

``intercept`` looks at every mail after it was classified, before anything is decided:

* a mail from a ``[staff] addresses`` address is a staff member's, never an attendee's:
  its command lines (``office.commands``) are done (``office.staffactions``) when the
  line carries a valid, unused action token of a digest link, or the office's server
  found the mail genuine (``mail.authresults``); everything else is refused, logged and
  filed as a task. A bank statement attached to a genuine staff mail is imported
  (``office.statementmail``). The staff member gets one mail back saying what was done
  and how to undo it, and what came of each statement. A staff reply to a question
  with the office in Cc closes the question.
* a command line with a token from anyone else: refused and filed, never answered;
* a mail the office's server found forged (dmarc=fail, or spf=fail without an aligned
  dkim pass): no answer, the task "unverified_sender", nothing else.

Otherwise it returns None and the mail goes its usual way. ``scan_sent`` reads the Sent
folder's new mails (a UID range and their headers) and closes the questions they
answer; ``digest_extras`` gives the digest its links and the help line.
"""

from __future__ import annotations

import logging
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from inbox_agent.app.adopt_sent import envelope, is_ours
from inbox_agent.app.report import Handled, who
from inbox_agent.i18n import N_, render
from inbox_agent.mail.authresults import Authenticity, of_mail
from inbox_agent.model import Address, Attachment, Intent, Mail, PlannedMail, RawMessage, Reason, Verdict
from inbox_agent.office import tokens
from inbox_agent.office.commands import Command, Vocabulary, load_vocabulary, parse
from inbox_agent.office.digest_actions import Links, help_line
from inbox_agent.office.digest_attention import ANSWERABLE
from inbox_agent.office.staffactions import Outcome, execute
from inbox_agent.office.statementmail import import_mailed, refused, statements_in
from inbox_agent.registrations import make_message_id
from inbox_agent.services import Services
from inbox_agent.store.tasks import close_task, open_tasks, put_task

log = logging.getLogger(__name__)

_MACHINE = frozenset({Intent.AUTO_REPLY, Intent.BULK, Intent.BOUNCE})
_KEYS: dict[Path, bytes] = {}
_WORDS: dict[str, Vocabulary] = {}


def staff_key(services: Services) -> bytes:
    """The token key (``office.tokens``), made at the first start; a dry run without
    one uses a key of its own (its links verify nowhere)."""
    cfg = services.config
    path = tokens.key_path(cfg.storage.path, cfg.staff.token_key_file)
    if path not in _KEYS:
        if services.dry_run and not path.exists():
            return b"dry-run-key-of-no-use-anywhere"
        _KEYS[path] = tokens.load_key(path, create=True)
    return _KEYS[path]


def vocabulary(services: Services) -> Vocabulary:
    folder = str(services.config.replies.rules)
    if folder not in _WORDS:
        _WORDS[folder] = load_vocabulary(Path(folder))
    return _WORDS[folder]


def digest_extras(services: Services, now: datetime) -> dict[str, Any]:
    """What ``build_digest`` needs for task reminders, action links and its help line."""
    cfg = services.config
    words = vocabulary(services)
    links = (Links(cfg.office.address, staff_key(services),
                   (now + timedelta(days=cfg.staff.token_days)).date(), words,
                   cfg.office.language) if cfg.staff.addresses else None)
    return {"remind_after_days": cfg.staff.remind_after_days, "links": links,
            "help_line": help_line(cfg.office.address, words, cfg.office.language)
            if links is not None else ""}


def intercept(services: Services, raw: RawMessage, mail: Mail, verdict: Verdict,
              now: datetime) -> Handled | None:
    """Handle ``mail`` here if it is a staff member's, a stranger's command or forged;
    None: an ordinary mail (see the module docstring). Stages its message record."""
    cfg = services.config
    sender = mail.sender.key if mail.sender else ""
    auth = of_mail(mail, cfg.office.trusted_ids)
    if sender and sender in cfg.staff.emails:
        return _staff_mail(services, raw, mail, verdict, auth, now)
    # Only a line with a token counts here, and a token is written with its prefix:
    # a mail without one anywhere is not read line by line (the command parser's
    # normalisation, applied to the whole text: a line's token is found in it).
    tokened = tokens.PREFIX in unicodedata.normalize("NFC", mail.text).lower()
    commands = parse(mail.text, vocabulary(services)) if tokened else []
    if any(c.token for c in commands):
        why = Reason.of(N_("not a staff address"))
        for cmd in commands:
            _refused(services, mail, cmd, why, now)
        return _taken(services, raw, mail, verdict, now, "command_refused",
                      Reason.of(N_("no reply: a command from outside the staff, refused")))
    if auth is Authenticity.FORGED and verdict.intent not in _MACHINE:
        put_task(services.store, key=f"task:{mail.key}:unverified_sender:{sender}",
                 task="unverified_sender", email=sender, cause=mail.key, event="", now=now,
                 summary=Reason.of(N_("{sender}: the office's mail server found the sender "
                                      "forged (Authentication-Results); not answered"),
                                   sender=str(mail.sender or "?")).to_dict())
        return _taken(services, raw, mail, verdict, now, "forged",
                      Reason.of(N_("no reply: sender not confirmed (forged?)")))
    return None


def _staff_mail(services: Services, raw: RawMessage, mail: Mail, verdict: Verdict,
                auth: Authenticity, now: datetime) -> Handled:
    store = services.store
    words = vocabulary(services)
    handled = _taken(services, raw, mail, verdict, now, "staff",
                     Reason.of(N_("staff mail: read for commands, never answered as an attendee's")))
    store.commit()  # the mail is known before anything is done: a retry never redoes it
    _answers(services, mail, now)
    outcomes: list[Outcome] = []
    commands = parse(mail.text, words)
    if not commands:  # a prepared line only in the quote (a reply to the digest) is not done
        why = render(Reason.of(N_("not done: this line was only in the quoted text, which "
                                  "is not read; write the command as a line of its own")))
        outcomes = [Outcome(c, False, why) for c in _quoted(mail.quoted, words) if c.token]
    for cmd in commands:
        why = _refusal(services, cmd, auth, now)
        if why is not None:
            _refused(services, mail, cmd, why, now)
            outcomes.append(Outcome(cmd, False, render(why)))
            continue
        if cmd.token:
            store.put("meta", {"key": tokens.used_key(cmd.token), "at": now.isoformat(),
                               "by": mail.sender.key if mail.sender else ""})
        outcomes.append(execute(services, cmd, by=str(mail.sender), now=now, vocabulary=words))
        log.info("staff command by %s: %s -> %s", who(mail), cmd.action, outcomes[-1].text)
    to_office = any(a.key in services.config.office.own_addresses for a in mail.to)
    files = [_statement(services, mail, a, auth, now)  # to the office: not a Cc of a reply
             for a in (statements_in(mail) if to_office else ())]
    if (outcomes or files) and auth is not Authenticity.FORGED and mail.sender is not None:
        _confirm(services, mail, outcomes, words, now, files)
    store.commit()
    return handled


def _quoted(quoted: str, words: Vocabulary) -> list[Command]:
    lines = (line.lstrip().lstrip(">").lstrip() for line in quoted.splitlines())
    return parse("\n".join(lines), words)


def _statement(services: Services, mail: Mail, attachment: Attachment, auth: Authenticity,
               now: datetime) -> dict[str, Any]:
    """A bank statement attached to a staff mail: imported when the office's server
    found the mail genuine (a statement has no token), else refused like a command."""
    if auth is Authenticity.GENUINE:
        done = import_mailed(services, attachment)
        log.info("statement %s by %s: %s", attachment.filename, who(mail),
                 done.get("error") or f"{done['credits']} credit(s)")
        services.store.commit()
        return done
    why = (Reason.of(N_("the office's mail server found the sender forged"))
           if auth is Authenticity.FORGED else
           Reason.of(N_("a bank statement is imported only from a mail the office's mail "
                        "server confirmed (Authentication-Results)")))
    _refused(services, mail, Command("statement", (), "", attachment.filename), why, now)
    return refused(attachment, render(why))


def _refusal(services: Services, cmd: Command, auth: Authenticity, now: datetime) -> Reason | None:
    """Why ``cmd`` from a staff address may not be done (None: it may)."""
    if auth is Authenticity.FORGED:
        return Reason.of(N_("the office's mail server found the sender forged"))
    if cmd.token:
        check = tokens.check(staff_key(services), cmd.token, cmd.action, cmd.item, now.date())
        if check is tokens.Check.ALTERED:
            return Reason.of(N_("the action token does not fit this command (altered?)"))
        if check is tokens.Check.EXPIRED:
            return Reason.of(N_("the action token has expired; use the link of a newer digest"))
        if services.store.get("meta", tokens.used_key(cmd.token)) is not None:
            return Reason.of(N_("the action token was used already"))
        return None
    if cmd.action == "help" or auth is Authenticity.GENUINE:
        return None
    return Reason.of(N_("no action token, and the office's mail server did not confirm the "
                        "sender (Authentication-Results)"))


def _refused(services: Services, mail: Mail, cmd: Command, why: Reason, now: datetime) -> None:
    sender = mail.sender.key if mail.sender else ""
    log.warning("staff command refused (%s, %r): %s", sender or "?", cmd.line[:80], why.english())
    put_task(services.store, key=f"task:{mail.key}:command_refused:{sender}:{cmd.line[:60]}",
             task="command_refused", email=sender, cause=mail.key, event="", now=now,
             summary=Reason.of(N_("{sender}: “{line}” not done: {why}"), sender=sender or "?",
                               line=cmd.line.split(tokens.PREFIX)[0].strip(), why=why).to_dict())


def _answers(services: Services, mail: Mail, now: datetime) -> None:
    """A staff reply to a question, with the office in Cc, closes the question."""
    office = services.config.office.own_addresses
    if not any(a.key in office for a in (*mail.cc, *mail.to)):
        return
    _close_answered(services, (*mail.in_reply_to, *mail.references), str(mail.sender), now,
                    N_("answered by mail with the office in Cc"))


def _close_answered(services: Services, thread: tuple[str, ...], by: str, now: datetime,
                    how: str) -> int:
    wanted = set(thread)
    closed = 0
    for task in open_tasks(services.store):
        if task.get("task") in ANSWERABLE and task.get("cause") in wanted:
            close_task(services.store, task["key"], by=by, now=now, via="answered",
                       how=Reason.of(how).to_dict())
            closed += 1
    return closed


def _confirm(services: Services, mail: Mail, outcomes: list[Outcome], words: Vocabulary,
             now: datetime, statements: list[dict[str, Any]] = ()) -> None:
    """One mail back to the staff member: what was done, for whom, how to undo it; what
    came of each bank statement attached."""
    cfg = services.config
    undo = words.first_word("undo", cfg.office.language)
    results = [{"line": o.command.line.split(tokens.PREFIX)[0].strip(), "done": o.done,
                "text": o.text, "email": o.email,
                "undo": f"{undo} {o.no}" if o.no else ""} for o in outcomes]
    assert mail.sender is not None
    planned = PlannedMail(
        kind="staff_reply", to=Address(mail.sender.email, mail.sender.name),
        language=cfg.office.language,
        message_id=make_message_id("staff_reply", f"{mail.key}|staff_reply", cfg.office.domain),
        context=(("results", results), ("statements", list(statements))),
        in_reply_to=mail.message_id,
        references=tuple(r for r in (*mail.references, mail.message_id) if r),
        subject_hint=mail.subject)
    services.outbox.record(services.store, planned, cause=mail.key, now=now)


def _taken(services: Services, raw: RawMessage, mail: Mail, verdict: Verdict, now: datetime,
           how: str, outcome: Reason) -> Handled:
    """Stage the message record of a mail handled here (no fields kept: nothing in it is
    taken as what an attendee said)."""
    services.store.put("messages", {
        "key": mail.key, "folder": raw.folder, "uidvalidity": raw.uidvalidity, "uid": raw.uid,
        "received_at": raw.internaldate.isoformat(), "handled_at": now.isoformat(),
        "from": who(mail), "subject": mail.subject[:300],
        "intent": "staff" if how == "staff" else str(verdict.intent), "auto_reply": False,
        "language": verdict.language, "suppressed_because": how,
        "suppressed_reason": outcome.to_dict(), "rules": [], "replies": [], "needs_human": [],
        "notes": [outcome.to_dict()], "excerpt": mail.text[:400], "email": "",
        "fields": {}, "questions": [], "needs_reading": False, "unreadable_form": False,
        "event": "", "event_how": how})
    return Handled(raw.uid, mail.key, who(mail), mail.subject, how, outcome)


def scan_sent(services: Services, box: Any) -> int:
    """Close the questions answered from the office's mailbox: the Sent folder's mails
    since the last look whose In-Reply-To/References name a question's mail (the
    daemon's own mails there do not count). Returns how many were closed."""
    store, folder = services.store, services.config.imap.sent_folder
    key = f"sent-scan:{folder}"
    state = store.get("folders", key) or {"key": key, "uidvalidity": 0, "last_uid": 0}
    if not callable(getattr(box, "news", None)):
        return 0  # a mailbox without a Sent folder to read (a test's stand-in)
    last = int(state.get("last_uid") or 0)
    validity, heads = box.news(folder, last)
    if validity != state.get("uidvalidity") and last:
        last = 0
        validity, heads = box.news(folder, 0)  # the folder was recreated: read it again
    now = services.clock.now()
    closed = 0
    for uid, arrived, data in heads:
        if is_ours(data):  # the daemon's own replies, most of a burst's Sent: not read
            continue
        env = envelope(uid, arrived, data)
        if env.thread:
            closed += _close_answered(services, env.thread, env.sender or "?", now,
                                      N_("answered from the office's mailbox (Sent)"))
    if heads or validity != state.get("uidvalidity"):
        store.put("folders", {**state, "uidvalidity": validity,
                              "last_uid": max([last, *(u for u, _a, _d in heads)])})
    return closed


__all__ = ["intercept", "scan_sent", "digest_extras", "staff_key", "vocabulary"]
