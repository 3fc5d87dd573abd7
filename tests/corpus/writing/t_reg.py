"""TEST set: binding registrations (free text, forms, groups, on behalf, mixed).

Written as senders write; never tune the rules on these (tests/corpus/README.md).
"""

from make_corpus import form_pdf, mail, scanned_pdf

PROGRAMME_MAIL = """Guten Tag,

vielen Dank für Ihre Voranmeldung zur

VSOP-Jahrestagung 2025: „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“
25.09.2025 (ab 10 Uhr) bis 26.09.2025 (bis 14 Uhr), Köln

Wir haben Ihnen einen Platz vorgemerkt. Die Voranmeldung ist unverbindlich;
so können Sie in Ruhe z. B. die Dienstreisegenehmigung klären.

Im Anhang finden Sie das ausführliche Tagungsprogramm und das Anmeldeformular.
Bitte senden Sie uns das ausgefüllte Anmeldeformular bis zum 04.07.2025
zurück (als Antwort auf diese E-Mail) – damit melden Sie sich verbindlich an und
treffen die Zahlungsvereinbarung.

Die Teilnahmegebühr beträgt 250 EUR für VSOP-Mitglieder
und 300 EUR für Nicht-Mitglieder (pro Person).

Mit freundlichen Grüßen
VSOP e.V. – Geschäftsstelle"""


