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
from bisect import bisect_left
from collections.abc import Iterable
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
# Its first three branches need an "@", a "://", a "www." (most texts have none): a text
# without one is searched without that branch (``_not_words``), the same matches.
_NOT_WORDS_NEED = ("@", "://", "www.")
_NOT_WORDS_BRANCHES = _NOT_WORDS.pattern.split("|", 3)
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
# Written to begin with the mark (or the capital I) so that the search skips to where
# one stands; the same matches as "(?<=[^\W\d_])(?:[*:_/·]|(?<=[a-zäöüß])(?=I))[Ii](nnen|n)\b"
# (tests/test_understanding_speed.py).
_GENDER_MARK = re.compile(r"(?:[*:_/·](?<=[^\W\d_][*:_/·])[Ii]|I(?<=[a-zäöüß]I))(nnen|n)\b")
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
    # nouns whose stem would be another word: "Tagung" is no "Tag" ("Guten Tag" names no conference)
    "tagung": "tagung", "tagungen": "tagung",
}


_KEPT = {w: s for w, s in _IRREGULAR.items() if w.startswith("tagung")}


class _Folded(dict[int, str]):
    """What ``fold`` makes of each character of a lower-cased text, learnt as met: the
    umlaut spelled out, else its NFKD decomposition without the combining marks. Read
    a character at a time, this is what decomposing the whole text and dropping its
    combining marks gives (decomposition is per character; the canonical reordering
    moves only combining marks, and they are all dropped)."""

    def __missing__(self, code: int) -> str:
        folded = chr(code).translate(_FOLD)
        if not folded.isascii():
            folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
        if len(self) < 8192:  # a hostile mail of every code point does not grow it for ever
            self[code] = folded
        return folded


_FOLDED = _Folded()


def fold(text: str) -> str:
    """Lower case with umlauts and ß spelled out; other accents removed (é -> e)."""
    text = text.lower()
    if text.isascii():
        return text
    return _translated(text) if len(text) <= _KEPT_UP_TO else text.translate(_FOLDED)


@lru_cache(maxsize=64)
def _translated(lowered: str) -> str:
    """``fold`` of a text that is not ASCII, kept for the last few: the steps of one mail
    fold the same body, lines and names again and again (two thirds of the calls)."""
    return lowered.translate(_FOLDED)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem of one folded word: good enough to make inflections meet.

    Not a linguistic stemmer: it only has to cut the phrase and the text alike.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word in _KEPT:
        return _KEPT[word]
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
    folded = fold(text)
    for token in _TOKEN.findall(_not_words(*(need in folded for need in _NOT_WORDS_NEED)).sub(" ", folded)):
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


@lru_cache(maxsize=8)
def _not_words(at: bool, link: bool, www: bool) -> re.Pattern[str]:
    """``_NOT_WORDS`` without the branches the text cannot match (no "@", "://", "www.")."""
    kept = [branch for branch, present in zip(_NOT_WORDS_BRANCHES, (at, link, www, True)) if present]
    return _NOT_WORDS if all((at, link, www)) else re.compile("|".join(kept))


# Texts up to this size are kept by the caches below (a mail of 25 MB is not kept 16 times).
_KEPT_UP_TO = 65536


def normalise(text: str) -> str:
    """The form phrases are searched in: " stem stem | stem " with outer spaces.

    Kept for the last few texts: the rules and the fields step read the same text of a
    mail (what the sender wrote) and normalise it each."""
    return _normalised(text) if len(text) <= _KEPT_UP_TO else _normalised.__wrapped__(text)


@lru_cache(maxsize=16)
def _normalised(text: str) -> str:
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


def word_count(text: str) -> int:
    """How many words ``text`` has (split at white space); a dozen rules ask it of one mail."""
    return _word_count(text) if len(text) <= _KEPT_UP_TO else len(text.split())


@lru_cache(maxsize=16)
def _word_count(text: str) -> int:
    return len(text.split())


@lru_cache(maxsize=64)
def word_starts(normalised: str) -> dict[str, tuple[int, ...]]:
    """Where each word of a ``normalise`` output starts: the index of the space before it."""
    out: dict[str, list[int]] = {}
    place = 0
    for word in normalised.split(" ")[1:-1]:
        out.setdefault(word, []).append(place)
        place += len(word) + 1
    return {w: tuple(at) for w, at in out.items()}


