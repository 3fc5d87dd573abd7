"""DEVELOPMENT set 9: English questions, cancellations ('I'm afraid I have to pull out'),
'other' (remittance advice, a change of job) and an opt-out."""

from d9_quote import CONF_EN, outlook_en, p

Q = dict(intent="question", questions=1, en=True)
CAN = dict(intent="cancellation", en=True)
OTHER = dict(intent="other", en=True)

CONF = ["Dear Callum Whitlock,", "", "", "Thank you for your binding registration. We confirm your participation in", "",
        "VSOP-Jahrestagung 2025", "25 September 2025 (from 10:00) to 26 September 2025 (until 14:00), Cologne", "",
        "Please check your details. Send us any changes or a cancellation by e-mail.", "", "Kind regards,",
        "VSOP e.V. Geschäftsstelle"]

MAILS = [
    p("q06-uk-still-register-if.eml", ("Rhiannon Oakes", "rhiannon.oakes@brackenmoor.gov.example"),
      "Late booking?", "Mon, 07 Jul 2025 11:30:00 +0100", """Hello,

I've only just seen the announcement. Would we still be able to register if our paperwork isn't through until the end of July? There would be two of us from the council.

Kind regards,
Rhiannon Oakes
Public Health Intelligence, Brackenmoor Metropolitan Borough Council
""", client="outlook", org="Public Health Intelligence, Brackenmoor Metropolitan Borough Council", **Q,
      note="'Would we still be able to register if ...?': a question, not a registration."),
    p("q07-us-w9.eml", ("Kevin O'Dowd", "kodowd@ridgecounty-finance.example"),
      "W-8BEN-E / vendor setup", "Tue, 08 Jul 2025 16:20:00 -0500", """Hello,

Ridge County Human Services has an invoice from you for a conference registration. Before we can pay a foreign vendor, we need a completed W-8BEN-E form and your bank details on letterhead. Can you send those over?

Thank you,
Kevin O'Dowd
Accounts Payable, Ridge County
""", organization="Accounts Payable, Ridge County", **Q,
      note="A county's accounts payable asks for vendor forms: a question for staff; the writer is no attendee but the label keeps his own fields."),
    p("q08-italian-certificate.eml", ("Giorgio Santangelo", "g.santangelo@asl-montebruno.example"),
      "certificate of attendance", "Mon, 06 Oct 2025 10:00:00 +0200", """Good morning,

I have participated to the conference last week in Cologne and it was very interesting. For my administration I need a certificate of attendance with the hours. It is possible to receive it?

Best regards
Giorgio Santangelo
ASL Montebruno - Social and Health Planning
""", org="ASL Montebruno, Social and Health Planning", **Q,
      note="Italian English, after the event: asks for a certificate (a question for a person)."),
    p("q09-aus-is-it-binding.eml", ("Liam Nguyen", "liam.nguyen.planning@gmail.example"),
      "Quick one", "Mon, 16 Jun 2025 07:30:00 +1000", """Hi,

Quick one - if I send the form now and then my trip falls through, am I still on the hook for the fee? Just want to know before I commit.

Ta,
Liam
""", client="android", name="Liam Nguyen", **Q,
      note="Asks about cancellation terms before committing: not a registration, not a cancellation."),
    p("q10-canada-invoice-name.eml", ("Marc-André Tremblay", "ma.tremblay@ville-sainte-odile.example"),
      "Invoice - small correction", "Tue, 22 Jul 2025 09:00:00 -0400", """Hello,

Thanks for the invoice. Our finance office asks that it be addressed to "Ville de Sainte-Odile" rather than to me personally. Could you please issue a corrected one?

Marc-André
""", client="outlook", name="Marc-André Tremblay", **Q,
      note="A request to change the invoice: a question for staff (the label format counts it)."),
    # --- cancellations
    p("c05-uk-pull-out.eml", ("Callum Whitlock", "callum.whitlock@marshfield.gov.example"),
      "RE: " + CONF_EN, "Wed, 03 Sep 2025 12:00:00 +0100", """Hi,

I'm afraid I have to pull out - we've had an unexpected restructure and all non-essential travel has been frozen. Apologies for the short notice. Please let me know whether a credit note will be issued.

Callum
""" + outlook_en("02 July 2025 10:00", CONF_EN, "Whitlock, Callum", CONF),
      client="outlook", name="Callum Whitlock", questions=1, **CAN,
      note="'I'm afraid I have to pull out' above the English confirmation, with a question about a credit note."),
    p("c06-us-release-spot.eml", ("Dana Whitcombe", "dwhitcombe@hennepin-ridge.example"),
      "Change of plans", "Thu, 04 Sep 2025 08:10:00 -0500", """Hi,

Bad news - my flights fell through with the budget freeze, so please release my spot to someone on the waitlist. I'm bummed, it looked like a great program.

Dana
""", client="iphone", name="Dana Whitcombe", **CAN,
      note="'please release my spot': an American cancellation without the word."),
    p("c07-italian-renounce.eml", ("Francesca Lombardini", "f.lombardini@comune-valdarno.example"),
      "renounce participation", "Mon, 08 Sep 2025 09:30:00 +0200", """Good morning,

I am sorry but I must renounce to the participation because of an emergency in my service. I hope that next year it will be possible.

Best regards
Francesca Lombardini
""", **CAN, note="Italian English 'renounce to the participation': a cancellation."),
    p("c08-greek-colleague.eml", ("Eleni Papadimitriou", "e.papadimitriou@dimos-kalamonas.example"),
      "change", "Tue, 09 Sep 2025 10:00:00 +0300", """Dear Sir or Madam,

Unfortunately I cannot travel in September for health reasons, so my participation is cancelled. The invoice is already paid; we would prefer a refund to our municipality account.

With kind regards,
Eleni Papadimitriou
""", **CAN, note="Greek English cancellation with a refund wish stated (no question mark: the office handles refunds anyway)."),
    # --- other
    p("o06-remittance-advice.eml", ("Accounts Payable Easthaven", "ap@easthaven.gov.example"),
      "Remittance Advice - Payment 0098811", "Tue, 15 Jul 2025 06:00:00 +0100", """Dear Supplier,

Please find below details of a payment made to your account.

Payment reference: 0098811
Invoice: 2025-0305 (PO 4500219876)
Amount: EUR 300.00
Payment date: 15/07/2025

Easthaven Borough Council, Accounts Payable
""", name=None, email=None, organization="Easthaven Borough Council, Accounts Payable", **OTHER,
      note="A UK council's remittance advice sent by a person's mailbox without auto headers: a payment notice for staff (other), no attendee."),
    p("o07-new-job.eml", ("Siobhan Ferrier", "siobhan.ferrier@gmail.example"),
      "New role - please update my details", "Mon, 11 Aug 2025 20:00:00 +0100", """Hi,

Just a heads-up that I've moved from Easthaven to Brackenmoor Council as of this month - still coming to Cologne, nothing changes there! Could you send everything to this personal address from now on, as my old work account will be closed?

Thanks,
Siobhan
""", name="Siobhan Ferrier", questions=1, **OTHER,
      note="A change of job and address by a registered attendee, 'still coming': no new registration, no cancellation; the change of address is a request for staff (other, one question)."),
    p("o08-aus-thanks-after.eml", ("Bronwyn Keogh", "bronwyn.keogh@shire-of-banksia-flat.example"),
      "Thank you!", "Wed, 01 Oct 2025 06:40:00 +1000", """Hi team,

Back home now and over the jet lag. Just wanted to say a huge thank you - the conference was the highlight of my trip and I've already told our CEO we should join your association next year.

All the best,
Bronwyn
""", client="apple", name="Bronwyn Keogh", **OTHER,
      note="A thank-you after the event, mentioning joining 'next year': other."),
    # --- opt-out
    p("x03-uk-remove-me.eml", ("Neil Castleton", "neil.castleton@brackenmoor.gov.example"),
      "Mailing list", "Thu, 10 Apr 2025 09:00:00 +0100", """Hello,

Would you kindly remove me from your mailing list? I'm no longer working in this area. Many thanks.

Neil Castleton
""", intent="opt_out", en=True,
      note="A polite opt-out phrased as a question ('Would you kindly remove me'): the agent can fulfil it, no question for a person."),
]
