"""A cache of parsed articles in the user cache directory ($XDG_CACHE_HOME/nkjp).

One pickle per article, holding its :class:`~nkjp.digest.Digest` (what queries read), named
by a hash of the article's text and metadata, nkjp's version and a fingerprint of nkjp's own
source and data files (so an edited rule never serves stale records).  A changed article gets
a new key and is re-parsed; an entry that cannot be read is ignored and rewritten.  The cache
is an optimisation only: any failure to read or write it is silent and the article is parsed
as if there were no cache.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from nkjp import __version__, models
from nkjp.digest import ArticleRow, Digest
from nkjp.models import Article

_SUFFIXES = (".py", ".json", ".txt", ".tsv", ".csv")


def _register_fast_pickling() -> None:
    """Pickle the records as (class, field values), rebuilt with the constructor.

    The default for slotted dataclasses looks up ``dataclasses.fields`` for every object it
    unpickles, which made a warm query spend most of its time there.
    """
    for cls in (models.Article, models.Sentence, models.QuotedSpan, models.TimeExpr,
                models.Mention, models.Event, models.Quote, models.ParsedArticle, Digest,
                ArticleRow):  # fmt: skip
        names = tuple(f.name for f in dataclasses.fields(cls))
        copyreg.pickle(cls, _reducer(names))


def _reducer(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, tuple[Any, ...]]]:
    def reduce(record: Any) -> tuple[Any, tuple[Any, ...]]:
        return type(record), tuple(getattr(record, n) for n in names)

    return reduce


_register_fast_pickling()


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/nkjp, else ~/.cache/nkjp."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "nkjp"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of nkjp's version and the size and mtime of its source and data files."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in _SUFFIXES and "__pycache__" not in path.parts:
            st = path.stat()
            h.update(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def article_key(article: Article) -> str:
    """The cache key of an article: its text, metadata and the code that parses it."""
    h = hashlib.sha256(code_fingerprint().encode())
    for part in (
        article.id,
        article.title,
        article.source,
        article.url,
        article.published.isoformat() if article.published else None,
        article.path,
        article.text,
    ):
        h.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class ParseCache:
    """Get and put the Digest of an article, by the article's content."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_dir()

    def _path(self, key: str) -> Path:
        return self.root / "parsed" / key[:2] / f"{key}.pickle"

    def get(self, article: Article) -> Digest | None:
        """The cached digest of ``article``, or None (missing, corrupt or stale)."""
        try:
            with open(self._path(article_key(article)), "rb") as f:
                found = pickle.load(f)
        except Exception:  # corrupt or unreadable: ignored, and rebuilt by put()
            return None
        if not isinstance(found, Digest) or (found.row.id, found.row.path) != (
            article.id,
            article.path,
        ):
            return None
        return found

    def put(self, article: Article, found: Digest) -> None:
        """Store the digest of ``article``; atomic (write then rename), silent on failure."""
        path = self._path(article_key(article))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(found, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except Exception:
            try:
                os.unlink(tmp)
            except Exception:
                pass

    def clear(self) -> int:
        """Remove every cached entry; the number removed."""
        parsed = self.root / "parsed"
        if not parsed.exists():
            return 0
        n = sum(1 for _ in parsed.rglob("*.pickle"))
        shutil.rmtree(parsed, ignore_errors=True)
        return n
