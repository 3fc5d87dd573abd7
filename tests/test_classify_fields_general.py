"""Fields as people write them, beyond one sender's wording (issue 13): invoice blocks
with their reference lines and without a payment clause tacked on, who pays as a
payment agreement, tables and lettered lists of persons, an office writing for its
head, signatures laid out as HTML tables.
"""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make

from inbox_agent.understanding.classify import classify, load_rules

GREETING = "Guten Tag,\n\n"


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def fields_of(text: str, rules, **kw):
    return classify(make(text, **kw), rules, OWN, OWN_DOMAIN).fields


def test_an_invoice_block_keeps_its_reference_lines(rules):
    text = (GREETING + "ich melde mich verbindlich an.\n\nDie Rechnung bitte als E-Rechnung an:\n"
            "Stadt Birkenau\nJugendamt\nLeitweg-ID: 08-1234567-99\nKostenstelle: 4711\n"
            "Am Markt 3\n12345 Birkenau\n\nDie Zahlung erfolgt nach Eingang der Rechnung.\n")
    fields = fields_of(text, rules)
    assert fields.invoice_address == ("Stadt Birkenau, Jugendamt, Leitweg-ID: 08-1234567-99, "
                                      "Kostenstelle: 4711, Am Markt 3, 12345 Birkenau")
    assert fields.payment_agreement is True  # "die Zahlung" is a payment, not "die Zahl"


def test_an_address_in_a_sentence_ends_at_its_town(rules):
    text = ("moin, ich bin verbindlich dabei. rechnung an gemeinde tannrode, bauamt, lindenweg 4, "
            "07751 tannrode, die kasse überweist das dann wenn die rechnung kommt.\n")
    fields = fields_of(text, rules)
    assert fields.invoice_address == "gemeinde tannrode, bauamt, lindenweg 4, 07751 tannrode"
    assert fields.payment_agreement is True


def test_invoice_cue_with_words_between_and_who_pays(rules):
    text = ("Hi, hiermit verbindlich angemeldet! Die Rechnung schickt ihr am besten an: "
            "Landkreis Moorheide, Sozialamt, Hafenweg 2, 21200 Moorheide. "
            "Bezahlt wird über unsere Kreiskasse.\n")
    fields = fields_of(text, rules)
    assert fields.invoice_address == "Landkreis Moorheide, Sozialamt, Hafenweg 2, 21200 Moorheide"
    assert fields.payment_agreement is True


def test_the_number_of_places_is_no_payment(rules):
    text = GREETING + "ich melde mich verbindlich an. Die Zahl der Plätze laut Rechnung ist mir egal.\n"
    assert fields_of(text, rules).payment_agreement is None


def test_a_plain_text_table_of_persons(rules):
    text = (GREETING + "wir kommen zu dritt:\n\n"
            "Name             Mitglied\n"
            "---------------  --------\n"
            "Anna Schmidt     ja\n"
            "Tobias Kranz     nein\n"
            "Ulrike Fendt     ja\n\n"
            "Danke!\n")
    fields = fields_of(text, rules)
    assert fields.member is True
    assert fields.people == ("Tobias Kranz", "Ulrike Fendt")
    assert fields.people_members == (False, True)
    assert fields.persons == 3


def test_a_lettered_list_of_persons(rules):
    text = (GREETING + "bitte merken Sie uns vor:\n\n"
            "a) Anna Schmidt – Nichtmitglied\nb) Jonas Berger – Mitglied\n")
    fields = fields_of(text, rules)
    assert fields.member is False
    assert fields.people == ("Jonas Berger",)
    assert fields.people_members == (True,)


def test_persons_with_their_membership_in_a_sentence(rules):
    text = (GREETING + "wir melden uns vorläufig an: Frau Anna Schmidt (kein Mitglied) und "
            "Herr Volker Imhof (Mitglied).\n")
    fields = fields_of(text, rules)
    assert fields.member is False
    assert fields.people == ("Volker Imhof",)
    assert fields.people_members == (True,)


def test_colleagues_named_after_a_plural_and_none_a_member(rules):
    text = ("Dear office,\n\nI register for me and my two colleagues Pieter de Wit and Lotte Smit. "
            "None of us is a member.\n")
    fields = fields_of(text, rules, sender_name="Anna Schmidt")
    assert fields.persons == 3
    assert fields.people == ("Pieter de Wit", "Lotte Smit")
    assert fields.member is False and fields.people_members == (False, False)


@pytest.mark.parametrize("sentence, name", [
    ("Herr Stadtrat Dr. Paul Weiler lässt sich hiermit unverbindlich vormerken.", "Paul Weiler"),
    ("Im Auftrag von Frau Fachbereichsleiterin Dr. Karin Loos melde ich sie vorläufig an.", "Karin Loos"),
])
def test_an_office_writes_for_its_head(sentence, name, rules):
    text = GREETING + sentence + "\n\nMit freundlichen Grüßen\nJule Marx\nVorzimmer\n"
    fields = fields_of(text, rules, sender="vorzimmer@stadt-musterhausen.de", sender_name="Vorzimmer Dezernat I")
    assert (fields.name, fields.title) == (name, "Dr.")


