"""Speaker phrases: who "he", "the expert", "Kishida", "KCNA", "a diplomatic source" or "they"
is.

``speaker`` (behind ``Cast.speaker``) takes a phrase the quotes stage found and returns the
canonical name of the person or body it refers to, or the description as written, unnamed (a
group phrase as a group: 'five residents', and "they" for the one group in reach).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import le
from typing import TYPE_CHECKING

from nkjp import attribution
from nkjp import roster as rs
from nkjp.lexicon import names as lx
from nkjp.lexicon import references as lref
from nkjp.lexicon import roles as lr
from nkjp.lexicon import speech as lsp
from nkjp.models import Mention, Speaker
from nkjp.pronouns import resolve_pronoun
from nkjp.reference import UNNAMED, _org_anaphor, describe
from nkjp.wordscan import gap_word_spans

if TYPE_CHECKING:
    from nkjp.cast import _Reader

PERSON, ORG, COUNTRY, LOCATION, GROUP = "person", "organization", "country", "location", "group"
SCAN_ALL_MENTIONS = 200  # mentions up to which a speaker phrase scans them all (see _by_start)


def speaker(r: _Reader, start: int, end: int, mentions: Sequence[Mention]) -> Speaker | None:
    """Who the speaker phrase ``text[start:end]`` refers to (see ``Cast.speaker``)."""
    text = r.folded
    while start < end and text[start] in " \t\n,.;:\"'\u201c\u201d-":
        start += 1
    while end > start and text[end - 1] in " \t\n,.;:\"'\u201c\u201d-":
        end -= 1
    if start >= end:
        return None
    phrase = text[start:end]
    shown = " ".join(r.text[start:end].split())
    low = phrase.lower()
    if low in lx.PERSON_PRONOUNS:
        who = resolve_pronoun(r, start, lx.PERSON_PRONOUNS[low])
        return Speaker(who, who not in r.unnamed, PERSON) if who else None
    order = _by_start(r, mentions)
    if low in lx.THING_PRONOUNS:
        before = mentions[: bisect_left(order[0], start)] if order else mentions
        for x in reversed(before):  # the latest body or state before it: "it said"
            if x.start < start and x.type in (ORG, COUNTRY) and not r._in_quote(x.start):
                return Speaker(x.actor, True, x.type)
        return None
    if low in lx.PLURAL_PRONOUNS:
        return _group_referent(r, start, mentions)
    named_after = _name_after(r, end, mentions, order)
    if named_after is not None:
        return Speaker(named_after.actor, True, PERSON)
    if lref.STATE_MEDIA.match(phrase):
        for x in mentions[: bisect_left(order[0], start)] if order else mentions:
            if x.start < start and x.actor == "Korean Central News Agency":
                return Speaker(x.actor, True, ORG)
        return Speaker(shown, False, ORG)
    if lx.INDEFINITE_START.match(phrase):
        return Speaker(shown, False, _unnamed_type(low))
    if order:  # only those from the longest mention's length before ``start`` on
        starts, longest = order
        near = mentions[bisect_left(starts, start - longest) : bisect_left(starts, end)]
    else:
        near = mentions
    inside = [m for m in near if m.start < end and start < m.end and m.type != LOCATION]
    head = _head(r, start, end, inside)
    if head is not None:
        return Speaker(head.actor, True, head.type)
    if low.startswith(("the ", "its ", "his ", "her ", "their ")):
        d = lref.DESCRIPTION.match(phrase)
        if d and d.start() == 0:
            tail = phrase[d.end() :]
            who = describe(r, start, d["mods"], d["noun"].lower(), mentions, tail)
            if who is not None and who[1] == UNNAMED:
                return Speaker(who[0], False, PERSON)
            if who is not None:
                return Speaker(who[0], True, who[1])
        o = lref.ORG_ANAPHOR.match(phrase)
        if o and o.end() == len(phrase):
            who_org = _org_anaphor(r, o["noun"].lower(), start, mentions)
            if who_org is not None:
                return Speaker(who_org, True, ORG)
        return Speaker(shown, False, _unnamed_type(low))
    words = phrase.split()
    if words and words[-1].lower() in lsp.GROUP_HEADS:
        return Speaker(shown, False, GROUP)  # 'Officials', 'North Koreans': no one's name
    if words and all(w[:1].isupper() for w in words) and words[0].lower() not in lr.DEMONYMS:
        if rs.fold(words[0]) not in ("north korean", "south korean"):
            return Speaker(shown, True, PERSON)
    return Speaker(shown, False, _unnamed_type(low))


def _name_after(
    r: _Reader, end: int, mentions: Sequence[Mention], order: tuple[list[int], int] | None
) -> Mention | None:
    """A person named right after a description: "its president, Batbayar Dorj,"."""
    m = lref.NAME_AFTER_COMMA.match(r.folded, end)
    if m is None or m.end() == end:
        return None
    at = m.end()
    if order:  # only those starting there
        starts = order[0]
        mentions = mentions[bisect_left(starts, at) : bisect_right(starts, at)]
    return next(
        (x for x in mentions if x.start == at and x.type == PERSON and x.rule != "pronoun"),
        None,
    )


def _by_start(r: _Reader, mentions: Sequence[Mention]) -> tuple[list[int], int] | None:
    """For a long sequence of mentions in text order (as Cast.mentions are): their starts and
    the longest one's length, so that a speaker phrase looks only at those near it (linear
    time on long texts); made once per sequence, kept on the reader.  None for short ones
    (scanning them all is cheaper) and for any other sequence."""
    if len(mentions) <= SCAN_ALL_MENTIONS or not isinstance(mentions, (list, tuple)):
        return None
    hit = r.pass2_mentions_by_start
    if hit is not None and hit[0] is mentions and hit[1] == len(mentions):
        return hit[2]
    starts = [x.start for x in mentions]
    order = None
    if all(map(le, starts, starts[1:])):
        order = (starts, max(x.end - x.start for x in mentions))
    r.pass2_mentions_by_start = (mentions, len(mentions), order)
    return order


def _unnamed_type(low: str) -> str:
    last = low.split()[-1] if low.split() else ""
    plural = last.endswith("s") and not last.endswith("ss") or last in lsp.GROUP_HEADS
    return GROUP if plural else PERSON  # ('five people', 'police': groups too)


def _group_referent(r: _Reader, pos: int, mentions: Sequence[Mention]) -> Speaker | None:
    """The group "they" (or "we") at ``pos`` stands for: the group phrase outside quotes of the
    nearest sentence that has one, its own (before it) or one of the lref.PLURAL_LOOKBACK before;
    none when that sentence names two groups ('Police clashed with protesters') or has a body
    speaking ('the ministry said'), which "they" may stand for as well."""
    sent = r._sentence(pos)
    floor = pos - lref.PLURAL_REACH
    for s in range(sent, max(sent - lref.PLURAL_LOOKBACK, 0) - 1, -1) if sent >= 0 else ():
        lo, hi = max(r.sent_starts[s], floor), pos if s == sent else r.sent_ends[s]
        if hi <= lo:
            if s == sent:
                continue  # 'They said ...' opens its sentence
            break  # (out of reach)
        found = [g for g in attribution.group_phrases(r.folded, lo, hi) if not r._in_quote(g[0])]
        if not found:
            continue
        keys = [_group_key(r.folded, *g) for g in found]
        if any(not (k <= keys[0] or keys[0] <= k) for k in keys[1:]):
            return None  # two groups
        if _body_speaks(r, lo, hi, found, mentions) or _someone_reports(r, lo, hi, found[0]):
            return None
        words = " ".join(r.text[found[0][0] : found[0][1]].split()).split(" ")
        if words[0].lower() in lref.GROUP_DETERMINERS:
            words[0] = words[0].lower()  # 'The three North Koreans' -> 'the three ...'
        return Speaker(" ".join(words), False, GROUP)
    return None


def _someone_reports(r: _Reader, lo: int, hi: int, group: tuple[int, int]) -> bool:
    """Whether ``text[lo:hi]`` has a verb of reported speech outside quotes that is not the
    group's own: 'The fire agency said six hikers were stranded', 'Kyodo reported that ...'
    ("they" may be the agency, and the hikers said nothing)."""
    text = r.folded
    for vs, ve in gap_word_spans(text, lo, hi, lsp.SENTENCE_REPORT_WORD, lsp.SENTENCE_REPORT_GAP):
        if r._in_quote(vs):
            continue
        if group[1] <= vs and lsp.GROUP_BEFORE_OWN_VERB.fullmatch(text, group[1], vs):
            continue  # 'Six hikers said', 'Six hikers have told'
        if group[1] <= vs and _participle_of_subject(text, lo, vs, ve, group):
            continue  # 'Six hikers turned back, saying the trail was closed'
        if (
            ve <= group[0]
            and lsp.GROUP_AFTER_OWN_VERB.fullmatch(text, ve, group[0])
            and (text[vs:ve] in lsp.SOURCE_WORDS or _inverted(text, lo, vs))
        ):
            continue  # '"...," said six hikers', 'according to six hikers'
        return True
    return False


def _participle_of_subject(text: str, lo: int, vs: int, ve: int, group: tuple[int, int]) -> bool:
    """Whether the verb ``text[vs:ve]`` is a participle after a comma ('..., saying') in a
    sentence the group opens as its subject: 'Six hikers turned back, saying ...'."""
    return (
        text[vs:ve] not in lsp.SOURCE_WORDS
        and text.endswith(lref.PARTICIPLE_END, vs, ve)
        and text[lo:vs].rstrip().endswith(",")
        and not text[lo : group[0]].strip()
    )


def _inverted(text: str, lo: int, verb: int) -> bool:
    """Whether the verb at ``verb`` has no subject before it: '"...," said six hikers'."""
    before = text[lo:verb].rstrip()
    return not before or before[-1] in lsp.INVERTED_VERB_AFTER


def _group_key(text: str, start: int, end: int) -> frozenset[str]:
    """The words that tell a group from another: 'ministry officials' is 'the officials'."""
    return frozenset(text[start:end].lower().split()) - lref.GROUP_DETERMINERS


def _body_speaks(
    r: _Reader,
    lo: int,
    hi: int,
    groups: list[tuple[int, int]],
    mentions: Sequence[Mention],
) -> bool:
    """Whether a body or state mentioned in ``text[lo:hi]`` outside quotes and ``groups``
    speaks there: 'the ministry said', 'Tokyo told ...' (not 'officials of the Health Ministry
    said')."""
    starts, bodies = r.index(mentions, _body_speaks, _is_body)  # (built once per article)
    if _by_start(r, mentions):  # a long article, its mentions in text order: those in reach
        bodies = bodies[bisect_left(starts, lo) : bisect_left(starts, hi)]
    return any(
        lo <= x.start < hi
        and not r._in_quote(x.start)
        and not any(a <= x.start < b for a, b in groups)
        and lref.SPEECH_AFTER_SOURCE.match(r.folded, x.end) is not None
        for x in bodies
    )


def _is_body(m: Mention) -> bool:
    return m.type in (ORG, COUNTRY)


def _head(r: _Reader, start: int, end: int, inside: Sequence[Mention]) -> Mention | None:
    """The mention a speaker phrase is about: a person whose name follows only titles ("Prime
    Minister Fumio Kishida", "Haruko Ota, 71"), else a body or country that ends the
    phrase or its first part ("KCNA", "Japan's Foreign Ministry", "Pyongyang")."""
    text = r.folded
    inside = [m for m in inside if m.rule != "unnamed"]
    lead = start + 4 if text[start : start + 4].lower() == "the " else start
    for m in inside:
        if m.start <= lead and m.end >= end and m.rule != "pronoun":
            return m  # "North Korea's foreign ministry": one mention covers the phrase
    for m in inside:
        if text.startswith("'s ", m.end) and m.end + 3 < end:
            continue  # "Moon's office", "Yokota's son Takuya": the person owns the head
        if (
            m.type == PERSON
            and m.rule != "pronoun"
            and _title_prefix(text[start : max(start, m.start)])
        ):
            return m
    for m in inside:
        if m.type == PERSON:
            continue
        after = text[m.end : end].strip()
        if (not after or after[0] in ",(" or lref.MEDIA_TAIL.match(after)) and _title_prefix(
            text[start : max(start, m.start)]
        ):
            return m
    return None


def _title_prefix(prefix: str) -> bool:
    """Whether what precedes a name in a speaker phrase is only titles and modifiers."""
    words = lx.WORD.findall(prefix)
    if words and (words[-1].lower() in lr.ROLE_BEFORE_NAME or words[-1].lower() in lr.TITLES):
        return True  # "presidential spokesman Lim Sung-ho": modifiers, then the role noun
    for w in words:
        lw = w.lower()
        if w[0].isupper() or lw in lref.SPEAKER_PREFIX_WORDS or lw in lr.ROLE_BEFORE_NAME:
            continue
        if lw in lr.TITLES or (
            lw not in lx.NAME_CONNECTORS and any(lw in t.split() for t in lr.TITLES)
        ):
            continue
        return False
    return True
