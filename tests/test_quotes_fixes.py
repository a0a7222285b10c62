"""Fixes in the quote area: subscription blurbs, group speakers ("five residents said", "they
said" after a group).  Each test failed before its fix; negative cases say what must not change.
"""

from __future__ import annotations

import pytest

from nkjp.models import BODY, BOILERPLATE
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
