"""The Leitweg-ID a public buyer writes anywhere in its mail (XRechnung BT-10, the
routing id of a German public body's e-invoice inbox), not only inside the invoice
address block: "Unsere Leitweg-ID lautet 04011000-1234512345-06", "Leitweg-Nr.: ...".

The format (KoSIT, "Formatspezifikation Leitweg-ID"): a coarse address of 2 to 12
digits, optionally a fine address of up to 30 letters and digits, and two check digits,
hyphen-separated: ``\\d{2,12}(-[A-Za-z0-9]{1,30})?-\\d{2}``. The check digits are ISO 7064
MOD 97-10 over the parts before them (letters as 10..35, as for an IBAN): an ID whose
digits do not fit is a typo or something else and is not taken. Only what follows the
word "Leitweg" (on the same line, a few words on at most) is looked at, so a house
number ("Hauptstr. 12-14") or a date is never taken for one. Pure.
"""

from __future__ import annotations

import re

ID = r"\d{2,12}(?:-[A-Za-z0-9]{1,30})?-\d{2}"
_AFTER_WORD = re.compile(
    rf"(?i)\bleitweg\w*(?:[-\s]?(?:id|nr|nummer)\b)?[^\d\n]{{0,40}}?({ID})(?![\w-])")


def check_digits(body: str) -> int:
    """The two check digits of a Leitweg-ID's parts before them (MOD 97-10)."""
    digits = "".join(str(int(c, 36)) for c in body.replace("-", "").upper())
    return 98 - int(digits + "00") % 97


def valid(leitweg_id: str) -> bool:
    """Whether ``leitweg_id`` has the format and its check digits fit."""
    if not re.fullmatch(ID, leitweg_id):
        return False
    body, check = leitweg_id.rsplit("-", 1)
    return check_digits(body) == int(check)


def written(text: str) -> list[str]:
    """Every Leitweg-ID written after the word "Leitweg" in ``text``, as written."""
    return [m.group(1) for m in _AFTER_WORD.finditer(text or "")]


def leitweg_in(*texts: str) -> str:
    """The first valid Leitweg-ID named in ``texts`` (e.g. subject, text, signature), or ""."""
    return next((found for text in texts for found in written(text) if valid(found)), "")


def with_leitweg(invoice: str | None, *texts: str) -> str | None:
    """The invoice address block with a "Leitweg-ID: ..." line added when the mail names
    a valid one elsewhere and the block does not carry one (the invoice reads it from
    there: ``invoices.record.leitweg_id``); the block as it was otherwise."""
    if invoice and "leitweg" in invoice.lower():
        return invoice
    found = leitweg_in(*texts)
    if not found:
        return invoice
    line = f"Leitweg-ID: {found}"
    return f"{invoice.rstrip()}\n{line}" if invoice else line


__all__ = ["valid", "check_digits", "written", "leitweg_in", "with_leitweg"]
