"""Installed as an office would install it: a wheel of this checkout in a fresh venv (not
editable), used from an empty folder far from the checkout.

The wheel is built once per session; the venv is made where the systemd unit expects
the program (``<root>/opt/inbox-agent``), so ``systemd-analyze verify --root=<root>``
checks the unit against the real installed binary. pip resolves the dependencies from
the same index ``scripts/setup`` used (build and install: about 5 s here)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UNIT = ROOT / "contrib" / "systemd" / "inbox-agent.service"
# What a wheel is built from (pyproject.toml's readme, the package, the data it links).
SOURCES = ("pyproject.toml", "README.md", "config.toml", "inbox_agent", "rules", "templates",
           "contrib")


def _run(*args: str | Path, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True,
                          timeout=timeout, **kwargs)


@pytest.fixture(scope="session")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh venv with this checkout installed from a wheel."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    source.mkdir()
    for name in SOURCES:  # a copy: the build writes build/ and *.egg-info beside it
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(path, source / name)
    started = time.monotonic()
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", base / "wheels",
                 source)
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next((base / "wheels").glob("inbox_agent-*.whl"))
    venv = base / "root" / "opt" / "inbox-agent"
    # The venv gets no pip of its own: this session's pip installs into it (--python),
    # which saves seconds, and skipping the byte-compiling saves more.
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv)
    assert made.returncode == 0, made.stderr
    pip = _run(sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install",
               "-q", "--no-compile", "--disable-pip-version-check", wheel)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    print(f"\nwheel built and installed into a fresh venv in "
          f"{time.monotonic() - started:.1f} s")
    return venv / "bin"


def _env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: no checkout on the path, no config named."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "INBOX_AGENT_CONFIG", "CREDENTIALS_DIRECTORY",
                        "JOURNAL_STREAM", "INBOX_AGENT_IMAP_PASSWORD",
                        "INBOX_AGENT_SMTP_PASSWORD", "VIRTUAL_ENV"}}
    return {**env, **extra}


def set_keys(path: Path, values: dict[tuple[str, str], str]) -> None:
    """Put TOML ``values`` into the config at ``path`` as a person would in an editor:
    on the line of each (section, key), a commented-out one too (``# password_file``)."""
    lines, section, todo = [], "", dict(values)
    for line in path.read_text(encoding="utf-8").splitlines():
        if header := re.match(r"\[([a-z_.]+)\]", line):
            section = header.group(1)
        key = re.match(r"#?\s*([a-z_]+)\s*=", line)
        if key and (section, key.group(1)) in todo:
            line = f"{key.group(1)} = {todo.pop((section, key.group(1)))}"
        lines.append(line)
    assert not todo, f"not in the config: {todo}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_install_is_the_wheel_not_the_checkout(installed, tmp_path):
    where = _run(installed / "python", "-c",
                 "import inbox_agent, inbox_agent.places as p; "
                 "print(inbox_agent.__file__); print(p.shipped('rules'))",
                 cwd=tmp_path, env=_env())
    assert where.returncode == 0, where.stderr
    package, rules = where.stdout.split()
    assert package.startswith(str(installed.parent)) and "site-packages" in package
    assert Path(rules, "intents.toml").is_file() and not Path(rules).is_symlink()


def test_init_then_check_passes_against_the_real_servers(installed, tmp_path, imap_account,
                                                          smtp_sink):
    agent = installed / "inbox-agent"
    made = _run(agent, "init", "office", cwd=tmp_path, env=_env())
    assert made.returncode == 0, made.stdout + made.stderr
    assert "Die nächsten Schritte:" in made.stdout and "adopt --dry-run" in made.stdout
    assert {p.name for p in (tmp_path / "office").iterdir()} == {"config.toml", "rules",
                                                                 "templates"}
    config = tmp_path / "office" / "config.toml"
    set_keys(config, {
        ("imap", "host"): f'"{imap_account.host}"', ("imap", "port"): str(imap_account.port),
        ("imap", "security"): '"none"', ("imap", "username"): f'"{imap_account.username}"',
        ("imap", "password_file"): '"imap-password"',
        ("smtp", "host"): '"127.0.0.1"', ("smtp", "port"): str(smtp_sink.port),
        ("smtp", "security"): '"none"', ("smtp", "username"): '""',
        ("invoices", "issuer_address"): '"Musterweg 1, 50667 Köln"',
        ("invoices", "tax_number"): '"214/5678/0123"',
    })
    # As systemd's LoadCredential= hands it over: a folder named in $CREDENTIALS_DIRECTORY.
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    (credentials / "imap-password").write_text(imap_account.password + "\n", encoding="utf-8")
    env = _env(CREDENTIALS_DIRECTORY=str(credentials))

    check = _run(agent, "--config", "office/config.toml", "check", cwd=tmp_path, env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"IMAP aus der Datei {credentials / 'imap-password'}" in check.stdout
    assert f"{tmp_path / 'office' / 'rules'} (eigene)" in check.stdout
    assert f"{tmp_path / 'office' / 'templates'} (eigene)" in check.stdout
    assert "ok     IMAP" in check.stdout and "ok     SMTP" in check.stdout
    assert imap_account.password not in check.stdout + check.stderr

    # Without their own rules and templates the shipped defaults are used, attachments too.
    shutil.rmtree(tmp_path / "office" / "rules")
    shutil.rmtree(tmp_path / "office" / "templates")
    again = _run(agent, "--config", "office/config.toml", "check", cwd=tmp_path, env=env)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "(mitgelieferte Standardregeln)" in again.stdout
    assert "(mitgelieferte Standardvorlagen)" in again.stdout
    assert "ok     Anhänge programme" in again.stdout
    assert str(installed.parent) in next(line for line in again.stdout.splitlines()
                                         if "Regeln:" in line)

    # The same config found through $INBOX_AGENT_CONFIG, and as ./config.toml.
    by_env = _run(agent, "status", cwd=tmp_path, env={**env, "INBOX_AGENT_CONFIG":
                                                       str(config)})
    assert by_env.returncode == 0 and "Daemon:" in by_env.stdout, by_env.stderr
    here = _run(agent, "status", cwd=tmp_path / "office", env=env)
    assert here.returncode == 0 and "Daemon:" in here.stdout, here.stderr


def test_without_a_config_the_error_names_every_place_and_init(installed, tmp_path):
    if Path("/etc/inbox-agent/config.toml").exists():
        pytest.skip("this machine has /etc/inbox-agent/config.toml: it would be found")
    lost = _run(installed / "inbox-agent", "status", cwd=tmp_path, env=_env())
    assert lost.returncode == 2
    for place in ("--config", "INBOX_AGENT_CONFIG", str(tmp_path / "config.toml"),
                  "/etc/inbox-agent/config.toml", "inbox-agent init"):
        assert place in lost.stderr, (place, lost.stderr)
    named = _run(installed / "inbox-agent", "status", cwd=tmp_path,
                 env=_env(INBOX_AGENT_CONFIG=str(tmp_path / "nowhere.toml")))
    assert named.returncode == 2 and "nowhere.toml" in named.stderr
    assert "inbox-agent init" in named.stderr


def test_init_never_overwrites_and_speaks_english_when_asked(installed, tmp_path):
    agent = installed / "inbox-agent"
    mine = tmp_path / "office" / "rules" / "intents.toml"
    mine.parent.mkdir(parents=True)
    mine.write_text("# my own rules\n", encoding="utf-8")
    refused = _run(agent, "init", "office", cwd=tmp_path, env=_env())
    assert refused.returncode == 1
    assert "Nichts geschrieben" in refused.stderr and "office/rules/intents.toml" in refused.stderr
    assert mine.read_text(encoding="utf-8") == "# my own rules\n"
    assert not (tmp_path / "office" / "config.toml").exists()

    english = _run(agent, "init", "en-office", "--language", "en",
                   "--store", "/var/lib/inbox-agent/inbox-agent.json", cwd=tmp_path, env=_env())
    assert english.returncode == 0, english.stderr
    assert "Next steps:" in english.stdout and "nächsten" not in english.stdout
    text = (tmp_path / "en-office" / "config.toml").read_text(encoding="utf-8")
    assert re.search(r'^language = "en" +#', text, re.M)
    assert re.search(r'^path = "/var/lib/inbox-agent/inbox-agent.json" +#', text, re.M)


def test_the_systemd_unit_verifies(installed, tmp_path):
    """``systemd-analyze verify`` on the unit as shipped, in a root that holds the
    installed program at the unit's ExecStart path and this machine's systemd units."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        if os.environ.get("INBOX_AGENT_CI"):
            pytest.fail("systemd-analyze is missing in CI: scripts/setup installs Debian's systemd")
        pytest.skip("systemd-analyze is not installed (Debian: apt-get install systemd)")
    root = installed.parent.parent.parent  # <root>/opt/inbox-agent/bin
    assert (root / "opt/inbox-agent/bin/inbox-agent").is_file()
    units = root / "etc" / "systemd" / "system"
    units.mkdir(parents=True, exist_ok=True)
    if not (root / "usr/lib/systemd/system").exists():
        shutil.copytree("/usr/lib/systemd/system", root / "usr/lib/systemd/system",
                        symlinks=True)
    shutil.copy(UNIT, units / UNIT.name)
    verified = _run(analyze, "verify", f"--root={root}", units / UNIT.name, timeout=60)
    # An unknown or misspelt key is only a warning (exit 0): any output fails the test.
    assert verified.returncode == 0 and not (verified.stdout + verified.stderr).strip(), \
        verified.stdout + verified.stderr

    # The test would see a mistake: a misspelt key and a missing program.
    broken = units / "broken.service"
    broken.write_text(UNIT.read_text(encoding="utf-8")
                      .replace("NoNewPrivileges=", "NoNewPrivilege=")
                      .replace("/opt/inbox-agent/bin/inbox-agent", "/opt/nowhere/inbox-agent"),
                      encoding="utf-8")
    caught = _run(analyze, "verify", f"--root={root}", broken, timeout=60)
    assert "NoNewPrivilege" in caught.stderr and "/opt/nowhere/inbox-agent" in caught.stderr


def test_the_unit_is_confined_and_gets_its_passwords_as_credentials():
    unit = UNIT.read_text(encoding="utf-8")
    settings = {line.split("=", 1)[0]: line.split("=", 1)[1]
                for line in unit.splitlines() if "=" in line and not line.startswith("#")}
    assert settings["User"] == "inbox-agent"
    assert settings["ExecStart"] == ("/opt/inbox-agent/bin/inbox-agent "
                                     "--config /etc/inbox-agent/config.toml run")
    for key, value in (("ProtectSystem", "strict"), ("ReadWritePaths", "/var/lib/inbox-agent"),
                       ("StateDirectory", "inbox-agent"), ("NoNewPrivileges", "yes"),
                       ("PrivateTmp", "yes"), ("Restart", "on-failure")):
        assert settings[key] == value, key
    assert "LoadCredential=imap-password:/etc/inbox-agent/imap-password" in unit
    assert "#EnvironmentFile=" in unit
