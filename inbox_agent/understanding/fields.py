"""What a mail tells about the attendee: name, title, e-mail, organisation, membership,
persons, invoice address, payment agreement.

Three sources, in order of trust: the filled-in PDF form (``pdfform``), form lines in
what the sender wrote ("Name: ...", "VSOP-Mitglied: ja"; ``formlines``), and free text
(``signature``: the signature and the From display name; ``freetext``: sentences like
"ich bin kein Mitglied"; ``behalf``: a colleague registered by the sender). Quoted text
is never read: a reply quoting our blank form must not look filled in.

Labels and the phrases for membership, payment agreement and "on behalf of" are
data: the built-in ones in ``vocabulary`` plus what ``rules/fields.toml`` adds.
This module puts the sources together (``extract``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from inbox_agent.model import Fields, Mail
from inbox_agent.understanding import persons as lists
from inbox_agent.understanding.mentions import named_persons, writer_bracket
from inbox_agent.understanding.behalf import (colleague_fields, is_office_word, name_of_address, named_attendees,
                                              on_behalf, with_people)
from inbox_agent.understanding.filled import Filled, filled
from inbox_agent.understanding.formlines import MULTILINE
from inbox_agent.understanding.freetext import (
    address_value,
    bare_member,
    statements,
    text_fee,
    text_invoice,
    text_member,
    text_organization,
    text_payment,
    text_people,
    text_persons,
)
from inbox_agent.understanding.leitweg import with_leitweg
from inbox_agent.understanding.pdfform import PDF_FIELDS
from inbox_agent.understanding.orgtext import address_org, apart_org, body_of_org, name_line_org
from inbox_agent.understanding.organization import is_organization, signature_org
from inbox_agent.understanding.signature import body_text, display_name, looks_like_name, sender_name, signature_lines
from inbox_agent.understanding.text import fold, normalise
from inbox_agent.understanding.values import (
    ADDRESS,
    first_address,
    number,
    people_list,
    split_title,
    tidy,
    tidy_block,
    yes_no,
)
from inbox_agent.understanding.vocabulary import (
    DEFAULT_CONFIG,
    DEFAULT_LABELS,
    DEFAULT_PHRASES,
    FieldConfig,
    build_config,
    label_key,
)

__all__ = ["extract", "reading", "payment_agreement", "invoice_given", "no_invoice_given", "Reading", "filled", "Filled", "split_title", "Extracted", "body_text", "signature_lines", "FieldConfig",
           "build_config", "label_key", "DEFAULT_CONFIG", "DEFAULT_LABELS", "DEFAULT_PHRASES",
           "MULTILINE", "PDF_FIELDS"]


# Membership said of everybody at once (normalised text).
_ALL_MEMBERS = re.compile(r" (?:beid|both|all|alle|wir sind|we are|sind wir|we re|non of us|neith\w* of us|"
                          r"none of us|kein von uns|"
                          r"niemand von uns)(?: [^ |]+){0,5} (?:kein |keine |nicht |not |non )?"
                          r"(?:vsop )?(?:mitglied\w*|memb\w*)|keine mitglied|not member|non member ")


# The sender for themselves at the head of an invoice address.
_ME = re.compile(r"^(?:an\s+)?(?:mich|me|myself)(?:\s+(?:privat|selbst|personally|privately))?(?=\s*(?:,|\n|$))", re.I)
# ... and as a label before the address ("Rechnung bitte an mich privat: Gerd X, ...").
_ME_LABEL = re.compile(r"^(?:an\s+)?(?:mich|me|myself)(?:\s+(?:privat|selbst|personally|privately))?\s*:\s*(?=\S)", re.I)


@dataclass
class Extracted:
    """The fields, plus how they were found (the rules look at that)."""

    fields: Fields  # about the attendee (a colleague, if the sender registers someone)
    sender_fields: Fields  # about the sender, whatever the mail says about others
    form_lines: int = 0
    pdf_form: bool = False
    on_behalf: bool = False
    sources: dict[str, str] = field(default_factory=dict)  # field -> "pdf" / "form" / "text"


@dataclass(frozen=True)
class Reading:
    """One mail as the fields step reads it, worked out once."""

    mail: Mail
    config: FieldConfig
    own: set[str]  # the office's addresses, lower case: never the attendee's
    text: str  # what the sender wrote
    norm: str  # the same, normalised for phrases
    sig: list[str]  # the signature, from the closing greeting on
    values: dict[str, str]  # from the PDF form and the form lines
    form: Filled  # what the values were read from
    sources: dict[str, str]  # value -> "pdf" / "form"


def reading(mail: Mail, config: FieldConfig | None = None, own_addresses: frozenset[str] = frozenset(),
            form: Filled | None = None) -> Reading:
    """The mail as the fields step reads it (``form``: its ``filled``, if already read)."""
    config = config or DEFAULT_CONFIG
    got = form or filled(mail, config)
    # The PDF form first; a form line fills only what the PDF leaves open.
    values: dict[str, str] = {}
    sources: dict[str, str] = {}
    for key, value in got.pdf.items():
        values[key] = value
        sources[key] = "pdf"
    for key, value in got.form.items():
        if key not in values and value:
            values[key] = value
            sources[key] = "form"
    return Reading(mail, config, {a.lower() for a in own_addresses}, got.text, normalise(got.text),
                   signature_lines(mail), values, got, sources)


def extract(mail: Mail, config: FieldConfig | None = None, own_addresses: frozenset[str] = frozenset(),
            read: Reading | None = None) -> Extracted:
    """Every field the mail gives (``read``: its ``reading``, if already made); see the
    module docstring for the sources."""
    r = read or reading(mail, config, own_addresses)
    sources = dict(r.sources)
    sender, explicit_persons = _sender_fields(r)
    fields = _colleague(r, sender, explicit_persons)
    if fields is not None:
        sources.update(name="text", email="text")
    return Extracted(sender if fields is None else fields, sender, r.form.form_lines, bool(r.form.pdf),
                     fields is not None, sources)


def _sender_fields(r: Reading) -> tuple[Fields, int | None]:
    """What the mail says about the sender, and the number of persons if it states one."""
    name, title = _name_and_title(r)
    in_text = lists.listed(r.text, r.config)
    in_text += [(person, lists.item_member(said, r.config)) for person, said in named_persons(r.text, name or "")
                if all(lists.surname(person) != lists.surname(other) for other, _m in in_text)]
    if name and writer_bracket(r.text):  # "mich (Mitglied), unseren Geschäftsführer X (kein Mitglied)"
        in_text.append((name, lists.item_member(writer_bracket(r.text), r.config)))
    form_people = r.values.get("people", "")
    listed = in_text + [lists.split_membership(item, r.config)
                        for item in re.split(r"\n|;", form_people) if item.strip()]
    member, agreement = _member(r), payment_agreement(r)
    own = lists.member_of(name, listed)
    if own is not None and "member" not in r.values:
        member = own  # a list with each person's membership speaks for each of them
    people = people_list(form_people)
    if not people:
        people = text_people(r.mail, r.text, name or "", [n for n, _ in in_text])
    explicit = (number(r.values.get("persons", "")) or text_persons(r.text)
                or text_persons(fold(r.mail.subject or "")))
    persons = explicit
    if persons is None and people:
        persons = len(people) + 1
    invoice = invoice_given(r)
    if invoice and name:  # "Rechnung bitte an mich privat, Gartenstraße 5, ...": the sender by name
        invoice = _ME.sub(name, _ME_LABEL.sub("", invoice, count=1), count=1)
    invoice = with_leitweg(invoice, r.mail.subject, r.mail.text, r.mail.signature)
    fee = text_fee(statements(r.text))
    if member is None:
        member = r.config.member_by_fee(fee, persons)
    people_members = lists.members_of(people, listed)
    if people and not people_members and member is not None and _ALL_MEMBERS.search(r.norm):
        people_members = (member,) * len(people)  # "Beide sind keine Mitglieder", "we are not members"
    return Fields(
        name=name or None, title=title, email=_own_address(r, _email(r), name),
        organization=_organization(r, invoice, name), member=member,
        persons=persons, people=people, people_members=people_members,
        invoice_address=tidy_block(invoice) if invoice else None, payment_agreement=agreement,
        fee_quoted=fee,
    ), explicit


def invoice_given(r: Reading) -> str | None:
    """The invoice address as the form or the text gives it, before the sender's name
    stands in for "an mich" and a Leitweg-ID named elsewhere is added."""
    invoice = r.values.get("invoice_address")
    invoice = address_value(invoice) if invoice and "\n" not in invoice else invoice
    return invoice or text_invoice(r.text, r.sig)


def no_invoice_given(r: Reading) -> str | None:
    """``extract``'s invoice address of a mail that gives none (``invoice_given``): a
    Leitweg-ID named elsewhere, or None. The sender's name plays no part in it."""
    invoice = with_leitweg(None, r.mail.subject, r.mail.text, r.mail.signature)
    return tidy_block(invoice) if invoice else None


