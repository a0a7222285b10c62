"""The records nkjp passes from stage to stage: frozen, slotted, free of I/O.

Every record that comes from the text carries its character span (``start``, ``end``) into
``Article.text`` and, where a heuristic made it, the name of the rule that did (``rule``), so a
user can ask *why* a record exists.  Records become dicts only when rendered (see ``as_dict``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, dataclass
from datetime import date
from typing import Any, TypeVar

_R = TypeVar("_R")


def _record(cls: type[_R]) -> type[_R]:
    """``dataclass(frozen=True, slots=True)``, built about twice as fast.

    An article makes dozens of records (a 2 KB story has some 30 mentions and 20 sentences), and
    a frozen dataclass's ``__init__`` stores each field through ``object.__setattr__``, which
    looks the name up again every time.  This ``__init__`` calls each slot's own setter instead:
    the same fields, defaults, equality, hashing, pickling and frozenness, in half the time.
    """
    cls = dataclass(frozen=True, slots=True)(cls)
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or any(
        f.default_factory is not MISSING or not f.init or f.kw_only for f in fields
    ):  # the generated __init__ below would silently skip or mishandle these
        raise TypeError(f"{cls.__name__}: _record takes plain fields with immutable defaults")
    params, body = [], []
    env: dict[str, Any] = {}
    for f in fields:
        params.append(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}")
        env[f"_default_{f.name}"] = f.default  # immutable defaults only: "", (), None
        env[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


# Sentence / paragraph kinds (segment.py decides them).
BODY = "body"
CAPTION = "caption"  # photo captions and credit lines: records kept, marked in_caption
BOILERPLATE = "boilerplate"  # "Related coverage:" lists, subscription blurbs: no records
BYLINE = "byline"  # headline, dateline, byline, "Posted: ..." lines: no records

# Quote kinds.
DIRECT = "direct"
PARTIAL = "partial"
INDIRECT = "indirect"
QUOTE_KINDS = (DIRECT, PARTIAL, INDIRECT)

# How a time expression was resolved.
ANCHOR_ABSOLUTE = "absolute"  # the text says it all: "March 3, 2014"
ANCHOR_PUBLICATION = "publication"  # "on Friday", "last month"
ANCHOR_EXPRESSION = "expression"  # "two days later": against another time expression
ANCHOR_NONE = "none"  # relative, but nothing to resolve it against: date stays null


@_record
class Article:
    """One news article as read from the corpus."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    path: str | None = None


@_record
class Sentence:
    """A sentence of the article: ``text[start:end]``, in paragraph ``paragraph`` (0-based)."""

    start: int
    end: int
    paragraph: int
    kind: str = BODY  # BODY | CAPTION | BOILERPLATE | BYLINE


@_record
class QuotedSpan:
    """Material between a pair of quote marks; ``start``/``end`` exclude the marks themselves.

    ``closed`` is False where a paragraph opened a quote and never closed it (the quote runs on
    into the next paragraph, or the text was cut off).
    """

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when unclosed
    closed: bool = True


@_record
class TimeExpr:
    """A time expression and what it resolves to.

    ``value`` is EDTF ("2014-03-03", "2014-03", "2014", "197X", "1950/1953", "2014-21" for
    spring) or None when it could not be resolved; ``lower``/``upper`` are the first and last
    day it covers.  ``precision`` is one of day, week, month, season, year, decade, century,
    interval.  ``anchor`` says what it was resolved against (ANCHOR_*), ``anchor_text`` the
    expression it was resolved against when that is another expression.
    """

    start: int
    end: int
    text: str
    value: str | None
    lower: date | None
    upper: date | None
    precision: str
    anchor: str
    anchor_text: str | None = None
    in_quote: bool = False
    rule: str = ""


@_record
class Mention:
    """A mention of an actor: ``text[start:end]`` refers to the actor named ``actor``.

    ``actor`` is the canonical name (from the lexicon, or the fullest form the article uses for
    someone nkjp does not know).  ``type`` is person, organization, country, location or group.
    """

    start: int
    end: int
    text: str
    actor: str
    type: str
    rule: str = ""


@_record
class Speaker:
    """Who a speaker phrase refers to: a canonical name, or an unnamed source's description."""

    name: str
    named: bool
    type: str = "person"


@_record
class Event:
    """Something that happened (or is planned), dated by a time expression in its clause."""

    id: str
    article: str
    date: str | None
    start: str | None  # ISO day bounding ``date``
    end: str | None
    precision: str
    date_text: str
    actors: tuple[str, ...]
    action: str
    sentence: str
    span: tuple[int, int]  # the clause, offsets into the article text
    in_caption: bool = False
    date_span: tuple[int, int] = (0, 0)
    anchor: str = ANCHOR_ABSOLUTE
    in_quote: bool = False


@_record
class Quote:
    """Something somebody said: direct, partial or indirect speech, with its speaker."""

    id: str
    article: str
    speaker: str
    speaker_text: str
    named: bool
    text: str
    kind: str  # DIRECT | PARTIAL | INDIRECT
    cue: str | None
    date: str | None
    sentence: str
    span: tuple[int, int]  # the quoted or reported words, offsets into the article text
    rule: str = ""


@_record
class Actor:
    """An actor as listed by ``nkjp actors``: aggregated over the corpus."""

    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    articles: tuple[str, ...]
    roles: tuple[dict[str, Any], ...] = ()
    named: bool = True  # False: only descriptions and pronouns refer to it (`--all` lists it)


@_record
class ParsedArticle:
    """Everything nkjp extracted from one article; picklable, so it can cross processes."""

    article: Article
    sentences: tuple[Sentence, ...]
    times: tuple[TimeExpr, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]


def as_dict(record: Any) -> dict[str, Any]:
    """A record as a JSON-ready dict: dates as ISO strings, tuples as lists."""
    out: dict[str, Any] = {}
    for field in dataclasses.fields(record):
        out[field.name] = _plain(getattr(record, field.name))
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return as_dict(value)
    return value
