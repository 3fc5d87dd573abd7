"""DEVELOPMENT set 5: questions, cancellations, corrections and changes, substitutions,
data-protection requests and opt-outs. Written apart (README.md); measured once before any
tuning on it."""

from d5_quote import SUBJECTS, outlook, quoted
from make_corpus import mail

INFO = SUBJECTS["info"]
PROG = SUBJECTS["programm"]
DANKE = SUBJECTS["danke"]
W1 = "Montag, 7. April 2025 09:30"
W3 = "Freitag, 27. Juni 2025 11:00"
W3T = "27.06.2025 um 11:00"

MAILS = [
    # --- questions ---------------------------------------------------------------------
    mail("qu-h01-barrierefrei-gebaerdensprache.eml",
         frm=("Elke Sandhövel", "e.sandhoevel@stadt-rodachgrund.example"),
         subject="Frage zur Tagung: Gebärdensprachdolmetschung", date="Tue, 15 Apr 2025 10:20:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

ein gehörloser Kollege aus unserer Behindertenhilfeplanung überlegt, zur Tagung zu kommen. Werden die Plenarteile in Gebärdensprache gedolmetscht, oder müssten wir das selbst organisieren?

Freundliche Grüße
Elke Sandhövel
Stadt Rodachgrund, Amt für Soziales
""",
         intent="question", questions=1, name="Elke Sandhövel", organization="Stadt Rodachgrund, Amt für Soziales",
         note="A question about sign-language interpretation, nobody registers yet."),

    mail("qu-h02-fortbildungspunkte.eml",
         frm=("Dr. Annika Lohrbach", "annika.lohrbach@gesundheitsamt-moselhoehe.example"),
         subject="Fortbildungspunkte Ärztekammer?", date="Wed, 16 Apr 2025 13:13:00 +0200",
         body="""Guten Tag,

ist die Jahrestagung bei der Ärztekammer als Fortbildung zertifiziert (CME-Punkte)? Davon hängt bei uns ab, ob die Teilnahme genehmigt wird.

Mit freundlichen Grüßen
Dr. med. Annika Lohrbach
Gesundheitsamt Moselhöhe
Sachgebiet Gesundheitsberichterstattung
""",
         intent="question", questions=1, name="Annika Lohrbach", title="Dr. med.",
         organization="Gesundheitsamt Moselhöhe, Sachgebiet Gesundheitsberichterstattung",
         note="A question about CME points; 'Dr. med.' as the title as written."),

    mail("qu-h03-mitglied-werden-guenstiger.eml",
         frm=("Benedikt Arnoldi", "b.arnoldi@gemeinde-wiesentgrund.example"),
         subject="Mitgliedschaft und Tagungsgebühr", date="Thu, 17 Apr 2025 09:02:00 +0200",
         body="""Hallo,

wenn unsere Gemeinde jetzt noch Mitglied wird – gilt dann schon für die Tagung im September der ermäßigte Beitrag von 250 €? Und was kostet eine Mitgliedschaft für eine Gemeinde mit 9.000 Einwohnern?

Gruß
Benedikt Arnoldi
Gemeinde Wiesentgrund – Hauptamt
""",
         intent="question", questions=2, name="Benedikt Arnoldi", organization="Gemeinde Wiesentgrund, Hauptamt",
         note="Two questions about membership and the fee; the fee appears only inside a question (no membership)."),

    mail("qu-h04-programm-schon-da.eml",
         frm=("Sören Vahlenkamp", "soeren.vahlenkamp@lk-aller-leine.example"),
         subject="wann kommt das programm", date="Mon, 12 May 2025 14:50:00 +0200",
         body="""hallo

ich bin vorgemerkt, habe aber noch kein programm bekommen, unsere dienstreisestelle will das sehen bevor sie genehmigt wann ist mit dem programm zu rechnen

s. vahlenkamp
landkreis aller-leine
""",
         intent="question", questions=1, name="Sören Vahlenkamp", organization="landkreis aller-leine",
         note="Lowercase, no question mark: when will the programme come (a person answers the date); not a request the agent fulfils by sending it, since it is not out yet."),

    mail("qu-h05-bin-ich-angemeldet.eml",
         frm=("Gerda Lüpkes", "gerda.luepkes@emsheide.example"),
         subject="Bin ich angemeldet?", client="notes", date="Tue, 01 Jul 2025 10:30:00 +0200",
         body="""Guten Tag,

unsere Personalabteilung sagt, sie habe mich angemeldet; ich habe aber keine Bestätigung bekommen. Können Sie mir sagen, ob meine Anmeldung bei Ihnen vorliegt?

Gerda Lüpkes
Landkreis Emsheide, Fachdienst Jugend
""",
         intent="question", questions=1, name="Gerda Lüpkes", organization="Landkreis Emsheide, Fachdienst Jugend",
         note="Asks whether her registration (made by the personnel department) arrived."),

    mail("qu-h06-hotel-und-anreise.eml",
         frm=("Friedhelm Bruns", "friedhelm.bruns@kreis-ammerland-sued.example"),
         subject="Übernachtung", date="Wed, 02 Jul 2025 07:40:00 +0200",
         body="""Moin,

ich bin angemeldet und suche noch ein Hotel. Gibt es ein Abrufkontingent, und bis wann müsste ich buchen? Ist der Tagungsort vom Hauptbahnhof zu Fuß erreichbar?

Moin
Friedhelm Bruns
""",
         intent="question", questions=2, name="Friedhelm Bruns",
         note="Two questions (hotel allotment and deadline; walking distance) from someone already registered."),

    mail("qu-h07-rechnung-nicht-erhalten.eml",
         frm=("Rechnungseingang Stadt Lauterbrunn", "rechnungseingang@lauterbrunn.example"),
         subject="Rechnung VSOP – Bestellnummer fehlt", date="Thu, 17 Jul 2025 09:15:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Ihre Rechnung Nr. 2025-0412 können wir nicht bearbeiten, da die Bestellnummer fehlt. Bitte stellen Sie die Rechnung mit der Bestellnummer 4500187723 neu aus.

Mit freundlichen Grüßen
Zentraler Rechnungseingang
Stadt Lauterbrunn
""",
         intent="question", questions=1, organization="Stadt Lauterbrunn, Zentraler Rechnungseingang",
         note="A central invoice office asks for a corrected invoice (a change request counts as a question); no person's name; the address is a function mailbox, not an attendee's. The label format has no 'invoice query' kind."),

    mail("qu-h08-namensschreibweise.eml",
         frm=("Murat Yıldız", "murat.yildiz@lauterbrunn.example"),
         subject="Falsche Schreibweise in der Bestätigung", date="Fri, 11 Jul 2025 11:00:00 +0200",
         body="""Hallo Frau Terhorst,

in der Bestätigung steht mein Name als „Murat Yildiz“ – richtig ist Yıldız, mit dem türkischen ı ohne Punkt. Könnten Sie das für das Namensschild korrigieren? Falls das technisch nicht geht, ist Yildiz auch okay.

Danke und Gruß
Murat Yıldız
Stadt Lauterbrunn, Jugendhilfeplanung
""",
         intent="question", questions=1, name="Murat Yıldız", organization="Stadt Lauterbrunn, Jugendhilfeplanung",
         note="A name spelled wrong on the confirmation: a change request for the badge (counts as a question)."),

    mail("qu-h09-andere-rechnungsadresse.eml",
         frm=("Lutz Grabowski", "lutz.grabowski@ba-spreebogen.berlin.example"),
         subject="Korrektur zu meiner Mail von gestern – Rechnungsanschrift", date="Wed, 25 Jun 2025 08:20:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

Korrektur zu meiner Mail von gestern: Die Rechnung für Frau Schirrmacher soll nicht an das Bezirksamt gehen, sondern an ihr Projekt:

Quartiersmanagement Spreebogen-Nord
c/o Stadtteilbüro
Wilhelminenhofweg 3
10500 Berlin

Meine eigene Rechnung bleibt wie angegeben. Geht das so?

Mit freundlichen Grüßen
Lutz Grabowski
""",
         intent="question", questions=1, name="Lutz Grabowski",
         note="A correction after registering: a different invoice address for one of two persons – a change a person makes."),

    mail("qu-h10-dienstreise-nicht-genehmigt-was-nun.eml",
         frm=("Kerstin Adomeit", "k.adomeit@region-leinebergland.example"),
         subject="AW: " + DANKE, client="outlook", date="Tue, 08 Jul 2025 09:45:00 +0200",
         body="""Liebe Frau Terhorst,

die Genehmigung ist immer noch nicht da, der Fachbereichsleiter ist im Urlaub bis 21.07. Kann meine Anmeldung bis dahin in der Schwebe bleiben, oder muss ich jetzt zurücktreten, um keine Kosten zu haben?

Viele Grüße
Kerstin Adomeit
Region Leinebergland – Fachbereich Soziales – Team Sozialplanung
""" + outlook("danke", "Donnerstag, 12. Juni 2025 08:00", "Adomeit, Kerstin"),
         intent="question", questions=1, name="Kerstin Adomeit",
         organization="Region Leinebergland, Fachbereich Soziales, Team Sozialplanung",
         note="Asks whether a conditional registration can stay pending; 'zurücktreten' is asked about, not done."),

    mail("qu-h11-teilnehmerliste-vernetzung.eml",
         frm=("Ina Hußmann", "ina.hussmann@stadt-kreuztal-ost.example"),
         subject="Teilnehmerliste?", date="Thu, 10 Jul 2025 16:00:00 +0200",
         body="""Hallo zusammen,

bekommen die Teilnehmenden vorab eine Liste, wer aus welcher Kommune dabei ist? Ich würde mich gern mit Kolleginnen aus ähnlich großen Städten verabreden.

LG Ina Hußmann
Stadt Kreuztal-Ost | Fachdienst Sozialplanung
""",
         intent="question", questions=1, name="Ina Hußmann", organization="Stadt Kreuztal-Ost, Fachdienst Sozialplanung",
         note="Asks whether there will be a list of attendees (the office decides on data protection)."),

    # --- cancellations -------------------------------------------------------------------
    mail("ca-h01-eine-von-dreien.eml",
         frm=("Fortbildung Stadt Lauterbrunn", "fortbildung@lauterbrunn.example"),
         subject="Stornierung einer Teilnehmerin – Bestell-Nr. 4500187723", client="outlook",
         date="Mon, 14 Jul 2025 10:00:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

Frau Dr. Corinna Fehrle kann an der Jahrestagung leider nicht teilnehmen (Elternzeit). Wir stornieren hiermit ihre Anmeldung. Die Anmeldungen von Frau Schwientek und Herrn Yıldız bleiben bestehen.

Bitte senden Sie uns eine korrigierte Sammelrechnung.

Mit freundlichen Grüßen
i. A. Petra Kühnhold
Stadt Lauterbrunn – Haupt- und Personalamt – Sachgebiet Personalentwicklung und Fortbildung
""",
         intent="cancellation", questions=1, name="Corinna Fehrle", title="Dr.", email=None,
         organization="Stadt Lauterbrunn, Haupt- und Personalamt, Sachgebiet Personalentwicklung und Fortbildung",
         note="One of three cancels through the training office; the other two stay; a corrected collective invoice asked for (a change: a question)."),

    mail("ca-h02-statt-mir-kollegin.eml",
         frm=("Heike Obermöller", "heike.obermoeller@lk-wesermarschen.example"),
         subject="Statt mir kommt meine Kollegin", client="outlook", date="Tue, 15 Jul 2025 12:05:00 +0200",
         body="""Hallo Frau Terhorst,

ich kann im September leider nicht, statt mir kommt meine Kollegin Frauke Ihnen (frauke.ihnen@lk-wesermarschen.example). Rechnung und alles andere bleibt gleich. Geht das ohne Umbuchungsgebühr?

Gruß H. Obermöller
Landkreis Wesermarschen
""",
         intent="cancellation", questions=1, needs_human=True, auto_reply=False, name="Heike Obermöller",
         organization="Landkreis Wesermarschen",
         note="A substitution: the registrant withdraws and a colleague takes her place. Labelled cancellation of the sender (the action in her words), with the fee question; a person decides and answers (no automatic answer: an automatic cancellation would drop the colleague). The label format has no 'substitution'."),

    mail("ca-h03-krank-kurz-handy.eml",
         frm=("Sven Kühlewind", "sven.kuehlewind@stadt-ahlenbruch.example"),
         subject="Absage", client="iphone", date="Mon, 22 Sep 2025 07:10:00 +0200",
         body="""Guten Morgen, ich muss leider absagen, liege mit Grippe flach. Sorry!
Sven Kühlewind

Von meinem iPhone gesendet
""",
         intent="cancellation", name="Sven Kühlewind",
         note="Short cancellation from the phone days before the event."),

    mail("ca-h04-vormerkung-zurueck.eml",
         frm=("Jana Ostrowski", "jana.ostrowski@arbeitsagentur.example"),
         subject="Rückzug meiner Interessensbekundung", date="Mon, 19 May 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

die Geschäftsführung hat die Teilnahme nicht befürwortet. Bitte streichen Sie mich von der Liste der Vorgemerkten.

Mit freundlichen Grüßen
Jana Ostrowski
Agentur für Arbeit Weserbogen
""",
         intent="cancellation", name="Jana Ostrowski", organization="Agentur für Arbeit Weserbogen",
         note="Withdraws a pre-registration ('streichen Sie mich von der Liste')."),

    mail("ca-h05-stornokosten-frage.eml",
         frm=("Okko Petersen-Raabe", "okko.petersen-raabe@alsterhude.hamburg.example"),
         subject="Stornierung Anmeldung Petersen-Raabe", client="outlook", date="Mon, 25 Aug 2025 14:00:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

wegen einer Umstrukturierung im Fachamt muss ich meine Teilnahme leider stornieren. Fallen Stornokosten an, und wenn ja, in welcher Höhe?

Mit freundlichen Grüßen
Okko Petersen-Raabe
Bezirksamt Alsterhude
""",
         intent="cancellation", questions=1, name="Okko Petersen-Raabe", organization="Bezirksamt Alsterhude",
         note="Cancellation plus a question on cancellation fees."),

    mail("ca-h06-sekretariat-fuer-chef.eml",
         frm=("Ilona Krämer", "vorzimmer.sozialamt@stadt-rosenheide.example"),
         subject="Absage Dr. Baltzer", client="outlook", date="Tue, 20 May 2025 08:30:00 +0200",
         body="""Guten Morgen,

Herr Dr. Baltzer lässt seine Vormerkung leider zurücknehmen, der Termin kollidiert mit der Haushaltsklausur.

Mit freundlichen Grüßen
Ilona Krämer
Sekretariat
Stadt Rosenheide – Amt für Soziales und Wohnen
""",
         intent="cancellation", name="Baltzer", title="Dr.", email=None,
         organization="Stadt Rosenheide, Amt für Soziales und Wohnen",
         note="A secretary withdraws her boss's pre-registration ('lässt ... zurücknehmen'); this mail gives only his surname (the fullest form it has), his address not."),

    mail("ca-h07-diktat-absage.eml",
         frm=("Merle Gotthardt", "merle.gotthardt@gemeinde-lindhorst-ost.example"),
         subject="Absage Köln", client="android", date="Wed, 10 Sep 2025 19:20:00 +0200",
         body="""Hallo Frau Terhorst Komma leider muss ich meine Anmeldung stornieren Komma meine Tochter kommt in die Kita Eingewöhnung genau in der Woche Punkt Es tut mir sehr leid Punkt Viele Grüße Merle Gotthardt

Von meinem Galaxy gesendet
""",
         intent="cancellation", name="Merle Gotthardt",
         note="Dictated cancellation with 'Komma'/'Punkt'."),

    # --- other ----------------------------------------------------------------------
    mail("ot-h01-auskunftsersuchen-dsgvo.eml",
         frm=("Bernd Lauterjung", "bernd.lauterjung@mailbox.example"),
         subject="Auskunftsersuchen nach Art. 15 DSGVO", date="Mon, 05 May 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich bitte gemäß Art. 15 DSGVO um Auskunft, welche personenbezogenen Daten Sie über mich speichern, woher Sie diese haben und an wen sie weitergegeben wurden. Bitte antworten Sie innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Bernd Lauterjung
""",
         intent="other", name="Bernd Lauterjung",
         note="A data-subject access request: neither an opt-out nor an event question; a person must answer within a month. The label format has no data-protection kind."),

    mail("ot-h02-referentin-bietet-vortrag.eml",
         frm=("Dr. Svea Ortmann", "ortmann@sozialforschung-ortmann.example"),
         subject="Beitrag zur Jahrestagung?", date="Tue, 06 May 2025 11:30:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

ich forsche seit Jahren zu Polarisierung in Stadtteilen und würde mich freuen, auf Ihrer Tagung einen Impuls beizusteuern. Ein Abstract kann ich gern schicken.

Beste Grüße
Dr. Svea Ortmann
Institut für angewandte Sozialforschung Ortmann
""",
         intent="other", name="Svea Ortmann", title="Dr.",
         organization="Institut für angewandte Sozialforschung Ortmann",
         note="A researcher offers a talk: for the preparatory group, not an action."),

    mail("ot-h03-danke-fuer-bestaetigung.eml",
         frm=("Wolf-Dieter Kranich", "wd.kranich@posteo.example"),
         subject="Re: " + DANKE, date="Thu, 19 Jun 2025 09:12:00 +0200",
         body="""Danke, Frau Terhorst, alles angekommen. Bis Köln!

W.-D. Kranich
""" + quoted("danke", "17.06.2025 um 14:00"),
         intent="other", name="Wolf-Dieter Kranich",
         note="A thank-you to the confirmation; nothing to do, but a person reads it (other)."),

    # --- opt-outs --------------------------------------------------------------------
    mail("oo-h01-daten-loeschen.eml",
         frm=("Rosemarie Fahlbusch", "r.fahlbusch@kabelmail.example"),
         subject="Bitte löschen Sie meine Daten", date="Wed, 09 Apr 2025 17:00:00 +0200",
         body="""Guten Tag,

seit dem Frühjahr bin ich pensioniert. Bitte löschen Sie meine Daten gemäß DSGVO und schicken Sie mir keine Einladungen mehr.

R. Fahlbusch
""",
         intent="opt_out", name="Rosemarie Fahlbusch",
         note="Deletion request under the GDPR, no more invitations: an opt-out."),

    mail("oo-h02-aus-verteiler.eml",
         frm=("Poststelle Gemeinde Wiesentgrund", "poststelle@gemeinde-wiesentgrund.example"),
         subject="AW: " + INFO, date="Thu, 10 Apr 2025 08:00:00 +0200",
         body="""nehmen Sie uns bitte aus dem Verteiler, die Adresse ist eine allgemeine Poststelle.

""" + outlook("info", W1, "Poststelle"),
         intent="opt_out", email="poststelle@gemeinde-wiesentgrund.example",
         note="A general post office mailbox asks to be taken off the list; no person's name."),

    mail("oo-h03-abmelden-newsletter-kurz.eml",
         frm=("Thorsten Quandt", "t.quandt@stadt-kirchwerder.example"),
         subject="abmelden", date="Mon, 02 Jun 2025 12:00:00 +0200",
         body="bitte keine mails mehr an diese adresse, bin nicht mehr zuständig\n\nquandt\n",
         intent="opt_out", name="Thorsten Quandt",
         note="One lowercase line: no more mails (no longer responsible), after he had pre-registered."),
]
