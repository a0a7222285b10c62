"""The events stage: which time expressions become events, with what clause, actors and action.

Most tests feed ``extract_events`` hand-built sentences, time expressions and mentions (the
contracts of segment.py, dates.py and actors.py), so they test this stage alone.  The golden
cases live in tests/cases/events/*.json: sentences, the time expressions and mentions the other
stages are expected to find, and the events expected out.  A few end-to-end tests at the bottom
run the whole pipeline.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

import pytest

from nkjp.clauses import clause_span
from nkjp.events import extract_events
from nkjp.models import (
    ANCHOR_ABSOLUTE,
    ANCHOR_NONE,
    ANCHOR_PUBLICATION,
    BODY,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    Article,
    Mention,
    ParsedArticle,
    Sentence,
    Speaker,
    TimeExpr,
)


class Cast:
    """The contract of ``nkjp.actors.Cast`` (``text``, ``mentions``, ``speaker``,
    ``actors_in``) over hand-made mentions, so these tests do not depend on the actors stage."""

    def __init__(self, text: str, mentions: tuple[Mention, ...]) -> None:
        self.text = text
        self.mentions = tuple(sorted(mentions, key=lambda m: m.start))

    def speaker(self, start: int, end: int) -> Speaker | None:
        """The last person mentioned before ``start`` stands for a pronoun."""
        people = [m for m in self.mentions if m.end <= start and m.type == "person"]
        return Speaker(people[-1].actor, named=True) if people else None

    def actors_in(self, start: int, end: int) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            if m.start >= start and m.end <= end and m.type != "location":
                seen.setdefault(m.actor)
        return tuple(seen)


CASES = sorted((Path(__file__).parent / "cases" / "events").glob("*.json"))


# -- building inputs ----------------------------------------------------------------------------


def _bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of a simple EDTF value (YYYY, YYYY-MM, YYYY-MM-DD, A/B)."""
    if value is None:
        return None, None
    if "/" in value:
        a, b = value.split("/")
        return _bounds(a)[0], _bounds(b)[1]
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        y, m = parts
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _find(text: str, needle: str, nth: int = 0) -> int:
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]
    assert len(starts) > nth, f"{needle!r} occurs {len(starts)} times"
    return starts[nth]


def build(case: dict) -> tuple[Article, list[Sentence], list[TimeExpr], Cast]:
    """The article, sentences, time expressions and cast a case describes."""
    pieces, sentences, pos = [], [], 0
    for n, s in enumerate(case["sentences"]):
        if n:
            pieces.append("\n\n")
            pos += 2
        sentences.append(Sentence(pos, pos + len(s["text"]), n, s.get("kind", BODY)))
        pieces.append(s["text"])
        pos += len(s["text"])
    text = "".join(pieces)
    published = date.fromisoformat(case["published"]) if case.get("published") else None
    article = Article(id="case", text=text, published=published)
    times = []
    for t in case["times"]:
        start = _find(text, t["text"], t.get("nth", 0))
        lower, upper = _bounds(t["value"])
        times.append(
            TimeExpr(
                start,
                start + len(t["text"]),
                t["text"],
                t["value"],
                lower,
                upper,
                t["precision"],
                t["anchor"],
                in_quote=t.get("in_quote", False),
            )
        )
    mentions = []
    for m in case["mentions"]:
        start = _find(text, m["text"], m.get("nth", 0))
        mentions.append(Mention(start, start + len(m["text"]), m["text"], m["actor"], m["type"]))
    mentions.sort(key=lambda m: m.start)
    return article, sentences, sorted(times, key=lambda t: t.start), Cast(text, tuple(mentions))


def _te(text: str, needle: str, value: str | None, precision: str, anchor: str) -> TimeExpr:
    start = text.index(needle)
    lower, upper = _bounds(value)
    return TimeExpr(start, start + len(needle), needle, value, lower, upper, precision, anchor)


