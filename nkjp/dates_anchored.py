"""Anchored expressions ("two days later", "a month before the test", "that day"): resolved in
a second pass against the nearest fitting expression of the same sentence or the ones just
before it, never against the publication date."""

from __future__ import annotations

from datetime import timedelta

from nkjp.dates_calendar import Spec, add_months, day_spec, month_spec, week_spec, year_spec
from nkjp.dates_rules import Pending
from nkjp.models import TimeExpr

# How many sentences back "two days later" / "the following year" look for their anchor, and
# how many "that day" / "earlier in the day" / "the day of the ruling" look back.
ANCHOR_LOOKBACK = 1
SAME_DAY_LOOKBACK = 3

_FITS = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "year": ("day", "week", "month", "season", "year", "interval"),
    "decade": ("day", "week", "month", "season", "year", "interval", "decade"),
}


def resolve_pending(
    text: str, p: Pending, start: int, si: int, by_sentence: dict[int, list[TimeExpr]]
) -> tuple[Spec | None, TimeExpr | None]:
    """Resolve "two days later" & co. against the nearest fitting expression."""
    fits = _FITS.get(p.unit, ())
    same = by_sentence.get(si, [])
    before = [t for t in reversed(same) if t.start < start]
    if p.kind == "object" and before and before[0].value is not None:
        # "in May 2016, a week before the leaders' summit": an appositive names
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


def _shift(p: Pending, a: TimeExpr) -> Spec | None:
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
            return month_spec(*add_months(base.year, base.month, k))
        return year_spec(base.year + k * (10 if p.unit == "decade" else 1))
    except (ValueError, OverflowError):
        return None
