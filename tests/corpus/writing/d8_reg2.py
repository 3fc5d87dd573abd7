"""DEVELOPMENT set 8: binding registrations (part 2): South Tyrol, Luxembourg, East Belgium,
small Bavarian, Franconian and Swabian places, welfare associations, Jobcenter, a
Hochschule, a consultancy, a freelancer. Written apart from the rules (README.md)."""

from d8_quote import FORMS, FORMS_TEXT, LAST, notes_quote, outlook_quote
from make_corpus import form_pdf, mail, scanned_pdf

PDF = "application/pdf"

MAILS = [
    mail("rg-s01-suedtirol-split-payment.eml",
         frm=("Verena Oberhollenzer", "verena.oberhollenzer@bzg-rienztal.example"),
         subject="Verbindliche Anmeldung / iscrizione definitiva", client="outlook", date="Thu, 26 Jun 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die Ermächtigung liegt vor; ich melde mich verbindlich an. Die Bezirksgemeinschaft ist Mitglied (250 €).

Rechnungsempfänger:
Bezirksgemeinschaft Rienztal
Amt für Finanzen – Ufficio finanze
Steuernummer 92012345678
Empfängerkodex UF7K2P
Graben 12
39031 Rienztal (BZ)
Italien

Der Betrag wird nach Eingang der elektronischen Rechnung überwiesen.

Mit freundlichen Grüßen / Cordiali saluti
Verena Oberhollenzer
Bezirksgemeinschaft Rienztal – Comunità comprensoriale Val di Rienza
Sozialdienste – Servizi sociali
""",
         intent="registration", name="Verena Oberhollenzer", member=True,
         organization="Bezirksgemeinschaft Rienztal, Comunità comprensoriale Val di Rienza, Sozialdienste, Servizi sociali",
         invoice_address="Bezirksgemeinschaft Rienztal, Amt für Finanzen – Ufficio finanze, Steuernummer 92012345678, Empfängerkodex UF7K2P, Graben 12, 39031 Rienztal (BZ), Italien",
         payment_agreement=True,
         note="South Tyrol: 'Rechnungsempfänger:' block with tax number and recipient code; the fee quoted in parentheses."),

    mail("rg-l01-luxemburg-formular.eml",
         frm=("Carole Schmit", "carole.schmit@osc-mamerdall.example"),
         subject="Inscription définitive", client="outlook", date="Tue, 01 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

anbei der ausgefüllte Anmeldebogen. Die Zahlungsvereinbarung habe ich angekreuzt.

Mat beschte Gréiss
Carole Schmit
""",
         attachments=[("VSOP_Anmeldung_Schmit.pdf", PDF, form_pdf({
             "name": "Carole Schmit", "email": "carole.schmit@osc-mamerdall.example",
             "organisation": "Office social commun Mamerdall, Service planification sociale", "personen": "1",
             "rechnungsanschrift": "Office social commun Mamerdall\nComptabilité\n14, rue de la Gare\nL-7590 Mamerdall",
             "datum": "01.07.2025"}, checked=("zahlungsvereinbarung",)))],
         intent="registration", name="Carole Schmit", member=False,
         organization="Office social commun Mamerdall, Service planification sociale",
         invoice_address="Office social commun Mamerdall, Comptabilité, 14, rue de la Gare, L-7590 Mamerdall",
         payment_agreement=True,
         note="Luxembourg: PDF form with a French invoice address, member box unticked."),

    mail("rg-b01-ostbelgien-kollegium.eml",
         frm=("Ingrid Lentz", "ingrid.lentz@gemeinde-amelscheid.example"),
         subject="Verbindliche Anmeldung Gemeinde Amelscheid", client="thunderbird", date="Wed, 25 Jun 2025 14:10:00 +0200",
         body="""Sehr geehrte Frau Ostendorp,

das Gemeindekollegium hat in seiner Sitzung vom 23. Juni die Teilnahme genehmigt. Damit ist meine Anmeldung verbindlich. Die Zahlung wird durch den Finanzdirektor nach Eingang der Rechnung angewiesen.

Rechnung bitte an die Gemeinde Amelscheid, z. Hd. Finanzdirektion, Hauptstraße 22, B-4770 Amelscheid, MwSt.-Nr. BE 0207.123.456.

Mit freundlichen Grüßen
Ingrid Lentz
Gemeinde Amelscheid
Dienst für Soziales und Senioren
""",
         intent="registration", name="Ingrid Lentz",
         organization="Gemeinde Amelscheid, Dienst für Soziales und Senioren",
         invoice_address="Gemeinde Amelscheid, z. Hd. Finanzdirektion, Hauptstraße 22, B-4770 Amelscheid, MwSt.-Nr. BE 0207.123.456",
         payment_agreement=True,
         note="East Belgium: 'wird angewiesen' (payment ordered by the Finanzdirektor); invoice address in a sentence."),

    # --- Bavaria, Franconia, Swabia
    mail("rg-y01-vg-leitweg.eml",
         frm=("Andreas Kreuzpointner", "a.kreuzpointner@vg-rottachgrund.example"),
         subject="Verbindliche Anmeldung", client="outlook", date="Mon, 23 Jun 2025 07:50:00 +0200",
         body="""Sehr geehrte Damen und Herren,

zur Jahrestagung melde ich mich jetzt verbindlich an, nachdem der Gemeinschaftsvorsitzende zugestimmt hat. Die Gebühr wird nach Rechnungseingang von der Kasse der Verwaltungsgemeinschaft überwiesen.

Rechnungsanschrift:
Verwaltungsgemeinschaft Rottachgrund
Kämmerei
Leitweg-ID 09187123-VGR-45
Schulstraße 3
83123 Oberzelling

Bitte als XRechnung.

Freundliche Grüße
Andreas Kreuzpointner
Verwaltungsgemeinschaft Rottachgrund
Ordnungs- und Sozialamt
""",
         intent="registration", name="Andreas Kreuzpointner",
         organization="Verwaltungsgemeinschaft Rottachgrund, Ordnungs- und Sozialamt",
         invoice_address="Verwaltungsgemeinschaft Rottachgrund, Kämmerei, Leitweg-ID 09187123-VGR-45, Schulstraße 3, 83123 Oberzelling",
         payment_agreement=True,
         note="Leitweg-ID in the block; 'Bitte als XRechnung' is a request the office fulfils (no question); the signature this time without member municipalities."),

    mail("rg-y02-landratsamt-tabelle-vier.eml",
         frm=("Eibl, Johann", "johann.eibl@lra-hohenrieden.example"),
         subject="Verbindliche Anmeldung Abteilung 4 – 4 Personen", client="outlook", date="Fri, 27 Jun 2025 11:25:00 +0200",
         body="""Sehr geehrte Damen und Herren,

für die Abteilung 4 melde ich folgende Beschäftigte verbindlich an:

Nr.  Name                      Sachgebiet
1    Johann Eibl               Abteilungsleitung
2    Stefanie Wimmer           SG 41 Jugendhilfeplanung
3    Xaver Huber               SG 43 Seniorenarbeit
4    Dr. Claudia Obermaier     Gesundheitsregion plus

Der Landkreis ist Mitglied im VSOP. Eine Kostenübernahmeerklärung der Kreiskasse folgt per Post; die Gebühren werden nach Rechnungseingang überwiesen.

Rechnungsanschrift:
Landratsamt Hohenrieden
Kreiskasse
Landrat-Maier-Platz 1
84123 Hohenrieden

Mit freundlichen Grüßen
Johann Eibl
Regierungsdirektor
Landratsamt Hohenrieden
Abteilung 4 – Jugend, Familie und Soziales
""",
         intent="registration", name="Johann Eibl", member=True, persons=4,
         people=["Stefanie Wimmer", "Xaver Huber", "Dr. Claudia Obermaier"],
         organization="Landratsamt Hohenrieden, Abteilung 4, Jugend, Familie und Soziales",
         invoice_address="Landratsamt Hohenrieden, Kreiskasse, Landrat-Maier-Platz 1, 84123 Hohenrieden",
         payment_agreement=True,
         note="A whole Abteilung registers four in a numbered table with Sachgebiet; the sender is first; 'Der Landkreis ist Mitglied'."),

    mail("rg-y03-markt-franken-kasse.eml",
         frm=("Kunigunde Dorsch", "k.dorsch@markt-wiesentgrund.example"),
         subject="AW: " + FORMS, date="Tue, 24 Jun 2025 10:30:00 +0200", client="outlook",
         body="""Hallo Frau Ostendorp,

der Bürgermeister hat unterschrieben, ich bin also fest dabei. Zahlen tut die Marktkasse, wenn die Rechnung da ist.

Rechnung an:
Markt Wiesentgrund
Kasse
Marktplatz 1
91346 Wiesentgrund

Viele Grüße
Kuni Dorsch
Markt Wiesentgrund
Bürgerbüro / Soziales
""" + outlook_quote(FORMS_TEXT, "Donnerstag, 5. Juni 2025 14:02", "Dorsch Kunigunde", FORMS),
         intent="registration", name="Kunigunde Dorsch", organization="Markt Wiesentgrund, Bürgerbüro, Soziales",
         invoice_address="Markt Wiesentgrund, Kasse, Marktplatz 1, 91346 Wiesentgrund", payment_agreement=True,
         note="'fest dabei', Franconian 'Zahlen tut die Marktkasse, wenn die Rechnung da ist'; the full first name from the From display name."),

    mail("rg-y04-awo-eine-statt-zwei.eml",
         frm=("Gerlinde Hafenmaier", "g.hafenmaier@awo-mindeltal.example"),
         subject="Verbindliche Anmeldung AWO Mindeltal", client="thunderbird", date="Mon, 30 Jun 2025 15:05:00 +0200",
         body="""Sehr geehrte Damen und Herren,

nun also verbindlich: Ich nehme teil. Frau Schäffler kann im September leider nicht, sie bleibt bitte nicht vorgemerkt.

Wir sind inzwischen Mitglied geworden (Antrag vom 10. Juni). Die Teilnahmegebühr überweisen wir nach Rechnungserhalt.

Rechnungsanschrift:
Arbeiterwohlfahrt Kreisverband Mindeltal e.V.
Verwaltung
Bahnhofstraße 18
87719 Mindeltal

Herzliche Grüße
Gerlinde Hafenmaier
Arbeiterwohlfahrt Kreisverband Mindeltal e.V.
Fachbereich Offene Sozialarbeit
""",
         intent="registration", needs_human=True, auto_reply=False, name="Gerlinde Hafenmaier", member=True,
         organization="Arbeiterwohlfahrt Kreisverband Mindeltal e.V., Fachbereich Offene Sozialarbeit",
         invoice_address="Arbeiterwohlfahrt Kreisverband Mindeltal e.V., Verwaltung, Bahnhofstraße 18, 87719 Mindeltal",
         payment_agreement=True,
         note="Registers herself and withdraws the colleague's pre-registration: a person must remove the colleague (needs_human); new member since June."),

    mail("rg-y05-diakonie-vorbehalt.eml",
         frm=("Tobias Schwarzfischer", "tobias.schwarzfischer@diakonie-naabtal.example"),
         subject="Anmeldung unter Vorbehalt", date="Wed, 11 Jun 2025 09:30:00 +0200", client="outlook",
         body="""Guten Tag,

damit ich die Frist nicht verpasse, melde ich mich schon jetzt verbindlich an – allerdings unter dem Vorbehalt, dass der Aufsichtsrat am 12. Juni den Haushalt freigibt. Sollte das nicht geschehen, würde ich kostenfrei zurücktreten wollen.

Rechnung an: Diakonisches Werk Naabtal e.V., Finanzbuchhaltung, Kirchgasse 5, 92421 Naabtal. Zahlung nach Rechnungseingang.

Gruß
Tobias Schwarzfischer
Diakonisches Werk Naabtal e.V. | Sozialplanung und Controlling
""",
         intent="registration", needs_human=True, auto_reply=False, name="Tobias Schwarzfischer",
         organization="Diakonisches Werk Naabtal e.V., Sozialplanung und Controlling",
         invoice_address="Diakonisches Werk Naabtal e.V., Finanzbuchhaltung, Kirchgasse 5, 92421 Naabtal", payment_agreement=True,
         note="A conditional binding registration with a free withdrawal asked for: a person decides (dev5's convention)."),

    mail("rg-y06-jobcenter-zwei-einer-fehlt.eml",
         frm=("Jobcenter Altmühlkreis", "jobcenter-altmuehlkreis.planung@jobcenter-ge.example"),
         subject="Verbindliche Anmeldung", client="outlook", date="Thu, 03 Jul 2025 13:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die Dienstreiseanträge sind genehmigt. Wir melden verbindlich an:

- Petra Gschwendner (petra.gschwendner@jobcenter-ge.example)
- Karl-Heinz Rieß (karl-heinz.riess@jobcenter-ge.example)

Die Rechnung richten Sie bitte an das Jobcenter Altmühlkreis, Finanzen, Postfach 11 22, 91781 Altmühlkreis. Nach Eingang wird die Zahlung veranlasst.

Mit freundlichen Grüßen
im Auftrag
Petra Gschwendner
Jobcenter Altmühlkreis
Bereich Markt und Integration
""",
         intent="registration", name="Petra Gschwendner", email="petra.gschwendner@jobcenter-ge.example",
         persons=2, people=["Karl-Heinz Rieß"],
         organization="Jobcenter Altmühlkreis, Bereich Markt und Integration",
         invoice_address="Jobcenter Altmühlkreis, Finanzen, Postfach 11 22, 91781 Altmühlkreis", payment_agreement=True,
         note="A Jobcenter's functional mailbox; both persons with own addresses in a dashed list; the signer's listed address is the attendee's."),

    mail("rg-w01-landesjugendamt-notes.eml",
         frm=("Dr. Hiltrud Mayerhofer", "hiltrud.mayerhofer@zbfs-landesjugendamt.example"),
         subject="Verbindliche Anmeldung", client="notes", date="Wed, 02 Jul 2025 08:40:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit erkläre ich meine verbindliche Teilnahme. Die Zahlung erfolgt über die Staatsoberkasse nach Eingang der Rechnung.

Rechnungsanschrift:
Zentrum Familie und Soziales
Landesjugendamt
Haushaltsstelle 10 07 / 525 01
Winzererstraße 9
80797 München-Nord

Mit freundlichen Grüßen
Dr. Hiltrud Mayerhofer
""" + notes_quote(FORMS_TEXT, "05.06.2025 14:02", FORMS),
         intent="registration", name="Hiltrud Mayerhofer", title="Dr.",
         organization="Zentrum Familie und Soziales, Landesjugendamt",
         invoice_address="Zentrum Familie und Soziales, Landesjugendamt, Haushaltsstelle 10 07 / 525 01, Winzererstraße 9, 80797 München-Nord",
         payment_agreement=True,
         note="Staatsoberkasse; a Haushaltsstelle in the block; no signature units this time, the organisation from the invoice block."),

    mail("rg-w02-hochschule-scan.eml",
         frm=("Prof. Dr. Bernhard Zollitsch", "bernhard.zollitsch@hs-illergau.example"),
         subject="Anmeldebogen", client="outlook", date="Fri, 04 Jul 2025 17:55:00 +0200",
         body="""Liebe Frau Ostendorp,

anbei in letzter Minute mein unterschriebener Anmeldebogen (gescannt).

Beste Grüße
Bernhard Zollitsch
Hochschule Illergau – Fakultät Soziales und Gesundheit
""",
         attachments=[("Scan_20250704_175212.pdf", PDF, scanned_pdf("d8-zollitsch"))],
         intent="registration", name="Bernhard Zollitsch", needs_human=True, missing_unknown=True,
         organization="Hochschule Illergau, Fakultät Soziales und Gesundheit",
         note="A scanned form without text: a registration, but nobody can read its details from the mail (needs_human, missing unknown)."),

    mail("rg-w03-consult-rechnung-gmbh.eml",
         frm=("Jonas Wiedemann", "jw@sozialraum-consult.example"),
         subject="Verbindliche Anmeldung J. Wiedemann", client="apple", date="Thu, 26 Jun 2025 12:30:00 +0200",
         body="""Hallo VSOP-Team,

ich melde mich verbindlich an, Nichtmitglied. Rechnung an die Firma:

sozialraum consult GmbH
Buchhaltung
Maximilianstraße 31
86150 Augsburg-Süd
USt-IdNr. DE 298765432

Wir überweisen innerhalb von 14 Tagen.

Beste Grüße
Jonas Wiedemann
Senior Consultant

sozialraum consult GmbH | Beratung für Kommunen
""",
         intent="registration", name="Jonas Wiedemann", member=False,
         organization="sozialraum consult GmbH",
         invoice_address="sozialraum consult GmbH, Buchhaltung, Maximilianstraße 31, 86150 Augsburg-Süd, USt-IdNr. DE 298765432",
         payment_agreement=True,
         note="'Rechnung an die Firma:' above the block; 'Wir überweisen innerhalb von 14 Tagen' (after the invoice implied)."),

    mail("rg-w04-einzelunternehmerin-privat.eml",
         frm=("Ute Kammerlander", "post@kammerlander-moderation.example"),
         subject="Jetzt fix: Anmeldung", date="Tue, 01 Jul 2025 07:20:00 +0200",
         body="""Guten Morgen,

die Aufträge stehen, ich komme. Bitte die Rechnung an:

Ute Kammerlander
Moderation und Prozessbegleitung
Am Weiherbach 7
87509 Immenried

Ich bin Einzelunternehmerin, Kleinunternehmerregelung. Überweisung sofort nach Erhalt.

Ute Kammerlander
""",
         intent="registration", name="Ute Kammerlander",
         invoice_address="Ute Kammerlander, Moderation und Prozessbegleitung, Am Weiherbach 7, 87509 Immenried",
         payment_agreement=True,
         note="A freelancer: the invoice address is her own name and trade; no organisation labelled (a person's trade description is no organisation)."),

    mail("rg-w05-buergerstiftung-uebernimmt.eml",
         frm=("Walburga Heindl", "heindl@buergerstiftung-isengau.example"),
         subject="Anmeldung Walburga Heindl", date="Mon, 30 Jun 2025 19:10:00 +0200",
         body="""Liebe Frau Ostendorp,

die Stiftung übernimmt die Gebühr, ich melde mich also verbindlich an. Der Schatzmeister überweist, sobald die Rechnung da ist. Bitte ausstellen auf:

Bürgerstiftung Isengau
z. Hd. Schatzmeister Herrn Alois Bichlmaier
Kirchplatz 2
84513 Isengau

Mit herzlichen Grüßen
Walburga Heindl
Bürgerstiftung Isengau
""",
         intent="registration", name="Walburga Heindl", organization="Bürgerstiftung Isengau",
         invoice_address="Bürgerstiftung Isengau, z. Hd. Schatzmeister Herrn Alois Bichlmaier, Kirchplatz 2, 84513 Isengau",
         payment_agreement=True,
         note="'Bitte ausstellen auf:' introduces the invoice block; the treasurer pays in the third person."),

    mail("rg-w06-caritas-mitglied-frage.eml",
         frm=("Elke Brandhuber", "e.brandhuber@caritas-inngau.example"),
         subject="AW: " + LAST, client="outlook", date="Thu, 03 Jul 2025 16:45:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit verbindlich angemeldet: Elke Brandhuber. Unser Diözesanverband ist Mitglied beim VSOP – gilt das auch für uns als Kreisverband, also 250 statt 300 Euro?

Die Rechnung bitte an: Caritasverband für den Landkreis Inngau e.V., Buchhaltung, Spitalgasse 4, 84489 Inngau. Wir zahlen per Überweisung nach Rechnungseingang.

Danke!
Elke Brandhuber
Caritasverband für den Landkreis Inngau e.V.
Fachdienst Gemeindecaritas
""",
         intent="registration", questions=1, name="Elke Brandhuber",
         organization="Caritasverband für den Landkreis Inngau e.V., Fachdienst Gemeindecaritas",
         invoice_address="Caritasverband für den Landkreis Inngau e.V., Buchhaltung, Spitalgasse 4, 84489 Inngau",
         payment_agreement=True,
         note="Membership unclear (the diocesan association is a member): asked as a question, so member is left out; the fees appear only inside the question."),
]
