#!/usr/bin/env python3
# Build-time tool, not a runtime dependency of inbox-agent:
#   pip install reportlab        (tested with reportlab 4.x/5.x)
#   pypdf (already a runtime dependency) is used to verify the result.
"""Write the sample attachments that ship in ``templates/attachments/``.

* ``programm-2025.pdf`` – a detailed (invented, clearly marked sample) programme of the
  VSOP-Jahrestagung 2025.
* ``anmeldeformular-2025.pdf`` – a fillable AcroForm registration form. Its field names
  are a contract with the rest of the product (the parser reads filled-in forms by these
  names, the tests fill it with pypdf), so they are listed once in ``FORM_FIELDS`` and
  checked after writing.

Run from the repository root::

    python scripts/make_sample_pdfs.py            # writes both files and verifies the form
    python scripts/make_sample_pdfs.py --check    # only verifies the committed form

The output is byte-for-byte reproducible (reportlab's ``invariant`` mode: no timestamps,
fixed document ID), so regenerating does not produce a spurious diff.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

try:  # reportlab is only needed to write the files, not for --check
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )
except ImportError:  # pragma: no cover - depends on the build environment
    canvas = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "templates" / "attachments"
PROGRAMME = OUT_DIR / "programm-2025.pdf"
FORM = OUT_DIR / "anmeldeformular-2025.pdf"

EVENT_TITLE = "VSOP-Jahrestagung 2025"
EVENT_THEME = (
    "Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung"
)
EVENT_WHEN_WHERE = "25.9.2025 (ab 10 Uhr) – 26.9.2025 (bis 14 Uhr), Köln"
OFFICE = "geschaeftsstelle@vsop.de"
SAMPLE_NOTE = (
    "MUSTER – Beispielprogramm, erstellt mit scripts/make_sample_pdfs.py. "
    "Zeiten, Referierende und Werkstätten sind erfunden; vor dem Versand durch das "
    "echte Programm ersetzen."
)

# name -> (kind, label shown on the form). The names are the contract; see module doc.
FORM_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("text", "Vorname Name"),
    "titel": ("text", "Titel (optional, z. B. Dr.)"),
    "email": ("text", "E-Mail"),
    "organisation": ("text", "Kommune / Organisation"),
    "vsop_mitglied": ("checkbox", "VSOP-Mitglied (250 EUR; Nicht-Mitglieder 300 EUR)"),
    "personen": ("text", "Anzahl Personen"),
    "weitere_personen": ("multiline", "Weitere Personen (Vorname Name, je eine Zeile)"),
    "rechnungsanschrift": ("multiline", "Rechnungsanschrift"),
    "zahlungsvereinbarung": (
        "checkbox",
        "Ich melde mich verbindlich an und überweise die Teilnahmegebühr nach "
        "Rechnungserhalt innerhalb von 14 Tagen.",
    ),
    "datum": ("text", "Datum"),
    "bemerkungen": ("multiline", "Bemerkungen"),
}
CHECKBOX_ON = "/Yes"  # reportlab's "on" appearance state; fill checkboxes with this value


# --------------------------------------------------------------------------- programme

# (time, title, detail) per day; detail may be "".
DAY_1: list[tuple[str, str, str]] = [
    ("09:30", "Ankommen, Registrierung, Kaffee", ""),
    ("10:00", "Begrüßung und Einführung", "Vorstand des VSOP e.V.; Grußwort der gastgebenden Kommune"),
    (
        "10:30",
        "Impulsvortrag: Integrierte Sozialplanung – Leitbild mit Realitätsschock?",
        "Anspruch und kommunale Wirklichkeit: Was wir aus zehn Jahren Praxis wissen "
        "(Referent*in aus der Wissenschaft, N. N.)",
    ),
    (
        "11:30",
        "Podium: Planen unter Druck",
        "Krisen, Haushaltslage und Polarisierung – was heißt das für die Sozialplanung vor "
        "Ort? Mit Stimmen aus Stadt, Landkreis und Wohlfahrtspflege",
    ),
    ("12:30", "Mittagspause", ""),
    (
        "13:30",
        "Werkstätten, Runde 1 (parallel)",
        "W1 Daten, die man nutzen kann – Sozialberichterstattung ohne Datenfriedhof<br/>"
        "W2 Zwischen den Säulen – Ressourcenkonflikte der Fachplanungen moderieren<br/>"
        "W3 Planung und Politik – Zielkonflikte offen verhandeln<br/>"
        "W4 Beteiligung in polarisierten Zeiten",
    ),
    ("15:00", "Kaffeepause", ""),
    (
        "15:30",
        "Werkstätten, Runde 2: Fallwerkstatt",
        "Typische Dilemmata aus der Praxis der Teilnehmenden – bringen Sie Ihren Fall mit",
    ),
    ("17:00", "Mitgliederversammlung des VSOP e.V.", "für Mitglieder; Gäste sind willkommen"),
    ("18:00", "Ende des ersten Tages", ""),
    ("19:00", "Gemeinsames Abendessen", "in der Kölner Innenstadt, auf Selbstzahlerbasis"),
]
DAY_2: list[tuple[str, str, str]] = [
    ("09:00", "Ankommen, Kaffee", ""),
    (
        "09:15",
        "Impuls: Strategische Verankerung",
        "Wie kommt integrierte Sozialplanung in die Verwaltungsspitze? (Praxisbericht, N. N.)",
    ),
    (
        "10:00",
        "World Café: Ansätze für die Praxis",
        "Was können wir ab Montag anders machen? Ergebnisse aus den Werkstätten weiterdenken",
    ),
    ("11:15", "Kaffeepause", ""),
    ("11:30", "Ergebnisse im Plenum", "Berichte aus dem World Café"),
    (
        "12:30",
        "Abschlussdiskussion",
        "Kann integrierte Sozialplanung weitermachen wie bisher?",
    ),
    ("13:30", "Ausblick und Verabschiedung, Imbiss", ""),
    ("14:00", "Ende der Tagung", ""),
]


def _programme_story() -> list:
    styles = getSampleStyleSheet()
    h1 = ParagraphStyle("h1", parent=styles["Title"], fontSize=18, leading=22, alignment=TA_LEFT)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.grey)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
    sample = ParagraphStyle(
        "sample", parent=body, textColor=colors.HexColor("#9a1c1c"), fontName="Helvetica-Bold"
    )

    story: list = [
        Paragraph(SAMPLE_NOTE, sample),
        Spacer(1, 4 * mm),
        Paragraph(f"{EVENT_TITLE} – Tagungsprogramm", h1),
        Paragraph(f"<b>{EVENT_THEME}</b>", body),
        Paragraph(EVENT_WHEN_WHERE, body),
        Paragraph(
            "Teilnahmegebühr: 250 € für VSOP-Mitglieder, 300 € für Nicht-Mitglieder "
            "(inkl. Tagungsgetränke, Mittagessen am 25.9. und Imbiss am 26.9.).",
            body,
        ),
        Spacer(1, 3 * mm),
    ]

    def day_table(rows: list[tuple[str, str, str]]) -> Table:
        data = []
        for time, title, detail in rows:
            text = f"<b>{title}</b>" + (f"<br/>{detail}" if detail else "")
            data.append([Paragraph(time, cell), Paragraph(text, cell)])
        table = Table(data, colWidths=[18 * mm, 148 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.lightgrey),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    story += [
        KeepTogether([Paragraph("Donnerstag, 25. September 2025", h2), day_table(DAY_1)]),
        KeepTogether([Paragraph("Freitag, 26. September 2025", h2), day_table(DAY_2)]),
        Spacer(1, 4 * mm),
        Paragraph("Organisatorisches", h2),
        Paragraph(
            "Der Tagungsort in Köln wird mit der Anmeldebestätigung bekannt gegeben; er ist "
            "barrierefrei erreichbar. Die Plätze sind begrenzt. Bitte melden Sie sich bis zum "
            "<b>4. Juli 2025</b> verbindlich an: mit dem beiliegenden Anmeldeformular oder "
            f"per E-Mail an {OFFICE}. Die Rechnung erhalten Sie nach der Anmeldung; bitte "
            "überweisen Sie die Teilnahmegebühr innerhalb von 14 Tagen nach Rechnungserhalt.",
            body,
        ),
        Paragraph(
            "Hinweise zu Übernachtungsmöglichkeiten folgen mit der Anmeldebestätigung. "
            "Änderungen im Programm bleiben vorbehalten.",
            body,
        ),
        Spacer(1, 4 * mm),
        Paragraph(f"VSOP e.V. – Verein für Sozialplanung · Geschäftsstelle · {OFFICE}", small),
    ]
    return story


def write_programme(path: Path) -> None:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"{EVENT_TITLE} – Tagungsprogramm (Muster)",
        author="VSOP e.V.",
        subject=EVENT_THEME,
        creator="inbox-agent scripts/make_sample_pdfs.py",
        invariant=1,
    )
    doc.build(_programme_story())


# --------------------------------------------------------------------------------- form


def _wrap(c: "canvas.Canvas", text: str, x: float, y: float, width: float, size: float) -> float:
    """Draw ``text`` wrapped to ``width`` at (x, y) downwards; return the y below it."""
    words, line = text.split(), ""
    for word in words:
        trial = f"{line} {word}".strip()
        if c.stringWidth(trial, "Helvetica", size) > width and line:
            c.drawString(x, y, line)
            y -= size * 1.3
            line = word
        else:
            line = trial
    if line:
        c.drawString(x, y, line)
        y -= size * 1.3
    return y


def write_form(path: Path) -> None:
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(f"{EVENT_TITLE} – Anmeldeformular")
    c.setAuthor("VSOP e.V.")
    c.setSubject("Verbindliche Anmeldung mit Zahlungsvereinbarung")
    c.setCreator("inbox-agent scripts/make_sample_pdfs.py")
    form = c.acroForm

    left, label_w = 20 * mm, 52 * mm
    field_x = left + label_w
    field_w = width - field_x - 20 * mm

    y = height - 22 * mm
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.grey)
    c.drawString(left, y, "VSOP e.V. – Verein für Sozialplanung · Geschäftsstelle · " + OFFICE)
    c.setFillColor(colors.black)
    y -= 11 * mm
    c.setFont("Helvetica-Bold", 16)
    c.drawString(left, y, f"Verbindliche Anmeldung – {EVENT_TITLE}")
    y -= 6 * mm
    c.setFont("Helvetica", 9.5)
    y = _wrap(c, EVENT_THEME, left, y, width - 40 * mm, 9.5)
    c.drawString(left, y, EVENT_WHEN_WHERE)
    y -= 6 * mm
    y = _wrap(
        c,
        "Bitte füllen Sie das Formular am Bildschirm aus, speichern Sie es und senden Sie es "
        f"bis zum 4. Juli 2025 an {OFFICE}. Sie können uns die Angaben auch in einer "
        "E-Mail schicken. Teilnahmegebühr: 250 EUR für VSOP-Mitglieder, 300 EUR für "
        "Nicht-Mitglieder, je Person.",
        left,
        y,
        width - 40 * mm,
        9,
    )
    y -= 4 * mm

    common = dict(
        borderStyle="inset",
        borderWidth=0.6,
        borderColor=colors.HexColor("#7a7a7a"),
        fillColor=colors.HexColor("#eef2fb"),
        textColor=colors.black,
        forceBorder=True,
        fontName="Helvetica",
        fontSize=10,
    )

    def text_field(name: str, label: str, *, rows: int = 1, value: str = "") -> None:
        nonlocal y
        h = 7 * mm if rows == 1 else rows * 5 * mm + 2 * mm
        y -= h
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y + h - 4.5 * mm, label)
        form.textfield(
            name=name,
            tooltip=label,
            x=field_x,
            y=y,
            width=field_w,
            height=h,
            value=value,
            fieldFlags="multiline" if rows > 1 else "",
            maxlen=2000,
            **common,
        )
        y -= 3 * mm

    def checkbox(name: str, label: str) -> None:
        nonlocal y
        size = 5 * mm
        y -= size
        form.checkbox(
            name=name,
            tooltip=label,
            x=left,
            y=y,
            size=size,
            buttonStyle="check",
            checked=False,
            fieldFlags="",
            borderWidth=0.6,
            borderColor=colors.HexColor("#7a7a7a"),
            fillColor=colors.HexColor("#eef2fb"),
            textColor=colors.black,
            forceBorder=True,
        )
        c.setFont("Helvetica", 9.5)
        below = _wrap(c, label, left + size + 3 * mm, y + 1.3 * mm, width - 40 * mm - size - 3 * mm, 9.5)
        y = min(y, below + 1.3 * mm) - 4 * mm

    text_field("name", "Vorname Name")
    text_field("titel", "Titel (optional, z. B. Dr.)")
    text_field("email", "E-Mail")
    text_field("organisation", "Kommune / Organisation")
    checkbox(
        "vsop_mitglied",
        "Ich bin VSOP-Mitglied (250 EUR). Ohne Häkchen gilt die Gebühr für "
        "Nicht-Mitglieder (300 EUR).",
    )
    text_field("personen", "Anzahl Personen", value="1")
    text_field("weitere_personen", "Weitere Personen", rows=3)
    c.setFont("Helvetica", 7.5)
    c.drawString(left, y + 9 * mm, "(Vorname Name, je eine Zeile)")
    text_field("rechnungsanschrift", "Rechnungsanschrift", rows=4)
    c.setFont("Helvetica", 7.5)
    c.drawString(left, y + 14 * mm, "(mit Amt/Abteilung, ggf. Bestellnr.)")
    checkbox("zahlungsvereinbarung", FORM_FIELDS["zahlungsvereinbarung"][1])
    text_field("datum", "Datum")
    text_field("bemerkungen", "Bemerkungen", rows=3)

    y -= 2 * mm
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.grey)
    y = _wrap(
        c,
        "Ihre Angaben verwenden wir nur zur Organisation der Tagung und zur Rechnungsstellung. "
        f"Absagen und Änderungen teilen Sie uns bitte per E-Mail an {OFFICE} mit.",
        left,
        y,
        width - 40 * mm,
        7.5,
    )
    c.drawString(
        left, 12 * mm, "Musterformular aus inbox-agent (templates/attachments/) – vor Einsatz anpassen."
    )
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------- verify


def verify_form(path: Path) -> None:
    """Check that every contract field exists and that pypdf can fill and read it back."""
    from pypdf import PdfReader, PdfWriter

    fields = PdfReader(path).get_fields() or {}
    missing = sorted(set(FORM_FIELDS) - set(fields))
    if missing:
        raise SystemExit(f"{path}: fields missing: {missing}")
    for name, (kind, _label) in FORM_FIELDS.items():
        want = "/Btn" if kind == "checkbox" else "/Tx"
        if fields[name].get("/FT") != want:
            raise SystemExit(f"{path}: field {name} is {fields[name].get('/FT')}, want {want}")

    sample = {
        "name": "Jörg Übermuth",
        "titel": "Dr.",
        "email": "joerg.uebermuth@stadt-musterhausen.de",
        "organisation": "Stadt Musterhausen, Amt für Soziales",
        "vsop_mitglied": CHECKBOX_ON,
        "personen": "2",
        "weitere_personen": "Anna Beispiel",
        "rechnungsanschrift": "Stadt Musterhausen\nAmt für Soziales\nMarktplatz 1\n12345 Musterhausen",
        "zahlungsvereinbarung": CHECKBOX_ON,
        "datum": "01.07.2025",
        "bemerkungen": "vegetarisch",
    }
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.update_page_form_field_values(writer.pages[0], sample, auto_regenerate=False)
    buf = io.BytesIO()
    writer.write(buf)
    buf.seek(0)
    back = PdfReader(buf).get_fields() or {}
    for name, value in sample.items():
        got = back[name].get("/V")
        if str(got) != value:
            raise SystemExit(f"{path}: field {name} read back {got!r}, want {value!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify the committed form")
    args = parser.parse_args(argv)
    if not args.check:
        if canvas is None:
            raise SystemExit("reportlab is needed to write the PDFs: pip install reportlab")
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        write_programme(PROGRAMME)
        write_form(FORM)
        print(f"wrote {PROGRAMME.relative_to(ROOT)} and {FORM.relative_to(ROOT)}")
    verify_form(FORM)
    print(f"verified {FORM.relative_to(ROOT)}: {len(FORM_FIELDS)} fields, fill + read back ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
