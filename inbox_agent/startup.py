"""Imports made without the cyclic garbage collector.

A large import (the commands: ~0.35 s; the invoice renderers: ~0.22 s) makes ~100,000
objects that live as long as the process, and the collector passed over them some 125
times meanwhile (~35 ms and ~15 ms). ``quiet_imports`` holds it off for the import and
then freezes what is there (``gc.freeze``: never walked again; the few hundred cycles an
import leaves behind stay, ~0.1 MB) before it starts it again: unfrozen, the first pass
after would walk them all at once. BENCHMARKS.md, round 15."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def quiet_imports() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


__all__ = ["quiet_imports"]
