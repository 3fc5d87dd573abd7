"""The Sent check reads only the mails filed since a reply was planned (issue 17).

Each outbox entry records the store's mark of the Sent folder (UIDVALIDITY and a UID);
before a delivery the mails from the lowest mark on are read (``Mailbox.sent_copies``)
and the mark moves up, never past a copy of ours the store has no entry for
(``outbox.sentcheck``). Against a real Dovecot.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import make_mail, run_cli, write_config
from trust_support import Imap, sink_ids, store_table

from inbox_agent.config import Imap as ImapSettings
from inbox_agent.mail.mailbox import Mailbox
from inbox_agent.outbox.sentcheck import MARK_KEY, UNKNOWN_KEY, SentCheck, entry_mark
from inbox_agent.store.db import Store


def _ours(n: int) -> bytes:
    return make_mail(message_id=f"<reply.{n}@vsop.de>", headers={"X-Inbox-Agent-Kind": "programme"})


def _box(account) -> Mailbox:
    return Mailbox(ImapSettings(host=account.host, port=account.port, security="none",
                                username=account.username), account.password)


def test_the_sent_folder_is_read_from_a_uid_on_and_n_star_names_nothing_above_the_last(imap_account):
    with Imap(imap_account) as imap:
        imap.append_all([_ours(n) for n in range(1, 4)] + [make_mail(message_id="<staff@ex>")], "Sent")
    with _box(imap_account) as box:
        box.select("INBOX")
        whole = box.sent_copies(0, 1)
        validity = whole.uidvalidity
        assert validity > 0 and whole.start == 1 and whole.next_uid == 5
        assert whole.ids == {"<reply.1@vsop.de>": (1, True), "<reply.2@vsop.de>": (2, True),
                             "<reply.3@vsop.de>": (3, True), "<staff@ex>": (4, False)}
        part = box.sent_copies(validity, 3)
        assert (part.start, part.next_uid, set(part.ids)) == (3, 5, {"<reply.3@vsop.de>", "<staff@ex>"})
        # "9:*" names UID 4, the highest, too (RFC 3501): it is not a mail from 9 on.
        above = box.sent_copies(validity, 9)
        assert (above.start, above.next_uid, dict(above.ids)) == (9, 9, {})
        assert box.sent_copies(validity + 1, 3).start == 1  # another UIDVALIDITY: the whole folder
        assert box.sent_message_ids(["<reply.1@vsop.de>", "<reply.9@vsop.de>"]) == {"<reply.1@vsop.de>"}
        assert box.uids_after(0) == []  # the INBOX is selected again afterwards


def test_no_sent_folder_holds_nothing_and_sets_no_mark(imap_account, tmp_path):
    with _box(imap_account) as box, Store(tmp_path / "s.json") as store:
        box.settings = box.settings.model_copy(update={"sent_folder": "Gesendet"})
        assert box.sent_copies(0, 1).uidvalidity == 0
        check = SentCheck(box, [{"key": "<reply.1@vsop.de>"}], store)
        assert check(0) is False
        assert store.get("meta", MARK_KEY) is None
        box.client.create_folder("Gesendet")  # there, and empty: marked at its start
        empty = box.sent_copies(0, 1)
        assert empty.uidvalidity > 0 and (empty.start, empty.next_uid, dict(empty.ids)) == (1, 1, {})
        assert SentCheck(box, [{"key": "<reply.1@vsop.de>"}], store)(0) is False
        assert store.get("meta", MARK_KEY)["uid"] == 1


def test_the_mark_moves_up_but_never_past_a_copy_the_store_does_not_know(imap_account, tmp_path):
    """A store restored from an older copy: three replies it forgot are in Sent. The
    first lookup reads them, keeps them as unknown and moves the mark over them; a
    reply planned again after that (marked above its copy) is still found."""
    with Imap(imap_account) as imap:
        imap.append_all([make_mail(message_id=f"<staff.{n}@ex>") for n in range(5)], "Sent")
    with _box(imap_account) as box, Store(tmp_path / "s.json") as store:
        box.select("INBOX")
        validity = box.sent_copies(0, 1).uidvalidity
        assert SentCheck(box, [{"key": "<new.0@vsop.de>"}], store)(0) is False
        assert store.get("meta", MARK_KEY) == {"key": MARK_KEY, "uidvalidity": validity, "uid": 6}
        store.put("outbox", {"key": "<reply.1@vsop.de>", "status": "sent"})  # known
        with Imap(imap_account) as imap:
            imap.append_all([_ours(n) for n in (1, 2, 3)], "Sent")  # UIDs 6-8

        planned_before = {"key": "<new.1@vsop.de>", "sent_mark": entry_mark(store)}
        assert SentCheck(box, [planned_before], store)(0) is False
        assert store.get("meta", MARK_KEY)["uid"] == 9
        assert store.get("meta", UNKNOWN_KEY)["ids"] == ["<reply.2@vsop.de>", "<reply.3@vsop.de>"]

        again = {"key": "<reply.2@vsop.de>", "sent_mark": entry_mark(store)}  # mark 9 > UID 7
        assert SentCheck(box, [again], store)(0) is True
        unmarked = {"key": "<reply.3@vsop.de>"}  # from before marks: the whole folder
        assert SentCheck(box, [unmarked], store)(0) is True


def test_an_entry_of_a_recreated_sent_folder_is_looked_up_in_the_whole_folder(imap_account, tmp_path):
    with _box(imap_account) as box, Store(tmp_path / "s.json") as store:
        box.select("INBOX")
        with Imap(imap_account) as imap:
            imap.append_all([_ours(1)], "Sent")
        old = box.sent_copies(0, 1).uidvalidity
        entry = {"key": "<reply.9@vsop.de>", "sent_mark": {"uidvalidity": old, "uid": 2}}
        box.client.delete_folder("Sent")
        box.client.create_folder("Sent")
        with Imap(imap_account) as imap:
            imap.append_all([make_mail(message_id=f"<staff.{n}@ex>") for n in range(3)] + [_ours(9)], "Sent")
        store.put("meta", {"key": MARK_KEY, "uidvalidity": old, "uid": 2})
        assert SentCheck(box, [entry], store)(0) is True  # UID 4 of the new folder
        assert store.get("meta", MARK_KEY)["uidvalidity"] != old


def test_a_burst_reads_only_the_mails_filed_since_its_entries_were_planned(
        tmp_path, imap_account, smtp_sink, monkeypatch):
    """200 older mails in Sent. The first poll reads them once (nothing marked yet);
    after that each delivery reads only what came since: the previous batch's copies."""
    from inbox_agent.app.bootstrap import bootstrap
    from inbox_agent.app.pipeline import poll_once
    from inbox_agent.config import load_config

    with Imap(imap_account) as imap:
        imap.append_all([make_mail(message_id=f"<old.{n}@ex>") for n in range(200)], "Sent")
        imap.append_all([make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<a{n}@ex>")
                         for n in range(2)])
    monkeypatch.setenv("TEST_IMAP_PASSWORD", imap_account.password)
    config = load_config(write_config(tmp_path, imap_account, smtp_sink, batch_size=3))
    read: list[tuple[int, int]] = []
    real = Mailbox.sent_copies

    def counted(self, uidvalidity, start):
        seen = real(self, uidvalidity, start)
        read.append((seen.start, len(seen.ids)))
        return seen

    monkeypatch.setattr(Mailbox, "sent_copies", counted)
    services = bootstrap(config)
    try:
        poll_once(services)
        assert read == [(1, 200)]
        with Imap(imap_account) as imap:
            imap.append_all([make_mail(sender=f"Q{n} <q{n}@example.de>", message_id=f"<b{n}@ex>")
                             for n in range(9)])
        read.clear()
        poll_once(services)
    finally:
        services.store.close()
    assert read[0] == (201, 2)  # the first poll's two copies, nothing older
    assert all(start > 200 and count <= 3 for start, count in read), read
    assert len(read) == 3  # one read per delivery of the three batches
    assert sorted(sink_ids(smtp_sink).values()) == [1] * 11
    marks = [e["sent_mark"]["uid"] for e in store_table(tmp_path / "store.json", "outbox").values()
             if e["in_reply_to"].startswith("<b")]
    # Batch 1 is planned at the first poll's mark, each later batch above the last copies.
    assert marks == [201] * 3 + [203] * 3 + [206] * 3, marks


