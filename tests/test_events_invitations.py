"""Across events: this year's invitations stand on this year's list (a registration for
last year's conference is no answer to this year's invitation), and forget finds a person
on any event's list."""

from __future__ import annotations

import json

from test_events_office_cli import ANNA, BERND, cli, office


def test_last_year_s_registration_is_no_answer_to_this_year_s_invitation(tmp_path):
    config = office(tmp_path)  # last year: Anna paid, Bernd registered; this year: Anna option
    assert cli(config, "invitees", "import", "--from-event", "jt-alt").returncode == 0
    listed = {i["email"]: i for i in json.loads(cli(config, "invitees", "list", "--json").stdout)["invitees"]}
    assert listed[BERND]["status"] == "not announced"  # registered only on last year's list
    assert listed[ANNA]["status"] == "pre-registered"  # an option for this year's conference


def test_forget_finds_someone_who_is_only_on_another_event_s_list(tmp_path):
    from test_events_office_cli import CLARA

    config = office(tmp_path)  # Clara is only on this year's conference list
    erased = cli(config, "forget", CLARA, "--yes")
    assert erased.returncode == 0, erased.stdout + erased.stderr
    assert cli(config, "show", CLARA).returncode == 1


def test_the_digest_attaches_every_open_event_s_list(tmp_path):
    from datetime import datetime, timezone

    from test_events_office_cli import CLARA

    from inbox_agent.app.bootstrap import digest_attachments
    from inbox_agent.config import load_config
    from inbox_agent.registrations.events import Events
    from inbox_agent.store.db import Store

    config = load_config(office(tmp_path))  # the conference (Anna, Clara) and the workshop (Bernd)
    store = Store(config.storage.path).open()
    try:
        csv = digest_attachments(Events.from_config(config), lambda: store)[0]
        text = csv.make(datetime.now(timezone.utc)).decode("utf-8-sig")
    finally:
        store.close()
    assert all(address in text for address in (ANNA, CLARA, BERND))
    assert "jt" in text and "ws" in text  # each row names its event
