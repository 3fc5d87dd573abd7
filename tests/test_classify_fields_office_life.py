"""Fields as German offices and international senders write them (issue 13, round 5b):
units under the organisation, the organisation on the name line or in brackets,
lists marked with "***" or "-->", tab and CSV tables, a training office booking its
staff, forms answered inside the quote, dictated punctuation, where an invoice
address ends, shared mailboxes. The sentences are new, not the corpus's.
"""

from __future__ import annotations

from functools import cache

from classify_support import OWN, OWN_DOMAIN, RULES_DIR

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.understanding.classify import classify, load_rules

rules = cache(lambda: load_rules(RULES_DIR))  # the shipped rules: rules/fields.toml included


def fields(text: str, *, sender: str = "Jana Roth <jana.roth@kreis-a.example>", subject: str = "Jahrestagung"):
    head = (f"From: {sender}\r\nTo: geschaeftsstelle@vsop.de\r\nSubject: {subject}\r\n"
            f"Message-ID: <f1@kreis-a.example>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n")
    mail = parse_bytes((head + text.replace("\n", "\r\n")).encode("utf-8"))
    return classify(mail, rules(), OWN, OWN_DOMAIN).fields


def test_the_units_under_the_organisation_are_kept_by_their_place():
    got = fields("Guten Tag,\n\nbitte merken Sie mich vor.\n\nMit freundlichen Grüßen\nJana Roth\n"
                 "Bezirksgemeinschaft Talgrund\nSozialsprengel Unterau\n")
    assert got.organization == "Bezirksgemeinschaft Talgrund, Sozialsprengel Unterau"
    got = fields("Hello,\n\nplease pencil me in.\n\nBest regards,\nJana Roth\nLakeside Region, Social Planning\n")
    assert got.organization == "Lakeside Region, Social Planning"


def test_a_job_before_the_organisation_is_not_part_of_it():
    got = fields("Hello,\n\nplease pencil me in.\n\nBest regards,\nJana Roth\nResearch Associate, Delta Urban Lab\n")
    assert got.organization == "Delta Urban Lab"


def test_the_organisation_on_the_line_with_the_name_or_in_brackets():
    assert fields("bitte vormerken: Jana Roth, Landkreis Moorbach, Fachdienst Jugend (Mitglied).\n"
                  ).organization == "Landkreis Moorbach, Fachdienst Jugend"
    got = fields("Hallo,\n\nich möchte mich vormerken lassen (Stadt Kornheim, Amt für Soziales, Mitglied).\n\n"
                 "Gruß\nJana Roth\n")
    assert got.organization == "Stadt Kornheim, Amt für Soziales" and got.member is True


def test_a_list_marked_with_arrows_or_stars():
    got = fields("Moin,\n\nbitte vormerken:\n--> Jana Roth\n--> Ole Brinkmann\n\nGruß Jana Roth\n")
    assert got.people == ("Ole Brinkmann",) and got.persons == 2
    got = fields("Hallo,\n\nbitte vormerken:\n\n*** Jana Roth\n*** Frau Ilka Sommer\n\nGrüße\nJana Roth\n")
    assert got.people == ("Ilka Sommer",)


def test_a_tab_table_and_csv_lines_with_surname_and_first_name_columns():
    got = fields("Hallo,\n\naus der Tabelle:\n\nName\tVorname\tMitglied\nRoth\tJana\tja\nKaya\tEmre\tnein\n\n"
                 "Gruß\nJana Roth\n")
    assert got.people == ("Emre Kaya",) and got.people_members == (False,) and got.member is True
    got = fields("Hallo,\n\nals CSV:\n\nname;vorname;mitglied\nRoth;Jana;nein\nKaya;Emre;nein\n\nGruß\nJana Roth\n")
    assert got.people == ("Emre Kaya",) and got.persons == 2


def test_a_training_office_books_its_staff_from_a_list():
    got = fields("Guten Tag,\n\nwir merken folgende Beschäftigte vor:\n\n• Frau Lena Kurz, Jugendamt\n"
                 "• Herr Timo Weiß, Sozialamt\n\nMit freundlichen Grüßen\ni. A. Petra Brandt\nStadt Ufersee\n",
                 sender="Fortbildung Stadt Ufersee <fortbildung@ufersee.example>")
    assert got.name == "Lena Kurz" and got.people == ("Timo Weiß",)


