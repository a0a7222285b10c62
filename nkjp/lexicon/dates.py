"""Patterns and word lists for time expressions (the nkjp.dates* modules).

Each rule is a named pattern with the real-world example it exists for.  ``RULES`` lists them in
priority order: at any position the first rule that matches wins, so longer and more specific
forms come first ("Next Monday, March 3" before "Monday").  ``RULE_RE`` holds each rule
compiled on its own, whose named groups the resolver reads.  How the text is scanned for them
(trigger words, dispatch by first word) is in nkjp.lexicon.dates_scan.

No pattern nests unbounded repeats: every repeat is over a bounded class or a fixed word, so the
scan is linear in the text.  Month and weekday names are matched case-sensitively (the modal
"may" and the verb "march" are lower case); the words around them case-insensitively.
"""

from __future__ import annotations

import json
import re
from importlib import resources

# --- words -----------------------------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# Number words in "two days later", "four years after", "a decade ago".
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip

MONTH_NAMES_CAPS = frozenset(
    w.capitalize() for w in MONTHS
)  # "April", "Sept" -- a list "April, May and June"

NAME_WORDS_CAPS = MONTH_NAMES_CAPS | {w.capitalize() for w in WEEKDAYS}
# The words that join the items of a list: "boats 12 and 13", "on the 3rd or 4th" are one list
# (one verb for both), not two clauses for the tense scan.
LIST_JOINS = frozenset("and or".split())

# Month abbreviations written with a full stop: a line break after "Sept." before "13" is
# inside a date, not between paragraphs ("...the summit set for Sept.\n13 in Tokyo").
MONTH_ABBREVIATIONS_CAPS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())

# Seasons, northern hemisphere, as EDTF level-1 codes: "spring 2022" -> 2022-21.
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
SEASON_START_MONTH = {21: 3, 22: 6, 23: 9, 24: 12}  # winter runs Dec-Feb into the next year

# Words before a bare month that make it a date: "in December", "since March", "by June".
MONTH_CUES = frozenset(
    "in since until till by from to through during before after of and or between "
    "throughout around".split()
)

# Words before a year that make the number something else: "Resolution 2094", "No. 1950",
# "about 2000 people", "Route 1950", "Flight 2013".
YEAR_BLOCKERS = frozenset(
    "resolution resolutions no no. number nos route flight room article articles about some "
    "nearly almost approximately roughly over than least to-".split()
)

# Nouns after a four-digit number that make it a count: "2000 people", "1500 troops".
COUNT_NOUNS = frozenset(
    "people persons troops soldiers workers households families residents members students "
    "tons tonnes kilometers kilometres km miles meters metres feet yards acres hectares yen won "
    "dollars euros units cases times votes seats pages copies signatures refugees defectors "
    "children women men employees visitors participants deaths victims points goals rounds "
    "shots missiles rockets tanks ships boats items".split()
)

# Weekday names that are part of a name, not a date: "Black Monday", "Bloody Sunday".
WEEKDAY_NAME_BEFORE = frozenset("black bloody super easter palm good ash cyber holy".split())
WEEKDAY_NAME_AFTER = frozenset("times telegraph express mirror herald post observer".split())

# Words that turn "N years after" into a duration, not a date: "for two years before he fled".
DURATION_BEFORE = frozenset("for within in over during".split())

# --- tense cues (used to pick the year of "in December", the week of "on Friday") ------------

