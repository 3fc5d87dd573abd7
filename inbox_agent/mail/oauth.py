"""OAuth2 sign-in for the office mailbox (XOAUTH2 for IMAP and SMTP). The only module
that imports oauthlib.

Microsoft 365 and Google take no passwords for IMAP/SMTP any more. ``inbox-agent auth
login`` signs in once, the way each provider offers it to a program without a browser:

* Microsoft, and a ``custom`` server with a device endpoint: the device authorization
  grant (RFC 8628), a code typed in at a web address on any device;
* Google: the browser flow for installed apps (RFC 8252: authorization code with PKCE,
  answered on a loopback address), because Google's device flow grants no mail scopes.

The refresh token is kept in ``[oauth2] token_file`` (0600, beside the store by
default). At each connection :class:`TokenSource` hands out an access token, refreshed
when it has (nearly) expired (RFC 6749 section 6). oauthlib builds the requests and
reads the answers, errors included; the transport is the standard library's urllib
(TLS verified), oauthlib imported with the first sign-in or token (``_oauthlib``): a
password login never needs it. A token the provider refuses is a ``PermanentError`` that
says what to do, and the refusal is written into the token file, so that a daemon does not
ask the provider again at every poll. No token ever reaches a log or an error message.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inbox_agent.config import Config, OAuth2
from inbox_agent.errors import TransientError
from inbox_agent.i18n import N_
from inbox_agent.mail.loopback import RedirectCatcher
from inbox_agent.mail.tokenfile import (
    AGAIN,
    OAuthRefused,
    load,
    locked,
    save,
    token_path,
)
from inbox_agent.model import Reason

log = logging.getLogger(__name__)

# Refresh this long before the access token's end, so a login never races its expiry.
EARLY_SECONDS = 120
# Token endpoint answers that are worth asking again later (RFC 6749 section 5.2 and
# the device grant's polling answers are handled apart).
_PASSING = {"server_error", "temporarily_unavailable"}
_PENDING = {"authorization_pending", "slow_down"}


class OAuthUnavailable(TransientError):
    """The provider's token endpoint could not be reached or is busy: try again later."""


# What each provider needs where [oauth2] leaves it empty; "{tenant}" is [oauth2] tenant.
# Google's device flow grants no mail scopes, so Google signs in through the browser.
PROVIDERS: dict[str, dict[str, object]] = {
    "microsoft": {
        "device_authorization_url":
            "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode",
        "authorization_url": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
        "token_url": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
        "scopes": ("https://outlook.office.com/IMAP.AccessAsUser.All",
                   "https://outlook.office.com/SMTP.Send", "offline_access"),
    },
    "google": {
        "authorization_url": "https://accounts.google.com/o/oauth2/v2/auth",
        "token_url": "https://oauth2.googleapis.com/token",
        "scopes": ("https://mail.google.com/",),
    },
}


def resolved(settings: OAuth2) -> OAuth2:
    """``settings`` with the provider's URLs and scopes where they were left empty."""
    known = PROVIDERS.get(settings.provider, {})
    filled: dict[str, object] = {}
    for key, value in known.items():
        if not getattr(settings, key):
            filled[key] = value.replace("{tenant}", settings.tenant) if isinstance(value, str) else value
    return settings.model_copy(update=filled) if filled else settings


def flow(settings: OAuth2) -> str:
    """"device" (RFC 8628) where there is a device endpoint, else "browser" (RFC 8252)."""
    return "device" if resolved(settings).device_authorization_url else "browser"


def login_secret(config: Config, service: str) -> str | Callable[[], str] | None:
    """What the IMAP (``service="imap"``) or SMTP login needs: the password, or with
    ``auth = "oauth2"`` a callable that gives a fresh access token at each connection."""
    section = config.imap if service == "imap" else config.smtp
    if section.auth == "oauth2" and config.oauth2 is not None:
        return TokenSource(config.oauth2, token_path(config))
    return config.imap_password() if service == "imap" else config.smtp_password()


# ----------------------------------------------------------------------- the wire


