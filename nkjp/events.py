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

Everything is linear in the article: compiled patterns, no backtracking search, readings of a
sentence shared by its expressions, a run-on sentence read in a window around each expression,
and repeats found by look-ups rather than by comparing every pair of events.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter

from nkjp import clauses as cl
from nkjp import event_actors as ea
from nkjp import event_repeats as rp
from nkjp.actors import Cast
from nkjp.lexicon import events as lx
from nkjp.models import (
    ANCHOR_NONE,
    BODY,
    CAPTION,
    Article,
    Event,
    Sentence,
    TimeExpr,
)

# Sentence kinds whose time expressions can date an event (not bylines or boilerplate).
_EVENT_KINDS = (BODY, CAPTION)
# Precisions too coarse to pin an event to a year ("the 20th century").
_TOO_COARSE = frozenset({"century"})
# Text order of expressions and mentions.
_SPAN = attrgetter("start", "end")


def extract_events(
    article: Article,
    sentences: Sequence[Sentence],
    times: Sequence[TimeExpr],
    cast: Cast,
) -> tuple[Event, ...]:
    """Every dated event of the article, in text order, ids ``<article>:e<n>``."""
    text = article.text
    ordered = sorted(times, key=_SPAN)
    mentions = sorted(cast.mentions, key=_SPAN)
    ctx = ea.Context(text, mentions, cast)
    out: list[Event] = []
    seen_days = rp.Days()  # the days of the events kept so far (dates, not ISO strings)
    seen_captions: set[tuple[str, str]] = set()
    prev: Sentence | None = None  # the body or caption sentence before the current one

    i, n = 0, len(ordered)
    for k, sent in enumerate(sentences):
        if i == n:
            break  # every expression placed: no event in the sentences left
        while i < n and ordered[i].start < sent.start:
            i += 1
        j = i  # ordered[i:j]: the expressions starting in the sentence
        while j < n and ordered[j].start < sent.end:
            j += 1
        if sent.kind not in _EVENT_KINDS:
            i = j
            continue
        sentence_text = ""
        in_sentence = _distinct(ordered[i:j]) if j > i else []
        deeds = _range_deeds(text, in_sentence) if j > i + 1 else {}
        for te in in_sentence:
            if not _dates_something(te, text, article, seen_days):
                continue
            reading, reading_text = sent, sentence_text
            if te.end > sent.end:  # the sentence was split inside the expression: read on
                reading = _joined(sentences, k, te)
                reading_text = text[reading.start : reading.end]
            else:
                sentence_text = reading_text = sentence_text or text[sent.start : sent.end]
            if sent.kind == CAPTION:
                key = (te.text, reading_text)
                if key in seen_captions:  # the same caption printed twice
                    continue
                seen_captions.add(key)
            out.append(
                _event(
                    article, reading, reading_text, te, ctx, prev, len(out) + 1, deeds.get(te.start)
                )
            )
            if te.lower is not None and te.upper is not None:
                seen_days.add(te.lower, te.upper)
        i = j
        prev = sent
    kept = rp.drop_retold(
        rp.drop_spoken_day_repeats(rp.drop_quoted_repeats(rp.drop_offset_repeats(out)))
    )
    return rp.renumber(article.id, kept, len(out))


def _range_deeds(text: str, times: list[TimeExpr]) -> dict[int, tuple[int, int]]:
    """The expressions that close a range with a deed of their own, each with the deed's
    span: "Rhee governed from 1948 until his ouster in 1960" -> "1960": "his ouster".  The
    range ("from 1948 until", resolved against "1960") and its end date two events, not one
    told twice."""
    out: dict[int, tuple[int, int]] = {}  # the closing expression's start -> the deed's span
    for k, te in enumerate(times):
        if te.rule != "open_range" or te.anchor_text is None:
            continue
        for closing in times[k + 1 : k + 4]:  # the closing date is among the next few
            if closing.text == te.anchor_text:
                start, end = te.end, closing.start
                while start < end and text[start].isspace():
                    start += 1
                words = text[start:end].split()
                if words and words[-1].lower() in lx.DEED_DATE_PREPOSITIONS:  # "ouster in 1960"
                    end = text.rindex(words[-1], start, end)
                while end > start and text[end - 1].isspace():
                    end -= 1
                if start < end:
                    out[closing.start] = (start, end)
                break
    return out


def _joined(sentences: Sequence[Sentence], k: int, te: TimeExpr) -> Sentence:
    """Sentence ``k`` read on to the end of the sentence where ``te`` ends: a split inside
    the expression ("...took effect —Jan." + "5 after talks") is not a sentence end."""
    sent = sentences[k]
    end = te.end
    m = k + 1
    while m < len(sentences) and sentences[m].start < te.end:
        end = max(end, sentences[m].end)
        m += 1
    return Sentence(sent.start, end, sent.paragraph, sent.kind)


