"""The faster forms of the understanding's patterns and normalisation find exactly what
the plain forms found (issue 17, round 6): each is compared with the plain form it
replaced, on every mail of the corpora and on random text made to hit the edges."""

from __future__ import annotations

import functools
import random
import re
import unicodedata
from pathlib import Path

import pytest

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.understanding import matchers_words, text

MAILS = Path(__file__).parent / "mails"

# The pattern before round 6: correct, but quadratic in a sentence that ends otherwise.
PLAIN_QUESTION = re.compile(r"[^.!?\n]*(?:\n[^.!?\n]+)*\?")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("seed", range(4))
def test_question_sentences_are_the_plain_patterns(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "ab .!?\n\n \t"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _spans(matchers_words._QUESTION, text) == _spans(PLAIN_QUESTION, text), text


def test_question_sentences_in_mails_as_written() -> None:
    texts = [
        "Hallo,\nich melde mich an.\nGeht das noch?\nDanke!",
        "Frage: kommt\nIhr auch?? Ja.\n\nUnd wir?",
        "Kein Satzende\nhier\nund da",
        "\n?\n.?\n\n?x?",
        "Sehr geehrte Damen und Herren\nhiermit melde ich mich an\n" * 40 + "Geht das.",
    ]
    for sample in texts:
        assert _spans(matchers_words._QUESTION, sample) == _spans(PLAIN_QUESTION, sample), sample
    assert [m.group(0) for m in matchers_words._QUESTION.finditer(texts[0])] == ["\nGeht das noch?"]


def plain_fold(value: str) -> str:
    """``text.fold`` before round 6: the whole text decomposed, combining marks dropped."""
    value = value.lower().translate(text._FOLD)
    if value.isascii():
        return value
    return "".join(ch for ch in unicodedata.normalize("NFKD", value) if not unicodedata.combining(ch))


def test_fold_is_the_plain_fold_for_each_character() -> None:
    for code in [*range(0x10000), *range(0x10000, 0x110000, 97)]:  # the BMP, a sample beyond
        char = chr(code)
        assert text.fold(char) == plain_fold(char), hex(code)
        assert text.fold(f"Ä{char}\u0301e") == plain_fold(f"Ä{char}\u0301e"), hex(code)


def test_fold_is_the_plain_fold_on_mixed_text_and_mails() -> None:
    rng = random.Random(7)
    pool = [chr(c) for c in range(0x20, 0x3000)] + ["\u0301", "\u0308", "\u0327", "ẞ", "İ", "ß", "ﬁ", "가"]
    for _ in range(20000):
        value = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert text.fold(value) == plain_fold(value), repr(value)
    for path in sorted(MAILS.glob("*.eml")):
        mail = parse_bytes(path.read_bytes())
        for value in (mail.subject, mail.text, mail.signature, mail.quoted):
            assert text.fold(value) == plain_fold(value), path.name


def test_a_number_of_persons_is_read_as_word_by_word() -> None:
    from inbox_agent.understanding import values

    def plain(value: str) -> int | None:  # before round 6: a search per number word
        folded = text.fold(value)
        found = re.search(r"\d+", folded)
        if found:
            n = int(found.group(0))
            return n if 0 < n < 100 else None
        return next((n for word, n in values._NUMBERS.items() if re.search(rf"\b{word}\b", folded)), None)

    rng = random.Random(2)
    pieces = [*values._NUMBERS, "x", " ", "ein-", "einen", "zweite", "Zwei", "é", "_", "ten.", "fünf", "\n", "3"]
    for _ in range(20000):
        value = "".join(rng.choice(pieces) + rng.choice(["", " ", "-", "_"]) for _ in range(rng.randint(0, 6)))
        assert values.number(value) == plain(value), repr(value)


def test_organisation_words_match_as_ignoring_case() -> None:
    from inbox_agent.understanding import signature

    letters = sorted({c for c in signature.ORG.pattern + signature.UNIT.pattern if c.isalpha()})
    ignoring = [(letter, re.compile(re.escape(letter), re.I)) for letter in letters]
    for code in [*range(0x10000), *range(0x10000, 0x110000, 61)]:
        char = chr(code)
        cased = char.translate(signature._Caseless._SPECIAL).lower()
        assert len(cased) == 1, hex(code)
        for letter, pattern in ignoring:
            assert bool(pattern.fullmatch(char)) == (cased == letter), (hex(code), letter)
    rng = random.Random(0)
    words = re.findall(r"\w+|\W", signature.ORG.pattern + signature.UNIT.pattern)
    extra = ["İ", "ı", "ſ", "K", "STADT", "Amt ", "\n", "x", "1", "e. V.", "İNSTİTUT", "ſtadt", "Stadtverwaltung"]
    lines = [line for path in sorted(MAILS.glob("*.eml")) for line in path.read_text("utf-8", "replace").splitlines()]
    lines += ["".join(rng.choice(words + extra) + rng.choice(["", " "]) for _ in range(rng.randint(1, 6)))
              for _ in range(20000)]
    for plain, caseless in ((re.compile(signature.ORG.pattern, re.I), signature.ORG),
                            (re.compile(signature.UNIT.pattern, re.I), signature.UNIT)):
        for line in lines + [text.fold(line) for line in lines]:
            for how in ("search", "match", "fullmatch"):
                a, b = getattr(plain, how)(line), getattr(caseless, how)(line)
                assert (a and a.span()) == (b and b.span()), (how, line)


def test_a_long_text_is_normalised_but_not_kept() -> None:
    long_text = "Ich melde mich an. " * 5000  # 95,000 characters
    before = text._normalised.cache_info().currsize
    text._normalised.cache_clear()
    assert text.normalise(long_text) == " " + " ".join(text.tokens(long_text)) + " "
    assert text.word_count(long_text) == 20000
    assert text._normalised.cache_info().currsize == 0 and before >= 0
    assert text.normalise("Ich melde mich an.") == text.normalise("Ich melde mich an.")
    assert text._normalised.cache_info().currsize == 1


# --- round 8 -------------------------------------------------------------------------

PLAIN_GENDER_MARK = re.compile(r"(?<=[^\W\d_])(?:[*:_/·]|(?<=[a-zäöüß])(?=I))[Ii](nnen|n)\b")


@functools.lru_cache(maxsize=1)
def _corpus_texts() -> tuple[str, ...]:
    """Subject, text and signature of every mail of tests/mails and the development sets."""
    out: list[str] = []
    for folder in [MAILS, *sorted((MAILS.parent / "corpus").glob("dev*"))]:
        for path in sorted(folder.glob("*.eml")):
            mail = parse_bytes(path.read_bytes())
            out += [mail.subject or "", mail.text, mail.signature]
    return tuple(out)


def _plain_tokens(value: str) -> list[str]:
    """``text.tokens`` before round 8: the plain gender mark, every branch of ``_NOT_WORDS``."""
    out: list[str] = []
    previous = ""
    value = PLAIN_GENDER_MARK.sub(lambda m: "i" + m.group(1), value)
    for token in text._TOKEN.findall(text._NOT_WORDS.sub(" ", text.fold(value))):
        if token[0].isalnum():
            out.append(text.stem(token.replace("'", "")))
            previous = token
            continue
        if token == "." and (previous in text._ABBREVIATIONS or previous.isdigit()):
            continue
        if out and out[-1] != "|":
            out.append("|")
        previous = ""
    return out


def test_words_are_read_as_the_plain_tokens_read_them() -> None:
    """Round 8: ``tokens`` with the gender mark's pattern beginning with the mark and
    ``_NOT_WORDS`` without the branches a text cannot match (no "@", "://", "www.")."""
    rng = random.Random(12)
    pool = list("aäzI *:_/·\n.-@") + ["innen", "In", "://", "http", "https://x.de", "www.", "www.vsop.de",
                                        "a@b.de", "vsop.de", "x.example", "Dr.", "3.", "Kolleg", "'s"]
    values = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 10))) for _ in range(50000)]
    for value in [*values, *_corpus_texts()]:
        assert text.tokens(value) == _plain_tokens(value), repr(value)


