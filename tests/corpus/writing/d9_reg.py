"""DEVELOPMENT set 9: binding registrations in German at the borders (wrapped in thanks, two
words above a quoted office mail, the details in a reply to the missing-details mail, forms)."""

from d9_quote import (MISS_DE, REM_DE, missing_de, outlook_de, p, reminder_de, tb_de)
from make_corpus import form_pdf

REG = dict(intent="registration")

INV_RUHE = "Gemeinde Ruhetal, Hauptamt, z. Hd. Frau Kolbeck, Am Anger 2, 99441 Ruhetal"
INV_STEIN = "Landkreis Steinbergen, Kreiskasse, Bestellnummer 2025-SP-114, Postfach 11 20, 37401 Steinbergen"

MAILS = [
    p("r01-dank-programm-verbindlich.eml", ("Helga Reinecke-Borg", "h.reinecke-borg@stadt-falkenried.example"),
      "Programm erhalten – herzlichen Dank", "Mon, 12 May 2025 10:11:12 +0200", """Liebe Kolleginnen und Kollegen im Vorbereitungskreis,

vielen Dank für das sehr gelungene Programm! Besonders der Workshop zu Datenlücken kommt für uns zur rechten Zeit. Damit ist es auch entschieden: ich komme verbindlich. Die Rechnung schicken Sie bitte an die Stadt Falkenried, Sozialamt, Marktstraße 9, 06484 Falkenried; überwiesen wird nach Eingang.

Noch einmal danke für Ihre Mühe und herzliche Grüße
Helga Reinecke-Borg
Stadt Falkenried, Sozialamt
""", client="thunderbird", org="Stadt Falkenried, Sozialamt",
      invoice_address="Stadt Falkenried, Sozialamt, Marktstraße 9, 06484 Falkenried", payment_agreement=True, **REG,
      note="Binding registration hidden in the middle of thanks for the programme; invoice address in a sentence, payment in the passive."),
    p("r02-ja-verbindlich.eml", ("Volker Stindt", "v.stindt@vg-hohe-wart.example"),
      "AW: " + REM_DE, "Tue, 24 Jun 2025 07:58:01 +0200", """Ja, verbindlich.

V. Stindt
""" + outlook_de("Montag, 23. Juni 2025 09:00", REM_DE, "Stindt, Volker", reminder_de("Volker Stindt")),
      client="outlook", name="Volker Stindt", **REG,
      note="Two words above the Outlook-quoted reminder: a binding registration without invoice address or payment agreement."),
    p("r03-zusage-nach-nachfrage.eml", ("Katharina Ebeling", "k.ebeling@kreis-rotenfels.example"),
      "AW: " + MISS_DE, "Wed, 18 Jun 2025 11:20:44 +0200", """Guten Tag,

entschuldigen Sie, das hatte ich vergessen. Rechnungsanschrift:

Kreis Rotenfels
Jugendamt – Jugendhilfeplanung
Schlossplatz 1
55767 Rotenfels

Den Betrag überweisen wir, sobald die Rechnung bei uns ist.

Gruß
Katharina Ebeling
""" + outlook_de("Dienstag, 17. Juni 2025 08:30", MISS_DE, "Ebeling, Katharina",
                 missing_de("Katharina Ebeling", ["Rechnungsanschrift", "Zahlungsvereinbarung"])),
      client="outlook", organization="Kreis Rotenfels, Jugendamt – Jugendhilfeplanung",
      invoice_address="Kreis Rotenfels, Jugendamt – Jugendhilfeplanung, Schlossplatz 1, 55767 Rotenfels",
      payment_agreement=True, **REG,
      note="Only the missing details above the quoted missing-details mail: completes a binding registration."),
    p("r04-formular-pdf.eml", ("Dirk Vahlbruch", "d.vahlbruch@samtgemeinde-geestrand.example"),
      "Anmeldeformular Vahlbruch", "Thu, 19 Jun 2025 14:02:00 +0200", """Hallo,

anbei mein ausgefülltes Formular. Eine Frage habe ich noch: Bekomme ich die Rechnung auch als XRechnung? Unsere Kämmerei nimmt nur noch die.

Dirk Vahlbruch
""", org="Samtgemeinde Geestrand, Fachbereich Soziales",
      attachments=[("Anmeldung_Vahlbruch.pdf", "application/pdf", form_pdf({
          "name": "Dirk Vahlbruch", "email": "d.vahlbruch@samtgemeinde-geestrand.example",
          "organisation": "Samtgemeinde Geestrand, Fachbereich Soziales", "personen": "1",
          "rechnungsanschrift": "Samtgemeinde Geestrand, Kämmerei, Lange Straße 40, 27619 Geestrand",
          "datum": "19.06.2025"}, checked=("vsop_mitglied", "zahlungsvereinbarung")))],
      member=True, invoice_address="Samtgemeinde Geestrand, Kämmerei, Lange Straße 40, 27619 Geestrand",
      payment_agreement=True, questions=1, **REG,
      note="A filled PDF form (both boxes ticked) with one question about an XRechnung in the mail."),
    p("r05-passt-mit-anmeldung.eml", ("Mareike Schwalm", "schwalm@stadt-ilmenbruck.example"),
      "Re: Ihre Voranmeldung", "Fri, 20 Jun 2025 09:14:00 +0200", """Hallo,

passt, dann machen wir das jetzt verbindlich. Rechnung an:

Stadt Ilmenbruck
Amt 50 – Soziales und Integration
Rathausgasse 4
98709 Ilmenbruck

Die Gebühr (Nicht-Mitglied, 300 €) überweisen wir fristgerecht.

Mareike Schwalm
""", client="gmx", organization="Stadt Ilmenbruck, Amt 50 – Soziales und Integration", member=False,
      invoice_address="Stadt Ilmenbruck, Amt 50 – Soziales und Integration, Rathausgasse 4, 98709 Ilmenbruck",
      payment_agreement=True, **REG,
      note="'passt, dann machen wir das jetzt verbindlich': colloquial binding registration; fee quoted as her own (300 -> not a member)."),
    p("r06-gruppe-tabelle.eml", ("Anja Kolbeck", "kolbeck@gemeinde-ruhetal.example"),
      "Verbindliche Anmeldung Gemeinde Ruhetal (3 Personen)", "Mon, 23 Jun 2025 13:45:00 +0200", """Sehr geehrte Damen und Herren,

hiermit melden wir folgende Personen verbindlich an:

Name                 | Mitglied
---------------------+---------
Anja Kolbeck         | nein
Torsten Wiegleb      | nein
Johanna Pfefferkorn  | nein

Rechnungsanschrift:
Gemeinde Ruhetal
Hauptamt
z. Hd. Frau Kolbeck
Am Anger 2
99441 Ruhetal

Den Gesamtbetrag überweisen wir nach Rechnungsstellung.

Mit freundlichen Grüßen
Anja Kolbeck
Gemeinde Ruhetal – Hauptamt
""", client="outlook", org="Gemeinde Ruhetal, Hauptamt", member=False, persons=3,
      people=["Torsten Wiegleb", "Johanna Pfefferkorn"], people_members=[False, False],
      invoice_address=INV_RUHE, payment_agreement=True, **REG,
      note="A group in a plain-text table with membership per person, all non-members."),
    p("r07-vertrag-verlaengert.eml", ("Merle Hasenkamp", "m.hasenkamp@kreis-tecklenhorst.example"),
      "Jetzt doch verbindlich", "Tue, 24 Jun 2025 16:30:10 +0200", """Liebe Geschäftsstelle,

gute Nachrichten: mein Vertrag ist verlängert worden, also kann ich im September doch kommen. Bitte betrachten Sie meine Voranmeldung ab jetzt als verbindlich. Rechnungsadresse wie in der Signatur, Zahlung nach Rechnung. Wir sind Mitglied.

Viele Grüße
Merle Hasenkamp

Kreis Tecklenhorst
Fachbereich Arbeit und Soziales
Sozialplanung
Kirchplatz 7
49545 Tecklenhorst
""", client="outlook", org="Kreis Tecklenhorst, Fachbereich Arbeit und Soziales, Sozialplanung", member=True,
      invoice_address="Kreis Tecklenhorst, Fachbereich Arbeit und Soziales, Sozialplanung, Kirchplatz 7, 49545 Tecklenhorst",
      payment_agreement=True, **REG,
      note="A contract ('Vertrag') mentioned - in a registration, not a cancellation; 'Rechnungsadresse wie in der Signatur'."),
    p("r08-nur-ja.eml", ("Gerd Tiemeyer", "gerd.tiemeyer@t-online.example"),
      "Re: " + REM_DE, "Wed, 25 Jun 2025 20:05:00 +0200", """ja ich komme verbindlich, rechnung bitte an mich privat: Gerd Tiemeyer, Kiefernweg 12, 32609 Hüllhorst-Nord. zahle sofort

""" + tb_de("23.06.2025 um 09:00", reminder_de("Gerd Tiemeyer")),
      client="thunderbird-old", invoice_address="Gerd Tiemeyer, Kiefernweg 12, 32609 Hüllhorst-Nord",
      payment_agreement=True, **REG,
      note="Lower case, one line above the Thunderbird-quoted reminder; a private invoice address; 'zahle sofort'."),
    p("r09-stellvertretend.eml", ("Sabine Ortmeier", "s.ortmeier@stadt-weidenbach.example"),
      "Anmeldung Herr Brückner", "Thu, 26 Jun 2025 10:00:00 +0200", """Guten Tag,

für unseren Amtsleiter, Herrn Dr. Clemens Brückner, melde ich hiermit verbindlich zur Jahrestagung an. Er ist persönlich VSOP-Mitglied. Die Rechnung geht bitte an:

Stadt Weidenbach
Amt für Soziales
Leitweg-ID 09-3176-54
Hauptstraße 1
91555 Weidenbach

Die Zahlung erfolgt über die Stadtkasse nach Rechnungseingang.

Mit freundlichen Grüßen
i. A. Sabine Ortmeier
Vorzimmer Amtsleitung
""", client="outlook", name="Clemens Brückner", title="Dr.", email=None,
      organization="Stadt Weidenbach, Amt für Soziales", member=True,
      invoice_address="Stadt Weidenbach, Amt für Soziales, Leitweg-ID 09-3176-54, Hauptstraße 1, 91555 Weidenbach",
      payment_agreement=True, **REG,
      note="The front office registers its head of office without his address: email left out; a Leitweg-ID in the invoice block."),
    p("r10-frage-wie-anmeldung.eml", ("Torben Lüdecke", "t.luedecke@kreis-jadeland.example"),
      "Können Sie mich verbindlich anmelden?", "Fri, 27 Jun 2025 08:44:00 +0200", """Hallo,

können Sie mich bitte verbindlich anmelden? Formular drucke ich nicht aus, hier die Daten: Torben Lüdecke, Kreis Jadeland, Fachdienst Soziales. Kein Mitglied. Rechnung an Kreis Jadeland, Fachdienst Soziales, Deichstraße 20, 26441 Jadeland. Überweisung nach Rechnung, klar.

Danke!
""", organization="Kreis Jadeland, Fachdienst Soziales", member=False,
      invoice_address="Kreis Jadeland, Fachdienst Soziales, Deichstraße 20, 26441 Jadeland",
      payment_agreement=True, **REG,
      note="Phrased as a question ('können Sie mich ... anmelden?') but a complete binding registration."),
    p("r11-bestellnummer.eml", ("Petra Grünhagen", "p.gruenhagen@landkreis-steinbergen.example"),
      "verbindliche Anmeldung / Bestellnummer", "Mon, 30 Jun 2025 11:11:00 +0200", """Sehr geehrte Damen und Herren,

nach Freigabe durch die Kreiskasse melde ich mich verbindlich an. Auf der Rechnung muss zwingend unsere Bestellnummer stehen:

Landkreis Steinbergen
Kreiskasse
Bestellnummer 2025-SP-114
Postfach 11 20
37401 Steinbergen

Ohne Bestellnummer kann die Kasse nicht zahlen; mit ihr geht die Überweisung innerhalb von 14 Tagen raus. Ist es möglich, dass Sie die Rechnung zusätzlich per Post schicken?

Mit freundlichen Grüßen
Petra Grünhagen
Landkreis Steinbergen, Sozialamt, Planung und Controlling
""", client="notes", org="Landkreis Steinbergen, Sozialamt, Planung und Controlling",
      invoice_address=INV_STEIN, payment_agreement=True, questions=1, **REG,
      note="Binding with an order number and a condition; one question (invoice also by post)."),
    p("r12-html-only.eml", ("Yvonne Krappmann", "y.krappmann@caritas-hohenlinde.example"),
      "Verbindliche Anmeldung", "Tue, 01 Jul 2025 15:20:00 +0200", "", html_only=True,
      html="""<html><body><p>Guten Tag,</p><p>ich melde mich <b>verbindlich</b> zur Jahrestagung an und bin mit der Zahlung nach Rechnungsstellung einverstanden.</p>
<p><u>Rechnungsanschrift:</u><br>Caritasverband Hohenlinde e.V.<br>Fachdienst Gemeindecaritas<br>Domweg 5<br>36037 Hohenlinde</p>
<p>Mit freundlichen Grüßen<br>Yvonne Krappmann<br>Caritasverband Hohenlinde e.V. | Fachdienst Gemeindecaritas</p></body></html>
""", organization="Caritasverband Hohenlinde e.V., Fachdienst Gemeindecaritas",
      invoice_address="Caritasverband Hohenlinde e.V., Fachdienst Gemeindecaritas, Domweg 5, 36037 Hohenlinde",
      payment_agreement=True, **REG, note="HTML-only, complete."),
    p("r13-ueberschrift-frage.eml", ("Nadine Wolters", "nadine.wolters@stadt-oberhagen.example"),
      "Frage zur Anmeldung", "Wed, 02 Jul 2025 09:30:00 +0200", """Hallo,

ich wollte nur fragen, ob das so reicht: Ich melde mich hiermit verbindlich an, Mitglied (Stadt Oberhagen ist institutionelles Mitglied). Die Rechnungsadresse reiche ich nach, sobald ich sie von der Kämmerei habe.

Grüße
Nadine Wolters
Stadt Oberhagen, Fachbereich Jugend, Soziales, Wohnen
""", org="Stadt Oberhagen, Fachbereich Jugend, Soziales, Wohnen", member=True, questions=1, **REG,
      note="Subject 'Frage zur Anmeldung' and 'ob das so reicht': a binding registration with a question whether it is enough; invoice address and payment still missing."),
    p("r14-zwei-mit-fragen.eml", ("Ingo Lammers", "ingo.lammers@diakonie-emsland-sued.example"),
      "Anmeldung Lammers + Kühne", "Thu, 03 Jul 2025 12:12:12 +0200", """Hallo,

wir melden uns beide verbindlich an, ich und Frau Svenja Kühne. Rechnung an:

Diakonie Emsland-Süd gGmbH
Buchhaltung
Kirchstraße 14
49808 Lingenbrück

Bezahlt wird nach Rechnung. Zwei Fragen: Können wir die Rechnung getrennt bekommen (zwei Kostenstellen)? Und gibt es am Freitag vegetarisches Mittagessen?

Ingo Lammers
""", organization="Diakonie Emsland-Süd gGmbH", persons=2, people=["Svenja Kühne"],
      invoice_address="Diakonie Emsland-Süd gGmbH, Buchhaltung, Kirchstraße 14, 49808 Lingenbrück",
      payment_agreement=True, questions=2, **REG,
      note="Two persons, complete, two questions (split invoice, lunch); organisation only in the invoice block."),
    p("r15-fristverlaengerung.eml", ("Carsten Heitmüller", "c.heitmueller@stadt-sandhorst.example"),
      "Anmeldung kurz vor knapp", "Fri, 04 Jul 2025 23:40:00 +0200", """Guten Abend,

auf den letzten Drücker: anbei das Formular, ich bin verbindlich dabei.

C. Heitmüller
""", client="iphone", name="Carsten Heitmüller",
      attachments=[("formular.pdf", "application/pdf", form_pdf({
          "name": "Carsten Heitmüller", "organisation": "Stadt Sandhorst, Amt für Soziales",
          "personen": "1", "datum": "04.07.25"}, checked=()))],
      organization="Stadt Sandhorst, Amt für Soziales", member=False, payment_agreement=False, **REG,
      note="A form with both boxes unticked and no invoice address, sent at the deadline: member false, payment false, both missing."),
]
