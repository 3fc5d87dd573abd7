"""The ``inbox-agent`` command. The only module that imports click, and the only place
that wires the real adapters together (``bootstrap``); tests wire their own."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from inbox_agent import __version__
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import PollReport, poll_once, run_due_jobs
from inbox_agent.clock import SystemClock
from inbox_agent.config import Config, load_config
from inbox_agent.errors import ConfigError, InboxAgentError, PermanentError, StoreError
from inbox_agent.office.staff import StaffError
from inbox_agent.registrations import EventRules
from inbox_agent.services import Services
from inbox_agent.store.db import Store
from inbox_agent.understanding.classify import load_rules

log = logging.getLogger("inbox_agent")


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
    config = _config(ctx)
    if not dry_run and Store(config.storage.path).daemon_running():
        from inbox_agent.errors import StoreLockedError

        raise StoreLockedError(
            f"an inbox-agent daemon is already working with the store {config.storage.path} "
            f"and polls every {config.schedule.poll_seconds} s; poll --once is not needed "
            f"while it runs (stop it to poll by hand). The staff commands work alongside it.")
    services = bootstrap(config, dry_run=dry_run)
    bar: dict[str, Callable[..., None]] = {}

    def progress(done: int, total: int) -> None:
        # Only a long run (more than one batch, e.g. a first import) shows progress.
        if total <= config.imap.batch_size:
            return
        if not bar:
            bar["step"], bar["done"] = _progress(total, "Mails")
        bar["step"](done)

    try:
        report = poll_once(services, progress=progress)
        due = run_due_jobs(services)
        report.merge(due.delivery)
    finally:
        if bar:
            bar["done"]()
        services.store.close()
    print_report(report, dry_run=dry_run)


@main.command()
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send, mark and save nothing.")
@click.pass_context
def run(ctx: click.Context, dry_run: bool) -> None:
    """Run as a daemon: poll on the schedule, send reminders, until stopped."""
    from inbox_agent.app.daemon import run_forever
    from inbox_agent.app.pipeline import send_digest
    from inbox_agent.store.db import StoreLockedError

    config = _config(ctx)
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

    def turn(name: str, job: Callable[[], object]) -> Callable[[], None]:
        def run_job() -> None:
            try:
                with services.store.exclusive(timeout=max(config.schedule.poll_seconds, 60)):
                    job()
            except StoreLockedError as exc:
                log.warning("%s skipped this time: %s", name, exc)
        return run_job

    def poll_job() -> None:
        report = poll_once(services)
        for h in report.handled:
            log.info("UID %s from %s: %s: %s", h.uid, h.sender, h.intent, h.action)
        for h in report.failed:
            log.warning("UID %s from %s: %s", h.uid, h.sender, h.action)
        for m in report.delivery.sent:
            log.info("%s %s to %s", "would send" if dry_run else "sent", m.kind,
                     ", ".join(m.recipients))

    def digest_job() -> None:
        report = send_digest(services)
        for m in report.sent:
            log.info("digest: sent to %s", ", ".join(m.recipients))
        if not (report.sent or report.deferred or report.failed):
            log.info("digest: none due now (daily at %s)", config.digest.time)

    # Between polls the job waits for new mail in IMAP IDLE (watch.py) and polls the
    # moment some arrives; it returns shortly before the next scheduled poll, and
    # within a second of SIGTERM (the daemon sets ``stop``).
    import threading

    from inbox_agent.mail.watch import Watcher

    stop = threading.Event()
    watcher = Watcher(open_mailbox=services.open_mailbox, folder=config.imap.folder,
                      poll=turn("poll", poll_job), stop=stop, idle=config.imap.idle)
    try:
        run_forever(lambda: watcher.run(max(config.schedule.poll_seconds - 2, 1)),
                    turn("reminders", lambda: run_due_jobs(services)),
                    poll_seconds=config.schedule.poll_seconds, stop=stop,
                    digest=turn("digest", digest_job),
                    digest_at=config.digest.hour_minute, digest_timezone=config.event.timezone)
    finally:
        services.store.close()
        if daemon_lock is not None:
            daemon_lock.release()


@main.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def classify(ctx: click.Context, files: tuple[Path, ...], as_json: bool) -> None:
    """Show how mails (.eml files) are understood, and which rules decided it."""
    from inbox_agent.understanding.explain import classify_files

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
@click.option("--invitees", "invitees_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An invitee list (CSV, as `invitees import` reads it): announce to it and remind it.")
@click.option("--announce-on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="With --invitees: the day the announcement goes out (default: the first day).")
@click.pass_context
def simulate(ctx: click.Context, mails_dir: Path, until, out: Path | None, as_json: bool,
             invitees_file: Path | None, announce_on) -> None:
    """Rehearse a season: replay mails against a temporary store with a simulated clock.
    Sends nothing, changes nothing; prints the timeline of what the daemon would do."""
    from inbox_agent.app.simulate import SeasonError
    from inbox_agent.app.simulate import simulate as run_season
    from inbox_agent.invitations.invitees import InviteeFileError

    config = _config(ctx)
    try:
        result = run_season(config, mails_dir, until.date(), wire=bootstrap, out=out,
                            invitees=invitees_file,
                            announce_on=announce_on.date() if announce_on else None)
    except (SeasonError, InviteeFileError) as exc:
        raise click.UsageError(str(exc)) from None
    for line in (result.json_lines() if as_json else result.text_lines()):
        click.echo(line)
    if result.not_replayed and as_json:
        click.echo(f"not replayed (dated after {result.until.isoformat()}): "
                   f"{', '.join(result.not_replayed)}", err=True)


# -- the office's commands (logic in staff.py, check.py, digest.py; output German) ----------


def _now() -> "datetime":
    return SystemClock().now()


def _echo_json(data: object) -> None:
    import json

    from inbox_agent.office.staff import json_safe

    click.echo(json.dumps(json_safe(data), ensure_ascii=False, indent=2))


def _office(ctx: click.Context) -> tuple[Config, Store, EventRules]:
    """Config, the store (read now, locked only while changing) and the event's rules."""
    from inbox_agent.office.staff import open_store

    config = _config(ctx)
    return config, open_store(config), EventRules.from_config(config)


