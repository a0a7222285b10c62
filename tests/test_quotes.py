"""Quote extraction: golden cases in tests/cases/quotes/*.json, plus behaviour around them.

Each case gives an article text and every quote it must yield (kind, speaker phrase as written,
cue, quoted or reported words); nothing else may come out.  A case with "xfail" is a known
failure, run strictly so that fixing it flips the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nkjp.models import DIRECT, INDIRECT, PARTIAL
from nkjp.pipeline import parse_article

CASES = Path(__file__).parent / "cases" / "quotes"


def _cases() -> list:
    out = []
    for path in sorted(CASES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            marks = (
                [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            )
            out.append(pytest.param(case, id=f"{path.stem}: {case['name']}", marks=marks))
    return out


def _quotes(text: str, published: str | None = "2024-05-01") -> list:
    return list(parse_article(text, published=published, id="t").quotes)


@pytest.mark.parametrize("case", _cases())
def test_golden_case(case: dict) -> None:
    got = [
        {"kind": q.kind, "speaker_text": q.speaker_text, "cue": q.cue, "text": q.text}
        for q in _quotes(case["text"], case.get("published"))
    ]
    assert got == case["quotes"]


def test_records_are_well_formed() -> None:
    text = (
        'SEOUL, May 2 (Yonhap) -- "We are ready to talk," Vice Minister Oh Jae-won said on '
        "Thursday.\n\nHe added that the offer stands, according to the ministry."
    )
    quotes = _quotes(text)
    assert [q.id for q in quotes] == [f"t:q{n}" for n in range(1, len(quotes) + 1)]
    for q in quotes:
        assert text[q.span[0] : q.span[1]] == q.text
        assert q.kind in (DIRECT, PARTIAL, INDIRECT)
        assert q.text in q.sentence
        assert q.article == "t"
    assert [q.span[0] for q in quotes] == sorted(q.span[0] for q in quotes)


def test_utterance_date_comes_from_the_attribution() -> None:
    text = '"The door remains open," Vice Minister Oh Jae-won said on Thursday.'
    (quote,) = _quotes(text, "2024-05-04")
    assert quote.date == "2024-05-02"


def test_no_utterance_date_without_a_time_expression() -> None:
    (quote,) = _quotes('"The door remains open," Vice Minister Oh Jae-won said.')
    assert quote.date is None


def test_named_speaker_resolves_to_full_name_and_surname_later() -> None:
    text = (
        "Vice Foreign Minister Kang Jae-won met his Japanese counterpart in Tokyo on Monday.\n\n"
        '"We agreed to keep talking," Kang said.'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Kang Jae-won"
    assert quote.speaker_text == "Kang"
    assert quote.named is True


def test_unnamed_source_keeps_its_description() -> None:
    (quote,) = _quotes("The launch failed shortly after liftoff, a government source said.")
    assert quote.named is False
    assert "government source" in quote.speaker


def test_unbalanced_mark_costs_at_most_one_quote() -> None:
    text = (
        'The minister said "the plan was ready and left the room.\n\n'
        '"We will not back down," the spokesman said.\n\n'
        '"Talks must resume," said Kang Min-ji, a lawmaker.'
    )
    texts = [q.text for q in _quotes(text)]
    assert "We will not back down" in texts
    assert "Talks must resume" in texts


def test_headline_and_byline_yield_no_quotes() -> None:
    text = (
        'N. Korea says "no interest" in talks with Japan\n\n'
        "By Kaori Sugimoto\n\n"
        "North Korea rejected the proposal on Friday."
    )
    assert _quotes(text) == []


def test_empty_text_yields_nothing() -> None:
    assert _quotes("   ") == []


def test_many_quote_marks_do_not_blow_up() -> None:
    # A loose guard against quadratic behaviour: a large article with thousands of quotes.
    para = '"We are ready," he said. Officials said the talks will resume, sources said.\n\n'
    quotes = _quotes(para * 2000)
    assert len(quotes) >= 2000


def test_pronoun_after_a_quote_gets_that_speaker() -> None:
    text = (
        '"The hull is badly damaged," a coast guard officer said.\n\n'
        "The boat was towed to port on Friday.\n\n"
        '"We cannot tell where it came from," he said.'
    )
    first, second = _quotes(text)
    assert second.speaker == first.speaker
    assert second.named is False


def test_they_is_not_one_person() -> None:
    text = '"I am grateful," the woman told officials.\n\nShe appeared tired but well, they said.'
    quotes = _quotes(text)
    assert all(q.speaker != quotes[0].speaker for q in quotes[1:])


def test_partial_and_indirect_from_one_sentence_share_the_speaker() -> None:
    text = (
        "Defense Minister Goro Tanabe said he cannot rule out that the North is preparing "
        'a "much larger" test.'
    )
    kinds = {q.kind: q.speaker for q in _quotes(text)}
    assert set(kinds) == {INDIRECT, PARTIAL}
    assert kinds[INDIRECT] == kinds[PARTIAL] == "Goro Tanabe"
