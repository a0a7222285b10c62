"""Pass 2 of read_cast: references that do not name their actor.

"the North", "the Japanese government", "the government", "the Abe administration", "Japan's
prime minister", "the expert", "the ministry", "the two countries", "four North Korean
defectors", "the woman".  Pronouns are nkjp/pronouns.py, speaker phrases nkjp/speakers.py;
where each pattern is tried (the words it starts at and needs nearby) nkjp/reference_scan.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from nkjp import reference_scan as scan
from nkjp import roster as rs
from nkjp.lexicon import references as lref
from nkjp.lexicon import roles as lr
from nkjp.lookback import last_two, last_two_countries, red_cross
from nkjp.models import Mention
from nkjp.pronouns import indefinite_at, resolve_pronoun
from nkjp.reference_scan import words_of

if TYPE_CHECKING:
    from nkjp.cast import _Reader

PERSON, ORG, COUNTRY, LOCATION, GROUP = "person", "organization", "country", "location", "group"
_NAMED_RULES_EXCLUDED = frozenset({"pronoun"})
UNNAMED = "unnamed"  # describe()'s type for a description that refers to an unnamed source
INDEFINITE_REACH = 1500  # characters a description looks back for an unnamed source
CATAPHORA_REACH = 400  # characters a description looks ahead for the person it introduces
# The words the reader indexes (cast._Reader._tokenize): see nkjp/reference_scan.py.
INDEXED_WORDS = scan.INDEXED_WORDS
_start_of, _end_of = attrgetter("start"), attrgetter("end")


POLICE_ACTOR = "police"  # the actor of "Police said", "police said", "the police said"
# First words of group phrases that are common words, lowercased in the actor's name
_GROUP_OPENERS = (
    lref.GROUP_STARTS
    - words_of("police korean japanese chinese american mongolian")
    - {
        "russian",
        "north",
        "south",
    }
)


def second_pass(r: _Reader) -> None:
    """Add the mentions that refer to an actor without its name."""
    first = sorted(r.mentions, key=_start_of)
    spans = sorted(zip(map(_start_of, first), map(_end_of, first), strict=True))

    def free(start: int, end: int) -> bool:
        i = bisect_left(spans, (end, end))
        for s, e in spans[max(0, i - 4) : i]:
            if s < end and start < e:
                return False
        return True

    def add(start: int, end: int, actor: str, kind: str, rule: str, over: bool = False) -> None:
        if r._sentence(start) >= 0 and (over or free(start, end)):
            r._add(start, end, actor, kind, rule)
            insort(spans, (start, end))

    # capitals read in pass 1, by start, for replace_capital
    capitals = [x for x in first if x.rule.startswith("capital")]
    capital_starts = [x.start for x in capitals]
    dropped = r.dropped  # id() of the mentions replace_capital took back

    def replace_capital(start: int, end: int) -> None:
        """Drop a capital read as a state inside a description: "the Osaka court"."""
        for k in range(bisect_left(capital_starts, start), bisect_left(capital_starts, end)):
            x = capitals[k]
            if x.end <= end and id(x) not in dropped:
                dropped.add(id(x))
                del spans[bisect_left(spans, (x.start, x.end))]
                r.before_snapshot = None

    text = r.folded
    found = scan.family_matches(r)

    for m in found[scan.THE_NORTH]:
        add(
            m.start(),
            m.end(),
            "North Korea" if m["side"] == "North" else "South Korea",
            COUNTRY,
            "the-north",
        )
    for m in found[scan.ROLE]:
        if m["time"] and m["time"] not in ("new", "incoming"):
            continue
        who = _role_phrase(r, m, first)
        if who is not None:  # over a country it names: "Japan's prime minister"
            add(m.start(), m.end(), who, PERSON, "role", over=bool(m["poss"]))
    for m in found[scan.DEMONYM_STATE]:
        country = lr.DEMONYMS[m["adj"].lower()]
        end = m.end("noun") if text[m.end() : m.start("noun")].strip() == "" else m.end()
        add(m.start(), end, country, COUNTRY, "demonym-state", over=True)
    for m in found[scan.DESCRIPTION]:
        tail = text[m.end() : m.end() + 40]
        who = describe(r, m.start(), m["mods"], m["noun"].lower(), first, tail)
        if who is not None and who[1] != UNNAMED:
            add(m.start(), m.end(), who[0], who[1], "description")
    for m in found[scan.COUNTRY_BODY]:
        demonym = m["dem"] or lref.COUNTRY_DEMONYM[m["country"]]
        body = " ".join(m["ministry"].split())
        body = body.title() if body.lower().endswith("ministry") else body.lower()
        add(m.start(), m.end(), f"{demonym} {body}", ORG, "country-body", over=True)
    for m in found[scan.LOWER_MINISTRY]:
        name = " ".join(m["ministry"].split()).title()  # "the unification ministry"
        add(m.start(), m.end(), name, ORG, "ministry")
    for m in found[scan.ORG_ANAPHOR]:
        who = _org_anaphor(r, m["noun"].lower(), m.start(), first, m["mod"], m["det"].lower())
        if who is not None:
            if m["mod"] and m["mod"][0].isupper():
                replace_capital(m.start(), m.end())
            add(m.start(), m.end(), who, ORG, "org-anaphor")
    for m, person in _leader_matches(r, first):
        entry = r.roster.entries.get(person.actor)
        if entry and entry.get("country"):
            add(m.end("name") + 1, m.end(), entry["country"], COUNTRY, "leader-government")
    for m in found[scan.THE_TWO]:
        if m["noun"] in lref.TWO_PEOPLE:  # "the two leaders": the last two people named
            for person in last_two(r, m.start(), PERSON):
                add(m.start(), m.end(), person, PERSON, "the-two", over=True)
            continue
        for country in last_two_countries(r, m.start(), m["noun"]):
            add(m.start(), m.end(), country, COUNTRY, "the-two", over=True)
    for m in found[scan.RED_CROSS]:
        if m["koreas"] or m["koreas2"]:
            names = ["North Korea", "South Korea"]
        else:
            names = [n for n in (m["a"], m["b"], m["c"]) if n]
            names += [lr.DEMONYMS[d.lower()] for d in (m["d1"], m["d2"]) if d]
        for country in names:
            society = red_cross(r, country)
            if society is not None:
                add(m.start(), m.end(), society, ORG, "red-cross-of", over=True)
    for x in first:
        if x.rule != "run":
            continue
        words = x.actor.split()
        if len(words) > 1 and words[1].lower() in lref.STATE_BODY_HEADS:
            country = lr.DEMONYMS.get(words[0].lower()) or r.roster.by_form.get(rs.fold(words[0]))
            if country:
                add(x.start, x.start + len(words[0]), country, COUNTRY, "state-body", over=True)
    groups(r, add, found)
    bare = found[scan.BARE_GOVERNMENT]
    home = _home(r) if bare else None
    if home is not None:
        for m in bare:
            add(m.start(), m.end(), home, COUNTRY, "the-government")
    if dropped:
        r.mentions[:] = [x for x in r.mentions if id(x) not in dropped]


def groups(r: _Reader, add, found: list[list[re.Match[str]]]) -> None:  # noqa: ANN001
    """Unnamed people as actors: "four North Korean defectors", "the woman", "police", "the
    women" (the group named before with that noun, else itself)."""
    by_noun: dict[str, tuple[list[int], list[str]]] = {}  # noun -> groups' starts, actors
    definite = found[scan.DEFINITE_GROUP]  # (by_noun is kept only for them)
    for family, kind in ((scan.GROUP, GROUP), (scan.UNNAMED, PERSON), (scan.POLICE, GROUP)):
        for m in found[family]:
            if family == scan.POLICE:
                # one actor however written: "Police said", "police said", "the police said"
                phrase = POLICE_ACTOR
            else:
                phrase = " ".join(r.text[m.start() : m.end()].split())
            if phrase.split()[0].lower() in _GROUP_OPENERS:
                # a common noun's name does not depend on its opening a sentence: "The woman"
                # -> "the woman", "Some officials" -> "some officials" (not "Japanese women")
                phrase = phrase[0].lower() + phrase[1:]
            n = len(r.mentions)
            add(m.start(), m.end(), phrase, kind, "unnamed")
            r.unnamed.add(phrase)
            if definite and family == scan.GROUP and len(r.mentions) > n:
                starts, actors = by_noun.setdefault(m["noun"].lower(), ([], []))
                starts.append(m.start())
                actors.append(phrase)
    for m in definite:
        starts, actors = by_noun.get(m["noun"].lower(), ((), ()))
        i = bisect_left(starts, m.start())
        if i and m["mod"] not in lref.OTHER_GROUP_MODS:
            add(m.start(), m.end(), actors[i - 1], GROUP, "group-anaphor")
            continue
        phrase = "t" + " ".join(r.text[m.start() + 1 : m.end()].split())  # "The lawyers"
        add(m.start(), m.end(), phrase, GROUP, "unnamed")
        r.unnamed.add(phrase)


