"""DEVELOPMENT set: cancellations, questions, other mails, opt-outs. Tune on these."""

from make_corpus import mail

BESTAETIGUNG = """Sehr geehrte Frau Hubmann,

Ihre verbindliche Anmeldung zur VSOP-Jahrestagung 2025 haben wir erhalten. Sie sind angemeldet.
Die Rechnung über 300,00 EUR folgt gesondert.

Mit freundlichen Grüßen
VSOP e.V. – Geschäftsstelle"""


def gt(text: str) -> str:
    return "\n".join(">" + (" " + line if line else "") for line in text.splitlines())


MAILS = [
    # --- cancellations -------------------------------------------------------------
    mail("ca-d01-terminkollision.eml",
         frm=("Veronika Hubmann", "veronika.hubmann@lra-bergstetten.example"),
         subject="Abmeldung von der Jahrestagung", client="outlook",
         date="Mon, 7 Jul 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

aufgrund einer Terminkollision mit der Kreistagssitzung muss ich meine Teilnahme an der Jahrestagung leider absagen. Bitte melden Sie mich ab.

Mit freundlichen Grüßen
Veronika Hubmann
""",
         intent="cancellation", name="Veronika Hubmann",
         note="'Abmeldung' from the conference (not from a mailing list)."),

    mail("ca-d02-kosten-frage.eml",
         frm=("Markus Zehetmair", "markus.zehetmair@stadt-muehlbach.example"),
         subject="Rücktritt von der Anmeldung", client="outlook",
         date="Tue, 8 Jul 2025 09:00:00 +0200",
         body="""Guten Tag,

ich trete von meiner Anmeldung zurück, da unser Haushalt gesperrt wurde. Müssen wir trotzdem etwas bezahlen, und wenn ja, wie viel?

Freundliche Grüße
Markus Zehetmair
""",
         intent="cancellation", questions=1, name="Markus Zehetmair",
         note="'trete von meiner Anmeldung zurück' + a question about costs."),

    mail("ca-d03-kind-krank.eml",
         frm=("Jonas Weidinger", "jonas.weidinger@stadt-lindach.example"),
         subject="Muss leider passen", client="iphone",
         date="Wed, 24 Sep 2025 06:30:00 +0200",
         body="""Hi, mein Kleiner ist krank, ich muss für Köln leider passen. Sorry! Jonas

Von meinem iPhone gesendet
""",
         intent="cancellation", name="Jonas Weidinger",
         note="Short notice, colloquial ('muss passen')."),

    mail("ca-d04-english-native.eml",
         frm=("Tom Baker", "tom.baker@civicplanning.example"),
         subject="Sorry – can't make it",
         date="Thu, 10 Jul 2025 12:00:00 +0100",
         body="""Hiya,

Afraid I can't make it to Cologne after all – please cancel my booking. Really sorry about that.

Tom
""",
         intent="cancellation", language="en", name="Tom Baker",
         note="British colloquial cancellation."),

    mail("ca-d05-assistenz-storno.eml",
         frm=("Büro der Bürgermeisterin", "buergermeisterin@stadt-rosenfels.example"),
         subject="Stornierung Dr. Kaltenbach", client="outlook",
         date="Fri, 11 Jul 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

leider muss Frau Dr. Kaltenbach ihre Teilnahme aus terminlichen Gründen stornieren.

Im Auftrag
Stefanie Renner
""",
         intent="cancellation", name="Kaltenbach", title="Dr.", email=None,
         note="Assistant cancels for the mayor (surname only); email not labelled."),

    mail("ca-d06-platz-freigeben.eml",
         frm=("Hanna Wörle", "hanna.woerle@kreis-donaueck.example"),
         subject="Platz freigeben", client="thunderbird",
         date="Mon, 26 May 2025 09:00:00 +0200",
         body="""Liebes Team,

meine reservierte Teilnahmeoption können Sie freigeben – ich schaffe es dieses Jahr leider nicht.

Herzliche Grüße
Hanna Wörle
""",
         intent="cancellation", name="Hanna Wörle",
         note="Gives up a pre-registration ('Teilnahmeoption freigeben')."),

    mail("ca-d07-outlook-auf-bestaetigung.eml",
         frm=("Hubmann, Veronika", "veronika.hubmann@lra-bergstetten.example"),
         subject="AW: Ihre Anmeldung zur VSOP-Jahrestagung 2025", client="outlook",
         in_reply_to="<confirmation-d07@vsop.de>",
         date="Tue, 15 Jul 2025 14:00:00 +0200",
         body=f"""Hallo,

bitte stornieren Sie meine Anmeldung. Danke.

V. Hubmann

-----Ursprüngliche Nachricht-----
Von: VSOP e.V. – Geschäftsstelle <geschaeftsstelle@vsop.de>
Gesendet: Dienstag, 3. Juni 2025 09:00
An: Hubmann, Veronika <veronika.hubmann@lra-bergstetten.example>
Betreff: Ihre Anmeldung zur VSOP-Jahrestagung 2025

{BESTAETIGUNG}
""",
         intent="cancellation", name="Veronika Hubmann",
         note="Outlook reply above the quoted confirmation ('Sie sind angemeldet', a fee)."),

    mail("ca-d08-absage-plus-folien.eml",
         frm=("Sarah Whitfield", "s.whitfield@leedsmet.example"),
         subject="Withdrawing – and a request", client="apple",
         date="Wed, 16 Jul 2025 09:00:00 +0100",
         body="""Hello,

I'm sorry to say I have to withdraw from the conference – a family matter. Would it be possible to receive the presentations afterwards anyway?

Best,
Sarah Whitfield
""",
         intent="cancellation", language="en", questions=1, name="Sarah Whitfield",
         note="English withdrawal + a question."),

    mail("ca-d09-ohne-umlaute-absage.eml",
         frm=("Juergen Woerle", "j.woerle@stadt-lindach.example"),
         subject="Teilnahme entfaellt", client="roundcube",
         date="Thu, 17 Jul 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

meine Teilnahme an der Jahrestagung entfaellt leider. Bitte loeschen Sie meine Anmeldung.

Mit freundlichen Gruessen
Juergen Woerle
""",
         intent="cancellation", name="Juergen Woerle",
         note="No umlauts ('entfaellt', 'loeschen Sie meine Anmeldung')."),

    mail("ca-d10-team-drei-absage.eml",
         frm=("Sibylle Rapp", "sibylle.rapp@kreis-donaueck.example"),
         subject="Absage Kreis Donaueck", client="thunderbird",
         date="Fri, 18 Jul 2025 11:00:00 +0200",
         body="""Hallo VSOP-Team,

leider müssen wir alle drei (Andreas Kästle, Elif Kaya und ich) unsere Anmeldungen zurückziehen. Der Kreistag hat für den 25.9. eine Sondersitzung angesetzt.

Beste Grüße
Sibylle Rapp
""",
         intent="cancellation", name="Sibylle Rapp", persons=3,
         people=["Andreas Kästle", "Elif Kaya"],
         note="Group cancellation of three, names in parentheses."),

    mail("ca-d11-html-absage.eml",
         frm=("Cornelia Haas", "cornelia.haas@gmx-mail.example"),
         subject="Absage", client="gmx",
         date="Mon, 21 Jul 2025 19:00:00 +0200", html_only=True,
         html="""<html><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Guten Abend,</div>
<div>leider kann ich doch nicht an der Tagung teilnehmen und sage hiermit ab.</div>
<div>Viele Gr&uuml;&szlig;e<br/>Cornelia Haas</div></div></body></html>
""",
         intent="cancellation", name="Cornelia Haas",
         note="HTML-only GMX cancellation."),

    mail("ca-d12-dutch-english.eml",
         frm=("Maarten de Vries", "m.devries@gemeente-zwolland.example"),
         subject="Cancellation participation", client="outlook",
         date="Tue, 22 Jul 2025 10:00:00 +0200",
         body="""Dear Sir/Madam,

Hereby I cancel my participation for the conference. Our council has decided on a travel stop.

Kind regards,
Maarten de Vries
""",
         intent="cancellation", language="en", name="Maarten de Vries",
         note="Non-native English ('Hereby I cancel my participation')."),

    # --- questions -----------------------------------------------------------------
    mail("qu-d01-tagungsort-adresse.eml",
         frm=("Florian Eder", "florian.eder@markt-oberau.example"),
         subject="Wo genau?", client="iphone",
         date="Mon, 19 May 2025 12:00:00 +0200",
         body="""Servus, wo in Köln findet die Tagung genau statt? Im Programm steht nur „Köln“.

Gesendet von meinem iPhone
""",
         intent="question", questions=1, name="Florian Eder",
         note="Venue question; name only in the display name."),

    mail("qu-d02-livestream-english.eml",
         frm=("Siobhán O'Connor", "siobhan.oconnor@dublincity.example"),
         subject="Hybrid option?", client="outlook",
         date="Tue, 20 May 2025 10:00:00 +0100",
         body="""Dear colleagues,

Might there be a hybrid option for international colleagues who cannot travel?

Warm regards,
Siobhán
""",
         intent="question", language="en", questions=1, name="Siobhán O'Connor",
         note="English question ('Might there be')."),

    mail("qu-d03-ust-id.eml",
         frm=("Buchhaltung Caritas", "buchhaltung@caritas-altmuehl.example"),
         subject="Rechnung Jahrestagung – USt-ID fehlt", client="outlook",
         date="Mon, 7 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

auf Ihrer Rechnung Nr. 2025-117 fehlt Ihre Steuernummer bzw. USt-IdNr. Können Sie uns bitte eine korrigierte Rechnung schicken?

Mit freundlichen Grüßen
Monika Strasser
Buchhaltung
""",
         intent="question", questions=1, name="Monika Strasser",
         note="An attendee's accounts office asks for a corrected invoice."),

    mail("qu-d04-schon-angemeldet.eml",
         frm=("Dominik Seitz", "dominik.seitz@stadt-weissenhain.example"),
         subject="Status meiner Anmeldung", client="outlook",
         date="Tue, 1 Jul 2025 08:00:00 +0200",
         body="""Guten Tag,

ich habe das Formular vor drei Wochen geschickt, aber noch keine Bestätigung bekommen. Bin ich jetzt verbindlich angemeldet?

Gruß
Dominik Seitz
""",
         intent="question", questions=1, name="Dominik Seitz",
         note="'verbindlich angemeldet' inside a question."),

    mail("qu-d05-mitgliedschaft-kosten.eml",
         frm=("Nicole Brandl", "nicole.brandl@web-post.example"),
         subject="Mitglied werden?",
         date="Wed, 21 May 2025 20:00:00 +0200",
         body="""Hallo,

lohnt sich für mich eine Mitgliedschaft im VSOP? Was kostet sie im Jahr, und gilt dann schon für die Jahrestagung der ermäßigte Beitrag?

Nicole Brandl
""",
         intent="question", questions=3, name="Nicole Brandl",
         note="Three questions about membership."),

    mail("qu-d06-kinder-mitbringen.eml",
         frm=("Elif Kaya", "elif.kaya@kreis-donaueck.example"),
         subject="Stillendes Baby", client="thunderbird",
         date="Thu, 22 May 2025 09:00:00 +0200",
         body="""Hallo,

darf ich mein Baby (dann 5 Monate) zur Tagung mitbringen? Gibt es einen ruhigen Raum zum Stillen?

Liebe Grüße
Elif Kaya
""",
         intent="question", questions=2, name="Elif Kaya",
         note="Two personal questions."),

    mail("qu-d07-frist-verlaengerung.eml",
         frm=("Karl-Heinz Obermeier", "kh.obermeier@lra-bergstetten.example"),
         subject="Frist 2. Juni", client="notes",
         date="Mon, 2 Jun 2025 16:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich habe die Frist für die Voranmeldung verpasst. Ist eine Voranmeldung jetzt noch möglich?

Mit freundlichen Grüßen
Karl-Heinz Obermeier
""",
         intent="question", questions=1, name="Karl-Heinz Obermeier",
         note="Asks whether a pre-registration is still possible: a question, not yet a pre-registration."),

    mail("qu-d08-vegetarisch-abend.eml",
         frm=("Raphael Stöckl", "raphael.stoeckl@gemeinde-tannweiler.example"),
         subject="abendessen", client="android",
         date="Tue, 8 Jul 2025 21:00:00 +0200",
         body="""hallo, gibts beim abendessen am donnerstag auch was vegetarisches? grüße raphael
""",
         intent="question", questions=1, name="Raphael Stöckl",
         note="Lower-case colloquial question ('gibts')."),

    mail("qu-d09-weitergeleitet-von-chef.eml",
         frm=("Lars Fendt", "lars.fendt@kreis-sulzbach-hochland.example"),
         subject="WG: Einladung zur VSOP-Jahrestagung 2025", client="outlook",
         date="Wed, 23 Apr 2025 10:00:00 +0200",
         body="""Hallo,

mein Chef hat mir Ihre Einladung weitergeleitet. Richtet sich die Tagung auch an Jugendhilfeplaner, oder eher an die allgemeine Sozialplanung?

Gruß
Lars Fendt

Von: Brenninger, Cornelius
Gesendet: Dienstag, 22. April 2025 15:00
An: Fendt, Lars
Betreff: WG: Einladung zur VSOP-Jahrestagung 2025

Lars, schau mal – vielleicht meldest du dich an?

Von: VSOP e.V. <geschaeftsstelle@vsop.de>
Gesendet: Dienstag, 15. April 2025 09:00
Betreff: Einladung zur VSOP-Jahrestagung 2025

Um eine unverbindliche Voranmeldung bis 2. Juni wird gebeten.
""",
         intent="question", questions=1, name="Lars Fendt",
         note="Question above a forward chain, where the boss suggests registering."),

    mail("qu-d10-zwei-tage-oder-einer.eml",
         frm=("Ursula Kienle", "ursula.kienle@stadt-hellbach.example"),
         subject="Programm Freitag", client="outlook",
         date="Thu, 10 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

bis wann geht das Programm am Freitag genau? Ich muss meinen Zug buchen.

Freundliche Grüße
Ursula Kienle
""",
         intent="question", questions=1, name="Ursula Kienle",
         note="Schedule question."),

    mail("qu-d11-hotel-english.eml",
         frm=("Lucía Fernández", "lucia.fernandez@ayto-vallehermoso.example"),
         subject="Hotel recommendation", client="outlook",
         date="Fri, 11 Jul 2025 10:00:00 +0200",
         body="""Dear organizers,

can you recommend us a hotel near to the venue? We come with the train from the airport.

Best regards,
Lucía Fernández
""",
         intent="question", language="en", questions=1, name="Lucía Fernández",
         note="Non-native English hotel question."),

    mail("qu-d12-teilnahmebescheinigung-nachher.eml",
         frm=("Dr. Emre Şahin", "emre.sahin@institut-stadtgesellschaft.example"),
         subject="Teilnahmebescheinigung", client="apple",
         date="Mon, 29 Sep 2025 09:00:00 +0200",
         body="""Liebes VSOP-Team,

danke für die schöne Tagung! Könnten Sie mir noch eine Teilnahmebescheinigung zuschicken? Die brauche ich für unseren Drittmittelgeber.

Viele Grüße
Emre Şahin
""",
         intent="question", questions=1, name="Emre Şahin", title="Dr.",
         note="After the event: a request only a person can fulfil."),

    mail("qu-d13-presse-foto.eml",
         frm=("Jakob Thalhammer", "j.thalhammer@sozialwirtschaft-magazin.example"),
         subject="Fotograf bei der Tagung?", client="outlook",
         date="Mon, 1 Sep 2025 11:00:00 +0200",
         body="""Guten Tag,

wir würden gern einen Fotografen zur Tagung schicken. Ist das möglich, und an wen wende ich mich vor Ort?

Beste Grüße
Jakob Thalhammer
Redaktion Sozialwirtschaft Magazin
""",
         intent="question", questions=2, name="Jakob Thalhammer",
         organization="Redaktion Sozialwirtschaft Magazin",
         note="Press question."),

    mail("qu-d14-datenschutz.eml",
         frm=("Cornelius Brenninger", "c.brenninger@lra-sulzbach-hochland.example"),
         subject="Datenschutz Teilnehmerliste", client="outlook",
         date="Tue, 2 Sep 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wird eine Teilnehmerliste an die anderen Teilnehmenden verteilt? Falls ja, möchte ich nicht mit meiner E-Mail-Adresse darauf erscheinen.

Mit freundlichen Grüßen
Cornelius Brenninger
""",
         intent="question", questions=1, name="Cornelius Brenninger",
         note="Privacy question about the attendee list; the wish not to appear is no opt-out."),

    mail("qu-d15-einladung-visa.eml",
         frm=("Olena Kravchenko", "o.kravchenko@city-lviv-example.ua"),
         subject="Invitation letter for visa", client="gmx",
         date="Wed, 14 May 2025 10:00:00 +0300",
         body="""Dear VSOP,

I work in social planning in Lviv and would like to come to your conference. For the visa I need a letter of invitation. Can you provide such letter?

Thank you,
Olena Kravchenko
""",
         intent="question", language="en", questions=1, name="Olena Kravchenko",
         note="Wants to come but asks for a visa letter first; no pre-registration stated: a person answers."),

    mail("qu-d16-rechnung-zweimal.eml",
         frm=("Theresa Gschwendtner", "theresa.gschwendtner@lra-altmuehlgrund.example"),
         subject="Rechnung doppelt erhalten", client="outlook",
         date="Wed, 16 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir haben die Rechnung 2025-131 zweimal bekommen, einmal per Post und einmal per Mail. Ist das dieselbe, oder sollen wir beide bezahlen?

Freundliche Grüße
Theresa Gschwendtner
""",
         intent="question", questions=1, name="Theresa Gschwendtner",
         note="Invoice question; 'bezahlen' inside a question is no payment agreement."),

    mail("qu-d17-html-outlook-fragen.eml",
         frm=("Stefanie Renner", "stefanie.renner@stadt-rosenfels.example"),
         subject="Rückfrage zur Tagung", client="outlook", html=True,
         date="Thu, 17 Jul 2025 10:00:00 +0200",
         body="""Hallo,

gibt es im Tagungshaus eine Garderobe und ein Gepäckdepot? Frau Dr. Kaltenbach reist direkt mit Koffer an.

Danke und viele Grüße
Stefanie Renner
""",
         intent="question", questions=1, name="Stefanie Renner",
         note="Text + HTML; one question with two nouns."),

    mail("qu-d18-barrierefrei-gebaerden.eml",
         frm=("Georg Pfister", "georg.pfister@stadt-hellbach.example"),
         subject="Gebärdensprachdolmetschung", client="outlook",
         date="Fri, 18 Jul 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

unsere Kollegin Carina Eichinger ist gehörlos. Kann für die Plenumsvorträge eine Gebärdensprachdolmetschung organisiert werden?

Mit freundlichen Grüßen
Georg Pfister
""",
         intent="question", questions=1, name="Georg Pfister",
         note="Accessibility request."),

    # --- other ---------------------------------------------------------------------
    mail("ot-d01-dankeschoen-nach-tagung.eml",
         frm=("Konrad Wieland", "k.wieland@uni-hellbach.example"),
         subject="Danke!", client="apple",
         date="Mon, 29 Sep 2025 08:00:00 +0200",
         body="""Liebe Kolleginnen und Kollegen,

herzlichen Dank für die gelungene Tagung – ich habe viele Anregungen mitgenommen.

Herzlich
Konrad Wieland
""",
         intent="other", name="Konrad Wieland",
         note="Thanks after the event."),

    mail("ot-d02-referentin-angebot.eml",
         frm=("Dr. Miriam Adler", "miriam.adler@uni-hellbach.example"),
         subject="Vorschlag für ein Forum", client="thunderbird",
         date="Mon, 12 May 2025 10:00:00 +0200",
         body="""Liebes VSOP-Team,

ich würde gern ein Forum zum Thema „Polarisierung im Quartier“ anbieten; eine kurze Skizze hänge ich an.

Viele Grüße
Miriam Adler
""",
         attachments=[("Skizze_Forum_Adler.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04" + bytes(range(200)) * 3)],
         intent="other", name="Miriam Adler", title="Dr.",
         note="Offer to contribute with a Word attachment."),

    mail("ot-d03-caterer-angebot.eml",
         frm=("Anja Birkholz", "birkholz@catering-rheinblick.example"),
         subject="Ihr Angebot Catering 25./26.09.", client="outlook",
         date="Tue, 13 May 2025 14:00:00 +0200",
         body="""Sehr geehrte Frau Sievers,

anbei wie besprochen unser Angebot für Mittagessen und Kaffeepausen an beiden Tagen für 60 Personen. Über eine Rückmeldung bis Ende Mai freue ich mich.

Mit freundlichen Grüßen
Anja Birkholz
Catering Rheinblick
""",
         intent="other", name="Anja Birkholz",
         note="Supplier's personal mail to staff."),

    mail("qu-d20-namensaenderung.eml",
         frm=("Elif Kaya", "elif.kaya@kreis-donaueck.example"),
         subject="Namensänderung", client="thunderbird",
         date="Mon, 4 Aug 2025 09:00:00 +0200",
         body="""Hallo,

ich habe im Juli geheiratet und heiße jetzt Elif Kaya-Berger. Könnten Sie das auf dem Namensschild berücksichtigen? Danke!

Liebe Grüße
Elif Kaya-Berger
""",
         intent="question", questions=1, name="Elif Kaya-Berger",
         note="A change of name for the badge, asked as a question: a person updates the record."),

    mail("ot-d05-vorstand-intern.eml",
         frm=("Prof. Dr. Gudrun Albers", "g.albers@vsop-vorstand.example"),
         subject="Moderation Forum 3", client="apple",
         date="Wed, 10 Sep 2025 20:00:00 +0200",
         body="""Liebe Frau Sievers,

ich übernehme wie besprochen die Moderation von Forum 3. Die Unterlagen schaue ich mir am Wochenende an.

Herzliche Grüße
Gudrun Albers
""",
         intent="other", name="Gudrun Albers", title="Prof. Dr.",
         note="Board member writing to staff about the programme."),

    mail("ot-d06-spam-mensch.eml",
         frm=("Rainer Kohl", "rainer.kohl@beratung-kohl.example"),
         subject="Kennenlernen?", client="outlook",
         date="Thu, 15 May 2025 11:00:00 +0200",
         body="""Hallo Frau Sievers,

wir haben uns letztes Jahr kurz auf dem Fachtag in Kassel gesprochen. Ich bin inzwischen selbstständig und würde mich freuen, Ihnen bei Gelegenheit mein Beratungsangebot vorzustellen.

Viele Grüße
Rainer Kohl
""",
         intent="other", name="Rainer Kohl",
         note="A personal business contact (not a bulk mail)."),

    mail("ot-d07-ausgefuellt-aber-falsche-tagung.eml",
         frm=("Lena Hartwig", "lena.hartwig@kreis-donaueck.example"),
         subject="Anmeldung Fachtag Kinderschutz", client="outlook",
         date="Fri, 16 May 2025 09:00:00 +0200",
         body="""Guten Tag,

hiermit melde ich mich für den Fachtag Kinderschutz am 14. Oktober in Ulm an.

Freundliche Grüße
Lena Hartwig
""",
         intent="other", name="Lena Hartwig",
         note="Registers for somebody else's event (not ours): a person redirects it."),

    # --- opt-outs ------------------------------------------------------------------
    mail("oo-d01-verteiler-streichen.eml",
         frm=("Herbert Klotz", "herbert.klotz@gemeinde-bachtal.example"),
         subject="Verteiler", client="outlook",
         date="Wed, 16 Apr 2025 10:00:00 +0200",
         body="""Guten Tag,

bitte streichen Sie unsere Adresse aus Ihrem Verteiler. Die Gemeinde hat keine Sozialplanung.

Mit freundlichen Grüßen
Herbert Klotz
""",
         intent="opt_out", auto_reply=False, name="Herbert Klotz",
         note="Opt-out ('aus dem Verteiler streichen')."),

    mail("oo-d02-unsubscribe-english.eml",
         frm=("Claire Dubois", "c.dubois@metropole-example.fr"),
         subject="unsubscribe",
         date="Thu, 17 Apr 2025 09:00:00 +0200",
         body="""unsubscribe

Claire Dubois
""",
         intent="opt_out", auto_reply=False, language="en", name="Claire Dubois",
         note="One-word English opt-out."),

    mail("oo-d03-keine-werbung.eml",
         frm=("Sekretariat Jugendamt", "jugendamt@stadt-weissenhain.example"),
         subject="Keine weiteren Zusendungen", client="outlook",
         date="Fri, 18 Apr 2025 11:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

wir bitten darum, uns künftig keine Veranstaltungshinweise mehr zuzusenden.

Mit freundlichen Grüßen
Sekretariat Jugendamt
""",
         intent="opt_out", auto_reply=False,
         note="Opt-out from a shared office mailbox, no personal name."),

    mail("oo-d04-abmelden-newsletter-antwort.eml",
         frm=("Petra Lindner", "petra.lindner@stadt-rosenfels.example"),
         subject="AW: Einladung zur VSOP-Jahrestagung 2025", client="outlook",
         date="Tue, 22 Apr 2025 09:00:00 +0200",
         body="""Bitte melden Sie mich von diesen Mails ab, danke.

Petra Lindner

-----Ursprüngliche Nachricht-----
Von: VSOP e.V. <geschaeftsstelle@vsop.de>
Betreff: Einladung zur VSOP-Jahrestagung 2025

Um eine unverbindliche Voranmeldung bis 2. Juni wird gebeten.
""",
         intent="opt_out", auto_reply=False, name="Petra Lindner",
         note="'melden Sie mich von diesen Mails ab' in reply to the invitation: opt-out, not a cancellation or pre-registration."),
]
