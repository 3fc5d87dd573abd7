"""Text from bytes whose charset the sender's program got wrong. The only module that
imports ftfy.

Two ways mail arrives broken: Latin-1 (Windows-1252) bytes declared as UTF-8 or not
declared at all, which decode to replacement characters ("B�rgermeister"), and UTF-8
decoded once too often on its way ("GrÃ¼ÃŸe", "Ãœberweisung"). ``decode`` reads a
part's bytes as declared and falls back to Windows-1252 where UTF-8 cannot be what
was meant; ``repair`` undoes the double decoding once, at parse, with ftfy's
``fix_encoding`` (it only reverses mojibake it is sure of and leaves text alone otherwise).

ftfy is imported, and its test for mojibake taken apart (``_prefilter``), with the first
text that is not ASCII, not with this module: ~85 ms of every command's start that reads
no mail (an empty poll among them). ``prepare`` does it at once (``app/readlane``, before
it forks its worker, so that the two processes share it instead of each doing it).
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from typing import Any

# Charsets that say nothing about 8-bit bytes (or that programs write when they mean
# "whatever my system uses"): their bytes are tried as UTF-8, then as Windows-1252.
_VAGUE = frozenset({"", "us-ascii", "ascii", "utf-8", "utf8", "unknown-8bit", "x-unknown", "iso-8859-1", "latin-1",
                    "latin1", "windows-1252", "cp1252"})


def decode(payload: bytes, declared: str | None) -> str:
    """``payload`` as text: the declared charset if the bytes fit it, else UTF-8, else
    Windows-1252 (the Latin-1 of every office PC); never raises."""
    name = (declared or "").strip().lower()
    if name not in _VAGUE and _known(name):
        return payload.decode(name, "replace")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", "replace")


def _known(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def repair(text: str) -> str:
    """``text`` with UTF-8 decoded as Latin-1 undone ("KÃ¶nigstraÃŸe" -> "Königstraße")."""
    if not text or text.isascii() or not _may_be_mojibake(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def _may_be_mojibake(text: str) -> bool:
    """Whether ftfy's test for mojibake (``badness.is_bad``: its one pattern, an
    alternation of short sequences) finds any in ``text``; where it finds none, ftfy
    returns the text unchanged. Asked a sequence at a time, and only of the sequences
    whose every needed character class the text has a character of: most mail has
    ä, ö, ü or "–" but none of the sequences (0.1 ms a mail for the whole pattern at
    every character; tests/test_parse_speed.py compares both)."""
    sequences, by_character = _prefilter()
    if sequences is None or by_character is None:
        return True
    present = set(text)
    # Only the sequences one of whose classes of non-ASCII characters the text has a
    # character of can match (every sequence has such a class; ``_by_character``).
    found = present.intersection(by_character)
    if not found:
        return False
    candidates = sorted({i for ch in found for i in by_character[ch]})
    return any(all(not chars.isdisjoint(present) for chars in sequences[i][0]) and sequences[i][1].search(text)
               for i in candidates)


def _sequences(pattern: re.Pattern[str]) -> tuple[tuple[tuple[frozenset[str], ...], re.Pattern[str]], ...] | None:
    """Each sequence of ``pattern`` (one alternation) compiled on its own, with the
    classes of characters every match of it holds one of: the elements at its top level
    that are neither optional nor look-arounds (a character, a class without categories
    or negation, or either repeated at least once). Read from the parse tree of the
    ftfy installed; None (the whole pattern asked, as ftfy asks it) if that fails."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]  # the standard library's own

        tree = _parser.parse(pattern.pattern, pattern.flags)
        op, value = tree.data[0]
        if len(tree.data) != 1 or str(op) != "BRANCH":
            return None
        return tuple((tuple(chars for chars in (_chars(str(o), v) for o, v in branch.data) if chars),
                      _compiler.compile(_parser.SubPattern(tree.state, list(branch.data)), pattern.flags))
                     for branch in value[1])
    except Exception:  # another Python's parser, another ftfy: ftfy asked as it comes
        return None


def _chars(op: str, value) -> frozenset[str] | None:
    """The characters one element of a parsed pattern matches, if it must match one."""
    if op == "LITERAL":
        return frozenset(chr(value))
    if op == "IN":
        out: set[str] = set()
        for kind, item in value:
            if str(kind) == "LITERAL":
                out.add(chr(item))
            elif str(kind) == "RANGE" and item[1] - item[0] < 4096:
                out.update(chr(c) for c in range(item[0], item[1] + 1))
            else:  # a category, a negation: any character, as far as this knows
                return None
        return frozenset(out)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and value[0] >= 1 and len(value[2].data) == 1:
        inner_op, inner = value[2].data[0]
        return _chars(str(inner_op), inner)
    return None


def _by_character(sequences) -> dict[str, tuple[int, ...]] | None:
    """For each character, the sequences whose smallest class of non-ASCII characters
    holds it: a text with none of a sequence's class has no match of it. None if a
    sequence has no such class (then ftfy is asked of every text that is not ASCII)."""
    if sequences is None:
        return None
    out: dict[str, list[int]] = {}
    for index, (needed, _pattern) in enumerate(sequences):
        wide = [chars for chars in needed if not any(ch.isascii() for ch in chars)]
        if not wide:
            return None
        for ch in min(wide, key=len):
            out.setdefault(ch, []).append(index)
    return {ch: tuple(at) for ch, at in out.items()}


@cache
def _prefilter() -> tuple[Any, dict[str, tuple[int, ...]] | None]:
    """ftfy's pattern as ``_sequences`` and ``_by_character`` give it: made once."""
    from ftfy.badness import BADNESS_RE

    sequences = _sequences(BADNESS_RE)
    return sequences, _by_character(sequences)


def prepare() -> None:
    """Import ftfy (with what its repair imports) and take its test apart now (see the
    module's docstring)."""
    import ftfy  # noqa: F401  # its fixes and their tables: what ``repair`` needs

    _prefilter()
