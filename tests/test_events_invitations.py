"""The invitations of this year's event stand on this year's list: someone registered
for last year's conference who has not answered this year's invitation is not answered."""

from __future__ import annotations

import json

from test_events_office_cli import ANNA, BERND, cli, office


def test_last_year_s_registration_is_no_answer_to_this_year_s_invitation(tmp_path):
    config = office(tmp_path)  # last year: Anna paid, Bernd registered; this year: Anna option
    assert cli(config, "invitees", "import", "--from-event", "jt-alt").returncode == 0
    listed = {i["email"]: i for i in json.loads(cli(config, "invitees", "list", "--json").stdout)["invitees"]}
    assert listed[BERND]["status"] == "not announced"  # registered only on last year's list
    assert listed[ANNA]["status"] == "pre-registered"  # an option for this year's conference
