"""Time expressions -> EDTF, resolved the way a careful reader would.  The only importer of
dateparser (and only for ``parse_user_date``: the article path is pure regex and arithmetic).

``find_times`` scans the text once with the master pattern of ``nkjp.lexicon.dates`` and
resolves each match against the publication date, which is an argument: nothing here reads the
clock.  Values are EDTF (Library of Congress Extended Date/Time Format, ISO 8601-2):

  day "2014-03-03" · month "2014-03" · year "2014" · season "2014-21" (21 spring, 22 summer,
  23 autumn, 24 winter, which runs into the next year) · decade "197X" · century "19XX" ·
  interval "1950/1953", "197X/198X", "2019-07/2019-12" · week: the Monday-Sunday interval
  "2014-02-24/2014-03-02" (precision "week"); "the past week" is the seven days before
  publication; "the weekend" the Saturday/Sunday pair.

Decisions a reader makes, and how nkjp makes them:
  * Year-less months and days, weekdays, seasons and holidays take the tense of the clause
    around them ("will visit in December" -> the coming December; "visited in December" -> the
    last one).  Weekdays and months with no tense cue look back; a day-of-month with no cue is
    the nearest such day.  A weekday equal to the publication's weekday is that very day.
  * Vague parts keep the precision of what they qualify: "late January" is 2014-01, "late in
    2012" is 2012, "the end of 2019" is 2019 -- never an invented day.
  * "two days later", "the following year", "four years after ...", "that day", "earlier in
    the day", "on the day of the ruling" resolve against the nearest resolved expression in the
    same sentence or the ones just before it (ANCHOR_EXPRESSION); with none, their value is None.
  * Vague spans with no number ("decades ago", "in recent years", "for years"), hedged
    shifts ("more than 70 years after ..."), durations ("for two hours", "in three years"),
    ages, counts and clock times are not returned at all: they pin nothing to a year, so they
    could only make events with no date.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from nkjp.lexicon import dates as L
from nkjp.models import (
    ANCHOR_ABSOLUTE,
    ANCHOR_EXPRESSION,
    ANCHOR_NONE,
    ANCHOR_PUBLICATION,
    BOILERPLATE,
    BYLINE,
    QuotedSpan,
    Sentence,
    TimeExpr,
)

# Settings for dateparser, pinned here and nowhere else (parse_user_date only).
DATEPARSER_SETTINGS: dict[str, Any] = {
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "MDY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
DATEPARSER_LANGUAGES = ["en"]

# How many sentences back "two days later" / "the following year" look for their anchor, and
# how many "that day" / "earlier in the day" / "the day of the ruling" look back.
ANCHOR_LOOKBACK = 1
SAME_DAY_LOOKBACK = 3

_SKIP_KINDS = (BOILERPLATE, BYLINE)
_FRONT = frozenset("in on at by since from until till late early as of".split())
FUTURE, PAST = "future", "past"

Spec = tuple[str, date, date, str]  # value, lower, upper, precision
_SKIP = "skip"  # a handler consumed its match and returns nothing


# --- calendar arithmetic ----------------------------------------------------------------------


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def day_spec(d: date) -> Spec:
    return d.isoformat(), d, d, "day"


def month_spec(y: int, m: int) -> Spec:
    return f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, _last_day(y, m)), "month"


def year_spec(y: int) -> Spec:
    return f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year"


def season_spec(y: int, code: int) -> Spec:
    first = L.SEASON_START_MONTH[code]
    ly, lm = (y + 1, 2) if code == 24 else (y, first + 2)
    return f"{y:04d}-{code}", date(y, first, 1), date(ly, lm, _last_day(ly, lm)), "season"


def week_spec(monday: date, days: int = 7) -> Spec:
    end = monday + timedelta(days=days - 1)
    return f"{monday.isoformat()}/{end.isoformat()}", monday, end, "week"


def decade_spec(y0: int) -> Spec:
    return f"{y0 // 10:03d}X", date(y0, 1, 1), date(y0 + 9, 12, 31), "decade"


def interval_spec(a: Spec, b: Spec) -> Spec:
    return f"{a[0]}/{b[0]}", a[1], b[2], "interval"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _month_no(word: str) -> int:
    return L.MONTHS[word.rstrip(".").lower()]


def _day_no(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _number(word: str) -> int:
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else L.NUMBERS.get(w.split()[-1], 1) * (100 if " " in w else 1)


def _full_year(y1: int, y2: str) -> int:
    """ "1950-53" -> 1953; "1999-01" -> 2001; "1959-1984" -> 1984."""
    if len(y2) == 4:
        return int(y2)
    y = y1 // 100 * 100 + int(y2)
    return y if y > y1 else y + 100


# --- the context of a match ------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    """A match being resolved: where it is and what it sits in."""

    text: str
    start: int
    end: int
    sent: int  # index of its sentence (-1 before the first)
    lo: int  # bounds of its sentence (the tense scan stays inside)
    hi: int
    published: date | None
    year: int | None = None  # a bare year given earlier in the sentence: "In 2018, ... in April"
    year_text: str | None = None

    def before_word(self) -> str:
        """The word just before the match, lower-cased ("" at a sentence start)."""
        i = self.start - 1
        while i >= self.lo and self.text[i] in " \t\u00a0\n":
            i -= 1
        j = i
        while j >= self.lo and (self.text[j].isalnum() or self.text[j] in ".'’-"):
            j -= 1
        return self.text[j + 1 : i + 1].lower()

    def after_word(self) -> str:
        """The word just after the match, lower-cased."""
        i = self.end
        n = min(len(self.text), self.hi + 1)
        while i < n and self.text[i] in " \t\u00a0\n":
            i += 1
        j = i
        while j < n and (self.text[j].isalnum() or self.text[j] in "%-"):
            j += 1
        return self.text[i:j].lower()

    def tense(self) -> str | None:
        return clause_tense(self.text, self.lo, self.hi, self.start, self.end)


_KIND_CACHE: dict[str, str] = {}


def _kind(tok: str) -> str:
    """A token's static class: F future word, T future before "to" ("plans to"), P past verb,
    H has/have, X auxiliary, S clause stop, Q hard stop (quote mark, ";", ":"), "," or ""."""
    k = _KIND_CACHE.get(tok)
    if k is None:
        raw, tok = tok, ("" if tok == "May" else tok.lower())  # the month, not the modal
        if tok in L.FUTURE_WORDS or tok.endswith(("'ll", "’ll")):
            k = "F"
        elif tok in L.FUTURE_BEFORE_TO:
            k = "T"
        elif tok in L.PAST_WORDS or (
            len(tok) > 4 and tok.endswith("ed") and tok not in L.PAST_ED_EXCEPT
        ):
            k = "P"
        elif tok in ("has", "have"):
            k = "H"
        elif tok in L.AUXILIARIES:
            k = "X"
        elif tok in L.CLAUSE_STOPS:
            k = "S"
        elif tok in (";", ":", '"', "“", "”"):
            k = "Q"
        elif tok == ",":
            k = ","
        else:
            k = ""
        if len(_KIND_CACHE) < 50_000:
            _KIND_CACHE[raw] = k
    return k


def _label(toks: list[str], kinds: list[str], i: int) -> str | None:
    k = kinds[i]
    if k == "F":
        return FUTURE
    if k == "T":
        return FUTURE if i + 1 < len(toks) and toks[i + 1] == "to" else None
    if k == "P":
        if i > 0 and (kinds[i - 1] in ("X", "H", "T") or toks[i - 1] == "to"):
            return None  # a participle: "will be transferred", "was held" -- the aux decides
        if i > 1 and toks[i - 1].endswith("ly") and kinds[i - 2] in ("X", "H"):
            return None
        return PAST
    if k == "H" and i + 1 < len(toks):
        nk = kinds[i + 1]
        return PAST if nk == "P" or toks[i + 1] == "been" else None
    return None


def clause_tense(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """FUTURE, PAST or None for the clause around ``text[start:end]``.

    The nearest tense cue to the left wins ("will visit in December", "said Tuesday"), up to a
    clause joint; failing that, the nearest to the right ("On Friday, Kim will ...").  Material
    after a comma on the right is usually attribution ("..., police said") and is not read
    unless the expression opens the sentence.
    """
    raw = text[max(lo, start - 120) : start].translate(L.TENSE_SPLIT).split()
    kinds = [_kind(t) for t in raw]
    left = [t.lower() for t in raw]
    steps = 0
    for i in range(len(left) - 1, -1, -1):
        k = kinds[i]
        if k == "Q" or steps > 12:
            break
        if k == ",":
            continue
        if k:
            label = _label(left, kinds, i)
            if label:
                return label
            if k == "S" and not (i > 0 and raw[i - 1].rstrip(".,") in L.NAME_WORDS_CAPS):
                break  # ... but "in May and June", "Monday or Tuesday" share one verb
        steps += 1
    # "On Friday, Kim will ...": an expression that opens the sentence reads on past its comma.
    fronted = start - 120 <= lo and all(t in _FRONT for t in left)
    raw = text[end : min(hi, end + 80)].translate(L.TENSE_SPLIT).split()[:10]
    rkinds = [_kind(t) for t in raw]
    right = [t.lower() for t in raw]
    for i, k in enumerate(rkinds):
        if k in ("Q", "S"):
            break
        if k == ",":
            if fronted and i == 0:
                continue
            break
        if k:
            label = _label(right, rkinds, i)
            if label:
                return label
    return None


# --- choosing the year of year-less expressions ---------------------------------------------


def pick_month_day(m: int, d: int, pub: date, direction: str | None) -> date | None:
    """The date of "Sept. 30" seen from ``pub``: on/after it (FUTURE), on/before it (PAST), or
    the nearest (None)."""
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(date(y, m, d))
        except ValueError:
            continue
    after = [c for c in cands if c >= pub]
    before = [c for c in cands if c <= pub]
    if direction == FUTURE:
        return min(after, default=None)
    if direction == PAST or not after:
        return max(before, default=None)
    if not before:
        return min(after)
    a, b = min(after), max(before)
    return a if (a - pub) < (pub - b) else b


def pick_month(m: int, pub: date, mode: str | None) -> int:
    """The year of a year-less month: mode last/next/this/FUTURE/PAST (None = PAST)."""
    if mode == "last":
        return pub.year if m < pub.month else pub.year - 1
    if mode == "next":
        return pub.year if m > pub.month else pub.year + 1
    if mode == "this":
        return pub.year
    if mode == FUTURE:
        return pub.year if m >= pub.month else pub.year + 1
    return pub.year if m <= pub.month else pub.year - 1


def pick_weekday(wd: int, pub: date, mode: str | None) -> date:
    """The date of a weekday: mode next (after pub), last (before), FUTURE (on or after),
    PAST/None (on or before: a weekday equal to the publication's is that very day)."""
    if mode == "next":
        return pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
    if mode == "last":
        return pub - timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
    if mode == FUTURE:
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def pick_season(code: int, pub: date, mode: str | None) -> Spec:
    """The spring/summer/autumn/winter meant, as an EDTF season."""
    occ = [season_spec(y, code) for y in range(pub.year - 2, pub.year + 2)]
    if mode == "last":
        return max((o for o in occ if o[2] < pub), key=lambda o: o[1])
    if mode == "next":
        return min((o for o in occ if o[1] > pub), key=lambda o: o[1])
    if mode == "this":
        y = pub.year - 1 if code == 24 and pub.month <= 2 else pub.year
        return season_spec(y, code)
    if mode == FUTURE:
        return min((o for o in occ if o[2] >= pub), key=lambda o: o[1])
    return max((o for o in occ if o[1] <= pub), key=lambda o: o[1])


def _mode(mod: str | None) -> str | None:
    """A modifier word as a pick mode: "last October" -> last, "this coming Friday" -> future."""
    if not mod:
        return None
    mod = " ".join(mod.lower().split())
    return {
        "last": "last", "this past": "last", "next": "next", "this": "this",
        "this coming": FUTURE, "coming": FUTURE, "as early as": FUTURE, "as late as": FUTURE,
    }.get(mod)  # fmt: skip


# --- handlers: one per rule; each returns (Spec | None, anchor), _SKIP, _Pending or None ------


@dataclass(slots=True)
class _Pending:
    """An expression resolved against another one ("two days later"), in a second pass."""

    n: int
    unit: str  # day week month year decade
    sign: int  # +1 later/after, -1 earlier/before, 0 same
    kind: str  # back | object | sameday


Result = tuple[Spec | None, str] | str | _Pending | None
_UNRESOLVED: tuple[None, str] = (None, ANCHOR_NONE)


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    return "day" if w in ("morning", "afternoon", "evening", "night") else w


def _h_weekday_date(g: dict, c: _Cand) -> Result:
    wd = L.WEEKDAYS[g["wd"].lower()]
    m, d = _month_no(g["m"] or g["m2"]), _day_no(g["d"] or g["d2"])
    if g["y"]:
        return day_spec(date(int(g["y"]), m, d)), ANCHOR_ABSOLUTE
    pub = c.published
    if pub is None:
        return _UNRESOLVED
    fits = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            if date(y, m, d).weekday() == wd:
                fits.append(date(y, m, d))
        except ValueError:
            continue
    if fits:
        return day_spec(min(fits, key=lambda x: abs((x - pub).days))), ANCHOR_PUBLICATION
    mode = FUTURE if _mode(g["mod"]) in ("next", FUTURE, "this") else c.tense()
    found = pick_month_day(m, d, pub, mode)
    return (day_spec(found), ANCHOR_PUBLICATION) if found else None


def _h_day_range(g: dict, c: _Cand) -> Result:
    if g["sep"] and g["sep"].lower() == "and" and not g["pre"]:
        return None  # "on March 3 and 14 people ..."
    m1 = _month_no(g["m"])
    m2 = _month_no(g["m2"]) if g["m2"] else m1
    d1, d2 = _day_no(g["d"]), _day_no(g["d2"])
    if (m2, d2) == (m1, d1) or (m2 == m1 and d2 < d1):
        return None
    y = g["y"] or g["y1"]
    if y:
        y2 = int(y)
        y1 = y2 - 1 if m2 < m1 else y2
        if g["y1"] and not g["y"]:
            y1 = int(g["y1"])
            y2 = y1 + 1 if m2 < m1 else y1
        anchor = ANCHOR_ABSOLUTE
    else:
        if c.published is None:
            return _UNRESOLVED
        first = pick_month_day(m1, d1, c.published, c.tense())
        if first is None:
            return None
        y1, y2 = first.year, first.year + (1 if m2 < m1 else 0)
        anchor = ANCHOR_PUBLICATION
    return interval_spec(day_spec(date(y1, m1, d1)), day_spec(date(y2, m2, d2))), anchor


def _h_date(g: dict, c: _Cand) -> Result:
    if g["iy"]:
        y, m, d = int(g["iy"]), int(g["im"]), int(g["id"])
    else:
        y = int(g["y"] or g["y2"])
        m, d = _month_no(g["m"] or g["m2"]), _day_no(g["d"] or g["d2"])
    return day_spec(date(y, m, d)), ANCHOR_ABSOLUTE


def _h_month_range(g: dict, c: _Cand) -> Result:
    sep = (g["sep"] or "").lower()
    if sep == "and" and (g["pre"] or "").lower() != "between":
        return None
    if sep and not g["pre"] and not (g["y"] or g["y1"]):
        return None  # "from May to June" needs its "from"; "May to June 2014" stands alone
    m1, m2 = _month_no(g["m"]), _month_no(g["m2"])
    if m1 == m2 and not (g["y1"] and g["y"] and g["y1"] != g["y"]):
        return None
    if g["y1"] or g["y"]:
        y1 = int(g["y1"]) if g["y1"] else int(g["y"]) - (1 if m2 < m1 else 0)
        y2 = int(g["y"]) if g["y"] else y1 + (1 if m2 < m1 else 0)
        anchor = ANCHOR_ABSOLUTE
    else:
        if c.published is None:
            return _UNRESOLVED
        y1 = pick_month(m1, c.published, c.tense())
        y2 = y1 + (1 if m2 < m1 else 0)
        anchor = ANCHOR_PUBLICATION
    return interval_spec(month_spec(y1, m1), month_spec(y2, m2)), anchor


def edtf_spec(value: str) -> Spec:
    """A table value ("1950/1953", "1945", "2011-03-11") as a Spec."""
    if "/" in value:
        a, b = value.split("/")
        return interval_spec(edtf_spec(a), edtf_spec(b))
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return day_spec(date(*parts))
    if len(parts) == 2:
        return month_spec(*parts)
    return year_spec(parts[0])


def _norm_name(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


def _h_period(g: dict, c: _Cand) -> Result:
    spec = edtf_spec(L.PERIODS[_norm_name(g["name"])])
    if g["y"]:
        y1 = int(g["y"])
        if g["y2"]:
            y2 = _full_year(y1, g["y2"])
            if y2 <= y1:
                return None
            spec = interval_spec(year_spec(y1), year_spec(y2))
        elif spec[3] != "day" or spec[1].year != y1:
            spec = year_spec(y1)
    edge = (g["edge"] or "").lower().split()
    if edge and spec[3] != "day":
        spec = year_spec(spec[2].year if edge[-1] in ("end", "close") else spec[1].year)
    return spec, ANCHOR_ABSOLUTE


def _h_year_range(g: dict, c: _Cand) -> Result:
    y1 = int(g["y1"])
    if g["sep"]:
        if not g["pre"] or (g["sep"].lower() == "and") != (g["pre"].lower() == "between"):
            return None  # "in 2002 and 2004" are two years; "between 2002 to 2004" is a typo
        y2 = int(g["y3"])
    else:
        y2 = _full_year(y1, g["y2"])
    if not 0 < y2 - y1 < 200 or c.after_word() in L.COUNT_NOUNS:
        return None
    return interval_spec(year_spec(y1), year_spec(y2)), ANCHOR_ABSOLUTE


def _decade_year(word: str, pub: date | None) -> int:
    digits = word.strip("'’s")
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    return 2000 + yy if yy <= (pub.year % 100 if pub else 30) else 1900 + yy


def _h_decade(g: dict, c: _Cand) -> Result:
    a = decade_spec(_decade_year(g["d1"], c.published))
    if not g["d2"]:
        return a, ANCHOR_ABSOLUTE
    b = decade_spec(_decade_year(g["d2"], c.published))
    if b[1] <= a[1]:
        return None
    return interval_spec(a, b), ANCHOR_ABSOLUTE


def _h_century(g: dict, c: _Cand) -> Result:
    n = int(g["n"]) - 1
    return (f"{n:02d}XX", date(max(1, n * 100), 1, 1), date(n * 100 + 99, 12, 31), "century"), (
        ANCHOR_ABSOLUTE
    )


def _h_part_year(g: dict, c: _Cand) -> Result:
    if g["y"]:
        y, anchor = int(g["y"]), ANCHOR_ABSOLUTE
    elif c.published is None:
        return _UNRESOLVED
    else:
        y = c.published.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        anchor = ANCHOR_PUBLICATION
    part = g["part"].lower()
    if g["kind"].lower() == "half":
        first = 1 if part == "first" else 7
        last = first + 5
    else:
        k = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": 3}.get(part)
        if k is None:
            return None
        first, last = 3 * k + 1, 3 * k + 3
    return interval_spec(month_spec(y, first), month_spec(y, last)), anchor


def _h_month_year(g: dict, c: _Cand) -> Result:
    return month_spec(int(g["y"]), _month_no(g["m"])), ANCHOR_ABSOLUTE


def _h_season_year(g: dict, c: _Cand) -> Result:
    return season_spec(int(g["y"]), L.SEASONS[g["s"].lower()]), ANCHOR_ABSOLUTE


def _h_holiday(g: dict, c: _Cand) -> Result:
    m, d = L.HOLIDAYS[_norm_name(g["h"])]
    if g["y"]:
        return day_spec(date(int(g["y"]), m, d)), ANCHOR_ABSOLUTE
    if c.published is None:
        return _UNRESOLVED
    found = pick_month_day(m, d, c.published, c.tense())
    return (day_spec(found), ANCHOR_PUBLICATION) if found else None


def _h_month_day(g: dict, c: _Cand) -> Result:
    m, d = _month_no(g["m"] or g["m2"]), _day_no(g["d"] or g["d2"])
    if _year_fits(c):
        return day_spec(date(c.year, m, d)), ANCHOR_EXPRESSION  # type: ignore[arg-type]
    if c.published is None:
        return _UNRESOLVED
    found = pick_month_day(m, d, c.published, c.tense())
    return (day_spec(found), ANCHOR_PUBLICATION) if found else None


def _h_skip(g: dict, c: _Cand) -> Result:
    return _SKIP


def _h_ago(g: dict, c: _Cand) -> Result:
    pub = c.published
    if pub is None:
        return _UNRESOLVED
    n, unit = _number(g["n"]), _unit(g["u"])
    if unit == "day":
        return day_spec(pub - timedelta(days=n)), ANCHOR_PUBLICATION
    if unit == "week":
        then = pub - timedelta(days=7 * n)
        return week_spec(then - timedelta(days=then.weekday())), ANCHOR_PUBLICATION
    if unit == "month":
        return month_spec(*_add_months(pub.year, pub.month, -n)), ANCHOR_PUBLICATION
    return year_spec(pub.year - n * (10 if unit == "decade" else 1)), ANCHOR_PUBLICATION


def _h_shift(g: dict, c: _Cand) -> Result:
    if g["hedge"]:
        return _SKIP  # "more than 70 years after the war": a measure, not a date
    if c.before_word() in L.DURATION_BEFORE:
        return _SKIP  # "for two years before he fled"
    direction = g["dir"].lower()
    sign = 1 if direction.startswith(("later", "after")) else -1
    kind = "object" if direction in ("after", "before") and c.after_word() else "back"
    return _Pending(_number(g["n"]), _unit(g["u"]), sign, kind)


_REL_SIGN = {"following": 1, "next": 1, "previous": -1, "preceding": -1}


def _h_anchored(g: dict, c: _Cand) -> Result:
    if g["u2"]:
        sign = 1 if g["dir"].lower() == "after" else -1
        kind = "object" if c.after_word() else "back"
        return _Pending(1, _unit(g["u2"]), sign, kind)
    rel = g["rel"].lower().split()
    unit_word = g["u"].lower()
    unit = _unit(unit_word)
    sign = next((_REL_SIGN[w] for w in rel if w in _REL_SIGN), 0)
    kind = "sameday" if unit == "day" and sign == 0 else "back"
    return _Pending(1 if sign else 0, unit, sign, kind)


def _h_day_of(g: dict, c: _Cand) -> Result:
    return _Pending(0, "day", 0, "sameday")


def _h_deictic_day2(g: dict, c: _Cand) -> Result:
    if c.published is None:
        return _UNRESOLVED
    k = -2 if g["dir"].lower() == "before" else 2
    return day_spec(c.published + timedelta(days=k)), ANCHOR_PUBLICATION


_DAY_WORD = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _h_deictic_day(g: dict, c: _Cand) -> Result:
    if c.published is None:
        return _UNRESOLVED
    if g["day"]:
        k = _DAY_WORD[g["day"].lower()]
    else:
        k = -1 if g["mod"].lower() == "last" else 0
    return day_spec(c.published + timedelta(days=k)), ANCHOR_PUBLICATION


_REL_MOD = {
    "last": -1, "this": 0, "next": 1, "earlier this": 0, "later this": 0, "this coming": 1,
    "the coming": 1, "coming": 1, "the current": 0,
}  # fmt: skip


def _h_relative(g: dict, c: _Cand) -> Result:
    mod = " ".join(g["mod"].lower().split())
    unit = g["u"].lower()
    if mod in ("the", "the past", "past", "the last", "this past"):
        if unit not in ("week", "weekend"):
            return _SKIP if mod != "the" else None  # "the past year": a span
        if mod == "the" and c.before_word() not in ("over", "during", "on", "at", "for", "by"):
            return None
    if c.published is None:
        return _UNRESOLVED
    pub = c.published
    monday = pub - timedelta(days=pub.weekday())
    if unit == "weekend":
        if mod == "the":
            shift = 0 if c.tense() == FUTURE or pub.weekday() >= 5 else -1
        else:
            shift = _REL_MOD.get(mod, -1)
        sat = monday + timedelta(days=5 + 7 * shift)
        spec = week_spec(sat, 2)
        return (spec[0], spec[1], spec[2], "interval"), ANCHOR_PUBLICATION
    if mod in ("the past", "past", "the last", "this past"):
        return week_spec(pub - timedelta(days=7)), ANCHOR_PUBLICATION
    shift = _REL_MOD.get(mod)
    if shift is None:
        return None
    if unit == "week":
        return week_spec(monday + timedelta(days=7 * shift)), ANCHOR_PUBLICATION
    if unit == "month":
        return month_spec(*_add_months(pub.year, pub.month, shift)), ANCHOR_PUBLICATION
    return year_spec(pub.year + shift), ANCHOR_PUBLICATION


def _h_weekday(g: dict, c: _Cand) -> Result:
    if c.before_word() in L.WEEKDAY_NAME_BEFORE or c.after_word() in L.WEEKDAY_NAME_AFTER:
        return None  # "Black Monday", "the Sunday Times"
    if c.published is None:
        return _UNRESOLVED
    mode = _mode(g["mod"])
    if mode == "this":
        mode = FUTURE
    if mode is None:
        mode = _direction(c)
    wd = L.WEEKDAYS[g["wd"].lower()]
    return day_spec(pick_weekday(wd, c.published, mode)), ANCHOR_PUBLICATION


def _year_fits(c: _Cand) -> bool:
    """Whether a year-less month or day takes the year given earlier in its sentence ("In 2018,
    Kim met Moon in April") -- not when its clause looks forward from a past year."""
    if c.year is None:
        return False
    if c.published is not None and c.year < c.published.year and c.tense() == FUTURE:
        return False
    return True


def _listed_after_month(c: _Cand) -> bool:
    """ "in April, May and September": a month right after another month and a comma."""
    head = c.text[max(c.lo, c.start - 14) : c.start].rstrip()
    if not head.endswith(","):
        return False
    word = head[:-1].rsplit(None, 1)[-1] if head[:-1].strip() else ""
    return word.rstrip(".") in L.MONTH_NAMES_CAPS


def _h_month(g: dict, c: _Cand) -> Result:
    m = _month_no(g["m"])
    if not g["mod"] and not g["v"]:
        before = c.before_word()
        possessive = c.text.startswith(("'s", "’s"), c.end)
        the_noun = before == "the" and c.after_word()[:1].isalpha() and c.after_word().islower()
        cues = L.MONTH_CUES - {"to", "by"} if m == 5 else L.MONTH_CUES
        if not (before in cues or possessive or the_noun or _listed_after_month(c)):
            return None  # "May I ...", "June Kim", sentence-initial "March on ..."
    if _year_fits(c) and not g["mod"]:
        return month_spec(c.year, m), ANCHOR_EXPRESSION  # type: ignore[arg-type]
    if c.published is None:
        return _UNRESOLVED
    mode = _mode(g["mod"]) or _direction(c)
    return month_spec(pick_month(m, c.published, mode), m), ANCHOR_PUBLICATION


def _h_season(g: dict, c: _Cand) -> Result:
    mod = g["mod"].lower()
    if mod == "the" and c.before_word() not in ("in", "during", "by", "until", "since", "over"):
        return None  # "the spring water", "the fall of the regime"
    if c.after_word()[:1].isalpha() and c.text[c.end :].lstrip()[:1].isupper():
        return None  # "the Winter Olympics", "the Spring Festival"
    if c.published is None:
        return _UNRESOLVED
    mode = _mode(mod) or _direction(c)
    return pick_season(L.SEASONS[g["s"].lower()], c.published, mode), ANCHOR_PUBLICATION


def _h_year(g: dict, c: _Cand) -> Result:
    y = int(g["y"])
    before, after = c.before_word(), c.after_word()
    if not g["v"]:
        if before in L.YEAR_BLOCKERS or after in L.COUNT_NOUNS:
            return None  # "Resolution 2094", "about 2000 people"
        if after.startswith(("percent", "%")) or (y < 1800 and before not in L.MONTH_CUES):
            return None
    return year_spec(y), ANCHOR_ABSOLUTE


def _direction(c: _Cand) -> str:
    """FUTURE or PAST for a year-less month, weekday or season: the clause's tense, else a cue
    word before it ("from Saturday", "until Tuesday" look forward), else PAST."""
    tense = c.tense()
    if tense is None:
        return FUTURE if c.before_word() in L.FORWARD_CUES else PAST
    return tense


_HANDLERS = {
    "skip_timestamp": _h_skip, "skip_dateline": _h_skip, "weekday_date": _h_weekday_date,
    "day_range": _h_day_range, "date": _h_date, "month_range": _h_month_range,
    "period": _h_period, "year_range": _h_year_range, "decade": _h_decade,
    "century": _h_century, "part_year": _h_part_year, "month_year": _h_month_year,
    "season_year": _h_season_year, "holiday": _h_holiday, "month_day": _h_month_day,
    "skip_vague_ago": _h_skip, "ago": _h_ago, "shift": _h_shift, "anchored": _h_anchored,
    "day_of": _h_day_of, "deictic_day2": _h_deictic_day2, "deictic_day": _h_deictic_day,
    "relative": _h_relative, "weekday": _h_weekday, "month": _h_month, "season": _h_season,
    "year": _h_year,
}  # fmt: skip
assert set(_HANDLERS) == set(L.RULE_ORDER)


# --- the scan -------------------------------------------------------------------------------


def _resolve_at(text: str, pos: int, min_end: int, cand: _Cand) -> tuple[str, int, Result] | None:
    """The first rule whose match at ``pos`` reaches past ``min_end`` and whose handler accepts
    it; rules are tried in priority order, so a rejected reading falls back to the next one."""
    rules = L.rules_at(text, pos)
    if not rules:
        return None
    ordered = L.ordered(rules)
    if len(ordered) > 4:  # many candidates ("the"): one alternation finds the first that fits
        first = L.master_for(rules).match(text, pos)
        if first is None or first.end() <= min_end:
            return None
        ordered = ordered[ordered.index(first.lastgroup or "") :]
    for rule in ordered:
        m = L.RULE_RE[rule].match(text, pos)
        if m is None or m.end() <= min_end:
            continue
        cand.end = m.end()
        try:
            res = _HANDLERS[rule](m.groupdict(), cand)
        except (ValueError, KeyError, OverflowError):
            res = None  # "Feb. 30", a year out of range
        if res is not None:
            return rule, m.end(), res
    return None


def find_times(
    text: str,
    sentences: Sequence[Sentence],
    published: date | None,
    quoted: Sequence[QuotedSpan] = (),
) -> tuple[TimeExpr, ...]:
    """Every time expression in ``text``, in text order, resolved against ``published``.

    Sentences of kind BOILERPLATE or BYLINE yield nothing.  Relative expressions stay
    unresolved (value None, ANCHOR_NONE) when ``published`` is None.  Never reads the clock.
    """
    starts = [s.start for s in sentences]
    qspans = sorted((q.start, q.end) for q in quoted)
    qstarts = [q[0] for q in qspans]
    # start, end, rule, sentence, result, text of the year it inherited
    found: list[tuple[int, int, str, int, Result, str | None]] = []
    pos, n = 0, len(text)
    year_ctx: tuple[int, int, str] | None = None  # sentence, year, text of the last bare year
    for trig in L.TRIGGER.finditer(text):
        p = trig.start()
        if p < pos:
            continue
        si = bisect_right(starts, p) - 1 if sentences else -1
        if si >= 0 and p < sentences[si].end:
            sent = sentences[si]
            if sent.kind in _SKIP_KINDS:
                continue
            lo, hi = sent.start, sent.end
        else:  # outside every sentence (or no segmentation): a window of the paragraph
            lo = max(text.rfind("\n\n", 0, p) + 1, p - 300, 0)
            hi_nl = text.find("\n\n", p)
            hi = min(hi_nl if hi_nl >= 0 else n, p + 300)
        for start in L.prefix_starts(text, p, max(pos, lo, p - L.MAX_PREFIX_CHARS)):
            cand = _Cand(text, start, start, si, min(lo, start), hi, published)
            if year_ctx is not None and year_ctx[0] == si:
                cand.year, cand.year_text = year_ctx[1], year_ctx[2]
            got = _resolve_at(text, start, p, cand)
            if got is None:
                continue
            rule, end, res = got
            pos = end
            if res is _SKIP:
                break
            found.append((start, end, rule, si, res, cand.year_text))
            if isinstance(res, tuple) and res[0] is not None and res[1] == ANCHOR_ABSOLUTE:
                # "In 2018, ... in April" lends its year; "since 2012", "March 2014" do not
                if res[0][3] == "year" and cand.before_word() in ("in", ""):
                    year_ctx = (si, res[0][1].year, text[start:end])
                else:
                    year_ctx = None
            break

    by_sentence: dict[int, list[TimeExpr]] = {}
    out: list[TimeExpr | None] = []
    pending: list[int] = []
    for start, end, rule, si, res, year_text in found:
        if isinstance(res, _Pending):
            pending.append(len(out))
            out.append(None)
            continue
        spec, anchor = res  # type: ignore[misc]
        anchor_text = year_text if anchor == ANCHOR_EXPRESSION else None
        te = _make(text, start, end, spec, anchor, anchor_text, rule, qspans, qstarts)
        out.append(te)
        by_sentence.setdefault(si, []).append(te)
    for k in pending:
        start, end, rule, si, res, _year_text = found[k]
        assert isinstance(res, _Pending)
        spec, anchor_te = _resolve_pending(text, res, start, si, by_sentence)
        if spec is None or anchor_te is None:
            te = _make(text, start, end, None, ANCHOR_NONE, None, rule, qspans, qstarts)
        else:
            te = _make(
                text, start, end, spec, ANCHOR_EXPRESSION, anchor_te.text, rule, qspans, qstarts
            )
            by_sentence.setdefault(si, []).append(te)
            by_sentence[si].sort(key=lambda t: t.start)
        out[k] = te
    return tuple(te for te in out if te is not None)


def _make(
    text: str,
    start: int,
    end: int,
    spec: Spec | None,
    anchor: str,
    anchor_text: str | None,
    rule: str,
    qspans: list[tuple[int, int]],
    qstarts: list[int],
) -> TimeExpr:
    k = bisect_right(qstarts, start) - 1
    in_quote = k >= 0 and end <= qspans[k][1]
    if spec is None:
        return TimeExpr(start, end, text[start:end], None, None, None, "unknown", anchor,
                        None, in_quote, rule)  # fmt: skip
    value, lower, upper, precision = spec
    return TimeExpr(
        start, end, text[start:end], value, lower, upper, precision, anchor,
        anchor_text, in_quote, rule,
    )  # fmt: skip


_FITS = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "year": ("day", "week", "month", "season", "year", "interval"),
    "decade": ("day", "week", "month", "season", "year", "interval", "decade"),
}


def _resolve_pending(
    text: str, p: _Pending, start: int, si: int, by_sentence: dict[int, list[TimeExpr]]
) -> tuple[Spec | None, TimeExpr | None]:
    """Resolve "two days later" & co. against the nearest fitting expression."""
    fits = _FITS.get(p.unit, ())
    same = by_sentence.get(si, [])
    before = [t for t in reversed(same) if t.start < start]
    if p.kind == "object" and before and before[0].value is not None:
        # "in November 2012, a month before the North's missile test": an appositive names
        # the same time again.
        gap = text[before[0].end : start]
        if len(gap) <= 3 and not gap.strip(" ,;:\u2014\u2013-\n"):
            a = before[0]
            assert a.value is not None and a.lower is not None and a.upper is not None
            return (a.value, a.lower, a.upper, a.precision), a
    after = [t for t in same if t.start > start]
    # "a month before <Y ... on Feb. 12>": Y's date follows, or was given just before; a date
    # earlier in the same sentence dates the main clause, not Y.
    order = after if p.kind == "object" else before
    back = SAME_DAY_LOOKBACK if p.kind == "sameday" else ANCHOR_LOOKBACK
    for j in range(si - 1, si - 1 - back, -1):
        order += list(reversed(by_sentence.get(j, [])))
    for anchor in order:
        if anchor.value is None or anchor.precision not in fits or anchor.lower is None:
            continue
        spec = _shift(p, anchor)
        if spec is not None:
            return spec, anchor
    return None, None


def _shift(p: _Pending, a: TimeExpr) -> Spec | None:
    assert a.lower is not None and a.upper is not None
    base = a.upper if (p.sign > 0 and a.precision in ("interval", "decade")) else a.lower
    k = p.n * p.sign
    try:
        if p.unit == "day":
            return day_spec(base + timedelta(days=k))
        if p.unit == "week":
            if k == 0:
                return week_spec(base - timedelta(days=base.weekday()))
            return day_spec(base + timedelta(days=7 * k))
        if p.unit == "month":
            return month_spec(*_add_months(base.year, base.month, k))
        return year_spec(base.year + k * (10 if p.unit == "decade" else 1))
    except (ValueError, OverflowError):
        return None


# --- user dates (--since / --until) ----------------------------------------------------------


def parse_user_date(value: str, today: date) -> tuple[date, date] | None:
    """A --since/--until value ("2014", "March 2014", "2014-03-03", "2 years ago", "last
    month") as its first and last day, precision-aware ("2014" -> all of 2014).

    ``today`` is passed in by the CLI (a user's "2 years ago" means from now); None when
    ``value`` is not a date.  nkjp's own rules read it first; dateparser (imported here, lazily)
    handles the rest.
    """
    value = " ".join(value.split())
    if not value:
        return None
    ago = L.RULE_RE["ago"].fullmatch(value)
    if ago:  # "2 years ago" from a user means that day, not that whole year
        n, unit = _number(ago["n"]), _unit(ago["u"])
        try:
            if unit in ("day", "week"):
                d = today - timedelta(days=n * (7 if unit == "week" else 1))
            else:
                months = n * {"month": 1, "year": 12, "decade": 120}[unit]
                y, m = _add_months(today.year, today.month, -months)
                d = date(y, m, min(today.day, _last_day(y, m)))
        except (ValueError, OverflowError):
            return None
        return d, d
    times = find_times(value, (), today)
    if len(times) == 1 and times[0].text == value and times[0].lower and times[0].upper:
        return times[0].lower, times[0].upper
    return _dateparser_bounds(value, today)


def _dateparser_bounds(value: str, today: date) -> tuple[date, date] | None:
    from datetime import datetime

    from dateparser.date import DateDataParser

    settings = dict(DATEPARSER_SETTINGS, RELATIVE_BASE=datetime(today.year, today.month, today.day))
    try:
        data = DateDataParser(languages=DATEPARSER_LANGUAGES, settings=settings).get_date_data(
            value
        )
    except (ValueError, TypeError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if data.period == "month":
        return date(d.year, d.month, 1), date(d.year, d.month, _last_day(d.year, d.month))
    if data.period == "week":
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6)
    return d, d
