"""Titles, role nouns, descriptions, demonyms and government nouns of the actors stage.

"Prime Minister", "the expert", "the North Korean leader", "the Japanese government": the words
that say what a person is, and which country a phrase stands for.  Each list carries the kind
of phrase it exists for.
"""

from __future__ import annotations

import re

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

# Each demonym as a whole word, any case, in the order above, for the country an appositive
# gives a person ("a spokesman for the Chinese Red Cross"); not "us", which in running text is
# the pronoun ("told us").  ANY_DEMONYM finds whether any of them is there at all.  A demonym
# ends where no letter or digit follows: "a U.S. State Department spokeswoman" (a \b after the
# dot of "U.S." would want a letter next).
DEMONYM_WORDS = tuple(
    (re.compile(rf"\b{re.escape(dem)}(?!\w)", re.I), country)
    for dem, country in DEMONYMS.items()
    if dem != "us"
)
ANY_DEMONYM = re.compile("|".join(p.pattern for p, _ in DEMONYM_WORDS), re.I)

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
