"""Hostile and broken input: whatever arrives, the daemon does not crash, loses nothing,
and leaves a clear record (a message record, or a failure the digest shows).

* property-based: hypothesis builds MIME trees, header sets and charsets, broken on
  purpose, and sends the bytes through the pipeline's own error boundary
  (``pipeline._handle_one``: parse -> classify -> registrations -> outbox) and composes
  every planned reply;
* every mail under ``../shared/corpora`` the same way;
* end to end against Dovecot: a 30 MB mail (skipped, kept, reported, never fetched),
  5000 headers, NUL bytes, unknown charsets, message/rfc822 nested 3000 deep.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import re
from datetime import UTC, datetime

import pytest
from helpers import make_mail, run_cli, write_config
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trust_support import Imap, Proxy, store_table

from inbox_agent import services as services_module
from inbox_agent.app import pipeline
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.config import load_config
from inbox_agent.model import RawMessage
from inbox_agent.store.db import Store

DONE = "$InboxAgentDone"
NOW = datetime.now(UTC)
_uids = itertools.count(1)


# -- the pipeline's pieces, without servers ---------------------------------------------


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    """The real wiring (rules, templates, registrations, outbox) on a store that is
    never written; no server is contacted."""
    folder = tmp_path_factory.mktemp("hostile")

    class Nowhere:
        host, port, username, password = "127.0.0.1", 9, "office@example.org", "pw"

    config_path = write_config(folder, Nowhere, Nowhere, capacity=100_000)
    import os

    os.environ.setdefault("TEST_IMAP_PASSWORD", "unused")
    store = Store(folder / "store.json", lock=False, persist=False).open()
    return bootstrap(load_config(config_path), dry_run=True, store=store)


def through_the_pipeline(services, data: bytes) -> int:
    """One mail through the error boundary, then every planned reply composed; checks
    what must hold whatever the input. Returns how many replies were composed."""
    store = services.store
    raw = RawMessage(folder="INBOX", uidvalidity=1, uid=next(_uids), internaldate=NOW,
                     size=len(data), data=data)
    try:
        handled = pipeline._handle_one(services, raw, {})
        if handled.action.startswith("failed"):
            record = store.get("failures", f"INBOX:1:{raw.uid}")
            assert record and record["error"], "a failure without a record"
        else:
            assert store.get("messages", handled.key) is not None, "handled but not recorded"
        sender = services_module.DryRunSender()
        services.outbox.deliver(store, sender, None, NOW)
        for message in sender.messages:
            check_reply(message)
        return len(sender.messages)
    finally:
        store.rollback()  # every mail meets the same, empty store


def check_reply(message) -> None:
    head = message.data.split(b"\r\n\r\n", 1)[0]
    assert b"\r\n" not in head.replace(b"\r\n", b"") and b"\n" not in head.replace(b"\r\n", b"")
    names = [line.split(b":", 1)[0].lower() for line in head.split(b"\r\n")
             if line and line[:1] not in (b" ", b"\t")]
    for once in (b"from", b"to", b"subject", b"message-id", b"date", b"auto-submitted"):
        assert names.count(once) == 1, (once, names)
    assert b"bcc" not in names and b"cc" not in names
    parsed = email.message_from_bytes(message.data, policy=email.policy.default)
    [to] = parsed["To"].addresses
    assert (to.addr_spec,) == message.recipients
    assert not re.search(r"[\r\n\x00]", to.addr_spec)
    assert parsed["Auto-Submitted"] in ("auto-replied", "auto-generated")


CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "utf-16", "utf-7", "iso-2022-jp", "koi8-r",
            "x-no-such-charset", "", 'utf-8"; x="y']
CTES = ["7bit", "8bit", "base64", "quoted-printable", "binary", "x-uuencode", "bogus"]
WORDS = [b"Hiermit melde ich mich unverbindlich zur Jahrestagung an.",
         b"Verbindliche Anmeldung\r\nName: Anna\r\nZahlungsvereinbarung (ja): ja",
         b"Ich bin nicht im B\xfcro.", b"\xff\xfe\x00<\x00h\x00t\x00m\x00l\x00>",
         b"=?utf-8?q?=0D=0ABcc:_x@y?=", b"\x00\x00\x00", b"<script>alert(1)</script>"]

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
payload = st.one_of(st.binary(max_size=300), st.sampled_from(WORDS),
                    st.lists(st.sampled_from(WORDS), max_size=4).map(b"\r\n".join))
encoded_word = st.builds(lambda cs, enc, t: f"=?{cs}?{enc}?{t}?=", st.sampled_from(CHARSETS),
                         st.sampled_from("QBqbX"),
                         st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=30))
header_value = st.one_of(text, encoded_word, st.sampled_from([
    "", "Anna\r\nBcc: victim@example.org", "a\x00b", "x" * 3000, "<>", "\t ", '"unclosed <a@b',
    "Anna Schmidt <anna@example.de>", "=?utf-8?b?" + "QW5uYQ0KQmNjOiB2QHguZGU=" + "?= <a@x.de>",
    "MAILER-DAEMON@example.org", "auto-replied", "bulk", "<list.example.org>"]))
HEADER_NAMES = ["From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To",
                "References", "Date", "Auto-Submitted", "Precedence", "List-Id", "Return-Path",
                "X-Auto-Response-Suppress", "Content-Type", "Content-Transfer-Encoding",
                "MIME-Version", "X-Weird\x7f", "Sub ject"]
headers = st.lists(st.tuples(st.sampled_from(HEADER_NAMES), header_value), max_size=12)


def _leaf(ctype: str, charset: str, cte: str, body: bytes) -> bytes:
    return (f"Content-Type: {ctype}; charset=\"{charset}\"\r\n"
            f"Content-Transfer-Encoding: {cte}\r\n\r\n").encode("utf-8", "replace") + body


leaves = st.builds(_leaf, st.sampled_from(["text/plain", "text/html", "application/pdf",
                                            "message/delivery-status", "text/calendar"]),
                   st.sampled_from(CHARSETS), st.sampled_from(CTES), payload)


def _multipart(subtype: str, boundary: str, parts: list[bytes], closed: bool) -> bytes:
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\r\n\r\npreamble\r\n".encode()]
    for part in parts:
        out.append(f"--{boundary}\r\n".encode() + part + b"\r\n")
    if closed:
        out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def _header_block(pairs: list[tuple[str, str]]) -> bytes:
    return b"".join(f"{name}: {value}\r\n".encode("utf-8", "surrogateescape") for name, value in pairs)


def _rfc822(pairs, inner: bytes) -> bytes:
    return b"Content-Type: message/rfc822\r\n\r\n" + _header_block(pairs) + inner


bodies = st.recursive(
    leaves,
    lambda children: st.one_of(
        st.builds(_multipart, st.sampled_from(["mixed", "alternative", "report", "related"]),
                  st.sampled_from(["b1", "=_x", "", "b1 b2", "a" * 80]),
                  st.lists(children, max_size=4), st.booleans()),
        st.builds(_rfc822, headers, children)),
    max_leaves=8)


@st.composite
def mails(draw) -> bytes:
    pairs = draw(headers)
    sender = draw(st.sampled_from(["Anna Schmidt <anna@example.de>", "a@b.example", None]))
    if sender:
        pairs = [("From", sender), *pairs]
    data = _header_block(pairs) + draw(bodies)
    if draw(st.booleans()):
        data = data.replace(b"\r\n", draw(st.sampled_from([b"\n", b"\r", b"\r\n"])))
    cut = draw(st.integers(0, len(data)))
    return data[:cut] if draw(st.integers(0, 9)) == 0 else data


@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(data=mails())
def test_generated_mime_never_crashes_and_replies_stay_clean(services, data):
    through_the_pipeline(services, data)


@st.composite
def answerable_mails(draw) -> bytes:
    """Pre-registrations (so a reply is composed) whose names, subjects and extra
    headers are hostile."""
    name = draw(header_value)
    local = draw(st.sampled_from(["anna", "a.b-c", "x+tag", "ANNA"]))
    pairs = [("From", f"{name} <{local}@example.de>"), ("To", "geschaeftsstelle@vsop.de"),
             ("Subject", draw(header_value)), ("Message-ID", f"<{draw(st.uuids())}@ex>")]
    if draw(st.booleans()):
        pairs.append(("Reply-To", f"{draw(header_value)} <sek@example.de>"))
    pairs += draw(st.lists(st.tuples(st.sampled_from(["X-Mailer", "Organization", "Comments"]),
                                     header_value), max_size=3))
    charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "x-no-such-charset"]))
    body = WORDS[0] + b"\r\n" + draw(payload)
    return _header_block(pairs) + _leaf("text/plain", charset, "8bit", body)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=answerable_mails())
def test_hostile_names_and_subjects_in_answered_mails(services, data):
    assert through_the_pipeline(services, data) <= 1


@pytest.mark.parametrize("name, data", [
    ("NUL bytes", make_mail(body="Ich melde mich an\x00\x00 unverbindlich.")
     .replace(b"Subject: ", b"Subject: A\x00B ").replace(b"From: Anna", b"From: An\x00na")),
    ("5000 headers", make_mail(headers={f"X-H{i}": "v" * 50 for i in range(5000)})),
    ("unknown charsets", make_mail().replace(b'charset="utf-8"', b'charset="x-no-such"')
     .replace(b"Subject: Voranmeldung", b"Subject: =?x-bogus?q?Vor=E4nmeldung?=")),
    ("rfc822 nested 3000 deep", b"".join(
        b"From: F <f@example.de>\r\nSubject: Fwd\r\nContent-Type: message/rfc822\r\n\r\n"
        for _ in range(3000)) + make_mail()),
    ("multipart nested 2000 deep", b"From: A <a@example.de>\r\nSubject: x\r\n" + b"".join(
        f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n".encode()
        for i in range(2000)) + b"Content-Type: text/plain\r\n\r\nVoranmeldung\r\n"),
    ("a header line of 1 MB", make_mail(headers={"X-Long": "y" * 1_000_000})),
    ("only garbage", bytes(range(256)) * 40),
], ids=lambda value: value if isinstance(value, str) else "")
def test_known_nasty_mails(services, name, data):
    through_the_pipeline(services, data)


@pytest.mark.parametrize("header, address", [
    (b"@0 <anna@example.de>", "anna@example.de"),
    (b'"unclosed <a@b <anna@example.de>', "anna@example.de"),
    (b"x <y> <anna@example.de>", "anna@example.de"),
    (b"<anna@example.de>>", "anna@example.de"),
    (b"anna@localhost", None),
    (b"<>", None),
])
def test_a_broken_from_never_becomes_a_broken_recipient(header, address):
    """Found by the property test: a lenient address parser handed back fragments like
    '<anna@example.de>' or 'unclosed <a@b <anna@example.de>' as the address to answer."""
    from inbox_agent.mail.parse import parse_bytes

    mail = parse_bytes(b"From: " + header + b"\r\nSubject: x\r\n\r\nVoranmeldung\r\n")
    assert (mail.sender.email if mail.sender else None) == address


def test_every_mail_of_the_shared_corpora(services, shared_corpora):
    files = sorted(shared_corpora.rglob("*.eml"))
    assert len(files) > 800
    for path in files:
        try:
            through_the_pipeline(services, path.read_bytes())
        except AssertionError as exc:
            raise AssertionError(f"{path.relative_to(shared_corpora)}: {exc}") from None


# -- end to end, against Dovecot ------------------------------------------------------------


def test_hostile_mails_end_to_end(tmp_path, imap_account, smtp_sink):
    """One poll over a mailbox full of trouble, through a proxy that counts what the
    server sends: the 30 MB mail is never fetched."""
    big = make_mail(sender="Groß <gross@example.de>", message_id="<big@ex>") + (
        b"A" * 76 + b"\r\n") * (30 * 1024 * 1024 // 78)
    nasty = {
        "<headers@ex>": make_mail(sender="H <h@example.de>", message_id="<headers@ex>",
                                  headers={f"X-H{i}": "v" * 40 for i in range(5000)}),
        "<nul@ex>": make_mail(sender="N <n@example.de>", message_id="<nul@ex>",
                              body="Hiermit melde ich mich\x00 unverbindlich an."),
        "<charset@ex>": make_mail(sender="C <c@example.de>", message_id="<charset@ex>")
        .replace(b'charset="utf-8"', b'charset="x-no-such"'),
        "<deep@ex>": b"".join(b"From: F <f@example.de>\r\nContent-Type: message/rfc822\r\n\r\n"
                              for _ in range(3000)) + make_mail(message_id="<deep@ex>"),
        "<plain@ex>": make_mail(sender="P <p@example.de>", message_id="<plain@ex>"),
    }
    with Imap(imap_account) as imap:
        imap.append_all([big, *nasty.values()])
    with Proxy(imap_account.host, imap_account.port) as proxy:
        config = write_config(tmp_path, imap_account, smtp_sink)  # max_message_mb = 25
        config.write_text(config.read_text().replace(f"port = {imap_account.port}",
                                                     f"port = {proxy.port}"))
        results = [run_cli(config, imap_account, "poll", "--once") for _ in range(4)]
        fetched = proxy.bytes_from_server
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    first = results[0].stdout
    assert "skipped: the mail is 30.0 MB, larger than [imap] max_message_mb = 25" in first
    assert fetched < 5_000_000, f"{fetched} bytes came from the server: the big mail was fetched"
    assert "skipped" not in results[1].stdout  # reported once, not at every poll
    assert "too deep" in first  # the failure says what is wrong
    smtp_sink.wait_for(3)

    # (by arrival order: the stdlib parser itself cannot read the deep one)
    inbox = dict(zip(["<big@ex>", *nasty], imap_account.messages()))
    assert len(imap_account.messages()) == 6  # nothing deleted
    assert DONE not in inbox["<big@ex>"].flags and "\\Seen" not in inbox["<big@ex>"].flags
    assert DONE not in inbox["<deep@ex>"].flags  # left for a human, after 3 tries
    for mid in ("<headers@ex>", "<nul@ex>", "<charset@ex>", "<plain@ex>"):
        assert DONE in inbox[mid].flags, mid
    failures = store_table(tmp_path / "store.json", "failures")
    assert sorted(f["attempts"] for f in failures.values()) == [3, 3]
    assert {r.rcpt_tos[0] for r in smtp_sink.messages()} >= {"h@example.de", "p@example.de"}
    digest = run_cli(config, imap_account, "digest", "--print")
    assert digest.stdout.count("Mail konnte nicht verarbeitet werden") >= 2
    assert "max_message_mb" in digest.stdout
