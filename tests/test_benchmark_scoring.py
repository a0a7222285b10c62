"""The accuracy benchmark's matching rules, on hand-made records (no corpus needed)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy.py"
_spec = importlib.util.spec_from_file_location("nkjp_accuracy", _PATH)
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["nkjp_accuracy"] = accuracy
_spec.loader.exec_module(accuracy)


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2014-03-03", (date(2014, 3, 3), date(2014, 3, 3))),
        ("2014-02", (date(2014, 2, 1), date(2014, 2, 28))),
        ("2012", (date(2012, 1, 1), date(2012, 12, 31))),
        ("197X", (date(1970, 1, 1), date(1979, 12, 31))),
        ("197X/198X", (date(1970, 1, 1), date(1989, 12, 31))),
        ("1950/1953", (date(1950, 1, 1), date(1953, 12, 31))),
        ("2022-21", (date(2022, 3, 1), date(2022, 5, 31))),
        ("2022-24", (date(2022, 12, 1), date(2023, 2, 28))),
        ("not a date", None),
        (None, None),
    ],
)
def test_edtf_bounds(value, bounds):
    assert accuracy.edtf_bounds(value) == bounds


def test_date_right_needs_same_days_unless_the_text_narrows():
    assert accuracy.date_right("2012", "2012", "in 2012")
    assert not accuracy.date_right("2012-11", "2012", "in 2012")
    assert accuracy.date_right("2012-11", "2012", "late in 2012")
    assert not accuracy.date_right("2012-11", "2013", "late in 2012")


def test_date_right_accepts_week_or_its_month():
    assert accuracy.date_right("2019-06", "2019-06-10/2019-06-16", "last week")
    assert accuracy.date_right("2019-06-10/2019-06-16", "2019-06", "earlier this week")
    assert not accuracy.date_right("2019-07", "2019-06-10/2019-06-16", "last week")


def test_same_name_keeps_two_kims_apart_but_allows_surnames():
    assert not accuracy.same_name("Kim Jong Il", "Kim Jong Un", named=True)
    assert accuracy.same_name("Moon Jae-in", "Moon Jae In", named=True)
    assert accuracy.same_name("Kono", "Taro Kono", named=True)
    assert accuracy.same_name("a senior ministry official", "senior ministry official", False)
    assert not accuracy.same_name(None, "Taro Kono", named=True)


def test_quotes_match_one_to_one_best_overlap_first():
    preds = [SimpleNamespace(text="we will talk"), SimpleNamespace(text="We will talk, he said")]
    golds = [{"text": "We will talk"}]
    pairs = accuracy.match_quotes(preds, golds)
    assert pairs == [(0, 0)]


def test_events_match_by_contained_time_expression_preferring_right_dates():
    preds = [
        SimpleNamespace(date_text="Monday", date="2015-12-21"),
        SimpleNamespace(date_text="on Monday", date="2015-12-28"),
    ]
    golds = [{"time_text": "on Monday", "date": "2015-12-28"}]
    assert accuracy.match_events(preds, golds) == [(1, 0)]
