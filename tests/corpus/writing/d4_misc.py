"""DEVELOPMENT set 4: questions, cancellations, opt-outs and other human mail. Written apart
(README.md); measured once before any tuning on it."""

from d4_quote import SUBJECTS, gmail, outlook, own
from make_corpus import mail

VORAB = SUBJECTS["vorab"]
UNTER = SUBJECTS["unterlagen"]
BEST = SUBJECTS["bestaetigung"]
W2 = "Mittwoch, 21. Mai 2025 09:00"
W4 = "Montag, 30. Juni 2025 11:00"

MAILS = [
    # --- questions -------------------------------------------------------------------
    mail("qu-g01-android-hotel.eml",
         frm=("Tim Kowalski", "t.kowalski@stadt-emscherbruch.example"),
         subject="Hotel?", client="android", date="Fri, 16 May 2025 12:10:00 +0200",
         body="Gibt's in der Nähe vom Tagungsort ein günstiges Hotel, das Sie empfehlen? Gruß Tim\n\nGesendet von Outlook für Android\n",
         intent="question", questions=1, name="Tim Kowalski",
         note="One mobile line: a hotel question."),

    mail("qu-g02-nur-betreff-fortbildung.eml",
         frm=("Elke Rosendahl", "elke.rosendahl@stadt-tecklenheide.example"),
         subject="Frage: Ist die Tagung als Fortbildung anerkannt?", date="Mon, 19 May 2025 08:30:00 +0200",
         body="",
         intent="question", questions=1, name="Elke Rosendahl",
         note="The question only in the subject, an empty body."),

    mail("qu-g03-amtsdeutsch-umsatzsteuer.eml",
         frm=("Dreckmann, Rolf", "rolf.dreckmann@bezreg-arnsfeld.example"),
         subject="Jahrestagung VSOP 2025; hier: Umsatzsteuer", client="outlook",
         date="Tue, 20 May 2025 10:00:00 +0200",
         body="""Sehr geehrter Herr Overbeck,

für die haushaltsrechtliche Abwicklung wird um Mitteilung gebeten, ob die Teilnahmegebühr der Umsatzsteuer unterliegt.

Im Auftrag
Rolf Dreckmann
""",
         intent="question", questions=1, name="Rolf Dreckmann",
         note="Passive indirect question without '?' ('wird um Mitteilung gebeten, ob ...')."),

    mail("qu-g04-canada-virtual.eml",
         frm=("Marie-Claude Tremblay", "mc.tremblay@riviere-aux-saules.example"),
         subject="Virtual option?", date="Wed, 21 May 2025 16:00:00 -0400",
         body="""Hi,

quick question - is there a virtual option for the second day? I might have to fly back early.

Thanks!
Marie-Claude
""",
         intent="question", language="en", questions=1, name="Marie-Claude Tremblay",
         note="Canadian English: a question about attending online."),

    mail("qu-g05-denglisch-early-bird.eml",
         frm=("Jule Brandenburg", "jule.brandenburg@hs-ruhrtal.example"),
         subject="kurze question", date="Thu, 22 May 2025 11:45:00 +0200",
         body="""Hi Martin,

kurze question: gibt es ein Early-Bird-Ticket für Studis oder ist der Preis fix?

Cheers, Jule
""",
         intent="question", questions=1, name="Jule Brandenburg",
         note="German with English words; a price question (German)."),

    mail("qu-g06-thread-wann-rechnung.eml",
         frm=("Dirk Hülsmann", "dirk.huelsmann@stadt-bergkamen-ost.example"),
         subject="AW: " + BEST, client="outlook", date="Mon, 07 Jul 2025 09:00:00 +0200",
         body="""Guten Morgen Herr Overbeck,

wann dürfen wir mit der Rechnung rechnen? Unsere Kasse möchte den Betrag noch im Juli buchen.

Viele Grüße
Dirk Hülsmann

""" + outlook("bestaetigung", W4, "Hülsmann, Dirk") + "\n"
             + own("Dirk Hülsmann", "Dienstag, 17. Juni 2025 18:00", "Re: " + SUBJECTS["erinnerung"],
                   "Ja, fest. Rechnungsadresse wie in der Signatur, wir zahlen nach Rechnung.\n\nDirk Hülsmann"),
         intent="question", questions=1, name="Dirk Hülsmann",
         note="A question above the quoted confirmation and his own quoted registration (which must not turn this into a registration)."),

    mail("qu-g07-platt-ende-freitag.eml",
         frm=("Hinnerk Pahl", "hinnerk.pahl@amt-warnowniederung.example"),
         subject="Freedag", date="Tue, 01 Jul 2025 14:00:00 +0200",
         body="""Moin,

wo lang geiht dat Programm an'n Freedag? Ick mutt den Zug na Huus kriegen.

Gröten
Hinnerk Pahl
""",
         intent="question", questions=1, name="Hinnerk Pahl",
         note="Low German question about the end of the programme."),

    mail("qu-g08-html-gruppenrabatt.eml",
         frm=("Annegret Vosskuhl", "a.vosskuhl@kreis-hellwegboerde.example"),
         subject="Gruppenrabatt?", client="outlook-web", date="Mon, 26 May 2025 09:50:00 +0200",
         html_only=True,
         html="""<html><body><p>Guten Tag Herr Overbeck,</p>
<p>aus unserem Kreis würden eventuell noch weitere Kolleg:innen mitkommen:</p>
<table border="1"><tr><td>Jugendamt</td><td>2</td></tr><tr><td>Gesundheitsamt</td><td>1</td></tr><tr><td>Jobcenter</td><td>3</td></tr></table>
<p>Gibt es ab sechs Personen einen Gruppenrabatt?</p>
<p>Freundliche Grüße<br>Annegret Vosskuhl</p></body></html>
""",
         intent="question", questions=1, name="Annegret Vosskuhl",
         note="HTML-only with a table of possible further attendees: a discount question, not a registration."),

    mail("qu-g09-weitergeleitet-personalabteilung.eml",
         frm=("Ole Brüggemann", "ole.brueggemann@gemeinde-eggeheide.example"),
         subject="WG: Fortbildungsnachweis", client="outlook", date="Tue, 27 May 2025 13:15:00 +0200",
         body="""Hallo Herr Overbeck,

unsere Personalabteilung möchte wissen (s. u.), ob Sie nach der Tagung eine Teilnahmebescheinigung ausstellen. Können Sie das?

Gruß
Ole Brüggemann

-----Ursprüngliche Nachricht-----
Von: Personal
Gesendet: Dienstag, 27. Mai 2025 11:02
An: Brüggemann, Ole
Betreff: Fortbildungsnachweis

Hallo Herr Brüggemann,
für die Fortbildungsakte brauchen wir nach der Veranstaltung einen Nachweis. Bitte klären Sie das mit dem Veranstalter.
Personalabteilung
""",
         intent="question", questions=1, name="Ole Brüggemann",
         note="A forwarded internal request turned into one question (indirect and direct form of the same)."),

    mail("qu-g10-indian-accommodation.eml",
         frm=("Dr. Ananya Deshpande", "ananya.deshpande@dipa-pune.example"),
         subject="Regarding accommodation", date="Wed, 28 May 2025 10:00:00 +0530",
         body="""Respected Sir,

Kindly let me know whether accommodation will be provided by the organisers or is to be arranged by the participants.

Thanks and regards,
Dr. Ananya Deshpande
""",
         intent="question", language="en", questions=1, name="Ananya Deshpande", title="Dr.",
         note="Indian English indirect question without '?' ('Kindly let me know whether ...')."),

    mail("qu-g11-zwei-fragen-nummeriert.eml",
         frm=("Reinhild Schulte", "reinhild.schulte@gemeinde-eggeheide.example"),
         subject="Zwei Fragen zum Tagungsort", date="Thu, 29 May 2025 08:20:00 +0200",
         body="""Guten Tag,

1. Gibt es am Tagungshaus Parkplätze?
2. Ist der Saal barrierefrei erreichbar? Eine Kollegin nutzt einen Rollstuhl.

Danke und viele Grüße
Reinhild Schulte
""",
         intent="question", questions=2, name="Reinhild Schulte",
         note="Two numbered questions."),

    mail("qu-g12-schwaebisch-ein-tag.eml",
         frm=("Gottlieb Häberle", "gottlieb.haeberle@lra-albvorland.example"),
         subject="Bloß oin Dag?", date="Fri, 30 May 2025 09:00:00 +0200",
         body="""Grüß Gott,

kennet Se mir sage, ob mr au bloß am erschte Dag komme ka?

Schöne Grüß
Gottlieb Häberle
""",
         intent="question", questions=1, name="Gottlieb Häberle",
         note="Swabian question about a one-day visit."),

    # --- cancellations ----------------------------------------------------------------
    mail("ca-g01-android-krank.eml",
         frm=("Tim Kowalski", "t.kowalski@stadt-emscherbruch.example"),
         subject="Absage", client="android", date="Mon, 22 Sep 2025 07:05:00 +0200",
         body="Muss leider absagen, lieg flach. Sorry! Tim\n\nGesendet von Outlook für Android\n",
         intent="cancellation", name="Tim Kowalski",
         note="Mobile, colloquial ('lieg flach')."),

    mail("ca-g02-nur-betreff.eml",
         frm=("Gottlieb Häberle", "gottlieb.haeberle@lra-albvorland.example"),
         subject="Abmeldung Jahrestagung – Gottlieb Häberle", date="Mon, 01 Sep 2025 08:00:00 +0200",
         body="",
         intent="cancellation", name="Gottlieb Häberle",
         note="Subject only: 'Abmeldung' with the name."),

    mail("ca-g03-amtsdeutsch-zuruecknahme.eml",
         frm=("Sommerkamp, Hiltrud Dr.", "h.sommerkamp@lk-peenetal.example"),
         subject="Jahrestagung 2025 – Rücknahme der Anmeldung", client="outlook",
         date="Tue, 02 Sep 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

die mit Schreiben vom 2. Juni 2025 erklärte Anmeldung der Unterzeichnerin wird hiermit aus dienstlichen Gründen zurückgenommen.

Im Auftrag
Dr. Hiltrud Sommerkamp
""",
         intent="cancellation", name="Hiltrud Sommerkamp", title="Dr.",
         note="Passive Amtsdeutsch withdrawal ('wird hiermit ... zurückgenommen')."),

    mail("ca-g04-canada-budget-freeze.eml",
         frm=("Marie-Claude Tremblay", "mc.tremblay@riviere-aux-saules.example"),
         subject="Withdrawing from Cologne", date="Wed, 03 Sep 2025 09:00:00 -0400",
         body="""Hi Martin,

unfortunately I have to withdraw - a hiring and travel freeze hit our department last week. Please release my seat.

Sorry about this,
Marie-Claude
""",
         intent="cancellation", language="en", name="Marie-Claude Tremblay",
         note="Canadian English ('withdraw', 'release my seat')."),

    mail("ca-g05-koelsch-beide.eml",
         frm=("Frank Pützfeld", "frank.puetzfeld@stadt-rheinkassel.example"),
         subject="Leider nit", date="Thu, 04 Sep 2025 11:00:00 +0200",
         body="""Jode Morje,

leider künne mer beids nit kumme, dä Rat hät en Sondersitzung. Dot uns bitte vun dr Liss eraf.

Frank Pützfeld
""",
         intent="cancellation", name="Frank Pützfeld", persons=2,
         note="Kölsch: both ('mer beids') withdraw; the colleague is not named in this mail."),

    mail("ca-g06-thread-absage.eml",
         frm=("Dirk Hülsmann", "dirk.huelsmann@stadt-bergkamen-ost.example"),
         subject="AW: " + BEST, client="outlook", date="Mon, 08 Sep 2025 08:15:00 +0200",
         body="""Guten Morgen Herr Overbeck,

leider muss ich meine Teilnahme doch absagen, im September ist bei uns Haushaltsklausur.

Viele Grüße
Dirk Hülsmann

""" + outlook("bestaetigung", W4, "Hülsmann, Dirk") + "\n"
             + own("Dirk Hülsmann", "Dienstag, 17. Juni 2025 18:00", "Re: " + SUBJECTS["erinnerung"],
                   "Ja, fest. Rechnungsadresse wie in der Signatur, wir zahlen nach Rechnung.\n\nDirk Hülsmann"),
         intent="cancellation", name="Dirk Hülsmann",
         note="A cancellation above the quoted confirmation and his own quoted registration."),

    mail("ca-g07-sekretariat-chefin.eml",
         frm=("Lüke, Petra", "petra.lueke@stadt-lennehagen.example"),
         subject="Absage Dr. Esser-Kamphues", client="outlook", date="Tue, 09 Sep 2025 12:00:00 +0200",
         body="""Sehr geehrter Herr Overbeck,

Frau Beigeordnete Dr. Wiltrud Esser-Kamphues muss ihre Teilnahme an der Jahrestagung leider absagen, da am 25. September eine Ratssitzung angesetzt wurde.

Mit freundlichen Grüßen
i. A. Petra Lüke
""",
         intent="cancellation", name="Wiltrud Esser-Kamphues", title="Dr.", email=None,
         note="Secretary cancels for her boss; no address of the boss in this mail."),

    mail("ca-g08-italian-one-of-two.eml",
         frm=("Giulia Marchetti", "giulia.marchetti@comune-valsorda.example"),
         subject="Change in our registration", date="Wed, 10 Sep 2025 09:30:00 +0200",
         body="""Good morning,

I am sorry to inform you that Dr. Paola Ferrandi cannot come anymore, she is on maternity leave from September. I will still attend as planned.

Best regards
Giulia Marchetti
""",
         intent="cancellation", language="en", name="Paola Ferrandi", title="Dr.", email=None,
         note="One of a pair withdrawn by the other, who stays."),

    mail("ca-g09-denglisch-streichen.eml",
         frm=("Jule Brandenburg", "jule.brandenburg@hs-ruhrtal.example"),
         subject="Sorry – Absage", date="Thu, 11 Sep 2025 17:00:00 +0200",
         body="""Hi Martin,

sorry, ich muss canceln – leider ein Terminclash mit unserer Summer School. Bitte streich mich von der Liste.

Cheers, Jule
""",
         intent="cancellation", name="Jule Brandenburg",
         note="German with English words ('canceln', 'Terminclash')."),

    # --- opt-outs ---------------------------------------------------------------------
    mail("oo-g01-verteiler-nicht-mehr-zustaendig.eml",
         frm=("Sven Ahlers", "sven.ahlers@freiraum-jugend.example"),
         subject="Verteiler", date="Mon, 21 Jul 2025 10:00:00 +0200",
         body="""Hallo,

bitte nehmen Sie mich aus Ihrem Verteiler, ich wechsle zum 1. August in einen anderen Bereich und bin für Planung nicht mehr zuständig.

Gruß
Sven Ahlers
""",
         intent="opt_out", name="Sven Ahlers",
         note="Asks to be removed from the mailing list (job change)."),

    mail("oo-g02-english-remove-address.eml",
         frm="info@comune-valsorda.example",
         subject="remove", date="Tue, 22 Jul 2025 08:00:00 +0200",
         body="Please remove this address from your mailing list. Thank you.\n",
         intent="opt_out", language="en",
         note="A shared mailbox without a name asks to be removed."),

    mail("oo-g03-nur-betreff-verteiler.eml",
         frm=("Jens Wiechers", "jens.wiechers@gemeinde-halternheide.example"),
         subject="Bitte aus dem Verteiler streichen – keine Einladungen mehr", date="Wed, 23 Jul 2025 07:40:00 +0200",
         body="",
         intent="opt_out", name="Jens Wiechers",
         note="Subject only: an opt-out with 'streichen' (a cancellation word) and no conference named."),

    # --- other --------------------------------------------------------------------------
    mail("ot-g01-danke-freu-mich.eml",
         frm=("Hinnerk Pahl", "hinnerk.pahl@amt-warnowniederung.example"),
         subject="Re: " + BEST, date="Tue, 01 Jul 2025 09:00:00 +0200",
         body="""Moin, veelen Dank för de Bestätigung, ick freu mi!

Hinnerk

""" + gmail("bestaetigung", "Mo., 30. Juni 2025 um 11:00 Uhr"),
         intent="other", name="Hinnerk Pahl",
         note="A thank-you in Low German after the confirmation."),

    mail("ot-g02-referent-kurzvita.eml",
         frm=("Prof. Dr. Konstantin Weyhe", "k.weyhe@hs-niederrhein-west.example"),
         subject="Kurzvita für das Programmheft", date="Mon, 14 Jul 2025 10:00:00 +0200",
         body="""Lieber Herr Overbeck,

anbei wie besprochen meine Kurzvita und ein Foto für das Programmheft.

Beste Grüße
Konstantin Weyhe
""",
         attachments=[("Kurzvita_Weyhe.txt", "text/plain", "Prof. Dr. Konstantin Weyhe lehrt Sozialplanung.\n".encode())],
         intent="other", name="Konstantin Weyhe", title="Prof. Dr.",
         note="A speaker sends his short CV: for a person, no action."),

    mail("ot-g03-falsch-weitergeleitet-dienstplan.eml",
         frm=("Nina Terhorst", "nina.terhorst@familienzentrum-lippeaue.example"),
         subject="WG: Dienstplan September", date="Fri, 18 Jul 2025 15:00:00 +0200",
         body="""Hallo Lisa, hier der Plan, schau mal drüber.
Nina

-----Ursprüngliche Nachricht-----
Von: Leitung Familienzentrum
Gesendet: Freitag, 18. Juli 2025 14:10
An: Terhorst, Nina
Betreff: Dienstplan September

Der Dienstplan für September hängt im Büro aus. Wer am 25./26. September frei braucht, trägt sich bitte bis Monatsende ein.
""",
         intent="other", name="Nina Terhorst",
         note="Sent to the office by mistake (meant for a colleague); names the conference days."),

    mail("ot-g04-english-address-change.eml",
         frm=("Ngaire Wilson", "ngaire.wilson@waikare-dc.example"),
         subject="New email address from August", date="Mon, 21 Jul 2025 08:00:00 +1200",
         body="""Kia ora,

just letting you know that my email address changes on 1 August to ngaire.wilson@waikare.govt.example. Nothing else changes.

Ngā mihi
Ngaire Wilson
""",
         intent="other", language="en", name="Ngaire Wilson",
         note="An address change: for a person."),

    mail("ot-g05-einladung-als-referent.eml",
         frm=("Dr. Ursel Klingenberg", "u.klingenberg@lag-soziale-dienste-mv.example"),
         subject="Einladung als Referent zu unserem Fachtag", date="Tue, 22 Jul 2025 11:00:00 +0200",
         body="""Lieber Herr Overbeck,

wir laden Sie herzlich ein, auf unserem Fachtag am 20. November in Güstrow-Heide einen Impuls zur integrierten Sozialplanung zu geben. Hätten Sie Zeit und Lust?

Herzliche Grüße
Dr. Ursel Klingenberg
Landesarbeitsgemeinschaft Soziale Dienste Mecklenburg-Vorpommern
""",
         intent="other", name="Ursel Klingenberg", title="Dr.",
         note="A personal invitation to speak at another event: for a person; its question is part of the invitation."),

    mail("ot-g06-iphone-foto-nach-tagung.eml",
         frm=("Ole Brüggemann", "ole.brueggemann@gemeinde-eggeheide.example"),
         subject="Fotos", client="iphone", date="Mon, 29 Sep 2025 09:00:00 +0200",
         body="Hier noch zwei Fotos vom Abend, falls Sie die für den Rückblick brauchen. Schön war's!\n\nVon meinem iPhone gesendet\n",
         attachments=[("IMG_4471.jpg", "image/jpeg", b"\xff\xd8\xff\xe0fakejpeg")],
         intent="other", name="Ole Brüggemann",
         note="Photos after the event."),
]
