"""Issues 15 and 16 together, end to end against the real servers (Dovecot in, aiosmtpd
out): a bank statement mailed to the office by a staff member is imported like
``payments import`` when the office's server found the mail genuine, the staff member
gets one answer (paid, still open, unmatched), and the same file mailed twice changes
nothing; a statement in a mail not confirmed is refused like every other command."""

from __future__ import annotations

import json
import time
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone

from helpers import OFFICE, run_cli
from test_money_servers import binding, camt, invoice_of
from test_staffmail_servers import STAFF, config_for, ok

GENUINE = "mx.vsop.de; spf=pass smtp.mailfrom=vsop.de; dkim=pass header.d=vsop.de; dmarc=pass header.from=vsop.de"
ANNA, BERND = "anna.schmidt@stadt-a.de", "bernd.vogel@kreis-b.de"


def statement_mail(data: bytes, filename: str, *, auth: str | None = GENUINE,
                   body: str = "Guten Tag,\nanbei der Kontoauszug von heute.\nPetra\n") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Petra Büro <{STAFF}>"
    msg["To"] = OFFICE
    msg["Subject"] = "Kontoauszug"
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(domain="vsop.de")
    if auth:
        msg["Authentication-Results"] = auth
    msg.set_content(body)
    kind = ("application", "xml") if filename.endswith(".xml") else ("text", "csv")
    msg.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=filename)
    return bytes(msg)


def record(config, imap, email: str) -> dict:
    return json.loads(ok(run_cli(config, imap, "show", email, "--json")).stdout)["record"]


def payments(tmp_path) -> list[dict]:
    """The store's booked credits, as the agent sees them."""
    from inbox_agent.store.db import Store

    with Store(tmp_path / "store.json") as store:
        return sorted(store.all("payments"), key=lambda r: r["key"])


def balance(config, imap, email: str) -> str:
    return json.loads(ok(run_cli(config, imap, "show", email, "--json")).stdout)["balance"]


def registered(tmp_path, imap, smtp):
    """Anna (not a member, 300 EUR) and Bernd (member, 250 EUR) with their invoices."""
    config = config_for(tmp_path, imap, smtp)
    imap.append(binding(ANNA, "Anna Schmidt", member=False))
    imap.append(binding(BERND, "Bernd Vogel", member=True))
    ok(run_cli(config, imap, "poll", "--once"))
    sent = smtp.wait_for(2, timeout=20)
    numbers = {m.rcpt_tos[0]: invoice_of(m.message)[0][:-4] for m in sent}
    return config, numbers[ANNA], numbers[BERND]


def answer_to_staff(smtp, before: int) -> str:
    time.sleep(0.3)
    [got] = [m for m in smtp.messages()[before:] if m.rcpt_tos == (STAFF,)]
    text = got.message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    return got.message["Subject"] + "\n" + text


def test_a_statement_mailed_by_staff_is_imported_and_answered_once_and_twice_changes_nothing(
        tmp_path, imap_account, smtp_sink):
    config, anna, bernd = registered(tmp_path, imap_account, smtp_sink)
    statement = camt(("REF-1", "300.00", "Stadt A", f"Rechnung {anna} Schmidt"),
                     ("REF-2", "200.00", "Bernd Vogel", f"{bernd} Tagung"),
                     ("REF-3", "89.90", "Stadtwerke", "Gutschrift Abschlag"))
    before = len(smtp_sink.messages())
    imap_account.append(statement_mail(statement, "camt053.xml"))
    ok(run_cli(config, imap_account, "poll", "--once"))

    smtp_sink.wait_for(before + 3, timeout=20)
    new = smtp_sink.messages()[before:]
    assert sorted(m.rcpt_tos[0] for m in new) == [ANNA, BERND, STAFF]  # receipts, the answer
    assert all("Zahlungseingang bestätigt" in m.message["Subject"] for m in new
               if m.rcpt_tos != (STAFF,))
    [short] = [m for m in new if m.rcpt_tos == (BERND,)]
    assert "Offen ist noch ein Betrag von 50 EUR" in short.message.get_body(("plain",)).get_content()
    said = answer_to_staff(smtp_sink, before)
    assert "Kontoauszug camt053.xml eingelesen" in said
    paid = said.split("Bezahlt (1;")[1].split("Teilzahlung")[0]
    assert anna in paid and ANNA in paid and "300 EUR" in paid
    partial = said.split("Teilzahlung, Rest bleibt offen (1)")[1].split("Keiner Rechnung")[0]
    assert bernd in partial and "offen noch 50 EUR" in partial
    unmatched = said.split("Keiner Rechnung zugeordnet (1)")[1]
    assert "89,90 EUR von Stadtwerke" in unmatched
    assert "Noch offen: 1 Rechnung über 50 EUR" in said and f"{bernd} ({BERND}): 50 EUR" in said
    assert record(config, imap_account, ANNA)["state"] == "paid"
    assert balance(config, imap_account, BERND) == "50.00"
    tasks = json.loads(ok(run_cli(config, imap_account, "tasks", "--json")).stdout)
    assert sorted(t["kind"] for t in tasks) == ["payment_partial", "payment_unmatched"]
    assert STAFF not in ok(run_cli(config, imap_account, "list")).stdout

    # The same file mailed again: nothing booked, nobody but the staff member hears of it.
    store_payments = payments(tmp_path)
    assert len(store_payments) == 3
    before = len(smtp_sink.messages())
    imap_account.append(statement_mail(statement, "camt053.xml"))
    ok(run_cli(config, imap_account, "poll", "--once"))
    smtp_sink.wait_for(before + 1, timeout=20)
    again = answer_to_staff(smtp_sink, before)
    assert [m.rcpt_tos for m in smtp_sink.messages()[before:]] == [(STAFF,)]
    assert "Schon früher eingelesen, nichts geändert: 3" in again and "Bezahlt" not in again
    assert payments(tmp_path) == store_payments
    assert len(record(config, imap_account, ANNA)["payments"]) == 1
    assert balance(config, imap_account, BERND) == "50.00"