def first_word(phrase: str) -> tuple[str, bool] | None:
    """The stem a match of ``phrase`` must start with and whether more letters may follow
    it ("rechnung*"); None when it may start with anything ("*anmeldung", "...")."""
    first = phrase.split()[0] if phrase.split() else ""
    if not first or first == "..." or first.startswith("*"):
        return None
    toks = [t for t in tokens(first.rstrip("*")) if t != "|"]
    if not toks:
        return None
    return toks[0], first.endswith("*") and len(toks) == 1


@lru_cache(maxsize=64)
def sorted_words(normalised: str) -> tuple[str, ...]:
    """``words`` in order, to look up prefixes."""
    return tuple(sorted(words(normalised)))


def has_prefix(normalised: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a word of ``normalised`` starts with one of ``prefixes``."""
    found = sorted_words(normalised)
    for prefix in prefixes:
        i = bisect_left(found, prefix)
        if i < len(found) and found[i].startswith(prefix):
            return True
    return False


class PhraseSet:
    """Many phrases searched at once in a ``normalise`` output, fast.

    One-word phrases are looked up in the text's set of words; the others are one
    alternation (one regex search per text, not one per phrase), skipped when none of
    their first words is in the text. The earliest match in the text wins, and among
    matches at the same place the phrase given first, as with one alternation.
    Raises ValueError for a phrase without words.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        sources: list[str] = []
        self.single: dict[str, int] = {}  # stem -> first phrase index
        self.single_prefix: dict[str, int] = {}  # "rechn" of "rechnung*" -> index
        firsts = []
        for index, phrase in enumerate(phrases):
            source = phrase_pattern(phrase)
            first = first_word(phrase)
            if first is not None and len(phrase.split()) == 1 and len(tokens(phrase.strip("*"))) == 1:
                table = self.single_prefix if first[1] else self.single
                table.setdefault(first[0], index)
                continue
            sources.append(f"(?P<p{index}>{source})")
            firsts.append(first)
        self.pattern = re.compile("|".join(sources)) if sources else None
        self.gated = None not in firsts
        self.firsts = frozenset(f for f, prefix in firsts if not prefix) if self.gated else frozenset()
        self.prefixes = tuple(sorted({f for f, prefix in firsts if prefix})) if self.gated else ()
        self.single_prefixes = tuple(sorted(self.single_prefix))
        # Most texts have none of a set's words: one look at them answers None. Every
        # phrase here is found at a first word or prefix of these (None: one may start
        # anywhere, "*anmeldung" or "...": no such look).
        self.words = frozenset(self.single) | self.firsts if self.gated or self.pattern is None else None
        self.starts = tuple(sorted({*self.single_prefixes, *self.prefixes}))

    def search(self, normalised: str) -> tuple[int, str] | None:
        """(index of the phrase, the words it matched) for the earliest match, or None."""
        best: tuple[int, int, str] | None = None  # (position, phrase index, found)
        present = words(normalised)
        if self.words is not None and present.isdisjoint(self.words) \
                and not (self.starts and has_prefix(normalised, self.starts)):
            return None
        for stem in present.intersection(self.single):
            best = _earlier(best, (normalised.find(f" {stem} "), self.single[stem], stem))
        if self.single_prefixes and has_prefix(normalised, self.single_prefixes):
            for word in present:
                for prefix in self.single_prefixes:
                    if word.startswith(prefix):
                        best = _earlier(best, (normalised.find(f" {word} "), self.single_prefix[prefix], word))
        if self.pattern is not None:
            found = self._first_match(normalised) if self.gated else self.pattern.search(normalised)
            if found:
                best = _earlier(best, (found.start(), int(found.lastgroup[1:]), found.group(0).strip()))
        return None if best is None else (best[1], best[2])

    def _first_match(self, normalised: str) -> re.Match[str] | None:
        """What ``self.pattern.search`` finds, tried only where a match can start: at the
        space before a first word of a phrase (every phrase here has one). The earliest
        such place that matches wins, as in a search; the alternation picks the phrase
        there. One regex attempt per candidate word instead of every branch at every
        space of the text."""
        starts = word_starts(normalised)
        # The phrases' few first words looked up in the text's (not the text's many in theirs).
        places = [p for w in self.firsts if w in starts for p in starts[w]]
        if self.prefixes and has_prefix(normalised, self.prefixes):
            places += [p for w, at in starts.items() if w.startswith(self.prefixes) for p in at]
        for place in sorted(set(places)) if len(places) > 1 else places:
            found = self.pattern.match(normalised, place)
            if found:
                return found
        return None


def _earlier(best: tuple[int, int, str] | None, other: tuple[int, int, str]) -> tuple[int, int, str]:
    return other if best is None or other[:2] < best[:2] else best
