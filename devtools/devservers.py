"""Real mail servers for tests and demos: Dovecot for IMAP, aiosmtpd for SMTP.

DESIGN.md asks for real servers at the edges of the tests: the app's IMAP and SMTP code
must be exercised against servers that speak the protocols for real, not against
mocks that only repeat our own assumptions. This module starts them on loopback ports:

* :class:`Dovecot` runs the Debian ``dovecot`` binary as a private instance (its own
  config, sockets, logs and maildirs in a temporary folder; the system service is never
  touched) with one password file per user, so users can be added while it runs.
* :class:`SmtpSink` runs an aiosmtpd server that records every accepted message and can
  be told to refuse the next commands (4xx/5xx) to exercise retry and bounce handling.
* ``imap_append`` / ``imap_list`` / ``imap_search_header`` put mail into and read mail out
  of a mailbox with the *standard library's* ``imaplib``. They deliberately do not use
  imapclient: the app's own imapclient wrapper (``inbox_agent.mail.mailbox``) is what the
  tests check, so the checking side must be independent of it.

This is the only module that imports aiosmtpd (a test dependency); it is imported
lazily so that :class:`Dovecot` and the IMAP helpers work without it.
"""

from __future__ import annotations

import atexit
import collections
import email
import email.policy
import grp
import imaplib
import os
import pwd
import re
import secrets
import shutil
import socket
import stat
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Callable, Iterable, NamedTuple, Sequence

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    from aiosmtpd.controller import Controller

__all__ = [
    "DOVECOT_INSTALL_HINT",
    "Dovecot",
    "DovecotMissingError",
    "ImapAccount",
    "ImapMessage",
    "OAuthServer",
    "Received",
    "SmtpSink",
    "find_dovecot",
    "free_port",
    "imap_append",
    "imap_list",
    "imap_search_header",
]

LOCALHOST = "127.0.0.1"

DOVECOT_INSTALL_HINT = (
    "Dovecot is not installed. Install it with: sudo apt-get install -y dovecot-imapd "
    "(Debian/Ubuntu), or run scripts/setup"
)

# Debian installs the binary here, outside an ordinary user's PATH.
_SBIN_DOVECOT = "/usr/sbin/dovecot"

# Dovecot writes its unix sockets below base_dir; sun_path holds only 108 bytes, and
# the longest socket name Dovecot uses there is about 30 characters.
_MAX_BASE_DIR_LEN = 75


# --------------------------------------------------------------------------- helpers