def _one_sentence(text: str, kind: str = BODY) -> list[Sentence]:
    return [Sentence(0, len(text), 0, kind)]


# -- golden cases -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    article, sentences, times, cast = build(case)
    events = extract_events(article, sentences, times, cast)
    got = [(e.date, e.date_text, e.in_caption) for e in events]
    want = [(x["date"], x["date_text"], x["in_caption"]) for x in case["expected"]]
    assert got == want
    for e, x in zip(events, case["expected"], strict=True):
        if "actors_first" in x:
            assert e.actors and e.actors[0] == x["actors_first"], e
        for actor in x.get("actors_include", []):
            assert actor in e.actors, e
        for word in x.get("action_words", []):
            assert word in e.action.split(), e


def test_golden_cases_exist() -> None:
    assert len(CASES) >= 5


# -- record shape -------------------------------------------------------------------------------


def test_event_fields_follow_the_time_expression() -> None:
    text = "Chinese President Xi Jinping visited Pyongyang on June 20, 2019, state media said."
    te = _te(text, "on June 20, 2019", "2019-06-20", "day", ANCHOR_ABSOLUTE)
    xi = text.index("Xi Jinping")
    cast = Cast(text, (Mention(xi, xi + 10, "Xi Jinping", "Xi Jinping", "person"),))
    article = Article(id="ap-1", text=text, published=date(2019, 6, 21))
    (e,) = extract_events(article, _one_sentence(text), [te], cast)
    assert e.id == "ap-1:e1" and e.article == "ap-1"
    assert (e.date, e.start, e.end, e.precision) == (
        "2019-06-20",
        "2019-06-20",
        "2019-06-20",
        "day",
    )
    assert e.date_text == "on June 20, 2019" and e.date_span == (te.start, te.end)
    assert e.anchor == ANCHOR_ABSOLUTE and e.in_quote is False and e.in_caption is False
    assert e.actors[0] == "Xi Jinping"
    assert e.action.startswith("visited Pyongyang")
    assert e.sentence == text
    s, t = e.span
    assert text[s:t].startswith("Chinese President Xi Jinping visited Pyongyang")


def test_ids_number_events_in_text_order() -> None:
    text = "Talks opened in 2002. They collapsed in 2008."
    sentences = [Sentence(0, 21, 0), Sentence(22, len(text), 0)]
    times = [
        _te(text, "in 2008", "2008", "year", ANCHOR_ABSOLUTE),
        _te(text, "in 2002", "2002", "year", ANCHOR_ABSOLUTE),
    ]
    article = Article(id="x", text=text)
    events = extract_events(article, sentences, times, Cast(text, ()))
    assert [(e.id, e.date) for e in events] == [("x:e1", "2002"), ("x:e2", "2008")]


def test_quote_flag_is_carried() -> None:
    text = '"We will meet again in October," the envoy said.'
    start = text.index("in October")
    te = TimeExpr(
        start,
        start + 10,
        "in October",
        "2015-10",
        date(2015, 10, 1),
        date(2015, 10, 31),
        "month",
        ANCHOR_PUBLICATION,
        in_quote=True,
    )
    article = Article(id="q", text=text, published=date(2015, 9, 1))
    (e,) = extract_events(article, _one_sentence(text), [te], Cast(text, ()))
    assert e.in_quote and e.date == "2015-10"
    assert "meet" in e.action.split()


# -- negatives ----------------------------------------------------------------------------------


def test_no_time_expression_no_event() -> None:
    text = "Japan and North Korea have no diplomatic relations."
    article = Article(id="n", text=text, published=date(2020, 1, 1))
    assert extract_events(article, _one_sentence(text), [], Cast(text, ())) == ()


