"""The actors of one article: mention finding and in-article coreference (read_cast).

One pass over the capitalised words finds lexicon aliases and unknown names (people, bodies,
places); a second pass adds what refers to them without naming them: "the North", "the Japanese
government", "Japan's prime minister", "the expert", "the ministry", "he".  ``Cast.speaker``
resolves a speaker phrase the quotes stage found.  No rapidfuzz here: this runs per article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from nkjp import pronouns, reference, speakers
from nkjp import roster as rs
from nkjp.lexicon import names as lx
from nkjp.models import BOILERPLATE, BYLINE, Mention, QuotedSpan, Sentence, Speaker
from nkjp.runs import COUNTRY, LOCATION, PERSON, Runs


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
        self.folded = text.translate(lx.FOLD)
        self.published = published
        self.roster = rs.roster()
        body = [s for s in sentences if s.kind not in (BOILERPLATE, BYLINE)]
        self.sent_starts = [s.start for s in body]
        self.sent_ends = [s.end for s in body]
        self.quotes = sorted((q.start, q.end) for q in quoted)
        self.q_starts = [q[0] for q in self.quotes]
        toks = [m for s in body for m in lx.WORD.finditer(self.folded, s.start, s.end)]
        self.starts = [m.start() for m in toks]
        self.ends = [m.end() for m in toks]
        self.words = [m.group() for m in toks]
        self.lower = [w.lower() for w in self.words]
        f = self.folded
        self.seps = [""] + [f[e:s] for e, s in zip(self.ends, self.starts[1:], strict=False)]
        self.caps = [w[0].isupper() for w in self.words]
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
        if kind == COUNTRY:
            self.country_count[actor] = self.country_count.get(actor, 0) + 1
        elif kind == PERSON and not self._in_quote(start):
            self.salience[actor] = self.salience.get(actor, 0) + 1
            self.last_seen[actor] = start

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
                self._give_roles(name, lx.TITLES.get(r["title"], ()) + (r["title"],))
        words = rs.tokenize(name.translate(lx.FOLD))[0]
        keys = {rs.family_name(name, country)}
        if entry is None and len(words) > 1:
            first = words[0].lower()
            if first in lx.KOREAN_SURNAMES or first in lx.CHINESE_SURNAMES:
                keys = {first}
            else:
                keys = {words[-1].lower()}
        for key in keys:
            people = self.families.setdefault(key, [])
            if name not in people:
                people.append(name)
        if len(words) == 2 and words[-1].lower() in keys:  # given name first: "Takuya Yokota"
            self.given.setdefault(words[0].lower(), []).append(name)

    def _give_roles(self, name: str, roles: Sequence[str]) -> None:
        self.roles.setdefault(name, set()).update(roles)

    # -- pass 2: references without a name -------------------------------------------------

    def _second_pass(self) -> None:
        reference.second_pass(self)

    def _pronouns(self) -> None:
        pronouns.pronouns(self)

    def speaker(self, start: int, end: int, mentions: Sequence[Mention]) -> Speaker | None:
        return speakers.speaker(self, start, end, mentions)
