"""Shared pytest fixtures: the real IMAP and SMTP servers, and the shared corpora.

* ``dovecot`` (session): one private Dovecot for the whole run. A missing Dovecot is a
  test *failure* with the install hint, never a skip: a suite that silently skips its
  server tests would pass while proving nothing.
* ``imap_account`` (function): a fresh user on that Dovecot, so tests never see each
  other's mail and need no cleanup.
* ``smtp_sink`` (function): a fresh recording SMTP server.
* ``shared_corpora`` (session): ``../shared/corpora`` beside the repo; tests that need
  it are skipped only when that folder does not exist.

Tests using the server fixtures are marked ``servers`` automatically, so
``pytest -m "not servers"`` runs the fast pure tests alone. Each test file is also
marked with the wing it tests (``WINGS`` below, by file name), so
``scripts/test -m understanding`` runs one wing's tests (ARCHITECTURE.md).
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Iterator

import pytest

from devtools.devservers import Dovecot, DovecotMissingError, ImapAccount, SmtpSink

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPORA = REPO_ROOT.parent / "shared" / "corpora"

_SERVER_FIXTURES = frozenset({"dovecot", "imap_account", "smtp_sink"})
_account_numbers = itertools.count(1)


# The wing a test file proves, by the start of its name (the first match wins).
WINGS = (
    ("test_architecture", "architecture"), ("test_catalogues", "architecture"),
    ("test_parse", "mail"), ("test_mail_", "mail"), ("test_idle", "mail"),
    ("test_mailbox_", "mail"), ("test_outages", "mail"),
    ("test_store", "store"),
    ("test_classify_", "understanding"), ("test_understanding_", "understanding"),
    ("test_registrations_", "registrations"), ("test_events_office", "office"),
    ("test_events", "registrations"),
    ("test_outbox_", "outbox"), ("test_calendar", "outbox"), ("test_abuse", "outbox"),
    ("test_invit", "invitations"), ("test_optouts", "invitations"),
    ("test_office_", "office"), ("test_digest_", "office"),
    ("test_simulate", "app"), ("test_season_", "app"), ("test_end_to_end", "app"),
    ("test_recovery", "app"), ("test_crash_", "app"), ("test_hostile_", "app"),
    ("test_pipeline", "app"), ("test_adopt", "app"), ("test_staffmail", "app"),
    ("test_demo", "app"), ("test_bench_", "app"), ("test_devservers", "app"),
    ("test_config", "cli"), ("test_cli_", "cli"), ("test_install", "cli"),
    ("test_money", "invoices"),
)


def _wing(item: pytest.Item) -> str | None:
    name = Path(str(item.fspath)).name
    return next((wing for prefix, wing in WINGS if name.startswith(prefix)), None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a real server with ``servers``, and each with its wing."""
    for item in items:
        if _SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.servers)
        wing = _wing(item)
        if wing:
            item.add_marker(getattr(pytest.mark, wing))


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A running private Dovecot (IMAP on 127.0.0.1, plain auth, no TLS)."""
    server = Dovecot()
    try:
        server.start()
    except DovecotMissingError as exc:
        server.close()
        pytest.fail(str(exc), pytrace=False)
    except BaseException:
        server.close()
        raise
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def imap_account(dovecot: Dovecot) -> ImapAccount:
    """A new, empty mail user on the session's Dovecot.

    Numbered users (``office-<n>@example.org`` / ``secret-<n>``) keep tests isolated
    without restarting the server. Tests that stop the server should start it again;
    this fixture also restarts it if an earlier test left it stopped.
    """
    if not dovecot.is_running():
        # An outage test that failed before bringing the server back must not take
        # every later test down with it.
        dovecot.start()
    n = next(_account_numbers)
    return dovecot.create_account(f"office-{n}@example.org", f"secret-{n}")


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A fresh recording SMTP server on 127.0.0.1 (no TLS, AUTH optional)."""
    with SmtpSink() as sink:
        yield sink


def shared_corpora_path() -> Path:
    """Where the shared mail corpora live (may not exist on every machine)."""
    return SHARED_CORPORA


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    """``../shared/corpora`` relative to the repo root; skips the test if absent."""
    if not SHARED_CORPORA.is_dir():
        pytest.skip(f"shared corpora not found at {SHARED_CORPORA}")
    return SHARED_CORPORA
