"""Compiled templates are kept beside the store: a new process loads them instead of
compiling again, an edited template is compiled afresh, a broken or foreign cache is
no cache, and the sandbox holds for code loaded from the cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inbox_agent.errors import ConfigError
from inbox_agent.outbox import templates as templates_module
from inbox_agent.outbox.templates import Templates

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = {"name": "Anna Berg"}


def _folder(tmp_path: Path, body: str = "Hallo {{ name }}!") -> Path:
    folder = tmp_path / "templates"
    (folder / "de").mkdir(parents=True)
    (folder / "de" / "note.txt.j2").write_text(
        '{% set subject = "Ihre Anmeldung" %}' + body + "\n", encoding="utf-8")
    return folder


def _counting(templates: Templates) -> list[str]:
    """The names of the templates the environment compiles from source from now on."""
    compiled: list[str] = []
    env = templates._env
    original = env.compile

    def compile_counted(source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return original(source, name, filename, raw, defer_init)

    env.compile = compile_counted
    return compiled


def test_a_second_start_loads_compiled_templates_instead_of_compiling(tmp_path):
    folder, cache = _folder(tmp_path), tmp_path / "var" / "cache"
    first = Templates(folder, cache)
    compiled_first = _counting(first)
    assert first.render("note", "de", CONTEXT).text == "Hallo Anna Berg!\n"
    assert compiled_first == ["de/note.txt.j2"]

    second = Templates(folder, cache)  # a new process: an empty environment
    compiled_second = _counting(second)
    rendered = second.render("note", "de", CONTEXT)
    assert (rendered.subject, rendered.text) == ("Ihre Anmeldung", "Hallo Anna Berg!\n")
    assert compiled_second == []
    [kept] = cache.iterdir()
    assert kept.name.startswith("templates-") and oct(kept.stat().st_mode & 0o777) == "0o700"


def test_the_real_templates_render_the_same_from_the_cache(tmp_path):
    """A template with partials and an HTML part (the staff reply): the same mail from
    compiled code as from source."""
    cache = tmp_path / "cache"
    values = {"office": {"address": "office@vsop.de", "name": "VSOP e.V."},
              "results": [{"done": True, "line": "bezahlt VSOP-2025-0001", "text": "Gut.",
                           "undo": ""}]}
    expected = Templates(ROOT / "templates").render("staff_reply", "de", values)
    assert "office@vsop.de" in expected.text and "bezahlt VSOP-2025-0001" in expected.text
    assert Templates(ROOT / "templates", cache).render("staff_reply", "de", values) == expected
    second = Templates(ROOT / "templates", cache)
    compiled = _counting(second)
    assert second.render("staff_reply", "de", values) == expected
    assert compiled == []


def test_an_edited_template_is_compiled_afresh(tmp_path):
    folder, cache = _folder(tmp_path), tmp_path / "cache"
    Templates(folder, cache).render("note", "de", CONTEXT)
    path = folder / "de" / "note.txt.j2"
    path.write_text('{% set subject = "Neu" %}Guten Tag {{ name }}.\n', encoding="utf-8")
    rendered = Templates(folder, cache).render("note", "de", CONTEXT)
    assert (rendered.subject, rendered.text) == ("Neu", "Guten Tag Anna Berg.\n")


def test_an_edit_shows_in_a_running_process_after_the_recheck(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    templates = Templates(folder, tmp_path / "cache")
    assert templates.render("note", "de", CONTEXT).text == "Hallo Anna Berg!\n"
    path = folder / "de" / "note.txt.j2"
    path.write_text('{% set subject = "Neu" %}Servus {{ name }}.\n', encoding="utf-8")
    stat = path.stat()
    os.utime(path, (stat.st_atime, stat.st_mtime + 5))  # a later mtime, whatever the clock
    assert templates.render("note", "de", CONTEXT).text == "Hallo Anna Berg!\n"  # not yet
    monkeypatch.setattr(templates_module, "RECHECK_SECONDS", 0.0)
    assert templates.render("note", "de", CONTEXT).text == "Servus Anna Berg.\n"


def test_a_broken_cache_file_is_compiled_again(tmp_path):
    folder, cache = _folder(tmp_path), tmp_path / "cache"
    Templates(folder, cache).render("note", "de", CONTEXT)
    [kept] = cache.iterdir()
    for item in kept.iterdir():
        item.write_bytes(item.read_bytes()[:40])  # cut short
    second = Templates(folder, cache)
    compiled = _counting(second)
    assert second.render("note", "de", CONTEXT).text == "Hallo Anna Berg!\n"
    assert compiled == ["de/note.txt.j2"]


def test_a_cache_that_cannot_be_written_is_no_cache(tmp_path):
    folder = _folder(tmp_path)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    assert Templates(folder, blocked).render("note", "de", CONTEXT).text == "Hallo Anna Berg!\n"
    cache = tmp_path / "cache"
    templates = Templates(folder, cache)
    [kept] = cache.iterdir()
    kept.rmdir()  # gone after the start (cleaned away): nothing can be written into it
    assert templates.render("note", "de", CONTEXT).text == "Hallo Anna Berg!\n"
    assert not kept.exists()


def test_a_folder_others_can_write_is_not_used(tmp_path, caplog):
    folder, cache = _folder(tmp_path), tmp_path / "cache"
    Templates(folder, cache)
    [kept] = cache.iterdir()
    kept.chmod(0o777)
    templates = Templates(folder, cache)
    compiled = _counting(templates)
    assert templates.render("note", "de", CONTEXT).text == "Hallo Anna Berg!\n"
    assert compiled == ["de/note.txt.j2"]
    assert list(kept.iterdir()) == []  # nothing written into it
    assert "not this user's own" in caplog.text


def test_the_sandbox_holds_for_templates_loaded_from_the_cache(tmp_path):
    folder = _folder(tmp_path, '{{ "".__class__.__mro__[1].__subclasses__() }}')
    cache = tmp_path / "cache"
    for _ in range(2):  # compiled, then loaded from the cache
        with pytest.raises(ConfigError, match="not allowed|undefined|has no attribute"):
            Templates(folder, cache).render("note", "de", CONTEXT)
    [kept] = cache.iterdir()
    assert list(kept.iterdir())  # the second one did come from the cache
