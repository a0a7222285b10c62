"""Score nkjp against gold-annotated articles (the format of ../shared/dev-corpus).

    python benchmarks/accuracy.py [CORPUS_DIR] [--misses] [--json]

How records are matched (as the corpus README prescribes, so figures compare across tools):

Quotes
  A predicted quote matches a gold quote of the same article when one text contains the other
  (after lower-casing, folding curly quotes and dropping punctuation) or their token F1 is at
  least 0.6.  Pairs are taken greedily, best overlap first (containment, then token F1), one to
  one.  The speaker is right when the names agree: rapidfuzz token_set_ratio >= 85 for a named
  gold speaker, except that two names each holding a token the other lacks ("Kim Jong Il" vs
  "Kim Jong Un") never agree; >= 70 for an unnamed description.  End-to-end F1 counts only a
  match with the right speaker as a true positive.

Events
  A predicted event matches a gold event of the same article when one time expression contains
  the other (lower-cased, whitespace collapsed).  Pairs are taken greedily, best overlap first,
  one to one.  The date is right when both EDTF values cover the same days; a narrower predicted
  date inside the gold one counts only when the expression says early, earlier, mid, late,
  later, end or beginning; for expressions with "week", a week interval and the month holding it
  are both accepted.  End-to-end F1 counts only a match with the right date.  Gold events with
  in_caption true neither reward nor penalise: they and the predictions matched to them are left
  out of every count.

Actors
  Actor recall: the share of gold event actors found (same name test as speakers, 70 for
  descriptions) among the matched predicted event's actors.  Full-name share: of matched quotes
  whose gold speaker is named, the share whose predicted speaker is exactly the gold name
  (case and apostrophes folded).
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nkjp.pipeline import parse_article  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "dev-corpus"
QUOTE_TOKEN_F1 = 0.6
NAMED_THRESHOLD = 85
UNNAMED_THRESHOLD = 70
NARROWING_WORDS = re.compile(r"\b(early|earlier|mid|late|later|end|beginning)\b", re.I)

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": " "})
_PUNCT = re.compile(r"[^\w\s]")
_WS = re.compile(r"\s+")


def norm_text(s: str) -> str:
    s = s.lower().translate(_FOLD)
    s = _PUNCT.sub(" ", s)
    return _WS.sub(" ", s).strip()


def norm_time(s: str) -> str:
    return _WS.sub(" ", s.lower().translate(_FOLD)).strip()


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(a.split()), Counter(b.split())
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def same_name(pred: str | None, gold: str, named: bool) -> bool:
    if not pred:
        return False
    a, b = norm_text(pred), norm_text(gold)
    if named:
        ta, tb = set(a.split()), set(b.split())
        if ta - tb and tb - ta:  # "kim jong il" vs "kim jong un": each has its own token
            return False
        return fuzz.token_set_ratio(a, b) >= NAMED_THRESHOLD
    return fuzz.token_set_ratio(a, b) >= UNNAMED_THRESHOLD


def fold_name(s: str) -> str:
    return _WS.sub(" ", s.lower().translate(_FOLD)).strip()


# -- EDTF --------------------------------------------------------------------------------------

_SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}  # winter runs into next year


def edtf_bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day an EDTF value covers; None when it is not one we read."""
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        lo, hi = edtf_bounds(a), edtf_bounds(b)
        if lo is None or hi is None:
            return None
        return lo[0], hi[1]
    m = re.fullmatch(r"(\d{2,3})(X{1,2})", value)
    if m:
        width = 10 ** len(m.group(2))
        first = int(m.group(1)) * width
        return date(first, 1, 1), date(first + width - 1, 12, 31)
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    y = int(m.group(1))
    try:
        if m.group(3):
            d = date(y, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            if mo in _SEASONS:
                first, last = _SEASONS[mo]
                ly, lm = (y + 1, last - 12) if last > 12 else (y, last)
                return date(y, first, 1), date(ly, lm, calendar.monthrange(ly, lm)[1])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None


def date_right(pred: str | None, gold: str, time_text: str) -> bool:
    p, g = edtf_bounds(pred), edtf_bounds(gold)
    if p is None or g is None:
        return False
    if p == g:
        return True
    inside = g[0] <= p[0] and p[1] <= g[1]
    if inside and NARROWING_WORDS.search(time_text):
        return True
    if "week" in time_text.lower():
        for small, big in ((p, g), (g, p)):
            one_month = big[0].day == 1 and (big[0].year, big[0].month) == (
                big[1].year,
                big[1].month,
            )
            if one_month and big[0] <= small[0] and small[1] <= big[1]:
                return True
    return False


# -- scoring -----------------------------------------------------------------------------------


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Scores:
    quote_found: Tally = field(default_factory=Tally)
    quote_e2e: Tally = field(default_factory=Tally)
    quote_kind_pred: Counter = field(default_factory=Counter)  # predicted kind -> count
    quote_kind_gold: Counter = field(default_factory=Counter)
    quote_kind_tp: Counter = field(default_factory=Counter)  # gold kind -> e2e tp
    quote_kind_ptp: Counter = field(default_factory=Counter)  # predicted kind -> e2e tp
    named_speakers: int = 0
    named_full: int = 0
    event_found: Tally = field(default_factory=Tally)
    event_e2e: Tally = field(default_factory=Tally)
    actors_gold: int = 0
    actors_found: int = 0
    misses: list[str] = field(default_factory=list)
    seconds: float = 0.0
    articles: int = 0


def match_quotes(preds: list, golds: list[dict]) -> list[tuple[int, int]]:
    cands = []
    for i, q in enumerate(preds):
        a = norm_text(q.text)
        for j, g in enumerate(golds):
            b = norm_text(g["text"])
            contains = bool(a and b and (a in b or b in a))
            f1 = token_f1(a, b)
            if contains or f1 >= QUOTE_TOKEN_F1:
                cands.append((contains, f1, -i, -j, i, j))
    return _greedy(cands)


def match_events(preds: list, golds: list[dict]) -> list[tuple[int, int]]:
    cands = []
    for i, e in enumerate(preds):
        a = norm_time(e.date_text)
        for j, g in enumerate(golds):
            b = norm_time(g["time_text"])
            if a and b and (a in b or b in a):
                overlap = min(len(a), len(b)) / max(len(a), len(b))
                right = date_right(e.date, g["date"], g["time_text"])
                cands.append((right, overlap, -i, -j, i, j))
    return _greedy(cands)


def _greedy(cands: list[tuple]) -> list[tuple[int, int]]:
    cands.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for *_, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score_article(gold: dict, s: Scores) -> None:
    t0 = time.perf_counter()
    parsed = parse_article(gold["text"], published=gold.get("published"), id=gold["id"])
    s.seconds += time.perf_counter() - t0
    s.articles += 1
    aid = gold["id"]

    preds, golds = list(parsed.quotes), gold["quotes"]
    pairs = match_quotes(preds, golds)
    s.quote_found.tp += len(pairs)
    for t in (s.quote_found, s.quote_e2e):
        t.pred += len(preds)
        t.gold += len(golds)
    for q in preds:
        s.quote_kind_pred[q.kind] += 1
    for g in golds:
        s.quote_kind_gold[g["kind"]] += 1
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        q, g = preds[i], golds[j]
        ok = same_name(q.speaker, g["speaker"], g["named"])
        if ok:
            s.quote_e2e.tp += 1
            s.quote_kind_tp[g["kind"]] += 1
            s.quote_kind_ptp[q.kind] += 1
        else:
            s.misses.append(
                f"{aid} QUOTE-SPEAKER gold={g['speaker']!r} pred={q.speaker!r} "
                f"(as {q.speaker_text!r}) text={g['text'][:60]!r}"
            )
        if g["named"]:
            s.named_speakers += 1
            s.named_full += fold_name(q.speaker or "") == fold_name(g["speaker"])
    for j, g in enumerate(golds):
        if j not in matched_g:
            s.misses.append(
                f"{aid} QUOTE-MISSED [{g['kind']}] {g['speaker']!r}: {g['text'][:90]!r}"
            )
    for i, q in enumerate(preds):
        if i not in matched_p:
            s.misses.append(f"{aid} QUOTE-EXTRA [{q.kind}] {q.speaker!r}: {q.text[:90]!r}")

    preds_e, golds_e = list(parsed.events), gold["events"]
    pairs = match_events(preds_e, golds_e)
    caption_p = {i for i, j in pairs if golds_e[j].get("in_caption")}
    n_pred = len(preds_e) - len(caption_p)
    n_gold = sum(1 for g in golds_e if not g.get("in_caption"))
    for t in (s.event_found, s.event_e2e):
        t.pred += n_pred
        t.gold += n_gold
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        e, g = preds_e[i], golds_e[j]
        if g.get("in_caption"):
            continue
        s.event_found.tp += 1
        if date_right(e.date, g["date"], g["time_text"]):
            s.event_e2e.tp += 1
        else:
            s.misses.append(
                f"{aid} EVENT-DATE {g['time_text']!r}: gold={g['date']} pred={e.date} "
                f"(as {e.date_text!r})"
            )
        for actor in g.get("actors", []):
            s.actors_gold += 1
            named = bool(re.match(r"[A-Z]", actor)) and not actor.lower().startswith(
                ("a ", "an ", "the ")
            )
            if any(same_name(p, actor, named) for p in e.actors):
                s.actors_found += 1
            else:
                s.misses.append(
                    f"{aid} EVENT-ACTOR {g['time_text']!r}: {actor!r} not in {e.actors}"
                )
    for j, g in enumerate(golds_e):
        if j not in matched_g and not g.get("in_caption"):
            s.misses.append(
                f"{aid} EVENT-MISSED {g['time_text']!r} = {g['date']}: {g['what'][:70]}"
            )
    for i, e in enumerate(preds_e):
        if i not in matched_p:
            s.misses.append(f"{aid} EVENT-EXTRA {e.date_text!r} = {e.date}: {e.sentence[:70]!r}")


def score_corpus(directory: Path) -> Scores:
    s = Scores()
    for path in sorted(directory.glob("*.json")):
        score_article(json.loads(path.read_text(encoding="utf-8")), s)
    return s


def report(s: Scores) -> dict:
    def prf(t: Tally) -> dict:
        p, r, f = t.prf()
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), **vars(t)}

    kinds = {}
    for k in ("direct", "partial", "indirect"):
        tp_g, tp_p = s.quote_kind_tp[k], s.quote_kind_ptp[k]
        g, p = s.quote_kind_gold[k], s.quote_kind_pred[k]
        kinds[k] = {
            "precision": round(tp_p / p, 3) if p else 0.0,
            "recall": round(tp_g / g, 3) if g else 0.0,
            "pred": p,
            "gold": g,
        }
    found = s.event_found.tp
    return {
        "articles": s.articles,
        "quotes_found": prf(s.quote_found),
        "quotes_end_to_end": prf(s.quote_e2e),
        "quotes_by_kind_end_to_end": kinds,
        "speaker_full_name_share": round(s.named_full / s.named_speakers, 3)
        if s.named_speakers
        else 0.0,
        "events_found": prf(s.event_found),
        "events_end_to_end": prf(s.event_e2e),
        "date_accuracy_on_matched": round(s.event_e2e.tp / found, 3) if found else 0.0,
        "actor_recall_on_matched": round(s.actors_found / s.actors_gold, 3)
        if s.actors_gold
        else 0.0,
        "parse_ms_per_article": round(1000 * s.seconds / s.articles, 2) if s.articles else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--misses", action="store_true", help="list every miss, grouped by kind")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"accuracy: no corpus directory at {args.corpus}", file=sys.stderr)
        return 2
    s = score_corpus(args.corpus)
    figures = report(s)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for name in ("quotes_found", "quotes_end_to_end", "events_found", "events_end_to_end"):
            t = figures[name]
            print(
                f"{name:20} P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}"
                f"   (tp {t['tp']}, pred {t['pred']}, gold {t['gold']})"
            )
        for k, v in figures["quotes_by_kind_end_to_end"].items():
            print(
                f"  quotes {k:9} P {v['precision']:.3f}  R {v['recall']:.3f}"
                f"   (pred {v['pred']}, gold {v['gold']})"
            )
        for name in (
            "speaker_full_name_share",
            "date_accuracy_on_matched",
            "actor_recall_on_matched",
            "parse_ms_per_article",
        ):
            print(f"{name:26} {figures[name]}")
    if args.misses:
        for line in sorted(s.misses, key=lambda m: (m.split()[1], m)):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
