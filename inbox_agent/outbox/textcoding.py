"""The transfer encoding of a text part, as the email package chooses and writes it.

``encode_text`` gives what ``email.contentmanager._encode_text(text, "utf-8", None,
SMTP)`` gives (7bit, 8bit, else the shorter of quoted-printable and base64 on a sample
of the first ten lines), but writes each quoted-printable line once per process: the
email package encodes every line in pure Python for each mail (the first ten twice),
and a template's lines recur in every mail of its kind (BENCHMARKS.md, round 12). The
tests hold the two together for any text.
"""

from __future__ import annotations

import binascii
import functools
from collections.abc import Sequence
from email import quoprimime
from email.contentmanager import _encode_base64  # the package's own base64 lines
from email.policy import SMTP

MAXLEN = SMTP.max_line_length
_NL = b"\r\n"


# A template's lines recur in every mail of its kind: a few hundred over all kinds and
# both languages. The rest (names, addresses) come once each; 8,192 of them held
# ~2.3 MB at the end of a burst of 10,000 mails (BENCHMARKS.md, round 19).
@functools.lru_cache(maxsize=2048)
def _qp_line(line: str) -> str:
    """One line (no line break in it) as ``quoprimime.body_encode`` writes it."""
    return quoprimime.body_encode(line, MAXLEN) if line else ""


def _qp(lines: Sequence[bytes]) -> str:
    """``quoprimime.body_encode`` of the lines and a line break after each, line by
    line: it encodes each line on its own (every byte that could break a line but CR
    and LF is quoted first), so a line's encoding is the same in every mail."""
    return "\n".join([_qp_line(line.decode("latin-1")) for line in lines]) + "\n"


def encode_text(text: str) -> tuple[str, str]:
    """The transfer encoding and payload ``email.contentmanager``'s ``_encode_text(text,
    "utf-8", None, SMTP)`` chooses and writes (7bit, 8bit, the shorter of
    quoted-printable and base64 on a sample of the first lines), the quoted-printable
    lines from memory (``_qp``); the tests hold the two together."""
    lines = text.encode("utf-8").splitlines()
    if max((len(x) for x in lines), default=0) <= MAXLEN:
        joined = b"\n".join(lines) + b"\n"
        try:
            return "7bit", joined.decode("ascii")
        except UnicodeDecodeError:
            return "8bit", joined.decode("ascii", "surrogateescape")  # SMTP: cte_type 8bit
    sniff_qp = _qp(lines[:10])
    if len(sniff_qp) > len(binascii.b2a_base64(_NL.join(lines[:10]) + _NL)):
        return "base64", _encode_base64(_NL.join(lines) + _NL, MAXLEN)
    return "quoted-printable", sniff_qp if len(lines) <= 10 else _qp(lines)


__all__ = ["encode_text"]
