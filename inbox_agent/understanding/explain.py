"""``inbox-agent classify FILE.eml ... [--json]``: why a mail is handled as it is.

Reads nothing but the given files and the rules; sends nothing, stores nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from inbox_agent.errors import InboxAgentError
from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Verdict
from inbox_agent.understanding.classify import RuleSet, classify

JSON_FIELDS = ("name", "email", "organization", "member", "persons", "invoice_address")


def classify_files(paths: Iterable[str | Path], rules: RuleSet, own_addresses: Iterable[str],
                   own_domain: str, as_json: bool) -> Iterator[str]:
    """One JSON line (``as_json``) or one readable block of lines per file.

    A file that cannot be read or parsed gives an error entry
    (``{"file": ..., "error": ...}``) and the next file is still classified.
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
        yield as_json_line(name, verdict) if as_json else explanation(name, mail.subject, verdict)


def as_json_line(name: str, verdict: Verdict) -> str:
    fields = {key: _plain(getattr(verdict.fields, key)) for key in JSON_FIELDS}
    return json.dumps({
        "file": name,
        "intent": verdict.intent.value,
        "auto_reply": verdict.auto_reply,
        "fields": fields,
        "rules": [hit.rule for hit in verdict.rule_hits],
    }, ensure_ascii=False)


def _plain(value):
    return value if value not in ("", ()) else None


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
                "invoice_address", "payment_agreement"):
        value = getattr(verdict.fields, key)
        if value in (None, "", ()):
            continue
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, tuple):
            value = "; ".join(value)
        elif isinstance(value, str):
            value = value.replace("\n", ", ")
        shown.append(f"    {key.replace('_', ' ')}: {value}")
    lines.append("  fields:" + ("" if shown else "     (none found)"))
    lines += shown
    if verdict.missing:
        lines.append(f"  missing:    {', '.join(m.replace('_', ' ') for m in verdict.missing)}")
    lines.append("  rules that hit (the first rule decides, machine signals win):"
                 if verdict.rule_hits else "  rules that hit: none")
    lines += [f"    - {hit.rule}: {hit.reason}" for hit in verdict.rule_hits]
    return "\n".join(lines) + "\n"
