"""Whether this checkout and another give the very same records: the check for a speed-up.

    python benchmarks/same_output.py DIR [--corpus ../shared/dev-corpus] [--random 600]
                                         [--seed 1]

Both checkouts parse the same texts, each in a fresh process, and every record of every stage
(sentences, time expressions, mentions, events, quotes) is compared as JSON.  The texts are
the corpus articles (read at run time, never copied into the project; the bundled seeds and the
held-out set are added) under their own date, a date 37 and 400 days later, and no date; then
--random texts made from them: sentences shuffled across articles, words shuffled, and
characters replaced by quote marks, punctuation, digits and line breaks.  Prints the number
of texts that differ (with the first few) and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from stages import gold_texts, run_in_checkout, seed_texts  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "dev-corpus"

# Run in a fresh process against the checkout given as argv[1]: texts in on stdin, one JSON
# line of records (or of the error raised) out per text.
_PARSE = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from nkjp.models import as_dict
from nkjp.pipeline import parse_article

for text, published in json.loads(sys.stdin.read()):
    try:
        d = as_dict(parse_article(text, published=published))
        rec = {k: d[k] for k in ("sentences", "times", "mentions", "events", "quotes")}
    except Exception as e:  # a crash is a difference too
        rec = {"error": repr(e)}
    print(json.dumps(rec, sort_keys=True))
"""


def base_texts(corpus: Path) -> list[tuple[str, str]]:
    """(text, published) of the corpus, the held-out set and the seeds."""
    return gold_texts(corpus) + gold_texts(ROOT / "tests" / "heldout") + seed_texts()


def variants(base: list[tuple[str, str]], n_random: int, seed: int) -> list:
    import random
    from datetime import date, timedelta

    rng = random.Random(seed)
    out: list = []
    for text, pub in base:
        day = date.fromisoformat(pub)
        out += [(text, pub), (text, str(day + timedelta(37))), (text, str(day + timedelta(400)))]
        out.append((text, None))
    sentences = [s for t, _ in base for s in t.replace("\n\n", "\n").split(". ") if s.strip()]
    words = [w for s in sentences for w in s.split(" ")]
    for k in range(n_random):
        if k % 3 == 0:
            text = ". ".join(rng.sample(sentences, min(15, len(sentences)))) + "."
        elif k % 3 == 1:
            text = "\n\n".join(
                " ".join(rng.sample(words, min(len(words), rng.randint(5, 40)))) for _ in range(8)
            )
        else:
            chars = list(rng.choice(base)[0])
            for _ in range(30):
                chars[rng.randrange(len(chars))] = rng.choice("\"“”'’ .,;:—-\nAaTt0123456789")
            text = "".join(chars)
        out.append(
            (text, f"20{rng.randint(0, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        )
    return out


def records(root: Path, texts: list) -> list[str]:
    return run_in_checkout(_PARSE, root, texts).splitlines()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("other", type=Path, help="the other nkjp checkout (the code before a change)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--random", type=int, default=600, help="random texts made from the corpus")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    texts = variants(base_texts(args.corpus), args.random, args.seed)
    mine, theirs = records(ROOT, texts), records(args.other.resolve(), texts)
    differ = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    print(f"{len(texts)} texts, {len(differ)} differ" + (f": {differ[:10]}" if differ else ""))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