def test_a_gender_mark_is_found_where_the_plain_pattern_finds_it() -> None:
    """``text._GENDER_MARK`` begins with the mark (a scan to where one stands): the same
    replacements as the pattern it replaced."""
    rng = random.Random(8)
    pool = list("aäßzZIiÖé1_ *:_/·\n.-") + ["nnen", "n", "In", "innen", "Kolleg", "Teilnehmer"]
    values = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 10))) for _ in range(100000)]
    values += [*_corpus_texts(), "Kolleg*innen", "Teilnehmer:innen", "MitarbeiterInnen", "Ärzt_innen", "1:in"]
    for value in values:
        for how in ("sub", "finditer"):
            if how == "sub":
                assert text._GENDER_MARK.sub("#", value) == PLAIN_GENDER_MARK.sub("#", value), repr(value)
            else:
                assert [(m.span(), m.groups()) for m in text._GENDER_MARK.finditer(value)] == \
                    [(m.span(), m.groups()) for m in PLAIN_GENDER_MARK.finditer(value)], repr(value)


def test_phrases_are_found_where_one_alternation_finds_them() -> None:
    """``PhraseSet.search`` finds what one alternation of its phrases finds (round 8: a
    text with none of its first words answered at once), and ``_first_match``, which
    looks the phrases' first words up in the text, what its alternation finds."""
    from inbox_agent.understanding.ruleset import load_rules

    rules = load_rules(Path(__file__).resolve().parents[1] / "rules")
    matchers = [m for rule in rules.rules for group in (rule.all, *rule.any, *rule.none) for m in group
                if isinstance(getattr(m, "found", None), text.PhraseSet)]
    sets = [m.found for m in matchers]
    phrases_of = {id(m.found): m.phrases for m in matchers}
    assert len(sets) > 20
    normalised = [text.normalise(value) for value in _corpus_texts()[1::3]]  # what the senders wrote
    for phrases in sets:
        sources = (text.phrase_pattern(p) for p in phrases_of[id(phrases)])
        one = re.compile("|".join(f"(?P<p{i}>{source})" for i, source in enumerate(sources)))
        for value in normalised:
            plain = one.search(value)
            assert phrases.search(value) == (plain and (int(plain.lastgroup[1:]), plain.group(0).strip()))
            if phrases.pattern is not None and phrases.gated:
                found, plain = phrases._first_match(value), phrases.pattern.search(value)
                assert (found and (found.span(), found.lastgroup)) == (plain and (plain.span(), plain.lastgroup))


