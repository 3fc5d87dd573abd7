"""Inline PGP (RFC 4880 §7, "cleartext signatures"): the words without the armour.

A signed mail in a program without PGP/MIME starts with "-----BEGIN PGP SIGNED
MESSAGE-----" and a "Hash:" line, escapes lines that begin with a dash ("- -- "),
and ends with the signature block. The readers want the words the sender wrote, so
``unarmored`` takes the armour off; a mail without it is returned as it is.
"""

from __future__ import annotations

import re

_HEAD = re.compile(r"^-----BEGIN PGP SIGNED MESSAGE-----[ \t]*\r?\n(?:[A-Za-z-]+:[^\n]*\n)*[ \t]*\r?\n", re.M)
_SIGNATURE = re.compile(r"^-----BEGIN PGP SIGNATURE-----.*?(?:^-----END PGP SIGNATURE-----[ \t]*$|\Z)", re.M | re.S)
_DASH_ESCAPE = re.compile(r"^- (?=-)", re.M)


def unarmored(text: str) -> str:
    """``text`` without a cleartext signature's armour (head, dash escapes, signature)."""
    if "-----BEGIN PGP SIGNED MESSAGE-----" not in text:
        return text
    text = _HEAD.sub("", text, count=1)
    text = _SIGNATURE.sub("", text)
    return _DASH_ESCAPE.sub("", text).strip("\n")
