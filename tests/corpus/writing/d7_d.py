"""DEVELOPMENT set 7: threads of a whole season, people 29-36 (all four regions)."""

from d7_quote import PROG, REMIND_DE, ol, p, programme_de, reminder_de, tb

LEHM = dict(name="Stefanie Lehmkuhl", email="stefanie.lehmkuhl@kreis-borkenheide.example", client="outlook",
            org="Kreis Borkenheide, Fachbereich Jugend und Familie, Jugendhilfeplanung")
ZIEG = dict(name="Bernd Ziegenhorn", email="b.ziegenhorn@samtgemeinde-oste-mitte.example", client="thunderbird",
            org="Samtgemeinde Oste-Mitte, Fachbereich Bürgerservice und Soziales")
MARX = dict(name="Christiane Marx", email="marx.c@wartburgstadt.example", client="outlook",
            org="Stadt Wartburgstadt, Dezernat II, Sozialplanung")
OEZT = dict(name="Derya Öztürk", email="derya.oeztuerk@lvr-nord.example", client="outlook-web",
            org="Landschaftsverband Niederrhein-Nord, Fachbereich Sozialhilfe, Team Steuerung")
HAMA = dict(name="Klaus Hamacher", email="k.hamacher@buergermeisterei-roetgenbach.example", client="outlook",
            org="Gemeinde Rötgenbach, Fachbereich 2")
WIEN = dict(name="Friederike Wienold", email="friederike.wienold@region-leinebergland.example", client="apple",
            org="Region Leinebergland, Dezernat II, Sozialplanung")
BACH = dict(name="Tobias Bachmann", email="t.bachmann@kyffhaeuser-sued.example", client="android",
            org="Landratsamt Kyffhäuser-Süd, Jugendamt")

