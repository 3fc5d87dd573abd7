"""On behalf of someone: the sender registers a colleague ("hiermit melde ich meine
Kollegin Frau Dr. Anna Schmidt, anna.schmidt@..., an"). Then the attendee is the
colleague, named by an address in the text; the sender's own fields stay apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from inbox_agent.model import Address, Fields, Mail
from inbox_agent.understanding.signature import display_name, looks_like_name
from inbox_agent.understanding.text import fold
from inbox_agent.understanding.values import ADDRESS, TITLE, split_title, tidy


def colleague_fields(sender: Fields, colleague: tuple[str | None, str], organization: str | None,
                     explicit_persons: int | None) -> Fields:
    """The attendee's fields: the colleague's name and address, the organisation
    ``organization``, and the sender's other answers (membership, invoice, ...)."""
    name, email = colleague
    title, name = split_title(name) if name else (None, None)
    surname = fold(name).split()[-1] if name else ""
    others = with_people(sender, tuple(p for p in sender.people if fold(p).split()[-1] != surname))
    return replace(others, name=name or None, title=title, email=email,
                   organization=tidy(organization) if organization else None,
                   persons=explicit_persons or (len(others.people) + 1 if others.people else None))


def with_people(fields: Fields, people: tuple[str, ...]) -> Fields:
    """``fields`` with ``people`` as the further persons, each keeping the membership
    ``fields`` gave them (matched on the surname)."""
    known = dict(zip((fold(p).split()[-1] for p in fields.people), fields.people_members)) \
        if len(fields.people) == len(fields.people_members) else {}
    members = tuple(known.get(fold(p).split()[-1]) for p in people)
    return replace(fields, people=people,
                   people_members=members if any(m is not None for m in members) else ())


def on_behalf(mail: Mail, text: str, own: set[str]) -> tuple[str | None, str] | None:
    """(name, address) of the colleague the sender registers, if the text names one."""
    sender = mail.sender.key if mail.sender else ""
    for match in ADDRESS.finditer(text):
        address = match.group(0).rstrip(".").lower()
        if address in own or address == sender:
            continue
        return _name_for(address, mail) or _name_before(text, match.start()), address
    return None


def name_of_address(text: str, address: str) -> str | None:
    """The person the text names whose name the address spells ("meine Kollegin Anna
    Rainer ... Ihre Mail ist anna.rainer@..."): first name and surname in its local part."""
    local = re.sub(r"[^a-z]", " ", fold(address.partition("@")[0])).split()
    for match in re.finditer(r"\b(?=([A-ZÄÖÜ][\w'-]+\s+[A-ZÄÖÜ][\w'-]+)\b)", text):  # overlapping pairs
        words = fold(match.group(1)).split()
        if words[-1] in local and (words[0] in local or words[0][:1] in local) and looks_like_name(match.group(1)):
            return " ".join(match.group(1).split())
    return None


def _name_for(address: str, mail: Mail) -> str | None:
    """The display name that goes with ``address`` in the headers or an attached mail."""
    known: list[Address] = [*mail.to, *mail.cc, *mail.reply_to]
    for attachment in mail.attachments:
        if attachment.content_type == "message/rfc822":
            head = attachment.data[:4000].decode("utf-8", "replace").split("\n\n", 1)[0]
            for line in head.splitlines():
                if line.lower().startswith(("from:", "sender:")):
                    value = line.split(":", 1)[1]
                    found = re.match(r'\s*"?([^"<]*)"?\s*<([^>]+)>', value)
                    if found:
                        known.append(Address(found.group(2).strip(), found.group(1).strip()))
    for item in known:
        if item.key == address and item.name:
            name = display_name(item.name)
            if name:
                return name
    return None


def _name_before(text: str, position: int) -> str | None:
    """ "Frau Dr. Anna Schmidt, anna.schmidt@..." -> "Dr. Anna Schmidt"."""
    before = text[max(0, position - 80):position]
    before = re.split(r"[\n:;]", before)[-1]
    before = re.sub(r"[(<\[,\s]+$", "", before)
    words: list[str] = []
    for word in reversed(before.split()):
        clean = word.strip("(),")
        if fold(clean) in ("frau", "herr", "herrn", "kollegin", "kollegen", "kollege", "ms.", "mr.", "mrs."):
            break
        if clean[:1].isupper() or TITLE.match(clean + " "):
            words.insert(0, clean)
            if len(words) >= 5:
                break
        else:
            break
    name = " ".join(words)
    return name if name and looks_like_name(name) else None


