"""Issue 17, round 19: ``poll --once`` keeps no list of the mails it handled and the
replies it sent. Each goes to its line as it comes (``PollReport.tell``, spooled by
``cli.mailwork``) and the report counts them; the output is the same, line for line and
in the same order, as from a report that kept them all."""

from __future__ import annotations

from inbox_agent.app.report import ALREADY_HANDLED, Handled, PollReport, failed
from inbox_agent.cli import mailwork
from inbox_agent.model import OutgoingMessage
from inbox_agent.outbox.outbox import DeliveryReport


def _entries(n: int) -> tuple[list[Handled], list[OutgoingMessage]]:
    handled = [Handled(uid, f"key-{uid}", f"Jana Kowalczyk <jana{uid}@stadt-beispiel.de>",
                       f"Anmeldung Nr. {uid} – Müller", "pre_registration", ALREADY_HANDLED)
               for uid in range(1, n + 1)]
    sent = [OutgoingMessage(f"<r{uid}@vsop.de>", "programme", "office@vsop.de",
                            (f"jana{uid}@stadt-beispiel.de",), b"the whole mail")
            for uid in range(1, n + 1)]
    return handled, sent


def _fill(report: PollReport, handled, sent) -> PollReport:
    for h in handled:
        report.add(h)
    report.failed.append(Handled(99, "k", "a@b.de", "x", "unknown", failed("boom")))
    report.merge(DeliveryReport(sent=sent[:2], deferred=[("<d@vsop.de>", "busy")]))
    report.merge(DeliveryReport(sent=sent[2:]))
    return report


def test_a_told_report_counts_and_keeps_nothing_of_what_it_told():
    told: list = []
    handled, sent = _entries(3)
    report = _fill(PollReport(tell=told.append), handled, sent)
    assert report.handled == [] and report.delivery.sent == []
    assert report.handled_count == 3 and report.sent_count == 3
    assert told == [*handled, *sent[:2], *sent[2:]]
    assert len(report.failed) == 1 and report.delivery.deferred == [("<d@vsop.de>", "busy")]
    kept = _fill(PollReport(), handled, sent)
    assert kept.handled_count == 3 == kept.sent_count and kept.handled == handled
    assert [m.data for m in kept.delivery.sent] == [b""] * 3  # who got what, not the bytes


def test_the_spooled_lines_are_the_lines_of_a_report_that_kept_them(capsys):
    handled, sent = _entries(4000)  # beyond the spool's memory: a temporary file
    mailwork.print_report(_fill(PollReport(), handled, sent), dry_run=False)
    kept = capsys.readouterr().out
    lines = mailwork._Lines(dry_run=False)
    try:
        report = _fill(PollReport(tell=lines), handled, sent)
        assert lines.handled._rolled  # written to disk, not kept in memory
        mailwork.print_report(report, dry_run=False, lines=lines)
    finally:
        lines.close()
    spooled = capsys.readouterr().out
    assert spooled == kept
    assert spooled.startswith("UID 1: Jana Kowalczyk <jana1@stadt-beispiel.de> – ")
    assert "sent: programme to jana4000@stadt-beispiel.de (<r4000@vsop.de>)" in spooled
    assert spooled.index("UID 99:") < spooled.index("sent: programme")


def test_nothing_told_and_nothing_kept_is_no_new_mail(capsys):
    lines = mailwork._Lines(dry_run=True)
    try:
        mailwork.print_report(PollReport(tell=lines), dry_run=True, lines=lines)
    finally:
        lines.close()
    assert capsys.readouterr().out.splitlines()[0] == "No new mail."
