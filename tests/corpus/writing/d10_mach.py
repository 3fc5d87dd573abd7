"""DEVELOPMENT set 10: machines (out-of-offices that mention registering or say the person
has left, a Landesamt's and a Jugendhilfe provider's acknowledgements, read receipts, a
calendar answer, delivery reports) and mass mail that looks personal or like business
(vendors, partner associations' circulars, calls for papers, a survey, a webinar, a member
magazine), with and without List-* headers."""

from d10_quote import EVENT, PROG, circular
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

AUTO = [("Auto-Submitted", "auto-replied")]
EXO = [("X-MS-Exchange-Inbox-Rules-Loop", "x@example"), ("X-Auto-Response-Suppress", "All")]
LIST = [("List-Unsubscribe", "<https://news.example/abmelden>"), ("Precedence", "bulk")]


def _orig(to: str, subject: str, date: str) -> str:
    return (f"From: Annegret Wolkenhauer <{OFFICE}>\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
            "Message-ID: <d10.office.2025@vsop.de>\nContent-Type: text/plain; charset=utf-8\n\n"
            + "\n".join(circular()) + "\n")


MAILS = [
    # --- auto-replies, acknowledgements, read receipts, calendar
    mail("a01-abwesend-anmeldung.eml", frm=("Rabenhorst, Ines", "i.rabenhorst@lk-muldenaue.example"),
         subject="Automatische Antwort: " + PROG, date="Mon, 26 May 2025 15:31:00 +0200", headers=AUTO + EXO,
         body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Juni im Urlaub. Anmeldungen und Rechnungen für Fortbildungen leitet in dieser Zeit Frau Dornbusch (h.dornbusch@lk-muldenaue.example) weiter.

Ines Rabenhorst
Landratsamt Muldenaue
""", intent="auto_reply",
         note="An out-of-office that speaks of 'Anmeldungen und Rechnungen': a machine all the same."),
    mail("a02-abwesend-ohne-header.eml", frm=("Holger Thiele", "h.thiele@awo-elbland.example"),
         subject="Abwesenheit: " + PROG, date="Mon, 26 May 2025 15:32:00 +0200",
         body="""Ich bin bis zum 10.06. auf Dienstreise und lese meine Mails nur unregelmäßig. Bitte wenden Sie sich in dringenden Fällen an die Zentrale unter 0351 000 1234.
""", intent="auto_reply", note="An out-of-office without any auto header, 'Abwesenheit:' subject."),
    mail("a03-nicht-mehr-im-haus.eml", frm=("Birgit Neubauer", "b.neubauer@stadt-kamenau.example"),
         subject="Automatische Antwort: " + EVENT + " – Rundbrief", date="Mon, 02 Jun 2025 09:00:00 +0200",
         headers=AUTO,
         body="""Diese Adresse wird nicht mehr betreut. Frau Neubauer ist nicht mehr in der Stadtverwaltung Kamenau tätig. Bitte streichen Sie diese Adresse aus Ihren Verteilern und schreiben Sie künftig an sozialamt@stadt-kamenau.example.
""", intent="auto_reply",
         note="A 'no longer here' notice that asks to be struck from lists: still a machine, not an opt-out or a cancellation."),
    mail("a04-landesamt-eingang.eml", frm=("Poststelle LAFS", "poststelle@lafs.example"),
         subject="Eingangsbestätigung: Ihre Nachricht vom 26.05.2025", date="Mon, 26 May 2025 15:33:10 +0200",
         headers=[("Auto-Submitted", "auto-generated")],
         body="""Sehr geehrte Damen und Herren,

Ihre elektronische Nachricht ist bei der Poststelle des Landesamtes für Familie und Soziales eingegangen und wird an die zuständige Stelle weitergeleitet. Eine inhaltliche Antwort erhalten Sie gesondert.

Diese Bestätigung wurde maschinell erstellt.
""", intent="auto_reply", note="An authority's mailbox acknowledgement."),
    mail("a05-traeger-ticket.eml", frm=("Servicecenter KJHV Ostharz", "service@jugendhilfe-ostharz.example"),
         subject="[KJHV-20714] Re: " + PROG, date="Mon, 26 May 2025 15:34:00 +0200",
         body="""Guten Tag,

vielen Dank für Ihre Anfrage. Wir haben ein Ticket angelegt (KJHV-20714) und melden uns so bald wie möglich. Bitte ändern Sie die Betreffzeile nicht, wenn Sie antworten.

Ihr Servicecenter
Kinder- und Jugendhilfeverbund Ostharz gGmbH
""", intent="auto_reply", note="A provider's ticket acknowledgement without an auto header."),
    mail("a06-elternzeit.eml", frm=("Seidel, Romy", "r.seidel@landkreis-havelheide.example"),
         subject="Abwesend: " + PROG, date="Tue, 27 May 2025 08:00:00 +0200", headers=AUTO + EXO,
         body="""Guten Tag,

ich befinde mich bis voraussichtlich März 2026 in Elternzeit. Ihre Nachricht wird nicht weitergeleitet. Für Fragen zur Jugendhilfeplanung wenden Sie sich bitte an jugendhilfeplanung@landkreis-havelheide.example.
""", intent="auto_reply", note="Parental leave notice (months away): a machine, not a cancellation."),
    mdn("a07-lesebestaetigung.eml", frm=("Dr. Katharina Pohlmann-Weiß", "katharina.pohlmann-weiss@lafs.example"),
        subject="Gelesen: " + PROG, date="Tue, 27 May 2025 10:12:00 +0200",
        human="Ihre Nachricht\n\n  An: Pohlmann-Weiß, Katharina\n  Betreff: " + PROG + "\n  Gesendet: Montag, 26. Mai 2025 15:30\n\nwurde am Dienstag, 27. Mai 2025 10:12 gelesen.\n",
        original_id="<d10.office.2025@vsop.de>", final="katharina.pohlmann-weiss@lafs.example",
        note="An Outlook read receipt in German."),
    mdn("a08-geloescht-ungelesen.eml", frm=("Sören Kleinschmidt", "s.kleinschmidt@hs-spreewald.example"),
        subject="Nicht gelesen: " + PROG, date="Wed, 28 May 2025 18:00:00 +0200",
        human="Ihre Nachricht wurde am 28.05.2025 18:00 ungelesen gelöscht.\n",
        disposition="manual-action/MDN-sent-manually; deleted", ua="Thunderbird",
        original_id="<d10.office.2025@vsop.de>", final="s.kleinschmidt@hs-spreewald.example",
        note="A 'deleted without reading' receipt: not a cancellation."),
    ical_reply("a09-kalender-zugesagt.eml", frm=("Thorsten Brunck", "t.brunck@kv-donnersberg-sued.example"),
               subject="Angenommen: Kleine Jahrestagung Köln", date="Wed, 28 May 2025 09:00:00 +0200",
               text="Thorsten Brunck hat Ihre Einladung angenommen.\n", partstat="ACCEPTED",
               uid="d10-kalender-0925@vsop.de",
               note="A calendar 'Angenommen': the client's answer, not a binding registration."),
    mail("a10-ticket-geschlossen.eml", frm=("IT- und Servicedesk Kreisverwaltung", "servicedesk@kv-moselhoehe.example"),
         subject="Vorgang 88213 wurde geschlossen", date="Fri, 30 May 2025 17:00:00 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "88213")],
         body="""Ihr Vorgang 88213 ("Anmeldung Jahrestagung – Weiterleitung an Frau Pätzold") wurde geschlossen. Falls Ihr Anliegen noch nicht erledigt ist, antworten Sie bitte innerhalb von 7 Tagen auf diese Nachricht.
""", intent="auto_reply", note="A ticket closed notice quoting 'Anmeldung' in its title."),
    # --- bounces
    dsn("b01-unbekannt.eml", frm=("Mail Delivery System", "MAILER-DAEMON@mx.vsop.de"),
        subject="Undelivered Mail Returned to Sender", date="Fri, 11 Apr 2025 16:03:00 +0200",
        human="Die Nachricht konnte an folgende Empfänger nicht zugestellt werden.\n\n<m.gruenert@stadt-roetzschenbach.example>: Empfänger unbekannt\n",
        status="5.1.1", recipients=["m.gruenert@stadt-roetzschenbach.example"],
        original=_orig("verteiler@vsop.de", "Rundbrief", "Fri, 11 Apr 2025 16:02:00 +0200"),
        reporting="mx.vsop.de", note="A Postfix-style DSN from the circular, German human part."),
    dsn("b02-postfach-voll.eml", frm=("Postmaster", "postmaster@kreisverwaltung-westrich.example"),
        subject="Unzustellbar: Rundbrief Frühjahr", date="Fri, 11 Apr 2025 16:05:00 +0200",
        human="Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.\n",
        status="5.2.2", recipients=["g.bischoff@kv-westrich.example"],
        original=_orig("g.bischoff@kv-westrich.example", "Rundbrief", "Fri, 11 Apr 2025 16:02:00 +0200"),
        reporting="exchange.kv-westrich.example", note="Mailbox full (5.2.2), Exchange-style subject."),
    dsn("b03-verzoegert.eml", frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mx.vsop.de"),
        subject="Warnung: Zustellung verzögert", date="Tue, 27 May 2025 03:00:00 +0200",
        human="Ihre Nachricht konnte seit 12 Stunden nicht zugestellt werden. Wir versuchen es weiter bis zu 5 Tage lang. Sie müssen nichts tun.\n",
        status="4.4.7", action="delayed", recipients=["r.hentschel@kjr-erzvorland.example"],
        original=_orig("r.hentschel@kjr-erzvorland.example", PROG, "Mon, 26 May 2025 15:30:00 +0200"),
        reporting="mx.vsop.de", note="A delay warning: bounced is empty."),
    dsn("b04-gateway-verschachtelt.eml", frm=("Mailgateway Kommunales Rechenzentrum", "gateway@krz-thueringen.example"),
        subject="Zustellfehler (Sicherheitsgateway)", date="Fri, 11 Apr 2025 16:10:00 +0200",
        human="Zustellung gescheitert: die Empfängeradressen existieren nicht mehr.\n",
        status="5.1.1", recipients=["sozialplanung@ilmbrueck-alt.example", "h.ritter@ilmbrueck-alt.example"],
        original=_orig("sozialplanung@ilmbrueck-alt.example", "Rundbrief", "Fri, 11 Apr 2025 16:02:00 +0200"),
        nested=True, wrapper="Diese Meldung wurde vom Sicherheitsgateway des Kommunalen Rechenzentrums erzeugt.\n",
        reporting="gw.krz-thueringen.example", note="A nested gateway report for two recipients."),
    mail("b05-ruecklaeufer-text.eml", frm=("Mail-Server Gemeinde Tannroda", "mailer@gemeinde-tannroda.example"),
         subject="Rückläufer: Unterlagen zur Kleinen Jahrestagung", date="Mon, 26 May 2025 15:40:00 +0200",
         body="""Hallo,

Ihre Mail an k.ulbricht@gemeinde-tannroda.example konnte nicht zugestellt werden, weil es dieses Postfach nicht mehr gibt.

--- Anfang der ursprünglichen Nachricht ---
Betreff: Unterlagen zur Kleinen Jahrestagung in Köln (25./26.09.)
""", intent="bounce", bounced=["k.ulbricht@gemeinde-tannroda.example"],
         note="A plain-text German Rückläufer without a DSN part, written like a person's 'Hallo'."),
    dsn("b06-exchange-ndr.eml", frm=("Microsoft Outlook", "postmaster@bezirksamt-lindenhain.example"),
        subject="Unzustellbar: " + PROG, date="Mon, 26 May 2025 15:35:00 +0200",
        human="Die Nachricht erreichte diese Empfänger nicht:\n\nannika.roesler@bezirksamt-lindenhain.example\nDie E-Mail-Adresse wurde nicht gefunden.\n",
        status="5.1.10", recipients=["annika.roesler@bezirksamt-lindenhain.example"],
        original=_orig("annika.roesler@bezirksamt-lindenhain.example", PROG, "Mon, 26 May 2025 15:30:00 +0200"),
        reporting="exch01.bezirksamt-lindenhain.example", note="An Exchange NDR in German."),
    # --- mass mail that looks personal or like business
    mail("k01-hotel-angebot.eml", frm=("Jasmin Körner | Hotel am Rheinpark", "jasmin.koerner@hotel-rheinpark.example"),
         subject="Ihre Tagung in Köln – Zimmerkontingent für Ihre Teilnehmenden", date="Tue, 15 Apr 2025 10:00:00 +0200",
         body="""Sehr geehrte Frau Wolkenhauer,

wir haben gesehen, dass der VSOP im September in Köln tagt. Gern halten wir für Ihre Gäste ein Kontingent von 30 Zimmern zum Sonderpreis ab 109 € inkl. Frühstück bereit. Darf ich Ihnen ein unverbindliches Angebot schicken?

Herzliche Grüße
Jasmin Körner
Sales Managerin, Hotel am Rheinpark
""", intent="bulk", note="A hotel's unsolicited sales offer, greeting the staff member by name, no list headers: bulk (lead's convention)."),
    mail("k02-caterer.eml", frm=("Genusswerk Catering", "angebote@genusswerk-catering.example"),
         subject="Fingerfood für Ihre Fachtagung? 10 % Frühbucherrabatt", date="Thu, 17 Apr 2025 09:00:00 +0200",
         headers=[("List-Unsubscribe", "<mailto:abmelden@genusswerk-catering.example>")],
         body="""Hallo liebes Team vom VSOP,

Sie planen eine Tagung? Unser regionales Catering liefert von 20 bis 500 Personen – vegetarisch, vegan, nachhaltig. Bis 31. Mai gibt es 10 % Frühbucherrabatt.

Jetzt Angebot anfordern: https://genusswerk-catering.example/angebot

Sie möchten keine Angebote mehr? Hier abbestellen.
""", intent="bulk", note="A caterer's offer with a List-Unsubscribe header."),
    mail("k03-druckerei.eml", frm=("Peter Hallmann", "p.hallmann@druckhaus-elbtal.example"),
         subject="Namensschilder und Tagungsmappen – kurze Frage", date="Tue, 22 Apr 2025 11:11:00 +0200",
         body="""Guten Tag,

kurze Frage: Wer ist bei Ihnen für Drucksachen zuständig? Wir fertigen Namensschilder, Tagungsmappen und Roll-ups für Verbände und liefern innerhalb von 48 Stunden. Unsere Preisliste hängt an.

Viele Grüße
Peter Hallmann
Druckhaus Elbtal GmbH
""", intent="bulk", note="A printer's sales mail dressed as a 'kurze Frage' to a person: bulk."),
    mail("k04-software.eml", frm=("TagungsPilot", "hello@tagungspilot.example"),
         subject="Frau Wolkenhauer, noch Excel-Listen für Ihre Anmeldungen?", date="Wed, 23 Apr 2025 08:00:00 +0200",
         headers=LIST + [("List-Id", "<kunden.tagungspilot.example>")],
         body="""Hallo Frau Wolkenhauer,

Anmeldungen per Mail, Teilnehmerlisten in Excel, Rechnungen von Hand? Mit TagungsPilot laufen Anmeldung, Zahlung und Namensschilder automatisch. Testen Sie 30 Tage kostenlos.

Ihr Team von TagungsPilot
""", intent="bulk", note="A registration software's personalised marketing with List-* headers; it talks of 'Anmeldungen'."),
    mail("k05-agentur.eml", frm=("Lena Sommerfeld", "l.sommerfeld@eventwerk-berlin.example"),
         subject="Kooperation Jahrestagung 2026?", date="Mon, 28 Apr 2025 14:00:00 +0200",
         body="""Liebes VSOP-Team,

wir sind eine Agentur für Fachkongresse im Sozialbereich und würden Ihre nächste Jahrestagung gern komplett für Sie organisieren – von der Location bis zur Anmeldung. Haben Sie nächste Woche 15 Minuten für ein Kennenlerngespräch?

Beste Grüße
Lena Sommerfeld
Eventwerk Berlin GmbH | Kongresse & Tagungen
""", intent="bulk", note="An event agency's cold offer asking for a call: a sales mail, bulk."),
    mail("k06-partnerverband-rundschreiben.eml", frm=("Landesarbeitsgemeinschaft Sozialplanung Sachsen", "info@lag-sozialplanung-sachsen.example"),
         subject="Rundschreiben 3/2025 – Fachtag und Mitgliederversammlung", date="Fri, 02 May 2025 12:00:00 +0200",
         body="""Liebe Mitglieder und Partner,

hiermit laden wir zu unserem Fachtag am 12. Juni in Chemnitz ein. Bitte melden Sie sich verbindlich bis 30. Mai über unser Formular an; der Beitrag beträgt 60 €. Im Anschluss findet die Mitgliederversammlung statt.

Wir weisen auch auf die VSOP-Jahrestagung im September in Köln hin.

Ihre LAG Sozialplanung Sachsen
Dieses Rundschreiben geht an alle Mitglieder und Kooperationspartner.
""", intent="bulk", note="A partner association's circular without list headers, asking ITS readers to register bindingly and naming our event."),
    mail("k07-call-for-papers.eml", frm=("Tagungsbüro Bundeskongress Soziale Arbeit", "cfp@buko-soziale-arbeit.example"),
         subject="Call for Papers: Bundeskongress 2026 – Einreichung bis 15. Juli", date="Mon, 05 May 2025 09:00:00 +0200",
         headers=[("Precedence", "list"), ("List-Id", "<cfp.buko-soziale-arbeit.example>")],
         body="""Sehr geehrte Kolleginnen und Kollegen,

für den Bundeskongress 2026 rufen wir zur Einreichung von Beiträgen auf. Abstracts (max. 2.000 Zeichen) bis 15. Juli über das Portal. Bitte leiten Sie den Aufruf in Ihren Netzwerken weiter.
""", intent="bulk", note="Another conference's call for papers (list headers)."),
    mail("k08-umfrage.eml", frm=("Prof. Dr. Tobias Ringel", "umfrage@hs-mittelrhein.example"),
         subject="Bitte um Ihre Unterstützung: Befragung zur kommunalen Sozialplanung", date="Wed, 07 May 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

im Rahmen eines Forschungsprojekts der Hochschule Mittelrhein befragen wir Planungsfachkräfte bundesweit. Die Teilnahme dauert etwa 12 Minuten: https://umfrage.hs-mittelrhein.example/sozialplanung

Für Ihre Unterstützung bedanken wir uns herzlich.
Prof. Dr. Tobias Ringel
""", intent="bulk", note="A research survey sent to many, signed by a professor: bulk."),
    mail("k09-webinar.eml", frm=("Kommunalakademie Rheinland-Pfalz", "webinare@kommunalakademie-rlp.example"),
         subject="Einladung: Webinar „Datenbasierte Sozialplanung“ am 3. Juni", date="Thu, 15 May 2025 08:00:00 +0200",
         headers=LIST,
         body="""Guten Tag,

am 3. Juni von 10 bis 11:30 Uhr zeigen wir, wie Sie Sozialdaten kleinräumig aufbereiten. Die Teilnahme ist kostenfrei, melden Sie sich jetzt an: https://kommunalakademie-rlp.example/webinar

Sie erhalten diese Mail, weil Sie unseren Newsletter abonniert haben.
""", intent="bulk", note="A webinar invitation with 'melden Sie sich jetzt an' and List-* headers."),
    mail("k10-mitgliedermagazin.eml", frm=("Redaktion Blickpunkt Gemeinwesen", "redaktion@blickpunkt-gemeinwesen.example"),
         subject="Blickpunkt Gemeinwesen 2/2025 ist erschienen", date="Tue, 20 May 2025 07:00:00 +0200",
         html_only=True, headers=[("List-Unsubscribe", "<https://blickpunkt-gemeinwesen.example/abo>")],
         html="""<html><body><h1>Blickpunkt Gemeinwesen 2/2025</h1><p>Liebe Leserinnen und Leser,</p>
<p>in dieser Ausgabe: Quartiersarbeit auf dem Land, ein Interview zur Pflegeplanung und Termine für den Herbst – darunter die VSOP-Jahrestagung in Köln.</p>
<p><a href="https://blickpunkt-gemeinwesen.example/abo">Abo verwalten</a></p></body></html>
""", intent="bulk", note="A member magazine in HTML, naming our event in its dates."),
    mail("k11-verband-newsletter-persoenlich.eml", frm=("Katrin Schellenberg", "k.schellenberg@paritaet-saar.example"),
         subject="Liebe Frau Wolkenhauer – unser Sommerbrief", date="Mon, 02 Jun 2025 16:00:00 +0200",
         body="""Liebe Frau Wolkenhauer,

wie jedes Jahr vor der Sommerpause schicken wir Ihnen unseren Sommerbrief mit den Neuigkeiten aus dem Paritätischen Saar: neue Mitgliedsorganisationen, unser Fachtag Armut im Oktober und die Ergebnisse unserer Trägerumfrage.

Sie erhalten diesen Brief als Kooperationspartnerin. Wenn Sie ihn nicht mehr bekommen möchten, genügt eine kurze Antwort.

Herzliche Grüße
Katrin Schellenberg
Referentin Öffentlichkeitsarbeit
""", intent="bulk", note="A partner association's newsletter greeting the staff member by name, without list headers; the footer gives it away."),
]
