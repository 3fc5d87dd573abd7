"""Text from bytes whose charset the sender's program got wrong. The only module that
imports ftfy.

Two ways mail arrives broken: Latin-1 (Windows-1252) bytes declared as UTF-8 or not
declared at all, which decode to replacement characters ("B�rgermeister"), and UTF-8
decoded once too often on its way ("GrÃ¼ÃŸe", "Ãœberweisung"). ``decode`` reads a
part's bytes as declared and falls back to Windows-1252 where UTF-8 cannot be what
was meant; ``repair`` undoes the double decoding once, at parse, with ftfy's
``fix_encoding`` (it only reverses mojibake it is sure of and leaves text alone otherwise).
"""

from __future__ import annotations

import codecs

import ftfy

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
    if not text or text.isascii():
        return text
    return ftfy.fix_encoding(text)
