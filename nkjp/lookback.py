"""Look-backs of pass 2 (nkjp/reference.py): what "the two countries" and "the two leaders"
stand for (the last two states or people named), and a country's Red Cross society.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from nkjp import roster as rs
from nkjp.models import Mention

if TYPE_CHECKING:
    from nkjp.cast import _Reader

PERSON, ORG, COUNTRY = "person", "organization", "country"
TWO_LOOKBACK = 300  # mentions "the two countries" looks back over for the two it stands for


def red_cross(r: _Reader, country: str) -> str | None:
    """The lexicon's Red Cross society of ``country``."""
    return _red_cross_of({"Korea": "South Korea"}.get(country, country))


@lru_cache(maxsize=64)
def _red_cross_of(country: str) -> str | None:
    for name, entry in rs.roster().entries.items():
        if entry.get("country") == country and "Red Cross" in name and entry["type"] == ORG:
            return name
    return None


def _before(r: _Reader, pos: int) -> Iterator[Mention]:
    """The mentions found so far that start before ``pos``, latest first (those at one offset
    in the order found), at most ``TWO_LOOKBACK`` of them.  Sorted once; the few added after
    that (in text order, as "the two" phrases are read) are merged in."""
    snap = r.before_snapshot
    if snap is not None:
        n, starts, items, extra, extra_starts = snap
        for x in r.mentions[n + len(extra) :]:
            if extra_starts and x.start < extra_starts[-1]:
                snap = None  # not in text order: sort again
                break
            extra.append(x)
            extra_starts.append(x.start)
    if snap is None:
        dropped = r.dropped
        order = sorted(range(len(r.mentions)), key=lambda k: (r.mentions[k].start, -k))
        items = [r.mentions[k] for k in order if id(r.mentions[k]) not in dropped]
        snap = (len(r.mentions), [m.start for m in items], items, [], [])
        r.before_snapshot = snap
    n, starts, items, extra, extra_starts = snap
    i = bisect_left(starts, pos) - 1
    j = bisect_left(extra_starts, pos) - 1
    given = 0
    while given < TWO_LOOKBACK:
        if i >= 0 and (j < 0 or starts[i] >= extra_starts[j]):
            yield items[i]
            i -= 1
            given += 1
        elif j >= 0:
            # those added at one offset in the order added: "the two countries" -> two states
            lo = bisect_left(extra_starts, extra_starts[j])
            yield from extra[lo : j + 1]
            given += j + 1 - lo
            j = lo - 1
        else:
            return


def last_two(r: _Reader, pos: int, kind: str) -> list[str]:
    """The last two distinct named actors of ``kind`` before ``pos``, in text order."""
    seen: list[str] = []
    for x in _before(r, pos):
        if x.type == kind and x.rule != "unnamed" and x.actor not in seen:
            seen.append(x.actor)
            if len(seen) == 2:
                return seen[::-1]
    return []


def last_two_countries(r: _Reader, pos: int, noun: str) -> list[str]:
    """The two states "the two countries" at ``pos`` stands for: the last two named before."""
    if noun == "Koreas":
        return ["North Korea", "South Korea"]
    seen: list[str] = []
    for x in _before(r, pos):
        country = x.actor if x.type == COUNTRY else None
        if x.type == ORG:  # "the Japanese Red Cross ... talks between the two nations"
            country = r.roster.entries.get(x.actor, {}).get("country")
        if country and country not in seen:
            seen.append(country)
            if len(seen) == 2:
                return sorted(seen)
    return []
