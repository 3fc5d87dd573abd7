"""``inbox-agent events``: the events the office runs or ran (open, closed, past,
erased), their dates and counts, and when each one's personal data is erased. Read
only; the erasure itself is the daemon's (``office/retention.py``), on its day."""

from __future__ import annotations

import click

from inbox_agent.cli import context
from inbox_agent.cli.context import now
from inbox_agent.cli.output import echo_json


@click.command()
@click.option("--json", "as_json", is_flag=True, help="As JSON, for scripts (erase_on, would_erase).")
@click.pass_context
def events(ctx: click.Context, as_json: bool) -> None:
    """Every event with its state (open, closed, past, erased), dates, counts and the
    day its personal data is erased; for a past event what that erasure takes."""
    from inbox_agent.office.events_report import events_json, events_text
    from inbox_agent.office.retention import overview
    from inbox_agent.registrations.events import Events

    config, store, _rules = context.office(ctx)
    try:
        views = overview(store, Events.from_config(config), now())
    finally:
        store.close()
    if as_json:
        echo_json(events_json(views))
    else:
        click.echo(events_text(views))


COMMANDS = (events,)
