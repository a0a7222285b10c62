"""The dates stage: time expressions found, normalised to EDTF and resolved like a careful reader.

Golden cases live in tests/cases/dates/*.json: a publication date, texts, and the expressions
expected in each (text, and any of value / precision / anchor / anchor_text / lower / upper /
in_quote); an empty list means the text holds none.  Cases with "xfail" are known failures,
run as strict xfail so that a fix flips them.  Texts are split into sentences here by a tiny
splitter, so these tests do not depend on the segmentation stage.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkjp import dates
from nkjp.dates import find_times, parse_user_date, pick_month, pick_month_day, pick_weekday
from nkjp.models import (
    ANCHOR_ABSOLUTE,
    ANCHOR_NONE,
    ANCHOR_PUBLICATION,
    BODY,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    QuotedSpan,
    Sentence,
)

CASES = Path(__file__).parent / "cases" / "dates"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "dev-corpus"

_BOUNDARY = re.compile(r"(?<![A-Z][a-z]\.)(?<!\b[A-Z]\.)(?<=[.!?])[\"”]?\s+(?=[\"“A-Z])")


def split(text: str, kind: str = BODY) -> tuple[Sentence, ...]:
    """Sentences at ". " before a capital, not after "Sept." / "U.S."-style abbreviations."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        out.append(Sentence(start, m.start(), 0, kind))
        start = m.end()
    out.append(Sentence(start, len(text), 0, kind))
    return tuple(out)


def quoted(text: str) -> tuple[QuotedSpan, ...]:
    return tuple(
        QuotedSpan(m.start() + 1, m.end() - 1, m.start(), m.end() - 1)
        for m in re.finditer(r"[\"“][^\"”]*[\"”]", text)
    )


