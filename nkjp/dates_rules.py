"""One handler per rule of nkjp.lexicon.dates: each turns a match (its named groups) and its
context into (Spec | None, anchor), SKIP (consumed, nothing returned), a Pending expression
resolved later against another one ("two days later"), or None (not this rule: the next one
is tried)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from nkjp.dates_calendar import (
    FUTURE,
    Spec,
    add_months,
    day_no,
    day_spec,
    decade_spec,
    edtf_spec,
    full_year,
    interval_spec,
    modifier_mode,
    month_no,
    month_spec,
    number_of,
    pick_month,
    pick_month_day,
    pick_season,
    pick_weekday,
    season_spec,
    week_spec,
    year_spec,
)
from nkjp.dates_context import Cand, direction, listed_after_month, year_fits
from nkjp.lexicon import dates as L
from nkjp.models import ANCHOR_ABSOLUTE, ANCHOR_EXPRESSION, ANCHOR_NONE, ANCHOR_PUBLICATION

SKIP = "skip"  # a handler consumed its match and returns nothing


@dataclass(slots=True)
class Pending:
    """An expression resolved against another one ("two days later"), in a second pass."""

    n: int
    unit: str  # day week month year decade
    sign: int  # +1 later/after, -1 earlier/before, 0 same
    kind: str  # back | object | sameday


# (spec, anchor), or (spec, anchor, text of the expression it was resolved against)
Result = tuple[Spec | None, str] | tuple[Spec, str, str] | str | Pending | None
UNRESOLVED: tuple[None, str] = (None, ANCHOR_NONE)


def unit_of(word: str) -> str:
    w = word.lower().rstrip("s")
    return "day" if w in ("morning", "afternoon", "evening", "night") else w


def _h_weekday_date(g: dict, c: Cand) -> Result:
    wd = L.WEEKDAYS[g["wd"].lower()]
    m, d = month_no(g["m"] or g["m2"]), day_no(g["d"] or g["d2"])
    if g["y"]:
        return day_spec(date(int(g["y"]), m, d)), ANCHOR_ABSOLUTE
    pub = c.published
    if pub is None:
        return UNRESOLVED
    fits = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            if date(y, m, d).weekday() == wd:
                fits.append(date(y, m, d))
        except ValueError:
            continue
    if fits:
        return day_spec(min(fits, key=lambda x: abs((x - pub).days))), ANCHOR_PUBLICATION
    mode = FUTURE if modifier_mode(g["mod"]) in ("next", FUTURE, "this") else c.tense()
    found = pick_month_day(m, d, pub, mode)
    return (day_spec(found), ANCHOR_PUBLICATION) if found else None


def _h_day_range(g: dict, c: Cand) -> Result:
    if g["sep"] and g["sep"].lower() == "and" and not g["pre"]:
        return None  # "on March 3 and 14 people ..."
    m1 = month_no(g["m"])
    m2 = month_no(g["m2"]) if g["m2"] else m1
    d1, d2 = day_no(g["d"]), day_no(g["d2"])
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
            return UNRESOLVED
        first = pick_month_day(m1, d1, c.published, c.tense())
        if first is None:
            return None
        y1, y2 = first.year, first.year + (1 if m2 < m1 else 0)
        anchor = ANCHOR_PUBLICATION
    return interval_spec(day_spec(date(y1, m1, d1)), day_spec(date(y2, m2, d2))), anchor


def _h_date(g: dict, c: Cand) -> Result:
    if g["iy"]:
        y, m, d = int(g["iy"]), int(g["im"]), int(g["id"])
    else:
        y = int(g["y"] or g["y2"])
        m, d = month_no(g["m"] or g["m2"]), day_no(g["d"] or g["d2"])
    return day_spec(date(y, m, d)), ANCHOR_ABSOLUTE


def _h_month_range(g: dict, c: Cand) -> Result:
    sep = (g["sep"] or "").lower()
    if sep == "and" and (g["pre"] or "").lower() != "between":
        return None
    if sep and not g["pre"] and not (g["y"] or g["y1"]):
        return None  # "from May to June" needs its "from"; "May to June 2014" stands alone
    m1, m2 = month_no(g["m"]), month_no(g["m2"])
    if m1 == m2 and not (g["y1"] and g["y"] and g["y1"] != g["y"]):
        return None
    if g["y1"] or g["y"]:
        y1 = int(g["y1"]) if g["y1"] else int(g["y"]) - (1 if m2 < m1 else 0)
        y2 = int(g["y"]) if g["y"] else y1 + (1 if m2 < m1 else 0)
        anchor = ANCHOR_ABSOLUTE
    else:
        if c.published is None:
            return UNRESOLVED
        y1 = pick_month(m1, c.published, c.tense())
        y2 = y1 + (1 if m2 < m1 else 0)
        anchor = ANCHOR_PUBLICATION
    return interval_spec(month_spec(y1, m1), month_spec(y2, m2)), anchor


def _norm_name(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


def _h_period(g: dict, c: Cand) -> Result:
    spec = edtf_spec(L.PERIODS[_norm_name(g["name"])])
    if g["y"]:
        y1 = int(g["y"])
        if g["y2"]:
            y2 = full_year(y1, g["y2"])
            if y2 <= y1:
                return None
            spec = interval_spec(year_spec(y1), year_spec(y2))
        elif spec[3] != "day" or spec[1].year != y1:
            spec = year_spec(y1)
    edge = (g["edge"] or "").lower().split()
    if edge and spec[3] != "day":
        spec = year_spec(spec[2].year if edge[-1] in ("end", "close") else spec[1].year)
    if g["s"]:
        spec = _season_around(L.SEASONS[g["s"].lower()], g["dir"].lower(), spec)
    return spec, ANCHOR_ABSOLUTE


def _season_around(code: int, where: str, a: Spec) -> Spec:
    """ "the winter after the Korean War" (1950/1953) -> 1953-24: the first such season that
    starts and ends later than ``a``; "before": the last that starts and ends earlier."""
    seasons = [season_spec(y, code) for y in range(a[1].year - 2, a[2].year + 2)]
    if where == "after":
        return min((s for s in seasons if s[1] > a[1] and s[2] > a[2]), key=lambda s: s[1])
    return max((s for s in seasons if s[1] < a[1] and s[2] < a[2]), key=lambda s: s[1])


def _h_season_anchor(g: dict, c: Cand) -> Result:
    """ "the spring before 1950" -> 1949-21."""
    spec = _season_around(L.SEASONS[g["s"].lower()], g["dir"].lower(), year_spec(int(g["y"])))
    return spec, ANCHOR_ABSOLUTE


def _h_open_range(g: dict, c: Cand) -> Result:
    y1, y2 = int(g["y1"]), int(g["y2"])
    if not 0 < y2 - y1 < 200:
        return None
    return interval_spec(year_spec(y1), year_spec(y2)), ANCHOR_EXPRESSION, g["y2"]


def _h_year_range(g: dict, c: Cand) -> Result:
    y1 = int(g["y1"])
    if g["sep"]:
        if not g["pre"] or (g["sep"].lower() == "and") != (g["pre"].lower() == "between"):
            return None  # "in 2002 and 2004" are two years; "between 2002 to 2004" is a typo
        y2 = int(g["y3"])
    else:
        y2 = full_year(y1, g["y2"])
    if not 0 < y2 - y1 < 200 or c.after_word() in L.COUNT_NOUNS:
        return None
    return interval_spec(year_spec(y1), year_spec(y2)), ANCHOR_ABSOLUTE


def _decade_year(word: str, pub: date | None) -> int:
    digits = word.strip("'’s")
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    return 2000 + yy if yy <= (pub.year % 100 if pub else 30) else 1900 + yy


def _h_decade(g: dict, c: Cand) -> Result:
    a = decade_spec(_decade_year(g["d1"], c.published))
    if not g["d2"]:
        return a, ANCHOR_ABSOLUTE
    b = decade_spec(_decade_year(g["d2"], c.published))
    if b[1] <= a[1]:
        return None
    return interval_spec(a, b), ANCHOR_ABSOLUTE


def _h_century(g: dict, c: Cand) -> Result:
    n = int(g["n"]) - 1
    return (f"{n:02d}XX", date(max(1, n * 100), 1, 1), date(n * 100 + 99, 12, 31), "century"), (
        ANCHOR_ABSOLUTE
    )


def _h_part_year(g: dict, c: Cand) -> Result:
    if g["y"]:
        y, anchor = int(g["y"]), ANCHOR_ABSOLUTE
    elif c.published is None:
        return UNRESOLVED
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


def _h_month_year(g: dict, c: Cand) -> Result:
    return month_spec(int(g["y"]), month_no(g["m"])), ANCHOR_ABSOLUTE


def _h_season_year(g: dict, c: Cand) -> Result:
    return season_spec(int(g["y"]), L.SEASONS[g["s"].lower()]), ANCHOR_ABSOLUTE


def _h_holiday(g: dict, c: Cand) -> Result:
    m, d = L.HOLIDAYS[_norm_name(g["h"])]
    if g["y"]:
        return day_spec(date(int(g["y"]), m, d)), ANCHOR_ABSOLUTE
    if c.published is None:
        return UNRESOLVED
    found = pick_month_day(m, d, c.published, c.tense())
    return (day_spec(found), ANCHOR_PUBLICATION) if found else None


def _h_month_day(g: dict, c: Cand) -> Result:
    m, d = month_no(g["m"] or g["m2"]), day_no(g["d"] or g["d2"])
    if year_fits(c):
        return day_spec(date(c.year, m, d)), ANCHOR_EXPRESSION  # type: ignore[arg-type]
    if c.published is None:
        return UNRESOLVED
    found = pick_month_day(m, d, c.published, c.tense())
    return (day_spec(found), ANCHOR_PUBLICATION) if found else None


def _h_skip(g: dict, c: Cand) -> Result:
    return SKIP


def _h_ago(g: dict, c: Cand) -> Result:
    pub = c.published
    if pub is None:
        return UNRESOLVED
    n, unit = number_of(g["n"]), unit_of(g["u"])
    if unit == "day":
        return day_spec(pub - timedelta(days=n)), ANCHOR_PUBLICATION
    if unit == "week":
        then = pub - timedelta(days=7 * n)
        return week_spec(then - timedelta(days=then.weekday())), ANCHOR_PUBLICATION
    if unit == "month":
        return month_spec(*add_months(pub.year, pub.month, -n)), ANCHOR_PUBLICATION
    return year_spec(pub.year - n * (10 if unit == "decade" else 1)), ANCHOR_PUBLICATION


def _h_shift(g: dict, c: Cand) -> Result:
    if g["hedge"]:
        return SKIP  # "more than 60 years after the armistice": a measure, not a date
    if c.before_word() in L.DURATION_BEFORE:
        return SKIP  # "for two years before he fled"
    direction = g["dir"].lower()
    sign = 1 if direction.startswith(("later", "after")) else -1
    kind = "object" if direction in ("after", "before") and c.after_word() else "back"
    return Pending(number_of(g["n"]), unit_of(g["u"]), sign, kind)


_REL_SIGN = {"following": 1, "next": 1, "previous": -1, "preceding": -1}


def _h_anchored(g: dict, c: Cand) -> Result:
    if g["u2"]:
        sign = 1 if g["dir"].lower() == "after" else -1
        kind = "object" if c.after_word() else "back"
        return Pending(1, unit_of(g["u2"]), sign, kind)
    rel = g["rel"].lower().split()
    unit_word = g["u"].lower()
    unit = unit_of(unit_word)
    sign = next((_REL_SIGN[w] for w in rel if w in _REL_SIGN), 0)
    kind = "sameday" if unit == "day" and sign == 0 else "back"
    return Pending(1 if sign else 0, unit, sign, kind)


def _h_day_of(g: dict, c: Cand) -> Result:
    return Pending(0, "day", 0, "sameday")


def _h_deictic_day2(g: dict, c: Cand) -> Result:
    if c.published is None:
        return UNRESOLVED
    k = -2 if g["dir"].lower() == "before" else 2
    return day_spec(c.published + timedelta(days=k)), ANCHOR_PUBLICATION


_DAY_WORD = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _h_deictic_day(g: dict, c: Cand) -> Result:
    if c.published is None:
        return UNRESOLVED
    if g["day"]:
        k = _DAY_WORD[g["day"].lower()]
    else:
        k = -1 if g["mod"].lower() == "last" else 0
    return day_spec(c.published + timedelta(days=k)), ANCHOR_PUBLICATION


_REL_MOD = {
    "last": -1, "this": 0, "next": 1, "earlier this": 0, "later this": 0, "this coming": 1,
    "the coming": 1, "coming": 1, "the current": 0,
}  # fmt: skip


def _h_relative(g: dict, c: Cand) -> Result:
    mod = " ".join(g["mod"].lower().split())
    unit = g["u"].lower()
    if mod in ("the", "the past", "past", "the last", "this past"):
        if unit not in ("week", "weekend"):
            return SKIP if mod != "the" else None  # "the past year": a span
        if mod == "the" and c.before_word() not in ("over", "during", "on", "at", "for", "by"):
            return None
    if c.published is None:
        return UNRESOLVED
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
        return month_spec(*add_months(pub.year, pub.month, shift)), ANCHOR_PUBLICATION
    return year_spec(pub.year + shift), ANCHOR_PUBLICATION


def _h_weekday(g: dict, c: Cand) -> Result:
    if c.before_word() in L.WEEKDAY_NAME_BEFORE or c.after_word() in L.WEEKDAY_NAME_AFTER:
        return None  # "Black Monday", "the Sunday Times"
    if c.published is None:
        return UNRESOLVED
    mode = modifier_mode(g["mod"])
    if mode == "this":
        mode = FUTURE
    if mode is None:
        mode = direction(c)
    wd = L.WEEKDAYS[g["wd"].lower()]
    return day_spec(pick_weekday(wd, c.published, mode)), ANCHOR_PUBLICATION


def _h_month(g: dict, c: Cand) -> Result:
    m = month_no(g["m"])
    if not g["mod"] and not g["v"]:
        before = c.before_word()
        possessive = c.text.startswith(("'s", "’s"), c.end)
        the_noun = before == "the" and c.after_word()[:1].isalpha() and c.after_word().islower()
        cues = L.MONTH_CUES - {"to", "by"} if m == 5 else L.MONTH_CUES
        if not (before in cues or possessive or the_noun or listed_after_month(c)):
            return None  # "May I ...", "June Kim", sentence-initial "March on ..."
    if year_fits(c) and not g["mod"]:
        return month_spec(c.year, m), ANCHOR_EXPRESSION  # type: ignore[arg-type]
    if c.published is None:
        return UNRESOLVED
    mode = modifier_mode(g["mod"]) or direction(c)
    return month_spec(pick_month(m, c.published, mode), m), ANCHOR_PUBLICATION


def _h_season(g: dict, c: Cand) -> Result:
    mod = g["mod"].lower()
    if mod == "the" and c.before_word() not in ("in", "during", "by", "until", "since", "over"):
        return None  # "the spring water", "the fall of the regime"
    if c.after_word()[:1].isalpha() and c.next_char().isupper():
        return None  # "the Winter Olympics", "the Spring Festival"
    if c.published is None:
        return UNRESOLVED
    mode = modifier_mode(mod) or direction(c)
    return pick_season(L.SEASONS[g["s"].lower()], c.published, mode), ANCHOR_PUBLICATION


def _h_year(g: dict, c: Cand) -> Result:
    y = int(g["y"])
    before, after = c.before_word(), c.after_word()
    if not g["v"]:
        if before in L.YEAR_BLOCKERS or after in L.COUNT_NOUNS:
            return None  # "Resolution 2094", "about 2000 people"
        if after.startswith(("percent", "%")) or (y < 1800 and before not in L.MONTH_CUES):
            return None
    return year_spec(y), ANCHOR_ABSOLUTE


HANDLERS = {
    "skip_timestamp": _h_skip, "skip_dateline": _h_skip, "weekday_date": _h_weekday_date,
    "day_range": _h_day_range, "date": _h_date, "month_range": _h_month_range,
    "season_anchor": _h_season_anchor, "period": _h_period, "year_range": _h_year_range,
    "open_range": _h_open_range, "decade": _h_decade,
    "century": _h_century, "part_year": _h_part_year, "month_year": _h_month_year,
    "season_year": _h_season_year, "holiday": _h_holiday, "month_day": _h_month_day,
    "skip_vague_ago": _h_skip, "ago": _h_ago, "shift": _h_shift, "anchored": _h_anchored,
    "day_of": _h_day_of, "deictic_day2": _h_deictic_day2, "deictic_day": _h_deictic_day,
    "relative": _h_relative, "weekday": _h_weekday, "month": _h_month, "season": _h_season,
    "year": _h_year,
}  # fmt: skip
assert set(HANDLERS) == set(L.RULE_ORDER)
