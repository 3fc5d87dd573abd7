"""How the office calls the states and the form's fields, in the staff language.

The labels are English catalogue texts (marked with ``N_``, German in
``locale/de/registrations.po``); ``state_label`` puts one into the staff language now,
``state_reason`` keeps it as a ``Reason`` so that a stored task text says the state in
the language of whoever reads it later. Ids are plain strings (a ``State`` is one), so
this module needs nothing from the rest of the package.
"""

from __future__ import annotations

from inbox_agent.i18n import N_, render
from inbox_agent.model import Reason

# State id -> how staff call it (digest, lists, task texts).
STATE_LABELS: dict[str, str] = {
    "pending": N_("waiting for a decision"),
    "option": N_("option (pre-registered)"),
    "waitlisted": N_("waiting list"),
    "registered": N_("registered (binding)"),
    "paid": N_("paid"),
    "cancelled": N_("cancelled"),
    "lapsed": N_("lapsed"),
}

# Form field (as in ``model.Fields``) -> what staff read when it is missing. The
# attendee's own words for these are ``context.MISSING_LABELS`` (in the mail's language).
FIELD_LABELS: dict[str, str] = {
    "name": N_("first and last name"),
    "title": N_("title / form of address"),
    "email": N_("e-mail address"),
    "organization": N_("organisation / department"),
    "member": N_("membership of the association (yes/no)"),
    "persons": N_("number of persons taking part"),
    "people": N_("names of everyone taking part"),
    "invoice_address": N_("invoice address"),
    "payment_agreement": N_("agreement to the payment terms"),
}


def state_label(state_id: str) -> str:
    """The state's name in the staff language (an unknown id as it is)."""
    return render(state_reason(state_id))


def state_reason(state_id: str) -> Reason:
    """The state's name as a ``Reason``, to put inside a stored sentence."""
    return Reason(STATE_LABELS.get(str(state_id), str(state_id)))


def field_reason(name: str) -> Reason:
    """A missing form field's name as a ``Reason`` (an unknown field as it is)."""
    return Reason(FIELD_LABELS.get(name, name))


def listing(items: list[Reason]) -> Reason:
    """Several ``Reason`` s as one, separated by commas, each in the reader's language.

    The joining text (``"{i0}, {i1}"``) is not a catalogue text: the comma is the same
    in every staff language, so it renders as it is, around the translated items.
    """
    if not items:  # "" would fetch the catalogue's header
        return Reason.of("{i0}", i0="")
    text = ", ".join(f"{{i{n}}}" for n in range(len(items)))
    return Reason.of(text, **{f"i{n}": item for n, item in enumerate(items)})


__all__ = ["STATE_LABELS", "FIELD_LABELS", "state_label", "state_reason", "field_reason", "listing"]


# The bare state ids as words inside staff sentences ("already registered").
STATE_WORDS: dict[str, str] = {
    "pending": N_("pending"), "option": N_("option"), "waitlisted": N_("waitlisted"),
    "registered": N_("registered"), "paid": N_("paid"), "cancelled": N_("cancelled"),
    "lapsed": N_("lapsed"),
}
INTENT_WORDS: dict[str, str] = {
    "pre_registration": N_("pre_registration"), "registration": N_("registration"),
    "cancellation": N_("cancellation"), "question": N_("question"), "opt_out": N_("opt_out"),
    "bounce": N_("bounce"), "auto_reply": N_("auto_reply"), "bulk": N_("bulk"),
    "other": N_("other"),
}


def state_word(state: object) -> Reason:
    """A state id as a word in a sentence; English: the id itself."""
    return Reason(STATE_WORDS.get(str(state), "{text}"), () if str(state) in STATE_WORDS
                  else (("text", str(state)),))


def intent_word(intent: object) -> Reason:
    """An intent id as a word in a sentence; English: the id itself."""
    return Reason(INTENT_WORDS.get(str(intent), "{text}"), () if str(intent) in INTENT_WORDS
                  else (("text", str(intent)),))
