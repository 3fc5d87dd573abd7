"""Mailbox surprises: the folder is recreated (new UIDVALIDITY) and filled with the same
mails again; staff read, move and delete mails while the daemon works, even between
its SEARCH and its FETCH. Nothing breaks, nobody is answered twice, the staff's
"read" marks stay as they were."""

from __future__ import annotations

import time

from helpers import make_mail, run_cli, write_config
from trust_support import Imap, sink_ids, store_table

from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import poll_once
from inbox_agent.config import load_config
from inbox_agent.mail.mailbox import Mailbox

DONE = "$InboxAgentDone"
FOLDER = "Anmeldungen"  # INBOX cannot be deleted; a sorted-into folder can


def _uidvalidity(imap: Imap, folder: str) -> int:
    typ, data = imap.conn.status(f'"{folder}"', "(UIDVALIDITY)")
    return int(data[0].split(b"UIDVALIDITY")[1].strip(b" )"))


def test_a_recreated_folder_is_read_again_without_answering_anyone_twice(
        tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    config.write_text(config.read_text().replace('folder = "INBOX"', f'folder = "{FOLDER}"'))
    mails = [make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<u{n}@ex>") for n in range(3)]
    # one without a Message-ID: it is known by the hash of its bytes
    mails.append(make_mail(sender="Ohne <ohne@example.de>").replace(b"Message-ID:", b"X-Old-Id:"))
    with Imap(imap_account) as imap:
        imap.conn.create(FOLDER)
        imap.append_all(mails, FOLDER)
        before = _uidvalidity(imap, FOLDER)
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    assert len(smtp_sink.wait_for(4)) == 4

    # The folder is deleted and made again (a server migration, a staff member's
    # "clean-up"), and the same mails end up in it once more, plus a new one.
    with Imap(imap_account) as imap:
        imap.conn.delete(FOLDER)
        imap.conn.create(FOLDER)
        imap.append_all([*mails, make_mail(sender="Neu <neu@example.de>", message_id="<new@ex>")],
                        FOLDER)
        assert _uidvalidity(imap, FOLDER) != before
    result = run_cli(config, imap_account, "-v", "poll", "--once")
    assert result.returncode == 0, result.stderr
    assert "UIDVALIDITY" in result.stderr  # said in the log
    assert result.stdout.count("already handled") == 4
    smtp_sink.wait_for(5)
    time.sleep(0.2)
    counts = sink_ids(smtp_sink)
    assert len(smtp_sink.messages()) == 5 and set(counts.values()) == {1}
    assert all(DONE in m.flags for m in imap_account.messages(FOLDER))
    assert len(store_table(tmp_path / "store.json", "messages")) == 5


def test_staff_reading_moving_and_deleting_meanwhile(tmp_path, imap_account, smtp_sink,
                                                     monkeypatch):
    config = write_config(tmp_path, imap_account, smtp_sink)
    uids = [imap_account.append(make_mail(sender=f"P{n} <p{n}@example.de>",
                                          message_id=f"<s{n}@ex>")) for n in range(4)]
    with Imap(imap_account) as imap:
        imap.conn.select("INBOX")
        imap.conn.uid("STORE", str(uids[0]), "+FLAGS", "(\\Seen)")  # read by staff first
    real_fetch = Mailbox.fetch

    def fetch_after_staff_acted(self, folder, wanted):
        # Between our SEARCH and our FETCH staff file one mail away and delete another.
        with Imap(imap_account) as imap:
            imap.conn.create("Archiv")
            imap.conn.select("INBOX")
            imap.conn.uid("COPY", str(uids[1]), "Archiv")
            imap.conn.uid("STORE", f"{uids[1]},{uids[2]}", "+FLAGS", "(\\Deleted)")
            imap.conn.expunge()
        return real_fetch(self, folder, wanted)

    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap_account.password)
    monkeypatch.setattr(Mailbox, "fetch", fetch_after_staff_acted)
    services = bootstrap(load_config(config))
    try:
        report = poll_once(services)
    finally:
        services.store.close()
    monkeypatch.undo()
    assert sorted(h.uid for h in report.handled) == [uids[0], uids[3]]
    assert not report.failed
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    smtp_sink.wait_for(2)
    time.sleep(0.2)
    assert sorted(r.rcpt_tos[0] for r in smtp_sink.messages()) == ["p0@example.de", "p3@example.de"]
    left = {m.uid: m.flags for m in imap_account.messages()}
    assert sorted(left) == [uids[0], uids[3]]
    assert "\\Seen" in left[uids[0]] and DONE in left[uids[0]]  # still read, and handled
    assert "\\Seen" not in left[uids[3]]  # still unread for the staff
    assert [m.message["Message-ID"] for m in imap_account.messages("Archiv")] == ["<s1@ex>"]
