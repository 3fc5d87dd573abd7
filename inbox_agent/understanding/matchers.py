"""The small named matchers that rules in ``rules/*.toml`` are built from.

Mailman style: one idea per class, each with a ``name`` (the key used in TOML), a
``description`` and ``check()``. A matcher is built once when the rules are loaded
(so patterns are compiled once, and a bad one is reported before the first poll) and
then asked ``check(ctx)`` for every mail; it answers ``None`` or the reason it hit, in
plain words for staff.

To add a matcher: subclass ``Matcher``, decorate with ``@register``, parse and
validate the TOML value in ``__init__`` (raise ``ValueError`` with a reason).
"""

from __future__ import annotations

import fnmatch
import re
from abc import ABC, abstractmethod
from typing import Any, ClassVar

from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.text import fold, normalise, phrase_pattern

MATCHERS: dict[str, type[Matcher]] = {}


def register(cls: type[Matcher]) -> type[Matcher]:
    MATCHERS[cls.name] = cls
    return cls


class Matcher(ABC):
    name: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def __init__(self, arg: Any) -> None: ...

    @abstractmethod
    def check(self, ctx: MailContext) -> str | None:
        """The reason this matcher hits ``ctx``, or None."""


# --- helpers for validating TOML values --------------------------------------------


def _strings(arg: Any, what: str) -> tuple[str, ...]:
    """A string or a non-empty list of non-empty strings."""
    if isinstance(arg, str):
        arg = [arg]
    if not isinstance(arg, list) or not arg or not all(isinstance(a, str) and a.strip() for a in arg):
        raise ValueError(f"expects {what}: a text or a list of texts")
    return tuple(a.strip() for a in arg)


def _true(arg: Any) -> None:
    if arg is not True:
        raise ValueError("expects true")


def _regex(pattern: Any) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise ValueError("expects a regular expression as text")
    try:
        return re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    except re.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None


def _table(arg: Any, required: set[str], optional: set[str] = frozenset()) -> dict[str, Any]:
    if not isinstance(arg, dict):
        raise ValueError(f"expects a table with {', '.join(sorted(required))}")
    missing = required - arg.keys()
    unknown = arg.keys() - required - optional
    if missing:
        raise ValueError(f"missing {', '.join(sorted(missing))}")
    if unknown:
        raise ValueError(f"unknown key {', '.join(sorted(unknown))}")
    return arg


def _header_name(arg: Any) -> str:
    if not isinstance(arg, str) or not re.fullmatch(r"[!-9;-~]+", arg):
        raise ValueError(f"bad header name {arg!r}")
    return arg.lower()


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- headers -----------------------------------------------------------------------


@register
class HeaderPresent(Matcher):
    name = "header_present"
    description = "One of these headers is present (any value)."

    def __init__(self, arg: Any) -> None:
        self.names = tuple(_header_name(n) for n in _strings(arg, "header names"))

    def check(self, ctx: MailContext) -> str | None:
        for name in self.names:
            value = ctx.mail.header(name)
            if value is not None:
                return f"header {name}: {_short(value)}"
        return None


@register
class HeaderEquals(Matcher):
    name = "header_equals"
    description = "A header equals one of the given values (case and spaces ignored)."

    def __init__(self, arg: Any) -> None:
        table = _table(arg, {"name", "value"})
        self.header = _header_name(table["name"])
        self.values = frozenset(" ".join(v.lower().split()) for v in _strings(table["value"], "values"))

    def check(self, ctx: MailContext) -> str | None:
        value = ctx.mail.header(self.header)
        if value is not None and " ".join(value.lower().split()) in self.values:
            return f"header {self.header}: {_short(value)}"
        return None


@register
class HeaderRegex(Matcher):
    name = "header_regex"
    description = "A header's value matches a regular expression (case ignored)."

    def __init__(self, arg: Any) -> None:
        table = _table(arg, {"name", "pattern"})
        self.header = _header_name(table["name"])
        self.pattern = _regex(table["pattern"])

    def check(self, ctx: MailContext) -> str | None:
        for key, value in ctx.mail.headers:
            if key == self.header and self.pattern.search(value):
                return f"header {self.header}: {_short(value)}"
        return None


# --- sender ------------------------------------------------------------------------


@register
class SenderLocal(Matcher):
    name = "sender_local"
    description = 'The From address\'s local part is one of these (wildcards: "owner-*").'

    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(p.lower() for p in _strings(arg, "local parts"))

    def check(self, ctx: MailContext) -> str | None:
        local = ctx.sender_local
        if local and any(fnmatch.fnmatchcase(local, p) for p in self.patterns):
            return f"sender {ctx.sender_email}"
        return None


