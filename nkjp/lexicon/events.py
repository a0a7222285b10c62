"""Patterns and word lists of the events stage (nkjp/events.py).

Every entry is named and carries the kind of sentence it exists for.  Nothing here names a
person, place or phrase of any particular article: these are the general shapes of English news
prose.
"""

from __future__ import annotations

import re

from nkjp.lexicon.text import trie

# -- clause splitting ---------------------------------------------------------------------------

# Where one clause ends and the next begins inside a sentence.  The match is the boundary
# itself; the clause of a time expression is the stretch between the boundaries around it.
#   "..., the ministry said Friday; talks resumed in May"              -> ";"
#   "Seoul protested, while Tokyo said on Monday it would respond"     -> ", while"
#   "The court ruled Tuesday, which angered Tokyo"                     -> ", which"
#   "..., a ministry spokeswoman said on Friday."                      -> ","  (attribution)
#   "The visit came after the North fired a missile on Sunday"         -> " after"
# Every character ``\s`` matches, spelt out as ranges: a class of ranges is tested at C speed
# where ``\s`` is a Unicode look-up per character.
_SPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
CLAUSE_BREAK = re.compile(
    # The pattern opens with the one character every boundary starts with (a comma, a
    # semicolon, a dash, a colon or a space), as a class, so the regex engine skips every other
    # character without trying the branches; each branch then checks which character it was.
    # No re.I (the words are lower case inside a sentence).
    r"[;\u2014:," + _SPACE + r"](?:"
    r"(?<=[;\u2014])\s*|(?<=:)(?<!\d:)(?!\d)\s*"
    # "talks ended; the envoy left" / "a dash \u2014 like this" (not the colon of "2:15 p.m.")
    r"|(?<=,)(?:[\"\u201d\u2019']?\s*(?:and|but|while|whereas|which|who|whom|where|when|after|"
    r"before|as|because|although|though|since|until|prompting|raising|adding|saying|noting)\b"
    # ", while Tokyo said" / ", adding that ..." / 'talks," and Seoul last week sent'
    r"|\s*(?=[\"\u201c\u2018])"  # ', "We will ...' (a quotation begins)
    r"|[\"\u201d\u2019']?\s+)"  # any other comma: "In March, the navy ..."
    r"|(?<=\s)(?=[-abstw])(?:--\s+"  # ASCII dash in wire copy: "BUSAN -- Police said ..."
    r"|(?:but|while|whereas|because|although|though|after|before|when|whom|who|which)\b"
    # "The protest came after Tokyo ..." / "... when they opened an office"
    r"|since\s+(?=(?:a|an|the|its|his|her|their)\s+[a-z])))"
    # "trade has slowed since a new cabinet took over" (not "since the 2019 accord")
)

# A boundary that is only punctuation (a comma or a dash): the chunk after it may be an
# apposition ("Choi, the envoy to Tokyo, said ...") or an adverbial ("In March, ...").
PLAIN_BREAK = re.compile(r"[\s,\u2014\"\u201d\u2019'-]*")

# A time expression followed by a restrictive "when" clause dates that clause: "since 2009 when
# they opened an office", "as in May when a choir sang in Seoul".  (After a comma the clause
# only adds to the event: "last met in February, when they agreed to ...".)
WHEN_AFTER = re.compile(r"\s+when\b", re.I)

# -- verbs, for the action ----------------------------------------------------------------------

# Irregular past forms common in news copy: "met", "held talks", "fled North Korea".
IRREGULAR_PAST = frozenset(
    """
    arose ate became began bit bled blew broke brought built burnt bought caught chose came
    cost crept cut dealt did dove drew drank drove dug fell fed felt fought found fled flew
    forbade forgot forgave froze got gave went grew hung had heard hid hit held hurt kept knew
    laid led leapt left lent let lay lit lost made meant met paid put quit read rode rang rose
    ran said saw sought sold sent set shook shot shut sang sank sat slept slid spoke spent spun
    split spread sprang stood stole stuck stung struck swore swept swam swung took taught tore
    told thought threw understood undertook upheld woke wore won withdrew wrote overturned
    oversaw overtook
    """.split()
)

