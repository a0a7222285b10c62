"""The actors of one article: mention finding and in-article coreference (read_cast).

One pass over the capitalised words finds lexicon aliases and unknown names (people, bodies,
places); a second pass adds what refers to them without naming them: "the North", "the Japanese
government", "Japan's prime minister", "the expert", "the ministry", "he".  ``Cast.speaker``
resolves a speaker phrase the quotes stage found.  No rapidfuzz here: this runs per article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from itertools import accumulate, chain, compress, count
from operator import add, sub

from nkjp import pronouns, reference, speakers
from nkjp import roster as rs
from nkjp.lexicon import names as lx
from nkjp.lexicon import roles as lr
from nkjp.models import BOILERPLATE, BYLINE, Mention, QuotedSpan, Sentence, Speaker
from nkjp.runs import COUNTRY, LOCATION, ORG, PERSON, Runs

_LOWERCASE_A = "a"
# Bound on the alias decisions kept by spelling (Roster.written): far more than a corpus needs.
_WRITTEN_MAX = 50_000
# vocabulary -> whether every word of it is indexed (_Reader.where): see _Reader.occurrences
_INDEXED_VOCABULARIES: dict[frozenset[str], bool] = {}


def fold_chars(text: str) -> str:
    """``text`` with macrons, curly apostrophes and odd hyphens folded character for character
    (lexicon.names.FOLD), so that offsets stay offsets into ``text``."""
    if text.isascii():
        return text
    for a, b in lx.FOLD_PAIRS:
        if a in text:
            text = text.replace(a, b)
    return text


@lru_cache(maxsize=4096)
def _filing(name: str, country: str | None, known: bool) -> tuple[str, str | None]:
    """The family name a person is filed under (lowercased), and the given name when it is
    written first ("takuya" of "Takuya Yokota"), else None; ``known``: a lexicon entry."""
    words = rs.name_words(name)
    key = rs.family_name(name, country)
    if not known and len(words) > 1:
        first = words[0].lower()
        if first in lx.KOREAN_SURNAMES or first in lx.CHINESE_SURNAMES:
            key = first
        else:
            key = words[-1].lower()
    given = words[0].lower() if len(words) == 2 and words[-1].lower() == key else None
    return key, given


class Cast:
    """The actors of one article: every mention, plus look-ups for later stages."""

    def __init__(self, reader: _Reader) -> None:
        self.text = reader.text
        self.mentions: tuple[Mention, ...] = tuple(reader.mentions)
        self._r = reader
        self._starts = [m.start for m in self.mentions]

    def speaker(self, start: int, end: int) -> Speaker | None:
        """Who the speaker phrase ``text[start:end]`` refers to ("he", "the expert", "Kishida",
        "a diplomatic source"), resolved against what the article said before ``start``."""
        return self._r.speaker(start, end, self.mentions)

    def actors_in(self, start: int, end: int) -> tuple[str, ...]:
        """Canonical names of the actors mentioned in ``text[start:end]``, in order, once each
        (places are not actors)."""
        seen: dict[str, None] = {}
        i = bisect_right(self._starts, start - 1)
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end and m.type != LOCATION:
                seen.setdefault(m.actor)
        return tuple(seen)


def read_cast(
    text: str,
    sentences: Sequence[Sentence],
    published: date | None,
    quoted: Sequence[QuotedSpan] = (),
) -> Cast:
    """Find and resolve every actor mention in ``text`` (headlines, bylines and boilerplate
    skipped)."""
    reader = _Reader(text, sentences, published, quoted)
    reader.read()
    return Cast(reader)


class _Reader(Runs):
    """State of one article's reading: tokens, mentions found so far, what people are."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[Sentence],
        published: date | None,
        quoted: Sequence[QuotedSpan],
    ) -> None:
        self.text = text
        self.folded = fold_chars(text)
        self.published = published
        self.roster = rs.roster()
        body = [s for s in sentences if s.kind not in (BOILERPLATE, BYLINE)]
        self.sent_starts = [s.start for s in body]
        self.sent_ends = [s.end for s in body]
        self.quotes = sorted((q.start, q.end) for q in quoted)
        self.q_starts = [q[0] for q in self.quotes]
        self._tokenize(body)
        self.mentions: list[Mention] = []
        self.roles: dict[str, set[str]] = {}  # person -> role nouns ("professor", "minister")
        self.gender: dict[str, str] = {}
        self.families: dict[str, list[str]] = {}  # family name -> people, in order met
        self.given: dict[str, list[str]] = {}  # given name -> people ("Takuya Yokota")
        self.country_count: dict[str, int] = {}
        self.salience: dict[str, int] = {}  # person -> mentions outside quotes so far
        self.last_seen: dict[str, int] = {}  # person -> offset of the latest such mention
        self.person_country: dict[str, str] = {}  # from an appositive: "the South Korean ..."
        self.met: set[str] = set()
        self.unnamed: set[str] = set()  # actors that are descriptions: "the woman", "police"
        self.subjects: dict[int, list[tuple[int, str]]] | None = None  # see reference.py
        self.active: dict[str, bool] = {}  # person -> in office on the publication date
        self.fitting: dict[int, list[rs.Alias]] = {}  # token -> lexicon aliases written there
        self.org_runs: dict[str, str] = {}  # first word -> latest body named by a run
        self.person_ends: set[int] = set()  # where person mentions end
        self._indexes: dict[tuple[int, object], tuple] = {}  # see index()
        self.fitting_subjects: dict[tuple[int, str], tuple[list[int], list[str]]] = {}
        self.dropped: set[int] = set()  # id() of mentions pass 2 took back (reference.py)
        self.indefinite_matches: dict[int, re.Match[str] | None] = {}  # pronouns.indefinite_at
        self.pass2_article_starts: list[int] | None = None  # reference._indefinite_before
        self.pass2_mentions_by_start: tuple | None = None  # speakers: long texts only
        # mentions sorted by start for reference._before: (count, starts, mentions, added
        # since in text order, their starts)
        self.before_snapshot: tuple[int, list[int], list[Mention], list, list[int]] | None = None

    def _tokenize(self, body: Sequence[Sentence]) -> None:
        """Words of the body sentences, with their offsets, the text before each (from the
        previous word, across sentences), and where each lowercased word occurs.

        One split cuts the whole article into words; each body sentence takes its stretch of
        them (adjacent sentences one stretch).  A sentence whose edge falls inside a word
        ("U.S" cut before its last dot) is tokenised on its own, as the split would not cut
        there."""
        f = self.folded
        parts = lx.WORD_SPLIT.split(f)  # sep, word, sep, word, ..., tail
        bounds = list(accumulate(map(len, parts)))  # word k spans bounds[2k] .. bounds[2k + 1]
        all_starts = bounds[0:-1:2]
        all_ends = bounds[1::2]
        pieces: list[tuple[int, int] | tuple[list[str], list[str], list[int]]] = []
        for s in body:
            a = bisect_left(all_starts, s.start)
            b = bisect_left(all_starts, s.end, a)
            if (a and all_ends[a - 1] > s.start) or (b > a and all_ends[b - 1] > s.end):
                pieces.append(self._tokenize_alone(s))  # an edge inside a word
            elif b > a:
                if pieces and len(pieces[-1]) == 2 and pieces[-1][1] == a:
                    pieces[-1] = (pieces[-1][0], b)  # runs on from the previous sentence
                else:
                    pieces.append((a, b))
        words: list[str] = []
        seps: list[str] = []
        ends: list[int] = []
        starts: list[int] = []
        for piece in pieces:
            k0 = len(words)
            if len(piece) == 2:
                a, b = piece
                words += parts[2 * a + 1 : 2 * b : 2]
                seps += parts[2 * a : 2 * b : 2]
                ends += all_ends[a:b]
                starts += all_starts[a:b]
            else:
                ws, sp, es = piece
                if not ws:
                    continue
                words += ws
                seps += sp
                ends += es
                starts += map(sub, es, map(len, ws))
            # the text before a stretch's first word runs from the word before it
            seps[k0] = f[ends[k0 - 1] : starts[k0]] if k0 else ""
        self.words = words
        self.seps = seps
        self.ends = ends
        self.starts = starts
        self.lower = lower = list(map(str.lower, words))
        # words start with an ASCII letter: a capital is an upper-case one, so a word starting
        # with a capital sorts before "a" ("Zhang" < "a" <= "abe"), one test per word
        self.caps = list(map(_LOWERCASE_A.__gt__, words))
        where: dict[str, list[int]] = {}  # only the words looked up (reference.INDEXED_WORDS)
        found = where.get
        for k in compress(count(), map(reference.INDEXED_WORDS.__contains__, lower)):
            ks = found(lower[k])
            if ks is None:
                where[lower[k]] = [k]
            else:
                ks.append(k)
        self.where = where

    def _tokenize_alone(self, s: Sentence) -> tuple[list[str], list[str], list[int]]:
        """Words, the text before each and their ends, of sentence ``s`` scanned by itself."""
        pairs = lx.SEP_WORD.findall(self.folded, s.start, s.end)
        if not pairs:
            return [], [], []
        sp, ws = zip(*pairs, strict=True)
        # offsets by running sums of lengths (no match objects): end = start + sep + word
        ends = list(accumulate(map(add, map(len, sp), map(len, ws)), initial=s.start))
        del ends[0]
        return list(ws), list(sp), ends

    def occurrences(self, vocabulary: Iterable[str]) -> list[int]:
        """Token indices, in order, of the lowercased words of ``vocabulary``."""
        if type(vocabulary) is frozenset:  # the word lists of the lexicon: tested once each
            indexed = _INDEXED_VOCABULARIES.get(vocabulary)
            if indexed is None:
                if len(_INDEXED_VOCABULARIES) > 1000:
                    _INDEXED_VOCABULARIES.clear()  # (not lexicon lists after all)
                indexed = reference.INDEXED_WORDS.issuperset(vocabulary)
                _INDEXED_VOCABULARIES[vocabulary] = indexed
        else:
            indexed = reference.INDEXED_WORDS.issuperset(vocabulary)
        if not indexed:
            wanted = set(vocabulary)
            return [k for k, w in enumerate(self.lower) if w in wanted]
        where = self.where
        found = where.keys() & vocabulary
        if len(found) == 1:
            return list(where[found.pop()])
        return sorted(chain.from_iterable(map(where.__getitem__, found)))

    def index(
        self, mentions: Sequence[Mention], key: object, test: Callable[[Mention], bool]
    ) -> tuple[list[int], list[Mention]]:
        """The mentions of ``mentions`` (sorted by start) that pass ``test``, and their starts:
        built once per sequence and ``key``, so that looking back for "the latest body that
        'the ministry' fits" is a bisection, not a scan of the article (linear time on long
        texts)."""
        slot = (id(mentions), key)
        hit = self._indexes.get(slot)
        if hit is not None and hit[0] is mentions and hit[1] == len(mentions):
            return hit[2], hit[3]
        picked = [m for m in mentions if test(m)]
        starts = [m.start for m in picked]
        self._indexes[slot] = (mentions, len(mentions), starts, picked)
        return starts, picked

    # -- helpers ---------------------------------------------------------------------------

    def _sentence(self, pos: int) -> int:
        """Index of the body sentence holding ``pos``, -1 when none does."""
        i = bisect_right(self.sent_starts, pos) - 1
        return i if i >= 0 and pos < self.sent_ends[i] else -1

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.q_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i][1]

    def _add(self, start: int, end: int, actor: str, kind: str, rule: str) -> None:
        self.mentions.append(Mention(start, end, self.text[start:end], actor, kind, rule))
        if kind == PERSON:
            self.person_ends.add(end)
            i = bisect_right(self.q_starts, start) - 1
            if i < 0 or start >= self.quotes[i][1]:  # outside quotes (see _in_quote)
                self.salience[actor] = self.salience.get(actor, 0) + 1
                self.last_seen[actor] = start
        elif kind == COUNTRY:
            self.country_count[actor] = self.country_count.get(actor, 0) + 1
        elif kind == ORG and rule == "run":
            words = actor.split()
            if len(words) > 1:  # for "Hanul" after "Hanul LLC" (Runs._org_short)
                self.org_runs[words[0].lower()] = actor

    # -- lexicon aliases at a token (pass 1, nkjp/runs.py) ---------------------------------

    def _lexicon_at(self, i: int, j: int) -> rs.Alias | None:
        """The longest lexicon alias starting at token i and ending by token j."""
        if not self.caps[i] or self.lower[i] not in self.roster.tree:
            return None  # every alias starts with a capital (see _aliases_at)
        fitting = self.fitting.get(i)
        if fitting is None:
            fitting = self._aliases_at(i)
            # not a shorter name's alias: "Park Jin" in "Park Jin-woo" (first: a hyphen after
            # one of them; the longest is first)
            if fitting and "-" in self.seps[i + 1 : i + 1 + len(fitting[0].tokens)]:
                for alias in fitting:
                    if self._name_goes_on(alias, i):
                        fitting = [a for a in fitting if not self._name_goes_on(a, i)]
                        break
            self.fitting[i] = fitting
        for alias in fitting:
            if i + len(alias.tokens) <= j:
                return alias
        return None

    def _name_goes_on(self, alias: rs.Alias, i: int) -> bool:
        """Whether a person's name written at token i goes on past ``alias`` with a given-name
        syllable: "Park Jin-woo" is not "Park Jin" (Runs._syllable)."""
        t = i + len(alias.tokens)
        return (
            t < len(self.seps)
            and self.seps[t] == "-"
            and self._syllable(t)
            and self.roster.entries[alias.name]["type"] == PERSON
        )

    def _aliases_at(self, i: int) -> list[rs.Alias]:
        """Every lexicon alias written at token i, longest first."""
        # An alias starts with a capital, which _alias_fits wants written: none at "said".
        node = self.roster.tree.get(self.lower[i]) if self.caps[i] else None
        if node is None:
            return []
        lower = self.lower
        n = len(lower)
        # Which aliases are written at i depends only on how the words they could span are
        # spelled, the separators between them and whether a letter or digit follows the last:
        # "Japan said" (Japan), "JAPAN" (Japan), "Japan2" (none), "North Korea's" (North
        # Korea).  Decided once per spelling (Roster.written), not once per article.
        written = self.roster.written
        folded = self.folded
        if not node[1] or i + 1 == n or lower[i + 1] not in node[1]:
            end = self.ends[i]  # only one-word aliases can be written here
            key: tuple = (self.words[i], end < len(folded) and folded[end].isalnum())
            fits = written.get(key)
            if fits is None:
                fits = [a for a in node[0] if self._alias_fits(a, i)]
                self._remember(key, fits)
            return list(fits)
        found = []  # the aliases of each length that the words from i spell, shortest first
        k = i
        while True:
            if node[0]:
                found.append(node[0])
            k += 1
            if k >= n or not node[1]:
                break
            node = node[1].get(lower[k])
            if node is None:
                break
        end = self.ends[k - 1]  # tokens i .. k-1 walked
        key = (
            tuple(self.words[i:k]),
            tuple(self.seps[i + 1 : k]),
            end < len(folded) and folded[end].isalnum(),
        )
        fits = written.get(key)
        if fits is None:
            fits = [a for aliases in reversed(found) for a in aliases if self._alias_fits(a, i)]
            self._remember(key, fits)
        return list(fits)

    def _remember(self, key: tuple, fits: list[rs.Alias]) -> None:
        """Keep the aliases written with the spelling ``key`` (see _aliases_at)."""
        written = self.roster.written
        if len(written) > _WRITTEN_MAX:
            written.clear()  # (many spellings: a long odd input)
        written[key] = fits

    def _alias_fits(self, alias: rs.Alias, i: int) -> bool:
        """Whether ``alias``, whose lowercased tokens are those at token i, is written there:
        acronyms in capitals ("AP", not "ap"), capitals where it has them, its separators."""
        words, seps = self.words, self.seps
        t = i
        for exact, upper in zip(alias.exact, alias.upper, strict=True):
            word = words[t]
            if exact and word != word.upper():
                return False
            if upper and not word[0].isupper():
                return False
            if t > i:
                sep, wanted = seps[t], alias.seps[t - i - 1]
                if sep == " ":  # the usual separator, noise only: "Kim Jong Un"
                    if wanted:
                        return False
                elif "\n" in sep or lx.SEPARATOR_NOISE.sub("", sep) != wanted:
                    return False
            t += 1
        end = self.ends[t - 1]
        return not (end < len(self.folded) and self.folded[end].isalnum())

    # -- people met (pass 1): family names, roles, who a lone family name is -----------------

    def _meet(self, name: str, country: str | None = None) -> None:
        """Remember a person for later surname-only mentions and role descriptions."""
        if name in self.met:
            return
        self.met.add(name)
        entry = self.roster.entries.get(name)
        if entry is not None:
            country = entry.get("country")
            if entry.get("gender"):
                self.gender.setdefault(name, entry["gender"])
            for r in rs.active_roles(name, self.published) if self.published else ():
                self._give_roles(name, lr.TITLES.get(r["title"], ()) + (r["title"],))
        key, given = _filing(name, country, entry is not None)
        people = self.families.setdefault(key, [])
        if name not in people:
            people.append(name)
        if given is not None:
            self.given.setdefault(given, []).append(name)

    def _give_roles(self, name: str, roles: Sequence[str]) -> None:
        self.roles.setdefault(name, set()).update(roles)

    def _families_of(self, segment: Sequence[str]) -> bool:
        """Whether a word of ``segment`` is the family name of someone met in the article."""
        return any(w in self.families for w in segment)

    def _salience(self, name: str) -> tuple[int, bool, int]:
        """How prominent a person is so far: mentions outside quotes, then in office on the
        publication date (Kim Jong Un over his late father), then the latest mention."""
        active = self.active.get(name)
        if active is None:
            active = self.active[name] = bool(
                self.published and rs.active_roles(name, self.published)
            )
        return self.salience.get(name, 0), active, self.last_seen.get(name, -1)

    def _surname(self, word: str, prev: str) -> str | None:
        """The person a lone family name stands for: the latest one met in the article, else
        the one lexicon person of that name in office on the publication date."""
        want = lr.HONORIFIC_GENDER.get(prev)
        people = [
            n
            for n in self.families.get(word, ())
            if want is None or self.gender.get(n, want) == want
        ]
        if len(people) == 1:
            return people[0]
        if people:
            # the most mentioned so far, then the latest: "Kim" after Kim Jong Un (three times)
            # and Kim Yong Nam (once) is Kim Jong Un; "Yokota" after Shigeru then Sakie, Sakie
            return max(people, key=self._salience)
        given = self.given.get(word, [])
        if len(given) == 1:
            return given[0]  # "Takuya" after "Takuya Yokota" (one person of that given name)
        if self.published is None:
            return None
        holders = [
            n for n in self.roster.by_surname.get(word, ()) if rs.active_roles(n, self.published)
        ]
        if len(holders) == 1:
            self._meet(holders[0])
            return holders[0]
        return None

    # -- pass 2: references without a name -------------------------------------------------

    def _second_pass(self) -> None:
        reference.second_pass(self)

    def _pronouns(self) -> None:
        pronouns.pronouns(self)

    def speaker(self, start: int, end: int, mentions: Sequence[Mention]) -> Speaker | None:
        return speakers.speaker(self, start, end, mentions)
