"""parse_article(): the stages composed, pure and deterministic.

corpus -> segment -> quotemarks -> dates and actors -> quotes and events.  Nothing here reads
the clock, the network or a file: the same text and metadata always give the same records.
"""

from __future__ import annotations

from datetime import date

from nkjp import actors, dates, events, quotemarks, quotes, segment
from nkjp.models import Article, ParsedArticle


def parse(article: Article) -> ParsedArticle:
    """Run every stage over one article."""
    text = article.text
    sentences = segment.segment(text)
    quoted = quotemarks.find_quoted(text, sentences)
    times = dates.find_times(text, sentences, article.published, quoted)
    cast = actors.read_cast(text, sentences, article.published, quoted)
    found_quotes = quotes.extract_quotes(article, sentences, quoted, times, cast)
    found_events = events.extract_events(article, sentences, times, cast)
    return ParsedArticle(
        article=article,
        sentences=sentences,
        times=times,
        mentions=cast.mentions,
        events=found_events,
        quotes=found_quotes,
    )


def parse_article(
    text: str,
    *,
    published: date | str | None = None,
    id: str = "article",
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> ParsedArticle:
    """Parse one article's text; ``published`` is a date or an ISO date string.

    Relative dates ("on Friday", "last month") resolve against ``published``; without it they
    keep their text and a null date.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    article = Article(
        id=id, text=text, title=title, source=source, url=url, published=published, path=path
    )
    return parse(article)