@register
class SenderDomain(Matcher):
    name = "sender_domain"
    description = "The From address is at one of these domains or their subdomains."

    def __init__(self, arg: Any) -> None:
        self.domains = tuple(d.lower().lstrip("@.") for d in _strings(arg, "domains"))

    def check(self, ctx: MailContext) -> str | None:
        domain = ctx.sender_domain
        for wanted in self.domains:
            if domain == wanted or domain.endswith("." + wanted):
                return f"sender domain {domain}"
        return None


@register
class SenderAddress(Matcher):
    name = "sender_address"
    description = "The From address is one of these (case ignored)."

    def __init__(self, arg: Any) -> None:
        self.addresses = frozenset(a.lower() for a in _strings(arg, "addresses"))

    def check(self, ctx: MailContext) -> str | None:
        return f"sender {ctx.sender_email}" if ctx.sender_email in self.addresses else None


@register
class FromUs(Matcher):
    name = "from_us"
    description = "The mail was sent from one of the office's own addresses."

    def __init__(self, arg: Any) -> None:
        _true(arg)

    def check(self, ctx: MailContext) -> str | None:
        return f"sender {ctx.sender_email} is ours" if ctx.sender_email in ctx.own_addresses else None


# --- words -------------------------------------------------------------------------


class _Phrases(Matcher):
    """Phrases with German normalisation; see ``text.phrase_pattern``."""

    where: ClassVar[str]

    def __init__(self, arg: Any) -> None:
        self.phrases = _strings(arg, "phrases")
        sources = []
        for phrase in self.phrases:
            try:
                sources.append(f"(?P<p{len(sources)}>{phrase_pattern(phrase)})")
            except ValueError as exc:
                raise ValueError(str(exc)) from None
        # One alternation per matcher: one regex search per mail, not one per phrase.
        self.pattern = re.compile("|".join(sources))

    def _search(self, normalised: str) -> str | None:
        found = self.pattern.search(normalised)
        if not found:
            return None
        index = int(found.lastgroup[1:])
        return f'{self.where} says "{self.phrases[index]}" ("{_short(found.group(0).strip())}")'


@register
class SubjectPhrase(_Phrases):
    name = "subject_phrase"
    description = "The subject contains one of these phrases (any case, umlauts, inflection)."
    where = "subject"

    def check(self, ctx: MailContext) -> str | None:
        return self._search(ctx.subject_norm)


@register
class BodyPhrase(_Phrases):
    name = "body_phrase"
    description = "What the sender wrote (not quotes, not the signature) contains a phrase."
    where = "text"

    def check(self, ctx: MailContext) -> str | None:
        return self._search(ctx.body_norm)


@register
class Phrase(_Phrases):
    name = "phrase"
    description = "The subject or what the sender wrote contains one of these phrases."
    where = "mail"

    def check(self, ctx: MailContext) -> str | None:
        return self._search(ctx.subject_norm) or self._search(ctx.body_norm)


class _Regex(Matcher):
    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(_regex(p) for p in _strings(arg, "regular expressions"))

    def _search(self, where: str, *texts: str) -> str | None:
        for pattern in self.patterns:
            for text in texts:
                found = pattern.search(text)
                if found:
                    return f'{where} matches /{_short(pattern.pattern, 40)}/ ("{_short(found.group(0))}")'
        return None


@register
class SubjectRegex(_Regex):
    name = "subject_regex"
    description = "The subject matches a regular expression (case ignored; also tried with ä→ae...)."

    def check(self, ctx: MailContext) -> str | None:
        return self._search("subject", ctx.mail.subject or "", ctx.subject_folded)


@register
class BodyRegex(_Regex):
    name = "body_regex"
    description = "What the sender wrote matches a regular expression (also tried folded)."

    def check(self, ctx: MailContext) -> str | None:
        return self._search("text", ctx.body, ctx.body_folded)


_LINKS = re.compile(r"(?:https?://|www\.)\S+|<[^<>\s]+>")
_QUESTION = re.compile(r"[^.!?\n]*(?:\n[^.!?\n]+)*\?")
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
        table = _table(arg, {"except_phrases"})
        phrases = _strings(table["except_phrases"], "phrases")
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
            return f'asks "{_short(sentence, 80)}"'
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
        count = len(ctx.body.split())
        return f"text has only {count} words" if count < self.words else None


