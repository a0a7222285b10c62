"""Mentions -> canonical actors, coreference inside an article, and --actor matching.
The only importer of rapidfuzz.

STUB: owned by the actors helper; the Cast interface below is the contract with quotes.py and
events.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from nkjp.models import Mention, QuotedSpan, Sentence, Speaker

_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


class Cast:
    """The actors of one article: every mention, plus look-ups for later stages."""

    def __init__(self, text: str, mentions: tuple[Mention, ...]) -> None:
        self.text = text
        self.mentions = mentions

    def speaker(self, start: int, end: int) -> Speaker | None:
        """Who the speaker phrase ``text[start:end]`` refers to ("he", "the expert", "Kishida",
        "a diplomatic source"), resolved against what the article said before ``start``."""
        phrase = self.text[start:end].strip()
        return Speaker(phrase, named=bool(_NAME.fullmatch(phrase))) if phrase else None

    def actors_in(self, start: int, end: int) -> tuple[str, ...]:
        """Canonical names of the actors mentioned in ``text[start:end]``, in order, once each."""
        seen: dict[str, None] = {}
        for m in self.mentions:
            if m.start >= start and m.end <= end:
                seen.setdefault(m.actor)
        return tuple(seen)


def read_cast(
    text: str,
    sentences: Sequence[Sentence],
    published: date | None,
    quoted: Sequence[QuotedSpan] = (),
) -> Cast:
    """Find and resolve every actor mention in ``text``."""
    mentions = tuple(
        Mention(m.start(), m.end(), m.group(), m.group(), "person", "stub")
        for m in _NAME.finditer(text)
    )
    return Cast(text, mentions)
