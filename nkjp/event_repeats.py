"""Repeats among an article's events: one event per deed.

An offset landing on an explicitly dated day ("a day after ..." when the article gives that
day), a direct quote restating a date the narrative gives, and the same deed told twice are
each kept once.  Every check is a look-up or a binary search, never a comparison of every pair.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from typing import Any

from nkjp import clauses as cl
from nkjp.lexicon import events as lx
from nkjp.models import ANCHOR_EXPRESSION, ANCHOR_PUBLICATION, Event


class Days:
    """A union of closed day intervals (ISO strings or dates, one kind per union), kept as
    sorted disjoint pieces, so that whether a new interval overlaps any kept one is a binary
    search, not a scan of every event so far."""

    __slots__ = ("los", "his")

    def __init__(self, lo: Any = None, hi: Any = None) -> None:
        """Empty, or holding ``[lo, hi]``."""
        self.los: list[Any] = [] if lo is None else [lo]
        self.his: list[Any] = [] if hi is None else [hi]

    def add(self, lo: Any, hi: Any) -> None:
        """Add ``[lo, hi]``, merged with the pieces it overlaps."""
        a = bisect_left(self.his, lo)  # the first piece ending at or after lo
        b = bisect_right(self.los, hi)  # past the last piece starting at or before hi
        if a < b:
            lo, hi = min(lo, self.los[a]), max(hi, self.his[b - 1])
        self.los[a:b] = [lo]
        self.his[a:b] = [hi]

    def overlaps(self, lo: Any, hi: Any) -> bool:
        """Whether ``[lo, hi]`` shares a day with a kept interval."""
        b = bisect_right(self.los, hi)
        return b > 0 and self.his[b - 1] >= lo


def drop_offset_repeats(events: list[Event]) -> list[Event]:
    """Drop an offset ("a day after ...") that lands on a day another event dates explicitly."""
    if all(e.anchor != ANCHOR_EXPRESSION for e in events):
        return events  # no expression resolved against another: no offset to drop
    offset = [e.date and lx.OFFSET.search(e.date_text) for e in events]
    explicit = {e.date for e, off in zip(events, offset, strict=True) if e.date and not off}
    return [
        e
        for e, off in zip(events, offset, strict=True)
        if not (e.anchor == ANCHOR_EXPRESSION and off and e.date in explicit)
    ]


def drop_quoted_repeats(events: list[Event]) -> list[Event]:
    """A direct quote that dates again a recent event the narrative dates ("will hold talks
    next week" ... '"On Tuesday, May 7, we will sit down with them"') is one event: keep the
    more precise mention, the narrative's on a tie."""
    # Whether a pair is one event depends only on the two date spans, so each pair of distinct
    # spans is weighed once (recent dates are few; the events holding them may be many).
    quoted: dict[tuple[str, str], list[Event]] = {}
    told: dict[tuple[str, str], list[Event]] = {}
    for e in events:
        if _near_relative(e):
            same = quoted if e.in_quote else told
            same.setdefault((e.start or "", e.end or ""), []).append(e)
    if not quoted or not told:
        return events  # no quote and narrative dating the same recent days
    drop: set[str] = set()
    for q_events in quoted.values():
        for e_events in told.values():
            if not _overlap(q_events[0], e_events[0]):
                continue
            # Like dates only: "in June" / "by the end of June", "next week" / "Tuesday,
            # May 7" -- not "earlier this month" / "on May 7" (a month holds many events).
            q_days, e_days = _span_days(q_events[0]), _span_days(e_events[0])
            if q_days == e_days or max(q_days, e_days) <= 7:
                drop.update(x.id for x in (e_events if q_days < e_days else q_events))
    return [e for e in events if e.id not in drop]


def drop_spoken_day_repeats(events: list[Event]) -> list[Event]:
    """A direct quote's "today" is the day it was spoken, which may be the day before
    publication: '"The coast guard is set to release the crew this afternoon," an official said'
    retells "The coast guard released the crew on Tuesday" when a narrative event of that day or
    the one before has the quote's planned deed ("release") as its verb.  The quote's event is
    dropped; a quote planning another deed ("will fly to Seoul today" beside "lodged a protest
    on Tuesday") or naming the deed only as a noun elsewhere ("The meeting was cancelled") stays.
    """
    spoken = [
        e
        for e in events
        if e.in_quote
        and e.anchor == ANCHOR_PUBLICATION
        and e.start is not None
        and e.start == e.end
        and lx.SPOKEN_DAY.fullmatch(e.date_text)
    ]
    if not spoken:
        return events
    days = {d.isoformat() for q in spoken for d in _spoken_and_eve(q)}
    by_day: dict[str, set[str]] = {}  # day -> the verb stems of its narrative events
    reach: dict[tuple[str, str], int] = {}  # (day, sentence) -> where its last date starts
    for e in events:
        if not e.in_quote and e.start in days and e.start == e.end:
            head = _head_verb(e.action).strip(lx.WORD_EDGE_MARKS)
            if head:
                by_day.setdefault(e.start, set()).add(_stem(head))
            at = e.sentence.find(e.date_text)
            key = (e.start, e.sentence)
            reach[key] = max(at, reach.get(key, 0))
    for (day, sentence), at in reach.items():  # each sentence read once, however many dates
        by_day.setdefault(day, set()).update(_verbs_before(sentence, at))
    drop: set[str] = set()
    for q in spoken:
        verb = _planned_verb(q)
        if not verb:
            continue
        if any(verb in by_day.get(d.isoformat(), ()) for d in _spoken_and_eve(q)):
            drop.add(q.id)
    return [e for e in events if e.id not in drop]


def _planned_verb(e: Event) -> str:
    """The stem of the deed a quote plans before its time expression, the nearest one: "is set
    to release the crew today" -> "releas", "we will lodge a protest this afternoon" -> "lodg";
    "" when it plans none ("will fly to Seoul today" plans "fly", not "Seoul")."""
    at = e.sentence.find(e.date_text)
    if at < 0:
        at = len(e.sentence)
    # the last words before the time expression: a plan reads "will meet today", not a page
    words = e.sentence[max(0, at - lx.PLAN_REACH) : at].lower().split()
    edge = lx.WORD_EDGE_MARKS
    for i in range(len(words) - 1, 0, -1):
        marker = words[i - 1].strip(edge)
        if (
            marker in lx.FUTURE_MARKERS
            or marker.endswith(lx.FUTURE_CONTRACTIONS)
            or marker == "to"
            and i >= 2
            and words[i - 2].strip(edge) in lx.PLAN_WORDS
        ):
            j = i  # past "also", "be": "will also summon"
            while j < len(words) - 1 and j - i < 2 and words[j].strip(edge) in lx.AUXILIARY:
                j += 1
            w = words[j].strip(edge)
            if w.isalpha() and w not in lx.AUXILIARY and w not in lx.PLAN_WORDS:
                return _stem(w)
    return ""


def _spoken_and_eve(q: Event) -> tuple[date, date]:
    """The day a quote's "today" names and the day before it."""
    day = date.fromisoformat(q.start or "")
    return day, day - timedelta(days=1)


def _verbs_before(sentence: str, at: int) -> set[str]:
    """The stems of the verbs of a narrative sentence before its date at ``at``: with the
    action's verb, what may tell the deed ("The ministry summoned the envoy, a senior diplomat,
    on Tuesday to protest ..." -> "summon"); nouns and names are no deed ("The meeting in Seoul
    was cancelled on Tuesday" -> "cancell", not "meet")."""
    edge = lx.WORD_EDGE_MARKS
    out = set()
    previous = ""
    for word in sentence[: max(at, 0)].split():
        w = word.strip(edge)
        if cl.is_verb(w, previous):
            out.add(_stem(w.lower()))
        previous = w
    return out


def _stem(word: str) -> str:
    """``word`` without one verb ending ("summoned" -> "summon", "released" -> "releas")."""
    for ending in lx.VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def drop_retold(events: list[Event]) -> list[Event]:
    """The same deed told twice ("an uncle who died in 1951" ... "Chul-su, who died at 30 in the
    winter of 1951"): same first actor, same verb, overlapping dates -- keep the first telling.
    Reporting verbs are left alone: two people can both have "said" something on Monday."""
    kept: list[Event] = []
    told: dict[tuple[str, str], Days] = {}  # (verb, first actor) -> days of the events kept
    for e in events:
        verb = _head_verb(e.action)
        if verb and e.actors and verb not in lx.REPORTING_VERBS:
            if e.start is not None and e.end is not None:
                key = (verb, e.actors[0])
                same = told.get(key)
                if same is None:  # the first telling (an undated one adds no day)
                    told[key] = Days(e.start, e.end)
                elif same.overlaps(e.start, e.end):
                    continue
                else:
                    same.add(e.start, e.end)
        kept.append(e)
    return kept


def _head_verb(action: str) -> str:
    """The main verb of an action: "will be flown to ..." -> "flown"."""
    for w in action.lower().split():
        if w not in lx.AUXILIARY:
            return w
    return ""


def _overlap(a: Event, b: Event) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start <= b.end and b.start <= a.end


def _near_relative(e: Event) -> bool:
    """Resolved against the publication date and no longer than a month."""
    return e.anchor == ANCHOR_PUBLICATION and e.start is not None and _span_days(e) <= 31


def _span_days(e: Event) -> int:
    if e.start is None or e.end is None:
        return 1 << 30
    return (date.fromisoformat(e.end) - date.fromisoformat(e.start)).days + 1


def renumber(article_id: str, events: list[Event], made: int = -1) -> tuple[Event, ...]:
    """Ids ``<article>:e1``, ``:e2``... in text order; ``made`` is how many events were
    numbered so in the first place (none dropped since: the ids stand as they are)."""
    if len(events) == made:
        return tuple(events)
    return tuple(
        e if e.id == f"{article_id}:e{n}" else dataclasses.replace(e, id=f"{article_id}:e{n}")
        for n, e in enumerate(events, 1)
    )
