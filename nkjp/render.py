"""Output: table, json, jsonl and csv writers, ``nkjp show``, notes and progress on stderr.

The only importer of rich (imported lazily, inside the table, show and progress functions).
JSON, JSONL and CSV never pass through Rich: they are written with ``json`` / ``csv`` straight to
``sys.stdout``, one record at a time, so ``nkjp events | jq`` gets exactly the records.  Tables
wrap every cell in ``rich.text.Text``, so article text with [square brackets] prints intact.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import islice
from typing import Any

from nkjp.digest import E_JSON, Q_JSON, Digest, Hit
from nkjp.models import Actor, Event, ParsedArticle, Quote
from nkjp.query import ArticleRow, period

FORMATS = ("table", "json", "jsonl", "csv")
RECORD_TYPES: dict[str, type] = {
    "events": Event,
    "timeline": Event,
    "quotes": Quote,
    "actors": Actor,
    "articles": ArticleRow,
}

TABLE_MAX_ROWS = 1000  # rows a table shows unless --limit says otherwise

# Plain-text highlight markers for `nkjp show` when stdout is not a terminal.
QUOTE_MARKS = ("«", "»")
TIME_MARKS = ("[", "]")


def default_format() -> str:
    """``table`` when stdout is a terminal, else ``jsonl`` (so ``nkjp events | jq`` works)."""
    return "table" if _isatty(sys.stdout) else "jsonl"


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def note(message: str) -> None:
    """One line on stderr (warnings, summaries, hints): never mixed into the data."""
    sys.stderr.write(message.rstrip("\n") + "\n")


def note_files_read(articles: int, files: int, skipped: int) -> None:
    """The summary `nkjp articles` ends with: "3 articles from 2 files; 0 files skipped"."""
    note(f"{_count(articles, 'article')} from {_count(files, 'file')}; {_count(skipped, 'file')} "
         "skipped")  # fmt: skip


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def emit(records: Iterable[Any], fmt: str, kind: str, limit: int | None = None) -> int:
    """Write at most ``limit`` ``records`` of ``kind`` (events, quotes, ...) to stdout in
    ``fmt``; the count.  A table without a limit stops at TABLE_MAX_ROWS, saying so on stderr
    (tables are for reading; the machine formats have no cap)."""
    if limit is not None:
        records = islice(records, min(limit, sys.maxsize))  # ("--limit 10**30": all of them)
    if fmt == "json":
        return write_json(records)
    if fmt == "jsonl":
        return write_jsonl(records)
    if fmt == "csv":
        return write_csv(records, RECORD_TYPES[kind])
    rows = [_record(r) for r in (islice(records, TABLE_MAX_ROWS + 1) if limit is None else records)]
    if limit is None and len(rows) > TABLE_MAX_ROWS:
        rows = rows[:TABLE_MAX_ROWS]
        noun = "events" if kind == "timeline" else kind
        note(
            f"showing the first {TABLE_MAX_ROWS} {noun}; use --limit N, or --format jsonl or "
            "csv for all of them"
        )
    if kind == "timeline":
        write_timeline_table(rows)
    else:
        write_table(rows, kind)
    return len(rows)


# -- machine formats: streamed, never through Rich ------------------------------------------


WRITE_BATCH = 256  # records per write to stdout


def record_dict(record: Any) -> dict[str, Any]:
    """``models.as_dict(record)``, faster: field names looked up once per record type."""
    names = _FIELDS.get(type(record))
    if names is None:
        names = _FIELDS[type(record)] = tuple(f.name for f in dataclasses.fields(record))
    return {n: _plain(getattr(record, n)) for n in names}


_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return record_dict(value)
    return value


def _record(item: Any) -> Any:
    """The record itself, from a query Hit or a record."""
    return item.record if isinstance(item, Hit) else item


def _dumps(item: Any) -> str:
    """A record's JSON (a Hit carries it ready-made)."""
    if isinstance(item, Hit):
        return item.json
    return json.dumps(record_dict(item), ensure_ascii=False)


