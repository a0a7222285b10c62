"""Indirect speech: the reported clause of 'X said (that) ...', '..., X said.', 'according to X',
'..., adding that ...', 'X expressed hope that ...', 'X was quoted as saying ...'.

The quote text is the reported clause without "that".  A clause that carries quoted words
yields no indirect record of its own: the quoted fragment is a partial quote and says it
better, unless the quote sits in a clause nested deeper ('said she doubted that Tokyo meant
to "..."'), where the outer report is a statement of its own.
"""

from __future__ import annotations

import re

from nkjp import attribution
from nkjp.cues import Doc, Draft, Hit
from nkjp.lexicon import speech as lx
from nkjp.models import DIRECT, INDIRECT, PARTIAL, QuotedSpan

Span = tuple[int, int]
MIN_CLAUSE_WORDS = 3


def find_indirect(doc: Doc, found: list[Draft]) -> list[Draft]:
    """Indirect quotes of every body sentence."""
    out: list[Draft] = []
    direct_cues = {d.attribution[0] for d in found if d.kind == DIRECT}
    partial_at = {d.start: d.speaker for d in found if d.kind == PARTIAL}
    by_sentence: dict[int, list[tuple[int, Span]]] = {}
    for d in found:
        if d.speaker and d.attribution[1] > d.attribution[0]:
            by_sentence.setdefault(doc.sentence_at(d.attribution[0]), []).append(
                (d.attribution[0], d.speaker)
            )
    for i, hits in doc.all_hits().items():  # (sentences without cues have nothing to find)
        if not doc.is_body(i):
            continue
        sent = doc.sentences[i]
        covered = sent.start
        speakers = sorted(by_sentence.get(i, ()))
        for k, h in enumerate(hits):
            if h.start < covered:
                continue
            if h.start in direct_cues and h.verb not in lx.PARTICIPLE_CUES:
                continue
            draft = _one_hit(doc, i, hits, k, speakers)
            if draft is None:
                continue
            speakers.append((h.start, draft.speaker))  # type: ignore[arg-type]
            covered = max(covered, draft.end) if draft.start > h.start else covered
            if _quoted_inside(doc, draft, partial_at):
                continue
            out.append(draft)
    return out


def _one_hit(
    doc: Doc, i: int, hits: list[Hit], k: int, speakers: list[tuple[int, Span]]
) -> Draft | None:
    h = hits[k]
    if h.kind == "according":
        return _according(doc, i, h)
    if h.kind == "verb" and h.verb not in lx.INDIRECT_VERBS:
        return None
    text = doc.text
    sent = doc.sentences[i]
    sentence = (sent.start, sent.end)
    participle = h.verb in lx.PARTICIPLE_CUES and h.kind == "verb"
    comp = _complement(doc, i, hits, k)
    attr_end = None
    if comp is None:  # then only '..., police said.' is left: is the cue at the sentence end?
        if participle or h.kind != "verb":
            return None
        attr_end = _attribution_end(doc, i, h)
        if attr_end is None:
            return None
    # (the speaker is looked for only once the clause is there)
    lo = _clause_lo(doc, sent.start, h.start)
    if participle:
        speaker = _participle_speaker(doc, lo, h, speakers)
    elif _coordinated(text, lo, h.start) and speakers:
        speaker = speakers[-1][1]  # 'said ... and expressed hope that': the same speaker
    else:
        speaker = cue_speaker(doc, lo, h)
    if speaker is None:
        return None
    if comp is not None:
        cs, ce, attr_end = comp
        cue = text[h.start : h.end]
        return Draft(cs, ce, INDIRECT, cue, speaker, sentence, "indirect-that", (h.start, attr_end))
    return _after_clause(doc, i, h, speaker, attr_end)  # type: ignore[arg-type]


def cue_speaker(doc: Doc, lo: int, h: Hit) -> Span | None:
    """``attribution.cue_speaker`` of cue ``h`` with its subject after ``lo``, worked out once
    per cue and clause start ('Kim said the plan was "reckless"': both the partial quote and
    the indirect speech ask)."""
    key = (lo, h)
    if key not in doc.cue_speakers:
        doc.cue_speakers[key] = attribution.cue_speaker(
            doc.text, lo, h.start, h.end, h.kind, h.verb
        )
    return doc.cue_speakers[key]


def _clause_lo(doc: Doc, lo: int, pos: int) -> int:
    """Search for a subject only after the last quote closed before ``pos``."""
    lo = max(lo, pos - lx.REACH)
    for q in doc.quotes_in(lo, pos):
        if q.close_mark is not None and q.close_mark < pos:
            lo = max(lo, q.close_mark + 1)
    return lo


