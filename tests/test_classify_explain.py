"""``inbox-agent classify FILE... [--json]``: the lines staff read."""

from __future__ import annotations

import json

from classify_support import OWN, OWN_DOMAIN, RULES_DIR

from inbox_agent.understanding.classify import load_rules
from inbox_agent.understanding.explain import classify_files

MAIL = """From: "Schmidt, Anna" <anna.schmidt@stadt-musterhausen.de>
To: geschaeftsstelle@vsop.de
Subject: Anmeldung Jahrestagung
Message-ID: <a1@stadt-musterhausen.de>
Date: Mon, 5 May 2025 10:00:00 +0200
Content-Type: text/plain; charset=utf-8

Hiermit melde ich mich verbindlich an.

Organisation: Stadt Musterhausen
VSOP-Mitglied: ja
Rechnungsanschrift: Stadt Musterhausen, Markt 1, 12345 Musterhausen
Zahlungsvereinbarung: ja
""".replace("\n", "\r\n").encode()


def test_json_lines(tmp_path):
    path = tmp_path / "a.eml"
    path.write_bytes(MAIL)
    (tmp_path / "empty.eml").write_bytes(b"")
    lines = list(classify_files([path, tmp_path / "empty.eml", tmp_path / "missing.eml"],
                                load_rules(RULES_DIR), OWN, OWN_DOMAIN, as_json=True))
    assert len(lines) == 3
    first = json.loads(lines[0])
    assert set(first) == {"file", "intent", "auto_reply", "fields", "rules"}
    assert first["file"] == str(path)
    assert first["intent"] == "registration"
    assert first["auto_reply"] is True
    assert first["fields"] == {"name": "Anna Schmidt", "email": "anna.schmidt@stadt-musterhausen.de",
                               "organization": "Stadt Musterhausen", "member": True, "persons": 1,
                               "invoice_address": "Stadt Musterhausen, Markt 1, 12345 Musterhausen"}
    assert "registration-binding-words" in first["rules"]
    assert "error" in json.loads(lines[1]) and "error" in json.loads(lines[2])


def test_readable_explanation(tmp_path):
    path = tmp_path / "a.eml"
    path.write_bytes(MAIL)
    (text,) = classify_files([path], load_rules(RULES_DIR), OWN, OWN_DOMAIN, as_json=False)
    assert "intent:     registration" in text
    assert "may answer automatically" in text
    assert "member: yes" in text
    assert "registration-binding-words:" in text
