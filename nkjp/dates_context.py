"""Reading the context of a time expression: the words around it and the tense of its clause,
which decide whether "in December" or "on Friday" looks back or ahead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from nkjp.dates_calendar import FUTURE, PAST
from nkjp.lexicon import dates as L

# The word next to a match, past blanks: letters and digits ("isalnum"), plus ".'’-" before it
# ("U.S.", "Kim's", "so-called") or "%-" after it ("2000 percent", "30%").
_WORD_BEFORE = re.compile(r"[ \t\u00a0\n]*((?:[^\W_]|[.'’-])*)")
_WORD_AFTER = re.compile(r"[ \t\u00a0\n]*((?:[^\W_]|[%-])*)")
_FRONT = frozenset("in on at by since from until till late early as of".split())


# --- the context of a match ------------------------------------------------------------------


@dataclass(slots=True)
class Cand:
    """A match being resolved: where it is and what it sits in."""

    text: str
    start: int
    end: int
    sent: int  # index of its sentence (-1 before the first)
    lo: int  # bounds of its sentence (the tense scan stays inside)
    hi: int
    published: date | None
    year: int | None = None  # a bare year given earlier in the sentence: "In 2018, ... in April"
    year_text: str | None = None

    def before_word(self) -> str:
        """The word just before the match, lower-cased ("" at a sentence start)."""
        a = max(self.lo, self.start - 48)
        back = self.text[a : self.start][::-1]  # read backwards with a forward pattern
        m = _WORD_BEFORE.match(back)
        if m.end() == len(back) and a > self.lo:  # a very long word: walk back to its start
            i = self.start - 1
            while i >= self.lo and self.text[i] in " \t\u00a0\n":
                i -= 1
            j = i
            while j >= self.lo and (self.text[j].isalnum() or self.text[j] in ".'’-"):
                j -= 1
            return self.text[j + 1 : i + 1].lower()
        return m.group(1)[::-1].lower()

    def after_word(self) -> str:
        """The word just after the match, lower-cased."""
        m = _WORD_AFTER.match(self.text, self.end, min(len(self.text), self.hi + 1))
        return m.group(1).lower() if m else ""

    def next_char(self) -> str:
        """The first character after the match past white space ("" at the end of the text);
        the same as ``text[end:].lstrip()[:1]`` without copying the rest of the text."""
        m = L.NEXT_VISIBLE.match(self.text, self.end)
        return m.group(1) if m else ""

    def tense(self) -> str | None:
        return clause_tense(self.text, self.lo, self.hi, self.start, self.end)


_KIND_CACHE: dict[str, str] = {}


def _kind(tok: str) -> str:
    """A token's static class: F future word, T future before "to" ("plans to"), P past verb,
    H has/have, X auxiliary, S clause stop, Q hard stop (quote mark, ";", ":"), "," , N no
    word (a number, a web address, a run of symbols: "1041", "https://...", "***") or ""."""
    k = _KIND_CACHE.get(tok)
    if k is None:
        raw, tok = tok, ("" if tok == "May" else tok.lower())  # the month, not the modal
        if tok in L.FUTURE_WORDS or tok.endswith(("'ll", "’ll")):
            k = "F"
        elif tok in L.FUTURE_BEFORE_TO:
            k = "T"
        elif tok in L.PAST_WORDS or (
            len(tok) > 4 and tok.endswith("ed") and tok not in L.PAST_ED_EXCEPT
        ):
            k = "P"
        elif tok in ("has", "have"):
            k = "H"
        elif tok in L.AUXILIARIES:
            k = "X"
        elif tok in L.CLAUSE_STOPS:
            k = "S"
        elif tok in (";", ":", '"', "“", "”"):
            k = "Q"
        elif tok == ",":
            k = ","
        elif raw.startswith(L.URL_STARTS) or not any(map(str.isalpha, raw)):
            k = "N"
        else:
            k = ""
        if len(_KIND_CACHE) < 50_000:
            _KIND_CACHE[raw] = k
    return k


def _label(toks: list[str], kinds: list[str], i: int) -> str | None:
    """The tense the cue at ``toks[i]`` gives, if any (tokens as written)."""
    k = kinds[i]
    if k == "F":
        return FUTURE
    if k == "T":
        return FUTURE if i + 1 < len(toks) and toks[i + 1].lower() == "to" else None
    if k == "P":
        if i > 0 and (kinds[i - 1] in ("X", "H", "T") or toks[i - 1].lower() == "to"):
            return None  # a participle: "will be transferred", "was held" -- the aux decides
        if i > 1 and toks[i - 1].lower().endswith("ly") and kinds[i - 2] in ("X", "H"):
            return None
        return PAST
    if k == "H" and i + 1 < len(toks):
        nk = kinds[i + 1]
        return PAST if nk == "P" or toks[i + 1].lower() == "been" else None
    return None


def _kinds(raw: list[str]) -> list[str]:
    cache = _KIND_CACHE
    return [cache[t] if t in cache else _kind(t) for t in raw]


_UNDECIDED = "?"  # the left scan ran off the start of its window


def _left_tense(raw: list[str], full: bool) -> str | None:
    """The tense cue nearest to the left (tokens ``raw``), None at a clause joint or after 13
    words (numbers, web addresses and runs of symbols are passed over uncounted);
    _UNDECIDED when the scan reached the first three tokens of a window that is not ``full``
    (its first token may be a cut word), or found no token in it at all."""
    kinds = _kinds(raw)
    steps = 0
    for i in range(len(raw) - 1, -1, -1):
        if i < 3 and not full:
            return _UNDECIDED
        k = kinds[i]
        if k == "Q" or steps > 12:
            return None
        if k == "," or k == "N":
            continue
        if k:
            label = _label(raw, kinds, i)
            if label:
                return label
            if k == "S" and not (
                i > 0
                and (raw[i - 1].rstrip(".,") in L.NAME_WORDS_CAPS or _joins_numbers(raw, kinds, i))
            ):
                # ... but "in May and June", "Monday or Tuesday", "boats 12 and 13" share one
                # verb
                return None
        steps += 1
    return None if full else _UNDECIDED


def _joins_numbers(raw: list[str], kinds: list[str], i: int) -> bool:
    """``raw[i]`` is an "and" or "or" between two numbers: a list, not a clause joint."""
    return (
        raw[i].lower() in L.LIST_JOINS
        and 0 < i < len(raw) - 1
        and kinds[i - 1] == "N"
        and kinds[i + 1] == "N"
    )


# The windows the left scan reads, widest last: most scans stop within a few words of the
# expression; a window with no word near its end ("will meet ......... Tuesday", a list of
# numbers, a web address) makes way for the next.  The last is read to its start.
_LEFT_WINDOWS = (50, 120, 480)
# The window the right scan reads, and the one it widens to when that holds no word.
_RIGHT_WINDOW = 80
_RIGHT_WIDE = 480


def _tokens(text: str, start: int, end: int) -> list[str]:
    """TENSE_TOKEN's tokens of ``text[start:end]``, a web address one token."""
    for mark in L.WEB_MARKS:
        if text.find(mark, start, end) >= 0:
            return L.TENSE_TOKEN_WEB.findall(text, start, end)
    return L.TENSE_TOKEN.findall(text, start, end)


