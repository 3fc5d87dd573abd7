"""DEVELOPMENT set 12: binding registrations from Hesse and Baden written as questions,
typed out as the form, mentioning cancelling or another colleague, in English, and one
conditional; a few carry a question on the side."""

from d12_quote import PROG, ol, owa, p, programme, tb

REG = dict(intent="registration")

MAILS = [
    p("r13-als-frage-verbindlich.eml", ("Dieter Schwalbach", "d.schwalbach@magistrat-friedbergen.example"),
      "AW: " + PROG, "Mon, 26 May 2025 10:00:31 +0200", """Guten Tag Frau Fenselau,

der Dezernent hat unterschrieben. Können Sie mich bitte verbindlich anmelden? Die Stadtkasse überweist nach Rechnungseingang.

Rechnungsanschrift:
Magistrat der Stadt Friedbergen
Stadtkasse
Kaiserstraße 2
61169 Friedbergen
Buchungszeichen 50.31.0200

Freundliche Grüße
Dieter Schwalbach
Magistrat der Stadt Friedbergen
Amt für Soziales und Teilhabe
""" + ol("Mittwoch, 14. Mai 2025 11:02", PROG, "Schwalbach, Dieter", programme("Herr Schwalbach")),
      client="outlook", org="Magistrat der Stadt Friedbergen, Amt für Soziales und Teilhabe",
      invoice_address="Magistrat der Stadt Friedbergen, Stadtkasse, Kaiserstraße 2, 61169 Friedbergen, Buchungszeichen 50.31.0200",
      payment_agreement=True, **REG, note="A binding registration in question form ('Können Sie mich bitte verbindlich anmelden?'): the office fulfils it."),
    p("r14-getippt.eml", ("Ralf Schönhals", "r.schoenhals@lra-ortenau-sued.example"),
      "Verbindliche Anmeldung Jahrestagung 2025", "Tue, 27 May 2025 08:20:00 +0200", """Sehr geehrte Damen und Herren,

das Formular ließ sich bei uns nicht öffnen, daher hier die Angaben:

Name: Ralf Schönhals
Organisation: Landratsamt Ortenau-Süd, Dezernat III – Soziales, Jugend und Versorgung
E-Mail: r.schoenhals@lra-ortenau-sued.example
VSOP-Mitglied: nein
Rechnungsanschrift: Landratsamt Ortenau-Süd, Amt für Finanzen, Badstraße 20, 77652 Ortenau
Zahlungsvereinbarung: Ich melde mich verbindlich an und überweise die Gebühr nach Erhalt der Rechnung.

Mit freundlichen Grüßen
Ralf Schönhals
""", client="outlook", org="Landratsamt Ortenau-Süd, Dezernat III – Soziales, Jugend und Versorgung", member=False,
      invoice_address="Landratsamt Ortenau-Süd, Amt für Finanzen, Badstraße 20, 77652 Ortenau", payment_agreement=True, **REG,
      note="The form's fields typed into the mail (Baden)."),
    p("r15-kollegin-abgesagt-ich-komme.eml", ("Monika Eberhardt", "monika.eberhardt@stadt-kehlbach.example"),
      "Anmeldung Eberhardt", "Wed, 28 May 2025 13:37:00 +0200", """Sehr geehrtes Team,

den Gemeinderatstermin habe ich abgesagt – damit kann ich fest zusagen und melde mich für beide Tage verbindlich an. Wir sind Mitglied. Die Rechnung schicken Sie bitte an die Stadt Kehlbach, Stadtkasse, Hauptstraße 1, 77694 Kehlbach; wir überweisen dann.

Mit freundlichen Grüßen
Monika Eberhardt
Stadt Kehlbach
Sozial- und Jugendamt
""", client="outlook", org="Stadt Kehlbach, Sozial- und Jugendamt", member=True,
      invoice_address="Stadt Kehlbach, Stadtkasse, Hauptstraße 1, 77694 Kehlbach", payment_agreement=True, **REG,
      note="'abgesagt' refers to another appointment; the mail registers bindingly."),
    p("r16-en-confirm.eml", ("Siobhan Carrick", "s.carrick@stadt-offenbrunn.example"),
      "RE: " + PROG, "Wed, 28 May 2025 15:05:09 +0200", """Dear Ms Fenselau,

good news – travel approved, so please count me in for both days. I'm not a member. Invoice to:

Stadt Offenbrunn
Finance Department (Stadtkämmerei)
Rathausplatz 1
63065 Offenbrunn

We'll pay by bank transfer once the invoice arrives. One more thing: will the talks be recorded or the slides shared afterwards? I may miss part of day two.

Kind regards,
Siobhan Carrick
City of Offenbrunn
Social Planning and Statistics
""" + owa("Wednesday, 14 May 2025 11:02", PROG, "Carrick, Siobhan", programme("Frau Carrick")),
      client="outlook-web", org="City of Offenbrunn, Social Planning and Statistics", en=True, member=False,
      invoice_address="Stadt Offenbrunn, Finance Department (Stadtkämmerei), Rathausplatz 1, 63065 Offenbrunn",
      payment_agreement=True, questions=1, **REG,
      note="English 'count me in' after the programme mail, complete, plus a question about slides."),
    p("r17-vorbehalt.eml", ("Marek Nowicki", "marek.nowicki@kreis-bergstrasse-ost.example"),
      "Re: " + PROG, "Thu, 29 May 2025 09:09:09 +0200", """Hello Ms Fenselau,

we'd like to book both places firmly, on condition that the district council's budget freeze is lifted on 17 June – I'll tell you straight away if not. Invoice: Kreis Bergstraße-Ost, Kreiskasse, Gräffstraße 5, 64646 Bergstraße; payment after invoice.

Best regards
Marek Nowicki
Kreis Bergstraße-Ost
Integration Office / Migration and Participation
""" + owa("Wednesday, 14 May 2025 11:02", PROG, "Nowicki, Marek", programme("Herr Nowicki")),
      client="outlook-web", org="Kreis Bergstraße-Ost, Integration Office, Migration and Participation", en=True,
      persons=2, invoice_address="Kreis Bergstraße-Ost, Kreiskasse, Gräffstraße 5, 64646 Bergstraße",
      payment_agreement=True, needs_human=True, auto_reply=False, **REG,
      note="A conditional binding registration ('on condition that'): a person decides (README convention); 'both places' makes two persons, the second unnamed here."),
    p("r18-hessisch-fest.eml", ("Heike Blumenröder", "heike.blumenroeder@stadt-hanauerbach.example"),
      "Jetzt fest!", "Fri, 30 May 2025 12:12:00 +0200", """Hallo Frau Fenselau,

jetzt is es amtlich, ich komm! Bitte fest eintrage. Mer sin Mitglied, des wisse Sie ja. Rechnung an die Stadtkasse Hanauerbach, Marktplatz 14, 63450 Hanauerbach – die zahle dann, wenn die Rechnung kommt.

Liebe Grüß
Heike Blumenröder
Stadt Hanauerbach – Fachbereich Soziales, Stadtteilarbeit
""" + tb("14.05.2025 um 11:02", programme("Frau Blumenröder")), client="thunderbird",
      org="Stadt Hanauerbach, Fachbereich Soziales, Stadtteilarbeit", member=True,
      invoice_address="Stadtkasse Hanauerbach, Marktplatz 14, 63450 Hanauerbach", payment_agreement=True, **REG,
      note="Hessian 'jetzt is es amtlich, ich komm! Bitte fest eintrage', payment in dialect in the third person."),
    p("r19-ohne-vorher.eml", ("Johanna Retzbach", "johanna.retzbach@caritas-tauberfranken.example"),
      "Anmeldung zur Jahrestagung in Köln", "Mon, 02 Jun 2025 10:45:00 +0200", """Sehr geehrte Damen und Herren,

ich war nicht vorgemerkt, würde aber gern gleich verbindlich teilnehmen. Bitte schicken Sie mir den Anmeldebogen, oder gilt diese Mail schon als Anmeldung? Rechnungsanschrift: Caritasverband Tauberfranken e.V., Verwaltung, Kapellenweg 4, 97941 Tauberfranken.

Mit freundlichen Grüßen
Johanna Retzbach
Caritasverband Tauberfranken e.V.
Sozialplanung und Verbandsentwicklung
""", client="outlook", org="Caritasverband Tauberfranken e.V., Sozialplanung und Verbandsentwicklung",
      invoice_address="Caritasverband Tauberfranken e.V., Verwaltung, Kapellenweg 4, 97941 Tauberfranken",
      questions=1, **REG,
      note="Never pre-registered, wants to register bindingly now with an invoice address, asks whether the mail suffices: registration plus a question, payment missing."),
    p("r20-kollege-dazu.eml", ("Dieter Schwalbach", "d.schwalbach@magistrat-friedbergen.example"),
      "Nachmeldung Kollege", "Tue, 03 Jun 2025 14:14:14 +0200", """Guten Tag Frau Fenselau,

bitte melden Sie zusätzlich meinen Kollegen Kai-Uwe Steinbrecher (k.steinbrecher@magistrat-friedbergen.example) verbindlich an. Rechnung und Zahlung wie bei mir.

Freundliche Grüße
Dieter Schwalbach
Magistrat der Stadt Friedbergen
Amt für Soziales und Teilhabe
""", client="outlook", name="Kai-Uwe Steinbrecher", email="k.steinbrecher@magistrat-friedbergen.example",
      org="Magistrat der Stadt Friedbergen, Amt für Soziales und Teilhabe", **REG,
      note="A colleague added later, 'wie bei mir' refers back: that colleague's registration, both details missing in this mail."),
    p("r21-regierungsprasidium-drei.eml", ("Sabrina Lautenschläger", "s.lautenschlaeger@rp-wetterau.example"),
      "Verbindliche Anmeldung – 3 von 5", "Wed, 04 Jun 2025 09:30:00 +0200", """Sehr geehrte Damen und Herren,

von den fünf vorgemerkten Personen nehmen drei verbindlich teil:

| Name               | Mitglied |
| Jörg Ziegenhain    | ja       |
| Dr. Miriam Okonkwo | ja       |
| Esra Demirtaş      | nein     |

Frau Batzer und Herr Vollrath kommen nicht mit; bitte streichen Sie die beiden.
Die Rechnung bitte an: Regierungspräsidium Wetterau, Referat Haushalt, Postfach 10 08 51, 61169 Wetterau. Die Zahlung erfolgt nach Rechnungseingang.

Mit freundlichen Grüßen
Sabrina Lautenschläger
Regierungspräsidium Wetterau
Abteilung V – Soziales, Fortbildungskoordination
""", client="outlook", org="Regierungspräsidium Wetterau, Abteilung V – Soziales, Fortbildungskoordination",
      name="Jörg Ziegenhain", email=None, member=True, persons=3, people=["Dr. Miriam Okonkwo", "Esra Demirtaş"],
      people_members=[True, False],
      invoice_address="Regierungspräsidium Wetterau, Referat Haushalt, Postfach 10 08 51, 61169 Wetterau",
      payment_agreement=True, needs_human=True, **REG,
      note="Three of five register in a table with membership per person; two are struck in the same mail - the action is the registration, a person handles the two cancellations (needs_human, no question)."),
    p("r22-diakonie-gebuehr.eml", ("Ursula Heckmann", "ursula.heckmann@diakonie-odenwaldkreis.example"),
      "AW: " + PROG, "Thu, 05 Jun 2025 11:50:00 +0200", """Liebe Frau Fenselau,

hiermit verbindlich. 250 € überweisen wir nach Rechnung an: Diakonisches Werk Odenwaldkreis, Finanzbuchhaltung, Bahnhofstraße 40, 64720 Odenwald.

Herzliche Grüße
Ursula Heckmann
Diakonisches Werk Odenwaldkreis
Gemeinwesenarbeit und Quartiersentwicklung
""" + ol("Mittwoch, 14. Mai 2025 11:02", PROG, "Heckmann, Ursula", programme("Frau Heckmann")),
      client="apple", org="Diakonisches Werk Odenwaldkreis, Gemeinwesenarbeit und Quartiersentwicklung", member=True,
      invoice_address="Diakonisches Werk Odenwaldkreis, Finanzbuchhaltung, Bahnhofstraße 40, 64720 Odenwald",
      payment_agreement=True, **REG, note="'hiermit verbindlich' without a verb; the fee quoted as its own (250 €) gives membership."),
    p("r23-stornokosten-frage.eml", ("Florian Weidinger", "f.weidinger@jugendamt-schwanbach.example"),
      "Re: " + PROG, "Fri, 06 Jun 2025 08:08:08 +0200", """Servus Frau Fenselau,

ich meld mich hiermit fest an. Rechnung bitte an Stadt Schwanbach, Stadtkasse, Am Rathaus 2, 86529 Schwanbach; wir zahlen nach Rechnungserhalt. Falls ich wegen der Elternzeit-Vertretung doch absagen muss – bis wann ginge das kostenfrei?

Schöne Grüße
Florian Weidinger
Stadtjugendamt Schwanbach
Jugendhilfeplanung
""" + tb("14.05.2025 um 11:02", programme("Herr Weidinger")), client="thunderbird",
      org="Stadtjugendamt Schwanbach, Jugendhilfeplanung",
      invoice_address="Stadt Schwanbach, Stadtkasse, Am Rathaus 2, 86529 Schwanbach", payment_agreement=True,
      questions=1, **REG, note="A complete registration that mentions a possible cancellation in a question: registration plus one question."),
    p("r24-baden-zwei-formlos.eml", ("Ingrid Oberle", "ingrid.oberle@lra-hanauerland.example"),
      "Anmeldung Oberle und Fackler", "Mon, 09 Jun 2025 10:10:10 +0200", """Sehr geehrte Damen und Herren,

wie telefonisch mit Ihnen abgestimmt, melden wir uns verbindlich zur Tagung an:
a) Ingrid Oberle (Mitglied)
b) Pascal Fackler (kein Mitglied)

Rechnungsanschrift:
Landratsamt Hanauerland
Kreiskämmerei
z. Hd. Frau Vögele
Kreuzstraße 3
77694 Hanauerland

Mit freundlichen Grüßen
Ingrid Oberle
Landratsamt Hanauerland, Sozialdezernat, Stabsstelle Sozialplanung
""", client="outlook", org="Landratsamt Hanauerland, Sozialdezernat, Stabsstelle Sozialplanung", member=True,
      persons=2, people=["Pascal Fackler"], people_members=[False],
      invoice_address="Landratsamt Hanauerland, Kreiskämmerei, z. Hd. Frau Vögele, Kreuzstraße 3, 77694 Hanauerland",
      **REG, note="Two persons in a lettered list with membership each; invoice address but no payment agreement."),
]
