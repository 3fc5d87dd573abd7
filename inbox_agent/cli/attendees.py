"""The attendee list as the office works it: ``status``, ``list``, ``show``, ``export``,
``mark-paid``, ``set-state``, ``note``, ``resend``, ``forget``. What they read and change
is done in ``office/staff.py`` and ``office/export.py``; its texts come from there.

``--event ID`` (``event_option``) names the event a command works on: a configured one,
or one the store still holds (last year's list); without it, the configuration's first
event (``for_event``). ``show`` shows the person's record in every event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from inbox_agent.cli import context
from inbox_agent.cli.context import by_option, now
from inbox_agent.cli.output import echo_json, progress, state_label
from inbox_agent.i18n import _, ngettext
from inbox_agent.registrations import EventRules
from inbox_agent.registrations.events import Events
from inbox_agent.store.events import known_events

_json_option = click.option("--json", "as_json", is_flag=True, help="As JSON, for scripts.")
event_option = click.option("--event", "event", default=None, metavar="ID",
                            help="The event (its id, see `inbox-agent events`); default: the "
                                 "first in config.toml.")


def for_event(ctx: click.Context, event: str | None,
              email: str | None = None) -> tuple[Any, Any, EventRules]:
    """Config, store and the rules of ``event`` (None: the configuration's first, or
    with ``email`` the event of that person's record as ``eventpick.pick`` finds it; an
    event no longer configured: as the store remembers it). Unknown: an error, exit 1."""
    from inbox_agent.office.eventpick import pick
    from inbox_agent.office.retention import all_rules

    config, store, rules = context.office(ctx)
    if not event and email:
        try:
            event = pick(store, email, rules.id)[1]
        except Exception:
            store.close()
            raise
    if not event or event == rules.id:
        return config, store, rules
    known = all_rules(store, Events.from_config(config))
    found = next((r for r in known if r.id == event), None)
    if found is None and event in known_events(store):
        found = replace(rules, id=event, name=event)  # held, its facts not remembered
    if found is None:
        store.close()
        raise click.ClickException(_("unknown event {event}; known are: {known}").format(
            event=event, known=", ".join(r.id for r in known)))
    return config, store, found


def event_names(config: Any, store: Any) -> dict[str, str]:
    """Event id -> name, of every event configured or remembered."""
    from inbox_agent.office.retention import all_rules

    return {r.id: r.name for r in all_rules(store, Events.from_config(config))}


def _read_only_report(ctx: click.Context, as_json: bool, fetch: Callable, render: Callable,
                      event: str | None = None) -> None:
    """Read from the store (never waiting for the daemon), print as text or JSON."""
    config, store, rules = for_event(ctx, event)
    try:
        data = fetch(store, config, rules)
    finally:
        store.close()
    if as_json:
        echo_json(data)
    else:
        click.echo(render(data, rules))


def covered(config: Any, rules: EventRules, event: str | None) -> tuple[EventRules, ...]:
    """The events a command without ``--event`` covers: every open one (not past), or
    the first configured when none is; with ``--event`` just ``rules``, its event."""
    from inbox_agent.office.digest_events import open_events

    return (rules,) if event else open_events(Events.from_config(config), now())


@click.command()
@click.option("--event", "event", default=None, metavar="ID",
              help="Only this event (its id, see `inbox-agent events`); default: every open one.")
@_json_option
@click.pass_context
def status(ctx: click.Context, event: str | None, as_json: bool) -> None:
    """The daemon's last poll, places, deadlines and errors (places and deadlines of
    every open event, or of --event ID)."""
    from inbox_agent.office.reports import status as status_data
    from inbox_agent.office.staff import status_text

    def fetch(store: Any, config: Any, rules: EventRules) -> dict:
        first, *more = covered(config, rules, event)
        return status_data(store, config, first, now(), more)

    _read_only_report(ctx, as_json, fetch, status_text, event)


@click.command("list")
@click.option("--state", "states", default="", metavar="STATE[,STATE]",
              help="Only these states: pending, option, waitlisted, registered, paid, "
                   "cancelled, lapsed.")
@event_option
@_json_option
@click.pass_context
def list_command(ctx: click.Context, states: str, event: str | None, as_json: bool) -> None:
    """The attendee list (of one event: --event ID, default the first in config.toml)."""
    from inbox_agent.office.staff import list_rows, list_text, parse_states

    wanted = parse_states(states) if states.strip() else ()
    _read_only_report(ctx, as_json, lambda store, config, rules: list_rows(store, rules, wanted),
                      lambda rows, rules: list_text(rows, rules.currency), event)


@click.command()
@click.argument("email")
@event_option
@_json_option
@click.pass_context
def show(ctx: click.Context, email: str, event: str | None, as_json: bool) -> None:
    """One attendee with the whole history: states, payments, notes, mails; and their
    record in every other event."""
    from inbox_agent.office.staff import show as show_data
    from inbox_agent.office.staff import show_text

    def fetch(store: Any, config: Any, rules: EventRules) -> dict:
        return show_data(store, email, rules, now(), names=event_names(config, store))

    _read_only_report(ctx, as_json, fetch, show_text, event)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), required=True,
              help="csv (Excel, UTF-8 with BOM, ';') or xlsx.")
@click.option("--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write.")
@click.option("--state", "states", default="", metavar="STATE[,STATE]", help="Only these states.")
@click.option("--event", "event", default=None, metavar="ID",
              help="Only this event (its id, see `inbox-agent events`); default: every open "
                   "one, each row naming its event.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path, states: str, event: str | None) -> None:
    """Write the attendee list to a file for Excel (every open event, or --event ID)."""
    from inbox_agent.office.export import FORMATS
    from inbox_agent.office.staff import list_rows, parse_states

    wanted = parse_states(states) if states.strip() else ()
    config, store, rules = for_event(ctx, event)
    try:
        rows = [row for r in covered(config, rules, event) for row in list_rows(store, r, wanted)]
    finally:
        store.close()
    step, done = progress(len(rows), _("Export"))
    try:
        data = FORMATS[fmt](rows, progress=step)
    finally:
        done()
    tmp = output.with_name(output.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(output)
    except OSError as exc:
        raise click.ClickException(
            _("{path} cannot be written: {error}; choose another path with --output").format(
                path=output, error=exc.strerror or exc))
    click.echo(ngettext("{n} entry written to {path}.", "{n} entries written to {path}.",
                        len(rows)).format(n=len(rows), path=output))


@click.command("mark-paid")
@click.argument("email")
@click.option("--amount", default=None, metavar="AMOUNT",
              help="The amount received (default: what is still open), e.g. 250 or 250,00.")
@click.option("--note", default="", help="E.g. the bank statement's reference.")
@event_option
@by_option
@click.pass_context
def mark_paid_command(ctx: click.Context, email: str, amount: str | None, note: str,
                      event: str | None, by: str | None) -> None:
    """Record a payment; the registration is 'paid' once the fee is covered."""
    from inbox_agent.office.staff import mark_paid, who

    config, store, rules = for_event(ctx, event)
    try:
        a = mark_paid(store, email, amount, who(by), now(), note, event=event or "")
    finally:
        store.close()
    last = a.payments[-1]
    # Amounts as the store keeps them (199.50): what the office has always seen here.
    line = _("{email}: payment of {amount} {currency} recorded (by {by}); state now: {state}").format(
        email=a.email, amount=last.amount, currency=rules.currency, by=last.by,
        state=state_label(a.state.value))
    if a.balance:
        line += _(", {balance} {currency} still open").format(balance=a.balance,
                                                               currency=rules.currency)
    click.echo(line)


@click.command("set-state")
@click.argument("email")
@click.argument("state")
@click.option("--reason", required=True, help="Why (kept in the attendee's history).")
@event_option
@by_option
@click.pass_context
def set_state_command(ctx: click.Context, email: str, state: str, reason: str,
                      event: str | None, by: str | None) -> None:
    """Put an attendee into STATE by hand (e.g. registered, cancelled). Places it frees
    go to the waiting list, and those promoted are told at once."""
    from inbox_agent.office.staff import deliver, set_state, who

    config, store, rules = for_event(ctx, event, email)
    try:
        services = context.sending(config, store)
        change = set_state(store, email, state, reason, who(by), now(), rules, services.outbox)
        click.echo(_("{email}: now {state} (reason: {reason})").format(
            email=change.attendee.email, state=state_label(change.attendee.state.value),
            reason=reason.strip()))
        for promoted in change.promoted:
            click.echo("  " + _("promoted from the waiting list: {email}").format(email=promoted))
        if change.planned:
            report = deliver(store, services)
            for m in report.sent:
                click.echo("  " + _("sent: {kind} to {recipients}").format(
                    kind=m.kind, recipients=", ".join(m.recipients)))
            for mid, why in [*report.deferred, *report.failed]:
                click.echo("  " + _("not sent yet ({why}); the daemon will catch up: {id}").format(
                    why=why, id=mid))
    finally:
        store.close()


@click.command()
@click.argument("email")
@click.argument("text")
@event_option
@by_option
@click.pass_context
def note(ctx: click.Context, email: str, text: str, event: str | None, by: str | None) -> None:
    """Add a note to an attendee."""
    from inbox_agent.office.staff import add_note, who

    config, store, rules = for_event(ctx, event)
    try:
        a = add_note(store, email, text, who(by), now(), event=event or "")
    finally:
        store.close()
    click.echo(_("{email}: note saved ({by}).").format(email=a.email, by=a.notes[-1].by))


@click.command()
@click.argument("email")
@click.argument("kind")
@event_option
@by_option
@click.pass_context
def resend(ctx: click.Context, email: str, kind: str, event: str | None, by: str | None) -> None:
    """Send an attendee mail KIND again (e.g. confirmation, programme), with today's
    facts."""
    from inbox_agent.office.staff import deliver, who
    from inbox_agent.office.staff import resend as plan_again

    config, store, rules = for_event(ctx, event, email)
    try:
        services = context.sending(config, store)
        planned = plan_again(store, email, kind, who(by), now(), rules, services.outbox)
        report = deliver(store, services)
    finally:
        store.close()
    to = planned.to.email
    if any(m.message_id == planned.message_id for m in report.sent):
        click.echo(_("{email}: “{kind}” sent again.").format(email=to, kind=kind))
        return
    why = dict([*report.deferred, *report.failed]).get(planned.message_id, "")
    if why:
        click.echo(_("{email}: “{kind}” is planned but not sent yet ({why}); the daemon will "
                     "try again.").format(email=to, kind=kind, why=why))
    else:
        click.echo(_("{email}: “{kind}” is planned but not sent yet; the daemon will try "
                     "again.").format(email=to, kind=kind))
    if planned.message_id in dict(report.failed):
        ctx.exit(4)


@click.command()
@click.argument("email")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def forget(ctx: click.Context, email: str, yes: bool) -> None:
    """Erase a person's data from the store (GDPR Art. 17); an anonymous count stays."""
    from inbox_agent.office.staff import find
    from inbox_agent.office.staff import forget as erase

    from inbox_agent.registrations import Attendee
    from inbox_agent.store.events import attendee_records

    config, store, rules = context.office(ctx)
    try:
        # The person's record in any event (last year's conference, a workshop), not
        # only the first event's: erasure covers every event.
        records = attendee_records(store, email)
        a = Attendee.from_dict(records[0]) if records else find(store, email)
        if not yes:
            click.confirm(_("Erase all data of {name} <{email}> ({state}, {persons} person(s)) "
                            "for good?").format(name=a.display_name(), email=a.email,
                                                state=state_label(a.state.value),
                                                persons=a.persons), abort=True)
        counts = erase(store, a.email, now())
    finally:
        store.close()
    click.echo(_("{email} erased: the entry, {tasks} task(s); personal details removed from "
                 "{messages} inbound and {outbox} outbound record(s). The mails themselves are "
                 "still in the mailbox: please delete them there by hand.").format(
        email=a.email, tasks=counts["tasks"], messages=counts["messages"],
        outbox=counts["outbox"]))


COMMANDS = (status, list_command, show, export, mark_paid_command, set_state_command, note,
            resend, forget)