CSV = ("Buchungstag;Valutadatum;Name Zahlungsbeteiligter;Verwendungszweck;Betrag;Waehrung\n"
       "21.06.2025;21.06.2025;Bernd Vogel;{number} Rest;50,00;EUR\n")


def test_a_statement_in_a_mail_the_office_s_server_did_not_confirm_is_refused(
        tmp_path, imap_account, smtp_sink):
    config, anna, bernd = registered(tmp_path, imap_account, smtp_sink)
    ok(run_cli(config, imap_account, "payments", "import", str(_file(tmp_path, camt(
        ("REF-2", "200.00", "Bernd Vogel", f"{bernd} Tagung")))), "--yes"))
    data = CSV.format(number=bernd).encode("cp1252")
    before = len(smtp_sink.messages())
    imap_account.append(statement_mail(data, "umsaetze.csv", auth=None))  # no header
    forged = "mx.vsop.de; dkim=fail header.d=vsop.de; dmarc=fail header.from=vsop.de"
    imap_account.append(statement_mail(data, "umsaetze.csv", auth=forged))
    ok(run_cli(config, imap_account, "poll", "--once"))

    assert balance(config, imap_account, BERND) == "50.00"  # nothing booked
    said = answer_to_staff(smtp_sink, before)  # the forged one gets no answer at all
    assert "Kontoauszug umsaetze.csv nicht eingelesen" in said and "bestätigt hat" in said
    tasks = json.loads(ok(run_cli(config, imap_account, "tasks", "--json")).stdout)
    refused = [t for t in tasks if t["kind"] == "command_refused"]
    assert len(refused) == 2 and {t["email"] for t in refused} == {STAFF}

    # A genuine staff reply to an attendee, the office in Cc, with a CSV: not a statement
    # for the office (only a mail to it is), nothing booked, nothing said.
    before = len(smtp_sink.messages())
    cc = statement_mail(data, "umsaetze.csv").replace(
        f"To: {OFFICE}".encode(), f"To: {BERND}\nCc: {OFFICE}".encode(), 1)
    imap_account.append(cc)
    ok(run_cli(config, imap_account, "poll", "--once"))
    time.sleep(0.3)
    assert smtp_sink.messages()[before:] == [] and balance(config, imap_account, BERND) == "50.00"

    # Sent again, genuine: the CSV pays Bernd's balance.
    before = len(smtp_sink.messages())
    imap_account.append(statement_mail(data, "umsaetze.csv"))
    ok(run_cli(config, imap_account, "poll", "--once"))
    smtp_sink.wait_for(before + 2, timeout=20)
    assert record(config, imap_account, BERND)["state"] == "paid"
    said = answer_to_staff(smtp_sink, before).replace("\r\n", "\n")
    assert f"50 EUR von Bernd Vogel: {bernd}" in said.split("Bezahlt (1;")[1]
    still = said.split("Noch offen: 1 Rechnung über 300 EUR\n")[1]  # Anna's, not Bernd's
    assert ANNA in still and bernd not in still


def _file(tmp_path, data: bytes):
    path = tmp_path / "camt.xml"
    path.write_bytes(data)
    return path


