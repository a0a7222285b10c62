"""Corpus in, parsed articles out: the cache, and many processes for large corpora.

The output is the same, record for record and in the same order, whatever ``jobs`` is and
whether the cache is warm or cold.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from nkjp.cache import FileEntry, ParseCache, file_key, validity
from nkjp.decode import LoadWarning
from nkjp.digest import Digest, digest, pack, unpack
from nkjp.errors import NoArticlesError
from nkjp.models import Article, ParsedArticle

if TYPE_CHECKING:
    from nkjp.corpus import Ledger  # annotations only: nkjp.corpus is imported when loading

PARALLEL_MIN = 200  # fewer articles than this to parse: process start-up costs more than it saves
BATCH = 2000  # articles read, looked up and parsed at a time
CHUNK = 16  # articles sent to a worker at a time
SHOWN_FAILURES = 3  # parse failures warned one by one per distinct error; the rest summed up

Warn = Callable[[str], None]
Progress = Callable[[int | None], AbstractContextManager[Callable[[int], None]]]


@dataclass(frozen=True, slots=True)
class Loaded:
    """A corpus being parsed: ``parsed`` is consumed once, lazily, in corpus order; ``stats``
    (files_seen, files_skipped) is final once ``parsed`` is exhausted."""

    parsed: Iterator[Any]  # Digest, or ParsedArticle when loaded with full=True
    stats: Any


def default_jobs() -> int:
    """The machine's cores."""
    return os.cpu_count() or 1


def load(
    paths: Sequence[str] | None,
    *,
    stdin: Any = None,
    today: date | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    warn: Warn = lambda message: None,
    progress: Progress | None = None,
    debug: bool = False,
    only: str | None = None,
    full: bool = False,
) -> Loaded:
    """Read the corpus at ``paths`` (the default corpus when None) and parse it, streaming.

    ``today`` is when a publication date counts as in the future (the CLI reads the clock).
    Load warnings go to ``warn`` one line each.  A path that does not exist raises UsageError
    and no article at all NoArticlesError naming where nkjp looked, both before this returns.
    ``only``: just the article with this id.  ``parsed`` yields a Digest per article (from
    the cache where it has one: a whole unchanged file at a time, else article by article);
    with ``full``, the whole ParsedArticle, parsed afresh.
    """
    from nkjp import corpus

    where = list(paths) if paths else [str(p) for p in corpus.default_corpus_paths()]
    corpus.check_paths(where)
    today = today or date.today()
    ledger = corpus.Ledger(lambda w: warn(f"warning: {w}"))
    cache = ParseCache() if use_cache and not full else None
    units = _units(where, stdin, today, ledger, cache)
    first: list[_Unit] = []
    for unit in units:  # up to the first file with an article, before returning
        first.append(unit)
        if unit.size:
            break
    else:
        raise NoArticlesError(corpus.describe_paths(where, ledger.stats))
    chosen = _finishing(chain(first, units), ledger)

    if full:
        articles = (a for unit in chosen for a in unit.articles)
        if only is not None:
            articles = (a for a in articles if a.id == only)
        return Loaded(parse_all(articles, warn=warn, debug=debug, full=True), ledger.stats)

    def parsed() -> Iterator[Digest]:
        with progress(None) if progress else nullcontext(lambda n: None) as advance:
            parser = _Parser(jobs or default_jobs(), cache, warn, advance, debug)
            found = _digests(chosen, parser, cache, today)
            if only is not None:
                found = (d for d in found if d.row.id == only)
            yield from found

    return Loaded(parsed(), ledger.stats)


@dataclass(slots=True)
class _Unit:
    """One corpus file: its digests from the cache, or its articles to parse (``key``: where
    to cache the result, with the file's ``warnings`` and its articles' ids as written)."""

    digests: list[Digest] | None
    articles: list[Article]
    key: str | None = None
    warnings: tuple[LoadWarning, ...] = ()
    written_ids: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        """Its number of articles."""
        return len(self.articles) if self.digests is None else len(self.digests)


def _units(
    where: list[str], stdin: Any, today: date, ledger: Ledger, cache: ParseCache | None
) -> Iterator[_Unit]:
    """The corpus file by file, in order: from the file cache when it holds the file as it is
    now (its warnings repeated), else read.  ``ledger`` keeps the corpus-wide accounts."""
    from nkjp import corpus

    for source in corpus.iter_sources(where, stdin, ledger.warn):
        key = None if cache is None or source.is_stdin else file_key(source.name, source.named)
        if cache is not None and key is not None:
            entry = cache.get_file(key, today)
            if entry is not None:
                unit = _from_entry(entry, ledger)
                if unit is not None:
                    yield unit
                    continue
        warnings: list[LoadWarning] = []

        def note(w: LoadWarning, warnings: list[LoadWarning] = warnings) -> None:
            warnings.append(w)
            ledger.warn(w)

        found = corpus.read_articles(source, note, today)
        if found is None:  # unreadable: counted, never cached
            yield _Unit(None, ledger.admit([]))
            continue
        yield _Unit(
            None,
            ledger.admit(found),
            key,
            tuple(warnings),
            tuple(a.id for a in found),
        )


def _from_entry(entry: FileEntry, ledger: Ledger) -> _Unit | None:
    """The unit of a cached file: its warnings repeated, its ids made unique as when it was
    cached; None (nothing done) when an earlier file now takes one of its ids."""
    written = [i for i, _ in entry.articles]
    digests = [d for _, d in entry.articles]
    if ledger.preview(written) != [d.row.id for d in digests]:
        return None
    for w in entry.warnings:
        ledger.warn(w)
    ledger.admit_ids(
        [(i, d.row.path, d.row.published) for i, d in zip(written, digests, strict=True)]
    )
    return _Unit(digests, [])


