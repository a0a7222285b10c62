"""Who took part in an event: the actors of its clause, the subject's first.

The canonical actors mentioned in the clause (places left out); when the subject names no
known actor, a pronoun is resolved through ``Cast.speaker`` (or the sentence before) and a
description ("company officials") is kept as written.  Parties the clause implies rather than
names are added too: "bilateral talks" (the two countries the article names most), an
official described here and named in the next sentences, the doer of an earlier deed that an
event noun ("the ruling") stands for, the organiser of an event that is the subject.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from operator import attrgetter

from nkjp import clauses as cl
from nkjp.actors import Cast
from nkjp.lexicon import events as lx
from nkjp.lexicon import names
from nkjp.models import ANCHOR_NONE, Mention, Sentence, TimeExpr

# The mention type of places (models.Mention): not actors.
_PLACE = "location"
# Where a mention starts and ends, for look-ups by offset.
_mention_start = attrgetter("start")
_mention_end = attrgetter("end")


class Context:
    """What every event of one article looks up: the text, its mentions, the cast, and the
    per-sentence readings computed once and shared by the sentence's time expressions."""

    def __init__(self, text: str, mentions: Sequence[Mention], cast: Cast):
        self.text = text
        self.mentions = mentions
        self.cast = cast
        # The mentions' starts and the furthest end so far, listed on the first ``names_in``.
        self._starts: list[int] | None = None
        self._reach: list[int] = []
        # keyed by a sentence's start; a reading joined over a bad split (same start, a later
        # end) is read afresh
        self._words: dict[int, tuple[int, cl.Words]] = {}
        self._leads: dict[int, tuple[int, str | None]] = {}
        self._names: dict[tuple[int, int], list[str]] = {}
        self._nouns: dict[str, tuple[list[int], dict[int, int]]] = {}
        self._countries: dict[str, int] | None = None

    def words(self, sentence: Sentence) -> cl.Words:
        """The sentence's verb groups and clause boundaries, read once."""
        got = self._words.get(sentence.start)
        if got is not None and got[0] == sentence.end:
            return got[1]
        ws = cl.read_words(self.text, sentence)
        if got is None:
            self._words[sentence.start] = (sentence.end, ws)
        return ws

    def lead_subject(self, sentence: Sentence | None) -> str | None:
        """``_lead_subject`` of ``sentence``, worked out once."""
        if sentence is None:
            return None
        got = self._leads.get(sentence.start)
        if got is not None and got[0] == sentence.end:
            return got[1]
        lead = _lead_subject(self.text, sentence, self.words, self.mentions, self.cast)
        if got is None:
            self._leads[sentence.start] = (sentence.end, lead)
        return lead

    def names_in(self, start: int, end: int, te: TimeExpr) -> list[str]:
        """``_names_in`` over the mentions; a stretch that no mention of ``te`` touches is
        read once (the time expressions of a verbless sentence all share its whole length)."""
        mentions = self.mentions
        if self._starts is None:  # most articles never need them
            self._starts = list(map(_mention_start, mentions))
            self._reach = list(accumulate(map(_mention_end, mentions), max))
        k = bisect_left(self._starts, te.end)
        if k and self._reach[k - 1] > te.start:
            return _names_in(mentions, start, end, te)  # a mention inside the expression
        found = self._names.get((start, end))
        if found is None:
            found = self._names[(start, end)] = _names_in(mentions, start, end, te)
        return list(found)

    def countries(self) -> dict[str, int]:
        """How often the article names each country, worked out once."""
        if self._countries is None:
            self._countries = {}
            for m in self.mentions:
                if m.type == lx.COUNTRY:
                    self._countries[m.actor] = self._countries.get(m.actor, 0) + 1
        return self._countries

    def two_countries(self) -> tuple[str, ...]:
        """The two countries the article names most (the first named on a tie): the parties
        "bilateral" or "the two countries" stands for."""
        count = self.countries()
        ranked = sorted(count, key=lambda a: -count[a])  # stable: first named first
        return tuple(ranked[:2]) if len(ranked) >= 2 else ()

    def earlier(self, noun: str, before: int) -> int:
        """Offset of the last ``noun`` ending before ``before`` that starts a word (not "visit"
        inside "revisit"), else -1: the search ``antecedent_actors`` made with ``str.rfind``,
        from a list of the noun's offsets made once per article."""
        found = self._nouns.get(noun)
        if found is None:
            at, text = [], self.text
            pos = text.find(noun)
            while pos >= 0:
                at.append(pos + len(noun))
                pos = text.find(noun, pos + 1)
            found = self._nouns[noun] = (at, {})
        ends, memo = found
        n = len(noun)
        k = bisect_right(ends, before) - 1
        path: list[int] = []
        while k >= 0 and k not in memo:
            pos = ends[k] - n
            if pos <= 0 or not self.text[pos - 1].isalnum():
                memo[k] = pos
                break
            path.append(k)
            k = bisect_right(ends, pos) - 1
        result = memo[k] if k >= 0 else -1
        for p in path:
            memo[p] = result
        return result


