"""DEVELOPMENT set 6: pre-registrations, part 2 (how the mail is built: mobile, charsets,
headers, signatures, forwards as attachment, groups, mails that also ask). Written apart
(README.md); measured once, untouched."""

from d6_build import (SUBJECTS, TEXTS, flowed, outlook_quote, pgp_inline, raw_text, reply, rfc822,
                      inner_mail, tnef, with_parts, attach_text)
from make_corpus import leaf, mail

NOTICE = SUBJECTS["notice"]
NOTICE_EN = SUBJECTS["notice_en"]
W_DE = "14.04.2025 um 09:12"

MAILS = [
    mail("pr-h20-iphone-topposted-thread.eml",
         frm=("Sandra Quirmbach", "s.quirmbach@stadt-ahrweiden.example"),
         subject="AW: AW: " + NOTICE, client="iphone", date="Wed, 30 Apr 2025 07:02:00 +0200",
         body="""Jetzt doch: bitte mich vormerken!

Von meinem iPhone gesendet

> Am 29.04.2025 um 17:30 schrieb Sandra Quirmbach <s.quirmbach@stadt-ahrweiden.example>:
>
> Hallo Frau Vollmar, ich muss erst mit der Amtsleitung sprechen, ob überhaupt jemand von uns fahren kann. Ich melde mich.
> Sandra Quirmbach
>
>> Am 14.04.2025 um 09:12 schrieb VSOP e.V. <geschaeftsstelle@vsop.de>:
>>
""" + "\n".join(">> " + l for l in TEXTS["notice"].splitlines()) + "\n",
         intent="pre_registration", name="Sandra Quirmbach",
         note="Top-posted one-liner from an iPhone over a thread with her own earlier 'not yet' mail quoted."),

    mail("pr-h21-android-outlook.eml",
         frm=("Dirk Wessendorf", "dirk.wessendorf@kreis-lahnhoehe.example"),
         subject="RE: " + NOTICE, client="android", date="Wed, 30 Apr 2025 12:44:00 +0200",
         body="""Vormerken bitte, Wessendorf, Kreis Lahnhöhe / Jugendamt

Sent from Outlook for Android
""" + outlook_quote("notice", "Monday, April 14, 2025 9:12:40 AM", "Wessendorf, Dirk", "en"),
         intent="pre_registration", name="Dirk Wessendorf", organization="Kreis Lahnhöhe, Jugendamt",
         note="German one-liner with English Outlook for Android quote header; organisation after a slash."),

    mail("pr-h22-samsung.eml",
         frm=("Nadine Öztürk", "nadine.oeztuerk@gemeinde-wiesental-nord.example"),
         subject="Re: " + NOTICE, client="android", date="Thu, 01 May 2025 18:20:00 +0200",
         body="""Hallo, ich wäre gern dabei, vorläufig. LG Nadine Öztürk, Gemeinde Wiesental-Nord

Gesendet von Samsung Mobile
""" + reply("notice", "de", W_DE),
         intent="pre_registration", name="Nadine Öztürk", organization="Gemeinde Wiesental-Nord",
         note="Samsung Mobile one-liner with name and organisation in the same line."),

    mail("pr-h23-flowed-delsp-yes.eml",
         frm=("Wiebke Carstensen", "wiebke.carstensen@amt-treenemarsch.example"),
         subject="Vormerkung für Köln", client="apple", date="Fri, 02 May 2025 09:30:00 +0200",
         content=flowed("""Liebe Frau Vollmar,

ich möchte mich gern für die Jahrestagung im September in Köln vormerken lassen. Die Genehmigung der Dienstreise durch die Amtsdirektorin steht noch aus, sie ist aber in Aussicht gestellt worden.

Mit freundlichen Grüßen
Wiebke Carstensen
Amt Treenemarsch – Fachbereich Bürgerdienste und Soziales
""", delsp=True),
         intent="pre_registration", name="Wiebke Carstensen",
         organization="Amt Treenemarsch, Fachbereich Bürgerdienste und Soziales",
         note="format=flowed; delsp=yes with soft breaks inside words ('Dienstrei' + 'se'): only a reader that deletes the space reads the words whole."),

    mail("pr-h24-latin1-als-utf8.eml",
         frm=("Jürgen Häußler", "juergen.haeussler@stadt-moosbrunn.example"),
         subject="Voranmeldung Jahrestagung", client="thunderbird-old", date="Fri, 02 May 2025 10:10:00 +0200",
         content=raw_text("""Sehr geehrte Damen und Herren,

für die Tagung in Köln möchte ich mich vormerken lassen. Über die Anmeldung entscheidet unser Bürgermeister nächste Woche. Wird es mittags ein Essen geben, oder müssen wir uns selbst versorgen?

Mit freundlichen Grüßen
Jürgen Häußler
Stadt Moosbrunn, Sozialamt
""", declared="utf-8", actual="latin-1"),
         intent="pre_registration", name="Jürgen Häußler", organization="Stadt Moosbrunn, Sozialamt", questions=1,
         note="Latin-1 bytes declared as UTF-8 (umlauts invalid as UTF-8)."),

    mail("pr-h25-8bit-ohne-charset.eml",
         frm=("Agnes Brüggemann", "agnes.brueggemann@kreis-emsmoor.example"),
         subject="Vormerkung", date="Mon, 05 May 2025 08:00:00 +0200",
         content=raw_text("""Guten Morgen,

bitte merken Sie mich für Köln vor (noch unverbindlich).

Grüße
Agnes Brüggemann
Kreis Emsmoor – Fachbereich Gesundheit und Soziales
""", declared=None, actual="cp1252"),
         intent="pre_registration", name="Agnes Brüggemann",
         organization="Kreis Emsmoor, Fachbereich Gesundheit und Soziales",
         note="8bit windows-1252 without any charset parameter."),

    mail("pr-h26-mojibake-im-text.eml",
         frm=("Thorsten Kühnel", "thorsten.kuehnel@stadt-bergheide.example"),
         subject="Re: Save the date: VSOP-Jahrestagung 25./26.9.2025, KÃ¶ln",
         date="Mon, 05 May 2025 11:25:00 +0200",
         body="""Hallo Frau Vollmar,

ich wÃ¤re gern dabei, bitte vormerken. Die Genehmigung fÃ¼r die Dienstreise kommt hoffentlich bald.

Viele GrÃ¼ÃŸe
Thorsten KÃ¼hnel
Stadt Bergheide, Fachbereich Soziales
""",
         intent="pre_registration", name="Thorsten Kühnel", organization="Stadt Bergheide, Fachbereich Soziales",
         note="Mojibake already in the text and subject ('GrÃ¼ÃŸe'), correctly labelled UTF-8: the office reads the name as Kühnel."),

    mail("pr-h27-encoded-word-zerteilt.eml",
         frm=("Björn Ødegård-Schulz", "bjoern.schulz@kreis-holmfelde.example"),
         from_raw="=?UTF-8?Q?Bj=C3?= =?UTF-8?Q?=B6rn_=C3=98deg?= =?UTF-8?Q?=C3=A5rd-Schulz?= <bjoern.schulz@kreis-holmfelde.example>",
         subject="=?UTF-8?Q?Unverbindliche_Voranmeldung_f=C3?=\n =?UTF-8?Q?=BCr_die_Jahrestagung_in_K=C3=B6ln_am_25.=2F26._September_2025_?=\n =?UTF-8?Q?(Sozialplanung_Kreis_Holmfelde)?=",
         date="Tue, 06 May 2025 09:40:00 +0200",
         body="""Moin,

wie im Betreff: bitte vormerken.

Björn Ødegård-Schulz
Kreis Holmfelde, Sozialplanung
""",
         intent="pre_registration", name="Björn Ødegård-Schulz", organization="Kreis Holmfelde, Sozialplanung",
         note="Encoded words split inside a UTF-8 character (From and Subject), a long folded subject carrying the request."),

    mail("pr-h28-emoji-zwsp.eml",
         frm=("Lea Sternberg", "lea.sternberg@jugendring-altmarkt.example"),
         subject="🙋‍♀️ Köln – ich!", client="iphone", date="Tue, 06 May 2025 21:15:00 +0200",
         body="""Hallo ihr Lieben 👋

ich\u200b will\u200b unbedingt\u200b mit nach Köln 🎉 – bitte schon mal vormerken,\u00a0fest wird's, wenn der Vorstand nickt.

Liebe Grüße\u00a0☀️
Lea Sternberg
Kreisjugendring Altmarkt e.\u00a0V.
""",
         intent="pre_registration", name="Lea Sternberg", organization="Kreisjugendring Altmarkt e. V.",
         note="Emoji in subject and body, zero-width spaces between words, non-breaking spaces (also inside 'e. V.')."),

    mail("pr-h29-rtl-arabisch-signatur.eml",
         frm=("Samira Haddad", "samira.haddad@stadt-rheinfurt.example"),
         subject="Voranmeldung", date="Wed, 07 May 2025 10:00:00 +0200",
         body="""Guten Tag,

ich möchte mich unverbindlich für die Jahrestagung anmelden.

Mit freundlichen Grüßen
\u200fسميرة حداد\u200f
Samira Haddad
Stadt Rheinfurt, Integrationsbüro
""",
         intent="pre_registration", name="Samira Haddad", organization="Stadt Rheinfurt, Integrationsbüro",
         note="Signature with her name in Arabic between right-to-left marks above the Latin one."),

    mail("pr-h30-assistentin-reply-to.eml",
         frm=("Vorzimmer Dezernat II", "vorzimmer.dez2@stadt-kronach-west.example"),
         reply_to=("Dr. Matthias Grünwald", "matthias.gruenwald@stadt-kronach-west.example"),
         subject="Vormerkung Dr. Grünwald", client="outlook", date="Wed, 07 May 2025 14:00:00 +0200",
         body="""Sehr geehrte Frau Vollmar,

Herr Beigeordneter Dr. Matthias Grünwald hat mich gebeten, ihn für die Jahrestagung in Köln vormerken zu lassen. Antworten bitte direkt an ihn.

Mit freundlichen Grüßen
i. A. Monika Seitz
Stadt Kronach-West
Dezernat II – Jugend, Soziales, Gesundheit
""",
         intent="pre_registration", name="Matthias Grünwald", title="Dr.",
         email="matthias.gruenwald@stadt-kronach-west.example",
         organization="Stadt Kronach-West, Dezernat II – Jugend, Soziales, Gesundheit",
         note="Assistant writes from the Vorzimmer mailbox with Reply-To set to the boss; the attendee is the boss."),

    mail("pr-h31-sender-header.eml",
         frm=("Prof. Dr. Helga Wintermantel", "h.wintermantel@fh-sauerfeld.example"),
         headers=[("Sender", "Sekretariat Wintermantel <sek.wintermantel@fh-sauerfeld.example>")],
         subject="Jahrestagung: Vormerkung", date="Thu, 08 May 2025 09:10:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Frau Prof. Wintermantel lässt sich für die Tagung in Köln vormerken.

Mit freundlichen Grüßen
Sekretariat Prof. Dr. Helga Wintermantel
Fachhochschule Sauerfeld, Fachbereich Sozialwesen
""",
         intent="pre_registration", name="Helga Wintermantel", title="Prof. Dr.",
         organization="Fachhochschule Sauerfeld, Fachbereich Sozialwesen",
         note="From is the professor, a Sender header names her secretariat that actually sent it."),

    mail("pr-h32-poststelle-person.eml",
         frm=("Poststelle Landkreis Elbtalaue-Süd", "poststelle@lk-elbtalaue-sued.example"),
         subject="Vormerkung Jahrestagung – Herr Radtke", date="Thu, 08 May 2025 11:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

bitte merken Sie Herrn Konrad Radtke (Sozialplanung) für die Jahrestagung vor. Er ist erreichbar unter konrad.radtke@lk-elbtalaue-sued.example.

Mit freundlichen Grüßen
Konrad Radtke
Landkreis Elbtalaue-Süd
Stabsstelle Sozialplanung
""",
         intent="pre_registration", name="Konrad Radtke", email="konrad.radtke@lk-elbtalaue-sued.example",
         organization="Landkreis Elbtalaue-Süd, Stabsstelle Sozialplanung",
         note="Sent through the district's Poststelle mailbox, signed by the person, who gives his own address."),

    mail("pr-h33-pgp-inline.eml",
         frm=("Malte Iversen", "malte.iversen@posteo.example"),
         subject="Vormerkung Köln", client="thunderbird", date="Fri, 09 May 2025 16:00:00 +0200",
         body=pgp_inline("""Hallo,

bitte merkt mich für die Jahrestagung vor. Ich bin freiberuflich in der Sozialplanung unterwegs (Büro Iversen Sozialraumanalysen) und zahle selbst.

Gruß
Malte Iversen
""", "pr-h33"),
         intent="pre_registration", name="Malte Iversen", organization="Büro Iversen Sozialraumanalysen",
         note="Inline PGP clear-signed text; organisation from a sentence in parentheses."),

    mail("pr-h34-tnef-winmail.eml",
         frm=("Ingrid Vossberg", "ingrid.vossberg@stadt-hamelmund.example"),
         subject="Vormerkung Jahrestagung", client="outlook", date="Mon, 12 May 2025 09:00:00 +0200",
         content=with_parts(leaf("text/plain", """Sehr geehrte Frau Vollmar,

ich bitte um Vormerkung für die Jahrestagung in Köln.

Freundliche Grüße
Ingrid Vossberg
Stadt Hamelmund | Sozialdezernat | Sozialplanung
"""), "pr-h34", tnef("pr-h34")),
         intent="pre_registration", name="Ingrid Vossberg",
         organization="Stadt Hamelmund, Sozialdezernat, Sozialplanung",
         note="A winmail.dat (TNEF) beside the plain part."),

    mail("pr-h35-gruppe-fliesstext-frage.eml",
         frm=("Heike Rademacher", "heike.rademacher@kreis-niersland.example"),
         subject="Vormerkung für drei", date="Tue, 13 May 2025 10:20:00 +0200",
         body="""Guten Tag Frau Vollmar,

ich und zwei Kolleginnen würden gern kommen, bitte merken Sie uns vor: Frau Selin Demirtas (Mitglied) und Frau Carola Wedekind (nicht). Ich selbst bin Mitglied.

Gibt es in Köln eine Kinderbetreuung während der Tagung? Frau Wedekind würde sonst nicht fahren können.

Viele Grüße
Heike Rademacher
Kreis Niersland, Fachbereich Jugend
""",
         intent="pre_registration", name="Heike Rademacher", member=True,
         organization="Kreis Niersland, Fachbereich Jugend", persons=3,
         people=["Selin Demirtas", "Carola Wedekind"], people_members=[True, False], questions=1,
         note="Group in running text with per-person membership in parentheses, plus a question about childcare."),

    mail("pr-h36-tabelle-tabs.eml",
         frm=("Uwe Brockhaus", "uwe.brockhaus@stadt-dinkelsee.example"),
         subject="Vormerkungen Stadt Dinkelsee", client="outlook", date="Tue, 13 May 2025 14:45:00 +0200",
         body="""Hallo,

aus Excel kopiert, bitte alle vier vormerken:

Name\tVorname\tBereich\tMitglied
Brockhaus\tUwe\tSozialplanung\tja
Lemke\tJana\tSozialplanung\tja
Ferreira\tTiago\tJugendamt\tnein
Schütte\tAnnika\tJugendamt\tnein

Gruß
Uwe Brockhaus
Stadt Dinkelsee, Sozialplanung
""",
         intent="pre_registration", name="Uwe Brockhaus", member=True,
         organization="Stadt Dinkelsee, Sozialplanung", persons=4,
         people=["Jana Lemke", "Tiago Ferreira", "Annika Schütte"], people_members=[True, False, False],
         note="A table pasted from Excel with tabs, surname first; the sender is in it."),

    mail("pr-h37-csv-zeilen.eml",
         frm=("Daniela Sperling", "daniela.sperling@caritas-hohenlohe-west.example"),
         subject="Voranmeldung Caritas", date="Wed, 14 May 2025 08:30:00 +0200",
         body="""Guten Morgen,

unverbindlich für Köln, als CSV aus unserer Liste:

name;vorname;mitglied
Sperling;Daniela;nein
Okafor;Chidi;nein

Herzliche Grüße
Daniela Sperling
Caritasverband Hohenlohe-West e. V., Fachdienst Gemeinwesen
""",
         intent="pre_registration", name="Daniela Sperling", member=False,
         organization="Caritasverband Hohenlohe-West e. V., Fachdienst Gemeinwesen", persons=2,
         people=["Chidi Okafor"], people_members=[False],
         note="CSV lines with semicolons, surname first."),

    mail("pr-h38-weitergeleitet-als-anhang.eml",
         frm=("Sekretariat Sozialdezernat", "sozialdezernat@kreis-eifelrand.example"),
         subject="WG: Köln", client="outlook", date="Wed, 14 May 2025 11:00:00 +0200",
         content=with_parts(leaf("text/plain", """Sehr geehrte Damen und Herren,

anbei die Rückmeldung von Herrn Pauly, bitte entsprechend vormerken.

Mit freundlichen Grüßen
Sekretariat Sozialdezernat
Kreis Eifelrand
"""), "pr-h38", rfc822(inner_mail(
             "Pauly, Christoph <christoph.pauly@kreis-eifelrand.example>",
             "Sekretariat Sozialdezernat <sozialdezernat@kreis-eifelrand.example>",
             "Köln", "Tue, 13 May 2025 16:20:00 +0200",
             """Hallo zusammen,

bitte meldet mich für die VSOP-Tagung in Köln vorläufig an (nur Vormerkung, die Genehmigung kommt später).

Danke!
Christoph Pauly
Kreis Eifelrand, Sozialdezernat, Sozialplanung
""", "<a8c1.pauly@kreis-eifelrand.example>"), "Köln.eml")),
         intent="pre_registration", name="Christoph Pauly", email="christoph.pauly@kreis-eifelrand.example",
         organization="Kreis Eifelrand, Sozialdezernat, Sozialplanung",
         note="Outlook 'forward as attachment': the request is in a message/rfc822 part; attendee and address from it."),

    mail("pr-h39-ics-frage-hotel.eml",
         frm=("Kathrin Leutheusser", "kathrin.leutheusser@stadt-saalbogen.example"),
         subject="Re: " + NOTICE, client="thunderbird", date="Thu, 15 May 2025 13:10:00 +0200",
         content=with_parts(leaf("text/plain", """Hallo Frau Vollmar,

ich habe mir den Termin schon eingetragen (anbei, falls Sie den Eintrag brauchen) – bitte merken Sie mich vor. Haben Sie ein Hotelkontingent in der Nähe des Tagungsorts?

Viele Grüße
Kathrin Leutheusser
Stadt Saalbogen, Amt für Soziales und Wohnen
""" + reply("notice", "de", W_DE)), "pr-h39", attach_text("text/calendar",
             "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n"
             "BEGIN:VEVENT\r\nUID:kl-vsop-2025@stadt-saalbogen.example\r\nSUMMARY:VSOP Jahrestagung Köln\r\n"
             "DTSTART;VALUE=DATE:20250925\r\nDTEND;VALUE=DATE:20250927\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
             "VSOP Jahrestagung.ics")),
         intent="pre_registration", name="Kathrin Leutheusser",
         organization="Stadt Saalbogen, Amt für Soziales und Wohnen", questions=1,
         note="An .ics of her own calendar entry attached (no METHOD:REPLY: no calendar answer); asks about a hotel contingent."),

    mail("pr-h40-en-mixed-visa.eml",
         frm=("Chukwuemeka Eze", "c.eze@abuja-urbanlab.example"),
         subject="Provisional registration + visa letter?", date="Fri, 16 May 2025 09:00:00 +0100",
         body="""Dear VSOP Secretariat,

Please put my name down provisionally for the Cologne conference. Would you be able to issue an invitation letter for my Schengen visa application? The embassy asks for one from the organiser.

Best regards,
Chukwuemeka Eze
Research Associate, Abuja Urban Lab
""",
         intent="pre_registration", language="en", name="Chukwuemeka Eze",
         organization="Abuja Urban Lab", questions=1,
         note="Provisional registration plus a request only a person can fulfil (visa invitation letter)."),

    mail("pr-h41-thunderbird-fr-quote.eml",
         frm=("Anne-Sophie Reuter", "as.reuter@ville-sarrebourg-est.example"),
         subject="Re: " + NOTICE, client="thunderbird", date="Fri, 16 May 2025 15:30:00 +0200",
         body="""Bonjour Madame Vollmar,

merci, ich bin interessiert – vormerken bitte. Mein Thunderbird ist auf Französisch eingestellt, ich schreibe aber lieber deutsch.

Anne-Sophie Reuter
Ville de Sarrebourg-Est, CCAS
""" + reply("notice", "fr", "14/04/2025 à 09:12"),
         intent="pre_registration", name="Anne-Sophie Reuter", organization="Ville de Sarrebourg-Est, CCAS",
         note="Lorraine: a French client's quote line ('Le ... a écrit :') above a German answer."),

    mail("pr-h42-dutch-client.eml",
         frm=("Femke de Graaf", "femke.degraaf@gemeente-maasdal.example"),
         subject="Re: " + NOTICE_EN, date="Mon, 19 May 2025 10:40:00 +0200",
         body="""Hello Ms Vollmar,

yes please, note me down for Cologne – our team has a budget for one trip abroad this autumn and I would love to use it for your meeting. Will the programme also be available in English?

Kind regards,
Femke de Graaf
Gemeente Maasdal | Team Sociaal Domein
""" + reply("notice_en", "nl", "14 apr. 2025, om 09:12"),
         intent="pre_registration", language="en", name="Femke de Graaf",
         organization="Gemeente Maasdal, Team Sociaal Domein", questions=1,
         note="Dutch client quote line ('Op ... schreef') under an English reply; asks for an English programme."),
]
