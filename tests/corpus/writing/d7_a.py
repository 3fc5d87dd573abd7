"""DEVELOPMENT set 7: threads of a whole season, people 1-8 (NRW and Lower Saxony).
Every mail is its own case, labelled from that mail alone."""

from d7_quote import PROG, REMIND_EN, gm_en, ol, p, programme_de, reminder_en, tb

POHL = dict(name="Annegret Pohlmann", email="a.pohlmann@kreis-eggegebirge.example", client="outlook",
            org="Kreis Eggegebirge, Dezernat 4 – Soziales, Sozialplanung")
WITT = dict(name="Jonas Wittkamp", email="jonas.wittkamp@lennebrueck.example", client="iphone",
            org="Stadt Lennebrück, Amt für Soziales und Wohnen")
OVER = dict(name="Marlies Overbeck-Sander", title="Dr.", email="m.overbeck-sander@lv-bergland.example",
            client="outlook", display="Overbeck-Sander, Marlies, Dr.",
            org="Landschaftsverband Bergisches Land, Dezernat Jugend und Schule, Stabsstelle Planung")
KUHL = dict(name="Heinz-Dieter Kuhlmann", email="hd.kuhlmann@t-online.example", client="thunderbird-old")
BRUE = dict(name="Fenja Brüggemann", email="f.brueggemann@lk-allerheide.example", client="roundcube",
            org="Landkreis Aller-Heide, Fachbereich Jugend, Familie und Soziales")
OCON = dict(name="Sarah O'Connell", email="s.oconnell@migrationlab.example", client="apple", lang="en",
            org="Migration Policy Lab gGmbH")
REUS = dict(name="Thomas Reuß", email="thomas.reuss@region-deisterland.example", client="outlook-web",
            org="Region Deisterland, Fachbereich Soziales, Team Sozialberichterstattung")
BOEK = dict(name="Ilse Böker", email="ilse.boeker@kreisfreie-stadt-hammstede.example", client="notes",
            org="Stadt Hammstede, Dezernat V, Sozialplanung und Statistik")

INV_POHL = "Kreis Eggegebirge, Dezernat 4 – Soziales, Sozialplanung, Kreishaus, Lindenallee 12, 33041 Eggedorf"

