"""Where to look for time expressions, fast (nkjp.lexicon.dates has the rules themselves).

Trying every rule at every word is slow; instead ``trigger_starts`` finds, with one compiled,
trie-shaped pattern, the words no expression can do without -- a month, a weekday, a four-digit
number, a unit, a season, the head word of a named period -- and only the few word starts just
before each (``prefix_starts``: "the end of" + "October") are tried, each against the rules its
first word can open (``rules_at``, joined by ``master_for`` into one alternation).
"""

from __future__ import annotations

import re

from nkjp.lexicon.dates import (
    HOLIDAYS,
    MONTHS,
    NUMBERS,
    PERIODS,
    RULE_ORDER,
    RULES,
    SEASONS,
    WEEKDAYS,
)
from nkjp.lexicon.text import trie

# --- the trigger: words every time expression contains ------------------------------------------
# Scanning the master pattern at every word is slow; instead TRIGGER finds the words without
# which no rule can match (a month, a weekday, a four-digit number, a unit, a season, the head
# word of a period or holiday name), and the master pattern is tried only from the few word
# starts just before each ("the end of" + "October", "as early as" + "October").


def _head(name: str) -> str:
    """The trigger word of a name: its last word of three letters or more ("World War II" ->
    "war", "war's end" -> "war")."""
    words = [w.split("'")[0] for w in name.lower().replace("’", "'").split()]
    longish = [w for w in words if len(w) >= 3 and w not in ("one", "two", "iii", "end")]
    return re.escape(longish[-1] if longish else words[-1])


_HEADS = sorted(
    {_head(n).replace("\\", "") for n in (*PERIODS, *HOLIDAYS)}
    | {"yesterday", "today", "tonight", "tomorrow", "weekend", "week", "month", "year", "decade",
       "century", "centuries", "day", "morning", "afternoon", "evening", "night", "spring",
       "summer", "autumn", "fall", "winter"},
    key=len,
    reverse=True,
)  # fmt: skip


_HEAD_FORMS = {f for h in _HEADS for f in (h, h.capitalize(), h.upper())}
# Month and weekday names exactly as MONTH and WEEKDAY match them ("Jan", "January", "Sept.";
# not "Junior", "Mongolia"): full month names, abbreviations (a whole word), weekday stems.
_FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]  # fmt: skip
_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
_WEEKDAY_STEMS = "Mon Tues Wednes Thurs Fri Satur Sun".split()
_NAMES = (
    "(?:" + "|".join(_FULL_MONTHS) + "|(?:" + "|".join(_ABBREVIATIONS) + r")\b"
    "|(?:" + "|".join(_WEEKDAY_STEMS) + ")day)"
)  # fmt: skip
# "a 40-year-old ..." is an age: no trigger.
_TRIGGER_BODY = (
    r"(?:(?:" + trie(_HEAD_FORMS) + r")s?\b(?!-old\b)|" + _NAMES
    + r"|(?:1\d|20)\d\d|\d\d?(?:st|nd|rd|th)|['’]\d0s)"
)  # fmt: skip
# The reference pattern: a trigger word after anything but a word character or apostrophe.
TRIGGER = re.compile(r"(?<![\w'’])" + _TRIGGER_BODY)


def _body_by_first_char() -> str:
    """_TRIGGER_BODY regrouped by first character: one branch per character holding, in their
    original order, the parts of the alternatives that start with it.  Same match at every
    position; but sre picks the one branch by its first literal instead of entering each of the
    five alternatives at every word start, which was most of the scan's cost."""
    firsts = {w[0] for w in (*_HEAD_FORMS, *_FULL_MONTHS, *_ABBREVIATIONS, *_WEEKDAY_STEMS)}
    branches = []
    for c in sorted(firsts | set("0123456789'’")):
        alts = []
        heads = {w[1:] for w in _HEAD_FORMS if w[0] == c}
        if heads:
            alts.append("(?:" + trie(heads) + r")s?\b(?!-old\b)")
        alts += [w[1:] for w in _FULL_MONTHS if w[0] == c]
        abbreviations = [w[1:] for w in _ABBREVIATIONS if w[0] == c]
        if abbreviations:
            alts.append("(?:" + "|".join(abbreviations) + r")\b")
        stems = [w[1:] for w in _WEEKDAY_STEMS if w[0] == c]
        if stems:
            alts.append("(?:" + "|".join(stems) + ")day")
        if c in "12":  # (?:1\d|20)\d\d
            alts.append(r"\d\d\d" if c == "1" else r"0\d\d")
        if c.isdigit():
            alts.append(r"\d?(?:st|nd|rd|th)")
        if c in "'’":
            alts.append(r"\d0s")
        branches.append(re.escape(c) + "(?:" + "|".join(alts) + ")")
    # \d is any decimal digit, not only 0-9: "３rd" falls through to the last branch.
    return "(?:" + "|".join(branches) + r"|\d\d?(?:st|nd|rd|th))"


