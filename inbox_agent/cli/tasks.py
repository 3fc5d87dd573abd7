"""``inbox-agent tasks``: the office's tasks with their numbers; ``tasks done N``
closes one (``office/tasklist.py`` does the work)."""

from __future__ import annotations

import click

from inbox_agent.cli import context
from inbox_agent.cli.context import by_option, now
from inbox_agent.cli.output import echo_json
from inbox_agent.i18n import _


@click.group(invoke_without_command=True)
@click.option("--all", "everything", is_flag=True, help="Closed tasks too (done, dismissed).")
@click.option("--json", "as_json", is_flag=True, help="As JSON, for scripts.")
@click.pass_context
def tasks(ctx: click.Context, everything: bool, as_json: bool) -> None:
    """The office's tasks (what needs a person), open ones first, with their numbers."""
    if ctx.invoked_subcommand is not None:
        return
    from inbox_agent.office.tasklist import task_rows, tasks_text

    _config, store, rules = context.office(ctx)
    try:
        rows = task_rows(store, everything=everything)
    finally:
        store.close()
    if as_json:
        echo_json(rows)
    else:
        click.echo(tasks_text(rows, rules))


@tasks.command("done")
@click.argument("number")
@click.option("--how", default="", help="What was done (kept with the task).")
@by_option
@click.pass_context
def done(ctx: click.Context, number: str, how: str, by: str | None) -> None:
    """Close task NUMBER: it no longer shows in the digest."""
    from inbox_agent.office.staff import who
    from inbox_agent.office.tasklist import mark_done

    _config, store, _rules = context.office(ctx)
    try:
        closed = mark_done(store, number, who(by), now(), how)
    finally:
        store.close()
    click.echo(_("Task {no} closed.").format(no=closed.get("no")))


COMMANDS = (tasks,)
