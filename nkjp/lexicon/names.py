"""Word lists and patterns of the actors stage's first pass (nkjp/cast.py, nkjp/runs.py).

Folding, pronouns, metonymy and the words that make a capitalised run a person, a body, a
place or an event.  Titles and role nouns are in nkjp/lexicon/roles.py; the patterns of
references without a name (pass 2) in nkjp/lexicon/references.py.  Nothing here names a
person of any particular article: the people, bodies and countries nkjp knows by name live in
the data file nkjp/data/actors.json.  Each list carries the kind of phrase it exists for.
"""

from __future__ import annotations

import re

from nkjp.lexicon.references import GROUP_HEAD_WORDS
from nkjp.lexicon.roles import ROLE_NOUNS

# -- folding ------------------------------------------------------------------------------------

# One character for one character, so offsets into the folded text are offsets into the text:
# "Shinzō Abe" -> "Shinzo Abe", "Workers’ Party" -> "Workers' Party",
# "Kim Jong‑un" -> "Kim Jong-un".
FOLD = str.maketrans(
    {
        "\u014d": "o",  # ō  "Shinzō"
        "\u016b": "u",  # ū  "Ryūtarō"
        "\u0101": "a",  # ā
        "\u012b": "i",  # ī
        "\u0113": "e",  # ē
        "\u014c": "O",  # Ō  "Ōsaka"
        "\u016a": "U",
        "\u00f3": "o",  # ó  "António"
        "\u2019": "'",  # ’  "Workers’ Party", "Japan’s"
        "\u2018": "'",
        "\u2010": "-",  # ‐  hyphen
        "\u2011": "-",  # ‑  non-breaking hyphen "Kim Jong‑un"
        "\u00a0": " ",  # no-break space "Prime Minister\u00a0Kishida"
    }
)

# The characters FOLD changes, as (from, to) pairs: folding by str.replace of the few present
# is many times faster than str.translate over a whole article.
FOLD_PAIRS = tuple((chr(k), v) for k, v in FOLD.items())

# A word: an initialism with dots ("U.S.", "U.N.", "D.P.R.K."), or letters and digits.
#   "U.S. President Joe Biden" -> "U.S.", "President", "Joe", "Biden"
# (Written first-letter-first so the scan tests one character class per position.)
WORD = re.compile(r"[A-Za-z](?:\.(?:[A-Za-z]\.)+|[A-Za-z0-9]*)")

# A word with the text before it (no ASCII letter can be in it, as every letter starts a
# word): one findall tokenises a sentence.  "Kim Jong-un said" -> ("", "Kim"), (" ", "Jong"),
# ("-", "un"), (" ", "said").
SEP_WORD = re.compile(r"([^A-Za-z]*)(" + WORD.pattern + ")")

# The same cut as one split of the whole article: [sep, word, sep, word, ..., tail].
#   "Kim Jong-un said." -> ["", "Kim", " ", "Jong", "-", "un", " ", "said", "."]
WORD_SPLIT = re.compile("(" + WORD.pattern + ")")

# Separators that may differ between an alias and the text without changing the name:
# "Kim Jong-un" / "Kim Jong Un", "Workers' Party" / "Workers Party".
SEPARATOR_NOISE = re.compile(r"[\s\-']+")

# -- pronouns -----------------------------------------------------------------------------------

# Subject pronouns a quote or event may have for its speaker: "he said", "She told reporters".
PERSON_PRONOUNS = {"he": "m", "she": "f"}
THING_PRONOUNS = frozenset({"it"})  # "it said in a statement" (a ministry, an agency)
PLURAL_PRONOUNS = frozenset({"they", "we"})

# -- metonymy -----------------------------------------------------------------------------------

# "the North" / "the South" for the two Koreas: "a week after the North fired a missile".
THE_NORTH_SOUTH = re.compile(r"\b(?P<the>[Tt]he) (?P<side>North|South)\b(?!\s+(?:Korea|Sea|[A-Z]))")

# Words right before a capital that make it a place, not a government: "in Tokyo",
# "at Sophia University in Tokyo", "outside Seoul", "near Pyongyang".
LOCATIVE_BEFORE = frozenset(
    """
    in at near outside around via into across within throughout downtown central suburban
    western eastern northern southern visit visited visiting visits reach reached leave left
    leaving
    """.split()
)

# Prepositions before an unknown capitalised word that make it a place: "in Osaka",
# "near Sinuiju", "from Wonsan".
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "from", "to", "into", "across"})

# Motion verbs that make a following "to"/"from" capital a place: "flew to Beijing",
# "returned from Pyongyang", "arrived in Seoul".
MOTION_VERBS = re.compile(
    r"\b(?:fl(?:y|ew|ies|ying|own)|travel(?:s|ed|led|ing|ling)?|return(?:s|ed|ing)?|"
    r"arriv(?:e|es|ed|ing)|c[ao]me|comes|coming|go|goes|went|gone|going|mov(?:e|es|ed|ing)|"
    r"head(?:s|ed|ing)?|fled|flee(?:s|ing)?|trip|journey|flight|repatriat\w+|sent|taken|took|"
    r"brought|bring|back|way|road|route|train|bus)\s+(?:back\s+)?(?:to|from)\s*$"
)

