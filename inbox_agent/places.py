"""Where inbox-agent finds its things: the config file, the defaults that ship inside the
package, and the files passwords are read from.

* The config file: ``--config``, else ``$INBOX_AGENT_CONFIG``, else ``./config.toml``,
  else ``/etc/inbox-agent/config.toml`` (``find_config``).
* The shipped defaults (``shipped``): ``rules/``, ``templates/`` (with the sample
  attachments), the commented ``config.toml`` and the systemd unit, as package data in
  ``inbox_agent/defaults/``. In the source checkout that folder holds symbolic links to
  the top-level ``rules/``, ``templates/``, ``config.toml`` and the unit in
  ``contrib/systemd/``: an editable install reads the checkout's files, and a wheel
  carries copies of them (setuptools follows the links; ``pyproject.toml`` lists them
  as package data). The folders stay where the project keeps them.
* A ``password_file``: absolute, or relative to ``$CREDENTIALS_DIRECTORY`` when systemd
  set it (``LoadCredential=``), else to the config's folder (``password_path``); read
  with the trailing newline taken off (``read_password``).
* A cache folder beside the store (the compiled templates, the invoice font's cut):
  this user's own, or not used (``private_folder``).
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path
from typing import Literal

from inbox_agent.errors import ConfigError
from inbox_agent.i18n import N_
from inbox_agent.model import Reason

log = logging.getLogger(__name__)

CONFIG_ENV = "INBOX_AGENT_CONFIG"
LOCAL_CONFIG = Path("config.toml")
SYSTEM_CONFIG = Path("/etc/inbox-agent/config.toml")
CREDENTIALS_ENV = "CREDENTIALS_DIRECTORY"  # set by systemd for LoadCredential=


Shipped = Literal["rules", "templates", "config.toml", "inbox-agent.service"]


def shipped(name: Shipped) -> Path:
    """The default ``name`` that ships inside the package (a folder on disk: the rules
    and templates are read with plain file access, so the package must be installed as
    files, as pip does, not run from a zip)."""
    return Path(str(files("inbox_agent") / "defaults" / name))


def find_config(explicit: Path | None, environ: Mapping[str, str] | None = None,
                cwd: Path | None = None) -> Path:
    """The config file to read. ``explicit`` (``--config``) or ``$INBOX_AGENT_CONFIG`` is
    taken as given (a missing file is then reported by ``load_config``); otherwise the
    first of ``./config.toml`` and ``/etc/inbox-agent/config.toml`` that exists. Raises
    ``ConfigError`` naming all four places when there is none."""
    environ = os.environ if environ is None else environ
    if explicit is not None:
        return explicit
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV])
    local = (cwd or Path.cwd()) / LOCAL_CONFIG
    for candidate in (local, SYSTEM_CONFIG):
        if candidate.is_file():
            return candidate
    raise ConfigError(Reason.of(N_(
        "no configuration found. Looked for: --config PATH, the environment variable "
        "{env}, {local} and {system}. Make one with: inbox-agent init DIR"),
        env=CONFIG_ENV, local=str(local), system=str(SYSTEM_CONFIG)))


def password_path(value: Path, config_dir: Path,
                  environ: Mapping[str, str] | None = None) -> Path:
    """Where a ``password_file`` setting points: absolute as written, else relative to
    ``$CREDENTIALS_DIRECTORY`` when set (inside a systemd service with
    ``LoadCredential=``), else to the config's folder."""
    environ = os.environ if environ is None else environ
    if value.is_absolute():
        return value
    base = environ.get(CREDENTIALS_ENV)
    return (Path(base) if base else config_dir) / value


def read_password(path: Path, key: str) -> str:
    """The password in ``path`` without its trailing newline. ``key`` names the setting
    (``[imap] password_file``) in the ``ConfigError`` for a missing, unreadable or empty
    file; the error never contains the file's content."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(Reason.of(N_("{key}: the file {file} does not exist"),
                                    key=key, file=str(path))) from None
    except (OSError, UnicodeDecodeError) as exc:
        # Never str(exc): a decoding error quotes the file's bytes.
        raise ConfigError(Reason.of(N_("{key}: the file {file} cannot be read ({error})"),
                                    key=key, file=str(path),
                                    error=getattr(exc, "strerror", None) or "not UTF-8")) from None
    password = text.rstrip("\r\n")
    if not password:
        raise ConfigError(Reason.of(N_("{key}: the file {file} is empty"),
                                    key=key, file=str(path)))
    return password


__all__ = ["shipped", "find_config", "password_path", "read_password", "CONFIG_ENV",
           "CREDENTIALS_ENV", "SYSTEM_CONFIG"]


def private_folder(path: Path, unusable: str) -> Path | None:
    """``path``, a cache folder beside the store, made if need be for this user alone;
    None where it cannot be made, or where it is not this user's own or others may write
    to it (another user could put code or a font there): the warning then says what that
    costs (``unusable``) and how to mend it. A cache that cannot be used is no error."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.lstat()
    except OSError as exc:
        log.debug("no cache folder %s (%s)", path, exc)
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
        log.warning("the folder %s is not this user's own (or others may write to it): %s; "
                    "remove the folder and it is made again", path, unusable)
        return None
    return path
