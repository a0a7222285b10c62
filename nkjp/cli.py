"""The ``nkjp`` command: Typer commands, each options -> query -> render -> exit code.

The only importer of typer; the options' names, help texts and examples are data in
:mod:`nkjp.cli_options`.  Exceptions become exit codes in one place (:func:`exit_code`,
called by :meth:`NkjpGroup.invoke` and, for what happens outside a command, :func:`main`);
``--traceback`` shows the full story.  The clock is read here and only here, for user-typed
relative dates ("--since '2 years ago'").  Everything but typer is imported inside the
commands, so ``nkjp --version`` and ``nkjp --help`` cost little more than importing typer.
"""

from __future__ import annotations

import os
import sys
import traceback
from contextvars import ContextVar
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from nkjp import __version__
from nkjp.cli_options import EXIT_CODES, OPTIONS, ROOT_HELP, Format, Kind, ShowFormat, epilog
from nkjp.errors import ExitCode, NkjpError

if TYPE_CHECKING:
    from nkjp import parallel, query

_TRACEBACK: ContextVar[bool] = ContextVar("nkjp_traceback", default=False)  # --traceback
# Typer's click usage error: of its own copy of click (typer._click) in recent typers, of the
# click package in older ones.
_USAGE_ERROR: type[Exception] = sys.modules[typer.BadParameter.__module__].UsageError


def exit_code(err: BaseException, show_traceback: bool) -> int:
    """The one map from an exception to an exit code; writes its one-line message to stderr
    (and, with ``--traceback``, the traceback first).  Usage errors (exit 2) go through
    :func:`usage_error` instead."""
    if isinstance(err, BrokenPipeError):
        _silence_stdout()  # the reader (`| head -1`) has what it wanted: end quietly
        return ExitCode.OK
    if show_traceback:
        traceback.print_exception(err)
    if isinstance(err, NkjpError):
        _note(f"nkjp: error: {err}")
        return err.exit_code
    if isinstance(err, KeyboardInterrupt):
        _note("nkjp: interrupted")
        return ExitCode.INTERRUPTED
    if not show_traceback:
        _note(
            f"nkjp: internal error: {type(err).__name__}: {err} "
            "(rerun with --traceback for the details, and please report it)"
        )
    return ExitCode.ERROR


def _note(message: str) -> None:
    from nkjp import render

    render.note(message)


def usage_error(err: Any, ctx: Any = None) -> int:
    """A usage error (exit 2) as one line naming the value and what is wrong, and where to read
    more: "nkjp: error: invalid value for '--format' / '-f': 'xml' is not one of 'table',
    'json', 'jsonl', 'csv' (see `nkjp events --help`)".  ``ctx`` is the context the error
    arose under when the error does not carry one: click raises "option '-f' requires an
    argument" without it, so the command being started (``invoked_subcommand``) names it."""
    message = err.format_message().strip().rstrip(".")
    names = []
    if err.ctx is None and ctx is not None and ctx.invoked_subcommand:
        names.append(ctx.invoked_subcommand)  # `nkjp events -f`: see `nkjp events --help`
    ctx = err.ctx or ctx
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    command = " ".join(["nkjp", *reversed(names)])
    _note(f"nkjp: error: {message[:1].lower()}{message[1:]} (see `{command} --help`)")
    return ExitCode.USAGE


