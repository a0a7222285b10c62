"""Pair quote marks into quoted spans, telling quote marks from apostrophes.

STUB: owned by the quotes helper; this placeholder pairs straight and curly double quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nkjp.models import QuotedSpan, Sentence

_DQ = re.compile(r"[\"\u201c]([^\"\u201d\n]*)[\"\u201d]")


def find_quoted(text: str, sentences: Sequence[Sentence]) -> tuple[QuotedSpan, ...]:
    """Every quoted span of ``text`` in order of its opening mark."""
    return tuple(
        QuotedSpan(m.start(1), m.end(1), m.start(), m.end() - 1, True) for m in _DQ.finditer(text)
    )
