"""Matchers on the mail's structure and on what the fields step found:
``content_type``, ``attachment_type``, ``attachment_name``, ``replies_to_us``,
``field_present``, ``field_is``, ``form_lines``, ``pdf_form`` and ``always``.
"""

from __future__ import annotations

import fnmatch
from typing import Any

from inbox_agent.i18n import N_
from inbox_agent.model import Reason, ReasonText
from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.matcher_base import (
    Matcher,
    expect_strings,
    expect_table,
    expect_true,
    register,
)
from inbox_agent.understanding.text import fold

# --- structure ---------------------------------------------------------------------


@register
class ContentType(Matcher):
    name = "content_type"
    description = 'The mail\'s own content type is one of these (wildcards: "multipart/*").'

    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(p.lower() for p in expect_strings(arg, "content types"))

    def check(self, ctx: MailContext) -> str | None:
        kind = (ctx.mail.content_type or "").lower()
        if any(fnmatch.fnmatchcase(kind, p) for p in self.patterns):
            return ReasonText.of(N_("content type {kind}"), kind=kind)
        return None


@register
class AttachmentType(Matcher):
    name = "attachment_type"
    description = 'An attachment has one of these content types (wildcards: "message/*").'

    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(p.lower() for p in expect_strings(arg, "content types"))

    def check(self, ctx: MailContext) -> str | None:
        for attachment in ctx.mail.attachments:
            kind = attachment.content_type.lower()
            if any(fnmatch.fnmatchcase(kind, p) for p in self.patterns):
                return ReasonText.of(N_("attachment {name} ({kind})"), name=attachment.filename, kind=kind)
        return None


@register
class AttachmentName(Matcher):
    name = "attachment_name"
    description = 'An attachment\'s file name matches (wildcards, case ignored: "*anmeld*.pdf").'

    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(fold(p) for p in expect_strings(arg, "file name patterns"))

    def check(self, ctx: MailContext) -> str | None:
        for attachment in ctx.mail.attachments:
            name = fold(attachment.filename)
            if any(fnmatch.fnmatchcase(name, p) for p in self.patterns):
                return ReasonText.of(N_("attachment {name}"), name=attachment.filename)
        return None


@register
class RepliesToUs(Matcher):
    name = "replies_to_us"
    description = "The mail answers a mail we sent (In-Reply-To/References carry our Message-ID)."

    def __init__(self, arg: Any) -> None:
        expect_true(arg)

    def check(self, ctx: MailContext) -> str | None:
        found = ctx.replies_to_us
        return ReasonText.of(N_("answers our mail {found}"), found=found) if found else None


# --- what the fields step found ----------------------------------------------------

_FIELD_NAMES = (
    "name", "title", "email", "organization", "member", "persons", "people",
    "invoice_address", "payment_agreement",
)


def _field(ctx: MailContext, name: str) -> object:
    """``ctx.fields``'s ``name``; a context that reads the fields a step at a time
    (``classify``'s) answers some of them before reading all (its ``field``)."""
    early = getattr(ctx, "field", None)
    return early(name) if early is not None else getattr(ctx.fields, name)


@register
class FieldPresent(Matcher):
    name = "field_present"
    description = "The mail gives one of these fields (e.g. invoice_address, payment_agreement)."

    def __init__(self, arg: Any) -> None:
        self.names = expect_strings(arg, "field names")
        for name in self.names:
            if name not in _FIELD_NAMES:
                raise ValueError(f"unknown field {name!r} (known: {', '.join(_FIELD_NAMES)})")

    def check(self, ctx: MailContext) -> str | None:
        for name in self.names:
            value = _field(ctx, name)
            if value not in (None, (), ""):
                return ReasonText.of(N_("gives {field}"), field=name)
        return None


@register
class FieldIs(Matcher):
    name = "field_is"
    description = "A yes/no field has this value, e.g. { payment_agreement = true }."

    def __init__(self, arg: Any) -> None:
        table = expect_table(arg, set(), {"member", "payment_agreement"})
        if not table or not all(isinstance(v, bool) for v in table.values()):
            raise ValueError("expects a table like { payment_agreement = true }")
        self.wanted = tuple(table.items())

    def check(self, ctx: MailContext) -> str | None:
        for name, value in self.wanted:
            if _field(ctx, name) is not value:
                return None
        said = None
        for name, value in reversed(self.wanted):
            one = Reason.of(N_("{field} is {value}"), field=name, value=str(value).lower())
            said = one if said is None else Reason.of(N_("{first}, {rest}"), first=one, rest=said)
        return ReasonText(said)


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
            return ReasonText.of(N_("{n} filled-in form lines"), n=ctx.form_lines)
        return None


@register
class PdfForm(Matcher):
    name = "pdf_form"
    description = "A filled-in registration form came as a PDF attachment."

    def __init__(self, arg: Any) -> None:
        expect_true(arg)

    def check(self, ctx: MailContext) -> str | None:
        return ReasonText.of(N_("filled-in PDF registration form attached")) if ctx.pdf_form else None


@register
class Always(Matcher):
    name = "always"
    description = "Always hits: for a last, catch-all rule."

    def __init__(self, arg: Any) -> None:
        expect_true(arg)

    def check(self, ctx: MailContext) -> str | None:
        return ReasonText.of(N_("no earlier rule decided"))
