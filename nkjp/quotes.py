"""-> Quote records: direct, partial and indirect speech with their speakers.

Each double-quoted span is a candidate.  It is DIRECT when it stands as a sentence of its own
(nothing before it in the sentence, or an attribution ending in a comma or colon: 'Lee said:
"..."') and PARTIAL when it is a fragment inside other words ('called it "reckless"').  A
direct quote takes its speaker from the attribution after it ('"...," the minister said'),
before it, or else from the quote before it (the second half of a quote split by its
attribution, a paragraph that continues a quote, a paragraph of quotes after the speaker's).
A partial one takes the speaker of the sentence's reporting verb, or the owner of a speech noun
right before it ("Seoul's demand for a "..."); without one it is a scare quote and no record.
Indirect speech is nkjp/speech.py's.  Speaker phrases go to the Cast ("they" to the group in
reach); a quote whose speaker it cannot resolve is dropped.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from nkjp import attribution, speech
from nkjp.actors import Cast
from nkjp.cues import Doc, Draft, Hit, Span
from nkjp.lexicon import references as lref
from nkjp.lexicon import speech as lx
from nkjp.lexicon import text as lex
from nkjp.models import DIRECT, PARTIAL, Article, Quote, QuotedSpan, Sentence, Speaker, TimeExpr


def extract_quotes(
    article: Article,
    sentences: Sequence[Sentence],
    quoted: Sequence[QuotedSpan],
    times: Sequence[TimeExpr],
    cast: Cast,
) -> tuple[Quote, ...]:
    """Every attributed quote of the article, in text order, ids ``<article>:q<n>``."""
    text = article.text
    if not sentences or not quoted and not any(c in text for c in "sSaAtTnN"):
        return ()
    doc = Doc(text, sentences, quoted)
    drafts = _direct_and_partial(doc)
    doc.direct_at = {q.start for d in drafts if d.kind == DIRECT and (q := doc.quote_at(d.start))}
    drafts += speech.find_indirect(doc, drafts)
    drafts.sort(key=lambda d: (d.start, d.end))
    return _resolve(article, doc, drafts, times, cast)


# -- direct and partial ------------------------------------------------------------------------


def _direct_and_partial(doc: Doc) -> list[Draft]:
    out: list[Draft] = []
    prev: Draft | None = None
    for k, q in enumerate(doc.quoted):
        i = doc.sentence_at(q.open_mark)
        if not doc.is_body(i):
            continue
        if not q.closed and not doc.text[q.end :].strip():
            continue  # cut off at the end of the text: the attribution is lost with it
        draft = _one_quote(doc, k, q, i, out)
        if draft is None and prev is not None and prev.kind == PARTIAL:
            draft = _listed_partial(doc, k, q, prev)
        prev = draft
        if draft is not None:
            out.append(draft)
    return out


def _listed_partial(doc: Doc, k: int, q: QuotedSpan, prev: Draft) -> Draft | None:
    """'banners reading "No war" and "Peace now"': the second belongs with the first."""
    before = doc.quoted[k - 1]
    if before.close_mark is None or not prev.start <= before.end + 1:
        return None
    gap = doc.text[before.close_mark + 1 : q.open_mark]
    if not lx.LIST_GAP.fullmatch(gap):
        return None
    start, end = _quote_text(doc.text, q)
    if end <= start:
        return None
    return Draft(
        start,
        end,
        PARTIAL,
        prev.cue,
        prev.speaker,
        prev.sentence,
        "partial-listed",
        prev.attribution,
    )


def _one_quote(doc: Doc, k: int, q: QuotedSpan, i: int, earlier: list[Draft]) -> Draft | None:
    text = doc.text
    sent = doc.sentences[i]
    close = q.close_mark if q.close_mark is not None else q.end
    last = doc.sentences[doc.sentence_at(close)]
    pre_lo = sent.start
    if k > 0:
        prev = doc.quoted[k - 1]
        prev_close = prev.close_mark if prev.close_mark is not None else prev.end
        pre_lo = max(pre_lo, prev_close + 1)
    pre_lo = _after_last_break(text, pre_lo, q.open_mark)
    post_hi = max(last.end, close + 1)
    if k + 1 < len(doc.quoted):
        post_hi = min(post_hi, doc.quoted[k + 1].open_mark)
    post_lo = close + 1
    sentence = (sent.start, max(last.end, close + 1))
    start, end = _quote_text(text, q)
    if end <= start:
        return None
    pre = text[pre_lo : q.open_mark]

    if lx.ONLY_PUNCT.fullmatch(pre):
        found = _attribution_after(doc, post_lo, post_hi, i)
        if found:
            cue, speaker, attr = found
            return Draft(start, end, DIRECT, cue, speaker, sentence, "direct-after", attr)
        if lx.ONLY_PUNCT.fullmatch(text[post_lo:post_hi]) or not q.closed:
            return Draft(start, end, DIRECT, None, None, sentence, "direct-run-on", (0, 0))
    elif lx.INTRO_END.search(pre):
        found = _attribution_before(doc, pre_lo, q.open_mark)
        if found:
            cue, speaker, attr = found
            return Draft(start, end, DIRECT, cue, speaker, sentence, "direct-before", attr)
    lo = sent.start
    for d in reversed(earlier[-8:]):
        if d.kind == DIRECT and sent.start <= d.end < q.open_mark:
            lo = max(lo, d.end)
            break
    return _partial(doc, q, i, lo, start, end, sentence)


def _after_last_break(text: str, lo: int, hi: int) -> int:
    """Where the last sentence break in ``text[lo:hi]`` ends ('... said Kim. "Next'), else
    ``lo``.  A break is matched from its mark, and no break holds another mark: each mark is
    tried alone, walking back from ``hi`` (not the whole stretch scanned forward).  Each kind
    of mark is looked for back from the last one of its kind (linear on a long stretch)."""
    dot, bang, ask = text.rfind(".", lo, hi), text.rfind("!", lo, hi), text.rfind("?", lo, hi)
    while True:
        p = max(dot, bang, ask)
        if p < 0:
            return lo
        m = lex.SENTENCE_BREAK.match(text, p, hi)
        if m:
            return m.end()
        if p == dot:
            dot = text.rfind(".", lo, p)
        elif p == bang:
            bang = text.rfind("!", lo, p)
        else:
            ask = text.rfind("?", lo, p)


def _quote_text(text: str, q: QuotedSpan) -> tuple[int, int]:
    """The quoted words without edge spaces and a trailing comma: '"We will," he said'."""
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ","):
        e -= 1
    return s, e


def _attribution_after(doc: Doc, lo: int, hi: int, i: int) -> tuple[str, Span, Span] | None:
    """'"...," said Jane Doe' / '"...," the minister told reporters' / '"...?" he asked'."""
    text = doc.text
    m = lx.LEADING_PUNCT.match(text[lo:hi])
    pos = lo + (m.end() if m else 0)
    hi = min(hi, lo + lx.REACH)
    hits = doc.hits_between(i, lo, hi)
    if not hits and i + 1 < len(doc.sentences):  # the segmenter split at '?"'
        hits = doc.hits_between(i + 1, lo, hi)
    for h in hits:
        if h.kind != "verb" or h.verb not in lx.DIRECT_VERBS:
            continue
        gap = text[pos : h.start]
        if not gap.strip() or lx.LIGHT_ADVERBS.fullmatch(gap):
            speaker = attribution.subject_after(text, h.end, hi)  # inverted: 'said Kim'
            if speaker:
                return text[h.start : h.end], speaker, (h.start, speaker[1])
            continue
        if _words(gap) > attribution.MAX_SPEAKER_WORDS + 4:
            break
        subject = attribution.subject_before(text, pos, h.start)
        # '"...," in his view, said Kim': skip words up to a comma.
        c = text.rfind(",", pos, h.start)
        if c >= 0 and not subject:
            subject = attribution.subject_before(text, c + 1, h.start)
        speaker = attribution.drop_possessor(text, subject)
        if speaker:
            return text[h.start : h.end], speaker, (h.start, _attr_end(text, h.end, hi))
        after = attribution.subject_after(text, h.end, hi)
        if after and lx.ONLY_PUNCT.fullmatch(text[pos : h.start].split(",")[-1]):
            return text[h.start : h.end], after, (h.start, after[1])
        break
    return None


def _attr_end(text: str, pos: int, hi: int) -> int:
    """End of the adjuncts after a cue: 'said on Thursday', 'told a news conference'."""
    m = lx.TELL_OBJECT.match(text, pos, hi)
    if m:
        pos = m.end()
    while True:
        m = lx.ADJUNCT.match(text, pos, hi)
        if not m:
            return pos
        pos = m.end()


def _attribution_before(doc: Doc, lo: int, mark: int) -> tuple[str, Span, Span] | None:
    """'Lee said: "..."' / 'Kim, 54, told reporters, "..."' / 'was quoted as saying, "...'."""
    text = doc.text
    i = doc.sentence_at(mark)
    lo = max(lo, mark - lx.REACH)
    hits = doc.hits_between(i, lo, mark)
    if not hits and i > 0:
        hits = doc.hits_between(i - 1, lo, mark)
    for h in reversed(hits):
        if h.kind == "according" or (h.kind == "verb" and h.verb not in lx.DIRECT_VERBS):
            continue
        tail = text[h.end : mark]
        if _words(tail) > 9 or lex.DOUBLE_MARKS.search(tail):
            return None
        speaker = speech.cue_speaker(doc, lo, h)
        if speaker:
            return text[h.start : h.end], speaker, (h.start, mark)
        return None
    return None


def _partial(
    doc: Doc, q: QuotedSpan, i: int, pre_lo: int, start: int, end: int, sentence: Span
) -> Draft | None:
    """A quoted fragment: the speaker of the sentence's reporting verb, else no quote."""
    text = doc.text
    sent = doc.sentences[i]
    before = text[max(sent.start, q.open_mark - 40) : q.open_mark]
    if _may_end_with(before, lx.TERM_BEFORE_LAST, True) and _term_before(before):
        return None
    if _may_end_with(before, lx.SIGN_READING_LAST) and _sign_before(before):
        who = attribution.clause_subject(text, max(sent.start, q.open_mark - lx.REACH), q.open_mark)
        if who:
            return Draft(start, end, PARTIAL, "reading", who, sentence, "partial-sign", (0, 0))
    # The outermost cue of the quote's clause: 'Cho said the envoy had called it "reckless"' is
    # Cho's report; '..., and Lee has said he is willing "without preconditions"' is Lee's.
    lo = pre_lo
    hits = doc.hits_between(i, lo, q.open_mark)
    if hits:  # (without a cue before the quote there is no clause start to look for)
        lo = attribution.clause_start(text, pre_lo, q.open_mark)
        hits = doc.hits_between(i, lo, q.open_mark)
    owner = _possessive_cue(doc, max(hits[-1].end if hits else lo, q.open_mark - 160), q)
    if owner:  # "they said they went trusting Seoul's promise of a "golden chance"": Seoul's
        return Draft(start, end, PARTIAL, owner[0], owner[1], sentence, "partial-owner", (0, 0))
    for h in hits:
        found = _hit_speaker(doc, h, lo)
        if found:
            return Draft(
                start, end, PARTIAL, found[0], found[1], sentence, "partial-before", found[2]
            )
    close = q.close_mark if q.close_mark is not None else q.end
    last = doc.sentence_at(close)
    for h in doc.hits_between(last, close + 1, close + lx.REACH):
        if doc.quote_at(h.start):
            continue
        found = _hit_speaker(doc, h, _after_quotes(doc, close + 1, h.start))
        if found:
            return Draft(
                start, end, PARTIAL, found[0], found[1], sentence, "partial-after", found[2]
            )
    return None


