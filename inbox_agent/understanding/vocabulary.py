"""The words the fields step looks for: form labels and free-text phrases.

The built-in vocabulary below plus what ``rules/fields.toml`` adds, compiled once when
the rules are loaded (``build_config``) into a ``FieldConfig``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from inbox_agent.config import Fees
from inbox_agent.understanding.text import PhraseSet, fold

# --- built-in vocabulary (rules/fields.toml adds to it) -----------------------------

DEFAULT_LABELS: dict[str, tuple[str, ...]] = {
    "name": ("name", "vor und nachname", "vor und zuname", "teilnehmer", "teilnehmerin",
             "teilnehmende", "teilnehmender", "full name", "your name", "participant",
             "name teilnehmer", "name der teilnehmerin", "name des teilnehmers"),
    "first_name": ("vorname", "first name", "given name"),
    "last_name": ("nachname", "familienname", "zuname", "last name", "surname", "family name"),
    "title": ("titel", "akademischer titel", "title", "anrede titel"),
    "email": ("e mail", "email", "mail", "e mail adresse", "email adresse", "mailadresse",
              "e mail address", "email address"),
    "organization": ("organisation", "organization", "institution", "dienststelle", "behoerde",
                     "arbeitgeber", "einrichtung", "kommune", "firma", "traeger",
                     "organisation institution", "organisation dienststelle", "employer",
                     "organisation kommune", "institution organisation"),
    "member": ("vsop mitglied", "mitglied", "mitgliedschaft", "vsop mitgliedschaft",
               "mitglied im vsop", "member", "vsop member", "membership"),
    "persons": ("personen", "anzahl personen", "anzahl der personen", "anzahl teilnehmende",
                "anzahl teilnehmer", "anzahl", "teilnehmerzahl", "persons", "number of persons",
                "number of participants", "participants", "people"),
    "people": ("weitere personen", "weitere teilnehmende", "weitere teilnehmer",
               "weitere teilnehmerinnen", "begleitung", "further persons", "further participants",
               "additional participants", "other participants"),
    "invoice_address": ("rechnungsanschrift", "rechnungsadresse", "rechnungsempfaenger",
                        "anschrift fuer die rechnung", "invoice address", "billing address",
                        "rechnungsanschrift falls abweichend", "rechnung an"),
    "payment_agreement": ("zahlungsvereinbarung", "zahlungsvereinbarung akzeptiert",
                          "zahlungsvereinbarung zugestimmt", "payment agreement", "payment terms",
                          "zahlung nach rechnungserhalt", "zahlung", "payment", "bezahlung", "zahlungsweise"),
    "date": ("datum", "date"),
    "remarks": ("bemerkungen", "bemerkung", "anmerkungen", "anmerkung", "remarks", "comments"),
}

# Phrases (see text.phrase_pattern) that state a field in free text.
DEFAULT_PHRASES: dict[str, tuple[str, ...]] = {
    "member_no": (
        "kein mitglied", "keine mitglieder", "kein vsop mitglied", "keine vsop mitglieder",
        "nicht mitglied", "nicht vsop mitglied", "nichtmitglied", "nicht im vsop",
        "mitglied ... bin ich nicht", "mitglied ... sind wir nicht", "not a member", "not members",
        "non member", "not a vsop member", "nichtmitglied*", "keine mitgliedschaft", "no membership",
        "non member rate", "non member fee", "non members", "are not members", "not yet a member",
        "none of us ... member*", "keiner von uns ... mitglied*", "keine von uns ... mitglied*",
        "niemand von uns ... mitglied*",
    ),
    "member_yes": (
        "bin ... mitglied", "sind ... mitglied", "ich mitglied bin", "wir mitglied sind",
        "als mitglied", "mitglied im vsop", "mitglied des vsop", "mitglied beim vsop",
        "ist ... mitglied", "vsop mitglied nr", "mitglied nr", "mitgliedsnummer", "institutionelles mitglied",
        "bin mitgleid", "bin mitlgied", "bin mitgied", "i am a member", "i'm a member", "we are members", "as a member",
        "mitgliederpreis", "mitgliedertarif", "mitgliedergebuehr", "mitgliedsgebuehr", "zum mitgliedsbeitrag",
        "mitgliedskommune", "mitgliedsorganisation", "mitgliedsstadt", "mitgliedschaft besteht",
        "institutionelle mitgliedschaft", "ermaessigt* ... mitglied*", "member rate", "members rate",
        "member fee", "member price", "member organisation", "member organization", "mich mitglied",
        "mich vsop mitglied", "an vsop mitglied", "an mitglied", "ich vsop mitglied",
    ),
    "payment_agreement": (
        "akzeptiere ... zahlungsvereinbarung", "zahlungsvereinbarung ... akzeptiere",
        "zahlungsvereinbarung ... einverstanden", "einverstanden ... zahlungsvereinbarung",
        "stimme ... zahlungsvereinbarung zu", "zahlungsvereinbarung ... zu",
        "ueberweise ... nach rechnung*", "ueberweisen ... nach rechnung*",
        "ueberweisen ... nach eingang der rechnung", "ueberweise ... nach eingang der rechnung",
        "zahlung erfolgt nach rechnung*", "zahlen ... nach rechnung*",
        "ueberweise ... innerhalb von 14 tagen", "ueberweisen ... innerhalb von 14 tagen",
        "agree to pay", "will pay the fee", "agree to the payment", "accept the payment",
        "zahlungsbedingungen ... akzeptiert", "zahlungsbedingungen ... einverstanden",
        "einverstanden ... zahlungsbedingungen", "akzeptiere ... zahlungsbedingungen",
        "accept the payment terms", "agree to the payment terms", "payment terms are fine",
    ),
    # ... or says it in its own words: a payment verb and when it is paid, in one sentence
    # that neither asks nor denies ("die Gebühr überweist mein Arbeitgeber nach
    # Rechnungseingang", "wird nach Erhalt der Rechnung überwiesen", "bank transfer after
    # invoice"); see ``freetext.text_payment``.
    "payment_verb": (
        "ueberweis*", "ueberweisung", "zahl", "zahle", "zahlen", "zahlt", "zahlung", "bezahl*",
        "gezahlt", "begleich*", "begleichung", "entricht*", "beglichen", "zahlbar", "angewiesen", "anweis*",
        "pay", "paying", "payment", "transfer", "settle", "remit", "remitted", "remittance", "wired",
    ),
    "payment_when": (
        "rechnung*", "invoice*", "innerhalb ... tag*", "binnen ... tag*", "14 tag*", "fristgerecht",
        "within ... days", "14 days", "upon receipt", "on receipt",
    ),
    # ... or who pays it: the office that settles invoices ("Bezahlt wird von unserer
    # Buchhaltung", "zahlt unsere Stadtkasse").
    "payment_by": (
        "buchhaltung", "finanzbuchhaltung", "kasse", "stadtkasse", "kreiskasse", "amtskasse",
        "gemeindekasse", "landeskasse", "landeshauptkasse", "stadthauptkasse", "kaemmerei",
        "rechnungswesen", "zahlstelle", "arbeitgeber", "accounts department", "accounts payable",
        "finance department", "finance team", "accounting", "our employer",
    ),
    "payment_not": (
        "nicht", "kein", "keine", "not", "no", "cannot", "can't", "vorkasse", "bar", "cash", "ob",
        "whether", "falls", "wenn ... noch", "bevor",
    ),  # "die Zahl der Plätze" (a number, not a payment): freetext.text_payment, unstemmed
    # The sender registers someone else ...
    "on_behalf": (
        "meine kollegin", "meinen kollegen", "meine mitarbeiterin", "meinen mitarbeiter",
        "melde ich frau", "melde ich herrn", "melde ... frau ... an", "melde ... herrn ... an",
        "fuer frau", "fuer herrn", "im auftrag von", "in vertretung fuer",
        "herr ... aus meiner abteilung", "frau ... aus meiner abteilung", "merken sie ihn",
        "merken sie sie", "unterlagen bitte direkt an", "on behalf of", "my colleague",
    ),
    # ... unless they come too.
    "group": ("und ich", "mich und", "ich und", "uns beide", "wir beide", "and i", "and me"),
}


# The fees a quoted amount is compared with when the mail says nothing else about
# membership ("300 €": not a member): the configured ones where the rules are given
# them (``RuleSet.with_fees``), else the configuration's defaults.
DEFAULT_FEES = (Decimal(str(Fees.model_fields["member"].default)),
                Decimal(str(Fees.model_fields["non_member"].default)))


@dataclass(frozen=True)
class FieldConfig:
    """Labels and phrases, compiled once when the rules are loaded."""

    labels: Mapping[str, str]  # {label_key: field}
    phrases: Mapping[str, PhraseSet]
    fees: tuple[Decimal, Decimal] = DEFAULT_FEES  # (member, non-member), per person

    def member_by_fee(self, fee: Decimal | None, persons: int | None) -> bool | None:
        """True for the member fee (per person or for all), False for the non-member
        fee, None for any other amount or when both fees are the same."""
        member, non_member = self.fees
        if fee is None or member == non_member:
            return None
        for count in {1, persons or 1}:
            if fee == member * count:
                return True
            if fee == non_member * count:
                return False
        return None

    def says(self, key: str, normalised: str) -> bool:
        found = self.phrases.get(key)
        return found is not None and found.search(normalised) is not None


_BRACKETED = re.compile(r"\(.*?\)")
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


def label_key(label: str) -> str:
    """How labels are compared: folded, parentheses dropped, only letters and spaces."""
    label = _BRACKETED.sub(" ", fold(label))
    return " ".join(_NOT_LETTERS.sub(" ", label).split())


def build_config(labels: Mapping[str, Iterable[str]] = {},
                 phrases: Mapping[str, Iterable[str]] = {}) -> FieldConfig:
    """The built-in vocabulary plus ``labels`` and ``phrases`` (from rules/fields.toml).

    Raises ValueError for a phrase without words.
    """
    index: dict[str, str] = {}
    for source in (DEFAULT_LABELS, labels):
        for name, items in source.items():
            for label in items:
                index[label_key(label)] = name
    compiled = {}
    for key in DEFAULT_PHRASES.keys() | phrases.keys():
        items = list(DEFAULT_PHRASES.get(key, ())) + list(phrases.get(key, ()))
        compiled[key] = PhraseSet(items)
    return FieldConfig(index, compiled)


DEFAULT_CONFIG = build_config()
