"""Text -> article records: front matter, JSON, JSONL and the fields of each article.

The second step of reading a file (see ``nkjp.corpus``, which finds the files): the decoded text
of one file becomes zero or more :class:`~nkjp.models.Article` records, every problem a
:class:`~nkjp.decode.LoadWarning` naming the file (and line).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from nkjp.decode import FUTURE, LoadWarning, Warn, decode
from nkjp.lexicon import text as lex
from nkjp.models import Article

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

STDIN_NAME = "<stdin>"


def read_source(
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
                FUTURE,
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