def _event(
    article: Article,
    sent: Sentence,
    sentence_text: str,
    te: TimeExpr,
    ctx: ea.Context,
    prev: Sentence | None,
    n: int,
    deed: tuple[int, int] | None = None,
) -> Event:
    """The event ``te`` dates: its clause, actors and action (``deed``: the span of the deed
    a range's closing date dates, see ``_range_deeds``)."""
    text = article.text
    ws = ctx.words(sent)
    reading = sent
    if sent.end - sent.start > cl.LONG_SENTENCE:
        reading, ws = cl.window(text, sent, te, ws)
    c_start, c_end = cl.clause_span(text, reading, te, ws)
    verbs = cl.verbs(ws, c_start, c_end, te)
    # Where the clause's subject ends (before its first verb), for every reading below.
    subject_end = ea.where_subject_ends(text, c_start, verbs[0][0]) if verbs else None
    actors = ea.actors(
        text,
        c_start,
        c_end,
        subject_end,
        te,
        ctx,
        lambda: ctx.lead_subject(prev),
        lambda: ctx.lead_subject(sent) if c_start > sent.start else None,
    )
    if not actors:  # a clause naming nobody takes the sentence's actors
        actors = tuple(ctx.names_in(reading.start, reading.end, te))
    host = ea.host_of_subject_event(text, c_start, c_end, reading.end, subject_end, ctx)
    if host is not None and host not in actors:
        actors = (*actors, host)
    later = ea.named_later(text, c_start, subject_end, sent.end, te, ctx)
    if later is not None:
        actors = (later, *(a for a in actors if a != later))
    antecedent = ea.antecedent_actors(text, sent.start, c_start, c_end, te, ctx)
    if antecedent:
        if actors and lx.EVENT_NOUN_END.search(actors[0]):
            actors = actors[1:]  # "the long-delayed verdict": the deed, not a doer
        actors = (*actors, *(a for a in antecedent if a not in actors))
    countries = ctx.countries()
    if sum(map(countries.__contains__, actors)) < 2:  # the two parties not named already
        pair = ea.pair_actors(text, c_start, c_end, verbs, subject_end, te, ctx)
        if pair:
            actors = (*actors, *(a for a in pair if a not in actors))
    verb = cl.governing_verb(verbs, te)
    if deed is not None and (verb is None or verb[1] < deed[0]):
        # a deed with no verb of its own: "... until the junta's fall in 1987"
        action = " ".join(text[deed[0] : deed[1]].split()[: lx.ACTION_MAX_WORDS])
    else:
        action = cl.action(text, c_end, verb, te)
    return Event(
        id=f"{article.id}:e{n}",
        article=article.id,
        date=te.value,
        start=te.lower.isoformat() if te.lower else None,
        end=te.upper.isoformat() if te.upper else None,
        precision=te.precision,
        date_text=te.text,
        actors=actors,
        action=action,
        sentence=sentence_text,
        span=(c_start, c_end),
        in_caption=sent.kind == CAPTION,
        date_span=(te.start, te.end),
        anchor=te.anchor,
        in_quote=te.in_quote,
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


def _dates_something(te: TimeExpr, text: str, article: Article, seen: rp.Days) -> bool:
    """Whether ``te`` pins an event to a date (rather than a deadline, a span, a repeat)."""
    if te.precision in _TOO_COARSE:
        return False
    if te.value is None:
        # Undated article: relative expressions keep their text with a null date.  In a dated
        # article an expression that stayed unresolved found no anchor ("two days later" with
        # no date before it): it pins nothing a reader could place.
        return article.published is None and te.anchor == ANCHOR_NONE
    # The searches before the expression run only when the word (or mark) right before it is
    # one they end with: most expressions follow "on" or "in".
    word, mark = _last_word(text, max(0, te.start - 30), te.start)
    if word in lx.DEADLINE_LAST and lx.DEADLINE_BEFORE.search(
        text, max(0, te.start - 30), te.start
    ):
        return False  # "decide within this year"
    if lx.DATELINE_AFTER.match(text, te.end) or (
        mark in ":=" and lx.STAMP_BEFORE.search(text, max(0, te.start - 20), te.start)
    ):
        return False  # "SEOUL, May 2 (Yonhap) --", "Updated: Oct 3, 2019 8:40 PM"
    dates_nothing, quantity = _read_expression(te.text)
    if dates_nothing:
        return False  # "the liberation", "nearly 60 years after", "some three decades ago"
    if (
        quantity
        and word in lx.HEDGE_LAST
        and lx.HEDGE.search(text, max(0, te.start - 25), te.start)
    ):
        return False  # "nearly 60 years after the armistice" ("nearly" before the expression)
    if te.lower is not None and te.upper is not None:
        # The cheap look-up first, the patterns around the expression only for a day seen before.
        # (Dates compare as their ISO strings do: no string made for the look-up.)
        if seen.overlaps(te.lower, te.upper):
            if _is_noun_modifier(te, text):
                return False  # "the 2019 accord" after "an accord signed in March 2019"
    return True


@lru_cache(maxsize=4096)
def _read_expression(expression: str) -> tuple[bool, bool]:
    """What the words of an expression alone tell, worked out once per wording ("Monday" and
    "2019" recur through an article): whether it dates nothing -- a named period without a
    number ("the liberation", "the Korean War") or a hedged quantity ("nearly 60 years after
    the armistice", "some three decades ago") -- and whether it opens with a quantity (a hedge
    before it, "nearly 60 years", would make it date nothing)."""
    named = lx.NAMED_PERIOD.search(expression) and not any(ch.isdigit() for ch in expression)
    hedged = lx.HEDGE_START.match(expression)
    return bool(named or hedged), lx.QUANTITY_START.match(expression) is not None


def _last_word(text: str, lo: int, hi: int) -> tuple[str, str]:
    """The letters ending ``text[lo:hi]`` past trailing spaces, lower case, and the character
    ending it past those spaces ("" at ``lo``): ("within", "n") for "decide within "."""
    stripped = text[lo:hi].rstrip()  # the spaces str.isspace() knows
    end = start = len(stripped)
    if not end:
        return "", ""
    while start and stripped[start - 1].isalpha():
        start -= 1
    return stripped[start:].lower(), stripped[-1]


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
