"""text -> sentences with offsets, paragraphs numbered, captions and boilerplate marked.

Paragraphs are separated by blank lines, and also by single line breaks unless the text is
hard-wrapped (a wire script broken at ~65 columns, where a line break mid-sentence is just a
space).  Each paragraph gets a kind (see ``nkjp.models``):

- BYLINE: headlines and sub-headlines above the body (opening lines without a final full stop),
  bylines ("By Jane Doe", "• Kyodo"), time stamps ("Posted: Oct 14, 2019 8:05 PM"), script
  header fields ("DATE=12/21/1999");
- CAPTION: photo captions and credit lines ("... (AP Photo/Jane Doe)", "File photo shows ...");
- BOILERPLATE: a trailing link list ("Related coverage:" and the headlines after it) and
  subscription / newsletter blurbs;
- BODY: everything else.

Sentences take their paragraph's kind, except a lone credit inside the body ("(Yonhap)" after
the last sentence), which is a BYLINE.  A dateline ("SEOUL (Reuters) - ") is not a sentence of
its own: the first sentence starts after it.  ``text[s.start:s.end]`` is always the sentence
with surrounding white space stripped.

Sentences within a paragraph are found by ``nkjp.sentences``.  Everything is linear in the
length of the text: patterns are bounded and applied to paragraph edges.  Whole-text scans use
str.split / str.find (C speed) rather than regex scans, which cost 10-50 ns a character here.
"""

from __future__ import annotations

from nkjp.lexicon import text as lex
from nkjp.lexicon.dates import MONTH_ABBREVIATIONS_CAPS
from nkjp.models import BODY, BOILERPLATE, BYLINE, CAPTION, Sentence
from nkjp.sentences import abbreviation_before, find_all, split, terminal_marks

_FINAL_MARKS = lex.TERMINAL_MARKS


def segment(text: str) -> tuple[Sentence, ...]:
    """Every sentence of ``text`` in order, each with its paragraph index and kind."""
    paragraphs = _paragraphs(text)
    kinds = _classify(text, paragraphs)
    marks = terminal_marks(text)
    out: list[Sentence] = []
    append = out.append
    body_seen = 0  # datelines open one of the first body paragraphs (after captions, teasers)
    last = len(paragraphs) - 1
    for index, (start, end, _block) in enumerate(paragraphs):
        kind = kinds[index]
        if kind != BODY:
            if text[start : start + 2].isupper():  # (a script label: "TEXT:  ...")
                start = _skip_prefix(text, start, end, False)
            for s, e in split(text, start, end, marks):
                append(Sentence(s, e, index, kind))
            continue
        if body_seen < 3 or text[start : start + 2].isupper():
            start = _skip_prefix(text, start, end, body_seen < 3)
        body_seen += 1
        spans = split(text, start, end, marks)
        if index != last:
            for s, e in spans:  # only "(Yonhap)"-style sentences can be lone credits here
                lone = text[s] == "(" and _is_lone_credit(text, s, e, 0, 1, False)
                append(Sentence(s, e, index, BYLINE if lone else BODY))
            continue
        count = len(spans)
        for n, (s, e) in enumerate(spans):
            lone = _is_lone_credit(text, s, e, n, count, True)
            append(Sentence(s, e, index, BYLINE if lone else BODY))
    return tuple(out)


# --- paragraphs ----------------------------------------------------------------------------


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past white space on both sides (empty when all white)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str) -> list[tuple[int, int]]:
    """Every line as a ``(start, end)`` span, line breaks excluded."""
    lines = []
    pos = 0
    for m in lex.LINE_BREAK.finditer(text):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, len(text)))
    return lines


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Non-blank lines as stripped spans, grouped in blocks separated by blank lines."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    if not any(c in text for c in lex.OTHER_LINE_BREAKS):  # the usual case: only \n breaks lines
        pos = 0
        for line in text.split("\n"):
            size = len(line)
            content = line.strip()  # str.strip and regex \s agree on what is white space
            if content:
                if len(content) == size:
                    current.append((pos, pos + size))
                else:
                    s = pos + size - len(line.lstrip())
                    current.append((s, s + len(content)))
            elif current:
                blocks.append(current)
                current = []
            pos += size + 1
    else:
        for start, end in _lines(text):
            s, e = _strip(text, start, end)
            if s == e:
                if current:
                    blocks.append(current)
                    current = []
            else:
                current.append((s, e))
    if current:
        blocks.append(current)
    return blocks


