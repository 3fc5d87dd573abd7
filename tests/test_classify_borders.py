"""The borders between intents (issue 13, dev8 and dev9): who would get a wrong automatic
answer. A payment reported as done is no agreement to pay; a registration or a
pre-registration reported as a state is none made now; a question that only names a
registration stays a question; a mail written to someone else with the office in copy
is for a person; joining the association is not coming to the conference.
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


def mail(text: str, *, subject: str = "Jahrestagung", sender: str = "Lena Brink <l.brink@amt-c.example>",
         to: str = "geschaeftsstelle@vsop.de", headers: str = "") -> bytes:
    head = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Message-ID: <b1@amt-c.example>\r\nMIME-Version: 1.0\r\n{headers}"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return (head + text.replace("\n", "\r\n")).encode("utf-8")


def verdict(raw: bytes, rules):
    return classify(parse_bytes(raw), rules, OWN, OWN_DOMAIN)


def test_a_cancellation_that_reports_the_fee_as_paid_is_no_registration(rules):
    v = verdict(mail("Hello,\n\nsadly my doctor says no long trips this autumn, so my participation is cancelled. "
                     "The invoice has already been paid by bank transfer; please refund it to our account.\n\nLena Brink\n",
                     subject="change of plans"), rules)
    assert v.intent is not Intent.REGISTRATION


@pytest.mark.parametrize("text", [
    "ich bin schon verbindlich angemeldet, bin an dem Tag aber auf einer Klausur. Dürfte ein Kollege von mir "
    "stattdessen fahren? Bezahlt ist schon alles.",
    "Ich hatte gestern angerufen. War ich dadurch eigentlich schon vorgemerkt, oder soll ich noch eine Mail schreiben?",
])
def test_a_state_asked_about_is_a_question_not_an_action(rules, text):
    v = verdict(mail(f"Hallo,\n\n{text}\n\nGruß\nLena Brink\n", subject="Kurze Frage zur Tagung"), rules)
    assert v.intent is Intent.QUESTION and not v.auto_reply and v.needs_human


def test_an_accounts_question_that_names_a_registration_is_a_question(rules):
    v = verdict(mail("Hello,\n\nour finance office holds your invoice for a conference registration of one of our "
                     "staff. To set you up as a supplier we need your tax number. Could you email it to us?\n\n"
                     "Thanks,\nPayables Team\n", subject="Supplier set-up", sender="Payables <ap@shire-d.example>"),
                 rules)
    assert v.intent is Intent.QUESTION and not v.auto_reply


def test_a_mail_written_to_a_colleague_with_the_office_in_copy_is_for_a_person(rules):
    raw = mail("Hallo Herr Stock,\n\nhier wie besprochen meine verbindliche Anmeldung zur Tagung in Köln, die Rechnung "
               "bitte an die Stadtkasse, wir überweisen nach Rechnungseingang. Das Büro der Tagung liest mit.\n\n"
               "Gruß\nLena Brink\n", to="Stock, Peter <p.stock@amt-c.example>",
               headers="Cc: VSOP e.V. <geschaeftsstelle@vsop.de>\r\n")
    v = verdict(raw, rules)
    assert v.intent is Intent.OTHER and not v.auto_reply and v.needs_human
    assert any(h.rule == "structure:copied-only" for h in v.rule_hits)


def test_the_same_mail_written_to_the_office_is_a_registration(rules):
    v = verdict(mail("Guten Tag,\n\nhiermit meine verbindliche Anmeldung zur Tagung in Köln, die Rechnung bitte an "
                     "die Stadtkasse, wir überweisen nach Rechnungseingang.\n\nGruß\nLena Brink\n",
                     headers="Cc: Peter Stock <p.stock@amt-c.example>\r\n"), rules)
    assert v.intent is Intent.REGISTRATION


def test_joining_the_association_after_the_conference_is_no_pre_registration(rules):
    v = verdict(mail("Dear all,\n\nthe conference in Cologne was wonderful, and our team thinks we should join your "
                     "association soon.\n\nWarm regards,\nLena\n", subject="Thanks"), rules)
    assert v.intent is not Intent.PRE_REGISTRATION and not v.auto_reply


@pytest.mark.parametrize("text, intent", [
    # a request in question form is the request: a list to be put on, a colleague to be added
    ("Hallo,\n\nkönntet ihr mich bitte noch auf eure Liste für die Tagung setzen?\n\nGruß, Timo\n", Intent.PRE_REGISTRATION),
    ("Guten Tag,\n\nich stehe schon auf der Vormerkliste. Können Sie bitte auch unsere neue Kollegin "
     "Frau Ida Mertl dazunehmen?\n\nGruß\nTimo Aigner\n", Intent.PRE_REGISTRATION),
    ("Servus,\n\nbitte nehmts den Kollegen Ferdl Huber auch dazu, verbindlich, die Rechnung geht wie bei mir an "
     "die Gemeindekasse.\n\nTimo\n", Intent.REGISTRATION),
    # asking leave: the "wenn" names what the writer asks to do
    ("Liebe Frau Ostendorp,\n\nwäre es möglich, dass ich mich für die Tagung im September schon mal vormerken "
     "lasse?\n\nHerzliche Grüße\nTimo Aigner\n", Intent.PRE_REGISTRATION),
    # "vorläufig führen", a provisional list; "bzw." does not end the sentence
    ("Guten Tag,\n\nsofern der Kreistag das Budget freigibt, komme ich zur Tagung. Können Sie mich bis dahin "
     "vorläufig führen?\n\nTimo Aigner\n", Intent.PRE_REGISTRATION),
    ("Hallo,\n\nich würde mich für die Tagung gern auf die Interessentenliste bzw. Warteliste setzen lassen.\n\n"
     "Timo Aigner\n", Intent.PRE_REGISTRATION),
])
def test_requests_in_question_form_and_dialect_are_the_request(rules, text, intent):
    v = verdict(mail(text, subject="Tagung"), rules)
    assert v.intent is intent and v.questions == ()


@pytest.mark.parametrize("subject, text, intent", [
    ("Sad news", "Hi,\n\nour travel budget got cut, so please release my spot at the conference for someone else.\n\nMo\n",
     Intent.CANCELLATION),
    ("September", "Good morning,\n\nwith regret I must renounce my participation, my director needs me here.\n\nMo\n",
     Intent.CANCELLATION),
    ("Re: Your place", "Hi there,\n\nturns out I won't make it after all. Can you take me off the list and send a new invoice?"
     "\n\nMo\n", Intent.CANCELLATION),
    ("Cologne", "Hello,\n\nI would like to do a pre-inscription for the conference in Cologne, my boss decides in July.\n\nMo\n",
     Intent.PRE_REGISTRATION),
    ("Cologne", "Hi,\n\nmy manager asked me to hold a spot for him at the conference. Thanks a lot.\n\nMo\n",
     Intent.PRE_REGISTRATION),
    ("Conference", "Hello,\n\nI'd love to come, please keep a seat for me. Are the talks translated into English?\n\nMo\n",
     Intent.PRE_REGISTRATION),
])
def test_english_cancellations_and_pre_registrations_without_the_usual_words(rules, subject, text, intent):
    v = verdict(mail(text, subject=subject, sender="Mo Clarke <mo@council-e.example>"), rules)
    assert v.intent is intent and v.auto_reply


REPLY_HEAD = "In-Reply-To: <programme.77@vsop.de>\r\nReferences: <programme.77@vsop.de>\r\n"
OUR_QUOTE = ("\n\n-----Original Message-----\nFrom: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>\n"
             "Sent: Monday, 2 June 2025 10:00\nTo: Mo Clarke\nSubject: Your pre-registration\n\n"
             "Thank you for pre-registering. Please register bindingly by 4 July.\n")


@pytest.mark.parametrize("text, intent", [
    ("Binding, yes.\n\nMo", Intent.REGISTRATION),
    ("Ok, verbindlich!\n\nMo", Intent.REGISTRATION),
    ("Noch nicht verbindlich, sorry.\n\nMo", Intent.PRE_REGISTRATION),
])
def test_a_bare_binding_word_above_our_mail_makes_it_binding(rules, text, intent):
    raw = mail(text + OUR_QUOTE, subject="RE: Your pre-registration", headers=REPLY_HEAD,
               sender="Mo Clarke <mo@council-e.example>")
    v = verdict(raw, rules)
    assert (v.intent is intent) if intent is Intent.REGISTRATION else (v.intent is not Intent.REGISTRATION)


@pytest.mark.parametrize("text", [
    "Hello,\n\nplease treat us as booked for the conference, Mo Clarke and Jo Hale. Invoice to Eastmoor Council, "
    "1 High Street, Eastmoor.\n\nMo\n",
    "Hello,\n\nconsider me booked for Cologne. Bill my council, please.\n\nMo\n",
    "Hi,\n\nJo and I would like to lock in our registrations for the conference.\n\nMo\n",
    "Liebe Geschäftsstelle,\n\nbitte sehen Sie meine Voranmeldung ab heute als verbindlich an.\n\nMo Clarke\n",
])
def test_firm_bookings_in_other_words_are_binding(rules, text):
    v = verdict(mail(text, subject="Conference", sender="Mo Clarke <mo@council-e.example>"), rules)
    assert v.intent is Intent.REGISTRATION


def test_a_dashed_list_of_persons_is_the_text_not_a_signature(rules):
    raw = mail("Hi all,\n\nwe're booking two places:\n- Ann Doyle\n- Seán Ó Briain\n\nNeither of us is a member.\n\n"
               "Cheers,\nAnn\n", subject="Cologne", sender="Ann Doyle <ann@ldp-f.example>")
    parsed = parse_bytes(raw)
    assert "Seán Ó Briain" in parsed.text and "Ann Doyle" in parsed.text
    v = verdict(raw, rules)
    assert v.intent is Intent.REGISTRATION and "Seán Ó Briain" in v.fields.people


@pytest.mark.parametrize("text, intent", [
    ("Bitte streichen Sie mich von der Interessentenliste, ich kann nicht kommen.", Intent.CANCELLATION),
    ("Das Jugendamt möchte drei Plätze für die Tagung vorerst unverbindlich reservieren.", Intent.PRE_REGISTRATION),
    ("Wenn der Stadtrat im Juli zustimmt, melde ich mich für die Tagung dann verbindlich. Bis dahin gern vorläufig.",
     Intent.PRE_REGISTRATION),
    ("Ich würde mich gerne provisorisch für die Tagung in Köln einschreiben.", Intent.PRE_REGISTRATION),
    ("Hiermit also verbindlich: ich komme zur Tagung. Herr Lenz bleibt bitte nicht mehr vorgemerkt. Die Gebühr "
     "überweisen wir nach Rechnungserhalt.", Intent.REGISTRATION),
])
def test_german_wordings_of_dev8_in_other_words(rules, text, intent):
    v = verdict(mail(f"Hallo,\n\n{text}\n\nGrüße\nLena Brink\n", subject="Kurz"), rules)
    assert v.intent is intent


def test_a_request_that_mentions_being_back_in_the_office_is_no_out_of_office(rules):
    v = verdict(mail("Hi, bitte merkt mich für die Tagung vor, Details wenn ich wieder im Büro bin.\nLena\n",
                     subject="Vormerken"), rules)
    assert v.intent is Intent.PRE_REGISTRATION and v.auto_reply


@pytest.mark.parametrize("text", [
    "nach der Zusage des Kämmerers wird Frau Ute Sell hiermit verbindlich angemeldet. Herr Kai Bode kann leider "
    "doch nicht teilnehmen. Die Zahlung erfolgt nach Rechnungslegung.\n\nRechnungsadresse:\nStadt Lohberg\n"
    "Kämmerei\nMarkt 1\n12345 Lohberg",
    "Kollegin Dr. Pia Renz muss ihre Teilnahme aus familiären Gründen zurückziehen; ich melde mich hiermit "
    "verbindlich an. Rechnung an: Stadt Lohberg, Markt 1, 12345 Lohberg, zahlbar nach Rechnungserhalt.",
])
def test_a_registration_that_withdraws_a_colleague_is_a_registration_for_a_person(rules, text):
    v = verdict(mail(f"Sehr geehrte Damen und Herren,\n\n{text}\n\nMit freundlichen Grüßen\nLena Brink\n",
                     subject="Jahrestagung: Anmeldung und Absage"), rules)
    assert v.intent is Intent.REGISTRATION and v.needs_human and not v.auto_reply


def test_a_colleague_coming_in_anothers_place_is_a_substitution(rules):
    v = verdict(mail("Hallo,\n\nHerr Bode kann nicht zur Tagung fahren. An seiner Stelle kommt Frau Ute Sell vom "
                     "selben Amt.\n\nLena Brink\n", subject="Wechsel"), rules)
    assert v.intent is Intent.CANCELLATION and v.needs_human and not v.auto_reply


@pytest.mark.parametrize("text, intent", [
    ("Kann man sich für die Tagung noch vormerken lassen, obwohl die Frist vorbei ist? Wenn ja, bitte für mich und "
     "meine Kollegin.", Intent.PRE_REGISTRATION),
    ("Is a binding registration for the conference still possible this late? If so, please for me.", Intent.REGISTRATION),
])
def test_a_question_answered_beforehand_with_if_so_please_is_the_request(rules, text, intent):
    v = verdict(mail(f"Hallo,\n\n{text}\n\nLena Brink\n", subject="Frist"), rules)
    assert v.intent is intent and v.questions == ()


@pytest.mark.parametrize("sender, subject, text, intent", [
    ("Inkasso <service@pay-i.example>", "Mahnung 4471", "Sehr geehrter Kunde,\n\nIhre Zahlung steht aus. Ohne Zahlung "
     "binnen 24 Stunden geht der Vorgang an unser Inkassobüro.\n", Intent.BULK),
    ("Aoife Byrne <a.byrne@council-j.example>", "Re: Your registration", "Hi,\n\nI'm on leave until the 30th and won't "
     "be checking my mail. If it's urgent, call the front desk.\n\nAoife\n", Intent.AUTO_REPLY),
    ("B. Kuhn <b.kuhn@amt-k.example>", "AW: Vorankündigung", "Guten Tag,\n\nich möchte diese Mails in Zukunft nicht mehr "
     "erhalten, ich habe die Stelle gewechselt.\n\nB. Kuhn\n", Intent.OPT_OUT),
])
def test_machines_vendors_and_opt_outs_in_other_words(rules, sender, subject, text, intent):
    v = verdict(mail(text, subject=subject, sender=sender), rules)
    assert v.intent is intent and not v.needs_human
    assert not v.auto_reply  # an opt-out is recorded, never answered


@pytest.mark.parametrize("text, intent", [
    ("ich melde mich für die Tagung vorläufig an. Falls es nicht klappt, sage ich Ihnen rechtzeitig ab.",
     Intent.PRE_REGISTRATION),
    ("ich bin ab morgen im Urlaub, bitte reservieren Sie mir noch einen Platz für die Tagung.", Intent.PRE_REGISTRATION),
])
def test_people_beside_those_rules_stay_people(rules, text, intent):
    v = verdict(mail(f"Hallo,\n\n{text}\n\nLena Brink\n", subject="Tagung"), rules)
    assert v.intent is intent


def test_a_platforms_notification_with_an_unsubscribe_link_is_mass_mail(rules):
    raw = mail("Hi,\n\nyour ticket for the Housing Forum is ready. Open the app to see your sessions.\n",
               subject="Your ticket is ready", sender="Forum App <hello@forum-app.example>",
               headers="Auto-Submitted: auto-generated\r\nList-Unsubscribe: <https://forum-app.example/u/1>\r\n")
    v = verdict(raw, rules)
    assert v.intent is Intent.BULK and not v.auto_reply


def test_an_auto_generated_notice_without_list_headers_stays_an_automatic_answer(rules):
    raw = mail("Ihre Nachricht ist eingegangen und wird bearbeitet.\n", subject="Eingangsbestätigung",
               sender="Poststelle <poststelle@amt-k.example>", headers="Auto-Submitted: auto-generated\r\n")
    assert verdict(raw, rules).intent is Intent.AUTO_REPLY


def test_asking_the_board_for_a_speaker_is_other_with_its_question(rules):
    v = verdict(mail("Sehr geehrte Damen und Herren,\n\nfür unsere Fachkonferenz im März suchen wir noch einen Vortrag. "
                     "Hätte einer von Ihnen Lust und Zeit, 20 Minuten zu sprechen?\n\nLena Brink\n",
                     subject="Anfrage Vortrag"), rules)
    assert v.intent is Intent.OTHER and v.needs_human and v.questions


@pytest.mark.parametrize("sender, text, intent", [
    ("Verband <info@verband-l.example>", "Liebe Mitglieder,\n\nwir laden zur Versammlung im Mai ein.\n\nSie erhalten diese "
     "E-Mail als Mitglied unseres Verbands.\n", Intent.BULK),
    ("Institut <survey@inst-m.example>", "Guten Tag,\n\nbitte nehmen Sie an unserer Studie zur Jugendhilfe teil.\n\n"
     "Wenn Sie keine Hinweise zur Studie bekommen wollen, klicken Sie hier.\n", Intent.BULK),
    ("Amt <recht@amt-n.example>", "Sehr geehrte Damen und Herren,\n\nfür unseren früheren Kollegen bitten wir um "
     "Löschung seiner Kontaktdaten aus Ihren Aussendungen.\n", Intent.OPT_OUT),
])
def test_circulars_surveys_and_erasure_requests_in_other_words(rules, sender, text, intent):
    assert verdict(mail(text, subject="Info", sender=sender), rules).intent is intent


def test_i_come_for_sure_beside_a_question_is_a_registration_with_the_question(rules):
    v = verdict(mail("Moien,\n\nwir kommen fix zu zweit zur Tagung. Zahlen tun wir nach Rechnung. Wohin soll die "
                     "Rechnungsadresse, an Sie direkt?\n\nLena\n", subject="Tagung"), rules)
    assert v.intent is Intent.REGISTRATION and v.questions and v.needs_human


@pytest.mark.parametrize("sender, subject, text, intent", [
    ("Buchhaltung <billing@docs-o.example>", "Zahlungserinnerung 5512", "Guten Tag,\n\nIhre Rechnung ist fällig. Bitte "
     "zahlen Sie binnen 2 Tagen.\nRechnung ansehen: https://docs-o.example/v/5512\n", Intent.BULK),
    ("Help Desk <support@trust-p.example>", "[Request received] Cologne", "Hello,\n\nyour request is now in our queue. "
     "A member of our team will be in touch soon.\n\nSupport\n", Intent.AUTO_REPLY),
    ("Resi Huber <resi@markt-q.example>", "Einladungen", "Servus, schickts ma bittschön keene Mails mehr zur Tagung.\nResi\n",
     Intent.OPT_OUT),
    ("Ana Ruiz <ana@city-r.example>", "Our registration", "Hello,\n\nmy colleague Dr. Luis Mora cannot come anymore, he "
     "changed jobs. I still attend.\n\nAna\n", Intent.CANCELLATION),
])
def test_older_sets_failures_in_other_words(rules, sender, subject, text, intent):
    assert verdict(mail(text, subject=subject, sender=sender), rules).intent is intent


@pytest.mark.parametrize("body", [
    "Hi,\n\nthanks, please sign me up for the conference in Cologne.\n\nBest\nMo\n",
    "Hallo,\n\ndanke, ich melde mich hiermit für die Tagung verbindlich an.\n\nGruß\nMo\n",
])
def test_a_thank_you_that_goes_on_into_a_sentence_is_the_text_not_the_signature(body):
    parsed = parse_bytes(mail(body))
    first = body.split("\n\n")[1]
    assert first in parsed.text and first not in parsed.signature


def test_guten_tag_names_no_conference(rules):
    from inbox_agent.understanding.text import stem
    assert stem("tagung") != stem("tag") and stem("tagungen") == stem("tagung")
    v = verdict(mail("Guten Tag,\n\nwir sagen den Termin mit Ihrem Büro am Montag leider ab, bitte um einen neuen.\n\n"
                     "Lena Brink\n", subject="Termin Montag"), rules)
    assert not any(h.rule == "cancellation" for h in v.rule_hits)  # no rule took "Tag" for the conference


def test_a_request_in_question_form_no_rule_knew_asks_no_question_beside_it(rules):
    v = verdict(mail("Guten Tag Frau Roth,\n\nich bin schon vorgemerkt. Könnten Sie bitte noch meinen Kollegen "
                     "Herrn Ole Sand (ole.sand@amt-c.example) dazunehmen?\n\nLena Brink\n", subject="Köln"), rules)
    assert v.intent is Intent.PRE_REGISTRATION and v.questions == () and not v.needs_human


@pytest.mark.parametrize("text", [
    "ich melde mich hiermit verbindlich an, vorbehaltlich der Zustimmung des Kreisausschusses im Juli. Rechnung an: "
    "Kreis Lohberg, Markt 1, 12345 Lohberg; wir überweisen nach Rechnungseingang.",
    "I hereby register bindingly for the conference, subject to approval by our finance committee. Invoice to "
    "Eastmoor Council, 1 High Street, Eastmoor; we pay after receipt of the invoice.",
])
def test_a_binding_registration_under_a_condition_is_for_a_person(rules, text):
    v = verdict(mail(f"Guten Tag,\n\n{text}\n\nLena Brink\n", subject="Anmeldung"), rules)
    assert v.intent is Intent.REGISTRATION and v.needs_human and not v.auto_reply


def test_a_place_passed_on_to_a_named_colleague_is_a_substitution(rules):
    v = verdict(mail("Hallo,\n\nich kann doch nicht zur Tagung kommen, meinen Platz gebe ich an Frau Ida Mertl aus "
                     "unserem Amt weiter.\n\nLena Brink\n", subject="Platz"), rules)
    assert v.intent is Intent.CANCELLATION and v.needs_human and not v.auto_reply
