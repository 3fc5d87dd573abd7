#!/usr/bin/env python3
"""Write the sample season for ``inbox-agent simulate`` into ``demo/season/``.

    python demo/make_season.py
    inbox-agent --config demo/season.toml simulate --mails demo/season --until 2025-09-30

The committed .eml files are the sample; this script only exists so that the season
can be reviewed, changed and regenerated consistently (deterministic: Message-IDs,
MIME boundaries and the filled PDF forms are the same on every run). All people and
addresses are invented; the domains use the reserved ``.example`` top-level domain.

The story, for the 2025 conference with 6 places (``demo/season.toml``), late
pre-registrations on the waiting list and binding registrations after the deadline
declined:

* March/April: four pre-registrations (one for a group of three) fill the house; two
  more go on the waiting list; an out-of-office notice and a question get no answer.
* May: the group returns the PDF form (binding, confirmation with the calendar entry);
  a cancellation promotes the first on the waiting list; an English registration.
* June: a late pre-registration (after 2 June) goes on the waiting list; a form
  without invoice address is answered with a request for it, the PDF form follows.
* July: reminders 14, 7 and 2 days before 4 July go to the one open option; it lapses
  at the deadline and the next on the list moves up, does not answer, lapses too, and
  the late pre-registration gets the place and registers. A binding registration
  after the deadline is declined. Payment reminders go to everyone who has not paid
  (the simulator marks nobody as paid: that is the office's work).
"""

from __future__ import annotations

import hashlib
import io
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "season"
FORM_PDF = ROOT / "templates" / "attachments" / "anmeldeformular-2025.pdf"
BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = ("VSOP e.V. Geschäftsstelle", "geschaeftsstelle@vsop.de")
WIRE = policy.default.clone(linesep="\r\n")

ANNA = ("Anna Schmidt", "anna.schmidt@stadt-musterhausen.example")
JAN = ("Jan Becker", "jan.becker@kreis-beispiel.example")
EMMA = ("Emma Clarke", "emma.clarke@urban-research.example")
CARL = ("Carl Vogel", "carl.vogel@stadt-beispielheim.example")
DORA = ("Dora Klein", "dora.klein@caritas-beispielstadt.example")
EMIL = ("Emil Roth", "emil.roth@landkreis-beispiel.example")
FRITZ = ("Fritz Spät", "fritz.spaet@gemeinde-spaetdorf.example")
GINA = ("Gina Neumann", "gina.neumann@bezirksamt-beispiel.example")
HANS = ("Hans Wolter", "hans.wolter@stadt-musterhausen.example")


def mid(seed: str, who: tuple[str, str]) -> str:
    return f"<{hashlib.sha256(seed.encode()).hexdigest()[:20]}@{who[1].split('@', 1)[1]}>"


def mail(seed: str, who: tuple[str, str], when: str, subject: str, body: str, *,
         reply_to_seed: str | None = None, attachment: tuple[str, bytes] | None = None,
         headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage(policy=WIRE)
    msg["From"] = formataddr(who)
    msg["To"] = formataddr(OFFICE)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=BERLIN))
    msg["Message-ID"] = mid(seed, who)
    if reply_to_seed:
        msg["In-Reply-To"] = mid(reply_to_seed, who)
        msg["References"] = mid(reply_to_seed, who)
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if attachment:
        msg.add_attachment(attachment[1], maintype="application", subtype="pdf", filename=attachment[0])
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_season_{hashlib.sha256(f'{seed}/{index}'.encode()).hexdigest()[:16]}")
    return msg.as_bytes()


def form(values: dict[str, str]) -> bytes:
    """The sample registration form, filled in as a PDF viewer saves it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(FORM_PDF))
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def season() -> dict[str, bytes]:
    m: dict[str, bytes] = {}
    m["01-schmidt-voranmeldung.eml"] = mail("anna-pre", ANNA, "2025-03-10 09:14", "Voranmeldung VSOP-Jahrestagung 2025", """\
Sehr geehrte Damen und Herren,

hiermit melde ich mich unverbindlich zur VSOP-Jahrestagung am 25. und 26. September
in Köln an. Die Genehmigung der Dienstreise steht noch aus.