MAILS = [
    # --- Stefanie Lehmkuhl: Kreis in NRW, hotel and a second colleague
    p(LEHM, "s73-lehmkuhl-1-vormerken-kollege.eml", "Jahrestagung: Vormerkung für zwei", "Tue, 25 Mar 2025 10:30:00 +0100",
      """Hallo zusammen,

könnten Sie bitte meinen Kollegen Marco Hüsken und mich für die Tagung im September vormerken? Wir entscheiden bis Juni, ob wir beide fahren dürfen.

Viele Grüße
Stefanie Lehmkuhl
Kreis Borkenheide
Fachbereich Jugend und Familie
Jugendhilfeplanung
""", intent="pre_registration", persons=2, people=["Marco Hüsken"],
      note="'meinen Kollegen X und mich' as a polite question that is a request, not a question."),
    p(LEHM, "s74-lehmkuhl-2-nur-ich-verbindlich.eml", "AW: " + PROG, "Thu, 26 Jun 2025 11:00:00 +0200",
      """Hallo zusammen,

genehmigt wurde leider nur eine Dienstreise: Herr Hüsken fällt raus, ich melde mich verbindlich an. Rechnungsanschrift:

Kreis Borkenheide
Fachbereich Jugend und Familie
Burloer Str. 93
46325 Borkenheide

Die Kreiskasse überweist nach Eingang der Rechnung innerhalb von 14 Tagen.

Viele Grüße
Stefanie Lehmkuhl
""" + ol("Montag, 31. März 2025 10:00", PROG, "Lehmkuhl, Stefanie", programme_de("Stefanie Lehmkuhl")),
      organization='Kreis Borkenheide, Fachbereich Jugend und Familie', intent="registration", questions=0,
      invoice_address="Kreis Borkenheide, Fachbereich Jugend und Familie, Burloer Str. 93, 46325 Borkenheide",
      payment_agreement=True, needs_human=True,
      note="She registers bindingly and withdraws her colleague in the same mail: a registration that needs a human (dev5's decision for withdraw-and-register)."),

    # --- Bernd Ziegenhorn: Samtgemeinde, Lower Saxony
    p(ZIEG, "s75-ziegenhorn-1-vormerkung.eml", "Vormerkung", "Thu, 08 May 2025 15:00:00 +0200",
      """Moin aus der Samtgemeinde,

unser Bürgermeister hat mir die Ausschreibung auf den Tisch gelegt. Ich möchte gern dabei sein, bitte vormerken.

Bernd Ziegenhorn
Samtgemeinde Oste-Mitte
Fachbereich Bürgerservice und Soziales
""", intent="pre_registration", note="Low German greeting, a tip from the mayor."),
    p(ZIEG, "s76-ziegenhorn-2-erinnerung.eml", "Re: " + REMIND_DE, "Tue, 01 Jul 2025 08:00:00 +0200",
      """Moin,

danke fürs Erinnern, hatte ich verschwitzt. Ich melde mich also verbindlich an, wir sind kein Mitglied.
Rechnung an: Samtgemeinde Oste-Mitte, Fachbereich Bürgerservice und Soziales, Am Markt 5, 21756 Ostedeich.
Zahlung innerhalb von 14 Tagen ist in Ordnung.

Bernd Ziegenhorn
""" + tb("30.06.2025 um 08:00", reminder_de("Bernd Ziegenhorn")),
      intent="registration", member=False,
      invoice_address="Samtgemeinde Oste-Mitte, Fachbereich Bürgerservice und Soziales, Am Markt 5, 21756 Ostedeich",
      payment_agreement=True, note="Binding registration in reply to the reminder."),
    p(ZIEG, "s77-ziegenhorn-3-zahlung.eml", "Überweisung Teilnahmegebühr", "Thu, 31 Jul 2025 10:00:00 +0200",
      """Moin,

haben heute überwiesen, 300 Euro, Verwendungszweck Ihre Rechnungsnummer. Brauchen Sie noch was von mir?

Bernd Ziegenhorn
""", organization='', intent="other", member=False,
      note="'haben heute überwiesen' with a polite closing question the office answers only if needed: a payment notice (other)."),

    # --- Christiane Marx: Thuringia, an English phrase or two
    p(MARX, "s78-marx-1-save-the-date.eml", "Save the date erhalten – Vormerkung", "Mon, 14 Apr 2025 09:15:00 +0200",
      """Liebe Geschäftsstelle,

Ihr Save the date hat mich erreicht. Bitte tragen Sie mich unverbindlich als Interessentin ein.

Beste Grüße
Christiane Marx
Stadt Wartburgstadt
Dezernat II – Sozialplanung
""", intent="pre_registration", note="'als Interessentin eintragen' for a pre-registration."),
    p(MARX, "s79-marx-2-verbindlich-frage-rechnung.eml", "AW: " + PROG, "Tue, 01 Jul 2025 13:45:00 +0200",
      """Liebe Geschäftsstelle,

hiermit melde ich mich verbindlich an und stimme der Zahlung binnen 14 Tagen zu. Rechnung an: Stadt Wartburgstadt, Dezernat II, Sozialplanung, Markt 10, 99817 Wartburgstadt. Können Sie auf der Rechnung bitte unser Kassenzeichen 7.4410.5300 angeben?

Beste Grüße
Christiane Marx
""" + ol("Montag, 14. April 2025 15:00", PROG, "Marx, Christiane", programme_de("Christiane Marx")),
      intent="registration", questions=1,
      invoice_address="Stadt Wartburgstadt, Dezernat II, Sozialplanung, Markt 10, 99817 Wartburgstadt",
      payment_agreement=True, note="Binding registration with a request to print a reference on the invoice (a question for staff)."),

    # --- Derya Öztürk: Landschaftsverband, newly a member
    p(OEZT, "s80-oeztuerk-1-mitglied-werden.eml", "Mitgliedschaft und Tagung", "Wed, 02 Apr 2025 10:00:00 +0200",
      """Sehr geehrte Damen und Herren,

zwei Fragen: Wie werde ich Mitglied im VSOP, und gilt der ermäßigte Beitrag für die Jahrestagung dann schon, wenn ich jetzt eintrete?

Mit freundlichen Grüßen
Derya Öztürk
Landschaftsverband Niederrhein-Nord
Fachbereich Sozialhilfe
Team Steuerung
""", intent="question", questions=2, note="Two questions on membership before anything else."),
    p(OEZT, "s81-oeztuerk-2-vormerkung.eml", "Re: Mitgliedschaft und Tagung", "Mon, 07 Apr 2025 09:00:00 +0200",
      """Danke! Der Aufnahmeantrag ist unterwegs. Bitte merken Sie mich schon einmal für die Tagung vor.

Derya Öztürk
""", organization='', intent="pre_registration", note="Short pre-registration after the answer; membership is only applied for (left open)."),
    p(OEZT, "s82-oeztuerk-3-verbindlich-mitglied.eml", "AW: " + PROG, "Fri, 20 Jun 2025 10:00:00 +0200",
      """Sehr geehrte Damen und Herren,

inzwischen bin ich Mitglied (Aufnahme zum 1. Mai) und melde mich verbindlich an. Die Rechnung über 250 € bitte an:

Landschaftsverband Niederrhein-Nord
Fachbereich Sozialhilfe, Team Steuerung
Kennedy-Ufer 3
47533 Kleverheide

Wir zahlen innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Derya Öztürk
""" + ol("Dienstag, 8. April 2025 11:30", PROG, "Öztürk, Derya", programme_de("Derya Öztürk")),
      intent="registration", member=True,
      invoice_address="Landschaftsverband Niederrhein-Nord, Fachbereich Sozialhilfe, Team Steuerung, Kennedy-Ufer 3, 47533 Kleverheide",
      payment_agreement=True, note="Now a member; the member fee quoted as her own."),

    # --- Klaus Hamacher: small Gemeinde in NRW, wants a paper form
    p(HAMA, "s83-hamacher-1-vorab.eml", "VSOP-Tagung", "Tue, 20 May 2025 11:00:00 +0200",
      """Guten Tag,

auch unsere kleine Gemeinde macht jetzt Sozialplanung. Ich bitte um Vormerkung und um Zusendung des Programms.

Mit freundlichem Gruß
Klaus Hamacher
Gemeinde Rötgenbach
Fachbereich 2
""", intent="pre_registration", note="Plain pre-registration from a small Gemeinde."),
    p(HAMA, "s84-hamacher-2-kalender.eml", "Tagungstermin im Kalender", "Tue, 20 May 2025 11:20:00 +0200",
      """Guten Tag,

gibt es den Termin auch als Kalenderdatei (ics)? Unser Outlook nimmt sonst die Uhrzeiten nicht richtig.

Mit freundlichem Gruß
Klaus Hamacher
""", organization='', intent="question", questions=1, note="A question about a calendar file."),
    p(HAMA, "s85-hamacher-3-absage-vor-anmeldung.eml", "Absage VSOP-Tagung", "Wed, 02 Jul 2025 12:00:00 +0200",
      """Guten Tag,

ich muss meine Vormerkung leider zurückziehen, der Rat hat die Fortbildungsmittel gestrichen. Vielleicht klappt es nächstes Jahr.

Mit freundlichem Gruß
Klaus Hamacher
""", organization='', intent="cancellation", note="Withdraws the pre-registration ('Vormerkung zurückziehen')."),

    # --- Friederike Wienold: Region, iPhone and Mac
    p(WIEN, "s86-wienold-1-tipp-weiter.eml", "Jahrestagung – Hinweis an Kollegin", "Fri, 16 May 2025 09:00:00 +0200",
      """Hallo,

ich bin schon vorgemerkt, wollte nur sagen: meine Kollegin Johanna Brinkmann aus der Jugendhilfeplanung interessiert sich auch und meldet sich selbst bei Ihnen.

Gruß
Friederike Wienold
Region Leinebergland
Dezernat II | Sozialplanung
""", intent="other", note="An announcement that a colleague will write herself: nothing to register, nothing asked (other)."),
    p(WIEN, "s87-wienold-2-verbindlich-html.eml", "Re: " + PROG, "Mon, 23 Jun 2025 17:00:00 +0200",
      """Hallo,

ich melde mich verbindlich an! Rechnung an Region Leinebergland, Dezernat II, Sozialplanung, Leinstraße 27, 31028 Leinebergen – Zahlung innerhalb von 14 Tagen nach Rechnungserhalt.

Gruß
Friederike Wienold
""" + tb("19.05.2025 um 09:00", programme_de("Friederike Wienold")),
      intent="registration",
      invoice_address="Region Leinebergland, Dezernat II, Sozialplanung, Leinstraße 27, 31028 Leinebergen",
      payment_agreement=True, note="Binding registration; the invoice address and payment agreement in one sentence split by a dash."),
    p(WIEN, "s88-wienold-3-rechnung-doppelt.eml", "Rechnung doppelt erhalten?", "Tue, 29 Jul 2025 10:00:00 +0200",
      """Hallo,

ich habe zwei Rechnungen mit unterschiedlichen Nummern für meine Teilnahme bekommen (2025-0355 und 2025-0361). Welche soll ich bezahlen?

Gruß
Friederike Wienold
""", organization='', intent="question", questions=1, note="Two invoices received: a question for staff."),

    # --- Tobias Bachmann: young, Thuringia, phone
    p(BACH, "s89-bachmann-1-bin-dabei.eml", "Tagung September", "Sun, 01 Jun 2025 20:00:00 +0200",
      """Hallo, würde gerne mitkommen nach Köln, bitte vormerken. Gruß Tobias Bachmann, LRA Kyffhäuser-Süd, Jugendamt
""", intent="pre_registration", organization="LRA Kyffhäuser-Süd, Jugendamt",
      note="One line from the phone with 'LRA' for Landratsamt."),
    p(BACH, "s90-bachmann-2-fest-ohne-rechnung.eml", "Re: " + PROG, "Thu, 03 Jul 2025 21:30:00 +0200",
      """Hi, hiermit fest angemeldet. Rechnungsadresse schicke ich morgen aus dem Büro nach.

Tobias

Gesendet von Outlook für Android
""" + tb("02.06.2025 um 09:00", programme_de("Tobias Bachmann")),
      intent="registration", organization="",
      note="Binding registration without invoice address and payment agreement (both missing); the address will follow."),
    p(BACH, "s91-bachmann-3-rechnung-nach.eml", "Rechnungsadresse Bachmann", "Fri, 04 Jul 2025 08:10:00 +0200",
      """Guten Morgen, wie versprochen:

Landratsamt Kyffhäuser-Süd
Jugendamt
Markt 8
99706 Sondershain

Wir überweisen nach Rechnungseingang innerhalb von 14 Tagen.

Tobias Bachmann
""", intent="registration",
      invoice_address="Landratsamt Kyffhäuser-Süd, Jugendamt, Markt 8, 99706 Sondershain", payment_agreement=True,
      organization="Landratsamt Kyffhäuser-Süd, Jugendamt",
      note="The promised details alone, without the word 'Anmeldung': from this mail alone the completion of a binding registration (label: registration, nothing missing)."),
]
