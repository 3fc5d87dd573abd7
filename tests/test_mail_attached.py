"""A colleague's mail forwarded as an attachment is read as the mail it carries."""

from __future__ import annotations

from classify_support import OWN, OWN_DOMAIN, RULES_DIR

from inbox_agent.mail.parse import parse_bytes
from inbox_agent.model import Intent
from inbox_agent.understanding.classify import classify, load_rules

INNER = ("From: Tanja Wunderlich <tanja.wunderlich@stadt-x.example>\r\nTo: buero@stadt-x.example\r\n"
         "Subject: Anmeldung\r\nMessage-ID: <tw.1@stadt-x.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
         "Hiermit melde ich mich verbindlich zur VSOP-Jahrestagung an.\r\n\r\nRechnungsanschrift:\r\n"
         "Stadt X, Amt für Soziales, Markt 1, 12345 X\r\n\r\nTanja Wunderlich\r\nStadt X, Amt für Soziales\r\n")


def forward(sender: str, inner: str = INNER) -> bytes:
    return (f"From: Büro <{sender}>\r\nTo: geschaeftsstelle@vsop.de\r\nSubject: WG: Anmeldung\r\n"
            "Message-ID: <fw.1@stadt-x.example>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "Guten Tag,\r\n\r\nim Anhang die Anmeldung unserer Kollegin.\r\n\r\nMit freundlichen Grüßen\r\nBüro\r\n"
            "--m\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"a.eml\"\r\n\r\n"
            f"{inner}\r\n--m--\r\n").encode("utf-8")


def test_a_colleagues_attached_mail_is_the_mail_and_its_writer_is_answered():
    mail = parse_bytes(forward("buero@stadt-x.example"))
    assert mail.text.startswith("Guten Tag,\n\nim Anhang die Anmeldung unserer Kollegin.")
    assert "Hiermit melde ich mich verbindlich" in mail.text
    assert "Mit freundlichen Grüßen\nBüro" not in mail.text + mail.signature
    assert [a.key for a in mail.reply_to] == ["tanja.wunderlich@stadt-x.example"]
    verdict = classify(mail, load_rules(RULES_DIR), OWN, OWN_DOMAIN)
    assert verdict.intent is Intent.REGISTRATION
    assert verdict.fields.email == "tanja.wunderlich@stadt-x.example"


def test_a_mail_of_another_organisation_stays_an_attachment():
    mail = parse_bytes(forward("someone@other-town.example"))
    assert mail.reply_to == ()
    assert mail.sender.key == "someone@other-town.example"
    assert mail.text == "Guten Tag,\n\nim Anhang die Anmeldung unserer Kollegin."


def test_the_forwarders_own_mail_attached_stays_an_attachment():
    inner = INNER.replace("Tanja Wunderlich <tanja.wunderlich@stadt-x.example>", "Büro <buero@stadt-x.example>")
    assert parse_bytes(forward("buero@stadt-x.example", inner)).reply_to == ()


def test_a_forwarders_own_request_keeps_the_attached_mail_as_context():
    mail = parse_bytes(forward("buero@stadt-x.example").replace(
        "im Anhang die Anmeldung unserer Kollegin.".encode(),
        ("Frau Wunderlich aus meiner Abteilung möchte teilnehmen, siehe angehängte Mail. Bitte merken Sie sie "
         "unverbindlich vor; die Genehmigung durch das Personalamt steht noch aus, die Unterlagen bitte an sie.").encode()))
    assert mail.reply_to == ()
    assert mail.text.startswith("Guten Tag,\n\nFrau Wunderlich aus meiner Abteilung")