# Words right after a capital that make it a place: "Seoul-based", "Tokyo residents",
# "Pyongyang airport", "Tokyo's Shinjuku district".
LOCATIVE_AFTER = re.compile(
    r"^(?:-based|\s+(?:residents?|airport|station|streets?|suburbs?|citizens|city|district|"
    r"area|metropolitan|bureau|correspondent|office|stadium|time)\b|'s\s+(?:[A-Z]\w+\s+)?"
    r"(?:district|ward|suburbs?|streets?|airport|downtown|center|centre|outskirts)\b)"
)

# Lowercase second syllables of hyphenated Korean given names join the name: "Lim Sung-ho",
# "Park Geun-hye", "Moon Jae-in"; these hyphenated words do not: "Seoul-based".
KOREAN_SYLLABLE = re.compile(r"[a-z]{1,6}")
NOT_SYLLABLE = frozenset(
    """based made led run born owned style related linked era level class type wide like
    bound held funded backed era wise area year old day time""".split()
)

# -- name runs ----------------------------------------------------------------------------------

# Capitalised words that begin a sentence or a run but are not names: "But Kishida said",
# "The Foreign Ministry", "On Monday".  Checked lowercased.
RUN_STOP = frozenset(
    """a an the this that these those his her its their our my your some many most several both
    all any each every other another such no not but and or so yet if as when while after before
    since until though although because however meanwhile also still then there here in on at by
    for from to of with without about into over under between during among amid against toward
    towards upon via per than earlier later last next first second third new old former late
    recent recently today yesterday tomorrow what who whom which where why how one two three four
    five six seven eight nine ten according unlike like despite given under
    asked told said says we they he she it i you us them him yes oh
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday related photo file reporting editing writing additional copyright update updated
    northern southern eastern western
    instead moreover furthermore nevertheless nonetheless therefore thus indeed likewise
    similarly separately additionally otherwise besides accordingly consequently finally
    currently previously initially eventually ultimately subsequently notably specifically
    overall originally apparently reportedly""".split()
)
# (The sentence adverbs above open a sentence before a comma: "Instead, the panel put off
# its vote" is no person named "Instead".)

# Nouns of photo and video captions and their credits.  An outlet written right before one is
# the picture's credit, not an actor: "(AP Photo/Jane Roe)", "Yonhap Photo shows ...", "KCNA
# Screenshot"; so is the name after one and a slash or "by": "Photo/Lee Min-ho", "Photo by
# Sato Ken".  (What opens a caption, "File photo shows ...", "Video grab from ... shows ...",
# is no name either: "file" and "photo" are RUN_STOP words.)
CAPTION_NOUNS = frozenset(
    """photo photos image images screenshot screengrab grab footage illustration graphic
    picture pictures""".split()
)

# Nationality and compass words, never the short form of a body named before: "the Japanese
# official" after "the Japanese Embassy", "Korean pears" after "the Korean Growers Union".
NATIONALITY_WORDS = frozenset(
    """japanese korean chinese american russian soviet mongolian british taiwanese vietnamese
    thai asian european north south east west""".split()
)

