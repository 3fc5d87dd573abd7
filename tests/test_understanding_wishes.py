"""What the writer wants about coming, read as grammar (understanding/wishes.py).

Plain sentences in, an intent (or nothing) out: separable verbs in any word order,
participles with "werden"/"lassen", dialect spellings, English verb families, and what
undoes a wish (negation, condition, a report of an earlier step, a booked train)."""

from __future__ import annotations

import pytest

from inbox_agent.model import Intent
from inbox_agent.understanding import wishes
from inbox_agent.understanding.classify import classify, load_rules
from inbox_agent.mail.parse import parse_bytes
from classify_support import OWN, OWN_DOMAIN, RULES_DIR
from helpers import make_mail

PRE, REG, CAN = Intent.PRE_REGISTRATION, Intent.REGISTRATION, Intent.CANCELLATION


def wanted(text: str, subject: str = "", *, anchored: bool = True, **kw) -> Intent | None:
    wish = wishes.wanted(text, subject, anchored=anchored, **kw)
    return wish.intent if wish is not None else None


@pytest.mark.parametrize("text", [
    "Ich merke mich hiermit gerne für Köln vor.",          # separable verb, particle at the end
    "Bitte vormerken: ich und meine Kollegin.",           # request infinitive
    "Ich möchte gern vorgemerkt werden.",                 # participle + werden
    "I däd mi gern vormerka lassa.",                      # Swabian -a infinitives
    "Ick wull mi vörmarken laten.",                       # Low German vowels, same consonants
    "Wir sind dobei, schreibt uns vorläufig auf.",        # "dobei" = dabei
    "Please add me to the list for the conference.",
    "Kindly enrol my name, I will confirm later.",
    "I would like to be inserted in the list.",
    "Count me in, provisionally.",
    "Ich möchte gerne dabei sein.",                       # modal + dabei sein
    "Mir san dobei.",
    "Nehme gern teil!",                                   # subject left out, particle at the end
    "Könnt ihr mi vormerka?",                             # a question that asks the office to act
    "Tragen Sie mich bitte ein.",
    "I'd like to reserve a seat.",
    "We would like to book two places.",
    "I would like to be registered.",
    "Please include me in the list.",
])
def test_a_wish_for_a_place_is_a_pre_registration(text):
    assert wanted(text) is PRE


@pytest.mark.parametrize("text", [
    "Jetzt isch's fescht, i komm.",                       # Swabian "scht" = "st": fest
    "Hiermit melde ich mich verbindlich an; mein Kollege kommt nicht.",
    "Anbei übersende ich den unterschriebenen Anmeldebogen.",
    "Frau Roth hat ihre Anmeldung an mich geschickt, ich leite sie weiter.",
])
def test_a_binding_step_or_a_form_sent_is_a_registration(text):
    assert wanted(text) is REG


def test_an_invoice_address_makes_a_plain_wish_binding_and_a_later_binding_step_does_not():
    assert wanted("Ich komme.", invoice=True) is REG
    assert wanted("Wir kommen gern, fest machen wir es dann im Juni.") is PRE


@pytest.mark.parametrize("text", [
    "Muss leider absagen, bin krank.",                    # subject left out: the writer
    "Leider können mer beide nit kumme.",                 # negated coming in dialect
    "Die Vormerkung können Sie wieder wegmachen.",
    "Bitte nehmt uns von der Liste runter.",
    "Des Kreuzsche uff de Liste könne Se wieder wegmache.",
    "We cannot make it, sorry.",
    "I have to cancel.",
])
def test_cancelling_or_a_negated_coming_is_a_cancellation(text):
    assert wanted(text) is CAN


@pytest.mark.parametrize("text", [
    "Falls ich kann, melde ich mich an.",                 # condition
    "Ich habe mich im Mai angemeldet.",                   # a report, not a request
    "Bin ich angemeldet?",                                # a question about the state
    "Ich muss meinen Zug buchen.",                         # booking, but no place of ours
    "Ab Montag bin ich unter der neuen Adresse erreichbar.",
    "Kann ich mich noch anmelden?",                       # asks whether, asks no one to act
    "Ich bin angemeldet.",                                # a state
    "I am registered already.",
])
def test_no_wish(text):
    assert wanted(text) is None


