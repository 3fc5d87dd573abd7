"""DEVELOPMENT set 5: pre-registrations (part 3): forwards from the boss, secretaries without
their boss's address, "anmelden" in April, long disclaimers. Written apart (README.md);
measured once before any tuning on it."""

from d5_quote import SUBJECTS, outlook, quoted
from make_corpus import mail

INFO = SUBJECTS["info"]
W1 = "Montag, 7. April 2025 09:30"
W1T = "07.04.2025 um 09:30"

MAILS = [
    mail("pr-h37-weiterleitung-vom-chef.eml",
         frm=("Pauline Treskow", "pauline.treskow@stadt-lauenau-nord.example"),
         subject="WG: " + INFO, client="outlook", date="Wed, 09 Apr 2025 14:40:00 +0200",
         body="""Guten Tag Frau Terhorst,

s. u. – bitte Herrn Kowalczyk und mich vormerken. Danke!

Pauline Treskow
Stadt Lauenau-Nord | Fachbereich 3 Jugend und Soziales | Sozialplanung

Von: Mirko Paulsen <mirko.paulsen@stadt-lauenau-nord.example>
Gesendet: Dienstag, 8. April 2025 17:02
An: Treskow, Pauline; Kowalczyk, Dariusz
Betreff: WG: Vorinfo: VSOP-Jahrestagung 25./26.09.2025 in Köln

Frau Treskow, Herr Kowalczyk,
das wäre was für Sie beide. Lassen Sie sich bitte vormerken, die Dienstreise genehmige ich dann.
MP

""" + outlook("info", W1, "Paulsen, Mirko"),
         intent="pre_registration", name="Pauline Treskow",
         organization="Stadt Lauenau-Nord, Fachbereich 3 Jugend und Soziales, Sozialplanung",
         persons=2, people=["Dariusz Kowalczyk"],
         note="Forward of the boss's forward: the sender and a colleague ('Herrn Kowalczyk' in her words; his first name only in the boss's header block 'Kowalczyk, Dariusz' – the office records the full name); the boss does not come."),

    mail("pr-h38-vorzimmer-ohne-adresse.eml",
         frm=("Büro der Bezirksamtsleiterin", "buero.bal@elbmarsch.hamburg.example"),
         subject="Vormerkung Bezirksamtsleiterin", client="outlook", date="Thu, 10 Apr 2025 11:00:00 +0200",
         body="""Sehr geehrte Frau Terhorst,

die Bezirksamtsleiterin, Frau Dr. Wenke Asmussen, möchte sich für die Jahrestagung vormerken lassen. Sie nimmt voraussichtlich nur am ersten Tag teil und hält ggf. ein Grußwort, wenn das gewünscht ist – sprechen Sie uns dazu gern an.

Mit freundlichen Grüßen
Jasmin Özkan
Büro der Bezirksamtsleitung
Bezirksamt Elbmarsch
""",
         intent="pre_registration", name="Wenke Asmussen", title="Dr.", email=None,
         organization="Bezirksamt Elbmarsch",
         note="Her office writes for the head of the district office without her address; only the first day and an offer of a welcome address ('sprechen Sie uns gern an' is no question); 'Bezirksamtsleiterin' is an office, not part of the name."),

    mail("pr-h39-april-melde-mich-an.eml",
         frm=("Detlef Hagenbeck", "d.hagenbeck@stadt-brakel-sued.example"),
         subject="Anmeldung Jahrestagung", date="Fri, 11 Apr 2025 13:45:00 +0200",
         body="""Hallo Frau Terhorst,

ich melde mich an für Köln.

Gruß
Detlef Hagenbeck
Stadt Brakel-Süd, Sozialamt
""",
         intent="pre_registration", name="Detlef Hagenbeck", organization="Stadt Brakel-Süd, Sozialamt",
         note="'ich melde mich an' in April, before any form or programme exists, with nothing of a binding registration: the office books it as a pre-registration (the binding step comes with the form)."),

    mail("pr-h40-disclaimer-lang.eml",
         frm=("Hinrichs, Okka", "okka.hinrichs@ljs-niedersachsen.example"),
         subject="AW: " + INFO, client="notes", date="Mon, 14 Apr 2025 10:30:00 +0200",
         body="""Liebe Frau Terhorst,

gern bin ich (vorläufig) dabei.

Mit freundlichen Grüßen
Im Auftrag
Okka Hinrichs

Landesamt für Jugend und Soziales
Fachgruppe 2 – Kinder- und Jugendhilfeplanung
Schiffgraben 30, 30000 Landeshauptstadt

-----------------------------------------------------------------------
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
Informationen zum Datenschutz finden Sie unter https://ljs-niedersachsen.example/datenschutz
-----------------------------------------------------------------------
""" + quoted("info", W1T),
         intent="pre_registration", name="Okka Hinrichs",
         organization="Landesamt für Jugend und Soziales, Fachgruppe 2 – Kinder- und Jugendhilfeplanung",
         note="Four words of her own, then a state office signature and a long legal disclaimer."),

    mail("pr-h41-coach-gmail-mitglied.eml",
         frm=("Renate Quabeck", "renate.quabeck@gmail.example"),
         subject="Köln – bitte Platz reservieren", date="Tue, 15 Apr 2025 20:20:00 +0200",
         body="""Hallo Sabine,

halt mir bitte einen Platz frei, ich komme sehr wahrscheinlich. Bin ja jetzt selbstständig (Beratung für Kommunen, Renate Quabeck – Sozialplanung & Moderation) und weiterhin Mitglied.

Liebe Grüße
Renate
""",
         intent="pre_registration", name="Renate Quabeck", member=True,
         organization="Renate Quabeck – Sozialplanung & Moderation",
         note="A self-employed former colleague, du-form; her firm's name in brackets (a spaced dash inside it); the full name only in the From display name."),

    mail("pr-h42-bezirk-baden-wuerttemberg-gemeindeverwaltungsverband.eml",
         frm=("Armin Blessing", "a.blessing@gvv-oberes-murrtal.example"),
         subject="Voranmeldung GVV Oberes Murrtal", date="Wed, 16 Apr 2025 07:55:00 +0200",
         body="""Grüß Gott Frau Terhorst,

fürn Gemeindeverwaltungsverband hätt ich gern einen Platz vorgemerkt, verbindlich dann im Juni.

Mit freundlichem Gruß
Armin Blessing
Gemeindeverwaltungsverband Oberes Murrtal
Fachbereich Bürgerservice, Familie und Soziales
""",
         intent="pre_registration", name="Armin Blessing",
         organization="Gemeindeverwaltungsverband Oberes Murrtal, Fachbereich Bürgerservice, Familie und Soziales",
         note="Baden-Württemberg administrative union; colloquial 'fürn', 'hätt ich gern'."),
]
