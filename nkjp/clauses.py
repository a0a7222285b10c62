"""Clauses, verbs and short predicates of a sentence, for the events stage (nkjp/events.py).

``read_words`` reads a sentence once (its verb groups and clause boundaries); ``clause_span``
finds the clause around a time expression; ``verbs``, ``governing_verb`` and ``action`` give the
verb the expression dates and a short predicate for it.  All patterns live in
nkjp/lexicon/events.py.  Linear in the sentence: one pass of two compiled patterns, then a few
look-ups per candidate word.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from functools import lru_cache

from nkjp.lexicon import events as lx
from nkjp.models import Sentence, TimeExpr

# -- words of a sentence, read once -------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class Words:
    """A sentence's verb groups and clause boundaries, found once and shared by every time
    expression of the sentence."""

    groups: list[tuple[int, int]]  # (group start, verb start): "will be transferred"
    breaks: list[tuple[int, int]]  # CLAUSE_BREAK matches
    # Segment n of the sentence, the text between boundaries n - 1 and n, runs from starts[n]
    # to ends[n] (the sentence's start and end at either side).
    starts: list[int]
    ends: list[int]


def _words(groups: list[tuple[int, int]], breaks: list[tuple[int, int]], sent: Sentence) -> Words:
    """``Words`` of ``sent`` with its segments."""
    starts = [sent.start]
    starts += [b_end for _, b_end in breaks]
    ends = [b_start for b_start, _ in breaks]
    ends.append(sent.end)
    return Words(groups, breaks, starts, ends)


def read_words(text: str, sent: Sentence) -> Words:
    """The sentence's verb groups and clause boundaries.  Verb candidates come from one C-speed
    pass of a pattern (the -ed words and the listed forms); only those few are looked at in
    Python."""
    groups: list[tuple[int, int]] = []
    floor = sent.start
    for at, w in _candidates(text, floor, sent.end):
        if w in lx.CAPTION_POSITION and text[at + len(w) : at + len(w) + 1] in _CAPTION_MARKS:
            continue  # "Yoon, left, and Kishida"
        previous, previous_at = word_before(text, at, floor)
        if not is_verb(w, previous):
            continue
        group = at
        while previous in lx.AUXILIARY and previous_at < group:  # "will be transferred"
            group = previous_at  # ("may" is an auxiliary; "in May" is not)
            previous, previous_at = word_before(text, group, floor)
        if groups and groups[-1][1] >= group:
            continue  # part of the previous group: "was killed" after "was"
        groups.append((group, at))
    breaks = [m.span() for m in lx.CLAUSE_BREAK.finditer(text, floor, sent.end)]
    return _words(groups, breaks, sent)


# The marks after which a caption position is no verb: "Yoon, left, and Kishida".
_CAPTION_MARKS = frozenset({",", ")"})


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """Offset and text of each match of ``lx.VERB_CANDIDATE`` in ``text[lo:hi]``, in order:
    one pass of ``lx.GAP_VERB`` from the character before ``lo``, then the hyphenated words it
    takes too loosely dropped, and the words after a non-ASCII letter or a curly apostrophe
    (only a text with non-ASCII characters can hold one)."""
    out = [(m.start(1), m.group(1)) for m in lx.GAP_VERB.finditer(text, max(lo - 1, 0), hi)]
    if text.find("-", lo, hi) >= 0 and any("-" in w for _, w in out):
        # "long-awaited" yes, "state-of-the-art-ed" no
        out = [(at, w) for at, w in out if "-" not in w or lx.VERB_CANDIDATE.fullmatch(w)]
    if not text.isascii():
        out = [(at, w) for at, w in out if not _word_char(text[at - 1])]
    if lo == 0:
        m = lx.VERB_CANDIDATE.match(text, 0, hi)  # a word with no character before it
        if m:
            out.insert(0, (0, m.group()))
    return out


def _word_char(ch: str) -> bool:
    """A non-ASCII letter or digit, or a curly apostrophe: no gap before a word."""
    return ch >= "\x80" and (ch.isalnum() or ch == "\u2019")


def word_before(text: str, at: int, floor: int) -> tuple[str, int]:
    """The word just before offset ``at`` (spaces and quote marks skipped, not before
    ``floor``) and its offset: ("plans", ...) in "plans to meet"."""
    i = at
    while i > floor and text[i - 1] in _GAP:
        i -= 1
    j = i
    while j > floor and (text[j - 1].isalnum() or text[j - 1] in "'\u2019.-"):
        j -= 1
    return text[j:i], j


_GAP = frozenset(' \t\n"\u201c\u201d')


# -- clause -------------------------------------------------------------------------------------


# A sentence longer than this is no prose (a scraped table, a line of thousands of dates): each
# of its time expressions is read within WINDOW characters either side, so that the work stays
# proportional to the sentence instead of to its length times its dates.
LONG_SENTENCE = 1000
WINDOW = 200


def window(text: str, sent: Sentence, te: TimeExpr, ws: Words) -> tuple[Sentence, Words]:
    """``sent`` cut to the words within ``WINDOW`` characters of ``te``, with its readings."""
    start = max(sent.start, te.start - WINDOW)
    while start > sent.start and start < te.start and not text[start - 1].isspace():
        start += 1  # not from inside a word
    end = min(sent.end, te.end + WINDOW)
    while end < sent.end and end > te.end and not text[end].isspace():
        end -= 1
    part = Sentence(start, end, sent.paragraph, sent.kind)
    # One slice of each list: slicing the tail first would copy it for every expression.
    g_lo = bisect_left(ws.groups, (start, -1))
    g_hi = bisect_left(ws.groups, end, lo=g_lo, key=_verb_at)
    b_lo = bisect_left(ws.breaks, (start, -1))
    b_hi = bisect_right(ws.breaks, end, lo=b_lo, key=_break_end)
    return part, _words(ws.groups[g_lo:g_hi], ws.breaks[b_lo:b_hi], part)


def _verb_at(group: tuple[int, int]) -> int:
    return group[1]


def _break_end(b: tuple[int, int]) -> int:
    return b[1]


def clause_span(
    text: str, sent: Sentence, te: TimeExpr, words: Words | None = None
) -> tuple[int, int]:
    """Offsets of the clause of ``sent`` that holds ``te``."""
    ws = words if words is not None else read_words(text, sent)
    t_start, t_end = te.start, te.end
    # Boundaries as (start, end) pairs, ignoring any inside the expression itself ("June 4,
    # 2021"): those are bounds[a:b] (the boundaries are in text order and never overlap, each
    # at least a character long), and segments a + 1 to b go with them.
    bounds, starts, ends = ws.breaks, ws.starts, ws.ends
    # starts[n + 1] is where boundary n ends, ends[n] where it starts.
    a = bisect_right(starts, t_start, 1) - 1  # the first boundary ending past te's start
    b = bisect_left(ends, t_end, a, len(bounds))  # the first starting at or after te's end
    if a < b:
        bounds = bounds[:a] + bounds[b:]
        starts = starts[: a + 1] + starts[b + 1 :]
        ends = ends[:a] + ends[b:]
    last = len(bounds)
    k = bisect_right(starts, t_start) - 1  # the last segment starting at or before te
    if k < 0 or ends[k] < t_end:
        return sent.start, sent.end
    lo = hi = k
    if k < last and lx.WHEN_AFTER.match(text, t_end):
        # "since 2009 when they opened an office": the when-clause is what the date pins.
        return trim(text, t_start, ends[k + 1])

    # Widen a verbless chunk ("In March,", "after visits in May 2005 and June 2006") over its
    # neighbours: forward across a plain comma, else backward.
    while not has_verb(ws, starts[lo], ends[hi], te):
        if hi < last and (_plain(text, bounds[hi]) or lo == 0):
            hi += 1
        elif lo > 0:
            lo -= 1
        elif hi < last:
            hi += 1
        else:
            break
    # A clause that opens with its verb ("said Saturday that ...") takes in its subject, over
    # appositions: "Choi, the envoy to Tokyo, said Friday".
    if opens_with_verb(text, starts[lo], ends[lo], te):
        while lo > 0:
            lo -= 1
            if opens_with_verb(text, starts[lo], ends[lo], te):
                continue
            if not (
                lo > 0
                and _plain(text, bounds[lo - 1])
                and not has_verb(ws, starts[lo], ends[lo], te)
            ):
                break
    if (
        lo > 0
        and not has_verb(ws, sent.start, starts[lo], te)
        and not lx.AUXILIARY_WORD.search(text, sent.start, starts[lo])
    ):
        lo = 0  # a verbless lead belongs to the clause: "Yoon, left, and Kishida shake hands"
    return trim(text, starts[lo], ends[hi])


def _plain(text: str, boundary: tuple[int, int]) -> bool:
    """Whether a boundary is only punctuation (PLAIN_BREAK)."""
    return lx.PLAIN_BREAK.fullmatch(text, *boundary) is not None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved in past spaces, quote marks and final punctuation."""
    while end > start and text[end - 1] in " .!?\"'\u201d\u2019)":
        end -= 1
    while start < end and text[start] in " \"'\u201c\u2018(":
        start += 1
    return start, end


