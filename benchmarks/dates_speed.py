"""Time nkjp's date stage against dateparser.search.search_dates on the same texts.

    python benchmarks/dates_speed.py [CORPUS_DIR] [--copies N] [--repeat R] [--dateparser-copies M]

Texts are the ``text`` fields of the corpus's *.json articles (default ../shared/dev-corpus
relative to the repository), read at run time and replicated ``--copies`` times.  Each article
is segmented once beforehand (segmentation is not the date stage), then:

  * nkjp: ``find_times(text, sentences, published, quoted)`` per article;
  * dateparser: ``search_dates(text, languages=["en"], settings=<nkjp's pinned settings with
    RELATIVE_BASE = the publication date>)`` per article, on fewer copies (it is slow).

Timed in CPU time (time.process_time), so other processes on the machine do not count.
Reported: median milliseconds per kilobyte of text and per article for each, and the ratio.
dateparser's import and first-call warm-up are excluded from its timings.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nkjp import quotemarks, segment  # noqa: E402
from nkjp.dates import DATEPARSER_LANGUAGES, DATEPARSER_SETTINGS, find_times  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "dev-corpus"


def load(directory: Path) -> list[tuple[str, date | None]]:
    out = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict) and item.get("text"):
                pub = item.get("published") or item.get("date")
                out.append((item["text"], date.fromisoformat(pub) if pub else None))
    return out


def time_nkjp(articles: list[tuple[str, date | None]], repeat: int) -> list[float]:
    """CPU milliseconds per KB of find_times over ``articles``, one figure per pass."""
    prepared = []
    for text, pub in articles:
        sentences = segment.segment(text)
        prepared.append((text, sentences, pub, quotemarks.find_quoted(text, sentences)))
    kb = sum(len(a[0]) for a in prepared) / 1000
    runs = []
    for a in prepared[:5]:
        find_times(*a)  # warm-up: lazily compiled patterns
    for _ in range(repeat):
        t0 = time.process_time()
        for a in prepared:
            find_times(*a)
        runs.append((time.process_time() - t0) * 1000 / kb)
    return runs


def time_dateparser(articles: list[tuple[str, date | None]], repeat: int) -> list[float]:
    """CPU milliseconds per KB of dateparser's search_dates over ``articles``, per pass."""
    from dateparser.search import search_dates

    def settings(pub: date | None) -> dict:
        s = dict(DATEPARSER_SETTINGS)
        if pub:
            s["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
        return s

    prepared = [(text, settings(pub)) for text, pub in articles]
    search_dates(prepared[0][0], languages=DATEPARSER_LANGUAGES, settings=prepared[0][1])
    kb = sum(len(t) for t, _ in prepared) / 1000
    runs = []
    for _ in range(repeat):
        t0 = time.process_time()
        for text, s in prepared:
            search_dates(text, languages=DATEPARSER_LANGUAGES, settings=s)
        runs.append((time.process_time() - t0) * 1000 / kb)
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--copies", type=int, default=20, help="replicate the texts (nkjp)")
    ap.add_argument("--dateparser-copies", type=int, default=1, help="replicate (dateparser)")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"dates_speed: no corpus directory at {args.corpus}", file=sys.stderr)
        return 2
    articles = load(args.corpus)
    if not articles:
        print(f"dates_speed: no articles in {args.corpus}", file=sys.stderr)
        return 1
    kb = sum(len(t) for t, _ in articles) / 1000
    ours = statistics.median(time_nkjp(articles * args.copies, args.repeat))
    theirs = statistics.median(time_dateparser(articles * args.dateparser_copies, args.repeat))
    per_article = kb / len(articles)  # KB in an average article
    print(f"texts: {len(articles)} articles, {kb:.1f} KB ({per_article:.2f} KB an article)")
    print(
        f"nkjp find_times            {ours:8.3f} ms/KB  {ours * per_article:8.3f} ms/article"
        f"  (CPU, median of {args.repeat}, x{args.copies})"
    )
    print(
        f"dateparser search_dates    {theirs:8.3f} ms/KB  {theirs * per_article:8.3f} ms/article"
        f"  (CPU, median of {args.repeat}, x{args.dateparser_copies})"
    )
    print(f"ratio (dateparser / nkjp)  {theirs / ours:8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
