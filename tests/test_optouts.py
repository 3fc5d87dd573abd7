"""Opt-outs are honoured forever: after an erasure (forget) only the hash remains, and
it still stops every bulk mail."""

from __future__ import annotations

from datetime import UTC, datetime

from inbox_agent.office.staff import forget
from inbox_agent.outbox.optouts import is_opted_out, optout_key, record_optout
from inbox_agent.registrations import Attendee, State
from inbox_agent.store.db import Store

NOW = datetime(2025, 5, 2, 9, 0, tzinfo=UTC)


def test_forget_keeps_the_opt_out_as_a_hash_only(tmp_path):
    path = tmp_path / "store.json"
    store = Store(path).open(hold=False)
    try:
        with store.exclusive():
            a = Attendee(email="clara.vogel@kreis-nord.example", state=State.OPTION, name="Clara Vogel")
            store.put("attendees", {"key": a.email, **a.moved(State.OPTION, NOW, "mail:x").to_dict()})
            store.put("invitees", {"key": a.email, "email": a.email, "name": "Clara Vogel"})
            assert record_optout(store, "Clara.Vogel@kreis-nord.example", NOW, "mail", "<m1@x>")
            assert not record_optout(store, "clara.vogel@kreis-nord.example", NOW, "staff")
            store.commit()
        forget(store, "clara.vogel@kreis-nord.example", NOW)
        assert is_opted_out(store, "CLARA.VOGEL@kreis-nord.example")
        record = store.get("optouts", optout_key("clara.vogel@kreis-nord.example"))
        assert record["email"] == "" and record["key"].startswith("sha256:")
        assert store.get("invitees", "clara.vogel@kreis-nord.example") is None
    finally:
        store.close()
    assert "clara" not in path.read_text(encoding="utf-8").lower()
