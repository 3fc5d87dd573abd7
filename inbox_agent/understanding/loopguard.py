"""Never answer a machine: RFC 3834, RFC 5230 §4.6 and the practical signals.

These checks are code, not data, on purpose: they keep the office out of mail loops
and must not be switched off by editing a rule file. Each is small and named; every
one that fires is recorded as a rule hit "loop-guard:<name>" so staff can see why a
mail got no automatic answer. The ``kind`` of a signal tells what the mail probably
is: ``auto_reply``, ``bulk`` and ``bounce`` also decide the intent; ``machine`` and
``own`` only forbid the answer.

Out-of-office texts without any header ("Abwesenheitsnotiz", "bin bis ... nicht im
Büro") are phrases, so they live in ``rules/intents.toml`` where staff can add more.

A signal's reason is a ``Reason`` (catalogue text and values): the digest shows it in
the staff language, logs and ``classify`` in English (``Signal.reason``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from inbox_agent.i18n import N_
from inbox_agent.model import Reason
from inbox_agent.understanding.context import MailContext

AUTO_REPLY = "auto_reply"
BULK = "bulk"
BOUNCE = "bounce"
MACHINE = "machine"
OWN = "own"


@dataclass(frozen=True)
class Signal:
    """One reason to believe that no person wrote the mail (or that we did)."""

    name: str
    kind: str
    why: Reason  # plain words for staff, put into their language where shown

    @property
    def reason(self) -> str:
        """The reason in English (rule hits, logs, ``classify``)."""
        return self.why.english()


Test = Callable[[MailContext], tuple[str, Reason] | None]  # -> (kind, why) or None


@dataclass(frozen=True)
class Check:
    name: str
    description: str
    test: Test


CHECKS: list[Check] = []


def check(name: str, description: str) -> Callable[[Test], Test]:
    """Decorator: add ``test`` to ``CHECKS`` under ``name``."""

    def wrap(test: Test) -> Test:
        CHECKS.append(Check(name, description, test))
        return test

    return wrap


def signals(ctx: MailContext) -> list[Signal]:
    """Every loop-guard signal ``ctx`` raises, in the order of ``CHECKS``; their names
    and kinds are kept on ``ctx`` (``machine_signals``: the ``from_machine`` matcher
    asks them of the same mail)."""
    out = []
    for item in CHECKS:
        found = item.test(ctx)
        if found is not None:
            out.append(Signal(item.name, found[0], found[1]))
    ctx.machine_signals = tuple((s.name, s.kind) for s in out)
    return out


def _value(raw: str) -> str:
    """The token of a header value before any parameters or comments, lower case."""
    return re.split(r"[;(\s]", raw.strip().lower(), maxsplit=1)[0]


@check("auto-submitted", "RFC 3834: Auto-Submitted with any value but 'no'.")
def _auto_submitted(ctx: MailContext) -> tuple[str, Reason] | None:
    raw = ctx.mail.header("auto-submitted")
    if raw is None:
        return None
    value = _value(raw)
    if value == "no":
        return None
    # auto-replied, auto-generated, auto-notified: for the office all the same, an
    # automatic message (a bounce or a list mail is recognised as such elsewhere) ...
    if value == "auto-generated" and any(ctx.mail.header(h) is not None for h in _LIST_HEADERS):
        # ... but generated for a list with its unsubscribe link (an app's or a platform's
        # notification, a newsletter): mass mail, not an answer to us (RFC 3834 3.1.7)
        return BULK, Reason.of(N_("Auto-Submitted: {value} with list headers (mass mail, RFC 3834)"),
                               value=raw.strip())
    return AUTO_REPLY, Reason.of(N_("Auto-Submitted: {value} (sent by a program, RFC 3834)"),
                                 value=raw.strip())


_LIST_HEADERS = ("list-id", "list-post", "list-unsubscribe", "list-help", "list-subscribe",
                 "list-owner", "list-archive", "mailing-list", "x-mailing-list")


LIST_CHECK = "list-headers"  # the name of the check that a list or a newsletter sent a mail


@check(LIST_CHECK, "RFC 5230 §4.6: any List-* header (mailing lists, newsletters).")
def _list_headers(ctx: MailContext) -> tuple[str, Reason] | None:
    for name, _ in ctx.mail.headers:
        if name.startswith("list-") or name in _LIST_HEADERS:
            return BULK, Reason.of(N_("{header} header (mailing list or newsletter)"), header=name)
    return None


@check("precedence", "Precedence: bulk, junk, list or auto_reply.")
def _precedence(ctx: MailContext) -> tuple[str, Reason] | None:
    raw = ctx.mail.header("precedence") or ctx.mail.header("x-precedence")
    if raw is None:
        return None
    value = _value(raw)
    if value in ("bulk", "junk", "list"):
        return BULK, Reason.of(N_("Precedence: {value} (mass mail)"), value=value)
    if value in ("auto_reply", "auto-reply", "autoreply"):
        return AUTO_REPLY, Reason.of(N_("Precedence: {value} (automatic answer)"), value=value)
    return None


@check("x-auto-response-suppress", "Microsoft's X-Auto-Response-Suppress (unless 'None').")
def _suppress(ctx: MailContext) -> tuple[str, Reason] | None:
    raw = ctx.mail.header("x-auto-response-suppress")
    if raw is None or _value(raw) in ("", "none"):
        return None
    return MACHINE, Reason.of(
        N_("X-Auto-Response-Suppress: {value} (the sender asks for no automatic answers)"),
        value=raw.strip())


_AUTOREPLY_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply",
                      "x-autoreply-from", "x-mail-autoreply", "x-vacation")


@check("x-autoreply", "X-Autoreply, X-Autorespond and the like.")
def _x_autoreply(ctx: MailContext) -> tuple[str, Reason] | None:
    for name in _AUTOREPLY_HEADERS:
        raw = ctx.mail.header(name)
        if raw is not None and _value(raw) not in ("no", "false", "0"):
            return AUTO_REPLY, Reason.of(N_("{header} header (automatic answer)"), header=name)
    raw = ctx.mail.header("x-autogenerated")
    if raw is not None:
        kind = AUTO_REPLY if _value(raw) == "reply" else MACHINE
        return kind, Reason.of(N_("X-Autogenerated: {value}"), value=raw.strip())
    if ctx.mail.header("x-ms-exchange-inbox-rules-loop") is not None:
        return MACHINE, Reason.of(N_("X-MS-Exchange-Inbox-Rules-Loop (sent by a mailbox rule)"))
    return None


@check("null-return-path", "An empty Return-Path <>: delivery reports and auto-replies.")
def _null_return_path(ctx: MailContext) -> tuple[str, Reason] | None:
    raw = ctx.mail.header("return-path")
    if raw is not None and raw.strip().strip("<>").strip() == "":
        return MACHINE, Reason.of(N_("empty Return-Path <> (a delivery report or automatic message)"))
    return None


_LIST_LOCAL = re.compile(
    r"^(?:listserv|majordomo|mailman|owner-.+|.+-owner|.+-request|.+-bounces?(?:\+.*)?|bounces?(?:[-+.].*)?)$")
_SYSTEM_LOCAL = re.compile(
    r"^(?:mailer[-_]?daemon|postmaster|no[-_.]?reply(?:[-+.].*)?|do[-_.]?not[-_.]?reply"
    r"|mail[-_]?delivery[-_]?(?:subsystem|system)?)$"
)


@check("list-sender", "RFC 5230 §4.6: owner-, -request, -bounces, LISTSERV, majordomo senders.")
def _list_sender(ctx: MailContext) -> tuple[str, Reason] | None:
    local = ctx.sender_local
    if local and _LIST_LOCAL.match(local):
        return BULK, Reason.of(N_("sender {address} is a mailing list's address"),
                               address=ctx.sender_email)
    return None


@check("system-sender", "MAILER-DAEMON, postmaster and noreply senders.")
def _system_sender(ctx: MailContext) -> tuple[str, Reason] | None:
    local = ctx.sender_local
    if local and _SYSTEM_LOCAL.match(local):
        return MACHINE, Reason.of(N_("sender {address} is a system address, not a person"),
                                  address=ctx.sender_email)
    if ctx.mail.sender and fold_name(ctx.mail.sender.name) in ("mail delivery subsystem", "mail delivery system"):
        return MACHINE, Reason.of(N_("sender {name} is a mail server"), name=repr(ctx.mail.sender.name))
    return None


def fold_name(name: str) -> str:
    return " ".join(name.lower().split())


@check("own-address", "Sent from one of the office's own addresses.")
def _own_address(ctx: MailContext) -> tuple[str, Reason] | None:
    if ctx.sender_email and ctx.sender_email in ctx.own_addresses:
        return OWN, Reason.of(N_("sent from our own address {address}"), address=ctx.sender_email)
    return None


@check("own-message-id", "The Message-ID is one of ours: a copy of a mail we sent.")
def _own_message_id(ctx: MailContext) -> tuple[str, Reason] | None:
    if ctx.is_our_message_id(ctx.mail.message_id):
        return OWN, Reason.of(N_("Message-ID {message_id} is ours (a mail we sent)"),
                              message_id=ctx.mail.message_id)
    return None


@check("own-loop", "X-Loop names our own address: the mail went round once already.")
def _own_loop(ctx: MailContext) -> tuple[str, Reason] | None:
    raw = ctx.mail.header("x-loop")
    if raw and any(address in raw.lower() for address in ctx.own_addresses):
        return OWN, Reason.of(N_("X-Loop: {value} (our own mail came back)"), value=raw.strip())
    return None


def _label(domain: str) -> str:
    """A domain's name without its top-level part: "vsop" of "vsop.de"."""
    parts = domain.lower().strip(".").split(".")
    return parts[-2] if len(parts) >= 2 else parts[0]


