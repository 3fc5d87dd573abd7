"""Realistic inbox content for the benchmark, made from the labelled mails in tests/mails.

Each generated mail is a copy of one of the 79 hand-made mails, chosen with a fixed mix
(mostly pre-registrations and binding registrations, some questions, out-of-office
replies, bounces and list mail), with a new Message-ID and, for mails written by
people, every address in it made unique (``anna.schmidt@x`` -> ``anna.schmidt.b42@x``):
otherwise 10,000 mails would come from 50 senders and the agent would answer "you are
already registered" instead of doing the work a real burst brings.

Machine mails (auto-replies, bounces, list mail) keep their senders: the loop guard
recognises MAILER-DAEMON, owner- and -request addresses by their names.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

MAILS = Path(__file__).resolve().parents[1] / "tests" / "mails"

# Share of each kind of mail in the generated inbox (prefix of the file names).
MIX: dict[str, float] = {
    "pre": 0.35,  # pre-registrations
    "reg": 0.25,  # binding registrations, many with the PDF form
    "can": 0.04,  # cancellations
    "q": 0.10,  # questions (left for a human)
    "ar": 0.10,  # out-of-office and other auto-replies
    "bnc": 0.06,  # bounces
    "bulk": 0.07,  # mailing lists, newsletters
    "oth": 0.03,  # spam, thanks, invoices
}
HUMAN = frozenset({"pre", "reg", "can", "q", "oth"})

_ADDRESS = re.compile(rb"([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_MESSAGE_ID = re.compile(rb"^Message-I[Dd]:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*",
                         re.IGNORECASE | re.MULTILINE)
_OFFICE_DOMAINS = (b"vsop.de",)


@dataclass(frozen=True)
class Sample:
    """One generated mail: its raw bytes and the corpus file it was made from."""

    source: str
    kind: str
    data: bytes


def _templates() -> dict[str, list[tuple[str, bytes]]]:
    by_kind: dict[str, list[tuple[str, bytes]]] = {}
    for path in sorted(MAILS.glob("*.eml")):
        kind = path.name.split("-", 1)[0]
        by_kind.setdefault(kind, []).append((path.name, path.read_bytes()))
    missing = set(MIX) - set(by_kind)
    if missing:
        raise RuntimeError(f"{MAILS} has no mails of the kinds {sorted(missing)}")
    return by_kind


def _unique_addresses(data: bytes, n: int) -> bytes:
    """Make every non-office address of a person's mail unique to copy ``n``."""

    def swap(match: re.Match[bytes]) -> bytes:
        local, domain = match.group(1), match.group(2)
        if domain.lower().endswith(_OFFICE_DOMAINS) or domain.lower().endswith(b".local"):
            return match.group(0)
        return local + b".b" + str(n).encode() + b"@" + domain

    return _ADDRESS.sub(swap, data)


def _new_message_id(data: bytes, n: int, seed: int) -> bytes:
    header = b"Message-ID: <bench-%d-%d@bench.example>\r\n" % (seed, n)
    replaced, count = _MESSAGE_ID.subn(lambda _m: header, data, count=1)
    if count:
        return replaced
    return header + data


def generate(count: int, seed: int = 1) -> list[Sample]:
    """``count`` mails in the :data:`MIX`, the same for the same ``seed``."""
    rng = random.Random(seed)
    templates = _templates()
    kinds = list(MIX)
    weights = [MIX[k] for k in kinds]
    out = []
    for n in range(count):
        kind = rng.choices(kinds, weights)[0]
        name, data = rng.choice(templates[kind])
        if kind in HUMAN:
            data = _unique_addresses(data, n)
        out.append(Sample(name, kind, _new_message_id(data, n, seed)))
    return out


def describe(samples: list[Sample]) -> str:
    """``pre 35%, reg 25%, ...`` for the report."""
    counts = Counter(s.kind for s in samples)
    total = max(len(samples), 1)
    return ", ".join(f"{k} {100 * counts[k] / total:.0f}%" for k in MIX if counts[k])
