"""Checks the labelled mail corpus in ``tests/mails/`` itself (the data, not the code).

The classifier tests trust these files and labels; this module makes sure the trust is
warranted: every labelled file exists and parses, the labels follow the schema written
at the top of ``labels.toml``, and the PDF forms attached to registrations really carry
the values the labels promise.
"""

from __future__ import annotations

import email
import io
import tomllib
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

MAILS = Path(__file__).parent / "mails"
LABELS: dict[str, dict] = tomllib.loads((MAILS / "labels.toml").read_text(encoding="utf-8"))
EML_FILES = sorted(p.name for p in MAILS.glob("*.eml"))

INTENTS = {
    "pre_registration",
    "registration",
    "cancellation",
    "question",
    "auto_reply",
    "bounce",
    "bulk",
    "other",
}
ANSWERED_AUTOMATICALLY = {"pre_registration", "registration", "cancellation"}
KEYS = {
    "intent": str,
    "auto_reply": bool,
    "language": str,
    "name": str,
    "title": str,
    "email": str,
    "organization": str,
    "member": bool,
    "persons": int,
    "people": list,
    "invoice_address": str,
    "payment_agreement": bool,
    "missing": list,
    "bounced": list,
    "note": str,
}
REQUIRED_FOR_BINDING = {"invoice_address", "payment_agreement"}


def parse(filename: str) -> EmailMessage:
    return email.message_from_bytes((MAILS / filename).read_bytes(), policy=policy.default)


def test_labels_and_files_match() -> None:
    assert sorted(LABELS) == EML_FILES, (
        f"labelled but missing: {sorted(set(LABELS) - set(EML_FILES))}; "
        f"files without labels: {sorted(set(EML_FILES) - set(LABELS))}"
    )


def test_corpus_is_large_enough_and_covers_every_intent() -> None:
    assert len(LABELS) >= 60
    counts = {intent: 0 for intent in INTENTS}
    for labels in LABELS.values():
        counts[labels["intent"]] += 1
    assert all(n >= 5 for n in counts.values()), counts


@pytest.mark.parametrize("filename", sorted(LABELS))
def test_labels_follow_the_schema(filename: str) -> None:
    labels = LABELS[filename]
    for key, value in labels.items():
        assert key in KEYS, f"unknown key {key!r}"
        assert isinstance(value, KEYS[key]), f"{key} = {value!r} is not {KEYS[key].__name__}"
    assert labels["intent"] in INTENTS
    assert labels["language"] in {"de", "en"}
    assert labels["note"].strip()
    # Rule from the brief: humans' pre-registrations, registrations and cancellations
    # are answered automatically; everything else is not.
    assert labels["auto_reply"] is (labels["intent"] in ANSWERED_AUTOMATICALLY)
    if "missing" in labels:
        assert labels["intent"] == "registration"
        assert labels["missing"] and set(labels["missing"]) <= REQUIRED_FOR_BINDING
        for field in labels["missing"]:
            assert labels.get(field) in (None, False), f"{field} is labelled missing and present"
    if labels["intent"] == "registration" and "missing" not in labels:
        assert "invoice_address" in labels and labels.get("payment_agreement") is True
    if labels["intent"] == "bounce":
        assert "bounced" in labels
    else:
        assert "bounced" not in labels
    if "people" in labels:
        assert labels["persons"] == len(labels["people"]) + 1


@pytest.mark.parametrize("filename", EML_FILES)
def test_mail_parses_and_has_the_basic_headers(filename: str) -> None:
    msg = parse(filename)
    for name in ("Message-ID", "From", "Date"):
        assert msg[name], f"no {name} header"
    # Reading the structured headers must not raise either.
    assert msg["From"].addresses
    date = msg["Date"].datetime  # naive for "-0000" (qmail's "zone unknown"): allowed
    assert date.year == 2025 and 3 <= date.month <= 8
    assert str(msg["Message-ID"]).strip().startswith("<")
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            assert isinstance(part.get_content(), str)


def _form_fields(msg: EmailMessage) -> list[dict[str, str]]:
    forms = []
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            fields = PdfReader(io.BytesIO(part.get_content())).get_fields() or {}
            if "zahlungsvereinbarung" in fields:
                forms.append({k: str(v.get("/V") or "") for k, v in fields.items()})
    return forms


REGISTRATIONS_WITH_FORM = [
    name for name in sorted(LABELS) if LABELS[name]["intent"] == "registration" and _form_fields(parse(name))
]


def test_some_registrations_carry_the_filled_form() -> None:
    assert len(REGISTRATIONS_WITH_FORM) >= 4


@pytest.mark.parametrize("filename", REGISTRATIONS_WITH_FORM)
def test_attached_form_has_the_labelled_values(filename: str) -> None:
    labels = LABELS[filename]
    (form,) = _form_fields(parse(filename))

    def lines(value: str) -> list[str]:
        return [line.strip() for line in value.splitlines() if line.strip()]

    assert form["name"] == labels["name"]
    assert form["titel"] == labels.get("title", "")
    assert form["email"] == labels["email"]
    assert form["organisation"] == labels["organization"]
    assert form["personen"] == str(labels["persons"])
    assert lines(form["weitere_personen"]) == labels.get("people", [])
    assert ", ".join(lines(form["rechnungsanschrift"])) == labels.get("invoice_address", "")
    assert (form["vsop_mitglied"] == "/Yes") is labels["member"]
    assert (form["zahlungsvereinbarung"] == "/Yes") is bool(labels.get("payment_agreement"))
