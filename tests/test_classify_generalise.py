"""Mail in wordings and from programs the rules were not written from (issue 13, dev2):
ticket systems without Auto-Submitted, calendar answers in any part, opt-outs as people
write them, an action that rides along with several questions, colloquial cancellations.
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


def mail(text: str, *, subject: str = "Jahrestagung", sender: str = "Jana Roth <jana.roth@kreis-a.example>",
         headers: str = "", content_type: str = "text/plain; charset=utf-8") -> bytes:
    head = (f"From: {sender}\r\nTo: geschaeftsstelle@vsop.de\r\nSubject: {subject}\r\n"
            f"Message-ID: <x1@kreis-a.example>\r\nMIME-Version: 1.0\r\n{headers}"
            f"Content-Type: {content_type}\r\n\r\n")
    return (head + text.replace("\n", "\r\n")).encode("utf-8")


def verdict(raw: bytes, rules):
    return classify(parse_bytes(raw), rules, OWN, OWN_DOMAIN)


@pytest.mark.parametrize("header", ["X-Zendesk-From-Account-Id: 77", "X-Freshdesk-Ticket-Id: 9",
                                    "X-OTRS-Status: new", "X-JIRA-FingerPrint: abc"])
def test_a_ticket_systems_header_makes_an_automatic_answer_even_when_it_says_register(rules, header):
    raw = mail("Thank you, we will look at your request to register for the conference.\n",
               subject="[#9] Re: please pre-register for the conference", headers=header + "\r\n",
               sender="Help Desk <help@town-b.example>")
    v = verdict(raw, rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply and not v.needs_human


def test_ticket_created_wording_without_any_header_is_an_automatic_answer(rules):
    raw = mail("Dear sender,\n\nyour request reached us and a ticket has been created for it. "
               "An agent will get back to you.\n\nService Desk\n",
               subject="Request received: conference registration", sender="Service Desk <desk@town-b.example>")
    v = verdict(raw, rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply


@pytest.mark.parametrize("status", ["ACCEPTED", "DECLINED", "TENTATIVE"])
def test_a_calendar_answer_in_a_nested_part_is_an_automatic_answer_not_an_attendance(rules, status):
    text = ("--o\r\nContent-Type: multipart/alternative; boundary=\"i\"\r\n\r\n"
            "--i\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIch nehme an der Tagung teil.\r\n"
            "--i\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\n"
            f"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT={status}:mailto:jana.roth@kreis-a.example\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n--i--\r\n--o--\r\n")
    v = verdict(mail(text, subject="Zugesagt: Jahrestagung", content_type="multipart/mixed; boundary=\"o\""), rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply and not v.needs_human


@pytest.mark.parametrize("text", [
    "Hello,\n\nplease delete my e-mail address from your distribution list, I have left the team.\n\nKind regards\nPiet\n",
    "Guten Tag,\n\nnehmen Sie mich bitte aus Ihrem Newsletterverteiler, die Stelle ist neu besetzt.\n\nGruß\nJ. Roth\n",
])
def test_an_opt_out_in_the_senders_own_words(rules, text):
    v = verdict(mail(text, subject="Verteiler"), rules)
    assert v.intent is Intent.OPT_OUT


def test_a_bare_abmelden_above_our_quoted_invitation_is_an_opt_out(rules):
    text = ("abmelden\n\n________________________________\nVon: VSOP <geschaeftsstelle@vsop.de>\n"
            "Betreff: Einladung zur Tagung\n\nSehr geehrte Damen und Herren,\nwir laden Sie zur Tagung ein.\n")
    raw = mail(text, subject="AW: Einladung zur Tagung",
               headers="In-Reply-To: <staff-sent-1@vsop.de>\r\nReferences: <staff-sent-1@vsop.de>\r\n")
    assert verdict(raw, rules).intent is Intent.OPT_OUT


def test_a_polite_request_that_is_the_action_keeps_the_action_beside_a_real_question(rules):
    text = ("Hi,\n\ncould you put my name down for the conference, please? "
            "And is there a cloakroom at the venue?\n\nBest, Ailsa\n")
    v = verdict(mail(text, subject="Conference"), rules)
    assert v.intent is Intent.PRE_REGISTRATION and v.needs_human and v.auto_reply
    assert v.questions == ("And is there a cloakroom at the venue?",)


def test_a_separable_verb_performs_the_action_beside_two_questions(rules):
    text = ("Guten Tag,\n\nfür die Tagung trage ich meine Kollegin und mich hiermit unverbindlich ein.\n\n"
            "Zwei Rückfragen:\n1. Gibt es vor Ort WLAN?\n2. Wird es Kaffee geben, oder eher nicht?\n\nGruß\nJana Roth\n")
    v = verdict(mail(text, subject="Tagung – Rückfragen"), rules)
    assert v.intent is Intent.PRE_REGISTRATION and len(v.questions) == 2 and v.needs_human


@pytest.mark.parametrize("text", [
    # a negation that undoes nothing: the remark about membership
    "Hallo,\n\ngern! Ich hätte gerne einen vorläufigen Platz. Unser Verein ist Mitglied, ich selbst nicht – zählt das?\n\nJana Roth\n",
    # the action named by its list, not by a verb of the usual vocabulary
    "Guten Tag,\n\nbitte nehmen Sie mich in die Liste der Vorangemeldeten auf.\nIst der Saal stufenlos erreichbar?\n\nJana Roth\n",
    # a short pre-registration with a thank-you in the closing is no thank-you mail
    "Hallo,\n\nich melde mich hiermit unverbindlich an.\nGibt es ein Hotelkontingent?\n\nDanke und Grüße\nJana Roth\n",
    # "can you" as well as "could you"
    "G'day,\n\nkeen to drop in on your conference. Can you put my name down for now? Is there a dinner?\n\nCheers, Jana\n",
])
def test_a_pre_registration_beside_a_question_stays_the_action(rules, text):
    v = verdict(mail(text, subject="Tagung"), rules)
    assert v.intent is Intent.PRE_REGISTRATION and v.needs_human and v.questions


def test_a_negated_coming_beside_a_question_is_no_pre_registration(rules):
    text = ("Hallo,\n\nfür einen vorläufigen Platz ist es zu früh, ich kann im September wohl nicht kommen. "
            "Gibt es die Vorträge später als Aufzeichnung?\n\nJana Roth\n")
    assert verdict(mail(text, subject="Tagung"), rules).intent is not Intent.PRE_REGISTRATION


def test_a_cancellation_stands_beside_a_question_about_a_colleague_coming(rules):
    text = ("Hallo,\n\nich muss meine Anmeldung für die Tagung leider stornieren. "
            "Darf statt meiner ein Kollege kommen?\n\nGruß\nJana Roth\n")
    v = verdict(mail(text, subject="Storno"), rules)
    assert v.intent is Intent.CANCELLATION and v.needs_human and v.questions


@pytest.mark.parametrize("text", [
    "Moin,\n\nich klink mich aus, die Tagung wird bei mir dieses Jahr nix. Gebt den Platz weiter.\n\nJana\n",
    "Hallo,\n\nbitte nehmt mich von der Warteliste für die Tagung, hat sich erledigt.\n\nJana\n",
    "Dear all,\n\nI have to pull out of the conference, sorry.\n\nJana\n",
])
def test_colloquial_cancellations(rules, text):
    assert verdict(mail(text, subject="Tagung"), rules).intent is Intent.CANCELLATION


@pytest.mark.parametrize("signature,organization", [
    ("Landkreis Wiesental\nDezernat 4 – Jugend, Familie und Soziales\nAmt für Teilhabe\nAm Markt 3\n12345 Wiesental",
     "Landkreis Wiesental, Dezernat 4 – Jugend, Familie und Soziales, Amt für Teilhabe"),
    ("Stadt Auental | Geschäftsbereich Soziales | Statistikstelle\nTel. 0123 45678",
     "Stadt Auental, Geschäftsbereich Soziales, Statistikstelle"),
    # A planning unit is a unit (the corpus convention; issue 13, round 2), a function is not.
    ("Stadt Auental\nSozialamt – Sachgebiet Sozialplanung\nRathausplatz 1",
     "Stadt Auental, Sozialamt – Sachgebiet Sozialplanung"),
    ("Landkreis Wiesental\nJugendamt\nJugendhilfeplanung\nAm Markt 3", "Landkreis Wiesental, Jugendamt, Jugendhilfeplanung"),
    ("Landkreis Wiesental\nFachdienst Soziales\nTeam Planung und Steuerung\nTel. 0123 45678",
     "Landkreis Wiesental, Fachdienst Soziales, Team Planung und Steuerung"),
    ("Stadt Auental\nSozialamt\nSekretariat der Amtsleitung\nRathausplatz 1", "Stadt Auental, Sozialamt"),
    # What follows a bar or a spaced dash on the organisation's own line is a unit by its place.
    ("Gemeente Oostveen | Directie Zorg en Welzijn", "Gemeente Oostveen, Directie Zorg en Welzijn"),
    ("Stad Ravelbeek – Dienst Samenleving", "Stad Ravelbeek, Dienst Samenleving"),
    ("Morvane Council | Housing and Communities\nTel. 01234 567890", "Morvane Council, Housing and Communities"),
    ("Kreis Wiesental – Der Landrat\nFachbereich 5 – Soziales\nSekretariat", "Kreis Wiesental, Fachbereich 5 – Soziales"),
    ("Kreis Wiesental\nDer Landrat – Fachbereich 5\nTel. 0123 45678", "Kreis Wiesental, Fachbereich 5"),
    ("Kreis Wiesental\nDer Landrat\nJugendamt", "Kreis Wiesental, Jugendamt"),
])
def test_the_signatures_units_top_down_as_written(rules, signature, organization):
    text = f"Guten Tag,\n\nich melde mich unverbindlich zur Tagung an.\n\nMit freundlichen Grüßen\nJana Roth\n{signature}\n"
    assert verdict(mail(text), rules).fields.organization == organization


@pytest.mark.parametrize("text, intent", [
    ("Dear Henrike,\n\nmy answers are below.\n\n> Confirmation that you will pay by bank transfer once invoiced:\n\n"
     "Yes, we will pay by transfer once we have the invoice.\n\nBest regards,\nJana Roth\n", Intent.REGISTRATION),
    ("Hallo,\n\nich möchte mich nur vormerken lassen; wir überweisen nach Rechnungseingang.\n\nJana Roth\n",
     Intent.PRE_REGISTRATION),
])
def test_a_reply_to_our_mail_that_supplies_payment_or_invoice_is_a_registration(rules, text, intent):
    v = verdict(mail(text, subject="Re: Your booking for Cologne",
                     headers="In-Reply-To: <missing-roth.1@vsop.de>\r\n"), rules)
    assert v.intent is intent


@pytest.mark.parametrize("text", [
    "Hallo,\n\nich kann im September leider nicht, statt mir kommt meine Kollegin Frauke Ihnen. "
    "Geht das ohne Umbuchungsgebühr?\n\nGruß\nJana Roth\n",
    "Dear all,\n\nmy colleague Ann Lee will attend in my place.\n\nBest\nJana Roth\n",
])
def test_a_substitution_is_the_senders_cancellation_for_a_person(rules, text):
    v = verdict(mail(text, subject="Tagung Köln"), rules)
    assert v.intent is Intent.CANCELLATION
    assert v.needs_human and not v.auto_reply
    assert v.fields.email == "jana.roth@kreis-a.example" and v.fields.persons == 1


def test_a_substitution_only_proposed_stays_a_question(rules):
    text = ("Hallo,\n\nist es möglich, meinen Platz auf meine Kollegin zu übertragen? "
            "Sie würde an meiner Stelle kommen.\n\nJana Roth\n")
    assert verdict(mail(text, subject="Platz übertragen?"), rules).intent is Intent.QUESTION


def test_a_pre_registration_typed_as_form_lines_stays_one(rules):
    text = ("Voranmeldung VSOP-Jahrestagung 2025\n\nOrganisation: Stadt A, Soziales\nMitglied: nein\n"
            "Name: Roth, Jana\nAnzahl: 1\n\nGruß J. Roth\n")
    assert verdict(mail(text, subject="Voranmeldung"), rules).intent is Intent.PRE_REGISTRATION
    binding = text.replace("Anzahl: 1", "Anzahl: 1\nRechnungsadresse: Stadt A, Kasse, Markt 1, 12345 A\n"
                                         "Zahlung: nach Rechnungserhalt")
    assert verdict(mail(binding, subject="Anmeldung"), rules).intent is Intent.REGISTRATION


def _with_pdf(text: str, filename: str = "Scan_0001.pdf") -> bytes:
    body = ("--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text.replace("\n", "\r\n") +
            f"\r\n--m\r\nContent-Type: application/pdf; name=\"{filename}\"\r\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            "JVBERi0xLjQKJSBzY2FuCg==\r\n--m--\r\n")
    return mail(body, subject="Anmeldung", content_type='multipart/mixed; boundary="m"').replace(b"\r\r\n", b"\r\n")


def test_a_scanned_form_however_named_is_a_registration_for_a_person(rules):
    v = verdict(_with_pdf("Sehr geehrte Damen und Herren,\n\nmein Enkel hat mir das Formular eingescannt, "
                          "ich hoffe, es ist lesbar.\n\nHildegard Osterkamp\n"), rules)
    assert v.intent is Intent.REGISTRATION and v.unreadable_form and v.needs_human


def test_a_form_that_would_not_open_is_no_registration(rules):
    v = verdict(_with_pdf("Hallo,\n\ndas Formular kann ich leider nicht ausfüllen, es öffnet sich nicht.\n\nJana Roth\n"),
                rules)
    assert v.intent is not Intent.REGISTRATION


def test_a_withdrawal_beside_a_colleagues_binding_registration_is_hers_for_a_person(rules):
    text = ("Guten Tag,\n\nich selbst kann leider nicht kommen. Frau Svenja Kallweit meldet sich hiermit verbindlich an.\n\n"
            "Rechnungsanschrift:\nKreis A, Finanzen\nMarkt 1\n12345 A\n\nWir überweisen nach Rechnungseingang.\n\n"
            "Freundliche Grüße\nJana Roth\n")
    v = verdict(mail(text, subject="Anmeldung Kallweit"), rules)
    assert v.intent is Intent.REGISTRATION and v.needs_human
    alone = "Guten Tag,\n\nich kann leider nicht kommen und sage meine verbindliche Anmeldung ab.\n\nJana Roth\n"
    assert verdict(mail(alone, subject="Absage"), rules).intent is Intent.CANCELLATION


@pytest.mark.parametrize("text", [
    "Guten Tag,\nbitte beteiligen Sie sich an unserer Erhebung zur Jugendhilfeplanung: "
    "https://erhebung.example/jh\nFalls Sie keine weiteren Erinnerungen erhalten möchten, "
    "klicken Sie hier.\nForschungsverbund Nord\n",
    "Dear colleagues,\nour annual survey of planning offices is open until Friday.\n"
    "If you do not wish to receive reminders about this survey, click here.\nPolicy Lab\n",
])
def test_a_mass_mail_telling_its_reader_how_to_stop_it_is_no_opt_out(rules, text):
    """A survey's or newsletter's 'if you want no more, click here' is mass mail: never
    recorded as the sender's opt-out, never answered."""
    v = verdict(mail(text, subject="Befragung / survey", sender="Team <survey@lab.example>"), rules)
    assert v.intent is Intent.BULK and not v.auto_reply


def test_a_person_who_asks_for_no_more_invitations_still_opts_out(rules):
    v = verdict(mail("Hallo,\nbitte schicken Sie mir keine weiteren Einladungen mehr.\nGruß\nJana Roth\n",
                     subject="Einladungen"), rules)
    assert v.intent is Intent.OPT_OUT