@pytest.mark.parametrize("kind", [BYLINE, BOILERPLATE])
def test_byline_and_boilerplate_yield_nothing(kind: str) -> None:
    text = "By Kim Tong-hyung, Associated Press, March 5, 2021"
    te = _te(text, "March 5, 2021", "2021-03-05", "day", ANCHOR_ABSOLUTE)
    article = Article(id="b", text=text, published=date(2021, 3, 5))
    assert extract_events(article, _one_sentence(text, kind), [te], Cast(text, ())) == ()


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        (
            "SEOUL, April 12 (Yonhap) -- The unification ministry urged restraint.",
            "April 12",
            "2016-04-12",
        ),
        ("Posted: Oct 2, 2016 7:45 PM", "Oct 2, 2016", "2016-10-02"),
        ("Seoul will decide within this year whether to resume the tours.", "this year", "2016"),
        ("Published : Sep 9, 2016 - 11:02", "Sep 9, 2016", "2016-09-09"),
    ],
)
def test_stamps_and_deadlines_are_not_events(text: str, needle: str, value: str) -> None:
    prec = "year" if len(value) == 4 else "day"
    te = _te(text, needle, value, prec, ANCHOR_PUBLICATION)
    article = Article(id="s", text=text, published=date(2016, 10, 2))
    assert extract_events(article, _one_sentence(text), [te], Cast(text, ())) == ()


def test_unresolved_expression_in_dated_article_is_dropped() -> None:
    text = "Two days later, the delegation flew home."
    te = _te(text, "Two days later", None, "day", ANCHOR_NONE)
    article = Article(id="u", text=text, published=date(2018, 5, 1))
    assert extract_events(article, _one_sentence(text), [te], Cast(text, ())) == ()


def test_undated_article_keeps_relative_expression_with_null_date() -> None:
    text = "The envoy arrived in Beijing on Friday."
    te = _te(text, "on Friday", None, "day", ANCHOR_NONE)
    article = Article(id="u", text=text, published=None)
    (e,) = extract_events(article, _one_sentence(text), [te], Cast(text, ()))
    assert e.date is None and e.start is None and e.end is None
    assert e.date_text == "on Friday" and e.anchor == ANCHOR_NONE
    assert e.action.startswith("arrived in Beijing")


def test_named_period_without_number_is_no_event() -> None:
    text = "Many families were separated during the Korean War."
    te = _te(text, "the Korean War", "1950/1953", "interval", ANCHOR_ABSOLUTE)
    article = Article(id="w", text=text, published=date(2018, 8, 20))
    assert extract_events(article, _one_sentence(text), [te], Cast(text, ())) == ()


def test_repeated_caption_counts_once() -> None:
    cap = "Rescuers search a collapsed house in Wajima, Japan, Jan. 2, 2024."
    text = cap + "\n" + cap
    sentences = [Sentence(0, len(cap), 0, CAPTION), Sentence(len(cap) + 1, len(text), 1, CAPTION)]
    d = date(2024, 1, 2)
    times = [
        TimeExpr(n, n + 12, "Jan. 2, 2024", "2024-01-02", d, d, "day", ANCHOR_ABSOLUTE)
        for n in (cap.index("Jan."), len(cap) + 1 + cap.index("Jan."))
    ]
    article = Article(id="c", text=text, published=date(2024, 1, 3))
    events = extract_events(article, sentences, times, Cast(text, ()))
    assert len(events) == 1 and events[0].in_caption


# -- clause, actors, action ---------------------------------------------------------------------


def test_attribution_clause_dates_the_speaker() -> None:
    text = "The talks could resume soon, a senior Japanese diplomat said Wednesday."
    te = _te(text, "Wednesday", "2017-05-10", "day", ANCHOR_PUBLICATION)
    article = Article(id="a", text=text, published=date(2017, 5, 11))
    (e,) = extract_events(article, _one_sentence(text), [te], Cast(text, ()))
    s, t = e.span
    assert text[s:t] == "a senior Japanese diplomat said Wednesday"
    assert e.actors == ("senior Japanese diplomat",)
    assert e.action == "said"