# Future: "will visit in December", "is scheduled to travel Monday", "plans to meet in May",
# "Abe may visit in June" (the modal, lower case; the month "May" is told apart by the scan).
FUTURE_WORDS = frozenset(
    "will shall won't 'll upcoming coming scheduled slated tomorrow may might".split()
)
# ... and these only when "to" follows: "plans to", "is expected to", "is set to", "aims to".
FUTURE_BEFORE_TO = frozenset(
    "plan plans planning expected set due going aims aim intends intend hopes hope is are".split()
)
# Past: finite verbs and auxiliaries; any word ending in -ed counts too (see PAST_ED_EXCEPT).
PAST_WORDS = frozenset(
    "was were had did said told met came went made took left held began gave saw got sent "
    "fled won lost fell rose led paid spent brought bought thought sought fought built hit "
    "put shot struck stood spoke wrote ran became found kept heard knew meant felt broke "
    "chose drove flew grew threw ate sat slept woke caught taught dealt sold stole swore "
    "ago earlier".split()
)
PAST_ED_EXCEPT = frozenset(
    "need speed feed red bed shed seed hundred united based limited armed alleged so-called "
    "advanced detailed interested concerned supposed indeed creed greed embed steed".split()
)
# An -ed word after one of these is a participle: the auxiliary decides the tense.
AUXILIARIES = frozenset("be been being is are am will to has have had was were 's".split())
# Words a tense scan does not cross: clause joints.
CLAUSE_STOPS = frozenset(
    "and but or while whereas although though because when after before that which who "
    "whom whose where".split()
)
# With no tense to go by, these point forward: "the ban applies from Saturday", "until May".
FORWARD_CUES = frozenset("from until till starting beginning through".split())

# --- building blocks -------------------------------------------------------------------------

# One run of blanks, possibly across a single line break ("in August\n1998"), never a
# paragraph break.
_ = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)"
# "March", "Sept.", "Jan", "Oct." -- case-sensitive; "May" only in full.
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "3", "03", "3rd", "30th" -- not "3:30", "30%", "30,000", "3.5".
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:%]|,\d|\.\d)"
# Every currency sign (Unicode category Sc; tests/test_dates_fixes.py checks the list is
# whole): a number after one is a sum, not a year ("a fine of ₱2019", "₹1500 a month").
CURRENCY_SIGNS = (
    "$\u00a2\u00a3\u00a4\u00a5\u058f\u060b\u07fe\u07ff\u09f2\u09f3\u09fb\u0af1\u0bf9\u0e3f"
    "\u17db\u20a0-\u20c0\ua838\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6"
    "\U00011fdd-\U00011fe0\U0001e2ff\U0001ecb0"
)  # fmt: skip
# 1000-2099, not inside a bigger number ("12,2018"), not after a currency sign ("$2014",
# "₱2019"), not "1990s", "2014%", "2014-15" handled by the range rule first.
YEAR = r"(?<![\d,.#" + CURRENCY_SIGNS + r"])(?:1\d|20)\d\d(?![\d%]|s\b|,\d)"
# "1970s", "'90s", "’90s"
DECADE = r"(?:(?:1\d|20)\d0s|['’]\d0s)\b"
# "two", "14", "a", "an"
NUM = (
    r"(?:\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a{_}hundred))".replace("{_}", _)
)
UNIT = r"(?i:days?|weeks?|months?|years?|decades?)"
# Hedges that make a measured span vague: "more than 70 years after", "nearly four decades ago".
HEDGE = (
    r"(?i:more{_}than|less{_}than|fewer{_}than|nearly|almost|about|some|over|at{_}least|"
    r"roughly|around|approximately|barely|just{_}over|just{_}under|well{_}over)"
).replace("{_}", _)
# Vague parts: "early January", "mid-2010", "late in 2012", "the end of 2019".
VAGUE = (
    r"(?i:(?:the{_})?(?:end|beginning|start|middle|turn)(?:{_}of)|early(?:{_}in)?|"
    r"late(?:{_}in)?|mid(?:dle)?(?:{_}in)?)"
).replace("{_}", _)
PART_OF_DAY = r"(?i:morning|afternoon|evening|night)"


def _names_alternation(names: list[str]) -> str:
    """Names as one alternation, longest first, spaces flexible, either apostrophe."""
    out = []
    for name in sorted(set(names), key=len, reverse=True):
        words = [re.escape(w).replace("'", "['’]") for w in name.split()]
        out.append(_.join(words))
    return "(?:" + "|".join(out) + r")\b"


def _load_raw() -> dict:
    return json.loads(resources.files("nkjp.data").joinpath("periods.json").read_text("utf-8"))


