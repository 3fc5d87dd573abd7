"""Abuse and security: forged senders cannot make the office a mail bomb; hostile names
and subjects cannot add headers to our replies; templates are sandboxed and escape
HTML; TLS certificates are checked; the store is private; passwords stay out of logs."""

from __future__ import annotations

import base64
import socket
import ssl
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import ROOT, env_for, make_mail, run_cli, write_config
from trust_support import Imap, store_table

from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once
from inbox_agent.clock import FixedClock
from inbox_agent.config import Imap as ImapSettings
from inbox_agent.config import Smtp as SmtpSettings
from inbox_agent.config import load_config
from inbox_agent.errors import ConfigError, PermanentError
from inbox_agent.mail.mailbox import Mailbox
from inbox_agent.mail.smtp import SmtpSender
from inbox_agent.model import OutgoingMessage
from inbox_agent.outbox.templates import Templates
from inbox_agent.store.tasks import task_records

TLS = Path(__file__).parent / "tls"
DONE = "$InboxAgentDone"


# -- limits: no mail bomb through a forged sender -----------------------------------------


def test_a_forged_sender_flood_gets_at_most_the_per_address_share(tmp_path, imap_account,
                                                                  smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink, replies_per_address=3)
    victim = "Opfer <victim@example.org>"
    with Imap(imap_account) as imap:
        imap.append_all(make_mail(sender=victim, message_id=f"<forged-{n}@attacker>")
                        for n in range(12))
    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 0, result.stderr
    smtp_sink.wait_for(3)
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0  # nothing later
    got = smtp_sink.messages()
    assert [r.rcpt_tos for r in got] == [("victim@example.org",)] * 3
    assert all(DONE in m.flags for m in imap_account.messages())  # every mail handled
    outbox = store_table(tmp_path / "store.json", "outbox").values()
    withheld = [e for e in outbox if e["status"] == "suppressed"]
    assert len(withheld) == 9 and all("gefälscht" in e["error"] for e in withheld)
    digest = run_cli(config, imap_account, "digest", "--print")
    assert "Obergrenze je Adresse" in digest.stdout and "victim@example.org" in digest.stdout


def test_the_hourly_cap_makes_answers_wait_not_vanish(tmp_path, imap_account, smtp_sink,
                                                      monkeypatch):
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap_account.password)
    config = load_config(write_config(tmp_path, imap_account, smtp_sink, replies_per_hour=5))
    clock = FixedClock(datetime.now(UTC))
    services = bootstrap(config, clock=clock)
    with Imap(imap_account) as imap:
        imap.append_all(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<h{n}@ex>")
                        for n in range(8))
    try:
        report = poll_once(services)
        assert len(report.delivery.sent) == 5 and len(report.delivery.deferred) == 3
        clock.advance(timedelta(minutes=59))
        assert poll_once(services).delivery.sent == []
        tasks = [m for m in task_records(services.store) if m.get("task") == "reply_cap"]
        assert len(tasks) == 1 and "3 warten" in tasks[0]["summary"]
        clock.advance(timedelta(minutes=2))
        assert len(poll_once(services).delivery.sent) == 3
    finally:
        services.store.close()
    assert len(smtp_sink.wait_for(8)) == 8


