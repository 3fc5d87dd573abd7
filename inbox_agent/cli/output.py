"""Printing shared by the commands: JSON for scripts, progress on a terminal or as plain
lines, a mail's preview, an error's message and a state's name (``registrations.labels``) in
the staff language."""

from __future__ import annotations

import sys
from collections.abc import Callable

import click

from inbox_agent import i18n
from inbox_agent.i18n import _
from inbox_agent.registrations.labels import state_label

__all__ = ["echo_json", "message_of", "state_label", "progress", "subject_and_text",
           "echo_preview", "mail_preview"]


def echo_json(data: object) -> None:
    """``data`` as indented JSON (dates and decimals as strings, umlauts kept)."""
    import json

    from inbox_agent.office.staff import json_safe

    click.echo(json.dumps(json_safe(data), ensure_ascii=False, indent=2))


def message_of(exc: BaseException) -> str:
    """What an error says, in the staff language when it was raised with a ``Reason``."""
    reason = getattr(exc, "reason", None)
    return i18n.render(reason) if reason is not None else str(exc)


def progress(total: int, label: str) -> tuple[Callable[[int], None], Callable[[], None]]:
    """A progress bar on a terminal, plain lines (every 10 %) otherwise: ``(step, done)``."""
    if sys.stderr.isatty():
        bar = click.progressbar(length=total, label=label, file=sys.stderr)
        bar.__enter__()
        state = {"done": 0}

        def step(n: int) -> None:
            bar.update(n - state["done"])
            state["done"] = n

        return step, lambda: bar.__exit__(None, None, None)
    every = max(total // 10, 1)

    def log_line(n: int) -> None:
        if n % every == 0 or n == total:
            click.echo(f"{label}: {n}/{total}", err=True)

    return log_line, lambda: None


def subject_and_text(subject: str, text: str) -> str:
    """A mail as the office reads it in a preview: the subject line, then the text."""
    return _("Subject: {subject}").format(subject=subject) + f"\n\n{text}"


def echo_preview(to: str, body: str) -> None:
    """``body`` (see ``subject_and_text``) framed as the preview of the mail to ``to``."""
    click.echo("\n" + _("--- Preview (to {email}) ---").format(email=to) + f"\n{body}\n"
               + _("--- End of preview ---") + "\n")


def mail_preview(data: bytes) -> str:
    """A composed mail (its bytes) as ``subject_and_text``."""
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.default)
    body = msg.get_body(("plain",))
    text = body.get_content().rstrip() if body is not None else ""
    return subject_and_text(str(msg["Subject"]), text)
