"""Pairing quote marks: straight and curly, nested singles, apostrophes, unbalanced marks."""

from __future__ import annotations

import time

import pytest

from nkjp.quotemarks import find_quoted
from nkjp.segment import segment


def _spans(text: str) -> list[tuple[str, bool]]:
    return [(text[q.start : q.end], q.closed) for q in find_quoted(text, segment(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight and curly double quotes
        ('"We will wait," Lee said.', [("We will wait,", True)]),
        ("\u201cWe will wait,\u201d Lee said.", [("We will wait,", True)]),
        # attribution between two halves gives two spans
        (
            '"We are ready," he said, "but not yet."',
            [("We are ready,", True), ("but not yet.", True)],
        ),
        # a colon before the opening mark
        ('Sato told police: "I was afraid."', [("I was afraid.", True)]),
    ],
)
def test_double_quotes(text: str, expected: list) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Workers' Party of Korea's congress opened on Monday.",
        "Both countries' leaders don't expect a deal before the '90s-style summitry returns.",
        "Officials said the \u201990s were different and the delegates\u2019 visas were late.",
        "It's the ministry's view that Seoul's offer isn't enough.",
    ],
)
def test_apostrophes_are_not_quote_marks(text: str) -> None:
    assert _spans(text) == []


def test_possessive_inside_a_quote_does_not_end_it() -> None:
    text = "\u201cThe workers\u2019 union won\u2019t back down,\u201d Kwon said."
    assert _spans(text) == [("The workers\u2019 union won\u2019t back down,", True)]


def test_single_quotes_nested_in_double_ones_stay_inside() -> None:
    text = (
        "The steps show \u201cour resolve under the principle of \u2018peace through "
        "strength\u2019 and \u2018trust but verify,\u2019 \u201d the minister said."
    )
    (inner,) = _spans(text)
    assert inner[0].startswith("our resolve") and inner[0].endswith("verify,\u2019 ")


def test_top_level_single_quotes_pair() -> None:
    text = "Pyongyang called the launch a 'satellite' test, not a missile."
    assert _spans(text) == [("satellite", True)]


def test_quote_running_on_into_the_next_paragraph() -> None:
    text = (
        '"We have waited for decades. Every year we hope.\n\n'
        '"Now we are too old to travel," said Yoon Mi-kyung, 88.'
    )
    assert _spans(text) == [
        ("We have waited for decades. Every year we hope.", False),
        ("Now we are too old to travel,", True),
    ]


def test_unbalanced_mark_at_the_end_of_cut_off_text() -> None:
    text = 'Families met on Sunday.\n\n"We will keep fighting until the gov'
    assert _spans(text) == [("We will keep fighting until the gov", False)]


def test_unbalanced_mark_costs_one_quote_not_the_paragraph() -> None:
    text = 'He said "yes and left. "No," she said. Kim said "maybe."'
    assert _spans(text) == [("No,", True), ("maybe.", True)]


def test_unbalanced_mark_does_not_leak_into_next_paragraph() -> None:
    text = 'The minister said "the plan was ready.\n\nOfficials met later. "We agree," Ito said.'
    spans = _spans(text)
    assert ("We agree,", True) in spans


def test_without_sentences_paragraphs_come_from_blank_lines() -> None:
    text = '"One," he said.\n\n"Two," she said.'
    got = [(text[q.start : q.end], q.closed) for q in find_quoted(text, ())]
    assert got == [("One,", True), ("Two,", True)]


def test_offsets_exclude_the_marks() -> None:
    text = 'Kim said "no" twice.'
    (q,) = find_quoted(text, segment(text))
    assert (text[q.open_mark], text[q.close_mark]) == ('"', '"')
    assert (q.start, q.end) == (q.open_mark + 1, q.close_mark)


def test_no_marks_no_spans() -> None:
    assert _spans("North Korea fired a missile on Tuesday.") == []


def test_huge_paragraph_with_thousands_of_marks_is_linear() -> None:
    # A loose guard against catastrophic behaviour, not a speed test: ~1 MB, one paragraph.
    text = 'He said "a" and "b" don\'t stop. ' * 32000
    start = time.perf_counter()
    spans = find_quoted(text, ())
    assert len(spans) == 64000
    assert time.perf_counter() - start < 20