def antecedent_actors(
    text: str, sent_start: int, start: int, end: int, te: TimeExpr, ctx: Context
) -> list[str]:
    """Actors named with an earlier mention of an event noun the clause takes up again:
    "the letter handed to Moon on Sunday" after "a letter from Xi Jinping"; for a subject
    "The ruling, handed down Tuesday" with no earlier "ruling", the subject of an earlier
    "ruled" ("The appeals court ruled ...")."""
    m = lx.DEFINITE_EVENT_NOUN.search(text, start, end)
    if m is not None:
        noun = m.group(1)
        pos = ctx.earlier(noun, sent_start)  # not "visit" inside "revisit"
        if pos >= 0:
            reach = min(len(text), pos + len(noun) + lx.ANTECEDENT_REACH)
            stop = lx.CLAUSE_BREAK.search(text, pos + len(noun), reach)
            return _names_in(ctx.mentions, pos, stop.start() if stop else reach, te)
    m = lx.SUBJECT_EVENT_NOUN.match(text, start, end)
    if m is None or ctx.earlier(m.group(1), sent_start) >= 0:
        return []
    verb = lx.EVENT_NOUN_VERBS.get(m.group(1))
    at = ctx.earlier(verb, sent_start) if verb else -1
    if at < 0:
        return []
    lo = max(0, at - lx.SUBJECT_REACH)  # the verb's subject, back to the boundary before it
    for brk in lx.CLAUSE_BREAK.finditer(text, lo, at):
        lo = brk.end()
    return _names_in(ctx.mentions, lo, at, te)


def host_of_subject_event(
    text: str,
    start: int,
    end: int,
    sent_end: int,
    subject_end: int | None,
    ctx: Context,
) -> str | None:
    """The person who put on the event the clause's subject names, from a relative clause
    later in the sentence: "The film festival closed on Sunday, but director Lee Soo-jin, who
    organized it, said ..." (Lee); not someone who merely spoke of it.  ``subject_end`` is
    where the clause's subject ends (None for a clause without a verb)."""
    if subject_end is None or end >= sent_end:
        return None
    m = lx.HOST_RELATIVE.search(text, end, sent_end)  # rare: looked for first
    if m is None or not lx.EVENT_SUBJECT.search(text, start, subject_end):
        return None
    for mention in _mentions_between(ctx.mentions, end, m.start()):
        if mention.end == m.start() and mention.type == lx.PERSON:
            return mention.actor
    return None


def named_later(
    text: str,
    start: int,
    subject_end: int | None,
    sent_end: int,
    te: TimeExpr,
    ctx: Context,
) -> str | None:
    """The person a role description in subject position names in the sentences after it:
    "The Dutch envoy to Seoul left on Monday. Envoy Pieter de Vries is expected ..." (the role
    as a title before the name), "a Thai embassy spokesman said on Friday ... Somchai Wong at
    the Thai embassy said ..." (the body named right after the name).  ``subject_end`` is
    where the clause's subject ends (None for a clause without a verb)."""
    if subject_end is None:
        return None
    described = lx.DESCRIBED_PERSON.fullmatch(text, start, subject_end)
    if described is None:
        return None
    mentions = ctx.mentions
    here = _mentions_between(mentions, start, subject_end)
    if any(m.type == lx.PERSON for m in here):
        return None  # "a Thai official, Somchai Wong, said": already named
    bodies = {m.actor for m in here if m.type == lx.ORGANIZATION}
    role = described.group("role").lower()
    reach = sent_end + lx.NAMED_LATER_REACH
    people = [m for m in _mentions_between(mentions, sent_end, reach) if m.type == lx.PERSON]
    for m in people:
        title, _ = cl.word_before(text, m.start, max(0, m.start - 20))
        if title.lower() == role and title[:1].isupper():
            return m.actor  # "Envoy Pieter de Vries"
        if bodies and any(
            b.actor in bodies and b.start < m.end + lx.BODY_AFTER_NAME
            for b in _mentions_between(mentions, m.end, m.end + lx.BODY_AFTER_NAME)
        ):
            return m.actor  # "Somchai Wong at the Thai embassy"
    return None


