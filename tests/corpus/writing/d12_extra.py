"""DEVELOPMENT set 12: a few more borders - a form under a 'Vormerkung' subject, a secretary
confirming a colleague with a question, pre-registrations with a question on the side, one of
two cancelled with an invoice change, and a question about educational leave."""

from d12_quote import p
from make_corpus import form_pdf

MAILS = [
    p("r25-betreff-vormerkung-formular.eml", ("Bernhard Kolb", "bernhard.kolb@vg-ahorntal.example"),
      "Vormerkung Jahrestagung Köln – Bernhard Kolb, VG Ahorntal", "Tue, 10 Jun 2025 08:01:00 +0200", """Guten Morgen,

anbei der ausgefüllte Bogen, jetzt also richtig.

Gruß
Bernhard Kolb
Verwaltungsgemeinschaft Ahorntal
Ordnungs- und Sozialamt
""", client="outlook", attachments=[("Anmeldebogen_Kolb.pdf", "application/pdf", form_pdf({
          "name": "Bernhard Kolb", "email": "bernhard.kolb@vg-ahorntal.example",
          "organisation": "Verwaltungsgemeinschaft Ahorntal, Ordnungs- und Sozialamt", "personen": "1",
          "rechnungsanschrift": "Verwaltungsgemeinschaft Ahorntal, Kasse, Schulstraße 6, 95491 Ahorntal",
          "datum": "09.06.2025"}, checked=("zahlungsvereinbarung",)))],
      intent="registration", org="Verwaltungsgemeinschaft Ahorntal, Ordnungs- und Sozialamt", member=False,
      invoice_address="Verwaltungsgemeinschaft Ahorntal, Kasse, Schulstraße 6, 95491 Ahorntal", payment_agreement=True,
      note="The old subject 'Vormerkung' kept (reply to his own mail), but a filled form with the payment box ticked: binding."),
    p("r26-sekretariat-kollegin-frage.eml", ("Monika Hartinger", "m.hartinger@lra-inntal-nord.example"),
      "Teilnahme Frau Reischl", "Thu, 03 Jul 2025 11:30:00 +0200", """Sehr geehrte Frau Fenselau,

wie von Frau Gmeiner angekündigt, kommt Frau Magdalena Reischl verbindlich an ihrer Stelle. Die Rechnung geht wie gehabt an das Kreisjugendamt Inntal-Nord, Rosenheimer Straße 7, 83101 Inntal, und wird nach Eingang bezahlt. Frau Reischl isst vegan – ist das beim Mittagessen möglich?

Mit freundlichen Grüßen
Monika Hartinger
Sekretariat Kreisjugendamt
Landratsamt Inntal-Nord
""", client="outlook", intent="registration", name="Magdalena Reischl", email=None,
      org="Landratsamt Inntal-Nord, Kreisjugendamt",
      invoice_address="Kreisjugendamt Inntal-Nord, Rosenheimer Straße 7, 83101 Inntal", payment_agreement=True, questions=1,
      note="A secretary confirming the substitute bindingly, complete, plus a question about vegan lunch; her unit line 'Sekretariat Kreisjugendamt' gives the unit without the job."),
    p("p27-kinderbetreuung.eml", ("Larissa Eckert", "larissa.eckert@stadt-gelnhausen-ost.example"),
      "Vormerkung + Frage", "Tue, 29 Apr 2025 13:13:00 +0200", """Hallo,

ich würde mich gern für Köln vormerken lassen. Meine Tochter ist dann sieben Monate alt – gibt es vor Ort eine Kinderbetreuung oder einen Raum zum Stillen?

Danke und liebe Grüße
Larissa Eckert
Stadt Gelnhausen-Ost, Fachdienst Familie und Bildung
""", client="apple", intent="pre_registration", org="Stadt Gelnhausen-Ost, Fachdienst Familie und Bildung", questions=1,
      note="A pre-registration plus a question about childcare."),
    p("p28-en-intern.eml", ("Chiara Benedetti", "chiara.benedetti@lra-ortenau-sued.example"),
      "Provisional sign-up (intern)", "Wed, 30 Apr 2025 09:50:00 +0200", """Hello,

I'm an intern in the social planning department until October and would love to join the conference. Please add me to the provisional list. Is there a reduced fee for interns or students?

Thank you!
Chiara Benedetti
Landratsamt Ortenau-Süd
Dezernat III – Social Affairs, Youth and Welfare
""", client="outlook", intent="pre_registration", en=True,
      org="Landratsamt Ortenau-Süd, Dezernat III – Social Affairs, Youth and Welfare", questions=1,
      note="An Italian intern at a Baden district writing English: provisional sign-up plus a fee question."),
    p("c07-einer-von-zwei.eml", ("Ingrid Oberle", "ingrid.oberle@lra-hanauerland.example"),
      "Änderung Anmeldung Oberle/Fackler", "Mon, 14 Jul 2025 10:00:00 +0200", """Sehr geehrte Damen und Herren,

Herr Fackler muss seine Teilnahme leider absagen, ich selbst komme wie geplant. Können Sie die Rechnung bitte nur auf mich ausstellen?

Mit freundlichen Grüßen
Ingrid Oberle
Landratsamt Hanauerland, Sozialdezernat, Stabsstelle Sozialplanung
""", client="outlook", intent="cancellation", name="Fackler", email=None,
      org="Landratsamt Hanauerland, Sozialdezernat, Stabsstelle Sozialplanung", questions=1,
      note="One of two cancelled by the colleague, who stays; the invoice change asked for counts as a question."),
    p("q11-bildungsurlaub.eml", ("Nadine Haberkorn", "n.haberkorn@diakonie-breisgau-nord.example"),
      "Bildungszeit", "Thu, 22 May 2025 15:45:00 +0200", """Sehr geehrte Damen und Herren,

ist die Jahrestagung als Bildungszeit nach dem Bildungszeitgesetz Baden-Württemberg anerkannt? Nur dann kann ich mich anmelden.

Mit freundlichen Grüßen
Nadine Haberkorn
Diakonie Breisgau-Nord
Quartiersarbeit
""", client="outlook", intent="question", questions=1, org="Diakonie Breisgau-Nord, Quartiersarbeit",
      note="Registering depends on the answer ('Nur dann kann ich mich anmelden'): a question, no action yet."),
]
