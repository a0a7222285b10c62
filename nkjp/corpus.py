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
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from nkjp.errors import UsageError
from nkjp.lexicon import text as lex
from nkjp.models import Article

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

STDIN = "-"
STDIN_NAME = "<stdin>"

# More than this share of undecodable bytes and a file is not text at all.
_MAX_BAD_BYTES = 0.25
_UNDATED_LISTED = 10
# Documentation files that sit beside articles in a directory and are not articles.
_NOT_ARTICLES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE"})


@dataclass(frozen=True)
class LoadWarning:
    """Something wrong with an input file: where (file, line) and what."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if not self.path:
            return self.message
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


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


Warn = Callable[[LoadWarning], None]


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
    :class:`~nkjp.errors.UsageError`).  After the last article, one warning names the articles
    without a publication date.  Pass ``stats`` to get the file counts.
    """
    check_paths(paths)
    stats = stats if stats is not None else LoadStats()
    today = today or date.today()
    seen_ids: dict[str, str] = {}
    for path in paths:
        for source, data, named in _sources(path, stdin, warn):
            stats.files_seen += 1
            found = 0
            for article in _read_source(source, data, named, warn, today):
                article = _unique(article, seen_ids, warn)
                if article.published is None:
                    stats.undated.append(article.id)
                found += 1
                yield article
            if found == 0:
                stats.files_skipped += 1
    if stats.undated:
        warn(LoadWarning("", None, undated_message(stats.undated)))


def check_paths(paths: Sequence[str]) -> None:
    """Raise :class:`~nkjp.errors.UsageError` naming the first path that does not exist."""
    for path in paths:
        if path != STDIN and not os.path.lexists(path):
            raise UsageError(f"no such file or directory: {path}")


def undated_message(ids: Sequence[str]) -> str:
    """The one warning that names the articles without a publication date."""
    shown = ", ".join(ids[:_UNDATED_LISTED])
    more = f" and {len(ids) - _UNDATED_LISTED} more" if len(ids) > _UNDATED_LISTED else ""
    noun = "article has" if len(ids) == 1 else "articles have"
    return f"{len(ids)} {noun} no publication date: {shown}{more}; relative dates stay unresolved"


def describe_paths(paths: Sequence[str], result: LoadResult | None = None) -> str:
    """A one-line "no articles" message saying where nkjp looked, with a remedy."""
    where = ", ".join(STDIN_NAME if p == STDIN else p for p in paths) or "(no paths)"
    counts = ""
    if result is not None:
        counts = f" ({result.files_seen} files read, {result.files_skipped} skipped)"
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
    env = os.environ.get("NKJP_CORPUS", "")
    paths = [p for p in env.split(os.pathsep) if p.strip()]
    return paths or [str(bundled_seeds_dir())]


# --- finding files -------------------------------------------------------------------------


def _sources(
    path: str, stdin: TextIO | None, warn: Warn
) -> Iterator[tuple[str, bytes | None, bool]]:
    """``(name, bytes, named_explicitly)`` for every file under ``path`` that could be read.

    Files that cannot be read are warned about and yielded with ``None`` data so that they are
    still counted (see ``_read_source``).
    """
    if path == STDIN:
        yield STDIN_NAME, _read_stdin(stdin), True
        return
    try:
        is_dir = os.path.isdir(path)
    except OSError:  # pragma: no cover - isdir swallows most errors itself
        is_dir = False
    if is_dir:
        yield from _walk(path, warn, set())
    else:
        yield path, _read_file(path, warn), True


def _walk(
    directory: str, warn: Warn, visited: set[tuple[int, int]]
) -> Iterator[tuple[str, bytes | None, bool]]:
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
            yield full, _read_file(full, warn), False


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


# --- decoding ------------------------------------------------------------------------------


