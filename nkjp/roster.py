"""The actor lexicon (nkjp/data/actors.json), indexed once for the per-article hot path.

Each entry: ``name`` (canonical), ``type``, ``aliases``, ``roles`` ({title, country, start,
end}), optionally ``country``, ``gender`` and, for countries, ``capital`` (the aliases that are
the capital city: "Tokyo" stands for Japan, or is a place).  A role holds from ``start`` up to
the day before ``end``: the day of a change belongs to the successor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from nkjp.lexicon import names as lx

# Countries whose people write the family name first: "Kim Jong Un" is Mr. Kim, "Xi Jinping"
# Mr. Xi; everyone else's family name is last ("Fumio Kishida" is Mr. Kishida).
FAMILY_FIRST = frozenset({"North Korea", "South Korea", "China"})


@dataclass(frozen=True, slots=True)
class Alias:
    """One written form of an entry, as tokens and the separators between them."""

    tokens: tuple[str, ...]  # lowercased words
    exact: tuple[bool, ...]  # per token: must the case match exactly (acronyms: "AP", "UN")
    upper: tuple[bool, ...]  # per token: must it start with a capital
    seps: tuple[str, ...]  # separators between tokens, noise removed ("." in "N. Korea")
    name: str  # canonical name
    capital: bool  # the capital city of a country ("Tokyo")


@dataclass
class Roster:
    """The lexicon, indexed: entries by folded name, aliases by first token, people by surname."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # canonical -> entry
    by_form: dict[str, str] = field(default_factory=dict)  # folded name/alias -> canonical
    by_first: dict[str, list[Alias]] = field(default_factory=dict)  # first token -> aliases
    by_surname: dict[str, list[str]] = field(default_factory=dict)  # family name -> people
    # first token -> the token counts of its aliases, longest first; tokens -> aliases
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_tokens: dict[tuple[str, ...], list[Alias]] = field(default_factory=dict)
    # the same as a tree of tokens: first token -> (its aliases, next token -> (...)), so that
    # the aliases at a word are found by walking the words after it ("North" -> "Korea" ->
    # "'s"? no): one step per word that can continue an alias, no tuple per length tried
    tree: dict[str, AliasNode] = field(default_factory=dict)
    # how a few words are written -> the aliases written so, longest first: filled as articles
    # are read (nkjp/cast.py _aliases_at); "Japan" followed by a space is always Japan
    written: dict[tuple, list[Alias]] = field(default_factory=dict)


# The aliases whose tokens are the path to a node, and the nodes below it by next token.
AliasNode = tuple[list[Alias], dict[str, "AliasNode"]]


def fold(s: str) -> str:
    """Lowercase, macrons and curly apostrophes folded, hyphens as spaces: the query key."""
    s = s.translate(lx.FOLD).lower().replace("-", " ")
    return " ".join(s.split())


def tokenize(s: str) -> tuple[list[str], list[str]]:
    """Words of ``s`` and the noise-free separators between them."""
    words, seps = [], []
    last = None
    for m in lx.WORD.finditer(s):
        if last is not None:
            seps.append(lx.SEPARATOR_NOISE.sub("", s[last : m.start()]))
        words.append(m.group())
        last = m.end()
    return words, seps


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name, folded ("Shinzō Abe" -> ("Shinzo", "Abe")); cached."""
    return tuple(tokenize(name.translate(lx.FOLD))[0])


@lru_cache(maxsize=4096)
def family_name(name: str, country: str | None) -> str:
    """The family name of a person's canonical name, lowercased."""
    words, _ = tokenize(name.translate(lx.FOLD))
    if not words:
        return ""
    if country in FAMILY_FIRST and len(words) > 1:
        return words[0].lower()
    if words[-1].lower() in {"jr", "sr", "ii", "iii"} and len(words) > 1:
        return words[-2].lower()
    return words[-1].lower()


