"""Peers: other programs doing part of the agent's work on the same mails.

``getmail6`` (optional, ``pip install getmail6`` or ``.[bench]``) only downloads the
mails into a Maildir: retrieval alone. If the agent is slower per mail than that, it
is slower than a tool doing a fraction of its work (issue 17). Run as its own process
(its start-up counts, as the agent's does), reading every mail, deleting none.
"""

from __future__ import annotations

import shutil
import subprocess
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
    home = workdir / "getmail"
    maildir = home / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    rc = home / "getmailrc"
    rc.write_text(_RC.format(host=host, port=port, user=user, password=password,
                             maildir=maildir))
    start = time.perf_counter()
    done = subprocess.run([command, "--getmaildir", str(home), "--rcfile", str(rc), "--quiet"],
                          capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - start
    got = len(list((maildir / "new").iterdir()))
    if done.returncode != 0 or got != expected:
        raise RuntimeError(f"getmail fetched {got} of {expected} mails "
                           f"(exit {done.returncode}): {done.stderr[-2000:]}")
    return seconds
