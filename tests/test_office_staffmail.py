"""The parts of the office's mail commands that need no server (issue 15): the action
tokens, the vocabulary and how a mail's lines are read, the digest's mailto links and
the tasks' place in the digest (numbers, overdue first, closed once)."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime, timedelta, timezone
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from inbox_agent.errors import ConfigError
from inbox_agent.i18n import use_language
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.office import tokens
from inbox_agent.office.commands import load_vocabulary, parse
from inbox_agent.office.digest_actions import Links, mailto
from inbox_agent.office.digest_attention import attention_items, closed_items

KEY = bytes(range(32))
TODAY = date(2026, 6, 10)
WORDS = load_vocabulary(None)


# -- tokens ------------------------------------------------------------------------------


def test_a_token_fits_its_action_and_item_until_its_day():
    token = tokens.make(KEY, "paid", "anna@x.de 250.00", TODAY)
    assert tokens.check(KEY, token, "paid", "ANNA@x.de  250.00", TODAY) is tokens.Check.VALID
    assert tokens.check(KEY, token, "paid", "anna@x.de 250.00", TODAY + timedelta(1)) is tokens.Check.EXPIRED
    assert tokens.check(KEY, token, "paid", "bernd@x.de 250.00", TODAY) is tokens.Check.ALTERED
    assert tokens.check(KEY, token, "undo", "anna@x.de 250.00", TODAY) is tokens.Check.ALTERED
    assert tokens.check(b"k" * 32, token, "paid", "anna@x.de 250.00", TODAY) is tokens.Check.ALTERED
    expiry, mac = token[len(tokens.PREFIX):].split(".")
    later = tokens.make(KEY, "paid", "x", TODAY + timedelta(days=400)).split(":")[1].split(".")[0]
    assert tokens.check(KEY, f"tok:{later}.{mac}", "paid", "anna@x.de 250.00", TODAY) is tokens.Check.ALTERED
    for broken in ("", "tok:", "tok:.", "tok:zzzzzzzzzz.abc", "tok:" + expiry + ".", token.upper()):
        assert tokens.check(KEY, broken, "paid", "anna@x.de 250.00", TODAY) is not tokens.Check.VALID
    assert tokens.used_key(token) != tokens.used_key(tokens.make(KEY, "paid", "b@x.de", TODAY))


def test_the_key_is_made_once_with_mode_0600(tmp_path):
    path = tokens.key_path(tmp_path / "store.json", None)
    assert path == tmp_path / tokens.KEY_NAME
    key = tokens.load_key(path)
    assert len(key) == 32 and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert tokens.load_key(path) == key
    (tmp_path / "bad.key").write_text("not hex", encoding="ascii")
    with pytest.raises(ConfigError, match="token_key_file"):
        tokens.load_key(tmp_path / "bad.key")
    assert tokens.key_path(tmp_path / "s.json", tmp_path / "k") == tmp_path / "k"


# -- reading a mail's lines ----------------------------------------------------------------


def test_commands_in_german_and_english_one_a_line_other_text_ignored():
    text = ("Hallo,\n\nbezahlt anna@x.de 250,00\nPAID bernd@x.de\nErledigt #17\n"
            "erledigt, danke für den Hinweis\nWarteliste <clara@x.de>\nplatz zusagen dora@x.de\n"
            "Zuordnung bestätigen a@x.de b@x.de\nconfirm cancellation e@x.de\nrückgängig 3\n"
            "undo 4\nhilfe\nViele Grüße\nPetra")
    got = [(c.action, c.args) for c in parse(text, WORDS)]
    assert got == [("paid", ("anna@x.de", "250.00")), ("paid", ("bernd@x.de",)),
                   ("done", ("17",)), ("waitlist", ("clara@x.de",)), ("admit", ("dora@x.de",)),
                   ("confirm_match", ("a@x.de", "b@x.de")),
                   ("confirm_cancellation", ("e@x.de",)), ("undo", ("3",)), ("undo", ("4",)),
                   ("help", ())]


def test_a_command_with_wrong_arguments_says_why_and_a_token_keeps_its_case():
    [missing, extra, tokened] = parse("bezahlt\nerledigt 5 6\nbezahlt a@x.de 10 tok:Ab.Cd\n", WORDS)
    assert missing.problem is not None and "e-mail" in missing.problem.english()
    assert extra.problem is not None and "6" in extra.problem.english()
    assert tokened.token == "tok:Ab.Cd" and tokened.args == ("a@x.de", "10")
    assert parse("> bezahlt a@x.de\n", WORDS) == []  # a quoted line is not read


def test_a_line_as_mail_programs_send_it_an_address_made_a_link_or_the_line_wrapped():
    # An HTML mail read as text: Outlook and Thunderbird make a link of an address.
    html = ('<p>bezahlt <a href="mailto:a_b@x.de">a_b@x.de</a> 250 tok:Ab.C_d</p>'
            "<p>Viele Grüße</p>").encode()
    [linked] = parse(parse_bytes(b"From: a@x.de\r\nSubject: Re: x\r\n"
                                 b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html).text, WORDS)
    assert (linked.args, linked.token, linked.problem) == (("a_b@x.de", "250"), "tok:Ab.C_d", None)
    # Outlook wraps at 76 characters (and so would a program sending format=flowed
    # without saying so): the token, or the amount and the token, move to the next line.
    for text in ("bezahlt carla.lang@landkreis-x.de 250.00 \ntok:AB.cd\n-- \nPetra",
                 "bezahlt carla.lang@landkreis-x.de\n250.00 tok:AB.cd",
                 "bezahlt\ncarla.lang@landkreis-x.de 250.00 tok:AB.cd"):
        [cmd] = parse(text, WORDS)
        assert (cmd.args, cmd.token, cmd.problem) == (("carla.lang@landkreis-x.de", "250.00"),
                                                      "tok:AB.cd", None), text
    # A next line of its own stays its own: a second command, a number, ordinary text.
    assert [(c.action, c.args, c.token) for c in parse(
        "bezahlt a@x.de\nbezahlt b@x.de tok:A.b\nerledigt 5\n6\nhilfe\n17", WORDS)] == [
        ("paid", ("a@x.de",), ""), ("paid", ("b@x.de",), "tok:A.b"), ("done", ("5",), ""),
        ("help", (), "")]


def test_the_vocabulary_is_data(tmp_path):
    (tmp_path / "commands.toml").write_text(
        '[staff_commands.paid]\nde = "gezahlt"\nen = "paid"\nwords = ["überwiesen"]\n'
        'args = ["email"]\n', encoding="utf-8")
    words = load_vocabulary(tmp_path)
    assert [(c.action, c.args) for c in parse("überwiesen a@x.de\ngezahlt b@x.de", words)] == [
        ("paid", ("a@x.de",)), ("paid", ("b@x.de",))]
    (tmp_path / "commands.toml").write_text('[staff_commands.nonsense]\nwords = ["x"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown command 'nonsense'"):
        load_vocabulary(tmp_path)


# -- the digest's links --------------------------------------------------------------------


def test_mailto_links_are_percent_encoded_as_rfc_6068_says():
    url = mailto("geschäftsstelle@vsop.de", "Als bezahlt eintragen: a&b@x.de", "bezahlt a+b@x.de 250\nZeile 2?=#")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and " " not in url and "\n" not in url
    assert "&body=" in url and "%26" in url and "%0D%0A" in url and "%2B" in url
    query = parse_qs(parts.query)
    assert unquote(parts.path) == "geschäftsstelle@vsop.de"
    assert query["subject"] == ["Als bezahlt eintragen: a&b@x.de"]
    assert query["body"] == ["bezahlt a+b@x.de 250\r\nZeile 2?=#"]


def test_a_task_offers_its_decisions_and_done_each_with_a_verifying_token():
    links = Links("office@vsop.de", KEY, TODAY, WORDS, "de")
    with use_language("de"):
        late = links.for_task({"task": "late_registration", "email": "a@x.de", "no": 7})
        match = links.for_task({"task": "invitee_match", "email": "inv@x.de", "no": 8,
                                "summary": {"text": "t", "values": {"attendee": "att@y.de"}}})
    assert [label for label, _ in late] == ["Platz zusagen (Überbuchung)", "Auf die Warteliste", "Erledigt"]
    assert [label for label, _ in match] == ["Zuordnung bestätigen", "Erledigt"]
    body = parse_qs(urlsplit(match[0][1]).query)["body"][0]
    [cmd] = parse(body, WORDS)
    assert cmd.action == "confirm_match" and cmd.args == ("inv@x.de", "att@y.de")
    assert tokens.check(KEY, cmd.token, cmd.action, cmd.item, TODAY) is tokens.Check.VALID


# -- tasks in the digest ---------------------------------------------------------------------


def _task(no, at, **more):
    return {"key": f"task:{no}", "no": no, "task": "question", "email": f"p{no}@x.de",
            "summary": "s", "at": at.isoformat(), **more}


def test_open_tasks_stay_until_closed_overdue_ones_first_closed_ones_once():
    now = datetime(2026, 6, 10, 7, 30, tzinfo=timezone.utc)
    since = now - timedelta(days=1)
    tasks = [_task(1, now - timedelta(days=5)), _task(2, now - timedelta(days=2)),
             _task(3, now - timedelta(hours=3)),
             _task(4, now - timedelta(days=6), status="done", done_by="petra",
                   done_at=(now - timedelta(hours=1)).isoformat(), done_via="answered"),
             _task(5, now - timedelta(days=6), status="done", done_at=(now - timedelta(days=2)).isoformat()),
             _task(6, now - timedelta(days=9), task="invitee_declined")]  # for reading: once
    in_period = lambda at: bool(at) and since < datetime.fromisoformat(at) <= now  # noqa: E731
    age = lambda at: (now - datetime.fromisoformat(at)).days  # noqa: E731
    items = attention_items(period_messages=[], failures=[], tasks=tasks, outbox=[],
                            in_period=in_period, max_attempts=3, age=age, remind_days=3)
    assert [(a.no, a.open_days) for a in items] == [(1, 5), (2, 0), (3, 0)]
    [closed] = closed_items(tasks, in_period)
    assert (closed.no, closed.by, closed.answered) == (4, "petra", True)