# Words that end in -ed / -s but are not verbs in news prose: "the United States",
# "a hundred", "a red line", "a Japan-based group", "news", "talks" (noun).
NOT_VERBS = frozenset(
    """
    united hundred red bed need speed seed feed deed breed shed sacred naked wicked rugged
    alleged aged beloved ragged skilled talented renowned detailed related limited
    based armed concerned unidentified so-called
    """.split()
)

# Auxiliaries and modal phrases that belong to the verb group of the action:
# "will visit", "has agreed", "was killed", "is due to fly", "plans to hold".
AUXILIARY = frozenset(
    """
    will would shall should can could may might must has have had is are was were be been
    being did does do to not also already still then later
    """.split()
)

# An auxiliary or modal as a word: a stretch holding one has a verb even when the verb itself
# is not in our lists ("firms in the zone could collapse, officials said Friday").
AUXILIARY_WORD = re.compile(
    r"\b(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had)\b"
)

# Present-tense and bare verbs that news copy dates: "says", "plans to", "agree to".
COMMON_VERBS = frozenset(
    """
    says visits meets plans agrees announces holds leaves arrives returns signs launches
    fires takes makes opens begins ends starts stays speaks expects hopes seeks faces
    visit meet plan agree announce hold leave arrive return sign launch fire take make open
    begin end start stay speak expect hope seek face attend travel resume halt suspend
    discuss protest summon approve reject decide ban release send shake walk gather pose wave
    bow arrive watch pray stand sit listen talk
    comes raises remains marks follows shows appears seems gives calls wants needs gets keeps
    puts runs sees tells urges warns vows pledges denies rejects accuses claims insists
    """.split()
)

# Words that end a short predicate when it runs on: "met Kim in Pyongyang and discussed ..."
ACTION_STOP = frozenset(
    """
    and or but while which who whom that because although though as if when after before
    since until amid despite according
    """.split()
)

# Trailing words stripped from a cut predicate: "lifted a ban on imports of" -> "lifted a ban
# on imports".
ACTION_TAIL = frozenset(
    """
    a an the of to in on at for from by with into onto over about its his her their our my
    this that these those and or as than
    """.split()
)

# Longest action kept, in words: "lifted a ban on imports of Japanese seafood".
ACTION_MAX_WORDS = 8

# A word of prose: "Wonsan", "U.S.", "Jong-un", "2,500", "don't".
WORD = re.compile(r"[A-Za-z0-9][\w.'\u2019-]*")
# The first ACTION_MAX_WORDS words from a verb group on, in one match: group 1 the first word,
# then for each next word the text before it (2n) and the word (2n + 1), None past the last:
# "will visit | Seoul | next" from "will visit Seoul next week to ...".  (The same words as
# WORD finds one at a time, which the regex engine gives in one step.)
_GAP = r"([^A-Za-z0-9]*)"
_NEXT = r"(?:" + _GAP + r"([A-Za-z0-9][\w.'\u2019-]*)"
ACTION_WORDS = re.compile(
    r"[^A-Za-z0-9]*([A-Za-z0-9][\w.'\u2019-]*)"
    + _NEXT * (ACTION_MAX_WORDS - 1)
    + r")?" * (ACTION_MAX_WORDS - 1)
)

# -- which time expressions date nothing --------------------------------------------------------

# A deadline or a window, not the date of something: "hold talks within this year",
# "decide within a week", "in the next five years".
DEADLINE_BEFORE = re.compile(r"\b(?:within|in\s+the\s+(?:next|coming)|per|every|each)\s+$", re.I)
# The words DEADLINE_BEFORE ends with: after any other word the search is skipped.
DEADLINE_LAST = frozenset("within next coming per every each".split())

# A time expression used as an attribute of a noun repeats an event already dated when its
# value was seen before: "Friday's verdict" after "ruled on Friday", "the 2019 accord" after
# "an accord signed in March 2019".  The text right after such an expression:
NOUN_MODIFIER_AFTER = re.compile(r"^(?:'s|\u2019s|s'|\s+[a-z][\w-]*)", re.I)
# ... and the text right before it: "the 2019 accord", "its historic 2008 visit", "Friday's".
NOUN_MODIFIER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|this|that|last\s+week's)\s+(?:[\w-]+\s+){0,2}$", re.I
)

