"""Accuracy on mail nobody here wrote the rules from (tests/corpus, issue 13).

The sets of ``tests/corpus`` (``test/``: never tuned on; ``dev/`` to ``dev12/``:
tune on them) are classified with the real parser and classifier. Run with ``-s`` to see the
summary: intent accuracy (mails), field accuracy (each labelled field key once), machine
safety, mixed mails flagged for a human, per-key figures and the intent confusions; the
development sets' failures are listed one by one, the test set's only as figures (it
stays unseen).

Asserted: no machine's mail (auto-reply, bounce, bulk) is ever answered automatically, on
every set; the test set reaches ``TEST_SET_MIN``; no two sets share a sentence.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field, fields as dc_fields
from pathlib import Path

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Verdict
from inbox_agent.understanding.classify import classify, load_rules

CORPUS = Path(__file__).resolve().parent / "corpus"
SETS = ("test", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12")
DEV_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
            "dev12")  # tuned on: failures listed one by one
# dev4 is smaller on purpose (fewer, stranger mails: new voices and machines)
MIN_MAILS = {"dev4": 120, "dev7": 110, "dev8": 120, "dev9": 140, "dev10": 120, "dev11": 100,
             "dev12": 80}  # dev7 to dev12: written under a deadline
FEES = tomllib.loads((Path(__file__).resolve().parents[1] / "config.toml").read_text("utf-8"))["fees"]

# Issue 13's target for the test set is 0.95 on intent and on fields, and every mixed
# mail flagged for a human. Until the classifier gets there these are floors at the
# figures measured when the corpus was written (rounded down), so nothing regresses;
# raise them as the classifier improves, and set them to TEST_SET_TARGET once it is met.
TEST_SET_TARGET = 0.95
TEST_SET_MIN = {"intent": TEST_SET_TARGET, "fields": TEST_SET_TARGET, "mixed_flagged": 1.0}  # measured 152/159 (0.956), 704/736 (0.957), 11/11
# The development sets keep what tuning on them reached (rounded down), so that what was
# fixed there stays fixed. Each was measured once before any tuning on it:
# dev3 130/160, 584/721; dev4 94/134, 455/549; dev5 135/150, 622/742; dev6 136/150, 623/740;
# dev7 98/112, 492/529 (written after round 5b's tuning); dev8 98/122, 511/601; dev9 103/141,
# 572/645 (both written before round 6); dev10 104/125, 549/589 (written before round 7);
# dev11 75/104, 353/377 and dev12 81/94, 422/450 (written before round 8).
DEV_MIN = {
    "dev3": {"intent": 0.99, "fields": 0.96},  # 159/160, 699/721
    "dev4": {"intent": 0.98, "fields": 0.95},  # 132/134, 526/549
    "dev5": {"intent": 0.98, "fields": 0.97},  # 147/150, 723/742
    "dev6": {"intent": 0.99, "fields": 0.97},  # 149/150, 725/740
    "dev7": {"intent": 0.99, "fields": 0.95},  # 112/112, 507/529
    "dev8": {"intent": 1.0, "fields": 0.98},  # 122/122, 589/601 (round 6 tuned on it)
    "dev9": {"intent": 0.99, "fields": 0.97},  # 140/141, 631/645 (round 6 tuned on it)
    "dev10": {"intent": 0.98, "fields": 0.94},  # 123/125, 556/589 (round 7 tuned on it)
    "dev11": {"intent": 0.90, "fields": 0.93},  # 94/104, 353/377 (round 8 tuned on it)
    "dev12": {"intent": 0.95, "fields": 0.94},  # 90/94, 424/450 (round 8 tuned on it)
}

FIELD_KEYS = ("language", "name", "title", "email", "organization", "member", "persons",
              "people", "people_members", "invoice_address", "payment_agreement", "missing",
              "bounced")
OTHER_KEYS = ("intent", "auto_reply", "needs_human", "questions", "note")
AS_SETS = ("people", "missing", "bounced")
ADDRESS_LIKE = ("organization", "invoice_address")
MACHINES = ("auto_reply", "bounce", "bulk")
ACTIONS = ("pre_registration", "registration", "cancellation")
# What ``missing`` is compared on: the required fields of the label format. Whether a
# binding registrant must also be asked for membership, organisation or name is decided
# after merging what the office already knows (registrations), not from one mail alone.
REQUIRED = ("invoice_address", "payment_agreement")
HAS_NEEDS_HUMAN = "needs_human" in {f.name for f in dc_fields(Verdict)}
HAS_QUESTIONS = "questions" in {f.name for f in dc_fields(Verdict)}


def labels(name: str) -> dict[str, dict]:
    """The labels of one set (empty when the set is not there)."""
    path = CORPUS / name / "labels.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


pytestmark = pytest.mark.skipif(not labels("test"), reason="tests/corpus not generated")


def _member(verdict: Verdict) -> bool | None:
    """Membership as the office knows it: stated, or derived from the fee quoted."""
    member = verdict.fields.member
    fee = getattr(verdict.fields, "fee_quoted", None)
    if member is None and fee is not None:
        if fee == FEES["member"]:
            return True
        if fee == FEES["non_member"]:
            return False
    return member


def actual(verdict: Verdict) -> dict[str, object]:
    """What the classifier said, under the label keys."""
    got: dict[str, object] = {
        "intent": verdict.intent.value,
        "auto_reply": verdict.auto_reply,
        "language": verdict.language,
        "missing": verdict.missing,
        "bounced": verdict.bounced_addresses,
        "needs_human": getattr(verdict, "needs_human", None),
        "questions": len(getattr(verdict, "questions", ()) or ()),
    }
    for key in FIELD_KEYS:
        if hasattr(verdict.fields, key):
            got[key] = getattr(verdict.fields, key)
    got["member"] = _member(verdict)
    got["people_members"] = list(getattr(verdict.fields, "people_members", ()) or ())
    return got


def comparable(key: str, value: object) -> object:
    """A value normalised the way README.md says labels are compared."""
    if key == "missing":
        value = [v for v in (value or ()) if v in REQUIRED]
    if key in AS_SETS:
        return sorted(" ".join(str(v).split()).lower() for v in (value or ()))
    if key == "people_members":
        return list(value or ())
    if key in ADDRESS_LIKE and isinstance(value, str):
        parts = re.split(r"\s*(?:\n|,|\||·)\s*|\s+[-–—]\s+", value.strip().lower())
        return ", ".join(" ".join(p.split()) for p in parts if p.strip())
    if key == "email" and isinstance(value, str):
        return value.strip().lower()
    if isinstance(value, str):
        return " ".join(value.split())
    return value


@dataclass
class Outcome:
    """One set's results, summed up."""

    name: str
    mails: int = 0
    intent_right: int = 0
    field_keys: int = 0
    fields_right: int = 0
    machines: int = 0
    # Names of files are kept out of the repr: pytest prints an Outcome when an assertion
    # on it fails, and the test set's mails must never be shown, only its figures.
    machines_answered: list[str] = field(default_factory=list, repr=False)
    mixed: int = 0
    mixed_flagged: int = 0
    human_right: int = 0
    auto_reply_right: int = 0
    questions_seen: int = 0
    question_mails: int = 0
    per_key: Counter = field(default_factory=Counter)
    per_key_right: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str, object, object]] = field(default_factory=list, repr=False)

    def rate(self, right: int, total: int) -> float:
        return right / total if total else 1.0

    @property
    def intent(self) -> float:
        return self.rate(self.intent_right, self.mails)

    @property
    def fields(self) -> float:
        return self.rate(self.fields_right, self.field_keys)

    @property
    def mixed_rate(self) -> float:
        return self.rate(self.mixed_flagged, self.mixed)


