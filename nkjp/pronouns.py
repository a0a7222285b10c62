"""Pronouns: "he" and "she" resolved to the person they stand for.

The subject (first person named outside quotes) of the pronoun's own sentence before it, else
of the nearest sentence before that names one; "X, a professor, said he ..." is X.  Unnamed
sources count as subjects ("a ministry official said ... He added"), so a pronoun after one
stays unnamed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from nkjp.lexicon import names as lx
from nkjp.lexicon import references as lref

if TYPE_CHECKING:
    from nkjp.cast import _Reader

PERSON = "person"
PRONOUN_LOOKBACK = 8  # sentences a pronoun looks back for the person it stands for
# Longest stretch between a name and its pronoun read as "<name>, <appositive>, said he":
# longer ones cannot be that ("Kenji Mori, a Waseda professor, said he ...").
SPEECH_GAP_MAX = 600
_NO_SUBJECTS: tuple[list[int], list[str]] = ([], [])  # (read only)


def pronouns(r: _Reader) -> None:
    """Mentions for "he" and "she" outside quotes, resolved to the person they stand for."""
    for k in r.occurrences(lx.PERSON_PRONOUNS):
        if r._in_quote(r.starts[k]):
            continue
        who = resolve_pronoun(r, r.starts[k], lx.PERSON_PRONOUNS[r.lower[k]])
        if who is not None:
            r._add(r.starts[k], r.ends[k], who, PERSON, "pronoun")


def _name_end(gap: str) -> int:
    """Where the capitalised name at the start of ``gap`` ends."""
    m = _NAME_AT_START.match(gap)
    return m.end() if m else 0


_NAME_AT_START = re.compile(r"(?:[A-Z][\w.'-]*\s*)+")


def _subjects(r: _Reader) -> dict[int, list[tuple[int, str]]]:
    """Per sentence, the people it names outside quotes, in order (built once per article)."""
    if r.subjects is None:
        found = [
            (x.start, x.actor)
            for x in r.mentions
            if x.type == PERSON and x.rule != "pronoun" and not r._in_quote(x.start)
        ]
        # unnamed sources are subjects too: "a ministry official said ... He added"
        for k in r.occurrences(lref.INDEFINITE_ARTICLES):
            if not r._in_quote(r.starts[k]):
                m = indefinite_at(r, r.starts[k])
                if m is not None and _speaks_after(r.folded, m.end()):
                    phrase = " ".join(r.text[m.start() : m.end()].split())
                    found.append((m.start(), phrase))
                    r.unnamed.add(phrase)
        r.subjects = {}
        for start, actor in sorted(found):
            r.subjects.setdefault(r._sentence(start), []).append((start, actor))
    return r.subjects


def indefinite_at(r: _Reader, pos: int) -> re.Match[str] | None:
    """INDEFINITE_DESCRIPTION at ``pos`` ("a ministry official"), to the end of the text:
    matched once per article and offset (read here and by reference._indefinite_before)."""
    found = r.indefinite_matches
    m = found.get(pos, _UNSEEN)
    if m is _UNSEEN:
        m = found[pos] = lref.INDEFINITE_DESCRIPTION.match(r.folded, pos)
    return m  # type: ignore[return-value]


_UNSEEN = object()


def _speaks_after(text: str, end: int) -> bool:
    """Whether a speech verb follows an unnamed description: "a ministry official said"."""
    return lref.SPEECH_AFTER_SOURCE.match(text, end) is not None


def resolve_pronoun(r: _Reader, pos: int, gender: str) -> str | None:
    """The person "he"/"she" at ``pos`` stands for: the subject (first person named outside
    quotes) of its own sentence before it, else of the nearest sentence before that names one."""
    sent = r._sentence(pos)
    if sent < 0:
        return None
    _subjects(r)
    # the latest subject of its own sentence before it, when only "said" lies between
    starts, found = _fitting_subjects(r, sent, gender)
    i = bisect_left(starts, pos)
    if i and pos - starts[i - 1] <= SPEECH_GAP_MAX:
        gap = r.folded[starts[i - 1] : pos]
        if lref.SPEECH_BEFORE_PRONOUN.fullmatch(gap[_name_end(gap) :]):
            return found[i - 1]  # "Kenji Mori, a ... professor, said he expects"
    for s in range(sent, sent - PRONOUN_LOOKBACK - 1, -1):
        starts, found = _fitting_subjects(r, s, gender)
        if starts and starts[0] < pos:
            return found[0]
    return None


def _fitting_subjects(r: _Reader, sent: int, gender: str) -> tuple[list[int], list[str]]:
    """The subjects of sentence ``sent`` a pronoun of ``gender`` may stand for (those of that
    gender or of none known), and their offsets; built once per sentence and gender."""
    key = (sent, gender)
    hit = r.fitting_subjects.get(key)
    if hit is None:
        named = (r.subjects or {}).get(sent)
        if not named:
            return _NO_SUBJECTS  # most sentences name no one
        pairs = [(start, actor) for start, actor in named if r.gender.get(actor, gender) == gender]
        hit = r.fitting_subjects[key] = ([p[0] for p in pairs], [p[1] for p in pairs])
    return hit
