"""The office mailbox over IMAP. The only module that imports imapclient.

What it promises the rest of the program:
- it reads with BODY.PEEK, so the staff's mail program still shows new mail as unread;
- it never deletes or expunges anything;
- every imapclient/imaplib/socket/TLS error leaves this module as one of ours
  (``MailboxError`` to retry later, ``MailboxAuthError``/``PermanentError`` to fix).
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

import imapclient
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from inbox_agent.config import Imap
from inbox_agent.errors import MailboxAuthError, MailboxError, PermanentError
from inbox_agent.i18n import N_
from inbox_agent.mail.imapvalues import ENVELOPE_FIELDS, FolderInfo, arrival, flag_text, has_new_mail
from inbox_agent.mail.imapvalues import error_text as _text
from inbox_agent.mail.sentsearch import (
    COPY_FIELDS,
    SentCopies,
    any_message_id,
    copies,
    found_ids,
    searchable,
)
from inbox_agent.model import RawMessage, Reason

log = logging.getLogger(__name__)

# RFC 2177: a server may end an IDLE after 30 minutes; clients re-issue it before 29.
IDLE_RENEW_SECONDS = 25 * 60


@contextmanager
def _translated(what: str | Reason) -> Iterator[None]:
    """Turn library and network errors into ours, saying what we were doing."""
    try:
        yield
    except LoginError as exc:
        raise MailboxAuthError(Reason.of(N_(
            "the IMAP server refused the login ({why}): check [imap] username and the password "
            "in the environment variable named by [imap] password_env"), why=_text(exc))) from None
    except ssl.SSLCertVerificationError as exc:
        raise PermanentError(Reason.of(N_(
            "the IMAP server's TLS certificate could not be verified ({why}); check [imap] host, "
            "or install the server's CA certificate"), why=exc.verify_message)) from None
    except socket.gaierror:
        raise MailboxError(Reason.of(N_(
            "IMAP {what} failed: the host name is not known (check [imap] host, and that this "
            "machine can resolve names)"), what=what)) from None
    except ConnectionRefusedError:
        raise MailboxError(Reason.of(N_(
            "IMAP {what} failed: nothing answers there (check [imap] host and port, and that the "
            "server is running)"), what=what)) from None
    except (IMAPClientError, OSError, EOFError) as exc:
        # imaplib.abort / socket timeouts / resets: the connection is gone; retry later.
        raise MailboxError(Reason.of(N_("IMAP {what} failed: {why}"), what=what,
                                     why=_text(exc))) from None


class Mailbox:
    """One IMAP connection. Use as a context manager: ``with Mailbox(cfg, pw) as box``."""

    def __init__(self, settings: Imap, password: str | Callable[[], str]) -> None:
        # password: with [imap] auth = "oauth2" a callable giving an access token (mail.oauth)
        self.settings = settings
        self._password = password
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self._sent: tuple[Mailbox, int] | None = None  # the Sent checks' own connection
        self.idle_renewals = 0  # how often IDLE was ended and begun again (for tests)

    # -- connection ---------------------------------------------------------------

    def connect(self) -> "Mailbox":
        s = self.settings
        # Verifies certificates and host names. Only made for TLS: loading the system's
        # CA certificates costs ~20 ms, half of an empty poll (BENCHMARKS.md).
        context = ssl.create_default_context() if s.security != "none" else None
        # A fresh access token (oauth2) before connecting: its errors are ours already.
        secret = self._password() if callable(self._password) else self._password
        with _translated(Reason.of(N_("connection to {server}"), server=f"{s.host}:{s.port}")):
            client = IMAPClient(
                s.host,
                port=s.port,
                ssl=s.security == "tls",
                ssl_context=context if s.security == "tls" else None,
                timeout=s.timeout_seconds,
            )
            try:
                if s.security == "starttls":
                    client.starttls(context)
                client.normalise_times = False  # keep INTERNALDATE's time zone
                self._login(client, secret)
            except BaseException:
                _quietly_close(client)
                raise
        self._client = client
        log.debug("IMAP logged in to %s:%s as %s", s.host, s.port, s.username)
        return self

    def _login(self, client: IMAPClient, secret: str) -> None:
        """LOGIN with the password, or AUTHENTICATE XOAUTH2 with an access token."""
        s = self.settings
        if s.auth != "oauth2":
            client.login(s.username, secret)
            return
        try:
            client.oauth2_login(s.username, secret)
        except LoginError as exc:
            raise MailboxAuthError(Reason.of(N_(
                "the IMAP server refused the OAuth2 sign-in of {user} ({error}): run "
                "`inbox-agent auth login` again, or check [imap] username and [oauth2] "
                "scopes"), user=s.username, error=_text(exc))) from None

    def close(self) -> None:
        if self._sent is not None:
            self._sent[0].close()
            self._sent = None
        if self._client is not None:
            client, self._client = self._client, None
            try:
                client.logout()
            except Exception:  # already gone: nothing to clean up
                _quietly_close(client)

    def __enter__(self) -> "Mailbox":
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError("IMAP is not connected")
        return self._client

    def capabilities(self) -> frozenset[str]:
        with _translated("CAPABILITY"):
            return frozenset(c.decode().upper() for c in self.client.capabilities())

    # -- reading ------------------------------------------------------------------

    def select(self, folder: str, *, readonly: bool = False) -> FolderInfo:
        """Open ``folder`` (read-only with ``readonly``: EXAMINE, for a dry run)."""
        with _translated(f"SELECT {folder}"):
            info = self.client.select_folder(folder, readonly=readonly)
        self._selected = folder
        permanent = info.get(b"PERMANENTFLAGS", ())
        return FolderInfo(
            name=folder,
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None,
            exists=int(info.get(b"EXISTS", 0)),
            keywords_allowed=b"\\*" in permanent
            or self.settings.done_keyword.encode() in permanent,
        )

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs greater than ``last_uid`` in the selected folder, ascending."""
        with _translated("UID SEARCH"):
            # "n:*" always matches the highest UID even when it is below n: filter.
            found = self.client.search(["UID", f"{last_uid + 1}:*"])
        return sorted(uid for uid in found if uid > last_uid)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        if not uids:
            return {}
        with _translated("FETCH RFC822.SIZE"):
            got = self.client.fetch(list(uids), ["RFC822.SIZE"])
        return {uid: int(data[b"RFC822.SIZE"]) for uid, data in got.items()}

    def fetch(self, folder: FolderInfo, uids: Sequence[int]) -> list[RawMessage]:
        """The mails ``uids`` with BODY.PEEK[] (no \\Seen is set), in UID order.

        A UID that vanished meanwhile (staff deleted or moved the mail) is simply absent.
        """
        if not uids:
            return []
        with _translated("FETCH"):
            got = self.client.fetch(
                list(uids), ["BODY.PEEK[]", "INTERNALDATE", "FLAGS", "RFC822.SIZE"]
            )
        out = []
        for uid in sorted(got):
            data = got[uid]
            body = data.get(b"BODY[]")
            if body is None:
                continue
            out.append(RawMessage(
                folder=folder.name, uidvalidity=folder.uidvalidity, uid=uid,
                internaldate=arrival(data), size=int(data.get(b"RFC822.SIZE", len(body))),
                data=bytes(body), flags=tuple(flag_text(f) for f in data.get(b"FLAGS", ()))))
        return out

    def headers(self, uids: Sequence[int] | None = None, *, folder: str | None = None,
                chunk: int = 500) -> list[tuple[int, datetime, bytes]]:
        """``(uid, INTERNALDATE, header lines)`` of ``uids`` (None: every mail), in UID
        order: sender, recipients, subject, date and thread headers only (adopting a
        mailbox reads 10,000 of them in seconds). In the selected folder, or read-only in
        ``folder`` (the Sent folder; a folder that does not exist holds none)."""
        item = "BODY.PEEK[HEADER.FIELDS (" + " ".join(ENVELOPE_FIELDS) + ")]"
        out = []
        with _translated("FETCH headers"), self._looking_into(folder) as present:
            wanted = ([] if present is None else list(uids) if uids is not None
                      else self.client.search(["ALL"]))
            for start in range(0, len(wanted), chunk):
                got = self.client.fetch(wanted[start:start + chunk], ["INTERNALDATE", item])
                for uid, data in got.items():
                    lines = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"")
                    out.append((uid, arrival(data), bytes(lines or b"")))
        return sorted(out)

    def news(self, folder: str, last_uid: int) -> tuple[int, list[tuple[int, datetime, bytes]]]:
        """``folder``'s UIDVALIDITY (0: no such folder) and the headers (as ``headers``)
        of its mails after ``last_uid``: a UID range and a header fetch, read-only."""
        with _translated(f"SEARCH in {folder}"), self._looking_into(folder) as present:
            if present is None:
                return 0, []
            validity = int(self.client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
            uids = [u for u in self.client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
        return validity, self.headers(sorted(uids), folder=folder) if uids else []

    @contextmanager
    def _looking_into(self, folder: str | None) -> Iterator[dict | None]:
        """Read in ``folder`` (None: the selected one) and return to the selection after;
        gives SELECT's answer (``{}`` for the selected folder, None: no such folder)."""
        if folder is None:
            yield {}
            return
        if not self.client.folder_exists(folder):
            yield None
            return
        previous = self._selected
        info = self.client.select_folder(folder, readonly=True)
        try:
            yield info
        finally:
            if previous:
                self.client.select_folder(previous)
            else:
                self.client.unselect_folder()

    # -- writing (flags and the Sent folder; never deleting) ---------------------

    def mark_done(self, uids: Sequence[int]) -> None:
        """Set the configured keyword on ``uids`` in the selected folder."""
        if not uids:
            return
        with _translated("STORE +FLAGS"):
            self.client.add_flags(list(uids), [self.settings.done_keyword.encode()], silent=True)

    def append_sent(self, data: bytes, when: datetime) -> None:
        """Put a copy of a sent mail into the Sent folder, marked as read."""
        self.append_sent_many([(data, when)])

    def append_sent_many(self, sent: Sequence[tuple[bytes, datetime]]) -> None:
        """Copies of sent mails into the Sent folder, marked as read: one MULTIAPPEND
        (RFC 3502: one command, all or none, one server transaction) if the server has it."""
        folder = self.settings.sent_folder
        with _translated(f"APPEND to {folder}"):
            try:
                self._append(folder, sent)
            except IMAPClientError as exc:
                said = _text(exc).upper()
                if "TRYCREATE" not in said and "NONEXISTENT" not in said:
                    raise
                log.info("creating the missing folder %s", folder)
                self.client.create_folder(folder)
                self._append(folder, sent)

    def _append(self, folder: str, sent: Sequence[tuple[bytes, datetime]]) -> None:
        if len(sent) > 1 and "MULTIAPPEND" in self.capabilities():
            self.client.multiappend(folder, [{"msg": data, "flags": [imapclient.SEEN],
                                              "date": when} for data, when in sent])
            return
        for data, when in sent:
            self.client.append(folder, data, flags=[imapclient.SEEN], msg_time=when)

    def sent_contains(self, message_id: str) -> bool:
        """Does the Sent folder hold a mail with this Message-ID?"""
        return message_id in self.sent_message_ids([message_id])

    # -- waiting for new mail: IMAP IDLE (RFC 2177) ----------------------------------

    def supports_idle(self) -> bool:
        """Does the server offer IDLE (new mail reported the moment it arrives)?"""
        return "IDLE" in self.capabilities()

    def watch(self, folder: str) -> None:
        """Open ``folder`` read-only on this connection, to wait in it for new mail.
        Mail arriving from now on is reported by ``wait_for_mail``, even if it came in
        before the wait began: the caller watches first, then polls, then waits."""
        with _translated(f"EXAMINE {folder}"):
            self.client.select_folder(folder, readonly=True)
        self._selected = None  # nothing to return to: this connection only watches

    def wait_for_mail(self, seconds: float, *, stop: threading.Event | None = None,
                      renew_seconds: float = IDLE_RENEW_SECONDS, tick: float = 1.0) -> bool:
        """Wait in IDLE until the server reports new mail in the watched folder (True),
        or ``seconds`` have passed or ``stop`` is set (False). IDLE is ended and begun
        again every ``renew_seconds``: servers may drop an IDLE after 30 minutes.
        ``stop`` is looked at every ``tick`` seconds, so a daemon stops promptly.
        A broken connection raises ``MailboxError`` (the caller falls back to polling)."""
        clock = time.monotonic
        deadline = clock() + seconds
        with _translated("IDLE"):
            # A server reports in IDLE what happens from then on; mail that came in
            # since the folder was opened (during the poll) it reports on a NOOP...
            _, responses = self.client.noop()
            if has_new_mail(responses):
                return True
            # ...and whatever slips in between the NOOP and the IDLE it reports when the
            # IDLE ends: so the first IDLE ends after one tick, the later ones are long.
            period = min(tick, renew_seconds)
            while True:
                self.client.idle()
                renew_at = min(clock() + period, deadline)
                period = renew_seconds
                try:
                    new_mail = self._idle_until(renew_at, stop, tick)
                except BaseException:
                    self._abandon_idle()
                    raise
                _, responses = self.client.idle_done()
                if new_mail or has_new_mail(responses):
                    return True
                # Dovecot reports a new mail about half a second after it came in, and a
                # report still pending when an IDLE ends is not sent in the next one: a
                # mail that came in just before the DONE waited for the end of the next,
                # long IDLE (seconds to minutes; BENCHMARKS.md). A NOOP asks for it now.
                _, responses = self.client.noop()
                if has_new_mail(responses):
                    return True
                if clock() >= deadline or (stop is not None and stop.is_set()):
                    return False
                self.idle_renewals += 1

    def _idle_until(self, until: float, stop: threading.Event | None, tick: float) -> bool:
        while True:
            left = until - time.monotonic()
            if left <= 0 or (stop is not None and stop.is_set()):
                return False
            wait = min(tick, left)
            started = time.monotonic()
            responses = self.client.idle_check(timeout=wait)
            if has_new_mail(responses):
                return True
            if not responses and time.monotonic() - started < wait / 2 and self._closed_by_peer():
                # imapclient's idle_check swallows EOF and resets: it returns nothing, at
                # once, again and again. Say what it is.
                raise EOFError("the server closed the connection")

    def _closed_by_peer(self) -> bool:
        sock = self.client.socket()
        try:
            return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except BlockingIOError:
            return False
        except OSError:
            return True

    def _abandon_idle(self) -> None:
        # The connection is unusable now (or the wait was interrupted): do not try a
        # DONE on it, just drop it; close() then has nothing left to say goodbye to.
        client, self._client = self._client, None
        if client is not None:
            _quietly_close(client)

    def sent_message_ids(self, message_ids: Sequence[str]) -> set[str]:
        """Which of ``message_ids`` are anywhere in the Sent folder? One SEARCH (an OR of
        HEADER criteria), then the hits' Message-IDs are read back."""
        wanted = [m for m in dict.fromkeys(message_ids) if searchable(m)]
        if not wanted:
            return set()
        view = self._in_sent()
        with _translated(f"SEARCH in {self.settings.sent_folder}"):
            uids = view[0].search(any_message_id(wanted)) if view else []
            got = view[0].fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
        return found_ids(got.values()) & set(wanted)

    def sent_copies(self, uidvalidity: int, start: int) -> SentCopies:
        """The Message-IDs of the Sent folder's mails from UID ``start`` on (all if its
        UIDVALIDITY is not ``uidvalidity``), which are ours; no Sent folder: UIDVALIDITY 0."""
        view = self._in_sent()
        if view is None:
            return SentCopies(0, 1, 1)
        (client, validity), got = view, {}
        start = start if validity == uidvalidity and start > 1 else 1
        with _translated(f"FETCH in {self.settings.sent_folder}"):
            uids = sorted(u for u in client.search(["UID", f"{start}:*"]) if u >= start)
            for at in range(0, len(uids), 500):
                got.update(client.fetch(uids[at:at + 500], [COPY_FIELDS]))
        return copies(validity, start, got)

    def _in_sent(self) -> tuple[IMAPClient, int] | None:
        """A connection kept in the Sent folder (read-only) and its UIDVALIDITY (None: none).
        Going there and back on this one costs the server a resync of both (BENCHMARKS.md)."""
        folder = self.settings.sent_folder
        if self._sent is not None:
            view, validity = self._sent
            try:  # a recreated folder is not the one it is in (NOOP says NO there)
                said = view.client.noop()[1]
                now = self.client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"]
                if now == validity and not any(r and r[0] in (b"NO", b"BYE") for r in said):
                    return view.client, validity
            except (IMAPClientError, OSError, EOFError):  # gone, or the connection lost
                pass
            view.close()
            self._sent = None
        if not self.folder_exists(folder):
            return None
        view = Mailbox(self.settings, self._password).connect()
        try:
            with _translated(f"EXAMINE {folder}"):
                info = view.client.select_folder(folder, readonly=True)
        except BaseException:
            view.close()
            raise
        self._sent = (view, int(info[b"UIDVALIDITY"]))
        return view.client, self._sent[1]

    def folder_exists(self, folder: str) -> bool:
        with _translated(f"LIST {folder}"):
            return bool(self.client.folder_exists(folder))


def _quietly_close(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:  # the socket may already be closed; nothing else to do
        pass


__all__ = ["Mailbox", "FolderInfo"]
