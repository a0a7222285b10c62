"""What queries need from one parsed article, in a form that is cheap to cache and to load.

A :class:`Digest` holds an article's metadata and counts, each event and quote as its finished
JSON line beside the few values filters test most (date bounds, actors, speaker, kind), and a
summary of who is mentioned how often.  Loading one builds no record objects: JSON output
writes the stored line, and an Event or Quote is rebuilt from it only for a table or CSV row
or a keyword test.  The JSON is ``models.as_dict`` of the record, made once at parse time.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from nkjp.models import Event, ParsedArticle, Quote, as_dict


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article as listed by ``nkjp articles``: its metadata and record counts."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    path: str | None
    events: int
    quotes: int


class Hit(NamedTuple):
    """A record a query selected: its JSON line; the record itself is rebuilt on demand."""

    json: str
    type: type
    start: str | None  # ISO bounds of its date, for date order
    end: str | None

    @property
    def record(self) -> Any:
        """The Event or Quote itself, rebuilt from its JSON (lists back to tuples)."""
        return self.type(**{k: _tuples(v) for k, v in json.loads(self.json).items()})

    def field(self, name: str) -> Any:
        """One field of the record, from its JSON."""
        return json.loads(self.json)[name]


def _tuples(value: Any) -> Any:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


# Positions in Digest.events / Digest.quotes rows.
E_JSON, E_START, E_END, E_ACTORS = range(4)
Q_JSON, Q_START, Q_END, Q_SPEAKER, Q_KIND = range(5)


@dataclass(frozen=True, slots=True)
class Digest:
    """One parsed article, reduced to what queries read."""

    row: ArticleRow
    events: tuple[tuple[Any, ...], ...]  # (json, start, end, actors)
    quotes: tuple[tuple[Any, ...], ...]  # (json, start, end, speaker, kind)
    # (actor, type, form as written, rule that found it, mentions): the rule tells a name
    # ("Ishiba": surname) from a description ("the envoy", "several officials": unnamed)
    cast: tuple[tuple[str, str, str, str, int], ...]
    names: tuple[str, ...]  # every actor mentioned, in an event or speaking, once each
    speakers: tuple[str, ...]  # named speakers


def digest(parsed: ParsedArticle) -> Digest:
    """The digest of a parsed article."""
    a = parsed.article
    events = tuple(
        (_json(e), e.start, e.end, e.actors) for e in sorted(parsed.events, key=lambda r: r.span[0])
    )
    quotes = tuple(
        (_json(q), *_quote_bounds(parsed, q), q.speaker, q.kind)
        for q in sorted(parsed.quotes, key=lambda r: r.span[0])
    )
    forms = Counter((m.actor, m.type, m.text, m.rule) for m in parsed.mentions)
    names = dict.fromkeys(m.actor for m in parsed.mentions)
    for e in parsed.events:
        names.update(dict.fromkeys(e.actors))
    names.update(dict.fromkeys(q.speaker for q in parsed.quotes))
    row = ArticleRow(a.id, a.title, a.source, a.url, a.published, a.path, len(events), len(quotes))
    return Digest(
        row=row,
        events=events,
        quotes=quotes,
        cast=tuple((actor, kind, form, rule, n) for (actor, kind, form, rule), n in forms.items()),
        names=tuple(names),
        speakers=tuple(dict.fromkeys(q.speaker for q in parsed.quotes if q.named)),
    )


# A Digest as plain tuples and strings (dates aside), for the cache and the worker processes:
# pickle stores and loads those at C speed, where a slotted dataclass goes through
# ``dataclasses.fields`` for every object.  Bump PACKED when Digest or ArticleRow changes.
PACKED = "digest-2"


def pack(d: Digest) -> tuple[Any, ...]:
    """``d`` as a tuple of builtins (see :func:`unpack`)."""
    r = d.row
    row = (r.id, r.title, r.source, r.url, r.published, r.path, r.events, r.quotes)
    return (PACKED, row, d.events, d.quotes, d.cast, d.names, d.speakers)


def unpack(packed: Any) -> Digest:
    """The Digest :func:`pack` made; ValueError for anything else (an old or foreign entry)."""
    if not (isinstance(packed, tuple) and len(packed) == 7 and packed[0] == PACKED):
        raise ValueError("not a packed digest")
    _, row, events, quotes, cast, names, speakers = packed
    return Digest(ArticleRow(*row), events, quotes, cast, names, speakers)


def digests(parsed: Iterable[ParsedArticle]) -> list[Digest]:
    """Digests of several parsed articles."""
    return [digest(p) for p in parsed]


def hit(row: tuple[Any, ...], record_type: type) -> Hit:
    """The Hit for one row of Digest.events (Event) or Digest.quotes (Quote)."""
    return Hit(row[0], record_type, row[1], row[2])


def _json(record: Event | Quote) -> str:
    return json.dumps(as_dict(record), ensure_ascii=False)


def _quote_bounds(parsed: ParsedArticle, q: Quote) -> tuple[str | None, str | None]:
    """A quote's [start, end]: from the time expression whose EDTF value it carries."""
    if q.date is None:
        return None, None
    for t in parsed.times:
        if t.value == q.date and t.lower and t.upper:
            return t.lower.isoformat(), t.upper.isoformat()
    return edtf_bounds(q.date)


def edtf_bounds(value: str) -> tuple[str | None, str | None]:
    """ISO bounds of a plain EDTF day, month or year; (None, None) for anything else."""
    import calendar
    import re

    m = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    if not m:
        return None, None
    y = int(m.group(1))
    if m.group(3):
        return value, value
    if m.group(2) and 1 <= int(m.group(2)) <= 12:
        mo = int(m.group(2))
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    return f"{y:04d}-01-01", f"{y:04d}-12-31"