Mit freundlichen Grüßen
Anna Schmidt
Stadt Musterhausen, Sozialplanung
""")
    m["02-becker-gruppe-voranmeldung.eml"] = mail("jan-pre", JAN, "2025-03-12 11:02", "Voranmeldung Jahrestagung: 3 Personen", """\
Guten Tag,

wir möchten uns zu dritt für die Jahrestagung in Köln voranmelden:

Jan Becker
Eva Lang
Tim Ruf

Mit freundlichen Grüßen
Jan Becker
Kreis Beispiel, Fachdienst Sozialplanung
""")
    m["03-clarke-pre-registration.eml"] = mail("emma-pre", EMMA, "2025-03-20 14:30", "Pre-registration VSOP annual conference", """\
Dear VSOP office,

I would like to pre-register for the VSOP annual conference in Cologne on 25-26
September. I am waiting for my travel approval.

Best regards,
Emma Clarke
Urban Research Institute
""")
    m["04-vogel-voranmeldung.eml"] = mail("carl-pre", CARL, "2025-04-02 10:05", "Anmeldung zur Jahrestagung", """\
Sehr geehrte Damen und Herren,

ich melde mich hiermit unverbindlich für die Jahrestagung in Köln an.

Viele Grüße
Carl Vogel
Stadt Beispielheim
""")
    m["05-klein-voranmeldung.eml"] = mail("dora-pre", DORA, "2025-04-15 08:47", "Voranmeldung Jahrestagung", """\
Sehr geehrte Damen und Herren,

gerne möchte ich mich unverbindlich zur VSOP-Jahrestagung 2025 in Köln anmelden.

Mit freundlichen Grüßen
Dora Klein
Caritasverband Beispielstadt
""")
    m["06-roth-voranmeldung.eml"] = mail("emil-pre", EMIL, "2025-04-22 16:20", "Voranmeldung VSOP-Tagung", """\
Hallo,

hiermit melde ich mich unverbindlich für die Tagung im September in Köln an.

Gruß
Emil Roth
Landkreis Beispiel
""")
    m["07-roth-abwesenheit.eml"] = mail("emil-ooo", EMIL, "2025-04-22 16:21", "Automatische Antwort: Voranmeldung VSOP-Tagung", """\