_RAW = _load_raw()
# lower-cased name (spaces single, apostrophe straight) -> EDTF value / (month, day)
PERIODS = {n.lower(): p["value"] for p in _RAW["periods"] for n in p["names"]}
HOLIDAYS = {n.lower(): (h["month"], h["day"]) for h in _RAW["holidays"] for n in h["names"]}
PERIOD_NAMES = _names_alternation([n for p in _RAW["periods"] for n in p["names"]])
HOLIDAY_NAMES = _names_alternation([n for h in _RAW["holidays"] for n in h["names"]])

# --- rules, in priority order ------------------------------------------------------------------
# Each entry: (rule name, pattern).  Group names are local to a rule.  Rules whose name starts
# with "skip_" consume their match and return nothing.


def _r(pattern: str) -> str:
    return (
        pattern.replace("{_}", _)
        .replace("{MONTH}", MONTH)
        .replace("{DAY}", DAY)
        .replace("{YEAR}", YEAR)
        .replace("{WEEKDAY}", WEEKDAY)
        .replace("{DECADE}", DECADE)
        .replace("{NUM}", NUM)
        .replace("{UNIT}", UNIT)
        .replace("{HEDGE}", HEDGE)
        .replace("{VAGUE}", VAGUE)
        .replace("{POD}", PART_OF_DAY)
        .replace("{MFULL}", MONTH_FULL)
    )