def _leader_matches(r: _Reader, mentions: Sequence[Mention]) -> list[tuple[re.Match[str], Mention]]:
    """LEADER_GOVERNMENT ("Kishida's government") at the tokens where a person mention starts
    that have "government" (or the like) within two words, in text order, with that person
    (the first of ``mentions`` starting there)."""
    hs = r.occurrences(scan.GOVERNMENT_WORDS)
    if not hs:
        return []
    person_at: dict[int, Mention] = {}
    for x in mentions:
        if x.type == PERSON:
            person_at.setdefault(x.start, x)
    starts = r.starts
    ks = sorted({k for h in hs for k in range(max(0, h - 2), h + 1) if starts[k] in person_at})
    at = lr.LEADER_GOVERNMENT.match
    return [(m, person_at[m.start()]) for m in (at(r.folded, starts[k]) for k in ks) if m]


def _home(r: _Reader) -> str | None:
    """The country whose government "the government" is: the one the article talks of most
    (a Tokyo paper's "the government" is Japan's, a Seoul paper's South Korea's)."""
    counts = {c: len(r.occurrences(words)) for c, words in lref.HOME_WORDS.items()}
    for k in r.occurrences(("south",)):
        if k + 1 < len(r.lower) and r.lower[k + 1] in ("korea", "korean"):
            counts["South Korea"] += 1
    best = max((n, c) for c, n in counts.items())
    return best[1] if best[0] else None