def _mentions_between(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions starting in ``[start, end)``, in order."""
    out: list[Mention] = []
    for n in range(bisect_left(mentions, start, key=_mention_start), len(mentions)):
        if mentions[n].start >= end:
            break
        out.append(mentions[n])
    return out


def pair_actors(
    text: str,
    start: int,
    end: int,
    verbs: list[tuple[int, int]],
    subject_end: int | None,
    te: TimeExpr,
    ctx: Context,
) -> tuple[str, ...]:
    """The two parties a clause names together without naming them: "the two Koreas met in
    April 2018" (North and South Korea), "a bilateral pact signed in March 2019" after "Tokyo
    and Manila" (the two countries the article names most).  Only where the words belong to
    the dated deed: in the clause's subject, in the noun phrase the date ends ("a bilateral
    pact in 2019") or in a relative clause right after it ("a clash in 1999 that wounded North
    and South Korean sailors") -- not "the ministry on Friday marked a clash that wounded North
    and South Korean sailors" (Friday's deed is the ministry's).  ``subject_end`` is where the
    clause's subject ends (None for a clause without a verb)."""
    # Every stretch looked at below lies in the clause (or before the date): most clauses hold
    # none of the words the two patterns need, and are done with one search.
    if not lx.PAIR_HINT.search(text, start, max(end, te.start)):
        return ()
    spans: list[tuple[int, int]] = []
    if subject_end is not None:
        spans.append((start, subject_end))
    lo = max(start, te.start - lx.PAIR_BEFORE_REACH)
    for g, v in verbs:  # after the last verb before the date: its noun phrase
        if lo <= v < te.start and not _participle(text, g, v, lo):
            lo = v + 1
    spans.append((lo, te.start))
    reported = any(
        v < te.start and text[v : v + 12].split(" ", 1)[0] in lx.REPORTING_VERBS for _, v in verbs
    )  # "said on Monday that ...": a complement clause, not a relative one
    if not reported and lx.RELATIVE_AFTER.match(text, te.end):
        spans.append((te.end, end))
    for a, b in spans:
        if lx.BOTH_KOREAS.search(text, a, b):
            return lx.KOREAS
        if lx.PAIR_WORDS.search(text, a, b):
            return ctx.two_countries()
    return ()


def _participle(text: str, group: int, verb: int, floor: int) -> bool:
    """Whether the verb at ``verb`` is a bare participle after a noun, part of its noun
    phrase: "a bilateral swap signed in 2018" (not "they signed", "was signed")."""
    m = lx.WORD.match(text, verb)
    if group != verb or m is None:
        return False
    word = m.group()
    before, _ = cl.word_before(text, verb, floor)
    return word.endswith("ed") and before.islower() and before not in lx.PRONOUNS


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


def actors(
    text: str,
    start: int,
    end: int,
    subject_end: int | None,
    te: TimeExpr,
    ctx: Context,
    before: Callable[[], str | None] = lambda: None,
    here: Callable[[], str | None] = lambda: None,
) -> tuple[str, ...]:
    """Canonical actors of the clause, the subject's first; ``subject_end`` is where the
    subject ends (None for a clause without a verb); ``before`` gives the subject of the
    sentence before, for a pronoun the cast cannot resolve, and ``here`` the subject of the
    sentence's main clause, for a pronoun opening a subordinate clause after it."""
    if subject_end is None:
        return tuple(ctx.names_in(start, end, te))
    found, in_subject = _names_in_two(ctx.mentions, start, subject_end, end, te)
    if in_subject:
        rest = [a for a in found if a not in in_subject]
        return (*in_subject, *rest)
    subject = _subject(text, start, subject_end, te, ctx.cast, before, here)
    if subject and subject not in found:
        found.insert(0, subject)
    return tuple(found)


def _names_in_two(
    mentions: Sequence[Mention], start: int, mid: int, end: int, te: TimeExpr
) -> tuple[list[str], list[str]]:
    """``_names_in`` of ``[start, end)`` and of ``[start, mid)`` (``mid <= end``: the clause
    and its subject) in one pass over the mentions."""
    found: dict[str, None] = {}
    first: dict[str, None] = {}
    t_start, t_end = te.start, te.end
    for n in range(bisect_left(mentions, start, key=_mention_start), len(mentions)):
        m = mentions[n]
        if m.start >= end:
            break
        if m.type == _PLACE:
            continue  # places are not actors
        if m.start >= start and m.end <= end and (m.end <= t_start or m.start >= t_end):
            found.setdefault(m.actor)
            if m.start < mid and m.end <= mid:
                first.setdefault(m.actor)
    return list(found), list(first)


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
    end = where_subject_ends(text, sentence.start, verbs[0][0])
    names = _names_in(mentions, sentence.start, end, nothing)
    if names:
        return names[0]
    subject = _subject(text, sentence.start, end, nothing, cast)
    return None if subject is None or lx.PRONOUN_SUBJECT.match(subject) else subject


def where_subject_ends(text: str, start: int, verb_group: int) -> int:
    """Where the subject ends: before the verb, or before "who"/"which" when the first verb
    opens a relative clause ("the 300 workers who left ...")."""
    low = text[start:verb_group].lower()
    if "wh" not in low and "that" not in low:
        return verb_group  # neither pattern can match: no "who", "which" or "that"
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
    here: Callable[[], str | None] = lambda: None,
) -> str | None:
    """The clause's subject when it names no known actor: a resolved pronoun or a description."""
    for chunk_start, chunk in _chunks(text, start, end, te):
        words = chunk.split()
        lows = chunk.lower().split()  # word for word: lower case keeps the spaces
        first = 0
        while first < len(words) and lows[first] in lx.SUBORDINATORS:
            first += 1  # "when they opened an office" -> "they"
        cut = next((n for n in range(first + 1, len(words)) if lows[n] in lx.SUBORDINATORS), None)
        words, lows = words[first:cut], lows[first:cut]  # "the talks that the ..." -> "the talks"
        if not words or not lx.FINITE_BE_HAVE.isdisjoint(lows):
            continue  # a predicate, not a subject: '"This is my dream," said Kim'
        if lows[-1] in names.CAPTION_NOUNS:
            return None  # a picture, not an actor: "File photo shows ...", "AP Photo shows ..."
        chunk = " ".join(words)
        if words == ["it"] and _opens_subordinate(text, chunk_start, te):
            main = here()  # "Manila cut tariffs, when it joined the pact in 1995": Manila
            if main:
                return main
        if lows[0] in lx.NOT_SUBJECT_START or lows[0].endswith("ing"):
            continue  # "In a far-reaching decision, ...", "Following the release ..."
        if len(words) == 1 and lx.PRONOUN_SUBJECT.match(words[0]):
            who = cast.speaker(chunk_start, chunk_start + len(chunk))
            if who is not None and who.named:
                return who.name
            if lows[0] not in lx.THIRD_PERSON:
                return None  # not "we"/"I": in a quote, the speaker's side
            # "Manila cut its tariffs when it joined the pact in 1995": a pronoun opening a
            # subordinate clause after the main one is the main clause's subject; otherwise
            # ("they landed on Friday") who the sentence before was about.
            return (here() if _opens_subordinate(text, chunk_start, te) else None) or before()
        if len(words) > lx.SUBJECT_MAX_WORDS:
            return None
        article = lx.SUBJECT_DETERMINERS.match(chunk)  # "the sailor" -> "sailor"
        return (chunk[article.end() :] if article else chunk) or None
    return None


