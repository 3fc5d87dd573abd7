"""DEVELOPMENT set 9: German questions that sound like registrations, cancellations without
the word, 'other' that looks like business, polite opt-outs."""

from d9_quote import CONF_DE, confirmation_de, p, tb_de

Q = dict(intent="question", questions=1)
CAN = dict(intent="cancellation")
OTHER = dict(intent="other")

MAILS = [
    # --- questions that a hurried reader takes for registrations
    p("q01-koennten-wir-noch.eml", ("Elke Hammerschmidt", "e.hammerschmidt@stadt-lindenfels-ost.example"),
      "Anmeldung noch möglich?", "Mon, 07 Jul 2025 10:00:00 +0200", """Guten Tag,

die Frist ist ja leider am Freitag abgelaufen. Könnten wir uns noch anmelden, wenn die Genehmigung erst Mitte Juli kommt? Wir wären zu zweit.

Mit freundlichen Grüßen
Elke Hammerschmidt
Stadt Lindenfels-Ost, Sozialplanung
""", org="Stadt Lindenfels-Ost, Sozialplanung", **Q,
      note="'Könnten wir uns noch anmelden, wenn ...?' asks whether a late registration is possible: a question, no action yet."),
    p("q02-gilt-das-als-anmeldung.eml", ("Rolf Brakelmann", "rolf.brakelmann@kreis-weserheide.example"),
      "Vormerkung?", "Tue, 29 Apr 2025 08:20:00 +0200", """Hallo,

ich habe letzte Woche angerufen und mit einer Kollegin von Ihnen gesprochen. Bin ich damit schon vorgemerkt, oder muss ich das noch schriftlich machen?

Gruß
Rolf Brakelmann
Kreis Weserheide
""", org="Kreis Weserheide", **Q,
      note="Asks whether a phone call counted as a pre-registration: a question about his status, not a pre-registration."),
    p("q03-kollegin-statt-mir.eml", ("Monika Tegeler", "m.tegeler@stadt-oldenwerth.example"),
      "Übertragung der Anmeldung?", "Wed, 03 Sep 2025 13:30:00 +0200", """Guten Tag,

ich bin verbindlich angemeldet, kann aber wegen einer Ratssitzung nicht. Wäre es möglich, dass meine Kollegin Franziska Aufderheide statt meiner kommt? Die Rechnung ist schon bezahlt.

Mit freundlichen Grüßen
Monika Tegeler
Stadt Oldenwerth, Fachbereich Soziales
""", org="Stadt Oldenwerth, Fachbereich Soziales", **Q,
      note="Asks whether a substitute may come: neither a cancellation nor a registration until the office agrees."),
    p("q04-rechnung-aendern.eml", ("Jörg Meisenbach", "joerg.meisenbach@landkreis-buchenland.example"),
      "Rechnung 2025-0231 – bitte korrigieren", "Thu, 10 Jul 2025 09:45:00 +0200", """Sehr geehrte Damen und Herren,

auf der Rechnung fehlt unsere Leitweg-ID, ohne die kann die Kreiskasse nicht zahlen. Können Sie die Rechnung bitte neu ausstellen, mit Leitweg-ID 06-4311-88?

Mit freundlichen Grüßen
Jörg Meisenbach
Landkreis Buchenland, Amt für Soziales
""", client="outlook", org="Landkreis Buchenland, Amt für Soziales", **Q,
      note="A request to re-issue the invoice: a question for staff (the label format counts a change of an invoice)."),
    p("q05-was-kostet-zwei.eml", ("Sven Hollerbach", "sven.hollerbach@jugendhilfe-moorbach.example"),
      "Kosten", "Mon, 19 May 2025 11:11:00 +0200", """Hallo,

wenn wir als Verein Mitglied werden würden, was würde dann eine Anmeldung für zwei Personen kosten? Und lohnt sich das für eine Tagung überhaupt?

Sven Hollerbach
Jugendhilfe Moorbach e.V.
""", org="Jugendhilfe Moorbach e.V.", intent="question", questions=2,
      note="A hypothetical registration ('würden ... kosten') in two questions: membership left open."),
    # --- cancellations without the word
    p("c01-schaffen-es-nicht.eml", ("Wiebke Thordsen", "w.thordsen@amt-geestland-mitte.example"),
      "Köln", "Tue, 15 Jul 2025 14:14:00 +0200", """Hallo zusammen,

wir schaffen es dieses Jahr leider nicht – bei uns ist gerade Land unter, zwei Stellen unbesetzt. Nehmt uns bitte von der Liste, vielleicht klappt es 2026.

Liebe Grüße
Wiebke Thordsen
Amt Geestland-Mitte
""", org="Amt Geestland-Mitte", **CAN,
      note="'wir schaffen es ... nicht' and 'nehmt uns von der Liste': a cancellation without the word."),
    p("c02-vertrag-endet.eml", ("Laura Schmiedeknecht", "l.schmiedeknecht@stadt-kranichfurt.example"),
      "Meine Anmeldung für September", "Wed, 16 Jul 2025 09:00:00 +0200", """Liebe Geschäftsstelle,

mein Vertrag bei der Stadt endet leider im Juni, und die Stelle wird nicht verlängert. Damit entfällt auch meine Teilnahme im September. Bitte geben Sie meinen Platz weiter.

Herzliche Grüße
Laura Schmiedeknecht
""", **CAN,
      note="'mein Vertrag endet' plus 'entfällt meine Teilnahme': a cancellation; the town is no longer her organisation, so none is labelled."),
    p("c03-leider-doch-nicht-quote.eml", ("Hartmut Steinkämper", "h.steinkaemper@kreis-rotenfels.example"),
      "AW: " + CONF_DE, "Mon, 21 Jul 2025 07:45:00 +0200", """Leider doch nicht. Der Kreistag hat alle Dienstreisen bis Jahresende gestoppt. Bitte stornieren Sie die Rechnung.

Hartmut Steinkämper
""" + tb_de("02.07.2025 um 10:00", confirmation_de("Hartmut Steinkämper")),
      client="thunderbird", questions=0, **CAN,
      note="'Leider doch nicht' above the Thunderbird-quoted confirmation; 'bitte stornieren Sie die Rechnung' follows from the cancellation."),
    p("c04-nachfolgerin.eml", ("Kerstin Rautenberg", "k.rautenberg@lk-elbufer.example"),
      "Anmeldung Rautenberg – Änderung", "Thu, 24 Jul 2025 12:00:00 +0200", """Guten Tag,

ich wechsle zum 1. September in ein anderes Haus und kann deshalb nicht nach Köln kommen. Muss ich etwas tun, damit die Gebühr zurückerstattet wird?

Kerstin Rautenberg
Landkreis Elbufer, Sozialplanung
""", org="Landkreis Elbufer, Sozialplanung", questions=1, **CAN,
      note="A cancellation through a job change, with a refund question."),
    # --- other that looks like business
    p("o01-danke-nach-tagung.eml", ("Ines Pöppelmann", "i.poeppelmann@stadt-falkenried.example"),
      "Nachklapp Köln", "Mon, 29 Sep 2025 08:30:00 +0200", """Liebes Team,

noch ganz erfüllt von den zwei Tagen: herzlichen Dank für die Organisation, die Stimmung und das gute Essen. Den Workshop zu Datenlücken haben wir am Freitag gleich in der Dienstbesprechung ausgewertet. Bis zum nächsten Jahr!

Ines Pöppelmann
Stadt Falkenried, Sozialamt
""", org="Stadt Falkenried, Sozialamt", **OTHER,
      note="A thank-you after the event: nothing to register or answer automatically; 'bis zum nächsten Jahr' is no pre-registration."),
    p("o02-adressaenderung.eml", ("Rainer Hufschmidt", "r.hufschmidt@kreis-weserheide.example"),
      "Neue Anschrift ab 1.8.", "Fri, 25 Jul 2025 10:20:00 +0200", """Sehr geehrte Damen und Herren,

bitte beachten Sie, dass das Kreissozialamt zum 1. August umzieht. Unsere neue Anschrift lautet: Kreis Weserheide, Kreissozialamt, Am Bahnhof 3, 31737 Weserheide. Telefon und E-Mail bleiben gleich.

Mit freundlichen Grüßen
Rainer Hufschmidt
Kreis Weserheide, Kreissozialamt
""", client="outlook", org="Kreis Weserheide, Kreissozialamt", **OTHER,
      note="A change-of-address notice: looks like an invoice address, but nobody registers; staff update the records."),
    p("o03-stellenanzeige.eml", ("Personalabteilung Stadt Havelsee", "personal@stadt-havelsee.example"),
      "Stellenausschreibung Sozialplaner/in – Bitte um Weitergabe", "Tue, 13 May 2025 14:00:00 +0200", """Sehr geehrte Damen und Herren,

die Stadt Havelsee sucht zum nächstmöglichen Zeitpunkt eine Sozialplanerin / einen Sozialplaner (E 11 TVöD, unbefristet). Wir würden uns freuen, wenn Sie die anhängende Ausschreibung über Ihren Verteiler an die Mitglieder weitergeben. Bewerbungsschluss ist der 15. Juni.

Mit freundlichen Grüßen
Jana Feldhusen
Personal und Organisation
Stadt Havelsee
""", name="Jana Feldhusen", org="Personal und Organisation, Stadt Havelsee", **OTHER,
      note="A job advert sent personally to the office with a request to circulate it: other (a person decides), not bulk."),
    p("o04-referentenanfrage.eml", ("Prof. Dr. Anselm Wirtz", "wirtz@hs-rheinaue.example"),
      "Einladung: Vortrag bei unserem Fachtag", "Wed, 04 Jun 2025 16:00:00 +0200", """Sehr geehrte Damen und Herren,

für unseren Fachtag „Planung im Quartier“ am 13. November suchen wir eine Referentin oder einen Referenten aus dem Vorstand des VSOP. Hätte jemand von Ihnen Zeit und Lust auf einen Impuls von 30 Minuten? Reisekosten übernehmen wir.

Mit freundlichen Grüßen
Prof. Dr. Anselm Wirtz
Hochschule Rheinaue, Fachbereich Soziale Arbeit
""", name="Anselm Wirtz", title="Prof. Dr.", org="Hochschule Rheinaue, Fachbereich Soziale Arbeit", questions=1, **OTHER,
      note="An invitation to speak at another event: other; 'Hätte jemand ... Zeit' asks for the board's time, which only a person can answer."),
    p("o05-rechnung-an-buchhaltung.eml", ("Tanja Quernheim", "t.quernheim@stadt-ilmenbruck.example"),
      "WG: Rechnung 2025-0312 VSOP-Jahrestagung", "Tue, 08 Jul 2025 08:05:00 +0200", """Hallo Frau Göbel,

anbei die Rechnung für meine Tagungsteilnahme zur Zahlung, Kostenstelle 5010. Die Geschäftsstelle habe ich zur Info in Kopie gesetzt.

Danke und Gruß
Tanja Quernheim

Von: VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de>
Gesendet: Montag, 7. Juli 2025 15:00
An: Quernheim, Tanja
Betreff: Bestätigung Ihrer verbindlichen Anmeldung: VSOP-Jahrestagung 2025

Guten Tag Tanja Quernheim,

vielen Dank für Ihre verbindliche Anmeldung.
""", client="outlook", to=("Göbel, Sabrina", "s.goebel@stadt-ilmenbruck.example"),
      cc=("VSOP e.V. Geschäftsstelle", "geschaeftsstelle@vsop.de"), **OTHER,
      note="Our invoice forwarded to her accounts department, the office only in Cc: nothing to do; not a new registration."),
    # --- opt-outs
    p("x01-verteiler-hoeflich.eml", ("Dr. Gabriele Stockhausen", "g.stockhausen@stadt-bramsche-ost.example"),
      "Verteiler", "Mon, 12 May 2025 09:00:00 +0200", """Sehr geehrte Damen und Herren,

ich bin seit April im Ruhestand. Bitte nehmen Sie mich aus Ihrem Verteiler – vielen Dank für die vielen Jahre guter Informationen!

Mit freundlichen Grüßen
Gabriele Stockhausen
""", name="Gabriele Stockhausen", title="Dr.", intent="opt_out",
      note="A polite opt-out with thanks ('bitte nehmen Sie mich aus Ihrem Verteiler'); the title only in the display name."),
    p("x02-nicht-mehr-zustaendig.eml", ("Björn Ahlers", "b.ahlers@kreis-nordmoor.example"),
      "AW: Vorankündigung VSOP-Jahrestagung 2025", "Wed, 09 Apr 2025 10:40:00 +0200", """Guten Tag,

ich bin für Sozialplanung nicht mehr zuständig und möchte solche Mails künftig nicht mehr bekommen.

Freundliche Grüße
B. Ahlers
""", name="Björn Ahlers", intent="opt_out",
      note="'nicht mehr zuständig' plus 'nicht mehr bekommen' above nothing quoted: an opt-out, no cancellation (never registered)."),
]
