"""config.toml -> validated, immutable ``Config``. The only module that imports pydantic.

Every problem is reported before anything touches a server, as
``config.toml: [imap] port: must be a whole number (you wrote 'abc')``.
Relative paths are taken relative to the folder that holds the config file.
Passwords never live in the file: it names the environment variable that holds them,
or the file they are read from (``password_file``, see ``places``). The rules and
templates folders fall back to the shipped defaults when the config's folder has none.
"""

from __future__ import annotations

import os
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from inbox_agent import places
from inbox_agent.errors import ConfigError
from inbox_agent.events_config import (  # the event sections; their names stay importable here
    Deadlines,
    Event,
    EVENT_SECTIONS,
    EventSetup,
    Fees,
    Payment,
    Policy,
    Section,
    check_ids,
    single_setup,
    spread,
)
from inbox_agent.i18n import N_
from inbox_agent.model import Reason

Port = Annotated[int, Field(ge=1, le=65535)]
Security = Literal["tls", "starttls", "none"]
EnvName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
Email = Annotated[str, Field(pattern=r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]


_Section = Section  # the base of every table (events_config holds it for both modules)


class Office(_Section):
    address: Email
    name: str = Field(min_length=1)
    # Further addresses that are ours (aliases, the staff's own): never answered.
    aliases: tuple[Email, ...] = ()
    # The language of what staff read: the digest, the command output, ``check``.
    # Attendee mails follow the sender's language whatever this says.
    language: Literal["de", "en"] = "de"

    @property
    def domain(self) -> str:
        return self.address.rsplit("@", 1)[1].lower()

    @property
    def own_addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in (self.address, *self.aliases))


class Imap(_Section):
    host: str = Field(min_length=1)
    port: Port = 993
    security: Security = "tls"
    username: str = Field(min_length=1)
    password_env: EnvName = "INBOX_AGENT_IMAP_PASSWORD"
    # A file holding the password instead (systemd LoadCredential= / an EnvironmentFile
    # is the alternative); relative to $CREDENTIALS_DIRECTORY when that is set, else to
    # the config's folder. Takes precedence over password_env when given.
    password_file: Path | None = None
    # "password" (LOGIN) or "oauth2" (XOAUTH2 with a token from ``inbox-agent auth login``).
    auth: Literal["password", "oauth2"] = "password"
    folder: str = "INBOX"
    sent_folder: str = "Sent"
    done_keyword: Annotated[str, Field(pattern=r"^\$?[A-Za-z0-9_]+$")] = "$InboxAgentDone"
    batch_size: Annotated[int, Field(ge=1, le=1000)] = 50
    max_message_mb: Annotated[float, Field(gt=0)] = 25
    max_attempts: Annotated[int, Field(ge=1, le=100)] = 3
    timeout_seconds: Annotated[float, Field(gt=0)] = 60
    # Wait for new mail in IMAP IDLE between polls, where the server offers it.
    idle: bool = True
    # Mail that arrived before this moment is adopted as history, never answered. Unset:
    # the moment of the first start on this store (kept in the store).
    answer_since: datetime | None = None


class Smtp(_Section):
    host: str = Field(min_length=1)
    port: Port = 465
    security: Security = "tls"
    username: str = ""
    password_env: EnvName = "INBOX_AGENT_SMTP_PASSWORD"
    password_file: Path | None = None  # as in [imap]
    auth: Literal["password", "oauth2"] = "password"  # as in [imap]
    timeout_seconds: Annotated[float, Field(gt=0)] = 60


class Storage(_Section):
    path: Path = Path("var/inbox-agent.json")


class Schedule(_Section):
    poll_seconds: Annotated[int, Field(ge=10, le=86400)] = 120


class Replies(_Section):
    templates: Path = Path("templates")
    rules: Path = Path("rules")
    # kind of mail -> files attached to it, e.g. programme = ["a.pdf", "b.pdf"]
    attachments: dict[str, tuple[Path, ...]] = Field(default_factory=dict)


