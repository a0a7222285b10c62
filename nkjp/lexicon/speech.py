"""Words and patterns of reported speech: reporting verbs, cue phrases, speaker phrases, groups
(quote marks are text-level: nkjp/lexicon/text.py).  Used by nkjp/cues.py and the quote modules.

Every pattern is named and carries the kind of sentence it exists for.
"""

from __future__ import annotations

import re

from nkjp.lexicon.references import GROUP_HEAD_WORDS
from nkjp.lexicon.text import trie

# How far the quote stage looks from a cue: a subject starts at most REACH characters before
# its verb, a reported clause runs at most CLAUSE_REACH characters.  Real sentences stay far
# below; the bounds keep a pathological one-sentence megabyte linear.
REACH = 400
CLAUSE_REACH = 1000

# -- reporting verbs ---------------------------------------------------------------------------

# Verbs that report speech and take a complement clause with or without "that":
# "Officials said the talks would resume", "he stressed the need was urgent".
_SAY_VERBS = """
say says said saying  tell tells told telling  add adds added adding
stress stresses stressed stressing  warn warns warned warning  argue argues argued arguing
insist insists insisted insisting  claim claims claimed claiming  note notes noted noting
report reports reported reporting  explain explains explained explaining
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
assert asserts asserted asserting  state states stated stating  declare declares declared declaring
maintain maintains maintained maintaining  contend contends contended contending
complain complains complained complaining  allege alleges alleged alleging
reiterate reiterates reiterated reiterating  caution cautions cautioned cautioning
predict predicts predicted predicting  write writes wrote writing
"""
# Verbs that report speech only with "that": "Tokyo confirmed that talks were held".
_THAT_VERBS = """
announce announces announced announcing  confirm confirms confirmed confirming
reveal reveals revealed revealing  admit admits admitted admitting
acknowledge acknowledges acknowledged acknowledging  deny denies denied denying
suggest suggests suggested suggesting  concede concedes conceded conceding
disclose discloses disclosed disclosing  indicate indicates indicated indicating
recall recalls recalled recalling  hint hints hinted hinting  pledge pledges pledged pledging
vow vows vowed vowing  promise promises promised promising  agree agrees agreed agreeing
"""
# Verbs that introduce or follow a direct quote only: '"Why now?" she asked.'
_DIRECT_ONLY = """
ask asks asked asking  reply replies replied replying  respond responds responded responding
comment comments commented commenting  continue continues continued continuing
exclaim exclaims exclaimed exclaiming  quip quips quipped quipping
remark remarks remarked remarking  observe observes observed observing
lament laments lamented lamenting  plead pleads pleaded pleading  tweet tweets tweeted tweeting
post posts posted posting  shout shouts shouted shouting
"""
# Verbs that frame a quoted fragment: 'called the move "reckless"', 'described it as "a
# provocation"', 'apologized for the "pain caused"', 'expressed "deep regret"'.
_PARTIAL_ONLY = """
call calls called calling  describe describes described describing
apologize apologizes apologized apologizing apologise apologised  urge urges urged urging
express expresses expressed expressing  demand demands demanded demanding
label labels labeled labelled labeling  brand brands branded branding  term terms termed terming
criticize criticizes criticized criticizing criticise criticised  hail hails hailed hailing
condemn condemns condemned condemning
"""


# Base forms that are mostly nouns in news text: 'state media', 'a report', 'the claim',
# 'a call for talks'.  Their -s, -ed and -ing forms stay cues.
NOUN_LIKE_BASES = frozenset(
    """state report note claim comment call term brand label post demand promise pledge vow
    hint tweet remark reply respond continue observe quip shout plead lament express hail
    caution write""".split()
)


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split()) - NOUN_LIKE_BASES


SAY_VERBS = _words(_SAY_VERBS)
THAT_VERBS = _words(_THAT_VERBS)
DIRECT_VERBS = SAY_VERBS | THAT_VERBS | _words(_DIRECT_ONLY)
PARTIAL_VERBS = DIRECT_VERBS | _words(_PARTIAL_ONLY)
INDIRECT_VERBS = SAY_VERBS | THAT_VERBS
# Which lemma a form belongs to is not needed; "tell" forms need an object after them.
TELL_FORMS = frozenset({"tell", "tells", "told", "telling"})