def _post(url: str, body: str, timeout: float) -> tuple[int, str]:
    """POST a form to the provider; (status, body). Network trouble: OAuthUnavailable."""
    request = urllib.request.Request(
        url, data=body.encode("ascii"), method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:  # 4xx/5xx carry the OAuth error as JSON
        return exc.code, exc.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise OAuthUnavailable(Reason.of(
            N_("the sign-in server {host} cannot be reached ({error}); trying again later"),
            host=urllib.parse.urlsplit(url).netloc, error=str(reason))) from None


def _oauthlib() -> Any:
    """``oauthlib.oauth2``, imported when first needed (see the module's docstring)."""
    from oauthlib import oauth2
    from oauthlib.oauth2.rfc6749 import errors  # noqa: F401  # oauth2.rfc6749.errors below

    return oauth2


def _answer(client: Any, status: int, body: str) -> dict:
    """The token in a token endpoint's answer, or our error (oauthlib reads it)."""
    if status >= 500:
        raise OAuthUnavailable(Reason.of(
            N_("the sign-in server answered {status}; trying again later"), status=status))
    refused = _oauthlib().rfc6749.errors.OAuth2Error
    try:
        return dict(client.parse_request_body_response(body))
    except refused as exc:
        code = exc.error or "invalid_request"
        if code in _PASSING:
            raise OAuthUnavailable(Reason.of(
                N_("the sign-in server is busy ({error}); trying again later"),
                error=code)) from None
        if code in _PENDING:
            raise _Pending(code) from None
        raise OAuthRefused(Reason.of(
            N_("the sign-in server refused the token ({error}: {detail}): run `{command}` "
               "again"), error=code, detail=exc.description or "-", command=AGAIN)) from None


class _Pending(Exception):
    """The device grant's "not yet" (authorization_pending) or "slower" (slow_down)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _client_fields(settings: OAuth2) -> dict[str, object]:
    """The client's identity in a token request: a public client names itself; a
    client registered with a (not confidential) secret sends it too."""
    fields: dict[str, object] = {"include_client_id": True}
    if settings.client_secret:
        fields["client_secret"] = settings.client_secret
    return fields


def _record(settings: OAuth2, token: dict, now: float, old: dict | None = None) -> dict:
    """What the token file keeps: the tokens, when the access token ends, and for which
    client and server they were issued (a changed config must sign in again)."""
    old = old or {}
    expires_in = float(token.get("expires_in") or 3600)
    return {
        "provider": settings.provider, "client_id": settings.client_id,
        "token_url": settings.token_url, "scopes": list(settings.scopes),
        "refresh_token": token.get("refresh_token") or old.get("refresh_token", ""),
        "access_token": token["access_token"], "expires_at": now + expires_in,
        "signed_in_at": old.get("signed_in_at") or _iso(now), "refreshed_at": _iso(now),
        "refused": "",
    }


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds")


# ------------------------------------------------------------------ at each login


class TokenSource:
    """Gives a valid access token at each call, refreshing it through the provider's
    token endpoint when it has (nearly) expired; the new tokens go into the file."""

    def __init__(self, settings: OAuth2, path: Path, *, now: Callable[[], float] = time.time,
                 timeout: float = 30) -> None:
        self.settings = resolved(settings)
        self.path = path
        self._now = now
        self._timeout = timeout

    def __call__(self) -> str:
        return self.access_token()

    def access_token(self) -> str:
        """A valid access token. Raises OAuthRefused (sign in again) or OAuthUnavailable."""
        with locked(self.path):
            saved = load(self.path)
            self._usable(saved)
            if saved.get("access_token") and saved.get("expires_at", 0) - EARLY_SECONDS > self._now():
                return saved["access_token"]
            return self._refresh(saved)

    def _usable(self, saved: dict) -> None:
        if saved.get("refused"):
            raise OAuthRefused(Reason.of(
                N_("the sign-in was refused before ({error}): run `{command}` again"),
                error=saved["refused"], command=AGAIN))
        s = self.settings
        if saved.get("client_id") != s.client_id or saved.get("token_url") != s.token_url:
            raise OAuthRefused(Reason.of(
                N_("the token in {path} was issued for another [oauth2] client_id or "
                   "server: run `{command}` again"), path=str(self.path), command=AGAIN))
        if not saved.get("refresh_token") and not saved.get("access_token"):
            raise OAuthRefused(Reason.of(
                N_("not signed in yet: run `{command}` (no token in {path})"),
                command=AGAIN, path=str(self.path)))

    def _refresh(self, saved: dict) -> str:
        if not saved.get("refresh_token"):
            raise self._refused(saved, "no refresh token")
        client = _oauthlib().Client(self.settings.client_id)
        body = client.prepare_refresh_body(
            refresh_token=saved["refresh_token"], scope=list(self.settings.scopes) or None,
            client_id=self.settings.client_id, **_client_fields(self.settings))
        status, text = _post(self.settings.token_url, body, self._timeout)
        try:
            token = _answer(client, status, text)
        except OAuthRefused as exc:
            raise self._refused(saved, dict(exc.reason.values)["error"], exc) from None
        except _Pending:  # only the device grant pends; from a refresh it is nonsense
            raise self._refused(saved, "invalid answer") from None
        record = _record(self.settings, token, self._now(), saved)
        save(self.path, record)
        log.info("OAuth2 access token refreshed (valid until %s)", _iso(record["expires_at"]))
        return record["access_token"]

    def _refused(self, saved: dict, why: object, exc: OAuthRefused | None = None) -> OAuthRefused:
        """Remember the refusal in the file (the tokens are of no use any more), so
        that later connections fail at once without asking the provider again."""
        save(self.path, {**saved, "access_token": "", "refresh_token": "",
                          "refused": str(why), "refused_at": _iso(self._now())})
        log.warning("OAuth2: the sign-in server refused the token (%s)", why)
        return exc or OAuthRefused(Reason.of(
            N_("the sign-in was refused before ({error}): run `{command}` again"),
            error=str(why), command=AGAIN))


def sign_in_state(config: Config) -> dict:
    """What ``auth status`` and ``check`` show: whether a usable token is kept, for
    which provider, until when the access token runs (no token itself)."""
    path = token_path(config)
    state = {"token_file": str(path), "provider": config.oauth2.provider if config.oauth2 else "",
             "signed_in": False, "expires_at": "", "signed_in_at": "", "problem": ""}
    try:
        saved = load(path)
        if config.oauth2 is not None:
            TokenSource(config.oauth2, path)._usable(saved)
    except OAuthRefused as exc:
        state["problem"] = exc.reason
        return state
    state.update(signed_in=True, signed_in_at=saved.get("signed_in_at", ""),
                 expires_at=_iso(float(saved.get("expires_at", 0))),
                 mode=oct(path.stat().st_mode & 0o777))
    return state


# ------------------------------------------------------------ signing in (once)


@dataclass(frozen=True)
class DeviceCode:
    """What the person signing in is shown: a web address and a code to type there."""

    verification_uri: str
    user_code: str
    device_code: str
    expires_at: float
    interval: float
    verification_uri_complete: str = ""


def start_device_login(settings: OAuth2, *, timeout: float = 30,
                       now: Callable[[], float] = time.time) -> DeviceCode:
    """Ask the provider for a device code (RFC 8628 section 3.1)."""
    settings = resolved(settings)
    fields = {"client_id": settings.client_id, "scope": " ".join(settings.scopes)}
    if settings.client_secret:
        fields["client_secret"] = settings.client_secret
    status, text = _post(settings.device_authorization_url,
                         urllib.parse.urlencode({k: v for k, v in fields.items() if v}), timeout)
    try:
        answer = json.loads(text)
    except ValueError:
        answer = {}
    if status >= 500:
        raise OAuthUnavailable(Reason.of(
            N_("the sign-in server answered {status}; trying again later"), status=status))
    if status != 200 or "device_code" not in answer:
        raise OAuthRefused(Reason.of(
            N_("the sign-in server refused to start the sign-in ({error}: {detail}); check "
               "[oauth2] client_id, tenant and scopes"),
            error=str(answer.get("error", status)), detail=str(answer.get("error_description", "-"))))
    return DeviceCode(
        verification_uri=answer.get("verification_uri") or answer.get("verification_url", ""),
        user_code=answer.get("user_code", ""), device_code=answer["device_code"],
        expires_at=now() + float(answer.get("expires_in", 900)),
        interval=float(answer.get("interval", 5)),
        verification_uri_complete=answer.get("verification_uri_complete", ""))


def finish_device_login(settings: OAuth2, path: Path, code: DeviceCode, *,
                        sleep: Callable[[float], None] = time.sleep,
                        now: Callable[[], float] = time.time, timeout: float = 30) -> dict:
    """Poll the token endpoint until the person has signed in (RFC 8628 section 3.4),
    then keep the tokens in ``path``. Returns when the access token runs out."""
    settings = resolved(settings)
    client = _oauthlib().DeviceClient(settings.client_id)
    interval = code.interval
    while now() < code.expires_at:
        sleep(interval)
        body = client.prepare_request_body(code.device_code, **_client_fields(settings))
        status, text = _post(settings.token_url, body, timeout)
        try:
            token = _answer(client, status, text)
        except _Pending as pending:
            if pending.code == "slow_down":
                interval += 5  # RFC 8628 section 3.5
            continue
        return _keep(settings, path, token, now())
    raise OAuthRefused(Reason.of(
        N_("the code expired before the sign-in was completed: run `{command}` again"),
        command=AGAIN))


def _keep(settings: OAuth2, path: Path, token: dict, moment: float) -> dict:
    if not token.get("refresh_token"):
        raise OAuthRefused(Reason.of(N_(
            "the sign-in server gave no refresh token: add the scope that grants one "
            "(Microsoft: offline_access) to [oauth2] scopes and run `{command}` again"),
            command=AGAIN))
    with locked(path):
        save(path, _record(settings, token, moment))
    return {"expires_at": _iso(moment + float(token.get("expires_in") or 3600))}


def authorization_request(settings: OAuth2, redirect_uri: str) -> tuple[str, str, str]:
    """The browser flow's first step (RFC 6749 4.1.1 with PKCE, RFC 7636): the address
    to open, the state to expect back and the code verifier for the exchange."""
    settings = resolved(settings)
    client = _oauthlib().WebApplicationClient(settings.client_id)
    verifier = client.create_code_verifier(64)
    state = secrets.token_urlsafe(24)
    query = {"response_type": "code", "client_id": settings.client_id,
             "redirect_uri": redirect_uri, "scope": " ".join(settings.scopes), "state": state,
             "code_challenge": client.create_code_challenge(verifier, "S256"),
             "code_challenge_method": "S256",
             # Google gives a refresh token only when asked offline, with consent.
             "access_type": "offline", "prompt": "consent"}
    joiner = "&" if "?" in settings.authorization_url else "?"
    return settings.authorization_url + joiner + urllib.parse.urlencode(query), state, verifier


def finish_browser_login(settings: OAuth2, path: Path, redirected: str, *, state: str,
                         verifier: str, redirect_uri: str, timeout: float = 30) -> dict:
    """Exchange the code the browser was sent back with (``redirected``: the full
    address, or its query) for tokens, and keep them in ``path``."""
    settings = resolved(settings)
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(redirected).query or redirected))
    if query.get("state") != state or ("code" not in query and "error" not in query):
        raise OAuthRefused(Reason.of(N_(
            "the answer from the browser does not belong to this sign-in: run `{command}` "
            "again"), command=AGAIN))
    if "error" in query:
        raise OAuthRefused(Reason.of(
            N_("the sign-in was not granted ({error}): run `{command}` again"),
            error=query["error"], command=AGAIN))
    client = _oauthlib().WebApplicationClient(settings.client_id)
    body = client.prepare_request_body(code=query["code"], redirect_uri=redirect_uri,
                                       code_verifier=verifier, **_client_fields(settings))
    status, text = _post(settings.token_url, body, timeout)
    try:
        token = _answer(client, status, text)
    except _Pending:
        raise OAuthRefused(Reason.of(N_("the sign-in server gave no token: run `{command}` "
                                        "again"), command=AGAIN)) from None
    return _keep(settings, path, token, time.time())


__all__ = ["AGAIN", "DeviceCode", "OAuthRefused", "OAuthUnavailable", "RedirectCatcher",
           "PROVIDERS", "TokenSource",
           "authorization_request", "finish_browser_login", "finish_device_login", "flow",
           "login_secret", "resolved", "sign_in_state", "start_device_login", "token_path"]