def _organization(r: Reading, invoice: str | None, name: str | None) -> str | None:
    """The form's organisation, else the signature's, else one a sentence names
    ("mein Arbeitgeber (Stadt X, Amt für ...)"), the line with the sender's name or a
    sentence in brackets or after "alle" / "beide", else the invoice address's, else the
    subject's line with the name, else a unit in the genitive ("Stabsstelle X des Kreises
    Y") or the body one is "vom"."""
    found = (r.values.get("organization") or signature_org(_before_office(r.sig, r.own), full=True)
             or text_organization(r.text, is_organization) or name_line_org(r.text, name) or apart_org(r.text)
             or (not r.sig and signature_org(_short_tail(r.text))))
    if not found and invoice:
        found = address_org(re.split(r"\n|,\s*", invoice))
    # the subject's name line ("Vormerkung: Wiebke X, Landkreis Y, Jugendamt"), a unit in the genitive
    found = found or name_line_org(r.mail.subject or "", name) or body_of_org(r.text)
    return tidy(found) if found else None


def _short_tail(text: str) -> list[str]:
    """The text's last lines when they are short, in a mail without a signature the
    parser or a greeting found ("s. vahlenkamp" over "landkreis aller-leine")."""
    tail: list[str] = []
    for line in reversed([line.strip() for line in text.splitlines() if line.strip()][-3:]):
        if len(line.split()) > 6 or line.endswith((".", "?", "!", ":")):
            break
        tail.insert(0, line)
    return tail