def clause_tense(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """FUTURE, PAST or None for the clause around ``text[start:end]``.

    The nearest tense cue to the left wins ("will visit in December", "said Tuesday"), up to a
    clause joint; failing that, the nearest to the right ("On Friday, Kim will ...").  Material
    after a comma on the right is usually attribution ("..., police said") and is not read
    unless the expression opens the sentence.
    """
    tokens = _tokens
    label = None
    for width in _LEFT_WINDOWS:
        a = max(lo, start - width)
        label = _left_tense(tokens(text, a, start), a == lo or width == _LEFT_WINDOWS[-1])
        if label is not _UNDECIDED:
            break
    if label:
        return label
    a = max(lo, start - 120)  # (the reach of "opens the sentence" below)
    raw = tokens(text, end, min(hi, end + _RIGHT_WINDOW))
    if end + _RIGHT_WINDOW < hi and all(k == "N" for k in _kinds(raw)):
        raw = tokens(text, end, min(hi, end + _RIGHT_WIDE))  # "Tuesday ****** Kim will ..."
    raw = raw[:10]
    rkinds = _kinds(raw)
    for i, k in enumerate(rkinds):
        if k in ("Q", "S"):
            break
        if k == ",":
            # "On Friday, Kim will ...": an expression that opens the sentence reads on past
            # its comma.
            if i == 0 and start - 120 <= lo:
                left = tokens(text, a, start)
                if all(t.lower() in _FRONT for t in left):
                    continue
            break
        if k:
            label = _label(raw, rkinds, i)
            if label:
                return label
    return None


def year_fits(c: Cand) -> bool:
    """Whether a year-less month or day takes the year given earlier in its sentence ("In 2018,
    Kim met Moon in April") -- not when its clause looks forward from a past year."""
    if c.year is None:
        return False
    if c.published is not None and c.year < c.published.year and c.tense() == FUTURE:
        return False
    return True


def listed_after_month(c: Cand) -> bool:
    """ "in April, May and September": a month right after another month and a comma."""
    head = c.text[max(c.lo, c.start - 14) : c.start].rstrip()
    if not head.endswith(","):
        return False
    word = head[:-1].rsplit(None, 1)[-1] if head[:-1].strip() else ""
    return word.rstrip(".") in L.MONTH_NAMES_CAPS


def direction(c: Cand) -> str:
    """FUTURE or PAST for a year-less month, weekday or season: the clause's tense, else a cue
    word before it ("from Saturday", "until Tuesday" look forward), else PAST."""
    tense = c.tense()
    if tense is None:
        return FUTURE if c.before_word() in L.FORWARD_CUES else PAST
    return tense
