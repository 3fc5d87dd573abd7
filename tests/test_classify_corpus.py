"""The labelled mails in tests/mails: every one classified as labels.toml says.

Only the keys a label gives are compared (a label leaves out what the mail does not
say); whitespace in names and addresses is normalised; ``people``, ``missing`` and
``bounced`` are compared as sets.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Verdict
from inbox_agent.understanding.classify import classify, load_rules

MAILS = Path(__file__).resolve().parent / "mails"
LABELS = MAILS / "labels.toml"
FIELD_KEYS = ("name", "title", "email", "organization", "member", "persons", "people",
              "invoice_address", "payment_agreement")
AS_SETS = ("people", "missing", "bounced")

# Labels that no classifier can meet from the mail alone; reported to the corpus's
# author. The test still runs them and fails if they start to pass (then remove them).
KNOWN_UNREACHABLE: set[tuple[str, str]] = set()  # (file, field) a mail cannot tell


def _labels() -> dict[str, dict]:
    if not LABELS.is_file():
        return {}
    return tomllib.loads(LABELS.read_text(encoding="utf-8"))


CASES = _labels()
pytestmark = pytest.mark.skipif(not CASES, reason="tests/mails/labels.toml not there yet")


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def actual(verdict: Verdict) -> dict[str, object]:
    found: dict[str, object] = {
        "intent": verdict.intent.value,
        "auto_reply": verdict.auto_reply,
        "language": verdict.language,
        "missing": verdict.missing,
        "bounced": verdict.bounced_addresses,
    }
    for key in FIELD_KEYS:
        found[key] = getattr(verdict.fields, key)
    return found


def comparable(key: str, value: object) -> object:
    if key in AS_SETS:
        return sorted(" ".join(str(v).split()) for v in (value or ()))
    if isinstance(value, str):
        return " ".join(value.split())
    return value


@pytest.mark.parametrize("name", sorted(CASES))
def test_labelled_mail(name, rules):
    label = CASES[name]
    verdict = classify(parse_bytes((MAILS / name).read_bytes()), rules, OWN, OWN_DOMAIN)
    got = actual(verdict)
    wrong = {}
    for key, expected in label.items():
        if key == "note":
            continue
        assert key in got, f"unknown label key {key!r}"
        if comparable(key, got[key]) != comparable(key, expected):
            wrong[key] = (expected, got[key])
    unreachable = {key for key in wrong if (name, key) in KNOWN_UNREACHABLE}
    for key in unreachable:
        del wrong[key]
    stale = {key for (file, key) in KNOWN_UNREACHABLE if file == name} - unreachable
    hits = [f"{hit.rule}: {hit.reason}" for hit in verdict.rule_hits]
    assert not wrong, f"{name}: {wrong} (label note: {label.get('note')}; rules: {hits})"
    assert not stale, f"{name}: {stale} now pass; remove them from KNOWN_UNREACHABLE"


def test_accuracy_summary(rules):
    """All labels together (the per-file tests say which ones differ)."""
    right = 0
    for name, label in CASES.items():
        got = actual(classify(parse_bytes((MAILS / name).read_bytes()), rules, OWN, OWN_DOMAIN))
        if all(comparable(k, got[k]) == comparable(k, v) or (name, k) in KNOWN_UNREACHABLE
               for k, v in label.items() if k != "note"):
            right += 1
    assert right == len(CASES), f"{right}/{len(CASES)} labelled mails right"
