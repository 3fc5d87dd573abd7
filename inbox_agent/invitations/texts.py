"""What staff read from the invitation commands: the import, the list, the reach,
the announcement's preview and result."""

from __future__ import annotations

from typing import Any

from inbox_agent.invitations.announcement import AnnouncementPlan
from inbox_agent.invitations.reports import AnnounceReport, ImportOutcome
from inbox_agent.invitations.standing import ANNOUNCEMENT, Reach, Standing

STATUS_DE = {
    "opted out": "abgemeldet (keine Einladungen mehr)",
    "registered": "verbindlich angemeldet",
    "pre-registered": "vorangemeldet",
    "pre-registered (match to confirm)": "vorangemeldet (Zuordnung bitte bestätigen)",
    "bounced": "unzustellbar",
    "declined": "hat abgesagt",
    "not announced": "noch nicht eingeladen",
    "announcement planned": "Einladung wird gerade verschickt",
    "announcement failed": "Einladung vom Mailserver abgelehnt",
    "announcement suppressed": "Einladung zurückgehalten (abgemeldet)",
    "answered": "eingeladen, hat geschrieben",
    "silent": "eingeladen, noch keine Antwort",
}


def import_text(outcome: ImportOutcome, *, dry_run: bool = False) -> str:
    f, p = outcome.file, outcome.plan
    delimiter = {"\t": "Tabulator"}.get(f.delimiter, repr(f.delimiter))
    lines = [f"{len(f.rows) + len(f.problems)} Zeilen gelesen ({f.encoding}, Trennzeichen {delimiter}; "
             f"Spalten: {', '.join(f.columns)})"]
    if f.ignored_columns:
        lines.append(f"Nicht verwendete Spalten: {', '.join(f.ignored_columns)}")
    for problem in f.problems:
        lines.append(f"  Zeile {problem.line}: {problem.reason}")
    verb = "würden" if dry_run else "wurden"
    lines.append(f"Neu: {len(p.added)}, geändert: {len(p.updated)}, unverändert: {p.unchanged}, "
                 f"übersprungen: {len(f.problems)}.")
    if p.opted_out:
        many = len(p.opted_out) > 1
        lines.append(f"{len(p.opted_out)} davon {'haben' if many else 'hat'} sich früher abgemeldet und "
                     f"{'bleiben' if many else 'bleibt'} abgemeldet: " + ", ".join(p.opted_out))
    if not p.changes:
        lines.append("Nichts zu ändern: die Liste ist schon auf diesem Stand.")
    elif dry_run:
        lines.append(f"Probelauf: {len(p.put)} Einträge {verb} gespeichert; nichts wurde gespeichert.")
    return "\n".join(lines)


def standing_row(s: Standing) -> dict[str, Any]:
    """One invitee for ``invitees list --json``."""
    return {"email": s.email, "name": s.name, "organization": s.organization, "member": s.member,
            "language": s.language, "status": s.status, "announcement": s.announcement,
            "announced_at": s.announced_at.isoformat() if s.announced_at else None,
            "opted_out": s.opted_out, "bounced": s.bounced, "attendee": s.attendee,
            "attendee_state": s.attendee_state, "match": s.match, "answered": s.answered,
            "declined": s.declined, "reminders": list(s.reminders)}