# A reporting verb with the auxiliaries and adverbs written before it, which belong to the cue:
# "has repeatedly said", "had said", "also told", "reportedly told".
_AUX = (
    r"(?:(?:has|have|had|also|reportedly|repeatedly|later|again|further|then|once|"
    r"previously|earlier|publicly|separately|recently|has\s+long|also\s+have)\s+)*"
)


# Every word that may be a reporting verb ('said', 'told', 'warned', 'called'), lower case.
LOWER_WORD = re.compile(r"\b(?<![\-\u2019'])" + trie(PARTIAL_VERBS) + r"(?![\w\-])")
# The same words found with the character before them (group 1 the word), which lets the regex
# engine skip between candidates: the space, comma or mark before 'said' (see nkjp/wordscan.py).
GAP_WORD = re.compile(r"[^'\-0-9A-Z_a-z](" + trie(PARTIAL_VERBS) + r")(?![\w\-])")
# The auxiliaries and adverbs before a verb belong to the cue: "has repeatedly said".
AUX_TAIL = re.compile(r"(?<![\w-])" + _AUX.replace("*", "+") + r"$")
# The words such a run may end with ("has long said", "also have told"): when the word before
# a verb is none of these, it has no auxiliary run and the search for one is skipped.
AUX_TAIL_LAST = frozenset(
    """has have had also reportedly repeatedly later again further then once previously earlier
    publicly separately recently long""".split()
)
# A full cue, for searches inside a short stretch: 'Kim also said'.
CUE_VERB = re.compile(
    r"(?<![\w\-\u2019'])" + _AUX + r"(?P<verb>" + trie(PARTIAL_VERBS) + r")(?![\w\-])"
)
# A cue word used as a noun is no cue: 'pension claims are', 'the reports of', 'claims by'.
NOUN_AFTER = re.compile(
    r"\s+(?:is|are|was|were|of|about|by|from|or|and\s+(?:counter|demands|accusations))(?![\w-])"
)

# Cue phrases that behave like one verb.
# "was quoted as saying", "was quoted by the Yonhap news agency as saying"
QUOTED_AS_SAYING = re.compile(
    r"(?<!\w)(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted"
    r"(?:\s+by\s+[^,.;\"\u201c\u201d]{1,80}?)?\s+as\s+(?:saying|telling\s+\S+(?:\s+\S+)?)(?!\w)",
    re.I,
)
# The active form names the speaker after "quoted": 'KCNA quoted a Foreign Ministry spokesman
# as saying', 'Yonhap quoted an official as saying'.
QUOTED_ACTIVE = re.compile(
    r"(?<![\w-])quoted\s+(?P<who>(?!as\b|by\b)[^,.;\"\u201c\u201d]{1,80}?)\s+as\s+(?:saying|telling\s+"
    r"\S+(?:\s+\S+)?)(?![\w-])"
)
# "expressed hope that", "voiced concern that", "expressed confidence that", "raised their
# voices that" (their own words: not 'raised concern that', whose subject is often an event)
EXPRESSED_THAT = re.compile(
    r"(?:(?:express(?:ed|es|ing)|voic(?:ed|es|ing))\s+(?:(?:his|her|their|its|strong|deep|"
    r"great|high|some|the)\s+)*(?:hope|hopes|concern|concerns|confidence|regret|optimism|fear|"
    r"fears|doubt|doubts|belief|expectation|expectations|worry|worries|frustration|"
    r"satisfaction|skepticism|scepticism)|rais(?:ed|es|ing)\s+(?:his|her|their)\s+voices?)"
    r"(?=\s+that\b)",
    re.I,
)
# "According to the ministry, ..." / "..., according to a diplomatic source."
ACCORDING_TO = re.compile(r"[Aa]ccording\s+to\s+")
# Words a participle attribution starts with: '..., adding that the talks would resume',
# 'rejected the claim saying the islands are its territory'.
PARTICIPLE_CUES = frozenset(
    """saying adding noting arguing insisting claiming stressing warning explaining stating
    asserting emphasizing emphasising telling reiterating complaining contending declaring
    maintaining""".split()
)

