"""``inbox-agent init DIR``: a new office folder, made from what ships with the package.

It writes ``DIR/config.toml`` (the shipped, commented ``config.toml`` with the office's
own addresses as placeholders to fill in) and editable copies of the shipped ``rules/``
and ``templates/`` (with the sample attachments), and prints the next steps in the
staff language. It never overwrites a file: if any of them exists already, it names
them, writes nothing and exits with 1. A config whose folder has no ``rules/`` or
``templates/`` uses the shipped ones (``config.py``), so both copies may be deleted.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import click

from inbox_agent import i18n
from inbox_agent.config import load_config
from inbox_agent.i18n import _
from inbox_agent.places import shipped

# (section, key) -> the placeholder written instead of the example office's value.
PLACEHOLDERS: dict[tuple[str, str], str] = {
    ("office", "address"): '"office@example.org"',
    ("office", "name"): '"Our office"',
    ("imap", "host"): '"imap.example.org"',
    ("imap", "username"): '"office@example.org"',
    ("smtp", "host"): '"smtp.example.org"',
    ("smtp", "username"): '"office@example.org"',
    ("digest", "recipients"): '["office@example.org"]',
}
HEADER = """\
# Written by `inbox-agent init`. Fill in what is yours: [office] address and name,
# [imap] and [smtp] (servers, user names, where the passwords come from), [storage]
# path, [digest] recipients, and your event: [event], [fees], [deadlines], [payment].
# rules/ and templates/ beside this file are yours to edit; delete either folder to use
# the defaults shipped with inbox-agent again.
#
"""
_SECTION = re.compile(r"\s*\[([A-Za-z0-9_.]+)\]")
_SETTING = re.compile(r'(?P<head>\s*(?P<key>[A-Za-z_]+)\s*=\s*)'
                      r'(?P<value>"[^"]*"|\[[^\]]*\]|[^\s#]+)(?P<gap>\s*)(?P<rest>#.*)?$')


def config_text(values: dict[tuple[str, str], str]) -> str:
    """The shipped ``config.toml`` with ``values`` (TOML literals) put in, each comment
    kept in its column."""
    section, lines = "", []
    for line in shipped("config.toml").read_text(encoding="utf-8").splitlines():
        if found := _SECTION.match(line):
            section = found.group(1)
        setting = _SETTING.match(line)
        if setting and (section, setting["key"]) in values:
            new = setting["head"] + values[(section, setting["key"])]
            if setting["rest"]:
                width = len(setting["head"] + setting["value"] + setting["gap"])
                new = new.ljust(width - 1) + " " + setting["rest"]
            line = new
        lines.append(line)
    return HEADER + "\n".join(lines) + "\n"


def planned_files(target: Path) -> list[tuple[Path, Path | None]]:
    """(where, copied from) for every file ``init`` writes; None: the config text."""
    files: list[tuple[Path, Path | None]] = [(target / "config.toml", None)]
    for name in ("rules", "templates"):
        source = shipped(name)
        files += [(target / name / path.relative_to(source), path)
                  for path in sorted(source.rglob("*")) if path.is_file()]
    return files


def toml_string(value: str) -> str:
    """``value`` as a TOML basic string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--store", "store_path", default=None, metavar="PATH",
              help="[storage] path to write (default var/inbox-agent.json beside the config; "
                   "as a service: /var/lib/inbox-agent/inbox-agent.json).")
@click.option("--language", type=click.Choice(["de", "en"]), default="de", show_default=True,
              help="[office] language: what staff read; also of these next steps.")
@click.pass_context
def init(ctx: click.Context, directory: Path, store_path: str | None, language: str) -> None:
    """Make a new office folder: a commented config.toml, editable rules/ and templates/."""
    i18n.set_language(language)
    files = planned_files(directory)
    existing = [str(path) for path, _source in files if path.exists()]
    if existing:
        shown = existing[:10] + ([_("… and {n} more").format(n=len(existing) - 10)]
                                 if len(existing) > 10 else [])
        click.echo(_("Nothing written: these files exist already (inbox-agent init never "
                     "overwrites):") + "\n  " + "\n  ".join(shown), err=True)
        ctx.exit(1)
    values = {**PLACEHOLDERS, ("office", "language"): toml_string(language)}
    if store_path:
        values[("storage", "path")] = toml_string(store_path)
    for path, source in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            path.write_text(config_text(values), encoding="utf-8")
        else:
            shutil.copyfile(source, path)
    load_config(files[0][0])  # what we wrote must read back: a bug here shows at once
    _next_steps(directory / "config.toml")


def _next_steps(config: Path) -> None:
    """What to do after ``init``, in the staff language."""
    unit = shipped("inbox-agent.service")
    command = f"inbox-agent --config {config}"
    click.echo(_("Written: {config}, with rules/ and templates/ beside it.").format(
        config=config))
    click.echo("\n" + _("Next steps:"))
    steps = [
        _("Fill in {config}: the office, the IMAP and SMTP servers, your event.").format(
            config=config),
        _("Invoices: the association's address and its Steuernummer or USt-IdNr. in "
          "[invoices] (issuer_address, tax_number or vat_id)."),
        _("Passwords: a file holding only the password, named in [imap] password_file "
          "(and [smtp]); or the environment variables INBOX_AGENT_IMAP_PASSWORD and "
          "INBOX_AGENT_SMTP_PASSWORD ([imap] password_env)."),
        _("Check everything, servers included: {command} check").format(command=command),
        _("See which mails in the mailbox are history and which would be answered: "
          "{command} adopt --dry-run").format(command=command),
        _("Start: {command} run, or as a service with the systemd unit {unit} "
          "(README: Install for an office).").format(command=command, unit=unit),
    ]
    for number, step in enumerate(steps, 1):
        click.echo(f"  {number}. {step}")


COMMANDS = (init,)
