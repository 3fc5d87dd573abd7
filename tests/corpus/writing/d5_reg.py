"""DEVELOPMENT set 5: binding registrations (part 1): personnel and training offices booking
for staff with cost centres and order numbers, the form answered inline in the quoted
programme mail, conditional registrations. Written apart (README.md); measured once before
any tuning on it."""

from d5_quote import SUBJECTS, form_answered
from make_corpus import form_pdf, mail

PDF = "application/pdf"
PROG = SUBJECTS["programm"]
W2 = "Dienstag, 3. Juni 2025 10:15"
W2T = "03.06.2025 um 10:15"

MAILS = [
    mail("rg-h01-inline-formular-ausgefuellt.eml",
         frm=("Heike Obermöller", "heike.obermoeller@lk-wesermarschen.example"),
         subject="AW: " + PROG, client="outlook", date="Wed, 04 Jun 2025 08:31:00 +0200",
         body="Hallo Frau Terhorst,\n\nanbei unten ausgefüllt.\n\nGruß H. Obermöller\n\n"
              + form_answered(W2T, {
                  "Name, Vorname": "Obermöller, Heike",
                  "Dienststelle / Organisation": "Landkreis Wesermarschen, Amt für Teilhabe und Soziales",
                  "VSOP-Mitglied (ja/nein)": "ja",
                  "Rechnungsanschrift": "Landkreis Wesermarschen, Amt für Teilhabe und Soziales, Poggenburger Str. 15, 26919 Wesermarschen"},
                  ticked=True),
         intent="registration", name="Heike Obermöller", member=True,
         organization="Landkreis Wesermarschen, Amt für Teilhabe und Soziales",
         invoice_address="Landkreis Wesermarschen, Amt für Teilhabe und Soziales, Poggenburger Str. 15, 26919 Wesermarschen",
         payment_agreement=True,
         note="Upgrade from pre- to binding registration: the form's lines answered inline in the quoted programme mail, the box ticked as '[x]'."),

    mail("rg-h02-inline-ohne-haken.eml",
         frm=("Jannik Wollenweber", "j.wollenweber@ba-havelufer.berlin.example"),
         subject="AW: " + PROG, date="Thu, 05 Jun 2025 14:02:00 +0200",
         body="hier meine daten\n\n"
              + form_answered(W2T, {
                  "Name, Vorname": "wollenweber jannik",
                  "Dienststelle / Organisation": "bezirksamt havelufer, qpk",
                  "VSOP-Mitglied (ja/nein)": "nein",
                  "Rechnungsanschrift": "bezirksamt havelufer von berlin, serviceeinheit finanzen, rechnungseingang, postfach 41 02 33, 10000 berlin"},
                  ticked=False),
         intent="registration", name="Jannik Wollenweber", member=False,
         organization="bezirksamt havelufer, qpk",
         invoice_address="bezirksamt havelufer von berlin, serviceeinheit finanzen, rechnungseingang, postfach 41 02 33, 10000 berlin",
         payment_agreement=False,
         note="Inline form answered in lowercase, the payment box left '[ ]' unticked: payment agreement false, so missing."),

    mail("rg-h03-fortbildungsstelle-drei-bestellnummer.eml",
         frm=("Fortbildung Stadt Lauterbrunn", "fortbildung@lauterbrunn.example"),
         subject="Verbindliche Anmeldung – 3 Teilnehmende – Bestell-Nr. 4500187723", client="outlook",
         date="Tue, 10 Jun 2025 09:05:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

nach Freigabe der Fortbildungsmittel melden wir die folgenden Beschäftigten verbindlich an:

1) Annegret Schwientek – annegret.schwientek@lauterbrunn.example
2) Murat Yıldız – murat.yildiz@lauterbrunn.example
3) Dr. Corinna Fehrle – corinna.fehrle@lauterbrunn.example

Die Stadt ist Mitglied im VSOP. Die Kostenübernahmeerklärung liegt als PDF bei. Die Teilnahmegebühren werden nach Rechnungseingang überwiesen.

