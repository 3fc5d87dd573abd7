"""The shape of the code, as ARCHITECTURE.md promises it: imports run one way along the
wings, no import circle, one external library per adapter module, modules readable in
one sitting. Read from the source with ``ast``; nothing is imported."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "inbox_agent"

# Lower numbers are further down; a module may import its own wing and wings below it.
RANKS = {
    "base": 0,          # model, config, errors, clock, faults, i18n (and the package itself)
    "mail": 1, "store": 1,
    "understanding": 2,
    "registrations": 3,
    "outbox": 4,
    "invoices": 4.5,  # between outbox and services (issue 16)
    "services": 5,
    "invitations": 6,
    "office": 7,
    "app": 8,
    "cli": 9,
}
BASE = {"model", "config", "config_sections", "events_config", "errors", "clock", "faults", "i18n", "places", "startup"}

# The adapter module of each external library (click: every command module).
ADAPTERS = {
    "aiosmtplib": {"mail.smtp"}, "imapclient": {"mail.mailbox"},
    "mailparser": {"mail.parse"}, "mailparser_reply": {"mail.parse"}, "html2text": {"mail.parse"},
    "tinydb": {"store.db"}, "orjson": {"store.db"}, "filelock": {"store.db"},
    "jinja2": {"outbox.templates"}, "icalendar": {"outbox.calendar"},
    "pypdf": {"understanding.pdfform"}, "flufl": {"understanding.bounces"},
    "openpyxl": {"office.export"}, "pydantic": {"config", "config_sections", "events_config"}, "apscheduler": {"app.daemon"},
    "babel": {"i18n"}, "oauthlib": {"mail.oauth"}, "authres": {"mail.authresults"},
    "drafthorse": {"invoices.cii"}, "facturx": {"invoices.zugferd"}, "lxml": {"invoices.zugferd"}, "fpdf": {"invoices.pdf"}, "fontTools": {"invoices.pdf"},
    "mt940": {"invoices.mt940"}, "ftfy": {"mail.charset"},
}
MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 60


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path  # "" is the package itself
    return found


MODULES = _modules()


def _ours(dotted: str) -> str | None:
    """The module of ours that ``dotted`` (inbox_agent.x.y.Name) names, or None."""
    if dotted != "inbox_agent" and not dotted.startswith("inbox_agent."):
        return None
    inner = dotted[len("inbox_agent."):] if dotted != "inbox_agent" else ""
    while inner not in MODULES:
        inner = inner.rpartition(".")[0]
    return inner


def _imported(name: str, path: Path) -> tuple[set[str], set[str]]:
    """(modules of ours, top-level external packages) that ``name`` imports anywhere,
    inside functions and ``TYPE_CHECKING`` blocks too."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ["inbox_agent"] + (package.split(".") if package else [])
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets += [f"{module}.{a.name}" for a in node.names]
    ours: set[str] = set()
    external: set[str] = set()
    for target in targets:
        top = target.split(".")[0]
        mine = _ours(target)
        if mine is not None:
            if mine != name:
                ours.add(mine)
        elif top not in sys.stdlib_module_names and top != "__future__":
            external.add(top)
    return ours, external


GRAPH = {name: _imported(name, path) for name, path in MODULES.items()}


def _wing(name: str) -> str:
    head = name.split(".")[0]
    if head == "__main__":
        return "cli"
    return "base" if head in BASE or head == "" else head


def test_every_module_belongs_to_a_known_wing():
    assert {_wing(m) for m in MODULES} <= set(RANKS)


def test_no_import_circle():
    state: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(GRAPH[node][0]):
            if state.get(dep) == 1:
                circles.append(stack[stack.index(dep):] + [dep])
            elif dep in GRAPH and dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)
    assert circles == [], "import circles: " + "; ".join(" -> ".join(c) for c in circles)


def test_imports_run_one_way_from_the_command_line_down_to_the_model():
    wrong = []
    for module, (ours, _) in GRAPH.items():
        wing = _wing(module)
        for dep in ours:
            dep_wing = _wing(dep)
            if dep_wing != wing and RANKS[dep_wing] >= RANKS[wing]:
                wrong.append(f"{module or 'inbox_agent'} ({wing}) imports {dep} ({dep_wing})")
    assert wrong == []


def test_each_external_library_is_imported_in_its_one_adapter_module():
    wrong = []
    for module, (_, external) in GRAPH.items():
        for library in external:
            allowed = ADAPTERS.get(library)
            if library == "click" and _wing(module) == "cli":
                continue
            if allowed is None or module not in allowed:
                wrong.append(f"{module} imports {library}")
    assert wrong == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_reads_in_one_sitting(module):
    path = MODULES[module]
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.name}: {lines} lines"
    long = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                long.append(f"{node.name} ({length} lines)")
    assert long == [], f"{module}: " + ", ".join(long)


def test_the_installed_package_ships_no_test_servers():
    assert "devservers" not in {p.stem for p in PACKAGE.rglob("*.py")}
    assert "aiosmtpd" not in {lib for _, external in GRAPH.values() for lib in external}
