"""Quick check of the actors stage against gold-annotated articles (../shared/dev-corpus).

    python benchmarks/actors_check.py [CORPUS_DIR] [--misses]

Mention recall: for each gold entity (person, organization, country) and each of its written
mentions, whether read_cast found a mention covering that text whose actor agrees with the
entity name.  Speaker check: for each gold quote, every occurrence of a gold entity mention
that names the gold speaker is fed to Cast.speaker; the speaker is right when it equals the gold
name (case and apostrophes folded), as the lead's full-name share counts it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nkjp import actors, quotemarks, segment  # noqa: E402
from nkjp.models import BOILERPLATE, BYLINE  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "dev-corpus"
TYPES = ("person", "organization", "country")


def fold(s: str) -> str:
    return " ".join(s.lower().replace("\u2019", "'").replace("-", " ").split())


def agrees(pred: str, gold: str) -> bool:
    a, b = fold(pred), fold(gold)
    return a == b or set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    found = total = 0
    names_found = names_total = 0
    sp_right = sp_total = 0
    seconds = 0.0
    articles = 0
    misses = []
    for path in sorted(args.corpus.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        articles += 1
        text = g["text"]
        pub = date.fromisoformat(g["published"]) if g.get("published") else None
        sents = segment.segment(text)
        quoted = quotemarks.find_quoted(text, sents)
        t0 = time.perf_counter()
        cast = actors.read_cast(text, sents, pub, quoted)
        seconds += time.perf_counter() - t0
        skip = [(s.start, s.end) for s in sents if s.kind in (BOILERPLATE, BYLINE)]
        for ent in g["entities"]:
            if ent["type"] not in TYPES:
                continue
            names_total += 1
            if any(agrees(m.actor, ent["name"]) for m in cast.mentions):
                names_found += 1
            else:
                misses.append(f"{path.stem} ENTITY {ent['name']!r} ({ent['type']})")
            for form in ent["mentions"]:
                for mm in re.finditer(r"\b" + re.escape(form) + r"(?!\w)", text):
                    if any(s <= mm.start() < e for s, e in skip):
                        continue
                    total += 1
                    hit = [
                        m
                        for m in cast.mentions
                        if m.start <= mm.start() < m.end or mm.start() <= m.start < mm.end()
                    ]
                    if any(agrees(m.actor, ent["name"]) for m in hit):
                        found += 1
                    else:
                        got = [(m.text, m.actor) for m in hit]
                        misses.append(f"{path.stem} MENTION {form!r} -> {ent['name']!r}: {got}")
        for q in g["quotes"]:
            if not q["named"]:
                continue
            ent = next((e for e in g["entities"] if e["name"] == q["speaker"]), None)
            forms = ent["mentions"] if ent else [q["speaker"]]
            for form in forms:
                for mm in re.finditer(r"\b" + re.escape(form) + r"(?!\w)", text):
                    sp_total += 1
                    who = cast.speaker(mm.start(), mm.end())
                    if who is not None and fold(who.name) == fold(q["speaker"]):
                        sp_right += 1
                    else:
                        misses.append(
                            f"{path.stem} SPEAKER {form!r} at {mm.start()} -> "
                            f"{who.name if who else None!r}, gold {q['speaker']!r}"
                        )
    print(
        f"entity recall (any mention agrees) {names_found / names_total:.3f}"
        f"  ({names_found}/{names_total})"
    )
    print(f"mention recall                     {found / total:.3f}  ({found}/{total})")
    print(f"speaker phrases resolved to gold   {sp_right / sp_total:.3f}  ({sp_right}/{sp_total})")
    print(f"read_cast ms/article               {1000 * seconds / max(articles, 1):.3f}")
    if args.misses:
        print("\n".join(sorted(set(misses))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
