"""Pass 1 of read_cast: the capitalised runs of an article.

A run is a stretch of capitalised words ("Prime Minister Fumio Kishida", "Tokyo District Court",
"Lim Sung-ho").  Lexicon aliases inside it become mentions of known actors; what is left
becomes a person, a body or a place the article names, by its titles, its head words and its
context ("Mori said", "Tanabe, an analyst at ...", "in Osaka").  A lone family name refers to
the most prominent person of that name met so far, else to the one lexicon person of that name
in office on the publication date.  Which aliases are written at a token, and whom a family
name stands for, the reader says (nkjp/cast.py ``_lexicon_at``, ``_surname``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING

from nkjp import roster as rs
from nkjp.lexicon import names as lx
from nkjp.lexicon import references as lref
from nkjp.lexicon import roles as lr

if TYPE_CHECKING:
    from nkjp.models import Mention

_start, _end = attrgetter("start"), attrgetter("end")
PERSON, ORG, COUNTRY, LOCATION, GROUP = "person", "organization", "country", "location", "group"
_RUN_SEP = re.compile(r"[ \t]*(?:-[ \t]*)?|'[ \t]+")  # "Kim Jong-un", "Workers' Party"
_ABBREV = frozenset(  # abbreviations a name runs on past: "Prof. Ito", "Mitsui and Co."
    "prof dr mr mrs ms gen lt col adm rep sen gov st jr sr corp co inc ltd rev mt no".split()
)
_TITLE_FIRST = frozenset(t.split()[0] for t in lr.TITLES)
_DEMONYM_FIRST = frozenset(d.split()[0] for d in lr.DEMONYMS)
_TITLE_OR_DEMONYM_FIRST = _TITLE_FIRST | _DEMONYM_FIRST
# first word of a title -> its titles' word counts, longest first: "chief" -> (3, 2)
_TITLE_SIZES = {
    first: tuple(sorted({len(t.split(" ")) for t in lr.TITLES if t.split(" ")[0] == first})[::-1])
    for first in _TITLE_FIRST
}
# The head and first words _run_kind looks for: "... Games", "... Ministry", "Mount ...".
_KIND_LAST = lx.EVENT_HEADS | lx.ORG_HEADS | lx.LOCATION_HEADS
_KIND_FIRST = lx.ORG_FIRST | lx.LOCATION_FIRST
# Words a run does not end with: "the Chinese Embassy in Tokyo Wednesday", "Sea of"
_RUN_TAIL_STOP = lx.TRAILING_STOP | lx.NAME_CONNECTORS
_DEMONYM_MAX = 2
# Words a run continues after through "of", "and", "the": "Ministry of Foreign Affairs", "Sea
# of Japan" (not "district": "the Shinjuku district of Tokyo" is two names).
_CONNECTED_HEADS = (
    lx.ORG_HEADS | lx.ORG_FIRST | lx.LOCATION_FIRST | (lx.LOCATION_HEADS - {"district"})
)


class Runs:
    """Pass 1, mixed into the article reader (nkjp/cast.py), which holds the state used here."""

    text: str
    folded: str
    published: date | None
    roster: rs.Roster
    starts: list[int]
    ends: list[int]
    words: list[str]
    lower: list[str]
    seps: list[str]
    caps: list[bool]
    mentions: list[Mention]
    roles: dict[str, set[str]]
    gender: dict[str, str]
    families: dict[str, list[str]]
    given: dict[str, list[str]]
    salience: dict[str, int]
    last_seen: dict[str, int]
    person_country: dict[str, str]
    active: dict[str, bool]
    where: dict[str, list[int]]
    fitting: dict[int, list[rs.Alias]]
    org_runs: dict[str, str]
    _appositive_match: tuple[int, re.Match[str] | None] | None = None  # see _person_appositive

    def _add(self, start: int, end: int, actor: str, kind: str, rule: str) -> None: ...
    def _meet(self, name: str, country: str | None = None) -> None: ...
    def _give_roles(self, name: str, roles: Sequence[str]) -> None: ...
    def _lexicon_at(self, i: int, j: int) -> rs.Alias | None: ...
    def _families_of(self, segment: Sequence[str]) -> bool: ...
    def _surname(self, word: str, prev: str) -> str | None: ...

    # -- runs ----------------------------------------------------------

    def read(self) -> None:
        """Find every mention, then sort them into text order."""
        caps = compress(count(), self.caps)
        done = 0
        lower, stop, aliased = self.lower, lx.RUN_STOP, self.roster.lengths
        is_cap, seps, n = self.caps, self.seps, len(lower)
        for i in caps:
            if i < done:
                continue
            if i + 1 == n or (
                not is_cap[i + 1] and seps[i + 1] != "-" and lower[i] not in _CONNECTED_HEADS
            ):
                j = i + 1  # a lowercase word after it: a run of one (what _run_end would say)
            else:
                j = self._run_end(i)
            if j == i + 1 and lower[i] in stop and aliased.get(lower[i], (0,))[-1] != 1:
                # a lone sentence word no one-word alias is: "The", "But", "Meanwhile" ("The"
                # starts "The Japan Times", which a lone "The" cannot be)
                done = j
                continue
            k = self._run(i, j)
            done = j if j > k else k
        self._second_pass()
        # (one sort, after the pronouns: they do not read the order of the mentions, and a
        # stable sort keeps the same order between mentions with the same span either way)
        self._pronouns()
        self._sort_mentions()

    def _sort_mentions(self) -> None:
        """Mentions by start, the longer first where two start together (stable: two sorts by
        one attribute each, no key tuple per mention)."""
        self.mentions.sort(key=_end, reverse=True)  # reverse keeps equal ones in order
        self.mentions.sort(key=_start)

    def _sep(self, k: int) -> str:
        """The text between token k-1 and token k."""
        return self.seps[k]

    def _joins(self, k: int, run_start: int = -1) -> bool:
        """Whether token k continues the name that token k-1 is part of."""
        sep = self.seps[k]
        if sep == " ":
            return True
        if _RUN_SEP.fullmatch(sep):
            # "Workers' Party", but not "Ministry of Foreign Affairs' Asian Affairs Bureau"
            return "'" not in sep or run_start == k - 1
        if sep == "'" and self.lower[k] == "s":
            return False
        prev = self.lower[k - 1]
        if sep.startswith(".") and _RUN_SEP.fullmatch(sep[1:]) and sep[1:]:
            return prev in _ABBREV or len(prev) == 1  # "Prof. Ito", "George W. Bush"
        return False

    def _syllable(self, j: int) -> bool:
        """A lowercase given-name syllable after a hyphen: "Sung-ho", "Geun-hye"."""
        w = self.words[j]
        return (
            self._sep(j) == "-"
            and self.words[j - 1][0].isupper()
            and len(self.words[j - 1]) <= 6
            and bool(lx.KOREAN_SYLLABLE.fullmatch(w))
            and w not in lx.NOT_SYLLABLE
        )

    def _run_end(self, i: int) -> int:
        """End (exclusive) of the run of capitalised words starting at token i."""
        n = len(self.words)
        j = i + 1
        caps, seps = self.caps, self.seps
        while j < n:
            if caps[j] and (seps[j] == " " or self._joins(j, i)):
                j += 1
                continue
            if seps[j] == "-" and self._syllable(j):
                j += 1
                continue
            # "Ministry of Foreign Affairs", "Sea of Japan", "Committee of the Workers' Party"
            if self.lower[j - 1] in _CONNECTED_HEADS:
                k = j
                while k < n and self.lower[k] in lx.NAME_CONNECTORS and self._joins(k):
                    k += 1
                if k > j and k < n and self.words[k][0].isupper() and self._joins(k):
                    j = k + 1
                    continue
            break
        return j

    def _run(self, i: int, j: int) -> int:
        """Mentions inside the capitalised run of tokens [i, j); returns the token index the
        next run may start from (an alias may reach past the run: "Residents in Japan")."""
        lower = self.lower
        # Leading sentence words: "But Kishida said", "The Foreign Ministry".
        while i < j and lower[i] in lx.RUN_STOP and not self._lexicon_at(i, j):
            if lower[i] in lx.KOREAN_SURNAMES and self._korean_surname(i, j):
                break  # "Oh Ji-won", "An Chang-ho": a family name, not "oh" or "an"
            i += 1
        while j > i and lower[j - 1] in _RUN_TAIL_STOP:
            j -= 1  # "the Chinese Embassy in Tokyo Wednesday"
        if i >= j:
            return j
        if i and ("/" in self.seps[i] or lower[i - 1] == "by") and self._photo_credit(i):
            return j
        kind = self._run_kind(i, j)
        if kind in (ORG, LOCATION, "event"):
            alias = self._lexicon_at(i, len(self.words))
            if alias is not None and i + len(alias.tokens) >= j:
                self._lexicon_mention(alias, i, ())
                return i + len(alias.tokens)
            if kind != "event":
                self._unknown(i, j, kind, "run")
            return j
        if lower[i] in _TITLE_OR_DEMONYM_FIRST:
            # the country of a title goes to the person it names, as an appositive's does:
            # "South Korean President Lee ..." for a later "the South Korean president"
            titles, country, i = self._titles(i, j)
            if i >= j:
                return j
        else:
            titles, country = [], None  # no title starts with the first word (as _titles says)
        k = i
        seg = i
        n = len(self.words)
        caps, tree = self.caps, self.roster.tree
        while k < j:
            # an alias may run on past the run: "Joint Chiefs of Staff", "Residents in Japan"
            alias = self._lexicon_at(k, n) if caps[k] and lower[k] in tree else None
            if alias is None:
                k += 1
                continue
            if seg < k:
                self._leftover(seg, k, titles if seg == i else (), country if seg == i else None)
            after = k + len(alias.tokens)
            # (not a picture's credit: "(AP Photo/Jane Roe)", "Yonhap Photo shows ...")
            if after >= j or lower[after] not in lx.CAPTION_NOUNS:
                first = k == i
                self._lexicon_mention(alias, k, titles if first else (), country if first else None)
            k = after
            seg = k
        if seg < j:
            self._leftover(seg, j, titles if seg == i else (), country if seg == i else None)
        return j if j > k else k

    def _korean_surname(self, i: int, j: int) -> bool:
        """Whether token i, a RUN_STOP word, is a Korean family name before a hyphenated given
        name in the run [i, j): "Oh Ji-won", "An Chang-ho", "No Kwang-il"."""
        return (
            i + 2 < j
            and self.lower[i] in lx.KOREAN_SURNAMES
            and self.seps[i + 1] == " "
            and self.seps[i + 2] == "-"
            and self.words[i + 2].islower()
        )

    def _photo_credit(self, i: int) -> bool:
        """Whether the run at token i names who took a picture: "(AP Photo/Jane Roe)", "Photo
        by Sato Ken"."""
        lower = self.lower
        if i == 0:
            return False
        if lower[i - 1] == "by" and self.seps[i].isspace():
            return i > 1 and lower[i - 2] in lx.CAPTION_NOUNS and self.seps[i - 1].isspace()
        return "/" in self.seps[i] and lower[i - 1] in lx.CAPTION_NOUNS

    def _titles(self, i: int, j: int) -> tuple[list[str], str | None, int]:
        """Titles at the head of a run: "U.S. President", "Chief Cabinet Secretary", "Prof."."""
        titles: list[str] = []
        country = None
        if self.lower[i] not in _TITLE_OR_DEMONYM_FIRST:
            return titles, country, i
        # a demonym or country before a title: "South Korean President", "U.S. Secretary of State"
        for size in range(_DEMONYM_MAX, 0, -1):
            if i + size >= j:
                continue  # no title after it in the run
            dem = " ".join(self.lower[i : i + size])
            if dem in lr.DEMONYMS and self._title_at(i + size, j):
                country = lr.DEMONYMS[dem]
                alias = self._lexicon_at(i, i + size)
                if alias is not None:
                    self._lexicon_mention(alias, i, ())
                i += size
                break
        while i < j:
            t = self._title_at(i, j)
            if t is None:
                break
            titles.append(t)
            i += len(t.split())
        return titles, country, i

    def _title_at(self, i: int, j: int) -> str | None:
        lower = self.lower
        for size in _TITLE_SIZES.get(lower[i], ()):  # only the sizes a title there can have
            if size > j - i:
                continue
            t = lower[i] if size == 1 else " ".join(lower[i : i + size])
            if t in lr.TITLES:
                if i + size < j and self.words[i + size][0].isupper():
                    return t
                if size == j - i:
                    return t
        return None

    def _run_kind(self, i: int, j: int) -> str:
        lower = self.lower
        first, last = lower[i], lower[j - 1]
        for k in range(i + 1, j - 1):
            if lower[k] in lx.NAME_CONNECTORS:
                # "Chinese Embassy in Tokyo", "Sea of Japan", "Committee of the ... Games"
                head = lower[k - 1]
                if head in lx.ORG_HEADS or head in lx.ORG_FIRST:
                    return ORG
                if head in lx.LOCATION_HEADS or head in lx.LOCATION_FIRST:
                    return LOCATION
                break
        if last in _KIND_LAST or first in _KIND_FIRST:  # (most runs are neither)
            if last in lx.EVENT_HEADS:
                return "event"
            if last in lx.ORG_HEADS or first in lx.ORG_FIRST:
                return ORG if j - i > 1 or first in lx.ORG_FIRST else ""
            if last in lx.LOCATION_HEADS or (first in lx.LOCATION_FIRST and j - i > 1):
                return LOCATION if j - i > 1 else ""
        if j < len(lower) and lower[j] in lx.LOCATION_LOWER_AFTER and not self.seps[j].strip():
            if not self._lexicon_at(i, j):
                return LOCATION  # "Kimpo airport", "Shinjuku district"
        return ""

    def _lexicon_mention(
        self, alias: rs.Alias, i: int, titles: Sequence[str], country: str | None = None
    ) -> None:
        """A mention of the lexicon actor ``alias`` names at token i; a person gets the roles of
        the ``titles`` before the name and the ``country`` written before them."""
        start, end = self.starts[i], self.ends[i + len(alias.tokens) - 1]
        entry = self.roster.entries[alias.name]
        kind = entry["type"]
        if alias.capital and self._is_place(start, end):
            self._add(start, end, entry["capital"][0], LOCATION, "capital-place")
            return
        rule = "capital-state" if alias.capital else "lexicon"
        self._add(start, end, alias.name, kind, rule)
        if kind == PERSON:
            self._meet(alias.name)
            for t in titles:
                self._give_roles(alias.name, lr.TITLES[t] + (t,))
            if country is not None:
                self.person_country.setdefault(alias.name, country)
            self._appositive(alias.name, end, i)

    def _is_place(self, start: int, end: int) -> bool:
        """A capital as a place: "in Tokyo", "flew to Beijing", "Seoul-based"; not when it acts
        ("Tokyo protested", "Pyongyang's missile tests", "pro-Pyongyang")."""
        before = self.folded[max(0, start - 40) : start]
        if before.endswith(("pro-", "anti-")):
            return False
        words = before.split()
        prev = words[-1].lower() if words else ""
        after = self.folded[end : end + 40]
        if after.startswith("'s") and not lx.LOCATIVE_AFTER.match(after):
            return False  # "at Beijing's request": the state's
        if prev in lx.LOCATIVE_BEFORE or (
            prev in ("to", "from") and lx.MOTION_VERBS.search(before)
        ):
            return True
        if prev in ("and", "or", ",") or before.rstrip().endswith(","):
            last = self.mentions[-1] if self.mentions else None
            if last is not None and last.type == LOCATION and start - last.end < 8:
                return True
        return bool(lx.LOCATIVE_AFTER.match(after))

    def _appositive(self, name: str, end: int, i: int) -> None:
        """Roles from ", a professor at ..." after a name, and the role noun before it."""
        m = None
        if self.folded.startswith(",", end):  # (the appositive starts with a comma)
            m = self._person_appositive(end)
        if m and m.group("verb"):
            self._give_roles(name, ("head", "leader"))  # "Batbayar, who heads Hanul LLC"
        if m and m.group("noun"):
            self._give_roles(name, (m.group("noun").lower(),))
            stop = lref.APPOSITIVE_END.search(self.folded, m.end(), m.end() + 100)
            tail = self.folded[m.start() : stop.start() if stop else m.end() + 100]
            self._person_country(name, tail)
        start = self.starts[i]
        # ROLE_BEFORE_COMMA ends in a comma: try it only after one (the text before the name
        # since the word before it, when that word lies within the 100 characters looked at)
        b = None
        sep = self.seps[i]
        if (
            sep.rstrip().endswith(",")
            if i and len(sep) < 100
            else self.folded[max(0, start - 100) : start].rstrip().endswith(",")
        ):
            b = lref.ROLE_BEFORE_COMMA.search(self.folded, max(0, start - 100), start)
        if b:
            self._give_roles(name, (b.group("noun").lower(),))
        if i > 0 and self.lower[i - 1] in lr.ROLE_BEFORE_NAME and not self._sep(i).strip():
            self._give_roles(name, (self.lower[i - 1],))
        if i > 0 and self.lower[i - 1] in lr.HONORIFIC_GENDER:
            self.gender.setdefault(name, lr.HONORIFIC_GENDER[self.lower[i - 1]])

    def _person_appositive(self, end: int) -> re.Match[str] | None:
        """PERSON_APPOSITIVE at ``end`` (within 120 characters), matched once per offset:
        _leftover asks for its evidence, then _appositive for its roles."""
        hit = self._appositive_match
        if hit is not None and hit[0] == end:
            return hit[1]
        m = lx.PERSON_APPOSITIVE.match(self.folded, end, min(len(self.folded), end + 120))
        self._appositive_match = (end, m)
        return m

    def _person_country(self, name: str, text: str) -> None:
        """A country an appositive gives a person: "a spokesman for the Chinese Red Cross"."""
        if not lr.ANY_DEMONYM.search(text):
            return
        for demonym, country in lr.DEMONYM_WORDS:
            if demonym.search(text):
                self.person_country.setdefault(name, country)
                return

    def _unknown(self, i: int, j: int, kind: str, rule: str) -> None:
        start, end = self.starts[i], self.ends[j - 1]
        if end < len(self.folded) and self.folded[end] == "." and self.lower[j - 1] in _ABBREV:
            end += 1  # "Nippon Trading Corp."
        if kind == LOCATION and j < len(self.words) and self.lower[j] in lx.LOCATION_LOWER_AFTER:
            if not self._sep(j).strip():
                end = self.ends[j]
        name = " ".join(self.text[start:end].split())
        self._add(start, end, name, kind, rule)

    def _leftover(self, i: int, j: int, titles: Sequence[str], country: str | None = None) -> None:
        """Capitalised words no lexicon alias covers: a person the article names, or nothing;
        ``titles`` and the ``country`` written before them describe the person."""
        lower = self.lower
        while (
            i < j
            and lower[i] in lx.RUN_STOP
            and not (lower[i] in lx.KOREAN_SURNAMES and self._korean_surname(i, j))
        ):
            i += 1
        while j > i and self.lower[j - 1] in lx.RUN_STOP:
            j -= 1
        if i >= j:
            return
        segment = self.lower[i:j]
        words = self.words[i:j]
        # (an acronym is in capitals: any word all in capitals, then one longer than a letter)
        if not lx.NOT_PERSON_WORDS.isdisjoint(segment) or (
            any(map(str.isupper, words)) and any(len(w) > 1 and w.isupper() for w in words)
        ):
            if j - i == 1:
                self._org_short(i)
            return
        start, end = self.starts[i], self.ends[j - 1]
        after = self.folded[end : end + 120]
        prev = self.lower[i - 1] if i > 0 else ""
        evidence = (
            bool(titles)
            or (prev in lr.ROLE_BEFORE_NAME or prev in lr.HONORIFIC_GENDER)
            and not self._sep(i).strip(". ")
        )
        if not evidence:
            if after[:1] not in ",.":  # (not empty either)
                nxt = lx.WORD.match(after.lstrip())
                verbs = lx.PERSON_VERBS if j - i > 1 else lx.SPEECH_AFTER_NAME
                if nxt and nxt.group().lower() in verbs:
                    evidence = True
            elif after[:1] == "," and self._person_appositive(end):  # starts with a comma
                evidence = True
        if not evidence and not titles and prev in lx.PLACE_PREPOSITIONS and j - i <= 3:
            if self._sep(i) == " " and not self._families_of(segment):
                self._unknown(i, j, LOCATION, "place")  # "in Osaka", "near Sinuiju"
                return
        if j - i == 1 and self._org_short(i):
            return
        if j - i == 1:
            name = self._surname(self.lower[i], prev)
            if name is None:
                if not evidence:
                    self._org_short(i)
                    return
                name = self.words[i]
                self._meet(name)
            self._add(start, end, name, PERSON, "surname" if name != self.words[i] else "name")
        else:
            if j - i > 4:
                return
            name = " ".join(self.text[start:end].split())
            self._add(start, end, name, PERSON, "name")
            self._meet(name)
        for t in titles:
            self._give_roles(name, lr.TITLES[t] + (t,))
        if country is not None and titles:
            self.person_country.setdefault(name, country)
        self._appositive(name, end, i)

    def _org_short(self, i: int) -> bool:
        """ "Hanul" after "Hanul LLC": the first word of a body named earlier (not "Japanese"
        after "Japanese Embassy")."""
        actor = self.org_runs.get(self.lower[i])
        if actor is None or self.lower[i] in lx.NATIONALITY_WORDS:
            return False
        self._add(self.starts[i], self.ends[i], actor, ORG, "org-short")
        return True