# --- structure ---------------------------------------------------------------------


@register
class ContentType(Matcher):
    name = "content_type"
    description = 'The mail\'s own content type is one of these (wildcards: "multipart/*").'

    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(p.lower() for p in _strings(arg, "content types"))

    def check(self, ctx: MailContext) -> str | None:
        kind = (ctx.mail.content_type or "").lower()
        if any(fnmatch.fnmatchcase(kind, p) for p in self.patterns):
            return f"content type {kind}"
        return None


@register
class AttachmentType(Matcher):
    name = "attachment_type"
    description = 'An attachment has one of these content types (wildcards: "message/*").'

    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(p.lower() for p in _strings(arg, "content types"))

    def check(self, ctx: MailContext) -> str | None:
        for attachment in ctx.mail.attachments:
            kind = attachment.content_type.lower()
            if any(fnmatch.fnmatchcase(kind, p) for p in self.patterns):
                return f"attachment {attachment.filename} ({kind})"
        return None


@register
class AttachmentName(Matcher):
    name = "attachment_name"
    description = 'An attachment\'s file name matches (wildcards, case ignored: "*anmeld*.pdf").'

    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(fold(p) for p in _strings(arg, "file name patterns"))

    def check(self, ctx: MailContext) -> str | None:
        for attachment in ctx.mail.attachments:
            name = fold(attachment.filename)
            if any(fnmatch.fnmatchcase(name, p) for p in self.patterns):
                return f"attachment {attachment.filename}"
        return None


@register
class RepliesToUs(Matcher):
    name = "replies_to_us"
    description = "The mail answers a mail we sent (In-Reply-To/References carry our Message-ID)."

    def __init__(self, arg: Any) -> None:
        _true(arg)

    def check(self, ctx: MailContext) -> str | None:
        found = ctx.replies_to_us
        return f"answers our mail {found}" if found else None


# --- what the fields step found ----------------------------------------------------

_FIELD_NAMES = (
    "name", "title", "email", "organization", "member", "persons", "people",
    "invoice_address", "payment_agreement",
)


@register
class FieldPresent(Matcher):
    name = "field_present"
    description = "The mail gives one of these fields (e.g. invoice_address, payment_agreement)."

    def __init__(self, arg: Any) -> None:
        self.names = _strings(arg, "field names")
        for name in self.names:
            if name not in _FIELD_NAMES:
                raise ValueError(f"unknown field {name!r} (known: {', '.join(_FIELD_NAMES)})")

    def check(self, ctx: MailContext) -> str | None:
        for name in self.names:
            value = getattr(ctx.fields, name)
            if value not in (None, (), ""):
                return f"gives {name}"
        return None


@register
class FieldIs(Matcher):
    name = "field_is"
    description = "A yes/no field has this value, e.g. { payment_agreement = true }."

    def __init__(self, arg: Any) -> None:
        table = _table(arg, set(), {"member", "payment_agreement"})
        if not table or not all(isinstance(v, bool) for v in table.values()):
            raise ValueError("expects a table like { payment_agreement = true }")
        self.wanted = tuple(table.items())

    def check(self, ctx: MailContext) -> str | None:
        for name, value in self.wanted:
            if getattr(ctx.fields, name) is not value:
                return None
        return ", ".join(f"{n} is {str(v).lower()}" for n, v in self.wanted)


@register
class FormLines(Matcher):
    name = "form_lines"
    description = 'At least this many filled-in form lines ("Name: ...", "VSOP-Mitglied: ja").'

    def __init__(self, arg: Any) -> None:
        if not isinstance(arg, int) or isinstance(arg, bool) or arg < 1:
            raise ValueError("expects a positive whole number of lines")
        self.minimum = arg

    def check(self, ctx: MailContext) -> str | None:
        if ctx.form_lines >= self.minimum:
            return f"{ctx.form_lines} filled-in form lines"
        return None


@register
class PdfForm(Matcher):
    name = "pdf_form"
    description = "A filled-in registration form came as a PDF attachment."

    def __init__(self, arg: Any) -> None:
        _true(arg)

    def check(self, ctx: MailContext) -> str | None:
        return "filled-in PDF registration form attached" if ctx.pdf_form else None


@register
class Always(Matcher):
    name = "always"
    description = "Always hits: for a last, catch-all rule."

    def __init__(self, arg: Any) -> None:
        _true(arg)

    def check(self, ctx: MailContext) -> str | None:
        return "no earlier rule decided"