def _opens_subordinate(text: str, at: int, te: TimeExpr) -> bool:
    """Whether the word at ``at`` follows a subordinator ("when", "because") that does not
    come right after the time expression: "..., when it joined the pact in 1995", but not
    "firms in trouble since 2004 when they opened plants" (a "when" of the date itself, whose
    pronoun need not be the main clause's subject)."""
    word, word_at = cl.word_before(text, at, max(0, at - 40))
    if word.lower() in lx.SUBORDINATORS:
        return not (te.end <= word_at and not text[te.end : word_at].strip())
    word = text[at : at + 12].split(" ", 1)[0].lower()  # the subordinator opens the chunk
    if word in lx.SUBORDINATORS:
        return not (te.end <= at and not text[te.end : at].strip())
    return False


def _chunks(text: str, start: int, end: int, te: TimeExpr) -> Iterator[tuple[int, str]]:
    """The comma-separated pieces of ``text[start:end]`` outside the expression, one at a time
    (the subject is mostly the first)."""
    for m in lx.SUBJECT_CHUNK.finditer(text, start, end):
        if m.start() < te.end and m.end() > te.start:
            if te.start - m.start() >= m.end() - te.end:
                piece_start, piece = m.start(), text[m.start() : te.start]
            else:
                piece_start, piece = te.end, text[te.end : m.end()]
        else:
            piece_start, piece = m.start(), m.group()
        opener = text[piece_start - 1 : piece_start] if piece_start else ""
        if opener in lx.OPENING_QUOTES and piece_start > 1:
            if text[piece_start - 2] in lx.CLOSES_BEFORE:
                opener = ""  # '... is off."When the envoy left': the mark closes a quote
        if piece.lstrip()[:1] in lx.OPENING_QUOTES or opener in lx.OPENING_QUOTES:
            continue  # quoted words, not a subject: '"We never gave up," said a survivor'
        piece = piece.strip(" \"'\u201c\u201d\u2018\u2019(")
        words = piece.split()
        lows = piece.lower().split()
        cut = next((n for n in range(1, len(words)) if lows[n] in lx.SUBJECT_END), None)
        piece = " ".join(words[:cut])  # "the High Court on" -> "the High Court"
        if piece and any(ch.isalpha() for ch in piece):
            yield piece_start, piece
