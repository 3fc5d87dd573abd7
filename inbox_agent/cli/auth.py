"""``inbox-agent auth``: the OAuth2 sign-in for mailboxes that take no passwords
(Microsoft 365, Google; ``[imap]``/``[smtp]`` auth = "oauth2"). ``auth login`` signs in
once and keeps the refresh token (``mail/oauth.py``); ``auth status`` shows whether a
usable one is kept. Argument parsing and printing only."""

from __future__ import annotations

import json

import click

from inbox_agent.cli import context
from inbox_agent.errors import ConfigError
from inbox_agent.i18n import N_, _, render
from inbox_agent.model import Reason


@click.group()
def auth() -> None:
    """OAuth2 sign-in for Microsoft 365, Google or another provider ([oauth2])."""


def _settings(ctx: click.Context):  # -> (Config, OAuth2)
    config = context.load(ctx)
    if config.oauth2 is None:
        raise ConfigError(Reason.of(N_(
            "config.toml has no [oauth2] section: add one (provider, client_id) and set "
            '[imap] auth = "oauth2" (see the example config.toml)')))
    return config, config.oauth2


@auth.command()
@click.option("--port", type=click.IntRange(0, 65535), default=0,
              help="Browser sign-in (Google): the loopback port the browser is sent back to "
                   "(default: any free one; fix one to forward it with ssh -L).")
@click.option("--timeout", type=click.IntRange(30, 3600), default=600,
              help="Seconds to wait for the sign-in.")
@click.pass_context
def login(ctx: click.Context, port: int, timeout: int) -> None:
    """Sign in once: shows a web address (and a code) to open in any browser; the
    refresh token is then kept in [oauth2] token_file (readable by this user only)."""
    from inbox_agent.mail import oauth

    config, settings = _settings(ctx)
    path = oauth.token_path(config)
    if oauth.flow(settings) == "device":
        code = oauth.start_device_login(settings)
        click.echo(_("Open {url} in a browser (on any device) and enter the code {code}.")
                   .format(url=code.verification_uri, code=code.user_code))
        click.echo(_("Sign in as {user}. Waiting for the sign-in ...").format(
            user=config.imap.username))
        oauth.finish_device_login(settings, path, code)
    else:
        with oauth.RedirectCatcher(_("Signed in: you can close this window."), port) as catcher:
            url, state, verifier = oauth.authorization_request(settings, catcher.redirect_uri)
            click.echo(_("Open this address in a browser on this computer and sign in as "
                         "{user}:").format(user=config.imap.username))
            click.echo(f"  {url}")
            click.echo(_("Waiting for the browser (answer on {uri}) ...").format(
                uri=catcher.redirect_uri))
            redirected = catcher.wait(timeout)
        oauth.finish_browser_login(settings, path, redirected, state=state,
                                   verifier=verifier, redirect_uri=catcher.redirect_uri)
    click.echo(_("Signed in. The token is kept in {path} (readable by this user only); "
                 "the access token is renewed by itself.").format(path=path))


@auth.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Whether a usable sign-in is kept, for which provider, and until when the current
    access token runs (it is renewed by itself). Exit code 1 when there is none."""
    from inbox_agent.mail.oauth import sign_in_state

    config, settings = _settings(ctx)
    state = sign_in_state(config)
    problem = state.pop("problem")
    if as_json:
        click.echo(json.dumps({**state, "problem": problem.english() if problem else ""},
                              indent=1))
    elif state["signed_in"]:
        click.echo(_("Signed in ({provider}) since {since}; access token valid until {until}; "
                     "kept in {path}").format(provider=settings.provider,
                                              since=state["signed_in_at"],
                                              until=state["expires_at"],
                                              path=state["token_file"]))
    else:
        click.echo(_("Not signed in: {problem}").format(problem=render(problem)))
    ctx.exit(0 if state["signed_in"] else 1)


COMMANDS = [auth]
