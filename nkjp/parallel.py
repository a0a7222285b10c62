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
from typing import Any

from nkjp.cache import ParseCache
from nkjp.digest import Digest, digest, pack, unpack
from nkjp.errors import NoArticlesError
from nkjp.models import Article, ParsedArticle

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
    the cache where it has one); with ``full``, the whole ParsedArticle, parsed afresh.
    """
    from nkjp import corpus

    where = list(paths) if paths else [str(p) for p in corpus.default_corpus_paths()]
    stats = corpus.LoadStats()
    articles = corpus.iter_articles(
        where, lambda w: warn(f"warning: {w}"), stdin=stdin, today=today, stats=stats
    )
    first = next(articles, None)
    if first is None:
        raise NoArticlesError(corpus.describe_paths(where, stats))
    chosen = chain([first], articles)
    if only is not None:
        chosen = (a for a in chosen if a.id == only)

    if full:
        return Loaded(parse_all(chosen, warn=warn, debug=debug, full=True), stats)

    def parsed() -> Iterator[Digest]:
        with progress(None) if progress else nullcontext(lambda n: None) as advance:
            yield from parse_all(
                chosen,
                jobs=jobs or default_jobs(),
                cache=ParseCache() if use_cache else None,
                warn=warn,
                advance=advance,
                debug=debug,
            )

    return Loaded(parsed(), stats)


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
    failures: Counter[str] = Counter()
    pool = None
    try:
        it = iter(articles)
        while chunk := list(islice(it, BATCH)):
            results = [cache.get(a) if cache else None for a in chunk]
            advance(sum(r is not None for r in results))
            missing = [i for i, r in enumerate(results) if r is None]
            todo = [chunk[i] for i in missing]
            if pool is None and jobs > 1 and len(todo) >= PARALLEL_MIN:
                import nkjp.pipeline  # noqa: F401  (imported once here, inherited by the workers)

                pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_sigint)
            work = _safe_parse if full else _safe_digest
            done = pool.imap(work, todo, CHUNK) if pool else map(work, todo)
            for i, (parsed, error) in zip(missing, done, strict=True):
                if not full:
                    parsed = unpack(parsed)
                if error is None:
                    if cache is not None:
                        cache.put(chunk[i], parsed)
                else:
                    _failed(chunk[i], error, failures, warn, debug)
                results[i] = parsed
                advance(1)
            yield from (r for r in results if r is not None)
    finally:
        if pool is not None:
            pool.terminate()
    for reason, n in failures.items():
        if n > SHOWN_FAILURES:
            more = n - SHOWN_FAILURES
            noun = "article" if more == 1 else "articles"
            warn(f"warning: {more} more {noun} could not be parsed ({reason})")


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
