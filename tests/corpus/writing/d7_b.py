"""DEVELOPMENT set 7: threads of a whole season, people 9-18 (Hesse and Thuringia)."""

from make_corpus import mail
from d7_quote import PROG, REMIND_DE, ol, p, programme_de, reminder_de, tb

ADEL = dict(name="Kerstin Adelmann", email="k.adelmann@main-vogelsberg-kreis.example", client="outlook",
            org="Kreisausschuss des Main-Vogelsberg-Kreises, Fachdienst Sozialplanung")
BRAN = dict(name="Michael Brandt-Yilmaz", email="michael.brandt-yilmaz@offenfurt.example", client="thunderbird",
            org="Magistrat der Stadt Offenfurt, Jugend- und Sozialamt")
SCHU = dict(name="Lena Schürmann", email="lena.schuermann@posteo.example", client="android")
HENN = dict(name="Petra Henneberg", email="p.henneberg@ilmenhausen.example", client="outlook",
            org="Stadt Ilmenhausen, Fachbereich Bürgerdienste und Soziales")
GOTT = dict(name="Rüdiger Gottschalk", email="gottschalk@lra-schwarzatal.example", client="gmx",
            org="Landratsamt Schwarzatal, Sozialamt")
VAHL = dict(name="Gerd Vahlkamp", title="Prof. Dr.", email="gerd.vahlkamp@hs-weserbergland.example", client="apple",
            org="Hochschule Weserbergland, Fakultät Soziale Arbeit")
DIEH = dict(name="Sabine Diehl", email="sabine.diehl@kreis-lahnau.example", client="outlook-web",
            org="Kreisverwaltung Lahnau-Dill, Stabsstelle Sozial- und Jugendhilfeplanung")
WEIN = dict(name="Carolin Weingärtner", email="c.weingaertner@erfurtheim.example", client="roundcube",
            org="Stadtverwaltung Erfurtheim, Amt für Soziales und Gesundheit")

INV_ADEL = "Kreisausschuss des Main-Vogelsberg-Kreises, Fachdienst Sozialplanung, Europaplatz 1, 63654 Vogelsbach"

