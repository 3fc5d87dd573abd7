"""Issue 16 end to end against the real servers (Dovecot in, aiosmtpd out): the invoice
with the confirmation, bank statements matched, gapless numbers across SIGKILL."""

from __future__ import annotations

import re
import time
from decimal import Decimal

from helpers import make_mail, run_cli, write_config

from devtools.demo import office_today
from inbox_agent.invoices.cii import read_back
from inbox_agent.invoices.zugferd import check_xsd, extract

YEAR = office_today().year  # the invoice year where the office is
NO1 = f"VSOP-{YEAR}-0001"

GROUP = (
    "Sehr geehrte Damen und Herren,\n\nhiermit melden wir uns verbindlich zur "
    "VSOP-Jahrestagung 2025 an:\n\n1. Claudia Meier, VSOP-Mitglied\n"
    "2. Dr. Jens Hartmann, kein Mitglied\n\nRechnungsanschrift:\nKreis Beispiel, Sozialamt\n"
    "Hauptstr. 1\n50667 Köln\n\nDie Teilnahmegebühr überweisen wir nach Rechnungseingang.\n\n"
    "Mit freundlichen Grüßen\nClaudia Meier\n")


def binding(sender: str, name: str, *, member: bool = True, msgid: str = "") -> bytes:
    org = "Stadt " + name.split()[-1]
    body = (f"Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich verbindlich zur "
            f"VSOP-Jahrestagung 2025 an. Ich bin {'VSOP-Mitglied' if member else 'kein Mitglied'}."
            f"\nDie Gebühr überweise ich nach Rechnungseingang.\n\nRechnungsanschrift:\n"
            f"{org}\nMarkt 1\n50667 Köln\n\nMit freundlichen Grüßen\n{name}\n{org}\n")
    return make_mail(sender=f"{name} <{sender}>", subject="Verbindliche Anmeldung Jahrestagung",
                     body=body, message_id=msgid or None)


def invoice_of(message) -> tuple[str, bytes]:
    [pdf] = [(p.get_filename(), p.get_content()) for p in message.iter_attachments()
             if p.get_content_type() == "application/pdf"
             and p.get_filename().startswith("VSOP-")]
    return pdf


