"""The OAuth2 token file: where it is, one writer at a time, written atomically and
readable by the owner only (0600 from the moment it exists). Used by ``mail.oauth``."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from pathlib import Path

from inbox_agent.config import Config
from inbox_agent.errors import PermanentError
from inbox_agent.i18n import N_
from inbox_agent.model import Reason

TOKEN_FILE_NAME = "oauth2-token.json"
AGAIN = "inbox-agent auth login"


class OAuthRefused(PermanentError):
    """The provider refused the sign-in or the token, or there is none yet: signing in
    again (``inbox-agent auth login``) is what helps, not waiting."""


def token_path(config: Config) -> Path:
    """Where the token is kept: ``[oauth2] token_file`` (relative to the config's
    folder), else ``oauth2-token.json`` beside the store."""
    chosen = config.oauth2.token_file if config.oauth2 is not None else None
    if chosen is None:
        return config.storage.path.parent / TOKEN_FILE_NAME
    return chosen if chosen.is_absolute() else config.source.resolve().parent / chosen


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """One refresh at a time (the daemon and ``check`` may connect together)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def save(path: Path, record: dict) -> None:
    """Write the token file atomically, readable by us only (0600 from the start)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        os.fchmod(out.fileno(), 0o600)
        json.dump(record, out, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def load(path: Path) -> dict:
    """The token file's record; OAuthRefused when there is none or it is unreadable."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OAuthRefused(Reason.of(
            N_("not signed in yet: run `{command}` (no token in {path})"),
            command=AGAIN, path=str(path))) from None
    except (OSError, ValueError) as exc:
        raise OAuthRefused(Reason.of(
            N_("the token file {path} cannot be read ({error}): run `{command}` again"),
            path=str(path), error=type(exc).__name__, command=AGAIN)) from None
    return record if isinstance(record, dict) else {}


__all__ = ["AGAIN", "OAuthRefused", "TOKEN_FILE_NAME", "load", "locked", "save", "token_path"]
