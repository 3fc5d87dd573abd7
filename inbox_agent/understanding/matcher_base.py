"""The base of the matchers (``Matcher``, ``register``, ``MATCHERS``) and the helpers
that read and validate a matcher's TOML value. The matchers themselves are in
``matchers_headers``, ``matchers_words`` and ``matchers_structure``; ``matchers``
loads them all.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import Any, ClassVar

from inbox_agent.understanding.context import MailContext

MATCHERS: dict[str, type[Matcher]] = {}


def register(cls: type[Matcher]) -> type[Matcher]:
    """Class decorator: make ``cls`` usable in rule files under ``cls.name``."""
    MATCHERS[cls.name] = cls
    return cls


class Matcher(ABC):
    """One idea a rule can test; built once from its TOML value, then asked per mail."""

    name: ClassVar[str]  # the key in rule files
    description: ClassVar[str]  # one line: what it tests

    @abstractmethod
    def __init__(self, arg: Any) -> None: ...

    @abstractmethod
    def check(self, ctx: MailContext) -> str | None:
        """The reason this matcher hits ``ctx``, or None."""


# --- helpers for validating TOML values --------------------------------------------


def expect_strings(arg: Any, what: str) -> tuple[str, ...]:
    """A string or a non-empty list of non-empty strings."""
    if isinstance(arg, str):
        arg = [arg]
    if not isinstance(arg, list) or not arg or not all(isinstance(a, str) and a.strip() for a in arg):
        raise ValueError(f"expects {what}: a text or a list of texts")
    return tuple(a.strip() for a in arg)


def expect_true(arg: Any) -> None:
    """A switch-like matcher takes only ``true``."""
    if arg is not True:
        raise ValueError("expects true")


def expect_regex(pattern: Any) -> re.Pattern[str]:
    """A regular expression, compiled case-insensitive and multi-line."""
    if not isinstance(pattern, str) or not pattern:
        raise ValueError("expects a regular expression as text")
    try:
        return re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    except re.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None


def expect_table(arg: Any, required: set[str], optional: set[str] = frozenset()) -> dict[str, Any]:
    """An inline table with the ``required`` keys and perhaps the ``optional`` ones."""
    if not isinstance(arg, dict):
        raise ValueError(f"expects a table with {', '.join(sorted(required))}")
    missing = required - arg.keys()
    unknown = arg.keys() - required - optional
    if missing:
        raise ValueError(f"missing {', '.join(sorted(missing))}")
    if unknown:
        raise ValueError(f"unknown key {', '.join(sorted(unknown))}")
    return arg


def expect_header_name(arg: Any) -> str:
    """A header name (RFC 5322 field name), lower case."""
    if not isinstance(arg, str) or not re.fullmatch(r"[!-9;-~]+", arg):
        raise ValueError(f"bad header name {arg!r}")
    return arg.lower()


def short(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters, for a reason."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

