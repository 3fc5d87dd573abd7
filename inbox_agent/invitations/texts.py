"""What staff read from the invitation commands: the import, the list, the reach, the
announcement's preview and its result, in the staff language (``i18n``).

The domain gives English ids (``Standing.status``, the reasons in
``AnnouncementPlan.skipped``); they are put into words here. ``standing_row`` is the
``--json`` form: stable English keys and ids, no translated words.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from inbox_agent.i18n import N_, _, current_language, day, ngettext, render
from inbox_agent.invitations.announcement import AnnouncementPlan
from inbox_agent.invitations.reports import AnnounceReport, ImportOutcome
from inbox_agent.invitations.standing import ANNOUNCEMENT, Reach, Standing
from inbox_agent.model import Reason

# ``Standing.status`` -> what the list shows.
STATUS_LABELS: dict[str, Reason] = {
    "opted out": Reason(N_("opted out (no more invitations)")),
    "registered": Reason(N_("registered (binding)")),
    "pre-registered": Reason(N_("pre-registered")),
    "pre-registered (match to confirm)": Reason(N_("pre-registered (please confirm the match)")),
    "bounced": Reason(N_("undeliverable")),
    "declined": Reason(N_("has declined")),
    "not announced": Reason(N_("not invited yet")),
    "announcement planned": Reason(N_("invitation being sent")),
    "announcement failed": Reason(N_("invitation refused by the mail server")),
    "announcement suppressed": Reason(N_("invitation withheld (opted out)")),
    "answered": Reason(N_("invited, has written")),
    "silent": Reason(N_("invited, no answer yet")),
}

# Why ``plan_announcement`` left an invitee out -> what the preview shows. Two reasons
# name an address or a day and are recognised by how they begin (``_why_text``).
_WHY_LABELS: dict[str, Reason] = {
    "already announced": Reason(N_("already invited")),
    "announcement waiting to be sent": Reason(N_("invitation waiting to be sent")),
    "the announcement was refused by the mail server": Reason(N_("refused by the mail server")),
    "announcement withheld (opted out)": Reason(N_("withheld (opted out)")),
    "opted out": Reason(N_("opted out")),
    "the address bounced": Reason(N_("undeliverable")),
    "declined already": Reason(N_("has declined already")),
}
_WAITING = "announcement waiting to be sent"

# The list's columns.
_HEADERS = (Reason(N_("E-mail")), Reason(N_("Name")), Reason(N_("Organisation")),
            Reason(N_("Member")), Reason(N_("Standing")), Reason(N_("Reminded (days before deadline)")))
_MEMBER = {True: Reason(N_("yes")), False: Reason(N_("no"))}


def import_text(outcome: ImportOutcome, *, dry_run: bool = False) -> str:
    """What ``invitees import`` read and what it changed (or, ``dry_run``, would)."""
    f, p = outcome.file, outcome.plan
    delimiter = _("tab") if f.delimiter == "\t" else repr(f.delimiter)
    lines = [_("{n} lines read ({encoding}, delimiter {delimiter}; columns: {columns})").format(
        n=len(f.rows) + len(f.problems), encoding=f.encoding, delimiter=delimiter,
        columns=", ".join(f.columns))]
    if f.ignored_columns:
        lines.append(_("Columns not used: {columns}").format(columns=", ".join(f.ignored_columns)))
    lines += [f"  {problem}" for problem in f.problems]
    lines.append(_("New: {added}, changed: {updated}, unchanged: {unchanged}, skipped: {skipped}.")
                 .format(added=len(p.added), updated=len(p.updated), unchanged=p.unchanged,
                         skipped=len(f.problems)))
    if p.opted_out:
        lines.append(ngettext("{n} of them opted out earlier and stays opted out: {emails}",
                              "{n} of them opted out earlier and stay opted out: {emails}",
                              len(p.opted_out)).format(n=len(p.opted_out), emails=", ".join(p.opted_out)))
    if not p.changes:
        lines.append(_("Nothing to change: the list is up to date already."))
    elif dry_run:
        lines.append(_("Dry run: {n} entries would be saved; nothing was saved.").format(n=len(p.put)))
    return "\n".join(lines)


def standing_row(s: Standing) -> dict[str, Any]:
    """One invitee for ``invitees list --json``: English keys; ``status`` and the
    other states are ids (``Standing.status``, outbox and attendee states)."""
    return {"email": s.email, "name": s.name, "organization": s.organization, "member": s.member,
            "language": s.language, "status": s.status, "announcement": s.announcement,
            "announced_at": s.announced_at.isoformat() if s.announced_at else None,
            "opted_out": s.opted_out, "bounced": s.bounced, "attendee": s.attendee,
            "attendee_state": s.attendee_state, "match": s.match, "answered": s.answered,
            "declined": s.declined, "reminders": list(s.reminders)}


def status_text(s: Standing) -> str:
    """Where ``s`` stands, in words (with the attendee address it pre-registered as)."""
    text = render(STATUS_LABELS.get(s.status) or s.status)
    return text + (f" → {s.attendee}" if s.attendee and s.attendee != s.email else "")


def list_text(found: list[Standing], reach_now: Reach | None = None) -> str:
    """The invitee list as a table, and the reach below it (``invitees list``)."""
    if not found:
        return _("The invitation list is empty. `inbox-agent invitees import FILE.csv` fills it.")
    rows = [(s.email, s.name, s.organization, render(_MEMBER.get(s.member)),
             status_text(s), ", ".join(str(n) for n in s.reminders)) for s in found]
    headers = tuple(render(h) for h in _HEADERS)
    widths = [min(max(len(str(r[i])) for r in [headers, *rows]), 64 if i == 4 else 36)
              for i in range(len(headers))]
    out = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    for r in rows:
        out.append("  ".join(_cut(str(v), w).ljust(w) for v, w in zip(r, widths)).rstrip())
    if reach_now is not None:
        out += ["", reach_text(reach_now)]
    return "\n".join(out)


def reach_text(r: Reach) -> str:
    """The reach in one paragraph (the digest may use it as it is)."""
    deadline = deadline_day(r.deadline)
    if r.passed:
        when = _("the pre-registration deadline ({date}) has passed").format(date=deadline)
    elif r.days_left == 0:
        when = _("the pre-registration deadline ({date}) ends today").format(date=deadline)
    else:
        when = ngettext("{n} day left until the pre-registration deadline ({date})",
                        "{n} days left until the pre-registration deadline ({date})",
                        r.days_left).format(n=r.days_left, date=deadline)
    not_yet = _(", {n} not yet").format(n=r.not_announced) if r.not_announced else ""
    text = _("Invitation: {on_list} on the list, {invited} invited{not_yet}; {answered} responded "
             "({pre_registered} pre-registered, {registered} of them binding; {declined} declined; "
             "{opted_out} opted out), {bounced} undeliverable, {silent} without an answer yet; "
             "{reminders} reminders sent; {when}.").format(
        on_list=r.on_list, invited=r.invited, not_yet=not_yet, answered=r.answered,
        pre_registered=r.pre_registered, registered=r.registered, declined=r.declined,
        opted_out=r.opted_out, bounced=r.bounced, silent=r.silent, reminders=r.reminders_sent,
        when=when)
    if r.to_confirm:
        text += " " + _("{n} match(es) to confirm.").format(n=r.to_confirm)
    return text


def announce_preview_text(planned: AnnouncementPlan) -> str:
    """Who ``announce`` would invite now, who it leaves out and why."""
    waiting = [email for email, why in planned.skipped if why == _WAITING]
    skipped = [(email, why) for email, why in planned.skipped if email not in waiting]
    n = len(planned.planned)
    if skipped:
        first = ngettext("Invitation to {n} new recipient; {skipped} left out:",
                         "Invitation to {n} new recipients; {skipped} left out:", n)
    else:
        first = ngettext("Invitation to {n} new recipient.", "Invitation to {n} new recipients.", n)
    lines = [first.format(n=n, skipped=len(skipped))]
    reasons: dict[str, list[str]] = {}
    for email, why in skipped:
        reasons.setdefault(why, []).append(email)
    for why, emails in reasons.items():
        more = ", ..." if len(emails) > 5 else ""
        lines.append(f"  {_why_text(why)}: {len(emails)} ({', '.join(emails[:5])}{more})")
    if waiting:
        lines.append(_("{n} invitation(s) of an earlier, interrupted run still wait to be sent (the "
                       "Sent folder is checked first for whether they went out already).")
                     .format(n=len(waiting)))
    return "\n".join(lines)


def _why_text(why: str) -> str:
    if why.startswith("already pre-registered"):
        return _("already pre-registered")
    if why.startswith("the pre-registration deadline"):
        return _("pre-registration deadline passed")
    return render(_WHY_LABELS.get(why) or why)


def announce_result_text(report: AnnounceReport) -> str:
    """What ``announce`` sent, found sent already, withheld, or could not send."""
    d = report.delivery
    sent = [m for m in d.sent if m.kind == ANNOUNCEMENT]
    if len(d.sent) > len(sent):
        lines = [_("Sent: {n} invitation(s) (and {others} other e-mails due).").format(
            n=len(sent), others=len(d.sent) - len(sent))]
    else:
        lines = [_("Sent: {n} invitation(s).").format(n=len(sent))]
    if d.reconciled:
        lines.append(_("{n} had been sent before an interruption (found in the Sent folder) and "
                       "were not sent again.").format(n=len(d.reconciled)))
    if d.suppressed:
        lines.append(_("{n} withheld: opted out in the meantime.").format(n=len(d.suppressed)))
    for mid, why in d.failed:
        lines.append(_("Refused by the mail server (see the daily report): {id}: {why}")
                     .format(id=mid, why=why))
    if report.left:
        lines.append(_("{n} invitation(s) not sent yet: the mail server reports a temporary "
                       "problem ({why}). They go out with the next polls of the running service, "
                       "or with a new `inbox-agent announce`.").format(n=report.left, why=report.stopped))
    return "\n".join(lines)


def deadline_day(value: date) -> str:
    """A deadline's day as these texts have always written it in German (2.6.2025,
    without leading zeros); in another language as ``i18n.day`` writes it."""
    if current_language() == "de":
        return f"{value.day}.{value.month}.{value.year}"
    return day(value)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