def q(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


PDF = "application/pdf"

MAILS = [
    mail("rg-t01-formell-vollstaendig.eml",
         frm=("Dr. Almut Severin", "almut.severin@kreis-nordmarsch.example"),
         subject="Verbindliche Anmeldung VSOP-Jahrestagung 2025", client="outlook",
         date="Mon, 2 Jun 2025 09:15:22 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur VSOP-Jahrestagung am 25./26.09.2025 in Köln an. Ich bin Mitglied des VSOP.

Rechnungsanschrift:
Kreis Nordmarsch
Fachdienst Jugend und Familie
Postfach 1140
25801 Nordmarsch

Die Teilnahmegebühr überweisen wir nach Eingang der Rechnung innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Dr. Almut Severin
Kreis Nordmarsch
Fachdienst Jugend und Familie
""",
         intent="registration", name="Almut Severin", title="Dr.", member=True,
         organization="Kreis Nordmarsch, Fachdienst Jugend und Familie",
         invoice_address="Kreis Nordmarsch, Fachdienst Jugend und Familie, Postfach 1140, 25801 Nordmarsch",
         payment_agreement=True,
         note="Complete free-text binding registration; 'überweisen wir' first person plural."),

    mail("rg-t02-arbeitgeber-ueberweist.eml",
         frm=("Lukas Behrendt", "lukas.behrendt@stadt-kellinghusen-nord.example"),
         subject="Anmeldung Jahrestagung – verbindlich", client="thunderbird",
         date="Tue, 3 Jun 2025 10:02:11 +0200",
         body="""Guten Tag,

nach der Voranmeldung im April melde ich mich jetzt verbindlich an. Mein Arbeitgeber (Stadt Kellinghusen-Nord, Amt für Familie und Bildung) übernimmt die Kosten; die Gebühr überweist mein Arbeitgeber nach Rechnungseingang.

Rechnung bitte an: Stadt Kellinghusen-Nord, Amt für Familie und Bildung, Markt 7, 25548 Kellinghusen-Nord

Viele Grüße
Lukas Behrendt
""",
         intent="registration", name="Lukas Behrendt",
         organization="Stadt Kellinghusen-Nord, Amt für Familie und Bildung",
         invoice_address="Stadt Kellinghusen-Nord, Amt für Familie und Bildung, Markt 7, 25548 Kellinghusen-Nord",
         payment_agreement=True,
         note="Payment in the third person ('überweist mein Arbeitgeber'); organisation in parentheses after 'Mein Arbeitgeber'; invoice address on one line."),

    mail("rg-t03-passiv-rechnungseingang.eml",
         frm=("Hilke Janssen", "hilke.janssen@lk-friesenmoor.example"),
         subject="Verbindliche Anmeldung", client="outlook",
         date="Tue, 3 Jun 2025 14:40:09 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich verbindlich für die Jahrestagung in Köln an (Nicht-Mitglied). Der Betrag wird nach Rechnungseingang überwiesen.

Rechnungsadresse:
Landkreis Friesenmoor
Amt für Soziales
z. Hd. Frau Janssen
Am Deich 2
26409 Friesenmoor

Mit freundlichen Grüßen
Hilke Janssen
""",
         intent="registration", name="Hilke Janssen", member=False,
         organization="Landkreis Friesenmoor, Amt für Soziales",
         invoice_address="Landkreis Friesenmoor, Amt für Soziales, z. Hd. Frau Janssen, Am Deich 2, 26409 Friesenmoor",
         payment_agreement=True,
         note="Passive payment ('wird nach Rechnungseingang überwiesen'); organisation only in the invoice address; 'z. Hd.' line kept in the address."),

    mail("rg-t04-kreiskasse-sobald.eml",
         frm=("Maik Pohlmann", "maik.pohlmann@kreis-ostheide.example"),
         subject="Anmeldung zur Jahrestagung (verbindlich)", client="notes",
         date="Wed, 4 Jun 2025 08:55:30 +0200",
         body="""Guten Morgen,

hiermit verbindliche Anmeldung für mich, Maik Pohlmann, Kreis Ostheide, Sozialamt. Die Teilnahmegebühr zahlt unsere Kreiskasse, sobald die Rechnung vorliegt.

Rechnungsanschrift: Kreis Ostheide, Sozialamt, Kreishausstraße 1, 29525 Ostheide

Mit freundlichen Grüßen
Maik Pohlmann
""",
         intent="registration", name="Maik Pohlmann",
         organization="Kreis Ostheide, Sozialamt",
         invoice_address="Kreis Ostheide, Sozialamt, Kreishausstraße 1, 29525 Ostheide",
         payment_agreement=True,
         note="'zahlt unsere Kreiskasse, sobald die Rechnung vorliegt'; name and organisation in one sentence."),

    mail("rg-t05-english-bank-transfer.eml",
         frm=("Fiona McAllister", "f.mcallister@glasgow-uni.example"),
         subject="Binding registration – VSOP annual conference", client="apple",
         date="Wed, 4 Jun 2025 16:20:45 +0100",
         body="""Dear colleagues,

My funding has come through, so I'd like to make my registration binding. I am not a member of VSOP, so I understand the fee is EUR 300.

Invoice address:
University of Glasgow (example)
School of Social and Political Sciences
Adam Smith Building
Glasgow G12 8RT
United Kingdom

Payment will be by bank transfer after invoice.

Best wishes,
Fiona McAllister
""",
         intent="registration", language="en", name="Fiona McAllister", member=False,
         organization="University of Glasgow (example), School of Social and Political Sciences",
         invoice_address="University of Glasgow (example), School of Social and Political Sciences, Adam Smith Building, Glasgow G12 8RT, United Kingdom",
         payment_agreement=True,
         note="English, 'bank transfer after invoice'; organisation from the invoice address (no signature block)."),

    mail("rg-t06-mitgliedschaft-nur-gebuehr.eml",
         frm=("Birte Sönksen", "birte.soenksen@amt-suederholm.example"),
         subject="Verbindliche Anmeldung Jahrestagung", client="outlook",
         date="Thu, 5 Jun 2025 11:11:48 +0200",
         body="""Hallo,

ich melde mich hiermit verbindlich an. Die 300 € überweise ich nach Erhalt der Rechnung.

Rechnungsanschrift:
Amt Süderholm
Sozialverwaltung
Dorfstraße 21
25872 Süderholm

Gruß
Birte Sönksen
""",
         intent="registration", name="Birte Sönksen", member=False,
         organization="Amt Süderholm, Sozialverwaltung",
         invoice_address="Amt Süderholm, Sozialverwaltung, Dorfstraße 21, 25872 Süderholm",
         payment_agreement=True,
         note="Membership only from the fee quoted (300 € = non-member)."),

    mail("rg-t07-institutionelles-mitglied-kreis.eml",
         frm=("Ole Thiessen", "ole.thiessen@landkreis-schaumwald.example"),
         subject="Jahrestagung 2025 – verbindliche Anmeldung", client="outlook",
         date="Thu, 5 Jun 2025 15:03:17 +0200",
         body="""Sehr geehrte Damen und Herren,

der Landkreis Schaumwald ist institutionelles Mitglied im VSOP. Für uns nimmt verbindlich Herr Ole Thiessen (ich) teil.

Die Rechnung richten Sie bitte an:
Landkreis Schaumwald
Amt 50 – Soziales
Kreishaus
31655 Schaumwald

Die Zahlung erfolgt nach Rechnungserhalt.

Mit freundlichen Grüßen
Ole Thiessen
""",
         intent="registration", name="Ole Thiessen", member=True,
         organization="Landkreis Schaumwald, Amt 50 – Soziales",
         invoice_address="Landkreis Schaumwald, Amt 50 – Soziales, Kreishaus, 31655 Schaumwald",
         payment_agreement=True,
         note="Institutional member; 'Die Zahlung erfolgt nach Rechnungserhalt' (noun style)."),

    mail("rg-t08-liste-mitgliedschaft-je-person.eml",
         frm=("Meier, Claudia", "claudia.meier@stadt-uelzingen.example"),
         subject="AW: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         client="outlook", in_reply_to="<programme-t08@vsop.de>",
         date="Fri, 6 Jun 2025 09:30:00 +0200",
         body=f"""Sehr geehrte Damen und Herren,

wie angekündigt melden wir uns nun verbindlich an:

1. Claudia Meier, VSOP-Mitglied
2. Dr. Jens Hartmann, kein Mitglied
3. Aylin Demir, kein Mitglied

Rechnungsanschrift:
Stadt Uelzingen
Sozialamt
Kostenstelle 5010
Rathausstraße 1
29525 Uelzingen

Wir überweisen die Gebühren nach Rechnungseingang.

Viele Grüße
Claudia Meier

Von: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>
Gesendet: Donnerstag, 17. April 2025 10:50
An: Meier, Claudia <claudia.meier@stadt-uelzingen.example>
Betreff: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular

{PROGRAMME_MAIL}
""",
         intent="registration", name="Claudia Meier", member=True, persons=3,
         people=["Dr. Jens Hartmann", "Aylin Demir"], people_members=[False, False],
         organization="Stadt Uelzingen, Sozialamt",
         invoice_address="Stadt Uelzingen, Sozialamt, Kostenstelle 5010, Rathausstraße 1, 29525 Uelzingen",
         payment_agreement=True,
         note="Numbered list with per-person membership, reply above the quoted programme mail (Outlook header block without separator line); fees in the quote."),

    mail("rg-t09-ohne-rechnungsadresse.eml",
         frm=("Kerstin Ahlers", "kerstin.ahlers@stadt-wittenmoor.example"),
         subject="Verbindlich: Jahrestagung", client="outlook",
         date="Fri, 6 Jun 2025 13:13:13 +0200",
         body="""Liebe Kolleginnen und Kollegen,

die Dienstreise ist genehmigt – ich melde mich hiermit verbindlich an und überweise den Beitrag, sobald die Rechnung da ist.

Viele Grüße aus Wittenmoor
Kerstin Ahlers
Stadt Wittenmoor, Büro für Sozialplanung
""",
         intent="registration", name="Kerstin Ahlers",
         organization="Stadt Wittenmoor, Büro für Sozialplanung",
         payment_agreement=True,
         note="Binding, payment agreed, no invoice address: missing [invoice_address]."),

    mail("rg-t10-ohne-zahlungszusage.eml",
         frm=("Rüdiger Olbrich", "r.olbrich@gemeinde-tarnow.example"),
         subject="Verbindliche Anmeldung Olbrich", client="thunderbird",
         date="Mon, 9 Jun 2025 10:10:31 +0200",
         body="""Guten Tag,

hiermit melde ich mich verbindlich zur Jahrestagung an.

Rechnungsanschrift:
Gemeinde Tarnow
Hauptamt
Lindenallee 4
18249 Tarnow

Freundliche Grüße
Rüdiger Olbrich
""",
         intent="registration", name="Rüdiger Olbrich",
         organization="Gemeinde Tarnow, Hauptamt",
         invoice_address="Gemeinde Tarnow, Hauptamt, Lindenallee 4, 18249 Tarnow",
         note="Binding with invoice address but no word about payment: missing [payment_agreement]."),

    mail("rg-t11-nur-verbindlich.eml",
         frm=("Paula Reents", "paula.reents@stadt-norderhafen.example"),
         subject="Jetzt fest!", client="iphone",
         date="Mon, 9 Jun 2025 21:04:50 +0200",
         body="""Hallo VSOP, jetzt ist es fest – ich melde mich verbindlich an! 🙂 Paula

Von meinem iPhone gesendet
""",
         intent="registration", name="Paula Reents",
         note="Binding, nothing else: missing both invoice address and payment agreement."),

    mail("rg-t12-antwort-ueber-zitat-thunderbird.eml",
         frm=("Svenja Dreyer", "svenja.dreyer@kreis-lemgau.example"),
         subject="Re: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         client="thunderbird", in_reply_to="<programme-t12@vsop.de>",
         date="Tue, 10 Jun 2025 08:47:03 +0200",
         body=f"""Guten Morgen,

hiermit melde ich mich verbindlich an. Rechnung bitte an das Jugendamt des Kreises Lemgau, Kreishaus, Bahnhofstraße 20, 32657 Lemgau. Die Zahlung erfolgt nach Erhalt der Rechnung durch unsere Kasse.

Viele Grüße
Svenja Dreyer
Kreis Lemgau, Jugendamt

Am 05.05.25 um 08:30 schrieb VSOP Geschäftsstelle:
{q(PROGRAMME_MAIL)}
""",
         intent="registration", name="Svenja Dreyer",
         organization="Kreis Lemgau, Jugendamt",
         invoice_address="Jugendamt des Kreises Lemgau, Kreishaus, Bahnhofstraße 20, 32657 Lemgau",
         payment_agreement=True,
         note="Reply above the quoted programme mail; invoice address inside a sentence; passive noun payment."),

    mail("rg-t13-pdf-formular.eml",
         frm=("Gisela Wöhrmann", "gisela.woehrmann@stadt-altenkamp.example"),
         subject="Anmeldeformular Jahrestagung", client="outlook",
         date="Tue, 10 Jun 2025 11:25:40 +0200",
         body="""Sehr geehrte Damen und Herren,

anbei erhalten Sie mein ausgefülltes Anmeldeformular.

Mit freundlichen Grüßen
Gisela Wöhrmann
Stadt Altenkamp
""",
         attachments=[("Anmeldeformular_Woehrmann.pdf", PDF, form_pdf({
             "name": "Gisela Wöhrmann", "email": "gisela.woehrmann@stadt-altenkamp.example",
             "organisation": "Stadt Altenkamp, Fachbereich Bildung, Soziales und Integration",
             "personen": "1",
             "rechnungsanschrift": "Stadt Altenkamp\nFachbereich Bildung, Soziales und Integration\nSchulstraße 12\n31199 Altenkamp",
             "datum": "10.06.2025"}, checked=("zahlungsvereinbarung",)))],
         intent="registration", name="Gisela Wöhrmann", member=False,
         organization="Stadt Altenkamp, Fachbereich Bildung, Soziales und Integration",
         invoice_address="Stadt Altenkamp, Fachbereich Bildung, Soziales und Integration, Schulstraße 12, 31199 Altenkamp",
         payment_agreement=True,
         note="The office's PDF form filled in; member box unticked = non-member (the form says so); payment box ticked."),

    mail("rg-t14-pdf-formular-zwei-personen.eml",
         frm=("Jürgen Hasselbach", "Juergen.Hasselbach@kreis-talheim.example"),
         subject="Anmeldung Hasselbach/Wiebe", client="notes",
         date="Wed, 11 Jun 2025 09:05:06 +0200",
         body="""Hallo,

anbei das Formular für meinen Kollegen und mich.

Gruß
Jürgen Hasselbach
""",
         attachments=[("Anmeldung_VSOP_2025.pdf", PDF, form_pdf({
             "name": "Jürgen Hasselbach", "email": "juergen.hasselbach@kreis-talheim.example",
             "organisation": "Kreis Talheim - Sozialplanung", "personen": "2",
             "weitere_personen": "Arne Wiebe",
             "rechnungsanschrift": "Kreis Talheim\nSozialplanung\nPostfach 33\n74211 Talheim",
             "datum": "11.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Jürgen Hasselbach", member=True, persons=2,
         people=["Arne Wiebe"], organization="Kreis Talheim - Sozialplanung",
         email="juergen.hasselbach@kreis-talheim.example",
         invoice_address="Kreis Talheim, Sozialplanung, Postfach 33, 74211 Talheim",
         payment_agreement=True,
         note="Filled form for two persons; the e-mail in the form is the From address in lower case."),

    mail("rg-t15-scan-unlesbar.eml",
         frm=("Frank Tiedemann", "frank.tiedemann@landkreis-schaumwald.example"),
         subject="Scan Anmeldung", client="outlook",
         date="Wed, 11 Jun 2025 14:44:12 +0200",
         body="""Guten Tag,

im Anhang das unterschriebene Anmeldeformular als Scan (verbindlich).

Mit freundlichen Grüßen
Frank Tiedemann
""",
         attachments=[("SCAN_20250611_143902.pdf", PDF, scanned_pdf("t15"))],
         intent="registration", needs_human=True, name="Frank Tiedemann", missing_unknown=True,
         note="Scanned form (a PDF without text or fields): binding, but only a person can read it; the sender must not be asked for everything. 'missing' not labelled."),

    mail("rg-t16-leitweg-id.eml",
         frm=("Anja Rohwer", "anja.rohwer@kreis-moorland.example"),
         subject="Verbindliche Anmeldung – Rechnung bitte als XRechnung", client="outlook",
         date="Thu, 12 Jun 2025 10:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für die Jahrestagung an. Ich bin kein Mitglied.

Bitte stellen Sie die Rechnung elektronisch aus:
Kreis Moorland
Der Landrat – Sozialamt
Leitweg-ID: 03457-12001-58
Bahnhofstraße 9
26789 Moorland

Nach Eingang der Rechnung erfolgt die Überweisung innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Anja Rohwer
Kreis Moorland
""",
         intent="registration", name="Anja Rohwer", member=False,
         organization="Kreis Moorland, Der Landrat – Sozialamt",
         invoice_address="Kreis Moorland, Der Landrat – Sozialamt, Leitweg-ID: 03457-12001-58, Bahnhofstraße 9, 26789 Moorland",
         payment_agreement=True,
         note="Invoice address block with a Leitweg-ID line (kept, part of the block); organisation: the fuller statement in the invoice address."),

    mail("rg-t17-sekretariat-fuer-chef.eml",
         frm=("Sekretariat Dezernat III", "sekretariat.dez3@landkreis-hohenwarth.example"),
         subject="Verbindliche Anmeldung Herr Dr. Lohmeyer", client="notes",
         date="Thu, 12 Jun 2025 15:00:45 +0200",
         body="""Sehr geehrte Damen und Herren,

Herr Dr. Bernd Lohmeyer nimmt verbindlich an der Jahrestagung teil. Er ist kein Mitglied im VSOP.

Bitte senden Sie die Rechnung an:
Landkreis Hohenwarth
Dezernat III
Am Schlossgarten 1
29411 Hohenwarth

Die Rechnung wird nach Eingang fristgerecht beglichen. Die Teilnahmebestätigung bitte an Herrn Dr. Lohmeyer direkt: bernd.lohmeyer@landkreis-hohenwarth.example

Mit freundlichen Grüßen
i. A. Sabine Kruse
""",
         intent="registration", name="Bernd Lohmeyer", title="Dr.", member=False,
         email="bernd.lohmeyer@landkreis-hohenwarth.example",
         organization="Landkreis Hohenwarth, Dezernat III",
         invoice_address="Landkreis Hohenwarth, Dezernat III, Am Schlossgarten 1, 29411 Hohenwarth",
         payment_agreement=True,
         note="Secretary registers her boss bindingly; third person throughout; 'wird fristgerecht beglichen'."),

    mail("rg-t18-bescheinigung-frage.eml",
         frm=("Ines Marquardt", "ines.marquardt@lk-wendisch.example"),
         subject="Verbindliche Anmeldung + Frage Teilnahmebescheinigung", client="outlook",
         date="Fri, 13 Jun 2025 08:12:55 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich an (Mitglied). Die Gebühr zahlen wir nach Rechnungsstellung.

Rechnung an:
Landkreis Wendisch
Fachdienst Sozialplanung und Controlling
Am Markt 1
03046 Wendisch

Bekomme ich nach der Tagung eine Teilnahmebescheinigung?

Herzliche Grüße
Ines Marquardt
""",
         intent="registration", questions=1, name="Ines Marquardt", member=True,
         organization="Landkreis Wendisch, Fachdienst Sozialplanung und Controlling",
         invoice_address="Landkreis Wendisch, Fachdienst Sozialplanung und Controlling, Am Markt 1, 03046 Wendisch",
         payment_agreement=True,
         note="Binding registration + a question (certificate)."),

    mail("rg-t19-html-only.eml",
         frm=("Tamara Jovanović", "tamara.jovanovic@kreis-ostheide.example"),
         subject="Anmeldung (verbindlich) Jovanović", client="outlook-web",
         date="Fri, 13 Jun 2025 12:40:18 +0200", html_only=True,
         html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
<p>Liebes VSOP-Team,</p>
<p>hiermit mache ich meine Voranmeldung verbindlich. Die Rechnung schicken Sie bitte an:</p>
<p>Kreis Ostheide<br>Stabsstelle Sozialplanung<br>Kreishausstraße 1<br>29525 Ostheide</p>
<p>Wir überweisen nach Erhalt der Rechnung.</p>
<p>Beste Grüße<br>Tamara Jovanović</p>
</div></body></html>
""",
         intent="registration", name="Tamara Jovanović",
         organization="Kreis Ostheide, Stabsstelle Sozialplanung",
         invoice_address="Kreis Ostheide, Stabsstelle Sozialplanung, Kreishausstraße 1, 29525 Ostheide",
         payment_agreement=True,
         note="HTML only; invoice address as <br>-separated lines; 'meine Voranmeldung verbindlich machen'."),

    mail("rg-t20-latin1-qp.eml",
         frm=("Joerg Paulsen", "jpaulsen@amt-suederholm.example"),
         subject="Verbindliche Anmeldung Jahrestagung", charset="iso-8859-1", cte="quoted-printable",
         date="Mon, 16 Jun 2025 09:00:01 +0200", client="roundcube",
         body="""Guten Tag,

hiermit melde ich mich verbindlich für Köln an. Ich bin Mitglied im VSOP (250 EUR).

Rechnungsempfänger:
Amt Süderholm
Sozialverwaltung
Dorfstraße 21
25872 Süderholm

Überweisung erfolgt nach Rechnungseingang.

Grüße
Jörg Paulsen
""",
         intent="registration", name="Jörg Paulsen", member=True,
         organization="Amt Süderholm, Sozialverwaltung",
         invoice_address="Amt Süderholm, Sozialverwaltung, Dorfstraße 21, 25872 Süderholm",
         payment_agreement=True,
         note="ISO-8859-1 quoted-printable; 'Rechnungsempfänger:' as the label; name with umlaut in the text, 'Joerg' in the display name (the text's form is the fuller, correct one)."),

    mail("rg-t21-formularzeilen-im-text.eml",
         frm=("Benedikt Ruhnau", "benedikt.ruhnau@stadt-hameloh.example"),
         subject="Verbindliche Anmeldung", client="outlook",
         date="Mon, 16 Jun 2025 13:33:33 +0200",
         body="""Guten Tag,

da ich das PDF nicht ausfüllen kann, hier meine Angaben:

Name: Benedikt Ruhnau
Organisation: Stadt Hameloh – Amt für Familie und Soziales
VSOP-Mitglied: nein
Anzahl Personen: 1
Rechnungsanschrift: Stadt Hameloh, Amt für Familie und Soziales, Postfach 120, 31785 Hameloh
Zahlungsvereinbarung: ja, Überweisung nach Rechnungserhalt innerhalb von 14 Tagen

Mit freundlichen Grüßen
Benedikt Ruhnau
""",
         intent="registration", name="Benedikt Ruhnau", member=False,
         organization="Stadt Hameloh – Amt für Familie und Soziales",
         invoice_address="Stadt Hameloh, Amt für Familie und Soziales, Postfach 120, 31785 Hameloh",
         payment_agreement=True,
         note="The form's fields typed as 'Key: value' lines."),

    mail("rg-t22-iphone-wie-signatur.eml",
         frm=("Dorothea Kempf", "dorothea.kempf@kreis-gandersheim-land.example"),
         subject="Verbindlich", client="iphone",
         date="Tue, 17 Jun 2025 07:21:09 +0200",
         body="""Hiermit verbindlich angemeldet. Rechnungsadresse wie unten in der Signatur, Überweisung nach Rechnung.

Dorothea Kempf
Landkreis Gandersheim-Land
Fachbereich 50 – Soziales
Bahnhofstraße 4
37580 Gandersheim

Von meinem iPhone gesendet
""",
         intent="registration", name="Dorothea Kempf",
         organization="Landkreis Gandersheim-Land, Fachbereich 50 – Soziales",
         invoice_address="Landkreis Gandersheim-Land, Fachbereich 50 – Soziales, Bahnhofstraße 4, 37580 Gandersheim",
         payment_agreement=True,
         note="'Rechnungsadresse wie unten in der Signatur': the invoice address is the signature's organisation and postal lines."),

    mail("rg-t23-du-kohle.eml",
         frm=("Hannes Brodersen", "hannes.brodersen@kreis-nordmarsch.example"),
         subject="Jetzt verbindlich :)", client="thunderbird",
         date="Tue, 17 Jun 2025 19:45:00 +0200",
         body="""Hallo ihr,

Chef hat unterschrieben, ich mach's jetzt fest: verbindliche Anmeldung für mich. Rechnung geht an den Kreis Nordmarsch, Fachdienst Jugend und Familie, Postfach 1140, 25801 Nordmarsch – die Kohle kommt, sobald die Rechnung da ist.

Bis Köln!
Hannes
""",
         intent="registration", name="Hannes Brodersen",
         invoice_address="Kreis Nordmarsch, Fachdienst Jugend und Familie, Postfach 1140, 25801 Nordmarsch",
         organization="Kreis Nordmarsch, Fachdienst Jugend und Familie",
         payment_agreement=True,
         note="Colloquial: 'ich mach's fest', 'die Kohle kommt, sobald die Rechnung da ist'; invoice address inline after 'an den'."),

    mail("rg-t24-german-english.eml",
         frm=("Oliver Stahmer", "oliver.stahmer@stadt-meldorf-ost.example"),
         subject="binding registration", client="outlook",
         date="Wed, 18 Jun 2025 10:17:29 +0200",
         body="""Hello,

hereby I register binding for the conference in Cologne. The invoice please to:

City of Meldorf-Ost
Department for Social Affairs
Rathausplatz 1
25704 Meldorf-Ost
Germany

We pay within 14 days after receiving the invoice.

With best regards
Oliver Stahmer
""",
         intent="registration", language="en", name="Oliver Stahmer",
         organization="City of Meldorf-Ost, Department for Social Affairs",
         invoice_address="City of Meldorf-Ost, Department for Social Affairs, Rathausplatz 1, 25704 Meldorf-Ost, Germany",
         payment_agreement=True,
         note="German-English ('register binding', 'The invoice please to')."),

    mail("rg-t25-wie-angekuendigt-ohne-org.eml",
         frm=("Nadine Fröhlich", "nadine.froehlich@kreis-ostheide.example"),
         subject="Anmeldung Fröhlich", client="outlook",
         date="Wed, 18 Jun 2025 14:02:44 +0200",
         body="""Guten Tag,

wie im April angekündigt, melde ich mich jetzt verbindlich an. Die Rechnung bitte an meine Dienststelle:

Jugendamt Ostheide
Kreishausstraße 3
29525 Ostheide

Ich überweise umgehend nach Erhalt.

Freundliche Grüße
Nadine Fröhlich
""",
         intent="registration", name="Nadine Fröhlich", organization="Jugendamt Ostheide",
         invoice_address="Jugendamt Ostheide, Kreishausstraße 3, 29525 Ostheide",
         payment_agreement=True,
         note="Follows a pre-registration; organisation only as the first invoice line; 'umgehend nach Erhalt'."),

    mail("rg-t26-bestellnummer.eml",
         frm=("Wiebke Harms", "wiebke.harms@kreis-moorland.example"),
         subject="Jahrestagung: verbindliche Anmeldung mit Bestellnummer", client="outlook",
         date="Thu, 19 Jun 2025 09:49:10 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich verbindlich an. Auf der Rechnung muss unbedingt unsere Bestellnummer stehen, sonst kann die Kasse nicht zahlen:

Kreis Moorland
Der Landrat – Sozialamt
Bestell-Nr. 4500123987
Bahnhofstraße 9
26789 Moorland

Der Rechnungsbetrag wird nach Prüfung innerhalb von 14 Tagen überwiesen.

Mit freundlichen Grüßen
Wiebke Harms
""",
         intent="registration", name="Wiebke Harms",
         organization="Kreis Moorland, Der Landrat – Sozialamt",
         invoice_address="Kreis Moorland, Der Landrat – Sozialamt, Bestell-Nr. 4500123987, Bahnhofstraße 9, 26789 Moorland",
         payment_agreement=True,
         note="Order number inside the invoice block; 'sonst kann die Kasse nicht zahlen' is no refusal; passive payment."),

    mail("rg-t27-team-vier-personen.eml",
         frm=("Dr. Stefan Albrecht", "stefan.albrecht@stadt-hameloh.example"),
         subject="Verbindliche Anmeldung Team Sozialplanung Hameloh", client="outlook",
         date="Thu, 19 Jun 2025 16:10:00 +0200",
         body="""Sehr geehrte Damen und Herren,

für unser Team melde ich verbindlich an:

a) Dr. Stefan Albrecht (Mitglied)
b) Johanna Kleist (Mitglied)
c) Patrick Nowotny (kein Mitglied)
d) Selin Aksoy (kein Mitglied)

Bitte eine gemeinsame Rechnung an:
Stadt Hameloh
Amt für Familie und Soziales
Postfach 120
31785 Hameloh

Die Gebühren werden nach Rechnungseingang überwiesen.

Mit freundlichen Grüßen
Dr. Stefan Albrecht
Leiter Team Sozialplanung
""",
         intent="registration", name="Stefan Albrecht", title="Dr.", member=True, persons=4,
         people=["Johanna Kleist", "Patrick Nowotny", "Selin Aksoy"],
         people_members=[True, False, False],
         organization="Stadt Hameloh, Amt für Familie und Soziales",
         invoice_address="Stadt Hameloh, Amt für Familie und Soziales, Postfach 120, 31785 Hameloh",
         payment_agreement=True,
         note="Four persons, lettered list with membership in parentheses; one invoice; organisation only from the invoice address (the signature gives a job title)."),

    mail("rg-t28-stornobedingungen-frage.eml",
         frm=("Christoph Wendland", "christoph.wendland@kreis-rodenberg.example"),
         subject="Anmeldung verbindlich – und eine Frage", client="thunderbird",
         date="Fri, 20 Jun 2025 11:00:00 +0200",
         body="""Guten Tag,

hiermit melde ich mich verbindlich an; die Überweisung veranlasst unsere Kämmerei nach Rechnungseingang.

Rechnungsadresse:
Kreis Rodenberg
Koordinierungsstelle Integration
Burgstraße 5
31552 Rodenberg

Was passiert eigentlich, wenn ich kurzfristig krank werde – wie sind die Stornobedingungen?

Christoph Wendland
""",
         intent="registration", questions=1, name="Christoph Wendland",
         organization="Kreis Rodenberg, Koordinierungsstelle Integration",
         invoice_address="Kreis Rodenberg, Koordinierungsstelle Integration, Burgstraße 5, 31552 Rodenberg",
         payment_agreement=True,
         note="Registration + question about cancellation terms (the word 'Storno' does not make it a cancellation); payment by 'unsere Kämmerei'."),

    mail("rg-t29-base64-utf8.eml",
         frm=("Sven Carstensen", "sven.carstensen@gemeinde-hollerup.example"),
         subject="Verbindliche Anmeldung", client="android", cte="base64",
         date="Fri, 20 Jun 2025 18:30:27 +0200",
         body="""Hallo,
hiermit melde ich mich verbindlich an. Rechnung an Gemeinde Hollerup, Der Bürgermeister, Hauptstraße 2, 24999 Hollerup. Zahlung nach Rechnungseingang.
Sven Carstensen

Von meinem Samsung Galaxy Smartphone gesendet.
""",
         intent="registration", name="Sven Carstensen",
         organization="Gemeinde Hollerup, Der Bürgermeister",
         invoice_address="Gemeinde Hollerup, Der Bürgermeister, Hauptstraße 2, 24999 Hollerup",
         payment_agreement=True,
         note="Base64 from a phone; everything on two lines."),

    mail("rg-t30-ohne-umlaute.eml",
         frm=("Mehmet Yildiz", "m.yildiz@stadt-grevenbrock.example"),
         subject="verbindliche anmeldung", client="gmx",
         date="Mon, 23 Jun 2025 07:55:41 +0200",
         body="""hallo,

hiermit verbindliche anmeldung fuer die tagung. rechnungsanschrift:
Stadt Grevenbrock
Sozialamt
Marktplatz 1
41515 Grevenbrock

gebuehr wird ueberwiesen wenn rechnung da ist.

mfg Mehmet Yildiz
""",
         intent="registration", name="Mehmet Yildiz",
         organization="Stadt Grevenbrock, Sozialamt",
         invoice_address="Stadt Grevenbrock, Sozialamt, Marktplatz 1, 41515 Grevenbrock",
         payment_agreement=True,
         note="Lower case, no umlauts ('gebuehr wird ueberwiesen')."),

    mail("rg-t31-kostenuebernahme-genehmigt.eml",
         frm=("Lea Hinrichsen", "lea.hinrichsen@stadt-brueckenfeld.example"),
         subject="AW: Ihre Voranmeldung – verbindliche Anmeldung", client="outlook",
         date="Mon, 23 Jun 2025 13:20:08 +0200", in_reply_to="<programme-t31@vsop.de>",
         body=f"""Sehr geehrte Damen und Herren,

die Kostenübernahme durch das Jugendamt ist genehmigt. Ich melde mich damit verbindlich an; die Überweisung erfolgt nach Rechnungsstellung.

Rechnungsanschrift:
Stadt Brückenfeld
Jugendamt
Rathausplatz 3
24999 Brückenfeld

Freundliche Grüße
Lea Hinrichsen

________________________________
Von: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>
Gesendet: Mittwoch, 23. April 2025 11:20
An: Hinrichsen, Lea
Betreff: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular

{PROGRAMME_MAIL}
""",
         intent="registration", name="Lea Hinrichsen",
         organization="Stadt Brückenfeld, Jugendamt",
         invoice_address="Stadt Brückenfeld, Jugendamt, Rathausplatz 3, 24999 Brückenfeld",
         payment_agreement=True,
         note="New-Outlook quoting (underscore line); 'die Überweisung erfolgt nach Rechnungsstellung'."),

    mail("rg-t32-english-native-po-number.eml",
         frm=("Rebecca Holt", "rholt@urbaninstitute.example"),
         subject="Registration – confirmed", client="none",
         date="Tue, 24 Jun 2025 16:45:12 +0200",
         body="""Hi there,

Good news – the trip is approved, so please treat this as my firm registration for Cologne.

Please invoice:
Urban Policy Institute (example)
Attn: Accounts Payable
PO 2025-0417
1200 K Street NW
Washington, DC 20005
USA

We'll settle the invoice by wire transfer on receipt.

Cheers,
Rebecca Holt
""",
         intent="registration", language="en", name="Rebecca Holt",
         organization="Urban Policy Institute (example)",
         invoice_address="Urban Policy Institute (example), Attn: Accounts Payable, PO 2025-0417, 1200 K Street NW, Washington, DC 20005, USA",
         payment_agreement=True,
         note="Native English 'firm registration', 'settle the invoice by wire transfer on receipt'; PO number in the block."),

    mail("rg-t33-dienstreise-genehmigt-fest.eml",
         frm=("Corinna Lüders", "corinna.lueders@stadt-bad-wennigsen.example"),
         subject="Dienstreise genehmigt – feste Anmeldung", client="outlook",
         date="Tue, 24 Jun 2025 09:09:09 +0200",
         body="""Guten Tag,

die Dienstreise ist genehmigt! Damit melde ich mich jetzt fest an – als Nicht-Mitglied.

Rechnung bitte an
Stadt Bad Wennigsen
Fachbereich 3
Kurpark 1
30974 Bad Wennigsen

Wir begleichen die Rechnung nach Erhalt innerhalb der Zahlungsfrist.

Freundliche Grüße
Corinna Lüders
""",
         intent="registration", name="Corinna Lüders", member=False,
         organization="Stadt Bad Wennigsen, Fachbereich 3",
         invoice_address="Stadt Bad Wennigsen, Fachbereich 3, Kurpark 1, 30974 Bad Wennigsen",
         payment_agreement=True,
         note="'fest anmelden' (not 'verbindlich'); 'begleichen die Rechnung'."),

    mail("rg-t34-weiterleitung-fuer-kollegin.eml",
         frm=("Gerd Wellmann", "gerd.wellmann@stadt-kaltenhusen.example"),
         subject="WG: Anmeldung Tagung", client="outlook",
         date="Wed, 25 Jun 2025 10:40:00 +0200",
         body="""Guten Tag,

Frau Dr. Ute Brandes bat mich, ihre verbindliche Anmeldung weiterzuleiten, da sie ihr Postfach gerade nicht nutzen kann. Ihre Angaben stehen unten.

Gruß
Gerd Wellmann

-----Ursprüngliche Nachricht-----
Von: Brandes, Ute <ute.brandes@stadt-kaltenhusen.example>
Gesendet: Dienstag, 24. Juni 2025 17:02
An: Wellmann, Gerd <gerd.wellmann@stadt-kaltenhusen.example>
Betreff: Anmeldung Tagung

Gerd, kannst du das bitte an den VSOP schicken? Danke!

Ich melde mich verbindlich zur Jahrestagung an (Mitglied).
Rechnung: Stadt Kaltenhusen, Amt für Soziales, Rathaus, 38642 Kaltenhusen
Überweisung nach Rechnungseingang.

Dr. Ute Brandes
Stadt Kaltenhusen, Amt für Soziales
""",
         intent="registration", name="Ute Brandes", title="Dr.", member=True,
         email="ute.brandes@stadt-kaltenhusen.example",
         organization="Stadt Kaltenhusen, Amt für Soziales",
         invoice_address="Stadt Kaltenhusen, Amt für Soziales, Rathaus, 38642 Kaltenhusen",
         payment_agreement=True,
         note="A colleague forwards someone else's registration: the attendee and her details are in the forwarded part, which here is the content, not history."),

    mail("rg-t35-mitglied-laut-zitat-nicht.eml",
         frm=("Kai-Uwe Reimers", "kaiuwe.reimers@amt-kirchwerder.example"),
         subject="Re: Ihre Voranmeldung: VSOP-Jahrestagung 2025 – Programm und Anmeldeformular",
         client="thunderbird", in_reply_to="<programme-t35@vsop.de>",
         date="Wed, 25 Jun 2025 15:15:15 +0200",
         body=f"""Moin,

verbindlich angemeldet, ich bin VSOP-Mitglied. Rechnung bitte an Amt Kirchwerder, Finanzabteilung, Kirchstraße 1, 21037 Kirchwerder. Zahlung nach Rechnungseingang.

Kai-Uwe Reimers

Am 23.04.2025 um 13:10 schrieb VSOP Geschäftsstelle:
{q(PROGRAMME_MAIL)}
""",
         intent="registration", name="Kai-Uwe Reimers", member=True,
         organization="Amt Kirchwerder, Finanzabteilung",
         invoice_address="Amt Kirchwerder, Finanzabteilung, Kirchstraße 1, 21037 Kirchwerder",
         payment_agreement=True,
         note="Short reply above the quote; the quote names both fees (must not decide membership)."),

    mail("rg-t36-parkplatz-und-anmeldung.eml",
         frm=("Thomas Grabowski", "thomas.grabowski@lk-eichenried.example"),
         subject="Anmeldung verbindlich", client="outlook",
         date="Thu, 26 Jun 2025 08:40:22 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich verbindlich zur Jahrestagung an. Die Teilnahmegebühr (250 €, ich bin Mitglied) überweist der Landkreis nach Rechnungseingang.

Rechnungsanschrift:
Landkreis Eichenried
Büro des Behindertenbeauftragten
Schloßplatz 2
84307 Eichenried

Noch eine Bitte: Können Sie mir einen Behindertenparkplatz am Tagungsort reservieren?

Mit freundlichen Grüßen
Thomas Grabowski
""",
         intent="registration", questions=1, name="Thomas Grabowski", member=True,
         organization="Landkreis Eichenried, Büro des Behindertenbeauftragten",
         invoice_address="Landkreis Eichenried, Büro des Behindertenbeauftragten, Schloßplatz 2, 84307 Eichenried",
         payment_agreement=True,
         note="Registration + a request only a person can handle (disabled parking); payment by 'der Landkreis' (third person)."),

    mail("rg-t37-formular-angekreuzt-getippt.eml",
         frm=("Maren Thode", "maren.thode@amt-geestland.example"),
         subject="Anmeldung Thode + Heitmann", client="thunderbird",
         date="Thu, 26 Jun 2025 12:05:45 +0200",
         body="""Moin,

hier unsere verbindliche Anmeldung:

Personen: 2 (Maren Thode – Mitglied; Jan Heitmann – kein Mitglied)
Organisation: Amt Geestland
Rechnungsanschrift: Amt Geestland, Ordnungs- und Sozialamt, Am Markt 5, 27607 Geestland
[x] Ich melde mich verbindlich an und überweise die Teilnahmegebühr nach Rechnungserhalt innerhalb von 14 Tagen.

Schönen Gruß
Maren
""",
         intent="registration", name="Maren Thode", member=True, persons=2,
         people=["Jan Heitmann"], people_members=[False], organization="Amt Geestland",
         invoice_address="Amt Geestland, Ordnungs- und Sozialamt, Am Markt 5, 27607 Geestland",
         payment_agreement=True,
         note="The form's checkbox sentence typed with [x]; per-person membership in one line."),

    mail("rg-t38-250-euro-strich.eml",
         frm=("Ulrike Brenner", "ulrike.brenner@paritaet-niedersachsen.example"),
         subject="Verbindliche Anmeldung U. Brenner", client="thunderbird",
         date="Fri, 27 Jun 2025 10:20:00 +0200",
         body="""Hallo liebes VSOP-Team,

die Freigabe ist da: Ich melde mich verbindlich an. Die Teilnahmegebühr von 250,- EUR wird von unserer Buchhaltung nach Rechnungseingang angewiesen.

Rechnungsanschrift:
Paritätischer Wohlfahrtsverband Niedersachsen e. V.
Referat Sozialplanung
Gandhistraße 5a
30559 Hannover

Beste Grüße
Ulrike Brenner
""",
         intent="registration", name="Ulrike Brenner", member=True,
         organization="Paritätischer Wohlfahrtsverband Niedersachsen e. V., Referat Sozialplanung",
         invoice_address="Paritätischer Wohlfahrtsverband Niedersachsen e. V., Referat Sozialplanung, Gandhistraße 5a, 30559 Hannover",
         payment_agreement=True,
         note="Member only from the fee quoted as '250,- EUR'; payment 'wird ... angewiesen' (passive, another verb)."),

    mail("rg-t39-zwei-dinge-hotel.eml",
         frm=("Svenja Kühl", "svenja.kuehl@stadt-uelzingen.example"),
         subject="Anmeldung Jahrestagung", client="outlook",
         date="Mon, 30 Jun 2025 09:45:31 +0200",
         body="""Hallo,

ich melde mich verbindlich an und bin kein Mitglied. Die Rechnung geht bitte an die Stadt Uelzingen, Sozialamt, Rathausstraße 1, 29525 Uelzingen; bezahlt wird nach Rechnungseingang.

Können Sie ein Hotel in Laufweite empfehlen? Und gibt es am Donnerstagabend ein gemeinsames Abendessen?

Danke und viele Grüße
Svenja Kühl
""",
         intent="registration", questions=2, name="Svenja Kühl", member=False,
         organization="Stadt Uelzingen, Sozialamt",
         invoice_address="Stadt Uelzingen, Sozialamt, Rathausstraße 1, 29525 Uelzingen",
         payment_agreement=True,
         note="Registration + two questions; 'bezahlt wird nach Rechnungseingang' (impersonal passive)."),

    mail("rg-t40-prof-mit-titel-im-formular.eml",
         frm=("Prof. Dr. Heike Landwehr", "landwehr@hs-oberweser.example"),
         subject="Verbindliche Anmeldung Landwehr", client="apple",
         date="Tue, 1 Jul 2025 17:30:00 +0200",
         body="""Liebe Kolleginnen und Kollegen,

anbei mein Formular; ich melde mich damit verbindlich an.

Herzliche Grüße
Heike Landwehr
""",
         attachments=[("VSOP-Anmeldung-Landwehr.pdf", PDF, form_pdf({
             "name": "Heike Landwehr", "titel": "Prof. Dr.", "email": "landwehr@hs-oberweser.example",
             "organisation": "Hochschule Oberweser, Fakultät Soziale Arbeit und Gesundheit",
             "personen": "1",
             "rechnungsanschrift": "Hochschule Oberweser\nDrittmittelverwaltung\nKennziffer 2025-117\nAm Campus 1\n37603 Oberweser",
             "datum": "01.07.2025", "bemerkungen": "Bitte vegetarisches Essen."},
             checked=("vsop_mitglied", "zahlungsvereinbarung")))],
         intent="registration", name="Heike Landwehr", title="Prof. Dr.", member=True,
         organization="Hochschule Oberweser, Fakultät Soziale Arbeit und Gesundheit",
         invoice_address="Hochschule Oberweser, Drittmittelverwaltung, Kennziffer 2025-117, Am Campus 1, 37603 Oberweser",
         payment_agreement=True,
         note="Filled form with title and a remark (a wish, not a question); invoice address differs from the organisation."),
]
