"""The ``inbox-agent`` command line: a thin layer that parses the arguments, calls the
work in ``app/``, ``office/`` and ``invitations/``, and prints what comes back.

This module holds the click group (``--config``, ``-v``; the log lines as ``logs`` sets
them up, for a terminal or the journal), puts the commands of the sibling modules under
it (``mailwork``, ``attendees``, ``office``, ``invitees``, ``setup``: ``init``) and
turns the errors a person can fix into one line and an exit code (``run_cli``, the
console script). The configuration is loaded by each command (``context.load``), which
also sets the staff language (``[office] language``) for everything it prints.

Only ``cli/`` imports click; it is also the only place that wires the real adapters
together (``bootstrap``); tests wire their own."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import click

from inbox_agent import __version__
from inbox_agent.cli import (adopt, attendees, auth, events, invitees, logs, mailwork, money,
                              office, setup, tasks)
from inbox_agent.cli.output import message_of
from inbox_agent.errors import ConfigError, InboxAgentError, PermanentError, StoreError
from inbox_agent.i18n import _
from inbox_agent.office.staff import StaffError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", default=None,
              type=click.Path(dir_okay=False, path_type=Path),
              help="The configuration file (default: $INBOX_AGENT_CONFIG, else ./config.toml, "
                   "else /etc/inbox-agent/config.toml).")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(__version__, prog_name="inbox-agent")
@click.pass_context
def main(ctx: click.Context, config_path: Path, verbose: int) -> None:
    """inbox-agent works the conference office's inbox: it reads new mail, answers
    registrations, keeps the attendee list and reminds before deadlines."""
    logs.configure(verbose)  # as the journal reads it under systemd (cli/logs.py)
    ctx.obj = {"config_path": config_path}  # None: found by context.load


for _module in (mailwork, attendees, office, invitees, setup, adopt, auth, events, tasks, money):
    for _command in _module.COMMANDS:
        main.add_command(_command)


def run_cli() -> None:
    """Entry point with friendly errors: no tracebacks for problems a person can fix."""
    try:
        _run_cli()
    finally:
        # At exit the interpreter collects every object the command made, walking them
        # all: 0.4-0.6 s after a burst (BENCHMARKS.md, round 9). Frozen, they are left
        # to the operating system. The store is closed and the output written by now;
        # nothing relies on a collection at exit.
        gc.freeze()


def _run_cli() -> None:
    try:
        code = main.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)  # English in every language: tests pin it
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except StaffError as exc:
        _fail(_("Not possible: {error}"), exc, 1)
    except ConfigError as exc:
        _fail(_("Configuration problem: {error}"), exc, 2)
    except StoreError as exc:
        _fail(_("Store problem: {error}"), exc, 3)
    except PermanentError as exc:
        _fail(_("Error: {error}"), exc, 4)
    except InboxAgentError as exc:
        # English in every language: tests pin "temporary".
        _fail("Error (temporary, try again later): {error}", exc, 5)
    sys.exit(code if isinstance(code, int) else 0)


def _fail(template: str, exc: BaseException, code: int) -> None:
    """Say what went wrong (``template`` is already in the staff language), and exit."""
    click.echo(template.format(error=message_of(exc)), err=True)
    sys.exit(code)
