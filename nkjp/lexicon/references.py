"""Patterns of references that do not name their actor (pass 2 of the actors stage).

"the ministry", "Japan's prime minister", "the expert", "the two countries", "four North
Korean defectors", "police", speaker-phrase words.  Used by nkjp/reference.py, nkjp/speakers.py
and nkjp/pronouns.py; each pattern carries the kind of phrase it exists for.
"""

from __future__ import annotations

import re

from nkjp.lexicon.roles import DEMONYMS, DESCRIPTION_NOUNS, ROLE_NOUNS, ROLE_WORDS

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
# It ends where no letter follows ("the envoy to the U.S. said": no \b after the dot).
ROLE_OF_COUNTRY = re.compile(
    r"\b(?:of|to|for)\s+(?P<country>Japan|North Korea|South Korea|China|Russia|the United States|"
    r"the U\.S\.|Mongolia)(?!\w)"
)

# A role noun set before a name by a comma: "Hanul LLC and its president, Batbayar ...",
# "the head of the delegation, Park ...".  Matched against the text just before the name.
ROLE_BEFORE_COMMA = re.compile(
    r"\b(?i:its|his|her|their|the|a|an)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")(?:\s+(?:of|at|for|to)\s+[\w\s.'-]{1,60}?)?,\s*$"
)

# The end of an appositive: ", a professor at Sophia University, said" stops at the comma; a
# sentence's full stop ends it too, not the dot of an initial or of "U.S.": ", a spokeswoman
# for the U.S. State Department, said".
APPOSITIVE_END = re.compile(r"[,;:()\u2014]|\s--\s|(?<!\b[A-Z])\.\s")

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

# Where INDEFINITE_DESCRIPTION may start (and a few more places: "Korea ", "Japan "): found
# by a plain scan, then the full pattern is tried only there.
A_OR_AN = re.compile(r"[Aa]n?\s")
INDEFINITE_ARTICLES = frozenset({"a", "an"})

# What before "a/an <noun>" makes it describe someone just named, not an unnamed source:
# "Hiroshi Tanabe, an analyst ...", "Kim, who is an official", "worked as a diplomat".
PREDICATE_BEFORE = re.compile(r"(?:,|\b(?:is|was|as|became|becomes|remains|being))\s*$")

# -- groups and unnamed people -----------------------------------------------------------------

# Plural nouns for people acting or speaking together: "five residents", "the plaintiffs".  The
# heads of group mentions here (GROUP_NOUNS) and of group speakers (speech.GROUP_HEADS), each
# with words of its own.
PEOPLE_GROUP_NOUNS = (
    "women|men|wives|husbands|defectors|refugees|plaintiffs|families|students|lawyers|"
    "officials|soldiers|people|fishermen|abductees|residents|participants|relatives|survivors|"
    "victims|tourists|workers|activists|protesters|lawmakers|returnees|children|sons|daughters|"
    "delegates|diplomats|negotiators|sailors|Koreans|nationals|citizens|detainees|prisoners|"
    "athletes"
)
# Group mentions also of firms, of a crew and of the two Koreas' people: "three Japanese
# companies", "12 crew members", "40 North Koreans"; and "five sumo wrestlers" (no speaker
# head, as "the wrestlers said" is read by the plural rule of speakers.py).
GROUP_NOUNS = (
    PEOPLE_GROUP_NOUNS + "|companies|firms|crew members|South Koreans|North Koreans|wrestlers"
)
# How far "they" looks back for its group: the sentences before its own ('Five nurses staged a
# walkout at a Busan hospital on Monday.  The hospital has 300 beds.  "We are exhausted," they
# said.': two back), and at most so many characters (about two wire paragraphs).
PLURAL_LOOKBACK = 3
PLURAL_REACH = 1000
# More plural nouns for people speaking together, heads of group speakers, not of group
# mentions ("reporters", the hearers of 'told reporters', are left out).  A nationality ending
# in -ese is a head only after a count: 'the three Japanese said', not 'Japanese officials said'.
SPEAKER_GROUP_NOUNS = frozenset(
    """legislators members experts analysts sources demonstrators campaigners employees teachers
    parents villagers farmers troops police authorities prosecutors investigators organizers
    organisers leaders ministers envoys representatives voters critics opponents supporters
    witnesses doctors attorneys researchers scientists scholars historians executives veterans
    crew passengers players monks inspectors observers trainees volunteers americans russians
    filipinos mongolians japanese chinese vietnamese
    detectives officers protestors regulators rescuers""".split()
)
# Every head of a group of people, one list for the two places that need it: group speakers
# (speech.GROUP_HEADS: 'five nurses said') and the words no person's name holds
# (names.NOT_PERSON_WORDS: "Fishermen said ..." opening a sentence is no one named Fishermen).
GROUP_HEAD_WORDS = frozenset(PEOPLE_GROUP_NOUNS.lower().split("|")) | SPEAKER_GROUP_NOUNS
# Before a head, walking left: modifiers ('the three North Koreans', 'about 10 ministry
# officials', "Japan's defense officials", "the victims' families", 'pro-Pyongyang residents':
# a count, a name, a possessive, a hyphenated word, an adjective), then determiners.
GROUP_MODIFIER = re.compile(r"\d[\d,.]*|[A-Z][\w.\u2019'-]*|[\w.-]+['\u2019]s?|[a-z]+-[\w-]+")
# Counts spelled out that open a group: "four Chinese fishermen", "dozens of residents".
COUNT_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty hundred dozens hundreds thousands""".split()
)
GROUP_COUNTS = COUNT_WORDS | {"thousand", "dozen"}  # "a thousand protesters", "a dozen envoys"
GROUP_ADJECTIVES = frozenset(
    """senior local ethnic former top young elderly angry unnamed anonymous foreign government
    ministry party ruling opposition military police civic union family rights civilian
    defense defence security city prefectural provincial municipal district diplomatic industry
    company school village bereaved fellow embassy intelligence state coast guard fishing labor
    labour business""".split()
)
# Two nationalities (or sides) sharing a head: 'Japanese and South Korean officials', 'North
# and South Korean athletes', 'Chinese or Russian diplomats' are one group.  Only such words
# before the "and": 'Kim and ministry officials' is two.
GROUP_MODIFIER_CONJ = frozenset({"and", "or"})
COORDINATED_MODIFIERS = frozenset(w for d in DEMONYMS for w in d.split()) | frozenset(
    """korean north south filipino indian vietnamese indonesian thai australian german french
    european asian""".split()
)
# A nationality head ending so is an adjective before a noun ('three Vietnamese trainees') and
# the nation alone ('the Japanese'); a group head only after a count ('the three Japanese said',
# 'two Chinese working at the port').  The word after it is no noun when it ends in
# PARTICIPLE_END ('working', 'fishing').
NATIONALITY_ADJECTIVE_END = "ese"
PARTICIPLE_END = "ing"
GROUP_DETERMINERS = frozenset(
    """the these those some many several both all other most few various its their our about
    around nearly almost roughly over than least of a""".split()
)
# Determiners that need the word before them: 'more than', 'at least', 'a few', 'a group of'.
GROUP_DETERMINER_PAIRS = {"than": frozenset({"more", "fewer", "less"}), "least": frozenset({"at"})}
GROUP_DETERMINER_PAIRS["of"] = frozenset("group number handful dozens hundreds thousands".split())
# Marks a group phrase does not hold: the walk left from its head stops there ('In Seoul, ...').
GROUP_STOP = re.compile(r"[;:()\"\u201c\u201d\u2014]|,(?!\d)")  # (not in 'some 1,500 people')
# Before a group naming who belongs to the one before: 'the passengers, including two Thais'.
GROUP_ELABORATION = re.compile(r"\s*,?\s*(?:including|such\s+as|among\s+them|mostly)\s+")
# A copula or "as" before a group phrase: it says what someone is ('to be defectors').
PREDICATE_END = re.compile(
    r"(?<![\w-])(?:be|been|being|is|are|was|were|become|became|remain|remained|as)\s+$", re.I
)
_NUMBER = (
    r"(?i:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|dozens\s+of|hundreds\s+of|thousands\s+of|several|"
    r"many|some|a\s+few|a\s+group\s+of|a\s+family\s+of)"
)

# People the article counts or qualifies but does not name, as event actors: "four North
# Korean defectors", "some 1,500 people", "the five plaintiffs", "1,800 Japanese women",
# "South Korean companies", "Japanese wives".  A number, or a demonym, is required; "about",
# "over" and the like only before a number ("over 160 families", not "a row over Korean women").
GROUP_PHRASE = re.compile(
    r"\b(?:(?:[Tt]he|[Ss]ome)\s+|(?:[Aa]bout|[Aa]round|[Nn]early|[Oo]ver|[Aa]lmost|[Mm]ore\s+than)"
    r"\s+(?=" + _NUMBER + r"\s))?"
    r"(?:(?P<num>" + _NUMBER + r")\s+(?:(?:[a-z]+-)?[a-z]+\s+)?(?:(?:North\s+|South\s+)?"
    r"[A-Z][a-z]+\s+)?|(?P<dem>(?:North\s+|South\s+)?(?:Korean|Japanese|Chinese|American|"
    r"Mongolian|Russian))\s+(?:[a-z]+\s+)?)"
    r"(?P<noun>" + GROUP_NOUNS + r")\b"
)

# A group named before, by its noun after "the": "the women" after "16 Japanese women",
# "the defectors" after "four North Korean defectors"; or named only so: "the lawyers
# representing the students", "the bereaved families".  Not "four of the women" (a part of
# the group), not a noun before a noun ("the comfort women issue"), not a possessive ("the
# women's volleyball team", "the men’s final": a thing of its own), not "the officials" or
# "the people", mostly a state's ("South Korean officials ... the officials said").
DEFINITE_GROUP_NOUNS = (
    "women|men|wives|husbands|defectors|refugees|plaintiffs|families|students|lawyers|"
    "companies|firms|fishermen|abductees|residents|participants|relatives|survivors|victims|"
    "tourists|workers|activists|protesters|returnees|children|sons|daughters|sailors|"
    "crew members|detainees|prisoners|athletes|wrestlers"
)
# Nouns a group noun may qualify, making it no group: "the comfort women issue", "the
# abductees' families association", "the plaintiffs' lawsuit".
GROUP_COMPOUND_HEADS = (
    "issue|issues|problem|question|statue|statues|association|associations|group|groups|fund|"
    "case|cases|lawsuit|suit|suits|trial|program|programme|project|row|dispute|movement|"
    "network|center|centre|union|council|committee|federation|organization|organisation"
)
DEFINITE_GROUP = re.compile(
    r"(?<!\b[Oo]f )\b[Tt]he\s+(?:(?P<mod>[a-z]+(?:-[a-z]+)?)\s+)?"
    r"(?P<noun>" + DEFINITE_GROUP_NOUNS + r")\b"
    r"(?!['\u2019]s\b)"
    r"(?!'?\s+(?:" + GROUP_COMPOUND_HEADS + r")\b)"
)
# Modifiers that make "the ... women" another group than the one named before: "the other
# women", "the remaining defectors" (each is a group of its own then).
OTHER_GROUP_MODS = frozenset({"other", "remaining", "new"})

# A singular person the article does not name: "the woman", "The man", "the girl".
UNNAMED_PERSON = re.compile(
    r"\b[Tt]he\s+(?:(?:young|elderly|old|younger|older)\s+)?"
    r"(?P<noun>woman|man|girl|boy|teenager|sentry)\b"
)

# The police as an actor: "police said", "Police arrested".
POLICE = re.compile(r"\b(?:[Tt]he\s+)?[Pp]olice\b(?!\s+(?:[a-z]+\s+)?(?:station|officer|car))")

# A count in digits that GROUP_PHRASE may start at, as it starts at a spelled one ("five
# Japanese women"): "1,800 Japanese women", "40 North Korean defectors".  Not a year or other
# number of four or more digits without commas ("in 1959 Japanese wives"), not part of a
# decimal, a sum, a time or a range ("1.5 million people", "$300", "10:30", "3-4").
DIGIT_COUNT = re.compile(r"(?<![\w$.,/:\-])\d{1,3}(?:,\d{3})*(?=[ \t]+[A-Za-z])")
# Words before a count in digits that make it part of a date or a name, not a count: "on May 5
# South Korean officials ...", "Unit 731 soldiers" (capitalised words), "No. 2 officials".
COUNT_NOT_AFTER = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday no""".split()
)