# Passive or infinitive use of a verb is not a report: "is said to be", "was told to leave",
# "to say", "be described as".
NOT_A_REPORT_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|to|would|could|will|can|may|might|should|must|"
    r"not|never|did|does|do|n't)\s+)$",
    re.I,
)
# The words of NOT_A_REPORT_BEFORE, lower case: a verb after any other word is no passive or
# infinitive, and the search is skipped ("Tokyo said", not "was said").
NOT_A_REPORT_LAST = frozenset(
    "is are was were be been being to would could will can may might should must not never did "
    "does do".split()
)

# -- what may stand between a verb and its reported clause ----------------------------------------

# The object of "told": 'told reporters', 'told a news conference', 'told Kyodo News',
# 'told the Yonhap news agency', 'told lawmakers'.
TELL_OBJECT = re.compile(
    r"\s+(?:(?:reporters|journalists|the\s+press|lawmakers|legislators|parliament|police|"
    r"investigators|officials|students|supporters|residents|him|her|them|us|me|"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:conference|briefing|meeting|session|audience|gathering|rally|forum|symposium|"
    r"seminar|committee|hearing|interview|panel|crowd|agency|newspaper|daily|broadcaster|"
    r"television|radio|station|reporters|journalists|lawmakers|delegation|court|reporter))|"
    r"(?:[A-Z][\w.'\u2019&-]*)(?:\s+(?:of\s+)?[A-Z][\w.'\u2019&-]*){0,5})(?![\w-])"
)
# Adjuncts between a verb and its clause: 'said Thursday', 'said on Monday', 'said angrily',
# 'said in a statement', 'told reporters in Seoul', 'said at a news conference in Tokyo',
# 'said by phone', 'said at the time', 'says in a report released Friday'.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ADJUNCT = re.compile(
    r"\s+(?:"
    r"(?:on\s+|last\s+|this\s+|late\s+|early\s+)?"
    + _WEEKDAY
    + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:earlier|later|last|this|next)\s+(?:in\s+the\s+)?(?:day|week|month|year|morning|"
    r"evening|night|weekend|time)"
    r"|earlier|later|then|again|also|too|once|here|there"
    r"|[a-z]+ly(?![\w-])"
    r"|(?:in|at|during|on|via|by|through|from|over|before|after|to|with)\s+"
    r"(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:statement|statements|interview|conference|briefing|meeting|session|speech|address|"
    r"report|release|post|message|letter|commentary|editorial|article|telephone|phone|email|"
    r"e-mail|tweet|video|broadcast|program|programme|time|departure|arrival|visit|talks|"
    r"trip|return|reporters|journalists|press|media|parliament|Diet|Assembly|hearing|"
    r"ceremony|event|rally|forum|summit|radio|television|TV|website|blog|book|memoir)(?![\w-])"
    r"|(?:in|at|from)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
    r"|on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"|on\s+(?:the\s+)?condition\s+of\s+anonymity|without\s+(?:elaborating|giving\s+details)"
    r")(?![\w-])"
)

# The complementizer: 'said that the talks ...'.
THAT = re.compile(r"\s*,?\s*that\s+", re.I)
# A clause may start with a pronoun, a determiner, a number or a name; "said to be" or "said in
# Seoul." are no clauses.
CLAUSE_START = re.compile(
    r"(?:[A-Z0-9\u00a5$\u20ac\u00a3(]|(?:he|she|it|they|we|i|you|there|this|these|those|the|"
    r"a|an|his|her|its|their|our|my|your|some|all|no|none|any|many|most|much|more|few|several|"
    r"both|each|every|one|two|three|four|five|six|seven|eight|nine|ten|about|around|nearly|"
    r"almost|only|not|such|japan|korea|tokyo|seoul|pyongyang|[a-z]+'s)(?![\w-]))"
)
NOT_CLAUSE_START = re.compile(
    r"(?:to|in|on|at|for|with|by|of|from|as|into|during|after|before|about\s+(?:the|it|this|"
    r"that)\b|i\b\.|it\s+was\s+not)(?![\w-])",
    re.I,
)
# Where a reported clause ends early: ', adding that ...', ', prompting speculation ...',
# '; ...', ', but Cho said ...' (the last is found through the next cue).  Only where a match
# starts is used: at the spaces before the cut, or the cut itself.  (Its first character is a
# plain class, which lets the regex engine skip ahead; the look-behinds tell which it was.)
_CUT = r",\s*(?:[a-z]+ing|while|whereas)\b|;|\s\u2014\s|\s--\s"
CLAUSE_CUT = re.compile(
    r"[\s,;](?:(?<=\s)\s*(?:" + _CUT + r")|(?<=,)\s*(?:[a-z]+ing|while|whereas)\b|(?<=;)"
    r"|(?<=\s)(?:\u2014|--)\s)"
)
# The characters every CLAUSE_CUT match holds: its search starts at the first of them.
CLAUSE_CUT_MARKS = (",", ";", "\u2014", "--")

