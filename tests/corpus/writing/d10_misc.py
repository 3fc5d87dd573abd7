"""DEVELOPMENT set 10: questions that mention registering but do not register, cancellations
that are only a change, opt-outs in every form, and personal mail that is not for the desk."""

from d10_quote import CIRC, circular, ol_de, p, phone

Q = dict(intent="question", questions=1)
CAN = dict(intent="cancellation")
OPT = dict(intent="opt_out")
OTHER = dict(intent="other")

MAILS = [
    # --- questions about registering that register nobody
    p("q01-zweiter-tag-extra.eml", ("Kerstin Wolfram", "k.wolfram@stadt-auerbachtal.example"),
      "Frage zur Anmeldung", "Thu, 10 Apr 2025 10:00:00 +0200", """Guten Tag,

muss ich mich für den zweiten Tag extra anmelden, oder ist der automatisch dabei? Ich überlege noch, ob ich überhaupt komme.

Mit freundlichen Grüßen
Kerstin Wolfram
Stadt Auerbachtal, Amt für Soziales
""", org="Stadt Auerbachtal, Amt für Soziales", **Q,
      note="Mentions registering twice, registers nothing: she is still deciding."),
    p("q02-ohne-mitgliedschaft.eml", ("Jens Hirschberg", "jens.hirschberg@ev-jugendhilfe-prignitz.example"),
      "Anmeldung ohne Mitgliedschaft?", "Fri, 11 Apr 2025 14:20:00 +0200", """Hallo,

ist die Anmeldung auch ohne Mitgliedschaft möglich? Wir sind ein kleiner Jugendhilfeträger und überlegen, ob sich das lohnt.

Viele Grüße
Jens Hirschberg
Evangelische Jugendhilfe Prignitz gGmbH
""", org="Evangelische Jugendhilfe Prignitz gGmbH", **Q,
      note="A question about registering as a non-member; membership not stated as a fact."),
    p("q03-bis-wann.eml", ("Sylvia Kaden", "sylvia.kaden@lk-oberlausitzer-bergland.example"),
      "Frist?", "Tue, 15 Apr 2025 08:50:00 +0200", """Bis wann kann man sich anmelden? Ich habe die Ankündigung nur weitergeleitet bekommen.

S. Kaden
Landkreis Oberlausitzer Bergland, Sozialplanung
""", name="Sylvia Kaden", org="Landkreis Oberlausitzer Bergland, Sozialplanung", **Q,
      note="One question about the deadline; the full first name from the From header."),
    p("q04-team-plaetze-frei.eml", ("Annika Rösler", "a.roesler@bezirksamt-lindenhain.example"),
      "Plätze für unser Team?", "Wed, 16 Apr 2025 11:30:00 +0200", """Hallo,

ich frage für unser Team im Jugendamt: Sind für die Tagung noch Plätze frei, und wenn ja, wie viele könnten wir höchstens bekommen? Wir wären bis zu fünf. Angemeldet wird dann gesammelt über mich.

Viele Grüße
Annika Rösler
Bezirksamt Lindenhain von Berlin
Jugendamt, Jugendhilfeplanung
""", org="Bezirksamt Lindenhain von Berlin, Jugendamt, Jugendhilfeplanung", **Q,
      note="A colleague asking on behalf of a team whether places are left; the registration is announced, not made."),
    p("q05-vorgemerkt-oder-angemeldet.eml", ("Gundula Pätzold", "g.paetzold@kv-moselhoehe.example"),
      "Status meiner Anmeldung", "Mon, 21 Apr 2025 09:15:00 +0200", """Guten Tag,

ich hatte vor zwei Wochen mein Interesse angemeldet, aber nichts mehr gehört. Bin ich damit auf der Liste, oder muss ich noch etwas tun?

Gruß
Gundula Pätzold
Kreisverwaltung Moselhöhe
""", org="Kreisverwaltung Moselhöhe", **Q, note="Asks about her earlier pre-registration; no new action."),
    p("q06-wie-anmelden.eml", ("Frank Ziesche", "frank.ziesche@web.example"),
      "Wie anmelden?", "Wed, 23 Apr 2025 20:40:00 +0200", """Hallo,

wie läuft das mit der Anmeldung – reicht eine formlose Mail, oder gibt es ein Portal? Und nimmt der VSOP auch Leute aus der freien Wohlfahrtspflege?

Frank Ziesche
""", questions=2, intent="question", note="Two questions about how to register; he does not register."),
    p("q07-rechnungsadresse-aendern.eml", ("Sabine Wurzbacher", "s.wurzbacher@bezirksamt-lindenhain.example"),
      "Änderung Rechnungsanschrift", "Tue, 08 Jul 2025 09:00:00 +0200", """Liebes Team,

für unsere drei Anmeldungen ändert sich die Rechnungsanschrift: Bitte adressieren Sie die Rechnung an die Serviceeinheit Finanzen, Team Zahlungsverkehr, statt nur an die Serviceeinheit. Geht das noch, bevor Sie sie verschicken?

Viele Grüße
Sabine Wurzbacher
Bezirksamt Lindenhain von Berlin
Abteilung Soziales und Gesundheit
""", org="Bezirksamt Lindenhain von Berlin, Abteilung Soziales und Gesundheit", **Q,
      note="A change after registering (invoice address) is a question (dev5 convention), not a registration."),
    p("q08-anderer-tag.eml", ("Hildegard Schommers", "h.schommers@vg-saarmosel.example"),
      "Änderung: Freitag statt Donnerstag", "Mon, 14 Jul 2025 10:00:00 +0200", """Hallo zusammen,

kleine Änderung: Ich kann doch nicht am Donnerstag, sondern nur am Freitag kommen. Bitte ändern Sie das bei meiner Anmeldung. Ändert sich dadurch etwas an der Rechnung?

Gruß Hildegard Schommers
VG Saar-Mosel, Fachbereich Soziales
""", org="VG Saar-Mosel, Fachbereich Soziales", questions=2, intent="question",
      note="Looks like a cancellation of Thursday, is a change of day: a question (a change request plus its fee question)."),
    p("q09-warteliste.eml", ("Sören Kleinschmidt", "s.kleinschmidt@hs-spreewald.example"),
      "Warteliste?", "Mon, 02 Jun 2025 17:05:00 +0200", """Hallo,

ich habe die Voranmeldefrist verpasst. Führen Sie eine Warteliste, oder kann man sich noch normal anmelden?

Sören Kleinschmidt
Hochschule Spreewald, Institut für Gemeinwesenentwicklung
""", org="Hochschule Spreewald, Institut für Gemeinwesenentwicklung", **Q,
      note="Asks whether he can still register; does not ask to be put on a list."),
    p("q10-bescheinigung.eml", ("Manuela Trautmann", "m.trautmann@jugendhilfe-westpfalz.example"),
      "Teilnahmebescheinigung / Fortbildung", "Tue, 03 Jun 2025 12:12:00 +0200", """Guten Tag,

bevor ich mich anmelde: Bekommt man eine Teilnahmebescheinigung, die als Fortbildung für Fachkräfte nach § 72 SGB VIII anerkannt wird?

Freundliche Grüße
Manuela Trautmann
Westpfälzische Jugendhilfe gGmbH
Fachdienst Ambulante Erziehungshilfen
""", org="Westpfälzische Jugendhilfe gGmbH, Fachdienst Ambulante Erziehungshilfen", **Q,
      note="'bevor ich mich anmelde' - a question first, the registration later."),
    p("q11-uebertragbar.eml", ("Bernd Kaltofen", "bernd.kaltofen@saale-wipfra.example"),
      "Übertragbarkeit der Anmeldung", "Wed, 16 Jul 2025 08:20:00 +0200", """Sehr geehrte Damen und Herren,

falls ich im September krank werden sollte: Könnte dann eine Kollegin meinen Platz übernehmen, ohne dass zusätzliche Kosten entstehen?

Mit freundlichen Grüßen
Bernd Kaltofen
Landratsamt Saale-Wipfra
Jugendamt
""", org="Landratsamt Saale-Wipfra, Jugendamt", **Q,
      note="A hypothetical substitution: a question, not a cancellation."),
    p("q12-programm-ablauf.eml", ("Nadine Eschrich", "eschrich@planwerk-sozialraum.example"),
      "Uhrzeiten Freitag", "Mon, 21 Jul 2025 13:00:00 +0200", """Hallo,

ich bin ja angemeldet – wann genau endet der Freitag? Ich muss meinen Rückzug buchen.

Beste Grüße
Nadine Eschrich
Planwerk Sozialraum GmbH
""", org="Planwerk Sozialraum GmbH", **Q,
      note="'ich bin ja angemeldet' is a state; the mail is a question (the answer is in the programme: 14:00)."),
    # --- cancellations, and changes that look like them
    p("c01-absage-verbindlich.eml", ("Toralf Kühnemund", "kuehnemund@stadt-roetzschenbach.example"),
      "Absage Köln", "Mon, 18 Aug 2025 08:00:00 +0200", """Hallo,

ich muss meine Anmeldung leider zurückziehen, bei uns ist Haushaltssperre und alle Dienstreisen wurden gestrichen.

Toralf Kühnemund
Stadtverwaltung Rötzschenbach, Amt für Familie und Soziales
""", org="Stadtverwaltung Rötzschenbach, Amt für Familie und Soziales", **CAN,
      note="A plain cancellation of a binding registration."),
    p("c02-vormerkliste.eml", ("Marlies Hoffmeister", "hoffmeister@jugendhilfe-ostharz.example"),
      "Vormerkung zurücknehmen", "Tue, 27 May 2025 10:10:00 +0200", """Guten Tag,

bitte nehmen Sie mich von der Liste der Vorgemerkten wieder herunter, es passt zeitlich leider nicht.

Freundliche Grüße
Marlies Hoffmeister
Kinder- und Jugendhilfeverbund Ostharz gGmbH
""", org="Kinder- und Jugendhilfeverbund Ostharz gGmbH", **CAN,
      note="Withdrawing a pre-registration ('von der Liste ... herunter'): a cancellation, not an opt-out from mail."),
    p("c03-statt-mir.eml", ("Uta Marschner", "u.marschner@lk-vogtlandhoehe.example"),
      "Personenwechsel Anmeldung", "Wed, 13 Aug 2025 11:30:00 +0200", """Hallo Frau Wolkenhauer,

ich kann leider nicht nach Köln, an meiner Stelle kommt meine Kollegin Doreen Fritzsche (d.fritzsche@lk-vogtlandhoehe.example). Die Rechnung bleibt gleich.

Mit freundlichen Grüßen
Uta Marschner
Landratsamt Vogtlandhöhe
Geschäftsbereich Soziales
Koordinierungsstelle Sozialplanung
""", org="Landratsamt Vogtlandhöhe, Geschäftsbereich Soziales, Koordinierungsstelle Sozialplanung",
      auto_reply=False, needs_human=True, **CAN,
      note="A substitution: the sender's cancellation, a person swaps the names (no automatic answer, as dev5)."),
    p("c04-storno-frage.eml", ("Pascal Brömme", "p.broemme@quartiersnetz-frankenhain.example"),
      "Stornierung Teuber", "Thu, 21 Aug 2025 09:45:00 +0200", """Hallo,

unsere Praktikantin Lisa Marie Teuber hat ihr Praktikum früher beendet und kommt nicht mit – bitte streichen Sie ihre Anmeldung, ich bleibe angemeldet. Fallen für ihren Platz Stornokosten an?

Freundliche Grüße
Pascal Brömme
Quartiersnetz Frankenhain e.V.
""", name="Lisa Marie Teuber", email=None, org="Quartiersnetz Frankenhain e.V.", questions=1, **CAN,
      note="One of two cancelled (the attendee is the intern, her address not given) plus a question about fees."),
    p("c05-ohne-wort.eml", ("Edgar Lauer", "e.lauer@kreisstadt-bliesweiler.example"),
      "Köln", "Fri, 05 Sep 2025 07:10:00 +0200", """Gudd Morje,

isch muss leider passe, mei Knie werd operiert. Es tut mer leid!

Scheene Gruß
Edgar Lauer
""", **CAN, note="Saarland dialect, a cancellation without the word ('isch muss passe')."),
    p("c06-sekretariat-absage.eml", ("Vorzimmer Bezirksstadtrat", "vorzimmer.soz@bezirksamt-lindenhain.example"),
      "Absage Dr. Mittelstädt", "Mon, 08 Sep 2025 08:30:00 +0200", """Sehr geehrte Damen und Herren,

Herr Bezirksstadtrat Dr. Mittelstädt muss seine Teilnahme an der Jahrestagung aus terminlichen Gründen leider absagen.

Mit freundlichen Grüßen
i. A. Cornelia Pahl
Vorzimmer Bezirksstadtrat
Bezirksamt Lindenhain von Berlin
""", name="Mittelstädt", title="Dr.", email=None, org="Bezirksamt Lindenhain von Berlin", **CAN,
      note="A secretary cancels for her boss; only his surname given; his address not in the mail."),
    p("c07-stelle-gewechselt.eml", ("Melanie Scherer", "m.scherer@kv-donnersberg-sued.example"),
      "Anmeldung Scherer stornieren", "Tue, 19 Aug 2025 16:00:00 +0200", """Hallo,

ich wechsle zum 1. September den Arbeitgeber und bin dann für die Jugendhilfeplanung nicht mehr zuständig. Meine Anmeldung bitte stornieren; Herr Brunck bleibt angemeldet.

Gruß
Melanie Scherer
Kreisverwaltung Donnersberg-Süd, Abteilung 4 – Soziales
""", org="Kreisverwaltung Donnersberg-Süd, Abteilung 4 – Soziales", **CAN,
      note="'nicht mehr zuständig' here ends a registration, not a mailing: a cancellation."),
    p("c08-schaffen-es-nicht.eml", ("Dörte Wendland", "d.wendland@caritas-spreewitz.example"),
      "Tagung September", "Wed, 27 Aug 2025 12:00:00 +0200", """Hallo,

Herr Sänger und ich schaffen es im September leider beide nicht. Bitte für uns zwei stornieren, die Rechnung ist noch nicht bezahlt.

Viele Grüße
Dörte Wendland
Caritasverband Spreewitz e.V.
""", org="Caritasverband Spreewitz e.V.", persons=2, people=["Sänger"], **CAN,
      note="Both cancelled; the colleague only as 'Herr Sänger'."),
    # --- opt-outs
    p("o01-keine-werbung.eml", ("Lothar Fleischhauer", "l.fleischhauer@gemeinde-tannroda.example"),
      "AW: " + CIRC, "Mon, 14 Apr 2025 11:00:00 +0200", """Bitte keine Werbung mehr an diese Adresse.

L. Fleischhauer
Gemeinde Tannroda
""" + ol_de("Freitag, 11. April 2025 16:02", CIRC, "verteiler@vsop.de", circular()), client="outlook",
      name="Lothar Fleischhauer", org="Gemeinde Tannroda", **OPT, note="'Bitte keine Werbung mehr' above the office's circular."),
    p("o02-nicht-mehr-zustaendig.eml", ("Birgit Neubauer", "b.neubauer@stadt-kamenau.example"),
      "Verteiler", "Tue, 15 Apr 2025 08:00:00 +0200", """Guten Tag,

ich bin nicht mehr zuständig, bitte streichen Sie mich aus Ihrem Verteiler. Für Sozialplanung ist jetzt das Sozialamt zuständig.

Birgit Neubauer
Stadt Kamenau, Hauptamt
""", org="Stadt Kamenau, Hauptamt", **OPT,
      note="'nicht mehr zuständig, bitte streichen' - from the distribution list, not a registration."),
    p("o03-einladungsliste.eml", ("Gernot Bischoff", "g.bischoff@kv-westrich.example"),
      "Einladungen", "Thu, 17 Apr 2025 15:30:00 +0200", """Sehr geehrte Damen und Herren,

ich gehe Ende Mai in den Ruhestand. Bitte nehmen Sie mich aus der Liste für Ihre Tagungseinladungen.

Mit freundlichen Grüßen
Gernot Bischoff
""", **OPT, note="Retirement: off the invitation list; no registration existed."),
    p("o04-abmelden.eml", ("Susann Fröhlich", "susann.froehlich@lk-oderbruchland.example"),
      "Abmelden", "Wed, 16 Apr 2025 07:55:00 +0200", """Bitte abmelden. Danke
""" + phone("11.04.2025 um 16:02", circular()), client="iphone", **OPT,
      note="'Abmelden' above the circular: from the circular, not a cancellation (she never registered)."),
    # --- other: personal mail not for the registration desk
    p("x01-danke-beratung.eml", ("Ines Rabenhorst", "i.rabenhorst@lk-muldenaue.example"),
      "Danke für das Telefonat", "Thu, 17 Apr 2025 16:00:00 +0200", """Liebe Frau Wolkenhauer,

vielen Dank für das nette Telefonat heute und die Tipps zur Arbeitsgruppe Sozialberichterstattung! Ich melde mich bei Frau Dr. Rößler, wie besprochen.

Herzliche Grüße
Ines Rabenhorst
""", **OTHER, note="A thank-you for a phone call: a person's mail, nothing for the desk to do automatically."),
    p("x02-private-notiz.eml", ("Ulrike Brambor", "ulrike.brambor@t-online.example"),
      "Hallo Annegret", "Sat, 10 May 2025 10:30:00 +0200", """Liebe Annegret,

wie geht's Dir nach dem Umzug? Wir sollten mal wieder telefonieren – vielleicht schaffen wir es ja, in Köln abends zusammen essen zu gehen.

Liebe Grüße
Ulrike
""", name="Ulrike Brambor", **OTHER, note="A colleague's private note to the staff member; Köln mentioned in passing."),
    p("x03-ansprechpartner.eml", ("Heike Dornbusch", "h.dornbusch@lk-muldenaue.example"),
      "Neue Ansprechpartnerin Mitgliedschaft", "Mon, 19 May 2025 09:00:00 +0200", """Sehr geehrte Damen und Herren,

ab 1. Juni bin ich für die institutionelle Mitgliedschaft des Landkreises Ihre Ansprechpartnerin, Herr Lohse ist in den Ruhestand gegangen. Bitte passen Sie Ihre Unterlagen entsprechend an.

Mit freundlichen Grüßen
Heike Dornbusch
Landratsamt Muldenaue
Hauptamt, Sachgebiet Organisation
""", org="Landratsamt Muldenaue, Hauptamt, Sachgebiet Organisation", questions=1, **OTHER,
      note="A change of contact person for the membership: `other`; the request to update the records counts one question (a request to change a detail, as dev9)."),
    p("x04-presse.eml", ("Marco Winkelmann", "winkelmann@rheinpfalz-kurier.example"),
      "Presseanfrage Jahrestagung Sozialplanung", "Wed, 18 Jun 2025 14:15:00 +0200", """Guten Tag,

ich schreibe für den Rheinpfalz-Kurier über kommunale Sozialpolitik. Wäre jemand aus Ihrem Vorstand vor der Tagung für ein kurzes Interview zur Polarisierung in den Kommunen bereit? Und dürfen Journalisten an der Tagung teilnehmen?

Mit freundlichen Grüßen
Marco Winkelmann
Redaktion Politik, Rheinpfalz-Kurier
""", org="Rheinpfalz-Kurier, Redaktion Politik", questions=2, **OTHER,
      note="A press enquiry: not for the registration desk; two questions for the board."),
    p("x05-rechnung-mitgliedsbeitrag.eml", ("Kreiskasse Saale-Wipfra", "kreiskasse@saale-wipfra.example"),
      "Ihre Rechnung Nr. 2025-114 – Mitgliedsbeitrag", "Tue, 24 Jun 2025 10:00:00 +0200", """Sehr geehrte Damen und Herren,

Ihre Rechnung über den Mitgliedsbeitrag 2025 können wir so nicht buchen: Es fehlt die Leitweg-ID 16-0-66-01. Bitte senden Sie uns eine korrigierte Rechnung.

Mit freundlichen Grüßen
i. A. Sandra Mehlhorn
Landratsamt Saale-Wipfra
Kreiskasse
""", name="Sandra Mehlhorn", org="Landratsamt Saale-Wipfra, Kreiskasse", questions=1, **OTHER,
      note="An invoice query about the membership fee, for accounts (as dev6 ot-h03): `other` with one request to change."),
]