def _score(out: Outcome, file: str, label: dict, got: dict) -> None:
    out.mails += 1
    expected = label["intent"]
    if got["intent"] == expected:
        out.intent_right += 1
    else:
        out.confusion[(expected, got["intent"])] += 1
        out.failures.append((file, "intent", expected, got["intent"]))
    for key in FIELD_KEYS:
        if key not in label:
            continue
        out.field_keys += 1
        out.per_key[key] += 1
        if comparable(key, got.get(key)) == comparable(key, label[key]):
            out.fields_right += 1
            out.per_key_right[key] += 1
        else:
            out.failures.append((file, key, label[key], got.get(key)))
    out.auto_reply_right += got["auto_reply"] == label["auto_reply"]
    if expected in MACHINES:
        out.machines += 1
        if got["auto_reply"]:
            out.machines_answered.append(file)
    if expected in ACTIONS and label["questions"] > 0:
        out.mixed += 1
        out.mixed_flagged += got["needs_human"] is True
    out.human_right += got["needs_human"] == label["needs_human"]
    if label["questions"] > 0:
        out.question_mails += 1
        out.questions_seen += got["questions"] > 0


def measure(name: str, rules) -> Outcome:
    """Classify one set and sum up how it went."""
    out = Outcome(name)
    for file, label in sorted(labels(name).items()):
        raw = (CORPUS / name / file).read_bytes()
        verdict = classify(parse_bytes(raw), rules, OWN, OWN_DOMAIN)
        _score(out, file, label, actual(verdict))
    return out


