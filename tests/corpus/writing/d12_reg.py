"""DEVELOPMENT set 12: binding registrations that read like pre-registrations (after the
programme mail: "dann machen wir das fest", "ich bin dabei, Rechnung an ...", "buchen Sie
bitte", the form attached or typed) in Bavarian and Franconian voices."""

from d12_quote import PROG, ol, owa, p, phone, programme, tb
from make_corpus import form_pdf, scanned_pdf

REG = dict(intent="registration")

INV_ISAR = "Landratsamt Isarwinkel, Kreiskasse, Kassenzeichen 2025-SP-0417, Postfach 12 40, 83646 Isarwinkel"
INV_STEIG = "Landratsamt Main-Steigerwald, Kämmerei – Rechnungseingang, Marktplatz 1, 97437 Steigerwald, Kostenstelle 4310"

MAILS = [
    p("r01-festmachen.eml", ("Korbinian Stadlmayr", "k.stadlmayr@lra-isarwinkel.example"),
      "AW: " + PROG, "Mon, 19 May 2025 09:10:44 +0200", """Grüß Gott Frau Fenselau,

die Dienstreise ist durch, dann machen wir das fest. Rechnung bitte an:

Landratsamt Isarwinkel
Kreiskasse
Kassenzeichen 2025-SP-0417
Postfach 12 40
83646 Isarwinkel

Den Betrag überweist die Kreiskasse nach Erhalt der Rechnung.

Mit freundlichen Grüßen
Korbinian Stadlmayr
Landratsamt Isarwinkel
Sachgebiet 23 – Soziale Angelegenheiten und Sozialplanung
""" + ol("Mittwoch, 14. Mai 2025 11:02", PROG, "Stadlmayr Korbinian", programme("Herr Stadlmayr")),
      client="outlook", org="Landratsamt Isarwinkel, Sachgebiet 23 – Soziale Angelegenheiten und Sozialplanung",
      invoice_address=INV_ISAR, payment_agreement=True, **REG,
      note="'dann machen wir das fest' above the programme mail, invoice block and payment by the treasury: complete."),
    p("r02-bin-dabei-rechnung.eml", ("Vroni Haslbeck", "vroni.haslbeck@markt-ebersried.example"),
      "Re: " + PROG, "Tue, 20 May 2025 17:22:03 +0200", """Hallo Frau Fenselau,

ich bin dabei! Rechnung an Markt Ebersried, Kämmerei, Rathausplatz 3, 84567 Ebersried. Mia san übrigens ned Mitglied.

Viele Grüße
Vroni
""" + phone("14.05.25 11:02", programme("Frau Haslbeck")), client="android",
      org=None, member=False, invoice_address="Markt Ebersried, Kämmerei, Rathausplatz 3, 84567 Ebersried", **REG,
      note="'ich bin dabei, Rechnung an ...' from a phone: binding, no payment agreement; non-member stated in dialect; no signature, so no organisation."),
    p("r03-buchen-sie-bitte.eml", ("Gerlinde Wöhrl", "gerlinde.woehrl@stadt-rothenbuehl.example"),
      "Buchung Jahrestagung", "Wed, 21 May 2025 08:30:00 +0200", """Sehr geehrte Frau Fenselau,

buchen Sie bitte einen Platz für mich, verbindlich. Als Nichtmitglied zahlen wir die 300 € nach Rechnungsstellung.

Rechnungsanschrift:
Stadt Rothenbühl
Stadtkämmerei
Marktplatz 1
91541 Rothenbühl

Mit freundlichen Grüßen

Gerlinde Wöhrl
Stadt Rothenbühl
Amt für Jugend, Familie und Senioren
""", client="outlook", org="Stadt Rothenbühl, Amt für Jugend, Familie und Senioren", member=False,
      invoice_address="Stadt Rothenbühl, Stadtkämmerei, Marktplatz 1, 91541 Rothenbühl", payment_agreement=True, **REG,
      note="'buchen Sie bitte' with 'verbindlich', fee and payment after invoice: complete."),
    p("r04-sekretariat-verbindlich.eml", ("Sieglinde Obermüller", "s.obermueller@lra-rottachgau.example"),
      "Verbindliche Anmeldung Dr. Brandhuber", "Thu, 22 May 2025 10:05:12 +0200", """Sehr geehrte Damen und Herren,

Herr Dr. Brandhuber kommt verbindlich zur Jahrestagung nach Köln, an beiden Tagen. Die Teilnahmegebühr wird nach Eingang der Rechnung von unserer Kreiskasse überwiesen.

Rechnungsadresse:
Landratsamt Rottachgau
Kreiskasse
Bahnhofstraße 14
83278 Rottachgau

Mit freundlichen Grüßen
i. A. Sieglinde Obermüller (Vorzimmer)
Landratsamt Rottachgau
Abteilung 4 – Soziales und Senioren
""", client="outlook", display="Obermüller, Sieglinde", org="Landratsamt Rottachgau, Abteilung 4 – Soziales und Senioren",
      name="Brandhuber", title="Dr.", email=None,
      invoice_address="Landratsamt Rottachgau, Kreiskasse, Bahnhofstraße 14, 83278 Rottachgau", payment_agreement=True, **REG,
      note="A front office confirming 'Herr Dr. X kommt verbindlich' without his first name or address: the attendee's name as given, no email."),
    p("r05-formular-anbei.eml", ("Anja Pfründer", "a.pfruender@lra-main-steigerwald.example"),
      "Anmeldung Team Sozialplanung – Formulare", "Fri, 23 May 2025 13:14:15 +0200", """Liebe Frau Fenselau,

anbei die ausgefüllten Bögen für uns drei. Herr Eichelsdörfer und Frau Yavuzkaya sind ebenfalls Mitglied über den Landkreis.

Herzliche Grüße
Anja Pfründer
Landratsamt Main-Steigerwald
Fachbereich Jugend, Familie und Soziales
Koordinierungsstelle Sozialplanung
""", client="outlook-web", attachments=[("Anmeldung_Pfruender_Team.pdf", "application/pdf", form_pdf({
          "name": "Anja Pfründer", "email": "a.pfruender@lra-main-steigerwald.example",
          "organisation": "Landratsamt Main-Steigerwald, Fachbereich Jugend, Familie und Soziales, Koordinierungsstelle Sozialplanung",
          "personen": "3", "weitere_personen": "Lukas Eichelsdörfer, Hatice Yavuzkaya",
          "rechnungsanschrift": INV_STEIG, "datum": "23.05.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
      org="Landratsamt Main-Steigerwald, Fachbereich Jugend, Familie und Soziales, Koordinierungsstelle Sozialplanung",
      member=True, persons=3, people=["Lukas Eichelsdörfer", "Hatice Yavuzkaya"], invoice_address=INV_STEIG,
      payment_agreement=True, **REG, note="One form for three, both boxes ticked; the mail says 'Bögen' but one PDF carries all."),
    p("r06-hiermit-verbindlich-frage.eml", ("Matthias Dörfler", "doerfler@bezirk-obermainland.example"),
      "AW: " + PROG, "Mon, 26 May 2025 09:48:30 +0200", """Hallo Frau Fenselau,

danke für die Unterlagen. Ich melde mich hiermit also verbindlich an. Wir haben inzwischen geklärt, dass der Bezirk kein Mitglied ist; die 300 Euro überweisen wir nach Rechnung.

Rechnung an: Bezirk Obermainland, Finanzreferat, Ludwigstraße 20, 95444 Obermainland

Noch eine Frage: gibt es in Köln vergünstigte Hotelkontingente für Teilnehmende?

Viele Grüße
Matthias Dörfler
Bezirk Obermainland
Sozialverwaltung – Referat Planung und Steuerung
""" + owa("Mittwoch, 14. Mai 2025 11:02", PROG, "Dörfler, Matthias", programme("Herr Dörfler")),
      client="outlook-web", org="Bezirk Obermainland, Sozialverwaltung, Referat Planung und Steuerung", member=False,
      invoice_address="Bezirk Obermainland, Finanzreferat, Ludwigstraße 20, 95444 Obermainland", payment_agreement=True,
      questions=1, **REG, note="A complete binding registration plus a question about hotel rooms."),
    p("q10-franggisch-eigene-rechnung.eml", ("Lukas Eichelsdörfer", "l.eichelsdoerfer@lra-main-steigerwald.example"),
      "Nachtrag Anmeldung – Rechnung getrennt", "Mon, 26 May 2025 11:20:00 +0200", """Hallo Frau Fenselau,

mir ham ja zu dritt angmeldet. Kann ich für mich a eigene Rechnung kriegn? Ich werd über a anderes Budget abgrechnet (Projekt Quartiersmanagement, Kostenstelle 4388).

Servus
Lukas Eichelsdörfer
Landratsamt Main-Steigerwald
Koordinierungsstelle Sozialplanung
""", client="outlook", intent="question", questions=1,
      org="Landratsamt Main-Steigerwald, Koordinierungsstelle Sozialplanung",
      note="Franconian: a change request after the team registered (a separate invoice): a question, as the README's convention says."),
    p("r08-ja-passt.eml", ("Thekla Gmeiner", "thekla.gmeiner@lra-inntal-nord.example"),
      "Re: " + PROG, "Tue, 27 May 2025 14:02:19 +0200", """Passt, dann meld ich mich jetzt fest an. Gebühr zahlt das Kreisjugendamt nach Rechnung, Adresse wie unten in der Signatur.

Thekla Gmeiner
Landratsamt Inntal-Nord | Kreisjugendamt | Jugendhilfeplanung
Rosenheimer Straße 7, 83101 Inntal
""" + tb("14.05.2025 um 11:02", programme("Frau Gmeiner")), client="thunderbird",
      org="Landratsamt Inntal-Nord, Kreisjugendamt, Jugendhilfeplanung",
      invoice_address="Landratsamt Inntal-Nord, Kreisjugendamt, Jugendhilfeplanung, Rosenheimer Straße 7, 83101 Inntal",
      payment_agreement=True, **REG,
      note="'Adresse wie unten in der Signatur': the invoice address is the signature's organisation and postal lines."),
    p("r09-nur-formular.eml", ("Roswitha Kellermann", "r.kellermann@caritas-ebersried.example"),
      "Anmeldebogen Kellermann", "Wed, 28 May 2025 07:55:00 +0200", "", client="outlook",
      attachments=[("Anmeldebogen_Kellermann.pdf", "application/pdf", form_pdf({
          "name": "Roswitha Kellermann", "email": "r.kellermann@caritas-ebersried.example",
          "organisation": "Caritasverband für den Landkreis Ebersried e.V., Fachdienst Gemeindecaritas", "personen": "1",
          "rechnungsanschrift": "Caritasverband für den Landkreis Ebersried e.V., Buchhaltung, Klosterweg 2, 84568 Ebersried",
          "datum": "27.05.2025"}, checked=("vsop_mitglied",)))],
      org="Caritasverband für den Landkreis Ebersried e.V., Fachdienst Gemeindecaritas", member=True,
      invoice_address="Caritasverband für den Landkreis Ebersried e.V., Buchhaltung, Klosterweg 2, 84568 Ebersried",
      payment_agreement=False, **REG,
      note="An empty body and a form whose payment box is left unticked: payment_agreement false, missing it."),
    p("r10-wir-kommen-zu-zweit.eml", ("Katrin Hufnagel", "k.hufnagel@kreis-lahndill.example"),
      "WG: " + PROG, "Thu, 29 May 2025 16:40:41 +0200", """Hallo Frau Fenselau,

Frau Dr. Roßbach und ich kommen beide, bitte buchen Sie uns fest ein. Wir sind Mitglied (Kreismitgliedschaft). Die Rechnung geht an den Kreisausschuss des Lahn-Dill-Hochkreises, Fachdienst Finanzen, Karl-Kellner-Ring 51, 35576 Lahn-Dill, und wird nach Eingang beglichen.

Viele Grüße
Katrin Hufnagel
Kreisausschuss des Lahn-Dill-Hochkreises
Fachdienst Sozialplanung und Integration
""" + ol("Mittwoch, 14. Mai 2025 11:02", PROG, "Hufnagel, Katrin", programme("Frau Hufnagel")),
      client="outlook", org="Kreisausschuss des Lahn-Dill-Hochkreises, Fachdienst Sozialplanung und Integration",
      member=True, persons=2, people=["Dr. Roßbach"],
      invoice_address="Kreisausschuss des Lahn-Dill-Hochkreises, Fachdienst Finanzen, Karl-Kellner-Ring 51, 35576 Lahn-Dill",
      payment_agreement=True, **REG,
      note="Two persons fixed in a sentence; the invoice address in a sentence; payment in the passive."),
    p("r11-pdf-gescannt.eml", ("Elfriede Zapf", "e.zapf@diakonie-mainspessart.example"),
      "Anmeldung Zapf (Scan)", "Fri, 30 May 2025 11:11:47 +0200", """Sehr geehrte Damen und Herren,

im Anhang der unterschriebene Anmeldebogen als Scan.

Mit freundlichen Grüßen
Elfriede Zapf
Diakonisches Werk Mainspessart e.V.
Bereich Soziale Dienste
""", client="outlook", attachments=[("Scan_20250530_111002.pdf", "application/pdf", scanned_pdf("d12-zapf"))],
      org="Diakonisches Werk Mainspessart e.V., Bereich Soziale Dienste", needs_human=True, missing_unknown=True, **REG,
      note="A scanned form nobody can read by machine: a registration a person must look at (missing unknown)."),
    p("r12-zusage-iphone.eml", ("Benedikt Rauscher", "benedikt.rauscher@stadt-kronach-au.example"),
      "Re: " + PROG, "Mon, 02 Jun 2025 18:03:00 +0200", """Hallo Frau Fenselau, ich bin fest dabei. Rechnungsdaten schick ich morgen vom Büro aus.

Gruß B. Rauscher

Von meinem iPhone gesendet
""" + phone("14.05.25 11:02", programme("Herr Rauscher")), client="iphone",
      **REG, note="'ich bin fest dabei' from a phone, the invoice data promised for later: binding, both missing; no signature, so no organisation."),
]
