"""DEVELOPMENT set 11: binding registrations and cancellations in northern voices (Kreis,
Amt, Hansestadt, Bezirksamt, Jugendhilfe and Eingliederungshilfe providers), a few with a
question beside them; cancellations beside opt-outs ('abmelden' from the conference)."""

from d11_quote import PROG, ol_de, p, programme, tb
from make_corpus import form_pdf

REG = dict(intent="registration")
CAN = dict(intent="cancellation")

MAILS = [
    p("r01-kurz-verbindlich.eml", ("Hauke Petersen", "h.petersen@kreis-schwansen.example"),
      "AW: " + PROG, "Tue, 17 Jun 2025 08:05:00 +0200", """Moin,

hiermit verbindlich angemeldet. Rechnung an:
Kreis Schwansen-Förde
Fachdienst Soziales
Kostenstelle 5010
Am Kreishaus 1
24999 Schwansen

Zahlung nach Rechnungseingang innerhalb von 14 Tagen. Wir sind Mitglied.

Hauke Petersen
""" + ol_de("Montag, 16. Juni 2025 15:10", PROG, "Petersen, Hauke", programme("Herr Petersen")), client="outlook",
      org="Kreis Schwansen-Förde, Fachdienst Soziales", member=True,
      invoice_address="Kreis Schwansen-Förde, Fachdienst Soziales, Kostenstelle 5010, Am Kreishaus 1, 24999 Schwansen",
      payment_agreement=True, **REG,
      note="Complete and dry above the Outlook quote; organisation from the invoice block (the signature is the name only)."),
    p("r02-amtsdeutsch-verbindlich.eml", ("Gesche Thormählen", "gesche.thormaehlen@amt-treeneland.example"),
      "Verbindliche Anmeldung hier: Dienstreise genehmigt", "Wed, 18 Jun 2025 10:30:00 +0200", """Sehr geehrte Damen und Herren,

nach erfolgter Genehmigung der Dienstreise durch den Amtsdirektor wird die verbindliche Anmeldung der Unterzeichnenden zur Jahrestagung erklärt. Die Teilnahmegebühr in Höhe von 250,00 EUR wird nach Eingang der Rechnung fristgerecht durch die Amtskasse angewiesen.

Rechnungsanschrift:
Amt Treeneland
Amtskasse
Markt 3
24899 Treeneland

Mit freundlichen Grüßen
Im Auftrag

Gesche Thormählen
Amt Treeneland – Der Amtsdirektor
Fachbereich Bürgerdienste und Soziales
Sachgebiet Sozialplanung
""", org="Amt Treeneland, Fachbereich Bürgerdienste und Soziales, Sachgebiet Sozialplanung",
      member=True, invoice_address="Amt Treeneland, Amtskasse, Markt 3, 24899 Treeneland", payment_agreement=True, **REG,
      note="Amtsdeutsch in the passive; payment 'angewiesen' by the Amtskasse; membership from the fee quoted as its own."),
    p("r03-formular-pdf.eml", ("Jördis Mahnke", "joerdis.mahnke@diakonie-geestmoor.example"),
      "Anmeldebogen Mahnke", "Thu, 19 Jun 2025 13:13:00 +0200", """Moin,

anbei de Anmeldebogen. Bit denn in Köln!

Jördis Mahnke
""", attachments=[("Anmeldebogen_Mahnke.pdf", "application/pdf", form_pdf({
          "name": "Jördis Mahnke", "email": "joerdis.mahnke@diakonie-geestmoor.example",
          "organisation": "Diakonisches Werk Geestmoor, Eingliederungshilfe – Teilhabeplanung", "personen": "1",
          "rechnungsanschrift": "Diakonisches Werk Geestmoor e. V., Verwaltung, Kirchstraße 12, 27999 Geestmoor",
          "datum": "19.06.2025"}, checked=("zahlungsvereinbarung",)))],
      org="Diakonisches Werk Geestmoor, Eingliederungshilfe – Teilhabeplanung", member=False,
      invoice_address="Diakonisches Werk Geestmoor e. V., Verwaltung, Kirchstraße 12, 27999 Geestmoor",
      payment_agreement=True, **REG,
      note="Low German two lines and a filled PDF: member box unticked (false), payment box ticked."),
    p("r04-zwei-hansestadt.eml", ("Malte Jessen", "malte.jessen@hansestadt-ruegenow.example"),
      "Verbindliche Anmeldung Jessen / Suhr", "Mon, 23 Jun 2025 09:20:00 +0200", """Guten Morgen,

die Hansestadt Rüggenow meldet hiermit verbindlich an:

1. Malte Jessen
2. Inken Suhr

beide Amt für Jugend, Schule und Soziales, Jugendhilfeplanung. Wir sind keine Mitglieder. Die Rechnung über 600 Euro bitte an die Hansestadt Rüggenow, Stadtkasse, Am Markt 1, 17999 Rüggenow. Der Betrag wird nach Erhalt überwiesen.

Viele Grüße
Malte Jessen
Hansestadt Rüggenow
Amt für Jugend, Schule und Soziales
Jugendhilfeplanung
""", org="Hansestadt Rüggenow, Amt für Jugend, Schule und Soziales, Jugendhilfeplanung", member=False,
      persons=2, people=["Inken Suhr"], invoice_address="Hansestadt Rüggenow, Stadtkasse, Am Markt 1, 17999 Rüggenow",
      payment_agreement=True, **REG, note="Two persons in a numbered list, the sender listed first; invoice in a sentence."),
    p("r05-fehlende-rechnung.eml", ("Nele Wischhusen", "nele.wischhusen@bezirksamt-elbwerder.example"),
      "AW: " + PROG, "Tue, 24 Jun 2025 16:40:00 +0200", """Hallo,

hiermit melde ich mich für Köln fest an. Die Rechnungsanschrift reiche ich nach, sobald mir unsere Serviceeinheit die Leitweg-ID gegeben hat.

Freundliche Grüße
Nele Wischhusen

Freie und Hansestadt Hamburg
Bezirksamt Elbwerder
Fachamt Sozialraummanagement
""" + ol_de("Montag, 16. Juni 2025 15:12", PROG, "Wischhusen, Nele", programme("Frau Wischhusen")), client="outlook",
      org="Freie und Hansestadt Hamburg, Bezirksamt Elbwerder, Fachamt Sozialraummanagement",
      **REG, note="Binding, invoice address to follow, no payment agreement: both missing. The fees appear only in the quote."),
    p("r06-mit-frage-veggie.eml", ("Tjark Ahlers", "tjark.ahlers@vhs-jadekueste.example"),
      "Anmeldung Ahlers", "Wed, 25 Jun 2025 12:25:00 +0200", """Hallo,

nun ist es klar, ich komme: bitte verbindlich anmelden. Rechnung an die Volkshochschule Jadeküste, Am Deich 7, 26999 Jadeküste; wir zahlen innerhalb der Frist. Kein Mitglied.

Wie sieht es mit vegetarischem Essen aus?

Tjark Ahlers
VHS Jadeküste
""", org="VHS Jadeküste", member=False, invoice_address="Volkshochschule Jadeküste, Am Deich 7, 26999 Jadeküste",
      payment_agreement=True, questions=1, **REG, note="Complete binding registration with a food question."),
    p("r07-eingliederungshilfe-gruppe.eml", ("Arne Feddersen", "arne.feddersen@lebenshilfe-nordfriesland-west.example"),
      "Anmeldung Lebenshilfe – 3 Personen", "Thu, 26 Jun 2025 11:00:00 +0200", """Guten Tag,

wir melden verbindlich an:
- Arne Feddersen (Geschäftsführung)
- Marieke Boysen (Bereichsleitung Wohnen)
- Jan-Ole Carstensen (Teilhabeplanung)

Rechnungsanschrift:
Lebenshilfe Nordfriesland-West gGmbH
Buchhaltung
Süderstraße 40
25999 Nordfriesland-West

Wir überweisen nach Rechnungserhalt. Mitglied sind wir nicht.

Arne Feddersen
Lebenshilfe Nordfriesland-West gGmbH
""", org="Lebenshilfe Nordfriesland-West gGmbH", member=False, persons=3,
      people=["Marieke Boysen", "Jan-Ole Carstensen"],
      invoice_address="Lebenshilfe Nordfriesland-West gGmbH, Buchhaltung, Süderstraße 40, 25999 Nordfriesland-West",
      payment_agreement=True, **REG, note="Three persons in a dashed list with functions in brackets (not part of the names)."),
    p("r08-thunderbird-inline.eml", ("Ole Brüning", "ole.bruening@lk-wesermarsch-nord.example"),
      "Re: " + PROG, "Fri, 27 Jun 2025 07:55:00 +0200", """Moin Frau Ohlrogge,

passt, ich bin fest dabei. Rechnung bitte an: Landkreis Wesermarsch-Nord, Jugendamt, Postfach 1120, 26999 Wesermarsch. Bezahlt wird nach Rechnung.

Ole Brüning
Landkreis Wesermarsch-Nord, Jugendamt
""" + tb("16.06.2025 um 15:14", programme("Herr Brüning")), client="thunderbird",
      org="Landkreis Wesermarsch-Nord, Jugendamt",
      invoice_address="Landkreis Wesermarsch-Nord, Jugendamt, Postfach 1120, 26999 Wesermarsch",
      payment_agreement=True, **REG, note="'fest dabei' above Thunderbird's quote; 'Bezahlt wird nach Rechnung' (passive)."),
    p("r09-ehrenamt-privat.eml", ("Rieke Clasen", "rieke.clasen@gmx.example"),
      "Anmeldung", "Mon, 30 Jun 2025 20:15:00 +0200", """Guten Abend,

der Beirat hat zugestimmt, ich melde mich also verbindlich an. Die Rechnung bitte an mich:
Rieke Clasen
Heideweg 3
25999 Dörpstedt-Heide

Ich überweise dann sofort nach Erhalt.

Freundliche Grüße
Rieke Clasen
Seniorenbeirat der Gemeinde Dörpstedt-Heide
""", client="gmx", charset="iso-8859-1", cte="quoted-printable",
      org="Seniorenbeirat der Gemeinde Dörpstedt-Heide", invoice_address="Rieke Clasen, Heideweg 3, 25999 Dörpstedt-Heide",
      payment_agreement=True, **REG, note="A volunteer's private invoice address; GMX ISO-8859-1 QP."),
    p("r10-nur-zahlung-fehlt.eml", ("Fenja Harms", "fenja.harms@jugendhilfe-haffland.example"),
      "verbindliche Anmeldung", "Tue, 01 Jul 2025 14:00:00 +0200", """Hallo,

ich komme, hiermit also verbindlich.

Rechnung an:
Jugendhilfeverbund Haffland e. V.
Verwaltung
Haffstraße 2
17999 Ueckerhaff

Fenja Harms
Jugendhilfeverbund Haffland e. V.
""", org="Jugendhilfeverbund Haffland e. V.",
      invoice_address="Jugendhilfeverbund Haffland e. V., Verwaltung, Haffstraße 2, 17999 Ueckerhaff",
      **REG, note="Invoice address given, the payment agreement not: missing payment_agreement."),
    p("r11-vorzimmer-senatorin.eml", ("Frauke Rohlfs", "vorzimmer.abt4@soziales.bremerwarft.example"),
      "Verbindliche Anmeldung Frau Dr. Rohlfs", "Wed, 02 Jul 2025 09:40:00 +0200", """Sehr geehrte Damen und Herren,

im Auftrag von Frau Dr. Rohlfs melde ich sie hiermit verbindlich zur Jahrestagung an. Die Senatorin ist institutionelles Mitglied. Rechnungsanschrift:

Die Senatorin für Soziales, Jugend und Integration
Referat 40 – Haushalt
Leitweg-ID 04-0110-99999-18
Am Wall 400
28999 Bremerwarft

Die Zahlung erfolgt nach Rechnungseingang binnen 14 Tagen.

Mit freundlichen Grüßen
i. A. Merle Kück
Vorzimmer der Abteilungsleitung
Die Senatorin für Soziales, Jugend und Integration
Freie Hansestadt Bremerwarft
""", org="Die Senatorin für Soziales, Jugend und Integration, Freie Hansestadt Bremerwarft",
      title="Dr.", display="Kück, Merle", member=True,
      invoice_address="Die Senatorin für Soziales, Jugend und Integration, Referat 40 – Haushalt, Leitweg-ID 04-0110-99999-18, Am Wall 400, 28999 Bremerwarft",
      payment_agreement=True, email=None, **REG,
      note="The Vorzimmer registers the head of department from its own mailbox, her address not in this mail (email left out); Leitweg-ID in the invoice block."),
    p("r12-apple-mit-frage.eml", ("Swantje Kröger", "s.kroeger@kvhs-uecker.example"),
      "Anmeldung Kröger", "Thu, 03 Jul 2025 17:30:00 +0200", """Moin,

auf den letzten Drücker: Ich melde mich verbindlich an, 250 Euro als Mitglied, Rechnung an die Kreisvolkshochschule Uecker-Haffland, Bahnhofstraße 5, 17999 Uecker. Überweisung nach Rechnungseingang.

Kann ich am Freitag früher gehen, ohne dass es Probleme mit der Teilnahmebescheinigung gibt?

Swantje Kröger
Kreisvolkshochschule Uecker-Haffland
""", client="apple", org="Kreisvolkshochschule Uecker-Haffland", member=True,
      invoice_address="Kreisvolkshochschule Uecker-Haffland, Bahnhofstraße 5, 17999 Uecker",
      payment_agreement=True, questions=1, **REG, note="Binding with the member fee as its own and a question."),
    # --- cancellations, beside opt-outs
    p("c01-abmelden-tagung.eml", ("Bente Lüdemann", "bente.luedemann@kreis-nordstrand.example"),
      "Abmeldung Tagung", "Mon, 14 Jul 2025 08:00:00 +0200", """Guten Tag,

leider muss ich mich von der Tagung in Köln wieder abmelden, bei uns ist ein Haushaltsstopp verhängt worden. Den Rundbrief möchte ich aber weiter bekommen.

Mit freundlichen Grüßen
Bente Lüdemann
Kreis Nordstrand-Eider
Fachdienst Eingliederungshilfe
""", org="Kreis Nordstrand-Eider, Fachdienst Eingliederungshilfe", **CAN,
      note="'abmelden' from the conference, explicitly NOT from the circular: a cancellation."),
    p("c02-moin-kurz-absage.eml", ("Hinrich Wendt", "h.wendt@amt-geestland-sued.example"),
      "Köln", "Tue, 15 Jul 2025 12:12:00 +0200", """Moin,

wird nix mit Köln. Bitte streichen.

Gruß
Hinrich Wendt
Amt Geestland-Süd
""", org="Amt Geestland-Süd", **CAN, note="Dry: 'wird nix', 'Bitte streichen' (the place, not the mailing list)."),
    p("c03-ruhestand-beides.eml", ("Thees Lammers", "thees.lammers@lk-altmark-nord.example"),
      "Ruhestand", "Wed, 16 Jul 2025 10:00:00 +0200", """Guten Tag,

zum 1. September gehe ich in den Ruhestand. Meine Anmeldung für Köln ziehe ich deshalb zurück, und aus Ihrem Verteiler können Sie mich dann auch nehmen. Eine Nachfolge ist noch nicht benannt.

Danke für viele gute Jahre mit dem VSOP!
Thees Lammers
Landkreis Altmark-Nord
Stabsstelle Sozialplanung
""", org="Landkreis Altmark-Nord, Stabsstelle Sozialplanung", needs_human=True, **CAN,
      note="A cancellation AND an opt-out: the label format has one intent; the cancellation wins (it is answered), a person removes the address (needs_human)."),
    p("c04-krank-chefin.eml", ("Merle Kück", "vorzimmer.abt4@soziales.bremerwarft.example"),
      "Absage Frau Dr. Rohlfs", "Mon, 22 Sep 2025 08:10:00 +0200", """Sehr geehrte Damen und Herren,

Frau Dr. Rohlfs ist erkrankt und kann an der Jahrestagung leider nicht teilnehmen. Ich bitte, die Anmeldung zu stornieren.

Mit freundlichen Grüßen
i. A. Merle Kück
Vorzimmer der Abteilungsleitung
Die Senatorin für Soziales, Jugend und Integration
Freie Hansestadt Bremerwarft
""", org="Die Senatorin für Soziales, Jugend und Integration, Freie Hansestadt Bremerwarft",
      name="Frauke Rohlfs", title="Dr.", email=None, **CAN,
      note="The Vorzimmer cancels for her boss from the Vorzimmer mailbox; the boss's address is not in this mail (email left out)."),
    p("c05-englisch-absage.eml", ("Marit Sørensen", "marit.sorensen@kommune-graasten.example"),
      "Cancelling my place", "Thu, 17 Jul 2025 15:00:00 +0200", """Dear VSOP team,

unfortunately our travel budget was cut, so I have to withdraw my pre-registration for Cologne. Hopefully next year.

Kind regards,
Marit Sørensen
Graasten Kommune, Social Planning
""", en=True, org="Graasten Kommune, Social Planning", **CAN, note="English withdrawal of a pre-registration."),
]
