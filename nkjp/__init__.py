"""nkjp: dated events and attributed quotes from news about Japan, North Korea and their neighbours.

>>> from nkjp import parse_article
>>> parsed = parse_article("Kim Jong Un met Vladimir Putin on Friday.", published="2023-09-15")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "parse_article"]

if TYPE_CHECKING:
    from nkjp.models import ParsedArticle


def parse_article(text: str, **kwargs: Any) -> ParsedArticle:
    """Parse one article's text into records; see :func:`nkjp.pipeline.parse_article`."""
    from nkjp.pipeline import parse_article as _parse

    return _parse(text, **kwargs)
