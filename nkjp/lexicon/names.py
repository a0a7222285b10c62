"""Word lists and patterns of the actors stage (nkjp/actors.py, nkjp/cast.py, nkjp/roster.py).

Titles, honorifics, pronouns, role nouns, descriptions and metonymy words.  Nothing here names
a person of any particular article: the people, bodies and countries nkjp knows by name live in
the data file nkjp/data/actors.json.  Each list carries the kind of phrase it exists for.
"""

from __future__ import annotations

import re

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

# A word: an initialism with dots ("U.S.", "U.N.", "D.P.R.K."), or letters and digits.
#   "U.S. President Joe Biden" -> "U.S.", "President", "Joe", "Biden"
WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z0-9]*")

# Separators that may differ between an alias and the text without changing the name:
# "Kim Jong-un" / "Kim Jong Un", "Workers' Party" / "Workers Party".
SEPARATOR_NOISE = re.compile(r"[\s\-']+")

# -- pronouns -----------------------------------------------------------------------------------

# Subject pronouns a quote or event may have for its speaker: "he said", "She told reporters".
PERSON_PRONOUNS = {"he": "m", "she": "f"}
THING_PRONOUNS = frozenset({"it"})  # "it said in a statement" (a ministry, an agency)
PLURAL_PRONOUNS = frozenset({"they", "we"})

# -- titles before a name -----------------------------------------------------------------------

# Capitalised titles written before a name, longest first, with the role nouns they give the
# person so that "the minister" or "the spokesman" can later refer back to them.
#   "Prime Minister Fumio Kishida", "Chief Cabinet Secretary Hayashi", "Prof. Ito", "Mr. Lee"
TITLES: dict[str, tuple[str, ...]] = {
    "chief cabinet secretary": (
        "chief cabinet secretary",
        "secretary",
        "spokesman",
        "government spokesman",
        "top government spokesman",
        "minister",
        "official",
    ),
    "deputy chief cabinet secretary": ("deputy chief cabinet secretary", "secretary", "official"),
    "prime minister": ("prime minister", "premier", "minister", "leader", "head of government"),
    "deputy prime minister": ("deputy prime minister", "minister"),
    "vice foreign minister": ("vice foreign minister", "vice minister", "minister", "diplomat"),
    "first vice foreign minister": ("vice foreign minister", "vice minister", "minister"),
    "foreign minister": ("foreign minister", "minister", "top diplomat", "diplomat"),
    "defense minister": ("defense minister", "defence minister", "minister"),
    "defence minister": ("defense minister", "defence minister", "minister"),
    "unification minister": ("unification minister", "minister"),
    "finance minister": ("finance minister", "minister"),
    "justice minister": ("justice minister", "minister"),
    "minister": ("minister",),
    "secretary of state": ("secretary of state", "secretary", "top diplomat", "diplomat"),
    "secretary-general": ("secretary-general", "secretary general", "chief"),
    "secretary general": ("secretary-general", "secretary general", "chief"),
    "president": ("president", "leader", "head of state"),
    "vice president": ("vice president",),
    "premier": ("premier", "prime minister", "leader"),
    "chairman": ("chairman", "chair", "leader", "head"),
    "chairwoman": ("chairwoman", "chair", "head"),
    "leader": ("leader",),
    "supreme leader": ("leader", "supreme leader"),
    "emperor": ("emperor",),
    "empress": ("empress",),
    "king": ("king",),
    "queen": ("queen",),
    "ambassador": ("ambassador", "envoy", "diplomat", "official"),
    "envoy": ("envoy", "diplomat", "official"),
    "special envoy": ("envoy", "special envoy", "diplomat", "official"),
    "governor": ("governor",),
    "mayor": ("mayor",),
    "judge": ("judge", "presiding judge"),
    "presiding judge": ("judge", "presiding judge"),
    "justice": ("justice", "judge"),
    "professor": ("professor", "expert", "scholar", "academic"),
    "prof": ("professor", "expert", "scholar", "academic"),
    "associate professor": ("professor", "associate professor", "expert", "scholar"),
    "dr": ("doctor", "expert"),
    "gen": ("general", "commander", "officer"),
    "general": ("general", "commander", "officer"),
    "lt": ("officer",),
    "col": ("colonel", "officer"),
    "adm": ("admiral", "commander", "officer"),
    "rep": ("lawmaker", "representative", "congressman"),
    "sen": ("senator", "lawmaker"),
    "senator": ("senator", "lawmaker"),
    "lawmaker": ("lawmaker",),
    "mr": (),
    "mrs": (),
    "ms": (),
    "miss": (),
    "rev": ("pastor", "reverend"),
    "father": (),
}

