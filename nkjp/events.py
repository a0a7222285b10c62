"""-> Event records: each clause whose time expression dates something that happened.

For every time expression of a body or caption sentence (dates.py found and resolved them):

1. *selection* -- drop expressions that date nothing: deadlines ("within this year"),
   datelines and time stamps ("SEOUL, May 2 (Yonhap) --", "Updated: Oct 3, 2019 8:40 PM"),
   named periods without a number ("the liberation", "the Korean War"), hedged offsets ("nearly 60
   years after"), a noun-modifier date repeating an event already dated ("Wednesday's ruling"
   after "ruled on Wednesday"), a caption printed twice, and relative expressions whose anchor
   could not be found in a dated article;
2. *clause* (nkjp/clauses.py) -- the stretch of the sentence between clause boundaries around
   the expression, widened over verbless chunks ("In January, ...") and appositions ("Park, the
   head of ..., said Saturday");
3. *actors* -- the canonical actors mentioned in the clause (places left out), the subject's
   first; when the subject names no known actor, a pronoun is resolved through
   ``Cast.speaker`` (or the sentence before) and a description ("company officials") is kept
   as written; "the message ..." adds the actors named with the earlier "message";
4. *action* -- the verb group the expression dates and the head of its object, a few words;
5. *repeats* -- one event per deed: an offset landing on an explicitly dated day, a quote
   restating a date the narrative gives, the same deed told twice.

Everything is linear in the article: compiled patterns, no backtracking search.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date

from nkjp import clauses as cl
from nkjp.actors import Cast
from nkjp.lexicon import events as lx
from nkjp.models import (
    ANCHOR_EXPRESSION,
    ANCHOR_NONE,
    ANCHOR_PUBLICATION,
    BODY,
    CAPTION,
    Article,
    Event,
    Mention,
    Sentence,
    TimeExpr,
)

# Sentence kinds whose time expressions can date an event (not bylines or boilerplate).
_EVENT_KINDS = (BODY, CAPTION)
# The mention type of places (models.Mention): not actors.
_PLACE = "location"
# Precisions too coarse to pin an event to a year ("the 20th century").
_TOO_COARSE = frozenset({"century"})


def extract_events(
    article: Article,
    sentences: Sequence[Sentence],
    times: Sequence[TimeExpr],
    cast: Cast,
) -> tuple[Event, ...]:
    """Every dated event of the article, in text order, ids ``<article>:e<n>``."""
    text = article.text
    ordered = sorted(times, key=lambda t: (t.start, t.end))
    mentions = sorted(cast.mentions, key=lambda m: (m.start, m.end))
    out: list[Event] = []
    seen_values: list[tuple[str, str]] = []  # (lower, upper) ISO bounds of kept events
    seen_captions: set[tuple[str, str]] = set()
    prev: Sentence | None = None  # the body or caption sentence before the current one
    read: dict[int, cl.Words] = {}

    def words(sentence: Sentence) -> cl.Words:
        if sentence.start not in read:
            read[sentence.start] = cl.read_words(text, sentence)
        return read[sentence.start]

    i = 0
    for sent in sentences:
        while i < len(ordered) and ordered[i].start < sent.start:
            i += 1
        in_sentence: list[TimeExpr] = []
        while i < len(ordered) and ordered[i].end <= sent.end:
            in_sentence.append(ordered[i])
            i += 1
        if sent.kind not in _EVENT_KINDS:
            continue
        for te in _distinct(in_sentence):
            if not _dates_something(te, text, article, seen_values):
                continue
            if sent.kind == CAPTION:
                key = (te.text, text[sent.start : sent.end])
                if key in seen_captions:  # the same caption printed twice
                    continue
                seen_captions.add(key)
            out.append(_event(article, sent, te, cast, mentions, prev, len(out) + 1, words))
            if te.lower is not None and te.upper is not None:
                seen_values.append((te.lower.isoformat(), te.upper.isoformat()))
        prev = sent
    return _renumber(article.id, _drop_retold(_drop_quoted_repeats(_drop_offset_repeats(out))))


def _event(
    article: Article,
    sent: Sentence,
    te: TimeExpr,
    cast: Cast,
    mentions: Sequence[Mention],
    prev: Sentence | None,
    n: int,
    words: Callable[[Sentence], cl.Words],
) -> Event:
    """The event ``te`` dates: its clause, actors and action."""
    text = article.text
    ws = words(sent)
    c_start, c_end = cl.clause_span(text, sent, te, ws)
    verbs = cl.verbs(ws, c_start, c_end, te)
    actors = _actors(
        text,
        c_start,
        c_end,
        verbs,
        te,
        cast,
        mentions,
        lambda: _lead_subject(text, prev, words, mentions, cast),
    )
    if not actors:  # a clause naming nobody takes the sentence's actors
        actors = tuple(_names_in(mentions, sent.start, sent.end, te))
    antecedent = _antecedent_actors(text, sent.start, c_start, c_end, te, mentions)
    actors = (*actors, *(a for a in antecedent if a not in actors))
    return Event(
        id=f"{article.id}:e{n}",
        article=article.id,
        date=te.value,
        start=te.lower.isoformat() if te.lower else None,
        end=te.upper.isoformat() if te.upper else None,
        precision=te.precision,
        date_text=te.text,
        actors=actors,
        action=cl.action(text, c_end, cl.governing_verb(verbs, te), te),
        sentence=text[sent.start : sent.end],
        span=(c_start, c_end),
        in_caption=sent.kind == CAPTION,
        date_span=(te.start, te.end),
        anchor=te.anchor,
        in_quote=te.in_quote,
    )


def _drop_offset_repeats(events: list[Event]) -> list[Event]:
    """Drop an offset ("a day after ...") that lands on a day another event dates explicitly."""
    explicit = {e.date for e in events if e.date and not lx.OFFSET.search(e.date_text)}
    return [
        e
        for e in events
        if not (
            e.anchor == ANCHOR_EXPRESSION and lx.OFFSET.search(e.date_text) and e.date in explicit
        )
    ]


def _drop_quoted_repeats(events: list[Event]) -> list[Event]:
    """A direct quote that dates again a recent event the narrative dates ("will hold talks
    next week" ... '"On Tuesday, May 7, we will sit down with them"') is one event: keep the
    more precise mention, the narrative's on a tie."""
    recent = [e for e in events if _near_relative(e)]
    drop: set[str] = set()
    for q in recent:
        if not q.in_quote:
            continue
        for e in recent:
            if e.in_quote or not _overlap(q, e):
                continue
            # Like dates only: "in June" / "by the end of June", "next week" / "Tuesday,
            # May 7" -- not "earlier this month" / "on May 7" (a month holds many events).
            q_days, e_days = _span_days(q), _span_days(e)
            if q_days == e_days or max(q_days, e_days) <= 7:
                drop.add(e.id if q_days < e_days else q.id)
    return [e for e in events if e.id not in drop]


def _drop_retold(events: list[Event]) -> list[Event]:
    """The same deed told twice ("an uncle who died in 1951" ... "Chul-su, who died at 30 in the
    winter of 1951"): same first actor, same verb, overlapping dates -- keep the first telling.
    Reporting verbs are left alone: two people can both have "said" something on Monday."""
    kept: list[Event] = []
    told: dict[tuple[str, str], list[Event]] = {}  # (verb, first actor) -> events kept
    for e in events:
        verb = _head_verb(e.action)
        if verb and e.actors and verb not in lx.REPORTING_VERBS:
            same = told.setdefault((verb, e.actors[0]), [])
            if any(_overlap(k, e) for k in same):
                continue
            same.append(e)
        kept.append(e)
    return kept


def _head_verb(action: str) -> str:
    """The main verb of an action: "will be flown to ..." -> "flown"."""
    for w in action.lower().split():
        if w not in lx.AUXILIARY:
            return w
    return ""


def _overlap(a: Event, b: Event) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start <= b.end and b.start <= a.end


def _near_relative(e: Event) -> bool:
    """Resolved against the publication date and no longer than a month."""
    return e.anchor == ANCHOR_PUBLICATION and e.start is not None and _span_days(e) <= 31


def _span_days(e: Event) -> int:
    if e.start is None or e.end is None:
        return 1 << 30
    return (date.fromisoformat(e.end) - date.fromisoformat(e.start)).days + 1


def _renumber(article_id: str, events: list[Event]) -> tuple[Event, ...]:
    """Ids ``<article>:e1``, ``:e2``... in text order."""
    return tuple(
        e if e.id == f"{article_id}:e{n}" else dataclasses.replace(e, id=f"{article_id}:e{n}")
        for n, e in enumerate(events, 1)
    )


# -- selection ----------------------------------------------------------------------------------


def _distinct(times: list[TimeExpr]) -> list[TimeExpr]:
    """Drop an expression nested in another of the same value ("June 4, 2021" inside
    "Friday, June 4, 2021"); nested ones of another value stay ("in 1953" inside "from 1950
    until the armistice in 1953" dates a second event)."""
    out: list[TimeExpr] = []
    for te in times:
        if out and te.start < out[-1].end and te.value == out[-1].value:
            if te.end - te.start > out[-1].end - out[-1].start:
                out[-1] = te
            continue
        out.append(te)
    return out


def _dates_something(
    te: TimeExpr, text: str, article: Article, seen: list[tuple[str, str]]
) -> bool:
    """Whether ``te`` pins an event to a date (rather than a deadline, a span, a repeat)."""
    if te.precision in _TOO_COARSE:
        return False
    if te.value is None:
        # Undated article: relative expressions keep their text with a null date.  In a dated
        # article an expression that stayed unresolved found no anchor ("two days later" with
        # no date before it): it pins nothing a reader could place.
        return article.published is None and te.anchor == ANCHOR_NONE
    if lx.DEADLINE_BEFORE.search(text, max(0, te.start - 30), te.start):
        return False  # "decide within this year"
    if lx.DATELINE_AFTER.match(text, te.end) or lx.STAMP_BEFORE.search(
        text, max(0, te.start - 20), te.start
    ):
        return False  # "SEOUL, May 2 (Yonhap) --", "Updated: Oct 3, 2019 8:40 PM"
    if not any(ch.isdigit() for ch in te.text) and lx.NAMED_PERIOD.search(te.text):
        return False  # "the liberation", "the Korean War"
    if lx.HEDGE_START.match(te.text) or (
        lx.QUANTITY_START.match(te.text) and lx.HEDGE.search(text, max(0, te.start - 25), te.start)
    ):
        return False  # "nearly 60 years after the armistice", "some three decades ago"
    if te.lower is not None and te.upper is not None and _is_noun_modifier(te, text):
        lo, hi = te.lower.isoformat(), te.upper.isoformat()
        if any(lo <= s_hi and s_lo <= hi for s_lo, s_hi in seen):
            return False  # "the 2019 accord" after "an accord signed in March 2019"
    return True


def _is_noun_modifier(te: TimeExpr, text: str) -> bool:
    """``te`` is an attribute of a noun: "Wednesday's ruling", "the 2015 deal"."""
    after = text[te.end : te.end + 20]
    if after.startswith(("'s", "\u2019s", "s'")):
        return True
    noun = lx.NOUN_MODIFIER_AFTER.match(after)
    if noun is None or noun.group().strip().lower() in lx.FUNCTION_WORDS:
        return False  # "held talks late last week in Hanoi": not a modifier
    return bool(lx.NOUN_MODIFIER_BEFORE.search(text, max(0, te.start - 40), te.start))


# -- actors -------------------------------------------------------------------------------------


def _antecedent_actors(
    text: str, sent_start: int, start: int, end: int, te: TimeExpr, mentions: Sequence[Mention]
) -> list[str]:
    """Actors named with an earlier mention of an event noun the clause takes up again:
    "the letter handed to Moon on Sunday" after "a letter from Xi Jinping"."""
    m = lx.DEFINITE_EVENT_NOUN.search(text, start, end)
    if m is None:
        return []
    noun = m.group(1)
    pos = text.rfind(noun, 0, sent_start)
    while pos > 0 and text[pos - 1].isalnum():  # "visit" inside "revisit"
        pos = text.rfind(noun, 0, pos)
    if pos < 0:
        return []
    reach = min(len(text), pos + len(noun) + lx.ANTECEDENT_REACH)
    stop = lx.CLAUSE_BREAK.search(text, pos + len(noun), reach)
    return _names_in(mentions, pos, stop.start() if stop else reach, te)


def _mention_start(m: Mention) -> int:
    return m.start


def _names_in(mentions: Sequence[Mention], start: int, end: int, te: TimeExpr) -> list[str]:
    """Canonical names mentioned in ``text[start:end]``, in order, once each; a mention inside
    the time expression ("Christmas" is no actor) is left out."""
    seen: dict[str, None] = {}
    for n in range(bisect_left(mentions, start, key=_mention_start), len(mentions)):
        m = mentions[n]
        if m.start >= end:
            break
        if m.type == _PLACE:
            continue  # places are not actors: "landed at an airport in Niigata"
        if m.start >= start and m.end <= end and (m.end <= te.start or m.start >= te.end):
            seen.setdefault(m.actor)
    return list(seen)


def _actors(
    text: str,
    start: int,
    end: int,
    verbs: list[tuple[int, int]],
    te: TimeExpr,
    cast: Cast,
    mentions: Sequence[Mention],
    before: Callable[[], str | None] = lambda: None,
) -> tuple[str, ...]:
    """Canonical actors of the clause, the subject's first; ``before`` gives the subject of the
    sentence before, for a pronoun the cast cannot resolve."""
    found = _names_in(mentions, start, end, te)
    if not verbs:
        return tuple(found)
    subject_end = _subject_end(text, start, verbs[0][0])
    in_subject = _names_in(mentions, start, subject_end, te)
    if in_subject:
        rest = [a for a in found if a not in in_subject]
        return (*in_subject, *rest)
    subject = _subject(text, start, subject_end, te, cast, before)
    if subject and subject not in found:
        found.insert(0, subject)
    return tuple(found)


def _lead_subject(
    text: str,
    sentence: Sentence | None,
    words: Callable[[Sentence], cl.Words],
    mentions: Sequence[Mention],
    cast: Cast,
) -> str | None:
    """The subject of ``sentence``'s first clause: who "they" or "she" most likely is."""
    if sentence is None:
        return None
    nothing = TimeExpr(sentence.start, sentence.start, "", None, None, None, "", ANCHOR_NONE)
    verbs = cl.verbs(words(sentence), sentence.start, sentence.end, nothing)
    if not verbs:
        return None
    end = _subject_end(text, sentence.start, verbs[0][0])
    names = _names_in(mentions, sentence.start, end, nothing)
    if names:
        return names[0]
    subject = _subject(text, sentence.start, end, nothing, cast)
    return None if subject is None or lx.PRONOUN_SUBJECT.match(subject) else subject


def _subject_end(text: str, start: int, verb_group: int) -> int:
    """Where the subject ends: before the verb, or before "who"/"which" when the first verb
    opens a relative clause ("the 300 workers who left ...")."""
    m = lx.RELATIVE_BEFORE_VERB.search(text, start, verb_group) or lx.RELATIVE_WHO.search(
        text, start, verb_group
    )  # "A diplomat who had been detained ... returned": the subject is "A diplomat"
    return m.start() if m else verb_group


def _subject(
    text: str,
    start: int,
    end: int,
    te: TimeExpr,
    cast: Cast,
    before: Callable[[], str | None] = lambda: None,
) -> str | None:
    """The clause's subject when it names no known actor: a resolved pronoun or a description."""
    for chunk_start, chunk in _chunks(text, start, end, te):
        words = chunk.split()
        while words and words[0].lower() in lx.SUBORDINATORS:
            words = words[1:]  # "when they opened an office" -> "they"
        cut = next((n for n, w in enumerate(words) if n and w.lower() in lx.SUBORDINATORS), None)
        words = words[:cut]  # "the talks that the ..." -> "the talks"
        if not words or any(w.lower() in lx.FINITE_BE_HAVE for w in words):
            continue  # a predicate, not a subject: '"This is my dream," said Kim'
        chunk = " ".join(words)
        if words[0].lower() in lx.NOT_SUBJECT_START or words[0].lower().endswith("ing"):
            continue  # "In a far-reaching decision, ...", "Following the release ..."
        if len(words) == 1 and lx.PRONOUN_SUBJECT.match(words[0]):
            who = cast.speaker(chunk_start, chunk_start + len(chunk))
            if who is not None and who.named:
                return who.name
            # "they landed on Friday": who the sentence before was about; not for "we"/"I"
            # (in a quote, the speaker's side).
            return before() if words[0].lower() in lx.THIRD_PERSON else None
        if len(words) > lx.SUBJECT_MAX_WORDS:
            return None
        return lx.SUBJECT_DETERMINERS.sub("", chunk) or None
    return None


def _chunks(text: str, start: int, end: int, te: TimeExpr) -> list[tuple[int, str]]:
    """The comma-separated pieces of ``text[start:end]`` outside the expression."""
    out: list[tuple[int, str]] = []
    for m in lx.SUBJECT_CHUNK.finditer(text, start, end):
        if m.start() < te.end and m.end() > te.start:
            if te.start - m.start() >= m.end() - te.end:
                piece_start, piece = m.start(), text[m.start() : te.start]
            else:
                piece_start, piece = te.end, text[te.end : m.end()]
        else:
            piece_start, piece = m.start(), m.group()
        opener = text[piece_start - 1 : piece_start] if piece_start else ""
        if piece.lstrip()[:1] in lx.OPENING_QUOTES or opener in lx.OPENING_QUOTES:
            continue  # quoted words, not a subject: '"We never gave up," said a survivor'
        piece = piece.strip(" \"'\u201c\u201d\u2018\u2019(")
        words = piece.split()
        cut = next((n for n, w in enumerate(words) if n and w.lower() in lx.SUBJECT_END), None)
        piece = " ".join(words[:cut])  # "the High Court on" -> "the High Court"
        if piece and any(ch.isalpha() for ch in piece):
            out.append((piece_start, piece))
    return out