class NkjpGroup(TyperGroup):
    """The root command: every exception a command raises becomes an exit code, and usage
    errors one line each (:func:`usage_error`)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except _USAGE_ERROR as err:  # `nkjp --bogus`
            raise _one_line(err, ctx) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except _USAGE_ERROR as err:  # a command's options and arguments
            raise _one_line(err, ctx) from None
        except Exception as err:
            if type(err).__module__.split(".")[0] in ("typer", "click"):
                raise  # Typer's other exceptions: Typer reports them
            code = exit_code(err, bool(ctx.params.get("traceback")))
        except KeyboardInterrupt as err:
            code = exit_code(err, bool(ctx.params.get("traceback")))
        raise typer.Exit(int(code))


def _one_line(err: Any, ctx: Any) -> BaseException:
    """What to raise for a usage error: the exit after its one-line message, or the error
    itself when it asks for the help (a bare `nkjp`, `nkjp cache`)."""
    if type(err).__name__ == "NoArgsIsHelpError":
        return err
    return typer.Exit(usage_error(err, ctx))


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


app = typer.Typer(
    cls=NkjpGroup,
    help=ROOT_HELP,
    epilog=epilog("nkjp", EXIT_CODES),
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
)
cache_app = typer.Typer(
    help="Manage the cache of parsed articles.", rich_markup_mode=None, no_args_is_help=True
)
app.add_typer(cache_app, name="cache")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"nkjp {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    traceback: Annotated[
        bool, typer.Option("--traceback", help="Show the full traceback of an error.")
    ] = False,
) -> None:
    """Dated events and attributed quotes from news about Japan, North Korea and their
    neighbours.  Data goes to stdout (a table on a terminal, JSON lines otherwise), warnings
    to stderr."""
    _TRACEBACK.set(traceback)


# -- shared options --------------------------------------------------------------------------


def _not_blank(value: Any) -> Any:
    """Refuse a blank value ("--actor ''", "--corpus ''"): it would match nothing, or every
    record, without saying so."""
    for v in value if isinstance(value, list) else [value]:
        if v is not None and not v.strip():
            raise typer.BadParameter(f"{v!r} is blank")
    return value


def _option(name: str) -> Any:
    """The option (or argument) ``name`` of :data:`nkjp.cli_options.OPTIONS`."""
    spec = dict(OPTIONS[name])
    decls = spec.pop("decls", ())
    if spec.pop("text", False):
        spec["callback"] = _not_blank
    make = typer.Option if decls else typer.Argument
    return make(*decls, **spec)


CorpusOpt = Annotated[list[str] | None, _option("corpus")]
FormatOpt = Annotated[Format | None, _option("format")]
LimitOpt = Annotated[int | None, _option("limit")]
NoCacheOpt = Annotated[bool, _option("no_cache")]
JobsOpt = Annotated[int | None, _option("jobs")]
ActorOpt = Annotated[list[str] | None, _option("actor")]
SourceOpt = Annotated[list[str] | None, _option("source")]
SinceOpt = Annotated[str | None, _option("since")]
UntilOpt = Annotated[str | None, _option("until")]
KeywordOpt = Annotated[list[str] | None, _option("keyword")]
ArticleOpt = Annotated[str | None, _option("article")]


def _load(
    corpus: list[str] | None, no_cache: bool, jobs: int | None, fmt: str, **kw: Any
) -> parallel.Loaded:
    from nkjp import corpus as reader
    from nkjp import parallel, render

    if not corpus:
        corpus = reader.default_corpus_paths()
        reader.check_paths(corpus, reader.CORPUS_VARIABLE)  # a stale $NKJP_CORPUS: say so
    return parallel.load(
        corpus,
        stdin=sys.stdin,
        today=date.today(),
        jobs=jobs,
        use_cache=not no_cache,
        warn=render.note,
        progress=render.progress if render.progress_fits(fmt) else None,
        debug=_TRACEBACK.get(),
        **kw,
    )


def _resolve(loaded: parallel.Loaded, filters: query.Filters, fmt: str, kind: str) -> Any:
    """The parsed articles and the --actor/--source match (None without one).

    Matching needs every name in the corpus, so then the articles are held in memory; without
    it they stream.  On no match the empty result is printed before the error.
    """
    from nkjp import query, render

    if not filters.actors:
        return loaded.parsed, None
    parsed = list(loaded.parsed)
    try:
        match = query.match_names(filters.actors, query.corpus_names(parsed))
    except query.NoActorMatchError:
        render.emit([], fmt, kind)
        raise
    _note_ambiguous(match)
    return parsed, match


def _note_ambiguous(match: query.ActorMatch) -> None:
    for q, names in match.ambiguous():
        _note(f"nkjp: {q!r} matches {', '.join(names)}")


def _fmt(format: Format | None) -> str:
    from nkjp import render

    return format.value if format else render.default_format()


# -- commands --------------------------------------------------------------------------------


@app.command(epilog=epilog("events"))
def events(
    actor: ActorOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    keyword: KeywordOpt = None,
    article: ArticleOpt = None,
    corpus: CorpusOpt = None,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """List dated events (what happened, when, who), in article order."""
    from nkjp import query, render

    fmt = _fmt(format)
    filters = query.filters(actor, since, until, keyword, article, today=date.today())
    parsed, match = _resolve(_load(corpus, no_cache, jobs, fmt), filters, fmt, "events")
    render.emit(query.events(parsed, filters, match), fmt, "events", limit)


@app.command(epilog=epilog("quotes"))
def quotes(
    source: SourceOpt = None,
    kind: Annotated[Kind | None, _option("kind")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    keyword: KeywordOpt = None,
    article: ArticleOpt = None,
    corpus: CorpusOpt = None,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """List attributed quotes (direct, partial, indirect) with their speakers."""
    from nkjp import query, render

    fmt, kind_ = _fmt(format), kind and kind.value
    filters = query.filters(source, since, until, keyword, article, kind_, today=date.today())
    parsed, match = _resolve(_load(corpus, no_cache, jobs, fmt), filters, fmt, "quotes")
    render.emit(query.quotes(parsed, filters, match), fmt, "quotes", limit)


@app.command(epilog=epilog("timeline"))
def timeline(
    actor: ActorOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    keyword: KeywordOpt = None,
    article: ArticleOpt = None,
    corpus: CorpusOpt = None,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Events from every article in date order, grouped by year and month; undated last."""
    from nkjp import query, render

    fmt = _fmt(format)
    filters = query.filters(actor, since, until, keyword, article, today=date.today())
    parsed, match = _resolve(_load(corpus, no_cache, jobs, fmt), filters, fmt, "timeline")
    found = query.timeline(query.events(parsed, filters, match))
    render.emit(found, fmt, "timeline", limit)


