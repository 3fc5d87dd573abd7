"""config.toml -> validated, immutable ``Config`` (the sections in ``config_sections`` and
``events_config``).

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
from pathlib import Path
from typing import Literal

from pydantic import ValidationError, model_validator

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
    check_ids,
    single_setup,
    spread,
)
from inbox_agent.i18n import N_
from inbox_agent.model import Reason
from inbox_agent.config_sections import (  # the plain sections; their names stay importable here
    Announce, Digest, Imap, Invoices, Limits, Notify, OAuth2, Office, Replies, Schedule, Smtp,
    Staff, Storage,
    _Section,
)


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
    staff: Staff = Staff()
    invoices: Invoices = Invoices()
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


Config.model_rebuild()
