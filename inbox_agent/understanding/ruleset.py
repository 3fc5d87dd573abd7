"""Reading and validating ``rules/*.toml``; evaluating rules on one mail.

A rule file holds ``[[rule]]`` tables (see the comments in ``rules/intents.toml``) and
may hold a ``[form_labels]`` table (see ``rules/fields.toml``). Files are read in name
order; rules keep the order they are written in, and the first rule that hits decides
the intent (every hit is recorded all the same).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from inbox_agent.errors import ConfigError
from inbox_agent.i18n import N_
from inbox_agent.model import Intent, Reason, ReasonText, RuleHit, reason_of
from inbox_agent.understanding.context import MailContext
from inbox_agent.understanding.matchers import MATCHERS, Matcher
from inbox_agent.understanding.matchers_words import AsksQuestion
from inbox_agent.understanding.text import phrase_pattern
from inbox_agent.understanding.vocabulary import (
    DEFAULT_CONFIG,
    DEFAULT_LABELS,
    DEFAULT_PHRASES,
    FieldConfig,
    build_config,
)

_RULE_KEYS = {"name", "description", "intent", "any", "none", "auto_reply", "loose"}
FIELD_KEYS = tuple(DEFAULT_LABELS)

Group = tuple[Matcher, ...]  # matchers that must all hit


@dataclass(frozen=True)
class Rule:
    """A named rule: ``all`` must hit, one of ``any`` (if given), none of ``none``."""

    name: str
    intent: Intent
    all: Group = ()
    any: tuple[Group, ...] = ()
    none: tuple[Group, ...] = ()
    description: str = ""
    auto_reply: bool | None = None  # False: never answer automatically on this rule
    source: str = ""
    loose: bool = False  # a word of registering alone: beside a question, a clause must ask

    def check(self, ctx: MailContext) -> str | None:
        """Why this rule hits ``ctx`` (the matchers' reasons), or None."""
        reasons = _group(self.all, ctx)
        if reasons is None:
            return None
        if self.any:
            for group in self.any:
                found = _group(group, ctx)
                if found is not None:
                    reasons.extend(found)
                    break
            else:
                return None
        for group in self.none:
            if _group(group, ctx) is not None:
                return None
        return _joined(reasons)


def _joined(reasons: list[str]) -> str:
    """ "a; b" as before, keeping the parts' catalogue texts for the digest."""
    if len(reasons) < 2:
        return reasons[0] if reasons else ""
    joined = reason_of(reasons[-1])
    for reason in reversed(reasons[:-1]):
        joined = Reason.of(N_("{first}; {rest}"), first=reason_of(reason), rest=joined)
    return ReasonText(joined)


def _group(group: Group, ctx: MailContext) -> list[str] | None:
    reasons = []
    for matcher in group:
        reason = matcher.check(ctx)
        if reason is None:
            return None
        reasons.append(reason)
    return reasons


@dataclass(frozen=True)
class RuleSet:
    """Every rule in order, plus the form labels the fields step recognises."""

    rules: tuple[Rule, ...] = ()
    form_labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    # Built-in labels and phrases plus rules/fields.toml, compiled once at load.
    field_config: FieldConfig = DEFAULT_CONFIG
    field_phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def with_fees(self, member: float | Decimal, non_member: float | Decimal) -> RuleSet:
        """The same rules comparing a quoted fee with the configured fees (``[fees]``)
        instead of the defaults: "300 €" says "not a member" only if 300 is that fee."""
        fees = (Decimal(str(member)), Decimal(str(non_member)))
        return replace(self, field_config=replace(self.field_config, fees=fees))

    @cached_property
    def polite(self) -> tuple[re.Pattern[str], ...]:
        """The ``except_phrases`` of every ``asks_question`` matcher, in rule order
        (``questions.polite_patterns``): gathered once per rule set, not for each call
        (a few a mail)."""
        return tuple(matcher.pattern for rule in self.rules for group in (rule.all, *rule.any)
                     for matcher in group if isinstance(matcher, AsksQuestion) and matcher.pattern is not None)

    def evaluate(self, ctx: MailContext) -> list[tuple[Rule, RuleHit]]:
        hits = []
        for rule in self.rules:
            reason = rule.check(ctx)
            if reason is not None:
                hits.append((rule, RuleHit(rule.name, reason)))
        return hits


def load_rules(folder: Path) -> RuleSet:
    """Read and validate every ``*.toml`` in ``folder`` (in name order).

    Raises ``ConfigError`` naming the file, the rule and the reason for an unreadable
    file, an unknown matcher or key, a bad pattern, an unknown intent or a duplicate
    rule name.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ConfigError(f"{folder}: the rules folder does not exist")
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise ConfigError(f"{folder}: no rule files (*.toml) in the rules folder")
    rules: list[Rule] = []
    labels: dict[str, tuple[str, ...]] = {}
    phrases: dict[str, tuple[str, ...]] = {}
    seen: dict[str, str] = {}
    for path in paths:
        where = str(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{where}: cannot read: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{where}: not valid TOML: {exc}") from exc
        # [staff_commands] is the office's vocabulary (office/commands.py), not a rule.
        unknown = data.keys() - {"rule", "form_labels", "field_phrases", "staff_commands"}
        if unknown:
            raise ConfigError(f"{where}: unknown section {', '.join(sorted(unknown))} "
                              "(expected [[rule]], [form_labels] or [field_phrases])")
        entries = data.get("rule", [])
        if not isinstance(entries, list):
            raise ConfigError(f"{where}: 'rule' must be written as [[rule]] tables")
        for position, entry in enumerate(entries, 1):
            rule = _rule(entry, where, position)
            if rule.name in seen:
                raise ConfigError(f"{where}: rule {rule.name!r}: duplicate rule name "
                                  f"(first defined in {seen[rule.name]})")
            seen[rule.name] = where
            rules.append(rule)
        for key, value in _labels(data.get("form_labels", {}), where).items():
            labels[key] = labels.get(key, ()) + value
        for key, value in _phrases(data.get("field_phrases", {}), where).items():
            phrases[key] = phrases.get(key, ()) + value
    try:
        config = build_config(labels, phrases)
    except ValueError as exc:
        raise ConfigError(f"{folder}: field_phrases: {exc}") from None
    return RuleSet(tuple(rules), labels, tuple(str(p) for p in paths), config, phrases)


def _rule(entry: Any, where: str, position: int) -> Rule:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: rule #{position}: must be a table")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: rule #{position}: has no name")
    prefix = f"{where}: rule {name!r}"
    intent_name = entry.get("intent")
    try:
        intent = Intent(intent_name)
    except ValueError:
        known = ", ".join(i.value for i in Intent)
        raise ConfigError(f"{prefix}: unknown intent {intent_name!r} (known: {known})") from None
    description = entry.get("description", "")
    if not isinstance(description, str):
        raise ConfigError(f"{prefix}: description must be text")
    auto_reply = entry.get("auto_reply")
    if auto_reply is not None and not isinstance(auto_reply, bool):
        raise ConfigError(f"{prefix}: auto_reply must be true or false")
    loose = entry.get("loose", False)
    if not isinstance(loose, bool):
        raise ConfigError(f"{prefix}: loose must be true or false")
    conditions = {k: v for k, v in entry.items() if k not in _RULE_KEYS}
    all_group = _build_group(conditions, prefix)
    any_groups = _groups(entry.get("any"), prefix, "any")
    none_groups = _groups(entry.get("none"), prefix, "none")
    if not all_group and not any_groups:
        raise ConfigError(f"{prefix}: has no conditions (add a matcher such as body_phrase)")
    return Rule(name.strip(), intent, all_group, any_groups, none_groups,
                description, auto_reply, where, loose)


def _groups(value: Any, prefix: str, key: str) -> tuple[Group, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) and v for v in value):
        raise ConfigError(f"{prefix}: {key} must be a list of tables like {{ body_phrase = [...] }}")
    return tuple(_build_group(item, f"{prefix}: {key}") for item in value)


def _build_group(conditions: dict[str, Any], prefix: str) -> Group:
    group = []
    for key, arg in conditions.items():
        cls = MATCHERS.get(key)
        if cls is None:
            raise ConfigError(f"{prefix}: unknown matcher {key!r} (known: {', '.join(sorted(MATCHERS))})")
        try:
            group.append(cls(arg))
        except ValueError as exc:
            raise ConfigError(f"{prefix}: {key}: {exc}") from None
    return tuple(group)


def _labels(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: [form_labels] must be a table")
    out = {}
    for key, labels in value.items():
        if key not in FIELD_KEYS:
            raise ConfigError(f"{where}: form_labels: unknown field {key!r} (known: {', '.join(FIELD_KEYS)})")
        if isinstance(labels, str):
            labels = [labels]
        if not isinstance(labels, list) or not all(isinstance(x, str) and x.strip() for x in labels):
            raise ConfigError(f"{where}: form_labels: {key} must be a list of texts")
        out[key] = tuple(x.strip() for x in labels)
    return out


def _phrases(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: [field_phrases] must be a table")
    out = {}
    for key, items in value.items():
        if key not in DEFAULT_PHRASES:
            raise ConfigError(f"{where}: field_phrases: unknown kind {key!r} "
                              f"(known: {', '.join(sorted(DEFAULT_PHRASES))})")
        if isinstance(items, str):
            items = [items]
        if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
            raise ConfigError(f"{where}: field_phrases: {key} must be a list of texts")
        for item in items:
            try:
                phrase_pattern(item)
            except ValueError as exc:
                raise ConfigError(f"{where}: field_phrases: {key}: {exc}") from None
        out[key] = tuple(x.strip() for x in items)
    return out