def _sending(config: Config, store: Store) -> Services:
    """Services that can send (passwords needed), on the command's store."""
    return bootstrap(config, store=store)


_by_option = click.option("--by", default=None, metavar="NAME",
                          help="Who does this (kept in the history); default $INBOX_AGENT_STAFF "
                               "or the login name.")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="As JSON, for scripts.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """The daemon's last poll, places, deadlines and errors."""
    from inbox_agent.office.staff import status as status_data
    from inbox_agent.office.staff import status_text

    _read_only_report(ctx, as_json, lambda store, config, rules: status_data(store, config, rules, _now()),
                      status_text)


@main.command("list")
@click.option("--state", "states", default="", metavar="STATE[,STATE]",
              help="Only these states: pending, option, waitlisted, registered, paid, "
                   "cancelled, lapsed.")
@click.option("--json", "as_json", is_flag=True, help="As JSON, for scripts.")
@click.pass_context
def list_command(ctx: click.Context, states: str, as_json: bool) -> None:
    """The attendee list."""
    from inbox_agent.office.staff import list_rows, list_text, parse_states

    wanted = parse_states(states) if states.strip() else ()
    _read_only_report(ctx, as_json, lambda store, config, rules: list_rows(store, rules, wanted),
                      lambda rows, rules: list_text(rows, rules.currency))


@main.command()
@click.argument("email")
@click.option("--json", "as_json", is_flag=True, help="As JSON, for scripts.")
@click.pass_context
def show(ctx: click.Context, email: str, as_json: bool) -> None:
    """One attendee with the whole history: states, payments, notes, mails."""
    from inbox_agent.office.staff import show as show_data
    from inbox_agent.office.staff import show_text

    _read_only_report(ctx, as_json, lambda store, config, rules: show_data(store, email, rules, _now()),
                      show_text)


