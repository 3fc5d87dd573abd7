"""What the pipeline keeps for staff: each mail's outcome, task summaries, the reason a
reply was held back and why a mail failed, as catalogue texts (``Reason`` dicts in the
records), so they are put into the reader's language where they are shown; the poll's
own lines and the logs stay English.

The real wiring (rules, templates, registrations, outbox) on a store that is never
written; no server is contacted.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from helpers import make_mail, write_config

from inbox_agent import i18n
from inbox_agent.app import failures, pipeline
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import PollReport
from inbox_agent.config import load_config
from inbox_agent.errors import ConfigError
from inbox_agent.mail.mailbox import FolderInfo
from inbox_agent.model import RawMessage, Reason
from inbox_agent.store.db import Store
from inbox_agent.store.tasks import task_records

NOW = datetime.now(UTC)
_uids = itertools.count(1)


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    folder = tmp_path_factory.mktemp("records")

    class Nowhere:
        host, port, username, password = "127.0.0.1", 9, "office@example.org", "pw"

    os.environ.setdefault("TEST_IMAP_PASSWORD", "unused")
    config = load_config(write_config(folder, Nowhere, Nowhere, capacity=100))
    store = Store(folder / "store.json", lock=False, persist=False).open()
    services = bootstrap(config, dry_run=True, store=store)
    yield services
    store.close()


@pytest.fixture
def handle(services):
    """One mail through the pipeline's error boundary; the store forgets it afterwards."""

    def run(data: bytes):
        raw = RawMessage(folder="INBOX", uidvalidity=1, uid=next(_uids), internaldate=NOW,
                         size=len(data), data=data)
        return pipeline._handle_one(services, raw, {}), raw

    yield run
    services.store.rollback()


def both(reason) -> tuple[str, str]:
    """``reason`` (a Reason or its stored dict) in German and in English."""
    with i18n.use_language("de"):
        german = i18n.render(reason)
    with i18n.use_language("en"):
        english = i18n.render(reason)
    return german, english


QUESTION = make_mail(sender="Hans Wolter <hans.wolter@example.de>", subject="Frage zum Parken",
                     body="Guten Tag,\n\ngibt es am Tagungsort Parkplätze?\n\nHans Wolter\n",
                     message_id="<parken@example.de>")


def test_a_question_is_left_for_the_office_in_its_language(services, handle):
    handled, _ = handle(QUESTION)
    assert handled.intent == "question"
    record = services.store.get("messages", handled.key)
    # The poll's line and the log say it in English, the office reads it in its language.
    assert handled.action == f"no reply: {record['suppressed_because']}"
    assert both(handled.outcome)[0].startswith("keine Antwort: ")
    [summary] = record["needs_human"]
    [task] = list(task_records(services.store))
    assert isinstance(summary, dict) and task["summary"] == summary  # a Reason, as a dict
    german, english = both(summary)
    assert german.startswith("Frage von") and english.startswith("Question from")
    assert "Frage zum Parken" in german and "Frage zum Parken" in english


def test_an_opt_out_gets_no_reply_and_says_so_in_both_languages(handle):
    handled, _ = handle(make_mail(sender="Hans <h@example.de>", subject="Re: Tagung",
                                  body="Hallo,\n\nbitte keine Mails mehr an mich.\n\nHans\n",
                                  message_id="<genug@example.de>"))
    assert handled.intent == "opt_out"
    assert both(handled.outcome) == (
        "keine Antwort: keine Mails mehr erwünscht: vermerkt, dorthin gehen keine "
        "Ankündigungen oder Rundschreiben mehr",
        "no reply: an opt-out: recorded, no more announcements or circulars go there")
    assert handled.action == both(handled.outcome)[1]


def test_a_reply_is_named_by_its_kind_in_both_languages(handle):
    handled, _ = handle(make_mail(message_id="<voranmeldung@example.de>"))
    assert handled.action == "replied: programme"
    assert both(handled.outcome) == ("beantwortet: programme", "replied: programme")


def test_a_held_back_reply_keeps_its_reason_for_staff(services, handle, monkeypatch):
    classify = pipeline.classify
    held_back = Reason.of("{n} mails from this address within the hour", n=7)

    def loop_guard(*args, **kwargs):
        verdict = classify(*args, **kwargs)
        return replace(verdict, auto_reply=False, suppressed_because=held_back.english(),
                       suppressed_reason=held_back)

    monkeypatch.setattr(pipeline, "classify", loop_guard)
    handled, _ = handle(make_mail(message_id="<viele@example.de>"))
    record = services.store.get("messages", handled.key)
    assert record["suppressed_because"] == "7 mails from this address within the hour"
    assert record["suppressed_reason"] == held_back.to_dict()
    assert handled.action == "no reply: 7 mails from this address within the hour"
    assert both(handled.outcome)[0] == "keine Antwort: 7 mails from this address within the hour"


def test_a_failure_keeps_the_error_as_a_reason(services, handle, monkeypatch):
    reason = Reason.of("the rule file {name} cannot be read", name="rules.toml")

    def broken(*args, **kwargs):
        raise ConfigError(reason)

    monkeypatch.setattr(pipeline, "classify", broken)
    handled, raw = handle(make_mail(message_id="<kaputt@example.de>"))
    record = services.store.get("failures", f"INBOX:1:{raw.uid}")
    assert record["error"] == "the rule file rules.toml cannot be read"
    assert record["error_reason"] == reason.to_dict()
    assert handled.action == "failed: the rule file rules.toml cannot be read"
    assert both(handled.outcome)[0] == "fehlgeschlagen: the rule file rules.toml cannot be read"


def test_an_unexpected_failure_has_no_reason_but_its_words(services, handle, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "classify", broken)
    handled, raw = handle(make_mail(message_id="<bumm@example.de>"))
    record = services.store.get("failures", f"INBOX:1:{raw.uid}")
    assert (record["error"], record["error_reason"]) == ("RuntimeError: boom", None)
    assert both(handled.outcome) == ("fehlgeschlagen: RuntimeError: boom", "failed: RuntimeError: boom")


def test_a_mail_too_large_is_skipped_in_both_languages(services):
    class Box:
        def sizes(self, uids):
            return {uid: 30 * 1024 * 1024 for uid in uids}

    report = PollReport()
    folder = FolderInfo(name="INBOX", uidvalidity=1, uidnext=2, exists=1, keywords_allowed=True)
    try:
        assert failures.skip_oversized(services, Box(), folder, [1], report) == []
    finally:
        services.store.rollback()
    [skipped] = report.skipped
    limit = services.config.imap.max_message_mb
    assert skipped.action == (f"skipped: the mail is 30.0 MB, larger than [imap] max_message_mb = "
                              f"{limit}: left untouched in the mailbox for a human")
    assert both(skipped.outcome)[0] == (f"übersprungen: die Mail ist 30.0 MB groß, mehr als [imap] "
                                        f"max_message_mb = {limit}: sie bleibt unverändert im "
                                        f"Postfach, für Sie zum Ansehen")