def _country_of(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w in lr.DEMONYMS:
        return lr.DEMONYMS[w]
    if w.startswith("the "):
        w = w[4:]
        if w in ("north", "south"):
            return "North Korea" if w == "north" else "South Korea"
    return rs.roster().by_form.get(rs.fold(w))


def _role_phrase(r: _Reader, m, mentions: Sequence[Mention]) -> str | None:  # noqa: ANN001
    """The holder of "Japan's prime minister", "the North Korean leader", "the president"."""
    role_word = m["role"].lower()
    country = _country_of(m["poss"] or m["adj"] or m["adj2"])
    starts, holders = _with_role(r, mentions, role_word)
    for k in range(bisect_left(starts, m.start()) - 1, -1, -1):
        entry = r.roster.entries.get(holders[k].actor)
        if country is None or entry is None or entry.get("country") == country:
            return holders[k].actor
    if r.published is None:
        return None
    return rs.role_holder(lr.ROLE_WORDS[role_word], country, r.published)


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
        if phrase in lr.DESCRIPTION_ROLES:
            role, country = lr.DESCRIPTION_ROLES[phrase]
            starts, holders = _with_role(r, mentions, role)
            i = bisect_left(starts, pos)
            if i:
                return holders[i - 1].actor, PERSON
            holder = rs.role_holder(role, country, r.published) if r.published else None
            return (holder, PERSON) if holder else None
    fits = lr.DESCRIPTION_NOUNS.get(noun)
    if fits is None:
        return None
    country = None
    if mods:  # "the South Korean official": the last demonym among the modifiers
        low = mods.lower()
        mod_words = low.split()
        padded = f" {low} "
        for dem, c in lr.DEMONYMS.items():
            if dem in mod_words or f" {dem} " in padded:
                country = c
    of = lref.ROLE_OF_COUNTRY.search(tail[:40]) if tail else None
    if of is not None and country is None:
        country = _country_of(of["country"])
    unnamed = _indefinite_before(r, pos, noun)
    starts, fitting = r.index(
        mentions,
        ("named-fits", noun),
        lambda x: (
            x.type == PERSON
            and x.rule not in _NAMED_RULES_EXCLUDED
            and not fits.isdisjoint(r.roles.get(x.actor, ()))
        ),
    )
    unsure = None  # the latest that fits whose country is not known
    for k in range(bisect_left(starts, pos) - 1, -1, -1):
        x = fitting[k]
        if unnamed is not None and x.start < unnamed[0]:
            break  # "a Chinese official told ... the official added": that one, unnamed
        if country is not None:
            theirs = _person_country(r, x.actor)
            if theirs is None:
                # one known to be of that country, named before, wins: "Mori, a counsellor at
                # the Japanese consulate in Busan, ... Han, an aide to the mayor ... the
                # Japanese diplomat"
                unsure = unsure or x.actor
                continue
            if theirs != country:
                continue
        return x.actor, PERSON
    if unsure is not None:
        return unsure, PERSON
    if unnamed is not None:
        return unnamed[1], UNNAMED
    spouse = _spouse(r, pos, noun)
    if spouse is not None:
        return spouse, PERSON
    if noun in lr.ROLE_WORDS and country is not None and r.published is not None:
        holder = rs.role_holder(lr.ROLE_WORDS[noun], country, r.published)
        if holder:
            return holder, PERSON
    # named just after: "its president claimed ... Batbayar Dorj, the firm's president"
    starts, fitting = r.index(
        mentions,
        ("fits", noun),
        lambda x: x.type == PERSON and not fits.isdisjoint(r.roles.get(x.actor, ())),
    )
    i = bisect_right(starts, pos)
    if i < len(starts) and starts[i] <= pos + CATAPHORA_REACH:
        return fitting[i].actor, PERSON
    return None


def _with_role(r: _Reader, mentions: Sequence[Mention], role: str) -> tuple[list[int], list]:
    """The person mentions of ``mentions`` whose person holds ``role``, and their starts."""
    return r.index(
        mentions, ("role", role), lambda x: x.type == PERSON and role in r.roles.get(x.actor, ())
    )


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
    text = r.folded
    lo = max(0, pos - INDEFINITE_REACH)
    # the noun is written as listed: no match of it starts after its last occurrence
    last_noun = text.rfind(noun, lo, pos)
    if last_noun < 0:
        return None
    # The matches INDEFINITE_DESCRIPTION.finditer(text, lo, pos) would give, up to there, tried
    # only where "a"/"an" is written: the same left-to-right scan, each resuming where the
    # last ended.
    at = _article_starts(r)
    resume = lo
    last = None
    # Matched to the end of the text (once per article and offset: indefinite_at), a match is
    # the one up to ``pos`` when it ends before ``pos``, and no match means none up to ``pos``
    # either, when no word character stands just before ``pos`` (no match can end there then:
    # the pattern ends with \b).  Else, or when it reaches ``pos``, matched up to ``pos``.
    whole = not (text[pos - 1].isalnum() or text[pos - 1] == "_")  # (pos > last_noun >= 0)
    for p in at[bisect_left(at, lo) : bisect_right(at, last_noun)]:
        if p < resume:
            continue
        m = indefinite_at(r, p) if whole else None
        if not whole or (m is not None and m.end() >= pos):
            m = lref.INDEFINITE_DESCRIPTION.match(text, p, pos)
        if m is None:
            continue
        resume = m.end()
        if m["noun"].lower() != noun:
            continue
        before = lref.PREDICATE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is not None and (
            before.group().strip() != "," or _person_ends(r, before.start())
        ):
            continue  # "Tanabe, an analyst at ...", "Kim is an official": the named person
        last = (m.start(), " ".join(r.text[m.start() : m.end()].split()))
    return last


def _article_starts(r: _Reader) -> list[int]:
    """Offsets, in order, of every "a"/"an" that may start INDEFINITE_DESCRIPTION (a few
    more): the words "a"/"an" of the body sentences, and in the text between them (headline,
    byline) what A_OR_AN finds.  Built once per article, stored on the reader."""
    found = r.pass2_article_starts
    if found is None:
        starts = r.starts
        found = [starts[k] for k in r.occurrences(lref.INDEFINITE_ARTICLES)]
        text = r.folded
        gap_starts = [0, *r.sent_ends]
        gap_ends = [*r.sent_starts, len(text)]
        for lo, hi in zip(gap_starts, gap_ends, strict=True):
            # (most gaps are the spaces between two sentences: no "a" to look for)
            if lo < hi and (text.find("a", lo, hi) >= 0 or text.find("A", lo, hi) >= 0):
                # up to two characters past the gap: "a" at its end, then "n "
                found += [m.start() for m in lref.A_OR_AN.finditer(text, lo, hi + 2)]
        found = sorted(set(found))
        r.pass2_article_starts = found
    return found


def _person_ends(r: _Reader, pos: int) -> bool:
    """Whether a person's name ends at ``pos`` ("Hiroshi Tanabe|, an analyst")."""
    ends = r.person_ends
    return pos in ends or pos - 1 in ends or pos - 2 in ends


def _person_country(r: _Reader, name: str) -> str | None:
    entry = r.roster.entries.get(name)
    if entry is not None:
        return entry.get("country")
    return r.person_country.get(name)


def _org_anaphor(
    r: _Reader,
    noun: str,
    pos: int,
    mentions: Sequence[Mention],
    mod: str | None = None,
    det: str = "the",
) -> str | None:
    """The body "the ministry" / "the Osaka court" refers back to; "an Osaka court" (first
    mention, named later in the article) refers forward to the first one that fits."""
    heads = lref.ORG_ANAPHORS[noun]

    def named(x: Mention) -> bool:
        if x.type not in (ORG, GROUP):
            return False
        words = x.actor.lower().replace(".", "").split()
        return bool(words) and (words[-1] in heads or words[0] in heads or noun in x.actor.lower())

    starts, bodies = r.index(mentions, ("org", noun), named)
    if det == "a":  # only "An Osaka court": a place-qualified body named later in the article
        if not (mod and mod[0].isupper()):
            return None
        for k in range(bisect_right(starts, pos), len(bodies)):
            if mod.lower() in bodies[k].actor.lower().replace(".", "").split():
                return bodies[k].actor
        return None
    i = bisect_left(starts, pos)
    return bodies[i - 1].actor if i else None
