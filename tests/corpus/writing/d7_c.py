"""DEVELOPMENT set 7: threads of a whole season, people 19-28 (NRW, Lower Saxony, Hesse,
Thuringia; a few English)."""

from d7_quote import PROG, REMIND_EN, gm_en, ol, p, programme_de, reminder_en, tb

NIEM = dict(name="Ursula Niemeyer", email="u.niemeyer@lk-wesermarschheide.example", client="outlook",
            display="Niemeyer, Ursula", org="Landkreis Wesermarsch-Heide, Büro der Landrätin")
HAGE = dict(name="Björn Hagedorn", email="bjoern.hagedorn@lk-wesermarschheide.example", client="outlook",
            org="Landkreis Wesermarsch-Heide, Amt für Teilhabe und Soziales, Sozialplanung")
KRAE = dict(name="Dagmar Krämer", email="d.kraemer@stadt-siegtal.example", client="outlook",
            org="Kreisstadt Siegtal, Fachbereich 3 – Familie, Bildung, Soziales")
PAUL = dict(name="Niklas Paulsen", email="niklas.paulsen@gmail.example", client="android")
JANS = dict(name="Ewout Jansen", email="e.jansen@gemeente-grensveld.example", client="outlook", lang="en",
            org="Gemeente Grensveld, Afdeling Sociaal Domein")
SEID = dict(name="Gabriele Seidel", email="g.seidel@kreis-unstrut-hainich-sued.example", client="thunderbird",
            org="Kreisverwaltung Unstrut-Hainleite, Fachdienst Soziales")
AKIN = dict(name="Tunde Akinola", email="t.akinola@caritas-rheinberg.example", client="outlook", lang="en",
            org="Caritasverband für den Kreis Rheinberg e. V.")
FISC = dict(name="Monika Fischbach", email="monika.fischbach@web.example", client="none")
ROTH = dict(name="Jürgen Rothenpieler", email="j.rothenpieler@lwl-sauerland.example", client="notes",
            display="Juergen Rothenpieler/LVS/DE", org="Landschaftsverband Sauerland-Lippe, LVS-Sozialdezernat, Referat Planung")
HOLZ = dict(name="Anja Holzapfel", email="anja.holzapfel@stadt-fuldabach.example", client="apple",
            org="Stadt Fuldabach, Amt für Jugend, Familie und Senioren")