class Digest(_Section):
    """The morning digest for the office (``inbox-agent digest``, and the daemon's job)."""

    recipients: tuple[Email, ...] = ()  # empty: no digest is mailed
    time: str = "07:30"  # local time of the event's time zone

    @field_validator("time")
    @classmethod
    def _time_of_day(cls, value: str) -> str:
        import re

        if not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value.strip()):
            raise ValueError('must be a time of day written HH:MM, e.g. "07:30"')
        return value.strip()

    @property
    def hour_minute(self) -> tuple[int, int]:
        hour, minute = self.time.split(":")
        return int(hour), int(minute)


class Notify(_Section):
    """Circulars (``inbox-agent notify``): how fast they go out."""

    per_minute: Annotated[float, Field(gt=0, le=6000)] = 30


class Announce(_Section):
    """The announcement to the invitees (``inbox-agent announce``) and the reminders
    before the pre-registration deadline: how fast they go out, and how to opt out."""

    # Bulk mails (announcement, invitation reminders): at most this many in any 60
    # seconds (as providers count them); ask your provider what it accepts.
    per_minute: Annotated[float, Field(gt=0, le=6000)] = 20
    # RFC 8058 one-click opt-out: an https:// address that records an opt-out when it
    # receives a POST; "{email}" in it is replaced by the reader's address (URL-encoded).
    # Empty: the List-Unsubscribe header offers only a mail to the office.
    unsubscribe_url: str = ""

    @field_validator("unsubscribe_url")
    @classmethod
    def _https(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith("https://"):
            raise ValueError("must start with https:// (RFC 8058), or be empty")
        if any(ch.isspace() or ch in "<>," for ch in value):
            raise ValueError("must not contain spaces, '<', '>' or ','")
        return value


class Limits(_Section):
    """Automatic answers to mail, so a forged sender cannot turn the office into a mail
    bomb aimed at a third party (``limits.py``)."""

    # At most this many automatic answers to one address within per_address_hours; more
    # are not sent but kept for the office (the digest lists them).
    replies_per_address: Annotated[int, Field(ge=1, le=1000)] = 5
    per_address_hours: Annotated[float, Field(gt=0, le=24 * 31)] = 24
    # At most this many automatic answers an hour in all; more wait for the next hour.
    replies_per_hour: Annotated[int, Field(ge=1, le=100_000)] = 200


class Config(_Section):
    office: Office
    imap: Imap
    smtp: Smtp
    storage: Storage = Storage()
    schedule: Schedule = Schedule()
    replies: Replies = Replies()
    event: Event
    fees: Fees = Fees()
    deadlines: Deadlines
    policy: Policy = Policy()
    payment: Payment = Payment()
    digest: Digest = Digest()
    notify: Notify = Notify()
    announce: Announce = Announce()
    limits: Limits = Limits()
    oauth2: "OAuth2 | None" = None  # needed when [imap] or [smtp] auth = "oauth2"
    # The [[event]] tables in file order (``events_config``); empty for a single [event],
    # whose one ``EventSetup`` ``events`` makes from the top-level sections.
    event_tables: tuple[EventSetup, ...] = ()
    source: Path = Path("config.toml")  # set by load_config, not read from the file

    @model_validator(mode="before")
    @classmethod
    def _spread_events(cls, data: object) -> object:
        return spread(data)

    @model_validator(mode="after")
    def _ids_given(self) -> "Config":
        check_ids(self.event_tables)
        return self

    @property
    def events(self) -> tuple[EventSetup, ...]:
        """Every event in file order, each with its sections: the [[event]] tables, or
        the one [event] with the top-level sections (made when asked, so a copy of the
        config with other top-level values, as tests make, has them too)."""
        if self.event_tables:
            return self.event_tables
        return (single_setup(self.event, self.deadlines, self.fees, self.policy, self.payment,
                             self.replies.attachments),)

    def setup(self, event_id: str) -> EventSetup:
        """The event ``event_id`` with its sections; ``KeyError`` if none has that id."""
        for setup in self.events:
            if setup.id == event_id:
                return setup
        raise KeyError(event_id)

    @model_validator(mode="after")
    def _oauth2_wired(self) -> "Config":
        if "oauth2" in (self.imap.auth, self.smtp.auth) and self.oauth2 is None:
            raise ValueError('auth = "oauth2" needs an [oauth2] section (provider, client_id)')
        if self.smtp.auth == "oauth2" and not self.smtp.username:
            raise ValueError('[smtp] auth = "oauth2" needs [smtp] username (the mailbox)')
        return self

    def imap_password(self) -> str:
        return self._password("imap")

    def smtp_password(self) -> str | None:
        if not self.smtp.username:
            return None
        return self._password("smtp")

    def password_sections(self) -> list[Literal["imap", "smtp"]]:
        """The sections that log in with a password (SMTP only with a username)."""
        wanted: list[Literal["imap", "smtp"]] = ["imap"] if self.imap.auth == "password" else []
        if self.smtp.username and self.smtp.auth == "password":
            wanted.append("smtp")
        return wanted

    def password_source(self, name: Literal["imap", "smtp"]) -> Path | str:
        """Where the password of ``[name]`` is read from: its ``password_file`` (the
        ``Path``, see ``places.password_path``) or the environment variable's name."""
        section = self.imap if name == "imap" else self.smtp
        if section.password_file is None:
            return section.password_env
        return places.password_path(section.password_file, self.source.resolve().parent)

    def _password(self, name: Literal["imap", "smtp"]) -> str:
        where = self.password_source(name)
        if isinstance(where, Path):
            return places.read_password(where, f"[{name}] password_file")
        return _secret(where, name.upper())

    def missing_secrets(self) -> list[str]:
        """Environment variables that must be set but are not (checked before any login).
        A ``password_file`` that is missing, unreadable or empty raises ``ConfigError``
        naming the key and the file."""
        missing = []
        for name in self.password_sections():
            where = self.password_source(name)
            if isinstance(where, Path):
                self._password(name)  # read now: its problem stops us before any login
            elif not os.environ.get(where):
                missing.append(where)
        return missing


def _secret(env: str, what: str) -> str:
    value = os.environ.get(env)
    if not value:
        raise ConfigError(
            f"the {what} password is missing: set the environment variable {env} "
            f"(config.toml names it in password_env; passwords never go into the file)"
        )
    return value


_PATH_KEYS = (("storage", "path"), ("replies", "templates"), ("replies", "rules"))


def load_config(path: Path | str) -> Config:
    """Read and validate the config file; raise ``ConfigError`` naming file, key and reason."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(Reason.of(N_(
            "{path}: file not found. Make a commented one with: inbox-agent init DIR "
            "(then pass DIR/config.toml with --config PATH)"), path=str(path))) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    try:
        config = Config.model_validate({**raw, "source": path})
    except ValidationError as exc:
        raise ConfigError(_describe(path, exc, raw)) from None
    return _resolve_paths(config, path.resolve().parent)


def _resolve_paths(config: Config, base: Path) -> Config:
    def absolute(p: Path) -> Path:
        return p if p.is_absolute() else base / p

    templates, rules = absolute(config.replies.templates), absolute(config.replies.rules)
    # The default folders fall back to the shipped defaults when the config's folder has
    # none (a folder named otherwise must exist: a typo is reported, not papered over).
    if config.replies.templates == Path("templates") and not templates.is_dir():
        templates = places.shipped("templates")
    if config.replies.rules == Path("rules") and not rules.is_dir():
        rules = places.shipped("rules")

    def attachment(p: Path) -> Path:
        # "templates/attachments/x.pdf" follows the templates to the shipped ones.
        if not p.is_absolute() and p.parts[:1] == ("templates",) and not (base / p).exists():
            return templates.joinpath(*p.parts[1:])
        return absolute(p)

    def files(attachments: dict[str, tuple[Path, ...]]) -> dict[str, tuple[Path, ...]]:
        return {kind: tuple(attachment(p) for p in paths) for kind, paths in attachments.items()}

    replies = config.replies.model_copy(
        update={"templates": templates, "rules": rules,
                "attachments": files(config.replies.attachments)})
    tables = tuple(s.model_copy(update={"attachments": files(s.attachments)})
                   for s in config.event_tables)
    storage = config.storage.model_copy(update={"path": absolute(config.storage.path)})
    return config.model_copy(update={"replies": replies, "storage": storage,
                                     "event_tables": tables})


def _describe(path: Path, exc: ValidationError, raw: dict | None = None) -> str:
    errors = [e for e in exc.errors() if not _stand_in(e, raw or {})]
    lines = [f"{path}: {len(errors)} problem(s) found, nothing was started:"]
    for error in errors:
        loc = [str(p) for p in error["loc"]]
        if loc[:1] == ["event_tables"] and len(loc) >= 2 and loc[1].isdigit():
            rest = [p for p in loc[2:] if p != "event"] if loc[2:3] == ["event"] else loc[2:]
            where = f"[[event]] {int(loc[1]) + 1}" + (f" {'.'.join(rest)}" if rest else "")
        elif len(loc) >= 2:
            where = f"[{loc[0]}] {'.'.join(loc[1:])}"
        elif loc:
            where = f"[{loc[0]}]"
        else:
            where = "(top level)"
        reason = _reason(error)
        lines.append(f"  - {where}: {reason}")
    return "\n".join(lines)


def _stand_in(error: dict, raw: dict) -> bool:
    """With [[event]], the first event also stands in for [event] (and for a top-level
    section the file leaves out): its problems are reported once, under [[event]] 1."""
    if not isinstance(raw.get("event"), list) or not error["loc"]:
        return False
    head = error["loc"][0]
    return head == "event" or (head in EVENT_SECTIONS and head not in raw)


def _reason(error: dict) -> str:
    kind = error["type"]
    given = error.get("input")
    if kind == "missing":
        return "is required but missing"
    if kind == "extra_forbidden":
        return "is not a known setting (check the spelling against the example config.toml)"
    msg = error["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    if kind in {"model_type", "dict_type"}:
        return f"must be a section/table ({msg})"
    shown = repr(given)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{msg} (you wrote {shown})"


__all__ = ["Config", "load_config", "ConfigError"]


# ------------------------------------------------------------------------- [oauth2]
class OAuth2(_Section):
    """[oauth2]: the sign-in for auth = "oauth2" (``inbox-agent auth login``, then
    XOAUTH2). URLs and scopes left empty take the provider's (``mail/oauth.py``)."""

    provider: Literal["microsoft", "google", "custom"]
    client_id: str = Field(min_length=1)
    client_secret: str = ""  # only for clients registered with one (Google "Desktop app")
    tenant: Annotated[str, Field(pattern=r"^[A-Za-z0-9.-]+$")] = "organizations"
    scopes: tuple[str, ...] = ()
    token_url: str = ""
    device_authorization_url: str = ""  # set: device code (RFC 8628); else the browser
    authorization_url: str = ""
    token_file: Path | None = None  # default: oauth2-token.json beside the store (0600)

    @field_validator("token_url", "device_authorization_url", "authorization_url")
    @classmethod
    def _https(cls, value: str) -> str:
        value = value.strip()
        host = value.split("/")[2].rsplit(":", 1)[0] if value.count("/") >= 2 else ""
        loopback = value.startswith("http://") and host in ("127.0.0.1", "localhost", "[::1]")
        if not value or value.startswith("https://") or loopback:
            return value  # http:// only for a token server on this machine (RFC 8252)
        raise ValueError("must start with https:// (http:// only for 127.0.0.1/localhost)")

    @model_validator(mode="after")
    def _custom(self) -> "OAuth2":
        if self.provider == "custom" and not (
                self.token_url and (self.device_authorization_url or self.authorization_url)):
            raise ValueError('provider = "custom" needs token_url, and device_authorization_url'
                             ' (device code) or authorization_url (browser)')
        return self


Config.model_rebuild()
