"""Pair quote marks into quoted spans, telling quote marks from apostrophes.

Double quotes (straight or curly) are paired paragraph by paragraph in one left-to-right pass,
so the cost is linear in the number of marks.  A straight mark opens or closes by what stands
around it; a curly one by its shape unless the context plainly says otherwise.  A paragraph that
ends inside a quote yields an unclosed span (``closed=False``) up to the paragraph end; news
style opens the next paragraph with a fresh mark when the quote runs on.  An orphan mark costs
that one quote, never the rest of the paragraph or article.

Single quotes are paired only outside double quotes ('a so-called 'satellite''), where an
apostrophe ("Workers' Party", "don't", "the '90s") must not open or close anything.  Single
quotes nested inside double ones are part of the quoted words.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from nkjp.lexicon import text as lex
from nkjp.models import QuotedSpan, Sentence
from nkjp.sentences import find_all

_OPEN, _CLOSE, _EITHER = 1, 2, 3

# The characters of lex.DOUBLE_MARKS and lex.SINGLE_MARKS (each a one-character class of quote
# marks, all listed in lex.ANY_MARK).
_DOUBLE_CHARS = "".join(c for c in lex.ANY_MARK if lex.DOUBLE_MARKS.match(c))
_SINGLE_CHARS = "".join(c for c in lex.ANY_MARK if lex.SINGLE_MARKS.match(c))


def find_quoted(text: str, sentences: Sequence[Sentence]) -> tuple[QuotedSpan, ...]:
    """Every quoted span of ``text`` in order of its opening mark."""
    out: list[QuotedSpan] = []
    carry: int | None = None  # an opening mark left open by the previous paragraph
    # Every mark of the text, found once (C-speed scans); a paragraph looks up its own by bisect
    # and one without any mark is skipped (when no quote runs on into it).
    doubles = find_all(text, _DOUBLE_CHARS)
    singles = find_all(text, _SINGLE_CHARS)
    if not doubles and not singles:
        return ()
    for start, end in paragraphs(text, sentences):
        if carry is None:
            k = bisect_left(doubles, start)
            if (k == len(doubles) or doubles[k] >= end) and not _any_in(singles, start, end):
                continue  # no mark, no quote: nothing to pair
        carry = _pair_doubles(text, start, end, carry, out, doubles, singles)
    if carry is not None:
        out.append(_unclosed(text, carry, _para_end_of(text, carry, sentences)))
    return tuple(sorted(out, key=lambda q: q.open_mark))


def _any_in(marks: list[int], lo: int, hi: int) -> bool:
    k = bisect_left(marks, lo)
    return k < len(marks) and marks[k] < hi


def paragraphs(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Paragraph extents: from the segmenter's paragraph numbers, else blank lines."""
    if sentences:
        spans: dict[int, list[int]] = {}
        get = spans.get
        for s in sentences:
            span = get(s.paragraph)
            if span is None:
                spans[s.paragraph] = [s.start, s.end]
            else:
                if s.start < span[0]:
                    span[0] = s.start
                if s.end > span[1]:
                    span[1] = s.end
        ordered = sorted([(a, b) for a, b in spans.values()])
        # Text the sentences do not cover (a trailing fragment) joins the last paragraph.
        if ordered:
            text_end = len(text.rstrip())
            if ordered[-1][1] < text_end:
                ordered[-1] = (ordered[-1][0], text_end)
        return ordered
    out, pos = [], 0
    for m in lex.BLANK_LINE.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text.rstrip())))
    return out


def _para_end_of(text: str, pos: int, sentences: Sequence[Sentence]) -> int:
    for a, b in paragraphs(text, sentences):
        if a <= pos < b:
            return b
    return len(text.rstrip())


