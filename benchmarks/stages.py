"""CPU time per article of each pipeline stage, optionally side by side with another checkout.

    python benchmarks/stages.py [--corpus ../shared/dev-corpus] [--rounds 5]
                                [--against DIR]

Each round runs every stage over every text of the corpus (read at run time, never copied into
the project; the bundled seeds where it is absent) in a fresh process and reports CPU
milliseconds per article by stage; the table shows the median over --rounds.  With --against,
rounds alternate between this checkout and DIR (another nkjp checkout: the code before a
change), so both are measured in the same conditions on a shared machine, and the table adds
the speed-up of each stage.  Compare ratios, not absolutes: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "dev-corpus"
STAGES = ("segment", "quotemarks", "dates", "cast", "quotes", "events")

# One round, run in a fresh process against the checkout given as argv[1].
_ROUND = r"""
import json, sys, time
from datetime import date
sys.path.insert(0, sys.argv[1])
from nkjp import actors, dates, events, quotemarks, quotes, segment
from nkjp.models import Article

texts = json.loads(sys.stdin.read())
totals = [0.0] * 6
clock = time.process_time
for rep in range(3):
    for text, published in texts:
        article = Article("a", text, published=date.fromisoformat(published))
        t0 = clock()
        sentences = segment.segment(text)
        t1 = clock()
        quoted = quotemarks.find_quoted(text, sentences)
        t2 = clock()
        times = dates.find_times(text, sentences, article.published, quoted)
        t3 = clock()
        cast = actors.read_cast(text, sentences, article.published, quoted)
        t4 = clock()
        quotes.extract_quotes(article, sentences, quoted, times, cast)
        t5 = clock()
        events.extract_events(article, sentences, times, cast)
        t6 = clock()
        if rep:  # the first pass warms caches and compiled patterns
            for i, spent in enumerate((t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)):
                totals[i] += spent
print(json.dumps([1000 * t / (2 * len(texts)) for t in totals]))
"""


def gold_texts(folder: Path) -> list[tuple[str, str]]:
    """(text, published ISO date) of every article of a gold-annotated corpus folder."""
    out = []
    for p in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        d = json.loads(p.read_text(encoding="utf-8"))
        out.append((d["text"], d["published"][:10]))
    return out


def seed_texts() -> list[tuple[str, str]]:
    """(text, published ISO date) of the bundled seeds."""
    out = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        _, meta, body = p.read_text(encoding="utf-8").split("---\n", 2)
        fields = dict(ln.split(": ", 1) for ln in meta.splitlines() if ": " in ln)
        out.append((body, fields["published"][:10]))
    return out


def run_in_checkout(script: str, root: Path, payload: object) -> str:
    """What ``script`` prints, run in a fresh process with the nkjp checkout ``root`` as
    argv[1] and ``payload`` as JSON on its standard input."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(root)],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def one_round(root: Path, texts: list[tuple[str, str]]) -> list[float]:
    return json.loads(run_in_checkout(_ROUND, root, texts))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--against", type=Path, help="another nkjp checkout, timed alternately")
    args = ap.parse_args()
    texts = gold_texts(args.corpus) or seed_texts()
    roots = [ROOT] + ([args.against.resolve()] if args.against else [])
    runs: dict[Path, list[list[float]]] = {r: [] for r in roots}
    for _ in range(args.rounds):
        for root in roots:
            runs[root].append(one_round(root, texts))
    med = {r: [statistics.median(run[i] for run in runs[r]) for i in range(6)] for r in roots}
    print(f"{len(texts)} articles, median of {args.rounds} rounds, CPU ms per article")
    if args.against:
        print(f"{'stage':<11}{'against':>9}{'this':>9}{'speed-up':>10}")
        for i, stage in enumerate([*STAGES, "total"]):
            old = sum(med[roots[1]]) if i == 6 else med[roots[1]][i]
            new = sum(med[ROOT]) if i == 6 else med[ROOT][i]
            print(f"{stage:<11}{old:9.3f}{new:9.3f}{old / new:9.2f}x")
    else:
        print(f"{'stage':<11}{'ms':>9}")
        for stage, ms in zip([*STAGES, "total"], [*med[ROOT], sum(med[ROOT])], strict=True):
            print(f"{stage:<11}{ms:9.3f}")


if __name__ == "__main__":
    main()