def test_group_confirmation_carries_an_invoice_of_550_eur(tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(make_mail(sender="Claudia Meier <claudia.meier@kreis-beispiel.de>",
                                  subject="Verbindliche Anmeldung Jahrestagung", body=GROUP))
    done = run_cli(config, imap_account, "poll", "--once")
    assert done.returncode == 0, done.stderr
    time.sleep(0.3)
    [sent] = smtp_sink.messages()
    name, pdf = invoice_of(sent.message)
    assert name == f"{NO1}.pdf" and pdf.startswith(b"%PDF")
    text = sent.message.get_body(("plain",)).get_content()
    assert NO1 in text and "550 EUR" in text, text
    xml = extract(pdf)  # the embedded Factur-X XML, valid against the shipped XSD
    assert check_xsd(xml)
    facts = read_back(xml)
    assert facts["number"] == NO1 and facts["type_code"] == "380"
    assert facts["total"] == Decimal("550.00") and facts["tax_total"] == Decimal("0.00")
    assert facts["buyer"] == "Kreis Beispiel" and facts["buyer_city"] == "Köln"
    assert facts["lines"] == 2 and facts["currency"] == "EUR"
    # Kept beside the store, the same bytes; listed in `show` and `invoice show`.
    assert (tmp_path / "invoices" / f"{NO1}.pdf").read_bytes() == pdf
    shown = run_cli(config, imap_account, "invoice", "show", NO1)
    assert shown.returncode == 0, shown.stderr
    assert "550,00 EUR" in shown.stdout and "Kreis Beispiel" in shown.stdout  # German amounts
    assert re.search(r"Ausgestellt: \d\d\.\d\d\.\d{4}, fällig: \d\d\.\d\d\.\d{4}", shown.stdout)
    assert "Noch offen: 550,00 EUR" in shown.stdout and f"Verwendungszweck: {NO1}" in shown.stdout
    typo = run_cli(config, imap_account, "invoice", "show", NO1.lower() + "9")
    assert typo.returncode != 0 and "inbox-agent show E-MAIL" in typo.stderr  # what to do next
    assert run_cli(config, imap_account, "invoice", "show", NO1.lower()).returncode == 0
    listed = run_cli(config, imap_account, "show", "claudia.meier@kreis-beispiel.de")
    assert NO1 in listed.stdout, listed.stdout


def camt(*entries: tuple[str, str, str, str]) -> bytes:
    """A CAMT.053.001.08 statement with credits (bank reference, amount, debtor, purpose)."""
    rows = "".join(f"""
      <Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2025-06-20</Dt></BookgDt><AcctSvcrRef>{ref}</AcctSvcrRef>
        <NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>{name}</Nm></Pty></Dbtr></RltdPties>
          <RmtInf><Ustrd>{purpose}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"""
                   for ref, amount, name, purpose in entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
  <GrpHdr><MsgId>STMT-1</MsgId><CreDtTm>2025-06-21T06:00:00</CreDtTm></GrpHdr>
  <Stmt><Id>1</Id><Acct><Id><IBAN>DE02120300000000202051</IBAN></Id></Acct>{rows}
  </Stmt></BkToCstmrStmt></Document>""".encode()


def test_camt_statement_pays_one_leaves_a_short_one_open_and_lists_the_unrelated(
        tmp_path, imap_account, smtp_sink):
    config = write_config(tmp_path, imap_account, smtp_sink)
    imap_account.append(binding("anna.schmidt@stadt-a.de", "Anna Schmidt", member=False))
    imap_account.append(binding("bernd.vogel@kreis-b.de", "Bernd Vogel", member=True))
    assert run_cli(config, imap_account, "poll", "--once").returncode == 0
    time.sleep(0.3)
    confirmations = {m.rcpt_tos[0]: invoice_of(m.message)[0][:-4] for m in smtp_sink.messages()}
    anna, bernd = confirmations["anna.schmidt@stadt-a.de"], confirmations["bernd.vogel@kreis-b.de"]
    statement = tmp_path / "camt053.xml"
    statement.write_bytes(camt(("REF-1", "300.00", "Stadt A", f"Rechnung {anna} Schmidt"),
                               ("REF-2", "200.00", "Bernd Vogel", f"{bernd} Tagung"),
                               ("REF-3", "89.90", "Stadtwerke", "Gutschrift Abschlag")))
    before = len(smtp_sink.messages())

    dry = run_cli(config, imap_account, "payments", "import", str(statement), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert anna in dry.stdout and "Stadtwerke" in dry.stdout
    assert "Probelauf: nichts verbucht, keine Mail verschickt" in dry.stdout  # says it is a dry run
    assert "200,00 EUR" in dry.stdout and "-: " not in dry.stdout
    assert len(smtp_sink.messages()) == before  # a dry run books and sends nothing

    done = run_cli(config, imap_account, "payments", "import", str(statement), "--yes")
    assert done.returncode == 0, done.stderr
    time.sleep(0.3)
    receipts = smtp_sink.messages()[before:]
    assert [m.rcpt_tos[0] for m in receipts].count("anna.schmidt@stadt-a.de") == 1
    assert all("Zahlungseingang bestätigt" in m.message["Subject"] for m in receipts)
    shown = run_cli(config, imap_account, "show", "anna.schmidt@stadt-a.de")
    assert "bezahlt" in shown.stdout or "paid" in shown.stdout, shown.stdout
    bernd_shown = run_cli(config, imap_account, "show", "bernd.vogel@kreis-b.de", "--json")
    assert '"balance": "50.00"' in bernd_shown.stdout and '"state_key": "registered"' in bernd_shown.stdout
    status = run_cli(config, imap_account, "digest", "--print")
    assert bernd in status.stdout and "Stadtwerke" in status.stdout, status.stdout
    # Each payment task says what to do next, in the digest and in `tasks`.
    assert "→ Der Rest ist noch offen." in status.stdout
    assert "→ Keine Teilnahmegebühr? Dann einfach „Erledigt“." in status.stdout
    listed = run_cli(config, imap_account, "tasks").stdout
    assert listed.count("\n    → ") == 2, listed
    assert re.search(r"\(offen, \d\d\.\d\d\.\d{4} \d\d:\d\d\)", listed), listed  # as the digest: local

    store_before = (tmp_path / "store.json").read_bytes()
    again = run_cli(config, imap_account, "payments", "import", str(statement), "--yes")
    assert again.returncode == 0, again.stderr
    time.sleep(0.3)
    assert len(smtp_sink.messages()) == before + len(receipts)  # nothing sent again
    assert (tmp_path / "store.json").read_bytes() == store_before  # nothing changed


def test_a_file_that_is_no_statement_is_refused_in_german_with_what_to_do(
        tmp_path, imap_account, smtp_sink):
    """A wrong or cut-off export is not a temporary error: staff read why, in their
    language, and what to do (export again), and nothing is booked."""
    config = write_config(tmp_path, imap_account, smtp_sink)
    cut = tmp_path / "camt053.xml"
    cut.write_bytes(camt(("REF-1", "300.00", "Stadt A", "Rechnung"))[:300])
    pdf = tmp_path / "kontoauszug.pdf"
    pdf.write_bytes(b"%PDF-1.4 a statement printed to PDF")
    for path, says in ((cut, "Die CAMT-Datei ist kein gültiges XML"),
                       (pdf, "kontoauszug.pdf ist weder eine CAMT.053- noch eine MT940-Datei")):
        refused = run_cli(config, imap_account, "payments", "import", str(path), "--yes")
        assert refused.returncode == 4, (refused.stdout, refused.stderr)
        assert says in refused.stderr and "erneut" in refused.stderr, refused.stderr
        assert "temporary" not in refused.stderr
    assert smtp_sink.messages() == []