# A subject phrase usable as a descriptive actor when no known actor is named in it:
# "shipping officials said Friday", "the sailor returned", "two of the crew thanked them".
SUBJECT_DETERMINERS = re.compile(
    r"^(?:the|a|an|some|about|around|more\s+than|nearly|its|his|her|their|our|this|that|"
    r"these|those)\s+",
    re.I,
)

# Named periods without a number in them do not pin a new event to a year of their own: "the
# liberation", "the years after the Korean War", "the colonial era".  (With a number
# they do: "the 1950-1953 war", "the 1995 Kobe earthquake".)
# (This pattern and the other case-blind word lists searched below open with a look-ahead for
# the first letters of their words: the regex engine passes over every other position with
# one test instead of trying each word there.)
NAMED_PERIOD = re.compile(
    r"(?=[weoclaip])\b(?:war|wars|era|occupation|colonial|liberation|armistice|independence|partition)\b",
    re.I,
)

# Personal pronouns standing for a clause's subject; resolved through the cast's speaker
# look-up: "he said Friday", "They landed on Friday".
PRONOUN_SUBJECT = re.compile(r"^(?:he|she|they|it|we)$", re.I)

# Third-person pronouns, which may stand for the subject of the sentence before.
THIRD_PERSON = frozenset("he she they it".split())

# Longest subject description kept as an actor, in words: "three South Korean fishermen".
SUBJECT_MAX_WORDS = 6

# Determiners: a word after one of these is a noun, not a verb ("the visit", "its plans").
DETERMINERS = frozenset("the a an its his her their our my this that these those".split())

# Words that open a phrase which is not the subject: "In a far-reaching decision, the court
# ruled", "At a briefing Friday, two of the crew thanked the rescuers".
NOT_SUBJECT_START = frozenset(
    """
    in on at of during since from by for after before until under with without as despite amid
    following including according unlike like ahead earlier later meanwhile however but and
    also still then there it
    """.split()
)

# The relative pronoun right before a subject's first verb: "the 300 workers who left the
# plant", "the museum, which opened in 2003".
RELATIVE_BEFORE_VERB = re.compile(r"[\s,]+(?:who|which|that)\s+(?:\w+\s+){0,2}?$", re.I)

# "who"/"which" anywhere in a subject phrase ends it: "A diplomat who had been detained for a
# month after crossing the border in March returned ...".
RELATIVE_WHO = re.compile(r"[\s,]+(?:who|which)\b", re.I)

# A comma-free stretch of a subject phrase: "Choi Min-ho" | "the envoy to Tokyo".
# (Runs of plain characters taken whole: one step of the regex engine per run, not per
# character.)
SUBJECT_CHUNK = re.compile(r"(?:[^,;:\u2014]+|,(?=\d))+")

# Subject pronouns after which a bare verb is a verb: "we hope to meet soon".
PRONOUNS = frozenset("i we you they he she it".split())

# Subordinators opening a clause before its subject: "when they opened an office".
SUBORDINATORS = frozenset("when while who which that as because after before since".split())

# Finite forms of be/have: a chunk holding one is a predicate, not a subject phrase
# ('"This is my dream," said Kim').
FINITE_BE_HAVE = frozenset("is are was were am has have had".split())

# A date that stamps the report rather than an event: a wire dateline
# ("SEOUL, May 2 (Yonhap) --", "TOKYO, March 3 (Reuters) -"), or a date followed by a clock
# time ("Oct 3, 2019 8:40 PM", "Mar 9, 2020 - 10:05", "July 01, 2022 16:20").
DATELINE_AFTER = re.compile(
    r"\s*\((?:[A-Z][\w.&-]*\s?){1,3}\)\s*(?:--|\u2014|\u2013|-)"
    r"|\s*[-\u2013\u2014,]?\s*\d{1,2}:\d\d\b"
)
# ... or by a metadata label before it: "Posted: ", "Updated : ", "DATE=".
STAMP_BEFORE = re.compile(r"(?:posted|published|updated|date|filed)\s*[:=]\s*$", re.I)

