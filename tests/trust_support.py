"""Helpers for the fault-injection tests (issue 6): the daemon as a process, the
mailbox and the store seen from outside, a TCP proxy that can cut connections.

The checking side uses the standard library only (imaplib, json), independent of the
app's own adapters, like ``devtools.devservers``.
"""

from __future__ import annotations

import imaplib
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from helpers import ROOT, env_for

_MID = re.compile(rb"^Message-ID:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)


# -- the mailbox from outside --------------------------------------------------------


class Imap:
    """One logged-in imaplib connection for many operations (appending a burst of
    mail one login at a time would dominate a test's run time)."""

    def __init__(self, account) -> None:
        self.conn = imaplib.IMAP4(account.host, account.port, timeout=20)
        self.conn.login(account.username, account.password)

    def __enter__(self) -> "Imap":
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.conn.logout()
        except (imaplib.IMAP4.error, OSError):
            pass

    def append_all(self, mails: Iterable[bytes], folder: str = "INBOX") -> None:
        for data in mails:
            typ, resp = self.conn.append(_quote(folder), None, None, data)
            if typ != "OK":
                raise AssertionError(f"APPEND to {folder} failed: {resp!r}")

    def header_ids(self, folder: str) -> Counter:
        """Message-IDs of every mail in ``folder`` (header only: cheap for big folders)."""
        typ, _ = self.conn.select(_quote(folder), readonly=True)
        if typ != "OK":
            return Counter()
        typ, found = self.conn.uid("SEARCH", "ALL")
        if not found or not found[0]:
            return Counter()
        typ, data = self.conn.uid("FETCH", "1:*", "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
        ids = Counter()
        for item in data:
            if isinstance(item, tuple):
                match = _MID.search(item[1])
                if match:
                    ids[match.group(1).decode()] += 1
        return ids

    def flags(self, folder: str = "INBOX") -> dict[int, set[str]]:
        """{uid: flags} of every mail in ``folder``."""
        self.conn.select(_quote(folder), readonly=True)
        typ, found = self.conn.uid("SEARCH", "ALL")
        if not found or not found[0]:
            return {}
        typ, data = self.conn.uid("FETCH", "1:*", "(FLAGS)")
        out = {}
        for line in data:
            if isinstance(line, bytes):
                uid = re.search(rb"UID (\d+)", line)
                flags = re.search(rb"FLAGS \(([^)]*)\)", line)
                if uid and flags:
                    out[int(uid.group(1))] = {f.decode() for f in flags.group(1).split()}
        return out


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sink_ids(sink) -> Counter:
    """Message-IDs of everything the SMTP sink accepted, with how often."""
    out = Counter()
    for received in sink.messages():
        match = _MID.search(received.data)
        out[match.group(1).decode() if match else "?"] += 1
    return out


# -- the store from outside ----------------------------------------------------------


def store_table(path: Path, table: str) -> dict[str, dict]:
    """{key: record} of ``table`` as it is on disk, read without taking the lock (the
    daemon may be alive, or dead in the middle of a write), changing nothing."""
    from inbox_agent.store.db import Store

    if not path.exists():
        return {}
    store = Store(path, lock=False, persist=False).open()
    try:
        return {rec["key"]: rec for rec in store.all(table)}
    finally:
        store.close()


# -- the daemon as a process ---------------------------------------------------------


class Daemon:
    """``inbox-agent --config C run`` as its own process. Its output goes through a pipe
    (not straight into a file: a test that limits the process's file sizes, as a full
    disk does, must not silence its log) and is copied to ``log`` by a thread."""

    def __init__(self, config: Path, imap, *args: str, env: dict[str, str] | None = None,
                 log: Path | None = None, preexec: Callable[[], None] | None = None,
                 prefix: Sequence[str] = ()) -> None:
        self.log = log or config.parent / "daemon.log"
        self._chunks: list[str] = []
        self._lock = threading.Lock()
        self.proc = subprocess.Popen(
            [*prefix, sys.executable, "-m", "inbox_agent", "--config", str(config), *args, "run"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT,
            env={**env_for(imap), **(env or {})}, preexec_fn=preexec,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        with open(self.log, "ab") as copy:
            for line in iter(self.proc.stdout.readline, b""):
                copy.write(line)
                copy.flush()
                with self._lock:
                    self._chunks.append(line.decode("utf-8", "replace"))

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.alive():
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=10)

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, as the service manager does; returns the exit code."""
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self._reader.join(timeout=10)

    def output(self) -> str:
        with self._lock:
            return "".join(self._chunks)

    def wait_for_output(self, text: str, timeout: float = 30, start: int = 0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output()[start:]:
            if not self.alive():
                raise AssertionError(f"the daemon died waiting for {text!r}:\n{self.output()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"no {text!r} within {timeout}s:\n{self.output()}")
            time.sleep(0.05)

    def __enter__(self) -> "Daemon":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.alive():
            self.kill()


def wait_until(check: Callable[[], object], timeout: float, what: str, step: float = 0.05):
    """Poll ``check`` until it returns something true; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not reached within {timeout}s")
        time.sleep(step)


def last_poll(store_path: Path) -> object:
    """When the store says the daemon last finished a poll (meta ``last_poll``)."""
    return store_table(store_path, "meta").get("last_poll")


def wait_for_a_poll(store_path: Path, before: object, timeout: float = 60) -> None:
    """Until a daemon started after ``last_poll`` was ``before`` has finished a poll:
    it is up (it handles SIGTERM) and has looked at the mailbox once."""
    wait_until(lambda: last_poll(store_path) != before, timeout,
               "a complete poll after the last restart")


# -- a TCP proxy that can cut connections ----------------------------------------------


class Proxy:
    """A TCP relay on 127.0.0.1 in front of a real server, for network faults the server
    itself will not produce: cut every connection now, cut a connection after the
    server sent N more bytes (mid-FETCH), rewrite what the server says (same length).
    """

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.host, self.port = self._listener.getsockname()
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._cut_after: int | None = None  # server->client bytes left before a cut
        self.rewrite: Callable[[bytes], bytes] | None = None  # server->client bytes
        self.connections = 0
        self.cuts = 0
        self.bytes_from_server = 0
        self._stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    # -- control --------------------------------------------------------------------

    def cut_all(self) -> None:
        """Drop every open connection at once (as a NAT box or a server crash does)."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
            self.cuts += len(pairs)
        for a, b in pairs:
            _close(a)
            _close(b)

    def cut_after(self, nbytes: int) -> None:
        """Drop the connection once the server has sent ``nbytes`` more bytes."""
        with self._lock:
            self._cut_after = nbytes

    def close(self) -> None:
        self._stopped = True
        _close(self._listener)
        self.cut_all()

    def __enter__(self) -> "Proxy":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- relaying ---------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                _close(client)
                continue
            server.settimeout(None)
            with self._lock:
                self._pairs.append((client, server))
                self.connections += 1
            threading.Thread(target=self._relay, args=(client, server), daemon=True).start()

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        try:
            while True:
                ready, _, _ = select.select([client, server], [], [], 0.5)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is server:
                        data = self._from_server(data)
                        if data is None:
                            with self._lock:
                                self.cuts += 1
                            return
                        client.sendall(data)
                    else:
                        server.sendall(data)
        except (OSError, ValueError):
            return
        finally:
            _close(client)
            _close(server)
            with self._lock:
                if (client, server) in self._pairs:
                    self._pairs.remove((client, server))

    def _from_server(self, data: bytes) -> bytes | None:
        with self._lock:
            self.bytes_from_server += len(data)
            if self._cut_after is not None:
                if len(data) >= self._cut_after:
                    self._cut_after = None
                    return None
                self._cut_after -= len(data)
        return self.rewrite(data) if self.rewrite else data


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