MAILS = [
    # --- Annegret Pohlmann: five mails over the season
    p(POHL, "s01-pohlmann-1-voranmeldung.eml", "Voranmeldung Jahrestagung Köln",
      "Tue, 11 Mar 2025 08:47:12 +0100",
      """Guten Morgen,

unsere Fachbereichsleitung hat Ihre Vorankündigung in der Runde herumgeschickt. Ich möchte mir gern einen Platz für September in Köln reservieren lassen, die Dienstreise beantrage ich diese Woche noch.

Viele Grüße aus dem Kreishaus
Annegret Pohlmann

Kreis Eggegebirge
Dezernat 4 – Soziales
Sozialplanung
Tel. 05231 4471-220
""", intent="pre_registration",
      note="First contact of a five-mail thread: a pre-registration in plain words ('einen Platz reservieren lassen'), the tip came from the head of department."),
    p(POHL, "s02-pohlmann-2-programmfrage.eml", "Frage zum Ablauf am 25.9.",
      "Wed, 16 Apr 2025 14:02:40 +0200",
      """Hallo nochmal,

ich bin ja schon vorgemerkt. Eine Sache vorab, weil ich die Anreise planen muss: gibt es am Donnerstag schon etwas vor 10 Uhr, z. B. ein Stehcafé, oder reicht es, wenn ich um halb zehn da bin?

Danke und viele Grüße
A. Pohlmann
""", organization='', intent="question", questions=1,
      note="Second mail: only a question about the first morning; being already pre-registered is stated, not asked."),
    p(POHL, "s03-pohlmann-3-verbindlich.eml", "AW: " + PROG, "Mon, 16 Jun 2025 10:15:03 +0200",
      """Sehr geehrte Damen und Herren,

anbei das ausgefüllte Formular – hiermit melde ich mich verbindlich an. Die Rechnung bitte an:

Kreis Eggegebirge
Dezernat 4 – Soziales, Sozialplanung
Kreishaus, Lindenallee 12
33041 Eggedorf

Die Zahlung erfolgt innerhalb von 14 Tagen nach Rechnungseingang. Wir sind über den Kreis Mitglied.

Mit freundlichen Grüßen
Annegret Pohlmann
""" + ol("Dienstag, 20. Mai 2025 09:12", PROG, "Pohlmann, Annegret", programme_de("Annegret Pohlmann")),
      intent="registration", member=True, invoice_address=INV_POHL, payment_agreement=True,
      note="Third mail: binding registration above the Outlook-quoted programme mail (both fees in the quote); 'anbei' but no attachment - the mail itself has everything."),
    p(POHL, "s04-pohlmann-4-ueberwiesen.eml", "Rechnung 2025-0417 – Zahlung", "Thu, 14 Aug 2025 11:30:00 +0200",
      """Hallo,

zur Info: unsere Kreiskasse hat heute die 250 € für meine Teilnahme überwiesen (Verwendungszweck Rechnung 2025-0417). Bitte kurz Bescheid geben, falls nichts ankommt.

Gruß
Annegret Pohlmann
""", organization='', intent="other", member=True,
      note="Payment notice ('hat heute ... überwiesen'): nothing to answer automatically, the office checks the account; not a registration again."),
    p(POHL, "s05-pohlmann-5-bescheinigung.eml", "Teilnahmebescheinigung", "Tue, 07 Oct 2025 09:05:18 +0200",
      """Liebe Geschäftsstelle,

danke für die zwei guten Tage in Köln! Für meine Personalakte bräuchte ich noch eine Teilnahmebescheinigung – können Sie mir die als PDF schicken?

Herzliche Grüße
Annegret Pohlmann
""", organization='', intent="question", questions=1,
      note="After the event: a request for a certificate of attendance (a question for staff)."),

    # --- Jonas Wittkamp: young, brief, from the phone
    p(WITT, "s06-wittkamp-1-tipp-kollegin.eml", "Tagung Köln", "Fri, 21 Mar 2025 16:48:09 +0100",
      """Hi,

meine Kollegin Frau Demir meinte, ich soll mich bei Ihnen melden, wenn ich im September mit nach Köln will. Will ich 🙂 Bitte mich erstmal unverbindlich vormerken.

LG Jonas Wittkamp
Stadt Lennebrück, Amt für Soziales und Wohnen

Von meinem iPhone gesendet
""", intent="pre_registration",
      note="A colleague's tip; pre-registration with an emoji, the colleague is not a further person."),
    p(WITT, "s07-wittkamp-2-fest.eml", "Re: " + PROG, "Tue, 24 Jun 2025 07:55:31 +0200",
      """Moin, ich melde mich hiermit fest an. Nichtmitglied, also die 300.
Rechnung an Stadt Lennebrück, Amt 50, Rathausplatz 3, 58762 Lennebrück.
Wir zahlen innerhalb von 14 Tagen.

Jonas

Von meinem iPhone gesendet
""" + tb("20.05.2025 um 09:12", programme_de("Jonas Wittkamp")),
      intent="registration", member=False,
      invoice_address="Stadt Lennebrück, Amt 50, Rathausplatz 3, 58762 Lennebrück", payment_agreement=True,
      organization="Stadt Lennebrück, Amt 50",
      note="Binding registration in four lines above the quoted programme mail; the unit is only 'Amt 50' in the invoice address."),
    p(WITT, "s08-wittkamp-3-kollegin-dazu.eml", "noch jemand", "Wed, 25 Jun 2025 12:10:44 +0200",
      """Hallo nochmal,

Frau Elif Demir (elif.demir@lennebrueck.example) kommt jetzt doch auch mit, bitte sie auch verbindlich anmelden, gleiche Rechnungsadresse wie bei mir (Stadt Lennebrück, Amt 50, Rathausplatz 3, 58762 Lennebrück), Zahlung ebenso innerhalb von 14 Tagen. Sie ist auch kein Mitglied.

Danke!
Jonas
""", intent="registration", name="Elif Demir", email="elif.demir@lennebrueck.example", member=False,
      organization="Stadt Lennebrück, Amt 50",
      invoice_address="Stadt Lennebrück, Amt 50, Rathausplatz 3, 58762 Lennebrück", payment_agreement=True,
      note="A second person added the next day: the colleague is the attendee of this mail (her own address given); all details repeated."),
    p(WITT, "s09-wittkamp-4-absage.eml", "Absage Jonas Wittkamp", "Mon, 22 Sep 2025 06:40:02 +0200",
      """Guten Morgen, ich liege leider mit Fieber flach und kann Donnerstag nicht kommen. Bitte mich abmelden, Frau Demir fährt aber. Sorry für die späte Nachricht.

Jonas Wittkamp
""", organization='', intent="cancellation",
      note="Late cancellation three days before; the colleague still comes (not cancelled)."),

    # --- Dr. Marlies Overbeck-Sander: formal, Landschaftsverband
    p(OVER, "s10-overbeck-1-programm.eml", "Jahrestagung 2025 – Bitte um Programm", "Mon, 31 Mar 2025 10:20:00 +0200",
      """Sehr geehrte Damen und Herren,

ich interessiere mich für die VSOP-Jahrestagung im September und darf Sie bitten, mich für einen Platz vorzumerken und mir das Tagungsprogramm zuzusenden, sobald es vorliegt.

Mit freundlichen Grüßen
Dr. Marlies Overbeck-Sander

Landschaftsverband Bergisches Land
Dezernat Jugend und Schule
Stabsstelle Planung
Landeshaus, Kaiserstraße 2, 42103 Bergfeld
""", intent="pre_registration",
      note="Formal pre-registration with the request for the programme (what the pre-registration answer sends anyway, not a separate question)."),
    p(OVER, "s11-overbeck-2-anmeldung-frage.eml", "AW: " + PROG, "Thu, 26 Jun 2025 15:44:10 +0200",
      """Sehr geehrte Damen und Herren,

für die Jahrestagung möchte ich mich nun verbindlich anmelden. Der Landschaftsverband ist institutionelles Mitglied des VSOP. Rechnungsanschrift:

Landschaftsverband Bergisches Land
Dezernat Jugend und Schule
Kaiserstraße 2
42103 Bergfeld

Die Gebühr wird nach Rechnungsstellung innerhalb der Zahlungsfrist von 14 Tagen beglichen. Eine Frage noch: Ist der Tagungsort barrierefrei erreichbar? Ich bin auf einen Rollator angewiesen.

Mit freundlichen Grüßen
i. A. Dr. Marlies Overbeck-Sander
""" + ol("Dienstag, 8. April 2025 11:02", PROG, "Overbeck-Sander, Marlies, Dr.", programme_de("Dr. Marlies Overbeck-Sander")),
      organization='Landschaftsverband Bergisches Land, Dezernat Jugend und Schule', intent="registration", member=True, questions=1,
      invoice_address="Landschaftsverband Bergisches Land, Dezernat Jugend und Schule, Kaiserstraße 2, 42103 Bergfeld",
      payment_agreement=True,
      note="Binding registration plus an accessibility question: needs a human."),
    p(OVER, "s12-overbeck-3-rechnungsadresse.eml", "Änderung Rechnungsanschrift – Anmeldung Dr. Overbeck-Sander",
      "Wed, 09 Jul 2025 08:31:55 +0200",
      """Sehr geehrte Damen und Herren,

zu meiner verbindlichen Anmeldung vom 26.06. bitte ich um eine Korrektur: Die Rechnung soll nicht an das Dezernat, sondern an unsere zentrale Rechnungsstelle gehen:

Landschaftsverband Bergisches Land
Zentrale Rechnungsstelle – Kostenstelle 4410
Postfach 10 22 40
42022 Bergfeld

Sollte die Rechnung schon verschickt sein, bitte ich um eine neue.

Mit freundlichen Grüßen
Dr. Marlies Overbeck-Sander
""", organization='Landschaftsverband Bergisches Land', intent="question",
      note="Change of invoice address after registering: a question for staff (dev5's decision); the new address is not a new registration."),

    # --- Heinz-Dieter Kuhlmann: retired member, older voice
    p(KUHL, "s13-kuhlmann-1-vormerken.eml", "Tagung 2025", "Sat, 15 Mar 2025 19:12:00 +0100",
      """Liebe Leute vom VSOP,

ich bin zwar seit letztem Jahr im Ruhestand, aber als langjähriges Mitglied möchte ich auch diesmal gerne dabeisein. Merken Sie mich bitte vor. Das Programm können Sie mir per E-Mail schicken, Papier brauche ich nicht.

Mit herzlichen Grüßen
Ihr Heinz-Dieter Kuhlmann
(früher Sozialplanung Stadt Wunstorf-Leine)
""", intent="pre_registration", member=True,
      note="Retired member pre-registering; his former employer is history, not his organisation now."),
    p(KUHL, "s14-kuhlmann-2-anmeldung-privat.eml", "Re: " + PROG, "Sun, 29 Jun 2025 20:05:37 +0200",
      """Liebe Geschäftsstelle,

hier nun meine feste Anmeldung. Ich zahle privat, die Rechnung also bitte an:

Heinz-Dieter Kuhlmann
Am Kalihügel 7
31515 Wunstorf-Leine

Ich überweise den Mitgliedsbeitrag von 250 Euro sofort nach Erhalt, also in den 14 Tagen, die Sie wünschen.

Herzlich
Heinz-Dieter Kuhlmann
""" + tb("08.04.2025 um 11:02", programme_de("Heinz-Dieter Kuhlmann")),
      intent="registration", member=True,
      invoice_address="Heinz-Dieter Kuhlmann, Am Kalihügel 7, 31515 Wunstorf-Leine", payment_agreement=True,
      note="Private invoice address; 'Mitgliedsbeitrag' for the member fee (he means the fee)."),
    p(KUHL, "s15-kuhlmann-3-quittung.eml", "Quittung", "Fri, 10 Oct 2025 10:44:21 +0200",
      """Liebe Geschäftsstelle,

für meine Steuererklärung hätte ich gern eine Quittung über die 250 Euro, die ich am 2. August überwiesen habe. Geht das formlos?

Herzlich
H.-D. Kuhlmann
""", intent="question", questions=1,
      note="A receipt for the tax return: a question for staff."),

    # --- Fenja Brüggemann: Lower Saxony, Landkreis
    p(BRUE, "s16-brueggemann-1-vor-hotel.eml", "Voranmeldung + Hotel?", "Thu, 27 Mar 2025 13:01:59 +0100",
      """Hallo liebes VSOP-Team,

hiermit melde ich mich unverbindlich für die Jahrestagung an. Habt ihr ein Zimmerkontingent in einem Hotel in der Nähe, oder muss ich selber suchen?

Viele Grüße
Fenja Brüggemann
Landkreis Aller-Heide | Fachbereich Jugend, Familie und Soziales
""", intent="pre_registration", questions=1,
      note="Pre-registration plus a hotel question (two things)."),
    p(BRUE, "s17-brueggemann-2-verbindlich.eml", "AW: " + PROG, "Tue, 01 Jul 2025 09:09:09 +0200",
      """Hallo,

im Anhang das Formular, ich melde mich damit verbindlich an. Rechnungsadresse und Zahlung stehen im Formular.

Grüße
Fenja Brüggemann
""" + tb("08.04.2025 um 11:03", programme_de("Fenja Brüggemann")),
      organization='', intent="registration",
      note="'im Anhang das Formular' without any attachment: binding, but the invoice address and payment agreement are not in the mail.",
      missing=["invoice_address", "payment_agreement"]),
    p(BRUE, "s18-brueggemann-3-formular-nachgereicht.eml", "Formular vergessen", "Tue, 01 Jul 2025 09:31:40 +0200",
      """Ups, das Formular hing nicht dran. Hier die Daten so:

Rechnung an: Landkreis Aller-Heide, Fachbereich Jugend, Familie und Soziales, Am Markt 1, 29221 Heidestadt
Zahlungsvereinbarung: ja, wir zahlen innerhalb von 14 Tagen
Mitglied: nein

Fenja
""", intent="registration", member=False,
      invoice_address="Landkreis Aller-Heide, Fachbereich Jugend, Familie und Soziales, Am Markt 1, 29221 Heidestadt",
      payment_agreement=True,
      note="The forgotten form typed into a follow-up: read alone it is a complete binding registration."),

    # --- Sarah O'Connell: English
    p(OCON, "s19-oconnell-1-english-ok.eml", "Annual conference in Cologne – English?", "Mon, 07 Apr 2025 17:22:10 +0200",
      """Hello,

I work on migration and housing at a small policy lab in Cologne and would love to attend your annual conference. My German is okay for listening but I am slow at speaking. Is it fine if I ask questions in English during the workshops? Please also put me on the list provisionally.

Best,
Sarah O'Connell
Migration Policy Lab gGmbH
""", intent="pre_registration", questions=1,
      note="English pre-registration with a question on language in workshops."),
    p(OCON, "s20-oconnell-2-binding.eml", "Re: " + REMIND_EN, "Fri, 27 Jun 2025 11:11:11 +0200",
      """Hi,

thanks for the nudge! Please take this as my binding registration. We are not members (yet). Invoice to:

Migration Policy Lab gGmbH
Attn. Finance
Venloer Str. 301
50823 Köln

We agree to pay within 14 days of the invoice.

Cheers,
Sarah
""" + gm_en("Wed, 25 Jun 2025 at 08:00", reminder_en("Sarah O'Connell")),
      intent="registration", member=False,
      invoice_address="Migration Policy Lab gGmbH, Attn. Finance, Venloer Str. 301, 50823 Köln", payment_agreement=True,
      note="English binding registration answering the English reminder (Gmail quote); the 'Attn.' line belongs to the invoice address like a 'z. Hd.' line (label corrected after the first measurement: it had left the line out against the label format)."),
    p(OCON, "s21-oconnell-3-remittance.eml", "Payment sent – INV VSOP 2025-0388", "Mon, 28 Jul 2025 14:35:00 +0200",
      """Hello,

just to let you know our finance team paid invoice 2025-0388 (300.00 EUR) today by SEPA transfer. Reference: "VSOP 2025-0388 O'Connell".

Best,
Sarah
""", organization='', intent="other", member=False,
      note="An English payment notice: nothing to answer automatically."),

    # --- Thomas Reuß: Region, OWA
    p(REUS, "s22-reuss-1-vormerkung.eml", "Vormerkung Jahrestagung – T. Reuß", "Mon, 02 Jun 2025 16:58:00 +0200",
      """Sehr geehrte Damen und Herren,

auf den letzten Drücker: ich bitte um Vormerkung für die Jahrestagung im September.

Mit freundlichen Grüßen
Thomas Reuß
Region Deisterland
Fachbereich Soziales
Team Sozialberichterstattung
""", intent="pre_registration",
      note="Pre-registration on the deadline day ('Vormerkung'), OWA."),
    p(REUS, "s23-reuss-2-anmeldung.eml", "AW: " + PROG, "Fri, 04 Jul 2025 13:20:00 +0200",
      """Sehr geehrte Damen und Herren,

fristgerecht melde ich mich verbindlich an. Rechnungsanschrift: Region Deisterland, Fachbereich Soziales, Team Sozialberichterstattung, Hildesheimer Str. 20, 30169 Deisterstadt. Mitglied sind wir nicht.

Mit freundlichen Grüßen
Thomas Reuß
""" + ol("Mittwoch, 4. Juni 2025 08:40", PROG, "Reuß, Thomas", programme_de("Thomas Reuß")),
      intent="registration", member=False,
      invoice_address="Region Deisterland, Fachbereich Soziales, Team Sozialberichterstattung, Hildesheimer Str. 20, 30169 Deisterstadt",
      note="Binding registration on the last day; no payment agreement stated (missing)."),
    p(REUS, "s24-reuss-3-zahlung-nachtrag.eml", "AW: Ihre verbindliche Anmeldung – fehlende Angabe", "Mon, 07 Jul 2025 08:02:00 +0200",
      """Guten Morgen,

die Zahlungsvereinbarung reiche ich gern nach: Wir überweisen die Teilnahmegebühr innerhalb von 14 Tagen nach Erhalt der Rechnung.

Mit freundlichen Grüßen
Thomas Reuß
""", organization='', intent="registration", member=None, payment_agreement=True,
      missing=["invoice_address"],
      note="Answer to the office's missing-details mail: from this mail alone a binding registration with the payment agreement, the address being in the earlier mail."),
    p(REUS, "s25-reuss-4-spaete-absage.eml", "Absage Teilnahme Jahrestagung", "Fri, 19 Sep 2025 15:47:00 +0200",
      """Sehr geehrte Damen und Herren,

aus dienstlichen Gründen (Sondersitzung des Sozialausschusses) muss ich meine Teilnahme leider absagen. Wird die Gebühr in diesem Fall erstattet, oder kann ich eine Kollegin schicken?

Mit freundlichen Grüßen
Thomas Reuß
""", organization='', intent="cancellation", questions=2,
      note="Late cancellation with two questions (refund, substitute): needs a human."),

    # --- Ilse Böker: kreisfreie Stadt, Notes
    p(BOEK, "s26-boeker-1-zwei-personen.eml", "Voranmeldung 2 Personen", "Tue, 22 Apr 2025 10:10:10 +0200",
      """Sehr geehrte Damen und Herren,

für die Jahrestagung möchten wir zwei Plätze vormerken lassen: für mich und für meinen Kollegen Herrn Karsten Lüdeking.

Freundliche Grüße
Ilse Böker
Stadt Hammstede
Dezernat V
Sozialplanung und Statistik
""", intent="pre_registration", persons=2, people=["Karsten Lüdeking"],
      note="Two-person pre-registration from a kreisfreie Stadt (Notes)."),
    p(BOEK, "s27-boeker-2-einer-weniger.eml", "Voranmeldung – nur noch eine Person", "Tue, 17 Jun 2025 09:00:00 +0200",
      """Sehr geehrte Damen und Herren,

Herr Lüdeking hat eine neue Stelle angetreten und wird nicht teilnehmen; bitte streichen Sie ihn aus der Vormerkung. Für mich bleibt es dabei.

Freundliche Grüßen
Ilse Böker
""", intent="cancellation", name="Karsten Lüdeking", email=None,
      note="One of two withdrawn by the colleague: a cancellation of Karsten Lüdeking (no address of his), hers stays.",
      organization=""),
]
