"""The browser's way back to ``inbox-agent auth login`` (RFC 8252 section 7.3): a
one-request HTTP listener on 127.0.0.1 that receives the authorization code."""

from __future__ import annotations

import http.server
import time
import urllib.parse

from inbox_agent.i18n import N_
from inbox_agent.mail.tokenfile import AGAIN, OAuthRefused
from inbox_agent.model import Reason


class RedirectCatcher:
    """Receives the browser's redirect on 127.0.0.1 (RFC 8252 section 7.3): the one
    request that carries the code (or the refusal) back; everything else is a 404.
    ``page`` is what the browser then shows (already in the staff language)."""

    def __init__(self, page: str, port: int = 0) -> None:
        catcher = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's hook name
                query = urllib.parse.urlsplit(self.path).query
                wanted = "code=" in query or "error=" in query
                if wanted:
                    catcher.received = self.path
                self.send_response(200 if wanted else 404)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.end_headers()
                self.wfile.write(page.encode("utf-8") if wanted else b"")

            def log_message(self, *args: object) -> None:
                pass  # the address carries the code: never log it

        self.received = ""
        self._server = http.server.HTTPServer(("127.0.0.1", port), Handler)
        self._server.timeout = 0.5
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_port}/"

    def wait(self, timeout: float) -> str:
        """The redirected address (path and query); OAuthRefused after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while not self.received and time.monotonic() < deadline:
            self._server.handle_request()
        if not self.received:
            raise OAuthRefused(Reason.of(N_(
                "no answer from the browser within {minutes} minutes: run `{command}` "
                "again"), minutes=round(timeout / 60), command=AGAIN))
        return self.received

    def close(self) -> None:
        self._server.server_close()

    def __enter__(self) -> "RedirectCatcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

