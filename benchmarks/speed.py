"""Speed and memory of nkjp, measured side by side in one run.

    python benchmarks/speed.py [--articles 2000] [--query-articles 10000] [--repeat 5]
                               [--corpus ../shared/dev-corpus] [--skip-queries] [--skip-parse]
                               [--warm-repeat 3] [--nkjp-root DIR]

--nkjp-root runs the command-line timings against another checkout of nkjp (to compare a
change with the code before it, in the same run conditions).

Texts: the articles of a gold-annotated corpus directory (read at run time, never copied into
the project) or, where it is absent, the bundled seeds, each replicated with a shifted
publication date so no two copies are the same article.

Reports (medians over --repeat runs; the machine is shared, so compare ratios, not absolutes):
  * articles/s of nkjp's whole parse on one core, and of dateparser.search_dates alone on the same
    texts, with the ratio;
  * articles/s of nkjp's date stage alone;
  * start-up: `nkjp --version`, and a query on the bundled seeds;
  * cold and warm `nkjp events` over a --query-articles corpus written to a temporary folder
    in files of 100 articles (cold: empty cache; warm: the same query again, median of
    --warm-repeat runs; changed: warm after one file gained an article), with the peak
    resident memory of each.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nkjp import dates, segment  # noqa: E402
from nkjp.pipeline import parse_article  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "dev-corpus"


def base_texts(corpus: Path) -> list[tuple[str, date]]:
    """(text, published) pairs from a gold corpus directory, else from the bundled seeds."""
    out = []
    if corpus.is_dir():
        for p in sorted(corpus.glob("*.json")):
            d = json.loads(p.read_text(encoding="utf-8"))
            out.append((d["text"], date.fromisoformat(d["published"])))
    if not out:
        for p in sorted((ROOT / "seeds").glob("*.txt")):
            _, meta, body = p.read_text(encoding="utf-8").split("---\n", 2)
            pub = next(
                v
                for k, _, v in (ln.partition(": ") for ln in meta.splitlines())
                if k == "published"
            )
            out.append((body, date.fromisoformat(pub)))
    return out


def make_corpus(base: list[tuple[str, date]], n: int) -> list[tuple[str, date]]:
    """``n`` articles: the base texts over and over, each copy published a few days later."""
    return [
        (base[i % len(base)][0], base[i % len(base)][1] + timedelta(days=i // len(base)))
        for i in range(n)
    ]


def median_rate(fn, items, repeat: int) -> float:
    """Median items per second of ``fn`` mapped over ``items``."""
    rates = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for it in items:
            fn(it)
        rates.append(len(items) / (time.perf_counter() - t0))
    return statistics.median(rates)


def nkjp_parse(item: tuple[str, date]) -> None:
    parse_article(item[0], published=item[1])


def nkjp_dates(item: tuple[str, date]) -> None:
    text = item[0]
    dates.find_times(text, segment.segment(text), item[1])


def dateparser_search(item: tuple[str, date]) -> None:
    from dateparser.search import search_dates

    search_dates(item[0], languages=["en"], settings={"RELATIVE_BASE": _as_datetime(item[1])})


def _as_datetime(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def run_cmd(args: list[str], env: dict[str, str], repeat: int) -> tuple[float, float]:
    """Median wall seconds of a command, and the peak RSS (MiB) of its children."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(
            args,
            env=env,
            cwd=env.get("PYTHONPATH"),  # `python -m nkjp` looks in the working directory first
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        times.append(time.perf_counter() - t0)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return statistics.median(times), peak