# -- speaker phrases -----------------------------------------------------------------------------

# Sentence openers that are not the subject: 'However, Mr. Lee said', 'Speaking to reporters,
# Lee said', 'In a statement, the ministry said', 'Asked about the plan, Ishiba said'.
FRONTED = re.compile(
    r"(?:(?:however|but|and|yet|still|meanwhile|also|moreover|furthermore|separately|"
    r"instead|earlier|later|previously|then|now|asked|speaking|responding|referring|"
    r"commenting|citing|in|on|at|during|after|before|since|when|while|as|with|without|for|"
    r"from|under|despite|regarding|following|amid|last|this|next|according|addressing|"
    r"outside|inside|near|across|behind|around|among|throughout|within|through|over|upon|"
    r"earlier|once|today|yesterday|tonight|"
    r"appearing|writing|reporting|talking|for\s+his\s+part|for\s+her\s+part)\b"
    r"|(?-i:[A-Z][a-z]+ing)\s+\w)",
    re.I,
)
# Leading words of a clause that do not belong to its subject: 'But he said', 'And Seoul said'.
LEADING_CONJ = re.compile(
    r"(?:(?:but|and|yet|so|however|meanwhile|also|still|instead|then|now|indeed|thus)\b,?\s*)+",
    re.I,
)
# Trailing words between a subject and its verb: 'Kim reportedly said', 'the ministry has
# repeatedly said', 'he also told'.
TRAILING_AUX = re.compile(
    r"(?:\s+(?:has|have|had|also|reportedly|repeatedly|later|again|further|then|once|"
    r"previously|earlier|publicly|separately|recently|long|would|will|is|was))+\s*$",
    re.I,
)
# The words TRAILING_AUX may end with, lower case: when the subject's last word is none of
# these, the search is skipped ("the ministry said": no auxiliary).
TRAILING_AUX_LAST = AUX_TAIL_LAST | {"would", "will", "is", "was"}
# Words that end the search for a subject when walking left from a verb: 'the talks failed
# because Tokyo said', 'it refuses and the committee said'.
SUBJECT_BOUNDARY = re.compile(
    r"(?:^|\s)(?:but|while|whereas|because|although|though|since|when|where|if|unless|"
    r"that|so|as|than|after|before|until|whether|which|who|what|whom|whose|and(?=\s+(?:the|a|an|its|his|"
    r"her|their|this|these|those|some|many)\s))(?=\s)",
    re.I,
)
# The words of SUBJECT_BOUNDARY, lower case, for a first test of a stretch's words.
SUBJECT_BOUNDARY_WORDS = frozenset(
    """but while whereas because although though since when where if unless that so as than
    after before until whether which who what whom whose and""".split()
)
# Plural nouns for people speaking together, the heads of group phrases (one list with
# names.NOT_PERSON_WORDS, see references.GROUP_HEAD_WORDS).
GROUP_HEADS = GROUP_HEAD_WORDS
# A speaker phrase starts with a name, a determiner, a pronoun or a number:
# 'Foreign Minister Cho Tae-yul', 'the ministry', 'a diplomatic source', 'he', 'two officials'.
SPEAKER_START = re.compile(
    r"(?:[A-Z0-9]|(?:he|she|they|it|we|i|the|a|an|his|her|its|their|one|two|three|four|five|"
    r"some|several|many|both|other|another|media|reports|government|company|state|local|senior|"
    r"informed|korean|" + trie(GROUP_HEADS) + r"|[a-z]{3,}(?:ers|ists|ants|ents|ians|ors|ees))"
    r"(?![\w-]))"
)
# Words that a speaker phrase never contains: verbs of its own clause, quote marks.
NOT_IN_SPEAKER = re.compile(
    r"[\"\u201c\u201d;:]|(?<![\w-])(?:is|are|was|were|will|would|could|can|should|must|did|"
    r"does|do|not|has\s+been|have\s+been)(?![\w-])",
    re.I,
)
# The same for a lower-case ASCII phrase, without re.I (which slows down every position).
NOT_IN_SPEAKER_LOWER = re.compile(
    r"[\"\u201c\u201d;:]|(?<![\w-])(?:"
    + trie("is are was were will would could can should must did does do not".split())
    + r"|has\s+been|have\s+been)(?![\w-])"
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})

