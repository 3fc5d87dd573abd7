"""What staff read from the invitation commands comes in the staff language: English
with ``[office] language = "en"``, German by default; ``--json`` stays the same in both."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

import pytest

from inbox_agent import i18n
from inbox_agent.invitations import campaign
from inbox_agent.invitations.invitees import (
    InviteeFileError,
    announcement_id,
    announcement_reach,
    inbound_effects,
    match_task,
    plan_announcement,
    plan_import,
    propose_matches,
    read_csv,
    standings,
)
from inbox_agent.model import Reason
from inbox_agent.outbox.optouts import optout_key, optout_record
from inbox_agent.registrations import EventRules

RULES = EventRules(
    name="VSOP-Jahrestagung 2025", title="Sozialplanung", starts=date(2025, 9, 25),
    ends=date(2025, 9, 26), venue="Köln", capacity=60,
    pre_registration_deadline=date(2025, 6, 2), registration_deadline=date(2025, 7, 4),
    message_id_domain="vsop.de",
)
T0 = datetime(2025, 4, 1, 9, 0, tzinfo=timezone.utc)
NOW = RULES.local_at(date(2025, 5, 26), 9)

# Words only the German texts use (whole words: "Name" and "Organisation" are both).
GERMAN = re.compile(r"\b(eingeladen|Zeile|Zeilen|abgemeldet|Einladung|Frist|Mitglied|keine|"
                    r"unzustellbar|vorangemeldet|ausgelassen|gelesen|Probelauf|Stand)\b")

# Column names stay as people write them (German or English): these are English.
FILE = ("Name;Email;Organization;Member\r\n"
        "Anna Schmidt;anna@x.example;Stadt Köln;yes\r\n"
        "Bernd;bernd@;Kreis;no\r\n"
        "Clara Vogel;clara@x.example;;vielleicht\r\n"
        "Anna Schmidt;anna@x.example;Stadt Köln;yes\r\n").encode("cp1252")

INVITEES = [
    {"email": "anna@x.example", "name": "Anna", "member": True},
    {"email": "clara@x.example", "name": "Clara", "member": False},
    {"email": "eva@x.example", "name": "Eva"},
    {"email": "hans@x.example", "name": "Hans"},
]
OUTBOX = [{"key": announcement_id(e, RULES), "kind": "announcement", "status": "sent",
           "sent_at": T0.isoformat()} for e in ("anna@x.example", "eva@x.example")]
OPTOUTS = [optout_record("clara@x.example", T0, "mail")]


def _import_text(dry_run: bool = True) -> str:
    found = read_csv(FILE, "liste.csv")
    plan = plan_import({}, found.rows, source="liste.csv", at=T0,
                       optout_keys=frozenset({optout_key("anna@x.example")}))
    return campaign.import_text(campaign.ImportOutcome(found, plan), dry_run=dry_run)


def _list_text() -> str:
    found = standings(INVITEES, [], frozenset(r["key"] for r in OPTOUTS),
                      {e["key"]: e for e in OUTBOX}, RULES)
    reach = announcement_reach(INVITEES, [], OPTOUTS, OUTBOX, RULES, NOW)
    return campaign.list_text(found, reach)


def _preview_text() -> str:
    found = standings(INVITEES, [], frozenset(r["key"] for r in OPTOUTS),
                      {e["key"]: e for e in OUTBOX}, RULES)
    return campaign.announce_preview_text(
        plan_announcement(found, {i["email"]: i for i in INVITEES}, RULES, NOW))


def test_the_import_report_is_english_with_english_staff_and_german_by_default():
    with i18n.use_language("en"):
        english = _import_text()
    assert "4 lines read (windows-1252, delimiter ';'" in english
    assert "line 3: 'bernd@' is not a valid e-mail address – correct the line" in english
    assert "line 4: member 'vielleicht' is neither yes nor no" in english
    assert "line 5: anna@x.example is already in line 2; this line was skipped" in english
    assert "New: 1, changed: 0, unchanged: 0, skipped: 3." in english
    assert "1 of them opted out earlier and stays opted out: anna@x.example" in english
    assert "Dry run: 1 entries would be saved" in english
    assert not GERMAN.findall(english), GERMAN.findall(english)
    german = _import_text()
    assert "Zeile 3: 'bernd@' ist keine gültige E-Mail-Adresse – Zeile korrigieren" in german
    assert "1 davon hat sich früher abgemeldet und bleibt abgemeldet: anna@x.example" in german
    assert "Probelauf: 1 Einträge würden gespeichert" in german


def test_a_row_problem_is_said_in_the_language_of_whoever_reads_it():
    [first, *_] = read_csv(FILE).problems  # read with German staff ...
    with i18n.use_language("en"):  # ... shown to English staff
        assert str(first) == ("line 3: 'bernd@' is not a valid e-mail address – correct the line "
                              "and import the file again (lines already imported are not doubled)")
    assert str(first).startswith("Zeile 3: 'bernd@' ist keine gültige E-Mail-Adresse")


def test_the_list_and_the_reach_are_english_with_english_staff():
    with i18n.use_language("en"):
        english = _list_text()
    assert english.splitlines()[0].split() == ["E-mail", "Name", "Organisation", "Member",
                                               "Standing", "Reminded", "(days", "before", "deadline)"]
    assert "opted out (no more invitations)" in english and "invited, no answer yet" in english
    assert "not invited yet" in english and re.search(r"anna@x\.example +Anna +yes", english)
    assert "Invitation: 4 on the list, 2 invited, 2 not yet;" in english
    assert "7 days left until the pre-registration deadline (2 Jun 2025)." in english
    assert not GERMAN.findall(english), GERMAN.findall(english)
    german = _list_text()
    assert "abgemeldet (keine Einladungen mehr)" in german and "eingeladen, noch keine Antwort" in german
    assert re.search(r"anna@x\.example +Anna +ja", german)
    assert "noch 7 Tage bis zur Frist der Voranmeldung (2.6.2025)." in german
    with i18n.use_language("en"):
        assert campaign.list_text([]).startswith("The invitation list is empty.")
    assert campaign.list_text([]).startswith("Die Einladungsliste ist leer.")


def test_the_announcement_preview_is_english_with_english_staff():
    with i18n.use_language("en"):
        english = _preview_text()
    assert english.splitlines()[0] == "Invitation to 1 new recipient; 3 left out:"
    assert "  already invited: 2 (anna@x.example, eva@x.example)" in english
    assert "  opted out: 1 (clara@x.example)" in english
    assert not GERMAN.findall(english), GERMAN.findall(english)
    german = _preview_text()
    assert german.splitlines()[0] == "Einladung an 1 neue Empfänger; 3 ausgelassen:"
    assert "  abgemeldet: 1 (clara@x.example)" in german


def test_an_unusable_file_is_refused_in_the_staff_language():
    with i18n.use_language("en"), pytest.raises(InviteeFileError) as refused:
        read_csv(b"Name;Telefon\nAnna;0221\n", "liste.csv")
    assert str(refused.value).startswith("liste.csv: the first line names no column for the e-mail")
    # the column names of the example are what people write in their files
    assert "Name,Email,Organisation,Member (German names work too" in str(refused.value)
    assert not GERMAN.findall(str(refused.value).replace("Name;E-Mail;Organisation;Mitglied", ""))
    with pytest.raises(InviteeFileError, match="^liste.csv: die erste Zeile nennt keine Spalte"):
        read_csv(b"Name;Telefon\nAnna;0221\n", "liste.csv")


def test_task_summaries_are_kept_as_reasons_and_said_where_they_are_shown():
    invitees = [{"email": "bernd.meier@xhausen.de", "name": "Bernd Meier"}]
    [match] = propose_matches(invitees, [{"email": "b.meier@xhausen.de", "name": "Bernd Meier"}])
    stored = match_task(match, invitees[0]).summary.to_dict()  # as the pipeline keeps it
    with i18n.use_language("en"):
        english = i18n.render(stored)
    assert english.startswith("Has Bernd Meier (invited as bernd.meier@xhausen.de) pre-registered "
                              "as b.meier@xhausen.de? (same name, same domain @xhausen.de).")
    assert i18n.render(stored).startswith("Hat sich Bernd Meier (eingeladen als bernd.meier@xhausen.de)"
                                          " als b.meier@xhausen.de vorangemeldet? (gleicher Name, "
                                          "gleiche Domain @xhausen.de).")
    effects = inbound_effects(
        sender="anna@x.example", intent="opt_out", opt_out=True, bounced=(), invitees={},
        already_opted_out=False, holds_registration=True, has_attendee=True, at=T0, cause="m")
    [task] = effects.tasks
    assert isinstance(task.summary, Reason)
    with i18n.use_language("en"):
        assert i18n.render(task.summary).startswith("anna@x.example wants no more e-mails but is registered")
    assert i18n.render(task.summary).startswith("anna@x.example möchte keine E-Mails mehr")


def test_the_json_list_is_the_same_in_every_staff_language():
    found = standings(INVITEES, [], frozenset(r["key"] for r in OPTOUTS),
                      {e["key"]: e for e in OUTBOX}, RULES)
    german = [campaign.standing_row(s) for s in found]
    with i18n.use_language("en"):
        english = [campaign.standing_row(s) for s in found]
    assert english == german
    assert [r["status"] for r in german] == ["silent", "opted out", "silent", "not announced"]


def test_the_notes_the_digest_shows_with_a_mail_are_in_the_staff_language():
    effects = inbound_effects(
        sender="mailer-daemon@x.example", intent="bounce", opt_out=False,
        bounced=["Eva@x.example"], invitees={"eva@x.example": {"email": "eva@x.example"}},
        already_opted_out=False, holds_registration=False, has_attendee=False, at=T0, cause="m")
    [note] = [n.to_dict() for n in effects.notes]  # as the pipeline keeps it
    with i18n.use_language("en"):
        assert i18n.render(note) == "eva@x.example: invitee address bounced; no further invitations"
    assert i18n.render(note) == ("eva@x.example: Adresse eines Eingeladenen unzustellbar; "
                                 "keine weiteren Einladungen")
