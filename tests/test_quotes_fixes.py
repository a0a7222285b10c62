"""Fixes in the quote area: subscription blurbs, group speakers ("five residents said", "they
said" after a group).  Each test failed before its fix; negative cases say what must not change.
"""

from __future__ import annotations

import pytest

from nkjp.lexicon.speech import GROUP_HEADS
from nkjp.models import BODY, BOILERPLATE
from nkjp.pipeline import parse_article
from nkjp.segment import segment

# -- subscription blurbs -------------------------------------------------------------------------


def _kinds(paragraph: str) -> list[str]:
    text = f"The talks resumed on Monday.\n\n{paragraph}\n\nThe envoys left on Tuesday."
    return [s.kind for s in segment(text)]


@pytest.mark.parametrize(
    "blurb",
    [
        # a phrase no hint word led to: "briefing" and "digest" were no hints
        "Get our daily briefing in your inbox every morning.",
        "Read our free daily digest of Korea news.",
        "Try our e-mail briefing: Asia in five minutes.",
        # a phrase starting with a sign: a shared leading "\b" wanted a letter before it
        "\u00a9 2024 Hanbit Media",
    ],
)
def test_every_subscription_phrase_can_match(blurb: str) -> None:
    assert _kinds(blurb) == [BODY, BOILERPLATE, BODY]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We discussed it at our daily briefing," the ministry spokesperson said.',
        "The ministry holds free briefings for residents of the island.",
        "A digest of the report was sent to lawmakers in Tokyo.",
    ],
)
def test_briefings_and_digests_in_the_news_stay_body(paragraph: str) -> None:
    assert _kinds(paragraph) == [BODY, BODY, BODY]


# -- group speakers --------------------------------------------------------------------------------


def _said(text: str) -> list[tuple[str, str, str, bool]]:
    """(quoted or reported words, speaker, speaker phrase, named) of each quote of ``text``."""
    quotes = parse_article(text, published="2024-05-01", id="t").quotes
    return [(q.text, q.speaker, q.speaker_text, q.named) for q in quotes]


@pytest.mark.parametrize(
    ("text", "words", "group"),
    [
        (  # the group of the sentence before, a paragraph earlier
            "TOKYO, March 3 (Kyodo) -- Relatives of the abductees met the prime minister on "
            'Monday.\n\n"Time is running out for our parents," they said.',
            "Time is running out for our parents",
            "Relatives of the abductees",
        ),
        (  # "They" opening its sentence: the sentence before
            "SEOUL, Oct. 2 (Yonhap) -- Dozens of students from Daegu staged a sit-in near the "
            "consulate on Friday. They said they would stay until Tokyo apologizes.",
            "they would stay until Tokyo apologizes",
            "Dozens of students",
        ),
        (  # the group of a "quoted by" phrase; the man quoted is one person, not "they"
            'The man was quoted by Health Ministry officials as saying, "I only want to rest."'
            "\n\nThe man is in stable condition but tired, they said.",
            "The man is in stable condition but tired",
            "Health Ministry officials",
        ),
        (  # in its own sentence: a court is no "they", the fishermen are
            "A Busan court on Tuesday dismissed a suit filed by six fishermen over losses they "
            "said they suffered after the spill.",
            "they suffered after the spill",
            "six fishermen",
        ),
        (  # a group that says what someone is ('to be smugglers') is no second group
            "The four Vietnamese, who came ashore on Oki island, were first thought to be "
            "smugglers. But they told police their engine had failed during a storm.",
            "their engine had failed during a storm",
            "the four Vietnamese",
        ),
        (  # a body named inside the group does not speak for itself
            "Officials of the Fisheries Agency said Thursday the ban would end in May. They added "
            "that inspections would continue at every port.",
            "inspections would continue at every port",
            "Officials of the Fisheries Agency",
        ),
    ],
)
def test_they_is_the_group_in_reach(text: str, words: str, group: str) -> None:
    assert (words, group, False) in [(w, who, named) for w, who, _, named in _said(text)]


@pytest.mark.parametrize(
    "text",
    [
        # no group before "they"
        "The mayor of Ulsan met reporters on Tuesday. The budget will be cut in half, they said.",
        # two groups: either may be "they"
        'Riot police blocked dozens of protesters near the embassy on Sunday. "We will be back '
        'next week," they said.',
        # a body speaks beside the group: "they" may be the ministry too
        'The Foreign Ministry said the talks had failed, angering local residents. "We will try '
        'again," they said.',
        # the group is inside someone's quote
        '"The protesters were paid," said Kim Jae-sung. They said the rally had been planned for '
        "weeks.",
    ],
)
def test_they_without_one_clear_group_says_nothing(text: str) -> None:
    assert not [q for q in _said(text) if q[2].lower() in ("they", "we")]


def test_a_group_subject_is_an_unnamed_group_not_a_name() -> None:
    text = "Officials said the ferry would resume on Monday. Residents of the island welcomed it."
    (quote,) = parse_article(text, published="2024-05-01").quotes
    assert (quote.speaker, quote.named) == ("Officials", False)