def _participle_speaker(doc: Doc, lo: int, h: Hit, speakers: list[tuple[int, Span]]) -> Span | None:
    """'with the company arguing' -> the noun before it; ', adding that' -> the speaker of the
    sentence's earlier cue, else the subject of the clause: 'the panel dismissed the appeal,
    noting ...' -> 'the panel'."""
    text = doc.text
    m = lx.WITH_SUBJECT.search(text[lo : h.start])
    if m:
        s, e = lo + m.start(1), lo + m.end(1)
        if attribution.looks_like_speaker(text, s, e):
            return s, e
    for pos, sp in reversed(speakers):
        if pos < h.start:
            return sp
    return attribution.clause_subject(text, lo, h.start)


def _complement(doc: Doc, i: int, hits: list[Hit], k: int) -> tuple[int, int, int] | None:
    """The reported clause after cue ``k``: (start, end, end of the adjuncts before it)."""
    text = doc.text
    h = hits[k]
    sent_end = min(doc.sentences[i].end, h.end + lx.CLAUSE_REACH)
    pos = h.end
    needs_that = h.kind == "expressed" or (h.kind == "verb" and h.verb not in lx.SAY_VERBS)
    if h.verb in lx.TELL_FORMS or h.verb == "telling":
        m = lx.TELL_OBJECT.match(text, pos, sent_end)
        if not m:
            return None
        pos = m.end()
    pos0 = pos
    while True:
        m = lx.ADJUNCT.match(text, pos, sent_end)
        if not m:
            break
        pos = m.end()
    attr_end = pos
    m = lx.THAT.match(text, pos, sent_end)
    gap = None if m else lx.GAP_THAT.match(text, pos0, sent_end)  # (after 'that' it is unused)
    if m:
        pos = m.end()
    elif gap:  # 'told reporters after the meeting that ...'
        attr_end = gap.start(1) + len(gap.group(1).rstrip())
        pos = gap.end()
    elif needs_that:
        return None
    else:
        while pos < sent_end and text[pos].isspace():
            pos += 1
        if not lx.CLAUSE_START.match(text, pos, sent_end) and not _bare_noun_clause(
            text, pos, sent_end
        ):
            return None
        if lx.NOT_CLAUSE_START.match(text, pos, sent_end):
            return None
    if pos < sent_end and text[pos] in '"\u201c,:':
        return None
    end = _clause_end(doc, i, hits, k, pos, sent_end)
    if _short(text, pos, end):
        return None
    if not m and not gap and not lx.FINITE.search(text, pos, end):
        return None
    return pos, end, attr_end


def _clause_end(doc: Doc, i: int, hits: list[Hit], k: int, start: int, hi: int) -> int:
    """Where a reported clause ends: the sentence end, a participle (', adding ...'), or a new
    attribution (', but Cho said ...')."""
    text = doc.text
    end = hi
    m = _clause_cut(text, start, hi)
    if m:
        end = m.start()
    for h2 in hits[k + 1 :]:
        if h2.start >= end:
            break
        c = _coordinated(text, start, h2.start)
        if c and (h2.kind == "expressed" or h2.verb in lx.THAT_VERBS or h2.verb in lx.SAY_VERBS):
            end = c.start()
            break
        breaks = list(lx.CONJUNCTION_BREAK.finditer(text, start, h2.start))
        if breaks:
            b = breaks[-1]
            if attribution.subject_before(text, b.end(), h2.start):
                end = b.start()
                break
    return _strip_end(text, start, end)


