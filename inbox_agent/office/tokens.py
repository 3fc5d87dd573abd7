"""The action tokens of the digest's links: an HMAC-SHA256 over the action, its item
(the command's arguments) and an expiry, with a key of the office's own.

A command line from a digest link ends in ``tok:<expiry>.<mac>`` (expiry: the day's
ordinal in base 36; mac: the first 16 bytes of the HMAC, URL-safe base 64). Whoever
alters the action, the item, the expiry or the mac gets a token that does not verify; a
token is also refused after its day, and once it was used (``commands`` keeps the used
ones in the store). The key: ``[staff] token_key_file``, else ``staff-token.key``
beside the store; created with 32 random bytes (mode 0600) at the first start.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import os
import secrets
from datetime import date
from pathlib import Path

from inbox_agent.errors import ConfigError

PREFIX = "tok:"
KEY_NAME = "staff-token.key"


class Check(enum.StrEnum):
    VALID = "valid"
    ALTERED = "altered"
    EXPIRED = "expired"
    USED = "used"
    MISSING = "missing"


def key_path(store_path: Path, configured: Path | None) -> Path:
    """Where the key is: the configured file, else beside the store."""
    return Path(configured) if configured else Path(store_path).with_name(KEY_NAME)


def load_key(path: Path, *, create: bool = True) -> bytes:
    """The key in ``path``; made (0600, 32 random bytes) if missing and ``create``."""
    path = Path(path)
    if not path.exists() and create:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(32) + "\n")
    try:
        text = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"[staff] token_key_file {path}: cannot read the key "
                          f"({getattr(exc, 'strerror', None) or 'not 64 hex digits'})") from None
    if len(key) < 16:
        raise ConfigError(f"[staff] token_key_file {path}: the key is too short (16 bytes at least)")
    return key


def _mac(key: bytes, action: str, item: str, expiry: str) -> str:
    message = "\x1f".join((action, " ".join(item.lower().split()), expiry)).encode("utf-8")
    digest = hmac.new(key, message, hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def make(key: bytes, action: str, item: str, until: date) -> str:
    """The token for ``action`` on ``item``, valid through the day ``until``."""
    expiry = _b36(until.toordinal())
    return f"{PREFIX}{expiry}.{_mac(key, action, item, expiry)}"


def check(key: bytes, token: str, action: str, item: str, today: date) -> Check:
    """Whether ``token`` authorises ``action`` on ``item`` today (not whether it was
    used: the caller asks the store)."""
    if not token:
        return Check.MISSING
    body = token[len(PREFIX):] if token.startswith(PREFIX) else token
    expiry, _, mac = body.partition(".")
    if not expiry or not mac or len(expiry) > 8:
        return Check.ALTERED
    if not hmac.compare_digest(_mac(key, action, item, expiry).encode(), mac.encode("utf-8", "replace")):
        return Check.ALTERED
    try:
        until = date.fromordinal(int(expiry, 36))
    except (ValueError, OverflowError):
        return Check.ALTERED
    return Check.EXPIRED if today > until else Check.VALID


def used_key(token: str) -> str:
    """The store key that marks ``token`` as used."""
    return "token-used:" + hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()[:32]


__all__ = ["PREFIX", "KEY_NAME", "Check", "key_path", "load_key", "make", "check", "used_key"]