def write_json(records: Iterable[Any]) -> int:
    """A JSON array, one record per line; ``[]`` when there are none."""
    n = 0
    for batch in _batches(records):
        sys.stdout.write(("[\n" if n == 0 else ",\n") + ",\n".join(map(_dumps, batch)))
        n += len(batch)
    sys.stdout.write("\n]\n" if n else "[]\n")
    sys.stdout.flush()
    return n


def write_jsonl(records: Iterable[Any]) -> int:
    """One JSON object per line; nothing at all when there are no records."""
    n = 0
    for batch in _batches(records):
        sys.stdout.write("".join(_dumps(r) + "\n" for r in batch))
        n += len(batch)
    sys.stdout.flush()
    return n


def _batches(records: Iterable[Any]) -> Iterator[list[Any]]:
    it = iter(records)
    while batch := list(islice(it, WRITE_BATCH)):
        yield batch


def write_csv(records: Iterable[Any], record_type: type) -> int:
    """CSV with a header row of the record's fields (the header alone when empty).  Lists of
    names join with "; ", other structures are compact JSON, booleans true/false, null empty."""
    columns = [f.name for f in dataclasses.fields(record_type)]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for batch in _batches(records):
        rows = (record_dict(_record(r)) for r in batch)
        writer.writerows([_csv_cell(row.get(c)) for c in columns] for row in rows)
        n += len(batch)
    sys.stdout.flush()
    return n


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


# -- tables ----------------------------------------------------------------------------------

Column = tuple[str, Callable[[Any], str], dict[str, Any]]
_WIDE = {"overflow": "fold"}  # the text column
_NARROW = {"overflow": "fold", "max_width": 20}
_ID = {"overflow": "fold", "max_width": 14}
_PATH = {"overflow": "fold", "max_width": 30}
OPTIONAL = {"When", "Article", "Path", "Source", "Roles"}  # left out below FULL_WIDTH columns
FULL_WIDTH = 110  # a terminal this wide shows every column
BLOCK_WIDTH = 60  # below this, records print as "Field: value" blocks instead of a table


def _names(values: Sequence[str]) -> str:
    return ", ".join(values)


def _role(role: Any) -> str:
    """A lexicon role as "leader, North Korea (2011-12-17–)"."""
    if not isinstance(role, dict):
        return str(role)
    if not role.get("title"):
        return " ".join(str(v) for v in role.values() if v not in (None, ""))
    head = ", ".join(str(role[k]) for k in ("title", "country", "organization") if role.get(k))
    if role.get("start") or role.get("end"):
        head += f" ({role.get('start') or ''}–{role.get('end') or ''})"
    return head


TABLE_COLUMNS: dict[str, list[Column]] = {
    "events": [
        ("Date", lambda e: e.date or "undated", {"no_wrap": True}),
        ("When", lambda e: e.date_text, _NARROW),
        ("Actors", lambda e: _names(e.actors), _NARROW),
        ("Sentence", lambda e: e.sentence + (" [caption]" if e.in_caption else ""), _WIDE),
        ("Article", lambda e: e.article, _ID),
    ],
    "quotes": [
        ("Speaker", lambda q: q.speaker, _NARROW),
        ("Kind", lambda q: q.kind, {"no_wrap": True}),
        ("Quote", lambda q: q.text, _WIDE),
        ("Date", lambda q: q.date or "", _NARROW),
        ("Article", lambda q: q.article, _ID),
    ],
    "actors": [
        ("Name", lambda a: a.name, _NARROW),
        ("Type", lambda a: a.type, _NARROW),
        ("Aliases", lambda a: _names(a.aliases), _NARROW),
        ("Roles", lambda a: "; ".join(_role(r) for r in a.roles), _NARROW),
        ("Mentions", lambda a: str(a.mentions), {"justify": "right"}),
        ("Articles", lambda a: str(len(a.articles)), {"justify": "right"}),
    ],
    "articles": [
        ("ID", lambda a: a.id, _ID),
        ("Title", lambda a: a.title or "", _WIDE),
        ("Source", lambda a: a.source or "", _NARROW),
        ("Published", lambda a: a.published.isoformat() if a.published else "", _NARROW),
        ("Events", lambda a: str(a.events), {"justify": "right"}),
        ("Quotes", lambda a: str(a.quotes), {"justify": "right"}),
        ("Path", lambda a: a.path or "", _PATH),
    ],
}


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(
        file=sys.stderr if stderr else sys.stdout,
        highlight=False,
        markup=False,
        emoji=False,
    )