# A proper name standing alone: 'Ryu Mi-jin', 'Kim Jong Un', 'Park Geun-hye'.
PROPER_NAME = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*)(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|von|bin|al-[A-Z]\w*)){0,4}"
)
# Descriptions that are not a speaker when they stand in an appositive: ages ', 61,'.
AGE = re.compile(r"\d{1,3}")
# Words that make a subject a clause rather than a noun phrase: '-ed' verbs, auxiliaries.
_VERBISH_WORDS = (
    r"is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|"
    r"did|does|do|[a-z]{3,}ed|held|made|took|gave|met|won|lost|left|came|went|put|set|ran|"
    r"began|sent|saw|kept|brought|found|stood|wore|hung|raised|began|led|read|wrote|told|said|"
    r"rose|fell|flew|drew|threw|broke|spoke|chose|sought|fought|bought|caught|taught|thought|"
    r"knew|grew|showed|shows|holds|makes|takes|gives|says|tells"
)
VERBISH = re.compile(r"(?<![\w-])(?:" + _VERBISH_WORDS + r")(?![\w-])")

# -- groups as speakers: 'five residents said', 'Foreign Ministry officials said', 'they said' --

_HEAD_FORMS = GROUP_HEADS | {w.capitalize() for w in GROUP_HEADS}  # ('Officials said')
GROUP_HEAD = re.compile(r"\b(?<![\-\u2019'])" + trie(_HEAD_FORMS) + r"(?![\w\-\u2019'])")
GROUP_HEAD_GAP = re.compile(r"[^'\-0-9A-Z_a-z](" + trie(_HEAD_FORMS) + r")(?![\w\-\u2019'])")
# What after a head says whose they are: 'members of the city council', 'residents of Busan',
# 'relatives of the abductees' (up to a verb or a small word: '... met Ishiba', '... and').
_OF_WORD = (
    r"(?!(?:" + _VERBISH_WORDS + r"|says|and|or|but|who|which|that|in|on|at|to|for|with|from|by|"
    r"as|also|including|after|before|during|since|over|near|outside)(?![\w-]))[\w.\u2019'-]+"
)
GROUP_OF = re.compile(
    r"\s+of\s+(?:(?:the|a|an|its|their)\s+)?(?:" + _OF_WORD + r"\s+){0,2}" + _OF_WORD
)
NOUN_WORD = re.compile(_OF_WORD)  # (not a verb or a small word: 'three Vietnamese trainees')
# A verb (or "according") of reported speech in a group's sentence: when it is not the group's
# own ('Five nurses said ...'), the group may sit inside someone's report ('The fire agency
# said six hikers were stranded', 'Kyodo reported that ...', 'according to the police'), and
# "they" after it may be the body speaking there as well: no group is taken.
SOURCE_WORDS = frozenset({"according"})  # (names the source after it, a body's or the group's)
SENTENCE_REPORT_WORDS = INDIRECT_VERBS | SOURCE_WORDS
SENTENCE_REPORT_WORD = re.compile(
    r"\b(?<![\-\u2019'])" + trie(SENTENCE_REPORT_WORDS) + r"(?![\w\-])"
)
SENTENCE_REPORT_GAP = re.compile(
    r"[^'\-0-9A-Z_a-z](" + trie(SENTENCE_REPORT_WORDS) + r")(?![\w\-])"
)
# Between a group and its own verb: 'Five nurses said', 'Five nurses, though, have said' (the
# group before it; 'was quoted by five nurses as saying') or 'said five nurses', 'according
# to five nurses' (after it).
GROUP_BEFORE_OWN_VERB = re.compile(r"\s*(?:,\s*\w+\s*,\s*)?,?\s*(?:as\s+)?" + _AUX)
GROUP_AFTER_OWN_VERB = re.compile(r"\s*(?:to\s+)?")
# What ends the words before an inverted verb, which has no subject before it: '"...," said
# five nurses' (not 'The agency said five nurses were hurt': the nurses are its report).
INVERTED_VERB_AFTER = ",\"\u201d'\u2019"
# The word after a head, which may make it part of a name: 'People Power Party'.
NEXT_WORD = re.compile(r"\s+([\w\u2019'.-]+)")