def list_text(found: list[Standing], reach_now: Reach | None = None) -> str:
    if not found:
        return "Die Einladungsliste ist leer. `inbox-agent invitees import DATEI.csv` füllt sie."
    member = {True: "ja", False: "nein", None: ""}
    rows = [(s.email, s.name, s.organization, member[s.member],
             STATUS_DE.get(s.status, s.status) + (f" → {s.attendee}" if s.attendee and s.attendee != s.email else ""),
             ", ".join(str(n) for n in s.reminders)) for s in found]
    headers = ("E-Mail", "Name", "Organisation", "Mitglied", "Stand", "Erinnert (Tage vor Frist)")
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
    if r.passed:
        when = f"die Frist zur Voranmeldung ({_date_de(r.deadline)}) ist abgelaufen"
    elif r.days_left == 0:
        when = f"heute endet die Frist zur Voranmeldung ({_date_de(r.deadline)})"
    else:
        when = f"noch {r.days_left} Tag{'e' if r.days_left != 1 else ''} bis zur Frist der Voranmeldung ({_date_de(r.deadline)})"
    return (f"Einladung: {r.on_list} auf der Liste, {r.invited} eingeladen"
            + (f", {r.not_announced} noch nicht" if r.not_announced else "")
            + f"; {r.answered} haben reagiert ({r.pre_registered} vorangemeldet, davon {r.registered} "
            f"verbindlich; {r.declined} abgesagt; {r.opted_out} abgemeldet), {r.bounced} unzustellbar, "
            f"{r.silent} noch ohne Antwort; {r.reminders_sent} Erinnerungen verschickt; {when}."
            + (f" {r.to_confirm} Zuordnung(en) bitte bestätigen." if r.to_confirm else ""))


def announce_preview_text(planned: AnnouncementPlan) -> str:
    waiting = [email for email, why in planned.skipped if why == "announcement waiting to be sent"]
    skipped = [(email, why) for email, why in planned.skipped if email not in waiting]
    lines = [f"Einladung an {len(planned.planned)} neue Empfänger"
             + (f"; {len(skipped)} ausgelassen:" if skipped else ".")]
    reasons: dict[str, list[str]] = {}
    for email, why in skipped:
        reasons.setdefault(why, []).append(email)
    for why, emails in reasons.items():
        lines.append(f"  {_why_de(why)}: {len(emails)} ({', '.join(emails[:5])}{', ...' if len(emails) > 5 else ''})")
    if waiting:
        lines.append(f"{len(waiting)} Einladung(en) eines früheren, unterbrochenen Laufs warten noch auf "
                     f"den Versand (vorher wird im Ordner Gesendet nachgesehen, ob sie schon hinaus sind).")
    return "\n".join(lines)


def _why_de(why: str) -> str:
    table = {"already announced": "schon eingeladen", "announcement waiting to be sent": "Einladung wartet auf Versand",
             "the announcement was refused by the mail server": "vom Mailserver abgelehnt",
             "announcement withheld (opted out)": "zurückgehalten (abgemeldet)", "opted out": "abgemeldet",
             "the address bounced": "unzustellbar", "declined already": "hat schon abgesagt"}
    if why.startswith("already pre-registered"):
        return "schon vorangemeldet"
    if why.startswith("the pre-registration deadline"):
        return "Frist zur Voranmeldung abgelaufen"
    return table.get(why, why)


def announce_result_text(report: AnnounceReport) -> str:
    d = report.delivery
    sent = [m for m in d.sent if m.kind == ANNOUNCEMENT]
    lines = [f"Verschickt: {len(sent)} Einladung(en)"
             + (f" (und {len(d.sent) - len(sent)} andere fällige E-Mails)" if len(d.sent) > len(sent) else "")
             + "."]
    if d.reconciled:
        lines.append(f"{len(d.reconciled)} waren vor einer Unterbrechung schon verschickt (im Ordner "
                     f"Gesendet gefunden) und wurden nicht noch einmal verschickt.")
    if d.suppressed:
        lines.append(f"{len(d.suppressed)} zurückgehalten: inzwischen abgemeldet.")
    for mid, why in d.failed:
        lines.append(f"Abgelehnt vom Mailserver (steht im Tagesbericht): {mid}: {why}")
    if report.left:
        lines.append(f"{report.left} Einladung(en) noch nicht verschickt: der Mailserver meldet ein "
                     f"vorübergehendes Problem ({report.stopped}). Sie gehen mit den nächsten Abrufen "
                     f"des laufenden Dienstes hinaus, oder mit einem neuen `inbox-agent announce`.")
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _date_de(day: Any) -> str:
    return f"{day.day}.{day.month}.{day.year}"