def _before_office(sig: list[str], own: set[str]) -> list[str]:
    """The signature's lines up to the paragraph that names the office's own address:
    from there on it is the office's (its quoted invitation, its signature)."""
    start = 0
    for i, line in enumerate(sig):
        if not line.strip():
            start = i + 1
        elif any(address in line.lower() for address in own):
            return sig[:start]
    return sig


def _name_and_title(r: Reading) -> tuple[str | None, str | None]:
    """The sender's name without its title, and the title: the form, else the signature."""
    name = r.values.get("name")
    if not name and (r.values.get("first_name") or r.values.get("last_name")):
        name = " ".join(v for v in (r.values.get("first_name"), r.values.get("last_name")) if v)
    if name and ADDRESS.search(name):  # "Teilnehmerin: Nadine Petzold, nadine.petzold@..."
        name = ADDRESS.sub(" ", name).strip(" ,;()<>")
    if name and re.fullmatch(r"[^\W\d][\w'-]+,\s*(?:(?:Prof|Dr)\.\s*)*[^\W\d][\w'-]+(?:\s+[^\W\d][\w'-]+)?", name.strip()):
        last, _, first = name.strip().partition(",")  # "Name, Vorname: Quandt, Thorsten"
        name = f"{first.strip()} {last}"
    if not name:
        name = sender_name(r.mail, r.sig, r.text)
    found_title, name = split_title(name) if name else (None, None)
    title = r.values.get("title") or found_title or (_title_elsewhere(r, name) if name else None)
    return name, (title or "").strip() or None


def _title_elsewhere(r: Reading, name: str) -> str | None:
    """The title the sender's name carries in the From display name or another
    signature line ("Viele Grüße / Emre Şahin" above "Dr. Emre Şahin") or a short line
    of the text ("Mag. (FH) Sandra X" in a list); the fullest where several give one."""
    surname = fold(name).split()[-1] if name.split() else ""
    display = r.mail.sender.name if r.mail.sender else ""
    found: list[str] = []
    listed = [line.strip(" -•*\t") for line in r.text.splitlines() if 1 < len(line.split()) <= 6]
    for candidate in (display, *r.sig[:10], *listed):  # also a list that names the writer
        title, rest = split_title(candidate or "")
        if title and rest and fold(rest).split()[-1:] == [surname]:
            found.append(title)
    return max(found, key=len, default=None)  # "Dr. phil." in the signature beside "Dr." in From


def _email(r: Reading) -> str | None:
    """The form's address, else the one the writer names as theirs ("ab 1. September lautet
    meine Adresse X"), else Reply-To, else From (never one of ours), lower case."""
    email = first_address(r.values.get("email", "")) or first_address(r.values.get("name", ""))
    stated = _MY_ADDRESS.search(r.text)
    if not email and stated and stated.group(1).lower() not in r.own:
        email = stated.group(1).rstrip(".")
    if not email and r.mail.reply_to and r.mail.reply_to[0].key not in r.own:
        email = r.mail.reply_to[0].key
    if not email and r.mail.sender and r.mail.sender.key not in r.own:
        email = r.mail.sender.key
    return email.lower() if email else None


