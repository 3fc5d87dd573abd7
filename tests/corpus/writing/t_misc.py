"""TEST set: cancellations, questions, other mails and opt-outs written by people.

Written as senders write; never tune the rules on these (tests/corpus/README.md).
"""

from make_corpus import mail

CONFIRMATION = """Guten Tag Frau Janssen,

vielen Dank für Ihre verbindliche Anmeldung zur VSOP-Jahrestagung 2025 am 25./26.09.2025 in Köln.
Die Rechnung erhalten Sie in den nächsten Tagen. Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.

Mit freundlichen Grüßen
VSOP e.V. – Geschäftsstelle"""


def q(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


MAILS = [
    # --- cancellations -------------------------------------------------------------
    mail("ca-t01-formell.eml",
         frm=("Almut Severin", "almut.severin@kreis-nordmarsch.example"),
         subject="Stornierung meiner Anmeldung", client="outlook",
         date="Mon, 7 Jul 2025 09:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung zur Jahrestagung stornieren, da ein Termin mit dem Kreistag auf den 25. September gelegt wurde.

Mit freundlichen Grüßen
Dr. Almut Severin
Kreis Nordmarsch
Fachdienst Jugend und Familie
""",
         intent="cancellation", name="Almut Severin", title="Dr.",
         organization="Kreis Nordmarsch, Fachdienst Jugend und Familie",
         note="Plain formal cancellation with a reason."),

    mail("ca-t02-stornogebuehren-frage.eml",
         frm=("Birte Sönksen", "birte.soenksen@amt-suederholm.example"),
         subject="Absage Jahrestagung", client="outlook",
         date="Tue, 8 Jul 2025 10:14:27 +0200",
         body="""Hallo,

ich muss leider stornieren – fallen Stornogebühren an? Die Rechnung ist bei uns schon in der Zahlung.

Gruß
Birte Sönksen
Amt Süderholm
""",
         intent="cancellation", questions=1, name="Birte Sönksen", organization="Amt Süderholm",
         note="Two things: cancel (act) + question about fees (a person answers)."),

    mail("ca-t03-krank-du.eml",
         frm=("Hannes Brodersen", "hannes.brodersen@kreis-nordmarsch.example"),
         subject="Mist – kann nicht", client="thunderbird",
         date="Mon, 15 Sep 2025 07:02:13 +0200",
         body="""Hallo ihr,

ich lieg flach und der Arzt hat mich bis Ende nächster Woche krankgeschrieben. Köln fällt für mich also leider aus, bitte streicht mich von der Teilnehmerliste.

Sorry & liebe Grüße
Hannes
""",
         intent="cancellation", name="Hannes Brodersen",
         note="Colloquial cancellation ('fällt aus', 'streicht mich von der Teilnehmerliste' – the attendee list, not the mailing list)."),

    mail("ca-t04-english.eml",
         frm=("Anna Lindqvist", "anna.lindqvist@malmo-stad.example"),
         subject="Cancellation – Anna Lindqvist", client="outlook",
         date="Wed, 9 Jul 2025 14:40:00 +0200",
         body="""Dear VSOP team,

Unfortunately my travel request was turned down, so I have to withdraw my registration for the conference in Cologne. I am sorry for any inconvenience.

Best wishes,
Anna Lindqvist
""",
         intent="cancellation", language="en", name="Anna Lindqvist",
         note="English withdrawal ('withdraw my registration')."),

    mail("ca-t05-sekretariat-absage-chef.eml",
         frm=("Sekretariat Dezernat III", "sekretariat.dez3@landkreis-hohenwarth.example"),
         subject="Absage Herr Dr. Lohmeyer", client="notes",
         date="Thu, 10 Jul 2025 08:20:11 +0200",
         body="""Sehr geehrte Damen und Herren,

Herr Dr. Lohmeyer kann an der Jahrestagung leider nicht teilnehmen und bittet, seine Anmeldung zu streichen.

Mit freundlichen Grüßen
i. A. Sabine Kruse
Landkreis Hohenwarth, Dezernat III
""",
         intent="cancellation", name="Lohmeyer", title="Dr.", email=None,
         organization="Landkreis Hohenwarth, Dezernat III",
         note="Secretary cancels for her boss (surname only); his address is not in this mail, so email is not labelled."),

    mail("ca-t06-voranmeldung-zurueck.eml",
         frm=("Ines Marquardt", "ines.marquardt@lk-wendisch.example"),
         subject="Rücknahme Voranmeldung", client="outlook",
         date="Fri, 30 May 2025 12:00:00 +0200",
         body="""Guten Tag,

meine Voranmeldung ziehe ich hiermit zurück: Die Dienstreise wurde nicht genehmigt.

Freundliche Grüße
Ines Marquardt
""",
         intent="cancellation", name="Ines Marquardt",
         note="Withdraws a pre-registration ('ziehe zurück'); the word 'Voranmeldung' must not make it a pre-registration."),

    mail("ca-t07-iphone-auf-bestaetigung.eml",
         frm=("Hilke Janssen", "hilke.janssen@lk-friesenmoor.example"),
         subject="Re: Ihre Anmeldung zur VSOP-Jahrestagung 2025", client="iphone",
         in_reply_to="<confirmation-t07@vsop.de>",
         date="Mon, 14 Jul 2025 18:10:00 +0200",
         body=f"""Leider doch nicht, bitte stornieren. Danke! H. Janssen

Von meinem iPhone gesendet

> Am 03.06.2025 um 15:00 schrieb VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>:
>
{q(CONFIRMATION)}
""",
         intent="cancellation", name="Hilke Janssen",
         note="iPhone reply above the quoted confirmation (which contains 'verbindliche Anmeldung')."),

    mail("ca-t08-storno-plus-doku-frage.eml",
         frm=("Kerstin Ahlers", "kerstin.ahlers@stadt-wittenmoor.example"),
         subject="Stornierung Ahlers", client="outlook",
         date="Wed, 16 Jul 2025 11:31:00 +0200",
         body="""Liebe Kolleginnen und Kollegen,

aus personellen Gründen muss ich meine Teilnahme absagen. Schade!

Wird es eine Tagungsdokumentation geben, die auch Nicht-Teilnehmende bekommen können?

Viele Grüße
Kerstin Ahlers
Stadt Wittenmoor, Büro für Sozialplanung
""",
         intent="cancellation", questions=1, name="Kerstin Ahlers",
         organization="Stadt Wittenmoor, Büro für Sozialplanung",
         note="Cancellation + question about the documentation."),

    mail("ca-t09-ohne-umlaute.eml",
         frm=("Joerg Paulsen", "jpaulsen@amt-suederholm.example"),
         subject="Absage Tagungsteilnahme", client="roundcube",
         date="Thu, 17 Jul 2025 08:08:08 +0200",
         body="""Guten Tag,

leider muessen wir die Teilnahme an der Jahrestagung absagen, ich bin im September nicht verfuegbar.

Gruesse
Joerg Paulsen
""",
         intent="cancellation", name="Joerg Paulsen",
         note="No umlauts; 'wir' although one person."),

    mail("ca-t10-gruppe-beide.eml",
         frm=("Maren Thode", "maren.thode@amt-geestland.example"),
         subject="Wir kommen leider nicht", client="thunderbird",
         date="Fri, 18 Jul 2025 13:00:00 +0200",
         body="""Moin,

Jan und ich müssen leider beide absagen – bei uns brennt gerade die Hütte (Haushaltssperre). Bitte storniert unsere Anmeldungen.

Schönen Gruß
Maren Thode
""",
         intent="cancellation", name="Maren Thode", persons=2, people=["Jan"],
         note="Group cancellation for two; the colleague by first name only."),

    mail("ca-t11-html-only.eml",
         frm=("Tamara Jovanović", "tamara.jovanovic@kreis-ostheide.example"),
         subject="Absage Teilnahme Jovanović", client="outlook-web",
         date="Mon, 21 Jul 2025 09:45:00 +0200", html_only=True,
         html="""<html><body><div style="font-family:Aptos,sans-serif">
<p>Liebes VSOP-Team,</p>
<p>zu meinem großen Bedauern kann ich im September nicht nach Köln kommen. Bitte nehmen Sie mich von der Teilnehmerliste; die Rechnung ist noch nicht bezahlt.</p>
<p>Beste Grüße<br>Tamara Jovanović</p></div></body></html>
""",
         intent="cancellation", name="Tamara Jovanović",
         note="HTML-only cancellation; 'von der Teilnehmerliste nehmen'."),

    mail("ca-t12-german-english.eml",
         frm=("Katarzyna Nowak", "k.nowak@stadt-frankenau.example"),
         subject="Cancel registration", client="outlook",
         date="Tue, 22 Jul 2025 10:10:10 +0200",
         body="""Hello,

I must unfortunately cancel the registration for me and my colleague Daniel Roth. Our city has stopped all business trips until end of year.

Best regards
Katarzyna Nowak
""",
         intent="cancellation", language="en", name="Katarzyna Nowak", persons=2,
         people=["Daniel Roth"],
         note="German-English cancellation for two."),

    # --- questions -----------------------------------------------------------------
    mail("qu-t01-hotel.eml",
         frm=("Arne Petersen", "arne.petersen@gemeinde-luettjenburg.example"),
         subject="Übernachtung Köln",
         date="Mon, 19 May 2025 09:00:00 +0200",
         body="""Guten Tag,

gibt es für die Tagungsteilnehmenden ein Zimmerkontingent in einem Hotel? Wenn ja, bis wann muss man buchen?

Gruß
Arne Petersen
""",
         intent="question", questions=2, name="Arne Petersen",
         note="Two related questions about hotel rooms."),

    mail("qu-t02-online.eml",
         frm=("Dr. Matthias Quandt", "quandt@sozialplanung-quandt.example"),
         subject="Online-Teilnahme?", client="thunderbird",
         date="Tue, 20 May 2025 14:10:00 +0200",
         body="""Hallo,

wird es die Möglichkeit geben, die Tagung online zu verfolgen, etwa per Livestream? Ich überlege noch, ob ich anreise.

Beste Grüße
Matthias Quandt
""",
         intent="question", questions=1, name="Matthias Quandt", title="Dr.",
         note="One question; no registration ('überlege noch')."),

    mail("qu-t03-rechnung-umschreiben.eml",
         frm=("Anja Rohwer", "anja.rohwer@kreis-moorland.example"),
         subject="Rechnung falsch adressiert", client="outlook",
         date="Mon, 23 Jun 2025 10:35:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die Rechnung zur Jahrestagung ist auf mich persönlich ausgestellt. Können Sie sie bitte auf den Kreis Moorland, Sozialamt, umschreiben? Sonst kann unsere Kasse sie nicht bearbeiten.

Mit freundlichen Grüßen
Anja Rohwer
""",
         intent="question", questions=1, name="Anja Rohwer",
         note="A request about an existing invoice: only a person can change it."),

    mail("qu-t04-english-speakers.eml",
         frm=("Fiona McAllister", "f.mcallister@glasgow-uni.example"),
         subject="Question about the programme", client="apple",
         date="Thu, 22 May 2025 12:00:00 +0100",
         body="""Dear colleagues,

Could you tell me whether any of the sessions will be held in English, or whether there will be interpretation? My German is decent for reading but not for discussion.

Many thanks,
Fiona
""",
         intent="question", language="en", questions=1, name="Fiona McAllister",
         note="English question about the language of sessions."),

    mail("qu-t05-voranmeldung-schon-verbindlich.eml",
         frm=("Sabine Oltmanns", "sabine.oltmanns@stadt-wiesmoor-nord.example"),
         subject="Frage zur Voranmeldung", client="thunderbird",
         date="Fri, 23 May 2025 08:30:00 +0200",
         body="""Hallo,

ich habe mich im Mai vorangemeldet. Ist die Voranmeldung schon verbindlich, oder muss ich noch etwas tun? Unsere Verwaltung fragt, ob bereits Kosten entstehen.

Viele Grüße
Sabine Oltmanns
""",
         intent="question", questions=1, name="Sabine Oltmanns",
         note="Mentions 'Voranmeldung' and 'verbindlich' but only asks."),

    mail("qu-t06-bin-ich-angemeldet.eml",
         frm=("Mehmet Yıldız", "m.yildiz@stadt-grevenbrock.example"),
         subject="angemeldet?", client="gmx",
         date="Mon, 26 May 2025 07:40:00 +0200",
         body="""hallo, hab ich mich eigentlich schon angemeldet? find meine mail nicht mehr. danke Mehmet
""",
         intent="question", questions=1, name="Mehmet Yıldız",
         note="Lower case, asks whether he is registered."),

    mail("qu-t07-mitglied-werden.eml",
         frm=("Oliver Stahmer", "oliver.stahmer@stadt-meldorf-ost.example"),
         subject="Membership", client="outlook",
         date="Tue, 27 May 2025 15:00:00 +0200",
         body="""Hello,

how can I become member of VSOP, and do I then pay the 250 Euro for the conference already this year?

With best regards
Oliver Stahmer
""",
         intent="question", language="en", questions=2, name="Oliver Stahmer",
         note="German-English; quotes the member fee in a question (not a statement of membership)."),

    mail("qu-t08-du-programm.eml",
         frm=("Paula Reents", "paula.reents@stadt-norderhafen.example"),
         subject="Programm?", client="iphone",
         date="Wed, 28 May 2025 21:15:00 +0200",
         body="""Hey, wann kommt denn das Programm raus? Würde gern wissen, wer am Freitag spricht 🙂

Von meinem iPhone gesendet
""",
         intent="question", questions=1, name="Paula Reents",
         note="Colloquial one-liner question."),

    mail("qu-t09-nach-frist.eml",
         frm=("Bettina Lorenzen", "b.lorenzen@amt-kirchwerder.example"),
         subject="Anmeldefrist 4. Juli", client="thunderbird-old",
         date="Thu, 3 Jul 2025 16:50:00 +0200",
         body="""Hallo zusammen,

unsere Genehmigung kommt wohl erst Mitte Juli. Kann ich die verbindliche Anmeldung auch noch nach dem 4. Juli schicken, oder verfällt dann der Platz?

Gruß
Bettina Lorenzen
""",
         intent="question", questions=1, name="Bettina Lorenzen",
         note="Contains 'verbindliche Anmeldung' inside a question; no registration now."),

    mail("qu-t10-weitergeleitet-intern.eml",
         frm=("Frank Tiedemann", "frank.tiedemann@landkreis-schaumwald.example"),
         subject="WG: Vorankündigung VSOP-Jahrestagung 2025", client="outlook",
         date="Wed, 21 May 2025 10:00:00 +0200",
         body="""Guten Tag,

unsere Kämmerei möchte wissen, ob die Teilnahmegebühr umsatzsteuerpflichtig ist und ob sie Verpflegung enthält. Können Sie mir das kurz beantworten?

Mit freundlichem Gruß
Frank Tiedemann

-----Ursprüngliche Nachricht-----
Von: VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>
Gesendet: Montag, 14. April 2025 08:00
Betreff: Vorankündigung VSOP-Jahrestagung 2025

Wir bitten aufgrund der begrenzten Plätze auf dieser “Kleinen Jahrestagung” um eine
unverbindliche Voranmeldung bis zum 2. Juni 2025 unter geschaeftsstelle@vsop.de.
""",
         intent="question", questions=2, name="Frank Tiedemann",
         note="Questions above a quoted announcement (which asks for 'Voranmeldung')."),

    mail("qu-t11-essen-abend.eml",
         frm=("Gerd Wellmann", "gerd.wellmann@stadt-kaltenhusen.example"),
         subject="Mittag / Abendveranstaltung", client="outlook",
         date="Tue, 1 Jul 2025 11:00:00 +0200",
         body="""Guten Tag Frau Sievers,

ist in der Teilnahmegebühr das Mittagessen enthalten? Und muss man sich für die Abendveranstaltung extra anmelden?

Gruß
Gerd Wellmann
""",
         intent="question", questions=2, name="Gerd Wellmann",
         note="Two questions; 'extra anmelden' inside a question."),

    mail("qu-t12-presse.eml",
         frm=("Lena Vogler", "l.vogler@kommunal-rundschau.example"),
         subject="Presseanfrage Jahrestagung", client="outlook",
         date="Mon, 2 Jun 2025 09:20:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich bin Redakteurin der Kommunal-Rundschau und würde gern über Ihre Jahrestagung berichten. Ist eine Akkreditierung für Pressevertreter möglich, und gibt es eine Ansprechperson für Interviews?

Mit freundlichen Grüßen
Lena Vogler
Redaktion Kommunal-Rundschau
""",
         intent="question", questions=2, name="Lena Vogler",
         organization="Redaktion Kommunal-Rundschau",
         note="Press inquiry."),

    mail("qu-t13-bildungszeit.eml",
         frm=("Svenja Kühl", "svenja.kuehl@stadt-uelzingen.example"),
         subject="Bildungsurlaub", client="outlook",
         date="Wed, 4 Jun 2025 13:40:00 +0200",
         body="""Hallo,

ist die Tagung als Bildungsurlaub nach dem niedersächsischen Bildungsurlaubsgesetz anerkannt? Dann könnte ich sie auch ohne Dienstreise besuchen.

Danke und viele Grüße
Svenja Kühl
""",
         intent="question", questions=1, name="Svenja Kühl",
         note="Legal/administrative question."),

    mail("qu-t14-nur-erster-tag.eml",
         frm=("Lukas Behrendt", "lukas.behrendt@stadt-kellinghusen-nord.example"),
         subject="Teilnahme nur am 25.9.?", client="thunderbird",
         date="Thu, 5 Jun 2025 17:05:00 +0200",
         body="""Guten Tag,

ich könnte nur am ersten Tag teilnehmen. Gibt es dafür eine ermäßigte Tagesgebühr?

Viele Grüße
Lukas Behrendt
""",
         intent="question", questions=1, name="Lukas Behrendt",
         note="Question about a day rate (no registration)."),

    mail("qu-t15-einladungsschreiben-english.eml",
         frm=("Katarzyna Nowak", "k.nowak@stadt-frankenau.example"),
         subject="Letter of invitation", client="outlook",
         date="Fri, 6 Jun 2025 10:00:00 +0200",
         body="""Hello,

for the approval of our trip our administration needs an official letter of invitation from VSOP. Is it possible that you send one to us?

Best regards
Katarzyna Nowak
""",
         intent="question", language="en", questions=1, name="Katarzyna Nowak",
         note="German-English request a person must handle."),

    mail("qu-t16-rechnung-nicht-erhalten.eml",
         frm=("Maik Pohlmann", "maik.pohlmann@kreis-ostheide.example"),
         subject="Rechnung Jahrestagung", client="notes",
         date="Mon, 28 Jul 2025 09:12:00 +0200",
         body="""Guten Morgen,

ich habe mich im Juni verbindlich angemeldet, aber bis heute keine Rechnung bekommen. Wurde sie schon verschickt?

Mit freundlichen Grüßen
Maik Pohlmann
""",
         intent="question", questions=1, name="Maik Pohlmann",
         note="Mentions a past binding registration; the mail itself asks about the invoice."),

    mail("qu-t17-vertretung-schicken.eml",
         frm=("Wiebke Harms", "wiebke.harms@kreis-moorland.example"),
         subject="Vertretung möglich?", client="outlook",
         date="Tue, 29 Jul 2025 14:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

kann ich statt meiner eine Kollegin schicken, wenn ich im September verhindert bin? Die Anmeldung ist ja auf meinen Namen gelaufen.

Mit freundlichen Grüßen
Wiebke Harms
""",
         intent="question", questions=1, name="Wiebke Harms",
         note="Asks about substitution (conditional, no cancellation yet)."),

    mail("qu-t18-anreise-rollstuhl-html.eml",
         frm=("Helga Brümmer", "helga.bruemmer@seniorenbeirat-wittenmoor.example"),
         subject="Anfrage", html=True, client="outlook",
         date="Wed, 30 Jul 2025 11:11:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich bin ehrenamtlich im Seniorenbeirat tätig. Dürfen an Ihrer Tagung auch Ehrenamtliche teilnehmen, und zu welchem Preis?

Mit freundlichen Grüßen
Helga Brümmer
Seniorenbeirat der Stadt Wittenmoor
""",
         intent="question", questions=2, name="Helga Brümmer",
         organization="Seniorenbeirat der Stadt Wittenmoor",
         note="Text + HTML alternative; question from a volunteer."),

    # --- other ---------------------------------------------------------------------
    mail("ot-t01-danke.eml",
         frm=("Dorothea Kempf", "dorothea.kempf@kreis-gandersheim-land.example"),
         subject="AW: Ihre Anmeldung zur VSOP-Jahrestagung 2025", client="outlook",
         date="Wed, 18 Jun 2025 09:00:00 +0200",
         body="""Vielen Dank für die Bestätigung, alles angekommen!

Dorothea Kempf
""",
         intent="other", name="Dorothea Kempf",
         note="A thank-you for the confirmation: nothing to do, but a person may glance at it."),

    mail("ot-t02-workshop-angebot.eml",
         frm=("Prof. Dr. Heike Landwehr", "landwehr@hs-oberweser.example"),
         subject="Beitrag für die Jahrestagung", client="apple",
         date="Mon, 19 May 2025 10:30:00 +0200",
         body="""Liebe Kolleginnen und Kollegen,

gerne würde ich im Rahmen der Tagung einen Werkstattbericht aus unserem Projekt „Sozialräume gemeinsam planen“ einbringen – 20 Minuten, gern auch als Poster. Ich schicke Ihnen dazu eine kurze Skizze.

Herzliche Grüße
Heike Landwehr
""",
         intent="other", name="Heike Landwehr", title="Prof. Dr.",
         note="An offer to contribute: neither registration nor question; for the programme committee."),

    mail("ot-t03-hotel-angebot-persoenlich.eml",
         frm=("Marco Esposito", "m.esposito@hotel-domblick.example"),
         subject="Ihr Gruppenangebot September", client="outlook",
         date="Tue, 20 May 2025 15:45:00 +0200",
         body="""Sehr geehrte Frau Sievers,

wie telefonisch besprochen, halte ich für Ihre Tagungsgäste vom 24. bis 26.09. 25 Einzelzimmer zu 119 € inkl. Frühstück bis zum 15. August vor. Das Abrufkontingent läuft unter dem Stichwort „VSOP“.

Mit freundlichen Grüßen
Marco Esposito
Reservierung, Hotel Domblick Köln
""",
         intent="other", name="Marco Esposito",
         note="A business partner's personal mail to staff (hotel block): for a person, no auto answer."),

    mail("ot-t04-neue-adresse.eml",
         frm=("Lea Hinrichsen", "lea.hinrichsen@stadt-brueckenfeld.example"),
         subject="Neue E-Mail-Adresse", client="outlook",
         date="Tue, 1 Jul 2025 08:00:00 +0200",
         body="""Guten Tag,

ab dem 1. August wechsle ich ins Sozialamt; meine neue Adresse lautet dann lea.hinrichsen@sozialamt-brueckenfeld.example. Bitte schicken Sie alles zur Tagung ab dann dorthin.

Freundliche Grüße
Lea Hinrichsen
""",
         intent="other", name="Lea Hinrichsen",
         note="Change of address: a person updates the record (no field 'email' labelled: which one counts is staff's decision).", email=None),

    mail("ot-t05-folien-referent.eml",
         frm=("Dr. Johannes Falk", "falk@institut-sozialraum.example"),
         subject="Präsentation für Freitag", client="thunderbird",
         date="Mon, 22 Sep 2025 16:20:00 +0200",
         body="""Hallo Frau Sievers,

anbei schon einmal meine Folien für den Input am Freitagvormittag. Falls es technisch Vorgaben gibt (Format 16:9?), sagen Sie gern Bescheid.

Viele Grüße
Johannes Falk
""",
         attachments=[("Falk_Input_VSOP2025.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", b"PK\x03\x04" + bytes(range(256)) * 4)],
         intent="other", name="Johannes Falk", title="Dr.",
         note="A speaker sends slides: 'Vorgaben ... sagen Sie gern Bescheid' is an offer, not a question; the attachment is a presentation, no form."),

    mail("ot-t06-falsch-adressiert.eml",
         frm=("Petra Albers", "petra.albers@stadt-brueckenfeld.example"),
         subject="Unterlagen für Montag", client="outlook",
         date="Fri, 4 Jul 2025 17:30:00 +0200",
         body="""Hallo Petra,

anbei wie besprochen die Zahlen für die Sitzung am Montag. Bis dann!

Petra Albers
Stadt Brückenfeld, Jugendamt
""",
         intent="other", name="Petra Albers",
         organization="Stadt Brückenfeld, Jugendamt",
         note="Misdirected internal mail (meant for another Petra)."),

    mail("ot-t07-mitgliedsbeitrag-bank.eml",
         frm=("Kassenwart Regionalgruppe Nord", "kasse@vsop-nord.example"),
         subject="Mitgliedsbeiträge Regionalgruppe Nord 2025", client="thunderbird",
         date="Wed, 14 May 2025 19:00:00 +0200",
         body="""Hallo Geschäftsstelle,

anbei die Liste der Mitgliedsbeiträge der Regionalgruppe Nord für 2025. Die Überweisung an den Bundesverband ist heute rausgegangen.

Gruß
Henning Brandt
Kassenwart
""",
         intent="other", name="Henning Brandt",
         note="Association business (fees of a regional group); the words 'Überweisung'/'Mitglied' are not a registration."),

    # --- opt-outs ------------------------------------------------------------------
    mail("oo-t01-verteiler.eml",
         frm=("Renate Sülzle", "renate.suelzle@gemeinde-hoheneck.example"),
         subject="Abmeldung vom Verteiler", client="outlook",
         date="Tue, 15 Apr 2025 12:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

bitte nehmen Sie mich aus Ihrem E-Mail-Verteiler. Ich bin für Sozialplanung nicht mehr zuständig.

Mit freundlichen Grüßen
Renate Sülzle
""",
         intent="opt_out", auto_reply=False, name="Renate Sülzle",
         note="Opt-out from the mailing list ('Abmeldung' here means the list, not a registration)."),

    mail("oo-t02-english-remove.eml",
         frm=("Peter Cole", "p.cole@northcouncil.example"),
         subject="Please remove", client="outlook",
         date="Wed, 16 Apr 2025 09:00:00 +0100",
         body="""Please remove me from your mailing list. I have never been involved with your association.

Peter Cole
""",
         intent="opt_out", auto_reply=False, language="en", name="Peter Cole",
         note="English opt-out."),

    mail("oo-t03-nicht-mehr-bei-der-stadt.eml",
         frm=("Manfred Oltrogge", "manfred.oltrogge@stadt-hameloh.example"),
         subject="Keine Einladungen mehr", client="outlook",
         date="Thu, 17 Apr 2025 14:30:00 +0200",
         body="""Guten Tag,

ich bin seit März im Ruhestand. Bitte schicken Sie keine Einladungen mehr an diese Adresse.

Freundliche Grüße
Manfred Oltrogge
""",
         intent="opt_out", auto_reply=False, name="Manfred Oltrogge",
         note="Retired: no more invitations to this address."),

    mail("oo-t04-du-keine-mails.eml",
         frm=("", "info@jugendtreff-am-see.example"),
         subject="Mails", client="gmx",
         date="Fri, 18 Apr 2025 20:00:00 +0200",
         body="""Hi, bitte keine Rundmails mehr an uns, wir sind ein Jugendtreff und keine Verwaltung. Danke
""",
         intent="opt_out", auto_reply=False,
         note="Informal opt-out from a shared address without a name."),
]
