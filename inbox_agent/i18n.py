"""The words staff read, in their language: message catalogues (gettext ``.po`` files,
read with Babel) and the formats of dates, times and amounts.

Code writes its sentences in English and marks them: ``_("Needs your attention")``, with
named fields for what varies (``_("{n} mails").format(n=3)``), ``ngettext`` where a
number decides the form, ``N_`` for texts kept in tables and translated where they are
shown. The translations live in ``inbox_agent/locale/<language>/*.po`` (one file per
wing; every file of a language is read into one catalogue); English is the source and
needs no catalogue. ``tests/test_catalogues.py`` fails on a marked text without a German
translation, or one whose fields differ.

The staff language (``[office] language``) is a context variable, set once where a
command or the daemon starts (``use_language``); the default is German. Attendee mails
do not use it: they are rendered from ``templates/<language>/`` in the sender's language.
"""

from __future__ import annotations

import contextvars
import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

from babel.dates import format_date
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from inbox_agent.model import Reason

LANGUAGES = ("de", "en")
SOURCE_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_language: contextvars.ContextVar[str] = contextvars.ContextVar("staff_language", default="de")


def set_language(language: str) -> None:
    """Make ``language`` the staff language of this context (a command, the daemon)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown staff language {language!r} (known: {', '.join(LANGUAGES)})")
    _language.set(language)


def current_language() -> str:
    return _language.get()


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """The staff language for the ``with`` block, restored afterwards."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown staff language {language!r} (known: {', '.join(LANGUAGES)})")
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def catalogue(language: str) -> Catalog:
    """Every ``.po`` file of ``language`` read into one catalogue."""
    merged = Catalog(locale=language, domain="inbox_agent")
    for path in sorted((LOCALE_DIR / language).glob("*.po")):
        with path.open("rb") as handle:
            part = read_po(handle, locale=language)
        for message in part:
            if message.id and message.string and not message.fuzzy:
                merged[message.id] = message
    return merged


@cache
def translations(language: str) -> NullTranslations:
    if language == SOURCE_LANGUAGE:
        return NullTranslations()
    buffer = io.BytesIO()
    write_mo(buffer, catalogue(language))
    buffer.seek(0)
    return Translations(buffer)


def _(message: str) -> str:
    """``message`` in the staff language (the English text when no translation exists)."""
    return translations(_language.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` that fits ``n``, in the staff language."""
    return translations(_language.get()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Marks ``message`` for the catalogue without translating it yet (tables)."""
    return message


def render(reason: "Reason | dict | str | None") -> str:
    """A stored or fresh ``Reason`` in the staff language; a plain string (a record
    written before reasons were kept as catalogue texts) as it is; None as ""."""
    if reason is None:
        return ""
    if isinstance(reason, str):
        return reason
    if isinstance(reason, dict):
        reason = Reason.from_dict(reason)
    values = {k: render(v) if isinstance(v, Reason) else v for k, v in reason.values}
    return _(reason.text).format(**values)


# -- formats ----------------------------------------------------------------------

_DAY = {"de": "dd.MM.yyyy", "en": "d MMM yyyy"}
_DAY_MONTH = {"de": "dd.MM.", "en": "d MMM"}


def day(value: date) -> str:
    """25.11.2026 / 25 Nov 2026."""
    return format_date(value, _DAY[_language.get()], locale=_language.get())


def day_month(value: date) -> str:
    """25.11. / 25 Nov."""
    return format_date(value, _DAY_MONTH[_language.get()], locale=_language.get())


def day_time(value: datetime) -> str:
    """25.11.2026 19:03 / 25 Nov 2026 19:03 (the value's own time zone)."""
    return f"{day(value)} {value:%H:%M}"


def amount(value: Decimal | int | float) -> str:
    """300,00 / 300.00: two decimals, thousands grouped the way the language writes them."""
    return format_decimal(Decimal(str(value)), "#,##0.00", locale=_language.get())