# Photo-caption positions set off by commas, not verbs: "Yoon, left, and Kishida shake hands".
CAPTION_POSITION = frozenset("left right center centre front back top bottom".split())

# A hedged quantity does not pin a date: "nearly 60 years after the armistice", "some three
# decades ago", "just over a year after the talks began".  Matched against the text
# just before an expression that opens with a quantity (QUANTITY_START; "over the weekend" is
# no hedge) and against the start of the expression itself.
HEDGE = re.compile(
    r"(?=[mlfnaorsu])\b(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|over|about|around|roughly|"
    r"some|at\s+least|up\s+to)\s*$",
    re.I,
)
# The words HEDGE ends with: after any other word the search is skipped.
HEDGE_LAST = frozenset("than nearly almost over about around roughly some least to".split())
QUANTITY_START = re.compile(
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|\d+)\b", re.I
)
HEDGE_START = re.compile(
    r"^(?:more\s+than|less\s+than|nearly|almost|over|about|around|roughly|some|at\s+least)\b",
    re.I,
)

# An offset from another date: "a day after Seoul filed ...", "two weeks later", "a year
# earlier".  When it lands on a day the article dates explicitly elsewhere, it names that same
# event again ("Seoul protested a day after Tokyo published its white paper" beside "published the
# outline on Tuesday"), so it is dropped in favour of the explicit mention.
OFFSET = re.compile(
    r"(?=[aotfsen\d])\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:day|week|month|year|decade)s?\s+(?:after|before|earlier|later|ago)\b",
    re.I,
)

# Event nouns that a later "the <noun>" refers back to, taking the actors named with it earlier:
# "A letter from Xi Jinping to Moon Jae-in ... the letter handed to Moon on Sunday",
# "Seoul and Tokyo signed an accord ... the accord took effect in May".
EVENT_NOUNS = (
    "message|letter|statement|meeting|talks|summit|agreement|deal|accord|treaty|ruling|"
    "decision|verdict|visit|trip|launch|test|attack|election|lawsuit|suit|sanctions|protest|"
    "ceremony|event|exhibition|reunions?|program|programme|project|plan|proposal|offer|request"
)
# ("the" first and the word boundary before it checked behind it: a pattern that opens with
# letters lets the regex engine skip to each "the" at C speed, one that opens with \b does not.)
DEFINITE_EVENT_NOUN = re.compile(rf"the(?<!\wthe)\s+(?:[a-z][\w-]*\s+){{0,2}}?({EVENT_NOUNS})\b")
# An event noun opening a clause as its subject: "The long-delayed verdict, read out Friday".
SUBJECT_EVENT_NOUN = re.compile(rf"[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?({EVENT_NOUNS})\b")
# The verb an event noun is made from: "the ruling handed down on Tuesday" takes up "the High
# Court ruled ..." when the article has no earlier "ruling"; the verb's subject is its actor.
EVENT_NOUN_VERBS = {
    "ruling": "ruled",
    "decision": "decided",
    "verdict": "ruled",
    "visit": "visited",
    "launch": "launched",
    "attack": "attacked",
    "protest": "protested",
    "proposal": "proposed",
    "offer": "offered",
    "request": "requested",
    "agreement": "agreed",
}
# A subject description that is an event noun names no actor: "the long-delayed verdict".
EVENT_NOUN_END = re.compile(rf"\b(?:{EVENT_NOUNS})$")
# How far before that verb its subject is looked for, in characters.
SUBJECT_REACH = 80
# The first words after an earlier mention of the noun, up to a clause boundary, name its actors.
ANTECEDENT_REACH = 120

# Prepositions, conjunctions and other function words: the word after a time expression being
# one of these shows the expression is no noun modifier ("held talks late last week in Hanoi").
FUNCTION_WORDS = frozenset(
    """
    in on at of to for from by with into onto over about after before since until during
    and or but as than that which who when while where if because so amid despite against
    between among through under within without toward towards near off up down out
    is are was were be been has have had will would could should may might must can
    """.split()
)

