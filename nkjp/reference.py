"""Pass 2 of read_cast: references that do not name their actor.

"the North", "the Japanese government", "the government", "the Abe administration", "Japan's
prime minister", "the expert", "the ministry", "the two countries", "four North Korean
defectors", "the woman".  Pronouns are nkjp/pronouns.py, speaker phrases nkjp/speakers.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from typing import TYPE_CHECKING

from nkjp import roster as rs
from nkjp.lexicon import names as lx
from nkjp.models import Mention
from nkjp.pronouns import resolve_pronoun

if TYPE_CHECKING:
    from nkjp.cast import _Reader

PERSON, ORG, COUNTRY, LOCATION, GROUP = "person", "organization", "country", "location", "group"
_NAMED_RULES_EXCLUDED = frozenset({"pronoun"})
UNNAMED = "unnamed"  # describe()'s type for a description that refers to an unnamed source
INDEFINITE_REACH = 1500  # characters a description looks back for an unnamed source
CATAPHORA_REACH = 400  # characters a description looks ahead for the person it introduces


def _words(*phrases: object) -> frozenset[str]:
    """Every lowercased word of the given phrases (strings or collections of strings)."""
    out: set[str] = set()
    for p in phrases:
        for phrase in [p] if isinstance(p, str) else p:  # type: ignore[union-attr]
            out.update(str(phrase).lower().replace("|", " ").split())
    return frozenset(out)


# Words one of which must follow a start word closely for a pattern to be tried there.
_NORTH_SOUTH = _words("north south")
_ROLE_WORDS = _words(lx.ROLE_WORDS)
_STATE_WORDS = _words(lx.STATE_NOUNS, "rule media soldiers police minister")
_DESCRIPTION_WORDS = _words(lx.DESCRIPTION_NOUNS)
_ANAPHOR_WORDS = _words(lx.ORG_ANAPHORS)
_TWO = _words("two")
_RED = _words("red")
_GOVERNMENT = _words("government administration cabinet regime")
_GROUP_WORDS = _words(lx.GROUP_NOUNS)
_UNNAMED_WORDS = _words("woman man girl boy teenager sentry")
_POLICE = _words("police")
_BODY_WORDS = _words("ministry military army navy force guard office agency media")
_GROUP_OPENERS = (
    lx.GROUP_STARTS
    - _words("police korean japanese chinese american mongolian")
    - {
        "russian",
        "north",
        "south",
    }
)
_NEEDS = (
    _NORTH_SOUTH,
    _ROLE_WORDS,
    _STATE_WORDS,
    _DESCRIPTION_WORDS,
    _ANAPHOR_WORDS,
    _TWO,
    _RED,
    _GOVERNMENT,
    _GROUP_WORDS,
    _UNNAMED_WORDS,
    _POLICE,
    _BODY_WORDS,
)
_NEED_OF: dict[str, list[frozenset[str]]] = {}
for _need in _NEEDS:
    for _w in _need:
        _NEED_OF.setdefault(_w, []).append(_need)

# Which pass-2 patterns may start at a word: 1 determiners, 2 demonyms, 4 countries, 8 groups,
# 16 Red Cross phrases.
_START_FLAGS: dict[str, int] = {}
for _bit, _starts in (
    (1, lx.DETERMINER_STARTS),
    (2, lx.DEMONYM_STARTS),
    (4, lx.COUNTRY_STARTS),
    (8, lx.GROUP_STARTS),
    (16, lx.RED_CROSS_STARTS),
):
    for _w in _starts:
        _START_FLAGS[_w] = _START_FLAGS.get(_w, 0) | _bit


def second_pass(r: _Reader) -> None:
    """Add the mentions that refer to an actor without its name."""
    first = sorted(r.mentions, key=lambda m: m.start)
    spans = sorted((m.start, m.end) for m in first)

    def free(start: int, end: int) -> bool:
        i = bisect_left(spans, (end, end))
        return not any(s < end and start < e for s, e in spans[max(0, i - 4) : i])

    def add(start: int, end: int, actor: str, kind: str, rule: str, over: bool = False) -> None:
        if r._sentence(start) >= 0 and (over or free(start, end)):
            r._add(start, end, actor, kind, rule)
            insort(spans, (start, end))

    def replace_capital(start: int, end: int) -> None:
        """Drop a capital read as a state inside a description: "the Osaka court"."""
        r.mentions[:] = [
            x
            for x in r.mentions
            if not (start <= x.start and x.end <= end and x.rule.startswith("capital"))
        ]
        spans[:] = sorted((x.start, x.end) for x in r.mentions)

    text = r.folded
    lower = r.lower
    det: list[int] = []
    dem: list[int] = []
    ctry: list[int] = []
    grp: list[int] = []
    red: list[int] = []
    for k, w in enumerate(lower):
        flags = _START_FLAGS.get(w, 0)
        if not flags:
            if w[0].isdigit():
                grp.append(k)
            continue
        for bit, bucket in ((1, det), (2, dem), (4, ctry), (8, grp), (16, red)):
            if flags & bit:
                bucket.append(k)
    role_starts = sorted(set(det) | set(dem) | set(ctry))

    hits: dict[frozenset[str], list[int]] = {need: [] for need in _NEEDS}
    for k, w in enumerate(lower):
        for need in _NEED_OF.get(w, ()):
            hits[need].append(k)

    def matches(
        pattern: re.Pattern[str], ks: list[int], need: frozenset[str] = frozenset(), window: int = 0
    ) -> list[re.Match[str]]:
        """Matches of ``pattern`` at tokens ``ks`` that have a word of ``need`` within
        ``window`` words (a cheap test before the regex)."""
        out = []
        near = hits.get(need, ())
        for k in ks:
            if need:
                i = bisect_left(near, k)
                if i == len(near) or near[i] > k + window:
                    continue
            m = pattern.match(text, r.starts[k])
            if m is not None:
                out.append(m)
        return out

    for m in matches(lx.THE_NORTH_SOUTH, det, _NORTH_SOUTH, 1):
        add(
            m.start(),
            m.end(),
            "North Korea" if m["side"] == "North" else "South Korea",
            COUNTRY,
            "the-north",
        )
    for m in matches(lx.ROLE_PHRASE, role_starts, _ROLE_WORDS, 5):
        if m["time"] and m["time"] not in ("new", "incoming"):
            continue
        who = _role_phrase(r, m, first)
        if who is not None:  # over a country it names: "Japan's prime minister"
            add(m.start(), m.end(), who, PERSON, "role", over=bool(m["poss"]))
    for m in matches(lx.DEMONYM_STATE, dem, _STATE_WORDS, 5):
        country = lx.DEMONYMS[m["adj"].lower()]
        end = m.end("noun") if text[m.end() : m.start("noun")].strip() == "" else m.end()
        add(m.start(), end, country, COUNTRY, "demonym-state", over=True)
    for m in matches(lx.DESCRIPTION, det, _DESCRIPTION_WORDS, 5):
        tail = text[m.end() : m.end() + 40]
        who = describe(r, m.start(), m["mods"], m["noun"].lower(), first, tail)
        if who is not None and who[1] != UNNAMED:
            add(m.start(), m.end(), who[0], who[1], "description")
    for m in matches(lx.COUNTRY_MINISTRY, role_starts, _BODY_WORDS, 4):
        demonym = m["dem"] or lx.COUNTRY_DEMONYM[m["country"]]
        body = " ".join(m["ministry"].split())
        body = body.title() if body.lower().endswith("ministry") else body.lower()
        add(m.start(), m.end(), f"{demonym} {body}", ORG, "country-body", over=True)
    for m in matches(lx.LOWER_MINISTRY, det, _BODY_WORDS, 2):
        name = " ".join(m["ministry"].split()).title()  # "the unification ministry"
        add(m.start(), m.end(), name, ORG, "ministry")
    for m in matches(lx.ORG_ANAPHOR, det, _ANAPHOR_WORDS, 3):
        who = _org_anaphor(m["noun"].lower(), m.start(), first, m["mod"], m["det"].lower())
        if who is not None:
            if m["mod"] and m["mod"][0].isupper():
                replace_capital(m.start(), m.end())
            add(m.start(), m.end(), who, ORG, "org-anaphor")
    people = [x for x in first if x.type == PERSON]
    people_at = {x.start for x in people}
    for m in matches(
        lx.LEADER_GOVERNMENT, [k for k, p in enumerate(r.starts) if p in people_at], _GOVERNMENT, 2
    ):
        person = next(x for x in people if x.start == m.start())
        entry = r.roster.entries.get(person.actor)
        if entry and entry.get("country"):
            add(m.end("name") + 1, m.end(), entry["country"], COUNTRY, "leader-government")
    for m in matches(lx.THE_TWO, det, _TWO, 1):
        if m["noun"] in lx.TWO_PEOPLE:  # "the two leaders": the last two people named
            for person in _last_two(r, m.start(), PERSON):
                add(m.start(), m.end(), person, PERSON, "the-two", over=True)
            continue
        for country in _last_two_countries(r, m.start(), m["noun"]):
            add(m.start(), m.end(), country, COUNTRY, "the-two", over=True)
    for m in matches(lx.RED_CROSS_OF, red, _RED, 6):
        if m["koreas"] or m["koreas2"]:
            names = ["North Korea", "South Korea"]
        else:
            names = [n for n in (m["a"], m["b"], m["c"]) if n]
            names += [lx.DEMONYMS[d.lower()] for d in (m["d1"], m["d2"]) if d]
        for country in names:
            society = _red_cross(r, country)
            if society is not None:
                add(m.start(), m.end(), society, ORG, "red-cross-of", over=True)
    for x in first:
        words = x.actor.split()
        if x.rule == "run" and len(words) > 1 and words[1].lower() in lx.STATE_BODY_HEADS:
            country = lx.DEMONYMS.get(words[0].lower()) or r.roster.by_form.get(rs.fold(words[0]))
            if country:
                add(x.start, x.start + len(words[0]), country, COUNTRY, "state-body", over=True)
    groups(r, add, matches, grp)
    bare = matches(lx.BARE_GOVERNMENT, det, _GOVERNMENT, 1)
    home = _home(r) if bare else None
    if home is not None:
        for m in bare:
            add(m.start(), m.end(), home, COUNTRY, "the-government")


def _red_cross(r: _Reader, country: str) -> str | None:
    """The lexicon's Red Cross society of ``country``."""
    country = {"Korea": "South Korea"}.get(country, country)
    for name, entry in r.roster.entries.items():
        if entry.get("country") == country and "Red Cross" in name and entry["type"] == ORG:
            return name
    return None