def _alias(form: str, entry: dict[str, Any]) -> Alias | None:
    words, seps = tokenize(form.translate(lx.FOLD))
    if not words or words[0][0].islower():
        return None  # "the North": found by its own pattern (lexicon.names.THE_NORTH_SOUTH)
    person = entry["type"] == "person"
    exact = tuple(len(w) > 1 and w.isupper() and "." not in w for w in words)
    upper = tuple(w[0].isupper() and not (person and i > 0) for i, w in enumerate(words))
    return Alias(
        tuple(w.lower() for w in words),
        exact,
        upper,
        tuple(seps),
        entry["name"],
        form in entry.get("capital", ()),
    )


def _forms(entry: dict[str, Any]) -> list[str]:
    forms = [entry["name"], *entry.get("aliases", ())]
    if entry["type"] == "person" and entry.get("country") == "Japan":
        # NHK writes Japanese names family name first: "Motegi Toshimitsu".
        for f in list(forms):
            parts = f.split()
            if len(parts) == 2:
                forms.append(f"{parts[1]} {parts[0]}")
    return forms


@cache
def roster() -> Roster:
    """The lexicon, loaded from the package data and indexed (once per process)."""
    raw = resources.files("nkjp.data").joinpath("actors.json").read_text(encoding="utf-8")
    r = Roster()
    for entry in json.loads(raw):
        name = entry["name"]
        r.entries[name] = entry
        for form in _forms(entry):
            r.by_form.setdefault(fold(form), name)
            alias = _alias(form, entry)
            if alias is not None:
                r.by_first.setdefault(alias.tokens[0], []).append(alias)
        if entry["type"] == "person":
            r.by_surname.setdefault(family_name(name, entry.get("country")), []).append(name)
    for first, aliases in r.by_first.items():
        aliases.sort(key=lambda a: -len(a.tokens))
        r.lengths[first] = tuple(sorted({len(a.tokens) for a in aliases}, reverse=True))
        for a in aliases:
            r.by_tokens.setdefault(a.tokens, []).append(a)
    for tokens, aliases in r.by_tokens.items():
        below = r.tree
        for t in tokens[:-1]:
            below = below.setdefault(t, ([], {}))[1]
        below.setdefault(tokens[-1], ([], {}))[0].extend(aliases)
    return r


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@cache
def _terms() -> dict[str, tuple[tuple[dict[str, Any], date | None, date | None], ...]]:
    """Every entry's roles with their dates parsed once: name -> ((role, start, end), ...)."""
    return {
        name: tuple((r, _day(r.get("start")), _day(r.get("end"))) for r in e.get("roles", ()))
        for name, e in roster().entries.items()
    }


@cache
def _holders() -> dict[str, tuple[tuple[str, str | None, date | None, date | None], ...]]:
    """Every role by title, in lexicon order: title -> ((name, country, start, end), ...)."""
    out: dict[str, list[tuple[str, str | None, date | None, date | None]]] = {}
    for name, terms in _terms().items():
        for r, start, end in terms:
            out.setdefault(r["title"], []).append((name, r.get("country"), start, end))
    return {title: tuple(held) for title, held in out.items()}


def holds(role: dict[str, Any], on: date) -> bool:
    """Whether ``role`` was held on ``on`` (start inclusive, end exclusive)."""
    start, end = _day(role.get("start")), _day(role.get("end"))
    return (start is None or start <= on) and (end is None or on < end)


def role_holder(role: str, country: str | None, on: date) -> str | None:
    """Who held ``role`` ("prime minister") of ``country`` on ``on``; None when nobody known
    or, with no country given, when holders of several countries qualify."""
    role = role.lower().strip()
    found: dict[str, None] = {}
    for name, held_for, start, end in _holders().get(role, ()):
        if country is not None and held_for != country:
            continue
        if (start is None or start <= on) and (end is None or on < end):
            found.setdefault(name)
    return next(iter(found)) if len(found) == 1 else None


def active_roles(name: str, on: date | None) -> list[dict[str, Any]]:
    """The roles of lexicon entry ``name`` held on ``on`` (all of them when ``on`` is None)."""
    return [
        r
        for r, start, end in _terms().get(name, ())
        if on is None or ((start is None or start <= on) and (end is None or on < end))
    ]