@pytest.mark.parametrize("spec", ["after-smtp:5", "after-sent-copy:5"])
def test_a_kill_late_in_a_burst_with_a_full_sent_folder_sends_nothing_twice(
        spec, tmp_path, imap_account, smtp_sink):
    """The kill lands on the fifth reply (the third batch), when the mark has moved
    past the 40 older mails and the first replies: killed after the SMTP server's 250
    (noted, no copy yet) or after the copy (not yet recorded), the next poll finds it."""
    from test_crash_points import poll_with_fault

    config = write_config(tmp_path, imap_account, smtp_sink, batch_size=2)
    with Imap(imap_account) as imap:
        imap.append_all([make_mail(message_id=f"<old.{n}@ex>") for n in range(40)], "Sent")
        imap.append_all([make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<q{n}@ex>")
                         for n in range(7)])
    assert poll_with_fault(config, imap_account, spec).returncode == -9
    again = run_cli(config, imap_account, "poll", "--once")
    assert again.returncode == 0, again.stderr
    smtp_sink.wait_for(7)
    assert sorted(sink_ids(smtp_sink).values()) == [1] * 7
    assert len(imap_account.messages("Sent")) == 47
    outbox = store_table(tmp_path / "store.json", "outbox")
    assert [e["status"] for e in outbox.values()] == ["sent"] * 7
    assert all(e["sent_mark"] is None or e["sent_mark"]["uid"] >= 41 for e in outbox.values())


