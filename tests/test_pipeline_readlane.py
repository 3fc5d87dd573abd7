"""Parse + classify of a burst in a worker process (``app.readlane``, issue 17): the same
results as in the poll's own process, and a worker that dies loses no mail."""

from __future__ import annotations

import os
import signal
import time
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import env_for, make_mail, write_config
from trust_support import sink_ids, store_table

from inbox_agent.app.readlane import ReadLane, read
from inbox_agent.faults import ENV
from inbox_agent.model import RawMessage
from inbox_agent.understanding.classify import load_rules

MAILS = Path(__file__).parent / "mails"
RULES = Path(__file__).parent.parent / "rules"
WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def four_a_chunk(monkeypatch):
    """The claims' tests count in chunks of four mails (the poll's are larger)."""
    from inbox_agent.app import readlane

    monkeypatch.setattr(readlane, "CHUNK", 4)


def _raws() -> list[RawMessage]:
    files = sorted(MAILS.glob("*.eml"))
    return [RawMessage(folder="INBOX", uidvalidity=1, uid=n, data=p.read_bytes(), size=0,
                       internaldate=WHEN) for n, p in enumerate(files, start=1)]


def test_the_worker_reads_every_mail_as_this_process_does():
    rules = load_rules(RULES)
    raws = _raws()
    own = ("anmeldung@vsop.de",)
    here = [read(raw.data, raw.internaldate, rules, own, "vsop.de") for raw in raws]
    with ReadLane.start(rules, own, "vsop.de") as lane:
        assert lane.pool is not None
        reads = lane.submit(raws)
        got = []
        for raw in raws:  # as the poll does: what the worker has not read is read here
            got.append(reads.get(raw))
            if got[-1] is None:
                read(raw.data, raw.internaldate, rules, own, "vsop.de")
    by_worker = [(i, g) for i, g in enumerate(got) if g is not None]
    assert len(by_worker) >= len(raws) // 4  # the worker did its part
    for i, g in by_worker:
        assert _fixed(g) == _fixed(here[i]), raws[i].uid  # Mail and Verdict: equal values


def test_each_chunk_is_read_by_one_side_only_and_one_the_worker_is_on_is_waited_for(four_a_chunk):
    """Round 6: each chunk is claimed by whoever begins it first (the worker, or the
    poll, which reads a chunk the worker has not begun); a chunk the worker is on is
    waited for, and a claimed one is skipped by the worker: no mail is read twice."""
    from inbox_agent.app import readlane

    rules = load_rules(RULES)
    raws = _raws()[:24]  # six chunks, in order
    own = ("anmeldung@vsop.de",)
    with ReadLane.start(rules, own, "vsop.de") as lane:
        reads = lane.submit(raws)
        # The last chunk, not begun (the worker goes in order): claimed and read here.
        tail = [reads.get(raw) for raw in raws[-4:]]
        first, _ = reads.of[raws[0].uid]
        while lane.claims.slots[first.slot] != readlane.WORKER:  # the worker began it
            time.sleep(0.001)
        got = [reads.get(raw) for raw in raws[:-4]] + tail
        chunks = {id(c): c for c, _ in reads.of.values()}.values()
        by_worker = {c.start: c.future.result() is not None for c in chunks}
    assert by_worker[0] and None not in got[:4]  # the chunk it was on: waited for
    for i, raw in enumerate(raws):  # read by the worker exactly where not read here
        start = i - i % 4
        assert not (by_worker[start] and start in reads.read_here), raw.uid
        assert (got[i] is not None) == (by_worker[start] or start in reads.read_here), raw.uid
    assert tail == [None] * 4 and by_worker[20] is False  # the poll's share: its own claim
    here = [read(raw.data, raw.internaldate, rules, own, "vsop.de") for raw in raws]
    assert [_fixed(g) for g in got if g] == [_fixed(h) for h, g in zip(here, got) if g]


