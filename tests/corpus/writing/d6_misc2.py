"""DEVELOPMENT set 6: cancellations, opt-outs and other mail from people. Written apart
(README.md); measured once, untouched."""

from d6_build import SUBJECTS, flowed, outlook_quote, raw_text, rfc822, inner_mail, smime_signed, with_parts
from make_corpus import leaf, mail

FORMS = SUBJECTS["forms"]

MAILS = [
    # --- cancellations -----------------------------------------------------------------
    mail("ca-h01-india-regret.eml",
         frm=("Raghunathan Subramaniam", "r.subramaniam@urbanpolicy-chennai.example"),
         subject="Withdrawal of registration", client="outlook", date="Mon, 04 Aug 2025 10:00:00 +0530",
         body="""Respected Madam,

With deep regret I have to withdraw my registration for the annual meeting, as my research stay has been curtailed by the institute and I am recalled to Chennai in August. Kindly cancel the invoice as well.

Thanking you,
Dr. Raghunathan Subramaniam
Centre for Urban Welfare Policy, Chennai
""",
         intent="cancellation", language="en", name="Raghunathan Subramaniam", title="Dr.",
         organization="Centre for Urban Welfare Policy, Chennai",
         note="Indian English withdrawal ('withdraw my registration', 'curtailed'); cancelling the invoice goes with it."),

    mail("ca-h02-canada-phone.eml",
         frm=("Geneviève Tremblay-Ross", "gtremblayross@cityofnorthmere.example"),
         subject="Re: Cologne – confirmed!", client="iphone", date="Tue, 12 Aug 2025 18:30:00 -0400",
         body="""So sorry – placement got cut short, I'm flying home in August. Please cancel me for Cologne. 😞

Geneviève

Sent from my iPhone
""",
         intent="cancellation", language="en", name="Geneviève Tremblay-Ross",
         note="Phone cancellation with an emoji."),

    mail("ca-h03-luxembourg-fr.eml",
         frm=("Mireille Hoffmann-Schaus", "mireille.hoffmann@commune-mersch-ouest.example"),
         subject="Annulation / Abmeldung", date="Wed, 20 Aug 2025 09:00:00 +0200",
         body="""Moien,

leider muss ich meine Teilnahme stornieren, der Schöffenrat hat eine Sitzung auf den 25. September gelegt. Désolée! Fallen für die Absage jetzt Gebühren an?

Schéine Gruss
Mireille Hoffmann-Schaus
Administration communale de Mersch-Ouest, Service social
""",
         intent="cancellation", name="Mireille Hoffmann-Schaus", questions=1,
         organization="Administration communale de Mersch-Ouest, Service social",
         note="Luxembourg: 'Teilnahme stornieren', French word beside it."),

    mail("ca-h04-vertretung-fuer-kollegin.eml",
         frm=("Heike Rademacher", "heike.rademacher@kreis-niersland.example"),
         subject="Abmeldung Frau Wedekind", date="Mon, 25 Aug 2025 10:30:00 +0200",
         body="""Guten Tag Frau Vollmar,

Frau Carola Wedekind kann leider nicht mitkommen, bitte streichen Sie sie von der Liste. Frau Demirtas und ich bleiben angemeldet.

Viele Grüße
Heike Rademacher
Kreis Niersland, Fachbereich Jugend
""",
         intent="cancellation", name="Carola Wedekind", email=None,
         organization="Kreis Niersland, Fachbereich Jugend",
         note="Cancels for one colleague of a group; the others stay; the colleague's address is not given."),

    mail("ca-h05-latin1-undeclared.eml",
         frm=("Jürgen Häußler", "juergen.haeussler@stadt-moosbrunn.example"),
         subject="Absage", date="Tue, 26 Aug 2025 08:00:00 +0200",
         content=raw_text("""Sehr geehrte Damen und Herren,

ich muss meine Anmeldung leider zurückziehen, eine Haushaltssperre verbietet alle Dienstreisen bis Jahresende. Entstehen uns durch die Absage Kosten?

Mit freundlichen Grüßen
Jürgen Häußler
Stadt Moosbrunn, Sozialamt
""", declared=None, actual="latin-1"),
         intent="cancellation", name="Jürgen Häußler", organization="Stadt Moosbrunn, Sozialamt", questions=1,
         note="Undeclared 8bit Latin-1; 'Anmeldung zurückziehen'."),

    mail("ca-h06-forward-attachment.eml",
         frm=("Büro Bürgermeisterin", "buero.bm@stadt-fichtelsee.example"),
         subject="WG: Absage Jahrestagung", client="outlook", date="Wed, 27 Aug 2025 11:00:00 +0200",
         content=with_parts(leaf("text/plain", """Guten Tag,

zur Kenntnis und Bearbeitung, siehe Anhang.

Büro der Bürgermeisterin
Stadt Fichtelsee
"""), "ca-h06", rfc822(inner_mail(
             "Wunderlich, Tanja <tanja.wunderlich@stadt-fichtelsee.example>",
             "Büro Bürgermeisterin <buero.bm@stadt-fichtelsee.example>",
             "Absage Jahrestagung", "Tue, 26 Aug 2025 16:00:00 +0200",
             """Hallo,

bitte sagt für mich die VSOP-Tagung in Köln ab, ich bin ab September in Elternzeit.

Tanja Wunderlich
Stadt Fichtelsee, Amt für Soziales
""", "<tw.0826@stadt-fichtelsee.example>"), "Absage Jahrestagung.eml")),
         intent="cancellation", name="Tanja Wunderlich", email="tanja.wunderlich@stadt-fichtelsee.example",
         organization="Stadt Fichtelsee, Amt für Soziales",
         note="Cancellation inside a message/rfc822 attachment forwarded by the mayor's office."),

    mail("ca-h07-south-africa-mixed.eml",
         frm=("Thandeka Mokoena", "t.mokoena@ekurhuleni-north.example"),
         subject="Cancellation – T Mokoena", client="outlook", date="Thu, 28 Aug 2025 09:00:00 +0200",
         body="""Good day

Unfortunately my secondment ends early and I must cancel my registration. Since our order number has already been issued: will you send a credit note, or should our supply chain office cancel the order on their side?

Kind regards
Thandeka Mokoena
Metropolitan Municipality of Ekurhuleni North
""",
         intent="cancellation", language="en", name="Thandeka Mokoena",
         organization="Metropolitan Municipality of Ekurhuleni North", questions=1,
         note="Cancellation plus a question about credit note vs. order cancellation."),

    mail("ca-h08-android-kurz.eml",
         frm=("Dirk Wessendorf", "dirk.wessendorf@kreis-lahnhoehe.example"),
         subject="RE: " + FORMS, client="android", date="Mon, 01 Sep 2025 07:15:00 +0200",
         body="""Muss Köln leider canceln, krank. Wessendorf

Sent from Outlook for Android
""" + outlook_quote("forms", "Monday, June 2, 2025 10:00:12 AM", "Wessendorf, Dirk", "en"),
         intent="cancellation", name="Dirk Wessendorf",
         note="German with an English verb ('canceln'), phone, above the quoted forms mail."),

    mail("ca-h09-nz-flowed-substitute.eml",
         frm=("Aroha Whaanga-Millar", "aroha.millar@tepuna-council.example"),
         subject="Cologne – can't make it", client="thunderbird", date="Tue, 02 Sep 2025 08:00:00 +1200",
         content=flowed("""Kia ora Henrike,

Gutted, but the study tour has been cancelled by our CEO, so I won't be coming to Cologne. Please cancel my registration. Could a colleague of mine who is already in Europe take my place, or is the place lost once I cancel?

Ngā mihi,
Aroha Whaanga-Millar
Te Puna District Council
"""),
         intent="cancellation", language="en", name="Aroha Whaanga-Millar",
         organization="Te Puna District Council", questions=1,
         note="format=flowed cancellation with a question about a substitute."),

    mail("ca-h10-mojibake.eml",
         frm=("Thorsten Kühnel", "thorsten.kuehnel@stadt-bergheide.example"),
         subject="Abmeldung", date="Wed, 03 Sep 2025 12:00:00 +0200",
         body="""Hallo Frau Vollmar,

ich muss leider absagen, wir haben kurzfristig eine Prüfung der Kommunalaufsicht. Bitte stornieren Sie die Anmeldung und die Rechnung.

GrÃ¼ÃŸe
Thorsten KÃ¼hnel
Stadt Bergheide, Fachbereich Soziales
""",
         intent="cancellation", name="Thorsten Kühnel", organization="Stadt Bergheide, Fachbereich Soziales",
         note="Cancellation with mojibake only in the signature."),

    # --- opt-outs ----------------------------------------------------------------------
    mail("oo-h01-unsubscribe-en.eml",
         frm=("Brent MacKinnon", "bmackinnon@halton-ridge.example"),
         subject="Unsubscribe", date="Mon, 19 May 2025 09:00:00 -0400",
         body="""Please take me off your mailing list – I've moved to a different role and no longer work in social planning.

Brent
""",
         intent="opt_out", language="en", name="Brent MacKinnon",
         note="English opt-out signed with a first name only; the full name is in From."),

    mail("oo-h02-keine-mails-mehr.eml",
         frm=("Anh Nguyen", "anh.nguyen@stadt-goldbach-ost.example"),
         subject="Keine Mails mehr", date="Tue, 20 May 2025 10:00:00 +0200",
         body="""Hallo,

bitte schicken Sie mir keine Einladungen mehr. Ich bin nicht mehr zuständig für dieses Thema.

Anh Nguyen
""",
         intent="opt_out", name="Anh Nguyen",
         note="Learner's German opt-out."),

    mail("oo-h03-dsgvo-loeschen.eml",
         frm=("Verena Gamper", "verena.gamper@comune-bronzolo-alto.example"),
         subject="Löschung meiner Daten / cancellazione dati", date="Wed, 21 May 2025 11:00:00 +0200",
         body="""Guten Tag,

bitte löschen Sie meine Adresse aus Ihrem Verteiler und bestätigen Sie mir die Löschung gemäß Art. 17 DSGVO.

Verena Gamper
""",
         intent="opt_out", name="Verena Gamper",
         note="Opt-out with a GDPR erasure request; the confirmation is part of what is asked."),

    # --- other -------------------------------------------------------------------------
    mail("ot-h01-adressaenderung-vcard.eml",
         frm=("Lukas Pichler", "lukas.pichler@bzgvinschgau-ost.example"),
         subject="Neue E-Mail-Adresse", date="Mon, 07 Jul 2025 09:00:00 +0200",
         body="""Sehr geehrte Frau Vollmar,

ab 1. August lautet meine Adresse lukas.pichler@sozialdienste-vinschgau.example. Die alte Adresse wird abgeschaltet. An meiner Anmeldung ändert sich nichts.

Mit freundlichen Grüßen
Lukas Pichler
""",
         intent="other", name="Lukas Pichler", email="lukas.pichler@sozialdienste-vinschgau.example",
         note="A change of address for an existing registration: a person updates the record."),

    mail("ot-h02-dank-nach-bestaetigung.eml",
         frm=("Tan Wei Ling", "weiling.tan@sg-socialplan.example"),
         subject="Re: Teilnahmebestätigung", client="iphone", date="Tue, 08 Jul 2025 22:00:00 +0800",
         body="""Received with thanks! See you in Cologne 🙏

Sent from my iPhone
""",
         intent="other", language="en", name="Tan Wei Ling",
         note="Thanks for a confirmation: nothing to do, but no machine."),

    mail("ot-h03-rechnungskorrektur-vertreter.eml",
         frm=("Rechnungseingang Kreis Niersland", "rechnungseingang@kreis-niersland.example"),
         subject="Ihre Rechnung 2025-0142 – Rückgabe", date="Wed, 16 Jul 2025 10:00:00 +0200",
         body="""Sehr geehrte Damen und Herren,

Ihre Rechnung 2025-0142 senden wir unbearbeitet zurück: Es fehlt die Leitweg-ID 05154-0000-31. Bitte stellen Sie die Rechnung neu aus.

Mit freundlichen Grüßen
i. A. Hannelore Kruse
Kreis Niersland, Kreiskasse
""",
         intent="other", name="Hannelore Kruse", organization="Kreis Niersland, Kreiskasse",
         note="A treasury returns an invoice: a person must reissue it; no registration, no question."),

    mail("ot-h04-sponsor-angebot.eml",
         frm=("Stefanie Brandl", "s.brandl@sozialdaten-software.example"),
         subject="Kooperation Jahrestagung", date="Thu, 17 Apr 2025 14:00:00 +0200",
         body="""Sehr geehrte Frau Vollmar,

wir entwickeln Software für Sozialberichterstattung und würden die Jahrestagung gern mit einem Stand unterstützen. Wann passt Ihnen ein kurzes Telefonat?

Beste Grüße
Stefanie Brandl
Sozialdaten Software GmbH, Partnermanagement
""",
         intent="other", name="Stefanie Brandl", organization="Sozialdaten Software GmbH, Partnermanagement",
         note="A sponsor's offer asking for the office's time: 'other', a person decides."),

    mail("ot-h05-smime-nur-signatur.eml",
         frm=("Corinne Büchel", "corinne.buechel@gemeinde-triesnerberg-sued.example"),
         subject="Zahlung erfolgt", client="outlook", date="Mon, 21 Jul 2025 09:00:00 +0200",
         content=smime_signed(leaf("text/plain", """Grüezi Frau Vollmar

Zur Info: Die Gemeindekasse hat die Rechnung heute beglichen, Valuta 21.07.

Freundliche Grüsse
Corinne Büchel
"""), "ot-h05"),
         intent="other", name="Corinne Büchel",
         note="Payment notice (S/MIME signed) after the invoice: a person checks the account."),
]
