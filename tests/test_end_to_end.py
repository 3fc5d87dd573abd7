"""The whole path against the real servers: Dovecot IMAP in, aiosmtpd SMTP out.

Each `inbox-agent` run here is a separate process, as in production, so "polling
again" and "restarting" are the same thing: a new process with the same store.
"""

from __future__ import annotations

import email
import email.policy
import time

from helpers import make_mail, run_cli, write_config

DONE = "$InboxAgentDone"


def only_reply(smtp_sink, settle: float = 0.3):
    time.sleep(settle)  # anything sent twice would have arrived by now
    got = smtp_sink.messages()
    assert len(got) == 1, [m.message["Subject"] for m in got]
    return got[0]


def test_pre_registration_is_answered_once_with_programme_form_and_headers(
    tmp_path, imap_account, smtp_sink
):
    config = write_config(tmp_path, imap_account, smtp_sink)
    original = "<vr-1@stadt-musterhausen.de>"
    imap_account.append(make_mail(
        message_id=original,
        headers={"Reply-To": "Sekretariat Sozialamt <sek.sozialamt@stadt-musterhausen.de>",
                 "References": "<announcement-2025@vsop.de>"},
    ))

    first = run_cli(config, imap_account, "poll", "--once")
    assert first.returncode == 0, first.stderr
    assert "pre_registration" in first.stdout and "replied: programme" in first.stdout

    received = only_reply(smtp_sink)
    assert received.rcpt_tos == ("sek.sozialamt@stadt-musterhausen.de",)  # Reply-To wins
    msg = received.message
    assert msg["From"].addresses[0].display_name == "VSOP e.V. Geschäftsstelle"
    assert msg["From"].addresses[0].addr_spec == "geschaeftsstelle@vsop.de"
    assert msg["To"].addresses[0].addr_spec == "sek.sozialamt@stadt-musterhausen.de"
    assert msg["In-Reply-To"] == original
    assert msg["References"].split() == ["<announcement-2025@vsop.de>", original]
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["Message-ID"].endswith("@vsop.de>")
    assert email.utils.parsedate_to_datetime(msg["Date"]).tzinfo is not None
    assert msg.get_content_type() == "multipart/mixed"
    assert msg.get_body(("plain",)) is not None and msg.get_body(("html",)) is not None
    assert "Voranmeldung" in msg.get_body(("plain",)).get_content()
    attachments = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert sorted(attachments) == ["anmeldeformular-2025.pdf", "programm-2025.pdf"]
    assert all(data.startswith(b"%PDF") for data in attachments.values())

    # A copy is in the Sent folder, the inbound mail carries the keyword and is still unread.
    assert imap_account.search_header("Sent", "Message-ID", msg["Message-ID"])
    [inbound] = imap_account.messages("INBOX")
    assert DONE in inbound.flags
    assert "\\Seen" not in inbound.flags

    # Polling again (a new process on the same store) sends nothing.
    second = run_cli(config, imap_account, "poll", "--once")
    assert second.returncode == 0, second.stderr
    assert "No new mail" in second.stdout
    only_reply(smtp_sink)
    assert len(imap_account.messages("Sent")) == 1


def test_machines_get_no_reply_but_are_marked_handled(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    ooo = make_mail(subject="Automatische Antwort: Voranmeldung Jahrestagung",
                    body="Ich bin bis zum 14.07. nicht im Büro. Ihre Mail wird nicht weitergeleitet.",
                    headers={"Auto-Submitted": "auto-replied"})
    listmail = make_mail(sender="Sozialplanung-L <sozialplanung-l@lists.example.org>",
                         subject="[Sozialplanung-L] Anmeldung zur Tagung",
                         body="Ich melde mich unverbindlich an.",
                         headers={"List-Id": "<sozialplanung-l.lists.example.org>",
                                  "Precedence": "list"})
    bounce = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.stadt-musterhausen.de>\r\n"
        b"To: geschaeftsstelle@vsop.de\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        b"Message-ID: <bounce-1@mx.stadt-musterhausen.de>\r\nAuto-Submitted: auto-replied\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n"
        b"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.stadt-musterhausen.de\r\n\r\n"
        b"Final-Recipient: rfc822; weg@stadt-musterhausen.de\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        b"--B--\r\n"
    )
    human = make_mail(sender="Bernd Weber <b.weber@kreis-beispiel.de>",
                      body="Guten Tag,\nich möchte mich gern unverbindlich für die Tagung voranmelden.\nBernd Weber")
    for raw in (ooo, listmail, bounce, human):
        imap_account.append(raw)

    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 0, result.stderr
    received = only_reply(smtp_sink)
    assert received.rcpt_tos == ("b.weber@kreis-beispiel.de",)
    flags = [m.flags for m in imap_account.messages("INBOX")]
    assert all(DONE in f for f in flags), flags


