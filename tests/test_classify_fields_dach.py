"""Fields as senders from Austria, Switzerland, South Tyrol, Luxembourg and East Belgium,
and English senders abroad, write them (issue 13, round 6): Austrian titles, a name
in the other order, a short first name, welfare bodies and compound organisation
words, units and taglines in signatures, organisations named in a sentence, invoice
addresses with a tax number or a foreign postcode, payment in officialese. The
sentences are new, not the corpus's.
"""

from __future__ import annotations

from functools import cache

from classify_support import OWN, OWN_DOMAIN, RULES_DIR

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.understanding.classify import classify, load_rules

rules = cache(lambda: load_rules(RULES_DIR))  # the shipped rules: rules/fields.toml included


def fields(text: str, *, sender: str = "Eva Lindner <eva.lindner@stadt-b.example>", subject: str = "Jahrestagung",
           extra: str = ""):
    head = (f"From: {sender}\r\nTo: geschaeftsstelle@vsop.de\r\nSubject: {subject}\r\n{extra}"
            f"Message-ID: <d1@stadt-b.example>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n")
    mail = parse_bytes((head + text.replace("\n", "\r\n")).encode("utf-8"))
    return classify(mail, rules(), OWN, OWN_DOMAIN).fields


def test_austrian_academic_titles_are_titles():
    got = fields("Guten Tag,\n\nich ersuche um Vormerkung.\n\nMit freundlichen Grüßen\nMag.a Eva Lindner\n"
                 "Magistrat der Stadt Bergheim\n")
    assert (got.name, got.title) == ("Eva Lindner", "Mag.a")
    got = fields("Guten Tag,\n\nich ersuche um Vormerkung.\n\nMit freundlichen Grüßen\nMag. (FH) Eva Lindner\n")
    assert (got.name, got.title) == ("Eva Lindner", "Mag. (FH)")


def test_the_fullest_title_of_the_signature_wins_over_from():
    got = fields("Guten Tag,\n\nbitte merken Sie mich vor.\n\nBeste Grüsse\nEva Lindner\nDr. rer. pol. Eva Lindner\n",
                 sender="Dr. Eva Lindner <eva.lindner@stadt-b.example>")
    assert got.title == "Dr. rer. pol."


def test_a_signature_in_the_other_order_than_from_and_a_short_first_name():
    got = fields("Bitte um Vormerkung.\n\nEva Lindner\nAmt der Landesregierung Salzgau\n",
                 sender="Lindner Eva <eva.lindner@stadt-b.example>")
    assert got.name == "Eva Lindner" and got.organization == "Amt der Landesregierung Salzgau"
    got = fields("Hallo,\n\nbitte vormerken.\n\nViele Grüße\nChris Lindner\nMarkt Tannach\n",
                 sender="Christiane Lindner <c.lindner@markt-tannach.example>")
    assert got.name == "Christiane Lindner"


def test_compound_organisation_words_and_welfare_bodies():
    for org in ("Marktgemeinde Hollabrunn-Ost", "Bürgerstiftung Auental", "Sozialsprengel Obertal",
                "Syndicat intercommunal du Sud", "Greenfield Advisory Ltd"):
        got = fields(f"Hallo,\n\nbitte vormerken.\n\nGrüße\nEva Lindner\n{org}\n")
        assert got.organization == org


def test_a_tagline_and_member_municipalities_are_no_units():
    got = fields("Hallo,\n\nbitte vormerken.\n\nGrüße\nEva Lindner\n\nplanwerk beratung GmbH | Moderation für Gemeinden\n")
    assert got.organization == "planwerk beratung GmbH"
    got = fields("Hallo,\n\nbitte vormerken.\n\nGrüße\nEva Lindner\nVerwaltungsgemeinschaft Auental\n"
                 "Gemeinde Ried · Gemeinde Au · Markt Tann\nBürger- und Sozialamt\n")
    assert got.organization == "Verwaltungsgemeinschaft Auental, Bürger- und Sozialamt"


