"""Peers: other programs doing part of the agent's work on the same mails.

``getmail6`` (optional, ``pip install getmail6`` or ``.[bench]``) only downloads the
mails into a Maildir: retrieval alone. If the agent is slower per mail than that, it
is slower than a tool doing a fraction of its work (issue 17). Run as its own process
(its start-up counts, as the agent's does), reading every mail, deleting none.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import sys
import time
from pathlib import Path

_RC = """\
[retriever]
type = SimpleIMAPRetriever
server = {host}
port = {port}
username = {user}
password = {password}
mailboxes = ("INBOX",)

[destination]
type = Maildir
path = {maildir}/
{user_line}
[options]
read_all = true
delete = false
verbose = 0
message_log_verbose = false
"""


def getmail_command() -> str | None:
    """The ``getmail`` program beside this Python, or on the PATH; None if absent."""
    beside = Path(sys.executable).with_name("getmail")
    return str(beside) if beside.exists() else shutil.which("getmail")


def getmail_seconds(host: str, port: int, user: str, password: str, workdir: Path,
                    expected: int) -> float | None:
    """Wall seconds of one ``getmail`` run downloading INBOX; None if not installed."""
    command = getmail_command()
    if command is None:
        return None
    # getmail refuses to deliver as root: then it delivers as "nobody" (its own option),
    # into a Maildir that nobody can reach (a fresh folder in the temp dir, not workdir).
    as_root = os.geteuid() == 0
    home = Path(tempfile.mkdtemp(prefix="bench-getmail-")) if as_root else workdir / "getmail"
    maildir = home / "Maildir"
    try:
        for sub in ("", "cur", "new", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
            if as_root:
                os.chmod(maildir / sub, 0o777)
        if as_root:
            os.chmod(home, 0o755)
        rc = home / "getmailrc"
        rc.write_text(_RC.format(host=host, port=port, user=user, password=password,
                                 maildir=maildir, user_line="user = nobody\n" if as_root else ""))
        start = time.perf_counter()
        done = subprocess.run([command, "--getmaildir", str(home), "--rcfile", str(rc), "--quiet"],
                              capture_output=True, text=True, timeout=3600)
        seconds = time.perf_counter() - start
        got = len(list((maildir / "new").iterdir()))
    finally:
        if as_root:
            shutil.rmtree(home, ignore_errors=True)
    if done.returncode != 0 or got != expected:
        raise RuntimeError(f"getmail fetched {got} of {expected} mails "
                           f"(exit {done.returncode}): {done.stderr[-2000:]}")
    return seconds
