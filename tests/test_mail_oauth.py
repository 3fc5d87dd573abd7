"""OAuth2 (XOAUTH2) against real servers: Dovecot with its oauth2 passdb asking a token
introspection endpoint on 127.0.0.1, and a local authorization server (device code,
browser code with PKCE, refresh) from ``devtools.devservers.OAuthServer``. Nothing of
the OAuth client or of imapclient/aiosmtplib is mocked."""

from __future__ import annotations

import logging
import re
import stat
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from devtools.devservers import Dovecot, OAuthServer, SmtpSink
from inbox_agent import i18n
from inbox_agent.config import Imap, OAuth2, Smtp, load_config
from inbox_agent.errors import ConfigError, MailboxAuthError, PermanentError, TransientError
from inbox_agent.mail import oauth, tokenfile
from inbox_agent.mail.mailbox import Mailbox
from inbox_agent.mail.smtp import SmtpSender
from inbox_agent.model import OutgoingMessage
from tests.helpers import ROOT, write_config

pytestmark = pytest.mark.servers
USER = "office@example.org"


@pytest.fixture(scope="module")
def provider():
    with OAuthServer() as server:
        yield server


@pytest.fixture(scope="module")
def imap_server(provider):
    """A Dovecot that takes XOAUTH2 logins, checked by the provider's introspection."""
    with Dovecot(oauth2_introspection_url=provider.introspection_url) as server:
        server.add_user(USER, "not-used")
        yield server


def settings(provider: OAuthServer, **extra) -> OAuth2:
    return OAuth2(provider="custom", client_id=provider.client_id, scopes=("imap", "smtp"),
                  token_url=provider.token_url,
                  device_authorization_url=provider.device_authorization_url, **extra)


def imap(server: Dovecot) -> Imap:
    return Imap(host=server.host, port=server.port, security="none", username=USER,
                auth="oauth2", timeout_seconds=10)


def device_login(provider: OAuthServer, path: Path, **extra) -> OAuth2:
    chosen = settings(provider, **extra)
    code = oauth.start_device_login(chosen)
    provider.approve(code.user_code, USER)
    oauth.finish_device_login(chosen, path, code, sleep=lambda s: None)
    return chosen