Bitte stellen Sie eine Sammelrechnung aus an:
Stadt Lauterbrunn
Zentraler Rechnungseingang
Bestellnummer 4500187723
Kostenstelle 1110-430
Postfach 11 20
74860 Lauterbrunn

Mit freundlichen Grüßen
i. A. Petra Kühnhold
Stadt Lauterbrunn – Haupt- und Personalamt – Sachgebiet Personalentwicklung und Fortbildung
""",
         attachments=[("Kostenuebernahmeerklaerung_VSOP.pdf", PDF, b"%PDF-1.4\n% scanned declaration, no text layer\n%%EOF\n")],
         intent="registration", name="Annegret Schwientek", email="annegret.schwientek@lauterbrunn.example",
         organization="Stadt Lauterbrunn, Haupt- und Personalamt, Sachgebiet Personalentwicklung und Fortbildung",
         member=True, persons=3, people=["Murat Yıldız", "Dr. Corinna Fehrle"],
         invoice_address="Stadt Lauterbrunn, Zentraler Rechnungseingang, Bestellnummer 4500187723, Kostenstelle 1110-430, Postfach 11 20, 74860 Lauterbrunn",
         payment_agreement=True,
         note="Training office books three (follow-up of its pre-registration); order number and cost centre in the invoice block; payment in the passive; a Kostenübernahmeerklärung attached as a textless PDF (not the form)."),

    mail("rg-h04-vorbehaltlich-genehmigung.eml",
         frm=("Kerstin Adomeit", "k.adomeit@region-leinebergland.example"),
         subject="Anmeldung Jahrestagung (vorbehaltlich)", client="outlook", date="Wed, 11 Jun 2025 10:40:00 +0200",
         body="""Liebe Frau Terhorst,

hiermit melde ich mich zur Jahrestagung an – allerdings vorbehaltlich der Genehmigung meiner Dienstreise, die noch beim Fachbereichsleiter liegt. Rechnungsanschrift: Region Leinebergland, Fachbereich Soziales, Hildesheimer Tor 2, 31000 Leinebergland. Die Gebühr überweisen wir nach Erhalt der Rechnung.

Viele Grüße
Kerstin Adomeit
Region Leinebergland – Fachbereich Soziales – Team Sozialplanung
""",
         intent="registration", auto_reply=False, needs_human=True, name="Kerstin Adomeit",
         organization="Region Leinebergland, Fachbereich Soziales, Team Sozialplanung",
         invoice_address="Region Leinebergland, Fachbereich Soziales, Hildesheimer Tor 2, 31000 Leinebergland",
         payment_agreement=True,
         note="'vorbehaltlich der Genehmigung': complete data, but conditional – a person decides whether it is binding (needs_human, no automatic answer). The label format has no 'conditional' value."),

    mail("rg-h05-rentner-privatrechnung.eml",
         frm=("Wolf-Dieter Kranich", "wd.kranich@posteo.example"),
         subject="Anmeldung Köln", date="Mon, 16 Jun 2025 11:20:00 +0200",
         body="""Liebe Frau Terhorst,

nun also fest: ich melde mich an. Die Rechnung bitte an mich privat:

Wolf-Dieter Kranich
Lindenweg 14
29553 Bienenbüttel-Ost

250 € überweise ich, sobald die Rechnung da ist.