def test_a_mail_that_cannot_be_parsed_stays_unmarked_and_does_not_stop_the_others(
    tmp_path, imap_account, smtp_sink
):
    config = write_config(tmp_path, imap_account, smtp_sink)
    broken_uid = imap_account.append(b"\r\n")
    imap_account.append(make_mail())

    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 0, result.stderr
    assert f"UID {broken_uid}" in result.stdout and "empty" in result.stdout
    only_reply(smtp_sink)
    by_uid = {m.uid: m for m in imap_account.messages("INBOX")}
    assert DONE not in by_uid[broken_uid].flags
    assert all(DONE in m.flags for uid, m in by_uid.items() if uid != broken_uid)
    assert len(by_uid) == 2  # nothing deleted

    # It is tried again on the next poll (and still kept), the good one is not re-sent.
    again = run_cli(config, imap_account, "poll", "--once")
    assert f"UID {broken_uid}" in again.stdout
    only_reply(smtp_sink)


def test_dry_run_shows_the_reply_and_changes_nothing(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail())
    result = run_cli(config, imap_account, "poll", "--once", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "would send: programme to anna.schmidt@stadt-musterhausen.de" in result.stdout
    time.sleep(0.3)
    assert smtp_sink.messages() == []
    assert not (tmp_path / "store.json").exists()
    [m] = imap_account.messages("INBOX")
    assert DONE not in m.flags
    assert imap_account.messages("Sent") == []

    # The real run afterwards answers as usual.
    run_cli(config, imap_account, "poll", "--once")
    only_reply(smtp_sink)


def test_wrong_config_stops_before_any_server_is_contacted(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    config.write_text(config.read_text().replace("security = \"none\"", "security = \"plain\"", 1))
    imap_account.append(make_mail())
    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 2
    assert "[imap] security" in result.stderr and str(config) in result.stderr
    assert "Traceback" not in result.stderr
    [m] = imap_account.messages("INBOX")
    assert DONE not in m.flags


def test_missing_password_is_reported_by_its_variable_name(tmp_path, imap_account, smtp_sink):
    import os
    import subprocess
    import sys

    config = write_config(tmp_path, imap_account, smtp_sink)
    env = {k: v for k, v in os.environ.items() if k != "TEST_IMAP_PASSWORD"}
    result = subprocess.run([sys.executable, "-m", "inbox_agent", "--config", str(config),
                             "poll", "--once"], capture_output=True, text=True, env=env)
    assert result.returncode == 2
    assert "TEST_IMAP_PASSWORD" in result.stderr


def test_a_colleague_registered_on_her_behalf_gets_the_programme_the_writer_a_copy(
    tmp_path, imap_account, smtp_sink
):
    from helpers import ROOT

    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append((ROOT / "tests/mails/pre-006-on-behalf.eml").read_bytes())
    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 0, result.stderr
    received = only_reply(smtp_sink)
    msg = received.message
    assert [a.addr_spec for a in msg["To"].addresses] == ["anna.schmidt@kreis-beispiel.de"]
    writer = [a.addr_spec for a in msg["Cc"].addresses]
    assert len(writer) == 1 and writer[0] != "anna.schmidt@kreis-beispiel.de"
    assert sorted(received.rcpt_tos) == sorted(["anna.schmidt@kreis-beispiel.de", writer[0]])
    assert "Anna Schmidt" in msg.get_body(("plain",)).get_content()