def test_a_form_answered_inside_the_quote_is_read():
    got = fields("Hallo,\n\nanbei unten ausgefüllt.\n\nGruß J. Roth\n\n"
                 "Am 03.06.2025 um 10:15 schrieb Geschäftsstelle VSOP <geschaeftsstelle@vsop.de>:\n"
                 "> Bitte füllen Sie die Angaben unten aus.\n>\n"
                 "Dienststelle / Organisation: Kreis Feldau, Amt für Familie und Soziales\n"
                 "VSOP-Mitglied (ja/nein): ja\n>\n> Freundliche Grüße\n")
    assert got.organization == "Kreis Feldau, Amt für Familie und Soziales" and got.member is True


def test_dictated_punctuation_is_written():
    got = fields("Hallo ich melde mich verbindlich an Punkt Rechnung bitte an die Gemeinde Wiesenau Komma "
                 "Hauptamt Komma Markt 1 Komma 12345 Wiesenau Punkt wir überweisen nach Rechnungseingang Punkt\n")
    assert got.invoice_address == "Gemeinde Wiesenau, Hauptamt, Markt 1, 12345 Wiesenau"
    assert got.organization == "Gemeinde Wiesenau, Hauptamt"


def test_an_invoice_address_ends_at_its_town():
    got = fields("Hallo,\n\nRechnungsanschrift: Stadt Kornheim, Amt 50, Markt 2, 12345 Kornheim\n"
                 "Zahlung nach Rechnungseingang.\n\nGruß\nJana Roth\n")
    assert got.invoice_address == "Stadt Kornheim, Amt 50, Markt 2, 12345 Kornheim"
    got = fields("Hallo,\n\nhiermit verbindlich, Rechnugn an\n\nVerein Hafenkinder e.V.\nKasse\nKaiweg 3\n"
                 "12345 Hafenstadt\n\nGruß\nJana Roth\n")
    assert got.invoice_address == "Verein Hafenkinder e.V., Kasse, Kaiweg 3, 12345 Hafenstadt"
    assert "Bestellnummer" in fields("Hallo,\n\nRechnung bitte an:\nStadt Kornheim\nBestellnummer 4711\n"
                                     "Markt 2\n12345 Kornheim\n\nGruß\nJana Roth\n").invoice_address


def test_from_a_shared_mailbox_the_senders_own_address():
    got = fields("Guten Tag,\n\nbitte merken Sie mich vor.\n\nIm Auftrag\nJana Roth\nKreis A, Kämmerei\n"
                 "jana.roth@kreis-a.example\n", sender="Poststelle Kreis A <poststelle@kreis-a.example>")
    assert got.email == "jana.roth@kreis-a.example" and got.name == "Jana Roth"


def test_payment_after_receipt_and_membership_said_alone():
    got = fields("Hallo,\n\nhiermit verbindlich angemeldet (Mitglied). Wir überweisen nach Erhalt.\n\nGruß\nJana Roth\n")
    assert got.payment_agreement is True and got.member is True


def test_a_form_filled_in_below_an_outlook_quote_without_marks():
    raw = ("Hallo, s. u. Gruß J. Roth\n\n-----Ursprüngliche Nachricht-----\nVon: Geschäftsstelle VSOP "
           "<geschaeftsstelle@vsop.de>\nBetreff: Programm\n\nBitte füllen Sie die Angaben unten aus.\n\n"
           "Dienststelle / Organisation: Kreis Feldau, Jugendamt\nVSOP-Mitglied (ja/nein): nein\n"
           "[x] Ich melde mich verbindlich an und überweise den Betrag nach Erhalt der Rechnung.\n")
    got = fields(raw)
    assert got.organization == "Kreis Feldau, Jugendamt" and got.member is False and got.payment_agreement is True
    blank = raw.replace("Kreis Feldau, Jugendamt", "").replace(": nein", ": ").replace("[x]", "[ ]")
    got = fields(blank)
    assert got.organization is None and got.member is None and got.payment_agreement is None