def query_timings(base, n: int, env: dict[str, str], warm_repeat: int = 3) -> dict[str, float]:
    """Cold and warm `nkjp events` over ``n`` articles written to a temporary folder."""
    tmp = Path(tempfile.mkdtemp(prefix="nkjp-speed-"))
    try:
        folder = tmp / "corpus"
        folder.mkdir()
        per_file = 100
        corpus = make_corpus(base, n)
        for k in range(0, n, per_file):
            with open(folder / f"part-{k // per_file:05d}.jsonl", "w", encoding="utf-8") as fh:
                for i, (text, pub) in enumerate(corpus[k : k + per_file], start=k):
                    fh.write(
                        json.dumps({"id": f"a{i}", "published": pub.isoformat(), "text": text})
                        + "\n"
                    )
        env = dict(env, XDG_CACHE_HOME=str(tmp / "cache"))
        cmd = [sys.executable, "-m", "nkjp", "events", "--corpus", str(folder), "--format", "jsonl"]
        cold, cold_peak = run_cmd(cmd, env, 1)
        warm, warm_peak = run_cmd(cmd, env, warm_repeat)
        with open(folder / "part-00000.jsonl", "a", encoding="utf-8") as fh:
            text, pub = corpus[0]
            fh.write(json.dumps({"id": "added", "published": pub.isoformat(), "text": text}) + "\n")
        changed, _ = run_cmd(cmd, env, 1)
        one_job, _ = run_cmd(cmd + ["--no-cache", "--jobs", "1"], env, 1)
        return {
            "articles": n,
            "cold_s": round(cold, 3),
            "warm_s": round(warm, 3),
            "warm_one_file_changed_s": round(changed, 3),
            "no_cache_one_job_s": round(one_job, 3),
            "peak_rss_mib": round(max(cold_peak, warm_peak), 1),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def parse_rates(base: list[tuple[str, date]], n: int, repeat: int) -> dict[str, object]:
    """Articles per second of nkjp's parse, its date stage and dateparser, on ``n`` articles."""
    corpus = make_corpus(base, n)
    kb = sum(len(t.encode("utf-8")) for t, _ in corpus) / len(corpus) / 1024
    nkjp_parse(corpus[0])  # warm imports and compiled patterns
    dateparser_search(corpus[0])
    parse_rate = median_rate(nkjp_parse, corpus, repeat)
    date_rate = median_rate(nkjp_dates, corpus, repeat)
    dp_items = corpus[: max(50, n // 20)]  # dateparser is slow: a slice suffices
    dp_rate = median_rate(dateparser_search, dp_items, max(1, repeat // 2))
    return {
        "mean_kb_per_article": round(kb, 2),
        "nkjp_parse_articles_per_s": round(parse_rate, 1),
        "nkjp_date_stage_articles_per_s": round(date_rate, 1),
        "nkjp_date_stage_ms_per_kb": round(1000 / date_rate / kb, 4),
        "dateparser_search_articles_per_s": round(dp_rate, 1),
        "ratio_parse_vs_dateparser": round(parse_rate / dp_rate, 1),
        "ratio_dates_vs_dateparser": round(date_rate / dp_rate, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--query-articles", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--skip-queries", action="store_true")
    ap.add_argument("--skip-parse", action="store_true", help="only the command-line timings")
    ap.add_argument("--warm-repeat", type=int, default=3)
    ap.add_argument("--nkjp-root", type=Path, default=ROOT)
    args = ap.parse_args(argv)

    base = base_texts(args.corpus)
    figures: dict[str, object] = {"articles": args.articles}
    if not args.skip_parse:
        figures.update(parse_rates(base, args.articles, args.repeat))
    if not args.skip_queries:
        env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(args.nkjp_root.resolve()))
        with tempfile.TemporaryDirectory() as cache:
            env_seeds = dict(env, XDG_CACHE_HOME=cache)
            version, _ = run_cmd(
                [sys.executable, "-m", "nkjp", "--version"], env_seeds, args.repeat
            )
            run_cmd([sys.executable, "-m", "nkjp", "events", "--format", "json"], env_seeds, 1)
            seeds_q, _ = run_cmd(
                [sys.executable, "-m", "nkjp", "events", "--actor", "Kim", "--format", "json"],
                env_seeds,
                args.repeat,
            )
            bare, _ = run_cmd([sys.executable, "-c", "import typer"], env_seeds, args.repeat)
        figures["startup_import_typer_s"] = round(bare, 3)
        figures["startup_version_s"] = round(version, 3)
        figures["seeds_query_s"] = round(seeds_q, 3)
        figures["query"] = query_timings(base, args.query_articles, env, args.warm_repeat)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