def free_port(host: str = LOCALHOST) -> int:
    """Return a TCP port on *host* that is free right now.

    There is a small race (another process may take it before our server binds it);
    the servers below retry with a new port when binding fails on first start.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    """True if something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _tail(path: Path, lines: int = 30) -> str:
    """The last *lines* lines of a log file, or a note that it does not exist."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return f"({path} does not exist)"
    return "\n".join(text.splitlines()[-lines:]) or f"({path} is empty)"


# --------------------------------------------------------------------------- Dovecot


class DovecotMissingError(RuntimeError):
    """The ``dovecot`` binary is not installed; ``str()`` says how to install it."""


def find_dovecot() -> str:
    """Path of the ``dovecot`` binary, looked up in PATH and in /usr/sbin.

    /usr/sbin is checked explicitly because it is often missing from an ordinary user's
    PATH on Debian, where the package puts the binary.
    """
    found = shutil.which("dovecot")
    if found:
        return found
    candidate = Path(_SBIN_DOVECOT)
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    raise DovecotMissingError(DOVECOT_INSTALL_HINT)


def _world_traversable(path: Path) -> bool:
    """True if every folder from / down to *path* may be entered by any user.

    When we run as root, Dovecot's mail processes run as the ``dovecot`` user and must
    reach the temporary folder (pytest's own tmp_path under /tmp/pytest-of-root is 0700,
    and so may be $TMPDIR).
    """
    path = path.resolve()
    for folder in (path, *path.parents):
        try:
            if not os.stat(folder).st_mode & stat.S_IXOTH:
                return False
        except OSError:
            return False
    return True


_USERNAME_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+=?^_`{|}~.@-]+$")


class Dovecot:
    """A private Dovecot IMAP server on 127.0.0.1, for tests and demos.

    Use as a context manager (``with Dovecot() as d: d.add_user(...)``). The server
    listens on a free loopback port (``host``/``port``), speaks plain IMAP (no TLS),
    accepts PLAIN/LOGIN authentication and stores mail as maildirs. Each user gets an
    ``INBOX`` and a ``Sent`` mailbox (special-use ``\\Sent``, auto-subscribed).

    :meth:`stop` and :meth:`start` (or :meth:`restart`) keep the mail and the port, so
    outage tests can take the server away and bring it back. Leaving the context
    manager stops the server and removes the temporary folder (unless *workdir* was
    given by the caller, which then owns it).
    """

    host: str = LOCALHOST

    def __init__(
        self,
        port: int | None = None,
        workdir: Path | str | None = None,
        startup_timeout: float = 15.0,
        oauth2_introspection_url: str | None = None,
    ) -> None:
        """Prepare (but do not start) a server.

        :param port: fixed port to listen on; by default a free one is chosen at start.
        :param workdir: folder for config, sockets, logs and mail; by default a new
            temporary folder that is removed on exit.
        :param startup_timeout: seconds to wait for the ``* OK`` greeting.
        :param oauth2_introspection_url: also accept XOAUTH2/OAUTHBEARER logins, with
            Dovecot's oauth2 passdb asking this RFC 7662 endpoint (``introspection_mode
            = post``; e.g. :class:`OAuthServer`'s ``introspection_url``) whether a token
            is active and whose it is (``username``). Passwords keep working.
        """
        self.oauth2_introspection_url = oauth2_introspection_url
        self._requested_port = port
        self.port: int = port or 0
        self._own_workdir = workdir is None
        self._workdir: Path | None = Path(workdir) if workdir is not None else None
        self.startup_timeout = startup_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        # Our greeting carries this token, so a readiness check can tell our server
        # from another one already listening on the same port.
        self._token = secrets.token_hex(6)

    # -- paths ---------------------------------------------------------------------

    @property
    def workdir(self) -> Path:
        """The folder holding config, sockets, logs, password files and mail."""
        if self._workdir is None:
            raise RuntimeError("Dovecot has not been started yet")
        return self._workdir

    @property
    def config_path(self) -> Path:
        return self.workdir / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        """Dovecot's own log (logins, errors); its tail is part of every start error."""
        return self.workdir / "dovecot.log"

    @property
    def users_dir(self) -> Path:
        """One passwd-file per user (see :meth:`add_user` for why not one file)."""
        return self.workdir / "users.d"

    @property
    def mail_dir(self) -> Path:
        return self.workdir / "mail"

    def log_tail(self, lines: int = 30) -> str:
        """The end of Dovecot's log and of its stderr, for error messages."""
        return (
            f"--- {self.log_path} ---\n{_tail(self.log_path, lines)}\n"
            f"--- dovecot stderr ---\n{_tail(self.workdir / 'dovecot.stderr', lines)}"
        )

    # -- lifecycle -----------------------------------------------------------------

    def __enter__(self) -> Dovecot:
        try:
            self.start()
        except BaseException:
            self.close()  # __exit__ will not run: remove the temporary folder now
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def is_running(self) -> bool:
        """True while our Dovecot master process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        """Start the server and wait until it greets with ``* OK``.

        The first start picks a free port (retrying if another process grabs it);
        later starts reuse that port and the same mail, which is what outage tests need.
        Raises :class:`DovecotMissingError` if Dovecot is not installed and
        ``RuntimeError`` (with the tail of Dovecot's log) if it does not come up.
        """
        with self._lock:
            if self.is_running():
                return
            binary = find_dovecot()
            self._prepare_workdir()
            attempts = 1 if self.port else 3
            for attempt in range(attempts):
                if not self.port:
                    self.port = free_port(self.host)
                try:
                    if _port_open(self.host, self.port):
                        raise _PortTaken()  # someone else listens there already
                    self._write_config()
                    self._launch(binary)
                    return
                except _PortTaken:
                    if attempt == attempts - 1 or self._requested_port:
                        raise RuntimeError(
                            f"Dovecot could not bind {self.host}:{self.port}: "
                            "Address already in use\n" + self.log_tail()
                        ) from None
                    self.port = 0  # pick another free port and try again

    def stop(self, timeout: float = 15.0) -> None:
        """Stop the server, keep its mail; return once the port no longer answers.

        Sends SIGTERM to the master process (whose pid is also in master.pid); the
        master takes its imap and login processes down with it. Dovecot can take a
        second or more to exit, so we wait for the process and then for the port.
        """
        with self._lock:
            proc, self._proc = self._proc, None
            if proc is None:
                return
            atexit.unregister(self._stop_at_exit)
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
            # Children may still hold the listening socket for a moment after the
            # master is gone; a restart on the same port must not race them.
            deadline = time.monotonic() + timeout
            while self._token.encode() in (self._greets() or b""):
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"Dovecot's port {self.port} still open {timeout}s after stop\n"
                        + self.log_tail()
                    )
                time.sleep(0.05)

    def restart(self) -> None:
        """Stop and start again on the same port with the same users and mail."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop the server and remove the temporary folder if we created it."""
        try:
            self.stop()
        finally:
            # Even if stopping went wrong, do not leave temp folders behind.
            if self._own_workdir and self._workdir is not None:
                shutil.rmtree(self._workdir, ignore_errors=True)
                self._workdir = None
                self.port = self._requested_port or 0

    def _stop_at_exit(self) -> None:
        # Safety net for scripts that forget the context manager: never leave a
        # stray Dovecot running after the interpreter exits.
        try:
            self.close()
        except Exception:  # noqa: BLE001 - nothing sensible to do at exit
            pass

    # -- users ---------------------------------------------------------------------

    def add_user(self, username: str, password: str) -> None:
        """Create a mail user; it can log in immediately, no restart needed.

        Each user gets its own passwd-file ``users.d/<username>`` (the passdb path
        contains ``%u``). Why not append to one shared file: Dovecot does re-read a
        changed passwd-file, but it checks the file at most once per second, so a
        login right after an append often failed (seen with Dovecot 2.3.19: every
        second new user was refused). A file that Dovecot has never opened is read on
        first use, so per-user files make new users visible at once.

        Usernames are stored lower-case because Dovecot's default
        ``auth_username_format = %Lu`` lower-cases the login name before the lookup.
        Re-adding an existing user is refused: a changed password could stay
        invisible for a second, for the same reason as above.
        """
        if not _USERNAME_RE.match(username) or username.startswith("."):
            raise ValueError(f"unsupported username for the test server: {username!r}")
        if any(c in password for c in ":\r\n\0"):
            raise ValueError("password must not contain ':' or line breaks")
        users_dir = self.users_dir
        if not users_dir.is_dir():
            raise RuntimeError("Dovecot has not been started yet")
        name = username.lower()
        target = users_dir / name
        if target.exists():
            raise ValueError(f"user {name!r} already exists")
        # Write-then-rename so Dovecot never reads a half-written line.
        tmp = users_dir / f".{name}.tmp"
        tmp.write_text(f"{name}:{{PLAIN}}{password}\n", encoding="utf-8")
        tmp.chmod(0o644)  # the auth process runs as the dovecot user when we are root
        tmp.replace(target)

    def create_account(self, username: str, password: str) -> ImapAccount:
        """:meth:`add_user` and return an :class:`ImapAccount` for it."""
        self.add_user(username, password)
        return ImapAccount(self.host, self.port, username, password)

    # -- internals -----------------------------------------------------------------

    def _prepare_workdir(self) -> None:
        """Create the folder layout once; later starts reuse it (and its mail)."""
        running_as_root = os.geteuid() == 0
        if self._workdir is None:
            parent = Path(tempfile.gettempdir())
            if running_as_root and not _world_traversable(parent):
                parent = Path("/tmp")
            self._workdir = Path(tempfile.mkdtemp(prefix="inbox-agent-dovecot-", dir=parent))
        workdir = self._workdir
        workdir.mkdir(parents=True, exist_ok=True)
        workdir.chmod(0o755)
        if running_as_root and not _world_traversable(workdir):
            raise RuntimeError(
                f"{workdir} is not reachable by the dovecot user (a parent folder lacks "
                "o+x); choose a workdir under /tmp"
            )
        if len(str(workdir / "run")) > _MAX_BASE_DIR_LEN:
            raise RuntimeError(
                f"{workdir} is too long for Dovecot's unix sockets; use a shorter TMPDIR"
            )
        for sub in ("run", "state", "users.d", "mail", "home"):
            (workdir / sub).mkdir(exist_ok=True)
            (workdir / sub).chmod(0o755)
        if running_as_root:
            # Mail processes run as the dovecot user (Dovecot refuses uid 0), so they
            # must own the folders they create maildirs and homes in.
            dovecot_user = self._dovecot_account()
            for sub in ("mail", "home"):
                os.chown(workdir / sub, dovecot_user.pw_uid, dovecot_user.pw_gid)

    @staticmethod
    def _dovecot_account() -> pwd.struct_passwd:
        try:
            return pwd.getpwnam("dovecot")
        except KeyError:
            raise RuntimeError(
                "the 'dovecot' system user is missing; reinstall dovecot-core"
            ) from None

    def _write_config(self) -> None:
        w = self.workdir
        if os.geteuid() == 0:
            # The known-good root setup from DESIGN.md: Dovecot's own unprivileged
            # users for login and internal processes, mail owned by 'dovecot'.
            identity = ""
            userdb_ids = "uid=dovecot gid=dovecot"
            chroot = ""
        else:
            # Unprivileged: every process runs as us; chroot needs root, so it is off.
            # The internal group matters too: Dovecot chowns some sockets to it.
            me = pwd.getpwuid(os.geteuid()).pw_name
            my_group = grp.getgrgid(os.getegid()).gr_name
            identity = (
                f"default_internal_user = {me}\ndefault_login_user = {me}\n"
                f"default_internal_group = {my_group}\n"
            )
            userdb_ids = f"uid={os.geteuid()} gid={os.getegid()}"
            chroot = "  chroot =\n"
        oauth2_mechanisms, oauth2_passdb = self._oauth2_config()
        config = f"""\
# Written by devtools.devservers for one private test instance.
protocols = imap
listen = {self.host}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth2_mechanisms}
{identity}base_dir = {w}/run
state_dir = {w}/state
log_path = {self.log_path}
auth_verbose = yes
login_greeting = inbox-agent test IMAP {self._token} ready.
# Tests log in with wrong passwords on purpose; Dovecot's failure delay and its
# per-IP penalty (up to 15 s for *every* later login from 127.0.0.1) would make the
# rest of the suite crawl. Disabling the penalty socket is Dovecot's documented switch.
auth_failure_delay = 0
mail_location = maildir:{w}/mail/%u
# The dovecot user's uid is below the default first_valid_uid of 500.
first_valid_uid = 1
mail_max_userip_connections = 100
{oauth2_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {w}/users.d/%u
}}
userdb {{
  driver = static
  args = {userdb_ids} home={w}/home/%u
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
{chroot}  inet_listener imap {{
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
{chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""
        self.config_path.write_text(config, encoding="utf-8")
        self.config_path.chmod(0o644)

    def _oauth2_config(self) -> tuple[str, str]:
        """The XOAUTH2 part of the config: Dovecot's oauth2 passdb, which POSTs the
        token to the introspection endpoint and accepts it when the answer says
        ``"active": true`` with the login's user in ``username``. Tried first and only
        for the OAuth mechanisms; password logins go on to the passwd-file."""
        if not self.oauth2_introspection_url:
            return "", ""
        args = self.workdir / "dovecot-oauth2.conf.ext"
        args.write_text(
            f"introspection_mode = post\nintrospection_url = {self.oauth2_introspection_url}\n"
            "force_introspection = yes\nusername_attribute = username\n"
            "active_attribute = active\nactive_value = true\n", encoding="utf-8")
        args.chmod(0o644)
        passdb = f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {args}\n}}\n"
        return " xoauth2 oauthbearer", passdb

    def _launch(self, binary: str) -> None:
        """Run ``dovecot -F`` and wait for the greeting; raise with the log on failure."""
        stderr_path = self.workdir / "dovecot.stderr"
        with open(stderr_path, "ab") as stderr:
            # -F keeps the master in the foreground, so the Popen pid *is* the master
            # pid and an early crash (bad config, port taken) is seen as an exit code.
            # A new session keeps a Ctrl-C in the terminal from reaching Dovecot
            # directly; our teardown stops it in order instead.
            proc = subprocess.Popen(
                [binary, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                start_new_session=True,
            )
        self._proc = proc
        atexit.register(self._stop_at_exit)
        deadline = time.monotonic() + self.startup_timeout
        last_error = "no connection attempt yet"
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self._proc = None
                atexit.unregister(self._stop_at_exit)
                log = self.log_tail()
                if "Address already in use" in log:
                    raise _PortTaken()
                raise RuntimeError(
                    f"Dovecot exited with code {proc.returncode} during start-up\n{log}"
                )
            greeting = self._greets()
            if greeting is None:
                last_error = "no answer on the port"
            elif greeting.startswith(b"* OK") and self._token.encode() in greeting:
                return
            else:
                last_error = f"unexpected greeting {greeting[:80]!r}"
            time.sleep(0.05)
        self._proc = None
        atexit.unregister(self._stop_at_exit)
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        raise RuntimeError(
            f"Dovecot did not greet on {self.host}:{self.port} within "
            f"{self.startup_timeout}s ({last_error})\n{self.log_tail()}"
        )


    def _greets(self) -> bytes | None:
        """The first line the server on our port sends, or None if nobody answers."""
        try:
            with socket.create_connection((self.host, self.port), timeout=2) as s:
                s.settimeout(2)
                return s.recv(1024)
        except OSError:
            return None


class _PortTaken(Exception):
    """Internal: Dovecot could not bind the port we picked; pick another."""


# --------------------------------------------------------------------------- imaplib


class ImapMessage(NamedTuple):
    """One message as read back by :func:`imap_list`: ``(uid, flags, data)``."""

    uid: int
    flags: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        """The message parsed with the standard library (modern policy)."""
        msg = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


def _quote(text: str) -> str:
    """An IMAP quoted string (imaplib sends command arguments as they are)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Imap:
    """A logged-in ``imaplib.IMAP4`` that logs out on exit."""

    def __init__(self, host: str, port: int, user: str, password: str) -> None:
        self.conn = imaplib.IMAP4(host, port, timeout=10)
        try:
            self.conn.login(user, password)
        except BaseException:
            self.conn.shutdown()
            raise

    def __enter__(self) -> imaplib.IMAP4:
        return self.conn

    def __exit__(self, *exc_info: object) -> None:
        try:
            self.conn.logout()
        except (imaplib.IMAP4.error, OSError):
            pass


def _examine(conn: imaplib.IMAP4, folder: str) -> None:
    # EXAMINE (read-only) so that reading back never changes \Seen or \Recent state
    # that the code under test might look at.
    typ, data = conn.select(_quote(folder), readonly=True)
    if typ != "OK":
        raise imaplib.IMAP4.error(f"cannot open folder {folder!r}: {data!r}")


def imap_append(
    host: str,
    port: int,
    user: str,
    password: str,
    folder: str,
    data: bytes,
    flags: Iterable[str] = (),
    internaldate: datetime | float | None = None,
) -> int:
    """Append a raw message to *folder* and return its UID.

    The folder is created if it does not exist yet. *flags* are IMAP flags or keywords
    (e.g. ``"\\\\Seen"``, ``"$Processed"``); *internaldate* is the server's arrival time
    of the message (an aware datetime, or a POSIX timestamp), by default now.
    """
    flag_list = tuple(flags)
    flags_arg = "(" + " ".join(flag_list) + ")" if flag_list else None
    date_arg = imaplib.Time2Internaldate(internaldate) if internaldate is not None else None
    with _Imap(host, port, user, password) as conn:
        typ, resp = conn.append(_quote(folder), flags_arg, date_arg, data)
        if typ != "OK" and b"TRYCREATE" in b" ".join(r for r in resp if r):
            conn.create(_quote(folder))
            typ, resp = conn.append(_quote(folder), flags_arg, date_arg, data)
        if typ != "OK":
            raise imaplib.IMAP4.error(f"APPEND to {folder!r} failed: {resp!r}")
        # UIDPLUS (RFC 4315): "[APPENDUID <uidvalidity> <uid>] Append completed."
        match = re.search(rb"APPENDUID \d+ (\d+)", b" ".join(r for r in resp if r))
        if match is None:
            raise imaplib.IMAP4.error(f"server sent no APPENDUID: {resp!r}")
        return int(match.group(1))


_UID_RE = re.compile(rb"\bUID (\d+)")
_FLAGS_RE = re.compile(rb"\bFLAGS \(([^)]*)\)")


def imap_list(
    host: str, port: int, user: str, password: str, folder: str
) -> list[ImapMessage]:
    """All messages of *folder*, ordered by UID, as ``(uid, flags, raw bytes)``.

    Reads with EXAMINE and BODY.PEEK, so nothing is marked seen. The session-bound
    ``\\Recent`` flag is left out: it depends on who looked first, not on the message.
    """
    with _Imap(host, port, user, password) as conn:
        _examine(conn, folder)
        typ, found = conn.uid("SEARCH", "ALL")
        if typ != "OK" or not found or not found[0]:
            return []
        typ, data = conn.uid("FETCH", "1:*", "(UID FLAGS BODY.PEEK[])")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"FETCH in {folder!r} failed: {data!r}")
    messages: list[ImapMessage] = []
    items: Sequence[Any] = data
    for index, item in enumerate(items):
        if not isinstance(item, tuple):
            continue  # the b")" closing a FETCH response, or stray lines
        head, body = item[0], item[1]
        # Items after the literal (e.g. FLAGS) arrive in the next, plain bytes element.
        tail = items[index + 1] if index + 1 < len(items) else b""
        meta = head + (tail if isinstance(tail, bytes) else b"")
        uid_match = _UID_RE.search(meta)
        flags_match = _FLAGS_RE.search(meta)
        if uid_match is None:
            raise imaplib.IMAP4.error(f"FETCH response without UID: {meta!r}")
        flags = tuple(
            f.decode("utf-8")
            for f in (flags_match.group(1).split() if flags_match else [])
            if f != b"\\Recent"
        )
        messages.append(ImapMessage(int(uid_match.group(1)), flags, bytes(body)))
    messages.sort(key=lambda m: m.uid)
    return messages


