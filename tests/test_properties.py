"""Invariants of parse_article over arbitrary text and publication dates (hypothesis).

Whatever the text — control characters, unbalanced and mixed quote marks, no punctuation at
all, right-to-left and CJK script, emoji — parsing never raises, and:
  * every span lies inside the article and ``text[start:end]`` is what the record says;
  * a direct or partial quote's text occurs in the article;
  * ``date`` is valid EDTF and agrees with ``start`` and ``end`` (start <= end);
  * ids are unique;
  * the same input always gives byte-identical JSON.
"""

from __future__ import annotations

import json
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkjp.models import DIRECT, PARTIAL, as_dict
from nkjp.pipeline import parse_article

# Fragments that exercise the rules: quote marks of every kind, apostrophes, date words,
# reporting verbs, names and titles, paragraph breaks.  (Kept packed: it is data.)
# fmt: off
_FRAGMENTS = [
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", " said ", " told ",
    " according to ", "Prime Minister ", "Kim Jong Un", "Moon Jae-in", "he ", "the minister ",
    " on Friday", " last month", " in December", " 2019", " the 1990s", " 1950-1953",
    " March 3, 2014", " Sept. 17", " two days later", " may ", " No. 2 ", " 38th parallel",
    ".", ". ", ",", "\n\n", "\n", "(Yonhap)", "Related coverage:", " U.S. ", " Dr. ",
    "\u0645\u0631\u062d\u0628\u0627", "\u5317\u671d\u9bae", "\U0001f600", "\x00", "\x07", "\u200f",
]
# fmt: on

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=12), max_size=60).map("".join),
)
published = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))

EDTF = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3}X|\d{2}XX)"
    r"(?:/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3}X|\d{2}XX))?$"
)

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _check_span(text: str, span, expected: str | None = None) -> None:
    start, end = span
    assert 0 <= start <= end <= len(text)
    if expected is not None:
        assert text[start:end] == expected


@PROPERTY_SETTINGS
@given(texts, published)
def test_parse_never_raises_and_spans_point_at_their_text(text, pub):
    parsed = parse_article(text, published=pub, id="prop")
    for s in parsed.sentences:
        _check_span(text, (s.start, s.end))
    for t in parsed.times:
        _check_span(text, (t.start, t.end), t.text)
    for m in parsed.mentions:
        _check_span(text, (m.start, m.end), m.text)
    for e in parsed.events:
        _check_span(text, e.span)
        _check_span(text, e.date_span, e.date_text)
    for q in parsed.quotes:
        _check_span(text, q.span)
        if q.kind in (DIRECT, PARTIAL):
            assert q.text in text


@PROPERTY_SETTINGS
@given(texts, published)
def test_dates_are_edtf_and_agree_with_their_bounds(text, pub):
    parsed = parse_article(text, published=pub, id="prop")
    for t in parsed.times:
        if t.value is None:
            continue
        assert EDTF.match(t.value) or re.fullmatch(r"\d{4}-2[1-4]", t.value), t.value
        assert t.lower is not None and t.upper is not None and t.lower <= t.upper
    for e in parsed.events:
        if e.date is None:
            assert e.start is None and e.end is None
            continue
        assert e.start is not None and e.end is not None
        assert date.fromisoformat(e.start) <= date.fromisoformat(e.end)


@PROPERTY_SETTINGS
@given(texts, published)
def test_ids_unique_and_json_deterministic(text, pub):
    first = parse_article(text, published=pub, id="prop")
    second = parse_article(text, published=pub, id="prop")
    ids = [r.id for r in (*first.events, *first.quotes)]
    assert len(ids) == len(set(ids))

    def dump(p):
        records = [as_dict(r) for r in (*p.events, *p.quotes)]
        return json.dumps(records, ensure_ascii=False, sort_keys=False).encode("utf-8")

    assert dump(first) == dump(second)
