"""DEVELOPMENT set 11: mass mail of every kind that looks like a person's other mail
(newsletters, circulars, a member magazine, other bodies' events, webinars, surveys, a call
for papers, a press release, platform notifications, vendors' offers; with and without
List-* headers, some sent from a person's own mailbox to many), and the usual few machines
(out-of-offices, an acknowledgement, read receipts, a calendar answer, delivery reports)."""

from d11_quote import CIRC, PROG, circular
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

AUTO = [("Auto-Submitted", "auto-replied")]
LIST = [("List-Unsubscribe", "<mailto:abmelden@lists.example>"), ("Precedence", "bulk")]
BCC = "undisclosed-recipients:;"


def _orig(to: str, subject: str) -> str:
    return (f"From: VSOP Geschäftsstelle <{OFFICE}>\nTo: {to}\nSubject: {subject}\n"
            "Date: Wed, 11 Jun 2025 16:02:00 +0200\nMessage-ID: <d11.circ.2025@vsop.de>\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + "\n".join(circular()) + "\n")


MAILS = [
    # --- machines: out-of-office, acknowledgement, receipts, calendar
    mail("a01-abwesend-rundbrief.eml", frm=("Lüdemann, Bente", "bente.luedemann@kreis-nordstrand.example"),
         subject="Automatische Antwort: " + CIRC, date="Wed, 11 Jun 2025 16:03:00 +0200",
         headers=AUTO + [("X-Auto-Response-Suppress", "All")],
         body="""Moin, ich bin bis zum 23. Juni nicht im Dienst. Ihre Mail wird nicht weitergeleitet. In Eingliederungshilfe-Angelegenheiten wenden Sie sich bitte an das Servicetelefon 04999 12-300.
""", intent="auto_reply", note="An out-of-office beginning with 'Moin', answering the circular."),
    mail("a02-abwesend-kein-header.eml", frm=("Gerrit Oltmanns", "gerrit.oltmanns@lk-jadekueste.example"),
         subject="AW: " + CIRC, date="Wed, 11 Jun 2025 16:04:00 +0200",
         body="""Danke für Ihre Mail. Ich bin bis einschließlich 20.06. im Urlaub und danach wieder erreichbar. Bitte nehmen Sie in eiligen Fällen Kontakt mit dem Vorzimmer des Amtes auf.

Gerrit Oltmanns
Landkreis Jadeküste
""", intent="auto_reply", note="An out-of-office without any auto header and an ordinary 'AW:' subject; 'Bitte nehmen Sie ... Kontakt' is no opt-out."),
    mail("a03-poststelle-eingang.eml", frm=("Elektronische Poststelle Kreis Nordstrand-Eider", "poststelle@kreis-nordstrand.example"),
         subject="Eingangsbestätigung – Ihr Schreiben an den Kreis Nordstrand-Eider", date="Wed, 11 Jun 2025 16:05:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Ihre Nachricht ist bei der elektronischen Poststelle eingegangen und erhält das Aktenzeichen EP-2025-048211. Sie wird dem zuständigen Fachdienst zugeleitet. Diese Mitteilung wurde automatisch erzeugt; bitte antworten Sie nicht darauf.
""", intent="auto_reply", note="An authority's digital mailroom acknowledgement with a file number."),
    mdn("a04-gelesen.eml", frm=("Malte Jessen", "malte.jessen@hansestadt-ruegenow.example"),
        subject="Gelesen: " + PROG, date="Tue, 17 Jun 2025 08:00:00 +0200",
        human="Ihre Nachricht wurde am 17.06.2025 08:00 gelesen.\n",
        original_id="<d11.prog.jessen@vsop.de>", final="malte.jessen@hansestadt-ruegenow.example",
        note="A German Outlook read receipt."),
    mdn("a05-ungelesen-geloescht.eml", frm=("Claudia Rickert", "c.rickert@stadt-kogghafen.example"),
        subject="Nicht gelesen: " + CIRC, date="Fri, 13 Jun 2025 10:00:00 +0200",
        human="Ihre Nachricht wurde am 13.06.2025 10:00 ungelesen gelöscht.\n",
        original_id="<d11.circ.2025@vsop.de>", final="c.rickert@stadt-kogghafen.example",
        disposition="manual-action/MDN-sent-manually; deleted",
        note="Deleted unread: a receipt, not an opt-out."),
    ical_reply("a06-kalender-angenommen.eml", frm=("Kristina Lorenzen", "k.lorenzen@fh-westkueste-nord.example"),
               subject="Angenommen: Kleine Jahrestagung VSOP Köln", date="Mon, 23 Jun 2025 09:00:00 +0200",
               text="Kristina Lorenzen hat die Einladung angenommen.\n", partstat="ACCEPTED",
               uid="d11-vsop-koeln-2025", note="An Outlook calendar acceptance (iMIP REPLY): auto_reply."),
    # --- bounces
    dsn("b01-unbekannt.eml", frm=("Mail Delivery System", "MAILER-DAEMON@mx.vsop.de"),
        subject="Undelivered Mail Returned to Sender", date="Wed, 11 Jun 2025 16:06:00 +0200",
        human="Ihre Nachricht konnte einem oder mehreren Empfängern nicht zugestellt werden.\nDer Empfänger ist auf dem Zielsystem nicht bekannt.\n",
        status="5.1.1", recipients=["iben.hinrichs@lk-jadekueste.example"],
        original=_orig("iben.hinrichs@lk-jadekueste.example", CIRC), note="The circular bounced: unknown user (she left)."),
    dsn("b02-verzoegerung.eml", frm=("Mail Delivery System", "MAILER-DAEMON@mx.vsop.de"),
        subject="Delayed Mail (still being retried)", date="Thu, 12 Jun 2025 04:06:00 +0200",
        human="Die Zustellung Ihrer Nachricht verzögert sich. Es wird weiter versucht, sie zuzustellen.\n",
        status="4.4.1", recipients=["info@gemeinde-lunden-koog.example"], action="delayed",
        original=_orig("info@gemeinde-lunden-koog.example", CIRC), note="A delay warning: bounced is []."),
    dsn("b03-verschachtelt-zwei.eml", frm=("Mailgateway Dataport Nord", "gateway@dataport-nord.example"),
        subject="Zustellungsbericht", date="Wed, 11 Jun 2025 16:10:00 +0200",
        human="Die Nachricht wurde nicht zugestellt.\n", status="5.1.1",
        recipients=["p.hansen@kvhs-uecker.example", "j.hinz@amt-treeneland.example"],
        original=_orig("p.hansen@kvhs-uecker.example, j.hinz@amt-treeneland.example", CIRC), nested=True,
        wrapper="Der kommunale Mailgateway meldet einen Fehler bei der Zustellung (siehe Anhang).\n",
        note="A nested gateway report for two recipients."),
    mail("b04-ruecklaeufer-text.eml", frm=("Postmaster Hansestadt Kogghafen", "postmaster@stadt-kogghafen.example"),
         subject="Nicht zustellbar: " + CIRC, date="Wed, 11 Jun 2025 16:12:00 +0200",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""Die folgende Adresse ist bei uns nicht mehr vergeben:

    s.ahrens@stadt-kogghafen.example

Ihre Nachricht wurde nicht zugestellt. Wenden Sie sich bei Fragen an die IT der Stadtverwaltung.
""", intent="bounce", bounced=["s.ahrens@stadt-kogghafen.example"],
         note="A plain-text German 'Rückläufer' naming the failed address."),
    # --- bulk: mass mail that looks like a person's mail or like business
    mail("k01-newsletter-lag.eml", frm=("LAG Sozialplanung Küste", "newsletter@lag-kueste.example"),
         subject="Newsletter Juni: Neues aus der LAG", date="Mon, 02 Jun 2025 10:00:00 +0200", to=BCC,
         headers=LIST + [("List-Id", "<newsletter.lag-kueste.example>")], html=True,
         body="""Liebe Kolleginnen und Kollegen,

in dieser Ausgabe: die neue Landesrahmenvereinbarung, ein Praxisbericht aus Dithmarschen-Süd und Termine bis Jahresende, darunter die VSOP-Tagung in Köln.

Sie erhalten diesen Newsletter, weil Sie sich bei der LAG eingetragen haben. Abbestellen: https://lag-kueste.example/newsletter/ab
""", intent="bulk", note="A newsletter with List-* headers, HTML and text, naming our conference."),
    mail("k02-rundschreiben-ohne-header.eml", frm=("Kommunaler Arbeitskreis Jugendhilfeplanung M-V", "ak-jhp@kommunal-mv.example"),
         subject="Rundschreiben 4/2025", date="Tue, 03 Jun 2025 09:00:00 +0200", to=BCC,
         body="""An die Mitglieder des Arbeitskreises

Sehr geehrte Damen und Herren,

die nächste Sitzung findet am 9. Juli in Güstrow-Ost statt. Die Tagesordnung und das Protokoll der letzten Sitzung sind beigefügt. Rückmeldungen zur Teilnahme bitte bis 30. Juni an die Geschäftsführung.

Geschäftsführung des Arbeitskreises
""", intent="bulk", note="A working group's circular without list headers, to undisclosed recipients."),
    mail("k03-mitgliedermagazin.eml", frm=("Redaktion Nordlicht Sozial", "redaktion@nordlicht-sozial.example"),
         subject="Nordlicht Sozial 2/2025 ist erschienen", date="Wed, 04 Jun 2025 08:00:00 +0200",
         headers=LIST, html_only=True, html="""<html><body><h2>Nordlicht Sozial 2/2025</h2>
<p>Liebe Mitglieder, die neue Ausgabe unseres Mitgliedermagazins steht online: Schwerpunkt Wohnungslosigkeit im ländlichen Raum.</p>
<p><a href="https://nordlicht-sozial.example/ausgabe-2-2025">Jetzt lesen</a></p>
<p style="font-size:9pt">Abmelden: <a href="https://nordlicht-sozial.example/abmelden">hier</a></p>
</body></html>
""", intent="bulk", note="A member magazine, HTML only."),
    mail("k04-fachtag-einladung-person.eml", frm=("Wenke Voigt", "wenke.voigt@kreis-nordstrand.example"),
         subject="Einladung Planungsforum Nord am 3. Juli", date="Thu, 05 Jun 2025 11:00:00 +0200", to=BCC,
         body="""Sehr geehrte Damen und Herren,

hiermit lade ich Sie herzlich zu unserem Planungsforum Nord am 3. Juli in Husumer Koog ein. Das Programm finden Sie im Anhang; eine Anmeldung ist bis zum 25. Juni über das Formular auf unserer Internetseite möglich.

Mit freundlichen Grüßen
Wenke Voigt
Kreis Nordstrand-Eider
Fachdienst Sozialplanung
""", intent="bulk",
         note="A person's own mailbox sending her event's invitation to many (undisclosed recipients, 'Sehr geehrte Damen und Herren'): bulk. Compare o13, her personal mail."),
    mail("k05-webinar.eml", frm=("Kommunale Akademie Nord", "webinare@akademie-nord.example"),
         subject="Webinar: Sozialberichte mit offenen Daten – jetzt anmelden", date="Fri, 06 Jun 2025 07:30:00 +0200",
         headers=LIST,
         body="""Guten Tag,

am 17. Juni von 10 bis 11.30 Uhr zeigen wir im Webinar, wie Kommunen offene Daten für ihre Sozialberichte nutzen. Die Teilnahme ist kostenfrei. Hier anmelden: https://akademie-nord.example/webinar/0617

Ihre Kommunale Akademie Nord
""", intent="bulk", note="A webinar invitation with 'jetzt anmelden'."),
    mail("k06-umfrage.eml", frm=("Prof. Dr. Eike Wiebe", "sozialplanung-umfrage@hs-nordsee.example"),
         subject="Bitte um Teilnahme: Befragung zur Sozialplanung in Norddeutschland", date="Mon, 09 Jun 2025 09:00:00 +0200", to=BCC,
         body="""Sehr geehrte Damen und Herren,

im Rahmen eines Forschungsprojekts befragen wir Planungsfachkräfte in den norddeutschen Kommunen. Die Beantwortung dauert etwa 15 Minuten: https://umfrage.hs-nordsee.example/s/plan25

Für Ihre Unterstützung danke ich Ihnen sehr.
Prof. Dr. Eike Wiebe
Hochschule Nordsee, Fachbereich Soziales
""", intent="bulk", note="A research survey signed by a professor, sent to many without list headers."),
    mail("k07-call-for-papers.eml", frm=("Programmkomitee Norddeutscher Sozialplanungstag", "cfp@sozialplanungstag-nord.example"),
         subject="Call for Papers: Norddeutscher Sozialplanungstag 2026", date="Tue, 10 Jun 2025 12:00:00 +0200", to=BCC,
         body="""Liebe Kolleginnen und Kollegen,

für den Norddeutschen Sozialplanungstag im März 2026 suchen wir Beiträge aus der Praxis. Abstracts (max. 2.000 Zeichen) bitte bis 15. September über das Einreichungsportal.

Das Programmkomitee
""", intent="bulk", note="A call for papers to many."),
    mail("k08-pressemitteilung.eml", frm=("Pressestelle Landkreis Altmark-Nord", "presse@lk-altmark-nord.example"),
         subject="Pressemitteilung: Landkreis legt ersten Sozialbericht vor", date="Wed, 11 Jun 2025 13:00:00 +0200", to=BCC,
         body="""PRESSEMITTEILUNG Nr. 88/2025

Der Landkreis Altmark-Nord hat heute seinen ersten integrierten Sozialbericht vorgestellt. Landrat Holger Brandes: „Wir wissen jetzt, wo wir handeln müssen.“ Der Bericht steht ab sofort online zur Verfügung.

Pressekontakt: Pressestelle, Telefon 03999 70-100
""", intent="bulk", note="A press release from a district's press office, to many."),
    mail("k09-xing-benachrichtigung.eml", frm=("Netzwerk Kommunal", "benachrichtigung@netzwerk-kommunal.example"),
         subject="Gerrit Oltmanns hat Ihnen eine Nachricht geschickt", date="Thu, 12 Jun 2025 06:00:00 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://netzwerk-kommunal.example/einstellungen>")],
         body="""Hallo VSOP Geschäftsstelle,

Gerrit Oltmanns hat Ihnen eine Nachricht geschickt: „Moin, sehen wir uns in Köln?“

Nachricht lesen: https://netzwerk-kommunal.example/nachrichten
Benachrichtigungen verwalten: https://netzwerk-kommunal.example/einstellungen
""", intent="bulk", note="A platform's notification quoting a person's question: bulk, not the person's question."),
    mail("k10-hotel-angebot.eml", frm=("Tim Hadeler", "t.hadeler@hotel-deichblick.example"),
         subject="Ihre Gruppenreise nach Köln?", date="Fri, 13 Jun 2025 10:30:00 +0200",
         body="""Sehr geehrte Frau Ohlrogge,

als Partnerhotel vieler Verbände bieten wir Gruppen aus dem Norden auf der Durchreise Zimmer ab 89 Euro an. Sprechen Sie mich gern an, wenn Sie für Ihre Teilnehmenden ein Kontingent wünschen.

Mit freundlichen Grüßen
Tim Hadeler
Hotel Deichblick, Verkauf
""", intent="bulk", note="A hotel's sales offer greeting the staff member by name, no list headers: bulk (lead's convention)."),
    mail("k11-software-angebot.eml", frm=("Lina Rohwer", "lina.rohwer@teilnehmerwerk.example"),
         subject="Kurze Rückfrage zu Ihren Anmeldungen", date="Mon, 16 Jun 2025 09:45:00 +0200",
         body="""Hallo Frau Ohlrogge,

ich habe gesehen, dass Sie Anmeldungen für Ihre Jahrestagung noch per Mail annehmen. Unser Tool Teilnehmerwerk übernimmt Anmeldung, Rechnung und Namensschilder in einem. Hätten Sie Donnerstag Zeit für eine Demo von 20 Minuten?

Beste Grüße
Lina Rohwer
Teilnehmerwerk GmbH | Vertrieb
""", intent="bulk", note="A software vendor's offer dressed as a question to a person: bulk."),
    mail("k12-verband-bitte-anmelden.eml", frm=("Landesverband Offene Jugendarbeit Schleswig-Holstein", "info@lv-oja-sh.example"),
         subject="Fachtag Jugendbeteiligung – Einladung und Anmeldung", date="Tue, 17 Jun 2025 08:15:00 +0200", to=BCC,
         body="""Liebe Mitglieder und Kooperationspartner,

zu unserem Fachtag am 28. August in Kiel-Holtenau laden wir herzlich ein. Bitte melden Sie sich bis zum 10. August verbindlich an; der Beitrag beträgt 40 Euro. Auch auf die Jahrestagung des VSOP im September möchten wir hinweisen.

Ihr Landesverband
""", intent="bulk", note="Another body's circular asking ITS readers to register bindingly, naming our event: bulk."),
    mail("k13-phishing-postfach.eml", frm=("IT-Service", "it-service@postfach-verwaltung.example"),
         subject="Ihr Postfach wird heute abgeschaltet", date="Wed, 18 Jun 2025 03:10:00 +0200",
         body="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

Ihr Postfach geschaeftsstelle@vsop.de hat die Speichergrenze erreicht und wird heute um 18 Uhr abgeschaltet. Bestätigen Sie Ihr Konto jetzt unter https://postfach-verwaltung.example/bestaetigen.

Ihr IT-Service
""", intent="bulk", note="Phishing: bulk."),
    mail("k14-teilnehmerliste-angebot.eml", frm=("Event Data Services", "sales@eventdata-services.example"),
         subject="RE: VSOP Jahrestagung attendee list", date="Thu, 19 Jun 2025 15:00:00 +0200",
         body="""Hi,

Still looking for the delegate contacts of VSOP Jahrestagung 2025? Our file holds 1,850 verified contacts with names, titles and emails. Reply "Send pricing" to learn more.

Regards,
Emily Carter
Event Data Services
""", intent="bulk", note="The attendee-list scam with a fake 'RE:'."),
    mail("k15-kirchenkreis-gemeindebrief.eml", frm=("Pastorin Almut Clausen", "a.clausen@kirchenkreis-marschland.example"),
         subject="Gemeindebrief Sommer und Einladung zum Sozialforum", date="Fri, 20 Jun 2025 17:00:00 +0200", to=BCC,
         body="""Liebe Freundinnen und Freunde, liebe Partner in Kommune und Diakonie,

anbei unser Sommer-Gemeindebrief. Besonders ans Herz legen möchte ich Ihnen das Sozialforum am 6. September in der Marienkirche. Wer mag, bringt Kolleginnen und Kollegen mit; eine Anmeldung ist nicht nötig.

Seien Sie behütet!
Ihre Almut Clausen
Pastorin, Kirchenkreis Marschland
""", intent="bulk", note="A pastor sends the parish letter from her own mailbox to many (undisclosed recipients): bulk."),
    mail("k16-verband-ihre-meinung.eml", frm=("Deutscher Fachverband Teilhabe", "service@fachverband-teilhabe.example"),
         subject="Ihre Meinung zählt: Wie zufrieden sind Sie mit unserem Newsletter?", date="Mon, 23 Jun 2025 10:00:00 +0200",
         headers=LIST,
         body="""Guten Tag,

wir möchten unseren Newsletter verbessern und bitten Sie um drei Minuten Ihrer Zeit. Wie oft lesen Sie ihn? Welche Themen fehlen Ihnen? Zur Umfrage: https://fachverband-teilhabe.example/umfrage

Keine weiteren Mails? Hier abmelden.
""", intent="bulk", note="A newsletter survey full of questions and an unsubscribe link: bulk, not a question or an opt-out."),
    mail("k17-personal-rundmail-cc.eml", frm=("Jens-Peter Schlüter", "jp.schlueter@lk-friesische-wehde.example"),
         subject="Abschied aus dem Landkreis", date="Mon, 30 Jun 2025 15:30:00 +0200",
         to="verteiler-planung-nord@lk-friesische-wehde.example",
         body="""Liebe Kolleginnen und Kollegen, liebe Netzwerkpartner,

nach 22 Jahren verabschiede ich mich Ende Juli in den Ruhestand. Ich danke allen für die gute Zusammenarbeit. Meine Aufgaben übernimmt Frauke Eilers (f.eilers@lk-friesische-wehde.example).

Macht's gut und bis bald
Jens-Peter Schlüter
Landkreis Friesische Wehde
""", intent="bulk",
         note="A farewell sent from a person's mailbox to a distribution list (we are one of many, not in To): bulk, not an opt-out or other."),
    mail("k18-ticketplattform.eml", frm=("Tixnord", "noreply@tixnord.example"),
         subject="Deine Anmeldung: Sommerfest Quartierszentrum Ostufer", date="Tue, 01 Jul 2025 19:00:00 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Hallo,

danke für deine Anmeldung zum Sommerfest Quartierszentrum Ostufer am 12. Juli. Das Ticket hängt als PDF an dieser Mail. Stornieren kannst du bis 48 Stunden vorher in deinem Konto.

Dein Tixnord-Team
""", intent="bulk", note="A ticket platform's confirmation of someone else's event: bulk (dev4's convention)."),
]
