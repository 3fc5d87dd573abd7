"""Persons named in running text, read as grammar: a coordination of persons ("Frau
Sandra Kuhlmann und Herrn Bernd Ostendorf", "myself and Ciarán Duffy", "ich un ming
Kolleje Gaby Nettesheim", "Markus Gruber und DSA Sabine Haider, beide keine
Mitglieder") or one person introduced by a possessive and what they are to the
writer ("my collegue Dr. Paola Ferrandi", "unsere Kassenwartin Ilka Brandt").

A person phrase is: perhaps a possessive with one noun (any noun: the role is not
looked up), perhaps a form of address (Frau, Herr, Mr, Ms), titles (Dr., Prof. and the
Austrian Mag., Mag.a, Mag. (FH) are kept as part of the name, a professional
abbreviation such as "DSA" or "Ing." is dropped), and a name of two to four capitalised words (the surname alone after a
form of address), perhaps with a bracket after it ("(Mitglied)", "(ich)"). The writer
stands in a coordination as "ich", "mich", "myself", "me".

The persons come when their clause registers or announces them (``wishes.coming``:
"hiermit melden wir Frau A und Herrn B an"), when they are the list after a clause
that does ("wir nehmen zu zweit teil: A und B"), or when the writer is among them in
a statement of their own ("Dat heiß: ich un ming Kolleje X."). Never: whom the mail
greets, persons after a preposition ("nach Rücksprache mit Frau A und Herrn B"),
persons someone stands in for, persons who only may come ("eventuell"), a name with
a number after it (an address). Pure; the names come back as written, in order.
"""

from __future__ import annotations

import re

from inbox_agent.understanding.signature import GREETING, looks_like_name
from inbox_agent.understanding.text import fold
from inbox_agent.understanding.wishes import NEGATION, coming

_POSSESSIVE = (r"(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer|ming|minge|my|our"
               r"|Mein|Meine|Meinen|Unser|Unsere|Unseren|My|Our)")
_ADDRESS = r"(?:Frau|Herrn?|Mr\.?|Ms\.?|Mrs\.?)"
_KEPT = r"(?:Prof\.|Dr\.|Mag\.a|Mag\.\s*\(FH\)|Mag\.)"
_DROPPED = r"(?:[A-Z]{2,4}|Ing\.|Dipl\.-\w+\.?)"
# A name's word: capitalised, not a form of address, a title without its dot or a
# pronoun of address ("Machen Se", "Könnten Sie", "Ihre Einladung" are no names).
_WORD = r"(?!(?:Frau|Herrn?|Mrs?|Ms|Dr|Prof|Sie|Se|Ihr|Ihre[mnrs]?|Ihnen|Du|Dir|Dich|Euch|Eure[mnrs]?)\b)[A-ZÄÖÜ][\w'-]+"
_LINK = r"(?:von|van|de|der|zu|den)"
_PERSON = re.compile(
    rf"(?P<role>\b{_POSSESSIVE}\s+(?:[\w*]+(?::innen)?,?\s+)?)?"  # also "unseren Leiter, Herrn X"
    rf"(?P<address>\b{_ADDRESS}\s+)?"
    rf"(?:(?P<dropped>\b{_DROPPED})\s+)?"
    rf"(?P<name>(?:{_KEPT}\s+)*{_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,3}})"
    rf"(?P<bracket>\s*\([^()\n]{{0,40}}\))?")