def test_the_organisation_named_in_a_sentence():
    assert fields("Hallo,\n\nich bin Sozialpädagogin bei der Stadt Auental und möchte mich vormerken lassen.\n\n"
                  "Eva\n").organization == "Stadt Auental"
    assert fields("Hello,\n\nplease pencil me in. I'm with the County of Westmere, Planning Unit.\n\nEva\n"
                  ).organization == "County of Westmere, Planning Unit"
    assert fields("Guten Tag,\n\nich bin für die Gemeinde Auental im Sozialsprengel tätig und möchte mich "
                  "vormerken lassen.\n\nEva Lindner\n").organization == "Gemeinde Auental, Sozialsprengel"


def test_membership_as_an_inline_form_line():
    got = fields("Bitte vormerken: Eva Lindner, Gemeinde Auental, Sozialdienst. Mitglied: nein.\n")
    assert got.organization == "Gemeinde Auental, Sozialdienst" and got.member is False


def test_an_invoice_address_keeps_its_tax_number_and_foreign_postcodes():
    got = fields("Guten Tag,\n\nich melde mich verbindlich an.\n\nRechnung bitte an:\nStadt Bergheim\nHauptplatz 3\n"
                 "5020 Bergheim\nUID: ATU99999999\n\nMit freundlichen Grüßen\nEva Lindner\n")
    assert got.invoice_address == "Stadt Bergheim, Hauptplatz 3, 5020 Bergheim, UID: ATU99999999"
    got = fields("Hello,\n\nplease book me in. Please invoice Westmere County Council, Main Street, Westmere "
                 "V94 X2K7 - we pay on receipt.\n\nEva\n")
    assert got.invoice_address == "Westmere County Council, Main Street, Westmere V94 X2K7"


def test_payment_in_officialese_and_american_english():
    got = fields("Guten Tag,\n\nich melde mich verbindlich an. Die Kostenübernahmeerklärung liegt bei.\n\nEva Lindner\n")
    assert got.payment_agreement is True
    got = fields("Hello,\n\nI'm registering, binding. Our treasurer will cut a check once your invoice "
                 "arrives.\n\nEva\n")
    assert got.payment_agreement is True
    got = fields("Hallo,\n\nhiermit verbindlich angemeldet. Die Gebühr (Nicht-Mitglied) überweisen wir "
                 "fristgerecht.\n\nEva Lindner\n")
    assert got.payment_agreement is True


def test_the_writer_who_comes_stays_the_attendee_when_a_colleague_withdraws():
    got = fields("Guten Tag,\n\njetzt verbindlich: Ich nehme teil. Herr Bruno Kessler kann leider nicht, "
                 "bitte streichen Sie ihn.\n\nGrüße\nEva Lindner\n")
    assert got.name == "Eva Lindner"


def test_a_surname_named_alone_is_completed_from_reply_to():
    got = fields("Guten Tag,\n\nHerr Regierungsdirektor Kessler lässt sich für die Tagung vormerken.\n\n"
                 "Mit freundlichen Grüßen\ni. A. Eva Lindner\n",
                 sender="Vorzimmer Abteilung 2 <vorzimmer2@stadt-b.example>",
                 extra='Reply-To: "Kessler, Bruno" <bruno.kessler@stadt-b.example>\r\n')
    assert got.name == "Bruno Kessler"


def test_a_portal_form_names_the_participant_and_a_table_header_is_no_form_line():
    got = fields("Guten Tag,\n\nfolgender Antrag ist eingegangen:\n\nTeilnehmer/in: Bruno Kessler\n"
                 "E-Mail Teilnehmer/in: bruno.kessler@stadt-b.example\n\nBitte um Vormerkung.\n\nFortbildungsstelle\n",
                 sender="Fortbildungsstelle Stadt B <fortbildung@stadt-b.example>")
    assert (got.name, got.email) == ("Bruno Kessler", "bruno.kessler@stadt-b.example")
    got = fields("Hallo,\n\nwir melden uns verbindlich an:\n\nName| Aufgabe| Mitglied\nEva Lindner| Planung| ja\n"
                 "Bruno Kessler| Statistik| ja\n\nGrüße\nEva Lindner\n")
    assert got.name == "Eva Lindner" and got.people == ("Bruno Kessler",)


def test_the_closing_ihr_is_not_part_of_the_name():
    assert fields("Liebe Leute,\n\nmerkt mich bitte vor.\n\nHerzliche Grüße\nIhre Eva Lindner\n").name == "Eva Lindner"
