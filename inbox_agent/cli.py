"""The ``inbox-agent`` command. The only module that imports click, and the only place
that wires the real adapters together (``bootstrap``); tests wire their own."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import click

from . import __version__
from .calendar import calendar_attachment
from .classify import load_rules
from .clock import Clock, SystemClock
from .config import Config, load_config
from .errors import ConfigError, InboxAgentError, PermanentError, StoreError
from .mailbox import Mailbox
from .outbox import Outbox
from .pipeline import PollReport, Services, poll_once, run_due_jobs
from .registrations import EventRules
from .smtp import SmtpSender
from .store import Store
from .templates import Templates

log = logging.getLogger("inbox_agent")


def base_context(config: Config, event: EventRules) -> dict:
    """Values every template may use: the event, the office, deadlines and fees."""
    return {
        "event": {
            "name": config.event.name, "title": config.event.title,
            "starts": config.event.starts.isoformat(), "ends": config.event.ends.isoformat(),
            "start_time": config.event.start_time, "end_time": config.event.end_time,
            "venue": config.event.venue,
        },
        "office": {"name": config.office.name, "address": config.office.address},
        "deadlines": {
            "pre_registration": config.deadlines.pre_registration.isoformat(),
            "registration": config.deadlines.registration.isoformat(),
        },
        "fees": {"member": config.fees.member, "non_member": config.fees.non_member,
                 "currency": config.fees.currency},
        "payment": {"due_days": config.payment.due_days,
                    "account_holder": config.payment.account_holder,
                    "iban": config.payment.iban, "bic": config.payment.bic},
    }


def bootstrap(config: Config, *, dry_run: bool = False, clock: Clock | None = None,
              store: Store | None = None,
              open_mailbox: Callable[[], AbstractContextManager[Any]] | None = None,
              open_sender: Callable[[], AbstractContextManager[Any]] | None = None) -> Services:
    """Wire the real adapters. Validates rules, templates and secrets before any server
    is contacted; opens (and locks) the store unless one is given. ``open_mailbox`` and
    ``open_sender`` replace the IMAP and SMTP adapters (``simulate``); with both given
    no password is needed."""
    missing = config.missing_secrets() if open_mailbox is None or open_sender is None else []
    if missing:
        raise ConfigError(
            "missing password environment variable(s): " + ", ".join(missing)
            + " (config.toml names them in password_env; set them before starting)"
        )
    rules = load_rules(config.replies.rules)
    templates = Templates(config.replies.templates)
    event = EventRules.from_config(config)
    calendar = calendar_attachment(event, organizer_name=config.office.name,
                                   organizer_address=config.office.address)
    outbox = Outbox(config.office, templates, config.replies.attachments,
                    base_context(config, event), generated={"confirmation": [calendar]})
    if store is None:
        store = Store(config.storage.path, lock=not dry_run, persist=not dry_run).open()

    @contextmanager
    def real_mailbox() -> Iterator[Mailbox]:
        with Mailbox(config.imap, config.imap_password()) as box:
            yield box

    @contextmanager
    def real_sender() -> Iterator[SmtpSender]:
        with SmtpSender(config.smtp, config.smtp_password()) as sender:
            yield sender

    return Services(config=config, store=store, rules=rules, outbox=outbox, event=event,
                    clock=clock or SystemClock(), open_mailbox=open_mailbox or real_mailbox,
                    open_sender=open_sender or real_sender, dry_run=dry_run)


# -- output ----------------------------------------------------------------------


def print_report(report: PollReport, *, dry_run: bool) -> None:
    if not (report.handled or report.failed or report.skipped or report.delivery.sent):
        click.echo("No new mail.")
    for h in report.handled:
        click.echo(f"UID {h.uid}: {h.sender} – {h.subject!r}\n    {h.intent}: {h.action}")
    for h in report.skipped:
        click.echo(f"UID {h.uid}: {h.action}")
    for h in report.failed:
        click.echo(f"UID {h.uid}: {h.sender} – {h.subject!r}\n    {h.action} "
                   f"(the mail stays in the mailbox and is tried again)")
    verb = "would send" if dry_run else "sent"
    for m in report.delivery.sent:
        click.echo(f"{verb}: {m.kind} to {', '.join(m.recipients)} ({m.message_id})")
    for mid in report.delivery.reconciled:
        click.echo(f"already sent before an interruption, not sent again: {mid}")
    for mid, why in report.delivery.deferred:
        click.echo(f"not sent yet, will retry: {mid}: {why}")
    for mid, why in report.delivery.failed:
        click.echo(f"could not be sent (staff will see it in the digest): {mid}: {why}")
    if dry_run:
        click.echo("Dry run: nothing was sent, marked or saved.")


# -- commands --------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", default="config.toml", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The configuration file.")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(__version__, prog_name="inbox-agent")
@click.pass_context
def main(ctx: click.Context, config_path: Path, verbose: int) -> None:
    """inbox-agent works the conference office's inbox: it reads new mail, answers
    registrations, keeps the attendee list and reminds before deadlines."""
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx.obj = {"config_path": config_path}


def _config(ctx: click.Context) -> Config:
    return load_config(ctx.obj["config_path"])


@main.command()
@click.option("--once", is_flag=True, help="Poll one time and exit (otherwise: like `run`).")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send, mark and save nothing.")
@click.pass_context
def poll(ctx: click.Context, once: bool, dry_run: bool) -> None:
    """Read new mail and answer it."""
    if not once:
        ctx.invoke(run, dry_run=dry_run)
        return
    services = bootstrap(_config(ctx), dry_run=dry_run)
    try:
        report = poll_once(services)
        due = run_due_jobs(services)
        report.merge(due.delivery)
    finally:
        services.store.close()
    print_report(report, dry_run=dry_run)


@main.command()
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send, mark and save nothing.")
@click.pass_context
def run(ctx: click.Context, dry_run: bool) -> None:
    """Run as a daemon: poll on the schedule, send reminders, until stopped."""
    from .daemon import run_forever

    config = _config(ctx)
    services = bootstrap(config, dry_run=dry_run)
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))

    def poll_job() -> None:
        report = poll_once(services)
        for h in report.handled:
            log.info("UID %s from %s: %s: %s", h.uid, h.sender, h.intent, h.action)
        for h in report.failed:
            log.warning("UID %s from %s: %s", h.uid, h.sender, h.action)
        for m in report.delivery.sent:
            log.info("%s %s to %s", "would send" if dry_run else "sent", m.kind,
                     ", ".join(m.recipients))

    try:
        run_forever(poll_job, lambda: run_due_jobs(services),
                    poll_seconds=config.schedule.poll_seconds)
    finally:
        services.store.close()


@main.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def classify(ctx: click.Context, files: tuple[Path, ...], as_json: bool) -> None:
    """Show how mails (.eml files) are understood, and which rules decided it."""
    from .explain import classify_files

    config = _config(ctx)
    rules = load_rules(config.replies.rules)
    for line in classify_files(files, rules, config.office.own_addresses,
                               config.office.domain, as_json):
        click.echo(line)


@main.command()
@click.option("--mails", "mails_dir", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder with the season's mails (.eml files), replayed by their Date.")
@click.option("--until", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Run the simulated clock day by day through this date (YYYY-MM-DD).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Write every mail that would have been sent here, as .eml files.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, a summary last.")
@click.pass_context
def simulate(ctx: click.Context, mails_dir: Path, until, out: Path | None, as_json: bool) -> None:
    """Rehearse a season: replay mails against a temporary store with a simulated clock.
    Sends nothing, changes nothing; prints the timeline of what the daemon would do."""
    from .simulate import SeasonError, simulate as run_season

    config = _config(ctx)
    try:
        result = run_season(config, mails_dir, until.date(), wire=bootstrap, out=out)
    except SeasonError as exc:
        raise click.UsageError(str(exc)) from None
    for line in (result.json_lines() if as_json else result.text_lines()):
        click.echo(line)
    if result.not_replayed and as_json:
        click.echo(f"not replayed (dated after {result.until.isoformat()}): "
                   f"{', '.join(result.not_replayed)}", err=True)


def run_cli() -> None:
    """Entry point with friendly errors: no tracebacks for problems a person can fix."""
    try:
        code = main.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ConfigError as exc:
        click.echo(f"Configuration problem: {exc}", err=True)
        sys.exit(2)
    except StoreError as exc:
        click.echo(f"Store problem: {exc}", err=True)
        sys.exit(3)
    except PermanentError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(4)
    except InboxAgentError as exc:
        click.echo(f"Error (temporary, try again later): {exc}", err=True)
        sys.exit(5)
    sys.exit(code if isinstance(code, int) else 0)
