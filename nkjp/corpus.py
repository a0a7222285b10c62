"""The only reader of input files: paths, formats, encodings, front matter -> Article records.

A PATH is a file, a directory (searched recursively in sorted order, hidden entries skipped,
symbolic links followed but never round a loop) or ``-`` for standard input.

Formats, by extension:

- ``.txt`` / ``.md``: the article text, with an optional front-matter block
  (``---`` / ``key: value`` lines / ``---``; keys ``id``, ``title``, ``source``, ``url``,
  ``published`` or ``date``);
- ``.json``: one article object, or a list of them;
- ``.jsonl`` / ``.ndjson``: one article object per line.

Inside a directory, files with other extensions are skipped silently (they are not articles:
images, notes...), and so are hidden files and ``README`` / ``LICENSE`` / ``CHANGELOG`` files.
A file named explicitly on the command line is read whatever its extension, its format sniffed
from its content, like standard input.

Article fields: ``text`` (required), ``id``, ``title``, ``source``, ``url``, ``published`` (ISO
date; ``date`` accepted too); others are ignored.  The id defaults to the file name without its
extension, numbered ``name-1``, ``name-2``... by position when the file holds several articles.
The publication date comes from the metadata, else from a YYYY-MM-DD in the file name.

Bad input loses nothing silently: every problem is a :class:`LoadWarning` naming the file (and
line), every other article is still loaded, and :class:`LoadResult` counts the files seen and
skipped (a file is skipped when it yields no article), so that articles-from-files plus files
skipped accounts for every file offered.  Line endings are normalised to ``\\n`` so offsets are
the same whatever system wrote the file.  Only a path that does not exist is an error
(:class:`nkjp.errors.UsageError`).

This module finds the files and keeps the accounts; ``nkjp.decode`` turns bytes into text and
``nkjp.formats`` text into articles.  Everything public is importable from here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from nkjp.decode import FUTURE, LoadWarning, Warn, decode
from nkjp.errors import UsageError
from nkjp.formats import (
    ARTICLE_SUFFIXES,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    STDIN_NAME,
    TEXT_SUFFIXES,
    parse_iso_date,
    read_source,
)
from nkjp.models import Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "CORPUS_VARIABLE",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "STDIN",
    "STDIN_NAME",
    "TEXT_SUFFIXES",
    "Ledger",
    "LoadResult",
    "LoadStats",
    "LoadWarning",
    "Source",
    "Warn",
    "bundled_seeds_dir",
    "check_paths",
    "decode",
    "default_corpus_paths",
    "describe_paths",
    "iter_articles",
    "iter_sources",
    "load",
    "parse_iso_date",
    "read_articles",
    "undated_message",
]

STDIN = "-"
CORPUS_VARIABLE = "NKJP_CORPUS"  # the default corpus: paths separated by os.pathsep

_UNDATED_LISTED = 10
_FUTURE_SHOWN = 5  # future publication dates warned one by one; the rest summed up
# Documentation files that sit beside articles in a directory and are not articles.
_NOT_ARTICLES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE"})


@dataclass(frozen=True)
class LoadResult:
    """What :func:`load` found: the articles in order, the warnings, and file accounting."""

    articles: tuple[Article, ...]
    warnings: tuple[LoadWarning, ...]
    files_seen: int
    files_skipped: int

    @property
    def files_loaded(self) -> int:
        """Files that gave at least one article."""
        return self.files_seen - self.files_skipped


@dataclass
class LoadStats:
    """Running counts kept by :func:`iter_articles` (mutable, filled in as it goes)."""

    files_seen: int = 0
    files_skipped: int = 0
    undated: list[str] = field(default_factory=list)


# --- public API ----------------------------------------------------------------------------


def load(
    paths: Sequence[str],
    stdin: TextIO | None = None,
    *,
    today: date | None = None,
) -> LoadResult:
    """Read every article under ``paths``; problems become warnings, never exceptions.

    ``stdin`` is read for the path ``-`` (default ``sys.stdin``); ``today`` is the date a
    publication date must not pass without a warning (default: the system date).
    Raises :class:`~nkjp.errors.UsageError` when a path does not exist.
    """
    warnings: list[LoadWarning] = []
    stats = LoadStats()
    articles = tuple(iter_articles(paths, warnings.append, stdin=stdin, today=today, stats=stats))
    return LoadResult(
        articles=articles,
        warnings=tuple(warnings),
        files_seen=stats.files_seen,
        files_skipped=stats.files_skipped,
    )


def iter_articles(
    paths: Sequence[str],
    warn: Warn,
    *,
    stdin: TextIO | None = None,
    today: date | None = None,
    stats: LoadStats | None = None,
) -> Iterator[Article]:
    """Stream the articles under ``paths`` in a deterministic order, reporting through ``warn``.

    Every path is checked before the first article is yielded (a missing one raises
    :class:`~nkjp.errors.UsageError`).  A file's own warnings come before its articles; after
    the last article, one warning names the articles without a publication date.  Pass
    ``stats`` to get the file counts.
    """
    check_paths(paths)
    today = today or date.today()
    ledger = Ledger(warn, stats)
    for source in iter_sources(paths, stdin, ledger.warn):
        yield from ledger.admit(read_articles(source, ledger.warn, today) or [])
    ledger.finish()


@dataclass(frozen=True, slots=True)
class Source:
    """One input file (or standard input) to be read: ``name`` as given or found."""

    name: str
    named: bool  # named on the command line (format sniffed), not found in a directory
    data: bytes | None = None  # standard input, read already

    @property
    def is_stdin(self) -> bool:
        """Whether this is standard input (which has no file to stat or cache)."""
        return self.name == STDIN_NAME


def iter_sources(paths: Sequence[str], stdin: TextIO | None, warn: Warn) -> Iterator[Source]:
    """Every article file under ``paths`` in order, not yet read (see :func:`read_articles`)."""
    for path in paths:
        if path == STDIN:
            yield Source(STDIN_NAME, True, _read_stdin(stdin))
            continue
        try:
            is_dir = os.path.isdir(path)
        except OSError:  # pragma: no cover - isdir swallows most errors itself
            is_dir = False
        if is_dir:
            yield from _walk(path, warn, set())
        else:
            yield Source(path, True)


def read_articles(source: Source, warn: Warn, today: date) -> list[Article] | None:
    """The articles of one file as written (ids not yet made unique), warnings through ``warn``;
    None (after a warning) when the file cannot be read."""
    data = source.data if source.is_stdin else _read_file(source.name, warn)
    if data is None:
        return None
    return list(read_source(source.name, data, source.named, warn, today))


class Ledger:
    """The corpus-wide accounts kept while files are read: files seen and skipped, article
    ids made unique, undated articles, and future publication dates summed up past a few.

    ``warn`` is the warning sink for file warnings (it passes the first few future dates
    and counts the rest); :meth:`admit` takes each file's articles in order; :meth:`finish`
    writes the summary warnings."""

    def __init__(self, warn: Warn, stats: LoadStats | None = None) -> None:
        self._warn = warn
        self.stats = stats if stats is not None else LoadStats()
        self.seen_ids: dict[str, str] = {}
        self.future = 0

    def warn(self, warning: LoadWarning) -> None:
        """Pass a file warning on; future publication dates only the first few times."""
        if warning.kind == FUTURE:
            self.future += 1
            if self.future > _FUTURE_SHOWN:
                return
        self._warn(warning)

    def admit(self, articles: Sequence[Article]) -> list[Article]:
        """One file's articles, counted, each with an id no earlier article has."""
        ids = self.admit_ids([(a.id, a.path, a.published) for a in articles])
        return [a if i == a.id else _replace_id(a, i) for a, i in zip(articles, ids, strict=True)]

    def admit_ids(self, rows: Sequence[tuple[str, str | None, date | None]]) -> list[str]:
        """:meth:`admit` for one file's articles given as (id, path, published): their ids."""
        self.stats.files_seen += 1
        if not rows:
            self.stats.files_skipped += 1
        out = []
        for article_id, path, published in rows:
            new_id = self.unique_id(article_id, path)
            if published is None:
                self.stats.undated.append(new_id)
            out.append(new_id)
        return out

    def unique_id(self, article_id: str, path: str | None) -> str:
        """``article_id``, or ``id-2``, ``id-3``... (with a warning) when an earlier article
        has it."""
        where = path or STDIN_NAME
        seen = self.seen_ids
        if article_id not in seen:
            seen[article_id] = where
            return article_id
        n = 2
        while f"{article_id}-{n}" in seen:
            n += 1
        new_id = f"{article_id}-{n}"
        self._warn(
            LoadWarning(
                where,
                None,
                f"duplicate article id {article_id!r} (first in {seen[article_id]}); "
                f"renamed {new_id!r}",
            )
        )
        seen[new_id] = where
        return new_id

    def preview(self, ids: Sequence[str]) -> list[str]:
        """The ids :meth:`unique_id` would give ``ids`` in turn, changing nothing."""
        seen, local, out = self.seen_ids, set(), []
        for article_id in ids:
            new_id, n = article_id, 2
            while new_id in seen or new_id in local:
                new_id, n = f"{article_id}-{n}", n + 1
            local.add(new_id)
            out.append(new_id)
        return out

    def finish(self) -> None:
        """The summary warnings: future dates past the first few, articles without a date."""
        if self.future > _FUTURE_SHOWN:
            more = self.future - _FUTURE_SHOWN
            noun = "article has" if more == 1 else "articles have"
            self._warn(
                LoadWarning(
                    "",
                    None,
                    f"{more} more {noun} a publication date in the future; kept as given",
                )
            )
        if self.stats.undated:
            self._warn(LoadWarning("", None, undated_message(self.stats.undated)))