_MY_ADDRESS = re.compile(r"\b(?:meine|my)\s+(?:neue\s+|new\s+)?(?:e-?mail-?\s?)?(?:adresse|address)"
                         r"(?:\s+(?:lautet|ist|is|will be))?\s*:?\s*(" + ADDRESS.pattern + ")", re.I)


def _own_address(r: Reading, email: str | None, name: str | None) -> str | None:
    """The sender's own address when they write from a shared mailbox ("poststelle@",
    "info@") and give their own in the text or signature (its local part has their surname)."""
    surname = fold(name).split()[-1] if name and name.split() else ""
    if not email or not surname or surname in fold(email.partition("@")[0]) or "email" in r.values:
        return email
    for found in ADDRESS.findall("\n".join([r.text, *r.sig])):
        if surname in fold(found.partition("@")[0]) and found.lower() not in r.own:
            return found.lower()
    return email


def _member(r: Reading) -> bool | None:
    """Membership: the form's answer, else what the text says."""
    member = yes_no(r.values["member"]) if "member" in r.values else None
    if member is None:
        signature = normalise("\n".join(r.sig[:12]))
        member = text_member(r.norm + signature, r.config)
        if member is not None and "?" in r.text:  # what a question says is not said
            member = text_member(normalise(statements(r.text)) + signature, r.config)
        if member is None:
            member = bare_member(statements(r.text))
    return member


def payment_agreement(r: Reading) -> bool | None:
    """The payment agreement: the form's answer, else what the text says. Read alone
    (``classify`` asks it of every mail, for a rule), it is what ``extract`` gives:
    the attendee's, a colleague registered by the sender, has the sender's."""
    agreement = yes_no(r.values["payment_agreement"]) if "payment_agreement" in r.values else None
    if agreement is None and r.config.says("payment_agreement",
                                           normalise(r.values.get("payment_agreement", ""))):
        agreement = True
    if agreement is None:
        # a box left empty ("[ ] Ich ... überweise nach Erhalt der Rechnung") says no
        lines = r.text.splitlines()
        unticked = [line for line in lines if _UNTICKED.match(line)]
        text = "\n".join(line for line in lines if not _UNTICKED.match(line)) if unticked else r.text
        norm = normalise(text) if unticked else r.norm
        if r.config.says("payment_agreement", norm) or text_payment(text, r.config, norm):
            agreement = True
        elif any(r.config.says("payment_agreement", normalise(line)) or text_payment(line, r.config)
                 for line in unticked):
            agreement = False
    return agreement


_UNTICKED = re.compile(r"^\s*(?:\[\s*\]|☐)\s*\S")


# "i. A. Petra Lüke", "Im Auftrag", "i. V.": the sender signs for someone (an office
# head, a colleague); with a person named in a sentence about attending, that person
# is the attendee ("Frau Dr. Wiltrud Esser-Kamphues nimmt nun verbindlich teil").
_SIGNS_FOR = re.compile(r"^[ \t]*(?:i\.[ \t]*a\.|i\.[ \t]*v\.|im auftrag|in vertretung)(?:[ \t]|$)", re.I | re.M)


def _signs_for_someone(r: Reading, everyone: tuple[str, ...]) -> bool:
    """The sender signs "i. A." and names someone else as the one who comes or not."""
    if not _SIGNS_FOR.search(r.text + "\n" + "\n".join(r.sig[:8])):
        return False
    own_surname = fold(r.mail.sender.name if r.mail.sender else "").split()[-1:]
    return any(fold(n).split()[-1:] != own_surname for n in everyone)


# The writer in a sentence: "ich", "mich", "wir", "mein" ... (folded words).
_FIRST_PERSON = re.compile(r"\b(?:ich|mich|mir|wir|uns|mein\w*|unser\w*|i|me|my|we|us|our)\b")


def _of_someone_else(r: Reading, everyone: tuple[str, ...]) -> bool:
    """Every sentence that names a person as coming or not is about them alone, the
    writer not in it ("Frau X kann leider nicht mitkommen", "Es möchte noch eine
    Kollegin mitkommen, Frau X"): the mail is about that person."""
    if not everyone:
        return False
    surnames = [fold(n).split()[-1] for n in everyone if n.split()]
    sentences = re.split(r"(?<=[.!?])\s+|\n\s*\n", fold(r.text))
    about = [s for s in sentences if any(re.search(rf"\b{re.escape(n)}\b", s) for n in surnames)]
    if any((_OWN_ATTENDANCE.search(s) and not _ALREADY.search(s)) or _OWN_CANCEL.search(s)
           for s in sentences if s not in about):
        return False  # "Ich nehme teil. Frau X kann leider nicht": the writer's own mail
    return bool(about) and not any(_FIRST_PERSON.search(s) for s in about)