def _finishing(units: Iterator[_Unit], ledger: Ledger) -> Iterator[_Unit]:
    """``units``, then the ledger's summary warnings."""
    yield from units
    ledger.finish()


def _digests(
    units: Iterable[_Unit], parser: _Parser, cache: ParseCache | None, today: date
) -> Iterator[Digest]:
    """The digest of every article of ``units`` in order: the cached files' as they are, the
    others' from the article cache or parsed, about a BATCH of articles at a time; each file
    parsed without a failure is then cached whole."""
    with parser:
        held: list[_Unit] = []
        count = 0
        for unit in units:
            held.append(unit)
            count += unit.size
            if count >= BATCH:
                yield from _flush(held, parser, cache, today)
                held, count = [], 0
        yield from _flush(held, parser, cache, today)


def _flush(
    held: list[_Unit], parser: _Parser, cache: ParseCache | None, today: date
) -> Iterator[Digest]:
    todo = [a for unit in held if unit.digests is None for a in unit.articles]
    done, failed = parser.batch(todo) if todo else ([], set())
    at = 0
    for unit in held:
        if unit.digests is not None:
            parser.advance(len(unit.digests))
            yield from unit.digests
            continue
        n = len(unit.articles)
        found = done[at : at + n]
        if cache is not None and unit.key is not None and failed.isdisjoint(range(at, at + n)):
            valid = validity([d.row.published for d in found], today)
            entry = FileEntry(
                unit.warnings, *valid, tuple(zip(unit.written_ids, found, strict=True))
            )
            cache.put_file(unit.key, entry)
        at += n
        yield from found


def parse_all(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    cache: ParseCache | None = None,
    warn: Warn = lambda message: None,
    advance: Callable[[int], None] = lambda n: None,
    debug: bool = False,
    full: bool = False,
) -> Iterator[Any]:
    """Digests of ``articles`` in order (ParsedArticles with ``full``), from the cache where it
    has them, parsed in ``jobs`` processes when there are many.  An article the parser fails
    on is kept with no records and a warning (the first few per distinct error, then one
    summary line); with ``debug`` the error propagates instead."""
    with _Parser(jobs, cache, warn, advance, debug, full) as parser:
        it = iter(articles)
        while chunk := list(islice(it, BATCH)):
            yield from parser.batch(chunk)[0]


class _Parser:
    """Parses batches of articles (through the article cache, in a pool of ``jobs`` processes
    once a batch is large enough), counting failures; a context that stops the pool and sums
    the failures up when it ends."""

    def __init__(
        self,
        jobs: int,
        cache: ParseCache | None,
        warn: Warn,
        advance: Callable[[int], None],
        debug: bool,
        full: bool = False,
    ) -> None:
        self.jobs, self.cache, self.warn, self.advance = jobs, cache, warn, advance
        self.debug, self.full = debug, full
        self.failures: Counter[str] = Counter()
        self.pool: Any = None

    def __enter__(self) -> _Parser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool = None
        if exc[0] is None:
            for reason, n in self.failures.items():
                if n > SHOWN_FAILURES:
                    more = n - SHOWN_FAILURES
                    noun = "article" if more == 1 else "articles"
                    self.warn(f"warning: {more} more {noun} could not be parsed ({reason})")

    def batch(self, chunk: list[Article]) -> tuple[list[Any], set[int]]:
        """The results for ``chunk`` in order, and the positions of those that failed."""
        cache = self.cache
        results = [cache.get(a) if cache else None for a in chunk]
        self.advance(sum(r is not None for r in results))
        missing = [i for i, r in enumerate(results) if r is None]
        todo = [chunk[i] for i in missing]
        if self.pool is None and self.jobs > 1 and len(todo) >= PARALLEL_MIN:
            import nkjp.pipeline  # noqa: F401  (imported once here, inherited by the workers)

            self.pool = multiprocessing.get_context().Pool(self.jobs, initializer=_ignore_sigint)
        work = _safe_parse if self.full else _safe_digest
        done = self.pool.imap(work, todo, CHUNK) if self.pool else map(work, todo)
        failed = set()
        for i, (parsed, error) in zip(missing, done, strict=True):
            if not self.full:
                parsed = unpack(parsed)
            if error is None:
                if cache is not None:
                    cache.put(chunk[i], parsed)
            else:
                failed.add(i)
                _failed(chunk[i], error, self.failures, self.warn, self.debug)
            results[i] = parsed
            self.advance(1)
        return results, failed


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops them (no traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _failed(article: Article, error: str, failures: Counter[str], warn: Warn, debug: bool) -> None:
    if debug:
        raise RuntimeError(f"parsing {article.id} failed:\n{error}")
    reason = error.strip().splitlines()[-1]
    failures[reason] += 1
    if failures[reason] <= SHOWN_FAILURES:
        warn(
            f"warning: {article.path or article.id}: article {article.id!r} could not be "
            f"parsed ({reason}); kept without records"
        )


def _parse(article: Article) -> ParsedArticle:
    from nkjp.pipeline import parse

    return parse(article)


def _safe_parse(article: Article) -> tuple[ParsedArticle, str | None]:
    try:
        return _parse(article), None
    except Exception:
        return ParsedArticle(article, (), (), (), (), ()), traceback.format_exc()


def _safe_digest(article: Article) -> tuple[tuple[Any, ...], str | None]:
    """The packed digest (cheap to send between processes) and the error, if any."""
    parsed, error = _safe_parse(article)
    return pack(digest(parsed)), error
