"""Pronouns: "he" and "she" resolved to the person they stand for.

The subject (first person named outside quotes) of the pronoun's own sentence before it, else
of the nearest sentence before that names one; "X, a professor, said he ..." is X.  Unnamed
sources count as subjects ("a ministry official said ... He added"), so a pronoun after one
stays unnamed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nkjp.lexicon import names as lx

if TYPE_CHECKING:
    from nkjp.cast import _Reader

PERSON = "person"
PRONOUN_LOOKBACK = 8  # sentences a pronoun looks back for the person it stands for


def pronouns(r: _Reader) -> None:
    """Mentions for "he" and "she" outside quotes, resolved to the person they stand for."""
    for k, w in enumerate(r.lower):
        if w not in lx.PERSON_PRONOUNS or r._in_quote(r.starts[k]):
            continue
        who = resolve_pronoun(r, r.starts[k], lx.PERSON_PRONOUNS[w])
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
        found = []
        for x in r.mentions:
            if x.type == PERSON and x.rule != "pronoun" and not r._in_quote(x.start):
                found.append((x.start, x.actor))
        # unnamed sources are subjects too: "a ministry official said ... He added"
        for k, w in enumerate(r.lower):
            if w in ("a", "an") and not r._in_quote(r.starts[k]):
                m = lx.INDEFINITE_DESCRIPTION.match(r.folded, r.starts[k])
                if m is not None and _speaks_after(r.folded, m.end()):
                    phrase = " ".join(r.text[m.start() : m.end()].split())
                    found.append((m.start(), phrase))
                    r.unnamed.add(phrase)
        r.subjects = {}
        for start, actor in sorted(found):
            r.subjects.setdefault(r._sentence(start), []).append((start, actor))
    return r.subjects


def _speaks_after(text: str, end: int) -> bool:
    """Whether a speech verb follows an unnamed description: "a ministry official said"."""
    return lx.SPEECH_AFTER_SOURCE.match(text, end) is not None


def resolve_pronoun(r: _Reader, pos: int, gender: str) -> str | None:
    """The person "he"/"she" at ``pos`` stands for: the subject (first person named outside
    quotes) of its own sentence before it, else of the nearest sentence before that names one."""
    sent = r._sentence(pos)
    if sent < 0:
        return None
    subjects = _subjects(r)
    for start, actor in reversed(subjects.get(sent, ())):
        if start < pos and r.gender.get(actor, gender) == gender:
            gap = r.folded[start:pos]
            if lx.SPEECH_BEFORE_PRONOUN.fullmatch(gap[_name_end(gap) :]):
                return actor  # "Kenji Mori, a ... professor, said he expects"
            break
    for s in range(sent, sent - PRONOUN_LOOKBACK - 1, -1):
        for start, actor in subjects.get(s, ()):
            if start < pos and r.gender.get(actor, gender) == gender:
                return actor
    return None
