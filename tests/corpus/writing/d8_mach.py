"""DEVELOPMENT set 8: machines answering the office's mails in Austria, Switzerland, South
Tyrol, Luxembourg and small Bavarian offices: out-of-offices, tickets, read receipts,
calendar answers, delivery reports, newsletters and spam. Written apart (README.md)."""

from d8_quote import EVENT, FORMS, LAST, NOTICE
from make_corpus import OFFICE, dsn, ical_reply, mail, mdn

AUTO = [("Auto-Submitted", "auto-replied")]
EXO = [("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"), ("X-Auto-Response-Suppress", "All")]


def _orig(to: str, subject: str, date: str) -> str:
    return (f"From: VSOP Geschäftsstelle <{OFFICE}>\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
            "Message-ID: <d8.season@vsop.de>\n\nLiebe Kolleginnen und Kollegen,\n")


MAILS = [
    # --- out-of-offices
    mail("ar-01-magistrat-urlaub.eml", frm=("Pötzelsberger Gerhard", "gerhard.poetzelsberger@magistrat-ennsfeld.example"),
         subject="Automatische Antwort: " + NOTICE, date="Mon, 12 May 2025 09:31:10 +0200", headers=AUTO + EXO, client="outlook",
         body="""Ich bin bis inkl. 23. Mai auf Urlaub. Ihr Schreiben wird nicht weitergeleitet; in dringenden Angelegenheiten wenden Sie sich bitte an die Kanzlei der Abteilung Soziales unter soziales@magistrat-ennsfeld.example.

Gerhard Pötzelsberger
""", intent="auto_reply", note="Austrian out-of-office ('auf Urlaub', 'bis inkl.')."),
    mail("ar-02-kanton-ferien.eml", frm=("Vreni Hürlimann", "vreni.huerlimann@kt-rheinwald.example"),
         subject="Abwesenheitsnotiz: " + NOTICE, date="Mon, 12 May 2025 09:32:00 +0200", headers=AUTO,
         body="""Guten Tag

Ich bin bis am 26. Mai in den Ferien und habe keinen Zugriff auf meine E-Mails. Ab dem 27. Mai bin ich zurück im Büro und schaue mir Ihr Mail dann an. In dringenden Fällen erreichen Sie das Sekretariat unter 081 257 11 00.

Freundliche Grüsse
Vreni Hürlimann
""", intent="auto_reply", note="Swiss out-of-office ('in den Ferien', 'bis am')."),
    mail("ar-03-lra-ohne-header.eml", frm=("Wimmer, Stefanie", "stefanie.wimmer@lra-hohenrieden.example"),
         subject="Abwesend: " + FORMS, date="Thu, 05 Jun 2025 14:03:30 +0200", client="outlook",
         body="""Vielen Dank für Ihre E-Mail. Ich bin bis einschließlich Pfingstferien nicht im Dienst. Ihre E-Mail wird nicht gelesen oder weitergeleitet. Bitte schreiben Sie an jugendhilfeplanung@lra-hohenrieden.example.
""", intent="auto_reply", note="Outlook 'Abwesend:' without any auto header, from a Bavarian Landratsamt."),
    mail("ar-04-suedtirol-zweisprachig.eml", frm=("Evi Mair", "evi.mair@bzg-rienztal.example"),
         subject="Abwesenheit / Assenza: " + FORMS, date="Thu, 05 Jun 2025 14:05:00 +0200", headers=AUTO,
         body="""Ich bin bis 16.06. abwesend. Ihre E-Mail wird nicht weitergeleitet.
Sono assente fino al 16/06. La Sua e-mail non verrà inoltrata.

Evi Mair
Bezirksgemeinschaft Rienztal
""", intent="auto_reply", note="Bilingual South Tyrolean out-of-office."),
    mail("ar-05-notes-abwesenheit.eml", frm=("Dominik Rauchenberger", "dominik.rauchenberger@bh-kremstal.example"),
         subject="Abwesenheitsbenachrichtigung: " + LAST, date="Tue, 01 Jul 2025 08:00:10 +0200", client="notes",
         headers=[("Auto-Submitted", "auto-generated"), ("X-Notes-Item", "AutoReply")],
         body="""Ich bin ab 30.06.2025 nicht im Büro und kehre zurück am 14.07.2025.

Eine Antwort auf Ihre Nachricht erhalten Sie nach meiner Rückkehr. In dringenden Fällen wenden Sie sich bitte an die Bezirkshauptmannschaft, Telefon 02732 9025.
""", intent="auto_reply", note="HCL Notes out-of-office with its typical two sentences."),
    mail("ar-06-lux-trilingue.eml", frm=("Tom Reding", "tom.reding@wellerbaach.example"),
         subject="Absence: " + LAST, date="Tue, 01 Jul 2025 08:02:00 +0200", headers=AUTO,
         body="""Ech sinn net am Büro bis den 7. Juli.
Je suis absent jusqu'au 7 juillet.
Ich bin bis zum 7. Juli nicht im Büro.

Tom Reding – Gemeindeverwaltung Wëllerbaach
""", intent="auto_reply", note="Luxembourgish, French and German out-of-office."),
    # --- tickets and mailboxes
    mail("ar-07-kanton-geschaeftskontrolle.eml", frm=("Geschäftskontrolle Kanton Thurgrund", "noreply-gever@kt-thurgrund.example"),
         subject="Eingangsbestätigung GEVER-2025-08817", date="Fri, 06 Jun 2025 10:00:00 +0200",
         headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
         body="""Ihre Eingabe an das Amt für Gesellschaft und Integration wurde im Geschäftsverwaltungssystem unter der Nummer GEVER-2025-08817 registriert. Die zuständige Stelle wird sich bei Ihnen melden. Bitte antworten Sie nicht auf diese automatisch erzeugte Mitteilung.
""", intent="auto_reply", note="A Swiss canton's records management (GEVER) acknowledgement."),
    mail("ar-08-caritas-ticket-ohne-header.eml", frm=("IT-Servicedesk Caritas Weinviertel", "servicedesk@caritas-weinviertel.example"),
         subject="[#CW-44190] Ihre Anfrage ist bei uns eingegangen", date="Mon, 23 Jun 2025 15:01:00 +0200",
         body="""Sehr geehrte Anfragende, sehr geehrter Anfragender,

zu Ihrer Nachricht wurde das Ticket #CW-44190 angelegt. Ein Mitarbeiter des Servicedesks bearbeitet es in der Reihenfolge des Eingangs.

Ihr IT-Servicedesk
""", intent="auto_reply", note="A ticket acknowledgement without auto headers, greeting nobody by name."),
    # --- read receipts and calendar answers
    mdn("ar-09-mdn-outlook-lesebestaetigung.eml", frm=("Gstöttner Franz", "franz.gstoettner@ooe-landesamt.example"),
        subject="Gelesen: " + FORMS, date="Fri, 06 Jun 2025 07:45:00 +0200",
        human="Ihre Nachricht\n\n    An: Gstöttner Franz\n    Betreff: " + FORMS + "\n    Gesendet: Donnerstag, 5. Juni 2025 14:02:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nwurde am Freitag, 6. Juni 2025 07:45:00 gelesen.\n",
        original_id="<forms.gstoettner@vsop.de>", final="franz.gstoettner@ooe-landesamt.example",
        note="Outlook read receipt with the time zone line naming Bern and Wien."),
    mdn("ar-10-mdn-notes.eml", frm=("Sekretariat Departement Soziales", "sekretariat.ds@stadt-birsau.example"),
        subject="Zurückgeschickt: " + NOTICE, date="Tue, 13 May 2025 08:00:00 +0200", client="notes",
        human="Ihr Dokument\n\n    " + NOTICE + "\n\nwurde am 13.05.2025 08:00:00 von Sekretariat Departement Soziales geöffnet.\n",
        original_id="<notice.birsau@vsop.de>", final="sekretariat.ds@stadt-birsau.example",
        ua="HCL Notes 12.0.2", note="HCL Notes read receipt ('wurde ... geöffnet')."),
    ical_reply("ar-11-outlook-mit-vorbehalt.eml", frm=("Andreas Kreuzpointner", "a.kreuzpointner@vg-rottachgrund.example"),
               subject="Mit Vorbehalt angenommen: " + EVENT, date="Mon, 23 Jun 2025 07:55:00 +0200",
               text="Andreas Kreuzpointner hat diese Besprechung mit Vorbehalt angenommen.\n", partstat="TENTATIVE",
               uid="vsop-2025-d8-kreuzpointner", note="Outlook iMIP 'Mit Vorbehalt angenommen' (tentative): a calendar answer, not a pre-registration."),
    # --- bounces
    dsn("bo-01-exchange-at.eml", frm=("Microsoft Outlook", "postmaster@magistrat-ennsfeld.example"),
        subject="Unzustellbar: " + NOTICE, date="Mon, 12 May 2025 09:30:40 +0200",
        human="""Ihre Nachricht an helga.wuerflinger@magistrat-ennsfeld.example konnte nicht übermittelt werden.

Das Postfach helga.wuerflinger wurde im Verzeichnis des Magistrats nicht gefunden. Möglicherweise hat die Empfängerin die Dienststelle gewechselt.

Für Administratoren: 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""", status="5.1.1", recipients=["helga.wuerflinger@magistrat-ennsfeld.example"],
        original=_orig("helga.wuerflinger@magistrat-ennsfeld.example", NOTICE, "Mon, 12 May 2025 09:30:00 +0200"),
        reporting="mail01.magistrat-ennsfeld.example", note="Exchange NDR of an Austrian city administration, reworded."),
    dsn("bo-02-swisscom-like.eml", frm=("Mail Delivery System", "MAILER-DAEMON@mx.bluemail-ch.example"),
        subject="Unzustellbare Nachricht zurückgesendet", date="Mon, 12 May 2025 09:35:00 +0200",
        human="""Dies ist eine Mitteilung des Mailservers mx.bluemail-ch.example.

Ihre Nachricht konnte an die folgende Adresse nicht zugestellt werden. Die Adresse existiert nicht oder ist gesperrt.

  <spitex-aegeri-alt@bluemail-ch.example>
""", status="5.1.1", recipients=["spitex-aegeri-alt@bluemail-ch.example"],
        original=_orig("spitex-aegeri-alt@bluemail-ch.example", NOTICE, "Mon, 12 May 2025 09:30:00 +0200"),
        reporting="mx.bluemail-ch.example", note="A Swiss provider's German DSN."),
    dsn("bo-03-verzoegert.eml", frm=("Mail Delivery Subsystem", "postmaster@vg-rottachgrund.example"),
        subject="Warnung: Zustellung verzögert", date="Fri, 06 Jun 2025 18:02:00 +0200", action="delayed",
        human="""Die Zustellung Ihrer Nachricht an kaemmerei@vg-rottachgrund.example ist seit vier Stunden verzögert. Der Server versucht es weiter bis zu fünf Tage. Sie müssen nichts unternehmen.
""", status="4.4.7", recipients=["kaemmerei@vg-rottachgrund.example"],
        original=_orig("kaemmerei@vg-rottachgrund.example", FORMS, "Fri, 06 Jun 2025 14:00:00 +0200"),
        reporting="relay.vg-rottachgrund.example", note="A delay warning: bounced is []."),
    dsn("bo-04-postfach-voll.eml", frm=("Mailer-Daemon", "mailer-daemon@mx.italpost-bz.example"),
        subject="Undelivered Mail / Mancata consegna", date="Thu, 05 Jun 2025 14:09:00 +0200",
        human="""Mancata consegna – Zustellung fehlgeschlagen

Casella piena / Postfach voll: sozialsprengel.eggen@italpost-bz.example
""", status="5.2.2", recipients=["sozialsprengel.eggen@italpost-bz.example"],
        original=_orig("sozialsprengel.eggen@italpost-bz.example", FORMS, "Thu, 05 Jun 2025 14:02:00 +0200"),
        reporting="mx.italpost-bz.example", note="An Italian/German mailbox-full report from South Tyrol."),
    dsn("bo-05-gateway-nested.eml", frm=("Mail-Gateway Land", "gateway@ooe-landesamt.example"),
        subject="Zustellbericht", date="Tue, 01 Jul 2025 08:04:00 +0200", nested=True,
        wrapper="Das E-Mail-Gateway des Landes hat die folgende Nachricht nicht zustellen können. Details im Anhang.\n",
        human="Empfänger unbekannt.\n", status="5.1.1",
        recipients=["sozialplanung-alt@ooe-landesamt.example", "e.fuchsberger@ooe-landesamt.example"],
        original=_orig("sozialplanung-alt@ooe-landesamt.example", LAST, "Tue, 01 Jul 2025 08:00:00 +0200"),
        reporting="gw.ooe-landesamt.example", note="A nested gateway report for two recipients."),
    mail("bo-06-ruecklaeufer-text.eml", frm=("Postmaster Gemeinde Pöllerndorf", "postmaster@poellerndorf.example"),
         subject="Rückläufer: " + LAST, date="Tue, 01 Jul 2025 08:10:00 +0200", headers=[("Auto-Submitted", "auto-replied")],
         body="""Ihre Mail an amtsleitung@poellerndorf.example wurde abgewiesen:
Empfänger existiert nicht mehr (Umstellung auf persönliche Adressen).

--- Kopf der ursprünglichen Nachricht ---
From: geschaeftsstelle@vsop.de
To: amtsleitung@poellerndorf.example
Subject: """ + LAST + "\n",
         intent="bounce", bounced=["amtsleitung@poellerndorf.example"], note="A plain-text municipal Rückläufer without a DSN part."),
    # --- bulk
    mail("bu-01-newsletter-at.eml", frm=("Sozialplanung.at Newsletter", "newsletter@sozialplanung-at.example"),
         subject="Newsletter Juni: Fachtagungen, Förderungen, Stellen", date="Wed, 04 Jun 2025 06:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://sozialplanung-at.example/abmelden>"), ("Precedence", "bulk")],
         body="""Termine im Herbst:
– 18.9. Salzburger Pflegeplanungstag
– 25./26.9. VSOP-Jahrestagung, Köln (Voranmeldung beim Veranstalter)
– 9.10. Netzwerktreffen Sozialraum, Linz-Urfahr

Förderaufruf des Sozialministeriums: Einreichfrist 30. Juni.

Sie erhalten diesen Newsletter, weil Sie sich auf sozialplanung-at.example eingetragen haben. Abbestellen: https://sozialplanung-at.example/abmelden
""", intent="bulk", note="An Austrian newsletter listing our event among its dates."),
    mail("bu-02-verband-ch.eml", frm=("Schweizerische Konferenz Sozialplanung", "info@skos-planung.example"),
         subject="Einladung zur Mitgliederversammlung 2025", date="Tue, 20 May 2025 11:00:00 +0200", html=True,
         body="""Liebe Mitglieder

Wir laden Sie herzlich zur Mitgliederversammlung am 12. Juni in Olten-Süd ein. Bitte melden Sie sich bis 5. Juni über unser Formular an.

Traktanden: Jahresbericht, Rechnung, Wahlen.

Sie erhalten diese Nachricht als Mitglied der Konferenz. Keine Mitteilungen mehr? Profil bearbeiten.
""", intent="bulk", note="Another association's general meeting invitation asking to register (bulk, not ours)."),
    mail("bu-03-webinar-bayern.eml", frm=("Kommunal-Akademie Bayern", "events@kommunalakademie-by.example"),
         subject="Webinar: Seniorenpolitische Gesamtkonzepte in kleinen Gemeinden", date="Thu, 22 May 2025 09:00:00 +0200",
         headers=[("List-Id", "<events.kommunalakademie-by.example>")],
         body="""Jetzt kostenfrei anmelden!

Am 3. Juli zeigen drei Bürgermeister, wie kleine Gemeinden ein seniorenpolitisches Gesamtkonzept umsetzen. Dauer 90 Minuten, Teilnahme über den Browser.

Zur Anmeldung: https://kommunalakademie-by.example/webinar/spgk
Abmelden vom Veranstaltungsnewsletter: https://kommunalakademie-by.example/abo
""", intent="bulk", note="A webinar advertisement."),
    mail("bu-04-umfrage-lux.eml", frm=("LISER Umfrage", "umfrage@liser-survey.example"),
         subject="Ihre Meinung zählt: Befragung zur kommunalen Sozialarbeit", date="Tue, 10 Jun 2025 10:00:00 +0200",
         body="""Guten Tag,

im Auftrag des Familienministeriums befragen wir Mitarbeitende der Sozialämter zur Zusammenarbeit mit Planungsstellen. Die Beantwortung dauert etwa 12 Minuten.

Zum Fragebogen: https://liser-survey.example/s/8812

Wenn Sie keine Erinnerungen zu dieser Befragung erhalten möchten, klicken Sie hier.
""", intent="bulk", note="A survey sent to many offices."),
    mail("bu-05-phishing-postfach.eml", frm=("Webmail Administrator", "admin@mail-kontingent.example"),
         subject="Ihr Postfach-Kontingent ist erschöpft", date="Wed, 25 Jun 2025 03:14:00 +0200",
         body="""Sehr geehrter Benutzer,

Ihr E-Mail-Kontingent ist zu 98 % ausgelastet. Eingehende Nachrichten werden ab heute zurückgehalten. Bestätigen Sie Ihr Konto innerhalb von 24 Stunden, um Datenverlust zu vermeiden:

https://mail-kontingent.example/verify

IT-Abteilung
""", intent="bulk", note="Phishing dressed as a quota warning."),
    mail("bu-06-teilnehmerliste.eml", frm=("Event Data Solutions", "sales@eventdata-leads.example"),
         subject="RE: VSOP Jahrestagung 2025 Teilnehmerliste", date="Thu, 17 Jul 2025 16:20:00 +0200",
         body="""Hallo,

wir hätten die verifizierte Kontaktliste der Besucher Ihrer Veranstaltung „VSOP Jahrestagung 2025“ verfügbar – 640 Kontakte mit Name, Funktion, Organisation und E-Mail.

Interessiert? Antworten Sie mit „Ja“ für Preise und ein Muster.

Mit freundlichen Grüßen
Lena Hart
""", intent="bulk", note="The attendee-list scam in German."),
    mail("bu-07-hotel-angebot.eml", frm=("Hotel am Rheinbogen", "reservierung@hotel-rheinbogen.example"),
         subject="Sonderkontingent für Ihre Tagung im September", date="Mon, 16 Jun 2025 11:00:00 +0200", html=True,
         body="""Sehr geehrte Damen und Herren,

für Ihre Tagungsgäste vom 24. bis 26. September halten wir ein Kontingent von 30 Zimmern zum Sonderpreis ab 119 € bereit. Buchung mit dem Stichwort „Sozialplanung“.

Ihr Team vom Hotel am Rheinbogen
Diese Information erhalten Sie als Geschäftskontakt. Abmeldung jederzeit per Mail an abmeldung@hotel-rheinbogen.example.
""", intent="bulk", note="A hotel's sales offer to the organiser."),
]
