"""Invitees: who the conference is announced to, and what became of it (pure).

The office announces the conference to its members and last year's attendees, and
reminds those who have not answered before pre-registration closes. This module holds
the domain side of that, without I/O and without a clock (``campaign`` wires it to the
store, the outbox and the pipeline):

- **The list.** ``read_csv`` reads what Excel writes (``;`` or ``,``, UTF-8 with or
  without BOM, Windows-1252, UTF-16; German or English column names) and reports every
  invalid row with its line number; ``plan_import`` turns the valid rows into store
  records (table ``invitees``, key = lower-case address) so that importing the same
  file twice changes nothing, and never touches what happened since (answers, bounces,
  matches) nor the opt-outs, which live in their own table (``optouts``).
- **Where each invitee stands** (``standings``): derived, never stored twice, from the
  invitee record, the attendees, the opt-outs and the outbox (the announcement and each
  reminder are outbox entries with deterministic Message-IDs: ``announcement_id``,
  ``reminder_id``). An invitee who pre-registers is found among the attendees by the
  same address, or, from another address, as the same person of the same organisation
  (``propose_matches``: recorded as "proposed" and shown to staff for confirmation).
- **The announcement** (``plan_announcement``) and **the reminders** before the
  pre-registration deadline (``plan_reminders``, one per configured step, the latest
  due step only, each at most once).
- **What an inbound mail means for the list** (``inbound_effects``): an answer, a
  refusal, an opt-out, a bounce.
- **The announcement's reach** for the digest (``announcement_reach``).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import getaddresses
from typing import Any

from inbox_agent.errors import InboxAgentError
from inbox_agent.model import Address, PlannedMail
from inbox_agent.outbox.optouts import UNSUBSCRIBE_SUBJECT, optout_key, optout_record
from inbox_agent.registrations.context import deadline_info, event_info
from inbox_agent.registrations.decision import HumanTask, make_message_id
from inbox_agent.registrations.rules import EventRules

ANNOUNCEMENT = "announcement"
REMINDER = "invitation_reminder"
# The kinds of mail this module plans (templates/<lang>/<kind>.txt.j2 and .html.j2).
MAIL_KINDS = (ANNOUNCEMENT, REMINDER)

# Intents (``model.Intent`` values) that a machine sent: they are no answer.
_MACHINE_INTENTS = frozenset({"bounce", "auto_reply", "bulk"})
# Attendee states that count as a binding registration.
_BINDING = frozenset({"registered", "paid"})
# Attendee states in which the person holds (or waits for) a registration.
_HOLDING = frozenset({"pending", "option", "waitlisted", "registered", "paid"})


class InviteeFileError(InboxAgentError, ValueError):
    """The invitee file cannot be used at all (unreadable, no e-mail column)."""


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
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


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
    return re.sub(r"[^a-z0-9]", "", _fold(name))


def _fold(text: str) -> str:
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
    where = f"{source}: " if source else ""
    lines = text.splitlines()
    header_index = next((i for i, line in enumerate(lines) if line.strip(" ;,\t")), None)
    if header_index is None:
        raise InviteeFileError(f"{where}die Datei ist leer. Speichern Sie die Liste in Excel als "
                               f"CSV mit einer Kopfzeile wie Name;E-Mail;Organisation;Mitglied.")
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
            for index, name in enumerate(header):
                found = _HEADERS.get(_header_key(name))
                if found is None and "mitglied" in _header_key(name):
                    found = "member"
                if found is not None and found not in fields.values():
                    fields[index] = found
                elif name:
                    ignored.append(name)
            if "email" not in fields.values():
                shown = ", ".join(repr(h) for h in header if h) or "keine"
                raise InviteeFileError(
                    f"{where}die erste Zeile nennt keine Spalte für die E-Mail-Adresse "
                    f"(gefunden: {shown}); nichts wurde importiert. Die erste Zeile muss die "
                    f"Spalten benennen, z. B. Name;E-Mail;Organisation;Mitglied (englisch geht "
                    f"auch: Name,Email,Organisation,Member)."
                )
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


def _row(line: int, values: Mapping[str, str], seen: Mapping[str, int]) -> tuple[Row | None, Problem | None]:
    def bad(reason: str) -> tuple[None, Problem]:
        return None, Problem(line, reason + " – Zeile korrigieren und die Datei erneut "
                                          "importieren (schon importierte Zeilen werden nicht verdoppelt)")

    raw = values.get("email", "")
    if not raw:
        return bad("keine E-Mail-Adresse")
    found = [addr for _, addr in getaddresses([raw.replace(";", ",")]) if addr]
    if len(found) > 1:
        return bad(f"mehr als eine E-Mail-Adresse ({raw!r}); jede Person braucht eine eigene Zeile")
    email = (found[0] if found else raw).strip().strip("<>").removeprefix("mailto:").strip().lower()
    if not _EMAIL.match(email):
        return bad(f"{raw!r} ist keine gültige E-Mail-Adresse")
    if email in seen:
        return None, Problem(line, f"{email} steht schon in Zeile {seen[email]}; diese Zeile wurde übersprungen")
    member_text = _fold(values.get("member", "")).strip()
    if not member_text:
        member = None
    elif member_text in _YES:
        member = True
    elif member_text in _NO:
        member = False
    else:
        return bad(f"Mitglied {values['member']!r} ist weder ja noch nein (oder leer)")
    language_text = _fold(values.get("language", "")).strip()
    if language_text and language_text not in _LANGUAGES:
        return bad(f"Sprache {values['language']!r} ist weder de/deutsch noch en/englisch")
    name = values.get("name", "")
    if not name:
        name = " ".join(p for p in (values.get("first", ""), values.get("last", "")) if p)
    elif "," in name and not values.get("first"):
        last, _, first = name.partition(",")  # "Weber, Petra" -> "Petra Weber"
        name = f"{first.strip()} {last.strip()}".strip()
    return Row(
        line=line,
        email=email,
        name=" ".join(name.split()),
        title=" ".join(values.get("title", "").split()),
        organization=" ".join(values.get("organization", "").split()),
        member=member,
        language=_LANGUAGES.get(language_text, "de"),
    ), None


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


# --- where each invitee stands ------------------------------------------------------------


def announcement_id(email: str, rules: EventRules) -> str:
    """The Message-ID of the announcement to ``email`` (one per event and address)."""
    return make_message_id(ANNOUNCEMENT, f"announcement|{rules.name}|{email.strip().lower()}",
                           rules.message_id_domain)


def reminder_id(email: str, step: int, rules: EventRules) -> str:
    """The Message-ID of reminder step ``step`` (days before the deadline) to ``email``."""
    return make_message_id(REMINDER, f"invitation-reminder|{rules.name}|{email.strip().lower()}|{step}",
                           rules.message_id_domain)


@dataclass(frozen=True)
class Standing:
    """Where one invitee stands now (derived; see the module docstring)."""

    email: str
    name: str
    organization: str
    member: bool | None
    language: str
    announcement: str | None  # outbox status: planned, sent, failed, suppressed; None: not yet
    announced_at: datetime | None  # when it was sent
    opted_out: bool
    bounced: bool
    attendee: str | None  # the attendee record this invitee is (same or matched address)
    attendee_state: str | None
    match: str  # "" | "same address" | "proposed" | "confirmed" (another address)
    answered: bool  # wrote to us (any mail by a human) since being on the list
    declined: bool  # wrote that they will not come, holding no registration
    reminders: tuple[int, ...]  # reminder steps recorded in the outbox

    @property
    def pre_registered(self) -> bool:
        return self.attendee is not None

    @property
    def registered(self) -> bool:
        return self.attendee_state in _BINDING

    @property
    def invited(self) -> bool:
        return self.announcement == "sent"

    @property
    def responded(self) -> bool:
        """Any answer at all: a mail, a pre-registration, a refusal, an opt-out."""
        return self.answered or self.pre_registered or self.declined or self.opted_out

    @property
    def status(self) -> str:
        """One word for lists: what matters most about this invitee."""
        if self.opted_out:
            return "opted out"
        if self.registered:
            return "registered"
        if self.pre_registered:
            return "pre-registered" + (" (match to confirm)" if self.match == "proposed" else "")
        if self.bounced:
            return "bounced"
        if self.declined:
            return "declined"
        if self.announcement is None:
            return "not announced"
        if self.announcement != "sent":
            return f"announcement {self.announcement}"
        return "answered" if self.answered else "silent"


def standings(
    invitees: Iterable[Mapping[str, Any]],
    attendees: Iterable[Mapping[str, Any]],
    optout_keys: frozenset[str],
    outbox: Mapping[str, Mapping[str, Any]],
    rules: EventRules,
    steps: Iterable[int] = (),
) -> list[Standing]:
    """Where every invitee stands, in address order. ``attendees`` are attendee store
    records (``Attendee.to_dict()``), ``outbox`` maps Message-ID -> outbox record,
    ``steps`` are the configured reminder steps (to list the reminders recorded)."""
    steps = tuple(sorted(set(steps), reverse=True))
    by_email = {a["email"]: a for a in attendees}
    out = []
    for inv in sorted(invitees, key=lambda r: r["email"]):
        email = inv["email"]
        attendee = by_email.get(email)
        how = "same address" if attendee else ""
        match = inv.get("match") or {}
        if attendee is None and match.get("status") in ("proposed", "confirmed"):
            attendee = by_email.get(match.get("attendee", ""))
            how = match["status"] if attendee else ""
        entry = outbox.get(announcement_id(email, rules))
        sent_at = entry.get("sent_at") if entry and entry.get("status") == "sent" else None
        failed = bool(entry and entry.get("status") == "failed")
        out.append(Standing(
            email=email,
            name=inv.get("name") or "",
            organization=inv.get("organization") or "",
            member=inv.get("member"),
            language=inv.get("language") or "de",
            announcement=entry.get("status") if entry else None,
            announced_at=datetime.fromisoformat(sent_at) if sent_at else None,
            opted_out=optout_key(email) in optout_keys,
            bounced=bool(inv.get("bounced_at")) or failed,
            attendee=attendee["email"] if attendee else None,
            attendee_state=attendee.get("state") if attendee else None,
            match=how,
            answered=bool(inv.get("answered_at")),
            declined=bool(inv.get("declined_at")),
            reminders=tuple(n for n in steps if reminder_id(email, n, rules) in outbox),
        ))
    return out



# --- matching a pre-registration to its invitee ---------------------------------------------

_TITLES = frozenset("dr prof professor herr frau mr mrs ms miss dipl ing med phil rer nat jur pol "
                    "oec soz paed mag ba ma msc bsc mba ll m".split())
# Addresses at these domains are private: the same domain says nothing about the employer.
_FREEMAIL = frozenset("""gmail.com googlemail.com web.de gmx.de gmx.net gmx.at gmx.ch t-online.de
yahoo.com yahoo.de outlook.com outlook.de hotmail.com hotmail.de live.com live.de posteo.de
mailbox.org icloud.com me.com aol.com freenet.de arcor.de email.de online.de vodafone.de
protonmail.com proton.me""".split())
_ORG_NOISE = frozenset("der die das des den dem und fuer von the of and e v ev".split())


def name_tokens(name: str) -> frozenset[str]:
    """A name as a set of words without titles: "Dr. Weber, Petra" = "Petra Weber"."""
    words = re.findall(r"[a-z]+", _fold(name))
    return frozenset(w for w in words if w not in _TITLES and len(w) > 1)


def org_tokens(organization: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", _fold(organization))
    return frozenset(w for w in words if w not in _ORG_NOISE)


def _domain(email: str) -> str:
    return email.rpartition("@")[2].lower()


def same_person(invitee: Mapping[str, Any], attendee: Mapping[str, Any]) -> str | None:
    """Why ``attendee`` (at another address) is probably ``invitee``, or None.

    The same name (titles and word order aside) and the same organisation: the same
    organisation name, or the same address domain unless it is a private mail provider.
    A colleague of the same organisation with another name is not a match.
    """
    names = name_tokens(invitee.get("name") or "")
    if len(names) < 2 or names != name_tokens(attendee.get("name") or ""):
        return None
    inv_domain, att_domain = _domain(invitee["email"]), _domain(attendee["email"])
    if inv_domain == att_domain and inv_domain not in _FREEMAIL:
        return f"gleicher Name, gleiche Domain @{inv_domain}"
    orgs = org_tokens(invitee.get("organization") or "")
    if orgs and orgs == org_tokens(attendee.get("organization") or ""):
        return f"gleicher Name, gleiche Organisation ({invitee.get('organization')})"
    return None


@dataclass(frozen=True)
class Match:
    invitee: str
    attendee: str
    reason: str


def propose_matches(
    invitees: Iterable[Mapping[str, Any]], attendees: Iterable[Mapping[str, Any]]
) -> list[Match]:
    """Invitees without an attendee record of their own who pre-registered from another
    address: each gets at most one proposal, and only an unambiguous one (exactly one
    candidate, not claimed by another invitee, not itself on the list)."""
    invitee_list = list(invitees)
    listed = {inv["email"] for inv in invitee_list}
    attendee_list = list(attendees)
    attendee_emails = {a["email"] for a in attendee_list}
    claimed = {(inv.get("match") or {}).get("attendee") for inv in invitee_list
               if (inv.get("match") or {}).get("status") in ("proposed", "confirmed")}
    # Indexed by the name's words: one look-up per invitee, not a comparison with everyone.
    candidates: dict[frozenset[str], list[Mapping[str, Any]]] = {}
    for a in attendee_list:
        tokens = name_tokens(a.get("name") or "")
        if len(tokens) >= 2 and a["email"] not in listed and a["email"] not in claimed:
            candidates.setdefault(tokens, []).append(a)
    found: dict[str, list[tuple[str, str]]] = {}
    for inv in invitee_list:
        if inv["email"] in attendee_emails or inv.get("match"):
            continue  # pre-registered under this address, or decided before (also "rejected")
        for att in candidates.get(name_tokens(inv.get("name") or ""), ()):
            reason = same_person(inv, att)
            if reason:
                found.setdefault(inv["email"], []).append((att["email"], reason))
    by_attendee: dict[str, int] = {}
    for hits in found.values():
        for att_email, _ in hits:
            by_attendee[att_email] = by_attendee.get(att_email, 0) + 1
    out = []
    for inv_email, hits in sorted(found.items()):
        if len(hits) == 1 and by_attendee[hits[0][0]] == 1:
            out.append(Match(inv_email, hits[0][0], hits[0][1]))
    return out


def match_record(match: Match, at: datetime, status: str = "proposed") -> dict[str, Any]:
    return {"attendee": match.attendee, "reason": match.reason, "status": status, "at": at.isoformat()}


def match_task(match: Match, invitee: Mapping[str, Any]) -> HumanTask:
    who = invitee.get("name") or match.invitee
    return HumanTask(
        "invitee_match",
        match.invitee,
        f"Hat sich {who} (eingeladen als {match.invitee}) als {match.attendee} vorangemeldet? "
        f"({match.reason}). An {match.invitee} gehen keine Einladungs-Erinnerungen mehr. "
        f"Bestätigen: `inbox-agent invitees link {match.invitee} {match.attendee}`; "
        f"falls nicht dieselbe Person: `inbox-agent invitees unlink {match.invitee}`.",
    )


# --- the announcement and the reminders ---------------------------------------------------------


def invitee_context(kind: str, standing: Standing, inv: Mapping[str, Any], rules: EventRules,
                    now: datetime, *, reminder_step: int | None = None) -> tuple[tuple[str, Any], ...]:
    """JSON-safe template values for ``kind`` (see templates/*/announcement.txt.j2)."""
    lang = "en" if standing.language == "en" else "de"
    member = inv.get("member")
    fee = rules.fee_member if member is True else rules.fee_non_member
    name = " ".join(p for p in (inv.get("title") or "", inv.get("name") or "") if p)
    context = {
        "kind": kind,
        "language": lang,
        "event": event_info(rules),
        "deadlines": {"pre_registration": rules.pre_registration_deadline.isoformat(),
                      "registration": rules.registration_deadline.isoformat()},
        "invitee": {"email": standing.email, "name": inv.get("name") or "",
                    "title": inv.get("title") or "", "display_name": name,
                    "organization": inv.get("organization") or "", "member": member},
        "fee": {"member": str(rules.fee_member), "non_member": str(rules.fee_non_member),
                "yours": str(fee) if member is not None else None, "currency": rules.currency},
        "next_deadline": deadline_info("pre_registration", rules.pre_registration_deadline, rules, now),
        "optout": {"subject": UNSUBSCRIBE_SUBJECT},
        "reminder_step": reminder_step,
    }
    return tuple(context.items())


def _planned(kind: str, message_id: str, standing: Standing, inv: Mapping[str, Any], rules: EventRules,
             now: datetime, **extra: Any) -> PlannedMail:
    name = " ".join(p for p in (inv.get("title") or "", inv.get("name") or "") if p)
    return PlannedMail(
        kind=kind,
        to=Address(standing.email, name),
        language="en" if standing.language == "en" else "de",
        message_id=message_id,
        context=invitee_context(kind, standing, inv, rules, now, **extra),
    )


def sample_context(kind: str, rules: EventRules, now: datetime) -> dict[str, Any]:
    """The values ``kind`` gets, for a made-up invitee (``inbox-agent check``, tests)."""
    inv = {"email": "erika.mustermann@example.org", "name": "Erika Mustermann", "title": "Dr.",
           "organization": "Stadt Beispiel", "member": True, "language": "de"}
    standing = Standing(email=inv["email"], name=inv["name"], organization=inv["organization"],
                        member=True, language="de", announcement=None, announced_at=None,
                        opted_out=False, bounced=False, attendee=None, attendee_state=None,
                        match="", answered=False, declined=False, reminders=())
    step = 7 if kind == REMINDER else None
    return dict(invitee_context(kind, standing, inv, rules, now, reminder_step=step))


@dataclass(frozen=True)
class AnnouncementPlan:
    planned: tuple[PlannedMail, ...]
    skipped: tuple[tuple[str, str], ...]  # (address, why not)
    deadline_passed: bool


def plan_announcement(
    standing_list: Sequence[Standing],
    invitees: Mapping[str, Mapping[str, Any]],
    rules: EventRules,
    now: datetime,
) -> AnnouncementPlan:
    """The announcement to every invitee who has not had it, has not opted out, has not
    bounced and has not pre-registered already. Nothing after the pre-registration
    deadline (the mail asks for a pre-registration by then)."""
    passed = now >= rules.deadline_end(rules.pre_registration_deadline)
    planned: list[PlannedMail] = []
    skipped: list[tuple[str, str]] = []
    for s in standing_list:
        why = _not_to_announce(s)
        if why is None and passed:
            why = f"the pre-registration deadline {rules.pre_registration_deadline.isoformat()} has passed"
        if why:
            skipped.append((s.email, why))
            continue
        planned.append(_planned(ANNOUNCEMENT, announcement_id(s.email, rules), s, invitees[s.email], rules, now))
    return AnnouncementPlan(tuple(planned), tuple(skipped), passed)


def _not_to_announce(s: Standing) -> str | None:
    if s.announcement is not None:
        return {"sent": "already announced", "planned": "announcement waiting to be sent",
                "failed": "the announcement was refused by the mail server",
                "suppressed": "announcement withheld (opted out)"}.get(s.announcement, "already announced")
    if s.opted_out:
        return "opted out"
    if s.bounced:
        return "the address bounced"
    if s.pre_registered:
        return f"already pre-registered ({s.attendee})"
    if s.declined:
        return "declined already"
    return None


def due_step(steps: Iterable[int], rules: EventRules, now: datetime, announced_day: date) -> int | None:
    """The reminder step due at ``now``: the latest step whose day (that many days
    before the pre-registration deadline) has reached ``rules.reminder_hour``, if that
    day is after the day of the announcement and the deadline has not ended. Earlier
    steps are overtaken by it (a daemon that was down sends one reminder, not two)."""
    deadline = rules.pre_registration_deadline
    if now >= rules.deadline_end(deadline):
        return None
    due = [n for n in set(steps) if now >= rules.local_at(deadline - timedelta(days=n), rules.reminder_hour)]
    if not due:
        return None
    latest = min(due)  # fewest days before the deadline = the latest day
    return latest if deadline - timedelta(days=latest) > announced_day else None


def plan_reminders(
    standing_list: Sequence[Standing],
    invitees: Mapping[str, Mapping[str, Any]],
    rules: EventRules,
    steps: Iterable[int],
    now: datetime,
    recorded: frozenset[str] | set[str],
) -> list[PlannedMail]:
    """One reminder per due step to every invitee who got the announcement and has
    neither pre-registered, registered, declined, bounced nor opted out. ``recorded``
    holds the Message-IDs already in the outbox: each (invitee, step) at most once."""
    steps = tuple(steps)
    out = []
    for s in standing_list:
        if not s.invited or s.opted_out or s.bounced or s.pre_registered or s.declined:
            continue
        assert s.announced_at is not None
        n = due_step(steps, rules, now, rules.local_date(s.announced_at))
        if n is None:
            continue
        mid = reminder_id(s.email, n, rules)
        if mid in recorded:
            continue
        out.append(_planned(REMINDER, mid, s, invitees[s.email], rules, now, reminder_step=n))
    return out


# --- what an inbound mail means for the list ---------------------------------------------------------


@dataclass(frozen=True)
class InboundEffects:
    """Changes an inbound mail makes to the invitee list and the opt-outs."""

    invitees: tuple[dict[str, Any], ...] = ()  # changed invitee records
    optout: dict[str, Any] | None = None  # a new opt-out record
    tasks: tuple[HumanTask, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.invitees or self.optout or self.tasks or self.notes)


def inbound_effects(
    *,
    sender: str,
    intent: str,
    opt_out: bool,
    bounced: Iterable[str],
    invitees: Mapping[str, Mapping[str, Any]],
    already_opted_out: bool,
    holds_registration: bool,
    has_attendee: bool,
    at: datetime,
    cause: str,
) -> InboundEffects:
    """What one understood mail changes on the list.

    ``opt_out`` says the mail asks for no more mail (intent ``opt_out``, or the subject
    a List-Unsubscribe mailto uses); ``holds_registration`` whether the sender holds a
    registration (then the opt-out concerns circulars only, and staff are asked whether
    a cancellation was meant); ``has_attendee`` whether the mail made or found an
    attendee record for the sender. ``bounced`` are the failed addresses of a bounce.
    """
    sender = sender.strip().lower()
    changed: dict[str, dict[str, Any]] = {}
    tasks: list[HumanTask] = []
    notes: list[str] = []
    optout = None
    stamp = at.isoformat()
    if intent == "bounce":
        for address in sorted({b.strip().lower() for b in bounced}):
            inv = invitees.get(address)
            if inv is not None and not inv.get("bounced_at"):
                changed[address] = {**inv, "bounced_at": stamp}
                notes.append(f"{address}: invitee address bounced; no further invitations")
        return InboundEffects(tuple(changed.values()), None, (), tuple(notes))
    if opt_out and sender:
        if not already_opted_out:
            optout = optout_record(sender, at, "mail", cause)
            notes.append(f"{sender}: opted out of announcements, reminders and circulars")
        if holds_registration:
            tasks.append(HumanTask(
                "opt_out_attendee", sender,
                f"{sender} möchte keine E-Mails mehr, ist aber angemeldet: Einladungen und "
                f"Rundschreiben gehen nicht mehr dorthin, E-Mails zur Anmeldung weiterhin. "
                f"War eine Absage gemeint, bitte von Hand stornieren "
                f"(inbox-agent set-state {sender} cancelled --reason ...).",
            ))
    inv = invitees.get(sender)
    if inv is not None and intent not in _MACHINE_INTENTS:
        new = dict(inv)
        if not inv.get("answered_at"):
            new["answered_at"] = stamp
        new["answered_intent"] = intent
        if intent == "cancellation" and not has_attendee and not inv.get("declined_at"):
            new["declined_at"] = stamp
            notes.append(f"{sender}: invitee declined; no further invitation reminders")
        if new != inv:
            changed[sender] = new
    return InboundEffects(tuple(changed.values()), optout, tuple(tasks), tuple(notes))


# --- the announcement's reach (for the digest) --------------------------------------------------------


@dataclass(frozen=True)
class Reach:
    """How far the announcement got, for the morning digest.

    ``on_list`` invitees; ``invited`` of them got the announcement; ``answered`` (of all
    on the list, invited or not yet) responded in any way (a mail, a pre-registration,
    a refusal, an opt-out); of those
    ``pre_registered`` (``registered`` of them bindingly), ``declined``, ``opted_out``;
    ``bounced`` could not be reached; ``silent`` got it and have not answered;
    ``not_announced`` are on the list without an announcement yet. ``days_left`` to the
    pre-registration ``deadline`` (0 on the day itself; negative once it passed).
    """

    on_list: int
    invited: int
    answered: int
    pre_registered: int
    registered: int
    declined: int
    opted_out: int
    bounced: int
    silent: int
    not_announced: int
    reminders_sent: int
    deadline: date
    days_left: int
    passed: bool
    to_confirm: int = 0  # pre-registrations from another address waiting for staff

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "deadline": self.deadline.isoformat()}


def announcement_reach(
    invitees: Iterable[Mapping[str, Any]],
    attendees: Iterable[Mapping[str, Any]],
    optouts: Iterable[Mapping[str, Any]],
    outbox: Iterable[Mapping[str, Any]],
    rules: EventRules,
    now: datetime,
) -> Reach:
    """The reach of the announcement from the store's records (tables ``invitees``,
    ``attendees``, ``optouts``, ``outbox``), the event's rules and the time."""
    by_id = {e["key"]: e for e in outbox}
    found = standings(invitees, attendees, frozenset(r["key"] for r in optouts), by_id, rules)
    deadline = rules.pre_registration_deadline
    sent_reminders = sum(1 for e in by_id.values() if e.get("kind") == REMINDER and e.get("status") == "sent")
    return Reach(
        on_list=len(found),
        invited=sum(s.invited for s in found),
        answered=sum(s.responded for s in found),
        pre_registered=sum(s.pre_registered for s in found),
        registered=sum(s.registered for s in found),
        declined=sum(s.declined and not s.pre_registered for s in found),
        opted_out=sum(s.opted_out for s in found),
        bounced=sum(s.bounced for s in found),
        silent=sum(s.invited and not s.responded and not s.bounced for s in found),
        not_announced=sum(s.announcement is None for s in found),
        reminders_sent=sent_reminders,
        deadline=deadline,
        days_left=(deadline - rules.local_date(now)).days,
        passed=now >= rules.deadline_end(deadline),
        to_confirm=sum(s.match == "proposed" for s in found),
    )


__all__ = [
    "ANNOUNCEMENT",
    "REMINDER",
    "MAIL_KINDS",
    "InviteeFileError",
    "Row",
    "Problem",
    "CsvResult",
    "decode",
    "read_csv",
    "ImportPlan",
    "plan_import",
    "announcement_id",
    "reminder_id",
    "Standing",
    "standings",
    "Match",
    "same_person",
    "propose_matches",
    "match_record",
    "match_task",
    "sample_context",
    "AnnouncementPlan",
    "plan_announcement",
    "due_step",
    "plan_reminders",
    "InboundEffects",
    "inbound_effects",
    "Reach",
    "announcement_reach",
]
