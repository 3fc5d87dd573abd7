"""The test servers themselves: prove that Dovecot and the SMTP sink really work.

Every other server test builds on these fixtures, so they are checked here with the
standard library alone (imaplib, smtplib), independent of the app's own adapters.
"""

from __future__ import annotations

import imaplib
import smtplib
import socket
import time
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from devtools import devservers
from devtools.devservers import (
    DOVECOT_INSTALL_HINT,
    Dovecot,
    DovecotMissingError,
    ImapAccount,
    Received,
    SmtpSink,
)


def make_mail(subject: str = "Voranmeldung", message_id: str = "<m1@example.org>") -> bytes:
    """A small RFC 5322 message with CRLF line ends, as IMAP stores it."""
    return (
        "From: Erika Mustermann <erika@example.org>\r\n"
        "To: geschaeftsstelle@vsop.de\r\n"
        f"Subject: {subject}\r\n"
        f"Message-ID: {message_id}\r\n"
        "Date: Mon, 02 Jun 2025 09:00:00 +0200\r\n"
        "\r\n"
        "Hiermit melde ich mich unverbindlich an.\r\n"
    ).encode("ascii")


# --------------------------------------------------------------------------- IMAP


def test_append_and_read_back(imap_account: ImapAccount) -> None:
    uid = imap_account.append(make_mail(), flags=("\\Seen", "$Processed"))

    messages = imap_account.messages()

    assert [m.uid for m in messages] == [uid]
    assert messages[0].data == make_mail()
    assert set(messages[0].flags) == {"\\Seen", "$Processed"}
    assert messages[0].message["Subject"] == "Voranmeldung"


def test_append_sets_internaldate(imap_account: ImapAccount) -> None:
    when = datetime(2025, 6, 1, 12, 30, tzinfo=timezone.utc)
    imap_account.append(make_mail(), internaldate=when)

    conn = imaplib.IMAP4(imap_account.host, imap_account.port)
    try:
        conn.login(imap_account.username, imap_account.password)
        conn.select("INBOX", readonly=True)
        _, data = conn.fetch("1", "(INTERNALDATE)")
    finally:
        conn.logout()
    parsed = imaplib.Internaldate2tuple(data[0])
    assert parsed is not None
    assert time.mktime(parsed) == when.timestamp()


def test_users_do_not_see_each_others_mail(dovecot: Dovecot) -> None:
    first = dovecot.create_account("erika@example.org", "pw-1")
    second = dovecot.create_account("max@example.org", "pw-2")

    first.append(make_mail())

    assert len(first.messages()) == 1
    assert second.messages() == []


def test_new_users_can_log_in_immediately(dovecot: Dovecot) -> None:
    # Dovecot re-reads a shared passwd-file at most once a second; per-user files
    # make every new user visible at once. Several in a row catch a regression.
    for n in range(5):
        account = dovecot.create_account(f"burst-{n}@example.org", f"pw-{n}")
        assert account.messages() == []


def test_login_is_case_insensitive(dovecot: Dovecot) -> None:
    dovecot.add_user("Mixed.Case@Example.org", "pw")
    account = ImapAccount(dovecot.host, dovecot.port, "MIXED.case@example.ORG", "pw")
    assert account.messages() == []


def test_wrong_password_is_refused_without_penalty(imap_account: ImapAccount) -> None:
    wrong = ImapAccount(imap_account.host, imap_account.port, imap_account.username, "nope")
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        wrong.messages()
    # Dovecot's default per-IP penalty would delay the next logins by seconds.
    started = time.monotonic()
    assert imap_account.messages() == []
    assert time.monotonic() - started < 1.5


def test_add_user_refuses_duplicates_and_bad_names(dovecot: Dovecot) -> None:
    dovecot.add_user("once@example.org", "pw")
    with pytest.raises(ValueError):
        dovecot.add_user("ONCE@example.org", "other")
    with pytest.raises(ValueError):
        dovecot.add_user("../escape", "pw")
    with pytest.raises(ValueError):
        dovecot.add_user("ok@example.org", "pass:word")


def test_sent_mailbox_is_special_use_and_subscribed(imap_account: ImapAccount) -> None:
    conn = imaplib.IMAP4(imap_account.host, imap_account.port)
    try:
        conn.login(imap_account.username, imap_account.password)
        _, listed = conn.list()
        _, subscribed = conn.lsub()
    finally:
        conn.logout()
    sent = [line for line in listed if isinstance(line, bytes) and line.endswith(b"Sent")]
    assert sent and b"\\Sent" in sent[0]
    assert any(isinstance(line, bytes) and line.endswith(b"Sent") for line in subscribed)

    uid = imap_account.append(make_mail(subject="Re: Voranmeldung"), folder="Sent")
    assert [m.uid for m in imap_account.messages("Sent")] == [uid]


def test_append_creates_missing_folder(imap_account: ImapAccount) -> None:
    imap_account.append(make_mail(), folder="Processed")
    assert len(imap_account.messages("Processed")) == 1


