"""The invitee list and the June deadline, as pure logic: reading what Excel writes,
importing without doubling, matching a pre-registration to its invitee, the reminder
steps, what an inbound mail means, and the reach the digest reports."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from inbox_agent.invitations.invitees import (
    InviteeFileError,
    Match,
    Standing,
    announcement_id,
    announcement_reach,
    due_step,
    inbound_effects,
    plan_announcement,
    plan_import,
    plan_reminders,
    propose_matches,
    read_csv,
    reminder_id,
    same_person,
    standings,
)
from inbox_agent.outbox.optouts import is_unsubscribe_subject, optout_key, optout_record
from inbox_agent.registrations import EventRules

UTC = timezone.utc
RULES = EventRules(
    name="VSOP-Jahrestagung 2025", title="Sozialplanung", starts=date(2025, 9, 25),
    ends=date(2025, 9, 26), venue="Köln", capacity=60,
    pre_registration_deadline=date(2025, 6, 2), registration_deadline=date(2025, 7, 4),
    message_id_domain="vsop.de",
)
T0 = datetime(2025, 4, 1, 9, 0, tzinfo=UTC)


def local(day: date, hour: int = 9) -> datetime:
    return RULES.local_at(day, hour)


# --- reading the file -------------------------------------------------------------------


def test_excel_csv_in_windows_1252_with_german_headers_and_mistakes():
    text = (
        "Name;E-Mail;Organisation;Mitglied\r\n"
        "Jürgen Müller;J.Mueller@Stadt-Koeln.de;Stadt Köln;ja\r\n"
        "Anna Groß;anna.gross@;Kreis Düren;nein\r\n"
        "Bernd Meier;;Stadt Xhausen;ja\r\n"
        "Jürgen Müller;j.mueller@stadt-koeln.de;Stadt Köln;ja\r\n"
        "Eva Schön;eva@bochum.example;Bochum;vielleicht\r\n"
        "Frank Klein;frank@a.example, frank@b.example;;\r\n"
        "Gina Roth;gina.roth@kreis.example;Kreis;\r\n"
        ";;;\r\n"
    )
    result = read_csv(text.encode("cp1252"), "einladung.csv")
    assert result.encoding == "windows-1252" and result.delimiter == ";"
    assert [r.email for r in result.rows] == ["j.mueller@stadt-koeln.de", "gina.roth@kreis.example"]
    first = result.rows[0]
    assert (first.name, first.organization, first.member, first.line) == ("Jürgen Müller", "Stadt Köln", True, 2)
    assert result.rows[1].member is None
    lines = {p.line: p.reason for p in result.problems}
    assert sorted(lines) == [3, 4, 5, 6, 7]
    assert "keine gültige E-Mail-Adresse" in lines[3] and "erneut importieren" in lines[3]
    assert "keine E-Mail-Adresse" in lines[4]
    assert "steht schon in Zeile 2" in lines[5]
    assert "weder ja noch nein" in lines[6]
    assert "mehr als eine E-Mail-Adresse" in lines[7]


def test_utf8_with_bom_commas_english_headers_and_split_names():
    text = ("\ufeffFirst name,Last name,Email,Organization,Member,Language\n"
            'Petra,Weber,"Petra Weber <p.weber@koeln.example>","Stadt Köln, Amt 50",yes,English\n')
    result = read_csv(text.encode("utf-8"))
    assert result.encoding == "utf-8-sig" and result.delimiter == ","
    [row] = result.rows
    assert (row.name, row.email, row.organization, row.member, row.language) == (
        "Petra Weber", "p.weber@koeln.example", "Stadt Köln, Amt 50", True, "en")


def test_surname_first_names_and_a_quoted_line_break_keep_line_numbers_right():
    text = ('Name;E-Mail;Organisation\n'
            '"Weber, Petra";p.weber@koeln.example;"Stadt Köln\nAmt 50"\n'
            'Kaputt;kaputt-at-example.org;x\n')
    result = read_csv(text.encode("utf-8"))
    assert result.rows[0].name == "Petra Weber"
    assert [p.line for p in result.problems] == [4]


def test_a_file_without_an_email_column_is_refused_as_a_whole():
    with pytest.raises(InviteeFileError, match="keine Spalte für die E-Mail-Adresse"):
        read_csv("Name;Telefon\nAnna;0221\n".encode("utf-8"), "liste.csv")
    with pytest.raises(InviteeFileError, match="leer"):
        read_csv(b"\n;;\n")


# --- importing -----------------------------------------------------------------------------


def _rows(text: str):
    return read_csv(text.encode("utf-8")).rows


def test_importing_the_same_file_twice_changes_nothing_and_keeps_what_happened():
    rows = _rows("Name;E-Mail;Mitglied\nAnna;anna@x.example;ja\nBernd;bernd@x.example;nein\n")
    first = plan_import({}, rows, source="a.csv", at=T0)
    assert first.added == ("anna@x.example", "bernd@x.example") and first.changes
    store = {r["key"]: r for r in first.put}
    store["anna@x.example"] = {**store["anna@x.example"], "answered_at": T0.isoformat()}
    again = plan_import(store, rows, source="a.csv", at=T0 + timedelta(days=1))
    assert not again.changes and again.unchanged == 2
    changed = plan_import(store, _rows("Name;E-Mail;Mitglied\nAnna Schmidt;anna@x.example;ja\n"),
                          source="b.csv", at=T0, optout_keys=frozenset({optout_key("ANNA@x.example")}))
    [record] = changed.put
    assert record["name"] == "Anna Schmidt" and record["answered_at"] == T0.isoformat()
    assert changed.updated == ("anna@x.example",) and changed.opted_out == ("anna@x.example",)


# --- matching --------------------------------------------------------------------------------


def test_same_person_from_another_address_of_the_same_organisation():
    inv = {"email": "bernd.meier@xhausen.de", "name": "Dr. Bernd Meier", "organization": "Stadt Xhausen"}
    assert "xhausen.de" in same_person(inv, {"email": "b.meier@xhausen.de", "name": "Meier, Bernd"})
    assert "Organisation" in same_person(inv, {"email": "bm@gmx.de", "name": "Bernd Meier",
                                               "organization": "Stadt Xhausen"})
    # a colleague of the same organisation is not the invitee
    assert same_person(inv, {"email": "k.berg@xhausen.de", "name": "Karin Berg"}) is None
    # a private address says nothing about the employer
    assert same_person({**inv, "email": "bernd@gmx.de", "organization": ""},
                       {"email": "b.meier@gmx.de", "name": "Bernd Meier"}) is None


def test_matches_are_proposed_only_when_unambiguous_and_never_twice():
    invitees = [{"email": "bernd.meier@xhausen.de", "name": "Bernd Meier"},
                {"email": "anna@x.example", "name": "Anna Schmidt"}]
    attendees = [{"email": "b.meier@xhausen.de", "name": "Bernd Meier", "state": "option"},
                 {"email": "anna@x.example", "name": "Anna Schmidt", "state": "option"}]
    assert propose_matches(invitees, attendees) == [
        Match("bernd.meier@xhausen.de", "b.meier@xhausen.de", "gleicher Name, gleiche Domain @xhausen.de")]
    decided = [{**invitees[0], "match": {"attendee": "b.meier@xhausen.de", "status": "rejected"}}, invitees[1]]
    assert propose_matches(decided, attendees) == []
    twins = [*invitees, {"email": "bernd.meier2@xhausen.de", "name": "Bernd Meier"}]
    assert propose_matches(twins, attendees) == []


# --- the announcement and the reminders ------------------------------------------------------------


def _standings(invitees, attendees=(), optouts=(), outbox=None):
    return standings(invitees, attendees, frozenset(optout_key(e) for e in optouts),
                     outbox or {}, RULES, (7, 1))


def _sent(email: str, at: datetime) -> dict:
    return {"key": announcement_id(email, RULES), "kind": "announcement", "status": "sent",
            "sent_at": at.isoformat()}


INVITEES = [
    {"email": "anna@x.example", "name": "Anna"},  # pre-registers
    {"email": "clara@x.example", "name": "Clara"},  # opted out
    {"email": "dieter@x.example", "name": "Dieter", "bounced_at": T0.isoformat()},
    {"email": "eva@x.example", "name": "Eva"},  # silent
    {"email": "frank@x.example", "name": "Frank", "language": "en"},  # silent
    {"email": "gina@x.example", "name": "Gina", "declined_at": T0.isoformat()},
    {"email": "hans@x.example", "name": "Hans", "answered_at": T0.isoformat()},  # asked a question
]


def test_the_announcement_goes_to_whoever_has_not_had_it_and_may_get_it():
    found = _standings(INVITEES, [{"email": "anna@x.example", "state": "option"}], ["clara@x.example"],
                       {e["key"]: e for e in [_sent("eva@x.example", T0)]})
    plan = plan_announcement(found, {i["email"]: i for i in INVITEES}, RULES, T0)
    assert [m.to.email for m in plan.planned] == ["frank@x.example", "hans@x.example"]
    assert dict(plan.skipped) == {
        "anna@x.example": "already pre-registered (anna@x.example)", "clara@x.example": "opted out",
        "dieter@x.example": "the address bounced", "eva@x.example": "already announced",
        "gina@x.example": "declined already"}
    frank = plan.planned[0]
    assert frank.language == "en" and frank.message_id == announcement_id("FRANK@x.example", RULES)
    late = plan_announcement(found, {i["email"]: i for i in INVITEES}, RULES, local(date(2025, 6, 3), 0))
    assert late.deadline_passed and not late.planned


def test_reminder_steps_latest_due_only_and_not_on_the_announcements_day():
    steps = (7, 1)
    announced = date(2025, 4, 1)
    assert due_step(steps, RULES, local(date(2025, 5, 26), 7), announced) is None  # before 08:00
    assert due_step(steps, RULES, local(date(2025, 5, 26), 8), announced) == 7
    assert due_step(steps, RULES, local(date(2025, 5, 30)), announced) == 7
    assert due_step(steps, RULES, local(date(2025, 6, 1)), announced) == 1
    assert due_step(steps, RULES, local(date(2025, 6, 2), 23), announced) == 1
    assert due_step(steps, RULES, local(date(2025, 6, 3), 0), announced) is None  # deadline ended
    # announced on the day of step 7: that step is void, step 1 still comes
    assert due_step(steps, RULES, local(date(2025, 5, 26), 12), date(2025, 5, 26)) is None
    assert due_step(steps, RULES, local(date(2025, 6, 1)), date(2025, 5, 26)) == 1


def test_reminders_go_to_the_silent_ones_only_once_per_step():
    outbox = {e["key"]: e for e in (_sent(i["email"], T0) for i in INVITEES)}
    attendees = [{"email": "anna@x.example", "state": "option"}]
    invitees = {i["email"]: i for i in INVITEES}
    day7 = local(date(2025, 5, 26))
    found = _standings(INVITEES, attendees, ["clara@x.example"], outbox)
    planned = plan_reminders(found, invitees, RULES, (7, 1), day7, set(outbox))
    assert [m.to.email for m in planned] == ["eva@x.example", "frank@x.example", "hans@x.example"]
    assert dict(planned[0].context)["reminder_step"] == 7
    assert planned[0].message_id == reminder_id("eva@x.example", 7, RULES)
    outbox.update({m.message_id: {"key": m.message_id, "kind": m.kind, "status": "sent"} for m in planned})
    found = _standings(INVITEES, attendees, ["clara@x.example"], outbox)
    assert plan_reminders(found, invitees, RULES, (7, 1), day7 + timedelta(hours=5), set(outbox)) == []
    day1 = plan_reminders(found, invitees, RULES, (7, 1), local(date(2025, 6, 1)), set(outbox))
    assert [(m.to.email, dict(m.context)["reminder_step"]) for m in day1] == [
        ("eva@x.example", 1), ("frank@x.example", 1), ("hans@x.example", 1)]
    assert found[3].reminders == (7,) and found[3].status == "silent"


# --- inbound mail ------------------------------------------------------------------------------


def _effects(**kw):
    values = dict(sender="eva@x.example", intent="question", opt_out=False, bounced=(),
                  invitees={i["email"]: i for i in INVITEES}, already_opted_out=False,
                  holds_registration=False, has_attendee=False, at=T0, cause="mail-1")
    values.update(kw)
    return inbound_effects(**values)


def test_an_opt_out_is_recorded_and_an_attendee_who_opts_out_is_shown_to_staff():
    fx = _effects(sender="Eva@X.example", intent="opt_out", opt_out=True)
    assert fx.optout["key"] == optout_key("eva@x.example") and fx.optout["via"] == "mail"
    assert not fx.tasks
    [changed] = fx.invitees
    assert changed["answered_at"] == T0.isoformat()
    fx = _effects(sender="anna@x.example", intent="opt_out", opt_out=True, holds_registration=True,
                  has_attendee=True)
    [task] = fx.tasks
    assert task.kind == "opt_out_attendee" and "set-state anna@x.example cancelled" in task.summary
    assert _effects(intent="opt_out", opt_out=True, already_opted_out=True).optout is None


def test_a_bounce_marks_the_invitee_and_a_refusal_declines():
    fx = _effects(sender="mailer-daemon@mx.example", intent="bounce", bounced=("Eva@x.example",))
    [changed] = fx.invitees
    assert changed["email"] == "eva@x.example" and changed["bounced_at"] == T0.isoformat()
    fx = _effects(intent="cancellation")
    assert fx.invitees[0]["declined_at"] == T0.isoformat()
    fx = _effects(intent="cancellation", has_attendee=True)  # cancels a registration: not a refusal
    assert not fx.invitees[0].get("declined_at")
    assert _effects(intent="auto_reply").empty  # a machine's answer is no answer


def test_the_unsubscribe_subject():
    for subject in ("abmelden", "Abmelden!", " unsubscribe ", "AUSTRAGEN"):
        assert is_unsubscribe_subject(subject)
    for subject in ("Re: abmelden von der Tagung", "", None, "Abmeldung Jahrestagung"):
        assert not is_unsubscribe_subject(subject)


# --- reach ------------------------------------------------------------------------------------------


def test_reach_counts_what_the_digest_shows():
    outbox = [_sent(i["email"], T0) for i in INVITEES if i["email"] != "hans@x.example"]
    outbox.append({"key": reminder_id("eva@x.example", 7, RULES), "kind": "invitation_reminder",
                   "status": "sent"})
    invitees = [*INVITEES, {"email": "bernd.meier@xhausen.de", "name": "Bernd Meier",
                            "match": {"attendee": "b.meier@xhausen.de", "status": "proposed"}}]
    outbox.append(_sent("bernd.meier@xhausen.de", T0))
    attendees = [{"email": "anna@x.example", "state": "registered"},
                 {"email": "b.meier@xhausen.de", "state": "option"}]
    reach = announcement_reach(invitees, attendees, [optout_record("clara@x.example", T0, "mail")],
                               outbox, RULES, local(date(2025, 5, 26)))
    assert reach.as_dict() == {
        "on_list": 8, "invited": 7, "answered": 5, "pre_registered": 2, "registered": 1,
        "declined": 1, "opted_out": 1, "bounced": 1, "silent": 2, "not_announced": 1,  # hans: answered, not yet invited
        "reminders_sent": 1, "deadline": "2025-06-02", "days_left": 7, "passed": False,
        "to_confirm": 1}


def test_standing_status_words():
    [s] = _standings([{"email": "x@y.example"}])
    assert isinstance(s, Standing) and s.status == "not announced" and not s.invited
