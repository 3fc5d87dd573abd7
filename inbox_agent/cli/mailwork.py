"""The commands that work the inbox: ``poll``, ``run`` (the daemon), ``classify`` and
``simulate``. The work itself is in ``app/`` (pipeline, daemon, simulate)."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from inbox_agent import i18n
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.cores import probe
from inbox_agent.app.pipeline import PollReport, poll_once, run_due_jobs
from inbox_agent.app.report import Handled
from inbox_agent.cli import context
from inbox_agent.cli.output import message_of, progress
from inbox_agent.config import Config
from inbox_agent.i18n import _
from inbox_agent.services import Services
from inbox_agent.store.db import Store

log = logging.getLogger("inbox_agent")

_dry_run_option = click.option("--dry-run", is_flag=True,
                               help="Show what would be sent; send, mark and save nothing.")


class _Lines:
    """The lines of ``poll --once`` for each handled mail and each sent reply, written
    as they come (``PollReport.tell``) into a spool that goes to a temporary file
    beyond 256 KB, and printed at the end in ``print_report``'s order: the poll keeps
    no list of them (BENCHMARKS.md, round 19)."""

    def __init__(self, dry_run: bool) -> None:
        self.verb = "would send" if dry_run else "sent"
        self.handled = tempfile.SpooledTemporaryFile(1 << 18, "w+", encoding="utf-8")
        self.sent = tempfile.SpooledTemporaryFile(1 << 18, "w+", encoding="utf-8")

    def __call__(self, entry: Any) -> None:
        if isinstance(entry, Handled):
            self.handled.write(_handled_line(entry) + "\n")
        else:
            self.sent.write(_sent_line(entry, self.verb) + "\n")

    def echo(self, spool: Any) -> None:
        spool.seek(0)
        for line in spool:
            click.echo(line, nl=False)

    def close(self) -> None:
        self.handled.close()
        self.sent.close()


def _handled_line(h: Handled) -> str:
    return f"UID {h.uid}: {h.sender} – {h.subject!r}\n    {h.intent}: {h.action}"


def _sent_line(m: Any, verb: str) -> str:
    return f"{verb}: {m.kind} to {', '.join(m.recipients)} ({m.message_id})"


def print_report(report: PollReport, *, dry_run: bool, lines: _Lines | None = None) -> None:
    """What one poll did, a line per mail (those ``lines`` spooled first). The lines
    tests pin in English ("No new mail.", "would send:", "sent:", "already sent before
    ...", "could not be sent") stay English in every staff language, like the
    pipeline's intents and actions."""
    if not (report.handled_count or report.failed or report.skipped or report.sent_count):
        click.echo("No new mail.")
    if lines is not None:
        lines.echo(lines.handled)
    for h in report.handled:
        click.echo(_handled_line(h))
    for h in report.skipped:
        click.echo(f"UID {h.uid}: {h.action}")
    for h in report.failed:
        click.echo(f"UID {h.uid}: {h.sender} – {h.subject!r}\n    " + _(
            "{action} (the mail stays in the mailbox and is tried again)").format(action=h.action))
    verb = "would send" if dry_run else "sent"
    if lines is not None:
        lines.echo(lines.sent)
    for m in report.delivery.sent:
        click.echo(_sent_line(m, verb))
    for mid in report.delivery.reconciled:
        click.echo(f"already sent before an interruption, not sent again: {mid}")
    for mid, why in report.delivery.deferred:
        click.echo(_("not sent yet, will retry: {id}: {why}").format(id=mid, why=why))
    for mid, why in report.delivery.failed:
        click.echo(f"could not be sent (staff will see it in the digest): {mid}: {why}")
    if dry_run:
        click.echo(_("Dry run: nothing was sent, marked or saved."))


def _renderers_first() -> None:
    """The invoice renderers imported before the store is loaded, by the daemon (the
    other commands import them on first use, if ever). Imported after the store, they
    left a process's peak memory ~5 MB higher at 10,000 mails (151-152 MB against
    146 MB, BENCHMARKS.md round 8 merged). ``poll --once`` does without: a burst's
    worker imports them for it (``app.readlane``, round 10)."""
    from inbox_agent.invoices.files import load_renderers

    load_renderers()


@click.command()
@click.option("--once", is_flag=True, help="Poll one time and exit (otherwise: like `run`).")
@_dry_run_option
@click.pass_context
def poll(ctx: click.Context, once: bool, dry_run: bool) -> None:
    """Read new mail and answer it."""
    if not once:
        ctx.invoke(run, dry_run=dry_run)
        return
    began = probe()  # whether a burst has a core to spare: measured over the start
    config = context.load(ctx)
    if not dry_run and Store(config.storage.path).daemon_running():
        from inbox_agent.errors import StoreLockedError

        # English in every language: tests pin "daemon is already working".
        raise StoreLockedError(
            f"an inbox-agent daemon is already working with the store {config.storage.path} "
            f"and polls every {config.schedule.poll_seconds} s; poll --once is not needed "
            f"while it runs (stop it to poll by hand). The staff commands work alongside it.")
    services = bootstrap(config, dry_run=dry_run)
    bar: dict[str, Callable[..., None]] = {}

    def show_progress(done: int, total: int) -> None:
        # Only a long run (more than one batch, e.g. a first import) shows progress.
        if total <= config.imap.batch_size:
            return
        if not bar:
            bar["step"], bar["done"] = progress(total, _("Mails"))
        bar["step"](done)

    lines = _Lines(dry_run)
    try:
        try:
            report = poll_once(services, progress=show_progress, began=began, tell=lines)
            due = run_due_jobs(services)
            report.merge(due.delivery)
        finally:
            if bar:
                bar["done"]()
            services.store.close()
        print_report(report, dry_run=dry_run, lines=lines)
    finally:
        lines.close()


@click.command()
@_dry_run_option
@click.pass_context
def run(ctx: click.Context, dry_run: bool) -> None:
    """Run as a daemon: poll on the schedule, send reminders, until stopped."""
    _renderers_first()
    config = context.load(ctx)
    # The daemon takes the store's lock for one job at a time (store.exclusive), so the
    # staff commands can change the store while it runs; a second daemon is refused.
    store = None if dry_run else Store(config.storage.path).open(hold=False)
    daemon_lock = store.claim_daemon() if store is not None else None
    try:
        services = bootstrap(config, dry_run=dry_run, store=store)
    except BaseException:
        if store is not None:
            store.close()
        if daemon_lock is not None:
            daemon_lock.release()
        raise
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    try:
        _run_daemon(config, services, dry_run=dry_run)
    finally:
        services.store.close()
        if daemon_lock is not None:
            daemon_lock.release()


def _run_daemon(config: Config, services: Services, *, dry_run: bool) -> None:
    """Between polls the job waits for new mail in IMAP IDLE (watch.py) and polls the
    moment some arrives; it returns shortly before the next scheduled poll, and within
    a second of SIGTERM (the daemon sets ``stop``)."""
    import threading

    from inbox_agent.app.daemon import run_forever
    from inbox_agent.mail.watch import Watcher

    stop = threading.Event()
    watcher = Watcher(open_mailbox=services.open_mailbox, folder=config.imap.folder,
                      poll=_daemon_job("poll", lambda: _poll_job(services, dry_run), services),
                      stop=stop, idle=config.imap.idle)
    run_forever(lambda: watcher.run(max(config.schedule.poll_seconds - 2, 1)),
                _daemon_job("reminders", lambda: run_due_jobs(services), services),
                poll_seconds=config.schedule.poll_seconds, stop=stop,
                digest=_daemon_job("digest", lambda: _digest_job(services), services),
                digest_at=config.digest.hour_minute, digest_timezone=config.event.timezone)


def _daemon_job(name: str, job: Callable[[], object], services: Services) -> Callable[[], object]:
    """``job`` as the daemon runs it: holding the store's lock and in the staff language
    (the scheduler's worker thread does not inherit the command's); skipped with a log
    line while a staff command holds the lock."""
    from inbox_agent.store.db import StoreLockedError

    config = services.config

    def run_job() -> object:
        try:
            with i18n.use_language(config.office.language), \
                    services.store.exclusive(timeout=max(config.schedule.poll_seconds, 60)):
                return job()
        except StoreLockedError as exc:
            log.warning("%s skipped this time: %s", name, exc)
            return None

    return run_job


# The daemon's log lines are for whoever runs it (journal, terminal): English.

def _poll_job(services: Services, dry_run: bool) -> bool:
    """One poll with its log lines; True while adopted history is being read (the
    watcher then polls again at once instead of waiting in IDLE)."""
    report = poll_once(services)
    for h in report.handled:
        log.info("UID %s from %s: %s: %s", h.uid, h.sender, h.intent, h.action)
    for h in report.failed:
        log.warning("UID %s from %s: %s", h.uid, h.sender, h.action)
    for m in report.delivery.sent:
        log.info("%s %s to %s", "would send" if dry_run else "sent", m.kind,
                 ", ".join(m.recipients))
    if report.history_read:
        log.info("read %s adopted history mails, %s still to read", report.history_read,
                 report.history_unread)
    return bool(report.history_unread and (report.history_read or report.handled))


def _digest_job(services: Services) -> None:
    from inbox_agent.app.digestjob import send_digest

    report = send_digest(services)
    for m in report.sent:
        log.info("digest: sent to %s", ", ".join(m.recipients))
    if not (report.sent or report.deferred or report.failed):
        log.info("digest: none due now (daily at %s)", services.config.digest.time)


@click.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def classify(ctx: click.Context, files: tuple[Path, ...], as_json: bool) -> None:
    """Show how mails (.eml files) are understood, and which rules decided it."""
    from inbox_agent.understanding.classify import load_rules
    from inbox_agent.understanding.explain import classify_files

    config = context.load(ctx)
    rules = load_rules(config.replies.rules).with_fees(config.fees.member, config.fees.non_member)
    for line in classify_files(files, rules, config.office.own_addresses,
                               config.office.domain, as_json, full=True,
                               event_of=event_of_file(config)):
        click.echo(line)


def event_of_file(config: Any) -> Callable[[Any, Any], str | None]:
    """Which event a mail file belongs to, as the poll would route it without the store
    (so a reply counts by what it says, not by the mail it answers)."""
    from inbox_agent.registrations.events import Events
    from inbox_agent.registrations.routing import route
    from inbox_agent.understanding.events import named_events

    events = Events.from_config(config)

    def event_of(mail: Any, verdict: Any) -> str | None:
        at = mail.received_at
        named = named_events(mail.subject, mail.text, events.open_at(at))
        return route(events, at, verdict.intent, thread=None, named=named, records={}).event

    return event_of


@click.command()
@click.option("--mails", "mails_dir", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder with the season's mails (.eml files), replayed by their Date.")
@click.option("--until", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Run the simulated clock day by day through this date (YYYY-MM-DD).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Write every mail that would have been sent here, as .eml files.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, a summary last.")
@click.option("--invitees", "invitees_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An invitee list (CSV, as `invitees import` reads it): announce to it and remind it.")
@click.option("--announce-on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="With --invitees: the day the announcement goes out (default: the first day).")
@click.option("--event", "event", default=None, metavar="ID",
              help="Rehearse this event alone (its id); default: every configured event.")
@click.pass_context
def simulate(ctx: click.Context, mails_dir: Path, until, out: Path | None, as_json: bool,
             invitees_file: Path | None, announce_on, event: str | None) -> None:
    """Rehearse a season: replay mails against a temporary store with a simulated clock.
    Sends nothing, changes nothing; prints the timeline of what the daemon would do."""
    from inbox_agent.app.simulate import SeasonError
    from inbox_agent.app.simulate import simulate as run_season
    from inbox_agent.invitations.invitees import InviteeFileError

    config = context.load(ctx)
    if event:
        config = only_event(config, event)
    try:
        result = run_season(config, mails_dir, until.date(), wire=bootstrap, out=out,
                            invitees=invitees_file,
                            announce_on=announce_on.date() if announce_on else None)
    except (SeasonError, InviteeFileError) as exc:
        raise click.UsageError(message_of(exc)) from None
    for line in (result.json_lines() if as_json else result.text_lines()):
        click.echo(line)
    if result.not_replayed and as_json:
        click.echo(_("not replayed (dated after {day}): {mails}").format(
            day=result.until.isoformat(), mails=", ".join(result.not_replayed)), err=True)


def only_event(config: Config, event_id: str) -> Config:
    """``config`` with the event ``event_id`` as its only one (``simulate --event``)."""
    try:
        setup = config.setup(event_id)
    except KeyError:
        raise click.UsageError(_("unknown event {event}; known are: {known}").format(
            event=event_id, known=", ".join(s.id for s in config.events))) from None
    return config.model_copy(update={
        "event_tables": (setup,), "event": setup.event, "deadlines": setup.deadlines,
        "fees": setup.fees, "policy": setup.policy, "payment": setup.payment})


COMMANDS = (poll, run, classify, simulate)