Herzliche Grüße
Wolf-Dieter Kranich
""",
         intent="registration", name="Wolf-Dieter Kranich", member=True,
         invoice_address="Wolf-Dieter Kranich, Lindenweg 14, 29553 Bienenbüttel-Ost",
         payment_agreement=True,
         note="Retired private member: private invoice address, member fee quoted as his own, no organisation."),

    mail("rg-h06-pdf-formular-caritas.eml",
         frm=("Tobias Lenzinger", "tobias.lenzinger@caritas-bodenried.example"),
         subject="Anmeldeformular", date="Tue, 17 Jun 2025 08:45:00 +0200",
         body="Hallo, anbei das Formular. Gruß T. Lenzinger\n",
         attachments=[("Anmeldung_Lenzinger.pdf", PDF, form_pdf({
             "name": "Tobias Lenzinger", "email": "tobias.lenzinger@caritas-bodenried.example",
             "organisation": "Caritasverband für die Region Bodenried e.V.", "personen": "1",
             "rechnungsanschrift": "Caritasverband für die Region Bodenried e.V.\nVerwaltung / Buchhaltung\nMarktgasse 7\n88000 Bodenried",
             "datum": "17.06.2025"}, checked=("zahlungsvereinbarung",)))],
         intent="registration", name="Tobias Lenzinger", member=False,
         organization="Caritasverband für die Region Bodenried e.V.",
         invoice_address="Caritasverband für die Region Bodenried e.V., Verwaltung / Buchhaltung, Marktgasse 7, 88000 Bodenried",
         payment_agreement=True,
         note="Filled PDF form, payment box ticked, member box unticked (false)."),

    mail("rg-h07-kopierte-felder-bunt.eml",
         frm=("Jonas Feldkirchner", "jonas.feldkirchner@stadt-neckarhalde.example"),
         subject="verbindliche Anmeldung Feldkirchner", date="Wed, 18 Jun 2025 13:10:00 +0200",
         body="""Hallo Frau Terhorst,

hier meine Angaben für die verbindliche Anmeldung:

VSOP-Mitglied (ja/nein): ja
Rechnungsanschrift: Stadt Neckarhalde, Amt für Familie und Soziales, Kostenstelle 50100, Marktplatz 3, 72000 Neckarhalde
Name, Vorname: Feldkirchner, Jonas
Dienststelle / Organisation: Stadt Neckarhalde, Amt für Familie und Soziales
[x] Ich melde mich verbindlich an und überweise den Betrag nach Erhalt der Rechnung.

Danke!
Jonas Feldkirchner
""",
         intent="registration", name="Jonas Feldkirchner", member=True,
         organization="Stadt Neckarhalde, Amt für Familie und Soziales",
         invoice_address="Stadt Neckarhalde, Amt für Familie und Soziales, Kostenstelle 50100, Marktplatz 3, 72000 Neckarhalde",
         payment_agreement=True,
         note="The form's lines copied out of the mail and answered in a different order; the invoice address on one line."),

    mail("rg-h08-rechnung-teilen-frage.eml",
         frm=("Gesine Schmied-Albers", "g.schmied-albers@diakonie-ostheide.example"),
         subject="Verbindliche Anmeldung zu zweit – Rechnung aufteilen?", client="outlook",
         date="Thu, 19 Jun 2025 09:50:00 +0200",
         body="""Liebe Frau Terhorst,

der Vorstand hat zugestimmt: Maren Tietjen und ich melden uns hiermit verbindlich an. Wir sind beide keine Mitglieder, die Gebühren überweisen wir nach Rechnungseingang.

Rechnungsanschrift:
Diakonisches Werk Ostheide e.V.
Buchhaltung
Kirchstraße 9
29525 Ostheide

Eine Frage: Frau Tietjens Platz wird aus einem Projekt finanziert. Können Sie für sie eine eigene Rechnung mit dem Vermerk „Projekt Quartier Nordhang“ ausstellen?

Herzliche Grüße
Gesine Schmied-Albers
Diakonisches Werk Ostheide e.V.
Fachbereich Soziale Dienste
""",
         intent="registration", questions=1, name="Gesine Schmied-Albers", member=False,
         organization="Diakonisches Werk Ostheide e.V., Fachbereich Soziale Dienste",
         persons=2, people=["Maren Tietjen"],
         invoice_address="Diakonisches Werk Ostheide e.V., Buchhaltung, Kirchstraße 9, 29525 Ostheide",
         payment_agreement=True,
         note="Two persons register; a question to split the invoice (a change request: a question a person answers)."),

    mail("rg-h09-leitweg-xrechnung.eml",
         frm=("Birte Hansing", "birte.hansing@elbmarsch.hamburg.example"),
         subject="Anmeldung Hansing, Bezirksamt Elbmarsch", client="thunderbird", date="Thu, 19 Jun 2025 15:15:00 +0200",
         body="""Moin Frau Terhorst,