def test_the_polite_patterns_are_gathered_once_per_rule_set() -> None:
    from dataclasses import replace

    from inbox_agent.understanding import questions
    from inbox_agent.understanding.matchers_words import AsksQuestion
    from inbox_agent.understanding.ruleset import load_rules

    def plain(rules) -> tuple:  # before round 8: gathered again for each call
        return tuple(m.pattern for rule in rules.rules for group in (rule.all, *rule.any) for m in group
                     if isinstance(m, AsksQuestion) and m.pattern is not None)

    rules = load_rules(Path(__file__).resolve().parents[1] / "rules")
    assert plain(rules) and questions.polite_patterns(rules) == plain(rules)
    assert questions.polite_patterns(rules) is questions.polite_patterns(rules)  # not made again
    rules.polite  # gathered before the copy is made: the copy gathers its own
    fewer = replace(rules, rules=tuple(r for r in rules.rules if not questions.asks_by_mark(r)))
    assert questions.polite_patterns(fewer) == plain(fewer) == ()
    assert rules.with_fees(100, 200).polite == plain(rules)


def test_questions_kept_for_a_few_bodies_are_what_they_are_read_as() -> None:
    from inbox_agent.understanding import questions
    from inbox_agent.understanding.ruleset import load_rules

    polite = questions.polite_patterns(load_rules(Path(__file__).resolve().parents[1] / "rules"))
    for value in _corpus_texts()[1::3]:
        for _ in range(2):  # the second from the memo
            assert questions.asked(value, polite) == questions._asked.__wrapped__(value, polite)
            assert questions.without(value, polite) == questions._without.__wrapped__(value, polite)
        assert questions.asked(value) == questions._asked.__wrapped__(value, ())
    long_body = "Kann ich mich noch anmelden? " * 3000  # 87,000 characters: read, not kept
    questions._asked.cache_clear()
    assert questions.asked(long_body, polite) == questions._asked.__wrapped__(long_body, polite)
    assert questions._asked.cache_info().currsize == 0


def _plain_named_events(subject: str, value: str, events) -> tuple[str, ...]:
    """``events.named_events`` before round 8: every event's marks and day patterns made
    again for each mail."""
    from inbox_agent.understanding import events as ev

    def marks(event):
        year = str(event.starts.year)
        name = {w for w in text.tokens(event.name) if ev._distinctive(w) and w != year}
        venue = {w for w in text.tokens(event.venue) if ev._distinctive(w)}
        title = {w for w in text.tokens(event.title) if ev._distinctive(w) and len(w) >= 5}
        return name | venue | {year}, title - name - venue, sorted({event.starts, event.ends})

    def named_days(folded, days):
        found = set()
        for day in days:
            months = f"0?{day.month}\\.|{ev._MONTHS[day.month - 1]}|{ev._MONTHS_EN[day.month - 1]}"
            numeric = rf"(?<![\d.])0?{day.day}\.\s*(?:{months})"
            iso = rf"\b{day.isoformat()}\b"
            english = rf"\b(?:{ev._MONTHS_EN[day.month - 1]})\s+0?{day.day}(?:st|nd|rd|th)?\b"
            if re.search(numeric, folded) or re.search(iso, folded) or re.search(english, folded):
                found.add(day)
        return found

    if not events:
        return ()
    all_marks = {e.id: marks(e) for e in events}
    said = f"{subject}\n{value}"
    words = frozenset(text.tokens(said))
    days = named_days(text.fold(said), {d for m in all_marks.values() for d in m[2]})
    found = []
    for event in events:
        strong, title, own_days = all_marks[event.id]
        others = [m for i, m in all_marks.items() if i != event.id]
        common = set().union(*(m[0] | m[1] for m in others))
        own_days = set(own_days) - {d for m in others for d in m[2]}
        if (strong - common) & words or len((title - common) & words) >= 2 or own_days & days:
            found.append(event.id)
    return tuple(found)


