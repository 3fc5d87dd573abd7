"""Rule files: loading, validation with file/rule/reason, order, and the shipped rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make

from inbox_agent.errors import ConfigError
from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules


def write(tmp_path: Path, text: str, name: str = "intents.toml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_shipped_rules_load():
    rules = load_rules(RULES_DIR)
    assert len(rules.rules) > 5
    assert "pre-registration" in {rule.name for rule in rules.rules}


@pytest.mark.parametrize(
    "body, expected",
    [
        ('[[rule]]\nname = "x"\nintent = "question"\nfoo = ["a"]\n', "rule 'x': unknown matcher 'foo'"),
        ('[[rule]]\nname = "x"\nintent = "party"\nphrase = ["a"]\n', "rule 'x': unknown intent 'party'"),
        ('[[rule]]\nname = "x"\nintent = "question"\nbody_regex = ["("]\n', "rule 'x': body_regex: bad regular expression"),
        ('[[rule]]\nname = "x"\nintent = "question"\nphrase = ["a"]\n[[rule]]\nname = "x"\nintent = "other"\nphrase = ["b"]\n',
         "rule 'x': duplicate rule name"),
        ('[[rule]]\nname = "x"\nintent = "question"\n', "rule 'x': has no conditions"),
        ('[[rule]]\nintent = "question"\nphrase = ["a"]\n', "rule #1: has no name"),
        ('[[rule]]\nname = "x"\nintent = "question"\nany = [ { nope = 1 } ]\n', "rule 'x': any: unknown matcher 'nope'"),
        ('[[rule]]\nname = "x"\nintent = "question"\nany = "a"\n', "rule 'x': any must be a list"),
        ('[[rule]]\nname = "x"\nintent = "question"\nphrase = ["a"]\nauto_reply = "no"\n', "auto_reply must be true or false"),
        ('[[rule]]\nname = "x"\nintent = "question"\nphrase = ["a"]\nloose = "yes"\n', "loose must be true or false"),
        ("[[rule]\n", "not valid TOML"),
        ("[wat]\n", "unknown section wat"),
        ('[form_labels]\nshoe_size = ["Schuhgröße"]\n', "form_labels: unknown field 'shoe_size'"),
        ('[field_phrases]\nvegetarian = ["kein fleisch"]\n', "field_phrases: unknown kind 'vegetarian'"),
        ('[field_phrases]\nmember_no = ["..."]\n', "field_phrases: member_no: phrase '...' has no words"),
    ],
)
def test_errors_name_file_rule_and_reason(tmp_path, body, expected):
    folder = write(tmp_path, body)
    with pytest.raises(ConfigError) as error:
        load_rules(folder)
    message = str(error.value)
    assert message.startswith(str(folder / "intents.toml") + ": "), message
    assert expected in message


def test_duplicate_across_files(tmp_path):
    write(tmp_path, '[[rule]]\nname = "x"\nintent = "question"\nphrase = ["a"]\n', "a.toml")
    write(tmp_path, '[[rule]]\nname = "x"\nintent = "other"\nphrase = ["b"]\n', "b.toml")
    with pytest.raises(ConfigError, match=r"b\.toml: rule 'x': duplicate rule name \(first defined in .*a\.toml\)"):
        load_rules(tmp_path)


def test_missing_folder_and_empty_folder(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_rules(tmp_path / "nope")
    with pytest.raises(ConfigError, match="no rule files"):
        load_rules(tmp_path)


def test_first_rule_decides_and_every_hit_is_recorded(tmp_path):
    write(tmp_path, """
[[rule]]
name = "first"
intent = "question"
body_phrase = ["tagung"]

[[rule]]
name = "second"
intent = "cancellation"
body_phrase = ["tagung"]
""")
    verdict = classify(make("Zur Tagung"), load_rules(tmp_path), OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.QUESTION
    assert [hit.rule for hit in verdict.rule_hits] == ["first", "second"]
    assert "tagung" in verdict.rule_hits[0].reason


def test_any_and_none(tmp_path):
    write(tmp_path, """
[[rule]]
name = "cancel"
intent = "cancellation"
any = [ { subject_phrase = ["absage"] }, { body_phrase = ["sage ... ab"] } ]
none = [ { body_phrase = ["falls"] } ]
""")
    rules = load_rules(tmp_path)
    assert classify(make("Ich sage ab.", subject="x"), rules, OWN, OWN_DOMAIN).intent is Intent.CANCELLATION
    assert classify(make("Hallo", subject="Absage"), rules, OWN, OWN_DOMAIN).intent is Intent.CANCELLATION
    # none: the rule does not hit (the mail is the writer's own question, round 4)
    assert classify(make("Falls ich absage?"), rules, OWN, OWN_DOMAIN).intent is not Intent.CANCELLATION
    assert classify(make("Hallo"), rules, OWN, OWN_DOMAIN).intent is Intent.OTHER


def test_a_rule_can_send_its_mails_to_a_human(tmp_path):
    write(tmp_path, """
[[rule]]
name = "invoice-change"
intent = "registration"
auto_reply = false
body_phrase = ["rechnung ... aendern"]
""")
    verdict = classify(make("Bitte die Rechnung noch ändern"), load_rules(tmp_path), OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.REGISTRATION
    assert verdict.auto_reply is False
    assert "invoice-change" in verdict.suppressed_because


def test_staff_can_add_a_label(tmp_path):
    write(tmp_path, '[form_labels]\norganization = ["Arbeitsstelle"]\n', "fields.toml")
    write(tmp_path, '[[rule]]\nname = "x"\nintent = "question"\nalways = true\n')
    verdict = classify(make("Arbeitsstelle: Kreis Beispiel"), load_rules(tmp_path), OWN, OWN_DOMAIN)
    assert verdict.fields.organization == "Kreis Beispiel"


def test_staff_can_add_a_field_phrase(tmp_path):
    write(tmp_path, '[field_phrases]\nmember_yes = ["zahle ... mitgliedsbeitrag"]\n', "fields.toml")
    write(tmp_path, '[[rule]]\nname = "x"\nintent = "question"\nalways = true\n')
    mail = make("Ich zahle seit Jahren den Mitgliedsbeitrag.")
    assert classify(mail, load_rules(RULES_DIR), OWN, OWN_DOMAIN).fields.member is None
    assert classify(mail, load_rules(tmp_path), OWN, OWN_DOMAIN).fields.member is True
