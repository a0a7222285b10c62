"""The actors stage: lexicon, mentions, in-article coreference, speakers, roles by date, queries.

Texts are our own, written in the styles of Kyodo, Yonhap, AP, Reuters and NHK; golden cases
live in tests/cases/actors/*.json (text beside the mentions and speakers expected of it).
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from nkjp import actors, segment
from nkjp.actors import (
    FUZZY_THRESHOLD,
    closest_actors,
    lexicon_entry,
    load_lexicon,
    match_actors,
    read_cast,
    role_holder,
)

CASES = sorted((Path(__file__).parent / "cases" / "actors").glob("*.json"))
SHARED = Path(__file__).parents[2] / "shared" / "dev-corpus"


def cast_of(text: str, published: str | None = "2020-01-01") -> actors.Cast:
    pub = date.fromisoformat(published) if published else None
    return read_cast(text, segment.segment(text), pub)


def speaker_of(cast: actors.Cast, phrase: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = cast.text.index(phrase, start + 1)
    return cast.speaker(start, start + len(phrase))


def resolved(cast: actors.Cast) -> list[tuple[str, str, str]]:
    return [(m.text, m.actor, m.type) for m in cast.mentions]


# -- golden cases ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    cast = cast_of(case["text"], case["published"])
    found = resolved(cast)
    for text, actor, kind in case["mentions"]:
        assert (text, actor, kind) in found, (text, actor, kind, found)
    if not case["mentions"]:
        assert [m for m in cast.mentions if m.type != "location"] == []
    for place in case.get("places", []):
        assert any(m.text == place and m.type == "location" for m in cast.mentions), place
    for phrase, name, named in case["speakers"]:
        who = speaker_of(cast, phrase)
        if name is None:
            assert who is None
        else:
            assert who is not None and (who.name, who.named) == (name, named), (phrase, who)
    for text in case["absent"]:
        assert all(m.text != text for m in cast.mentions), text


def test_mentions_point_at_their_text_and_are_in_order() -> None:
    text = (
        "SEOUL (Yonhap) -- President Moon Jae-in met Chinese President Xi Jinping in Beijing "
        "on Monday. Moon said Seoul and Beijing agreed to work together."
    )
    cast = cast_of(text, "2019-12-23")
    assert cast.mentions
    assert [m.start for m in cast.mentions] == sorted(m.start for m in cast.mentions)
    for m in cast.mentions:
        assert text[m.start : m.end] == m.text
    assert ("Moon", "Moon Jae-in", "person") in resolved(cast)
    assert ("Xi Jinping", "Xi Jinping", "person") in resolved(cast)


def test_bylines_and_boilerplate_give_no_mentions() -> None:
    text = "Abe meets Obama\n\nBy Kyodo\n\nRelated coverage:\n\nJapan protests to Pyongyang"
    cast = cast_of(text, "2014-04-24")
    kinds = {s.kind for s in segment.segment(text)}
    body = [m for m in cast.mentions]
    if kinds <= {"byline", "boilerplate"}:
        assert body == []
    for m in body:  # whatever the segmenter calls body, nothing comes from a byline line
        assert not text[m.start : m.end].startswith("By ")


# -- roles by date ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "country", "day", "holder"),
    [
        ("leader", "North Korea", "2011-12-16", "Kim Jong Il"),
        ("leader", "North Korea", "2011-12-18", "Kim Jong Un"),
        ("leader", "North Korea", "2010-06-01", "Kim Jong Il"),
        ("leader", "North Korea", "2014-06-01", "Kim Jong Un"),
        ("chief cabinet secretary", "Japan", "2020-09-15", "Yoshihide Suga"),
        ("chief cabinet secretary", "Japan", "2020-09-16", "Katsunobu Kato"),
        ("chief cabinet secretary", "Japan", "2014-03-04", "Yoshihide Suga"),
        ("chief cabinet secretary", "Japan", "2024-01-10", "Yoshimasa Hayashi"),
        ("prime minister", "Japan", "2024-09-30", "Fumio Kishida"),
        ("prime minister", "Japan", "2024-10-01", "Shigeru Ishiba"),
        ("prime minister", "Japan", "2012-12-25", "Yoshihiko Noda"),
        ("prime minister", "Japan", "2012-12-26", "Shinzo Abe"),
        ("president", "South Korea", "2022-05-09", "Moon Jae-in"),
        ("president", "South Korea", "2022-05-10", "Yoon Suk Yeol"),
        ("foreign minister", "Japan", "2015-12-28", "Fumio Kishida"),
        ("secretary of state", "United States", "2018-05-01", "Mike Pompeo"),
    ],
)
def test_role_holder_on_both_sides_of_a_change(
    role: str, country: str, day: str, holder: str
) -> None:
    assert role_holder(role, country, date.fromisoformat(day)) == holder


def test_role_holder_unknown_or_ambiguous_is_none() -> None:
    assert role_holder("president", None, date(2015, 1, 1)) is None  # US and South Korea
    assert role_holder("prime minister", "Japan", date(1950, 1, 1)) is None
    assert role_holder("astronaut", "Japan", date(2015, 1, 1)) is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2011-12-16", "Kim Jong Il"), ("2011-12-18", "Kim Jong Un")],
)
def test_role_phrase_in_text_resolves_on_the_publication_date(
    published: str, expected: str
) -> None:
    cast = cast_of("The North Korean leader inspected a farm, the state media said.", published)
    assert speaker_of(cast, "The North Korean leader").name == expected
    assert expected in cast.actors_in(0, 30)


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2020-09-15", "Yoshihide Suga"), ("2020-09-16", "Katsunobu Kato")],
)
def test_japans_chief_cabinet_secretary_by_date(published: str, expected: str) -> None:
    text = "Japan's chief cabinet secretary told a news conference the launch was regrettable."
    cast = cast_of(text, published)
    who = speaker_of(cast, "Japan's chief cabinet secretary")
    assert (who.name, who.named) == (expected, True)


def test_former_role_is_not_the_holder() -> None:
    cast = cast_of("The former prime minister visited Seoul on Tuesday.", "2015-05-01")
    assert all(m.type != "person" for m in cast.mentions)


# -- metonymy ---------------------------------------------------------------------------------


def test_capital_acting_is_its_country_and_capital_as_place_is_a_location() -> None:
    text = (
        "Tokyo protested strongly. Pyongyang's missile tests continue, and Washington urged "
        "restraint. The envoy arrived in Tokyo and later flew to Beijing. "
        "She teaches at Sophia University in Tokyo. A pro-Pyongyang group rallied."
    )
    cast = cast_of(text, "2022-10-04")
    found = resolved(cast)
    assert found[0] == ("Tokyo", "Japan", "country")
    assert ("Pyongyang", "North Korea", "country") in found
    assert ("Washington", "United States", "country") in found
    places = [(m.text, m.actor) for m in cast.mentions if m.type == "location"]
    assert places == [("Tokyo", "Tokyo"), ("Beijing", "Beijing"), ("Tokyo", "Tokyo")]
    assert found[-1] == ("Pyongyang", "North Korea", "country")  # pro-Pyongyang


def test_the_north_and_the_south() -> None:
    text = "The North fired two missiles, and the South responded. The North Pole is cold."
    cast = cast_of(text, "2022-10-04")
    assert [(m.text, m.actor) for m in cast.mentions] == [
        ("The North", "North Korea"),
        ("the South", "South Korea"),
    ]


def test_places_are_not_actors_in_spans() -> None:
    text = "Officials met in Seoul on Monday."
    cast = cast_of(text, "2022-10-04")
    assert [m.type for m in cast.mentions] == ["location"]
    assert cast.actors_in(0, len(text)) == ()


# -- people inside one article -------------------------------------------------------------


def test_surname_after_full_name_and_title_variants() -> None:
    text = (
        "Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo would respond. "
        "Hayashi added that the matter was grave. Prof. Junko Sato of Sophia University "
        "disagreed; Sato said the government overreacted, and the professor urged talks."
    )
    cast = cast_of(text, "2024-01-10")
    found = resolved(cast)
    assert ("Hayashi", "Yoshimasa Hayashi", "person") in found
    assert ("Sato", "Junko Sato", "person") in found
    assert ("the professor", "Junko Sato", "person") in found
    assert speaker_of(cast, "the professor").name == "Junko Sato"


def test_surname_of_lexicon_person_in_office_without_full_name() -> None:
    cast = cast_of("Abe told lawmakers he would not give up.", "2016-05-10")
    assert speaker_of(cast, "Abe").name == "Shinzo Abe"
    assert speaker_of(cast, "he").name == "Shinzo Abe"


def test_surname_of_nobody_in_office_stays_as_written() -> None:
    cast = cast_of("Han said she had waited 60 years.", "2009-03-01")
    who = speaker_of(cast, "Han")
    assert (who.name, who.named) == ("Han", True)


def test_unknown_korean_name_with_lowercase_syllable() -> None:
    text = "Lim Sung-ho, a spokesman for the Unification Ministry, said the talks went well."
    cast = cast_of(text, "2018-08-26")
    assert ("Lim Sung-ho", "Lim Sung-ho", "person") in resolved(cast)
    assert speaker_of(cast, "Lim Sung-ho, a spokesman for the Unification Ministry").name == (
        "Lim Sung-ho"
    )


def test_pronoun_prefers_subject_of_previous_sentence() -> None:
    text = (
        "Yuki Tanaka, a lawyer for the families, met Justice Minister Ito on Monday. "
        '"We are not giving up," she said.'
    )
    cast = cast_of(text, "2021-06-01")
    assert speaker_of(cast, "she").name == "Yuki Tanaka"


def test_pronoun_with_no_person_is_none() -> None:
    cast = cast_of("Rain fell all day. He said nothing.", "2021-06-01")
    assert speaker_of(cast, "He") is None


def test_description_named_after_it() -> None:
    text = (
        "Its president, Batbayar Dorj, said the company would pay the full price. "
        '"We are a business," the 52-year-old president said.'
    )
    cast = cast_of(text, "2013-10-24")
    assert speaker_of(cast, "Its president").name == "Batbayar Dorj"
    assert speaker_of(cast, "the 52-year-old president").name == "Batbayar Dorj"


def test_definite_description_after_an_unnamed_source_stays_unnamed() -> None:
    text = "A senior Chinese official told reporters talks would resume. The official declined."
    cast = cast_of(text, "2013-04-09")
    who = speaker_of(cast, "The official")
    assert who is not None and not who.named


def test_bodies_and_anaphors() -> None:
    text = (
        "The Osaka District Court on Tuesday rejected the suit. The court said the claim was "
        "too late. North Korea's foreign ministry said in a statement it regretted the ruling."
    )
    cast = cast_of(text, "2022-03-24")
    assert speaker_of(cast, "The court").name == "Osaka District Court"
    assert (
        speaker_of(cast, "North Korea's foreign ministry").name == "North Korean Foreign Ministry"
    )
    assert "Osaka District Court" in cast.actors_in(0, 60)


def test_government_alone_is_the_home_country() -> None:
    text = (
        "TOKYO -- The Japanese government will extend its export ban. The government said Japan "
        "would also freeze assets linked to Pyongyang."
    )
    cast = cast_of(text, "2016-02-19")
    assert speaker_of(cast, "The government").name == "Japan"
    assert ("Japanese government", "Japan", "country") in resolved(cast)


def test_actors_in_lists_each_actor_once_in_order() -> None:
    text = "Kishida and Yoon met in Tokyo; Kishida thanked Yoon and South Korea."
    cast = cast_of(text, "2023-03-16")
    assert cast.actors_in(0, len(text)) == ("Fumio Kishida", "Yoon Suk Yeol", "South Korea")


# -- lexicon and queries ---------------------------------------------------------------------


def test_lexicon_entries() -> None:
    entries = load_lexicon()
    assert load_lexicon() is entries or load_lexicon() == entries
    names = {e["name"] for e in entries}
    assert {"Kim Jong Un", "Korean Central News Agency", "Chongryon", "North Korea"} <= names
    for e in entries:
        assert e["type"] in {"person", "organization", "country", "location", "group"}
        for r in e["roles"]:
            assert r["start"] is None or date.fromisoformat(r["start"])
    kcna = lexicon_entry("KCNA")
    assert kcna is not None and kcna["name"] == "Korean Central News Agency"
    assert lexicon_entry("Kim Jong-un")["name"] == "Kim Jong Un"
    assert lexicon_entry("Workers’ Party of Korea")["name"] == "Workers' Party of Korea"
    assert lexicon_entry("Shinzō Abe")["name"] == "Shinzo Abe"
    assert lexicon_entry("Somebody Unknown") is None


NAMES = [
    "Kim Jong Un",
    "Kim Jong Il",
    "Kim Yo Jong",
    "Fumio Kishida",
    "Shinzo Abe",
    "Korean Central News Agency",
    "North Korea",
    "Hiroshi Tanabe",
    "Yoon Suk Yeol",
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kim", ["Kim Jong Un", "Kim Jong Il", "Kim Yo Jong"]),
        ("kim jong-un", ["Kim Jong Un"]),
        ("KCNA", ["Korean Central News Agency"]),
        ("Pyongyang", ["North Korea"]),
        ("Kishda", ["Fumio Kishida"]),
        ("prime minister", ["Fumio Kishida", "Shinzo Abe"]),
        ("tanabe", ["Hiroshi Tanabe"]),
        ("Yoon Suk-yeol", ["Yoon Suk Yeol"]),
        ("Jong Un", ["Kim Jong Un"]),
        ("Obama", []),
        ("of", []),
    ],
)
def test_match_actors(query: str, expected: list[str]) -> None:
    assert match_actors(query, NAMES) == expected


def test_typo_threshold_is_one_named_constant() -> None:
    assert 0 < FUZZY_THRESHOLD <= 100
    assert match_actors("Tanabee", NAMES) == ["Hiroshi Tanabe"]
    assert match_actors("Zzyzx", NAMES) == []


def test_closest_actors_for_did_you_mean() -> None:
    assert closest_actors("Kishidaa Fumo", NAMES, n=2)[0] == "Fumio Kishida"
    assert len(closest_actors("x", NAMES, n=3)) == 3


# -- robustness -----------------------------------------------------------------------------


def test_no_catastrophic_backtracking_on_long_capitalised_runs() -> None:
    text = ("The " + "Very " * 3000 + "Long Name said. ") + ("the " * 5000) + "Kim, " * 2000
    t0 = time.perf_counter()
    read_cast(text, segment.segment(text), date(2020, 1, 1))
    assert time.perf_counter() - t0 < 10  # orders of magnitude above normal


def test_empty_and_undated_text() -> None:
    assert cast_of("", None).mentions == ()
    cast = cast_of("The prime minister spoke.", None)
    assert all(m.type != "person" for m in cast.mentions)  # no date, no holder


# -- dev corpus (skips when ../shared is absent) --------------------------------------------


@pytest.mark.skipif(not SHARED.is_dir(), reason="no shared dev corpus")
def test_dev_corpus_entities_mostly_found() -> None:
    found = total = 0
    for path in sorted(SHARED.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        cast = cast_of(gold["text"], gold["published"])
        names = {m.actor.lower().replace("-", " ") for m in cast.mentions}
        for ent in gold["entities"]:
            if ent["type"] in ("person", "country"):
                total += 1
                found += ent["name"].lower().replace("-", " ") in names
    assert total and found / total >= 0.85


def test_the_official_after_a_named_one_and_an_unnamed_one() -> None:
    text = (
        "Unification Ministry official Cho Min-woo said the program would stop. "
        "A government official in Seoul told reporters the visitor had entered a closed zone. "
        '"It is regrettable," the official said.'
    )
    cast = cast_of(text, "2008-07-11")
    assert speaker_of(cast, "Cho Min-woo").name == "Cho Min-woo"
    who = speaker_of(cast, "the official")
    assert (who.name, who.named) == ("A government official", False)


def test_pronoun_after_appositive_and_said_is_that_person() -> None:
    text = (
        "Referring to what Tanaka called a turning point, Kenji Mori, a Waseda University "
        "professor, said he expects the talks to resume next year."
    )
    cast = cast_of(text, "2015-05-01")
    assert speaker_of(cast, "he").name == "Kenji Mori"


def test_unnamed_groups_are_actors_of_their_clause() -> None:
    text = (
        "Three North Korean fishermen reached a beach on Sunday, police said. "
        "The woman told officials she had been a teacher. About 300 people gathered."
    )
    cast = cast_of(text, "2007-06-06")
    found = resolved(cast)
    assert ("Three North Korean fishermen", "three North Korean fishermen", "group") in found
    assert ("police", "police", "group") in found
    assert ("The woman", "the woman", "person") in found
    assert ("About 300 people", "about 300 people", "group") in found
    who = speaker_of(cast, "police")
    assert who is not None and not who.named  # a group is never a named speaker


def test_the_two_countries_and_red_cross_societies() -> None:
    text = (
        "Japan and China agreed to resume talks. The visit was arranged by the Red Cross "
        "organizations of Japan and South Korea. It was the first meeting between the two "
        "countries since 2012."
    )
    cast = cast_of(text, "2014-03-04")
    trip = text.index("The visit")
    assert set(cast.actors_in(trip, trip + 95)) >= {
        "Japanese Red Cross Society",
        "South Korean Red Cross",
    }
    two = text.index("the two")
    assert set(cast.actors_in(two, len(text))) == {"Japan", "South Korea"}


def test_embassy_stands_for_its_state_and_short_company_name() -> None:
    text = (
        "Beijing summoned a diplomat from the Japanese Embassy on Friday. Hanul Trading Co. "
        "signed the contract, and Hanul said it would pay in cash."
    )
    cast = cast_of(text, "2013-12-18")
    found = resolved(cast)
    assert ("Japanese Embassy", "Japanese Embassy", "organization") in found
    assert ("Japanese", "Japan", "country") in found
    assert ("Hanul", "Hanul Trading Co.", "organization") in found
    assert speaker_of(cast, "it").name == "Hanul Trading Co."


def test_unknown_place_after_a_preposition_is_a_location() -> None:
    cast = cast_of("The boat drifted ashore near Oga on Monday.", "2007-06-06")
    assert [(m.text, m.type) for m in cast.mentions] == [("Oga", "location")]


def test_capital_as_an_actor_name_is_the_city() -> None:
    assert lexicon_entry("Tokyo") == {
        "name": "Tokyo",
        "type": "location",
        "aliases": [],
        "roles": [],
    }
    assert lexicon_entry("Ulan Bator")["name"] == "Ulaanbaatar"
    assert match_actors("North Korea", ["North Korea", "Pyongyang"]) == ["North Korea"]
    assert match_actors("Pyongyang", ["North Korea", "Pyongyang"]) == ["North Korea", "Pyongyang"]


def test_kinship_and_given_name_references() -> None:
    text = (
        "Sakie Yokota, 68, told a news conference in Tokyo that she was disappointed. "
        "Her husband Shigeru Yokota said the talks changed nothing. Their son Takuya Yokota "
        'joined them. "We will keep going," Takuya said. Her husband added that he was tired.'
    )
    cast = cast_of(text, "2004-05-24")
    assert speaker_of(cast, "Her husband").name == "Shigeru Yokota"
    assert speaker_of(cast, "Takuya", 1).name == "Takuya Yokota"
    assert speaker_of(cast, "Her husband", 1).name == "Shigeru Yokota"


def test_alias_running_past_a_capitalised_run_and_role_modifiers() -> None:
    text = (
        "South Korea's Joint Chiefs of Staff said the missile flew 600 km. "
        "Presidential spokesman Lim Sung-ho said the launch was a provocation, and "
        "presidential spokesman Lim added that Seoul would respond."
    )
    cast = cast_of(text, "2021-10-19")
    assert speaker_of(cast, "South Korea's Joint Chiefs of Staff").name == "Joint Chiefs of Staff"
    assert speaker_of(cast, "presidential spokesman Lim").name == "Lim Sung-ho"


def test_pronoun_after_an_unnamed_source_stays_unnamed() -> None:
    text = (
        "President Moon Jae-in ordered the plan on Monday. "
        '"It can start quickly," a ministry official said on condition of anonymity. '
        "He added that equipment would need a sanctions exemption."
    )
    cast = cast_of(text, "2019-03-08")
    who = speaker_of(cast, "He")
    assert (who.name, who.named) == ("a ministry official", False)


def test_the_two_leaders_are_the_last_two_people_named() -> None:
    text = (
        "Kim Dae-jung flew to Pyongyang, where Kim Jong Il greeted him at the airport. "
        "The two leaders signed a joint declaration on Thursday."
    )
    cast = cast_of(text, "2000-06-16")
    two = text.index("The two")
    assert cast.actors_in(two, len(text)) == ("Kim Dae-jung", "Kim Jong Il")


def test_capitalised_word_after_the_north_is_a_place_name() -> None:
    # general rule: "the North"/"the South" followed by a capitalised word is part of a name
    text = (
        "Researchers based at the South Pole station said the North Atlantic storms eased. "
        "The South later rejected the offer."
    )
    cast = cast_of(text, "2019-02-11")
    assert [(m.text, m.actor) for m in cast.mentions if m.rule == "the-north"] == [
        ("The South", "South Korea")
    ]


def _long_mixed_text(repeats: int) -> str:
    """Names, descriptions, pronouns and stray quote marks, with few sentence ends."""
    parts = (
        'Mayor Hiroko Tanabe "said the ministry and the court, ',
        "the two countries and Pyongyang \u201cwarned ",
        "she and the official of the Osaka court met ",
        "Seo Ji-won, a lawmaker, and the expert added ",
        "the Kobe court and Tokyo and Seoul said he ",
    )
    return "".join(parts[k % len(parts)] for k in range(repeats)) + "."


def test_read_cast_grows_about_linearly_on_long_text() -> None:
    # a loose guard (orders of magnitude) against look-backs that rescan the whole article
    def seconds(text: str) -> float:
        t0 = time.process_time()
        cast_of(text, "2021-06-01")
        return time.process_time() - t0

    small, large = _long_mixed_text(500), _long_mixed_text(5000)
    assert seconds(large) < 40 * max(seconds(small), 0.01)
