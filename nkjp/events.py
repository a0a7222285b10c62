"""-> Event records: each clause whose time expression dates something that happened.

STUB: owned by the events helper.
"""

from __future__ import annotations

from collections.abc import Sequence

from nkjp.actors import Cast
from nkjp.models import Article, Event, Sentence, TimeExpr


def extract_events(
    article: Article,
    sentences: Sequence[Sentence],
    times: Sequence[TimeExpr],
    cast: Cast,
) -> tuple[Event, ...]:
    """Every dated event of the article, in text order, ids ``<article>:e<n>``."""
    return ()
