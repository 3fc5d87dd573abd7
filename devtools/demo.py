"""A local demonstration: private Dovecot + SMTP sink, sample mails, one poll.

``python -m devtools.demo`` (what ``scripts/demo`` runs) starts both servers on
loopback, fills the inbox with the mails in ``demo/mails/``, runs
``inbox-agent poll --once`` as its own process, shows what was answered and writes the
replies to ``demo-out/`` as .eml files, then polls again to show that nothing is sent
twice. The dates of the event are moved ahead of today, so the whole flow works
whenever the demo is run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from devtools.devservers import Dovecot, SmtpSink

ROOT = Path(__file__).resolve().parents[1]
OFFICE = "geschaeftsstelle@vsop.de"
PASSWORD_ENV = "INBOX_AGENT_DEMO_IMAP_PASSWORD"
ZONE = "Europe/Berlin"  # the event's time zone in the generated config (the default of [event] timezone)


def office_today() -> date:
    """Today where the office is: the agent counts days in the event's time zone, so a
    config made from the machine's date (UTC here) would be a day off after 23:00 UTC."""
    return datetime.now(ZoneInfo(ZONE)).date()


def local_config(
    *,
    imap_host: str,
    imap_port: int,
    username: str,
    smtp_port: int,
    store_path: Path,
    today: date | None = None,
    password_env: str = PASSWORD_ENV,
    capacity: int = 60,
    batch_size: int = 50,
    max_message_mb: float = 25,
    replies_per_address: int = 5,
    replies_per_hour: int = 100_000,
) -> str:
    """config.toml text for servers on this machine (no TLS), event dates ahead of today.
    The hourly cap on answers is lifted: tests and benchmarks send bursts on purpose."""
    today = today or office_today()
    t = lambda days: (today + timedelta(days=days)).isoformat()  # noqa: E731
    return f"""# Generated for a local run against servers on 127.0.0.1 (no TLS).
[office]
address = "{OFFICE}"
name = "VSOP e.V. Geschäftsstelle"

[imap]
host = "{imap_host}"
port = {imap_port}
security = "none"
username = "{username}"
password_env = "{password_env}"
folder = "INBOX"
sent_folder = "Sent"
batch_size = {batch_size}
max_message_mb = {max_message_mb}
timeout_seconds = 20

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
username = ""

[storage]
path = "{store_path}"

[schedule]
poll_seconds = 10

[replies]
templates = "{ROOT / 'templates'}"
rules = "{ROOT / 'rules'}"

[replies.attachments]
programme = ["{ROOT / 'templates/attachments/programm-2025.pdf'}", "{ROOT / 'templates/attachments/anmeldeformular-2025.pdf'}"]
promoted = ["{ROOT / 'templates/attachments/programm-2025.pdf'}", "{ROOT / 'templates/attachments/anmeldeformular-2025.pdf'}"]

[event]
name = "VSOP-Jahrestagung"
title = "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
starts = {t(120)}
ends = {t(121)}
start_time = "10:00"
end_time = "14:00"
venue = "Köln"
capacity = {capacity}

[deadlines]
pre_registration = {t(30)}
registration = {t(60)}

[payment]
account_holder = "VSOP e.V."
iban = "DE02 1203 0000 0000 2020 51"

[invoices]
issuer_address = "Musterweg 1, 50667 Köln"
tax_number = "214/5678/0123"

[limits]
replies_per_address = {replies_per_address}
replies_per_hour = {replies_per_hour}
"""


def _summary(data: bytes) -> str:
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.default)
    files = [p.get_filename() for p in msg.iter_attachments()]
    lines = [f"  To:       {msg['To']}", f"  Subject:  {msg['Subject']}",
             f"  Language: {msg['Content-Language']}"]
    if files:
        lines.append(f"  Attached: {', '.join(files)}")
    body = msg.get_body(("plain",))
    if body is not None:
        text = body.get_content().strip().splitlines()
        lines += ["  | " + line for line in text[:6]] + ["  | ..."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=Path, default=ROOT / "demo" / "mails")
    parser.add_argument("--out", type=Path, default=ROOT / "demo-out")
    args = parser.parse_args(argv)

    mails = sorted(args.mails.glob("*.eml"))
    with tempfile.TemporaryDirectory(prefix="inbox-agent-demo-") as tmp, \
            Dovecot() as dovecot, SmtpSink() as sink:
        account = dovecot.create_account(OFFICE, "demo-password")
        config = Path(tmp) / "config.toml"
        config.write_text(local_config(imap_host=dovecot.host, imap_port=dovecot.port,
                                       username=OFFICE, smtp_port=sink.port,
                                       store_path=Path(tmp) / "store.json"), encoding="utf-8")
        print(f"Dovecot IMAP on {dovecot.host}:{dovecot.port}, SMTP sink on 127.0.0.1:{sink.port}")
        for path in mails:
            account.append(path.read_bytes())
            print(f"  inbox <- {path.name}")
        env = {**os.environ, PASSWORD_ENV: "demo-password"}
        cmd = [sys.executable, "-m", "inbox_agent", "--config", str(config), "poll", "--once"]
        print(f"\n$ inbox-agent --config {config.name} poll --once")
        first = subprocess.run(cmd, env=env, capture_output=True, text=True)
        print(first.stdout + first.stderr)
        if first.returncode != 0:
            return first.returncode

        received = sink.wait_for(1, timeout=10) if "sent:" in first.stdout else []
        shutil.rmtree(args.out, ignore_errors=True)
        args.out.mkdir(parents=True)
        print(f"The SMTP server received {len(received)} mail(s):")
        for n, item in enumerate(sink.messages(), 1):
            print(f"\n[{n}]\n{_summary(item.data)}")
            (args.out / f"reply-{n}.eml").write_bytes(item.data)
        print(f"\nReplies saved in {args.out}/ (open them with any mail program).")

        print("\n$ inbox-agent poll --once   # again: nothing is answered twice")
        second = subprocess.run(cmd, env=env, capture_output=True, text=True)
        print(second.stdout + second.stderr)
        print("Inbox after the runs (unread marks are kept; $InboxAgentDone = handled):")
        for m in account.messages():
            print(f"  UID {m.uid}: flags {' '.join(m.flags) or '(none: still unread)'}")
        print(f"Sent folder: {len(account.messages('Sent'))} copies of the replies.")
        return second.returncode


if __name__ == "__main__":
    sys.exit(main())