def imap_search_header(
    host: str, port: int, user: str, password: str, folder: str, header: str, value: str
) -> list[int]:
    """UIDs of messages in *folder* whose *header* contains *value* (case-insensitive,
    substring match, as IMAP ``SEARCH HEADER`` defines it)."""
    with _Imap(host, port, user, password) as conn:
        _examine(conn, folder)
        if value.isascii():
            typ, data = conn.uid("SEARCH", "HEADER", _quote(header), _quote(value))
        else:
            # Non-ASCII needs CHARSET UTF-8 and a literal; imaplib sends .literal last.
            conn.literal = value.encode("utf-8")  # type: ignore[attr-defined]
            typ, data = conn.uid("SEARCH", "CHARSET", "UTF-8", "HEADER", _quote(header))
        if typ != "OK":
            raise imaplib.IMAP4.error(f"SEARCH in {folder!r} failed: {data!r}")
    return sorted(int(uid) for uid in (data[0] or b"").split())


@dataclass(frozen=True)
class ImapAccount:
    """A user on a test IMAP server, with stdlib-only helpers to seed and inspect it."""

    host: str
    port: int
    username: str
    password: str

    def append(
        self,
        data: bytes,
        folder: str = "INBOX",
        flags: Iterable[str] = (),
        internaldate: datetime | float | None = None,
    ) -> int:
        """Put a raw message into *folder*; returns its UID. See :func:`imap_append`."""
        return imap_append(
            self.host, self.port, self.username, self.password, folder, data,
            flags=flags, internaldate=internaldate,
        )

    def messages(self, folder: str = "INBOX") -> list[ImapMessage]:
        """Everything in *folder*, by UID. See :func:`imap_list`."""
        return imap_list(self.host, self.port, self.username, self.password, folder)

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        """UIDs whose *header* contains *value*. See :func:`imap_search_header`."""
        return imap_search_header(
            self.host, self.port, self.username, self.password, folder, header, value
        )


