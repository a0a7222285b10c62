"""Calendar arithmetic for the dates stage: EDTF values with their bounds ("specs"), and the
choice of year or week for expressions that name none ("in December", "on Friday").

A spec is (EDTF value, first day, last day, precision).  Seasons are EDTF level-1 codes (21
spring ... 24 winter, which runs into the next year); decades "197X"; intervals "1950/1953".
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from nkjp.lexicon import dates as L

FUTURE, PAST = "future", "past"

Spec = tuple[str, date, date, str]  # value, lower, upper, precision


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def day_spec(d: date) -> Spec:
    return d.isoformat(), d, d, "day"


@lru_cache(maxsize=4096)
def month_spec(y: int, m: int) -> Spec:
    return f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, last_day(y, m)), "month"


@lru_cache(maxsize=4096)
def year_spec(y: int) -> Spec:
    return f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year"


@lru_cache(maxsize=4096)
def season_spec(y: int, code: int) -> Spec:
    first = L.SEASON_START_MONTH[code]
    ly, lm = (y + 1, 2) if code == 24 else (y, first + 2)
    return f"{y:04d}-{code}", date(y, first, 1), date(ly, lm, last_day(ly, lm)), "season"


def week_spec(monday: date, days: int = 7) -> Spec:
    end = monday + timedelta(days=days - 1)
    return f"{monday.isoformat()}/{end.isoformat()}", monday, end, "week"


@lru_cache(maxsize=4096)
def decade_spec(y0: int) -> Spec:
    return f"{y0 // 10:03d}X", date(y0, 1, 1), date(y0 + 9, 12, 31), "decade"


def interval_spec(a: Spec, b: Spec) -> Spec:
    return f"{a[0]}/{b[0]}", a[1], b[2], "interval"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def month_no(word: str) -> int:
    return L.MONTHS[word.rstrip(".").lower()]


def day_no(word: str) -> int:
    return int(word.rstrip("stndrh"))


def number_of(word: str) -> int:
    w = " ".join(word.lower().split())
    # isdecimal, not isdigit: int() takes every decimal digit but refuses "²" and "①"
    return int(w) if w.isdecimal() else L.NUMBERS.get(w.split()[-1], 1) * (100 if " " in w else 1)


def full_year(y1: int, y2: str) -> int:
    """ "1950-53" -> 1953; "1999-01" -> 2001; "1959-1984" -> 1984."""
    if len(y2) == 4:
        return int(y2)
    y = y1 // 100 * 100 + int(y2)
    return y if y > y1 else y + 100


@lru_cache(maxsize=4096)
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


def modifier_mode(mod: str | None) -> str | None:
    """A modifier word as a pick mode: "last October" -> last, "this coming Friday" -> future."""
    if not mod:
        return None
    mod = " ".join(mod.lower().split())
    return {
        "last": "last", "this past": "last", "next": "next", "this": "this",
        "this coming": FUTURE, "coming": FUTURE, "as early as": FUTURE, "as late as": FUTURE,
    }.get(mod)  # fmt: skip