def check_paths(paths: Sequence[str], variable: str | None = None) -> None:
    """Raise :class:`~nkjp.errors.UsageError` naming the first path that does not exist, and
    the environment ``variable`` it came from when it is set."""
    for path in paths:
        if path != STDIN and not os.path.lexists(path):
            where = f" (from ${variable})" if variable and os.environ.get(variable) else ""
            raise UsageError(f"no such file or directory: {path}{where}")


def undated_message(ids: Sequence[str]) -> str:
    """The one warning that names the articles without a publication date."""
    shown = ", ".join(ids[:_UNDATED_LISTED])
    more = f" and {len(ids) - _UNDATED_LISTED} more" if len(ids) > _UNDATED_LISTED else ""
    noun = "article has" if len(ids) == 1 else "articles have"
    return f"{len(ids)} {noun} no publication date: {shown}{more}; relative dates stay unresolved"


def describe_paths(paths: Sequence[str], result: LoadResult | LoadStats | None = None) -> str:
    """A one-line "no articles" message saying where nkjp looked, with a remedy."""
    where = ", ".join(STDIN_NAME if p == STDIN else p for p in paths) or "(no paths)"
    counts = ""
    if result is not None:
        seen = "1 file" if result.files_seen == 1 else f"{result.files_seen} files"
        counts = f" ({seen} read, {result.files_skipped} skipped)"
    return (
        f"no articles found in {where}{counts}; "
        "give --corpus a file or directory of .txt, .md, .json or .jsonl articles"
    )


