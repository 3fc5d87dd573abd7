"""DEVELOPMENT set 10: more binding registrations at the borders (a booking order from a
Landesamt, a registration under a condition, a team in a table, the form plus a change)."""

from d10_quote import PROG, ol_de, p, programme, tb
from make_corpus import form_pdf

REG = dict(intent="registration")

MAILS = [
    p("r21-landesamt-bestellung.eml", ("Katharina Pohlmann-Weiß", "katharina.pohlmann-weiss@lafs.example", "Dr."),
      "Teilnahme Jahrestagung – Bestellung Nr. 2025/0388", "Fri, 27 Jun 2025 09:30:00 +0200", """Sehr geehrte Damen und Herren,

hiermit wird die Teilnahme von Frau Dr. Pohlmann-Weiß an der o. g. Tagung verbindlich angemeldet. Die Kosten (Tarif Nichtmitglieder) werden nach Vorlage der Rechnung angewiesen.

Rechnungsempfänger:
Landesamt für Familie und Soziales
Zentrale Beschaffung
Bestellnummer 2025/0388
Postfach 80 12
99011 Erfurt

Im Auftrag
Dr. Katharina Pohlmann-Weiß

Landesamt für Familie und Soziales
Referat 23 – Sozialberichterstattung, Armutsprävention
""", client="outlook", org="Landesamt für Familie und Soziales, Referat 23 – Sozialberichterstattung, Armutsprävention",
      member=False, invoice_address="Landesamt für Familie und Soziales, Zentrale Beschaffung, Bestellnummer 2025/0388, Postfach 80 12, 99011 Erfurt",
      payment_agreement=True, **REG,
      note="Officialese in the passive; 'Rechnungsempfänger:' as the label line; 'Tarif Nichtmitglieder' gives member false."),
    p("r22-sofern-genehmigt.eml", ("Ronny Hentschel", "ronny.hentschel@kjr-erzvorland.example"),
      "Anmeldung unter Vorbehalt", "Mon, 30 Jun 2025 15:00:00 +0200", """Sehr geehrte Damen und Herren,

ich melde mich hiermit verbindlich an, vorbehaltlich der Zustimmung unseres Vorstands am 3. Juli. Die Rechnung geht an den Kreisjugendring Erzvorland e.V., Geschäftsstelle, Annaberger Str. 20, 09456 Erzvorland; wir zahlen nach Erhalt.

Hochachtungsvoll
Ronny Hentschel
Kreisjugendring Erzvorland e.V.
""", org="Kreisjugendring Erzvorland e.V.", auto_reply=False, needs_human=True,
      invoice_address="Kreisjugendring Erzvorland e.V., Geschäftsstelle, Annaberger Str. 20, 09456 Erzvorland",
      payment_agreement=True, **REG,
      note="A binding registration under a condition (board approval): a person decides, no automatic answer (as dev5)."),
    p("r23-tabelle-vier.eml", ("Claudia Seifarth", "c.seifarth@landkreis-havelheide.example"),
      "Anmeldung Landkreis Havelheide (4 TN)", "Tue, 01 Jul 2025 10:10:00 +0200", """Guten Tag,

für den Landkreis Havelheide melde ich verbindlich an:

Name                 | Bereich
---------------------+------------------------
Claudia Seifarth     | Stabsstelle Planung
Romy Seidel          | Jugendhilfeplanung
Dr. Henning Lautsch  | Gesundheitsamt
Ulrike Brambor       | Sozialamt

Wir sind Mitglied (institutionell). Rechnungsadresse wie in der Signatur, die Kreiskasse zahlt nach Rechnungslegung.

Claudia Seifarth
Landkreis Havelheide
Dezernat II – Jugend und Soziales
Stabsstelle Planung und Controlling
Am Kreishaus 1
14712 Havelheide
""", client="outlook", org="Landkreis Havelheide, Dezernat II – Jugend und Soziales, Stabsstelle Planung und Controlling",
      member=True, persons=4, people=["Romy Seidel", "Dr. Henning Lautsch", "Ulrike Brambor"],
      invoice_address="Landkreis Havelheide, Dezernat II – Jugend und Soziales, Stabsstelle Planung und Controlling, Am Kreishaus 1, 14712 Havelheide",
      payment_agreement=True, **REG,
      note="A table of four with units per person; 'Rechnungsadresse wie in der Signatur'."),
    p("r24-bitte-anmelden-frage.eml", ("Hildegard Schommers", "h.schommers@vg-saarmosel.example"),
      "Anmeldung nur Donnerstag", "Wed, 02 Jul 2025 08:30:00 +0200", """Hallo zusammen,

bitte melden Sie mich jetzt verbindlich an, ich komme nur am Donnerstag. Gibt es dafür einen geringeren Beitrag? Rechnung an VG Saar-Mosel, Finanzabteilung, Hauptstraße 40, 66706 Saar-Mosel; bezahlt wird nach Rechnung.

Gruß Hildegard Schommers
VG Saar-Mosel, Fachbereich Soziales
""", org="VG Saar-Mosel, Fachbereich Soziales", invoice_address="VG Saar-Mosel, Finanzabteilung, Hauptstraße 40, 66706 Saar-Mosel",
      payment_agreement=True, questions=1, **REG,
      note="Binding, one day only, and a question about a lower fee for one day."),
    p("r25-bezirksamt-passiv.eml", ("Jörg Mittelstädt", "joerg.mittelstaedt@bezirksamt-lindenhain.example", "Dr."),
      "hier: Anmeldung zur VSOP-Jahrestagung", "Wed, 02 Jul 2025 13:45:00 +0200", """Sehr geehrte Damen und Herren,

hiermit erkläre ich meine Teilnahme als verbindlich. Mitglied: nein. Die Gebühr wird nach Rechnungslegung durch die Serviceeinheit Finanzen beglichen (Rechnung an: Bezirksamt Lindenhain von Berlin, Serviceeinheit Finanzen, Leitweg-ID 11-0-07-12, 13407 Berlin).

Mit freundlichen Grüßen
Dr. Jörg Mittelstädt
Bezirksstadtrat
Bezirksamt Lindenhain von Berlin
Abteilung Soziales und Gesundheit
""", client="outlook-web", name="Jörg Mittelstädt",
      org="Bezirksamt Lindenhain von Berlin, Abteilung Soziales und Gesundheit", member=False,
      invoice_address="Bezirksamt Lindenhain von Berlin, Serviceeinheit Finanzen, Leitweg-ID 11-0-07-12, 13407 Berlin",
      payment_agreement=True, **REG, note="'hier:' subject, 'erkläre ... verbindliche Teilnahme', the invoice address in brackets."),
    p("r26-vorgemerkt-jetzt-fest-form-ohne-haken.eml", ("Anett Böhmer", "a.boehmer@stadt-weissbachtal.example"),
      "Anmeldebogen Böhmer", "Thu, 03 Jul 2025 11:00:00 +0200", """Hallo,

hier mein Bogen für Köln.

Anett Böhmer
Stadt Weißbachtal, Sachgebiet Soziales und Senioren
""", attachments=[("Bogen.pdf", "application/pdf", form_pdf({
          "name": "Anett Böhmer", "organisation": "Stadt Weißbachtal, Sachgebiet Soziales und Senioren",
          "personen": "1", "rechnungsanschrift": "Stadt Weißbachtal, Stadtkasse, Markt 3, 07973 Weißbachtal",
          "datum": "03.07.2025"}, checked=("vsop_mitglied",)))],
      org="Stadt Weißbachtal, Sachgebiet Soziales und Senioren", member=True,
      invoice_address="Stadt Weißbachtal, Stadtkasse, Markt 3, 07973 Weißbachtal", payment_agreement=False, **REG,
      note="A form with the member box ticked but the payment box unticked: payment_agreement false, missing."),
    p("r27-wir-nehmen-zwei.eml", ("Pascal Brömme", "p.broemme@quartiersnetz-frankenhain.example"),
      "Re: " + PROG, "Thu, 03 Jul 2025 16:20:00 +0200", """Hallo Frau Wolkenhauer,

wir nehmen die zwei Plätze: ich und unsere Praktikantin Lisa Marie Teuber. Rechnungsanschrift: Quartiersnetz Frankenhain e.V., Bahnhofstraße 17, 07318 Frankenhain. Den Betrag überweisen wir nach Eingang der Rechnung.

Freundliche Grüße
Pascal Brömme
Quartiersnetz Frankenhain e.V.
""" + tb("26.05.2025 um 15:30", programme("Herr Brömme")), client="thunderbird",
      org="Quartiersnetz Frankenhain e.V.", persons=2, people=["Lisa Marie Teuber"],
      invoice_address="Quartiersnetz Frankenhain e.V., Bahnhofstraße 17, 07318 Frankenhain", payment_agreement=True, **REG,
      note="'wir nehmen die zwei Plätze' as a binding booking above the programme mail."),
    p("r28-landkreis-kurz.eml", ("Evelin Tröger", "evelin.troeger@erzgebirgsvorland.example"),
      "Verbindliche Anmeldung Tröger", "Fri, 04 Jul 2025 08:00:00 +0200", """Sehr geehrte Frau Wolkenhauer,

heute ist der letzte Tag – deshalb schnell: Ich melde mich verbindlich an und zahle nach Rechnung. Rechnung an: Landkreis Erzgebirgsvorland, Referat Pflege und Senioren, Paulus-Jenisius-Str. 24, 09456 Erzgebirgsvorland.

Herzliche Grüße
Evelin Tröger
Landkreis Erzgebirgsvorland
Referat Pflege und Senioren
""", org="Landkreis Erzgebirgsvorland, Referat Pflege und Senioren",
      invoice_address="Landkreis Erzgebirgsvorland, Referat Pflege und Senioren, Paulus-Jenisius-Str. 24, 09456 Erzgebirgsvorland",
      payment_agreement=True, **REG, note="At the deadline, complete."),
    p("r29-privat-gmx.eml", ("Ralf Pietzsch", "ralf.pietzsch@gmx.example"),
      "Anmeldung", "Fri, 04 Jul 2025 21:55:00 +0200", """Hallo,

ich melde mich jetzt fest an und zahle die 300 Euro selbst, gern per Überweisung, sobald die Rechnung da ist. Meine Anschrift: Ralf Pietzsch, Am Mühlgraben 9, 04769 Dahlenau.

Ralf Pietzsch
""", client="gmx", charset="iso-8859-1", cte="quoted-printable", member=False,
      invoice_address="Ralf Pietzsch, Am Mühlgraben 9, 04769 Dahlenau", payment_agreement=True, **REG,
      note="A volunteer paying himself; the 300 EUR as his own fee gives member false; his postal address as invoice address."),
    p("r30-trotz-frist.eml", ("Olaf Wenzlaff", "o.wenzlaff@lk-oderbruchland.example"),
      "Nachmeldung Kollegin", "Mon, 07 Jul 2025 10:30:00 +0200", """Guten Tag,

ich weiß, die Frist ist vorbei – trotzdem: meine Kollegin Bianca Lüdtke möchte verbindlich mitkommen. Selbe Rechnungsadresse wie bei mir, gleiche Zahlungsweise. Geht das noch?

MfG
Olaf Wenzlaff
Landkreis Oderbruchland
Amt für Soziales und Wohnen, SG Sozialplanung
""", name="Bianca Lüdtke", email=None, org="Landkreis Oderbruchland, Amt für Soziales und Wohnen, SG Sozialplanung",
      questions=1, **REG,
      note="A colleague added after the deadline: her registration, 'selbe Rechnungsadresse' refers back (both missing from this mail alone), one question (is it still possible)."),
    p("r31-kommunal-kurz-ol.eml", ("Carola Niebergall", "c.niebergall@stadt-birkenfelden.example"),
      "AW: " + PROG, "Tue, 01 Jul 2025 12:00:00 +0200", """Hallo Frau Wolkenhauer,

Genehmigung ist durch, also: verbindlich angemeldet! Rechnung bitte an Stadt Birkenfelden, Amt 50, Schneewiesenstraße 25, 55765 Birkenfelden. Wir überweisen dann.

Carola Niebergall
Stadt Birkenfelden, Amt 50
""" + ol_de("Montag, 19. Mai 2025 14:10", PROG, "Carola Niebergall", programme("Frau Niebergall")), client="outlook",
      org="Stadt Birkenfelden, Amt 50", invoice_address="Stadt Birkenfelden, Amt 50, Schneewiesenstraße 25, 55765 Birkenfelden",
      payment_agreement=True, **REG, note="'verbindlich angemeldet!' as the act, not a state: she registers now."),
    p("r32-hs-zwei-mitglieder.eml", ("Franziska Lindemann", "lindemann@hs-unstrut.example"),
      "Anmeldung Lindemann / Sternkopf", "Wed, 02 Jul 2025 09:20:00 +0200", """Guten Tag,

ich melde mich und Prof. Dr. Aurel Sternkopf verbindlich an. Ich bin persönliches Mitglied, Herr Sternkopf nicht. Die Hochschule zahlt beide Gebühren nach Rechnung an: Hochschule Unstrut-Hainich, Drittmittelverwaltung, Projekt 7721, Am Steinweg 2, 99974 Unstrut.

Franziska Lindemann
--
Hochschule Unstrut-Hainich
Fachbereich Sozialwesen
""", org="Hochschule Unstrut-Hainich, Fachbereich Sozialwesen", member=True, persons=2,
      people=["Prof. Dr. Aurel Sternkopf"], people_members=[False],
      invoice_address="Hochschule Unstrut-Hainich, Drittmittelverwaltung, Projekt 7721, Am Steinweg 2, 99974 Unstrut",
      payment_agreement=True, **REG, note="Membership per person (she yes, he no); a project number in the invoice sentence."),
    p("r33-jobcenter-form.eml", ("Detlef Gerstenberger", "d.gerstenberger@jobcenter-havelheide.example"),
      "Anmeldung Gerstenberger + Frage Parken", "Thu, 03 Jul 2025 07:45:00 +0200", """Moin,

Formular anbei. Gibt es am Tagungsort Parkplätze?

Detlef Gerstenberger
Jobcenter Landkreis Havelheide
Team Markt und Integration
""", attachments=[("anmeldung.pdf", "application/pdf", form_pdf({
          "name": "Detlef Gerstenberger", "email": "d.gerstenberger@jobcenter-havelheide.example",
          "organisation": "Jobcenter Landkreis Havelheide, Team Markt und Integration", "personen": "1",
          "rechnungsanschrift": "Jobcenter Landkreis Havelheide, Finanzen, Kreishausweg 3, 14712 Havelheide",
          "datum": "02.07.2025"}, checked=("zahlungsvereinbarung",)))],
      org="Jobcenter Landkreis Havelheide, Team Markt und Integration", member=False,
      invoice_address="Jobcenter Landkreis Havelheide, Finanzen, Kreishausweg 3, 14712 Havelheide",
      payment_agreement=True, questions=1, **REG, note="The form plus a question about parking."),
]