def _possessive_cue(doc: Doc, lo: int, q: QuotedSpan) -> tuple[str, Span] | None:
    """The speech noun and its owner ending right before the quote ("Seoul's demand for a
    "..."), after the last cue: ``lx.POSSESSIVE_CUE``, searched only when an "'s" is there."""
    text = doc.text
    k = max(text.rfind(mark, lo, q.open_mark) for mark in lx.POSSESSIVE_MARKS)
    if k < 0:
        return None
    m = lx.POSSESSIVE_CUE.search(text, max(lo, k - lx.POSSESSIVE_OWNER_REACH), q.open_mark)
    return (m["cue"], m.span("who")) if m else None


def _may_end_with(s: str, words: tuple[str, ...], comma: bool = False) -> bool:
    """Whether ``s`` may end with one of ``words`` (lower case) before trailing spaces and, with
    ``comma``, one comma: a cheap test before a case-blind search anchored at the end.  Not
    ASCII: True, the search decides (case folding beyond ASCII)."""
    tail = s.rstrip()
    if comma and tail.endswith(","):
        tail = tail[:-1].rstrip()
    tail = tail[-12:]
    return not tail.isascii() or tail.lower().endswith(words)


def _sign_before(before: str) -> bool:
    """Whether a ``lx.SIGN_READING`` match ends ``before``: every match is tried, not only the
    first ('signs that said "No" and flags reading "' ends with the second)."""
    return any(m.end() == len(before) for m in lx.SIGN_READING.finditer(before))


