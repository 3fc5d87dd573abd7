"""``format=flowed`` text (RFC 3676) unwrapped into the lines its writer typed.

Thunderbird, Apple Mail and many phones send text/plain with ``format=flowed``: a
paragraph is cut into lines of about 72 characters, and every line that goes on in
the next one ends with a space (a "soft" break). Read as plain text, each cut is a
line break the writer never typed, in the middle of a sentence, a name or an
address. ``unflow`` joins them again; a line without the trailing space (a "hard"
break), the signature separator ``-- `` and a change of quote depth end a line.
With ``delsp=yes`` the space before a soft break was added by the sender's program
and is dropped; without it, it is a space between two words and is kept.
Pure: the standard library has no reader for it and needs none.
"""

from __future__ import annotations

import re

_QUOTE = re.compile(r"^>+")
_SIGNATURE = "-- "


def unflow(text: str, delsp: bool = False) -> str:
    """``text`` (a decoded ``format=flowed`` body) with its soft breaks undone; quoted
    lines keep their depth as ``> `` markers at the start of each joined line."""
    out: list[str] = []
    open_depth: int | None = None  # the depth of the line still going on, if one is
    for raw in text.splitlines():
        depth, line = _depth(raw)
        if line.startswith(" "):  # space-stuffed (a line starting with a space, ">", "From ")
            line = line[1:]
        if open_depth is not None and depth == open_depth and line != _SIGNATURE:
            out[-1] += line
        else:
            out.append(line if not depth else ">" * depth + " " + line)
        soft = line.endswith(" ") and line != _SIGNATURE
        if soft and delsp:
            out[-1] = out[-1][:-1]
        open_depth = depth if soft else None
    return "\n".join(out)


def _depth(raw: str) -> tuple[int, str]:
    found = _QUOTE.match(raw)
    depth = len(found.group(0)) if found else 0
    return depth, raw[depth:]


__all__ = ["unflow"]