def _fit(columns: Sequence[Column], width: int) -> list[Column]:
    """The columns a terminal ``width`` wide has room for."""
    return [c for c in columns if width >= FULL_WIDTH or c[0] not in OPTIONAL]


def _table(columns: Sequence[Column], title: str | None = None) -> Any:
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for header, _, opts in columns:
        table.add_column(header, **opts)
    return table


def _row(columns: Sequence[Column], record: Any) -> list[Any]:
    from rich.text import Text

    return [Text(get(record)) for _, get, _ in columns]


def write_table(records: Sequence[Any], kind: str) -> None:
    """A Rich table of ``records``; a one-line note on stderr when there are none."""
    if not records:
        note(f"no {kind} found")
        return
    console = _console()
    if console.width < BLOCK_WIDTH:
        return _write_blocks(console, TABLE_COLUMNS[kind], records)
    columns = _fit(TABLE_COLUMNS[kind], console.width)
    table = _table(columns)
    for record in records:
        table.add_row(*_row(columns, record))
    console.print(table)


def _write_blocks(console: Any, columns: Sequence[Column], records: Sequence[Any]) -> None:
    """Records as "Field: value" blocks, for terminals too narrow for a table."""
    from rich.text import Text

    for i, record in enumerate(records):
        if i:
            console.print()
        for header, get, _ in columns:
            # Text(..., style=) would style the whole line: only the label is bold
            console.print(Text.assemble((f"{header}: ", "bold"), get(record)))


def write_timeline_table(found: Sequence[Event]) -> None:
    """Timeline events as a table, one section per year and month ("2014-03"), undated last."""
    if not found:
        note("no events found")
        return
    console = _console()
    if console.width < BLOCK_WIDTH:
        return _write_blocks(console, TABLE_COLUMNS["events"], found)
    # The date text ("When") is left out: it is in the sentence, and the period takes its room.
    columns: list[Column] = [("Period", lambda e: "", {"no_wrap": True})]
    columns += [c for c in _fit(TABLE_COLUMNS["events"], console.width) if c[0] != "When"]
    table = _table(columns)
    current = None
    for event in found:
        label = period(event)
        cells = _row(columns, event)
        if label != current:
            if current is not None:
                table.add_section()
            cells[0].append(label)
            current = label
        table.add_row(*cells)
    console.print(table)


def write_actor_articles(found: Sequence[Actor], articles: Sequence[ArticleRow]) -> None:
    """``nkjp actors QUERY`` as tables: each actor, then the articles that mention it."""
    from rich.text import Text

    console = _console()
    by_id = {a.id: a for a in articles}
    for actor in found:
        table = _table(TABLE_COLUMNS["actors"])
        table.add_row(*_row(TABLE_COLUMNS["actors"], actor))
        console.print(table)
        mentions = _table(TABLE_COLUMNS["articles"][:4])
        for aid in actor.articles:
            if aid in by_id:
                mentions.add_row(*_row(TABLE_COLUMNS["articles"][:4], by_id[aid]))
        console.print(Text(f"Articles that mention {actor.name}:"))
        console.print(mentions)


# -- nkjp show -------------------------------------------------------------------------------


def marked_text(parsed: ParsedArticle) -> str:
    """The article text with quotes in «guillemets» and time expressions in [brackets]."""
    text = parsed.article.text
    inserts: list[tuple[int, int, int, str]] = []  # (offset, closes-first, -length, marker)
    for q in parsed.quotes:
        inserts += _marks(q.span[0], q.span[1], QUOTE_MARKS)
    for t in parsed.times:
        inserts += _marks(t.start, t.end, TIME_MARKS)
    inserts.sort(key=lambda m: m[:3])
    out, pos = [], 0
    for offset, _, _, marker in inserts:
        out.append(text[pos:offset])
        out.append(marker)
        pos = offset
    out.append(text[pos:])
    return "".join(out)