# Reporting verbs: two events with one of these on the same day are two statements, not one
# deed told twice ("Kishida said on Monday" ... "Yun said Monday").
REPORTING_VERBS = frozenset(
    "said says told tells announced announces added stated claimed reported noted".split()
)

# The words between a deed closing a range and its year, left out of the deed: "Rhee governed
# from 1948 until his ouster in 1960" -> "his ouster".
DEED_DATE_PREPOSITIONS = frozenset({"in"})

# "Today" in a direct quote is the day the words were spoken, which a report published the
# next morning calls "Tuesday": '"The coast guard is set to release the trawler's crew this
# afternoon," an official said' beside "The coast guard released the crew on Tuesday" is one
# release, not two.
SPOKEN_DAY = re.compile(
    r"(?i)(?:today|tonight|this\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
# Words a quoted plan puts before "to" and its deed: "is set to release", "intends to visit".
# A "to" after any other word is no plan ("will fly to Pyongyang": a place, not a deed).
PLAN_WORDS = frozenset(
    """
    plan plans planned planning intend intends intended expect expects expected aim aims hope
    hopes want wants going set due scheduled decided agreed ready about
    """.split()
)
# The words a planned deed follows straight after: "will release", "shall sign" ("we'll sign"
# is the contraction, found by its ending).
FUTURE_MARKERS = frozenset("will shall".split())
# How far before a quote's "today" its planned deed is looked for, in characters: "will lodge a
# formal protest with the embassy of the Republic of Korea this afternoon" fits.
PLAN_REACH = 160
FUTURE_CONTRACTIONS = ("'ll", "\u2019ll")
# Marks stripped from the ends of a word before it is compared: quote marks, brackets and
# punctuation ('"We will sign,' -> "we", "will", "sign").
WORD_EDGE_MARKS = ".,;:!?\"'()\u201c\u201d\u2018\u2019"
# Endings stripped to compare a deed's verb across its tellings ("summon" / "summoned").
VERB_ENDINGS = ("ing", "ed", "es", "s", "e")

# Opening quote marks: a chunk that starts with one is quoted words, not a subject.
OPENING_QUOTES = frozenset("\"'\u201c\u2018")
# Characters after which a straight quote mark closes a quotation rather than opening one: in
# text run together ('... the deal is off."When the envoy left on May 3, ...') the mark before
# "When" ends the quote before it.
CLOSES_BEFORE = frozenset(".!?,;:")

# Words naming the two parties of a relation, whose actors are the two countries the article
# names most: "Tokyo and Manila ... a bilateral pact signed in March 2019", "the two countries
# restored ties in 1990", "both governments agreed last week".
PAIR_WORDS = re.compile(
    r"(?=[bt])\b(?:bilateral|(?:the\s+two|both)\s+(?:countries|nations|governments|neighbou?rs))\b",
    re.I,
)
# The two Koreas named together: "North and South Korean troops clashed in 1999", "the two Koreas
# met in April 2018", "inter-Korean talks held on Tuesday".
BOTH_KOREAS = re.compile(
    r"(?=[tbins])\b(?:(?:the\s+two|both)\s+Koreas|inter-Korean|"
    r"(?:North\s+and\s+South|South\s+and\s+North)\s+Korea(?:ns?|s)?)\b",
    re.I,
)
KOREAS = ("North Korea", "South Korea")
# A word that any match of PAIR_WORDS or BOTH_KOREAS holds: a clause without one ("the
# ministry said on Friday") is passed over with this one search.  Its first letter is spelt
# out as a class (with the Kelvin sign that re.I lets stand for "k"), which the regex engine
# skips along at C speed; a case-blind alternation would be tried at every character.
PAIR_HINT = re.compile(r"[BbKk\u212aCcNnGg](?i:ilateral|orea|ountries|ations|overnments|eighbo)")
# How far before a date a pair word may stand in the noun phrase the date ends, in characters:
# "a bilateral fisheries pact in March 2019".
PAIR_BEFORE_REACH = 40
# A relative clause right after a date, part of the dated phrase: "a clash in 1999 that ...".
RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:that|which|who)\b")
# The mention type of countries (models.Mention), the parties a pair word stands for.
COUNTRY = "country"

