"""German normalisation: what makes a staff-written phrase meet the sender's words."""

from __future__ import annotations

import re

import pytest

from inbox_agent.understanding.text import fold, normalise, phrase_pattern, stem


def hits(phrase: str, text: str) -> bool:
    return re.search(phrase_pattern(phrase), normalise(text)) is not None


def test_fold_spells_out_umlauts_and_sharp_s():
    assert fold("Grüße aus Köln, Gebühr, Straße") == "gruesse aus koeln, gebuehr, strasse"
    assert fold("Café") == "cafe"


@pytest.mark.parametrize("word", ["anmelden", "Anmeldung", "angemeldet", "anmelde", "ANMELDUNGEN"])
def test_inflections_share_a_stem(word):
    assert stem(fold(word)) == "anmeld"


def test_umlauts_match_both_ways():
    assert hits("Gebühr", "die Gebuehr")
    assert hits("Gebuehr", "die Gebühr")
    assert hits("grüße", "Viele Gruesse")


def test_whole_words_only_unless_starred():
    assert not hits("anmeldung", "meine Voranmeldung")
    assert hits("voranmeldung", "hiermit meine Voranmeldung")
    assert hits("*anmeldung", "die Tagungsanmeldung")
    assert hits("anmeld*", "Anmeldeschluss")


def test_ellipsis_allows_words_in_between_within_one_sentence():
    assert hits("sage ... ab", "Ich sage hiermit meine Teilnahme ab.")
    assert not hits("sage ... ab", "Ich sage nichts. Ab morgen bin ich da.")


def test_participles_of_separable_verbs():
    assert hits("anmelden", "ich habe mich schon angemeldet")
    assert hits("voranmelden", "ich hatte mich vorangemeldet")
    assert hits("absagen", "habe abgesagt")


def test_empty_phrase_is_refused():
    with pytest.raises(ValueError):
        phrase_pattern("...")
