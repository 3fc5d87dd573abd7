"""The invitee list as a file: reading what Excel writes and planning the import.

``read_csv`` reads a CSV export (``;`` or ``,``, UTF-8 with or without BOM,
Windows-1252, UTF-16; German or English column names) and reports every invalid row
with its line number; ``plan_import`` turns the valid rows into store records (table
``invitees``, key = lower-case address) so that importing the same file twice changes
nothing, and never touches what happened since (answers, bounces, matches) nor the
opt-outs, which live in their own table (``optouts``). Pure: no I/O, no clock.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import getaddresses
from typing import Any

from inbox_agent.errors import InboxAgentError
from inbox_agent.i18n import N_, _, render
from inbox_agent.model import Reason
from inbox_agent.outbox.optouts import optout_key


class InviteeFileError(InboxAgentError, ValueError):
    """The invitee file cannot be used at all (unreadable, no e-mail column), or a
    command names an address that is not on a list.

    Raised with a ``Reason`` (kept as ``.reason``). Unlike most errors, ``str()`` is the
    sentence in the staff language at the moment it is raised: the commands show it to
    staff as it is (``invitees import``, ``simulate --invitees``).
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        if self.reason is not None:
            self.args = (render(self.reason), *self.args[1:])


def file_error(source: str, reason: Reason) -> InviteeFileError:
    """``reason`` about the file ``source`` (its name first, if known)."""
    return InviteeFileError(Reason.of(N_("{file}: {problem}"), file=source, problem=reason)
                            if source else reason)


# --- the list: reading a CSV file ------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One valid row of an invitee file."""

    line: int
    email: str
    name: str = ""
    title: str = ""
    organization: str = ""
    member: bool | None = None
    language: str = "de"


@dataclass(frozen=True)
class Problem:
    """A row that was skipped, and why (with what to do about it)."""

    line: int
    why: Reason

    @property
    def reason(self) -> str:
        """Why, in the staff language."""
        return render(self.why)

    def __str__(self) -> str:
        return _("line {line}: {reason}").format(line=self.line, reason=self.reason)


@dataclass(frozen=True)
class CsvResult:
    rows: tuple[Row, ...]
    problems: tuple[Problem, ...]
    encoding: str
    delimiter: str
    columns: tuple[str, ...]  # the columns recognised, as named in the file
    ignored_columns: tuple[str, ...] = ()


# Normalised header (lower case, umlauts spelled out, only letters and digits) -> field.
_HEADERS: dict[str, str] = {}
for _field, _names in {
    "email": ("email", "e-mail", "emailadresse", "e-mail-adresse", "mail", "mailadresse",
              "emailaddress", "e-mail address", "adresse e-mail", "mail address"),
    "name": ("name", "vollständiger name", "full name", "fullname", "teilnehmer", "teilnehmerin",
             "teilnehmer/in", "person", "kontakt", "ansprechpartner", "ansprechpartnerin",
             "ansprechperson", "contact", "participant"),
    "first": ("vorname", "first name", "firstname", "given name", "givenname", "forename"),
    "last": ("nachname", "familienname", "zuname", "last name", "lastname", "surname",
             "family name", "familyname"),
    "title": ("titel", "title", "akademischer titel", "akad. titel"),
    "organization": ("organisation", "organization", "institution", "dienststelle", "behörde",
                     "verwaltung", "kommune", "stadt/kreis", "arbeitgeber", "firma", "einrichtung",
                     "träger", "company", "employer", "affiliation", "organisation/dienststelle"),
    "member": ("mitglied", "member", "mitgliedschaft", "membership", "vsop-mitglied",
               "mitglied (ja/nein)", "member (yes/no)", "mitglied ja/nein", "ist mitglied"),
    "language": ("sprache", "language", "lang", "korrespondenzsprache"),
}.items():
    for _name in _names:
        _HEADERS[re.sub(r"[^a-z0-9]", "", _name.lower().replace("ä", "ae").replace("ö", "oe")
                        .replace("ü", "ue").replace("ß", "ss"))] = _field