def test_a_restored_store_whose_mark_was_passed_answers_nobody_twice(
        tmp_path, imap_account, smtp_sink):
    """The store is put back to a copy from before two replies (and before the second
    reply was recorded sent). Its leftover is looked up first: that reads the two
    forgotten copies, keeps them as unknown and moves the mark over them. The two mails,
    read again, are planned above their copies, and still not answered twice."""
    config = write_config(tmp_path, imap_account, smtp_sink)
    store = tmp_path / "store.json"
    imap_account.append(make_mail(message_id="<first@ex>"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    imap_account.append(make_mail(sender="S <s@example.de>", message_id="<second@ex>"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0  # marks exist now
    with Store(store) as opened:
        opened.compact()
        opened.write_copy(tmp_path / "older.json")
    for n in range(2):
        imap_account.append(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<p{n}@ex>"))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    assert len(smtp_sink.wait_for(4)) == 4

    for leftover in Path(tmp_path).glob("store.json*"):
        leftover.unlink()
    shutil.copy(tmp_path / "older.json", store)
    with Store(store) as opened:  # as if taken before the second reply was recorded sent
        second = next(e for e in opened.all("outbox") if e["in_reply_to"] == "<second@ex>")
        opened.put("outbox", {**second, "status": "planned", "sent_at": None})
        opened.commit()
    result = run_cli(config, imap_account, "poll", "--once")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("already sent") == 3, result.stdout
    assert sorted(sink_ids(smtp_sink).values()) == [1] * 4
    assert store_table(store, "meta")[UNKNOWN_KEY]["ids"] == sorted(
        e["key"] for e in store_table(store, "outbox").values() if e["in_reply_to"] in ("<p0@ex>", "<p1@ex>"))
