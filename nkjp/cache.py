"""A cache of parsed articles in the user cache directory ($XDG_CACHE_HOME/nkjp).

Two kinds of entry.  ``files/``: one pickle per corpus file, named by a hash of the file's
path, size, modification and change times and inode, nkjp's version and code fingerprint,
holding the file's load warnings and the digests of all its articles, so that a repeat query
neither reads nor decodes an unchanged file and opens one cache file per corpus file.
``parsed/``: one pickle per article, holding its :class:`~nkjp.digest.Digest` (what queries
read) packed as plain tuples (:func:`~nkjp.digest.pack`, so loading builds no object by
reflection), named by a hash of the article's text and metadata, nkjp's version and a
fingerprint of nkjp's own source and data files (so an edited rule never serves stale
records); a file that changed re-parses only its changed articles.  A changed article gets
a new key and is re-parsed; an entry that cannot be read is ignored and rewritten.  The cache
is an optimisation only: any failure to read or write it is silent and the article is parsed
as if there were no cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from nkjp import __version__
from nkjp.decode import LoadWarning
from nkjp.digest import PACKED, Digest, pack, unpack
from nkjp.models import Article

_SUFFIXES = (".py", ".json", ".txt", ".tsv", ".csv")


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


def file_key(name: str, named: bool) -> str | None:
    """The cache key of the corpus file ``name`` as it is now, or None if it cannot be stat'ed.

    A file rewritten in place, replaced, touched or chmod'ed gets a new key."""
    try:
        st = os.stat(name)
    except (OSError, ValueError):
        return None
    parts = (
        code_fingerprint(),
        PACKED,
        name,
        named,
        st.st_size,
        st.st_mtime_ns,
        st.st_ctime_ns,
        st.st_ino,
        st.st_dev,
    )
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


# A file entry as stored: (FILE_ENTRY, warnings, valid_from, valid_until, articles) with
# warnings as (path, line, message, kind) tuples and articles as (id as written in the file,
# packed digest) pairs.  Bump FILE_ENTRY when that shape changes.
FILE_ENTRY = "file-1"


class FileEntry(NamedTuple):
    """What loading one corpus file gave: its warnings and the digest of each article.

    Warnings about future publication dates depend on the day, so the entry holds only for
    ``valid_from <= today < valid_until`` (the days on which the same dates are in the
    future)."""

    warnings: tuple[LoadWarning, ...]
    valid_from: date
    valid_until: date
    articles: tuple[tuple[str, Digest], ...]  # (id as written in the file, digest)


def validity(published: list[date | None], today: date) -> tuple[date, date]:
    """The days around ``today`` on which the same ``published`` dates are in the future."""
    known = [p for p in published if p is not None]
    past = [p for p in known if p <= today]
    future = [p for p in known if p > today]
    return (max(past) if past else date.min, min(future) if future else date.max)


class ParseCache:
    """Get and put the Digest of an article, by the article's content, and the entry of a
    corpus file, by the file's path and status."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_dir()
        self._parsed = os.path.join(self.root, "parsed")  # str: no Path object per lookup
        self._files = os.path.join(self.root, "files")

    def get_file(self, key: str, today: date) -> FileEntry | None:
        """The entry stored under ``key`` if it holds for ``today``, else None (missing,
        corrupt, stale or of another format: ignored, rebuilt by :meth:`put_file`)."""
        try:
            found = _load(os.path.join(self._files, key[:2], key + ".pickle"))
            tag, warnings, valid_from, valid_until, articles = found
            if tag != FILE_ENTRY or not valid_from <= today < valid_until:
                return None
            return FileEntry(
                tuple(LoadWarning(*w) for w in warnings),
                valid_from,
                valid_until,
                tuple((str(i), unpack(d)) for i, d in articles),
            )
        except Exception:
            return None

    def put_file(self, key: str, entry: FileEntry) -> None:
        """Store the entry of a corpus file; atomic, silent on failure."""
        packed = (
            FILE_ENTRY,
            tuple((w.path, w.line, w.message, w.kind) for w in entry.warnings),
            entry.valid_from,
            entry.valid_until,
            tuple((i, pack(d)) for i, d in entry.articles),
        )
        _store(os.path.join(self._files, key[:2], key + ".pickle"), packed)

    def _path(self, key: str) -> str:
        return os.path.join(self._parsed, key[:2], key + ".pickle")

    def get(self, article: Article) -> Digest | None:
        """The cached digest of ``article``, or None (missing, corrupt or stale)."""
        try:
            found = unpack(_load(self._path(article_key(article))))
        except Exception:  # corrupt, unreadable or of another format: ignored, rebuilt by put()
            return None
        if (found.row.id, found.row.path) != (article.id, article.path):
            return None
        return found

    def put(self, article: Article, found: Digest) -> None:
        """Store the digest of ``article``; atomic (write then rename), silent on failure."""
        _store(self._path(article_key(article)), pack(found))

    def clear(self) -> tuple[int, int]:
        """Remove every cached entry; the numbers of article and file entries removed."""
        counts = []
        for kind in ("parsed", "files"):
            folder = self.root / kind
            counts.append(sum(1 for _ in folder.rglob("*.pickle")) if folder.exists() else 0)
            shutil.rmtree(folder, ignore_errors=True)
        return counts[0], counts[1]


def _load(path: str) -> Any:
    with open(path, "rb") as f:
        data = f.read()  # one read: pickle.load(f) would read in many small pieces
    return pickle.loads(data)


def _store(path: str, value: Any) -> None:
    """Pickle ``value`` to ``path``: write then rename, silent on failure."""
    tmp = None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except Exception:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