def _last_two(r: _Reader, pos: int, kind: str) -> list[str]:
    """The last two distinct named actors of ``kind`` before ``pos``, in text order."""
    seen: list[str] = []
    for x in sorted(r.mentions, key=lambda x: -x.start):
        if x.start < pos and x.type == kind and x.rule != "unnamed" and x.actor not in seen:
            seen.append(x.actor)
            if len(seen) == 2:
                return seen[::-1]
    return []


def _last_two_countries(r: _Reader, pos: int, noun: str) -> list[str]:
    """The two states "the two countries" at ``pos`` stands for: the last two named before."""
    if noun == "Koreas":
        return ["North Korea", "South Korea"]
    seen: list[str] = []
    for x in sorted(r.mentions, key=lambda x: -x.start):
        if x.start >= pos:
            continue
        country = x.actor if x.type == COUNTRY else None
        if x.type == ORG:  # "the Japanese Red Cross ... talks between the two nations"
            country = r.roster.entries.get(x.actor, {}).get("country")
        if country and country not in seen:
            seen.append(country)
            if len(seen) == 2:
                return sorted(seen)
    return []


def groups(r: _Reader, add, matches, starts: list[int]) -> None:  # noqa: ANN001
    """Unnamed people as actors: "four North Korean defectors", "the woman", "police"."""
    for pattern, kind, need, window in (
        (lx.GROUP_PHRASE, GROUP, _GROUP_WORDS, 7),
        (lx.UNNAMED_PERSON, PERSON, _UNNAMED_WORDS, 2),
        (lx.POLICE, GROUP, _POLICE, 1),
    ):
        for m in matches(pattern, starts, need, window):
            phrase = " ".join(r.text[m.start() : m.end()].split())
            if phrase.split()[0].lower() in _GROUP_OPENERS:
                phrase = phrase[0].lower() + phrase[1:]  # "The woman" -> "the woman"
            add(m.start(), m.end(), phrase, kind, "unnamed")
            r.unnamed.add(phrase)