def test_the_events_a_mail_names_are_those_the_plain_reading_names() -> None:
    """``named_events`` with each event set's marks and day patterns made once for it."""
    from dataclasses import dataclass
    from datetime import date

    from inbox_agent.understanding.events import named_events

    @dataclass(frozen=True)
    class Event:
        id: str
        name: str
        title: str
        starts: date
        ends: date
        venue: str

    conference = Event("jt2026", "VSOP-Jahrestagung 2026", "Integrierte Sozialplanung zwischen Anspruch "
                       "und Praxis", date(2026, 9, 24), date(2026, 9, 25), "Köln")
    workshop = Event("ws2026", "VSOP-Werkstatt Datenschutz", "Datenschutz in der kommunalen Planung",
                     date(2026, 3, 12), date(2026, 3, 12), "Kassel")
    last_year = Event("jt2025", "VSOP-Jahrestagung 2025", "Integrierte Sozialplanung zwischen Anspruch "
                      "und Praxis", date(2025, 9, 25), date(2025, 9, 26), "Köln")
    same_day = Event("fb2026", "Fachbeirat", "Sitzung des Fachbeirats", date(2026, 9, 24), date(2026, 9, 24), "Köln")
    sets = [(), (conference,), (conference, workshop), (last_year, conference), (conference, workshop, same_day),
            (workshop, conference, last_year, same_day)]
    rng = random.Random(4)
    pieces = ["Jahrestagung", "Werkstatt", "2026", "2025", "Köln", "Kassel", "24.09.", "24.9.", "12. März",
              "September 24th", "2026-03-12", "25. September", "Sozialplanung", "Anspruch", "Praxis", "Planung",
              "Datenschutz", "Fachbeirat", "Sitzung", " ", "\n", ".", "ich komme", "am"]
    mails = [(s, t) for s, t in zip(_corpus_texts()[::3], _corpus_texts()[1::3])]
    mails += [("", "".join(rng.choice(pieces) + " " for _ in range(rng.randint(0, 8)))) for _ in range(3000)]
    for events in sets:
        for subject, value in mails:
            assert named_events(subject, value, events) == _plain_named_events(subject, value, events), \
                (events, subject, value)


def test_a_rule_pattern_is_not_asked_again_of_an_ascii_texts_fold_for_nothing() -> None:
    """Round 8: a rule's regular expression (compiled ignoring case) finds in an ASCII
    text what it finds in its fold (the lower case): the fold is searched only for a
    text with other characters, or for a pattern that turns case back on in a part."""
    from inbox_agent.i18n import N_
    from inbox_agent.model import Reason, ReasonText
    from inbox_agent.understanding import matchers_words
    from inbox_agent.understanding.matcher_base import short
    from inbox_agent.understanding.ruleset import load_rules

    def plain(matcher, value: str):  # before round 8: the text, then its fold, for each pattern
        for pattern in matcher.patterns:
            for candidate in (value, text.fold(value)):
                found = pattern.search(candidate)
                if found:
                    return ReasonText.of(N_('{where} matches /{pattern}/ ("{found}")'), where=Reason("text"),
                                         pattern=short(pattern.pattern, 40), found=short(found.group(0)))
        return None

    rules = load_rules(Path(__file__).resolve().parents[1] / "rules")
    matchers = [m for rule in rules.rules for group in (rule.all, *rule.any, *rule.none) for m in group
                if isinstance(m, matchers_words._Regex)]
    turned_on = matchers_words.BodyRegex(["(?-i:vsop) tagung", "anmeld"])
    assert turned_on.caseless == (False, True) and len(matchers) > 10
    rng = random.Random(13)
    words = ["Ich", "melde", "MICH", "an", "Abmelden", "unsubscribe", "bereits", "bezahlt", "falls", "VSOP",
             "Tagung", "vsop", "\n", ".", "?", " ", "https://x.de", "Vorgemerkt", "ab", "nicht", "KOMME"]
    values = [v for v in _corpus_texts()[::2]]
    values += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for matcher in [*matchers, turned_on]:
        for value in values:
            assert matcher._search("text", value, text.fold(value)) == plain(matcher, value), value
    assert turned_on._search("text", "VSOP Tagung", "vsop tagung") is not None  # found in the fold only