def report(out: Outcome, *, details: bool) -> str:
    """The summary printed with ``-s``; failures one by one only when ``details``."""
    lines = [
        f"== corpus/{out.name}: {out.mails} mails",
        f"intent   {out.intent_right}/{out.mails} = {out.intent:.1%}",
        f"fields   {out.fields_right}/{out.field_keys} = {out.fields:.1%}",
        f"machines answered automatically: {len(out.machines_answered)} of {out.machines}",
        f"auto_reply right {out.auto_reply_right}/{out.mails}",
    ]
    if HAS_NEEDS_HUMAN:
        lines.append(f"mixed mails flagged for a human {out.mixed_flagged}/{out.mixed}; "
                     f"needs_human right {out.human_right}/{out.mails}")
    if HAS_QUESTIONS:
        lines.append(f"mails with questions where questions were found "
                     f"{out.questions_seen}/{out.question_mails}")
    lines.append("per key: " + ", ".join(
        f"{k} {out.per_key_right[k]}/{out.per_key[k]}" for k in FIELD_KEYS if out.per_key[k]))
    lines.append("intent confusions (expected -> got): " + (", ".join(
        f"{e}->{g} x{n}" for (e, g), n in out.confusion.most_common()) or "none"))
    if details:
        lines += [f"  {f}: {k}: expected {e!r}, got {g!r}" for f, k, e, g in out.failures]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def outcomes() -> dict[str, Outcome]:
    rules = load_rules(RULES_DIR)
    return {name: measure(name, rules) for name in SETS}


@pytest.mark.parametrize("name", SETS)
def test_labels_cover_the_files(name):
    """Every .eml has a label with known keys, and the set is big enough (>= 150, or MIN_MAILS)."""
    cases = labels(name)
    files = {p.name for p in (CORPUS / name).glob("*.eml")}
    assert set(cases) == files
    assert len(files) >= MIN_MAILS.get(name, 150)
    for file, label in cases.items():
        unknown = set(label) - set(FIELD_KEYS) - set(OTHER_KEYS)
        assert not unknown, f"{file}: unknown label keys {unknown}"
        assert {"intent", "auto_reply", "needs_human", "questions", "note"} <= set(label), file


def _sentences(name: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((CORPUS / name).glob("*.eml")):
        text = parse_bytes(path.read_bytes()).text
        for sentence in re.split(r"(?<=[.!?:])\s+|\n", text):
            words = sentence.split()
            if len(words) >= 6:
                found.setdefault(" ".join(words), path.name)
    return found


@pytest.mark.parametrize("one, other", [(a, b) for i, a in enumerate(SETS) for b in SETS[i + 1:]])
def test_sets_share_no_sentence(one, other):
    """No set is a copy of another: no sentence of 6+ words in both of any two sets."""
    first, second = _sentences(one), _sentences(other)
    if one == "test":  # the test set stays unseen: name only the other set's files
        shared = {second[s]: s for s in set(first) & set(second)}
    else:
        shared = {s: (first[s], second[s]) for s in set(first) & set(second)}
    assert not shared, shared


@pytest.mark.parametrize("name", SETS)
def test_machines_are_never_answered(outcomes, name):
    """No auto-reply, bounce or bulk mail gets an automatic answer (always, every set)."""
    out = outcomes[name]
    assert out.machines > 0
    answered = len(out.machines_answered)
    shown = out.machines_answered if name in DEV_SETS else "(the test set: figures only)"
    assert answered == 0, f"{answered} machine mails answered: {shown}"


def test_test_set_accuracy(outcomes):
    """The test set (never tuned on) reaches the floor; the target is TEST_SET_TARGET."""
    out = outcomes["test"]
    print("\n" + report(out, details=False))
    assert out.intent >= TEST_SET_MIN["intent"], f"intent {out.intent:.3f}"
    assert out.fields >= TEST_SET_MIN["fields"], f"fields {out.fields:.3f}"
    if HAS_NEEDS_HUMAN:
        assert out.mixed_rate >= TEST_SET_MIN["mixed_flagged"], f"mixed {out.mixed_rate:.3f}"


@pytest.mark.parametrize("name", sorted(DEV_MIN))
def test_dev_set_floor(outcomes, name):
    """A development set keeps what tuning on it reached (DEV_MIN)."""
    out = outcomes[name]
    assert out.intent >= DEV_MIN[name]["intent"], f"intent {out.intent:.3f}"
    assert out.fields >= DEV_MIN[name]["fields"], f"fields {out.fields:.3f}"


@pytest.mark.parametrize("name", DEV_SETS)
def test_dev_set_summary(outcomes, name):
    """A development set's figures and every failure, for tuning (printed with -s)."""
    out = outcomes[name]
    print("\n" + report(out, details=True))
    assert out.mails == len(labels(name))
