"""Fixes in the dates area (dates, segment, events), each with texts invented for the test.

The golden cases of these fixes are data: tests/cases/dates/fixes_symbols.json (a date right
after a symbol), tests/cases/dates/fixes_tense_window.json (the tense read past stretches with
no word) and tests/cases/segment/fixes-date-abbreviations.json (no sentence or paragraph
break inside "—Sept. 13", "Nov./Dec. 12", "Sept.\\n13").  The tests here need code: the scan's
rule fallback, the trigger scan against its reference pattern, the events stage.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkjp import clauses as cl
from nkjp.dates import find_times
from nkjp.events import extract_events
from nkjp.lexicon import dates as L
from nkjp.lexicon import dates_scan as S
from nkjp.models import ANCHOR_PUBLICATION, BODY, Article, Sentence, TimeExpr
from nkjp.pipeline import parse_article

# --- the scan: a reading that falls short gives way to the next rule --------------------------


def test_a_reading_short_of_the_trigger_gives_way_with_many_candidate_rules(monkeypatch):
    """With more than four candidate rules at a start ("the"), one alternation finds the first
    that matches; when that reading stops before the trigger word it must give way to the next
    rule, as it does with few candidates.  No rule pair of today's lexicon has an earlier rule
    read less than a later one, so the test gives the "period" rule a short reading ("the")."""
    short = r"(?i:the)(?P<name>)"
    monkeypatch.setattr(S, "RULES", [(n, short if n == "period" else p) for n, p in S.RULES])
    monkeypatch.setitem(L.RULE_RE, "period", re.compile(short, re.M))
    monkeypatch.setattr(S, "_SUB_MASTERS", {})
    text = "The envoys met again the following year."
    start = text.index("the following")
    assert len(S.rules_at(text, start)[1]) > 4
    got = find_times(text, (), date(2019, 3, 13))
    assert [(t.text, t.rule) for t in got] == [("the following year", "anchored")]


# --- the trigger scan finds what its reference pattern finds, after any character --------------

_ANY_SEPARATED = st.lists(
    st.sampled_from(["Monday", "June", "Jan.", "2014", "3rd", "'90s", "year", "war", "May"])
    | st.text(min_size=1, max_size=2),
    max_size=20,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_ANY_SEPARATED)
def test_trigger_scan_matches_the_reference_after_any_character(text):
    want = [m.start() for m in S.TRIGGER.finditer(text)]
    assert S.trigger_starts(text) == want


@pytest.mark.parametrize("mark", ["▲", "★", "→", "►", "■", "※", "◆", "€", "₩", "😀", "\ufeff"])
def test_a_month_right_after_a_symbol_is_found(mark):
    text = f"Key dates {mark}March 3, 2018: the envoys met in Panmunjom."
    got = find_times(text, (), date(2019, 3, 13))
    assert [(t.text, t.value) for t in got] == [("March 3, 2018", "2018-03-03")]


def test_a_letter_above_the_basic_plane_is_no_separator():
    assert S.trigger_starts("\U0001d400May and 2019") == [9]  # a mathematical bold "A"


# --- the events stage: an expression across a bad sentence split ------------------------------


def test_a_split_inside_a_date_loses_no_event():
    text = (
        "Seoul said the new quota took effect —Jan. 5 after talks, and Tokyo protested on Feb. 3."
    )
    events = parse_article(text, published="2015-02-10").events
    assert [(e.date_text, e.date) for e in events] == [
        ("Jan. 5", "2015-01-05"),
        ("Feb. 3", "2015-02-03"),
    ]


class _NoCast:
    """The contract of ``nkjp.actors.Cast`` for a text naming nobody."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions: tuple = ()

    def speaker(self, start: int, end: int) -> None:
        return None

    def actors_in(self, start: int, end: int) -> tuple[str, ...]:
        return ()


def _te(text: str, needle: str, value: str, day: date) -> TimeExpr:
    start = text.index(needle)
    return TimeExpr(start, start + len(needle), needle, value, day, day, "day", ANCHOR_PUBLICATION)


