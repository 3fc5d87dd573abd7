"""The office works from its mail program (issue 15), end to end against the real
Dovecot and SMTP servers, each "Done when" of the issue as a user would check it: the
digest's prepared mails, sent back, do what they say (only from staff, only genuine);
a staff reply in the Sent folder closes a question; a forged pre-registration gets no
answer and becomes a task, a genuine one is answered."""

from __future__ import annotations

import json
import re
import time
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from helpers import OFFICE, make_mail, run_cli, write_config

STAFF = "petra.buero@vsop.de"
STRANGER = "mallory@evil.example"
ANNA = "anna.schmidt@stadt-musterhausen.de"
BERND = "b.weber@kreis-beispiel.de"
CLARA = "c.vogel@landkreis-nord.de"
QUESTION_ID = "<frage-1@landkreis-nord.de>"


def config_for(tmp_path, imap, smtp):
    config = write_config(tmp_path, imap, smtp)
    text = config.read_text(encoding="utf-8")
    text = text.replace("[office]\n", "[office]\ntrusted_authserv_ids = [\"mx.vsop.de\"]\n", 1)
    config.write_text(text + f'\n[digest]\nrecipients = ["{STAFF}"]\n\n[staff]\n'
                             f'addresses = ["{STAFF}"]\n', encoding="utf-8")
    return config


def ok(result):
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def digest_text(config, imap, smtp) -> str:
    """A digest sent now (a manual digest is one per second: its Message-ID says when)."""
    time.sleep(1.05)
    before = len(smtp.messages())
    ok(run_cli(config, imap, "digest", "--send"))
    [got] = [m for m in smtp.wait_for(before + 1, timeout=20)[before:] if m.rcpt_tos == (STAFF,)]
    return got.message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def links(text: str, label: str) -> list[tuple[str, str, str]]:
    """(to, subject, body) of every mailto link labelled ``label`` in a plain digest."""
    out = []
    for url in re.findall(rf"» {re.escape(label)}: (mailto:\S+)", text):
        parts = urlsplit(url)
        query = parse_qs(parts.query)
        out.append((unquote(parts.path), query["subject"][0], query["body"][0].replace("\r\n", "\n")))
    return out


