"""The plain sections of config.toml ([office], [imap], [smtp], [storage], [schedule],
[replies], [digest], [notify], [announce], [limits], [oauth2]): each a validated, immutable
table. ``config`` puts them together into ``Config`` and loads the file; the event sections
are in ``events_config``. With ``config`` and ``events_config`` the only modules that import
pydantic.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from inbox_agent.events_config import Section

Port = Annotated[int, Field(ge=1, le=65535)]
Security = Literal["tls", "starttls", "none"]
EnvName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
Email = Annotated[str, Field(pattern=r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]


_Section = Section  # the base of every table (events_config holds it for both modules)


class Office(_Section):
    address: Email
    name: str = Field(min_length=1)
    # Further addresses that are ours (aliases, the staff's own): never answered.
    aliases: tuple[Email, ...] = ()
    # The language of what staff read: the digest, the command output, ``check``.
    # Attendee mails follow the sender's language whatever this says.
    language: Literal["de", "en"] = "de"
    # The authserv-ids (RFC 8601) of the receiving servers whose Authentication-Results
    # count; empty: the office's domain and its subdomains (mail/authresults.py).
    trusted_authserv_ids: tuple[Annotated[str, Field(pattern=r"^[A-Za-z0-9.-]+$")], ...] = ()

    @property
    def domain(self) -> str:
        return self.address.rsplit("@", 1)[1].lower()

    @property
    def trusted_ids(self) -> tuple[str, ...]:
        """The trusted authserv-ids, lower case; a leading "." (the default's
        ".vsop.de") stands for every subdomain."""
        given = tuple(i.strip().lower() for i in self.trusted_authserv_ids)
        return given or (self.domain, "." + self.domain)

    @property
    def own_addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in (self.address, *self.aliases))


class Imap(_Section):
    host: str = Field(min_length=1)
    port: Port = 993
    security: Security = "tls"
    username: str = Field(min_length=1)
    password_env: EnvName = "INBOX_AGENT_IMAP_PASSWORD"
    # A file holding the password instead (systemd LoadCredential= / an EnvironmentFile
    # is the alternative); relative to $CREDENTIALS_DIRECTORY when that is set, else to
    # the config's folder. Takes precedence over password_env when given.
    password_file: Path | None = None
    # "password" (LOGIN) or "oauth2" (XOAUTH2 with a token from ``inbox-agent auth login``).
    auth: Literal["password", "oauth2"] = "password"
    folder: str = "INBOX"
    sent_folder: str = "Sent"
    done_keyword: Annotated[str, Field(pattern=r"^\$?[A-Za-z0-9_]+$")] = "$InboxAgentDone"
    batch_size: Annotated[int, Field(ge=1, le=1000)] = 50
    # A burst of more than 2 batches is parsed and classified in a second process too:
    # "auto" when a core is spare (2+ CPUs, load below their number less one), true
    # always, false never.
    read_worker: Literal["auto"] | bool = "auto"
    max_message_mb: Annotated[float, Field(gt=0)] = 25
    max_attempts: Annotated[int, Field(ge=1, le=100)] = 3
    timeout_seconds: Annotated[float, Field(gt=0)] = 60
    # Wait for new mail in IMAP IDLE between polls, where the server offers it.
    idle: bool = True
    # Mail that arrived before this moment is adopted as history, never answered. Unset:
    # the moment of the first start on this store (kept in the store).
    answer_since: datetime | None = None


class Smtp(_Section):
    host: str = Field(min_length=1)
    port: Port = 465
    security: Security = "tls"
    username: str = ""
    password_env: EnvName = "INBOX_AGENT_SMTP_PASSWORD"
    password_file: Path | None = None  # as in [imap]
    auth: Literal["password", "oauth2"] = "password"  # as in [imap]
    timeout_seconds: Annotated[float, Field(gt=0)] = 60


class Storage(_Section):
    path: Path = Path("var/inbox-agent.json")


class Schedule(_Section):
    poll_seconds: Annotated[int, Field(ge=10, le=86400)] = 120


class Replies(_Section):
    templates: Path = Path("templates")
    rules: Path = Path("rules")
    # kind of mail -> files attached to it, e.g. programme = ["a.pdf", "b.pdf"]
    attachments: dict[str, tuple[Path, ...]] = Field(default_factory=dict)


class Digest(_Section):
    """The morning digest for the office (``inbox-agent digest``, and the daemon's job)."""

    recipients: tuple[Email, ...] = ()  # empty: no digest is mailed
    time: str = "07:30"  # local time of the event's time zone

    @field_validator("time")
    @classmethod
    def _time_of_day(cls, value: str) -> str:
        import re

        if not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value.strip()):
            raise ValueError('must be a time of day written HH:MM, e.g. "07:30"')
        return value.strip()

    @property
    def hour_minute(self) -> tuple[int, int]:
        hour, minute = self.time.split(":")
        return int(hour), int(minute)


class Notify(_Section):
    """Circulars (``inbox-agent notify``): how fast they go out."""

    per_minute: Annotated[float, Field(gt=0, le=6000)] = 30


