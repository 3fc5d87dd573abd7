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