def staff_mail(subject: str, body: str, sender: str = f"Petra Büro <{STAFF}>",
               headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = OFFICE
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(domain="vsop.de")
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return bytes(msg)


def record(config, imap, email: str) -> dict:
    return json.loads(ok(run_cli(config, imap, "show", email, "--json")).stdout)["record"]


@pytest.fixture
def office(tmp_path, imap_account, smtp_sink):
    """Anna and Bernd registered bindingly (two payments due), Clara's question open."""
    config = config_for(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail())
    imap_account.append(make_mail(sender=f"Bernd Weber <{BERND}>", body=(
        "Guten Tag,\nhiermit melde ich mich unverbindlich zur Jahrestagung an.\nBernd Weber\n")))
    imap_account.append(make_mail(
        sender=f"Clara Vogel <{CLARA}>", subject="Frage zur Barrierefreiheit des Tagungsorts",
        body="Guten Tag,\n\nist der Tagungsort barrierefrei erreichbar?\n\nViele Grüße\nClara Vogel\n",
        message_id=QUESTION_ID))
    ok(run_cli(config, imap_account, "poll", "--once"))
    smtp_sink.wait_for(2, timeout=20)
    for email in (ANNA, BERND):
        ok(run_cli(config, imap_account, "set-state", email, "registered", "--reason", "Formular per Post"))
    return config


def test_the_prepared_paid_mail_records_the_payment_and_confirms_it(office, imap_account, smtp_sink):
    text = digest_text(office, imap_account, smtp_sink)
    paid = links(text, "Als bezahlt eintragen")
    assert len(paid) == 2  # two payments due
    [(to, subject, body)] = [link for link in paid if ANNA in link[2]]
    assert to == OFFICE and subject.startswith("Als bezahlt eintragen: ")
    assert body.startswith(f"bezahlt {ANNA} 300.00 tok:")
    assert "[#" in text and "» Erledigt: mailto:" in text  # numbered tasks, each closable
    assert "Befehle per Mail an geschaeftsstelle@vsop.de" in text
    assert "Befehle: inbox-agent" not in text  # the shell footer is gone
    html = smtp_sink.messages()[-1].message.get_body(("html",)).get_content()
    assert html.count('href="mailto:geschaeftsstelle@vsop.de?subject=') >= 3
    assert ">Als bezahlt eintragen</a>" in html and "&amp;body=bezahlt%20" in html

    before = len(smtp_sink.messages())
    imap_account.append(staff_mail(subject, body))
    ok(run_cli(office, imap_account, "poll", "--once"))

    anna = record(office, imap_account, ANNA)
    assert anna["state"] == "paid"
    assert STAFF in json.dumps(anna["history"] + anna.get("payments", []))  # names who
    [confirmation] = smtp_sink.wait_for(before + 1, timeout=20)[before:]
    assert confirmation.rcpt_tos == (STAFF,)
    said = confirmation.message.get_body(("plain",)).get_content()
    assert "✔ erledigt" in said and ANNA in said and "rückgängig 1" in said
    assert record(office, imap_account, BERND)["state"] == "registered"

    later = digest_text(office, imap_account, smtp_sink)
    assert [link for link in links(later, "Als bezahlt eintragen") if ANNA in link[2]] == []
    assert len(links(later, "Als bezahlt eintragen")) == 1  # Bernd's is still due

    # The same prepared mail again: its token is used up, nothing happens twice.
    imap_account.append(staff_mail(subject, body))
    ok(run_cli(office, imap_account, "poll", "--once"))
    assert len(record(office, imap_account, ANNA)["payments"]) == 1

    # Undo restores the record as it was.
    imap_account.append(staff_mail("Korrektur", "rückgängig 1\n", headers={
        "Authentication-Results": "mx.vsop.de; dkim=pass header.d=vsop.de; dmarc=pass header.from=vsop.de"}))
    ok(run_cli(office, imap_account, "poll", "--once"))
    anna = record(office, imap_account, ANNA)
    assert anna["state"] == "registered" and anna.get("payments", []) == []


def test_a_stranger_or_an_unconfirmed_staff_from_with_an_altered_token_changes_nothing(
        office, imap_account, smtp_sink):
    text = digest_text(office, imap_account, smtp_sink)
    [(_to, subject, body)] = [link for link in links(text, "Als bezahlt eintragen") if BERND in link[2]]
    before = len(smtp_sink.messages())

    imap_account.append(staff_mail(subject, body, sender=f"Mallory <{STRANGER}>"))
    altered = body.replace("tok:", "tok:x", 1)
    imap_account.append(staff_mail(subject, altered))  # staff From, no authentication
    imap_account.append(staff_mail(subject, f"bezahlt {BERND} 250"))  # no token, no authentication
    forged = staff_mail(subject, f"bezahlt {BERND} 250", headers={
        "Authentication-Results": "mx.vsop.de; dkim=fail header.d=vsop.de; dmarc=fail header.from=vsop.de"})
    imap_account.append(forged)
    ok(run_cli(office, imap_account, "poll", "--once"))

    assert record(office, imap_account, BERND)["state"] == "registered"
    assert record(office, imap_account, BERND).get("payments", []) == []
    after = smtp_sink.messages()[before:]
    assert all(m.rcpt_tos == (STAFF,) for m in after)  # nobody outside the staff
    assert not any(STRANGER in r for m in smtp_sink.messages() for r in m.rcpt_tos)
    tasks = json.loads(ok(run_cli(office, imap_account, "tasks", "--json")).stdout)
    refused = [t for t in tasks if t["kind"] == "command_refused"]
    assert len(refused) == 4
    assert {t["email"] for t in refused} == {STRANGER, STAFF}
    later = digest_text(office, imap_account, smtp_sink)
    assert "Befehl per Mail abgelehnt" in later and "nicht ausgeführt" in later
    assert len(links(later, "Als bezahlt eintragen")) == 2  # both still due


def test_a_staff_reply_in_the_sent_folder_closes_the_question(office, imap_account, smtp_sink):
    first = digest_text(office, imap_account, smtp_sink)
    assert "Frage zur Barrierefreiheit" in first.split("== Plätze")[0]
    again = digest_text(office, imap_account, smtp_sink)  # still open: still asked for
    assert "Frage zur Barrierefreiheit" in again.split("== Plätze")[0]

    reply = EmailMessage()
    reply["From"] = f"VSOP Geschäftsstelle <{OFFICE}>"
    reply["To"] = CLARA
    reply["Subject"] = "Re: Frage zur Barrierefreiheit des Tagungsorts"
    reply["Message-ID"] = make_msgid(domain="vsop.de")
    reply["In-Reply-To"] = QUESTION_ID
    reply["References"] = QUESTION_ID
    reply.set_content("Liebe Frau Vogel,\nja, der Tagungsort ist barrierefrei.\n")
    imap_account.append(bytes(reply), folder="Sent")
    ok(run_cli(office, imap_account, "poll", "--once"))

    tasks = json.loads(ok(run_cli(office, imap_account, "tasks", "--all", "--json")).stdout)
    [question] = [t for t in tasks if t["kind"] == "question"]
    assert question["status"] == "done" and question["done_by"] == OFFICE
    after = digest_text(office, imap_account, smtp_sink)
    attention = after.split("== Braucht Ihre Aufmerksamkeit")[1].split("== Erledigt seit")[0]
    assert "Frage zur Barrierefreiheit" not in attention and CLARA not in attention
    assert f"– {CLARA}: beantwortet von {OFFICE} am " in after  # said once ...
    last = digest_text(office, imap_account, smtp_sink)
    assert CLARA not in last.split("== Plätze")[0]  # ... then dropped


def test_a_forged_pre_registration_gets_no_reply_and_is_a_task_a_genuine_one_is_answered(
        tmp_path, imap_account, smtp_sink):
    config = config_for(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(sender="Fake <vorstand@stadt-musterhausen.de>", headers={
        "Authentication-Results": "mx.vsop.de; spf=fail smtp.mailfrom=evil.example; "
                                  "dkim=none; dmarc=fail (p=reject) header.from=stadt-musterhausen.de"}))
    imap_account.append(make_mail(sender=f"Bernd Weber <{BERND}>", headers={
        "Authentication-Results": "mx.vsop.de; spf=pass smtp.mailfrom=kreis-beispiel.de; "
                                  "dkim=pass header.d=kreis-beispiel.de; dmarc=pass header.from=kreis-beispiel.de"}))
    # A header of the sender's own making (untrusted authserv-id) says nothing.
    imap_account.append(make_mail(sender=f"Clara Vogel <{CLARA}>", headers={
        "Authentication-Results": "landkreis-nord.de; dmarc=fail header.from=landkreis-nord.de"}))
    ok(run_cli(config, imap_account, "poll", "--once"))
    replies = smtp_sink.wait_for(2, timeout=20)
    assert sorted(r.rcpt_tos[0] for r in replies) == [BERND, CLARA]
    assert not any("vorstand@" in r.rcpt_tos[0] for r in smtp_sink.messages())
    tasks = json.loads(ok(run_cli(config, imap_account, "tasks", "--json")).stdout)
    assert [(t["kind"], t["email"]) for t in tasks] == [
        ("unverified_sender", "vorstand@stadt-musterhausen.de")]
    listed = ok(run_cli(config, imap_account, "list", "--json")).stdout
    assert "vorstand@" not in listed  # nothing else happened
    digest = digest_text(config, imap_account, smtp_sink)
    assert "Absender nicht bestätigt" in digest


def test_a_staff_reply_with_the_office_in_cc_closes_the_question_too(office, imap_account, smtp_sink):
    before = len(smtp_sink.messages())
    reply = staff_mail("Re: Frage zur Barrierefreiheit des Tagungsorts",
                       "Liebe Frau Vogel,\nja, barrierefrei.\nPetra", headers={
                           "Cc": OFFICE, "In-Reply-To": QUESTION_ID, "References": QUESTION_ID})
    reply = reply.replace(f"To: {OFFICE}".encode(), f"To: {CLARA}".encode(), 1)
    imap_account.append(reply)
    ok(run_cli(office, imap_account, "poll", "--once"))
    tasks = json.loads(ok(run_cli(office, imap_account, "tasks", "--all", "--json")).stdout)
    [question] = [t for t in tasks if t["kind"] == "question"]
    assert question["status"] == "done" and question["done_by"].endswith(f"<{STAFF}>")
    assert smtp_sink.messages()[before:] == []  # no commands in it: nothing sent, to nobody
    assert CLARA not in ok(run_cli(office, imap_account, "list")).stdout  # Clara only asked


def test_digests_and_confirmations_coming_back_are_never_answered(office, imap_account, smtp_sink):
    digest_text(office, imap_account, smtp_sink)
    imap_account.append(staff_mail("Hilfe", "hilfe\n"))
    ok(run_cli(office, imap_account, "poll", "--once"))
    ours = [m for m in smtp_sink.messages() if m.rcpt_tos == (STAFF,)]
    assert len(ours) == 2 and "bezahlt E-MAIL" in ours[1].message.get_body(("plain",)).get_content()
    before = len(smtp_sink.messages())
    for copy in ours:  # the digest and the answer, forwarded back into the office's inbox
        imap_account.append(copy.data)
    ok(run_cli(office, imap_account, "poll", "--once"))
    assert smtp_sink.messages()[before:] == []
    listed = json.loads(ok(run_cli(office, imap_account, "list", "--json")).stdout)
    assert sorted(r["email"] for r in listed) == [ANNA, BERND]


def flowed(subject: str, body: str) -> bytes:
    """``body`` as Thunderbird sends it: format=flowed, lines wrapped at 72 characters with
    a space before each soft break (RFC 3676), a signature below."""
    import textwrap

    # Thunderbird wraps at spaces only (never inside a word, a hyphen or a long token),
    # and ends each wrapped piece but the last of a paragraph line with a space.
    soft = []
    for line in body.splitlines():
        pieces = textwrap.wrap(line, 72, break_on_hyphens=False, break_long_words=False) or [""]
        soft += [f"{p} " for p in pieces[:-1]] + pieces[-1:]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"Petra Büro <{STAFF}>", OFFICE, subject
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(domain="vsop.de")
    msg.set_content("\n".join(soft) + "\n\n-- \nPetra Büro\nVSOP e.V. Geschäftsstelle\n")
    msg.set_param("format", "flowed")
    return bytes(msg)


def outlook_html(subject: str, body: str, quoted_html: str) -> bytes:
    """``body`` as Outlook sends it: HTML only, the address made a link, a signature,
    the digest quoted below."""
    command = re.sub(r"(\S+@\S+)", r'<a href="mailto:\1">\1</a>', body.splitlines()[0], count=1)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"Petra Büro <{STAFF}>", OFFICE, subject
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(domain="vsop.de")
    msg.set_content(
        f'<html><body><p class="MsoNormal">{command}<o:p></o:p></p><p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<br>Petra B&uuml;ro</p>'
        '<div style="border-top:solid #E1E1E1 1.0pt"><p><b>Von:</b> inbox-agent<br><b>Gesendet:</b> '
        f'Montag<br><b>Betreff:</b> Tagesübersicht</p></div>{quoted_html}</body></html>',
        subtype="html")
    return bytes(msg)


def test_prepared_mails_sent_as_mail_programs_send_them_work_once_quoted_ones_are_told_why(
        office, imap_account, smtp_sink):
    text = digest_text(office, imap_account, smtp_sink)
    digest = smtp_sink.messages()[-1].message
    [(_t, anna_subject, anna_body)] = [link for link in links(text, "Als bezahlt eintragen") if ANNA in link[2]]
    [(_t, bernd_subject, bernd_body)] = [link for link in links(text, "Als bezahlt eintragen") if BERND in link[2]]
    assert len(anna_body.splitlines()[0]) > 72  # Thunderbird wraps this line

    # A reply to the digest with Anna's line only in the quote: not done, and told why.
    before = len(smtp_sink.messages())
    quoted = "\n".join("> " + line for line in text.splitlines()[:3] + anna_body.splitlines()[:1])
    imap_account.append(staff_mail(f"AW: {digest['Subject']}", "Ja, bitte so eintragen.\n\nPetra\n\n"
                                   f"Am 01.12.2026 um 08:00 schrieb inbox-agent:\n{quoted}\n",
                                   headers={"In-Reply-To": digest["Message-ID"]}))
    ok(run_cli(office, imap_account, "poll", "--once"))
    assert record(office, imap_account, ANNA)["state"] == "registered"
    [told] = smtp_sink.wait_for(before + 1, timeout=20)[before:]
    said = told.message.get_body(("plain",)).get_content()
    assert told.rcpt_tos == (STAFF,) and "✘ nicht ausgeführt" in said and "zitierten Text" in said

    # Thunderbird: the long line wrapped (format=flowed), a signature below: done.
    imap_account.append(flowed(anna_subject, anna_body))
    # Outlook: HTML only, the address a link, a signature and the digest quoted below: done.
    html = digest.get_body(("html",)).get_content()
    imap_account.append(outlook_html(f"AW: {bernd_subject}", bernd_body, f"<blockquote>{html}</blockquote>"))
    ok(run_cli(office, imap_account, "poll", "--once"))
    assert record(office, imap_account, ANNA)["state"] == "paid"
    assert record(office, imap_account, BERND)["state"] == "paid"

    # Each once: the same mails again change nothing and are refused with the reason.
    before = len(smtp_sink.messages())
    imap_account.append(flowed(anna_subject, anna_body))
    ok(run_cli(office, imap_account, "poll", "--once"))
    assert len(record(office, imap_account, ANNA)["payments"]) == 1
    [again] = smtp_sink.wait_for(before + 1, timeout=20)[before:]
    assert "schon benutzt" in again.message.get_body(("plain",)).get_content()
