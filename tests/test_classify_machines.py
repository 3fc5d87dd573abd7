"""Machines and near-machines (issue 13): read receipts and delivery reports in any MIME
part, newsletters without list headers, a vendor selling "the attendee list". A machine's
mail is never answered, never an opt-out, never a question.
"""

from __future__ import annotations

import pytest
from classify_support import OWN, OWN_DOMAIN, RULES_DIR, make

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules

ORIGINAL = (b"From: VSOP <geschaeftsstelle@vsop.de>\r\nTo: anna@stadt-x.de\r\n"
            b"Subject: Ihre Voranmeldung\r\nMessage-ID: <programme.1@vsop.de>\r\n\r\nGuten Tag ...\r\n")
MDN_FIELDS = (b"Reporting-UA: stadt-x.de; Microsoft Exchange Server\r\n"
              b"Final-Recipient: rfc822;anna@stadt-x.de\r\nOriginal-Message-ID: <programme.1@vsop.de>\r\n"
              b"Disposition: automatic-action/MDN-sent-automatically; displayed\r\n")
DSN_FIELDS = (b"Reporting-MTA: dns; mx.stadt-x.de\r\n\r\nFinal-Recipient: rfc822; old.address@stadt-x.de\r\n"
              b"Action: failed\r\nStatus: 5.1.1\r\n")


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_DIR)


def verdict(raw: bytes, rules):
    return classify(parse_bytes(raw), rules, OWN, OWN_DOMAIN)


def _report(kind: bytes, fields: bytes, boundary: bytes = b"r1") -> bytes:
    """A multipart/report body (with its Content-Type line), RFC 6522."""
    part = b"message/disposition-notification" if kind == b"disposition-notification" else b"message/delivery-status"
    return (b"Content-Type: multipart/report; report-type=" + kind + b";\r\n\tboundary=\"" + boundary + b"\"\r\n\r\n"
            b"--" + boundary + b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            b"Gelesen: Ihre Voranmeldung\r\n\r\n"
            b"--" + boundary + b"\r\nContent-Type: " + part + b"\r\n\r\n" + fields + b"\r\n"
            b"--" + boundary + b"\r\nContent-Type: message/rfc822\r\n\r\n" + ORIGINAL + b"\r\n"
            b"--" + boundary + b"--\r\n")


def _head(sender: bytes = b"Anna Schmidt <anna@stadt-x.de>", subject: bytes = b"Gelesen: Ihre Voranmeldung",
          extra: bytes = b"") -> bytes:
    return (b"From: " + sender + b"\r\nTo: geschaeftsstelle@vsop.de\r\nSubject: " + subject +
            b"\r\nMessage-ID: <m-" + str(hash(subject + extra) & 0xFFFF).encode() + b"@stadt-x.de>\r\n"
            b"MIME-Version: 1.0\r\n" + extra)


