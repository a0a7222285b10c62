"""Find the words a pattern matches, fast, by scanning from the character before each word.

A pattern that opens with a plain character class lets the regex engine skip ahead, so the
clause and cue scanners look for "a gap character, then the word" instead of a word with a
look-behind.  The gap is matched from an ASCII class in one pass; non-ASCII gaps (a curly
quote, a dash, CJK punctuation) get a second pass only when the text has any.
"""

from __future__ import annotations

import re


def word_spans(
    text: str,
    lo: int,
    hi: int,
    word: re.Pattern[str],
    ascii_gap: re.Pattern[str],
    non_ascii_gap: re.Pattern[str],
) -> list[tuple[int, int]]:
    """Spans of the words ``word`` matches in ``text[lo:hi]``, in order.

    ``ascii_gap`` and ``non_ascii_gap`` match one gap character followed by the word as group 1;
    a letter, digit or apostrophe (U+2019) is not a gap: "don’t" holds no word "t".
    """
    out: list[tuple[int, int]] = []
    if lo == 0:
        m = word.match(text, 0, hi)  # a word with no character before it
        if m:
            out.append(m.span())
    scan_lo = max(lo - 1, 0)
    out += [m.span(1) for m in ascii_gap.finditer(text, scan_lo, hi)]
    if not text.isascii():
        for m in non_ascii_gap.finditer(text, scan_lo, hi):
            gap = text[m.start()]
            if not (gap.isalnum() or gap == "\u2019"):
                out.append(m.span(1))
        out.sort()
    return out
