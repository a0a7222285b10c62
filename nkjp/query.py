"""Filters over parsed records: actor, date window, keyword, article, kind.

Pure functions over :class:`~nkjp.digest.Digest` sequences (one per parsed article); events
and quotes come out as :class:`~nkjp.digest.Hit` (the JSON line, and the record on demand).
Nothing here prints or reads
the clock (the CLI passes ``today`` in for user-typed relative dates such as "2 years ago").
Records keep corpus order (article order, then position in the article) unless a function says
otherwise (:func:`timeline`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from nkjp.digest import (
    E_ACTORS,
    E_END,
    E_START,
    Q_END,
    Q_KIND,
    Q_SPEAKER,
    Q_START,
    ArticleRow,
    Digest,
    Hit,
    hit,
)
from nkjp.errors import NkjpError, NoMatchError, UsageError
from nkjp.models import Actor, Event, ParsedArticle, Quote

Window = tuple[date | None, date | None]


@dataclass(frozen=True, slots=True)
class Filters:
    """What a query keeps.  Empty fields keep everything."""

    actors: tuple[str, ...] = ()  # --actor / --source queries (widening)
    window: Window = (None, None)  # first and last day of --since / --until
    keywords: tuple[str, ...] = ()  # every one must match, whole word, any case
    article: str | None = None
    kind: str | None = None  # quotes only


def filters(
    actors: Sequence[str] | None,
    since: str | None,
    until: str | None,
    keywords: Sequence[str] | None,
    article: str | None,
    kind: str | None = None,
    *,
    today: date,
) -> Filters:
    """The Filters of a command line's values; ``today`` resolves relative dates ("2 years
    ago").  Raises UsageError naming a --since / --until value that is not a date."""
    return Filters(
        tuple(actors or ()), window(since, until, today), tuple(keywords or ()), article, kind
    )


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """The canonical names the ``--actor`` / ``--source`` queries matched, per query."""

    names: frozenset[str]
    per_query: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    def ambiguous(self) -> list[tuple[str, tuple[str, ...]]]:
        """The queries that matched more than one actor ("Kim"), for a note on stderr."""
        return [(q, names) for q, names in self.per_query if len(names) > 1]


class NoActorMatchError(NoMatchError):
    """An --actor / --source value matched nothing; carries the closest names as suggestions."""

    def __init__(
        self, queries: Sequence[str], closest: Sequence[str], remedy: str = "see `nkjp actors`"
    ) -> None:
        self.queries = tuple(queries)
        self.closest = tuple(closest)
        wanted = ", ".join(repr(q) for q in queries)
        hint = f"; closest: {', '.join(closest)}" if closest else ""
        super().__init__(f"no actor matches {wanted}{hint} ({remedy})")


# -- date window ---------------------------------------------------------------------------


def window(since: str | None, until: str | None, today: date) -> Window:
    """The first day of ``since`` and the last day of ``until`` ("2014" ends on 2014-12-31).

    Raises UsageError naming the value when one is not a date.
    """
    first = last = None
    if since is None and until is None:
        return first, last
    from nkjp.dates import parse_user_date  # only when asked: its patterns take time to compile

    if since is not None:
        first = _user_date(parse_user_date, "--since", since, today)[0]
    if until is not None:
        last = _user_date(parse_user_date, "--until", until, today)[1]
    if first and last and first > last:
        raise UsageError(f"--since {since!r} is after --until {until!r}")
    return first, last


def _user_date(
    parse: Callable[[str, date], tuple[date, date] | None], option: str, value: str, today: date
) -> tuple[date, date]:
    try:
        bounds = None if _bare_number(value) else parse(value, today)
    except (ValueError, OverflowError):
        bounds = None
    if bounds is None:
        raise UsageError(
            f"{option}: {value!r} is not a date (try 2014, 'March 2014', 2014-03-03 or "
            "'2 years ago')"
        )
    return bounds


def _bare_number(value: str) -> bool:
    """A signed number or one of under four digits ("-5", "12", "+3"): not a year, and what
    the date reader would make of it (a month of this year) is not what anyone means."""
    v = value.strip()
    digits = v.lstrip("+-")
    return digits.isdigit() and (len(digits) < 4 or digits != v)


def in_window(start: str | None, end: str | None, win: Window) -> bool:
    """True when the record's [start, end] overlaps the window; undated records match only an
    open window."""
    first, last = win
    if first is None and last is None:
        return True
    if start is None or end is None:
        return False
    if last is not None and date.fromisoformat(start) > last:
        return False
    return not (first is not None and date.fromisoformat(end) < first)


# -- keywords ------------------------------------------------------------------------------