@app.command(epilog=epilog("actors"))
def actors(
    name: Annotated[str | None, _option("actor_query")] = None,
    all_: Annotated[bool, _option("all")] = False,
    corpus: CorpusOpt = None,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """List the named actors of the corpus (people, organizations, countries, places, and
    groups named by nationality such as 'Chinese fishermen'): type, aliases, roles, mentions,
    articles."""
    from nkjp import query, render

    fmt = _fmt(format)
    parsed = list(_load(corpus, no_cache, jobs, fmt).parsed)
    if name is None:
        render.emit(query.aggregate_actors(parsed, unnamed=all_), fmt, "actors", limit)
        return
    try:
        found, match = query.find_actors(parsed, name, unnamed=all_)
    except query.NoActorMatchError:
        render.emit([], fmt, "actors")
        raise
    _note_ambiguous(match)
    if fmt == "table":
        found = found[:limit] if limit is not None else found
        render.write_actor_articles(found, list(query.article_rows(parsed)))
    else:
        render.emit(found, fmt, "actors", limit)


@app.command(epilog=epilog("articles"))
def articles(
    corpus: CorpusOpt = None,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """List the articles read: id, title, source, published, path, event and quote counts."""
    from nkjp import query, render

    fmt = _fmt(format)
    loaded = _load(corpus, no_cache, jobs, fmt)
    rows = list(query.article_rows(loaded.parsed))  # all read, so the file counts are final
    render.emit(rows, fmt, "articles", limit)
    render.note_files_read(len(rows), loaded.stats.files_seen, loaded.stats.files_skipped)


@app.command(epilog=epilog("show"))
def show(
    article: Annotated[str, _option("show_article")],
    corpus: CorpusOpt = None,
    format: Annotated[ShowFormat | None, _option("show_format")] = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Show an article with its quotes and time expressions highlighted, and its records."""
    from nkjp import query, render
    from nkjp.digest import digest

    loaded = _load(corpus, no_cache, 1, "json", only=article, full=True)
    parsed = query.find_article(loaded.parsed, article)
    if format == ShowFormat.json:
        render.show_json(digest(parsed), parsed.article.text)
    else:
        render.show_article(parsed, styled=render.default_format() == "table")


@cache_app.command("clear", epilog=epilog("cache clear"))
def cache_clear() -> None:
    """Delete every cached parse ($XDG_CACHE_HOME/nkjp, else ~/.cache/nkjp)."""
    from nkjp.cache import ParseCache

    cache = ParseCache()
    n_articles, n_files = cache.clear()
    _note(f"removed {n_articles} cached articles and {n_files} cached files from {cache.root}")


def main() -> None:
    """Console-script entry point: runs the app; what escapes it (Ctrl-C between commands, a
    closed pipe at the final flush) goes through the same :func:`exit_code`."""
    try:
        app()
    except SystemExit as done:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
        raise done from None
    except (KeyboardInterrupt, BrokenPipeError) as err:
        sys.exit(int(exit_code(err, _TRACEBACK.get())))