def _clause_cut(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``lx.CLAUSE_CUT.search(text, lo, hi)``, searched from the first ',', ';' or dash (and
    the spaces before it): every cut holds one, and no cut starts before the spaces in front of
    the first ('the talks will go on , adding ...')."""
    first = hi
    for mark in lx.CLAUSE_CUT_MARKS:
        k = text.find(mark, lo, first)
        if k >= 0:
            first = k
    if first == hi:
        return None
    while first > lo and text[first - 1].isspace():
        first -= 1
    return lx.CLAUSE_CUT.search(text, first, hi)


def _coordinated(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """'said ... and expressed hope that': the "and" right before a second cue at ``pos``."""
    lo = max(lo, pos - 12)
    return lx.COORDINATED.search(text, lo, pos) if text.find("and", lo, pos) >= 0 else None


def _short(text: str, start: int, end: int) -> bool:
    """Fewer than MIN_CLAUSE_WORDS words in ``text[start:end]`` (counted no further)."""
    return len(text[start:end].split(None, MIN_CLAUSE_WORDS - 1)) < MIN_CLAUSE_WORDS


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


def _attribution_end(doc: Doc, i: int, h: Hit) -> int | None:
    """Where the attribution of a cue that ends its sentence ends: '..., police said Wednesday.'
    (None: words follow that are not its adjuncts)."""
    text = doc.text
    sent = doc.sentences[i]
    rest_lo = h.end
    if h.verb in lx.TELL_FORMS:
        m = lx.TELL_OBJECT.match(text, rest_lo, sent.end)
        if m:
            rest_lo = m.end()
    attr_end = rest_lo
    while True:
        m = lx.ADJUNCT.match(text, attr_end, sent.end)
        if not m:
            break
        attr_end = m.end()
    if not lx.AFTER_CLAUSE_REST.fullmatch(text, attr_end, sent.end):
        return None
    if sent.end - attr_end > lx.CLAUSE_REACH:
        return None
    return attr_end


def _after_clause(doc: Doc, i: int, h: Hit, speaker: Span, attr_end: int) -> Draft | None:
    """'..., police said Wednesday.' / '..., he added.' / '..., said a ministry official.'"""
    text = doc.text
    sent = doc.sentences[i]
    lo = max(sent.start, h.start - lx.REACH)
    for q in doc.quotes_in(lo, h.start):  # '"...," Kim said, and ...': not this clause's
        if q.close_mark is not None and q.close_mark < h.start and q.start in doc.direct_at:
            lo = q.close_mark + 1
    c = text.rfind(",", lo, speaker[0])
    if c < 0 or text[c + 1 : speaker[0]].strip():
        return None
    start = lo
    while start < c and text[start].isspace():
        start += 1
    end = _strip_end(text, start, c)
    if _short(text, start, end):
        return None
    cue = text[h.start : h.end]
    return Draft(
        start, end, INDIRECT, cue, speaker, (sent.start, sent.end), "indirect-after",
        (h.start, attr_end),
    )  # fmt: skip


def according_speaker(doc: Doc, h: Hit) -> Span | None:
    """'according to a source familiar with the matter' -> that phrase."""
    text = doc.text
    hi = min(doc.sentences[doc.sentence_at(h.start)].end, h.end + lx.REACH)
    m = lx.ACCORDING_NP_END.search(text, h.end, hi)
    end = m.start() if m else hi
    s, e = h.end, end
    while e > s and text[e - 1] in " .,":
        e -= 1
    if e <= s or len(text[s:e].split()) > attribution.MAX_SPEAKER_WORDS:
        return None
    return s, e


def _according(doc: Doc, i: int, h: Hit) -> Draft | None:
    """'According to X, clause.' / 'clause, according to X.'"""
    text = doc.text
    sent = doc.sentences[i]
    who = according_speaker(doc, h)
    if who is None:
        return None
    sentence = (sent.start, sent.end)
    lead = text[max(sent.start, h.start - lx.REACH) : h.start]
    if not lead.strip() or lx.LEADING_CONJ.fullmatch(lead.strip() + " "):
        if text[who[1] : who[1] + 1] != ",":
            return None
        start = who[1] + 1
        while start < sent.end and text[start].isspace():
            start += 1
        end = _strip_end(text, start, min(sent.end, start + lx.CLAUSE_REACH))
        rule = "indirect-according-before"
    else:
        c = lead.rstrip().endswith(",")
        if not c:
            return None
        start = _clause_lo(doc, sent.start, h.start)
        while start < h.start and text[start].isspace():
            start += 1
        end = _strip_end(text, start, h.start)
        rule = "indirect-according-after"
    if _short(text, start, end):
        return None
    return Draft(start, end, INDIRECT, "according to", who, sentence, rule, (h.start, who[1]))


def _quoted_inside(doc: Doc, d: Draft, partial_at: dict[int, Span | None]) -> bool:
    """Whether the clause carries a partial quote that says it better: quoted words of the same
    speaker in the clause's own proposition, not in a clause nested deeper behind another
    "that", nor someone else's ('losses they said they suffered after trusting Hanbit's
    promise of a "safe return"')."""
    if not partial_at:
        return False
    qs = [
        q
        for q in doc.quotes_in(d.start - 1, d.end)
        if partial_at.get(_text_start(doc, q), ()) in (d.speaker, None)
    ]
    if not qs:
        return False
    return not lx.THAT_WORD.search(doc.text[d.start : qs[0].open_mark])


def _text_start(doc: Doc, q: QuotedSpan) -> int:
    s = q.start
    while s < q.end and doc.text[s].isspace():
        s += 1
    return s


def _bare_noun_clause(text: str, pos: int, hi: int) -> bool:
    """'noting production at the plant could stop': a bare noun, then a verb soon after."""
    first = lx.FIRST_LOWER_WORD.match(text[pos:hi])
    if not first or lx.VERBISH.fullmatch(first.group()):
        return False
    return bool(lx.VERBISH.search(text, pos + first.end(), min(hi, pos + 60)))
