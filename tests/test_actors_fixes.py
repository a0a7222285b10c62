"""Fixes to the actors stage: dotted demonyms, a title's country, counts in digits, the case of
common-noun actors, picture credits.

Texts are our own, in the styles of wire services, Korean and Japanese outlets; the golden cases
beside them are tests/cases/actors/fixes_*.json.
"""

from __future__ import annotations

from datetime import date

import pytest

from nkjp import segment
from nkjp.actors import Cast, read_cast
from nkjp.lexicon import references as lref
from nkjp.lexicon import roles as lr


def cast_of(text: str, published: str = "2023-06-21") -> Cast:
    return read_cast(text, segment.segment(text), date.fromisoformat(published))


def speaker_of(cast: Cast, phrase: str) -> tuple[str, bool] | None:
    start = cast.text.index(phrase)
    who = cast.speaker(start, start + len(phrase))
    return None if who is None else (who.name, who.named)


def country_of(text: str) -> str | None:
    for pattern, country in lr.DEMONYM_WORDS:
        if pattern.search(text):
            return country
    return None


# -- "U.S." and other dotted demonyms end where no letter follows ------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (", a U.S. State Department spokeswoman", "United States"),
        (", a spokesman for the U.S.", "United States"),
        (", a U.S.-based analyst", "United States"),
        (", an N. Korean defector", "North Korea"),
        (", a professor at Tokyo University", None),
        (", a usual critic of the plan", None),  # no "us" in "usual"
    ],
)
def test_dotted_demonyms_are_whole_words(text: str, country: str | None) -> None:
    assert country_of(text) == country


def test_role_of_country_reads_the_us_before_a_space() -> None:
    m = lref.ROLE_OF_COUNTRY.search(" to the U.S. met reporters")
    assert m is not None and m["country"] == "the U.S."
    assert lref.ROLE_OF_COUNTRY.search(" to the U.S.A.-led talks") is None  # no "U.S.A" here


@pytest.mark.parametrize(
    ("appositive", "end"),
    [
        (", a spokeswoman for the U.S. State Department, said", ", said"),
        (", a lecturer at the U.N. University in Tokyo. She said", ". She said"),
        (", an analyst. He said", ". He said"),
    ],
)
def test_appositive_ends_at_a_full_stop_not_an_initial(appositive: str, end: str) -> None:
    m = lref.APPOSITIVE_END.search(appositive, 3)
    assert m is not None and appositive[m.start() :] == end


def test_us_appositive_gives_the_person_a_country() -> None:
    # Wire style: the U.S. spokeswoman is the latest one, but not the South Korean one.
    text = (
        "Han Seo-yeon, a Foreign Ministry spokeswoman in Seoul, said the talks were candid. "
        "Mary Caldwell, a U.S. State Department spokeswoman, told reporters in Washington that "
        "allies were consulted. The South Korean spokeswoman added that no statement was planned."
    )
    assert speaker_of(cast_of(text), "The South Korean spokeswoman") == ("Han Seo-yeon", True)


def test_us_appositive_after_the_noun_gives_the_person_a_country() -> None:
    text = (
        "Yoo Ji-won, a South Korean Finance Ministry official, arrived in Tokyo on Monday. "
        "Grace Holm, an official of the U.S. Treasury Department, arrived on Tuesday. "
        "The South Korean official met Japanese lawmakers on Wednesday."
    )
    assert speaker_of(cast_of(text), "The South Korean official") == ("Yoo Ji-won", True)


# -- the country of a title before a name is the person's --------------------------------------


def test_title_country_reaches_the_person() -> None:
    # Yonhap style: two foreign ministers, a later "the South Korean minister".
    text = (
        "SEOUL, June 20 (Yonhap) -- South Korean Foreign Minister Choi Min-jae met Chinese "
        "Foreign Minister Liang Weiguo in Busan on Tuesday. The South Korean minister said the "
        "two sides agreed to meet again."
    )
    assert speaker_of(cast_of(text), "The South Korean minister") == ("Choi Min-jae", True)