def _paragraphs(text: str) -> list[tuple[int, int, int]]:
    """Paragraphs as stripped ``(start, end, block)`` spans; ``block`` numbers blank-line blocks."""
    blocks = _blocks(text)
    if not _is_hard_wrapped(text, blocks):
        out = []
        for number, block in enumerate(blocks):
            para_start, prev_end = block[0]
            for s, e in block[1:]:
                if not _breaks_a_date(text, prev_end, s, e):
                    out.append((para_start, prev_end, number))
                    para_start = s
                prev_end = e
            out.append((para_start, prev_end, number))
        return out
    width = max(e - s for block in blocks for s, e in block)
    out: list[tuple[int, int, int]] = []
    for number, block in enumerate(blocks):
        para_start, prev_end = block[0]
        prev_start = para_start
        for s, e in block[1:]:
            if _wrap_breaks(text, prev_start, prev_end, s, e, width):
                out.append((para_start, prev_end, number))
                para_start = s
            prev_start, prev_end = s, e
        out.append((para_start, prev_end, number))
    return out


def _is_hard_wrapped(text: str, blocks: list[list[tuple[int, int]]]) -> bool:
    """True when line breaks fall mid-sentence often enough to be a fixed-width wrap.

    A soft break: a line without closing punctuation followed by one starting in lower case,
    as in a wire script: "Delegates of the two Red Cross societies \\nmet again in ...".
    """
    open_ends = soft = 0  # breaks after a line without closing punctuation; how many soft
    for block in blocks:
        if len(block) < 2:
            continue
        for (s1, e1), (s2, _e2) in zip(block, block[1:], strict=False):
            if text[e1 - 1] in '.!?:;"”’)' or _is_header_field(text, s1, e1):
                continue
            open_ends += 1
            if text[s2].islower():
                soft += 1
    return soft >= 2 and soft * 3 >= open_ends


def _wrap_breaks(text: str, prev_start: int, prev_end: int, s: int, e: int, width: int) -> bool:
    """In hard-wrapped text: does the line ``text[s:e]`` (after ``text[prev_start:prev_end]``)
    start a new paragraph?"""
    if _is_header_field(text, prev_start, prev_end) or _is_header_field(text, s, e):
        return True
    if lex.LABEL_PREFIX.match(text, s, min(e, s + lex.HEAD)):
        return True  # "TEXT:  Negotiators from both sides..."
    last = text[prev_end - 1]
    if text[s].islower() or last.islower() or last in ",-–—":
        return False  # "...will resume in \nMay", "...a hard-won follow-\nup session"
    if _breaks_a_date(text, prev_end, s, e):
        return False  # "...set for Sept.\n13 in Tokyo"
    if text[prev_end - 1] in '.!?:"”’':
        return True  # "...the second day of talks.\nLater that evening the envoys"
    return (prev_end - prev_start) * 3 < width * 2  # a short line ends its paragraph


def _breaks_a_date(text: str, prev_end: int, s: int, e: int) -> bool:
    """Does the line break between a line ending ``prev_end`` and one starting at ``s`` (ending
    ``e``) fall inside a date, after a month's abbreviation and before its day ("...set for
    Sept.\n13 in Tokyo")?  A day is one or two ASCII digits (up to 31), maybe an ordinal ending;
    a list mark or superscript after the month ("...steps for Oct.\n① Talks resume") is none."""
    if text[prev_end - 1] != "." or not _ascii_digit(text[s]):
        return False
    k = s
    while k < e and k - s < 2 and _ascii_digit(text[k]):
        k += 1
    if int(text[s:k]) > 31 or (k < e and _ascii_digit(text[k])):
        return False
    return abbreviation_before(text, prev_end - 1) in MONTH_ABBREVIATIONS_CAPS


def _ascii_digit(c: str) -> bool:
    """0-9 only: ``str.isdigit`` is also true for '①' and '²', which ``int`` refuses."""
    return "0" <= c <= "9"


def _is_header_field(text: str, s: int, e: int) -> bool:
    return e - s <= 120 and lex.HEADER_FIELD.fullmatch(text, s, e) is not None


# --- paragraph kinds -----------------------------------------------------------------------


