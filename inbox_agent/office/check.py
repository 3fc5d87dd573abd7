"""``inbox-agent check``: is everything in place before the daemon runs?

Each check gives ``ok`` or what to fix; one failing check does not stop the others
(a wrong SMTP port should not hide a broken template). Checks, in order: the
configuration (already loaded when we get here), the passwords, the rules, every
template rendered with sample data, the attachments, the store, the IMAP login and its
folders, the SMTP connection and login.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from inbox_agent.config import Config
from inbox_agent.errors import InboxAgentError


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str  # what was found, or what to fix


def run_checks(config: Config, now: datetime | None = None) -> Iterator[CheckResult]:
    """Every check, one result each (a generator: the terminal shows them as they come)."""
    now = now or datetime.now(timezone.utc)
    yield CheckResult("Konfiguration", True, f"{config.source} gelesen, alle Schlüssel gültig")
    missing = config.missing_secrets()
    yield CheckResult(
        "Passwörter", not missing,
        "in der Umgebung gesetzt" if not missing else
        "fehlt: Umgebungsvariable(n) " + ", ".join(missing) + " setzen (export NAME='...')")
    yield _guard("Regeln", lambda: _rules(config))
    templates_ok = True
    for result in _templates(config, now):
        templates_ok &= result.ok
        yield result
    yield _guard("Speicher", lambda: _store(config))
    if missing:
        yield CheckResult("IMAP", False, "nicht geprüft: erst die Passwörter setzen")
        yield CheckResult("SMTP", False, "nicht geprüft: erst die Passwörter setzen")
        return
    yield _guard("IMAP", lambda: _imap(config))
    yield _guard("SMTP", lambda: _smtp(config))
    if not config.digest.recipients:
        yield CheckResult("Tagesübersicht", True,
                          "keine Empfänger ([digest] recipients leer): es wird keine verschickt")
    else:
        yield CheckResult("Tagesübersicht", True,
                          f"täglich um {config.digest.time} an " + ", ".join(config.digest.recipients))


def _guard(name: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, True, check())
    except InboxAgentError as exc:
        return CheckResult(name, False, str(exc))
    except Exception as exc:  # a check must report, never crash the others
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}")


def _rules(config: Config) -> str:
    from inbox_agent.understanding.classify import load_rules

    rules = load_rules(config.replies.rules)
    count = len(getattr(rules, "rules", ()) or ())
    return f"{config.replies.rules} geladen" + (f" ({count} Regeln)" if count else "")


def _store(config: Config) -> str:
    from inbox_agent.store.db import Store

    path = config.storage.path
    if not path.exists():
        return f"{path} gibt es noch nicht; wird beim ersten Lauf angelegt"
    store = Store(path, lock=False).open(hold=False)
    try:
        people = store.count("attendees")
        running = Store(path).daemon_running()
    finally:
        store.close()
    return f"{path}: {people} Einträge" + ("; der Daemon läuft" if running else "")


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
        yield CheckResult("Vorlagen", False, str(exc))
        return
    from inbox_agent.registrations import MAIL_KINDS

    kinds = templates.kinds()
    names = {k for _, k in kinds}
    from inbox_agent.invitations.invitees import MAIL_KINDS as INVITEE_KINDS

    problems = [f"templates/de/{k}.txt.j2 fehlt" for k in (*MAIL_KINDS, *INVITEE_KINDS, "digest")
                if k not in names]
    rendered = 0
    for language, kind in kinds:
        try:
            templates.render(kind, language, sample_context(config, kind, now))
            rendered += 1
        except InboxAgentError as exc:
            problems.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - report any template failure, keep checking
            problems.append(f"{language}/{kind}: {type(exc).__name__}: {exc}")
    if problems:
        for p in problems:
            yield CheckResult("Vorlagen", False, p)
    else:
        yield CheckResult("Vorlagen", True, f"{rendered} Vorlagen mit Beispieldaten erzeugt")
    for kind, paths in config.replies.attachments.items():
        bad = [str(p) for p in paths if not p.is_file()]
        yield CheckResult(f"Anhänge {kind}", not bad,
                          f"{len(paths)} Datei(en) vorhanden" if not bad else
                          "fehlt: " + ", ".join(bad) + " ([replies.attachments] anpassen)")


def _imap(config: Config) -> str:
    from inbox_agent.errors import ConfigError
    from inbox_agent.mail.mailbox import Mailbox

    with Mailbox(config.imap, config.imap_password()) as box:
        folder = box.select(config.imap.folder)
        sent = box.folder_exists(config.imap.sent_folder)
        if not folder.keywords_allowed:
            raise ConfigError(
                f"angemeldet, aber der Ordner {config.imap.folder} erlaubt keine eigenen "
                f"Schlagwörter ({config.imap.done_keyword}); ein anderes Postfach oder "
                f"[imap] done_keyword prüfen")
    return (f"{config.imap.username}@{config.imap.host}:{config.imap.port} angemeldet; "
            f"{config.imap.folder}: {folder.exists} Mail(s); "
            + (f"{config.imap.sent_folder} vorhanden" if sent else
               f"{config.imap.sent_folder} fehlt noch, wird beim ersten Versand angelegt"))


def _smtp(config: Config) -> str:
    from inbox_agent.mail.smtp import SmtpSender

    sender = SmtpSender(config.smtp, config.smtp_password())
    try:
        sender.connect()
    finally:
        sender.close()
    login = f" als {config.smtp.username}" if config.smtp.username else " (ohne Anmeldung)"
    return f"{config.smtp.host}:{config.smtp.port} verbunden{login}"


__all__ = ["CheckResult", "run_checks", "sample_context"]