def test_coming_alone_needs_the_conference_and_counts_not_beside_a_question():
    assert wanted("Wir kommen zu zweit!", anchored=False) is None
    assert wanted("Wir kommen zu zweit!", anchored=True) is PRE
    assert wanted("I would like to come to your conference.", acting=True) is None
    assert wanted("Could you put my name on the list?", acting=True) is PRE


def _classify(subject: str, body: str):
    raw = make_mail(subject=subject, body=body)
    return classify(parse_bytes(raw), load_rules(RULES_DIR), OWN, OWN_DOMAIN)


def test_a_mail_no_rule_knows_is_read_as_grammar_not_left_as_other():
    verdict = _classify("Köln", "Grüß Gott,\n\nmi dürfts scho amoi vormerka.\n\nSepp Huber\n")
    assert verdict.intent is PRE and verdict.auto_reply
    assert any(h.rule == "grammar:wish" for h in verdict.rule_hits)


def test_a_pre_registration_beside_a_question_rides_along():
    verdict = _classify("Vormerkung", "Guten Tag,\n\nich merke mich gerne vor. Gibt es vor Ort Parkplätze für die Tagung?\n\nAnna Berg\n")
    assert verdict.intent is PRE
    assert verdict.questions == ("Gibt es vor Ort Parkplätze für die Tagung?",)
    assert verdict.needs_human


@pytest.mark.parametrize("question, offer", [
    ("Shall I send you our price list?", True),
    ("Darf ich Sie dazu nächste Woche anrufen?", True),
    ("Hätten Sie Lust auf einen Beitrag in unserem Heft?", True),
    ("Gibt es eine Kinderbetreuung vor Ort?", False),
    ("Is there a virtual option for the second day?", False),
    ("Würden Sie mich bitte anmelden?", False),
    ("Wann passt Ihnen ein kurzes Telefonat?", True),
    ("Would you be available for a call next week?", True),
    ("Passt es Ihnen, wenn ich die Rechnungsadresse nachreiche?", False),
    ("Wann ist der Anmeldeschluss?", False),
    ("Brauchen Sie sonst noch etwas von mir?", True),
    ("Brauchen Sie noch etwas von uns?", True),               # offers more if needed
    ("Do you need anything else from me?", True),
    ("Brauchen Sie von mir noch die Kostenstelle?", False),   # asks about a detail of ours
])
def test_a_question_that_offers_is_told_from_one_about_the_event(question, offer):
    from inbox_agent.understanding import questions
    assert questions.offers(question) is offer


def test_a_mail_about_the_conference_whose_only_question_offers_is_other():
    verdict = _classify("Ihre Jahrestagung", "Sehr geehrte Frau Berg,\n\nwir würden über Ihre Jahrestagung gern "
                        "berichten. Darf ich Sie dazu kurz anrufen?\n\nJan Ohm\nRedaktion\n")
    assert verdict.intent is Intent.OTHER and verdict.needs_human


def test_a_registration_withdrawn_in_the_passive_is_a_cancellation():
    verdict = _classify("Rücknahme der Anmeldung", "Sehr geehrte Damen und Herren,\n\ndie Anmeldung des "
                        "Unterzeichners wird hiermit zurückgenommen.\n\nIm Auftrag\nK. Mohr\n")
    assert verdict.intent is CAN