# A number right after a name: an address ("Postbus 100"), no person.
_NUMBER_AFTER = re.compile(r"\s*\d")
# A surname alone (with titles) after a form of address: "Frau Dr. Weber".
_SURNAME = re.compile(rf"(?:{_KEPT}\s+)*{_WORD}")
_UNDOTTED = re.compile(r"\b(Dr|Prof|Mag|Mrs?|Ms|Ing)\.(?= [A-ZÄÖÜ])")
_WRITER_BRACKET = re.compile(r"\b(?:ich|mich|me|myself)(?:\s+(?:selbst|selber))?\s*\(([^()\n]{1,40})\)")
_SELF = re.compile(r"\b(?:ich|mich|mir|myself|me|I)(?:\s+(?:selbst|selber))?\b")
# What may stand between two members of a coordination.
_BETWEEN = re.compile(r"\s*(?:,\s*(?:(?:und|and|sowie)\s+)?|(?:\b(?:und|and|sowie|un|as well as|plus)\b|&)\s*)"
                      r"(?:(?:auch|also)\s+)?(?:(?:for|für|fuer)\s+)?", re.I)
# A person who may come is no attendee yet: "eventuell kommt auch meine Kollegin X".
_HEDGED = re.compile(r"\b(?:vielleicht|eventuell|evtl|moeglicherweise|ggf|gegebenenfalls|unter umstaenden"
                     r"|maybe|perhaps|possibly|might)\b")
# A preposition before the persons makes them no object of a registration, unless it
# says they come along ("zusammen mit", "together with").
_GOVERNED = re.compile(r"(?:\b(zusammen|gemeinsam|together|along)\s+)?\b(?:mit|von|vom|bei|nach|an|ueber|durch"
                       r"|laut|with|from|by|to|via|per)\s*$")
# Persons someone stands in for do not come: "in Vertretung für Frau A und Herrn B".
_INSTEAD = re.compile(r"\b(?:vertret\w*|vertretung\w*|statt|anstatt|anstelle|stelle von|ersatz\w*|ersetz\w*"
                      r"|instead|replac\w*|substitut\w*|on behalf)\b")
# One person named alone, by what they are to the writer, comes beside the writer
# only when the sentence says so ("Also my colleague X wants to come").
_ADDED = re.compile(r"\b(?:also|too|as well|auch|ooch|ebenfalls|zusaetzlich|ausserdem)\b")
# A sentence ends at a mark, not after a title ("Dr. Paola Ferrandi"), or at a blank line.
# "Sehr geehrte Frau Wendt,", "Hallo Herr Overbeck und Frau Sievers,": whom the mail
# greets, up to the comma, is nobody who comes.
_SALUTATION = re.compile(r"^\s*(?:sehr\s+geehrte\w*|liebe\w*|hallo|hello|guten\s+(?:tag|morgen|abend)|gr(?:ü|ue)(?:ß|ss)\s+gott"
                         r"|good\s+(?:morning|afternoon)|dear|hi|hey|moin|servus)\b[^,\n]*(?:,|$)", re.I)
_SENTENCE = re.compile(r"(?<![A-Z][a-z]\.)(?<!\bProf\.)(?<!\bMag\.)(?<!\bMrs\.)(?<=[^\W\d_][.!?])\s+"
                       r"|\n[ \t]*\n")


def named_persons(text: str, own_name: str = "") -> list[tuple[str, str]]:
    """(name, what is said of them) for every person ``text`` names as coming beside
    the writer (``own_name`` counts as the writer): the name as written ("Dr. Paola
    Ferrandi"); the bracket after it, else what follows the whole coordination up to
    the sentence's end, for what it says about membership ("(kein Mitglied)", ",
    beide keine Mitglieder")."""
    own = fold(own_name).split()[-1:] if own_name else []
    out: list[tuple[str, str]] = []
    lines = [_SALUTATION.sub("", line) for line in text.splitlines() if not GREETING.match(fold(line))]
    for sentence in _SENTENCE.split("\n".join(lines)):
        sentence = " ".join(sentence.split())
        members = _members(sentence, own)
        if not members:
            continue
        for group, start, end in _groups(sentence, members):
            with_self = any(kind == "self" for kind, _m in group)
            persons = [m for kind, m in group if kind == "person"]
            if len(group) < 2 and not (persons and persons[0].group("role") and _ADDED.search(fold(sentence))):
                continue
            if _HEDGED.search(fold(sentence)) or not _comes(sentence, start, end, with_self and len(group) > 1):
                continue
            for match in persons:
                out.append((_name(match), match.group("bracket") or sentence[end:]))
    return out


