"""DEVELOPMENT set 9: binding registrations in English (UK purchase orders, US and Canadian
finance wording, Australian and Irish voices, Italian, Greek, Hungarian and Turkish writers)."""

from d9_quote import PROG_EN, apple_en, gmail_en, outlook_en, p, programme_en
from make_corpus import form_pdf

REG = dict(intent="registration", en=True)

INV_EAST = ("Easthaven Borough Council, Accounts Payable, PO 4500219876, PO Box 77, Easthaven EH4 2QT, United Kingdom")

MAILS = [
    p("g01-uk-po.eml", ("Siobhan Ferrier", "siobhan.ferrier@easthaven.gov.example"),
      "RE: " + PROG_EN, "Tue, 17 Jun 2025 10:02:00 +0100", """Hello,

Our Head of Service has signed off, so please confirm my place as a firm booking. Finance have raised a PO - please quote it on your invoice, otherwise it will be rejected by our system:

Easthaven Borough Council
Accounts Payable
PO 4500219876
PO Box 77
Easthaven EH4 2QT
United Kingdom

Invoices are paid within 30 days of receipt.

Many thanks,
Siobhan Ferrier
Policy and Insight Team | Easthaven Borough Council
""" + outlook_en("16 June 2025 09:15", PROG_EN, "Siobhan Ferrier", programme_en("Siobhan Ferrier")),
      client="outlook", org="Policy and Insight Team, Easthaven Borough Council",
      invoice_address=INV_EAST, payment_agreement=True, **REG,
      note="UK: 'confirm my place as a firm booking', a PO number, 'paid within 30 days of receipt' (agrees to pay after the invoice); English Outlook quote."),
    p("g02-us-we-are-in.eml", ("Dana Whitcombe", "dwhitcombe@hennepin-ridge.example"),
      "Re: " + PROG_EN, "Wed, 18 Jun 2025 15:40:00 -0500", """We're in! Form attached - signed and everything. Our accounts payable will cut a check or wire the fee as soon as your invoice arrives. Non-member rate is fine (300).

Invoice to:
Ridge County Human Services
Attn: Accounts Payable
400 Main Street, Suite 210
Ridge Falls, MN 55301, USA

Dana
""" + gmail_en("Mon, Jun 16, 2025 at 9:15 AM", programme_en("Dana Whitcombe")),
      client="iphone", organization="Ridge County Human Services", member=False,
      invoice_address="Ridge County Human Services, Attn: Accounts Payable, 400 Main Street, Suite 210, Ridge Falls, MN 55301, USA",
      payment_agreement=True, **REG,
      note="'We're in!' above a Gmail quote; 'Form attached' but no attachment - the mail itself is complete; an Attn. line belongs to the invoice address."),
    p("g03-ireland-thanks-and-book.eml", ("Aoife Mac Craith", "aoife.maccraith@corkmore-coco.example"),
      "Programme - brilliant", "Thu, 19 Jun 2025 09:05:00 +0100", """Hi all,

Just wanted to say the programme looks brilliant, especially the session on data gaps. That settled it for me - consider this my binding registration. Please invoice Corkmore County Council, Finance Department, County Hall, Corkmore, P72 X4K8, Ireland; we'll pay by EFT when it comes in.

Thanks again for all the work,
Aoife
""", client="gmx", name="Aoife Mac Craith", organization="Corkmore County Council",
      invoice_address="Corkmore County Council, Finance Department, County Hall, Corkmore, P72 X4K8, Ireland",
      payment_agreement=True, **REG,
      note="A binding registration wrapped in thanks for the programme; invoice address in a sentence; the organisation from it."),
    p("g04-canada-two-words.eml", ("Marc-André Tremblay", "ma.tremblay@ville-sainte-odile.example"),
      "RE: " + PROG_EN, "Fri, 20 Jun 2025 08:00:00 -0400", """Confirmed - binding.

MAT
""" + outlook_en("June 19, 2025 10:20 AM", PROG_EN, "Tremblay, Marc-André", programme_en("Marc-André Tremblay")),
      client="outlook", name="Marc-André Tremblay", **REG,
      note="Two words above the English Outlook quote, signed with initials: binding, nothing else given."),
    p("g05-aus-form-attached.eml", ("Bronwyn Keogh", "bronwyn.keogh@shire-of-banksia-flat.example"),
      "Registration form - Keogh", "Mon, 23 Jun 2025 19:30:00 +1000", """Hi team,

Good news, the study tour is locked in so I can firm up - registration form attached. Let me know if anything's missing.

Cheers,
Bronwyn
""", client="apple", name="Bronwyn Keogh", organization="Shire of Banksia Flat",
      attachments=[("VSOP_form_Keogh.pdf", "application/pdf", form_pdf({
          "name": "Bronwyn Keogh", "email": "bronwyn.keogh@shire-of-banksia-flat.example",
          "organisation": "Shire of Banksia Flat", "personen": "1",
          "rechnungsanschrift": "Shire of Banksia Flat, Finance, 12 Station Street, Banksia Flat VIC 3644, Australia",
          "datum": "23/06/2025"}, checked=("zahlungsvereinbarung",)))],
      member=False, invoice_address="Shire of Banksia Flat, Finance, 12 Station Street, Banksia Flat VIC 3644, Australia",
      payment_agreement=True, **REG,
      note="Australian, a filled form (member box unticked, payment ticked); 'Let me know if anything's missing' is a courtesy."),
    p("g06-italian-definitive.eml", ("Francesca Lombardini", "f.lombardini@comune-valdarno.example"),
      "definitive inscription", "Tue, 24 Jun 2025 12:45:00 +0200", """Good morning,

my responsible has approved, so I confirm definitively my participation. For the invoice please use:

Comune di Valdarno
Area Servizi Sociali
Piazza della Repubblica 1
52025 Valdarno (AR), Italy
VAT IT01234560517

We will pay with bank transfer after receiving the invoice.

Best regards
Francesca Lombardini
""", organization="Comune di Valdarno, Area Servizi Sociali",
      invoice_address="Comune di Valdarno, Area Servizi Sociali, Piazza della Repubblica 1, 52025 Valdarno (AR), Italy, VAT IT01234560517",
      payment_agreement=True, **REG, note="Italian English, complete; a VAT line in the invoice block."),
    p("g07-greek-form-question.eml", ("Eleni Papadimitriou", "e.papadimitriou@dimos-kalamonas.example"),
      "Registration final", "Wed, 25 Jun 2025 09:20:00 +0300", """Dear Sir or Madam,

My director gave the approval and I want to register final for the conference. Invoice address is the Municipality of Kalamonas, Department of Social Policy, 14 Ermou Street, 24100 Kalamonas, Greece. The payment will be made from our financial service after the invoice. One question: it is possible to pay the fee with credit card instead of bank transfer, because transfer abroad takes long time?

With kind regards,
Eleni Papadimitriou
""", client="outlook", organization="Municipality of Kalamonas, Department of Social Policy",
      invoice_address="Municipality of Kalamonas, Department of Social Policy, 14 Ermou Street, 24100 Kalamonas, Greece",
      payment_agreement=True, questions=1, **REG,
      note="Greek English ('register final'), complete, one question about paying by card."),
    p("g08-hungarian-two.eml", ("Zsófia Kertész", "kertesz.zsofia@szocialis-kozpont-tiszafalu.example"),
      "binding registration 2 persons", "Thu, 26 Jun 2025 14:00:00 +0200", """Dear Organizers,

Hereby I register bindingly myself and my colleague Mr. Balázs Horváth. We are both not members. Please send the invoice to: Social Centre of Tiszafalu, Fő utca 8, 5400 Tiszafalu, Hungary. We accept to pay it in 14 days.

Sincerely yours,
Kertész Zsófia
""", name="Zsófia Kertész", organization="Social Centre of Tiszafalu", member=False, persons=2,
      people=["Balázs Horváth"], people_members=[False],
      invoice_address="Social Centre of Tiszafalu, Fő utca 8, 5400 Tiszafalu, Hungary", payment_agreement=True, **REG,
      note="Hungarian English, two persons, 'both not members', payment 'in 14 days'; organisation only in the invoice address."),
    p("g09-turkish-count.eml", ("Emre Yıldırımoğlu", "emre.yildirimoglu@kadikoy-sosyal.example"),
      "Re: " + PROG_EN, "Fri, 27 Jun 2025 11:10:00 +0300", """Hello again,

I decided to come even with my basic German, you can count me as definitely registered. The invoice please to Kadıköy Social Services Foundation, Accounting, Moda Cad. 55, 34710 Kadıköy/Istanbul, Türkiye. We transfer the money after the invoice.

Best regards
Emre Yıldırımoğlu
""" + gmail_en("Thu, 26 Jun 2025 at 10:00", programme_en("Emre Yıldırımoğlu")),
      organization="Kadıköy Social Services Foundation",
      invoice_address="Kadıköy Social Services Foundation, Accounting, Moda Cad. 55, 34710 Kadıköy/Istanbul, Türkiye",
      payment_agreement=True, **REG, note="Turkish English, complete, above a Gmail quote."),
    p("g10-uk-remittance-and-book.eml", ("Callum Whitlock", "callum.whitlock@marshfield.gov.example"),
      "Booking - Marshfield DC", "Mon, 30 Jun 2025 10:30:00 +0100", """Good morning,

I'd like to confirm a place at the conference for myself (non-member). I've been told by our finance team that we can't pay in advance - they'll need a valid invoice addressed to Marshfield District Council, Exchequer Services, Civic Centre, Marshfield MF1 1AA, and they pay on 30-day terms.

Could you also confirm whether the fee is subject to VAT?

Regards,
Callum Whitlock
Communities and Wellbeing
Marshfield District Council
""", client="outlook", org="Marshfield District Council, Communities and Wellbeing", member=False,
      invoice_address="Marshfield District Council, Exchequer Services, Civic Centre, Marshfield MF1 1AA",
      payment_agreement=True, questions=1, **REG,
      note="'confirm a place' as a booking; 'we can't pay in advance' is not a refusal to pay - they pay on invoice; a VAT question."),
    p("g11-us-plus-one.eml", ("Hannah Greenberg", "hannah@greenberg-consulting.example"),
      "Re: " + PROG_EN, "Tue, 01 Jul 2025 17:55:00 -0400", """OK, make it official - I'm registering. Bill my company please (Greenberg Consulting LLC, 88 Elm Street, Northampton, MA 01060, USA), I'll pay as soon as the invoice hits my inbox.

H.
""" + apple_en("30 Jun 2025, at 09:00", programme_en("Hannah Greenberg")),
      client="apple", name="Hannah Greenberg", organization="Greenberg Consulting LLC",
      invoice_address="Greenberg Consulting LLC, 88 Elm Street, Northampton, MA 01060, USA",
      payment_agreement=True, **REG, note="'make it official' above an Apple Mail quote; a one-person company."),
    p("g12-irish-group.eml", ("Declan Fitzmaurice", "declan.fitzmaurice@galwaybay-partnership.example"),
      "Bookings x3 - Galway Bay LDP", "Wed, 02 Jul 2025 12:00:00 +0100", """Hi folks,

Thanks for confirming we're eligible. We're booking three places:

- Declan Fitzmaurice
- Orla Brennan
- Cathal Ó Súilleabháin

None of us are members. Invoice to Galway Bay Local Development Partnership CLG, Unit 4, Ballybrit Business Park, Galway H91 R2E3 - payment by EFT on receipt.

Cheers,
Declan
""", name="Declan Fitzmaurice", organization="Galway Bay Local Development Partnership CLG", member=False,
      persons=3, people=["Orla Brennan", "Cathal Ó Súilleabháin"],
      invoice_address="Galway Bay Local Development Partnership CLG, Unit 4, Ballybrit Business Park, Galway H91 R2E3",
      payment_agreement=True, **REG,
      note="Three places, a dashed list with the sender first; 'none of us are members' for all (not per person)."),
    p("g13-uk-confirm-attendance.eml", ("Priya Ramanathan", "priya.ramanathan@northwold.gov.example"),
      "Booking confirmed - Ramanathan", "Thu, 03 Jul 2025 09:15:00 +0100", """Dear Sir/Madam,

Further to my expression of interest in April, I am pleased to confirm my attendance. I understand this email suffices in place of the form. Invoices should be addressed to:

Northwold County Council
Shared Services Centre
Order no. NCC-PO-77120
County Hall
Northwold NW3 8HB

Payment will follow on receipt of a valid invoice.

Yours faithfully,
Priya Ramanathan
Strategic Intelligence Unit, Northwold County Council
""", client="outlook", org="Strategic Intelligence Unit, Northwold County Council",
      invoice_address="Northwold County Council, Shared Services Centre, Order no. NCC-PO-77120, County Hall, Northwold NW3 8HB",
      payment_agreement=True, **REG,
      note="'pleased to confirm my attendance' after a pre-registration: binding; an order number inside the invoice block."),
]
