"""DEVELOPMENT set 11, second file of borders: 'abmelden' and 'streichen' that mean the
conference, not the mailing list; a successor named without a request to delete; mass mail
sent from a person's mailbox; a few more actions and questions in northern voices and in
English."""

from d11_quote import PROG, p, programme, tb
from make_corpus import mail

BCC = "undisclosed-recipients:;"

MAILS = [
    p("c06-abmelden-auf-programm.eml", ("Kristina Lorenzen", "k.lorenzen@fh-westkueste-nord.example", "Prof. Dr."),
      "Re: " + PROG, "Tue, 24 Jun 2025 18:20:00 +0200", """Liebe Frau Ohlrogge,

bitte melden Sie mich wieder ab – das Semester beginnt früher als gedacht, und ich habe an beiden Tagen Prüfungen.

Beste Grüße
Kristina Lorenzen
""" + tb("16.06.2025 um 15:20", programme("Frau Prof. Dr. Lorenzen")), client="thunderbird",
      intent="cancellation", note="'bitte melden Sie mich wieder ab' in reply to the programme mail: the conference, not the list."),
    p("c07-teilnehmerliste-streichen.eml", ("Gerrit Oltmanns", "gerrit.oltmanns@lk-jadekueste.example"),
      "Teilnehmerliste Köln", "Wed, 25 Jun 2025 08:30:00 +0200", """Guten Morgen,

streichen Sie mich bitte von der Teilnehmerliste für Köln, der Kreistag tagt am 25.9. Den Rundbrief lese ich weiter gern.

Gerrit Oltmanns
Landkreis Jadeküste
Amt für Soziales und Senioren
""", org="Landkreis Jadeküste, Amt für Soziales und Senioren", intent="cancellation",
      note="'von der Teilnehmerliste streichen': a cancellation; the circular is kept."),
    p("o15-nachfolgerin-genannt.eml", ("Maike Jürgensen", "maike.juergensen@amt-probstei-ost.example"),
      "Zuständigkeit Sozialplanung", "Thu, 26 Jun 2025 10:00:00 +0200", """Sehr geehrte Damen und Herren,

seit dem 1. Juni ist Frau Telse Brodersen für die Sozialplanung im Amt zuständig (t.brodersen@amt-probstei-ost.example). Ich selbst bin jetzt im Bauamt tätig.

Mit freundlichen Grüßen
Maike Jürgensen
Amt Probstei-Ost
""", org="Amt Probstei-Ost", intent="other",
      note="A successor named, no request to delete or to send anything: information for staff (other), not an opt-out."),
    p("o16-rechnung-arbeitshilfe.eml", ("Holger Paap", "h.paap@stadt-kogghafen.example"),
      "Rechnung Arbeitshilfe Sozialberichterstattung", "Fri, 27 Jun 2025 11:20:00 +0200", """Guten Tag,

wir haben im Mai zehn Exemplare Ihrer Arbeitshilfe bestellt. Auf der Rechnung steht jedoch ein Betrag für zwölf Exemplare. Bitte schicken Sie uns eine korrigierte Rechnung.

Mit freundlichen Grüßen
Holger Paap
Stadt Kogghafen
Haupt- und Personalamt
""", org="Stadt Kogghafen, Haupt- und Personalamt", intent="other", questions=1,
      note="An invoice question about a publication (not the conference): other with one request."),
    p("o17-bemerkung-ist-das-nicht.eml", ("Telse Brodersen", "t.brodersen@amt-probstei-ost.example"),
      "Neu im Amt", "Mon, 30 Jun 2025 09:05:00 +0200", """Moin,

ich bin die Neue für Sozialplanung im Amt Probstei-Ost und habe mich gerade durch Ihre Internetseite gelesen. Ist das nicht toll, wie viel es da schon gibt! Ich melde mich, wenn ich mich eingearbeitet habe.

Telse Brodersen
Amt Probstei-Ost
""", org="Amt Probstei-Ost", intent="other",
      note="An introduction with an exclamation shaped like a question: other, no question; 'Ich melde mich' is no registration."),
    p("q11-ohne-fragezeichen-en.eml", ("Hannah McAllister", "h.mcallister@bezirksamt-elbwerder.example"),
      "Accessibility in Cologne", "Tue, 01 Jul 2025 13:40:00 +0200", """Hello,

I'm registered for September and use a wheelchair. I was wondering whether the venue has step-free access to all rooms and an accessible toilet on the same floor.

Best wishes,
Hannah McAllister
Bezirksamt Elbwerder, Fachamt Eingliederungshilfe
""", en=True, org="Bezirksamt Elbwerder, Fachamt Eingliederungshilfe", intent="question", questions=1,
      note="An English question without a question mark ('I was wondering whether ...'), from a Hamburg Bezirksamt."),
    p("p14-englisch-expat.eml", ("Hannah McAllister", "h.mcallister@bezirksamt-elbwerder.example"),
      "Pre-registration Cologne", "Mon, 19 May 2025 09:30:00 +0200", """Moin from Hamburg,

please pencil me in for the annual conference in Cologne. My German is fine for the sessions, but I'd rather get the paperwork in English if that's possible.

Cheers,
Hannah McAllister
Freie und Hansestadt Hamburg
Bezirksamt Elbwerder
Fachamt Eingliederungshilfe
""", en=True, org="Freie und Hansestadt Hamburg, Bezirksamt Elbwerder, Fachamt Eingliederungshilfe",
      intent="pre_registration",
      note="A Hamburg expat's English pre-registration with a 'Moin'; the wish for English papers is no question (the answer language is English)."),
    p("r13-bezirksamt-leitweg.eml", ("Hannah McAllister", "h.mcallister@bezirksamt-elbwerder.example"),
      "Binding registration McAllister", "Wed, 02 Jul 2025 10:10:00 +0200", """Hello again,

Approval came through, so this is my binding registration for the September conference. Invoice address:
Freie und Hansestadt Hamburg
Bezirksamt Elbwerder
Fachamt Eingliederungshilfe
Leitweg-ID 02-1234567-89
Elbwerder Markt 2
21999 Hamburg

We'll pay within 14 days of receiving the invoice. The Bezirksamt is not a member.

Best wishes,
Hannah McAllister
""", en=True, org="Freie und Hansestadt Hamburg, Bezirksamt Elbwerder, Fachamt Eingliederungshilfe",
      member=False, intent="registration",
      invoice_address="Freie und Hansestadt Hamburg, Bezirksamt Elbwerder, Fachamt Eingliederungshilfe, Leitweg-ID 02-1234567-89, Elbwerder Markt 2, 21999 Hamburg",
      payment_agreement=True, note="English binding registration with a Hamburg Leitweg-ID; organisation from the invoice block."),
    p("u11-newsletter-kuendigen.eml", ("Wilm Harders", "wilm.harders@jugendhilfe-eider.example"),
      "Kündigung Rundbrief-Abo", "Thu, 03 Jul 2025 15:15:00 +0200", """Hallo,

hiermit kündige ich den Bezug Ihres Rundbriefs. Für die Tagung bin ich bereits angemeldet, das soll bitte so bleiben.

Wilm Harders
Jugendhilfe Eider gGmbH
""", org="Jugendhilfe Eider gGmbH", intent="opt_out",
      note="An opt-out ('kündige den Bezug'), explicitly NOT a cancellation: the registration stays."),
    mail("k19-stellenausschreibung-rundmail.eml", frm=("Maren Stöver", "m.stoever@lk-altmark-nord.example"),
         subject="Stellenausschreibung Sozialplanung – bitte weiterleiten", date="Fri, 04 Jul 2025 09:00:00 +0200", to=BCC,
         body="""Liebe Netzwerkpartnerinnen und Netzwerkpartner,

der Landkreis Altmark-Nord sucht eine Sozialplanerin oder einen Sozialplaner. Die Ausschreibung hängt an; wir freuen uns, wenn Sie sie in Ihren Netzwerken streuen.

Viele Grüße
Maren Stöver
Landkreis Altmark-Nord, Personalamt
""", intent="bulk",
         note="The same job advert as o12, this time sent from her mailbox to a hidden list of partners: bulk."),
    mail("k20-international-conference.eml", frm=("Nordic Social Planning Network", "events@nordic-splan.example"),
         subject="Invitation: Nordic Social Planning Days 2025 – early bird ends soon", date="Mon, 07 Jul 2025 08:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://nordic-splan.example/unsub>"), ("List-Id", "<members.nordic-splan.example>")],
         body="""Dear colleague,

join 300 planners from the Nordic and Baltic countries in Aarhus on 14-15 October. Early bird registration closes on 31 July: https://nordic-splan.example/register

Best regards,
The NSPN team
To stop receiving these emails, unsubscribe here.
""", intent="bulk", note="An English conference invitation with list headers and 'register'."),
    mail("k21-landesjugendamt-rundschreiben.eml", frm=("Landesjugendamt Nordmark", "rundschreiben@landesjugendamt-nordmark.example"),
         subject="Rundschreiben 12/2025: Hinweise zur Jugendhilfeplanung", date="Tue, 08 Jul 2025 14:00:00 +0200", to=BCC,
         body="""An die Jugendämter der Kreise und kreisfreien Städte sowie die Verbände der freien Jugendhilfe

Sehr geehrte Damen und Herren,

anbei übersenden wir Ihnen die aktualisierten Hinweise zur Jugendhilfeplanung mit der Bitte um Kenntnisnahme und Weiterleitung an die zuständigen Stellen.

Im Auftrag
Landesjugendamt Nordmark
""", intent="bulk", note="A Landesamt's circular to many authorities and associations: bulk."),
]
