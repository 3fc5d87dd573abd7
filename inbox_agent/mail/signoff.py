"""Where the signature really starts: two repairs of what the reply splitter
(``mailparser_reply``, in ``parse``) takes for one.

A dashed list of persons ("- Declan Fitzmaurice\n- Orla Brennan") looks to it like a
"-Name" signature, and a thank-you that goes on into a sentence ("thanks, please
register me for the conference.") like a closing; both are what the sender wrote.
"""

from __future__ import annotations

import re

# A dashed line naming a person ("- Dr. Orla Brennan", "- Liam Nguyen (member)").
_DASHED_NAME = re.compile(r"[ \t]*-[ \t]+(?:(?:Dr|Prof|Mag|Mag\.a)\.?[ \t]+)*[A-ZÄÖÜÓÁÉ][\w'’.-]+"
                          r"(?:[ \t]+(?:von|van|der|de|di|da|zu|[A-ZÄÖÜÓÁÉ][\w'’.-]*)){1,3}[ \t]*(?:\([^)\n]*\))?[ \t]*$")


# A "closing" that goes on into a sentence of its own on the same line.
_THANKS_SENTENCE = re.compile(r"(?i)[ \t]*(?:thanks|thank you|many thanks|danke|vielen dank|merci)\b[,!.:]?[ \t]+"
                              r"(?![^\n]*\b(?:regards|wishes|gr(?:ü|ue)(?:ß|ss)e?n?|gruss|salutations)\b)"
                              r"\S+(?:[ \t]+\S+){2,}")


def _persons_listed(signature: str) -> bool:
    """Does the "signature" start with two dashed lines naming persons: a list of
    those who come, which the splitter took for a "-Name" signature?"""
    lines = signature.split("\n")[:2]
    return len(lines) == 2 and all(_DASHED_NAME.match(line) for line in lines)


def repaired(text: str, signature: str) -> tuple[str, str]:
    """(text, signature) with what the splitter took for a signature by mistake put
    back into the text."""
    if _persons_listed(signature):
        return f"{text}\n{signature}".strip(), ""
    if _THANKS_SENTENCE.match(signature):
        head, _blank, rest = signature.partition("\n\n")
        return f"{text}\n\n{head}".strip(), rest.strip()
    return text, signature


__all__ = ["repaired"]