Vielen Dank für Ihre Nachricht. Ich bin bis zum 2. Mai nicht im Büro und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
sozialplanung@landkreis-beispiel.example.
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    m["08-wolter-frage-parken.eml"] = mail("hans-q", HANS, "2025-05-02 13:15", "Frage zur Anreise", """\
Guten Tag,

gibt es am Tagungsort in Köln Parkplätze, oder sollte ich besser mit der Bahn
anreisen?

Mit freundlichen Grüßen
Hans Wolter
""")
    m["09-becker-formular-gruppe.eml"] = mail("jan-reg", JAN, "2025-05-06 10:12", "AW: Voranmeldung Jahrestagung: 3 Personen", """\
Guten Tag,

anbei unser ausgefülltes Anmeldeformular für drei Personen. Die Dienstreisen sind
genehmigt.

Mit freundlichen Grüßen
Jan Becker
Kreis Beispiel, Fachdienst Sozialplanung
""", reply_to_seed="jan-pre", attachment=("Anmeldeformular_Kreis_Beispiel.pdf", form({
        "name": "Jan Becker",
        "titel": "",
        "email": JAN[1],
        "organisation": "Kreis Beispiel, Fachdienst Sozialplanung",
        "vsop_mitglied": "/Yes",
        "personen": "3",
        "weitere_personen": "Eva Lang\nTim Ruf",
        "rechnungsanschrift": "Kreis Beispiel\nFachdienst Sozialplanung\nKreishausstraße 1\n12345 Beispielstadt",
        "zahlungsvereinbarung": "/Yes",
        "datum": "06.05.2025",
        "bemerkungen": "",
    })))
    m["10-vogel-absage.eml"] = mail("carl-cancel", CARL, "2025-05-12 13:40", "Absage Jahrestagung", """\
Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung zur Jahrestagung stornieren: Die Dienstreise wurde
nicht genehmigt. Bitte geben Sie meinen Platz weiter.

Mit freundlichen Grüßen
Carl Vogel
""", reply_to_seed="carl-pre")
    m["11-clarke-binding-registration.eml"] = mail("emma-reg", EMMA, "2025-05-20 15:05", "Re: Pre-registration VSOP annual conference", """\
Dear VSOP office,

my travel has been approved, so here is my binding registration:

Name: Emma Clarke
Organisation: Urban Research Institute
VSOP member: no
Number of persons: 1
Invoice address: Urban Research Institute, Finance Office, 12 Example Square, Dublin 2, Ireland

I agree to pay the fee of 300 EUR within 14 days of receiving the invoice.

Best regards,
Emma Clarke
""", reply_to_seed="emma-pre")
    m["12-spaet-voranmeldung.eml"] = mail("fritz-pre", FRITZ, "2025-06-05 09:30", "Voranmeldung Jahrestagung 2025", """\
Sehr geehrte Damen und Herren,

ich weiß, die Frist ist schon vorbei, aber ich würde mich trotzdem gerne
unverbindlich für die Jahrestagung in Köln anmelden.

Mit freundlichen Grüßen
Fritz Spät
Gemeinde Spätdorf
""")
    m["13-klein-anmeldung-ohne-rechnungsanschrift.eml"] = mail("dora-reg1", DORA, "2025-06-16 11:11", "AW: Voranmeldung Jahrestagung", """\
Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich an:

Name: Dora Klein
E-Mail: dora.klein@caritas-beispielstadt.example
Organisation: Caritasverband Beispielstadt
VSOP-Mitglied (ja/nein): nein
Anzahl Personen: 1
Zahlungsvereinbarung (ja): ja

Die Rechnungsanschrift reiche ich nach.

Mit freundlichen Grüßen
Dora Klein
""", reply_to_seed="dora-pre")
    m["14-klein-formular.eml"] = mail("dora-reg2", DORA, "2025-06-24 10:00", "AW: Ihre Anmeldung: fehlende Angaben", """\
Sehr geehrte Damen und Herren,

anbei das vollständig ausgefüllte Anmeldeformular mit der Rechnungsanschrift.

Mit freundlichen Grüßen
Dora Klein
""", reply_to_seed="dora-reg1", attachment=("Anmeldung_Klein.pdf", form({
        "name": "Dora Klein",
        "titel": "",
        "email": DORA[1],
        "organisation": "Caritasverband Beispielstadt",
        "vsop_mitglied": "/Off",
        "personen": "1",
        "weitere_personen": "",
        "rechnungsanschrift": "Caritasverband Beispielstadt e.V.\nBuchhaltung\nKirchplatz 3\n54321 Beispielstadt",
        "zahlungsvereinbarung": "/Yes",
        "datum": "24.06.2025",
        "bemerkungen": "",
    })))
    m["15-neumann-anmeldung-nach-frist.eml"] = mail("gina-reg", GINA, "2025-07-08 14:00", "Verbindliche Anmeldung Jahrestagung", """\
Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur Jahrestagung an:

Name: Gina Neumann
Organisation: Bezirksamt Beispiel, Sozialplanung
VSOP-Mitglied (ja/nein): ja
Anzahl Personen: 1
Rechnungsanschrift: Bezirksamt Beispiel, Sozialplanung, Rathausplatz 2, 10000 Beispielberg
Zahlungsvereinbarung (ja): ja

Mit freundlichen Grüßen
Gina Neumann
""")
    m["16-spaet-anmeldung.eml"] = mail("fritz-reg", FRITZ, "2025-07-16 09:20", "AW: Ein Platz für Sie: VSOP-Jahrestagung 2025", """\
Sehr geehrte Damen und Herren,

vielen Dank, dann melde ich mich hiermit verbindlich an:

Name: Fritz Spät
Organisation: Gemeinde Spätdorf
VSOP-Mitglied (ja/nein): ja
Anzahl Personen: 1
Rechnungsanschrift: Gemeinde Spätdorf, Hauptstraße 1, 99999 Spätdorf
Zahlungsvereinbarung (ja): ja

Mit freundlichen Grüßen
Fritz Spät
""", reply_to_seed="fritz-pre")
    return m


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for name, data in season().items():
        (OUT / name).write_bytes(data)
        print(f"wrote {OUT.relative_to(ROOT) / name}")


if __name__ == "__main__":
    main()
