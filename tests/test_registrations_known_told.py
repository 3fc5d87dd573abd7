"""known_from_told (what the store keeps per writer) knows what known_from_records
knows from the same message records (issue 17)."""

from __future__ import annotations

import random

from inbox_agent.registrations.known import known_from_records, known_from_told, told_by

WRITERS = ["a@x.example", "B@x.example", "c@y.example", ""]


def _record(rng: random.Random) -> dict:
    fields = {name: rng.choice([None, "", value]) for name, value in (
        ("name", "Anna Alt"), ("title", "Dr."), ("organization", "Stadt X"),
        ("invoice_address", "Amt 1, 12345 X"))}
    fields["member"] = rng.choice([None, True, False])
    fields["email"] = rng.choice([None, "", "a@x.example", "other@z.example", "C@Y.example"])
    fields["guessed"] = rng.choice([[], ["organization"], ["name", "member"]])
    fields["persons"] = rng.choice([None, 2])
    return {"key": str(rng.random()), "email": rng.choice(WRITERS),
            "fields": rng.choice([fields, fields, {}, None])}


def test_known_from_told_is_known_from_records():
    rng = random.Random(17)
    for _ in range(300):
        records = [_record(rng) for _ in range(rng.randrange(0, 8))]
        emails = rng.sample(["a@x.example", "b@x.example", "c@y.example"], rng.randrange(1, 3))
        told = [t for t in map(told_by, records) if t is not None]
        assert known_from_told(told, emails) == known_from_records(records, emails)


def test_a_record_that_carries_nothing_is_not_kept():
    assert told_by({"email": "a@x.example", "fields": {"persons": 2, "name": ""}}) is None
    assert told_by({"email": "a@x.example", "fields": {}}) is None
    assert told_by({"email": "A@x.example", "fields": {"name": "Anna", "email": "A@X.example"}}) == (
        "a@x.example", "a@x.example", (("name", "Anna"),))