def _marks(start: int, end: int, marks: tuple[str, str]) -> list[tuple[int, int, int, str]]:
    # At one offset closing marks come first, and the longer span opens first (outermost).
    return [(start, 1, -(end - start), marks[0]), (end, 0, end - start, marks[1])]


def show_article(parsed: ParsedArticle, styled: bool) -> None:
    """The article, its quotes and time expressions highlighted, then its records.

    ``styled``: Rich colours (a terminal); otherwise plain text with «quote» and [date] marks.
    """
    a = parsed.article
    head = [a.title or a.id, " · ".join(x for x in (a.source, _iso(a.published), a.id) if x)]
    if not styled:
        out = sys.stdout
        out.write("\n".join(head) + "\n\n" + marked_text(parsed).rstrip() + "\n")
        out.write(f"\nEvents ({len(parsed.events)}):\n")
        for e in parsed.events:
            out.write(f"  {e.date or 'undated'}  [{e.date_text}]  {_names(e.actors)}: {e.action}\n")
        out.write(f"\nQuotes ({len(parsed.quotes)}):\n")
        for q in parsed.quotes:
            out.write(f"  {q.speaker} ({q.kind}): «{q.text}»\n")
        out.flush()
        return
    from rich.text import Text

    console = _console()
    body = Text(a.text.rstrip())
    for q in parsed.quotes:
        body.stylize("italic green", q.span[0], q.span[1])
    for t in parsed.times:
        body.stylize("bold cyan", t.start, t.end)
    console.print(Text(head[0], style="bold"))
    console.print(Text(head[1], style="dim"))
    console.print()
    console.print(body)
    console.print()
    for kind, records in (("events", parsed.events), ("quotes", parsed.quotes)):
        if records:
            write_table(records, kind)


def _iso(value: Any) -> str:
    return value.isoformat() if value else ""


def show_json(d: Digest, text: str) -> None:
    """``nkjp show --format json``: one object, the record shapes of the other commands:
    ``article`` (as ``nkjp articles`` gives it), ``text``, ``events`` and ``quotes`` (as
    ``nkjp events`` / ``nkjp quotes`` give them, in the same order).  Written with ``json``
    straight to stdout, never through Rich."""
    doc = {
        "article": record_dict(d.row),
        "text": text,
        "events": [json.loads(row[E_JSON]) for row in d.events],
        "quotes": [json.loads(row[Q_JSON]) for row in d.quotes],
    }
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


# -- progress on stderr ----------------------------------------------------------------------


def progress_fits(fmt: str) -> bool:
    """A progress bar only on a terminal's stderr, and not while records stream to the same
    terminal (a table prints after parsing ends; json/jsonl/csv to a pipe or file are fine)."""
    return _isatty(sys.stderr) and (fmt == "table" or not _isatty(sys.stdout))


PROGRESS_AFTER_S = 0.5  # the bar appears only when parsing takes longer than this


@contextmanager
def progress(total: int | None, description: str = "parsing") -> Iterator[Callable[[int], None]]:
    """A transient Rich progress bar on stderr; yields ``advance(n)``.  It never touches
    stdout (no redirection), so the data stays out of Rich.  The bar (and Rich) is only
    started once PROGRESS_AFTER_S have passed: a small or cached corpus shows nothing."""
    if not _isatty(sys.stderr):
        yield lambda n: None
        return
    import time

    started = time.monotonic()
    done = 0
    state: dict[str, Any] = {}

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if "bar" not in state:
            if time.monotonic() - started < PROGRESS_AFTER_S:
                return
            from rich.progress import Progress

            bar = state["bar"] = Progress(
                console=_console(stderr=True),
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            bar.start()
            state["task"] = bar.add_task(description, total=total, completed=done)
            return
        state["bar"].advance(state["task"], n)

    try:
        yield advance
    finally:
        if "bar" in state:
            state["bar"].stop()