# The writer says they come ("Ich nehme teil", "I'll attend"), not what they already did
# ("Ich bin ja bereits vorgemerkt") nor that they cannot ("ich selbst kann leider nicht").
_OWN_ATTENDANCE = re.compile(r"\b(?:ich|i)\b.*\b(?:teil|komme|(?:an|vor)?melde|register|attend|come)\b")
# ... or that they cancel their own place ("muss mich abmelden", "I have to cancel").
_OWN_CANCEL = re.compile(r"\b(?:ich|i)\b.*\b(?:mich\s+(?:\w+\s+)?abmelden|stornieren|absagen|cancel|withdraw)\b")
_ALREADY = re.compile(r"\b(?:bereits|schon|already|nicht|not|leider|cannot|can ?t|unable)\b")


def _full_name(r: Reading, name: str | None) -> str | None:
    """A surname alone ("Frau Hansing") completed where the mail gives the whole name
    ("Absage Birte Hansing" in the subject, "Birte Hansing" in the text)."""
    if not name or len(split_title(name)[1].split()) != 1:
        return name
    title, surname = split_title(name)
    pattern = rf"\b((?:[A-ZÄÖÜ][\w'-]*\.?\s+){{1,2}}){re.escape(surname)}\b"  # also an initial: "Dr. S. Meury"
    for match in re.finditer(pattern, f"{r.mail.subject or ''}\n{r.text}"):
        full = f"{match.group(1).split()[-1]} {surname}"
        if looks_like_name(full) and match.group(1).split()[-1] not in ("Frau", "Herr", "Herrn") \
                and not is_office_word(match.group(1).split()[-1]):
            return f"{title} {full}" if title else full
    for known in (*r.mail.reply_to, *r.mail.cc, *r.mail.to):  # Reply-To: "Eibl, Johann" <...>
        full = display_name(known.name or "") if known.key not in r.own else None
        if full and fold(split_title(full)[1]).split()[-1:] == fold(surname).split()[-1:]:
            return f"{title} {split_title(full)[1]}" if title else split_title(full)[1]
    return name


def _attendees(r: Reading, own_surname: list[str]) -> tuple[str, ...]:
    """The people a sentence about attending names, else those of a list that does not
    name the sender (a training office books its staff: "• Frau Annegret Schwientek")."""
    named = named_attendees(r.text)
    if named:
        return named
    listed = tuple(name for name, _member in lists.listed(r.text, r.config))
    if len(listed) > 1 and all(fold(n).split()[-1:] != own_surname for n in listed):
        return listed
    return ()


def _colleague(r: Reading, sender: Fields, explicit_persons: int | None) -> Fields | None:
    """The fields of a colleague the sender registers, or None if they register themselves
    (the form names the attendee, the text says "mich und", or names nobody else)."""
    if "name" in r.values or "email" in r.values or r.config.says("group", r.norm):
        return None
    office = r.mail.sender is not None and not looks_like_name(r.mail.sender.name or "")
    own_surname = fold(sender.name or "").split()[-1:]
    everyone = _attendees(r, own_surname)
    says = r.config.says("on_behalf", r.norm) or _signs_for_someone(r, everyone) or _of_someone_else(r, everyone)
    if not (office or says):
        return None
    if own_surname and len(everyone) > 1 and any(fold(n).split()[-1:] == own_surname for n in everyone):
        return None  # "wir melden Frau Sabine Uhlig und Frau Doreen Franke an", signed by Sabine Uhlig
    found = on_behalf(r.mail, r.text, r.own) if says else None
    named = tuple(n for n in everyone if fold(n).split()[-1:] != own_surname)
    if found and not found[0]:  # "On behalf of Prof. Dr. Miriam Adler ... miriam.adler@...", else the name it spells
        found = (named[0] if named else name_of_address(r.text, found[1]), found[1])
    if not found and named and sender.email:
        # An office or an assistant names the attendee without an address: the answer
        # goes to the sender ("Frau Bürgermeisterin Dr. Ingrid Kaltenbach nimmt teil").
        found = (named[0], sender.email)
        sender = with_people(sender, tuple(named[1:]) or sender.people)
    if not found:
        return None
    found = (_full_name(r, found[0]), found[1])
    # The colleague's organisation is the sender's with its units, as written (the
    # corpus convention: a colleague writes from the same unit, an office for its head).
    organization = r.values.get("organization") or signature_org(r.sig)
    if not organization:  # an office's or a colleague's mail: its organisation is the attendee's
        organization = sender.organization
    return colleague_fields(sender, found, organization, explicit_persons)
