"""What the writer wants done about coming, read as grammar rather than phrases.

The rules (``rules/intents.toml``) know phrases; people write verbs in all their
forms. This module reads each clause of what the sender wrote as a small German or
English sentence: a verb of registering, of coming or of cancelling, who it is about
(the writer: "ich", "wir", "mich", "me", "my name", or a request to the office:
"bitte", "please", "können Sie ..."), and what undoes it (a negation, a condition, a
report of an earlier step). Separable verbs are put back together ("merke mich gerne
vor" = vormerken, "melde ... an", "trage ... ein"), participles with "werden"/"lassen"
are requests ("möchte vorgemerkt werden", "vormerken lassen"), with "bin"/"habe" only
reports, with "wird" and no wish beside descriptions ("angemeldet wird dann über mich"); a
clause that asks to change what the office holds ("bitte ändern Sie das bei meiner
Anmeldung") asks for no place; not coming cancels also beside a question (not a change
of day: "nicht am Donnerstag, sondern am Freitag"); a mail that names another kind of event
and not ours ("Fachtag", "Seminar") registers for that one, not for ours; an infinitive with "zu" is a request when a "bitte(n)" governs it ("bitten wir,
Frau X vorzumerken"); asking leave ("Wäre es in Ordnung, wenn ich mich vormerken lasse?")
is a request, "auf die Liste setzen" and "vorläufig führen" register, "dazunehmen"
adds a person. A verbal noun ("Anmeldung", "Reservierung") names the act without doing it
("Sie nehmen Anmeldungen per Mail an"), unless it is the writer's ("meine feste Anmeldung")
or asked for ("um Reservierung ... gebeten"). A condition ("falls", "sofern") holds back its sentence, a condition of time
("sobald") only what follows it, and one the question before answers ("wenn ja") none. Dialect spellings meet the standard forms through regular sound patterns in
``standard`` (Swabian/Bavarian "-a" infinitives, "scht" for "st", "ö/ü" for "o",
"dobei", Low German "vörmarken" by its consonants), never through a list of mails.

``classify`` asks ``wanted`` in two places only: when no rule knew the words (the
mail would be "other") and the mail is written to the office as a person writes to it
(``addressed``: not sent blind or to many, not only a forwarded mail; a clause that
invites the reader, "melden Sie sich an", is no wish either), and beside questions, when the rules took a mail for a
question but it also asks for a place ("Ich merke mich gerne vor. Gibt es ...?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from inbox_agent.model import Intent
from inbox_agent.understanding.text import fold

# A clause ends at a sentence mark, a blank line, a comma, semicolon, colon or a dash.
# (not after an abbreviation: "auf die Warteliste bzw. Vormerkliste setzen", nor after
# an ordinal: "ich wechsle zum 1. September")
_SENTENCE = re.compile(r"(?<!\b\d\.)(?<!\b\d\d\.)(?<!\bbzw\.)(?<!\bggf\.)(?<!\bevtl\.)(?<!\bca\.)(?<!\bz\.b\.)(?<!\bu\.a\.)(?<!\bd\.h\.)"
                       r"(?<!\bdr\.)(?<!\bnr\.)(?<!\bfr\.)(?<!\bhr\.)(?<!\bgeb\.)(?<=[.!?])\s+"
                       r"|\n[ \t]*\n|\n(?=\s*(?:[-*•]|\d{1,2}[.)])\s)", re.I)
_CLAUSE = re.compile(r"[,;:]\s|\s[–—-]\s")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

# The writer as a person (not a possessive: "unserem Fachtag" is the inviter's event).
_PERSONS = frozenset("ich i ick ik isch ech mich mi mech mek mir mer mr ma mia wir wi uns us me myself we ourselves "
                     "i'd i'm i'll i've we'd we'll we're we've".split())
_POSSESSIVES = frozenset("my our mein meine meiner meinen meinem ming minge unser unsere unserer unseren "
                         "unserem".split())
FIRST = _PERSONS | _POSSESSIVES
_FIRST_STEMS = ("unterzeichn",)  # Amtsdeutsch: "für den Unterzeichner"
_REQUEST = frozenset("bitte bittschön please pls kindly".split())
_YOU = frozenset("sie se du ihr you".split())
# The reader as the one who is to register: a circular's invitation, not the writer's wish.
_READER = frozenset("sich dich euch yourself yourselves".split())
_MODAL_YOU = frozenset("koennen koennten koennt koenntet kannst koennet kennet koenne koennte kinnt kinnts wuerden "
                       "wuerdet wuerde daeten daet could can would".split())
NEGATION = frozenset("nicht nich nit net ned nid nech not nix nichts nothing kein keine keinen never cannot can't won't "
                     "unable wont".split())
_CONDITION = frozenset("falls wenn sofern if ob obs ob's whether sobald unless bevor before".split())
# Conditions of time: they hold back only what follows them ("sobald ..., melde ich mich an"),
# not a request before them ("..., mir das Programm zuzusenden, sobald es vorliegt").
_TEMPORAL = frozenset("sobald bevor before".split())
# A condition answered by the question before it ("Wenn ja, würde ich mich vormerken lassen").
_GRANTED = frozenset("ja yes so".split())
# A request that governs the infinitive with "zu" after it ("bitten wir, Frau X vorzumerken").
_ASKING = frozenset("bitte bitten bat ersuchen ersuche".split())
# Asking leave: "Wäre es in Ordnung, wenn ich mich vormerken lasse?", "would it be OK if we
# registered?": the "wenn" names what the writer asks to do, no condition of it.
_PERMISSION = re.compile(r"\b(?:waere|waer|ist|is|would|will|wuerde)\s+(?:es|it|das|that)\s+(?:\w+\s+){0,2}"
                         r"(?:in ordnung|ok|okay|moeglich|recht|machbar|possible|alright|all right|fine)\s*,?\s*"
                         r"(?:wenn|dass|falls|if|for)\b")
# A change of day or person, not a cancellation: "nicht am Donnerstag, sondern am Freitag".
_INSTEAD = frozenset("sondern statt anstatt stattdessen instead rather".split())
# A clause that sets itself against the one before ("..., aber nehmen Sie mich auf").
_BUT = frozenset("aber but trotzdem dennoch however".split())
_REPORT = frozenset("habe hatte haben hatten hab have had already bereits".split())
_PASSIVE = frozenset("werden wird lassen lasse laten latn be being been get".split())
# A passive with "wird"/"werden" asks for something only beside a wish ("möchte vorgemerkt
# werden"); without one it describes how it is done ("angemeldet wird dann über mich").
_WANT = frozenset("moechte moechten moecht mecht will wollen wuerde wuerden soll sollen sollte wish want like".split())
# A clause that asks to change what the office holds ("bitte ändern Sie das bei meiner
# Anmeldung", "please amend my booking"): a change for a person, no new place asked for.
_CHANGE = frozenset("aendern aendert aenderst abaendern umbuchen umbucht umstellen umstellt korrigieren korrigiert "
                    "change amend alter switch".split())
# Words of time that put a binding step later: "fest machen wir's dann im Juni".
_LATER = frozenset("dann spaeter erst nach later once after januar februar maerz april mai juni juli august "
                   "september oktober november dezember".split())
_PRE = frozenset("vorlaeufig unverbindlich provisional provisionally preliminary tentative tentatively "
                 "vorbehaltlich vorbehalt provisorisch prereg preregistered pre-registered".split())
_BINDING = frozenset("verbindlich verbindliche verbindlichen fest feste festen fix fixe definitiv definitive "
                     "binding firm firmly definitely".split())
_ANCHOR = ("tagung", "jahrestagung", "konferenz", "conference", "koeln", "cologne", "vsop", "veranstaltung",
           "event", "kongress", "annual meeting")
# Another kind of event, named in a mail that does not name ours: a registration for it
# is none for us ("Fachtag", "Seminar", "Workshop", "Fortbildung", "Webinar").
_ELSEWHERE = r"\b(?:fachtag|fachtages|seminar|workshop|fortbildung|webinar|schulung|lehrgang|symposium|training|course)\b"
_LIST = frozenset("liste liss list lists platz plaetze place places seat seats spot spots option optionen".split())

# Verb particles, written on or standing alone at the clause's end, and their dialect forms.
_PARTICLES = {"dazu": "dazu", "vor": "vor", "voer": "vor", "vuer": "vor", "fuer": None, "an": "an", "aan": "an", "ein": "ein",
              "in": "ein", "auf": "auf", "op": "auf", "uff": "auf", "ab": "ab", "af": "ab", "teil": "teil",
              "deel": "teil", "mit": "mit", "frei": "frei", "met": "mit", "zurueck": "zurueck", "weg": "weg"}
_ATTACHED = ("dazu", "zurueck", "frei", "teil", "deel", "voer", "vuer", "vor", "ein", "auf", "weg", "mit", "an", "ab")
# ("-ts": the Bavarian/Austrian plural imperative, "nehmts", "schreibts")
_ENDINGS = ("ungen", "ung", "en", "et", "st", "ts", "e", "n", "t", "a")
# Root families: (root, particle or None for "any or none").
_REGISTER = {("meld", "an"), ("meld", "vor"), ("merk", "vor"), ("trag", "ein"), ("schreib", "auf"),
             ("notier", None), ("reservier", None), ("buch", None), ("nehm", "auf"), ("nehm", "dazu"), ("schreib", "ein"),
             ("halt", "frei"), ("halt", "vor")}
# Verbs that register only with a list or a provisional word beside them: "auf die Liste
# setzen", "auf die Vormerkliste setzen lassen", "vorläufig führen", "nehmt mich mit auf
# die Liste" ("nehmen" only with "auf": "nehmen Sie mich von der Liste" takes off).
_LISTING = frozenset("setz fuehr".split())
_ATTEND = {("nehm", "teil"), ("nahm", "teil"), ("komm", None), ("kumm", None), ("kimm", None), ("kaam", None)}
_CANCEL = {("sag", "ab"), ("meld", "ab"), ("stornier", None), ("storn", None), ("zieh", "zurueck"), ("nehm", "zurueck"),
           ("mach", "weg")}
# "dabei" with its dialect vowels: dobei, debei, derbei, dabii, dorbi
_THERE = re.compile(r"d[aeo]r?b[aei]{1,2}$")
_EN_REGISTER = frozenset("enrol enroll enrolled enrolling register registered registering book booked booking "
                         "reserve reserved reserving pencil".split())
_EN_PLACE = frozenset("put pop add added stick insert inserted include included enter entered write jot note "
                      "mark count sign keep hold save".split())
_EN_ATTEND = frozenset("attend attending come coming join joining participate participating".split())
# What one joins as a member, not as an attendee.
_CLUB = frozenset("association associations society club network membership members verein verband".split())
_EN_STATE = frozenset("am is are was were has have had already".split())
_EN_CANCEL = frozenset("cancel cancelled canceled withdraw withdrawing".split())
_SEND = frozenset("sende schicke uebersende uebersenden uebermittle leite send sending forward forwarding "
                  "attach attached enclose enclosed anbei anliegend beigefuegt".split())
# Booking and reserving name a place or a person, or they are about a train or a hotel.
# "we're booking three places" (said as done); "we would like to book" stays a wish
_EN_BOOK = frozenset(["booking"])
_NEEDS_OBJECT = frozenset("buch reservier nehm book booked booking reserve reserved reserving".split())
_OBJECTS = frozenset("mich uns mi me us my our name names".split())
_FORM_HEADS = ("bogen", "formular", "formblatt")


@dataclass(frozen=True)
class Wish:
    """What the writer wants, and the clause that says it (for the rule hit)."""

    intent: Intent
    clause: str


def standard(word: str) -> str:
    """One folded word in a standard spelling, by regular sound patterns of dialects:
    "fescht" -> "fest", "vormerka" -> "vormerken", "lassa" -> "lassen"."""
    word = word.replace("scht", "st")
    if len(word) > 4 and word.endswith("a") and not word.endswith(("ia", "ua")):
        word = word[:-1] + "en"
    return word


def _skeleton(word: str) -> str:
    """The consonants of a word, doubles merged: "voermarken" and "vormerken" meet."""
    out = re.sub(r"[aeiouy]", "", word)
    return re.sub(r"(.)\1+", r"\1", out)


@dataclass(frozen=True)
class _Verb:
    root: str
    particles: tuple[str, ...]
    participle: bool
    infinitive: bool = False  # "vorzumerken", "anzumelden": a particle, "zu", the verb


def _split(word: str) -> _Verb:
    """A German word as particles, participle "ge" and root: "angemeldet" ->
    (an), ge, "meld"; "vorgemerkt" -> (vor), ge, "merk"; "teilnahme" -> (teil), "nahm"."""
    particles: list[str] = []
    found = True
    while found:
        found = False
        for prefix in _ATTACHED:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                particles.append(_PARTICLES[prefix] or prefix)
                word, found = word[len(prefix):], True
                break
    infinitive = bool(particles) and word.startswith("zu") and len(word) >= 6
    if infinitive:
        word = word[2:]
    participle = word.startswith("ge") and len(word) > 5
    if participle:
        word = word[2:]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return _Verb(word, tuple(particles), participle, infinitive)


def _in_family(verb: _Verb, loose: tuple[str, ...], family: set[tuple[str, str | None]]) -> bool:
    """Is ``verb`` (with a particle attached or standing alone at the clause's end) one
    of ``family``? Roots of separable verbs also meet by their consonants (dialect
    vowels: "vörmarken"), beginning with the same letter."""
    for root, particle in family:
        same = verb.root == root or (particle is not None and verb.root[:1] == root[0]
                                     and len(_skeleton(root)) >= 3 and _skeleton(verb.root) == _skeleton(root))
        if same and (particle is None or particle in verb.particles or particle in loose):
            return True
    return False


_BE = frozenset("bin bist sind sin san simmer samma sein ist is am are".split())
_ELIDED = frozenset("muss kann moechte will werde wuerde komme melde merke trage nehme sage bin".split())
_AWAY = frozenset("aus auf zurueck darauf drauf vorbei".split())
_OFF_LIST = frozenset("raus eraf erunter runter streichen streicht remove take".split())
_FROM = frozenset("von vun vom vonne off from".split())


@dataclass(frozen=True)
class _Clause:
    words: tuple[str, ...]
    sentence: frozenset[str]  # every word of the sentence the clause is part of
    asks: bool
    text: str
    conditional: bool = False  # a condition of the sentence holds this clause back
    permits: bool = False  # the sentence asks leave to do it ("Wäre es in Ordnung, wenn ich ...?")


def _clauses(text: str) -> list[_Clause]:
    """Every clause of ``text`` with its sentence's words; quoted lines dropped."""
    visible = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
    out = []
    for sentence in _SENTENCE.split(visible):
        if not sentence or not sentence.strip():
            continue
        asks = sentence.rstrip().endswith("?")
        permits = bool(_PERMISSION.search(fold(" ".join(sentence.split()))))
        every = frozenset(standard(w) for w in _WORD.findall(fold(sentence)))
        parts = [(tuple(standard(w) for w in _WORD.findall(fold(clause))), clause)
                 for clause in _CLAUSE.split(sentence)]
        parts = [(words, clause) for words, clause in parts if words]
        conditions = [_conditions(words) for words, _clause in parts]
        for i, (words, clause) in enumerate(parts):
            conditional = not permits and any(w not in _TEMPORAL or j <= i
                                              for j, found in enumerate(conditions) for w in found)
            out.append(_Clause(words, every, asks, " ".join(clause.split()), conditional, permits))
    return out


def _conditions(words: tuple[str, ...]) -> set[str]:
    """The condition words of a clause ("nur dann", "only then" too), without those the
    question before answers ("wenn ja", "falls ja", "if so")."""
    return {w for i, w in enumerate(words) if (w in _CONDITION or (w in ("nur", "erst", "only") and words[i + 1:i + 2]
            in (("dann",), ("then",)))) and not (words[i + 1:i + 2] and words[i + 1] in _GRANTED)}


def _loose(words: tuple[str, ...]) -> tuple[str, ...]:
    """The particle standing at the clause's end ("merke mich gerne vor", "vormerken
    lassen" excepted: its particle is attached), if any."""
    tail = [w for w in words if w not in _PASSIVE and w not in ("zu", "bitte", "please")]
    if tail and tail[-1] in _PARTICLES and _PARTICLES[tail[-1]]:
        return (_PARTICLES[tail[-1]],)
    return ()


def _english(c: _Clause, first: bool, request: bool) -> str | None:
    """The English verb families: "enrol my name", "sign me up", "add me to the list",
    "I would like to be inserted in the list", "we will attend", "cancel my place"."""
    words = c.words
    for i, w in enumerate(words):
        after = words[i + 1:i + 4]
        objects = any(x in ("me", "my", "us", "our", "myself") for x in after)
        if w in _EN_CANCEL and (first or request):
            return "cancel"
        if w.endswith("ed") and i and words[i - 1] in _EN_STATE:  # "I am registered": a state
            continue
        if w == "make" and after[:1] == ("it",) and first:
            return "attend"
        if w in _EN_REGISTER and (first or request) and (w not in _NEEDS_OBJECT or (_OBJECTS | _LIST) & set(after)):
            return "register"
        if w == "sign" and "up" in words[i + 1:i + 4] and (first or request):
            return "register"
        if w in _EN_PLACE and (objects or (i and words[i - 1] in ("be", "been", "get")) and first):
            if w not in ("keep", "hold", "save", "count") or any(x in _LIST for x in words) or "in" in after:
                return "register"
        if w in _EN_ATTEND and first and not c.asks:
            if w.startswith("join") and _CLUB & set(after):
                continue  # "we should join your association": membership, not a place
            return "attend"
    return None


def _german(c: _Clause, first: bool, request: bool) -> str | None:
    """The German verb families, separable verbs put together, participles weighed."""
    words, loose = c.words, _loose(c.words)
    passive = any(w in _PASSIVE for w in words)
    described = bool({"wird", "werden"} & set(words)) and not (_WANT & set(words) or request)
    elided = words[0] in _ELIDED
    report = any(x in _REPORT for x in words) and any(_split(x).participle for x in words) and not passive
    if (_SEND & set(words) or {"leite", "weiter"} <= set(words)) and (first or elided) and not report \
            and any(_registration_noun(x) for x in c.sentence):
        return "send"
    if any(_in_family(_split(w), loose, _CANCEL) for w in words) and (first or request or elided):
        return "cancel"
    for i, w in enumerate(words):
        verb = _split(w)
        report = report or (verb.participle and not passive and bool(_BE & set(words))) \
            or (verb.participle and described)
        listing = verb.root in _LISTING or (verb.root == "nehm" and "auf" in words)
        if listing and (first or request or elided) and not report \
                and (_PRE & set(words) or any(x.endswith(("liste", "list")) for x in words)):
            return "register"
        if _in_family(verb, loose, _REGISTER) and (first or request or elided) and not report \
                and not (_verbal_noun(w) and not _noun_acts(words, i, c.sentence)):
            if verb.root in _NEEDS_OBJECT and "dazu" not in (*verb.particles, *loose) \
                    and not any(x in _OBJECTS or x in _LIST or "platz" in x for x in words):
                continue
            if verb.root == "halt" and not any(x in _LIST or "platz" in x for x in words):
                continue  # "halten Sie mir einen Platz frei", not "wir halten uns den Tag frei"
            if any(verb.root.startswith(r) and verb.root.endswith(_FORM_HEADS) for r, _ in _REGISTER):
                continue
            return "register"
        if _in_family(verb, loose, _ATTEND) and (first or elided) and not report:
            if verb.root[0] == "k" and (_AWAY & set(words) or set((*verb.particles, *loose)) - {"mit"}):
                continue
            return "attend"
        if _THERE.match(w) and (first or elided) and (_BE & set(words) or {"gern", "gerne", "jern"} & set(words)):
            return "attend"
        if w == "mit" and "hin" in words[i + 1:i + 3] and first:
            return "attend"
    if _FROM & set(words) and _LIST & set(words) and _OFF_LIST & set(words) and (first or request):
        return "cancel"
    return None


def _verbal_noun(word: str) -> bool:
    """"Anmeldung(en)", "Vormerkung", "Buchungen": the act named, not done ("Sie nehmen
    Anmeldungen noch per Mail an", "unser Tool übernimmt Anmeldung und Rechnung")."""
    return len(word) > 6 and word.endswith(("ung", "ungen"))


# "um Reservierung ... gebeten", "bitte um Vormerkung": a request governs the noun.
_ASKED_FOR = frozenset("bitte bitten bittet gebeten bat ersuche ersuchen ersucht".split())


def _noun_acts(words: tuple[str, ...], i: int, sentence: frozenset[str]) -> bool:
    """Does the verbal noun at ``words[i]`` stand for the writer's own step: "meiner festen
    Anmeldung", "unsere Vormerkung" (a possessive of the writer right before it, or with
    adjectives between), or "um Reservierung ... gebeten" (asked for)?"""
    j = i - 1
    while j >= max(0, i - 3) and words[j] not in _POSSESSIVES and words[j].endswith(("e", "en", "er", "es", "em")):
        j -= 1
    if j >= 0 and words[j] in _POSSESSIVES:
        return True
    return "um" in words[max(0, i - 3):i] and bool(_ASKED_FOR & sentence)


def _registration_noun(word: str) -> bool:
    """"Anmeldung", "Anmeldebogen", "Anmeldeformular", "registration" (a document sent)."""
    if word in ("registration", "form", "formular"):
        return True
    verb = _split(word)
    return "an" in verb.particles and (verb.root == "meld" or (verb.root.startswith("meld") and word.endswith(_FORM_HEADS)))


def _read(c: _Clause, acting: bool = False) -> str | None:
    """What one clause does: "register", "attend", "send" (a registration form),
    "cancel", "not-attend" (a negated coming) or None."""
    if c.conditional and not (c.words[0] in _BUT and not _CONDITION & set(c.words)):
        return None  # "falls ich kann, melde ich mich an"; but "..., ob es klappt, aber nehmen Sie mich auf" asks
    words = set(c.words)
    first = bool(FIRST & words) or any(w.startswith(_FIRST_STEMS) for w in words)
    asks_office = bool(_MODAL_YOU & words) and bool(_YOU & words)
    request = bool(_REQUEST & words) or asks_office or (len(c.words) > 1 and c.words[1] in _YOU) \
        or (bool(_ASKING & c.sentence) and any(_split(w).infinitive for w in c.words))
    request = request or c.permits
    if c.asks and not (asks_office or c.permits):
        return None
    if _READER & words and not (_PERSONS & words):
        return None  # "melden Sie sich jetzt zu unserem Fachtag an!": an invitation to the reader
    if _CHANGE & words:
        return None
    found = _german(c, first, request) or _english(c, first, request)
    if acting and found == "attend" and not (NEGATION & words and first and not _INSTEAD & c.sentence):
        return None  # beside a question, coming is what it asks about; not coming cancels
    if found is not None and NEGATION & words:
        return "not-attend" if found == "attend" and first else None
    return found


def wanted(text: str, subject: str = "", *, anchored: bool, invoice: bool = False,
           acting: bool = False) -> Wish | None:
    """What the writer of ``text`` wants about coming, if a clause says it: a
    pre-registration (the default, and whenever the mail says "vorläufig",
    "unverbindlich", "provisional" or puts the binding step later), a registration (a
    binding word, an invoice address, a registration form sent), or a cancellation
    (a cancelling verb, or a negated coming, and nothing positive). A coming alone
    counts only in a mail about the conference (``anchored``), and not at all beside a
    question (``acting``: "I'd like to come. Do I need a visa?" asks about coming)."""
    if not anchored and re.search(_ELSEWHERE, fold(f"{subject}\n{text}")):
        return None  # "hiermit melde ich mich für den Fachtag Kinderschutz in Ulm an": someone else's event
    read = [(c, _read(c, acting)) for c in _clauses(text)]
    positive = [(c, r) for c, r in read if r in ("register", "send") or (r == "attend" and anchored)]
    if positive:
        return Wish(_binding_or_not(text, subject, positive, invoice), positive[0][0].text)
    negative = [c for c, r in read if r == "cancel" or (r == "not-attend" and anchored)]
    if negative:
        return Wish(Intent.CANCELLATION, negative[0].text)
    return None


def coming(sentence: str) -> bool:
    """Does a clause of ``sentence`` register someone or announce a coming ("wir melden
    Frau A und Herrn B an", "also my colleague X wants to come")?"""
    return any(_read(c) in ("register", "attend") for c in _clauses(sentence))


def _binding_or_not(text: str, subject: str, positive: list[tuple[_Clause, str]], invoice: bool) -> Intent:
    every = [w for s in _sentence_words(f"{subject}\n\n{text}") for w in s]
    if any(w in _PRE or (len(w) > 6 and _skeleton(w) in _PRE_SKELETONS) for w in every):
        return Intent.PRE_REGISTRATION
    if any("vor" in _split(w).particles for c, _r in positive for w in c.words if _split(w).root in ("merk", "meld")):
        return Intent.PRE_REGISTRATION
    for c in _clauses(text):
        for i, w in enumerate(c.words):
            if w in _BINDING:
                if _LATER & set(c.words) or NEGATION & set(c.words[max(0, i - 3):i]):
                    return Intent.PRE_REGISTRATION
                return Intent.REGISTRATION
    if invoice or any(r == "send" for _c, r in positive):
        return Intent.REGISTRATION
    if any(w in _EN_BOOK for c, _r in positive for w in c.words):
        return Intent.REGISTRATION  # "we're booking three places": an English booking is firm unless provisional
    return Intent.PRE_REGISTRATION


_PRE_SKELETONS = frozenset(_skeleton(w) for w in _PRE if len(w) > 6)


def _sentence_words(text: str) -> list[list[str]]:
    visible = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
    return [[standard(w) for w in _WORD.findall(fold(s))] for s in _SENTENCE.split(visible) if s and s.strip()]


def anchored(text: str) -> bool:
    """Does ``text`` name the conference (or what it is: a Tagung, a conference)?"""
    folded = fold(text)
    return any(re.search(rf"\b{word}\w*", folded) for word in _ANCHOR)


__all__ = ["Wish", "wanted", "coming", "anchored", "standard", "FIRST", "NEGATION"]
