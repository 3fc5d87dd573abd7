"""DEVELOPMENT set 12: questions that mention registering ("Kann ich mich auch noch nach dem
2. Juni anmelden?", "Brauche ich eine Voranmeldung, wenn ich Mitglied bin?"), people asking for
the programme without registering or asking when things come; real cancellations ("ich muss
leider absagen", "wir ziehen unsere Anmeldung zurück", a substitution); other and opt-outs."""

from d12_quote import RUND, ol, p, rundbrief, tb

Q = dict(intent="question", questions=1)
C = dict(intent="cancellation")

MAILS = [
    # --- questions
    p("q01-nach-frist.eml", ("Christa Rinecker", "c.rinecker@markt-hollfeldau.example"),
      "Frage Anmeldefrist", "Tue, 27 May 2025 10:20:00 +0200", """Grüß Gott,

kann ich mich auch noch nach dem 2. Juni anmelden? Unser Haushalt wird erst Mitte Juni freigegeben.

Mit freundlichen Grüßen
Christa Rinecker
Markt Hollfeldau
Hauptverwaltung, Soziales
""", client="outlook", org="Markt Hollfeldau, Hauptverwaltung, Soziales", **Q,
      note="Asks whether registering after 2 June is possible; registers nobody: a question."),
    p("q02-mitglied-voranmeldung.eml", ("Peter Hümmer", "p.huemmer@stadt-pegnitztal.example"),
      "Voranmeldung nötig?", "Wed, 16 Apr 2025 08:40:12 +0200", """Sehr geehrte Damen und Herren,

brauche ich eine Voranmeldung, wenn ich Mitglied bin, oder bekommen Mitglieder die Unterlagen sowieso?

Mit freundlichen Grüßen
Peter Hümmer
Stadt Pegnitztal – Seniorenamt
""", client="thunderbird", org="Stadt Pegnitztal, Seniorenamt", **Q,
      note="A member asking whether he needs to pre-register at all: a question; membership only inside the question, so left out."),
    p("q03-programm-ohne-anmeldung.eml", ("Sandra Wiesheu", "s.wiesheu@lra-vilsbiburg-land.example"),
      "Programm Jahrestagung", "Thu, 17 Apr 2025 13:00:00 +0200", """Guten Tag,

bevor ich mich entscheide: gibt es schon ein genaueres Programm, wer referiert und ob es Workshops gibt? Dann kann ich mit meiner Amtsleitung sprechen.

Freundliche Grüße
Sandra Wiesheu
Landratsamt Vilsbiburg-Land
Abteilung Soziales, Sozialplanung
""", client="outlook", org="Landratsamt Vilsbiburg-Land, Abteilung Soziales, Sozialplanung", **Q,
      note="Asks for the programme's content before deciding, without registering: a question."),
    p("q04-schon-vorgemerkt-wann.eml", ("Anton Greiner", "anton.greiner@vg-steinwaldau.example"),
      "Unterlagen?", "Tue, 20 May 2025 16:16:00 +0200", """Hallo,

ich hatte mich im April vorgemerkt. Kollegen haben das Programm schon bekommen, ich noch nicht. Ist bei mir was schiefgelaufen, oder kommt das noch?

Gruß
Anton Greiner
Verwaltungsgemeinschaft Steinwaldau
""", client="outlook", org="Verwaltungsgemeinschaft Steinwaldau", **Q,
      note="Already noted, asks where his programme mail is: a question, not a new pre-registration."),
    p("q05-en-daytrip.eml", ("Priya Raghunathan", "priya.raghunathan@stadt-darmbach.example"),
      "Question about the conference", "Mon, 05 May 2025 11:45:00 +0200", """Hi,

quick question before I register: is it possible to attend only the first day, and would the fee be lower in that case? If not I'll probably skip this year.

Thanks,
Priya Raghunathan
Stadt Darmbach | Amt für Soziales und Wohnen
""", client="outlook", org="Stadt Darmbach, Amt für Soziales und Wohnen", en=True, **Q,
      note="English 'before I register': a question about a one-day fee, no action."),
    p("q06-vertretung-moeglich.eml", ("Gabi Leimbach", "gabi.leimbach@kreis-vogelsgrund.example"),
      "Frage zur Anmeldung", "Wed, 11 Jun 2025 09:25:00 +0200", """Guten Morgen,

ich bin fest angemeldet, kann aber vielleicht nur am Donnerstag. Darf am Freitag dann eine Kollegin an meiner Stelle kommen, oder müsste sie sich extra anmelden?

Viele Grüße
Gabi Leimbach
Kreisausschuss des Vogelsgrundkreises
Fachdienst Jugendhilfeplanung
""", client="outlook", org="Kreisausschuss des Vogelsgrundkreises, Fachdienst Jugendhilfeplanung", **Q,
      note="Asks whether a colleague may take her place on day two: a question, neither a substitution nor a cancellation."),
    p("q07-bestaetigung-fehlt.eml", ("Hannes Ostermeier", "hannes.ostermeier@brk-trauntal.example"),
      "Anmeldung angekommen?", "Mon, 16 Jun 2025 14:40:00 +0200", """Servus,

ich hab Ihnen vor drei Wochen den Bogen geschickt, bisher kam keine Bestätigung. Könnten Sie kurz schauen, ob meine Anmeldung da ist? Sonst schick ich sie nochmal.

Servus und danke
Hannes Ostermeier
BRK Kreisverband Trauntal, Offene Behindertenarbeit
""", client="android", org="BRK Kreisverband Trauntal, Offene Behindertenarbeit", **Q,
      note="Asks whether his form arrived: the office must look it up; 'Anmeldung' only as a topic."),
    p("q08-barrierefrei.eml", ("Renate Scherzer", "r.scherzer@bezirk-schwabenried.example"),
      "Barrierefreiheit Tagungsort", "Tue, 13 May 2025 10:00:00 +0200", """Sehr geehrte Damen und Herren,

ich bin vorgemerkt und auf den Rollstuhl angewiesen. Ist der Tagungsort in Köln stufenlos erreichbar, und gibt es ein barrierefreies WC?

Mit freundlichen Grüßen
Renate Scherzer
Bezirk Schwabenried
Sozialverwaltung, Behindertenhilfe und Teilhabeplanung
""", client="outlook", org="Bezirk Schwabenried, Sozialverwaltung, Behindertenhilfe und Teilhabeplanung", **Q,
      note="Already pre-registered, asks about accessibility (two questions of one topic count as one)."),
    p("q09-warteliste.eml", ("Yasemin Kaplan", "yasemin.kaplan@jugendamt-mainspitz.example"),
      "Noch Plätze?", "Wed, 18 Jun 2025 12:30:00 +0200", """Hallo,

ist die Tagung schon ausgebucht? Wir überlegen noch, ob wir jemanden schicken.

Grüße
Yasemin Kaplan
Kreisjugendamt Mainspitz, Jugendhilfeplanung
""", client="outlook", org="Kreisjugendamt Mainspitz, Jugendhilfeplanung", **Q,
      note="Asks whether places are left, still deciding: a question."),
    # --- cancellations
    p("c01-leider-absagen.eml", ("Gerlinde Wöhrl", "gerlinde.woehrl@stadt-rothenbuehl.example"),
      "Absage Jahrestagung", "Mon, 30 Jun 2025 08:15:00 +0200", """Sehr geehrte Frau Fenselau,

ich muss leider absagen, mein Amt ist im September durch eine Krankheitsvertretung unterbesetzt. Es tut mir sehr leid.

Mit freundlichen Grüßen
Gerlinde Wöhrl
Stadt Rothenbühl
Amt für Jugend, Familie und Senioren
""", client="outlook", org="Stadt Rothenbühl, Amt für Jugend, Familie und Senioren", **C,
      note="A plain 'ich muss leider absagen' after a binding registration."),
    p("c02-zurueckziehen.eml", ("Matthias Dörfler", "doerfler@bezirk-obermainland.example"),
      "Rücknahme Anmeldung", "Tue, 01 Jul 2025 11:00:00 +0200", """Hallo Frau Fenselau,

leider ziehen wir unsere Anmeldung zurück: der Bezirkstag hat alle Dienstreisen bis Jahresende gestoppt. Fallen dafür Kosten an?

Viele Grüße
Matthias Dörfler
Bezirk Obermainland
Sozialverwaltung – Referat Planung und Steuerung
""", client="thunderbird", org="Bezirk Obermainland, Sozialverwaltung, Referat Planung und Steuerung", questions=1, **C,
      note="'wir ziehen unsere Anmeldung zurück' plus a question about costs: a cancellation with a question."),
    p("c03-substitution.eml", ("Thekla Gmeiner", "thekla.gmeiner@lra-inntal-nord.example"),
      "Änderung Teilnehmerin", "Wed, 02 Jul 2025 09:30:00 +0200", """Hallo Frau Fenselau,

ich kann leider nicht nach Köln, statt mir fährt meine Kollegin Magdalena Reischl (m.reischl@lra-inntal-nord.example). Rechnung bleibt gleich.

Thekla Gmeiner
Landratsamt Inntal-Nord | Kreisjugendamt | Jugendhilfeplanung
""", client="thunderbird", org="Landratsamt Inntal-Nord, Kreisjugendamt, Jugendhilfeplanung",
      auto_reply=False, needs_human=True, **C,
      note="A substitution: the sender's cancellation without an automatic answer (README convention), a person swaps the names."),
    p("c04-von-liste.eml", ("Vroni Haslbeck", "vroni.haslbeck@markt-ebersried.example"),
      "Köln", "Thu, 03 Jul 2025 19:40:00 +0200", """Hallo Frau Fenselau, leider muss i passen, bei uns is im September Kirchweih und i hab Dienst. Bitte streichen Sie mich wieder. Vroni

Von meinem Samsung Galaxy Smartphone gesendet
""", client="android", **C,
      note="Bavarian 'muss i passen ... streichen Sie mich wieder': a cancellation from a phone."),
    p("c05-sekretariat-absage.eml", ("Sieglinde Obermüller", "s.obermueller@lra-rottachgau.example"),
      "Absage Dr. Brandhuber – Jahrestagung", "Mon, 07 Jul 2025 10:02:00 +0200", """Sehr geehrte Damen und Herren,

Herr Dr. Brandhuber kann an der Tagung leider nicht teilnehmen und bittet, seine Anmeldung zu stornieren.

Mit freundlichen Grüßen
i. A. Sieglinde Obermüller (Vorzimmer)
Landratsamt Rottachgau
Abteilung 4 – Soziales und Senioren
""", client="outlook", display="Obermüller, Sieglinde", org="Landratsamt Rottachgau, Abteilung 4 – Soziales und Senioren",
      name="Brandhuber", title="Dr.", email=None, **C,
      note="A front office cancelling for her boss; his address not given, so no email."),
    p("c06-en-withdraw.eml", ("Priya Raghunathan", "priya.raghunathan@stadt-darmbach.example"),
      "Withdrawing my pre-registration", "Tue, 27 May 2025 09:00:00 +0200", """Hi again,

thanks for the answer. Since one day only isn't possible, please take me off the list of pre-registered people – maybe next year.

Best,
Priya Raghunathan
Stadt Darmbach | Amt für Soziales und Wohnen
""", client="outlook", org="Stadt Darmbach, Amt für Soziales und Wohnen", en=True, **C,
      note="Withdrawing a pre-registration ('take me off the list of pre-registered people'): a cancellation, not an opt-out."),
    # --- other
    p("x01-bescheinigung.eml", ("Korbinian Stadlmayr", "k.stadlmayr@lra-isarwinkel.example"),
      "Teilnahmebescheinigung", "Mon, 29 Sep 2025 08:00:00 +0200", """Grüß Gott Frau Fenselau,

vielen Dank für die gelungene Tagung! Für meine Fortbildungsakte bräuchte ich noch eine Teilnahmebescheinigung.

Mit freundlichen Grüßen
Korbinian Stadlmayr
Landratsamt Isarwinkel
Sachgebiet 23 – Soziale Angelegenheiten und Sozialplanung
""", client="outlook", intent="other", org="Landratsamt Isarwinkel, Sachgebiet 23 – Soziale Angelegenheiten und Sozialplanung",
      note="After the event, thanks and a certificate of attendance: other (a person handles it)."),
    p("x02-zahlung-erfolgt.eml", ("Kreiskasse Isarwinkel", "kreiskasse@lra-isarwinkel.example"),
      "Zahlungsavis Rechnung VSOP-2025-117", "Tue, 12 Aug 2025 10:30:00 +0200", """Sehr geehrte Damen und Herren,

die Rechnung VSOP-2025-117 über 250,00 EUR wurde heute zur Zahlung angewiesen (Kassenzeichen 2025-SP-0417).

Mit freundlichen Grüßen
Im Auftrag
Kreiskasse Isarwinkel
""", client="outlook", intent="other", name=None, org="Kreiskasse Isarwinkel",
      note="A treasury's payment notice: other (README convention, as dev7); no attendee named, so no name."),
    p("x03-referentin-angebot.eml", ("Dr. Edeltraud Hofstetter", "hofstetter@sozialforschung-hofstetter.example"),
      "Beitrag zur Jahrestagung?", "Mon, 14 Apr 2025 15:00:00 +0200", """Sehr geehrte Damen und Herren,

ich habe Ihre Ankündigung gelesen und würde gern im Programm einen kurzen Input zu kommunalen Sozialberichten im ländlichen Raum beisteuern – falls noch ein Slot frei ist. Meine Vita schicke ich gern.

Mit freundlichen Grüßen
Dr. Edeltraud Hofstetter
Büro für Sozialforschung Hofstetter
Am Kirchberg 3, 96123 Litzendorf-Au
""", client="apple", intent="other", name="Edeltraud Hofstetter", title="Dr.", org="Büro für Sozialforschung Hofstetter",
      note="An offer to speak at the event: other, a person decides; no registration."),
    # --- opt-outs
    p("o01-keine-rundbriefe.eml", ("Günther Pöhlmann", "g.poehlmann@markt-hollfeldau.example"),
      "AW: " + RUND, "Mon, 14 Apr 2025 09:00:00 +0200", """Bitte nehmen Sie mich aus dem Verteiler, ich bin seit März im Ruhestand.

Günther Pöhlmann
""" + ol("Freitag, 11. April 2025 16:00", RUND, "Pöhlmann, Günther", rundbrief()), client="outlook",
      intent="opt_out", auto_reply=False,
      note="Off the distribution list because he retired: an opt-out, not a cancellation."),
    p("o02-en-unsubscribe.eml", ("Leon Hartlieb", "leon.hartlieb@jugendwerk-odenwald.example"),
      "Re: " + RUND, "Tue, 15 Apr 2025 12:00:00 +0200", """Please unsubscribe this address from your mailings, the topic isn't relevant for our organisation. Thanks.
""" + tb("11.04.2025 um 16:00", rundbrief()), client="thunderbird", intent="opt_out", en=True, auto_reply=False,
      note="English unsubscribe above the quoted circular."),
]