def test_title_country_goes_to_the_titled_name_only() -> None:
    # Kyodo style: the demonym of "Japanese Foreign Minister" is not the second person's.
    text = (
        "TOKYO - Japanese Foreign Minister Kenta Arai and Ryu Min-ho, a spokesman for the "
        "Chinese Red Cross, met in Tokyo on Friday. Ryu Min-ho said the talks went well. "
        "The Japanese spokesman said nothing."
    )
    # Ryu is Chinese by his appositive, not Japanese by Arai's title: the Japanese spokesman is
    # someone the article does not name
    found = speaker_of(cast_of(text), "The Japanese spokesman")
    assert found == ("The Japanese spokesman", False)


# -- Korean family names that are also sentence words -------------------------------------------


def test_korean_family_names_that_are_run_stop_words_stay() -> None:
    # Korea Herald style: "Oh", "An" and "No" are family names before a hyphenated given name.
    text = "Oh Ji-won, a ministry official, met An Chang-ho and No Kwang-il in Seoul on Monday."
    people = [m.actor for m in cast_of(text).mentions if m.type == "person"]
    assert people == ["Oh Ji-won", "An Chang-ho", "No Kwang-il"]


def test_interjections_and_articles_are_still_not_names() -> None:
    text = 'Oh, Kim Min-ho said "no." An Osaka court ruled on Monday.'
    people = [m.actor for m in cast_of(text).mentions if m.type == "person"]
    assert people == ["Kim Min-ho"]


def test_a_longer_korean_name_is_not_a_lexicon_persons_shorter_one() -> None:
    # Korea JoongAng Daily style: "Park Jin" is in the lexicon, "Park Jin-woo" someone else.
    text = (
        "Foreign Minister Park Jin met reporters on Monday. Park Jin-woo, a composer, said the "
        "concert would go ahead. Park Jin said the talks went well. Abe-era policies stayed."
    )
    people = [m.actor for m in cast_of(text, "2023-01-05").mentions if m.type == "person"]
    assert people == ["Park Jin", "Park Jin-woo", "Park Jin"]


# -- counts in digits --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["1.5 million people", "$300 workers", "10:30 women", "1959 Japanese wives", "3-4 men"],
)
def test_digit_count_is_not_a_decimal_sum_time_year_or_range(text: str) -> None:
    assert lref.DIGIT_COUNT.search(text) is None


def test_digit_count_keeps_the_group_count() -> None:
    # Japan Times style: the number written in digits stays in the actor, as "five" would.
    text = (
        "More than 90,000 ethnic Koreans left Japan for the North. Of them, 1,830 Japanese wives "
        "went with their husbands, and 43 North Korean students returned in 1965."
    )
    actors = {m.actor for m in cast_of(text, "2004-05-01").mentions}
    assert "1,830 Japanese wives" in actors
    assert "43 North Korean students" in actors
    assert "Japanese wives" not in actors


def test_date_before_a_demonym_is_not_a_count() -> None:
    text = "On Dec. 7 Chinese diplomats visited the site. In 2015 Japanese lawmakers did too."
    actors = {m.actor for m in cast_of(text, "2016-01-05").mentions}
    assert not any(a[:1].isdigit() for a in actors), actors


# -- common nouns keep one name whatever their case ---------------------------------------------


def test_police_is_one_actor_at_a_sentence_start_and_inside() -> None:
    text = (
        "Police in Osaka arrested two men on Monday. The men told police they had acted alone, "
        "the police said."
    )
    police = {m.actor for m in cast_of(text, "2022-03-08").mentions if "olice" in m.text}
    assert police == {"police"}


def test_proper_names_keep_their_case() -> None:
    text = "Japanese women who moved to the North wrote home. Osaka Prefectural Police said so."
    actors = {m.actor for m in cast_of(text, "2022-03-08").mentions}
    assert "Japanese women" in actors
    assert "police" not in actors  # a named force is not the common noun


# -- picture credits ----------------------------------------------------------------------------


