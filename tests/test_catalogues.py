"""Every sentence staff read is in the catalogues: each text the code marks with ``_``,
``ngettext`` or ``N_`` has a German translation with the same ``{fields}``, and the
staff language switches the words."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from inbox_agent import i18n

PACKAGE = Path(__file__).resolve().parents[1] / "inbox_agent"
MARKERS = {"_": 1, "N_": 1, "ngettext": 2}


def _marked() -> list[tuple[str, str]]:
    """(where, text) for every marked literal text in the package."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "i18n.py":  # the functions themselves (render passes texts on)
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in MARKERS):
                continue
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            args = node.args[: MARKERS[node.func.id]]
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
            if not all(literal):
                # _(TABLE[key]) translates a text marked with N_() where the table is
                # written; N_() itself must be given the literal text.
                assert node.func.id != "N_", f"{where}: N_() needs a literal text"
                continue
            texts = [a.value for a in args]
            found.append((where, texts[0] if len(texts) == 1 else tuple(texts)))
    return found


def _fields(text: str | tuple[str, ...]) -> set[str]:
    texts = (text,) if isinstance(text, str) else text
    return {name for t in texts for _, name, _, _ in string.Formatter().parse(t) if name}


def test_every_marked_text_has_a_german_translation_with_the_same_fields():
    german = i18n.catalogue("de")
    missing, wrong = [], []
    for where, text in _marked():
        message = german.get(text)
        if message is None or not message.string:
            missing.append(f"{where}: {text!r}")
        else:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for translated in strings:
                if _fields(translated) != _fields(text):
                    wrong.append(f"{where}: {text!r} -> {translated!r}")
    assert missing == [], "no German translation:\n" + "\n".join(missing)
    assert wrong == [], "fields differ:\n" + "\n".join(wrong)


def test_the_staff_language_switches_the_words_and_formats():
    from datetime import date
    from decimal import Decimal

    with i18n.use_language("en"):
        assert i18n.day(date(2026, 11, 25)) == "25 Nov 2026"
        assert i18n.amount(Decimal("1250")) == "1,250.00"
    with i18n.use_language("de"):
        assert i18n.day(date(2026, 11, 25)) == "25.11.2026"
        assert i18n.amount(Decimal("1250")) == "1.250,00"
    assert i18n.current_language() == "de"


def test_an_unknown_staff_language_is_refused():
    with pytest.raises(ValueError, match="fr"):
        i18n.set_language("fr")


def test_a_text_in_several_catalogue_files_has_one_translation():
    from babel.messages.pofile import read_po

    seen: dict[str, tuple[str, object]] = {}
    clashes = []
    for path in sorted((i18n.LOCALE_DIR / "de").glob("*.po")):
        with path.open("rb") as handle:
            for message in read_po(handle, locale="de"):
                if not message.id:
                    continue
                key = message.id if isinstance(message.id, str) else message.id[0]
                if key in seen and seen[key][1] != message.string:
                    clashes.append(f"{key!r}: {seen[key][0]} {seen[key][1]!r} vs "
                                   f"{path.name} {message.string!r}")
                seen.setdefault(key, (path.name, message.string))
    assert clashes == []