def _classify(text: str, paragraphs: list[tuple[int, int, int]]) -> list[str]:
    """The kind of every paragraph (see the module docstring)."""
    kinds: list[str] = []
    in_header = True  # no body paragraph yet: headlines and bylines live here
    in_link_list = False
    tail_credit: list[int] = []  # paragraphs made captions only by a "(Yonhap)"-style tail
    last = len(paragraphs) - 1
    related = lex.RELATED_HEADING.fullmatch
    caption_start_at = lex.CAPTION_START.match
    credit_line_is = lex.CREDIT_LINE.fullmatch
    head = lex.HEAD
    hints = _hint_starts(text)
    hint = 0  # index of the first hint not before the current paragraph
    hint_count = len(hints) if hints is not None else 0
    for index, (s, e, block) in enumerate(paragraphs):
        length = e - s
        if in_link_list:
            if _is_headline_like(text, s, e) or related(text, s, e):
                kinds.append(BOILERPLATE)
                continue
            in_link_list = False
        if length <= lex.SHORT_PARAGRAPH and related(text, s, e):
            in_link_list = True
            kinds.append(BOILERPLATE)
            continue
        if length <= lex.BLURB_MAX_CHARS:
            if hints is None:
                maybe_blurb = True
            else:  # paragraphs come in text order, so the hints are walked once
                while hint < hint_count and hints[hint] < s:
                    hint += 1
                maybe_blurb = hint < hint_count and hints[hint] < e
            if maybe_blurb and _is_subscription(text, s, e):
                kinds.append(BOILERPLATE)
                continue
        caption_start = caption_start_at(text, s, s + head if length > head else e) is not None
        credit_line = length <= 80 and credit_line_is(text, s, e) is not None
        # (a credit tail ends ")" or ")." - the paragraph's last character is never a space)
        tail = text[e - 1]
        if (
            caption_start
            or credit_line
            or (
                (tail == ")" or (tail == "." and (text[e - 2] in ".)" or text[e - 2].isspace())))
                and _has_credit_tail(text, s, e)
            )
        ):
            if credit_line:
                # "AP Photo/Jane Doe" under its caption: the lines above it in the block too.
                j = len(kinds) - 1
                while j >= 0 and paragraphs[j][2] == block and kinds[j] == BODY:
                    kinds[j] = CAPTION
                    j -= 1
            elif not caption_start:
                tail_credit.append(index)
            kinds.append(CAPTION)
            continue
        # (past the header only a short paragraph can be a byline or time stamp)
        kind = None
        if in_header or length <= 120:
            kind = _byline_kind(text, s, e, in_header, index == last)
        if kind is None:
            kind = BODY
            in_header = False
        kinds.append(kind)
    # The last paragraph of the story ending "... (Yonhap News)" is body with a source credit.
    content = [i for i, k in enumerate(kinds) if k not in (BOILERPLATE, BYLINE)]
    if content and content[-1] in tail_credit and content[-1] > 0:
        kinds[content[-1]] = BODY
    return kinds


# Characters whose lower case is (or holds) an ASCII letter though they are not ASCII
# themselves (KELVIN SIGN -> "k", I WITH DOT ABOVE -> "i\u0307"): an ASCII-folded copy of a
# text holding one could miss a hint, so such texts take the slow path.
_FOLD_UNSAFE = "\u212a\u0130" + "".join(
    {c for hint in lex.SUBSCRIPTION_HINTS for c in hint if not c.isascii()}
)
_ASCII_HINTS = tuple(hint.encode("ascii") for hint in lex.SUBSCRIPTION_HINTS if hint.isascii())


def _hint_starts(text: str) -> list[int] | None:
    """Sorted offsets where a SUBSCRIPTION_HINTS word starts (matched without regard to case),
    or None when the text must be checked paragraph by paragraph.

    One ASCII-folded copy of the text (every other character a "?", so offsets are kept) is
    searched with bytes.find: a dozen C-speed scans per article instead of a dozen per
    paragraph.  Only a paragraph with a hint in it goes on to the full check.
    """
    if any(c in text for c in _FOLD_UNSAFE):
        return None
    folded = text.encode("ascii", "replace").lower()
    return find_all(folded, _ASCII_HINTS)


def _is_subscription(text: str, s: int, e: int) -> bool:
    lowered = text[s:e].lower()
    for hint in lex.SUBSCRIPTION_HINTS:
        if hint in lowered:
            return lex.SUBSCRIPTION.search(lowered) is not None
    return False