_YES = frozenset({"ja", "j", "yes", "y", "x", "1", "true", "wahr", "mitglied", "member", "ok"})
_NO = frozenset({"nein", "n", "no", "0", "false", "falsch", "-", "kein mitglied", "nichtmitglied",
                 "nicht-mitglied", "non-member", "nonmember", "no member"})
_LANGUAGES = {"de": "de", "deutsch": "de", "german": "de", "ger": "de", "en": "en",
              "englisch": "en", "english": "en", "eng": "en"}
# A plausible single address: something@domain.tld, no spaces, no second @.
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}$")


def _header_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(name))


def fold(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def decode(data: bytes) -> tuple[str, str]:
    """The text of an invitee file and the encoding it was read with.

    Excel writes "CSV UTF-8" with a BOM, plain "CSV" in Windows-1252 and "Unicode text"
    in UTF-16; a file that is valid UTF-8 is read as such, anything else as
    Windows-1252 (which, unlike UTF-8, accepts nearly every byte).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1"), "latin-1"


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def read_csv(data: bytes, source: str = "") -> CsvResult:
    """Read an invitee file. Raises ``InviteeFileError`` if it has no e-mail column;
    otherwise every row is either a ``Row`` or a ``Problem`` (with its line number).
    Empty rows are skipped silently (Excel leaves ``;;;`` lines at the end)."""
    text, encoding = decode(data)
    lines = text.splitlines()
    header_index = next((i for i, line in enumerate(lines) if line.strip(" ;,\t")), None)
    if header_index is None:
        raise file_error(source, Reason.of(N_(
            "the file is empty. Save the list in Excel as CSV with a header line such as "
            "Name,Email,Organisation,Member.")))
    delimiter = _delimiter(lines[header_index])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    fields: dict[int, str] = {}
    ignored: list[str] = []
    rows: list[Row] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    line_no = 1
    for record in reader:
        start, line_no = line_no, reader.line_num + 1
        if not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = [cell.strip() for cell in record]
            fields, ignored = _columns(header, source)
            continue
        values = {fields[i]: cell.strip() for i, cell in enumerate(record) if i in fields}
        row, problem = _row(start, values, seen)
        if problem is not None:
            problems.append(problem)
        else:
            assert row is not None
            seen[row.email] = row.line
            rows.append(row)
    columns = tuple(header[i] for i in sorted(fields)) if header else ()
    return CsvResult(tuple(rows), tuple(problems), encoding, delimiter, columns, tuple(ignored))


def _columns(header: list[str], source: str) -> tuple[dict[int, str], list[str]]:
    """Column index -> field for the columns recognised, and the names of the others.
    Raises ``InviteeFileError`` without an e-mail column."""
    fields: dict[int, str] = {}
    ignored: list[str] = []
    for index, name in enumerate(header):
        found = _HEADERS.get(_header_key(name))
        if found is None and "mitglied" in _header_key(name):
            found = "member"
        if found is not None and found not in fields.values():
            fields[index] = found
        elif name:
            ignored.append(name)
    if "email" not in fields.values():
        shown = ", ".join(repr(h) for h in header if h) or Reason.of(N_("no names"))
        raise file_error(source, Reason.of(N_(
            "the first line names no column for the e-mail address (found: {found}); nothing "
            "was imported. The first line must name the columns, e.g. "
            "Name,Email,Organisation,Member (German names work too: "
            "Name;E-Mail;Organisation;Mitglied)."),
            found=shown))
    return fields, ignored


def _bad(line: int, problem: Reason) -> tuple[None, Problem]:
    """A row to correct: what is wrong, and what to do about it."""
    return None, Problem(line, Reason.of(N_(
        "{problem} – correct the line and import the file again (lines already imported "
        "are not doubled)"), problem=problem))


def _row(line: int, values: Mapping[str, str], seen: Mapping[str, int]) -> tuple[Row | None, Problem | None]:
    """The row at ``line`` (its cells by field), or what is wrong with it."""
    raw = values.get("email", "")
    email, wrong = _address(raw)
    if wrong is not None:
        return _bad(line, wrong)
    if email in seen:
        return None, Problem(line, Reason.of(N_("{email} is already in line {first}; this line was skipped"),
                                             email=email, first=seen[email]))
    member_text = fold(values.get("member", "")).strip()
    if member_text and member_text not in _YES and member_text not in _NO:
        return _bad(line, Reason.of(N_("member {value} is neither yes nor no (nor empty)"),
                                    value=repr(values["member"])))
    language_text = fold(values.get("language", "")).strip()
    if language_text and language_text not in _LANGUAGES:
        return _bad(line, Reason.of(N_("language {value} is neither de/german nor en/english"),
                                    value=repr(values["language"])))
    return Row(
        line=line,
        email=email,
        name=_name(values),
        title=" ".join(values.get("title", "").split()),
        organization=" ".join(values.get("organization", "").split()),
        member=(member_text in _YES) if member_text else None,
        language=_LANGUAGES.get(language_text, "de"),
    ), None


def _address(raw: str) -> tuple[str, Reason | None]:
    """The one address in the e-mail cell ``raw``, lower case, or why there is none."""
    if not raw:
        return "", Reason.of(N_("no e-mail address"))
    found = [addr for _name, addr in getaddresses([raw.replace(";", ",")]) if addr]
    if len(found) > 1:
        return "", Reason.of(N_("more than one e-mail address ({value}); each person needs a line "
                                "of their own"), value=repr(raw))
    email = (found[0] if found else raw).strip().strip("<>").removeprefix("mailto:").strip().lower()
    if not _EMAIL.match(email):
        return "", Reason.of(N_("{value} is not a valid e-mail address"), value=repr(raw))
    return email, None


def _name(values: Mapping[str, str]) -> str:
    """The full name from a name column, or from first and last name columns."""
    name = values.get("name", "")
    if not name:
        name = " ".join(p for p in (values.get("first", ""), values.get("last", "")) if p)
    elif "," in name and not values.get("first"):
        last, _comma, first = name.partition(",")  # "Weber, Petra" -> "Petra Weber"
        name = f"{first.strip()} {last.strip()}".strip()
    return " ".join(name.split())


# --- the list: importing into the store --------------------------------------------------

# What an import sets; everything else in a record is what happened since (kept).
_LIST_FIELDS = ("email", "name", "title", "organization", "member", "language")


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file changes: records to put (new and changed), and counts."""

    put: tuple[dict[str, Any], ...]
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: int
    opted_out: tuple[str, ...] = ()  # rows whose address opted out earlier (they stay so)

    @property
    def changes(self) -> bool:
        return bool(self.put)


def plan_import(
    existing: Mapping[str, Mapping[str, Any]],
    rows: Iterable[Row],
    *,
    source: str,
    at: datetime,
    optout_keys: frozenset[str] = frozenset(),
) -> ImportPlan:
    """Records for ``rows`` given the ``existing`` invitee records (key -> record).

    A row equal to its record changes nothing (so the same file twice is a no-op); a
    changed row updates only the list's own fields. Nobody is removed (a shorter list
    is not a request to forget anyone: use ``invitees remove``), and opt-outs are not
    touched: an older list re-imported cannot undo one.
    """
    put: list[dict[str, Any]] = []
    added: list[str] = []
    updated: list[str] = []
    unchanged = 0
    opted: list[str] = []
    for row in rows:
        values = {"email": row.email, "name": row.name, "title": row.title,
                  "organization": row.organization, "member": row.member, "language": row.language}
        if optout_key(row.email) in optout_keys:
            opted.append(row.email)
        old = existing.get(row.email)
        if old is None:
            put.append({"key": row.email, **values, "source": source, "line": row.line,
                        "added_at": at.isoformat(), "updated_at": None, "answered_at": None,
                        "answered_intent": None, "declined_at": None, "bounced_at": None,
                        "match": None})
            added.append(row.email)
        elif any(old.get(k) != v for k, v in values.items()):
            put.append({**old, **values, "source": source, "line": row.line,
                        "updated_at": at.isoformat()})
            updated.append(row.email)
        else:
            unchanged += 1
    return ImportPlan(tuple(put), tuple(added), tuple(updated), unchanged, tuple(opted))
