"""Mail an office gets that is hard to tell apart (issue 13, round 7, dev10): another
body's circular that asks its own readers to register, vendors' sales offers, opt-outs
(recorded, never answered), questions that only mention registering. New sentences, not
copied from any corpus mail.
"""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def mail(text: str, *, subject: str = "Jahrestagung", sender: str = "Lena Brink <l.brink@amt-c.example>") -> bytes:
    head = (f"From: {sender}\r\nTo: geschaeftsstelle@vsop.de\r\nSubject: {subject}\r\n"
            "Message-ID: <h1@amt-c.example>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return (head + text.replace("\n", "\r\n")).encode("utf-8")


def verdict(raw: bytes, rules):
    return classify(parse_bytes(raw), rules, OWN, OWN_DOMAIN)


@pytest.mark.parametrize("text", [
    "Liebe Mitglieder,\n\nwir laden Sie herzlich zu unserer Fachtagung im Herbst nach Erfurt ein. Bitte melden Sie "
    "sich verbindlich bis Ende August an. Auch auf die Jahrestagung des VSOP sei hingewiesen.\n\nIhr Landesverband\n",
    "Sehr geehrte Damen und Herren,\n\nzu unserem Forum Jugendhilfe am 3. Oktober laden wir ein; melden Sie sich "
    "bitte verbindlich online an.\n\nIhre Landesarbeitsgemeinschaft\nDieser Rundbrief geht an alle Mitglieder.\n",
])
def test_a_circular_that_asks_its_readers_to_register_is_mass_mail(rules, text):
    v = verdict(mail(text, subject="Rundbrief 2/2026", sender="LAG Nord <info@lag-nord.example>"), rules)
    assert v.intent is Intent.BULK and not v.auto_reply


def test_asking_the_reader_to_register_is_no_registration_of_the_writer(rules):
    # no circular's words: still, "melden Sie sich verbindlich an" says the writer organises
    v = verdict(mail("Guten Tag,\n\nfür unseren Workshop im Mai melden Sie sich bitte verbindlich bis Ostern an.\n\n"
                     "Team Fortbildung\n", subject="Workshop", sender="Fortbildung <fb@bildungswerk-q.example>"), rules)
    assert v.intent is not Intent.REGISTRATION


def test_a_registrant_who_also_says_melden_sie_sich_still_registers(rules):
    v = verdict(mail("Hallo,\n\nhiermit melde ich mich verbindlich zur Jahrestagung an. Falls etwas fehlt, melden Sie "
                     "sich bitte bei mir.\n\nLena Brink\n"), rules)
    assert v.intent is Intent.REGISTRATION


@pytest.mark.parametrize("subject, text", [
    ("Abmelden", "Abmelden, danke.\n"),
    ("Verteiler", "Guten Tag,\n\nich habe die Stelle gewechselt, bitte nehmen Sie mich aus Ihrem Verteiler.\n\nLena Brink\n"),
])
def test_an_opt_out_is_recorded_and_never_answered(rules, subject, text):
    v = verdict(mail(text, subject=subject), rules)
    assert v.intent is Intent.OPT_OUT and not v.auto_reply and not v.needs_human


@pytest.mark.parametrize("text", [
    # a change to what the office holds, with its fee question: for a person
    "ich bin angemeldet, komme aber nur am zweiten Tag statt am ersten. Bitte ändern Sie das in meiner Anmeldung. "
    "Wird die Gebühr dann geringer?",
    # how registering will be done later is no registration now
    "gibt es für die Tagung noch freie Plätze für eine Gruppe von vier? Angemeldet wird dann von unserer Leiterin.",
])
def test_a_question_that_only_talks_about_registering_stays_a_question(rules, text):
    v = verdict(mail(f"Hallo,\n\n{text}\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is Intent.QUESTION and not v.auto_reply and v.needs_human


def test_a_wish_said_in_the_passive_is_still_a_wish(rules):
    v = verdict(mail("Hallo,\n\nich möchte für die Tagung vorgemerkt werden. Gibt es Parkplätze?\n\nLena Brink\n",
                     subject="Tagung"), rules)
    assert v.intent is Intent.PRE_REGISTRATION and v.questions


@pytest.mark.parametrize("sender, subject, text", [
    ("Druckhaus <info@druck-g.example>", "Ihre Fachtagung", "Guten Tag,\n\nfür Ihre Tagung drucken wir Namensschilder "
     "und Mappen, ab 100 Stück mit 15 % Rabatt.\n\nIhr Druckhaus\n"),
    ("Catering <sales@cater-h.example>", "Your conference", "Hello,\n\nfor your delegates we offer lunch boxes at a "
     "special rate. Just reply to book.\n\nCater Team\n"),
    ("Tagungshotel <m.ott@hotel-s.example>", "Köln im September", "Sehr geehrte Frau Brink,\n\ngern halten wir für "
     "Ihre Gäste 20 Zimmer zu Sonderkonditionen bereit. Darf ich Ihnen ein Angebot schicken?\n\nMia Ott\n"),
])
def test_a_vendors_sales_offer_is_mass_mail(rules, sender, subject, text):
    v = verdict(mail(text, subject=subject, sender=sender), rules)
    assert v.intent is Intent.BULK and not v.auto_reply


@pytest.mark.parametrize("text", [
    # a person asking whether there is such an offer is no vendor
    "gibt es für Ihre Teilnehmenden ein Zimmerkontingent zum Sonderpreis? Ich komme zur Tagung.",
    # nor one who registers and mentions a discount
    "ich melde mich zur Tagung an. Wir bieten im Amt auch Fortbildungen an; bekomme ich als Mitglied den Rabatt?",
])
def test_people_who_speak_of_prices_stay_people(rules, text):
    v = verdict(mail(f"Hallo,\n\n{text}\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is not Intent.BULK and v.needs_human


@pytest.mark.parametrize("text", [
    "Guten Tag,\n\nbitte keine Rundbriefe mehr an mich, ich habe die Stelle gewechselt.\n\nLena Brink\n",
    "Guten Tag,\n\nich gehe in Rente; nehmen Sie mich bitte aus der Liste für Ihre Einladungen.\n\nLena Brink\n",
])
def test_opt_outs_that_name_the_mail_or_the_list_in_other_words(rules, text):
    v = verdict(mail(text, subject="Verteiler"), rules)
    assert v.intent is Intent.OPT_OUT and not v.auto_reply


def test_a_mail_that_tells_its_reader_how_to_stop_it_is_mass_mail(rules):
    v = verdict(mail("Liebe Frau Brink,\n\nanbei unser Herbstbrief mit Neuigkeiten aus dem Verband und unserem Fachtag.\n\n"
                     "Sie erhalten dieses Schreiben als Partnerin. Wenn Sie es nicht mehr erhalten möchten, genügt eine "
                     "Antwort.\n\nTeam Kommunikation\n", subject="Herbstbrief",
                     sender="Verband <presse@verband-t.example>"), rules)
    assert v.intent is Intent.BULK and not v.auto_reply


@pytest.mark.parametrize("text, intent", [
    ("Nehmt mich bitte mit auf die Liste für die Tagung. Gruß Lena", Intent.PRE_REGISTRATION),
    ("ich würde gern zur Tagung kommen. Reservieren Sie mir bitte eine Option.", Intent.PRE_REGISTRATION),
    ("könnten Sie für unser Amt drei Plätze vorhalten? Wer fährt, klären wir noch.", Intent.PRE_REGISTRATION),
    ("so, jetzt buchen wir: ich komme fest.", Intent.REGISTRATION),
])
def test_requests_without_the_usual_verb(rules, text, intent):
    v = verdict(mail(f"Hallo,\n\n{text}\n\nLena Brink\n", subject="Köln"), rules)
    assert v.intent is intent


def test_taking_someone_off_the_list_is_no_request_for_a_place(rules):
    v = verdict(mail("Hallo,\n\nnehmen Sie mich bitte von der Liste für die Tagung, ich kann nicht.\n\nLena Brink\n",
                     subject="Köln"), rules)
    assert v.intent is not Intent.PRE_REGISTRATION


def test_a_wish_before_a_question_in_the_same_sentence_stays_a_wish(rules):
    v = verdict(mail("Hallo,\n\nich möchte mich für die Tagung vormerken lassen und habe eine Bitte: Könnten Sie mir "
                     "sagen, ob es eine Kinderbetreuung gibt?\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is Intent.PRE_REGISTRATION and v.questions and v.needs_human


def test_a_question_answered_beforehand_with_then_id_like_it_is_the_request(rules):
    v = verdict(mail("Hallo,\n\nist für die Tagung noch ein Platz für mich frei? Dann nehme ich ihn gern, vorläufig.\n\n"
                     "Lena Brink\n", subject="Tagung"), rules)
    assert v.intent is Intent.PRE_REGISTRATION


def test_a_scanned_registration_named_as_the_attachment_is_a_registration_for_a_person(rules):
    head = ("From: Lena Brink <l.brink@amt-c.example>\r\nTo: geschaeftsstelle@vsop.de\r\nSubject: Tagung\r\n"
            "Message-ID: <h2@amt-c.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n")
    raw = (head + "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGuten Tag,\r\n\r\nim Anhang finden Sie meine "
           "ausgefüllte Anmeldung.\r\n\r\nLena Brink\r\n--b\r\nContent-Type: application/pdf; name=\"scan1.pdf\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJcfs\r\n--b--\r\n").encode("utf-8")
    v = verdict(raw, rules)
    assert v.intent is Intent.REGISTRATION and v.unreadable_form and v.needs_human


def test_a_condition_weighs_only_the_part_of_the_sentence_it_stands_in(rules):
    v = verdict(mail("Hallo,\n\nich möchte mich für die Tagung vormerken lassen und, falls es noch geht, eine Kollegin "
                     "mitbringen. Gibt es einen Rabatt für Studierende?\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is Intent.PRE_REGISTRATION and v.questions


def test_a_condition_at_the_start_still_holds_back_the_whole_sentence(rules):
    v = verdict(mail("Hallo,\n\nfalls es noch geht, würde ich mich vormerken lassen. Gibt es einen Rabatt für "
                     "Studierende?\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is Intent.QUESTION


def test_not_coming_beside_a_question_cancels(rules):
    v = verdict(mail("Guten Tag,\n\nich wechsle zum 1. Juli die Stelle und kann deshalb nicht zur Tagung kommen. Bekomme "
                     "ich die Gebühr zurück?\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is Intent.CANCELLATION and v.questions and v.needs_human


def test_not_coming_on_one_day_but_on_another_is_no_cancellation(rules):
    v = verdict(mail("Guten Tag,\n\nich kann nicht am ersten Tag zur Tagung kommen, sondern erst am zweiten. Wird die "
                     "Rechnung dann geändert?\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is not Intent.CANCELLATION


def test_registering_for_someone_elses_event_is_none_for_us(rules):
    v = verdict(mail("Guten Tag,\n\nhiermit melde ich mich für das Seminar Datenschutz am 3. März in Jena an.\n\n"
                     "Lena Brink\n", subject="Anmeldung Seminar"), rules)
    assert v.intent is Intent.OTHER and v.needs_human


def test_a_colleague_who_comes_bindingly_is_a_registration(rules):
    v = verdict(mail("Guten Tag,\n\nmeine Kollegin Mia Ott möchte verbindlich zur Tagung mitkommen, selbe Rechnungsadresse "
                     "wie bei mir.\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is Intent.REGISTRATION


def test_a_ticket_system_that_acknowledges_in_the_active_voice_is_an_automatic_reply(rules):
    v = verdict(mail("Guten Tag,\n\nwir haben zu Ihrer Nachricht ein Ticket angelegt und melden uns bald. Bitte ändern "
                     "Sie die Betreffzeile nicht.\n\nIhr Kundenservice\n", subject="[SVC-1182] Re: Tagung",
                     sender="Kundenservice <service@traeger-u.example>"), rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply


def test_an_invitation_to_an_online_survey_is_mass_mail(rules):
    v = verdict(mail("Sehr geehrte Damen und Herren,\n\nfür eine Studie zur Jugendhilfeplanung bitten wir um zehn "
                     "Minuten für unseren Fragebogen: https://umfrage.uni-w.example/jhp\n\nDanke!\nDr. Mia Ott\n",
                     subject="Bitte um Teilnahme", sender="Mia Ott <umfrage@uni-w.example>"), rules)
    assert v.intent is Intent.BULK and not v.auto_reply


def test_pre_registrations_made_binding_are_a_registration(rules):
    v = verdict(mail("Hallo,\n\nvon unseren zwei Vormerkungen wird eine verbindlich: Lena Brink, Mitglied. Rechnung an "
                     "Amt C, Hauptstr. 1, 12345 C-Stadt; wir zahlen nach Rechnungseingang.\n\nLena Brink\n",
                     subject="Tagung"), rules)
    assert v.intent is Intent.REGISTRATION


@pytest.mark.parametrize("text, intent", [
    ("I'm afraid I have to cancel my registration for the conference. Please let me know whether a credit note will "
     "be issued.", Intent.CANCELLATION),
    ("ich wollte nur fragen, ob das so reicht: Ich melde mich hiermit verbindlich zur Tagung an, Mitglied.",
     Intent.REGISTRATION),
])
def test_a_question_without_its_mark_rides_along_for_a_person(rules, text, intent):
    v = verdict(mail(f"Hello,\n\n{text}\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is intent and v.questions and v.needs_human and v.auto_reply