RULES: list[tuple[str, str]] = [
    # Byline and update stamps: "Posted: Aug 3, 2017 9:48 PM", "Nov. 2, 2016 - 08:15",
    # "Apr. 14, 2015 - Updated 23:40 UTC".  Not events.
    (
        "skip_timestamp",
        _r(
            r"(?:(?i:posted|published|updated)[ \t]*:[ \t]*)?{MONTH}[ \t]*{DAY},?[ \t]*{YEAR}"
            r"[ \t]*(?:[-–|,][ \t]*)?(?:\d{1,2}:\d\d|(?i:updated))"
        ),
    ),
    # Wire datelines: "SEOUL, April 9 (Yonhap) --", "TOKYO, Jan. 6 (Kyodo) -".  Not events.
    (
        "skip_dateline",
        _r(
            r"^[ \t]*[A-Z][A-Z'.\-]+(?:[ \t][A-Z][A-Z'.\-]+){0,3}(?:,[ \t][A-Z][A-Za-z.]+"
            r"(?:[ \t][A-Z][A-Za-z.]+){0,2})?,[ \t]+{MONTH}[ \t]*{DAY}(?:,[ \t]*{YEAR})?[ \t]*"
            r"(?:\([A-Za-z .\-]{1,30}\)[ \t]*)?(?:--|—|–|-)"
        ),
    ),
    # "Next Monday, March 3", "Tuesday, Oct. 30, 2018", "Friday, 7 March": one day.
    (
        "weekday_date",
        _r(
            r"(?:(?P<mod>(?i:next|last|this{_}past|this{_}coming|this|coming)){_})?(?P<wd>{WEEKDAY})"
            r",?{_}(?:(?P<m>{MONTH}){_}?(?P<d>{DAY})|(?P<d2>{DAY}){_}(?P<m2>{MFULL}))"
            r"(?:,?{_}(?P<y>{YEAR}))?"
        ),
    ),
    # "from March 10 to 14", "March 10-14, 2014", "Feb. 27 to March 2", "between May 3 and 5".
    (
        "day_range",
        _r(
            r"(?:(?P<pre>(?i:from|between)){_})?(?P<m>{MONTH}){_}?(?P<d>{DAY})(?:,?{_}(?P<y1>{YEAR}))?"
            r"(?:{_}?(?P<dash>[-–])|{_}(?P<sep>(?i:to|through|until|till|and)){_})"
            r"(?:(?P<m2>{MONTH}){_}?)?(?P<d2>{DAY})(?:,?{_}(?P<y>{YEAR}))?"
        ),
    ),
    # "March 3, 2014", "Sept. 17, 2002", "3 March 2014", "2014-03-03", "2014/03/03".
    (
        "date",
        _r(
            r"(?P<m>{MONTH}){_}?(?P<d>{DAY})(?:,{_}?|{_})(?:(?i:of){_})?(?P<y>{YEAR})"
            r"|(?P<d2>{DAY}){_}(?P<m2>{MONTH}),?{_}(?P<y2>{YEAR})"
            r"|(?<![\d/-])(?P<iy>(?:1\d|20)\d\d)(?P<sepi>[-/])(?P<im>0[1-9]|1[0-2])(?P=sepi)"
            r"(?P<id>0[1-9]|[12]\d|3[01])(?![\d/-])"
        ),
    ),
    # "from January to March 2014", "between May and July", "January-March 2014".
    (
        "month_range",
        _r(
            r"(?:(?P<pre>(?i:from|between)){_})?(?P<m>{MFULL})(?:,?{_}(?P<y1>{YEAR}))?"
            r"(?:[-–]|{_}(?P<sep>(?i:to|through|until|till|and)){_})(?P<m2>{MFULL})"
            r"(?:,?{_}(?:(?i:of){_})?(?P<y>{YEAR}))?(?!{_}?\d)"
        ),
    ),
    # A season placed by a year: "the spring before 1950", "the winter after 1953" (by a named
    # period: the "period" rule below).
    (
        "season_anchor",
        _r(
            r"(?i:the){_}(?P<s>(?i:spring|summer|autumn|fall|winter)){_}(?P<dir>(?i:after|before))"
            r"{_}(?P<y>{YEAR})\b"
        ),
    ),
    # Named periods, kept as data (nkjp/data/periods.json): "the Korean War", "the end of World
    # War II", "the 1950-53 Korean War", "the 2011 earthquake", "the end of the war"; and a
    # season placed by one, "the winter after the Korean War" (one expression; the period is
    # not dated again).
    (
        "period",
        _r(
            r"(?:(?i:the){_}(?P<s>(?i:spring|summer|autumn|fall|winter)){_}"
            r"(?P<dir>(?i:after|before)){_})?"
            r"(?:(?P<edge>(?i:the{_})?(?i:end|start|beginning|outbreak|close|eve)){_}(?i:of){_})?"
            r"(?:(?i:the){_})?(?:(?P<y>{YEAR})(?:[-–](?P<y2>\d{4}|\d\d))?{_})?"
            r"(?P<name>" + PERIOD_NAMES + ")"
        ),
    ),
    # "1950-1953", "1950-53", "1910–1945", "from 1940 to 1942", "between 2002 and 2004".
    (
        "year_range",
        _r(
            r"(?:(?P<pre>(?i:from|between)){_})?(?P<y1>{YEAR})"
            r"(?:(?P<dash>[-–/])(?P<y2>(?:1\d|20)\d\d|\d\d)(?![\d%]|s\b|-year)"
            r"|{_}(?P<sep>(?i:to|through|until|till|and)){_}(?P<y3>{YEAR}))"
        ),
    ),
    # A range closed by an event dated in the same breath: "from 1905 until its surrender in
    # 1912", "from 2005 until he resigned in 2010".  The match is "from 1905 until" (1905/1912,
    # resolved against "1912"); the event's own date stays an expression of its own.  Up to
    # six words between "until" and "in", none a number, no punctuation.
    (
        "open_range",
        _r(
            r"(?i:from){_}(?P<y1>{YEAR}){_}(?i:until|till)"
            r"(?={_}(?:[A-Za-z][\w'’-]{0,30}{_}){1,6}?(?i:in){_}(?P<y2>{YEAR}))"
        ),
    ),
    # "the 1990s", "the early 1970s", "the '90s", "the 1970s and 1980s" (one expression).
    (
        "decade",
        _r(
            r"(?:(?i:the){_})?(?:(?P<v>(?i:early|mid|late))(?:-|{_}))?(?P<d1>{DECADE})"
            r"(?:{_}?(?P<sep>(?i:and|to|through|until)|[-–]){_}?(?:(?i:the){_})?"
            r"(?:(?i:early|mid|late)(?:-|{_}))?(?P<d2>{DECADE}))?"
        ),
    ),
    # "the 20th century", "the early 21st century".
    (
        "century",
        _r(
            r"(?:(?i:the){_})?(?:(?i:early|mid|late)(?:-|{_}))?(?P<n>1\d|2[01])(?:st|nd|rd|th)"
            r"{_}(?i:century)\b"
        ),
    ),
    # "the second half of 2019", "the first quarter of this year".
    (
        "part_year",
        _r(
            r"(?:(?i:the){_})?(?P<part>(?i:first|second|third|fourth|latter|last))"
            r"{_}(?P<kind>(?i:half|quarter))(?:{_}(?i:of))?{_}"
            r"(?:(?P<y>{YEAR})|(?P<rel>(?i:this|last|next)){_}(?i:year))"
        ),
    ),
    # "December 2023", "early January 2014", "March of 2014", "the end of March 2014".
    (
        "month_year",
        _r(r"(?:(?P<v>{VAGUE})(?:-|{_}))?(?P<m>{MONTH})(?:,|{_}(?i:of))?{_}(?P<y>{YEAR})"),
    ),
    # "spring 2022", "the spring of 1946", "late summer 2019".
    (
        "season_year",
        _r(
            r"(?:(?P<v>{VAGUE})(?:-|{_}))?(?:(?i:the){_})?(?P<s>(?i:spring|summer|autumn|fall|winter))"
            r"(?:{_}(?i:of))?,?{_}(?P<y>{YEAR})"
        ),
    ),
    # "New Year's Day", "Christmas 2013", "Liberation Day" (data: nkjp/data/periods.json).
    ("holiday", r"(?P<h>" + HOLIDAY_NAMES + r")" + _r(r"(?:,?{_}(?P<y>{YEAR}))?")),
    # "Sept. 30", "Jan. 6", "July 5th", "3 March": a day whose year the context decides.
    (
        "month_day",
        _r(r"(?P<m>{MONTH}){_}?(?P<d>{DAY})(?!{_}?(?:[-–]|\d))|(?P<d2>{DAY}){_}(?P<m2>{MFULL})\b"),
    ),
    # Vague spans: "decades ago", "several years ago", "a few days ago" -- no date to pin.
    (
        "skip_vague_ago",
        _r(
            r"(?:(?i:several|many|a{_}few|a{_}couple{_}of|few|some|(?:un)?told){_})?"
            r"(?i:decades|years|months|weeks|days|centuries){_}(?i:ago|earlier|later|before)\b"
        ),
    ),
    # "three days ago", "a decade ago", "two years ago", "about a year ago".
    ("ago", _r(r"(?:(?P<hedge>{HEDGE}){_})?(?P<n>{NUM}){_}(?P<u>{UNIT}){_}(?i:ago)\b")),
    # "two days later", "a month before", "four years after", "three weeks earlier".
    (
        "shift",
        _r(
            r"(?:(?P<hedge>{HEDGE}){_})?(?P<n>{NUM}){_}(?P<u>{UNIT})"
            r"{_}(?P<dir>(?i:later|earlier|after|before|afterwards?))\b"
        ),
    ),
    # "the following year", "the next day", "that day", "the same day", "later that day",
    # "earlier in the day", "the previous month", "the day before", "the year after".
    (
        "anchored",
        _r(
            r"(?P<rel>(?i:the{_}(?:following|next|previous|preceding|same)|that{_}same|that|"
            r"(?:later|earlier){_}(?:that|in{_}the)))"
            r"{_}(?P<u>(?i:day|morning|afternoon|evening|night|week|month|year))\b"
            r"|(?i:the){_}(?P<u2>(?i:day|week|month|year)){_}(?P<dir>(?i:before|after))\b"
            r"(?!{_}(?i:yesterday|tomorrow))"
        ),
    ),
    # "on the day of the verdict", "the day of the attack": the nearest day named before.
    ("day_of", _r(r"(?i:the{_}day{_}of{_}(?:the|his|her|its|their){_})[a-z]{3,20}\b")),
    # "the day before yesterday", "the day after tomorrow".
    ("deictic_day2", _r(r"(?i:the{_}day{_}(?P<dir>before|after){_}(?:yesterday|tomorrow))\b")),
    # "yesterday", "today", "tonight", "tomorrow morning", "last night", "this afternoon".
    (
        "deictic_day",
        _r(
            r"(?P<day>(?i:yesterday|today|tonight|tomorrow))(?:{_}(?P<pod>{POD}))?\b"
            r"|(?P<mod>(?i:last|this)){_}(?P<pod2>{POD})\b"
        ),
    ),
    # "the past week", "last month", "earlier this year", "late last month", "next week",
    # "this weekend", "the end of this year", "early next year".
    (
        "relative",
        _r(
            r"(?:(?P<v>{VAGUE}){_})?(?P<mod>(?i:last|this|next|earlier{_}this|later{_}this|"
            r"the{_}past|this{_}past|this{_}coming|the{_}coming|the{_}last|the{_}current|past|"
            r"coming|the))"
            r"{_}(?P<u>(?i:week|weekend|month|year))\b(?!{_}(?i:of|old)\b|-)"
        ),
    ),
    # "Friday", "on Friday night", "next Tuesday", "last Sunday", "Monday's meeting".
    (
        "weekday",
        _r(
            r"(?:(?P<mod>(?i:next|last|this{_}past|this{_}coming|this|coming)){_})?(?P<wd>{WEEKDAY})\b"
            r"(?:{_}(?P<pod>{POD})\b)?"
        ),
    ),
    # "in December", "last October", "as early as October", "mid-January", "late last month" is
    # relative above.  A bare month needs a cue word before it (checked by the resolver); one
    # before an ASCII digit is left to the day rules, not one before "①" or "٣" (no day of
    # theirs: "talks put off to late Nov.\n③ Negotiators ...").
    (
        "month",
        _r(
            r"(?:(?P<mod>(?i:last|next|this{_}past|this{_}coming|this|as{_}early{_}as|as{_}late{_}as)"
            r"|(?P<v>{VAGUE}))(?:-|{_}))?(?P<m>{MFULL}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)"
            r"(?!{_}?[0-9]|-)"
        ),
    ),
    # "last spring", "this summer", "in the spring", "early next spring" (year from context).
    (
        "season",
        _r(
            r"(?:(?P<v>(?i:early|late|mid)){_})?(?P<mod>(?i:last|next|this{_}past|this{_}coming|this|"
            r"the|in))"
            r"{_}(?P<s>(?i:spring|summer|autumn|fall|winter))\b"
            r"(?!,?{_}(?:(?i:of|session|offensive)\b|\d))"
        ),
    ),
    # "2011", "in 2017", "late 2012", "late in 2012", "mid-2010", "the end of 2019".
    ("year", _r(r"(?:(?P<v>{VAGUE})(?:-|{_}))?(?P<y>{YEAR})(?!{_}?[-–]\d|:\d|-year)")),
]