# Words after which a subject phrase has ended (a time expression or an adverbial follows):
# "the High Court on Friday rejected", "local media this week reported".
SUBJECT_END = frozenset(
    """
    on in at during since last this next earlier later early late recently previously also
    already still then yesterday today tonight
    """.split()
)

# Prefixes that keep a hyphenated -ed word a verb: "Pyongyang test-launched a rocket", "the
# party co-hosted the event", "he was re-elected" (unlike "a long-awaited ruling").
HYPHEN_VERB_PREFIXES = frozenset("test co re pre cross air sea".split())

# Words before which an -ed word is an adjective, not a verb: "a list of detained sailors", "a
# planned visit", "for detailed talks".
ADJECTIVE_BEFORE = frozenset(
    "of for with from into about a an the its his her their our my".split()
)

# The listed verb forms (irregular past, common present and bare forms), for a first test.
VERB_FORMS = IRREGULAR_PAST | COMMON_VERBS | CAPTION_POSITION


# A word of the sentence that may be a verb, in one pass: a lower-case -ed word ("allowed",
# "test-fired"; "long-awaited" too, ruled out by its prefix in nkjp/clauses.py) or a listed
# form ("met", "says", "will visit").
_VERB_WORD = r"(?:(?:[a-z]+-)?[a-z][a-z']*ed|" + trie(VERB_FORMS) + r")(?![\w'\u2019-])"
VERB_CANDIDATE = re.compile(r"(?<![\w'\u2019-])" + _VERB_WORD)
# The same words found with the character before them (group 1 is the word), so the regex
# engine skips from one candidate to the next instead of trying every letter, in one pass: an
# ASCII space or punctuation mark, or any non-ASCII character (nkjp/clauses.py drops the words
# after a non-ASCII letter or a curly apostrophe: "don\u2019t" holds no word "t").  The -ed
# words are matched loosely, hyphens anywhere ("state-of-the-art-ed"), which is cheaper for the
# engine; nkjp/clauses.py checks a hyphenated one against VERB_CANDIDATE.
GAP_VERB = re.compile(
    r"[\x00-\x26\x28-\x2c\x2e\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\U0010ffff]"
    r"((?:[a-z][a-z'-]*ed|" + trie(VERB_FORMS) + r")(?![\w'\u2019-]))"
)

# A subject describing one person by role and nationality or body, with no name: "a Thai embassy
# spokesman said on Friday", "The Dutch envoy to Seoul left on Monday".  The article often
# names the person in the next sentences ("Envoy Pieter de Vries ...", "Somchai Wong of the
# Thai embassy ..."); that person is the event's actor.
DESCRIBED_PERSON = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w'\u2019.-]*\s+){1,4}"
    r"(?P<role>official|ambassador|envoy|spokes(?:man|woman|person)|diplomat|negotiator|consul)"
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})?\s*"
)
# How far past the sentence the person is looked for, in characters (about two sentences).
NAMED_LATER_REACH = 400
# How near after the person's name their body is named: "Somchai Wong at the Thai embassy's
# press office".
BODY_AFTER_NAME = 40
# The mention types of people and bodies (models.Mention).
PERSON = "person"
ORGANIZATION = "organization"

# A person the rest of the sentence ties to an event that is the clause's subject, by a
# relative clause with a verb of putting the event on: "The three-day film festival closed on
# Sunday, but director Lee Soo-jin, who organized it, said ..." -- Lee is an actor of the
# closing.  The pattern starts at the comma right after the person's name.
HOST_RELATIVE = re.compile(
    r",\s+who\s+(?:had\s+)?(?:co-?)?(?:hosted|organi[sz]ed|staged|sponsored|arranged|"
    r"promoted)\s+(?:it|the|this)\b"
)
# An event noun heading a subject: "A rare two-day chess tournament in Busan".
EVENT_SUBJECT = re.compile(
    rf"\b(?:{EVENT_NOUNS}|festival|tournament|match|concert|show|games|fair|forum)\b"
)
