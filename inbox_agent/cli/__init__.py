"""The command line: argument parsing and printing only.

``run`` is the ``inbox-agent`` command (and ``python -m inbox_agent``): it imports the
commands without the cyclic garbage collector (``startup.quiet_imports``: ~130 passes,
~35 ms fewer before a ``poll --once`` reads its first mail) and runs them."""

from inbox_agent.startup import quiet_imports


def run() -> None:
    with quiet_imports():
        from inbox_agent.cli.main import run_cli
    run_cli()
