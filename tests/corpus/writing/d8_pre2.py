"""DEVELOPMENT set 8: pre-registrations (part 2): South Tyrol, Luxembourg, East Belgium,
small Bavarian, Franconian and Swabian places, welfare associations, Jobcenter,
foundations, a consultancy and a freelancer. Written apart from the rules (README.md)."""

from d8_quote import NOTICE, NOTICE_TEXT, notes_quote, outlook_quote
from make_corpus import mail

MAILS = [
    mail("pr-s01-suedtirol-zweisprachig.eml",
         frm=("Verena Oberhollenzer", "verena.oberhollenzer@bzg-rienztal.example"),
         subject="Voranmeldung / preiscrizione", client="outlook", date="Wed, 14 May 2025 10:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit möchte ich mich unverbindlich für die Jahrestagung in Köln vormerken lassen. Die Ermächtigung zur Dienstreise ins Ausland muss bei uns der Direktor der Sozialdienste unterschreiben.

Mit freundlichen Grüßen / Cordiali saluti

Verena Oberhollenzer
Bezirksgemeinschaft Rienztal – Comunità comprensoriale Val di Rienza
Sozialdienste – Servizi sociali
""",
         intent="pre_registration", name="Verena Oberhollenzer",
         organization="Bezirksgemeinschaft Rienztal, Comunità comprensoriale Val di Rienza, Sozialdienste, Servizi sociali",
         note="South Tyrol: bilingual signature with spaced dashes between German and Italian names (each a line of the organisation as written)."),

    mail("pr-s02-suedtirol-gemeinde-frage.eml",
         frm=("Hannes Pircher", "hannes.pircher@gemeinde-tschirland.example"),
         subject="Tagung VSOP", date="Mon, 19 May 2025 14:02:00 +0200",
         body="""Guten Tag,

ich bin für die Gemeinde Tschirland im Sozialsprengel tätig und möchte mich vormerken lassen. Die Rechnung müsste später an die Gemeinde gehen, mit unserer Steuernummer und dem Empfängerkodex für die elektronische Rechnung – können Sie italienische E-Rechnungen über das SdI ausstellen?

Freundliche Grüße
Hannes Pircher
""",
         intent="pre_registration", questions=1, name="Hannes Pircher", organization="Gemeinde Tschirland, Sozialsprengel",
         note="Organisation only in a sentence ('für die Gemeinde Tschirland im Sozialsprengel'); asks whether Italian e-invoices can be issued."),

    mail("pr-l01-luxemburg-office-social.eml",
         frm=("Carole Schmit", "carole.schmit@osc-mamerdall.example"),
         subject="Inscription provisoire – VSOP Jahrestagung", client="outlook", date="Thu, 15 May 2025 09:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich möchte mich gerne provisorisch für Ihre Tagung im September einschreiben. Ich arbeite beim Office social commun Mamerdall, Service planification sociale, und verfolge die Diskussion in Deutschland seit Jahren.

Mat beschte Gréiss
Carole Schmit
""",
         intent="pre_registration", name="Carole Schmit",
         organization="Office social commun Mamerdall, Service planification sociale",
         note="Luxembourg: German with a French subject and a Luxembourgish closing; the organisation in a sentence ('ich arbeite beim ...')."),

    mail("pr-l02-luxemburg-gemeng.eml",
         frm=("Jeff Kieffer", "jeff.kieffer@wellerbaach.example"),
         subject="Vormerkung", date="Fri, 23 May 2025 11:20:00 +0200",
         body="""Moien,

bitte tragt mich für Köln ein, unverbindlich. Mitglied sind wir nicht.

Jeff Kieffer
Gemeindeverwaltung Wëllerbaach – Service social
""",
         intent="pre_registration", name="Jeff Kieffer", member=False,
         organization="Gemeindeverwaltung Wëllerbaach, Service social",
         note="Luxembourg: 'Moien', du-plural, 'Mitglied sind wir nicht'."),

    mail("pr-b01-ostbelgien-dg.eml",
         frm=("Ingrid Lentz", "ingrid.lentz@gemeinde-amelscheid.example"),
         subject="Teilnahme an Ihrer Tagung", client="thunderbird", date="Tue, 20 May 2025 08:22:00 +0200",
         body="""Sehr geehrte Frau Ostendorp,

die Gemeinde Amelscheid würde gerne eine Person zu Ihrer Tagung entsenden. Vorgesehen bin ich selbst (Ingrid Lentz, Sozialplanung). Sofern das Gemeindekollegium im Juni zustimmt, melde ich mich dann verbindlich.

Mit freundlichen Grüßen
Ingrid Lentz
Gemeinde Amelscheid
Dienst für Soziales und Senioren
Hauptstraße 22, B-4770 Amelscheid
""",
         intent="pre_registration", name="Ingrid Lentz",
         organization="Gemeinde Amelscheid, Dienst für Soziales und Senioren",
         note="East Belgium: 'entsenden', Gemeindekollegium; conditional."),

    # --- Bavaria, Franconia, Swabia: small places
    mail("pr-y01-markt-vg.eml",
         frm=("Andreas Kreuzpointner", "a.kreuzpointner@vg-rottachgrund.example"),
         subject="Jahrestagung Köln – Vormerkung", client="outlook", date="Wed, 14 May 2025 07:40:00 +0200",
         body="""Sehr geehrte Damen und Herren,

für die Verwaltungsgemeinschaft Rottachgrund darf ich mich zur Tagung vormerken lassen. Wir sind eine kleine Verwaltung und haben die Seniorenplanung für vier Gemeinden übernommen, daher wäre der Austausch für uns sehr wertvoll.

Freundliche Grüße

Andreas Kreuzpointner
Verwaltungsgemeinschaft Rottachgrund
Markt Oberzelling · Gemeinde Haslach · Gemeinde Thann · Gemeinde Rimbach
Ordnungs- und Sozialamt
""",
         intent="pre_registration", name="Andreas Kreuzpointner",
         organization="Verwaltungsgemeinschaft Rottachgrund, Ordnungs- und Sozialamt",
         note="A Verwaltungsgemeinschaft whose signature lists its member municipalities on one line with '·': they are not units of the attendee's organisation (a careful office worker leaves them out)."),

    mail("pr-y02-landratsamt-dezernent-sekr.eml",
         frm=("Vorzimmer Abteilung 4", "vorzimmer.abt4@lra-hohenrieden.example"),
         subject="Voranmeldung Herr Regierungsdirektor Eibl", client="outlook", date="Thu, 15 May 2025 13:50:00 +0200",
         reply_to=("Eibl, Johann", "johann.eibl@lra-hohenrieden.example"),
         body="""Sehr geehrte Damen und Herren,

Herr Eibl, Leiter der Abteilung Jugend, Familie und Soziales, lässt sich hiermit für die Tagung vormerken. Ob er beide Tage teilnehmen kann, ist wegen einer Kreistagssitzung am 26.09. noch offen.

Mit freundlichen Grüßen
i. A. Monika Stangl

Landratsamt Hohenrieden
Abteilung 4 – Jugend, Familie und Soziales
""",
         intent="pre_registration", name="Johann Eibl", email="johann.eibl@lra-hohenrieden.example",
         organization="Landratsamt Hohenrieden, Abteilung 4, Jugend, Familie und Soziales",
         note="A Vorzimmer for a Dezernent with Reply-To to him; 'lässt sich vormerken'; the partial attendance is told, not asked."),

    mail("pr-y03-franken-markt.eml",
         frm=("Kunigunde Dorsch", "k.dorsch@markt-wiesentgrund.example"),
         subject="Anmeldung", date="Fri, 16 May 2025 10:09:00 +0200",
         body="""Hallo,

ich tät mich gern vormerken lassen für die Tagung, wenn das noch geht. Bei uns im Markt bin ich für Senioren und Inklusion zuständig.

Viele Grüße
Kuni Dorsch
Markt Wiesentgrund
Bürgerbüro / Soziales
""",
         intent="pre_registration", name="Kunigunde Dorsch", organization="Markt Wiesentgrund, Bürgerbüro, Soziales",
         note="Franconian 'ich tät mich gern vormerken lassen'; a slash between units of the signature; signed with a short first name, the From name is the fullest form."),

    mail("pr-y04-schwaben-awo.eml",
         frm=("Gerlinde Hafenmaier", "g.hafenmaier@awo-mindeltal.example"),
         subject="Vormerkung Tagung", client="thunderbird", date="Mon, 19 May 2025 16:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir möchten als AWO gerne mit zwei Kolleginnen teilnehmen: ich selbst und Frau Ramona Schäffler aus der Quartiersarbeit. Bitte merken Sie uns unverbindlich vor. Wir sind kein Mitglied, überlegen aber einen Beitritt – was kostet die Mitgliedschaft für einen Kreisverband?

Herzliche Grüße
Gerlinde Hafenmaier
Arbeiterwohlfahrt Kreisverband Mindeltal e.V.
Fachbereich Offene Sozialarbeit
""",
         intent="pre_registration", questions=1, name="Gerlinde Hafenmaier", member=False, persons=2,
         people=["Ramona Schäffler"],
         organization="Arbeiterwohlfahrt Kreisverband Mindeltal e.V., Fachbereich Offene Sozialarbeit",
         note="AWO Kreisverband, two persons, 'kein Mitglied', and a question about the membership fee."),

    mail("pr-y05-oberpfalz-diakonie.eml",
         frm=("Tobias Schwarzfischer", "tobias.schwarzfischer@diakonie-naabtal.example"),
         subject="VSOP Tagung 2025", date="Tue, 20 May 2025 09:44:00 +0200", client="outlook",
         body="""Guten Tag,

sofern unser Haushalt für 2025 noch freigegeben wird (die Aufsichtsratssitzung ist am 12. Juni), würde ich gerne an der Tagung teilnehmen. Können Sie mich bis dahin vorläufig führen?

Gruß
Tobias Schwarzfischer
Diakonisches Werk Naabtal e.V. | Sozialplanung und Controlling
""",
         intent="pre_registration", name="Tobias Schwarzfischer",
         organization="Diakonisches Werk Naabtal e.V., Sozialplanung und Controlling",
         note="'sofern unser Haushalt freigegeben wird' and 'vorläufig führen' asked as a question the office simply fulfils."),

    mail("pr-y06-allgaeu-gemeinde-kurz.eml",
         frm=("Gemeinde Balderau", "rathaus@balderau.example"),
         subject="Vormerkung Frau Jörg", date="Wed, 21 May 2025 11:11:00 +0200",
         body="""Bitte Frau Theresa Jörg vormerken, Sozialverwaltung Gemeinde Balderau. Danke!

Rathaus Balderau
""",
         intent="pre_registration", name="Theresa Jörg", email=None,
         organization="Gemeinde Balderau, Sozialverwaltung",
         note="A town hall's general mailbox pre-registers a colleague whose address it does not give (email left out); organisation in base form, unit after it."),

    # --- welfare, Jobcenter, Hochschule, Stiftung, consultancy, freelancer
    mail("pr-w01-jobcenter-teamleitung.eml",
         frm=("Jobcenter Altmühlkreis", "jobcenter-altmuehlkreis.planung@jobcenter-ge.example"),
         subject="Voranmeldung Jahrestagung", client="outlook", date="Thu, 22 May 2025 08:03:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir bitten um Vormerkung folgender Mitarbeitenden:

  Name               Funktion
  ----------------   -------------------------------
  Petra Gschwendner  Teamleitung Markt und Integration
  Karl-Heinz Rieß    Beauftragter für Chancengleichheit

Die Teilnahme ist noch nicht genehmigt.

Mit freundlichen Grüßen
im Auftrag
Petra Gschwendner
Jobcenter Altmühlkreis
Bereich Markt und Integration
""",
         intent="pre_registration", name="Petra Gschwendner", persons=2, people=["Karl-Heinz Rieß"],
         organization="Jobcenter Altmühlkreis, Bereich Markt und Integration",
         note="A Jobcenter's functional mailbox; a plain-text table of two with functions; the signer is the first listed."),

    mail("pr-w02-landesjugendamt.eml",
         frm=("Dr. Hiltrud Mayerhofer", "hiltrud.mayerhofer@zbfs-landesjugendamt.example"),
         subject="Unverbindliche Voranmeldung", client="notes", date="Fri, 23 May 2025 14:27:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich melde mich hiermit unverbindlich zu Ihrer Tagung an.

Mit freundlichen Grüßen
Dr. Hiltrud Mayerhofer

Zentrum Familie und Soziales
Landesjugendamt
Referat Jugendhilfeplanung
""" + notes_quote(NOTICE_TEXT, "12.05.2025 09:30", NOTICE),
         intent="pre_registration", name="Hiltrud Mayerhofer", title="Dr.",
         organization="Zentrum Familie und Soziales, Landesjugendamt, Referat Jugendhilfeplanung",
         note="Landesjugendamt inside a state office; HCL Notes quote."),

    mail("pr-w03-buergerstiftung.eml",
         frm=("Walburga Heindl", "heindl@buergerstiftung-isengau.example"),
         subject="Tagung im September", date="Mon, 26 May 2025 18:40:00 +0200",
         body="""Liebe Frau Ostendorp,

ich bin ehrenamtlich im Vorstand unserer Bürgerstiftung und beschäftige mich mit dem Thema Altersarmut im ländlichen Raum. Wäre es in Ordnung, wenn ich mich als Privatperson vormerken lasse? Die Stiftung würde die Gebühr ggf. übernehmen, das klären wir noch.

Mit herzlichen Grüßen
Walburga Heindl
Bürgerstiftung Isengau
""",
         intent="pre_registration", name="Walburga Heindl", organization="Bürgerstiftung Isengau",
         note="A volunteer board member of a Bürgerstiftung; 'Wäre es in Ordnung, wenn ich mich ... vormerken lasse' is the wish itself, not a question for staff."),

    mail("pr-w04-beratung-gmbh.eml",
         frm=("Jonas Wiedemann", "jw@sozialraum-consult.example"),
         subject="Vormerkung für 1 Person", client="apple", date="Tue, 27 May 2025 12:00:00 +0200",
         body="""Hallo VSOP-Team,

bitte einen Platz für mich vormerken. Wir begleiten mehrere Landkreise bei ihren Sozialberichten und ich möchte gern hören, wo es in der Praxis hakt.

Beste Grüße
Jonas Wiedemann
Senior Consultant

sozialraum consult GmbH | Beratung für Kommunen
Maximilianstraße 31 | 86150 Augsburg-Süd
""",
         intent="pre_registration", name="Jonas Wiedemann", organization="sozialraum consult GmbH",
         note="A consultancy; bars between the company and its tagline (no unit: left out) and between street and town (the postal line is not part of the organisation)."),

    mail("pr-w05-einzelunternehmerin.eml",
         frm=("Ute Kammerlander", "post@kammerlander-moderation.example"),
         subject="Voranmeldung", date="Wed, 28 May 2025 07:12:00 +0200",
         body="""Guten Morgen,

als selbstständige Moderatorin arbeite ich viel mit Kommunen im Allgäu und würde gern dabei sein – unverbindlich erstmal, bis ich meine Aufträge für September kenne.

Ute Kammerlander
Moderation · Prozessbegleitung · Beteiligung
Inhaberin
""",
         intent="pre_registration", name="Ute Kammerlander",
         note="A self-employed moderator; her signature has only a tagline, no organisation name, so none is labelled."),

    mail("pr-w06-paritaetischer-domain.eml",
         frm=("Selin Aydemir", "selin.aydemir@paritaet-schwaben.example"),
         subject="kurze Vormerkung", date="Thu, 29 May 2025 15:55:00 +0200", client="iphone",
         body="""Hallo, bitte merkt mich für Köln vor. Mehr Infos folgen wenn ich wieder im Büro bin.
Selin

Von meinem iPhone gesendet
""",
         intent="pre_registration", name="Selin Aydemir",
         note="Organisation only in the domain (the Paritätischer): not labelled."),

    mail("pr-w07-hochschule-kempten-mdn.eml",
         frm=("Prof. Dr. Bernhard Zollitsch", "bernhard.zollitsch@hs-illergau.example"),
         subject="AW: " + NOTICE, client="outlook", date="Fri, 30 May 2025 10:20:00 +0200",
         body="""Liebe Frau Ostendorp,

danke für die Einladung. Ich merke mir den Termin gerne vor, und Sie bitte mich ebenso. Halten Sie auch einen Vortrag aus der Hochschulperspektive für sinnvoll? Ich hätte da etwas zur Verknüpfung von Jugendhilfe- und Pflegeplanung.

Beste Grüße
Bernhard Zollitsch

Hochschule Illergau – Fakultät Soziales und Gesundheit
""" + outlook_quote(NOTICE_TEXT, "Montag, 12. Mai 2025 09:30", "Zollitsch, Bernhard", NOTICE),
         intent="pre_registration", questions=1, name="Bernhard Zollitsch", title="Prof. Dr.",
         organization="Hochschule Illergau, Fakultät Soziales und Gesundheit",
         note="'und Sie bitte mich ebenso' (pencil me in) plus an offer of a talk asked as a question."),

    mail("pr-w08-caritas-spaet.eml",
         frm=("Elke Brandhuber", "e.brandhuber@caritas-inngau.example"),
         subject="Voranmeldung – noch möglich?", date="Wed, 04 Jun 2025 09:00:00 +0200", client="outlook",
         body="""Sehr geehrte Damen und Herren,

ich habe die Frist für die Voranmeldung leider verpasst. Ist trotzdem noch eine Vormerkung möglich? Falls ja, bitte für mich: Elke Brandhuber, Caritasverband für den Landkreis Inngau e.V., Fachdienst Gemeindecaritas.

Danke!
Elke Brandhuber
""",
         intent="pre_registration", name="Elke Brandhuber",
         organization="Caritasverband für den Landkreis Inngau e.V., Fachdienst Gemeindecaritas",
         note="After the pre-registration deadline: 'Falls ja, bitte für mich' is a conditional request the office can fulfil (places are still free); the question is the request itself."),
]