def test_search_header(imap_account: ImapAccount) -> None:
    first = imap_account.append(make_mail(message_id="<a1@example.org>"))
    second = imap_account.append(
        make_mail(subject="=?utf-8?q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=", message_id="<b2@x>")
    )

    assert imap_account.search_header("INBOX", "Message-ID", "<a1@example.org>") == [first]
    assert imap_account.search_header("INBOX", "Message-ID", "<nope@x>") == []
    # Dovecot decodes RFC 2047 words before matching; the helper sends UTF-8.
    assert imap_account.search_header("INBOX", "Subject", "Grüße aus Köln") == [second]


def test_restart_keeps_mail_and_port(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    uid = imap_account.append(make_mail())
    port = dovecot.port

    dovecot.stop()
    try:
        assert not dovecot.is_running()
        with pytest.raises(OSError):
            socket.create_connection((dovecot.host, port), timeout=1).close()
    finally:
        dovecot.start()

    assert dovecot.is_running()
    assert dovecot.port == port
    assert [m.uid for m in imap_account.messages()] == [uid]

    dovecot.restart()
    assert [m.data for m in imap_account.messages()] == [make_mail()]


def test_start_failure_reports_the_log(dovecot: Dovecot) -> None:
    # A second instance on a port that is already taken must fail clearly.
    with pytest.raises(RuntimeError) as excinfo:
        with Dovecot(port=dovecot.port, startup_timeout=5):
            pass
    assert "dovecot.log" in str(excinfo.value)
    assert "Address already in use" in str(excinfo.value)


def test_missing_dovecot_gives_install_hint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(devservers.shutil, "which", lambda name: None)
    monkeypatch.setattr(devservers, "_SBIN_DOVECOT", str(tmp_path / "no-dovecot"))

    with pytest.raises(DovecotMissingError) as excinfo:
        Dovecot().start()

    assert isinstance(excinfo.value, RuntimeError)
    assert str(excinfo.value) == DOVECOT_INSTALL_HINT
    assert "apt-get install -y dovecot-imapd" in DOVECOT_INSTALL_HINT


# --------------------------------------------------------------------------- SMTP


def make_outgoing(subject: str = "Ihre Voranmeldung") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "geschaeftsstelle@vsop.de"
    msg["To"] = "erika@example.org"
    msg["Subject"] = subject
    msg.set_content("Vielen Dank für Ihre Voranmeldung.\n")
    return msg


def test_sink_records_a_mail(smtp_sink: SmtpSink) -> None:
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as client:
        client.send_message(make_outgoing(), to_addrs=["erika@example.org", "cc@example.org"])

    [received] = smtp_sink.wait_for(1)

    assert received.mail_from == "geschaeftsstelle@vsop.de"
    assert received.rcpt_tos == ("erika@example.org", "cc@example.org")
    assert received.message["Subject"] == "Ihre Voranmeldung"
    assert "Vielen Dank" in received.message.get_content()
    assert smtp_sink.messages() == [received]

    smtp_sink.clear()
    assert smtp_sink.messages() == []


def test_sink_fail_next_data_451_then_accepts(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next(451, "Try again later")

    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPDataError) as excinfo:
            client.send_message(make_outgoing())
        assert excinfo.value.smtp_code == 451
        assert smtp_sink.messages() == []

        client.send_message(make_outgoing("second try"))

    [received] = smtp_sink.wait_for(1)
    assert received.message["Subject"] == "second try"


def test_sink_fail_next_rcpt_550_several_times(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next(550, "No such user", times=2, stage="RCPT")

    for _ in range(2):
        with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as client:
            with pytest.raises(smtplib.SMTPRecipientsRefused) as excinfo:
                client.send_message(make_outgoing())
        [(code, _text)] = excinfo.value.recipients.values()
        assert code == 550

    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as client:
        client.send_message(make_outgoing())
    assert len(smtp_sink.wait_for(1)) == 1


def test_sink_accepts_any_login(smtp_sink: SmtpSink) -> None:
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as client:
        client.login("office", "s3cret")
        client.send_message(make_outgoing())

    smtp_sink.wait_for(1)
    assert smtp_sink.logins() == [("office", "s3cret")]


def test_sink_wait_for_times_out_with_a_count(smtp_sink: SmtpSink) -> None:
    with pytest.raises(TimeoutError, match="got 0"):
        smtp_sink.wait_for(1, timeout=0.2)


def test_received_is_frozen() -> None:
    received = Received("a@example.org", ("b@example.org",), b"Subject: x\r\n\r\ny\r\n")
    with pytest.raises(AttributeError):
        received.data = b""  # type: ignore[misc]
    assert received.message["Subject"] == "x"


def test_shared_corpora_fixture(shared_corpora: Path) -> None:
    assert shared_corpora.is_dir()
    assert shared_corpora.name == "corpora"