def bundled_seeds_dir() -> Path:
    """The seed articles shipped with nkjp: ``nkjp/seeds`` when installed, else ``<repo>/seeds``."""
    package = Path(__file__).resolve().parent
    installed = package / "seeds"
    if installed.is_dir():
        return installed
    return package.parent / "seeds"


def default_corpus_paths() -> list[str]:
    """``NKJP_CORPUS`` (paths separated by ``os.pathsep``), else the bundled seeds."""
    env = os.environ.get(CORPUS_VARIABLE, "")
    paths = [p for p in env.split(os.pathsep) if p.strip()]
    return paths or [str(bundled_seeds_dir())]


# --- finding files -------------------------------------------------------------------------


def _walk(directory: str, warn: Warn, visited: set[tuple[int, int]]) -> Iterator[Source]:
    """Article files under ``directory``, sorted by name, recursing into sub-directories."""
    try:
        st = os.stat(directory)
    except OSError as err:
        warn(LoadWarning(directory, None, f"cannot read directory: {_reason(err)}"))
        return
    key = (st.st_dev, st.st_ino)
    if key in visited:
        warn(LoadWarning(directory, None, "symbolic link loop; directory already read, skipped"))
        return
    visited.add(key)
    try:
        names = sorted(os.listdir(directory))
    except OSError as err:
        warn(LoadWarning(directory, None, f"cannot read directory: {_reason(err)}"))
        return
    for name in names:
        if name.startswith(".") or Path(name).stem.upper() in _NOT_ARTICLES:
            continue  # .git, .DS_Store, editor swap files; README.md beside the articles
        full = os.path.join(directory, name)
        if os.path.isdir(full):
            yield from _walk(full, warn, visited)
        elif Path(name).suffix.lower() in ARTICLE_SUFFIXES:
            # (a dangling or looping link named like an article is counted and warned about)
            yield Source(full, False)


def _read_file(path: str, warn: Warn) -> bytes | None:
    """The bytes of ``path``, or None after a warning saying why they cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as err:
        warn(LoadWarning(path, None, f"cannot read file: {_reason(err)}; skipped"))
        return None


def _reason(err: OSError) -> str:
    import errno

    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if err.errno == errno.ENOENT and isinstance(err.filename, str):
        return "no such file (dangling symbolic link?)"
    return err.strerror or str(err)


def _read_stdin(stdin: TextIO | None) -> bytes:
    stream = stdin if stdin is not None else sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read()
        if isinstance(data, bytes):
            return data
    text = stream.read()
    return text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)


def _replace_id(article: Article, new_id: str) -> Article:
    import dataclasses

    return dataclasses.replace(article, id=new_id)
