"""The project's small error hierarchy.

Library errors are translated into these at the module that owns the library, so the
rest of the code never sees an imapclient, aiosmtplib or tinydb exception. Each class
also inherits from a built-in, so callers that only know Python still catch them.
"""

from __future__ import annotations

from inbox_agent.model import Reason


class InboxAgentError(Exception):
    """Base of every error inbox-agent raises on purpose. ``str()`` is for humans.

    Raised with a ``Reason`` (``ParseError(Reason.of(N_("..."), n=0))``), the error keeps
    it as ``.reason`` so that what staff read is put into their language where it is
    shown; ``str()`` is then the English sentence (logs). Raised with a plain string,
    ``.reason`` is None.
    """

    def __init__(self, *args: object) -> None:
        self.reason: Reason | None = args[0] if args and isinstance(args[0], Reason) else None
        if self.reason is not None:
            args = (self.reason.english(), *args[1:])
        super().__init__(*args)


class ConfigError(InboxAgentError, ValueError):
    """config.toml, a rule file or a template is wrong. Nothing has run yet."""


class StoreError(InboxAgentError, OSError):
    """The store file cannot be read or written."""


class StoreLockedError(StoreError):
    """Another inbox-agent process holds the store's lock."""


class TransientError(InboxAgentError, ConnectionError):
    """Worth retrying later: a server is down, busy or dropped the connection."""


class PermanentError(InboxAgentError):
    """Retrying will not help: the server refused (wrong password, 5xx reply, ...)."""


class MailboxError(TransientError):
    """The IMAP server could not be reached or dropped the connection."""


class MailboxAuthError(PermanentError):
    """The IMAP server refused the login."""


class SendError(TransientError):
    """The SMTP server could not be reached or answered with a temporary failure (4xx)."""


class SendRefused(PermanentError):
    """The SMTP server refused a message for good (5xx)."""


class ParseError(InboxAgentError, ValueError):
    """A mail could not be turned into a ``Mail`` value."""