RULE_RE: dict[str, re.Pattern[str]] = {name: re.compile(p, re.M) for name, p in RULES}
RULE_ORDER: tuple[str, ...] = tuple(name for name, _p in RULES)

# Tokens for the tense scan: the words, and the punctuation that stops the scan (quote marks,
# ";", ":", ",") as tokens of their own; ".", brackets, "!", "?" and dashes only separate.
# "He said: “We will meet on Friday”" -> He, said, :, “, We, will, meet, on, Friday, ”.
TENSE_TOKEN = re.compile(r'[,;:"“”]|[^\s,;:"“”.()\[\]!?—–]+')
# The same where a web address may stand: it is one token, its ":" no stop ("will post it at
# https://example.go.kr/notice on Friday" -> will, post, it, at, https://example.go.kr/notice,
# on, Friday).  Used only for a stretch holding one of WEB_MARKS.
TENSE_TOKEN_WEB = re.compile(
    r'(?i:https?://|www\.)[^\s"“”()\[\]<>]*[^\s"“”()\[\]<>.,;:!?]'
    r'|[,;:"“”]|[^\s,;:"“”.()\[\]!?—–]+'
)
WEB_MARKS = ("://", "www.", "WWW.")
# Tokens that start a web address (a token of TENSE_TOKEN_WEB's first kind).
URL_STARTS = ("http://", "https://", "www.", "HTTP://", "HTTPS://", "WWW.")
# The first visible character after a match ("spring" followed by "-" is no season); regex \s
# and str.strip agree on what is white space.
NEXT_VISIBLE = re.compile(r"\s*(\S)")
