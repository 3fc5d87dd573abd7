"""Sending over SMTP. The only module that imports aiosmtplib.

``SmtpSender`` keeps one connection open for a batch and offers a plain synchronous
``send`` (it drives its own event loop), so the outbox can record each result and
copy the mail to the Sent folder right after the server accepted it. A composed mail
(CRLF lines) goes to DATA as it is, dot-stuffed here (``_sendmail``); anything else
through aiosmtplib's own ``sendmail``.
Errors leave as ``SendError`` (temporary: 4xx, connection trouble; retry later) or
``SendRefused`` (permanent: 5xx; recorded, shown to staff, not retried).
"""

from __future__ import annotations

import asyncio
import base64
import logging
import ssl
from collections.abc import Callable

import aiosmtplib

from inbox_agent.config import Smtp
from inbox_agent.errors import PermanentError, SendError, SendRefused, TransientError
from inbox_agent.i18n import N_
from inbox_agent.model import OutgoingMessage, Reason

log = logging.getLogger(__name__)


def _unverified(settings: Smtp, exc: ssl.SSLCertVerificationError) -> PermanentError:
    return PermanentError(Reason.of(N_(
        "the SMTP server's TLS certificate could not be verified ({why}); check [smtp] host "
        "({host}), or install the server's CA certificate"), why=exc.verify_message,
        host=settings.host)
    )


def _stuffed(data: bytes) -> bytes | None:
    """What DATA sends of ``data``: its lines dot-stuffed and the final ".", as
    aiosmtplib's own DATA writes it; None unless every line of ``data`` ends in CRLF
    (then aiosmtplib normalises the line endings first). Our composed mails always do:
    the same bytes, without aiosmtplib's three regular-expression passes over the
    whole message (~0.4 ms of a 35 kB reply's ~0.77 ms of CPU: BENCHMARKS.md, round 8)."""
    lines = data.count(b"\n")
    if not data.endswith(b"\r\n") or data.count(b"\r\n") != lines or data.count(b"\r") != lines:
        return None
    stuffed = data.replace(b"\r\n.", b"\r\n..")
    return (b"." if stuffed.startswith(b".") else b"") + stuffed + b".\r\n"


async def _sendmail(client: aiosmtplib.SMTP, sender: str, recipients: list[str],
                    data: bytes) -> tuple[dict[str, aiosmtplib.SMTPResponse], str]:
    """``client.sendmail(sender, recipients, data)``: the same commands, answers and
    errors; a message already in CRLF lines goes as it is (``_stuffed``)."""
    stuffed = _stuffed(data)
    protocol = client.protocol
    if stuffed is None or not hasattr(protocol, "_command_lock") or not hasattr(
            client, "_ehlo_or_helo_if_needed"):  # another aiosmtplib: its own way
        return await client.sendmail(sender, recipients, data)
    for address in (sender, *recipients):
        aiosmtplib.email.parse_address(address)  # as sendmail: nothing sent for a bad one
    await client._ehlo_or_helo_if_needed()  # before SIZE is looked up, as sendmail
    try:
        await client.mail(sender, options=[f"size={len(data)}"]
                          if client.supports_extension("size") else [])
        refused = []
        for address in recipients:
            try:
                await client.rcpt(address)
            except aiosmtplib.SMTPRecipientRefused as exc:
                refused.append(exc)
        if len(refused) == len(recipients):
            raise aiosmtplib.SMTPRecipientsRefused(refused)
        answer = await _data(client, stuffed)
    except (aiosmtplib.SMTPResponseException, aiosmtplib.SMTPRecipientsRefused):
        try:  # as sendmail: the envelope reset for the next mail
            await client.rset()
        except (ConnectionError, aiosmtplib.SMTPResponseException):
            pass
        raise
    return {r.recipient: aiosmtplib.SMTPResponse(r.code, r.message) for r in refused}, answer


async def _data(client: aiosmtplib.SMTP, stuffed: bytes) -> str:
    """DATA with bytes ready to go (aiosmtplib's ``execute_data_command`` without its
    normalising, which ``_stuffed`` did): the server's answer to the message."""
    protocol = client.protocol
    if protocol is None or protocol._command_lock is None:
        raise aiosmtplib.SMTPServerDisconnected("Server not connected")
    try:
        async with protocol._command_lock:
            for chunk, expected in ((b"DATA\r\n", 354), (stuffed, 250)):
                protocol._response_pending = True  # a reply is expected (aiosmtplib 5)
                protocol.write(chunk)
                response = await protocol.read_response(timeout=client.timeout)
                if response.code != expected:
                    raise aiosmtplib.SMTPDataError(response.code, response.message)
    except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError):
        client.close()  # as ``SMTP.data``
        raise
    return response.message