# Words cut from the end of a capitalised run: "Seoul Wednesday", "Tokyo Sept".
TRAILING_STOP = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday""".split()
)

# Words that are never part of a person's name though capitalised: "Korean War", "Red Cross",
# "Olympic Games", "New Year".  A run holding one is not a person.
_NOT_PERSON_NAMES = frozenset(
    """korea korean koreas japan japanese china chinese america american russia russian soviet
    asia asian pacific europe european united states nations national international world war
    cross olympic olympics games summit talks treaty agreement declaration accord act law
    day new year christmas government ministry court party committee council association
    society union league agency office department embassy consulate university school college
    institute center centre foundation group company corp corporation inc ltd llc co bank
    airlines airways guard police army navy force forces command assembly diet parliament
    cabinet commission bureau network times shimbun news press broadcasting television radio
    club team church front movement organization organisation administration secretariat
    senate congress prefecture province island islands peninsula sea ocean strait river
    mountain mount mt lake bay airport port harbor harbour city county district ward village
    town street square gymnasium stadium hall palace complex zone region valley station
    bridge border coast kingdom republic democratic people's peoples liberal socialist
    communist workers central supreme high district federal state military sunday monday
    tuesday wednesday thursday friday saturday january february march april june july august
    september october november december internet web online twitter facebook north south east
    west officials people""".split()
)
# ... and the heads of groups of people, as one opening a sentence is no one's name:
# "Investigators said", "Fishermen told the court", "Members voted ..." (references.py).
NOT_PERSON_WORDS = _NOT_PERSON_NAMES | GROUP_HEAD_WORDS

# Last words that make a capitalised run an organisation: "Tokyo District Court",
# "Japan Coast Guard", "Hanul LLC", "Unification Ministry", "Nippon Trading Corp."
ORG_HEADS = frozenset(
    """ministry agency court committee council association society party corp corporation
    company co inc ltd llc group airlines airways bank university school college institute
    center centre foundation union federation league office department embassy consulate guard
    police army navy force forces command assembly diet parliament cabinet commission bureau
    network times shimbun news press broadcasting television radio club team church front
    movement organization organisation administration secretariat senate congress steel
    motors electric industries holdings chamber service services daily post herald journal
    tribune channel tv broadcaster federation alliance coalition union staff headquarters
    agency board authority authorities fund trust""".split()
)

# First words that make a run an organisation: "Ministry of Foreign Affairs", "University of
# Tokyo", "Association for ...".
ORG_FIRST = frozenset(
    """ministry university association committee council society federation league bank
    institute office department bureau agency embassy consulate federation""".split()
)

# Words that make a run a place: "Niigata Prefecture", "Jeju Island", "Mount Paektu",
# "Sea of Japan", "East China Sea", "Korean Peninsula", "May Day Stadium".
LOCATION_HEADS = frozenset(
    """prefecture province island islands isle peninsula sea ocean strait river mountain
    mountains lake bay airport port harbor harbour city county ward village town street
    square gymnasium stadium hall palace complex zone region valley station bridge border
    coast peak range plain desert district resort base camp""".split()
)
LOCATION_FIRST = frozenset({"mount", "mt", "sea", "lake", "gulf", "cape", "port", "strait", "isle"})

# Lowercase nouns after a capitalised place name: "Kimpo airport", "Shinjuku district".
LOCATION_LOWER_AFTER = frozenset(
    """airport district prefecture province island port city county ward village town
    station resort area region peninsula""".split()
)

# Words that make a run an event, not an actor: "Korean War", "Tokyo Olympics".
EVENT_HEADS = frozenset(
    """war olympics games summit talks festival cup expo incident crisis treaty agreement
    declaration accord act law day year conference forum statement communique protocol
    uprising movement revolution earthquake tsunami disaster""".split()
)

# Lowercase words allowed inside an organisation's or place's name: "Sea of Japan",
# "Ministry of Foreign Affairs", "Mitsui and Co.", "Association for ...".
NAME_CONNECTORS = frozenset({"of", "and", "for", "the", "de"})

# Speech verbs after a single capitalised word that show it names a person: "Mori said".
SPEECH_AFTER_NAME = frozenset(
    """said says told added stated stressed noted explained insisted argued warned claimed
    recalled asked urged wrote replied denied admitted acknowledged emphasized emphasised
    who""".split()
)

# Words that, following a capitalised run, show it names a person: "Mori said", "Lim told".
PERSON_VERBS = frozenset(
    """said says told added stated stressed noted explained insisted argued warned claimed
    recalled asked urged wrote replied denied admitted acknowledged emphasized emphasised
    underlined agreed believes believed thinks thought hopes hoped wants wanted met visited
    died was is has had will would who whose himself herself""".split()
)

# An appositive that introduces a person: "Haruko Ota, 71," "Lim Sung-ho, a ministry
# official," "Mori, the head of ...", "Yu, who heads ...".
PERSON_APPOSITIVE = re.compile(
    r",\s+(?:\d{1,3}\b|who\s+(?P<verb>heads|leads|chairs|runs|directs|founded)\b|(?:a|an|the|his|her|their)\s+(?:[\w.'-]+\s+){0,6}?(?P<noun>"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")s?\b|who\b)"
)

# Determiners and quantifiers that make a phrase an unnamed description: "a senior official",
# "four of the women", "some experts", "two diplomatic sources", "officials".
INDEFINITE_START = re.compile(
    r"^(?:a|an|one|some|several|many|most|few|other|others|another|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|hundreds|thousands|numerous|various|\d[\d,]*)\b",
    re.I,
)

# Korean family names (written first): "Lim Sung-ho" is Mr. Lim, "Ri Son Gwon" Mr. Ri.
# Used to know which part of an unknown Korean name a later surname-only mention repeats.
KOREAN_SURNAMES = frozenset(
    """kim lee yi ri rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim
    im han oh shin sin seo suh kwon hwang ahn an song yoo yu ryu hong jeon chun ko koh moon mun
    yang son sohn bae baek paek heo hyun nam roh noh no ha kwak sung ju joo woo ban""".split()
)

# Chinese family names written first: "Xi Jinping", "Wang Yi".
CHINESE_SURNAMES = frozenset(
    "xi hu jiang wang li zhang liu chen yang zhao huang zhou wu xu sun ma zhu guo he lin".split()
)
