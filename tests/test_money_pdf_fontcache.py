"""Issue 17: the invoice font's cut is kept beside the store (``invoices.fontfiles``), so
a later process, and each burst's worker of ``poll --once``, takes it instead of cutting
the font again; without a cache a cut's temporary folder goes when the process that
made it ends, a burst's worker too (which ends without ``atexit``'s handlers: before,
each such worker left a folder in /tmp)."""

from __future__ import annotations

import multiprocessing
import stat
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest

from invoice_support import issued_for, office_config

from inbox_agent.invoices import files, pdf, zugferd



@pytest.fixture()
def config():
    return office_config()


@pytest.fixture()
def invoice(config, tmp_path):
    return issued_for(
        config, tmp_path, email="jana.kowalczyk@stadt-beispiel.de", name="Jana Kowalczyk",
        member=False, persons=1, invoice_address="Stadt Beispiel\nRathausplatz 1\n12345 Beispiel",
        fee=Decimal("300"))


@pytest.fixture()
def fresh(monkeypatch):
    """A process that has cut nothing yet."""
    for name in ("_FILES", "_SMALL", "_SHARED", "_FONT_OBJECTS", "_GLYPHS"):
        monkeypatch.setattr(pdf, name, {})
    monkeypatch.setattr(pdf, "_FIXED_FILES", set())
    monkeypatch.setattr(files, "_CACHE", [None])
    monkeypatch.setattr(files, "_APART", [])
    zugferd._xmp_template.cache_clear()


def _no_cutting(*_args):
    raise AssertionError("the font was cut again")


def test_a_kept_cut_is_taken_by_a_later_process_without_cutting(config, invoice, tmp_path,
                                                                 fresh, monkeypatch):
    cache = tmp_path / "cache"
    before = files.render(invoice, config).pdf  # no cache: cut in this process
    files.use_cache(cache)
    monkeypatch.setattr(pdf, "_FILES", {})
    monkeypatch.setattr(pdf, "_SMALL", {})
    assert files.render(invoice, config).pdf == before  # cut again, and kept
    (folder,) = cache.glob("fonts-*")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert len(list(folder.glob("*.ttf"))) == 1 == len(list(folder.glob("*.chars")))
    assert not list(folder.glob("*.tmp"))

    for name in ("_FILES", "_SMALL", "_SHARED", "_FONT_OBJECTS", "_GLYPHS"):
        monkeypatch.setattr(pdf, name, {})  # as a new process
    monkeypatch.setattr(pdf, "_cut", _no_cutting)
    assert files.render(invoice, config).pdf == before


def test_a_kept_cut_without_its_characters_is_cut_again(config, invoice, tmp_path, fresh,
                                                        monkeypatch):
    """A process stopped between writing the font and its characters (or a damaged
    file): the cut is made and kept again, the invoice the same."""
    cache = tmp_path / "cache"
    files.use_cache(cache)
    before = files.render(invoice, config).pdf
    (chars,) = cache.glob("fonts-*/*.chars")
    chars.write_text("not numbers")
    for name in ("_FILES", "_SMALL", "_SHARED", "_FONT_OBJECTS", "_GLYPHS"):
        monkeypatch.setattr(pdf, name, {})
    cuts = []
    real = pdf._cut
    monkeypatch.setattr(pdf, "_cut", lambda *a: cuts.append(a) or real(*a))
    assert files.render(invoice, config).pdf == before
    assert len(cuts) == 1 and chars.read_text().split()[0].isdigit()


def test_a_cache_folder_others_may_write_to_is_not_used(config, invoice, tmp_path, fresh,
                                                        monkeypatch, caplog):
    cache = tmp_path / "cache"
    files.use_cache(cache)
    before = files.render(invoice, config).pdf
    (folder,) = cache.glob("fonts-*")
    folder.chmod(0o777)
    for name in ("_FILES", "_SMALL", "_SHARED", "_FONT_OBJECTS", "_GLYPHS"):
        monkeypatch.setattr(pdf, name, {})
    with caplog.at_level("WARNING"):
        assert files.render(invoice, config).pdf == before
    assert any("not this user's own" in r.getMessage() and str(folder) in r.getMessage()
               for r in caplog.records)
    used = [path for path, _chars in pdf._FILES.values()]
    assert used and not any(folder in path.parents for path in used)


def _render_in_worker(invoice, config) -> list[str]:
    """What a burst's worker does: render an invoice; the folders of the cuts it made."""
    files.render(invoice, config)
    return [str(path.parent) for path, _chars in pdf._FILES.values()]


def test_a_burst_worker_without_a_cache_leaves_no_temporary_folder(config, invoice, fresh):
    context = multiprocessing.get_context("fork")  # as app.readlane starts its worker
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        made = pool.submit(_render_in_worker, invoice, config).result(timeout=60)
        assert made and all(Path(folder).is_dir() for folder in made)  # while it runs
    assert all(Path(folder).name.startswith("inbox-agent-font-") for folder in made)
    assert not any(Path(folder).exists() for folder in made)


def _render_apart_in_worker(invoice, config) -> tuple[bytes, int, bool]:
    """A burst's worker on a store without kept files: what it renders, the cuts it
    made itself (``_SMALL``) and whether it made the XMP packet itself."""
    files.prepare_apart(config)
    made_here = []
    real = zugferd._made_xmp
    zugferd._made_xmp = lambda: made_here.append(1) or real()
    page = files.render(invoice, config).pdf
    return page, len(pdf._SMALL), bool(made_here)


def test_a_burst_worker_takes_the_cut_and_the_xmp_made_in_a_child_the_same_bytes(
        config, invoice, tmp_path, fresh):
    """Round 19: making the cut and the XMP packet leaves ~14 MB in the process that made
    them (fontTools' subsetter, factur-x with requests); a burst's worker has a child make
    them into the cache and takes them from there, as every later process does."""
    before = files.render(invoice, config).pdf  # this process, no cache: made here
    for name in ("_FILES", "_SMALL", "_SHARED", "_FONT_OBJECTS", "_GLYPHS"):
        pdf.__dict__[name].clear()
    zugferd._xmp_template.cache_clear()
    cache = tmp_path / "cache"
    files.use_cache(cache)
    context = multiprocessing.get_context("fork")  # as app.readlane starts its worker
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        page, cut_here, xmp_here = pool.submit(_render_apart_in_worker, invoice,
                                               config).result(timeout=60)
    assert page == before
    assert cut_here == 0 and not xmp_here  # both were the child's
    assert len(list(cache.glob("fonts-*/*.ttf"))) == 1
    (kept,) = cache.glob("facturx-*/xmp-en16931.txt")
    assert "<x:xmpmeta" in kept.read_text("utf-8") and "@TITLE@" in kept.read_text("utf-8")
    # Kept: the next worker makes no child at all, and no files again.
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        assert pool.submit(_render_apart_in_worker, invoice, config).result(timeout=60) == (
            before, 0, False)


def test_without_a_cache_the_worker_makes_the_files_itself(config, invoice, fresh):
    context = multiprocessing.get_context("fork")
    before = files.render(invoice, config).pdf
    for name in ("_FILES", "_SMALL", "_SHARED", "_FONT_OBJECTS", "_GLYPHS"):
        pdf.__dict__[name].clear()
    zugferd._xmp_template.cache_clear()
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        page, cut_here, xmp_here = pool.submit(_render_apart_in_worker, invoice,
                                               config).result(timeout=60)
    assert page == before and cut_here == 1 and xmp_here