# --------------------------------------------------------------------------- SMTP


@dataclass(frozen=True)
class Received:
    """One message the :class:`SmtpSink` accepted: the envelope and the raw bytes."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        """The message parsed with the standard library (modern policy)."""
        msg = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


class _RecordingHandler:
    """aiosmtpd handler: records accepted mail, answers injected failures first."""

    def __init__(self, sink: SmtpSink) -> None:
        self._sink = sink

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        failure = self._sink._take_failure("RCPT")
        if failure is not None:
            return failure
        # A handler that implements handle_RCPT must collect the recipients itself.
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        failure = self._sink._take_failure("DATA")
        if failure is not None:
            return failure
        raw = envelope.original_content
        if raw is None:
            raw = envelope.content
        if isinstance(raw, str):  # only if decode_data were on; keep bytes regardless
            raw = raw.encode("utf-8", "surrogateescape")
        self._sink._record(
            Received(
                mail_from=str(envelope.mail_from or ""),
                rcpt_tos=tuple(envelope.rcpt_tos),
                data=bytes(raw),
            )
        )
        return "250 Message accepted for delivery"

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> Any:  # noqa: N802 - aiosmtpd's hook name
        """AUTH XOAUTH2 (Google's and Microsoft's SASL form: ``user=..^Aauth=Bearer
        ..^A^A``), checked by the sink's ``accept_token``. A refusal is sent as the
        protocol has it: a 334 challenge with a JSON error, then 535."""
        import base64
        from aiosmtpd.smtp import AuthResult

        blob = args[1] if len(args) > 1 else await server.challenge_auth("", encode_to_b64=False)
        try:
            raw = base64.b64decode(blob, validate=True).decode("utf-8")
            fields = dict(part.split("=", 1) for part in raw.split("\x01") if "=" in part)
            user, token = fields["user"], fields["auth"].removeprefix("Bearer ")
        except (ValueError, KeyError, TypeError):
            return AuthResult(success=False, handled=False, message="501 5.5.2 bad XOAUTH2")
        if self._sink._accepts_token(user, token):
            return AuthResult(success=True, auth_data=user)
        error = base64.b64encode(b'{"status":"401","schemes":"bearer"}').decode()
        await server.challenge_auth(error, encode_to_b64=False)
        return AuthResult(success=False, handled=False,
                          message="535 5.7.8 Username and token not accepted")


class SmtpSink:
    """A real SMTP server on 127.0.0.1 that records what it is sent.

    Plain SMTP (no TLS). AUTH PLAIN/LOGIN is offered and any credentials are accepted
    (recorded in :meth:`logins`), but not required, so clients configured with or
    without a password both work. :meth:`fail_next` injects 4xx/5xx answers.
    """

    host: str = LOCALHOST

    def __init__(self, port: int | None = None,
                 accept_token: Callable[[str, str], bool] | None = None) -> None:
        """``accept_token(user, token)`` decides AUTH XOAUTH2 logins (none: refused)."""
        self.port: int = port or 0
        self._requested_port = port
        self._accept_token = accept_token
        self._messages: list[Received] = []
        self._logins: list[tuple[str, str]] = []
        self._token_logins: list[str] = []
        self._failures: dict[str, collections.deque[str]] = {
            "RCPT": collections.deque(),
            "DATA": collections.deque(),
        }
        # One condition guards all state: the server thread writes, tests read.
        self._cond = threading.Condition()
        self._controller: Controller | None = None

    def __enter__(self) -> SmtpSink:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Start the server thread; picks a free port unless one was given."""
        if self._controller is not None:
            return
        from aiosmtpd.controller import Controller

        attempts = 1 if self._requested_port else 3
        for attempt in range(attempts):
            port = self._requested_port or free_port(self.host)
            controller = Controller(
                _RecordingHandler(self),
                hostname=self.host,
                port=port,
                server_hostname="sink.localhost",
                enable_SMTPUTF8=True,
                decode_data=False,
                authenticator=self._authenticate,
                # AUTH without TLS is fine on loopback and is what the tests configure.
                auth_require_tls=False,
                auth_required=False,
            )
            try:
                controller.start()
            except (OSError, RuntimeError):
                if attempt == attempts - 1:
                    raise
                continue
            self._controller = controller
            self.port = port
            return

    def stop(self) -> None:
        """Stop the server; recorded messages stay readable."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def is_running(self) -> bool:
        return self._controller is not None

    # -- what was received ---------------------------------------------------------

    def messages(self) -> list[Received]:
        """A copy of everything accepted so far, oldest first."""
        with self._cond:
            return list(self._messages)

    def logins(self) -> list[tuple[str, str]]:
        """(username, password) of every successful AUTH, oldest first."""
        with self._cond:
            return list(self._logins)

    def token_logins(self) -> list[str]:
        """The user of every successful AUTH XOAUTH2, oldest first (no tokens kept)."""
        with self._cond:
            return list(self._token_logins)

    def _accepts_token(self, user: str, token: str) -> bool:
        accepted = self._accept_token is not None and self._accept_token(user, token)
        if accepted:
            with self._cond:
                self._token_logins.append(user)
        return accepted

    def clear(self) -> None:
        """Forget recorded messages and logins (pending failures stay armed)."""
        with self._cond:
            self._messages.clear()
            self._logins.clear()

    def wait_for(self, count: int, timeout: float = 10) -> list[Received]:
        """Wait until at least *count* messages were accepted; return them all.

        Raises ``TimeoutError`` naming how many arrived, so a failing test says why.
        """
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._messages) >= count, timeout):
                raise TimeoutError(
                    f"expected {count} message(s) within {timeout}s, "
                    f"got {len(self._messages)}"
                )
            return list(self._messages)

    # -- fault injection -----------------------------------------------------------

    def fail_next(self, code: int, text: str, times: int = 1, *, stage: str = "DATA") -> None:
        """Answer the next *times* DATA (or, with ``stage="RCPT"``, RCPT TO) commands
        with ``<code> <text>`` instead of accepting: 4xx for temporary failures
        (the client should retry later), 5xx for permanent ones (it should give up)."""
        if not 400 <= code <= 599:
            raise ValueError("fail_next needs a 4xx or 5xx code")
        if stage not in self._failures:
            raise ValueError("stage must be 'DATA' or 'RCPT'")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._cond:
            self._failures[stage].extend([f"{code} {text}"] * times)

    # -- called from the server thread ---------------------------------------------

    def _take_failure(self, stage: str) -> str | None:
        with self._cond:
            queue = self._failures[stage]
            return queue.popleft() if queue else None

    def _record(self, received: Received) -> None:
        with self._cond:
            self._messages.append(received)
            self._cond.notify_all()

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword):
            with self._cond:
                self._logins.append(
                    (
                        auth_data.login.decode("utf-8", "replace"),
                        auth_data.password.decode("utf-8", "replace"),
                    )
                )
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


# --------------------------------------------------------------------------- OAuth2


class OAuthServer:
    """A small OAuth2 authorization server on 127.0.0.1, for the XOAUTH2 tests.

    Speaks the parts inbox-agent uses, over plain HTTP on loopback:

    * ``POST /device`` — device authorization (RFC 8628 section 3.1): a device code and
      a user code; :meth:`approve` plays the person who types the code in;
    * ``POST /token`` — the token endpoint (RFC 6749): ``device_code`` (answers
      ``authorization_pending`` until approved, ``pending_polls`` times at least),
      ``refresh_token`` (a new access token; the refresh token rotates) and
      ``authorization_code`` with PKCE (S256, RFC 7636);
    * ``GET /authorize`` — the browser's step: redirects to ``redirect_uri`` with a
      code for ``browser_user`` (or ``error=access_denied`` when that is None);
    * ``POST /introspect`` — RFC 7662 introspection, as Dovecot's oauth2 passdb asks
      it: ``{"active": true, "username": ...}`` for a live access token, else
      ``{"active": false}``.

    Tokens are random; :meth:`issue` mints a pair directly, :meth:`revoke` makes a
    refresh token invalid, :meth:`expire_access_tokens` ends every access token.
    ``requests`` counts the calls per path.
    """

    host: str = LOCALHOST

    def __init__(self, *, access_lifetime: int = 3600, pending_polls: int = 0,
                 client_id: str = "inbox-agent-test") -> None:
        self.client_id = client_id
        self.access_lifetime = access_lifetime
        self.pending_polls = pending_polls
        self.browser_user: str | None = None
        self.port = 0
        self.requests: collections.Counter[str] = collections.Counter()
        self._access: dict[str, tuple[str, float]] = {}  # token -> (user, expires)
        self._refresh: dict[str, str] = {}  # refresh token -> user
        self._devices: dict[str, dict[str, Any]] = {}  # device code -> state
        self._codes: dict[str, tuple[str, str, str]] = {}  # code -> (user, challenge, uri)
        self._lock = threading.Lock()
        self._server: Any = None

    # -- addresses -----------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def token_url(self) -> str:
        return self.base_url + "/token"

    @property
    def device_authorization_url(self) -> str:
        return self.base_url + "/device"

    @property
    def authorization_url(self) -> str:
        return self.base_url + "/authorize"

    @property
    def introspection_url(self) -> str:
        return self.base_url + "/introspect"

    # -- lifecycle -----------------------------------------------------------------

    def __enter__(self) -> OAuthServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        import http.server

        server = http.server.ThreadingHTTPServer((self.host, 0), _oauth_handler(self))
        server.daemon_threads = True
        self._server = server
        self.port = server.server_address[1]
        threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()

    # -- what a test does ----------------------------------------------------------

    def issue(self, user: str) -> tuple[str, str]:
        """A new (access token, refresh token) for ``user``."""
        with self._lock:
            return self._issue(user)

    def approve(self, user_code: str, user: str) -> None:
        """The person typed ``user_code`` in and signed in as ``user``."""
        with self._lock:
            for device in self._devices.values():
                if device["user_code"] == user_code:
                    device["user"] = user
                    return
        raise KeyError(f"no device login with user code {user_code!r}")

    def revoke(self, refresh_token: str) -> None:
        with self._lock:
            self._refresh.pop(refresh_token, None)

    def revoke_all(self) -> None:
        """Every refresh token becomes invalid (a password change at the provider)."""
        with self._lock:
            self._refresh.clear()

    def expire_access_tokens(self) -> None:
        with self._lock:
            self._access = {t: (u, 0.0) for t, (u, _) in self._access.items()}

    def user_codes(self) -> list[str]:
        with self._lock:
            return [d["user_code"] for d in self._devices.values()]

    # -- the endpoints (called from the server's threads) ----------------------------

    def _issue(self, user: str) -> tuple[str, str]:
        access, refresh = "at-" + secrets.token_urlsafe(16), "rt-" + secrets.token_urlsafe(16)
        self._access[access] = (user, time.time() + self.access_lifetime)
        self._refresh[refresh] = user
        return access, refresh

    def _tokens(self, user: str) -> tuple[int, dict[str, Any]]:
        access, refresh = self._issue(user)
        return 200, {"access_token": access, "token_type": "Bearer", "refresh_token": refresh,
                     "expires_in": self.access_lifetime}

    def answer(self, method: str, path: str, form: dict[str, str]) -> tuple[int, dict[str, Any], dict[str, str]]:
        """(status, JSON body, extra headers) for one request."""
        self.requests[path] += 1
        with self._lock:
            if method == "POST" and path == "/introspect":
                user, expires = self._access.get(form.get("token", ""), ("", 0.0))
                if user and expires > time.time():
                    return 200, {"active": True, "username": user}, {}
                return 200, {"active": False}, {}
            if method == "POST" and path == "/device":
                return self._device(form)
            if method == "POST" and path == "/token":
                status, body = self._token(form)
                return status, body, {}
            if method == "GET" and path == "/authorize":
                return self._authorize(form)
        return 404, {"error": "not_found"}, {}

    def _device(self, form: dict[str, str]) -> tuple[int, dict[str, Any], dict[str, str]]:
        if form.get("client_id") != self.client_id:
            return 400, {"error": "invalid_client", "error_description": "unknown client"}, {}
        code, user_code = secrets.token_urlsafe(16), secrets.token_hex(4).upper()
        self._devices[code] = {"user_code": user_code, "user": None, "polls": 0}
        return 200, {"device_code": code, "user_code": user_code,
                     "verification_uri": self.base_url + "/activate",
                     "expires_in": 600, "interval": 0}, {}

    def _token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("client_id") != self.client_id:
            return 401, {"error": "invalid_client"}
        grant = form.get("grant_type")
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            device = self._devices.get(form.get("device_code", ""))
            if device is None:
                return 400, {"error": "expired_token"}
            device["polls"] += 1
            if device["user"] is None or device["polls"] <= self.pending_polls:
                return 400, {"error": "authorization_pending"}
            del self._devices[form["device_code"]]
            return self._tokens(device["user"])
        if grant == "refresh_token":
            user = self._refresh.pop(form.get("refresh_token", ""), None)
            if user is None:
                return 400, {"error": "invalid_grant",
                             "error_description": "the refresh token was revoked"}
            return self._tokens(user)
        if grant == "authorization_code":
            return self._exchange(form)
        return 400, {"error": "unsupported_grant_type"}

    def _exchange(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        import base64
        import hashlib

        user, challenge, redirect_uri = self._codes.pop(form.get("code", ""), ("", "", ""))
        verifier = form.get("code_verifier", "").encode()
        made = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=").decode()
        if not user or made != challenge or form.get("redirect_uri") != redirect_uri:
            return 400, {"error": "invalid_grant"}
        return self._tokens(user)

    def _authorize(self, query: dict[str, str]) -> tuple[int, dict[str, Any], dict[str, str]]:
        import urllib.parse

        target = query.get("redirect_uri", "")
        if not target.startswith("http://127.0.0.1:") or query.get("code_challenge_method") != "S256":
            return 400, {"error": "invalid_request"}, {}
        if self.browser_user is None:
            params = {"error": "access_denied", "state": query.get("state", "")}
        else:
            code = secrets.token_urlsafe(12)
            self._codes[code] = (self.browser_user, query.get("code_challenge", ""), target)
            params = {"code": code, "state": query.get("state", "")}
        return 302, {}, {"Location": target + "?" + urllib.parse.urlencode(params)}


def _oauth_handler(server: OAuthServer) -> type:
    import http.server
    import json
    import urllib.parse

    class Handler(http.server.BaseHTTPRequestHandler):
        def _reply(self, method: str) -> None:
            split = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else split.query
            form = dict(urllib.parse.parse_qsl(body))
            status, payload, headers = server.answer(method, split.path, form)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 - http.server's hook name
            self._reply("GET")

        def do_POST(self) -> None:  # noqa: N802 - http.server's hook name
            self._reply("POST")

        def log_message(self, *args: object) -> None:
            pass

    return Handler