# -- not quotes ---------------------------------------------------------------------------------

# Quoted words right after these are names, titles or terms, not speech: 'a so-called
# "satellite"', 'a film titled "Arirang"', 'an operation dubbed "Iron Hawk"', 'known as "...'",
# 'was renamed "Task Force Hope"'.  Whole words only: 'Park recalled "the night ..."' and
# 'posted on Facebook "..."' are speech, not "called" and "book".
TERM_BEFORE = re.compile(
    r"(?<![\w-])(?:so-called|so\s+called|titled|entitled|dubbed|named|renamed|nicknamed|"
    r"known\s+as|called|headlined|the\s+word|the\s+term|the\s+phrase|the\s+slogan|slogans?|"
    r"motto|banner|newspaper|novel|book|film|movie|song|album|drama|program|programme|series|"
    r"column)\s*,?\s*$",
    re.I,
)
# The last words of TERM_BEFORE, lower case: a quote after any other word skips its search.
TERM_BEFORE_LAST = tuple(
    """called titled dubbed named as headlined word term phrase slogan slogans motto banner
    newspaper novel book film movie song album drama program programme series column""".split()
)
# Quoted words on signs, banners and placards are what their holders say: 'unveiled banners
# reading "No to war"'.
SIGN_READING = re.compile(
    r"(?<![\w-])(?:banners?|signs?|placards?|posters?|pickets?|flags?|T-shirts?)\s+(?:that\s+)?"
    r"(?:reading|read|reads|saying|that\s+said|bearing)\s+",
    re.I,
)
SIGN_READING_LAST = ("reading", "read", "reads", "saying", "said", "bearing")  # its last words

# A name's speech noun right before a quoted fragment makes the name its speaker: "Tokyo's
# pledge of a "full inquiry"", "Manila's demand for a "fair hearing"".
POSSESSIVE_CUE = re.compile(
    r"(?P<who>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})['\u2019]s\s+"
    r"(?P<cue>(?:[a-z]+\s+)?(?:promises?|pledges?|claims?|calls?|slogans?|words|description|"
    r"assertions?|vows?|propaganda|demands?|offers?|warnings?|rhetoric|characterization|"
    r"insistence|accusations?|denials?))(?![\w-])[^\"\u201c\u201d.;:!?]{0,80}$"
)
# The possessive marks POSSESSIVE_CUE needs ("Tokyo's pledge", or with U+2019): the
# search runs only after one of them is found, from as far before it as the longest owner
# POSSESSIVE_CUE takes ("Japan Coast Guard Commander's": four words).
POSSESSIVE_MARKS = ("'s ", "\u2019s ")
POSSESSIVE_OWNER_REACH = 60
# Between two quoted fragments of one list: '"No war" and "go home"', '"a", "b" or "c"'.
LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as)\s*)?")

# A second reporting verb sharing the subject of the first: 'said the trip was moving and
# expressed hope that ...', 'and also warned that ...'.
COORDINATED = re.compile(r"\s+and\s+(?:also\s+|then\s+|later\s+)?$")

# A short prepositional phrase between a verb and "that": 'told reporters after the meeting
# that', 'said on a radio program that'.
GAP_THAT = re.compile(
    r"\s+((?:to|before|after|at|in|on|during|by|with|from|via|over|through)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,6}?)that\s+"
)

# A that-less reported clause has a verb of its own: 'said the talks will resume', not 'stressed
# the importance of dialogue' or 'underscoring the rarity of the action'.
FINITE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|"
    r"did|does|do|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|need|want|"
    r"hope|plan|remain|seem|appear|expect|intend|[a-z]{3,}ed|[a-z]{2,}[^s\W]s)(?![\w-])"
)

# Where a speaker phrase after an inverted verb ends: 'said Kim Mi-ra, a lawmaker', 'said a
# senior U.S. official.' (the dots of "U.S." do not end it), 'said Lee, who ...'.
SPEAKER_AFTER_END = re.compile(
    r"(?<![A-Z])\.(?=[\s\"\u201d]|$)|[;:!?\"\u201c\u201d(]|\s(?:who|which|while|as|when|after|before)\s"
)