def test_a_binding_step_announced_for_later_is_a_pre_registration_and_remitted_is_paid():
    later = _classify("Teilnahmeabsicht", "Sehr geehrte Damen und Herren,\n\nhiermit zeige ich die Teilnahme an der "
                      "Jahrestagung an. Eine verbindliche Anmeldung erfolgt nach Genehmigung der Dienstreise.\n\nK. Mohr\n")
    assert later.intent is PRE
    paid = _classify("Registration", "Dear Sir,\n\nkindly register my name for the conference. The fee will be "
                     "remitted by our accounts section after receipt of invoice.\n\nBilling address:\nInstitute of "
                     "Planning\nAccounts Section\nMain Road 4\nPune 411007\nIndia\n\nRegards,\nDr. R. Rao\n")
    assert paid.intent is REG and paid.fields.payment_agreement is True


def _mail_to(to: str, body: str, subject: str = "Köln", cc: str = "") -> bytes:
    from email.message import EmailMessage
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Sepp Huber <sepp.huber@markt-x.example>", to, subject
    if cc:
        msg["Cc"] = cc
    msg["Message-ID"] = "<w1@markt-x.example>"
    msg.set_content(body)
    return bytes(msg)


WISH = "Grüß Gott,\n\nmi dürfts scho amoi vormerka.\n\nSepp Huber\n"  # no rule knows these words
MANY = ", ".join(f"kollege{i}@kreis-x.example" for i in range(6))