def opens_with_verb(text: str, start: int, end: int, te: TimeExpr) -> bool:
    """``text[start:end]`` opens with a verb, an auxiliary or a participle: it has no subject
    of its own ("said Friday that ...", "crossing into China in March")."""
    m = lx.WORD.search(text, start, end)
    if m is None or te.start <= m.start() < te.end:
        return False
    w = m.group()
    if w.endswith("ing") and w[0].islower() and w.lower() not in lx.NOT_SUBJECT_START:
        return True  # a participle: "... after crossing into China in March reached Seoul"
    return is_verb(w, "") or w in lx.AUXILIARY


# -- verb and action ----------------------------------------------------------------------------


@lru_cache(maxsize=8192)  # the same few hundred pairs recur: "was killed", "he said"
def is_verb(word: str, previous_word: str) -> bool:
    """A past-tense or -ed verb form, or a present/bare one after an auxiliary or a noun."""
    if not word or not word[0].islower():
        return False
    if "-" in word:
        prefix, _, word = word.partition("-")
        if prefix not in lx.HYPHEN_VERB_PREFIXES or "-" in word:
            return False  # "long-awaited", not "test-fired"
    w = word.lower().rstrip(".")
    previous = previous_word.lower()
    if w in lx.IRREGULAR_PAST:
        return True
    if w in lx.COMMON_VERBS:
        # "will visit", "plans to meet": a bare form is a verb after an auxiliary; "says"
        # after a noun.  "the visit", "his visits" are nouns.
        if previous in lx.AUXILIARY or previous in lx.PRONOUNS:
            return True
        if w.endswith("s"):
            return previous not in lx.DETERMINERS
        # A caption's present tense after a name or a plural: "Kishida shake hands",
        # "protesters march past the embassy" (not "Kim's visit").
        return previous_word[:1].isupper() or (
            previous.endswith("s") and not previous.endswith("'s")
        )
    if previous in lx.ADJECTIVE_BEFORE:
        return False  # "a list of detained sailors", "a planned visit"
    return len(w) >= 4 and w.endswith("ed") and w not in lx.NOT_VERBS


