"""Segmentation: paragraphs, sentences with exact offsets, and sentence kinds.

Golden cases live in tests/cases/segment/*.json (input text beside the expected sentences).
To regenerate one on purpose, run segment() on its text and review the diff like code.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkjp.models import BODY, BOILERPLATE, BYLINE, CAPTION
from nkjp.segment import segment

CASES = sorted((Path(__file__).parent / "cases" / "segment").glob("*.json"))


def sents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in segment(text)]


def assert_offsets(text: str) -> None:
    previous_end = 0
    previous_para = 0
    for s in segment(text):
        piece = text[s.start : s.end]
        assert piece, s
        assert piece == piece.strip(), s
        assert 0 <= previous_end <= s.start < s.end <= len(text)
        assert s.paragraph >= previous_para
        previous_end, previous_para = s.end, s.paragraph


# --- golden cases --------------------------------------------------------------------------


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 6


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    text = case["text"]
    got = [
        {"paragraph": s.paragraph, "kind": s.kind, "text": text[s.start : s.end]}
        for s in segment(text)
    ]
    assert got == case["sentences"]
    assert_offsets(text)


# --- sentence boundaries -------------------------------------------------------------------


def test_plain_sentences_and_offsets() -> None:
    text = "  Kim Yo Jong issued a statement.  Seoul rejected it!\n\nWas it a threat? Nobody knew. "
    assert sents(text) == [
        "Kim Yo Jong issued a statement.",
        "Seoul rejected it!",
        "Was it a threat?",
        "Nobody knew.",
    ]
    assert [s.paragraph for s in segment(text)] == [0, 0, 1, 1]
    assert_offsets(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prof. Park Won-gon of Ewha Womans University spoke first.",
        "Dr. Tanaka and Mr. Sato met Gen. Lee and Lt. Col. Cho at the base.",
        "The meeting began at 9:30 a.m. on Sept. 3 in Geneva.",
        "The launch came at 4 p.m. local time, officials said.",
        "U.S. President Joe Biden met U.N. envoys in Washington.",
        "Security Council Resolution No. 2397 was adopted in Dec. 2017.",
        "The letter was signed by J. Smith and A. B. Kowalski.",
        "Families returned from N. Korea and S. Korea in Jan. 2002.",
        "Toyota Motor Corp. and Sony Group Inc. said they would comply.",
        "St. Louis and Mt. Paektu were mentioned, e.g. in the report.",
        "Hyundai Asan Co. operated the tours.",
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(sentence: str) -> None:
    text = sentence + " The talks then ended."
    assert sents(text) == [sentence, "The talks then ended."]


def test_abbreviation_can_still_end_a_sentence_before_an_opener() -> None:
    text = (
        "Seoul kept its distance from the U.S. But the talks went ahead at 3 p.m. "
        "The ministry agreed."
    )
    assert sents(text) == [
        "Seoul kept its distance from the U.S.",
        "But the talks went ahead at 3 p.m.",
        "The ministry agreed.",
    ]


def test_sentence_ends_inside_closing_quotes() -> None:
    text = (
        'He told the rally, "We will not give up." The crowd cheered. '
        "“It is a sign,” an official said. “A small one.” "
        '"Is it over?" asked a reporter. She said "no."'
    )
    assert sents(text) == [
        'He told the rally, "We will not give up."',
        "The crowd cheered.",
        "“It is a sign,” an official said.",
        "“A small one.”",
        '"Is it over?" asked a reporter.',
        'She said "no."',
    ]


def test_quote_closed_after_a_space() -> None:
    text = "He urged “‘dialogue and pressure.’ ” The talks resumed."
    assert sents(text) == ["He urged “‘dialogue and pressure.’ ”", "The talks resumed."]


def test_run_together_sentences_of_scraped_text() -> None:
    text = 'The court ruled in 2019.It was final.The firm said it was "unjust."Officials agreed.'
    assert sents(text) == [
        "The court ruled in 2019.",
        "It was final.",
        'The firm said it was "unjust."',
        "Officials agreed.",
    ]


def test_dotted_names_and_numbers_are_not_split() -> None:
    text = (
        "Washington D.C. hosted talks on the U.S.-ROK alliance worth $1.5 billion "
        "at www.example.org today."
    )
    assert sents(text) == [text]


def test_no_punctuation_is_one_sentence() -> None:
    text = "Kim Jong Un met Vladimir Putin on Friday"
    assert kinds(text) == [(BODY, text)]


def test_empty_and_blank_texts_give_nothing() -> None:
    assert segment("") == ()
    assert segment(" \n\n\t \n") == ()


def test_crlf_and_cr_line_breaks() -> None:
    text = "Seoul protested.\r\n\r\nTokyo replied on Monday.\rBoth sides met."
    assert sents(text) == ["Seoul protested.", "Tokyo replied on Monday.", "Both sides met."]
    assert [s.paragraph for s in segment(text)] == [0, 1, 2]


def test_single_newline_separates_paragraphs() -> None:
    text = "The talks began.\nThey ended late.\nNo deal was reached."
    assert [s.paragraph for s in segment(text)] == [0, 1, 2]


def test_hard_wrapped_lines_are_joined() -> None:
    text = (
        "Officials from both countries will meet in Hanoi in \n"
        "late May to discuss the remains of soldiers, the \n"
        "ministry said in a statement.\n"
        "The talks were last held in \n"
        "October 2008 and broke down over \n"
        "compensation.\n"
    )
    assert sents(text) == [
        "Officials from both countries will meet in Hanoi in \nlate May to discuss the remains "
        "of soldiers, the \nministry said in a statement.",
        "The talks were last held in \nOctober 2008 and broke down over \ncompensation.",
    ]


# --- datelines and bylines -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "rest"),
    [
        ("TOKYO (Reuters) - ", "Japan's defense minister said on Friday the missile landed."),
        ("SEOUL, South Korea (AP) — ", "South Korea's president vowed a firm response."),
        ("SEOUL, May 7 (Yonhap) -- ", "North Korea fired two missiles, the military said."),
        ("PYONGYANG, North Korea -- ", "Crowds gathered in the square on Sunday."),
        ("BEIJING — ", "China urged restraint."),
        ("SEOUL/TOKYO (Reuters) - ", "Both governments welcomed the deal."),
        ("Seoul (AFP) - ", "South Korea's spy agency said Kim was ill."),
    ],
)
def test_dateline_is_not_part_of_the_first_sentence(dateline: str, rest: str) -> None:
    text = "Headline without a full stop\n\n" + dateline + rest + "\n\nMore followed."
    found = kinds(text)
    assert found[0] == (BYLINE, "Headline without a full stop")
    assert found[1] == (BODY, rest)


def test_capitalised_opening_that_is_not_a_dateline_is_kept() -> None:
    text = "U.S.-North Korea talks resumed on Monday. NATO - the alliance - was silent."
    assert sents(text)[0] == "U.S.-North Korea talks resumed on Monday."


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe",
        "By Kim Tong-hyung and Mari Yamaguchi",
        "• Kyodo",
        "• Kyodo News",
        "Reuters News",
        "Kyodo, JIJI",
        "Posted: Apr 2, 2015 6:05 PM",
        "  • Published : Sep 9, 2016 - 10:21",
        "Oct. 11, 2016 - Updated 02:15 UTC",
        "DATE=6/30/2001",
    ],
)
def test_byline_lines(line: str) -> None:
    text = f"{line}\n\nThe ministry said on Monday it would send an envoy.\n\nThat was all."
    assert kinds(text)[0] == (BYLINE, line.strip())
    assert kinds(text)[1][0] == BODY


def test_headline_block_before_the_body() -> None:
    text = (
        "Japan, China agree to restart security dialogue\n\n"
        "Talks set for Tokyo; ministers to attend\n\n"
        "Japan and China agreed Saturday to resume their security dialogue.\n\n"
        "The ministers will meet in July."
    )
    assert [k for k, _ in kinds(text)] == [BYLINE, BYLINE, BODY, BODY]


def test_body_paragraph_without_full_stop_later_on_stays_body() -> None:
    text = (
        "The envoy arrived in Seoul on Monday.\n\n"
        "The second group was set to return on Sunday\n\n"
        "Officials said the visit went well."
    )
    assert [k for k, _ in kinds(text)] == [BODY, BODY, BODY]


def test_opening_that_leads_into_a_quote_is_body() -> None:
    text = 'Foreign Minister Kang Kyung-wha said:\n\n"We will not back down."'
    assert [k for k, _ in kinds(text)] == [BODY, BODY]


def test_byline_with_email_in_the_opening_paragraph() -> None:
    text = (
        "Seoul protests Tokyo's map. Aug. 03, 2021 09:10. by Jane Roe jroe@example.com.\n\n"
        "The ministry summoned a Japanese diplomat on Tuesday."
    )
    found = kinds(text)
    assert {k for k, _ in found[:-1]} == {BYLINE}
    assert found[-1] == (BODY, "The ministry summoned a Japanese diplomat on Tuesday.")


def test_trailing_lone_agency_name_is_a_byline() -> None:
    text = "The ministry confirmed the launch. Officials declined to comment. AFP"
    assert kinds(text)[-1] == (BYLINE, "AFP")


# --- captions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "File photo shows Chinese President Xi Jinping in Beijing in March 2019. (Xinhua/Kyodo)",
        "Photo shows the Japanese delegation arriving at Pyongyang airport on Oct. 2, 2004.",
        "This photo taken on Jan. 4, 2021, shows a missile launch. (KCNA via KNS)",
        "Photo: Japanese Foreign Minister Yoko Kamikawa in Tokyo.",
        "In this Aug. 9, 2017, file photo, soldiers march in Seoul.",
        "Protesters rally near the embassy in Seoul on Monday. (AP Photo/Kang Min-seo)",
        "Protesters rally near the embassy in Seoul on Monday. (Yonhap)",
        "Soldiers stand guard at the border on June 12, 2018. (Reuters)",
    ],
)
def test_captions(caption: str) -> None:
    text = (
        "The envoy arrived in Tokyo on Monday.\n\n"
        f"{caption}\n\n"
        "She will stay until Friday, officials said."
    )
    found = kinds(text)
    assert found[0][0] == BODY
    assert found[-1] == (BODY, "She will stay until Friday, officials said.")
    middle = found[1:-1]
    assert middle and all(k == CAPTION for k, _ in middle)
    assert "".join(s for _, s in middle).replace(" ", "") == caption.replace(" ", "")


def test_bare_credit_line_makes_its_block_a_caption() -> None:
    text = (
        "Rescue workers search the rubble in Wajima, Japan, on Jan. 3, 2024.\n"
        "Kyodo photo\n\n"
        "The death toll rose to 84 on Thursday."
    )
    assert [k for k, _ in kinds(text)] == [CAPTION, CAPTION, BODY]


def test_parenthesised_aside_is_not_a_caption() -> None:
    text = (
        "The dispute was taken before the International Court of Justice (ICJ).\n\n"
        "The report was written by the Associated Press (AP).\n\n"
        "The ministry released a photo showing the launch on Monday.\n\n"
        "No ruling followed."
    )
    assert {k for k, _ in kinds(text)} == {BODY}


def test_credit_after_the_last_body_paragraph_is_a_byline() -> None:
    text = (
        "North Korea fired a missile on Sunday.\n\n"
        "It flew about 600 km before falling into the sea, the military said. (Yonhap)"
    )
    assert kinds(text)[1:] == [
        (BODY, "It flew about 600 km before falling into the sea, the military said."),
        (BYLINE, "(Yonhap)"),
    ]


# --- boilerplate ---------------------------------------------------------------------------


def test_related_link_list_to_the_end() -> None:
    text = (
        "The summit ended on Friday.\n\n"
        "Read more:\n\n"
        "Japan, U.S. agree on missile shield\n\n"
        "What next for the six-party talks?"
    )
    assert [k for k, _ in kinds(text)] == [BODY, BOILERPLATE, BOILERPLATE, BOILERPLATE]


def test_link_list_ends_at_a_real_paragraph() -> None:
    text = (
        "The summit ended on Friday.\n\n"
        "See also: Japan, U.S. agree on missile shield\n\n"
        "In a separate statement on Saturday, the ministry said talks would resume in May, "
        "according to officials who spoke on condition of anonymity."
    )
    assert [k for k, _ in kinds(text)] == [BODY, BOILERPLATE, BODY]


@pytest.mark.parametrize(
    "blurb",
    [
        "By subscribing, you help us report on Asia.",
        "Sign up for our free weekly newsletter on Korean affairs.",
        "Subscribe now for unlimited access to our coverage.",
        "Quality journalism is more important than ever.",
        "Support our journalism with a donation.",
        "Already a subscriber? Log in to continue.",
        "Copyright © 2019 The Example Daily. All rights reserved.",
    ],
)
def test_subscription_blurbs(blurb: str) -> None:
    text = f"The talks resumed on Monday.\n\n{blurb}\n\nThe envoys left on Tuesday."
    found = kinds(text)
    assert found[0][0] == BODY and found[-1][0] == BODY
    assert {k for k, _ in found[1:-1]} == {BOILERPLATE}


@pytest.mark.parametrize(
    "sentence",
    [
        "NHK has 40 million subscribers, the ministry said.",
        "Japan does not subscribe to the view that the deal is void.",
        "The spokesman told a daily briefing in Beijing on Monday that China opposed it.",
        "She joined as a member of the council in 2015.",
        "The group signed up to the treaty in 1991.",
        "Reporters were given full access to the site on Friday.",
    ],
)
def test_news_about_subscribers_is_not_boilerplate(sentence: str) -> None:
    assert kinds(sentence) == [(BODY, sentence)]


@pytest.mark.parametrize(
    "blurb",
    [
        "SUBSCRIBE NOW FOR FULL ACCESS TO OUR ARCHIVE",
        "Follow us on Instagram for the latest from Seoul.",
        "Get our free morning newsletter: the day's Asia news in five minutes.",
    ],
)
def test_blurbs_in_any_case_and_beside_unusual_letters(blurb: str) -> None:
    # "\u212a" (KELVIN SIGN) and "\u0130" lower-case to ASCII letters: such a text is read
    # the slow way, paragraph by paragraph, and must give the same kinds.
    for odd in ("", " at 300 \u212a", " in \u0130zmir"):
        text = f"The survey ended on Monday{odd}.\n\n{blurb}\n\nThe envoys left on Tuesday."
        assert [k for k, _ in kinds(text)] == [BODY, BOILERPLATE, BODY], odd


def test_terminal_marks_are_the_characters_of_terminal_runs() -> None:
    """sentences.py reads TERMINAL runs by hand from TERMINAL_MARKS and CLOSERS: keep in step."""
    from nkjp.lexicon import text as lex

    bmp = [chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000]
    assert {c for c in bmp if lex.TERMINAL.fullmatch(c)} == set(lex.TERMINAL_MARKS)
    closers = {c for c in bmp if c not in lex.TERMINAL_MARKS and lex.TERMINAL.fullmatch("." + c)}
    assert closers == set(lex.CLOSERS)


# --- robustness ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"' * 5000,
        "...?!" * 2000,
        "a.b." * 3000,
        "(" * 1000 + ")" * 1000,
        "U.S. " * 2000,
        "\u200f\u05e9\u05dc\u05d5\u05dd. 你好。 😀!\x00\x07 done.",
        "‘“”’" * 500 + ". A.",
        "TOKYO (Reuters) - ",
        "\n\n\n",
        ".",
        "A\u2028B\u2029C\x0bD\x0cE\x85F",
    ],
    ids=lambda text: repr(text[:12]),
)
def test_odd_texts_keep_offsets_exact(text: str) -> None:
    assert_offsets(text)


def test_no_catastrophic_backtracking() -> None:
    """Loose guard only (orders of magnitude): each input is around 1 MB."""
    inputs = [
        ('He said "yes" and "no. ' * 45000)[:1_000_000],
        "word " * 100_000,
        "on March 3, 2014, " * 10_000,
        "TOKYO " * 150_000,
        "By " + "Name " * 200_000,
        "(" + "Yonhap " * 100_000 + ")",
        "x" * 1_000_000,
        " \n" * 300_000,
    ]
    for text in inputs:
        started = time.perf_counter()
        segment(text)
        assert time.perf_counter() - started < 20, text[:40]


_ALPHABET = st.sampled_from(
    list("aZ .,!?;:\"'()[]-—–\n\r\t ")
    + [
        "U.S.",
        "Dr.",
        "“",
        "”",
        "‘",
        "’",
        "(AP Photo/X)",
        "Related:",
        "By ",
        "TOKYO (Reuters) - ",
        "\u2028",
        "\x00",
        "漢",
        "😀",
        "\u05d0",
        "...",
        "\n\n",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_property_offsets_are_exact(text: str) -> None:
    assert_offsets(text)
    assert segment(text) == segment(text)
    assert all(s.kind in (BODY, CAPTION, BOILERPLATE, BYLINE) for s in segment(text))