def _home(r: _Reader) -> str | None:
    """The country whose government "the government" is: the one the article talks of most
    (a Tokyo paper's "the government" is Japan's, a Seoul paper's South Korea's)."""
    counts = dict.fromkeys(lx.HOME_WORDS, 0)
    for k, w in enumerate(r.lower):
        for country, words in lx.HOME_WORDS.items():
            if w in words:
                counts[country] += 1
        if w == "south" and k + 1 < len(r.lower) and r.lower[k + 1] in ("korea", "korean"):
            counts["South Korea"] += 1
    best = max((n, c) for c, n in counts.items())
    return best[1] if best[0] else None


def _country_of(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w in lx.DEMONYMS:
        return lx.DEMONYMS[w]
    if w.startswith("the "):
        w = w[4:]
        if w in ("north", "south"):
            return "North Korea" if w == "north" else "South Korea"
    return rs.roster().by_form.get(rs.fold(w))


def _role_phrase(r: _Reader, m, mentions: Sequence[Mention]) -> str | None:  # noqa: ANN001
    """The holder of "Japan's prime minister", "the North Korean leader", "the president"."""
    role_word = m["role"].lower()
    country = _country_of(m["poss"] or m["adj"] or m["adj2"])
    for x in reversed(mentions):
        if x.start >= m.start():
            continue
        if x.type == PERSON and r.roles.get(x.actor, set()) & {role_word}:
            entry = r.roster.entries.get(x.actor)
            if country is None or entry is None or entry.get("country") == country:
                return x.actor
    if r.published is None:
        return None
    return rs.role_holder(lx.ROLE_WORDS[role_word], country, r.published)


def describe(
    r: _Reader,
    pos: int,
    mods: str,
    noun: str,
    mentions: Sequence[Mention],
    tail: str = "",
) -> tuple[str, str] | None:
    """Who a definite description ("the expert", "the top government spokesman") refers to:
    the latest person before ``pos`` whose title or appositive fits its noun; else, for a role
    noun, the role's holder on the publication date."""
    mods = " ".join(mods.split())
    full = f"{mods} {noun}".strip().lower()
    for phrase in (full, " ".join(full.split()[-2:]), noun):
        if phrase in lx.DESCRIPTION_ROLES:
            role, country = lx.DESCRIPTION_ROLES[phrase]
            for x in reversed(mentions):
                if x.start < pos and x.type == PERSON and role in r.roles.get(x.actor, ()):
                    return x.actor, PERSON
            holder = rs.role_holder(role, country, r.published) if r.published else None
            return (holder, PERSON) if holder else None
    fits = lx.DESCRIPTION_NOUNS.get(noun)
    if fits is None:
        return None
    country = None
    for dem, c in lx.DEMONYMS.items():
        if dem in mods.lower().split() or f" {dem} " in f" {mods.lower()} ":
            country = c
    of = lx.ROLE_OF_COUNTRY.search(tail[:40]) if tail else None
    if of is not None and country is None:
        country = _country_of(of["country"])
    unnamed = _indefinite_before(r, pos, noun)
    for x in reversed(mentions):
        if x.start >= pos or x.type != PERSON or x.rule in _NAMED_RULES_EXCLUDED:
            continue
        if unnamed is not None and x.start < unnamed[0]:
            break  # "a Chinese official told ... the official added": that one, unnamed
        if r.roles.get(x.actor, set()) & fits:
            if country is not None and _person_country(r, x.actor) not in (None, country):
                continue
            return x.actor, PERSON
    if unnamed is not None:
        return unnamed[1], UNNAMED
    spouse = _spouse(r, pos, noun)
    if spouse is not None:
        return spouse, PERSON
    if noun in lx.ROLE_WORDS and country is not None and r.published is not None:
        holder = rs.role_holder(lx.ROLE_WORDS[noun], country, r.published)
        if holder:
            return holder, PERSON
    # named just after: "its president claimed ... Batbayar Dorj, the firm's president"
    for x in mentions:
        if x.start > pos + CATAPHORA_REACH:
            break
        if x.start > pos and x.type == PERSON and r.roles.get(x.actor, set()) & fits:
            return x.actor, PERSON
    return None


def _spouse(r: _Reader, pos: int, noun: str) -> str | None:
    """ "her husband" / "his wife": the other person of the owner's family name met so far
    (Shigeru and Sakie Yokota); not for Korean names, where wives keep their own."""
    det = r.folded[pos : pos + 4].lower()
    owner_gender = {"her ": "f", "his ": "m"}.get(det)
    if owner_gender is None or noun not in ("wife", "husband"):
        return None
    owner = resolve_pronoun(r, pos, owner_gender)
    if owner is None:
        return None
    for people in r.families.values():
        if owner in people:
            others = [p for p in people if p != owner and r.gender.get(p) != owner_gender]
            if len(others) == 1:
                return others[0]
    return None


def _indefinite_before(r: _Reader, pos: int, noun: str) -> tuple[int, str] | None:
    """The latest unnamed source before ``pos`` introduced with ``noun``: "a South Korean
    official" for a later "the official"."""
    last = None
    for m in lx.INDEFINITE_DESCRIPTION.finditer(r.folded, max(0, pos - INDEFINITE_REACH), pos):
        if m["noun"].lower() != noun:
            continue
        before = lx.PREDICATE_BEFORE.search(r.folded, max(0, m.start() - 20), m.start())
        if before is not None and (
            before.group().strip() != "," or _person_ends(r, before.start())
        ):
            continue  # "Tanabe, an analyst at ...", "Kim is an official": the named person
        last = (m.start(), " ".join(r.text[m.start() : m.end()].split()))
    return last


def _person_ends(r: _Reader, pos: int) -> bool:
    """Whether a person's name ends at ``pos`` ("Hiroshi Tanabe|, an analyst")."""
    return any(x.type == PERSON and pos - 2 <= x.end <= pos for x in r.mentions)


def _person_country(r: _Reader, name: str) -> str | None:
    entry = r.roster.entries.get(name)
    if entry is not None:
        return entry.get("country")
    return r.person_country.get(name)


def _org_anaphor(
    noun: str, pos: int, mentions: Sequence[Mention], mod: str | None = None, det: str = "the"
) -> str | None:
    """The body "the ministry" / "the Osaka court" refers back to; "an Osaka court" (first
    mention, named later in the article) refers forward to the first one that fits."""
    heads = lx.ORG_ANAPHORS[noun]

    def fits(x: Mention) -> bool:
        if x.type not in (ORG, GROUP):
            return False
        words = x.actor.lower().replace(".", "").split()
        if not words or not (words[-1] in heads or words[0] in heads or noun in x.actor.lower()):
            return False
        return not (mod and mod[0].isupper() and mod.lower() not in words and det == "a")

    if det == "a":  # only "An Osaka court": a place-qualified body named later in the article
        if not (mod and mod[0].isupper()):
            return None
        return next((x.actor for x in mentions if x.start > pos and fits(x)), None)
    for x in reversed(mentions):
        if x.start < pos and fits(x):
            return x.actor
    return None