def test_extract_events_reads_an_expression_across_a_sentence_end():
    """Sentences split inside "Jan. 5" (as a splitter that does not know "—Jan." would): the
    expression is read in its first sentence joined to the next, and the expressions after it
    are all kept, one nested in it included."""
    text = "The two coast guards met on Jan.\n\n5 near Dokdo and again on Jan. 9 in Busan."
    cut = text.index("\n\n")
    sentences = [Sentence(0, cut, 0, BODY), Sentence(cut + 2, len(text), 1, BODY)]
    jan5 = _te(text, "Jan.\n\n5", "2015-01-05", date(2015, 1, 5))
    nested = TimeExpr(
        jan5.end - 1, jan5.end, "5", "2015-01", date(2015, 1, 1), date(2015, 1, 31), "month",
        ANCHOR_PUBLICATION,
    )  # fmt: skip
    jan9 = _te(text, "Jan. 9", "2015-01-09", date(2015, 1, 9))
    article = Article(id="a", text=text, published=date(2015, 2, 10))
    events = extract_events(article, sentences, [jan5, nested, jan9], _NoCast(text))  # type: ignore[arg-type]
    assert [e.date_text for e in events] == ["Jan.\n\n5", "5", "Jan. 9"]
    assert events[0].sentence == text  # the first sentence read on through the second
    assert events[0].action.startswith("met")


# --- the action stops at a clause mark, whatever white space follows it -------------------------


@pytest.mark.parametrize("gap", [", ", ",  ", ",\n", ",\n  ", ", \t", ";  ", ":\n\t"])
def test_action_stops_at_a_clause_mark_before_any_white_space(gap):
    text = f"Coast guard ships escorted the ferry{gap}next week patrols resume on Monday."
    at = text.index("on Monday")
    te = TimeExpr(at, at + 9, "on Monday", None, None, None, "day", ANCHOR_PUBLICATION)
    verb = text.index("escorted")
    assert cl.action(text, len(text), (verb, verb), te) == "escorted the ferry"


def test_action_runs_on_past_a_comma_with_no_space_after_it():
    text = "Police detained 1,200 protesters near the embassy on Monday."
    at = text.index("on Monday")
    te = TimeExpr(at, at + 9, "on Monday", None, None, None, "day", ANCHOR_PUBLICATION)
    verb = text.index("detained")
    assert "protesters" in cl.action(text, len(text), (verb, verb), te).split()


# --- a range closed by a deed: two events ------------------------------------------------------


@pytest.mark.parametrize(
    "text, closing, deed",
    [
        (
            "The peninsula was under Japan's colonial rule, which lasted from 1910 until "
            "Tokyo's surrender in 1945.",
            "1945",
            "Tokyo's surrender",
        ),
        (
            "The island was administered by the United States from 1945 until its reversion "
            "to Japan in 1972, the prefecture said.",
            "1972",
            "its reversion to Japan",
        ),
    ],
)
def test_the_date_closing_a_range_dates_its_own_deed(text, closing, deed):
    events = parse_article(text, published="2023-05-17").events
    assert [e.date_text for e in events][-2:][0].startswith("from ")
    last = events[-1]
    assert (last.date_text, last.date, last.action) == (closing, closing, deed)


def test_a_range_closed_by_a_verb_keeps_the_verb_as_action():
    text = "Lee led the party from 2005 until he resigned in 2010."
    events = parse_article(text, published="2023-05-17").events
    assert [(e.date_text, e.action) for e in events] == [
        ("from 2005 until", "led the party"),
        ("2010", "resigned"),
    ]


# --- a quoted "today" retelling a deed the narrative dates the day before ----------------------


def test_a_quoted_plan_for_today_retelling_the_narrated_deed_is_one_event():
    text = (
        "Japan's Foreign Ministry lodged a protest with the South Korean Embassy in Tokyo on "
        "Tuesday over the drills.\n\n"
        '"We will lodge a protest with the embassy this afternoon," a ministry official said.'
    )
    events = parse_article(text, published="2023-05-17").events  # a Wednesday
    assert [(e.date_text, e.date) for e in events] == [("Tuesday", "2023-05-16")]


def test_a_quoted_plan_for_today_with_another_deed_stays():
    text = (
        "Seoul summoned the Japanese ambassador on Tuesday.\n\n"
        '"We will hold an emergency meeting today," the foreign minister said.'
    )
    events = parse_article(text, published="2023-05-17").events
    assert [(e.date_text, e.date, e.in_quote) for e in events] == [
        ("Tuesday", "2023-05-16", False),
        ("today", "2023-05-17", True),
    ]


def test_a_quoted_plan_with_its_own_date_stays():
    text = (
        "The two fisheries agencies will meet next week, a South Korean official said on "
        'Thursday.\n\n"Next Friday, June 7, our delegates intend to sit down in Shenyang," the '
        "official told Yonhap."
    )
    events = parse_article(text, published="2024-05-30").events
    assert ("Next Friday, June 7", "2024-06-07") in [(e.date_text, e.date) for e in events]


