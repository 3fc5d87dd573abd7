"""Every kind of mail the registrations plan renders, in German and English, from the
contexts real decisions produce; each names the event, its dates and place, and the
deadline that concerns the reader."""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from test_registrations_support import Office, berlin

from inbox_agent.config import load_config
from inbox_agent.model import Intent, PlannedMail
from inbox_agent.registrations import MAIL_KINDS, EventRules, mark_paid

ROOT = Path(__file__).resolve().parents[1]
FORM = dict(title="Dr.", member=True, organization="Stadt Musterhausen",
            invoice_address="Stadt Musterhausen\nSozialamt\nMarktplatz 1\n12345 Musterhausen",
            payment_agreement=True)


@pytest.fixture(scope="module")
def renderer():
    from inbox_agent.outbox.templates import Templates

    config = load_config(ROOT / "config.toml")
    rules = replace(EventRules.from_config(config), capacity=3,
                    late_pre_registration="waitlist", after_registration_deadline="decline")
    # All these templates take from the outbox's base context is ``office`` and
    # ``fees``; everything else comes with the planned mail's own context.
    base = {
        "office": {"name": config.office.name, "address": config.office.address},
        "fees": {"member": config.fees.member, "non_member": config.fees.non_member,
                 "currency": config.fees.currency},
    }
    return rules, base, Templates(ROOT / "templates")