def test_while_the_worker_is_on_a_chunk_the_poll_reads_the_chunks_after_it(four_a_chunk):
    """Round 7: the poll does not wait idle for a chunk the worker is on; it claims
    and reads the chunks after it the worker has not begun, and hands out the same
    values in the same order."""
    from inbox_agent.app import readlane

    rules, raws, own = load_rules(RULES), _raws()[:24], OWN
    with _busy_lane(rules) as lane:  # the worker busy ...
        reads = lane.submit(raws)
        first, _ = reads.of[raws[0].uid]
        assert lane.claims.take(first.slot, readlane.WORKER)  # ... and on the first chunk
        got = [reads.get(raw) for raw in raws]
        chunks = sorted({id(c): c for c, _ in reads.of.values()}.values(),
                        key=lambda c: c.start)
        by_worker = [c.future.result() is not None for c in chunks]
    assert by_worker == [True] + [False] * 5  # the others were read here meanwhile
    assert reads.read_here == {4, 8, 12, 16, 20} and reads.ahead == {}
    here = [read(raw.data, raw.internaldate, rules, own, "vsop.de") for raw in raws]
    assert None not in got and [_fixed(g) for g in got] == [_fixed(h) for h in here]


def test_a_chunk_the_poll_took_is_not_read_ahead_a_second_time(four_a_chunk):
    """A claim of one's own piece is granted again: the chunk the poll took for its caller
    (who reads it) must not be read ahead once more while the worker is on another
    (CI found the last chunk read twice on the poll's side)."""
    from inbox_agent.app import readlane

    rules, raws = load_rules(RULES), _raws()[:24]
    with _busy_lane(rules) as lane:  # the worker busy ...
        reads = lane.submit(raws)
        tail = [reads.get(raw) for raw in raws[-4:]]  # not begun: the caller reads these
        first, _ = reads.of[raws[0].uid]
        assert lane.claims.take(first.slot, readlane.WORKER)  # ... and on the first chunk
        got = [reads.get(raw) for raw in raws[:-4]]
    assert tail == [None] * 4 and None not in got
    assert reads.taken == {4, 8, 12, 16, 20} and reads.read_here == {4, 8, 12, 16}
    assert not any(raw.uid in reads.ahead for raw in raws[-4:])  # nothing left read twice


OWN = ("anmeldung@vsop.de",)


@contextmanager
def _busy_lane(rules):
    """A read lane whose worker is busy for a second before it takes any chunk."""
    with ReadLane.start(rules, OWN, "vsop.de") as lane:
        lane.pool.submit(time.sleep, 1.0)
        yield lane


def _fixed(got):
    """mail-parser names an attached message/rfc822 at random, anew at each parse."""
    mail, verdict = got
    parts = tuple(replace(a, filename="") if a.content_type == "message/rfc822" else a
                  for a in mail.attachments)
    return replace(mail, attachments=parts), verdict


def test_a_killed_worker_leaves_its_mails_to_this_process():
    rules = load_rules(RULES)
    raws = _raws()
    with ReadLane.start(rules, (), "") as lane:
        pid = next(iter(lane.pool._processes))
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while lane.pool is not None:  # batch after batch, as the poll goes on
            assert time.monotonic() < deadline, "the dead worker was never noticed"
            reads = lane.submit(raws)  # to a dying or dead pool: no exception
            assert all(reads.get(raw) is None for raw in raws)  # each left to this process
            # The poll decides a batch between two submits. Submitting in a tight loop
            # instead kept the executor's manager thread from noticing the dead worker
            # within 10 s in 3 of 5 runs (it was busy with the flood of submits);
            # a poll submits once per batch.
            time.sleep(0.05)
        later = lane.submit(raws[:9])  # the rest of the poll without the worker
        assert later.of == {} and [later.get(raw) for raw in raws[:9]] == [None] * 9


