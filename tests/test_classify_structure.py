"""How a mail is built, not its words (issue 13, dev4): a ticket system's notice by the
number in its subject, a reply to the office by the quote's header block, a mail
written in the subject only, a question of the writer's own in a reply to the office,
an assistant signing for the person she names.
"""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules

OFFICE_QUOTE = ("-----Ursprüngliche Nachricht-----\nVon: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>\n"
                "Gesendet: Montag, 14. April 2025 10:00\nAn: Roth, Jana\nBetreff: Jahrestagung 2025 in Köln\n\n"
                "Hallo zusammen,\nwir treffen uns am 25. und 26. September in Köln.\n"
                "Wer dabei sein will, schreibt uns kurz zurück.\n\nMartin Overbeck\n")


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def mail(text: str, *, subject: str = "Jahrestagung", sender: str = "Jana Roth <jana.roth@kreis-a.example>",
         headers: str = "") -> bytes:
    head = (f"From: {sender}\r\nTo: geschaeftsstelle@vsop.de\r\nSubject: {subject}\r\n"
            f"Message-ID: <s1@kreis-a.example>\r\nMIME-Version: 1.0\r\n{headers}"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return (head + text.replace("\n", "\r\n")).encode("utf-8")


def verdict(raw: bytes, rules):
    return classify(parse_bytes(raw), rules, OWN, OWN_DOMAIN)


@pytest.mark.parametrize("subject, text", [
    ("INC0048213 – Ihre Anfrage wurde erfasst",
     "Guten Tag,\n\nIhre Anfrage wurde erfasst.\n\nKurzbeschreibung: Jahrestagung in Köln – bitte vormerken\n"),
    ("Your request #73311 has been received", "Your request has been received. Reply to add comments.\n"),
    ("[Ticket#2025041410000877] Ihr Anliegen wurde abgeschlossen",
     "Guten Tag,\n\nder Status wurde auf geschlossen gesetzt. Antworten Sie, um ihn wieder zu öffnen.\n"),
    # a service desk's prefixed number, echoing the office's words about a place
    ("[#KS-40213] Jahrestagung – Ihre Voranmeldung",
     "Hello,\n\nwe have logged your message:\n\n> Wir haben Sie für die Jahrestagung vorgemerkt.\n\nIT Service\n"),
])
def test_a_ticket_number_in_the_subject_of_a_mail_greeting_nobody_is_a_ticket_systems_notice(rules, subject, text):
    v = verdict(mail(text, subject=subject, sender="Service <service@kreis-b.example>"), rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply and not v.needs_human
    assert any(h.rule == "loop-guard:ticket-subject" for h in v.rule_hits)


def test_a_person_writing_through_a_ticket_system_is_read_as_a_person(rules):
    raw = mail("Sehr geehrter Herr Overbeck,\n\nfür unsere Servicestelle merken Sie bitte Frau Sandra Kuhl "
               "vor.\n\nMit freundlichen Grüßen\ni. A. Sandra Kuhl\n",
               subject="[Ticket#2025043010000457] AW: Jahrestagung 2025 in Köln",
               sender="Servicestelle Sozialplanung <sozialplanung@kreis-b.example>")
    v = verdict(raw, rules)
    assert v.intent is Intent.PRE_REGISTRATION and v.auto_reply


def test_a_reply_above_the_offices_quoted_header_block_answers_the_office(rules):
    """No In-Reply-To (a phone app dropped it): the quote's 'Von:' names our address."""
    v = verdict(mail("Bin dabei!\n\nJana\n\nGesendet von Outlook für Android\n" + OFFICE_QUOTE, subject="AW: Termin"), rules)
    assert v.intent is Intent.PRE_REGISTRATION and v.auto_reply
    parsed = parse_bytes(mail("Bin dabei!\n\n" + OFFICE_QUOTE))
    assert "geschaeftsstelle@vsop.de" in parsed.quote_heads and "Bin dabei" not in parsed.quote_heads
    # the same two words quoting someone else's mail are no answer to the office
    other = OFFICE_QUOTE.replace("VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>", "Ulrich <u@kreis-a.example>")
    assert verdict(mail("Bin dabei!\n\nJana\n\n" + other, subject="AW: Termin"), rules).intent is not Intent.PRE_REGISTRATION


@pytest.mark.parametrize("subject, intent", [
    ("Frage: Ist die Tagung als Fortbildung anerkannt?", Intent.QUESTION),
    ("Abmeldung Jahrestagung – Jana Roth", Intent.CANCELLATION),
    ("Vormerkung Jahrestagung bitte – Jana Roth", Intent.PRE_REGISTRATION),
])
def test_a_mail_written_in_the_subject_only_is_read_from_the_subject(rules, subject, intent):
    for body in ("", "\n\nVon meinem iPhone gesendet\n"):
        assert verdict(mail(body, subject=subject), rules).intent is intent, (subject, body)


def test_a_replys_subject_is_not_the_writers_text(rules):
    """'AW: <the office's subject>' above an empty body: the words are the office's."""
    v = verdict(mail("", subject="AW: Frage: Ist die Tagung als Fortbildung anerkannt?"), rules)
    assert v.intent is not Intent.QUESTION


def test_a_question_closed_with_thanks_is_a_question_not_a_thank_you(rules):
    v = verdict(mail("Hi,\n\nquick question - is there a virtual option for the second day? "
                     "I might have to fly back early.\n\nThanks!\nMarie\n\n" + OFFICE_QUOTE, subject="AW: Termin"), rules)
    assert v.intent is Intent.QUESTION and v.needs_human and not v.auto_reply
    assert v.questions == ("is there a virtual option for the second day?",)


def test_a_question_no_rule_knows_in_a_reply_to_the_office_is_a_question(rules):
    text = "Hallo,\n\nkennet Se mir sage, ob mr au bloß am erschte Dag komme ka?\n\nGottlieb\n\n"
    assert verdict(mail(text + OFFICE_QUOTE, subject="AW: Termin"), rules).intent is Intent.QUESTION
    # ... and in a new mail (round 4: the question is the writer's own) -- but a question
    # that offers something or asks for the office's time stays other
    assert verdict(mail(text, subject="Termin"), rules).intent is Intent.QUESTION
    for offer in ("Hello,\n\nwe are a print shop. Shall we send you samples?\n\nTom\n",
                  "Liebe Frau Roth,\n\nwir sind ein Verlag. Hätten Sie nächste Woche Zeit für ein Gespräch?\n\nIlse\n"):
        assert verdict(mail(offer, subject="Termin"), rules).intent is Intent.OTHER, offer


def test_an_indirect_question_after_a_verb_of_telling_is_a_question(rules):
    for text in ("Sehr geehrte Damen und Herren,\n\nes wird um Mitteilung gebeten, ob die Gebühr der "
                 "Umsatzsteuer unterliegt.\n\nIm Auftrag\nRolf Dreck\n",
                 "Respected Sir,\n\nKindly let me know whether accommodation will be provided.\n\nRegards\nAnanya\n"):
        assert verdict(mail(text), rules).intent is Intent.QUESTION, text


@pytest.mark.parametrize("text, intent", [
    ("Sehr geehrter Herr Overbeck,\n\nFrau Dr. Wiltrud Esser-Kamp nimmt nun verbindlich teil. Die Rechnung richten "
     "Sie bitte an die Stadt Lennehagen, Postfach 10 04 40, 58089 Lennehagen. Der Betrag wird nach Rechnungseingang "
     "von der Stadtkasse überwiesen.\n\nMit freundlichen Grüßen\ni. A. Petra Lüke\nStadt Lennehagen\n",
     Intent.REGISTRATION),
    ("Sehr geehrter Herr Overbeck,\n\nFrau Dr. Wiltrud Esser-Kamp muss ihre Teilnahme an der Jahrestagung leider "
     "absagen.\n\nMit freundlichen Grüßen\ni. A. Petra Lüke\n", Intent.CANCELLATION),
])
def test_an_assistant_signing_i_a_for_the_person_she_names_writes_for_that_person(rules, text, intent):
    v = verdict(mail(text, sender='"Lüke, Petra" <petra.lueke@stadt-l.example>'), rules)
    assert v.intent is intent
    assert (v.fields.name, v.fields.title) == ("Wiltrud Esser-Kamp", "Dr.")


def test_an_official_signing_i_a_for_herself_stays_the_attendee(rules):
    text = ("Sehr geehrte Damen und Herren,\n\nhiermit wird die verbindliche Anmeldung der Unterzeichnerin "
            "erklärt.\n\nIm Auftrag\nDr. Hiltrud Sommer\nLandkreis Peenetal\n")
    v = verdict(mail(text, sender='"Sommer, Hiltrud Dr." <h.sommer@lk-p.example>'), rules)
    assert v.fields.name == "Hiltrud Sommer" and v.fields.email == "h.sommer@lk-p.example"


@pytest.mark.parametrize("closing", ["Glück auf", "Mem fründlije Jroß", "Merci et bonne journée", "Gröten"])
def test_the_senders_own_name_starts_the_signature_after_a_closing_nobody_listed(rules, closing):
    text = (f"Moin,\n\nich möchte mich für die Jahrestagung vormerken lassen.\n\n{closing}\nFrank Pütz\n"
            "Stadt Rheinkassel – Amt für Soziales\n")
    v = verdict(mail(text, sender="Frank Pütz <frank.puetz@stadt-r.example>"), rules)
    assert v.intent is Intent.PRE_REGISTRATION
    assert v.fields.organization is not None and "Amt für Soziales" in v.fields.organization


@pytest.mark.parametrize("footer", [
    "Sie können diese Mitteilungen jederzeit abbestellen: Antwort mit STOP genügt.",
    "Sie erhalten diese Nachricht, weil Sie 2024 bei uns gebucht haben. Abmeldung jederzeit unter info@ort.example.",
    "You can unsubscribe by writing to sales@ort.example.",
])
def test_a_sales_mails_unsubscribe_footer_is_mass_mail_not_the_senders_cancellation(rules, footer):
    raw = mail("Sehr geehrte Damen und Herren,\n\nzu Ihrer Tagung bieten wir Tagungsräume und Catering zum "
               f"Vorzugspreis an. Abmeldung von der Tagung? Kein Problem bei uns.\n\nIhr Team vom Kongresshaus\n{footer}\n",
               subject="Angebot für Ihre Tagung", sender="Kongresshaus <vertrieb@ort.example>")
    v = verdict(raw, rules)
    assert v.intent is Intent.BULK and not v.auto_reply and not v.needs_human
