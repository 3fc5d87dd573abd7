"""The office's names for things, in English with their catalogue mark (``N_``): what a
mail was recognised as, what kind of mail was sent, what kind of item needs a human
(and what to do about it), what state a record is in. They are put into the staff
language where they are shown (``label(KIND_LABELS, kind)``); the German words are in
``locale/de/office.po``. A key without an entry is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from inbox_agent import i18n
from inbox_agent.i18n import N_
from inbox_agent.registrations.labels import STATE_LABELS

# What a mail that came in was recognised as ("Erkannt: ...").
INTENT_LABELS: dict[str, str] = {
    "pre_registration": N_("pre-registration"),
    "registration": N_("binding registration"),
    "cancellation": N_("cancellation"),
    "question": N_("question"),
    "staff": N_("staff mail (commands)"),
    "auto_reply": N_("automatic reply (e.g. out-of-office note)"),
    "bounce": N_("notice of non-delivery"),
    "bulk": N_("circular / newsletter"),
    "other": N_("other mail"),
    "duplicate": N_("already handled earlier"),
    "error": N_("error"),
}

# The kinds of mail the agent sends.
KIND_LABELS: dict[str, str] = {
    "programme": N_("programme and registration form"),
    "waitlisted": N_("waiting list"),
    "promoted": N_("moving up from the waiting list"),
    "confirmation": N_("confirmation of registration"),
    "reminder": N_("reminder of the binding registration"),
    "lapsed": N_("option lapsed"),
    "cancelled": N_("confirmation of the cancellation"),
    "missing_fields": N_("request for missing details"),
    "payment_reminder": N_("payment reminder"),
    "already_registered": N_("note: already registered"),
    "registration_closed": N_("registration closed"),
    "digest": N_("daily digest"),
    "staff_reply": N_("answer to a staff member's commands"),
}

# The kinds of item that need a human (the digest's first section).
TASK_LABELS: dict[str, str] = {
    "question": N_("Question"),
    "late_pre_registration": N_("Pre-registration after the deadline"),
    "late_registration": N_("Registration after the deadline"),
    "missing_fields": N_("Registration incomplete"),
    "change_request": N_("Change request"),
    "refund": N_("Check the refund"),
    "payment_partial": N_("Part payment received"),
    "payment_overpaid": N_("Paid more than was open"),
    "payment_unclear": N_("Payment: which invoice?"),
    "payment_unmatched": N_("Payment matches no invoice"),
    "cancellation_terms": N_("Cancellation of a binding registration"),
    "bounce": N_("Address undeliverable"),
    "unknown_cancellation": N_("Cancellation from an unknown address"),
    "no_place_for_form": N_("Form without a free place"),
    "partial_cancellation": N_("Partial cancellation of a group"),
    "pending": N_("waiting for your decision"),
    "promoted_bounced": N_("Moved up, but the address is undeliverable"),
    "no_address": N_("Mail without a sender address"),
    "failure": N_("Mail could not be processed"),
    "send_failed": N_("Mail could not be delivered"),
    "reply_limit": N_("Automatic reply held back (limit per address)"),
    "reply_cap": N_("Hourly limit for automatic replies reached"),
    "unclear": N_("unclear"),
    "unknown_bounce": N_("Undeliverable (address not on the list)"),
    "invitee_match": N_("Match a pre-registration from another address"),
    "invitee_declined": N_("An invited person declined"),
    "opt_out_attendee": N_("A registered person wants no more e-mails"),
    "which_event": N_("Which event?"),
    "unverified_sender": N_("Sender not confirmed"),
    "command_refused": N_("Command by mail refused"),
}

# What the office does about each kind of item (shown before the system's own words).
# Kinds without an entry (failure, send_failed) say it in their summary.
TODO_LABELS: dict[str, str] = {
    "question": N_("Please answer in person."),
    "late_pre_registration": N_(
        "Admit or refuse: inbox-agent set-state E-MAIL option --reason ..."),
    "late_registration": N_(
        "Admit or refuse: inbox-agent set-state E-MAIL registered --reason ..."),
    "missing_fields": N_(
        "The missing details were asked for automatically; just keep an eye on it."),
    "change_request": N_("Check the change and enter it by hand."),
    "refund": N_("Check the cancellation terms and the refund."),
    "cancellation_terms": N_("Check the cancellation terms."),
    "bounce": N_("Check the address; if need be get in touch another way "
                 "(no more reminders go there)."),
    "unknown_cancellation": N_(
        "Match the sender (another address?) and cancel by hand if need be."),
    "no_place_for_form": N_(
        "On the waiting list with a form; let them know in person if need be."),
    "partial_cancellation": N_("Make the group smaller by hand."),
    "pending": N_("The decision is still open."),
    "promoted_bounced": N_("Let the person who moved up know another way."),
    "no_address": N_("Look at the mail in the mailbox."),
    "unclear": N_("Look at the mail in the mailbox; it may need an answer."),
    "unknown_bounce": N_("Check which mail did not arrive."),
    "invitee_match": N_("Confirm the match (inbox-agent invitees link ...) "
                        "or undo it (invitees unlink ...)."),
    "invitee_declined": N_("Just for reading; no more reminders go there."),
    "opt_out_attendee": N_("Check whether a cancellation was meant."),
    "which_event": N_("Find out which event is meant and answer by hand."),
    "unverified_sender": N_("Not answered automatically: the sender may be forged. Answer "
                            "by hand only if the mail is genuine."),
    "command_refused": N_("Nothing was done. If it was you: send it again from your staff "
                          "address, or use the link of the latest digest."),
    "payment_partial": N_("The rest is still open. When it arrives: “Record as paid”; if "
                          "the smaller amount is enough: “Done”."),
    "payment_overpaid": N_("Check the surplus and pay it back if need be; then “Done”."),
    "payment_unclear": N_("Find out which registration it pays; then the line "
                          "“paid E-MAIL AMOUNT” by mail (or inbox-agent mark-paid) and “Done”."),
    "payment_unmatched": N_("Not a fee? Then just “Done”. Else find out who paid; then the "
                            "line “paid E-MAIL AMOUNT” by mail (or inbox-agent mark-paid)."),
}

# The states of a record (``STATE_LABELS``) are the registrations wing's names.

# The deadlines the office watches (status, show, the digest's open items).
DEADLINE_LABELS: dict[str, str] = {
    "pre_registration": N_("pre-registration"),
    "registration": N_("binding registration"),
    "payment": N_("payment"),
    "event": N_("conference"),
}

# What became of a mail the agent sent.
SEND_STATUS_LABELS: dict[str, str] = {
    "sent": N_("sent"),
    "failed": N_("NOT delivered"),
    "planned": N_("being sent"),
    "suppressed": N_("held back"),
}


def label(table: Mapping[str, str], key: str) -> str:
    """``key``'s entry of ``table`` in the staff language; an unknown key as it is."""
    text = table.get(key)
    # i18n._, not _: the catalogue test reads literal texts at ``_()`` calls; these
    # texts are marked with ``N_`` in the tables above.
    return i18n._(text) if text else key


def text_of(table: Mapping[str, str], key: str) -> str:
    """Like ``label``, but "" for a key without an entry."""
    return label(table, key) if key in table else ""


__all__ = ["INTENT_LABELS", "KIND_LABELS", "TASK_LABELS", "TODO_LABELS", "STATE_LABELS",
           "DEADLINE_LABELS", "SEND_STATUS_LABELS", "label", "text_of"]
