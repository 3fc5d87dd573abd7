"""DEVELOPMENT set 5: more cancellations, questions and other mails, and machines (part 2).
Written apart (README.md); measured once before any tuning on it."""

from d5_quote import SUBJECTS, outlook
from make_corpus import mail

INFO = SUBJECTS["info"]
PROG = SUBJECTS["programm"]
W1 = "Montag, 7. April 2025 09:30"

MAILS = [
    mail("ca-h08-gruppenmitglied-sagt-selbst-ab.eml",
         frm=("Paul Kremers", "paul.kremers@awo-niederrhein-sued.example"),
         subject="Absage Paul Kremers (AWO Niederrhein-Süd)", date="Mon, 04 Aug 2025 08:15:00 +0200",
         body="""Hallo,

leider muss ich meine Teilnahme absagen, die Kinderbetreuung hat sich nicht regeln lassen. Frau Demirtaş kommt weiterhin.

Bitte die Rechnung entsprechend anpassen.

Gruß
Paul Kremers
AWO Unterbezirk Niederrhein-Süd, Fachbereich Migration
""",
         intent="cancellation", name="Paul Kremers",
         organization="AWO Unterbezirk Niederrhein-Süd, Fachbereich Migration",
         questions=1,
         note="One of a group of two cancels himself, the other stays; a change of the joint invoice asked for (counts as a question)."),

    mail("ca-h09-landesamt-formal-passiv.eml",
         frm=("Hinrichs, Okka", "okka.hinrichs@ljs-niedersachsen.example"),
         subject="Jahrestagung 2025 – Rücknahme der Vormerkung", client="notes", date="Mon, 26 May 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

aus dienstlichen Gründen wird die Vormerkung der Unterzeichnenden zurückgenommen.

Mit freundlichen Grüßen
Im Auftrag
Okka Hinrichs
Landesamt für Jugend und Soziales
""",
         intent="cancellation", name="Okka Hinrichs", organization="Landesamt für Jugend und Soziales",
         note="Withdrawal in the passive ('wird die Vormerkung der Unterzeichnenden zurückgenommen')."),

    mail("qu-h12-einladung-fuer-dienstreiseantrag.eml",
         frm=("Detlef Hagenbeck", "d.hagenbeck@stadt-brakel-sued.example"),
         subject="Einladungsschreiben für Dienstreiseantrag", date="Tue, 13 May 2025 10:10:00 +0200",
         body="""Hallo Frau Terhorst,

für den Dienstreiseantrag braucht unser Personalamt ein offizielles Einladungsschreiben mit Briefkopf, nicht nur die Mail. Könnten Sie mir so etwas ausstellen, auf meinen Namen?

Gruß
Detlef Hagenbeck
Stadt Brakel-Süd, Sozialamt
""",
         intent="question", questions=1, name="Detlef Hagenbeck", organization="Stadt Brakel-Süd, Sozialamt",
         note="Asks for an official invitation letter on letterhead (a person writes it)."),

    mail("qu-h13-noch-plaetze-frei.eml",
         frm=("Vesna Marković", "vesna.markovic@stadt-oberkirchen.example"),
         subject="Sind noch Plätze frei?", client="iphone", date="Mon, 07 Jul 2025 12:40:00 +0200",
         body="""Hallo, ich habe die Frist verpasst – gibt es noch freie Plätze, und kann ich mich jetzt noch anmelden?

Vesna Marković
Stadt Oberkirchen, Sozialplanung

Von meinem iPhone gesendet
""",
         intent="question", questions=1, name="Vesna Marković", organization="Stadt Oberkirchen, Sozialplanung",
         note="After the deadline: asks whether places are left; she does not register (a person answers)."),

    mail("ot-h04-interne-mail-fehlgeleitet.eml",
         frm=("Heinz-Georg Pohlmann", "hg.pohlmann@kreis-eiderland.example"),
         subject="AW: " + INFO, client="outlook", date="Tue, 08 Apr 2025 08:05:00 +0200",
         body="""Hallo Finn,

schau mal, das wär was für dich – frag aber vorher die Frau Lassen wegen der Kosten. Wir reden Donnerstag.

HG

""" + outlook("info", W1, "Pohlmann, Heinz-Georg"),
         intent="other", name="Heinz-Georg Pohlmann",
         note="An internal note meant for a trainee, sent to the office by 'Antworten' instead of 'Weiterleiten': nobody registers (other)."),

    mail("ar-h12-html-abwesend-grosse-signatur.eml",
         frm=("Lutz Grabowski", "lutz.grabowski@ba-spreebogen.berlin.example"),
         subject="Automatische Antwort: " + PROG, date="Tue, 03 Jun 2025 10:15:50 +0200",
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, OOF, AutoReply")],
         html_only=True,
         html="""<html><body><p>Sehr geehrte Damen und Herren,</p>
<p>vielen Dank für Ihre E-Mail. Bis einschließlich 13.06.2025 bin ich im Urlaub. Nach meiner Rückkehr kümmere ich mich um Ihr Anliegen.</p>
<p>Mit freundlichen Grüßen<br>Lutz Grabowski<br>Bezirksamt Spreebogen von Berlin<br>Abteilung Soziales und Bürgerdienste</p>
<p style="font-size:8pt;color:#888">Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.</p></body></html>
""",
         intent="auto_reply", note="HTML-only out-of-office to the programme mail, with a signature."),

    mail("ar-h13-zammad-jobcenter.eml",
         frm=("Jobcenter Talaue – Kundenservice", "service@jobcenter-talaue.example"),
         subject="[Ticket#2025041410000123] Eingangsbestätigung – " + INFO, date="Mon, 07 Apr 2025 09:40:00 +0200",
         headers=[("X-Loop", "service@jobcenter-talaue.example")],
         body="""Vielen Dank für Ihre Nachricht.

Ihr Anliegen wurde unter der oben genannten Ticketnummer erfasst und wird schnellstmöglich bearbeitet. Bitte geben Sie die Ticketnummer bei Rückfragen an.

Ihr Kundenservice
""",
         intent="auto_reply", note="A ticket system's acknowledgement (only X-Loop, no Auto-Submitted)."),

    mail("bu-h08-landesamt-statistik-newsletter.eml",
         frm=("Landesamt für Statistik", "newsletter@statistik-land.example"),
         subject="Neu: Kreisdaten Armutsgefährdung 2024 – jetzt online", date="Thu, 15 May 2025 09:00:00 +0200",
         html=True,
         body="""Sehr geehrte Abonnentinnen und Abonnenten,

ab sofort stehen die Ergebnisse zur Armutsgefährdung auf Kreisebene für 2024 in unserer Datenbank bereit.

Zur Datenbank: https://statistik-land.example/kreisdaten

Diesen Newsletter abbestellen: https://statistik-land.example/newsletter/abmelden
""",
         intent="bulk", note="A statistics office's newsletter, recognisable by its footer only (no List-* headers)."),
]