hiermit verbindlich angemeldet. Die Rechnung bitte als XRechnung an:

Freie und Hansestadt Hamburg
Bezirksamt Elbmarsch
Fachamt Sozialraummanagement
Leitweg-ID 02-E1234-56
Postfach 90 12 34
21000 Hamburg

Bezahlt wird nach Rechnungseingang.

Moin moin
Birte Hansing
""",
         intent="registration", name="Birte Hansing",
         invoice_address="Freie und Hansestadt Hamburg, Bezirksamt Elbmarsch, Fachamt Sozialraummanagement, Leitweg-ID 02-E1234-56, Postfach 90 12 34, 21000 Hamburg",
         organization="Freie und Hansestadt Hamburg, Bezirksamt Elbmarsch, Fachamt Sozialraummanagement",
         payment_agreement=True,
         note="Hamburg district office; Leitweg-ID in the invoice block; organisation only from the invoice address's organisation lines."),

    mail("rg-h10-nur-anmeldung-ohne-daten.eml",
         frm=("Carola Mittelstädt", "carola.mittelstaedt@lk-harzvorland.example"),
         subject="jetzt doch fest", date="Fri, 20 Jun 2025 07:12:00 +0200",
         body="""Guten Morgen Frau Terhorst,

es klappt! Hiermit melde ich mich für Köln verbindlich an. Rechnungsdaten schicke ich nach, die muss ich erst bei unserer Kämmerei erfragen.

