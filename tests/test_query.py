"""query.py: filters over hand-built records (no parser involved)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from nkjp import query
from nkjp.digest import digest, digests, edtf_bounds
from nkjp.errors import NkjpError, UsageError
from nkjp.models import Article, Event, Mention, ParsedArticle, Quote

TODAY = date(2025, 6, 15)


def event(eid: str, day: str | None, actors: tuple[str, ...], sentence: str, at: int = 0) -> Event:
    start, end = edtf_bounds(day) if day else (None, None)
    return Event(
        id=eid, article=eid.split("#")[0], date=day, start=start, end=end,
        precision="day" if day and len(day) == 10 else "year", date_text=day or "",
        actors=actors, action="met", sentence=sentence, span=(at, at + len(sentence)),
    )  # fmt: skip


def quote(qid: str, speaker: str, text: str, kind: str = "direct", at: int = 0) -> Quote:
    return Quote(
        id=qid, article=qid.split("#")[0], speaker=speaker, speaker_text=speaker, named=True,
        text=text, kind=kind, cue="said", date=None, sentence=f'"{text}," {speaker} said.',
        span=(at, at + len(text)),
    )  # fmt: skip


def parsed(aid: str, events=(), quotes=(), mentions=()) -> ParsedArticle:  # noqa: ANN001
    return ParsedArticle(Article(aid, "x"), (), (), tuple(mentions), tuple(events), tuple(quotes))


SEOUL = parsed(
    "yonhap-1",
    events=[
        event("yonhap-1#e2", "2019-06-30", ("Moon Jae-in", "Donald Trump"),
              "They met at Panmunjom.", 90),
        event("yonhap-1#e1", "2018-04-27", ("Moon Jae-in", "Kim Jong Un"),
              "The leaders met in 2018.", 10),
    ],
    quotes=[quote("yonhap-1#q1", "Moon Jae-in", "Peace is within reach", "partial")],
)  # fmt: skip
NHK = parsed(
    "nhk-7",
    events=[
        event("nhk-7#e1", "2017", ("North Korea",), "North Korea fired a Hwasong-14 in 2017."),
        event("nhk-7#e2", None, ("Japan",), "Japan protested [again]."),
    ],
    quotes=[quote("nhk-7#q1", "Shinzo Abe", "This is an unprecedented threat")],
)  # fmt: skip
CORPUS = digests([SEOUL, NHK])


def ids(hits) -> list[str]:  # noqa: ANN001
    return [h.record.id for h in hits]


def test_events_keep_article_order_then_position():
    assert ids(query.events(CORPUS, query.Filters())) == [
        "yonhap-1#e1", "yonhap-1#e2", "nhk-7#e1", "nhk-7#e2",
    ]  # fmt: skip


def test_window_overlap_is_precision_aware():
    year = query.window("2017", "2017", TODAY)
    assert year == (date(2017, 1, 1), date(2017, 12, 31))
    assert ids(query.events(CORPUS, query.Filters(window=year))) == ["nhk-7#e1"]
    # A day inside 2017 overlaps the year-precision event; undated events never match a window.
    day = query.window("2017-07-04", "2017-07-04", TODAY)
    assert ids(query.events(CORPUS, query.Filters(window=day))) == ["nhk-7#e1"]
    since = query.window("2018-05-01", None, TODAY)
    assert ids(query.events(CORPUS, query.Filters(window=since))) == ["yonhap-1#e2"]


@pytest.mark.parametrize(
    "start,end,win,expected",
    [
        ("2014-03-03", "2014-03-03", (date(2014, 3, 1), date(2014, 3, 31)), True),
        ("2014-02-01", "2014-02-28", (date(2014, 3, 1), None), False),
        ("2014-01-01", "2014-12-31", (None, date(2014, 3, 1)), True),
        ("2015-01-01", "2015-12-31", (None, date(2014, 12, 31)), False),
        (None, None, (None, None), True),
        (None, None, (date(2014, 1, 1), None), False),
    ],
)
def test_in_window(start, end, win, expected):  # noqa: ANN001
    assert query.in_window(start, end, win) is expected


def test_bad_user_date_is_a_usage_error_naming_the_value():
    with pytest.raises(UsageError, match="--since: 'next blursday' is not a date"):
        query.window("next blursday", None, TODAY)
    with pytest.raises(UsageError, match="--until"):
        query.window(None, "2014-13-45", TODAY)


def test_since_after_until_is_a_usage_error():
    with pytest.raises(UsageError, match="after --until"):
        query.window("2015", "2014", TODAY)


def test_keywords_are_whole_words_any_case_and_all_must_match():
    f = query.Filters(keywords=("MET",))
    assert ids(query.events(CORPUS, f)) == ["yonhap-1#e1", "yonhap-1#e2"]
    assert ids(query.events(CORPUS, query.Filters(keywords=("me",)))) == []
    both = query.Filters(keywords=("met", "Panmunjom"))
    assert ids(query.events(CORPUS, both)) == ["yonhap-1#e2"]
    assert ids(query.events(CORPUS, query.Filters(keywords=("Hwasong-14",)))) == ["nhk-7#e1"]


def test_keyword_matches_quote_text():
    found = query.quotes(CORPUS, query.Filters(keywords=("unprecedented",)))
    assert ids(found) == ["nhk-7#q1"]


def test_actor_match_filters_events_and_quotes():
    match = query.ActorMatch(frozenset({"Moon Jae-in"}))
    assert ids(query.events(CORPUS, query.Filters(), match)) == ["yonhap-1#e1", "yonhap-1#e2"]
    assert ids(query.quotes(CORPUS, query.Filters(), match)) == ["yonhap-1#q1"]


def test_kind_and_article_filters():
    assert ids(query.quotes(CORPUS, query.Filters(kind="partial"))) == ["yonhap-1#q1"]
    assert ids(query.events(CORPUS, query.Filters(article="nhk-7"))) == ["nhk-7#e1", "nhk-7#e2"]
    with pytest.raises(NkjpError, match="no article 'kcna-1'"):
        list(query.events(CORPUS, query.Filters(article="kcna-1")))


def test_timeline_orders_by_date_with_undated_last():
    found = query.timeline(query.events(CORPUS, query.Filters()))
    assert ids(found) == ["nhk-7#e1", "yonhap-1#e1", "yonhap-1#e2", "nhk-7#e2"]
    assert [query.period(h.record) for h in found] == ["2017", "2018-04", "2019-06", "undated"]


def test_corpus_names_collects_mentions_actors_and_speakers():
    names = query.corpus_names(CORPUS)
    assert names == ["Moon Jae-in", "Donald Trump", "Kim Jong Un", "North Korea", "Japan",
                     "Shinzo Abe"]  # fmt: skip


def test_match_names_widens_and_reports_ambiguity():
    names = ["Kim Jong Un", "Kim Yo Jong", "Fumio Kishida", "Yoon Suk Yeol"]
    match = query.match_names(["Kim", "Yoon"], names)
    assert match.names == {"Kim Jong Un", "Kim Yo Jong", "Yoon Suk Yeol"}
    assert match.ambiguous() == [("Kim", ("Kim Jong Un", "Kim Yo Jong"))]


def test_match_names_tolerates_a_typo():
    match = query.match_names(["Kishda"], ["Kim Jong Un", "Fumio Kishida"])
    assert match.names == {"Fumio Kishida"}


def test_no_match_raises_with_closest_names():
    with pytest.raises(query.NoActorMatchError) as err:
        query.match_names(["Zelensky"], ["Kim Jong Un", "Fumio Kishida"])
    assert "no actor matches 'Zelensky'" in str(err.value)


def test_aggregate_actors_counts_mentions_and_articles():
    mentions = [
        Mention(0, 4, "Moon", "Moon Jae-in", "person"),
        Mention(10, 21, "Moon Jae-in", "Moon Jae-in", "person"),
        Mention(30, 33, "Seoul", "South Korea", "country"),
    ]
    corpus = digests([parsed("a", mentions=mentions), parsed("b", mentions=mentions[:1])])
    found = query.aggregate_actors(corpus)
    assert [(a.name, a.mentions, a.articles) for a in found] == [
        ("Moon Jae-in", 3, ("a", "b")),
        ("South Korea", 1, ("a",)),
    ]
    moon = found[0]
    assert moon.type == "person"


def test_article_rows_count_records():
    rows = list(query.article_rows(CORPUS))
    assert [(r.id, r.events, r.quotes) for r in rows] == [("yonhap-1", 2, 1), ("nhk-7", 2, 1)]


def test_hits_carry_the_as_dict_json():
    from nkjp.models import as_dict

    for h in query.events(CORPUS, query.Filters()):
        assert json.loads(h.json) == as_dict(h.record)
    for h in query.quotes(CORPUS, query.Filters()):
        assert json.loads(h.json) == as_dict(h.record)


def test_digest_counts_mentions_per_form():
    mentions = [
        Mention(0, 5, "Tokyo", "Japan", "country"),
        Mention(9, 14, "Tokyo", "Japan", "country"),
        Mention(20, 25, "Japan", "Japan", "country"),
    ]
    d = digest(parsed("kyodo-2", mentions=mentions))
    assert d.cast == (
        ("Japan", "country", "Tokyo", "", 2),
        ("Japan", "country", "Japan", "", 1),
    )
    assert d.names == ("Japan",)


def test_hit_rebuilds_the_very_record():
    originals = {r.id: r for p in (SEOUL, NHK) for r in (*p.events, *p.quotes)}
    found = [*query.events(CORPUS, query.Filters()), *query.quotes(CORPUS, query.Filters())]
    assert len(found) == len(originals)
    for h in found:
        assert h.record == originals[h.record.id]


def test_no_match_suggests_named_actors_not_unnamed_sources():
    names = ["a senior ministry official in Seoul", "Moon Jae-in", "the defense ministry"]
    with pytest.raises(query.NoActorMatchError) as err:
        query.match_names(["Zelensky"], names)
    assert err.value.closest == ("Moon Jae-in",)


# -- named and unnamed actors (nkjp actors [--all]) ----------------------------------------


def _m(start: int, form: str, actor: str, kind: str, rule: str) -> Mention:
    return Mention(start, start + len(form), form, actor, kind, rule)


# An invented wire story: named people, a body, a country, a group named by nationality, and
# unnamed references: a counted group, "the teenager", police, an official only a pronoun and an
# event refer to, and a subject an event keeps as written.
MANILA = parsed(
    "pna-31",
    mentions=[
        _m(0, "Rodrigo Reyes", "Rodrigo Reyes", "person", "name"),
        _m(20, "Reyes", "Rodrigo Reyes", "person", "surname"),
        _m(30, "The envoy", "Rodrigo Reyes", "person", "description"),
        _m(45, "he", "Rodrigo Reyes", "person", "pronoun"),
        _m(50, "Japan", "Japan", "country", "lexicon"),
        _m(60, "the two countries", "Japan", "country", "the-two"),
        _m(80, "Philippine Coast Guard", "Philippine Coast Guard", "organization", "run"),
        _m(110, "Chinese fishermen", "Chinese fishermen", "group", "unnamed"),
        _m(130, "four Chinese fishermen", "four Chinese fishermen", "group", "unnamed"),
        _m(160, "the teenager", "the teenager", "person", "unnamed"),
        _m(170, "Police", "Police", "group", "unnamed"),
        _m(180, "police", "police", "group", "unnamed"),
        _m(190, "He", "A port official", "person", "pronoun"),
    ],
    events=[
        event("pna-31#e1", "2024-05-02", ("Philippine Coast Guard", "dock workers"),
              "Dock workers and the coast guard searched the pier.", 200),
        event("pna-31#e2", "2024-05-03", ("A port official",), "He said it was closed.", 260),
    ],
    quotes=[quote("pna-31#q1", "Marina Santos", "The pier is safe", at=300)],
)  # fmt: skip
NAMED = [
    "Rodrigo Reyes", "Japan", "Philippine Coast Guard", "Chinese fishermen", "Marina Santos",
]  # fmt: skip
UNNAMED = ["four Chinese fishermen", "the teenager", "Police", "police", "A port official",
           "dock workers"]  # fmt: skip


def test_actors_lists_named_ones_unless_asked_for_all():
    corpus = digests([MANILA])
    assert sorted(a.name for a in query.aggregate_actors(corpus)) == sorted(NAMED)
    everyone = query.aggregate_actors(corpus, unnamed=True)
    assert sorted(a.name for a in everyone) == sorted(NAMED + UNNAMED)
    # the listing order is the same either way: most mentioned first, then by name
    assert [a.name for a in everyone if a.name in NAMED] == [
        a.name for a in query.aggregate_actors(corpus)
    ]


def test_actor_aliases_are_forms_of_the_name_not_descriptions():
    reyes = next(a for a in query.aggregate_actors(digests([MANILA])) if a.name == "Rodrigo Reyes")
    assert reyes.aliases == ("Reyes",)  # not "The envoy", nor "he"
    assert reyes.mentions == 4


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("Chinese fishermen", True),
        ("Russian sailors", True),
        ("American students", True),
        ("Japanese students", True),
        ("three Russian sailors", False),
        ("the Chinese fishermen", False),
        ("several officials", False),
        ("about 40 Russians", False),
        ("police", False),
        ("the teenager", False),
        ("Japan", False),  # a country, not a group (named by its own rule)
    ],
)
def test_named_group(name: str, named: bool):
    assert query.is_named_group(name) is named


def test_find_actors_says_when_only_unnamed_references_match():
    corpus = digests([MANILA])
    found, _ = query.find_actors(corpus, "Reyes")
    assert [a.name for a in found] == ["Rodrigo Reyes"]
    with pytest.raises(query.NoActorMatchError) as err:
        query.find_actors(corpus, "police")
    assert str(err.value) == (
        "no actor matches 'police' (unnamed references do: Police, police; add --all)"
    )
    found, _ = query.find_actors(corpus, "police", unnamed=True)
    assert [a.name for a in found] == ["Police", "police"]
    with pytest.raises(query.NoActorMatchError) as err:
        query.find_actors(corpus, "Zelensky")
    assert str(err.value).endswith("(see `nkjp actors`)")