def test_device_login_keeps_the_refresh_token_0600_and_dovecot_takes_the_access_token(
        provider, imap_server, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    provider.pending_polls = 2  # the person types the code in after two polls
    before = provider.requests["/token"]
    path = tmp_path / "store" / "oauth2-token.json"
    try:
        chosen = device_login(provider, path)
    finally:
        provider.pending_polls = 0
    assert provider.requests["/token"] - before == 3  # pending, pending, tokens
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    saved = path.read_text()
    assert '"refresh_token": "rt-' in saved
    with Mailbox(imap(imap_server), oauth.TokenSource(chosen, path)) as box:
        assert box.select("INBOX").name == "INBOX"
    tokens = re.findall(r'"(?:at|rt)-[^"]+"', saved)
    assert tokens and not any(t.strip('"') in caplog.text for t in tokens)


def test_a_wrong_token_fails_with_what_to_do_as_a_permanent_error(imap_server):
    with pytest.raises(MailboxAuthError) as failure:
        Mailbox(imap(imap_server), lambda: "at-forged").connect()
    assert isinstance(failure.value, PermanentError)
    assert "refused the OAuth2 sign-in of office@example.org" in str(failure.value)
    assert "run `inbox-agent auth login` again" in str(failure.value)
    assert "at-forged" not in str(failure.value)
    with i18n.use_language("de"):
        assert "`inbox-agent auth login` erneut ausführen" in i18n.render(failure.value.reason)


def test_an_expired_access_token_is_refreshed_and_the_new_one_works(provider, imap_server,
                                                                    tmp_path):
    path = tmp_path / "token.json"
    chosen = device_login(provider, path)
    first = oauth.TokenSource(chosen, path).access_token()
    assert oauth.TokenSource(chosen, path).access_token() == first  # still valid: kept
    provider.expire_access_tokens()
    later = oauth.TokenSource(chosen, path, now=lambda: time.time() + 7200)
    before = provider.requests["/token"]
    fresh = later.access_token()
    assert fresh != first and provider.requests["/token"] == before + 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with Mailbox(imap(imap_server), later) as box:  # Dovecot takes the new one
        box.select("INBOX")
    with pytest.raises(MailboxAuthError):  # and no longer the old one
        Mailbox(imap(imap_server), lambda: first).connect()


def test_a_revoked_refresh_token_is_refused_once_and_then_not_asked_again(provider, tmp_path):
    path = tmp_path / "token.json"
    chosen = device_login(provider, path)
    provider.revoke_all()
    later = oauth.TokenSource(chosen, path, now=lambda: time.time() + 7200)
    with pytest.raises(oauth.OAuthRefused, match=r"invalid_grant.*run `inbox-agent auth login` again"):
        later.access_token()
    asked = provider.requests["/token"]
    with pytest.raises(oauth.OAuthRefused, match="refused before"):
        later.access_token()
    assert provider.requests["/token"] == asked  # the daemon's next poll asks nobody
    assert '"refresh_token": ""' in path.read_text()


def test_no_sign_in_yet_and_an_unreachable_provider(provider, tmp_path):
    with pytest.raises(oauth.OAuthRefused, match="not signed in yet: run `inbox-agent auth login`"):
        oauth.TokenSource(settings(provider), tmp_path / "none.json").access_token()
    path = tmp_path / "token.json"
    chosen = device_login(provider, path)
    gone = OAuthServer()
    gone.start()
    gone.stop()  # a port where nobody answers any more
    moved = chosen.model_copy(update={"token_url": gone.token_url})
    tokenfile.save(path, {**tokenfile.load(path), "token_url": gone.token_url})
    with pytest.raises(TransientError, match="cannot be reached"):
        oauth.TokenSource(moved, path, now=lambda: time.time() + 7200).access_token()


def test_the_browser_flow_with_pkce_gives_a_token_dovecot_takes(provider, imap_server, tmp_path):
    chosen = OAuth2(provider="custom", client_id=provider.client_id, scopes=("imap",),
                    token_url=provider.token_url, authorization_url=provider.authorization_url)
    assert oauth.flow(chosen) == "browser"
    provider.browser_user = USER
    path = tmp_path / "token.json"
    with oauth.RedirectCatcher("signed in", 0) as catcher:
        url, state, verifier = oauth.authorization_request(chosen, catcher.redirect_uri)
        assert "code_challenge_method=S256" in url and verifier not in url
        # The person's browser: opens the address, is sent back to the loopback port.
        browser = threading.Thread(target=lambda: urllib.request.urlopen(url, timeout=10).read())
        browser.start()
        redirected = catcher.wait(10)
        browser.join(10)
    oauth.finish_browser_login(chosen, path, redirected, state=state, verifier=verifier,
                               redirect_uri=catcher.redirect_uri)
    with Mailbox(imap(imap_server), oauth.TokenSource(chosen, path)) as box:
        box.select("INBOX")
    with pytest.raises(oauth.OAuthRefused, match="does not belong to this sign-in"):
        oauth.finish_browser_login(chosen, path, redirected, state="another", verifier=verifier,
                                   redirect_uri=catcher.redirect_uri)


def test_smtp_sends_with_xoauth2_and_a_refused_token_is_permanent(provider, tmp_path):
    path = tmp_path / "token.json"
    chosen = device_login(provider, path)
    good = oauth.TokenSource(chosen, path).access_token()
    with SmtpSink(accept_token=lambda user, token: user == USER and token == good) as sink:
        smtp = Smtp(host=sink.host, port=sink.port, security="none", username=USER,
                    auth="oauth2")
        message = OutgoingMessage(sender=USER, recipients=("anna@example.org",),
                                  data=b"Subject: t\r\n\r\nhello\r\n", message_id="<t@x>",
                                  kind="test")
        with SmtpSender(smtp, oauth.TokenSource(chosen, path)) as sender:
            sender.send(message)
        assert sink.token_logins() == [USER] and len(sink.messages()) == 1
        with pytest.raises(PermanentError, match="SMTP server refused the OAuth2 sign-in"):
            SmtpSender(smtp, lambda: "at-forged").connect()


def test_oauth2_needs_its_section_and_checks_its_addresses():
    with pytest.raises(ValueError, match=r"token_url, and device_authorization_url"):
        OAuth2(provider="custom", client_id="x")
    with pytest.raises(ValueError, match="must start with https://"):
        OAuth2(provider="google", client_id="x", token_url="http://tokens.example.org/t")
    microsoft = oauth.resolved(OAuth2(provider="microsoft", client_id="x", tenant="contoso.de"))
    assert microsoft.token_url == "https://login.microsoftonline.com/contoso.de/oauth2/v2.0/token"
    assert "offline_access" in microsoft.scopes and oauth.flow(microsoft) == "device"
    assert oauth.flow(OAuth2(provider="google", client_id="x")) == "browser"


def _oauth_config(tmp_path: Path, imap_server: Dovecot, provider: OAuthServer, *, section=True,
                  language="de") -> Path:
    sink = type("Sink", (), {"port": 2525})
    path = write_config(tmp_path, type("I", (), {"host": imap_server.host, "port": imap_server.port,
                                                 "username": USER}), sink)
    text = path.read_text().replace('security = "none"\n', 'security = "none"\nauth = "oauth2"\n', 1)
    text = text.replace('[office]\n', f'[office]\nlanguage = "{language}"\n', 1)
    if section:
        text += (f'\n[oauth2]\nprovider = "custom"\nclient_id = "{provider.client_id}"\n'
                 f'scopes = ["imap"]\ntoken_url = "{provider.token_url}"\n'
                 f'device_authorization_url = "{provider.device_authorization_url}"\n')
    path.write_text(text)
    return path


def _cli(config: Path, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "inbox_agent", "--config", str(config), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            **kw)


def test_auth_login_and_status_on_the_command_line(provider, imap_server, tmp_path):
    config = _oauth_config(tmp_path, imap_server, provider, language="en")
    status = _cli(config, "auth", "status")
    out, _ = status.communicate(timeout=60)
    assert status.returncode == 1 and "Not signed in: not signed in yet" in out
    login = _cli(config, "auth", "login")
    line = login.stdout.readline()
    code = re.search(r"enter the code (\w+)", line)
    assert code and provider.device_authorization_url.rsplit("/", 1)[0] in line, line
    provider.approve(code.group(1), USER)
    out, err = login.communicate(timeout=60)
    assert login.returncode == 0, err
    token_file = tmp_path / "oauth2-token.json"  # beside the store (store.json)
    assert f"The token is kept in {token_file}" in out
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    status = _cli(config, "auth", "status")
    out, _ = status.communicate(timeout=60)
    assert status.returncode == 0 and out.startswith("Signed in (custom) since ")
    loaded = load_config(config)
    with Mailbox(loaded.imap, oauth.login_secret(loaded, "imap")) as box:
        box.select("INBOX")
    check = _cli(config, "check")
    out, _ = check.communicate(timeout=120)
    assert f"{USER}@{imap_server.host}:{imap_server.port} (OAuth2) logged in" in out, out


def test_german_status_and_a_config_without_the_section(provider, imap_server, tmp_path):
    config = _oauth_config(tmp_path, imap_server, provider)
    status = _cli(config, "auth", "status")
    out, _ = status.communicate(timeout=60)
    assert "Nicht angemeldet: noch nicht angemeldet: `inbox-agent auth login` ausführen" in out
    (tmp_path / "bare").mkdir()
    bare = _oauth_config(tmp_path / "bare", imap_server, provider, section=False)
    with pytest.raises(ConfigError, match=r'auth = "oauth2" needs an \[oauth2\] section'):
        load_config(bare)
