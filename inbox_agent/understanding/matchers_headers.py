"""Matchers on the headers and the sender: ``header_present``, ``header_equals``,
``header_regex``, ``sender_local``, ``sender_domain``, ``sender_address``, ``from_us``,
``from_machine``.
"""

from __future__ import annotations

import fnmatch
from typing import Any

from inbox_agent.i18n import N_
from inbox_agent.model import ReasonText
from inbox_agent.understanding import loopguard
from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.matcher_base import (
    Matcher,
    expect_header_name,
    expect_regex,
    expect_strings,
    expect_table,
    expect_true,
    register,
    short,
)

# --- headers -----------------------------------------------------------------------


@register
class HeaderPresent(Matcher):
    name = "header_present"
    description = "One of these headers is present (any value)."

    def __init__(self, arg: Any) -> None:
        self.names = tuple(expect_header_name(n) for n in expect_strings(arg, "header names"))

    def check(self, ctx: MailContext) -> str | None:
        for name in self.names:
            value = ctx.mail.header(name)
            if value is not None:
                return ReasonText.of(N_("header {name}: {value}"), name=name, value=short(value))
        return None


@register
class HeaderEquals(Matcher):
    name = "header_equals"
    description = "A header equals one of the given values (case and spaces ignored)."

    def __init__(self, arg: Any) -> None:
        table = expect_table(arg, {"name", "value"})
        self.header = expect_header_name(table["name"])
        self.values = frozenset(" ".join(v.lower().split()) for v in expect_strings(table["value"], "values"))

    def check(self, ctx: MailContext) -> str | None:
        value = ctx.mail.header(self.header)
        if value is not None and " ".join(value.lower().split()) in self.values:
            return ReasonText.of(N_("header {name}: {value}"), name=self.header, value=short(value))
        return None


@register
class HeaderRegex(Matcher):
    name = "header_regex"
    description = "A header's value matches a regular expression (case ignored)."

    def __init__(self, arg: Any) -> None:
        table = expect_table(arg, {"name", "pattern"})
        self.header = expect_header_name(table["name"])
        self.pattern = expect_regex(table["pattern"])

    def check(self, ctx: MailContext) -> str | None:
        for key, value in ctx.mail.headers:
            if key == self.header and self.pattern.search(value):
                return ReasonText.of(N_("header {name}: {value}"), name=self.header, value=short(value))
        return None


# --- sender ------------------------------------------------------------------------


@register
class SenderLocal(Matcher):
    name = "sender_local"
    description = 'The From address\'s local part is one of these (wildcards: "owner-*").'

    def __init__(self, arg: Any) -> None:
        self.patterns = tuple(p.lower() for p in expect_strings(arg, "local parts"))

    def check(self, ctx: MailContext) -> str | None:
        local = ctx.sender_local
        if local and any(fnmatch.fnmatchcase(local, p) for p in self.patterns):
            return ReasonText.of(N_("sender {address}"), address=ctx.sender_email)
        return None


@register
class SenderDomain(Matcher):
    name = "sender_domain"
    description = "The From address is at one of these domains or their subdomains."

    def __init__(self, arg: Any) -> None:
        self.domains = tuple(d.lower().lstrip("@.") for d in expect_strings(arg, "domains"))

    def check(self, ctx: MailContext) -> str | None:
        domain = ctx.sender_domain
        for wanted in self.domains:
            if domain == wanted or domain.endswith("." + wanted):
                return ReasonText.of(N_("sender domain {domain}"), domain=domain)
        return None


@register
class SenderAddress(Matcher):
    name = "sender_address"
    description = "The From address is one of these (case ignored)."

    def __init__(self, arg: Any) -> None:
        self.addresses = frozenset(a.lower() for a in expect_strings(arg, "addresses"))

    def check(self, ctx: MailContext) -> str | None:
        if ctx.sender_email not in self.addresses:
            return None
        return ReasonText.of(N_("sender {address}"), address=ctx.sender_email)


@register
class FromUs(Matcher):
    name = "from_us"
    description = "The mail was sent from one of the office's own addresses."

    def __init__(self, arg: Any) -> None:
        expect_true(arg)

    def check(self, ctx: MailContext) -> str | None:
        if ctx.sender_email not in ctx.own_addresses:
            return None
        return ReasonText.of(N_("sender {address} is ours"), address=ctx.sender_email)



@register
class FromMachine(Matcher):
    name = "from_machine"
    description = ("The loop guard found that a program sent the mail (noreply, empty Return-Path, "
                   "a report, a list, an automatic answer): never an opt-out or a question.")

    def __init__(self, arg: Any) -> None:
        expect_true(arg)

    def check(self, ctx: MailContext) -> str | None:
        if ctx.machine_signals is None:
            loopguard.signals(ctx)  # keeps them on ctx
        for name, kind in ctx.machine_signals or ():
            if kind != loopguard.OWN:
                return ReasonText.of(N_("sent by a program (loop guard: {check})"), check=name)
        return None