def _term_before(before: str) -> bool:
    """``lx.TERM_BEFORE`` found in ``before`` ('a film titled "...'): its match ends the text
    and spans at most its last three runs of non-spaces ('known as ,'), so only those are
    searched (space runs as one space: the pattern matches any run as ``\\s``)."""
    return lx.TERM_BEFORE.search(" ".join(before.rsplit(None, 3)[-3:])) is not None


def _after_quotes(doc: Doc, lo: int, pos: int) -> int:
    """After the last quote that closes before ``pos``: where a subject may start."""
    for other in doc.quotes_in(lo, pos):
        if other.close_mark is not None and other.close_mark < pos:
            lo = max(lo, other.close_mark + 1)
    return lo


def _hit_speaker(doc: Doc, h: Hit, lo: int) -> tuple[str, Span, Span] | None:
    text = doc.text
    cue = text[h.start : h.end]
    if h.kind == "according":
        who = speech.according_speaker(doc, h)
        return ("according to", who, (h.start, who[1])) if who else None
    speaker = speech.cue_speaker(doc, lo, h)
    if speaker is None:
        return None
    return cue, speaker, (h.start, _attr_end(text, h.end, len(text)))


def _words(s: str) -> int:
    return len(s.split())


# -- speakers, dates, records ------------------------------------------------------------------