def _load_cases() -> list:
    params = []
    for path in sorted(CASES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        pub = date.fromisoformat(data["published"]) if data.get("published") else None
        for i, case in enumerate(data["cases"]):
            marks = []
            if case.get("xfail"):
                marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
            params.append(pytest.param(pub, case, id=f"{path.stem}-{i}", marks=marks))
    return params


@pytest.mark.parametrize("published, case", _load_cases())
def test_golden(published, case):
    text = case["text"]
    got = find_times(text, split(text), published, quoted(text))
    assert [t.text for t in got] == [e["text"] for e in case["expected"]]
    for te, exp in zip(got, case["expected"], strict=True):
        assert text[te.start : te.end] == te.text
        for key, want in exp.items():
            if key == "text":
                continue
            have = getattr(te, key)
            if isinstance(have, date):
                have = have.isoformat()
            assert have == want, f"{te.text!r}: {key} is {have!r}, expected {want!r}"


def test_golden_cases_cover_every_rule():
    rules = set()
    for path in CASES.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        pub = date.fromisoformat(data["published"])
        for case in data["cases"]:
            if not case.get("xfail"):
                rules |= {t.rule for t in find_times(case["text"], split(case["text"]), pub)}
    handled = {r for r in dates.L.RULE_ORDER if not r.startswith("skip_")}
    assert handled - rules <= {"deictic_day2", "month_range"}


# --- values, bounds and anchors --------------------------------------------------------------


def test_relative_without_publication_date_keeps_text_and_null_value():
    text = "Officials met on Friday and signed the deal on March 3, 2014."
    got = find_times(text, split(text), None)
    assert [(t.text, t.value, t.anchor) for t in got] == [
        ("Friday", None, ANCHOR_NONE),
        ("March 3, 2014", "2014-03-03", ANCHOR_ABSOLUTE),
    ]
    assert got[0].lower is None and got[0].upper is None


def test_precision_is_kept_honestly():
    text = "The law was passed in 2017."
    (te,) = find_times(text, split(text), date(2019, 8, 5))
    assert (te.value, te.lower, te.upper, te.precision) == (
        "2017",
        date(2017, 1, 1),
        date(2017, 12, 31),
        "year",
    )


def test_expression_in_a_quote_is_marked_and_dated_against_publication():
    text = 'Suga said, "We will decide on Friday," before leaving on Monday.'
    got = find_times(text, split(text), date(2020, 9, 9), quoted(text))
    assert [(t.text, t.value, t.in_quote, t.anchor) for t in got] == [
        ("Friday", "2020-09-11", True, ANCHOR_PUBLICATION),
        ("Monday", "2020-09-07", False, ANCHOR_PUBLICATION),
    ]


def test_byline_and_boilerplate_sentences_yield_nothing_captions_do():
    byline = "Posted: Aug 3, 2017 9:48 PM"
    related = "Related coverage: Talks held on Jan. 6, 2014"
    caption = "Delegates arrive in Shenyang, China, on March 3, 2014."
    text = f"{byline}\n\n{related}\n\n{caption}"
    s1 = Sentence(0, len(byline), 0, BYLINE)
    s2 = Sentence(len(byline) + 2, len(byline) + 2 + len(related), 1, BOILERPLATE)
    s3 = Sentence(text.index("Delegates"), len(text), 2, CAPTION)
    got = find_times(text, (s1, s2, s3), date(2014, 3, 4))
    assert [(t.text, t.value) for t in got] == [("March 3, 2014", "2014-03-03")]


def test_update_stamps_are_not_dates_even_in_body_text():
    text = "Dec. 18, 2013 - 14:04 Seoul summoned the envoy Wednesday."
    got = find_times(text, split(text), date(2013, 12, 18))
    assert [(t.text, t.value) for t in got] == [("Wednesday", "2013-12-18")]


def test_dateline_is_not_an_event_date():
    text = "TOKYO, Jan. 6 (Kyodo) - Japan protested on Monday."
    got = find_times(text, split(text), date(2020, 1, 7))
    assert [(t.text, t.value) for t in got] == [("Monday", "2020-01-06")]


def test_publication_on_friday_and_on_friday():
    friday = date(2016, 2, 19)
    assert pick_weekday(4, friday, None) == friday
    assert pick_weekday(4, friday, "last") == date(2016, 2, 12)
    assert pick_weekday(4, friday, "next") == date(2016, 2, 26)
    assert pick_weekday(4, friday, "future") == friday
    assert pick_weekday(0, friday, "future") == date(2016, 2, 22)


def test_january_article_and_december():
    jan = date(2015, 1, 9)
    assert pick_month(12, jan, None) == 2014
    assert pick_month(12, jan, "future") == 2015
    assert pick_month(1, jan, "last") == 2014
    assert pick_month(1, jan, "this") == 2015
    assert pick_month_day(12, 30, jan, None) == date(2014, 12, 30)
    assert pick_month_day(1, 20, jan, None) == date(2015, 1, 20)
    assert pick_month_day(1, 20, jan, "past") == date(2014, 1, 20)


def test_spans_are_exact_and_in_text_order():
    text = (
        "On Sept. 17, 2002, Koizumi met Kim Jong Il. Five abductees returned in October, "
        "and the talks stalled in the 2000s, Kyodo said on Monday."
    )
    got = find_times(text, split(text), date(2012, 9, 17))
    assert [t.text for t in got] == ["Sept. 17, 2002", "October", "the 2000s", "Monday"]
    assert all(text[t.start : t.end] == t.text for t in got)
    assert [t.start for t in got] == sorted(t.start for t in got)


def test_no_text_no_times():
    assert find_times("", (), date(2020, 1, 1)) == ()
    assert find_times("No dates here at all.", split("No dates here at all."), None) == ()


def test_stage_never_reads_the_clock():
    for path in Path(dates.__file__).parent.glob("dates*.py"):
        source = path.read_text(encoding="utf-8")
        assert "today()" not in source and "now(" not in source and "time.time" not in source


def test_only_the_facade_imports_dateparser():
    nkjp_dir = Path(dates.__file__).parent
    importers = {
        p.relative_to(nkjp_dir).as_posix()
        for p in nkjp_dir.rglob("*.py")
        if re.search(r"^\s*(?:from|import) dateparser", p.read_text(encoding="utf-8"), re.M)
    }
    assert importers == {"dates.py"}


# --- parse_user_date -------------------------------------------------------------------------

TODAY = date(2020, 6, 15)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2014", (date(2014, 1, 1), date(2014, 12, 31))),
        ("March 2014", (date(2014, 3, 1), date(2014, 3, 31))),
        ("2014-03-03", (date(2014, 3, 3), date(2014, 3, 3))),
        ("March 3, 2014", (date(2014, 3, 3), date(2014, 3, 3))),
        ("2 years ago", (date(2018, 6, 15), date(2018, 6, 15))),
        ("3 days ago", (date(2020, 6, 12), date(2020, 6, 12))),
        ("last month", (date(2020, 5, 1), date(2020, 5, 31))),
        ("yesterday", (date(2020, 6, 14), date(2020, 6, 14))),
        ("the 1990s", (date(1990, 1, 1), date(1999, 12, 31))),
    ],
)
def test_parse_user_date(value, expected):
    assert parse_user_date(value, TODAY) == expected


@pytest.mark.parametrize("value", ["", "   ", "not a date", "Kim Jong Un"])
def test_parse_user_date_rejects_non_dates(value):
    assert parse_user_date(value, TODAY) is None