class SmtpSender:
    def __init__(self, settings: Smtp, password: str | Callable[[], str] | None) -> None:
        # password: with [smtp] auth = "oauth2" a callable giving an access token (mail.oauth)
        self.settings = settings
        self._password = password
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: aiosmtplib.SMTP | None = None

    def __enter__(self) -> "SmtpSender":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, coro):
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        return self._loop.run_until_complete(coro)

    def connect(self) -> None:
        s = self.settings
        client = aiosmtplib.SMTP(
            hostname=s.host,
            port=s.port,
            use_tls=s.security == "tls",
            start_tls=True if s.security == "starttls" else False,
            validate_certs=True,
            tls_context=ssl.create_default_context() if s.security != "none" else None,
            timeout=s.timeout_seconds,
        )
        # A fresh access token (oauth2) before connecting: its errors are ours already;
        # a token server that is away is a deferral like an SMTP server that is away.
        try:
            secret = self._password() if callable(self._password) else self._password
        except TransientError as exc:
            raise SendError(exc.reason or str(exc)) from None
        try:
            self._run(client.connect())
            if s.username:
                self._run(self._login(client, secret or ""))
        except aiosmtplib.SMTPAuthenticationError as exc:
            self._drop(client)
            if s.auth == "oauth2":
                raise PermanentError(Reason.of(N_(
                    "the SMTP server refused the OAuth2 sign-in of {user} ({code} {error}): "
                    "run `inbox-agent auth login` again, or check [smtp] username and "
                    "[oauth2] scopes"), user=s.username, code=exc.code, error=exc.message)) from None
            raise PermanentError(Reason.of(N_(
                "the SMTP server refused the login ({code} {why}): check [smtp] username and the "
                "password in the variable named by [smtp] password_env"), code=exc.code,
                why=exc.message)
            ) from None
        except ssl.SSLCertVerificationError as exc:
            self._drop(client)
            raise _unverified(s, exc) from None
        except (aiosmtplib.SMTPException, OSError) as exc:
            self._drop(client)
            # aiosmtplib wraps a refused certificate in SMTPConnectError: that is no
            # passing trouble to retry, but a server we must not talk to.
            cause = exc.__cause__ or exc.__context__
            if isinstance(cause, ssl.SSLCertVerificationError):
                raise _unverified(s, cause) from None
            raise SendError(Reason.of(N_(
                "cannot connect to the SMTP server {server}: {why} (check [smtp] host, port and "
                "security, and that the server is running)"), server=f"{s.host}:{s.port}", why=exc)
            ) from None
        self._client = client

    async def _login(self, client: aiosmtplib.SMTP, secret: str) -> None:
        """AUTH with the password, or AUTH XOAUTH2 with an access token."""
        if self.settings.auth != "oauth2":
            await client.login(self.settings.username, secret)
            return
        if client.is_ehlo_or_helo_needed:
            await client.ehlo()
        blob = f"user={self.settings.username}\x01auth=Bearer {secret}\x01\x01"
        # execute_command, not auth_xoauth2: the latter only exists in newer aiosmtplib.
        answer = await client.execute_command(
            b"AUTH", b"XOAUTH2", base64.b64encode(blob.encode("utf-8")))
        if answer.code == 334:  # the error as a challenge; an empty line ends it
            answer = await client.execute_command(b"")
        if answer.code != 235:
            raise aiosmtplib.SMTPAuthenticationError(answer.code, answer.message)

    def send(self, message: OutgoingMessage) -> str:
        """Send one message; returns the server's answer. Raises SendError/SendRefused."""
        if self._client is None or not self._client.is_connected:
            self.connect()
        assert self._client is not None
        try:
            errors, answer = self._run(
                _sendmail(self._client, message.sender, list(message.recipients), message.data)
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            text = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
            if all(500 <= c < 600 for c in codes):
                raise SendRefused(Reason.of(N_("the SMTP server refused the recipient ({why})"), why=text)) from None
            raise SendError(Reason.of(N_("the SMTP server deferred the recipient ({why})"), why=text)) from None
        except aiosmtplib.SMTPResponseException as exc:
            self._forget_connection()
            if 500 <= exc.code < 600:
                raise SendRefused(Reason.of(N_("the SMTP server refused the mail ({code} {why})"),
                                            code=exc.code, why=exc.message)) from None
            raise SendError(Reason.of(N_("the SMTP server answered {code} {why}"), code=exc.code,
                                     why=exc.message)) from None
        except (aiosmtplib.SMTPException, OSError) as exc:
            self._forget_connection()
            raise SendError(Reason.of(N_("sending failed: {why}"), why=exc)) from None
        if errors:
            # One recipient per message: a partial refusal cannot happen; be explicit anyway.
            raise SendRefused(Reason.of(N_("the SMTP server refused: {why}"), why=errors))
        return answer

    def _forget_connection(self) -> None:
        if self._client is not None:
            self._drop(self._client)
            self._client = None

    def _drop(self, client: aiosmtplib.SMTP) -> None:
        try:
            client.close()
        except Exception:  # already closed; nothing left to release
            pass

    def close(self) -> None:
        if self._client is not None:
            try:
                if self._client.is_connected:
                    self._run(self._client.quit())
            except (aiosmtplib.SMTPException, OSError):
                self._drop(self._client)
            self._client = None
        if self._loop is not None:
            self._loop.close()
            self._loop = None