# The first words (lowercased) of GROUP_PHRASE's number or demonym, and the openers it may
# start with: "four", "dozens of", "a few", "North Korean", "Japanese"; "some", "more than".
GROUP_NUMBER_STARTS = COUNT_WORDS | frozenset(
    "several many some a north south korean japanese chinese american mongolian russian".split()
)
# Of those, the ones that need a certain next word: "a few", "North Korean".
_GROUP_DEMONYMS = frozenset("korean japanese chinese american mongolian russian".split())
GROUP_SECOND_WORDS = {
    "a": frozenset({"few", "group", "family"}),
    "north": _GROUP_DEMONYMS,
    "south": _GROUP_DEMONYMS,
}
GROUP_OPENERS = frozenset("the some about around nearly over almost more".split())
# The first words (lowercased) of GROUP_PHRASE's nouns: "women", "crew" (members), "north"
# (Koreans); and its demonyms' first words, after which a noun must come within two words.
GROUP_NOUN_FIRST_WORDS = frozenset(n.split()[0].lower() for n in GROUP_NOUNS.split("|"))
# The words (lowercased) of GROUP_NOUNS a count in digits is looked for before ("1,800 Japanese
# women", "40 crew members"), but "north" and "south": the "Koreans" of "40 North Koreans"
# will do.
COUNT_NOUN_WORDS = frozenset(GROUP_NOUNS.lower().replace("|", " ").split()) - {"north", "south"}
GROUP_DEMONYM_STARTS = _GROUP_DEMONYMS | {"north", "south"}

# The only non-ASCII characters that match ASCII letters when case is ignored (dotted and
# dotless i, long s, the Kelvin sign): a text with one of them gets no word-level pre-test
# for a pattern matched ignoring case ("ſeven" for "seven").
CASE_FOLD_ODDITIES = "\u0130\u0131\u017f\u212a"

# the first words of GROUP_PHRASE, UNNAMED_PERSON and POLICE
GROUP_STARTS = GROUP_NUMBER_STARTS | frozenset(
    "the about around nearly over almost more police".split()
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
