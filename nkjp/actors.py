"""Mentions -> canonical actors, coreference inside an article, and --actor matching.

The public face of the actors stage, and the only importer of rapidfuzz (for queries only; the
per-article reading in nkjp/cast.py and nkjp/reference.py never calls it).

- ``read_cast(text, sentences, published, quoted) -> Cast``: every mention, ``Cast.speaker``,
  ``Cast.actors_in``.
- ``load_lexicon()``, ``lexicon_entry(name)``, ``role_holder(role, country, on)``: the lexicon.
- ``match_actors(query, names)``, ``closest_actors(query, names, n)``: ``--actor``/``--source``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from nkjp.cast import Cast, read_cast
from nkjp.roster import fold, role_holder, roster

__all__ = [
    "Cast",
    "FUZZY_THRESHOLD",
    "closest_actors",
    "lexicon_entry",
    "load_lexicon",
    "match_actors",
    "read_cast",
    "role_holder",
]

# The one threshold for typo tolerance: rapidfuzz ratio (0-100) between the query and a name,
# alias or name part.  "Kishda" / "kishida" scores 92; "Kim" / "Kin" (67) is no match.
FUZZY_THRESHOLD = 85
# Queries shorter than this are never matched fuzzily ("Lee" must not find "Li").
FUZZY_MIN_LENGTH = 4
# Name parts too common to pick anyone out: "--actor of" must not list every ministry.
_PART_STOP = frozenset({"of", "the", "and", "for", "de", "s", "in", "on"})


def load_lexicon() -> tuple[dict[str, Any], ...]:
    """Every lexicon entry (name, type, aliases, roles, ...), as shipped in nkjp/data."""
    return tuple(roster().entries.values())


def lexicon_entry(name: str) -> dict[str, Any] | None:
    """The lexicon entry of a canonical name or alias ("KCNA", "Kim Jong-un"), or None."""
    r = roster()
    canonical = r.by_form.get(fold(name))
    entry = r.entries.get(canonical) if canonical else None
    if entry is not None and fold(name) in {fold(c) for c in entry.get("capital", ())}:
        # "Tokyo" as a name is the city (a location actor); as an alias it stands for Japan
        capital = entry["capital"]
        return {"name": capital[0], "type": "location", "aliases": capital[1:], "roles": []}
    return entry


def _forms(name: str) -> list[str]:
    """Folded name, aliases and their lexicon form of one actor name."""
    entry = lexicon_entry(name)
    forms = [fold(name)]
    if entry is not None:
        forms += [fold(entry["name"]), *(fold(a) for a in entry.get("aliases", ()))]
    return list(dict.fromkeys(forms))


def _roles(name: str) -> set[str]:
    entry = lexicon_entry(name)
    if entry is None:
        return set()
    out = set()
    for r in entry.get("roles", ()):
        out.add(fold(r["title"]))
        if r.get("country"):
            c = fold(r["country"])
            out.add(f"{c} {fold(r['title'])}")
            out.add(f"{c}'s {fold(r['title'])}")
    return out


def match_actors(query: str, names: Iterable[str]) -> list[str]:
    """The names ``query`` picks out, in the order given: case-insensitive match on the
    canonical name, an alias, a single name part ("Kim"), a run of name parts ("Jong Un") or a
    role title ("prime minister"); failing all that, names within ``FUZZY_THRESHOLD`` of it
    ("Kishda" -> Fumio Kishida)."""
    q = fold(query)
    if not q:
        return []
    names = list(dict.fromkeys(names))
    exact, parts = [], []
    for name in names:
        forms = _forms(name)
        if q in forms or q in _roles(name):
            exact.append(name)
        elif any(f" {q} " in f" {f} " for f in forms) and q not in _PART_STOP:
            parts.append(name)
    if exact or parts:
        return exact + parts
    if len(q) < FUZZY_MIN_LENGTH:
        return []
    from rapidfuzz import fuzz

    out = []
    for name in names:
        cands = _forms(name)
        cands += [p for f in cands for p in f.split() if len(p) >= FUZZY_MIN_LENGTH]
        if max(fuzz.ratio(q, c) for c in cands) >= FUZZY_THRESHOLD:
            out.append(name)
    return out


def closest_actors(query: str, names: Iterable[str], n: int = 3) -> list[str]:
    """The ``n`` names closest to ``query`` (for "did you mean" messages), best first."""
    from rapidfuzz import fuzz

    q = fold(query)
    scored = []
    for name in dict.fromkeys(names):
        cands = _forms(name)
        cands += [p for f in cands for p in f.split()]
        score = max(max(fuzz.ratio(q, c), fuzz.WRatio(q, c)) for c in cands)
        scored.append((-score, name.casefold(), name))
    scored.sort()
    return [name for _, _, name in scored[:n]]
