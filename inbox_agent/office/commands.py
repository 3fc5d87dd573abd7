"""The staff's commands by mail, as words: the vocabulary (``rules/commands.toml``,
German and English), a mail's text read line by line into ``Command`` values, and the
command lines the digest's links prefill (``line``). Pure: what a command does is
``staffactions``; who may give it is ``app.staffmail``.

A line is a command when it starts with one of a command's words (the longest that
fits); what follows are its arguments, and at the end perhaps the action token of a
digest link (``tokens.PREFIX``). A command line with arguments that do not fit is kept
as a ``Command`` with ``problem`` set (the staff member hears why); other lines are
ordinary text and ignored. The mail's quoted part and signature are never read
(``Mail.text`` holds neither).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from inbox_agent.errors import ConfigError
from inbox_agent.i18n import N_
from inbox_agent.model import Reason
from inbox_agent.office.tokens import PREFIX
from inbox_agent.places import shipped

FILE = "commands.toml"
ACTIONS = ("paid", "done", "waitlist", "admit", "confirm_match", "confirm_cancellation",
           "undo", "help")
_EMAIL = re.compile(r"^<?([^@\s<>]+@[^@\s<>]+\.[^@\s<>]+?)>?[.,;]?$")
_NUMBER = re.compile(r"^#?(\d{1,9})[.,;]?$")
_AMOUNT = re.compile(r"^(\d{1,7}(?:[.,]\d{1,2})?)(?:€|eur)?$", re.IGNORECASE)
MAX_LINES = 50  # a mail's first lines only: a command mail is short


@dataclass(frozen=True)
class Vocabulary:
    """Each action's words (lower case, longest first) and argument kinds."""

    words: tuple[tuple[str, str], ...]  # (words, action), longest words first
    args: dict[str, tuple[str, ...]]
    prefill: dict[tuple[str, str], str]  # (action, language) -> the words links write

    def first_word(self, action: str, language: str) -> str:
        """The words a prefilled line (and the help) uses in ``language``."""
        return self.prefill.get((action, language)) or self.prefill.get((action, "de"), action)


@dataclass(frozen=True)
class Command:
    """One command line of a mail."""

    action: str
    args: tuple[str, ...]
    token: str  # "" without one
    line: str  # as written (for the staff's answer and the digest)
    problem: Reason | None = None

    @property
    def item(self) -> str:
        """What the token is about: the arguments, as one string."""
        return " ".join(self.args).lower()


def load_vocabulary(folder: Path | None) -> Vocabulary:
    """The vocabulary in ``folder``/commands.toml, else the one shipped."""
    path = Path(folder) / FILE if folder is not None else None
    if path is None or not path.is_file():
        path = shipped("rules") / FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8")).get("staff_commands", {})
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the staff commands: {exc}") from None
    words, args, prefill = [], {}, {}
    for action, entry in data.items():
        if action not in ACTIONS:
            raise ConfigError(f"{path}: unknown command {action!r} (known: {', '.join(ACTIONS)})")
        args[action] = tuple(entry.get("args", ()))
        for language in ("de", "en"):
            if entry.get(language):
                prefill[(action, language)] = _norm(entry[language])
        given = (*entry.get("words", ()), entry.get("de", ""), entry.get("en", ""))
        words += [(w, action) for w in sorted({_norm(w) for w in given if w})]
    words.sort(key=lambda wa: -len(wa[0]))
    return Vocabulary(tuple(words), args, prefill)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def parse(text: str, vocabulary: Vocabulary) -> list[Command]:
    """The commands in ``text`` (a mail's own text), in order. A line a mail program
    wrapped without saying so (Outlook at 76 characters; ``format=flowed`` and an HTML
    mail's address links are already undone by ``mail.parse``) continues on the next
    line when that one holds only the token or the arguments still missing."""
    out: list[Command] = []
    lines = text.splitlines()[:MAX_LINES]
    joined = False
    for i, raw in enumerate(lines):
        if joined:
            joined = False
            continue
        cmd = _read(raw, vocabulary)
        if cmd is None:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if nxt and _continues(cmd, nxt, vocabulary):
            cmd, joined = _read(f"{raw.rstrip()} {nxt}", vocabulary), True
        out.append(cmd)
    return out


def _read(raw: str, vocabulary: Vocabulary) -> Command | None:
    """The command on one line, or None: the line is ordinary text."""
    line = _norm(raw.lstrip("-*• \t"))
    if not line or line.startswith(">"):
        return None
    for words, action in vocabulary.words:
        if line == words or line.startswith(words + " "):
            rest = line[len(words):].split()
            if rest and rest[-1].startswith(PREFIX):
                rest[-1] = raw.split()[-1]  # the token as written: it is case-sensitive
            return _command(action, rest, raw.strip(), vocabulary.args.get(action, ()))
    return None


def _continues(cmd: Command, nxt: str, vocabulary: Vocabulary) -> bool:
    """Whether ``nxt`` is the wrapped rest of ``cmd``'s line: only arguments and the
    token that ends them, or the arguments ``cmd`` lacks; never a command."""
    words = nxt.split()
    if cmd.token or _read(nxt, vocabulary) is not None:
        return False
    fits = all(w.startswith(PREFIX) or any(_arg(k, w) for k in ("email", "amount", "number"))
               for w in words)
    return fits and (cmd.problem is not None or words[-1].startswith(PREFIX))


def _command(action: str, rest: list[str], raw: str, kinds: tuple[str, ...]) -> Command:
    token = rest.pop() if rest and rest[-1].startswith(PREFIX) else ""
    args: list[str] = []
    for kind in kinds:
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        value = _arg(kind, rest[0]) if rest else None
        if value is None:
            if optional and not rest:
                continue
            return Command(action, tuple(args), token, raw, _problem(kind))
        args.append(value)
        rest.pop(0)
    if rest:
        return Command(action, tuple(args), token, raw,
                       Reason.of(N_("too much after the command: {rest}"), rest=" ".join(rest)))
    return Command(action, tuple(args), token, raw)


def _arg(kind: str, word: str) -> str | None:
    pattern = {"email": _EMAIL, "number": _NUMBER, "amount": _AMOUNT}[kind]
    found = pattern.match(word.strip())
    return found.group(1).replace(",", ".") if found else None


def _problem(kind: str) -> Reason:
    return Reason.of({"email": N_("an e-mail address is missing"),
                      "number": N_("a number is missing (e.g. 17)"),
                      "amount": N_("an amount is missing (e.g. 250 or 250,00)")}[kind])


def line(vocabulary: Vocabulary, action: str, args: tuple[str, ...], token: str,
         language: str) -> str:
    """The command line a digest link prefills: words, arguments, token."""
    return " ".join((vocabulary.first_word(action, language), *args, token)).strip()


__all__ = ["Vocabulary", "Command", "ACTIONS", "load_vocabulary", "parse", "line"]
