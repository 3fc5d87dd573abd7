"""Which language to answer in: English when the sender wrote English, else German.

A count of function words is enough here: the office only needs "de" or "en", the
mails are short, and German is the default when in doubt (the attendees are mostly
German). No library: the candidates on PyPI either guess among 50+ languages on
short texts (and then say "nl" or "af") or pull in large models.
"""

from __future__ import annotations

import re

from inbox_agent.understanding.text import fold

# Words that are common in one language and (almost) never in the other. Ambiguous
# ones ("in", "so", "was", "an", "will", "also", "hat", "die") are left out.
_EN = frozenset("""
the and to of is are you your we our i'm i'd i'll i've it's don't would could should
please thank thanks dear hello hi regards best kind sincerely with for this that
would like my me be have has been will not can at from on by or if there their
which who what when where how about attend attending register registration
conference look forward unfortunately yes no member invoice any unsubscribe remove
cancel cancellation seat booking colleague colleagues cologne
""".split())
_DE = frozenset("""
der die das und ich wir sie ihr ihre ihnen nicht mit fuer zu ist sind bitte ein eine
einen einem einer den dem des auch sehr vielen dank gruss gruesse gruessen herzliche
freundlichen liebe lieber sehr geehrte geehrter hiermit gerne moechte moechten wuerde
ich mich uns unser unsere habe haben hatte kann koennen wird werden noch nur schon
wie aber oder wenn dass bei von vom zur zum ueber auf aus nach fuer anmeldung
teilnahme tagung jahrestagung mitglied rechnung verbindlich leider bis
""".split())
_WORD = re.compile(r"[a-z']+")


def detect(text: str, subject: str = "") -> str:
    """ "en" when English function words clearly outnumber German ones, else "de"."""
    words = _WORD.findall(fold(f"{subject}\n{text}"[:5000]))
    english = sum(1 for w in words if w in _EN)
    german = sum(1 for w in words if w in _DE)
    if english >= 2 and english > 1.5 * german:
        return "en"
    return "de"