def season(rules: EventRules, lang: str) -> list[PlannedMail]:
    """A season that plans every kind of mail at least once."""
    o = Office(rules)
    L = dict(language=lang)
    o.mail("anna@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 10), name="Anna Schmidt", **L)
    o.mail("team@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 11), persons=2, name="Jan Becker", **L)
    o.mail("dora@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 12, 9), name="Dora Klein", **L)
    o.mail("emil@x.de", Intent.REGISTRATION, berlin(2025, 4, 12, 10), name="Emil Roth", **FORM, **L)
    o.mail("anna@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 15), **L)
    o.mail("team@x.de", Intent.REGISTRATION, berlin(2025, 5, 5), persons=2, people=("Jan Becker", "Eva Lang"),
           name="Jan Becker", **{**FORM, "title": None}, **L)
    o.mail("anna@x.de", Intent.REGISTRATION, berlin(2025, 5, 7), name="Anna Schmidt",
           missing=("invoice_address", "member"), **L)
    o.mail("late@x.de", Intent.PRE_REGISTRATION, berlin(2025, 6, 10), **L)  # no name: neutral greeting
    o.days(date(2025, 5, 8), date(2025, 7, 2))
    o.mail("team@x.de", Intent.CANCELLATION, berlin(2025, 7, 3), **L)
    o.days(date(2025, 7, 3), date(2025, 7, 31))
    o.mail("closed@x.de", Intent.REGISTRATION, berlin(2025, 7, 20), name="Zu Spät", **FORM, **L)
    return [p for _, p in o.sent]


def _text_of(html: str) -> str:
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_kind_renders_in_both_languages(renderer, lang):
    rules, base, templates = renderer
    planned = season(rules, lang)
    assert {p.kind for p in planned} == set(MAIL_KINDS)
    dates = {"de": ("25.9.2025", "26.9.2025"), "en": ("25 September 2025", "26 September 2025")}[lang]
    for p in planned:
        assert (ROOT / "templates" / lang / f"{p.kind}.txt.j2").is_file(), p.kind
        assert (ROOT / "templates" / lang / f"{p.kind}.html.j2").is_file(), p.kind
        context = {**base, **dict(p.context)}
        r = templates.render(p.kind, p.language, context)
        assert r.language == lang
        assert "VSOP-Jahrestagung 2025" in r.subject, (p.kind, r.subject)
        for part, body in (("text", r.text), ("html", _text_of(r.html))):
            where = f"{p.kind}/{lang}/{part}"
            assert "Integrierte Sozialplanung" in body and "Köln" in body, where
            assert dates[0] in body and dates[1] in body, where
            assert "geschaeftsstelle@vsop.de" in body, where
            assert "{{" not in body and "{%" not in body, where
            deadline = dict(p.context)["next_deadline"]
            if deadline is not None and p.kind != "programme":
                day = date.fromisoformat(deadline["date"])
                shown = f"{day.day}.{day.month}.{day.year}" if lang == "de" else f"{day.day} {day:%B} {day.year}"
                assert shown in body, (where, shown)
        if lang == "de":
            assert "Mit freundlichen Grüßen" in r.text and " du " not in r.text.lower()


def test_the_confirmation_states_fee_and_payment_agreement(renderer):
    rules, base, templates = renderer
    planned = season(rules, "de")
    team = next(p for p in planned if p.kind == "confirmation" and p.to.email == "team@x.de")
    r = templates.render("confirmation", "de", {**base, **dict(team.context)})
    assert "250 EUR pro Person (Mitgliedertarif)" in r.text
    assert "500 EUR" in r.text and "Personen:          2" in r.text
    assert "Zahlbar bis:       19.5.2025" in r.text
    assert "IBAN:              DE00 0000 0000 0000 0000 00" in r.text
    assert "Verwendungszweck:  VSOP-Jahrestagung 2025 Jan Becker" in r.text
    assert "Eva Lang" in r.text and "Marktplatz 1" in r.text
    assert "Marktplatz 1" in r.html and "<script" not in r.html


def test_the_missing_fields_mail_lists_exactly_what_is_missing(renderer):
    rules, base, templates = renderer
    planned = season(rules, "de")
    p = next(p for p in planned if p.kind == "missing_fields")
    r = templates.render("missing_fields", "de", {**base, **dict(p.context)})
    items = [line.strip()[2:] for line in r.text.splitlines() if line.startswith("  - ")]
    assert items == ["Rechnungsanschrift", "Angabe, ob Sie Mitglied des Vereins sind (ja/nein)"]


def test_values_from_mails_are_escaped_in_html(renderer):
    rules, base, templates = renderer
    o = Office(rules)
    o.mail("x@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 10))
    o.mail("x@x.de", Intent.REGISTRATION, berlin(2025, 4, 11), name="<b>Bob</b>", member=True,
           invoice_address="<script>alert(1)</script>", payment_agreement=True)
    p = o.sent[-1][1]
    r = templates.render(p.kind, "de", {**base, **dict(p.context)})
    assert "<script>" not in r.html and "&lt;script&gt;" in r.html
    assert "<b>" not in r.html and "Guten Tag &lt;b&gt;Bob&lt;/b&gt;," in r.html


def test_a_paid_attendee_writing_again_is_told_all_is_settled(renderer):
    rules, base, templates = renderer
    o = Office(rules)
    o.mail("p@x.de", Intent.REGISTRATION, berlin(2025, 4, 10), name="Paula Paid", **FORM)
    o.attendees["p@x.de"] = mark_paid(o.attendees["p@x.de"], 250, "kasse", berlin(2025, 4, 20))
    o.mail("p@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 21))
    p = o.sent[-1][1]
    assert p.kind == "already_registered"
    r = templates.render(p.kind, "de", {**base, **dict(p.context)})
    assert "bezahlt" in r.text


GLUED = re.compile(r"[a-zäöüß][(\[]|\)[A-Za-zäöü]|[a-zäöü]\.[A-ZÄÖÜ][a-zäöü]")


def _group_mails(rules: EventRules, lang: str) -> list[PlannedMail]:
    """Groups in every situation: waitlisted (with and without form, late), promoted,
    registered from the list, reminded, lapsed, cancelled."""
    o = Office(replace(rules, capacity=2))
    L = dict(language=lang)
    o.mail("a@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 10), persons=2, name="Anna Schmidt", **L)
    o.mail("g@x.de", Intent.PRE_REGISTRATION, berlin(2025, 4, 11), persons=2, name="Gruppe Eins", **L)
    o.mail("f@x.de", Intent.REGISTRATION, berlin(2025, 4, 12), persons=2, name="Form Zwei", **FORM, **L)
    o.mail("l@x.de", Intent.PRE_REGISTRATION, berlin(2025, 6, 5), persons=3, name="Spät Drei", **L)
    o.mail("a@x.de", Intent.CANCELLATION, berlin(2025, 6, 6), **L)  # g promoted
    o.mail("g@x.de", Intent.PRE_REGISTRATION, berlin(2025, 6, 7), **L)  # already registered
    o.days(date(2025, 6, 7), date(2025, 7, 5))  # reminders for g, then g lapses, f registered
    return [p for _, p in o.sent]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_texts_for_groups_and_no_glued_words(renderer, lang):
    rules, base, templates = renderer
    planned = _group_mails(rules, lang) + season(rules, lang)
    kinds = {p.kind for p in planned if dict(p.context)["attendee"]["persons"] > 1}
    assert {"waitlisted", "promoted", "reminder", "lapsed", "cancelled", "confirmation",
            "already_registered"} <= kinds
    for p in planned:
        r = templates.render(p.kind, p.language, {**base, **dict(p.context)})
        for part, body in (("text", r.text), ("html", _text_of(r.html))):
            found = GLUED.search(body.replace("e.V.", "eV"))
            assert not found, (p.kind, lang, part, body[max(found.start() - 40, 0):found.end() + 40])
        persons = dict(p.context)["attendee"]["persons"]
        if persons > 1 and p.kind not in ("lapsed", "cancelled", "registration_closed"):
            assert str(persons) in r.text, (p.kind, lang)