def test_a_signature_laid_out_as_a_table(rules):
    text = GREETING + "ich möchte mich vorab anmelden.\n\nViele Grüße\n\n| Jonas Berger\nStadt Birkenau\n---|---\n"
    assert fields_of(text, rules, sender_name="").name == "Jonas Berger"


@pytest.mark.parametrize("unit", ["Jugendhilfeplanung", "Finanzbuchhaltung", "Quartierskoordination",
                                  "Direktion Sociaal Domein", "Accounting"])
def test_the_invoice_blocks_units_are_the_organisations(rules, unit):
    """Any unit line between the body and the street belongs to the organisation
    (compounds and other languages too), a reference line does not."""
    text = (GREETING + "ich melde mich verbindlich an, die Zahlung erfolgt nach Rechnungseingang.\n\n"
            f"Rechnungsanschrift:\nLandkreis Birkenau\n{unit}\nBestell-Nr. 2025-117\nAm Markt 3\n12345 Birkenau\n")
    assert fields_of(text, rules).organization == f"Landkreis Birkenau, {unit}"


@pytest.mark.parametrize("sentence, address", [
    ("Die Rechnung richten Sie bitte an die Gemeinde Eibenau, Hauptstraße 2, 91578 Eibenau; der Betrag wird angewiesen.",
     "Gemeinde Eibenau, Hauptstraße 2, 91578 Eibenau"),
    ("Rechnungsadresse ist Stadt Eibenau, Jugendamt, Schlossgasse 3, 91522 Eibenau.",
     "Stadt Eibenau, Jugendamt, Schlossgasse 3, 91522 Eibenau"),
    ("Die Rechnung bitte an meine Privatadresse: Jana Roth, Lindenweg 7, 95444 Eibenau. Ich zahle sofort.",
     "Jana Roth, Lindenweg 7, 95444 Eibenau"),
    ("Invoice to Moorfield Trust, 14 Mill Lane, Leeds LS1 4QT, UK. We'll pay by BACS when it arrives.",
     "Moorfield Trust, 14 Mill Lane, Leeds LS1 4QT, UK"),
])
def test_an_invoice_address_in_a_sentence_as_people_write_it(rules, sentence, address):
    """Words between 'Rechnung' and 'an', 'Rechnungsadresse ist', a label before the
    address, a British postcode and a country after it."""
    fields = fields_of(GREETING + "ich melde mich verbindlich an. " + sentence + "\n\nJana Roth\n", rules)
    assert fields.invoice_address == address


@pytest.mark.parametrize("signature, organization", [
    ("LG Nele\nFörde-Hilfe Kiel-Süd e.V.", "Förde-Hilfe Kiel-Süd e.V."),  # "e.V." at the line's end
    ("Herzliche Grüße\nAnna Schmidt\nNachbarschaftshilfe Weserhaven e. V.", "Nachbarschaftshilfe Weserhaven e. V."),
    ("Cordialement\nAnna Schmidt\nAdministration communale de Sauerdall\nService social",
     "Administration communale de Sauerdall, Service social"),
    ("Best regards\nAnna Schmidt\nVille de Saint-Orme – Direction de la cohésion sociale",
     "Ville de Saint-Orme, Direction de la cohésion sociale"),
    ("Freundliche Grüße\nAnna Schmidt\nBezirksregierung Arnsfeld\nDezernat 34", "Bezirksregierung Arnsfeld, Dezernat 34"),
])
def test_the_organisation_of_a_short_signature(signature, organization, rules):
    fields = fields_of(GREETING + "ich melde mich unverbindlich an.\n\n" + signature + "\n", rules)
    assert fields.organization == organization


def test_a_phones_footer_below_the_name_does_not_hide_the_signature(rules):
    text = ("Servus,\n\nhaltet mir bitte einen Platz frei für Köln.\n\nPfiat eich\nAnna Schmidt\n"
            "Markt Oberau – Hauptverwaltung\n")
    fields = fields_of(text, rules, sender_name="Anni Schmidt", signature="Gesendet von meinem iPhone")
    assert (fields.name, fields.organization) == ("Anna Schmidt", "Markt Oberau, Hauptverwaltung")


def test_an_invoice_address_for_someones_attention_names_the_body_alone(rules):
    text = (GREETING + "ich melde mich verbindlich an. Bitte stellen Sie die Rechnung an:\n"
            "CivicBridge Fund (example)\nAttn: Accounts Payable\n200 Main Street\nSpringfield, IL 62701\n\n"
            "Viele Grüße\nAnna Schmidt\n")
    assert fields_of(text, rules).organization == "CivicBridge Fund (example)"


def test_the_offices_own_signature_in_a_quote_is_not_the_senders_organisation(rules):
    signature = ("Kind regards,\nVSOP e.V. Geschäftsstelle\ngeschaeftsstelle@vsop.de\n\n--\n"
                 "You receive this e-mail because you are on the invitation list.")
    fields = fields_of("Yes, please pre-register me.\n", rules, signature=signature)
    assert fields.organization is None
