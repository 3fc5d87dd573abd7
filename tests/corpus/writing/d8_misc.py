"""DEVELOPMENT set 8: questions, cancellations (also for a colleague, substitutions),
opt-outs and other mail from the same regions. Written apart from the rules (README.md)."""

from make_corpus import mail

MAILS = [
    # --- questions
    mail("qu-01-wien-barrierefrei.eml",
         frm=("Mag. Leopold Wiesinger", "leopold.wiesinger@psd-wienerwald.example"),
         subject="Frage Barrierefreiheit", client="outlook", date="Thu, 15 May 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

bevor ich mich vormerken lasse: Ich bin Rollstuhlfahrer. Ist der Tagungsort in Köln stufenlos erreichbar und gibt es ein barrierefreies WC auf der Ebene des Saals?

Mit freundlichen Grüßen
Mag. Leopold Wiesinger
Psychosozialer Dienst Wienerwald
Koordination und Planung
""",
         intent="question", questions=1, name="Leopold Wiesinger", title="Mag.",
         organization="Psychosozialer Dienst Wienerwald, Koordination und Planung",
         note="Accessibility before pre-registering ('bevor ich mich vormerken lasse' is no action yet)."),

    mail("qu-02-schweiz-waehrung.eml",
         frm=("Claudia Egli", "claudia.egli@gemeinde-toesstal.example"),
         subject="Zahlung aus der Schweiz", date="Mon, 19 May 2025 14:30:00 +0200",
         body="""Guten Tag

Wir überlegen, zu zweit an Ihrer Tagung teilzunehmen. Können wir die Gebühr in Franken bezahlen, oder stellen Sie nur in Euro Rechnung? Und fallen für uns als Schweizer Gemeinde Zollformalitäten oder Mehrwertsteuer an?

Freundliche Grüsse
Claudia Egli
Gemeinde Tösstal, Abteilung Gesellschaft
""",
         intent="question", questions=2, name="Claudia Egli", organization="Gemeinde Tösstal, Abteilung Gesellschaft",
         note="Two payment questions before any registration ('wir überlegen')."),

    mail("qu-03-bayern-nur-ein-tag.eml",
         frm=("Sebastian Wallner", "s.wallner@markt-reichenbach-opf.example"),
         subject="Tageskarte?", client="iphone", date="Wed, 21 May 2025 07:05:00 +0200",
         body="""Hallo, kann man auch nur am Freitag kommen, und was kostet das dann? Am Donnerstag haben wir Marktgemeinderat.
S. Wallner, Markt Reichenbach

Von meinem iPhone gesendet
""",
         intent="question", questions=1, name="Sebastian Wallner", organization="Markt Reichenbach",
         note="A one-day ticket asked from the phone; a one-line signature with the Markt."),

    mail("qu-04-suedtirol-programm-wann.eml",
         frm=("Martina Unterkircher", "martina.unterkircher@sozialsprengel-eggen.example"),
         subject="Programm?", date="Mon, 02 Jun 2025 09:10:00 +0200",
         body="""Guten Tag,

ich bin seit Mitte Mai vorgemerkt, habe aber noch kein Programm bekommen. Wurde es schon verschickt, oder kommt es noch? Ich muss es meinem Antrag beilegen.

Freundliche Grüße
Martina Unterkircher
Sozialsprengel Eggental
""",
         intent="question", questions=1, name="Martina Unterkircher", organization="Sozialsprengel Eggental",
         note="Already pre-registered, asks where the programme is: a question, no new action."),

    mail("qu-05-landratsamt-rechnung-aendern.eml",
         frm=("Zentrale Rechnungsstelle LRA Hohenrieden", "rechnungen@lra-hohenrieden.example"),
         subject="Ihre Rechnung Nr. 2025-0412 – Korrektur erbeten", client="outlook", date="Wed, 16 Jul 2025 10:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Ihre Rechnung Nr. 2025-0412 über vier Teilnahmen kann leider nicht gebucht werden, da die Leitweg-ID fehlt. Wir bitten um Neuausstellung mit der Leitweg-ID 09187456-LRA-11 und der Bestellnummer BN-2025-0788.

Mit freundlichen Grüßen
i. A. Florian Reindl
Landratsamt Hohenrieden
Kreiskasse – Zentrale Rechnungsstelle
""",
         intent="question", questions=1, name="Florian Reindl",
         organization="Landratsamt Hohenrieden, Kreiskasse, Zentrale Rechnungsstelle",
         note="A county's invoice office asks for a re-issued invoice: a change request for staff (question, as in dev5)."),

    mail("qu-06-lux-sprache.eml",
         frm=("Marc Weis", "marc.weis@sisa-norden.example"),
         subject="Simultanübersetzung?", date="Tue, 27 May 2025 11:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

mehrere Kolleginnen aus unserem Syndicat interessieren sich für die Tagung, sprechen aber besser Französisch als Deutsch. Wird es Beiträge oder Unterlagen auf Französisch geben, oder eine Übersetzung?

Mat beschte Gréiss
Marc Weis
Syndicat intercommunal pour l'action sociale du Nord
""",
         intent="question", questions=1, name="Marc Weis",
         organization="Syndicat intercommunal pour l'action sociale du Nord",
         note="Luxembourg: French-speaking colleagues, asks about translation; no one registers."),

    mail("qu-07-ostbelgien-teilnahmebescheinigung.eml",
         frm=("Patrick Heinen", "patrick.heinen@oeshz-waimes-nord.example"),
         subject="Teilnahmebescheinigung", date="Thu, 10 Jul 2025 15:00:00 +0200", client="thunderbird",
         body="""Sehr geehrte Frau Ostendorp,

ich bin angemeldet und habe die Rechnung erhalten, danke. Unsere Personalabteilung verlangt für die Anrechnung als Weiterbildung eine Bescheinigung mit Stundenzahl. Stellen Sie eine solche aus, und wenn ja, am Ende der Tagung oder per Mail?

Mit freundlichen Grüßen
Patrick Heinen
ÖSHZ Weismes-Nord – Sozialdienst
""",
         intent="question", questions=1, name="Patrick Heinen", organization="ÖSHZ Weismes-Nord, Sozialdienst",
         note="After registering: a certificate of attendance with hours ('und wenn ja, ...' one question)."),

    mail("qu-08-hochschule-vortrag.eml",
         frm=("Dr. Judith Ammann", "judith.ammann@uni-oberrhein-ch.example"),
         subject="Möglichkeit eines Inputs", client="apple", date="Fri, 23 May 2025 13:30:00 +0200",
         body="""Liebe Organisatorinnen und Organisatoren

Ich leite an unserer Universität ein Forschungsprojekt zu kommunalen Sozialberichten in der Schweiz und in Süddeutschland. Wäre im Programm noch Raum für einen kurzen Input von 15 Minuten? Ich würde mich freuen, von Ihnen zu hören.

Freundliche Grüsse
Judith Ammann
Dr. phil. Judith Ammann
Universität Oberrhein | Institut für Soziologie
""",
         intent="question", questions=1, name="Judith Ammann", title="Dr. phil.",
         organization="Universität Oberrhein, Institut für Soziologie",
         note="A researcher offers a talk; 'Dr. phil.' written as title."),

    mail("qu-09-vorarlberg-busanreise.eml",
         frm=("Roland Fink", "roland.fink@gemeindeverband-walgau.example"),
         subject="Gruppenanreise", date="Wed, 11 Jun 2025 08:50:00 +0200",
         body="""Sehr geehrte Damen und Herren,

aus unserer Region würden voraussichtlich sechs bis acht Personen kommen. Gibt es ein Hotelkontingent in der Nähe des Tagungsortes, und könnten wir bei so vielen Teilnehmenden einen Gruppenpreis bekommen?

Freundliche Grüße
Roland Fink
Gemeindeverband Walgau
Regionalentwicklung und Soziales
""",
         intent="question", questions=2, name="Roland Fink",
         organization="Gemeindeverband Walgau, Regionalentwicklung und Soziales",
         note="A group may come: hotel quota and a group price; nobody is named or registered."),

    mail("qu-10-jobcenter-datenschutz.eml",
         frm=("Nicole Bräuninger", "nicole.braeuninger@jobcenter-ge.example"),
         subject="Teilnehmerliste", client="outlook", date="Mon, 07 Jul 2025 10:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich bin für die Tagung angemeldet. Wird eine Teilnehmerliste mit Namen und Dienststelle an alle verteilt? Falls ja, möchte ich vorher gefragt werden bzw. nicht aufgeführt werden.

Mit freundlichen Grüßen
Nicole Bräuninger
Jobcenter Donau-Ries-Süd
Beauftragte für Chancengleichheit am Arbeitsmarkt
""",
         intent="question", questions=1, name="Nicole Bräuninger", organization="Jobcenter Donau-Ries-Süd",
         note="A data protection question about the attendee list; the job title is not part of the organisation."),

    # --- cancellations
    mail("ca-01-magistrat-krank.eml",
         frm=("Huemer Theresia, Mag.a", "theresia.huemer@magistrat-ennsfeld.example"),
         subject="Stornierung Teilnahme Huemer", client="outlook", date="Mon, 15 Sep 2025 08:05:00 +0200",
         body="""Sehr geehrte Frau Ostendorp,

leider muss ich meine Teilnahme krankheitsbedingt stornieren. Bitte teilen Sie mir mit, ob und in welcher Höhe eine Stornogebühr anfällt, damit ich das an die Buchhaltung weitergeben kann.

Mit freundlichen Grüßen
Mag.a Theresia Huemer
Magistrat der Stadt Ennsfeld
Abteilung Soziales, Jugend und Familie
""",
         intent="cancellation", questions=1, name="Theresia Huemer", title="Mag.a",
         organization="Magistrat der Stadt Ennsfeld, Abteilung Soziales, Jugend und Familie",
         note="Austrian 'stornieren' plus a question about a cancellation fee."),

    mail("ca-02-statt-herrn.eml",
         frm=("Beatrice Zünd", "beatrice.zuend@seewilen.example"),
         subject="Wechsel Teilnehmer", date="Tue, 02 Sep 2025 09:40:00 +0200",
         body="""Guten Tag

Herr Gisler kann nicht nach Köln reisen. An seiner Stelle kommt Frau Yvonne Baumann (yvonne.baumann@seewilen.example), ebenfalls vom Sozialamt. Die Rechnung kann unverändert bleiben.

Beste Grüsse
Beatrice Zünd
Sozialamt der Stadt Seewilen
Fachstelle Sozialplanung
""",
         intent="cancellation", needs_human=True, auto_reply=False, name="Urs Gisler", email=None,
         organization="Sozialamt der Stadt Seewilen, Fachstelle Sozialplanung",
         note="A substitution ('An seiner Stelle kommt Frau X'): the cancelled colleague is the attendee of the cancellation, a person makes the swap (dev5's convention); the substitute's address in the text is not his."),

    mail("ca-03-kollege-bleibt.eml",
         frm=("Eibl, Johann", "johann.eibl@lra-hohenrieden.example"),
         subject="Abmeldung Herr Huber", client="outlook", date="Wed, 10 Sep 2025 14:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Herr Xaver Huber muss seine Teilnahme leider absagen; die übrigen drei Personen bleiben angemeldet.

Mit freundlichen Grüßen
Johann Eibl
Landratsamt Hohenrieden
Abteilung 4 – Jugend, Familie und Soziales
""",
         intent="cancellation", name="Xaver Huber", email=None,
         organization="Landratsamt Hohenrieden, Abteilung 4, Jugend, Familie und Soziales",
         note="The head cancels one of four; the others stay registered."),

    mail("ca-04-schweiz-kurz.eml",
         frm=("Iwan Imboden", "iwan.imboden@gemeinde-saastal.example"),
         subject="Abmeldung", date="Mon, 16 Jun 2025 06:40:00 +0200",
         body="""Bitte streichen Sie mich von der Vormerkliste, ich kann nicht kommen.
Gruss I. Imboden
""",
         intent="cancellation", name="Iwan Imboden",
         note="A pre-registration withdrawn in one line ('streichen Sie mich'); organisation not in this mail."),

    mail("ca-05-suedtirol-familie.eml",
         frm=("Verena Oberhollenzer", "verena.oberhollenzer@bzg-rienztal.example"),
         subject="Absage / disdetta", client="outlook", date="Fri, 19 Sep 2025 11:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

aus familiären Gründen kann ich leider nicht nach Köln kommen und muss mich abmelden. Könnte meine Kollegin Frau Evi Mair den Platz übernehmen? Sie würde sich dann selbst bei Ihnen melden.

Mit freundlichen Grüßen / Cordiali saluti
Verena Oberhollenzer
Bezirksgemeinschaft Rienztal – Comunità comprensoriale Val di Rienza
Sozialdienste – Servizi sociali
""",
         intent="cancellation", questions=1, name="Verena Oberhollenzer",
         organization="Bezirksgemeinschaft Rienztal, Comunità comprensoriale Val di Rienza, Sozialdienste, Servizi sociali",
         note="Cancels and asks whether a colleague may take the place (a question; the colleague will write herself)."),

    mail("ca-06-diakonie-haushalt.eml",
         frm=("Tobias Schwarzfischer", "tobias.schwarzfischer@diakonie-naabtal.example"),
         subject="Rücktritt von der Anmeldung", date="Fri, 13 Jun 2025 08:10:00 +0200", client="outlook",
         body="""Guten Tag,

der Aufsichtsrat hat den Haushalt leider nicht freigegeben. Ich trete daher, wie angekündigt, von meiner Anmeldung zurück.

Gruß
Tobias Schwarzfischer
Diakonisches Werk Naabtal e.V. | Sozialplanung und Controlling
""",
         intent="cancellation", name="Tobias Schwarzfischer",
         organization="Diakonisches Werk Naabtal e.V., Sozialplanung und Controlling",
         note="Withdrawal after the condition failed ('trete zurück')."),

    mail("ca-07-sekretariat-fuer-chef.eml",
         frm=("Sekretariat Departement Soziales", "sekretariat.ds@stadt-birsau.example"),
         subject="Abmeldung Dr. Stephan Meury", client="notes", date="Mon, 22 Sep 2025 07:30:00 +0200",
         body="""Sehr geehrte Damen und Herren

Herr Dr. Stephan Meury muss seine Teilnahme wegen einer ausserordentlichen Stadtratssitzung kurzfristig absagen. Wir bedauern dies sehr.

Freundliche Grüsse
Corinne Stöcklin
Sekretariat
Stadt Birsau | Departement Soziales
""",
         intent="cancellation", name="Stephan Meury", title="Dr.", email=None,
         organization="Stadt Birsau, Departement Soziales",
         note="A secretariat cancels for her head; his address not given."),

    mail("ca-08-awo-weitergabe.eml",
         frm=("Gerlinde Hafenmaier", "g.hafenmaier@awo-mindeltal.example"),
         subject="Platz weitergeben", client="thunderbird", date="Thu, 11 Sep 2025 12:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich kann leider doch nicht teilnehmen, mein Platz geht an Frau Ramona Schäffler (r.schaeffler@awo-mindeltal.example) aus unserem Haus. Die Rechnung ist schon bezahlt.

Herzliche Grüße
Gerlinde Hafenmaier
Arbeiterwohlfahrt Kreisverband Mindeltal e.V.
Fachbereich Offene Sozialarbeit
""",
         intent="cancellation", needs_human=True, auto_reply=False, name="Gerlinde Hafenmaier",
         organization="Arbeiterwohlfahrt Kreisverband Mindeltal e.V., Fachbereich Offene Sozialarbeit",
         note="A substitution by the registrant herself: her cancellation, a person makes the swap."),

    # --- opt-outs and other
    mail("oo-01-verteiler-schweiz.eml",
         frm=("Hansruedi Gerber", "hr.gerber@gemeinde-emmenau.example"),
         subject="Abmeldung Verteiler", date="Tue, 13 May 2025 16:00:00 +0200",
         body="""Guten Tag

Bitte nehmen Sie meine Adresse aus Ihrem Verteiler. Ich bin seit März pensioniert.

Freundliche Grüsse
H. Gerber
""",
         intent="opt_out", name="Hansruedi Gerber",
         note="'Abmeldung' from the mailing list, not from the event: an opt-out."),

    mail("oo-02-dsgvo-oesterreich.eml",
         frm=("Datenschutz Stadt Villachtal", "datenschutz@villachtal.example"),
         subject="Löschersuchen gem. Art. 17 DSGVO", client="outlook", date="Wed, 21 May 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

im Namen unserer Mitarbeiterin Frau Ilse Tschernutter ersuchen wir um Löschung ihrer Kontaktdaten aus Ihren Aussendungen (ilse.tschernutter@villachtal.example) und um Bestätigung der Löschung.

Mit freundlichen Grüßen
Datenschutzkoordination
Stadt Villachtal
""",
         intent="opt_out", name="Ilse Tschernutter", email="ilse.tschernutter@villachtal.example",
         organization="Stadt Villachtal",
         note="An Austrian data protection office asks to delete an employee's address: an opt-out for that address."),

    mail("ot-01-zahlung-erfolgt.eml",
         frm=("Buchhaltung Gemeinde Amelscheid", "finanzen@gemeinde-amelscheid.example"),
         subject="Zahlungsavis Rechnung 2025-0377", date="Tue, 22 Jul 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass Ihre Rechnung Nr. 2025-0377 (Teilnahme Frau Ingrid Lentz) am 21.07.2025 zur Zahlung angewiesen wurde.

Finanzdirektion der Gemeinde Amelscheid
""",
         intent="other", name="Ingrid Lentz", email=None, organization="Gemeinde Amelscheid",
         note="A payment advice from the finance department: staff file it, nothing to answer."),

    mail("ot-02-danke-nachher.eml",
         frm=("Reto Caflisch", "reto.caflisch@kt-rheinwald.example"),
         subject="Herzlichen Dank", client="outlook", date="Mon, 29 Sep 2025 08:00:00 +0200",
         body="""Sehr geehrte Frau Ostendorp

Ich möchte mich herzlich für die sehr gut organisierte Tagung bedanken. Die Diskussion zur Datenlage in kleinen Gemeinden nehme ich in unsere Arbeitsgruppe mit.

Freundliche Grüsse
Reto Caflisch
Kanton Rheinwald
Departement Volkswirtschaft und Soziales
Amt für Soziales, Abteilung Planung
""",
         intent="other", name="Reto Caflisch",
         organization="Kanton Rheinwald, Departement Volkswirtschaft und Soziales, Amt für Soziales, Abteilung Planung",
         note="A thank-you after the event."),

    mail("ot-03-adresse-neu.eml",
         frm=("Sabine Ogris", "sabine.ogris@avs-karawanken.example"),
         subject="Neue E-Mail-Adresse", date="Mon, 04 Aug 2025 09:00:00 +0200", client="outlook",
         body="""Guten Tag,

ab 1. September lautet meine Adresse s.ogris@sozialhilfe-karawanken.example. Bitte schicken Sie alles Weitere zur Tagung dorthin.

Mit besten Grüßen
Sabine Ogris, BA
""",
         intent="other", name="Sabine Ogris", email="s.ogris@sozialhilfe-karawanken.example",
         note="A new address announced for future mail: staff update the record."),
]