def test_leading_adverbial_joins_its_clause() -> None:
    text = "In March, the coast guard rescued four fishermen off Noto."
    te = _te(text, "In March", "2016-03", "month", ANCHOR_PUBLICATION)
    sent = _one_sentence(text)[0]
    s, t = clause_span(text, sent, te)
    assert text[s:t] == "In March, the coast guard rescued four fishermen off Noto"
    article = Article(id="l", text=text, published=date(2016, 9, 1))
    (e,) = extract_events(article, [sent], [te], Cast(text, ()))
    assert e.actors[0] == "coast guard"
    assert e.action == "rescued four fishermen off Noto"


def test_apposition_keeps_the_subject() -> None:
    text = "Moon Jae-in, the South Korean president, said Friday that he would visit Tokyo."
    te = _te(text, "Friday", "2019-05-10", "day", ANCHOR_PUBLICATION)
    moon = text.index("Moon")
    sk = text.index("South Korean")
    cast = Cast(
        text,
        (
            Mention(moon, moon + 11, "Moon Jae-in", "Moon Jae-in", "person"),
            Mention(sk, sk + 12, "South Korean", "South Korea", "country"),
        ),
    )
    article = Article(id="m", text=text, published=date(2019, 5, 11))
    (e,) = extract_events(article, _one_sentence(text), [te], cast)
    assert e.actors[0] == "Moon Jae-in"
    assert e.action == "said"


def test_when_clause_after_the_date_is_the_event() -> None:
    text = "Relations have been strained since 2019 when Tokyo tightened export controls."
    te = _te(text, "since 2019", "2019", "year", ANCHOR_ABSOLUTE)
    tokyo = text.index("Tokyo")
    cast = Cast(text, (Mention(tokyo, tokyo + 5, "Tokyo", "Japan", "country"),))
    article = Article(id="w", text=text, published=date(2021, 1, 1))
    (e,) = extract_events(article, _one_sentence(text), [te], cast)
    assert e.actors[0] == "Japan"
    assert e.action.startswith("tightened export controls")


def test_relative_clause_subject_is_its_antecedent() -> None:
    text = "The 80 pupils who enrolled in 2005 all graduated."
    te = _te(text, "in 2005", "2005", "year", ANCHOR_ABSOLUTE)
    article = Article(id="r", text=text, published=date(2011, 1, 1))
    (e,) = extract_events(article, _one_sentence(text), [te], Cast(text, ()))
    assert e.actors == ("80 pupils",)
    assert e.action == "enrolled"


def test_action_is_short() -> None:
    text = (
        "Pyongyang in August allowed foreign tourists to visit the Mount Paektu area and the "
        "nearby beaches for the first time."
    )
    te = _te(text, "in August", "2019-08", "month", ANCHOR_PUBLICATION)
    article = Article(id="s", text=text, published=date(2019, 9, 1))
    (e,) = extract_events(article, _one_sentence(text), [te], Cast(text, ()))
    assert e.action.startswith("allowed foreign tourists")
    assert len(e.action.split()) <= 8


def test_linear_time_on_long_sentences() -> None:
    """A loose guard against catastrophic backtracking: a huge comma-heavy sentence parses
    in well under a few seconds."""
    text = ", ".join(["officials of the ministry said"] * 3000) + " on Monday."
    te = _te(text, "on Monday", "2020-01-06", "day", ANCHOR_PUBLICATION)
    article = Article(id="big", text=text, published=date(2020, 1, 7))
    t0 = time.perf_counter()
    extract_events(article, _one_sentence(text), [te], Cast(text, ()))
    assert time.perf_counter() - t0 < 5.0


# -- end to end, through the real pipeline ------------------------------------------------------


def parse_article(text: str, **kw: object) -> ParsedArticle:
    """The whole pipeline (imported here, so the stage tests above run on their own)."""
    from nkjp.pipeline import parse_article as parse

    return parse(text, **kw)  # type: ignore[arg-type]