def test_a_leitweg_id_written_in_the_text_makes_the_xrechnung_for_that_buyer(
        tmp_path, imap_account, smtp_sink):
    from helpers import make_mail

    from inbox_agent.invoices.cii import XRECHNUNG, read_back

    config = config_for(tmp_path, imap_account, smtp_sink)  # xrechnung = "auto", the default
    body = ("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich verbindlich zur "
            "VSOP-Jahrestagung 2025 an. Ich bin VSOP-Mitglied.\nDie Gebühr überweise ich nach "
            "Rechnungseingang.\n\nRechnungsanschrift:\nStadt A, Sozialamt\nHauptstr. 12-14\n"
            "50667 Köln\n\nBitte senden Sie die Rechnung als XRechnung, unsere Leitweg-ID "
            "lautet 05315-12345-85.\n\nMit freundlichen Grüßen\nAnna Schmidt\n")
    imap_account.append(make_mail(sender=f"Anna Schmidt <{ANNA}>", body=body,
                                  subject="Verbindliche Anmeldung Jahrestagung"))
    # Bernd writes one with a wrong check digit: no XRechnung for him.
    imap_account.append(make_mail(
        sender=f"Bernd Vogel <{BERND}>", subject="Verbindliche Anmeldung Jahrestagung",
        body=body.replace("05315-12345-85", "05315-12345-58").replace("Stadt A", "Kreis B")))
    ok(run_cli(config, imap_account, "poll", "--once"))
    sent = {m.rcpt_tos[0]: m.message for m in smtp_sink.wait_for(2, timeout=20)}
    names = {who: [p.get_filename() for p in m.iter_attachments()] for who, m in sent.items()}
    [xml_name] = [n for n in names[ANNA] if n.endswith("-xrechnung.xml")]
    [xml] = [p.get_content() for p in sent[ANNA].iter_attachments()
             if p.get_filename() == xml_name]
    facts = read_back(xml if isinstance(xml, bytes) else xml.encode())
    assert facts["guideline"] == XRECHNUNG and facts["buyer_reference"] == "05315-12345-85"
    assert facts["buyer"] == "Stadt A" and facts["buyer_city"] == "Köln"
    assert not [n for n in names[BERND] if n.endswith(".xml")]  # 58 is not its check digit
    assert [n for n in names[BERND] if n.endswith(".pdf")]  # the invoice itself, as always


def test_a_part_payment_task_in_the_digest_carries_the_record_as_paid_link(
        tmp_path, imap_account, smtp_sink):
    from test_staffmail_servers import digest_text, links, staff_mail

    config, anna, bernd = registered(tmp_path, imap_account, smtp_sink)
    ok(run_cli(config, imap_account, "payments", "import", str(_file(tmp_path, camt(
        ("REF-2", "200.00", "Bernd Vogel", f"{bernd} Tagung")))), "--yes"))
    text = digest_text(config, imap_account, smtp_sink)
    attention = text.split("== Braucht Ihre Aufmerksamkeit")[1].split("\n== ")[0]
    assert "Teilzahlung" in attention and bernd in attention, attention
    task_links = links(attention, "Als bezahlt eintragen")
    [(_to, subject, body)] = [link for link in task_links if BERND in link[2]]
    assert body.startswith(f"bezahlt {BERND} 50.00 tok:")  # the rest that is still open

    imap_account.append(staff_mail(subject, body))  # the prepared mail, sent as it is
    ok(run_cli(config, imap_account, "poll", "--once"))
    assert record(config, imap_account, BERND)["state"] == "paid"
    assert balance(config, imap_account, BERND) == "0.00"
    tasks = json.loads(ok(run_cli(config, imap_account, "tasks", "--all", "--json")).stdout)
    [partial] = [t for t in tasks if t["kind"] == "payment_partial"]
    assert partial["status"] == "done"  # the payment answered the task
    later = digest_text(config, imap_account, smtp_sink)
    assert not [link for link in links(later, "Als bezahlt eintragen") if BERND in link[2]]


def test_a_mailed_file_that_is_no_statement_is_answered_in_german_with_what_to_do(
        tmp_path, imap_account, smtp_sink):
    """A cut-off CAMT export mailed by staff: nothing booked, and the one answer says
    in German why and what to do (export it again)."""
    config, _anna, bernd = registered(tmp_path, imap_account, smtp_sink)
    cut = camt(("REF-2", "250.00", "Bernd Vogel", f"{bernd} Tagung"))[:300]
    before = len(smtp_sink.messages())
    imap_account.append(statement_mail(cut, "camt053.xml"))
    ok(run_cli(config, imap_account, "poll", "--once"))
    said = answer_to_staff(smtp_sink, before).replace("\r\n", "\n")
    assert "Kontoauszug camt053.xml nicht eingelesen: Die CAMT-Datei ist kein gültiges XML" in said
    assert "Bitte im Online-Banking erneut exportieren." in said
    assert record(config, imap_account, BERND)["state"] == "registered"
