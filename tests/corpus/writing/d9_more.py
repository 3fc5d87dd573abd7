"""DEVELOPMENT set 9: a second batch of border cases (pre-registrations with 'wenn ja', a
forward of a colleague's tip, a scanned form, 'as before', cancellations said as outcomes,
a German calendar decline, a ticket echo in English)."""

from d9_quote import PROG_EN, REM_DE, outlook_en, p, programme_en
from make_corpus import OFFICE, dsn, ical_reply, mail, scanned_pdf

EVENT = "VSOP-Jahrestagung 2025"

MAILS = [
    p("v19-wenn-ja-bis-wann.eml", ("Annika Strothmann", "a.strothmann@stadt-moerlingen.example"),
      "Tagung Köln", "Mon, 12 May 2025 09:20:00 +0200", """Guten Tag,

ich hätte großes Interesse an der Tagung und bitte um eine Vormerkung. Bis wann müsste ich mich dann verbindlich melden, und geht das auch ohne das Formular, einfach per Mail?

Freundliche Grüße
Annika Strothmann
Stadt Mörlingen, Amt für Familie und Soziales
""", client="outlook", org="Stadt Mörlingen, Amt für Familie und Soziales", questions=2,
      intent="pre_registration", note="A pre-registration asking two questions about the binding step (the deadline is in the announcement, a person answers)."),
    p("v20-weiterleitung-kollege.eml", ("Jannik Brodersen", "j.brodersen@kreis-schleiufer.example"),
      "WG: Tipp: Jahrestagung Sozialplanung", "Tue, 13 May 2025 11:00:00 +0200", """Hallo,

mein Kollege hat mir das unten weitergeleitet – hab Interesse, bitte für mich vormerken.

Jannik Brodersen
Kreis Schleiufer, Fachdienst Jugend

-----Ursprüngliche Nachricht-----
Von: Hauke Matthiesen <h.matthiesen@kreis-schleiufer.example>
Gesendet: Montag, 12. Mai 2025 16:40
An: Brodersen, Jannik <j.brodersen@kreis-schleiufer.example>
Betreff: Tipp: Jahrestagung Sozialplanung

Moin Jannik, wär das nichts für dich? Anmeldung bis 2. Juni per Mail an die Geschäftsstelle.
Hauke
""", client="outlook", org="Kreis Schleiufer, Fachdienst Jugend", intent="pre_registration",
      note="A forward of a colleague's tip with a one-line pre-registration on top; the colleague is not an attendee."),
    p("v21-team-vier-namen-folgen.eml", ("Silke Harmening", "s.harmening@region-wesertal.example"),
      "Vorläufige Anmeldung Team Sozialplanung (4 Personen)", "Wed, 14 May 2025 14:00:00 +0200", """Hallo,

wir wären gern mit dem ganzen Team dabei, also vier Personen. Bitte halten Sie uns vorerst vier Plätze frei; die Namen schicke ich, sobald klar ist, wer fahren darf.

Viele Grüße
Silke Harmening
Region Wesertal | Team Sozialplanung
""", org="Region Wesertal, Team Sozialplanung", persons=4, intent="pre_registration",
      note="Four places held, names to follow: persons 4 without people."),
    p("e15-us-save-seat.eml", ("Marcus Bell", "mbell@cityofhollins.example"),
      "Save me a seat?", "Thu, 15 May 2025 10:00:00 -0400", """Hi,

Please save me a seat for Cologne - I'll confirm once my travel authorization comes through. I'm with the City of Hollins, Office of Community Planning.

Thanks so much,
Marcus Bell
""", organization="City of Hollins, Office of Community Planning", intent="pre_registration", en=True,
      note="'Save me a seat?' in the subject is a request, not a question; organisation in a sentence."),
    p("e16-ni-provisional-airport.eml", ("Ciara McAllister", "ciara.mcallister@mournevalley.gov.example"),
      "Provisional list", "Fri, 16 May 2025 12:30:00 +0100", """Hello,

Could you add my name to the provisional list for September? And what's the best airport to fly into - Cologne/Bonn or Düsseldorf?

Kind regards,
Ciara McAllister
Community Planning Officer
Mourne Valley District Council
""", client="outlook", org="Mourne Valley District Council", questions=1, intent="pre_registration", en=True,
      note="Northern Ireland: 'Could you add my name ...?' is the action, the airport question rides along."),
    p("e17-quebec-two.eml", ("Isabelle Gagnon", "i.gagnon@ville-sainte-odile.example"),
      "pre-registration for me and a colleague", "Mon, 19 May 2025 09:00:00 -0400", """Hello,

I would like to pre-register for the conference, and my colleague Julien Bouchard too. We are both from the same service as Marc-André Tremblay, who already wrote to you.

Regards,
Isabelle Gagnon
Ville de Sainte-Odile, Service du développement social
""", org="Ville de Sainte-Odile, Service du développement social", persons=2, people=["Julien Bouchard"],
      intent="pre_registration", en=True,
      note="Two persons; a third person named only as a reference (not part of this mail's persons)."),
    p("r19-scan-formular.eml", ("Serkan Aydın", "serkan.aydin@stadt-moerlingen.example"),
      "Anmeldeformular unterschrieben", "Tue, 01 Jul 2025 08:10:00 +0200", """Guten Morgen,

anbei das unterschriebene Formular als Scan. Ich melde mich damit verbindlich an.

Mit freundlichen Grüßen
Serkan Aydın
Stadt Mörlingen
""", client="outlook", organization="Stadt Mörlingen",
      attachments=[("Scan_20250701_0809.pdf", "application/pdf", scanned_pdf("Scan_20250701_0809"))],
      intent="registration", missing_unknown=True, needs_human=True,
      note="A scanned form nobody can read by machine: binding, but what it says is unknown (missing left out, needs a human)."),
    p("r20-as-before.eml", ("Owain Pritchard", "owain.pritchard@easthaven.gov.example"),
      "RE: " + PROG_EN, "Wed, 02 Jul 2025 16:00:00 +0100", """Yes please - make mine binding too. Invoice details as before.

Owain
""" + outlook_en("01 July 2025 09:00", PROG_EN, "Pritchard, Owain", programme_en("Owain Pritchard")),
      client="outlook", name="Owain Pritchard", intent="registration", en=True,
      note="Binding in one line; 'invoice details as before' gives nothing from this mail alone: both missing."),
    p("r21-trotzdem-verbindlich.eml", ("Elisabeth Ruhnau", "e.ruhnau@amt-kuestenheide.example"),
      "Anmeldung trotz allem", "Thu, 03 Jul 2025 13:40:00 +0200", """Sehr geehrte Damen und Herren,

ehrlich gesagt hat mich die Gebühr erst abgeschreckt, unser Fortbildungsetat ist in diesem Jahr halbiert worden, und die Bahnfahrt aus dem Norden kostet auch. Trotzdem: ich melde mich hiermit verbindlich an, das Thema ist mir zu wichtig.

Rechnungsanschrift:
Amt Küstenheide
Der Amtsvorsteher – Fachbereich Soziales
Dorfstraße 21
25845 Küstenheide

Die Gebühr überweisen wir nach Rechnungseingang.

Mit freundlichen Grüßen
Elisabeth Ruhnau
Amt Küstenheide, Fachbereich Soziales
""", org="Amt Küstenheide, Fachbereich Soziales",
      invoice_address="Amt Küstenheide, Der Amtsvorsteher – Fachbereich Soziales, Dorfstraße 21, 25845 Küstenheide",
      payment_agreement=True, intent="registration",
      note="A complaint about the fee first ('abgeschreckt'), then 'Trotzdem: ich melde mich ... verbindlich an'."),
    p("r22-aus-member-and-not.eml", ("Kylie Tran", "kylie.tran@cityofportmarrin.example"),
      "Registrations - Port Marrin", "Fri, 04 Jul 2025 07:00:00 +1000", """Hi,

Liam Nguyen and I would like to lock in our registrations. Liam's a member (personal membership), I'm not. Please send one invoice to City of Port Marrin, Accounts Payable, PO Box 410, Port Marrin QLD 4870, Australia - we pay all invoices within 30 days.

Cheers,
Kylie Tran
Social Planning, City of Port Marrin
""", client="android", org="Social Planning, City of Port Marrin", member=False, persons=2,
      people=["Liam Nguyen"], people_members=[True],
      invoice_address="City of Port Marrin, Accounts Payable, PO Box 410, Port Marrin QLD 4870, Australia",
      payment_agreement=True, intent="registration", en=True,
      note="'lock in our registrations' for two with membership per person (the colleague is, the sender is not)."),
    p("r23-bestaetige-voranmeldung.eml", ("Bettina Hülsmann", "b.huelsmann@lk-wiehenrand.example"),
      "Voranmeldung wird verbindlich", "Mon, 30 Jun 2025 10:00:00 +0200", "", html_only=True,
      html="""<html><body><div>Guten Tag,</div><div><br></div><div>hiermit bestätige ich meine Voranmeldung als verbindliche Anmeldung. Rechnung bitte an den Landkreis Wiehenrand, Sozialamt, Kreishausstraße 4, 32312 Wiehenrand. Angewiesen wird der Betrag, sobald die Rechnung vorliegt.</div><div><br></div><div>Freundliche Grüße</div><div>Bettina Hülsmann</div><div>Landkreis Wiehenrand – Sozialamt</div></body></html>
""", organization="Landkreis Wiehenrand, Sozialamt",
      invoice_address="Landkreis Wiehenrand, Sozialamt, Kreishausstraße 4, 32312 Wiehenrand", payment_agreement=True,
      intent="registration", note="HTML-only (div lines), 'bestätige meine Voranmeldung als verbindliche Anmeldung', payment 'angewiesen' once the invoice is there."),
    p("r24-romanian.eml", ("Andreea Popescu", "andreea.popescu@primaria-dealu-mare.example"),
      "confirmation of participation", "Tue, 01 Jul 2025 12:00:00 +0300", """Dear team,

I confirm my participation at the conference, this is my binding registration. Please make the invoice on: Primaria Dealu Mare, Social Assistance Directorate, Str. Unirii 3, 107190 Dealu Mare, Romania. We will pay by bank transfer after we receive the invoice. I am not member.

Kind regards,
Andreea Popescu
Primaria Dealu Mare - Social Assistance Directorate
""", org="Primaria Dealu Mare, Social Assistance Directorate", member=False,
      invoice_address="Primaria Dealu Mare, Social Assistance Directorate, Str. Unirii 3, 107190 Dealu Mare, Romania",
      payment_agreement=True, intent="registration", en=True, note="Romanian English, complete, not a member."),
    p("q12-discount-three.eml", ("Owain Pritchard", "owain.pritchard@easthaven.gov.example"),
      "Group rate?", "Tue, 20 May 2025 10:00:00 +0100", """Hi,

If three of us from Easthaven book, is there any group discount? Otherwise we may only send two.

Thanks,
Owain Pritchard
Easthaven Borough Council
""", client="outlook", org="Easthaven Borough Council", intent="question", questions=1, en=True,
      note="'If three of us ... book': a hypothetical booking inside a question about a group rate."),
    p("q13-zuruecknehmen.eml", ("Annika Strothmann", "a.strothmann@stadt-moerlingen.example"),
      "Rücktritt möglich?", "Thu, 26 Jun 2025 15:00:00 +0200", """Hallo,

bevor ich das Formular schicke: Kann ich eine verbindliche Anmeldung noch zurückziehen, falls mein Antrag auf Dienstreise doch abgelehnt wird, und fallen dann Kosten an?

Annika Strothmann
""", intent="question", questions=1,
      note="Asks about withdrawing before registering: no cancellation, no registration."),
    p("c09-wird-nichts.eml", ("Jannik Brodersen", "j.brodersen@kreis-schleiufer.example"),
      "Köln wird nix", "Wed, 16 Jul 2025 08:00:00 +0200", """Moin,

aus Köln wird bei mir leider nichts, die Elternzeit beginnt früher als gedacht. Den vorgemerkten Platz kann jemand anders haben.

Jannik
""", client="iphone", name="Jannik Brodersen", intent="cancellation",
      note="'aus Köln wird ... nichts' and 'den Platz kann jemand anders haben': a cancellation without the word."),
    p("c10-aus-wont-make-it.eml", ("Kylie Tran", "kylie.tran@cityofportmarrin.example"),
      "Re: Registrations - Port Marrin", "Mon, 01 Sep 2025 06:30:00 +1000", """Hi,

Unfortunately I won't make it after all - family stuff. Liam is still coming. Can you take me off the list and adjust the invoice?

Cheers,
Kylie
""", client="android", name="Kylie Tran", intent="cancellation", en=True, questions=1,
      note="Cancels herself only (her colleague still comes); adjusting the invoice is a change for staff (one question)."),
    ical_reply("m12-abgelehnt-outlook.eml", frm=("Serkan Aydın", "serkan.aydin@stadt-moerlingen.example"),
               subject="Abgelehnt: " + EVENT, date="Tue, 23 Sep 2025 07:30:00 +0200",
               text="Serkan Aydın hat diese Besprechung abgelehnt.\n", partstat="DECLINED", uid="vsop-2025-aydin",
               note="German Outlook calendar decline: a machine's answer, not a cancellation mail."),
    mail("m13-ticket-echo-en.eml", frm=("Bayfield Region Service Desk", "help@bayfield-region.example"),
         subject="[#BR-77310] " + PROG_EN, date="Tue, 17 Jun 2025 09:16:00 -0400",
         body="""Hello,

Thank you for contacting Bayfield Region. A member of our team will look at your request shortly. Here is what we received:

> Thank you for pre-registering for VSOP-Jahrestagung 2025. We have reserved a place for you.
> Please return the completed registration form by 4 July 2025.

To add comments, reply to this message and keep the ticket number in the subject.
Bayfield Region Service Desk
""", intent="auto_reply",
         note="A service desk echoing the office's text without an auto header: a machine (no person writes)."),
    dsn("b07-exchange-unzustellbar.eml", frm=("Microsoft Outlook", "postmaster@lk-wiehenrand.example"),
        subject="Unzustellbar: " + REM_DE, date="Mon, 23 Jun 2025 09:00:30 +0200",
        human="""Die Nachricht konnte nicht an folgenden Empfänger übermittelt werden:

sozialamt-alt@lk-wiehenrand.example
Das Postfach wurde deaktiviert.
""", status="5.2.1", recipients=["sozialamt-alt@lk-wiehenrand.example"],
        original=(f"From: VSOP e.V. Geschäftsstelle <{OFFICE}>\nTo: sozialamt-alt@lk-wiehenrand.example\nSubject: {REM_DE}\n\n"
                  + "Guten Tag,\n\nfür Sie ist bei der VSOP-Jahrestagung 2025 ein Platz vorgemerkt, die verbindliche\n"
                  "Anmeldung fehlt aber noch. Bitte schicken Sie uns das Formular bis zum 04.07.2025.\n"),
        reporting="EX01.lk-wiehenrand.example",
        note="A German Exchange NDR for a disabled mailbox, the reminder inside."),
    mail("k08-newsletter-dear-en.eml", frm=("Social Planning Network", "hello@socialplanning-network.example"),
         subject="Dear Jutta, your monthly digest", date="Wed, 04 Jun 2025 06:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://socialplanning-network.example/u/9f2>")], html=True,
         body="""Dear Jutta,

Here's what happened in the network this month: three new case studies, a webinar on small-area data, and a reminder that our members' forum is open.

See you online,
The Social Planning Network team

You're getting this because you signed up at socialplanning-network.example. Unsubscribe
""", intent="bulk", note="An English newsletter with a personal greeting."),
    p("x04-postfach-aufgeloest.eml", ("Hauke Matthiesen", "h.matthiesen@kreis-schleiufer.example"),
      "Bitte keine Einladungen mehr an diese Adresse", "Mon, 02 Jun 2025 09:00:00 +0200", """Hallo,

bitte schicken Sie an diese Adresse keine Einladungen mehr, das Funktionspostfach wird zum Monatsende aufgelöst.

Gruß
H. Matthiesen
""", name="Hauke Matthiesen", intent="opt_out",
      note="An opt-out for a mailbox being closed: said politely, without 'abmelden'."),
    mail("k09-conference-app.eml", frm=("EventFlow", "noreply@eventflow-app.example"),
         subject="Your agenda for Social Policy Summit Brussels is ready", date="Mon, 15 Sep 2025 08:00:00 +0200",
         headers=[("List-Unsubscribe", "<https://eventflow-app.example/unsub>"), ("Auto-Submitted", "auto-generated")],
         html=True, body="""Hi there,

Your personal agenda for Social Policy Summit is ready. Download the app to check in, book sessions and meet other attendees.

EventFlow - manage your notifications
""", intent="bulk", note="An event app's mail about another event: bulk."),
]
