"""DEVELOPMENT set 11: a person's mail that is not for the registration desk (`other`:
thanks, a contact person changed, a private note, a press enquiry, accounts asking about
something else, a speaker's travel, a cooperation offer), and opt-outs worded every way
(Verteiler, Einladungen, 'nicht mehr zuständig', 'abmelden' from the circular, a DSGVO
objection, English 'unsubscribe'), set against each other and against cancellations."""

from d11_quote import CIRC, apple, circular, ol_de, p, tb

OTHER = dict(intent="other")
OPT = dict(intent="opt_out")

MAILS = [
    # --- other: a person's mail, not for the registration desk
    p("o01-dank-vorjahr.eml", ("Hedda Rathjen", "hedda.rathjen@kreis-schwansen.example"),
      "Nachklapp Erfurt", "Mon, 05 May 2025 09:00:00 +0200", """Liebe Frau Ohlrogge,

ich wollte Ihnen noch einmal sagen, wie sehr mir die Tagung im letzten Herbst geholfen hat. Die Idee mit den Sozialraumprofilen haben wir inzwischen im Kreistag vorgestellt, und sie kam gut an. Richten Sie das gern auch dem Vorbereitungskreis aus.

Herzliche Grüße
Hedda Rathjen
Kreis Schwansen-Förde
Stabsstelle Planung und Controlling
""", org="Kreis Schwansen-Förde, Stabsstelle Planung und Controlling", **OTHER,
      note="A thank-you for last year's event: nothing to register or answer automatically."),
    p("o02-neue-ansprechperson.eml", ("Gerrit Oltmanns", "gerrit.oltmanns@lk-jadekueste.example"),
      "Wechsel der Ansprechperson", "Tue, 06 May 2025 11:15:00 +0200", """Sehr geehrte Damen und Herren,

Frau Iben Hinrichs hat zum 1. Mai den Landkreis verlassen. Für die Mitgliedschaft des Landkreises Jadeküste bin ab sofort ich Ihr Ansprechpartner. Bitte ändern Sie Ihre Unterlagen entsprechend.

Mit freundlichen Grüßen
Gerrit Oltmanns
Landkreis Jadeküste
Amt für Soziales und Senioren
""", org="Landkreis Jadeküste, Amt für Soziales und Senioren", questions=1, **OTHER,
      note="A new contact person for the membership asking to update the records: other with one request (as dev10)."),
    p("o03-private-notiz.eml", ("Inken Suhr", "inken.suhr@hansestadt-ruegenow.example"),
      "Grüße!", "Wed, 07 May 2025 18:45:00 +0200", """Hallo Wiebke,

nur ganz privat: Ich habe gehört, dass du jetzt bei euch in der Geschäftsstelle sitzt – wie schön! Wir haben ja damals zusammen in Greifswald studiert. Vielleicht laufen wir uns in Köln über den Weg.

Liebe Grüße
Inken
""", name="Inken Suhr", **OTHER,
      note="A private note to the staff member; 'vielleicht in Köln' registers nothing."),
    p("o04-presseanfrage.eml", ("Jonte Behrens", "j.behrens@ostseebote.example"),
      "Presseanfrage Jahrestagung", "Thu, 08 May 2025 10:30:00 +0200", """Guten Tag,

ich schreibe für den Ostseeboten eine Serie über kommunale Sozialplanung im Norden. Wäre jemand aus Ihrem Vorstand zu einem kurzen Telefoninterview bereit, gern vor der Tagung im September?

Mit freundlichen Grüßen
Jonte Behrens
Redaktion Land und Leute
Ostseebote
""", org="Redaktion Land und Leute, Ostseebote", questions=1, **OTHER,
      note="A press enquiry asking for the board's time: other with one question (as dev9's invitation to speak). The unit above the body kept in the written order (dev9's decision)."),
    p("o05-kasse-mitgliedsbeitrag.eml", ("Heike Köster", "kasse@amt-probstei-ost.example"),
      "Mitgliedsbeitrag 2025 – Zahlungseingang", "Fri, 09 May 2025 08:20:00 +0200", """Sehr geehrte Damen und Herren,

für den Mitgliedsbeitrag 2025 liegt uns Ihre Rechnung Nr. 2025-0117 vor. Der Betrag wurde am 30.04. angewiesen. Sollte der Eingang bei Ihnen noch nicht verbucht sein, teilen Sie uns das bitte mit.

Mit freundlichen Grüßen
Heike Köster
Amt Probstei-Ost
Amtskasse
""", org="Amt Probstei-Ost, Amtskasse", **OTHER,
      note="The Amtskasse about the membership fee (not the conference): other. 'teilen Sie uns das bitte mit' only if something is wrong: no question."),
    p("o06-referent-reise.eml", ("Sönke Matthiesen", "soenke.matthiesen@uni-foerdestadt.example", "Prof. Dr."),
      "Anreise Vortrag 25.9.", "Mon, 12 May 2025 14:00:00 +0200", """Liebe Frau Ohlrogge,

zur Planung meines Vortrags: Ich reise am 24.9. abends mit dem Zug an und habe im Hotel am Dom gebucht. Die Rechnung für die Bahnfahrt schicke ich nach der Tagung an Sie, wie mit Herrn Dr. Albers besprochen. Einen Beamer und einen HDMI-Anschluss bräuchte ich.

Herzliche Grüße
Sönke Matthiesen
Universität Förderstadt
Institut für Sozialpolitik
""", org="Universität Förderstadt, Institut für Sozialpolitik", **OTHER,
      note="A speaker's travel arrangements: not for the registration desk; 'bräuchte ich' states a need, no question."),
    p("o07-kooperation.eml", ("Birte Lorenzen", "b.lorenzen@paritaet-nordkueste.example"),
      "Idee für eine Kooperation", "Tue, 13 May 2025 12:45:00 +0200", """Hallo Frau Ohlrogge,

wir vom Paritätischen an der Nordküste planen für 2026 eine Fachtagung zur Teilhabeplanung und fänden eine gemeinsame Veranstaltung mit dem VSOP reizvoll. Vielleicht mögen Sie das einmal im Vorstand ansprechen; ich würde mich über eine Rückmeldung freuen.

Viele Grüße
Birte Lorenzen
Der Paritätische Nordküste
Referat Eingliederungshilfe
""", org="Der Paritätische Nordküste, Referat Eingliederungshilfe", questions=1, **OTHER,
      note="A partner proposing a cooperation (a person's mail, not a circular): other with one request for the board."),
    p("o08-hinweis-ohne-frage.eml", ("Ove Thomsen", "ove.thomsen@stadt-kogghafen.example"),
      "Tippfehler im Programm", "Wed, 18 Jun 2025 09:30:00 +0200", """Moin,

nur zur Info: Im Programm steht beim Forum 3 „Teilhabeplanug“. Wollte ich nur gesagt haben.

Ove Thomsen
Stadt Kogghafen
""", org="Stadt Kogghafen", **OTHER, note="A remark that asks nothing: other, not a question."),
    p("o09-feedback-rhetorisch.eml", ("Frerk Janssen", "frerk.janssen@lk-friesische-wehde.example"),
      "Ihr Rundbrief", "Thu, 12 Jun 2025 16:00:00 +0200", """Moin Frau Ohlrogge,

schöner Rundbrief! Warum macht das eigentlich nicht jeder Verband so knapp? Weiter so.

Frerk Janssen
Landkreis Friesische Wehde
""" + tb("11.06.2025 um 16:02", circular()), client="thunderbird", org="Landkreis Friesische Wehde", **OTHER,
      note="Feedback on the circular with a rhetorical question; the quoted circular mentions the opt-out and places: other."),
    p("o10-infos-weitergegeben.eml", ("Hella Brodtmann", "h.brodtmann@awo-altmark.example"),
      "Ankündigung weitergegeben", "Fri, 16 May 2025 10:10:00 +0200", """Liebe Geschäftsstelle,

ich habe Ihre Ankündigung an unsere Teams in Stendal-Nord und Osterburg-Land weitergegeben. Wer Interesse hat, meldet sich direkt bei Ihnen.

Freundliche Grüße
Hella Brodtmann
AWO Kreisverband Altmark e. V.
Bereich Kinder, Jugend und Familie
""", org="AWO Kreisverband Altmark e. V., Bereich Kinder, Jugend und Familie", **OTHER,
      note="Information given without asking; others will register themselves."),
    p("o11-rechnung-falsche-adresse.eml", ("Karsten Ehlers", "rechnungseingang@bezirksamt-elbwerder.example"),
      "Ihre Rechnung 2025-0233 – Rücksendung", "Mon, 04 Aug 2025 09:00:00 +0200", """Sehr geehrte Damen und Herren,

die beigefügte Rechnung ist bei uns falsch eingegangen: Sie betrifft den Fachbereich Stadtplanung des Bezirksamts Hafenkamp, nicht das Bezirksamt Elbwerder. Wir senden sie daher zurück und haben sie in unserem System storniert.

Mit freundlichen Grüßen
Karsten Ehlers
Freie und Hansestadt Hamburg
Bezirksamt Elbwerder
Zentraler Rechnungseingang
""", org="Freie und Hansestadt Hamburg, Bezirksamt Elbwerder, Zentraler Rechnungseingang", **OTHER,
      note="An invoice office returning an invoice sent to the wrong authority (about another body's publication order): other."),
    p("o12-stellenanzeige.eml", ("Maren Stöver", "m.stoever@lk-altmark-nord.example"),
      "Bitte um Veröffentlichung – Stellenausschreibung", "Tue, 20 May 2025 13:30:00 +0200", """Sehr geehrte Damen und Herren,

der Landkreis Altmark-Nord sucht zum 1. Oktober eine Sozialplanerin oder einen Sozialplaner (E 11 TVöD). Ich würde mich freuen, wenn Sie die beigefügte Ausschreibung in Ihrem nächsten Rundbrief aufnehmen könnten.

Mit freundlichen Grüßen
Maren Stöver
Landkreis Altmark-Nord
Personalamt
""", org="Landkreis Altmark-Nord, Personalamt", questions=1, **OTHER,
      note="A person asks the office to publish a job advert (one request for staff); it is not itself mass mail."),
    p("o13-eigene-einladung-einzeln.eml", ("Wenke Voigt", "wenke.voigt@kreis-nordstrand.example"),
      "Einladung zu unserem Planungsforum – persönlich", "Wed, 21 May 2025 08:50:00 +0200", """Liebe Frau Ohlrogge,

am 3. Juli veranstalten wir in Husumer Koog unser Planungsforum Nord. Ich würde mich sehr freuen, wenn jemand vom VSOP ein kurzes Grußwort hält – können Sie mir sagen, wer dafür in Frage käme?

Herzliche Grüße
Wenke Voigt
Kreis Nordstrand-Eider
Fachdienst Sozialplanung
""", org="Kreis Nordstrand-Eider, Fachdienst Sozialplanung", questions=1, **OTHER,
      note="A PERSONAL invitation to give a welcome address (one reader, a question): other. Compare k04, the same event's invitation sent to a list (bulk)."),
    p("o14-art15-auskunft.eml", ("Lutz Harder", "lutz.harder@posteo.example"),
      "Auskunftsersuchen nach Art. 15 DSGVO", "Thu, 22 May 2025 19:00:00 +0200", """Sehr geehrte Damen und Herren,

gemäß Art. 15 DSGVO bitte ich um Auskunft, welche personenbezogenen Daten Sie über mich gespeichert haben, woher Sie diese erhalten haben und an wen sie weitergegeben wurden.

Mit freundlichen Grüßen
Lutz Harder
Bremerwarft
""", questions=1, **OTHER,
      note="An access request (Art. 15): other (dev5's convention), not an opt-out; no deletion or objection asked."),
    # --- opt-outs worded every way
    p("u01-aus-verteiler.eml", ("Gerda Westphal", "g.westphal@amt-geestland-sued.example"),
      "Verteiler", "Fri, 23 May 2025 10:00:00 +0200", """Guten Tag,

bitte nehmen Sie mich aus Ihrem Mailverteiler heraus. Danke.

Gerda Westphal
Amt Geestland-Süd
""", org="Amt Geestland-Süd", **OPT, note="Plain opt-out request."),
    p("u02-keine-einladungen.eml", ("Broder Paulsen", "broder.paulsen@gemeinde-lunden-koog.example"),
      "Einladungen", "Mon, 26 May 2025 07:40:00 +0200", """Moin,

ich möchte künftig keine Einladungen zu Ihren Veranstaltungen mehr bekommen. Wir sind eine kleine Gemeinde ohne Sozialplanung.

Broder Paulsen
Bürgermeister
Gemeinde Lunden-Koog
""", org="Gemeinde Lunden-Koog", **OPT, note="An opt-out in a sentence without 'Verteiler'; 'Bürgermeister' is a job title."),
    p("u03-nicht-zustaendig.eml", ("Claudia Rickert", "c.rickert@stadt-kogghafen.example"),
      "AW: " + CIRC, "Thu, 12 Jun 2025 11:05:00 +0200", """Ich bin hierfür nicht mehr zuständig. Bitte löschen Sie meine Adresse.

Claudia Rickert
Stadt Kogghafen, Ordnungsamt
""" + ol_de("Mittwoch, 11. Juni 2025 16:02", CIRC, "Rickert, Claudia", circular()), client="outlook",
      org="Stadt Kogghafen, Ordnungsamt", **OPT,
      note="'nicht mehr zuständig, bitte löschen' above the circular: an opt-out (no registration of hers is known)."),
    p("u04-abmelden-rundbrief.eml", ("Reinhard Kühl", "reinhard.kuehl@t-online.example"),
      "Re: " + CIRC, "Thu, 12 Jun 2025 20:30:00 +0200", """abmelden

""" + apple("11.06.2025 um 16:02", circular()), client="apple", name="Reinhard Kühl", **OPT,
      note="One word 'abmelden' above the circular that invites exactly that reply: the mailing list, not the conference."),
    p("u05-dsgvo-widerspruch.eml", ("Ulrike Dethlefsen", "u.dethlefsen@jugendhilfe-eider.example"),
      "Widerspruch gem. Art. 21 DSGVO", "Fri, 13 Jun 2025 09:15:00 +0200", """Sehr geehrte Damen und Herren,

hiermit widerspreche ich der Verwendung meiner E-Mail-Adresse für Werbung und Informationsschreiben gemäß Art. 21 Abs. 2 DSGVO und fordere Sie auf, die Adresse aus allen Verteilern zu löschen.

Ulrike Dethlefsen
Jugendhilfe Eider gGmbH
""", org="Jugendhilfe Eider gGmbH", **OPT, note="A formal DSGVO objection: an opt-out."),
    p("u06-unsubscribe-en.eml", ("Peter Lindqvist", "peter.lindqvist@kommune-graasten.example"),
      "unsubscribe", "Mon, 16 Jun 2025 12:00:00 +0200", """Hi, please unsubscribe me from your newsletter, I don't read German well enough. Thanks!

Peter
""", en=True, name="Peter Lindqvist", **OPT, note="English 'unsubscribe me', signed with the first name only."),
    p("u07-nachfolger-bitte.eml", ("Hartmut Sievers", "h.sievers@lk-uecker-haffland.example"),
      "Adresse streichen", "Tue, 17 Jun 2025 08:45:00 +0200", """Sehr geehrte Damen und Herren,

ich bin seit Monatsbeginn in einer anderen Abteilung und für Sozialplanung nicht mehr verantwortlich. Bitte streichen Sie mich von Ihrer Liste. Meine Nachfolgerin wird sich selbst bei Ihnen melden.

Mit freundlichen Grüßen
Hartmut Sievers
Landkreis Uecker-Haffland
Dezernat II
""", org="Landkreis Uecker-Haffland, Dezernat II", **OPT,
      note="Not responsible any more, strike me from the list; the successor will write herself: an opt-out, no question."),
    p("u08-werbung-nein.eml", ("Dörte Knudsen", "doerte.knudsen@vhs-jadekueste.example"),
      "Keine Rundmails mehr", "Wed, 18 Jun 2025 14:10:00 +0200", """Hallo,

Ihre Rundmails landen bei uns im Sammelpostfach der VHS und werden von niemandem gelesen. Bitte stellen Sie den Versand an info@ ein.

Dörte Knudsen
VHS Jadeküste
""", org="VHS Jadeküste", **OPT,
      note="Stop the circulars to a shared mailbox: an opt-out in other words ('den Versand einstellen')."),
    p("u09-platt-afmellen.eml", ("Jochen Hinz", "jochen.hinz@amt-treeneland.example"),
      "Rundbreef", "Thu, 19 Jun 2025 10:00:00 +0200", """Moin,

mi bitte ut den Verdeeler rutnehmen, ik bün siet Mai in Pensioon.

Jochen Hinz
""", name="Jochen Hinz", **OPT, note="A Low German opt-out ('ut den Verdeeler rutnehmen')."),
    p("u10-email-geaendert.eml", ("Solveig Hanssen", "solveig.hanssen@diakonie-elbe-altmark.example"),
      "Neue Adresse für Ihre Post", "Fri, 20 Jun 2025 11:30:00 +0200", """Guten Tag,

bitte schicken Sie Ihren Rundbrief künftig nicht mehr an diese Adresse, sondern an solveig.hanssen@elbe-altmark-diakonie.example. Die alte Adresse wird Ende Juli abgeschaltet.

Freundliche Grüße
Solveig Hanssen
Diakonie Elbe-Altmark
""", org="Diakonie Elbe-Altmark", questions=1, **OTHER,
      note="NOT an opt-out: a change of address for the circular ('nicht mehr an diese Adresse, sondern an ...'): other with one request to change a detail (as dev9)."),
]
