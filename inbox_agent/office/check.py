"""``inbox-agent check``: is everything in place before the daemon runs?

Each check gives ``ok`` or what to fix; one failing check does not stop the others
(a wrong SMTP port should not hide a broken template); names and findings are in the
staff language. Checks, in order: the
configuration (already loaded when we get here), the passwords (and where each comes
from), the rules and every template rendered with sample data (the office's own folders
or the shipped defaults), the attachments, the store, the IMAP login and its folders,
the SMTP connection and login.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from inbox_agent.config import Config
from inbox_agent.errors import ConfigError, InboxAgentError
from inbox_agent.i18n import N_, _, ngettext, render
from inbox_agent.model import Reason
from inbox_agent.places import Shipped, shipped


@dataclass(frozen=True)
class CheckResult:
    name: str  # in the staff language ("Vorlagen")
    ok: bool
    detail: str  # what was found, or what to fix


def _message(exc: InboxAgentError) -> str:
    """An error's text in the staff language (its ``Reason`` if it has one)."""
    return render(exc.reason) if exc.reason is not None else str(exc)


def run_checks(config: Config, now: datetime | None = None) -> Iterator[CheckResult]:
    """Every check, one result each (a generator: the terminal shows them as they come)."""
    now = now or datetime.now(timezone.utc)
    yield CheckResult(_("Configuration"), True,
                      _("{source} read, every key valid").format(source=config.source))
    passwords = _passwords(config)
    yield passwords
    yield _guard(_("Rules"), lambda: _rules(config))
    yield from _templates(config, now)
    yield _guard(_("Store"), lambda: _store(config))
    yield _guard(_("Invoices"), lambda: _invoices(config, now))
    if not passwords.ok:
        yield CheckResult("IMAP", False, _("not checked: set the passwords first"))
        yield CheckResult("SMTP", False, _("not checked: set the passwords first"))
        return
    yield _guard("IMAP", lambda: _imap(config))
    yield _guard("SMTP", lambda: _smtp(config))
    if not config.digest.recipients:
        yield CheckResult(_("Daily digest"), True,
                          _("no recipients ([digest] recipients empty): none is sent"))
    else:
        yield CheckResult(_("Daily digest"), True, _("daily at {time} to {recipients}").format(
            time=config.digest.time, recipients=", ".join(config.digest.recipients)))


def _guard(name: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, True, check())
    except InboxAgentError as exc:
        return CheckResult(name, False, _message(exc))
    except Exception as exc:  # a check must report, never crash the others
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}")


def _passwords(config: Config) -> CheckResult:
    """Where each password comes from (a file, an environment variable), or what is wrong."""
    try:
        missing = config.missing_secrets()  # reads the password files: their errors here
    except InboxAgentError as exc:
        return CheckResult(_("Passwords"), False, _message(exc))
    if missing:
        return CheckResult(_("Passwords"), False, _(
            "missing: set the environment variable(s) {names} (export NAME='...')").format(
            names=", ".join(missing)))
    sources = []
    for name in config.password_sections():
        where = config.password_source(name)
        if isinstance(where, Path):
            sources.append(_("{server} from the file {file}").format(
                server=name.upper(), file=where))
        else:
            sources.append(_("{server} from the environment variable {name}").format(
                server=name.upper(), name=where))
    return CheckResult(_("Passwords"), True, "; ".join(sources) or _("none needed"))


def _invoices(config: Config, now: datetime) -> str:
    """What every invoice needs from the config (§ 14 UStG: the issuer's address and tax
    number or VAT id) and a font to set it in; a missing part is said with its key."""
    from inbox_agent.invoices.pdf import font_path

    font = font_path(config.invoices.font)  # ConfigError naming [invoices] font
    inv = config.invoices
    if not inv.issuer_address.strip():
        raise ConfigError(Reason.of(N_(
            "[invoices] issuer_address is empty: every invoice must name the association's "
            "address (street, postcode, city); set it in config.toml")))
    if not (inv.tax_number.strip() or inv.vat_id.strip()):
        raise ConfigError(Reason.of(N_(
            "[invoices] tax_number and vat_id are both empty: every invoice must carry the "
            "Steuernummer or the USt-IdNr.; set one in config.toml")))
    return _("numbers {example}, set in {font}").format(
        example=inv.number.format(year=now.year, seq=1), font=font.name)


def whose(path: Path, name: Shipped) -> str:
    """Whether ``path`` is the office's own folder or the shipped default."""
    if path == shipped(name):
        return _("(shipped default rules)") if name == "rules" else _("(shipped default templates)")
    return _("(own)")


def _rules(config: Config) -> str:
    from inbox_agent.understanding.classify import load_rules

    rules = load_rules(config.replies.rules)
    count = len(getattr(rules, "rules", ()) or ())
    path = f"{config.replies.rules} {whose(config.replies.rules, 'rules')}"
    if not count:
        return _("{path} loaded").format(path=path)
    return ngettext("{path} loaded ({n} rule)", "{path} loaded ({n} rules)", count).format(
        path=path, n=count)


def _store(config: Config) -> str:
    from inbox_agent.store.db import Store

    path = config.storage.path
    if not path.exists():
        return _("{path} does not exist yet; it is made on the first run").format(path=path)
    store = Store(path, lock=False).open(hold=False)
    try:
        people = store.count("attendees")
        running = Store(path).daemon_running()
    finally:
        store.close()
    if running:
        return _("{path}: {n} entries; the daemon is running").format(path=path, n=people)
    return _("{path}: {n} entries").format(path=path, n=people)


