"""German-aware text normalisation shared by the phrase matchers.

Staff write phrases the way they would say them ("Anmeldung", "melde mich ... an",
"Stornierung"); mails write them in any case, with or without umlauts ("Gebuehr",
"Gebühr"), and in any inflection ("anmelden", "Anmeldung", "angemeldet"). Both the
phrase and the mail text go through the same ``normalise`` so that they meet in the
middle: lower case, umlauts and ß folded to ae/oe/ue/ss, every word cut to a light
stem. A phrase then matches when its stems appear as consecutive words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})

# Words and sentence ends; everything else separates words. A sentence end becomes
# the token "|" so that a phrase never matches across two sentences. A single line
# break is not a sentence end (mail text is hard-wrapped), an empty line is.
# Hyphens separate words ("VSOP-Mitglied" = "VSOP Mitglied"); apostrophes do not.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|\n[ \t]*\n|[.!?;:]")
# Addresses, links and domains are not words (their dots are not sentence ends;
# "vsop.de" in a spam mail is not a mention of the VSOP).
_NOT_WORDS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:de|com|org|net|eu|info|at|ch|nl|ie|uk|example)\b")
# A dot after these is an abbreviation, not a sentence end.
_ABBREVIATIONS = frozenset("""
dr prof hr fr frau herr nr str bzw usw ggf inkl evtl ca z b u a d h i v st tel abt fb kst hd geb sog
vgl etc ff s o mr mrs ms e g al jr sr min max mio tsd std ua zb dh
""".split())

# Separable verb prefixes: "angemeldet" -> "anmeldet" so it stems like "anmelden".
_SEPARABLE = (
    "teil", "zurueck", "vor", "an", "ab", "zu", "aus", "ein", "mit", "nach", "um", "auf",
)
# Endings cut from the right, longest first; what is left must keep 3+ letters.
_SUFFIXES = (
    "ungen", "ung", "heiten", "heit", "keiten", "keit", "erinnen", "innen", "erin",
    "ern", "em", "en", "er", "es", "est", "et", "st", "te", "e", "n", "s", "t",
)
# Feminine nouns whose "-in" is no ending of the masculine ("Kollegin", "Referentin").
_FEMININE = re.compile(r"(?:g|nt)in$")
# Gendered plurals written with a star, colon, underscore or capital I: "Kolleg*innen",
# "Teilnehmer:innen", "MitarbeiterInnen" read as "Kolleginnen", ... (before folding).
_GENDER_MARK = re.compile(r"(?<=[^\W\d_])(?:[*:_/·]|(?<=[a-zäöüß])(?=I))[Ii](nnen|n)\b")
# Strong and irregular verb forms (folded) that no ending rule brings to the form the
# phrases are written in: "überweist", "überwiesen", "übernimmt", "beglichen".
_IRREGULAR = {
    "ueberweist": "ueberweisen", "ueberwies": "ueberweisen", "ueberwiesen": "ueberweisen",
    "ueberweisst": "ueberweisen", "weist": "weisen", "verweist": "verweisen",
    "uebernimmt": "uebernehmen", "uebernahm": "uebernehmen", "uebernommen": "uebernehmen",
    "nimmt": "nehmen", "nahm": "nehmen", "nahmen": "nehmen", "genommen": "nehmen",
    "teilgenommen": "teilnehmen", "begleicht": "begleichen", "beglich": "begleichen",
    "beglichen": "begleichen", "erhaelt": "erhalten", "erhielt": "erhalten",
    "gibt": "geben", "gab": "geben", "gegeben": "geben", "kam": "kommen", "kamen": "kommen",
    "gekommen": "kommen", "vorgelegen": "vorliegen", "eingegangen": "eingehen",
    "ging": "gehen", "gegangen": "gehen", "schickt": "schicken", "sandte": "senden",
    "gesandt": "senden", "trifft": "treffen", "getroffen": "treffen", "entrichtet": "entrichten",
    "paid": "pay", "pays": "pay", "transferred": "transfer", "transfers": "transfer",
    "settled": "settle", "settles": "settle", "invoiced": "invoice", "covered": "cover",
    "covers": "cover",
}


def fold(text: str) -> str:
    """Lower case with umlauts and ß spelled out; other accents removed (é -> e)."""
    text = text.lower().translate(_FOLD)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem of one folded word: good enough to make inflections meet.

    Not a linguistic stemmer: it only has to cut the phrase and the text alike.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    word = _IRREGULAR.get(word, word)
    if _FEMININE.search(word) and len(word) > 6:
        word = word[:-2]
    elif word.endswith(("ginnen", "ntinnen")):
        word = word[:-5]
    word = _drop_participle_ge(word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _drop_participle_ge(word: str) -> str:
    """angemeldet -> anmeldet, vorangemeldet -> voranmeldet, gebucht -> bucht."""
    start = 0
    for _ in range(2):  # at most two separable prefixes: vor-an-ge-meldet
        for prefix in _SEPARABLE:
            if word.startswith(prefix, start):
                end = start + len(prefix)
                if word.startswith("ge", end) and len(word) > end + 5:
                    return word[:end] + word[end + 2:]
                start = end
                break
        else:
            break
    if word.startswith("ge") and len(word) > 6 and word.endswith(("t", "en")):
        return word[2:]
    return word


def tokens(text: str) -> list[str]:
    """Folded, stemmed words of ``text``; "|" marks a sentence end."""
    out: list[str] = []
    previous = ""
    text = _GENDER_MARK.sub(lambda m: "i" + m.group(1), text)
    for token in _TOKEN.findall(_NOT_WORDS.sub(" ", fold(text))):
        if token[0].isalnum():
            out.append(stem(token.replace("'", "")))
            previous = token
            continue
        if token == "." and (previous in _ABBREVIATIONS or previous.isdigit()):
            continue
        if out and out[-1] != "|":
            out.append("|")
        previous = ""
    return out


def normalise(text: str) -> str:
    """The form phrases are searched in: " stem stem | stem " with outer spaces."""
    return " " + " ".join(tokens(text)) + " "


def phrase_pattern(phrase: str) -> str:
    """A regex (source) for one staff-written phrase, searched in ``normalise`` output.

    ``...`` stands for up to six words of the same sentence ("sage ... ab");
    a ``*`` at the start or end of a word allows more letters there ("*anmeldung"
    also finds "Tagungsanmeldung", "rechnung*" also "Rechnungseingang"; the word is
    stemmed first, so "rechnung*" is "rechn" and more). Raises ValueError for an
    empty phrase.
    """
    parts: list[str] = []
    for raw in phrase.split():
        if raw == "...":
            parts.append(r"(?:[^ |]+ ){0,6}")
            continue
        lead = raw.startswith("*")
        trail = raw.endswith("*")
        word = raw.strip("*")
        toks = [t for t in tokens(word) if t != "|"]
        if not toks:
            continue
        piece = " ".join(re.escape(t) for t in toks)
        if lead:
            piece = r"[^ |]*" + piece
        if trail:
            piece = piece + r"[^ |]*"
        parts.append(piece + " ")
    if not parts or all(p.startswith("(?:") for p in parts):
        raise ValueError(f"phrase {phrase!r} has no words")
    return " " + "".join(parts)


@lru_cache(maxsize=64)
def words(normalised: str) -> frozenset[str]:
    """The distinct stems of a ``normalise`` output: a phrase whose first word is not
    among them cannot match, so its regex need not run."""
    return frozenset(normalised.split())


def first_word(phrase: str) -> str | None:
    """The stem a match of ``phrase`` must start with, or None when it starts with a
    wildcard ("*anmeldung", "rechnung*", "...") and so can start with anything."""
    first = phrase.split()[0] if phrase.split() else ""
    if not first or first == "..." or first.startswith("*") or first.endswith("*"):
        return None
    toks = [t for t in tokens(first) if t != "|"]
    return toks[0] if toks else None