def _resolve(
    article: Article, doc: Doc, drafts: list[Draft], times: Sequence[TimeExpr], cast: Cast
) -> tuple[Quote, ...]:
    text = doc.text
    resolved: list[tuple[Draft, Speaker, str]] = []
    # A quote that runs on into the next paragraph takes the speaker named there.
    _inherit_forward(doc, drafts)
    last: tuple[Draft, Speaker, str] | None = None
    found: dict[Span, Speaker | None] = {}
    for d in drafts:
        who: Speaker | None = None
        speaker_text = ""
        if d.speaker is not None:
            speaker_text = text[d.speaker[0] : d.speaker[1]]
            if d.speaker not in found:  # (a cue's partial and indirect quotes share a phrase)
                found[d.speaker] = cast.speaker(*d.speaker)
            who = found[d.speaker]
            if who is None:
                who = _pronoun_speaker(doc, last, d, speaker_text)
        elif last is not None and _near(doc, last[0], d):
            who, speaker_text = last[1], last[2]
            if d.cue is None:
                d.cue = last[0].cue if last[0].kind == DIRECT else None
        if who is None:
            continue
        item = (d, who, speaker_text)
        resolved.append(item)
        last = item
    seen: set[tuple[int, int]] = set()
    out: list[Quote] = []
    for d, who, speaker_text in resolved:
        if (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        out.append(
            Quote(
                id=f"{article.id}:q{len(out) + 1}",
                article=article.id,
                speaker=who.name,
                speaker_text=speaker_text,
                named=who.named,
                text=text[d.start : d.end],
                kind=d.kind,
                cue=d.cue,
                date=_date(times, d.attribution),
                sentence=text[d.sentence[0] : d.sentence[1]].strip(),
                span=(d.start, d.end),
                rule=d.rule,
            )
        )
    return tuple(out)


def _pronoun_speaker(
    doc: Doc, last: tuple[Draft, Speaker, str] | None, d: Draft, phrase: str
) -> Speaker | None:
    """'"...," he added.': a pronoun the Cast could not resolve, reporting speech soon after
    someone's quote, is that speaker when the two agree (he/she a person, it a body)."""
    pron = phrase.lower()
    if last is None or pron not in lx.PRONOUNS:
        return None
    pa = doc.sentences[doc.sentence_at(last[0].start)].paragraph
    if doc.sentences[doc.sentence_at(d.start)].paragraph - pa > 2:
        return None
    who = last[1]
    if pron in ("he", "she", "i") and who.type != "person":
        return None
    if pron == "it" and who.type == "person":
        return None
    if pron in ("they", "we") and who.type == "person" and not who.name.endswith("s"):
        return None  # 'they' is not one person: 'the woman' ... 'they said'
    if pron in ("they", "we") and d.speaker and _group_between(doc, last[0].start, d.speaker[0]):
        return None  # the Cast found groups since, none or two: 'Police clashed with protesters'
    return who


def _group_between(doc: Doc, lo: int, hi: int) -> bool:
    """Whether a group phrase stands outside quotes in ``text[lo:hi]`` (as far back as "they"
    looks for its group)."""
    lo = max(lo, hi - lref.PLURAL_REACH)
    groups = attribution.group_phrases(doc.text, lo, hi)
    return any(doc.quote_at(g[0]) is None for g in groups)


def _inherit_forward(doc: Doc, drafts: list[Draft]) -> None:
    """'"Quote one.' (paragraph ends) '"Quote two," she said.': the first is hers too."""
    for k in range(len(drafts) - 2, -1, -1):
        d, nxt = drafts[k], drafts[k + 1]
        if d.speaker is not None or d.kind != DIRECT:
            continue
        q = doc.quote_at(d.start)
        if q is None or q.closed or nxt.kind != DIRECT or nxt.speaker is None:
            continue
        if k > 0 and _same_paragraph(doc, drafts[k - 1].start, d.start):
            continue  # '"...," said Kim. "Quote runs on...': Kim's, from before
        gap = doc.text[q.end : nxt.start]
        if lx.ONLY_PUNCT.fullmatch(gap.replace("\u201c", "").replace('"', "")):
            d.speaker, d.cue, d.attribution = nxt.speaker, nxt.cue, nxt.attribution


def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
    sa, sb = doc.sentences[doc.sentence_at(a)], doc.sentences[doc.sentence_at(b)]
    return sa.paragraph == sb.paragraph


def _near(doc: Doc, prev: Draft, d: Draft, reach: int = 3) -> bool:
    """A quote without attribution belongs to the previous speaker when that one spoke in the
    same paragraph or the body paragraph right before (captions in between do not count)."""
    ia, ib = doc.sentence_at(prev.start), doc.sentence_at(d.start)
    pa, pb = doc.sentences[ia].paragraph, doc.sentences[ib].paragraph
    if pb - pa <= 1:
        return True
    if pb - pa > reach:
        return False
    return all(s.kind != "body" for s in doc.sentences[ia + 1 : ib] if pa < s.paragraph < pb)


def _date(times: Sequence[TimeExpr], window: Span) -> str | None:
    """The value of the first time expression inside the attribution: 'said on Thursday'."""
    lo, hi = window
    if hi <= lo:
        return None
    k = bisect_left(times, lo, key=lambda t: t.start)
    while k < len(times) and times[k].start < hi:
        t = times[k]
        if t.end <= hi + 1 and not t.in_quote:
            return t.value
        k += 1
    return None
