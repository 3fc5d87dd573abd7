"""The invitee list and the announcement: ``invitees import|list|remove|opt-out|link|
unlink`` and ``announce``. The work is in ``invitations/campaign.py`` and
``invitations/invitees.py``; the list's and the announcement's texts come from there."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.cli import context
from inbox_agent.cli.context import invitee_store, now
from inbox_agent.cli.output import echo_preview, mail_preview, message_of
from inbox_agent.config import Config
from inbox_agent.i18n import N_, _
from inbox_agent.model import Reason
from inbox_agent.services import Services
from inbox_agent.store.db import Store


@click.group()
def invitees() -> None:
    """The invitee list: who the conference is announced to (members, last year's
    attendees), and where each of them stands."""


@invitees.command("import")
@click.argument("file", required=False,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--from-event", "from_event", default=None, metavar="ID",
              help="Instead of a file: the attendees of the event ID (e.g. last year's "
                   "conference; see `inbox-agent events`).")
@click.option("--states", default="registered,paid", metavar="STATE[,STATE]",
              help="With --from-event: the attendees in these states (default registered,paid).")
@click.option("--dry-run", is_flag=True, help="Show what would change; save nothing.")
@click.pass_context
def invitees_import(ctx: click.Context, file: Path | None, from_event: str | None, states: str,
                    dry_run: bool) -> None:
    """Add or update invitees from a CSV file (as Excel saves it: Name;E-Mail;
    Organisation;Mitglied), or from an event's attendees (--from-event ID). Invalid rows
    are reported and skipped; the same file twice changes nothing; opt-outs stay."""
    from inbox_agent.invitations import campaign
    from inbox_agent.invitations.invitees import InviteeFileError

    if (file is None) == (from_event is None):
        raise click.UsageError(_("give a FILE or --from-event ID (one of them)"))
    config = context.load(ctx)
    store = invitee_store(config, dry_run=dry_run)
    try:
        with store.exclusive(timeout=60):
            if from_event is not None:
                text = _import_event(config, store, from_event, states, dry_run)
            else:
                text = campaign.import_text(campaign.import_file(store, file, now()),
                                            dry_run=dry_run)
            store.commit()  # one write: nothing is half-imported
    except InviteeFileError as exc:
        raise click.ClickException(message_of(exc)) from None
    finally:
        store.close()
    click.echo(text)


def _import_event(config: Config, store: Store, event: str, states: str, dry_run: bool) -> str:
    """``import --from-event``: the event must be one the configuration or the store knows."""
    from inbox_agent.invitations.fromevent import event_import_text, import_event
    from inbox_agent.office.staff import parse_states
    from inbox_agent.store.events import known_events

    known = list(dict.fromkeys([*(s.id for s in config.events), *known_events(store)]))
    if event not in known:
        raise click.ClickException(_("unknown event {event}; known are: {known}").format(
            event=event, known=", ".join(known)))
    outcome = import_event(store, event, now(), parse_states(states))
    return event_import_text(outcome, dry_run=dry_run)


@invitees.command("list")
@click.option("--json", "as_json", is_flag=True, help="As JSON, for scripts.")
@click.pass_context
def invitees_list(ctx: click.Context, as_json: bool) -> None:
    """Every invitee and where they stand, and the announcement's reach."""
    import json

    from inbox_agent.invitations import campaign
    from inbox_agent.registrations import EventRules

    config = context.load(ctx)
    rules = EventRules.from_config(config)
    store = invitee_store(config, dry_run=True)
    try:
        found = campaign.current_standings(store, rules, config.deadlines.pre_registration_reminder_days)
        reach = campaign.reach(store, rules, now())
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps({"invitees": [campaign.standing_row(s) for s in found],
                               "reach": reach.as_dict()}, ensure_ascii=False, indent=2))
    else:
        click.echo(campaign.list_text(found, reach if found else None))


def _invitee_change(ctx: click.Context, change: Callable[[Store], str]) -> None:
    """Run ``change`` on the store under its lock, save, print what it says."""
    from inbox_agent.invitations.invitees import InviteeFileError

    store = invitee_store(context.load(ctx))
    try:
        with store.exclusive(timeout=60):
            message = change(store)
            store.commit()
    except InviteeFileError as exc:
        raise click.ClickException(message_of(exc)) from None
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
            raise InviteeFileError(Reason.of(N_(
                "{email} is not on the invitee list; nothing was changed. "
                "`inbox-agent invitees list` shows every address."), email=email))
        return _("{email} is no longer on the invitee list.").format(email=email.strip().lower())

    _invitee_change(ctx, change)


