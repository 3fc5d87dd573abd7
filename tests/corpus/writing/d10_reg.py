"""DEVELOPMENT set 10: binding registrations that look like pre-registrations or questions
("hiermit melde ich mich an" after the programme mail, "wir buchen", the form attached, "die
Rechnung bitte an ..."), some with a question on the side."""

from d10_quote import MISS, PROG, missing, ol_de, p, phone, programme, tb
from make_corpus import form_pdf

REG = dict(intent="registration")

INV_MULDE = "Landratsamt Muldenaue, Kreiskasse, Kassenzeichen 4711.2025.SP, Postfach 10 01, 04801 Muldenaue"
INV_LIND = "Bezirksamt Lindenhain von Berlin, Serviceeinheit Finanzen, Leitweg-ID 11-0-07-12, 13407 Berlin"

MAILS = [
    p("r01-hiermit-nach-programm.eml", ("Ines Rabenhorst", "i.rabenhorst@lk-muldenaue.example"),
      "AW: " + PROG, "Tue, 27 May 2025 09:10:00 +0200", """Hallo Frau Wolkenhauer,

hiermit melde ich mich an. Die Gebühr für Mitglieder überweist unsere Kreiskasse nach Erhalt der Rechnung.

Rechnung an:
Landratsamt Muldenaue
Kreiskasse
Kassenzeichen 4711.2025.SP
Postfach 10 01
04801 Muldenaue

Mit freundlichen Grüßen
Ines Rabenhorst
Landratsamt Muldenaue
Sozialamt | Sachgebiet Sozialplanung
""" + ol_de("Montag, 26. Mai 2025 15:30", PROG, "Ines Rabenhorst", programme("Frau Rabenhorst")), client="outlook",
      org="Landratsamt Muldenaue, Sozialamt, Sachgebiet Sozialplanung", member=True, invoice_address=INV_MULDE,
      payment_agreement=True, **REG,
      note="'hiermit melde ich mich an' above the programme mail is the binding step; 'Gebühr für Mitglieder' gives membership."),
    p("r02-wir-buchen.eml", ("Sabine Wurzbacher", "s.wurzbacher@bezirksamt-lindenhain.example"),
      "Buchung 3 Plätze Jahrestagung", "Wed, 28 May 2025 10:30:00 +0200", """Liebes Team,

wir buchen hiermit verbindlich für:

- Sabine Wurzbacher
- Kemal Yıldırım
- Friederike Osterloh-Brandt

Wir sind keine Mitglieder. Die Rechnung bitte an:
Bezirksamt Lindenhain von Berlin
Serviceeinheit Finanzen
Leitweg-ID 11-0-07-12
13407 Berlin

Bezahlt wird nach Rechnungseingang.

Viele Grüße
Sabine Wurzbacher
Bezirksamt Lindenhain von Berlin
Abteilung Soziales und Gesundheit
Planungs- und Koordinierungsstelle Gesundheit
""", client="outlook-web", org="Bezirksamt Lindenhain von Berlin, Abteilung Soziales und Gesundheit, Planungs- und Koordinierungsstelle Gesundheit",
      member=False, persons=3, people=["Kemal Yıldırım", "Friederike Osterloh-Brandt"], invoice_address=INV_LIND,
      payment_agreement=True, **REG,
      note="'wir buchen ... verbindlich' for three; payment in the passive; Leitweg-ID in the invoice block."),
    p("r03-formular-anbei.eml", ("Gundula Pätzold", "g.paetzold@kv-moselhoehe.example"),
      "Anmeldeformular Pätzold", "Mon, 02 Jun 2025 08:05:00 +0200", """Guten Morgen,

anbei das ausgefüllte Formular. Die Dienstreise ist genehmigt.

Gruß
G. Pätzold
""", client="outlook",
      attachments=[("Anmeldung_Paetzold.pdf", "application/pdf", form_pdf({
          "name": "Gundula Pätzold", "email": "g.paetzold@kv-moselhoehe.example",
          "organisation": "Kreisverwaltung Moselhöhe, Abteilung 5 – Jugend, Familie und Soziales", "personen": "1",
          "rechnungsanschrift": "Kreisverwaltung Moselhöhe, Finanzabteilung, Bahnhofstraße 9, 54470 Moselhöhe",
          "datum": "30.05.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
      org="Kreisverwaltung Moselhöhe, Abteilung 5 – Jugend, Familie und Soziales", member=True,
      invoice_address="Kreisverwaltung Moselhöhe, Finanzabteilung, Bahnhofstraße 9, 54470 Moselhöhe",
      payment_agreement=True, **REG, note="Two lines and a filled form with both boxes ticked."),
    p("r04-als-frage.eml", ("Holger Thiele", "h.thiele@awo-elbland.example"),
      "Können Sie uns fest anmelden?", "Tue, 03 Jun 2025 11:00:00 +0200", """Guten Tag,

können Sie mich und meine Kollegin Ramona Gebauer bitte verbindlich für Köln anmelden? Die Rechnung (2 x 300 Euro, wir sind nicht im Verband) geht bitte an die AWO Kreisverband Elbland e.V., Buchhaltung, Am Elbdamm 3, 01662 Elbland. Wir überweisen nach Rechnungserhalt.

Viele Grüße
Holger Thiele
AWO Kreisverband Elbland e.V.
Abteilung Sozialplanung und Qualität
""", org="AWO Kreisverband Elbland e.V., Abteilung Sozialplanung und Qualität", member=False, persons=2,
      people=["Ramona Gebauer"], invoice_address="AWO Kreisverband Elbland e.V., Buchhaltung, Am Elbdamm 3, 01662 Elbland",
      payment_agreement=True, **REG,
      note="A registration written as a question ('können Sie ... verbindlich anmelden?'); the invoice address in a sentence; 300 EUR as their own fee."),
    p("r05-die-rechnung-bitte.eml", ("Toralf Kühnemund", "kuehnemund@stadt-roetzschenbach.example"),
      "Re: " + PROG, "Wed, 04 Jun 2025 07:50:00 +0200", """Moin,

ich bin fest dabei. Die Rechnung bitte an die Stadtverwaltung Rötzschenbach, Amt für Familie und Soziales, Markt 1, 09399 Rötzschenbach. Zahlen tun wir dann sofort.

Toralf
""" + tb("26.05.2025 um 15:30", programme("Herr Kühnemund")), client="thunderbird",
      name="Toralf Kühnemund", org="Stadtverwaltung Rötzschenbach, Amt für Familie und Soziales", invoice_address="Stadtverwaltung Rötzschenbach, Amt für Familie und Soziales, Markt 1, 09399 Rötzschenbach",
      payment_agreement=True, **REG,
      note="'ich bin fest dabei' above the programme mail with an invoice address in a sentence: binding. The organisation from the invoice sentence (no signature block); membership unknown."),
    p("r06-ohne-zahlung.eml", ("Konstanze Ebert", "k.ebert@stadt-kamenau.example"),
      "Anmeldung Ebert", "Thu, 05 Jun 2025 10:22:00 +0200", """Guten Tag,

ich melde mich hiermit für Köln verbindlich an. Rechnungsanschrift: Stadt Kamenau, Sozialamt, Rathausgasse 2, 02999 Kamenau.

Konstanze Ebert
Stadt Kamenau | Sozialamt
""", org="Stadt Kamenau, Sozialamt", invoice_address="Stadt Kamenau, Sozialamt, Rathausgasse 2, 02999 Kamenau",
      **REG, note="Binding with an invoice address inline but no word about paying: payment_agreement missing."),
    p("r07-wir-buchen-nichts-sonst.eml", ("Nadine Eschrich", "eschrich@planwerk-sozialraum.example"),
      "Buchung", "Fri, 06 Jun 2025 16:40:00 +0200", """Hallo,

dann buchen wir mal – ich komme fest. Mehr brauchen Sie doch nicht, oder?

Beste Grüße
Nadine Eschrich
Planwerk Sozialraum GmbH
Beratung für Kommunen | Leipziger Straße 14 | 04179 Leipzig
""", org="Planwerk Sozialraum GmbH", questions=1, **REG,
      note="'buchen wir ... ich komme fest': binding; no invoice address or payment; she asks whether anything else is needed (a person answers: yes)."),
    p("r08-form-gescannt.eml", ("Bernd Kaltofen", "bernd.kaltofen@saale-wipfra.example"),
      "Anmeldung", "Mon, 09 Jun 2025 09:00:00 +0200", """Sehr geehrte Damen und Herren,

in der Anlage erhalten Sie meine unterschriebene Anmeldung.

Mit freundlichen Grüßen
Bernd Kaltofen
Amtsleiter
Landratsamt Saale-Wipfra
Jugendamt
""", client="outlook", attachments=[("Scan_20250609_0845.pdf", "application/pdf", __import__("make_corpus").scanned_pdf("d10-r08"))],
      org="Landratsamt Saale-Wipfra, Jugendamt", needs_human=True, missing_unknown=True, **REG,
      note="A scanned, signed form: binding, but nobody can read invoice address or payment from it (needs a human, missing unknown)."),
    p("r09-mitglied-und-frage.eml", ("Matthias Reichenbächer", "m.reichenbaecher@ilmbrueck.example"),
      "Verbindliche Anmeldung", "Tue, 10 Jun 2025 13:13:00 +0200", """Sehr geehrte Frau Wolkenhauer,

ich melde mich verbindlich an, als Mitglied zu 250 €, und überweise nach Rechnungsstellung.

Rechnungsadresse:
Stadtverwaltung Ilmbrück
Fachdienst Finanzen
Markt 7
99310 Ilmbrück

Gibt es inzwischen Neuigkeiten zum barrierefreien Zugang?

Mit freundlichen Grüßen
Matthias Reichenbächer
Stadtverwaltung Ilmbrück
Fachdienst Soziales, Sozialplanung
""", client="outlook", org="Stadtverwaltung Ilmbrück, Fachdienst Soziales, Sozialplanung", member=True,
      invoice_address="Stadtverwaltung Ilmbrück, Fachdienst Finanzen, Markt 7, 99310 Ilmbrück", payment_agreement=True,
      questions=1, **REG, note="Complete binding registration plus one question about access."),
    p("r10-fehlende-angaben.eml", ("Steffen Bräutigam", "s.braeutigam@vg-hunsrueckeck.example"),
      "AW: " + MISS, "Wed, 11 Jun 2025 08:08:00 +0200", """Hallo,

Rechnung an: Verbandsgemeindekasse Hunsrückeck, Schulstraße 1, 56290 Hunsrückeck
Und ja, wir zahlen nach Rechnung.

Gruß S. Bräutigam
""" + ol_de("Dienstag, 10. Juni 2025 12:00", MISS, "Steffen Bräutigam",
            missing("Herr Bräutigam", ["Rechnungsanschrift", "Ihre Zusage, nach Rechnung zu zahlen"])),
      client="outlook", name="Steffen Bräutigam",
      invoice_address="Verbandsgemeindekasse Hunsrückeck, Schulstraße 1, 56290 Hunsrückeck", payment_agreement=True, **REG,
      note="Only the missing details above the office's follow-up: a registration, now complete. No organisation: the invoice block names only the treasury (Verbandsgemeindekasse), not his office."),
    p("r11-zwei-personen-form.eml", ("Thorsten Brunck", "t.brunck@kv-donnersberg-sued.example"),
      "Anmeldungen Brunck/Scherer", "Thu, 12 Jun 2025 10:45:00 +0200", """Guten Tag,

anbei unsere beiden Formulare. Frau Scherer ist ab Juli in Elternzeit-Vertretung, bitte Post an mich.

Gruß
Thorsten Brunck
Kreisverwaltung Donnersberg-Süd, Abteilung 4 – Soziales
""", attachments=[("Anmeldung_Brunck_Scherer.pdf", "application/pdf", form_pdf({
          "name": "Thorsten Brunck", "email": "t.brunck@kv-donnersberg-sued.example",
          "organisation": "Kreisverwaltung Donnersberg-Süd, Abteilung 4 – Soziales", "personen": "2",
          "weitere_personen": "Melanie Scherer",
          "rechnungsanschrift": "Kreisverwaltung Donnersberg-Süd, Kreiskasse, Uhlandstraße 2, 67292 Donnersberg",
          "datum": "11.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
      org="Kreisverwaltung Donnersberg-Süd, Abteilung 4 – Soziales", member=True, persons=2, people=["Melanie Scherer"],
      invoice_address="Kreisverwaltung Donnersberg-Süd, Kreiskasse, Uhlandstraße 2, 67292 Donnersberg",
      payment_agreement=True, **REG, note="One form for two persons (weitere_personen), both boxes ticked."),
    p("r12-iphone-ja.eml", ("Robby Gleisberg", "robby.gleisberg@web.example"),
      "Re: " + PROG, "Fri, 13 Jun 2025 18:30:00 +0200", """Ja, verbindlich dabei. Rechnung an mich privat: Robby Gleisberg, Lindenweg 4, 06712 Zeitzgrund. Zahl ich gleich.

Von meinem iPhone gesendet
""" + phone("26.05.2025 um 15:30", programme("Herr Gleisberg")), client="iphone",
      invoice_address="Robby Gleisberg, Lindenweg 4, 06712 Zeitzgrund", payment_agreement=True, **REG,
      note="A phone reply, a private invoice address in a sentence, 'Zahl ich gleich'."),
    p("r13-frage-oder-anmeldung.eml", ("Heidrun Scheibe", "heidrun.scheibe@hs-elsterland.example", "Prof. Dr."),
      "Feste Anmeldung – geht das noch?", "Mon, 16 Jun 2025 09:15:00 +0200", """Liebe Kolleginnen und Kollegen,

die Fakultät hat die Mittel freigegeben. Ich möchte mich daher jetzt verbindlich anmelden; die Rechnung bitte an:

Hochschule Elsterland
Haushalt und Beschaffung
Kostenstelle 3140
Hochschulring 1
04600 Elsterland

Die Hochschule zahlt wie üblich nach Rechnungseingang.

Beste Grüße
Heidrun Scheibe
Hochschule Elsterland – University of Applied Sciences
Fakultät Soziale Arbeit
""", client="apple", org="Hochschule Elsterland – University of Applied Sciences, Fakultät Soziale Arbeit",
      invoice_address="Hochschule Elsterland, Haushalt und Beschaffung, Kostenstelle 3140, Hochschulring 1, 04600 Elsterland",
      payment_agreement=True, **REG,
      note="The subject is a question, the body the binding registration; a cost centre in the invoice block."),
    p("r14-saar-verbindlich.eml", ("Edgar Lauer", "e.lauer@kreisstadt-bliesweiler.example"),
      "Jetzt fest", "Tue, 17 Jun 2025 07:30:00 +0200", """Gudd Morje,

jetzt is es fest: isch komm. Rechnung an die Kreisstadt Bliesweiler, Stadtkasse, Postfach 12 40, 66440 Bliesweiler. Mir sinn Mitglied.

Scheene Gruß
Edgar Lauer
Kreisstadt Bliesweiler – Fachbereich Bürgerdienste und Soziales
""", org="Kreisstadt Bliesweiler, Fachbereich Bürgerdienste und Soziales", member=True,
      invoice_address="Kreisstadt Bliesweiler, Stadtkasse, Postfach 12 40, 66440 Bliesweiler", **REG,
      note="Saarland dialect, binding ('jetzt is es fest: isch komm'); no word about paying."),
    p("r15-diakonie-html.eml", ("Jana Zschiesche", "jana.zschiesche@diakonie-wettinaue.example"),
      "Verbindliche Anmeldung Zschiesche", "Wed, 18 Jun 2025 11:20:00 +0200", """Liebe Frau Wolkenhauer,

nun also verbindlich: Ich nehme an der Jahrestagung teil. Wir sind als Werk Mitglied im VSOP. Die Teilnahmegebühr wird nach Rechnungseingang von unserer Verwaltung überwiesen.

Rechnungsanschrift:
Diakonisches Werk im Kirchenkreis Wettinaue e.V.
Verwaltung
Kirchplatz 5
08412 Wettinaue

Herzlich
Jana Zschiesche
Diakonisches Werk im Kirchenkreis Wettinaue e.V.
Fachstelle Sozialraum
""", client="outlook", html=True, org="Diakonisches Werk im Kirchenkreis Wettinaue e.V., Fachstelle Sozialraum",
      member=True, invoice_address="Diakonisches Werk im Kirchenkreis Wettinaue e.V., Verwaltung, Kirchplatz 5, 08412 Wettinaue",
      payment_agreement=True, **REG, note="Binding, institutional membership, payment in the passive; HTML and text."),
    p("r16-bezahlt-schon.eml", ("Mandy Oehme", "mandy.oehme@freenet.example"),
      "Anmeldung Mandy + Sandra", "Thu, 19 Jun 2025 20:10:00 +0200", """Hallo,

Genehmigung ist da! Hiermit melden Sandra Kluge und ich uns verbindlich an. Rechnung bitte an den Träger: Familienzentrum Sonnenkinder e.V., Gartenstraße 8, 03046 Spreewitz. Der Verein überweist nach Rechnungseingang.

Mandy Oehme
""", client="android", org="Familienzentrum Sonnenkinder e.V.", persons=2, people=["Sandra Kluge"],
      invoice_address="Familienzentrum Sonnenkinder e.V., Gartenstraße 8, 03046 Spreewitz", payment_agreement=True, **REG,
      note="Two people bindingly; the employer ('den Träger') named only in the invoice sentence: the organisation from there."),
    p("r17-fehlt-rechnung.eml", ("Uta Marschner", "u.marschner@lk-vogtlandhoehe.example"),
      "AW: " + PROG, "Mon, 23 Jun 2025 09:40:00 +0200", """Hallo Frau Wolkenhauer,

hiermit melde ich mich verbindlich an und sage zu, die Gebühr nach Rechnung zu begleichen. Die Rechnungsanschrift reiche ich nach, die Kämmerei stellt gerade um.

Mit freundlichen Grüßen
Uta Marschner
Landratsamt Vogtlandhöhe
Geschäftsbereich Soziales
Koordinierungsstelle Sozialplanung
""" + ol_de("Montag, 26. Mai 2025 15:30", PROG, "Uta Marschner", programme("Frau Marschner")), client="outlook",
      org="Landratsamt Vogtlandhöhe, Geschäftsbereich Soziales, Koordinierungsstelle Sozialplanung",
      payment_agreement=True, **REG, note="Binding with payment agreed; the invoice address promised for later: missing."),
    p("r18-nur-formular.eml", ("Olaf Wenzlaff", "o.wenzlaff@lk-oderbruchland.example"),
      "Formular", "Tue, 24 Jun 2025 10:00:00 +0200", "",
      attachments=[("VSOP_Anmeldung_Wenzlaff.pdf", "application/pdf", form_pdf({
          "name": "Olaf Wenzlaff", "email": "o.wenzlaff@lk-oderbruchland.example",
          "organisation": "Landkreis Oderbruchland, Amt für Soziales und Wohnen", "personen": "1",
          "rechnungsanschrift": "Landkreis Oderbruchland, Kreiskasse, Seelower Weg 10, 15306 Oderbruchland",
          "datum": "24.06.2025"}, checked=("zahlungsvereinbarung",)))],
      org="Landkreis Oderbruchland, Amt für Soziales und Wohnen", member=False,
      invoice_address="Landkreis Oderbruchland, Kreiskasse, Seelower Weg 10, 15306 Oderbruchland",
      payment_agreement=True, **REG, note="An empty body and a form; the member box unticked means false."),
    p("r19-kirche-fragt-rechnung.eml", ("Benedikt Hauschild", "benedikt.hauschild@kirchenkreis-saaletal.example"),
      "Anmeldung Hauschild", "Wed, 25 Jun 2025 12:30:00 +0200", """Sehr geehrte Damen und Herren,

ich melde mich nun fest an, für beide Tage. Die Kirchenkreiskasse zahlt nach Rechnung. An wen genau die Rechnung gehen soll, erfrage ich noch – darf ich die Anschrift nachreichen?

Mit freundlichen Grüßen
Benedikt Hauschild, Pfarrer
Evangelischer Kirchenkreis Saaletal
Superintendentur
""", org="Evangelischer Kirchenkreis Saaletal, Superintendentur", payment_agreement=True, questions=1, **REG,
      note="Binding, payment agreed by the treasury; the invoice address missing and asked about (one question)."),
    p("r20-nachtrag-kollegin.eml", ("Dörte Wendland", "d.wendland@caritas-spreewitz.example"),
      "Verbindlich: Wendland und Sänger", "Thu, 26 Jun 2025 14:00:00 +0200", """Hallo,

der Vorstand hat zugestimmt, wir melden uns hiermit verbindlich an: ich und Herr Uwe Sänger. Beide Nicht-Mitglieder.

Rechnung an:
Caritasverband Spreewitz e.V.
z. Hd. Frau Pohl, Finanzen
Kirchstraße 12
03044 Spreewitz

Der Betrag wird nach Eingang der Rechnung überwiesen.

Viele Grüße
Dörte Wendland
Caritasverband Spreewitz e.V.
Fachbereich Soziale Dienste
""", org="Caritasverband Spreewitz e.V., Fachbereich Soziale Dienste", member=False, persons=2, people=["Uwe Sänger"],
      people_members=[False], invoice_address="Caritasverband Spreewitz e.V., z. Hd. Frau Pohl, Finanzen, Kirchstraße 12, 03044 Spreewitz",
      payment_agreement=True, **REG, note="Two, both non-members ('Beide Nicht-Mitglieder'), a 'z. Hd.' line in the invoice block."),
]
