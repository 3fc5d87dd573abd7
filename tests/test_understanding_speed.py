"""The faster forms of the understanding's patterns and normalisation find exactly what
the plain forms found (issue 17, round 6): each is compared with the plain form it
replaced, on every mail of the corpora and on random text made to hit the edges."""

from __future__ import annotations

import random
import re

import pytest

from inbox_agent.understanding import matchers_words

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