MAILS = [
    # --- Ursula Niemeyer writes for her boss, Björn Hagedorn writes himself
    p(NIEM, "s49-niemeyer-1-fuer-landraetin.eml", "Vormerkung Frau Landrätin Dr. Stüve", "Thu, 10 Apr 2025 08:20:00 +0200",
      """Sehr geehrte Damen und Herren,

im Auftrag von Frau Landrätin Dr. Hella Stüve bitte ich um eine unverbindliche Vormerkung für die Jahrestagung in Köln. Die Landrätin würde am ersten Tag gern ein kurzes Grußwort sprechen – an wen darf ich mich damit wenden?

Mit freundlichen Grüßen
i. A. Ursula Niemeyer
Vorzimmer der Landrätin
Landkreis Wesermarsch-Heide
""", intent="pre_registration", name="Hella Stüve", title="Dr.", email=None, questions=1,
      organization="Landkreis Wesermarsch-Heide",
      note="A secretary pre-registers her boss (no address of hers) and asks about a welcome address: needs a human."),
    p(HAGE, "s50-hagedorn-1-auch-ich.eml", "Jahrestagung – Björn Hagedorn", "Thu, 10 Apr 2025 10:02:00 +0200",
      """Hallo,

unsere Landrätin ist ja schon über das Vorzimmer vorgemerkt. Ich komme als Sozialplaner mit, bitte auch mich vorläufig aufnehmen.

Beste Grüße
Björn Hagedorn
Landkreis Wesermarsch-Heide
Amt für Teilhabe und Soziales – Sozialplanung
""", intent="pre_registration", note="A second person of the same Landkreis, the same morning; the boss mentioned is not his further person."),
    p(HAGE, "s51-hagedorn-2-beide-fest.eml", "AW: " + PROG, "Wed, 25 Jun 2025 09:40:00 +0200",
      """Hallo,

hiermit melde ich Frau Landrätin Dr. Hella Stüve und mich verbindlich an. Rechnung bitte getrennt pro Person, jeweils an:

Landkreis Wesermarsch-Heide
Amt für Teilhabe und Soziales
Poststraße 1
26919 Heidebrake

Zahlung innerhalb von 14 Tagen. Der Landkreis ist Mitglied.

Beste Grüße
Björn Hagedorn
""" + ol("Dienstag, 15. April 2025 09:00", PROG, "Hagedorn, Björn", programme_de("Björn Hagedorn")),
      organization='Landkreis Wesermarsch-Heide, Amt für Teilhabe und Soziales', intent="registration", persons=2, people=["Dr. Hella Stüve"], member=True,
      invoice_address="Landkreis Wesermarsch-Heide, Amt für Teilhabe und Soziales, Poststraße 1, 26919 Heidebrake",
      payment_agreement=True, note="He registers his boss and himself; one invoice per person (a wish the office can meet without asking)."),

    # --- Dagmar Krämer: NRW Kreisstadt, correction
    p(KRAE, "s52-kraemer-1-vormerkung.eml", "Vormerkung", "Tue, 29 Apr 2025 11:11:00 +0200",
      """Guten Tag,

bitte eine Vormerkung für Dagmar Krämer, Kreisstadt Siegtal, Fachbereich 3 – Familie, Bildung, Soziales.

Danke
D. Krämer
""", intent="pre_registration", note="Short pre-registration in the third person about herself."),
    p(KRAE, "s53-kraemer-2-verbindlich-falsch.eml", "AW: " + PROG, "Mon, 23 Jun 2025 10:00:00 +0200",
      """Guten Tag,

ich melde mich verbindlich an. Rechnungsanschrift: Kreisstadt Siegtal, FB 3, Marktplatz 8, 57072 Siegtal. Zahlung innerhalb 14 Tagen wird zugesagt.

Gruß
Dagmar Krämer
""" + ol("Dienstag, 6. Mai 2025 14:00", PROG, "Krämer, Dagmar", programme_de("Dagmar Krämer")),
      organization='Kreisstadt Siegtal, FB 3', intent="registration", invoice_address="Kreisstadt Siegtal, FB 3, Marktplatz 8, 57072 Siegtal",
      payment_agreement=True, note="Binding registration; the next mail corrects its postcode."),
    p(KRAE, "s54-kraemer-3-korrektur-plz.eml", "Korrektur Rechnungsanschrift", "Mon, 23 Jun 2025 10:20:00 +0200",
      """Guten Tag,

in meiner Mail von vorhin ist die Postleitzahl falsch, richtig ist 57074 Siegtal. Sorry!

Gruß
Dagmar Krämer
""", organization='', intent="question", note="A correction of one detail of the earlier registration: staff changes it (question, no question mark)."),
    p(KRAE, "s55-kraemer-4-absage-mit-ersatz.eml", "Teilnahme Jahrestagung – Vertretung", "Thu, 04 Sep 2025 13:30:00 +0200",
      """Guten Tag,

ich bin ab September in Elternzeit und kann daher nicht teilnehmen. An meiner Stelle kommt meine Kollegin Hatice Yıldız (h.yildiz@stadt-siegtal.example), die Rechnung bleibt gleich. Geht das so?

Gruß
Dagmar Krämer
""", organization='', intent="cancellation", questions=1, auto_reply=False,
      note="A substitution: the sender's cancellation with a new attendee named; a person decides and answers, no automatic answer (dev5's decision)."),

    # --- Niklas Paulsen: young freelancer, phone
    p(PAUL, "s56-paulsen-1-freiberufler.eml", "Jahrestagung", "Sat, 26 Apr 2025 21:30:00 +0200",
      """Hey, bin freiberuflicher Sozialplaner aus Göttingen-Weende und würde gern kommen. Kann man sich als Einzelperson ohne Behörde anmelden? Falls ja: einmal vormerken bitte 🙏

Niklas
""", intent="pre_registration", questions=1, note="A freelancer's conditional pre-registration with a question."),
    p(PAUL, "s57-paulsen-2-fest-privat.eml", "Re: Jahrestagung", "Wed, 02 Jul 2025 23:48:00 +0200",
      """Super, dann jetzt verbindlich. Rechnung an: Niklas Paulsen, Sozialplanung & Beteiligung, Hennebergstr. 14, 37077 Göttingen-Weende. Zahle innerhalb von 14 Tagen. Kein Mitglied (noch nicht 😉).

Niklas

Am Mo., 28. Apr. 2025 um 09:14 Uhr schrieb VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>:
> Hallo Herr Paulsen, ja, das geht – Sie bekommen die Rechnung dann einfach privat.
""", intent="registration", member=False, organization="Sozialplanung & Beteiligung",
      invoice_address="Niklas Paulsen, Sozialplanung & Beteiligung, Hennebergstr. 14, 37077 Göttingen-Weende",
      payment_agreement=True, note="Freelancer's binding registration with his one-man business as organisation."),

    # --- Ewout Jansen: Dutch, English
    p(JANS, "s58-jansen-1-cross-border.eml", "Conference September – Dutch colleague", "Mon, 12 May 2025 09:20:00 +0200",
      """Dear VSOP office,

Our municipality is just across the border and we work together with several German Kreise on social planning. I would like to reserve a provisional place for your conference in Cologne. I understand German well, so the programme in German is fine.

Kind regards,
Ewout Jansen
Gemeente Grensveld
Afdeling Sociaal Domein
""", intent="pre_registration", note="Dutch colleague in English, accepts German material (answer in English)."),
    p(JANS, "s59-jansen-2-binding-po.eml", "RE: " + REMIND_EN, "Mon, 30 Jun 2025 08:30:00 +0200",
      """Dear office,

I hereby register bindingly. Please note our purchase order number on the invoice, otherwise our administration cannot process it:

Gemeente Grensveld
Afdeling Sociaal Domein
PO number 4500981122
Postbus 200
7590 AE Grensveld
The Netherlands

We will pay within 14 days.

Kind regards,
Ewout Jansen
""" + gm_en("Wed, 25 Jun 2025 at 08:00", reminder_en("Ewout Jansen")),
      intent="registration",
      invoice_address="Gemeente Grensveld, Afdeling Sociaal Domein, PO number 4500981122, Postbus 200, 7590 AE Grensveld, The Netherlands",
      payment_agreement=True, note="English binding registration with a PO number in the Dutch invoice address."),
    p(JANS, "s60-jansen-3-vat.eml", "Invoice VSOP – VAT number", "Tue, 22 Jul 2025 10:00:00 +0200",
      """Dear office,

thank you for the invoice. Our finance department asks whether you could add our VAT number NL812345678B01 and reissue it. Is that possible?

Kind regards,
Ewout Jansen
""", organization='', intent="question", questions=1, note="A reissued invoice with a VAT number: a question."),

    # --- Gabriele Seidel: Thuringia, pre-registration for two, then one
    p(SEID, "s61-seidel-1-wir-zwei.eml", "Voranmeldung Fachdienst Soziales", "Wed, 21 May 2025 13:13:00 +0200",
      """Sehr geehrte Damen und Herren,

wir, Gabriele Seidel und Ronny Vogt, möchten uns für die Jahrestagung vormerken lassen. Wir sind beide im Fachdienst Soziales für die Sozialplanung zuständig.

Mit freundlichen Grüßen
Gabriele Seidel
Kreisverwaltung Unstrut-Hainleite
Fachdienst Soziales
""", intent="pre_registration", persons=2, people=["Ronny Vogt"],
      note="Two persons named in running text ('wir, X und Y')."),
    p(SEID, "s62-seidel-2-verbindlich-beide.eml", "Re: " + PROG, "Fri, 27 Jun 2025 12:30:00 +0200",
      """Sehr geehrte Damen und Herren,

anbei senden wir Ihnen die verbindliche Anmeldung für Frau Seidel und Herrn Vogt. Wir sind keine Mitglieder. Die Rechnung richten Sie bitte an die

Kreisverwaltung Unstrut-Hainleite
Fachdienst Soziales
Lindenbühl 28
99974 Hainleite

Die Überweisung erfolgt innerhalb von 14 Tagen nach Rechnungserhalt. Gibt es vor Ort Parkplätze?

Mit freundlichen Grüßen
Gabriele Seidel
""" + tb("26.05.2025 um 10:45", programme_de("Gabriele Seidel")),
      intent="registration", persons=2, people=["Vogt"], member=False, questions=1,
      invoice_address="Kreisverwaltung Unstrut-Hainleite, Fachdienst Soziales, Lindenbühl 28, 99974 Hainleite",
      payment_agreement=True, note="Two persons bindingly, plus a parking question."),

    # --- Tunde Akinola: English at a welfare association in NRW
    p(AKIN, "s63-akinola-1-colleague-tip.eml", "VSOP conference 2025", "Tue, 27 May 2025 15:00:00 +0200",
      """Hello,

a colleague from the Kreis told me about your conference on integrated social planning. I coordinate the social counselling services of our Caritas association and would like to come. Please register me provisionally. Is the event suitable for people from NGOs, or is it only for public authorities?

Best regards,
Tunde Akinola
Caritasverband für den Kreis Rheinberg e. V.
""", intent="pre_registration", questions=1, note="English pre-registration from a welfare association, with a question."),
    p(AKIN, "s64-akinola-2-binding.eml", "Re: " + REMIND_EN, "Wed, 02 Jul 2025 11:00:00 +0200",
      """Dear all,

I am pleased to confirm my binding registration. The invoice should go to Caritasverband für den Kreis Rheinberg e. V., Accounting, Kirchstraße 17, 47495 Rheinberg-Orsoy. We will settle it within 14 days.

Best regards,
Tunde
""" + gm_en("Wed, 25 Jun 2025 at 08:01", reminder_en("Tunde Akinola")),
      intent="registration",
      invoice_address="Caritasverband für den Kreis Rheinberg e. V., Accounting, Kirchstraße 17, 47495 Rheinberg-Orsoy",
      payment_agreement=True, note="English binding registration with the invoice address in a sentence."),
    p(AKIN, "s65-akinola-3-cancel-late.eml", "Cancellation – T. Akinola", "Tue, 23 Sep 2025 07:05:00 +0200",
      """Dear VSOP office,

I am very sorry, but due to a family emergency I have to cancel my participation this week. I know it is very late. Could you let me know whether any part of the fee can be refunded?

Best regards,
Tunde Akinola
""", organization='', intent="cancellation", questions=1, note="Late English cancellation with a refund question."),

    # --- Monika Fischbach: old voice, private
    p(FISC, "s66-fischbach-1-papier.eml", "Anmeldung", "Mon, 17 Mar 2025 09:00:00 +0100",
      """Sehr geehrte Damen und Herren!

Ich habe Ihre Einladung von einer ehemaligen Kollegin bekommen. Ich bin Rentnerin und VSOP-Mitglied und möchte mich vormerken lassen. Können Sie mir das Programm bitte auch mit der Post schicken? Meine Adresse: Monika Fischbach, Birkenweg 3, 34590 Wabern-Falkenberg.

Hochachtungsvoll
Monika Fischbach
""", intent="pre_registration", member=True, questions=1,
      note="Subject 'Anmeldung' but the body asks to be put down (pre-registration); programme by post is a request for staff."),
    p(FISC, "s67-fischbach-2-formular-per-post.eml", "Anmeldung verbindlich", "Tue, 24 Jun 2025 10:00:00 +0200",
      """Sehr geehrte Damen und Herren!

Das Anmeldeformular habe ich heute ausgefüllt in den Briefkasten geworfen. Ich schreibe Ihnen trotzdem, damit Sie Bescheid wissen, dass ich verbindlich komme und die 250 Euro gleich nach der Rechnung überweise, innerhalb der 14 Tage.

Hochachtungsvoll
Monika Fischbach
""", intent="registration", member=True, payment_agreement=True,
      note="Binding registration by mail, the form posted; no invoice address in the mail."),

    # --- Jürgen Rothenpieler: Notes, Landschaftsverband
    p(ROTH, "s68-rothenpieler-1-frage-zuerst.eml", "Jahrestagung: Fortbildungspunkte?", "Mon, 05 May 2025 08:00:00 +0200",
      """Sehr geehrte Damen und Herren,

wird die Jahrestagung als Fortbildung im Sinne des Landesbeamtenrechts anerkannt bzw. gibt es eine Bescheinigung mit Zeitumfang? Davon hängt bei uns die Genehmigung ab.

Mit freundlichen Grüßen
Jürgen Rothenpieler
Landschaftsverband Sauerland-Lippe
LVS-Sozialdezernat
Referat Planung
""", intent="question", questions=1, note="A question about recognition before any wish to come."),
    p(ROTH, "s69-rothenpieler-2-verbindlich-form.eml", "Anmeldung Rothenpieler", "Wed, 11 Jun 2025 14:00:00 +0200",
      """Sehr geehrte Damen und Herren,

nach Ihrer freundlichen Auskunft melde ich mich hiermit verbindlich an:

Rechnungsanschrift
Landschaftsverband Sauerland-Lippe
LVS-Sozialdezernat, Referat Planung
Warburger Str. 100
33098 Lippstein

Zahlungsvereinbarung: Zahlung innerhalb von 14 Tagen nach Rechnungsstellung – einverstanden.
Mitgliedschaft: Mitglied (institutionell)

Mit freundlichen Grüßen
Jürgen Rothenpieler
""", intent="registration", member=True,
      invoice_address="Landschaftsverband Sauerland-Lippe, LVS-Sozialdezernat, Referat Planung, Warburger Str. 100, 33098 Lippstein",
      payment_agreement=True, note="Binding registration straight after a question was answered, no pre-registration in between."),

    # --- Anja Holzapfel: Hesse, Apple Mail
    p(HOLZ, "s70-holzapfel-1-vormerkung.eml", "Vormerkung Jahrestagung Köln", "Fri, 30 May 2025 12:00:00 +0200",
      """Hallo,

ich würde mich gern für September vormerken lassen. Gibt es vegetarisches Essen?

Viele Grüße
Anja Holzapfel
Stadt Fuldabach | Amt für Jugend, Familie und Senioren
""", intent="pre_registration", questions=1, note="Pre-registration with a food question."),
    p(HOLZ, "s71-holzapfel-2-nur-ein-tag.eml", "Re: " + PROG, "Mon, 30 Jun 2025 09:00:00 +0200",
      """Hallo,

ich kann leider nur am Donnerstag, melde mich aber trotzdem verbindlich an. Gibt es für einen Tag einen reduzierten Beitrag? Rechnung an Stadt Fuldabach, Amt für Jugend, Familie und Senioren, Hinter der Kirche 2, 36039 Fuldabach, Zahlung in 14 Tagen.

Viele Grüße
Anja Holzapfel
""" + tb("02.06.2025 um 16:20", programme_de("Anja Holzapfel")),
      intent="registration", questions=1,
      invoice_address="Stadt Fuldabach, Amt für Jugend, Familie und Senioren, Hinter der Kirche 2, 36039 Fuldabach",
      payment_agreement=True, note="Binding for one day with a question about a reduced fee."),
    p(HOLZ, "s72-holzapfel-3-opt-out.eml", "Newsletter abbestellen", "Mon, 13 Oct 2025 08:00:00 +0200",
      """Hallo,

bitte nehmen Sie mich aus Ihrem Verteiler für Rundmails heraus, ich wechsele die Stelle. Danke für alles!

Anja Holzapfel
""", intent="opt_out", organization="",
      note="An opt-out from the circular mails at the end of the season (she changes jobs)."),
]
