"""text -> sentences with offsets, paragraphs numbered, captions and boilerplate marked.

Paragraphs are separated by blank lines, and also by single line breaks unless the text is
hard-wrapped (a wire script broken at ~65 columns, where a line break mid-sentence is just a
space).  Each paragraph gets a kind (see ``nkjp.models``):

- BYLINE: headlines and sub-headlines above the body (opening lines without a final full stop),
  bylines ("By Jane Doe", "• Kyodo"), time stamps ("Posted: Feb 27, 2014 5:21 AM"), script
  header fields ("DATE=12/21/1999");
- CAPTION: photo captions and credit lines ("... (AP Photo/Jane Doe)", "File photo shows ...");
- BOILERPLATE: a trailing link list ("Related coverage:" and the headlines after it) and
  subscription / newsletter blurbs;
- BODY: everything else.

Sentences take their paragraph's kind, except a lone credit inside the body ("(Yonhap)" after
the last sentence), which is a BYLINE.  A dateline ("SEOUL (Reuters) - ") is not a sentence of
its own: the first sentence starts after it.  ``text[s.start:s.end]`` is always the sentence
with surrounding white space stripped.

Everything is linear in the length of the text: patterns are bounded and applied to paragraph
edges, and the sentence splitter looks at most a few dozen characters around each full stop.
"""

from __future__ import annotations

from nkjp.lexicon import text as lex
from nkjp.models import BODY, BOILERPLATE, BYLINE, CAPTION, Sentence

_OPENING_MARKS = "\"'“‘«([{"
_FINAL_MARKS = ".!?\u2026"


