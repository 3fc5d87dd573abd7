"""Issue 16, the pure parts: invoice records and numbers, the XML and the PDF checked
by reading them back, credit notes and corrections, statements and matching."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from inbox_agent.config import load_config
from inbox_agent.errors import ConfigError
from inbox_agent.invoices import issue, matching, statements
from inbox_agent.invoices.cii import XRECHNUNG, cii_xml, read_back
from inbox_agent.invoices.files import render
from inbox_agent.invoices.record import Invoice, address_lines, leitweg_id
from inbox_agent.invoices.zugferd import check_xsd, extract
from inbox_agent.registrations import Decision
from inbox_agent.registrations.attendee import Attendee, State
from inbox_agent.registrations.rules import EventRules
from inbox_agent.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)


@pytest.fixture()
def config():
    return load_config(ROOT / "config.toml")


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "store.json").open() as s:
        yield s


def group(**changes) -> Attendee:
    a = Attendee(email="claudia.meier@kreis-beispiel.de", state=State.REGISTERED,
                 name="Claudia Meier", member=True, persons=2, people=("Dr. Jens Hartmann",),
                 people_members=(False,), invoice_address="Kreis Beispiel\nHauptstr. 1\n50667 Köln\n"
                 "Leitweg-ID: 05315-12345-67", fee=Decimal("550"), payment_due=date(2025, 6, 16))
    return replace(a, **changes)


def test_a_group_invoice_has_a_line_per_person_and_reads_back_as_made(config, store):
    rules = EventRules.from_config(config)
    inv = issue.issue(store, config, rules, group(), NOW)
    assert [x.amount for x in inv.lines] == [Decimal("250.00"), Decimal("300.00")]
    facts = read_back(cii_xml(inv))
    assert facts["total"] == Decimal("550.00") and facts["number"] == "VSOP-2025-0001"
    assert facts["buyer"] == "Kreis Beispiel" and facts["buyer_reference"] == "05315-12345-67"
    assert facts["issued"] == date(2025, 6, 2) and facts["due"] == date(2025, 6, 16)
    made = render(inv, config)
    assert made.pdf == render(Invoice.from_dict(inv.to_dict()), config).pdf  # same bytes
    assert check_xsd(extract(made.pdf))
    assert read_back(made.xrechnung)["guideline"] == XRECHNUNG  # a Leitweg-ID: XRechnung too


def test_numbers_run_on_per_year_and_a_credit_note_takes_its_own(config, store):
    rules = EventRules.from_config(config)
    first = issue.issue(store, config, rules, group(), NOW)
    second = issue.issue(store, config, rules, group(email="b@x.de"), NOW)
    note = issue.cancel(store, config, first, NOW, rules)
    later = issue.issue(store, config, rules, group(email="c@x.de"), NOW.replace(year=2026))
    assert [first.number, second.number, note.number, later.number] == [
        "VSOP-2025-0001", "VSOP-2025-0002", "VSOP-2025-0003", "VSOP-2026-0001"]
    assert read_back(cii_xml(note))["type_code"] == "381"
    assert issue.get(store, first.number).status == "cancelled"
    assert issue.current(store, rules.id, first.email) is None


def test_a_change_of_persons_makes_a_credit_note_and_a_corrected_invoice(config, store):
    rules = EventRules.from_config(config)
    a = group()
    issue.stage(store, config, rules, Decision(attendees=(a,)), NOW)
    fewer = replace(a, persons=1, people=(), people_members=(), fee=Decimal("250"))
    issue.stage(store, config, rules, Decision(attendees=(fewer,)), NOW)
    kinds = [(i.number, i.kind, i.status) for i in issue.of_attendee(store, a.email)]
    assert kinds == [("VSOP-2025-0001", "invoice", "cancelled"),
                     ("VSOP-2025-0002", "invoice", "open"),
                     ("VSOP-2025-0003", "credit_note", "open")]
    assert issue.current(store, rules.id, a.email).total == Decimal("250.00")
    # The same registration again changes nothing.
    issue.stage(store, config, rules, Decision(attendees=(fewer,)), NOW)
    assert len(issue.of_attendee(store, a.email)) == 3


def test_a_wrong_number_pattern_is_reported_with_key_and_reason(tmp_path):
    text = (ROOT / "config.toml").read_text(encoding="utf-8").replace(
        'number = "VSOP-{year}-{seq:04}"', 'number = "VSOP-{year}"')
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "invoices" in str(err.value) and "number" in str(err.value) and "{seq}" in str(err.value)


def test_addresses_and_leitweg_ids_are_read_as_written():
    assert address_lines("Kreis X, Sozialamt, Hauptstr. 1, 50667 Köln") == (
        "Kreis X", "Sozialamt", "Hauptstr. 1", "50667 Köln")
    assert leitweg_id("Stadt A\nLeitweg-ID: 05315-12345-67") == "05315-12345-67"
    assert leitweg_id("Stadt A\nHauptstr. 1") == ""


MT940 = b""":20:STARTUMSE
:25:37040044/0532013000
:28C:00001/001
:60F:C250601EUR1000,00
:61:2506050605C550,00NTRFNONREF//BANKREF1
:86:166?00GUTSCHRIFT?20VSOP-2025-0001 Teilnahme?32KREIS BEISPIEL
:61:2506060606D89,90NDDTNONREF
:86:105?00LASTSCHRIFT?20Strom?32STADTWERKE
:62F:C250606EUR1460,10
-
"""
CSV = ("Buchungstag;Valutadatum;Beguenstigter/Zahlungspflichtiger;Verwendungszweck;Betrag;Waehrung\n"
       "05.06.2025;05.06.2025;Kreis Beispiel;VSOP 2025 0001 Tagung;550,00;EUR\n"
       "06.06.2025;06.06.2025;Stadtwerke;Abschlag;-89,90;EUR\n").encode("cp1252")


def test_mt940_and_csv_give_the_credits_with_stable_idents():
    [mt] = statements.read(MT940, "umsatz.sta")
    assert (mt.amount, mt.name, mt.ident) == (Decimal("550.00"), "KREIS BEISPIEL", "ref:BANKREF1")
    [row] = statements.read(CSV, "umsatz.csv")
    assert row.amount == Decimal("550.00") and row.booked == date(2025, 6, 5)
    assert statements.read(CSV, "again.csv")[0].ident == row.ident  # the same file: same id
    with pytest.raises(statements.StatementError):
        statements.read(b"hello", "x.pdf")


def test_matching_by_number_then_amount_and_name_and_never_a_guess():
    opened = [matching.Open("VSOP-2025-0001", "a@x.de", "e", Decimal("550.00"), ("Kreis Beispiel",)),
              matching.Open("VSOP-2025-0002", "b@x.de", "e", Decimal("300.00"), ("Anna Schmidt",)),
              matching.Open("VSOP-2025-0003", "c@x.de", "e", Decimal("300.00"), ("Bernd Vogel",))]

    def credit(ident, amount, name, purpose):
        return statements.Credit(ident, date(2025, 6, 5), Decimal(amount), "EUR", name, purpose)

    got = matching.match([
        credit("1", "550.00", "Kreis Beispiel", "VSOP 2025 0001"),   # number, spaced
        credit("2", "300.00", "Anna Schmidt", "Tagung Köln"),         # amount + name
        credit("3", "250.00", "Bernd Vogel", "Tagung"),               # name, amount differs
        credit("4", "300.00", "Jemand", "Spende"),                    # nothing fits
        credit("5", "100.00", "X", "VSOP-2025-0002"),                 # after 2 paid it: more than open
        credit("old", "1.00", "X", "VSOP-2025-0001"),
    ], opened, known={"old"})
    assert [m.outcome for m in got] == ["paid", "paid", "ambiguous", "unmatched", "overpaid", "known"]
    assert got[2].candidates == ("VSOP-2025-0003",)
    assert set(got[3].candidates) == {"VSOP-2025-0003"}


def test_a_payment_reminder_names_the_open_invoice(config, store):
    from inbox_agent.model import Address, PlannedMail

    rules = EventRules.from_config(config)
    a = group()
    inv = issue.issue(store, config, rules, a, NOW)
    reminder = PlannedMail(kind="payment_reminder", to=Address("sekretariat@kreis-beispiel.de"),
                           language="de", message_id="<r@x>",
                           context=(("attendee", {"email": a.email}),), event=rules.id)
    [planned] = issue.stage(store, config, rules, Decision(planned=(reminder,)), NOW).planned
    assert dict(planned.context)["invoice"]["number"] == inv.number