def test_picture_credits_are_not_actors() -> None:
    text = (
        "TOKYO (Kyodo) -- Prime Minister Kenji Maeda visits Fukushima on Saturday. "
        "(Kyodo Photo)\n\nA rally in Seoul on Sunday. Photo by Jin Sung-woo\n\n"
        "Protesters march in Osaka. (AP Photo/Dana Kowalski)\n\nKyodo News said the visit "
        "lasted two hours."
    )
    found = [(m.text, m.actor) for m in cast_of(text, "2021-03-13").mentions]
    assert ("Kenji Maeda", "Kenji Maeda") in found
    assert not any(t in ("Jin Sung-woo", "Dana Kowalski", "AP") for t, _ in found), found
    kyodo = [t for t, _ in found if t.startswith("Kyodo")]
    assert kyodo == ["Kyodo", "Kyodo News"], found  # the dateline's and the reporting one


# -- nationality words and a description's country --------------------------------------------


def test_a_nationality_word_is_not_the_short_name_of_a_body() -> None:
    # Korea Times style: "Japanese" after "the Japanese Embassy" is an adjective.
    text = (
        "Seoul summoned Hiroshi Tanba of the Japanese Embassy on Monday. Officials said the "
        "Japanese textbook was unacceptable. Hanul LLC denied it; Hanul said it had no ties."
    )
    found = [(m.text, m.actor) for m in cast_of(text, "2019-04-02").mentions]
    assert ("Japanese", "Japanese Embassy") not in found
    assert ("Hanul", "Hanul LLC") in found  # the first word of a company still is


def test_a_description_with_a_country_prefers_a_person_known_of_it() -> None:
    # Korea Herald style: the Japanese diplomat, then a Korean official of no stated country.
    text = (
        "Kenji Ota, a spokesman for the Japanese consulate in Busan, met Yoon Tae-ho, a "
        "director at the city's port bureau, over lunch on Tuesday. The Japanese official said "
        "Tokyo's stance on the ferry route stood."
    )
    assert speaker_of(cast_of(text, "2019-04-02"), "The Japanese official") == ("Kenji Ota", True)


def test_a_description_with_a_country_still_takes_the_latest_unknown_one() -> None:
    text = (
        "Yoon Tae-ho, the director at the ministry's Northeast Asian bureau, met reporters. "
        "The South Korean official said talks would resume."
    )
    cast = cast_of(text, "2019-04-02")
    assert speaker_of(cast, "The South Korean official") == ("Yoon Tae-ho", True)


# -- words that open a sentence are no people ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit was filed in 2019. Instead, the court told the plaintiffs to settle.",
        "Separately, the professor said the ruling was wrong.",
        "Investigators said the boat had drifted for weeks.",
        "Prosecutors told the Seoul court that the man had spied for Pyongyang.",
    ],
)
def test_sentence_openers_are_not_people(text: str) -> None:
    people = [m.text for m in cast_of(text, "2020-02-02").mentions if m.type == "person"]
    assert not any(p in ("Instead", "Separately", "Investigators", "Prosecutors") for p in people)


def test_a_lone_name_before_said_is_still_a_person() -> None:
    text = "Tanabe said the ruling was wrong. Kelly, a researcher at the institute, agreed."
    people = [m.actor for m in cast_of(text, "2020-02-02").mentions if m.type == "person"]
    assert people == ["Tanabe", "Kelly"]


@pytest.mark.parametrize("credit", ["File photo", "Yonhap Photo", "Courtesy photo"])
def test_a_caption_picture_is_not_an_event_actor(credit: str) -> None:
    from nkjp.pipeline import parse_article

    text = (
        f"{credit} shows South Korean Unification Minister Chung Dong-young visiting the "
        "border village of Panmunjom in August 2025.\n\nThe ministry said talks would resume."
    )
    events = parse_article(text, published=date(2025, 10, 2)).events
    dated = [e for e in events if e.date == "2025-08"]
    assert dated, events
    assert credit not in dated[0].actors
    assert "Chung Dong-young" in dated[0].actors


# -- a group noun in a possessive is no reference to the group -----------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The women said they would stay.", "women"),
        ("the defectors, who arrived in May, spoke", "defectors"),
        ("The women's volleyball team won.", None),
        ("the men\u2019s final in Incheon", None),
        ("the students's parents", None),
        ("The plaintiffs' lawsuit was dismissed.", None),  # a noun after the group noun
    ],
)
def test_definite_group_is_not_a_possessive(text: str, noun: str | None) -> None:
    m = lref.DEFINITE_GROUP.search(text)
    assert (m["noun"] if m else None) == noun
