"""DEVELOPMENT set: pre-registrations. Tune on these (never on the test set)."""

from make_corpus import mail

EINLADUNG = """Liebe Kolleginnen und Kollegen,

der VSOP lädt herzlich zur Jahrestagung 2025 nach Köln ein (25.9. ab 10 Uhr bis 26.9. um 14 Uhr).
Thema: Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung.
Teilnahmegebühr 250 € für Mitglieder, 300 € für Nicht-Mitglieder.
Um eine unverbindliche Voranmeldung bis 2. Juni wird gebeten; die verbindliche Anmeldung
mit Zahlungsvereinbarung folgt bis 4. Juli.

Ihr Vorstand des VSOP e.V."""


def gt(text: str) -> str:
    return "\n".join(">" + (" " + line if line else "") for line in text.splitlines())


MAILS = [
    mail("pr-d01-vorbehaltlich-genehmigung.eml",
         frm=("Veronika Hubmann", "veronika.hubmann@lra-bergstetten.example"),
         subject="Anmeldung unter Vorbehalt – Jahrestagung", client="outlook",
         date="Wed, 16 Apr 2025 08:41:00 +0200",
         body="""Sehr geehrte Damen und Herren,

vorbehaltlich der Genehmigung durch meine Amtsleitung melde ich mich für die Jahrestagung in Köln an. Sobald die Genehmigung vorliegt, erhalten Sie die verbindliche Anmeldung.

Mit freundlichen Grüßen

Veronika Hubmann
Sozialplanerin
Landratsamt Bergstetten
Sachgebiet 22 – Soziales und Senioren
Landratsamtsplatz 1
87600 Bergstetten
""",
         intent="pre_registration", name="Veronika Hubmann",
         organization="Landratsamt Bergstetten, Sachgebiet 22 – Soziales und Senioren",
         note="'Anmeldung unter Vorbehalt' = non-binding; the binding one is announced for later."),

    mail("pr-d02-servus-du.eml",
         frm=("Flo Eder", "florian.eder@markt-oberau.example"),
         subject="Servus – Platz für mich?", client="iphone",
         date="Wed, 16 Apr 2025 19:22:10 +0200",
         body="""Servus miteinander,

haltet mir bitte einen Platz frei für Köln, ich bin ziemlich sicher dabei. Fix mach ich's, wenn der Bürgermeister sein Okay gibt.

Pfiat eich
Florian Eder
Markt Oberau – Hauptverwaltung

Gesendet von meinem iPhone
""",
         intent="pre_registration", name="Florian Eder",
         organization="Markt Oberau – Hauptverwaltung",
         note="Bavarian colloquial ('haltet mir einen Platz frei'); display name a nickname, the signature the full name."),

    mail("pr-d03-english-irish.eml",
         frm=("Siobhán O'Connor", "siobhan.oconnor@dublincity.example"),
         subject="Provisional booking – Cologne conference",
         date="Thu, 17 Apr 2025 10:05:00 +0100", client="outlook",
         body="""Dear VSOP colleagues,

I'd be delighted to attend your annual conference, subject to approval from my line manager. Could you please pencil me in for now?

Warm regards,
Siobhán O'Connor
Community Planning Unit
Dublin City Council (example)
""",
         intent="pre_registration", language="en", name="Siobhán O'Connor",
         organization="Community Planning Unit, Dublin City Council (example)",
         note="Native English 'pencil me in'; 'Could you please' is a request the agent fulfils, not a question for a person."),

    mail("pr-d04-dutch-english.eml",
         frm=("Maarten de Vries", "m.devries@gemeente-zwolland.example"),
         subject="Pre-registration VSOP",
         date="Thu, 17 Apr 2025 13:30:00 +0200", client="outlook",
         body="""Dear Sir/Madam,

Herewith I would like to pre-register for the conference in Köln. I work as policy advisor at the municipality of Zwolland (Netherlands), team social domain. I am no member.

Kind regards,
Maarten de Vries
""",
         intent="pre_registration", language="en", name="Maarten de Vries", member=False,
         organization="municipality of Zwolland (Netherlands), team social domain",
         note="Non-native English ('Herewith', 'I am no member'); organisation only in a sentence."),

    mail("pr-d05-assistenz-buergermeisterin.eml",
         frm=("Büro der Bürgermeisterin", "buergermeisterin@stadt-rosenfels.example"),
         subject="Vormerkung Frau Bürgermeisterin Dr. Kaltenbach",
         date="Fri, 18 Apr 2025 09:15:00 +0200", client="outlook",
         body="""Sehr geehrte Damen und Herren,

Frau Bürgermeisterin Dr. Ingrid Kaltenbach hat großes Interesse an Ihrer Jahrestagung. Ich darf Sie bitten, ihr vorsorglich einen Platz zu reservieren. Ob der Termin gehalten werden kann, entscheidet sich im Juni.

Mit freundlichen Grüßen
Im Auftrag
Stefanie Renner
Persönliche Referentin
Stadt Rosenfels – Büro der Oberbürgermeisterin
""",
         intent="pre_registration", name="Ingrid Kaltenbach", title="Dr.",
         organization="Stadt Rosenfels – Büro der Oberbürgermeisterin",
         note="Assistant reserves for the mayor; no address of the mayor named, so email = sender; 'Bürgermeisterin' is an office, not part of the name or title."),

    mail("pr-d06-gruppe-spiegelstriche.eml",
         frm=("Sibylle Rapp", "sibylle.rapp@kreis-donaueck.example"),
         subject="Voranmeldung Kreis Donaueck (3 Personen)", client="thunderbird",
         date="Tue, 22 Apr 2025 11:20:00 +0200",
         body="""Hallo VSOP-Team,

wir möchten uns zu dritt vormerken lassen:
– Sibylle Rapp (Mitglied)
– Andreas Kästle (Mitglied)
– Elif Kaya (nicht Mitglied)

Danke und beste Grüße
Sibylle Rapp
Kreis Donaueck, Stabsstelle Sozialplanung
""",
         intent="pre_registration", name="Sibylle Rapp", member=True, persons=3,
         people=["Andreas Kästle", "Elif Kaya"], people_members=[True, False],
         organization="Kreis Donaueck, Stabsstelle Sozialplanung",
         note="Dash list with membership in parentheses, 'nicht Mitglied'."),

    mail("pr-d07-vormerken-plus-anreise.eml",
         frm=("Ludwig Maierhofer", "l.maierhofer@gemeinde-tannweiler.example"),
         subject="Vormerkung und Frage zur Anreise", client="outlook",
         date="Tue, 22 Apr 2025 15:45:00 +0200",
         body="""Grüß Gott,

bitte merken Sie mich unverbindlich für die Tagung vor.

Ist der Tagungsort vom Kölner Hauptbahnhof zu Fuß erreichbar?

Mit freundlichen Grüßen
Ludwig Maierhofer
Gemeinde Tannweiler
""",
         intent="pre_registration", questions=1, name="Ludwig Maierhofer",
         organization="Gemeinde Tannweiler",
         note="Pre-registration + a travel question."),

    mail("pr-d08-umlaute-ersetzt.eml",
         frm=("Juergen Woerle", "j.woerle@stadt-lindach.example"),
         subject="Anmeldung (unverbindlich) Woerle",
         date="Wed, 23 Apr 2025 07:30:00 +0200", client="roundcube",
         body="""Sehr geehrte Damen und Herren,

fuer die Jahrestagung 2025 moechte ich mich unverbindlich anmelden. Ich bin Mitglied des Vereins.

Mit freundlichen Gruessen
Juergen Woerle
Stadt Lindach, Amt fuer Jugend und Soziales
""",
         intent="pre_registration", name="Juergen Woerle", member=True,
         organization="Stadt Lindach, Amt fuer Jugend und Soziales",
         note="ae/oe/ue throughout; 'Mitglied des Vereins'."),

    mail("pr-d09-cp1252-base64.eml",
         frm=("Theresa Gschwendtner", "theresa.gschwendtner@lra-altmuehlgrund.example"),
         subject="Voranmeldung VSOP 2025", header_charset="windows-1252",
         charset="windows-1252", cte="base64", client="outlook",
         date="Wed, 23 Apr 2025 10:10:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich möchte mir gern einen Platz für die Jahrestagung reservieren – verbindlich kann ich erst nach der Haushaltsfreigabe zusagen.

Freundliche Grüße
Theresa Gschwendtner
Landratsamt Altmühlgrund | Jugend und Familie
""",
         intent="pre_registration", name="Theresa Gschwendtner",
         organization="Landratsamt Altmühlgrund, Jugend und Familie",
         note="windows-1252 in base64; 'verbindlich kann ich erst ... zusagen' negates binding."),

    mail("pr-d10-html-only-gmx.eml",
         frm=("Cornelia Haas", "cornelia.haas@gmx-mail.example"),
         subject="Tagung September", client="gmx",
         date="Thu, 24 Apr 2025 20:00:00 +0200", html_only=True,
         html="""<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Guten Abend,</div>
<div>&nbsp;</div><div>ich w&uuml;rde mich gerne schon einmal f&uuml;r die Jahrestagung vormerken lassen. Ich bin als Sozialplanerin beim Bezirk Unterwaldau t&auml;tig.</div>
<div>&nbsp;</div><div>Viele Gr&uuml;&szlig;e</div><div>Cornelia Haas</div></div></body></html>
""",
         intent="pre_registration", name="Cornelia Haas", organization="Bezirk Unterwaldau",
         note="HTML only with entities (&uuml;); organisation in a sentence ('beim Bezirk Unterwaldau')."),

    mail("pr-d11-apple-antwort-einladung.eml",
         frm=("Prof. Dr. Konrad Wieland", "k.wieland@uni-hellbach.example"),
         subject="Re: Einladung zur VSOP-Jahrestagung 2025", client="apple",
         in_reply_to="<einladung-2025@vsop.de>",
         date="Fri, 25 Apr 2025 12:12:00 +0200",
         body=f"""Liebe Kolleginnen und Kollegen,

sehr gern komme ich nach Köln – bitte notieren Sie mich als vorangemeldet.

Herzlich
Konrad Wieland

Lehrstuhl für Sozialpolitik
Universität Hellbach

> Am 15.04.2025 um 09:00 schrieb VSOP e.V. <geschaeftsstelle@vsop.de>:
>
{gt(EINLADUNG)}
""",
         intent="pre_registration", name="Konrad Wieland", title="Prof. Dr.",
         organization="Lehrstuhl für Sozialpolitik, Universität Hellbach",
         note="Apple Mail reply above the quoted invitation (fees, 'verbindliche Anmeldung' only in the quote)."),

    mail("pr-d12-samsung-einzeiler.eml",
         frm=("Dominik Seitz", "dominik.seitz@stadt-weissenhain.example"),
         subject="Voranmeldung", client="android",
         date="Fri, 25 Apr 2025 17:55:00 +0200",
         body="""Voranmeldung für mich bitte. Seitz, Stadt Weißenhain

Gesendet von Outlook für Android
""",
         intent="pre_registration", name="Dominik Seitz", organization="Stadt Weißenhain",
         note="One line; surname in the text, full name in the display name; 'Gesendet von Outlook für Android'."),

    mail("pr-d13-weitergeleitet-thunderbird.eml",
         frm=("Natascha Beck", "natascha.beck@vg-wiesental.example"),
         subject="Fwd: Einladung zur VSOP-Jahrestagung 2025", client="thunderbird",
         date="Mon, 28 Apr 2025 09:00:00 +0200",
         body=f"""Guten Morgen,

über unseren Landesverband habe ich die Einladung unten bekommen. Gern würde ich teilnehmen und melde mich deshalb schon einmal vor.

Viele Grüße
Natascha Beck
Verbandsgemeinde Wiesental – Fachbereich 2 Soziales

-------- Weitergeleitete Nachricht --------
Betreff:\tEinladung zur VSOP-Jahrestagung 2025
Datum:\tTue, 15 Apr 2025 09:00:00 +0200
Von:\tVSOP e.V. <geschaeftsstelle@vsop.de>
An:\tverteiler-sozialplanung@landesverband-rlp.example

{EINLADUNG}
""",
         intent="pre_registration", name="Natascha Beck",
         organization="Verbandsgemeinde Wiesental – Fachbereich 2 Soziales",
         note="Thunderbird forward block ('-------- Weitergeleitete Nachricht --------') below the sender's own text."),

    mail("pr-d14-zwei-plaetze-blocken.eml",
         frm=("Stefanie Renner", "stefanie.renner@stadt-rosenfels.example"),
         subject="Zwei Plätze blocken?", client="outlook",
         date="Mon, 28 Apr 2025 14:14:00 +0200",
         body="""Hallo,

könnten Sie für das Sozialamt der Stadt Rosenfels zwei Plätze blocken? Wer von uns fährt, steht noch nicht fest.

Danke und viele Grüße
Stefanie Renner
""",
         intent="pre_registration", name="Stefanie Renner", persons=2,
         organization="Stadt Rosenfels, Sozialamt",
         note="Two places, nobody else named; 'Wer fährt, steht nicht fest' is no question; organisation in a sentence ('für das Sozialamt der Stadt Rosenfels')."),

    mail("pr-d15-drei-fragen.eml",
         frm=("Birgit Leitner", "birgit.leitner@kreis-sulzbach-hochland.example"),
         subject="Voranmeldung mit Fragen", client="outlook",
         date="Tue, 29 Apr 2025 08:50:00 +0200",
         body="""Sehr geehrte Damen und Herren,

für die Jahrestagung möchte ich mich voranmelden.

Außerdem würde mich interessieren:
1. Gibt es eine Kinderbetreuung während der Tagung?
2. Werden die Vorträge aufgezeichnet?
3. Bis wann ist eine kostenfreie Stornierung möglich?

Mit freundlichen Grüßen
Birgit Leitner
Landratsamt Sulzbach-Hochland
Kreisjugendamt
""",
         intent="pre_registration", questions=3, name="Birgit Leitner",
         organization="Landratsamt Sulzbach-Hochland, Kreisjugendamt",
         note="Pre-registration + three numbered questions (one mentions 'Stornierung' but cancels nothing)."),

    mail("pr-d16-stadt-ist-mitglied.eml",
         frm=("Markus Zehetmair", "markus.zehetmair@stadt-muehlbach.example"),
         subject="Jahrestagung – Vormerkung Zehetmair", client="outlook",
         date="Tue, 29 Apr 2025 13:00:00 +0200",
         body="""Guten Tag,

da unsere Stadt Mitglied im VSOP ist, nehme ich gern wieder an der Jahrestagung teil. Bitte merken Sie mich vor; die Dienstreise beantrage ich gerade.

Freundliche Grüße
Markus Zehetmair
Stadt Mühlbach an der Enz
Amt für Soziales, Jugend und Sport
""",
         intent="pre_registration", name="Markus Zehetmair", member=True,
         organization="Stadt Mühlbach an der Enz, Amt für Soziales, Jugend und Sport",
         note="Membership through the city ('unsere Stadt ist Mitglied'); organisation name with a comma inside its second line."),

    mail("pr-d17-option-sichern.eml",
         frm=("Hanna Wörle", "hanna.woerle@kreis-donaueck.example"),
         subject="Teilnahmeoption Jahrestagung",
         date="Wed, 30 Apr 2025 09:09:00 +0200", client="thunderbird",
         body="""Liebes Team,

ich möchte mir gern eine Teilnahmeoption reservieren, bis meine Dienstreisegenehmigung geklärt ist.

Herzliche Grüße
Hanna Wörle
""",
         intent="pre_registration", name="Hanna Wörle",
         note="Wording from the announcement ('Teilnahmeoption reservieren')."),

    mail("pr-d18-qp-utf8-lange-zeilen.eml",
         frm=("Karl-Heinz Obermeier", "kh.obermeier@lra-bergstetten.example"),
         subject="Voranmeldung Obermeier", cte="quoted-printable", client="notes",
         date="Wed, 30 Apr 2025 11:11:00 +0200",
         body="""Sehr geehrte Damen und Herren, hiermit melde ich mich unverbindlich für die VSOP-Jahrestagung 2025 „Integrierte Sozialplanung zwischen Anspruch, Praxis und gesellschaftlicher Polarisierung“ am 25. und 26. September in Köln an und bitte um Zusendung der weiteren Unterlagen.

Mit freundlichen Grüßen
Karl-Heinz Obermeier
Landratsamt Bergstetten – Sachgebiet 21 Jugendhilfeplanung
""",
         intent="pre_registration", name="Karl-Heinz Obermeier",
         organization="Landratsamt Bergstetten – Sachgebiet 21 Jugendhilfeplanung",
         note="Long lines soft-wrapped by quoted-printable; hyphenated first name."),

    mail("pr-d19-signatur-mit-dezernat-und-social.eml",
         frm=("Sophia Dietl", "sophia.dietl@stadt-kirchheim-lauter.example"),
         subject="Interesse an der Tagung – bitte vormerken", client="outlook",
         date="Fri, 2 May 2025 10:30:00 +0200",
         body="""Sehr geehrte Damen und Herren,

gern möchte ich an der Jahrestagung teilnehmen und bitte darum, mich unverbindlich vorzumerken.

Mit freundlichen Grüßen
i. A. Sophia Dietl

________________________________
Stadt Kirchheim am Lauter
Dezernat IV – Bildung, Soziales und Kultur
Amt für Soziale Dienste
Abteilung Sozialplanung und Quartiersentwicklung
Marktstraße 14, 73230 Kirchheim am Lauter
Tel.: 07021 502-418
www.stadt-kirchheim-lauter.example
Folgen Sie uns auf Instagram: @kirchheim.lauter

Hinweis: Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, löschen Sie die Nachricht bitte und benachrichtigen Sie den Absender.
""",
         intent="pre_registration", name="Sophia Dietl",
         organization="Stadt Kirchheim am Lauter, Dezernat IV – Bildung, Soziales und Kultur, Amt für Soziale Dienste, Abteilung Sozialplanung und Quartiersentwicklung",
         note="Signature below an underscore line: Dezernat, Amt, Abteilung; address on one line; social media; disclaimer."),

    mail("pr-d20-english-hybrid-question.eml",
         frm=("Sarah Whitfield", "s.whitfield@leedsmet.example"),
         subject="Attending your conference – quick question",
         date="Mon, 5 May 2025 16:00:00 +0100", client="apple",
         body="""Hello,

I'd like to register provisionally for the conference in Cologne.

Quick question: will the slides be made available to participants afterwards?

Many thanks,
Sarah Whitfield
Leeds Metropolitan Research Centre (example)
""",
         intent="pre_registration", language="en", questions=1, name="Sarah Whitfield",
         organization="Leeds Metropolitan Research Centre (example)",
         note="English provisional registration + one question."),

    mail("pr-d21-tippfehler-handy.eml",
         frm=("Raphael Stöckl", "raphael.stoeckl@gemeinde-tannweiler.example"),
         subject="anmledung", client="android",
         date="Mon, 5 May 2025 21:40:00 +0200",
         body="""hallo, ich will mich gern vorranmelden für die jahrestgung. bin mitlgied. gruß raphael stöckl

Gesendet von meinem Galaxy
""",
         intent="pre_registration", name="Raphael Stöckl", member=True,
         note="Typos on a phone ('anmledung', 'vorranmelden', 'mitlgied'), lower-case name."),

    mail("pr-d22-vorzimmer-zwei-kollegen.eml",
         frm=("Sekretariat Amt 50", "amt50@stadt-hellbach.example"),
         subject="Vorläufige Anmeldung für zwei Mitarbeitende", client="notes",
         date="Tue, 6 May 2025 08:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

im Namen des Amtes für Soziales der Kreisstadt Hellbach möchte ich Herrn Georg Pfister und Frau Agnieszka Kowalczyk vorläufig zur Jahrestagung anmelden. Beide sind keine Mitglieder.

Mit freundlichen Grüßen
Ursula Kienle
Sekretariat
""",
         intent="pre_registration", name="Georg Pfister", member=False, persons=2,
         people=["Agnieszka Kowalczyk"], people_members=[False],
         organization="Kreisstadt Hellbach, Amt für Soziales",
         note="Secretary registers two colleagues (not herself); 'vorläufig anmelden'; 'Beide sind keine Mitglieder'."),

    mail("pr-d23-freier-traeger-satz.eml",
         frm=("Tobias Mairhofer", "t.mairhofer@caritas-altmuehl.example"),
         subject="Teilnahme Jahrestagung",
         date="Tue, 6 May 2025 12:00:00 +0200", client="outlook",
         body="""Sehr geehrte Damen und Herren,

ich bin beim Caritasverband für den Landkreis Altmühlgrund e. V. für die Sozialraumplanung zuständig und würde gern an Ihrer Tagung teilnehmen. Bitte betrachten Sie diese Mail als Voranmeldung.

Mit freundlichen Grüßen
Tobias Mairhofer
""",
         intent="pre_registration", name="Tobias Mairhofer",
         organization="Caritasverband für den Landkreis Altmühlgrund e. V.",
         note="A welfare organisation named in a sentence (dative 'beim' but the name itself uninflected)."),

    mail("pr-d24-nichtmitglied-web-de-zitat.eml",
         frm=("Nicole Brandl", "nicole.brandl@web-post.example"),
         subject="Aw: Einladung zur VSOP-Jahrestagung 2025",
         date="Wed, 7 May 2025 18:30:00 +0200",
         body=f"""Hallo,

ich bin Nicht-Mitglied, würde aber gern kommen. Hiermit also meine Voranmeldung.

Nicole Brandl
Stadt Lindach, Gleichstellungsstelle

Gesendet: Dienstag, 15. April 2025 um 09:00 Uhr
Von: "VSOP e.V." <geschaeftsstelle@vsop.de>
An: nicole.brandl@web-post.example
Betreff: Einladung zur VSOP-Jahrestagung 2025
{EINLADUNG}
""",
         intent="pre_registration", name="Nicole Brandl", member=False,
         organization="Stadt Lindach, Gleichstellungsstelle",
         note="GMX/web.de quoting ('Gesendet: ... Von: ... An: ... Betreff:' with no separator), the invitation unquoted below it."),

    mail("pr-d25-dr-phil-apple.eml",
         frm=("Dr. Emre Şahin", "emre.sahin@institut-stadtgesellschaft.example"),
         subject="Vormerkung Jahrestagung", client="apple",
         date="Thu, 8 May 2025 09:45:00 +0200",
         body="""Liebes VSOP-Team,

ich würde mich freuen, dabei zu sein, und melde mich hiermit vor.

Viele Grüße
Emre Şahin

Dr. Emre Şahin
Institut für Stadtgesellschaft gGmbH
""",
         intent="pre_registration", name="Emre Şahin", title="Dr.",
         organization="Institut für Stadtgesellschaft gGmbH",
         note="Name with ş; title in the display name and signature."),

    mail("pr-d26-bitte-unterlagen.eml",
         frm=("Marlene Zöller", "marlene.zoeller@stadt-weissenhain.example"),
         subject="Unterlagen Jahrestagung",
         date="Thu, 8 May 2025 14:20:00 +0200", client="outlook",
         body="""Guten Tag,

bitte senden Sie mir das Tagungsprogramm und das Anmeldeformular; ich möchte mich vorab unverbindlich anmelden.

Freundliche Grüße
Marlene Zöller
Stadt Weißenhain, Sozialamt
""",
         intent="pre_registration", name="Marlene Zöller",
         organization="Stadt Weißenhain, Sozialamt",
         note="Asks for the documents first, the pre-registration second."),

    mail("pr-d27-zertifikat-punkte.eml",
         frm=("Lars Fendt", "lars.fendt@kreis-sulzbach-hochland.example"),
         subject="Voranmeldung – Fortbildungspunkte?", client="outlook",
         date="Fri, 9 May 2025 08:30:00 +0200",
         body="""Hallo,

ich melde mich schon einmal unverbindlich an. Weiß man schon, ob es für die Tagung Fortbildungspunkte gibt?

Gruß
Lars Fendt
""",
         intent="pre_registration", questions=1, name="Lars Fendt",
         note="Pre-registration + question ('Weiß man schon, ob ...?')."),

    mail("pr-d28-lotus-intern-weitergeleitet.eml",
         frm=("Xaver Huber", "Xaver.Huber@lra-altmuehlgrund.example"),
         subject="Antwort: WG: Einladung zur VSOP-Jahrestagung 2025", client="notes",
         date="Fri, 9 May 2025 11:00:00 +0200",
         body=f"""Sehr geehrte Damen und Herren,

Frau Gschwendtner hat mich auf Ihre Tagung aufmerksam gemacht. Ich bitte um eine Vormerkung für mich.

Mit freundlichen Grüßen
Xaver Huber
Landratsamt Altmühlgrund, Sachgebiet Senioren

Von:        Theresa Gschwendtner/LRA
An:        Xaver Huber/LRA@LRA
Datum:        24.04.2025 10:30
Betreff:        WG: Einladung zur VSOP-Jahrestagung 2025
________________________________

Xaver, das wäre doch was für dich, oder? Die Voranmeldung ist unverbindlich. Theresa

{EINLADUNG}
""",
         intent="pre_registration", name="Xaver Huber",
         organization="Landratsamt Altmühlgrund, Sachgebiet Senioren",
         note="Notes reply header block, colleague's note with a question mark that is not his question."),

    mail("pr-d29-zwei-mit-mitgliedschaft-satz.eml",
         frm=("Ramona Fischbacher", "ramona.fischbacher@markt-oberau.example"),
         subject="Wir würden gern kommen", client="thunderbird",
         date="Mon, 12 May 2025 09:00:00 +0200",
         body="""Grüß Gott,

meine Kollegin Sabine Wurm und ich würden gern zur Tagung kommen – bitte zunächst unverbindlich vormerken. Sabine ist Mitglied, ich nicht.

Freundliche Grüße
Ramona Fischbacher
Markt Oberau
""",
         intent="pre_registration", name="Ramona Fischbacher", member=False, persons=2,
         people=["Sabine Wurm"], people_members=[True], organization="Markt Oberau",
         note="Two persons; the colleague is the member, the sender not ('ich nicht')."),

    mail("pr-d30-hey-zusammen.eml",
         frm=("Jonas Weidinger", "jonas.weidinger@stadt-lindach.example"),
         subject="Köln 2025",
         date="Mon, 12 May 2025 22:10:00 +0200", client="iphone",
         body="""Hey zusammen, schreibt mich mal auf – ich komm nach Köln, wenn nix dazwischenkommt! Jonas

Von meinem iPhone gesendet
""",
         intent="pre_registration", name="Jonas Weidinger",
         note="Very colloquial ('schreibt mich mal auf'), conditional."),

    mail("pr-d31-english-colleagues.eml",
         frm=("Lucía Fernández", "lucia.fernandez@ayto-vallehermoso.example"),
         subject="Pre-registration for 2 persons",
         date="Tue, 13 May 2025 10:00:00 +0200", client="outlook",
         body="""Dear organizers,

My colleague Pablo Ruiz and me we would like to do the pre-registration for your annual conference. We are from the social services of Vallehermoso City Council (Spain). We are not members of VSOP.

Thank you and best regards,
Lucía Fernández
""",
         intent="pre_registration", language="en", name="Lucía Fernández", member=False,
         persons=2, people=["Pablo Ruiz"], people_members=[False],
         organization="Vallehermoso City Council (Spain), social services",
         note="Non-native English ('My colleague and me we'); organisation in a sentence (units after the body's name)."),

    mail("pr-d32-latin1-qp-ohne-titel.eml",
         frm=("Ursula Kienle", "ursula.kienle@stadt-hellbach.example"),
         subject="Voranmeldung Kienle", charset="iso-8859-1", cte="quoted-printable",
         header_charset="iso-8859-1", client="outlook",
         date="Tue, 13 May 2025 14:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

ich möchte mich für die Jahrestagung im September unverbindlich anmelden. Für den Fall, dass die Plätze knapp werden, wäre ich Ihnen für eine kurze Bestätigung dankbar.

Freundliche Grüße
Ursula Kienle
Kreisstadt Hellbach - Amt für Soziales
""",
         intent="pre_registration", name="Ursula Kienle",
         organization="Kreisstadt Hellbach - Amt für Soziales",
         note="ISO-8859-1 QP; a request for confirmation (what the agent sends), no question."),

    mail("pr-d33-nur-betreff.eml",
         frm=("Georg Pfister", "georg.pfister@stadt-hellbach.example"),
         subject="Voranmeldung Jahrestagung 2025 – Georg Pfister, Stadt Hellbach",
         date="Wed, 14 May 2025 07:00:00 +0200", client="outlook",
         body="""

Gesendet von Mail für Windows
""",
         intent="pre_registration", name="Georg Pfister", organization="Stadt Hellbach",
         note="Everything in the subject, an empty body but for the client's line."),

    mail("pr-d34-250-euro-mitglied.eml",
         frm=("Agnieszka Kowalczyk", "agnieszka.kowalczyk@stadt-hellbach.example"),
         subject="Platzreservierung",
         date="Wed, 14 May 2025 12:30:00 +0200", client="outlook",
         body="""Guten Tag,

bitte reservieren Sie mir einen Platz – die Teilnahmegebühr von 250 € ist bei uns schon beantragt.

Viele Grüße
Agnieszka Kowalczyk
""",
         intent="pre_registration", name="Agnieszka Kowalczyk", member=True,
         note="Membership only from the fee quoted (250 € = member)."),

    mail("pr-d35-ernaehrung-allergie.eml",
         frm=("Elif Kaya", "elif.kaya@kreis-donaueck.example"),
         subject="Voranmeldung + Allergie", client="thunderbird",
         date="Thu, 15 May 2025 09:30:00 +0200",
         body="""Hallo,

ich melde mich für Köln vor. Ich habe eine Nussallergie – kann die Küche darauf Rücksicht nehmen?

Liebe Grüße
Elif Kaya
""",
         intent="pre_registration", questions=1, name="Elif Kaya",
         note="Pre-registration + catering question."),

    mail("pr-d36-reply-to-dienstadresse.eml",
         frm=("Stefan Gruber", "stefan.gruber.privat@mailbox-frei.example"),
         reply_to=("Stefan Gruber", "stefan.gruber@stadt-kirchheim-lauter.example"),
         subject="Vormerkung",
         date="Thu, 15 May 2025 19:00:00 +0200",
         body="""Guten Abend,

ich möchte mich für die Jahrestagung vormerken lassen. Ich schreibe von meiner privaten Adresse; Antworten bitte an meine Dienstadresse (steht im Reply-To).

Stefan Gruber
Stadt Kirchheim am Lauter
""",
         intent="pre_registration", name="Stefan Gruber",
         email="stefan.gruber@stadt-kirchheim-lauter.example",
         organization="Stadt Kirchheim am Lauter",
         note="Private From, work address in Reply-To (the mail names it as the address to answer)."),

    mail("pr-d37-english-save-seat.eml",
         frm=("Tom Baker", "tom.baker@civicplanning.example"),
         subject="Save me a seat?",
         date="Fri, 16 May 2025 08:00:00 +0100",
         body="""Hiya,

Would love to join you in Cologne – please save me a seat (non-binding for now, I know).

Tom Baker
Civic Planning Trust (example)
""",
         intent="pre_registration", language="en", name="Tom Baker",
         organization="Civic Planning Trust (example)",
         note="Colloquial English; 'Save me a seat?' in the subject is the request, not a question for a person."),

    mail("pr-d38-frau-rapp-bekannt.eml",
         frm=("Andreas Kästle", "andreas.kaestle@kreis-donaueck.example"),
         subject="Nachtrag Voranmeldung",
         date="Fri, 16 May 2025 10:15:00 +0200", client="thunderbird",
         body="""Hallo Frau Sievers,

Frau Rapp hatte uns ja schon zu dritt vorgemerkt. Ich wollte mich nur selbst noch einmal melden: Ich bin definitiv dabei, die Voranmeldung gilt.

Viele Grüße
Andreas Kästle
""",
         intent="pre_registration", name="Andreas Kästle",
         note="Confirms his own pre-registration (already made by a colleague): still non-binding ('definitiv dabei' is not 'verbindlich')."),

    mail("pr-d39-assistant-english-professor.eml",
         frm=("Chair of Urban Sociology", "sekretariat.soziologie@uni-hellbach.example"),
         subject="Pre-registration Prof. Dr. Miriam Adler",
         date="Mon, 19 May 2025 09:00:00 +0200", client="outlook",
         body="""Dear Sir or Madam,

On behalf of Prof. Dr. Miriam Adler I would like to pre-register her for the VSOP conference. Please send all information to her directly: miriam.adler@uni-hellbach.example. She is a member of VSOP.

Best regards
Katrin Lenz
Team Assistant
Chair of Urban Sociology
University of Hellbach
""",
         intent="pre_registration", language="en", name="Miriam Adler", title="Prof. Dr.",
         email="miriam.adler@uni-hellbach.example", member=True,
         organization="Chair of Urban Sociology, University of Hellbach",
         note="English secretary for a German professor, her address named; the signature's unit lines below the assistant's job title."),

    mail("pr-d40-fuer-rueckfragen-formeln.eml",
         frm=("Cornelius Brenninger", "c.brenninger@lra-sulzbach-hochland.example"),
         subject="Voranmeldung", client="outlook",
         date="Mon, 19 May 2025 15:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

hiermit darf ich mich für die Jahrestagung voranmelden. Über eine kurze Eingangsbestätigung würde ich mich freuen. Bei Fragen erreichen Sie mich unter 09661 77-215.

Mit freundlichen Grüßen
Cornelius Brenninger
Landratsamt Sulzbach-Hochland
""",
         intent="pre_registration", name="Cornelius Brenninger",
         organization="Landratsamt Sulzbach-Hochland",
         note="Polite formulas ('Bei Fragen erreichen Sie mich') are not questions."),
]