def verbs(ws: Words, start: int, end: int, te: TimeExpr) -> list[tuple[int, int]]:
    """(group start, verb start) of each verb group in ``[start, end)`` whose verb lies outside
    the expression."""
    t_start, t_end = te.start, te.end
    out = []
    for group, verb in ws.groups:
        if verb >= end:
            break  # the groups are in text order
        if start <= group and not t_start <= verb < t_end:
            out.append((group, verb))
    return out


def has_verb(ws: Words, start: int, end: int, te: TimeExpr) -> bool:
    """Whether ``verbs(ws, start, end, te)`` would find any."""
    t_start, t_end = te.start, te.end
    for group, verb in ws.groups:
        if verb >= end:
            return False  # the groups are in text order
        if start <= group and not t_start <= verb < t_end:
            return True
    return False


def governing_verb(groups: list[tuple[int, int]], te: TimeExpr) -> tuple[int, int] | None:
    """The verb the expression dates: the nearest before it ("reached an agreement on Monday",
    "said Friday"), or the first after it ("The ministry on Friday announced ...")."""
    t_start = te.start
    for v in reversed(groups):  # the last before the expression
        if v[1] < t_start:
            return v
    return groups[0] if groups else None


_CLAUSE_PUNCT = frozenset({",", ";", ":"})


def action(text: str, end: int, verb: tuple[int, int] | None, te: TimeExpr) -> str:
    """The verb group and the head of its object: "allowed freer travel", "will visit"."""
    if verb is None:
        return ""
    m = lx.ACTION_WORDS.match(text, verb[0], end)  # the first words, in one match
    if m is None:
        return ""
    found = m.groups()  # word, (text before the word, word)...
    t_start, t_end = te.start, te.end
    # Whether a word may start inside the expression ("reached an agreement on Monday").
    dated = t_start < m.end() and t_end > verb[0]
    words: list[str] = []
    for k in range(0, len(found), 2):
        w = found[k]
        if w is None:
            break
        if dated and t_start <= m.start(k + 1) < t_end:
            break  # "reached an agreement on Monday"
        if words:
            if w.lower() in lx.ACTION_STOP:
                break
            # A clause mark with white space before the word, whatever the white space:
            # "talks, next", "talks,  next", "talks,\n  next".
            gap = found[k - 1].rstrip()
            if gap and gap[-1] in _CLAUSE_PUNCT and len(gap) < len(found[k - 1]):
                break
        words.append(w.rstrip(".,"))
    while len(words) > 1 and words[-1].lower() in lx.ACTION_TAIL:
        words.pop()
    return " ".join(words)
