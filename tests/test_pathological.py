"""Pathological text parses in time roughly proportional to its length.

A guard against catastrophic regex backtracking and quadratic scans, not a speed test: each case
fails only when parsing takes orders of magnitude too long (the real figures are measured by
benchmarks/pathological.py).  A case passes outright under ``FLOOR_S``; above it, the full-size
input may take at most ``MAX_RATIO`` times as long as a tenth of it (linear is ~10x, quadratic
~100x).
"""

from __future__ import annotations

import time

import pytest

from nkjp.pipeline import parse_article

FLOOR_S = 5.0
MAX_RATIO = 40.0


def _quote_storm(n: int) -> str:
    # one huge paragraph, thousands of unbalanced and mixed quote marks
    return " ".join(f'He said "word{i} \u201cnested \u2018x' for i in range(n))


def _long_sentence(n: int) -> str:
    # no punctuation at all: 100,000 words in one sentence
    return " ".join(f"word{i % 97} Kim" if i % 50 == 0 else f"word{i % 97}" for i in range(n))


def _many_dates(n: int) -> str:
    # one line of thousands of dates
    return " ".join(
        f"on March {1 + i % 28}, {1990 + i % 30} and in the {1900 + 10 * (i % 9)}s"
        for i in range(n)
    )


_MONTHS = "January February March April May June July August September October November December"


def _dated_deeds(n: int) -> str:
    # one run-on sentence of thousands of dated deeds by one person, a verb in every clause
    months = _MONTHS.split()
    deeds = (
        f"Ahn toured Daegu on {months[i % 12]} {1 + i % 28}, {1960 + i % 60}, and" for i in range(n)
    )
    return " ".join(deeds) + " flew home."


CASES = {
    "quote_storm_1mb": (_quote_storm, 40_000),
    "sentence_100k_words": (_long_sentence, 100_000),
    "line_of_10k_dates": (_many_dates, 10_000),
    "sentence_of_5k_dated_deeds": (_dated_deeds, 5_000),
}


def _seconds(text: str) -> float:
    t0 = time.perf_counter()
    parse_article(text, published="2020-06-15", id="p")
    return time.perf_counter() - t0


def test_line_of_dates_finds_every_date():
    n = 2_000
    parsed = parse_article(_many_dates(n), published="2020-06-15", id="p")
    assert len([t for t in parsed.times if t.value]) >= n


def test_run_on_sentence_still_reads_each_clause():
    # Past a thousand characters a sentence is read in a window around each date: every clause
    # keeps its own actor and action, and a deed told again on the same day is one event.
    text = _dated_deeds(300) + " Ahn toured Daegu on March 3, 1962."
    parsed = parse_article(text, published="2021-04-02", id="d")
    assert parsed.events
    assert all(e.action == "toured Daegu" for e in parsed.events)
    assert all(len(e.span) == 2 and e.span[1] - e.span[0] < 500 for e in parsed.events)
    days = [e.date for e in parsed.events]
    assert len(days) == len(set(days))  # one event per day: the retellings are merged
    assert "1962-03-03" in days


@pytest.mark.parametrize("name", sorted(CASES))
def test_time_grows_about_linearly(name):
    make, n = CASES[name]
    full = _seconds(make(n))
    if full < FLOOR_S:
        return
    tenth = max(_seconds(make(n // 10)), 1e-3)
    assert full / tenth < MAX_RATIO, f"{name}: {full:.2f}s for n={n}, {tenth:.3f}s for n/10"