def _separators() -> str:
    r"""A character class of the non-word characters a trigger word can follow: every character
    ``(?<![\w'’])`` lets through ("'" and "’" are not: "'90s" is a trigger of its own, "Kim's"
    is one word), listed as ranges of the Basic Multilingual Plane, then the planes above it.
    The list covers symbols as much as punctuation, so a date right after one is found:
    "▲Jan. 5: talks resume", "Seoul →Tokyo →March 3", "★2019 timeline".  An explicit class
    lets the regex engine skip ahead fast; "(?<!\w)" makes it attempt a match at every
    character.  (Above the BMP the class takes every character: ``trigger_starts`` drops the
    few letters and digits there.)"""
    bmp = "".join(map(chr, range(0x10000)))
    runs = [m.span() for m in re.finditer(r"[^\w'’]+", bmp)]
    parts = [
        re.escape(bmp[a]) if b - a == 1 else re.escape(bmp[a]) + "-" + re.escape(bmp[b - 1])
        for a, b in runs
    ]
    return "[" + "".join(parts) + r"\U00010000-\U0010FFFF]"


_FIRST_CHARS = (
    {w[0] for w in _HEAD_FORMS} | {w[0].upper() for w in (*MONTHS, *WEEKDAYS)} | set("'’")
)
# The trigger after a separator: "[sep](?=[first letters])trigger".  Same matches as TRIGGER
# after any of those separators, several times faster to scan than a leading look-behind (and
# faster again with the trigger regrouped by first character).
_TRIGGER_AFTER_SEP = re.compile(
    _separators()
    + "(?=["
    + "".join(re.escape(c) for c in sorted(_FIRST_CHARS))
    + r"\d])"
    + _body_by_first_char()
)


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches."""
    return ch.isalnum() or ch == "_"


def trigger_starts(text: str) -> list[int]:
    """Where TRIGGER matches in ``text``: at its start, or just after a separator."""
    out = [m.start() + 1 for m in _TRIGGER_AFTER_SEP.finditer(text)]
    if not text.isascii():  # a letter or digit above the BMP is no separator ("𝐀2019")
        out = [p for p in out if text[p - 1] <= "\uffff" or not _is_word_char(text[p - 1])]
    if TRIGGER.match(text, 0):
        out.insert(0, 0)
    return out


# Word starts in the stretch before a trigger; MAX_PREFIX_WORDS of them are tried, at most
# MAX_PREFIX_CHARS back ("the beginning of the Korean War", "more than 70 years after").
MAX_PREFIX_WORDS = 6
MAX_PREFIX_CHARS = 60

# --- dispatch by first word ----------------------------------------------------------------------
# Trying every rule at every candidate start is slow (~13 us a position); each rule instead lists
# the words it can start with, and a start is tried only against the rules its word can open.
# Keys are lower-cased words, or a class: <month> <weekday> (capitalised names), <year> (four
# digits, "1970s"), <num> (one to three digits, "3rd", "20th"), <decade'> ("'90s"), <caps> (an
# upper-case word opening a line: a dateline).
_VAGUE_FIRST = {"the", "end", "beginning", "start", "middle", "turn", "early", "late", "mid"}
_HEDGE_FIRST = {
    "more", "less", "fewer", "nearly", "almost", "about", "some", "over", "at", "roughly",
    "around", "approximately", "barely", "just", "well",
}  # fmt: skip
_NUM_FIRST = {"<num>", *NUMBERS}
_MOD_FIRST = {"next", "last", "this", "coming"}


def _first_words(names: list[str]) -> set[str]:
    return {n.split()[0].lower().replace("’", "'") for n in names}


RULE_FIRST: dict[str, frozenset[str]] = {
    name: frozenset(keys)
    for name, keys in {
        "skip_timestamp": {"<month>", "posted", "published", "updated"},
        "skip_dateline": {"<caps>"},
        "weekday_date": {"<weekday>", *_MOD_FIRST},
        "day_range": {"<month>", "from", "between"},
        "date": {"<month>", "<num>", "<year>"},
        "month_range": {"<month>", "from", "between"},
        "period": {
            "the",
            "end",
            "start",
            "beginning",
            "outbreak",
            "close",
            "eve",
            "<year>",
            "<month>",
            "<num>",
            *_first_words(list(PERIODS)),
        },
        "year_range": {"<year>", "from", "between"},
        "open_range": {"from"},
        "season_anchor": {"the"},
        "decade": {"the", "early", "mid", "late", "<year>", "<decade'>"},
        "century": {"the", "early", "mid", "late", "<num>"},
        "part_year": {"the", "first", "second", "third", "fourth", "latter", "last"},
        "month_year": {"<month>", *_VAGUE_FIRST},
        "season_year": {"the", *_VAGUE_FIRST, *SEASONS},
        "holiday": _first_words(list(HOLIDAYS)),
        "month_day": {"<month>", "<num>"},
        "skip_vague_ago": {
            "several",
            "many",
            "a",
            "few",
            "some",
            "told",
            "untold",
            "decades",
            "years",
            "months",
            "weeks",
            "days",
            "centuries",
        },
        "ago": _HEDGE_FIRST | _NUM_FIRST,
        "shift": _HEDGE_FIRST | _NUM_FIRST,
        "anchored": {"the", "that", "later", "earlier"},
        "day_of": {"the"},
        "deictic_day2": {"the"},
        "deictic_day": {"yesterday", "today", "tonight", "tomorrow", "last", "this"},
        "relative": {*_VAGUE_FIRST, *_MOD_FIRST, "earlier", "later", "past"},
        "weekday": {"<weekday>", *_MOD_FIRST},
        "month": {"<month>", "as", *_MOD_FIRST, *_VAGUE_FIRST},
        "season": {"early", "late", "mid", "the", "in", *_MOD_FIRST},
        "year": {"<year>", *_VAGUE_FIRST},
    }.items()  # fmt: skip
}
assert set(RULE_FIRST) == set(RULE_ORDER)
_KEY_RULES: dict[str, frozenset[str]] = {}
for _name, _keys in RULE_FIRST.items():
    for _k in _keys:
        _KEY_RULES[_k] = _KEY_RULES.get(_k, frozenset()) | {_name}

# The word at a candidate start: digits (with an ordinal or plural ending) or letters.
START_TOKEN = re.compile(r"['’]\d0s|\d+(?:st|nd|rd|th|s)?|[A-Za-z]+")
_MONTH_CAPS = frozenset(w.capitalize() for w in MONTHS)
_WEEKDAY_CAPS = frozenset(w.capitalize() for w in WEEKDAYS)


# word (with "\n" before it at a line start) -> its rules, and the same in priority order
_RULES_AT: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
_NO_RULES: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())


def rules_at(text: str, pos: int) -> tuple[frozenset[str], tuple[str, ...]]:
    """The rules a match starting at ``pos`` could belong to, from the word there: as a set
    and in priority order."""
    tok = START_TOKEN.match(text, pos)
    if tok is None:
        return _NO_RULES
    word = tok.group()
    key = "\n" + word if (pos == 0 or text[pos - 1] == "\n") and word.isupper() else word
    out = _RULES_AT.get(key)
    if out is None:
        rules = _word_rules(word, key != word)
        out = (rules, ordered(rules))
        if len(_RULES_AT) < 50_000:
            _RULES_AT[key] = out
    return out


def _word_rules(word: str, line_start: bool) -> frozenset[str]:
    c = word[0]
    if c.isdigit():
        if word[-1] == "s" and len(word) == 5:
            return _KEY_RULES["<year>"]
        digits = word.rstrip("stndrh")
        return (
            _KEY_RULES["<year>" if len(digits) == 4 else "<num>"]
            if len(digits) <= 4
            else frozenset()
        )
    if c in "'’":
        return _KEY_RULES["<decade'>"]
    out = _KEY_RULES.get(word.lower(), frozenset())
    if c.isupper():
        if word in _MONTH_CAPS:
            out = out | _KEY_RULES["<month>"]
        elif word in _WEEKDAY_CAPS:
            out = out | _KEY_RULES["<weekday>"]
        if word.isupper() and len(word) > 1 and line_start:
            out = out | _KEY_RULES["<caps>"]
    return out


# Words that can stand between the start of an expression and its trigger word: rule keys,
# connectors ("the end of", "more than 70", "later in the"), words of period and holiday names
# ("the start of the Pacific War", "New Year's Day").
PREFIX_WORDS = frozenset(
    {k for k in _KEY_RULES if not k.startswith("<")}
    | set("of than least under in the a an few couple half quarter same following previous "
          "preceding next that day week month year this past as and to through until till "
          "ii two one".split())
    | {w.lower().replace("’", "'") for n in (*PERIODS, *HOLIDAYS) for w in n.split()}
)  # fmt: skip
_EDGE_PUNCT = ",:-–"
_LEAD_PUNCT = ",:-–\"“‘('[—"


def _prefix_word(word: str) -> bool:
    if word.lower() in PREFIX_WORDS or word in _MONTH_CAPS or word in _WEEKDAY_CAPS:
        return True
    return word.isdigit() or (word.isupper() and len(word) > 1 and word.isalpha())


_PREFIX_CACHE: dict[str, int] = {}  # a blank-separated word -> -1 (not a prefix word) or
# the length of its leading punctuation


def _prefix_lead(word: str) -> int:
    lead = len(word) - len(word.lstrip(_LEAD_PUNCT))
    core = word[lead:].rstrip(_EDGE_PUNCT).rstrip(".").replace("’", "'")
    if not core or not (_prefix_word(core) or core.lower().startswith("mid")):
        return -1
    return lead


def prefix_starts(text: str, p: int, floor: int) -> list[int]:
    """Starts of the run of prefix words just before ``p`` (not before ``floor``), farthest
    first, then ``p`` itself: the places an expression holding the trigger at ``p`` can start."""
    seg = text[floor:p]
    out = [p]
    cur = len(seg)
    for word in reversed(seg.split()[-MAX_PREFIX_WORDS:]):
        lead = _PREFIX_CACHE.get(word)
        if lead is None:
            lead = _prefix_lead(word)
            if len(_PREFIX_CACHE) < 50_000:
                _PREFIX_CACHE[word] = lead
        if lead < 0:
            break
        cur = seg.rfind(word, 0, cur)
        out.append(floor + cur + lead)
        if lead:
            break  # an opening quote or bracket starts the run
    out.reverse()
    return out


_ORDERED: dict[frozenset[str], tuple[str, ...]] = {}


def ordered(rules: frozenset[str]) -> tuple[str, ...]:
    """``rules`` in priority order."""
    out = _ORDERED.get(rules)
    if out is None:
        out = _ORDERED[rules] = tuple(n for n in RULE_ORDER if n in rules)
    return out


_SUB_MASTERS: dict[frozenset[str], re.Pattern[str]] = {}


def master_for(rules: frozenset[str]) -> re.Pattern[str]:
    """One alternation of ``rules`` in priority order (compiled once per combination)."""
    pat = _SUB_MASTERS.get(rules)
    if pat is None:
        alts = "|".join(f"(?P<{n}>{_anonymous(p)})" for n, p in RULES if n in rules)
        pat = _SUB_MASTERS[rules] = re.compile(alts, re.M)
    return pat


_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_BACKREF = re.compile(r"\(\?P=\w+\)")


def _anonymous(pattern: str) -> str:
    """The pattern with its named groups made non-capturing (for the master alternation)."""
    assert not _BACKREF.search(pattern.replace("(?P=sepi)", "")), pattern
    return _GROUP_NAME.sub("(?:", pattern.replace("(?P=sepi)", "[-/]"))
