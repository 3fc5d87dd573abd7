"""The command line: argument parsing and printing only.

``run`` is the ``inbox-agent`` command (and ``python -m inbox_agent``). Importing the
commands imports most of the package and its libraries (~0.35 s before a ``poll --once``
reads its first mail), and the cyclic garbage collector made some 130 passes meanwhile
(~35 ms) over objects that live as long as the process: it is held off while they are
imported, and started again with them frozen (``gc.freeze``: never walked again; the
few hundred cycles the imports leave behind stay, ~0.1 MB). BENCHMARKS.md, round 15."""

import gc


def run() -> None:
    collecting = gc.isenabled()
    gc.disable()
    try:
        from inbox_agent.cli.main import run_cli
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    run_cli()