def test_parse_user_date_falls_back_to_dateparser():
    assert parse_user_date("14 March 2014", TODAY) == (date(2014, 3, 14), date(2014, 3, 14))
    assert parse_user_date("2014/03/14", TODAY) == (date(2014, 3, 14), date(2014, 3, 14))


# --- invariants ------------------------------------------------------------------------------

_WORDS = [
    " on Friday", " last month", " in December", " 2019", " the 1990s", " 1950-1953",
    " March 3, 2014", " Sept. 17", " two days later", " may ", " No. 2 ", " the 38th parallel",
    " will", " said", " the following year", " from March 10 to 14", " between 2002 and 2004",
    " the end of the war", " late", " early", " mid-", " the", " of", ".", ", ", "\n", "\n\n",
    " World War II", " New Year's Day", " next", " this", " ago", " 3", " 1945", " spring",
]  # fmt: skip
_texts = st.lists(st.sampled_from(_WORDS) | st.text(max_size=6), max_size=40).map("".join)
_pubs = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
_EDTF = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3}X|\d{2}XX)"
    r"(?:/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3}X|\d{2}XX))?$"
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, _pubs)
def test_invariants(text, pub):
    got = find_times(text, split(text), pub)
    last_end = 0
    for te in got:
        assert text[te.start : te.end] == te.text
        assert te.start >= last_end
        last_end = te.end
        if te.value is None:
            assert te.lower is None and te.upper is None
            continue
        assert _EDTF.match(te.value), te.value
        assert te.lower is not None and te.upper is not None and te.lower <= te.upper
        if pub is None:
            assert te.anchor != ANCHOR_PUBLICATION


# The fast trigger scan must find exactly what the plain look-behind pattern finds, whatever
# separators (blanks, punctuation, curly quotes, dashes) stand before the words.
_SEPARATED = st.lists(
    st.sampled_from(["Monday", "June", "Junior", "2014", "3rd", "'90s", "year", "year-old",
                     "Christmas", "war", "Mongolia", "x1999", "May", "days", "Kim's"])
    | st.text(alphabet=" \n\t\u00a0.,;:!?()[]\"'“”‘’—–-/%$#", min_size=1, max_size=3),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_SEPARATED)
def test_trigger_scan_matches_the_reference_pattern(text):
    from nkjp.lexicon import dates_scan

    want = [m.start() for m in dates_scan.TRIGGER.finditer(text)]
    assert dates_scan.trigger_starts(text) == want


def _word_before_reference(text: str, start: int, lo: int) -> str:
    i = start - 1
    while i >= lo and text[i] in " \t\u00a0\n":
        i -= 1
    j = i
    while j >= lo and (text[j].isalnum() or text[j] in ".'’-"):
        j -= 1
    return text[j + 1 : i + 1].lower()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 .-'’,\n\u00a0éß_%", max_size=120), st.data())
def test_word_before_and_after_a_match(text, data):
    from nkjp.dates_context import Cand

    start = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, start))
    c = Cand(text, start, start, 0, lo, len(text), None)
    assert c.before_word() == _word_before_reference(text, start, lo)
    j = start
    while j < len(text) and text[j] in " \t\u00a0\n":
        j += 1
    k = j
    while k < len(text) and (text[k].isalnum() or text[k] in "%-"):
        k += 1
    assert c.after_word() == text[j:k].lower()


def test_no_catastrophic_backtracking():
    # A loose guard, not a speed test: 200 KB of near-misses must not take orders of magnitude
    # longer than 20 KB of them.
    import time

    unit = "the end of the early mid-late last next March May 12345 1950- 1950s and the '9 " * 3

    def seconds(n: int) -> float:
        text = unit * n
        t0 = time.perf_counter()
        find_times(text, split(text), date(2020, 1, 1))
        return time.perf_counter() - t0

    small, big = seconds(100), seconds(1000)
    assert big < 5.0 or big / max(small, 1e-3) < 40


# --- the dev corpus (read at run time; skipped where ../shared is absent) --------------------


@pytest.mark.skipif(not SHARED.is_dir(), reason="no ../shared/dev-corpus here")
def test_dev_corpus_gold_time_expressions_are_found_and_dated():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from accuracy import date_right, norm_time

    total = right = 0
    for path in sorted(SHARED.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = gold["text"]
        got = find_times(text, split(text), date.fromisoformat(gold["published"]))
        for ev in gold["events"]:
            total += 1
            g = norm_time(ev["time_text"])
            hits = [t for t in got if norm_time(t.text) in g or g in norm_time(t.text)]
            right += any(date_right(t.value, ev["date"], ev["time_text"]) for t in hits)
    assert total and right / total >= 0.9