# What may follow an attribution placed after its clause: '..., police said.', '..., the
# minister told reporters at the ministry.', '..., the government said, as officials met.'
AFTER_CLAUSE_REST = re.compile(
    r"(?:\s+(?:in|at|on|during|via|by|from|to|after|before|with|through|over|for)\s+"
    r"[^,;:\"\u201c\u201d]{1,60}?)*\s*[.!?]?[\"\u201d]?\s*"
    r"(?:,\s*(?:[a-z]+ing|as|while|when|after|before|amid|although|though|because|but|in|on|"
    r"with|without|during|following|despite)\b.*)?",
    re.S,
)

# A relative pronoun right before the verb: 'Kim Yo Jong, the leader's sister, who warned'.
RELATIVE_WHO = re.compile(r",?\s*(?<![\w-])who$")
# A name at the end of a phrase: 'a statement by Kim Yo Jong'.
TRAILING_NAME = re.compile(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4}$")

# -- small patterns of the quote modules ------------------------------------------------------

# Nothing but punctuation and space between a quote and the sentence edge: '"...," ', '("'.
ONLY_PUNCT = re.compile(r"[\s.,;:!?\-\u2014\u2013()\[\]]*")
# An attribution that introduces a quote ends in a comma or colon: 'Lee said: "', 'said, "'.
INTRO_END = re.compile(r"[,:]\s*(?:\(\s*)?$")
# Punctuation between a closing mark and the attribution after it: '," said', '?" asked'.
LEADING_PUNCT = re.compile(r"[\s,?!.\u2014-]*")
# Adverbs between a closing mark and an inverted verb: '," then said Kim'.
LIGHT_ADVERBS = re.compile(r"\s*(?:also|then|later|again)\s*")
# Where the phrase after "according to" ends: 'according to a source familiar with the talks,'.
ACCORDING_NP_END = re.compile(r"[,.;:!?\"\u201c\u201d(]|\s(?:who|which|that|and\s+(?=[a-z]))\s")
# The subject of an absolute participle: 'with the company arguing the deadline had passed'.
WITH_SUBJECT = re.compile(r"\bwith\s+([^,;]{1,80}?)\s*$")
# A comma and conjunction where a new attribution may begin: ', but Cho said'.
CONJUNCTION_BREAK = re.compile(r",\s+(?:but|and|while|whereas)\s+")
# The complementizer anywhere: 'the envoy doubted that Tokyo meant to "..."'.
THAT_WORD = re.compile(r"\bthat\b")
# The first word of a clause, when lower case: 'production at the plant could stop'.
FIRST_LOWER_WORD = re.compile(r"[a-z][\w-]*")
# Clause boundaries before a subject: ', but Ito, who led the group, said', '; the ministry said'.
CLAUSE_BOUNDARY = re.compile(
    r"(?:,[\"\u201d\u2019]?\s+(?:but|and|while|whereas|as|because|although|though|so|yet)\s+|"
    r";\s+|\s\u2014\s|\s--\s)",
    re.I,
)
# What an inverted verb is not followed by: 'said on Thursday', 'said in a statement'.
PREPOSITION_START = re.compile(
    r"(?:on|in|at|by|to|for|with|from|that|this|last|after|before|during|earlier|later|then|"
    r"recently|also|again|here|there|when|while|as|if|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|[a-z]+ly)(?![\w-])",
    re.I,
)
# A pronoun ending a relative clause's subject: 'the losses they said they suffered'.
PRONOUN_END = re.compile(r"(?<![\w-])(?:he|she|they|we|it|I)$")
# Any capitalised word: 'said ministry spokesperson Han Ji-woo'.
CAPITAL_WORD = re.compile(r"\b[A-Z]")

# A time adjunct between a subject and its verb: 'North Korea on Tuesday denounced'.
TRAILING_TIME = re.compile(
    r"\s+(?:on\s+|last\s+|this\s+|early\s+|late\s+|earlier\s+|later\s+)?(?:"
    + _WEEKDAY
    + r"|week|month|year|morning|afternoon|evening|night|weekend)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)

# An owner before a person's name: "VOA's Jane Doe", "Japan's Taro Kono".
POSSESSOR = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['\u2019]s\s+")
