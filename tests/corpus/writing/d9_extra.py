"""DEVELOPMENT set 9: more border cases (two words above a quote that are NOT a registration,
a binding registration that says 'booked', a hand-written English out-of-office)."""

from d9_quote import CONF_DE, MISS_DE, PROG_EN, apple_en, confirmation_de, missing_de, p, programme_en, tb_de
from make_corpus import mail

MAILS = [
    p("o09-passt-danke.eml", ("Katharina Ebeling", "k.ebeling@kreis-rotenfels.example"),
      "AW: " + CONF_DE, "Thu, 03 Jul 2025 08:12:00 +0200", """Passt, danke!

""" + tb_de("02.07.2025 um 16:00", confirmation_de("Katharina Ebeling")), client="thunderbird",
      intent="other", note="Two words above the quoted confirmation: an acknowledgement, nothing to register again."),
    p("o10-thanks-got-it-en.eml", ("Hannah Greenberg", "hannah@greenberg-consulting.example"),
      "Re: " + PROG_EN, "Thu, 24 Apr 2025 08:00:00 -0400", """Got it, thanks!

""" + apple_en("23 Apr 2025, at 14:00", programme_en("Hannah Greenberg")), client="iphone",
      intent="other", en=True,
      note="'Got it, thanks!' above the quoted programme mail: an acknowledgement (she is already pre-registered), not a new pre-registration."),
    p("r16-institutional-booked.eml", ("Orla Brennan", "orla.brennan@sligo-rural-forum.example"),
      "Booked!", "Tue, 01 Jul 2025 10:00:00 +0100", """Hiya,

Consider us booked - myself and Pádraig Keane. Sligo Rural Forum is an institutional member since last year, so member rate for both of us please. Invoice to Sligo Rural Forum, The Mall, Sligo F91 YX20, and we'll settle it by transfer as soon as it lands.

Slán,
Orla Brennan
Sligo Rural Forum
""", org="Sligo Rural Forum", member=True, persons=2, people=["Pádraig Keane"],
      invoice_address="Sligo Rural Forum, The Mall, Sligo F91 YX20", payment_agreement=True,
      intent="registration", en=True,
      note="'Consider us booked': Irish English binding registration of two, institutional membership."),
    p("r17-po-to-follow.eml", ("Jennifer Alcott", "jalcott@bayfield-region.example"),
      "Registration - J. Alcott", "Wed, 02 Jul 2025 13:00:00 -0400", """Hello,

Please register me for the conference (binding). I'm with the Social Planning Council of Bayfield Region. A purchase order will follow from our procurement office - I don't have the number yet.

Regards,
Jennifer Alcott
""", organization="Social Planning Council of Bayfield Region", intent="registration", en=True,
      note="Canadian: binding, but no invoice address and no payment agreement yet ('a purchase order will follow')."),
    p("r18-missing-reply-payment.eml", ("Torsten Wiegleb", "t.wiegleb@gemeinde-ruhetal.example"),
      "AW: " + MISS_DE, "Mon, 30 Jun 2025 09:00:00 +0200", """Guten Morgen,

die Zahlungsvereinbarung: ja, selbstverständlich, wir zahlen nach Rechnungseingang. Die Rechnungsanschrift ist die Gemeinde Ruhetal, Hauptamt, Am Anger 2, 99441 Ruhetal.

T. Wiegleb
""" + tb_de("27.06.2025 um 10:00", missing_de("Torsten Wiegleb", ["Zahlungsvereinbarung", "Rechnungsanschrift"])),
      name="Torsten Wiegleb", organization="Gemeinde Ruhetal, Hauptamt",
      invoice_address="Gemeinde Ruhetal, Hauptamt, Am Anger 2, 99441 Ruhetal", payment_agreement=True,
      intent="registration", note="Answers the missing-details mail point by point: a binding registration completed."),
    p("v18-apple-kurz-mitglied.eml", ("Friederike Osterkamp", "friederike.osterkamp@icloud.example"),
      "Jahrestagung", "Thu, 01 May 2025 18:00:00 +0200", """Liebe Leute, ich möchte gern dabei sein – bitte schon mal vormerken. Mitglied bin ich persönlich seit Jahren.
Friederike Osterkamp

Von meinem iPad gesendet""", client="apple", member=True, intent="pre_registration",
      note="A short pre-registration from an iPad with personal membership."),
    p("q11-angekommen.eml", ("Uwe Rapsilber", "uwe.rapsilber@stadt-sandhorst.example"),
      "Meine Anmeldung angekommen?", "Tue, 08 Jul 2025 08:30:00 +0200", """Hallo,

ich habe am Freitag Abend mein Formular geschickt, aber bisher keine Bestätigung. Ist meine Anmeldung angekommen?

Uwe Rapsilber
Stadt Sandhorst
""", organization="Stadt Sandhorst", intent="question", questions=1,
      note="Asks whether a registration arrived: a question, not a registration again."),
    mail("m11-ooo-by-hand-en.eml", frm=("Aoife Mac Craith", "aoife.maccraith@corkmore-coco.example"),
         subject="Re: " + PROG_EN, date="Mon, 16 Jun 2025 09:16:00 +0100", client="gmx",
         body="""Hi,

I'm on leave until Monday 23rd June and won't be checking email. If it's urgent, ring the Community Development office on 021 555 0192.

Aoife
""", intent="auto_reply",
         note="An English out-of-office without any auto header, with the plain 'Re:' of our mail: a machine written like a person."),
]