def test_limits_are_validated(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    config.write_text(config.read_text().replace("replies_per_hour = 100000",
                                                 "replies_per_hour = 0"))
    with pytest.raises(ConfigError, match=r"\[limits\] replies_per_hour"):
        load_config(config)


# -- hostile names and subjects cannot write headers -------------------------------------


HOSTILE = [
    # encoded words that decode to CR/LF + a header
    ("=?utf-8?q?Anna=0D=0ABcc=3A_victim=40example=2Eorg?= <anna@example.de>",
     "=?utf-8?q?Voranmeldung=0D=0ABcc=3A_victim2=40example=2Eorg?="),
    ("=?utf-8?b?" + base64.b64encode(b"Anna\nTo: victim@example.org\n\nbody").decode()
     + "?= <anna@example.de>", "Voranmeldung\t\x0bJahrestagung"),
    ('"Anna\\r\\nCc: victim@example.org" <anna@example.de>',
     "=?iso-8859-1?q?Voranmeldung=0AX-Injected=3A_1?="),
]


@pytest.mark.parametrize("sender, subject", HOSTILE)
def test_cr_lf_in_names_and_subjects_never_become_headers(sender, subject, tmp_path,
                                                          imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    raw = (f"From: {sender}\r\nTo: geschaeftsstelle@vsop.de\r\nSubject: {subject}\r\n"
           f"Message-ID: <hostile@ex>\r\nDate: Mon, 02 Jun 2025 09:00:00 +0200\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           f"Hiermit melde ich mich unverbindlich zur Jahrestagung an.\r\n").encode()
    imap_account.append(raw)
    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 0, result.stderr
    [reply] = smtp_sink.wait_for(1)
    assert reply.rcpt_tos == ("anna@example.de",)
    head = reply.data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    names = [line.split(":", 1)[0].lower() for line in head.split("\r\n")
             if line and not line[0].isspace()]
    assert "bcc" not in names and "cc" not in names and "x-injected" not in names
    assert names.count("to") == 1 and names.count("subject") == 1
    assert "victim" not in reply.message["To"] or "\n" not in str(reply.message["To"])
    assert [a.addr_spec for a in reply.message["To"].addresses] == ["anna@example.de"]


def test_a_hostile_name_is_escaped_in_the_html_reply(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(
        sender='"Anna <img src=x onerror=alert(1)>" <anna@example.de>',
        body="Hiermit melde ich mich unverbindlich an.\n\nName: <script>alert(2)</script> Schmidt\n"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    [reply] = smtp_sink.wait_for(1)
    html = reply.message.get_body(("html",)).get_content()
    assert "<script" not in html and "<img" not in html and "onerror=alert" not in html.replace("&", "")


def test_templates_run_in_a_sandbox(tmp_path):
    folder = tmp_path / "templates" / "de"
    folder.mkdir(parents=True)
    (folder / "evil.txt.j2").write_text(
        '{% set subject = "x" %}{{ "".__class__.__mro__[1].__subclasses__() }}')
    (folder / "open.txt.j2").write_text(
        '{% set subject = "x" %}{{ cycler.__init__.__globals__.os.popen("id").read() }}')
    templates = Templates(tmp_path / "templates")
    for kind in ("evil", "open"):
        with pytest.raises(ConfigError, match="not allowed|undefined|has no attribute"):
            templates.render(kind, "de", {})


# -- TLS: certificates are checked unless told otherwise ---------------------------------


class _TlsServer:
    """A TLS server with a self-signed certificate (tests/tls), saying one line."""

    def __init__(self, greeting: bytes) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(TLS / "self-signed.pem", TLS / "self-signed.key")
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        self.handshakes_failed = 0

        def serve() -> None:
            while True:
                try:
                    conn, _ = self.sock.accept()
                except OSError:
                    return
                try:
                    with context.wrap_socket(conn, server_side=True) as tls:
                        tls.sendall(greeting)
                        tls.recv(100)
                except (ssl.SSLError, OSError):
                    self.handshakes_failed += 1

        threading.Thread(target=serve, daemon=True).start()

    def close(self) -> None:
        self.sock.close()


def test_imap_refuses_a_certificate_it_cannot_verify():
    server = _TlsServer(b"* OK IMAP4rev1 ready\r\n")
    try:
        settings = ImapSettings(host="localhost", port=server.port, username="office",
                                timeout_seconds=5)
        assert settings.security == "tls"  # the default
        with pytest.raises(PermanentError, match="certificate could not be verified"):
            Mailbox(settings, "pw").connect()
    finally:
        server.close()


def test_smtp_refuses_a_certificate_it_cannot_verify():
    server = _TlsServer(b"220 mail.example ESMTP\r\n")
    try:
        settings = SmtpSettings(host="localhost", port=server.port, timeout_seconds=5)
        assert settings.security == "tls"
        message = OutgoingMessage("<m@x>", "programme", "a@vsop.de", ("b@example.de",), b"x")
        with pytest.raises(PermanentError, match="certificate could not be verified"):
            with SmtpSender(settings, None) as sender:
                sender.send(message)
    finally:
        server.close()


# -- the store is private; passwords never reach a log -----------------------------------


def test_the_store_files_are_readable_by_their_owner_only(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail())
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    imap_account.append(make_mail(sender="B <b@example.de>"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    files = [p for p in tmp_path.iterdir() if p.name.startswith("store.json")
             and not p.name.endswith(".lock")]
    assert {p.name for p in files} >= {"store.json", "store.json.journal"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_passwords_never_appear_in_the_log_even_at_debug_level(tmp_path, imap_account,
                                                                smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    smtp_password = "Smtp-Geheimnis-4711"
    config.write_text(config.read_text().replace(
        'username = ""', 'username = "geschaeftsstelle@vsop.de"\npassword_env = "TEST_SMTP_PASSWORD"'))
    imap_account.append(make_mail())
    env = {**env_for(imap_account), "TEST_SMTP_PASSWORD": smtp_password}
    result = subprocess.run(
        [sys.executable, "-m", "inbox_agent", "--config", str(config), "-vv", "poll", "--once"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert smtp_sink.logins() == [("geschaeftsstelle@vsop.de", smtp_password)]  # it did log in
    log = result.stdout + result.stderr
    assert "DEBUG" in log and "LOGIN" in log.upper()  # the debug log was really on
    for secret in (imap_account.password, smtp_password):
        for form in _encodings(secret, imap_account.username, "geschaeftsstelle@vsop.de"):
            assert form not in log, f"a password appears in the log as {form!r}"


def _encodings(secret: str, *users: str) -> list[str]:
    """The password as it could leak: plain, and as AUTH PLAIN/LOGIN send it (base64)."""
    forms = [secret, base64.b64encode(secret.encode()).decode()]
    for user in users:
        forms.append(base64.b64encode(f"\0{user}\0{secret}".encode()).decode())
    return forms