# Honorifics that give a gender: "Mr. Mori" is a he, "Ms. Han" a she.
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f"}

# Lowercase role nouns written right before a name: "Unification Ministry official Kim ...",
# "Diet member Taro ...", "ministry spokesperson Lim ...", "leader Kim Jong Un".
ROLE_BEFORE_NAME = frozenset(
    """
    official officer spokesman spokeswoman spokesperson member lawmaker legislator leader
    minister envoy negotiator chairman chairwoman director president professor researcher
    analyst correspondent reporter ambassador secretary diplomat chief head commander judge
    lawyer attorney activist defector abductee daughter son wife husband mother father
    brother sister uncle aunt premier governor mayor coach wrestler dictator
    """.split()
)

# Nouns of an appositive that say what a person is: "Junko Ueda, a professor at ...",
# "Lim, the head of the Red Cross, ...", "Mori, an official of ...".  The nouns a later
# definite description may use for that person ("the professor" -> the expert too).
ROLE_NOUNS = frozenset(
    """
    professor expert analyst researcher scholar specialist fellow lecturer academic official
    spokesman spokeswoman spokesperson minister secretary president chairman chairwoman
    director head chief leader ambassador envoy diplomat negotiator lawmaker legislator
    member judge lawyer attorney activist defector abductee survivor victim resident woman
    man mother father daughter son wife husband brother sister journalist reporter
    correspondent editor commander officer general governor mayor student graduate plaintiff
    representative executive manager founder coach wrestler priest monk teacher doctor
    author writer historian premier
    """.split()
)

# Role nouns written as a capitalised title: "Plaintiff Kazuko Ono", "Lawyer Ito",
# "Analyst Kim Dong-yub" (family words and "head" are left out: "Son" is a Korean surname).
for _noun in ROLE_NOUNS - {
    "woman",
    "man",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "wife",
    "husband",
    "head",
    "member",
    "resident",
    "victim",
    "student",
    "graduate",
    "chief",
}:
    TITLES.setdefault(_noun, (_noun,))

