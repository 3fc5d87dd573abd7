"""Free-text binding registrations as real senders write them (issue 13): the payment
agreement in the third person, passive, modal or English; the organisation inside a
sentence or the invoice address; membership from "institutionelles Mitglied" or the
fee quoted; lists of persons each with their membership; gendered and separable forms.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make

from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules
from inbox_agent.understanding.text import normalise


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def fields_of(text: str, rules, **kw):
    verdict = classify(make(text, **kw), rules, OWN, OWN_DOMAIN)
    return verdict, verdict.fields


@pytest.mark.parametrize("sentence", [
    "Die Gebühr überweist mein Arbeitgeber nach Rechnungseingang.",
    "Der Betrag wird nach Rechnungseingang überwiesen.",
    "Die Teilnahmegebühr zahlt unsere Kreiskasse, sobald die Rechnung vorliegt.",
    "Überweisung erfolgt nach Erhalt der Rechnung.",
    "Die Rechnung wird von unserer Stadtkasse innerhalb von 14 Tagen beglichen.",
    "Die Gebuehr ueberweist die Stadtkasse nach Rechnungserhalt.",
    "Payment: bank transfer after invoice.",
    "Our finance office will pay the invoice within 14 days.",
])
def test_a_payment_agreement_in_any_voice(sentence, rules):
    text = (f"Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Jahrestagung an. {sentence}\n"
            "Rechnungsanschrift: Stadt Musterhausen, Sozialamt, Markt 1, 12345 Musterhausen.\n")
    verdict, fields = fields_of(text, rules)
    assert fields.payment_agreement is True
    assert verdict.intent is Intent.REGISTRATION
    assert "payment_agreement" not in verdict.missing


@pytest.mark.parametrize("sentence", [
    "Kann ich die Gebühr nach Rechnungseingang überweisen?",
    "Eine Zahlung per Vorkasse ist nicht möglich, bitte schicken Sie eine Rechnung.",
    "Die Zahl der Plätze ist ja begrenzt; die Rechnung bitte an mich.",
    "Rechnung bitte an: Stadt Musterhausen",
])
def test_no_payment_agreement_where_none_is_given(sentence, rules):
    _, fields = fields_of(f"Ich melde mich verbindlich an. {sentence}\n", rules)
    assert fields.payment_agreement is None


def test_the_organisation_from_a_sentence(rules):
    text = ("Hiermit melde ich mich verbindlich an. Mein Arbeitgeber (Stadt Beispielhausen, Amt für Soziales "
            "und Wohnen) übernimmt die Kosten.\n\nViele Grüße\nAnna Schmidt\n")
    _, fields = fields_of(text, rules)
    assert fields.organization == "Stadt Beispielhausen, Amt für Soziales und Wohnen"


def test_the_organisation_from_the_invoice_address(rules):
    text = ("Hiermit melde ich mich verbindlich zur Tagung an.\n\nRechnung bitte an:\nLandkreis Beispielland\n"
            "Fachbereich Jugend und Soziales\nKreisstraße 4\n54321 Beispielstadt\n\nDanke!\n")
    _, fields = fields_of(text, rules)
    assert fields.organization == "Landkreis Beispielland, Fachbereich Jugend und Soziales"
    assert fields.invoice_address.startswith("Landkreis Beispielland, Fachbereich Jugend und Soziales")


@pytest.mark.parametrize("text, member", [
    ("Unsere Stadt ist institutionelles Mitglied des VSOP.", True),
    ("Ich melde mich zum Mitgliederpreis an.", True),
    ("Ich melde mich zum Nichtmitgliederpreis an.", False),
    ("Die Teilnahmegebühr von 300 € überweisen wir nach Rechnungseingang.", False),
    ("Die Gebühr (250,- EUR) überweisen wir nach Rechnungseingang.", True),
    ("Bin ich als Mitglied günstiger dabei?", None),
])
def test_membership_from_words_and_the_fee(text, member, rules):
    _, fields = fields_of("Hiermit melde ich mich verbindlich an. " + text, rules)
    assert fields.member is member


def test_the_quoted_fee_is_reported(rules):
    _, fields = fields_of("Ich melde mich an, die Teilnahmegebühr von 300,00 € ist bekannt.", rules)
    assert fields.fee_quoted == Decimal(300)


def test_a_numbered_list_of_persons_with_their_membership(rules):
    text = ("Sehr geehrte Damen und Herren,\n\nhiermit melden wir uns verbindlich an:\n\n"
            "1. Claudia Meier, VSOP-Mitglied\n2. Dr. Jens Hartmann, kein Mitglied\n3. Petra Yilmaz (Mitglied)\n\n"
            "Mit freundlichen Grüßen\nClaudia Meier\nStadt Musterhausen, Sozialplanung\n")
    _, fields = fields_of(text, rules, sender="claudia.meier@stadt-musterhausen.de",
                          sender_name="Claudia Meier")
    assert fields.name == "Claudia Meier" and fields.member is True
    assert fields.people == ("Dr. Jens Hartmann", "Petra Yilmaz")
    assert fields.people_members == (False, True)
    assert fields.persons == 3


def test_a_list_on_one_line(rules):
    text = ("Wir melden uns verbindlich an: 1. Claudia Meier, VSOP-Mitglied  2. Dr. Jens Hartmann, kein Mitglied\n\n"
            "Viele Grüße\nClaudia Meier\n")
    _, fields = fields_of(text, rules, sender="claudia.meier@stadt-musterhausen.de", sender_name="Claudia Meier")
    assert fields.people == ("Dr. Jens Hartmann",) and fields.people_members == (False,)
    assert fields.member is True and fields.persons == 2


@pytest.mark.parametrize("a, b", [
    ("Kolleg*innen", "Kollegen"), ("Kolleg:innen", "Kolleginnen"), ("KollegInnen", "Kollegin"),
    ("Teilnehmer*innen", "Teilnehmer"), ("Referentin", "Referent"),
    ("überweist", "überweisen"), ("überwiesen", "überweisen"), ("übernimmt", "übernehmen"),
    ("beglichen", "begleichen"), ("angemeldet", "anmelden"),
])
def test_inflections_and_gendered_forms_meet(a, b):
    assert normalise(a) == normalise(b)


def test_gendered_colleagues_are_a_group_for_the_rules(rules):
    verdict, fields = fields_of("Hiermit melde ich mich und zwei Kolleg*innen unverbindlich zur Tagung an.", rules)
    assert verdict.intent is Intent.PRE_REGISTRATION and fields.persons == 3


def test_an_office_registers_a_person_it_names(rules):
    text = ("Sehr geehrte Damen und Herren,\n\nFrau Bürgermeisterin Dr. Ingrid Beispiel nimmt verbindlich an der "
            "Jahrestagung teil.\n\nIm Auftrag\nStefanie Renner\n")
    _, fields = fields_of(text, rules, sender="buero@stadt-x.example", sender_name="Büro der Bürgermeisterin")
    assert (fields.title, fields.name, fields.email) == ("Dr.", "Ingrid Beispiel", "buero@stadt-x.example")


def test_a_greeting_names_nobody_to_register(rules):
    _, fields = fields_of("Hallo Frau Sievers,\n\nich melde mich unverbindlich an.\n\nViele Grüße\nAnna Schmidt\n", rules)
    assert fields.name == "Anna Schmidt"


def test_a_table_of_persons_with_their_membership(rules):
    text = ("hier unsere verbindliche Anmeldung:\n\nName              | Mitglied\n------------------+---------\n"
            "Claudia Meier     | ja\nJens Hartmann     | nein\n\nViele Grüße\nClaudia Meier\n")
    _, fields = fields_of(text, rules, sender="claudia.meier@stadt-x.example", sender_name="Claudia Meier")
    assert fields.name == "Claudia Meier" and fields.member is True
    assert fields.people == ("Jens Hartmann",) and fields.people_members == (False,)


@pytest.mark.parametrize("text, address", [
    (("Ich melde mich verbindlich an. Rechnung bitte an die Stadt Lindach, Gleichstellungsstelle, Rathausplatz 1, "
      "89150 Lindach. Wir zahlen nach Rechnungseingang."),
     "Stadt Lindach, Gleichstellungsstelle, Rathausplatz 1, 89150 Lindach"),
    ("Now binding. Invoice to: City Council, Social Services, Plaza Mayor 1, 38840 Vallehermoso, Spain. VAT ES-1.",
     "City Council, Social Services, Plaza Mayor 1, 38840 Vallehermoso, Spain"),
    (("Ich melde mich verbindlich an.\n\nBitte folgende Rechnungsanschrift verwenden:\nStadt Mühlbach\n"
      "Amt für Soziales\nPostfach 1160\n75417 Mühlbach\n\nWir überweisen fristgerecht."),
     "Stadt Mühlbach, Amt für Soziales, Postfach 1160, 75417 Mühlbach"),
])
def test_invoice_addresses_as_people_write_them(text, address, rules):
    _, fields = fields_of(text, rules)
    assert fields.invoice_address == address


def test_the_invoice_address_from_the_signature_when_the_text_says_so(rules):
    text = "Ich melde mich verbindlich an. Für die Rechnung nehmen Sie bitte die Anschrift aus meiner Signatur."
    signature = "Mit freundlichen Grüßen\nAnna Schmidt\n\nStadt Kirchheim\nAmt für Soziales\nMarktstraße 14\n73230 Kirchheim"
    _, fields = fields_of(text, rules, signature=signature)
    assert fields.invoice_address == "Stadt Kirchheim, Amt für Soziales, Marktstraße 14, 73230 Kirchheim"


@pytest.mark.parametrize("sentence, people, members", [
    ("Hiermit melden wir Frau Anna Schmidt und Herrn Bernd Ostendorf verbindlich an. Beide sind Mitglied.",
     ("Bernd Ostendorf",), (True,)),
    ("Travel's approved, so please book both of us in for definite: myself and Ciarán Duffy.",
     ("Ciarán Duffy",), ()),
    ("Ich melde unverbindlich mich selbst sowie meinen Kollegen Timo Rauschenberger und unsere "
     "Amtsleiterin Dr. Claudia Fenske an.", ("Timo Rauschenberger", "Dr. Claudia Fenske"), ()),
    ("Wir melden uns hiermit verbindlich an: Anna Schmidt und DSA Sabine Haider, beide keine Mitglieder.",
     ("Sabine Haider",), (False,)),
    ("Wir nehmen zu zweit teil: Frau Anna Schmidt (ich) und Frau Dr. Hannelore Vierling (kein Mitglied).",
     ("Dr. Hannelore Vierling",), (False,)),
    ("I would like to be put on the list. Also my collegue Dr. Paola Ferrandi wants to come.",
     ("Dr. Paola Ferrandi",), ()),
    ("Mer sin dobei! Dat heiß: ich un ming Kolleje Gaby Nettesheim.", ("Gaby Nettesheim",), ()),
])
def test_further_persons_named_in_running_text(sentence, people, members, rules):
    _, fields = fields_of(f"Guten Tag,\n\n{sentence}\n\nViele Grüße\nAnna Schmidt\nStadt Musterhausen\n", rules)
    assert fields.name == "Anna Schmidt"
    assert fields.people == people and fields.persons == len(people) + 1
    assert fields.people_members == members


@pytest.mark.parametrize("sentence", [
    "Hallo Frau Wendt und Herr Overbeck, ich melde mich unverbindlich an.",  # whom the mail greets
    "Wie mit Frau Müller und Herrn Maier besprochen, melde ich mich unverbindlich an.",
    "Mein Büroleiter hat mir Ihre Einladung weitergereicht, bitte melden Sie mich an.",
    "Ich melde mich unverbindlich an. Frau Petra Yilmaz und ich haben darüber gesprochen.",
    "Ich melde mich unverbindlich an. Eventuell kommen Frau Petra Yilmaz und Herr Jens Hartmann.",
    "Ich melde mich an. Rechnung an: Stadt Musterhausen, Anna Schmidt, Sozial Amt Postfach 100",
])
def test_nobody_else_comes_where_a_sentence_only_mentions_people(sentence, rules):
    _, fields = fields_of(f"{sentence}\n\nViele Grüße\nAnna Schmidt\nStadt Musterhausen\n", rules)
    assert fields.name == "Anna Schmidt" and fields.people == () and fields.persons in (None, 1)


def test_a_signer_named_among_those_who_come_is_the_attendee(rules):
    text = ("Sehr geehrte Damen und Herren,\n\nwir melden hiermit Frau Sandra Kuhlmann (Mitglied) und Herrn "
            "Bernd Ostendorf (kein Mitglied) vorläufig an.\n\nMit freundlichen Grüßen\ni. A. Sandra Kuhlmann\n"
            "Kreis Berkelland – Servicestelle Sozialplanung\n")
    _, fields = fields_of(text, rules, sender="sozialplanung@kreis-berkelland.example",
                          sender_name="Servicestelle Sozialplanung")
    assert (fields.name, fields.people, fields.people_members) == ("Sandra Kuhlmann", ("Bernd Ostendorf",), (False,))
    assert fields.member is True and fields.persons == 2


def test_the_writers_own_bracket_and_neither_of_us_give_membership(rules):
    _, fields = fields_of("Bitte notieren Sie vorläufig drei Personen: mich (Mitglied), unseren Geschäftsführer "
                          "Torsten Maaß (ebenfalls Mitglied) und Leonie Fiedler (kein Mitglied).\n\nBeste Grüße\n"
                          "Anna Schmidt\n", rules)
    assert fields.member is True and fields.people_members == (True, False)
    _, fields = fields_of("Please pre-register two persons: me and my colleague Sindre Haugland. Neither of us "
                          "is a member of VSOP.\n\nBest regards\nAnna Schmidt\n", rules)
    assert fields.member is False and fields.people == ("Sindre Haugland",) and fields.people_members == (False,)
