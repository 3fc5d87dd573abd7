"""``inbox-agent adopt [--dry-run] [--json]``: going live on a mailbox that already holds
mail. Shows the adoption moment and where it comes from, which mails are history (never
answered) and which the poll handles as new mail; without ``--dry-run`` it records the
history now (the same judgement the first poll makes, ``app.adopt``), answering nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from inbox_agent.app.adopt import Moment, Plan
from inbox_agent.app.adopt_sent import Envelope
from inbox_agent.app.bootstrap import bootstrap
from inbox_agent.app.pipeline import adopt_mailbox
from inbox_agent.cli import context
from inbox_agent.cli.output import echo_json, progress
from inbox_agent.config import Config
from inbox_agent.i18n import _, day_time
from inbox_agent.registrations import EventRules
from inbox_agent.store.db import Store


@click.command()
@click.option("--dry-run", is_flag=True,
              help="Show what would be history and what would be answered; change nothing.")
@click.option("--show", default=5, show_default=True, metavar="N",
              help="List the first N mails of each kind.")
@click.option("--json", "as_json", is_flag=True, help="The same as JSON.")
@click.pass_context
def adopt(ctx: click.Context, dry_run: bool, show: int, as_json: bool) -> None:
    """Adopt the mail already in the mailbox as history (never answered)."""
    config = context.load(ctx)
    plan = _dry_run(config) if dry_run else _adopt_now(config, quiet=as_json)
    rules = EventRules.from_config(config)
    if as_json:
        echo_json(_as_json(plan, show, dry_run))
        return
    for line in _lines(plan, show, rules):
        click.echo(line)
    if not dry_run and plan.read:
        click.echo(_("Read {n} history mail(s) in full (what they told, their intent).").format(
            n=plan.read))
    click.echo(_("Dry run: nothing was changed.") if dry_run else
               _("Recorded {n} mail(s) as history; nothing was sent.").format(n=plan.recorded))


def _dry_run(config: Config) -> Plan:
    store = Store(config.storage.path, lock=False, persist=False).open()
    try:
        return adopt_mailbox(bootstrap(config, dry_run=True, store=store))
    finally:
        store.close()


def _adopt_now(config: Config, *, quiet: bool) -> Plan:
    store = Store(config.storage.path).open(hold=False)
    bar: dict[str, Callable[..., None]] = {}

    def show_progress(done: int, total: int) -> None:
        if quiet or total <= config.imap.batch_size:
            return
        if not bar:
            bar["step"], bar["done"] = progress(total, _("Mails"))
        bar["step"](done)

    try:
        services = bootstrap(config, store=store)
        with store.exclusive(timeout=max(config.schedule.poll_seconds, 60)):
            return adopt_mailbox(services, progress=show_progress)
    finally:
        if bar:
            bar["done"]()
        store.close()


def _source(m: Moment, rules: EventRules) -> str:
    at = day_time(m.at.astimezone(rules.tz))
    if m.source == "answer_since":
        return _("set by [imap] answer_since in the configuration")
    if m.source == "store_in_use":
        return _("none: this store was answering mail before adoption existed")
    if m.recorded:
        return _("the first start on this store ({at}) less 24 hours").format(at=at)
    return _("the first start, which is now ({at}), less 24 hours").format(at=at)


def _lines(plan: Plan, show: int, rules: EventRules) -> list[str]:
    m = plan.moment
    cut = day_time(m.before.astimezone(rules.tz)) if m.before else "–"
    lines = [_("Cut-off: {moment} ({source})").format(moment=cut, source=_source(m, rules)),
             _("History (never answered): {n}, of them {answered} answered by the office "
               "before (Sent folder)").format(n=len(plan.history), answered=plan.answered),
             _("Handled as new mail by the next poll: {n}").format(n=len(plan.handle))]
    if plan.unread:
        lines.append(_("History still being read (recorded from the header; what they told "
                       "and their intent follow in the next polls, or now with "
                       "`inbox-agent adopt`): {n}").format(n=plan.unread))
    if plan.history:
        lines += ["", _("History, the first {n}:").format(n=min(show, len(plan.history)))]
        lines += [_line(env, rules) + (_(" (answered {at})").format(
            at=day_time(answer.at.astimezone(rules.tz))) if answer else "")
            for env, answer in plan.history[:show]]
    if plan.handle:
        lines += ["", _("To handle, the first {n}:").format(n=min(show, len(plan.handle)))]
        lines += [_line(env, rules) for env in plan.handle[:show]]
    return lines + [""]


def _line(env: Envelope, rules: EventRules) -> str:
    return f"  {day_time(env.arrived.astimezone(rules.tz))}  {env.who or '?'}  {env.subject!r}"


def _as_json(plan: Plan, show: int, dry_run: bool) -> dict:
    m = plan.moment

    def mail(env: Envelope) -> dict:
        return {"uid": env.uid, "arrived": env.arrived.isoformat(), "from": env.who,
                "subject": env.subject, "message_id": env.message_id}

    return {
        "dry_run": dry_run, "moment": m.at.isoformat(), "recorded": m.recorded,
        "cut_off": m.before.isoformat() if m.before else None, "source": m.source,
        "history": len(plan.history), "answered_by_office": plan.answered,
        "handle": len(plan.handle), "recorded_now": plan.recorded,
        "unread": plan.unread, "read_now": plan.read,
        "first_history": [mail(env) | {"answered_by_office": a.to_dict() if a else None}
                          for env, a in plan.history[:show]],
        "first_handle": [mail(env) for env in plan.handle[:show]],
    }


COMMANDS = (adopt,)