MAILS = [
    # --- Kerstin Adelmann: a group of three from a Hessian Kreis
    p(ADEL, "s28-adelmann-1-drei-vormerken.eml", "Vormerkung für 3 Kolleginnen und Kollegen", "Wed, 19 Mar 2025 11:25:00 +0100",
      """Sehr geehrte Damen und Herren,

der Fachdienst Sozialplanung möchte mit drei Personen an Ihrer Jahrestagung teilnehmen. Bitte merken Sie vor:

1. Kerstin Adelmann (Fachdienstleitung)
2. Yusuf Kaya
3. Brigitte Lauer-Nix

Mit freundlichen Grüßen
Kerstin Adelmann
Kreisausschuss des Main-Vogelsberg-Kreises
Fachdienst Sozialplanung
""", intent="pre_registration", persons=3, people=["Yusuf Kaya", "Brigitte Lauer-Nix"],
      note="Three persons in a numbered list, the sender first with her function in brackets."),
    p(ADEL, "s29-adelmann-2-alle-drei-fest.eml", "AW: " + PROG, "Wed, 18 Jun 2025 14:14:00 +0200",
      """Sehr geehrte Damen und Herren,

hiermit melden wir die drei vorgemerkten Personen (Frau Adelmann, Herr Kaya, Frau Lauer-Nix) verbindlich an. Der Kreis ist Mitglied im VSOP, es gilt also dreimal der Mitgliedsbeitrag. Eine Sammelrechnung bitte an:

Kreisausschuss des Main-Vogelsberg-Kreises
Fachdienst Sozialplanung
Europaplatz 1
63654 Vogelsbach

Wir zahlen binnen 14 Tagen.

Mit freundlichen Grüßen
Kerstin Adelmann
""" + ol("Montag, 2. Juni 2025 15:30", PROG, "Adelmann, Kerstin", programme_de("Kerstin Adelmann")),
      intent="registration", persons=3, people=["Kaya", "Lauer-Nix"], member=True,
      invoice_address=INV_ADEL, payment_agreement=True,
      note="Group binding registration, one collective invoice; the further persons by surname only in this mail; membership stated for the Kreis."),
    p(ADEL, "s30-adelmann-3-einer-krank.eml", "Abmeldung Herr Kaya", "Tue, 16 Sep 2025 08:12:00 +0200",
      """Guten Morgen,

leider muss ich Herrn Yusuf Kaya von der Tagung abmelden, er ist länger erkrankt. Frau Lauer-Nix und ich kommen wie geplant. Bitte schicken Sie uns eine korrigierte Sammelrechnung über zwei Personen.

Freundliche Grüße
Kerstin Adelmann
""", organization='', intent="cancellation", name="Yusuf Kaya", email=None, questions=1,
      note="One of three cancelled by the group's sender, plus a request for a corrected invoice: needs a human."),

    # --- Michael Brandt-Yilmaz: question first, then pre-registration, then registration
    p(BRAN, "s31-brandt-1-einsteiger.eml", "Frage zur Jahrestagung", "Thu, 03 Apr 2025 12:40:00 +0200",
      """Hallo,

ich bin seit Februar neu in der Sozialplanung und überlege, ob ich im September nach Köln fahre. Ist die Tagung auch für Leute geeignet, die noch ganz am Anfang stehen, oder eher für alte Hasen?

Danke und Gruß
Michael Brandt-Yilmaz
Magistrat der Stadt Offenfurt
Jugend- und Sozialamt
""", intent="question", questions=1,
      note="A first contact that only asks (is it for beginners?), no wish to be put down yet."),
    p(BRAN, "s32-brandt-2-dann-vormerken.eml", "Re: Frage zur Jahrestagung", "Mon, 07 Apr 2025 09:30:00 +0200",
      """Danke für die nette Antwort! Dann tragen Sie mich gerne schon mal vorläufig ein.

Michael Brandt-Yilmaz

Am 04.04.2025 um 10:05 schrieb VSOP Geschäftsstelle:
> Lieber Herr Brandt-Yilmaz,
> gerade für Einsteigerinnen und Einsteiger lohnt es sich, die Workshops sind gemischt.
> Viele Grüße, Ihre Geschäftsstelle
""", organization='', intent="pre_registration",
      note="Reply to a staff member's hand-written answer: now a provisional entry ('vorläufig eintragen')."),
    p(BRAN, "s33-brandt-3-verbindlich-hessisch.eml", "Re: " + PROG, "Thu, 03 Jul 2025 16:05:00 +0200",
      """Hallo zusammen,

so, die Dienstreise ist genehmigt, ich melde mich verbindlich an. Rechnung bitte an den Magistrat der Stadt Offenfurt, Jugend- und Sozialamt, Berliner Platz 5, 63065 Offenfurt. Wir zahlen innerhalb von 14 Tagen nach Rechnungseingang. Die 300 € gelten für uns, wir sind kein Mitglied.

Gude und bis bald
Michael Brandt-Yilmaz
""" + tb("07.04.2025 um 11:12", programme_de("Michael Brandt-Yilmaz")),
      intent="registration", member=False,
      invoice_address="Magistrat der Stadt Offenfurt, Jugend- und Sozialamt, Berliner Platz 5, 63065 Offenfurt",
      payment_agreement=True,
      note="Binding registration with the invoice address inside a sentence; Hessian 'Gude'."),

    # --- Lena Schürmann: student
    p(SCHU, "s34-schuermann-1-studi.eml", "Jahrestagung als Studentin?", "Sun, 13 Apr 2025 22:17:00 +0200",
      """Hallo, ich studiere Soziale Arbeit im Master und schreibe meine Abschlussarbeit über Sozialraumanalysen. Darf ich als Studentin an der Tagung teilnehmen und gibt es einen ermäßigten Beitrag? Wenn ja würde ich mich gern vormerken lassen.

Liebe Grüße
Lena Schürmann

Gesendet von meinem Galaxy
""", intent="pre_registration", questions=2,
      note="Student: two questions and a conditional wish to be put down ('Wenn ja ...'): a pre-registration that needs a human."),
    p(SCHU, "s35-schuermann-2-absage.eml", "Re: Jahrestagung als Studentin?", "Wed, 30 Apr 2025 18:02:00 +0200",
      """Hallo, danke für die Info. 300 Euro schaffe ich leider nicht, dann verzichte ich dieses Jahr und streichen Sie mich bitte wieder von der Liste.

Lena

Gesendet von meinem Galaxy
""", intent="cancellation",
      note="Withdraws her pre-registration because of the fee."),

    # --- Petra Henneberg: Thuringia, remittance advice
    p(HENN, "s36-henneberg-1-anmeldung-direkt.eml", "Verbindliche Anmeldung Jahrestagung 2025", "Mon, 12 May 2025 10:00:00 +0200",
      """Sehr geehrte Damen und Herren,

ich melde mich hiermit gleich verbindlich zur Jahrestagung an, eine Voranmeldung brauche ich nicht.

Name: Petra Henneberg
Dienststelle: Stadt Ilmenhausen, Fachbereich Bürgerdienste und Soziales
Rechnungsanschrift: Stadt Ilmenhausen, Fachbereich Bürgerdienste und Soziales, Markt 1, 98693 Ilmenhausen
Mitglied: nein
Zahlung: innerhalb von 14 Tagen nach Rechnungserhalt

Mit freundlichen Grüßen
Petra Henneberg
""", intent="registration", member=False,
      invoice_address="Stadt Ilmenhausen, Fachbereich Bürgerdienste und Soziales, Markt 1, 98693 Ilmenhausen",
      payment_agreement=True,
      note="Skips the pre-registration: binding at once, field labels typed out."),
    mail("s37-henneberg-2-zahlungsavis.eml", frm=("Stadtkasse Ilmenhausen", "zahlungsverkehr@ilmenhausen.example"),
      subject="Zahlungsavis Stadtkasse Ilmenhausen – Beleg 5100238847",
      date="Wed, 06 Aug 2025 03:12:00 +0200", headers=[("X-Mailer", "SAP NetWeaver 7.50")],
      body="""ZAHLUNGSAVIS

Sehr geehrte Damen und Herren,

wir haben zu Ihren Gunsten folgende Zahlung angewiesen:

Zahlungsempfänger: VSOP e.V.
Belegnummer Kasse: 5100238847
Ihre Rechnung: 2025-0301 vom 15.07.2025
Betrag: 300,00 EUR
Valuta: 07.08.2025
Verwendungszweck: RG 2025-0301 Henneberg Jahrestagung

Diese Mitteilung wurde maschinell erstellt.
Stadtkasse Ilmenhausen
""",
      intent="other", organization="Stadtkasse Ilmenhausen",
      note="A treasury system's remittance advice sent at 3 a.m. for a person's fee: a payment notice for the office (other), not a bounce or bulk; no automatic answer."),
    p(HENN, "s38-henneberg-3-bescheinigung-cme.eml", "Bitte um Teilnahmebescheinigung", "Mon, 29 Sep 2025 13:00:00 +0200",
      """Sehr geehrte Damen und Herren,

herzlichen Dank für die gelungene Tagung. Für die Fortbildungsnachweise unserer Verwaltung benötige ich eine Teilnahmebescheinigung mit Angabe der Stunden. Ist das möglich?

Mit freundlichen Grüßen
Petra Henneberg
""", organization='', intent="question", questions=1, note="Certificate with hours afterwards."),

    # --- Rüdiger Gottschalk: Thuringian Landratsamt, GMX, brief
    p(GOTT, "s39-gottschalk-1-vormerkung.eml", "jahrestagung", "Tue, 06 May 2025 07:03:00 +0200",
      """guten tag, bitte vormerken fuer september. gruss r. gottschalk, landratsamt schwarzatal, sozialamt
""", intent="pre_registration",
      note="All lowercase, one line, ue for ü."),
    p(GOTT, "s40-gottschalk-2-erinnerung.eml", "AW: " + REMIND_DE, "Thu, 26 Jun 2025 07:10:00 +0200",
      """guten tag, hiermit verbindlich angemeldet. rechnung an landratsamt schwarzatal, sozialamt, bahnhofstr. 9, 07407 schwarzburg-rudolstein. zahlung in 14 tagen geht klar. mitglied sind wir seit 2019.
gruss r. gottschalk
""" + tb("25.06.2025 um 08:00", reminder_de("Rüdiger Gottschalk")),
      intent="registration", member=True,
      invoice_address="landratsamt schwarzatal, sozialamt, bahnhofstr. 9, 07407 schwarzburg-rudolstein",
      payment_agreement=True, organization="Landratsamt Schwarzatal, Sozialamt",
      note="Lowercase binding registration answering the German reminder."),
    p(GOTT, "s41-gottschalk-3-kollege.eml", "noch einer", "Thu, 26 Jun 2025 07:25:00 +0200",
      """nachtrag: kollege frank heyder kommt auch, selbe rechnung, auch verbindlich. gruss r. gottschalk
""", intent="registration", name="Frank Heyder", email=None,
      organization="", missing=["invoice_address", "payment_agreement"],
      note="A colleague added in one line: 'selbe rechnung' refers to the earlier mail, so from this mail alone the invoice address and payment agreement are missing."),

    # --- Prof. Dr. Gerd Vahlkamp: a colleague's tip forwarded
    p(VAHL, "s42-vahlkamp-1-fwd-tipp.eml", "WG: Vorankündigung VSOP-Jahrestagung", "Fri, 04 Apr 2025 15:15:00 +0200",
      """Hallo in die Geschäftsstelle,

meine Doktorandin hat mir Ihre Ankündigung weitergeleitet (s. u.). Ich würde gerne teilnehmen und bitte um Vormerkung; ggf. bringe ich eine studentische Hilfskraft mit, das kläre ich bis Juni.

Beste Grüße
Gerd Vahlkamp

Hochschule Weserbergland
Fakultät Soziale Arbeit

Anfang der weitergeleiteten Nachricht:

Von: Jana Möllering <j.moellering@hs-weserbergland.example>
Betreff: Vorankündigung VSOP-Jahrestagung
Datum: 3. April 2025 um 18:40:12 MESZ
An: Gerd Vahlkamp <gerd.vahlkamp@hs-weserbergland.example>

Hallo Gerd, das wäre doch was für dich? Köln, 25./26.9., Anmeldung unverbindlich bei geschaeftsstelle@vsop.de. Jana
""", intent="pre_registration",
      note="A colleague's tip forwarded below (Apple Mail); a possible assistant is not a person yet."),
    p(VAHL, "s43-vahlkamp-2-verbindlich.eml", "Re: " + PROG, "Mon, 30 Jun 2025 12:00:00 +0200",
      """Liebes Team,

hiermit verbindlich. Rechnung an: Hochschule Weserbergland, Dekanat Fakultät Soziale Arbeit, Kostenstelle 2031, Hafendamm 4, 31785 Weserbergen. Die Hochschule zahlt innerhalb von 14 Tagen. Die Hilfskraft kommt doch nicht mit.

Beste Grüße
G. Vahlkamp
""" + tb("02.06.2025 um 10:00", programme_de("Prof. Dr. Gerd Vahlkamp")),
      intent="registration", organization="Hochschule Weserbergland, Dekanat Fakultät Soziale Arbeit",
      invoice_address="Hochschule Weserbergland, Dekanat Fakultät Soziale Arbeit, Kostenstelle 2031, Hafendamm 4, 31785 Weserbergen",
      payment_agreement=True,
      note="'hiermit verbindlich' without a verb; the assistant does not come (persons 1). Signed with initials only, so the organisation is the invoice address's (label corrected after the first measurement: it had the earlier mail's signature)."),

    # --- Sabine Diehl: Hesse, question, registration, change
    p(DIEH, "s44-diehl-1-vor-und-online.eml", "Voranmeldung / Online-Teilnahme?", "Wed, 14 May 2025 09:45:00 +0200",
      """Sehr geehrte Damen und Herren,

bitte merken Sie mich für die Jahrestagung vor. Wird es eine Möglichkeit geben, einzelne Vorträge online zu verfolgen? Dann könnte ich ggf. eine Kollegin zuschalten lassen.

Mit freundlichen Grüßen
Sabine Diehl
Kreisverwaltung Lahnau-Dill
Stabsstelle Sozial- und Jugendhilfeplanung
""", intent="pre_registration", questions=1, note="Pre-registration plus a question on online access."),
    p(DIEH, "s45-diehl-2-verbindlich.eml", "AW: " + PROG, "Tue, 24 Jun 2025 10:30:00 +0200",
      """Sehr geehrte Damen und Herren,

ich melde mich hiermit verbindlich an und bestätige die Zahlung innerhalb von 14 Tagen. Rechnungsanschrift:

Kreisverwaltung Lahnau-Dill
Stabsstelle Sozial- und Jugendhilfeplanung
Postfach 1140
35573 Lahnau

Mit freundlichen Grüßen
Sabine Diehl
""" + ol("Montag, 19. Mai 2025 08:00", PROG, "Diehl, Sabine", programme_de("Sabine Diehl")),
      intent="registration",
      invoice_address="Kreisverwaltung Lahnau-Dill, Stabsstelle Sozial- und Jugendhilfeplanung, Postfach 1140, 35573 Lahnau",
      payment_agreement=True, note="A clean binding registration from OWA; membership left open."),
    p(DIEH, "s46-diehl-3-namensschild.eml", "Namensschild", "Mon, 15 Sep 2025 11:00:00 +0200",
      """Hallo,

eine Kleinigkeit: Ich habe im Juli geheiratet und heiße jetzt Sabine Diehl-Marquardt. Wäre es möglich, Namensschild und Liste entsprechend anzupassen?

Danke und Gruß
Sabine Diehl-Marquardt
""", organization='', intent="question", questions=1, name="Sabine Diehl-Marquardt",
      note="A badge-name change after registering: a question."),

    # --- Carolin Weingärtner: Thuringia, HTML
    p(WEIN, "s47-weingaertner-1-vormerkung.eml", "Teilnahmeinteresse", "Thu, 22 May 2025 14:50:00 +0200",
      """Sehr geehrte Damen und Herren,

wir haben großes Interesse an Ihrer Tagung. Bitte halten Sie einen Platz für mich frei, bis mein Dienstreiseantrag durch ist.

Mit freundlichen Grüßen
Carolin Weingärtner
Stadtverwaltung Erfurtheim
Amt für Soziales und Gesundheit
""", intent="pre_registration", note="'einen Platz freihalten, bis ...': a pre-registration."),
    p(WEIN, "s48-weingaertner-2-nicht-genehmigt.eml", "Leider keine Teilnahme", "Wed, 02 Jul 2025 16:20:00 +0200",
      """Sehr geehrte Damen und Herren,

mein Dienstreiseantrag wurde aus Haushaltsgründen abgelehnt. Bitte geben Sie den Platz, den Sie mir freigehalten haben, an jemand anderen weiter.

Mit freundlichen Grüßen
Carolin Weingärtner
""", organization='', intent="cancellation", note="Cancels the pre-registration without the word 'absagen'."),
]
