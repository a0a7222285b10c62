"""One article seen by the quote stage: sentences, quoted spans and reporting cues, indexed for
look-ups by offset, plus the draft records the quote finders hand to quotes.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from nkjp.lexicon import speech as lx
from nkjp.models import BODY, QuotedSpan, Sentence
from nkjp.wordscan import gap_word_spans

Span = tuple[int, int]


class Hit(NamedTuple):
    """A reporting cue in the text: 'has repeatedly said', 'according to', 'was quoted as
    saying', 'expressed hope'.  ``verb`` is its key word, lower-cased."""

    start: int
    end: int
    verb: str
    kind: str  # "verb" | "quoted_as" | "quoted_active" | "expressed" | "according"


@dataclass(slots=True)
class Draft:
    """A quote found but not yet attributed to a canonical speaker."""

    start: int
    end: int
    kind: str
    cue: str | None
    speaker: Span | None  # the speaker phrase; None: inherit from the previous quote
    sentence: Span
    rule: str
    attribution: Span  # where the cue and its adjuncts are, to date the utterance


class Doc:
    """Offsets, sentences and quoted spans of one article, with fast look-ups."""

    def __init__(self, text: str, sentences: Sequence[Sentence], quoted: Sequence[QuotedSpan]):
        self.text = text
        self.sentences = list(sentences)
        self.starts = [s.start for s in self.sentences]
        self.quoted = [q for q in quoted if text[q.open_mark] not in "'\u2018"]
        self.opens = [q.open_mark for q in self.quoted]
        self._all: dict[int, list[Hit]] | None = None
        self._hit_starts: dict[int, list[int]] = {}
        self.direct_at: set[int] = set()  # quoted spans that are direct quotes, by start
        # speaker phrases of cues by (clause start, cue): the partial-quote and indirect finders
        # ask for the same ones (nkjp/speech.py ``cue_speaker``)
        self.cue_speakers: dict[tuple[int, Hit], Span | None] = {}

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (the last one starting at or before it)."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def is_body(self, i: int) -> bool:
        return not self.sentences or self.sentences[i].kind == BODY

    def quote_at(self, pos: int) -> QuotedSpan | None:
        """The double-quoted span whose marks enclose ``pos``, if any."""
        k = bisect_right(self.opens, pos) - 1
        if k < 0:
            return None
        q = self.quoted[k]
        close = q.close_mark if q.close_mark is not None else q.end
        return q if q.open_mark <= pos <= close else None

    def quotes_in(self, lo: int, hi: int) -> list[QuotedSpan]:
        """Quoted spans opening in ``[lo, hi)`` (they come sorted by their opening mark)."""
        return self.quoted[bisect_right(self.opens, lo - 1) : bisect_left(self.opens, hi)]

    def hits_between(self, i: int, lo: int, hi: int) -> list[Hit]:
        """Cues of sentence ``i`` starting in ``[lo, hi)``."""
        hits = self.hits(i)
        starts = self._hit_starts.get(i)
        if starts is None:
            starts = self._hit_starts[i] = [h.start for h in hits]
        return hits[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def hits(self, i: int) -> list[Hit]:
        """Reporting cues of sentence ``i`` outside quote marks, in text order."""
        return self.all_hits().get(i, [])

    def all_hits(self) -> dict[int, list[Hit]]:
        """The cues of every sentence that has any, by sentence index, in text order."""
        if self._all is None:
            self._all = {}
            for h in find_hits(self, 0, len(self.text)):
                self._all.setdefault(self.sentence_at(h.start), []).append(h)
        return self._all


_NOT_A_REPORT_ENDS = (*lx.NOT_A_REPORT_LAST, "t")


def find_hits(doc: Doc, lo: int, hi: int) -> list[Hit]:
    """Reporting cues in ``text[lo:hi]`` that are not quoted, passive or infinitive."""
    text = doc.text
    found: list[Hit] = []
    quoted = "quoted" in text
    low: str | None = None  # the text lower-cased, once a key-word pattern needs it
    lowered = False
    # (keys: the words every match starts with; case-blind ones are looked for lower-cased)
    for pattern, kind, present, keys, blind in (
        (lx.QUOTED_AS_SAYING, "quoted_as", quoted, None, False),
        (lx.QUOTED_ACTIVE, "quoted_active", quoted, ("quoted",), False),
        (
            lx.EXPRESSED_THAT,
            "expressed",
            "xpress" in text or "voic" in text,
            ("express", "voic"),
            True,
        ),
        (lx.ACCORDING_TO, "according", "ccording" in text, ("according", "According"), False),
    ):
        if not present:  # (a first test for the words the pattern needs)
            continue
        if blind and not lowered:
            low, lowered = _lower_by_offset(text), True
        matches = (
            pattern.finditer(text, lo, hi)
            if keys is None
            else _matches_at(pattern, text, low if blind else text, lo, hi, keys)
        )
        for m in matches:
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
                continue  # 'unexpressed': not a word of its own
            if doc.quote_at(m.start()) is None:
                found.append(Hit(m.start(), m.end(), m.group().split()[0].lower(), kind))
    found.sort(key=lambda h: h.start)
    special, k = list(found), 0
    for vs, ve in report_words(text, lo, hi):
        verb = text[vs:ve]
        if verb not in lx.PARTIAL_VERBS or doc.quote_at(vs) is not None:
            continue
        while k < len(special) and special[k].end <= vs:
            k += 1
        if k < len(special) and special[k].start <= vs:
            continue  # the "saying" of 'was quoted as saying'

        if verb.endswith("s") and lx.NOUN_AFTER.match(text, ve, hi):
            continue
        back = max(lo, vs - 40)
        prev = last_word(text, back, vs)
        aux = lx.AUX_TAIL.search(text, back, vs) if prev in lx.AUX_TAIL_LAST else None
        start = aux.start() if aux else vs
        before = max(lo, start - 12)
        # The word before the verb, as far as 12 characters reach: only looked up when it may be
        # one of NOT_A_REPORT_LAST (without an auxiliary it is the end of ``prev``).
        word = ""
        if aux or prev.lower().endswith(_NOT_A_REPORT_ENDS):
            word = last_word(text, before, start).lower()
        if (word in lx.NOT_A_REPORT_LAST or word == "t") and lx.NOT_A_REPORT_BEFORE.search(
            text, before, start
        ):
            continue  # ("t" of "n't")
        found.append(Hit(start, ve, verb, "verb"))
    found.sort(key=lambda h: h.start)
    return found


def _lower_by_offset(text: str) -> str | None:
    """``text`` lower-cased, when each character stays one character and every letter a
    case-blind pattern matches to an ASCII letter is one (None otherwise: the rare text with
    "\u0130", "\u0131", "\u017f" or "\u212a", which match "i", "s" or "k" in any case)."""
    low = text.lower()
    if text.isascii():
        return low
    if len(low) != len(text) or any(ch in text for ch in lx.CASE_BLIND_ODD_LETTERS):
        return None
    return low


def _matches_at(
    pattern: re.Pattern[str],
    text: str,
    low: str | None,
    lo: int,
    hi: int,
    keys: tuple[str, ...],
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text, lo, hi)`` yields, for a pattern whose every match starts
    with one of ``keys``: tried only where a key starts in ``low`` ('according to' is found at
    "according" or "According", not tried at every letter).  ``low`` is the text itself for a
    case-sensitive pattern, the text lower-cased for a case-blind one; without it (see
    ``_lower_by_offset``) the plain scan runs."""
    if low is None:
        return list(pattern.finditer(text, lo, hi))
    starts = []
    for key in keys:
        k = low.find(key, lo, hi)
        while k >= 0:
            starts.append(k)
            k = low.find(key, k + 1, hi)
    out: list[re.Match[str]] = []
    free = lo  # as in finditer, a match may not start inside the one before
    for start in sorted(starts):
        m = pattern.match(text, start, hi) if start >= free else None
        if m:
            out.append(m)
            free = m.end()
    return out


def report_words(text: str, lo: int, hi: int) -> list[Span]:
    """Spans of the words of ``lx.LOWER_WORD`` in ``text[lo:hi]``, in order."""
    return gap_word_spans(text, lo, hi, lx.LOWER_WORD, lx.GAP_WORD)


def last_word(text: str, lo: int, hi: int, spaced: bool = True) -> str:
    """The letters ending ``text[lo:hi]`` once trailing spaces are dropped ("has" in "Tokyo
    has "); with ``spaced``, "" when no space follows them.  A cheap first test before a search
    for a word run that must end at ``hi``."""
    if hi <= lo or spaced and not text[hi - 1].isspace():
        return ""
    words = text[lo:hi].rsplit(None, 1)  # the last run of non-spaces: "has" or "U.S.-has"
    if not words:
        return ""
    word = words[-1]
    if word.isalpha():
        return word
    start = len(word)
    while start and word[start - 1].isalpha():
        start -= 1
    return word[start:]
