"""Time expressions -> EDTF, resolved the way a careful reader would: the public face of the
dates stage (``find_times``, ``parse_user_date``) and the only importer of dateparser (and only
for ``parse_user_date``: the article path is pure regex and arithmetic).

The stage in modules: nkjp.lexicon.dates (patterns and words) and nkjp.lexicon.dates_scan
(trigger words, dispatch by first word); nkjp.dates_calendar (EDTF specs, choosing the year of
"in December"); nkjp.dates_context (the words around a match, the tense of its clause);
nkjp.dates_rules (one handler per rule); nkjp.dates_anchored ("two days later"); this module
(the scan and the records).

``find_times`` scans the text once for trigger words (nkjp.lexicon.dates_scan), tries the rules
of nkjp.lexicon.dates only from the few word starts just before each, and resolves each match
against the publication date, which is an argument: nothing here reads the clock.  Values are
EDTF (Library of Congress Extended Date/Time Format, ISO 8601-2):

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
    the day", "on the day of the verdict" resolve against the nearest resolved expression in the
    same sentence or the ones just before it (ANCHOR_EXPRESSION); with none, their value is None.
  * A range closed by a dated event, "from 1905 until its surrender in 1912", is "from 1905
    until" = 1905/1912 resolved against "1912", which stays an expression of its own (the
    event's date).  "the winter after the Korean War" is one expression, the first winter
    after the period (1953-24); "the spring before 1950" the last one before (1949-21).
  * Vague spans with no number ("decades ago", "in recent years", "for years"), hedged
    shifts ("more than 70 years after ..."), durations ("for two hours", "in three years"),
    ages, counts and clock times are not returned at all: they pin nothing to a year, so they
    could only make events with no date.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from nkjp.dates_anchored import ANCHOR_LOOKBACK, SAME_DAY_LOOKBACK, resolve_pending
from nkjp.dates_calendar import (
    FUTURE,
    PAST,
    Spec,
    add_months,
    edtf_spec,
    last_day,
    number_of,
    pick_month,
    pick_month_day,
    pick_season,
    pick_weekday,
)
from nkjp.dates_context import Cand, clause_tense
from nkjp.dates_rules import HANDLERS, SKIP, Pending, Result, unit_of
from nkjp.lexicon import dates as L
from nkjp.lexicon import dates_scan as S
from nkjp.models import (
    ANCHOR_ABSOLUTE,
    ANCHOR_EXPRESSION,
    ANCHOR_NONE,
    BOILERPLATE,
    BYLINE,
    QuotedSpan,
    Sentence,
    TimeExpr,
)

__all__ = [
    "ANCHOR_LOOKBACK", "DATEPARSER_LANGUAGES", "DATEPARSER_SETTINGS", "FUTURE", "PAST",
    "SAME_DAY_LOOKBACK", "clause_tense", "edtf_spec", "find_times", "parse_user_date",
    "pick_month", "pick_month_day", "pick_season", "pick_weekday",
]  # fmt: skip

# Settings for dateparser, pinned here and nowhere else (parse_user_date only).
DATEPARSER_SETTINGS: dict[str, Any] = {
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "MDY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
DATEPARSER_LANGUAGES = ["en"]

_SKIP_KINDS = (BOILERPLATE, BYLINE)


# --- the scan -------------------------------------------------------------------------------


def _resolve_at(
    text: str, pos: int, min_end: int, cand: Cand, rules: frozenset[str], ordered: tuple[str, ...]
) -> tuple[str, int, Result] | None:
    """The first of ``rules`` (``ordered`` by priority) whose match at ``pos`` reaches past
    ``min_end`` and whose handler accepts it; a reading that is rejected or falls short of
    ``min_end`` gives way to the next rule, however many candidates there are."""
    if len(ordered) > 4:  # many candidates ("the"): one alternation finds the first that matches
        first = S.master_for(rules).match(text, pos)
        if first is None:
            return None
        k = ordered.index(first.lastgroup or "")
        # the rules before it match nothing here; it is tried below unless it falls short
        ordered = ordered[k + 1 :] if first.end() <= min_end else ordered[k:]
    for rule in ordered:
        m = L.RULE_RE[rule].match(text, pos)
        if m is None or m.end() <= min_end:
            continue
        cand.end = m.end()
        try:
            res = HANDLERS[rule](m.groupdict(), cand)
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
    for p in S.trigger_starts(text):
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
        cand: Cand | None = None
        for start in S.prefix_starts(text, p, max(pos, lo, p - S.MAX_PREFIX_CHARS)):
            rules, ordered = S.rules_at(text, start)
            if not ordered:
                continue
            if cand is None:
                cand = Cand(text, start, start, si, lo, hi, published)
                if year_ctx is not None and year_ctx[0] == si:
                    cand.year, cand.year_text = year_ctx[1], year_ctx[2]
            cand.start = cand.end = start
            got = _resolve_at(text, start, p, cand, rules, ordered)
            if got is None:
                continue
            rule, end, res = got
            pos = end
            if res is SKIP:
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
        if isinstance(res, Pending):
            pending.append(len(out))
            out.append(None)
            continue
        spec, anchor = res[0], res[1]  # type: ignore[index]
        if len(res) > 2:  # type: ignore[arg-type]
            anchor_text = res[2]  # type: ignore[index,misc]
        else:
            anchor_text = year_text if anchor == ANCHOR_EXPRESSION else None
        te = _make(text, start, end, spec, anchor, anchor_text, rule, qspans, qstarts)
        out.append(te)
        by_sentence.setdefault(si, []).append(te)
    for k in pending:
        start, end, rule, si, res, _year_text = found[k]
        assert isinstance(res, Pending)
        spec, anchor_te = resolve_pending(text, res, start, si, by_sentence)
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
        value = lower = upper = None
        precision, anchor_text = "unknown", None
    else:
        value, lower, upper, precision = spec
    return TimeExpr(
        start,
        end,
        text[start:end],
        value,
        lower,
        upper,
        precision,
        anchor,
        anchor_text,
        in_quote,
        rule,
    )


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
        n, unit = number_of(ago["n"]), unit_of(ago["u"])
        try:
            if unit in ("day", "week"):
                d = today - timedelta(days=n * (7 if unit == "week" else 1))
            else:
                months = n * {"month": 1, "year": 12, "decade": 120}[unit]
                y, m = add_months(today.year, today.month, -months)
                d = date(y, m, min(today.day, last_day(y, m)))
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
        return date(d.year, d.month, 1), date(d.year, d.month, last_day(d.year, d.month))
    if data.period == "week":
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6)
    return d, d
