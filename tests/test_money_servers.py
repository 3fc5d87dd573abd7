"""Issue 16 end to end against the real servers (Dovecot in, aiosmtpd out): the invoice
with the confirmation, bank statements matched, gapless numbers across SIGKILL."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from pathlib import Path

YEAR = date.today().year
NO1 = f"VSOP-{YEAR}-0001"

from helpers import make_mail, run_cli, write_config

from inbox_agent.invoices.cii import read_back
from inbox_agent.invoices.zugferd import check_xsd, extract

GROUP = (
    "Sehr geehrte Damen und Herren,\n\nhiermit melden wir uns verbindlich zur "
    "VSOP-Jahrestagung 2025 an:\n\n1. Claudia Meier, VSOP-Mitglied\n"
    "2. Dr. Jens Hartmann, kein Mitglied\n\nRechnungsanschrift:\nKreis Beispiel, Sozialamt\n"
    "Hauptstr. 1\n50667 Köln\n\nDie Teilnahmegebühr überweisen wir nach Rechnungseingang.\n\n"
    "Mit freundlichen Grüßen\nClaudia Meier\n")


def binding(sender: str, name: str, *, member: bool = True, msgid: str = "") -> bytes:
    body = (f"Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich verbindlich zur "
            f"VSOP-Jahrestagung 2025 an. Ich bin {'VSOP-Mitglied' if member else 'kein Mitglied'}."
            f"\nDie Gebühr überweise ich nach Rechnungseingang.\n\nMit freundlichen Grüßen\n{name}\n")
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
    assert "550.00" in shown.stdout and "Kreis Beispiel" in shown.stdout
    listed = run_cli(config, imap_account, "show", "claudia.meier@kreis-beispiel.de")
    assert NO1 in listed.stdout, listed.stdout