def _classify(text: str, i: int, lo: int, hi: int, curly: str) -> int:
    """Whether the mark at ``i`` opens, closes, or could do either."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opens = (prev.isspace() or prev in lex.OPEN_CONTEXT) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in lex.CLOSE_CONTEXT)
    if opens and not closes:
        return _OPEN
    if closes and not opens:
        return _CLOSE
    if curly == "open":
        return _OPEN
    if curly == "close":
        return _CLOSE
    return _EITHER


def _pair_doubles(
    text: str,
    lo: int,
    hi: int,
    carry: int | None,
    out: list[QuotedSpan],
    doubles: list[int],
    singles: list[int],
) -> int | None:
    """Pair the double marks of one paragraph; return an opening mark left open at its end.

    ``doubles`` and ``singles`` are the offsets of every mark of the text (sorted)."""
    found: list[QuotedSpan] = []
    open_at: int | None = None
    first = True
    k = bisect_left(doubles, lo)
    count = len(doubles)
    while k < count:
        i = doubles[k]
        if i >= hi:
            break
        k += 1
        ch = text[i]
        shape = "open" if ch in lex.DOUBLE_OPENERS else "close" if ch in lex.DOUBLE_CLOSERS else ""
        kind = _classify(text, i, lo, hi, shape)
        if first and carry is not None:
            first = False
            # The previous paragraph ended inside a quote.  A closing mark here means the line
            # break was no paragraph break (hard-wrapped text): the quote goes on.
            if kind == _CLOSE or (kind == _EITHER and text[lo:i].strip()):
                out.append(_closed(carry, i))
                carry = None
                continue
            out.append(_unclosed(text, carry, _prev_end(text, lo)))
            carry = None
        first = False
        if open_at is None:
            if kind == _CLOSE:
                continue  # an orphan closing mark: ignore it
            open_at = i
        elif kind == _OPEN:
            open_at = i  # the earlier mark was an orphan: it costs that one quote
        else:
            found.append(_closed(open_at, i))
            open_at = None
    if carry is not None:  # no mark at all in this paragraph: the quote ended before it
        out.append(_unclosed(text, carry, _prev_end(text, lo)))
    out.extend(found)
    if _any_in(singles, lo, hi):
        # (from each opening mark to just past the closing one; an open quote runs to ``hi``)
        inside = [(q.open_mark, q.end + 1) for q in found]
        if open_at is not None:
            inside.append((open_at, hi + 1))
        _pair_singles(text, lo, hi, inside, out, singles)
    return open_at


def _closed(open_at: int, close_at: int) -> QuotedSpan:
    return QuotedSpan(open_at + 1, close_at, open_at, close_at, True)


def _unclosed(text: str, open_at: int, end: int) -> QuotedSpan:
    while end > open_at + 1 and text[end - 1].isspace():
        end -= 1
    return QuotedSpan(open_at + 1, end, open_at, None, False)


def _prev_end(text: str, lo: int) -> int:
    end = lo
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _pair_singles(
    text: str,
    lo: int,
    hi: int,
    inside: list[tuple[int, int]],
    out: list[QuotedSpan],
    singles: list[int],
) -> None:
    """Pair single quotes that stand outside double ones; apostrophes pair with nothing.

    ``inside`` are the paragraph's double-quoted stretches (first and last offset + 1, marks
    included, in order); ``singles`` the offsets of every single mark of the text (sorted)."""
    k = 0
    open_at: int | None = None
    for n in range(bisect_left(singles, lo), bisect_left(singles, hi)):
        i = singles[n]
        while k < len(inside) and inside[k][1] <= i:
            k += 1
        if k < len(inside) and inside[k][0] <= i < inside[k][1]:
            continue
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # don't, Korea's, rock'n'roll
        if lex.DECADE_APOSTROPHE.match(text, i + 1):
            continue  # the '90s
        ch = text[i]
        can_open = ch != lex.SINGLE_CLOSERS and (prev.isspace() or prev in lex.OPEN_CONTEXT)
        can_open = can_open and nxt.isalnum()
        can_close = not prev.isspace() and (nxt.isspace() or nxt in lex.CLOSE_CONTEXT)
        if open_at is None:
            if can_open:
                open_at = i
        elif can_close and ch != lex.SINGLE_OPENERS:
            if text[open_at + 1 : i].strip():
                out.append(_closed(open_at, i))
            open_at = None
        elif can_open:
            open_at = i
