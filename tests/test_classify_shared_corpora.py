"""Over every real-world mail in ../shared/corpora: classify never raises, and never
allows an automatic answer to a bounce, an automatic reply or a list mail.

Which file is which comes from the corpus index (index.tsv, heuristic, see INDEX.md)
plus the two decision tables derived from upstream tests: flufl.bounce's expected
detections and Pigeonhole's vacation decisions.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR

from inbox_agent.errors import ParseError
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules

CORPORA = Path(__file__).parents[1].parent / "shared" / "corpora"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"{CORPORA} does not exist")

MACHINE_CATEGORIES = {"bounce", "auto-reply", "auto-generated", "list"}
MACHINE_TAG_PREFIXES = ("list-headers:", "report:delivery-status", "auto-submitted:auto-",
                        "non-dsn-bounce", "x-autoreply", "precedence:bulk", "precedence:list",
                        "precedence:junk", "precedence:auto_reply")


def _index() -> dict[str, tuple[str, str]]:
    """{relative path: (category, tags)}; a tag value may contain a stray line break."""
    found = {}
    if not (CORPORA / "index.tsv").is_file():
        return found
    for line in (CORPORA / "index.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and (CORPORA / parts[0]).is_file():
            found[parts[0]] = (parts[2], parts[3])
    return found


def _is_machine(category: str, tags: str) -> bool:
    return category in MACHINE_CATEGORIES or any(
        tag.startswith(MACHINE_TAG_PREFIXES) for tag in tags.split())


@pytest.fixture(scope="module")
def verdicts():
    """{relative path: Verdict} for every mail that parse can read, classified once."""
    rules = load_rules(RULES_DIR)
    out = {}
    for path in sorted(CORPORA.rglob("*.eml")):
        try:
            mail = parse_bytes(path.read_bytes())
        except ParseError:
            continue  # parse's business (known mail-parser failures, see INDEX.md)
        out[str(path.relative_to(CORPORA))] = classify(mail, rules, OWN, OWN_DOMAIN)
    return out


def test_every_mail_is_classified(verdicts):
    files = list(CORPORA.rglob("*.eml"))
    assert len(verdicts) >= len(files) - 10  # only the few that mail-parser cannot read are left


def test_no_automatic_answer_to_machines_or_lists(verdicts):
    index = _index()
    machine = [rel for rel, (category, tags) in index.items() if _is_machine(category, tags)]
    assert len(machine) > 300
    answered = [rel for rel in machine if rel in verdicts and verdicts[rel].auto_reply]
    assert answered == []


def test_bounces_are_bounces(verdicts):
    """The index's bounce category is heuristic; nearly all must come out as bounces."""
    bounces = [rel for rel, (category, _) in _index().items() if category == "bounce" and rel in verdicts]
    missed = [rel for rel in bounces if verdicts[rel].intent is not Intent.BOUNCE]
    assert len(missed) <= len(bounces) * 0.03, missed


def test_flufl_bounce_expected_detections(verdicts):
    """The failed addresses agree with flufl.bounce's own test table (permanent failures)."""
    table = CORPORA / "flufl-bounce" / "expected-detections.tsv"
    if not table.is_file():
        pytest.skip("no expected-detections.tsv")
    wrong = []
    rows = list(csv.DictReader(table.open(encoding="utf-8"), delimiter="\t"))
    for row in rows:
        verdict = verdicts.get(f"flufl-bounce/{row['file']}")
        if verdict is None or row["temporary_failure"] == "True" or not row["expected_addresses"]:
            continue
        expected = {a.strip().lower() for a in row["expected_addresses"].split(",")}
        if set(verdict.bounced_addresses) != expected:
            wrong.append((row["file"], expected, verdict.bounced_addresses))
    assert wrong == []


def test_pigeonhole_vacation_decisions(verdicts):
    """Sieve's vacation tests: what the headers say must be honoured the same way, and a
    mail answered only if it names the mailbox among its recipients."""
    table = CORPORA / "pigeonhole-vacation" / "vacation-decisions.tsv"
    if not table.is_file():
        pytest.skip("no vacation-decisions.tsv")
    rules = load_rules(RULES_DIR)
    for row in csv.DictReader(table.open(encoding="utf-8"), delimiter="\t"):
        number = int(row["file"][:2])
        verdict = verdicts[f"pigeonhole-vacation/{row['file']}"]
        guard = [hit.rule for hit in verdict.rule_hits if hit.rule.startswith("loop-guard:")]
        if row["expected"] == "reply":
            # Sieve answers a mail that names the user among its recipients (RFC 5230
            # 4.5): classified as the mailbox it is written to, nothing holds it back;
            # as the office's, which it does not name, it was sent blind.
            mail = parse_bytes((CORPORA / "pigeonhole-vacation" / row["file"]).read_bytes())
            user = frozenset(a.key for a in mail.to)
            addressed = classify(mail, rules, user, "")
            assert [h.rule for h in addressed.rule_hits if h.rule.startswith("loop-guard:")] == [], row["file"]
            assert guard == ["loop-guard:sent-blind"], row["file"]
        elif 3 <= number <= 8:  # decided by the message's headers alone
            assert guard and not verdict.auto_reply, row["file"]
        elif number in (1, 2):  # "our own address": the recipient's own mail
            mail = parse_bytes((CORPORA / "pigeonhole-vacation" / row["file"]).read_bytes())
            own = classify(mail, rules, frozenset({"sirius@example.com"}), "example.com")
            assert not own.auto_reply and "own" in own.suppressed_because
        # 9-11 depend on the SMTP envelope (sender, original recipient), which a
        # message alone does not carry.
