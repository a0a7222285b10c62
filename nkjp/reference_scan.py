"""Where pass 2 (nkjp/reference.py) tries its patterns: at the words a pattern may start
with, and only when a word it needs lies close after ("the North" needs "north" or "south"
next, "Japan's prime minister" a role word within five words).  One pass over the article's
indexed words finds the tokens of every pattern family; the regexes run only there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nkjp.lexicon import names as lx
from nkjp.lexicon import references as lref
from nkjp.lexicon import roles as lr

if TYPE_CHECKING:
    from nkjp.cast import _Reader


def words_of(*phrases: object) -> frozenset[str]:
    """Every lowercased word of the given phrases (strings or collections of strings)."""
    out: set[str] = set()
    for p in phrases:
        for phrase in [p] if isinstance(p, str) else p:  # type: ignore[union-attr]
            out.update(str(phrase).lower().replace("|", " ").split())
    return frozenset(out)


# Words one of which must follow a start word closely for a pattern to be tried there.
_NORTH_SOUTH = words_of("north south")
_ROLE_WORDS = words_of(lr.ROLE_WORDS)
_STATE_WORDS = words_of(lr.STATE_NOUNS, "rule media soldiers police minister")
_DESCRIPTION_WORDS = words_of(lr.DESCRIPTION_NOUNS)
_ANAPHOR_WORDS = words_of(lref.ORG_ANAPHORS)
_TWO = words_of("two")
_RED = words_of("red")
GOVERNMENT_WORDS = words_of("government administration cabinet regime")
_GROUP_WORDS = words_of(lref.GROUP_NOUNS)
_DEFINITE_GROUP_WORDS = words_of(lref.DEFINITE_GROUP_NOUNS)
_UNNAMED_WORDS = words_of("woman man girl boy teenager sentry")
_POLICE = words_of("police")
_BODY_WORDS = words_of("ministry military army navy force guard office agency media")
_NEEDS = (
    _NORTH_SOUTH,
    _ROLE_WORDS,
    _STATE_WORDS,
    _DESCRIPTION_WORDS,
    _ANAPHOR_WORDS,
    _TWO,
    _RED,
    GOVERNMENT_WORDS,
    _GROUP_WORDS,
    _DEFINITE_GROUP_WORDS,
    _UNNAMED_WORDS,
    _POLICE,
    _BODY_WORDS,
)
# Every word the reader looks up by occurrence (see _Reader.occurrences): what pass 2 starts
# at or needs nearby, "he"/"she", "a"/"an", and the home-country words.
INDEXED_WORDS = frozenset().union(
    *_NEEDS,
    lref.DETERMINER_STARTS,
    lref.DEMONYM_STARTS,
    lref.COUNTRY_STARTS,
    lref.GROUP_STARTS,
    lref.RED_CROSS_STARTS,
    *lref.HOME_WORDS.values(),
    lx.PERSON_PRONOUNS,
    {"a", "an", "south"},
)

# Which pass-2 patterns may start at a word: 1 determiners, 2 demonyms, 4 countries, 8 groups,
# 16 Red Cross phrases.
_DET, _DEM, _CTRY, _GRP, _REDX = 1, 2, 4, 8, 16
_START_FLAGS: dict[str, int] = {}
for _bit, _starts in (
    (_DET, lref.DETERMINER_STARTS),
    (_DEM, lref.DEMONYM_STARTS),
    (_CTRY, lref.COUNTRY_STARTS),
    (_GRP, lref.GROUP_STARTS),
    (_REDX, lref.RED_CROSS_STARTS),
):
    for _w in _starts:
        _START_FLAGS[_w] = _START_FLAGS.get(_w, 0) | _bit

# The pattern families of pass 2, in the order second_pass reads them: the words a match may
# start at (bits of _START_FLAGS), and the words one of which must lie within ``window`` words
# of that start for the regex to be tried there ("the North" needs "north" or "south" next).
# LEADER_GOVERNMENT starts at person mentions instead (see reference._leader_matches).
_FAMILIES: tuple[tuple[re.Pattern[str], int, frozenset[str], int], ...] = (
    (lx.THE_NORTH_SOUTH, _DET, _NORTH_SOUTH, 1),
    (lref.ROLE_PHRASE, _DET | _DEM | _CTRY, _ROLE_WORDS, 5),
    (lr.DEMONYM_STATE, _DEM, _STATE_WORDS, 5),
    (lref.DESCRIPTION, _DET, _DESCRIPTION_WORDS, 5),
    (lref.COUNTRY_MINISTRY, _DET | _DEM | _CTRY, _BODY_WORDS, 4),
    (lref.LOWER_MINISTRY, _DET, _BODY_WORDS, 2),
    (lref.ORG_ANAPHOR, _DET, _ANAPHOR_WORDS, 3),
    (lref.THE_TWO, _DET, _TWO, 1),
    (lref.RED_CROSS_OF, _REDX, _RED, 6),
    (lref.GROUP_PHRASE, _GRP, _GROUP_WORDS, 7),
    (lref.UNNAMED_PERSON, _GRP, _UNNAMED_WORDS, 2),
    (lref.POLICE, _GRP, _POLICE, 1),
    (lr.BARE_GOVERNMENT, _DET, GOVERNMENT_WORDS, 1),
    (lref.DEFINITE_GROUP, _DET, _DEFINITE_GROUP_WORDS, 2),
)
(
    THE_NORTH,
    ROLE,
    DEMONYM_STATE,
    DESCRIPTION,
    COUNTRY_BODY,
    LOWER_MINISTRY,
    ORG_ANAPHOR,
    THE_TWO,
    RED_CROSS,
    GROUP,
    UNNAMED,
    POLICE,
    BARE_GOVERNMENT,
    DEFINITE_GROUP,
) = range(len(_FAMILIES))
_START_MASKS = tuple(sorted({mask for _, mask, _, _ in _FAMILIES}))
# word -> the slots of _family_tokens' bit sets it goes to: first one per start mask it may
# begin, then one per family it is a need word of
_WORD_SLOTS: dict[str, tuple[int, ...]] = {}
for _w in INDEXED_WORDS:
    _slots = tuple(i for i, mask in enumerate(_START_MASKS) if _START_FLAGS.get(_w, 0) & mask)
    _slots += tuple(len(_START_MASKS) + fi for fi, f in enumerate(_FAMILIES) if _w in f[2])
    if _slots:
        _WORD_SLOTS[_w] = _slots
_MASK_SLOT = tuple(_START_MASKS.index(mask) for _, mask, _, _ in _FAMILIES)
_WINDOWS = tuple(window for _, _, _, window in _FAMILIES)
_BITS = [1 << k for k in range(2048)]  # token k's bit, made once


def _family_tokens(r: _Reader) -> list[list[int]]:
    """Per family of _FAMILIES, the tokens, in order, where it may start that have one of its
    need words within its window.  Sets of tokens are bits of an int: a family's tokens are
    its need words' bits shifted back over the window, and-ed with its start words' bits."""
    n_masks = len(_START_MASKS)
    sets = [0] * (n_masks + len(_FAMILIES))
    slots_of = _WORD_SLOTS.get
    n = len(r.lower)
    bit = _BITS.__getitem__
    small = n <= len(_BITS)  # (longer texts: linear-time ways to make and read the bits)
    for w, ks in r.where.items():
        slots = slots_of(w)
        if slots:
            if small:
                bits = _BITS[ks[0]] if len(ks) == 1 else sum(map(bit, ks))
            else:
                bits = _bit_set(ks, n)
            for i in slots:
                sets[i] |= bits
    found: list[list[int]] = []
    for fi, window in enumerate(_WINDOWS):
        need = sets[n_masks + fi]
        ks = []
        if need:
            spread = need
            for d in range(1, window + 1):
                spread |= need >> d
            tried = spread & sets[_MASK_SLOT[fi]]
            if small:
                while tried:
                    low = tried & -tried
                    ks.append(low.bit_length() - 1)
                    tried ^= low
            elif tried:  # its bits, read off its binary digits (highest first)
                digits = bin(tried)
                top = len(digits) - 1
                i = digits.find("1", 2)
                while i >= 0:
                    ks.append(top - i)
                    i = digits.find("1", i + 1)
                ks.reverse()
        found.append(ks)
    return found


def _bit_set(ks: list[int], n: int) -> int:
    """The int whose bits are the token indices ``ks`` (of ``n`` tokens), in linear time."""
    buf = bytearray((n >> 3) + 1)
    for k in ks:
        buf[k >> 3] |= 1 << (k & 7)
    return int.from_bytes(buf, "little")


def family_matches(r: _Reader) -> list[list[re.Match[str]]]:
    """Per family of _FAMILIES, its matches at the tokens it may start at that have one of its
    need words within its window (a cheap test before the regex), in text order."""
    tokens = _family_tokens(r)
    if tokens[GROUP] and (
        r.folded.isascii() or not any(c in r.folded for c in lref.CASE_FOLD_ODDITIES)
    ):
        lower, seps = r.lower, r.seps
        tokens[GROUP] = _group_tokens(lower, seps, tokens[GROUP])
    text, starts = r.folded, r.starts
    found: list[list[re.Match[str]]] = []
    for (pattern, _, _, _), ks in zip(_FAMILIES, tokens, strict=True):
        if ks:
            at = pattern.match
            found.append([m for k in ks if (m := at(text, starts[k])) is not None])
        else:
            found.append([])
    counts = _count_offsets(r)
    if counts:  # "1,800 Japanese women": a count in digits starts no word
        at = lref.GROUP_PHRASE.match
        more = [m for p in counts if (m := at(text, p)) is not None]
        if more:
            found[GROUP] = sorted(found[GROUP] + more, key=_match_start)
    return found


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _count_offsets(r: _Reader) -> list[int]:
    """Offsets of the counts in digits GROUP_PHRASE may start at, as at a spelled count: a
    group noun within five words after ("1,800 Japanese women", "40 visiting North Korean
    students"); no opener right before, where GROUP_PHRASE is tried already ("about 1,500
    people"); no date or name word right before ("on May 5 South Korean officials", "Unit 731
    soldiers").  Looked for only in the text before the few words before a group noun."""
    nouns = r.occurrences(lref.COUNT_NOUN_WORDS)
    if not nouns:
        return []
    seps = r.seps
    out = []
    done = 0  # tokens before it are looked at (the nouns are in order)
    for h in nouns:
        for k in range(max(done, h - 4), h + 1):
            sep = seps[k]
            if sep != " " and sep.rstrip(" \t")[-1:].isdigit():  # "1,800 Japanese"
                count = _count_at(r, k)
                if count is not None:
                    out.append(count)
        done = h + 1
    return out


def _count_at(r: _Reader, k: int) -> int | None:
    """The offset of the count in digits right before token ``k`` that may start a group
    phrase (see _count_offsets), or None."""
    text, starts, ends, lower, words = r.folded, r.starts, r.ends, r.lower, r.words
    sep = r.seps[k]
    m = lref.DIGIT_COUNT.search(text, starts[k] - len(sep), starts[k] + 1)
    if m is None:
        return None
    if k and not text[ends[k - 1] : m.start()].strip():  # the word right before it
        prev = lower[k - 1]
        if prev in lref.GROUP_OPENERS or prev == "than" or prev in lref.COUNT_NOT_AFTER:
            return None
        if words[k - 1][0].isupper() and prev not in lx.RUN_STOP:
            return None
    return m.start()


def _group_tokens(lower: list[str], seps: list[str], ks: list[int]) -> list[int]:
    """The tokens of ``ks`` where GROUP_PHRASE may match: its number or demonym starts there,
    or after an opener ("some", "about", "more than") as the next word or as digits ("about
    1,500 people").  A cheap test before the regex, exact for ASCII letters."""
    n = len(lower)
    out = []
    for k in ks:
        if _group_number_at(lower, seps, k):
            if _group_noun_after(lower, k):
                out.append(k)
            continue
        w = lower[k]
        if w not in lref.GROUP_OPENERS:
            continue
        j = k + 1
        if w == "more":  # "more than"
            if j >= n or lower[j] != "than" or not seps[j].isspace():
                continue
            j += 1
        if j >= n or not seps[j].isspace():
            out.append(k)  # digits next: "about 1,500 people"
        elif _group_number_at(lower, seps, j) and _group_noun_after(lower, j):
            out.append(k)
    return out


def _group_noun_after(lower: list[str], k: int) -> bool:
    """For a number or demonym of GROUP_PHRASE at token ``k``: False where it is a demonym
    that no group noun follows as GROUP_PHRASE needs, next or after one lowercase word
    ("Japanese women", "North Korean army defectors"; not "Japanese Prime Minister")."""
    if lower[k] not in lref.GROUP_DEMONYM_STARTS:
        return True  # a number: its noun may lie further on ("some 40 visiting Korean students")
    if lower[k] in ("north", "south"):
        k += 1  # "North Korean"
    return not lref.GROUP_NOUN_FIRST_WORDS.isdisjoint(lower[k + 1 : k + 3])


def _group_number_at(lower: list[str], seps: list[str], k: int) -> bool:
    """Whether GROUP_PHRASE's number or demonym may start at token ``k``: "four", "a few",
    "North Korean" (not "North Korea")."""
    w = lower[k]
    if w in lref.GROUP_NUMBER_STARTS:
        second = lref.GROUP_SECOND_WORDS.get(w)
        j = k + 1
        return second is None or j >= len(lower) or (seps[j].isspace() and lower[j] in second)
    return False
