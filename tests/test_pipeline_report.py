"""Issue 17, round 5: a poll keeps a ``Handled`` for every mail until it ends (the lines
`poll --once` prints); at 10,000 mails that was ~13 MB of the peak. Without a
``__dict__``, and with what most mails share (intent, outcome, rules) kept once."""

from __future__ import annotations

import gc
import tracemalloc

from inbox_agent.app.report import Handled, PollReport
from inbox_agent.i18n import N_
from inbox_agent.model import Reason


def _handled(i: int) -> Handled:
    return Handled(i, f"<{i}.{i * 7919}@mail.example.org>", f"Anna Beispiel <anna{i}@uni.example>",
                   f"Anmeldung zur Tagung, Nr. {i}", "pre_" + "registration",
                   Reason.of(N_("replied: {kinds}"), kinds="prog" + "ramme"),
                   "; ".join(f"rule-{j}-{i % 5}" for j in range(6)))


def test_a_reports_mails_share_what_they_have_in_common():
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        report = PollReport(handled=[_handled(i) for i in range(5000)])
        per_mail = (tracemalloc.get_traced_memory()[0] - before) / 5000
    finally:
        tracemalloc.stop()
    assert per_mail < 520, per_mail  # each its own dict, Reason and rule list: ~750 bytes
    h = report.handled[4321]
    assert (h.uid, h.intent, h.action, h.reason) == (
        4321, "pre_registration", "replied: programme",
        "; ".join(f"rule-{j}-1" for j in range(6)))
    assert h.outcome is report.handled[7].outcome