@invitees.command("opt-out")
@click.argument("email")
@click.pass_context
def invitees_opt_out(ctx: click.Context, email: str) -> None:
    """Record by hand that EMAIL wants no more announcements, reminders or circulars
    (e.g. said so on the phone). Kept for good."""
    from inbox_agent.invitations import campaign

    def change(store: Store) -> str:
        address = email.strip().lower()
        if not campaign.opt_out(store, email, now()):
            return _("{email} had opted out already; nothing changed.").format(email=address)
        return _("{email} has opted out: no more invitations, reminders or circulars (mails "
                 "about a registration of their own still go out).").format(email=address)

    _invitee_change(ctx, change)


@invitees.command("link")
@click.argument("invitee")
@click.argument("attendee")
@click.pass_context
def invitees_link(ctx: click.Context, invitee: str, attendee: str) -> None:
    """Confirm that ATTENDEE (an address on the attendee list) is the invitee INVITEE."""
    from inbox_agent.invitations import campaign

    def change(store: Store) -> str:
        campaign.link(store, invitee, attendee, now())
        return _("Confirmed: {invitee} registered as {attendee}.").format(
            invitee=invitee.strip().lower(), attendee=attendee.strip().lower())

    _invitee_change(ctx, change)


@invitees.command("unlink")
@click.argument("invitee")
@click.pass_context
def invitees_unlink(ctx: click.Context, invitee: str) -> None:
    """Undo a match: INVITEE is not the person who pre-registered from the other address
    (reminders go to INVITEE again, if still due)."""
    from inbox_agent.invitations import campaign

    def change(store: Store) -> str:
        campaign.unlink(store, invitee, now())
        return _("Match of {invitee} undone; it will not be matched automatically "
                 "again.").format(invitee=invitee.strip().lower())

    _invitee_change(ctx, change)


@click.command()
@click.option("--dry-run", is_flag=True, help="Show who would get it and the mail; send and save nothing.")
@click.option("--yes", is_flag=True, help="Do not ask before sending.")
@click.pass_context
def announce(ctx: click.Context, dry_run: bool, yes: bool) -> None:
    """Send the announcement to every invitee who has not had it (not to those who
    opted out, bounced or pre-registered already), at [announce] per_minute; each at
    most once, even if interrupted and run again."""
    from inbox_agent.invitations import campaign

    config = context.load(ctx)
    store = invitee_store(config, dry_run=dry_run)
    try:
        if dry_run:
            services = bootstrap(config, dry_run=True, store=store,
                                 open_mailbox=context.not_connected,
                                 open_sender=context.not_connected)
        else:
            services = bootstrap(config, store=store)
        if not _plan_and_ask(services, dry_run=dry_run, yes=yes):
            return
        report = campaign.announce(services, progress=_sent_so_far())
    finally:
        store.close()
    click.echo(campaign.announce_result_text(report))


def _plan_and_ask(services: Services, *, dry_run: bool, yes: bool) -> bool:
    """Show who gets the announcement and the first mail; a dry run renders every mail
    and stops there. Asks before sending (unless ``yes``). True: go ahead and send."""
    from inbox_agent.invitations import campaign

    at = services.clock.now()
    planned = campaign.plan(services, at)
    click.echo(campaign.announce_preview_text(planned))
    if planned.planned:
        first = services.outbox.compose(planned.planned[0], at)
        echo_preview(planned.planned[0].to.email, mail_preview(first.data))
    if dry_run:
        for mail in planned.planned:
            message = services.outbox.compose(mail, at)  # every one renders
            click.echo(_("would send: {email} ({id})").format(email=mail.to.email,
                                                              id=message.message_id))
        click.echo(_("Dry run: nothing sent, nothing saved."))
        return False
    waiting = sum(1 for e in services.store.all("outbox")
                  if e["kind"] == "announcement" and e["status"] == "planned")
    if not planned.planned and not waiting:
        if planned.deadline_passed:
            raise click.ClickException(_(
                "The pre-registration deadline has passed; the invitation asks for a "
                "pre-registration by then. Nothing sent. (The deadline is in config.toml under "
                "[deadlines] pre_registration.)"))
        click.echo(_("Nothing to send."))
        return False
    if not yes:
        click.confirm(_("Send the invitation to {n} recipient(s) ({rate:g} a minute)?").format(
            n=len(planned.planned) + waiting, rate=services.config.announce.per_minute),
            abort=True)
    return True


def _sent_so_far() -> Callable[[int, int], None]:
    """Progress of the sending: every tenth mail and the last (every one on a terminal)."""
    shown = {"at": -1}

    def show(done: int, of: int) -> None:
        if done != shown["at"] and (done == of or done % 10 == 0 or sys.stdout.isatty()):
            click.echo("  " + _("{done}/{total} sent").format(done=done, total=of))
            shown["at"] = done

    return show


COMMANDS = (invitees, announce)