def writer_bracket(text: str) -> str:
    """What a bracket right after the writer's "ich"/"mich"/"me" says ("mich
    (Mitglied)"), or ""."""
    found = _WRITER_BRACKET.search(text)
    return found.group(1) if found else ""


def _comes(sentence: str, start: int, end: int, with_self: bool) -> bool:
    """Whether the persons at ``start:end`` come: their clause registers or announces
    them ("hiermit melden wir Frau A und Herrn B an"), or they are the list after a
    clause that does ("wir nehmen zu zweit teil: A und B"), or, with the writer among
    them, they stand alone in a statement ("Dat heiß: ich un ming Kolleje X.").
    "Wie mit Frau A und Herrn B besprochen, melde ich mich an" names nobody who comes."""
    before = sentence[:start]
    governed = _GOVERNED.search(fold(before))
    if governed and not governed.group(1):
        return False  # "nach Rücksprache mit Frau A und Herrn B", "approved by Ms A and Mr B"
    cut = max(before.rfind(mark) for mark in ",;:")
    after = re.search(r"[,;:]", sentence[end:])
    clause = sentence[cut + 1:end + (after.start() if after else len(sentence) - end)]
    if _INSTEAD.search(fold(clause)):
        return False  # "ich melde mich in Vertretung für Frau A und Herrn B an": they do not come
    if coming(_UNDOTTED.sub(r"\1", clause)):
        return True
    if before.rstrip().endswith(":") and coming(_UNDOTTED.sub(r"\1", before)):
        return True
    rest = clause.replace(sentence[start:end], " ")
    return with_self and len(re.findall(r"\w+", rest)) <= 1 and _plain(sentence)


def _plain(sentence: str) -> bool:
    """A statement that negates nothing: no question, no "nicht", "kein", "not"
    ("Frau X und ich können leider nicht kommen" announces no one)."""
    return not sentence.rstrip().endswith("?") and not NEGATION & set(re.findall(r"[a-z']+", fold(sentence)))


def _members(sentence: str, own: list[str]) -> list[tuple[int, int, str, re.Match[str] | None]]:
    """Every person phrase and every word for the writer, in order: (start, end, kind,
    match); the writer's own name, or a person marked "(ich)", is the writer."""
    found: list[tuple[int, int, str, re.Match[str] | None]] = []
    for match in _PERSON.finditer(sentence):
        name = match.group("name")
        if _NUMBER_AFTER.match(sentence, match.end()):
            continue  # "Sociaal Domein Postbus 100": an address
        if looks_like_name(name) or (match.group("address") and _SURNAME.fullmatch(name)):
            writer = fold(name).split()[-1:] == own or _SELF.fullmatch((match.group("bracket") or "").strip(" ()"))
            found.append((match.start(), match.end(), "self" if writer else "person", match))
    taken = [(s, e) for s, e, _k, _m in found]
    for match in _SELF.finditer(sentence):
        if not any(s <= match.start() < e for s, e in taken):
            found.append((match.start(), match.end(), "self", None))
    return sorted(found, key=lambda item: item[0])


def _groups(sentence: str, members: list) -> list[tuple[list[tuple[str, re.Match[str] | None]], int, int]]:
    """The members in runs joined only by commas and "und"/"and"/"sowie", each with
    where the run starts and ends."""
    groups: list[tuple[list[tuple[str, re.Match[str] | None]], int, int]] = []
    for start, end, kind, match in members:
        if groups and _BETWEEN.fullmatch(sentence[groups[-1][2]:start]):
            groups[-1] = (groups[-1][0] + [(kind, match)], groups[-1][1], end)
        else:
            groups.append(([(kind, match)], start, end))
    return groups


def _name(match: re.Match[str]) -> str:
    return " ".join(match.group("name").split())


__all__ = ["named_persons", "writer_bracket"]