def test_pipeline_nhk_style_article() -> None:
    text = (
        "Japan's government says it will send a delegation to Seoul next week.\n\n"
        "The delegation last visited South Korea in October 2018."
    )
    parsed = parse_article(text, published="2019-07-08", id="nhk")
    dated = {e.date_text: e for e in parsed.events}
    assert any("October 2018" in k for k in dated), list(dated)
    e = next(v for k, v in dated.items() if "October 2018" in k)
    assert e.date == "2018-10" and not e.in_caption
    assert "visited" in e.action.split()


def test_pipeline_no_date_no_event() -> None:
    parsed = parse_article(
        "Officials in Tokyo and Seoul continue to disagree over the islets.",
        published="2019-07-08",
    )
    assert parsed.events == ()


def test_pipeline_duration_is_no_event() -> None:
    parsed = parse_article(
        "The two envoys talked for two hours at a hotel in Ulan Bator.", published="2019-07-08"
    )
    assert parsed.events == ()


def test_pipeline_weekday_event_with_actor() -> None:
    text = "Kim Jong Un toured a munitions factory on Tuesday, KCNA said."
    parsed = parse_article(text, published="2023-08-16", id="kcna")
    (e,) = parsed.events
    assert e.date == "2023-08-15"
    assert any("Kim Jong Un" in a for a in e.actors)
    assert e.action.startswith("toured")


def test_hedged_offset_is_no_event_but_over_the_weekend_is() -> None:
    text = "More than 60 years after the war, the two sides met over the weekend in Hanoi."
    hedged = _te(text, "60 years after the war", "2013", "year", "expression")
    weekend = _te(text, "the weekend", "2013-06-08/2013-06-09", "interval", ANCHOR_PUBLICATION)
    article = Article(id="h", text=text, published=date(2013, 6, 10))
    events = extract_events(article, _one_sentence(text), [hedged, weekend], Cast(text, ()))
    assert [e.date_text for e in events] == ["the weekend"]


def test_offset_landing_on_an_explicit_date_is_dropped() -> None:
    text = (
        "Seoul protested a day after Tokyo published its defense white paper. "
        "Tokyo published the paper on Tuesday."
    )
    first_end = text.index(". ") + 1
    sentences = [Sentence(0, first_end, 0), Sentence(first_end + 1, len(text), 0)]
    times = [
        _te(text, "a day after", "2020-07-14", "day", "expression"),
        _te(text, "on Tuesday", "2020-07-14", "day", ANCHOR_PUBLICATION),
    ]
    article = Article(id="o", text=text, published=date(2020, 7, 15))
    events = extract_events(article, sentences, times, Cast(text, ()))
    assert [(e.id, e.date_text) for e in events] == [("o:e1", "on Tuesday")]


def test_definite_event_noun_takes_the_actors_of_its_antecedent() -> None:
    text = (
        "A letter from South Korean President Lee Jae-myung to Japan has raised hopes. "
        "Tokyo is studying the letter delivered to Prime Minister Shigeru Ishiba on Monday."
    )
    cut = text.index("Tokyo")
    sentences = [Sentence(0, cut - 1, 0), Sentence(cut, len(text), 0)]
    te = _te(text, "on Monday", "2025-06-02", "day", ANCHOR_PUBLICATION)

    def mention(name: str, actor: str, kind: str) -> Mention:
        at = text.index(name)
        return Mention(at, at + len(name), name, actor, kind)

    cast = Cast(
        text,
        (
            mention("South Korean", "South Korea", "country"),
            mention("Lee Jae-myung", "Lee Jae-myung", "person"),
            mention("Japan", "Japan", "country"),
            mention("Tokyo", "Japan", "country"),
            mention("Shigeru Ishiba", "Shigeru Ishiba", "person"),
        ),
    )
    article = Article(id="d", text=text, published=date(2025, 6, 3))
    (e,) = extract_events(article, sentences, [te], cast)
    assert e.actors[0] == "Japan"
    assert "Shigeru Ishiba" in e.actors and "Lee Jae-myung" in e.actors