def test_a_mail_the_worker_cannot_read_is_read_here():
    rules = load_rules(RULES)
    raws = _raws()[:12]
    bad = RawMessage(folder="INBOX", uidvalidity=1, uid=99, data=None, size=0,  # type: ignore[arg-type]
                     internaldate=WHEN)
    batch = [*raws[:10], bad, *raws[10:]]
    with ReadLane.start(rules, (), "") as lane:
        reads = lane.submit(batch)
        for chunk in reads.of.values():  # all of it read by the worker
            chunk[0].future.result()
        results = {raw.uid: reads.get(raw) for raw in batch}
        assert results[99] is None
        assert lane.pool is not None  # one bad mail does not stop the worker
        assert results[batch[-1].uid] is not None


def test_a_worker_killed_in_a_burst_loses_no_mail_and_answers_each_once(
        tmp_path, imap_account, smtp_sink):
    """Thirty people's mails in batches of ten: the burst reads in the worker, which is
    killed at the first mail it reads. Every mail is handled (in the poll's own process where the
    worker left off), answered once, flagged, its fields read."""
    import subprocess
    import sys

    from helpers import ROOT

    config = write_config(tmp_path, imap_account, smtp_sink, batch_size=10)
    config.write_text(config.read_text(encoding="utf-8").replace(  # busy machine or not
        "batch_size = 10", "batch_size = 10\nread_worker = true"), encoding="utf-8")
    for n in range(30):
        imap_account.append(make_mail(sender=f"P{n} <p{n}@example.de>", message_id=f"<w{n}@ex>"))
    run = subprocess.run(
        [sys.executable, "-m", "inbox_agent", "--config", str(config), "poll", "--once"],
        capture_output=True, text=True, env={**env_for(imap_account), ENV: "read-worker:1"},
        cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "worker process reading mail stopped" in run.stderr + run.stdout
    smtp_sink.wait_for(30)
    assert sorted(sink_ids(smtp_sink).values()) == [1] * 30
    assert all("$InboxAgentDone" in m.flags for m in imap_account.messages())
    messages = store_table(tmp_path / "store.json", "messages")
    assert len(messages) == 30 and {m["intent"] for m in messages.values()} == {"pre_registration"}
    outbox = store_table(tmp_path / "store.json", "outbox")
    assert [e["status"] for e in outbox.values()] == ["sent"] * 30

    assert sorted(m["email"] for m in messages.values()) == sorted(
        f"p{n}@example.de" for n in range(30))
    assert {m["fields"].get("name") for m in messages.values()} == {"Anna Schmidt"}


def test_invoices_rendered_ahead_by_the_worker_are_the_same_bytes_and_only_for_their_record(
        tmp_path, monkeypatch):
    """The PDFs of a batch's planned replies are rendered in the worker while the poll
    goes on; compose takes one only for the very record it was made from."""
    from decimal import Decimal

    from inbox_agent.config import load_config
    from inbox_agent.invoices import files, issue
    from inbox_agent.registrations.attendee import Attendee, State
    from inbox_agent.registrations.rules import EventRules
    from inbox_agent.store.db import Store

    config = load_config(RULES.parent / "config.toml")
    rules = load_rules(RULES)
    with Store(tmp_path / "store.json").open() as store:
        made = [issue.issue(store, config, EventRules.from_config(config), Attendee(
            email=f"p{n}@example.de", state=State.REGISTERED, name=f"Person {n}", member=n % 2 == 0,
            persons=1, fee=Decimal("250"), payment_due=datetime(2025, 6, 16).date()), WHEN)
            for n in range(3)]
        entries = [{"invoice": {"number": inv.number}} for inv in made]
        entries.append({})  # a reply without an invoice: nothing to render
        with ReadLane.start(rules, (), "", config) as lane:
            assert lane.render_ahead(store, entries) == 3
            assert lane.render_ahead(store, entries) == 0  # each once
            assert all(files.rendered_ahead(inv.number) for inv in made)
            here = files.render(made[0], config)
            lane.rendering[made[0].number].result(timeout=30)  # the worker has made it
            rendered_here = []
            real_render = files.render
            monkeypatch.setattr(files, "render", lambda *a: rendered_here.append(a) or
                                real_render(*a))
            assert files._made(made[0], config).pdf == here.pdf  # the worker's, same bytes
            assert rendered_here == []  # not rendered again here
            assert not files.rendered_ahead(made[0].number)  # taken
            changed = replace(made[1], buyer=replace(made[1].buyer, name="Someone Else"))
            assert files._made(changed, config).pdf == files.render(changed, config).pdf
        assert not files.rendered_ahead(made[2].number)  # forgotten with the poll's worker


def test_a_wrong_read_worker_value_is_reported_with_its_key(tmp_path):
    from inbox_agent.config import load_config
    from inbox_agent.errors import ConfigError

    shipped = (RULES.parent / "config.toml").read_text(encoding="utf-8")
    assert 'read_worker = "auto"' in shipped
    path = tmp_path / "config.toml"
    path.write_text(shipped.replace('read_worker = "auto"', 'read_worker = "sometimes"'),
                    encoding="utf-8")
    try:
        load_config(path)
    except ConfigError as err:
        assert "[imap] read_worker" in str(err) and "sometimes" in str(err)
    else:
        raise AssertionError("a wrong read_worker was accepted")
    for value, wanted in (("true", True), ("false", False), ('"auto"', "auto")):
        path.write_text(shipped.replace('read_worker = "auto"', f"read_worker = {value}"),
                        encoding="utf-8")
        assert load_config(path).imap.read_worker == wanted


def test_auto_starts_the_worker_only_when_the_rest_of_the_machine_leaves_a_core_free(
        monkeypatch):
    """Round 6: "auto" looks at what the machine uses now (``/proc/stat`` over 0.1 s),
    not at the last minute's load average (which still counts, say, the filling of a
    mailbox just before); without /proc/stat the load average decides."""
    from inbox_agent.app import cores

    busy = cores._busy_cores(0.05)
    assert busy is not None and 0 <= busy <= (os.cpu_count() or 1) + 0.01
    monkeypatch.setattr(cores.os, "sched_getaffinity", lambda _pid: {0, 1})
    for now, load, spare in [(0.4, 3.0, True), (1.2, 0.1, False), (None, 0.5, True),
                             (None, 1.5, False)]:
        monkeypatch.setattr(cores, "_busy_cores", lambda _s, since=None, now=now: now)
        monkeypatch.setattr(cores.os, "getloadavg", lambda load=load: (load, load, load))
        assert cores.spare_core() is spare, (now, load)
    monkeypatch.setattr(cores.os, "sched_getaffinity", lambda _pid: {0})
    monkeypatch.setattr(cores, "_busy_cores", lambda _s, since=None: 0.0)
    assert cores.spare_core() is False  # one core: never


def test_the_core_check_measures_over_the_polls_own_start_and_leaves_its_cpu_out():
    """Round 9: the poll probes the machine as it begins; at the burst the measure is
    taken over the time since (connecting, the UID search), not slept for another
    0.1 s, and what the poll's own process used meanwhile is not counted as others'."""
    from inbox_agent.app import cores

    began = cores.probe()
    spun = time.process_time()
    while time.process_time() - spun < 0.15:  # this process keeps a core busy
        pass
    start = time.monotonic()
    busy = cores._busy_cores(cores.SAMPLE_SECONDS, since=began)
    assert time.monotonic() - start < 0.05  # nothing slept: the sample had passed
    end = cores.probe()
    total = (os.cpu_count() or 1) * (1 - (end.ticks[1] - began.ticks[1])
                                     / (end.ticks[0] - began.ticks[0]))
    assert busy is not None and busy <= total - 0.6  # its own core's work left out


def test_an_invoice_is_rendered_before_the_reads_queued_ahead_of_it(tmp_path, four_a_chunk):
    """The invoices of the batch being composed overtake the next batch's reads: the
    worker takes them after the few chunks in its queue (``poolfeed``), not after all."""
    from decimal import Decimal

    from inbox_agent.app import readlane
    from inbox_agent.config import load_config
    from inbox_agent.invoices import files, issue
    from inbox_agent.registrations.attendee import Attendee, State
    from inbox_agent.registrations.rules import EventRules
    from inbox_agent.store.db import Store

    config = load_config(RULES.parent / "config.toml")
    rules = load_rules(RULES)
    raws = [replace(raw, uid=n) for n, raw in enumerate(_raws() * 3, start=1)]
    with Store(tmp_path / "store.json").open() as store:
        invoice = issue.issue(store, config, EventRules.from_config(config), Attendee(
            email="p@example.de", state=State.REGISTERED, name="Person", member=True,
            persons=1, fee=Decimal("250"), payment_due=datetime(2025, 6, 16).date()), WHEN)
        with ReadLane.start(rules, (), "", config) as lane:
            reads = lane.submit(raws)  # the next batch: queued first
            assert len(reads.chunks) >= readlane.AHEAD + 6
            assert lane.render_ahead(store, [{"invoice": {"number": invoice.number}}]) == 1
            lane.rendering[invoice.number].result(timeout=30)  # the worker's render
            done = sum(chunk.future.done() for chunk in reads.chunks)
            made = files._AHEAD[invoice.number][1]()
            assert made is not None and made.pdf == files.render(invoice, config).pdf
            # Behind the pool's FIFO, every chunk would be done by now.
            assert done <= readlane.AHEAD + 2, (done, len(reads.chunks))
            # The chunk in the queue before the invoice is the worker's: waited for.
            first = [reads.get(raw) for raw in raws[:readlane.CHUNK]]
            assert all(g is not None and g[0].subject == read(
                raw.data, raw.internaldate, rules, (), "")[0].subject
                for g, raw in zip(first, raws))


def test_a_burst_s_invoices_are_the_worker_s_and_the_poll_never_imports_the_renderers(
        tmp_path, imap_account, smtp_sink):
    """``poll --once`` on thirty binding registrations in batches of ten: the worker
    renders every invoice (the poll's own process never imports the renderers, 30-40 MB
    and ~0.35 s before its first mail), and each confirmation carries the very PDF a
    fresh render of its invoice record gives."""
    import subprocess
    import sys

    from helpers import ROOT
    from test_money_servers import binding, invoice_of

    from inbox_agent.config import load_config
    from inbox_agent.invoices import files, issue
    from inbox_agent.store.db import Store

    config = write_config(tmp_path, imap_account, smtp_sink, batch_size=10)
    config.write_text(config.read_text(encoding="utf-8").replace(  # busy machine or not
        "batch_size = 10", "batch_size = 10\nread_worker = true"), encoding="utf-8")
    names = [f"{first} {last}" for first in ("Anna", "Jens", "Claudia", "Tobias", "Sabine")
             for last in ("Meier", "Hartmann", "Schulz", "Brandt", "Krüger", "Lindner")]
    for n, name in enumerate(names):
        imap_account.append(binding(f"p{n}@stadt-beispiel.de", name, member=n % 2 == 0,
                                    msgid=f"<b{n}@ex>"))
    code = ("import sys\nfrom inbox_agent.cli.main import run_cli\nstatus = 0\n"
            "try:\n    run_cli()\nexcept SystemExit as exc:\n    status = exc.code\n"
            "print('renderers in the poll:', 'fpdf' in sys.modules, file=sys.stderr)\n"
            "sys.exit(status)\n")
    run = subprocess.run([sys.executable, "-c", code, "--config", str(config), "poll", "--once"],
                         capture_output=True, text=True, env=env_for(imap_account), cwd=ROOT,
                         timeout=180)
    assert run.returncode == 0, run.stderr
    assert "renderers in the poll: False" in run.stderr
    smtp_sink.wait_for(30)
    pdfs = dict(invoice_of(m.message) for m in smtp_sink.messages())
    assert len(pdfs) == 30
    settings = load_config(config)
    with Store(tmp_path / "store.json", lock=False).open(hold=False) as store:
        for name, pdf in pdfs.items():
            record = issue.get(store, name.removesuffix(".pdf"))
            assert record is not None and files.render(record, settings).pdf == pdf, name
