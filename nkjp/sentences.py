"""One paragraph -> sentence spans: where terminal punctuation ends a sentence.

Used by ``nkjp.segment``.  Abbreviations ("U.S.", "Prof.", "Jan.", "No. 2", "a.m.") and
initials ("J. Smith") do not end sentences; a full stop inside closing quotes does; text
scraped without spaces after full stops ("...in 2019.The talks") is split where a lower-case
word meets a capitalised one.  The splitter looks at most a few dozen characters around each
terminal mark, and finds the marks with str.find, so it is linear in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from nkjp.lexicon import text as lex

_OPENING_MARKS = "\"'“‘«([{"


def find_all(text: str | bytes, needles: Iterable[str] | Iterable[bytes]) -> list[int]:
    """Sorted offsets of every occurrence of each of ``needles`` in ``text``: a few C-speed
    ``find`` scans, where a regex scan costs 10-50 ns a character."""
    out: list[int] = []
    find = text.find
    for needle in needles:
        i = find(needle)
        while i >= 0:
            out.append(i)
            i = find(needle, i + 1)
    out.sort()
    return out


def terminal_marks(text: str) -> list[int]:
    """Sorted offsets of every terminal mark (``lex.TERMINAL_MARKS``) in ``text``."""
    return find_all(text, lex.TERMINAL_MARKS)


def split(text: str, start: int, end: int, marks: list[int]) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (one paragraph), stripped of white space.

    ``marks`` are the text's terminal marks (see ``terminal_marks``): every TERMINAL run
    starts at one, so reading the run by hand at each mark past the previous run finds the
    same runs as ``TERMINAL.finditer(text, start, end)``, without a regex scan of the
    paragraph.  A sentence ends with its run (never white space) and so does the paragraph:
    only the start of each sentence needs stripping.
    """
    out = []
    sent_start = pos = start  # pos: where the previous run ended
    terminal = lex.TERMINAL_MARKS
    closers = lex.CLOSERS
    k = bisect_left(marks, start)
    count = len(marks)
    while k < count:
        p_start = marks[k]
        k += 1
        if p_start >= end:
            break
        if p_start < pos:
            continue  # inside the previous run: "...", "?!"
        p_end = p_start + 1  # the run: marks, then closing quotes / brackets
        while p_end < end and text[p_end] in terminal:
            p_end += 1
        while p_end < end and text[p_end] in closers:
            p_end += 1
        pos = stop = p_end
        if p_end - p_start > 1:
            k = bisect_left(marks, p_end, k)  # past the rest of a long run: "......"
        # A closing quote set off by a space: "...‘action for action.’ ” Suga said"
        if (
            stop + 1 < end
            and text[stop] == " "
            and text[stop + 1] in "”’"
            and (stop + 2 == end or text[stop + 2].isspace())
        ):
            stop += 2
        if stop >= end:
            break
        if stop > sent_start and _is_boundary(text, p_start, p_end, stop, end):
            while sent_start < stop and text[sent_start].isspace():
                sent_start += 1
            if sent_start < stop:
                out.append((sent_start, stop))
            sent_start = stop
    while sent_start < end and text[sent_start].isspace():
        sent_start += 1
    if sent_start < end:
        out.append((sent_start, end))
    return out


def _word_before(text: str, pos: int, floor: int) -> str:
    """The token ending at ``pos`` (no white space), opening quotes and brackets dropped."""
    before = text[max(floor, pos - 40) : pos]
    if not before or before[-1].isspace():
        return ""
    return before.rsplit(None, 1)[-1].lstrip(_OPENING_MARKS)


def abbreviation_before(text: str, pos: int) -> str:
    """The abbreviation a full stop at ``pos`` would close: the word before it, read alone
    ("Jan" of "→Jan.", "Sept" of "(Sept.")."""
    return _abbreviation_part(_word_before(text, pos, 0))


def _abbreviation_part(word: str) -> str:
    """The part of ``word`` after its last character that is neither a letter, a digit nor a
    full stop ("Jan" of "→Jan", "Dec" of "Nov./Dec"); a title with a hyphen stays whole
    ("Lt.-Gen"), and so does a word with no such character ("U.S")."""
    if word in lex.TITLE_ABBREVIATIONS:
        return word
    i = len(word)
    while i and (word[i - 1].isalnum() or word[i - 1] == "."):
        i -= 1
    return word[i:] if i and i < len(word) else word


def _next_word(text: str, pos: int, end: int) -> str:
    """The run of letters starting at ``pos`` (after any opening quote)."""
    k = pos
    while k < end and text[k] in _OPENING_MARKS:
        k += 1
    j = k
    limit = min(end, k + 30)
    while j < limit and text[j].isalpha():
        j += 1
    return text[k:j]


def _is_boundary(text: str, p_start: int, p_end: int, stop: int, end: int) -> bool:
    """Does the terminal punctuation ``text[p_start:p_end]`` end a sentence?"""
    punct = text[p_start:p_end]
    nxt = text[stop]
    if not nxt.isspace():
        return _glued_boundary(text, p_start, punct, stop, end)
    j = stop
    limit = min(end, stop + 200)
    while j < limit and text[j].isspace():
        j += 1
    if j >= limit:
        return True
    c = text[j]
    if c.islower():
        return False  # "at 7 a.m. on Monday", '"Stop!" he shouted'
    if "!" in punct or "?" in punct or "\u2026" in punct or punct.startswith(".."):
        return True
    if len(punct) > 1:
        return True  # a full stop inside closing quotes: '...a sign." The official'
    word = _word_before(text, p_start, 0)
    if not word:
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. Smith", "N. Korea"
    # An abbreviation glued to a symbol or another word is read alone: "→Jan. 5",
    # "Nov./Dec. 12", "—Prof. Lee" (an initial is not: "Plan-B. The ministry" ends there).
    word = _abbreviation_part(word)
    if word in lex.TITLE_ABBREVIATIONS:
        if word in ("No", "Nos", "Vol", "Vols", "Art", "Fig", "Figs", "Ch", "Op", "Pt"):
            return not c.isdigit()  # "No. 2" but "said No. The"
        return False  # "Prof. Kim", "Lt. Gen. Park"
    if "." in word or word in lex.MAYBE_FINAL_ABBREVIATIONS:
        # "the U.S. But Tokyo" / "U.S. President" / "Jan. 5" / "Mitsubishi Corp. The"
        if lex.DOTTED.fullmatch(word) or word in lex.MAYBE_FINAL_ABBREVIATIONS:
            return _next_word(text, j, end) in lex.SENTENCE_OPENERS
    return True


def _glued_boundary(text: str, p_start: int, punct: str, stop: int, end: int) -> bool:
    """A sentence end with no space after it: "...colonial rule.It marked..." (scraped text)."""
    nxt = text[stop]
    if nxt in '“‘"':
        after = text[stop + 1] if stop + 1 < end else ""
        if not after.isupper():
            return False
    elif not (nxt.isupper() and stop + 1 < end and text[stop + 1].islower()):
        return False
    if p_start == 0:
        return False
    before = text[p_start - 1]
    if before.isdigit() or before in '”’")':
        return True
    if not before.islower():
        return False
    word = _word_before(text, p_start, 0)
    letters = word[-2:]
    return len(letters) == 2 and letters.isalpha() and letters.islower() and "." not in word
