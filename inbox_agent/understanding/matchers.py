"""The small named matchers that rules in ``rules/*.toml`` are built from.

Mailman style: one idea per class, each with a ``name`` (the key used in TOML), a
``description`` and ``check()``. A matcher is built once when the rules are loaded
(so patterns are compiled once, and a bad one is reported before the first poll) and
then asked ``check(ctx)`` for every mail; it answers ``None`` or the reason it hit, in
plain words for staff.

The matchers live in three groups: ``matchers_headers`` (headers, sender),
``matchers_words`` (phrases, regular expressions, questions) and
``matchers_structure`` (content types, attachments, replies, what the fields step
found). Importing this module registers them all in ``MATCHERS``.

To add a matcher: subclass ``Matcher`` in the fitting group, decorate with
``@register``, parse and validate the TOML value in ``__init__`` (raise ``ValueError``
with a reason; the helpers in ``matcher_base`` do most of that).
"""

from __future__ import annotations

# Imported for their @register side effect.
from inbox_agent.understanding import (  # noqa: F401
    matchers_headers,
    matchers_structure,
    matchers_words,
)
from inbox_agent.understanding.matcher_base import MATCHERS, Matcher, register

__all__ = ["MATCHERS", "Matcher", "register"]
