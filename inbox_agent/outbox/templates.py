"""Mail texts from ``templates/<language>/<kind>.txt.j2`` and ``.html.j2``. The only
module that imports Jinja2.

Each text template starts with ``{% set subject = "..." %}``; the subject is read from
the rendered template module. Templates run in Jinja2's sandbox (a template edited by
staff cannot reach into Python), undefined variables are errors (a typo shows up in
``inbox-agent check``, not as an empty gap in a mail to an attendee), and the HTML
templates escape every value automatically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from inbox_agent.errors import ConfigError

FALLBACK_LANGUAGE = "de"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    language: str


def _date_de(value: date | datetime | str) -> str:
    value = _as_date(value)
    return f"{value.day}.{value.month}.{value.year}"


def _date_en(value: date | datetime | str) -> str:
    value = _as_date(value)
    return f"{value.day} {value.strftime('%B')} {value.year}"


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    return value


def _money(value: float | int | str, currency: str = "EUR") -> str:
    amount = float(value)
    text = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if text.endswith(",00"):
        text = text[:-3]
    return f"{text} {currency}"


class Templates:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise ConfigError(f"[replies] templates: the folder {self.folder} does not exist")
        self._root = str(self.folder)  # joined as strings: two checks a mail, no Path objects
        self._env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(str(self.folder)),
            autoescape=lambda name: bool(name and ".html" in name),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self._env.filters["date_de"] = _date_de
        self._env.filters["date_en"] = _date_en
        self._env.filters["money"] = _money

    def languages(self, kind: str) -> list[str]:
        return sorted(
            p.name for p in self.folder.iterdir() if (p / f"{kind}.txt.j2").is_file()
        )

    def kinds(self) -> list[tuple[str, str]]:
        """Every (language, kind) that has a text template."""
        return sorted(
            (p.parent.name, p.name[: -len(".txt.j2")])
            for p in self.folder.glob("*/*.txt.j2")
        )

    def render(self, kind: str, language: str, context: Mapping[str, Any]) -> Rendered:
        """Render ``kind`` in ``language`` (German if that language has no such template)."""
        if not os.path.isfile(os.path.join(self._root, language, f"{kind}.txt.j2")):
            language = FALLBACK_LANGUAGE
        name = f"{language}/{kind}"
        try:
            text_template = self._env.get_template(f"{name}.txt.j2")
            module = text_template.make_module(dict(context))
            text = str(module)
            subject = getattr(module, "subject", None)
            html = ""
            if os.path.isfile(os.path.join(self._root, language, f"{kind}.html.j2")):
                html = self._env.get_template(f"{name}.html.j2").render(dict(context))
        except jinja2.TemplateNotFound as exc:
            raise ConfigError(f"template {exc.name} not found in {self.folder}") from None
        except jinja2.TemplateSyntaxError as exc:
            raise ConfigError(
                f"template {exc.filename or name}, line {exc.lineno}: {exc.message}"
            ) from None
        except jinja2.UndefinedError as exc:
            raise ConfigError(f"template {name}: {exc.message}") from None
        except jinja2.exceptions.SecurityError as exc:
            raise ConfigError(f"template {name} tried something not allowed: {exc}") from None
        if not subject:
            raise ConfigError(
                f"template {name}.txt.j2 must start with {{% set subject = \"...\" %}}"
            )
        return Rendered(
            subject=" ".join(str(subject).split()),
            text=text.strip() + "\n",
            html=html,
            language=language,
        )
