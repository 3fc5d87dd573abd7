"""The command line starts without the libraries only some commands need (BENCHMARKS.md:
every command paid ~0.4 s to import the invoice renderers, and before that ~0.6 s more
for openpyxl, pypdf and icalendar, until they were imported on first use). ``run``
imports the renderers first thing itself (memory, BENCHMARKS.md round 8); ``poll --once``
leaves them to a burst's worker (round 10). oauthlib (a sign-in), mt940 (a statement) and
ftfy (the first text that is not ASCII) wait for their first use too (round 11), and
factur-x for reading an invoice back (round 19)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("fpdf", "facturx", "drafthorse", "pypdf", "openpyxl", "icalendar", "fontTools",
         "oauthlib", "mt940", "ftfy")


def _loaded_after(code: str) -> set[str]:
    probe = (f"{code}\nimport sys\n"
             f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    return set(out.split())


def test_the_command_line_imports_no_renderer_or_spreadsheet():
    assert _loaded_after("import inbox_agent.cli.main") == set()


def test_rendering_an_invoice_imports_its_renderers_on_first_use():
    loaded = _loaded_after("from inbox_agent.invoices import files\nfiles.load_renderers()")
    assert {"fpdf", "drafthorse"} <= loaded
    # factur-x (with requests and pypdf) only to read a PDF back or to make the XMP
    # packet no process has kept yet (round 19): not to render with a kept one.
    assert "facturx" not in loaded and "pypdf" not in loaded


def test_reading_mail_imports_ftfy_on_its_first_text_that_is_not_ascii():
    base = "from inbox_agent.mail import charset\n"
    assert _loaded_after(base + "charset.repair('plain ascii')") == set()
    assert "ftfy" in _loaded_after(base + "assert charset.repair('K\u00c3\u00b6ln') == 'K\u00f6ln'")




def _collecting(code: str) -> list[str]:
    """What ``code`` prints, after it the count of the collector's passes while it ran,
    whether the collector is on, and whether it still collects cycles."""
    probe = ("import gc, sys\n"
             "passes = []\n"
             "gc.callbacks.append(lambda phase, info: passes.append(1) if phase == 'start' else None)\n"
             f"{code}\n"
             "print(len(passes), gc.isenabled())\n"
             "garbage = [[] for _ in range(1000)]\n"
             "for each in garbage:\n"
             "    each.append(each)\n"
             "del garbage, each\n"
             "print(gc.collect() >= 1000)\n")
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True).stdout.split()


def test_the_command_imports_its_modules_without_collecting_and_then_collects_again():
    """Round 15: the collector is held off while ``inbox-agent`` imports its commands (it
    made ~130 passes over what lives as long as the process), and is on again after."""
    out = _collecting("sys.argv = ['inbox-agent', '--version']\n"
                      "from inbox_agent.cli import run\n"
                      "try:\n"
                      "    run()\n"
                      "except SystemExit:\n"
                      "    pass")
    assert out[:2] == ["inbox-agent,", "version"]
    passes, enabled, collected = out[-3:]
    assert int(passes) <= 2, passes
    assert enabled == "True" and collected == "True"


def test_the_invoice_renderers_are_imported_without_collecting_and_then_it_collects():
    out = _collecting("import inbox_agent.cli.main\n"
                      "gc.collect()\n"
                      "passes.clear()\n"
                      "from inbox_agent.invoices import files\n"
                      "files.load_renderers()\n"
                      "print('fpdf' in sys.modules)")
    assert out[0] == "True"
    assert int(out[1]) <= 2, out  # imported plainly: ~125 passes
    assert out[2:] == ["True", "True"]
