"""Find the words a pattern matches, fast, by scanning from the character before each word.

A pattern that opens with a plain character class lets the regex engine skip ahead, so the cue
scanner looks for "a gap character, then the word" instead of a word with a look-behind
(``gap_word_spans``); the lexicons write their long word lists in that shape with
``nkjp.lexicon.text.trie``.
"""

from __future__ import annotations

import re


def gap_word_spans(
    text: str, lo: int, hi: int, word: re.Pattern[str], gap_word: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Spans of the words ``word`` matches in ``text[lo:hi]``, in order, in one pass:
    ``gap_word`` matches any gap character, ASCII or not, then the word as group 1.  A letter,
    digit or apostrophe (U+2019) is not a gap: "don’t" holds no word "t", so the non-ASCII
    gaps that are letters or an apostrophe are dropped."""
    out: list[tuple[int, int]] = []
    if lo == 0:
        m = word.match(text, 0, hi)  # a word with no character before it
        if m:
            out.append(m.span())
    scan_lo = max(lo - 1, 0)
    if text.isascii():
        out += [m.span(1) for m in gap_word.finditer(text, scan_lo, hi)]
        return out
    for m in gap_word.finditer(text, scan_lo, hi):
        gap = text[m.start()]
        if gap.isascii() or not (gap.isalnum() or gap == "\u2019"):
            out.append(m.span(1))
    return out  # (two matches never overlap: a gap character is no letter of a word)