# What a definite description's noun may refer back to: "the expert" is a person introduced as
# a professor, analyst or researcher; "the spokesman" may be the chief cabinet secretary.
DESCRIPTION_NOUNS: dict[str, frozenset[str]] = {
    "source": frozenset({"source"}),
    "expert": frozenset(
        {
            "expert",
            "professor",
            "analyst",
            "researcher",
            "scholar",
            "specialist",
            "fellow",
            "lecturer",
            "academic",
            "historian",
        }
    ),
    "analyst": frozenset({"analyst", "expert", "researcher", "fellow"}),
    "scholar": frozenset({"scholar", "professor", "academic", "expert", "historian"}),
    "academic": frozenset({"academic", "professor", "scholar", "lecturer"}),
    "researcher": frozenset({"researcher", "fellow", "expert", "analyst"}),
    "professor": frozenset({"professor"}),
    "spokesman": frozenset({"spokesman", "spokesperson", "government spokesman"}),
    "spokeswoman": frozenset({"spokeswoman", "spokesperson"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman", "spokesperson", "government spokesman"}),
    "government spokesman": frozenset({"government spokesman"}),
    "top government spokesman": frozenset({"top government spokesman"}),
    "minister": frozenset({"minister"}),
    "foreign minister": frozenset({"foreign minister"}),
    "top diplomat": frozenset({"top diplomat", "foreign minister", "secretary of state"}),
    "diplomat": frozenset({"diplomat", "ambassador", "envoy", "foreign minister"}),
    "official": frozenset(
        {
            "official",
            "minister",
            "secretary",
            "ambassador",
            "envoy",
            "director",
            "diplomat",
            "spokesman",
            "spokesperson",
            "negotiator",
            "chief",
            "head",
            "officer",
        }
    ),
    "ambassador": frozenset({"ambassador"}),
    "envoy": frozenset({"envoy", "ambassador", "negotiator"}),
    "negotiator": frozenset({"negotiator", "envoy"}),
    "president": frozenset({"president", "head"}),
    "premier": frozenset({"premier", "prime minister"}),
    "leader": frozenset({"leader", "supreme leader"}),
    "chairman": frozenset({"chairman", "chair"}),
    "head": frozenset({"head", "chief", "chairman", "president", "director"}),
    "chief": frozenset({"chief", "head", "director"}),
    "director": frozenset({"director"}),
    "judge": frozenset({"judge", "presiding judge"}),
    "lawmaker": frozenset({"lawmaker", "legislator", "member", "senator", "representative"}),
    "legislator": frozenset({"lawmaker", "legislator"}),
    "lawyer": frozenset({"lawyer", "attorney"}),
    "activist": frozenset({"activist"}),
    "governor": frozenset({"governor"}),
    "mayor": frozenset({"mayor"}),
    "ambassador to": frozenset({"ambassador"}),
    "defector": frozenset({"defector"}),
    "wrestler": frozenset({"wrestler"}),
    "coach": frozenset({"coach"}),
    "commander": frozenset({"commander", "general"}),
    "general": frozenset({"general"}),
    "emperor": frozenset({"emperor"}),
    "secretary": frozenset({"secretary"}),
    "doctor": frozenset({"doctor"}),
    "teacher": frozenset({"teacher"}),
    "wife": frozenset({"wife"}),
    "husband": frozenset({"husband"}),
    "son": frozenset({"son"}),
    "daughter": frozenset({"daughter"}),
    "mother": frozenset({"mother"}),
    "father": frozenset({"father"}),
    "brother": frozenset({"brother"}),
    "sister": frozenset({"sister"}),
}

# A definite description: "the expert", "The minister", "the top government spokesman",
# "the 52-year-old president", "the South Korean official", "the Chinese ambassador to
# Japan", "the expert in Korean affairs".  Group "noun" is the head; modifiers are adjectives,
# ages, demonyms; the trailing prepositional phrase is allowed and ignored.
DEFINITE_DESCRIPTION = re.compile(
    r"(?i:the)\s+"
    r"(?P<mods>(?:(?:[a-z]+-|\d+-year-old\s+|[A-Z][a-z]+\s+(?=[A-Za-z]))*"
    r"(?:top|senior|chief|former|veteran|new|then|then-|Japanese|North\s+Korean|South\s+Korean|"
    r"Korean|American|U\.S\.|Chinese|Russian|government|ministry|foreign|[A-Za-z]+)\s+)*?)"
    r"(?P<noun>[a-z]+(?:\s+[a-z]+)?)"
    r"(?P<tail>\s+(?:in|at|of|on|for|to|from|with)\b.*)?",
    re.S,
)

# Descriptions that name a role whose holder is known from the date: "the top government
# spokesman" is Japan's chief cabinet secretary.
DESCRIPTION_ROLES: dict[str, tuple[str, str | None]] = {
    "top government spokesman": ("chief cabinet secretary", "Japan"),
    "government's top spokesman": ("chief cabinet secretary", "Japan"),
    "chief government spokesman": ("chief cabinet secretary", "Japan"),
}

# Role titles that, written without a name, stand for the holder on the publication date:
# "Japan's prime minister", "the North Korean leader", "the chief cabinet secretary".  The
# keys are as written (lowercased); values are the role title in actors.json.
ROLE_WORDS: dict[str, str] = {
    "prime minister": "prime minister",
    "premier": "premier",
    "chief cabinet secretary": "chief cabinet secretary",
    "foreign minister": "foreign minister",
    "defense minister": "defense minister",
    "defence minister": "defense minister",
    "unification minister": "unification minister",
    "secretary of state": "secretary of state",
    "president": "president",
    "leader": "leader",
    "supreme leader": "leader",
    "top government spokesman": "chief cabinet secretary",
    "emperor": "emperor",
}

# -- demonyms and government nouns --------------------------------------------------------------

# Nationality adjectives and the country they stand for: "the Japanese government",
# "North Korean officials", "the South Korean president".
DEMONYMS: dict[str, str] = {
    "japanese": "Japan",
    "north korean": "North Korea",
    "n. korean": "North Korea",
    "south korean": "South Korea",
    "s. korean": "South Korea",
    "chinese": "China",
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "russian": "Russia",
    "soviet": "Soviet Union",
    "mongolian": "Mongolia",
    "british": "United Kingdom",
    "taiwanese": "Taiwan",
    "vietnamese": "Vietnam",
    "thai": "Thailand",
}

# Nouns after a demonym that make it stand for the state: "the Japanese government",
# "North Korean authorities", "South Korean officials", "the Chinese side".
STATE_NOUNS = frozenset(
    """
    government governments authorities administration regime leadership side military army
    navy officials diplomats negotiators delegation delegates troops forces state cabinet
    rule leader embassy counterpart counterparts envoy ambassador president prime foreign
    state-run
    """.split()
)

# A state written by its people's name: "The Japanese government", "the North Korean regime",
# "Japanese and North Korean officials".  Group "adj" is the demonym, "noun" the state noun.
DEMONYM_STATE = re.compile(
    r"\b(?P<adj>Japanese|North Korean|N\. Korean|South Korean|S\. Korean|Chinese|American|U\.S\.|"
    r"Russian|Soviet|Mongolian|British|Taiwanese)"
    r"(?=(?:\s+and\s+(?:Japanese|North Korean|South Korean|Chinese|American|U\.S\.|Russian))?"
    r"\s+(?:(?:colonial|imperial|wartime|communist|current|central|state-run|military)\s+)?"
    r"(?P<noun>government|governments|authorities|administration|regime|leadership|side|"
    r"military|navy|officials|diplomats|negotiators|delegation|delegates|troops|forces|cabinet|"
    r"Cabinet|rule|leader|embassy|Embassy|counterparts?|envoy|ambassador|president|prime minister|"
    r"foreign minister|state media|state-run|soldiers|police)\b)"
)

# "the government" alone: the home government of the article.
BARE_GOVERNMENT = re.compile(r"\b[Tt]he (?:government|administration|Cabinet)\b(?!\s+of\b)")

# A leader's government: "the Abe administration", "the Kishida government", "Moon's government".
LEADER_GOVERNMENT = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)(?:'s)?\s+(?:administration|government|Cabinet|cabinet|regime)\b"
)

# -- metonymy -----------------------------------------------------------------------------------

# "the North" / "the South" for the two Koreas: "a week after the North fired a missile".
THE_NORTH_SOUTH = re.compile(
    r"\b(?P<the>[Tt]he) (?P<side>North|South)\b(?!\s+(?:Korea|Pole|Sea|[A-Z]))"
)

# "pro-Pyongyang", "anti-Tokyo": a capital inside a hyphenated adjective still names the state.
PRO_CAPITAL = re.compile(r"\b(?:pro|anti)-(?=[A-Z])")

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
    northern southern eastern western""".split()
)

# Words cut from the end of a capitalised run: "Seoul Wednesday", "Tokyo Sept".
TRAILING_STOP = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday""".split()
)