# --- a line after a month's abbreviation starting with a digit that is no ASCII digit ------------


@pytest.mark.parametrize("mark", ["①", "²", "٣", "３"])
def test_a_line_starting_with_a_non_ascii_digit_after_a_month_abbreviation_parses(mark):
    """In hard-wrapped text, '①' and '²' are ``str.isdigit`` but ``int`` refuses them (the
    article failed to parse); neither they nor other scripts' digits are the day of the month
    whose abbreviation ends the line before."""
    text = (
        "The cabinet office in Tokyo set out the steps it will take before\n"
        "the fishery talks with Beijing, which were postponed in late Nov.\n"
        f"{mark} Negotiators from both fishery agencies meet on Thursday\n"
        "and will discuss quotas for the coming season in the East China\n"
        "Sea, the office said.\n"
    )
    events = parse_article(text, published="2021-11-02").events
    assert [e.date_text for e in events] == ["late Nov.", "Thursday"]
    assert events[-1].sentence.startswith(f"{mark} Negotiators")  # a line of its own


@pytest.mark.parametrize(
    "text",
    [
        # "to" after a deed, not a plan word: the place is no planned deed
        'Japan lodged a protest with Pyongyang on Tuesday. "Our envoy will fly to Pyongyang '
        'today to seek talks," the spokesman told reporters.',
        # a word of the narrative sentence that is not its verb
        'The minister briefed reporters on Tuesday. "The president will speak to reporters '
        'today," the spokesman said.',
        # the deed named as a noun ("meeting") in a sentence whose verb is another
        'The meeting in Seoul was cancelled on Tuesday. "The ministers will meet today in '
        'Busan," a Foreign Ministry official said.',
    ],
)
def test_a_quoted_plan_for_today_sharing_only_a_word_with_the_narrative_stays(text):
    events = parse_article(text, published="2024-03-06").events  # a Wednesday
    assert ("today", "2024-03-06", True) in [(e.date_text, e.date, e.in_quote) for e in events]


@pytest.mark.parametrize(
    "quote",
    [
        "The coast guard is set to release the crew this afternoon",
        "We'll also release the fishermen this afternoon",
        "The agency intends to release the crew today",
    ],
)
def test_a_quoted_plan_word_then_to_names_the_planned_deed(quote):
    text = (
        "South Korea's coast guard released the crew of a seized Chinese trawler on Tuesday, "
        f'Yonhap reported.\n\n"{quote}," a coast guard spokeswoman said.'
    )
    events = parse_article(text, published="2024-03-06").events
    assert [(e.date_text, e.date) for e in events] == [("Tuesday", "2024-03-05")]


# --- a number after any currency sign is a sum, not a year -------------------------------------


@pytest.mark.parametrize("sign", ["₱", "£", "¥", "$", "€", "₹", "₩", "฿", "₽", "＄"])
def test_a_number_after_a_currency_sign_is_no_year(sign):
    text = f"A Manila court raised the fine to {sign}2019 for each crew member on Monday."
    events = parse_article(text, published="2024-03-06").events
    assert [e.date_text for e in events] == ["Monday"]


def test_a_year_after_a_space_or_a_bracket_is_still_a_year():
    text = "The fine of ₱500, set in 2019, was raised (2021) by the court."
    events = parse_article(text, published="2024-03-06").events
    assert [e.date_text for e in events] == ["2019", "2021"]


def test_the_currency_signs_are_every_unicode_currency_symbol():
    import sys
    import unicodedata

    sign = re.compile("[" + L.CURRENCY_SIGNS + "]")
    found = {chr(c) for c in range(sys.maxunicode + 1) if sign.fullmatch(chr(c))}
    wanted = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Sc"}
    assert found <= wanted  # every listed sign is a currency sign
    # The list was made from Unicode 14 (Python 3.11): a later Unicode may add signs, which
    # are then missing here, not wrong.
    if unicodedata.unidata_version == "14.0.0":
        assert found == wanted


def test_a_count_in_superscript_or_circled_digits_reads_no_number():
    """``number_of`` reads what the "ago" and "in N days" rules capture; "²" and "①" are
    ``str.isdigit`` but no number ``int`` reads, other scripts' decimal digits are."""
    from nkjp.dates_calendar import number_of

    assert [number_of(w) for w in ("3", "٣", "３", "²", "①", "two")] == [3, 3, 3, 1, 1, 2]