@pytest.mark.parametrize("raw", [
    _mail_to("undisclosed-recipients:;", WISH),                              # sent blind: a circular
    _mail_to("verteiler@lag-sozialplanung.example", WISH),                   # to a list, not to us
])
def test_a_mail_that_does_not_name_the_office_is_mass_mail_sent_blind(raw):
    verdict = classify(parse_bytes(raw), load_rules(RULES_DIR), OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.BULK and not verdict.auto_reply
    assert any(h.rule == "loop-guard:sent-blind" for h in verdict.rule_hits)
    assert not any(h.rule == "grammar:wish" for h in verdict.rule_hits)


@pytest.mark.parametrize("raw", [
    _mail_to(MANY, WISH, cc="geschaeftsstelle@vsop.de"),                     # to many at once
    _mail_to("geschaeftsstelle@vsop.de", "-------- Weitergeleitete Nachricht --------\n"
             "Von: LAG Sozialplanung <info@lag.example>\nBetreff: Fachtag\n\n" + WISH,
             subject="WG: Fachtag der LAG"),                                 # only someone else's mail
    _mail_to("geschaeftsstelle@vsop.de", "Sehr geehrte Damen und Herren,\n\nmelden Sie sich jetzt "
             "zu unserem Fachtag in Kassel an!\n\nIhr Team der LAG\n", subject="Fachtag"),  # an invitation
])
def test_the_grammar_answers_no_mail_that_is_not_written_to_the_office(raw):
    verdict = classify(parse_bytes(raw), load_rules(RULES_DIR), OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.OTHER and not verdict.auto_reply
    assert not any(h.rule == "grammar:wish" for h in verdict.rule_hits)


def test_the_same_words_written_to_the_office_are_a_wish():
    for raw in (_mail_to("geschaeftsstelle@vsop.de", WISH),
                _mail_to("VSOP <geschaeftsstelle@vsop.de>", "Servus,\n\nwas i no sogn wollt: mi dürfts scho amoi "
                         "vormerka.\n\n-------- Weitergeleitete Nachricht --------\nVon: x@y.example\n\nHallo\n")):
        verdict = classify(parse_bytes(raw), load_rules(RULES_DIR), OWN, OWN_DOMAIN)
        assert verdict.intent is PRE and verdict.auto_reply


def test_a_request_set_against_a_doubt_is_a_pre_registration():
    verdict = _classify("vielleicht", "Guten Morgen,\n\nich weiß noch nicht sicher, ob es klappt, aber nehmen Sie "
                        "mich doch bitte vorsichtshalber mal mit auf. Absagen kann ich ja dann immer noch.\n\nGrüße\nAnna Berg\n")
    assert verdict.intent is PRE


def test_a_condition_still_covers_its_own_clause_and_the_main_clause():
    verdict = _classify("Tagung", "Hallo,\n\nfalls die Genehmigung kommt, nehmen Sie mich bitte auf.\n\nAnna Berg\n")
    assert verdict.intent is not PRE


@pytest.mark.parametrize("text", [
    # an infinitive with "zu" that a request in the sentence governs
    "Wir dürfen Sie bitten, unseren Kollegen Herrn Vogt vorzumerken und ihm die Einladung zuzuschicken.",
    "Ich bitte darum, mich für die Jahrestagung unverbindlich anzumelden.",
    # a condition of time after the request holds back only its own clause
    "Bitte merken Sie mich für Köln vor, den Ablauf schicken Sie mir, sobald er fertig ist.",
    # a condition the question before answers ("wenn ja", "falls ja", "if so")
    "Falls ja, nehmen Sie mich bitte in die Liste auf.",
    "Wenn ja, würde ich mich gerne vormerken lassen.",
    "If so, please put my name on the list.",
    # keeping a place free
    "Halten Sie mir bitte zwei Plätze frei.",
])
def test_requests_in_formal_and_conditional_word_order_are_pre_registrations(text):
    assert wanted(text) is PRE


@pytest.mark.parametrize("text", [
    "Sobald mein Antrag durch ist, melde ich mich an.",   # a condition of time before the step
    "Wenn nicht, melde ich mich im Juli an.",             # "wenn nicht" is still a condition
    "Wir halten uns den Termin schon mal frei.",          # a free day in the diary, no place
    "Den Platz, den Sie mir freigehalten haben, nehme ich gern.",  # a report of the place kept
])
def test_conditions_of_time_before_and_a_free_day_are_no_wish(text):
    assert wanted(text) is not PRE


def test_asking_to_be_signed_off_is_a_cancellation():
    assert wanted("Bitte mich wieder abmelden, es tut mir leid.") is CAN
    verdict = _classify("Absage", "Hallo,\n\nich bin krank geworden. Bitte mich abmelden.\n\nTom Kessler\n")
    assert verdict.intent is CAN


@pytest.mark.parametrize("body", [
    "Guten Tag,\n\nmein Chef hat die Reise nicht genehmigt. Den reservierten Platz können Sie gern an "
    "jemand anderen vergeben.\n\nTom Kessler\n",
    "Hallo,\n\nes klappt doch nicht: geben Sie meinen Platz bitte an andere Interessierte weiter.\n\nTom Kessler\n",
])
def test_passing_the_place_on_to_someone_else_is_a_cancellation(body):
    assert _classify("Keine Teilnahme", body).intent is CAN


@pytest.mark.parametrize("body", [
    "Vielen Dank! Dann merken Sie mich doch bitte schon mal vor.\n\nTom Kessler\n",
    "Danke schön, tragen Sie mich bitte vorläufig ein.\n\nTom Kessler\n",
])
def test_a_short_thank_you_that_asks_for_a_place_is_a_pre_registration(body):
    assert _classify("Re: Ihre Antwort", body).intent is PRE


@pytest.mark.parametrize("body", [
    "Hallo,\n\ngibt es für Referendare einen günstigeren Preis? Wenn ja, merken Sie mich bitte vor.\n\nTom Kessler\n",
    "Hallo,\n\ngeht das auch ohne Dienststelle? Falls ja: bitte einmal vormerken.\n\nTom Kessler\n",
])
def test_a_wish_that_depends_on_the_answer_rides_along_with_the_question(body):
    verdict = _classify("Tagung", body)
    assert verdict.intent is PRE and verdict.questions and verdict.needs_human


def test_a_report_that_the_fee_was_paid_is_no_new_registration():
    paid = _classify("Zahlung", "Guten Tag,\n\nunser Kassenamt hat gestern die Gebühr für meine Teilnahme bezahlt "
                     "(Rechnung 2025-0811).\n\nGruß\nTom Kessler\n")
    assert paid.intent is Intent.OTHER
    agreed = _classify("Anmeldung", "Guten Tag,\n\nhiermit melde ich mich zur Teilnahme an, die Gebühr überweisen "
                       "wir nach Erhalt der Rechnung.\n\nGruß\nTom Kessler\n")
    assert agreed.intent is REG


def test_being_put_down_already_is_a_state_and_a_new_wish_beside_it_still_counts():
    state = _classify("Jahrestagung", "Hallo,\n\nich bin bereits vorgemerkt und wollte nur Bescheid geben, dass "
                      "mein Kollege sich selbst bei Ihnen meldet.\n\nTom Kessler\n")
    assert state.intent is Intent.OTHER
    more = _classify("Jahrestagung", "Hallo,\n\nich bin schon vorgemerkt; bitte merken Sie auch meine Kollegin "
                     "Frau Pohl für die Tagung vor.\n\nTom Kessler\n")
    assert more.intent is PRE


@pytest.mark.parametrize("subject, body", [
    ("Rechnungsadresse", "Guten Tag,\n\nzu meiner Anmeldung vom 3. Juni bitte ich um eine kleine Korrektur: die "
     "Rechnung soll nicht an das Sozialamt, sondern an die Stadtkasse gehen.\n\nGruß\nTom Kessler\n"),
    ("Korrektur Anschrift", "Hallo,\n\nin meiner letzten Mail stimmt die Hausnummer nicht, richtig ist Marktplatz 12.\n\n"
     "Tom Kessler\n"),
])
def test_a_correction_of_a_known_detail_goes_to_staff_not_a_new_registration(subject, body):
    verdict = _classify(subject, body)
    assert verdict.intent is Intent.QUESTION and verdict.needs_human and not verdict.auto_reply


def test_a_registration_sent_again_whole_after_a_correction_stays_a_registration():
    verdict = _classify("Korrektur: meine verbindliche Anmeldung", "Guten Tag,\n\ndie Rechnungsanschrift in meiner "
                        "Anmeldung war falsch, bitte nehmen Sie diese:\n\nStadt Beispielhausen\nKämmerei\nRathausplatz 1\n"
                        "12345 Beispielhausen\n\nWir überweisen nach Rechnungseingang.\n\nTom Kessler\n")
    assert verdict.intent is REG


def test_a_payment_notice_that_offers_more_if_needed_is_no_question():
    verdict = _classify("Überweisung", "Hallo,\n\ndie Gebühr ist heute rausgegangen, 250 Euro mit der Rechnungsnummer. "
                        "Brauchen Sie noch etwas von uns?\n\nTom Kessler\n")
    assert verdict.intent is Intent.OTHER and verdict.needs_human


@pytest.mark.parametrize("text", [
    # the act named, not done: a vendor describes the office's registrations
    "ich habe gesehen, dass Sie Anmeldungen für Ihre Jahrestagung noch per Mail annehmen.",
    "Unser Tool übernimmt Anmeldung, Rechnung und Namensschilder in einem.",
    "Die Buchung der Räume übernimmt die Stadt.",
])
def test_a_verbal_noun_alone_registers_nobody(text):
    assert wanted(text) is None


@pytest.mark.parametrize("text, intent", [
    ("zu meiner festen Anmeldung noch die Rechnungsanschrift", REG),     # the writer's own, binding
    ("Hiermit unsere unverbindliche Vormerkung für Köln.", PRE),
    ("Vorbehaltlich der Zustimmung wird um Reservierung eines Platzes für den Unterzeichner gebeten.", PRE),
])
def test_a_verbal_noun_of_the_writer_or_asked_for_registers(text, intent):
    assert wanted(text) is intent


@pytest.mark.parametrize("text", [
    "ich komme ja schon am Mittwochabend an.",       # arriving ("ankommen"), not coming to the conference
    "Wir kommen mit dem Zug gegen neun an.",
])
def test_arriving_is_no_coming(text):
    assert wanted(text) is None


@pytest.mark.parametrize("text", [
    "Nur dann kann ich mich anmelden.",                 # a condition the question before sets
    "Erst dann melde ich mich an.",
    "Only then can I register.",
])
def test_only_then_holds_the_step_back(text):
    assert wanted(text) is None