def keyword_patterns(keywords: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """One case-insensitive whole-word pattern per keyword ("Red Cross" is one keyword)."""
    return tuple(
        re.compile(r"(?<!\w)" + re.escape(k.strip()) + r"(?!\w)", re.IGNORECASE)
        for k in keywords
        if k.strip()
    )


def has_keywords(patterns: Sequence[re.Pattern[str]], *texts: str) -> bool:
    """True when every pattern matches one of ``texts``."""
    return all(any(p.search(t) for t in texts if t) for p in patterns)


# -- actors --------------------------------------------------------------------------------


def corpus_names(digests: Iterable[Digest]) -> list[str]:
    """Every actor name the corpus mentions, attributes a quote to or dates an event with."""
    names: dict[str, None] = {}
    for d in digests:
        names.update(dict.fromkeys(d.names))
    return list(names)


def match_names(queries: Sequence[str], names: Sequence[str]) -> ActorMatch:
    """Resolve ``--actor`` / ``--source`` queries against ``names``; repeated queries widen.

    Raises NoActorMatchError (with the closest names) when no query matches anything.
    """
    matched: dict[str, None] = {}
    per_query = []
    for q in queries:
        found = tuple(_match_actors(q, names))
        per_query.append((q, found))
        for n in found:
            matched.setdefault(n)
    if queries and not matched:
        closest: dict[str, None] = {}
        for q in queries:
            for n in _closest_actors(q, names):
                closest.setdefault(n)
        raise NoActorMatchError(queries, list(closest)[:3])
    return ActorMatch(frozenset(matched), tuple(per_query))


def _match_actors(query: str, names: Sequence[str]) -> list[str]:
    from nkjp import actors

    return list(actors.match_actors(query, list(names)))


def _closest_actors(query: str, names: Sequence[str]) -> list[str]:
    """Suggestions for a query that matched nothing: named actors only, so "Kishda" is offered
    "Fumio Kishida" rather than an unnamed source like "a senior ministry official"."""
    from nkjp import actors

    named = [n for n in names if n[:1].isupper() and not n.startswith(("A ", "An ", "The "))]
    return list(actors.closest_actors(query, named or list(names), n=3))


# What `nkjp actors` lists by default: the actors the corpus names.  An actor is unnamed when
# every mention of it is one of these rules (see nkjp/reference.py, nkjp/pronouns.py): a
# description kept as written ("several officials", "the teenager", "police"), or a pronoun
# standing for one ("he" after "a ministry official said ...").  Actors that only events name
# (a subject kept as written: "dock workers") are unnamed too.
UNNAMED_RULES = frozenset({"unnamed", "pronoun"})
# Rules that refer to a named actor by a description, not a form of its name: "the envoy",
# "Seoul's chief negotiator", "the two countries", "the Ishiba government".  Their forms are
# not aliases.
DESCRIPTION_RULES = UNNAMED_RULES | {
    "description",
    "role",
    "the-two",
    "the-government",
    "leader-government",
    "demonym-state",
}


def aggregate_actors(digests: Iterable[Digest], unnamed: bool = False) -> list[Actor]:
    """The actors of the corpus with type, aliases, roles, mention count and articles; most
    mentioned first, then by name.  Only named ones (see UNNAMED_RULES and
    :func:`is_named_group`) unless ``unnamed``."""
    from nkjp import actors

    count: Counter[str] = Counter()
    types: dict[str, Counter[str]] = {}
    forms: dict[str, dict[str, None]] = {}
    where: dict[str, dict[str, None]] = {}
    named: set[str] = set()
    for d in digests:
        aid = d.row.id
        for name, kind, form, rule, n in d.cast:
            count[name] += n
            types.setdefault(name, Counter())[kind] += n
            if rule not in UNNAMED_RULES:
                named.add(name)
            if form != name and form[:1].isupper() and rule not in DESCRIPTION_RULES:
                forms.setdefault(name, {}).setdefault(form)
        named.update(d.speakers)
        event_actors = (a for row in d.events for a in row[E_ACTORS])
        for name in dict.fromkeys((*(c[0] for c in d.cast), *event_actors, *d.speakers)):
            where.setdefault(name, {}).setdefault(aid)
    out = []
    for name in where:
        is_named = name in named or is_named_group(name)
        if not (unnamed or is_named):
            continue
        entry = actors.lexicon_entry(name) or {}
        kind = entry.get("type") or _most_common(types.get(name)) or "person"
        aliases = tuple(entry.get("aliases") or sorted(forms.get(name, {})))
        roles = tuple(entry.get("roles") or ())
        out.append(Actor(name, kind, aliases, count[name], tuple(where[name]), roles, is_named))
    out.sort(key=lambda a: (-a.mentions, a.name.casefold()))
    return out


def is_named_group(name: str) -> bool:
    """Whether a group is named by its nationality alone, a class of people an analyst
    follows: "Chinese fishermen", "Russian sailors", "Japanese students"; not a set of
    people counted or pointed at: "three Russian sailors", "the sailors", "several officials"."""
    from nkjp.lexicon.references import GROUP_PHRASE

    m = GROUP_PHRASE.fullmatch(name)
    return m is not None and m["dem"] is not None and m.start("dem") == 0


def _most_common(counter: Counter[str] | None) -> str:
    return counter.most_common(1)[0][0] if counter else ""


def find_actors(
    digests: Sequence[Digest], query: str, unnamed: bool = False
) -> tuple[list[Actor], ActorMatch]:
    """The actors ``query`` matches (``nkjp actors QUERY``), in listing order: the named ones
    only unless ``unnamed``.  When only unnamed references match, the error names them."""
    listed = aggregate_actors(digests, unnamed)
    try:
        match = match_names([query], [a.name for a in listed])
    except NoActorMatchError:
        if unnamed:
            raise
        shown = {a.name for a in listed}
        others = [a.name for a in aggregate_actors(digests, True) if a.name not in shown]
        hidden = _match_actors(query, others)
        if not hidden:
            raise
        more = ", ..." if len(hidden) > 3 else ""
        remedy = f"unnamed references do: {', '.join(hidden[:3])}{more}; add --all"
        raise NoActorMatchError([query], (), remedy) from None
    return [a for a in listed if a.name in match.names], match


# -- records -------------------------------------------------------------------------------


def _quote_has(patterns: Sequence[re.Pattern[str]], found: Hit) -> bool:
    fields = json.loads(found.json)
    return has_keywords(patterns, fields["sentence"], fields["text"])


def select_article(digests: Iterable[Digest], article: str | None) -> Iterator[Digest]:
    """The articles a ``--article ID`` names (all when None); an unknown id is an error
    (raised once the corpus has been read)."""
    if article is None:
        yield from digests
        return
    found = False
    for d in digests:
        if d.row.id == article:
            found = True
            yield d
    if not found:
        raise NkjpError(f"no article {article!r} in the corpus (`nkjp articles` lists them)")


def events(
    digests: Iterable[Digest], filters: Filters, match: ActorMatch | None = None
) -> Iterator[Hit]:
    """The events that pass ``filters``, in article order then position."""
    patterns = keyword_patterns(filters.keywords)
    for d in select_article(digests, filters.article):
        for row in d.events:
            if match is not None and not match.names.intersection(row[E_ACTORS]):
                continue
            if not in_window(row[E_START], row[E_END], filters.window):
                continue
            found = hit(row, Event)
            if patterns and not has_keywords(patterns, found.field("sentence")):
                continue
            yield found


def quotes(
    digests: Iterable[Digest], filters: Filters, match: ActorMatch | None = None
) -> Iterator[Hit]:
    """The quotes that pass ``filters``, in article order then position.  A quote's window is
    its utterance date; undated quotes match only an open window."""
    patterns = keyword_patterns(filters.keywords)
    for d in select_article(digests, filters.article):
        for row in d.quotes:
            if match is not None and row[Q_SPEAKER] not in match.names:
                continue
            if filters.kind and row[Q_KIND] != filters.kind:
                continue
            if not in_window(row[Q_START], row[Q_END], filters.window):
                continue
            found = hit(row, Quote)
            if patterns and not _quote_has(patterns, found):
                continue
            yield found


# -- timeline and articles -----------------------------------------------------------------


def timeline(found: Iterable[Hit]) -> list[Hit]:
    """Events in date order (start, then end, then corpus order); undated ones last."""
    indexed = list(enumerate(found))
    indexed.sort(key=lambda ie: (ie[1].start is None, ie[1].start or "", ie[1].end or "", ie[0]))
    return [e for _, e in indexed]


def period(event: Event) -> str:
    """The timeline group of an event: "2014-03", "2014", "1950-1953" or "undated"."""
    if not event.start or not event.end:
        return "undated"
    if event.start[:7] == event.end[:7]:
        return event.start[:7]
    if event.start[:4] == event.end[:4]:
        return event.start[:4]
    return f"{event.start[:4]}-{event.end[:4]}"


def article_rows(digests: Iterable[Digest]) -> Iterator[ArticleRow]:
    """One row per article, in corpus order."""
    for d in digests:
        yield d.row


def find_article(parsed: Iterable[ParsedArticle], article: str) -> ParsedArticle:
    """The parsed article with id ``article`` (``nkjp show``); an unknown id is an error."""
    for p in parsed:
        if p.article.id == article:
            return p
    raise NkjpError(f"no article {article!r} in the corpus (`nkjp articles` lists them)")