def test_a_read_receipt_is_an_automatic_answer(rules):
    v = verdict(_head() + _report(b"disposition-notification", MDN_FIELDS), rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply
    assert any(hit.rule == "loop-guard:read-receipt" for hit in v.rule_hits)


def test_a_read_receipt_nested_in_a_mixed_mail(rules):
    raw = (_head(subject=b"Lesebestaetigung") + b"Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
           b"--outer\r\nContent-Type: text/plain\r\n\r\nSiehe Anhang.\r\n--outer\r\n"
           + _report(b"disposition-notification", MDN_FIELDS, b"inner") + b"\r\n--outer--\r\n")
    v = verdict(raw, rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply


def test_a_forwarded_read_receipt_is_machine_mail_and_no_question(rules):
    receipt = _head(subject=b"Gelesen: Programm") + _report(b"disposition-notification", MDN_FIELDS)
    raw = (_head(subject=b"WG: Gelesen: Programm") + b"Content-Type: multipart/mixed; boundary=\"fw\"\r\n\r\n"
           b"--fw\r\nContent-Type: text/plain\r\n\r\nWas bedeutet das? Ist meine Anmeldung zur Tagung angekommen?\r\n"
           b"--fw\r\nContent-Type: message/rfc822\r\n\r\n" + receipt + b"\r\n--fw--\r\n")
    v = verdict(raw, rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply


def test_a_read_receipt_without_report_part(rules):
    raw = _head(subject=b"Gelesen: Ihre Voranmeldung zur Jahrestagung") + (
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nIhre Nachricht\r\n\r\n  An: Anna Schmidt\r\n"
        b"  Betreff: Ihre Voranmeldung zur Jahrestagung\r\n\r\nwurde am 05.05.2025 10:12 gelesen.\r\n")
    v = verdict(raw, rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply


def test_a_delivery_report_inside_a_forwarded_mail_is_a_bounce(rules):
    bounce = (b"From: Mail Delivery System <MAILER-DAEMON@mx.stadt-x.de>\r\nSubject: Undelivered Mail\r\n"
              b"MIME-Version: 1.0\r\n" + _report(b"delivery-status", DSN_FIELDS, b"dsn"))
    raw = (_head(subject=b"Fwd: Undelivered Mail") + b"Content-Type: multipart/mixed; boundary=\"fw\"\r\n\r\n"
           b"--fw\r\nContent-Type: text/plain\r\n\r\nzur Info\r\n--fw\r\nContent-Type: message/rfc822\r\n\r\n"
           + bounce + b"\r\n--fw--\r\n")
    v = verdict(raw, rules)
    assert v.intent is Intent.BOUNCE and not v.auto_reply
    assert "old.address@stadt-x.de" in v.bounced_addresses


NEWSLETTER = (
    "Liebe Leserinnen und Leser,\r\n\r\nunser Fachtag Quartiersarbeit am 12. Juni: melden Sie sich jetzt an!\r\n"
    "Anmeldung und Programm unter https://verband.example/fachtag\r\n\r\nIhr Team des Landesverbands\r\n\r\n"
    "--\r\nSie erhalten diesen Newsletter, weil Sie sich auf verband.example eingetragen haben.\r\n"
    "Wenn Sie diesen Newsletter nicht mehr erhalten möchten, klicken Sie hier: "
    "https://verband.example/newsletter/abmelden?id=42\r\nImpressum | Datenschutz\r\n")


def _plain(head: bytes, text: str) -> bytes:
    return head + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + text.encode("utf-8")


def test_a_newsletter_without_list_headers_is_bulk_not_an_opt_out(rules):
    v = verdict(_plain(_head(b"Landesverband <info@verband.example>", b"Newsletter Juni: abmelden?"), NEWSLETTER), rules)
    assert v.intent is Intent.BULK and not v.auto_reply


def test_a_short_newsletter_with_an_unsubscribe_link_is_bulk(rules):
    text = ("Neu: unsere Broschüre zur Sozialplanung.\r\n\r\nAbmelden: https://verband.example/u/42\r\n")
    v = verdict(_plain(_head(b"Verband <info@verband.example>", b"Abmelden"), text), rules)
    assert v.intent is Intent.BULK


def test_a_mass_mailer_header_makes_bulk(rules):
    text = "Hiermit laden wir Sie herzlich ein. Melden Sie sich jetzt verbindlich an!\r\n"
    v = verdict(_plain(_head(b"Akademie <news@akademie.example>", b"Einladung",
                             b"X-CSA-Complaints: csa-complaints@eco.de\r\n"), text), rules)
    assert v.intent is Intent.BULK and not v.auto_reply
    assert any(hit.rule == "loop-guard:bulk-mailer" for hit in v.rule_hits)


def test_a_bounce_return_path_makes_bulk(rules):
    text = "Hiermit laden wir Sie herzlich ein. Melden Sie sich jetzt an!\r\n"
    head = b"Return-Path: <bounces+4711-anna=vsop.de@em.akademie.example>\r\n" + _head(
        b"Akademie <news@akademie.example>", b"Einladung")
    assert verdict(_plain(head, text), rules).intent is Intent.BULK


@pytest.mark.parametrize("text", ["abmelden", "Bitte abmelden.", "Haben Sie Fragen zur Tagung?"])
def test_a_noreply_mail_is_never_an_opt_out_or_a_question(text, rules):
    v = verdict(_plain(_head(b"Portal <noreply@portal.example>", b"abmelden"), text + "\r\n"), rules)
    assert v.intent not in (Intent.OPT_OUT, Intent.QUESTION)
    assert not v.auto_reply


@pytest.mark.parametrize("text", [
    "Bitte tragen Sie mich aus Ihrem Verteiler aus, ich möchte keine E-Mails mehr.",
    "Ich möchte Ihren Newsletter abbestellen.",
    "unsubscribe",
])
def test_a_person_still_opts_out(text, rules):
    v = verdict(_plain(_head(b"Anna Schmidt <anna@stadt-x.de>", b"Ihr Newsletter"), text + "\r\n"), rules)
    assert v.intent is Intent.OPT_OUT


SALES = ("Hi,\r\n\r\nI hope you are doing well. Would you be interested in acquiring the attendee list of "
         "the VSOP Jahrestagung 2025? We have 1,850 verified contacts with names, titles and emails.\r\n\r\n"
         "Can I send you the counts and pricing?\r\n\r\nBest regards,\r\nKelly Brown\r\nLead Generation Manager\r\n")


def test_a_vendor_selling_the_attendee_list_is_no_question(rules):
    v = verdict(_plain(_head(b"Kelly Brown <kelly@data-leads.example>", b"Attendee list"), SALES), rules)
    assert v.intent is Intent.BULK and not v.auto_reply


def test_a_question_about_the_attendee_list_stays_a_question(rules):
    text = "Guten Tag,\r\n\r\nwird vor der Tagung eine Teilnehmerliste verschickt?\r\n\r\nViele Grüße\r\nAnna Schmidt\r\n"
    v = verdict(_plain(_head(b"Anna Schmidt <anna@stadt-x.de>", b"Frage zur Tagung"), text), rules)
    assert v.intent is Intent.QUESTION


def test_a_calendar_answer_is_never_answered(rules):
    raw = (_head(subject=b"Zugesagt: VSOP-Jahrestagung") + b"Content-Type: multipart/alternative; boundary=\"c\"\r\n\r\n"
           b"--c\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIch nehme teil.\r\n"
           b"--c\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\n"
           b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n--c--\r\n")
    v = verdict(raw, rules)
    assert not v.auto_reply and any(hit.rule == "loop-guard:calendar-reply" for hit in v.rule_hits)


def test_a_ticket_system_acknowledgement_is_an_automatic_answer(rules):
    text = ("This is an automated message.\r\n\r\nYour request has been logged with the reference 4711.\r\n"
            "Please do not reply to this email.\r\n")
    v = verdict(_plain(_head(b"Support Desk <helpdesk@trust.example>", b"We have received your request"), text), rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply


def test_a_directory_billing_us_for_a_listing_is_no_registration(rules):
    text = ("Sehr geehrte Damen und Herren,\r\n\r\nanbei die Rechnung für den Eintrag Ihrer Veranstaltung "
            "\"Jahrestagung\" in unser Tagungsverzeichnis. Zahlbar innerhalb von 7 Tagen; mit der Zahlung "
            "bestätigen Sie die Anmeldung zum Verzeichnis.\r\n\r\nIhr Kundenservice\r\n")
    v = verdict(_plain(_head(b"Service <rechnung@tagungen-verzeichnis.example>", b"Rechnung 4711"), text), rules)
    assert v.intent is Intent.BULK and not v.auto_reply


def test_an_attendee_asking_for_the_invoice_amount_stays_a_person(rules):
    text = ("Guten Tag,\r\n\r\nich melde mich verbindlich zur Jahrestagung an. Die Rechnung bitte an "
            "Stadt X, Kämmerei; der Rechnungsbetrag wird nach Eingang überwiesen.\r\n\r\nAnna Schmidt\r\n")
    v = verdict(_plain(_head(b"Anna Schmidt <anna@stadt-x.de>", b"Anmeldung"), text), rules)
    assert v.intent is Intent.REGISTRATION


def test_a_quarantine_notice_is_a_bounce(rules):
    text = ("Ihre Nachricht an anna@stadt-x.de wurde nicht zugestellt und in Quarantäne verschoben.\r\n\r\n"
            "Grund: Anhang mit aktiven Inhalten\r\n")
    raw = _plain(_head(b"Email Security <do-not-reply@filter.stadt-x.de>", b"Nachricht in Quarant\xc3\xa4ne: Programm"),
                 text).replace(b"Subject:", b"Auto-Submitted: auto-generated\r\nSubject:", 1)
    v = verdict(raw, rules)
    assert v.intent is Intent.BOUNCE and not v.auto_reply


def test_a_newsletter_that_tells_its_reader_how_to_stop_it_is_mass_mail_not_an_opt_out(rules):
    mail = make("Neu im Statistikportal: die Pflegestatistik 2024 mit Zahlen für alle Kreise.\n\n"
                "Dieser Newsletter geht an alle registrierten Nutzer. Abbestellen können Sie ihn "
                "in Ihrem Profil.", subject="Neue Pflegestatistik online")
    found = classify(mail, rules, OWN, OWN_DOMAIN)
    assert found.intent is Intent.BULK and not found.auto_reply


@pytest.fixture()
def scanned(monkeypatch) -> list[str]:
    """The subjects of the mails flufl.bounce is asked about (``bounces.failed_recipients``)."""
    from inbox_agent.understanding import bounces

    asked: list[str] = []
    scan = bounces.failed_recipients

    def watched(mail, ignore=frozenset()):
        asked.append(mail.subject)
        return scan(mail, ignore)

    monkeypatch.setattr(bounces, "failed_recipients", watched)
    return asked


def test_an_out_of_office_note_is_not_scanned_for_failed_recipients_a_bounce_is(
        rules, scanned):
    """Issue 17, round 13: flufl.bounce's answer cannot change an automatic reply, so it
    is not asked; a delivery report that also says "auto-replied" still is."""
    away = _plain(_head(subject=b"Abwesenheitsnotiz: Ihre Voranmeldung")
                  + b"Auto-Submitted: auto-replied\r\n",
                  "Ich bin bis zum 20. Mai nicht im Haus. Ihre Mail wird nicht weitergeleitet.\r\n"
                  "Die Adresse old.address@stadt-x.de gibt es nicht mehr.\r\n")
    v = verdict(away, rules)
    assert v.intent is Intent.AUTO_REPLY and not v.auto_reply and v.bounced_addresses == ()
    assert scanned == []
    bounce = (b"From: Mail Delivery System <MAILER-DAEMON@mx.stadt-x.de>\r\nTo: geschaeftsstelle@vsop.de\r\n"
              b"Subject: Undelivered Mail\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <dsn.7@mx>\r\n"
              b"MIME-Version: 1.0\r\n" + _report(b"delivery-status", DSN_FIELDS, b"dsn"))
    v = verdict(bounce, rules)
    assert scanned == ["Undelivered Mail"]
    assert v.intent is Intent.BOUNCE and "old.address@stadt-x.de" in v.bounced_addresses


def test_list_mail_is_not_scanned_for_failed_recipients_a_bulk_report_is(rules, scanned):
    """Issue 17, round 14: a mail with List-* headers (a list, a newsletter) is no
    delivery report, so flufl.bounce is not asked (it "finds" addresses in any text);
    "Precedence: bulk" alone does not spare a mail the scan: some mail servers' reports
    (MDaemon's "User unknown") carry it."""
    news = _plain(_head(sender=b"Sozialplanung aktuell <news@fachverlag.example>",
                        subject=b"Newsletter Mai")
                  + b"List-Id: <sozialplanung.fachverlag.example>\r\n"
                  b"List-Unsubscribe: <mailto:leave@fachverlag.example>\r\n",
                  "Delivery to the following recipient failed permanently: old.address@stadt-x.de\r\n"
                  "So beginnt unser Beitrag ueber unzustellbare Mails in Behoerden.\r\n")
    v = verdict(news, rules)
    assert v.intent is Intent.BULK and not v.auto_reply and v.bounced_addresses == ()
    assert scanned == []
    report = _plain(_head(sender=b"MDaemon@mail.stadt-x.de",
                          subject=b"Warning: old.address@stadt-x.de - User unknown!")
                    + b"Precedence: bulk\r\n",
                    "The following message could not be delivered.\r\n"
                    "old.address@stadt-x.de - User unknown!\r\n")
    verdict(report, rules)
    assert scanned == ["Warning: old.address@stadt-x.de - User unknown!"]
