"""Matchers on the words: phrases (``subject_phrase``, ``body_phrase``, ``phrase``),
regular expressions (``subject_regex``, ``body_regex``), ``asks_question`` and
``body_shorter_than``; ``footer_phrase`` and ``footer_regex`` also read the signature and
what follows it (a newsletter's footer). Only what the sender wrote counts, never quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, ClassVar

from inbox_agent.i18n import N_
from inbox_agent.model import Reason, ReasonText
from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.matcher_base import (
    Matcher,
    expect_regex,
    expect_strings,
    expect_table,
    register,
    short,
)
from inbox_agent.understanding.text import PhraseSet, fold, normalise, phrase_pattern, word_count

# --- words -------------------------------------------------------------------------


class _Phrases(Matcher):
    """Phrases with German normalisation; see ``text.phrase_pattern`` and ``PhraseSet``."""

    where: ClassVar[str]

    def __init__(self, arg: Any) -> None:
        self.phrases = expect_strings(arg, "phrases")
        self.found = PhraseSet(self.phrases)

    def _search(self, normalised: str) -> str | None:
        hit = self.found.search(normalised)
        if hit is None:
            return None
        return ReasonText.of(N_('{where} says "{phrase}" ("{found}")'), where=Reason(self.where),
                             phrase=self.phrases[hit[0]], found=short(hit[1]))


@register
class SubjectPhrase(_Phrases):
    name = "subject_phrase"
    description = "The subject contains one of these phrases (any case, umlauts, inflection)."
    where = N_("subject")

    def check(self, ctx: MailContext) -> str | None:
        return self._search(ctx.subject_norm)


@register
class BodyPhrase(_Phrases):
    name = "body_phrase"
    description = "What the sender wrote (not quotes, not the signature) contains a phrase."
    where = N_("text")

    def check(self, ctx: MailContext) -> str | None:
        return self._search(ctx.body_norm)


@register
class Phrase(_Phrases):
    name = "phrase"
    description = "The subject or what the sender wrote contains one of these phrases."
    where = N_("mail")

    def check(self, ctx: MailContext) -> str | None:
        return self._search(ctx.subject_norm) or self._search(ctx.body_norm)


@register
class FooterPhrase(_Phrases):
    name = "footer_phrase"
    description = "What the sender wrote or the signature and footer below it (not quotes) contains a phrase."
    where = N_("text or footer")

    def check(self, ctx: MailContext) -> str | None:
        return self._search(ctx.footer_norm)


# A scoped flag group that may turn IGNORECASE off in part of a pattern ("(?-i:...)").
_FLAGS_OFF = re.compile(r"\(\?[aiLmsux]*-")


class _Regex(Matcher):
    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(expect_regex(p) for p in expect_strings(arg, "regular expressions"))
        # Compiled ignoring case throughout, a pattern reads an ASCII text and its lower
        # case (its fold) alike, character for character: where the text found nothing,
        # the fold finds nothing either and is not searched.
        self.caseless = tuple(_FLAGS_OFF.search(p.pattern) is None for p in self.patterns)
        self.any = _alternation(self.patterns)

    def _search(self, where: str, text: str, folded: str) -> str | None:
        """The reason a pattern matches ``text`` or else ``folded`` (``fold(text)``)."""
        same = text.isascii()  # then ``folded`` is ``text.lower()``
        if self.any is not None and self.any.search(text) is None \
                and ((same and all(self.caseless)) or self.any.search(folded) is None):
            return None  # no pattern matches either text: one search each, not one a pattern
        for pattern, caseless in zip(self.patterns, self.caseless):
            for value in (text, folded) if not (same and caseless) else (text,):
                found = pattern.search(value)
                if found:
                    return ReasonText.of(N_('{where} matches /{pattern}/ ("{found}")'),
                                         where=Reason(where), pattern=short(pattern.pattern, 40),
                                         found=short(found.group(0)))
        return None


# What an alternation of several patterns would read otherwise: a numbered or named
# back-reference, a conditional group (the groups are numbered anew in it).
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _alternation(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """The patterns as one alternation, which finds a match in a text exactly when one
    of them does (at each place, each branch is tried); None for a single pattern, or
    where joining them could change what one means (a back-reference, a global flag)."""
    if len(patterns) < 2 or len({p.flags for p in patterns}) > 1 \
            or any(_GROUP_REFERENCE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:  # a global inline flag, a group name given twice
        return None


@register
class SubjectRegex(_Regex):
    name = "subject_regex"
    description = "The subject matches a regular expression (case ignored; also tried with ä→ae...)."

    def check(self, ctx: MailContext) -> str | None:
        return self._search(N_("subject"), ctx.mail.subject or "", ctx.subject_folded)


@register
class BodyRegex(_Regex):
    name = "body_regex"
    description = "What the sender wrote matches a regular expression (also tried folded)."

    def check(self, ctx: MailContext) -> str | None:
        return self._search(N_("text"), ctx.body, ctx.body_folded)


@register
class FooterRegex(_Regex):
    name = "footer_regex"
    description = "What the sender wrote or the signature and footer below it matches a regular expression."

    def check(self, ctx: MailContext) -> str | None:
        return self._search(N_("text or footer"), ctx.footer, fold(ctx.footer))


_LINKS = re.compile(r"(?:https?://|www\.)\S+|<[^<>\s]+>")
# A sentence ending in "?": from a sentence start (the text's, or after ".", "!", "?" or a
# line break before one of them or an empty line) to its "?". Without the start, a search
# tried every character of a sentence that ends otherwise, each to its end (quadratic:
# 20 ms for 40 lines without a stop); a match can only begin where this lets it (the
# same matches: tests/test_understanding_speed.py).
_QUESTION = re.compile(r"(?:\A|(?<=[.!?])|(?<=\n)(?=[.!?\n]))[^.!?\n]*(?:\n[^.!?\n]+)*\?")
# "..., oder?" after a statement asks for nothing.
_TAG_QUESTION = re.compile(r",\s*(?:oder|nicht|ne|gell|right|isn't it|no)\s*\?$", re.I)


@register
class AsksQuestion(Matcher):
    name = "asks_question"
    description = ("What the sender wrote has a sentence ending in '?', other than tag questions "
                   "(', oder?') and sentences with one of the given phrases (polite requests).")

    def __init__(self, arg: Any) -> None:
        if arg is True:
            self.pattern = None
            return
        table = expect_table(arg, {"except_phrases"})
        phrases = expect_strings(table["except_phrases"], "phrases")
        try:
            self.pattern = re.compile("|".join(f"(?:{phrase_pattern(p)})" for p in phrases))
        except ValueError as exc:
            raise ValueError(str(exc)) from None

    def check(self, ctx: MailContext) -> str | None:
        for found in _QUESTION.finditer(_LINKS.sub(" ", ctx.body)):
            sentence = " ".join(found.group(0).split())
            if len(sentence) < 3 or _TAG_QUESTION.search(sentence):
                continue
            if self.pattern is not None and self.pattern.search(normalise(sentence)):
                continue
            return ReasonText.of(N_('asks "{sentence}"'), sentence=short(sentence, 80))
        return None


@register
class BodyShorterThan(Matcher):
    name = "body_shorter_than"
    description = "What the sender wrote has fewer than this many words."

    def __init__(self, arg: Any) -> None:
        if not isinstance(arg, int) or isinstance(arg, bool) or arg < 1:
            raise ValueError("expects a positive whole number of words")
        self.words = arg

    def check(self, ctx: MailContext) -> str | None:
        count = word_count(ctx.body)
        return _only(count) if count < self.words else None


@lru_cache(maxsize=256)
def _only(count: int) -> ReasonText:
    """The reason of ``body_shorter_than`` for ``count`` words: a dozen rules ask it of
    every mail, and most of them go on to fail on another matcher."""
    return ReasonText.of(N_("text has only {count} words"), count=count)