def segment(text: str) -> tuple[Sentence, ...]:
    """Every sentence of ``text`` in order, each with its paragraph index and kind."""
    paragraphs = _paragraphs(text)
    kinds = _classify(text, paragraphs)
    out: list[Sentence] = []
    body_seen = 0  # datelines open one of the first body paragraphs (after captions, teasers)
    last = len(paragraphs) - 1
    for index, ((start, end, _block), kind) in enumerate(zip(paragraphs, kinds, strict=True)):
        start = _skip_prefix(text, start, end, dateline=kind == BODY and body_seen < 3)
        if kind == BODY:
            body_seen += 1
        spans = _sentences(text, start, end)
        for n, (s, e) in enumerate(spans):
            sentence_kind = kind
            if kind == BODY and _is_lone_credit(text, s, e, n, len(spans), index == last):
                sentence_kind = BYLINE
            out.append(Sentence(s, e, index, sentence_kind))
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
    if lex.OTHER_LINE_BREAK.search(text) is None:  # the usual case: only \n breaks lines
        prev_end = 0
        count = text.count
        for m in lex.LINE_CONTENT.finditer(text):
            s, e = m.span()
            if current and count("\n", prev_end, s) > 1:
                blocks.append(current)
                current = []
            current.append((s, e))
            prev_end = e
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
    wrapped = _is_hard_wrapped(text, blocks)
    width = max((e - s for block in blocks for s, e in block), default=0)
    out: list[tuple[int, int, int]] = []
    for number, block in enumerate(blocks):
        if not wrapped:
            out.extend((s, e, number) for s, e in block)
            continue
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
    as in a wire script: "Japanese and North Korean Red Cross delegations \\nmeeting in ...".
    """
    open_ends = soft = 0  # breaks after a line without closing punctuation; how many soft
    for block in blocks:
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
        return True  # "TEXT:  The head of the delegation..."
    last = text[prev_end - 1]
    if text[s].islower() or last.islower() or last in ",-–—":
        return False  # "...will meet in \nOctober", "...a successful last-\nditch round"
    if text[prev_end - 1] in '.!?:"”’':
        return True  # "...last-ditch round of talks.\nAfter a hastily-arranged meeting"
    return (prev_end - prev_start) * 3 < width * 2  # a short line ends its paragraph


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
    for index, (s, e, block) in enumerate(paragraphs):
        kind = None
        if in_link_list:
            if _is_headline_like(text, s, e) or lex.RELATED_HEADING.fullmatch(text, s, e):
                kinds.append(BOILERPLATE)
                continue
            in_link_list = False
        if e - s <= lex.SHORT_PARAGRAPH and lex.RELATED_HEADING.fullmatch(text, s, e):
            in_link_list = True
            kind = BOILERPLATE
        elif e - s <= lex.BLURB_MAX_CHARS and _is_subscription(text, s, e):
            kind = BOILERPLATE
        else:
            kind = _caption_kind(text, s, e)
            if kind == CAPTION and _is_credit_line(text, s, e):
                # "AP Photo/Jane Doe" under its caption: the lines above it in the block too.
                j = len(kinds) - 1
                while j >= 0 and paragraphs[j][2] == block and kinds[j] == BODY:
                    kinds[j] = CAPTION
                    j -= 1
            elif kind == CAPTION and not _caption_start(text, s, e):
                tail_credit.append(index)
        if kind is None:
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


def _is_subscription(text: str, s: int, e: int) -> bool:
    lowered = text[s:e].lower()
    for hint in lex.SUBSCRIPTION_HINTS:
        if hint in lowered:
            return lex.SUBSCRIPTION.search(lowered) is not None
    return False


def _caption_start(text: str, s: int, e: int) -> bool:
    return lex.CAPTION_START.match(text, s, min(e, s + lex.HEAD)) is not None


def _is_credit_line(text: str, s: int, e: int) -> bool:
    return e - s <= 80 and lex.CREDIT_LINE.fullmatch(text, s, e) is not None


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


def _caption_kind(text: str, s: int, e: int) -> str | None:
    """CAPTION for photo captions and credit lines, else None."""
    if _caption_start(text, s, e) or _is_credit_line(text, s, e) or _has_credit_tail(text, s, e):
        return CAPTION
    return None


def _byline_kind(text: str, s: int, e: int, in_header: bool, is_last: bool) -> str | None:
    """BYLINE for headlines, bylines, datelines-only lines and time stamps, else None."""
    length = e - s
    if length <= 120 and (lex.BYLINE_LINE.fullmatch(text, s, e) or _is_header_field(text, s, e)):
        if in_header or text[e - 1] != ".":  # a one-line body paragraph "Nobody Came." stays
            return BYLINE
    if length <= 100 and lex.CLOCK.search(text, s, e) and lex.STAMP_DATE.search(text, s, e):
        if len(text[s:e].split()) <= 12:
            return BYLINE  # "Jun. 29, 2014 - Updated 07:10 UTC"
    if (
        in_header
        and length <= lex.SHORT_PARAGRAPH
        and "@" in text[s:e]
        and lex.EMAIL.search(text, s, e)
    ):
        return BYLINE  # "... June 02, 2021 07:30. by Ji-Sun Choi jschoi@example.com."
    if in_header and not is_last and length <= lex.HEADLINE_MAX_CHARS:
        # a headline: "Seoul summons Japanese envoy over islets claim"; not an opening that
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
    head = min(end, start + lex.HEAD)
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


# --- sentences -----------------------------------------------------------------------------


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (one paragraph), stripped of white space."""
    out = []
    sent_start = start
    for m in lex.TERMINAL.finditer(text, start, end):
        stop = m.end()
        # A closing quote set off by a space: "...‘action for action.’ ” Suga said"
        if stop + 1 < end and text[stop] == " " and text[stop + 1] in "”’":
            if stop + 2 == end or text[stop + 2].isspace():
                stop += 2
        if stop >= end:
            break
        if stop > sent_start and _is_boundary(text, m.start(), m.end(), stop, end):
            s, e = _strip(text, sent_start, stop)
            if s < e:
                out.append((s, e))
            sent_start = stop
    s, e = _strip(text, sent_start, end)
    if s < e:
        out.append((s, e))
    return out


def _word_before(text: str, pos: int, floor: int) -> str:
    """The token ending at ``pos`` (no white space), opening quotes and brackets dropped."""
    k = pos
    limit = max(floor, pos - 40)
    while k > limit and not text[k - 1].isspace():
        k -= 1
    return text[k:pos].lstrip(_OPENING_MARKS)


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