def sample_context(config: Config, kind: str, now: datetime) -> dict[str, Any]:
    """The values a template gets, for a made-up attendee (and a made-up digest)."""
    from inbox_agent.invitations.invitees import (
        MAIL_KINDS as INVITEE_KINDS,
    )
    from inbox_agent.invitations.invitees import (
        sample_context as invitee_sample_context,
    )
    from inbox_agent.office.digest import build_digest
    from inbox_agent.outbox.facts import base_context
    from inbox_agent.registrations import Attendee, EventRules, State, build_context

    rules = EventRules.from_config(config)
    sample = Attendee(email="erika.mustermann@example.org", state=State.REGISTERED,
                      name="Erika Mustermann", title="Dr.", organization="Stadt Beispiel",
                      member=True, persons=2, people=("Erika Mustermann", "Max Muster"),
                      fee=Decimal("500"), payment_due=rules.local_date(now) + timedelta(days=14),
                      option_deadline=rules.registration_deadline)
    sample = sample.moved(State.REGISTERED, now, "mail:sample", "sample")
    context = dict(base_context(config, rules))
    context.update(dict(build_context(
        kind, sample, rules, now, [sample], deadline=("registration", rules.registration_deadline),
        missing=("member", "invoice_address"), reminder_step=7, late=False,
        previous_state="registered", circular="sample")))
    if kind in INVITEE_KINDS:
        context.update(invitee_sample_context(kind, rules, now))
    if kind in ("invoice", "payment_received", "confirmation", "payment_reminder"):
        today = rules.local_date(now).isoformat()  # issue 16: the invoice they carry
        context["invoice"] = {"number": "VSOP-2025-0001", "issued": today, "due": today,
                              "total": "500.00", "currency": rules.currency,
                              "xrechnung": True, "kind": "invoice", "cancels": ""}
        context["received"] = {"amount": "250.00", "date": today}
    if kind == "digest":
        context.update(build_digest(messages=[], failures=[], tasks=[], outbox=[],
                                    attendees=[sample], rules=rules, since=None,
                                    now=now).context())
    return context


def _templates(config: Config, now: datetime) -> Iterator[CheckResult]:
    from inbox_agent.outbox.templates import Templates

    try:
        templates = Templates(config.replies.templates)
    except InboxAgentError as exc:
        yield CheckResult(_("Templates"), False, _message(exc))
        return
    from inbox_agent.registrations import MAIL_KINDS

    kinds = templates.kinds()
    names = {k for _, k in kinds}
    from inbox_agent.invitations.invitees import MAIL_KINDS as INVITEE_KINDS

    problems = [_("templates/de/{kind}.txt.j2 is missing").format(kind=k)
                for k in (*MAIL_KINDS, *INVITEE_KINDS, "digest") if k not in names]
    rendered = 0
    for language, kind in kinds:
        try:
            templates.render(kind, language, sample_context(config, kind, now))
            rendered += 1
        except InboxAgentError as exc:
            problems.append(_message(exc))
        except Exception as exc:  # noqa: BLE001 - report any template failure, keep checking
            problems.append(f"{language}/{kind}: {type(exc).__name__}: {exc}")
    if problems:
        for p in problems:
            yield CheckResult(_("Templates"), False, p)
    else:
        yield CheckResult(_("Templates"), True, _(
            "{n} templates rendered with sample data: {path} {whose}").format(
            n=rendered, path=config.replies.templates,
            whose=whose(config.replies.templates, "templates")))
    for kind, paths in config.replies.attachments.items():
        bad = [str(p) for p in paths if not p.is_file()]
        yield CheckResult(_("Attachments {kind}").format(kind=kind), not bad,
                          _("{n} file(s) present").format(n=len(paths)) if not bad else
                          _("missing: {files} (adjust [replies.attachments])").format(
                              files=", ".join(bad)))


def _imap(config: Config) -> str:
    from inbox_agent.errors import ConfigError
    from inbox_agent.mail.mailbox import Mailbox
    from inbox_agent.mail.oauth import login_secret  # the password, or an OAuth2 token

    with Mailbox(config.imap, login_secret(config, "imap")) as box:
        folder = box.select(config.imap.folder)
        sent = box.folder_exists(config.imap.sent_folder)
        if not folder.keywords_allowed:
            raise ConfigError(Reason.of(N_(
                "logged in, but the folder {folder} allows no keywords of its own "
                "({keyword}); check another mailbox or [imap] done_keyword"),
                folder=config.imap.folder, keyword=config.imap.done_keyword))
    account = f"{config.imap.username}@{config.imap.host}:{config.imap.port}" + (
        " (OAuth2)" if config.imap.auth == "oauth2" else "")
    head = _("{account} logged in; {folder}: {n} mail(s)").format(
        account=account, folder=config.imap.folder, n=folder.exists)
    tail = (_("{folder} present") if sent else
            _("{folder} missing yet, it is made when the first mail is sent"))
    return f"{head}; " + tail.format(folder=config.imap.sent_folder)


def _smtp(config: Config) -> str:
    from inbox_agent.mail.oauth import login_secret  # the password, or an OAuth2 token
    from inbox_agent.mail.smtp import SmtpSender

    sender = SmtpSender(config.smtp, login_secret(config, "smtp"))
    try:
        sender.connect()
    finally:
        sender.close()
    server = f"{config.smtp.host}:{config.smtp.port}"
    if config.smtp.username:
        return _("{server} connected as {user}").format(server=server, user=config.smtp.username
                                                         + (" (OAuth2)" if config.smtp.auth == "oauth2" else ""))
    return _("{server} connected (without login)").format(server=server)


__all__ = ["CheckResult", "run_checks", "sample_context"]
