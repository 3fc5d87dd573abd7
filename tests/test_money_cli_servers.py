"""Issue 16's commands end to end against the real servers (Dovecot in, aiosmtpd out):
``invoice resend`` sends the same bytes again, ``invoice cancel`` a credit note with the
next number (numbers never reused); a payment reminder carries the invoice again;
``payments import`` of an MT940 and a CSV file; the digest's money figures per event
and the export's invoice columns after an import."""

from __future__ import annotations

import csv
import io
import json
import time

from helpers import run_cli

from inbox_agent.invoices.cii import read_back
from inbox_agent.invoices.zugferd import extract
from test_money_mail_servers import ANNA, BERND, balance, record, registered
from test_money_servers import binding, invoice_of
from test_staffmail_servers import ok


def mails_to(smtp, email: str, since: int = 0):
    time.sleep(0.3)
    return [m for m in smtp.messages()[since:] if m.rcpt_tos == (email,)]


def test_resend_sends_the_same_invoice_and_cancel_a_credit_note_with_the_next_number(
        tmp_path, imap_account, smtp_sink):
    config, anna, bernd = registered(tmp_path, imap_account, smtp_sink)
    [confirmation] = mails_to(smtp_sink, ANNA)
    name, pdf = invoice_of(confirmation.message)

    before = len(smtp_sink.messages())
    ok(run_cli(config, imap_account, "invoice", "resend", anna))
    [again] = mails_to(smtp_sink, ANNA, before)
    assert invoice_of(again.message) == (name, pdf)  # the same file, byte for byte

    before = len(smtp_sink.messages())
    ok(run_cli(config, imap_account, "invoice", "cancel", anna, "--yes"))
    [note_mail] = mails_to(smtp_sink, ANNA, before)
    note_name, note_pdf = invoice_of(note_mail.message)
    year, seq = bernd.rsplit("-", 1)
    credit_number = f"{year}-{int(seq) + 1:04d}"  # the next number, after Bernd's
    assert note_name == f"{credit_number}.pdf"
    facts = read_back(extract(note_pdf))
    assert facts["number"] == credit_number and facts["type_code"] == "381"
    shown = ok(run_cli(config, imap_account, "invoice", "show", anna)).stdout
    assert credit_number in shown
    refused = run_cli(config, imap_account, "invoice", "cancel", anna, "--yes")
    assert refused.returncode != 0  # cancelled once: not again

    # A new registration gets the number after the credit note's: none is reused.
    before = len(smtp_sink.messages())
    imap_account.append(binding("clara.neu@stadt-c.de", "Clara Neu"))
    ok(run_cli(config, imap_account, "poll", "--once"))
    [clara] = mails_to(smtp_sink, "clara.neu@stadt-c.de", before)
    assert invoice_of(clara.message)[0] == f"{year}-{int(seq) + 2:04d}.pdf"


def test_a_payment_reminder_names_the_invoice_and_carries_it_again(
        tmp_path, imap_account, smtp_sink):
    from test_staffmail_servers import config_for

    config = config_for(tmp_path, imap_account, smtp_sink)
    text = config.read_text(encoding="utf-8")
    text = text.replace("[payment]\n", "[payment]\ndue_days = 0\nreminder_days = [0]\n", 1)
    # Due today from local midnight: the test does not depend on the hour it runs at.
    config.write_text(text.replace("[deadlines]\n", "[deadlines]\nreminder_hour = 0\n", 1), encoding="utf-8")
    imap_account.append(binding(ANNA, "Anna Schmidt", member=False))
    ok(run_cli(config, imap_account, "poll", "--once"))
    ok(run_cli(config, imap_account, "poll", "--once"))  # the due jobs: the reminder
    sent = mails_to(smtp_sink, ANNA)
    kinds = [m.message["Subject"] for m in sent]
    assert len(sent) == 2, kinds
    confirmation, reminder = sent
    number = invoice_of(confirmation.message)[0][:-4]
    assert invoice_of(reminder.message) == invoice_of(confirmation.message)
    assert number in reminder.message.get_body(("plain",)).get_content()


MT940 = """:20:STARTUMSE
:25:37040044/0532013000
:28C:00001/001
:60F:C250601EUR1000,00
:61:2506200620C300,00NTRFNONREF//BANKREF1
:86:166?00GUTSCHRIFT?20{number} Teilnahme?32STADT A
:61:2506200620D89,90NDDTNONREF
:86:105?00LASTSCHRIFT?20Strom?32STADTWERKE
:62F:C250620EUR1210,10
-
"""
CSV = ("Buchungstag;Valutadatum;Beguenstigter/Zahlungspflichtiger;Verwendungszweck;Betrag;Waehrung\n"
       "21.06.2025;21.06.2025;Bernd Vogel;{number} Tagung;200,00;EUR\n"
       "21.06.2025;21.06.2025;Stadtwerke;Abschlag;-89,90;EUR\n")


def test_mt940_and_csv_imports_then_the_digest_s_money_and_the_export_s_invoice_columns(
        tmp_path, imap_account, smtp_sink):
    config, anna, bernd = registered(tmp_path, imap_account, smtp_sink)
    mt940 = tmp_path / "umsatz.sta"
    mt940.write_text(MT940.format(number=anna), encoding="latin-1")
    export = tmp_path / "umsatz.csv"
    export.write_bytes(CSV.format(number=bernd).encode("cp1252"))

    before = len(smtp_sink.messages())
    done = ok(run_cli(config, imap_account, "payments", "import", str(mt940), "--yes", "--json"))
    [credit] = json.loads(done.stdout)["credits"]  # the debit is no credit
    assert (credit["outcome"], credit["invoice"], credit["amount"]) == ("paid", anna, "300.00")
    done = ok(run_cli(config, imap_account, "payments", "import", str(export), "--yes", "--json"))
    [credit] = json.loads(done.stdout)["credits"]
    assert (credit["outcome"], credit["invoice"]) == ("partial", bernd)
    assert [m.rcpt_tos[0] for m in mails_to(smtp_sink, ANNA, before)] == [ANNA]
    assert record(config, imap_account, ANNA)["state"] == "paid"
    assert balance(config, imap_account, BERND) == "50.00"

    # Bernd's payment was due yesterday: the rest is overdue.
    from inbox_agent.store.db import Store

    with Store(tmp_path / "store.json") as store:  # as a day passing would leave it
        bernd_record = store.get("attendees", BERND)
        store.put("attendees", {**bernd_record, "payment_due": "2025-06-01"})
        store.commit()

    digest = ok(run_cli(config, imap_account, "digest", "--print")).stdout
    assert "Eingegangen: 500 EUR, offen (verbindlich angemeldet): 50 EUR" in digest, digest
    assert "Rechnungen: 2 über 550 EUR; überfällig: 1 mit 50 EUR" in digest

    out = tmp_path / "liste.csv"
    ok(run_cli(config, imap_account, "export", "--format", "csv", "--output", str(out)))
    rows = {r["E-Mail"]: r for r in csv.DictReader(
        io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";")}
    assert rows[ANNA]["Rechnung"] == anna and rows[BERND]["Rechnung"] == bernd
    assert rows[ANNA]["Rechnungsbetrag"].startswith("300") and rows[BERND]["Rechnungsbetrag"].startswith("250")
    assert rows[ANNA]["Bezahlt am"] and rows[BERND]["Bezahlt am"]
    assert rows[BERND]["Offen"].startswith("50")
