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
from nkjp.lexicon import text as lex
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
    """Reporting cues in ``text[lo:hi]`` that are not quoted, passive or infinitive (cue words in
    lower case, or in a sentence written in capitals; cue phrases in any case)."""
    text = doc.text
    found: list[Hit] = []
    # The first test for the key words of a case-blind pattern looks in a folded copy, so that
    # a lede's 'WAS QUOTED AS SAYING' or 'Expressed Hope That' is found as the pattern finds it.
    # (Without a folded copy, see _ascii_copy, the patterns decide.)
    ascii_text = _ascii_copy(text)
    folded = ascii_text.lower() if ascii_text is not None else None
    quoted = folded is None or b"quoted" in folded
    # (keys: the words every match starts with; case-blind ones are looked for in ``folded``)
    for pattern, kind, present, keys, low in (
        (lx.QUOTED_AS_SAYING, "quoted_as", quoted, None, None),
        (lx.QUOTED_ACTIVE, "quoted_active", quoted and "quoted" in text, ("quoted",), text),
        (  # (every match holds "xpress" or "voic": 'raised their voices')
            lx.EXPRESSED_THAT,
            "expressed",
            folded is None or b"xpress" in folded or b"voic" in folded,
            (b"express", b"voic", b"rais"),
            folded,
        ),
        (lx.ACCORDING_TO, "according", "ccording" in text, ("according", "According"), text),
    ):
        if not present:  # (a first test for the words the pattern needs)
            continue
        matches = (
            pattern.finditer(text, lo, hi)
            if keys is None
            else _matches_at(pattern, text, low, lo, hi, keys)
        )
        for m in matches:
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
                continue  # 'unexpressed': not a word of its own
            if doc.quote_at(m.start()) is None:
                found.append(Hit(m.start(), m.end(), m.group().split()[0].lower(), kind))
    found.sort(key=lambda h: h.start)
    special, k = list(found), 0
    for vs, ve in _verb_words(doc, lo, hi, ascii_text):
        verb = text[vs:ve]
        if verb not in lx.PARTIAL_VERBS and (verb := verb.lower()) not in lx.PARTIAL_VERBS:
            continue  # ('SAID' of a sentence in capitals is "said")
        if doc.quote_at(vs) is not None:
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


def _verb_words(doc: Doc, lo: int, hi: int, ascii_text: bytes | None) -> list[Span]:
    """The words of ``report_words`` in ``text[lo:hi]`` (lower case), with those of a sentence
    written all in capitals ('"WE WILL NOT GIVE UP," KIM SAID.', a wire lede in capitals).
    ``ascii_text``: the text's ``_ascii_copy``, where such sentences are looked for first."""
    text = doc.text
    out = report_words(text, lo, hi)
    if not doc.sentences:
        return out
    if ascii_text is None:  # (every sentence is a candidate)
        candidates = range(len(doc.sentences))
    else:  # only sentences with two words in capitals side by side
        cases = ascii_text.translate(lex.LETTER_CASES)
        candidates, k = [], cases.find(lex.CAPITALS_PAIR, lo, hi)
        while k >= 0:
            i = doc.sentence_at(k)
            candidates.append(i)
            k = cases.find(lex.CAPITALS_PAIR, max(k + 1, doc.sentences[i].end), hi)
    caps = False
    for i in candidates:
        s = doc.sentences[i]
        a, b = max(s.start, lo), min(s.end, hi)
        if s.kind != BODY or a >= b or not text[a:b].isupper():
            continue
        low = text[a:b].lower()
        if len(low) == b - a:  # (offsets kept: the words are looked for in the copy)
            out += [(a + vs, a + ve) for vs, ve in report_words(low, 0, b - a)]
            caps = True
    return sorted(out) if caps else out


def _ascii_copy(text: str) -> bytes | None:
    """``text`` with every character beyond ASCII a "?" (offsets kept), where the ASCII key words
    of a case-blind pattern are looked for lower-cased; None for the rare text with "\u0130",
    "\u0131", "\u017f" or "\u212a", which such a pattern matches as "i", "s" or "k"."""
    if not text.isascii() and any(ch in text for ch in lex.CASE_BLIND_ODD_LETTERS):
        return None
    return text.encode("ascii", "replace")


def _matches_at(
    pattern: re.Pattern[str],
    text: str,
    low: str | bytes | None,
    lo: int,
    hi: int,
    keys: tuple[str, ...] | tuple[bytes, ...],
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text, lo, hi)`` yields, for a pattern whose every match starts
    with one of ``keys``: tried only where a key starts in ``low`` ('according to' is found at
    "according" or "According", not tried at every letter).  ``low`` is the text itself for a
    case-sensitive pattern, its lower-cased ``_ascii_copy`` for a case-blind one; without it the
    plain scan runs."""
    if low is None:
        return list(pattern.finditer(text, lo, hi))
    starts = []
    for key in keys:
        k = low.find(key, lo, hi)  # type: ignore[arg-type]
        while k >= 0:
            starts.append(k)
            k = low.find(key, k + 1, hi)  # type: ignore[arg-type]
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
