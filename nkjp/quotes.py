"""-> Quote records: direct, partial and indirect speech with their speakers.

STUB: owned by the quotes helper.
"""

from __future__ import annotations

from collections.abc import Sequence

from nkjp.actors import Cast
from nkjp.models import Article, Quote, QuotedSpan, Sentence, TimeExpr


def extract_quotes(
    article: Article,
    sentences: Sequence[Sentence],
    quoted: Sequence[QuotedSpan],
    times: Sequence[TimeExpr],
    cast: Cast,
) -> tuple[Quote, ...]:
    """Every attributed quote of the article, in text order, ids ``<article>:q<n>``."""
    return ()
