"""Writes tests/seasons/binding/*.eml: a small season of binding registrations as
people send them (issue 13): free text, English, form lines, a filled PDF form, a PDF
that cannot be read, a pre-registration with a question, a binding mail that leaves
out what the pre-registration said, one that quotes the fee instead of saying whether
the sender is a member, and one whose invoice address follows "later" (never).

    .venv/bin/python tests/seasons/make_binding_season.py

Deterministic (the sample's ``mail`` and ``form`` helpers): the same bytes every run.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "binding"

_spec = importlib.util.spec_from_file_location("make_season", ROOT / "demo" / "make_season.py")
assert _spec is not None and _spec.loader is not None
_sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sample)
mail, form = _sample.mail, _sample.form

ANNA = ("Anna Weber", "anna.weber@stadt-nordheim.example")
EMMA = ("Emma Price", "emma.price@urban-lab.example")
BERND = ("Bernd Kühn", "b.kuehn@landkreis-sued.example")
JAN = ("Jan Ost", "jan.ost@kreis-ost.example")
PAUL = ("Paul Scan", "paul.scan@amt-west.example")
DORA = ("Dora Lind", "dora.lind@caritas-mitte.example")
KIM = ("Kim Roth", "kim.roth@jugendamt-hafen.example")

SIGNED_PDF_LOOKALIKE = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /XObject /Subtype /Image >>\nstream\n" \
    + bytes(range(256)) * 4 + b"\nendstream\n"  # a "scan": no form, and broken on top


def season() -> dict[str, bytes]:
    m: dict[str, bytes] = {}
    m["01-weber-voranmeldung-frage.eml"] = mail("anna-pre", ANNA, "2025-03-10 09:00", "Voranmeldung Jahrestagung", """\
Sehr geehrte Damen und Herren,

ich melde mich unverbindlich zur Jahrestagung in Köln an. Ich bin VSOP-Mitglied.
Gibt es am Tagungsort Parkplätze?

Mit freundlichen Grüßen
Anna Weber
Stadt Nordheim, Sozialplanung
""")
    m["02-price-pre-registration.eml"] = mail("emma-pre", EMMA, "2025-03-12 10:00", "Pre-registration annual conference", """\
Dear VSOP office,

please put me down for the annual conference in Cologne. I am not a member of VSOP.

Best regards,
Emma Price
Urban Lab Rotterdam
""")
    m["03-weber-verbindlich.eml"] = mail("anna-reg", ANNA, "2025-04-02 11:00", "AW: Ihre Voranmeldung", """\
Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur Jahrestagung an.

Rechnungsanschrift: Stadt Nordheim, Sozialplanung, Marktplatz 1, 11111 Nordheim

Der Zahlungsvereinbarung stimme ich zu.

Viele Grüße
Anna Weber
""", reply_to_seed="anna-pre")
    m["04-price-binding.eml"] = mail("emma-reg", EMMA, "2025-04-08 15:00", "Binding registration", """\
Dear VSOP office,

I hereby register bindingly for the conference and agree to the payment terms.

Invoice address: Urban Lab Rotterdam, Coolsingel 1, 3011 Rotterdam, Netherlands

Best regards,
Emma Price
""", reply_to_seed="emma-pre")
    m["05-kuehn-formularzeilen.eml"] = mail("bernd-reg", BERND, "2025-04-15 08:30", "Verbindliche Anmeldung Jahrestagung", """\
Guten Tag,

hiermit melde ich mich verbindlich zur Jahrestagung an:

Name: Bernd Kühn
Organisation: Landkreis Süd, Fachdienst Soziales
VSOP-Mitglied (ja/nein): nein
Anzahl Personen: 1
Rechnungsanschrift: Landkreis Süd, Fachdienst Soziales, Ringstraße 5, 22222 Südstadt
Zahlungsvereinbarung (ja): ja

Mit freundlichen Grüßen
Bernd Kühn
""")
    m["06-ost-pdf-formular.eml"] = mail("jan-reg", JAN, "2025-04-22 09:45", "Anmeldung Jahrestagung", """\
Guten Tag,

anbei mein ausgefülltes Anmeldeformular.

Mit freundlichen Grüßen
Jan Ost
""", attachment=("Anmeldeformular_Ost.pdf", form({
        "name": "Jan Ost", "titel": "", "email": JAN[1], "organisation": "Kreis Ost, Sozialamt",
        "vsop_mitglied": "/Yes", "personen": "1", "weitere_personen": "",
        "rechnungsanschrift": "Kreis Ost\nSozialamt\nAm Ring 2\n33333 Oststadt",
        "zahlungsvereinbarung": "/Yes", "datum": "22.04.2025", "bemerkungen": "",
    })))
    m["07-scan-unlesbares-formular.eml"] = mail("paul-reg", PAUL, "2025-05-06 10:10", "Anmeldung Jahrestagung", """\
Sehr geehrte Damen und Herren,

anbei das unterschriebene Anmeldeformular; hiermit melde ich mich verbindlich an.

Mit freundlichen Grüßen
Paul Scan
""", attachment=("Anmeldeformular_Scan.pdf", SIGNED_PDF_LOOKALIKE))
    m["08-lind-rechnungsanschrift-folgt.eml"] = mail("dora-reg", DORA, "2025-05-20 14:00", "Verbindliche Anmeldung", """\
Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur Jahrestagung an:

Name: Dora Lind
Organisation: Caritas Mitte
VSOP-Mitglied (ja/nein): nein
Zahlungsvereinbarung (ja): ja

Die Rechnungsanschrift reiche ich nach.

Mit freundlichen Grüßen
Dora Lind
""")
    m["09-roth-gebuehr.eml"] = mail("kim-reg", KIM, "2025-06-03 09:00", "Verbindliche Anmeldung Jahrestagung", """\
Guten Tag,

hiermit melde ich mich verbindlich zur Jahrestagung an. Die Teilnahmegebühr von 300 €
überweise ich nach Rechnungseingang; der Zahlungsvereinbarung stimme ich zu.

Rechnungsanschrift: Jugendamt Hafen, Kai 9, 44444 Hafenstadt

Mit freundlichen Grüßen
Kim Roth
Jugendamt Hafen
""")
    return m


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for name, data in season().items():
        (OUT / name).write_bytes(data)
    print(f"wrote {len(list(OUT.glob('*.eml')))} mails to {OUT}")


if __name__ == "__main__":
    main()