def _has_credit_tail(text: str, s: int, e: int) -> bool:
    i = e - 1
    while i > s and (text[i] == "." or text[i].isspace()):
        i -= 1
    if text[i] != ")":
        return False
    m = lex.CREDIT_TAIL.search(text, max(s, e - lex.TAIL), e)
    if m is None or lex.CREDIT_WORD.search(m.group(1)) is None:
        return False
    if i + 1 < e:
        # "...said the Associated Press (AP)." is an aside; "...in 2023. (KCNA/Kyodo)" a credit
        before = _strip(text, s, m.start())[1]
        return before > s and text[before - 1] in _FINAL_MARKS + '"”’'
    return True


def _byline_kind(text: str, s: int, e: int, in_header: bool, is_last: bool) -> str | None:
    """BYLINE for headlines, bylines, datelines-only lines and time stamps, else None."""
    length = e - s
    if length <= 120 and (lex.BYLINE_LINE.fullmatch(text, s, e) or _is_header_field(text, s, e)):
        if in_header or text[e - 1] != ".":  # a one-line body paragraph "Nobody Came." stays
            return BYLINE
    if (
        length <= 100
        and text.find(":", s, e) >= 0  # (cheap: a clock time has a colon)
        and lex.CLOCK.search(text, s, e)
        and lex.STAMP_DATE.search(text, s, e)
    ):
        if len(text[s:e].split()) <= 12:
            return BYLINE  # "Nov. 8, 2017 - Updated 22:45 UTC"
    if (
        in_header
        and length <= lex.SHORT_PARAGRAPH
        and text.find("@", s, e) >= 0
        and lex.EMAIL.search(text, s, e)
    ):
        return BYLINE  # "... April 17, 2020 11:05. by Min-Jae Park mjpark@example.com."
    if in_header and not is_last and length <= lex.HEADLINE_MAX_CHARS:
        # a headline: "Tokyo protests new fishing zone near disputed reef"; not an opening that
        # leads into the next paragraph ("Foreign Minister Kang said:")
        if not _ends_sentence(text, s, e) and text[e - 1] not in ":,;":
            if text.count(" ", s, e) < lex.HEADLINE_MAX_WORDS:
                return BYLINE
    return None


def _ends_sentence(text: str, s: int, e: int) -> bool:
    """Does the paragraph end with a full stop, maybe inside closing quotes / brackets?"""
    i = e - 1
    while i > s and text[i] in lex.CLOSERS:
        i -= 1
    return text[i] in _FINAL_MARKS


def _is_headline_like(text: str, s: int, e: int) -> bool:
    """A line of a link list: short and without a closing full stop."""
    if e - s > lex.SHORT_PARAGRAPH:
        return False
    i = e - 1
    while i > s and text[i] in lex.CLOSERS:
        i -= 1
    if text[i] == ".":
        return False  # headlines may end "?" or "!", not with a full stop
    return len(text[s:e].split()) <= lex.LINK_LIST_MAX_WORDS


def _skip_prefix(text: str, start: int, end: int, dateline: bool) -> int:
    """Where the first sentence starts: after a script label or (first body paragraph) dateline."""
    head = start + lex.HEAD if start + lex.HEAD < end else end
    if text[start : start + 2].isupper():  # (labels are words in capitals)
        m = lex.LABEL_PREFIX.match(text, start, head)
        if m:
            return m.end()
    if dateline:
        m = lex.DATELINE.match(text, start, head)
        if m and m.end() < end and not text[m.end()].islower():
            return _strip(text, m.end(), end)[0]
    return start


def _is_lone_credit(text: str, s: int, e: int, n: int, count: int, last_para: bool) -> bool:
    """A body sentence that is only a credit: "(Yonhap News)", or a final "Yonhap"."""
    if text[s] == "(" and text[e - 1] == ")" and e - s <= 60:
        return lex.CREDIT_WORD.search(text, s, e) is not None
    if last_para and n == count - 1 and n > 0 and e - s <= 40 and text[e - 1] not in _FINAL_MARKS:
        words = text[s:e].replace(",", " ").replace("/", " ").split()
        return 0 < len(words) <= 3 and all(w in lex.AGENCY_WORDS for w in words)
    return False