class Announce(_Section):
    """The announcement to the invitees (``inbox-agent announce``) and the reminders
    before the pre-registration deadline: how fast they go out, and how to opt out."""

    # Bulk mails (announcement, invitation reminders): at most this many in any 60
    # seconds (as providers count them); ask your provider what it accepts.
    per_minute: Annotated[float, Field(gt=0, le=6000)] = 20
    # RFC 8058 one-click opt-out: an https:// address that records an opt-out when it
    # receives a POST; "{email}" in it is replaced by the reader's address (URL-encoded).
    # Empty: the List-Unsubscribe header offers only a mail to the office.
    unsubscribe_url: str = ""

    @field_validator("unsubscribe_url")
    @classmethod
    def _https(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith("https://"):
            raise ValueError("must start with https:// (RFC 8058), or be empty")
        if any(ch.isspace() or ch in "<>," for ch in value):
            raise ValueError("must not contain spaces, '<', '>' or ','")
        return value


class Limits(_Section):
    """Automatic answers to mail, so a forged sender cannot turn the office into a mail
    bomb aimed at a third party (``limits.py``)."""

    # At most this many automatic answers to one address within per_address_hours; more
    # are not sent but kept for the office (the digest lists them).
    replies_per_address: Annotated[int, Field(ge=1, le=1000)] = 5
    per_address_hours: Annotated[float, Field(gt=0, le=24 * 31)] = 24
    # At most this many automatic answers an hour in all; more wait for the next hour.
    replies_per_hour: Annotated[int, Field(ge=1, le=100_000)] = 200


class Staff(_Section):
    """[staff]: who may work the office by mail (``office/commands.py``), and when an
    open task moves to the top of the digest."""

    # Mail from these addresses is a staff member's: read for commands, never answered
    # or taken for an attendee's.
    addresses: tuple[Email, ...] = ()
    # An open task older than this many days is shown first in the digest.
    remind_after_days: Annotated[int, Field(ge=1, le=365)] = 3
    # The key of the digest's action tokens (HMAC-SHA256); default staff-token.key beside
    # the store, created (0600) at the first start.
    token_key_file: Path | None = None
    # How long an action link of a digest stays valid.
    token_days: Annotated[int, Field(ge=1, le=90)] = 14

    @property
    def emails(self) -> frozenset[str]:
        return frozenset(a.lower() for a in self.addresses)


# ------------------------------------------------------------------------- [oauth2]
class OAuth2(_Section):
    """[oauth2]: the sign-in for auth = "oauth2" (``inbox-agent auth login``, then
    XOAUTH2). URLs and scopes left empty take the provider's (``mail/oauth.py``)."""

    provider: Literal["microsoft", "google", "custom"]
    client_id: str = Field(min_length=1)
    client_secret: str = ""  # only for clients registered with one (Google "Desktop app")
    tenant: Annotated[str, Field(pattern=r"^[A-Za-z0-9.-]+$")] = "organizations"
    scopes: tuple[str, ...] = ()
    token_url: str = ""
    device_authorization_url: str = ""  # set: device code (RFC 8628); else the browser
    authorization_url: str = ""
    token_file: Path | None = None  # default: oauth2-token.json beside the store (0600)

    @field_validator("token_url", "device_authorization_url", "authorization_url")
    @classmethod
    def _https(cls, value: str) -> str:
        value = value.strip()
        host = value.split("/")[2].rsplit(":", 1)[0] if value.count("/") >= 2 else ""
        loopback = value.startswith("http://") and host in ("127.0.0.1", "localhost", "[::1]")
        if not value or value.startswith("https://") or loopback:
            return value  # http:// only for a token server on this machine (RFC 8252)
        raise ValueError("must start with https:// (http:// only for 127.0.0.1/localhost)")

    @model_validator(mode="after")
    def _custom(self) -> "OAuth2":
        if self.provider == "custom" and not (
                self.token_url and (self.device_authorization_url or self.authorization_url)):
            raise ValueError('provider = "custom" needs token_url, and device_authorization_url'
                             ' (device code) or authorization_url (browser)')
        return self


class Invoices(_Section):
    """[invoices]: the invoice with every binding registration (``inbox_agent.invoices``).
    The issuer's name, bank account and reference come from [office] and [payment]."""

    # How a number is written: {year} (the issue year) and {seq} (gapless per year).
    number: str = "VSOP-{year}-{seq:04}"
    issuer_address: str = ""  # street, postcode and city (lines with "\n" or ", ")
    issuer_country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] = "DE"
    tax_number: str = ""  # Steuernummer (either this or vat_id on every invoice)
    vat_id: str = ""  # USt-IdNr.
    # Why no VAT is charged (an association's fees are mostly exempt), printed on the
    # invoice and carried in the XML as the exemption reason.
    vat_note: str = "Umsatzsteuerfrei gemäß § 4 Nr. 22 a UStG."
    vat_rate: Annotated[float, Field(ge=0, le=100)] = 0.0
    # A separate XRechnung XML too: "auto" for a buyer that gave a Leitweg-ID.
    xrechnung: Literal["auto", "always", "never"] = "auto"
    font: Path | None = None  # a TTF with umlauts and "€"; default: DejaVu Sans

    @field_validator("number")
    @classmethod
    def _numbered(cls, value: str) -> str:
        if "{seq" not in value:
            raise ValueError("must contain {seq} (the running number), e.g. VSOP-{year}-{seq:04}")
        try:
            value.format(year=2025, seq=1)
        except (KeyError, ValueError, IndexError) as exc:
            raise ValueError(f"cannot be filled with year and seq: {exc}") from None
        return value
