"""The form a mail fills in, the first step of reading its fields (``fields.extract``):
the filled-in PDF form's values (``pdfform``), the form lines of what the sender wrote
(``formlines``), and a form the sender filled in inside the quote when their text points
down to it. The rules' ``form_lines`` and ``pdf_form`` ask no more than this, so a mail
that no rule asks further (a machine's) is read no further (``classify``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from inbox_agent.model import Mail
from inbox_agent.understanding.formlines import form_lines
from inbox_agent.understanding.freetext import block_after_pointer
from inbox_agent.understanding.pdfform import pdf_values
from inbox_agent.understanding.signature import body_text
from inbox_agent.understanding.text import fold
from inbox_agent.understanding.vocabulary import DEFAULT_CONFIG, FieldConfig
from inbox_agent.understanding.written import single_spaced


@dataclass(frozen=True)
class Filled:
    """The form the mail fills in: the PDF form's values and the form lines' (the first
    step of ``extract``, all that the rules' ``form_lines`` and ``pdf_form`` ask)."""

    text: str  # what the sender wrote, with the lines ticked in a form below
    pdf: dict[str, str]
    form: dict[str, str]

    @property
    def form_lines(self) -> int:
        return sum(1 for v in self.form.values() if v)


def filled(mail: Mail, config: FieldConfig | None = None, body: str | None = None) -> Filled:
    """What ``mail`` fills in; ``extract`` reads the rest of its fields from it. ``body``
    is ``signature.body_text(mail)`` where the caller has it already."""
    config = config or DEFAULT_CONFIG
    text = single_spaced(body_text(mail) if body is None else body)
    form = form_lines(text, config.labels)
    below, checked = _filled_below(mail, config)
    form.update({key: value for key, value in below.items() if value and not form.get(key)})
    return Filled(f"{text}\n\n{checked}" if checked else text, pdf_values(mail), form)


# "siehe unten", "s. u.", "see below": the answer is in the quoted mail below.
_POINTS_BELOW = re.compile(r"\b(?:siehe unten|s\.\s?u\.|unten ausgefuellt|see below|filled in below)")
_TICKED = re.compile(r"^\s*(?:\[\s*x\s*\]|☒|☑|✓|✔)\s*\S", re.I)


def _filled_below(mail: Mail, config: FieldConfig) -> tuple[dict[str, str], str]:
    """The form the sender filled in inside a quote without "> " marks (Outlook) when
    their text points down to it ("Guten Tag, siehe unten."): the form lines with a
    value (an address block below a line that points at it too), and the ticked lines.
    Our blank form quoted back has no values and no tick."""
    quoted = mail.quoted or ""
    if not quoted or not _POINTS_BELOW.search(fold(mail.text or "")) \
            or any(line.lstrip().startswith(">") for line in quoted.splitlines()):
        return {}, ""
    ticked = [line.strip() for line in quoted.splitlines() if _TICKED.match(line)]
    form = form_lines(quoted, config.labels)
    if not form.get("invoice_address"):  # "please give them this address:" from the finance desk
        form["invoice_address"] = block_after_pointer(quoted.splitlines()) or ""
    return form, "\n".join(ticked)