Grüße
Carola Mittelstädt
Landkreis Harzvorland
""",
         intent="registration", name="Carola Mittelstädt", organization="Landkreis Harzvorland",
         note="Binding, invoice address and payment promised for later: both missing."),

    mail("rg-h11-ministerium-dienstreise-genehmigt.eml",
         frm=("Dr. Friederike Anschütz", "friederike.anschuetz@msti.land.example"),
         subject="Verbindliche Anmeldung – Dr. Anschütz", client="outlook", date="Mon, 23 Jun 2025 10:00:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

die Dienstreise ist genehmigt; hiermit melde ich mich verbindlich an.

Rechnungsanschrift:
Ministerium für Soziales, Teilhabe und Integration
Referat Z 2 – Haushalt
Postfach 10 34 43
70000 Landeshauptstadt

Der Rechnungsbetrag wird nach Eingang der Rechnung angewiesen.

Mit freundlichen Grüßen
Im Auftrag
Dr. Friederike Anschütz
Ministerium für Soziales, Teilhabe und Integration
Referat 32 – Sozialberichterstattung, Armutsprävention
""",
         intent="registration", name="Friederike Anschütz", title="Dr.",
         organization="Ministerium für Soziales, Teilhabe und Integration, Referat 32 – Sozialberichterstattung, Armutsprävention",
         invoice_address="Ministerium für Soziales, Teilhabe und Integration, Referat Z 2 – Haushalt, Postfach 10 34 43, 70000 Landeshauptstadt",
         payment_agreement=True,
         note="Ministry; 'wird ... angewiesen' as the payment agreement in the passive."),

    mail("rg-h12-inline-gmx-ae.eml",
         frm=("Guenther Hoessle", "g.hoessle@lra-filsgau.example"),
         subject="AW: " + PROG, date="Mon, 23 Jun 2025 16:30:00 +0200",
         body="Sehr geehrte Frau Terhorst,\n\ndie Angaben finden Sie unten.\n\nMfG G. Hoessle\n\n"
              + form_answered(W2T, {
                  "Name, Vorname": "Hoessle, Guenther",
                  "Dienststelle / Organisation": "Landratsamt Filsgau, Stabsstelle Sozialplanung",
                  "VSOP-Mitglied (ja/nein)": "ja (persoenlich)",
                  "Rechnungsanschrift": "Landratsamt Filsgau, Kreiskasse, Strasse der Einheit 12, 73000 Filsgau"},
                  ticked=True),
         intent="registration", name="Guenther Hoessle", member=True,
         organization="Landratsamt Filsgau, Stabsstelle Sozialplanung",
         invoice_address="Landratsamt Filsgau, Kreiskasse, Strasse der Einheit 12, 73000 Filsgau",
         payment_agreement=True,
         note="Inline form answered, ae/ue spellings kept, personal membership."),

    mail("rg-h13-korrektur-neue-vollmail.eml",
         frm=("Kasimir Oelschläger", "kasimir.oelschlaeger@jobcenter-talaue.example"),
         subject="Korrektur: verbindliche Anmeldung Oelschläger (bitte diese verwenden)", client="outlook",
         date="Tue, 24 Jun 2025 08:05:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

in meiner Anmeldung von gestern war die Rechnungsanschrift falsch (die alte Adresse vor unserem Umzug). Bitte verwenden Sie ausschließlich diese Angaben:

Rechnungsanschrift:
Jobcenter Talaue
Finanzen / Rechnungsstelle
Kanalstraße 40
38000 Talaue

Die Überweisung erfolgt nach Rechnungserhalt. Nichtmitglied.

Mit freundlichen Grüßen
Kasimir Oelschläger
Jobcenter Talaue
Bereich Markt und Integration
""",
         intent="registration", needs_human=True, name="Kasimir Oelschläger", member=False,
         organization="Jobcenter Talaue, Bereich Markt und Integration",
         invoice_address="Jobcenter Talaue, Finanzen / Rechnungsstelle, Kanalstraße 40, 38000 Talaue",
         payment_agreement=True,
         note="A correction of yesterday's registration, complete in itself: a registration, but a person must replace the earlier invoice address (needs_human; the mail of 'yesterday' is not in the set)."),

    mail("rg-h14-diktat-verbindlich.eml",
         frm=("Merle Gotthardt", "merle.gotthardt@gemeinde-lindhorst-ost.example"),
         subject="Anmeldung", client="android", date="Wed, 25 Jun 2025 12:44:00 +0200",
         body="""Hallo Frau Terhorst ich melde mich hiermit verbindlich an Punkt Rechnung bitte an die Samtgemeinde Lindhorst Ost Komma Fachbereich Bürgerdienste und Soziales Komma Am Markt 2 Komma 31000 Lindhorst Punkt wir überweisen nach Rechnungseingang Punkt Mitglied sind wir nicht Punkt Gruß Merle Gotthardt

Von meinem Galaxy gesendet
""",
         intent="registration", name="Merle Gotthardt", member=False,
         organization="Samtgemeinde Lindhorst Ost, Fachbereich Bürgerdienste und Soziales",
         invoice_address="Samtgemeinde Lindhorst Ost, Fachbereich Bürgerdienste und Soziales, Am Markt 2, 31000 Lindhorst",
         payment_agreement=True,
         note="Dictated with 'Komma'/'Punkt' as words; the invoice address in a sentence whose commas are dictated; organisation from it."),

    mail("rg-h15-vegetarisch-und-anmeldung.eml",
         frm=("Ludger Brockhoff", "l.brockhoff@stadt-vechtegau.example"),
         subject="Verbindliche Anmeldung Brockhoff", client="outlook", date="Wed, 25 Jun 2025 14:20:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

ich melde mich hiermit verbindlich an und überweise die 300 € nach Erhalt der Rechnung.

Rechnung an: Stadt Vechtegau, Fachbereich 50 – Soziales, Rathausring 1, 49000 Vechtegau

Ich ernähre mich vegetarisch – ist das beim Mittagessen berücksichtigt, oder muss ich das extra anmelden?

Mit freundlichen Grüßen
Ludger Brockhoff
Stadt Vechtegau
Fachbereich 50 – Soziales
""",
         intent="registration", questions=1, name="Ludger Brockhoff", member=False,
         organization="Stadt Vechtegau, Fachbereich 50 – Soziales",
         invoice_address="Stadt Vechtegau, Fachbereich 50 – Soziales, Rathausring 1, 49000 Vechtegau",
         payment_agreement=True,
         note="Complete registration with the non-member fee as his own; a vegetarian question rides along."),

    mail("rg-h16-personalabteilung-zwei-kostenstellen.eml",
         frm=("Personalabteilung Landkreis Emsheide", "personal@emsheide.example"),
         subject="Anmeldung Jahrestagung: Terborg, Lüpkes", client="notes", date="Thu, 26 Jun 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir melden verbindlich an:
- Herrn Reinhard Terborg, Fachdienst Teilhabe, Kostenstelle 5010
- Frau Gerda Lüpkes, Fachdienst Jugend, Kostenstelle 5120

Der Landkreis ist Mitglied. Die Gebühren zahlt die Kreiskasse, sobald die Rechnung vorliegt. Bitte je Person eine Rechnung mit der jeweiligen Kostenstelle an:

Landkreis Emsheide
Rechnungseingang
Ordeniederung 1
49700 Emsheide

Im Auftrag
Wilma Hinrichs
Landkreis Emsheide – Personalabteilung
""",
         intent="registration", name="Reinhard Terborg", email=None, member=True,
         organization="Landkreis Emsheide, Fachdienst Teilhabe",
         persons=2, people=["Gerda Lüpkes"],
         invoice_address="Landkreis Emsheide, Rechnungseingang, Ordeniederung 1, 49700 Emsheide",
         payment_agreement=True,
         note="The personnel department registers two with a cost centre each and asks for one invoice per person (an instruction the office can follow, no question); the attendee's own unit from the list line; addresses not given."),

    mail("rg-h17-stellvertretung-urlaub.eml",
         frm=("Tamara Eichhorst", "tamara.eichhorst@emsheide.example"),
         subject="Anmeldung für Herrn Terborg – Ergänzung", client="notes", date="Fri, 27 Jun 2025 10:10:00 +0200",
         body="""Guten Tag,

Herr Terborg (Sabbatical) hat mich gebeten, seine Anmeldung zu bestätigen: Er nimmt verbindlich teil. Seine Adresse für Unterlagen: reinhard.terborg@emsheide.example. Rechnung und Zahlung laufen wie von der Personalabteilung mitgeteilt.

Gruß
Tamara Eichhorst
Landkreis Emsheide, Fachdienst Teilhabe
""",
         intent="registration", name="Reinhard Terborg", email="reinhard.terborg@emsheide.example",
         organization="Landkreis Emsheide, Fachdienst Teilhabe",
         note="A deputy confirms for a colleague on sabbatical; invoice and payment only by reference to another mail ('wie ... mitgeteilt'): both missing from this mail."),

    mail("rg-h18-bullets-komische-zeichen.eml",
         frm=("Yvonne Schnellbach", "y.schnellbach@paritaet-landesverband.example"),
         subject="Verbindlich: 3 Personen Paritätischer", client="outlook", date="Mon, 30 Jun 2025 11:30:00 +0200",
         body="""Liebe Frau Terhorst,

jetzt verbindlich für uns drei:

 Yvonne Schnellbach
 Cem Aksoy
 Ulrike Brenninkmeyer

Mitglied: ja (Landesverband ist institutionelles Mitglied)
Rechnung: Der Paritätische Landesverband Nordmark e.V., Finanzbuchhaltung, Lübecker Damm 22, 24000 Nordmark
Zahlung: per Überweisung nach Rechnungserhalt

Viele Grüße
Yvonne Schnellbach
""",
         intent="registration", name="Yvonne Schnellbach", member=True,
         organization="Der Paritätische Landesverband Nordmark e.V.",
         persons=3, people=["Cem Aksoy", "Ulrike Brenninkmeyer"],
         invoice_address="Der Paritätische Landesverband Nordmark e.V., Finanzbuchhaltung, Lübecker Damm 22, 24000 Nordmark",
         payment_agreement=True,
         note="Bullets pasted from Word as private-use characters (); 'Rechnung:' on one line; organisation from the invoice address's organisation line."),
]