# Words that are never part of a person's name though capitalised: "Korean War", "Red Cross",
# "Olympic Games", "New Year".  A run holding one is not a person.
NOT_PERSON_WORDS = frozenset(
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
    west pole officials people""".split()
)

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

# Anaphoric nouns for bodies named earlier: "the ministry", "The court", "the association",
# "the coast guard", "the company", "the agency".  Values: heads of the names they refer to.
ORG_ANAPHORS: dict[str, frozenset[str]] = {
    "ministry": frozenset({"ministry"}),
    "court": frozenset({"court"}),
    "council": frozenset({"council"}),
    "committee": frozenset({"committee"}),
    "association": frozenset({"association", "chongryon"}),
    "society": frozenset({"society"}),
    "party": frozenset({"party"}),
    "agency": frozenset({"agency", "kcna"}),
    "news agency": frozenset({"agency", "kcna"}),
    "coast guard": frozenset({"guard"}),
    "company": frozenset(
        {
            "corp",
            "corporation",
            "company",
            "co",
            "inc",
            "ltd",
            "llc",
            "steel",
            "motors",
            "electric",
            "industries",
            "holdings",
            "airlines",
            "airways",
        }
    ),
    "firm": frozenset(
        {
            "corp",
            "corporation",
            "company",
            "co",
            "inc",
            "ltd",
            "llc",
            "steel",
            "motors",
            "electric",
            "industries",
            "holdings",
        }
    ),
    "group": frozenset({"group", "association"}),
    "organization": frozenset({"organization", "organisation", "association"}),
    "embassy": frozenset({"embassy"}),
    "school": frozenset({"school"}),
    "university": frozenset({"university"}),
    "commission": frozenset({"commission"}),
}

# The state media of the North: "the state media", "North Korea's official news agency".
STATE_MEDIA = re.compile(
    r"^(?:the\s+)?(?:North(?:\s+Korea's|\s+Korean)?\s+)?(?:state|state-run|official|"
    r"state-controlled)\s+(?:media|news\s+agency|press)$",
    re.I,
)

# -- references without a name (pass 2) ---------------------------------------------------------

_COUNTRY_POSS = (
    r"Japan|North Korea|South Korea|China|Russia|the U\.S\.|U\.S\.|the United States|"
    r"United States|Pyongyang|Seoul|Tokyo|Beijing|Moscow|Washington|the North|the South"
)
_DEMONYM_ALT = r"Japanese|North Korean|South Korean|Chinese|Russian|U\.S\.|American|Mongolian"

# A role written without a name after it stands for its holder: "Japan's prime minister",
# "the North Korean leader", "the chief cabinet secretary", "the South Korean president".
# Group "poss" / "adj" give the country; "time" ("former", "late") rules the holder out.
ROLE_PHRASE = re.compile(
    r"(?:(?P<poss>" + _COUNTRY_POSS + r")'s\s+|\b[Tt]he\s+(?:(?P<adj>" + _DEMONYM_ALT + r")\s+)?"
    r"|\b(?P<adj2>" + _DEMONYM_ALT + r")\s+)"
    r"(?:(?P<time>former|late|then|then-|incoming|outgoing|previous|new|next)\s*)?"
    r"(?P<role>(?i:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r"))\b"
    r"(?!\s+(?:[A-Z]|of\s+[A-Z]))"  # "Prime Minister Kishida", "President of ..." are titles
)

# A definite description of a person: "the expert", "the professor", "The minister",
# "the 52-year-old president", "the Japanese ambassador", "the South Korean official".
DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<mods>(?:(?:[a-z]+(?:-[a-z]+)*|\d+-year-old|[A-Z][a-z]+(?:\s+Korean)?)\s+)"
    r"{0,3}?)(?P<noun>" + "|".join(sorted(DESCRIPTION_NOUNS, key=len, reverse=True)) + r")\b"
    r"(?!\s+[A-Z])(?!-)"
)

# A definite noun for a body named earlier: "the ministry", "The court", "the Osaka court",
# "the coast guard", "the Chinese firm".
ORG_ANAPHOR = re.compile(
    r"\b(?P<det>[Tt]he|[Aa])\s+(?:(?P<mod>[A-Za-z]+)\s+)??(?P<noun>"
    + "|".join(sorted(ORG_ANAPHORS, key=len, reverse=True))
    + r")\b(?!\s+[A-Z])(?!'s\s+[a-z]+\s+said)"
)

# A pronoun that may name a person: "he said", "She told reporters".
PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")

# Words a title or a description may carry before a name in a speaker phrase: "the", "top",
# "senior", "former", "Japan's", "ministry", "Diet member".
SPEAKER_PREFIX_WORDS = frozenset(
    """the top senior former then late veteran chief deputy vice acting new s""".split()
)

# A news outlet named with what it is: "NHK public television", "KCNA news agency",
# "Rodong Sinmun newspaper".  A speaker phrase ending so is still the outlet.
MEDIA_TAIL = re.compile(
    r"^(?:(?:national|public|state|state-run|official|main|daily|online|ruling\s+party's)\s+)*"
    r"(?:television|TV|radio|newspaper|daily|broadcaster|news\s+agency|agency|website|"
    r"mouthpiece|organ|network)$",
    re.I,
)


# "the foreign minister of China", "the ambassador to South Korea": the country of a role.
ROLE_OF_COUNTRY = re.compile(
    r"\b(?:of|to|for)\s+(?P<country>Japan|North Korea|South Korea|China|Russia|the United States|"
    r"the U\.S\.|Mongolia)\b"
)

# A role noun set before a name by a comma: "Hanul LLC and its president, Batbayar ...",
# "the head of the delegation, Park ...".  Matched against the text just before the name.
ROLE_BEFORE_COMMA = re.compile(
    r"\b(?i:its|his|her|their|the|a|an)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")(?:\s+(?:of|at|for|to)\s+[\w\s.'-]{1,60}?)?,\s*$"
)

# The end of an appositive: ", a professor at Sophia University, said" stops at the comma.
APPOSITIVE_END = re.compile(r"[,;:()\u2014]|\s--\s|\.\s")

# A country's body: "North Korea's foreign ministry", "Japan's Defense Ministry", "South
# Korea's military", "the South Korean military", "the U.S. military".  Named "<demonym>
# <Body>" ("North Korean Foreign Ministry", "South Korean military") so countries' bodies differ.
_BODY = (
    r"(?:[Ff]oreign|[Dd]efen[cs]e|[Uu]nification|[Jj]ustice|[Ff]inance|[Hh]ealth|[Ii]nterior|"
    r"[Tt]rade|[Ee]ducation)\s+[Mm]inistry|military|army|navy|air\s+force|coast\s+guard|"
    r"presidential\s+office|spy\s+agency|intelligence\s+agency|state\s+media|state-run\s+media"
)
COUNTRY_MINISTRY = re.compile(
    r"\b(?:(?P<country>North Korea|South Korea|Japan|China|Russia|the U\.S\.|Mongolia)'s\s+"
    r"|(?:[Tt]he\s+)?(?P<dem>North Korean|South Korean|Japanese|Chinese|Russian|U\.S\.)\s+)"
    r"(?P<ministry>" + _BODY + r")\b"
)

# A ministry written in lowercase: "the unification ministry said", "the foreign ministry".
LOWER_MINISTRY = re.compile(
    r"\b[Tt]he\s+(?P<ministry>(?:foreign|defen[cs]e|unification|justice|finance|health|"
    r"interior|trade|education)\s+ministry)\b"
)
COUNTRY_DEMONYM = {
    "North Korea": "North Korean",
    "South Korea": "South Korean",
    "Japan": "Japanese",
    "China": "Chinese",
    "Russia": "Russian",
    "the U.S.": "U.S.",
    "Mongolia": "Mongolian",
}

# A name set after a speaker description by a comma: "its president, Batbayar ...",
# "the foreign minister of China, Wang Yi, said".
NAME_AFTER_COMMA = re.compile(r"\s*,?\s*")

# First words (lowercased) at which the pass-2 patterns may match, so that each is tried only
# where it can start instead of at every character of the article.
DETERMINER_STARTS = frozenset({"the", "its", "his", "her", "their", "a", "an"})
DEMONYM_STARTS = frozenset(
    "japanese north south n s chinese american u.s. russian soviet mongolian british "
    "taiwanese".split()
)
COUNTRY_STARTS = frozenset(
    "japan north south china russia u.s. united pyongyang seoul tokyo beijing moscow "
    "washington mongolia the".split()
)

# Words counted for an article's home country (see HOME_SIGNALS): lowercased tokens.
HOME_WORDS: dict[str, frozenset[str]] = {
    "Japan": frozenset({"japan", "japanese", "tokyo", "diet", "prefecture"}),
    "South Korea": frozenset({"seoul", "cheong"}),
}

# An unnamed source introduced with an indefinite article: "a South Korean official",
# "an official of the ministry".  A later "the official" is that source, not a named person.
INDEFINITE_DESCRIPTION = re.compile(
    r"\b[Aa]n?\s+(?:[\w.'-]+\s+){0,4}?(?P<noun>"
    + "|".join(sorted(DESCRIPTION_NOUNS, key=len, reverse=True))
    + r")\b"
)

# What before "a/an <noun>" makes it describe someone just named, not an unnamed source:
# "Hiroshi Tanabe, an analyst ...", "Kim, who is an official", "worked as a diplomat".
PREDICATE_BEFORE = re.compile(r"(?:,|\b(?:is|was|as|became|becomes|remains|being))\s*$")

# -- groups and unnamed people -----------------------------------------------------------------

# Plural nouns for people acting together, the heads of group mentions.
GROUP_NOUNS = (
    "women|men|wives|husbands|defectors|refugees|plaintiffs|families|students|lawyers|"
    "companies|firms|officials|soldiers|people|fishermen|abductees|residents|participants|"
    "relatives|survivors|victims|tourists|workers|activists|protesters|lawmakers|returnees|"
    "children|sons|daughters|delegates|diplomats|negotiators|sailors|crew members|South Koreans|"
    "North Koreans|Koreans|nationals|citizens|detainees|prisoners|athletes|wrestlers"
)
_NUMBER = (
    r"(?i:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|dozens\s+of|hundreds\s+of|thousands\s+of|several|"
    r"many|some|a\s+few|a\s+group\s+of|a\s+family\s+of)"
)

# People the article counts or qualifies but does not name, as event actors: "four North
# Korean defectors", "some 1,500 people", "the five plaintiffs", "1,800 Japanese women",
# "South Korean companies", "Japanese wives".  A number, or a demonym, is required.
GROUP_PHRASE = re.compile(
    r"\b(?:(?:[Tt]he|[Ss]ome|[Aa]bout|[Aa]round|[Nn]early|[Oo]ver|[Aa]lmost|[Mm]ore\s+than)\s+)?"
    r"(?:(?P<num>" + _NUMBER + r")\s+(?:(?:[a-z]+-)?[a-z]+\s+)?(?:(?:North\s+|South\s+)?"
    r"[A-Z][a-z]+\s+)?|(?P<dem>(?:North\s+|South\s+)?(?:Korean|Japanese|Chinese|American|"
    r"Mongolian|Russian))\s+(?:[a-z]+\s+)?)"
    r"(?P<noun>" + GROUP_NOUNS + r")\b"
)

# A singular person the article does not name: "the woman", "The man", "the girl".
UNNAMED_PERSON = re.compile(
    r"\b[Tt]he\s+(?:(?:young|elderly|old|younger|older)\s+)?"
    r"(?P<noun>woman|man|girl|boy|teenager|sentry)\b"
)

# The police as an actor: "police said", "Police arrested".
POLICE = re.compile(r"\b(?:[Tt]he\s+)?[Pp]olice\b(?!\s+(?:[a-z]+\s+)?(?:station|officer|car))")

GROUP_STARTS = frozenset(  # the first words of GROUP_PHRASE, UNNAMED_PERSON and POLICE
    """the some about around nearly over almost more one two three four five six seven eight
    nine ten eleven twelve fifteen twenty thirty forty fifty hundred dozens hundreds thousands
    several many a police korean japanese chinese american mongolian russian north south""".split()
)

# Two states named together before: "talks between the two nations", "the two countries'
# ties", "the two Koreas".  Both are actors of the clause.
THE_TWO = re.compile(
    r"\b[Tt]he\s+two\s+(?P<noun>countries|nations|governments|neighbors|neighbours|Koreas|"
    r"sides|leaders|ministers|men|women|presidents|envoys|diplomats)\b"
)
# The nouns of THE_TWO that stand for two people rather than two states.
TWO_PEOPLE = frozenset(
    {"leaders", "ministers", "men", "women", "presidents", "envoys", "diplomats"}
)

# A country's Red Cross written through the country: "the Red Cross organizations of Japan
# and China", "South Korea's Red Cross", "the two Koreas' Red Cross officials".  Each country
# stands for its society in the lexicon (the organization entry of that country named
# "... Red Cross ...").
RED_CROSS_OF = re.compile(
    r"\bRed\s+Cross\s+(?:societies|organizations|organisations|officials|chiefs|delegations|"
    r"groups)?\s*of\s+(?:the\s+two\s+(?P<koreas>Koreas)|(?P<a>(?:North |South )?Korea|Japan|"
    r"China|Russia)(?:\s+and\s+(?P<b>(?:North |South )?Korea|Japan|China|Russia))?)"
    r"|\b(?:[Tt]he\s+two\s+(?P<koreas2>Koreas)|(?P<c>(?:North |South )?Korea|Japan|China|Russia))"
    r"'s?\s+Red\s+Cross\b"
    r"|\b(?P<d1>Japanese|North Korean|South Korean|Chinese)\s+and\s+"
    r"(?P<d2>Japanese|North Korean|South Korean|Chinese)\s+Red\s+Cross\b"
)
RED_CROSS_STARTS = frozenset(
    {"red", "the", "north", "south", "korea", "japan", "china", "russia", "japanese", "chinese"}
)

# Bodies that stand for their state too: "the Chinese Embassy in Tokyo" is China acting.
STATE_BODY_HEADS = frozenset({"embassy", "consulate"})

# What lies between a person and a pronoun when the pronoun is that person's reported self:
# "Kenji Mori, a Waseda University professor, said he expects ...", "Lim told reporters
# she ...".  The person right before wins over the sentence's first-named one.
SPEECH_BEFORE_PRONOUN = re.compile(
    r"(?:,[^.;]{0,160}?,)?\s*(?:[a-z]+ly\s+)?(?:said|says|told\s+\w+|added|stated|stressed|"
    r"noted|explained|insisted|argued|warned|claimed|recalled|wrote|denied|admitted|"
    r"acknowledged|believes|believed|thinks|thought|hopes|hoped|expects|expected|insists)"
    r"(?:\s+that)?\s*$"
)

# A speech verb right after an unnamed source (up to a short qualifier), which makes the
# source the subject a later "he" or "she" may refer to: "a ministry official said",
# "a senior official in Seoul told reporters".
SPEECH_AFTER_SOURCE = re.compile(
    r"(?:\s+(?:in|at|of|from|with|close\s+to|familiar\s+with)\s+[\w.' -]{1,40}?)?,?\s+"
    r"(?:said|says|told|added|noted|stressed|explained|insisted|warned|claimed)\b"
)
