"""The option tables of the ``nkjp`` command, as plain data: the choices of --format and
--kind, each option's names, metavar, bounds and help, and each command's examples.

nkjp/cli.py turns these into Typer options and epilogs (it alone imports typer), so its
commands read as what they do.  Cheap to import: ``nkjp --version`` loads it too.
"""

from __future__ import annotations

import os
from enum import Enum
from typing import Any


class Format(str, Enum):
    """--format of the listings (events, quotes, timeline, actors, articles)."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ShowFormat(str, Enum):
    """--format of `nkjp show`."""

    text = "text"
    json = "json"


class Kind(str, Enum):
    """--kind of `nkjp quotes`."""

    direct = "direct"
    partial = "partial"
    indirect = "indirect"


# More processes than this bring nothing and can exhaust the machine ("--jobs 100000").
JOBS_MAX = max(64, 2 * (os.cpu_count() or 1))
_NAME_HELP = "name, alias or name part, typos tolerated (repeatable: any of them)."

# Each option (or, without "decls", argument) by the name cli.py asks for it: the keyword
# arguments of typer.Option / typer.Argument, plus "decls" (its flags) and "text" (a value that
# may not be blank: "--actor ''" would match nothing, or everything, without saying so).
OPTIONS: dict[str, dict[str, Any]] = {
    "corpus": {
        "decls": ("--corpus", "-c"),
        "metavar": "PATH",
        "text": True,
        "help": "Article file or directory (repeatable; '-' reads stdin). Default: "
        "$NKJP_CORPUS, else the bundled seed articles.",
    },
    "format": {
        "decls": ("--format", "-f"),
        "help": "Output format [default: table on a terminal, else jsonl].",
    },
    "limit": {"decls": ("--limit", "-n"), "min": 0, "metavar": "N", "help": "At most N records."},
    "no_cache": {
        "decls": ("--no-cache",),
        "help": "Parse every article afresh; neither read nor write the cache.",
    },
    "jobs": {
        "decls": ("--jobs", "-j"),
        "min": 1,
        "max": JOBS_MAX,
        "metavar": "N",
        "help": "Processes for parsing large corpora [default: cores].",
    },
    "actor": {
        "decls": ("--actor", "-a"),
        "metavar": "NAME",
        "text": True,
        "help": f"Involving this actor: {_NAME_HELP}",
    },
    "source": {
        "decls": ("--source", "-s"),
        "metavar": "NAME",
        "text": True,
        "help": f"Said by this speaker: {_NAME_HELP}",
    },
    "since": {
        "decls": ("--since",),
        "metavar": "DATE",
        "help": "On or after DATE: 2014, 'March 2014', 2014-03-03, '2 years ago'.",
    },
    "until": {
        "decls": ("--until",),
        "metavar": "DATE",
        "help": "On or before DATE (--until 2014 includes all of 2014).",
    },
    "keyword": {
        "decls": ("--keyword", "-k"),
        "metavar": "WORD",
        "text": True,
        "help": "Whole word in the sentence, any case (repeatable: all must match).",
    },
    "article": {
        "decls": ("--article",),
        "metavar": "ID",
        "text": True,
        "help": "Only this article.",
    },
    "kind": {"decls": ("--kind",), "help": "direct, partial or indirect."},
    "actor_query": {
        "metavar": "[QUERY]",
        "text": True,
        "help": "One actor (name, alias or name part) and the articles that mention it.",
    },
    "all": {
        "decls": ("--all",),
        "help": "Also list unnamed references: descriptions such as 'three officials', "
        "'the teenager' or 'police', and whom only a pronoun or an event refers to.",
    },
    "show_article": {
        "metavar": "ARTICLE",
        "text": True,
        "help": "Article id (see `nkjp articles`).",
    },
    "show_format": {
        "decls": ("--format", "-f"),
        "help": "text (highlighted on a terminal; «quote» and [date] marks otherwise) or json "
        "(one object: article, text, and its events and quotes as `nkjp events` and "
        "`nkjp quotes` give them).",
    },
}

ROOT_HELP = (
    "Dated events and attributed quotes from news about Japan, North Korea and their neighbours."
)
EXIT_CODES = (
    "Exit codes: 0 success; 1 nothing to read or no match (no article found, no actor matching "
    "--actor/--source, an unknown article id); 2 a usage error (a bad option or value, a missing "
    "path); 130 interrupted."
)

# Each command's examples, shown under its --help ("nkjp" is the root's).
EXAMPLES: dict[str, tuple[str, ...]] = {
    "nkjp": (
        "nkjp events --actor Kim",
        "nkjp quotes --source Kishida --format json | jq '.[].text'",
        "nkjp timeline --since 2014 --until 2015",
        "nkjp articles --corpus ~/news",
    ),
    "events": (
        "nkjp events --actor Kim",
        "nkjp events --since 2014-03-01 --until 2014-03-31",
        "nkjp events --actor Kishida --keyword summit --format json",
        "nkjp events --corpus news/ | jq -r .date",
    ),
    "quotes": (
        "nkjp quotes --source Kishida",
        "nkjp quotes --kind direct --keyword missile",
        "nkjp quotes --format csv > quotes.csv",
        "nkjp quotes --format jsonl | jq -r '.speaker + \": \" + .text'",
    ),
    "timeline": (
        "nkjp timeline",
        "nkjp timeline --actor 'North Korea' --since 2010",
        "nkjp timeline --format json | jq '.[] | [.date, .action]'",
    ),
    "actors": (
        "nkjp actors",
        "nkjp actors Kim",
        "nkjp actors --all --format csv > actors.csv",
        "nkjp actors --format json | jq '.[] | select(.type == \"person\") | .name'",
    ),
    "articles": (
        "nkjp articles",
        "nkjp articles --corpus news/ --format csv > articles.csv",
        "nkjp articles --format jsonl | jq -r .id",
    ),
    "show": (
        "nkjp show 002_4c84cae7e1c89762",
        "nkjp show my-article --corpus news/ | less",
        "nkjp show my-article --format json | jq '.quotes[].text'",
    ),
    "cache clear": ("nkjp cache clear", "XDG_CACHE_HOME=/tmp/c nkjp cache clear"),
}


def epilog(command: str, *more: str) -> str:
    """The text under a command's --help: its examples (kept as written: the "\\b" tells click
    not to rewrap them), then ``more`` paragraphs."""
    lines = "".join(f"\n  {line}" for line in EXAMPLES[command])
    return "\n\n".join((f"\b\nExamples:{lines}", *more))