def test_relative_clause_and_participle_do_not_take_the_subject() -> None:
    text = (
        "A fisherman who had been held for a month after drifting into Russian waters in May "
        "returned to Nemuro on Friday."
    )
    te = _te(text, "on Friday", "2021-06-11", "day", ANCHOR_PUBLICATION)
    ru = text.index("Russian")
    cast = Cast(text, (Mention(ru, ru + 7, "Russian", "Russia", "country"),))
    article = Article(id="p", text=text, published=date(2021, 6, 12))
    (e,) = extract_events(article, _one_sentence(text), [te], cast)
    assert e.actors[0] == "fisherman"
    assert e.action.startswith("returned to Nemuro")


def test_quoted_words_are_not_the_subject() -> None:
    text = '"We never gave up," said Hong Sun-ok, 81, who fled to the South in 1951.'
    te = _te(text, "in 1951", "1951", "year", ANCHOR_ABSOLUTE)
    hong = text.index("Hong Sun-ok")
    cast = Cast(text, (Mention(hong, hong + 11, "Hong Sun-ok", "Hong Sun-ok", "person"),))
    article = Article(id="q", text=text, published=date(2020, 6, 25))
    (e,) = extract_events(article, _one_sentence(text), [te], cast)
    assert e.actors[0] == "Hong Sun-ok"
    assert e.action == "fled to the South"


def test_lead_with_a_modal_is_its_own_clause() -> None:
    text = "Ferry operators on the island could go bankrupt, port officials said Friday."
    te = _te(text, "Friday", "2022-10-07", "day", ANCHOR_PUBLICATION)
    article = Article(id="m", text=text, published=date(2022, 10, 8))
    (e,) = extract_events(article, _one_sentence(text), [te], Cast(text, ()))
    assert e.actors == ("port officials",)
    assert e.action == "said"


# -- actors of an event named elsewhere than in its clause ---------------------------------------


def _actors_of(parsed: ParsedArticle, date_text: str) -> tuple[str, ...]:
    (e,) = [e for e in parsed.events if date_text in e.date_text]
    return e.actors


def test_bilateral_names_the_two_countries_of_the_article() -> None:
    text = (
        "TOKYO (Kyodo) -- Japan and China resumed high-level economic talks in Beijing on "
        "Saturday. China had suspended the talks after Japan detained a trawler captain. "
        "The new round follows a bilateral currency swap signed in October 2018."
    )
    parsed = parse_article(text, published="2019-04-15")
    assert set(_actors_of(parsed, "October 2018")) >= {"Japan", "China"}


def test_the_two_countries_as_subject() -> None:
    text = (
        "The two countries restored diplomatic ties in 1992, Chinese and South Korean "
        "officials noted."
    )
    parsed = parse_article(text, published="2015-11-20")
    assert set(_actors_of(parsed, "1992")) >= {"China", "South Korea"}


def test_north_and_south_korean_names_both_koreas_only_for_the_dated_phrase() -> None:
    text = (
        "SEOUL (Yonhap) -- The defense ministry on Friday marked the anniversary of a firefight "
        "off Yeonpyeong Island in November 2010 that wounded North and South Korean marines."
    )
    parsed = parse_article(text, published="2015-11-20")
    assert {"North Korea", "South Korea"} <= set(_actors_of(parsed, "November 2010"))
    # Friday's deed is the ministry's: the Koreas of the relative clause stay out of it.
    friday = _actors_of(parsed, "Friday")
    assert "North Korea" not in friday and "South Korea" not in friday


def test_pronoun_opening_a_later_subordinate_clause_is_the_main_subject() -> None:
    text = (
        "Beijing lifted its ban on Japanese seafood, when it reached a deal with Tokyo in "
        "May 2024 on joint monitoring."
    )
    parsed = parse_article(text, published="2024-06-10")
    assert _actors_of(parsed, "May 2024")[0] == "China"


