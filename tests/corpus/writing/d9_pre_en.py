"""DEVELOPMENT set 9: pre-registrations in English, native (UK councils, Ireland, the US,
Canada, Australia) and non-native (Italian, Greek, Hungarian, Turkish writers)."""

from d9_quote import p

PRE = dict(intent="pre_registration", en=True)

MAILS = [
    p("e01-uk-two-places.eml", ("Owain Pritchard", "owain.pritchard@easthaven.gov.example"),
      "Conference in Cologne - provisional booking", "Tue, 08 Apr 2025 10:31:00 +0100", """Dear colleagues,

We'd like to book two places provisionally, for myself and my colleague Siobhan Ferrier. Our travel still has to be signed off by the Head of Service, so please treat this as a provisional booking for now.

Kind regards,

Owain Pritchard
Policy and Insight Team
Easthaven Borough Council
""", client="outlook", org="Policy and Insight Team, Easthaven Borough Council", persons=2,
      people=["Siobhan Ferrier"], **PRE,
      note="UK council English: 'book two places provisionally'; the unit above the council in the signature, labelled in the order written."),
    p("e02-us-count-me-in.eml", ("Dana Whitcombe", "dwhitcombe@hennepin-ridge.example"),
      "Count me in!", "Wed, 09 Apr 2025 16:05:12 -0500", """Hi there,

Count me in for September! Please send the program and the form when they're ready. I'll be flying in from Minneapolis so the earlier I know the details the better.

Thanks,
Dana
--
Dana Whitcombe, MPP
Ridge County Human Services Planning
""", client="iphone", name="Dana Whitcombe", org="Ridge County Human Services Planning", **PRE,
      note="American: 'Count me in' plus a request for the programme; 'MPP' is a degree suffix, not an academic title in the label's sense."),
    p("e03-ireland-pencil-livestream.eml", ("Aoife Mac Craith", "aoife.maccraith@corkmore-coco.example"),
      "Pencil me in?", "Thu, 10 Apr 2025 09:47:30 +0100", """Hi,

Would love to attend - could you pencil me in? Also, is there any chance of a livestream for colleagues who can't travel? A few of the team would be very interested.

Go raibh maith agat,
Aoife Mac Craith
Community Development Section, Corkmore County Council
""", client="gmx", org="Community Development Section, Corkmore County Council", questions=1, **PRE,
      note="'could you pencil me in?' is a request (not a question); the livestream question is one. Irish closing."),
    p("e04-canada-questions.eml", ("Marc-André Tremblay", "ma.tremblay@ville-sainte-odile.example"),
      "Interest in the VSOP conference / a few questions", "Fri, 11 Apr 2025 14:22:10 -0400", """Hello,

I work on social planning for a mid-sized city in Quebec and a colleague in Germany forwarded your announcement. I'd like to reserve a spot. Before I submit a travel request, though:

- Are any sessions held in English, or is there interpretation?
- Could you provide a formal invitation letter for my employer?
- Is there a reduced rate for international guests?

Many thanks,
Marc-André Tremblay
Ville de Sainte-Odile, Service du développement social
""", org="Ville de Sainte-Odile, Service du développement social", questions=3, **PRE,
      note="Canadian, mostly questions in a list; the wish to reserve a spot comes first and is easy to miss."),
    p("e05-aus-put-me-down.eml", ("Bronwyn Keogh", "bronwyn.keogh@shire-of-banksia-flat.example"),
      "Re: VSOP annual conference", "Sun, 13 Apr 2025 21:15:00 +1000", """G'day,

Keen to come along if I can swing the trip around a study tour in Europe - put me down as a maybe for now and I'll firm it up by June.

Cheers,
Bronwyn Keogh
Community Planning Coordinator
Shire of Banksia Flat
""", client="apple", org="Shire of Banksia Flat", **PRE,
      note="Australian: 'put me down as a maybe' is a pre-registration; job title line left out of the organisation."),
    p("e06-italian-preinscription.eml", ("Francesca Lombardini", "f.lombardini@comune-valdarno.example"),
      "pre-inscription conference", "Tue, 15 Apr 2025 11:40:00 +0200", """Good morning,

I would like to make a pre-inscription for the conference of September in Cologne. I am working in the social services of my municipality and we are doing a project about integrated planning with a German city. I will confirm definitively after the approval of my responsible.

Best regards
Francesca Lombardini
Comune di Valdarno - Area Servizi Sociali
""", org="Comune di Valdarno, Area Servizi Sociali", **PRE,
      note="Italian English ('pre-inscription', 'my responsible', 'confirm definitively'): a pre-registration."),
    p("e07-greek-preliminary.eml", ("Eleni Papadimitriou", "e.papadimitriou@dimos-kalamonas.example"),
      "Registration preliminary", "Wed, 16 Apr 2025 08:03:27 +0300", """Dear Sir or Madam,

Please register me preliminary for the annual meeting. I am waiting the approval of my director and after I will send you the form. Is it possible to receive the programme in English also?

With kind regards,
Eleni Papadimitriou
Municipality of Kalamonas, Department of Social Policy
""", client="outlook", org="Municipality of Kalamonas, Department of Social Policy", questions=1, **PRE,
      note="Greek English ('register me preliminary', 'waiting the approval'): pre-registration; asks for an English programme (a question for a person)."),
    p("e08-hungarian-reserve-seat.eml", ("Zsófia Kertész", "kertesz.zsofia@szocialis-kozpont-tiszafalu.example"),
      "participation", "Thu, 17 Apr 2025 13:13:13 +0200", """Dear Organizers,

I am interested to participate on your conference and I kindly ask you to reserve one seat for me. We are not member of your association.

Sincerely yours,
Kertész Zsófia
Social Centre of Tiszafalu
""", name="Zsófia Kertész", org="Social Centre of Tiszafalu", member=False, **PRE,
      note="Hungarian English, the name family-first in the signature ('Kertész Zsófia'); not a member."),
    p("e09-turkish-language.eml", ("Emre Yıldırımoğlu", "emre.yildirimoglu@kadikoy-sosyal.example"),
      "about the conference", "Fri, 18 Apr 2025 10:44:00 +0300", """Hello,

My name is Emre and I am working in the social planning unit of Kadıköy Social Services Foundation. I would like to attend, please keep a place for me. Is the conference only in German language? My German is only basic.

Thank you and best regards
Emre Yıldırımoğlu
""", organization="Kadıköy Social Services Foundation", questions=1, **PRE,
      note="Turkish English; organisation in a sentence; one question about the language."),
    p("e10-us-assistant.eml", ("Tyler Brandt", "tbrandt@lakeshore-policy.example"),
      "Hold a spot for Dr. Kowalczyk", "Mon, 21 Apr 2025 09:00:00 -0400", """Good morning,

I'm writing on behalf of Dr. Renee Kowalczyk, our Director of Research, who asked me to hold a spot for her at the Cologne conference. Please send all materials directly to her at rkowalczyk@lakeshore-policy.example.

Best,
Tyler Brandt
Executive Assistant
Lakeshore Policy Institute
""", client="outlook", name="Renee Kowalczyk", title="Dr.", email="rkowalczyk@lakeshore-policy.example",
      organization="Lakeshore Policy Institute", **PRE,
      note="An assistant for his director, her address given: the director is the attendee."),
    p("e11-uk-formal.eml", ("Priya Ramanathan", "priya.ramanathan@northwold.gov.example"),
      "Expression of interest - VSOP 2025", "Tue, 22 Apr 2025 12:17:45 +0100", """Dear Sir/Madam,

Please accept this email as an expression of interest in attending the VSOP annual conference. I understand this does not commit me, and I will send the booking form once funding is confirmed by our training budget holder.

Yours faithfully,

Priya Ramanathan
Senior Research Officer
Strategic Intelligence Unit
Northwold County Council
""", client="outlook", org="Strategic Intelligence Unit, Northwold County Council", **PRE,
      note="UK formal: 'an expression of interest' is a pre-registration; the unit above the council in the signature, in the order written."),
    p("e12-apple-reply-programme.eml", ("Hannah Greenberg", "hannah@greenberg-consulting.example"),
      "Re: " + "Your pre-registration: VSOP-Jahrestagung 2025 – programme and registration form",
      "Wed, 23 Apr 2025 18:30:02 -0400", """Sorry, I think this went to me by mistake? I haven't signed up - but now that I've seen the programme, actually yes, please do keep a place for me.

Hannah
""" + "\n\n> On 22 Apr 2025, at 11:02, VSOP e.V. Geschäftsstelle <geschaeftsstelle@vsop.de> wrote:\n>\n> Dear Hannah Greenberg,\n>\n> Thank you for pre-registering for\n", client="apple", **PRE,
      note="Starts as a confused question above the quoted programme mail, then turns into a pre-registration; no question left for a person."),
    p("e13-irish-two-things.eml", ("Declan Fitzmaurice", "declan.fitzmaurice@galwaybay-partnership.example"),
      "VSOP Cologne", "Thu, 24 Apr 2025 15:00:00 +0100", """Hi folks,

Two things. First, please register my interest - I'd like to come. Second, we're a local development company, not a council: are we even eligible, or is the conference only for local authorities?

Thanks a million,
Declan
Galway Bay Local Development Partnership CLG
""", name="Declan Fitzmaurice", org="Galway Bay Local Development Partnership CLG", questions=1, **PRE,
      note="'Two things': register my interest plus an eligibility question."),
    p("e14-aus-gmail.eml", ("Liam Nguyen", "liam.nguyen.planning@gmail.example"),
      "Expression of interest", "Sat, 26 Apr 2025 08:12:00 +1000", """Hi,

I'm a social planner with the City of Port Marrin and I'll be in Germany in late September anyway. Happy to join if there's room - please add me to the list of interested people.

Regards,
Liam Nguyen
""", client="android", organization="City of Port Marrin", **PRE,
      note="Australian, a private Gmail address, the organisation in a sentence; 'please add me to the list'."),
]
