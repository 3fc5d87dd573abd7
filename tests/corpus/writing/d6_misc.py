"""DEVELOPMENT set 6: questions from people (the
international voices and mail structures of this set). Written apart (README.md); measured
once, untouched."""

from d6_build import SUBJECTS, flowed, reply, smime_signed
from make_corpus import leaf, mail

FORMS = SUBJECTS["forms"]

MAILS = [
    # --- questions ---------------------------------------------------------------------
    mail("qu-h01-india-accommodation.eml",
         frm=("Lakshmi Venkataraman", "lakshmi.v@socialaudit-pune.example"),
         subject="Query regarding conference", date="Tue, 15 Apr 2025 12:00:00 +0530",
         body="""Dear Madam/Sir,

I wish to know whether foreign participants who are not working in Germany can also attend the annual meeting, and whether the sessions will have English translation. Kindly do the needful and inform.

Regards,
Lakshmi Venkataraman
Social Audit Network, Pune
""",
         intent="question", language="en", name="Lakshmi Venkataraman", questions=2,
         organization="Social Audit Network, Pune",
         note="Indian English ('Kindly do the needful'), two questions, no registration."),

    mail("qu-h02-canada-eh.eml",
         frm=("Brent MacKinnon", "bmackinnon@halton-ridge.example"),
         subject="Quick question about the fee", date="Wed, 16 Apr 2025 14:30:00 -0400",
         body="""Hi folks,

Quick one: I'm a member of a Canadian planning association that has a partnership with VSOP – does that get me the member rate, or is it only for direct VSOP members?

Thanks,
Brent MacKinnon
Halton Ridge Region, Social Planning
""",
         intent="question", language="en", name="Brent MacKinnon", questions=1,
         organization="Halton Ridge Region, Social Planning",
         note="Canadian; a fee question that names both kinds of membership (no fee of his own)."),

    mail("qu-h03-suedtirol-zweisprachig.eml",
         frm=("Verena Gamper", "verena.gamper@comune-bronzolo-alto.example"),
         subject="Frage Zertifikat / domanda attestato", date="Thu, 17 Apr 2025 09:00:00 +0200",
         body="""Guten Tag,

bekommt man nach der Tagung eine Teilnahmebestätigung mit Stundenangabe? Bei uns wird die Fortbildung nur mit Stundennachweis anerkannt.

Grazie / Danke
Verena Gamper
Gemeinde Branzoll-Oberdorf / Comune di Bronzolo Alto
Sozialdienst – Servizio sociale
""",
         intent="question", name="Verena Gamper", questions=1,
         organization="Gemeinde Branzoll-Oberdorf / Comune di Bronzolo Alto, Sozialdienst – Servizio sociale",
         note="South Tyrol bilingual signature (slash between the two names of one body); a certificate question."),

    mail("qu-h04-ostbelgien-anreise.eml",
         frm=("Nathalie Franssen", "nathalie.franssen@dg-eupen-sued.example"),
         subject="Tagungsort?", client="android", date="Fri, 18 Apr 2025 17:50:00 +0200",
         body="""Wo genau in Köln ist die Tagung? Kann man mit dem Zug aus Aachen gut hinkommen?

N. Franssen

Gesendet von Samsung Mobile
""",
         intent="question", name="Nathalie Franssen", questions=2,
         note="Phone mail, two questions; signed with an initial only, the full name is in From."),

    mail("qu-h05-lerner-frist.eml",
         frm=("Anh Nguyen", "anh.nguyen@stadt-goldbach-ost.example"),
         subject="Frage wegen Anmeldung", date="Tue, 22 Apr 2025 10:10:00 +0200",
         body="""Hallo,

ich habe eine Frage. Wenn ich mich vorher anmelde und dann nicht kann, muss ich dann bezahlen? Ich verstehe nicht gut den Unterschied zwischen Vormerkung und Anmeldung.

Danke
Anh Nguyen
Stadt Goldbach-Ost, Sozialplanung
""",
         intent="question", name="Anh Nguyen", organization="Stadt Goldbach-Ost, Sozialplanung", questions=1,
         note="Learner's German asking about pre-registration vs binding; words of registering inside a question."),

    mail("qu-h06-html-only-referent.eml",
         frm=("Prof. Dr. Arne Wittkamp", "arne.wittkamp@hs-niederrhein-west.example"),
         subject="Beitrag zur Tagung?", client="outlook-web", date="Wed, 23 Apr 2025 11:00:00 +0200",
         html_only=True,
         html="""<html><body><p>Sehr geehrte Frau Vollmar,</p>
<p>wir haben an der Hochschule gerade ein Projekt zu Sozialraumdaten abgeschlossen. W&auml;re im Programm noch Platz f&uuml;r einen kurzen Werkstattbericht (20 Minuten)?</p>
<p>Mit besten Gr&uuml;&szlig;en<br>Arne Wittkamp</p>
<p style="font-size:8pt">Hochschule Niederrhein-West &middot; Fachbereich Sozialwesen</p></body></html>
""",
         intent="question", name="Arne Wittkamp", title="Prof. Dr.", questions=1,
         organization="Hochschule Niederrhein-West, Fachbereich Sozialwesen",
         note="HTML only; offers a talk, asks whether there is room in the programme."),

    mail("qu-h07-machine-translated.eml",
         frm=("Kateryna Bondarenko", "k.bondarenko@integrationsrat-werrau.example"),
         subject="Anfrage zur Ermäßigung", date="Thu, 24 Apr 2025 09:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Ich schreibe Ihnen, um mich nach der Möglichkeit einer ermäßigten Gebühr für ehrenamtliche Mitglieder eines Integrationsrates zu erkundigen. Gibt es eine solche Möglichkeit? Ich danke Ihnen für Ihre Aufmerksamkeit.

Mit freundlichen Grüßen,
Kateryna Bondarenko
Integrationsrat der Stadt Werrau
""",
         intent="question", name="Kateryna Bondarenko", organization="Integrationsrat der Stadt Werrau",
         questions=1,
         note="Machine-translated German asking for a reduced fee."),

    mail("qu-h08-flowed-lange-frage.eml",
         frm=("Gudrun Elsässer", "gudrun.elsaesser@lk-kinzigtal-nord.example"),
         subject="Programm", client="apple", date="Mon, 28 Apr 2025 08:20:00 +0200",
         content=flowed("""Guten Morgen Frau Vollmar,

bevor ich mich überhaupt vormerken lasse, hätte ich gern gewusst, ob es am zweiten Tag Arbeitsgruppen gibt, in denen man eigene Fälle aus der Praxis einbringen kann, oder ob das Programm eher aus Vorträgen besteht.

Viele Grüße
Gudrun Elsässer
Landkreis Kinzigtal-Nord, Sozialplanung
"""),
         intent="question", name="Gudrun Elsässer", organization="Landkreis Kinzigtal-Nord, Sozialplanung",
         questions=1,
         note="format=flowed; 'bevor ich mich vormerken lasse' is not a pre-registration."),

    mail("qu-h09-reply-to-kollegin.eml",
         frm=("Sozialplanung Stadt Eschenried", "sozialplanung@stadt-eschenried.example"),
         reply_to=("Jana Kowalczyk", "jana.kowalczyk@stadt-eschenried.example"),
         subject="Frage zur Rechnung", date="Tue, 29 Apr 2025 13:40:00 +0200",
         body="""Guten Tag,

kann die Rechnung auch an eine andere Stelle gehen als an die Abteilung, in der die Teilnehmerin arbeitet? Bei uns bezahlt das Personalamt die Fortbildungen.

Viele Grüße
Jana Kowalczyk
Stadt Eschenried, Sozialplanung
""",
         intent="question", name="Jana Kowalczyk", email="jana.kowalczyk@stadt-eschenried.example",
         organization="Stadt Eschenried, Sozialplanung", questions=1,
         note="Functional mailbox with Reply-To to the person; invoice words inside a question."),

    mail("qu-h10-iphone-thread-frage.eml",
         frm=("Florian Tschurtschenthaler", "florian.tsch@bzg-pustertal-west.example"),
         subject="Re: " + FORMS, client="iphone", date="Wed, 04 Jun 2025 06:50:00 +0200",
         body="""Ist das Abendessen am 25. im Preis drin?

Von meinem iPhone gesendet
""" + reply("forms", "de", "02.06.2025 um 10:00"),
         intent="question", name="Florian Tschurtschenthaler", questions=1,
         note="One-line question over the quoted forms mail (fees in the quote)."),

    mail("qu-h11-nigeria-payment-method.eml",
         frm=("Ifeoma Nwankwo", "ifeoma.nwankwo@enugu-planning.example"),
         subject="Mode of payment", date="Thu, 05 Jun 2025 10:00:00 +0100",
         body="""Good morning,

Please is it possible to pay the conference fee by card on arrival instead of a bank transfer? International transfers from our bank take up to six weeks.

Best regards,
Ifeoma Nwankwo
Enugu State Planning Commission
""",
         intent="question", language="en", name="Ifeoma Nwankwo", organization="Enugu State Planning Commission",
         questions=1,
         note="Nigerian English ('Please is it possible'); payment words inside a question."),

    mail("qu-h12-fr-mit-englisch.eml",
         frm=("Marc Dubois-Weber", "marc.dubois@ville-thionville-est.example"),
         subject="Question langue / language", date="Fri, 06 Jun 2025 09:45:00 +0200",
         body="""Bonjour,

les conférences seront-elles uniquement en allemand ? (In English: will there be any sessions in English or French? My German is basic.)

Cordialement
Marc Dubois-Weber
Ville de Thionville-Est
""",
         intent="question", language="en", name="Marc Dubois-Weber", organization="Ville de Thionville-Est",
         questions=1,
         note="French with an English line; one question asked twice."),

    mail("qu-h13-poststelle-bescheinigung.eml",
         frm=("Poststelle Stadt Sonnewalde-Nord", "poststelle@sonnewalde-nord.example"),
         subject="Anfrage Gemeinnützigkeit", date="Mon, 09 Jun 2025 10:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

für die Freigabe der Teilnahmegebühr benötigt unsere Kämmerei eine Kopie Ihres Freistellungsbescheids. Können Sie uns diesen zusenden?

Im Auftrag
Rüdiger Pohlmann
Stadt Sonnewalde-Nord, Kämmerei
""",
         intent="question", name="Rüdiger Pohlmann", organization="Stadt Sonnewalde-Nord, Kämmerei", questions=1,
         note="Poststelle mailbox signed by a person; a request for a document only the office has."),

    mail("qu-h14-smime-datenschutz.eml",
         frm=("Dr. Ulrike Spannagel", "ulrike.spannagel@lra-hegauvorland.example"),
         subject="Teilnehmerliste und Datenschutz", client="outlook", date="Tue, 10 Jun 2025 15:00:00 +0200",
         content=smime_signed(leaf("text/plain", """Sehr geehrte Frau Vollmar,

wird eine Teilnehmerliste an alle verteilt? Falls ja: Kann ich der Veröffentlichung meines Namens widersprechen, ohne auf die Teilnahme zu verzichten?

Mit freundlichen Grüßen
Dr. Ulrike Spannagel
Landratsamt Hegauvorland
Datenschutzbeauftragte
"""), "qu-h14"),
         intent="question", name="Ulrike Spannagel", title="Dr.", organization="Landratsamt Hegauvorland",
         questions=2,
         note="S/MIME signed; two questions about the attendee list; 'Datenschutzbeauftragte' is a job title."),

    mail("qu-h15-dutch-outlook-group-price.eml",
         frm=("Joost van der Linden", "joost.vanderlinden@gemeente-ijsselwaard.example"),
         subject="Group rate?", client="outlook", date="Wed, 11 Jun 2025 11:15:00 +0200",
         body="""Hello,

We are thinking about sending five colleagues. Is there a group discount, and can one invoice cover all five?

Met vriendelijke groeten / Best regards,
Joost van der Linden
Gemeente IJsselwaard
Afdeling Samenleving
""",
         intent="question", language="en", name="Joost van der Linden",
         organization="Gemeente IJsselwaard, Afdeling Samenleving", questions=2,
         note="Dutch English; a group considered but nobody registered."),
]