def _read_only_report(ctx: click.Context, as_json: bool, fetch: Callable, render: Callable) -> None:
    """Read from the store (never waiting for the daemon), print as text or JSON."""
    config, store, rules = _office(ctx)
    try:
        data = fetch(store, config, rules)
    finally:
        store.close()
    if as_json:
        _echo_json(data)
    else:
        click.echo(render(data, rules))


def _progress(total: int, label: str) -> tuple[Callable[[int], None], Callable[[], None]]:
    """A progress bar on a terminal, plain log lines (every 10 %) otherwise."""
    if sys.stderr.isatty():
        bar = click.progressbar(length=total, label=label, file=sys.stderr)
        bar.__enter__()
        state = {"done": 0}

        def step(n: int) -> None:
            bar.update(n - state["done"])
            state["done"] = n

        return step, lambda: bar.__exit__(None, None, None)
    every = max(total // 10, 1)

    def log_line(n: int) -> None:
        if n % every == 0 or n == total:
            click.echo(f"{label}: {n}/{total}", err=True)

    return log_line, lambda: None


@main.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), required=True,
              help="csv (Excel, UTF-8 with BOM, ';') or xlsx.")
@click.option("--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write.")
@click.option("--state", "states", default="", metavar="STATE[,STATE]", help="Only these states.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path, states: str) -> None:
    """Write the attendee list to a file for Excel."""
    from inbox_agent.office.export import FORMATS
    from inbox_agent.office.staff import list_rows, parse_states

    wanted = parse_states(states) if states.strip() else ()
    config, store, rules = _office(ctx)
    try:
        rows = list_rows(store, rules, wanted)
    finally:
        store.close()
    step, done = _progress(len(rows), "Export")
    try:
        data = FORMATS[fmt](rows, progress=step)
    finally:
        done()
    tmp = output.with_name(output.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(output)
    except OSError as exc:
        raise click.ClickException(f"{output} kann nicht geschrieben werden: "
                                   f"{exc.strerror or exc}; anderen Pfad mit --output wählen")
    click.echo(f"{len(rows)} Einträge nach {output} geschrieben.")


@main.command("mark-paid")
@click.argument("email")
@click.option("--amount", default=None, metavar="BETRAG",
              help="The amount received (default: what is still open), e.g. 250 or 250,00.")
@click.option("--note", default="", help="E.g. the bank statement's reference.")
@_by_option
@click.pass_context
def mark_paid_command(ctx: click.Context, email: str, amount: str | None, note: str,
                      by: str | None) -> None:
    """Record a payment; the registration is 'paid' once the fee is covered."""
    from inbox_agent.office.staff import mark_paid, who

    config, store, rules = _office(ctx)
    try:
        a = mark_paid(store, email, amount, who(by), _now(), note)
    finally:
        store.close()
    last = a.payments[-1]
    click.echo(f"{a.email}: Zahlung von {last.amount} {rules.currency} eingetragen "
               f"(von {last.by}); Status jetzt: {_state_de(a.state.value)}"
               + (f", offen noch {a.balance} {rules.currency}" if a.balance else ""))


def _state_de(state: str) -> str:
    from inbox_agent.office.export import STATE_DE

    return STATE_DE.get(state, state)


@main.command("set-state")
@click.argument("email")
@click.argument("state")
@click.option("--reason", required=True, help="Why (kept in the attendee's history).")
@_by_option
@click.pass_context
def set_state_command(ctx: click.Context, email: str, state: str, reason: str,
                      by: str | None) -> None:
    """Put an attendee into STATE by hand (e.g. registered, cancelled). Places it frees
    go to the waiting list, and those promoted are told at once."""
    from inbox_agent.office.staff import deliver, set_state, who

    config, store, rules = _office(ctx)
    try:
        services = _sending(config, store)
        change = set_state(store, email, state, reason, who(by), _now(), rules, services.outbox)
        click.echo(f"{change.attendee.email}: jetzt {_state_de(change.attendee.state.value)} "
                   f"(Grund: {reason.strip()})")
        for promoted in change.promoted:
            click.echo(f"  nachgerückt von der Warteliste: {promoted}")
        if change.planned:
            report = deliver(store, services)
            for m in report.sent:
                click.echo(f"  verschickt: {m.kind} an {', '.join(m.recipients)}")
            for mid, why in [*report.deferred, *report.failed]:
                click.echo(f"  noch nicht verschickt ({why}); der Daemon holt es nach: {mid}")
    finally:
        store.close()


@main.command()
@click.argument("email")
@click.argument("text")
@_by_option
@click.pass_context
def note(ctx: click.Context, email: str, text: str, by: str | None) -> None:
    """Add a note to an attendee."""
    from inbox_agent.office.staff import add_note, who

    config, store, rules = _office(ctx)
    try:
        a = add_note(store, email, text, who(by), _now())
    finally:
        store.close()
    click.echo(f"{a.email}: Notiz gespeichert ({a.notes[-1].by}).")


@main.command()
@click.argument("email")
@click.argument("kind")
@_by_option
@click.pass_context
def resend(ctx: click.Context, email: str, kind: str, by: str | None) -> None:
    """Send an attendee mail KIND again (e.g. confirmation, programme), with today's
    facts."""
    from inbox_agent.office.staff import deliver, who
    from inbox_agent.office.staff import resend as plan_again

    config, store, rules = _office(ctx)
    try:
        services = _sending(config, store)
        planned = plan_again(store, email, kind, who(by), _now(), rules, services.outbox)
        report = deliver(store, services)
    finally:
        store.close()
    if any(m.message_id == planned.message_id for m in report.sent):
        click.echo(f"{planned.to.email}: „{kind}“ erneut verschickt.")
    else:
        why = dict([*report.deferred, *report.failed]).get(planned.message_id, "")
        click.echo(f"{planned.to.email}: „{kind}“ ist eingeplant, aber noch nicht verschickt"
                   f"{' (' + why + ')' if why else ''}; der Daemon versucht es erneut.")
        if planned.message_id in dict(report.failed):
            ctx.exit(4)


@main.command()
@click.option("--state", "states", required=True, metavar="STATE[,STATE]",
              help="Who gets it, e.g. option,registered,paid.")
@click.option("--template", required=True, metavar="NAME",
              help="templates/<language>/NAME.txt.j2 (+ .html.j2).")
@click.option("--id", "circular_id", default=None,
              help="Names this circular (default: the template's name). Each address gets "
                   "one circular of an id at most once.")
@click.option("--dry-run", is_flag=True, help="Show who would get what; send nothing.")
@click.option("--yes", is_flag=True, help="Do not ask before sending.")
@click.option("--per-minute", type=click.FloatRange(min=0.1, max=6000), default=None,
              help="Mails a minute (default [notify] per_minute).")
@click.pass_context
def notify(ctx: click.Context, states: str, template: str, circular_id: str | None,
           dry_run: bool, yes: bool, per_minute: float | None) -> None:
    """A circular to everyone in the given states, previewed first, sent at a rate the
    mail server accepts; nobody gets it twice, even if it is interrupted and run again."""
    from inbox_agent.office.staff import parse_states, plan_circular, send_circular

    wanted = parse_states(states)
    config, store, rules = _office(ctx)
    try:
        services = _sending(config, store)
        circular = plan_circular(store, rules, services.outbox, wanted, template,
                                 circular_id or template, _now())
        click.echo(f"Rundschreiben „{circular.circular_id}“ (Vorlage {template}) an "
                   f"{'/'.join(s.value for s in wanted)}:")
        click.echo(f"  {len(circular.planned)} Empfänger, {len(circular.already_sent)} haben es "
                   f"schon, {len(circular.skipped_bounced)} ausgelassen (unzustellbar/abgemeldet)")
        if not circular.planned:
            click.echo("Nichts zu verschicken.")
            return
        click.echo(f"\n--- Vorschau (an {circular.planned[0].to.email}) ---\n"
                   f"Betreff: {circular.preview_subject}\n\n{circular.preview_text.rstrip()}\n"
                   f"--- Ende der Vorschau ---\n")
        click.echo("Empfänger: " + ", ".join(p.to.email for p in circular.planned))
        if dry_run:
            click.echo("Probelauf: nichts verschickt, nichts gespeichert.")
            return
        rate = per_minute or config.notify.per_minute
        if not yes:
            click.confirm(f"An {len(circular.planned)} Empfänger verschicken "
                          f"({rate:g} pro Minute)?", abort=True)
        counts = send_circular(store, services, circular, rate,
                               on_progress=lambda to, what: click.echo(f"  {to}: {what}"))
    finally:
        store.close()
    click.echo(f"Fertig: {counts['sent']} verschickt"
               + (f", {counts['reconciled']} waren schon verschickt" if counts["reconciled"] else "")
               + (f", {counts['failed']} nicht zustellbar" if counts["failed"] else "") + ".")


@main.command()
@click.argument("email")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def forget(ctx: click.Context, email: str, yes: bool) -> None:
    """Erase a person's data from the store (GDPR Art. 17); an anonymous count stays."""
    from inbox_agent.office.staff import find
    from inbox_agent.office.staff import forget as erase

    config, store, rules = _office(ctx)
    try:
        a = find(store, email)
        if not yes:
            click.confirm(f"Alle Daten von {a.display_name()} <{a.email}> ({_state_de(a.state.value)}, "
                          f"{a.persons} Person(en)) unwiderruflich löschen?", abort=True)
        counts = erase(store, a.email, _now())
    finally:
        store.close()
    click.echo(f"{a.email} gelöscht: Eintrag, {counts['tasks']} Aufgabe(n); persönliche Angaben "
               f"entfernt aus {counts['messages']} Eingangs- und {counts['outbox']} Ausgangs-"
               f"vermerk(en). Die Mails selbst liegen noch im Postfach: dort bitte von Hand löschen.")


@main.command()
@click.option("--print", "print_it", is_flag=True, help="Show the digest now (text); change nothing.")
@click.option("--send", "send_it", is_flag=True, help="Mail the digest now to [digest] recipients.")
@click.option("--html", "as_html", is_flag=True, help="With --print: the HTML version.")
@click.pass_context
def digest(ctx: click.Context, print_it: bool, send_it: bool, as_html: bool) -> None:
    """The morning digest, now."""
    from inbox_agent.app.pipeline import build_current_digest, send_digest
    from inbox_agent.office.staff import LOCK_WAIT

    if print_it == send_it:
        raise click.UsageError("give exactly one of --print or --send")
    config, store, rules = _office(ctx)
    try:
        if print_it:
            services = bootstrap(config, store=store, open_mailbox=_no_server,
                                 open_sender=_no_server)
            rendered = services.outbox.templates.render(
                "digest", "de", {**services.outbox.base_context,
                                 **build_current_digest(services).context()})
            click.echo(rendered.html if as_html else f"Betreff: {rendered.subject}\n\n{rendered.text}")
            return
        if not config.digest.recipients:
            raise click.UsageError("no recipients: set [digest] recipients in the config")
        services = _sending(config, store)
        with store.exclusive(LOCK_WAIT):
            report = send_digest(services, scheduled=False)
    finally:
        store.close()
    for m in report.sent:
        click.echo(f"Tagesübersicht verschickt an {', '.join(m.recipients)}")
    for mid, why in [*report.deferred, *report.failed]:
        click.echo(f"Tagesübersicht nicht verschickt ({why}); der Daemon versucht es erneut.")


@contextmanager
def _no_server() -> Iterator[Any]:
    raise ConfigError("this command does not contact a server")
    yield  # pragma: no cover


@main.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Check config, rules, templates, store, IMAP and SMTP; say what to fix."""
    from inbox_agent.office.check import run_checks

    config = _config(ctx)
    failed = 0
    for result in run_checks(config):
        mark = "ok    " if result.ok else "FEHLER"
        failed += not result.ok
        click.echo(f"{mark} {result.name}: {result.detail}")
    if failed:
        click.echo(f"\n{failed} Prüfung(en) fehlgeschlagen: bitte wie angegeben beheben.")
        ctx.exit(1)
    click.echo("\nAlles in Ordnung.")


# -- invitees and the announcement (logic in campaign.py and invitees.py) -------------------


def _invitee_store(config: Config, *, dry_run: bool = False) -> Store:
    """Read now, locked only while changing (``exclusive``): works while the daemon runs.
    A dry run reads without the lock and saves nothing."""
    if dry_run:
        return Store(config.storage.path, lock=False, persist=False).open()
    return Store(config.storage.path).open(hold=False)


@contextmanager
def _not_connected() -> Iterator[Any]:
    raise ConfigError("a dry run contacts no server")
    yield  # pragma: no cover


@main.group()
def invitees() -> None:
    """The invitee list: who the conference is announced to (members, last year's
    attendees), and where each of them stands."""


@invitees.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would change; save nothing.")
@click.pass_context
def invitees_import(ctx: click.Context, file: Path, dry_run: bool) -> None:
    """Add or update invitees from a CSV file (as Excel saves it: Name;E-Mail;
    Organisation;Mitglied). Invalid rows are reported and skipped; the same file twice
    changes nothing; opt-outs stay."""
    from inbox_agent.invitations import campaign
    from inbox_agent.invitations.invitees import InviteeFileError

    config = _config(ctx)
    store = _invitee_store(config, dry_run=dry_run)
    try:
        with store.exclusive(timeout=60):
            outcome = campaign.import_file(store, file, SystemClock().now())
            store.commit()  # one write: nothing is half-imported
    except InviteeFileError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(campaign.import_text(outcome, dry_run=dry_run))


@invitees.command("list")
@click.option("--json", "as_json", is_flag=True, help="As JSON, for scripts.")
@click.pass_context
def invitees_list(ctx: click.Context, as_json: bool) -> None:
    """Every invitee and where they stand, and the announcement's reach."""
    import json

    from inbox_agent.invitations import campaign

    config = _config(ctx)
    rules = EventRules.from_config(config)
    store = _invitee_store(config, dry_run=True)
    try:
        found = campaign.current_standings(store, rules, config.deadlines.pre_registration_reminder_days)
        reach = campaign.reach(store, rules, SystemClock().now())
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps({"invitees": [campaign.standing_row(s) for s in found],
                               "reach": reach.as_dict()}, ensure_ascii=False, indent=2))
    else:
        click.echo(campaign.list_text(found, reach if found else None))


def _invitee_change(ctx: click.Context, change: Callable[[Store], str]) -> None:
    from inbox_agent.invitations.invitees import InviteeFileError

    store = _invitee_store(_config(ctx))
    try:
        with store.exclusive(timeout=60):
            message = change(store)
            store.commit()
    except InviteeFileError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(message)


@invitees.command("remove")
@click.argument("email")
@click.pass_context
def invitees_remove(ctx: click.Context, email: str) -> None:
    """Take EMAIL off the invitee list (an opt-out stays; an invitation already sent is
    not sent again if the address comes back with a later import)."""
    from inbox_agent.invitations import campaign
    from inbox_agent.invitations.invitees import InviteeFileError

    def change(store: Store) -> str:
        if not campaign.remove(store, email):
            raise InviteeFileError(f"{email} steht nicht auf der Einladungsliste; nichts wurde "
                                   f"geändert. `inbox-agent invitees list` zeigt alle Adressen.")
        return f"{email.strip().lower()} ist nicht mehr auf der Einladungsliste."

    _invitee_change(ctx, change)


@invitees.command("opt-out")
@click.argument("email")
@click.pass_context
def invitees_opt_out(ctx: click.Context, email: str) -> None:
    """Record by hand that EMAIL wants no more announcements, reminders or circulars
    (e.g. said so on the phone). Kept for good."""
    from inbox_agent.invitations import campaign

    def change(store: Store) -> str:
        if not campaign.opt_out(store, email, SystemClock().now()):
            return f"{email.strip().lower()} war schon abgemeldet; nichts geändert."
        return (f"{email.strip().lower()} ist abgemeldet: keine Einladungen, Erinnerungen oder "
                f"Rundschreiben mehr (E-Mails zu einer eigenen Anmeldung gehen weiter).")

    _invitee_change(ctx, change)


@invitees.command("link")
@click.argument("invitee")
@click.argument("attendee")
@click.pass_context
def invitees_link(ctx: click.Context, invitee: str, attendee: str) -> None:
    """Confirm that ATTENDEE (an address on the attendee list) is the invitee INVITEE."""
    from inbox_agent.invitations import campaign

    def change(store: Store) -> str:
        campaign.link(store, invitee, attendee, SystemClock().now())
        return f"Bestätigt: {invitee.strip().lower()} hat sich als {attendee.strip().lower()} angemeldet."

    _invitee_change(ctx, change)


@invitees.command("unlink")
@click.argument("invitee")
@click.pass_context
def invitees_unlink(ctx: click.Context, invitee: str) -> None:
    """Undo a match: INVITEE is not the person who pre-registered from the other address
    (reminders go to INVITEE again, if still due)."""
    from inbox_agent.invitations import campaign

    def change(store: Store) -> str:
        campaign.unlink(store, invitee, SystemClock().now())
        return (f"Zuordnung von {invitee.strip().lower()} aufgehoben; es wird nicht wieder "
                f"automatisch zugeordnet.")

    _invitee_change(ctx, change)


@main.command()
@click.option("--dry-run", is_flag=True, help="Show who would get it and the mail; send and save nothing.")
@click.option("--yes", is_flag=True, help="Do not ask before sending.")
@click.pass_context
def announce(ctx: click.Context, dry_run: bool, yes: bool) -> None:
    """Send the announcement to every invitee who has not had it (not to those who
    opted out, bounced or pre-registered already), at [announce] per_minute; each at
    most once, even if interrupted and run again."""
    from inbox_agent.invitations import campaign

    config = _config(ctx)
    store = _invitee_store(config, dry_run=dry_run)
    try:
        if dry_run:
            services = bootstrap(config, dry_run=True, store=store, open_mailbox=_not_connected,
                                 open_sender=_not_connected)
        else:
            services = bootstrap(config, store=store)
        now = services.clock.now()
        planned = campaign.plan(services, now)
        click.echo(campaign.announce_preview_text(planned))
        if planned.planned:
            first = services.outbox.compose(planned.planned[0], now)
            click.echo(f"\n--- Vorschau (an {planned.planned[0].to.email}) ---\n"
                       f"{_preview(first.data)}\n--- Ende der Vorschau ---\n")
        if dry_run:
            for mail in planned.planned:
                message = services.outbox.compose(mail, now)  # every one renders
                click.echo(f"würde senden: {mail.to.email} ({message.message_id})")
            click.echo("Probelauf: nichts verschickt, nichts gespeichert.")
            return
        waiting = sum(1 for e in store.all("outbox")
                      if e["kind"] == "announcement" and e["status"] == "planned")
        if not planned.planned and not waiting:
            if planned.deadline_passed:
                raise click.ClickException(
                    "Die Frist zur Voranmeldung ist abgelaufen; die Einladung bittet um eine "
                    "Voranmeldung bis dahin. Nichts verschickt. (Frist in config.toml unter "
                    "[deadlines] pre_registration.)")
            click.echo("Nichts zu verschicken.")
            return
        total = len(planned.planned) + waiting
        if not yes:
            click.confirm(f"Einladung an {total} Empfänger verschicken "
                          f"({config.announce.per_minute:g} pro Minute)?", abort=True)
        shown = {"at": -1}

        def progress(done: int, of: int) -> None:
            if done != shown["at"] and (done == of or done % 10 == 0 or sys.stdout.isatty()):
                click.echo(f"  {done}/{of} verschickt")
                shown["at"] = done

        report = campaign.announce(services, progress=progress)
    finally:
        store.close()
    click.echo(campaign.announce_result_text(report))


def _preview(data: bytes) -> str:
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.default)
    body = msg.get_body(("plain",))
    text = body.get_content().rstrip() if body is not None else ""
    return f"Betreff: {msg['Subject']}\n\n{text}"


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
    except StaffError as exc:
        click.echo(f"Nicht möglich: {exc}", err=True)
        sys.exit(1)
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
