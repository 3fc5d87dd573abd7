"""``inbox-agent invoice show|resend|cancel NUMBER`` and ``inbox-agent payments import
FILE`` (issue 16): argument parsing and printing; the work is in ``office/money.py``."""

from __future__ import annotations

from pathlib import Path

import click

from inbox_agent.cli import context
from inbox_agent.cli.context import by_option, now
from inbox_agent.cli.output import echo_json
from inbox_agent.i18n import _


@click.group()
def invoice() -> None:
    """Invoices and credit notes: show, send again, cancel."""


@invoice.command("show")
@click.argument("number")
@click.pass_context
def show(ctx: click.Context, number: str) -> None:
    """The invoice NUMBER (or credit note) and where its files are."""
    from inbox_agent.invoices.files import file_names, folder
    from inbox_agent.office.money import balance_of, find_invoice, invoice_text

    config, store, _rules = context.office(ctx)
    try:
        inv = find_invoice(store, number)
        balance = balance_of(store, inv)
    finally:
        store.close()
    click.echo(invoice_text(inv, balance))
    pdf = folder(config) / file_names(inv)[0]
    if pdf.exists():
        click.echo(_("File: {path}").format(path=pdf))


@invoice.command("resend")
@click.argument("number")
@by_option
@click.pass_context
def resend(ctx: click.Context, number: str, by: str | None) -> None:
    """Send the invoice NUMBER to the attendee again."""
    from inbox_agent.office.money import resend_invoice
    from inbox_agent.office.staff import deliver, who

    config, store, _rules = context.office(ctx)
    try:
        services = context.sending(config, store)
        planned = resend_invoice(services, number, who(by), now())
        deliver(store, services)
    finally:
        store.close()
    click.echo(_("Invoice {number} sent again to {email}.").format(number=number,
                                                                   email=planned.to.email))


@invoice.command("cancel")
@click.argument("number")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@by_option
@click.pass_context
def cancel(ctx: click.Context, number: str, yes: bool, by: str | None) -> None:
    """Cancel the invoice NUMBER with a credit note (its own number), sent to the attendee."""
    from inbox_agent.office.money import cancel_invoice
    from inbox_agent.office.staff import deliver, who

    if not yes:
        click.confirm(_("Cancel invoice {number} with a credit note?").format(number=number),
                      abort=True)
    config, store, _rules = context.office(ctx)
    try:
        services = context.sending(config, store)
        note = cancel_invoice(services, number, who(by), now())
        deliver(store, services)
    finally:
        store.close()
    click.echo(_("Invoice {number} cancelled by credit note {note}.").format(number=number,
                                                                             note=note.number))


@click.group()
def payments() -> None:
    """Bank statements: credits matched to invoices."""


@payments.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Only show what would be done.")
@click.option("--yes", is_flag=True, help="Do not ask before booking.")
@click.option("--json", "as_json", is_flag=True, help="As JSON, for scripts.")
@click.pass_context
def import_file(ctx: click.Context, file: Path, dry_run: bool, yes: bool, as_json: bool) -> None:
    """Read a CAMT.053, MT940 or CSV statement; match the credits to open invoices;
    mark them paid and send receipts; what is unclear becomes a task."""
    from inbox_agent.office import money

    config, store, _rules = context.office(ctx)
    data = file.read_bytes()
    try:
        services = context.sending(config, store)
        plan = money.import_statement(services, data, file.name, dry_run=True)
        if not as_json:
            click.echo("\n".join(money.plan_lines(plan)) or _("No credits in the file."))
        if dry_run or not any(m.outcome != "known" for m in plan.matches):
            if as_json:
                echo_json(money.as_json(plan))
            elif dry_run and plan.matches:
                click.echo(_("Dry run: nothing was booked, no mail was sent. Without --dry-run "
                             "these payments are booked."))
            return
        if not yes:
            click.confirm(_("Book these payments?"), abort=True)
        done = money.import_statement(services, data, file.name, dry_run=False)
    finally:
        store.close()
    if as_json:
        echo_json(money.as_json(done))
        return
    click.echo(_("Booked: paid {paid}, part payments {partial}, for the office {tasks}; "
                 "receipts sent: {receipts}.").format(
        paid=done.count("paid"), partial=done.count("partial"),
        tasks=done.count("ambiguous") + done.count("unmatched") + done.count("overpaid"),
        receipts=len(done.receipts)))


COMMANDS = (invoice, payments)