# "Frau Bürgermeisterin Dr. Ingrid Kaltenbach", "Herrn Georg Pfister", "on behalf of Prof.
# Dr. Miriam Adler": a person the mail is about, with an office word before the name.
_OFFICE = (r"(?:(?:Erste|Zweite|Dritte|[Ss]tellvertretende|[Bb]erufsmäßige|[Ee]hrenamtliche)[nr]?\s+)?"  # "Herrn Zweiten Bürgermeister Dr. X"
           r"(?:(?:Ober)?[Bb]ürgermeisterin|(?:Ober)?[Bb]ürgermeister|Landrätin|Landrat|Kollegin|Kollege|"
           r"Professorin|Professor|(?:[A-ZÄÖÜ][a-zäöüß]*b|B)eigeordnete[nr]?|Stadträtin|Stadtrat|Kreisrätin|Kreisrat|"
           # a job title ending like one: "Dezernentin", "Amtsleiter", "Sozialdezernent",
           # "Fachbereichsleiterin", "Kreisdirektor", "Geschäftsführerin"
           r"[A-ZÄÖÜ][a-zäöüß]*(?:dezernent|leiter|direktor|führer|präsident|referent|beauftragte)"
           r"(?:in|en|er|r|n)?|Dezernent(?:in|en)?|Leiter(?:in)?|Direktor(?:in)?)")
_NAMED = re.compile(
    r"(?:\b(?:[Oo]n behalf of|[Ii]m Auftrag von|in Vertretung für)\s+(?:(?:Frau|Herrn?|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
    r"|\b(?:Frau|Herrn?|Mr\.?|Ms\.?|Mrs\.?)\s+)"
    rf"(?:{_OFFICE}\s+)?"
    r"(?:(?:Ing\.|DI|DSA)\s+)?"  # Austrian professional titles: kept out of the name
    r"((?:(?:Mag\.a?|Mag\.\s*\(FH\))[ \t]+)?(?:(?:Prof\.|Dr\.)[ \t]*(?:(?:Dr\.|phil\.|med\.|rer\.[ \t]*\w+\.)[ \t]*)*)?[A-ZÄÖÜ][\w'-]+(?:[ \t]+[A-ZÄÖÜ][\w'-]+)?)")
# Sentence ends, but not after a title ("Frau Dr. Ingrid Kaltenbach").
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])(?<!\bDr\.)(?<!\bProf\.)(?<!\bphil\.)(?<!\bmed\.)(?<!\bFr\.)(?<!\bHr\.)(?<!\bz\.)(?<!\bHd\.)(?<!\bIng\.)(?<!\bMag\.)\s+"
                             r"|\n\s*\n")
_FOR_THE_ATTENTION = re.compile(r"(?:z\.\s?hd\.?|zu h(?:ä|ae)nden|attn\b|attention\b|c/o\b)", re.I)
_REFERS = re.compile(r"\b(?:ihr|ihm|sie|ihn|her|him)\b")
_ABOUT_ATTENDING = re.compile(r"teilnehm|teilnahm|nimmt|\bmeld|anmeld|anzumeld|angemeldet|reservier|platz|vormerk|"
                              r"vorzumerk|vorgemerkt|stornier|absag|"
                              r"register|attend|book|seat|spot|cancel", re.I)


def is_office_word(word: str) -> bool:
    """ "Regierungsdirektor", "Bürgermeisterin", "Kollegin": an office before a name, no first name."""
    return re.fullmatch(_OFFICE, word) is not None


def named_attendees(text: str) -> tuple[str, ...]:
    """The people a sentence about attending names with "Frau", "Herrn" or "on behalf
    of" ("möchte ich Herrn Georg Pfister und Frau Agnieszka Kowalczyk anmelden"), never
    from a greeting line ("Hallo Frau Sievers,")."""
    out: list[str] = []
    if not _NAMED.search(text):
        return ()
    sentences = _SENTENCE_SPLIT.split(text)
    for i, sentence in enumerate(sentences):
        # ... or the next one refers to the person ("Frau Dr. X hat Interesse. Bitte
        # reservieren Sie ihr einen Platz.")
        following = sentences[i + 1] if i + 1 < len(sentences) else ""
        if not (_ABOUT_ATTENDING.search(sentence)
                or (_ABOUT_ATTENDING.search(following) and _REFERS.search(following))):
            continue
        for match in _NAMED.finditer(sentence):
            line_start = sentence.rfind("\n", 0, match.start()) + 1
            if re.match(r"\s*(?:hallo|liebe|lieber|sehr geehrte|guten (?:tag|morgen)|gr(?:ü|ue)(?:ß|ss) gott|servus|moin"
                        r"|dear|hi|hello|good morning)\b",
                        sentence[line_start:match.start()], re.I):
                continue
            if _FOR_THE_ATTENTION.search(sentence[line_start:match.start()]):
                continue  # "z. Hd. Schatzmeister Herrn X" in an invoice address: who pays, not who comes
            name = match.group(1).strip()
            _, rest = split_title(name)
            surname = fold(rest).split()[-1:] if rest else []
            # "Frau Dr. Angelika Brauer ... z. Hd. Frau Dr. Brauer": one person, named fully first
            if rest and rest not in ("Kollegin", "Kollege") \
                    and all(fold(other).split()[-1:] != surname for other in out):
                out.append(name)
    return tuple(out)
