"""The faster forms of the understanding's patterns and normalisation find exactly what
the plain forms found (issue 17, round 6): each is compared with the plain form it
replaced, on every mail of the corpora and on random text made to hit the edges."""

from __future__ import annotations

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
    for text in texts:
        assert _spans(matchers_words._QUESTION, text) == _spans(PLAIN_QUESTION, text), text
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