def _near(one: str, other: str) -> bool:
    """At most one letter changed, added or dropped ("vs0p", "vsopp", "vop")."""
    if abs(len(one) - len(other)) > 1 or one == other:
        return one == other
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other)) == 1
    short, long_ = sorted((one, other), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _lookalike(domain: str, own_domain: str) -> bool:
    """A domain that is not ours (nor below ours) but wears our name: "vsop-tagung-zahlung.example",
    "vs0p.de", "vsop.de.example"."""
    if not domain or domain == own_domain or domain.endswith("." + own_domain):
        return False
    own = _label(own_domain)
    if len(own) < 3:
        return False
    tokens = re.split(r"[.-]", domain.lower())
    return own in tokens or own_domain in domain or _near(_label(domain), own)


@check("own-lookalike", "Poses as the office: our display name or mailbox name on a look-alike of our domain.")
def _own_lookalike(ctx: MailContext) -> tuple[str, Reason] | None:
    sender = ctx.mail.sender
    if sender is None or not ctx.own_domain or not _lookalike(ctx.sender_domain, ctx.own_domain):
        return None
    ours = [a for a in (*ctx.mail.to, *ctx.mail.cc) if a.key in ctx.own_addresses]
    names = {fold_name(a.name) for a in ours if a.name.strip()}
    locals_ = {a.rpartition("@")[0] for a in ctx.own_addresses}
    if fold_name(sender.name) in names or ctx.sender_local in locals_:
        # Phishing dressed as the office ("Ihre Anmeldung wird storniert"): never answered.
        return BULK, Reason.of(N_("sender {address} poses as the office on a look-alike of our domain"),
                               address=ctx.sender_email)
    return None


@check("report", "multipart/report: delivery, read and feedback reports.")
def _report(ctx: MailContext) -> tuple[str, Reason] | None:
    content_type = (ctx.mail.header("content-type") or ctx.mail.content_type or "").lower()
    if not content_type.startswith("multipart/report"):
        return None
    found = re.search(r"report-type\s*=\s*\"?([\w-]+)", content_type)
    report = found.group(1) if found else ""
    if report == "delivery-status" or not report:
        return BOUNCE, Reason.of(N_("multipart/report delivery-status (a delivery report)"))
    return MACHINE, Reason.of(N_("multipart/report {report_type} (an automatic report)"), report_type=report)


_DSN_TYPES = ("message/delivery-status", "message/global-delivery-status")
_REPORT_TYPES = ("message/feedback-report", "message/disposition-notification",
                 "message/global-disposition-notification")


@check("delivery-status-part", "A message/delivery-status part: a delivery report.")
def _delivery_status(ctx: MailContext) -> tuple[str, Reason] | None:
    for kind in _DSN_TYPES:
        if kind in ctx.part_types:
            return BOUNCE, Reason.of(N_("{part_type} part (a delivery report)"), part_type=kind)
    return None


@check("feedback-report", "A message/feedback-report or disposition-notification part.")
def _feedback(ctx: MailContext) -> tuple[str, Reason] | None:
    for kind in _REPORT_TYPES:
        if kind in ctx.part_types:
            return MACHINE, Reason.of(N_("{part_type} part (an automatic report)"), part_type=kind)
    return None


_RECEIPT_TYPES = ("message/disposition-notification", "message/global-disposition-notification")


@check("read-receipt", "A read receipt (MDN, RFC 8098) in any MIME part, also in an attached mail.")
def _read_receipt(ctx: MailContext) -> tuple[str, Reason] | None:
    if "disposition-notification" in ctx.report_types or any(k in ctx.part_types for k in _RECEIPT_TYPES):
        return AUTO_REPLY, Reason.of(N_("a read receipt (disposition notification): sent by a program"))
    return None


@check("nested-delivery-report", "A multipart/report delivery-status inside the mail or an attached mail.")
def _nested_delivery_report(ctx: MailContext) -> tuple[str, Reason] | None:
    if "delivery-status" in ctx.report_types:
        return BOUNCE, Reason.of(N_("multipart/report delivery-status (a delivery report)"))
    return None


# Headers that only mass mailers (newsletter services) write; a person's mail never has them.
_BULK_HEADERS = ("x-csa-complaints", "x-mc-user", "x-mailchimp-campaign", "x-campaign", "x-campaignid",
                 "x-campaign-id", "x-newsletter", "x-newsletter-id", "x-mailjet-campaign", "x-mj-mid",
                 "x-sib-id", "x-mailin-campaign", "x-sg-eid", "x-mailgun-tag", "x-rpcampaign",
                 "x-cr-mailid", "x-cleverreach-id", "x-inxmail-mailing", "x-mailer-sid", "x-ems-stamp",
                 "x-ems-proxy", "x-listmonk-campaign", "x-mautic-id", "x-hs-cid", "x-abuse-reports-to")
_BULK_MAILER = re.compile(
    r"mailchimp|cleverreach|rapidmail|newsletter2go|mailjet|sendinblue|brevo|sendgrid|mailpoet|"
    r"phplist|acymailing|mautic|hubspot|inxmail|evalanche|mailworx|emarsys|campaign ?monitor|"
    r"getresponse|activecampaign|klaviyo|listmonk|sympa|optivo|broadmail|episerver campaign|"
    r"newsletter|mass ?mail|bulk ?mail", re.I)


@check("bulk-mailer", "Headers or an X-Mailer that only mass mailers (newsletter services) write.")
def _bulk_mailer(ctx: MailContext) -> tuple[str, Reason] | None:
    for name, _value in ctx.mail.headers:
        if name in _BULK_HEADERS:
            return BULK, Reason.of(N_("{header} header (sent by a newsletter service)"), header=name)
    mailer = ctx.mail.header("x-mailer") or ""
    if _BULK_MAILER.search(mailer):
        return BULK, Reason.of(N_("X-Mailer: {value} (sent by a newsletter service)"), value=mailer.strip()[:60])
    return None


@check("bulk-envelope", "Sender or Return-Path is a list's or a mass mailer's bounce address.")
def _bulk_envelope(ctx: MailContext) -> tuple[str, Reason] | None:
    for address in ctx.envelope_senders:
        local = address.rpartition("@")[0]
        if local and address != ctx.sender_email and _LIST_LOCAL.match(local):
            return BULK, Reason.of(N_("sent through {address}, a mailing list's or mass mailer's address"),
                                   address=address)
    return None


@check("sent-blind", "The office is not among To and Cc (undisclosed recipients, a distribution list) "
                      "and the mail answers none of ours: mass mail sent blind.")
def _sent_blind(ctx: MailContext) -> tuple[str, Reason] | None:
    # A circular, a call for papers or a parish letter sent from a person's own mailbox
    # to "undisclosed-recipients:;" or a list names no one it is written to; its words
    # ("eine Anmeldung ist nicht nötig") are no wish of the writer's, and nothing in it is
    # answered. (Only where the office's addresses are known, so it can tell.)
    if not (ctx.own_addresses or ctx.own_domain) or ctx.replies_to_us:
        return None
    recipients = [a.key for a in (*ctx.mail.to, *ctx.mail.cc)]
    if any(_ours(ctx, a) for a in recipients):
        return None
    shown = (ctx.mail.header("to") or "").strip()
    return BULK, Reason.of(N_("the office is not among the recipients ({to}): mass mail sent blind"),
                           to=shown[:60] or "-")


def _ours(ctx: MailContext, address: str) -> bool:
    return address in ctx.own_addresses or bool(ctx.own_domain and address.endswith("@" + ctx.own_domain))


_CALENDAR_REPLY = re.compile(rb"^content-type:[ \t]*text/calendar(?:[^\n]|\n[ \t])*?method\s*=\s*\"?reply|^method:reply\b",
                             re.I | re.M)


@check("calendar-reply", "A calendar program's answer to an invitation (text/calendar; method=REPLY).")
def _calendar_reply(ctx: MailContext) -> tuple[str, Reason] | None:
    if "text/calendar" not in ctx.part_types:
        return None
    calendars = [a.data for a in ctx.mail.attachments if a.content_type.lower() == "text/calendar"]
    if any(_CALENDAR_REPLY.search(raw[:65536]) for raw in (*ctx.raw_parts, *calendars)):
        # Accepted, declined or tentative: a program's answer, never an attendance intent.
        # One that answers a mail the office sent is a known attendee's calendar saying
        # so: not answered either, but kept as the sender's mail for staff to see.
        kind = MACHINE if ctx.replies_to_us else AUTO_REPLY
        return kind, Reason.of(N_("a calendar program's answer to an invitation (method=REPLY)"))
    return None


# Helpdesk and ticket systems stamp every mail they send with their own headers; an
# acknowledgement ("a ticket has been created") often has no Auto-Submitted at all.
_TICKET_PREFIXES = ("x-freshdesk-", "x-zendesk-", "x-otrs-", "x-jira-", "x-servicenow-", "x-zammad-",
                    "x-rt-", "x-helpscout-", "x-kayako-", "x-osticket-", "x-znuny-", "x-ticket-")
_TICKET_HEADERS = ("x-ticket-id", "x-ticketid", "x-request-tracker", "x-helpdesk", "x-snow-ticket",
                   "x-ms-ticket")


@check("ticket-system", "Headers a helpdesk or ticket system writes (Freshdesk, Zendesk, OTRS, Jira, ...).")
def _ticket_system(ctx: MailContext) -> tuple[str, Reason] | None:
    for name, _value in ctx.mail.headers:
        if name in _TICKET_HEADERS or name.startswith(_TICKET_PREFIXES):
            return AUTO_REPLY, Reason.of(N_("{header} header (sent by a ticket system)"), header=name)
    return None


# A ticket system's notification ("[Ticket#2025…] Eingangsbestätigung", "[#BR-77310] ...", "Your request
# #73311 has been received", "INC0048213 – Ihre Anfrage wurde erfasst", "[JIRA] (SD-4471)
# Status geändert") carries the ticket's number in the subject and addresses nobody by
# name; a person answering through the same system greets someone ("Sehr geehrter Herr
# Overbeck") or signs for the office ("i. A. Sandra Kuhlmann").
_TICKET_SUBJECT = re.compile(
    r"\[(?:ticket|request|anfrage|vorgang|case)?\s*#\s*(?:[A-Z]{1,6}-)?\d{4,}\]|\b(?:INC|RITM|REQ|SR|CS)\d{5,}\b"
    r"|\([A-Z]{2,6}-\d{2,}\)|\b(?:ticket|request|anfrage|incident|case|vorgang)\s*(?:id\s*|nr\.?\s*)?"
    r"(?:#\s*|:\s*|-\s*)\d{4,}\b", re.I)
_GREETS_SOMEONE = re.compile(
    r"^[ \t]*(?:sehr geehrte[rs]?|liebe[rs]?|hallo|guten (?:tag|morgen|abend)|moin|servus|dear|hi|hello)"
    r"[ \t]+(?:frau|herrn?|mr\.?|ms\.?|mrs\.?)[ \t]+[A-ZÄÖÜ]|^[ \t]*(?:i\.[ \t]*a\.|i\.[ \t]*v\.|im auftrag)[ \t]+[A-ZÄÖÜ]",
    re.I | re.M)


@check("ticket-subject", "A ticket number in the subject of a mail that greets nobody by name (a ticket system's notice).")
def _ticket_subject(ctx: MailContext) -> tuple[str, Reason] | None:
    found = _TICKET_SUBJECT.search(ctx.mail.subject or "")
    if found is None or _GREETS_SOMEONE.search(ctx.body):
        return None
    return AUTO_REPLY, Reason.of(N_("a ticket number in the subject ({number}) and nobody greeted by name: "
                                    "a ticket system's notice"), number=found.group(0))