def decode(data: bytes, name: str, warn: Warn) -> str | None:
    """Bytes -> text with ``\\n`` line ends, or None (after a warning) for a binary file.

    UTF-8 (with or without a byte-order mark) and UTF-16 / UTF-32 with a byte-order mark are
    read exactly; UTF-16 without a mark is recognised by its zero bytes.  Invalid UTF-8 keeps
    its decodable parts, each bad byte becoming U+FFFD, with a warning naming the first one.
    """
    text = _decode_marked(data)
    if text is None:
        if b"\x00" in data:
            text = _decode_utf16_unmarked(data)
            if text is None:
                warn(LoadWarning(name, None, "binary file (contains NUL bytes); skipped"))
                return None
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as err:
                text = _decode_lossy(data, err, name, warn)
                if text is None:
                    return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _decode_marked(data: bytes) -> str | None:
    """Text of data that starts with a byte-order mark, else None."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                if codec.startswith("utf-32"):
                    continue  # FF FE 00 00 may just be UTF-16 LE text starting with U+0000
                return data.decode(codec, errors="replace")
    return None


def _decode_utf16_unmarked(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: every other byte zero (ASCII-range text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0)
    odd_zero = data[1::2].count(0)
    half = len(data) // 2
    if odd_zero >= half * 0.9 and even_zero == 0:
        codec = "utf-16-le"
    elif even_zero >= half * 0.9 and odd_zero == 0:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_lossy(data: bytes, err: UnicodeDecodeError, name: str, warn: Warn) -> str | None:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if bad > len(data) * _MAX_BAD_BYTES:
        warn(LoadWarning(name, None, "not UTF-8 text (mostly undecodable bytes); skipped"))
        return None
    line = data.count(b"\n", 0, err.start) + 1
    warn(
        LoadWarning(
            name,
            line,
            f"invalid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            f"{bad} undecodable byte sequence(s) replaced with U+FFFD, the rest kept",
        )
    )
    return text


# --- formats -------------------------------------------------------------------------------


def _read_source(
    name: str, data: bytes | None, named: bool, warn: Warn, today: date
) -> Iterator[Article]:
    """The articles in one file (or stdin), warnings for what is wrong with it."""
    if data is None:
        return
    text = decode(data, name, warn)
    if text is None:
        return
    if not text.strip():
        what = "empty file" if not text else "file holds only white space"
        warn(LoadWarning(name, None, f"{what}; skipped"))
        return
    stem = "stdin" if name == STDIN_NAME else Path(name).stem
    path = None if name == STDIN_NAME else name
    file_date = _file_name_date(stem)
    suffix = "" if name == STDIN_NAME else Path(name).suffix.lower()
    if suffix in JSON_SUFFIXES:
        records = _json_records(text, name, warn)
    elif suffix in JSONL_SUFFIXES:
        records = _jsonl_records(text, name, warn)
    elif suffix in TEXT_SUFFIXES or not named:
        records = [_text_record(text, name, warn)]
    else:
        records = _sniffed_records(text, name, warn)
    numbered = len(records) > 1
    for position, (line, record) in enumerate(records, start=1):
        default_id = f"{stem}-{position}" if numbered else stem
        article = _article(record, name, line, path, default_id, file_date, warn, today)
        if article is not None:
            yield article


Record = tuple[int | None, Any]  # (line number or None, the parsed value)


def _sniffed_records(text: str, name: str, warn: Warn) -> list[Record]:
    """Standard input or an explicitly named file of unknown type: JSON, JSONL or text."""
    head = text.lstrip()
    if head.startswith("["):
        return _json_records(text, name, warn)
    if head.startswith("{"):
        try:
            return _json_shape(json.loads(text), name, warn)
        except ValueError:
            return _jsonl_records(text, name, warn)
    return [_text_record(text, name, warn)]


def _json_records(text: str, name: str, warn: Warn) -> list[Record]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and text.lstrip().startswith("{"):
            records = _jsonl_records(text, name, warn)
            if records:
                warn(LoadWarning(name, None, "holds one JSON object per line; read as JSONL"))
                return records
        warn(LoadWarning(name, err.lineno, f"malformed JSON: {err.msg} (column {err.colno})"))
        return []
    return _json_shape(value, name, warn)


def _json_shape(value: Any, name: str, warn: Warn) -> list[Record]:
    if isinstance(value, dict) and "text" not in value and isinstance(value.get("articles"), list):
        value = value["articles"]  # {"articles": [...]}
    if isinstance(value, dict):
        return [(None, value)]
    if isinstance(value, list):
        if not value:
            warn(LoadWarning(name, None, "JSON list is empty; no articles"))
        return [(None, item) for item in value]
    warn(
        LoadWarning(
            name, None, f"expected an article object or a list of them, got {_json_type(value)}"
        )
    )
    return []


def _jsonl_records(text: str, name: str, warn: Warn) -> list[Record]:
    records: list[Record] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as err:
            warn(LoadWarning(name, number, f"malformed JSON line: {err.msg}; line skipped"))
    return records


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _text_record(text: str, name: str, warn: Warn) -> Record:
    """A text file: its front matter (if any) as fields, the rest as ``text``."""
    if not lex.FRONT_MATTER_OPEN.match(text):
        return (None, {"text": _trim_text(text)})
    body_from = lex.FRONT_MATTER_OPEN.match(text).end()  # type: ignore[union-attr]
    close = lex.FRONT_MATTER_CLOSE.search(text, body_from)
    if close is None:
        warn(
            LoadWarning(
                name, 1, "front matter not terminated (no closing '---'); whole file read as text"
            )
        )
        return (None, {"text": _trim_text(text)})
    fields: dict[str, Any] = {}
    first_line = 2
    block = text[body_from : close.start()]
    for offset, line in enumerate(block.split("\n")):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = lex.FRONT_MATTER_FIELD.match(line)
        if m is None:
            warn(LoadWarning(name, first_line + offset, "front-matter line is not 'key: value'"))
            continue
        fields[m.group(1).lower()] = _unquote(m.group(2))
    body = text[close.end() :]
    if body.startswith("\n"):
        body = body[1:]
    fields["text"] = _trim_text(body)
    return (None, fields)


def _trim_text(text: str) -> str:
    """Article text without leading blank lines and trailing white space."""
    stripped = text.lstrip("\n")
    return stripped.rstrip()


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


# --- records -> articles -------------------------------------------------------------------


def _article(
    record: Any,
    name: str,
    line: int | None,
    path: str | None,
    default_id: str,
    file_date: date | None,
    warn: Warn,
    today: date,
) -> Article | None:
    """One record as an Article, or None after a warning when it has no usable text."""
    where = default_id if line is None else f"line {line}"
    if not isinstance(record, dict):
        warn(LoadWarning(name, line, f"expected an article object, got {_json_type(record)}"))
        return None
    text = record.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        warn(LoadWarning(name, line, f"article {_label(record, where)} has no text; skipped"))
        return None
    if not isinstance(text, str):
        warn(LoadWarning(name, line, f"article {_label(record, where)}: 'text' is not a string"))
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    raw_id = record.get("id")
    article_id = str(raw_id).strip() if isinstance(raw_id, str | int) else ""
    if raw_id is not None and not article_id:
        warn(LoadWarning(name, line, f"article {where}: unusable id {raw_id!r}; using file name"))
    article_id = article_id or default_id
    published = _published(record, name, line, article_id, warn, today)
    if published is None and all(record.get(k) in (None, "") for k in ("published", "date")):
        published = file_date  # no date in the metadata at all: the file name's, if any
    return Article(
        id=article_id,
        text=text,
        title=_optional(record, "title", name, line, warn),
        source=_optional(record, "source", name, line, warn),
        url=_optional(record, "url", name, line, warn),
        published=published,
        path=path,
    )


def _label(record: dict[str, Any], where: str) -> str:
    raw = record.get("id")
    return repr(str(raw)) if isinstance(raw, str | int) and str(raw).strip() else where


def _optional(record: dict[str, Any], key: str, name: str, line: int | None, warn: Warn) -> Any:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    warn(LoadWarning(name, line, f"'{key}' is {_json_type(value)}, not a string; ignored"))
    return None


def _published(
    record: dict[str, Any],
    name: str,
    line: int | None,
    article_id: str,
    warn: Warn,
    today: date,
) -> date | None:
    """The publication date from ``published`` (or ``date``), with warnings for bad ones."""
    key = "published" if record.get("published") not in (None, "") else "date"
    raw = record.get(key)
    if raw is None or raw == "":
        return None
    value = parse_iso_date(raw)
    if value is None:
        warn(
            LoadWarning(
                name,
                line,
                f"article {article_id!r}: invalid {key} {raw!r} ({_date_problem(raw)}); "
                "article kept without a publication date",
            )
        )
        return None
    if value > today:
        warn(
            LoadWarning(
                name,
                line,
                f"article {article_id!r}: {key} {value.isoformat()} is in the future; "
                "kept as given",
            )
        )
    return value


def parse_iso_date(raw: Any) -> date | None:
    """An ISO date (``2014-03-04``, ``2014-03-04T05:21:00Z``) as a date, else None."""
    if isinstance(raw, date):
        return raw if not isinstance(raw, datetime) else raw.date()
    if not isinstance(raw, str):
        return None
    m = lex.ISO_DATE.match(raw)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _date_problem(raw: Any) -> str:
    if not isinstance(raw, str):
        return f"expected an ISO date string, got {_json_type(raw)}"
    m = lex.ISO_DATE.match(raw)
    if m is None:
        return "expected YYYY-MM-DD"
    try:
        date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as err:
        return str(err)
    return "unreadable"  # pragma: no cover


def _file_name_date(stem: str) -> date | None:
    """A valid YYYY-MM-DD in a file name: "reuters-2014-02-27-redcross" -> 2014-02-27."""
    for m in lex.FILE_NAME_DATE.finditer(stem):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def _unique(article: Article, seen: dict[str, str], warn: Warn) -> Article:
    """The article, renamed ``id-2``, ``id-3``... when an earlier article has its id."""
    where = article.path or STDIN_NAME
    if article.id not in seen:
        seen[article.id] = where
        return article
    n = 2
    while f"{article.id}-{n}" in seen:
        n += 1
    new_id = f"{article.id}-{n}"
    warn(
        LoadWarning(
            where,
            None,
            f"duplicate article id {article.id!r} (first in {seen[article.id]}); "
            f"renamed {new_id!r}",
        )
    )
    seen[new_id] = where
    return _replace_id(article, new_id)


def _replace_id(article: Article, new_id: str) -> Article:
    import dataclasses

    return dataclasses.replace(article, id=new_id)
