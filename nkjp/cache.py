"""A cache of parsed articles in the user cache directory ($XDG_CACHE_HOME/nkjp).

One pickle per article, holding its :class:`~nkjp.digest.Digest` (what queries read) packed
as plain tuples (:func:`~nkjp.digest.pack`, so loading builds no object by reflection), named
by a hash of the article's text and metadata, nkjp's version and a fingerprint of nkjp's own
source and data files (so an edited rule never serves stale records).  A changed article gets
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
from functools import lru_cache
from pathlib import Path

from nkjp import __version__
from nkjp.digest import Digest, pack, unpack
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


class ParseCache:
    """Get and put the Digest of an article, by the article's content."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_dir()
        self._parsed = os.path.join(self.root, "parsed")  # str: no Path object per lookup

    def _path(self, key: str) -> str:
        return os.path.join(self._parsed, key[:2], key + ".pickle")

    def get(self, article: Article) -> Digest | None:
        """The cached digest of ``article``, or None (missing, corrupt or stale)."""
        try:
            with open(self._path(article_key(article)), "rb") as f:
                data = f.read()  # one read: pickle.load(f) would read in many small pieces
            found = unpack(pickle.loads(data))
        except Exception:  # corrupt, unreadable or of another format: ignored, rebuilt by put()
            return None
        if (found.row.id, found.row.path) != (article.id, article.path):
            return None
        return found

    def put(self, article: Article, found: Digest) -> None:
        """Store the digest of ``article``; atomic (write then rename), silent on failure."""
        path = self._path(article_key(article))
        tmp = None
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(pickle.dumps(pack(found), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, path)
        except Exception:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    def clear(self) -> int:
        """Remove every cached entry; the number removed."""
        parsed = self.root / "parsed"
        if not parsed.exists():
            return 0
        n = sum(1 for _ in parsed.rglob("*.pickle"))
        shutil.rmtree(parsed, ignore_errors=True)
        return n
