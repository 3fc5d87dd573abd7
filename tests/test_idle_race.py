"""A mail that comes in while the first, short IDLE ends is reported at once, not when
the next (long) IDLE ends. Dovecot reports a change about half a second late and drops
a report still pending at DONE; BENCHMARKS.md measured 7 s instead of 0.6 s for such
mails before the NOOP between two IDLEs."""

from __future__ import annotations

import threading
import time

from helpers import make_mail

from inbox_agent.config import Imap
from inbox_agent.mail.mailbox import Mailbox


def test_mail_arriving_around_the_end_of_the_first_idle_is_reported_promptly(imap_account):
    settings = Imap(host=imap_account.host, port=imap_account.port, security="none",
                    username=imap_account.username, password_env="UNUSED")
    # The first IDLE lasts one tick (1 s): these arrive just before and at its end.
    for offset in (0.6, 0.8, 0.95):
        with Mailbox(settings, imap_account.password) as box:
            box.watch("INBOX")
            start = time.monotonic()
            arrival = threading.Timer(offset, lambda: imap_account.append(make_mail()))
            arrival.start()
            try:
                assert box.wait_for_mail(8) is True
            finally:
                arrival.join()
            waited = time.monotonic() - start
            assert waited < 4, f"a mail arriving at +{offset} s was reported after {waited:.1f} s"