def test_when_of_the_date_does_not_bind_its_pronoun_to_the_main_subject() -> None:
    text = (
        "Port workers complained about the levy all week. The new levy has hurt dozens of "
        "small exporters since 2016 when they opened warehouses on the pier."
    )
    parsed = parse_article(text, published="2024-06-10")
    assert "new levy" not in _actors_of(parsed, "2016")


def test_role_description_is_the_person_titled_in_the_next_sentence() -> None:
    text = (
        "The Japanese ambassador to China flew home from Beijing on Tuesday in protest of a "
        "detention. Ambassador Hideo Tarumi is expected to stay in Tokyo for several days, "
        "officials said."
    )
    parsed = parse_article(text, published="2023-04-05")
    assert _actors_of(parsed, "Tuesday")[0] == "Hideo Tarumi"


def test_body_official_is_the_person_of_that_body_named_next() -> None:
    text = (
        "A Japanese Red Cross spokesman said on Wednesday that relief goods would leave for "
        'Pyongyang next month. "We are ready," Keiko Sato of the Japanese Red Cross Society '
        "said by telephone."
    )
    parsed = parse_article(text, published="2023-04-06")
    assert _actors_of(parsed, "Wednesday")[0] == "Keiko Sato"


def test_role_description_keeps_no_unrelated_later_person() -> None:
    text = (
        "A Japanese Red Cross spokesman said on Wednesday that relief goods would leave next "
        "month. Prime Minister Fumio Kishida welcomed the plan on Thursday."
    )
    parsed = parse_article(text, published="2023-04-06")
    assert "Fumio Kishida" not in _actors_of(parsed, "Wednesday")


def test_straight_quote_run_into_the_next_sentence_closes_a_quote() -> None:
    text = (
        'The envoy called the proposal "a dead end."While a district court ruled for the '
        "fishermen in 2020, the high court reversed it."
    )
    parsed = parse_article(text, published="2023-04-06")
    assert "district court" in _actors_of(parsed, "2020")


def test_event_noun_subject_takes_the_subject_of_the_earlier_verb() -> None:
    text = (
        "TOKYO (AP) -- In a closely watched case, Japan's Supreme Court ruled that the state "
        "must pay damages to former residents of a leprosarium.\n\n"
        "The long-delayed ruling, handed down Wednesday after six years of hearings, could "
        "affect dozens of similar suits."
    )
    actors = _actors_of(parse_article(text, published="2024-07-04"), "Wednesday")
    assert "Supreme Court" in actors
    assert "long-delayed ruling" not in actors  # the deed, not a doer


def test_event_noun_subject_with_no_earlier_verb_stays_as_written() -> None:
    text = (
        "The long-delayed ruling, handed down Wednesday after six years of hearings, could "
        "affect dozens of similar suits."
    )
    actors = _actors_of(parse_article(text, published="2024-07-04"), "Wednesday")
    assert actors == ("long-delayed ruling",)


def test_complement_clause_after_said_is_no_relative_clause() -> None:
    text = (
        "Moon Jae-in said on Tuesday that inter-Korean rail links would be studied, his "
        "spokesman added."
    )
    actors = _actors_of(parse_article(text, published="2018-05-02"), "Tuesday")
    assert "North Korea" not in actors


def test_host_named_later_in_the_sentence_joins_the_subject_event() -> None:
    text = (
        "A three-day film festival in Busan closed on Sunday without a visit by the "
        "president, but director Lee Soo-jin, who organized the gathering, said she was "
        "pleased with the turnout."
    )
    actors = _actors_of(parse_article(text, published="2022-10-10"), "Sunday")
    assert "Lee Soo-jin" in actors


def test_person_who_only_spoke_of_the_event_is_not_its_host() -> None:
    text = (
        "A three-day film festival in Busan closed on Sunday, but critic Lee Soo-jin, who "
        "reviewed the films, said the turnout was thin."
    )
    actors = _actors_of(parse_article(text, published="2022-10-10"), "Sunday")
    assert "Lee Soo-jin" not in actors
