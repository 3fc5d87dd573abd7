"""Mail texts from ``templates/<language>/<kind>.txt.j2`` and ``.html.j2``. The only
module that imports Jinja2.

Each text template starts with ``{% set subject = "..." %}``; the subject is read from
the rendered template module. Templates run in Jinja2's sandbox (a template edited by
staff cannot reach into Python), undefined variables are errors (a typo shows up in
``inbox-agent check``, not as an empty gap in a mail to an attendee), and the HTML
templates escape every value automatically.

A template is compiled once and kept as Python bytecode in ``<cache>/templates-<tag>``
(``bootstrap`` passes the folder ``cache`` beside the store): a new process (``poll --once`` from
cron, the digest) loads it instead of compiling the templates again (~0.15 s of the first
mails a command composes, BENCHMARKS.md round 12). Jinja2 keys each file by the
template's name and the checksum of its source, so an edited template is compiled
afresh; the tag holds what else shapes the code (Jinja2's version, the environment's
settings). A cache that cannot be read or written is no cache, never an error.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from inbox_agent.errors import ConfigError
from inbox_agent.places import private_folder

FALLBACK_LANGUAGE = "de"
# How often (seconds) a template's file is looked at for an edit: Jinja2 would look at
# every template and every partial it includes at each render (a stat call each).
RECHECK_SECONDS = 2.0
# What the compiled code depends on besides the sources (the cache folder's tag).
_SETTINGS = ("sandboxed", "strict-undefined", "trim-blocks", "lstrip-blocks",
             "keep-trailing-newline", "autoescape .html", "filters date_de date_en money")

log = logging.getLogger(__name__)


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


class _Loader(jinja2.FileSystemLoader):
    """Jinja2's loader, but a template's file looked at for an edit at most every
    ``RECHECK_SECONDS`` (an edit shows in the mails composed after that)."""

    def get_source(self, environment: jinja2.Environment, template: str) -> Any:
        source, filename, uptodate = super().get_source(environment, template)
        checked = [time.monotonic(), True]

        def throttled() -> bool:
            now = time.monotonic()
            if checked[1] and now - checked[0] >= RECHECK_SECONDS:
                checked[:] = [now, bool(uptodate())]
            return checked[1]

        return source, filename, throttled


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates in a folder of their own (made private to this user); a file
    that cannot be read (cut short, of another version) is compiled again, one that
    cannot be written is left out."""

    def load_bytecode(self, bucket: Any) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - pickle and marshal fail in many ways
            bucket.reset()

    def dump_bytecode(self, bucket: Any) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError as exc:
            log.debug("a compiled template was not kept (%s)", exc)


def _cache(folder: Path | None) -> _BytecodeCache | None:
    """The bytecode cache in ``folder/templates-<tag>``, or None where that folder
    cannot be made or is not this user's own (another user could put code there)."""
    if folder is None:
        return None
    tag = hashlib.sha256(repr((jinja2.__version__, _SETTINGS)).encode()).hexdigest()[:12]
    path = private_folder(Path(folder) / f"templates-{tag}",
                          "templates are compiled afresh at each start")
    return _BytecodeCache(str(path), "%s.cache") if path is not None else None


class Templates:
    def __init__(self, folder: Path, cache: Path | None = None) -> None:
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise ConfigError(f"[replies] templates: the folder {self.folder} does not exist")
        self._root = str(self.folder)  # joined as strings: two checks a mail, no Path objects
        self._env = SandboxedEnvironment(
            loader=_Loader(str(self.folder)),
            bytecode_cache=_cache(cache),
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
