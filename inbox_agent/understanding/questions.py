"""The questions a mail asks, and what it says besides them.

An office reads "Ich melde mich unverbindlich an. Gibt es Parkplätze?" as two things:
a pre-registration to act on, and a question for a person. ``asked`` finds the
question sentences (quoted as written, so staff and the reply can quote them);
``without`` is the text with them taken out, so that the rules can be asked again
whether the mail also requests an action (``classify``).

A question is a clause ending in "?": the sentence after the last ".", "!", "?",
line break, or a dash, colon or semicolon inside the sentence ("Ich muss leider
stornieren – fallen Stornogebühren an?" asks "fallen Stornogebühren an?"). Tag questions
(", oder?") ask nothing; polite requests the automatic answer serves ("Können Sie mir
das Programm schicken?") are the ``asks_question`` matcher's ``except_phrases`` in
``rules/intents.toml`` and are no questions for a person either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from inbox_agent.understanding.matchers_words import AsksQuestion
from inbox_agent.understanding.ruleset import Rule, RuleSet
from inbox_agent.understanding.text import fold, normalise

_LINKS = re.compile(r"(?:https?://|www\.)\S+|<[^<>\s]+>|\S+@\S+")
# Where a sentence ends: "!", "?", a blank line, or a "." after a word (not after a
# number as in "4. Juli", not inside "bochum.example") before a space or the end.
_END = re.compile(r"[!?]+|\n[ \t]*\n|(?<=[^\W\d_]{2})\.(?=\s|$)|(?<=[)\"“”])\.(?=\s|$)")
# Inside a sentence, a clause starts after a dash, colon or semicolon.
_CLAUSE = re.compile(r"\s[–—-]\s|[:;]\s")
_BULLET = re.compile(r"(?:[-*•]|\d{1,2}[.)])\s+")
# A greeting line ("Hallo,", "Sehr geehrte Damen und Herren,") is no part of the question.
_GREETING_LINE = re.compile(r"^[^\n]{0,60},[ \t]*\n")
_TAG_QUESTION = re.compile(r",\s*(?:oder|nicht|ne|gell|right|isn't it|no)\s*\?+$", re.I)
# Quoted lines of a reply that the parser left in the text ("> ...").
_QUOTE_LINE = re.compile(r"^\s*>")
_MAX_QUOTE = 300
# A sentence with one of these words only prepares a question or weighs a step
# ("bevor ich mich voranmelde, eine Frage: ...", "we might want to register"): it
# asks for no action of its own, so it does not count beside the questions.
_HEDGE_WORDS = (
    # (a condition the question before answers is none: "Wenn ja, merken Sie mich vor")
    r"\b(?:frage\w*|question\w*|bevor|before|falls(?! ja\b)|wenn(?! ja\b)|if(?! (?:so|yes)\b)|ob|whether|might|maybe|perhaps|"
    r"vielleicht|eventuell|evtl|ueberlege\w*|considering|statt|stattdessen|instead)\b")
# ... or reports an earlier step ("ich habe mich im Mai vorangemeldet", "die
# Anmeldung hatte ich Ihnen geschickt", "ich habe die Frist verpasst").
_REPORTS = re.compile(r"\b(?:habe|hatte|haben|hatten)\b.*?(?:\b\w*ge\w+(?:t|en)|\w+iert|verpasst|vergessen)\b"
                      r"|\b(?:have|had|already)\b.*?\b(?:registered|sent|missed|submitted)\b")
_HEDGE = re.compile(_HEDGE_WORDS)
# The parts of a sentence a hedge may stand in: "Ich möchte mich vormerken lassen und,
# falls es noch Platz hat, zwei Studierende mitbringen" weighs only what follows "falls".
_PART = re.compile(r",\s|\s[–—-]\s|[:;]\s")

# A question about someone coming instead (kept for callers; the action still stands:
# the question goes to a person with it).
SUBSTITUTION = re.compile(r"\b(?:statt|stattdessen|anstelle|vertret\w*|instead|replace\w*|substitut\w*)\b")
# "ich kann nicht teilnehmen" is no (pre-)registration, whatever words it shares with one.
NEGATION = re.compile(r"\b(?:nicht|kein\w*|not|cannot|can't|unable)\b")
# Where a clause of a sentence ends, for ``negates_action``.
_PARTS = re.compile(r"[,:;()]|\s[–—-]\s")
# What a negation must stand beside to undo the action: the action or coming itself
# ("ich kann nicht kommen"), not a remark ("Der Verein ist Mitglied, ich selbst nicht").
_ATTENDING = re.compile(r"\b(?:teilnehm\w*|teilnahm\w*|teil|komm\w*|dabei|attend\w*|com\w*|join\w*|make it)\b")


def asks_by_mark(rule: Rule | None) -> bool:
    """Does ``rule`` hit on a question mark (an ``asks_question`` matcher)? Then a mail
    it took for a question whose only "?" is quoted or a tag question asks nothing."""
    if rule is None:
        return False
    return any(isinstance(m, AsksQuestion) for group in (rule.all, *rule.any) for m in group)


# An action needs words that perform it ("ich melde mich an", "ich muss stornieren",
# "please put me down"); "ich möchte an der Tagung teilnehmen" beside a question is a
# wish the question is about, and the mail stays a question (as before).
# Separable verbs keep their particle at the clause's end ("trage mich ... ein").
ACT = re.compile(
    r"\b(?:melde\w*|anmeld\w*|angemeldet|voranmeld\w*|vormerk\w*|merken sie|reservier\w*|"
    r"(?:un)?verbindlich\w*|notier\w*|eintrag\w*|eingetragen|trag\w*(?: [^\s.?!]+){0,5} ein|"
    r"storn\w*|absag\w*|sage\w* \w+ ab|abmeld\w*|register\w*|registration|cancel\w*|"
    r"withdraw\w*|put (?:me|my name|us|our names) down|count me in|sign (?:me |us )?up|"
    r"pencil (?:me|us) in|binding|provisional\w*|zahlungsvereinbarung|formular\w*|form|"
    # "nehmen Sie mich in die Liste der Vorangemeldeten auf", "einen vorläufigen Platz"
    r"vorangemeld\w*|nehmen sie (?:mich|uns)(?: [^\s.?!]+){0,6} auf|vorlaeufig\w*|provisorisch\w*|platz|"
    # "wir machen es fest" (the separable "festmachen"), "Confirming my place for Cologne"
    r"mach\w*(?: [^\s.?!]+){0,3} fest|festmach\w*|festgemacht|"
    r"confirm\w*(?: [^\s.?!]+){0,2} (?:place|places|seat|seats|registration|booking|attendance|participation)|"
    # "please keep a place for me", "hold a spot", "add me to the list"
    r"(?:keep|hold|save)(?: me| us)? an? (?:place|seat|spot)|add (?:me|us|my name|our names) to|"
    # "ich komme fix", "wir sind definitiv dabei"
    r"komm\w* fix|fix dabei|definitiv\w*)\b")


# A question that offers the writer's own service or asks the office's people for their
# time ("Shall I send you our price list?", "Darf ich Sie anrufen?", "Hätten Sie Zeit
# und Lust?") asks nothing about our event: in a new mail it stays "other".
_OFFER = re.compile(
    r"^(?:\w+\s*[,:-]\s*)?(?:shall|should|may|might|darf|duerfen|soll|sollen|sollten)\s+(?:i|we|ich|wir)\b"
    r"|^(?:\w+\s*[,:-]\s*)?(?:haetten|haettest|haettet|would|are|were|waeren|moechten|wuerden)\s+(?:sie|du|ihr|you)\b"
    r"(?!.*\b(?:anmeld\w*|register\w*|vormerk\w*)\b)"
    r"|\b(?:interesse|interested|our (?:offer|services|price list)|unser\w* angebot)\b"
    # ... or for a time of the office's people ("Wann passt Ihnen ein kurzes Telefonat?")
    r"|\b(?:haette\w* (?:jemand|einer|eine) (?:von )?(?:ihnen|euch)|would (?:any|some)one (?:of you )?(?:be )?(?:available|free|interested)|"
    r"wann passt (?:es )?ihnen|passt ihnen \w+ (?:\w+ )?(?:telefonat|gespraech|termin|anruf)|haben sie zeit|(?:are|would) you (?:be )?(?:available|free)|do you have time|"
    r"suit you|convenient for you|"
    # ... or offers to send more if needed ("Brauchen Sie noch was von mir?", "anything else from me?")
    r"brauchen sie (?:sonst )?(?:noch )?(?:etwas|was|\w+ weiteres) von (?:mir|uns)|do you need anything (?:else )?from (?:me|us))\b")


def offers(question: str) -> bool:
    """Does ``question`` offer the writer's own service or ask for the office's time
    (not something about the conference)?"""
    return bool(_OFFER.search(fold(" ".join(question.split()))))


def negates_action(text: str) -> bool:
    """Does a sentence of ``text`` negate an action or coming ("ich kann leider nicht
    kommen", "we won't register")? A negation elsewhere ("ich selbst nicht", "kein
    Problem") leaves the action standing."""
    visible = _visible(text)
    for start, end in _sentences(visible):
        # the clause, not the sentence: "wir machen es fest: ich, Frau B. und Frau C.,
        # die nicht Mitglied ist" negates a membership, not the registration
        for clause in _PARTS.split(fold(visible[start:end])):
            if NEGATION.search(clause) and (ACT.search(clause) or _ATTENDING.search(clause)):
                return True
    return False


def polite_patterns(rules: RuleSet) -> tuple[re.Pattern[str], ...]:
    """The ``except_phrases`` of every ``asks_question`` matcher in the rules (gathered
    once per rule set: ``RuleSet.polite``)."""
    return rules.polite


def asked(body: str, polite: Iterable[re.Pattern[str]] = ()) -> tuple[str, ...]:
    """The question clauses of ``body``, each as written (whitespace tidied), in order,
    without repeats; tag questions and polite requests left out. Kept for the last few
    bodies, as ``without``: classify and its steps ask both of one mail several times."""
    polite = tuple(polite)
    return _asked(body, polite) if len(body) <= _KEPT_UP_TO else _asked.__wrapped__(body, polite)


_KEPT_UP_TO = 65536  # a body of 25 MB is not kept


@lru_cache(maxsize=16)
def _asked(body: str, polite: tuple[re.Pattern[str], ...]) -> tuple[str, ...]:
    out: list[str] = []
    for start, end in _spans(body):
        clause = " ".join(body[start:end].split())
        if clause and clause not in out:
            out.append(clause)
    return tuple(q for q in out if not any(p.search(normalise(q)) for p in polite))


def without(body: str, polite: Iterable[re.Pattern[str]] = ()) -> str:
    """``body`` with every question clause blanked out, and every sentence that only
    prepares a question or weighs a step (``_HEDGE``, ``_REPORTS``: from the part the
    hedge stands in); offsets stay as they were.
    A polite request matching ``polite`` ("Could you put my name down?") stays: it
    is the action itself, not a question beside it."""
    polite = tuple(polite)
    return _without(body, polite) if len(body) <= _KEPT_UP_TO else _without.__wrapped__(body, polite)


@lru_cache(maxsize=16)
def _without(body: str, polite: tuple[re.Pattern[str], ...]) -> str:
    text = _visible(body)
    keep = list("\n".join(" " * len(line) if _QUOTE_LINE.match(line) else line
                          for line in body.split("\n")))
    for start, end in _spans(body):
        if polite and any(p.search(normalise(body[start:end])) for p in polite):
            continue
        keep[start:end] = " " * (end - start)
    for start, end in _sentences(text):
        # the words beside the question, not the question's own "ob" or "Frage": "Ich möchte
        # mich vormerken lassen und habe eine Bitte: Könnten Sie mir sagen, ob ...?" keeps its wish
        for a, b in _reports("".join(keep[start:end])):
            keep[start + a:start + b] = " " * (b - a)
        start = _hedged_from(text, start, end, "".join(keep[start:end]))
        keep[start:end] = " " * (end - start)
    return "".join(keep)


def _hedged_from(text: str, start: int, end: int, kept: str) -> int:
    """Where a sentence's hedge begins (``end`` if it has none): a word that weighs a step
    hedges the part it stands in and all after it (a report only its part: ``_reports``)."""
    cut = 0
    for part in [*(m.end() for m in _PART.finditer(kept)), len(kept)]:
        if _HEDGE.search(fold(kept[cut:part])):
            return start + cut
        cut = part
    return end


def _reports(kept: str) -> list[tuple[int, int]]:
    """The parts of a sentence that report an earlier step ("wir haben telefoniert – wie
    besprochen melde ich mich hiermit vor": the first part only)."""
    bounds = [0, *(m.end() for m in _PART.finditer(kept)), len(kept)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if _REPORTS.search(fold(kept[a:b]))]


def subject_besides(subject: str, questions: tuple[str, ...]) -> str:
    """The subject without the words the questions use: "Frist verbindliche
    Anmeldung" over "Ist eine verbindliche Anmeldung noch möglich?" names the
    question's topic, not a request of its own."""
    asked_words = set(fold(" ".join(questions)).split())
    kept = [w for w in subject.split() if fold(w).strip(".,:;!?()") not in asked_words]
    return " ".join(kept)


def _visible(body: str) -> str:
    """``body`` with links, addresses and quoted lines blanked (same offsets)."""
    text = _LINKS.sub(lambda m: " " * len(m.group(0)), body)
    return "\n".join(" " * len(line) if _QUOTE_LINE.match(line) else line
                     for line in text.split("\n"))


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, the end mark included."""
    spans, start = [], 0
    for found in _END.finditer(text):
        spans.append((start, found.end()))
        start = found.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# A question asked without its mark, after a verb of asking or telling: "Please let me
# know whether a credit note will be issued", "ich wollte fragen, ob das so reicht".
_INDIRECT = re.compile(r"\b(?:fragen|frage|wissen|mitteilen|mitzuteilen|let (?:me|us) know|tell (?:me|us)|"
                       r"advise|inform (?:me|us))\b,? (?:ob|whether|if)\b", re.I)


def _spans(body: str) -> list[tuple[int, int]]:
    """Where the question clauses of ``body`` are (offsets), quoted lines skipped."""
    text = _visible(body)
    spans = []
    for start, end in _sentences(text):
        if not text[start:end].rstrip().endswith("?"):
            indirect = _INDIRECT.search(text, start, end)
            if indirect is not None:
                # the sentence from its start to the end of the asking clause ("...: Ich melde mich an" stays)
                cut = _CLAUSE.search(text, indirect.end(), end)
                spans.append((_skip_greetings(text, start, end), cut.start() if cut else end))
            continue
        end = start + len(text[start:end].rstrip())
        clauses = list(_CLAUSE.finditer(text[start:end]))
        if clauses:
            start += clauses[-1].end()
        start = _skip_greetings(text, start, end)
        clause = " ".join(text[start:end].split())
        if len(clause) < 4 or _TAG_QUESTION.search(clause) or not re.search(r"\w", clause):
            continue
        if end - start > _MAX_QUOTE:  # a run-on paragraph: quote its end only
            start = end - _MAX_QUOTE
        spans.append((start, end))
    return spans


def _skip_greetings(text: str, start: int, end: int) -> int:
    """Past the white space and greeting lines ("Hallo,") a question starts with."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        bullet = _BULLET.match(text[start:end])
        if bullet is not None:
            start += bullet.end()
        greeting = _GREETING_LINE.match(text[start:end])
        if greeting is None or len(greeting.group(0).split()) > 6:
            return start
        start += greeting.end()


__all__ = ["offers", "asks_by_mark", "asked", "without", "polite_patterns", "subject_besides", "negates_action", "SUBSTITUTION",
           "NEGATION", "ACT"]
