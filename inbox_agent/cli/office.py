"""The office's other commands: ``notify`` (a circular), ``digest`` (the morning digest
now) and ``check`` (is everything set up). The work is in ``office/staff.py``,
``office/check.py`` and the pipeline's digest."""

from __future__ import annotations

import click

from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.cli import context
from inbox_agent.cli.context import now
from inbox_agent.cli.output import echo_preview, subject_and_text
from inbox_agent.i18n import _


@click.command()
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
@click.option("--event", "event", default=None, metavar="ID",
              help="Only this event's list (its id, see `inbox-agent events`); default: "
                   "every open event's, each with its own facts.")
@click.pass_context
def notify(ctx: click.Context, states: str, template: str, circular_id: str | None,
           dry_run: bool, yes: bool, per_minute: float | None, event: str | None) -> None:
    """A circular to everyone in the given states, previewed first, sent at a rate the
    mail server accepts; nobody gets it twice, even if it is interrupted and run again."""
    from inbox_agent.cli.attendees import covered, for_event
    from inbox_agent.office.staff import parse_states, plan_circular, send_circular

    wanted = parse_states(states)
    config, store, rules = for_event(ctx, event)
    try:
        services = context.sending(config, store)
        events = covered(config, rules, event)
        circulars = [plan_circular(store, r, services.outbox, wanted, template,
                                   circular_id or template, now()) for r in events]
        for r, circular in zip(events, circulars):
            if len(events) > 1:
                click.echo(_("Event {name} ({id}):").format(name=r.name, id=r.id))
            _echo_plan(circular, template, "/".join(s.value for s in wanted))
        n = sum(len(c.planned) for c in circulars)
        if not n:
            click.echo(_("Nothing to send."))
            return
        if dry_run:
            click.echo(_("Dry run: nothing sent, nothing saved."))
            return
        rate = per_minute or config.notify.per_minute
        if not yes:
            click.confirm(_("Send to {n} recipient(s) ({rate:g} a minute)?").format(
                n=n, rate=rate), abort=True)
        counts = [send_circular(store, services, c, rate,
                                on_progress=lambda to, what: click.echo(f"  {to}: {what}"))
                  for c in circulars if c.planned]
    finally:
        store.close()
    _echo_done({k: sum(c[k] for c in counts) for k in ("sent", "reconciled", "failed")})


def _echo_done(counts: dict[str, int]) -> None:
    click.echo(_("Done: {n} sent").format(n=counts["sent"])
               + (_(", {n} had been sent already").format(n=counts["reconciled"])
                  if counts["reconciled"] else "")
               + (_(", {n} undeliverable").format(n=counts["failed"]) if counts["failed"] else "")
               + ".")


def _echo_plan(circular, template: str, states: str) -> None:
    """Who gets the circular, who is left out, and (if anyone gets it) the preview."""
    click.echo(_("Circular “{id}” (template {template}) to {states}:").format(
        id=circular.circular_id, template=template, states=states))
    click.echo("  " + _("{planned} recipient(s), {already} have it already, {skipped} left out "
                        "(undeliverable/opted out)").format(
        planned=len(circular.planned), already=len(circular.already_sent),
        skipped=len(circular.skipped_bounced)))
    if not circular.planned:
        return
    echo_preview(circular.planned[0].to.email,
                 subject_and_text(circular.preview_subject, circular.preview_text.rstrip()))
    click.echo(_("Recipients: {addresses}").format(
        addresses=", ".join(p.to.email for p in circular.planned)))


@click.command()
@click.option("--print", "print_it", is_flag=True, help="Show the digest now (text); change nothing.")
@click.option("--send", "send_it", is_flag=True, help="Mail the digest now to [digest] recipients.")
@click.option("--html", "as_html", is_flag=True, help="With --print: the HTML version.")
@click.pass_context
def digest(ctx: click.Context, print_it: bool, send_it: bool, as_html: bool) -> None:
    """The morning digest, now."""
    from inbox_agent.app.digestjob import build_current_digest, send_digest
    from inbox_agent.office.staff import LOCK_WAIT

    if print_it == send_it:
        # English in every language: tests pin "--print or --send".
        raise click.UsageError("give exactly one of --print or --send")
    config, store, rules = context.office(ctx)
    try:
        if print_it:
            services = bootstrap(config, store=store, open_mailbox=context.no_server,
                                 open_sender=context.no_server)
            # In the office's language, as the daemon sends it (templates/<language>/).
            rendered = services.outbox.templates.render(
                "digest", config.office.language, {**services.outbox.base_context,
                                 **build_current_digest(services).context()})
            click.echo(rendered.html if as_html
                       else subject_and_text(rendered.subject, rendered.text))
            return
        if not config.digest.recipients:
            raise click.UsageError(_("no recipients: set [digest] recipients in the config"))
        services = context.sending(config, store)
        with store.exclusive(LOCK_WAIT):
            report = send_digest(services, scheduled=False)
    finally:
        store.close()
    for m in report.sent:
        click.echo(_("Digest sent to {recipients}").format(recipients=", ".join(m.recipients)))
    for mid, why in [*report.deferred, *report.failed]:
        click.echo(_("Digest not sent ({why}); the daemon will try again.").format(why=why))


@click.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Check config, rules, templates, store, IMAP and SMTP; say what to fix."""
    from inbox_agent.office.check import run_checks

    config = context.load(ctx)
    failed = 0
    ok, error = _("ok"), _("ERROR")
    for result in run_checks(config):
        failed += not result.ok
        click.echo(f"{ok if result.ok else error:<6} {result.name}: {result.detail}")
    if failed:
        click.echo("\n" + _("{n} check(s) failed: please fix as described.").format(n=failed))
        ctx.exit(1)
    click.echo("\n" + _("All good."))


COMMANDS = (notify, digest, check)
