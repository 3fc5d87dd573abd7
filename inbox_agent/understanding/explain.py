"""``inbox-agent classify FILE.eml ... [--json]``: why a mail is handled as it is.

Reads nothing but the given files and the rules; sends nothing, stores nothing.

``--json`` (``full=True``, issue 13) prints one object per file with the keys
``file, intent, auto_reply, needs_human, questions, event, fields, missing,
rule_hits``: ``intent`` is the action, ``questions`` the questions that ride along
(quoted), ``needs_human`` whether a person must read the mail, ``event`` which event
the mail is about (its id; null when staff must say which), ``fields`` every field of ``Fields``
(null where the mail does not say), ``missing`` what a binding registration lacks,
``rule_hits`` the names of the rules that hit. ``full=False`` keeps the first,
shorter form (``file, intent, auto_reply, fields, rules``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from inbox_agent.errors import InboxAgentError
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Fields, Mail, Verdict
from inbox_agent.understanding.classify import RuleSet, classify

JSON_FIELDS = ("name", "email", "organization", "member", "persons", "invoice_address")


def classify_files(paths: Iterable[str | Path], rules: RuleSet, own_addresses: Iterable[str],
                   own_domain: str, as_json: bool, full: bool = False,
                   event_of: Callable[[Mail, Verdict], str | None] | None = None) -> Iterator[str]:
    """One JSON line (``as_json``) or one readable block of lines per file.

    A file that cannot be read or parsed gives an error entry
    (``{"file": ..., "error": ...}``) and the next file is still classified.
    ``event_of`` says which event a mail belongs to (the full JSON's ``"event"``).
    """
    own = frozenset(a.lower() for a in own_addresses)
    for path in paths:
        name = str(path)
        try:
            mail = parse_bytes(Path(path).read_bytes())
        except (OSError, InboxAgentError) as exc:
            yield (json.dumps({"file": name, "error": str(exc)}, ensure_ascii=False) if as_json
                   else f"{name}: cannot classify: {exc}\n")
            continue
        verdict = classify(mail, rules, own_addresses=own, own_domain=own_domain)
        if as_json:
            event = event_of(mail, verdict) if event_of is not None else None
            yield as_json_line(name, verdict, event) if full else short_json_line(name, verdict)
        else:
            yield explanation(name, mail.subject, verdict)


def as_json_line(name: str, verdict: Verdict, event: str | None = None) -> str:
    """The full JSON line (see the module docstring); ``event``: the event's id, or None
    when staff must say which (or nobody asked)."""
    return json.dumps({
        "file": name,
        "intent": verdict.intent.value,
        "auto_reply": verdict.auto_reply,
        "needs_human": verdict.needs_human,
        "questions": list(verdict.questions),
        "event": event,
        "fields": fields_json(verdict.fields),
        "missing": list(verdict.missing),
        "rule_hits": [hit.rule for hit in verdict.rule_hits],
        "unreadable_form": verdict.unreadable_form,
    }, ensure_ascii=False)


def fields_json(fields: Fields) -> dict[str, object]:
    """Every field as JSON: tuples as lists, amounts as strings, empty as null."""
    return {k: _plain(v) for k, v in fields.to_dict().items()}


def short_json_line(name: str, verdict: Verdict) -> str:
    """The first, shorter JSON line (``file, intent, auto_reply, fields, rules``)."""
    fields = {key: _plain(getattr(verdict.fields, key)) for key in JSON_FIELDS}
    return json.dumps({
        "file": name,
        "intent": verdict.intent.value,
        "auto_reply": verdict.auto_reply,
        "fields": fields,
        "rules": [hit.rule for hit in verdict.rule_hits],
    }, ensure_ascii=False)


def _plain(value):
    return value if value not in ("", (), []) else None


def _word(value: object) -> str:
    return {True: "yes", False: "no", None: "?"}.get(value, str(value)) \
        if value is None or isinstance(value, bool) else str(value)


def explanation(name: str, subject: str, verdict: Verdict) -> str:
    """A few lines of plain English for staff."""
    lines = [f"{name}", f"  subject:    {subject or '(none)'}",
             f"  intent:     {verdict.intent.value}",
             f"  language:   {'English' if verdict.language == 'en' else 'German'}"]
    if verdict.auto_reply:
        lines.append("  answer:     the agent may answer automatically")
    else:
        lines.append(f"  answer:     no automatic answer: {verdict.suppressed_because}")
    if verdict.bounced_addresses:
        lines.append(f"  bounced:    {', '.join(verdict.bounced_addresses)}")
    shown = []
    for key in ("name", "title", "email", "organization", "member", "persons", "people",
                "people_members", "invoice_address", "payment_agreement", "fee_quoted", "guessed"):
        value = getattr(verdict.fields, key)
        if value in (None, "", ()):
            continue
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, tuple):
            value = "; ".join(_word(v) for v in value)
        elif isinstance(value, str):
            value = value.replace("\n", ", ")
        shown.append(f"    {key.replace('_', ' ')}: {value}")
    lines.append("  fields:" + ("" if shown else "     (none found)"))
    lines += shown
    if verdict.missing:
        lines.append(f"  missing:    {', '.join(m.replace('_', ' ') for m in verdict.missing)}")
    lines += [f"  question:   {q}" for q in verdict.questions]
    if verdict.needs_human:
        lines.append("  a person:   must read this mail")
    if verdict.unreadable_form:
        lines.append("  form:       a PDF is attached but yields no fields (staff read it)")
    lines.append("  rules that hit (the first rule decides, machine signals win):"
                 if verdict.rule_hits else "  rules that hit: none")
    lines += [f"    - {hit.rule}: {hit.reason}" for hit in verdict.rule_hits]
    return "\n".join(lines) + "\n"
