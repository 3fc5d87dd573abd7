"""classify takes whatever parse gives it: any text, any header values, never raises."""

from __future__ import annotations

from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inbox_agent.model import Attachment, Intent
from inbox_agent.understanding.classify import classify, load_rules

RULES = load_rules(RULES_DIR)
HEADER_NAMES = st.sampled_from(["Auto-Submitted", "Precedence", "List-Id", "Return-Path", "X-Autoreply",
                                "X-Auto-Response-Suppress", "Content-Type", "X-Loop", "Subject"])
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, subject=TEXT, signature=TEXT, quoted=TEXT,
       headers=st.dictionaries(HEADER_NAMES, TEXT, max_size=4),
       sender=st.sampled_from(["a@b.example", "MAILER-DAEMON@x.example", "", "geschaeftsstelle@vsop.de"]),
       raw=st.binary(max_size=300), attachment=st.binary(max_size=200))
def test_never_raises(text, subject, signature, quoted, headers, sender, raw, attachment):
    mail = make(text, subject=subject, signature=signature, quoted=quoted, headers=headers,
                sender=sender, raw=raw,
                attachments=(Attachment("x.pdf", "application/pdf", b"%PDF" + attachment),
                             Attachment("d", "message/delivery-status", attachment)))
    verdict = classify(mail, RULES, OWN, OWN_DOMAIN)
    assert verdict.language in ("de", "en")
    if verdict.intent in (Intent.BOUNCE, Intent.AUTO_REPLY, Intent.BULK, Intent.QUESTION, Intent.OTHER):
        assert verdict.auto_reply is False
    if not verdict.auto_reply:
        assert verdict.suppressed_because