def test_a_speech_noun_owner_speaks_the_fragment_not_the_outer_speaker() -> None:
    text = (
        "The nurses said they had moved to Saudi Arabia trusting Seoul's promise of a "
        '"golden opportunity" in the 1970s.'
    )
    got = _said(text)
    assert ("golden opportunity", "South Korea", "Seoul", True) in got
    # the nurses' report stays, as its quoted words are someone else's
    assert any(who == "The nurses" for _, who, _, _ in got)


def test_raised_their_voices_that_is_a_cue() -> None:
    text = (
        "At a rally on Saturday, fishermen on Jeju island raised their voices that the discharge "
        "plan must be scrapped."
    )
    assert ("the discharge plan must be scrapped", "fishermen on Jeju island") in [
        (w, who) for w, who, _, _ in _said(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        ("Some 1,500 people and a group of pro-Pyongyang activists gathered.", 2),
        ("The People Power Party and the Korean Residents Union disagreed.", 0),
        ("In Seoul, officials met Japan's defense officials.", 2),
        ("The passengers, including two Thai nationals, were rescued.", 1),
        ("The two men were thought to be defectors.", 1),
        ("Three Japanese nationals and the three Japanese met.", 2),
    ],
)
def test_group_phrases(sentence: str, groups: int) -> None:
    from nkjp.attribution import group_phrases

    assert len(group_phrases(sentence, 0, len(sentence))) == groups


# -- a group inside someone's report is not "they" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        (  # wire style: the group is what the agency reported
            "The fire agency said six hikers were stranded after a rockslide near Mount Daisen. "
            "They said the rescue would resume at first light.",
            "The fire agency",
        ),
        (  # a broadcaster reported it
            "Kyodo News reported that 14 Vietnamese trainees had left a farm in Gunma. They said "
            "they were owed wages.",
            "Kyodo News",
        ),
        (  # the body speaks after the group
            "Chinese fishing boats entered the zone twice, the navy said. They said the boats "
            "left before noon.",
            "the navy",
        ),
        (  # the group is only the object of a participle
            "The city said the landfill plan was dropped, angering nearby farmers. "
            '"We will sue," they said.',
            "The city",
        ),
        (  # a participle whose subject is the agency, not the group
            "The agency kept 30 workers inside the plant, saying the air was unsafe. They said "
            "the doors were locked.",
            "The agency",
        ),
        (  # "according to" names the body
            "Three sailors were hurt in the blast, according to the port authority. They said "
            "repairs would take a month.",
            "the port authority",
        ),
    ],
)
def test_a_group_in_someone_elses_report_is_not_they(text: str, reporter: str) -> None:
    got = _said(text)
    assert not [q for q in got if q[2].lower() in ("they", "we")]
    assert any(said == reporter for _, _, said, _ in got)  # the report itself is still found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (  # the group is the speaker of its sentence
            "Six nurses said the ward had been short-staffed for months. They said two had quit.",
            "Six nurses",
        ),
        (  # an inverted verb: the group after it
            '"We had no water," said four hikers. They said the fog had come suddenly '
            "and the path was lost.",
            "four hikers",
        ),
        (  # the group's own participle
            "The teachers left the meeting early, saying the new curriculum was rushed. They said "
            "they would strike in June.",
            "the teachers",
        ),
        (  # no report in the group's sentence
            "Dozens of workers walked off the job at Incheon on Monday. They said the new "
            "shifts were unsafe.",
            "Dozens of workers",
        ),
    ],
)
def test_a_group_speaking_itself_is_still_they(text: str, group: str) -> None:
    assert any(who == group and said.lower() == "they" for _, who, said, _ in _said(text))


# -- a group noun opening a sentence is no one's name -------------------------------------------


@pytest.mark.parametrize("head", sorted(GROUP_HEADS))
def test_every_group_head_opening_a_sentence_is_unnamed(head: str) -> None:
    got = _said(f"{head.capitalize()} said the plan was unsafe.")
    assert [(said, named) for _, _, said, named in got] == [(head.capitalize(), False)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Japanese and Filipino coast guard officers met in Manila on Friday. They said the "
            "joint drills would be held in May.",
            "Japanese and Filipino coast guard officers",
        ),
        (
            "North and South Korean athletes marched together in the opening ceremony. They said "
            "the moment was one they would never forget.",
            "North and South Korean athletes",
        ),
    ],
)
def test_a_coordinated_group_is_whole(text: str, group: str) -> None:
    assert any(who == group and said == "They" for _, who, said, _ in _said(text))


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Chinese or Russian diplomats declined to comment.", "Chinese or Russian diplomats"),
        ("Kim Min-seo and ministry officials declined to comment.", "ministry officials"),
    ],
)
def test_a_coordinated_group_phrase(sentence: str, group: str) -> None:
    from nkjp.attribution import group_phrases

    assert [sentence[s:e] for s, e in group_phrases(sentence, 0, len(sentence))] == [group]
